"""The six xauto tables as Dagster assets, with lineage and column schemas from schemas/.

Two computations write them, because the pipeline has two kinds of run:

- `ingest` (unpartitioned multi-asset: feed_polls, feed_entries, raw_pages, errors) is one Beam
  run that polls whatever is new and fetches, cleans and extracts it. It cannot be cut into
  days: nobody knows which days a poll will touch before it runs. The same Beam run appends the
  new articles and metric events; it reports those as materializations of the `articles` and
  `metric_events` partitions (publication days) that received rows, so their partition status
  shows every day that holds data, however it got there.
- `rederive` (daily-partitioned multi-asset: articles, metric_events) re-cleans and re-extracts
  stored pages (raw_pages) of the chosen days with the current extractor and atomically
  replaces those days' partitions. Nothing is fetched. BackfillPolicy.single_run() makes a
  7-day backfill one Beam run (`xauto backfill --start --end`), not seven.

Every stage writes to `errors`; in the graph it hangs off the ingest tables only, because an
edge from `articles` (owned by `rederive`) would make each computation wait for the other. The
clean/extract failures of a backfill are appended to errors all the same, and reported on it.

The code version of `articles` and `metric_events` is the extractor version (cleaner and
metric extractor), recorded on every materialization of a day, by either computation: after
the extractor changes, the days derived by an older one are visible, and a backfill of
`rederive` over them brings them up to date.

Both computations write under one pool (`xauto_storage`) and the storage root's writer lock:
a scheduled ingest and a backfill touching the same day never interleave their writes.
"""

import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import dagster as dg
import pyarrow.parquet as pq

from orchestration.partitions import daily_partitions
from orchestration.resources import XautoResource
from pipelines.core.config import ConfigError
from pipelines.launcher import RunSummary
from pipelines.locks import LockTimeout
from pipelines.storage import Storage
from pipelines.transforms import extractor_version
from schemas import (
    ARTICLES,
    ERRORS,
    FEED_ENTRIES,
    FEED_POLLS,
    METRIC_EVENTS,
    RAW_PAGES,
    SCHEMA_VERSION,
    TABLES,
    Table,
)

GROUP = "xauto"
# One pool for every computation that writes the storage root. Its limit (1) is set in the
# instance's dagster.yaml (concurrency: pools: default_limit) or with
# `dagster instance concurrency set xauto_storage 1`.
POOL = "xauto_storage"
INGEST_TABLES = (FEED_POLLS, FEED_ENTRIES, RAW_PAGES, ERRORS)
DERIVED_TABLES = (ARTICLES, METRIC_EVENTS)
# Run counters shown on every materialization, in this order (the rest are in beam_counters).
HEADLINE_COUNTERS = (
    "feeds_polled",
    "feeds_failed",
    "new_entries",
    "pages_fetched",
    "pages_failed",
    "pages_read_from_store",
    "articles",
    "articles_empty",
    "events",
)

FEEDS = dg.AssetSpec(
    "feeds",
    description="The RSS/Atom feeds of the xauto config (external: polled, never written). "
    "With no config, the bundled sample site served on 127.0.0.1.",
    group_name=GROUP,
    kinds={"rss"},
)


def column_schema(table: Table) -> dg.TableSchema:
    """The data dictionary of a table as Dagster shows it, from the one schema in schemas/."""
    return dg.TableSchema(
        columns=[
            dg.TableColumn(
                name=field.name,
                type=str(field.type),
                description=table.doc(field.name),
                constraints=dg.TableColumnConstraints(
                    nullable=field.nullable,
                    unique=field.name == table.key,
                    other=["partition column"] if field.name == table.partition_column else [],
                ),
            )
            for field in table.schema
        ]
    )


def table_spec(
    table: Table,
    deps: Sequence[str],
    partitions_def: dg.PartitionsDefinition | None = None,
    code_version: str | None = None,
) -> dg.AssetSpec:
    return dg.AssetSpec(
        table.name,
        deps=deps,
        description=f"{table.description}\n\nKey `{table.key}`; Hive-partitioned by "
        f"`{table.partition_column}` (UTC date of `{table.partition_source}`); Parquet, zstd.",
        group_name=GROUP,
        kinds={"parquet", "beam"},
        partitions_def=partitions_def,
        code_version=code_version,
        metadata={
            "dagster/column_schema": column_schema(table),
            "dagster/table_name": table.name,
            "key": table.key,
            "partition_column": table.partition_column,
            "schema_version": SCHEMA_VERSION,
        },
    )


def _rows_by_partition(storage: Storage, table: Table, paths: Sequence[str]) -> dict[str, int]:
    rows: dict[str, int] = {}
    for path in paths:
        partition = path.rsplit("/", 2)[-2].split("=", 1)[1]
        count = pq.read_metadata(path, filesystem=storage.fs).num_rows
        rows[partition] = rows.get(partition, 0) + count
    return dict(sorted(rows.items()))


def table_rows(storage: Storage, table: Table, partition: str | None = None) -> int:
    """Rows in a table (or one partition), from the Parquet footers: no data is read."""
    paths = storage.part_files(table, partition)
    return sum(pq.read_metadata(p, filesystem=storage.fs).num_rows for p in paths)


def snapshot_files(storage: Storage) -> dict[str, frozenset[str]]:
    return {name: frozenset(storage.part_files(t)) for name, t in TABLES.items()}


def added_rows(storage: Storage, before: Mapping[str, frozenset[str]]) -> dict[str, dict[str, int]]:
    """Rows each table gained since `before`, by partition: the files this run committed.

    Files are only ever added by appends (replacements happen in backfills, which hold the same
    lock and pool), so the new file names are exactly this run's writes.
    """
    return {
        name: _rows_by_partition(
            storage, table, sorted(set(storage.part_files(table)) - before[name])
        )
        for name, table in TABLES.items()
    }


def run_metadata(summary: RunSummary) -> dict[str, Any]:
    """What every materialization of a run carries: the run's headline figures and counters."""
    meta: dict[str, Any] = {c: summary.count(c) for c in HEADLINE_COUNTERS}
    meta |= {
        "errors": summary.count("rows_errors"),
        "beam_runner": summary.runner,
        "beam_seconds": round(summary.seconds, 2),
        "beam_counters": dg.MetadataValue.json(dict(sorted(summary.counters.items()))),
    }
    return meta


def _table_metadata(
    storage: Storage, table: Table, summary: RunSummary, by_partition: Mapping[str, int]
) -> dict[str, Any]:
    return {
        "dagster/row_count": table_rows(storage, table),
        "rows_written": summary.rows[table.name],
        "rows_by_partition": dg.MetadataValue.json(dict(by_partition)),
        "path": dg.MetadataValue.path(storage.table_dir(table)),
        **run_metadata(summary),
    }


def _failure(what: str, exc: Exception) -> dg.Failure:
    """A run that cannot complete: the reason is the failure's description in the run log."""
    return dg.Failure(
        description=f"{what} could not complete: {type(exc).__name__}: {exc}",
        metadata={"error_type": type(exc).__name__},
    )


@dg.multi_asset(
    name="ingest",
    specs=[
        table_spec(FEED_POLLS, ["feeds"]),
        table_spec(FEED_ENTRIES, ["feeds"]),
        table_spec(RAW_PAGES, ["feed_entries"]),
        table_spec(ERRORS, ["feed_polls", "feed_entries", "raw_pages"]),
    ],
    check_specs=[
        dg.AssetCheckSpec(
            "no_failed_sources",
            asset="errors",
            description="Warns when feeds or pages failed in the run; the run still succeeds "
            "and the failures are rows of errors (and feed_polls.error).",
        )
    ],
    can_subset=False,  # one Beam run writes all of them
    pool=POOL,
    description="Poll the feeds, fetch new pages, clean and extract: one Beam run. Also "
    "reports the articles / metric_events days it appended to.",
)
def ingest(context: dg.AssetExecutionContext, xauto: XautoResource) -> Iterator[Any]:
    try:
        storage = xauto.storage()
        before = snapshot_files(storage)
        summary = xauto.ingest()
    except (ConfigError, LockTimeout, OSError) as exc:
        raise _failure("the ingest run", exc) from exc
    added = added_rows(storage, before)
    context.log.info(f"ingest finished: {summary.as_dict()}")

    for table in INGEST_TABLES:
        yield dg.MaterializeResult(
            asset_key=table.name,
            metadata=_table_metadata(storage, table, summary, added[table.name]),
        )
    failed = {k: summary.count(k) for k in ("feeds_failed", "pages_failed")}
    failed["clean_or_extract_errors"] = summary.count("rows_errors") - sum(failed.values())
    yield dg.AssetCheckResult(
        asset_key="errors",
        check_name="no_failed_sources",
        passed=summary.count("rows_errors") == 0,
        severity=dg.AssetCheckSeverity.WARN,
        description=None
        if summary.count("rows_errors") == 0
        else f"{summary.count('rows_errors')} failures recorded in errors this run",
        metadata={**failed, "errors": summary.count("rows_errors"), "parked": summary.parked},
    )
    yield from _appended_partitions(context, storage, summary, added)


def _appended_partitions(
    context: dg.AssetExecutionContext,
    storage: Storage,
    summary: RunSummary,
    added: Mapping[str, Mapping[str, int]],
) -> Iterator[dg.AssetMaterialization]:
    """articles / metric_events partitions this ingest appended to, as their materializations."""
    version = extractor_version()
    for table in DERIVED_TABLES:
        for day, rows in added[table.name].items():
            if not daily_partitions.has_partition_key(day):
                context.log.warning(
                    f"{rows} {table.name} rows published on {day}, outside the partitions "
                    f"(from {daily_partitions.start:%Y-%m-%d}); stored, not reported"
                )
                continue
            yield dg.AssetMaterialization(
                asset_key=table.name,
                partition=day,
                description=f"{rows} rows appended by an ingest run",
                # As rederive records it, so both kinds of write compare by extractor version.
                tags={"dagster/code_version": version},
                metadata={
                    "dagster/row_count": table_rows(storage, table, day),
                    "table_row_count": table_rows(storage, table),  # the day's is beside it
                    "rows_written": rows,
                    "extractor_version": version,
                    **run_metadata(summary),
                },
            )


@dg.multi_asset(
    name="rederive",
    specs=[
        table_spec(ARTICLES, ["raw_pages"], daily_partitions, extractor_version()),
        table_spec(METRIC_EVENTS, ["articles"], daily_partitions, extractor_version()),
    ],
    partitions_def=daily_partitions,
    backfill_policy=dg.BackfillPolicy.single_run(),
    # Either table may be selected alone (`--select metric_events`); the one Beam run still
    # replaces both tables' days together (events are extracted from the re-cleaned text), and
    # the table not selected is recorded as materialized too, day by day.
    can_subset=True,
    pool=POOL,
    description="Re-clean and re-extract the stored pages of the chosen publication days with "
    "the current extractor; atomically replace those days' partitions. Fetches nothing.",
)
def rederive(context: dg.AssetExecutionContext, xauto: XautoResource) -> Iterator[Any]:
    keys = context.partition_key_range
    start, end = dt.date.fromisoformat(keys.start), dt.date.fromisoformat(keys.end)
    try:
        storage = xauto.storage()
        before = snapshot_files(storage)
        summary = xauto.backfill(start, end)
    except (ConfigError, LockTimeout, OSError) as exc:
        raise _failure(f"the backfill of {start}..{end}", exc) from exc
    context.log.info(f"backfill {start}..{end} finished: {summary.as_dict()}")
    version = extractor_version()
    days = [str(start + dt.timedelta(days=i)) for i in range((end - start).days + 1)]
    for table in DERIVED_TABLES:
        by_day = {day: table_rows(storage, table, day) for day in days}
        meta = {
            "rows_written": summary.rows[table.name],
            "rows_by_partition": dg.MetadataValue.json({d: n for d, n in by_day.items() if n}),
            "extractor_version": version,
            "path": dg.MetadataValue.path(storage.table_dir(table)),
            **run_metadata(summary),
        }
        meta["table_row_count"] = table_rows(storage, table)
        if len(days) == 1:  # one materialization per partition: a range-wide count would lie
            meta["dagster/row_count"] = by_day[days[0]]
        if dg.AssetKey(table.name) in context.selected_asset_keys:
            yield dg.MaterializeResult(asset_key=table.name, metadata=meta)
            continue
        for day in days:  # rewritten though not selected: say so on each of its days
            yield dg.AssetMaterialization(
                asset_key=table.name,
                partition=day,
                description=f"rewritten by the backfill of {start}..{end} that materialized "
                f"{', '.join(k.to_user_string() for k in context.selected_asset_keys)}",
                tags={"dagster/code_version": version},
                metadata={**meta, "dagster/row_count": by_day[day]},
            )
    # Clean/extract failures of the backfill are appended to errors: say so on that asset.
    errors = added_rows(storage, before)["errors"]
    if errors:
        yield dg.AssetMaterialization(
            asset_key=ERRORS.name,
            description=f"failures appended by the backfill of {start}..{end}",
            metadata={
                "dagster/row_count": table_rows(storage, ERRORS),
                "rows_written": sum(errors.values()),
                "rows_by_partition": dg.MetadataValue.json(errors),
            },
        )


ASSETS: list[dg.AssetsDefinition | dg.AssetSpec] = [FEEDS, ingest, rederive]
