"""Asset checks on the tables as stored: schema, keys, evidence, value bounds, emptiness, age.

Each check is a plain function of a Storage (easy to test on a deliberately bad table) wrapped
into a Dagster check by a small factory. Checks read the whole table, not a partition: the
ingest run appends to any day, and these tables are small (news coverage of one carmaker).

Blocking (ERROR) where a bad table must not flow on: a schema drift, a duplicate key, an event
without evidence or with an absurd value fails the run and stops downstream steps. The share
of empty articles is an ERROR that does not block (the events that exist are still right);
failed sources and staleness are warnings.
"""

import datetime as dt
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial

import dagster as dg
import pyarrow.compute as pc
import pyarrow.parquet as pq

from orchestration.resources import XautoResource
from pipelines.core.metrics.kinds import COUNT_METRICS, MONEY_METRICS
from pipelines.storage import Storage
from schemas import ARTICLES, FEED_POLLS, METRIC_EVENTS, TABLES, Table

# An article with no text yields no events; up to a fifth of a feed's links are galleries,
# videos or paywalled pages on the real feeds, above that the cleaner has regressed.
MAX_EMPTY_TEXT_SHARE = 0.20
# Articles appear daily on the feeds watched; three quiet days means polling or cleaning broke.
MAX_ARTICLE_AGE = dt.timedelta(days=3)
# The schedule polls every 30 minutes; two hours without a poll means the schedule is off.
MAX_POLL_AGE = dt.timedelta(hours=2)
SAMPLE = 5  # offending rows or files shown in a failed check's metadata


@dataclass(frozen=True)
class Bounds:
    low: float
    high: float
    high_inclusive: bool = False

    def contains(self, value: float) -> bool:
        if not math.isfinite(value) or value < self.low:
            return False
        return value <= self.high if self.high_inclusive else value < self.high

    def __str__(self) -> str:
        return f"[{self.low:g}, {self.high:g}{']' if self.high_inclusive else ')'}"


# Sane ranges per metric. Counts: 1e8 is beyond any carmaker's cumulative output. Money (CNY or
# USD): Xiaomi Group's yearly revenue is about 3.7e11 CNY, so 1e13 only comes from a unit slip
# (万 or 亿 applied twice); losses may be stated negative. Percent is on the 0-100 scale.
COUNT = Bounds(0.0, 1e8)
MONEY = Bounds(-1e13, 1e13)
PERCENT = Bounds(0.0, 100.0, high_inclusive=True)
DISTANCE_KM = Bounds(0.0, 1e11)
ANY_FINITE = Bounds(-math.inf, math.inf)
# The metric groups are the extractor's (one list, pipelines/core/metrics/kinds.py).
METRIC_BOUNDS = {
    **dict.fromkeys(COUNT_METRICS | {"headcount"}, COUNT),
    **dict.fromkeys(MONEY_METRICS, MONEY),
    "buyer_share": PERCENT,
    "test_mileage": DISTANCE_KM,
}


def bounds_for(metric: str, unit: str | None) -> Bounds:
    if unit == "percent":  # a percentage is 0-100 whatever it measures
        return PERCENT
    return METRIC_BOUNDS.get(metric, ANY_FINITE)


def check_file_schema(storage: Storage, table: Table) -> dg.AssetCheckResult:
    """Every Parquet file has exactly the declared columns, types and nullability."""
    expected = [(f.name, f.type, f.nullable) for f in table.file_schema]
    files = storage.part_files(table)
    bad: list[str] = []
    for path in files:
        schema = pq.read_schema(path, filesystem=storage.fs)
        actual = [(f.name, f.type, f.nullable) for f in schema]
        if actual != expected:
            missing = sorted({n for n, *_ in expected} - {n for n, *_ in actual})
            extra = sorted({n for n, *_ in actual} - {n for n, *_ in expected})
            changed = sorted(
                f"{n}: {t}{'' if nl else ' not null'}"
                for n, t, nl in set(actual) - set(expected)
                if n not in extra
            )
            bad.append(f"{path}: missing {missing}, extra {extra}, differs {changed}")
    return dg.AssetCheckResult(
        passed=not bad,
        description=f"{len(bad)} of {len(files)} files differ from schemas/{table.name}"
        if bad
        else None,
        metadata={
            "files": len(files),
            "files_differing": len(bad),
            "examples": dg.MetadataValue.json(bad[:SAMPLE]),
            "schema_version": table.file_schema.metadata[b"xauto.schema_version"].decode(),
        },
    )


def check_unique_key(storage: Storage, table: Table) -> dg.AssetCheckResult:
    """No key value appears twice across the whole table (all partitions)."""
    keys = storage.read(table, [table.key])[table.key]
    counts = pc.value_counts(keys)
    repeated = counts.filter(pc.greater(counts.field("counts"), 1))
    nulls = keys.null_count
    return dg.AssetCheckResult(
        passed=len(repeated) == 0 and nulls == 0,
        description=f"{len(repeated)} duplicate and {nulls} null {table.key} values"
        if len(repeated) or nulls
        else None,
        metadata={
            "rows": len(keys),
            "duplicate_keys": len(repeated),
            "null_keys": nulls,
            "examples": dg.MetadataValue.json(
                [str(v) for v in repeated.field("values").to_pylist()[:SAMPLE]]
            ),
        },
    )


def check_evidence(storage: Storage) -> dg.AssetCheckResult:
    """Every metric event quotes the sentence that states it."""
    data = storage.read(METRIC_EVENTS, ["event_id", "evidence"])
    empty = [r["event_id"] for r in data.to_pylist() if not (r["evidence"] or "").strip()]
    return dg.AssetCheckResult(
        passed=not empty,
        description=f"{len(empty)} events without evidence" if empty else None,
        metadata={
            "events": data.num_rows,
            "without_evidence": len(empty),
            "examples": dg.MetadataValue.json(empty[:SAMPLE]),
        },
    )


def check_value_bounds(storage: Storage) -> dg.AssetCheckResult:
    """value (and value_max) within the sane range of the metric; value_max >= value."""
    data = storage.read(METRIC_EVENTS, ["event_id", "metric", "unit", "value", "value_max"])
    bad = []
    for r in data.to_pylist():
        bounds = bounds_for(r["metric"], r["unit"])
        value, high = r["value"], r["value_max"]
        ok = value is not None and bounds.contains(value)
        ok = ok and (high is None or (bounds.contains(high) and high >= value))
        if not ok:
            bad.append(f"{r['event_id']}: {r['metric']} {value} {r['unit']} not in {bounds}")
    return dg.AssetCheckResult(
        passed=not bad,
        description=f"{len(bad)} events with values out of bounds" if bad else None,
        metadata={
            "events": data.num_rows,
            "out_of_bounds": len(bad),
            "examples": dg.MetadataValue.json(bad[:SAMPLE]),
            "bounds": dg.MetadataValue.json({m: str(b) for m, b in METRIC_BOUNDS.items()}),
        },
    )


def check_empty_text_share(
    storage: Storage, max_share: float = MAX_EMPTY_TEXT_SHARE
) -> dg.AssetCheckResult:
    """Share of articles whose cleaned text is empty stays under max_share."""
    text = storage.read(ARTICLES, ["text"])["text"]
    total = len(text)
    empty = text.null_count + int(pc.sum(pc.equal(pc.utf8_length(text), 0)).as_py() or 0)
    share = empty / total if total else 0.0
    return dg.AssetCheckResult(
        passed=share <= max_share,
        description=f"{share:.0%} of articles have no text (limit {max_share:.0%})"
        if share > max_share
        else None,
        metadata={
            "articles": total,
            "empty_text": empty,
            "empty_share": dg.MetadataValue.float(round(share, 4)),
            "max_share": max_share,
        },
    )


def check_latest_partition(
    storage: Storage, table: Table, max_age: dt.timedelta, now: dt.datetime | None = None
) -> dg.AssetCheckResult:
    """The newest data is recent: the latest partition's newest timestamp within max_age."""
    now = now or dt.datetime.now(dt.UTC)
    partitions = storage.partitions(table)
    if not partitions:
        return dg.AssetCheckResult(
            passed=False,
            severity=dg.AssetCheckSeverity.WARN,
            description=f"{table.name} has no partition yet",
        )
    latest = partitions[-1]
    day = dt.date.fromisoformat(latest)
    stamps = storage.read(table, [table.partition_source], pc.field(table.partition_column) == day)
    newest = pc.max(stamps[table.partition_source]).as_py()
    # A day-level table (articles by publication day) is fresh for the whole of its day.
    newest = newest or dt.datetime.combine(day, dt.time(), dt.UTC)
    age = now - newest
    return dg.AssetCheckResult(
        passed=age <= max_age,
        severity=dg.AssetCheckSeverity.WARN,
        description=f"newest {table.partition_source} is {_hours(age)} old "
        f"(limit {_hours(max_age)})"
        if age > max_age
        else None,
        metadata={
            "latest_partition": latest,
            f"newest_{table.partition_source}": newest.isoformat(),
            "age_hours": dg.MetadataValue.float(round(age.total_seconds() / 3600, 1)),
            "max_age_hours": max_age.total_seconds() / 3600,
        },
    )


def _hours(age: dt.timedelta) -> str:
    hours = age.total_seconds() / 3600
    return f"{hours:.1f} hours" if hours < 48 else f"{hours / 24:.0f} days"


StorageCheck = Callable[[Storage], dg.AssetCheckResult]


def storage_check(
    table: Table,
    name: str,
    evaluate: StorageCheck,
    description: str,
    blocking: bool,
) -> dg.AssetChecksDefinition:
    """A Dagster check running `evaluate` on the resource's storage.

    Checks on articles and metric_events also wait for raw_pages: an ingest run appends to those
    tables without materializing them, so in that run the checks must follow the ingest step.
    """
    after: Sequence[str] = ["raw_pages"] if table in (ARTICLES, METRIC_EVENTS) else []

    @dg.asset_check(
        asset=table.name,
        name=name,
        description=description,
        blocking=blocking,
        additional_deps=after,
    )
    def _check(xauto: XautoResource) -> dg.AssetCheckResult:
        return evaluate(xauto.storage())

    return _check


def _table_checks(table: Table) -> list[dg.AssetChecksDefinition]:
    return [
        storage_check(
            table,
            "file_schema_matches",
            partial(check_file_schema, table=table),
            f"Parquet files have the columns, types and nullability of schemas/ {table.name}.",
            blocking=True,
        ),
        storage_check(
            table,
            f"unique_{table.key}",
            partial(check_unique_key, table=table),
            f"No {table.key} appears twice in {table.name} (all partitions).",
            blocking=True,
        ),
    ]


CHECKS: list[dg.AssetChecksDefinition] = [
    *(c for table in TABLES.values() for c in _table_checks(table)),
    storage_check(
        METRIC_EVENTS,
        "evidence_not_empty",
        check_evidence,
        "Every event quotes the sentence that states it.",
        blocking=True,
    ),
    storage_check(
        METRIC_EVENTS,
        "values_within_bounds",
        check_value_bounds,
        "value and value_max within the metric's sane range: percent 0-100, counts 0 to 1e8, "
        "money below 1e13.",
        blocking=True,
    ),
    storage_check(
        ARTICLES,
        "empty_text_share",
        check_empty_text_share,
        f"At most {MAX_EMPTY_TEXT_SHARE:.0%} of articles have empty text.",
        blocking=False,
    ),
    storage_check(
        ARTICLES,
        "latest_partition_fresh",
        partial(check_latest_partition, table=ARTICLES, max_age=MAX_ARTICLE_AGE),
        f"The newest article was published within {MAX_ARTICLE_AGE.days} days (warning).",
        blocking=False,
    ),
    storage_check(
        FEED_POLLS,
        "latest_partition_fresh",
        partial(check_latest_partition, table=FEED_POLLS, max_age=MAX_POLL_AGE),
        f"The feeds were polled within {MAX_POLL_AGE.total_seconds() / 3600:g} hours (warning).",
        blocking=False,
    ),
]
