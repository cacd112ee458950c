"""What the Dagster instance shows after writes made outside it (`xauto run`), and materialising
one of the two re-derived tables alone. Real instance, real `xauto` and `dagster` commands."""

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import dagster as dg
import pytest
import sitekit
from dagster._core.instance.ref import InstanceRef

from orchestration.sensors import tables_on_disk_sensor
from pipelines.storage import Storage
from schemas import TABLES

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
DAYS_WITH_ARTICLES = {"2024-04-01", "2024-04-02", "2024-04-03", "2024-04-05"}


def xauto_run(config: Path) -> None:
    proc = subprocess.run(
        [str(BIN / "xauto"), "run", "--config", str(config)],
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert proc.returncode == 0, proc.stderr


def days_on_disk(root: Path, name: str) -> set[str]:
    return set(Storage(str(root)).partitions(TABLES[name]))


def rows_on_disk(root: Path, name: str) -> int:
    return Storage(str(root)).read(TABLES[name]).num_rows


@pytest.fixture(scope="module")
def cli_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """`xauto run` once on our loopback site, outside Dagster."""
    tmp = tmp_path_factory.mktemp("observe")
    site = sitekit.Site(tmp / "site")
    config = sitekit.write_config(tmp / "xauto.yaml", site.feed_urls, tmp / "data")
    xauto_run(config)
    yield {"site": site, "config": config, "root": tmp / "data"}
    site.stop()


def tick(instance: dg.DagsterInstance, config: Path) -> dg.SensorResult:
    """One evaluation of the sensor; its events are recorded as the daemon records them."""
    context = dg.build_sensor_context(
        instance=instance, resources={"xauto": sitekit.resource(config)}
    )
    result = tables_on_disk_sensor(context)
    assert isinstance(result, dg.SensorResult)
    for event in result.asset_events:
        instance.report_runless_asset_event(event)
    return result


def latest(instance: dg.DagsterInstance, name: str, partition: str | None = None) -> Any:
    records = instance.fetch_materializations(
        dg.AssetRecordsFilter(
            asset_key=dg.AssetKey(name), asset_partitions=[partition] if partition else None
        ),
        limit=1,
    ).records
    assert records, (name, partition)
    return records[0].asset_materialization.metadata


def test_instance_shows_what_a_cli_run_wrote(cli_run: dict[str, Any], tmp_path: Path) -> None:
    root = sitekit.copy_storage(cli_run["root"], tmp_path / "data")  # this test adds to it
    config = sitekit.write_config(tmp_path / "xauto.yaml", cli_run["site"].feed_urls, root)
    with dg.instance_for_test() as instance:
        # Before: Dagster knows nothing of the CLI's writes ("Never materialized").
        assert instance.get_latest_materialization_event(dg.AssetKey("feed_polls")) is None

        first = tick(instance, config)
        assert first.asset_events
        for name in ("articles", "metric_events"):
            assert instance.get_materialized_partitions(dg.AssetKey(name)) == days_on_disk(
                root, name
            )
        assert days_on_disk(root, "articles") == DAYS_WITH_ARTICLES
        for name in ("feed_polls", "feed_entries", "raw_pages", "errors"):
            meta = latest(instance, name)
            assert meta["dagster/row_count"].value == rows_on_disk(root, name) > 0
        day = latest(instance, "articles", "2024-04-01")
        assert day["dagster/row_count"].value == 1  # the day's rows ...
        assert day["table_row_count"].value == 4  # ... beside the table's
        assert day["partitions_with_data"].value == 4

        again = tick(instance, config)  # nothing changed on disk: nothing reported twice
        assert not again.asset_events
        assert again.skip_reason and "already records" in again.skip_reason.skip_message

        sitekit.add_article(
            cli_run["site"].root,
            "yu7-reveal",
            "2024-04-06T08:00:00Z",
            "Xiaomi teases the YU7",
            "Xiaomi showed the YU7 sport utility vehicle to investors on Saturday. The company "
            "said it would add a second model next year and that it had hired 3,000 engineers.",
        )
        xauto_run(config)
        changed = tick(instance, config)
        reported = {(e.asset_key.to_user_string(), e.partition) for e in changed.asset_events}
        assert ("articles", "2024-04-06") in reported
        assert not {p for _, p in reported} & DAYS_WITH_ARTICLES  # old days: unchanged
        assert {n for n, p in reported if p is None} >= {"feed_polls", "feed_entries"}
        assert latest(instance, "articles", "2024-04-06")["table_row_count"].value == 5


def test_materializing_metric_events_alone(
    cli_run: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`dagster asset materialize --select metric_events --partition D` works: one backfill
    rewrites both tables' day, and both are recorded (it used to fail with a 74-line
    DagsterInvalidSubsetError)."""
    root = sitekit.copy_storage(cli_run["root"], tmp_path / "data")
    config = tmp_path / "xauto.yaml"
    shutil.copy(cli_run["config"], config)
    home = tmp_path / "dagster_home"
    home.mkdir()
    shutil.copy(REPO / "orchestration" / "dagster.yaml", home / "dagster.yaml")
    env = {
        **os.environ,
        "DAGSTER_HOME": str(home),
        "XAUTO_CONFIG": str(config),
        "XAUTO_STORAGE": str(root),
    }
    proc = subprocess.run(
        [
            str(BIN / "dagster"),
            "asset",
            "materialize",
            "-m",
            "orchestration.definitions",
            "--select",
            "metric_events",
            "--partition",
            "2024-04-01",
        ],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert proc.returncode == 0, proc.stderr[-4000:]
    assert "DagsterInvalidSubsetError" not in proc.stderr
    monkeypatch.setenv("DAGSTER_HOME", str(home))  # dagster.yaml reads it
    with dg.DagsterInstance.from_ref(InstanceRef.from_dir(str(home))) as instance:
        runs = instance.get_runs()
        assert len(runs) == 1 and runs[0].is_success
        for name in ("metric_events", "articles"):
            assert instance.get_materialized_partitions(dg.AssetKey(name)) == {"2024-04-01"}
        meta = latest(instance, "articles", "2024-04-01")
        assert meta["dagster/row_count"].value == 1
        assert meta["table_row_count"].value == 4
    assert rows_on_disk(root, "articles") == 4  # the day replaced, nothing lost


def test_sensor_poll_is_bounded_inside_a_tick(
    server: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A feed slower than the tick's cap fails this poll (recorded) instead of holding the
    daemon's tick past its timeout; a fast feed in the same tick is still polled."""
    import time

    from orchestration import sensors
    from schemas import ERRORS, FEED_POLLS

    def slow(handler: Any) -> None:
        time.sleep(3)
        handler.send_response(200)
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    server.routes["/slow.xml"] = slow
    server.reply("/fast.xml", body=b'<?xml version="1.0"?><rss version="2.0"><channel/></rss>')
    config = tmp_path / "xauto.yaml"  # the default timeouts and retries: 3 s would pass
    config.write_text(
        f"feeds: ['{server.url}/slow.xml', '{server.url}/fast.xml']\n"
        f"storage: '{tmp_path / 'data'}'\nhttp: {{allow_private: true}}\n"
    )
    monkeypatch.setattr(sensors, "FEED_TIMEOUT_SECONDS", 1.0)
    with dg.instance_for_test() as instance:
        context = dg.build_sensor_context(
            instance=instance, resources={"xauto": sitekit.resource(config)}
        )
        started = time.monotonic()
        result = sensors.new_entries_sensor(context)
        elapsed = time.monotonic() - started
    assert isinstance(result, dg.SensorResult) and result.skip_reason
    storage = Storage(str(tmp_path / "data"))
    polls = {r["feed_url"].rsplit("/", 1)[1]: r for r in storage.read(FEED_POLLS).to_pylist()}
    assert polls["fast.xml"]["error"] is None
    assert polls["slow.xml"]["error"] and server.hits["/slow.xml"] == 1  # no retry in a tick
    assert storage.read(ERRORS).num_rows == 1
    assert elapsed < 30  # Beam's start-up and 1 s, not the slow feed's 3 s times 3 attempts
