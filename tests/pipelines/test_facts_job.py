"""The facts job on a real Beam runner over stored metric_events, the facts file's atomic
swap, and the rebuild that ends a backfill."""

import datetime as dt
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipelines import launcher
from pipelines.core.config import Config
from pipelines.facts_pipeline import facts_in_memory
from pipelines.storage import Storage, to_arrow
from schemas import ERRORS, FACTS, METRIC_EVENTS


def event(i: int, value: float, qualifier: str = "exact", **kw: object) -> dict[str, object]:
    published = dt.datetime(2024, 11, 1, 8, tzinfo=dt.UTC) + dt.timedelta(days=i)
    row: dict[str, object] = {
        "event_id": f"e{i}",
        "article_id": f"a{i}",
        "url": f"http://127.0.0.1/a{i}",
        "source_domain": f"outlet{i % 3}",
        "published_at": published,
        "subject": "Xiaomi SU7",
        "metric": "deliveries",
        "value": value,
        "unit": "vehicles",
        "qualifier": qualifier,
        "status": "actual",
        "period_kind": "month",
        "period_start": dt.date(2024, 10, 1),
        "period_end": dt.date(2024, 10, 31),
        "evidence": "stated",
        "language": "zh" if i % 2 else "en",
        "published_date": published.date(),
    }
    row.update(kw)
    return row


def store_events(storage: Storage) -> None:
    rows = [
        event(0, 20000, "more_than"),
        event(1, 20726),
        event(2, 20700),
        event(3, 20000, status="target", metric="delivery_target"),
        event(
            4,
            289000,
            period_kind="none",
            period_start=None,
            period_end=None,
            period_text="within 1 hour",
            subject="Xiaomi YU7",
            metric="locked_orders",
            unit="orders",
        ),
    ]
    for r in rows:
        storage.write_part(METRIC_EVENTS, r["published_date"], [r])  # type: ignore[arg-type]
    # A file of schema 1.0 (before period_kind and label): still read, those come back null.
    old = event(
        5,
        289000,
        period_kind=None,
        period_start=None,
        period_end=None,
        period_text="1小时内",
        subject="Xiaomi YU7",
        metric="locked_orders",
        unit="orders",
    )
    data = to_arrow(METRIC_EVENTS, [old]).drop_columns(["period_kind", "label"])
    folder = Path(storage.partition_dir(METRIC_EVENTS, dt.date(2024, 11, 6)))
    folder.mkdir(parents=True)
    pq.write_table(data, folder / "part-old.parquet")


def test_job_builds_the_facts_and_a_rerun_adds_nothing(tmp_path: Path) -> None:
    storage = Storage(str(tmp_path))
    store_events(storage)
    config = Config.model_validate({"storage": str(tmp_path)})
    summary = launcher.run_facts(config)
    assert summary.count("facts_events_read") == 6
    con = duckdb.connect()
    rows = con.execute(
        f"SELECT metric, status, period_kind, value, n_articles, revised, "
        f"[s.n for s in values_seen] FROM read_parquet('{tmp_path}/facts/*.parquet') "
        "ORDER BY metric"
    ).fetchall()
    assert rows == [
        ("deliveries", "actual", "month", 20726.0, 3, False, [1, 1, 1]),
        ("delivery_target", "target", "month", 20000.0, 1, False, [1]),
        ("locked_orders", "actual", "window", 289000.0, 2, False, [2]),
    ]
    assert pq.read_schema(storage.part_files(FACTS)[0]) == FACTS.file_schema
    built = sorted(f.fact_id for f in facts_in_memory(storage))
    assert sorted(storage.read(FACTS, ["fact_id"])["fact_id"].to_pylist()) == built
    before = storage.read(FACTS).to_pylist()
    launcher.run_facts(config)
    assert storage.read(FACTS).to_pylist() == before
    assert len(storage.part_files(FACTS)) == 1


def test_no_events_still_writes_an_empty_facts_file(tmp_path: Path) -> None:
    launcher.run_facts(Config.model_validate({"storage": str(tmp_path)}))
    count = (
        duckdb.connect()
        .execute(f"SELECT count(*) FROM read_parquet('{tmp_path}/facts/*.parquet')")
        .fetchone()
    )
    assert count == (0,)


def test_replace_table_swaps_one_file_and_refuses_a_partitioned_table(tmp_path: Path) -> None:
    storage = Storage(str(tmp_path))
    row = {
        "fact_id": "f1",
        "subject": "Xiaomi SU7",
        "metric": "orders",
        "status": "actual",
        "value": 1.0,
        "revised": False,
        "n_articles": 1,
        "n_outlets": 1,
        "values_seen": [{"value": 1.0, "n": 1}],
        "event_ids": ["e1"],
    }
    storage.replace_table(FACTS, [row])
    storage.replace_table(FACTS, [row, {**row, "fact_id": "f2"}])
    assert len(storage.part_files(FACTS)) == 1
    assert storage.read(FACTS, ["fact_id"])["fact_id"].to_pylist() == ["f1", "f2"]
    assert storage.partitions(FACTS) == []
    with pytest.raises(ValueError, match="partitioned"):
        storage.replace_table(ERRORS, [])
    assert isinstance(storage.read(FACTS).schema.field("values_seen").type, pa.ListType)


def test_a_backfill_ends_with_a_facts_rebuild(tmp_path: Path) -> None:
    storage = Storage(str(tmp_path))
    store_events(storage)
    assert not storage.part_files(FACTS)
    config = Config.model_validate({"storage": str(tmp_path)})
    summary = launcher.run_backfill(config, dt.date(2030, 1, 1), dt.date(2030, 1, 2))
    assert summary.count("rows_facts") == 3
    assert storage.read(FACTS).num_rows == 3


def test_facts_step_in_a_pipeline_runs_only_after_a_commit_unless_told(tmp_path: Path) -> None:
    """A run adds the facts step to its own pipeline behind its metric_events commit: with no
    file committed there (and a facts table that exists) it writes nothing; with one, it lists
    the files when it runs, so it reads the events committed by the same pipeline."""
    import apache_beam as beam
    from test_transforms import local_test_pipeline

    from pipelines.facts_pipeline import build_facts_job

    storage = Storage(str(tmp_path))
    root = str(tmp_path)
    with local_test_pipeline() as p:
        nothing = p | "none" >> beam.Create([])
        build_facts_job(p, root, nothing, always=False)
    assert storage.part_files(FACTS) == []

    with local_test_pipeline() as p:
        # the pipeline's one commit step published other tables' files only
        others = p | "others" >> beam.Create([{"table": "errors"}, {"table": "articles"}])
        build_facts_job(p, root, others, always=False)
    assert storage.part_files(FACTS) == []

    def commit_events(_: Any) -> dict[str, Any]:
        store_events(storage)
        return {"table": "metric_events"}

    with local_test_pipeline() as p:
        # the events are stored by a step of the same pipeline, as a run's commit would
        committed = p | "one" >> beam.Create([0]) | beam.Map(commit_events)
        build_facts_job(p, root, committed, always=False)
    built = sorted(f.fact_id for f in facts_in_memory(storage))
    assert sorted(storage.read(FACTS, ["fact_id"])["fact_id"].to_pylist()) == built
    assert len(built) == 3


def test_job_joins_open_periods_as_the_pure_function_does(tmp_path: Path) -> None:
    """Months named without a year in undated stories meet their dated facts in the job's
    coarser groups (`group_key`): the job's rows equal `facts_in_memory`'s, column by column."""
    storage = Storage(str(tmp_path))
    day = dt.date(2025, 9, 3)
    aug25 = {"period_start": dt.date(2025, 8, 1), "period_end": dt.date(2025, 8, 31)}
    undated = {"published_at": None, "period_start": None, "period_end": None}
    company = {"subject": "Xiaomi Auto"}
    rows = [
        event(20, 30000, "more_than", **company, **aug25),
        event(21, 31562, period_text="over August", **company, **undated),
        event(22, 20726),  # the SU7's October 2024
        event(23, 20700, period_text="十月", **company, **undated),  # the company's, in 2024
        event(24, 30000, "more_than", period_text="in August", subject="Xiaomi YU7", **undated),
        event(
            25,
            15000,
            period_kind="window",
            period_text="in 30 minutes",
            metric="orders",
            unit="orders",
        ),
    ]
    storage.write_part(METRIC_EVENTS, day, rows)
    launcher.run_facts(Config.model_validate({"storage": str(tmp_path)}))
    columns = ["fact_id", "subject", "subject_aliases", "period_kind", "period_start", "value",
               "qualifier", "n_articles", "event_ids", "revised"]  # fmt: skip
    stored = sorted(storage.read(FACTS, columns).to_pylist(), key=lambda r: r["fact_id"])
    built = sorted(
        ({c: f.as_row()[c] for c in columns} for f in facts_in_memory(storage)),
        key=lambda r: r["fact_id"],
    )
    assert stored == built
    by_events = {tuple(r["event_ids"]): r for r in stored}
    august = by_events[("e20", "e21")]
    assert august["value"] == 31562 and august["period_start"] == dt.date(2025, 8, 1)
    october = by_events[("e22", "e23")]
    assert october["subject"] == "Xiaomi SU7" and october["subject_aliases"] == ["Xiaomi Auto"]
    assert ("e24",) in by_events and ("e25",) in by_events  # another subject; a window
    assert len(stored) == 4
