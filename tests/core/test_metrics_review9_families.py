"""Families of phrasing the ninth probe set (test_metrics_review9.py) found misread, each pinned
by sentences of our own: other verbs, makers, models and figures than the probes'.

Conventions as in ../shared/DESIGN.md and the probe sets: a launch window is `window`; a running
total is cumulative; another maker's figure is no event.
"""

import datetime as dt
from typing import Any

import pytest
from test_metrics_review import check, ev
from test_metrics_review8 import WINDOW, month, quarter, year

D = dt.date
AUTO = "Xiaomi Auto"
SU7, ULTRA, YU7 = "Xiaomi SU7", "Xiaomi SU7 Ultra", "Xiaomi YU7"
DEC05 = D(2025, 12, 5)


# --- "locked" right before its figure is locked orders ----------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Xiaomi said it had locked more than 120,000 orders for the SU7 Ultra prototype "
            "edition's successor by the weekend.",
            [ev(ULTRA, metric="locked_orders", value=120000, qualifier="more_than")],
        ),
        (
            '"So far we\'ve locked about 90,000 firm orders," a Xiaomi Auto executive said of '
            "the YU7.",
            [ev(YU7, metric="locked_orders", value=90000, qualifier="about")],
        ),
        (
            "Xiaomi locked 58,000 SU7 orders in the first day after the refresh went on sale.",
            [ev(SU7, metric="locked_orders", value=58000)],
        ),
    ],
)
def test_locked_before_its_figure(text: str, want: list[dict[str, Any]]) -> None:
    check(text, DEC05, None, want)


# --- cars "sold" within minutes or hours of a launch are orders ----------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Xiaomi sold 50,000 SU7 Ultras within two hours of the price reveal.",
            [ev(ULTRA, metric="orders", value=50000, **WINDOW)],
        ),
        (
            "The refreshed Xiaomi SU7 sold out its launch allocation and sold more than 30,000 "
            "units in the first hour.",
            [ev(SU7, metric="orders", value=30000, qualifier="more_than", **WINDOW)],
        ),
        (
            "Xiaomi said it was selling 10,000 YU7s in its first 15 minutes on sale.",
            [ev(YU7, metric="orders", value=10000, **WINDOW)],
        ),
        # a month's sales stay deliveries
        (
            "Xiaomi sold 41,200 cars in November.",
            [ev(AUTO, metric="deliveries", value=41200, **month(2025, 11))],
        ),
    ],
)
def test_sold_within_minutes_is_orders(text: str, want: list[dict[str, Any]]) -> None:
    check(text, DEC05, None, want)


# --- distance a driving system or a fleet has logged ---------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Xiaomi's Pilot system has clocked 600 million kilometres of driving on city streets.",
            [ev(AUTO, metric="test_mileage", value=6e8)],
        ),
        (
            "Before launch, the Xiaomi YU7 prototypes racked up 8 million km across "
            "deserts, mountains and snow.",
            [ev(YU7, metric="test_mileage", value=8e6)],
        ),
    ],
)
def test_distance_logged(text: str, want: list[dict[str, Any]]) -> None:
    check(text, DEC05, None, want)


# --- the fleet "on the road" is cars delivered ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Roughly 150,000 Xiaomi YU7s are already on the road, the company said.",
            [ev(YU7, metric="deliveries", value=150000, qualifier="about")],
        ),
        (
            "There are more than 500,000 Xiaomi EVs on China's roads today.",
            [ev(AUTO, metric="deliveries", value=500000, qualifier="more_than")],
        ),
        (
            "By the end of October about 25,000 Xiaomi SU7 Ultras were on the road.",
            [
                ev(
                    ULTRA,
                    metric="deliveries",
                    value=25000,
                    qualifier="about",
                    period_kind="cumulative",
                    as_of=D(2025, 10, 31),
                )
            ],
        ),
        # cars to be put on the road are no count of cars delivered
        ("Xiaomi will put 2,000 robotaxi test cars on the road in 2027.", []),
    ],
)
def test_cars_on_the_road(text: str, want: list[dict[str, Any]]) -> None:
    check(text, DEC05, None, want)


# --- another model's figure for the same period ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "小米SU7 11月交付2.4万辆，小米YU7同期为2.1万辆。",
            "zh",
            [
                ev(SU7, metric="deliveries", value=24000, **month(2025, 11)),
                ev(YU7, metric="deliveries", value=21000, **month(2025, 11)),
            ],
        ),
        (
            "小米YU7十月上險1.9萬輛，SU7同期則為1.6萬輛。",
            "zh",
            [
                ev(YU7, metric="deliveries", value=19000, **month(2025, 10)),
                ev(SU7, metric="deliveries", value=16000, **month(2025, 10)),
            ],
        ),
        (
            "The Xiaomi YU7 found 24,300 buyers in November; the SU7 managed 17,900 over the "
            "same period.",
            None,
            [
                ev(YU7, metric="deliveries", value=24300, **month(2025, 11)),
                ev(SU7, metric="deliveries", value=17900, **month(2025, 11)),
            ],
        ),
    ],
)
def test_same_period_for_another_model(
    text: str, lang: str | None, want: list[dict[str, Any]]
) -> None:
    check(text, DEC05, lang, want)


# --- a goal told by its verb after a count of stores counts stores, not cars ----------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Xiaomi Auto operates 350 showrooms and aims for 600 by mid-2026.",
            [
                ev(AUTO, metric="other", label="stores", value=350),
                ev(AUTO, metric="other", label="stores", value=600, status="target"),
            ],
        ),
        (
            "Xiaomi has 280 car stores today and targets 500 next year.",
            [
                ev(AUTO, metric="other", label="stores", value=280),
                ev(AUTO, metric="other", label="stores", value=500, status="target"),
            ],
        ),
        # a goal after cars delivered stays a delivery target
        (
            "Xiaomi delivered 41,000 cars in November and aims for 45,000 in December.",
            [
                ev(AUTO, metric="deliveries", value=41000, **month(2025, 11)),
                ev(AUTO, metric="delivery_target", value=45000, status="target"),
            ],
        ),
    ],
)
def test_goal_after_a_store_count(text: str, want: list[dict[str, Any]]) -> None:
    check(text, DEC05, None, want)


# --- money a loan asks first or each month is no price of the car ---------------------------


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("Xiaomi YU7 buyers can drive away with a down payment of 59,900 yuan.", None, []),
        ("Customers can put down 45,000 yuan on a Xiaomi SU7 Pro and finance the rest.", None, []),
        ("The Xiaomi SU7 Max can be had for instalments of 4,999 yuan a month.", None, []),
        ("小米YU7首付5.99万元起，月供低至3999元。", "zh", []),
        # the car's own price, beside the offer, stays
        (
            "The Xiaomi SU7 Max costs 299,900 yuan, with loans of up to five years on offer.",
            None,
            [ev("Xiaomi SU7", metric="price", value=299900)],
        ),
    ],
)
def test_loan_money_is_no_price(text: str, lang: str | None, want: list[dict[str, Any]]) -> None:
    check(text, DEC05, lang, want)


# --- buyers still waiting for their cars are orders not yet delivered -----------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Some 80,000 Xiaomi SU7 buyers are still waiting for their cars.",
            [ev(SU7, metric="orders", value=80000, qualifier="about")],
        ),
        (
            "Xiaomi's YU7 still has more than 150,000 customers in the queue.",
            [ev(YU7, metric="orders", value=150000, qualifier="more_than")],
        ),
        (
            "Nearly 60,000 people are on the waiting list for the Xiaomi SU7 Ultra.",
            [ev(ULTRA, metric="orders", value=60000)],
        ),
        # "in line with" is no queue
        (
            "Xiaomi's November deliveries were in line with October, a month in which it "
            "topped 40,000 units.",
            [ev(AUTO, metric="deliveries", value=40000, qualifier="more_than")],
        ),
    ],
)
def test_buyers_waiting(text: str, want: list[dict[str, Any]]) -> None:
    check(text, DEC05, None, want)


# --- a period that has not begun, or not ended, holds no actual ---------------------------


@pytest.mark.parametrize(
    ("text", "published", "want"),
    [
        # the base of a forecast, in a year not over when told, is the same forecast's
        (
            "Morgan Stanley expects Xiaomi to deliver 600,000 EVs in 2026, up from roughly "
            "400,000 this year.",
            D(2025, 11, 20),
            [
                ev(AUTO, metric="deliveries", value=600000, status="forecast", **year(2026)),
                ev(AUTO, metric="deliveries", value=400000, status="forecast", **year(2025)),
            ],
        ),
        # once that year is over, the base is a fact
        (
            "Morgan Stanley expects Xiaomi to deliver 600,000 EVs in 2026, up from 411,000 in "
            "2025.",
            D(2026, 2, 10),
            [
                ev(AUTO, metric="deliveries", value=600000, status="forecast", **year(2026)),
                ev(AUTO, metric="deliveries", value=411000, status="actual", **year(2025)),
            ],
        ),
        # a figure of a year that has not begun is an expectation
        (
            "Brokers see Xiaomi's car revenue climbing to 160 billion yuan next year.",
            D(2025, 11, 20),
            [ev(AUTO, metric="revenue", value=1.6e11, status="forecast", **year(2026))],
        ),
    ],
)
def test_no_actual_of_a_period_not_over(
    text: str, published: dt.date, want: list[dict[str, Any]]
) -> None:
    check(text, published, None, want)


# --- whole-article reading: found by running our own news-style article ---------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "Model 3." ends an English sentence (no ordinal there), and "since then" after a day
        # told before is a running total, not that day's month
        (
            "The Xiaomi YU7 reached showrooms in June 2025, pitched against Tesla's Model Y. "
            "Since then, Xiaomi has handed over more than 150,000 of them.",
            [
                ev(
                    AUTO,
                    metric="deliveries",
                    value=150000,
                    qualifier="more_than",
                    period_kind="cumulative",
                )
            ],
        ),
        (
            "Xiaomi began deliveries of the SU7 in April 2024. It has since delivered over "
            "300,000 cars.",
            [ev(AUTO, metric="deliveries", value=300000, period_kind="cumulative")],
        ),
        # a rival named after Xiaomi's figure as what it is measured against
        (
            "The Xiaomi YU7 Pro carries a sticker price of 279,900 yuan, undercutting Tesla's "
            "Model Y Long Range.",
            [ev(YU7, metric="price", value=279900)],
        ),
        (
            "Xiaomi's SU7 Max sells for 299,900 yuan, well below the Porsche Taycan it is "
            "styled after.",
            [ev(SU7, metric="price", value=299900)],
        ),
        # a period past "and" and another verb is the other statement's
        (
            "Xiaomi shipped 42,000 cars in November and will open a third plant phase in the "
            "second quarter.",
            [ev(AUTO, metric="deliveries", value=42000, **month(2025, 11))],
        ),
        # "confident of delivering" is an expectation
        (
            "Lei Jun said Xiaomi was confident of shipping 400,000 cars this year.",
            [ev(AUTO, metric="deliveries", value=400000, status="forecast", **year(2025))],
        ),
    ],
)
def test_article_reading(text: str, want: list[dict[str, Any]]) -> None:
    check(text, DEC05, None, want)


# --- a running total since "it began deliveries"; what drove a figure is not its owner; -----
# --- the parts of a whole keep its month, also told after a lead-in or in the next sentence -


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "Xiaomi has handed over more than 450,000 cars since it started deliveries in "
            "April 2024.",
            None,
            [ev(AUTO, metric="deliveries", value=450000, period_kind="cumulative")],
        ),
        (
            "Xiaomi's October deliveries topped 40,000, boosted by the Xiaomi YU7's first full "
            "month of sales.",
            None,
            [ev(AUTO, metric="deliveries", value=40000, **month(2025, 10))],
        ),
        (
            "受益于小米YU7热销，小米汽车10月交付突破4万辆。",
            "zh",
            [ev(AUTO, metric="deliveries", value=40000, **month(2025, 10))],
        ),
        (
            "小米汽车10月交付量超过4万辆。具体来看，其中小米YU7交付约2.2万辆。小米SU7系列交付约1.8万辆。",
            "zh",
            [
                ev(AUTO, metric="deliveries", value=40000, **month(2025, 10)),
                ev(YU7, metric="deliveries", value=22000, **month(2025, 10)),
                ev(SU7, metric="deliveries", value=18000, **month(2025, 10)),
            ],
        ),
        # the next sentence's company total is no part
        (
            "小米汽车10月交付量超过4万辆。其中小米YU7交付约2.2万辆。小米汽车今年累计交付超过30万辆。",
            "zh",
            [
                ev(AUTO, metric="deliveries", value=40000, **month(2025, 10)),
                ev(YU7, metric="deliveries", value=22000, **month(2025, 10)),
                ev(AUTO, metric="deliveries", value=300000, period_kind="cumulative"),
            ],
        ),
    ],
)
def test_totals_drivers_and_parts(text: str, lang: str | None, want: list[dict[str, Any]]) -> None:
    check(text, DEC05, lang, want)


# --- results articles: a half named in an outlook is not the period being reported; the ----
# --- "smart EV and AI businesses" are the car segment -------------------------------------


def test_an_outlooks_half_is_not_the_reported_period() -> None:
    text = (
        "Xiaomi posted results for the third quarter on Tuesday. The company said it expects "
        "its car arm to stay profitable in the second half of next year.\n"
        "Revenue per car delivered averaged 260,500 yuan."
    )
    check(text, D(2025, 11, 18), None, [ev(AUTO, metric="price", value=260500, **quarter(2025, 3))])


@pytest.mark.parametrize(
    "text",
    [
        "Xiaomi's smart EV and AI businesses brought in 29 billion yuan in the third quarter.",
        "Xiaomi said its EV and other new initiatives operations generated revenue of 29 billion "
        "yuan in the third quarter.",
    ],
)
def test_ev_and_ai_businesses_are_the_car_segment(text: str) -> None:
    check(
        text, D(2025, 11, 18), None, [ev(AUTO, metric="revenue", value=2.9e10, **quarter(2025, 3))]
    )
