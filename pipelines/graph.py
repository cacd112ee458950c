"""The named parts of the ingest graph: composite PTransforms that pipeline.py (batch) and
stream.py (streaming) put together.

Each part takes and returns PCollections of the rows of schemas/ (dicts), so it can be
tested on its own with TestPipeline and assert_that, as Beam's examples test `UserScore`.
No `from __future__ import annotations` here: Beam reads the hints of what it applies. The
parts that return a dict of PCollections leave expand() without a return hint: Beam warns on
every pipeline build about a hint that is not a PCollection.
"""

from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit

import apache_beam as beam

from pipelines import transforms as t
from pipelines.core.config import Config, HttpConfig
from pipelines.state import FeedSpec, PageTask
from schemas import RAW_PAGES, Table

# Rows per Parquet file: big enough for real row groups, small enough to bound a writer's memory
# (raw pages carry whole HTML bodies, ~100 KB each).
MAX_ROWS = {"raw_pages": 500}
DEFAULT_MAX_ROWS = 20_000
# Hosts handed to one fetch call: their pages share the call's thread pool. Grouping by host
# keeps per-host politeness global (one host, one worker) on any runner.
FETCH_HOSTS = 64


def feed_batches(feeds: Sequence[FeedSpec], size: int = FETCH_HOSTS) -> list[list[FeedSpec]]:
    """Feeds in batches polled concurrently (a runner may still spread batches over workers)."""
    return [list(feeds[i : i + size]) for i in range(0, len(feeds), size)]


def new_task_by_host(
    kv: tuple[str, PageTask], fetched_before: frozenset[str]
) -> list[tuple[str, PageTask]]:
    """(url, task) → [(host, task)], or nothing for a URL stored before."""
    url, task = kv
    return [] if url in fetched_before else [(urlsplit(url).netloc, task)]


def one_task_per_url(tasks: Any) -> list[PageTask]:
    """A host's tasks, one per URL: the lowest attempt (the first seen among equals)."""
    kept: dict[str, PageTask] = {}
    for task in tasks:
        first = kept.get(task.url)
        if first is None or task.attempt < first.attempt:
            kept[task.url] = task
    return list(kept.values())


def page_task_of_entry(row: dict[str, Any]) -> list[tuple[str, PageTask]]:
    """A new feed entry's page to fetch; none for an entry whose link cannot be fetched."""
    return [t.entry_to_task(row)] if row["canonical_url"] else []


class PollFeeds(beam.PTransform):
    """Feeds → {'polls': feed_polls rows, 'entries': new feed_entries rows, 'errors': errors}.

    Conditional GETs with the validators each FeedSpec carries; entries whose id is in
    `known_entry_ids` are not new.
    """

    def __init__(self, http: HttpConfig, feeds: Sequence[FeedSpec], known: frozenset[str]) -> None:
        super().__init__()
        self.http = http
        self.feeds = list(feeds)
        self.known = known

    def expand(self, p: beam.pvalue.PBegin):
        polled = (
            p
            | "Feeds" >> beam.Create(feed_batches(self.feeds))
            | "Poll feeds"
            >> beam.ParDo(t.PollFeed(self.http, self.known)).with_outputs("entries", main="polls")
        )
        polls = polled.polls | "Split poll errors" >> beam.ParDo(t.SplitPollErrors()).with_outputs(
            t.ERRORS_TAG, main="rows"
        )
        return {"polls": polls.rows, "entries": polled.entries, "errors": polls[t.ERRORS_TAG]}


class AtMostNewPages(beam.PTransform):
    """(url, PageTask) of a poll's new entries → at most `n` of them, the newest first.

    A run fetches at most `beam.max_pages_per_pipeline` pages per pipeline; its first one
    polls and fetches together, so the pages of new entries are capped inside it. Those left
    stay pending in feed_entries for the run's next pipeline; counters `new_pages_selected`
    and `new_pages_deferred` tell the launcher whether there is one.
    """

    def __init__(self, n: int) -> None:
        super().__init__()
        self.n = n

    def expand(self, tasks: beam.PCollection) -> beam.PCollection:
        return (
            tasks
            | "Newest" >> beam.CombineGlobally(t.NewestTasks(self.n))
            | "Each" >> beam.ParDo(t.EmitNewest())
        )


class FetchNewPages(beam.PTransform):
    """(url, PageTask) pairs → {'pages': (raw_pages row, task), 'errors': errors}.

    One fetch per URL (the lowest attempt wins), none for URLs in `fetched_before`; pages are
    grouped by host so per-host politeness holds on any runner. A URL names its host, so the
    one grouping by host also gathers every task of a URL: one shuffle, not one per URL and
    another per host (each is a stage of its own, and every task was encoded through both).
    """

    def __init__(self, http: HttpConfig, fetched_before: frozenset[str]) -> None:
        super().__init__()
        self.http = http
        self.fetched_before = fetched_before

    def expand(self, tasks: beam.PCollection):
        fetched = (
            tasks
            | "Not stored yet, by host" >> beam.FlatMap(new_task_by_host, self.fetched_before)
            | "One group per host" >> beam.GroupByKey()
            | "One task per URL" >> beam.MapTuple(lambda host, ts: (host, one_task_per_url(ts)))
            # Fixed-size batches: BatchElements would otherwise start at one host per batch
            # and fetch a slow host's pages with no other host in flight.
            | "Batch hosts"
            >> beam.BatchElements(min_batch_size=FETCH_HOSTS, max_batch_size=FETCH_HOSTS)
            | "Fetch pages"
            >> beam.ParDo(t.FetchPages(self.http)).with_outputs(t.ERRORS_TAG, main="pages")
        )
        return {"pages": fetched.pages, "errors": fetched[t.ERRORS_TAG]}


def clean_and_extract_fn(config: Config, known_event_ids: frozenset[str]) -> t.CleanAndExtract:
    """The DoFn with its pool size and page budget; `config.beam.workers` unset means 1 here
    (the launcher resolves it to every core for the DirectRunner before building)."""
    return t.CleanAndExtract(
        config.entities, known_event_ids, config.beam.workers or 1, config.beam.page_seconds
    )


class CleanAndExtract(beam.PTransform):
    """(raw_pages row, PageTask) → {'articles', 'events', 'errors'}: trafilatura, then the
    extractor (transforms.CleanAndExtract); events whose id is in `known_event_ids` are
    already stored and left out."""

    def __init__(self, config: Config, known_event_ids: frozenset[str]) -> None:
        super().__init__()
        self.config = config
        self.known_event_ids = known_event_ids

    def expand(self, pages: beam.PCollection):
        cleaned = pages | "Clean and extract" >> beam.ParDo(
            clean_and_extract_fn(self.config, self.known_event_ids)
        ).with_outputs("events", t.ERRORS_TAG, main="articles")
        return {
            "articles": cleaned.articles,
            "events": cleaned.events,
            "errors": cleaned[t.ERRORS_TAG],
        }


class WritePages(beam.PTransform):
    """(raw_pages row, task) pairs → {'pages': the same pairs, to clean; 'staged': the
    raw_pages files staged, for the pipeline's one commit step (transforms.CommitStaged)}.
    The rows are staged on their way to cleaning (StagePages), so the largest file of a run
    is written while the last pages are cleaned, not after."""

    def __init__(self, root: str) -> None:
        super().__init__()
        self.root = root

    def expand(self, pages: beam.PCollection):
        label = RAW_PAGES.name
        staged = pages | "Stage files" >> beam.ParDo(
            t.StagePages(self.root, label, MAX_ROWS.get(label, DEFAULT_MAX_ROWS))
        ).with_outputs(t.STAGED_TAG, main="pages")
        return {"pages": staged.pages, "staged": staged[t.STAGED_TAG]}


class StageRows(beam.PTransform):
    """Rows → staged (invisible) files of a table, for a commit step (transforms.CommitStaged)
    that publishes the files of every table of a pipeline at once."""

    def __init__(self, root: str, tbl: Table) -> None:
        super().__init__()
        self.root = root
        self.tbl = tbl

    def expand(self, rows: beam.PCollection) -> beam.PCollection:
        label = self.tbl.name
        return rows | "Stage files" >> beam.ParDo(
            t.WriteRows(self.root, label, MAX_ROWS.get(label, DEFAULT_MAX_ROWS))
        )


class WriteTable(beam.PTransform):
    """Commit rows to a table; `after` are the outputs of writes that must commit first.

    Appends stage files as rows stream in and publish them after the runner has committed
    the bundles (only file names are shuffled), so a retried bundle adds no row twice; the
    `after` writes gate that publishing step. A replace (backfill) groups each day to swap it
    whole. Outputs one dict per file committed (transforms.WrittenFile's fields).
    """

    def __init__(self, root: str, tbl: Table, *after: Any, replace: bool = False) -> None:
        super().__init__()
        self.root = root
        self.tbl = tbl
        self.after = after
        self.replace = replace

    def expand(self, rows: beam.PCollection) -> beam.PCollection:
        label = self.tbl.name
        side = [beam.pvalue.AsList(a) for a in self.after]
        if not self.replace:
            max_rows = MAX_ROWS.get(label, DEFAULT_MAX_ROWS)
            return rows | "Append" >> t.AppendRows(self.root, label, max_rows, *side)
        return (
            rows
            | "Key by day" >> beam.Map(lambda r, c=self.tbl.partition_column: (str(r[c]), r))
            | "Group days" >> beam.GroupByKey()
            | "Replace days" >> beam.ParDo(t.ReplacePartition(self.root, label), *side)
        )
