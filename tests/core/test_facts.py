"""The grouping of metric events into facts, on hand-made events: restated, rounded, revised,
target against actual, two periods, another subject, windows and open periods."""

import datetime as dt
import itertools
from typing import Any

import pytest

from pipelines.core.facts import (
    FactEvent,
    agree,
    calendar_kind,
    fact_key,
    facts_from_events,
    rate_unit,
    rounding_unit,
    window_duration,
)

_ids = itertools.count()
OCT = (dt.date(2024, 10, 1), dt.date(2024, 10, 31))


def ev(value: float, **kw: Any) -> FactEvent:
    n = next(_ids)
    base: dict[str, Any] = {
        "event_id": f"e{n}",
        "article_id": kw.pop("article", f"a{n}"),
        "subject": "Xiaomi SU7",
        "metric": "deliveries",
        "value": float(value),
        "unit": "vehicles",
        "status": "actual",
        "qualifier": "exact",
        "period_kind": "none",
        "source_domain": kw.pop("site", f"site{n}.example"),
        "url": f"http://site{n}.example/a",
        "language": "en",
        "published_at": dt.datetime(2024, 11, 1, tzinfo=dt.UTC) + dt.timedelta(hours=n),
    }
    base.update(kw)
    return FactEvent(**base)


def month(value: float, **kw: Any) -> FactEvent:
    return ev(value, period_kind="month", period_start=OCT[0], period_end=OCT[1], **kw)


def one(events: list[FactEvent]) -> Any:
    facts = facts_from_events(events)
    assert len(facts) == 1, [(f.value, f.values_seen) for f in facts]
    return facts[0]


def test_more_than_and_exact_for_october_are_one_fact() -> None:
    fact = one([month(20000, qualifier="more_than"), month(20012), month(20000, language="zh")])
    assert fact.value == 20012 and fact.qualifier == "exact" and not fact.revised
    assert [(v.value, v.n) for v in fact.values_seen] == [(20000, 2), (20012, 1)]
    assert fact.n_articles == 3 and fact.n_outlets == 3 and fact.languages == ("en", "zh")
    assert fact.period_kind == "month" and fact.period_start == OCT[0]


def test_rounded_restatements_join_the_exact_figure() -> None:
    locked = {"metric": "locked_orders", "unit": "orders"}
    fact = one([ev(75723, **locked), ev(75700, **locked), ev(75700, language="zh", **locked)])
    assert fact.value == 75723 and not fact.revised
    window = {"metric": "locked_orders", "unit": "orders", "period_text": "within 1 hour"}
    fact = one(
        [
            ev(289000, **window),
            ev(290000, qualifier="up_to", **{**window, "period_text": "in the first hour"}),
            ev(289000, language="zh", **{**window, "period_text": "1小时内"}),
        ]
    )
    assert fact.value == 289000 and fact.period_kind == "window"


def test_monthly_figure_bound_then_exact_then_corrected_is_one_revised_fact() -> None:
    first = month(40000, qualifier="more_than")
    exact = month(40123)
    corrected = month(40356)
    fact = one([corrected, first, exact])
    assert fact.revised
    assert fact.value == 40356  # the latest stated
    assert fact.first_url == first.url


def test_target_and_actual_are_never_merged() -> None:
    facts = facts_from_events([month(20000), month(20000, status="target")])
    assert sorted(f.status for f in facts) == ["actual", "target"]


def test_two_periods_never_merge() -> None:
    sept = ev(20000, period_start=dt.date(2024, 9, 1), period_end=dt.date(2024, 9, 30))
    assert len(facts_from_events([month(20000), sept])) == 2


def test_another_subject_unit_or_currency_never_merges() -> None:
    events = [
        month(20000),
        month(20000, subject="Xiaomi Auto"),
        month(20000, metric="production"),
        ev(10e9, metric="investment", unit="CNY"),
        ev(10e9, metric="investment", unit="USD"),
    ]
    assert len(facts_from_events(events)) == 5


def test_raised_target_is_one_revised_fact() -> None:
    year = {"status": "target", "metric": "delivery_target"}
    y2024 = {"period_start": dt.date(2024, 1, 1), "period_end": dt.date(2024, 12, 31)}
    fact = one([ev(100000, **year, **y2024), ev(120000, **year, **y2024)])
    assert fact.revised and fact.value == 120000 and fact.period_kind == "year"


def test_plans_of_another_order_and_loose_bounds_stay_apart() -> None:
    year = {"status": "target", "metric": "delivery_target"}
    y2025 = {"period_start": dt.date(2025, 1, 1), "period_end": dt.date(2025, 12, 31)}
    facts = facts_from_events([ev(350000, **year, **y2025), ev(10000, **year, **y2025)])
    assert len(facts) == 2 and not any(f.revised for f in facts)
    # "more than 10,000" beside an exact 20,726 for the same month is not the same statement
    assert len(facts_from_events([month(20726), month(10000, qualifier="more_than")])) == 2


def test_actual_figures_too_far_apart_for_a_correction_stay_apart() -> None:
    """Car revenue 20.6 and 21.3 billion for one quarter are two scopes, not a revision."""
    q2 = {"metric": "revenue", "unit": "CNY"}
    q2 |= {"period_start": dt.date(2025, 4, 1), "period_end": dt.date(2025, 6, 30)}
    facts = facts_from_events([ev(20.6e9, **q2), ev(21.3e9, **q2)])
    assert len(facts) == 2 and not any(f.revised for f in facts)


def test_open_periods_are_conservative() -> None:
    price = {"metric": "price", "unit": "CNY"}
    # two trims' prices, a range and a close but different figure: four facts
    events = [
        ev(215900, **price),
        ev(299900, **price),
        ev(215900, value_max=299900, qualifier="at_least", **price),
        ev(299000, **price),
    ]
    assert len(facts_from_events(events)) == 4
    # orders within 3 minutes and within 18 hours of a launch are two facts
    orders = {"metric": "orders", "unit": "orders"}
    facts = facts_from_events(
        [
            ev(200000, period_text="within 3 minutes", **orders),
            ev(240000, period_text="in the first 18 hours", **orders),
            ev(200000, period_text="3分钟", **orders),
        ]
    )
    assert sorted(f.n_articles for f in facts) == [1, 2]


def test_cumulative_totals_far_apart_in_time_stay_apart() -> None:
    cum = {"period_kind": "cumulative"}
    a = ev(100000, as_of=dt.date(2024, 11, 18), **cum)
    b = ev(100000, as_of=dt.date(2024, 11, 20), **cum)
    c = ev(100000, as_of=dt.date(2025, 6, 1), **cum)
    facts = facts_from_events([a, b, c])
    assert sorted(f.n_articles for f in facts) == [1, 2]
    assert len({f.fact_id for f in facts}) == 2


def test_fact_ids_are_deterministic_and_order_free() -> None:
    events = [month(20000, qualifier="more_than"), month(20012), ev(75723), ev(75700)]
    first = facts_from_events(events)
    again = facts_from_events(list(reversed(events)))
    assert [f.as_row() for f in first] == [f.as_row() for f in again]


def test_period_kind_is_taken_from_the_dates_when_the_event_says_none() -> None:
    assert fact_key(month(1)).period_kind == "month"
    assert fact_key(ev(1, period_start=OCT[0], period_end=OCT[1])).period_kind == "month"
    assert calendar_kind(dt.date(2025, 7, 1), dt.date(2025, 9, 30)) == "quarter"
    assert calendar_kind(dt.date(2025, 1, 1), dt.date(2025, 6, 30)) == "half_year"
    assert calendar_kind(dt.date(2025, 1, 1), dt.date(2025, 12, 31)) == "year"
    assert calendar_kind(dt.date(2025, 1, 5), dt.date(2025, 2, 3)) == "span"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("within 1 hour of launch", "60m"),
        ("in the first hour", "60m"),
        ("60 minutes", "60m"),
        ("1小时内", "60m"),
        ("27分钟", "27m"),
        ("in 24 hours", "1440m"),
        ("launch price", None),
        (None, None),
    ],
)
def test_window_duration(text: str | None, key: str | None) -> None:
    assert window_duration(text) == key


def test_rate_unit() -> None:
    assert rate_unit("150,000 a year") == rate_unit("annual") == rate_unit("每年") == "year"
    assert rate_unit("per month (2024)") == "month"


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (ev(75700), ev(75723), True),
        (ev(289000), ev(290000, qualifier="about"), True),
        (ev(289000), ev(300000), True),  # "300,000" is 289,000 rounded hard
        (ev(240000), ev(200000), False),
        (ev(20012), ev(20000, qualifier="more_than"), True),
        (ev(26000), ev(20000, qualifier="more_than"), False),
        (ev(29.0, unit="percent"), ev(30.0, unit="percent"), False),
        (ev(29.6, unit="percent"), ev(30.0, unit="percent"), True),
        (ev(215900), ev(215900, value_max=299900), False),
    ],
)
def test_agree(a: FactEvent, b: FactEvent, same: bool) -> None:
    assert agree(a, b) is same and agree(b, a) is same


def test_rounding_unit() -> None:
    assert [rounding_unit(v) for v in (75700, 289000, 75723, 8.5, 0)] == [100, 1000, 1, 0.1, 1]
