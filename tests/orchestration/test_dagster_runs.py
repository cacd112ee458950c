"""Real runs: Dagster instance, Beam DirectRunner, HTTP on loopback. No mocks.

One site and one ingest per module; tests that change the site or the tables use copies.
"""

import datetime as dt
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import dagster as dg
import pyarrow.compute as pc
import pytest
import sitekit
from dagster._core.instance.ref import InstanceRef

from orchestration import sensors
from orchestration.assets import ASSETS
from orchestration.checks import CHECKS
from orchestration.jobs import JOBS
from orchestration.sensors import new_entries_sensor
from pipelines import launcher
from pipelines.core import metrics
from pipelines.core.config import load_config
from pipelines.locks import writer_lock
from pipelines.storage import Storage
from schemas import ARTICLES, ERRORS, FEED_POLLS, METRIC_EVENTS, RAW_PAGES, TABLES, Table

REPO = Path(__file__).resolve().parents[2]
DAGSTER = str(Path(sys.executable).parent / "dagster")
DAYS_WITH_ARTICLES = ["2024-04-01", "2024-04-02", "2024-04-03", "2024-04-05"]


def definitions(resource: Any) -> dg.Definitions:
    return dg.Definitions(
        assets=ASSETS,
        asset_checks=CHECKS,
        jobs=JOBS,
        resources={"xauto": resource},
        executor=dg.in_process_executor,
    )


def materializations(result: dg.ExecuteInProcessResult) -> dict[tuple[str, str | None], Any]:
    return {
        (e.asset_key.to_user_string(), e.partition): e.materialization.metadata
        for e in result.get_asset_materialization_events()
        if e.asset_key is not None
    }


def rows(root: Path, table_name: str) -> list[dict[str, Any]]:
    return Storage(str(root)).read(TABLES[table_name]).to_pylist()


def rows_of(storage: Storage, table: Table, day: str) -> list[dict[str, Any]]:
    day_only = pc.field(table.partition_column) == dt.date.fromisoformat(day)
    return storage.read(table, filter=day_only).to_pylist()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sitekit.Site]:
    s = sitekit.Site(tmp_path_factory.mktemp("site"))
    yield s
    s.stop()


@pytest.fixture(scope="module")
def ingested(site: sitekit.Site, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The ingest job (assets + checks) run once in-process against the loopback site."""
    tmp = tmp_path_factory.mktemp("ingest")
    config = sitekit.write_config(tmp / "xauto.yaml", site.feed_urls, tmp / "data")
    with dg.instance_for_test() as instance:
        result = (
            definitions(sitekit.resource(config))
            .resolve_job_def("ingest_job")
            .execute_in_process(instance=instance)
        )
        checks = {
            (e.asset_key.to_user_string(), e.check_name): e
            for e in result.get_asset_check_evaluations()
        }
        return {
            "root": tmp / "data",
            "config": config,
            "success": result.success,
            "meta": materializations(result),
            "checks": checks,
        }


def test_ingest_job_writes_six_tables_with_metadata(ingested: dict[str, Any]) -> None:
    assert ingested["success"]  # a broken feed and a 500 page do not fail the run
    root, meta = ingested["root"], ingested["meta"]
    counts = {name: len(rows(root, name)) for name in TABLES}
    assert counts["feed_polls"] == 3
    assert counts["feed_entries"] == 6
    assert counts["raw_pages"] == counts["articles"] == 4
    assert counts["errors"] == 2  # the broken feed (poll), the 500 page (fetch)

    for name in ("feed_polls", "feed_entries", "raw_pages", "errors"):
        m = meta[(name, None)]
        assert m["dagster/row_count"].value == counts[name]
        assert m["rows_written"].value == counts[name]
        assert m["new_entries"].value == 6
        assert m["errors"].value == 2
        assert m["feeds_failed"].value == 1 and m["pages_failed"].value == 1
        assert m["beam_counters"].value["rows_raw_pages"] == 4

    # The articles and events the run appended show up on their publication-day partitions.
    assert {p for (name, p) in meta if name == "articles"} == set(DAYS_WITH_ARTICLES)
    event_days = {p for (name, p) in meta if name == "metric_events"}
    by_day = {str(r["published_date"]) for r in rows(root, "metric_events")}
    assert event_days == by_day
    for day in DAYS_WITH_ARTICLES:
        assert meta[("articles", day)]["dagster/row_count"].value == 1


def test_ingest_job_checks(ingested: dict[str, Any]) -> None:
    checks = ingested["checks"]
    assert len(checks) == 18  # every check of the job ran
    failed = {key: e for key, e in checks.items() if not e.passed}
    # Failures are visible as warnings, not failed runs: the sources that failed, and the age
    # of the newest article (the site is about April 2024).
    assert set(failed) == {("errors", "no_failed_sources"), ("articles", "latest_partition_fresh")}
    assert all(e.severity == dg.AssetCheckSeverity.WARN for e in failed.values())
    sources = failed[("errors", "no_failed_sources")].metadata
    assert sources["feeds_failed"].value == 1 and sources["pages_failed"].value == 1


def test_ingest_without_failures_passes_every_source_check(
    ingested: dict[str, Any], tmp_path: Path
) -> None:
    """The same tables, polled again from the healthy feed only: nothing fails, nothing new."""
    root = sitekit.copy_storage(ingested["root"], tmp_path / "data")
    zh_feed = [f.url for f in load_config(ingested["config"]).feeds if f.url.endswith("zh.xml")]
    config = sitekit.write_config(tmp_path / "xauto.yaml", zh_feed, root)
    with dg.instance_for_test() as instance:
        result = (
            definitions(sitekit.resource(config))
            .resolve_job_def("ingest_job")
            .execute_in_process(instance=instance)
        )
    checks = {e.check_name: e for e in result.get_asset_check_evaluations()}
    check = checks["no_failed_sources"]
    assert check.passed and check.metadata["errors"].value == 0
    meta = materializations(result)
    assert meta[("feed_entries", None)]["rows_written"].value == 0
    assert meta[("feed_polls", None)]["rows_written"].value == 1
    assert not [k for k in meta if k[1] is not None]  # no article day was appended to


def test_run_that_cannot_complete_fails_with_the_reason(tmp_path: Path) -> None:
    bad = tmp_path / "xauto.yaml"
    bad.write_text("feeds: []\nstorage: /nonexistent\nhttp: {timeout_typo: 3}\n")
    with dg.instance_for_test() as instance:
        result = (
            definitions(sitekit.resource(bad, tmp_path / "data"))
            .resolve_job_def("ingest_job")
            .execute_in_process(instance=instance, raise_on_error=False)
        )
    assert not result.success
    failure = next(e for e in result.all_events if e.is_step_failure)
    message = failure.step_failure_data.error.message
    assert "could not complete" in message and "timeout_typo" in message


def test_compact_job_merges_files_and_keeps_rows(ingested: dict[str, Any], tmp_path: Path) -> None:
    root = sitekit.copy_storage(ingested["root"], tmp_path / "data")
    storage = Storage(str(root))
    day = storage.partitions(FEED_POLLS)[-1]
    # A second append to the poll day's feed_polls, as the next scheduled run would make.
    storage.write_part(FEED_POLLS, day, rows_of(storage, FEED_POLLS, day)[:1])
    assert len(storage.part_files(FEED_POLLS, day)) == 2
    before = {name: sorted(map(str, rows(root, name))) for name in TABLES}

    with dg.instance_for_test() as instance:
        result = (
            definitions(sitekit.resource(ingested["config"], root))
            .resolve_job_def("compact_job")
            .execute_in_process(instance=instance)
        )
    assert result.success
    assert {name: sorted(map(str, rows(root, name))) for name in TABLES} == before
    assert len(storage.part_files(FEED_POLLS, day)) == 1
    out = result.output_for_node("compact_tables")
    assert out is None
    meta = next(
        e.event_specific_data.metadata
        for e in result.all_node_events
        if e.event_type_value == "STEP_OUTPUT"
    )
    assert meta["files_after"].value < meta["files_before"].value


def test_backfill_rederives_days_without_fetching(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = sitekit.Site(tmp_path / "site")
    config = sitekit.write_config(tmp_path / "xauto.yaml", site.feed_urls, tmp_path / "data")
    launcher.run_ingest(load_config(config))
    site.stop()  # from here on, any fetch would fail and land in errors
    root = tmp_path / "data"
    storage = Storage(str(root))
    days = ["2024-04-01", "2024-04-02"]
    before = {
        (t.name, d): (storage.part_files(t, d), len(rows_of(storage, t, d)))
        for t in (ARTICLES, METRIC_EVENTS)
        for d in DAYS_WITH_ARTICLES
    }
    untouched = {t.name: storage.part_files(t) for t in (RAW_PAGES, ERRORS, FEED_POLLS)}
    old_version = rows(root, "articles")[0]["extractor_version"]
    monkeypatch.setattr(metrics, "EXTRACTOR_VERSION", "test-backfill-2")

    with dg.instance_for_test() as instance:
        result = (
            definitions(sitekit.resource(config))
            .resolve_job_def("reprocess_job")
            .execute_in_process(
                instance=instance,
                tags={
                    "dagster/asset_partition_range_start": days[0],
                    "dagster/asset_partition_range_end": days[-1],
                },
            )
        )
        assert result.success
        runs = instance.get_runs()
        assert len(runs) == 1  # two days, one run, one Beam pipeline

    meta = materializations(result)
    assert {k for k in meta if k[0] in ("articles", "metric_events")} == {
        (t, d) for t in ("articles", "metric_events") for d in days
    }
    m = meta[("articles", days[0])]
    assert m["pages_fetched"].value == 0 and m["pages_read_from_store"].value == 2
    assert m["extractor_version"].value.endswith("+test-backfill-2")

    for (name, day), (files, count) in before.items():
        table = TABLES[name]
        now = rows_of(storage, table, day)
        assert len(now) == count, (name, day)  # same pages, same rows
        versions = {r["extractor_version"] for r in now}
        if day in days:
            assert storage.part_files(table, day) != files  # replaced, not appended to
            assert len(storage.part_files(table, day)) == 1
            assert versions == {m["extractor_version"].value} or not now
        else:
            assert storage.part_files(table, day) == files
            assert versions <= {old_version}
    # Nothing fetched, nothing polled, nothing failed: the stopped server was never asked.
    assert {t.name: storage.part_files(t) for t in (RAW_PAGES, ERRORS, FEED_POLLS)} == untouched


def test_sensor_requests_one_run_per_batch_of_new_entries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sensors, "LOCK_TIMEOUT_SECONDS", 0.2)  # do not wait 5 s for the lock
    site = sitekit.Site(tmp_path / "site")
    try:
        config = sitekit.write_config(tmp_path / "xauto.yaml", site.feed_urls, tmp_path / "data")
        launcher.run_ingest(load_config(config))  # the tables know every entry
        resource = sitekit.resource(config)
        with dg.instance_for_test() as instance:

            def tick(cursor: str | None) -> dg.SensorResult:
                context = dg.build_sensor_context(
                    instance=instance, cursor=cursor, resources={"xauto": resource}
                )
                result = new_entries_sensor(context)
                assert isinstance(result, dg.SensorResult)
                return result

            with writer_lock(str(tmp_path / "data")):  # a run is writing the tables
                busy = tick(None)
            assert not busy.run_requests
            assert busy.skip_reason and "a run is writing" in busy.skip_reason.skip_message

            quiet = tick(None)
            assert not quiet.run_requests
            assert quiet.skip_reason and "nothing new" in quiet.skip_reason.skip_message

            sitekit.add_article(
                site.root,
                "yu7-reveal",
                "2024-04-06T08:00:00Z",
                "Xiaomi teases the YU7",
                "Xiaomi showed the YU7 sport utility vehicle to investors on Saturday. The "
                "company said it would add a second model to its line-up next year, built in "
                "the same Beijing factory as the SU7, and that it had hired 3,000 engineers.",
            )
            news = tick(quiet.cursor)
            assert len(news.run_requests) == 1
            request = news.run_requests[0]
            assert request.run_key and request.run_key.startswith("new-entries-")
            assert request.tags["xauto/pages"] == "1"
            # The poll's writes are reported on the assets it wrote.
            assert {e.asset_key.to_user_string() for e in news.asset_events} >= {
                "feed_polls",
                "feed_entries",
            }

            again = tick(news.cursor)  # same entries, no run yet: no second request
            assert not again.run_requests
            assert again.skip_reason and "already requested" in again.skip_reason.skip_message
            # Even with the cursor lost, the same entries give the same run_key, which Dagster
            # never launches twice.
            assert tick(None).run_requests[0].run_key == request.run_key

            launcher.run_ingest(load_config(config))  # the requested run fetches the page
            done = tick(news.cursor)
            assert not done.run_requests
            assert done.skip_reason and "nothing new" in done.skip_reason.skip_message
    finally:
        site.stop()


def test_week_backfill_from_the_dagster_cli(
    ingested: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`dagster asset materialize --partition-range` of a week: one run, real instance on disk."""
    root = sitekit.copy_storage(ingested["root"], tmp_path / "data")
    config = load_config(ingested["config"])
    config_path = tmp_path / "xauto.yaml"
    sitekit.write_config(config_path, [f.url for f in config.feeds], root)
    home = tmp_path / "dagster_home"
    home.mkdir()
    shutil.copy(REPO / "orchestration" / "dagster.yaml", home / "dagster.yaml")
    env = {**os.environ, "DAGSTER_HOME": str(home), "XAUTO_CONFIG": str(config_path)}
    articles_before = len(rows(root, "articles"))

    proc = subprocess.run(
        [
            DAGSTER,
            "asset",
            "materialize",
            "-m",
            "orchestration.definitions",
            "--select",
            "articles,metric_events",
            "--partition-range",
            "2024-04-01...2024-04-07",
        ],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert proc.returncode == 0, proc.stderr[-4000:]

    monkeypatch.setenv("DAGSTER_HOME", str(home))  # dagster.yaml reads it
    with dg.DagsterInstance.from_ref(InstanceRef.from_dir(str(home))) as instance:
        runs = instance.get_runs()
        assert len(runs) == 1 and runs[0].is_success
        assert runs[0].tags["dagster/asset_partition_range_end"] == "2024-04-07"
        week = [f"2024-04-0{d}" for d in range(1, 8)]
        for name in ("articles", "metric_events"):
            done = instance.get_materialized_partitions(dg.AssetKey(name))
            assert done == set(week)
        # The writers' pool got its limit of 1 from orchestration/dagster.yaml.
        info = instance.event_log_storage.get_concurrency_info("xauto_storage")
        assert info.slot_count == 1
    assert len(rows(root, "articles")) == articles_before
