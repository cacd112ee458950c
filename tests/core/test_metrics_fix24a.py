"""fix24a: a Xiaomi figure measured against a rival's right after it ("Xiaomi's margin of 26.4%
beat Tesla's 17.2%"): the comparison word before the rival's possessive makes the rival a
reference, so the figure stays Xiaomi's and the rival's own figure stays nobody's."""

import datetime as dt
from typing import Any

import pytest
from test_metrics_review import check, ev

AUTO = "Xiaomi Auto"
PUB = dt.date(2025, 11, 20)


def gm(value: float) -> dict[str, Any]:
    return ev(AUTO, metric="other", label="gross margin", value=value)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Xiaomi's car gross margin of 26.4% beat Tesla's 17.2%.", [gm(26.4)]),
        ("Xiaomi's EV gross margin of 24.8% sits comfortably above BYD's 18.1%.", [gm(24.8)]),
        ("Xiaomi's car gross margin of 22.1% was far above Li Auto's 19.5%.", [gm(22.1)]),
        ("Xiaomi's EV gross margin of 23.2% remains just below Li Auto's 25.1%.", [gm(23.2)]),
        (
            "Xiaomi's EV gross margin of 26.4% topped Tesla's 17.2% for a second quarter.",
            [gm(26.4)],
        ),
        (
            "Xiaomi's deliveries of 41,000 in November were well ahead of Tesla's 30,500.",
            [ev(AUTO, metric="deliveries", value=41000)],
        ),
        # negatives: no Xiaomi figure, or the only figure is the rival's
        ("Tesla's gross margin of 15.4% is well above BYD's 13.2%.", []),
        ("BYD's car margin of 18.1% was far below Li Auto's 20.4%.", []),
        ("Xiaomi's EV margin is now well above Tesla's 15.4%.", []),
    ],
)
def test_margin_against_a_rivals_after_it(text: str, want: list[dict[str, Any]]) -> None:
    check(text, PUB, None, want)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Tesla's gross margin of 17.2% trailed Xiaomi's car margin of 26.4%.", [gm(26.4)]),
        ("Li Auto's gross margin of 19.5% was well below Xiaomi's EV margin of 22.1%.", [gm(22.1)]),
        (
            "BYD's October deliveries of 380,000 were far ahead of Xiaomi's 40,000.",
            [ev(AUTO, metric="deliveries", value=40000)],
        ),
        # negatives: two rivals, or a rival alone
        ("Tesla's gross margin of 17.2% trailed BYD's margin of 18.1%.", []),
        ("Li Auto's gross margin of 19.5% was well below its target.", []),
    ],
)
def test_a_rivals_figure_measured_against_xiaomis_after_it(
    text: str, want: list[dict[str, Any]]
) -> None:
    check(text, PUB, None, want)


def st(metric: str, value: float, status: str) -> dict[str, Any]:
    return ev(AUTO, metric=metric, value=value, status=status)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a bare item after a forecast clause ("预计…交付约15万辆，毛利率约为23.5%") shares its
        # status
        (
            "瑞银预计小米汽车第四季度交付约15万辆，毛利率约为23.5%。",
            [st("deliveries", 150000, "forecast"), st("other", 23.5, "forecast")],
        ),
        (
            "预计小米汽车本季度交付约14万辆，毛利率约24.5%。",
            [st("deliveries", 140000, "forecast"), st("other", 24.5, "forecast")],
        ),
        # no forecast word: both actual; an item with a period of its own keeps its status
        (
            "小米汽车第三季度交付10.8万辆，毛利率为25.5%。",
            [st("deliveries", 108000, "actual"), st("other", 25.5, "actual")],
        ),
        (
            "预计小米汽车第四季度交付约15万辆，第三季度毛利率为25.5%。",
            [st("deliveries", 150000, "forecast"), st("other", 25.5, "actual")],
        ),
    ],
)
def test_zh_bare_item_after_a_forecast_clause(text: str, want: list[dict[str, Any]]) -> None:
    check(text, PUB, "zh", want)
