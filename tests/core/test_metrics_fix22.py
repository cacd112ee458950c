"""Families of misses fixed on branch fix22 (the strict xfails of test_metrics_structures16.py),
each with our own sentences (other verbs, word orders, numbers and models than the probe) and
negatives or guards that must hold. Expectations were written before the extractor was run.
Conventions as in test_metrics_review8.py: a running total since launch is cumulative with no
start (passed in a month: it holds at that month's end); "year-to-date" to a month runs from
January 1 to the month's end; a quarter's total (三季度累计) is the quarter's; a base compared
with a target is that target, never an actual; a buyer share beside the absolute figure is kept.
"""

import datetime as dt
from typing import Any

from test_metrics_review import check, ev
from test_metrics_review8 import (
    ABOUT,
    AUTO,
    MORE,
    SU7,
    YU7,
    case,
    dlv,
    first_months,
    goal,
    month,
    other,
    quarter,
    run,
    year,
)
from test_metrics_review10 import orders

D = dt.date
OCT01 = D(2025, 10, 1)
NOV01 = D(2025, 11, 1)
DEC01 = D(2025, 12, 1)
DEC20 = D(2025, 12, 20)
Q2RES = D(2025, 8, 20)
Q3RES = D(2025, 11, 18)
LAUNCH = D(2025, 6, 27)
JAN10 = D(2026, 1, 10)


def since_launch(day: dt.date) -> dict[str, Any]:
    """A running total since launch, passed in the month that ends on `day`."""
    return {"period_kind": "cumulative", "period_start": None, "as_of": day}


def share(subject: str, value: float, q: str = "exact") -> dict[str, Any]:
    return ev(subject, metric="buyer_share", value=value, qualifier=q)


# --- 1. a running total told with the month it was reached in -------------------------------

RUNNING = [
    case(
        "Total deliveries since launch reached 350,000 in September, Xiaomi said.",
        OCT01,
        None,
        [dlv(AUTO, 350000, **since_launch(D(2025, 9, 30)))],
    ),
    case(
        "Lifetime deliveries of the SU7 topped 300,000 in September.",
        OCT01,
        None,
        [dlv(SU7, 300000, MORE, **since_launch(D(2025, 9, 30)))],
    ),
    case(
        "In October, Xiaomi's cumulative deliveries went past 400,000.",
        NOV01,
        None,
        [dlv(AUTO, 400000, MORE, **since_launch(D(2025, 10, 31)))],
    ),
    case(
        "In November, Xiaomi's year-to-date deliveries climbed to 350,000.",
        DEC01,
        None,
        [dlv(AUTO, 350000, **first_months(2025, 11))],
    ),
    case(
        "Xiaomi's YTD deliveries hit 310,000 in October after another record month.",
        NOV01,
        None,
        [dlv(AUTO, 310000, **first_months(2025, 10))],
    ),
    case(
        "Xiaomi delivered 38,000 cars in October, taking its year-to-date total to 310,000.",
        NOV01,
        None,
        [dlv(AUTO, 38000, **month(2025, 10)), dlv(AUTO, 310000, **first_months(2025, 10))],
    ),
    case(
        "小米汽车累计交付量于10月突破40万辆。",
        NOV01,
        "zh",
        [dlv(AUTO, 400000, MORE, **since_launch(D(2025, 10, 31)))],
    ),
    case(
        "Xiaomi delivered 40,000 cars in October; its cumulative deliveries passed 400,000.",
        NOV01,
        None,
        [
            dlv(AUTO, 40000, **month(2025, 10)),
            dlv(AUTO, 400000, MORE, period_kind="cumulative", period_start=None),
        ],
    ),
    case(
        "Xiaomi's all-time deliveries topped 500,000 in November.",
        DEC01,
        None,
        [dlv(AUTO, 500000, MORE, **since_launch(D(2025, 11, 30)))],
    ),
    case(
        "小米汽车的累计交付量在9月超过了30万辆。",
        OCT01,
        "zh",
        [dlv(AUTO, 300000, MORE, **since_launch(D(2025, 9, 30)))],
    ),
    case(
        "Xiaomi's October deliveries topped 40,000; year-to-date deliveries reached 310,000.",
        NOV01,
        None,
        [dlv(AUTO, 40000, MORE, **month(2025, 10)), dlv(AUTO, 310000, **first_months(2025, 10))],
    ),
    # guards: a month's own figure stays the month's
    case(
        "Xiaomi delivered 40,000 cars in total in October.",
        NOV01,
        None,
        [dlv(AUTO, 40000, **month(2025, 10))],
    ),
    case(
        "Xiaomi's October deliveries reached 41,000, a record.",
        NOV01,
        None,
        [dlv(AUTO, 41000, **month(2025, 10))],
    ),
    case(
        "小米汽车1-10月累计交付31万辆。",
        NOV01,
        "zh",
        [dlv(AUTO, 310000, **first_months(2025, 10))],
    ),
]


@run(RUNNING)
def test_running_totals(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- 2. 累计 over a named quarter is the quarter's total ------------------------------------

QUARTER_SUM = [
    case(
        "第二季度小米汽车累计交付8.1万辆。",
        Q2RES,
        "zh",
        [dlv(AUTO, 81000, **quarter(2025, 2))],
    ),
    case(
        "小米汽车今年第三季度累计交付新车10.9万台，同比增长173%。",
        Q3RES,
        "zh",
        [dlv(AUTO, 109000, **quarter(2025, 3))],
    ),
    case(
        "小米YU7三季度累计交付近5万辆。",
        Q3RES,
        "zh",
        [dlv(YU7, 50000, ABOUT, **quarter(2025, 3))],
    ),
    # guards: the first quarters of a year and a total to a quarter's end are running totals
    case(
        "小米汽车前三季度累计交付26.6万辆。",
        OCT01,
        "zh",
        [dlv(AUTO, 266000, **first_months(2025, 9))],
    ),
    case(
        "截至三季度末，小米汽车累计交付超40万辆。",
        OCT01,
        "zh",
        [dlv(AUTO, 400000, MORE, period_kind="cumulative", period_start=None)],
    ),
    case(
        "In the third quarter, Xiaomi delivered a cumulative 108,796 cars.",
        Q3RES,
        None,
        [dlv(AUTO, 108796, **quarter(2025, 3))],
    ),
]


@run(QUARTER_SUM)
def test_quarter_sums(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- 3. comparison bases: a target's base is a target; a bracketed month stays its own ------

BASES = [
    case(
        "Xiaomi set a delivery target of 550,000 for 2026, up from 350,000 this year.",
        DEC20,
        None,
        [goal(550000, **year(2026)), goal(350000, **year(2025))],
    ),
    case(
        "Xiaomi's 2026 sales goal is 550,000 units, compared with 350,000 this year.",
        DEC20,
        None,
        [goal(550000, **year(2026)), goal(350000, **year(2025))],
    ),
    case(
        "小米2026年交付目标为55万辆，高于今年的35万辆。",
        DEC20,
        "zh",
        [goal(550000, **year(2026)), goal(350000, **year(2025))],
    ),
    case(
        "Xiaomi's deliveries climbed to 40,000 (Oct) from 30,000 (Jul).",
        NOV01,
        None,
        [dlv(AUTO, 40000, **month(2025, 10)), dlv(AUTO, 30000, **month(2025, 7))],
    ),
    case(
        "Xiaomi's deliveries rose to over 40,000 (October) from over 20,000 (April).",
        NOV01,
        None,
        [dlv(AUTO, 40000, MORE, **month(2025, 10)), dlv(AUTO, 20000, MORE, **month(2025, 4))],
    ),
    case(
        "Xiaomi's deliveries grew to 39,000-plus (Sep) from 20,000-plus (Apr).",
        OCT01,
        None,
        [dlv(AUTO, 39000, MORE, **month(2025, 9)), dlv(AUTO, 20000, MORE, **month(2025, 4))],
    ),
    case(
        "小米汽车交付量从7月的3万余辆增至10月的4万余辆。",
        NOV01,
        "zh",
        [dlv(AUTO, 30000, MORE, **month(2025, 7)), dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    # guards: an actual compared with an actual stays actual; a year over holds its actual
    case(
        "Xiaomi's 2026 delivery target is 550,000, up from 410,000 last year.",
        JAN10,
        None,
        [goal(550000, **year(2026)), dlv(AUTO, 410000, **year(2025))],
    ),
    case(
        "小米2026年交付目标为55万辆，高于去年的41万辆。",
        JAN10,
        "zh",
        [goal(550000, **year(2026)), dlv(AUTO, 410000, **year(2025))],
    ),
    case(
        "Xiaomi delivered over 40,000 cars in October (Tesla China: 61,497).",
        NOV01,
        None,
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    case(
        "Xiaomi delivered 40,000 cars in October, up from 30,000 in July.",
        NOV01,
        None,
        [dlv(AUTO, 40000, **month(2025, 10)), dlv(AUTO, 30000, **month(2025, 7))],
    ),
    case(
        "小米汽车交付量从3万余辆（7月）增至4万余辆（10月）。",
        NOV01,
        "zh",
        [dlv(AUTO, 30000, MORE, **month(2025, 7)), dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
]


@run(BASES)
def test_bases(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- 4. a headline's looser reading of the body's figure ------------------------------------

HEADLINES = [
    case(
        "Xiaomi SU7 Ultra racks up 15,000 orders in two hours\nThe SU7 Ultra took 15,000 "
        "binding orders within two hours of its price reveal, Xiaomi said.",
        D(2025, 2, 28),
        None,
        [orders("locked_orders", "Xiaomi SU7 Ultra", 15000, period_kind="window")],
    ),
    case(
        "YU7 draws 240,000 orders in a day\nXiaomi said the YU7 had 240,000 locked orders "
        "18 hours after its launch.",
        LAUNCH,
        None,
        [orders("locked_orders", YU7, 240000, period_kind="window")],
    ),
    case(
        "小米YU7 18小时订单24万\n雷军表示，小米YU7上市18小时锁单量达24万台。",
        LAUNCH,
        "zh",
        [orders("locked_orders", YU7, 240000, period_kind="window")],
    ),
    # guard: a headline's figure alone keeps its own reading
    case(
        "Xiaomi YU7 gets 240,000 orders in 18 hours",
        LAUNCH,
        None,
        [orders("orders", YU7, 240000, period_kind="window")],
    ),
]


@run(HEADLINES)
def test_headline_readings(
    text: str, published: dt.date, lang: str | None, want: list[Any]
) -> None:
    check(text, published, lang, want)


# --- 5. a year at the head of a box line dates the target -----------------------------------

BOX_YEARS = [
    case(
        "Xiaomi EV at a glance\n• Deliveries: 40,000+ (Oct)\n• 2026 sales goal: 550,000",
        NOV01,
        None,
        [dlv(AUTO, 40000, MORE, **month(2025, 10)), goal(550000, **year(2026))],
    ),
    case(
        "Xiaomi EV key figures\n- 2025 delivery goal: 350,000\n- Stores: 335",
        NOV01,
        None,
        [goal(350000, **year(2025)), other("stores", 335)],
    ),
    case(
        "Xiaomi EV snapshot\n* 2026 target: 550,000 units\n* Stores: 400",
        DEC01,
        None,
        [goal(550000, **year(2026)), other("stores", 400)],
    ),
    case(
        "小米汽车关键数据\n• 10月交付：4万+\n• 2025年交付目标：35万辆",
        NOV01,
        "zh",
        [dlv(AUTO, 40000, MORE, **month(2025, 10)), goal(350000, **year(2025))],
    ),
]


@run(BOX_YEARS)
def test_box_years(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- 6. a buyer share of an absolute figure ------------------------------------------------

SHARES = [
    case(
        "Roughly 35% of the 30,000 SU7s Xiaomi delivered in September went to female buyers.",
        OCT01,
        None,
        [share(SU7, 35, ABOUT), dlv(SU7, 30000, **month(2025, 9))],
    ),
    case(
        "Around 40% of the 41,000 cars Xiaomi handed over in October went to women.",
        NOV01,
        None,
        [share(AUTO, 40, ABOUT), dlv(AUTO, 41000, **month(2025, 10))],
    ),
    case(
        "Some 25% of the 30,000 SU7s delivered in September were bought by women.",
        OCT01,
        None,
        [share(SU7, 25, ABOUT), dlv(SU7, 30000, **month(2025, 9))],
    ),
    case(
        "10月交付的4万辆小米汽车中，约三成车主为女性。",
        NOV01,
        "zh",
        [dlv(AUTO, 40000, **month(2025, 10)), share(AUTO, 30, ABOUT)],
    ),
    # guards: a share of the mix is no buyer share
    case("About 20% of SU7 orders went to the Max trim.", D(2025, 4, 1), None, []),
    case("Roughly 45% of YU7 orders were for the Max version.", LAUNCH, None, []),
    case(
        "About 60% of the 40,000 cars Xiaomi delivered in October were long-range versions.",
        NOV01,
        None,
        [dlv(AUTO, 40000, **month(2025, 10))],
    ),
]


@run(SHARES)
def test_buyer_shares(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)
