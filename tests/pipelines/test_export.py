"""Exports of awkward values round-trip: empty string vs null, quotes and newlines, Chinese,
every byte value, extreme integers, microsecond timestamps; day ranges; older files."""

import datetime as dt
import itertools
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipelines import cli
from pipelines.export import FORMATS, export, read_back_sql
from pipelines.storage import Storage
from schemas import METRIC_EVENTS, TABLES, Table

DAYS = [dt.date(2024, 4, 24), dt.date(2024, 4, 25), dt.date(2024, 4, 26)]
STRINGS = ["", 'comma, "quote"\nnew line', "小米 SU7 ✓", "plain", None]
BYTES = [bytes(range(256)), b"", b"<html>\r\n", b"\x00", None]
INTS = {pa.int16(): [-32768, 32767, 0], pa.int32(): [-(2**31), 2**31 - 1, 7]}
FLOATS = [75723.0, 1.5e10, -0.25, 1e-9]


def value(field: pa.Field, i: int, day: dt.date) -> Any:
    t = field.type
    if pa.types.is_string(t) or pa.types.is_large_string(t):
        v: Any = STRINGS[i % len(STRINGS)]
    elif pa.types.is_binary(t):
        v = BYTES[i % len(BYTES)]
    elif pa.types.is_timestamp(t):
        v = dt.datetime.combine(day, dt.time(23, 59, 59, 999_999 - i), dt.UTC)
    elif pa.types.is_date(t):
        v = day - dt.timedelta(days=i)
    elif pa.types.is_boolean(t):
        v = [True, False, None][i % 3]
    elif t in INTS:
        v = INTS[t][i % len(INTS[t])]
    elif pa.types.is_floating(t):
        v = FLOATS[i % len(FLOATS)]
    elif pa.types.is_list(t):
        v = [f"id-{i}", "id-x"]
    else:
        raise AssertionError(f"no test value for {t}")
    if v is None and not field.nullable:
        v = f"key-{i}" if pa.types.is_string(t) else b"k"
    return v


def fill(storage: Storage, table: Table, rows_per_day: int = 5) -> None:
    counter = itertools.count()
    for day in DAYS:
        rows = []
        for _ in range(rows_per_day):
            i = next(counter)
            row = {f.name: value(f, i, day) for f in table.schema}
            row[table.key] = f"{table.name}-{i}"
            rows.append(row)
        storage.write_part(table, day, rows)


@pytest.fixture
def storage(tmp_path: Path) -> Storage:
    s = Storage(str(tmp_path / "data"))
    for table in TABLES.values():
        fill(s, table)
    return s


def stored(storage: Storage, table: Table, where: str = "true") -> duckdb.DuckDBPyRelation:
    con = duckdb.connect()
    rel = con.sql(
        f"SELECT {', '.join(table.columns)} FROM read_parquet('{storage.base}/{table.name}/**/"
        f"*.parquet', hive_partitioning = true, union_by_name = true) WHERE {where}"
    )
    return rel


def same(a: duckdb.DuckDBPyRelation, b: duckdb.DuckDBPyRelation) -> None:
    assert a.columns == b.columns
    assert a.types == b.types
    got, want = sorted(map(repr, a.fetchall())), sorted(map(repr, b.fetchall()))
    assert got == want


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("name", sorted(TABLES))
def test_awkward_values_round_trip(storage: Storage, tmp_path: Path, name: str, fmt: str) -> None:
    table = TABLES[name]
    out = tmp_path / f"out.{fmt}"
    result = export(storage.root, table, fmt, out)
    assert result.rows == 15 and result.partitions == 3
    same(duckdb.connect().sql(read_back_sql(table, fmt, str(out))), stored(storage, table))


def test_csv_keeps_empty_string_apart_from_null(storage: Storage, tmp_path: Path) -> None:
    out = tmp_path / "errors.csv"
    export(storage.root, TABLES["errors"], "csv", out)
    back = duckdb.connect().sql(read_back_sql(TABLES["errors"], "csv", str(out)))
    messages = [r[0] for r in back.select("message").fetchall()]
    assert "" in messages and None in messages


def test_raw_page_bodies_are_base64_in_text_formats(storage: Storage, tmp_path: Path) -> None:
    out = tmp_path / "pages.jsonl"
    export(storage.root, TABLES["raw_pages"], "jsonl", out)
    text = out.read_text()
    assert '"body": ""' in text and "AAECAwQFBgcICQ" in text  # b"" and bytes(range(256))


@pytest.mark.parametrize("fmt", FORMATS)
def test_start_and_end_pick_partition_days(
    storage: Storage, tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    out = tmp_path / f"events.{fmt}"
    argv = ["export", "--storage", storage.root, "--table", "metric_events", "--format", fmt]
    day = "2024-04-25"
    assert cli.main([*argv, "--start", day, "--end", day, "--out", str(out)]) == 0
    assert "exported 5 rows of metric_events (1 days)" in capsys.readouterr().out
    back = duckdb.connect().sql(read_back_sql(METRIC_EVENTS, fmt, str(out)))
    same(back, stored(storage, METRIC_EVENTS, f"published_date = DATE '{day}'"))


def test_files_of_an_older_schema_export_with_nulls(tmp_path: Path) -> None:
    """A file written before metric_events had `label` (schema 1.0) exports with label null."""
    s = Storage(str(tmp_path / "data"))
    fill(s, METRIC_EVENTS, rows_per_day=2)
    old = s.part_files(METRIC_EVENTS, DAYS[0])[0]
    data = pq.read_table(old)
    pq.write_table(data.drop_columns(["label", "period_kind"]), old)
    out = tmp_path / "events.parquet"
    export(s.root, METRIC_EVENTS, "parquet", out)
    back = pq.read_table(out)
    assert back.schema.equals(METRIC_EVENTS.schema, check_metadata=False)
    labels = back.filter(pa.compute.equal(back["published_date"], pa.scalar(DAYS[0])))["label"]
    assert labels.null_count == 2


def test_unknown_table_and_reversed_range_are_clear_errors(
    storage: Storage, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["export", "--storage", storage.root, "--format", "csv", "--out", str(tmp_path / "x")]
    with pytest.raises(SystemExit):
        cli.main([*base, "--table", "nope"])
    assert "unknown table 'nope'" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        cli.main([*base, "--table", "errors", "--start", "2024-05-02", "--end", "2024-05-01"])
    assert "--end is before --start" in capsys.readouterr().err
    assert not (tmp_path / "x").exists()
