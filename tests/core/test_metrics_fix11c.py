"""Families of the fix11c round, each pinned by short pages written for this file (none copied
from a probe set): a fact box that gives the figure first and, under it or after a dash, what
it counts; a ranked list of makers under a heading naming the month and the measure; a
timeline whose labels name a month; market-wide figures, a reader's own guess and a gap left
to a goal (no events); targets and forecasts told in passing.

Conventions as in test_metrics_articles11.py: a finished month of an actual runs first to last
day, as_of its last day; a quarter first to last day; a running total since launch is
cumulative; a target's as_of is not asserted.
"""

import datetime as dt
from typing import Any

from test_metrics_articles9 import article, check_article, run
from test_metrics_review import ev
from test_metrics_review8 import AUTO, GROUP, MORE, dlv, goal, money, month, other, quarter, year

D = dt.date
CUM = {"period_kind": "cumulative"}


# --- fact boxes: the figure first, then what it counts ---------------------------------------

BOX_EN = """Xiaomi EV: the second quarter in five numbers

August 21, 2025

The car unit's second-quarter results, at a glance:

81,302
vehicles handed over in April-June

21.3 billion yuan
revenue of the EV business in the quarter

26.4%
gross margin of the car business

335
sales stores at the end of June

HK$52.10
Xiaomi's closing share price on Wednesday

673 km
CLTC range of the SU7 Pro

Sources: company results."""

BOX_EN_DASH = """Xiaomi's October, by the numbers

November 2, 2025

40,000+ - Cars delivered in October, a second month above that mark
300,000+ - Cars delivered between January and October
2,000 - Horsepower the next Ultra model is rumoured to have"""

BOX_ES = """Xiaomi Auto en cifras

21 de agosto de 2025

Las cifras del segundo trimestre de la división de coches de Xiaomi.

81.302 – los coches entregados entre abril y junio

26,4% – el margen bruto de la división de coches

350.000 – el objetivo de entregas para 2025"""

# a year alone over its paragraph is a heading, not a figure to read with the line under it
YEAR_HEADINGS = """How Xiaomi's car sales grew

January 5, 2026

2024
Xiaomi delivered more than 135,000 cars in its first year of sales.

2025
The company delivered more than 410,000 cars."""

# a caption with a number over the first sentence is no fact box
CAPTION = """Xiaomi tops 40,000 again

November 1, 2025
5 min read
Xiaomi delivered more than 40,000 cars in October, it said on Saturday."""

BOXES = [
    article(
        "Xiaomi EV: the second quarter in five numbers",
        BOX_EN,
        D(2025, 8, 21),
        None,
        [
            dlv(AUTO, 81302, **quarter(2025, 2)),
            money("revenue", 21.3e9, **quarter(2025, 2)),
            other("gross margin", 26.4, **quarter(2025, 2)),
            other("stores", 335),
        ],
    ),
    article(
        "Xiaomi's October, by the numbers",
        BOX_EN_DASH,
        D(2025, 11, 2),
        None,
        [
            dlv(AUTO, 40000, MORE, **month(2025, 10)),
            dlv(AUTO, 300000, MORE, period_start=D(2025, 1, 1), period_end=D(2025, 10, 31)),
        ],
    ),
    article(
        "Xiaomi Auto en cifras",
        BOX_ES,
        D(2025, 8, 21),
        "es",
        [
            dlv(AUTO, 81302, **quarter(2025, 2)),
            other("gross margin", 26.4, **quarter(2025, 2)),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "Xiaomi tops 40,000 again",
        CAPTION,
        D(2025, 11, 1),
        None,
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    article(
        "How Xiaomi's car sales grew",
        YEAR_HEADINGS,
        D(2026, 1, 5),
        None,
        [
            dlv(AUTO, 135000, MORE, **year(2024)),
            dlv(AUTO, 410000, MORE, **year(2025)),
        ],
    ),
]


@run(BOXES)
def test_fact_boxes(
    title: str, body: str, published: dt.date | None, lang: str | None, want: list[Any]
) -> None:
    check_article(title, body, published, lang, want)  # type: ignore[arg-type]


# --- ranked lists: "3. Xiaomi - more than 40,000" under a headline naming month and measure --

RANKED_OCT = """Xiaomi makes the top three again in the October league table

November 2, 2025

China's newer carmakers published their monthly figures on Saturday. How they compare:

1. Leapmotor - 70,289
Another record for the Hangzhou company.

2. Xpeng - 42,013
Its Mona range keeps selling.

3. Xiaomi - over 40,000
The company gave no exact number, as usual.

4. NIO - 40,397
Helped by the Onvo L90.

All figures as reported by the companies."""

RANKED_SALES = """Top five startups by October sales

November 3, 2025

The ranking, with a line on each.

#4 Xiaomi: 40,000+
Its second month above that mark.

#5 Li Auto: 31,767
Down again from a year earlier."""

RANKED_ZH = """10月新势力交付量排行榜

2025年11月2日

各家新势力公布了10月成绩，排名如下。

1. 零跑 - 70289辆
2. 小鹏 - 42013辆
3. 小米汽车 - 超过4万辆
4. 蔚来 - 40397辆"""

# a list whose headline names no measure: a bare figure next to the name is no event
RANKED_NO_MEASURE = """Five EV makers to watch in 2026

December 20, 2025

Our picks for the coming year.

1. Leapmotor - 70,289
2. Xiaomi - 40,000
3. Xpeng - 42,013"""

LISTS = [
    article(
        "October deliveries: Xiaomi in the top three again",
        RANKED_OCT,
        D(2025, 11, 2),
        None,
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    article(
        "Top five startups by October sales",
        RANKED_SALES,
        D(2025, 11, 3),
        None,
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    article(
        "10月新势力交付量排行榜",
        RANKED_ZH,
        D(2025, 11, 2),
        "zh",
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    article("Five EV makers to watch in 2026", RANKED_NO_MEASURE, D(2025, 12, 20), None, []),
]


@run(LISTS)
def test_ranked_lists(
    title: str, body: str, published: dt.date | None, lang: str | None, want: list[Any]
) -> None:
    check_article(title, body, published, lang, want)  # type: ignore[arg-type]


# --- timelines: a month label over a whole year's figure, a revised goal, a running total ----

TIMELINE_A = """Xiaomi's road to 400,000 cars: a timeline

By a staff writer
10 January 2026

April 2024: Deliveries of the SU7 begin in 29 cities.

October 2024: Xiaomi says it has hit its full-year goal of 100,000 deliveries, two months \
early.

December 2024: Xiaomi ends the year with more than 136,000 cars handed over.

February 2025: Xiaomi lifts its 2025 delivery target to 350,000 from 300,000.

July 2025: The 300,000th Xiaomi car rolls off to its new owner in Shanghai.

December 2025: The year closed with more than 410,000 deliveries, Xiaomi says."""

TIMELINE_B = """Xiaomi in 2025: month by month

January 3, 2026

2025
Xiaomi delivered more than 410,000 cars.

November 2025: Xiaomi delivers more than 40,000 cars for a third straight month.

December 2025: Xiaomi cuts its December target to 45,000 from 50,000."""

RUNNING = """Xiaomi YU7 launch: what we learned

June 27, 2025

Lei Jun said more than 258,000 SU7s have reached customers since the car's launch in March \
last year.

Xiaomi has handed over 10,000 SU7 Ultras since the first delivery in March.

The company delivered more than 20,000 SU7s in March last year alone, he added."""

TIMELINES = [
    article(
        "Xiaomi's road to 400,000 cars: a timeline",
        TIMELINE_A,
        D(2026, 1, 10),
        None,
        [
            goal(100000, **year(2024)),
            dlv(AUTO, 136000, MORE, **year(2024)),
            goal(350000, **year(2025)),
            goal(300000, **year(2025)),
            dlv(AUTO, 300000, **CUM),
            dlv(AUTO, 410000, MORE, **year(2025)),
        ],
    ),
    article(
        "Xiaomi in 2025: month by month",
        TIMELINE_B,
        D(2026, 1, 3),
        None,
        [
            dlv(AUTO, 410000, MORE, **year(2025)),
            dlv(AUTO, 40000, MORE, **month(2025, 11)),
            # a month's own target keeps its month
            ev(AUTO, metric="delivery_target", value=45000, period_kind="month"),
            ev(AUTO, metric="delivery_target", value=50000, period_kind="month"),
        ],
    ),
    article(
        "Xiaomi YU7 launch: what we learned",
        RUNNING,
        D(2025, 6, 27),
        None,
        [
            dlv("Xiaomi SU7", 258000, MORE, **CUM),
            dlv("Xiaomi SU7 Ultra", 10000, **CUM),
            dlv("Xiaomi SU7", 20000, MORE, **month(2024, 3)),
        ],
    ),
]


@run(TIMELINES)
def test_timelines(
    title: str, body: str, published: dt.date | None, lang: str | None, want: list[Any]
) -> None:
    check_article(title, body, published, lang, want)  # type: ignore[arg-type]


# --- no events: a market's turnover, a poster's own guess, the gap left to a goal ------------

MARKET = """Asian markets: Hang Seng ends up 0.8%

November 4, 2025

Hong Kong stocks edged higher on Tuesday. Market turnover reached HK$238 billion, below the \
recent average.

Xiaomi gained 2.1% after its car unit said it delivered more than 40,000 vehicles in October.

Turnover on the main board totalled HK$190 billion, exchange data showed."""

FORUM_ZH = """小米汽车吧 › 讨论

10月交付又超4万了

楼主 2025-11-02
官方刚公布，小米汽车10月交付量超过4万台。

2楼
我猜明年能冲60万，三期投产能冲45万也说不定。

3楼
我赌年底前破40万。"""

GAPS = """Xiaomi closes in on its goal

November 3, 2025

Xiaomi delivered more than 300,000 cars between January and October. That leaves it fewer \
than 50,000 deliveries to reach its 350,000 goal. The gap to the target is now under 50,000 \
units, and Xiaomi is less than 50,000 cars short of its target."""

EXTRAS = [
    article(
        "Asian markets: Hang Seng ends up 0.8%",
        MARKET,
        D(2025, 11, 4),
        None,
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    article(
        "10月交付又超4万了",
        FORUM_ZH,
        D(2025, 11, 2),
        "zh",
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    article(
        "Xiaomi closes in on its goal",
        GAPS,
        D(2025, 11, 3),
        None,
        [
            dlv(AUTO, 300000, MORE, period_start=D(2025, 1, 1), period_end=D(2025, 10, 31)),
            goal(350000),
        ],
    ),
]


@run(EXTRAS)
def test_no_events(
    title: str, body: str, published: dt.date | None, lang: str | None, want: list[Any]
) -> None:
    check_article(title, body, published, lang, want)  # type: ignore[arg-type]


# --- targets, forecasts and whose money, told in passing -------------------------------------

QA_TARGET = """Interview: Xiaomi's sales chief

Q: Is the goal for this year unchanged?
A: Yes. 350,000 deliveries this year remains the plan.

Q: What did you deliver in 2024?
A: We delivered more than 135,000 cars in 2024."""

ITS_LOSS_EN = """Xiaomi's EV arm narrows its loss

August 20, 2025

Xiaomi shares rose on Wednesday. The electric vehicle division posted revenue of 21.3 billion \
yuan in the second quarter. Its operating loss narrowed to 300 million yuan."""

ITS_LOSS_ES = """Xiaomi reduce pérdidas en coches

20 de agosto de 2025

Las acciones de Xiaomi subieron el miércoles. La división de vehículos eléctricos facturó \
21.300 millones de yuanes en el segundo trimestre. Su pérdida operativa se redujo a 300 \
millones de yuanes."""

KO_FORECAST = """샤오미 전기차, 연간 목표 초과 전망

입력 2025.11.03 09:20

샤오미의 1~10월 전기차 인도량 합계는 31만대를 웃돈다. 업계는 샤오미가 올해 41만대를 \
인도할 것으로 본다."""

JA_BASE = """小米のEV部門、増収

2025年11月19日

小米は18日、2025年7〜9月期決算を発表した。EV部門の売上高は290億元となり、前四半期の213億元から増えた。"""

STATUSES = [
    article(
        "Interview: Xiaomi's sales chief",
        QA_TARGET,
        None,  # type: ignore[arg-type]  # no publication day
        None,
        [goal(350000), dlv(AUTO, 135000, MORE, **year(2024))],
    ),
    article(
        "Xiaomi's EV arm narrows its loss",
        ITS_LOSS_EN,
        D(2025, 8, 20),
        None,
        [
            money("revenue", 21.3e9, **quarter(2025, 2)),
            money("net_loss", 3e8, **quarter(2025, 2)),
        ],
    ),
    article(
        "Xiaomi reduce pérdidas en coches",
        ITS_LOSS_ES,
        D(2025, 8, 20),
        "es",
        [
            money("revenue", 21.3e9, **quarter(2025, 2)),
            money("net_loss", 3e8, **quarter(2025, 2)),
        ],
    ),
    article(
        "샤오미 전기차, 연간 목표 초과 전망",
        KO_FORECAST,
        D(2025, 11, 3),
        "ko",
        [
            dlv(AUTO, 310000, MORE, period_start=D(2025, 1, 1), period_end=D(2025, 10, 31)),
            ev(AUTO, metric="deliveries", value=410000, status="forecast", **year(2025)),
        ],
    ),
    article(
        "小米のEV部門、増収",
        JA_BASE,
        D(2025, 11, 19),
        "ja",
        [
            money("revenue", 29e9, **quarter(2025, 3)),
            money("revenue", 21.3e9, **quarter(2025, 2)),
        ],
    ),
]


@run(STATUSES)
def test_statuses_and_owners(
    title: str, body: str, published: dt.date | None, lang: str | None, want: list[Any]
) -> None:
    check_article(title, body, published, lang, want)  # type: ignore[arg-type]


# --- an operating profit: the car business's is `other`, the group's no event ----------------

GROUP_PROFIT = """Xiaomi's second quarter

August 20, 2025

Xiaomi Group's revenue was 116 billion yuan in the second quarter, and its operating profit \
was 13.4 billion yuan. The smart EV segment recorded an operating loss of 300 million yuan, \
while a year later it expects an operating profit."""

UNIT_PROFIT = """Xiaomi's EV unit turns a profit

November 19, 2025

Xiaomi reported third-quarter results on Tuesday. Its electric vehicle unit posted an \
operating profit of 700 million yuan, the first since the SU7 went on sale."""

PROFITS = [
    article(
        "Xiaomi's second quarter",
        GROUP_PROFIT,
        D(2025, 8, 20),
        None,
        [
            ev(GROUP, metric="revenue", value=116e9, **quarter(2025, 2)),
            money("net_loss", 3e8, **quarter(2025, 2)),
        ],
    ),
    article(
        "Xiaomi's EV unit turns a profit",
        UNIT_PROFIT,
        D(2025, 11, 19),
        None,
        [other("operating profit", 7e8, **quarter(2025, 3))],
    ),
]


@run(PROFITS)
def test_operating_profits(
    title: str, body: str, published: dt.date | None, lang: str | None, want: list[Any]
) -> None:
    check_article(title, body, published, lang, want)  # type: ignore[arg-type]
