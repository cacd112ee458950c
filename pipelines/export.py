"""`xauto export`: one table (optionally a range of its partition days) as one CSV, JSON lines
or Parquet file, for tools that want a file rather than a folder of partitions.

Encodings, so a file reads back with the table's types (README, "Exports"):
- Parquet: the table's Arrow schema, the partition column included; zstd.
- CSV: a header row; every value quoted, a null left empty and unquoted (so '' and null
  differ); timestamps as `2024-04-25 10:00:00.000000Z` (UTC), dates as `2024-04-25`,
  booleans `true`/`false`, binary (raw_pages.body) as base64, lists as JSON arrays.
- JSON lines: one object per row; timestamps ISO 8601 with `+00:00`, dates ISO, binary base64.
`read_back_sql` is the DuckDB query that reads an export with the documented types.

It streams a row group at a time, so memory is bounded by a row group, not by the table.
"""

import base64
import datetime as dt
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from pipelines.storage import Storage
from schemas import Table

FORMATS = ("csv", "jsonl", "parquet")


@dataclass(frozen=True)
class ExportResult:
    table: str
    format: str
    path: Path
    rows: int
    partitions: int


def duckdb_type(t: pa.DataType, text_format: bool) -> str:
    """The DuckDB type a column reads back as (binary is base64 text in CSV and JSON lines)."""
    if pa.types.is_binary(t) or pa.types.is_large_binary(t):
        return "VARCHAR" if text_format else "BLOB"
    if pa.types.is_string(t) or pa.types.is_large_string(t):
        return "VARCHAR"
    if pa.types.is_timestamp(t):
        return "TIMESTAMPTZ" if t.tz else "TIMESTAMP"
    if pa.types.is_date(t):
        return "DATE"
    if pa.types.is_boolean(t):
        return "BOOLEAN"
    if pa.types.is_list(t) or pa.types.is_large_list(t):
        return f"{duckdb_type(t.value_type, text_format)}[]"
    names = {
        pa.int8(): "TINYINT",
        pa.int16(): "SMALLINT",
        pa.int32(): "INTEGER",
        pa.int64(): "BIGINT",
        pa.float32(): "FLOAT",
        pa.float64(): "DOUBLE",
    }
    return names.get(t, "VARCHAR")


def duckdb_columns(table: Table, fmt: str) -> dict[str, str]:
    text = fmt != "parquet"
    return {f.name: duckdb_type(f.type, text) for f in table.schema}


def read_back_sql(table: Table, fmt: str, path: str) -> str:
    """DuckDB SQL that reads an export with the table's documented types."""
    quoted = path.replace("'", "''")
    if fmt == "parquet":
        return f"SELECT * FROM read_parquet('{quoted}')"
    cols = duckdb_columns(table, fmt)
    in_file = {k: ("VARCHAR" if v.endswith("[]") and fmt == "csv" else v) for k, v in cols.items()}
    select = ", ".join(_decoded(table, k, fmt) for k in cols)
    if fmt == "csv":
        source = (
            f"read_csv('{quoted}', header = true, columns = {_struct(in_file)}, "
            "allow_quoted_nulls = false, auto_detect = false)"
        )
    else:
        source = (
            f"read_json('{quoted}', format = 'newline_delimited', columns = {_struct(in_file)})"
        )
    return f"SELECT {select} FROM {source}"


def _decoded(table: Table, name: str, fmt: str) -> str:
    """The select item that turns a column's text encoding back into its type."""
    t = table.schema.field(name).type
    if pa.types.is_binary(t) or pa.types.is_large_binary(t):
        return f"from_base64({name}) AS {name}"
    if fmt == "csv" and (pa.types.is_list(t) or pa.types.is_large_list(t)):
        item = duckdb_type(t.value_type, True)
        return f"CAST(CAST({name} AS JSON) AS {item}[]) AS {name}"
    return name


def _struct(cols: dict[str, str]) -> str:
    return "{" + ", ".join(f"'{k}': '{v}'" for k, v in cols.items()) + "}"


def _conform(data: pa.Table, table: Table, partition: str) -> pa.Table:
    """A row group with the table's full schema: partition column added from the folder
    name, columns an older schema version lacked filled with nulls."""
    arrays = []
    for f in table.schema:
        if f.name == table.partition_column:
            value = dt.date.fromisoformat(partition)
            arrays.append(pa.array([value] * data.num_rows, f.type))
        elif f.name in data.column_names:
            arrays.append(data[f.name].cast(f.type))
        else:
            arrays.append(pa.nulls(data.num_rows, f.type))
    return pa.Table.from_arrays(arrays, schema=table.schema)


def scan(
    storage: Storage, table: Table, start: dt.date | None, end: dt.date | None
) -> Iterator[pa.Table]:
    """The table's rows a row group at a time, partitions in order, within [start, end]."""
    for partition in storage.partitions(table):
        try:
            day = dt.date.fromisoformat(partition)
        except ValueError:
            continue  # not a partition folder of ours
        if (start and day < start) or (end and day > end):
            continue
        for path in storage.part_files(table, partition):
            with storage.fs.open_input_file(path) as fh:
                parquet = pq.ParquetFile(fh)
                for group in range(parquet.num_row_groups):
                    yield _conform(parquet.read_row_group(group), table, partition)


def _text_encoded(data: pa.Table) -> pa.Table:
    """Binary as base64 text and lists as JSON text: what CSV can hold."""
    for i, field in enumerate(data.schema):
        t = field.type
        if pa.types.is_binary(t) or pa.types.is_large_binary(t):
            values = [
                None if v is None else base64.b64encode(v).decode() for v in data[i].to_pylist()
            ]
            data = data.set_column(i, field.name, pa.array(values, pa.string()))
        elif pa.types.is_list(t) or pa.types.is_large_list(t):
            values = [
                None if v is None else json.dumps(v, default=str) for v in data[i].to_pylist()
            ]
            data = data.set_column(i, field.name, pa.array(values, pa.string()))
    return data


def _json_value(v: Any) -> Any:
    if isinstance(v, bytes):
        return base64.b64encode(v).decode()
    if isinstance(v, dt.datetime | dt.date):
        return v.isoformat()
    if isinstance(v, list):
        return [_json_value(x) for x in v]
    return v


def _write(fmt: str, table: Table, groups: Iterator[pa.Table], sink: IO[bytes]) -> int:
    rows = 0
    if fmt == "parquet":
        with pq.ParquetWriter(sink, table.schema, compression="zstd") as writer:
            for data in groups:
                writer.write_table(data)
                rows += data.num_rows
            return rows
    if fmt == "jsonl":
        for data in groups:
            for row in data.to_pylist():
                line = {k: _json_value(v) for k, v in row.items()}
                sink.write(json.dumps(line, ensure_ascii=False).encode() + b"\n")
            rows += data.num_rows
        return rows
    schema = _text_encoded(table.schema.empty_table()).schema
    options = pacsv.WriteOptions(quoting_style="all_valid")
    with pacsv.CSVWriter(sink, schema, write_options=options) as writer:
        for data in groups:
            writer.write_table(_text_encoded(data))
            rows += data.num_rows
    return rows


def export(
    storage_root: str,
    table: Table,
    fmt: str,
    out: str | Path,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> ExportResult:
    """Write the export under a temporary name, then rename: no half-written file is left."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")
    storage = Storage(storage_root)
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    parts = storage.partitions(table)
    try:
        with open(tmp, "wb") as sink:
            rows = _write(fmt, table, scan(storage, table, start, end), sink)
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
    in_range = [
        p
        for p in parts
        if (not start or p >= start.isoformat()) and (not end or p <= end.isoformat())
    ]
    return ExportResult(table.name, fmt, path.absolute(), rows, len(in_range))
