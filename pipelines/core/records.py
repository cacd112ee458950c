"""Table rows (plain dicts keyed by the schema's column names) from the core's results.

Rows are dicts because Beam pickles them cheaply and pyarrow takes them directly.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from pipelines.core.feeds import FeedEntry
from pipelines.core.fetch import FetchResult
from pipelines.core.ids import sha256_hex, stable_id
from pipelines.core.urls import source_domain

if TYPE_CHECKING:  # the run's own process writes rows without loading the cleaner or the rules
    from pipelines.core.clean import CleanedPage
    from pipelines.core.metrics import ExtractedEvent

Row = dict[str, Any]


def utc_date(ts: dt.datetime) -> dt.date:
    return ts.astimezone(dt.UTC).date()


def article_id(canonical_url: str) -> str:
    return stable_id("article", canonical_url)


def poll_row(
    feed_url: str,
    polled_at: dt.datetime,
    *,
    http_status: int | None,
    not_modified: bool,
    bozo: bool | None,
    bozo_message: str | None,
    entries_seen: int,
    new_entries: int,
    error: str | None,
    duration_ms: int,
    etag: str | None,
    last_modified: str | None,
) -> Row:
    return {
        "poll_id": stable_id("poll", feed_url, polled_at.isoformat()),
        "feed_url": feed_url,
        "polled_at": polled_at,
        "http_status": http_status,
        "not_modified": not_modified,
        "bozo": bozo,
        "bozo_message": bozo_message,
        "entries_seen": entries_seen,
        "new_entries": new_entries,
        "error": error,
        "duration_ms": duration_ms,
        "etag": etag,
        "last_modified": last_modified,
        "poll_date": utc_date(polled_at),
    }


def entry_row(entry: FeedEntry, first_seen_at: dt.datetime) -> Row:
    return {
        "entry_id": entry.entry_id,
        "feed_url": entry.feed_url,
        "guid": entry.guid,
        "link": entry.link,
        "canonical_url": entry.canonical_url,
        "title": entry.title,
        "summary": entry.summary,
        "published_at": entry.published_at,
        "first_seen_at": first_seen_at,
        "ingest_date": utc_date(first_seen_at),
    }


def page_row(url: str, result: FetchResult, fetched_at: dt.datetime) -> Row:
    return {
        "page_id": sha256_hex(result.body),
        "url": url,
        "final_url": result.final_url,
        "http_status": result.status,
        "content_type": result.content_type,
        "fetched_at": fetched_at,
        "body": result.body,
        "fetch_date": utc_date(fetched_at),
    }


def article_row(
    page: Row,
    cleaned: CleanedPage,
    *,
    feed_title: str | None,
    feed_published_at: dt.datetime | None,
    extractor_version: str,
) -> Row:
    """The feed's timestamp wins (it has a time of day), then the page's date, then fetch time."""
    url = str(page["url"])
    published_at = feed_published_at or cleaned.published_at or page["fetched_at"]
    return {
        "article_id": article_id(url),
        "url": page.get("final_url") or url,
        "canonical_url": url,
        "source_domain": source_domain(url),
        "title": cleaned.title or feed_title,
        "author": cleaned.author,
        "sitename": cleaned.sitename,
        "language": cleaned.language,
        "published_at": published_at,
        "text": cleaned.text,
        "text_sha256": sha256_hex(cleaned.text.encode("utf-8")),
        "page_id": page["page_id"],
        "extractor_version": extractor_version,
        "published_date": utc_date(published_at),
    }


def _event_id(article_id: str, ev: ExtractedEvent, seen: set[str]) -> str:
    """article + metric + subject + value + span (DESIGN.md); a second figure of that value in
    the same sentence ("40,000 in September and 40,000 in October") also hashes what tells
    them apart, so each keeps an id of its own."""
    base = (article_id, ev.metric, ev.subject, repr(ev.value), ev.char_start, ev.char_end)
    event_id = stable_id("event", *base)
    if event_id in seen:
        event_id = stable_id("event", *base, *_distinct(ev))
    seen.add(event_id)
    return event_id


def _distinct(ev: ExtractedEvent) -> tuple[object, ...]:
    return (
        ev.status,
        ev.period_kind,
        ev.period_start,
        ev.period_end,
        ev.qualifier,
        ev.value_max,
        ev.unit,
        ev.label,
    )


def event_rows(article: Row, events: Iterable[ExtractedEvent], extractor_version: str) -> list[Row]:
    rows = []
    seen: set[str] = set()
    stated: set[tuple[object, ...]] = set()
    for ev in events:
        signature = (ev.metric, ev.subject, ev.value, ev.char_start, *_distinct(ev))
        if signature in stated:
            continue  # the same event twice: one row
        stated.add(signature)
        event_id = _event_id(article["article_id"], ev, seen)
        rows.append(
            {
                "event_id": event_id,
                "article_id": article["article_id"],
                "url": article["canonical_url"],
                "source_domain": article["source_domain"],
                "published_at": article["published_at"],
                "subject": ev.subject,
                "metric": ev.metric,
                "value": float(ev.value),
                "value_max": None if ev.value_max is None else float(ev.value_max),
                "unit": ev.unit,
                "qualifier": ev.qualifier,
                "status": ev.status,
                "period_start": ev.period_start,
                "period_end": ev.period_end,
                "period_kind": ev.period_kind,
                "period_text": ev.period_text,
                "as_of": ev.as_of,
                "label": ev.label,
                "evidence": ev.evidence,
                "char_start": ev.char_start,
                "char_end": ev.char_end,
                "language": ev.language,
                "extractor_version": extractor_version,
                "published_date": article["published_date"],
            }
        )
    return rows


def error_row(
    stage: str,
    source: str,
    error_type: str,
    message: str,
    occurred_at: dt.datetime,
    attempt: int = 1,
) -> Row:
    return {
        "error_id": stable_id("error", stage, source, error_type, attempt, occurred_at.isoformat()),
        "stage": stage,
        "source": source,
        "error_type": error_type,
        "message": message[:2000],
        "attempt": attempt,
        "occurred_at": occurred_at,
        "date": utc_date(occurred_at),
    }
