"""Families of the eleventh probe set fixed together (our own sentences; expectations written
before the extractor was run on them):

- a Chinese store count with the day it was counted between the stores and their verb
  (门店…月底达到, 门店数量在…月末达到, 门店截至…已达, 门店目前超过);
- a store goal in the next clause with the day it is due between the goal word and its verb
  (计划年底前增至, 力争明年底达到, 计划到2026年扩至): it counts stores like the figure before;
- a list's row with its percentage first and the margin after ("• 24.1% — gross margin") under
  a heading that names the car business (not the group's list): the car business's margin;
- a store row of a list ("门店：335家", "- Stores: 402") under a heading that named Xiaomi, and a
  row's label read from its first count word ("Service centres" is no "centres" of stores);
- a post's "Next stop: 350,000 for the year" / "Next up: 360k for the full year": the year's
  delivery goal (only with a year after the figure; a milestone or a place next is no goal);
- a bracket right after an R&D, revenue or people figure that scopes it to the group (集团口径,
  集团层面, "group-wide"): the group's figure, though the sentence names the car business first;
- a share of a model's buyers who used a brand's phone ("switched from an Apple phone"): a
  buyer share, the phone word no sign of a phone figure (English only).

Conventions as in test_metrics_review8.py and _review11.py. A target's period is not asserted.
"""

import datetime as dt
from typing import Any

from test_metrics_review import check, ev
from test_metrics_review8 import MORE, case, dlv, month, other, run

D = dt.date
DEC05 = D(2025, 12, 5)


STORES_WITH_DAY = [
    case("小米汽车的销售门店在9月末达到330家。", D(2025, 10, 5), "zh", [other("stores", 330)]),
    case("小米汽车门店数量截至10月31日已达370家。", D(2025, 11, 4), "zh", [other("stores", 370)]),
    case(
        "小米汽车门店目前超过390家，覆盖110座城市。",
        DEC05,
        "zh",
        [other("stores", 390, qualifier=MORE)],
    ),
    case(
        "小米汽车10月交付4.2万辆，门店10月底增至365家。",
        D(2025, 11, 3),
        "zh",
        [dlv("Xiaomi Auto", 42000, **month(2025, 10)), other("stores", 365)],
    ),
    # negatives: a count at the stores that is not of stores, a day with a car count
    case("小米汽车门店11月底客流达到3万人次。", DEC05, "zh", []),
    case("小米汽车门店周末到店人数达到1.5万。", DEC05, "zh", []),
]

STORE_GOAL_WITH_DAY = [
    case(
        "小米汽车门店已有395家，计划明年底前扩至700家。",
        DEC05,
        "zh",
        [other("stores", 395), other("stores", 700, status="target")],
    ),
    case(
        "小米汽车门店现有388家，力争年底达到420家。",
        DEC05,
        "zh",
        [other("stores", 388), other("stores", 420, status="target")],
    ),
    case(
        "小米汽车门店数量达到376家，目标到2026年增至900家。",
        DEC05,
        "zh",
        [other("stores", 376), other("stores", 900, status="target")],
    ),
    # negative: after a store count, a goal of cars is no store goal and no store count
    case(
        "小米汽车门店达到380家，计划年底前增至36万辆。",
        DEC05,
        "zh",
        [other("stores", 380)],
    ),
]


@run(STORES_WITH_DAY + STORE_GOAL_WITH_DAY)
def test_stores(text: str, published: dt.date | None, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- a list's row with the margin first ("• 24.1% — gross margin") under a car heading ---------

RES = D(2025, 11, 20)
Q3 = {"period_kind": "quarter", "period_start": D(2025, 7, 1), "period_end": D(2025, 9, 30)}

MARGIN_FIRST_ROWS = [
    case(
        "Xiaomi EV's quarter in brief:\n- 23.7% gross margin\n- 410,000 cars delivered to date",
        RES,
        None,
        [other("gross margin", 23.7), dlv("Xiaomi Auto", 410000, period_kind="cumulative")],
    ),
    case(
        "Xiaomi's car arm, the key figures:\n• 118,000 — cars handed over in Q3 2025\n"
        "• 24.4% — gross margin",
        RES,
        None,
        [dlv("Xiaomi Auto", 118000, **Q3), other("gross margin", 24.4, **Q3)],
    ),
    case(
        "Xiaomi Auto at a glance:\n* 22.9%: gross margin",
        RES,
        None,
        [other("gross margin", 22.9)],
    ),
    # negatives: the group's list, a margin row that says more than its label, another share
    case("Xiaomi Group in figures:\n• 21.8% — gross margin", RES, None, []),
    case("Xiaomi's car business in figures:\n• 24.4% — gross margin, up from 22.1%", RES, None, []),
    case("Xiaomi's car business in figures:\n• 31% — battery supplied by CATL", RES, None, []),
]


@run(MARGIN_FIRST_ROWS)
def test_margin_rows(
    text: str, published: dt.date | None, lang: str | None, want: list[Any]
) -> None:
    check(text, published, lang, want)


# --- a store row of a list ("3. 门店：335家", "- Stores: 402") under a heading naming Xiaomi ---

STORE_ROWS = [
    case(
        "小米汽车年中盘点：\n1. 上半年交付：15.7万辆\n2. 门店：320家",
        D(2025, 7, 5),
        "zh",
        [
            dlv("Xiaomi Auto", 157000, period_kind="half_year"),
            other("stores", 320),
        ],
    ),
    case("小米汽车一览：\n门店：381家\n覆盖城市：112座", DEC05, "zh", [other("stores", 381)]),
    case(
        "Xiaomi EV at a glance:\n- Stores: 398\n- Cities: 115", DEC05, None, [other("stores", 398)]
    ),
    case(
        "Xiaomi EV at a glance:\n- Service centres: 175",
        DEC05,
        None,
        [other("service centres", 175)],
    ),
    # negatives: another maker's list, a row that counts no stores
    case("蔚来一览：\n门店：380家", DEC05, "zh", []),
    case("Xiaomi EV at a glance:\n- Cities: 115", DEC05, None, []),
]


@run(STORE_ROWS)
def test_store_rows(
    text: str, published: dt.date | None, lang: str | None, want: list[Any]
) -> None:
    check(text, published, lang, want)


# --- a post's "Next stop: 350,000 for the year": the year's goal -----------------------------

NOV03 = D(2025, 11, 3)

NEXT_STOP_GOALS = [
    case(
        "Xiaomi handed over 41,000 EVs in October. Next up: 360k for the full year.",
        NOV03,
        None,
        [
            dlv("Xiaomi Auto", 41000, **month(2025, 10)),
            ev("Xiaomi Auto", metric="delivery_target", value=360000, status="target"),
        ],
    ),
    case(
        "Over 42,000 cars delivered in October! Next stop — 500,000 in 2026. #XiaomiAuto",
        NOV03,
        None,
        [
            dlv("Xiaomi Auto", 42000, MORE, **month(2025, 10)),
            ev("Xiaomi Auto", metric="delivery_target", value=500000, status="target"),
        ],
    ),
    # negatives: a milestone or a place next, no goal
    case(
        "Xiaomi delivered 40,000 cars in October. Next stop: the 500,000th car.",
        NOV03,
        None,
        [dlv("Xiaomi Auto", 40000, **month(2025, 10))],
    ),
    case(
        "Xiaomi delivered 40,000 cars in October. Next up: 2 new models in 2026.",
        NOV03,
        None,
        [dlv("Xiaomi Auto", 40000, **month(2025, 10))],
    ),
]


@run(NEXT_STOP_GOALS)
def test_next_stop(text: str, published: dt.date | None, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- a bracket after a money figure that scopes it to the group: （集团口径）, "(group-wide)" ---

GROUP_SCOPE = [
    case(
        "小米汽车本季度研发费用为25亿元，全年研发投入预计约320亿元（集团层面）。",
        RES,
        "zh",
        [
            ev("Xiaomi Auto", metric="rd_spend", value=2.5e9, **Q3),
            ev("Xiaomi Group", metric="rd_spend", value=3.2e10, status="forecast"),
        ],
    ),
    case(
        "Xiaomi's EV arm spent 2.6 billion yuan on R&D in the third quarter; R&D for 2025 is "
        "expected to exceed 31 billion yuan (group-wide).",
        RES,
        None,
        [
            ev("Xiaomi Auto", metric="rd_spend", value=2.6e9, **Q3),
            ev("Xiaomi Group", metric="rd_spend", value=3.1e10, status="forecast"),
        ],
    ),
    # negatives: a bracket that says something else, no bracket
    case(
        "小米汽车本季度研发费用为25亿元（含智驾）。",
        RES,
        "zh",
        [ev("Xiaomi Auto", metric="rd_spend", value=2.5e9, **Q3)],
    ),
    case(
        "小米汽车全年研发支出预计超过280亿元。",
        RES,
        "zh",
        [ev("Xiaomi Auto", metric="rd_spend", value=2.8e10, status="forecast")],
    ),
]


@run(GROUP_SCOPE)
def test_group_scope(
    text: str, published: dt.date | None, lang: str | None, want: list[Any]
) -> None:
    check(text, published, lang, want)


# --- a share of a model's buyers who used a brand's phone: the phone is no phone figure ------

BUYERS_PHONE = [
    case(
        "Roughly 48% of SU7 owners switched from an Apple phone.",
        D(2025, 8, 1),
        None,
        [ev("Xiaomi SU7", metric="buyer_share", value=48, qualifier="about")],
    ),
    case(
        "Xiaomi says 41% of YU7 buyers had an Android phone from another brand before.",
        D(2025, 8, 1),
        None,
        [ev("Xiaomi YU7", metric="buyer_share", value=41)],
    ),
    # negatives: a phone market share, the phone buyers' own share, phone shipments
    case("Xiaomi phones made up 14% of the market.", D(2025, 8, 1), None, []),
    case("About 30% of Xiaomi's phone buyers are women.", D(2025, 8, 1), None, []),
    case("Apple phone shipments rose 5%, Xiaomi said.", D(2025, 8, 1), None, []),
]


@run(BUYERS_PHONE)
def test_buyers_phone(
    text: str, published: dt.date | None, lang: str | None, want: list[Any]
) -> None:
    check(text, published, lang, want)
