"""Adversarial probes of the extractor, tenth set, written without sight of the devset: short
passages (one to four sentences) of Xiaomi car coverage in English and Chinese (Simplified, and
some Hong Kong / Taiwan style Traditional), on phrasings the older sets touch thinly: newswire
briefs that cite "people familiar with the matter" and 知情人士; data-blog posts (retail
rankings among models, weekly registrations, startups' scorecards) that list several makers;
markdown tables flattened by a cleaner ("| Month | Deliveries |" rows, tab-separated rows);
"first month on sale", "within 30 days of its launch", 上市首月 (a window from launch);
"by the end of the year" and 年底前 targets and forecasts; firm orders, refundable deposits,
test-drive appointments, wish lists and non-refundable orders; revised targets and forecasts
("from X to Y", "to Y from X", 由…上调至…); cumulative milestones (the 100,000th car off the
line, 第10万台下线, 累计交付突破); plant phases and monthly capacity; staff and stores;
charging stations (no event); results in RMB, HK$ and 亿 with operating losses, gross margins
and average prices; quarter-on-quarter figures; numbers in words (English and Chinese); ranges
("between 20,000 and 25,000", 3.5万至4万辆, 50万-60万辆); approximations ("upwards of",
"north of", "just shy of", "no fewer than", 逾, 近, 不足); negations and hypotheticals; rivals
next to Xiaomi; phones and market totals; share prices.

Every passage is written for this file (our own words; figures close to those reported, some
made up to be plausible), and its expectation was written before the extractor was run on it.
Conventions as in ../shared/DESIGN.md and test_metrics_review8.py / _review9.py: a finished
month of an actual runs from its first to its last day, as_of its last day; a quarter or a half
year runs from its first to its last day; a running total to a stated day is cumulative with
that day as as_of; a total since launch with no day is cumulative; a window from a launch
("first month on sale", 上市首月, "in 18 hours") is `window`; a capacity or a pace is a rate; a
price has no period unless it is an average over one; an operating loss is net_loss, an
operating profit, a gross margin and a store count are `other` with their label; a revised
target or forecast gives both figures in the order written; a range is one event (lower end,
value_max the upper end, at_least); "nearly", "just shy of" are about, "upwards of", "north
of", "-odd", 逾 are more_than, 不足 is up_to; "firm orders" (大定, the big order with a
deposit) and refundable deposits are `orders`, "non-refundable orders" and 锁单 are
locked_orders, test-drive appointments, 预约 and wish lists are reservations; weekly insurance
registrations and retail sales are deliveries; another maker's figure, the market's, a phone
figure, a share price or a price target, a market share, a waiting time, a conversion rate, a
charging-station count and a change told by its size are no event. A target's as_of is not
asserted, and a target "by the end of the year" is not given a period here (a year's total or a
running total: the text does not say). A plain case guards what holds; an `xfail(strict=True)`
case is a known miss whose reason says what it should give and what the extractor gives.
Expectations are never weakened to match.
"""

import datetime as dt
from typing import Any

from test_metrics_review import check, ev
from test_metrics_review8 import (
    ABOUT,
    AUTO,
    CUM,
    LEAST,
    MORE,
    RATE,
    SU7,
    ULTRA,
    WINDOW,
    YU7,
    _last_day,
    cap,
    case,
    dlv,
    fcst,
    first_months,
    goal,
    money,
    month,
    other,
    price,
    quarter,
    run,
    total_to,
    year,
)

D = dt.date
UPTO = "up_to"


def half(y: int, h: int) -> dict[str, Any]:
    end = _last_day(y, 6 * h)
    return {"period_kind": "half_year", "period_start": D(y, 6 * h - 5, 1), "period_end": end}


def week(start: dt.date, end: dt.date) -> dict[str, Any]:
    return {"period_kind": "week", "period_start": start, "period_end": end}


def span(y: int, m: int) -> dict[str, Any]:
    """A month of a target or forecast: its days, no as_of."""
    return {"period_kind": "month", "period_start": D(y, m, 1), "period_end": _last_day(y, m)}


def orders(metric: str, subject: str, value: float, q: str = "exact", **f: Any) -> dict[str, Any]:
    return ev(subject, metric=metric, value=value, qualifier=q, **f)


DEC01 = D(2025, 12, 1)  # November's delivery figures
NOV01 = D(2025, 11, 1)  # October's
OCT01 = D(2025, 10, 1)  # September's
Q3RES = D(2025, 11, 18)  # third-quarter results of 2025
Q2RES = D(2025, 8, 19)  # second-quarter results of 2025
LAUNCH = D(2025, 6, 27)  # the day after the YU7's launch
TARGET = D(2025, 3, 19)  # the day the 2025 target was raised


def test_helpers_match_the_older_sets() -> None:
    assert month(2025, 2)["period_end"] == D(2025, 2, 28)
    assert span(2025, 12) == {k: v for k, v in month(2025, 12).items() if k != "as_of"}


# --- newswire briefs: "people familiar with the matter", 知情人士 ---------------------------

WIRE = [
    case(
        "Xiaomi has told suppliers it aims to build about 400,000 cars next year, according to "
        "people familiar with the plans.",
        D(2024, 12, 10),
        None,
        [
            ev(AUTO, metric="production", value=400000, qualifier=ABOUT, status="target")
            | year(2025)
        ],
    ),
    case(
        "Xiaomi produced roughly 45,000 cars in November, a record for its Beijing plant, a "
        "person familiar with the matter said.",
        DEC01,
        None,
        [ev(AUTO, metric="production", value=45000, qualifier=ABOUT) | month(2025, 11)],
    ),
    case(
        "Locked orders for the YU7 had topped 240,000 by Friday, sources said.",
        D(2025, 6, 28),
        None,
        [orders("locked_orders", YU7, 240000, MORE)],
    ),
    case(
        "BYD plans to sell 5.5 million vehicles next year, up from about 4.6 million in 2025, "
        "people familiar with the matter said.",
        DEC01,
        None,
        [],
    ),
    case(
        "Xiaomi plans to deliver 550,000 vehicles in 2026, two people with knowledge of the "
        "matter told Reuters. The company declined to comment.",
        DEC01,
        None,
        [goal(550000, **year(2026))],
    ),
    case(
        "Xiaomi's EV unit is on course for a full-year operating loss of less than 1 billion "
        "yuan, said one source, who asked not to be named.",
        D(2025, 10, 15),
        None,
        [money("net_loss", 1e9, UPTO, status="forecast", **year(2025))],
    ),
    case(
        "据知情人士透露，小米汽车2026年的交付目标定为55万辆。",
        DEC01,
        "zh",
        [goal(550000, **year(2026))],
    ),
    case(
        "消息人士称，小米汽车11月交付量将超过4万辆。",
        D(2025, 11, 25),
        "zh",
        [fcst(AUTO, 40000, MORE, **span(2025, 11))],
    ),
    case(
        "据接近小米的人士透露，小米YU7的锁单量已超过24万台。",
        D(2025, 6, 28),
        "zh",
        [orders("locked_orders", YU7, 240000, MORE)],
    ),
    case(
        "知情人士称，比亚迪明年的销量目标约为550万辆。",
        DEC01,
        "zh",
        [],
    ),
    case(
        "據知情人士透露，小米汽車11月產量約4.5萬輛，創工廠新高。",
        DEC01,
        "zh",
        [ev(AUTO, metric="production", value=45000, qualifier=ABOUT) | month(2025, 11)],
    ),
]


@run(WIRE)
def test_wire(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- data-blog posts: rankings among models, weekly registrations, scorecards ----------------

DATABLOG = [
    case(
        "Top EV sedans in China, October retail: Tesla Model 3 14,200; Xiaomi SU7 12,800; BYD "
        "Qin L 11,900.",
        D(2025, 11, 12),
        None,
        [dlv(SU7, 12800, **month(2025, 10))],
    ),
    case(
        "This week's registrations (Nov 24-30): Xiaomi 10,200, Li Auto 8,100, NIO 7,400, "
        "XPeng 8,900, Tesla 12,500.",
        D(2025, 12, 2),
        None,
        [dlv(AUTO, 10200, **week(D(2025, 11, 24), D(2025, 11, 30)))],
    ),
    case(
        "The YU7 was China's third best-selling SUV in October with 18,600 units, behind the "
        "Tesla Model Y (36,000) and the BYD Song (29,000).",
        D(2025, 11, 12),
        None,
        [dlv(YU7, 18600, **month(2025, 10))],
    ),
    case(
        "November scorecard for China's EV startups: Leapmotor 70.3k; Xiaomi >40k; XPeng "
        "36.7k; NIO 36.3k.",
        DEC01,
        None,
        [dlv(AUTO, 40000, MORE, **month(2025, 11))],
    ),
    case(
        "The SU7 outsold the Tesla Model 3 for a fifth straight month in September, 13,100 "
        "units to 9,400, according to retail data.",
        D(2025, 10, 14),
        None,
        [dlv(SU7, 13100, **month(2025, 9))],
    ),
    case(
        "In the first half of the year the Xiaomi SU7 ranked fourth among all-electric cars with "
        "114,000 retail sales; the Model Y led with 172,000.",
        D(2025, 7, 15),
        None,
        [dlv(SU7, 114000, **half(2025, 1))],
    ),
    case(
        "Xiaomi's share of China's premium electric sedan segment climbed to 31% in the third "
        "quarter.",
        Q3RES,
        None,
        [],
    ),
    case(
        "10月纯电轿车零售榜：特斯拉Model 3 1.42万辆，小米SU7 1.28万辆，比亚迪秦L 1.19万辆。",
        D(2025, 11, 12),
        "zh",
        [dlv(SU7, 12800, **month(2025, 10))],
    ),
    case(
        "11月第4周（11.24-11.30）新势力周销量：小米1.02万，理想0.81万，蔚来0.74万。",
        D(2025, 12, 2),
        "zh",
        [dlv(AUTO, 10200, **week(D(2025, 11, 24), D(2025, 11, 30)))],
    ),
    case(
        "10月SUV销量榜中，小米YU7以1.86万辆排名第三，仅次于特斯拉Model Y和比亚迪宋。",
        D(2025, 11, 12),
        "zh",
        [dlv(YU7, 18600, **month(2025, 10))],
    ),
    case(
        "小米汽车10月在新势力中的市场份额升至12.5%。",
        D(2025, 11, 12),
        "zh",
        [],
    ),
    case(
        "十月新勢力交付排行：零跑70289輛居首，小米逾4萬輛，小鵬42013輛。",
        NOV01,
        "zh",
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
]


@run(DATABLOG)
def test_datablog(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- markdown and tab-separated tables flattened by a cleaner --------------------------------

TABLES = [
    case(
        "Xiaomi's monthly deliveries\n| Month | Deliveries |\n| --- | --- |\n"
        "| August 2025 | 30,000+ |\n| September 2025 | 40,000+ |\n| October 2025 | 40,000+ |",
        NOV01,
        None,
        [
            dlv(AUTO, 30000, MORE, **month(2025, 8)),
            dlv(AUTO, 40000, MORE, **month(2025, 9)),
            dlv(AUTO, 40000, MORE, **month(2025, 10)),
        ],
    ),
    case(
        "| Maker | October deliveries |\n|---|---|\n| Leapmotor | 70,289 |\n| XPeng | 42,013 |\n"
        "| Xiaomi | 40,000+ |\n| NIO | 40,397 |",
        NOV01,
        None,
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    case(
        "Xiaomi EV results\n| Quarter | EV revenue (RMB bn) | Gross margin |\n"
        "| Q1 2025 | 18.1 | 23.2% |\n| Q2 2025 | 20.6 | 26.4% |",
        Q2RES,
        None,
        [
            money("revenue", 1.81e10, status="actual", **quarter(2025, 1)),
            other("gross margin", 23.2, **quarter(2025, 1)),
            money("revenue", 2.06e10, status="actual", **quarter(2025, 2)),
            other("gross margin", 26.4, **quarter(2025, 2)),
        ],
    ),
    case(
        "| Model | Starting price |\n| --- | --- |\n| Xiaomi SU7 | 215,900 yuan |\n"
        "| Xiaomi YU7 | 253,500 yuan |",
        D(2025, 7, 1),
        None,
        [price(SU7, 215900), price(YU7, 253500)],
    ),
    case(
        "Xiaomi deliveries\nMonth\tDeliveries\nSeptember\t40,000+\nOctober\t40,000+",
        NOV01,
        None,
        [
            dlv(AUTO, 40000, MORE, **month(2025, 9)),
            dlv(AUTO, 40000, MORE, **month(2025, 10)),
        ],
    ),
    case(
        "小米汽车月度交付\n| 月份 | 交付量（辆） |\n| --- | --- |\n| 9月 | 超40000 |\n| 10月 | 超40000 |",
        NOV01,
        "zh",
        [
            dlv(AUTO, 40000, MORE, **month(2025, 9)),
            dlv(AUTO, 40000, MORE, **month(2025, 10)),
        ],
    ),
    case(
        "| 车企 | 11月交付量 |\n| --- | --- |\n| 零跑 | 70327 |\n| 小米汽车 | 超4万 |\n| 小鹏 | 36728 |",
        DEC01,
        "zh",
        [dlv(AUTO, 40000, MORE, **month(2025, 11))],
    ),
    case(
        "| Maker | November deliveries |\n| --- | --- |\n| Leapmotor | 70,327 |\n"
        "| XPeng | 36,728 |\n| NIO | 36,275 |",
        DEC01,
        None,
        [],
    ),
    case(
        "| Xiaomi phone | Price |\n| --- | --- |\n| Xiaomi 17 | 4,499 yuan |\n"
        "| Xiaomi 17 Pro | 4,999 yuan |",
        D(2025, 9, 27),
        None,
        [],
    ),
]


@run(TABLES)
def test_tables(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- a window from launch: first month on sale, 上市首月 --------------------------------------

FIRST_MONTH = [
    case(
        "In its first month on sale the YU7 delivered just over 10,000 units.",
        D(2025, 8, 1),
        None,
        [dlv(YU7, 10000, MORE, **WINDOW)],
    ),
    case(
        "Within 30 days of its launch, the SU7 had racked up more than 100,000 locked orders.",
        D(2024, 4, 30),
        None,
        [orders("locked_orders", SU7, 100000, MORE, **WINDOW)],
    ),
    case(
        "Xiaomi handed over 7,058 SU7s in the sedan's first month on the market.",
        D(2024, 5, 1),
        None,
        [dlv(SU7, 7058, **WINDOW)],
    ),
    case(
        "In the first 90 days after deliveries began, Xiaomi handed over more than 25,000 SU7s.",
        D(2024, 7, 2),
        None,
        [dlv(SU7, 25000, MORE, **WINDOW)],
    ),
    case(
        "小米YU7上市首月交付超过1万辆。",
        D(2025, 8, 1),
        "zh",
        [dlv(YU7, 10000, MORE, **WINDOW)],
    ),
    case(
        "SU7 Ultra开售首月锁单量突破1.5万台。",
        D(2025, 3, 28),
        "zh",
        [orders("locked_orders", ULTRA, 15000, MORE, **WINDOW)],
    ),
    case(
        "小米SU7上市后30天内交付了7058辆。",
        D(2024, 5, 1),
        "zh",
        [dlv(SU7, 7058, **WINDOW)],
    ),
    case(
        "问界M8上市首月交付超1.5万辆。",
        D(2025, 5, 20),
        "zh",
        [],
    ),
    case(
        "小米YU7上市首月交車逾一萬輛。",
        D(2025, 8, 1),
        "zh",
        [dlv(YU7, 10000, MORE, **WINDOW)],
    ),
]


@run(FIRST_MONTH)
def test_first_month(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- by the end of the year: targets and forecasts -------------------------------------------

YEAR_END = [
    case(
        "Xiaomi aims to deliver more than 350,000 cars by the end of the year, Lei Jun said.",
        D(2025, 7, 20),
        None,
        [goal(350000, MORE)],
    ),
    case(
        "Analysts expect Xiaomi to hand over around 420,000 vehicles by year-end.",
        DEC01,
        None,
        [fcst(AUTO, 420000, ABOUT)],
    ),
    case(
        "Xiaomi plans to lift its annual production capacity to 300,000 units by the end of 2025.",
        D(2025, 3, 19),
        None,
        [cap(300000, status="target")],
    ),
    case(
        "Xiaomi expects cumulative deliveries to pass 500,000 before year-end.",
        OCT01,
        None,
        [fcst(AUTO, 500000, MORE, **CUM)],
    ),
    case(
        "雷军表示，小米汽车年底前交付量将超过35万辆。",
        D(2025, 9, 1),
        "zh",
        [goal(350000, MORE)],
    ),
    case(
        "机构预计，小米汽车年底前月交付量有望突破5万辆。",
        D(2025, 10, 20),
        "zh",
        [fcst(AUTO, 50000, MORE, **RATE)],
    ),
    case(
        "小米计划年底前将门店数量扩充至400家。",
        D(2025, 9, 1),
        "zh",
        [other("stores", 400, status="target")],
        xf="'计划…扩充至400家' is a target (status target) of the car business's stores; got status target but subject Xiaomi Group (the subject is arguable: the sentence says only 小米)",
    ),
    case(
        "小米汽车年底前有望实现累计交付50万辆。",
        OCT01,
        "zh",
        [fcst(AUTO, 500000, **CUM)],
    ),
]


@run(YEAR_END)
def test_year_end(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- firm orders, deposits, appointments, wish lists, non-refundable orders ------------------

ORDERS = [
    case(
        "Firm orders for the SU7 Ultra passed 10,000 two hours after the launch event ended.",
        D(2025, 2, 28),
        None,
        [orders("orders", ULTRA, 10000, MORE, **WINDOW)],
    ),
    case(
        "Some 150,000 people have placed refundable deposits for the YU7 ahead of its launch.",
        D(2025, 6, 20),
        None,
        [orders("orders", YU7, 150000, ABOUT)],
    ),
    case(
        "The SU7 drew 120,000 test-drive appointments in its first week on sale.",
        D(2024, 4, 5),
        None,
        [orders("reservations", SU7, 120000, **WINDOW)],
    ),
    case(
        "Of the 289,000 YU7 deposits taken in the first hour, some 240,000 had been converted "
        "into locked orders by the next morning.",
        LAUNCH,
        None,
        [
            orders("orders", YU7, 289000, **WINDOW),
            orders("locked_orders", YU7, 240000, ABOUT),
        ],
    ),
    case(
        "More than 300,000 users added the YU7 to their wish lists before its price was announced.",
        D(2025, 6, 20),
        None,
        [orders("reservations", YU7, 300000, MORE)],
    ),
    case(
        "Xiaomi said non-refundable orders for the SU7 exceeded 75,000 as of April 24.",
        D(2024, 4, 25),
        None,
        [orders("locked_orders", SU7, 75000, MORE, **total_to(D(2024, 4, 24)))],
    ),
    case(
        "小米YU7开启预约首日，预约人数超过20万。",
        D(2025, 5, 23),
        "zh",
        [orders("reservations", YU7, 200000, MORE, **WINDOW)],
    ),
    case(
        "SU7 Ultra预订金5000元，开启预订10分钟小定破万。",
        D(2024, 10, 30),
        "zh",
        [orders("orders", ULTRA, 10000, MORE, **WINDOW)],
    ),
    case(
        "截至4月30日，小米SU7锁单已超过8.8万台。",
        D(2024, 5, 1),
        "zh",
        [orders("locked_orders", SU7, 88000, MORE, **total_to(D(2024, 4, 30)))],
    ),
    case(
        "小米YU7的大定转锁单比例超过八成。",
        D(2025, 7, 1),
        "zh",
        [],
    ),
    case(
        "小米YU7開售一小時大定達28.9萬台。",
        LAUNCH,
        "zh",
        [orders("orders", YU7, 289000, **WINDOW)],
    ),
]


@run(ORDERS)
def test_orders(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- revisions: from X to Y, to Y from X, 由…上调至… ------------------------------------------

REVISIONS = [
    case(
        "Xiaomi raised its 2025 delivery target from 300,000 to 350,000 vehicles.",
        TARGET,
        None,
        [goal(300000, **year(2025)), goal(350000, **year(2025))],
    ),
    case(
        "Xiaomi lifted its full-year delivery goal to 350,000 from 300,000.",
        TARGET,
        None,
        [goal(350000, **year(2025)), goal(300000, **year(2025))],
    ),
    case(
        "Citi cut its forecast for Xiaomi's 2026 deliveries to 480,000 from 520,000.",
        DEC01,
        None,
        [fcst(AUTO, 480000, **year(2026)), fcst(AUTO, 520000, **year(2026))],
    ),
    case(
        "Xiaomi revised its fourth-quarter delivery guidance up from at least 120,000 to more "
        "than 140,000 vehicles.",
        D(2025, 11, 19),
        None,
        [goal(120000, LEAST, **quarter(2025, 4)), goal(140000, MORE, **quarter(2025, 4))],
    ),
    case(
        "小米将2025年交付目标从30万辆上调至35万辆。",
        TARGET,
        "zh",
        [goal(300000, **year(2025)), goal(350000, **year(2025))],
    ),
    case(
        "小米汽车把今年的交付目标上调到35万辆，此前为30万辆。",
        D(2025, 3, 20),
        "zh",
        [goal(350000, **year(2025)), goal(300000, **year(2025))],
    ),
    case(
        "花旗将小米2026年汽车交付预测由52万辆下调至48万辆。",
        DEC01,
        "zh",
        [fcst(AUTO, 520000, **year(2026)), fcst(AUTO, 480000, **year(2026))],
    ),
    case(
        "小米將今年交付目標由30萬輛上調至35萬輛。",
        TARGET,
        "zh",
        [goal(300000, **year(2025)), goal(350000, **year(2025))],
    ),
]


@run(REVISIONS)
def test_revisions(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- cumulative milestones: the 100,000th car, 第10万台下线, 累计交付突破 -----------------------

MILESTONES = [
    case(
        "The 100,000th SU7 rolled off the line in Beijing on Nov. 18, 2024, 230 days after "
        "production began.",
        D(2024, 11, 18),
        None,
        [ev(SU7, metric="production", value=100000) | total_to(D(2024, 11, 18))],
    ),
    case(
        "Xiaomi's 500,000th car came off the assembly line on Wednesday.",
        D(2025, 11, 20),
        None,
        [ev(AUTO, metric="production", value=500000) | total_to(D(2025, 11, 19))],
    ),
    case(
        "Cumulative SU7 deliveries passed the 200,000 mark in early June.",
        D(2025, 6, 10),
        None,
        [ev(SU7, metric="deliveries", value=200000, status="actual", **CUM)],
    ),
    case(
        "Xiaomi has now delivered a total of 258,000 cars since the SU7 went on sale in March "
        "2024.",
        D(2025, 5, 5),
        None,
        [dlv(AUTO, 258000, **CUM)],
    ),
    case(
        "小米汽车第10万台量产车今日在北京亦庄下线。",
        D(2024, 11, 18),
        "zh",
        [ev(AUTO, metric="production", value=100000) | total_to(D(2024, 11, 18))],
    ),
    case(
        "截至11月底，小米YU7累计交付已突破10万辆。",
        DEC01,
        "zh",
        [dlv(YU7, 100000, MORE, **total_to(D(2025, 11, 30)))],
    ),
    case(
        "小米SU7累计交付量于6月中旬突破25万辆。",
        D(2025, 6, 20),
        "zh",
        [dlv(SU7, 250000, MORE, **CUM)],
    ),
    case(
        "小米汽車第50萬輛整車於11月19日下線。",
        D(2025, 11, 20),
        "zh",
        [ev(AUTO, metric="production", value=500000) | total_to(D(2025, 11, 19))],
    ),
]


@run(MILESTONES)
def test_milestones(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- plant phases and capacity ---------------------------------------------------------------

PLANT = [
    case(
        "The second phase of the Yizhuang plant lifts Xiaomi's annual capacity to 300,000 "
        "vehicles.",
        D(2025, 7, 1),
        None,
        [cap(300000)],
    ),
    case(
        "Xiaomi's Beijing factory is now running at about 40,000 units a month.",
        D(2025, 10, 20),
        None,
        [ev(AUTO, metric="production", value=40000, qualifier=ABOUT, **RATE)],
    ),
    case(
        "Xiaomi plans a third plant phase with a capacity of 150,000 units a year, to start "
        "production in 2027.",
        D(2025, 9, 3),
        None,
        [cap(150000, status="target")],
    ),
    case(
        "小米汽车北京工厂二期投产后，年产能提升至30万辆。",
        D(2025, 7, 1),
        "zh",
        [cap(300000)],
    ),
    case(
        "小米工厂目前月产能约4万辆。",
        D(2025, 10, 20),
        "zh",
        [cap(40000, qualifier=ABOUT)],
    ),
    case(
        "小米汽车三期工厂规划年产能15万辆，预计2027年投产。",
        D(2025, 9, 3),
        "zh",
        [cap(150000, status="target")],
    ),
    case(
        "特斯拉上海超级工厂年产能超过95万辆。",
        D(2025, 9, 3),
        "zh",
        [],
    ),
]


@run(PLANT)
def test_plant(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- staff, stores and charging stations -----------------------------------------------------

STAFF_STORES = [
    case(
        "Xiaomi's car sales network had grown to 335 stores in 66 cities by the end of October.",
        NOV01,
        None,
        [other("stores", 335)],
    ),
    case(
        "The EV unit now has more than 20,000 employees, about a third of them in R&D, Xiaomi "
        "said.",
        D(2025, 9, 10),
        None,
        [ev(AUTO, metric="headcount", value=20000, qualifier=MORE)],
    ),
    case(
        "截至10月31日，小米汽车销售门店已达335家，覆盖66个城市。",
        NOV01,
        "zh",
        [other("stores", 335)],
    ),
    case(
        "小米汽车智驾团队规模已超过1800人。",
        D(2025, 9, 10),
        "zh",
        [ev(AUTO, metric="headcount", value=1800, qualifier=MORE)],
    ),
    case(
        "小米汽车员工总数约2万人，其中研发人员占比超过一半。",
        D(2025, 9, 10),
        "zh",
        [ev(AUTO, metric="headcount", value=20000, qualifier=ABOUT)],
    ),
    case(
        "小米汽車目前在全國設有超過三百家門店。",
        D(2025, 9, 10),
        "zh",
        [other("stores", 300, qualifier=MORE)],
    ),
    case(
        "Xiaomi has built more than 1,000 supercharging stations across 120 cities.",
        D(2025, 10, 20),
        None,
        [],
    ),
    case(
        "Xiaomi plans to have 2,000 of its own charging stations by the end of 2026.",
        D(2025, 10, 20),
        None,
        [],
    ),
    case(
        "小米汽车自建超充站数量已突破800座。",
        D(2025, 10, 20),
        "zh",
        [],
    ),
    case(
        "小米计划明年新建3000根超充桩。",
        D(2025, 10, 20),
        "zh",
        [],
    ),
]


@run(STAFF_STORES)
def test_staff_stores(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- results in RMB, HK$ and 亿; operating loss, gross margin, quarter on quarter ------------

RESULTS = [
    case(
        "Revenue from Xiaomi's car sales came to RMB28.3bn in the July-September quarter.",
        Q3RES,
        None,
        [money("revenue", 2.83e10, status="actual", **quarter(2025, 3))],
    ),
    case(
        "Xiaomi's EV business brought in about HK$31 billion of revenue in the third quarter.",
        Q3RES,
        None,
        [ev(AUTO, metric="revenue", value=3.1e10, unit="HKD", qualifier=ABOUT) | quarter(2025, 3)],
    ),
    case(
        "Xiaomi's car unit trimmed its operating loss to RMB300m in the second quarter from "
        "RMB500m in the first.",
        Q2RES,
        None,
        [money("net_loss", 3e8, **quarter(2025, 2)), money("net_loss", 5e8, **quarter(2025, 1))],
    ),
    case(
        "Gross margin on Xiaomi's cars was 25.5% in the third quarter, above Tesla's 17%.",
        Q3RES,
        None,
        [other("gross margin", 25.5, **quarter(2025, 3))],
    ),
    case(
        "Quarter on quarter, Xiaomi's EV deliveries rose 34% to 108,796 units.",
        Q3RES,
        None,
        [dlv(AUTO, 108796)],
    ),
    case(
        "Xiaomi delivered 108,796 cars in the third quarter, up from 81,302 in the second.",
        Q3RES,
        None,
        [dlv(AUTO, 108796, **quarter(2025, 3)), dlv(AUTO, 81302, **quarter(2025, 2))],
    ),
    case(
        "Xiaomi's EV revenue rose by RMB7.7bn from the previous quarter.",
        Q3RES,
        None,
        [],
    ),
    case(
        "小米汽车第三季度收入283亿元人民币，约合310亿港元。",
        Q3RES,
        "zh",
        [money("revenue", 2.83e10, status="actual", **quarter(2025, 3))],
    ),
    case(
        "小米智能电动汽车业务第二季度经营亏损3亿元，较一季度的5亿元收窄。",
        Q2RES,
        "zh",
        [money("net_loss", 3e8, **quarter(2025, 2)), money("net_loss", 5e8, **quarter(2025, 1))],
    ),
    case(
        "三季度小米汽车单车均价约26万元，毛利率25.5%。",
        Q3RES,
        "zh",
        [
            price(AUTO, 260000, qualifier=ABOUT, **quarter(2025, 3)),
            other("gross margin", 25.5, **quarter(2025, 3)),
        ],
    ),
    case(
        "小米汽车业务前三季度累计亏损约13亿元。",
        Q3RES,
        "zh",
        [money("net_loss", 1.3e9, ABOUT, **first_months(2025, 9))],
    ),
    case(
        "小米汽車業務第三季收入達283億元人民幣，經營溢利7億元。",
        Q3RES,
        "zh",
        [
            money("revenue", 2.83e10, status="actual", **quarter(2025, 3)),
            other("operating profit", 7e8, **quarter(2025, 3)),
        ],
    ),
    case(
        "小米汽车四季度收入有望突破400亿元。",
        DEC01,
        "zh",
        [money("revenue", 4e10, MORE, status="forecast", **quarter(2025, 4))],
    ),
    case(
        "小米汽车三季度交付108796辆，环比增加2.7万辆。",
        Q3RES,
        "zh",
        [dlv(AUTO, 108796, **quarter(2025, 3))],
    ),
]


@run(RESULTS)
def test_results(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- numbers in words ------------------------------------------------------------------------

WORDS = [
    case(
        "Xiaomi says it will deliver three hundred and fifty thousand cars this year.",
        D(2025, 4, 1),
        None,
        [goal(350000, **year(2025))],
    ),
    case(
        "The YU7 gathered two hundred and forty thousand locked orders in eighteen hours.",
        LAUNCH,
        None,
        [orders("locked_orders", YU7, 240000, **WINDOW)],
    ),
    case(
        "Xiaomi delivered forty thousand-odd cars in October.",
        NOV01,
        None,
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    case(
        "Xiaomi's car business lost nearly two billion yuan in the third quarter of 2024.",
        D(2024, 11, 18),
        None,
        [money("net_loss", 2e9, ABOUT, **quarter(2024, 3))],
    ),
    case(
        "小米汽车今年的交付目标为三十五万辆。",
        D(2025, 4, 1),
        "zh",
        [goal(350000, **year(2025))],
    ),
    case(
        "小米YU7十八小时锁单二十四万台。",
        LAUNCH,
        "zh",
        [orders("locked_orders", YU7, 240000, **WINDOW)],
    ),
    case(
        "小米汽車十月交付量逾四萬輛。",
        NOV01,
        "zh",
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
]


@run(WORDS)
def test_words(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- ranges ----------------------------------------------------------------------------------

RANGES = [
    case(
        "Xiaomi expects to deliver between 20,000 and 25,000 YU7s in August.",
        D(2025, 8, 1),
        None,
        [fcst(YU7, 20000, LEAST, value_max=25000, **span(2025, 8))],
    ),
    case(
        "Analysts see Xiaomi's 2026 deliveries at 500,000 to 600,000 units.",
        DEC01,
        None,
        [fcst(AUTO, 500000, LEAST, value_max=600000, **year(2026))],
    ),
    case(
        "Brokers estimate Xiaomi's fourth-quarter EV revenue at RMB38-40bn.",
        DEC01,
        None,
        [money("revenue", 3.8e10, LEAST, value_max=4e10, status="forecast", **quarter(2025, 4))],
    ),
    case(
        "小米汽车9月交付量在3.5万至4万辆之间。",
        OCT01,
        "zh",
        [dlv(AUTO, 35000, LEAST, value_max=40000, **month(2025, 9))],
    ),
    case(
        "机构预计小米汽车2026年销量为50万-60万辆。",
        DEC01,
        "zh",
        [fcst(AUTO, 500000, LEAST, value_max=600000, **year(2026))],
    ),
    case(
        "小米YU7标准版的交付等待时间为8至10周。",
        D(2025, 9, 1),
        "zh",
        [],
    ),
]


@run(RANGES)
def test_ranges(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- approximations --------------------------------------------------------------------------

APPROX = [
    case(
        "Xiaomi delivered upwards of 40,000 cars in November.",
        DEC01,
        None,
        [dlv(AUTO, 40000, MORE, **month(2025, 11))],
    ),
    case(
        "Nearly 110,000 Xiaomi cars were delivered in the third quarter.",
        Q3RES,
        None,
        [dlv(AUTO, 110000, ABOUT, **quarter(2025, 3))],
    ),
    case(
        "Xiaomi handed over just shy of 30,000 vehicles in July.",
        D(2025, 8, 1),
        None,
        [dlv(AUTO, 30000, ABOUT, **month(2025, 7))],
    ),
    case(
        "Xiaomi delivered north of 40,000 cars in October.",
        NOV01,
        None,
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    case(
        "Xiaomi delivered no fewer than 40,000 cars in September.",
        OCT01,
        None,
        [dlv(AUTO, 40000, LEAST, **month(2025, 9))],
    ),
    case(
        "小米汽车11月交付逾4万辆。",
        DEC01,
        "zh",
        [dlv(AUTO, 40000, MORE, **month(2025, 11))],
    ),
    case(
        "小米汽车三季度交付近11万辆。",
        Q3RES,
        "zh",
        [dlv(AUTO, 110000, ABOUT, **quarter(2025, 3))],
    ),
    case(
        "小米汽车7月交付量不足3万辆。",
        D(2025, 8, 1),
        "zh",
        [dlv(AUTO, 30000, UPTO, **month(2025, 7))],
    ),
]


@run(APPROX)
def test_approx(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- negatives: denials, hypotheticals, rivals, phones, market totals, share prices ----------

NEGATIVES = [
    case(
        "Xiaomi did not deliver 50,000 cars in November, contrary to posts on social media.",
        DEC01,
        None,
        [],
    ),
    case(
        "Had the plant not been shut for upgrades, Xiaomi could have delivered 45,000 cars in "
        "August.",
        D(2025, 9, 1),
        None,
        [],
    ),
    case(
        "Xiaomi would need to deliver 50,000 cars a month to hit its target, analysts said.",
        D(2025, 10, 1),
        None,
        [],
    ),
    case(
        "小米汽车否认了11月交付量突破5万辆的传闻。",
        DEC01,
        "zh",
        [],
    ),
    case(
        "如果产能充足，小米汽车每月可交付6万辆。",
        D(2025, 10, 1),
        "zh",
        [],
    ),
    case(
        "小米汽车从未发布过YU7锁单超过30万台的说法。",
        D(2025, 7, 10),
        "zh",
        [],
    ),
    case(
        "Li Auto's i8, a rival to the YU7, drew 13,000 locked orders in its first week.",
        D(2025, 8, 6),
        None,
        [],
    ),
    case(
        "BYD's Seal starts at 179,800 yuan, about 36,000 yuan less than the SU7.",
        D(2025, 6, 1),
        None,
        [],
    ),
    case(
        "理想i8上市首周锁单1.3万台，不及小米YU7。",
        D(2025, 8, 6),
        "zh",
        [],
    ),
    case(
        "Xiaomi shipped 43.3 million smartphones in the third quarter.",
        Q3RES,
        None,
        [],
    ),
    case(
        "China's NEV sales reached 1.6 million units in October, a penetration rate of 51.6%.",
        D(2025, 11, 12),
        None,
        [],
    ),
    case(
        "Xiaomi sold 10 million units of its Redmi Note 14 series in six months.",
        D(2025, 7, 1),
        None,
        [],
    ),
    case(
        "小米17系列开售5分钟销量破百万台。",
        D(2025, 9, 27),
        "zh",
        [],
    ),
    case(
        "10月国内新能源乘用车零售约130万辆。",
        D(2025, 11, 12),
        "zh",
        [],
    ),
    case(
        "Xiaomi shares fell 3% to HK$41.2 after the delivery update.",
        DEC01,
        None,
        [],
    ),
    case(
        "Goldman raised its target price on Xiaomi to HK$66, citing strong EV orders.",
        DEC01,
        None,
        [],
    ),
    case(
        "小米集团股价收报40.9港元，市值约1.06万亿港元。",
        DEC01,
        "zh",
        [],
    ),
    case(
        "小米集团-W盘中一度涨超5%，报43.5港元。",
        DEC01,
        "zh",
        [],
    ),
]


@run(NEGATIVES)
def test_negatives(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- rivals' figures next to Xiaomi's (Xiaomi's only) ----------------------------------------

RIVALS = [
    case(
        "Tesla delivered 61,497 China-made cars in November, while Xiaomi topped 40,000.",
        DEC01,
        None,
        [dlv(AUTO, 40000, MORE, **month(2025, 11))],
    ),
    case(
        "XPeng's Mona M03 took 30,000 orders in 52 minutes, fewer than the SU7's 50,000 in 27 "
        "minutes.",
        D(2024, 8, 28),
        None,
        [orders("orders", SU7, 50000, **WINDOW)],
    ),
    case(
        "同月，蔚来交付36275辆，小米汽车交付超过4万辆，理想交付33181辆。",
        DEC01,
        "zh",
        [dlv(AUTO, 40000, MORE)],
    ),
    case(
        "特斯拉Model Y 10月销量3.6万辆，小米YU7为1.86万辆。",
        D(2025, 11, 12),
        "zh",
        [dlv(YU7, 18600, **month(2025, 10))],
    ),
]


@run(RIVALS)
def test_rivals(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- no publication date: periods stay unresolved --------------------------------------------

UNDATED = [
    case(
        "Xiaomi delivered more than 40,000 cars in October.",
        None,
        None,
        [dlv(AUTO, 40000, MORE, period_start=None, as_of=None)],
    ),
    case(
        "小米YU7上市18小时锁单24万台。",
        None,
        "zh",
        [orders("locked_orders", YU7, 240000, **WINDOW)],
    ),
    case(
        "The Xiaomi SU7 starts at 215,900 yuan.",
        None,
        None,
        [price(SU7, 215900)],
    ),
    case(
        "小米汽车2025年交付目标为35万辆。",
        None,
        "zh",
        [goal(350000, **year(2025))],
    ),
]


@run(UNDATED)
def test_undated(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)
