"""Hive-partitioned Parquet tables under a storage root, written atomically.

pyarrow's filesystems cover local paths and object stores (s3://, gs://) alike, so the Beam
writers, the Dagster checks and the tests share this one module.
"""

import datetime as dt
import os
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.fs as pafs
import pyarrow.parquet as pq

from schemas import Table

# Row groups: thousands of rows where the data allows, so DuckDB can prune on min/max; raw
# pages hold whole HTML bodies, so their groups are kept to a few MB.
ROW_GROUP_ROWS = {"raw_pages": 256}
DEFAULT_ROW_GROUP_ROWS = 50_000
TMP_PREFIX = "."  # pyarrow datasets skip dot-files; DuckDB's *.parquet glob skips .tmp names


@dataclass(frozen=True)
class WrittenFile:
    table: str
    partition: str
    path: str
    rows: int
    bytes: int


def _fs_and_base(root: str) -> tuple[pafs.FileSystem, str]:
    """pyarrow's own filesystems (local, s3, gs, hdfs); any other scheme through fsspec.

    S3 options ride in the URI: s3://bucket/prefix?endpoint_override=host:port&scheme=http.
    """
    if "://" in root and not root.startswith("file://"):
        try:
            fs, path = pafs.FileSystem.from_uri(root)
        except pa.ArrowInvalid:
            import fsspec  # e.g. az://, abfs://: needs the matching fsspec backend installed

            protocol, _, rest = root.partition("://")
            handler = pafs.FSSpecHandler(fsspec.filesystem(protocol))
            return pafs.PyFileSystem(handler), rest.rstrip("/")
        return fs, path.rstrip("/")
    local = root.removeprefix("file://")
    return pafs.LocalFileSystem(), os.path.abspath(local)


class Storage:
    """The storage root: one folder per table, one subfolder per partition."""

    def __init__(self, root: str) -> None:
        self.root = root
        self.fs, self.base = _fs_and_base(root)

    def __reduce__(self) -> tuple[Any, tuple[str]]:
        return (Storage, (self.root,))  # filesystems do not all pickle; the root does

    def table_dir(self, table: Table) -> str:
        return f"{self.base}/{table.name}"

    def partition_dir(self, table: Table, value: dt.date | str) -> str:
        return f"{self.table_dir(table)}/{table.partition_column}={value}"

    def write_part(
        self, table: Table, partition: dt.date | str, rows: Sequence[Mapping[str, Any]]
    ) -> WrittenFile:
        """Write rows to a new file in the partition: temporary name, then rename."""
        data = to_arrow(table, rows)
        folder = self.partition_dir(table, partition)
        self.fs.create_dir(folder, recursive=True)
        name = f"part-{dt.datetime.now(dt.UTC):%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:12]}.parquet"
        tmp = f"{folder}/{TMP_PREFIX}{name}.tmp"
        final = f"{folder}/{name}"
        _write_parquet(self.fs, tmp, data, table)
        self.fs.move(tmp, final)
        size = self.fs.get_file_info(final).size or 0
        return WrittenFile(table.name, str(partition), final, data.num_rows, size)

    def replace_partition(
        self, table: Table, partition: dt.date | str, rows: Sequence[Mapping[str, Any]]
    ) -> WrittenFile | None:
        """Swap a partition's files for new ones. New files are complete before the old go.

        The new file is written under a temporary name first; then the old files are deleted
        and the new one renamed in. A reader in that short gap sees the partition empty, never
        half-written or doubled.
        """
        folder = self.partition_dir(table, partition)
        old = self.part_files(table, partition)
        written = None
        if rows:
            data = to_arrow(table, rows)
            self.fs.create_dir(folder, recursive=True)
            name = f"part-{dt.datetime.now(dt.UTC):%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:12]}.parquet"
            tmp = f"{folder}/{TMP_PREFIX}{name}.tmp"
            _write_parquet(self.fs, tmp, data, table)
            for path in old:
                self.fs.delete_file(path)
            self.fs.move(tmp, f"{folder}/{name}")
            size = self.fs.get_file_info(f"{folder}/{name}").size or 0
            written = WrittenFile(table.name, str(partition), f"{folder}/{name}", len(rows), size)
        else:
            for path in old:
                self.fs.delete_file(path)
        return written

    def part_files(self, table: Table, partition: dt.date | str | None = None) -> list[str]:
        folder = (
            self.table_dir(table) if partition is None else self.partition_dir(table, partition)
        )
        selector = pafs.FileSelector(folder, recursive=True, allow_not_found=True)
        return sorted(
            info.path
            for info in self.fs.get_file_info(selector)
            if info.type == pafs.FileType.File
            and info.base_name.endswith(".parquet")
            and not info.base_name.startswith(TMP_PREFIX)
        )

    def sweep_temporary(self) -> int:
        """Delete temporary files a killed writer left. Call only while holding the writer lock:
        then no temporary file can belong to a live writer."""
        selector = pafs.FileSelector(self.base, recursive=True, allow_not_found=True)
        stale = [
            info.path
            for info in self.fs.get_file_info(selector)
            if info.type == pafs.FileType.File
            and info.base_name.startswith(TMP_PREFIX + "part-")
            and info.base_name.endswith(".tmp")
        ]
        for path in stale:
            self.fs.delete_file(path)
        return len(stale)

    def partitions(self, table: Table) -> list[str]:
        selector = pafs.FileSelector(self.table_dir(table), allow_not_found=True)
        prefix = f"{table.partition_column}="
        return sorted(
            info.base_name[len(prefix) :]
            for info in self.fs.get_file_info(selector)
            if info.type == pafs.FileType.Directory and info.base_name.startswith(prefix)
        )

    def read(
        self,
        table: Table,
        columns: Sequence[str] | None = None,
        filter: ds.Expression | None = None,
    ) -> pa.Table:
        """Read a table (all partitions) with its declared schema; empty if never written."""
        files = self.part_files(table)
        if not files:
            empty = table.schema.empty_table()
            return empty.select(list(columns)) if columns else empty
        partitioning = ds.partitioning(
            pa.schema([table.schema.field(table.partition_column)]), flavor="hive"
        )
        dataset = ds.dataset(
            files,
            schema=table.schema,
            format="parquet",
            filesystem=self.fs,
            partitioning=partitioning,
            partition_base_dir=self.table_dir(table),
        )
        return dataset.to_table(columns=list(columns) if columns else None, filter=filter)


def to_arrow(table: Table, rows: Iterable[Mapping[str, Any]]) -> pa.Table:
    schema = table.file_schema
    return pa.Table.from_pylist([{k: r.get(k) for k in schema.names} for r in rows], schema=schema)


def _write_parquet(fs: pafs.FileSystem, path: str, data: pa.Table, table: Table) -> None:
    with fs.open_output_stream(path) as sink:
        pq.write_table(
            data,
            sink,
            compression="zstd",
            row_group_size=ROW_GROUP_ROWS.get(table.name, DEFAULT_ROW_GROUP_ROWS),
            write_statistics=True,
        )
