"""Adversarial probes of the extractor, sixth set, written without sight of the devset: genres
of Xiaomi car coverage the older sets touch thinly, in English and Chinese (Simplified and Hong
Kong style Traditional): monthly round-ups that list several makers; earnings-call Q&A and the
CFO's remarks; press-release bullets; live blogs of a launch with timestamps; explainer
timelines; trims and prices flattened into text; order books and waiting times; plant phases
and capacity; cumulative milestones; analysts' notes with estimates and price targets;
headlines with their lede; corrections; Lei Jun's Weibo posts; and the Chinese financial press
(财报, 交付, 锁单, 产能, 毛利率, 港元, 亿/万 mixed, fullwidth digits).

Every passage is written for this file (our own words; figures close to those reported, some
made up to be plausible). Conventions as in ../shared/DESIGN.md and the older review sets: a
finished month of an actual runs from its first to its last day, as_of its last day; a
quarter runs from its first to its last day; a running total to a stated day has that day as
as_of; a capacity or a pace is a rate; a price has no period; another maker's figure, the
market's, a phone figure, a share price or a share-price target is no event; a change told by
its size is no level. A target's as_of is not asserted (the project dates a target said in
the news by the story's day, a plain plan by nothing; the older sets disagree). A plain case
guards what holds; an `xfail(strict=True)` case is a known miss whose reason says what it
should give and what the extractor gives. Expectations are never weakened to match.
"""

import datetime as dt
from typing import Any

import pytest
from test_metrics_review import check, ev, xfail

D = dt.date

AUTO, GROUP = "Xiaomi Auto", "Xiaomi Group"
SU7, ULTRA, YU7 = "Xiaomi SU7", "Xiaomi SU7 Ultra", "Xiaomi YU7"
MORE, ABOUT, LEAST = "more_than", "about", "at_least"


def _last_day(y: int, m: int) -> dt.date:
    return (D(y + m // 12, m % 12 + 1, 1)) - dt.timedelta(days=1)


def month(y: int, m: int) -> dict[str, Any]:
    end = _last_day(y, m)
    return {"period_kind": "month", "period_start": D(y, m, 1), "period_end": end, "as_of": end}


def quarter(y: int, q: int) -> dict[str, Any]:
    end = _last_day(y, 3 * q)
    return {"period_kind": "quarter", "period_start": D(y, 3 * q - 2, 1), "period_end": end}


def year(y: int) -> dict[str, Any]:
    return {"period_kind": "year", "period_start": D(y, 1, 1), "period_end": D(y, 12, 31)}


def total_to(day: dt.date) -> dict[str, Any]:
    """A running total since launch, to a stated day."""
    return {"period_kind": "cumulative", "as_of": day}


def first_months(y: int, m: int) -> dict[str, Any]:
    """The first m months of year y: a running total from January 1 to the month's end."""
    return {"period_kind": "cumulative", "period_start": D(y, 1, 1), "period_end": _last_day(y, m)}


RATE = {"period_kind": "rate"}
WINDOW = {"period_kind": "window"}
CUM = {"period_kind": "cumulative"}


def dlv(subject: str, value: float, q: str = "exact", **fields: Any) -> dict[str, Any]:
    return ev(subject, metric="deliveries", value=value, qualifier=q, status="actual", **fields)


def goal(value: float, q: str = "exact", **fields: Any) -> dict[str, Any]:
    return ev(AUTO, metric="delivery_target", value=value, qualifier=q, status="target", **fields)


def fcst(subject: str, value: float, q: str = "exact", **fields: Any) -> dict[str, Any]:
    return ev(subject, metric="deliveries", value=value, qualifier=q, status="forecast", **fields)


def money(metric: str, value: float, q: str = "exact", **fields: Any) -> dict[str, Any]:
    """A figure of the car business in yuan: revenue, net_loss, investment, rd_spend."""
    return ev(AUTO, metric=metric, value=value, unit="CNY", qualifier=q, **fields)


def other(label: str, value: float, subject: str = AUTO, **fields: Any) -> dict[str, Any]:
    return ev(subject, metric="other", label=label, value=value, **fields)


def price(subject: str, value: float, **fields: Any) -> dict[str, Any]:
    return ev(subject, metric="price", value=value, unit="CNY", **fields)


def cap(value: float, subject: str = AUTO, **fields: Any) -> dict[str, Any]:
    return ev(subject, metric="production_capacity", value=value, **RATE, **fields)


def case(
    text: str, published: dt.date | None, lang: str | None, want: list[Any], xf: str = ""
) -> Any:
    """One probe; `xf` is the reason of a known miss (strict xfail)."""
    return pytest.param(text, published, lang, want, marks=[xfail(xf)] if xf else [])


def run(cases: list[Any]) -> Any:
    return pytest.mark.parametrize(("text", "published", "lang", "want"), cases)


NOV01 = D(2025, 11, 1)  # October's delivery figures
DEC01 = D(2025, 12, 1)  # November's
OCT01 = D(2025, 10, 1)  # September's
RESULTS = D(2025, 11, 18)  # third-quarter results


# --- monthly round-ups that list several makers --------------------------------------------

ROUNDUPS = [
    case(
        "Chinese EV makers posted record October deliveries. BYD sold 441,706 passenger "
        "vehicles, Leapmotor delivered 70,289 and XPeng 42,013. Xiaomi said it delivered more "
        "than 40,000 cars, its second month in a row above that mark. NIO handed over 40,397.",
        NOV01,
        None,
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    case(
        "October deliveries. Leapmotor: 70,289 (+84% YoY). XPeng: 42,013. NIO: 40,397. "
        "Xiaomi: 40,000+. Li Auto: 31,767.",
        NOV01,
        None,
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    case(
        "October deliveries at a glance:\n- Leapmotor: 70,289\n- Xiaomi: over 40,000\n"
        "- XPeng: 42,013\n- Li Auto: 31,767",
        NOV01,
        None,
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    case(
        "Xiaomi, which does not give an exact figure, said deliveries exceeded 40,000 in "
        "November. Tesla sold 86,700 China-made cars in the month, of which 16,000 were "
        "exported.",
        DEC01,
        None,
        [dlv(AUTO, 40000, MORE, **month(2025, 11))],
    ),
    case(
        "Li Auto delivered 33,181 vehicles in November, trailing Xiaomi, which topped 40,000 "
        "for a third straight month.",
        DEC01,
        None,
        [dlv(AUTO, 40000, MORE, **month(2025, 11))],
    ),
    case(
        "Among the newer players, Leapmotor led with 70,327 units, ahead of XPeng (36,728), "
        "Xiaomi (more than 40,000) and NIO (36,275).",
        DEC01,
        None,
        [dlv(AUTO, 40000, MORE)],
    ),
    case(
        "BYD's sales fell 12% year on year in October, while Xiaomi's more than doubled.",
        NOV01,
        None,
        [],
    ),
    case(
        "In September, Xiaomi delivered over 40,000 units for the first time, while Tesla "
        "China's wholesale volume rose to 90,812.",
        OCT01,
        None,
        [dlv(AUTO, 40000, MORE, **month(2025, 9))],
    ),
    case(
        "The ranking of emerging brands for May: Leapmotor 45,067, XPeng 33,525, Xiaomi "
        "28,000-plus, NIO 23,231, Li Auto 40,856.",
        D(2025, 6, 2),
        None,
        [dlv(AUTO, 28000, MORE)],
    ),
    case(
        "零跑10月交付70289辆，小鹏交付42013辆，小米汽车交付量超过4万辆，蔚来公司交付40397辆。",
        NOV01,
        "zh",
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    case(
        "新势力11月成绩单出炉：零跑70327辆、小米汽车超4万辆、小鹏36728辆、理想33181辆。",
        DEC01,
        "zh",
        [dlv(AUTO, 40000, MORE, **month(2025, 11))],
    ),
    case(
        "比亚迪10月销量44.2万辆，同比下降12%。特斯拉中国同期批发6.1万辆。",
        NOV01,
        "zh",
        [],
    ),
    case(
        "9月，小米汽车交付量首次突破4万辆；同月理想汽车交付33951辆，同比下降36%。",
        OCT01,
        "zh",
        [dlv(AUTO, 40000, MORE, **month(2025, 9))],
    ),
    case(
        "新勢力10月交付：零跑汽車70,289輛，小米汽車逾40,000輛，蔚來40,397輛。",
        NOV01,
        "zh",
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    case(
        "Xiaomi delivered more than 30,000 cars in July. Its rival Tesla, by comparison, "
        "sold 40,617 in China that month, and BYD 344,296.",
        D(2025, 8, 1),
        None,
        [dlv(AUTO, 30000, MORE, **month(2025, 7))],
    ),
    case(
        "Xiaomi and Leapmotor both set records in June: the former delivered over 25,000 "
        "vehicles and the latter 48,006.",
        D(2025, 7, 1),
        None,
        [dlv(AUTO, 25000, MORE, **month(2025, 6))],
    ),
]


@run(ROUNDUPS)
def test_roundups(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- earnings calls: Q&A and the CFO's remarks ---------------------------------------------

CALLS = [
    case(
        "Analyst: Could you update us on the EV business's profitability? Lu Weibing, "
        "president: In the third quarter, our smart EV and AI segment achieved an operating "
        "profit of 700 million yuan, the first quarterly profit for the business.",
        RESULTS,
        None,
        [other("operating profit", 7e8, **quarter(2025, 3))],
    ),
    case(
        "On the call, Xiaomi CFO Alain Lam said the gross margin of the EV business was 25.5% in the "
        "third quarter, down from 26.4% in the second quarter.",
        RESULTS,
        None,
        [
            other("gross margin", 25.5, **quarter(2025, 3)),
            other("gross margin", 26.4, **quarter(2025, 2)),
        ],
    ),
    case(
        "Q: What is Xiaomi's delivery target for next year? A: We will announce it in due "
        "course, but this year we are confident of beating 350,000.",
        RESULTS,
        None,
        [goal(350000, MORE, **year(2025))],
    ),
    case(
        "Xiaomi CFO Alain Lam told analysts the company delivered 108,796 vehicles in the third quarter, with an "
        "average selling price of 259,800 yuan.",
        RESULTS,
        None,
        [
            dlv(AUTO, 108796, **quarter(2025, 3)),
            price(AUTO, 259800, **quarter(2025, 3)),
        ],
    ),
    case(
        "Xiaomi reported third-quarter results on Tuesday. Revenue from smart EVs and other "
        "new initiatives was 29 billion yuan, of which 28.3 billion came from cars.",
        RESULTS,
        None,
        [
            money("revenue", 2.9e10, status="actual", **quarter(2025, 3)),
            money("revenue", 2.83e10, status="actual", **quarter(2025, 3)),
        ],
    ),
    case(
        "Xiaomi's group revenue rose 22% to 113.1 billion yuan in the third quarter, while "
        "smartphone revenue fell 3% to 46 billion yuan.",
        RESULTS,
        None,
        [ev(GROUP, metric="revenue", value=1.131e11, **quarter(2025, 3))],
    ),
    case(
        "Asked about memory costs, the CFO said they would weigh on phone margins. He added "
        "that the car unit's loss narrowed to 300 million yuan in the second quarter.",
        D(2025, 8, 20),
        None,
        [money("net_loss", 3e8, status="actual", **quarter(2025, 2))],
        xf=(
            "'the car unit's loss narrowed to 300 million yuan in the second quarter' (a level "
            "after 'narrowed to'): net_loss Q2 3e8; got no event"
        ),
    ),
    case(
        '"We spent 7.5 billion yuan on R&D in the quarter, and about a third of that went to '
        'cars and AI," the CFO said.',
        RESULTS,
        None,
        [],
    ),
    case(
        "Management reiterated on the call that Xiaomi aims to deliver 350,000 vehicles in "
        "2025, and said the second phase of its Beijing plant is already running.",
        RESULTS,
        None,
        [goal(350000, **year(2025))],
    ),
    case(
        "2025年第三季度，小米智能电动汽车及AI等创新业务分部收入达290亿元，其中智能电动汽车收入"
        "为283亿元；该季度共交付新车108796辆。",
        RESULTS,
        "zh",
        [
            money("revenue", 2.9e10, status="actual", **quarter(2025, 3)),
            money("revenue", 2.83e10, status="actual", **quarter(2025, 3)),
            dlv(AUTO, 108796, **quarter(2025, 3)),
        ],
    ),
    case(
        "电话会上，卢伟冰回应分析师提问称，第三季度汽车业务毛利率为25.5%，单季度经营收益首次转正，"
        "达到7亿元。",
        RESULTS,
        "zh",
        [
            other("gross margin", 25.5, **quarter(2025, 3)),
            other("operating profit", 7e8, **quarter(2025, 3)),
        ],
    ),
    case(
        "分析师问及明年规划，管理层表示，2026年交付目标将在明年初公布，今年全年35万辆的目标有信心完成。",
        RESULTS,
        "zh",
        [goal(350000, **year(2025))],
        xf="'今年全年35万辆的目标有信心完成' (the target before 有信心完成): 2025 target 350,000; got no event",
    ),
    case(
        "小米集团第三季度总收入1131亿元，同比增长22.3%；经调整净利润113亿元。",
        RESULTS,
        "zh",
        [ev(GROUP, metric="revenue", value=1.131e11, **quarter(2025, 3))],
    ),
    case(
        "For the full year 2024, Xiaomi's EV segment posted revenue of 32.1 billion yuan and an "
        "adjusted net loss of 6.2 billion yuan, the company said in its annual results.",
        D(2025, 3, 19),
        None,
        [
            money("revenue", 3.21e10, status="actual", **year(2024)),
            money("net_loss", 6.2e9, status="actual", **year(2024)),
        ],
    ),
]


@run(CALLS)
def test_calls(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- press releases: bullets and highlights ------------------------------------------------

RELEASES = [
    case(
        "Xiaomi EV, highlights of the quarter:\n• Vehicles delivered: 108,796\n• Smart EV revenue: "
        "RMB28.3 billion\n• Gross margin: 25.5%",
        RESULTS,
        None,
        [
            dlv(AUTO, 108796),
            money("revenue", 2.83e10),
            other("gross margin", 25.5),
        ],
    ),
    case(
        "BEIJING, Nov. 1, 2025 -- Xiaomi EV today announced that deliveries in October "
        "exceeded 40,000 units. Cumulative deliveries of the Xiaomi YU7 have passed 100,000.",
        NOV01,
        None,
        [
            dlv(AUTO, 40000, MORE, **month(2025, 10)),
            dlv(YU7, 100000, MORE, **total_to(D(2025, 11, 1))),
        ],
    ),
    case(
        "Xiaomi YU7 key facts\n- Starting price: RMB 253,500\n- Range: up to 835 km (CLTC)\n"
        "- 0-100 km/h: 3.23 s\n- Locked orders in 18 hours: 240,000",
        D(2025, 6, 27),
        None,
        [price(YU7, 253500), ev(YU7, metric="locked_orders", value=240000, **WINDOW)],
    ),
    case(
        "Xiaomi YU7 launch highlights:\n1. Price from 253,500 yuan\n2. More than 200,000 "
        "firm orders within three minutes\n3. Deliveries start today",
        D(2025, 6, 26),
        None,
        [price(YU7, 253500), ev(YU7, metric="orders", value=200000, qualifier=MORE, **WINDOW)],
    ),
    case(
        "小米汽车10月交付快报：\n· 10月交付量：超40000台\n· 1—10月累计交付：超过26万台",
        NOV01,
        "zh",
        [
            dlv(AUTO, 40000, MORE, **month(2025, 10)),
            dlv(AUTO, 260000, MORE, **first_months(2025, 10)),
        ],
    ),
    case(
        "【小米YU7上市】标准版售价25.35万元，Pro版27.99万元，Max版32.99万元。",
        D(2025, 6, 26),
        "zh",
        [price(YU7, 253500), price(YU7, 279900), price(YU7, 329900)],
    ),
    case(
        "Xiaomi Corporation (1810.HK) today announced its unaudited results for the three "
        "months ended September 30, 2025. Total revenue: RMB113.1 billion. Smart EV and AI "
        "revenue: RMB29.0 billion.",
        RESULTS,
        None,
        [
            ev(GROUP, metric="revenue", value=1.131e11, **quarter(2025, 3)),
            money("revenue", 2.9e10, status="actual", **quarter(2025, 3)),
        ],
    ),
]


@run(RELEASES)
def test_releases(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- live blogs of a launch, with timestamps -----------------------------------------------

LIVE = [
    case(
        "19:02 Lei Jun takes the stage in Beijing.\n19:48 The YU7 starts at 253,500 yuan, "
        "about 10,000 yuan below the Model Y.\n19:55 Orders are open.",
        D(2025, 6, 26),
        None,
        [price(YU7, 253500)],
    ),
    case(
        "22:03 Xiaomi says the YU7 has received more than 200,000 firm orders in three "
        "minutes.\n22:45 Locked orders now top 240,000 in about an hour, per a Weibo post.",
        D(2025, 6, 26),
        None,
        [
            ev(YU7, metric="orders", value=200000, qualifier=MORE, **WINDOW),
            ev(YU7, metric="locked_orders", value=240000, qualifier=MORE, **WINDOW),
        ],
    ),
    case(
        "UPDATE 20:30: Tesla has cut the Model Y's price by 10,000 yuan in response. "
        "UPDATE 20:40: No change on Xiaomi's side yet.",
        D(2025, 6, 26),
        None,
        [],
    ),
    case(
        "20:15 雷军公布小米YU7售价：标准版25.35万元起。\n20:18 现场掌声雷动。\n"
        "21:00 官方宣布，上市3分钟大定突破20万台。",
        D(2025, 6, 26),
        "zh",
        [
            price(YU7, 253500),
            ev(YU7, metric="orders", value=200000, qualifier=MORE, **WINDOW),
        ],
    ),
    case(
        "【直播】19:30 发布会开始。19:50 雷军：SU7 Ultra量产版定价52.99万元。"
        "20:10 官宣：上市2小时大定破1万台。",
        D(2025, 2, 27),
        "zh",
        [
            price(ULTRA, 529900),
            ev(ULTRA, metric="orders", value=10000, qualifier=MORE, **WINDOW),
        ],
    ),
    case(
        "10:05 p.m. Lei Jun just posted on Weibo: 'Xiaomi SU7: 50,000 firm orders in 27 minutes.'",
        D(2024, 3, 28),
        None,
        [ev(SU7, metric="orders", value=50000, **WINDOW)],
    ),
]


@run(LIVE)
def test_live(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- explainer timelines -------------------------------------------------------------------

TIMELINES = [
    case(
        "Xiaomi's car business in numbers. In March 2024 it launched the SU7. By the end of "
        "that year it had delivered more than 135,000 cars, beating a target of 130,000. In "
        "2025 it aims for 350,000.",
        D(2025, 6, 20),
        None,
        [
            dlv(AUTO, 135000, MORE, **year(2024)),
            goal(130000, **year(2024)),
            goal(350000, **year(2025)),
        ],
    ),
    case(
        "A quick timeline: Xiaomi delivered its first SU7 in April 2024. Deliveries passed "
        "10,000 in June and 100,000 in November. In June 2025 the YU7 arrived.",
        D(2025, 7, 5),
        None,
        [
            dlv(AUTO, 10000, MORE, period_kind="cumulative", as_of=D(2024, 6, 30)),
            dlv(AUTO, 100000, MORE, period_kind="cumulative", as_of=D(2024, 11, 30)),
        ],
        xf=(
            "'Deliveries passed 10,000 in June and 100,000 in November' after 'in April 2024': "
            "running totals as_of 2024-06-30 and 2024-11-30; got month events, June in 2025, "
            "100,000 exact"
        ),
    ),
    case(
        "Last year Xiaomi sold 136,854 cars. This year, through October, it has sold more than "
        "260,000.",
        D(2025, 11, 3),
        None,
        [dlv(AUTO, 136854, **year(2024)), dlv(AUTO, 260000, MORE, **first_months(2025, 10))],
    ),
    case(
        "Xiaomi set itself a goal of 100,000 deliveries for 2024. In July it raised it to "
        "120,000, and in November to 130,000. It ended the year with 136,854.",
        D(2025, 1, 2),
        None,
        [
            goal(100000, **year(2024)),
            goal(120000, **year(2024)),
            goal(130000, **year(2024)),
            dlv(AUTO, 136854, **year(2024)),
        ],
    ),
    case(
        "2024年3月，小米SU7上市；同年12月，年度交付量突破13万辆，提前完成全年目标。2025年，"
        "小米汽车将年度交付目标定为35万辆。",
        D(2025, 8, 1),
        "zh",
        [
            dlv(SU7, 130000, MORE, **year(2024)),
            goal(350000, **year(2025)),
        ],
    ),
    case(
        "回顾小米造车历程：2021年3月宣布造车，计划未来10年投入100亿美元；2023年12月发布SU7；"
        "2024年全年交付超13.5万辆。",
        D(2025, 3, 30),
        "zh",
        [
            ev(AUTO, metric="investment", value=1e10, unit="USD"),
            dlv(AUTO, 135000, MORE, **year(2024)),
        ],
        xf=(
            "'2024年全年交付超13.5万辆' after a '计划…投入' clause earlier in the sentence: an actual 2024 "
            "delivery of 135,000; got delivery_target (the 计划 carried across ；)"
        ),
    ),
    case(
        "When Xiaomi entered the car business in 2021, Lei Jun pledged to invest $10 billion "
        "over ten years. Four years later, the unit made its first operating profit.",
        D(2025, 11, 20),
        None,
        [ev(AUTO, metric="investment", value=1e10, unit="USD")],
    ),
]


@run(TIMELINES)
def test_timelines(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- trims and prices flattened into text --------------------------------------------------

TRIMS = [
    case(
        "Xiaomi SU7 prices (yuan): Standard 215,900 | Pro 245,900 | Max 299,900",
        D(2024, 3, 29),
        None,
        [price(SU7, 215900), price(SU7, 245900), price(SU7, 299900)],
    ),
    case(
        "Trim Price Range\nYU7 Standard 253,500 835 km\nYU7 Pro 279,900 770 km\nYU7 Max "
        "329,900 760 km",
        D(2025, 6, 27),
        None,
        [price(YU7, 253500), price(YU7, 279900), price(YU7, 329900)],
    ),
    case(
        "The 2025 SU7 line-up keeps its three versions, priced from 215,900 yuan to 299,900 "
        "yuan, while the Ultra sits above at 529,900 yuan.",
        D(2025, 3, 1),
        None,
        [
            ev(SU7, metric="price", value=215900, value_max=299900, unit="CNY"),
            price(ULTRA, 529900),
        ],
        xf=(
            "'while the Ultra sits above at 529,900 yuan': the Ultra's price; got subject Xiaomi "
            "SU7"
        ),
    ),
    case(
        "In comparison, the Tesla Model Y starts at 263,500 yuan and the Zeekr 7X at 229,900 "
        "yuan; the YU7 undercuts both at 253,500 yuan.",
        D(2025, 6, 27),
        None,
        [price(YU7, 253500)],
    ),
    case(
        "小米SU7 Ultra：售价52.99万元，限时优惠价；小米SU7 Max：29.99万元；小米SU7标准版：21.59万元。",
        D(2025, 3, 1),
        "zh",
        [price(ULTRA, 529900), price(SU7, 299900), price(SU7, 215900)],
    ),
    case(
        "新款小米SU7起售价为22.99万元，较老款上涨1.4万元。",
        D(2026, 1, 10),
        "zh",
        [price(SU7, 229900)],
    ),
    case(
        "小米YU7三款车型售價分別為25.35萬、27.99萬及32.99萬元人民幣。",
        D(2025, 6, 27),
        "zh",
        [price(YU7, 253500), price(YU7, 279900), price(YU7, 329900)],
    ),
    case(
        "Xiaomi cut the price of the SU7 Pro by 10,000 yuan for buyers who lock in orders "
        "before the end of the month.",
        D(2025, 9, 10),
        None,
        [],
    ),
    case(
        "The SU7 Ultra's optional carbon-fibre package costs 42,000 yuan, and a track "
        "package another 20,000 yuan.",
        D(2025, 3, 2),
        None,
        [],
        xf=(
            "an option package's price ('carbon-fibre package costs 42,000 yuan') is not the "
            "car's: no event; got two Ultra prices"
        ),
    ),
]


@run(TRIMS)
def test_trims(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- order books and waiting times ---------------------------------------------------------

ORDERS = [
    case(
        "Buyers who order a YU7 today face a wait of 48 to 61 weeks, according to Xiaomi's "
        "app. The company had more than 240,000 locked orders after launch.",
        D(2025, 7, 15),
        None,
        [ev(YU7, metric="locked_orders", value=240000, qualifier=MORE)],
    ),
    case(
        "Xiaomi's order backlog for the YU7 still exceeds 150,000 units, analysts estimate, "
        "enough to keep the plant busy into next spring.",
        D(2025, 10, 10),
        None,
        [ev(YU7, metric="orders", value=150000, qualifier=MORE, status="forecast")],
    ),
    case(
        "The SU7 had 75,723 locked orders as of April 24, Xiaomi said. Waiting times for the "
        "Max version now stretch to seven months.",
        D(2024, 4, 25),
        None,
        [ev(SU7, metric="locked_orders", value=75723, as_of=D(2024, 4, 24))],
    ),
    case(
        "Wait times for the Xiaomi SU7 have fallen to 20 weeks from 33 weeks in March.",
        D(2025, 5, 10),
        None,
        [],
    ),
    case(
        "小米YU7目前提车周期仍长达40周以上，官方App显示标准版预计交付时间为52至55周。",
        D(2025, 8, 5),
        "zh",
        [],
    ),
    case(
        "据知情人士透露，小米YU7截至9月底在手订单仍超过12万台。",
        D(2025, 10, 8),
        "zh",
        [ev(YU7, metric="orders", value=120000, qualifier=MORE, as_of=D(2025, 9, 30))],
    ),
    case(
        "小米SU7 Ultra上市10分钟大定突破6900台，2小时突破1万台。",
        D(2025, 2, 28),
        "zh",
        [
            ev(ULTRA, metric="orders", value=6900, qualifier=MORE, **WINDOW),
            ev(ULTRA, metric="orders", value=10000, qualifier=MORE, **WINDOW),
        ],
    ),
    case(
        "More than 30,000 YU7 orders have been cancelled since launch, one analyst estimates, "
        "though Xiaomi disputes the figure.",
        D(2025, 8, 20),
        None,
        [other("cancellations", 30000, subject=YU7, qualifier=MORE, status="forecast")],
        xf=(
            "'More than 30,000 YU7 orders have been cancelled ..., one analyst estimates': "
            "cancellations with status forecast; got actual"
        ),
    ),
    case(
        "Xiaomi said on Thursday that 15,000 customers had converted their YU7 deposits into "
        "locked orders in the first day of the conversion window.",
        D(2025, 6, 27),
        None,
        [ev(YU7, metric="locked_orders", value=15000)],
    ),
    case(
        "小米汽车表示，SU7标准版已锁单用户可在7月底前提车，Pro和Max版本等车时间约为5个月。",
        D(2024, 5, 10),
        "zh",
        [],
    ),
]


@run(ORDERS)
def test_orders(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- plant phases and capacity -------------------------------------------------------------

PLANTS = [
    case(
        "Phase one of Xiaomi's Beijing factory has an annual capacity of 150,000 vehicles. "
        "Phase two, completed in June, adds another 150,000.",
        D(2025, 7, 20),
        None,
        [cap(150000), cap(150000)],
    ),
    case(
        "Xiaomi's plant runs two shifts and turns out a car every 76 seconds, or about 40,000 "
        "a month at full tilt.",
        D(2025, 9, 15),
        None,
        [ev(AUTO, metric="production_capacity", value=40000, qualifier=ABOUT, **RATE)],
        xf=(
            "'turns out ... about 40,000 a month at full tilt': production_capacity 40,000 about,"
            " rate; got no event"
        ),
    ),
    case(
        "小米汽车工厂二期已于6月竣工投产，规划年产能15万辆；三期工程预计2026年开工。",
        D(2025, 7, 20),
        "zh",
        [cap(150000)],
    ),
    case(
        "据报道，小米汽车计划在武汉建设第三座工厂，初期年产能约20万辆，总投资超过100亿元。",
        D(2025, 12, 10),
        "zh",
        [
            ev(AUTO, metric="production_capacity", value=200000, qualifier=ABOUT, **RATE),
            money("investment", 1e10, MORE),
        ],
    ),
    case(
        "Xiaomi produced 42,000 cars in October, its highest ever, as the second phase of its "
        "plant ramped up.",
        NOV01,
        None,
        [ev(AUTO, metric="production", value=42000, status="actual", **month(2025, 10))],
    ),
    case(
        "The Beijing plant's two phases can build 300,000 cars a year between them, Lu Weibing "
        "said, but demand for the YU7 alone exceeds that.",
        D(2025, 8, 20),
        None,
        [cap(300000)],
    ),
    case(
        "Xiaomi bought a 522,000-square-metre plot in Beijing's Yizhuang for 840 million "
        "yuan, land it plans to use for the plant's third phase.",
        D(2024, 6, 20),
        None,
        [money("investment", 8.4e8)],
        xf=(
            "'bought a ... plot ... for 840 million yuan' for the plant: investment 8.4e8; got no"
            " event"
        ),
    ),
    case(
        "小米汽車北京工廠一期年產能15萬輛，二期同樣為15萬輛，合計30萬輛。",
        D(2025, 7, 20),
        "zh",
        [cap(150000), cap(150000), cap(300000)],
    ),
    case(
        "Tesla's Shanghai Gigafactory can build more than 950,000 cars a year, roughly three "
        "times Xiaomi's capacity.",
        D(2025, 7, 20),
        None,
        [],
    ),
]


@run(PLANTS)
def test_plants(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- cumulative milestones -----------------------------------------------------------------

MILESTONES = [
    case(
        "Xiaomi's 500,000th car rolled off the line in Beijing on Tuesday, 19 months after "
        "production began.",
        D(2025, 11, 26),
        None,
        [ev(AUTO, metric="production", value=500000, status="actual", **total_to(D(2025, 11, 25)))],
    ),
    case(
        "The 100,000th Xiaomi YU7 left the factory on October 30, four months after launch.",
        D(2025, 10, 31),
        None,
        [ev(YU7, metric="production", value=100000, status="actual", **total_to(D(2025, 10, 30)))],
    ),
    case(
        "小米汽车第50万辆整车于11月25日下线，距首车下线仅用时20个月。",
        D(2025, 11, 26),
        "zh",
        [ev(AUTO, metric="production", value=500000, status="actual", **total_to(D(2025, 11, 25)))],
    ),
    case(
        "截至2025年9月30日，小米汽车累计交付已超过40万辆。",
        OCT01,
        "zh",
        [dlv(AUTO, 400000, MORE, **total_to(D(2025, 9, 30)))],
    ),
    case(
        "Xiaomi has now delivered a total of more than 400,000 cars since April 2024, it said "
        "on Wednesday, when it handed the keys of its 400,000th car to a buyer in Shenzhen.",
        D(2025, 10, 2),
        None,
        [dlv(AUTO, 400000, MORE, **total_to(D(2025, 10, 1)))],
    ),
    case(
        "小米YU7上市後累計交付突破10萬輛，用時約4個月。",
        D(2025, 11, 3),
        "zh",
        [dlv(YU7, 100000, MORE, period_kind="cumulative")],
    ),
    case(
        "Tesla's Shanghai plant built its 4 millionth car in October, a milestone Xiaomi is a "
        "long way from.",
        NOV01,
        None,
        [],
    ),
    case(
        "Xiaomi SU7 owners have driven a combined 1 billion kilometres, Xiaomi said, and its "
        "assisted-driving system has covered 400 million of those.",
        D(2025, 9, 1),
        None,
        [
            ev(SU7, metric="test_mileage", value=1e9),
            ev(SU7, metric="test_mileage", value=4e8),
        ],
        xf=(
            "'owners have driven a combined 1 billion kilometres ... assisted-driving ... 400 "
            "million': two SU7 test_mileage events; got no event"
        ),
    ),
]


@run(MILESTONES)
def test_milestones(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- analysts' notes: estimates, ratings, price targets ------------------------------------

ANALYSTS = [
    case(
        "Morgan Stanley raised its price target on Xiaomi to HK$62 from HK$55 and now expects "
        "the company to deliver 400,000 cars in 2025.",
        D(2025, 7, 10),
        None,
        [fcst(AUTO, 400000, **year(2025))],
    ),
    case(
        "We forecast 550,000 EV deliveries for Xiaomi in 2026E (previously 500,000), with "
        "auto gross margin of 24%. Maintain Buy, TP HK$68.",
        D(2025, 11, 20),
        None,
        [
            fcst(AUTO, 550000, **year(2026)),
            fcst(AUTO, 500000, **year(2026)),
            other("gross margin", 24, status="forecast"),
        ],
    ),
    case(
        "Citi estimates Xiaomi's EV segment will turn an operating profit of 2 billion yuan "
        "in the fourth quarter, and sees full-year deliveries of about 410,000.",
        D(2025, 11, 20),
        None,
        [
            other("operating profit", 2e9, status="forecast", **quarter(2025, 4)),
            fcst(AUTO, 410000, ABOUT, **year(2025)),
        ],
    ),
    case(
        "Xiaomi shares fell 4.1% to HK$41.2 on Wednesday, after the stock lost 12% last week.",
        D(2025, 11, 20),
        None,
        [],
    ),
    case(
        "Analysts polled by Bloomberg had expected car revenue of 27.6 billion yuan for the "
        "third quarter; Xiaomi reported 28.3 billion yuan.",
        RESULTS,
        None,
        [
            money("revenue", 2.76e10, status="forecast", **quarter(2025, 3)),
            money("revenue", 2.83e10, status="actual", **quarter(2025, 3)),
        ],
        xf=(
            "'had expected car revenue of 27.6 billion ...; Xiaomi reported 28.3 billion': a Q3 "
            "forecast and the Q3 actual; got no event"
        ),
    ),
    case(
        "中金预计小米汽车2026年交付量将达55万辆，维持跑赢行业评级，目标价62港元。",
        D(2025, 11, 21),
        "zh",
        [fcst(AUTO, 550000, **year(2026))],
    ),
    case(
        "瑞银将小米集团目标价由60港元下调至55港元，同时将其2025年汽车交付量预测下调至38万辆。",
        D(2025, 10, 15),
        "zh",
        [fcst(AUTO, 380000, **year(2025))],
    ),
    case(
        "Jefferies: We model Xiaomi EV revenue at RMB110bn in FY25E and RMB170bn in FY26E.",
        D(2025, 9, 1),
        None,
        [
            money("revenue", 1.1e11, status="forecast", **year(2025)),
            money("revenue", 1.7e11, status="forecast", **year(2026)),
        ],
    ),
    case(
        "高盛报告称，预计小米汽车第四季度单季交付约14.5万辆，毛利率约为24%。",
        D(2025, 11, 25),
        "zh",
        [
            fcst(AUTO, 145000, ABOUT, **quarter(2025, 4)),
            other("gross margin", 24, qualifier=ABOUT, status="forecast"),
        ],
    ),
]


@run(ANALYSTS)
def test_analysts(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- headlines followed by their lede ------------------------------------------------------

HEADLINES = [
    case(
        "Xiaomi EV deliveries top 40,000 again in November\n\nXiaomi delivered more than "
        "40,000 vehicles in November, the company said on Monday, the third month in a row "
        "above that level.",
        DEC01,
        None,
        [dlv(AUTO, 40000, MORE, **month(2025, 11))],
    ),
    case(
        "Xiaomi's car arm turns first quarterly profit\n\nXiaomi's electric-vehicle business "
        "posted an operating profit of 700 million yuan in the July-September quarter.",
        RESULTS,
        None,
        [other("operating profit", 7e8, **quarter(2025, 3))],
    ),
    case(
        "XIAOMI YU7 DRAWS 289,000 ORDERS IN 1 HOUR\nXiaomi's first SUV drew 289,000 firm "
        "orders within an hour of going on sale on Thursday night.",
        D(2025, 6, 27),
        None,
        [ev(YU7, metric="orders", value=289000, **WINDOW)],
    ),
    case(
        "Xiaomi lifts 2025 delivery goal to 350,000\n\nXiaomi raised its 2025 delivery target "
        "to 350,000 vehicles from 300,000, Lei Jun said at the annual results briefing.",
        D(2025, 3, 19),
        None,
        [goal(350000, **year(2025)), goal(300000, **year(2025))],
    ),
    case(
        "小米汽车10月交付超4万台，连续两个月破4万\n\n11月1日，小米汽车公布10月交付数据：当月交付量"
        "超过4万台。",
        NOV01,
        "zh",
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    case(
        "小米汽车业务首次实现单季盈利\n\n小米集团11月18日发布三季报，智能电动汽车及AI等创新业务"
        "经营收益为7亿元。",
        RESULTS,
        "zh",
        [other("operating profit", 7e8, **quarter(2025, 3))],
    ),
    case(
        "Xiaomi's SU7 outsells Tesla Model 3 in China for a fourth month\n\nThe SU7 sold "
        "around 23,000 units in July, compared with roughly 7,800 for the Model 3.",
        D(2025, 8, 15),
        None,
        [ev(SU7, metric="deliveries", value=23000, qualifier=ABOUT, **month(2025, 7))],
    ),
    case(
        "Lei Jun: Xiaomi will not chase volume at the cost of quality\n\nXiaomi's founder said "
        "he would rather deliver 300,000 good cars than 500,000 mediocre ones.",
        D(2025, 5, 5),
        None,
        [],
    ),
]


@run(HEADLINES)
def test_headlines(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- corrections ---------------------------------------------------------------------------

CORRECTIONS = [
    case(
        "Correction: An earlier version of this story said Xiaomi delivered 45,000 cars in "
        "October. The company said deliveries exceeded 40,000.",
        D(2025, 11, 2),
        None,
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    case(
        "This article has been updated to correct the YU7's starting price to 253,500 yuan, "
        "not 235,500 yuan as previously stated.",
        D(2025, 6, 27),
        None,
        [price(YU7, 253500)],
    ),
    case(
        "更正：本文此前误将小米汽车三季度交付量写为10.9万辆，实际为108796辆。",
        RESULTS,
        "zh",
        [dlv(AUTO, 108796, **quarter(2025, 3))],
    ),
    case(
        "Xiaomi delivered 108,796 vehicles in the third quarter. (Corrects figure in "
        "paragraph 2 to third quarter from second quarter.)",
        RESULTS,
        None,
        [dlv(AUTO, 108796, **quarter(2025, 3))],
    ),
    case(
        "Xiaomi denied a report that it had cut its 2025 delivery target to 300,000, saying "
        "the goal of 350,000 was unchanged.",
        D(2025, 9, 5),
        None,
        [goal(350000, **year(2025))],
    ),
    case(
        "小米汽车官方辟谣：网传“YU7锁单量跌破10万”不实，目前锁单数据表现良好。",
        D(2025, 8, 1),
        "zh",
        [],
    ),
]


@run(CORRECTIONS)
def test_corrections(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- Lei Jun's Weibo posts -----------------------------------------------------------------

WEIBO = [
    case(
        "雷军微博：小米YU7，上市18小时，锁单突破24万台！感谢大家的支持！",
        D(2025, 6, 27),
        "zh",
        [ev(YU7, metric="locked_orders", value=240000, qualifier=MORE, **WINDOW)],
    ),
    case(
        "雷军：10月交付量超过4万台，连续两个月超4万。感谢每一位米粉！#小米汽车#",
        NOV01,
        "zh",
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    case(
        "雷军发文称，今年小米汽车的交付目标是35万台，目前已完成约75%，“我们有信心完成任务”。",
        D(2025, 10, 5),
        "zh",
        [goal(350000, **year(2025))],
    ),
    case(
        "Lei Jun wrote on Weibo on Sunday that the SU7 Ultra had logged 15,000 firm orders "
        "and that the first cars would be delivered in March.",
        D(2025, 3, 3),
        None,
        [ev(ULTRA, metric="orders", value=15000)],
    ),
    case(
        "雷军转发称，小米SU7第10万台量产车于今天下线，用时230天。",
        D(2024, 11, 18),
        "zh",
        [ev(SU7, metric="production", value=100000, **total_to(D(2024, 11, 18)))],
    ),
    case(
        "雷军晒出成绩单：2024年小米汽车交付超13.5万台，超额完成13万台的目标。",
        D(2025, 1, 1),
        "zh",
        [
            dlv(AUTO, 135000, MORE, **year(2024)),
            goal(130000, **year(2024)),
        ],
    ),
    case(
        '"Deliveries in September: over 40,000!" Lei Jun posted, adding a thumbs-up emoji.',
        OCT01,
        None,
        [dlv(AUTO, 40000, MORE, **month(2025, 9))],
    ),
    case(
        "雷军在直播中透露，小米汽车今年研发投入预计超过70亿元，团队规模已超过1万人。",
        D(2025, 5, 20),
        "zh",
        [
            money("rd_spend", 7e9, MORE, status="forecast", **year(2025)),
            ev(AUTO, metric="headcount", value=10000, qualifier=MORE),
        ],
    ),
]


@run(WEIBO)
def test_weibo(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- the Chinese financial press: 财报, 港元, 亿/万 mixed, fullwidth digits, Traditional -------

ZH_PRESS = [
    case(
        "财报显示，2025年二季度小米智能电动汽车收入206亿元，交付新车81302辆，毛利率26.4%，"
        "经营亏损收窄至3亿元。",
        D(2025, 8, 20),
        "zh",
        [
            money("revenue", 2.06e10, status="actual", **quarter(2025, 2)),
            dlv(AUTO, 81302, **quarter(2025, 2)),
            other("gross margin", 26.4, **quarter(2025, 2)),
            money("net_loss", 3e8, status="actual", **quarter(2025, 2)),
        ],
    ),
    case(
        "小米集团（01810.HK）周三收跌3.2%，报44.6港元，总市值约1.16万亿港元。",
        D(2025, 11, 19),
        "zh",
        [],
    ),
    case(
        "小米汽车一季度交付７５８６９辆，汽车业务收入１８１亿元。",
        D(2025, 5, 28),
        "zh",
        [
            dlv(AUTO, 75869, **quarter(2025, 1)),
            money("revenue", 1.81e10, status="actual", **quarter(2025, 1)),
        ],
    ),
    case(
        "小米汽车11月交付量４万+，1至11月累计交付超30万台。",
        DEC01,
        "zh",
        [
            dlv(AUTO, 40000, MORE, **month(2025, 11)),
            dlv(AUTO, 300000, MORE, **first_months(2025, 11)),
        ],
    ),
    case(
        "小米集團公布，第三季智能電動汽車收入283億元人民幣，交付量10.88萬輛，毛利率25.5%。",
        RESULTS,
        "zh",
        [
            money("revenue", 2.83e10, status="actual", **quarter(2025, 3)),
            dlv(AUTO, 108800, **quarter(2025, 3)),
            other("gross margin", 25.5, **quarter(2025, 3)),
        ],
    ),
    case(
        "小米宣布配售8亿股新股，每股作价40.6港元，集资约325亿港元，部分资金将用于汽车业务扩张。",
        D(2025, 6, 30),
        "zh",
        [],
    ),
    case(
        "单车平均售价（ASP）为25.98万元，环比增长3.8%，主要受YU7交付拉动。",
        RESULTS,
        "zh",
        [],
    ),
    case(
        "小米汽车三季度单车均价为25.98万元，环比增长3.8%。",
        RESULTS,
        "zh",
        [price(AUTO, 259800, **quarter(2025, 3))],
    ),
    case(
        "按照小米汽车的规划，2026年交付目标为55万辆，较2025年的35万辆目标提升约57%。",
        D(2026, 1, 5),
        "zh",
        [goal(550000, **year(2026)), goal(350000, **year(2025))],
    ),
    case(
        "据交强险数据，小米汽车11月第三周（11.17-11.23）上险量为9200辆，环比上升600辆。",
        D(2025, 11, 25),
        "zh",
        [
            ev(
                AUTO,
                metric="deliveries",
                value=9200,
                period_kind="week",
                period_start=D(2025, 11, 17),
                period_end=D(2025, 11, 23),
            )
        ],
    ),
    case(
        "小米汽车目前员工总数约1.8万人，其中研发人员超过6000人。",
        D(2025, 9, 1),
        "zh",
        [
            ev(AUTO, metric="headcount", value=18000, qualifier=ABOUT),
            ev(AUTO, metric="headcount", value=6000, qualifier=MORE),
        ],
    ),
    case(
        "小米汽车2025年前三季度累计交付26.6万辆，已完成全年35万辆目标的76%。",
        D(2025, 10, 2),
        "zh",
        [
            dlv(AUTO, 266000, **first_months(2025, 9)),
            goal(350000, **year(2025)),
        ],
    ),
    case(
        "小米集团2024年全年收入3659亿元，其中智能电动汽车等创新业务收入328亿元，经调整净亏损62亿元。",
        D(2025, 3, 19),
        "zh",
        [
            ev(GROUP, metric="revenue", value=3.659e11, **year(2024)),
            money("revenue", 3.28e10, status="actual", **year(2024)),
            money("net_loss", 6.2e9, status="actual", **year(2024)),
        ],
    ),
    case(
        "小米汽車門店數目已增至335家，覆蓋全國66個城市。",
        D(2025, 9, 30),
        "zh",
        [other("stores", 335)],
    ),
    case(
        "特斯拉上海超级工厂10月交付6.1万辆，其中出口约2.6万辆；小米汽车同月交付超4万辆。",
        NOV01,
        "zh",
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    case(
        "小米YU7上市一個月，累計鎖單數據未再公布；市場估計實際交付約1萬輛。",
        D(2025, 7, 27),
        "zh",
        [fcst(YU7, 10000, ABOUT)],
    ),
    case(
        "据乘联会数据，10月小米汽车批发销量为40,823辆，零售销量39,612辆。",
        D(2025, 11, 12),
        "zh",
        [
            dlv(AUTO, 40823, **month(2025, 10)),
            dlv(AUTO, 39612, **month(2025, 10)),
        ],
    ),
    case(
        "小米汽车2025年研发开支预计约为80亿元，占集团研发总投入的约25%。",
        D(2025, 3, 20),
        "zh",
        [money("rd_spend", 8e9, ABOUT, status="forecast", **year(2025))],
    ),
]


@run(ZH_PRESS)
def test_zh_press(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- assorted: exports, Europe, wire copy, quotes ------------------------------------------

ASSORTED = [
    case(
        "Xiaomi plans to start selling cars in Europe in 2027, Lu Weibing said, without giving "
        "a volume target.",
        D(2025, 11, 19),
        None,
        [],
    ),
    case(
        "HONG KONG, Nov 18 (Reuters) - Xiaomi said on Tuesday its electric-vehicle business "
        "delivered 108,796 cars in the third quarter, up 173% from a year earlier.",
        RESULTS,
        None,
        [dlv(AUTO, 108796, **quarter(2025, 3))],
    ),
    case(
        "Xiaomi now has 30,000 people working on its cars, up from about 3,000 when it "
        "started, Lei Jun told a conference.",
        D(2025, 7, 1),
        None,
        [ev(AUTO, metric="headcount", value=30000)],
        xf=(
            "'Xiaomi now has 30,000 people working on its cars': headcount 30,000 only; got it, "
            "and the base of 'up from about 3,000 when it started' as a second, undated headcount"
        ),
    ),
    case(
        "The YU7 accounted for about 60% of Xiaomi's October deliveries, which topped 40,000.",
        NOV01,
        None,
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    case(
        "Around 30% of SU7 buyers are women, Xiaomi said, and more than half previously owned "
        "an Apple phone.",
        D(2024, 5, 10),
        None,
        [
            ev(SU7, metric="buyer_share", value=30, qualifier=ABOUT),
            ev(SU7, metric="buyer_share", value=50, qualifier=MORE),
        ],
        xf=(
            "'more than half previously owned an Apple phone': buyer_share 50 more_than; got only"
            " the 30% of women"
        ),
    ),
    case(
        "Xiaomi will invest 1.2 billion yuan in a new test track near Beijing, a filing shows.",
        D(2025, 4, 10),
        None,
        [money("investment", 1.2e9)],
    ),
    case(
        "Xiaomi's EV unit lost 1.8 billion yuan in the first quarter of 2024 and 500 million "
        "yuan in the first quarter of 2025.",
        D(2025, 5, 28),
        None,
        [
            money("net_loss", 1.8e9, status="actual", **quarter(2024, 1)),
            money("net_loss", 5e8, status="actual", **quarter(2025, 1)),
        ],
    ),
    case(
        "Xiaomi delivered 'over 40,000' cars in October, matching September; YTD it has "
        "delivered over 260,000.",
        NOV01,
        None,
        [
            dlv(AUTO, 40000, MORE, **month(2025, 10)),
            dlv(AUTO, 260000, MORE, period_kind="cumulative", period_start=D(2025, 1, 1)),
        ],
    ),
    case(
        "Xiaomi sold 20,000 smartwatches and 1.2 million phones during the Singles' Day "
        "shopping festival.",
        D(2025, 11, 12),
        None,
        [],
    ),
    case(
        "Xiaomi expects to deliver its first cars outside China in 2027 and aims for 10% of "
        "its sales to come from overseas by 2030.",
        D(2025, 11, 20),
        None,
        [],
    ),
]


@run(ASSORTED)
def test_assorted(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- more: Hong Kong press, mixed 亿/万, fullwidth, order books in Chinese, Q&A in English ------

MORE_CASES = [
    case(
        "小米集團第三季經調整純利113億元人民幣，其中電動車業務首度錄得經營盈利7億元人民幣。"
        "股價今早一度跌3%，報41.5港元。",
        RESULTS,
        "zh",
        [other("operating profit", 7e8, **quarter(2025, 3))],
    ),
    case(
        "小米汽車今年首十個月累計交付逾26萬輛，距離全年35萬輛目標尚差約9萬輛。",
        NOV01,
        "zh",
        [
            dlv(AUTO, 260000, MORE, **first_months(2025, 10)),
            goal(350000, **year(2025)),
        ],
    ),
    case(
        "小米YU7上市1小时锁单量达28万8千台，18小时锁单24万台的说法有误。",
        D(2025, 6, 27),
        "zh",
        [ev(YU7, metric="locked_orders", value=288000, **WINDOW)],
    ),
    case(
        "小米汽车第三季度交付量为１０．８８万辆，环比增长３３．８％。",
        RESULTS,
        "zh",
        [dlv(AUTO, 108800, **quarter(2025, 3))],
    ),
    case(
        "截至6月底，小米SU7累计锁单量已达25.8万辆，其中约7成为Pro及Max版本。",
        D(2024, 7, 5),
        "zh",
        [ev(SU7, metric="locked_orders", value=258000, **total_to(D(2024, 6, 30)))],
    ),
    case(
        "小米汽车预计，明年二期工厂满产后，月产能有望提升至4万辆以上。",
        D(2025, 5, 10),
        "zh",
        [ev(AUTO, metric="production_capacity", value=40000, qualifier=MORE, **RATE)],
    ),
    case(
        "小米SU7上市首年销量8万8898辆，平均每天交付约240辆。",
        D(2025, 3, 30),
        "zh",
        [dlv(SU7, 88898, **WINDOW), dlv(SU7, 240, ABOUT, **RATE)],
    ),
    case(
        "Asked whether the YU7 would cannibalise the SU7, Lu Weibing said SU7 orders had held "
        "steady at around 20,000 a month since the YU7's launch.",
        D(2025, 8, 20),
        None,
        [ev(SU7, metric="orders", value=20000, qualifier=ABOUT, **RATE)],
    ),
    case(
        "Xiaomi's EV revenue per car, a proxy for average selling price, rose to about "
        "260,000 yuan in the third quarter from 253,700 yuan in the second.",
        RESULTS,
        None,
        [
            price(AUTO, 260000, qualifier=ABOUT, **quarter(2025, 3)),
            price(AUTO, 253700, **quarter(2025, 2)),
        ],
    ),
    case(
        "Xiaomi's lock-in rate for YU7 reservations was about 80%, people familiar said, and "
        "refunds stayed below 5%.",
        D(2025, 7, 2),
        None,
        [],
    ),
    case(
        "NIO delivered 40,397 vehicles in October, up 92.6% year on year, and said it expects "
        "fourth-quarter deliveries of 120,000 to 125,000; Xiaomi gave no quarterly guidance.",
        NOV01,
        None,
        [],
    ),
    case(
        "Xiaomi will start deliveries of the YU7 GT in the first quarter of 2026 and expects "
        "to build 10,000 of them in the first six months.",
        D(2025, 12, 5),
        None,
        [ev(YU7, metric="production", value=10000, status="forecast")],
    ),
    case(
        "港股小米集团-W今日收涨2.1%，成交额逾120亿港元。此前公司公布，10月汽车交付量超4万台。",
        NOV01,
        "zh",
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    case(
        "Xiaomi Q3 snapshot — deliveries: 108,796 (Q2: 81,302); EV revenue: RMB28.3bn "
        "(Q2: RMB20.6bn).",
        RESULTS,
        None,
        [
            dlv(AUTO, 108796, **quarter(2025, 3)),
            dlv(AUTO, 81302, **quarter(2025, 2)),
            money("revenue", 2.83e10, **quarter(2025, 3)),
            money("revenue", 2.06e10, **quarter(2025, 2)),
        ],
    ),
    case(
        "In 2026 Xiaomi expects to sell 550,000 cars, Lei Jun said in a January Weibo post, "
        "up from 411,000 in 2025.",
        D(2026, 1, 20),
        None,
        [fcst(AUTO, 550000, **year(2026)), dlv(AUTO, 411000, **year(2025))],
    ),
]


@run(MORE_CASES)
def test_more(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- second probes of the families found above (is it one sentence or a family?) -------------

FAMILY_CHECKS = [
    case(
        "BYD's Hefei plant can turn out 400,000 cars a year, more than Xiaomi's Beijing factory.",
        D(2025, 7, 20),
        None,
        [],
    ),
    case(
        "理想汽车常州基地年产能达50万辆，是小米汽车北京工厂的数倍。",
        D(2025, 7, 20),
        "zh",
        [],
    ),
    case(
        "Xiaomi's car business had a gross margin of 23.2% in the first quarter, the company said.",
        D(2025, 5, 28),
        None,
        [other("gross margin", 23.2, **quarter(2025, 1))],
    ),
    case(
        "UBS sees Xiaomi delivering around 400,000 cars this year.",
        D(2025, 9, 1),
        None,
        [fcst(AUTO, 400000, ABOUT, **year(2025))],
    ),
    case(
        "Top sellers among start-ups in September: Leapmotor (66,657), Xiaomi (over 40,000), "
        "XPeng (41,581).",
        OCT01,
        None,
        [dlv(AUTO, 40000, MORE, **month(2025, 9))],
    ),
    case(
        "小米SU7新款起售价21.99万元，比上一代下调4000元。",
        D(2026, 2, 1),
        "zh",
        [price(SU7, 219900)],
    ),
]


FAMILY_CHECKS += [
    case(
        "Tesla's Shanghai plant can build 950,000 cars a year, three times Xiaomi's capacity.",
        D(2025, 7, 20),
        None,
        [],
    ),
    case(
        "BYD sold 380,000 cars in China in October, nearly ten times Xiaomi's tally.",
        NOV01,
        None,
        [],
    ),
    case(
        "Xiaomi's EV business had a gross margin of 23.2% in the first quarter.",
        D(2025, 5, 28),
        None,
        [other("gross margin", 23.2, **quarter(2025, 1))],
    ),
]


@run(FAMILY_CHECKS)
def test_family_checks(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)
