"""The facts job: metric_events → key each event → group by fact key → facts → one file.

Rebuilt in full, never incrementally: a new article can join, revise or split any fact, the
whole job is a read of metric_events plus a shuffle, and `bench/bench_facts.py` measures it
at 10,000 and 100,000 events. The output is small (one row per figure), so it is one file
swapped in atomically (`Storage.replace_table`): a reader sees the old facts or the new.
"""

from collections.abc import Iterable, Iterator
from typing import Any

import apache_beam as beam
import pyarrow.dataset as ds
from apache_beam.metrics import Metrics

from pipelines.core.facts import Fact, FactEvent, FactKey, build_facts, fact_key
from pipelines.storage import Storage
from schemas import FACTS, METRIC_EVENTS

NS = "xauto"
# The metric_events columns a fact needs (not the evidence text: the largest column).
EVENT_COLUMNS = [
    name for name in FactEvent.__dataclass_fields__ if name in METRIC_EVENTS.file_schema.names
]


class ReadEvents(beam.DoFn):
    """A metric_events file → its events. Files of an older schema (no period_kind or label)
    read with the current one: the missing columns come back null."""

    def __init__(self, root: str) -> None:
        self.root = root
        self.events = Metrics.counter(NS, "facts_events_read")

    def setup(self) -> None:
        self.storage = Storage(self.root)

    def process(self, path: str) -> Iterator[FactEvent]:
        data = ds.dataset(
            [path], schema=METRIC_EVENTS.file_schema, format="parquet", filesystem=self.storage.fs
        ).to_table(columns=EVENT_COLUMNS)
        for row in data.to_pylist():
            self.events.inc()
            yield FactEvent.from_row(row)


def _keyed(ev: FactEvent) -> tuple[tuple[str, ...], FactEvent]:
    # A tuple of strings: a key Beam encodes deterministically on every runner.
    return fact_key(ev).as_tuple(), ev


def _facts(key: tuple[str, ...], events: Iterable[FactEvent]) -> list[dict[str, Any]]:
    return [f.as_row() for f in build_facts(FactKey(*key), events)]


class ReplaceFacts(beam.DoFn):
    """All fact rows → the facts table's one file, swapped in (a rebuild replaces, never
    appends, so re-running adds nothing)."""

    def __init__(self, root: str) -> None:
        self.root = root
        self.rows = Metrics.counter(NS, f"rows_{FACTS.name}")
        self.files = Metrics.counter(NS, f"files_{FACTS.name}")
        self.revised = Metrics.counter(NS, "facts_revised")

    def setup(self) -> None:
        self.storage = Storage(self.root)

    def process(self, rows: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        rows = sorted(rows, key=lambda r: (r["subject"], r["metric"], r["fact_id"]))
        written = self.storage.replace_table(FACTS, rows)
        self.rows.inc(len(rows))
        self.revised.inc(sum(1 for r in rows if r["revised"]))
        if written:
            self.files.inc()
            yield vars(written)


def build_facts_job(p: beam.Pipeline, event_files: list[str], root: str) -> beam.PCollection:
    """metric_events files → facts table (wiring only)."""
    return (
        p
        | "Event files" >> beam.Create(event_files)
        | "Read events" >> beam.ParDo(ReadEvents(root))
        | "Key by fact" >> beam.Map(_keyed)
        | "Group by fact key" >> beam.GroupByKey()
        | "Facts of a key" >> beam.FlatMapTuple(_facts)
        | "All facts" >> beam.combiners.ToList()
        | "Replace facts" >> beam.ParDo(ReplaceFacts(root))
    )


def facts_in_memory(storage: Storage) -> list[Fact]:
    """The facts of the stored events without Beam (checks and tests compare the two)."""
    from pipelines.core.facts import facts_from_events

    rows = storage.read(METRIC_EVENTS, EVENT_COLUMNS).to_pylist()
    return facts_from_events(FactEvent.from_row(r) for r in rows)
