import datetime as dt
from pathlib import Path

import duckdb
import pyarrow.parquet as pq

from pipelines.storage import Storage
from schemas import ERRORS

DAY = dt.date(2024, 4, 25)


def err(i: int, day: dt.date = DAY) -> dict[str, object]:
    at = dt.datetime(day.year, day.month, day.day, 12, tzinfo=dt.UTC)
    return {
        "error_id": f"e{i}",
        "stage": "fetch",
        "source": f"http://h/{i}",
        "error_type": "HTTPStatus",
        "message": "HTTP 500",
        "attempt": 1,
        "occurred_at": at,
        "date": day,
    }


def test_write_read_roundtrip_with_duckdb(tmp_path: Path) -> None:
    storage = Storage(str(tmp_path))
    written = storage.write_part(ERRORS, DAY, [err(1), err(2)])
    assert written.rows == 2 and written.path.endswith(".parquet")
    assert Path(written.path).parent.name == "date=2024-04-25"
    meta = pq.ParquetFile(written.path)
    assert meta.metadata.row_group(0).column(0).compression == "ZSTD"
    assert meta.metadata.row_group(0).column(0).statistics is not None
    table = storage.read(ERRORS)
    assert table.schema.equals(ERRORS.schema, check_metadata=False)
    assert sorted(table["error_id"].to_pylist()) == ["e1", "e2"]
    con = duckdb.connect()
    row = con.execute(
        f"SELECT count(*), min(date) FROM read_parquet('{tmp_path}/errors/**/*.parquet', "
        "hive_partitioning = true)"
    ).fetchone()
    assert row == (2, DAY)


def test_no_temporary_file_is_visible(tmp_path: Path) -> None:
    storage = Storage(str(tmp_path))
    storage.write_part(ERRORS, DAY, [err(1)])
    folder = tmp_path / "errors" / "date=2024-04-25"
    (folder / ".part-crashed.parquet.tmp").write_bytes(b"half a file")
    assert len(storage.part_files(ERRORS)) == 1
    assert storage.read(ERRORS).num_rows == 1
    con = duckdb.connect()
    n = con.execute(f"SELECT count(*) FROM read_parquet('{tmp_path}/errors/**/*.parquet')")
    assert n.fetchone() == (1,)


def test_replace_partition_swaps_rows_and_leaves_other_days(tmp_path: Path) -> None:
    storage = Storage(str(tmp_path))
    other = dt.date(2024, 4, 26)
    storage.write_part(ERRORS, DAY, [err(1), err(2)])
    storage.write_part(ERRORS, DAY, [err(3)])
    storage.write_part(ERRORS, other, [err(9, other)])
    storage.replace_partition(ERRORS, DAY, [err(7)])
    assert sorted(storage.read(ERRORS)["error_id"].to_pylist()) == ["e7", "e9"]
    assert len(storage.part_files(ERRORS, DAY)) == 1
    storage.replace_partition(ERRORS, DAY, [])
    assert storage.read(ERRORS)["error_id"].to_pylist() == ["e9"]


def test_reading_a_table_never_written_gives_empty_schema(tmp_path: Path) -> None:
    table = Storage(str(tmp_path)).read(ERRORS, ["error_id"])
    assert table.num_rows == 0 and table.schema.names == ["error_id"]


def test_sweep_removes_only_temporary_files(tmp_path: Path) -> None:
    storage = Storage(str(tmp_path))
    written = storage.write_part(ERRORS, DAY, [err(1)])
    stale = Path(written.path).parent / ".part-killed.parquet.tmp"
    stale.write_bytes(b"half")
    assert storage.sweep_temporary() == 1
    assert not stale.exists() and Path(written.path).exists()
