"""Analysts' estimates beside a reported figure, and restatements that are not roundings.

Every sentence here is written for this test (our own words, real-world figures).
"""

import datetime as dt

from pipelines.core.metrics import extract_events
from pipelines.core.metrics.numbers import find_numbers

PUB = dt.date(2025, 8, 20)


def events(text: str) -> dict[float, tuple[str, str]]:
    return {
        e.value: (e.metric, e.status)
        for e in extract_events(text, published=PUB)
        if e.metric != "other"
    }


def test_an_estimate_after_the_figure_is_a_forecast_and_the_figure_stays() -> None:
    text = (
        "Xiaomi's revenue for the June quarter was 116 billion yuan ($16.2 billion), beating "
        "the 114.7 billion yuan average of 15 analyst estimates."
    )
    found = events(text)
    assert found[116e9] == ("revenue", "actual")
    assert found[114.7e9] == ("revenue", "forecast")


def test_an_estimate_closing_a_long_gap_is_a_forecast() -> None:
    text = (
        "Xiaomi posted revenue of RMB92.5 billion for the quarter ended September, beating "
        "Wall Street projection of RMB90.3 billion."
    )
    assert events(text)[90.3e9] == ("revenue", "forecast")


def test_a_rounded_figure_joins_the_exact_one_but_a_near_one_does_not() -> None:
    text = (
        "The YU7 drew 289,000 orders in its first hour. Nearly 290,000 buyers placed orders "
        "for the YU7 in that hour."
    )
    assert [e.value for e in extract_events(text, published=PUB)] == [289000]


def test_title_case_scale_words() -> None:
    (num,) = find_numbers("Xiaomi Awards Nearly 175 Million Shares")
    assert num.value == 175e6
