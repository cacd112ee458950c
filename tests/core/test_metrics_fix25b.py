"""Families of the fix25b round, each pinned by sentences written for this file (none copied
from a probe set): numbers in words with their hedges; a scoreboard row of makers with month
and year-to-date cells and a flattened filing table in 人民币百万元; a buyer's guide's trim lines;
the car business as the subject of a plant's headcount, of a loss in an answer about the cars
and of a day's handovers; a supplier's own figures; the question lines of a Q&A; a planned
capacity; a price threshold that names a market segment.

Conventions as in test_metrics_review8.py: a finished month of an actual runs first to last
day, as_of its last day; a capacity is a rate, a planned one a target; a price has no period;
a supplier's figure, a question and a market segment are no events.
"""

import datetime as dt
from typing import Any

import pytest
from test_metrics_review import check, ev
from test_metrics_review8 import (
    ABOUT,
    AUTO,
    MORE,
    SU7,
    YU7,
    cap,
    dlv,
    first_months,
    money,
    month,
    price,
    quarter,
    year,
)

D = dt.date
CUM = {"period_kind": "cumulative"}


def staff(value: float, q: str = "exact", subject: str = AUTO) -> dict[str, Any]:
    return ev(subject, metric="headcount", value=value, qualifier=q)


def day(d: dt.date) -> dict[str, Any]:
    return {"period_kind": "day", "period_start": d, "period_end": d, "as_of": d}


def run(cases: list[Any]) -> Any:
    return pytest.mark.parametrize(("text", "published", "lang", "want"), cases)


def _check(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- numbers in words: "a hundred", "three quarters of a million", hedges before "a" ---------

WORDS = [
    (
        "Xiaomi delivered more than a hundred and twenty thousand cars last year.",
        D(2025, 3, 1),
        None,
        [dlv(AUTO, 120000, MORE, **year(2024))],
    ),
    (
        "Xiaomi handed over roughly a hundred thousand vehicles in the second quarter.",
        D(2025, 7, 20),
        None,
        [dlv(AUTO, 100000, ABOUT, **quarter(2025, 2))],
    ),
    (
        "Xiaomi's deliveries since launch have reached nearly three quarters of a million.",
        D(2026, 5, 2),
        None,
        [dlv(AUTO, 750000, ABOUT, **CUM)],
    ),
    (
        "Xiaomi delivered a little under forty thousand cars in August.",
        D(2025, 9, 2),
        None,
        [dlv(AUTO, 40000, ABOUT, **month(2025, 8))],
    ),
    (
        "That lifts Xiaomi's tally since deliveries began to about two hundred and sixty "
        "thousand cars.",
        D(2025, 7, 2),
        None,
        [dlv(AUTO, 260000, ABOUT, **CUM)],
    ),
    (
        "Its tally since launch now stands at some five hundred thousand vehicles, Xiaomi said.",
        D(2026, 2, 2),
        None,
        [dlv(AUTO, 500000, ABOUT, **CUM)],
    ),
    (
        "Xiaomi aims to deliver a million cars in 2027.",
        D(2025, 10, 2),
        None,
        [
            ev(
                AUTO,
                metric="delivery_target",
                value=1e6,
                status="target",
                **{k: v for k, v in year(2027).items() if k != "as_of"},
            )
        ],
    ),
    (
        "Xiaomi's tally since launch is approaching half a million cars.",
        D(2026, 1, 5),
        None,
        [dlv(AUTO, 500000, ABOUT, **CUM)],
    ),
    # "a million" phones are no car figure, nor "one in a million"
    (
        "Xiaomi delivered more than a million phones and 40,000 cars in September.",
        D(2025, 10, 2),
        None,
        [dlv(AUTO, 40000, **month(2025, 9))],
    ),
    # a price just under a figure is a ceiling
    (
        "The SU7 costs a little under 220,000 yuan.",
        D(2025, 5, 1),
        None,
        [price(SU7, 220000) | {"qualifier": "up_to"}],
    ),
    # an order tally is no delivery tally, and a hundred phones no car figure
    ("Xiaomi sold a hundred phones at the pop-up store.", D(2025, 5, 1), None, []),
    # a vague amount is no figure
    ("Xiaomi has delivered a few hundred thousand cars since launch.", D(2025, 5, 1), None, []),
    ("Xiaomi has delivered tens of thousands of cars this year.", D(2025, 5, 1), None, []),
]


@run(WORDS)
def test_numbers_in_words(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    _check(text, published, lang, want)


# --- a buyer's guide's trim lines: every trim's price, the first line included ---------------

TRIMS = [
    (
        "The SU7 comes in three trims.\n\nStandard, 215,900 yuan: rear-wheel drive and a 700 km "
        "range.\n\nPro, 245,900 yuan: a bigger battery.\n\nMax, 299,900 yuan: two motors.",
        D(2025, 7, 10),
        None,
        [price(SU7, 215900), price(SU7, 245900), price(SU7, 299900)],
    ),
    (
        "Here is how the YU7 range is priced.\n\nStandard at 253,500 yuan - the one most buyers "
        "pick.\nPro at 279,900 yuan - all-wheel drive.",
        D(2025, 7, 10),
        None,
        [price(YU7, 253500), price(YU7, 279900)],
    ),
    (
        "YU7 prices\nStandard — 253,500 yuan\nPro — 279,900 yuan\nMax — 329,900 yuan",
        D(2025, 7, 10),
        None,
        [price(YU7, 253500), price(YU7, 279900), price(YU7, 329900)],
    ),
    (
        "SU7 prices: Standard, 215,900 yuan; Pro, 245,900 yuan.",
        D(2025, 7, 10),
        None,
        [price(SU7, 215900), price(SU7, 245900)],
    ),
    (
        "小米SU7各版本售价如下。\n标准版：21.59万元\nPro版：24.59万元",
        D(2025, 7, 10),
        "zh",
        [price(SU7, 215900), price(SU7, 245900)],
    ),
    # a trim's extra cost over another is a difference, and a spec line no price
    (
        "The YU7 line-up, compared.\n- Standard: 253,500 yuan\n- Pro: 26,400 yuan more than the "
        "Standard",
        D(2025, 7, 10),
        None,
        [price(YU7, 253500)],
    ),
    ("Xiaomi YU7 trims.\nMax: 690 hp, 3.23 seconds to 100 km/h.", D(2025, 7, 10), None, []),
    # (told in English: a three-line page alone is too short for the language guess, and
    # "215,900" under a guessed decimal comma is no price)
    (
        "Xiaomi's SU7 line-up:\n- Standard: 215,900 yuan\n- Pro: 245,900 yuan",
        D(2025, 7, 10),
        "en",
        [price(SU7, 215900), price(SU7, 245900)],
    ),
]


@run(TRIMS)
def test_trim_lines(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    _check(text, published, lang, want)


# --- the car business as the subject: a plant's people, an answer's loss, a day's handovers ---

SUBJECTS = [
    (
        "Xiaomi's Yizhuang plant runs two shifts. About 5,000 people work at the plant.",
        D(2026, 3, 10),
        None,
        [staff(5000, ABOUT)],
    ),
    (
        "Xiaomi's car factory in Beijing now employs some 4,000 people.",
        D(2026, 3, 10),
        None,
        [staff(4000, ABOUT)],
    ),
    ("小米汽车北京工厂目前有员工约5000人。", D(2026, 3, 10), "zh", [staff(5000, ABOUT)]),
    # the group's own headcount stays the group's; a phone factory's people are no car figure
    (
        "Xiaomi has about 40,000 employees.",
        D(2026, 3, 10),
        None,
        [staff(40000, ABOUT, "Xiaomi Group")],
    ),
    (
        "Xiaomi's smartphone factory in Changping: about 1,000 people work at the plant.",
        D(2026, 3, 10),
        None,
        [],
    ),
    (
        "记者：汽车业务何时能盈利？\n卢伟冰：二季度经调整净亏损约3亿元，我们正在接近盈亏平衡。",
        D(2025, 8, 20),
        "zh",
        [money("net_loss", 3e8, ABOUT, **quarter(2025, 2))],
    ),
    (
        "Q: When will the EV business break even?\nLu Weibing: Our adjusted net loss narrowed "
        "to about 700 million yuan in the second quarter.",
        D(2025, 8, 20),
        None,
        [money("net_loss", 7e8, ABOUT, **quarter(2025, 2))],
    ),
    # an answer to a question on the phones, or on the group as a whole, is no car figure
    ("问：手机业务表现如何？\n卢伟冰：三季度手机收入460亿元。", D(2025, 11, 19), "zh", []),
    (
        "Xiaomi's delivery centres handed over more than 2,000 cars on Sunday, Aug. 11.",
        D(2024, 8, 14),
        None,
        [dlv(AUTO, 2000, MORE, **day(D(2024, 8, 11)))],
    ),
    (
        "Xiaomi delivered 3,000 cars on August 12, a single-day record.",
        D(2024, 8, 14),
        None,
        [dlv(AUTO, 3000, **day(D(2024, 8, 12)))],
    ),
    (
        "Xiaomi handed over 1,500 vehicles on Saturday, August 10, the company said.",
        D(2024, 8, 14),
        None,
        [dlv(AUTO, 1500, **day(D(2024, 8, 10)))],
    ),
    # a second clause with its own subject and plain "cars": the company's day, not the
    # model or the month of the clause before
    (
        "Xiaomi delivered more than 10,000 SU7s in July, and its delivery centres handed over "
        "more than 2,500 cars on Saturday, Aug. 10, a one-day record.",
        D(2024, 8, 14),
        None,
        [
            dlv(SU7, 10000, MORE, **month(2024, 7)),
            dlv(AUTO, 2500, MORE, **day(D(2024, 8, 10))),
        ],
    ),
    (
        "Xiaomi delivered 40,000 cars in July, including 3,000 on July 31, a single-day record.",
        D(2025, 8, 2),
        None,
        [dlv(AUTO, 40000, **month(2025, 7)), dlv(AUTO, 3000, **day(D(2025, 7, 31)))],
    ),
    # the model named in the second clause keeps its figure
    (
        "Xiaomi delivered 13,000 SU7s in July, and it expects to deliver 15,000 SU7s in August.",
        D(2024, 8, 14),
        None,
        [
            dlv(SU7, 13000, **month(2024, 7)),
            ev(SU7, metric="deliveries", value=15000, status="forecast"),
        ],
    ),
    # a weekday alone after a target is when it was set, not a day's figure
    (
        "Xiaomi raised its 2025 delivery goal to 360,000 units on Tuesday.",
        D(2025, 3, 5),
        None,
        [
            ev(
                AUTO,
                metric="delivery_target",
                value=360000,
                status="target",
                **{k: v for k, v in year(2025).items() if k != "as_of"},
            )
        ],
    ),
    # the day a running total is told is its as_of, not a day's figure
    (
        "On Sunday, Aug. 11, Xiaomi said it had delivered more than 60,000 cars since launch.",
        D(2024, 8, 14),
        None,
        [dlv(AUTO, 60000, MORE, period_kind="cumulative", as_of=D(2024, 8, 11))],
    ),
]


@run(SUBJECTS)
def test_car_business_subject(
    text: str, published: dt.date, lang: str | None, want: list[Any]
) -> None:
    _check(text, published, lang, want)


# --- a question line reports nothing; its answer may ----------------------------------------

QUESTIONS = [
    ("问：第10万台车什么时候下线？\n雷军：就在这几天。", D(2024, 11, 19), "zh", []),
    ("记者：小米汽车今年能交付10万辆吗？\n雷军：我们有信心。", D(2024, 11, 19), "zh", []),
    (
        "Reporter: Will Xiaomi deliver 130,000 cars this year?\nLei Jun: We are confident.",
        D(2024, 11, 19),
        None,
        [],
    ),
    ("When will the 200,000th Xiaomi car roll off the line?", D(2025, 5, 1), None, []),
    (
        "Can Xiaomi really sell 350,000 cars this year? The company delivered 40,000 in October.",
        D(2025, 11, 3),
        None,
        [dlv(AUTO, 40000, **month(2025, 10))],
    ),
    # the answer to a figure-less question keeps its figure
    (
        "Q: How many cars did you deliver in October?\nA: More than 20,000, Lei said.",
        D(2024, 11, 19),
        None,
        [dlv(AUTO, 20000, MORE, **month(2024, 10))],
    ),
    (
        "问：三季度交付了多少辆？\n卢伟冰：108796辆。",
        D(2024, 11, 19),
        "zh",
        [dlv(AUTO, 108796, **quarter(2024, 3))],
    ),
    # a statement before a question keeps its figure
    (
        "小米汽车10月交付超过4万辆，能否完成全年目标？",
        D(2025, 11, 2),
        "zh",
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    (
        "When Xiaomi delivered 40,000 cars in October, few rivals noticed; will they now?",
        D(2025, 11, 2),
        None,
        [dlv(AUTO, 40000, **month(2025, 10))],
    ),
    (
        "Xiaomi delivered 20,000 cars in October. What comes next?",
        D(2024, 11, 19),
        None,
        [dlv(AUTO, 20000, **month(2024, 10))],
    ),
]


@run(QUESTIONS)
def test_question_lines(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    _check(text, published, lang, want)


# --- a planned capacity: a phase or plant with its yearly output, still to come --------------

CAPACITY = [
    (
        "Xiaomi's Beijing plant has an annual capacity of 300,000 vehicles. A third phase with "
        "150,000 units a year is due later this year.",
        D(2026, 3, 10),
        None,
        [cap(300000, status="actual"), cap(150000, status="target")],
    ),
    (
        "Xiaomi plans a Wuhan plant with 300,000 units a year, due to start production in 2027.",
        D(2026, 3, 10),
        None,
        [cap(300000, status="target")],
    ),
    (
        "The third phase of Xiaomi's plant will add annual capacity of 200,000 cars.",
        D(2026, 3, 10),
        None,
        [cap(200000, status="target")],
    ),
    (
        "小米汽车三期工厂年产能15万辆，预计今年下半年投产。",
        D(2026, 3, 10),
        "zh",
        [cap(150000, status="target")],
    ),
    # a phase already running is a capacity reached; robots on a line are no capacity
    (
        "Xiaomi's second phase, with 150,000 units a year, started production last June.",
        D(2026, 3, 10),
        None,
        [cap(150000, status="actual")],
    ),
    ("The Xiaomi plant's line with 40 robots welds a body every minute.", D(2026, 3, 10), None, []),
]


@run(CAPACITY)
def test_planned_capacity(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    _check(text, published, lang, want)


# --- a price threshold names a market segment, not a model's price ----------------------------

THRESHOLDS = [
    (
        "The SU7 is one of the best-selling electric cars in China priced above 200,000 yuan.",
        D(2025, 12, 1),
        None,
        [],
    ),
    ("In the segment above 300,000 yuan, the SU7 Ultra leads.", D(2025, 12, 1), None, []),
    (
        "The YU7 leads among SUVs that cost more than 250,000 yuan in China.",
        D(2025, 12, 1),
        None,
        [],
    ),
    ("小米SU7是20万元以上纯电轿车中销量最高的车型。", D(2025, 12, 1), "zh", []),
    ("在20万元以上的车型中，小米YU7销量排名第一。", D(2025, 12, 1), "zh", []),
    # a model's own price stays one
    ("The SU7 is priced at 215,900 yuan.", D(2025, 12, 1), None, [price(SU7, 215900)]),
    ("小米SU7起售价21.59万元。", D(2025, 12, 1), "zh", [price(SU7, 215900)]),
]


@run(THRESHOLDS)
def test_price_thresholds(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    _check(text, published, lang, want)


# --- a supplier's own figures are not the car business's ----------------------------------------

SUPPLIERS = [
    (
        "A chassis supplier to Xiaomi said its first-half revenue rose 21% to 12.8 billion yuan, "
        "with Xiaomi accounting for about 10% of its orders.",
        D(2025, 9, 10),
        None,
        [],
    ),
    (
        "Xiaomi's battery supplier posted a net loss of 300 million yuan in the second quarter.",
        D(2025, 9, 10),
        None,
        [],
    ),
    ("作为小米的供应商，该公司上半年净利润13.2亿元。", D(2025, 9, 10), "zh", []),
    (
        "The company, which makes chassis parts for Xiaomi, has about 8,000 employees.",
        D(2025, 9, 10),
        None,
        [],
    ),
    (
        "为小米汽车供货的某电池厂商，今年上半年营收约200亿元，小米订单占比约15%。",
        D(2025, 9, 10),
        "zh",
        [],
    ),
    (
        "Tuopu, which counts Xiaomi among its customers, reported first-half revenue of 13 "
        "billion yuan.",
        D(2025, 9, 10),
        None,
        [],
    ),
    ("该公司客户包括小米汽车，上半年营收达到128亿元。", D(2025, 9, 10), "zh", []),
    # the car business's own money stays its own
    (
        "小米汽车二季度营收213亿元。",
        D(2025, 9, 10),
        "zh",
        [money("revenue", 2.13e10, **quarter(2025, 2))],
    ),
]


@run(SUPPLIERS)
def test_supplier_figures(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    _check(text, published, lang, want)


# --- tables: a scoreboard of makers with labelled period cells; a flattened results table ----

SCOREBOARD = """Each month we compare what China's younger carmakers handed over to buyers.

NIO | Oct: 40,397 | Sep: 34,749 | YTD: 241,928
Xiaomi | Oct: >40,000 | Sep: >40,000 | YTD: >300,000
Leapmotor | Oct: 70,289 | Sep: 66,657 | YTD: 465,805
"""

ZH_SCOREBOARD_ROWS = """新势力10月交付榜出炉，各家交付数据如下。

零跑汽车 | 10月：70289 | 9月：66657
小米汽车 | 10月：超4万 | 9月：超4万
"""

EN_RESULTS_TABLE = """Xiaomi's smart EV segment delivered 108,796 vehicles in the third quarter.

Segment results (RMB million)
Three months ended September 30 | 2025 | 2024
Segment revenue | 29,008.5 | 9,734.1
Operating profit/(loss) | 700.0 | (1,535.9)
"""

ZH_RESULTS_TABLE = """小米集团公布，截至2025年6月30日止三个月，智能电动汽车分部交付新车81,302辆。

分部业绩（人民币百万元）
截至6月30日止三个月 | 2025年 | 2024年
分部收入 | 21,300.0 | 6,400.0
经营利润/（亏损） | (300.0) | (1,800.0)
"""

# rows of makers with no measure named over them, and a table of rivals only, give nothing
NO_MEASURE = """China's start-ups, October.

Xiaomi | Oct: >40,000 | Sep: >40,000
NIO | Oct: 40,397 | Sep: 34,749
"""

HEADED_SCOREBOARD = """Our monthly table of deliveries by China's start-ups.

Maker | Sep | Aug | YTD
Leapmotor | 66,657 | 57,066 | 397,000
Xiaomi | >40,000 | >30,000 | >250,000
"""

TABLES = [
    (
        HEADED_SCOREBOARD,
        D(2025, 10, 2),
        None,
        [
            dlv(AUTO, 40000, MORE, **month(2025, 9)),
            dlv(AUTO, 30000, MORE, **month(2025, 8)),
            dlv(AUTO, 250000, MORE, **first_months(2025, 9)),
        ],
    ),
    (
        SCOREBOARD,
        D(2025, 11, 3),
        None,
        [
            dlv(AUTO, 40000, MORE, **month(2025, 10)),
            dlv(AUTO, 40000, MORE, **month(2025, 9)),
            dlv(AUTO, 300000, MORE, **first_months(2025, 10)),
        ],
    ),
    (
        ZH_SCOREBOARD_ROWS,
        D(2025, 11, 3),
        "zh",
        [dlv(AUTO, 40000, MORE, **month(2025, 10)), dlv(AUTO, 40000, MORE, **month(2025, 9))],
    ),
    (
        EN_RESULTS_TABLE,
        D(2025, 11, 18),
        None,
        [
            dlv(AUTO, 108796, **quarter(2025, 3)),
            money("revenue", 2.90085e10, **quarter(2025, 3)),
            money("revenue", 9.7341e9, **quarter(2024, 3)),
            ev(AUTO, metric="other", value=7e8, label="operating profit", **quarter(2025, 3)),
            money("net_loss", 1.5359e9, **quarter(2024, 3)),
        ],
    ),
    (
        ZH_RESULTS_TABLE,
        D(2025, 8, 20),
        "zh",
        [
            dlv(AUTO, 81302, **quarter(2025, 2)),
            money("revenue", 2.13e10, **quarter(2025, 2)),
            money("revenue", 6.4e9, **quarter(2024, 2)),
            money("net_loss", 3e8, **quarter(2025, 2)),
            money("net_loss", 1.8e9, **quarter(2024, 2)),
        ],
    ),
    (NO_MEASURE, D(2025, 11, 3), None, []),
]


@run(TABLES)
def test_tables(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    _check(text, published, lang, want)
