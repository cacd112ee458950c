"""Whole-article cases of the families fixer fix9d took from test_metrics_articles9.py, in our
own words: page noise ("read more" link blocks, reader comments), a month or a model carried to
a later sentence, a second figure of a sentence, a company's plan, the period of a timeline
line, a Xiaomi price beside a rival's, a car plant's workforce.

Each case is a short article as trafilatura returns a page; `want` is what an analyst records,
with the conventions of test_metrics_articles9.py.
"""

import datetime as dt
from typing import Any

from test_metrics_articles9 import article, check_article, orders, run
from test_metrics_review import ev
from test_metrics_review8 import (
    ABOUT,
    AUTO,
    MORE,
    SU7,
    WINDOW,
    YU7,
    dlv,
    goal,
    month,
    price,
    quarter,
    year,
)

D = dt.date

# --- 1. "read more" / related-links blocks: other stories' headlines give no events ----------

RELATED = [
    article(
        "Xiaomi ships over 35,000 cars in August",
        """September 1, 2025

Xiaomi said on Monday it delivered more than 35,000 vehicles in August.

See also
Xiaomi SU7 Ultra orders hit 15,000 in ten minutes
Nio's August deliveries climb 55%

Lei Jun thanked buyers on Weibo.""",
        D(2025, 9, 1),
        None,
        [dlv(AUTO, 35000, MORE, **month(2025, 8))],
    ),
    article(
        "Xiaomi ships over 35,000 cars in August",
        """Sept 2, 2025 - Xiaomi delivered more than 35,000 vehicles last month, it said.

Related stories:
1. Xiaomi YU7 waiting time stretches to 60 weeks
2. Xiaomi SU7 tops 250,000 deliveries since launch

Xiaomi shares closed flat.""",
        D(2025, 9, 2),
        None,
        [dlv(AUTO, 35000, MORE, **month(2025, 8))],
    ),
    article(
        "Xiaomi YU7 Max priced at 329,900 yuan",
        """June 27, 2025

The Xiaomi YU7 Max costs 329,900 yuan, the company said.

ALSO READ: Xiaomi SU7 hits 200,000 deliveries

You may also like: Xiaomi YU7 gets 240,000 locked orders in 18 hours""",
        D(2025, 6, 27),
        None,
        [price(YU7, 329900)],
    ),
    article(
        "Trending in EVs",
        """October 3, 2025

Xiaomi delivered more than 40,000 cars in September.

Trending
Xiaomi SU7 deliveries pass 300,000
Li Auto cuts i8 prices

Xiaomi said the YU7 accounted for most deliveries.""",
        D(2025, 10, 3),
        None,
        [dlv(AUTO, 40000, MORE, **month(2025, 9))],
    ),
    # the figure of a link is still the body's when the body tells it too
    article(
        "Xiaomi SU7 passes 300,000 deliveries",
        """November 20, 2025

Xiaomi said on Thursday it had delivered more than 300,000 SU7 sedans since March 2024.

Read more: Xiaomi SU7 passes 300,000 deliveries""",
        D(2025, 11, 20),
        None,
        [dlv(SU7, 300000, MORE, period_kind="cumulative")],
    ),
    article(
        "小米汽车8月交付超3.5万台",
        """2025-09-01 10:00 来源：快科技

9月1日，小米汽车宣布8月交付量超过35000台。

推荐阅读：
小米SU7 Ultra十分钟大定1.5万台
蔚来8月交付同比增长55%

（责任编辑：张三）""",
        D(2025, 9, 1),
        "zh",
        [dlv(AUTO, 35000, MORE, **month(2025, 8))],
    ),
    article(
        "小米汽车8月交付超3.5万台",
        """2025-09-01 10:00

9月1日，小米汽车宣布8月交付量超过35000台。

相关新闻：小米YU7锁单量突破24万台

更多阅读
小米SU7累计交付突破25万台""",
        D(2025, 9, 1),
        "zh",
        [dlv(AUTO, 35000, MORE, **month(2025, 8))],
    ),
    article(
        "小米8月交付逾3.5萬輛",
        """2025年09月01日 香港01

小米今日宣佈，8月交付量超過3.5萬輛。

相關閱讀：
小米SU7累計交付突破25萬輛

【延伸閱讀】小米YU7上市18小時鎖單24萬輛""",
        D(2025, 9, 1),
        "zh",
        [dlv(AUTO, 35000, MORE, **month(2025, 8))],
    ),
    article(
        "Xiaomi liefert im August über 35.000 Autos aus",
        """01.09.2025

Xiaomi hat im August mehr als 35.000 Elektroautos ausgeliefert.

Auch interessant: Xiaomi SU7 Ultra: 15.000 Bestellungen in zehn Minuten

Lesen Sie auch:
Xiaomi YU7: 240.000 feste Bestellungen in 18 Stunden""",
        D(2025, 9, 1),
        "de",
        [dlv(AUTO, 35000, MORE, **month(2025, 8))],
    ),
    article(
        "Xiaomi a livré plus de 35 000 voitures en août",
        """1 septembre 2025

Xiaomi a livré plus de 35 000 voitures électriques en août.

Lire aussi : Xiaomi YU7 : 240 000 commandes fermes en 18 heures""",
        D(2025, 9, 1),
        "fr",
        [dlv(AUTO, 35000, MORE, **month(2025, 8))],
    ),
    article(
        "Xiaomi entrega más de 35.000 coches en agosto",
        """1 de septiembre de 2025

Xiaomi entregó más de 35.000 coches eléctricos en agosto.

Lee también: Xiaomi YU7: 240.000 pedidos en firme en 18 horas""",
        D(2025, 9, 1),
        "es",
        [dlv(AUTO, 35000, MORE, **month(2025, 8))],
    ),
    article(
        "Xiaomi entrega mais de 35 mil carros em agosto",
        """01/09/2025

A Xiaomi entregou mais de 35 mil carros elétricos em agosto.

Veja também: Xiaomi YU7 recebe 240 mil pedidos em 18 horas""",
        D(2025, 9, 1),
        "pt",
        [dlv(AUTO, 35000, MORE, **month(2025, 8))],
    ),
    article(
        "샤오미, 8월 전기차 3만5천대 이상 인도",
        """2025.09.01

샤오미가 8월 한 달 동안 전기차 3만5000대 이상을 인도했다고 1일 밝혔다.

함께 보면 좋은 기사
샤오미 YU7, 18시간 만에 24만 대 계약""",
        D(2025, 9, 1),
        "ko",
        [dlv(AUTO, 35000, MORE, **month(2025, 8))],
    ),
    article(
        "シャオミ、8月のEV納車3万5000台超",
        """2025年9月1日

シャオミは8月に3万5000台を超えるEVを納車したと発表した。

あわせて読みたい：シャオミYU7、18時間で24万台受注""",
        D(2025, 9, 1),
        "ja",
        [dlv(AUTO, 35000, MORE, **month(2025, 8))],
    ),
    # a "Related" heading over a paragraph of the article: the paragraph is read
    article(
        "Xiaomi ships over 35,000 cars in August",
        """September 1, 2025

Related
Xiaomi said on Monday it delivered more than 35,000 vehicles in August, a record for the \
company as its second plant phase came online and YU7 production ramped up.""",
        D(2025, 9, 1),
        None,
        [dlv(AUTO, 35000, MORE, **month(2025, 8))],
    ),
]


@run(RELATED)
def test_related_links(
    title: str, body: str, published: dt.date, lang: str | None, want: list[Any]
) -> None:
    check_article(title, body, published, lang, want)


# --- 2. reader comments --------------------------------------------------------------------

COMMENTS = [
    article(
        "Xiaomi ships over 35,000 cars in August",
        """September 1, 2025

Xiaomi said it delivered more than 35,000 vehicles in August.

12 Comments
mike_t: My YU7 cost me 279,900 yuan and I love it.
Reply
sara88: They delivered 50,000 if you count exports.
Like · Reply""",
        D(2025, 9, 1),
        None,
        [dlv(AUTO, 35000, MORE, **month(2025, 8))],
    ),
    article(
        "Xiaomi ships over 35,000 cars in August",
        """September 1, 2025

Xiaomi said it delivered more than 35,000 vehicles in August.

Join the conversation
ev_nerd
3 hours ago
Xiaomi sold 36,000 according to insurance data.
Reply""",
        D(2025, 9, 1),
        None,
        [dlv(AUTO, 35000, MORE, **month(2025, 8))],
    ),
    article(
        "小米汽车8月交付超3.5万台",
        """2025-09-01 10:00

9月1日，小米汽车宣布8月交付量超过35000台。

全部评论（23）
@老司机：我的SU7花了21.59万元，很值。
回复
@路人甲：小米一个月能卖5万台吧
点赞""",
        D(2025, 9, 1),
        "zh",
        [dlv(AUTO, 35000, MORE, **month(2025, 8))],
    ),
    article(
        "Xiaomi liefert im August über 35.000 Autos aus",
        """01.09.2025

Xiaomi hat im August mehr als 35.000 Elektroautos ausgeliefert.

Kommentare (4)
autofan: Mein SU7 hat 215.900 Yuan gekostet.
Antworten""",
        D(2025, 9, 1),
        "de",
        [dlv(AUTO, 35000, MORE, **month(2025, 8))],
    ),
    # a links list right before the comments: both are noise
    article(
        "Xiaomi ships over 35,000 cars in August",
        """September 1, 2025

Xiaomi said it delivered more than 35,000 vehicles in August.

Popular now
1. Xiaomi YU7 gets 240,000 orders
2. Xiaomi SU7 Ultra hits 20,000 deliveries

Comments (2)
jlee: Bought an SU7 for 215,900 yuan, great value.
pat_99: 35,000 is nothing, Tesla did 61,000.""",
        D(2025, 9, 1),
        None,
        [dlv(AUTO, 35000, MORE, **month(2025, 8))],
    ),
    # a comment count by the byline opens no block: the lede under it is read
    article(
        "Xiaomi ships over 35,000 cars in August",
        """By Ann Lee | September 1, 2025
Comments (4)
Xiaomi said it delivered more than 35,000 vehicles in August.
The YU7 Max costs 329,900 yuan.""",
        D(2025, 9, 1),
        None,
        [dlv(AUTO, 35000, MORE, **month(2025, 8)), price(YU7, 329900)],
    ),
]


@run(COMMENTS)
def test_reader_comments(
    title: str, body: str, published: dt.date, lang: str | None, want: list[Any]
) -> None:
    check_article(title, body, published, lang, want)


_UNUSED = (ABOUT, WINDOW, goal, orders, ev)


# --- 5. a second figure of the sentence, told with its own window or year only ---------------

SECOND = [
    article(
        "Xiaomi SU7 Ultra orders",
        """February 28, 2025

The Xiaomi SU7 Ultra drew 6,900 orders in 10 minutes after its launch, and more than \
10,000 within two hours, the company said.""",
        D(2025, 2, 28),
        None,
        [
            orders("orders", "Xiaomi SU7 Ultra", 6900, **WINDOW),
            orders("orders", "Xiaomi SU7 Ultra", 10000, qualifier=MORE, **WINDOW),
        ],
    ),
    article(
        "瑞银上调小米汽车交付预测",
        """2025-11-21 财经

瑞银预测，小米汽车今年交付量约40万辆，明年将达到60万辆。""",
        D(2025, 11, 21),
        "zh",
        [
            ev(
                AUTO,
                metric="deliveries",
                value=400000,
                qualifier=ABOUT,
                status="forecast",
                **year(2025),
            ),
            ev(AUTO, metric="deliveries", value=600000, status="forecast", **year(2026)),
        ],
    ),
    article(
        "小米汽车交付",
        """2025-03-01

小米汽车2024年交付13.7万辆，2025年预计超过35万辆。""",
        D(2025, 3, 1),
        "zh",
        [
            dlv(AUTO, 137000, **year(2024)),
            ev(
                AUTO,
                metric="deliveries",
                value=350000,
                qualifier=MORE,
                status="forecast",
                **year(2025),
            ),
        ],
    ),
    article(
        "Xiaomi car deliveries climb",
        """November 19, 2025

Xiaomi delivered 108,796 cars in the July-September quarter, up from 81,302 in the prior \
three months.""",
        D(2025, 11, 19),
        None,
        [dlv(AUTO, 108796, **quarter(2025, 3)), dlv(AUTO, 81302, **quarter(2025, 2))],
    ),
]


@run(SECOND)
def test_second_figure(
    title: str, body: str, published: dt.date, lang: str | None, want: list[Any]
) -> None:
    check_article(title, body, published, lang, want)


# --- 6. the company's plan told by the reporter is its target -------------------------------

PLAN = [
    article(
        "Xiaomi sets sights on 400,000",
        """January 5, 2026

Xiaomi says it will sell more than 400,000 cars in 2026, after beating its 2025 goal.""",
        D(2026, 1, 5),
        None,
        [
            ev(
                AUTO,
                metric="delivery_target",
                value=400000,
                qualifier=MORE,
                status="target",
                **year(2026),
            )
        ],
    ),
    article(
        "Xiaomi on course for its goal",
        """October 2, 2025

Xiaomi Auto's president said the company remained on track to hand over 350,000 vehicles \
this year.""",
        D(2025, 10, 2),
        None,
        [goal(350000, **year(2025))],
    ),
    # an analyst's view of the company stays a forecast
    article(
        "Broker sees Xiaomi beating goal",
        """October 2, 2025

Morgan Stanley said Xiaomi will deliver 380,000 cars this year.""",
        D(2025, 10, 2),
        None,
        [ev(AUTO, metric="deliveries", value=380000, status="forecast", **year(2025))],
    ),
]


@run(PLAN)
def test_company_plan(
    title: str, body: str, published: dt.date, lang: str | None, want: list[Any]
) -> None:
    check_article(title, body, published, lang, want)


# --- 4, 8. a Xiaomi price beside a rival's, and the model carried to the next sentence ------

PRICES = [
    article(
        "Xiaomi SU7 refresh goes on sale",
        """May 22, 2025

Xiaomi's refreshed SU7 went on sale on Thursday.

The standard version is priced at 215,900 yuan, some 20,000 yuan cheaper than Tesla's \
Model 3, which costs 235,500 yuan.

The Pro version sells for 245,900 yuan.""",
        D(2025, 5, 22),
        None,
        [price(SU7, 215900), price(SU7, 245900)],
    ),
    article(
        "Xiaomi YU7 pricing",
        """June 27, 2025

Xiaomi opened orders for the YU7 SUV on Thursday night.

The entry model costs 253,500 yuan, less than Tesla's Model Y (263,500 yuan).

The Pro version costs 279,900 yuan.""",
        D(2025, 6, 27),
        None,
        [price(YU7, 253500), price(YU7, 279900)],
    ),
    # the rival's own figure told first stays the rival's
    article(
        "Tesla cuts Model Y price",
        """July 1, 2025

Xiaomi launched the YU7 last week. Tesla's Model Y costs 263,500 yuan, more than \
the YU7.""",
        D(2025, 7, 1),
        None,
        [],
    ),
]


@run(PRICES)
def test_prices_beside_rivals(
    title: str, body: str, published: dt.date, lang: str | None, want: list[Any]
) -> None:
    check_article(title, body, published, lang, want)


# --- 9. a car plant's workforce is the car business's --------------------------------------

PLANT = [
    article(
        "A visit to Xiaomi's EV factory",
        """August 3, 2025

Xiaomi's factory in Beijing now turns out a car every 76 seconds. The first phase can make \
150,000 cars a year.

The factory has roughly 2,500 employees on two shifts.""",
        D(2025, 8, 3),
        None,
        [
            ev(AUTO, metric="production_capacity", value=150000, period_kind="rate"),
            ev(AUTO, metric="headcount", value=2500, qualifier=ABOUT),
        ],
    ),
    # a group's headcount stays the group's
    article(
        "Xiaomi staff numbers",
        """August 20, 2025

Xiaomi Group had about 45,000 employees at the end of June.""",
        D(2025, 8, 20),
        None,
        [ev("Xiaomi Group", metric="headcount", value=45000, qualifier=ABOUT)],
    ),
]


@run(PLANT)
def test_plant_workforce(
    title: str, body: str, published: dt.date, lang: str | None, want: list[Any]
) -> None:
    check_article(title, body, published, lang, want)


# --- 3. a month told before, carried to a later sentence or to a list under the lede --------

CARRY = [
    article(
        "Xiaomi's deliveries hold steady",
        """December 2, 2025

Xiaomi delivered more than 40,000 vehicles in November, the company said on Monday.

Demand for the YU7 stayed strong.

About 8,000 of that month's deliveries were SU7 sedans.""",
        D(2025, 12, 2),
        None,
        [
            dlv(AUTO, 40000, MORE, **month(2025, 11)),
            dlv(SU7, 8000, ABOUT, **month(2025, 11)),
        ],
    ),
    article(
        "EV makers report",
        """Nov 1, 2025

China's EV makers posted their October deliveries on Saturday. The numbers:

• BYD: 441,706
• Xiaomi: over 40,000
• XPeng: 42,013""",
        D(2025, 11, 1),
        None,
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    article(
        "EV makers report",
        """Dec 1, 2025

Several Chinese carmakers released their November delivery figures on Monday.
- Leapmotor: 70,327
- Xiaomi: more than 40,000""",
        D(2025, 12, 1),
        None,
        [dlv(AUTO, 40000, MORE, **month(2025, 11))],
    ),
]


@run(CARRY)
def test_month_carried(
    title: str, body: str, published: dt.date, lang: str | None, want: list[Any]
) -> None:
    check_article(title, body, published, lang, want)


# --- 7. the period kind: a timeline's label over a whole year, a German full year ------------

PERIOD_KIND = [
    article(
        "小米汽车大事记",
        """2025年06月30日

2023年12月：小米汽车发布会召开。

2024年12月：小米汽车年度交付突破13万辆。""",
        D(2025, 6, 30),
        "zh",
        [dlv(AUTO, 130000, MORE, **year(2024))],
    ),
    article(
        "Xiaomi hebt Jahresziel an",
        """15.07.2025

Xiaomi hat sein Ziel angehoben: Fürs Gesamtjahr will der Konzern 350.000 Autos ausliefern.""",
        D(2025, 7, 15),
        "de",
        [goal(350000, **year(2025))],
    ),
]


@run(PERIOD_KIND)
def test_period_kind(
    title: str, body: str, published: dt.date, lang: str | None, want: list[Any]
) -> None:
    check_article(title, body, published, lang, want)
