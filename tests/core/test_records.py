"""Rows of metric_events: one id per event, however many figures of one value a sentence has."""

import dataclasses
import datetime as dt

from pipelines.core.ids import stable_id
from pipelines.core.metrics import extract_events
from pipelines.core.records import event_rows

ARTICLE = {
    "article_id": "a1",
    "canonical_url": "http://news.example/a1",
    "source_domain": "news.example",
    "published_at": None,
    "language": "en",
    "published_date": None,
}


def test_two_figures_of_one_value_in_a_sentence_have_two_ids() -> None:
    """Bug: both rows hashed article, metric, subject, value and the sentence's span alike,
    so one id named two rows (the September and the October 40,000)."""
    events = extract_events(
        "Xiaomi delivered 40,000 cars in September and 40,000 in October.",
        published=dt.date(2025, 11, 5),
        language="en",
    )
    assert len(events) == 2
    rows = event_rows(ARTICLE, events, "test")
    assert len({r["event_id"] for r in rows}) == 2
    assert {r["period_start"] for r in rows} == {dt.date(2025, 9, 1), dt.date(2025, 10, 1)}


def test_the_first_figure_keeps_the_documented_id_and_a_repeat_is_dropped() -> None:
    (ev,) = extract_events(
        "Xiaomi delivered 40,000 cars in October.", published=dt.date(2025, 11, 5), language="en"
    )
    rows = event_rows(ARTICLE, [ev, dataclasses.replace(ev)], "test")
    assert len(rows) == 1
    assert rows[0]["event_id"] == stable_id(
        "event", "a1", ev.metric, ev.subject, repr(ev.value), ev.char_start, ev.char_end
    )
