"""Adversarial probes of the extractor, structures set (16), written without sight of the devset:
short passages (one to six sentences) of Xiaomi car coverage in English and Chinese that stress
the STRUCTURE of a statement rather than its vocabulary: several figures of different metrics
in one sentence; figures joined by "and", "while", "respectively", 分别; a headline line then a
body line repeating its figure (one fact stated twice in one article is one event, DESIGN.md);
bullet lists and key-figure boxes ("Deliveries: 40,000+ (Oct)"); a figure in a photo caption;
parentheses holding the period or the model ("(SU7 Ultra)", "（10月）"); numbers in words
("forty thousand", 四万余, 三十五万); mixed units (万辆, 亿元, k, m, bn, 千辆, 3万5千,
"1.2 million"); percentages and absolute numbers in one sentence; month-on-month and
year-on-year changes that must not become levels; rounded and exact figures ("40,000-odd",
"nearly", 近, 超, 余); cumulative and monthly figures in one sentence ("bringing the total
to"); and negatives (rivals' figures in the same sentence, share prices, phone shipments,
other firms' charging and swap networks, a model's share of the mix).

Every passage is written for this file (our own words; figures close to those reported, some
made up to be plausible), and its expectation was written before the extractor was run on it.
Conventions as in test_metrics_review8.py / _review10.py / _review12.py: a finished month of an
actual runs from its first to its last day, as_of its last day; a quarter or a year runs from
its first to its last day; the first N months of a year run from January 1 to the Nth month's
end; a total since launch is cumulative; a window from a launch is `window`; a capacity is a
rate; a price has no period; "nearly", 近 are about; "-odd", "over", "+", 超, 逾, 余, 突破,
破 are more_than; a change told by its size (环比, "up 12%", "5,000 more") is no level; another
maker's figure, a phone figure, a share price and a model's share of the mix are no event. A
target's as_of is not asserted; where the period of an order count is asserted it is its days
only (`span`). A plain case guards what holds; an `xfail(strict=True)` case is a known miss
whose reason says what it should give and what the extractor gives. Expectations are never
weakened to match.
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
from test_metrics_review10 import orders, span

from pipelines.core.metrics import extract_events

D = dt.date

OCT01 = D(2025, 10, 1)  # September's delivery figures
NOV01 = D(2025, 11, 1)  # October's
DEC01 = D(2025, 12, 1)  # November's
Q3RES = D(2025, 11, 18)  # third-quarter results of 2025
LAUNCH = D(2025, 6, 27)  # the day after the YU7's launch
ULTRA_LAUNCH = D(2025, 2, 28)  # the day after the SU7 Ultra's price reveal
JUL01 = D(2025, 7, 1)


def rev(value: float, **f: Any) -> dict[str, Any]:
    return money("revenue", value, status="actual", **f)


def share(subject: str, value: float, q: str = "exact") -> dict[str, Any]:
    return ev(subject, metric="buyer_share", value=value, qualifier=q)


# --- several figures of different metrics in one sentence ----------------------------------

MULTI = [
    case(
        "Xiaomi delivered more than 40,000 cars in October, took 120,000 orders in the month "
        "and now has 335 stores across China.",
        NOV01,
        None,
        [
            dlv(AUTO, 40000, MORE, **month(2025, 10)),
            orders("orders", AUTO, 120000, **span(2025, 10)),
            other("stores", 335),
        ],
    ),
    case(
        "In the third quarter Xiaomi's EV unit delivered 108,796 vehicles, booked revenue of "
        "RMB 29.0 billion and posted an operating profit of RMB 700 million.",
        Q3RES,
        None,
        [
            dlv(AUTO, 108796, **quarter(2025, 3)),
            rev(2.9e10, **quarter(2025, 3)),
            other("operating profit", 7e8, **quarter(2025, 3)),
        ],
    ),
    case(
        "The YU7 drew 240,000 locked orders in 18 hours and starts at 253,500 yuan, while the "
        "Beijing plant can build 300,000 cars a year.",
        LAUNCH,
        None,
        [
            orders("locked_orders", YU7, 240000, **WINDOW),
            price(YU7, 253500),
            cap(300000),
        ],
    ),
    case(
        "Xiaomi took 200,000 firm orders for the YU7 in three minutes and 240,000 locked orders "
        "in 18 hours.",
        LAUNCH,
        None,
        [
            orders("orders", YU7, 200000, **WINDOW),
            orders("locked_orders", YU7, 240000, **WINDOW),
        ],
    ),
    case(
        "小米汽车10月交付超4万辆，当月新增订单12万个，门店数量达到335家。",
        NOV01,
        "zh",
        [
            dlv(AUTO, 40000, MORE, **month(2025, 10)),
            orders("orders", AUTO, 120000, **span(2025, 10)),
            other("stores", 335),
        ],
    ),
    case(
        "三季度小米智能电动汽车业务交付108796辆，实现收入290亿元，经营收益7亿元。",
        Q3RES,
        "zh",
        [
            dlv(AUTO, 108796, **quarter(2025, 3)),
            rev(2.9e10, **quarter(2025, 3)),
            other("operating profit", 7e8, **quarter(2025, 3)),
        ],
    ),
]


@run(MULTI)
def test_multi(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- figures joined by and / while / respectively / 分别 -------------------------------------

JOINED = [
    case(
        "Xiaomi handed over 16,000 SU7 sedans and 24,000 YU7 SUVs in October.",
        NOV01,
        None,
        [dlv(SU7, 16000, **month(2025, 10)), dlv(YU7, 24000, **month(2025, 10))],
    ),
    case(
        "Deliveries of the SU7 and the SU7 Ultra came to 20,500 and 1,500 respectively in "
        "September.",
        OCT01,
        None,
        [dlv(SU7, 20500, **month(2025, 9)), dlv(ULTRA, 1500, **month(2025, 9))],
    ),
    case(
        "Xiaomi delivered 40,000 cars in October while Li Auto delivered 31,767.",
        NOV01,
        None,
        [dlv(AUTO, 40000, **month(2025, 10))],
    ),
    case(
        "Xiaomi's car revenue was RMB 28.3 billion in the third quarter while the gross margin "
        "of the business reached 25.5%.",
        Q3RES,
        None,
        [rev(2.83e10, **quarter(2025, 3)), other("gross margin", 25.5, **quarter(2025, 3))],
    ),
    case(
        "9月，SU7 Ultra与SU7标准版分别交付1800辆、19000辆。",
        OCT01,
        "zh",
        [dlv(ULTRA, 1800, **month(2025, 9)), dlv(SU7, 19000, **month(2025, 9))],
    ),
    case(
        "小米汽车10月交付超4万辆，而理想汽车同期交付31767辆。",
        NOV01,
        "zh",
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    case(
        "小米YU7与小米SU7的起售价分别为25.35万元和21.59万元，YU7上市18小时锁单24万台。",
        LAUNCH,
        "zh",
        [
            price(YU7, 253500),
            price(SU7, 215900),
            orders("locked_orders", YU7, 240000, **WINDOW),
        ],
    ),
]


@run(JOINED)
def test_joined(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- a headline line, then a body line repeating its figure: one event ---------------------

HEADLINES = [
    case(
        "Xiaomi EV deliveries top 40,000 in October\nXiaomi said on Saturday that it delivered "
        "more than 40,000 vehicles in October, its second month above that level.",
        NOV01,
        None,
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    case(
        "Xiaomi YU7 locks in 240,000 orders in 18 hours\nThe YU7 SUV received 240,000 locked "
        "orders within 18 hours of its launch on Thursday, Lei Jun said.",
        LAUNCH,
        None,
        [orders("locked_orders", YU7, 240000, **WINDOW)],
    ),
    case(
        "Xiaomi Q3: 108,796 cars, RMB 29bn EV revenue\nXiaomi delivered 108,796 vehicles in the "
        "third quarter, and the EV business earned revenue of RMB 29.0 billion.",
        Q3RES,
        None,
        [dlv(AUTO, 108796, **quarter(2025, 3)), rev(2.9e10, **quarter(2025, 3))],
    ),
    case(
        "小米汽车10月交付量突破4万辆\n11月1日，小米汽车宣布10月交付量突破4万辆，连续第二个月"
        "超过这一水平。",
        NOV01,
        "zh",
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    case(
        "小米YU7上市18小时锁单24万台\n据雷军介绍，小米YU7上市18小时锁单量达24万台，远超预期。",
        LAUNCH,
        "zh",
        [orders("locked_orders", YU7, 240000, **WINDOW)],
    ),
]


def check_unordered(
    text: str, published: dt.date | None, lang: str | None, want: list[dict[str, Any]]
) -> None:
    """The events have the fields `want` lists, each matched by one event, in any order (and
    no more events)."""
    events = extract_events(text, published=published, language=lang)
    left = list(events)
    for w in want:
        hit = next((e for e in left if all(getattr(e, k) == v for k, v in w.items())), None)
        assert hit is not None, (w, events)
        left.remove(hit)
    assert not left, events


@run(HEADLINES)
def test_headlines(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    """A headline and a body line state the same facts: which line's statement of a fact the
    dedupe keeps sets the events' order, which means nothing (the scorer matches sets), so the
    events are compared in any order."""
    check_unordered(text, published, lang, want)


TITLED = [
    case(
        "The carmaker delivered more than 40,000 vehicles in November, it said on Monday.",
        DEC01,
        "Xiaomi tops 40,000 deliveries for a third month",
        [dlv(AUTO, 40000, MORE, **month(2025, 11))],
    ),
    case(
        "小米汽车11月交付量超过4万辆，连续第三个月站上这一台阶。",
        DEC01,
        "小米汽车11月交付超4万辆",
        [dlv(AUTO, 40000, MORE, **month(2025, 11))],
    ),
]


@run(TITLED)
def test_titled(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    """The headline passed as the title: the body's figure is one event (`lang` holds the title)."""
    events = extract_events(text, published=published, title=lang)
    got = [{k: getattr(e, k) for k in w} for e, w in zip(events, want, strict=False)]
    assert len(events) == len(want) and got == want, events


# --- bullet lists and key-figure boxes ------------------------------------------------------

BOXES = [
    case(
        "Xiaomi EV in numbers\n• Deliveries: 40,000+ (Oct)\n• Stores: 335\n"
        "• 2025 delivery target: 350,000",
        NOV01,
        None,
        [
            dlv(AUTO, 40000, MORE, **month(2025, 10)),
            other("stores", 335),
            goal(350000, **year(2025)),
        ],
    ),
    case(
        "KEY FIGURES (Xiaomi EV)\nQ3 deliveries: 108,796\nQ3 EV revenue: RMB 28.3bn\n"
        "Q3 EV gross margin: 25.5%",
        Q3RES,
        None,
        [
            dlv(AUTO, 108796, **quarter(2025, 3)),
            rev(2.83e10, **quarter(2025, 3)),
            other("gross margin", 25.5, **quarter(2025, 3)),
        ],
    ),
    case(
        "Xiaomi's monthly deliveries:\n- August: 30,000+\n- September: 40,000+\n- October: 40,000+",
        NOV01,
        None,
        [
            dlv(AUTO, 30000, MORE, **month(2025, 8)),
            dlv(AUTO, 40000, MORE, **month(2025, 9)),
            dlv(AUTO, 40000, MORE, **month(2025, 10)),
        ],
    ),
    case(
        "小米汽车数据速览\n交付量：超4万辆（10月）\n门店：335家\n全年交付目标：35万辆",
        NOV01,
        "zh",
        [
            dlv(AUTO, 40000, MORE, **month(2025, 10)),
            other("stores", 335),
            goal(350000, **year(2025)),
        ],
    ),
    case(
        "【小米汽车三季度关键数据】\n交付量：108796辆\n汽车业务收入：283亿元\n毛利率：25.5%",
        Q3RES,
        "zh",
        [
            dlv(AUTO, 108796, **quarter(2025, 3)),
            ev(AUTO, metric="revenue", value=2.83e10),
            ev(AUTO, metric="other", label="gross margin", value=25.5),
        ],
    ),
    case(
        "小米汽车近三个月交付：\n· 8月：超3万辆\n· 9月：超4万辆\n· 10月：超4万辆",
        NOV01,
        "zh",
        [
            dlv(AUTO, 30000, MORE, **month(2025, 8)),
            dlv(AUTO, 40000, MORE, **month(2025, 9)),
            dlv(AUTO, 40000, MORE, **month(2025, 10)),
        ],
    ),
]


@run(BOXES)
def test_boxes(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- photo captions -------------------------------------------------------------------------

CAPTIONS = [
    case(
        "Photo: YU7 SUVs line up at Xiaomi's Beijing delivery centre. Xiaomi delivered more "
        "than 40,000 cars in October. (Credit: Xiaomi)",
        NOV01,
        None,
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    case(
        "Caption: The 500,000th Xiaomi car rolls off the line in Yizhuang, Beijing, on Thursday.",
        D(2025, 11, 21),
        None,
        [ev(AUTO, metric="production", value=500000, **CUM)],
    ),
    case(
        "Pictured: Lei Jun at the Xiaomi 17 launch, where the phone sold 1 million units in "
        "five minutes.",
        OCT01,
        None,
        [],
    ),
    case(
        "图为小米汽车北京工厂总装车间。小米汽车10月交付量超过4万辆。（摄影：本报记者）",
        NOV01,
        "zh",
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    case(
        "图为小米17系列发布会现场，该系列手机首销5分钟销量破百万台。",
        OCT01,
        "zh",
        [],
    ),
]


@run(CAPTIONS)
def test_captions(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- parentheses holding the model or the period --------------------------------------------

PARENS = [
    case(
        "Orders for the top trim (SU7 Ultra) passed 10,000 within two hours of the price reveal.",
        ULTRA_LAUNCH,
        None,
        [orders("orders", ULTRA, 10000, MORE, **WINDOW)],
    ),
    case(
        "Xiaomi's deliveries rose to 40,000-plus (October) from 30,000-plus (July), the company "
        "said.",
        NOV01,
        None,
        [dlv(AUTO, 40000, MORE, **month(2025, 10)), dlv(AUTO, 30000, MORE, **month(2025, 7))],
    ),
    case(
        "The SU7 (the sedan) starts at 215,900 yuan and the YU7 (the SUV) at 253,500 yuan.",
        LAUNCH,
        None,
        [price(SU7, 215900), price(YU7, 253500)],
    ),
    case(
        "高性能版（SU7 Ultra）上市2小时大定破万台。",
        ULTRA_LAUNCH,
        "zh",
        [orders("orders", ULTRA, 10000, MORE, **WINDOW)],
    ),
    case(
        "小米汽车交付量（10月）：4万余辆",
        NOV01,
        "zh",
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
]


@run(PARENS)
def test_parens(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- numbers in words and mixed units -------------------------------------------------------

UNITS = [
    case(
        "Xiaomi delivered forty thousand cars in October, its best month yet.",
        NOV01,
        None,
        [dlv(AUTO, 40000, **month(2025, 10))],
    ),
    case(
        "Lei Jun said the company now aims for three hundred and fifty thousand deliveries "
        "this year.",
        JUL01,
        None,
        [goal(350000, **year(2025))],
    ),
    case(
        "Xiaomi's cumulative deliveries passed half a million in November.",
        DEC01,
        None,
        [dlv(AUTO, 500000, MORE, **CUM)],
    ),
    case(
        "Xiaomi's 2026 delivery target is 550k, up from 350k this year.",
        D(2025, 12, 20),
        None,
        [goal(550000, **year(2026)), goal(350000, **year(2025))],
    ),
    case(
        "Xiaomi's cumulative SU7 deliveries reached 0.3m by the end of September.",
        OCT01,
        None,
        [dlv(SU7, 300000, **total_to(D(2025, 9, 30)))],
    ),
    case(
        "Xiaomi delivered 40k+ cars in Oct and 108.8k in Q3.",
        NOV01,
        None,
        [dlv(AUTO, 40000, MORE, **month(2025, 10)), dlv(AUTO, 108800, **quarter(2025, 3))],
    ),
    case(
        "Brokerage CICC expects Xiaomi to deliver 1.2 million cars in 2027.",
        D(2025, 11, 20),
        None,
        [fcst(AUTO, 1.2e6, **year(2027))],
    ),
    case(
        "Xiaomi's EV arm posted revenue of about US$4bn (RMB 28.3bn) in the third quarter.",
        Q3RES,
        None,
        [ev(AUTO, metric="revenue", **quarter(2025, 3))],
    ),
    case(
        "小米汽车10月交付四万余辆。",
        NOV01,
        "zh",
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    case(
        "小米汽车今年的交付目标已上调至三十五万辆。",
        JUL01,
        "zh",
        [goal(350000, **year(2025))],
    ),
    case(
        "小米汽车累计交付量已突破五十万辆。",
        DEC01,
        "zh",
        [dlv(AUTO, 500000, MORE, **CUM)],
    ),
    case(
        "小米汽车三季度营收达283亿元，交付10.88万辆。",
        Q3RES,
        "zh",
        [rev(2.83e10, **quarter(2025, 3)), dlv(AUTO, 108800, **quarter(2025, 3))],
    ),
    case(
        "小米SU7 Ultra 3月交付5千余辆。",
        D(2025, 4, 1),
        "zh",
        [dlv(ULTRA, 5000, MORE, **month(2025, 3))],
    ),
    case(
        "小米汽车8月交付3万5千辆。",
        D(2025, 9, 1),
        "zh",
        [dlv(AUTO, 35000, **month(2025, 8))],
    ),
]


@run(UNITS)
def test_units(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- percentages and absolute numbers; changes that are no levels ----------------------------

CHANGES = [
    case(
        "Xiaomi delivered 108,796 cars in the third quarter, up 173% from a year earlier.",
        Q3RES,
        None,
        [dlv(AUTO, 108796, **quarter(2025, 3))],
    ),
    case(
        "About 30% of the 40,000 cars Xiaomi delivered in October went to women.",
        NOV01,
        None,
        [share(AUTO, 30, ABOUT), dlv(AUTO, 40000, **month(2025, 10))],
    ),
    case(
        "Xiaomi's deliveries rose by 8,000 units month on month in October.",
        NOV01,
        None,
        [],
    ),
    case(
        "October deliveries were up 12% from September and more than double a year ago, "
        "Xiaomi said.",
        NOV01,
        None,
        [],
    ),
    case(
        "Xiaomi delivered 40,000 cars in October, 5,000 more than in September.",
        NOV01,
        None,
        [dlv(AUTO, 40000, **month(2025, 10))],
    ),
    case(
        "小米汽车三季度交付108796辆，同比增长173.4%。",
        Q3RES,
        "zh",
        [dlv(AUTO, 108796, **quarter(2025, 3))],
    ),
    case(
        "小米YU7购车用户中女性占比约30%，约四成用户来自苹果生态。",
        D(2025, 7, 20),
        "zh",
        [share(YU7, 30, ABOUT), share(YU7, 40, ABOUT)],
    ),
    case(
        "小米汽车10月交付量环比增长约5%，同比增长超过两倍。",
        NOV01,
        "zh",
        [],
    ),
    case(
        "小米汽车11月交付量较10月增加约3000辆。",
        DEC01,
        "zh",
        [],
    ),
    case(
        "小米汽车10月交付超4万辆，其中YU7占比约六成。",
        NOV01,
        "zh",
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
]


@run(CHANGES)
def test_changes(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- rounded and exact; cumulative and monthly in one sentence --------------------------------

ROUNDED = [
    case(
        "Xiaomi delivered 40,000-odd cars in October and nearly 110,000 in the third quarter.",
        NOV01,
        None,
        [
            dlv(AUTO, 40000, MORE, **month(2025, 10)),
            dlv(AUTO, 110000, ABOUT, **quarter(2025, 3)),
        ],
    ),
    case(
        "Xiaomi delivered more than 40,000 cars in October, bringing its total since launch to "
        "over 300,000.",
        NOV01,
        None,
        [dlv(AUTO, 40000, MORE, **month(2025, 10)), dlv(AUTO, 300000, MORE, **CUM)],
    ),
    case(
        "With 40,000 deliveries in November, Xiaomi's year-to-date tally reached 350,000, "
        "meeting its annual target.",
        DEC01,
        None,
        [dlv(AUTO, 40000, **month(2025, 11)), dlv(AUTO, 350000, **first_months(2025, 11))],
    ),
    case(
        "小米汽车10月交付近4万辆，三季度累计交付超10.8万辆。",
        NOV01,
        "zh",
        [
            dlv(AUTO, 40000, ABOUT, **month(2025, 10)),
            dlv(AUTO, 108000, MORE, **quarter(2025, 3)),
        ],
    ),
    case(
        "小米汽车11月交付超4万辆，今年1-11月累计交付逾35万辆，提前完成全年目标。",
        DEC01,
        "zh",
        [
            dlv(AUTO, 40000, MORE, **month(2025, 11)),
            dlv(AUTO, 350000, MORE, **first_months(2025, 11)),
        ],
    ),
    case(
        "小米汽车10月交付超4万辆，自2024年4月首批交付以来累计交付量突破40万辆。",
        NOV01,
        "zh",
        [dlv(AUTO, 40000, MORE, **month(2025, 10)), dlv(AUTO, 400000, MORE, **CUM)],
    ),
]


@run(ROUNDED)
def test_rounded(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- negatives: rivals in the same sentence, shares, phones, other firms' networks ------------

NEGATIVES = [
    case(
        "Xiaomi shares rose 4% to HK$42.10 after the company said YU7 orders were strong.",
        LAUNCH,
        None,
        [],
    ),
    case(
        "Xiaomi shipped 43.3 million smartphones in the third quarter, while its car unit "
        "delivered 108,796 vehicles.",
        Q3RES,
        None,
        [dlv(AUTO, 108796, **quarter(2025, 3))],
    ),
    case(
        "NIO operates more than 3,500 battery swap stations and Tesla about 2,000 Supercharger "
        "sites in China, while Xiaomi relies on partners' chargers.",
        NOV01,
        None,
        [],
    ),
    case(
        "Tesla delivered 61,497 China-made cars in October and BYD 441,706, against Xiaomi's "
        "40,000-plus.",
        NOV01,
        None,
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    case(
        "Analysts cut their price target on Xiaomi to HK$55 and trimmed their 2026 EV delivery "
        "estimate to 500,000.",
        Q3RES,
        None,
        [fcst(AUTO, 500000, **year(2026))],
    ),
    case(
        "小米集团股价收涨3.2%，报42.5港元，成交额超过60亿港元。",
        NOV01,
        "zh",
        [],
    ),
    case(
        "小米三季度智能手机出货量4330万台，同比增长0.5%；汽车业务交付108796辆。",
        Q3RES,
        "zh",
        [dlv(AUTO, 108796, **quarter(2025, 3))],
    ),
    case(
        "蔚来已建成换电站超过3500座，特斯拉在华超充桩超过11500根，小米则依托第三方充电网络。",
        NOV01,
        "zh",
        [],
    ),
    case(
        "特斯拉中国10月批发61497辆，比亚迪销售441706辆，小米汽车交付超4万辆。",
        NOV01,
        "zh",
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
]


@run(NEGATIVES)
def test_negatives(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)
