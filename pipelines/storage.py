"""Hive-partitioned Parquet tables under a storage root, written atomically.

pyarrow's filesystems cover local paths and object stores (s3://, gs://) alike, so the Beam
writers, the Dagster checks and the tests share this one module.
"""

import datetime as dt
import json
import os
import uuid
from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.fs as pafs
import pyarrow.parquet as pq

from pipelines.errors import ForeignFileError, StorageError, storage_errors
from schemas import SCHEMA_VERSION, Table

__all__ = ["ForeignFileError", "Storage", "StorageError", "WrittenFile", "storage_errors"]

# Row groups: thousands of rows where the data allows, so DuckDB can prune on min/max; raw
# pages hold whole HTML bodies, so their groups are kept to a few MB.
ROW_GROUP_ROWS = {"raw_pages": 256}
DEFAULT_ROW_GROUP_ROWS = 50_000
_MAX_BINARY_BYTES = 2**31 - 1  # a binary column's offsets are int32
TMP_PREFIX = "."  # pyarrow datasets skip dot-files; DuckDB's *.parquet glob skips .tmp names
INTENT_PREFIX = ".replace-"  # a partition swap in progress (see Storage._swap)


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
        if not table.partitioned:  # facts: the table's own folder holds its one file
            return self.table_dir(table)
        return f"{self.table_dir(table)}/{table.partition_column}={value}"

    def replace_table(self, table: Table, rows: Sequence[Mapping[str, Any]]) -> WrittenFile | None:
        """Swap an unpartitioned table's files for one new file holding `rows` (same redo
        intent as a partition swap: a crash midway is finished by the next writer). With no
        rows the file is still written, empty, so a reader's glob always matches a file."""
        if table.partitioned:
            raise ValueError(f"{table.name} is partitioned: replace its partitions instead")
        return self._swap(table, "", self.part_files(table), to_arrow(table, rows))

    def write_part(
        self, table: Table, partition: dt.date | str, rows: Sequence[Mapping[str, Any]]
    ) -> WrittenFile:
        """Write rows to a new file in the partition: temporary name, then rename."""
        return self.commit_part(self.stage_part(table, partition, rows))

    def stage_part(
        self, table: Table, partition: dt.date | str, rows: Sequence[Mapping[str, Any]]
    ) -> WrittenFile:
        """Write rows under a temporary name that no reader sees; `commit_part` publishes it.

        Appends in a pipeline stage in the bundle and commit in a later step, once the runner
        has committed the bundle: a retried bundle's first attempt leaves only temporary files
        (swept under the writer lock), never visible rows.
        """
        data = to_arrow(table, rows)
        folder = self.partition_dir(table, partition)
        name = f"part-{_token()}.parquet"
        tmp = f"{folder}/{TMP_PREFIX}{name}.tmp"
        with storage_errors("write", tmp):
            self.fs.create_dir(folder, recursive=True)
            _write_parquet(self.fs, tmp, data, table)
            size = self.fs.get_file_info(tmp).size or 0
        return WrittenFile(table.name, str(partition), tmp, data.num_rows, size)

    def commit_part(self, staged: WrittenFile) -> WrittenFile:
        """Rename a staged file to its final name. Idempotent: a retried commit finds the file
        already renamed and does nothing, so a commit step may run twice."""
        folder, tmp_name = staged.path.rsplit("/", 1)
        final = f"{folder}/{final_name(tmp_name)}"
        with storage_errors("commit", final):
            if self.fs.get_file_info(staged.path).type == pafs.FileType.File:
                self.fs.move(staged.path, final)
            elif self.fs.get_file_info(final).type != pafs.FileType.File:
                raise StorageError(f"cannot commit {staged.path}: the staged file is gone", final)
        return WrittenFile(staged.table, staged.partition, final, staged.rows, staged.bytes)

    def replace_partition(
        self, table: Table, partition: dt.date | str, rows: Sequence[Mapping[str, Any]]
    ) -> WrittenFile | None:
        """Swap a partition's files for one new file holding `rows` (none: empty it).

        A swap an earlier attempt left half done in this partition (a runner retrying the
        bundle after its worker died) is finished first, so it cannot later add its rows back.
        """
        data = to_arrow(table, rows) if rows else None
        self.finish_replacements(self.partition_dir(table, partition))
        return self._swap(table, partition, self.part_files(table, partition), data)

    def compact_partition(
        self, table: Table, partition: dt.date | str, files: Sequence[str]
    ) -> WrittenFile | None:
        """Rewrite a partition's `files` (its `part_files`) as one: same rows, same order.

        Streams row groups, so memory is bounded by a row group, not by the partition.
        """
        return self._swap(table, partition, files, self._row_groups(table, files))

    def _row_groups(self, table: Table, paths: Sequence[str]) -> Iterator[pa.Table]:
        for path in paths:
            with storage_errors("read", path), self.fs.open_input_file(path) as fh:
                parquet = pq.ParquetFile(fh)
                check_file_schema(table, parquet.schema_arrow, path)
                for group in range(parquet.num_row_groups):
                    yield parquet.read_row_group(group)

    def _swap(
        self,
        table: Table,
        partition: dt.date | str,
        old: Sequence[str],
        data: pa.Table | Iterable[pa.Table] | None,
    ) -> WrittenFile | None:
        """Replace files `old` by one new file, with a redo intent so a crash loses nothing.

        1. the new file is written whole under a temporary name (a crash here: swept, and the
           old files still stand);
        2. an intent naming the old files, the temporary and the final name is written;
        3. the old files are deleted, the new one renamed in, the intent deleted.
        A crash after 2 is finished by the next writer (`finish_replacements`), so the
        partition ends with the new rows exactly once. A reader in the short gap of 3 may see
        the partition partly or wholly emptied, never half-written files or doubled rows.
        """
        folder = self.partition_dir(table, partition)
        token = _token()
        name = f"part-{token}.parquet"
        tmp = f"{folder}/{TMP_PREFIX}{name}.tmp"
        rows = 0
        if data is not None:
            with storage_errors("write", tmp):
                self.fs.create_dir(folder, recursive=True)
                rows = _write_parquet(self.fs, tmp, data, table)
        if not old and data is None:
            return None
        intent = {
            "old": [p.rsplit("/", 1)[-1] for p in old],
            "tmp": tmp.rsplit("/", 1)[-1] if data is not None else None,
            "final": name,
        }
        intent_path = f"{folder}/{INTENT_PREFIX}{token}.json"
        with storage_errors("write", intent_path):
            with self.fs.open_output_stream(intent_path) as out:
                out.write(json.dumps(intent).encode())
            self._redo(folder, intent_path, intent)
        if data is None:
            return None
        final = f"{folder}/{name}"
        size = self.fs.get_file_info(final).size or 0
        return WrittenFile(table.name, str(partition), final, rows, size)

    def _redo(self, folder: str, intent_path: str, intent: dict[str, Any]) -> None:
        """Carry out a replacement intent; safe to repeat after a crash at any step."""
        for base_name in intent["old"]:
            path = f"{folder}/{base_name}"
            if self.fs.get_file_info(path).type == pafs.FileType.File:
                self.fs.delete_file(path)
        if intent["tmp"]:
            tmp = f"{folder}/{intent['tmp']}"
            if self.fs.get_file_info(tmp).type == pafs.FileType.File:
                self.fs.move(tmp, f"{folder}/{intent['final']}")
        self.fs.delete_file(intent_path)

    def finish_replacements(self, folder: str | None = None) -> int:
        """Complete replacements a killed writer left half done (under `folder`, default the
        whole root). Call only under the writer lock. An intent that does not parse was never
        complete: the swap had not begun."""
        selector = pafs.FileSelector(folder or self.base, recursive=True, allow_not_found=True)
        with storage_errors("read", selector.base_dir):
            intents = [
                info.path
                for info in self.fs.get_file_info(selector)
                if info.type == pafs.FileType.File
                and info.base_name.startswith(INTENT_PREFIX)
                and info.base_name.endswith(".json")
            ]
        done = 0
        for path in sorted(intents):
            with storage_errors("finish the replacement", path):
                with self.fs.open_input_stream(path) as fh:
                    raw = fh.read()
                try:
                    intent = json.loads(raw)
                except ValueError:
                    self.fs.delete_file(path)
                    continue
                self._redo(path.rsplit("/", 1)[0], path, intent)
            done += 1
        return done

    def part_files(self, table: Table, partition: dt.date | str | None = None) -> list[str]:
        folder = (
            self.table_dir(table) if partition is None else self.partition_dir(table, partition)
        )
        selector = pafs.FileSelector(folder, recursive=True, allow_not_found=True)
        with storage_errors("list", folder):
            infos = self.fs.get_file_info(selector)
        return sorted(
            info.path
            for info in infos
            if info.type == pafs.FileType.File
            and info.base_name.endswith(".parquet")
            and not info.base_name.startswith(TMP_PREFIX)
        )

    def sweep_temporary(self) -> int:
        """Finish replacements a killed writer left, then delete its temporary files. Call only
        while holding the writer lock: then no temporary file can belong to a live writer."""
        self.finish_replacements()
        selector = pafs.FileSelector(self.base, recursive=True, allow_not_found=True)
        with storage_errors("list", self.base):
            stale = [
                info.path
                for info in self.fs.get_file_info(selector)
                if info.type == pafs.FileType.File
                and info.base_name.startswith(TMP_PREFIX + "part-")
                and info.base_name.endswith(".tmp")
            ]
        for path in stale:
            with storage_errors("delete", path):
                self.fs.delete_file(path)
        return len(stale)

    def partitions(self, table: Table) -> list[str]:
        if not table.partitioned:
            return []
        selector = pafs.FileSelector(self.table_dir(table), allow_not_found=True)
        prefix = f"{table.partition_column}="
        with storage_errors("list", self.table_dir(table)):
            infos = self.fs.get_file_info(selector)
        return sorted(
            info.base_name[len(prefix) :]
            for info in infos
            if info.type == pafs.FileType.Directory and info.base_name.startswith(prefix)
        )

    def read(
        self,
        table: Table,
        columns: Sequence[str] | None = None,
        filter: ds.Expression | None = None,
    ) -> pa.Table:
        """Read a table (all partitions) with its declared schema; empty if never written.

        Files of an older schema version of the table read with the newer columns null; a
        file that is not of this table raises ForeignFileError naming it (else it would read
        as rows of nulls without a word).
        """
        files = self.part_files(table)
        if not files:
            empty = table.schema.empty_table()
            return empty.select(list(columns)) if columns else empty
        if not table.partitioned:
            whole = ds.dataset(files, schema=table.schema, format="parquet", filesystem=self.fs)
            return whole.to_table(columns=list(columns) if columns else None, filter=filter)
        partitioning = ds.partitioning(
            pa.schema([table.schema.field(table.partition_column)]), flavor="hive"
        )
        with storage_errors("read", self.table_dir(table)):
            dataset = ds.dataset(
                files,
                schema=table.schema,
                format="parquet",
                filesystem=self.fs,
                partitioning=partitioning,
                partition_base_dir=self.table_dir(table),
            )
            fragments = list(dataset.get_fragments())
            # Footers read in parallel (object stores: latency-bound); each fragment keeps its
            # metadata, so the scan below does not read the footer again.
            with ThreadPoolExecutor(max_workers=min(16, len(fragments))) as pool:
                schemas = list(pool.map(lambda f: f.physical_schema, fragments))
            expected = _Expected.of(table)
            for fragment, schema in zip(fragments, schemas, strict=True):
                expected.check(schema, fragment.path)
            return dataset.to_table(columns=list(columns) if columns else None, filter=filter)


def check_file_schema(table: Table, schema: pa.Schema, path: str) -> None:
    """Refuse a Parquet file that is not one of `table`'s, naming it.

    A file of the same table and major schema version may lack columns added since (minor
    versions add nullable columns only); anything else (another table's file, unknown or
    retyped columns, a missing required column) is foreign.
    """
    _Expected.of(table).check(schema, path)


@dataclass(frozen=True)
class _Expected:
    """What a table's files may hold, computed once per read rather than once per file."""

    table: str
    types: dict[str, pa.DataType]
    required: tuple[str, ...]
    file_columns: frozenset[str]

    @staticmethod
    def of(table: Table) -> "_Expected":
        file_schema = table.file_schema
        return _Expected(
            table.name,
            {f.name: f.type for f in table.schema},
            tuple(f.name for f in file_schema if not f.nullable),
            frozenset(file_schema.names),
        )

    def check(self, schema: pa.Schema, path: str) -> None:
        meta = schema.metadata or {}
        owner = meta.get(b"xauto.table", b"").decode()
        if owner and owner != self.table:
            raise ForeignFileError(f"{path} is a file of table {owner}, not {self.table}", path)
        version = meta.get(b"xauto.schema_version", b"").decode()
        major = SCHEMA_VERSION.split(".")[0]
        if version and version.split(".")[0] != major:
            raise ForeignFileError(
                f"{path} has {self.table} schema version {version}; this xauto reads {major}.x",
                path,
            )
        problems = []
        for field in schema:
            want = self.types.get(field.name)
            if want is None:
                problems.append(f"unknown column {field.name}")
            elif field.type != want:
                problems.append(f"column {field.name} is {field.type}, not {want}")
        names = set(schema.names)
        problems += [f"no column {name}" for name in self.required if name not in names]
        if problems or not names & self.file_columns:
            detail = "; ".join(problems[:3]) or "no column of the table"
            raise ForeignFileError(f"{path} is not a file of table {self.table}: {detail}", path)


def final_name(tmp_name: str) -> str:
    """`.part-X.parquet.tmp` → `part-X.parquet`: a staged file's published name."""
    return tmp_name.removeprefix(TMP_PREFIX).removesuffix(".tmp")


def _token() -> str:
    """Unique per file, and sorting by name sorts by write time."""
    return f"{dt.datetime.now(dt.UTC):%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:12]}"


def to_arrow(table: Table, rows: Iterable[Mapping[str, Any]]) -> pa.Table:
    """Column by column (from_pylist would build a dict per row first); binary columns, the
    raw pages' bodies, through `_binary_column`."""
    schema = table.file_schema
    rows = rows if isinstance(rows, Sequence) else list(rows)
    columns = []
    for field in schema:
        values = [r.get(field.name) for r in rows]
        fast = _binary_column(values) if field.type == pa.binary() else None
        columns.append(fast if fast is not None else pa.array(values, type=field.type))
    return pa.Table.from_arrays(columns, schema=schema)


def _binary_column(values: list[Any]) -> pa.Array | None:
    """A binary column of `bytes` values (no nulls, under 2 GB) as one joined buffer, else
    None (`pa.array` then). `pa.array` grows its buffer as it goes: on a run's 500 raw pages
    (about 50 MB of fresh bodies) it took 100 to 165 ms of CPU against 36 here."""
    if not all(type(v) is bytes for v in values):
        return None
    offsets = array("i", [0])
    total = 0
    for v in values:
        total += len(v)
        if total > _MAX_BINARY_BYTES:
            return None
        offsets.append(total)
    data = pa.py_buffer(b"".join(values))
    return pa.Array.from_buffers(pa.binary(), len(values), [None, pa.py_buffer(offsets), data])


def _conform(part: pa.Table, schema: pa.Schema) -> pa.Table:
    """A table in the file schema: columns an older schema version lacked come back null."""
    n = part.num_rows
    columns = [
        part[f.name].cast(f.type) if f.name in part.column_names else pa.nulls(n, f.type)
        for f in schema
    ]
    return pa.Table.from_arrays(columns, schema=schema)


def _write_parquet(
    fs: pafs.FileSystem, path: str, data: pa.Table | Iterable[pa.Table], table: Table
) -> int:
    """One Parquet file from a table, or from a stream of tables regrouped into row groups of
    the table's target size (so compacting many small files gives big groups). Returns rows."""
    group_rows = ROW_GROUP_ROWS.get(table.name, DEFAULT_ROW_GROUP_ROWS)
    parts = [data] if isinstance(data, pa.Table) else data
    schema = table.file_schema
    rows = 0
    with (
        fs.open_output_stream(path) as sink,
        pq.ParquetWriter(sink, schema, compression="zstd", write_statistics=True) as writer,
    ):
        pending: list[pa.Table] = []
        held = 0
        for part in parts:
            pending.append(_conform(part, schema))
            held += part.num_rows
            if held >= group_rows:
                merged = pa.concat_tables(pending)
                full = (held // group_rows) * group_rows
                writer.write_table(merged.slice(0, full), row_group_size=group_rows)
                pending, held = [merged.slice(full)], held - full
                rows += full
        if held:
            writer.write_table(pa.concat_tables(pending), row_group_size=group_rows)
            rows += held
    return rows
