"""Families of phrasing found misread while reading news stories of our own (2026-11-30), each
pinned by sentences of our own.

Conventions as in ../shared/DESIGN.md and the probe sets: a target is `delivery_target` with
status target; a running total of the year to a month's end runs from January 1 to that day.
"""

import datetime as dt
from typing import Any

import pytest
from test_metrics_review import check, ev

D = dt.date
AUTO = "Xiaomi Auto"
JAN02 = D(2026, 1, 2)
NOV17 = D(2025, 11, 17)


def year(y: int) -> dict[str, Any]:
    return {"period_kind": "year", "period_start": D(y, 1, 1), "period_end": D(y, 12, 31)}


def year_to(y: int, m: int, last: int) -> dict[str, Any]:
    end = D(y, m, last)
    return {
        "period_kind": "cumulative",
        "period_start": D(y, 1, 1),
        "period_end": end,
        "as_of": end,
    }


def goal(value: float, y: int) -> dict[str, Any]:
    return ev(AUTO, metric="delivery_target", value=value, status="target", **year(y))


def dlv(value: float, q: str = "exact", **period: Any) -> dict[str, Any]:
    return ev(AUTO, metric="deliveries", value=value, qualifier=q, status="actual", **period)


# --- a goal named by its noun right after the figure, behind "beating the" -------------------
# "beating the" before a figure opened an analysts' estimate, so the goal became a forecast.


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Xiaomi handed over 412,000 cars last year, beating the 350,000 goal it had set.",
            [dlv(412000, **year(2025)), goal(350000, 2025)],
        ),
        (
            "Xiaomi shipped 405,000 vehicles in 2025, topping the 360,000-unit target.",
            [dlv(405000, **year(2025)), goal(360000, 2025)],
        ),
        (
            "Xiaomi delivered 401,000 cars in 2025, beating the 350,000 annual delivery goal "
            "by a wide margin.",
            [dlv(401000, **year(2025)), goal(350000, 2025)],
        ),
    ],
)
def test_goal_after_beating_the(text: str, want: list[dict[str, Any]]) -> None:
    check(text, JAN02, None, want)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # an estimate is still an estimate: the noun after the figure says so
        (
            "Xiaomi's EV unit revenue rose to 36.5 billion yuan, beating the 35.8 billion yuan "
            "average of 15 analyst estimates.",
            [
                ev(AUTO, metric="revenue", value=36.5e9, status="actual"),
                ev(AUTO, metric="revenue", value=35.8e9, status="forecast"),
            ],
        ),
        (
            "Xiaomi's EV unit revenue was 36.5 billion yuan, beating the consensus of 35.8 "
            "billion yuan.",
            [
                ev(AUTO, metric="revenue", value=36.5e9, status="actual"),
                ev(AUTO, metric="revenue", value=35.8e9, status="forecast"),
            ],
        ),
    ],
)
def test_estimate_after_beating_the(text: str, want: list[dict[str, Any]]) -> None:
    check(text, JAN02, None, want)


# --- "Through October ... this year": the year's running total to the month's end ------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Through October, Xiaomi had delivered about 300,000 vehicles this year.",
            [dlv(300000, "about", **year_to(2025, 10, 31))],
        ),
        (
            "By the end of September, Xiaomi had handed over 266,000 cars this year.",
            [dlv(266000, **year_to(2025, 9, 30))],
        ),
        (
            "Up to the end of August, Xiaomi Auto had delivered more than 220,000 EVs this year.",
            [dlv(220000, "more_than", **year_to(2025, 8, 31))],
        ),
        # no month before it: the year so far, to no day the text gives
        (
            "Xiaomi has delivered 300,000 vehicles this year and expects to deliver 40,000 in "
            "December.",
            [
                dlv(300000, period_kind="cumulative", period_start=D(2025, 1, 1), period_end=None),
                ev(AUTO, metric="deliveries", value=40000, status="forecast"),
            ],
        ),
    ],
)
def test_year_to_a_month_before_this_year(text: str, want: list[dict[str, Any]]) -> None:
    check(text, NOV17, None, want)
