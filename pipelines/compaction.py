"""Merge the small files that appends leave behind: one file per partition, same rows.

Every run appends one file per table and day it touched (a 30-minute schedule adds 48 a day
to feed_polls). Readers pay per file, so `xauto compact` rewrites each partition that has
several files as one, with the table's row-group size, under the writer lock and through the
same crash-safe swap as a backfill.
"""

import datetime as dt
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

from pipelines.locks import writer_lock
from pipelines.storage import Storage
from schemas import TABLES, Table, table


@dataclass
class CompactionSummary:
    storage: str
    seconds: float = 0.0
    tables: dict[str, dict[str, int]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        return {
            "kind": "compact",
            "storage": self.storage,
            "seconds": round(self.seconds, 2),
            "tables": self.tables,
        }


def compact(
    root: str,
    tables: Sequence[str] = (),
    start: dt.date | None = None,
    end: dt.date | None = None,
    min_files: int = 2,
    lock_timeout: float = 3600.0,
) -> CompactionSummary:
    """Compact partitions of `tables` (all when empty) between start and end, inclusive."""
    started = time.monotonic()
    storage = Storage(root)
    summary = CompactionSummary(root)
    chosen: list[Table] = [table(n) for n in tables] if tables else list(TABLES.values())
    with writer_lock(root, timeout=lock_timeout):
        storage.sweep_temporary()
        for tbl in chosen:
            stats = {"partitions": 0, "files_before": 0, "files_after": 0, "rows": 0}
            for partition in storage.partitions(tbl):
                if not _in_range(partition, start, end):
                    continue
                files = storage.part_files(tbl, partition)
                stats["files_before"] += len(files)
                if len(files) < max(2, min_files):
                    stats["files_after"] += len(files)
                    continue
                written = storage.compact_partition(tbl, partition, files)
                stats["files_after"] += 1
                stats["partitions"] += 1
                stats["rows"] += written.rows if written else 0
            summary.tables[tbl.name] = stats
    summary.seconds = time.monotonic() - started
    return summary


def _in_range(partition: str, start: dt.date | None, end: dt.date | None) -> bool:
    try:
        day = dt.date.fromisoformat(partition)
    except ValueError:
        return start is None and end is None  # not a day: only in an unbounded compaction
    return (start is None or day >= start) and (end is None or day <= end)
