"""Families of the fix12a1 round, each pinned by short pages written for this file (none copied
from a probe set):

- whose figure: a model's part of the company's month ("the YU7 made up 25,000 of the more
  than 40,000 cars Xiaomi delivered"), a goal set for a model ("10,000 Ultras", 为其定下的…目标),
  the cars told of ("10,000 of them"), an average price that models lifted (the business's), a
  forecast whose sentence goes on about demand for a model (the company's), "the car
  business" (no model);
- which measure: a locked-order count glossed as no longer refundable (no cancellation), "the
  figure" pointing back to locked orders, a part taking its whole's measure;
- which bound: 远超35万辆的年度目标 (the goal itself is exact);
- no event: a market's retail sales, a phone series' first-sale count, a price cut by its size
  with a hedge (下调近…万元), a share price target, a price band ("the best SUV under 400,000
  yuan"), an analyst's monthly pace a goal implies (意味着…月均交付需…).

Conventions as in test_metrics_articles12.py.
"""

import datetime as dt
from typing import Any

from test_metrics_articles9 import article, check_article, orders, run
from test_metrics_review import ev
from test_metrics_review8 import AUTO, MORE, SU7, ULTRA, YU7, dlv, goal, month, other, price, year

D = dt.date
ABOUT = "about"


# --- whose figure ------------------------------------------------------------------------------

PART_EN = """Xiaomi's SUV carries September

By a staff writer | October 1, 2025

Xiaomi posted another record month. The YU7 made up more than 21,000 of the over 38,000 cars \
Xiaomi delivered in September, the company said."""

PART_SEDAN_EN = """Sedan still leads at Xiaomi

August 2, 2025

Xiaomi opened its Beijing plant in 2024. Most of the cars rolling off the line there are SU7s: \
the sedan made up more than 22,000 of the 35,000-plus cars delivered in July."""

ULTRA_GOAL_EN = """Xiaomi's track car sells out its year in a night

March 1, 2025

Xiaomi launched the SU7 Ultra on Thursday. The company had set itself a goal of 12,000 Ultras \
for the whole of 2025."""

ULTRA_GOAL_UNITS_EN = """Ultra demand surprises Xiaomi

March 3, 2025

Xiaomi put the SU7 Ultra on sale last week. Its aim is to deliver 9,000 units of the Ultra in \
2025."""

ULTRA_GOAL_ZH = """SU7 Ultra开售即火爆

2025年2月28日

小米SU7 Ultra昨晚上市。雷军宣布，SU7 Ultra上市2小时大定突破1.2万台，超过了小米为其设定的全年1.1万台销量目标。"""

OF_THEM_EN = """The Ultra, explained

The SU7 Ultra is the fastest car Xiaomi makes. It costs 529,900 yuan, and Xiaomi says it has \
delivered more than 12,000 of them."""

ASP_EN = """Xiaomi's EV unit lifts its average price

November 19, 2025

Xiaomi's EV unit delivered 100,000 cars in the third quarter. Strong sales of the YU7 Max lifted \
the average selling price to about 262,000 yuan in the quarter."""

ASP_OWN_EN = """What an SU7 sells for

November 19, 2025

Xiaomi's EV unit delivered 100,000 cars in the third quarter. The SU7's average price was \
230,000 yuan in the quarter."""

FORECAST_EN = """Broker lifts Xiaomi forecast

December 2, 2025

A Shanghai broker raised its forecast for Xiaomi's 2026 car deliveries to 600,000 from 520,000 on \
Tuesday, citing strong demand for the YU7 in smaller cities."""

FORECAST_SAYING_EN = """Analyst sees Xiaomi near half a million

December 2, 2025

An analyst expects Xiaomi to deliver 480,000 cars in 2026, saying a cheaper SU7 would help."""

CAR_BUSINESS_EN = """Broker turns upbeat on Xiaomi's cars

December 2, 2025

Demand for the SU7 remains strong. The broker now expects the car business to earn an \
operating profit of 3 billion yuan in 2026."""

WHOSE = [
    article(
        "Xiaomi's SUV carries September",
        PART_EN,
        D(2025, 10, 1),
        "en",
        [
            dlv(YU7, 21000, MORE, **month(2025, 9)),
            dlv(AUTO, 38000, MORE, **month(2025, 9)),
        ],
    ),
    article(
        "Sedan still leads at Xiaomi",
        PART_SEDAN_EN,
        D(2025, 8, 2),
        "en",
        [
            dlv(SU7, 22000, MORE, **month(2025, 7)),
            dlv(AUTO, 35000, MORE, **month(2025, 7)),
        ],
    ),
    article(
        "Xiaomi's track car sells out its year in a night",
        ULTRA_GOAL_EN,
        D(2025, 3, 1),
        "en",
        [ev(ULTRA, metric="delivery_target", value=12000, status="target", **year(2025))],
    ),
    article(
        "Ultra demand surprises Xiaomi",
        ULTRA_GOAL_UNITS_EN,
        D(2025, 3, 3),
        "en",
        [ev(ULTRA, metric="delivery_target", value=9000, status="target", **year(2025))],
    ),
    article(
        "SU7 Ultra开售即火爆",
        ULTRA_GOAL_ZH,
        D(2025, 2, 28),
        "zh",
        [
            orders("orders", ULTRA, 12000, qualifier=MORE, period_kind="window"),
            ev(ULTRA, metric="delivery_target", value=11000, status="target", **year(2025)),
        ],
    ),
    article(
        "The Ultra, explained",
        OF_THEM_EN,
        D(2025, 11, 20),
        "en",
        [
            price(ULTRA, 529900),
            ev(ULTRA, metric="deliveries", value=12000, qualifier=MORE),
        ],
    ),
    article(
        "Xiaomi's EV unit lifts its average price",
        ASP_EN,
        D(2025, 11, 19),
        "en",
        [
            ev(AUTO, metric="deliveries", value=100000),
            price(AUTO, 262000, qualifier=ABOUT),
        ],
    ),
    article(
        "What an SU7 sells for",
        ASP_OWN_EN,
        D(2025, 11, 19),
        "en",
        [ev(AUTO, metric="deliveries", value=100000), price(SU7, 230000)],
    ),
    article(
        "Broker lifts Xiaomi forecast",
        FORECAST_EN,
        D(2025, 12, 2),
        "en",
        [
            ev(AUTO, metric="deliveries", value=600000, status="forecast", **year(2026)),
            ev(AUTO, metric="deliveries", value=520000, status="forecast", **year(2026)),
        ],
    ),
    article(
        "Analyst sees Xiaomi near half a million",
        FORECAST_SAYING_EN,
        D(2025, 12, 2),
        "en",
        [ev(AUTO, metric="deliveries", value=480000, status="forecast", **year(2026))],
    ),
    article(
        "Broker turns upbeat on Xiaomi's cars",
        CAR_BUSINESS_EN,
        D(2025, 12, 2),
        "en",
        [other("operating profit", 3e9, status="forecast", **year(2026))],
    ),
]


@run(WHOSE)
def test_whose_figure(
    title: str, body: str, published: dt.date | None, lang: str | None, want: list[Any]
) -> None:
    check_article(title, body, published, lang, want)  # type: ignore[arg-type]


# --- which measure, which bound ----------------------------------------------------------------

LOCKED_GLOSS_EN = """YU7 orders firm up

June 29, 2025

The YU7 took 120,000 orders on its first day. By Sunday it had 61,200 locked orders - orders whose \
deposits can no longer be refunded."""

LOCKED_CANCEL_EN = """YU7 orders firm up, some walk away

June 29, 2025

The YU7 took 120,000 orders on its first day. About 5,000 orders were cancelled within a week."""

POINTER_EN = """YU7 locked orders keep climbing

June 27, 2025

The YU7 received 150,000 locked orders in the first hour, and the number had climbed past 190,000 \
within 20 hours."""

POINTER_NEXT_EN = """SU7 orders lock in

March 30, 2024

The SU7 took 60,000 locked orders within two hours. The figure had passed 85,000 within 24 \
hours."""

POINTER_ORDERS_EN = """YU7 orders pour in

June 27, 2025

The YU7 drew 150,000 orders in the first hour, and the figure had passed 190,000 within 20 \
hours."""

BEATEN_ZH = """小米汽车去年交付远超目标

2026年1月3日

小米汽车去年共交付41万辆，远超35万辆的年度目标。"""

BEATEN_BIG_ZH = """小米汽车全年交付超40万台

2026年1月2日

小米汽车2025年交付超过40万台，大幅超出30万台的全年目标。"""

SET_ABOVE_ZH = """小米汽车定下新目标

2025年3月20日

小米汽车今年设定了超过35万辆的交付目标。"""

MEASURE = [
    article(
        "YU7 orders firm up",
        LOCKED_GLOSS_EN,
        D(2025, 6, 29),
        "en",
        [
            orders("orders", YU7, 120000),
            orders("locked_orders", YU7, 61200),
        ],
    ),
    article(
        "YU7 orders firm up, some walk away",
        LOCKED_CANCEL_EN,
        D(2025, 6, 29),
        "en",
        [
            orders("orders", YU7, 120000),
            other("cancellations", 5000, subject=YU7, qualifier=ABOUT),
        ],
    ),
    article(
        "YU7 locked orders keep climbing",
        POINTER_EN,
        D(2025, 6, 27),
        "en",
        [
            orders("locked_orders", YU7, 150000, period_kind="window"),
            orders("locked_orders", YU7, 190000, qualifier=MORE, period_kind="window"),
        ],
    ),
    article(
        "SU7 orders lock in",
        POINTER_NEXT_EN,
        D(2024, 3, 30),
        "en",
        [
            orders("locked_orders", SU7, 60000, period_kind="window"),
            orders("locked_orders", SU7, 85000, qualifier=MORE, period_kind="window"),
        ],
    ),
    article(
        "YU7 orders pour in",
        POINTER_ORDERS_EN,
        D(2025, 6, 27),
        "en",
        [
            orders("orders", YU7, 150000, period_kind="window"),
            orders("orders", YU7, 190000, qualifier=MORE, period_kind="window"),
        ],
    ),
    article(
        "小米汽车去年交付远超目标",
        BEATEN_ZH,
        D(2026, 1, 3),
        "zh",
        [dlv(AUTO, 410000, **year(2025)), goal(350000, **year(2025))],
    ),
    article(
        "小米汽车全年交付超40万台",
        BEATEN_BIG_ZH,
        D(2026, 1, 2),
        "zh",
        [dlv(AUTO, 400000, MORE, **year(2025)), goal(300000, **year(2025))],
    ),
    article(
        "小米汽车定下新目标",
        SET_ABOVE_ZH,
        D(2025, 3, 20),
        "zh",
        [goal(350000, MORE, **year(2025))],
    ),
]


@run(MEASURE)
def test_measure_and_bound(
    title: str, body: str, published: dt.date | None, lang: str | None, want: list[Any]
) -> None:
    check_article(title, body, published, lang, want)  # type: ignore[arg-type]


# --- no event ------------------------------------------------------------------------------------

MARKET_EN = """China car market cools

April 9, 2025

Xiaomi Auto delivered 29,000 vehicles in March. China's passenger car market shrank 4% in March, \
data from the CPCA showed, with retail sales of 1.65 million units."""

MARKET_ASSOC_EN = """EV sales in April

May 10, 2025

Xiaomi Auto delivered 28,000 vehicles in April. According to the passenger car association, new \
energy vehicle retail sales in the country came to 980,000 units in April."""

MARKET_ZH = """5月车市

2025年6月9日

小米汽车5月交付超3万辆。据乘联会数据，当月国内乘用车市场零售销量达到193万辆。"""

PHONE_ZH = """小米手机新品热销

2025年10月20日

小米汽车9月交付超4万辆。值得注意的是，小米15系列自上市以来，首销10分钟销量突破50万台，起售价3999元。"""

PHONE_EN = """Xiaomi's new phones fly off shelves

October 20, 2025

Xiaomi delivered more than 40,000 cars in September. The Xiaomi 15 series went on sale in late \
September, and sales passed 1 million units in the first five minutes."""

PHONE_THEN_CARS_EN = """Xiaomi keeps both businesses humming

December 1, 2025

Xiaomi delivered more than 40,000 cars in October. Its phones did well, and it delivered more \
than 40,000 cars in November."""

PRICE_CUT_ZH = """小米YU7正式上市

2025年6月27日

小米YU7正式上市，售价为25.35万元，较此前32.99万元的预售价下调近7万元。"""

PRICE_CUT_TO_ZH = """小米SU7降价

2025年5月10日

小米SU7起售价下调约2万元至19.59万元。"""

SHARE_TARGET_EN = """Bank turns bullish on Xiaomi

December 3, 2025

Xiaomi's EV unit lost 500 million yuan in the first quarter. The bank raised its price target on \
Xiaomi shares to HK$62 from HK$55 and expects the car unit to post an operating profit of 3 billion \
yuan in 2026."""

SHARE_TARGET_ZH = """券商上调小米目标价

2025年12月3日

小米汽车一季度亏损5亿元。该券商将小米目标价由58港元上调至65港元，并预计汽车业务2026年经营利润达20亿元。"""

BAND_EN = """Lei Jun's ambition for the YU7

June 27, 2025

The YU7 starts at 253,500 yuan. Lei Jun said he wanted it to be the best SUV under 400,000 yuan, \
and that it competes with sedans priced below 300,000 yuan."""

IMPLIED_ZH = """小米汽车目标解读

2025年7月2日

小米汽车今年交付目标为35万辆。分析师认为，这一目标意味着小米汽车下半年月均交付需超过3.5万辆。"""

IMPLIED_EN = """What Xiaomi's goal takes

November 2, 2025

Xiaomi delivered 40,000 cars in October. The 350,000 target means Xiaomi must deliver about 32,000 \
cars in each of the last two months."""

NONE = [
    article(
        "China car market cools",
        MARKET_EN,
        D(2025, 4, 9),
        "en",
        [dlv(AUTO, 29000, **month(2025, 3))],
    ),
    article(
        "EV sales in April",
        MARKET_ASSOC_EN,
        D(2025, 5, 10),
        "en",
        [dlv(AUTO, 28000, **month(2025, 4))],
    ),
    article("5月车市", MARKET_ZH, D(2025, 6, 9), "zh", [dlv(AUTO, 30000, MORE, **month(2025, 5))]),
    article(
        "小米手机新品热销",
        PHONE_ZH,
        D(2025, 10, 20),
        "zh",
        [dlv(AUTO, 40000, MORE, **month(2025, 9))],
    ),
    article(
        "Xiaomi's new phones fly off shelves",
        PHONE_EN,
        D(2025, 10, 20),
        "en",
        [dlv(AUTO, 40000, MORE, **month(2025, 9))],
    ),
    article(
        "Xiaomi keeps both businesses humming",
        PHONE_THEN_CARS_EN,
        D(2025, 12, 1),
        "en",
        [dlv(AUTO, 40000, MORE, **month(2025, 10)), dlv(AUTO, 40000, MORE, **month(2025, 11))],
    ),
    article(
        "小米YU7正式上市",
        PRICE_CUT_ZH,
        D(2025, 6, 27),
        "zh",
        [price(YU7, 253500), price(YU7, 329900)],
    ),
    article("小米SU7降价", PRICE_CUT_TO_ZH, D(2025, 5, 10), "zh", [price(SU7, 195900)]),
    article(
        "Bank turns bullish on Xiaomi",
        SHARE_TARGET_EN,
        D(2025, 12, 3),
        "en",
        [
            ev(AUTO, metric="net_loss", value=5e8),
            other("operating profit", 3e9, status="forecast", **year(2026)),
        ],
    ),
    article(
        "券商上调小米目标价",
        SHARE_TARGET_ZH,
        D(2025, 12, 3),
        "zh",
        [
            ev(AUTO, metric="net_loss", value=5e8),
            other("operating profit", 2e9, status="forecast", **year(2026)),
        ],
    ),
    article("Lei Jun's ambition for the YU7", BAND_EN, D(2025, 6, 27), "en", [price(YU7, 253500)]),
    article("小米汽车目标解读", IMPLIED_ZH, D(2025, 7, 2), "zh", [goal(350000, **year(2025))]),
    article(
        "What Xiaomi's goal takes",
        IMPLIED_EN,
        D(2025, 11, 2),
        "en",
        [dlv(AUTO, 40000, **month(2025, 10)), goal(350000)],
    ),
]


@run(NONE)
def test_no_event(
    title: str, body: str, published: dt.date | None, lang: str | None, want: list[Any]
) -> None:
    check_article(title, body, published, lang, want)  # type: ignore[arg-type]
