import datetime as dt
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
import pyarrow.parquet as pq

from pipelines.compaction import compact
from pipelines.storage import Storage
from schemas import ERRORS, RAW_PAGES, Table

REPO = Path(__file__).resolve().parents[2]

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


def page(i: int, size: int = 2_000) -> dict[str, object]:
    at = dt.datetime(2024, 4, 25, 9, tzinfo=dt.UTC)
    body = (f"<p>page {i}</p>" * (size // 14)).encode()
    return {
        "page_id": f"p{i:05d}",
        "url": f"http://h/{i}",
        "final_url": f"http://h/{i}",
        "http_status": 200,
        "content_type": "text/html",
        "fetched_at": at,
        "body": body,
        "fetch_date": DAY,
    }


def all_rows(storage: Storage, table: Table) -> list[tuple[object, ...]]:
    return sorted(tuple(r.values()) for r in storage.read(table).to_pylist())


def test_compact_merges_a_partitions_files_into_full_row_groups(tmp_path: Path) -> None:
    storage = Storage(str(tmp_path))
    for k in range(3):  # three appends of 200 pages: small groups, three files
        storage.write_part(RAW_PAGES, DAY, [page(k * 200 + i) for i in range(200)])
    other = dt.date(2024, 4, 26)
    storage.write_part(ERRORS, DAY, [err(1)])
    storage.write_part(ERRORS, DAY, [err(2)])
    storage.write_part(ERRORS, other, [err(9, other)])
    before = {t.name: all_rows(storage, t) for t in (RAW_PAGES, ERRORS)}

    summary = compact(str(tmp_path))

    assert {t.name: all_rows(storage, t) for t in (RAW_PAGES, ERRORS)} == before
    assert len(storage.part_files(RAW_PAGES, DAY)) == 1
    assert len(storage.part_files(ERRORS, DAY)) == 1
    assert summary.tables["raw_pages"] == {
        "partitions": 1,
        "files_before": 3,
        "files_after": 1,
        "rows": 600,
    }
    assert summary.tables["errors"]["files_before"] == 3  # the other day had one: untouched
    assert summary.tables["errors"]["files_after"] == 2
    meta = pq.ParquetFile(storage.part_files(RAW_PAGES, DAY)[0]).metadata
    assert [meta.row_group(g).num_rows for g in range(meta.num_row_groups)] == [256, 256, 88]
    assert meta.row_group(0).column(0).statistics.has_min_max
    assert not list(tmp_path.rglob(".*")), "a temporary or intent file was left"
    # A second compaction has nothing to do.
    again = compact(str(tmp_path))
    assert again.tables["raw_pages"]["partitions"] == 0


def test_compact_takes_a_table_and_a_day_range(tmp_path: Path) -> None:
    storage = Storage(str(tmp_path))
    days = [DAY + dt.timedelta(days=d) for d in range(3)]
    for day in days:
        storage.write_part(ERRORS, day, [err(1, day)])
        storage.write_part(ERRORS, day, [err(2, day)])
    compact(str(tmp_path), ["errors"], start=days[1], end=days[1])
    assert [len(storage.part_files(ERRORS, d)) for d in days] == [2, 1, 2]


KILLED_SWAP = textwrap.dedent(
    """
    import os, signal, sys
    from pipelines.storage import Storage
    from schemas import ERRORS
    sys.path.insert(0, sys.argv[2])
    from test_storage import DAY, err

    def redo(self, folder, intent_path, intent):
        # The swap dies after deleting the first old file: the worst moment.
        self.fs.delete_file(f"{folder}/{intent['old'][0]}")
        os.kill(os.getpid(), signal.SIGKILL)

    Storage._redo = redo
    Storage(sys.argv[1]).replace_partition(ERRORS, DAY, [err(7), err(8)])
    """
)


def test_a_swap_killed_midway_is_finished_by_the_next_writer(tmp_path: Path) -> None:
    root = tmp_path / "data"
    storage = Storage(str(root))
    storage.write_part(ERRORS, DAY, [err(1), err(2)])
    storage.write_part(ERRORS, DAY, [err(3)])
    proc = subprocess.run(
        [sys.executable, "-c", KILLED_SWAP, str(root), str(Path(__file__).parent)],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
    )
    assert proc.returncode == -signal.SIGKILL, proc.stderr.decode()[-2000:]
    folder = root / "errors" / "date=2024-04-25"
    assert len(list(folder.glob(".replace-*.json"))) == 1  # the intent survived the kill
    storage.sweep_temporary()  # what the next run does first, under the writer lock
    assert sorted(storage.read(ERRORS)["error_id"].to_pylist()) == ["e7", "e8"]
    assert not list(folder.glob(".*")), "intent or temporary file left behind"


def test_an_intent_cut_short_leaves_the_old_files(tmp_path: Path) -> None:
    """A writer killed while writing its intent had not begun the swap: nothing changes."""
    storage = Storage(str(tmp_path))
    written = storage.write_part(ERRORS, DAY, [err(1)])
    folder = Path(written.path).parent
    (folder / ".part-new.parquet.tmp").write_bytes(b"PAR1 whole or not")
    (folder / ".replace-x.json").write_bytes(b'{"old": ["' + Path(written.path).name.encode())
    storage.sweep_temporary()
    assert storage.read(ERRORS)["error_id"].to_pylist() == ["e1"]
    assert not list(folder.glob(".*"))


def _page(i: int, body: object) -> dict[str, object]:
    at = dt.datetime(2024, 4, 25, 12, tzinfo=dt.UTC) + dt.timedelta(seconds=i)
    return {
        "page_id": f"p{i}",
        "url": f"http://h/{i}",
        "final_url": None,
        "http_status": 200,
        "content_type": "text/html",
        "fetched_at": at,
        "body": body,
        "fetch_date": DAY,
    }


def test_to_arrow_matches_pyarrow_row_by_row_for_every_kind_of_body() -> None:
    """The joined-buffer path for bodies builds the same table as pyarrow's own from rows;
    None, bytearray and no rows at all take pyarrow's path and still do."""
    import pyarrow as pa

    from pipelines import storage

    schema = RAW_PAGES.file_schema
    cases = [
        [_page(i, bytes([i]) * (i * 1000)) for i in range(20)],  # an empty body among them
        [_page(0, b"<html>a</html>"), _page(1, None)],
        [_page(0, b"<html>a</html>"), _page(1, bytearray(b"<p>b</p>"))],
        [],
    ]
    for rows in cases:
        got = storage.to_arrow(RAW_PAGES, rows)
        want = pa.Table.from_pylist(rows, schema=schema)
        assert got.equals(want) and got.schema.equals(want.schema, check_metadata=True)
    assert storage.to_arrow(RAW_PAGES, iter(cases[0])).equals(storage.to_arrow(RAW_PAGES, cases[0]))


def test_to_arrow_falls_back_when_bodies_overflow_int32_offsets(monkeypatch: object) -> None:
    import pyarrow as pa

    from pipelines import storage

    monkeypatch.setattr(storage, "_MAX_BINARY_BYTES", 2500)  # type: ignore[attr-defined]
    rows = [_page(i, b"x" * 1000) for i in range(3)]
    assert storage._binary_column([r["body"] for r in rows]) is None
    got = storage.to_arrow(RAW_PAGES, rows)
    assert got.equals(pa.Table.from_pylist(rows, schema=RAW_PAGES.file_schema))


def test_raw_pages_written_and_read_back_body_for_body(tmp_path: Path) -> None:
    storage = Storage(str(tmp_path))
    rows = [_page(i, f"<html>{i}</html>".encode() * (i + 1)) for i in range(600)]
    written = storage.write_part(RAW_PAGES, DAY, rows)
    back = pq.read_table(written.path).to_pylist()
    assert [r["body"] for r in back] == [r["body"] for r in rows]
    assert [r["page_id"] for r in back] == [r["page_id"] for r in rows]
