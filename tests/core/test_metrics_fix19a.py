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


Q3_2025 = D(2025, 7, 1)
Q2_2025 = D(2025, 4, 1)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a headline's shorthand, with or without a colon after the quarter
        ("Xiaomi Q2 EV revenue RMB20.6bn", ("revenue", 20.6e9, "quarter", Q2_2025)),
        ("Xiaomi Q3 EV revenue CNY28.3B", ("revenue", 28.3e9, "quarter", Q3_2025)),
        ("Xiaomi Q3: EV revenue RMB29B", ("revenue", 29e9, "quarter", Q3_2025)),
    ],
)
def test_headline_quarter_revenue_shorthand(text, want):
    got = [(r[1], r[3], r[4], r[5]) for r in _read(text) if r[0] == "Xiaomi Auto"]
    assert got == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Xiaomi's car stores now number 380.", [("other", "exact", 380.0)]),
        (
            "Xiaomi said on Monday that its car showrooms now total 415.",
            [("other", "exact", 415.0)],
        ),
        ("Xiaomi's EV stores number 350 across 100 cities.", [("other", "exact", 350.0)]),
        ("Xiaomi's car stores total more than 400.", [("other", "more_than", 400.0)]),
    ],
)
def test_car_stores_counted_with_a_present_tense_verb(text, want):
    got = [(r[1], r[2], r[3]) for r in _read(text) if r[0] == "Xiaomi Auto"]
    assert got == want


@pytest.mark.parametrize(
    "text",
    [
        # no car word: the stores may be the phone shops; left as before (nothing)
        "Xiaomi's stores now number 420.",
        "Xiaomi's stores now total 420.",
        # a name's number stays no figure
        "Xiaomi ranked number 3 in the market.",
    ],
)
def test_bare_stores_or_a_rank_give_no_store_count(text):
    assert [r for r in _read(text) if r[1] == "other"] == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # deliveries with no owner of their own after a model's launch: the company's year
        (
            "The YU7 hit the market in June 2024, and that year deliveries passed 90,000.",
            [("Xiaomi Auto", "deliveries", "more_than", 90000.0, "year", Y2024)],
        ),
        (
            "The SU7 debuted in April 2024 and that year, deliveries exceeded 120,000.",
            [("Xiaomi Auto", "deliveries", "more_than", 120000.0, "year", Y2024)],
        ),
        # the model's own deliveries stay the model's (the year all the same)
        (
            "The SU7 went on sale in April 2024, and that year SU7 deliveries topped 120,000.",
            [("Xiaomi SU7", "deliveries", "more_than", 120000.0, "year", Y2024)],
        ),
    ],
)
def test_that_year_after_a_launch_in_english(text, want):
    assert [r for r in _read(text) if r[1] == "deliveries"] == want


def test_that_years_month_stays_the_month():
    text = "In March 2024, that year's best month, Xiaomi Auto deliveries hit 20,000."
    assert [r[4] for r in _read(text) if r[1] == "deliveries"] == ["month"]
