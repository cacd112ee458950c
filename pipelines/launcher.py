"""Runs the pipelines: plan from the tables, build, run, summarise from Beam's counters."""

import dataclasses
import datetime as dt
import logging
import re
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

import apache_beam as beam
import pyarrow.compute as pc
from apache_beam.metrics.metric import MetricsFilter

from pipelines import pipeline as wiring
from pipelines import progress, workers
from pipelines.core.config import Config
from pipelines.facts_pipeline import build_facts_job
from pipelines.locks import writer_lock
from pipelines.options import new_pipeline, runner_name, sdk_workers
from pipelines.state import PageTask, RunPlan, plan_poll, plan_run
from pipelines.storage import ForeignFileError, Storage, StorageError
from schemas import ARTICLES, FACTS, METRIC_EVENTS, RAW_PAGES

TABLE_NAMES = (
    "feed_polls",
    "feed_entries",
    "raw_pages",
    "articles",
    "metric_events",
    "errors",
    "facts",  # rebuilt whole, so its count is the table's size, not what is new
)


@dataclass
class RunSummary:
    kind: str
    runner: str
    storage: str
    seconds: float = 0.0  # the Beam run
    total_seconds: float = 0.0  # planning (reading the tables) + the Beam run
    # CPU seconds of this process (every thread: Beam, fetch, writes) over total_seconds; the
    # cleaning workers' CPU is not in it. With 2 cores, this is what competes with them.
    process_cpu_seconds: float = 0.0
    counters: dict[str, int] = field(default_factory=dict)
    pending_before: int = 0
    parked: int = 0
    workers: int = 1  # cleaning processes
    # Wall seconds by phase (lock, sweep, plan, build, poll_pipeline, pipelines,
    # facts_pipeline): where a run's fixed cost goes. `pipelines`: the Beam runs that fetch
    # and clean (a run's first one also polls, its last one also rebuilds the facts);
    # `poll_pipeline`: a poll on its own (`xauto poll`); `facts_pipeline`: the facts rebuilt
    # on their own (`xauto facts`, a stream's end, a run whose last round found no page to
    # fetch).
    phases: dict[str, float] = field(default_factory=dict)

    @contextmanager
    def timed(self, phase: str) -> Iterator[None]:
        started = time.monotonic()
        try:
            yield
        finally:
            self.phases[phase] = self.phases.get(phase, 0.0) + time.monotonic() - started

    def count(self, name: str) -> int:
        return int(self.counters.get(name, 0))

    @property
    def rows(self) -> dict[str, int]:
        return {t: self.count(f"rows_{t}") for t in TABLE_NAMES}

    @property
    def nothing_new(self) -> bool:
        return not any(self.count(f"rows_{t}") for t in TABLE_NAMES[1:5])

    def as_dict(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "runner": self.runner,
            "storage": self.storage,
            "seconds": round(self.seconds, 2),
            "total_seconds": round(self.total_seconds, 2),
            "process_cpu_seconds": round(self.process_cpu_seconds, 2),
            "rows": self.rows,
            "counters": dict(sorted(self.counters.items())),
            "parked": self.parked,
            "workers": self.workers,
            "phases": {k: round(v, 3) for k, v in self.phases.items()},
            "nothing_new": self.nothing_new,
        }


# How a StorageError raised in a worker comes back from the runner: the exception itself (the
# in-process runner), or inside the text of the runner's own exception (a worker's traceback),
# e.g. "...StorageError: cannot write ...". Beam appends the step: " [while running 'X']".
_WORKER_STORAGE_ERROR = re.compile(
    r"\b(StorageError|ForeignFileError): (cannot [^\n]*|\S+ (?:is|has) [^\n]*)$", re.MULTILINE
)
_STEP = re.compile(r" \[while running '[^\n]*'\]$")
# Loggers through which Beam's in-process workers report a failed bundle, traceback and all.
_BEAM_ERROR_LOGGERS = ("apache_beam.runners.common", "apache_beam.runners.worker.sdk_worker")


def storage_error_from(exc: BaseException) -> StorageError | None:
    """The StorageError behind a failed pipeline run, as one line, if that is what failed."""
    seen: BaseException | None = exc
    kind: type[StorageError] = StorageError
    message = ""
    while seen is not None:
        if isinstance(seen, StorageError):
            kind, message = type(seen), str(seen)
            break
        seen = seen.__cause__ or seen.__context__
    if not message:
        found = _WORKER_STORAGE_ERROR.findall(str(exc))
        if not found:
            return None
        name, message = found[-1]
        kind = ForeignFileError if name == "ForeignFileError" else StorageError
    return kind(_STEP.sub("", message.strip()))


def _storage_error_record(record: logging.LogRecord) -> bool:
    """False for Beam's log of a bundle that failed on storage: the run ends with that error
    as one line (its traceback stays on the raised exception), so the log adds only noise."""
    exc = record.exc_info[1] if record.exc_info else None
    return not (
        (exc is not None and storage_error_from(exc) is not None)
        or "StorageError: " in record.getMessage()
        or "ForeignFileError: " in record.getMessage()
    )


def _run(p: beam.Pipeline, summary: RunSummary, phase: str = "pipelines") -> RunSummary:
    started = time.monotonic()
    loggers = [logging.getLogger(name) for name in _BEAM_ERROR_LOGGERS]
    for logger in loggers:
        logger.addFilter(_storage_error_record)
    try:
        with summary.timed(phase):
            result = p.run()
            result.wait_until_finish()
    except Exception as exc:
        error = storage_error_from(exc)
        if error is None:
            raise
        raise error from exc
    finally:
        for logger in loggers:
            logger.removeFilter(_storage_error_record)
    summary.seconds += time.monotonic() - started
    _metrics(result, summary)
    return summary


def _metrics(result: beam.runners.runner.PipelineResult, summary: RunSummary) -> None:
    """Add a finished pipeline's counters and distributions to the summary."""
    try:
        query = result.metrics().query(MetricsFilter().with_namespace("xauto"))
    except NotImplementedError:  # some runners report no metrics to the launcher
        return
    for counter in query["counters"]:
        value = counter.committed if counter.committed is not None else counter.attempted
        name = counter.key.metric.name
        summary.counters[name] = summary.counters.get(name, 0) + int(value or 0)
    for dist in query["distributions"]:
        value = dist.committed if dist.committed is not None else dist.attempted
        if value is not None:
            key = f"{dist.key.metric.name}_total"  # summed over the run's pipelines
            summary.counters[key] = summary.counters.get(key, 0) + int(value.sum)


def with_workers(config: Config, runner: str | None, beam_args: Sequence[str]) -> Config:
    """The config with `beam.workers` resolved: as set, else every core shared among the SDK
    workers this process runs (one, unless --direct_running_mode asks for more). Another
    runner runs one SDK worker per core already, so each gets one cleaning process."""
    if config.beam.workers:
        return config
    if runner_name(runner, config) == "DirectRunner":
        n = max(1, workers.default_workers() // sdk_workers(config, runner, beam_args))
    else:
        n = 1
    return config.model_copy(update={"beam": config.beam.model_copy(update={"workers": n})})


def _prestart(config: Config) -> None:
    """Fork the cleaning workers while the run plans and polls (they take ~1 s to start)."""
    from pipelines.transforms import extractor_version

    n = config.beam.workers or 1
    workers.prestart(n, config.entities, extractor_version(), config.beam.page_seconds)


def run_ingest(
    config: Config,
    runner: str | None = None,
    beam_args: Sequence[str] = (),
    fetch: bool = True,
    lock_timeout: float = 3600.0,
) -> RunSummary:
    """Poll the feeds and ingest what is new (fetch=False: poll and record entries only).

    Waits up to `lock_timeout` s for another writer of the storage root (LockTimeout after).
    """
    started, cpu = time.monotonic(), time.process_time()
    config = with_workers(config, runner, beam_args)
    root = config.storage
    storage = Storage(root)
    summary = RunSummary("run" if fetch else "poll", runner_name(runner, config), root)
    summary.workers = config.beam.workers or 1
    with _locked(root, lock_timeout, summary), _workers_for_the_run(config, fetch, runner):
        with summary.timed("sweep"):
            summary.counters["stale_temp_files_removed"] = storage.sweep_temporary()
        limit = config.beam.max_pages_per_pipeline
        facts_done = False
        if fetch and limit:
            facts_done = _ingest_in_chunks(config, storage, runner, beam_args, summary, limit)
        else:
            with summary.timed("plan"):
                plan = plan_run(config, storage) if fetch else plan_poll(config, storage)
            summary.pending_before = len(plan.pending_pages)
            summary.parked = plan.parked
            facts = _facts_due(storage, summary) if fetch else None
            _pipeline(plan, config, root, runner, beam_args, summary, fetch, facts)
            facts_done = fetch
        # Files staged by bundle attempts the runner retried were never committed: drop them.
        summary.counters["stale_temp_files_removed"] += storage.sweep_temporary()
        if fetch and not facts_done and _facts_due(storage, summary):
            _rebuild_facts(config, storage, runner, beam_args, summary)
    summary.total_seconds = time.monotonic() - started
    summary.process_cpu_seconds = time.process_time() - cpu
    return summary


@contextmanager
def _locked(root: str, timeout: float, summary: RunSummary) -> Iterator[None]:
    started = time.monotonic()
    with writer_lock(root, timeout=timeout):
        summary.phases["lock"] = time.monotonic() - started
        yield


@contextmanager
def _workers_for_the_run(config: Config, cleans: bool, runner: str | None) -> Iterator[None]:
    """Start the cleaning workers early when the run may clean pages (on the DirectRunner,
    where they live in this process); stop them when the run ends."""
    local = runner_name(runner, config) == "DirectRunner"
    if cleans and local:
        _prestart(config)
    try:
        yield
    finally:
        workers.shutdown()


def _set_totals(plan: RunPlan) -> None:
    """What the run will do, known once the poll is in (chunked runs poll first): the
    progress line's totals and time left."""
    progress.set_total("pages", len(plan.pending_pages))
    progress.set_total("articles", len(plan.pending_pages) + len(plan.unprocessed_pages))


def _facts_due(storage: Storage, summary: RunSummary) -> bool:
    """Whether the facts must be rebuilt whatever the next pipeline commits: an earlier
    pipeline of this run added events, or there is no facts file yet."""
    return bool(summary.count("rows_metric_events")) or not storage.part_files(FACTS)


def _pipeline(
    plan: RunPlan,
    config: Config,
    root: str,
    runner: str | None,
    beam_args: Sequence[str],
    summary: RunSummary,
    fetch: bool,
    facts: bool | None = None,
) -> None:
    """One ingest pipeline; `facts` not None: it ends with the facts rebuild (build_ingest)."""
    with summary.timed("build"):
        p = new_pipeline(config, runner, beam_args)
        wiring.build_ingest(p, plan, config, root, fetch=fetch, facts=facts)
    _run(p, summary, "pipelines" if fetch else "poll_pipeline")


def _ingest_in_chunks(
    config: Config,
    storage: Storage,
    runner: str | None,
    beam_args: Sequence[str],
    summary: RunSummary,
    limit: int,
) -> bool:
    """Fetch and process at most `limit` pages per pipeline until none is due; the first
    pipeline also polls the feeds.

    Polling in the first pipeline rather than in one of its own saves a pipeline's start,
    a build and a plan (about 0.1 s, a twentieth of a 100-page run); the pages of the poll's
    new entries are capped inside it (graph.AtMostNewPages, newest first) so that it still
    holds at most `limit` pages. Each later round re-plans from the tables, so a crash between
    rounds loses nothing. A page is tried once per run: the plans judge retries as of the
    run's start (a page that failed during the run is not yet due) and skip pages an earlier
    round took, so the loop ends. True when the last pipeline also rebuilt the facts (as
    needed), so the caller need not.
    """
    started = dt.datetime.now(dt.UTC)
    tried: set[str] = set()
    first = True
    while True:
        with summary.timed("plan"):
            plan = plan_run(config, storage, now=started)
        if first:
            _set_totals(plan)
            summary.parked = plan.parked
        untried = tuple(t for t in plan.pending_pages if t.url not in tried)
        untried_stored = [(u, t) for u, t in plan.unprocessed_pages.items() if u not in tried]
        todo, stored = untried[:limit], dict(untried_stored[:limit])
        if not first and not todo and not stored:
            return False
        # When this chunk takes every page due, the next plan could only find pages tried in
        # this run, so it is skipped (reading the tables again cost 0.1 to 0.3 s a run),
        # unless the first chunk's poll left new pages for the next one.
        last = len(untried) <= limit and len(untried_stored) <= limit
        tried.update(t.url for t in todo)
        tried.update(stored)
        chunk = dataclasses.replace(
            plan,
            feeds=plan.feeds if first else (),
            pending_pages=todo,
            unprocessed_pages=stored,
            raw_page_files=plan.raw_page_files if stored else (),
            new_pages_cap=limit - len(todo) if first else None,
        )
        facts = _facts_due(storage, summary) if last else None
        _pipeline(chunk, config, storage.root, runner, beam_args, summary, True, facts)
        if first:
            summary.pending_before = len(plan.pending_pages) + summary.count("new_pages_selected")
            summary.pending_before += summary.count("new_pages_deferred")
            # a runner that reports no counters: there may be new pages left, plan again
            left = (
                summary.count("new_pages_deferred") or "new_pages_selected" not in summary.counters
            )
            last = last and not (chunk.feeds and left)
            first = False
        if last:
            return True


def run_backfill(
    config: Config,
    start: dt.date,
    end: dt.date,
    runner: str | None = None,
    beam_args: Sequence[str] = (),
) -> RunSummary:
    """Re-clean and re-extract stored pages of articles published in [start, end]; no fetch."""
    started, cpu = time.monotonic(), time.process_time()
    config = with_workers(config, runner, beam_args)
    root = config.storage
    storage = Storage(root)
    summary = RunSummary("backfill", runner_name(runner, config), root)
    summary.workers = config.beam.workers or 1
    with _locked(root, 3600.0, summary), _workers_for_the_run(config, True, runner):
        summary.counters["stale_temp_files_removed"] = storage.sweep_temporary()
        articles = storage.read(
            ARTICLES,
            ["canonical_url", "title", "published_at", "published_date"],
            filter=(pc.field("published_date") >= start) & (pc.field("published_date") <= end),
        )
        pages = {
            r["canonical_url"]: PageTask(r["canonical_url"], r["title"], r["published_at"])
            for r in articles.to_pylist()
        }
        days = sorted({r["published_date"] for r in articles.to_pylist()})
        p = new_pipeline(config, runner, beam_args)
        # ends with the facts rebuilt from the new events
        wiring.build_backfill(p, pages, storage.part_files(RAW_PAGES), days, config, root)
        _run(p, summary)
        summary.counters["stale_temp_files_removed"] += storage.sweep_temporary()
    summary.total_seconds = time.monotonic() - started
    summary.process_cpu_seconds = time.process_time() - cpu
    return summary


def _rebuild_facts(
    config: Config,
    storage: Storage,
    runner: str | None,
    beam_args: Sequence[str],
    summary: RunSummary,
) -> None:
    """The facts job over all of metric_events; the caller holds the writer lock."""
    with summary.timed("build"):
        p = new_pipeline(config, runner, beam_args)
        build_facts_job(p, storage.root)
    _run(p, summary, "facts_pipeline")


def run_facts(
    config: Config, runner: str | None = None, beam_args: Sequence[str] = ()
) -> RunSummary:
    """Rebuild the facts table from metric_events (`xauto facts`; runs end with it too)."""
    started, cpu = time.monotonic(), time.process_time()
    storage = Storage(config.storage)
    summary = RunSummary("facts", runner_name(runner, config), config.storage)
    with writer_lock(config.storage):
        summary.counters["stale_temp_files_removed"] = storage.sweep_temporary()
        _rebuild_facts(config, storage, runner, beam_args, summary)
    summary.total_seconds = time.monotonic() - started
    summary.process_cpu_seconds = time.process_time() - cpu
    return summary


def run_stream(
    config: Config,
    poll_seconds: float = 60.0,
    window_seconds: float = 60.0,
    until: dt.datetime | None = None,
    runner: str | None = None,
    beam_args: Sequence[str] = (),
    lock_timeout: float = 60.0,
) -> RunSummary:
    """`xauto stream`: one unbounded pipeline (pipelines/stream.py) until stopped or `until`.

    Holds the writer lock for as long as it runs: batch runs, backfills and compactions of
    the same root wait for it (or time out naming it). Seeds its state from the tables, as
    plan_run does, so a stream killed at any point restarts with nothing lost or doubled.
    stream.request_stop() (SIGINT, SIGTERM) drains: the ticks end, the last windows commit.
    """
    from pipelines import stream

    started = time.monotonic()
    config = with_workers(config, runner, beam_args)
    root = config.storage
    storage = Storage(root)
    summary = RunSummary("stream", runner_name(runner, config), root)
    summary.workers = config.beam.workers or 1
    local = runner_name(runner, config) == "DirectRunner"
    with _locked(root, lock_timeout, summary), _workers_for_the_run(config, True, runner):
        summary.counters["stale_temp_files_removed"] = storage.sweep_temporary()
        with summary.timed("plan"):
            plan = plan_run(config, storage)
        summary.pending_before = len(plan.pending_pages)
        summary.parked = plan.parked
        if plan.pending_pages or plan.unprocessed_pages:
            # What a batch run or a killed stream left (entries with no page, pages with no
            # article): done first, by the batch path, then the stream plans afresh.
            catch_up = dataclasses.replace(plan, feeds=())
            _pipeline(catch_up, config, root, runner, beam_args, summary, fetch=True)
            with summary.timed("plan"):
                plan = plan_run(config, storage)
        with summary.timed("plan"):
            events = storage.read(METRIC_EVENTS, ["event_id"])["event_id"].to_pylist()
        with summary.timed("build"):
            p = new_pipeline(config, runner, [*beam_args, "--streaming"])
            stream.build_stream(
                p,
                config,
                root,
                plan.feeds,
                plan.known_entry_ids,
                plan.fetched_urls,
                frozenset(events),
                poll_seconds=poll_seconds,
                window_seconds=window_seconds,
                until=until,
                wait_here=local,
            )
        try:
            _run(p, summary, "stream")
        finally:
            stream.STOP.clear()  # a later stream in this process starts afresh
        summary.counters["stale_temp_files_removed"] += storage.sweep_temporary()
        if summary.count("rows_metric_events") or not storage.part_files(FACTS):
            _rebuild_facts(config, storage, runner, beam_args, summary)
    summary.total_seconds = time.monotonic() - started
    return summary
