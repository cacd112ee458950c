"""Figures said again or taken back across sentences: "Those 200,000 orders …" points back to a
figure already told (no new event, no new period), a correction in the sentence after the
retraction gives the right figure, and "…, not 45,000 as previously reported" withdraws one.

Every sentence here is written for this test (our own words, real-world figures).
"""

import datetime as dt

import pytest

from pipelines.core.metrics import extract_events

NOV = dt.date(2025, 11, 3)


def _rows(text: str, lang: str = "en") -> list[tuple[str, float, str, str]]:
    return [
        (e.metric, e.value, e.qualifier, e.period_kind)
        for e in extract_events(text, published=NOV, language=lang)
    ]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "Xiaomi handed over 38,000 cars in September. Those 38,000 deliveries were more than "
            "in any earlier month.",
            "en",
            [("deliveries", 38000, "exact", "month")],
        ),
        (
            "The SU7 drew 50,000 locked orders within 27 minutes. These 50,000 orders beat "
            "any rival's launch.",
            "en",
            [("locked_orders", 50000, "exact", "window")],
        ),
        (
            "小米汽车9月交付超3.8万辆。这些3.8万辆新车大多是YU7。",
            "zh",
            [("deliveries", 38000, "more_than", "month")],
        ),
    ],
)
def test_a_figure_pointed_back_to_is_no_new_event(
    text: str, lang: str, want: list[tuple[str, float, str, str]]
) -> None:
    assert _rows(text, lang) == want


@pytest.mark.parametrize(
    ("text", "lang", "value", "qualifier"),
    [
        (
            "A previous version of this article said Xiaomi delivered 42,000 cars in September. "
            "The correct figure is about 38,000.",
            "en",
            38000,
            "about",
        ),
        (
            "Correction: Xiaomi delivered about 38,000 cars in September, not 42,000 as first "
            "reported.",
            "en",
            38000,
            "about",
        ),
        ("本文此前称小米汽车9月交付4.2万辆。实际为约3.8万辆。", "zh", 38000, "about"),
        ("小米汽车9月交付约3.8万辆，而非此前报道的4.2万辆。", "zh", 38000, "about"),
    ],
)
def test_the_corrected_figure_is_the_event(
    text: str, lang: str, value: float, qualifier: str
) -> None:
    events = extract_events(text, published=NOV, language=lang)
    assert [(e.value, e.qualifier, e.period_start) for e in events] == [
        (value, qualifier, dt.date(2025, 9, 1))
    ], events
