"""The stream freshness checks on a real Dagster instance: they pass while the stream commits
and fail once its newest commit is older than the lag; they join the code location only for
a deployment that streams (XAUTO_STREAMING=1)."""

import datetime as dt
import importlib
import os
from pathlib import Path

import dagster as dg
import pytest
from test_dagster_checks import row

from orchestration import definitions
from orchestration.assets import ASSETS
from orchestration.resources import XautoResource
from orchestration.stream import STREAM_CHECKS, stream_freshness_job
from pipelines.storage import Storage
from schemas import FEED_ENTRIES, METRIC_EVENTS

HOUR = 3600.0


def run(root: Path) -> dict[str, dg.AssetCheckEvaluation]:
    defs = dg.Definitions(
        assets=ASSETS,
        asset_checks=STREAM_CHECKS,
        jobs=[stream_freshness_job],
        resources={"xauto": XautoResource(config_path=None, storage_root=str(root))},
        executor=dg.in_process_executor,
    )
    with dg.instance_for_test() as instance:
        result = defs.resolve_job_def("stream_freshness").execute_in_process(
            instance=instance, raise_on_error=False
        )
        return {e.asset_key.to_user_string(): e for e in result.get_asset_check_evaluations()}


def commit(root: Path, table: object, age_seconds: float) -> None:
    written = Storage(str(root)).write_part(table, dt.date.today(), [row(table, 1)])  # type: ignore[arg-type]
    when = dt.datetime.now().timestamp() - age_seconds
    os.utime(written.path, (when, when))


def test_fresh_commits_pass_and_a_stalled_table_fails(tmp_path: Path) -> None:
    commit(tmp_path, FEED_ENTRIES, 60)  # a minute ago: within the default hour
    commit(tmp_path, METRIC_EVENTS, 7 * HOUR)  # over the default 6 hours
    evaluations = run(tmp_path)
    assert evaluations["feed_entries"].passed
    assert not evaluations["metric_events"].passed
    assert "is `xauto stream` running?" in (evaluations["metric_events"].description or "")
    age = evaluations["metric_events"].metadata["age_minutes"].value
    assert 419 <= age <= 425


def test_the_lag_is_configured_per_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    commit(tmp_path, FEED_ENTRIES, 10 * 60)
    commit(tmp_path, METRIC_EVENTS, 10 * 60)
    monkeypatch.setenv("XAUTO_STREAM_LAG_FEED_ENTRIES", "5")
    evaluations = run(tmp_path)
    assert not evaluations["feed_entries"].passed
    assert evaluations["metric_events"].passed


def test_an_empty_table_fails(tmp_path: Path) -> None:
    evaluations = run(tmp_path)
    assert not evaluations["feed_entries"].passed
    assert "never committed" in (evaluations["feed_entries"].description or "")


def test_checks_join_the_code_location_only_where_it_streams(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def names() -> set[str]:
        defs = importlib.reload(definitions).defs
        return {key.name for c in defs.asset_checks or [] for key in c.check_keys}

    try:
        monkeypatch.delenv("XAUTO_STREAMING", raising=False)
        assert "stream_fresh" not in names()
        monkeypatch.setenv("XAUTO_STREAMING", "1")
        assert "stream_fresh" in names()
        schedules = {s.name for s in importlib.reload(definitions).defs.schedules or []}
        assert "stream_freshness_job_schedule" in schedules or any("stream" in s for s in schedules)
    finally:
        monkeypatch.delenv("XAUTO_STREAMING", raising=False)
        importlib.reload(definitions)
