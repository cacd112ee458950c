"""What a run must do, read from the tables themselves (no separate state to drift).

- feed validators: the last successful poll of each feed in feed_polls;
- known entries: feed_entries; fetched pages: raw_pages; processed pages: articles;
- failed pages and their attempts: fetch rows in errors.
Writers commit in an order that keeps this true after a crash (see pipeline.py).
"""

import datetime as dt
from dataclasses import dataclass, field

import pyarrow.compute as pc

from pipelines.core.config import Config
from pipelines.core.fetch import FINAL_ERRORS
from pipelines.core.records import article_id
from pipelines.core.retry import FailureHistory, is_parked, retry_due
from pipelines.storage import Storage
from schemas import ARTICLES, ERRORS, FEED_ENTRIES, FEED_POLLS, METRIC_EVENTS, RAW_PAGES


@dataclass(frozen=True)
class FeedSpec:
    url: str
    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True)
class PageTask:
    """A page to fetch (or, with `stored`, one fetched earlier and not yet cleaned)."""

    url: str
    title: str | None = None
    published_at: dt.datetime | None = None
    attempt: int = 1


@dataclass(frozen=True)
class RunPlan:
    feeds: tuple[FeedSpec, ...]
    known_entry_ids: frozenset[str]
    fetched_urls: frozenset[str]
    pending_pages: tuple[PageTask, ...]  # known entries with no stored page, retry due
    unprocessed_pages: dict[str, PageTask] = field(default_factory=dict)  # stored, no article
    raw_page_files: tuple[str, ...] = ()
    known_event_ids: frozenset[str] = frozenset()
    parked: int = 0
    # Pages of the feeds' new entries this plan's pipeline may fetch (None: all of them).
    new_pages_cap: int | None = None


def _failures(storage: Storage) -> tuple[dict[str, FailureHistory], frozenset[str]]:
    """Fetch failures per URL, and the stored pages whose cleaning failed (see plan_run)."""
    errors = storage.read(ERRORS, ["stage", "source", "error_type", "attempt", "occurred_at"])
    unclean = errors.filter(
        pc.and_(pc.equal(errors["stage"], "clean"), pc.not_equal(errors["error_type"], "EmptyText"))
    )
    errors = errors.filter(pc.equal(errors["stage"], "fetch"))
    histories: dict[str, FailureHistory] = {}
    for row in errors.to_pylist():
        seen = histories.get(row["source"])
        attempts = max(int(row["attempt"] or 1), seen.attempts if seen else 0)
        last = max(row["occurred_at"], seen.last_failed_at) if seen else row["occurred_at"]
        # A refused address is final: parked at once, not retried up to max_attempts.
        final = row["error_type"] in FINAL_ERRORS or bool(seen and seen.final)
        histories[row["source"]] = FailureHistory(attempts, last, final)
    return histories, frozenset(unclean["source"].to_pylist())


def plan_poll(config: Config, storage: Storage) -> RunPlan:
    """Only what a poll needs (validators, known entries): two small reads, for idle polls."""
    entry_ids = storage.read(FEED_ENTRIES, ["entry_id"])["entry_id"].to_pylist()
    return RunPlan(
        feeds=_feeds_with_validators(config, storage),
        known_entry_ids=frozenset(entry_ids),
        fetched_urls=frozenset(),
        pending_pages=(),
    )


def _feeds_with_validators(config: Config, storage: Storage) -> tuple[FeedSpec, ...]:
    polls = storage.read(FEED_POLLS, ["feed_url", "polled_at", "error", "etag", "last_modified"])
    validators: dict[str, tuple[dt.datetime, str | None, str | None]] = {}
    for row in polls.to_pylist():
        if row["error"] is None and (row["etag"] or row["last_modified"]):
            seen = validators.get(row["feed_url"])
            if seen is None or row["polled_at"] > seen[0]:
                validators[row["feed_url"]] = (row["polled_at"], row["etag"], row["last_modified"])
    return tuple(
        FeedSpec(f.url, *validators[f.url][1:]) if f.url in validators else FeedSpec(f.url)
        for f in config.feeds
    )


def plan_run(config: Config, storage: Storage, now: dt.datetime | None = None) -> RunPlan:
    now = now or dt.datetime.now(dt.UTC)
    feeds = _feeds_with_validators(config, storage)

    entries = storage.read(FEED_ENTRIES, ["entry_id", "canonical_url", "title", "published_at"])
    fetched = frozenset(storage.read(RAW_PAGES, ["url"])["url"].to_pylist())
    histories, unclean = _failures(storage)
    pending: dict[str, PageTask] = {}
    parked = 0
    for row in entries.to_pylist():
        url = row["canonical_url"]
        if not url or url in fetched or url in pending:
            continue
        history = histories.get(url)
        if is_parked(history, config.retry.max_attempts):
            parked += 1
        elif retry_due(history, now, config.retry.max_attempts, config.retry.base_minutes):
            attempt = history.attempts + 1 if history else 1
            pending[url] = PageTask(url, row["title"], row["published_at"], attempt)

    article_ids = frozenset(storage.read(ARTICLES, ["article_id"])["article_id"].to_pylist())
    meta = {r["canonical_url"]: r for r in entries.to_pylist() if r["canonical_url"]}
    unprocessed = {}
    for url in fetched:
        if url in unclean and article_id(url) not in article_ids:
            # Cleaning this page's stored bytes failed: over the time budget, killed its worker
            # or raised. The same bytes would fail the same way, so it is parked, not planned
            # on every run (a page over budget in extraction keeps its article instead).
            parked += 1
        elif article_id(url) not in article_ids:
            m = meta.get(url, {})
            unprocessed[url] = PageTask(url, m.get("title"), m.get("published_at"))
    return RunPlan(
        feeds=feeds,
        known_entry_ids=frozenset(entries["entry_id"].to_pylist()),
        fetched_urls=fetched,
        pending_pages=tuple(pending.values()),
        unprocessed_pages=unprocessed,
        raw_page_files=tuple(storage.part_files(RAW_PAGES)) if unprocessed else (),
        # Only a run that will clean pages needs the events already written (an idle poll
        # after months of runs should not read them).
        known_event_ids=frozenset(
            storage.read(METRIC_EVENTS, ["event_id"])["event_id"].to_pylist()
            if pending or unprocessed
            else ()
        ),
        parked=parked,
    )
