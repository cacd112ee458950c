"""Families of the tenth probe set fixed together (our own sentences; expectations written
before the extractor was run on them):

- tables flattened by a page cleaner (markdown, bars between cells only, tab-separated): each
  figure of a row is read with the header's measure and the caption's subject, when the rows
  are periods; a row that names a maker or a model is its own subject (tables.py);
- ranking and scorecard lines: a list headed by its month ("October league table: …"), signs
  before a figure ("Xiaomi >40k"), a rank told with its count (以1.31万辆位列第二, "ranked
  third with 18,600 units") and a score after a verb of beating ("outsold the Model Y, 20,000
  units to 18,000");
- a rival's figure, then Xiaomi's in the next clause with a verb of reaching a level or a
  copula ("while Xiaomi exceeded 40,000", "，小米YU7则为1.86万辆");
- wording: Hong Kong 經營溢利 (operating profit), 门店已达/增至 (stores), "running at 40,000
  units a month" (a production rate).

Conventions as in test_metrics_review8.py and _review10.py.
"""

import datetime as dt
from typing import Any

from test_metrics_review import check, ev
from test_metrics_review8 import (
    ABOUT,
    AUTO,
    MORE,
    RATE,
    SU7,
    YU7,
    case,
    dlv,
    money,
    month,
    other,
    quarter,
    run,
)

D = dt.date


# --- flattened tables ------------------------------------------------------------------------

TABLES = [
    case(
        "Xiaomi EV deliveries by month\n| Month | Units delivered |\n|:---|---:|\n"
        "| Jun 2025 | 25,000+ |\n| Jul 2025 | 30,000+ |",
        D(2025, 8, 5),
        "en",
        [dlv(AUTO, 25000, MORE, **month(2025, 6)), dlv(AUTO, 30000, MORE, **month(2025, 7))],
    ),
    case(
        "Maker\tSeptember deliveries\nLeapmotor\t66,657\nXiaomi\t40,000+\nXPeng\t41,581",
        D(2025, 10, 2),
        "en",
        [dlv(AUTO, 40000, MORE, **month(2025, 9))],
    ),
    case(
        "小米汽车业务季度业绩\n| 季度 | 收入（亿元） |\n| --- | --- |\n| 2025年第二季度 | 206 |\n"
        "| 2025年第三季度 | 290 |",
        D(2025, 11, 20),
        "zh",
        [
            money("revenue", 2.06e10, status="actual", **quarter(2025, 2)),
            money("revenue", 2.9e10, status="actual", **quarter(2025, 3)),
        ],
    ),
    case(
        "| Rank | Model | October sales |\n| --- | --- | --- |\n| 1 | Tesla Model Y | 36,000 |\n"
        "| 2 | BYD Song | 29,000 |\n| 3 | Xiaomi YU7 | 18,600 |",
        D(2025, 11, 12),
        "en",
        [dlv(YU7, 18600, **month(2025, 10))],
    ),
    case(
        "|  | Q2 2025 | Q3 2025 |\n| --- | --- | --- |\n| Xiaomi EV deliveries | 81,302 | 108,796 |",
        D(2025, 11, 20),
        "en",
        [dlv(AUTO, 81302, **quarter(2025, 2)), dlv(AUTO, 108796, **quarter(2025, 3))],
    ),
    case(
        "| 车型 | 10月销量（辆） |\n| --- | --- |\n| 小米SU7 | 12800 |\n| 小米YU7 | 18600 |",
        D(2025, 11, 12),
        "zh",
        [dlv(SU7, 12800, **month(2025, 10)), dlv(YU7, 18600, **month(2025, 10))],
    ),
    case(
        "Xiaomi EV | Deliveries\nAugust 2025 | 30,000+\nSeptember 2025 | 40,000+",
        D(2025, 10, 2),
        "en",
        [dlv(AUTO, 30000, MORE, **month(2025, 8)), dlv(AUTO, 40000, MORE, **month(2025, 9))],
    ),
    case(
        "Xiaomi weekly registrations\n| Week | Registrations |\n| --- | --- |\n"
        "| Nov 17-23 | 9,800 |\n| Nov 24-30 | 10,200 |",
        D(2025, 12, 2),
        "en",
        [
            dlv(AUTO, 9800, period_kind="week", period_start=D(2025, 11, 17)),
            dlv(AUTO, 10200, period_kind="week", period_start=D(2025, 11, 24)),
        ],
    ),
    # a total row under the months is a sum over them, of no one period: left out
    case(
        "Xiaomi deliveries\n| Month | Deliveries | YoY |\n| --- | --- | --- |\n"
        "| Sep 2025 | 40,000+ | +150% |\n| Oct 2025 | 40,000+ | +100% |\n| Total | 80,000+ | |",
        D(2025, 11, 12),
        "en",
        [dlv(AUTO, 40000, MORE, **month(2025, 9)), dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    # cells parted by spaces only, under a period column's header
    case(
        "Xiaomi EV output\nQuarter Production\nQ2 2025 81,000\nQ3 2025 109,000",
        D(2025, 11, 20),
        "en",
        [
            ev(AUTO, metric="production", value=81000, **quarter(2025, 2)),
            ev(AUTO, metric="production", value=109000, **quarter(2025, 3)),
        ],
    ),
    case(
        "小米汽车交付\n月份 交付量\n9月 超4万辆\n10月 超4万辆",
        D(2025, 11, 3),
        "zh",
        [dlv(AUTO, 40000, MORE, **month(2025, 9)), dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    # specs, rivals' figures (under a caption that names Xiaomi), a phone's prices: nothing
    case(
        "| Model | Range (km) | 0-100 km/h (s) |\n| --- | --- | --- |\n| Xiaomi SU7 | 700 | 2.78 |\n"
        "| Xiaomi YU7 | 770 | 3.23 |",
        D(2025, 7, 1),
        "en",
        [],
    ),
    case(
        "How Xiaomi rivals fared\n| Maker | October deliveries |\n| --- | --- |\n| NIO | 40,397 |\n"
        "| XPeng | 42,013 |",
        D(2025, 11, 3),
        "en",
        [],
    ),
    case(
        "小米汽车的对手们\n| 品牌 | 10月销量 |\n| --- | --- |\n| 特斯拉 | 61497 |\n| 理想 | 31767 |",
        D(2025, 11, 3),
        "zh",
        [],
    ),
    case(
        "| 小米手机 | 售价 |\n| --- | --- |\n| 小米17 | 4499元 |\n| 小米17 Pro | 4999元 |",
        D(2025, 10, 1),
        "zh",
        [],
    ),
    case(
        "Xiaomi is not the only one growing.\nTesla China deliveries\n| Month | Deliveries |\n"
        "| --- | --- |\n| October 2025 | 61,497 |",
        D(2025, 11, 3),
        "en",
        [],
    ),
    case(
        "Xiaomi does not break out weekly data.\nTesla China\nMonth Deliveries\n"
        "September 2025 71,525\nOctober 2025 61,497",
        D(2025, 11, 3),
        "en",
        [],
    ),
]


@run(TABLES)
def test_tables(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- ranking and scorecard lines ---------------------------------------------------------------

RANKINGS = [
    case(
        "October league table: NIO 40,397, Xiaomi >40,000, Li Auto 31,767.",
        D(2025, 11, 3),
        "en",
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    case(
        "October scorecard: Leapmotor 70,300; Xiaomi ~40,000; XPeng 42,000.",
        D(2025, 11, 3),
        "en",
        [dlv(AUTO, 40000, ABOUT, **month(2025, 10))],
    ),
    case(
        "September retail: BYD Seal 15,000; Xiaomi SU7 13,100; Tesla Model 3 9,400.",
        D(2025, 10, 14),
        "en",
        [dlv(SU7, 13100, **month(2025, 9))],
    ),
    case(
        "在9月轿车销量榜上，小米SU7以1.31万辆位列第二。",
        D(2025, 10, 14),
        "zh",
        [dlv(SU7, 13100, **month(2025, 9))],
    ),
    case(
        "In October the YU7 ranked third among SUVs with 18,600 units.",
        D(2025, 11, 12),
        "en",
        [dlv(YU7, 18600, **month(2025, 10))],
    ),
    case(
        "The YU7 outsold the Model Y in October, 20,000 units to 18,000.",
        D(2025, 11, 12),
        "en",
        [dlv(YU7, 20000, **month(2025, 10))],
    ),
    case(
        "In November the SU7 beat rival Zeekr 001, 14,000 registrations to 6,200.",
        D(2025, 12, 10),
        "en",
        [dlv(SU7, 14000, **month(2025, 11))],
    ),
    case(
        "Tesla's Model Y outsold the YU7 in October, 36,000 units to 18,600.",
        D(2025, 11, 12),
        "en",
        [dlv(YU7, 18600, **month(2025, 10))],
    ),
    case(
        "The SU7 came second in the September sedan ranking, with 13,100 units.",
        D(2025, 10, 14),
        "en",
        [dlv(SU7, 13100, **month(2025, 9))],
    ),
    case(
        "The YU7 was third in the November SUV league table at 21,000 units, behind the Model Y.",
        D(2025, 12, 10),
        "en",
        [dlv(YU7, 21000, **month(2025, 11))],
    ),
    # a rank in a survey, a rank with a market share: nothing
    case("Xiaomi ranked fifth in the J.D. Power study with 820 points.", D(2025, 9, 1), "en", []),
    case("小米汽车在新势力中排名第三，市场份额为12.5%。", D(2025, 11, 12), "zh", []),
]


@run(RANKINGS)
def test_rankings(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- a rival's figure, then Xiaomi's ---------------------------------------------------------

RIVALS = [
    case(
        "BYD sold 480,000 vehicles in November, whereas Xiaomi exceeded 40,000.",
        D(2025, 12, 1),
        "en",
        [dlv(AUTO, 40000, MORE, **month(2025, 11))],
    ),
    case(
        "NIO handed over 36,275 cars in November, while Xiaomi surpassed 40,000.",
        D(2025, 12, 1),
        "en",
        [dlv(AUTO, 40000, MORE, **month(2025, 11))],
    ),
    case(
        "理想10月交付31767辆，小米汽车则超过4万辆。",
        D(2025, 11, 3),
        "zh",
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    case(
        "10月特斯拉Model Y销量3.6万辆，小米YU7则为1.86万辆。",
        D(2025, 11, 12),
        "zh",
        [dlv(YU7, 18600, **month(2025, 10))],
    ),
    case(
        "Tesla sold 61,497 cars in November while Xiaomi's market value topped 1 trillion.",
        D(2025, 12, 1),
        "en",
        [],
    ),
    case("比亚迪10月销量44万辆，小米集团市值为1.2万亿港元。", D(2025, 11, 3), "zh", []),
    case("特斯拉10月交付6.1万辆，理想为3.2万辆，小米未公布数据。", D(2025, 11, 3), "zh", []),
]


@run(RIVALS)
def test_rivals(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- wording: operating profit (Hong Kong), stores, a plant's pace -----------------------------

WORDING = [
    case(
        "小米汽車業務第二季經營溢利為5億元。",
        D(2025, 8, 19),
        "zh",
        [other("operating profit", 5e8, **quarter(2025, 2))],
    ),
    case("小米汽车门店总数增至402家。", D(2025, 11, 3), "zh", [other("stores", 402)]),
    case(
        "小米汽车销售门店已超过300家。",
        D(2025, 11, 3),
        "zh",
        [other("stores", 300, qualifier=MORE)],
    ),
    case(
        "Xiaomi's plant is running at 40,000 units a month.",
        D(2025, 10, 20),
        "en",
        [ev(AUTO, metric="production", value=40000, **RATE)],
    ),
    case(
        "Xiaomi's Yizhuang factory is operating at around 35,000 cars per month.",
        D(2025, 10, 20),
        "en",
        [ev(AUTO, metric="production", value=35000, qualifier=ABOUT, **RATE)],
    ),
    case("Xiaomi's factory is running at full capacity.", D(2025, 10, 20), "en", []),
    case("Xiaomi's factory is running at 40% of capacity.", D(2025, 10, 20), "en", []),
]


@run(WORDING)
def test_wording(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)
