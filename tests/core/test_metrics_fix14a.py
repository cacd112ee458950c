"""Families of misses fixed on branch fix14a, each with our own sentences (other verbs, word
orders and figures than the probe of test_metrics_review12.py), and negatives that must stay
empty. Conventions as in test_metrics_review8.py / _review12.py: "just under", "nearly", 近 are
about; "-odd", "-plus" are more_than even after "some" or "about"; a range is one event.
"""

import datetime as dt
from typing import Any

from test_metrics_review import check, ev
from test_metrics_review5 import ytd
from test_metrics_review8 import (
    ABOUT,
    AUTO,
    CUM,
    MORE,
    RATE,
    SU7,
    YU7,
    case,
    dlv,
    first_months,
    goal,
    money,
    month,
    quarter,
    run,
    year,
)

from pipelines.core.metrics import extract_events

D = dt.date
DEC01 = D(2025, 12, 1)
NOV01 = D(2025, 11, 1)


# --- 1. a count of months is no month ------------------------------------------------------

MONTH_COUNTS = [
    case(
        "小米汽车交付量超4万辆，连续三月",
        DEC01,
        "zh",
        [dlv(AUTO, 40000, MORE)],
    ),
    case(
        "近三月小米汽车月交付量均在4万辆以上。",
        DEC01,
        "zh",
        [ev(AUTO, metric="deliveries", value=40000, qualifier=MORE, period_kind="rate")],
    ),
    case(
        "三月来小米YU7累计交付超过8万辆。",
        DEC01,
        "zh",
        [dlv(YU7, 80000, MORE, **CUM)],
    ),
    case(
        "小米汽车12月交付量达5万辆，连续两个月创新高。",
        D(2026, 1, 1),
        "zh",
        [dlv(AUTO, 50000, **month(2025, 12))],
    ),
    case(
        "Xiaomi handed over more than 45,000 cars in November, the third month running.",
        DEC01,
        None,
        [dlv(AUTO, 45000, MORE, **month(2025, 11))],
    ),
    case(
        "小米汽车交付量连续三月破4万，11月交付4.2万辆。",
        DEC01,
        "zh",
        [dlv(AUTO, 42000, **month(2025, 11))],
    ),
    case("过去三月小米汽车累计交付12万辆。", DEC01, "zh", [dlv(AUTO, 120000, **CUM)]),
    # the first three months of a year, and a month told in numerals, still are (the first
    # three months are the first quarter: the same days, fix14c's reading)
    case(
        "小米汽车前三月交付超7.5万辆。",
        D(2025, 4, 2),
        "zh",
        [dlv(AUTO, 75000, MORE, **quarter(2025, 1))],
    ),
    case(
        "小米汽车三月交付超2万辆。", D(2025, 4, 2), "zh", [dlv(AUTO, 20000, MORE, **month(2025, 3))]
    ),
    case(
        "小米汽车去年三月交付7058辆。",
        D(2025, 4, 2),
        "zh",
        [dlv(AUTO, 7058, **month(2024, 3))],
    ),
]


@run(MONTH_COUNTS)
def test_month_counts(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- 2. number forms ------------------------------------------------------------------------

NUMBER_FORMS = [
    case(
        "Xiaomi shipped 38 250 cars in September.",
        D(2025, 10, 1),
        None,
        [dlv(AUTO, 38250, **month(2025, 9))],
    ),
    case(
        "Xiaomi handed over more than 42\u202f000 vehicles in October.",
        NOV01,
        None,
        [dlv(AUTO, 42000, MORE, **month(2025, 10))],
    ),
    case(
        "Xiaomi delivered 1\u00a0050\u00a0000 cars since launch.",
        DEC01,
        None,
        [dlv(AUTO, 1050000, **CUM)],
    ),
    case(
        "Xiaomi sold about 35,000-odd cars in July.",
        D(2025, 8, 1),
        None,
        [dlv(AUTO, 35000, MORE, **month(2025, 7))],
    ),
    case(
        "Xiaomi shipped roughly 30,000-plus cars in June.",
        D(2025, 7, 1),
        None,
        [dlv(AUTO, 30000, MORE, **month(2025, 6))],
    ),
    case(
        "Xiaomi handed over just below 39,000 vehicles in September.",
        D(2025, 10, 1),
        None,
        [dlv(AUTO, 39000, ABOUT, **month(2025, 9))],
    ),
    case(
        "Xiaomi has sold a quarter million cars since launch.",
        D(2025, 6, 1),
        None,
        [dlv(AUTO, 250000, **CUM)],
    ),
    case(
        "So far this year Xiaomi has delivered about a half-million cars.",
        DEC01,
        None,
        [dlv(AUTO, 500000, ABOUT, **ytd(2025))],
    ),
    # a price "just under" a figure stays a ceiling
    case(
        "The SU7 is priced just under 220,000 yuan.",
        D(2025, 5, 20),
        None,
        [ev(SU7, metric="price", value=220000, qualifier="up_to")],
    ),
    case(
        "Xiaomi Q2: car revenue RMB21.3B; deliveries 81.3K",
        D(2025, 8, 19),
        None,
        [
            money("revenue", 2.13e10, status="actual", **quarter(2025, 2)),
            dlv(AUTO, 81300, **quarter(2025, 2)),
        ],
    ),
    # negatives: a space between a figure and another figure, a spec
    case("Xiaomi delivered 40 cars 100 times.", DEC01, None, []),
    case("The quarter million yuan SU7 Ultra is a hit.", D(2025, 3, 1), None, []),
]


@run(NUMBER_FORMS)
def test_number_forms(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- 4. periods ----------------------------------------------------------------------------

PERIODS = [
    case(
        "Xiaomi delivered 266,000 cars in 9M 2025, up sharply.",
        D(2025, 11, 18),
        None,
        [dlv(AUTO, 266000, **first_months(2025, 9))],
    ),
    case(
        "6M 2025 deliveries at Xiaomi came to 157,000.",
        D(2025, 8, 18),
        None,
        [dlv(AUTO, 157000, **first_months(2025, 6))],
    ),
    case(
        "In calendar year 2024, Xiaomi sold about 137,000 EVs.",
        D(2025, 1, 5),
        None,
        [dlv(AUTO, 137000, ABOUT, **year(2024))],
    ),
    case(
        "小米汽车10月零售4.1万辆。",
        D(2025, 11, 10),
        "zh",
        [dlv(AUTO, 41000, **month(2025, 10))],
    ),
    case(
        "乘联会：9月小米YU7零售1.5万辆，环比增长30%。",
        D(2025, 10, 10),
        "zh",
        [dlv(YU7, 15000, **month(2025, 9))],
    ),
    # the market's retail count is no Xiaomi figure
    case("10月全国乘用车零售量224.6万辆。", D(2025, 11, 10), "zh", []),
    case(
        "China's passenger car retail sales reached 2.2 million in October.",
        D(2025, 11, 10),
        None,
        [],
    ),
]


@run(PERIODS)
def test_periods(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- 5. status ----------------------------------------------------------------------------

STATUS = [
    case(
        "Xiaomi now aims for 600,000 cars next year, up from the 400,000 that the company "
        "had planned for 2025.",
        DEC01,
        None,
        [goal(600000, **year(2026)), goal(400000, **year(2025))],
    ),
    case(
        "Xiaomi targets 550,000 deliveries in 2026, up from 410,000 delivered in 2025.",
        DEC01,
        None,
        [goal(550000, **year(2026)), dlv(AUTO, 410000, **year(2025))],
    ),
    case(
        "Xiaomi is eyeing 50,000 deliveries a month next year.",
        D(2025, 8, 1),
        None,
        [goal(50000, period_kind="rate")],
    ),
    case(
        "Xiaomi eyeing 600,000 vehicles next year, sources say",
        DEC01,
        None,
        [goal(600000, **year(2026))],
    ),
    case(
        "Xiaomi's plan envisages 700,000 deliveries in 2027.",
        DEC01,
        None,
        [goal(700000, **year(2027))],
    ),
    # an analyst's call is a forecast, and eyes on a figure are no plan
    case(
        "Analysts call for 400,000 Xiaomi deliveries in 2026.",
        DEC01,
        None,
        [ev(AUTO, metric="deliveries", value=400000, status="forecast", **year(2026))],
    ),
    case(
        "Investors have their eyes on the 40,000 cars Xiaomi delivered in November.",
        DEC01,
        None,
        [dlv(AUTO, 40000, **month(2025, 11))],
    ),
]


@run(STATUS)
def test_status(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- 3. headline shorthand ------------------------------------------------------------------

HEADLINES = [
    case(
        "Xiaomi met its 2025 goal of 350,000 deliveries a month ahead of schedule.",
        D(2025, 11, 25),
        None,
        [goal(350000, **year(2025))],
    ),
    case(
        "Xiaomi nears 2025 target of 350,000",
        D(2025, 11, 10),
        None,
        [goal(350000, **year(2025))],
    ),
    case(
        "Xiaomi SU7 deliveries cross 250,000",
        D(2025, 8, 5),
        None,
        [dlv(SU7, 250000, **CUM)],
    ),
    # a month's figure stays the month's; a pace stays a pace
    case(
        "Xiaomi tops 40K deliveries in October",
        NOV01,
        None,
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    case(
        "Xiaomi delivered 40,000 cars a month in the fourth quarter.",
        D(2026, 1, 2),
        None,
        [dlv(AUTO, 40000, **RATE)],
    ),
    case("Tesla Model Y crosses 300K deliveries in China", NOV01, None, []),
]


@run(HEADLINES)
def test_headlines(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- 6. subjects by other names ---------------------------------------------------------------

SUBJECTS = [
    case(
        "The YU7 maker delivered 40,000 vehicles in October.",
        NOV01,
        None,
        [dlv(AUTO, 40000, **month(2025, 10))],
    ),
    case(
        "Lei Jun, founder of the SU7's maker, said it delivered 38,000 vehicles in September.",
        D(2025, 10, 1),
        None,
        [dlv(AUTO, 38000, **month(2025, 9))],
    ),
    case(
        "Xiaomi's second model racked up 200,000 orders in three minutes.",
        D(2025, 6, 27),
        None,
        [ev(YU7, metric="orders", value=200000, period_kind="window")],
    ),
    case(
        "小米第二款车型上市18小时锁单24万辆。",
        D(2025, 6, 27),
        "zh",
        [ev(YU7, metric="locked_orders", value=240000, period_kind="window")],
    ),
    case(
        "Xiaomi, best known for its phones, handed over 40,000 EVs in October.",
        NOV01,
        None,
        [dlv(AUTO, 40000, **month(2025, 10))],
    ),
    # the model by its own name stays the model; the phones counted stay no event
    case(
        "The SU7 sold 20,000 units in October.",
        NOV01,
        None,
        [dlv(SU7, 20000, **month(2025, 10))],
    ),
    case(
        "Xiaomi, which makes phones, sold 43 million smartphones in the third quarter.",
        D(2025, 11, 18),
        None,
        [],
    ),
]


@run(SUBJECTS)
def test_subjects(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- 7. paces -------------------------------------------------------------------------------

PACES = [
    case(
        "Xiaomi's factory turns out 1,200 vehicles a day.",
        D(2025, 10, 20),
        None,
        [ev(AUTO, metric="production", value=1200, **RATE)],
    ),
    case(
        "The plant now makes roughly 40,000 YU7s a month.",
        D(2025, 10, 20),
        None,
        [ev(YU7, metric="production", value=40000, qualifier=ABOUT, **RATE)],
    ),
    case(
        "Xiaomi aims to raise monthly production to 60,000 cars in 2026.",
        DEC01,
        None,
        [ev(AUTO, metric="production", value=60000, status="target", **RATE)],
    ),
    case(
        "Xiaomi expects to lift weekly deliveries to about 12,000 in December.",
        DEC01,
        None,
        [ev(AUTO, metric="deliveries", value=12000, qualifier=ABOUT, status="forecast", **RATE)],
    ),
    # a year's plan with no pace word stays the year's
    case(
        "Xiaomi plans to deliver 550,000 cars next year.",
        DEC01,
        None,
        [goal(550000, **year(2026))],
    ),
]


@run(PACES)
def test_paces(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- 8. price ranges with their trims -----------------------------------------------------------

RANGES = [
    case(
        "The YU7 is priced from 253,500 yuan for the Standard version to 329,900 yuan for the Max.",
        D(2025, 6, 27),
        None,
        [ev(YU7, metric="price", value=253500, value_max=329900, qualifier="at_least")],
    ),
    # two trims joined by "and" are two prices; a cut is no range
    case(
        "The YU7 costs 253,500 yuan for the Standard and 329,900 yuan for the Max.",
        D(2025, 6, 27),
        None,
        [
            ev(YU7, metric="price", value=253500),
            ev(YU7, metric="price", value=329900),
        ],
    ),
]


@run(RANGES)
def test_ranges(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


def test_a_month_in_digits_before_since_stays_a_month() -> None:
    """The month-count rule (三月来: "for three months") once also took 7月以来 ("since July")
    for a count, so a weekly pace since July lost its July and took the sentence's June."""
    text = "公开数据显示，小米汽车6月交付量超过2.5万台，7月以来YU7周上险量稳定在3000辆左右。"
    events = extract_events(text, published=D(2025, 8, 20), language="zh")
    pace = [e for e in events if e.value == 3000]
    assert len(pace) == 1 and pace[0].period_kind == "rate"
    assert pace[0].period_start == D(2025, 7, 1)
