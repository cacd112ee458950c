"""Families of misses fixed on branch fix16a, each with our own sentences and negatives that
must stay empty or keep their reading. Conventions as in test_metrics_review8.py: a gross margin
is `other`, an operating loss is net_loss, a broker's figure is a forecast, a running total
since a launch is cumulative with no start of its own.
"""

import datetime as dt
from typing import Any

from test_metrics_articles13 import wk
from test_metrics_review import check, ev
from test_metrics_review8 import (
    AUTO,
    GROUP,
    MORE,
    SU7,
    case,
    dlv,
    fcst,
    first_months,
    goal,
    money,
    month,
    other,
    quarter,
    run,
    year,
)

D = dt.date
JAN02 = D(2025, 1, 2)


# --- 1. a goal beaten "with" the year's figure: the figure is the actual ----------------------

GOAL_BEATEN = [
    case(
        "Xiaomi beats 2024 sales goal with 135,000 deliveries",
        JAN02,
        "en",
        [dlv(AUTO, 135000, **year(2024))],
    ),
    case(
        "Xiaomi tops its 2024 target with 135,000 cars delivered",
        JAN02,
        "en",
        [dlv(AUTO, 135000, **year(2024))],
    ),
    case(
        "Xiaomi exceeded its 2024 goal with more than 130,000 deliveries.",
        JAN02,
        "en",
        [dlv(AUTO, 130000, MORE, **year(2024))],
    ),
    case(
        "小米汽车超额完成2024年目标，全年交付13.5万辆。",
        JAN02,
        "zh",
        [dlv(AUTO, 135000, **year(2024))],
    ),
    case(
        "小米超额完成全年目标，2024年全年交付超13万辆。",
        JAN02,
        "zh",
        [dlv(AUTO, 130000, MORE, **year(2024))],
    ),
    # negatives: a goal raised or hoped to be beaten stays the goal; an expectation of beating
    # it is a forecast
    case(
        "Xiaomi raised its 2024 delivery target to 130,000.",
        D(2024, 11, 2),
        "en",
        [goal(130000, **year(2024))],
    ),
    case(
        "Xiaomi hopes to beat its 2025 goal of 350,000 deliveries.",
        D(2025, 3, 2),
        "en",
        [goal(350000, **year(2025))],
    ),
    case(
        "Xiaomi expects to beat its 2025 target with 400,000 deliveries.",
        D(2025, 6, 1),
        "en",
        [fcst(AUTO, 400000, **year(2025))],
    ),
    case(
        "小米汽车有望超额完成全年目标，全年交付40万辆。",
        D(2025, 6, 1),
        "zh",
        [fcst(AUTO, 400000, **year(2025))],
    ),
]


@run(GOAL_BEATEN)
def test_a_goal_beaten_with_the_figure(
    text: str, published: dt.date, lang: str, want: list[dict[str, Any]]
) -> None:
    check(text, published, lang, want)


# --- 2. "for the year" tallied after December, told in early January ---------------------------

YEAR_JUST_ENDED = [
    case(
        "Xiaomi delivered more than 20,000 cars in December. That took its deliveries for the "
        "year past 135,000.",
        JAN02,
        "en",
        [
            dlv(AUTO, 20000, MORE, **month(2024, 12)),
            dlv(AUTO, 135000, MORE, **first_months(2024, 12)),
        ],
    ),
    case(
        "Xiaomi handed over more than 24,000 vehicles in December. That brought its sales for "
        "the year to over 136,000.",
        D(2025, 1, 1),
        "en",
        [
            dlv(AUTO, 24000, MORE, **month(2024, 12)),
            dlv(AUTO, 136000, MORE, **first_months(2024, 12)),
        ],
    ),
    # negative: an expectation for the new year stays one
    case(
        "Xiaomi delivered 25,000 cars in December. It expects its deliveries for the year to "
        "reach 350,000.",
        JAN02,
        "en",
        [dlv(AUTO, 25000, **month(2024, 12)), fcst(AUTO, 350000, **year(2025))],
    ),
]


@run(YEAR_JUST_ENDED)
def test_the_year_just_ended(
    text: str, published: dt.date, lang: str, want: list[dict[str, Any]]
) -> None:
    check(text, published, lang, want)


# --- 3. the same measure a year back ------------------------------------------------------------

YEAR_BACK = [
    case(
        "Xiaomi's EV unit delivered 39,790 cars in the third quarter. A year earlier it amounted "
        "to 20,000.",
        D(2024, 11, 18),
        "en",
        [dlv(AUTO, 39790, **quarter(2024, 3)), dlv(AUTO, 20000, **quarter(2023, 3))],
    ),
    case(
        "Xiaomi delivered 39,790 cars in the third quarter. A year ago the figure stood at 20,000.",
        D(2024, 11, 18),
        "en",
        [dlv(AUTO, 39790, **quarter(2024, 3)), dlv(AUTO, 20000, **quarter(2023, 3))],
    ),
    case(
        "Xiaomi delivered 40,000 cars in October. A year earlier, the number was 20,000.",
        D(2025, 11, 1),
        "en",
        [dlv(AUTO, 40000, **month(2025, 10)), dlv(AUTO, 20000, **month(2024, 10))],
    ),
    case(
        "小米汽车10月交付4万辆。去年同期为2万辆。",
        D(2025, 11, 1),
        "zh",
        [dlv(AUTO, 40000, **month(2025, 10)), dlv(AUTO, 20000, **month(2024, 10))],
    ),
    # negative: a rival's a year back
    case(
        "Xiaomi delivered 40,000 cars in October. A year earlier, BYD sold 300,000.",
        D(2025, 11, 1),
        "en",
        [dlv(AUTO, 40000, **month(2025, 10))],
    ),
]


@run(YEAR_BACK)
def test_a_year_back(text: str, published: dt.date, lang: str, want: list[dict[str, Any]]) -> None:
    check(text, published, lang, want)


# --- 4. "Last quarter the gross margin was" after a quarter named --------------------------------

NOV20 = D(2025, 11, 20)
LAST_QUARTER = [
    case(
        "Xiaomi reported its third-quarter results. The EV unit's gross margin was 25.5%. Last "
        "quarter the gross margin was 26.4%.",
        NOV20,
        "en",
        [
            other("gross margin", 25.5, **quarter(2025, 3)),
            other("gross margin", 26.4, **quarter(2025, 2)),
        ],
    ),
    case(
        "Xiaomi's EV business posted a gross margin of 25.5% in the third quarter. Last quarter, "
        "its gross margin stood at 26.4%.",
        NOV20,
        "en",
        [
            other("gross margin", 25.5, **quarter(2025, 3)),
            other("gross margin", 26.4, **quarter(2025, 2)),
        ],
    ),
    case(
        "Xiaomi's EV business posted a gross margin of 25.5% in the third quarter. The gross "
        "margin was 26.4% last quarter.",
        NOV20,
        "en",
        [
            other("gross margin", 25.5, **quarter(2025, 3)),
            other("gross margin", 26.4, **quarter(2025, 2)),
        ],
    ),
    # negatives: no car margin told before; a rival's; the group's margins
    case(
        "The EV unit's gross margin was 25.5%. Last quarter the gross margin was 26.4%.",
        NOV20,
        "en",
        [],
    ),
    case(
        "Xiaomi's EV business posted a gross margin of 25.5% in the third quarter. Last quarter, "
        "BYD's gross margin was 18.2%.",
        NOV20,
        "en",
        [other("gross margin", 25.5, **quarter(2025, 3))],
    ),
    case(
        "Xiaomi reported its third-quarter results. Its gross margin was 22.9%. Last quarter the "
        "gross margin was 22.5%.",
        NOV20,
        "en",
        [],
    ),
]


@run(LAST_QUARTER)
def test_last_quarters_margin(
    text: str, published: dt.date, lang: str, want: list[dict[str, Any]]
) -> None:
    check(text, published, lang, want)


# --- 5. a running total since a launch in a month named ------------------------------------------

CUMULATIVE = {"period_kind": "cumulative", "period_start": None}
SINCE_LAUNCH = [
    case(
        "Xiaomi has delivered more than 300,000 SU7s since the launch of the SU7 in March 2024.",
        D(2025, 6, 1),
        "en",
        [dlv(SU7, 300000, MORE, **CUMULATIVE)],
    ),
    case(
        "Since the launch of the SU7 in March 2024, Xiaomi has delivered over 300,000 vehicles.",
        D(2025, 6, 1),
        "en",
        [dlv(AUTO, 300000, MORE, **CUMULATIVE)],
    ),
    case(
        "Xiaomi has sold 258,000 cars since the SU7 went on sale in March 2024.",
        D(2025, 5, 1),
        "en",
        [dlv(AUTO, 258000, **CUMULATIVE)],
    ),
    case(
        "Xiaomi has handed over 400,000 cars since the debut of its first model in March 2024.",
        D(2025, 8, 1),
        "en",
        [dlv(AUTO, 400000, **CUMULATIVE)],
    ),
    # negatives: the month's own figure; a record "since the launch" stays the month's
    case(
        "Xiaomi delivered 7,058 cars in March 2024.",
        D(2024, 4, 1),
        "en",
        [dlv(AUTO, 7058, **month(2024, 3))],
    ),
    case(
        "Xiaomi delivered 20,000 cars in October, the most since the launch of the SU7 in March "
        "2024.",
        D(2024, 11, 2),
        "en",
        [dlv(AUTO, 20000, **month(2024, 10))],
    ),
]


@run(SINCE_LAUNCH)
def test_since_a_launch_in_a_month(
    text: str, published: dt.date, lang: str, want: list[dict[str, Any]]
) -> None:
    check(text, published, lang, want)


# --- 6. a week's own count (周销量, "weekly sales") of a week named nearby ---------------------------

APR15 = D(2025, 4, 15)
RATE = {"period_kind": "rate"}
WEEKS = [
    case(
        "第15周（4月7日-4月13日）新势力销量榜出炉。小米汽车周销量为8600辆。",
        APR15,
        "zh",
        [dlv(AUTO, 8600, **wk(2025, 4, 7))],
    ),
    case(
        "上周（4.7-4.13），小米汽车周交付量达到8600辆。",
        APR15,
        "zh",
        [dlv(AUTO, 8600, **wk(2025, 4, 7))],
    ),
    case(
        "Data for the week of April 7-13 came out on Tuesday. Xiaomi's weekly sales were 8,600.",
        APR15,
        "en",
        [dlv(AUTO, 8600, **wk(2025, 4, 7))],
    ),
    case(
        "Xiaomi posted weekly sales of 8,600 in the week of April 7 to 13.",
        APR15,
        "en",
        [dlv(AUTO, 8600, **wk(2025, 4, 7))],
    ),
    # negatives: a pace stays a rate
    case("小米汽车平均每周交付8600辆。", APR15, "zh", [dlv(AUTO, 8600, **RATE)]),
    case("4月7日至13日，小米汽车周均交付量为1200辆。", APR15, "zh", [dlv(AUTO, 1200, **RATE)]),
    case(
        "Data for the week of April 7-13 came out on Tuesday. Xiaomi's weekly sales averaged "
        "8,600 this year.",
        APR15,
        "en",
        [dlv(AUTO, 8600, **RATE)],
    ),
    case("小米汽车周销量为8600辆。", APR15, "zh", [dlv(AUTO, 8600, **RATE)]),
]


@run(WEEKS)
def test_a_weeks_own_count(
    text: str, published: dt.date, lang: str, want: list[dict[str, Any]]
) -> None:
    check(text, published, lang, want)


# --- 7. a broker's "sees … at", "thinks … would", "reckons" ---------------------------------------

BROKERS = [
    case(
        "Morgan Stanley sees Xiaomi's 2025 deliveries at 350,000.",
        D(2025, 3, 1),
        "en",
        [fcst(AUTO, 350000, **year(2025))],
    ),
    case(
        "Citi thinks Xiaomi would deliver 400,000 cars in 2025.",
        D(2025, 3, 1),
        "en",
        [fcst(AUTO, 400000, **year(2025))],
    ),
    case(
        "Nomura believes Xiaomi would deliver about 350,000 vehicles in 2025.",
        D(2025, 3, 20),
        "en",
        [fcst(AUTO, 350000, "about", **year(2025))],
    ),
    case(
        "Jefferies reckons Xiaomi's EV unit could sell 400,000 cars next year.",
        NOV20,
        "en",
        [fcst(AUTO, 400000, **year(2026))],
    ),
    case(
        "UBS sees Xiaomi Auto's 2026 revenue at 150 billion yuan.",
        NOV20,
        "en",
        [money("revenue", 1.5e11, status="forecast", **year(2026))],
    ),
    case(
        "Analysts expect Xiaomi's deliveries to reach 350,000 in 2025.",
        D(2025, 3, 1),
        "en",
        [fcst(AUTO, 350000, **year(2025))],
    ),
    # negatives: an opinion with no conditional leaves the actual alone
    case(
        "Xiaomi delivered 40,000 cars in October, and the company thinks demand is strong.",
        D(2025, 11, 1),
        "en",
        [dlv(AUTO, 40000, **month(2025, 10))],
    ),
    case(
        "Lei Jun said he thinks the SU7 is the best car under 500,000 yuan.",
        D(2025, 11, 1),
        "en",
        [],
    ),
]


@run(BROKERS)
def test_a_brokers_view(
    text: str, published: dt.date, lang: str, want: list[dict[str, Any]]
) -> None:
    check(text, published, lang, want)


# --- 8. a loss right after the car segment's figure in the same sentence -------------------------

AUG20 = D(2025, 8, 20)
SEGMENT_LOSS = [
    case(
        "小米二季度汽车业务毛利率26.4%，经营亏损收窄至3亿元。",
        AUG20,
        "zh",
        [
            other("gross margin", 26.4, **quarter(2025, 2)),
            money("net_loss", 3e8, **quarter(2025, 2)),
        ],
    ),
    case(
        "小米三季度智能电动汽车业务收入290亿元，经营亏损收窄至3亿元。",
        NOV20,
        "zh",
        [
            money("revenue", 2.9e10, **quarter(2025, 3)),
            money("net_loss", 3e8, **quarter(2025, 3)),
        ],
    ),
    # negatives: the group named; the group's revenue first; a rival's loss
    case(
        "小米二季度汽车业务毛利率26.4%，集团整体收入1160亿元。",
        AUG20,
        "zh",
        [
            other("gross margin", 26.4, **quarter(2025, 2)),
            ev(GROUP, metric="revenue", value=1.16e11, **quarter(2025, 2)),
        ],
    ),
    case(
        "小米集团二季度收入1160亿元，经营亏损收窄至3亿元。",
        AUG20,
        "zh",
        [
            ev(GROUP, metric="revenue", value=1.16e11, **quarter(2025, 2)),
            ev(GROUP, metric="net_loss", value=3e8, **quarter(2025, 2)),
        ],
    ),
    case(
        "小米二季度汽车业务毛利率26.4%，比亚迪经营亏损3亿元。",
        AUG20,
        "zh",
        [other("gross margin", 26.4, **quarter(2025, 2))],
    ),
]


@run(SEGMENT_LOSS)
def test_the_segments_loss(
    text: str, published: dt.date, lang: str, want: list[dict[str, Any]]
) -> None:
    check(text, published, lang, want)


# more negatives: an opinion about something else beside an actual; an analysts' figure in
# another clause before a goal beaten
MORE_NEGATIVES = [
    case(
        "Xiaomi thinks demand would stay strong after it delivered 40,000 cars in October.",
        D(2025, 11, 1),
        "en",
        [dlv(AUTO, 40000, **month(2025, 10))],
    ),
    case(
        "Analysts had forecast a weak year; in the end Xiaomi topped its 2024 target with "
        "135,000 deliveries.",
        JAN02,
        "en",
        [dlv(AUTO, 135000, **year(2024))],
    ),
]


@run(MORE_NEGATIVES)
def test_more_negatives(
    text: str, published: dt.date, lang: str, want: list[dict[str, Any]]
) -> None:
    check(text, published, lang, want)
