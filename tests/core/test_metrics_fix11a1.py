"""Families of phrasing the eleventh probe set (test_metrics_review11.py) found misread on whose
figure it is and what it counts, each pinned by sentences of our own (other verbs, models,
figures and word orders than the probes'), with negatives that must stay empty:

- a Xiaomi name run together in a hashtag (#XiaomiYU7, #XiaomiAuto), and a post whose only
  name is its hashtag: the name tags the whole post;
- cars that "reached customers" (no "their") are deliveries;
- a store count as the subject of its verb, with what the stores do between ("the number of
  its stores selling cars exceeded 300"): stores, not cars sold;
- a model's or a trim's share of the orders (其中YU7订单占比, "the Max version made up 40%")
  is the mix of models, no buyer share; a share of orders that came from a group of buyers
  still is one;
- a model that "accounted for" a part of Xiaomi's whole: the whole is the company's;
- a body-type noun pointing back to the model told of (这款SUV, 该轿车) and Xiaomi's one SUV
  named as such ("Xiaomi's SUV", 小米SUV); "the company", 公司 do not carry the model;
- Xiaomi's reporting segment by its own name ("smart EV and AI and other new initiatives",
  智能电动汽车及AI等创新业务) names Xiaomi.

Conventions as in ../shared/DESIGN.md and the probe sets: a finished month runs from its first
to its last day; a launch window is `window`; a store count is `other` labelled "stores".
"""

import datetime as dt
from typing import Any

import pytest
from test_metrics_review import check, ev
from test_metrics_review8 import WINDOW, month, quarter

D = dt.date
AUTO, GROUP = "Xiaomi Auto", "Xiaomi Group"
SU7, ULTRA, YU7 = "Xiaomi SU7", "Xiaomi SU7 Ultra", "Xiaomi YU7"
MORE = "more_than"
NOV03 = D(2025, 11, 3)
DEC02 = D(2025, 12, 2)
RES = D(2025, 11, 18)


def dlv(subject: str, value: float, q: str = "exact", **f: Any) -> dict[str, Any]:
    return ev(subject, metric="deliveries", value=value, qualifier=q, **f)


# --- hashtags ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Another record! #XiaomiYU7 deliveries passed 30,000 in November 🚀",
            [dlv(YU7, 30000, MORE, **month(2025, 11))],
        ),
        (
            "#XiaomiSU7Ultra: over 2,000 orders in the first hour after the price cut.",
            [ev(ULTRA, metric="orders", value=2000, qualifier=MORE)],
        ),
        (
            "November: 42,000+ cars handed over. Thanks, everyone! 🙏 #XiaomiAuto",
            [dlv(AUTO, 42000, MORE, **month(2025, 11))],
        ),
        (
            "Over 45,000 cars delivered in November 🎉 #小米汽车#",
            [dlv(AUTO, 45000, MORE, **month(2025, 11))],
        ),
        # a rival's post tagged with Xiaomi too: the rival's figure stays nobody's
        ("NIO delivered 36,000 cars in November. #NIO #XiaomiEV", []),
        # a hashtag that only contains the name inside a longer word is no name
        ("#XiaomiEVfans met in Beijing: 3,000 people came.", []),
    ],
)
def test_hashtags(text: str, want: list[dict[str, Any]]) -> None:
    check(text, DEC02, None, want)


# --- "reached customers" ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Some 38,000 Xiaomi cars reached customers in September.",
            [dlv(AUTO, 38000, "about", **month(2025, 9))],
        ),
        (
            "More than 25,000 YU7s reached buyers in October, Xiaomi said.",
            [dlv(YU7, 25000, MORE, **month(2025, 10))],
        ),
        # a count of customers reached by an ad is no delivery
        ("Xiaomi's launch livestream reached 12 million viewers.", []),
    ],
)
def test_reached_customers(text: str, want: list[dict[str, Any]]) -> None:
    check(text, NOV03, None, want)


# --- a store count as the subject of its verb ------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Xiaomi said the number of its retail outlets offering test drives rose to 410 by "
            "the end of November.",
            [ev(AUTO, metric="other", label="stores", value=410)],
        ),
        (
            "The number of Xiaomi Home stores that sell cars topped 320, the company said.",
            [ev(AUTO, metric="other", label="stores", value=320, qualifier=MORE)],
        ),
        # cars sold through stores: the cars are deliveries, the stores a count of their own
        (
            "Xiaomi sold 41,000 cars in November through 420 stores.",
            [
                dlv(AUTO, 41000, **month(2025, 11)),
                ev(AUTO, metric="other", label="stores", value=420),
            ],
        ),
    ],
)
def test_store_count_subject(text: str, want: list[dict[str, Any]]) -> None:
    check(text, DEC02, None, want)


# --- a model's share of the orders is no buyer share -----------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("小米汽车11月锁单中，YU7 Max版本占比约四成。", "zh", []),
        ("其中SU7车型订单占比接近一半。小米汽车未披露具体数字。", "zh", []),
        ("The SU7 Pro version made up about 35% of Xiaomi's November orders.", None, []),
        # shares of buyers stay buyer shares
        (
            "About 45% of YU7 orders came from former Tesla owners.",
            None,
            [ev(YU7, metric="buyer_share", value=45, qualifier="about")],
        ),
        (
            "小米YU7订单中，女性用户占比约三成。",
            "zh",
            [ev(YU7, metric="buyer_share", value=30, qualifier="about")],
        ),
    ],
)
def test_model_share_of_orders(text: str, lang: str | None, want: list[dict[str, Any]]) -> None:
    check(text, DEC02, lang, want)


# --- a model's part of Xiaomi's whole ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The SU7 made up about 60% of Xiaomi's 42,000 deliveries in November.",
            [dlv(AUTO, 42000, **month(2025, 11))],
        ),
        (
            "The YU7 accounted for more than half of Xiaomi's 41,000 cars delivered in November.",
            [dlv(AUTO, 41000, **month(2025, 11))],
        ),
        # the model's own figure stays the model's
        (
            "The YU7 accounted for 25,000 of the cars Xiaomi delivered in November.",
            [dlv(YU7, 25000, **month(2025, 11))],
        ),
    ],
)
def test_part_of_xiaomis_whole(text: str, want: list[dict[str, Any]]) -> None:
    check(text, DEC02, None, want)


# --- the model carried by its body type --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "小米YU7于今年6月上市。这款SUV 11月交付超过2.5万台。",
            "zh",
            [dlv(YU7, 25000, MORE, **month(2025, 11))],
        ),
        (
            "小米SU7是小米的首款车型。该轿车11月交付约1.6万辆。",
            "zh",
            [dlv(SU7, 16000, "about", **month(2025, 11))],
        ),
        (
            "Xiaomi's SUV opened for orders on a Thursday evening. Within an hour it had drawn "
            "more than 280,000 orders.",
            None,
            [ev(YU7, metric="orders", value=280000, qualifier=MORE, **WINDOW)],
        ),
        (
            "小米SUV上市后，10月交付超过3万台。",
            "zh",
            [dlv(YU7, 30000, MORE, **month(2025, 10))],
        ),
        # the company is no model
        (
            "小米YU7于今年6月上市。公司11月交付超过4万台。",
            "zh",
            [dlv(AUTO, 40000, MORE, **month(2025, 11))],
        ),
        (
            "The YU7 went on sale in June. The company delivered more than 40,000 cars in "
            "November.",
            None,
            [dlv(AUTO, 40000, MORE, **month(2025, 11))],
        ),
        # a rival's SUV stays the rival's
        ("特斯拉Model Y是一款SUV。这款SUV 11月交付约6万辆。", "zh", []),
    ],
)
def test_body_type_carries_the_model(
    text: str, lang: str | None, want: list[dict[str, Any]]
) -> None:
    check(text, DEC02, lang, want)


# --- Xiaomi's reporting segment by its own name -----------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "Revenue from smart EV, AI and other new initiatives reached RMB29.0 billion in "
            "the third quarter.",
            None,
            [ev(AUTO, metric="revenue", value=2.9e10, unit="CNY", **quarter(2025, 3))],
        ),
        (
            "第三季度，智能电动汽车及AI等创新业务分部收入为290亿元。",
            "zh",
            [ev(AUTO, metric="revenue", value=2.9e10, unit="CNY", **quarter(2025, 3))],
        ),
        # a rival's smart EV business is not Xiaomi's segment
        ("XPeng's smart EV business delivered 36,000 cars in November.", None, []),
    ],
)
def test_segment_name(text: str, lang: str | None, want: list[dict[str, Any]]) -> None:
    check(text, RES, lang, want)


# --- a result of the car business named by its segment, after a sentence naming Xiaomi ----


def other(label: str, value: float, **f: Any) -> dict[str, Any]:
    return ev(AUTO, metric="other", label=label, value=value, **f)


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "小米集团发布第三季度业绩。汽车业务毛利率为24.8%。",
            "zh",
            [other("gross margin", 24.8, **quarter(2025, 3))],
        ),
        (
            "小米集团发布第三季度业绩。其中，智能电动汽车业务经营收益为6亿元。",
            "zh",
            [other("operating profit", 6e8, unit="CNY", **quarter(2025, 3))],
        ),
        (
            "Xiaomi published its third-quarter results. The EV unit's gross margin came in "
            "at 24.8%.",
            None,
            [other("gross margin", 24.8, **quarter(2025, 3))],
        ),
        # "rose to" names the level reached; "rose by … points" is a change
        (
            "Xiaomi's car business saw its gross margin rise to 24.8% in the third quarter.",
            None,
            [other("gross margin", 24.8, **quarter(2025, 3))],
        ),
        (
            "Xiaomi's EV gross margin rose by 1.2 percentage points in the third quarter.",
            None,
            [],
        ),
        # the phones' or the group's margin after the car business is not the car business's
        (
            "小米集团发布第三季度业绩。手机业务毛利率为11.9%。",
            "zh",
            [],
        ),
        (
            "小米集团发布第三季度业绩。集团整体毛利率为22.5%。",
            "zh",
            [],
        ),
        # a rival's margin after Xiaomi's results is the rival's
        (
            "Xiaomi published its third-quarter results. Tesla's automotive gross margin was "
            "17.4%.",
            None,
            [],
        ),
    ],
)
def test_segment_results(text: str, lang: str | None, want: list[dict[str, Any]]) -> None:
    check(text, RES, lang, want)
