"""Adversarial probes of the extractor, ninth set, written without sight of the devset, in
English and Chinese (Simplified, and Hong Kong / Taiwan style Traditional): HKEX filings and
voluntary announcements; interview Q&A transcripts; weekly insurance-registration round-ups
(上险量) with week ranges and "第N周"; regions, cities and exports; recalls; price cuts and
trims; financing offers; results with year-on-year and quarter-on-quarter changes; order
cancellations, refunds and waiting times; plant phases and staff; R&D and charging; running
totals to a day; brokers' forecasts; corrections; headlines with their lede; bullets and
tables flattened to text; fullwidth digits, 亿/万/千 mixes, "k"/"mn"/"bn" abbreviations,
numbers in words, dates such as "Nov. 3", "3/11" and "2025年11月第2周"; relative dates
(last month, 上月, 前三季度); negations and hypotheticals (would have, if, 未达, 并非).

Every passage is written for this file (our own words; figures close to those reported for
Xiaomi's car business, some made up to be plausible). Conventions as in ../shared/DESIGN.md and
test_metrics_review8.py: a finished month of an actual runs from its first to its last day,
as_of its last day; a running total since launch is cumulative; a launch window is `window`;
a capacity or a pace is a rate; a price has no period (unless it is an average over one);
another maker's figure, the market's, a phone figure, a share price or a price target is no
event; a change told by its size is no level; a recall count and a waiting time are no event;
a target's as_of is not asserted. The expectation of each passage was written before the
extractor was run on it. A plain case guards what holds; an `xfail(strict=True)` case is a
known miss whose reason says what it should give and what the extractor gives.
"""

import datetime as dt
from typing import Any

from test_metrics_review import check, ev
from test_metrics_review8 import (
    ABOUT,
    AUTO,
    CUM,
    GROUP,
    MORE,
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


Q3RES = D(2025, 11, 18)  # third-quarter results of 2025
Q2RES = D(2025, 8, 19)  # second-quarter results of 2025
FY24 = D(2025, 3, 18)  # 2024 annual results
DEC01 = D(2025, 12, 1)
NOV01 = D(2025, 11, 1)


# --- HKEX filings and voluntary announcements ----------------------------------------------

FILINGS = [
    case(
        "VOLUNTARY ANNOUNCEMENT. The board of directors of Xiaomi Corporation is pleased to "
        "announce that in October 2025 the Group delivered more than 40,000 new vehicles.",
        NOV01,
        None,
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    case(
        "Xiaomi Corporation: the Board announces that, for the three months ended 30 September 2025, revenue from "
        "the smart EV business amounted to RMB28.3 billion.",
        Q3RES,
        None,
        [money("revenue", 2.83e10, status="actual", **quarter(2025, 3))],
    ),
    case(
        "For the six months ended 30 June 2025, Xiaomi Group delivered an aggregate of 157,171 "
        "new vehicles.",
        Q2RES,
        None,
        [dlv(AUTO, 157171, **half(2025, 1))],
    ),
    case(
        "Shareholders and potential investors are advised that the delivery figures above are "
        "unaudited. The Group has raised HK$42.5 billion through the placing of 800,000,000 "
        "new shares.",
        D(2025, 6, 30),
        None,
        [],
    ),
    case(
        "小米集团发布自愿性公告：2025年10月，集团交付新车超过40,000台。",
        NOV01,
        "zh",
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    case(
        "小米集團：截至2025年9月30日止三個月，智能電動汽車等創新業務分部收入為人民幣290億元，"
        "經營收益為人民幣7億元。",
        Q3RES,
        "zh",
        [
            money("revenue", 2.9e10, status="actual", **quarter(2025, 3)),
            other("operating profit", 7e8, **quarter(2025, 3)),
        ],
    ),
    case(
        "Xiaomi said in a filing to the Hong Kong stock exchange on Nov. 3 that it had "
        "delivered 40,000-plus vehicles last month, without breaking the figure down by model.",
        D(2025, 11, 4),
        None,
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    case(
        "According to the prospectus-style announcement, Xiaomi intends to use about "
        "HK$10 billion of the net proceeds to expand its smart EV business.",
        D(2025, 3, 25),
        None,
        [ev(AUTO, metric="investment", value=1e10, qualifier=ABOUT)],
        xf="use of placing proceeds for the EV business should be investment about 1e10 (HKD); got nothing",
    ),
    case(
        "小米集團：本公司謹此宣佈，於2025年6月，本集團交付之新車數量超過25,000台。",
        D(2025, 7, 1),
        "zh",
        [dlv(AUTO, 25000, MORE, **month(2025, 6))],
    ),
    case(
        "Xiaomi's annual results show the EV segment posted an adjusted net loss of RMB6.2bn for "
        "the year ended 31 December 2024 on revenue of RMB32.1bn.",
        FY24,
        None,
        [
            money("net_loss", 6.2e9, **year(2024)),
            money("revenue", 3.21e10, status="actual", **year(2024)),
        ],
    ),
    case(
        "Xiaomi Group delivered 136,854 new vehicles in 2024, exceeding the upgraded target of "
        "130,000 units set in November.",
        FY24,
        None,
        [dlv(AUTO, 136854, **year(2024)), goal(130000, **year(2024))],
    ),
    case(
        "In its inside-information announcement, Xiaomi said the total number of vehicles "
        "delivered from April 2024 to the end of October 2025 was over 450,000.",
        NOV01,
        None,
        [dlv(AUTO, 450000, MORE, period_kind="cumulative", as_of=D(2025, 10, 31))],
    ),
]


@run(FILINGS)
def test_filings(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- interview Q&A transcripts -------------------------------------------------------------

INTERVIEWS = [
    case(
        "Q: How many cars will you deliver this year? Lei Jun: Our goal is 350,000, and I "
        "think we can beat it.",
        D(2025, 9, 25),
        None,
        [goal(350000, **year(2025))],
    ),
    case(
        "Q: Is 550,000 deliveries realistic for next year? Xiaomi president Lu Weibing: It is a stretch, but that is the "
        "number we are working toward.",
        D(2025, 12, 20),
        None,
        [goal(550000, **year(2026))],
        xf="Q&A: the question's 550,000 for next year is the answer's target: should give delivery_target 550,000 for 2026; got nothing",
    ),
    case(
        "Reporter: How many YU7 orders are still waiting? Lei Jun: Around 120,000 customers "
        "are still in the queue, and some will wait until next summer.",
        D(2025, 10, 10),
        None,
        [ev(YU7, metric="orders", value=120000, qualifier=ABOUT)],
    ),
    case(
        "问：今年的交付目标能完成吗？雷军：我们的目标是35万辆，目前看完成没有问题。",
        D(2025, 10, 1),
        "zh",
        [goal(350000, **year(2025))],
    ),
    case(
        "记者：YU7现在下单要等多久？卢伟冰：标准版大约需要等待40周。",
        D(2025, 8, 5),
        "zh",
        [],
    ),
    case(
        "问：小米汽车工厂二期什么时候投产？答：二期已经在6月投产，全部建成后年产能可以达到15万辆。",
        D(2025, 7, 20),
        "zh",
        [cap(150000)],
    ),
    case(
        "Q: What about Europe? A: We won't sell a single car there before 2027, so there is "
        "no volume figure to share.",
        D(2025, 11, 19),
        None,
        [],
    ),
    case(
        "Q: Your Xiaomi 17 sold 1 million units in 50 days. Will the YU7 do the same? "
        "Lei Jun: Cars are different; we have locked 240,000 YU7 orders so far.",
        D(2025, 11, 1),
        None,
        [ev(YU7, metric="locked_orders", value=240000, **CUM)],
    ),
    case(
        "Asked whether the car unit would be profitable for the full year, president Lu "
        "Weibing said: 'We made 700 million yuan of operating profit in Q3, and I expect Q4 to "
        "be profitable too.'",
        Q3RES,
        None,
        [other("operating profit", 7e8, **quarter(2025, 3))],
    ),
    case(
        "問：小米汽車明年的交付目標是多少？答：明年目標是55萬台。",
        D(2025, 12, 28),
        "zh",
        [goal(550000, **year(2026))],
    ),
]


@run(INTERVIEWS)
def test_interviews(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- weekly insurance registrations (上险量) ------------------------------------------------

WEEKLY = [
    case(
        "Weekly insurance registrations, Nov 10-16: Xiaomi 9,800; Tesla 14,600; Li Auto 7,200; "
        "NIO 8,100.",
        D(2025, 11, 18),
        None,
        [dlv(AUTO, 9800, **week(D(2025, 11, 10), D(2025, 11, 16)))],
    ),
    case(
        "Xiaomi registered 8,300 vehicles in the week of Oct. 20 to Oct. 26, down 4% week-on-week.",
        D(2025, 10, 28),
        None,
        [dlv(AUTO, 8300, **week(D(2025, 10, 20), D(2025, 10, 26)))],
    ),
    case(
        "2025年11月第2周（11.10-11.16），小米汽车上险量0.98万辆，环比增长6.5%。",
        D(2025, 11, 18),
        "zh",
        [dlv(AUTO, 9800, **week(D(2025, 11, 10), D(2025, 11, 16)))],
    ),
    case(
        "上周（11月17日-23日）新势力上险量：问界1.28万，小米0.92万，理想0.78万，零跑1.5万。",
        D(2025, 11, 25),
        "zh",
        [dlv(AUTO, 9200, **week(D(2025, 11, 17), D(2025, 11, 23)))],
    ),
    case(
        "小米YU7上周上险5,160辆，小米SU7同期为3,420辆。",
        D(2025, 9, 16),
        "zh",
        [
            dlv(YU7, 5160, period_kind="week"),
            dlv(SU7, 3420, period_kind="week"),
        ],
    ),
    case(
        "Insurance data for the week ending Sept 21 show 7,500 Xiaomi cars registered, a "
        "weekly increase of 900.",
        D(2025, 9, 23),
        None,
        [dlv(AUTO, 7500, **week(D(2025, 9, 15), D(2025, 9, 21)))],
    ),
    case(
        "第46周小米汽车周销量约9600台，位列新势力第三；特斯拉中国周销量1.46万台。",
        D(2025, 11, 18),
        "zh",
        [dlv(AUTO, 9600, ABOUT, period_kind="week")],
    ),
    case(
        "Xiaomi's weekly registrations have hovered between 7,000 and 10,000 since September.",
        D(2025, 11, 5),
        None,
        [],
    ),
    case(
        "上险量周榜（12.1-12.7）：小米汽车1.04万辆，首次单周破万。",
        D(2025, 12, 9),
        "zh",
        [dlv(AUTO, 10400, **week(D(2025, 12, 1), D(2025, 12, 7)))],
    ),
    case(
        "Week 45 (Nov 3-9) registrations: Xiaomi 9.2k, Li Auto 6.9k, XPeng 7.1k.",
        D(2025, 11, 11),
        None,
        [dlv(AUTO, 9200, **week(D(2025, 11, 3), D(2025, 11, 9)))],
    ),
]


@run(WEEKLY)
def test_weekly(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- regions, cities and exports -----------------------------------------------------------

REGIONS = [
    case(
        "Beijing was Xiaomi's biggest market in October, with about 4,100 new registrations, "
        "followed by Shanghai and Shenzhen.",
        D(2025, 11, 12),
        None,
        [dlv(AUTO, 4100, ABOUT, **month(2025, 10))],
        # a city's registrations are still Xiaomi's deliveries, for one city
    ),
    case(
        "Xiaomi has not exported a single car yet: all 400,000-odd vehicles delivered so far "
        "went to buyers in mainland China.",
        D(2025, 10, 20),
        None,
        [dlv(AUTO, 400000, MORE, **CUM)],
    ),
    case(
        "China exported 5.9 million cars in the first ten months, but Xiaomi accounted for "
        "none of them.",
        D(2025, 11, 15),
        None,
        [],
    ),
    case(
        "小米汽车10月在上海的上险量约为3200辆，占其全国销量的近8%。",
        D(2025, 11, 12),
        "zh",
        [dlv(AUTO, 3200, ABOUT, **month(2025, 10))],
        # the 8% is Shanghai's share of its sales, not a share of a buyer group: no event
    ),
    case(
        "The company now runs 402 stores in 112 cities, Xiaomi said, and aims for 1,000 by the "
        "end of 2026.",
        D(2025, 11, 18),
        None,
        [other("stores", 402), other("stores", 1000, status="target")],
        xf="stores should be Xiaomi Auto's other 'stores' 402 and a target of 1,000 stores; got Group stores and a delivery_target 1,000 for 2026",
    ),
    case(
        "小米汽车在香港的首家门店将于明年开业，首批计划投放500台SU7。",
        D(2025, 11, 25),
        "zh",
        [ev(SU7, metric="delivery_target", value=500, status="target")],
        xf="'首批计划投放500台SU7' should be an SU7 delivery_target 500; got nothing",
    ),
    case(
        "Xiaomi plans to enter Europe in 2027 and hopes to sell 20,000 cars there in its "
        "first full year, according to people familiar with the matter.",
        D(2025, 10, 5),
        None,
        [goal(20000)],
    ),
    case(
        "In Hangzhou, Xiaomi delivered its 10,000th car on Tuesday, a local milestone.",
        D(2025, 9, 17),
        None,
        [dlv(AUTO, 10000, **CUM)],
    ),
]


@run(REGIONS)
def test_regions(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- recalls: the count recalled is no event -----------------------------------------------

RECALLS = [
    case(
        "Xiaomi will recall 116,887 SU7 Standard sedans produced between Feb. 6, 2024 and "
        "Aug. 30, 2025 over a driver-assistance software issue.",
        D(2025, 9, 19),
        None,
        [],
    ),
    case(
        "小米汽车召回30931辆SU7，涉及2024年2月至8月生产的部分车辆，将通过OTA免费升级。",
        D(2024, 11, 29),
        "zh",
        [],
    ),
    case(
        "The recall, which covers 30,931 cars, is the second for Xiaomi; the SU7 has sold more "
        "than 250,000 units since launch.",
        D(2025, 9, 19),
        None,
        [dlv(SU7, 250000, MORE, **CUM)],
    ),
    case(
        "小米汽車宣布召回11.7萬輛SU7標準版，佔該車型累計交付量的約四成。",
        D(2025, 9, 19),
        "zh",
        [],
    ),
    case(
        "Regulators said 98% of the 116,887 recalled cars had received the fix by November.",
        D(2025, 11, 20),
        None,
        [],
    ),
]


@run(RECALLS)
def test_recalls(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- prices, price cuts and trims ----------------------------------------------------------

PRICES = [
    case(
        "Xiaomi cut the price of the SU7 Pro by 20,000 yuan to 225,900 yuan.",
        D(2025, 11, 3),
        None,
        [price(SU7, 225900)],
    ),
    case(
        "小米SU7标准版官降1.5万元，现售20.09万元。",
        D(2025, 11, 3),
        "zh",
        [price(SU7, 200900)],
    ),
    case(
        "YU7 trims: Standard RMB253.5k, Pro RMB279.9k, Max RMB329.9k.",
        D(2025, 6, 27),
        None,
        [price(YU7, 253500), price(YU7, 279900), price(YU7, 329900)],
        xf="'RMB253.5k' should be read as 253,500 (three trims priced); got nothing",
    ),
    case(
        "The SU7 Ultra, priced at 529,900 yuan, is 284,100 yuan cheaper than the prototype's "
        "pre-sale price of 814,900 yuan.",
        D(2025, 2, 28),
        None,
        [price(ULTRA, 529900), price(ULTRA, 814900)],
    ),
    case(
        "YU7售价区间为25.35万-32.99万元。",
        D(2025, 6, 27),
        "zh",
        [price(YU7, 253500, value_max=329900)],
    ),
    case(
        "新款SU7起售价仍为21.59万元，并未降价，此前网传的19.99万元并不属实。",
        D(2025, 5, 22),
        "zh",
        [price(SU7, 215900)],
    ),
    case(
        "Xiaomi did not cut prices in November; the SU7 still starts at CNY 215,900.",
        DEC01,
        None,
        [price(SU7, 215900)],
    ),
    case(
        "The YU7 costs USD 35,000 or so at current exchange rates, about half the price of a "
        "Model Y in the US.",
        D(2025, 6, 27),
        None,
        [ev(YU7, metric="price", value=35000, unit="USD", qualifier=ABOUT)],
    ),
    case(
        "小米SU7 Ultra限時優惠價52.99萬元（原價81.49萬元）。",
        D(2025, 2, 28),
        "zh",
        [price(ULTRA, 529900), price(ULTRA, 814900)],
        xf="限時優惠價 and 原價 are two prices of the SU7 Ultra (529,900 and 814,900); got nothing",
    ),
    case(
        "Buyers who lock an order before Dec. 31 get 8,000 yuan off and free paint worth "
        "6,000 yuan.",
        D(2025, 12, 5),
        None,
        [],
    ),
]


@run(PRICES)
def test_prices(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- financing offers and loans ------------------------------------------------------------

FINANCE = [
    case(
        "Xiaomi is offering five-year loans with zero interest on the SU7, with a down "
        "payment from 49,900 yuan.",
        D(2025, 11, 10),
        None,
        [],
    ),
    case(
        "小米汽车推出限时金融政策：首付5.99万元起，24期0息。",
        D(2025, 11, 10),
        "zh",
        [],
    ),
    case(
        "Xiaomi Auto signed a 10 billion yuan credit facility with four banks to fund phase "
        "three of its Beijing plant.",
        D(2025, 9, 3),
        None,
        [ev(AUTO, metric="investment", value=1e10)],
        # borrowed money earmarked for the plant: money to be invested in the car business
        xf="a credit line to fund plant phase three should be investment 1e10; got nothing",
    ),
    case(
        "The monthly payment on a YU7 Standard works out at about 3,299 yuan over 60 months.",
        D(2025, 7, 1),
        None,
        [],
    ),
]


@run(FINANCE)
def test_finance(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- results with year-on-year and quarter-on-quarter changes ------------------------------

RESULTS = [
    case(
        "Xiaomi's revenue from smart EVs rose 197.9% year on year to RMB28.3bn in Q3, and 37.5% from "
        "the previous quarter.",
        Q3RES,
        None,
        [money("revenue", 2.83e10, status="actual", **quarter(2025, 3))],
    ),
    case(
        "Xiaomi's EV gross margin slipped 0.9 percentage points quarter on quarter to 25.5%.",
        Q3RES,
        None,
        [other("gross margin", 25.5)],
        # the quarter is not named ("quarter on quarter" only): no period asserted (DESIGN:
        # unresolvable stays null); first written as Q3 2025
    ),
    case(
        "Xiaomi's deliveries in the quarter climbed 173% from a year earlier and 34% from Q2, to "
        "108,796 units.",
        Q3RES,
        None,
        [dlv(AUTO, 108796, **quarter(2025, 3))],
    ),
    case(
        "The EV unit narrowed its operating loss by 1.2 billion yuan from a year earlier.",
        Q2RES,
        None,
        [],
    ),
    case(
        "小米汽车三季度营收283亿元，同比增长199%，环比增长37%；毛利率25.5%，环比下降0.9个百分点。",
        Q3RES,
        "zh",
        [
            money("revenue", 2.83e10, status="actual", **quarter(2025, 3)),
            other("gross margin", 25.5, **quarter(2025, 3)),
        ],
    ),
    case(
        "小米二季度智能电动汽车收入206亿元，交付新车81302辆，单车平均售价253662元，毛利率26.4%。",
        Q2RES,
        "zh",
        [
            money("revenue", 2.06e10, status="actual", **quarter(2025, 2)),
            dlv(AUTO, 81302, **quarter(2025, 2)),
            price(AUTO, 253662, **quarter(2025, 2)),
            other("gross margin", 26.4, **quarter(2025, 2)),
        ],
        xf="'毛利率26.4%' in a list of car figures is the car business's: subject should be Xiaomi Auto; got Xiaomi Group",
    ),
    case(
        "Xiaomi's EV business lost 500 million yuan in the first quarter, down from 700 "
        "million in the fourth quarter of 2024.",
        D(2025, 5, 27),
        None,
        [
            money("net_loss", 5e8, **quarter(2025, 1)),
            money("net_loss", 7e8, **quarter(2024, 4)),
        ],
    ),
    case(
        "Xiaomi Q1 EV revenue: RMB18.1bn (Q4'24: RMB16.7bn). Gross margin: 23.2% (Q4'24: 20.4%).",
        D(2025, 5, 27),
        None,
        [
            money("revenue", 1.81e10, status="actual", **quarter(2025, 1)),
            money("revenue", 1.67e10, status="actual", **quarter(2024, 4)),
            other("gross margin", 23.2, **quarter(2025, 1)),
            other("gross margin", 20.4, **quarter(2024, 4)),
        ],
    ),
    case(
        "前三季度，小米汽车累计营收约650亿元，累计交付26.6万辆。",
        Q3RES,
        "zh",
        [
            money("revenue", 6.5e10, ABOUT, status="actual", **first_months(2025, 9)),
            dlv(AUTO, 266000, **first_months(2025, 9)),
        ],
    ),
    case(
        "Xiaomi Group's adjusted net profit rose 81% to 11.3 billion yuan in the quarter; "
        "smartphone shipments were 43.3 million.",
        Q3RES,
        None,
        [],
    ),
    case(
        "Xiaomi's EV business turned a profit for the first time: operating income of 0.7bn yuan, "
        "versus a loss of 0.3bn in Q2.",
        Q3RES,
        None,
        [
            other("operating profit", 7e8, **quarter(2025, 3)),
            money("net_loss", 3e8, **quarter(2025, 2)),
        ],
    ),
    case(
        "小米汽車單季毛利率為25.5%，較去年同期的17.1%大幅提升。",
        Q3RES,
        "zh",
        [other("gross margin", 25.5), other("gross margin", 17.1)],
        # 單季 names no quarter: no period asserted (unresolvable stays null); first written
        # as Q3 2025 and Q3 2024
    ),
    case(
        "Had it not been for the recall costs, the EV unit would have earned an operating "
        "profit of about 1 billion yuan in the quarter, analysts reckon.",
        Q3RES,
        None,
        [],
    ),
    case(
        "小米汽车2025年上半年营收387亿元，交付15.7万辆。",
        Q2RES,
        "zh",
        [
            money("revenue", 3.87e10, status="actual", **half(2025, 1)),
            dlv(AUTO, 157000, **half(2025, 1)),
        ],
    ),
]


@run(RESULTS)
def test_results(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- orders, cancellations, refunds and waiting times --------------------------------------

ORDERS = [
    case(
        "About 15% of the YU7's locked orders have been cancelled since launch, a dealer "
        "survey found, a claim Xiaomi rejected.",
        D(2025, 9, 1),
        None,
        [],
        # a share of orders cancelled is neither a buyer group nor a level of orders
    ),
    case(
        "Xiaomi refunded deposits on roughly 6,000 SU7 Ultra orders after it changed the "
        "car's carbon-fibre bonnet.",
        D(2025, 5, 15),
        None,
        [other("cancellations", 6000, subject=ULTRA, qualifier=ABOUT)],
    ),
    case(
        "YU7 buyers who order today face a wait of 38 to 41 weeks, the Xiaomi app shows.",
        D(2025, 8, 12),
        None,
        [],
    ),
    case(
        "小米YU7标准版目前提车周期约为43-46周，Max版约为35-38周。",
        D(2025, 8, 12),
        "zh",
        [],
    ),
    case(
        "The YU7 drew 289,000 pre-orders in the first hour, of which 240,000 were locked "
        "within 18 hours.",
        D(2025, 6, 27),
        None,
        [
            ev(YU7, metric="orders", value=289000, **WINDOW),
            ev(YU7, metric="locked_orders", value=240000, **WINDOW),
        ],
    ),
    case(
        "小米YU7发布3分钟大定突破20万台，1小时大定突破28.9万台。",
        D(2025, 6, 27),
        "zh",
        [
            ev(YU7, metric="orders", value=200000, qualifier=MORE, **WINDOW),
            ev(YU7, metric="orders", value=289000, qualifier=MORE, **WINDOW),
        ],
    ),
    case(
        "SU7 orders hit 88,898 in the first 24 hours, though Xiaomi has never said how many of "
        "those were later converted.",
        D(2024, 3, 30),
        None,
        [ev(SU7, metric="orders", value=88898, **WINDOW)],
        # the text says "orders" only, so orders (a reader cannot know they were locked)
    ),
    case(
        "Xiaomi still has a backlog of more than 150,000 unfilled orders, enough to keep the "
        "plant busy into 2026.",
        D(2025, 10, 15),
        None,
        [ev(AUTO, metric="orders", value=150000, qualifier=MORE)],
    ),
    case(
        "小米汽车否认了网传的“YU7退订超10万”，称退订比例并不高。",
        D(2025, 8, 1),
        "zh",
        [],
    ),
    case(
        "SU7 Ultra上市2小时大定破万，10分钟大定6900台。",
        D(2025, 2, 28),
        "zh",
        [
            ev(ULTRA, metric="orders", value=10000, qualifier=MORE, **WINDOW),
            ev(ULTRA, metric="orders", value=6900, **WINDOW),
        ],
    ),
]


@run(ORDERS)
def test_orders(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- plant phases, staff, R&D and charging -------------------------------------------------

PLANT = [
    case(
        "Phase one of Xiaomi's Beijing plant in Yizhuang can build 150,000 cars a year; phase "
        "two, which started production in June, adds another 150,000.",
        D(2025, 7, 15),
        None,
        [cap(150000), cap(150000)],
        xf="'phase two ... adds another 150,000' is a second capacity (rate); got production 150,000 for June",
    ),
    case(
        "The factory rolls a new car off the line every 76 seconds, Xiaomi says.",
        D(2025, 4, 1),
        None,
        [],
        # a takt time, not a count of cars
    ),
    case(
        "小米汽车工厂一期、二期合计年产能达30万辆，三期规划正在推进。",
        D(2025, 8, 20),
        "zh",
        [cap(300000)],
    ),
    case(
        "Xiaomi produced 41,000 cars in October, running both phases at full tilt, and "
        "delivered slightly more than 40,000.",
        NOV01,
        None,
        [
            ev(AUTO, metric="production", value=41000, **month(2025, 10)),
            dlv(AUTO, 40000, MORE, **month(2025, 10)),
        ],
    ),
    case(
        "小米汽车第50万辆量产车于11月19日下线，用时不到20个月。",
        D(2025, 11, 20),
        "zh",
        [ev(AUTO, metric="production", value=500000, **total_to(D(2025, 11, 19)))],
    ),
    case(
        "Xiaomi's car unit employs about 18,000 people, including 6,000 engineers, up from 10,000 "
        "staff a year earlier.",
        D(2025, 9, 10),
        None,
        [
            ev(AUTO, metric="headcount", value=18000, qualifier=ABOUT),
            ev(AUTO, metric="headcount", value=6000),
            ev(AUTO, metric="headcount", value=10000),
        ],
    ),
    case(
        "小米计划投资约100亿元建设北京工厂三期，预计2027年投产。",
        D(2025, 9, 3),
        "zh",
        [ev(AUTO, metric="investment", value=1e10, qualifier=ABOUT, status="target")],
    ),
    case(
        "The die-casting machine in the plant has a clamping force of 9,100 tonnes and the "
        "site covers 720,000 square metres.",
        D(2024, 3, 28),
        None,
        [],
    ),
    case(
        "Xiaomi says it will spend 7 billion yuan on car R&D this year, part of a group R&D "
        "budget of 30 billion.",
        D(2025, 3, 19),
        None,
        [
            money("rd_spend", 7e9, status="target", **year(2025)),
            ev(GROUP, metric="rd_spend", value=3e10, status="target", **year(2025)),
        ],
        xf="'car R&D' is the car business's (Xiaomi Auto) and 'a group R&D budget of 30 billion' is a second, Group event; got one Group rd_spend 7e9",
    ),
    case(
        "小米集团三季度研发投入91亿元，同比增长52%，其中约四分之一投向汽车业务。",
        Q3RES,
        "zh",
        [ev(GROUP, metric="rd_spend", value=9.1e9, **quarter(2025, 3))],
    ),
    case(
        "The YU7 Max adds 620 km of range in 15 minutes on Xiaomi's 5.2C chargers and has a "
        "CLTC range of 760 km.",
        D(2025, 6, 27),
        None,
        [],
        # range and charging speed are specifications, not test mileage
    ),
    case(
        "小米超充站已建成超过1000座，覆盖全国120个城市。",
        D(2025, 10, 20),
        "zh",
        [],
        # charging stations: no class and no other label for them
    ),
    case(
        "Xiaomi's assisted-driving system has logged more than 1 billion km on customers' "
        "cars since the SU7 launched.",
        D(2025, 7, 1),
        None,
        [ev(AUTO, metric="test_mileage", value=1e9, qualifier=MORE, **CUM)],
        xf="assisted-driving distance logged since launch should be test_mileage more than 1e9 km, cumulative; got nothing",
    ),
]


@run(PLANT)
def test_plant(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- running totals to a day ---------------------------------------------------------------

MILESTONES = [
    case(
        "As of Nov. 19, Xiaomi had delivered more than 480,000 cars in total.",
        D(2025, 11, 20),
        None,
        [dlv(AUTO, 480000, MORE, **total_to(D(2025, 11, 19)))],
    ),
    case(
        "截至2025年10月31日，小米SU7累计交付已超过33万辆。",
        NOV01,
        "zh",
        [dlv(SU7, 330000, MORE, **total_to(D(2025, 10, 31)))],
    ),
    case(
        "The 100,000th YU7 was handed over on 3/11, just over four months after launch.",
        D(2025, 11, 4),
        None,
        [dlv(YU7, 100000, **CUM)],
        # "3/11" is 3 November or 11 March by locale: a date left unresolved (DESIGN: never
        # guessed), so no as_of is asserted (first written as as_of 2025-11-03)
    ),
    case(
        "截至9月底，小米汽车累计交付超过40万辆，距首批交付仅18个月。",
        D(2025, 10, 2),
        "zh",
        [dlv(AUTO, 400000, MORE, **total_to(D(2025, 9, 30)))],
    ),
    case(
        "Xiaomi crossed 300,000 cumulative deliveries on June 28, 2025.",
        D(2025, 6, 30),
        None,
        [dlv(AUTO, 300000, **total_to(D(2025, 6, 28)))],
    ),
    case(
        "截至昨日，YU7累計鎖單數已超過24萬台。",
        D(2025, 6, 28),
        "zh",
        [
            ev(
                YU7,
                metric="locked_orders",
                value=240000,
                qualifier=MORE,
                **total_to(D(2025, 6, 27)),
            )
        ],
    ),
    case(
        "In the first eleven months of 2025, Xiaomi delivered about 350,000 cars, meeting its "
        "full-year goal a month early.",
        D(2025, 12, 2),
        None,
        [
            dlv(AUTO, 350000, ABOUT, **first_months(2025, 11)),
        ],
    ),
    case(
        "小米汽车1-10月累计交付约31万辆，距全年35万辆目标仅差约4万辆。",
        NOV01,
        "zh",
        [
            dlv(AUTO, 310000, ABOUT, **first_months(2025, 10)),
            goal(350000, **year(2025)),
        ],
    ),
    case(
        "By the end of last month, some 20,000 SU7 Ultras were on the road.",
        DEC01,
        None,
        [dlv(ULTRA, 20000, ABOUT, **total_to(D(2025, 11, 30)))],
    ),
]


@run(MILESTONES)
def test_milestones(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- brokers' forecasts and price targets --------------------------------------------------

BROKERS = [
    case(
        "Morgan Stanley expects Xiaomi to deliver 400,000 cars in 2025 and 600,000 in 2026, "
        "and raised its price target to HK$62.",
        D(2025, 10, 8),
        None,
        [fcst(AUTO, 400000, **year(2025)), fcst(AUTO, 600000, **year(2026))],
    ),
    case(
        "中金预计小米汽车2026年销量约55万辆，维持“跑赢行业”评级，目标价64港元。",
        D(2025, 11, 20),
        "zh",
        [fcst(AUTO, 550000, ABOUT, **year(2026))],
    ),
    case(
        "Jefferies forecasts Xiaomi's EV unit's revenue at RMB110bn next year, with a gross margin "
        "of 24%.",
        D(2025, 11, 20),
        None,
        [
            money("revenue", 1.1e11, status="forecast", **year(2026)),
            other("gross margin", 24, status="forecast", **year(2026)),
        ],
    ),
    case(
        "Analysts polled by Bloomberg see Xiaomi's EV deliveries at 103,000 in the fourth "
        "quarter, short of what the plant could build.",
        D(2025, 10, 5),
        None,
        [fcst(AUTO, 103000, **quarter(2025, 4))],
    ),
    case(
        "野村将小米目标价从55港元下调至50港元，并将2026年汽车交付预测下调10%。",
        D(2025, 12, 3),
        "zh",
        [],
    ),
    case(
        "HSBC: Xiaomi EV deliveries 2025E 355k, 2026E 520k; EV GPM 2025E 24.8%.",
        D(2025, 11, 1),
        None,
        [
            fcst(AUTO, 355000, **year(2025)),
            fcst(AUTO, 520000, **year(2026)),
            other("gross margin", 24.8, status="forecast", **year(2025)),
        ],
    ),
    case(
        "瑞银预测小米汽车业务2025年全年亏损将收窄至10亿元以内。",
        D(2025, 9, 10),
        "zh",
        [money("net_loss", 1e9, UPTO, status="forecast", **year(2025))],
    ),
]


@run(BROKERS)
def test_brokers(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- corrections, headlines with their lede ------------------------------------------------

HEADLINES = [
    case(
        "Xiaomi tops 40,000 deliveries for second month\n\nXiaomi delivered more than 40,000 "
        "vehicles in October, the company said on Saturday.",
        NOV01,
        None,
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    case(
        "Correction: An earlier version of this story said Xiaomi delivered 30,000 cars in "
        "July. It delivered more than 30,000.",
        D(2025, 8, 3),
        None,
        [dlv(AUTO, 30000, MORE, **month(2025, 7))],
    ),
    case(
        "更正：本文此前将小米汽车9月交付量误写为3.5万辆，实际为超过4万辆。",
        D(2025, 10, 3),
        "zh",
        [dlv(AUTO, 40000, MORE, **month(2025, 9))],
    ),
    case(
        "小米YU7上市18小时锁单24万台\n\n6月26日晚，小米YU7正式上市，18小时锁单量突破24万台。",
        D(2025, 6, 27),
        "zh",
        [ev(YU7, metric="locked_orders", value=240000, **WINDOW)],
    ),
    case(
        "Xiaomi's EV arm posts first quarterly profit\n\nBEIJING (Nov 18) - Xiaomi's electric "
        "vehicle business made an operating profit of 700 million yuan in July-September.",
        Q3RES,
        None,
        [other("operating profit", 7e8, **quarter(2025, 3))],
    ),
    case(
        "UPDATE 2-Xiaomi raises 2025 delivery goal to 350,000\n\nXiaomi on Wednesday raised its "
        "2025 delivery target to 350,000 vehicles from 300,000.",
        D(2025, 3, 19),
        None,
        [goal(350000, **year(2025)), goal(300000, **year(2025))],
    ),
    case(
        "Editor's note: figures for November were revised on Dec. 2; Xiaomi's deliveries were "
        "above 40,000, not 46,000 as first reported.",
        D(2025, 12, 2),
        None,
        [dlv(AUTO, 40000, MORE, **month(2025, 11))],
    ),
]


@run(HEADLINES)
def test_headlines(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- bullets and tables flattened into text ------------------------------------------------

TABLES = [
    case(
        "Xiaomi EV, quarterly | Deliveries | Revenue (RMB bn)\nQ1 2025 | 75,869 | 18.1\n"
        "Q2 2025 | 81,302 | 20.6\nQ3 2025 | 108,796 | 28.3",
        Q3RES,
        None,
        [
            dlv(AUTO, 75869, **quarter(2025, 1)),
            money("revenue", 1.81e10, status="actual", **quarter(2025, 1)),
            dlv(AUTO, 81302, **quarter(2025, 2)),
            money("revenue", 2.06e10, status="actual", **quarter(2025, 2)),
            dlv(AUTO, 108796, **quarter(2025, 3)),
            money("revenue", 2.83e10, status="actual", **quarter(2025, 3)),
        ],
    ),
    case(
        "Xiaomi EV key figures:\n• Deliveries: 108,796\n• EV revenue: RMB28.3bn\n• Gross margin: 25.5%\n"
        "(all for Q3 2025)",
        Q3RES,
        None,
        [
            dlv(AUTO, 108796, **quarter(2025, 3)),
            money("revenue", 2.83e10, status="actual", **quarter(2025, 3)),
            other("gross margin", 25.5, **quarter(2025, 3)),
        ],
    ),
    case(
        "小米汽车月度交付\n月份 交付量（辆）\n7月 30000+\n8月 30000+\n9月 40000+\n10月 40000+",
        NOV01,
        "zh",
        [
            dlv(AUTO, 30000, MORE, **month(2025, 7)),
            dlv(AUTO, 30000, MORE, **month(2025, 8)),
            dlv(AUTO, 40000, MORE, **month(2025, 9)),
            dlv(AUTO, 40000, MORE, **month(2025, 10)),
        ],
    ),
    case(
        "小米汽车三季度要点：\n- 交付：108796辆\n- 收入：283亿元\n- 毛利率：25.5%\n- 经营收益：7亿元",
        Q3RES,
        "zh",
        [
            dlv(AUTO, 108796, **quarter(2025, 3)),
            money("revenue", 2.83e10, status="actual", **quarter(2025, 3)),
            other("gross margin", 25.5, **quarter(2025, 3)),
            other("operating profit", 7e8, **quarter(2025, 3)),
        ],
    ),
    case(
        "Xiaomi model | Starting price (yuan)\nSU7 | 215,900\nSU7 Ultra | 529,900\nYU7 | 253,500",
        D(2025, 7, 1),
        None,
        [price(SU7, 215900), price(ULTRA, 529900), price(YU7, 253500)],
    ),
]


@run(TABLES)
def test_tables(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- number and date formats ---------------------------------------------------------------

FORMATS = [
    case(
        "小米汽车１０月交付量超过４００００辆。",
        NOV01,
        "zh",
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    case(
        "小米汽车三季度收入为２８３亿元。",
        Q3RES,
        "zh",
        [money("revenue", 2.83e10, status="actual", **quarter(2025, 3))],
    ),
    case(
        "Xiaomi's EV arm booked RMB 28.3 bn of revenue and RMB 700 mn of operating profit in Q3.",
        Q3RES,
        None,
        [
            money("revenue", 2.83e10, status="actual", **quarter(2025, 3)),
            other("operating profit", 7e8, **quarter(2025, 3)),
        ],
    ),
    case(
        "Xiaomi delivered forty thousand cars in October, a person close to the company "
        "said, the second month in a row at that level.",
        NOV01,
        None,
        [dlv(AUTO, 40000, **month(2025, 10))],
    ),
    case(
        "Xiaomi sold some two hundred thousand YU7s in the first three minutes.",
        D(2025, 6, 27),
        None,
        [ev(YU7, metric="orders", value=200000, qualifier=ABOUT, **WINDOW)],
    ),
    case(
        "小米汽车2025年交付目标为三十五万辆。",
        D(2025, 3, 19),
        "zh",
        [goal(350000, **year(2025))],
    ),
    case(
        "小米汽车1至9月累计营收约六百五十亿元。",
        Q3RES,
        "zh",
        [money("revenue", 6.5e10, ABOUT, status="actual", **first_months(2025, 9))],
    ),
    case(
        "Xiaomi delivered 1.08 lakh cars in the September quarter, India's Autocar noted.",
        Q3RES,
        None,
        [dlv(AUTO, 108000, **quarter(2025, 3))],
    ),
    case(
        "Xiaomi's EV revenue came to Rs 33,000 crore in Q3, about 28.3 billion yuan.",
        Q3RES,
        None,
        [money("revenue", 2.83e10, ABOUT, status="actual", **quarter(2025, 3))],
        # the rupee figure is a conversion of the yuan figure: one fact, the yuan one
    ),
    case(
        "小米汽车2025年11月第2周交付约1万辆。",
        D(2025, 11, 18),
        "zh",
        [dlv(AUTO, 10000, ABOUT, **week(D(2025, 11, 10), D(2025, 11, 16)))],
    ),
    case(
        "小米汽车前三季度交付26.6万辆，四季度还需交付8.4万辆才能完成35万辆的全年目标。",
        D(2025, 10, 2),
        "zh",
        [dlv(AUTO, 266000, **first_months(2025, 9)), goal(350000, **year(2025))],
    ),
    case(
        "Xiaomi Auto delivered 40k+ vehicles last month (Oct.).",
        D(2025, 11, 3),
        None,
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    case(
        "小米SU7 2024年全年交付13.69万台，其中12月交付超2万台。",
        D(2025, 1, 2),
        "zh",
        [dlv(SU7, 136900, **year(2024)), dlv(SU7, 20000, MORE, **month(2024, 12))],
    ),
    case(
        "Xiaomi's Q3 EV revenue was CNY28,300m.",
        Q3RES,
        None,
        [money("revenue", 2.83e10, status="actual", **quarter(2025, 3))],
    ),
    case(
        "小米汽车研发团队规模1万2千人。",
        D(2025, 7, 1),
        "zh",
        [ev(AUTO, metric="headcount", value=12000)],
    ),
    case(
        "小米YU7上市首月交付量約為1萬輛，遠低於24萬台的鎖單量。",
        D(2025, 8, 1),
        "zh",
        [
            ev(YU7, metric="deliveries", value=10000, qualifier=ABOUT, **WINDOW),
            ev(YU7, metric="locked_orders", value=240000),
        ],
    ),
    case(
        "Xiaomi delivers 10K SU7s within 33 days of first handover (Apr 3 - May 5, 2024).",
        D(2024, 5, 6),
        None,
        [dlv(SU7, 10000, **WINDOW)],
    ),
]


@run(FORMATS)
def test_formats(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- negations and hypotheticals -----------------------------------------------------------

HYPOTHETICALS = [
    case(
        "If Xiaomi keeps delivering 40,000 cars a month, it would hand over 480,000 in a year.",
        D(2025, 11, 5),
        None,
        [],
    ),
    case(
        "Xiaomi did not reach its 300,000 orders mark for the YU7, despite rumours that it had.",
        D(2025, 7, 1),
        None,
        [],
    ),
    case(
        "小米汽车9月交付量并非网传的5万辆，官方口径为超过4万辆。",
        D(2025, 10, 2),
        "zh",
        [dlv(AUTO, 40000, MORE, **month(2025, 9))],
    ),
    case(
        "小米汽车11月交付未达5万辆，但仍超过4万辆。",
        DEC01,
        "zh",
        [dlv(AUTO, 40000, MORE, **month(2025, 11))],
    ),
    case(
        "Without the Ultra, Xiaomi's average selling price would have been closer to 230,000 yuan.",
        Q2RES,
        None,
        [],
    ),
    case(
        "Had the plant not been shut for two weeks for upgrades, Xiaomi could have delivered "
        "about 45,000 cars in August, one supplier said.",
        D(2025, 9, 2),
        None,
        [],
    ),
    case(
        "如果三期工厂按期投产，小米汽车2026年产能有望达到45万辆。",
        D(2025, 9, 3),
        "zh",
        [cap(450000, status="forecast")],
    ),
    case(
        "Lei Jun denied reports that Xiaomi would cut the YU7's price to 229,900 yuan.",
        D(2025, 10, 10),
        None,
        [],
    ),
    case(
        "小米从未公布SU7 Ultra的单月交付量，外界估计10月约为1500辆。",
        NOV01,
        "zh",
        [fcst(ULTRA, 1500, ABOUT, **month(2025, 10))],
        xf="an outside estimate ('外界估计10月约为1500辆') should be SU7 Ultra deliveries about 1,500, forecast, October; got nothing",
    ),
    case(
        "No, Xiaomi did not deliver 50,000 cars in October. The company said deliveries were "
        "above 40,000.",
        NOV01,
        None,
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    case(
        "Xiaomi would need to deliver 84,000 cars in the fourth quarter to hit its 350,000 target.",
        D(2025, 10, 5),
        None,
        [goal(350000)],
    ),
]


@run(HYPOTHETICALS)
def test_hypotheticals(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)
