"""How the report turns events (or facts) into charted points, and an empty storage."""

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from pipelines.report import build_report
from pipelines.report.data import period_kind, points_from_events, points_from_facts

D = dt.date
UTC = dt.UTC


def event(**kw: Any) -> dict[str, Any]:
    base = {
        "event_id": "e",
        "url": "http://127.0.0.1/a",
        "source_domain": "127.0.0.1",
        "published_at": dt.datetime(2024, 5, 1, tzinfo=UTC),
        "subject": "Xiaomi SU7",
        "metric": "deliveries",
        "value": 7058.0,
        "unit": "vehicles",
        "status": "actual",
        "period_kind": "none",
        "period_start": D(2024, 4, 1),
        "period_end": D(2024, 4, 30),
        "period_text": "in April",
        "as_of": D(2024, 4, 30),
        "evidence": "Xiaomi delivered 7,058 SU7s in April.",
    }
    return base | kw


@pytest.mark.parametrize(
    ("kind", "start", "end", "want"),
    [
        ("month", D(2024, 4, 1), D(2024, 4, 30), "month"),
        ("none", D(2024, 2, 1), D(2024, 2, 29), "month"),  # leap February
        (None, D(2024, 7, 1), D(2024, 9, 30), "quarter"),
        ("none", D(2024, 2, 1), D(2024, 4, 30), "none"),  # three months, not a quarter
        ("none", D(2025, 1, 1), D(2025, 12, 31), "year"),
        ("none", D(2024, 4, 2), D(2024, 4, 30), "none"),
        ("cumulative", D(2024, 1, 1), D(2024, 3, 31), "cumulative"),  # stated kind wins
        ("none", None, None, "none"),
    ],
)
def test_period_kind_from_dates_when_not_stated(
    kind: str | None, start: dt.date | None, end: dt.date | None, want: str
) -> None:
    assert period_kind(kind, start, end) == want


def test_one_point_per_period_with_every_source() -> None:
    points = points_from_events(
        [
            event(event_id="a", url="http://127.0.0.1/en"),
            event(event_id="b", url="http://127.0.0.1/zh", period_text="4月"),
            event(event_id="c", period_start=D(2024, 5, 1), period_end=D(2024, 5, 31), value=8646),
        ]
    )
    assert [(p.period_kind, p.period_start, p.value) for p in points] == [
        ("month", D(2024, 4, 1), 7058.0),
        ("month", D(2024, 5, 1), 8646.0),
    ]
    assert {s.url for s in points[0].sources} == {"http://127.0.0.1/en", "http://127.0.0.1/zh"}
    assert points[0].anchor != points[1].anchor


def test_a_revised_target_shows_the_latest_value_and_keeps_both_sources() -> None:
    year = {"period_start": D(2024, 1, 1), "period_end": D(2024, 12, 31)}
    early = dt.datetime(2024, 4, 25, tzinfo=UTC)
    late = dt.datetime(2024, 7, 20, tzinfo=UTC)
    (p,) = points_from_events(
        [
            event(metric="delivery_target", status="target", value=100000, published_at=late)
            | year
            | {"url": "http://127.0.0.1/late-restated", "as_of": D(2024, 7, 20)},
            event(metric="delivery_target", status="target", value=120000, published_at=late)
            | year
            | {"url": "http://127.0.0.1/late", "as_of": D(2024, 7, 20)},
            event(metric="delivery_target", status="target", value=120000, published_at=late)
            | year
            | {"url": "http://127.0.0.1/late2", "as_of": D(2024, 7, 20)},
            event(metric="delivery_target", status="target", value=100000, published_at=early)
            | year
            | {"url": "http://127.0.0.1/early", "as_of": D(2024, 4, 25)},
        ]
    )
    assert p.value == 120000  # the latest day's majority
    assert p.period_kind == "year"
    assert [s.url for s in p.sources][-1] == "http://127.0.0.1/early"  # newest first
    assert len(p.sources) == 4


def test_without_a_period_the_as_of_date_tells_points_apart() -> None:
    launch = {"period_start": None, "period_end": None, "metric": "locked_orders"}
    points = points_from_events(
        [
            event(**launch, as_of=D(2024, 3, 30), value=88898),
            event(**launch, as_of=D(2024, 4, 24), value=75723),
        ]
    )
    assert [(p.as_of, p.value) for p in points] == [
        (D(2024, 3, 30), 88898.0),
        (D(2024, 4, 24), 75723.0),
    ]


def test_a_launch_window_stated_in_two_languages_is_one_point() -> None:
    def window(metric: str, value: float, as_of: dt.date | None, text: str) -> dict[str, Any]:
        return event(
            subject="Xiaomi YU7",
            metric=metric,
            value=value,
            as_of=as_of,
            period_text=text,
            url=f"http://127.0.0.1/{text}",
            period_kind="window",
            period_start=None,
            period_end=None,
        )

    points = points_from_events(
        [
            window("orders", 200000, None, "within three minutes of going on sale"),
            window("orders", 200000, D(2025, 6, 26), "3分钟"),
            window("locked_orders", 289000, None, "within one hour"),
            window("locked_orders", 289000, D(2025, 6, 26), "1小时"),
            window("orders", 240000, None, "within 18 hours"),  # another figure: apart
        ]
    )
    assert [(p.metric, p.value, len(p.sources)) for p in points] == [
        ("locked_orders", 289000.0, 2),
        ("orders", 240000.0, 1),  # no day stated: first
        ("orders", 200000.0, 2),
    ]
    assert points[2].as_of == D(2025, 6, 26)  # stated in one language only
    assert points[2].period_text == "within three minutes of going on sale"


def test_facts_take_their_sources_from_their_events() -> None:
    events = {
        "a": event(event_id="a", url="http://127.0.0.1/a"),
        "b": event(event_id="b", url="http://127.0.0.1/b"),
    }
    fact = {
        "fact_id": "f1",
        "subject": "Xiaomi SU7",
        "metric": "deliveries",
        "status": "actual",
        "period_kind": "month",
        "period_start": D(2024, 4, 1),
        "period_end": D(2024, 4, 30),
        "value": 7058.0,
        "unit": "vehicles",
        "first_url": "http://127.0.0.1/a",
        "event_ids": ["a", "b", "gone"],
    }
    orphan = fact | {"fact_id": "f2", "event_ids": ["gone"], "first_url": "http://127.0.0.1/c"}
    points = points_from_facts([fact, orphan], events)
    by_id = {p.sources[0].url if len(p.sources) == 1 else "two": p for p in points}
    assert {s.url for s in by_id["two"].sources} == {"http://127.0.0.1/a", "http://127.0.0.1/b"}
    assert by_id["http://127.0.0.1/c"].value == 7058.0


def test_an_empty_storage_gives_a_page_that_says_so(tmp_path: Path) -> None:
    result = build_report(str(tmp_path / "nothing"), tmp_path / "r.html")
    assert set(result.charts.values()) == {0}
    html = result.path.read_text()
    assert html.count("No data yet.") == len(result.charts)
    assert "No feed has been polled yet." in html and "<svg" not in html
