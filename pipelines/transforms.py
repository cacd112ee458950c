"""Thin Beam DoFns around the core: build clients in setup(), count, route failures to errors.

No `from __future__ import annotations` here: Beam reads the type hints of DoFns.
"""

import datetime as dt
import heapq
import time
from collections import defaultdict, deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from importlib.metadata import version
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import apache_beam as beam
import pyarrow.parquet as pq
from apache_beam.metrics import Metrics
from apache_beam.transforms.window import GlobalWindow
from apache_beam.utils.timestamp import MIN_TIMESTAMP
from apache_beam.utils.windowed_value import WindowedValue

from pipelines import progress
from pipelines.core import metrics as extractor
from pipelines.core.config import HttpConfig
from pipelines.core.feeds import parse_feed
from pipelines.core.fetch import PAGE_TYPES, FetchError, HttpClient
from pipelines.core.records import (
    Row,
    entry_row,
    error_row,
    page_row,
    poll_row,
)
from pipelines.state import FeedSpec, PageTask
from pipelines.storage import Storage, WrittenFile
from pipelines.workers import Outcome, PagePool, job, lease, release
from schemas import RAW_PAGES, table

ERRORS_TAG = "errors"
# Counters of articles the extractor has no vocabulary for, one per language.
UNSUPPORTED_PREFIX = "articles_unsupported_language_"
# A fetch's outcome from a pool thread: the task, its page row or FetchError, (wall, CPU) ms.
Fetched = tuple[PageTask, Any, tuple[int, int]]
NS = "xauto"


def now_utc() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def extractor_version() -> str:
    """The cleaner's and the rules' versions, read without importing either (this process
    only hands pages to the workers, which load them)."""
    return f"trafilatura-{version('trafilatura')}+{extractor.EXTRACTOR_VERSION}"


class PollFeed(beam.DoFn):
    """Feed → one feed_polls row, new feed_entries rows (tag 'entries'), errors."""

    def __init__(self, http: HttpConfig, known_entry_ids: frozenset[str]) -> None:
        self.http = http
        self.known = known_entry_ids
        self.polls = Metrics.counter(NS, "feeds_polled")
        self.failed = Metrics.counter(NS, "feeds_failed")
        self.new = Metrics.counter(NS, "new_entries")

    def setup(self) -> None:
        self.client = HttpClient(self.http.settings())
        self.pool = ThreadPoolExecutor(max_workers=self.http.fetch_threads)

    def teardown(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)

    def process(self, feeds: list[FeedSpec]) -> Iterator[Any]:
        """A batch of feeds, downloaded concurrently: one slow feed does not hold the others."""
        downloads = [(feed, self.pool.submit(self._download, feed)) for feed in feeds]
        for feed, future in downloads:
            polled_at, started, outcome = future.result()
            try:
                # Collected first: a feed that fails half-way gives its error row, not half
                # of its entries.
                outputs = list(self._poll(feed, polled_at, started, outcome))
            except Exception as exc:  # one feed's failure, a bug included, stops no other feed
                outputs = [
                    self._failed(feed, polled_at, started, None, type(exc).__name__, str(exc))
                ]
            yield from outputs

    def _download(self, feed: FeedSpec) -> tuple[dt.datetime, float, Any]:
        polled_at, started = now_utc(), time.monotonic()
        try:
            if "://" in feed.url:
                return polled_at, started, self.client.get(feed.url, feed.etag, feed.last_modified)
            return polled_at, started, Path(feed.url).read_bytes()
        except (FetchError, OSError) as exc:
            return polled_at, started, exc
        except Exception as exc:  # recorded as this feed's error, never raised into the run
            return polled_at, started, FetchError(type(exc).__name__, str(exc))

    def _poll(
        self, feed: FeedSpec, polled_at: dt.datetime, started: float, outcome: Any
    ) -> Iterator[Any]:
        status: int | None = None
        etag, last_modified = feed.etag, feed.last_modified
        if isinstance(outcome, (FetchError, OSError)):
            exc = outcome
            kind = exc.error_type if isinstance(exc, FetchError) else type(exc).__name__
            msg = exc.message if isinstance(exc, FetchError) else str(exc)
            status = exc.status if isinstance(exc, FetchError) else None
            yield self._failed(feed, polled_at, started, status, kind, msg)
            return
        if isinstance(outcome, bytes):
            data, ctype, not_modified = outcome, None, False
        else:
            status, data, ctype = outcome.status, outcome.body, outcome.content_type
            etag = outcome.etag or feed.etag
            last_modified = outcome.last_modified or feed.last_modified
            not_modified = outcome.not_modified
        if not_modified:
            self.polls.inc()
            yield poll_row(
                feed.url,
                polled_at,
                http_status=status,
                not_modified=True,
                bozo=None,  # nothing was parsed
                bozo_message=None,
                entries_seen=0,
                new_entries=0,
                error=None,
                duration_ms=_ms(started),
                etag=etag,
                last_modified=last_modified,
            )
            return
        parsed = parse_feed(data, feed.url, ctype)
        if parsed.error:
            yield self._failed(
                feed,
                polled_at,
                started,
                status,
                "FeedParseError",
                parsed.error,
                bozo=parsed.bozo,
                bozo_message=parsed.bozo_message,
            )
            return
        new = [e for e in parsed.entries if e.entry_id not in self.known]
        for entry in new:
            yield beam.pvalue.TaggedOutput("entries", entry_row(entry, polled_at))
        # A link that cannot be fetched (port 99999, a 64-character label, a broken IPv6
        # literal, a javascript: link) is one error row when its entry is first seen.
        errors = [
            error_row("poll", (e.link or e.entry_id)[:2048], *e.link_error, polled_at)
            for e in new
            if e.link_error
        ] + [
            error_row("poll", p.source, p.error_type, p.message, polled_at)
            for p in parsed.entry_errors
        ]
        self.polls.inc()
        self.new.inc(len(new))
        progress.tick("feeds")
        row = poll_row(
            feed.url,
            polled_at,
            http_status=status,
            not_modified=False,
            bozo=parsed.bozo,
            bozo_message=parsed.bozo_message,
            entries_seen=len(parsed.entries),
            new_entries=len(new),
            error=None,
            duration_ms=_ms(started),
            etag=etag,
            last_modified=last_modified,
        )
        # The entries' errors ride in the poll row, like a feed's own error (SplitPollErrors).
        yield {**row, "_errors": errors} if errors else row

    def _failed(
        self,
        feed: FeedSpec,
        polled_at: dt.datetime,
        started: float,
        status: int | None,
        kind: str,
        message: str,
        bozo: bool | None = None,
        bozo_message: str | None = None,
    ) -> Row:
        """A failed poll. `bozo` is feedparser's verdict when a body was parsed (a malformed
        feed is bozo=true, so `WHERE bozo` finds it), null when none was (download failed)."""
        self.polls.inc()
        self.failed.inc()
        progress.tick("feeds")
        err = error_row("poll", feed.url, kind, message, polled_at)
        # The poll row goes to the main output; the error rides along in the same element so
        # a feed failure is always recorded in both tables or in neither.
        return {
            **poll_row(
                feed.url,
                polled_at,
                http_status=status,
                not_modified=False,
                bozo=bozo,
                bozo_message=bozo_message,
                entries_seen=0,
                new_entries=0,
                error=f"{kind}: {message}",
                duration_ms=_ms(started),
                etag=None,
                last_modified=None,
            ),
            "_error": err,
        }


def task_recency(kv: tuple[str, PageTask]) -> tuple[float, str]:
    """The order in which a capped poll's new pages are fetched: newest entry first (an entry
    with no date last), then by URL, so the choice does not depend on the runner."""
    url, task = kv
    published = task.published_at.timestamp() if task.published_at is not None else float("-inf")
    return published, url


# NewestTasks' accumulator: a heap of ((recency, url), (url, task)), the URLs in it, and how
# many tasks were left out.
_Newest = tuple[list[Any], set[str], int]


class NewestTasks(beam.CombineFn):
    """(url, PageTask) → (the `n` newest pages, how many were left out): a top-n heap, never
    the whole PCollection, so a feed of a million entries holds n tasks at a time. Entries of
    one page (two feeds link one URL) hold one place. The count left out is exact but where a
    page's second entry comes after the first was pushed out (then it is counted twice), so
    it is never below the pages left: the launcher plans again whenever it is not 0."""

    def __init__(self, n: int) -> None:
        self.n = n

    def _keep(self, acc: _Newest, kv: Any) -> int:
        """1 when kv is left out (or pushes another out), else 0."""
        heap, urls, _ = acc
        if kv[0] in urls:
            return 0
        if not self.n:
            return 1
        item = (task_recency(kv), kv)
        if len(heap) < self.n:
            heapq.heappush(heap, item)
            urls.add(kv[0])
            return 0
        if item[0] > heap[0][0]:
            urls.discard(heapq.heapreplace(heap, item)[1][0])
            urls.add(kv[0])
        return 1

    def create_accumulator(self) -> _Newest:
        return [], set(), 0

    def add_input(self, acc: _Newest, kv: Any) -> _Newest:
        return acc[0], acc[1], acc[2] + self._keep(acc, kv)

    def merge_accumulators(self, accs: Iterable[_Newest]) -> _Newest:
        merged: _Newest = ([], set(), 0)
        left = 0
        for heap, _, out in accs:
            left += out
            for _, kv in heap:
                left += self._keep(merged, kv)
        return merged[0], merged[1], left

    def extract_output(self, acc: _Newest) -> tuple[list[Any], int]:
        heap, _, left = acc
        # keys differ: a URL is held once, and it is part of the key
        return [kv for _, kv in sorted(heap, key=lambda item: item[0], reverse=True)], left


class EmitNewest(beam.DoFn):
    """(newest tasks, how many) → each task; counts the pages it lets through and those left
    for the run's next pipeline, and adds the former to the progress line's totals."""

    def __init__(self) -> None:
        self.selected = Metrics.counter(NS, "new_pages_selected")
        self.deferred = Metrics.counter(NS, "new_pages_deferred")

    def process(self, newest: tuple[list[Any], int]) -> Iterator[Any]:
        tasks, left = newest
        # inc(0) too: the launcher tells "none left" from "this runner reports no counters"
        self.selected.inc(len(tasks))
        self.deferred.inc(left)
        progress.add_total("pages", len(tasks))
        progress.add_total("articles", len(tasks))
        yield from tasks


class SplitPollErrors(beam.DoFn):
    def process(self, row: Row) -> Iterator[Any]:
        err = row.pop("_error", None)
        if err is not None:
            yield beam.pvalue.TaggedOutput(ERRORS_TAG, err)
        for entry_error in row.pop("_errors", ()):
            yield beam.pvalue.TaggedOutput(ERRORS_TAG, entry_error)
        yield row


def entry_to_task(row: Row) -> tuple[str, PageTask]:
    url = row["canonical_url"]
    return url, PageTask(url, row["title"], row["published_at"], 1)


class FetchPages(beam.DoFn):
    """A batch of page tasks fetched concurrently across hosts (per-host limits kept)."""

    def __init__(self, http: HttpConfig) -> None:
        self.http = http
        self.fetched = Metrics.counter(NS, "pages_fetched")
        self.failed = Metrics.counter(NS, "pages_failed")
        self.fetch_ms = Metrics.distribution(NS, "fetch_ms")  # in flight, summed over threads
        self.fetch_cpu_ms = Metrics.distribution(NS, "fetch_cpu_ms")

    def setup(self) -> None:
        self.client = HttpClient(self.http.settings())
        self.pool = ThreadPoolExecutor(max_workers=self.http.fetch_threads)

    def teardown(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)

    def _fetch(self, task: PageTask) -> Fetched:
        """In a pool thread: the fetch and the page row, whose body hash releases the GIL, so
        it runs beside the cleaning on the bundle's thread rather than taking turns with it.

        Returns (elapsed ms, this thread's CPU ms) for the caller to record: Beam metrics only
        count on the bundle's own thread (an update from a pool thread is silently dropped).
        """
        started, cpu = time.monotonic(), time.thread_time()
        outcome: Any
        try:
            result = self.client.get(task.url, accept_types=PAGE_TYPES, robots=True)
            outcome = page_row(task.url, result, now_utc())
        except FetchError as exc:
            outcome = exc
        except Exception as exc:  # a bug in one fetch must not lose the batch: record it
            outcome = FetchError(type(exc).__name__, str(exc))
        return task, outcome, (_ms(started), _cpu_ms(cpu))

    def process(self, batch: list[tuple[str, Iterable[PageTask]]]) -> Iterator[Any]:
        # Each element is one host with all its pages (grouped upstream), so the per-host limit
        # holds however many workers run. Hosts are interleaved so one slow host's queue does
        # not hold every thread.
        tasks = sorted((t for _, group in batch for t in group), key=lambda t: t.url)
        for task, outcome, (elapsed_ms, cpu_ms) in self._bounded_map(_round_robin(tasks)):
            self.fetch_ms.update(elapsed_ms)
            self.fetch_cpu_ms.update(cpu_ms)
            progress.tick("pages")
            if isinstance(outcome, FetchError):
                self.failed.inc()
                message = outcome.message
                if outcome.status:
                    message = f"{message} (attempt {task.attempt})"
                yield beam.pvalue.TaggedOutput(
                    ERRORS_TAG,
                    error_row(
                        "fetch", task.url, outcome.error_type, message, now_utc(), task.attempt
                    ),
                )
            else:
                self.fetched.inc()
                yield outcome, task

    def _bounded_map(self, tasks: list[PageTask]) -> Iterator[Fetched]:
        """Like pool.map, but at most 2 x threads fetches ahead of the consumer, so bodies
        never pile up in memory while downstream cleaning (fused into this stage) catches up.
        """
        window = 2 * self.http.fetch_threads
        pending: deque[Future[Fetched]] = deque()
        for task in tasks:
            pending.append(self.pool.submit(self._fetch, task))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def _round_robin(tasks: list[PageTask]) -> list[PageTask]:
    by_host: dict[str, list[PageTask]] = {}
    for t in tasks:
        by_host.setdefault(urlsplit(t.url).netloc, []).append(t)
    queues = list(by_host.values())
    out: list[PageTask] = []
    while queues:
        out.extend(q.pop(0) for q in queues)
        queues = [q for q in queues if q]
    return out


# The raw_pages columns a stored page is cleaned from (workers.job reads no other).
STORED_PAGE_COLUMNS = ("url", "final_url", "page_id", "fetched_at", "content_type", "body")


class ReadStoredPages(beam.DoFn):
    """raw_pages files → (page row, task) for the pages wanted: no fetching.

    Only the columns cleaning reads, and only the rows wanted: a row group's URLs are read
    first, and the bodies of the pages not wanted are never turned into Python objects.
    """

    def __init__(self, root: str, wanted: dict[str, PageTask]) -> None:
        self.root = root
        self.wanted = wanted
        self.read = Metrics.counter(NS, "pages_read_from_store")

    def setup(self) -> None:
        self.storage = Storage(self.root)

    def process(self, path: str) -> Iterator[tuple[Row, PageTask]]:
        partition = dt.date.fromisoformat(path.rsplit("/", 2)[-2].split("=", 1)[1])
        with self.storage.fs.open_input_file(path) as fh:
            parquet = pq.ParquetFile(fh)
            names = set(parquet.schema_arrow.names)
            columns = [c for c in STORED_PAGE_COLUMNS if c in names]
            for group in range(parquet.num_row_groups):
                urls = parquet.read_row_group(group, columns=["url"]).column(0).to_pylist()
                keep = [i for i, url in enumerate(urls) if url in self.wanted]
                if not keep:
                    continue
                rows = parquet.read_row_group(group, columns=columns)
                if len(keep) < len(urls):
                    rows = rows.take(keep)
                for row in rows.to_pylist():
                    row[RAW_PAGES.partition_column] = partition
                    yield row, self.wanted[row["url"]]
                self.read.inc(len(keep))


class CleanAndExtract(beam.DoFn):
    """Page → article row, its metric event rows (tag 'events'), errors (tag 'errors').

    The work runs in a pool of `workers` processes (pipelines/workers.py): every core, and a
    page over `page_seconds` is killed there and becomes a Timeout error row (stage 'clean'
    with no article, or 'extract' with its article kept and no events), never a stuck run.
    Up to `workers` pages are in flight; results come out in the order they finish.
    """

    def __init__(
        self,
        entities_path: str | None,
        known_event_ids: frozenset[str],
        workers: int = 1,
        page_seconds: float = 60.0,
    ) -> None:
        self.entities_path = entities_path
        self.known_events = known_event_ids
        self.workers = workers
        self.page_seconds = page_seconds
        self.articles = Metrics.counter(NS, "articles")
        self.empty = Metrics.counter(NS, "articles_empty")
        self.events = Metrics.counter(NS, "events")
        self.timeouts = Metrics.counter(NS, "pages_over_budget")
        self.clean_ms = Metrics.distribution(NS, "clean_cpu_ms")
        self.extract_ms = Metrics.distribution(NS, "extract_cpu_ms")
        self.pool_wait_ms = Metrics.distribution(NS, "pool_wait_ms")  # workers' start-up
        # workers idle between pages, waiting for this process to hand them the next one
        self.worker_wait_ms = Metrics.distribution(NS, "worker_wait_ms")
        self.pool: PagePool | None = None

    def setup(self) -> None:
        self.version = extractor_version()

    def _leased(self) -> PagePool:
        """The bundle's pool, leased at its first page, not at the bundle's start: a bundle
        with no page (a run with nothing new) then never waits for the workers' warm-up."""
        if self.pool is None:
            started = time.monotonic()
            self.pool = lease(self.workers, self.entities_path, self.version, self.page_seconds)
            self.pool_wait_ms.update(_ms(started))
        return self.pool

    def process(self, element: tuple[Row, PageTask]) -> Iterator[Any]:
        page, task = element
        pool = self._leased()
        work = job(page, task.title, task.published_at)
        while not pool.idle(len(work["body"])):
            yield from self._outputs(pool.collect(None))
        pool.submit(work)
        yield from self._outputs(pool.collect(0))

    def finish_bundle(self) -> Iterator[Any]:
        if self.pool is None:  # no page in this bundle
            return
        while self.pool.busy():
            for out in self._outputs(self.pool.collect(None)):
                if isinstance(out, beam.pvalue.TaggedOutput):
                    yield beam.pvalue.TaggedOutput(out.tag, _windowed(out.value))
                else:
                    yield _windowed(out)
        release(self.pool)
        self.pool = None

    def teardown(self) -> None:
        if self.pool is not None:  # a bundle that failed: its workers hold stale pages
            self.pool.close()
            self.pool = None

    def _outputs(self, done: list[Outcome]) -> Iterator[Any]:
        for out in done:
            self.clean_ms.update(out.clean_cpu_ms)
            self.worker_wait_ms.update(out.wait_ms)
            if out.article is not None:
                self.extract_ms.update(out.extract_cpu_ms)
            if out.killed:
                self.timeouts.inc()
            for stage, kind, message in out.errors:
                yield beam.pvalue.TaggedOutput(
                    ERRORS_TAG, error_row(stage, out.url, kind, message, now_utc())
                )
            if out.article is None:
                continue
            if not out.article["text"]:
                self.empty.inc()
                yield beam.pvalue.TaggedOutput(
                    ERRORS_TAG,
                    error_row("clean", out.url, "EmptyText", "no main text found", now_utc()),
                )
            for row in out.events:
                if row["event_id"] not in self.known_events:
                    self.events.inc()
                    yield beam.pvalue.TaggedOutput("events", row)
            language = out.article["language"]
            if out.article["text"] and not extractor.reads_language(language):
                # no vocabulary for it: no events, and the run's summary says so, per language
                Metrics.counter(NS, f"{UNSUPPORTED_PREFIX}{language or 'unknown'}").inc()
            self.articles.inc()
            progress.tick("articles")
            yield out.article


def _windowed(value: Any) -> WindowedValue:
    """An output of finish_bundle: it has no input element to take a window from."""
    return WindowedValue(value, MIN_TIMESTAMP, [GlobalWindow()])


# Threads that stage one table's partitions at a bundle's end side by side: Parquet encoding
# and compression release the GIL, and at a run's end the cleaning workers have stopped, so a
# core is free. Staging is most of what a 100-page run does after its last page is cleaned.
STAGE_THREADS = 4
# Full chunks a writer stages in the background while its bundle goes on: one more waits for
# the oldest, so at most this many chunks of rows (500 raw pages each) are held besides the
# one filling up.
STAGING_AHEAD = 2
# The tag of StagePages' staged files (its main output is its input, passed on).
STAGED_TAG = "staged"


class WriteRows(beam.DoFn):
    """Rows → staged (temporary, invisible) Parquet files per partition, flushed every
    `max_rows` and at bundle end; emits each staged file for `CommitFiles`.

    No shuffle of rows: they stream straight from the stage that made them, so memory stays
    bounded by max_rows whatever the run's size. A full chunk is staged by a thread while the
    bundle goes on: the raw pages' writer sits between the fetch and the cleaning workers, and
    staging 500 pages on the bundle's thread (about 0.2 s) left the workers without pages.
    Nothing is published here: a runner that retries a failed bundle discards that attempt's
    output, so its staged files are never committed (the launcher sweeps them) and each row
    lands once.
    """

    def __init__(self, root: str, table_name: str, max_rows: int) -> None:
        self.root = root
        self.table_name = table_name
        self.max_rows = max_rows
        self.write_ms = Metrics.distribution(NS, "write_cpu_ms")
        self.pool: ThreadPoolExecutor | None = None  # made when first needed

    def setup(self) -> None:
        self.storage = Storage(self.root)
        self.table = table(self.table_name)

    def teardown(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=False)

    def start_bundle(self) -> None:
        self.buffers: dict[str, list[Row]] = defaultdict(list)
        self.staging: deque[Future[tuple[Row, int]]] = deque()

    def process(self, row: Row) -> Iterator[Row]:
        key = str(row[self.table.partition_column])
        buffer = self.buffers[key]
        buffer.append(row)
        if len(buffer) >= self.max_rows:
            self.buffers[key] = []
            if len(self.staging) >= STAGING_AHEAD:
                yield self._staged(self.staging.popleft())
            self.staging.append(self._threads().submit(self._stage_timed, key, buffer))
        while self.staging and self.staging[0].done():
            yield self._staged(self.staging.popleft())

    def finish_bundle(self) -> Iterator[WindowedValue]:
        yield from (_windowed(staged) for staged in self._stage_all())

    def _threads(self) -> ThreadPoolExecutor:
        if self.pool is None:
            self.pool = ThreadPoolExecutor(STAGE_THREADS, thread_name_prefix="xauto-stage")
        return self.pool

    def _staged(self, future: Future[tuple[Row, int]]) -> Row:
        """A background staging's file; its CPU is recorded here, as Beam metrics count only
        on the bundle's own thread. A failed staging raises here, failing the bundle."""
        staged, cpu_ms = future.result()
        self.write_ms.update(cpu_ms)
        return staged

    def _stage_all(self) -> list[Row]:
        """The chunks staging in the background, then every partition's buffered rows,
        staged: side by side when there are several."""
        done = [self._staged(self.staging.popleft()) for _ in range(len(self.staging))]
        chunks = [(key, rows) for key, rows in self.buffers.items() if rows]
        self.buffers = defaultdict(list)
        if len(chunks) < 2:
            return done + [self._stage(key, rows) for key, rows in chunks]
        futures = [self._threads().submit(self._stage_timed, *chunk) for chunk in chunks]
        return done + [self._staged(f) for f in futures]

    def _stage(self, partition: str, chunk: list[Row]) -> Row:
        staged, cpu_ms = self._stage_timed(partition, chunk)
        self.write_ms.update(cpu_ms)
        return staged

    def _stage_timed(self, partition: str, chunk: list[Row]) -> tuple[Row, int]:
        started = time.thread_time()
        staged = self.storage.stage_part(self.table, partition, chunk)
        return vars(staged), _cpu_ms(started)


class StagePages(WriteRows):
    """(raw_pages row, task) → the same element, passed on to cleaning; the rows are staged as
    WriteRows stages them, the staged files on tag STAGED_TAG.

    Why not a WriteRows beside the cleaning: Beam finishes a fused stage's steps upstream
    first, so a writer downstream of the fetch but beside the cleaning stages its file only
    after the cleaning has drained its last pages. Placed between the two, the raw pages (the
    largest file of a run) are staged while the workers still clean the pages they hold.
    """

    def process(self, element: tuple[Row, Any]) -> Iterator[Any]:  # type: ignore[override]
        for staged in super().process(element[0]):
            yield beam.pvalue.TaggedOutput(STAGED_TAG, staged)
        yield element

    def finish_bundle(self) -> Iterator[Any]:
        for staged in self._stage_all():
            yield beam.pvalue.TaggedOutput(STAGED_TAG, _windowed(staged))


# The order CommitFiles (and a streaming window) publishes tables in: a row becomes visible
# only after the rows it refers to (an article after its page and its events; a poll, whose
# validators skip the next unchanged feed, after everything its entries led to), so a reader
# or a crash between two renames sees a state the next run completes, never a duplicate.
COMMIT_ORDER = ("feed_entries", "raw_pages", "metric_events", "articles", "feed_polls", "errors")


class CommitFiles(beam.DoFn):
    """(key, staged files) → files renamed to their final names, i.e. visible, table by table
    in COMMIT_ORDER.

    Runs after a GroupByKey, so it only sees files of bundles the runner committed. The
    rename is idempotent, so a retry of this step publishes nothing twice. Extra side inputs
    only order this commit after others (see graph.WriteTable).
    """

    def __init__(self, root: str) -> None:
        self.root = root

    def setup(self) -> None:
        self.storage = Storage(self.root)

    def process(self, element: tuple[str, Iterable[Row]], *after: Any) -> Iterator[Row]:
        _, staged = element
        rank = {name: i for i, name in enumerate(COMMIT_ORDER)}
        for row in sorted(
            staged, key=lambda r: (rank.get(r["table"], len(rank)), r["table"], r["path"])
        ):
            written = self.storage.commit_part(WrittenFile(**row))
            Metrics.counter(NS, f"rows_{written.table}").inc(written.rows)
            Metrics.counter(NS, f"files_{written.table}").inc()
            yield vars(written)


class AppendRows(beam.PTransform):
    """Append rows to a table exactly once under bundle retries, as Beam's fileio does:
    stage files in the bundle, publish them in a step after a GroupByKey. Only file names
    are shuffled, never rows (raw pages carry whole HTML bodies).

    `after`: side inputs (commit outputs of other tables) that must be complete before this
    table's files become visible.
    """

    def __init__(self, root: str, table_name: str, max_rows: int, *after: Any) -> None:
        super().__init__()
        self.root = root
        self.table_name = table_name
        self.max_rows = max_rows
        self.after = after

    def expand(self, rows: beam.PCollection) -> beam.PCollection:
        staged = rows | "Stage files" >> beam.ParDo(
            WriteRows(self.root, self.table_name, self.max_rows)
        )
        return staged | CommitStaged(self.root, *self.after)


# CommitStaged's one key: every staged file of a pipeline meets in one element, committed in
# one call, in COMMIT_ORDER. Only file names travel (a few per bundle), never rows.
STAGED_KEY = "staged"


class CommitStaged(beam.PTransform):
    """Staged files (WriteRows, StagePages), of one table or of several → committed once the
    runner has committed the bundles that staged them (the GroupByKey), in COMMIT_ORDER;
    `after` as in AppendRows.

    A pipeline commits all its tables in this one step: each commit step is a stage of its
    own, with its start-up cost, and one step also orders the tables without side inputs.
    """

    def __init__(self, root: str, *after: Any) -> None:
        super().__init__()
        self.root = root
        self.after = after

    def expand(self, staged: beam.PCollection) -> beam.PCollection:
        return (
            staged
            | "Key" >> beam.Map(lambda staged: (STAGED_KEY, staged))
            | "Wait for bundles" >> beam.GroupByKey()
            | "Commit files" >> beam.ParDo(CommitFiles(self.root), *self.after)
        )


class ReplacePartition(beam.DoFn):
    """(partition, rows) → the partition's files swapped for one new file (backfills)."""

    def __init__(self, root: str, table_name: str) -> None:
        self.root = root
        self.table_name = table_name
        self.rows = Metrics.counter(NS, f"rows_{table_name}")
        self.files = Metrics.counter(NS, f"files_{table_name}")
        self.write_ms = Metrics.distribution(NS, "write_cpu_ms")

    def setup(self) -> None:
        self.storage = Storage(self.root)
        self.table = table(self.table_name)

    def process(self, element: tuple[str, Iterable[Row]], *after: Any) -> Iterator[Row]:
        partition, rows = element
        # Rows holding only the partition column are markers for days that must be emptied.
        every = [r for r in rows if len(r) > 1]
        started = time.thread_time()
        written = self.storage.replace_partition(self.table, partition, every)
        self.write_ms.update(_cpu_ms(started))
        self.rows.inc(len(every))
        if written:
            self.files.inc()
            yield vars(written)


def _ms(started: float) -> int:
    return int((time.monotonic() - started) * 1000)


def _cpu_ms(started: float) -> int:
    """CPU ms of the calling thread since `started` (time.thread_time): a stage's own work,
    not the time it waited for the GIL or the network."""
    return int((time.thread_time() - started) * 1000)
