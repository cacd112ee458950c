"""Articles without a publication date: the year of their year-less periods comes from the text.

Every article here is written for this test (our own words, real-world figures). A wrong year
is the commonest as_of error on real coverage: half the articles reach the pipeline undated.
"""

import datetime as dt

from pipelines.core.metrics import ExtractedEvent, extract_events


def by_value(text: str, published: dt.date | None = None) -> dict[float, ExtractedEvent]:
    return {e.value: e for e in extract_events(text, published=published) if e.metric != "other"}


def test_a_filing_date_places_the_full_year_before_it() -> None:
    # a results article written in 2025 about 2024: "the full year" and "December" are 2024
    text = (
        "Xiaomi's annual results, published on March 18, 2025, gave a full picture of its "
        "first year of car sales. Full-year deliveries of the SU7 reached 136,854 vehicles. "
        "December deliveries alone passed 25,000 vehicles."
    )
    found = by_value(text)
    assert found[136854].as_of == dt.date(2024, 12, 31)
    assert found[25000].as_of == dt.date(2024, 12, 31)
    assert found[25000].period_kind == "month"


def test_a_comparison_year_is_not_the_year_of_writing() -> None:
    text = (
        "Xiaomi's smart EV revenue rose to 21.3 billion yuan in the second quarter, "
        "up from 6.4 billion yuan in the same period of 2024."
    )
    found = by_value(text)
    assert found[21_300_000_000].as_of == dt.date(2025, 6, 30)


def test_history_before_the_car_era_does_not_set_the_year() -> None:
    text = (
        "Xiaomi said in 2021 that it would build cars, and on March 30, 2021 it set aside "
        "10 billion dollars for the plan. In 2024 its first sedan went on sale. The SU7 "
        "sold more than 20,000 units in October."
    )
    found = by_value(text)
    assert found[20000].as_of == dt.date(2024, 10, 31)


def test_later_days_of_the_same_story_stay_in_its_year() -> None:
    # dated opening, then day-months with no year a few days later: same year, not the one before
    text = "2025年2月27日，小米SU7 Ultra正式上市。截至3月2日，该车大定已超过1.9万台。"
    found = by_value(text)
    assert found[19000].as_of == dt.date(2025, 3, 2)


def test_the_most_named_year_wins_over_a_plan_for_the_next() -> None:
    text = (
        "In 2024 Xiaomi delivered 136,854 cars. The 2024 total beat the target it set early in "
        "2024. For 2025 it aims to deliver 350,000 cars. In the fourth quarter, deliveries "
        "reached 69,000 vehicles."
    )
    found = by_value(text)
    assert found[69000].as_of == dt.date(2024, 12, 31)


def test_a_publication_date_still_wins() -> None:
    text = "The SU7 sold more than 20,000 units in October, Xiaomi said in 2021 filings."
    found = by_value(text, published=dt.date(2025, 11, 3))
    assert found[20000].as_of == dt.date(2025, 10, 31)
