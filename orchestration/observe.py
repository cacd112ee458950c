"""What the tables hold on disk, reported to Dagster: writes made outside Dagster become visible.

`xauto run`, `make run`, `xauto backfill` and `xauto compact` write the same tables as the
Dagster runs, but Dagster only knows what its own runs recorded: every asset said "Never
materialized" after `make run`, and the Partitions tab counted one day where 25 were on disk.
The `tables_on_disk_sensor` (sensors.py, on by default) compares the tables' Parquet footers
(no data is read) with what the instance last recorded, and reports the difference as
materializations (Dagster's way to record an asset written outside it):

- feed_polls, feed_entries, raw_pages, errors (unpartitioned assets): one materialization when
  the table's row count differs from the last recorded `dagster/row_count`;
- articles, metric_events (daily partitions = publication days): one per day whose rows differ
  from that day's last recorded count, or that has rows and none recorded. The Partitions tab
  then shows the days with data, however they were written.

Every report carries the table-wide row count (`table_row_count`) beside the partition's, the
number of files and days, and the folder. A report the instance already agrees with is never
repeated, so the sensor is idempotent: a Dagster run's own materializations (which record the
same counts) are not reported twice.
"""

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import dagster as dg
import pyarrow.parquet as pq
from dagster._core.events import DagsterEventType

from orchestration.partitions import daily_partitions
from pipelines.storage import Storage
from schemas import ARTICLES, METRIC_EVENTS, TABLES, Table

PARTITIONED = (ARTICLES.name, METRIC_EVENTS.name)  # the assets with daily partitions
DESCRIPTION = (
    "state on disk, recorded by tables_on_disk_sensor: written outside this instance's runs "
    "(e.g. `xauto run`)"
)


@dataclass(frozen=True)
class TableState:
    """A table as stored: rows per partition (from the Parquet footers) and its files."""

    table: Table
    rows_by_partition: Mapping[str, int]
    files: int

    @property
    def rows(self) -> int:
        return sum(self.rows_by_partition.values())

    def metadata(self, storage: Storage) -> dict[str, Any]:
        days = sorted(self.rows_by_partition)
        return {
            "table_row_count": self.rows,
            "files": self.files,
            "partitions_with_data": len(days),
            "first_partition": days[0] if days else "",
            "last_partition": days[-1] if days else "",
            "path": dg.MetadataValue.path(storage.table_dir(self.table)),
        }


def table_state(storage: Storage, table: Table) -> TableState:
    rows: dict[str, int] = {}
    paths = storage.part_files(table)
    for path in paths:
        partition = path.rsplit("/", 2)[-2].split("=", 1)[1]
        count = pq.read_metadata(path, filesystem=storage.fs).num_rows
        rows[partition] = rows.get(partition, 0) + count
    return TableState(table, dict(sorted(rows.items())), len(paths))


def _recorded_rows(entry: dg.EventLogEntry | None) -> int | None:
    if entry is None or entry.asset_materialization is None:
        return None
    value = entry.asset_materialization.metadata.get("dagster/row_count")
    return int(value.value) if isinstance(value, dg.IntMetadataValue) else None


def _recorded_rows_by_partition(instance: dg.DagsterInstance, key: dg.AssetKey) -> dict[str, int]:
    """The row count each partition's latest materialization recorded (missing: none)."""
    latest = instance.get_latest_storage_id_by_partition(
        key, DagsterEventType.ASSET_MATERIALIZATION
    )
    ids = list(latest.values())
    found: dict[str, int] = {}
    for start in range(0, len(ids), 500):
        records = instance.fetch_materializations(
            dg.AssetRecordsFilter(asset_key=key, storage_ids=ids[start : start + 500]), limit=500
        ).records
        for record in records:
            partition = record.partition_key
            rows = _recorded_rows(record.event_log_entry)
            if partition is not None and rows is not None:
                found[partition] = rows
    return found


def unrecorded_changes(
    instance: dg.DagsterInstance, storage: Storage
) -> Iterator[dg.AssetMaterialization]:
    """Materializations for what is on disk and not yet recorded by the instance (see above)."""
    for name, table in TABLES.items():
        state = table_state(storage, table)
        key = dg.AssetKey(name)
        if name not in PARTITIONED:
            if state.files and _recorded_rows(instance.get_latest_materialization_event(key)) != (
                state.rows
            ):
                yield dg.AssetMaterialization(
                    asset_key=key,
                    description=DESCRIPTION,
                    metadata={
                        "dagster/row_count": state.rows,
                        **state.metadata(storage),
                        "rows_by_partition": dg.MetadataValue.json(dict(state.rows_by_partition)),
                    },
                )
            continue
        recorded = _recorded_rows_by_partition(instance, key)
        keys = set(daily_partitions.get_partition_keys())  # days outside them are not assets'
        for day, rows in state.rows_by_partition.items():
            if recorded.get(day) == rows or day not in keys:
                continue
            yield dg.AssetMaterialization(
                asset_key=key,
                partition=day,
                description=DESCRIPTION,
                metadata={"dagster/row_count": rows, **state.metadata(storage)},
            )
