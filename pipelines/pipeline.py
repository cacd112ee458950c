"""Wiring only: which transforms feed which, and in what order the tables commit.

Commit order keeps the tables a valid state after a crash at any point (see state.py):
metric_events before articles (an article marks its page processed), raw_pages before
articles, feed_entries before feed_polls (a poll row holds the validators of the next
conditional GET, so it must not commit before the entries it vouches for).
"""

from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit

import apache_beam as beam

from pipelines import transforms as t
from pipelines.core.config import Config
from pipelines.state import FeedSpec, PageTask, RunPlan
from schemas import ARTICLES, ERRORS, FEED_ENTRIES, FEED_POLLS, METRIC_EVENTS, RAW_PAGES, Table

# Rows per Parquet file: big enough for real row groups, small enough to bound a writer's memory
# (raw pages carry whole HTML bodies, ~100 KB each).
MAX_ROWS = {"raw_pages": 500}
DEFAULT_MAX_ROWS = 20_000
# Hosts handed to one fetch call: their pages share the call's thread pool. Grouping by host
# keeps per-host politeness global (one host, one worker) on any runner.
FETCH_HOSTS = 64


def write(
    rows: beam.PCollection, root: str, tbl: Table, *after: Any, replace: bool = False
) -> beam.PCollection:
    """Commit rows to a table; `after` are writes that must be committed first.

    Appends stage files as rows stream in and publish them after the runner has committed
    the bundles (only file names are shuffled), so a retried bundle adds no row twice; the
    `after` writes gate that publishing step. A replace (backfill) groups each day to swap it
    whole.
    """
    label = tbl.name
    side = [beam.pvalue.AsList(a) for a in after]
    if not replace:
        max_rows = MAX_ROWS.get(label, DEFAULT_MAX_ROWS)
        return rows | f"Write {label}" >> t.AppendRows(root, label, max_rows, *side)
    return (
        rows
        | f"Key {label}" >> beam.Map(lambda r, c=tbl.partition_column: (str(r[c]), r))
        | f"Group {label}" >> beam.GroupByKey()
        | f"Replace {label}" >> beam.ParDo(t.ReplacePartition(root, label), *side)
    )


def feed_batches(feeds: Sequence[FeedSpec], size: int = FETCH_HOSTS) -> list[list[FeedSpec]]:
    """Feeds in batches polled concurrently (a runner may still spread batches over workers)."""
    return [list(feeds[i : i + size]) for i in range(0, len(feeds), size)]


def clean_and_extract(config: Config, known_event_ids: frozenset[str]) -> t.CleanAndExtract:
    """The DoFn with its pool size and page budget; `config.beam.workers` unset means 1 here
    (the launcher resolves it to every core for the DirectRunner before building)."""
    return t.CleanAndExtract(
        config.entities, known_event_ids, config.beam.workers or 1, config.beam.page_seconds
    )


def _first(tasks: Any) -> PageTask:
    return min(tasks, key=lambda task: task.attempt)


def build_ingest(
    p: beam.Pipeline, plan: RunPlan, config: Config, root: str, fetch: bool = True
) -> None:
    """poll → new entries → fetch → clean + extract → six tables. fetch=False: poll only.

    Only branches with input are built: a fetch round has no feeds, a fresh run no stored
    pages. Each transform costs the runner start-up time even when it sees no element.
    """
    errors: list[beam.PCollection] = []
    tasks: list[beam.PCollection] = []
    if plan.feeds:
        polled = (
            p
            | "Feeds" >> beam.Create(feed_batches(plan.feeds))
            | "Poll feeds"
            >> beam.ParDo(t.PollFeed(config.http, plan.known_entry_ids)).with_outputs(
                "entries", main="polls"
            )
        )
        polls = polled.polls | "Split poll errors" >> beam.ParDo(t.SplitPollErrors()).with_outputs(
            t.ERRORS_TAG, main="rows"
        )
        errors.append(polls[t.ERRORS_TAG])
        written_entries = write(polled.entries, root, FEED_ENTRIES)
        write(polls.rows, root, FEED_POLLS, written_entries)
        tasks.append(
            polled.entries
            | "New page tasks"
            >> beam.FlatMap(lambda r: [t.entry_to_task(r)] if r["canonical_url"] else [])
        )
    if not fetch:
        if errors:
            write(errors[0], root, ERRORS)
        return

    if plan.pending_pages:
        tasks.append(
            p | "Pending pages" >> beam.Create([(task.url, task) for task in plan.pending_pages])
        )
    to_clean: list[beam.PCollection] = []
    if tasks:
        fetched_before = plan.fetched_urls
        fetched = (
            tasks
            | "All page tasks" >> beam.Flatten()
            | "Not stored yet" >> beam.Filter(lambda kv, done=fetched_before: kv[0] not in done)
            | "One task per URL" >> beam.GroupByKey()
            | "Pick task" >> beam.MapTuple(lambda url, tasks: _first(tasks))
            | "Key by host" >> beam.Map(lambda task: (urlsplit(task.url).netloc, task))
            | "One group per host" >> beam.GroupByKey()
            # Fixed-size batches: BatchElements would otherwise start at one host per batch
            # and fetch a slow host's pages with no other host in flight.
            | "Batch hosts"
            >> beam.BatchElements(min_batch_size=FETCH_HOSTS, max_batch_size=FETCH_HOSTS)
            | "Fetch pages"
            >> beam.ParDo(t.FetchPages(config.http)).with_outputs(t.ERRORS_TAG, main="pages")
        )
        errors.append(fetched[t.ERRORS_TAG])
        to_clean.append(fetched.pages)
        written_pages = [
            write(fetched.pages | "Page rows" >> beam.Map(lambda pt: pt[0]), root, RAW_PAGES)
        ]
    else:
        written_pages = []
    if plan.unprocessed_pages:
        to_clean.append(
            p
            | "Stored page files" >> beam.Create(list(plan.raw_page_files))
            | "Read unprocessed pages"
            >> beam.ParDo(t.ReadStoredPages(root, plan.unprocessed_pages))
        )
    if to_clean:
        cleaned = (
            to_clean
            | "Pages to clean" >> beam.Flatten()
            | "Clean and extract"
            >> beam.ParDo(clean_and_extract(config, plan.known_event_ids)).with_outputs(
                "events", t.ERRORS_TAG, main="articles"
            )
        )
        errors.append(cleaned[t.ERRORS_TAG])
        written_events = write(cleaned.events, root, METRIC_EVENTS)
        write(cleaned.articles, root, ARTICLES, written_events, *written_pages)
    if errors:
        write(errors | "All errors" >> beam.Flatten(), root, ERRORS)


def build_backfill(
    p: beam.Pipeline,
    pages: dict[str, PageTask],
    raw_page_files: list[str],
    partitions: list[Any],
    config: Config,
    root: str,
) -> None:
    """Stored pages → clean + extract → replace whole articles / metric_events partitions.

    `partitions` are the days being replaced: each is rewritten even when it ends up empty.
    """
    cleaned = (
        p
        | "Stored page files" >> beam.Create(raw_page_files)
        | "Read stored pages" >> beam.ParDo(t.ReadStoredPages(root, pages))
        | "Clean and extract"
        >> beam.ParDo(clean_and_extract(config, frozenset())).with_outputs(
            "events", t.ERRORS_TAG, main="articles"
        )
    )
    days = p | "Days" >> beam.Create(partitions)

    def with_empty_days(rows: beam.PCollection, tbl: Table) -> beam.PCollection:
        # An empty marker per day makes every requested partition a group, so a day whose
        # articles all moved away is still replaced (by nothing) rather than left stale.
        markers = days | f"Days {tbl.name}" >> beam.Map(lambda d, c=tbl.partition_column: {c: d})
        return (rows, markers) | f"With days {tbl.name}" >> beam.Flatten()

    events = with_empty_days(cleaned.events, METRIC_EVENTS)
    articles = with_empty_days(cleaned.articles, ARTICLES)
    written_events = write(events, root, METRIC_EVENTS, replace=True)
    write(articles, root, ARTICLES, written_events, replace=True)
    write(cleaned[t.ERRORS_TAG], root, ERRORS)
