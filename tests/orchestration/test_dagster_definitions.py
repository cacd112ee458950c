"""The code location as Dagster loads it: graph snapshot, jobs, schedule, sensor, resource."""

import os
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import dagster as dg
import pytest

from orchestration.definitions import defs
from orchestration.resources import XautoResource
from pipelines.core.config import ConfigError
from schemas import TABLES

REPO = Path(__file__).resolve().parents[2]
DAGSTER = str(Path(sys.executable).parent / "dagster")

# The asset graph a reviewer approves: change it on purpose, here and in the code together.
EXPECTED_DEPS = {
    "feeds": [],
    "feed_polls": ["feeds"],
    "feed_entries": ["feeds"],
    "raw_pages": ["feed_entries"],
    "articles": ["raw_pages"],
    "metric_events": ["articles"],
    "errors": ["feed_entries", "feed_polls", "raw_pages"],
    "facts": ["metric_events"],
    "report": ["articles", "errors", "facts", "feed_entries", "feed_polls", "metric_events"],
}
TABLE_CHECKS = ["file_schema_matches"]
EXPECTED_CHECKS = {
    "feed_polls": [*TABLE_CHECKS, "latest_partition_fresh", "unique_poll_id"],
    "feed_entries": [*TABLE_CHECKS, "unique_entry_id"],
    "raw_pages": [*TABLE_CHECKS, "unique_page_id"],
    "articles": ["empty_text_share", *TABLE_CHECKS, "latest_partition_fresh", "unique_article_id"],
    "metric_events": [
        "evidence_not_empty",
        *TABLE_CHECKS,
        "unique_event_id",
        "values_within_bounds",
    ],
    "errors": [*TABLE_CHECKS, "no_failed_sources", "unique_error_id"],
    "facts": ["consistent", "events_covered", *TABLE_CHECKS, "unique_fact_id"],
}
BLOCKING = {
    "file_schema_matches",
    "evidence_not_empty",
    "values_within_bounds",
    "consistent",
    "events_covered",
}


def test_asset_graph_snapshot() -> None:
    graph = defs.resolve_asset_graph()
    deps = {
        key.to_user_string(): sorted(p.to_user_string() for p in graph.get(key).parent_keys)
        for key in graph.get_all_asset_keys()
    }
    assert deps == EXPECTED_DEPS
    checks: dict[str, list[str]] = {}
    for check_key in graph.asset_check_keys:
        checks.setdefault(check_key.asset_key.to_user_string(), []).append(check_key.name)
    assert {k: sorted(v) for k, v in checks.items()} == EXPECTED_CHECKS
    for check_key in graph.asset_check_keys:
        spec = graph.get_check_spec(check_key)
        expected = check_key.name in BLOCKING or check_key.name.startswith("unique_")
        assert spec.blocking is expected, check_key


def test_tables_carry_their_schema_and_partitions() -> None:
    graph = defs.resolve_asset_graph()
    for name, table in TABLES.items():
        node = graph.get(dg.AssetKey(name))
        schema = node.metadata["dagster/column_schema"]
        assert isinstance(schema, dg.TableSchema)
        assert [c.name for c in schema.columns] == table.columns
        assert all(c.description for c in schema.columns)
        assert node.description and table.description in node.description
        partitioned = name in ("articles", "metric_events")
        assert (node.partitions_def is not None) is partitioned
    daily = graph.get(dg.AssetKey("articles")).partitions_def
    assert isinstance(daily, dg.DailyPartitionsDefinition)
    assert daily.timezone == "Asia/Shanghai"
    assert daily.get_first_partition_key() == "2024-01-01"


def test_writers_share_one_pool_and_backfills_are_one_run() -> None:
    assets = {a.node_def.name: a for a in defs.assets if isinstance(a, dg.AssetsDefinition)}
    assert {assets["ingest"].node_def.pool, assets["rederive"].node_def.pool} == {"xauto_storage"}
    assert not assets["ingest"].can_subset  # one Beam run writes its four tables
    assert assets["rederive"].can_subset  # either table alone; both are rewritten and recorded
    policy = assets["rederive"].backfill_policy
    assert policy is not None and policy.max_partitions_per_run is None  # single_run


def test_jobs_schedule_and_sensor() -> None:
    ingest_job = defs.resolve_job_def("ingest_job")
    reprocess_job = defs.resolve_job_def("reprocess_job")
    assert reprocess_job.partitions_def is not None
    assert ingest_job.partitions_def is None
    compact_job = defs.resolve_job_def("compact_job")
    for job in (ingest_job, reprocess_job, compact_job):  # the queue admits one writer at a time
        assert job.run_tags["xauto/storage"] == "writer"
    nightly = defs.resolve_schedule_def("compact_nightly")
    assert nightly.job_name == "compact_job" and nightly.cron_schedule == "15 3 * * *"
    schedule = defs.resolve_schedule_def("ingest_every_30_minutes")
    assert schedule.cron_schedule == "*/30 * * * *"
    assert schedule.execution_timezone == "Asia/Shanghai"
    assert schedule.job_name == "ingest_job"
    sensor = defs.resolve_sensor_def("new_entries_sensor")
    assert sensor.job_name == "ingest_job"


def test_resource_without_feeds_names_what_to_set() -> None:
    """No config and no feed list: the run says what to set (the demo is never a default)."""
    with pytest.raises(ConfigError, match="XAUTO_CONFIG=sample"), XautoResource().resolved_config():
        pass
    with XautoResource(storage_root="/srv/x").resolved_config(serve_sample=False) as config:
        assert config.storage == "/srv/x"  # backfills and checks need no feeds


def test_resource_reads_the_environment_when_a_run_starts(tmp_path: Path) -> None:
    env = {**os.environ, "XAUTO_CONFIG": "sample", "XAUTO_STORAGE": str(tmp_path)}
    env.pop("XAUTO_FEEDS", None)
    code = (
        "from orchestration.definitions import defs; import dagster as dg; "
        "r = defs.resources['xauto']; print(type(r.config_path).__name__, "
        "type(r.storage_root).__name__, r.feeds_path)"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    assert proc.stdout.split() == ["EnvVar", "EnvVar", "None"], proc.stderr[-2000:]
    assert "apitools" not in proc.stderr


def test_sample_resource_serves_the_sample_site_for_the_run() -> None:
    resource = XautoResource(config_path="sample", sample_port=0)  # the demo, any port
    with resource.resolved_config() as config:
        urls = [f.url for f in config.feeds]
        assert urls and all(u.startswith("http://127.0.0.1:") for u in urls)
        assert config.http.allow_private
        try:
            status = urllib.request.urlopen(urls[0], timeout=5).status
        except urllib.error.HTTPError as exc:  # the site is being written: a 404 still answers
            status = exc.code
        assert status in (200, 404)
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(urls[0], timeout=5)


def test_dagster_definitions_validate(tmp_path: Path) -> None:
    env = {**os.environ, "DAGSTER_HOME": str(tmp_path)}
    proc = subprocess.run(
        [DAGSTER, "definitions", "validate", "-m", "orchestration.definitions"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "Validation successful" in proc.stderr + proc.stdout
