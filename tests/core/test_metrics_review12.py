"""Adversarial probes of the extractor, twelfth set, written without sight of the devset: short
passages (one to three sentences) of Xiaomi car coverage in English and Chinese, grouped in
families of phrasing the older sets touch thinly: number forms ("nearly 30k", "40,000-odd",
"RMB28.3bn", "CNY 29.0 billion", "40 000", "a quarter million", ¥25.35万, 29.99万元起,
1.2万余辆, 逾4万台, 4万多辆, 近七成, 二百九十亿元); ranges ("20,000 to 25,000", "500k-550k",
4.5万-5万辆, 55万-60万辆); headline shorthand ("top 40K in Oct", "Q3: ... 108.8K", 破4万);
periods ("January-October", "year-to-date", "since deliveries began", "as of end-September",
"H1 2025", "9M 2025", "FY2025", "the three months to September", 截至9月底, 前三季度, 1-10月,
上半年, 今年以来, 7-9月, 上月); status (aims, eyes, is on track to, guidance, "analysts at X
estimate", "as many as", reaffirmed, 有望, 力争, 冲刺, 机构预计, 或将, 不少于); subjects by
other names ("the smartphone giant's EV arm", "Lei Jun's carmaker", "the Beijing-based
automaker", "the SU7 maker", "Xiaomi's second car", 小米集团旗下, 该车型, 旗下首款SUV, 该品牌);
comparisons and their bases ("up 21% from 33,000 a month earlier", "compared with 20,000 a year
earlier", 上月为, 去年同期为, 环比, 同比翻番); paces ("per week", "daily", 每周, 日均, 月产能);
and negatives that must give nothing (rivals, phones, wearables, share prices and price targets,
horsepower, range, battery, charging and weight specs, market shares, waiting times, percent
changes alone, hypotheticals, "if", denials and negations).

Every passage is written for this file (our own words; figures close to those reported, some
made up to be plausible), and its expectation was written before the extractor was run on it.
Conventions as in ../shared/DESIGN.md and test_metrics_review8.py / _review10.py / _review11.py:
a finished month of an actual runs from its first to its last day, as_of its last day; a
quarter, a half year or a year runs from its first to its last day; the first N months of a
year run from January 1 to the Nth month's end; "so far this year" is cumulative from January
1 with no as_of; a running total to a stated day is cumulative with that day as as_of; a total
since launch with no day is cumulative; a window from a launch is `window`; a capacity or a
pace is a rate; a price has no period; a range is one event (lower end, value_max the upper
end, at_least); "nearly", "just under", 近 are about; "-odd", "over", "tops", 逾, 余, 多, 破 are
more_than; "as many as" is up_to; guidance, aims, eyes, 力争, 冲刺 are targets; "expects to",
"is on track to", analysts' estimates, 有望, 预计, 或将 are forecasts; the base of a comparison
with its own period ("from 33,000 a month earlier") is an event of that period; another maker's
figure, a phone figure, a share price, a spec, a market share, a waiting time and a change told
by its size are no event. A target's as_of is not asserted. A plain case guards what holds; an
`xfail(strict=True)` case is a known miss whose reason says what it should give and what the
extractor gives. Expectations are never weakened to match.
"""

import datetime as dt
from typing import Any

from test_metrics_review import check, ev
from test_metrics_review5 import ytd
from test_metrics_review8 import (
    ABOUT,
    AUTO,
    CUM,
    GROUP,
    LEAST,
    MORE,
    RATE,
    SU7,
    ULTRA,
    WINDOW,
    YU7,
    cap,
    case,
    dlv,
    fcst,
    first_months,
    goal,
    money,
    month,
    price,
    quarter,
    run,
    total_to,
    year,
)
from test_metrics_review10 import half, span

D = dt.date
UPTO = "up_to"

OCT01 = D(2025, 10, 1)  # September's delivery figures
NOV01 = D(2025, 11, 1)  # October's
DEC01 = D(2025, 12, 1)  # November's
Q3RES = D(2025, 11, 18)  # third-quarter results of 2025
Q2RES = D(2025, 8, 19)  # second-quarter results of 2025
LAUNCH = D(2025, 6, 27)  # the day after the YU7's launch
JAN26 = D(2026, 1, 2)  # the year's figures


def od(metric: str, subject: str, value: float, q: str = "exact", **f: Any) -> dict[str, Any]:
    return ev(subject, metric=metric, value=value, qualifier=q, **f)


def rev(value: float, q: str = "exact", **f: Any) -> dict[str, Any]:
    return money("revenue", value, q, status="actual", **f)


def test_helpers() -> None:
    assert ytd(2025) == {"period_kind": "cumulative", "period_start": D(2025, 1, 1), "as_of": None}
    assert half(2025, 2)["period_end"] == D(2025, 12, 31)


# --- number forms -----------------------------------------------------------------------------

NUMBER_FORMS = [
    case(
        "Xiaomi handed over nearly 30k cars in August.",
        D(2025, 9, 1),
        None,
        [dlv(AUTO, 30000, ABOUT, **month(2025, 8))],
    ),
    case(
        "Xiaomi delivered some 40,000-odd vehicles in October.",
        NOV01,
        None,
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    case(
        "Xiaomi's smart EV segment booked revenue of RMB28.3bn in the third quarter.",
        Q3RES,
        None,
        [rev(2.83e10, **quarter(2025, 3))],
    ),
    case(
        "Revenue from smart EVs and AI initiatives reached CNY 29.0 billion in Q3, Xiaomi said.",
        Q3RES,
        None,
        [rev(2.9e10, **quarter(2025, 3))],
    ),
    case(
        "The car unit narrowed its operating loss to RMB0.3bn in the second quarter, Xiaomi said.",
        Q2RES,
        None,
        [money("net_loss", 3e8, status="actual", **quarter(2025, 2))],
    ),
    case(
        "Xiaomi delivered 40.2k vehicles in November, a company spokesperson said.",
        DEC01,
        None,
        [dlv(AUTO, 40200, **month(2025, 11))],
    ),
    case(
        "The SU7 Ultra is priced at RMB 529,900, and Xiaomi has taken 15K+ orders for it.",
        D(2025, 3, 1),
        None,
        [price(ULTRA, 529900), od("orders", ULTRA, 15000, MORE)],
    ),
    case(
        "Xiaomi delivered a little over 40 thousand cars in October.",
        NOV01,
        None,
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    case(
        "Xiaomi has delivered north of a quarter million cars so far this year.",
        D(2025, 10, 15),
        None,
        [dlv(AUTO, 250000, MORE, **ytd(2025))],
    ),
    case(
        "Xiaomi Auto delivered 40 000 vehicles in November.",
        DEC01,
        None,
        [dlv(AUTO, 40000, **month(2025, 11))],
    ),
    case(
        "Xiaomi delivered just under 41,000 vehicles in November.",
        DEC01,
        None,
        [dlv(AUTO, 41000, ABOUT, **month(2025, 11))],
    ),
    case(
        "小米YU7标准版售价¥25.35万。",
        LAUNCH,
        "zh",
        [price(YU7, 253500)],
    ),
    case(
        "小米SU7 Pro版29.99万元起。",
        D(2025, 5, 20),
        "zh",
        [price(SU7, 299900)],
    ),
    case(
        "10月，小米YU7交付1.2万余辆。",
        NOV01,
        "zh",
        [dlv(YU7, 12000, MORE, **month(2025, 10))],
    ),
    case(
        "小米汽车11月交付逾4万台。",
        DEC01,
        "zh",
        [dlv(AUTO, 40000, MORE, **month(2025, 11))],
    ),
    case(
        "小米YU7车主中近七成为男性。",
        D(2025, 9, 10),
        "zh",
        [od("buyer_share", YU7, 70, ABOUT)],
    ),
    case(
        "小米汽车三季度收入达人民币二百九十亿元。",
        Q3RES,
        "zh",
        [rev(2.9e10, **quarter(2025, 3))],
    ),
    case(
        "小米汽车8月交付量超三万辆。",
        D(2025, 9, 1),
        "zh",
        [dlv(AUTO, 30000, MORE, **month(2025, 8))],
    ),
    case(
        "小米汽车10月交付4万多辆。",
        NOV01,
        "zh",
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
]


@run(NUMBER_FORMS)
def test_number_forms(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- ranges -------------------------------------------------------------------------------------

RANGES = [
    case(
        "Xiaomi expects to deliver 20,000 to 25,000 YU7s a month once the second phase is running.",
        D(2025, 7, 15),
        None,
        [fcst(YU7, 20000, LEAST, value_max=25000, **RATE)],
    ),
    case(
        "Xiaomi's September deliveries landed in the 35,000-40,000 range, the company indicated.",
        OCT01,
        None,
        [dlv(AUTO, 35000, LEAST, value_max=40000, **month(2025, 9))],
    ),
    case(
        "Analysts see Xiaomi's 2026 deliveries at 500k-550k units.",
        DEC01,
        None,
        [fcst(AUTO, 500000, LEAST, value_max=550000, **year(2026))],
    ),
    case(
        "Xiaomi SU7 prices run from 215,900 yuan for the base car to 299,900 yuan for the Max.",
        D(2025, 5, 20),
        None,
        [price(SU7, 215900, value_max=299900)],
    ),
    case(
        "Xiaomi expects 40,000 to 45,000 deliveries in December.",
        DEC01,
        None,
        [fcst(AUTO, 40000, LEAST, value_max=45000, **span(2025, 12))],
    ),
    case(
        "业内预计小米汽车12月交付量在4.5万-5万辆之间。",
        DEC01,
        "zh",
        [fcst(AUTO, 45000, LEAST, value_max=50000, **span(2025, 12))],
    ),
    case(
        "小米计划明年交付55万-60万辆汽车。",
        DEC01,
        "zh",
        [goal(550000, LEAST, value_max=600000, **year(2026))],
    ),
    case(
        "小米YU7全系售价25.35万-32.99万元。",
        LAUNCH,
        "zh",
        [price(YU7, 253500, value_max=329900)],
    ),
    case(
        "小米汽车三期工厂年产能预计为15万至20万辆。",
        D(2025, 10, 20),
        "zh",
        [cap(150000, qualifier=LEAST, value_max=200000)],
    ),
]


@run(RANGES)
def test_ranges(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- headline shorthand -----------------------------------------------------------------------

HEADLINES = [
    case(
        "Xiaomi EV deliveries top 40K in Oct",
        NOV01,
        None,
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    case(
        "Xiaomi YU7 racks up 240K locked orders in 18 hrs",
        LAUNCH,
        None,
        [od("locked_orders", YU7, 240000, **WINDOW)],
    ),
    case(
        "Xiaomi Q3: EV revenue RMB29B, deliveries 108.8K",
        Q3RES,
        None,
        [rev(2.9e10, **quarter(2025, 3)), dlv(AUTO, 108800, **quarter(2025, 3))],
    ),
    case(
        "Xiaomi hits 2025 delivery target of 350K a month early",
        D(2025, 11, 25),
        None,
        [goal(350000, **year(2025))],
    ),
    case(
        "Xiaomi Nov deliveries: 40K+, 3rd straight month",
        DEC01,
        None,
        [dlv(AUTO, 40000, MORE, **month(2025, 11))],
    ),
    case(
        "Xiaomi SU7 crosses 300K deliveries",
        D(2025, 11, 5),
        None,
        [dlv(SU7, 300000, MORE, **CUM)],
        xf='should give SU7 deliveries 300000 more_than cumulative; gives SU7 deliveries 300000 cumulative (exact: test_metrics_review9 reads "crossed 300,000" as exact, so "crosses" is left out of more_than)',
    ),
    case(
        "Xiaomi eyes 550K cars in 2026",
        DEC01,
        None,
        [goal(550000, **year(2026))],
    ),
    case(
        "Xiaomi YU7 deliveries pass 100K mark",
        D(2025, 11, 10),
        None,
        [dlv(YU7, 100000, MORE, **CUM)],
    ),
    case(
        "小米汽车10月交付破4万",
        NOV01,
        "zh",
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    case(
        "小米YU7上市18小时锁单破24万",
        LAUNCH,
        "zh",
        [od("locked_orders", YU7, 240000, MORE, **WINDOW)],
    ),
    case(
        "快讯｜小米汽车11月交付量超4万辆 连续三月",
        DEC01,
        "zh",
        [dlv(AUTO, 40000, MORE, **month(2025, 11))],
    ),
]


@run(HEADLINES)
def test_headlines(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- periods ------------------------------------------------------------------------------------

PERIODS = [
    case(
        "Xiaomi's January-October deliveries totalled about 305,000 units.",
        D(2025, 11, 2),
        None,
        [dlv(AUTO, 305000, ABOUT, **first_months(2025, 10))],
    ),
    case(
        "Year-to-date, Xiaomi has handed over more than 340,000 cars.",
        DEC01,
        None,
        [dlv(AUTO, 340000, MORE, **ytd(2025))],
    ),
    case(
        "Since deliveries began in April 2024, Xiaomi has delivered more than 500,000 cars.",
        D(2025, 11, 20),
        None,
        [dlv(AUTO, 500000, MORE, **CUM)],
    ),
    case(
        "As of end-September, cumulative SU7 deliveries stood at 280,000 units.",
        D(2025, 10, 5),
        None,
        [dlv(SU7, 280000, **total_to(D(2025, 9, 30)))],
    ),
    case(
        "Xiaomi delivered 157,000 cars in H1 2025.",
        D(2025, 7, 10),
        None,
        [dlv(AUTO, 157000, **half(2025, 1))],
    ),
    case(
        "Xiaomi's 9M 2025 deliveries reached 266,000 units.",
        Q3RES,
        None,
        [dlv(AUTO, 266000, **first_months(2025, 9))],
    ),
    case(
        "For FY2025, Xiaomi targets 350,000 EV deliveries.",
        D(2025, 3, 19),
        None,
        [goal(350000, **year(2025))],
    ),
    case(
        "Xiaomi delivered 135,000 cars in FY2024, beating its goal.",
        D(2025, 1, 2),
        None,
        [dlv(AUTO, 135000, **year(2024))],
    ),
    case(
        "In the three months to September, Xiaomi delivered 108,796 vehicles.",
        Q3RES,
        None,
        [dlv(AUTO, 108796, **quarter(2025, 3))],
    ),
    case(
        "Xiaomi delivered more than 40,000 cars last month, it said on Monday.",
        DEC01,
        None,
        [dlv(AUTO, 40000, MORE, **month(2025, 11))],
    ),
    case(
        "Xiaomi delivered about 145,000 cars in the October-December quarter.",
        JAN26,
        None,
        [dlv(AUTO, 145000, ABOUT, **quarter(2025, 4))],
    ),
    case(
        "Xiaomi delivered more than 410,000 cars in calendar 2025.",
        JAN26,
        None,
        [dlv(AUTO, 410000, MORE, **year(2025))],
    ),
    case(
        "In the second half, Xiaomi expects to deliver about 200,000 cars.",
        D(2025, 7, 10),
        None,
        [fcst(AUTO, 200000, ABOUT, **half(2025, 2))],
    ),
    case(
        "截至9月底，小米汽车累计交付已超过40万辆。",
        OCT01,
        "zh",
        [dlv(AUTO, 400000, MORE, **total_to(D(2025, 9, 30)))],
    ),
    case(
        "小米汽车前三季度交付约26.6万辆。",
        Q3RES,
        "zh",
        [dlv(AUTO, 266000, ABOUT, **first_months(2025, 9))],
    ),
    case(
        "1-10月，小米汽车累计交付超30万辆。",
        NOV01,
        "zh",
        [dlv(AUTO, 300000, MORE, **first_months(2025, 10))],
    ),
    case(
        "上半年，小米汽车交付15.7万辆。",
        D(2025, 7, 2),
        "zh",
        [dlv(AUTO, 157000, **half(2025, 1))],
    ),
    case(
        "2025年全年，小米汽车交付量预计将超过40万辆。",
        DEC01,
        "zh",
        [fcst(AUTO, 400000, MORE, **year(2025))],
    ),
    case(
        "今年以来，小米汽车已交付超35万辆。",
        DEC01,
        "zh",
        [dlv(AUTO, 350000, MORE, **ytd(2025))],
    ),
    case(
        "小米SU7自去年3月上市以来累计交付超30万台。",
        NOV01,
        "zh",
        [dlv(SU7, 300000, MORE, **CUM)],
    ),
    case(
        "7-9月，小米汽车单季交付量首次突破10万辆。",
        Q3RES,
        "zh",
        [dlv(AUTO, 100000, MORE, **quarter(2025, 3))],
    ),
    case(
        "上月小米汽车交付量超过4万辆。",
        DEC01,
        "zh",
        [dlv(AUTO, 40000, MORE, **month(2025, 11))],
    ),
    case(
        "Between January and September Xiaomi delivered some 266,000 cars.",
        Q3RES,
        None,
        [dlv(AUTO, 266000, ABOUT, **first_months(2025, 9))],
    ),
    case(
        "小米汽车今年前10个月交付量超过30万台。",
        NOV01,
        "zh",
        [dlv(AUTO, 300000, MORE, **first_months(2025, 10))],
    ),
    case(
        "据乘联会数据，小米汽车10月零售量4.1万辆。",
        D(2025, 11, 10),
        "zh",
        [dlv(AUTO, 41000, **month(2025, 10))],
    ),
]


@run(PERIODS)
def test_periods(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- status: targets, forecasts, actuals ------------------------------------------------------

STATUS = [
    case(
        "Xiaomi aims to deliver 350,000 cars this year.",
        D(2025, 3, 19),
        None,
        [goal(350000, **year(2025))],
    ),
    case(
        "Xiaomi is on track to deliver more than 400,000 vehicles in 2025, Lei Jun said.",
        DEC01,
        None,
        [fcst(AUTO, 400000, MORE, **year(2025))],
    ),
    case(
        "Analysts at Citi estimate Xiaomi will deliver 140,000 cars in the fourth quarter.",
        D(2025, 11, 20),
        None,
        [fcst(AUTO, 140000, **quarter(2025, 4))],
    ),
    case(
        "Xiaomi's guidance calls for at least 120,000 fourth-quarter deliveries.",
        Q3RES,
        None,
        [goal(120000, LEAST, **quarter(2025, 4))],
    ),
    case(
        "Xiaomi expects to hand over 40,000 cars in December.",
        DEC01,
        None,
        [fcst(AUTO, 40000, **span(2025, 12))],
    ),
    case(
        "Xiaomi has set a goal of 550,000 deliveries for 2026, up from the 350,000 it targeted "
        "for 2025.",
        DEC01,
        None,
        [goal(550000, **year(2026)), goal(350000, **year(2025))],
    ),
    case(
        "Morgan Stanley forecasts Xiaomi EV revenue of RMB 100 billion next year.",
        DEC01,
        None,
        [money("revenue", 1e11, status="forecast", **year(2026))],
    ),
    case(
        "Xiaomi could deliver as many as 50,000 cars in December, Deutsche Bank wrote.",
        DEC01,
        None,
        [fcst(AUTO, 50000, UPTO, **span(2025, 12))],
    ),
    case(
        "Xiaomi reaffirmed its target of 350,000 deliveries for the year.",
        D(2025, 9, 1),
        None,
        [goal(350000, **year(2025))],
    ),
    case(
        "Xiaomi eyes 40,000 monthly deliveries by year-end.",
        D(2025, 8, 1),
        None,
        [goal(40000, **RATE)],
    ),
    case(
        "Xiaomi's EV deliveries will likely reach 400,000 this year, Bernstein estimates.",
        D(2025, 11, 20),
        None,
        [fcst(AUTO, 400000, **year(2025))],
    ),
    case(
        "小米汽车今年有望交付40万辆。",
        D(2025, 11, 20),
        "zh",
        [fcst(AUTO, 400000, **year(2025))],
    ),
    case(
        "雷军表示，小米汽车力争明年交付55万辆。",
        DEC01,
        "zh",
        [goal(550000, **year(2026))],
    ),
    case(
        "小米汽车冲刺全年35万辆交付目标。",
        OCT01,
        "zh",
        [goal(350000, **year(2025))],
    ),
    case(
        "机构预计小米汽车四季度交付量约为14.5万辆。",
        Q3RES,
        "zh",
        [fcst(AUTO, 145000, ABOUT, **quarter(2025, 4))],
    ),
    case(
        "小米汽车2026年交付目标定为55万辆。",
        D(2026, 1, 5),
        "zh",
        [goal(550000, **year(2026))],
    ),
    case(
        "据测算，小米汽车11月交付量或将超过4.5万辆。",
        D(2025, 11, 20),
        "zh",
        [fcst(AUTO, 45000, MORE, **span(2025, 11))],
    ),
    case(
        "小米汽车预计第四季度交付量不少于14万辆。",
        Q3RES,
        "zh",
        [fcst(AUTO, 140000, LEAST, **quarter(2025, 4))],
    ),
    case(
        "Xiaomi's internal plan calls for 600,000 deliveries in 2026, sources say.",
        DEC01,
        None,
        [goal(600000, **year(2026))],
    ),
    case(
        "Xiaomi is expected to deliver around 410,000 cars in 2025, per consensus.",
        DEC01,
        None,
        [fcst(AUTO, 410000, ABOUT, **year(2025))],
    ),
    case(
        "小米汽车单月交付量有望在12月突破5万辆。",
        DEC01,
        "zh",
        [fcst(AUTO, 50000, MORE, **span(2025, 12))],
    ),
]


@run(STATUS)
def test_status(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- subjects by other names ------------------------------------------------------------------

SUBJECTS = [
    case(
        "Xiaomi's shares rose on Monday. The smartphone giant's EV arm said it delivered more "
        "than 40,000 cars in October.",
        NOV01,
        None,
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    case(
        "Lei Jun's carmaker delivered more than 40,000 vehicles in November.",
        DEC01,
        None,
        [dlv(AUTO, 40000, MORE, **month(2025, 11))],
    ),
    case(
        "Xiaomi launched the YU7 in June. The Beijing-based automaker delivered over 40,000 "
        "vehicles in September.",
        OCT01,
        None,
        [dlv(AUTO, 40000, MORE, **month(2025, 9))],
    ),
    case(
        "The SU7 maker sold more than 40,000 cars in October.",
        NOV01,
        None,
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    case(
        "Xiaomi Corp reported total revenue of RMB113.1 billion for the third quarter.",
        Q3RES,
        None,
        [ev(GROUP, metric="revenue", value=1.131e11, **quarter(2025, 3))],
    ),
    case(
        "Xiaomi Auto Technology Co., Ltd. delivered 40,000+ units in November.",
        DEC01,
        None,
        [dlv(AUTO, 40000, MORE, **month(2025, 11))],
    ),
    case(
        "Xiaomi's second car drew 240,000 locked orders within 18 hours.",
        LAUNCH,
        None,
        [od("locked_orders", YU7, 240000, **WINDOW)],
    ),
    case(
        "Xiaomi EV, as the car unit is known, delivered 40,000-plus vehicles in September.",
        OCT01,
        None,
        [dlv(AUTO, 40000, MORE, **month(2025, 9))],
    ),
    case(
        "Xiaomi said on Saturday that the company, better known for its phones, delivered more "
        "than 40,000 cars in October.",
        NOV01,
        None,
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    case(
        "小米集团旗下小米汽车11月交付量超4万辆。",
        DEC01,
        "zh",
        [dlv(AUTO, 40000, MORE, **month(2025, 11))],
    ),
    case(
        "小米集团第三季度总收入1131亿元。",
        Q3RES,
        "zh",
        [ev(GROUP, metric="revenue", value=1.131e11, **quarter(2025, 3))],
    ),
    case(
        "小米YU7上市后表现强劲。该车型9月交付量超过2万辆。",
        OCT01,
        "zh",
        [dlv(YU7, 20000, MORE, **month(2025, 9))],
    ),
    case(
        "小米旗下首款SUV上市一小时锁单28.9万辆。",
        LAUNCH,
        "zh",
        [od("locked_orders", YU7, 289000, **WINDOW)],
    ),
    case(
        "雷军的汽车公司11月交付超过4万辆。",
        DEC01,
        "zh",
        [dlv(AUTO, 40000, MORE, **month(2025, 11))],
    ),
    case(
        "小米首款车型SU7累计交付已超30万辆。",
        NOV01,
        "zh",
        [dlv(SU7, 300000, MORE, **CUM)],
    ),
    case(
        "小米汽车公布了10月成绩单。该品牌当月交付量再超4万辆。",
        NOV01,
        "zh",
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    case(
        "Xiaomi's YU7 crossover logged more than 20,000 deliveries in September.",
        OCT01,
        None,
        [dlv(YU7, 20000, MORE, **month(2025, 9))],
    ),
]


@run(SUBJECTS)
def test_subjects(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- comparisons and their bases ----------------------------------------------------------------

BASES = [
    case(
        "Xiaomi delivered 40,000 cars in October, up 21% from 33,000 a month earlier.",
        NOV01,
        None,
        [dlv(AUTO, 40000, **month(2025, 10)), dlv(AUTO, 33000, **month(2025, 9))],
    ),
    case(
        "Xiaomi's Q3 deliveries of 108,796 were up 34% on the previous quarter.",
        Q3RES,
        None,
        [dlv(AUTO, 108796, **quarter(2025, 3))],
    ),
    case(
        "Xiaomi's deliveries more than doubled year on year to 40,000 in November.",
        DEC01,
        None,
        [dlv(AUTO, 40000, **month(2025, 11))],
    ),
    case(
        "Xiaomi delivered 40,000 cars in October, compared with 20,000 a year earlier.",
        NOV01,
        None,
        [dlv(AUTO, 40000, **month(2025, 10)), dlv(AUTO, 20000, **month(2024, 10))],
    ),
    case(
        "Xiaomi's deliveries rose 8% month on month in November.",
        DEC01,
        None,
        [],
    ),
    case(
        "Car revenue rose 199% year on year to RMB28.3 billion in the third quarter, Xiaomi said.",
        Q3RES,
        None,
        [rev(2.83e10, **quarter(2025, 3))],
    ),
    case(
        "小米汽车10月交付4万辆，环比增长21%。",
        NOV01,
        "zh",
        [dlv(AUTO, 40000, **month(2025, 10))],
    ),
    case(
        "小米汽车三季度交付量同比翻番。",
        Q3RES,
        "zh",
        [],
    ),
    case(
        "小米汽车10月交付4万辆，上月为3.3万辆。",
        NOV01,
        "zh",
        [dlv(AUTO, 40000, **month(2025, 10)), dlv(AUTO, 33000, **month(2025, 9))],
    ),
    case(
        "小米汽车三季度交付10.88万辆，去年同期为3.98万辆。",
        Q3RES,
        "zh",
        [dlv(AUTO, 108800, **quarter(2025, 3)), dlv(AUTO, 39800, **quarter(2024, 3))],
    ),
    case(
        "小米汽车营收同比增长1.99倍。",
        Q3RES,
        "zh",
        [],
    ),
]


@run(BASES)
def test_bases(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- paces and rates ----------------------------------------------------------------------------

PACES = [
    case(
        "Xiaomi is now delivering roughly 10,000 cars per week.",
        D(2025, 11, 20),
        None,
        [dlv(AUTO, 10000, ABOUT, **RATE)],
    ),
    case(
        "Xiaomi averaged about 1,300 deliveries daily in October.",
        NOV01,
        None,
        [dlv(AUTO, 1300, ABOUT, **RATE)],
    ),
    case(
        "Xiaomi's factory will be able to build 300,000 cars a year after its second phase.",
        D(2025, 6, 1),
        None,
        [cap(300000)],
    ),
    case(
        "Xiaomi plans to lift monthly output to 50,000 units next year.",
        DEC01,
        None,
        [ev(AUTO, metric="production", value=50000, status="target", **RATE)],
    ),
    case(
        "Xiaomi's Beijing plant runs two shifts and makes about 1,500 cars a day.",
        D(2025, 10, 20),
        None,
        [ev(AUTO, metric="production", value=1500, qualifier=ABOUT, **RATE)],
    ),
    case(
        "小米汽车每周交付约1万辆。",
        D(2025, 11, 20),
        "zh",
        [dlv(AUTO, 10000, ABOUT, **RATE)],
    ),
    case(
        "小米汽车11月日均交付超1300辆。",
        DEC01,
        "zh",
        [dlv(AUTO, 1300, MORE, **RATE)],
    ),
    case(
        "小米汽车工厂二期年产能15万辆。",
        D(2025, 7, 1),
        "zh",
        [cap(150000)],
    ),
    case(
        "小米YU7每周上险量稳定在6000辆左右。",
        D(2025, 11, 20),
        "zh",
        [dlv(YU7, 6000, ABOUT, **RATE)],
    ),
    case(
        "小米汽车工厂目前月产能约4万辆。",
        D(2025, 10, 20),
        "zh",
        [cap(40000, qualifier=ABOUT)],
    ),
    case(
        "Xiaomi delivered 40,000-plus EVs in October, or about 1.3k a day.",
        NOV01,
        None,
        [dlv(AUTO, 40000, MORE, **month(2025, 10)), dlv(AUTO, 1300, ABOUT, **RATE)],
    ),
]


@run(PACES)
def test_paces(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- negatives: must give nothing -----------------------------------------------------------

NEGATIVES = [
    case(
        "XPeng delivered 42,013 vehicles in October, a record for the Guangzhou-based company.",
        NOV01,
        None,
        [],
    ),
    case("Xiaomi shipped 43.3 million smartphones in the third quarter.", Q3RES, None, []),
    case(
        "Xiaomi shares closed at HK$45.20, giving the company a market value of HK$1.2 trillion.",
        DEC01,
        None,
        [],
    ),
    case(
        "The SU7 Ultra's three motors produce 1,548 hp, and it does 0-100 km/h in 1.98 seconds.",
        D(2025, 3, 1),
        None,
        [],
    ),
    case(
        "The YU7 has a CLTC range of up to 835 km and a 101.7 kWh battery.",
        LAUNCH,
        None,
        [],
    ),
    case("Xiaomi's deliveries rose 15% in November.", DEC01, None, []),
    case(
        "If Xiaomi could build more cars, it would sell 60,000 a month, analysts reckon.",
        D(2025, 10, 20),
        None,
        [],
    ),
    case(
        "Xiaomi denied a report that it would deliver 500,000 cars next year.",
        DEC01,
        None,
        [],
    ),
    case(
        "Contrary to rumours, Xiaomi did not deliver 50,000 cars in November.",
        DEC01,
        None,
        [],
    ),
    case(
        "Tesla's Model Y, the YU7's main rival, sold 40,000 units in China in October.",
        NOV01,
        None,
        [],
    ),
    case(
        "Xiaomi's share of China's EV market reached 3.1% in October.",
        NOV01,
        None,
        [],
    ),
    case("Xiaomi sold 18 million wearables in the quarter.", Q3RES, None, []),
    case(
        "Leapmotor aims to sell 1 million cars next year, roughly twice Xiaomi's goal.",
        DEC01,
        None,
        [],
    ),
    case(
        "Waiting times for the Xiaomi YU7 stretch from 40 to 58 weeks.",
        D(2025, 8, 1),
        None,
        [],
    ),
    case(
        "The SU7 charges from 10% to 80% in 15 minutes and weighs 1,980 kg.",
        D(2025, 5, 20),
        None,
        [],
    ),
    case(
        "Goldman Sachs raised its price target on Xiaomi shares to HK$65.",
        DEC01,
        None,
        [],
    ),
    case(
        "Had it not been for the factory fire, Xiaomi would have delivered 45,000 cars in October.",
        NOV01,
        None,
        [],
    ),
    case(
        "Xiaomi's October deliveries were less than half of Leapmotor's 70,289.",
        NOV01,
        None,
        [],
    ),
    case("零跑汽车10月交付70289辆，同比增长84%。", NOV01, "zh", []),
    case("小米手机三季度出货量4330万台。", Q3RES, "zh", []),
    case("小米集团股价收报45.2港元，跌3%。", DEC01, "zh", []),
    case("小米YU7最大马力690匹，CLTC续航835公里。", LAUNCH, "zh", []),
    case("小米汽车11月交付量同比增长超过100%。", DEC01, "zh", []),
    case(
        "假如二期工厂提前投产，小米汽车月交付或能达到6万辆。",
        D(2025, 6, 1),
        "zh",
        [],
    ),
    case("小米否认明年交付目标为80万辆的传闻。", DEC01, "zh", []),
    case("小米SU7 Ultra电池容量93.7千瓦时，零百加速1.98秒。", D(2025, 3, 1), "zh", []),
    case("特斯拉Model Y 10月在华销量约4万辆，与小米YU7相当。", NOV01, "zh", []),
    case("小米汽车在新能源市场的份额升至3.1%。", NOV01, "zh", []),
    case(
        "NIO expects to deliver 120,000 to 125,000 vehicles in the fourth quarter, more than "
        "Xiaomi's guidance.",
        Q3RES,
        None,
        [],
    ),
]


@run(NEGATIVES)
def test_negatives(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)
