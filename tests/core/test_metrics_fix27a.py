"""Fixer 27a: families of misses in English and Chinese found by test_metrics_articles18.py,
each with our own sentences (positives and negatives), expectations written before the run.
Conventions as in test_metrics_articles9.py and test_metrics_review8.py."""

import datetime as dt

from test_metrics_articles9 import article, check_article, orders, run
from test_metrics_review import ev
from test_metrics_review8 import (
    ABOUT,
    AUTO,
    MORE,
    SU7,
    ULTRA,
    WINDOW,
    YU7,
    dlv,
    fcst,
    first_months,
    goal,
    month,
    year,
)

D = dt.date

# --- family: a phone's forerunner counted in a phone launch story gives nothing -------------

PHONES = [
    article(
        "Xiaomi unveils new handset",
        "Xiaomi unveiled the Xiaomi 16 Pro smartphone in Shanghai on Monday, priced from "
        "5,299 yuan.\n\nIt said it had shipped about 2 million units of the prior generation "
        "within six weeks of its launch.",
        D(2025, 9, 29),
        None,
        [],
    ),
    article(
        "Redmi phone launch",
        "Xiaomi's Redmi K90 phone went on sale on Friday.\n\nThe company sold over 500,000 "
        "units of its predecessor in the first day.",
        D(2025, 10, 24),
        None,
        [],
    ),
    article(
        "小米新手机发布",
        "小米16 Pro手机今日正式发布，售价5299元起。小米表示，上一代机型首月销量超过200万台。",
        D(2025, 9, 29),
        "zh",
        [],
    ),
    # a car story keeps its figure: the previous model of a car, no phone named
    article(
        "New SU7 launched",
        "Xiaomi launched the new SU7 sedan on Thursday.\n\nIt delivered 12,000 units of the "
        "previous model in May.",
        D(2025, 6, 2),
        None,
        [dlv(SU7, 12000, **month(2025, 5))],
        xf="the figure is kept (right) but its subject is Xiaomi Auto, not the SU7 the "
        "sentence before named",
    ),
]


@run(PHONES)
def test_phones(title, body, published, lang, want):  # type: ignore[no-untyped-def]
    check_article(title, body, published, lang, want)


# --- family: a Chinese estimate of the unfinished year beside next year's ------------------

ESTIMATES = [
    article(
        "机构：小米汽车2026年交付60万辆",
        "一家外资机构在报告中预测，小米汽车2026年交付量有望达到60万辆，2025年交付量约为41万辆。",
        D(2025, 12, 1),
        "zh",
        [fcst(AUTO, 600000, **year(2026)), fcst(AUTO, 410000, ABOUT, **year(2025))],
    ),
    article(
        "分析师：明年交付有望翻倍",
        "分析师预计，小米汽车明年交付量将达到70万台，今年约为38万台。",
        D(2025, 10, 15),
        "zh",
        [fcst(AUTO, 700000, **year(2026)), fcst(AUTO, 380000, ABOUT, **year(2025))],
        xf="the second clause names no measure ('今年约为38万台') and gives no event at all: "
        "the measure of the clause before is not carried over",
    ),
    # a finished year stays actual
    article(
        "券商：小米汽车今年交付55万台",
        "券商预计，小米汽车今年交付量将达到55万台，去年交付量约为41万台。",
        D(2026, 1, 12),
        "zh",
        [fcst(AUTO, 550000, **year(2026)), dlv(AUTO, 410000, ABOUT, **year(2025))],
    ),
    # a figure told as done stays actual
    article(
        "券商：明年交付55万台",
        "券商预计，小米汽车明年交付量将达到55万台，今年已累计交付约40万台。",
        D(2025, 11, 20),
        "zh",
        [fcst(AUTO, 550000, **year(2026)), ev(AUTO, value=400000, status="actual")],
    ),
]


@run(ESTIMATES)
def test_estimates(title, body, published, lang, want):  # type: ignore[no-untyped-def]
    check_article(title, body, published, lang, want)


# --- family: a second model's part of a count told just before, by a verb of adding ---------

PARTS = [
    article(
        "Xiaomi October split",
        "Xiaomi delivered 25,300 SU7 sedans in October. The YU7 contributed another 16,000.",
        D(2025, 11, 3),
        None,
        [dlv(SU7, 25300, **month(2025, 10)), dlv(YU7, 16000, **month(2025, 10))],
    ),
    article(
        "Xiaomi August split",
        "The SU7 accounted for 20,000 deliveries in August. The YU7 made up the rest, 14,200.",
        D(2025, 9, 2),
        None,
        [dlv(SU7, 20000, **month(2025, 8)), dlv(YU7, 14200, **month(2025, 8))],
    ),
    article(
        "Xiaomi March split",
        "The SU7 accounted for 20,100 deliveries in March.\n\nThe SU7 Ultra, the track "
        "version, chipped in about 3,000.",
        D(2025, 4, 1),
        None,
        [dlv(SU7, 20100, **month(2025, 3)), dlv(ULTRA, 3000, ABOUT, **month(2025, 3))],
    ),
    article(
        "小米11月分车型交付",
        "小米SU7 11月交付2.5万辆。另外，小米YU7贡献了约1.8万辆。",
        D(2025, 12, 1),
        "zh",
        [dlv(SU7, 25000, **month(2025, 11)), dlv(YU7, 18000, ABOUT, **month(2025, 11))],
    ),
    article(
        "小米YU7上月交付3万辆",
        "小米YU7上月交付3万辆，其余1.2万辆由小米SU7贡献。",
        D(2025, 12, 1),
        "zh",
        [dlv(YU7, 30000, **month(2025, 11)), dlv(SU7, 12000, **month(2025, 11))],
    ),
    article(
        "Xiaomi November split",
        "The YU7 accounted for 24,000 deliveries in November. The SU7 sedan accounted for the "
        "remaining 17,000.",
        D(2025, 12, 1),
        None,
        [dlv(YU7, 24000, **month(2025, 11)), dlv(SU7, 17000, **month(2025, 11))],
    ),
    # the same model again, or no model: no part of the count
    article(
        "Xiaomi store count",
        "The YU7 accounted for 24,000 deliveries in November. The company added 1,500 staff.",
        D(2025, 12, 1),
        None,
        [dlv(YU7, 24000, **month(2025, 11)), ev(AUTO, metric="headcount", value=1500)],
    ),
    # a rival's figure after Xiaomi's gives nothing
    article(
        "Xiaomi and a rival",
        "Xiaomi delivered 40,000 cars in October. Rival Li Auto added 30,000.",
        D(2025, 11, 3),
        None,
        [ev(AUTO, value=40000, metric="deliveries")],
    ),
    article(
        "小米与对手",
        "小米汽车10月交付4万辆。理想汽车贡献了3万辆。",
        D(2025, 11, 3),
        "zh",
        [ev(AUTO, value=40000, metric="deliveries")],
    ),
]


@run(PARTS)
def test_parts(title, body, published, lang, want):  # type: ignore[no-untyped-def]
    check_article(title, body, published, lang, want)


# --- family: a later running count of a launch, told as "the total/tally/number" ------------

LAUNCH_COUNTS = [
    article(
        "YU7 locked orders climb",
        "The YU7 drew 200,000 locked orders within three minutes of its launch on Thursday "
        "night.\n\nAbout 18 hours after the launch, the tally had climbed to 240,000, Lei said.",
        D(2025, 6, 27),
        None,
        [
            orders("locked_orders", YU7, 200000, **WINDOW),
            orders("locked_orders", YU7, 240000, **WINDOW),
        ],
    ),
    article(
        "SU7 orders top 88,000",
        "Xiaomi's SU7 took 50,000 orders in the first 27 minutes after its launch. By the next "
        "morning, roughly 24 hours after launch, the number had topped 88,000.",
        D(2024, 3, 29),
        None,
        [
            orders("orders", SU7, 50000, **WINDOW),
            orders("orders", SU7, 88000, qualifier=MORE, **WINDOW),
        ],
    ),
    article(
        "小米YU7锁单31万",
        "小米YU7上市1小时锁单量突破28.9万台。截至次日上午，上市约18小时后，锁单总数达到31万台。",
        D(2025, 6, 27),
        "zh",
        [
            orders("locked_orders", YU7, 289000, qualifier=MORE, **WINDOW),
            orders("locked_orders", YU7, 310000, **WINDOW),
        ],
    ),
    # a rival's tally after Xiaomi's count gives nothing
    article(
        "SU7 and a rival",
        "Xiaomi's SU7 got 50,000 orders in 27 minutes after its launch. Rival Nio's tally had "
        "reached 10,000 by Friday.",
        D(2024, 3, 29),
        None,
        [orders("orders", SU7, 50000, **WINDOW)],
    ),
]


@run(LAUNCH_COUNTS)
def test_launch_counts(title, body, published, lang, want):  # type: ignore[no-untyped-def]
    check_article(title, body, published, lang, want)


# --- family: progress against the year's goal ("X of its Y goal", 截至目前已交付) ------------

PROGRESS = [
    article(
        "Xiaomi at 260,000",
        "Xiaomi has handed over 260,000 of its 350,000 annual target, the company said on Monday.",
        D(2025, 10, 6),
        None,
        [
            ev(
                AUTO,
                metric="deliveries",
                value=260000,
                period_kind="cumulative",
                period_start=D(2025, 1, 1),
            ),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "Xiaomi at 265,000",
        "By the end of September, Xiaomi had delivered 265,000 of the 350,000 it targets for 2025.",
        D(2025, 10, 10),
        None,
        [dlv(AUTO, 265000, **first_months(2025, 9)), goal(350000, **year(2025))],
    ),
    article(
        "Xiaomi near 2024 goal",
        "The carmaker has delivered 120,000 of its 130,000 goal for the year through November, "
        "Xiaomi said.",
        D(2024, 12, 3),
        None,
        [dlv(AUTO, 120000, **first_months(2024, 11)), goal(130000, **year(2024))],
    ),
    # a month's goal stays the month's
    article(
        "Xiaomi October goal",
        "Xiaomi delivered 30,000 of its 40,000 monthly target in October.",
        D(2025, 11, 3),
        None,
        [
            ev(AUTO, metric="deliveries", value=30000, period_kind="month"),
            ev(AUTO, metric="delivery_target", value=40000, period_kind="month"),
        ],
        xf="'of its 40,000 monthly target in October' is read as a rate ('monthly') for both "
        "figures, as before this change: the month's goal is no pace",
    ),
    article(
        "雷军：已交付28万辆",
        "雷军表示：“今年的目标是交付35万辆，截至目前我们已经交付了28万辆。”",
        D(2025, 10, 10),
        "zh",
        [
            goal(350000, **year(2025)),
            dlv(
                AUTO,
                280000,
                period_kind="cumulative",
                period_start=D(2025, 1, 1),
                period_end=D(2025, 10, 10),
                as_of=D(2025, 10, 10),
            ),
        ],
    ),
    article(
        "小米汽车已交付超30万辆",
        "小米汽车今年交付目标为35万辆，至今已交付超过30万辆。",
        D(2025, 11, 5),
        "zh",
        [
            goal(350000, **year(2025)),
            dlv(
                AUTO,
                300000,
                MORE,
                period_kind="cumulative",
                period_start=D(2025, 1, 1),
                as_of=D(2025, 11, 5),
            ),
        ],
    ),
    # a total since launch after last year's goal is no year to date
    article(
        "小米汽车累计交付",
        "小米汽车去年交付目标为13万辆，截至目前已累计交付超过40万辆。",
        D(2025, 11, 5),
        "zh",
        [
            ev(AUTO, metric="delivery_target", value=130000, period_kind="year"),
            ev(
                AUTO, metric="deliveries", value=400000, period_kind="cumulative", period_start=None
            ),
        ],
    ),
]


@run(PROGRESS)
def test_progress(title, body, published, lang, want):  # type: ignore[no-untyped-def]
    check_article(title, body, published, lang, want)
