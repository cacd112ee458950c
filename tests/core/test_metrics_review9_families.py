"""Families of phrasing the ninth probe set (test_metrics_review9.py) found misread, each pinned
by sentences of our own: other verbs, makers, models and figures than the probes'.

Conventions as in ../shared/DESIGN.md and the probe sets: a launch window is `window`; a running
total is cumulative; another maker's figure is no event.
"""

import datetime as dt
from typing import Any

import pytest
from test_metrics_review import check, ev

D = dt.date
AUTO = "Xiaomi Auto"
SU7, ULTRA, YU7 = "Xiaomi SU7", "Xiaomi SU7 Ultra", "Xiaomi YU7"
DEC05 = D(2025, 12, 5)


def month(y: int, m: int) -> dict[str, Any]:
    end = (D(y + m // 12, m % 12 + 1, 1)) - dt.timedelta(days=1)
    return {"period_kind": "month", "period_start": D(y, m, 1), "period_end": end, "as_of": end}


WINDOW = {"period_kind": "window"}


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
