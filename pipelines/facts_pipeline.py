"""The facts job: metric_events → key each event → group by fact key → facts → one file.

Rebuilt in full, never incrementally: a new article can join, revise or split any fact, the
whole job is a read of metric_events plus a shuffle, and `bench/bench_facts.py` measures it
at 10,000 and 100,000 events. The output is small (one row per figure), so it is one file
swapped in atomically (`Storage.replace_table`): a reader sees the old facts or the new.

A run and a backfill add these steps to their own pipeline, after its metric_events commit
(a side input), rather than starting a pipeline of their own: a second pipeline's build and
start cost a 100-page run about 0.2 s, with a core idle. So the files are listed when the step
runs, not when the pipeline is built, and three stages do the work: list and read, group by
fact key, gather and swap. The group is the fact key, except that dated calendar periods,
months or years named without a year and flows with no period meet per subject family, metric,
status, unit and label (`group_key`), so an open period can join the one dated fact it restates.
"""

from collections.abc import Iterable, Iterator
from typing import Any

import apache_beam as beam
import pyarrow.dataset as ds
from apache_beam.metrics import Metrics

from pipelines.core.facts import Fact, FactEvent, fact_key, facts_of_group, group_key
from pipelines.storage import Storage
from schemas import FACTS, METRIC_EVENTS

NS = "xauto"
# The metric_events columns a fact needs (not the evidence text: the largest column).
EVENT_COLUMNS = [
    name for name in FactEvent.__dataclass_fields__ if name in METRIC_EVENTS.file_schema.names
]


# ListEventFiles' marker, passed on as None and keyed MARKER_KEY (fact keys are never empty):
# it makes the gathering step run once even when there are no events (an empty facts file is
# still written), and not at all when no rebuild is due.
MARKER_KEY: tuple[str, ...] = ()
# The one key under which all fact rows meet to be written as one file.
ALL = "facts"


class ListEventFiles(beam.DoFn):
    """Impulse → the metric_events files, listed when this step runs (after the commits given
    as side inputs), then a marker (None); nothing at all when `always` is false and the side
    inputs, the commits of this pipeline, hold no metric_events file."""

    def __init__(self, root: str, always: bool = True) -> None:
        self.root = root
        self.always = always

    def setup(self) -> None:
        self.storage = Storage(self.root)

    def process(self, _: Any, *committed: Any) -> Iterator[str | None]:
        # a commit step may publish several tables: only metric_events files count
        events = (f for files in committed for f in files if f["table"] == METRIC_EVENTS.name)
        if not self.always and not any(events):
            return
        yield from self.storage.part_files(METRIC_EVENTS)
        yield None


class ReadEvents(beam.DoFn):
    """A metric_events file → its events. Files of an older schema (no period_kind or label)
    read with the current one: the missing columns come back null."""

    def __init__(self, root: str) -> None:
        self.root = root
        self.events = Metrics.counter(NS, "facts_events_read")

    def setup(self) -> None:
        self.storage = Storage(self.root)

    def process(self, path: str | None) -> Iterator[FactEvent | None]:
        if path is None:  # the marker
            yield None
            return
        data = ds.dataset(
            [path], schema=METRIC_EVENTS.file_schema, format="parquet", filesystem=self.storage.fs
        ).to_table(columns=EVENT_COLUMNS)
        for row in data.to_pylist():
            self.events.inc()
            yield FactEvent.from_row(row)


Keyed = tuple[tuple[str, ...], FactEvent]


def _keyed(ev: FactEvent | None) -> tuple[tuple[str, ...], Keyed | None]:
    # A tuple of strings: a key Beam encodes deterministically on every runner. The fact key,
    # or a coarser one for the keys whose open periods may join a dated fact (`group_key`);
    # the event travels with its fact key.
    if ev is None:
        return (MARKER_KEY, None)
    key = fact_key(ev)
    return (group_key(key), (key.as_tuple(), ev))


def _facts(
    key: tuple[str, ...], events: Iterable[Keyed | None]
) -> list[tuple[str, dict[str, Any] | None]]:
    if key == MARKER_KEY:
        return [(ALL, None)]
    return [(ALL, f.as_row()) for f in facts_of_group(key, events)]  # type: ignore[arg-type]


class ReplaceFacts(beam.DoFn):
    """(ALL, fact rows and the marker) → the facts table's one file, swapped in (a rebuild
    replaces, never appends, so re-running adds nothing)."""

    def __init__(self, root: str) -> None:
        self.root = root
        self.rows = Metrics.counter(NS, f"rows_{FACTS.name}")
        self.files = Metrics.counter(NS, f"files_{FACTS.name}")
        self.revised = Metrics.counter(NS, "facts_revised")

    def setup(self) -> None:
        self.storage = Storage(self.root)

    def process(self, element: tuple[str, Iterable[dict[str, Any] | None]]) -> Iterator[Any]:
        rows = sorted(
            (r for r in element[1] if r is not None),
            key=lambda r: (r["subject"], r["metric"], r["fact_id"]),
        )
        written = self.storage.replace_table(FACTS, rows)
        self.rows.inc(len(rows))
        self.revised.inc(sum(1 for r in rows if r["revised"]))
        if written:
            self.files.inc()
            yield vars(written)


def build_facts_job(
    p: beam.Pipeline, root: str, *after: beam.PCollection, always: bool = True
) -> beam.PCollection:
    """metric_events → facts table (wiring only). `after`: the commits of the same pipeline
    (files of metric_events and maybe other tables), which the rebuild waits for; with
    `always` false it runs only when they committed a metric_events file."""
    return (
        p
        | "Facts start" >> beam.Impulse()
        | "Event files"
        >> beam.ParDo(ListEventFiles(root, always), *[beam.pvalue.AsList(a) for a in after])
        | "Read events" >> beam.ParDo(ReadEvents(root))
        | "Key by fact" >> beam.Map(_keyed)
        | "Group by fact key" >> beam.GroupByKey()
        | "Facts of a key" >> beam.FlatMapTuple(_facts)
        | "All facts" >> beam.GroupByKey()
        | "Replace facts" >> beam.ParDo(ReplaceFacts(root))
    )


def facts_in_memory(storage: Storage) -> list[Fact]:
    """The facts of the stored events without Beam (checks and tests compare the two)."""
    from pipelines.core.facts import facts_from_events

    rows = storage.read(METRIC_EVENTS, EVENT_COLUMNS).to_pylist()
    return facts_from_events(FactEvent.from_row(r) for r in rows)
