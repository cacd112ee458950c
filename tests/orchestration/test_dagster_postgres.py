"""Dagster on a real PostgreSQL: runs, event log and schedules/sensors in Postgres storage.

Starts a throwaway PostgreSQL server from the machine's packages (`.ci/run` installs them with
apt when it can); skips with the reason when no server binaries or no dagster-postgres exist.
"""

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import dagster as dg
import pytest
import sitekit

from orchestration.assets import ASSETS
from orchestration.checks import CHECKS
from orchestration.jobs import JOBS
from orchestration.sensors import new_entries_sensor
from pipelines import launcher
from pipelines.core.config import load_config

pytest.importorskip("dagster_postgres", reason="dagster-postgres is not installed")


def _pg_bin() -> Path | None:
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).resolve().parent
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))
    return versions[-1].parent if versions else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def postgres_url() -> Iterator[str]:
    bin_dir = _pg_bin()
    if bin_dir is None:
        pytest.skip("no PostgreSQL server binaries (apt-get install postgresql)")
    # Not under pytest's tmp (mode 0700, owned by us): the server may run as another user.
    home = Path(tempfile.mkdtemp(prefix="xauto-pg-"))
    data, sock = home / "data", home / "sock"
    sock.mkdir()
    prefix: list[str] = []
    if os.geteuid() == 0:  # initdb refuses root: run the server as the packages' user
        try:
            user = pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("running as root and no 'postgres' user to run the server")
        for path in (home, sock):
            os.chown(path, user.pw_uid, user.pw_gid)
        prefix = ["runuser", "-u", "postgres", "--"]
    port = _free_port()
    init = subprocess.run(
        [*prefix, str(bin_dir / "initdb"), "-D", str(data), "-U", "dagster", "--auth=trust"],
        capture_output=True,
        text=True,
    )
    assert init.returncode == 0, init.stderr
    subprocess.run(
        [
            *prefix,
            str(bin_dir / "pg_ctl"),
            "-D",
            str(data),
            "-l",
            str(home / "server.log"),
            "-o",
            f"-p {port} -k {sock} -c listen_addresses=127.0.0.1",
            "-w",
            "start",
        ],
        check=True,
        capture_output=True,
    )
    try:
        subprocess.run(
            [
                str(bin_dir / "createdb"),
                "-h",
                "127.0.0.1",
                "-p",
                str(port),
                "-U",
                "dagster",
                "dagster",
            ],
            check=True,
            capture_output=True,
        )
        yield f"postgresql://dagster@127.0.0.1:{port}/dagster"
    finally:
        subprocess.run(
            [*prefix, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"],
            capture_output=True,
        )
        shutil.rmtree(home, ignore_errors=True)


def _instance_dir(path: Path, url: str) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    (path / "dagster.yaml").write_text(
        f"storage:\n  postgres:\n    postgres_url: {url}\ntelemetry:\n  enabled: false\n",
        encoding="utf-8",
    )
    return path


def test_partition_run_and_sensor_tick_land_in_postgres(postgres_url: str, tmp_path: Path) -> None:
    site = sitekit.Site(tmp_path / "site")
    try:
        config = sitekit.write_config(tmp_path / "xauto.yaml", site.feed_urls, tmp_path / "data")
        resource = sitekit.resource(config)
        defs = dg.Definitions(
            assets=ASSETS,
            asset_checks=CHECKS,
            jobs=JOBS,
            resources={"xauto": resource},
            executor=dg.in_process_executor,
        )
        home = _instance_dir(tmp_path / "dagster_home", postgres_url)
        launcher.run_ingest(load_config(config))  # raw pages to re-derive from
        with dg.DagsterInstance.from_config(str(home)) as instance:
            assert type(instance.run_storage).__name__ == "PostgresRunStorage"
            result = defs.resolve_job_def("reprocess_job").execute_in_process(
                instance=instance, partition_key="2024-04-01"
            )
            assert result.success
            run_id = result.run_id

            context = dg.build_sensor_context(instance=instance, resources={"xauto": resource})
            tick = new_entries_sensor(context)
            assert isinstance(tick, dg.SensorResult)
            assert tick.skip_reason and "nothing new" in tick.skip_reason.skip_message

        # A new instance object reads the run back from PostgreSQL, not from memory.
        with dg.DagsterInstance.from_config(str(home)) as fresh:
            run = fresh.get_run_by_id(run_id)
            assert run is not None and run.status == dg.DagsterRunStatus.SUCCESS
            assert run.tags.get("dagster/partition") == "2024-04-01"
            materialized = fresh.fetch_materializations(
                dg.AssetKey("metric_events"), limit=10
            ).records
            assert any(r.partition_key == "2024-04-01" for r in materialized)
    finally:
        site.stop()
