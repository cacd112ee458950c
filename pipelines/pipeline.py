"""Wiring only: which parts (graph.py) feed which, and which tables commit together.

An ingest pipeline commits every table in one step, in transforms.COMMIT_ORDER. The order
keeps the tables a valid state after a crash at any point (see state.py):
metric_events before articles (an article marks its page processed), raw_pages before
articles, feed_entries before feed_polls (a poll row holds the validators of the next
conditional GET, so it must not commit before the entries it vouches for).
"""

import functools
import pickle
import zlib
from collections.abc import Iterable
from typing import Any

import apache_beam as beam

from pipelines import transforms as t
from pipelines.core.config import Config
from pipelines.facts_pipeline import build_facts_job
from pipelines.graph import (
    AtMostNewPages,
    CleanAndExtract,
    FetchNewPages,
    PollFeeds,
    StageRows,
    WritePages,
    WriteTable,
    page_task_of_entry,
)
from pipelines.state import PageTask, RunPlan
from schemas import ARTICLES, ERRORS, FEED_ENTRIES, FEED_POLLS, METRIC_EVENTS, RAW_PAGES, Table


class CompactSet(frozenset[str]):
    """A set of the store's history (URLs fetched, entry and event ids known) that pickles as
    one zlib blob of its sorted strings, made once per set.

    Beam pickles every DoFn with what it holds and compresses it with bz2 at level 9, several
    times per pipeline (a check at construction, the pipeline proto, a round trip through it,
    the runner's own proto, the worker), and unpickles it as often: with 50,000 fetched URLs,
    entry ids and event ids (about a year of a few feeds), building and running one ingest
    pipeline took 2.7 to 3.4 s of CPU against 0.3 s with none (`python -m
    bench.history_start`), in each of a run's pipelines. A blob already compressed costs bz2
    little (sorted, URLs share their prefixes: 190 KB for 50,000), and unpickling the same
    blob again gives back the same set. Membership is the frozenset's."""

    def __reduce__(self) -> tuple[Any, tuple[bytes]]:
        blob = self.__dict__.get("blob")
        if blob is None:
            blob = self.__dict__["blob"] = zlib.compress(pickle.dumps(sorted(self), protocol=5))
        return _unpack_set, (blob,)


# A pipeline holds three such sets, each unpickled several times; a long-lived process
# (Dagster, a stream) keeps at most this many of the latest.
@functools.lru_cache(maxsize=4)
def _unpack_set(blob: bytes) -> CompactSet:
    values = CompactSet(pickle.loads(zlib.decompress(blob)))
    values.__dict__["blob"] = blob
    return values


def compact(values: Iterable[str]) -> CompactSet:
    """The set to hand to a pipeline's steps (see CompactSet)."""
    return values if isinstance(values, CompactSet) else CompactSet(values)


def _not_fetched(task: Any, fetched: Any) -> bool:
    """A (url, PageTask) whose URL is not among `fetched` (a CompactSet; untyped, see above)."""
    return task[0] not in fetched


def write(
    rows: beam.PCollection, root: str, tbl: Table, *after: Any, replace: bool = False
) -> beam.PCollection:
    """Commit rows to a table (graph.WriteTable); `after` are writes that must commit first."""
    return rows | f"Write {tbl.name}" >> WriteTable(root, tbl, *after, replace=replace)


def build_ingest(
    p: beam.Pipeline,
    plan: RunPlan,
    config: Config,
    root: str,
    fetch: bool = True,
    facts: bool | None = None,
) -> None:
    """poll → new entries → fetch → clean + extract → six tables. fetch=False: poll only.

    Only branches with input are built: a fetch round has no feeds, a fresh run no stored
    pages. Each transform costs the runner start-up time even when it sees no element.
    Every table's files are staged where their rows are made and published by one commit
    step at the pipeline's end (transforms.CommitStaged), in an order that never shows a row
    before those it refers to. `facts` (the last pipeline of a run): also rebuild the facts
    table once metric_events is committed, if this pipeline committed events or `facts` is
    true (see facts_pipeline).
    """
    errors: list[beam.PCollection] = []
    tasks: list[beam.PCollection] = []
    staged: list[beam.PCollection] = []

    def stage(rows: beam.PCollection, tbl: Table) -> None:
        staged.append(rows | f"Write {tbl.name}" >> StageRows(root, tbl))

    if plan.feeds:
        known_entries = compact(plan.known_entry_ids)
        polled = p | "Poll" >> PollFeeds(config.http, plan.feeds, known_entries)
        errors.append(polled["errors"])
        stage(polled["entries"], FEED_ENTRIES)
        stage(polled["polls"], FEED_POLLS)
        if fetch:
            new_tasks = (
                polled["entries"]
                | "New page tasks" >> beam.FlatMap(page_task_of_entry)
                # here, not in FetchNewPages: a side argument is checked against the
                # function's hints, and to Beam a CompactSet is not new_task_by_host's
                # `frozenset[str]`
                | "Not fetched before" >> beam.Filter(_not_fetched, compact(plan.fetched_urls))
            )
            if plan.new_pages_cap is not None:
                new_tasks = new_tasks | "At most" >> AtMostNewPages(plan.new_pages_cap)
            tasks.append(new_tasks)
    if not fetch:
        if errors:
            stage(errors[0], ERRORS)
        _commit(staged, root)
        return

    if plan.pending_pages:
        # No reshuffle inside Create: the fetch groups the tasks by URL and by host right
        # after, and the reshuffle is a stage of its own (about 30 ms a pipeline here).
        pending = [(task.url, task) for task in plan.pending_pages]
        tasks.append(p | "Pending pages" >> beam.Create(pending, reshuffle=False))
    to_clean: list[beam.PCollection] = []
    if tasks:
        fetched = (
            tasks
            | "All page tasks" >> beam.Flatten()
            # new entries' URLs are filtered above; pending pages by plan_run, on the same set
            | "Fetch" >> FetchNewPages(config.http, frozenset())
        )
        errors.append(fetched["errors"])
        stored = fetched["pages"] | f"Write {RAW_PAGES.name}" >> WritePages(root)
        to_clean.append(stored["pages"])
        staged.append(stored["staged"])
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
            | "Clean" >> CleanAndExtract(config, compact(plan.known_event_ids))
        )
        errors.append(cleaned["errors"])
        stage(cleaned["events"], METRIC_EVENTS)
        stage(cleaned["articles"], ARTICLES)
    if errors:
        stage(errors | "All errors" >> beam.Flatten(), ERRORS)
    committed = _commit(staged, root)
    if to_clean and facts is not None and committed is not None:
        build_facts_job(p, root, committed, always=facts)
    elif facts:
        build_facts_job(p, root)


def _commit(staged: list[beam.PCollection], root: str) -> beam.PCollection | None:
    """The pipeline's one commit step over every table's staged files."""
    if not staged:
        return None
    return staged | "All staged files" >> beam.Flatten() | "Commit" >> t.CommitStaged(root)


def build_backfill(
    p: beam.Pipeline,
    pages: dict[str, PageTask],
    raw_page_files: list[str],
    partitions: list[Any],
    config: Config,
    root: str,
) -> None:
    """Stored pages → clean + extract → replace whole articles / metric_events partitions,
    then the facts rebuilt from the new events.

    `partitions` are the days being replaced: each is rewritten even when it ends up empty.
    """
    cleaned = (
        p
        | "Stored page files" >> beam.Create(raw_page_files)
        | "Read stored pages" >> beam.ParDo(t.ReadStoredPages(root, pages))
        | "Clean" >> CleanAndExtract(config, frozenset())
    )
    days = p | "Days" >> beam.Create(partitions)

    def with_empty_days(rows: beam.PCollection, tbl: Table) -> beam.PCollection:
        # An empty marker per day makes every requested partition a group, so a day whose
        # articles all moved away is still replaced (by nothing) rather than left stale.
        markers = days | f"Days {tbl.name}" >> beam.Map(lambda d, c=tbl.partition_column: {c: d})
        return (rows, markers) | f"With days {tbl.name}" >> beam.Flatten()

    events = with_empty_days(cleaned["events"], METRIC_EVENTS)
    articles = with_empty_days(cleaned["articles"], ARTICLES)
    written_events = write(events, root, METRIC_EVENTS, replace=True)
    write(articles, root, ARTICLES, written_events, replace=True)
    write(cleaned["errors"], root, ERRORS)
    # The events changed: facts are rebuilt from them in the same pipeline, once committed.
    build_facts_job(p, root, written_events)
