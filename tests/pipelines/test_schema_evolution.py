"""Old and new metric_events files read together: schema 1.1 added period_kind and label.

A backfill re-derives old partitions with the new columns; until it runs, DuckDB (with
union_by_name) and Storage.read must read files of both versions side by side, the old rows
with null in the new columns.
"""

import datetime as dt
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from pipelines.storage import Storage
from schemas import METRIC_EVENTS


def _row(event_id: str, day: dt.date) -> dict[str, object]:
    ts = dt.datetime(day.year, day.month, day.day, 8, tzinfo=dt.UTC)
    return {
        "event_id": event_id,
        "article_id": "a" + event_id,
        "url": f"https://example.test/{event_id}",
        "source_domain": "example.test",
        "published_at": ts,
        "subject": "Xiaomi SU7",
        "metric": "deliveries",
        "value": 20000.0,
        "unit": "vehicles",
        "qualifier": "exact",
        "status": "actual",
        "period_kind": "month",
        "period_start": dt.date(2024, 10, 1),
        "period_end": dt.date(2024, 10, 31),
        "as_of": dt.date(2024, 10, 31),
        "evidence": "Xiaomi delivered 20,000 SU7s in October.",
        "char_start": 0,
        "char_end": 40,
        "language": "en",
        "extractor_version": "test",
        "published_date": day,
    }


def test_files_of_schema_1_0_and_1_1_read_together(tmp_path: Path) -> None:
    storage = Storage(str(tmp_path))
    new_day, old_day = dt.date(2024, 11, 2), dt.date(2024, 11, 1)
    storage.write_part(METRIC_EVENTS, new_day, [_row("new", new_day)])
    # a file as schema 1.0 wrote it: without period_kind and label
    old_schema = METRIC_EVENTS.file_schema
    for name in ("period_kind", "label"):
        old_schema = old_schema.remove(old_schema.get_field_index(name))
    old_row = {k: v for k, v in _row("old", old_day).items() if k in old_schema.names}
    folder = tmp_path / "metric_events" / f"published_date={old_day}"
    folder.mkdir(parents=True)
    pq.write_table(pa.Table.from_pylist([old_row], schema=old_schema), folder / "part-old.parquet")

    table = storage.read(METRIC_EVENTS, ["event_id", "period_kind", "label"])
    assert sorted(table.to_pylist(), key=lambda r: r["event_id"]) == [
        {"event_id": "new", "period_kind": "month", "label": None},
        {"event_id": "old", "period_kind": None, "label": None},
    ]
    rows = duckdb.sql(
        f"SELECT event_id, period_kind FROM read_parquet('{tmp_path}/metric_events/**/*.parquet', "
        "hive_partitioning = true, union_by_name = true) ORDER BY event_id"
    ).fetchall()
    assert rows == [("new", "month"), ("old", None)]
