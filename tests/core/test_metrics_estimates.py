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


def test_hyphenated_amounts() -> None:
    assert [(n.value, n.unit) for n in find_numbers("a 30-billion-yuan plan")] == [(30e9, "CNY")]
    assert [n.value for n in find_numbers("a 50-year lease")] == [50]


def test_a_goal_met_is_an_actual_figure() -> None:
    text = "As of November 13, Xiaomi has met its EV output goal of 100,000 units for the year."
    (ev,) = [e for e in extract_events(text, published=dt.date(2024, 11, 14))]
    assert (ev.metric, ev.status) == ("production", "actual")


def test_what_it_would_take_to_turn_a_profit_is_not_a_target() -> None:
    text = "Analysts think Xiaomi's EV unit needs to sell 300,000 cars a year to turn a profit."
    assert events(text) == {}


def test_a_range_converted_in_brackets_is_not_a_second_price() -> None:
    text = (
        "Xiaomi's average selling price rose from 238,650 yuan to 260,053 yuan "
        "(from around 29,080 to 31,690 euros)."
    )
    assert sorted(events(text)) == [238650, 260053]


def test_one_figure_in_two_currencies_is_kept_once_in_yuan() -> None:
    text = (
        "Xiaomi unveiled a US$4.2 billion R&D project on Thursday. Lei Jun revealed a "
        "30-billion-yuan (US$4.2 billion) research and development plan for 2025."
    )
    assert [(e.value, e.unit) for e in extract_events(text, published=PUB)] == [(30e9, "CNY")]


def test_a_streak_above_a_threshold_is_not_a_figure() -> None:
    text = "This marks Xiaomi's third consecutive quarter with revenue exceeding 100 billion yuan."
    assert events(text) == {}


def test_a_months_figure_beside_its_streak_is_the_months() -> None:
    text = "Xiaomi handed over more than 40,000 cars in October, its second straight month."
    found = extract_events(text, published=dt.date(2025, 11, 3))
    assert [(e.value, e.qualifier, e.period_kind) for e in found] == [(40000, "more_than", "month")]


def test_the_figure_refers_to_the_last_metric() -> None:
    text = (
        "Lei Jun told reporters that Xiaomi wants to deliver 300,000 cars next year. "
        "In 2024, the figure was 135,000."
    )
    found = {e.value: (e.metric, e.status) for e in extract_events(text, published=PUB)}
    assert found[135000] == ("deliveries", "actual")


def test_a_comparison_base_without_a_currency_takes_the_figure_s() -> None:
    text = (
        "Xiaomi's EV business generated 20.6 billion yuan in revenue in the second quarter, "
        "up from 18.1 billion in the first quarter."
    )
    assert events(text)[18.1e9] == ("revenue", "actual")


def test_a_which_clause_is_its_own() -> None:
    text = (
        "The Xiaomi SU7 has a price tag of under $30,000 for the base model, which is $4,000 "
        "cheaper than the base Tesla Model 3."
    )
    assert events(text) == {30000: ("price", "actual")}


def test_the_level_a_change_starts_from_is_last_year_s_actual() -> None:
    text = "Xiaomi's R&D spending in 2025 is forecast to rise to about CNY30 billion from CNY24.1 billion."
    found = {e.value: e for e in extract_events(text, published=PUB)}
    assert (found[30e9].status, found[30e9].period_start) == ("forecast", dt.date(2025, 1, 1))
    base = found[24.1e9]
    assert (base.status, base.period_start, base.as_of) == (
        "actual",
        dt.date(2024, 1, 1),
        dt.date(2024, 12, 31),
    )


def test_a_quarter_named_as_a_starting_point_is_not_the_reported_one() -> None:
    text = (
        "小米集团发布2024年财报。小米汽车业务从第三季度起反超互联网业务。"
        "小米汽车的平均售价为23.45万元。"
    )
    (ev,) = [e for e in extract_events(text, published=dt.date(2025, 3, 20)) if e.value == 234500]
    assert ev.period_kind != "quarter"


def test_a_year_on_year_base_takes_the_reported_quarter_a_year_back() -> None:
    text = (
        "In the third quarter of 2025, Xiaomi's EV unit delivered 108,796 cars. The average "
        "selling price of Xiaomi cars rose 9 per cent year-on-year from 238,650 yuan per unit "
        "to 260,053 yuan. Last year's Q3/2024 figure is given for comparison."
    )
    found = {e.value: e for e in extract_events(text, published=dt.date(2025, 11, 20))}
    assert found[238650].as_of == dt.date(2024, 9, 30)
    assert found[260053].as_of == dt.date(2025, 9, 30)
