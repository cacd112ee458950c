"""fix29a: five families of misses from the twentieth article probes (test_metrics_articles20).

1. A delivery verb of the past after a colon, a dash or "but" is an actual, though the words
   before the break talk of a target ("The goal looks modest: Xiaomi delivered …").
2. The rows of a bullet list under a lede that names the car business last ("Key numbers for
   its car business:", 汽车业务数据如下：) are Xiaomi Auto's; a quarter told by its months
   ("results for April to June", 7-9月业绩) is the reporting period of the rows.
3. Weekly insurance registrations: "registered 10,200 times" counts cars; 合计 after the parts
   of a week or a month is the sum of that period, not a running total; a table whose caption
   opens with a week (第43周（10.20-10.26）, "Week of Oct 20-26") gives its rows that week.
4. In a used-car story, the new car's price ("a new one lists at", "the price of a new YU7
   is", "it cost … new") is kept; the used prices give nothing.
5. A Chinese headline line of two statements parted by a space ("11月交付超两万台 全年目标…")
   is two statements: the first figure is the month's, not the target's or the later model's;
   a week told twice by other words for the same dates ("第28周（7.7-7.13）", "7月7日至13日")
   is one event.

Cases are written for this fix, not taken from the probe file.
"""

import datetime as dt
from typing import Any

import pytest
from test_metrics_articles9 import check_article
from test_metrics_articles13 import wk
from test_metrics_review import check, ev
from test_metrics_review8 import (
    AUTO,
    MORE,
    SU7,
    ULTRA,
    YU7,
    dlv,
    goal,
    money,
    month,
    price,
    quarter,
    year,
)

D = dt.date


def margin(value: float, **fields: Any) -> dict[str, Any]:
    return ev(AUTO, metric="other", label="gross margin", value=value, **fields)


def group_money(metric: str, value: float, **fields: Any) -> dict[str, Any]:
    return ev("Xiaomi Group", metric=metric, value=value, unit="CNY", **fields)


def op_profit(value: float, **fields: Any) -> dict[str, Any]:
    return ev(AUTO, metric="other", label="operating profit", value=value, **fields)


# --- 1. an actual after a clause that talks of a target -------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "That target looks small beside its home sales: Xiaomi sold more than 405,000 cars "
            "in 2025.",
            None,
            [dlv(AUTO, 405000, MORE, **year(2025))],
        ),
        (
            "That goal looks modest — Xiaomi handed over 412,000 cars in 2025.",
            None,
            [dlv(AUTO, 412000, **year(2025))],
        ),
        (
            "The goal is ambitious, but Xiaomi sold about 410,000 vehicles last year.",
            None,
            [dlv(AUTO, 410000, "about", **year(2025))],
        ),
        (
            "这一目标并不算高：小米汽车2025年一共交付了41万多辆车。",
            "zh",
            [dlv(AUTO, 410000, MORE, **year(2025))],
        ),
        (
            "目标并不高——小米汽车去年交付了41.2万辆。",
            "zh",
            [dlv(AUTO, 412000, **year(2025))],
        ),
        # negatives: the figure after the break is still the target's
        (
            "Xiaomi's goal for 2026: 550,000 vehicles.",
            None,
            [goal(550000, **year(2026))],
        ),
        (
            "The target is big: Xiaomi wants to deliver 550,000 vehicles this year.",
            None,
            [goal(550000, **year(2026))],
        ),
        (
            "小米汽车的目标是：2026年交付55万辆。",
            "zh",
            [goal(550000, **year(2026))],
        ),
    ],
)
def test_done_after_a_clause_of_target(text: str, lang: str | None, want: list[Any]) -> None:
    check(text, D(2026, 3, 26), lang, want)


# --- 2. bullets under a lede naming the car business and the quarter's months ------------

_ROWS = "\n\n- Revenue: 21.3 billion yuan\n- Operating loss: 300 million yuan"


@pytest.mark.parametrize(
    ("text", "lang", "published", "want"),
    [
        (
            "Xiaomi posted its figures for July through September on Monday. Highlights of "
            "its car business:" + _ROWS,
            None,
            D(2025, 11, 18),
            [
                money("revenue", 2.13e10, **quarter(2025, 3)),
                money("net_loss", 3e8, **quarter(2025, 3)),
            ],
        ),
        (
            "Xiaomi published results on Tuesday. From April to June, the car unit recorded:"
            + _ROWS,
            None,
            D(2025, 8, 19),
            [
                money("revenue", 2.13e10, **quarter(2025, 2)),
                money("net_loss", 3e8, **quarter(2025, 2)),
            ],
        ),
        (
            "Xiaomi released second-quarter earnings on Tuesday. The EV division's main figures:"
            + _ROWS,
            None,
            D(2025, 8, 19),
            [
                money("revenue", 2.13e10, **quarter(2025, 2)),
                money("net_loss", 3e8, **quarter(2025, 2)),
            ],
        ),
        (
            "小米集团公布7-9月业绩，汽车业务数据如下：\n\n· 营收：290亿元\n· 毛利率：25.5%\n"
            "· 经营利润：7亿元",
            "zh",
            D(2025, 11, 19),
            [
                money("revenue", 2.9e10, **quarter(2025, 3)),
                margin(25.5, **quarter(2025, 3)),
                op_profit(7e8, **quarter(2025, 3)),
            ],
        ),
        # negative: the rows under the phone business stay the group's
        (
            "Xiaomi released second-quarter earnings on Tuesday. The smartphone division's main "
            "figures:" + _ROWS,
            None,
            D(2025, 8, 19),
            [
                group_money("revenue", 2.13e10, **quarter(2025, 2)),
                group_money("net_loss", 3e8, **quarter(2025, 2)),
            ],
        ),
    ],
)
def test_bullets_under_a_car_business_lede(
    text: str, lang: str | None, published: dt.date, want: list[Any]
) -> None:
    check(text, published, lang, want)


# --- 3. weekly registrations -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "published", "want"),
    [
        (
            "Xiaomi's YU7 was registered 10,200 times in the week to September 14.",
            None,
            D(2025, 9, 16),
            [dlv(YU7, 10200, **wk(2025, 9, 8))],
        ),
        (
            "The SU7 was registered 4,100 times in the week of October 20-26, the data showed.",
            None,
            D(2025, 10, 28),
            [dlv(SU7, 4100, **wk(2025, 10, 20))],
        ),
        (
            "第44周（10.27-11.2），小米SU7上险约3100辆，YU7上险6500辆，小米汽车共计上险9600辆。",
            "zh",
            D(2025, 11, 4),
            [
                dlv(SU7, 3100, "about", **wk(2025, 10, 27)),
                dlv(YU7, 6500, **wk(2025, 10, 27)),
                dlv(AUTO, 9600, **wk(2025, 10, 27)),
            ],
        ),
        (
            "10月，小米SU7交付1.5万辆，小米YU7交付2.5万辆，两款车型合计交付4万辆。",
            "zh",
            D(2025, 11, 3),
            [
                dlv(SU7, 15000, **month(2025, 10)),
                dlv(YU7, 25000, **month(2025, 10)),
                dlv(AUTO, 40000, **month(2025, 10)),
            ],
        ),
        (
            "小米汽车表现平稳。\n\n第43周（10.20-10.26）各品牌上险量如下：\n\n品牌 | 上险量\n"
            "小米汽车 | 1.1万\n特斯拉中国 | 1.3万",
            "zh",
            D(2025, 10, 28),
            [dlv(AUTO, 11000, **wk(2025, 10, 20))],
        ),
        (
            "Xiaomi held its place.\n\nWeek 43 (Oct 20-26), registrations by brand:\n\n"
            "Brand | Registrations\nXiaomi | 11,000\nTesla | 13,000",
            None,
            D(2025, 10, 28),
            [dlv(AUTO, 11000, **wk(2025, 10, 20))],
        ),
        (
            "第40周（9.29-10.5），小米YU7上险约5400辆。\n小米SU7上险2600辆。\n小米汽车合计上险0.8万辆。",
            "zh",
            D(2025, 10, 7),
            [
                dlv(YU7, 5400, "about", **wk(2025, 9, 29)),
                dlv(SU7, 2600, **wk(2025, 9, 29)),
                dlv(AUTO, 8000, **wk(2025, 9, 29)),
            ],
        ),
        (
            "8月，小米YU7交付2.2万辆，小米SU7交付1.3万辆。小米汽车合计交付3.5万辆。",
            "zh",
            D(2025, 9, 2),
            [
                dlv(YU7, 22000, **month(2025, 8)),
                dlv(SU7, 13000, **month(2025, 8)),
                dlv(AUTO, 35000, **month(2025, 8)),
            ],
        ),
        # negatives: times that count no cars; a running total stays one
        ("Xiaomi's car app was downloaded 10,200 times last week.", None, D(2025, 9, 16), []),
        (
            "8月，小米YU7交付2.2万辆。截至8月底，小米汽车合计交付超过35万辆。",
            "zh",
            D(2025, 9, 2),
            [
                dlv(YU7, 22000, **month(2025, 8)),
                dlv(AUTO, 350000, MORE, period_kind="cumulative", as_of=D(2025, 8, 31)),
            ],
        ),
        (
            "The YU7 was registered 3 times as often as the SU7 last week.",
            None,
            D(2025, 9, 16),
            [],
        ),
    ],
)
def test_weekly_registrations(
    text: str, lang: str | None, published: dt.date, want: list[Any]
) -> None:
    check(text, published, lang, want)


@pytest.mark.parametrize(
    ("title", "body", "want"),
    [
        (
            "Xiaomi SU7 passes a weekly mark",
            "Xiaomi's SU7 tops 5,000 weekly registrations for the first time. The sedan "
            "logged 5,300 registrations in the week of March 10-16, industry data showed.",
            [dlv(SU7, 5300, **wk(2025, 3, 10))],
        ),
        (
            "Xiaomi's weekly best",
            "Xiaomi passed 9,000 weekly registrations for the first time. It registered 9,400 "
            "vehicles in the week to March 16.",
            [dlv(AUTO, 9400, **wk(2025, 3, 10))],
        ),
        # the dated week after it counts a rival: the mark is the week's own figure
        (
            "Xiaomi's SU7 tops 5,000 weekly registrations",
            "Xiaomi's SU7 tops 5,000 weekly registrations for the first time. Tesla registered "
            "9,000 cars in the week of March 10-16.",
            [dlv(SU7, 5000, MORE, **wk(2025, 3, 10))],
        ),
    ],
)
def test_a_weekly_mark_then_the_dated_week(title: str, body: str, want: list[Any]) -> None:
    check_article(title, body, D(2025, 3, 18), None, want)


# --- 4. the new car's price in a used-car story ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "On used-car sites a 2024 Xiaomi SU7 now fetches about 180,000 yuan; a new one "
            "lists at 215,900 yuan.",
            None,
            [price(SU7, 215900)],
        ),
        (
            "The used Xiaomi YU7 listings average 240,000 yuan, while the price of a new YU7 is "
            "253,500 yuan.",
            None,
            [price(YU7, 253500)],
        ),
        (
            "A used Xiaomi SU7 Max goes for about 250,000 yuan on resale sites; it cost 299,900 "
            "yuan new.",
            None,
            [price(SU7, 299900)],
        ),
        ("二手小米YU7平均成交价约23万元，新车指导价为25.35万元。", "zh", [price(YU7, 253500)]),
        # negatives: only used prices and a residual value
        ("A used Xiaomi SU7 sells for 170,000 yuan on resale platforms.", None, []),
        (
            "Dealers put the used SU7's residual value at 88%, or about 190,000 yuan.",
            None,
            [],
        ),
    ],
)
def test_new_price_in_a_used_car_story(text: str, lang: str | None, want: list[Any]) -> None:
    check(text, D(2025, 6, 10), lang, want)


# --- 5. a Chinese headline line of two statements; one week told twice ---------------------

_HEADLINES = [
    (
        "小米汽车10月交付超四万台",
        "小米汽车10月交付超四万台 全年目标上调至三十五万辆\n\n11月1日，小米汽车宣布，10月交付量超过四万台。",
        D(2025, 11, 1),
        [dlv(AUTO, 40000, MORE, **month(2025, 10)), goal(350000, **year(2025))],
    ),
    (
        "小米汽车9月交付超4万辆",
        "小米汽车9月交付超4万辆 YU7交付超2万辆\n\n10月1日，小米汽车公布，9月交付量超过4万辆，"
        "其中小米YU7交付超过2万辆。",
        D(2025, 10, 1),
        [dlv(AUTO, 40000, MORE, **month(2025, 9)), dlv(YU7, 20000, MORE, **month(2025, 9))],
    ),
    (
        "小米10月交付逾四萬輛",
        "小米10月交付逾四萬輛 全年目標有望提前達成\n\n小米集團1日宣佈，旗下電動車10月交付量逾四萬輛。",
        D(2025, 11, 2),
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    (
        "第29周上险量：小米汽车1.3万+",
        "第29周（7.14-7.20）上险量：小米汽车1.3万+\n\n数据显示，7月14日至20日，小米汽车上险量达到1.3万+。",
        D(2025, 7, 22),
        [dlv(AUTO, 13000, MORE, **wk(2025, 7, 14))],
    ),
    # negative: two weeks of other dates stay two
    (
        "小米汽车周上险量",
        "第29周（7.14-7.20），小米汽车上险量1.3万辆。\n\n第28周（7.7-7.13），小米汽车上险量1.2万辆。",
        D(2025, 7, 22),
        [dlv(AUTO, 13000, **wk(2025, 7, 14)), dlv(AUTO, 12000, **wk(2025, 7, 7))],
    ),
]


@pytest.mark.parametrize(("title", "body", "published", "want"), _HEADLINES)
def test_headline_lines(title: str, body: str, published: dt.date, want: list[Any]) -> None:
    check_article(title, body, published, "zh", want)


def test_ultra_named_later_in_the_headline() -> None:
    body = (
        "小米汽车2月交付超2万辆 SU7 Ultra交付两千余辆\n\n3月1日，小米汽车公布，2月交付量超过2万辆，"
        "其中小米SU7 Ultra交付两千余辆。"
    )
    check_article(
        "小米汽车2月交付超2万辆",
        body,
        D(2025, 3, 1),
        "zh",
        [dlv(AUTO, 20000, MORE, **month(2025, 2)), dlv(ULTRA, 2000, MORE, **month(2025, 2))],
    )
