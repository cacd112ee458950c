"""`xauto stream`: the ingest as one unbounded Beam pipeline, committing per window.

    PollTicks (PeriodicImpulse) ─► PollFeedsEvery (state per feed: validators, entries listed)
      ─► OncePerUrl (keyed state, TTL timer) ─► FetchItems ─► CleanItems ─► CommitWindows
      (per FixedWindow: the six tables, in the batch's commit order) ─► one line on stderr

The steps run the batch's DoFns (transforms.PollFeed, FetchPages, CleanAndExtract); what
differs is where the run's memory lives: in Beam state keyed by feed and by URL instead of a
plan read before each run. The state is seeded from the tables when the stream starts (as
state.plan_run does for a batch), so a stream killed at any point restarts without losing or
doubling a row.

The graph is one chain of single-input steps carrying items (kind, payload), each step passing
on the kinds it does not work on, rather than the batch's branches and Flattens: the local
FnApiRunner runs a step with two inputs only once both are complete, which an unbounded input
never is (README, Streaming, says what else differs on it and why).

No `from __future__ import annotations` here: Beam reads the hints of the DoFns.
"""

import datetime as dt
import hashlib
import logging
import sys
import threading
import time
from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import Any
from urllib.parse import urlsplit

import apache_beam as beam
from apache_beam.coders import PickleCoder
from apache_beam.io.watermark_estimators import ManualWatermarkEstimator
from apache_beam.metrics import Metrics
from apache_beam.transforms import userstate, window
from apache_beam.transforms.periodicsequence import (
    ImpulseSeqGenDoFn,
    ImpulseSeqGenRestrictionProvider,
    PeriodicImpulse,
)
from apache_beam.utils.timestamp import MAX_TIMESTAMP, Duration, Timestamp
from apache_beam.utils.windowed_value import WindowedValue

from pipelines import transforms as t
from pipelines.core.config import Config, HttpConfig
from pipelines.graph import clean_and_extract_fn, page_task_of_entry
from pipelines.state import FeedSpec
from pipelines.storage import TMP_PREFIX, Storage, WrittenFile
from schemas import table

log = logging.getLogger("xauto.stream")

# Set by SIGINT/SIGTERM (launcher): the ticks end, Beam drains what is in flight and commits
# the last windows, the pipeline finishes. Module level, so the in-process runner's copy of
# the DoFn sees the launcher's event.
STOP = threading.Event()
# Tables in the order a window commits them: the batch's order (transforms.py, state.py), so
# a crash between two tables leaves what the next start plans to redo, never a duplicate.
COMMIT_ORDER = t.COMMIT_ORDER
# How long an entry or URL stays in the dedupe state after it was last listed. A feed lists
# an entry for days, then drops it; an entry listed again after this long is new again, but
# entries known when the stream started are excluded by the seed (read from the tables).
DEFAULT_TTL_SECONDS = 7 * 24 * 3600
# The local source wakes this long after a window's end: its commit runs then (not at the next
# poll), and the rows that arrived just before the end are in.
WAKE_SLACK = 0.2


def request_stop() -> None:
    STOP.set()


class _Ticks(ImpulseSeqGenDoFn):
    """PeriodicImpulse's generator, which also ends on STOP (a drain) and, on the local
    runner, waits for the next tick inside process().

    Why the wait: the FnApiRunner re-runs a deferred restriction at once, ignoring the resume
    time, so PeriodicImpulse's own defer would spin a core between ticks. On Dataflow or Flink
    (`wait_here=False`) it defers as PeriodicImpulse does, and a drain truncates it.
    Ticks that fall behind (a slow poll) are skipped, not polled back to back.
    """

    def __init__(self, wait_here: bool, wake_every: float = 0.0) -> None:
        super().__init__(None)
        self.wait_here = wait_here
        self.wake_every = wake_every

    @beam.DoFn.unbounded_per_element()
    def process(
        self,
        element: Any,
        restriction_tracker: Any = beam.DoFn.RestrictionParam(ImpulseSeqGenRestrictionProvider()),  # noqa: B008
        watermark_estimator: Any = beam.DoFn.WatermarkEstimatorParam(  # noqa: B008
            ManualWatermarkEstimator.default_provider()  # noqa: B008
        ),
    ) -> Iterator[Any]:
        start, _, interval = element
        start = start.micros / 1e6 if isinstance(start, Timestamp) else float(start)
        restriction = restriction_tracker.current_restriction()
        index = restriction.start
        if index >= restriction.stop:  # no tick left (or none: --until already past)
            return
        at = start + interval * index
        if self.wait_here:
            wake = at
            if self.wake_every:  # also at each window's end, for its commit (CommitWindow)
                now = time.time()
                wake = min(at, (now // self.wake_every + 1) * self.wake_every + WAKE_SLACK)
            while wake > time.time() and not STOP.is_set():
                STOP.wait(min(0.5, max(0.0, wake - time.time())))
            if not STOP.is_set() and at > time.time():
                restriction_tracker.defer_remainder()  # the runner fires due timers, resumes
                return
        if STOP.is_set():
            if restriction.stop > index:
                restriction_tracker.try_claim(restriction.stop - 1)  # ends the restriction
            return
        if at > time.time():
            restriction_tracker.defer_remainder(Timestamp(at))
            return
        due = max(index, int((time.time() - start) // interval))  # skip ticks missed
        due = min(due, restriction.stop - 1)
        if not restriction_tracker.try_claim(due):
            return
        tick = Timestamp(start + interval * due)
        if watermark_estimator.current_watermark() is None or (
            tick > watermark_estimator.current_watermark()
        ):
            watermark_estimator.set_watermark(tick)
        yield window.TimestampedValue(tick.micros / 1e6, tick)
        restriction_tracker.defer_remainder()  # hand the tick downstream before the next


class PollTicks(PeriodicImpulse):
    """PeriodicImpulse every `seconds` until `until` (None: until stopped); each element is
    the tick's time in epoch seconds, timestamped with it."""

    def __init__(
        self,
        seconds: float,
        until: dt.datetime | None,
        wait_here: bool,
        wake_every: float = 0.0,
    ) -> None:
        start = Timestamp.now()
        # An --until already past (a slow start) gives no tick rather than a failed assert.
        stop = max(start, Timestamp.of(until.timestamp())) if until else MAX_TIMESTAMP
        super().__init__(start, stop, seconds)
        self.wait_here = wait_here
        self.wake_every = wake_every

    def expand(self, pbegin: Any) -> beam.PCollection:
        return (
            pbegin
            | "Impulse" >> beam.Create([(self.start_ts, self.stop_ts, self.interval)])
            | "Ticks" >> beam.ParDo(_Ticks(self.wait_here, self.wake_every))
        )


# An item of the stream: (kind, payload). Kinds are table names (payload: a row) or the work
# of a later stage: "task" (url, PageTask) to fetch, "page" (raw_pages row, PageTask) to clean.
Item = tuple[str, Any]
# The outputs of the batch DoFns, by tag, as the table they go to.
CLEAN_TAGS = {None: "articles", "events": "metric_events", t.ERRORS_TAG: "errors"}


def poll_items(row: dict[str, Any]) -> list[Item]:
    """A poll row (with the errors riding in it, see transforms.SplitPollErrors) as items."""
    row = dict(row)
    items: list[Item] = []
    err = row.pop("_error", None)
    if err is not None:
        items.append(("errors", err))
    items += [("errors", e) for e in row.pop("_errors", ())]
    return [("feed_polls", row), *items]


class PollFeedState(beam.DoFn):
    """(feed URL, tick) → items: the batch's PollFeed, with two states per feed.

    - validators: the ETag and Last-Modified of the last good poll (seeded from feed_polls),
      so each tick is a conditional GET and an unchanged feed costs a 304;
    - listed: entry id → last tick the feed listed it. An entry is new if neither this nor
      the seed (feed_entries when the stream started) knows it. Each poll drops the ids not
      listed for `ttl` seconds, so the state is bounded by what the feed lists.
    Outputs the poll row, its errors, the new entries and a "task" for each new page.
    """

    VALIDATORS = userstate.ReadModifyWriteStateSpec("validators", PickleCoder())
    LISTED = userstate.ReadModifyWriteStateSpec("listed", PickleCoder())

    def __init__(
        self,
        http: HttpConfig,
        validators: dict[str, tuple[str | None, str | None]],
        known_entry_ids: frozenset[str],
        ttl_seconds: float,
    ) -> None:
        self.http = http
        self.seed_validators = validators
        self.known = known_entry_ids
        self.ttl = ttl_seconds
        self.repeated = Metrics.counter(t.NS, "entries_listed_again")

    def setup(self) -> None:
        self.poller = t.PollFeed(self.http, self.known)
        self.poller.setup()

    def teardown(self) -> None:
        self.poller.teardown()

    def process(
        self,
        element: tuple[str, float],
        validators: Any = beam.DoFn.StateParam(VALIDATORS),  # noqa: B008
        listed_state: Any = beam.DoFn.StateParam(LISTED),  # noqa: B008
    ) -> Iterator[Item]:
        url, tick = element
        etag, last_modified = validators.read() or self.seed_validators.get(url, (None, None))
        listed: dict[str, float] = listed_state.read() or {}
        outputs = list(self.poller.process([FeedSpec(url, etag, last_modified)]))
        entries = [o.value for o in outputs if isinstance(o, beam.pvalue.TaggedOutput)]
        new = [e for e in entries if e["entry_id"] not in listed]
        new_ids = {e["entry_id"] for e in new}
        old_sources = {
            (e["link"] or e["entry_id"])[:2048] for e in entries if e["entry_id"] not in new_ids
        }
        self.repeated.inc(len(entries) - len(new))
        for e in entries:
            listed[e["entry_id"]] = tick
        # One time for everything this poll gives, so its entries and the poll row holding the
        # validators land in the same window: a poll row must never commit before its entries.
        # What is made from them later (pages, articles) keeps it, so it commits in that
        # window, or late in a second commit of it, but never before the entry it came from.
        stamp = time.time()
        for o in outputs:
            if isinstance(o, beam.pvalue.TaggedOutput):
                continue
            row = dict(o)
            row["new_entries"] = len(new)
            # The link errors of an entry seen before were recorded when it was first seen.
            if "_errors" in row:
                row["_errors"] = [e for e in row["_errors"] if e["source"] not in old_sources]
            if row["error"] is None and (row["etag"] or row["last_modified"]):
                validators.write((row["etag"], row["last_modified"]))
            for item in poll_items(row):
                yield window.TimestampedValue(item, stamp)
        for e in new:
            yield window.TimestampedValue(("feed_entries", e), stamp)
            for url_task in page_task_of_entry(e):
                yield window.TimestampedValue(("task", url_task), stamp)
        cutoff = tick - self.ttl
        listed_state.write({k: v for k, v in listed.items() if v > cutoff})


class PollFeedsEvery(beam.PTransform):
    """Ticks → items: every feed polled at every tick, keyed by feed so its state (validators,
    entries listed) travels with it; what graph.PollFeeds gives for one batch poll."""

    def __init__(
        self,
        http: HttpConfig,
        feeds: Sequence[FeedSpec],
        known_entry_ids: frozenset[str],
        ttl_seconds: float = DEFAULT_TTL_SECONDS,
    ) -> None:
        super().__init__()
        self.http = http
        self.urls = [f.url for f in feeds]
        self.validators = {f.url: (f.etag, f.last_modified) for f in feeds}
        self.known = known_entry_ids
        self.ttl = ttl_seconds

    def expand(self, ticks: beam.PCollection) -> beam.PCollection:
        return (
            ticks
            | "Each feed"
            >> beam.FlatMap(
                lambda tick, urls=self.urls: [(u, float(tick)) for u in urls]
            ).with_output_types(tuple[str, float])
            | "Poll with state"
            >> beam.ParDo(PollFeedState(self.http, self.validators, self.known, self.ttl))
        )


def _by_url(item: Item) -> tuple[str, Item]:
    """Tasks keyed by URL (the dedupe key); other items pass, keyed by their kind."""
    kind, payload = item
    return (payload[0], item) if kind == "task" else (f"pass:{kind}", item)


class OncePerUrl(beam.DoFn):
    """(key, item) → item; a "task" only the first time its URL is seen, never for a URL in
    `seed` (raw_pages when the stream started). Keyed state with a TTL timer: the key's state
    is dropped `ttl` seconds after it was last seen, so it holds the URLs of the last `ttl`.

    The timer checks the wall clock before dropping: a runner whose watermark runs ahead of
    real time (the local FnApiRunner fires event-time timers at the end of each bundle) keeps
    the state then, rather than forget a URL too early.
    """

    SEEN = userstate.ReadModifyWriteStateSpec("seen", PickleCoder())
    TTL = userstate.TimerSpec("ttl", userstate.TimeDomain.WATERMARK)

    def __init__(self, seed: frozenset[str], ttl_seconds: float) -> None:
        self.seed = seed
        self.ttl = ttl_seconds
        self.dropped = Metrics.counter(t.NS, "duplicate_urls_dropped")

    def process(
        self,
        element: tuple[str, Item],
        ts: Any = beam.DoFn.TimestampParam,
        seen: Any = beam.DoFn.StateParam(SEEN),  # noqa: B008
        ttl: Any = beam.DoFn.TimerParam(TTL),  # noqa: B008
    ) -> Iterator[Item]:
        key, item = element
        if item[0] != "task":
            yield item
            return
        now = time.time()
        at = max(ts, Timestamp.of(0))  # items out of a finish_bundle carry the minimum time
        ttl.set(at + Duration(seconds=self.ttl))
        last = seen.read()
        seen.write(now)
        if key in self.seed or last is not None:
            self.dropped.inc()
            return
        yield item

    @userstate.on_timer(TTL)
    def expire(self, seen: Any = beam.DoFn.StateParam(SEEN)) -> None:  # noqa: B008
        last = seen.read()
        if last is not None and time.time() - last >= self.ttl:
            seen.clear()


class FetchItems(beam.DoFn):
    """The batch's FetchPages on "task" items: each gives a raw_pages row and a "page" to
    clean, or an error row. Other items pass."""

    def __init__(self, http: HttpConfig) -> None:
        self.inner = t.FetchPages(http)

    def setup(self) -> None:
        self.inner.setup()

    def teardown(self) -> None:
        self.inner.teardown()

    def process(self, item: Item) -> Iterator[Item]:
        kind, payload = item
        if kind != "task":
            yield item
            return
        url, task = payload
        for out in self.inner.process([(urlsplit(url).netloc, [task])]):
            if isinstance(out, beam.pvalue.TaggedOutput):
                yield ("errors", out.value)
            else:
                yield ("raw_pages", out[0])
                yield ("page", out)


class CleanItems(beam.DoFn):
    """The batch's CleanAndExtract (graph.clean_and_extract_fn) on "page" items: articles,
    metric events and errors. Other items pass. Its pool's last pages come out of
    finish_bundle, as in batch."""

    def __init__(self, config: Config, known_event_ids: frozenset[str]) -> None:
        self.inner = clean_and_extract_fn(config, known_event_ids)

    def setup(self) -> None:
        self.inner.setup()

    def start_bundle(self) -> None:
        self.inner.start_bundle()

    def process(self, item: Item) -> Iterator[Item]:
        kind, payload = item
        if kind != "page":
            yield item
            return
        for out in self.inner.process(payload):
            if isinstance(out, beam.pvalue.TaggedOutput):
                yield (CLEAN_TAGS[out.tag], out.value)
            else:
                yield ("articles", out)

    def finish_bundle(self) -> Iterator[WindowedValue]:
        for out in self.inner.finish_bundle() or ():
            if isinstance(out, beam.pvalue.TaggedOutput):
                yield out.value.with_value((CLEAN_TAGS[out.tag], out.value.value))
            else:
                yield out.with_value(("articles", out.value))

    def teardown(self) -> None:
        self.inner.teardown()


def _stamped(item: Any, ts: Any = beam.DoFn.TimestampParam) -> Any:
    """Items keep the time of the poll they came from (PollFeedState), which picks their
    window. Rows the cleaning pool hands out at the end of a bundle carry no time of their
    own (the minimum): they take the time they reach the committer, after the rows that came
    before them (events before their article)."""
    if ts < Timestamp.of(1):
        return window.TimestampedValue(item, time.time())
    return item


class CommitWindow(beam.DoFn):
    """(key, (table, row)) per FixedWindow → once the window is over, every row of it
    committed, one table after the other in COMMIT_ORDER; outputs what it committed.

    Rows wait in Beam state, which the runner commits with each bundle, so a retried bundle
    adds nothing. Each file's name comes from its window and rows, so a retried commit
    rewrites the same file instead of adding a second one. Windows are of the time of the poll
    each row comes from, and the timer checks the wall clock: a runner whose watermark runs
    ahead (the local FnApiRunner fires event-time timers at the end of each bundle) still
    commits a window once it is over, and a drain (STOP) commits at once. Rows that reach a
    window already committed (a page cleaned after its window ended) commit in a second file.
    """

    ROWS = userstate.BagStateSpec("rows", PickleCoder())
    END = userstate.TimerSpec("end", userstate.TimeDomain.WATERMARK)

    def __init__(self, root: str) -> None:
        self.root = root

    def setup(self) -> None:
        self.storage = Storage(self.root)

    def process(
        self,
        element: tuple[str, Item],
        w: Any = beam.DoFn.WindowParam,
        rows: Any = beam.DoFn.StateParam(ROWS),  # noqa: B008
        end: Any = beam.DoFn.TimerParam(END),  # noqa: B008
    ) -> None:
        rows.add(element[1])
        end.set(w.max_timestamp())

    @userstate.on_timer(END)
    def commit(
        self,
        w: Any = beam.DoFn.WindowParam,
        rows: Any = beam.DoFn.StateParam(ROWS),  # noqa: B008
        end: Any = beam.DoFn.TimerParam(END),  # noqa: B008
    ) -> Iterator[dict[str, Any]]:
        if time.time() < w.end.micros / 1e6 and not STOP.is_set():
            end.set(w.max_timestamp())  # not over yet by the clock: look again after a bundle
            return
        by_table: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(
            lambda: defaultdict(list)
        )
        for name, row in rows.read():
            by_table[name][str(row[table(name).partition_column])].append(row)
        rows.clear()
        counts: dict[str, int] = {}
        closed = dt.datetime.fromtimestamp(w.end.micros / 1e6, dt.UTC)
        for name in COMMIT_ORDER:
            for partition, part_rows in sorted(by_table.get(name, {}).items()):
                self._commit(name, partition, part_rows, closed)
                counts[name] = counts.get(name, 0) + len(part_rows)
                Metrics.counter(t.NS, f"rows_{name}").inc(len(part_rows))
                Metrics.counter(t.NS, f"files_{name}").inc()
        yield {"window_end": closed, "rows": counts}

    def _commit(
        self, name: str, partition: str, part_rows: list[dict[str, Any]], closed: dt.datetime
    ) -> WrittenFile:
        tbl = table(name)
        key = tbl.file_schema.names[0]  # every table's first column is its row id
        ids = "\n".join(sorted(str(r.get(key)) for r in part_rows))
        digest = hashlib.sha256(ids.encode()).hexdigest()[:12]
        staged = self.storage.stage_part(tbl, partition, part_rows)
        folder = staged.path.rsplit("/", 1)[0]
        fixed = f"{folder}/{TMP_PREFIX}part-{closed:%Y%m%dT%H%M%S}-w{digest}.parquet.tmp"
        self.storage.fs.move(staged.path, fixed)
        return self.storage.commit_part(
            WrittenFile(staged.table, staged.partition, fixed, staged.rows, staged.bytes)
        )


class CommitWindows(beam.PTransform):
    """Items of the six tables → each FixedWindow of `seconds` committed whole (CommitWindow).
    One committer (one key) per window: it alone orders the tables' commits."""

    def __init__(self, root: str, seconds: float) -> None:
        super().__init__()
        self.root = root
        self.seconds = seconds

    def expand(self, items: beam.PCollection) -> beam.PCollection:
        return (
            items
            | "Time of the poll" >> beam.Map(_stamped)
            | "Windows" >> beam.WindowInto(window.FixedWindows(self.seconds))
            | "One committer" >> beam.Map(lambda item: ("commit", item))
            | "Commit window" >> beam.ParDo(CommitWindow(self.root))
        )


class ReportWindow(beam.DoFn):
    """One line on stderr per window committed: what a stream operator watches."""

    def process(self, summary: dict[str, Any]) -> None:
        rows = summary["rows"]
        parts = "  ".join(f"{name} +{rows[name]}" for name in COMMIT_ORDER if rows.get(name))
        line = f"window to {summary['window_end']:%H:%M:%S} committed  {parts or 'nothing'}"
        print(f"stream {line}", file=sys.stderr, flush=True)
        log.info(line)


def build_stream(
    p: beam.Pipeline,
    config: Config,
    root: str,
    feeds: Sequence[FeedSpec],
    known_entry_ids: frozenset[str],
    fetched_urls: frozenset[str],
    known_event_ids: frozenset[str],
    poll_seconds: float = 60.0,
    window_seconds: float = 60.0,
    until: dt.datetime | None = None,
    ttl_seconds: float = DEFAULT_TTL_SECONDS,
    wait_here: bool = True,
) -> beam.PCollection:
    """Ticks → polls → new pages → clean + extract → the six tables, a window at a time.

    One chain of single-input steps, each passing on what it does not work on: the local
    FnApiRunner runs a step fed by a Flatten (or by two outputs of one step) only once its
    inputs are complete, which an unbounded input never is.
    """
    return (
        p
        | "Poll ticks" >> PollTicks(poll_seconds, until, wait_here, window_seconds)
        | "Poll" >> PollFeedsEvery(config.http, feeds, known_entry_ids, ttl_seconds)
        | "Key by URL" >> beam.Map(_by_url)
        | "Once per URL" >> beam.ParDo(OncePerUrl(fetched_urls, ttl_seconds))
        | "Fetch" >> beam.ParDo(FetchItems(config.http))
        | "Clean and extract" >> beam.ParDo(CleanItems(config, known_event_ids))
        | "Commit" >> CommitWindows(root, window_seconds)
        | "Report" >> beam.ParDo(ReportWindow())
    )
