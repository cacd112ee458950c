"""Families of misses fixed on branch fix15a, each with our own sentences (other verbs, word
orders and figures than the probe of test_metrics_articles14.py), and negatives that must
stay empty or keep their owner. Conventions as in test_metrics_review8.py: a gross margin is
`other`, an operating or adjusted loss is net_loss, a hoped-for figure is a target, a year's
running total told before the year ends is cumulative from January 1.
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
    ULTRA,
    YU7,
    case,
    dlv,
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


# --- 1. a gross margin that is not the sentence's first figure ----------------------------

MARGINS = [
    case(
        "二季度小米汽车交付新车81302辆，毛利率达26.4%。",
        D(2025, 8, 20),
        "zh",
        [dlv(AUTO, 81302, **quarter(2025, 2)), other("gross margin", 26.4, **quarter(2025, 2))],
    ),
    case(
        "小米二季度交付新车81302辆，毛利率则为26.4%。",
        D(2025, 8, 20),
        "zh",
        [
            dlv(AUTO, 81302, **quarter(2025, 2)),
            other("gross margin", 26.4, **quarter(2025, 2)),
        ],
    ),
    case(
        "Xiaomi delivered 81,302 cars in the second quarter, and its gross margin was 26.4%.",
        D(2025, 8, 20),
        "en",
        [dlv(AUTO, 81302, **quarter(2025, 2)), other("gross margin", 26.4, **quarter(2025, 2))],
    ),
    case(
        "小米集团公布三季度业绩。本季度小米汽车交付新车108796辆。分部毛利率为25.5%，上一季度为26.4%。",
        D(2025, 11, 20),
        "zh",
        [
            dlv(AUTO, 108796, **quarter(2025, 3)),
            other("gross margin", 25.5, **quarter(2025, 3)),
            other("gross margin", 26.4, **quarter(2025, 2)),
        ],
    ),
    case(
        "Xiaomi's EV unit delivered 108,796 cars in the third quarter, and its gross margin was "
        "25.5%, against 26.4% last quarter.",
        D(2025, 11, 20),
        "en",
        [
            dlv(AUTO, 108796, **quarter(2025, 3)),
            other("gross margin", 25.5, **quarter(2025, 3)),
            other("gross margin", 26.4, **quarter(2025, 2)),
        ],
    ),
    # negatives: a rival's margin, the phones' margin, the group's margin after its revenue
    case("比亚迪二季度交付新车98万辆，毛利率为18.7%。", D(2025, 8, 20), "zh", []),
    case(
        "小米集团公布三季度业绩。手机业务毛利率为11.1%，上季度为11.5%。", D(2025, 11, 20), "zh", []
    ),
    case(
        "小米集团二季度收入1160亿元，毛利率为22.5%。",
        D(2025, 8, 20),
        "zh",
        [
            ev(GROUP, metric="revenue", value=1.16e11, **quarter(2025, 2)),
            other("gross margin", 22.5, subject=GROUP, **quarter(2025, 2)),
        ],
    ),
]


@run(MARGINS)
def test_a_margin_after_other_figures(
    text: str, published: dt.date, lang: str, want: list[dict[str, Any]]
) -> None:
    check(text, published, lang, want)


# --- 4a. "Its …" after a sentence about the car segment -------------------------------------

ITS_SEGMENT = [
    case(
        "Xiaomi's EV unit booked revenue of 21.3 billion yuan in the second quarter, up from 6.4 "
        "billion yuan a year earlier, and shipped 81,302 cars. Its adjusted net loss was 300 "
        "million yuan in the quarter.",
        D(2025, 8, 20),
        "en",
        [
            money("revenue", 2.13e10, **quarter(2025, 2)),
            money("revenue", 6.4e9, **quarter(2024, 2)),
            dlv(AUTO, 81302, **quarter(2025, 2)),
            money("net_loss", 3e8, **quarter(2025, 2)),
        ],
    ),
    case(
        "Xiaomi's smartphone segment shipped 42 million phones, and the EV unit delivered "
        "81,302 cars in the second quarter. Its operating loss narrowed to 300 million yuan.",
        D(2025, 8, 20),
        "en",
        [dlv(AUTO, 81302, **quarter(2025, 2)), money("net_loss", 3e8, **quarter(2025, 2))],
    ),
    # negative: "Its" after a plain delivery count is the group's money
    case(
        "Xiaomi delivered 81,302 cars in the second quarter. Its revenue rose to 116 billion yuan.",
        D(2025, 8, 20),
        "en",
        [
            dlv(AUTO, 81302, **quarter(2025, 2)),
            ev(GROUP, metric="revenue", value=1.16e11, **quarter(2025, 2)),
        ],
    ),
]


@run(ITS_SEGMENT)
def test_its_after_the_car_segment(
    text: str, published: dt.date, lang: str, want: list[dict[str, Any]]
) -> None:
    check(text, published, lang, want)


# --- 2. year on year: "from a year earlier to X" is the new level; the year's tally so far --

YEAR_ON_YEAR = [
    case(
        "Xiaomi's revenue rose 30.5% from a year earlier to 92.5 billion yuan in the third quarter.",
        D(2024, 11, 18),
        "en",
        [ev(GROUP, metric="revenue", value=9.25e10, **quarter(2024, 3))],
    ),
    case(
        "Xiaomi Group's third-quarter revenue climbed 30.5% from a year ago to 92.5 billion yuan.",
        D(2024, 11, 18),
        "en",
        [ev(GROUP, metric="revenue", value=9.25e10, **quarter(2024, 3))],
    ),
    # the base told after the level stays the year-earlier quarter's
    case(
        "Xiaomi's revenue in the third quarter was 92.5 billion yuan, up from 70.9 billion yuan "
        "a year earlier.",
        D(2024, 11, 18),
        "en",
        [
            ev(GROUP, metric="revenue", value=9.25e10, **quarter(2024, 3)),
            ev(GROUP, metric="revenue", value=7.09e10, **quarter(2023, 3)),
        ],
    ),
    case(
        "Xiaomi's EV unit delivered 39,790 cars in the third quarter. A year earlier, it was "
        "20,000.",
        D(2024, 11, 18),
        "en",
        [dlv(AUTO, 39790, **quarter(2024, 3)), dlv(AUTO, 20000, **quarter(2023, 3))],
    ),
    # negative: a rival's
    case(
        "BYD's revenue rose 14% from a year earlier to 200.9 billion yuan in the second quarter.",
        D(2025, 8, 20),
        "en",
        [],
    ),
]

YEAR_TALLY = [
    case(
        "Xiaomi delivered more than 20,000 cars in November. That takes its deliveries for the "
        "year past 113,000.",
        D(2024, 12, 1),
        "en",
        [
            dlv(AUTO, 20000, MORE, **month(2024, 11)),
            dlv(AUTO, 113000, MORE, **first_months(2024, 11)),
        ],
    ),
    case(
        "Xiaomi delivered 18,000 cars in September. That pushed its sales for the year beyond "
        "90,000, well short of the goal.",
        D(2024, 10, 1),
        "en",
        [dlv(AUTO, 18000, **month(2024, 9)), dlv(AUTO, 90000, MORE, **first_months(2024, 9))],
    ),
    case(
        "Xiaomi delivered more than 20,000 cars in November. That brings its deliveries this "
        "year to more than 113,000.",
        D(2024, 12, 1),
        "en",
        [
            dlv(AUTO, 20000, MORE, **month(2024, 11)),
            dlv(AUTO, 113000, MORE, **first_months(2024, 11)),
        ],
    ),
    # negative: a finished year's own figure stays the year's
    case(
        "Xiaomi delivered 136,854 cars in 2024. Its deliveries for the year topped 130,000.",
        D(2025, 1, 20),
        "en",
        [dlv(AUTO, 136854, **year(2024)), dlv(AUTO, 130000, MORE, **year(2024))],
    ),
]


@run(YEAR_ON_YEAR + YEAR_TALLY)
def test_year_on_year_and_the_years_tally(
    text: str, published: dt.date, lang: str, want: list[dict[str, Any]]
) -> None:
    check(text, published, lang, want)


# --- 4b and 5. the maker named as such; a hoped-for figure ----------------------------------

MAKER_AND_HOPE = [
    case(
        "Xiaomi sold 10,000 SU7 sedans in June, and Lei Jun said the company now aims to "
        "deliver 120,000 cars this year.",
        D(2024, 7, 1),
        "en",
        [dlv(SU7, 10000, **month(2024, 6)), goal(120000, **year(2024))],
    ),
    case(
        "Xiaomi handed over its 100,000th SU7 on Wednesday; the carmaker now plans to deliver "
        "130,000 vehicles this year.",
        D(2024, 11, 15),
        "en",
        [dlv(SU7, 100000, period_kind="cumulative"), goal(130000, **year(2024))],
    ),
    case(
        "Morgan Stanley sees 60,000 SU7 deliveries in 2024 and estimates the EV business will "
        "lose about 6 billion yuan.",
        D(2024, 4, 10),
        "en",
        [
            ev(SU7, value=60000),
            money("net_loss", 6e9, "about", status="forecast", **year(2024)),
        ],
    ),
    # negative: a model named after the figure keeps it
    case(
        "Xiaomi sold 10,000 SU7 sedans in June, and said the company planned to deliver 120,000 "
        "SU7s this year.",
        D(2024, 7, 1),
        "en",
        [
            dlv(SU7, 10000, **month(2024, 6)),
            ev(SU7, metric="delivery_target", value=120000, status="target", **year(2024)),
        ],
    ),
    case(
        "Lei Jun said he hoped to sell 10,000 SU7 Ultras this year.",
        D(2025, 2, 28),
        "en",
        [ev(ULTRA, metric="delivery_target", value=10000, status="target", **year(2025))],
    ),
    case(
        "Xiaomi hoped to deliver 120,000 SU7s in 2024.",
        D(2024, 3, 1),
        "en",
        [ev(SU7, metric="delivery_target", value=120000, status="target", **year(2024))],
    ),
]


@run(MAKER_AND_HOPE)
def test_the_maker_as_such_and_a_hope(
    text: str, published: dt.date, lang: str, want: list[dict[str, Any]]
) -> None:
    check(text, published, lang, want)


# --- 6. a table pasted as lines, its money unit in the caption -------------------------------

TABLES = [
    case(
        "小米汽车业务季度数据如下。\n\n表：小米汽车业务分季度（亿元）\n2025年Q1 | 186\n2025年Q2 | 213\n"
        "2025年Q3 | 290\n",
        D(2025, 11, 20),
        "zh",
        [
            money("revenue", 1.86e10, **quarter(2025, 1)),
            money("revenue", 2.13e10, **quarter(2025, 2)),
            money("revenue", 2.9e10, **quarter(2025, 3)),
        ],
    ),
    case(
        "Figures by quarter.\n\nChart: Xiaomi car business per quarter (billion yuan)\n"
        "Q2 2025 | 21.3\nQ3 2025 | 29.0\n",
        D(2025, 11, 20),
        "en",
        [
            money("revenue", 2.13e10, **quarter(2025, 2)),
            money("revenue", 2.9e10, **quarter(2025, 3)),
        ],
    ),
    # a caption that names its measure keeps it
    case(
        "Quarterly figures.\n\nXiaomi EV net loss by quarter (billion yuan)\nQ1 2025 | 0.5\n"
        "Q2 2025 | 0.3\n",
        D(2025, 11, 20),
        "en",
        [money("net_loss", 5e8, **quarter(2025, 1)), money("net_loss", 3e8, **quarter(2025, 2))],
    ),
    # negatives: a rival's table; a table of counts
    case(
        "比亚迪季度数据。\n\n表：比亚迪分季度（亿元）\n2025年Q1 | 1704\n2025年Q2 | 2009\n",
        D(2025, 11, 20),
        "zh",
        [],
    ),
]


@run(TABLES)
def test_a_caption_in_money_gives_revenue(
    text: str, published: dt.date, lang: str, want: list[dict[str, Any]]
) -> None:
    check(text, published, lang, want)


# --- 7. a split of the count told before; a dated week named by the sentence before ----------

SPLITS = [
    case(
        "Xiaomi registered 9,800 vehicles in the week of October 13 to 19. The SU7 made up 3,100 "
        "of them, while the YU7 for 6,700.",
        D(2025, 10, 21),
        "en",
        [
            dlv(AUTO, 9800, **wk(2025, 10, 13)),
            dlv(SU7, 3100, **wk(2025, 10, 13)),
            dlv(YU7, 6700, **wk(2025, 10, 13)),
        ],
    ),
    case(
        "Xiaomi delivered 40,000 vehicles in September. The YU7 accounted for 25,000 of them.",
        D(2025, 10, 1),
        "en",
        [dlv(AUTO, 40000, **month(2025, 9)), dlv(YU7, 25000, **month(2025, 9))],
    ),
    # negatives: a rival's split; a part that is no model's
    case(
        "Xiaomi delivered 40,000 vehicles in September. Tesla sold 70,000 cars. Model Y "
        "accounted for 40,000 of them.",
        D(2025, 10, 1),
        "en",
        [dlv(AUTO, 40000, **month(2025, 9))],
    ),
    case(
        "上周（4.7-4.13）新势力品牌周销量公布。小米汽车上险量为8600辆，其中小米YU7为5200辆。",
        D(2025, 4, 15),
        "zh",
        [dlv(AUTO, 8600, **wk(2025, 4, 7)), dlv(YU7, 5200, **wk(2025, 4, 7))],
    ),
    case(
        "第15周（4月7日-4月13日）榜单出炉。小米汽车上险量达到8600辆。",
        D(2025, 4, 15),
        "zh",
        [dlv(AUTO, 8600, **wk(2025, 4, 7))],
    ),
    case(
        "Weekly registration data for Oct 6-12 came out on Tuesday. Xiaomi registered 9,500 "
        "vehicles.",
        D(2025, 10, 14),
        "en",
        [dlv(AUTO, 9500, **wk(2025, 10, 6))],
    ),
]


@run(SPLITS)
def test_a_split_and_a_week_told_before(
    text: str, published: dt.date, lang: str, want: list[dict[str, Any]]
) -> None:
    check(text, published, lang, want)


# --- 3. "last month" in a story on the month before publication; "The figure compares with" --

LAST_MONTH = [
    case(
        "Xiaomi delivered more than 40,000 vehicles in October, up from more than 35,000 last "
        "month.",
        D(2025, 11, 1),
        "en",
        [dlv(AUTO, 40000, MORE, **month(2025, 10)), dlv(AUTO, 35000, MORE, **month(2025, 9))],
    ),
    case(
        "Xiaomi handed over about 41,000 cars in October. The number compares to about 39,000 in "
        "September.",
        D(2025, 11, 1),
        "en",
        [dlv(AUTO, 41000, "about", **month(2025, 10)), dlv(AUTO, 39000, "about", **month(2025, 9))],
    ),
    case(
        "Xiaomi delivered more than 40,000 vehicles in October. The figure compares with more "
        "than 35,000 units last month.",
        D(2025, 11, 1),
        "en",
        [dlv(AUTO, 40000, MORE, **month(2025, 10)), dlv(AUTO, 35000, MORE, **month(2025, 9))],
    ),
    case(
        "小米汽车10月交付量超过4万辆，上月交付量超过3.5万辆。",
        D(2025, 11, 1),
        "zh",
        [dlv(AUTO, 40000, MORE, **month(2025, 10)), dlv(AUTO, 35000, MORE, **month(2025, 9))],
    ),
    # negatives: "last month" alone is the month before publication; a rival's comparison
    case(
        "Xiaomi delivered more than 40,000 vehicles last month.",
        D(2025, 11, 1),
        "en",
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    case(
        "BYD sold 440,000 cars in October. The figure compares with 396,000 last month.",
        D(2025, 11, 1),
        "en",
        [],
    ),
]

SINCE_MODEL = [
    case(
        "Xiaomi has handed over more than 400,000 cars since deliveries of the SU7 began in "
        "April 2024.",
        D(2025, 10, 1),
        "en",
        [dlv(AUTO, 400000, MORE, period_kind="cumulative")],
    ),
    case(
        "It has delivered more than 400,000 vehicles since sales of the SU7 started in April 2024.",
        D(2025, 10, 1),
        "en",
        [dlv(AUTO, 400000, MORE, period_kind="cumulative")],
    ),
    # after "So far this year, …, and": the total since launch is not the year's so far
    case(
        "So far this year, Xiaomi has delivered more than 250,000 vehicles, and it has handed "
        "over more than 400,000 cars since deliveries of the SU7 began in April 2024.",
        D(2025, 10, 1),
        "en",
        [
            dlv(AUTO, 250000, MORE, period_kind="cumulative", period_start=D(2025, 1, 1)),
            dlv(AUTO, 400000, MORE, period_kind="cumulative", period_start=None),
        ],
    ),
    # negative: the model counted keeps its count
    case(
        "Xiaomi has delivered more than 120,000 SU7s since deliveries of the sedan began in "
        "April 2024.",
        D(2024, 12, 1),
        "en",
        [dlv(SU7, 120000, MORE, period_kind="cumulative")],
    ),
]


@run(LAST_MONTH + SINCE_MODEL)
def test_last_month_and_since_a_models_start(
    text: str, published: dt.date, lang: str, want: list[dict[str, Any]]
) -> None:
    check(text, published, lang, want)


MATCHING = [
    case(
        "Xiaomi delivered 18,000 cars in November, the same as the previous month.",
        D(2024, 12, 1),
        "en",
        [dlv(AUTO, 18000, **month(2024, 11)), dlv(AUTO, 18000, **month(2024, 10))],
    ),
    case(
        "Xiaomi handed over more than 40,000 EVs in October, equalling last month's figure.",
        D(2025, 11, 1),
        "en",
        [dlv(AUTO, 40000, MORE, **month(2025, 10)), dlv(AUTO, 40000, MORE, **month(2025, 9))],
    ),
    case(
        "小米汽车11月交付量超过2万辆，与上月持平。",
        D(2024, 12, 1),
        "zh",
        [dlv(AUTO, 20000, MORE, **month(2024, 11)), dlv(AUTO, 20000, MORE, **month(2024, 10))],
    ),
    # negative: beaten is no match
    case(
        "Xiaomi delivered 18,000 cars in November, beating last month's level.",
        D(2024, 12, 1),
        "en",
        [dlv(AUTO, 18000, **month(2024, 11))],
    ),
]


@run(MATCHING)
def test_matching_the_month_before(
    text: str, published: dt.date, lang: str, want: list[dict[str, Any]]
) -> None:
    check(text, published, lang, want)
