"""Families fixed after probe set 11 (test_metrics_review11.py), each with our own sentences
and negatives:

1. periods: a post's emoji and a space end a Chinese statement (the whole-year word after it
   is the next statement's); a quarter told with no number ("this quarter", "quarterly",
   本季度) is, for an actual, the last quarter finished, or the one the story named; "the week
   before" is the week before the one named; a pace told right after its figure ("1,290 units
   a day", "9,000 cars per week") or a weekly or daily average is a rate, though a month is
   named;
2. statuses: asked how many cars it will deliver, "confident of exceeding 350,000" expects; an
   estimate of "the figure" a sentence named before ("analysts estimated the figure at") is a
   forecast of that measure; "is set to lose 4 billion yuan" a forecast loss; "expects to build
   40,000 cars a month" a planned pace of output, no capacity;
3. lists: the next item told by its model and a verb that carries the measure ("…, while the
   SU7 added 3,110", 小米SU7为3350辆, "alongside 9,000 of the other trims"); a store count under
   its label and a colon (门店：335家, "Stores: 335") or after 共/已有;
4. windows and marks: "needed 18 hours to reach", "3 minutes — time for … to reach" are
   windows; "the SUV's first 100,000 deliveries" a running total;
5. answers: an answer ("A:", 答：, a speaker's name and a colon) right after a question with
   no figure takes the measure, the period and the subject the question asks for; asked how
   many cars it will deliver, "confident of exceeding 350,000" expects, it sets no goal.
"""

import datetime as dt
from typing import Any

from test_metrics_review import check, ev
from test_metrics_review8 import (
    ABOUT,
    AUTO,
    CUM,
    MORE,
    RATE,
    SU7,
    WINDOW,
    YU7,
    case,
    dlv,
    goal,
    money,
    month,
    quarter,
    run,
    year,
)
from test_metrics_review9 import week

from pipelines.core.metrics import extract_events

D = dt.date
RESULTS = D(2025, 11, 19)


def fcst(value: float, q: str = "exact", **f: Any) -> dict[str, Any]:
    return ev(AUTO, metric="deliveries", value=value, qualifier=q, status="forecast", **f)


PERIODS = [
    # an emoji and a space close a statement of a post
    case(
        "小米YU7十月交付超过3万台🔥 今年的目标是35万台",
        D(2025, 11, 2),
        "zh",
        [dlv(YU7, 30000, MORE, **month(2025, 10)), goal(350000, **year(2025))],
    ),
    case(
        "小米汽车10月交付再破4万🎉🎉 全年目标冲刺35万台",
        D(2025, 11, 1),
        "zh",
        [dlv(AUTO, 40000, MORE, **month(2025, 10)), goal(350000, **year(2025))],
    ),
    # a quarter with no number: the last one finished, for an actual
    case(
        "小米汽车本季度营收达到290亿元。",
        RESULTS,
        "zh",
        [money("revenue", 2.9e10, status="actual", **quarter(2025, 3))],
    ),
    case(
        "Xiaomi's EV unit delivered 108,796 cars in the latest quarter.",
        RESULTS,
        None,
        [dlv(AUTO, 108796, **quarter(2025, 3))],
    ),
    case(
        "Xiaomi's quarterly EV deliveries reached 108,796, a record.",
        RESULTS,
        None,
        [dlv(AUTO, 108796, **quarter(2025, 3))],
    ),
    case(
        "In its second-quarter report Xiaomi said it delivered 81,302 cars in the quarter.",
        D(2025, 10, 5),
        None,
        [dlv(AUTO, 81302, **quarter(2025, 2))],
    ),
    # a share of something is no quarter
    case(
        "The SU7 made up a quarter of Xiaomi's 40,000 deliveries in October.",
        D(2025, 11, 1),
        None,
        [dlv(AUTO, 40000, **month(2025, 10))],
    ),
    # the week before the week named
    case(
        "Xiaomi registered 10,200 cars in the week of Nov 10-16, compared with 9,400 in the "
        "previous week.",
        D(2025, 11, 18),
        None,
        [
            dlv(AUTO, 10200, **week(D(2025, 11, 10), D(2025, 11, 16))),
            dlv(AUTO, 9400, **week(D(2025, 11, 3), D(2025, 11, 9))),
        ],
    ),
    # a pace right after its figure, a weekly or daily average: a rate
    case(
        "Xiaomi delivered 41,000 cars in November, or roughly 1,370 units a day.",
        D(2025, 12, 1),
        None,
        [dlv(AUTO, 41000, **month(2025, 11)), dlv(AUTO, 1370, ABOUT, **RATE)],
    ),
    case(
        "Xiaomi delivered more than 9,000 cars per week in October.",
        D(2025, 11, 1),
        None,
        [dlv(AUTO, 9000, MORE, **RATE)],
    ),
    case(
        "In October Xiaomi's weekly deliveries averaged 9,500.",
        D(2025, 11, 1),
        None,
        [dlv(AUTO, 9500, **RATE)],
    ),
    case(
        "Xiaomi delivered 42,000 cars in November, which works out to about 1,400 units a day.",
        D(2025, 12, 1),
        None,
        [dlv(AUTO, 42000, **month(2025, 11)), dlv(AUTO, 1400, ABOUT, **RATE)],
    ),
    case(
        "Xiaomi's daily deliveries averaged 1,400 in November.",
        D(2025, 12, 1),
        None,
        [dlv(AUTO, 1400, **RATE)],
    ),
    # the average compared with the month before is that month's average
    case(
        "小米汽车11月日均交付1400辆，10月为1300辆。",
        D(2025, 12, 1),
        "zh",
        [dlv(AUTO, 1400, **RATE), dlv(AUTO, 1300, **RATE)],
    ),
    # "in a day", "a day after": no pace
    case(
        "Xiaomi took 90,000 orders in a day.",
        D(2025, 3, 1),
        None,
        [ev(AUTO, metric="orders", value=90000, period_kind="window")],
    ),
    case(
        "Xiaomi delivered 40,000 cars in October, a week ahead of plan.",
        D(2025, 11, 1),
        None,
        [dlv(AUTO, 40000, **month(2025, 10))],
    ),
]


@run(PERIODS)
def test_periods(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


ANSWERS = [
    case(
        "记者：小米汽车二季度交付了多少台？\n雷军：81302台。",
        D(2025, 8, 20),
        "zh",
        [dlv(AUTO, 81302, **quarter(2025, 2))],
    ),
    case(
        "问：小米YU7锁单有多少？\n答：超过24万台。",
        D(2025, 7, 1),
        "zh",
        [ev(YU7, metric="locked_orders", value=240000, qualifier=MORE)],
    ),
    case(
        "Q: How many SU7s has Xiaomi delivered so far?\nA: Over 300,000 in total.",
        D(2025, 9, 1),
        None,
        [dlv(SU7, 300000, MORE, **CUM)],
    ),
    case(
        "Q: How many people work on the car team?\nLei Jun: About 18,000.",
        D(2025, 10, 1),
        None,
        [ev(AUTO, metric="headcount", value=18000, qualifier=ABOUT)],
    ),
    case(
        "Q: How many vehicles can Xiaomi sell next year?\nA: We are confident of topping 500,000.",
        D(2025, 12, 20),
        None,
        [fcst(500000, MORE, **year(2026))],
    ),
    # the goal named: still a goal
    case(
        "Q: What is Xiaomi's target for next year?\nA: We are confident of topping 500,000.",
        D(2025, 12, 20),
        None,
        [goal(500000, MORE, **year(2026))],
    ),
    # another maker's figure in the answer; a question with a figure of its own
    case(
        "Q: How is Tesla doing in China?\nA: It sold 60,000 cars in October.",
        D(2025, 11, 5),
        None,
        [],
    ),
    case(
        "Q: How many cars did Xiaomi deliver in October?\nA: We will publish it on November 1.",
        D(2025, 10, 28),
        None,
        [],
    ),
]


@run(ANSWERS)
def test_answers(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


STATUS = [
    case(
        "Xiaomi has not published its November deliveries; brokers put the number at about 42,000.",
        D(2025, 12, 2),
        None,
        [fcst(42000, ABOUT, **month(2025, 11))],
    ),
    case(
        "Xiaomi sold about 41,000 cars in November, per Deutsche Bank estimates.",
        D(2025, 12, 1),
        None,
        [fcst(41000, ABOUT, **month(2025, 11))],
    ),
    # data, not an estimate
    case(
        "Xiaomi delivered 40,000 cars in October, according to CnEVPost data.",
        D(2025, 11, 3),
        None,
        [dlv(AUTO, 40000, **month(2025, 10))],
    ),
    # another maker's figure estimated: none
    case(
        "BYD did not say how many cars it sold abroad in October; analysts estimated the figure "
        "at 80,000.",
        D(2025, 11, 3),
        None,
        [],
    ),
    case(
        "Xiaomi's EV arm will lose roughly 3 billion yuan next year, a broker estimates.",
        D(2025, 12, 1),
        None,
        [money("net_loss", 3e9, ABOUT, status="forecast", **year(2026))],
    ),
    case(
        "Xiaomi expects to assemble 45,000 cars a month next year.",
        D(2025, 12, 1),
        None,
        [ev(AUTO, metric="production", value=45000, status="forecast", **RATE)],
    ),
    # what a plant can build is its capacity
    case(
        "Xiaomi's Beijing plant can build 30,000 cars a month.",
        D(2025, 12, 1),
        None,
        [ev(AUTO, metric="production_capacity", value=30000, **RATE)],
    ),
]


@run(STATUS)
def test_status(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


LISTS = [
    case(
        "The YU7 logged 7,100 registrations last week, while the SU7 logged 2,900.",
        D(2025, 10, 14),
        None,
        [
            dlv(YU7, 7100, **week(D(2025, 10, 6), D(2025, 10, 12))),
            dlv(SU7, 2900, **week(D(2025, 10, 6), D(2025, 10, 12))),
        ],
    ),
    case(
        "小米YU7 10月交付3.3万辆，小米SU7则为1.2万辆。",
        D(2025, 11, 2),
        "zh",
        [dlv(YU7, 33000, **month(2025, 10)), dlv(SU7, 12000, **month(2025, 10))],
    ),
    # another maker's item: not Xiaomi's
    case(
        "小米YU7 10月交付3.3万辆，特斯拉Model Y为6万辆。",
        D(2025, 11, 2),
        "zh",
        [dlv(YU7, 33000, **month(2025, 10))],
    ),
    case(
        "The YU7 logged 7,100 registrations last week, while Tesla's Model Y logged 9,800.",
        D(2025, 10, 14),
        None,
        [dlv(YU7, 7100, **week(D(2025, 10, 6), D(2025, 10, 12)))],
    ),
]


STORES = [
    case("小米汽车数据一览：交付超4万台，门店：350家。", D(2025, 11, 2), "zh", None),
    case("小米汽车销售门店已有360家。", D(2025, 11, 2), "zh", None),
    case("Xiaomi EV fact sheet. Xiaomi Auto stores: 370", D(2025, 11, 2), None, None),
]


@run(STORES)
def test_stores(text: str, published: dt.date, lang: str | None, want: Any) -> None:
    events = extract_events(text, published=published, language=lang)
    stores = [(e.subject, e.label) for e in events if e.metric == "other"]
    assert stores == [(AUTO, "stores")], events


@run(LISTS)
def test_lists(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


MARKS = [
    case(
        "The SU7 needed just 27 minutes to reach 50,000 locked orders.",
        D(2024, 3, 30),
        None,
        [ev(SU7, metric="locked_orders", value=50000, **WINDOW)],
    ),
    case(
        "Fast facts: 10 minutes — time for the SU7 Ultra to pass 6,900 orders.",
        D(2025, 2, 28),
        None,
        [ev("Xiaomi SU7 Ultra", metric="orders", value=6900, qualifier=MORE, **WINDOW)],
    ),
    case(
        "About a third of the SU7's first 200,000 deliveries went to women.",
        D(2025, 3, 1),
        None,
        [dlv(SU7, 200000, **CUM)],
    ),
    # "needs N more": no window
    case(
        "Xiaomi needs 30,000 more orders to reach its goal.",
        D(2025, 3, 1),
        None,
        [],
    ),
]


@run(MARKS)
def test_marks(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)
