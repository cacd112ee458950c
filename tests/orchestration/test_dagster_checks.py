"""Every asset check passes on a good table and fails on a deliberately bad one.

The tables are written with the project's own Storage (or, for schema drift, plain pyarrow),
then the checks run as Dagster runs them: a job of checks on a real instance.
"""

import datetime as dt
import math
from pathlib import Path
from typing import Any

import dagster as dg
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from orchestration.assets import ASSETS
from orchestration.checks import CHECKS, bounds_for
from orchestration.resources import XautoResource
from pipelines.storage import Storage
from schemas import TABLES, Table

NOW = dt.datetime.now(dt.UTC).replace(microsecond=0)
OLD = dt.datetime(2024, 4, 1, 8, tzinfo=dt.UTC)


def row(table: Table, n: int, when: dt.datetime = NOW, **values: Any) -> dict[str, Any]:
    """A valid row of any table: typed defaults from the schema, `n` makes the key unique."""
    out: dict[str, Any] = {}
    for field in table.schema:
        t = field.type
        if pa.types.is_timestamp(t):
            out[field.name] = when
        elif pa.types.is_date(t):
            out[field.name] = when.date()
        elif pa.types.is_boolean(t):
            out[field.name] = False
        elif pa.types.is_integer(t):
            out[field.name] = 1
        elif pa.types.is_floating(t):
            out[field.name] = 1.0
        elif pa.types.is_binary(t):
            out[field.name] = b"<html></html>"
        else:
            out[field.name] = f"{field.name}-{n}"
    out |= {"metric": "deliveries", "unit": "vehicles", "value": 10_000.0, "value_max": None}
    return {k: v for k, v in {**out, **values}.items() if k in table.schema.names}


def write(root: Path, table: Table, rows: list[dict[str, Any]]) -> None:
    by_day: dict[Any, list[dict[str, Any]]] = {}
    for r in rows:
        by_day.setdefault(r[table.partition_column], []).append(r)
    for day, chunk in by_day.items():
        Storage(str(root)).write_part(table, day, chunk)


def good_tables(root: Path) -> Path:
    for table in TABLES.values():
        write(root, table, [row(table, n) for n in range(3)])
    return root


def bad_tables(root: Path) -> Path:
    """Right schema, wrong content: every content check has something to find."""
    for table in TABLES.values():
        write(root, table, [row(table, 1, OLD), row(table, 1, OLD)])  # a duplicate key, stale
    events = TABLES["metric_events"]
    write(
        root,
        events,
        [
            row(events, 2, OLD, evidence="   "),
            row(events, 3, OLD, metric="buyer_share", unit="percent", value=150.0),
            row(events, 4, OLD, metric="deliveries", value=-5.0),
            row(events, 5, OLD, metric="price", unit="CNY", value=2e13),
            row(events, 6, OLD, metric="orders", value=5.0, value_max=4.0),
        ],
    )
    articles = TABLES["articles"]
    write(root, articles, [row(articles, n, OLD, text="") for n in (7, 8, 9)])
    return root


def drifted_tables(root: Path) -> Path:
    """A file per table whose schema drifted: a column dropped, another retyped."""
    for table in TABLES.values():
        good = Storage(str(root))
        written = good.write_part(table, NOW.date(), [row(table, 1)])
        data = pq.read_table(written.path)
        data = data.drop_columns([data.column_names[-1]])
        retyped = pa.schema(
            [pa.field(f.name, pa.string()) if i == 1 else f for i, f in enumerate(data.schema)]
        )
        pq.write_table(data.cast(retyped), written.path)
    return root


def run_checks(root: Path) -> tuple[bool, dict[tuple[str, str], dg.AssetCheckEvaluation]]:
    """All standalone checks, in two runs: in one run, a failed blocking check of raw_pages
    would (rightly) stop the checks of articles and metric_events, which wait for raw_pages."""
    derived = dg.AssetSelection.checks_for_assets("articles", "metric_events")
    jobs = [
        dg.define_asset_job(
            "upstream_checks", selection=dg.AssetSelection.checks(*CHECKS) - derived
        ),
        dg.define_asset_job("derived_checks", selection=derived),
    ]
    defs = dg.Definitions(
        assets=ASSETS,
        asset_checks=CHECKS,
        jobs=jobs,
        resources={"xauto": XautoResource(config_path=None, storage_root=str(root))},
        executor=dg.in_process_executor,
    )
    success, evaluations = True, {}
    with dg.instance_for_test() as instance:
        for job in jobs:
            result = defs.resolve_job_def(job.name).execute_in_process(
                instance=instance, raise_on_error=False
            )
            success = success and result.success
            for e in result.get_asset_check_evaluations():
                evaluations[(e.asset_key.to_user_string(), e.check_name)] = e
    return success, evaluations


STANDALONE = {(c.asset_key.to_user_string(), c.name) for d in CHECKS for c in d.check_keys}
SCHEMA_CHECKS = {k for k in STANDALONE if k[1] == "file_schema_matches"}


def test_checks_pass_on_good_tables(tmp_path: Path) -> None:
    success, evaluations = run_checks(good_tables(tmp_path))
    assert success
    assert set(evaluations) == STANDALONE
    assert [k for k, e in evaluations.items() if not e.passed] == []


def test_checks_fail_on_bad_tables(tmp_path: Path) -> None:
    success, evaluations = run_checks(bad_tables(tmp_path))
    assert not success  # blocking checks failed: the run fails, nothing downstream runs
    failed = {k for k, e in evaluations.items() if not e.passed}
    assert failed == STANDALONE - SCHEMA_CHECKS
    bounds = evaluations[("metric_events", "values_within_bounds")]
    assert bounds.metadata["out_of_bounds"].value == 4
    assert (
        evaluations[("metric_events", "evidence_not_empty")].metadata["without_evidence"].value == 1
    )
    share = evaluations[("articles", "empty_text_share")].metadata["empty_share"].value
    assert share == pytest.approx(3 / 5)
    for key in (("articles", "latest_partition_fresh"), ("feed_polls", "latest_partition_fresh")):
        assert evaluations[key].severity == dg.AssetCheckSeverity.WARN


def test_schema_checks_fail_on_drifted_files(tmp_path: Path) -> None:
    success, evaluations = run_checks(drifted_tables(tmp_path))
    assert not success
    for key in SCHEMA_CHECKS:
        result = evaluations[key]
        assert not result.passed and result.blocking
        assert result.metadata["files_differing"].value == 1


@pytest.mark.parametrize(
    ("metric", "unit", "value", "ok"),
    [
        ("buyer_share", "percent", 100.0, True),
        ("buyer_share", "percent", 100.5, False),
        ("deliveries", "percent", 28.0, True),  # a percentage is 0-100 whatever it measures
        ("locked_orders", "orders", 75_723.0, True),
        ("deliveries", "vehicles", 1e8, False),
        ("deliveries", "vehicles", -1.0, False),
        ("investment", "CNY", 1e10, True),
        ("revenue", "CNY", 1e13, False),
        ("net_loss", "CNY", -6.2e9, True),
        ("test_mileage", "km", 1e7, True),
        ("other", None, 1e20, True),
        ("other", None, math.nan, False),
    ],
)
def test_value_bounds(metric: str, unit: str | None, value: float, ok: bool) -> None:
    assert bounds_for(metric, unit).contains(value) is ok
