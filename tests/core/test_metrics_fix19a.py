"""fix19a: "that year" (当年, 这一年) after a clause or sentence that named a year, or a month of
it, is that whole year, not the month."""

import datetime as dt

import pytest

from pipelines.core.metrics import extract_events

D = dt.date
Y2024 = D(2024, 1, 1)


def _read(text: str, language: str = "en") -> list[tuple]:
    return [
        (e.subject, e.metric, e.qualifier, e.value, e.period_kind, e.period_start)
        for e in extract_events(text, published=D(2025, 12, 2), language=language)
    ]


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        (
            "Xiaomi Auto began taking orders in April 2024, and that year it delivered more "
            "than 130,000 cars.",
            "en",
            [("Xiaomi Auto", "deliveries", "more_than", 130000.0, "year", Y2024)],
        ),
        (
            "The YU7 reached showrooms in June 2024, and that year Xiaomi Auto delivered "
            "over 90,000 vehicles.",
            "en",
            [("Xiaomi Auto", "deliveries", "more_than", 90000.0, "year", Y2024)],
        ),
        (
            "小米YU7于2024年6月开售，当年小米汽车交付超过9万辆。",
            "zh",
            [("Xiaomi Auto", "deliveries", "more_than", 90000.0, "year", Y2024)],
        ),
        (
            "小米汽车在2024年4月开始交付。这一年，小米汽车交付了超过12万辆。",
            "zh",
            [("Xiaomi Auto", "deliveries", "more_than", 120000.0, "year", Y2024)],
        ),
    ],
)
def test_that_year_after_a_dated_clause_is_the_whole_year(text, language, want):
    assert [r for r in _read(text, language) if r[1] == "deliveries"] == want


@pytest.mark.parametrize(
    ("text", "language", "kind"),
    [
        # no "that year": the month told stays the month
        ("In March 2024, Xiaomi Auto delivered more than 7,000 cars.", "en", "month"),
        ("2024年3月，小米汽车交付超过7000辆。", "zh", "month"),
    ],
)
def test_a_month_without_that_year_stays_the_month(text, language, kind):
    got = [r for r in _read(text, language) if r[1] == "deliveries"]
    assert [r[4] for r in got] == [kind]
