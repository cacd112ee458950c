"""Families fixed after the tenth probe set (test_metrics_review10.py), in sentences of our own:

1. bounds said in words: "upwards of", "north of", "to pass" are more_than; "just shy of",
   "a shade short of" are about (as "nearly", "close to");
2. a window from a launch: "its first month on sale", "the first week on the market", "in
   eighteen hours" (number words) are `window`, as 上市首月 is; "its first full month on sale"
   and "its third month on sale" stay months counted from the launch;
3. status: "plans a new plant with a capacity of" (not "plans a price cut") and delivery
   "guidance" are targets; "on course for" is a forecast; in Chinese, a plan word then 将, or
   the company or its leader saying what it 将 do, is a target (a source's or an analyst's 将
   stays a forecast);
4. the base of a change is its own event: "narrowed its loss to X in Q3 from Y in Q2" (Q2's Y),
   较一季度的5亿元 (Q1's), and "，此前为30万辆" after a revised target (the earlier target);
5. no event: a condition's "可交付", a claim never made (从未发布过, "never said"), charging
   stations and chargers, a conversion rate (大定转锁单比例);
6. 今日/今天/"today" with a milestone: as_of the publication day (not 今日头条).

Conventions as in ../shared/DESIGN.md and test_metrics_review10.py.
"""

import datetime as dt
from typing import Any

from test_metrics_review import check, ev
from test_metrics_review8 import (
    ABOUT,
    AUTO,
    CUM,
    MORE,
    SU7,
    ULTRA,
    WINDOW,
    YU7,
    cap,
    case,
    dlv,
    fcst,
    goal,
    money,
    month,
    quarter,
    run,
    total_to,
    year,
)
from test_metrics_review10 import UPTO, orders

D = dt.date


# --- 1. bounds in words ----------------------------------------------------------------------

BOUNDS = [
    case(
        "Xiaomi shipped upwards of 38,000 vehicles in September.",
        D(2025, 10, 2),
        None,
        [dlv(AUTO, 38000, MORE, **month(2025, 9))],
    ),
    case(
        "YU7 deliveries came in north of 25,000 units in October.",
        D(2025, 11, 2),
        None,
        [dlv(YU7, 25000, MORE, **month(2025, 10))],
    ),
    case(
        "Xiaomi sold just shy of 20,000 SU7s in June.",
        D(2025, 7, 2),
        None,
        [dlv(SU7, 20000, ABOUT, **month(2025, 6))],
    ),
    case(
        "Xiaomi delivered a shade short of 39,000 cars in August.",
        D(2025, 9, 2),
        None,
        [dlv(AUTO, 39000, ABOUT, **month(2025, 8))],
    ),
    case(
        "Xiaomi expects its cumulative deliveries to pass 600,000 by the end of the year.",
        D(2025, 11, 2),
        None,
        [fcst(AUTO, 600000, MORE, **CUM)],
    ),
    case(
        "Xiaomi fell short of 45,000 deliveries in November.",
        D(2025, 12, 2),
        None,
        [],
    ),
]


@run(BOUNDS)
def test_bounds(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- 2. windows from a launch ----------------------------------------------------------------

WINDOWS = [
    case(
        "The SU7 Ultra logged more than 6,000 deliveries in its first month on sale.",
        D(2025, 4, 5),
        None,
        [ev(ULTRA, metric="deliveries", value=6000, qualifier=MORE) | WINDOW],
    ),
    case(
        "Xiaomi delivered 12,500 YU7s in the SUV's first month on the market.",
        D(2025, 8, 3),
        None,
        [dlv(YU7, 12500, **WINDOW)],
    ),
    case(
        "The YU7 drew 90,000 test-drive bookings in its first week on sale.",
        D(2025, 7, 8),
        None,
        [orders("reservations", YU7, 90000, **WINDOW)],
    ),
    case(
        "The SU7 collected 50,000 firm orders in twenty-seven minutes.",
        D(2024, 3, 29),
        None,
        [orders("orders", SU7, 50000, **WINDOW)],
    ),
    case(
        "The YU7 gathered 200,000 firm orders within forty-eight hours of its launch.",
        D(2025, 6, 28),
        None,
        [orders("orders", YU7, 200000, **WINDOW)],
    ),
    case(
        "小米SU7 Ultra开售首月交付超过6000辆。",
        D(2025, 4, 5),
        "zh",
        [ev(ULTRA, metric="deliveries", value=6000, qualifier=MORE) | WINDOW],
    ),
    # a month counted from the launch stays a month
    case(
        "In its first full month on sale, the YU7 topped 10,000 deliveries.",
        D(2025, 8, 3),
        None,
        [dlv(YU7, 10000, MORE, **month(2025, 7))],
    ),
    case(
        "In the first week of July, Xiaomi delivered 7,200 cars.",
        D(2025, 7, 8),
        None,
        [
            dlv(AUTO, 7200)
            | {"period_kind": "week", "period_start": D(2025, 6, 30), "period_end": D(2025, 7, 6)}
        ],
    ),
    case(
        "Li Auto's i6 drew 20,000 orders in its first month on sale.",
        D(2025, 10, 28),
        None,
        [],
    ),
]


@run(WINDOWS)
def test_windows(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- 3. status -------------------------------------------------------------------------------

STATUS = [
    case(
        "Xiaomi plans a new factory with an annual capacity of 200,000 vehicles.",
        D(2025, 9, 10),
        None,
        [cap(200000, status="target")],
    ),
    # a plan of something else: the figure is done
    case(
        "Xiaomi plans a price cut after delivering 40,000 cars in October.",
        D(2025, 11, 3),
        None,
        [dlv(AUTO, 40000, **month(2025, 10))],
    ),
    case(
        "Xiaomi has guided for more than 400,000 deliveries next year.",
        D(2025, 12, 10),
        None,
        [goal(400000, MORE, **year(2026))],
    ),
    case(
        "Xiaomi's full-year delivery guidance stands at 350,000 vehicles.",
        D(2025, 5, 10),
        None,
        [goal(350000, **year(2025))],
    ),
    case(
        "Xiaomi cut its third-quarter delivery guidance to about 100,000 vehicles from 110,000.",
        D(2025, 8, 20),
        None,
        [goal(100000, ABOUT, **quarter(2025, 3)), goal(110000, **quarter(2025, 3))],
    ),
    case(
        "Xiaomi's car business is on course for revenue of more than 100 billion yuan this year, "
        "analysts said.",
        D(2025, 10, 20),
        None,
        [money("revenue", 1e11, MORE, status="forecast", **year(2025))],
    ),
    case(
        "小米集团董事长雷军宣布，今年小米汽车交付量将突破35万辆。",
        D(2025, 7, 20),
        "zh",
        [goal(350000, MORE, **year(2025))],
    ),
    case(
        "小米表示，今年交付量将超过40万辆。",
        D(2025, 10, 20),
        "zh",
        [goal(400000, MORE, **year(2025))],
    ),
    # an analyst's, a source's or an expected 将 stays a forecast
    case(
        "分析师表示，小米汽车今年交付量将超过40万辆。",
        D(2025, 10, 20),
        "zh",
        [fcst(AUTO, 400000, MORE, **year(2025))],
    ),
    case(
        "知情人士称，小米汽车12月交付量将超过5万辆。",
        D(2025, 12, 5),
        "zh",
        [fcst(AUTO, 50000, MORE, period_kind="month")],
    ),
    case(
        "雷军表示，预计小米汽车今年交付量将超过40万辆。",
        D(2025, 10, 20),
        "zh",
        [fcst(AUTO, 400000, MORE, **year(2025))],
    ),
    case(
        "小米汽车计划明年将年交付量提升至55万辆。",
        D(2025, 12, 10),
        "zh",
        [goal(550000, **year(2026))],
    ),
]


@run(STATUS)
def test_status(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- 4. the base of a change -----------------------------------------------------------------

BASES = [
    case(
        "Xiaomi narrowed the EV unit's operating loss to 700 million yuan in the third quarter "
        "from 1.8 billion yuan in the second.",
        D(2025, 11, 19),
        None,
        [
            money("net_loss", 7e8, **quarter(2025, 3)),
            money("net_loss", 1.8e9, **quarter(2025, 2)),
        ],
    ),
    case(
        "Xiaomi lifted its EV revenue to RMB28.3bn in the third quarter from RMB21.3bn in the "
        "second.",
        D(2025, 11, 19),
        None,
        [
            money("revenue", 2.83e10, **quarter(2025, 3)),
            money("revenue", 2.13e10, **quarter(2025, 2)),
        ],
    ),
    case(
        "小米汽车二季度收入206亿元，较一季度的181亿元增长14%。",
        D(2025, 8, 20),
        "zh",
        [
            money("revenue", 2.06e10, **quarter(2025, 2)),
            money("revenue", 1.81e10, **quarter(2025, 1)),
        ],
    ),
    case(
        "小米汽车二季度交付81302辆，较一季度的75869辆有所增长。",
        D(2025, 8, 20),
        "zh",
        [dlv(AUTO, 81302, **quarter(2025, 2)), dlv(AUTO, 75869, **quarter(2025, 1))],
    ),
    case(
        "小米将今年交付目标提高至35万辆，原目标为30万辆。",
        D(2025, 3, 20),
        "zh",
        [goal(350000, **year(2025)), goal(300000, **year(2025))],
    ),
    case(
        "花旗把小米今年交付预测上调至40万辆，此前为35万辆。",
        D(2025, 6, 20),
        "zh",
        [fcst(AUTO, 400000, **year(2025)), fcst(AUTO, 350000, **year(2025))],
    ),
    case(
        "Xiaomi lifted its 2025 delivery goal to 350,000 (previously 300,000).",
        D(2025, 3, 20),
        None,
        [goal(350000, **year(2025)), goal(300000, **year(2025))],
    ),
    # an actual figure and the one before it: no target, no second event without a period
    case(
        "Xiaomi cut the SU7's starting price to 199,900 yuan.",
        D(2025, 5, 20),
        None,
        [ev(SU7, metric="price", value=199900)],
    ),
]


@run(BASES)
def test_bases(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- 5. no event -----------------------------------------------------------------------------

NOTHING = [
    case("假如工厂满产，小米汽车一个月能交付5万辆。", D(2025, 10, 1), "zh", []),
    case("如果电池供应充足，小米YU7每月可生产4万辆。", D(2025, 10, 1), "zh", []),
    case("小米官方并未公布SU7累计交付突破50万辆的数据。", D(2025, 10, 1), "zh", []),
    case("Xiaomi has never said it sold 300,000 YU7s in a day.", D(2025, 7, 1), None, []),
    case("Xiaomi now operates 1,500 chargers across China.", D(2025, 10, 1), None, []),
    case(
        "Xiaomi said it had installed 2,000 charging piles by the end of September.",
        D(2025, 10, 1),
        None,
        [],
    ),
    case("小米SU7的大定转锁比例约为七成。", D(2024, 5, 1), "zh", []),
    # what stays: the capacity said plainly, a cap given as a ceiling
    case(
        "小米汽车每月可交付4万辆。",
        D(2025, 10, 1),
        "zh",
        [dlv(AUTO, 40000, period_kind="rate")],
    ),
    case(
        "Xiaomi's car unit expects its operating loss to narrow to less than 1 billion yuan this "
        "year.",
        D(2025, 8, 20),
        None,
        [money("net_loss", 1e9, UPTO, status="forecast", **year(2025))],
    ),
]


@run(NOTHING)
def test_nothing(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- 6. today --------------------------------------------------------------------------------

TODAY = [
    case(
        "今天，小米汽车第20万台整车在亦庄工厂下线。",
        D(2025, 2, 18),
        "zh",
        [ev(AUTO, metric="production", value=200000) | total_to(D(2025, 2, 18))],
    ),
    case(
        "Xiaomi's 300,000th car rolled off the line today in Beijing.",
        D(2025, 6, 12),
        None,
        [ev(AUTO, metric="production", value=300000) | total_to(D(2025, 6, 12))],
    ),
    case(
        "据今日头条报道，小米汽车第10万台量产车下线。",
        D(2024, 11, 20),
        "zh",
        [ev(AUTO, metric="production", value=100000, period_kind="cumulative", as_of=None)],
    ),
]


@run(TODAY)
def test_today(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)
