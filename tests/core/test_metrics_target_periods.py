"""A target's period is what it is for, not when it was set or when it will be met.

Every sentence here is written for this test (our own words, real-world figures).
"""

import datetime as dt

import pytest

from pipelines.core.metrics import extract_events

PUB = dt.date(2024, 10, 1)
YEAR_2024 = (dt.date(2024, 1, 1), dt.date(2024, 12, 31))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Xiaomi now expects to hit its 100,000 delivery target in November.", "en"),
        ("Xiaomi's car unit could meet its goal of 100,000 deliveries by mid-November.", "en"),
        ("小米汽车有望在11月完成10万辆交付目标。", "zh"),
        ("A Xiaomi prevê que a meta de 100.000 entregas seja atingida em novembro.", "pt"),
        ("Xiaomi prevé alcanzar su objetivo de 100.000 entregas en noviembre.", "es"),
        ("Xiaomi devrait atteindre son objectif de 100 000 livraisons en novembre.", "fr"),
    ],
)
def test_a_target_met_in_a_month_stays_the_years(text: str, lang: str) -> None:
    (ev,) = extract_events(text, published=PUB, language=lang)
    assert (ev.metric, ev.status, ev.period_kind) == ("delivery_target", "target", "year"), ev
    assert (ev.period_start, ev.period_end) == YEAR_2024, ev


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a month's own target: no words that meet it, or the month names the target
        ("Xiaomi aims to deliver 20,000 cars in November.", "en"),
        ("Xiaomi expects to beat its November target of 20,000 deliveries.", "en"),
        ("小米汽车11月的交付目标为2万辆。", "zh"),
    ],
)
def test_a_months_own_target_stays_the_months(text: str, lang: str) -> None:
    events = extract_events(text, published=PUB, language=lang)
    assert [(e.period_kind, e.period_start) for e in events] == [("month", dt.date(2024, 11, 1))], (
        events
    )


@pytest.mark.parametrize(
    "text",
    [
        "Xiaomi's target of 300,000 cars for 2025, announced in March, now looks modest.",
        "小米3月公布的2025年交付目标为30万辆。",
    ],
)
def test_when_a_target_was_set_is_not_its_period(text: str) -> None:
    (ev,) = extract_events(text, published=dt.date(2025, 6, 1))
    assert (ev.status, ev.period_kind, ev.period_start) == ("target", "year", dt.date(2025, 1, 1))


def test_an_undated_storys_year_words_take_the_year_its_target_states() -> None:
    # no publication date; the past figures point to 2024, the target is stated for 2025
    text = (
        "Xiaomi lifted its full-year delivery goal to 360,000 units on Tuesday. "
        "The earlier goal of 310,000 cars for 2025 was set in spring. "
        "The SU7 went on sale in March 2024 and Xiaomi delivered 136,000 cars in 2024."
    )
    found = {e.value: e for e in extract_events(text)}
    assert found[360000].period_start == dt.date(2025, 1, 1), found[360000]
    assert found[310000].period_start == dt.date(2025, 1, 1), found[310000]
    assert found[136000].period_start == dt.date(2024, 1, 1), found[136000]


def test_two_stated_target_years_leave_the_year_words_alone() -> None:
    # (the story's past figures point to 2024, its year of writing as estimated)
    text = (
        "Xiaomi set a delivery goal of 120,000 cars for 2024 and a goal of 300,000 for 2025. "
        "Its annual delivery goal has been raised twice, most recently to 150,000. "
        "Xiaomi delivered 60,000 cars in the first half of 2024."
    )
    found = {e.value: e for e in extract_events(text)}
    assert found[120000].period_start == dt.date(2024, 1, 1)
    assert found[300000].period_start == dt.date(2025, 1, 1)
    assert (found[150000].period_text, found[150000].period_start) == (
        "annual",
        dt.date(2024, 1, 1),
    )


def test_a_months_plan_beside_the_years_target_stays_the_months() -> None:
    text = (
        "Xiaomi plans to deliver 20,000 cars in November and meet its 130,000 target for the year."
    )
    found = {e.value: e for e in extract_events(text, published=PUB)}
    assert (found[20000].period_kind, found[20000].period_start) == ("month", dt.date(2024, 11, 1))
    assert (found[130000].period_kind, found[130000].period_start) == ("year", dt.date(2024, 1, 1))


def test_an_undated_story_is_written_after_the_launch_of_the_models_it_names() -> None:
    # no publication date and no year: the YU7 (on sale from June 2025) dates August
    text = (
        "Xiaomi's August deliveries passed 30,000 again, helped by the YU7. "
        "The YU7 took 240,000 locked orders in its first 18 hours."
    )
    found = {e.value: e for e in extract_events(text)}
    assert (found[30000].period_start, found[30000].as_of) == (
        dt.date(2025, 8, 1),
        dt.date(2025, 8, 31),
    )
