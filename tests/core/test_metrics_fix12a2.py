"""Families fixed after probe set 12a (test_metrics_articles12.py), each with our own sentences
and negatives:

1. periods: "for the year" with no year of its own, right after a sentence that reported a
   past year's figures, is that year; "capping a quarter in which deliveries topped 100,000"
   after a month's figure is the quarter the month closes; "its tally for the year now stands
   at" is the year's running total to the month reported before; "by the middle of 2025", "by
   mid-2025" a running total at a day not given, not the year's figure;
2. missing figures: the smartphone maker described with other products ("the smartphone and
   appliance maker") still counts cars; a month's figure after an aside (", when the plant was
   shut, and more than 28,000 in May") keeps the measure of the figure before; a price
   "a little below the Model Y" is the car's own; a gross margin right after the car
   business's money in the same sentence is the car business's; an operating profit whose
   amount is given in the next clause ("录得经营收益，金额为7亿元").
"""

import datetime as dt

from test_metrics_review import check, ev
from test_metrics_review8 import (
    ABOUT,
    AUTO,
    CUM,
    MORE,
    ULTRA,
    YU7,
    case,
    dlv,
    first_months,
    goal,
    money,
    month,
    other,
    price,
    quarter,
    run,
    year,
)

D = dt.date

PERIODS = [
    # "for the year" after a sentence about an earlier year's figures
    case(
        "Xiaomi's car unit delivered 137,000 vehicles in 2024. Its revenue came to 32 billion "
        "yuan for the year.",
        D(2025, 3, 20),
        None,
        [
            dlv(AUTO, 137000, **year(2024)),
            money("revenue", 3.2e10, **year(2024)),
        ],
    ),
    case(
        "Xiaomi's EV arm shipped 136,000 cars in 2024. It lost 6 billion yuan for the year.",
        D(2025, 3, 20),
        None,
        [
            dlv(AUTO, 136000, **year(2024)),
            money("net_loss", 6e9, **year(2024)),
        ],
    ),
    # no year before: "for the year" stays the story's
    case(
        "Xiaomi expects its EV revenue to reach 90 billion yuan for the year.",
        D(2025, 11, 20),
        None,
        [money("revenue", 9e10, status="forecast", **year(2025))],
    ),
    # the quarter a month closes
    case(
        "Xiaomi delivered over 40,000 cars in September, rounding off a quarter in which its "
        "deliveries exceeded 110,000.",
        D(2025, 10, 1),
        None,
        [
            dlv(AUTO, 40000, MORE, **month(2025, 9)),
            dlv(AUTO, 110000, MORE, **quarter(2025, 3)),
        ],
    ),
    case(
        "Xiaomi handed over more than 35,000 vehicles in June, closing out a record quarter "
        "with 95,000 deliveries.",
        D(2025, 7, 1),
        None,
        [
            dlv(AUTO, 35000, MORE, **month(2025, 6)),
            dlv(AUTO, 95000, **quarter(2025, 2)),
        ],
    ),
    # two months stay two months
    case(
        "Xiaomi delivered over 40,000 cars in September, and it delivered 38,000 in August.",
        D(2025, 10, 1),
        None,
        [
            dlv(AUTO, 40000, MORE, **month(2025, 9)),
            dlv(AUTO, 38000, **month(2025, 8)),
        ],
    ),
    # the year's tally so far
    case(
        "Xiaomi delivered over 40,000 cars in September. The carmaker's tally for the year now "
        "stands at about 266,000 vehicles.",
        D(2025, 10, 1),
        None,
        [
            dlv(AUTO, 40000, MORE, **month(2025, 9)),
            dlv(AUTO, 266000, ABOUT, **first_months(2025, 9)),
        ],
    ),
    case(
        "Xiaomi's tally for the year stood at roughly 250,000 cars.",
        D(2025, 10, 1),
        None,
        [dlv(AUTO, 250000, ABOUT, period_kind="cumulative", period_start=D(2025, 1, 1))],
    ),
    # an order tally is no delivery count
    case(
        "Xiaomi's order tally stands at 100,000.",
        D(2025, 10, 1),
        None,
        [ev(AUTO, metric="orders", value=100000)],
    ),
    # a running total by part of a year
    case(
        "Xiaomi had delivered more than 10,000 SU7 Ultras by the middle of 2025.",
        D(2025, 11, 18),
        None,
        [dlv(ULTRA, 10000, MORE, **CUM)],
    ),
    case(
        "Xiaomi had handed over 12,000 SU7 Ultras by mid-2025.",
        D(2025, 11, 18),
        None,
        [dlv(ULTRA, 12000, **CUM)],
    ),
]

MISSING = [
    # the phone maker described with its other products still counts cars
    case(
        "Xiaomi delivered more than 40,000 EVs in November. The Chinese smartphone and appliance "
        "maker has handed over more than 360,000 cars in the first eleven months of the year, "
        "against a goal of 350,000 for 2025.",
        D(2025, 12, 1),
        None,
        [
            dlv(AUTO, 40000, MORE, **month(2025, 11)),
            dlv(AUTO, 360000, MORE, **first_months(2025, 11)),
            goal(350000, **year(2025)),
        ],
    ),
    case(
        "Xiaomi delivered more than 40,000 EVs in November. The phone, TV and appliance maker "
        "sold 380,000 cars in the first eleven months.",
        D(2025, 12, 1),
        None,
        [
            dlv(AUTO, 40000, MORE, **month(2025, 11)),
            dlv(AUTO, 380000, **first_months(2025, 11)),
        ],
    ),
    # phones stay no cars
    case("Xiaomi sold 10 million smartphones and tablets in November.", D(2025, 12, 1), None, []),
    # a month's figure after an aside
    case(
        "Xiaomi delivered more than 30,000 vehicles in July. The figure compares with more than "
        "25,000 deliveries in June, when the plant was partly shut, and more than 28,000 in May.",
        D(2025, 8, 1),
        None,
        [
            dlv(AUTO, 30000, MORE, **month(2025, 7)),
            dlv(AUTO, 25000, MORE, **month(2025, 6)),
            dlv(AUTO, 28000, MORE, **month(2025, 5)),
        ],
    ),
    case(
        "Xiaomi sold 31,000 cars in July, against 25,500 in June, while the line was retooled, "
        "and about 27,800 in April.",
        D(2025, 8, 1),
        None,
        [
            dlv(AUTO, 31000, **month(2025, 7)),
            dlv(AUTO, 25500, **month(2025, 6)),
            dlv(AUTO, 27800, ABOUT, **month(2025, 4)),
        ],
    ),
    # a price compared with a rival's car is the car's own
    case(
        "The Xiaomi YU7 is priced at 253,500 yuan, slightly below the Model Y.",
        D(2025, 6, 27),
        None,
        [price(YU7, 253500)],
    ),
    case(
        "Xiaomi YU7\nThe SUV launched in June 2025 and buyers wait more than a year. It starts "
        "at 253,500 yuan, a little below the Tesla Model Y.",
        None,
        None,
        [price(YU7, 253500)],
    ),
    case("The Tesla Model Y costs 263,500 yuan.", D(2025, 6, 27), None, []),
    # a gross margin right after the car business's money in one sentence
    case(
        "小米汽车业务第二季度收入为213亿元，环比增长约15%；毛利率为26.4%。",
        D(2025, 8, 20),
        "zh",
        [
            money("revenue", 2.13e10, **quarter(2025, 2)),
            other("gross margin", 26.4, **quarter(2025, 2)),
        ],
    ),
    case(
        "小米智能电动汽车业务2024年收入321亿元，毛利率18.5%。",
        D(2025, 3, 19),
        "zh",
        [
            money("revenue", 3.21e10, **year(2024)),
            other("gross margin", 18.5, **year(2024)),
        ],
    ),
    # an operating profit whose amount the next clause gives
    case(
        "小米集团公布第三季业绩，智能电动汽车业务首次录得经营收益，金额为7亿元人民币。",
        D(2025, 11, 18),
        "zh",
        [other("operating profit", 7e8, **quarter(2025, 3))],
    ),
    case(
        "Xiaomi's EV business posted its first operating profit in the third quarter, amounting "
        "to 700 million yuan.",
        D(2025, 11, 18),
        None,
        [other("operating profit", 7e8, **quarter(2025, 3))],
    ),
]


@run(PERIODS + MISSING)
def test_fix12a2(text: str, published: dt.date | None, lang: str | None, want: list) -> None:
    check(text, published, lang, want)
