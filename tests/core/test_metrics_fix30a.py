"""fix30a: four families of misses (English and Chinese).

1. A week named relatively after the figure: "was registered 10,200 times last week" counts
   cars of the week before publication (Monday to Sunday); 上周 told once before several
   figures of a sentence is the same week for each, not a week further back each time.
2. A table or list whose caption names a month ("10月各品牌交付量如下：", "October
   deliveries by brand:", "Registrations by brand, October:"), numbered rows too ("2. 小米汽车：
   超4万辆"): its rows are of that month.
3. A second figure after "and plans" ("… in 2025 and plans 550,000 this year") is the year's
   delivery target.
4. In a used-car sentence, the new car's price told after a comparison ("compared with
   215,900 yuan new", "versus 299,900 yuan for a new one", 相比新车25.35万元) is the model's
   price; the used prices stay nothing.

Cases are written for this fix, not taken from the probe file.
"""

import datetime as dt
from typing import Any

import pytest
from test_metrics_articles13 import wk
from test_metrics_review import check, ev
from test_metrics_review8 import AUTO, MORE, SU7, YU7, dlv, goal, month, price, year

D = dt.date
TUE = D(2025, 9, 16)  # a Tuesday: last week is September 8-14


# --- 1. a week named relatively -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "The Xiaomi YU7 was registered 9,800 times last week.",
            None,
            [dlv(YU7, 9800, **wk(2025, 9, 8))],
        ),
        (
            "Xiaomi's SU7 was registered about 4,100 times last week, insurance data showed.",
            None,
            [dlv(SU7, 4100, "about", **wk(2025, 9, 8))],
        ),
        ("Last week the YU7 was registered 6,800 times.", None, [dlv(YU7, 6800, **wk(2025, 9, 8))]),
        ("上周小米汽车上险量1.05万辆。", "zh", [dlv(AUTO, 10500, **wk(2025, 9, 8))]),
        (
            "上周，小米YU7上险6300辆，小米SU7上险2900辆。",
            "zh",
            [dlv(YU7, 6300, **wk(2025, 9, 8)), dlv(SU7, 2900, **wk(2025, 9, 8))],
        ),
        (
            "上周小米YU7上险量6100辆，SU7上险量3300辆，合计9400辆。",
            "zh",
            [
                dlv(YU7, 6100, **wk(2025, 9, 8)),
                dlv(SU7, 3300, **wk(2025, 9, 8)),
                dlv(AUTO, 9400, **wk(2025, 9, 8)),
            ],
        ),
        # the week before the week told stays the week before
        (
            "上周小米汽车上险量1.2万辆，环比上周的1.1万辆增长9%。",
            "zh",
            [dlv(AUTO, 12000, **wk(2025, 9, 8)), dlv(AUTO, 11000, **wk(2025, 9, 1))],
        ),
        # negatives: times that count no cars
        ("Xiaomi's owner app was opened 52,000 times last week.", None, []),
        ("The YU7 configurator was viewed 30,000 times this week.", None, []),
    ],
)
def test_week_named_relatively(text: str, lang: str | None, want: list[Any]) -> None:
    check(text, TUE, lang, want)


# --- 2. a caption naming a month -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "published", "want"),
    [
        (
            "9月各品牌交付量如下：\n\n品牌 | 交付量\n小米汽车 | 40,016\n蔚来 | 34,749",
            "zh",
            D(2025, 10, 2),
            [dlv(AUTO, 40016, **month(2025, 9))],
        ),
        (
            "10月新势力交付数据：\n- 小米汽车：超4万辆\n- 理想汽车：31767辆",
            "zh",
            D(2025, 11, 3),
            [dlv(AUTO, 40000, MORE, **month(2025, 10))],
        ),
        (
            "August deliveries by brand:\n\nXiaomi 30,724\nLi Auto 28,529",
            None,
            D(2025, 9, 2),
            [dlv(AUTO, 30724, **month(2025, 8))],
        ),
        (
            "Deliveries in October, by brand:\n\nBrand | Deliveries\nXiaomi | 40,000+\nNIO | 40,397",
            None,
            D(2025, 11, 3),
            [dlv(AUTO, 40000, MORE, **month(2025, 10))],
        ),
        # the month last in the caption, before its colon
        (
            "Registrations by brand, October:\n\nLi Auto: 31,767\nXiaomi: 40,000+",
            None,
            D(2025, 11, 4),
            [dlv(AUTO, 40000, MORE, **month(2025, 10))],
        ),
        (
            "Xiaomi deliveries, September:\n\nXiaomi Auto: 40,016\nNIO: 34,749",
            None,
            D(2025, 10, 2),
            [dlv(AUTO, 40016, **month(2025, 9))],
        ),
        # numbered rows under a month's caption
        (
            "新势力成绩出炉。\n\n10月交付量排名：\n1. 零跑汽车：70289辆\n2. 小米汽车：超4万辆",
            "zh",
            D(2025, 11, 3),
            [dlv(AUTO, 40000, MORE, **month(2025, 10))],
        ),
        (
            "9月交付量：\n1、小米汽车：40016辆\n2、蔚来：34749辆",
            "zh",
            D(2025, 10, 2),
            [dlv(AUTO, 40016, **month(2025, 9))],
        ),
        # negative: the month still under way names no finished month
        (
            "Deliveries by brand, November:\n\nNIO: 36,275\nXiaomi: 46,000+",
            None,
            D(2025, 11, 20),
            [dlv(AUTO, 46000, MORE, period_kind="none")],
        ),
    ],
)
def test_caption_month(text: str, lang: str | None, published: dt.date, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- 3. "and plans" a second figure ----------------------------------------------------------

JAN26 = D(2026, 1, 6)


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "Xiaomi handed over 411,000 cars in 2025 and plans 550,000 this year.",
            None,
            [dlv(AUTO, 411000, **year(2025)), goal(550000, **year(2026))],
        ),
        (
            "Xiaomi delivered 410,000 vehicles last year and plans 550,000 in 2026.",
            None,
            [dlv(AUTO, 410000, **year(2025)), goal(550000, **year(2026))],
        ),
        (
            "Xiaomi sold 405,000 cars in 2025 and plans 520,000 cars for the year ahead.",
            None,
            [dlv(AUTO, 405000, **year(2025)), goal(520000, **year(2026))],
        ),
        (
            "Xiaomi shipped 412,000 EVs in 2025 and is aiming for 550,000 this year.",
            None,
            [dlv(AUTO, 412000, **year(2025)), goal(550000, **year(2026))],
        ),
        (
            "Xiaomi delivered more than 400,000 cars in 2025 and targets 550,000 this year.",
            None,
            [dlv(AUTO, 400000, MORE, **year(2025)), goal(550000, **year(2026))],
        ),
        (
            "小米汽车2025年交付40.6万辆，今年计划交付55万辆。",
            "zh",
            [dlv(AUTO, 406000, **year(2025)), goal(550000, **year(2026))],
        ),
        # negatives: what is planned is no car count (the stores stay a count of stores)
        (
            "Xiaomi delivered 410,000 cars in 2025 and plans 120 new stores this year.",
            None,
            [dlv(AUTO, 410000, **year(2025)), ev(AUTO, metric="other", label="stores", value=120)],
        ),
        ("Xiaomi plans 3 new models in 2026.", None, []),
    ],
)
def test_and_plans_a_second_figure(text: str, lang: str | None, want: list[Any]) -> None:
    check(text, JAN26, lang, want)


# --- 4. a new-car price in a comparison ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "A used Xiaomi SU7 sells for about 178,000 yuan, compared with 215,900 yuan new.",
            None,
            [price(SU7, 215900)],
        ),
        (
            "Used Xiaomi SU7 Max cars average 248,000 yuan versus 299,900 yuan for a new one.",
            None,
            [price(SU7, 299900)],
        ),
        (
            "A pre-owned Xiaomi YU7 goes for 231,000 yuan, compared to 253,500 yuan for a "
            "brand-new one.",
            None,
            [price(YU7, 253500)],
        ),
        (
            "Second-hand Xiaomi YU7s trade at 229,000 yuan against a new price of 253,500 yuan.",
            None,
            [price(YU7, 253500)],
        ),
        ("二手小米YU7均价约22.8万元，相比新车25.35万元便宜不少。", "zh", [price(YU7, 253500)]),
        ("二手小米SU7成交价约17.6万元，对比新车21.59万元的售价。", "zh", [price(SU7, 215900)]),
        # negatives: used prices compared with used prices
        (
            "A used Xiaomi SU7 sells for 172,000 yuan, compared with 190,000 yuan a year ago.",
            None,
            [],
        ),
        ("二手小米SU7成交价约17.6万元，相比去年的20万元有所下降。", "zh", []),
    ],
)
def test_new_price_in_a_comparison(text: str, lang: str | None, want: list[Any]) -> None:
    check(text, D(2025, 6, 10), lang, want)
