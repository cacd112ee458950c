"""The same pipeline on Beam's portable runner path (the one Flink, Spark and Dataflow use),
with SDK workers in a separate worker pool process (EXTERNAL environment, not LOOPBACK):
DoFns must pickle, open their clients in setup() and keep no state a distributed runner loses.
Results must equal the DirectRunner's."""

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import snapshot

from pipelines import launcher
from pipelines.core.config import Config, HttpConfig
from pipelines.sample_site.server import SampleSite

REPO = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def worker_pool() -> Iterator[str]:
    port = free_port()
    env = {
        **os.environ,
        # The pool starts workers with plain `python`: make it this environment's.
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "PYTHONPATH": str(REPO),
    }
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "apache_beam.runners.worker.worker_pool_main",
            f"--service_port={port}",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its own group: the teardown stops the pool and its workers
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                break
        time.sleep(0.2)
    else:
        proc.kill()
        pytest.fail("Beam worker pool did not start")
    yield f"localhost:{port}"
    # Beam's pool waits for its workers to stop; on a loaded machine that took over 10 s once
    # (CI), and a pool left running slowed every later test: stop the whole group, surely
    os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(30)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(10)


def test_portable_runner_with_external_workers_equals_direct(
    worker_pool: str, tmp_path: Path
) -> None:
    site = SampleSite(0).start()
    try:

        def config(name: str) -> Config:
            return Config(
                feeds=[{"url": u} for u in site.feed_urls],  # type: ignore[misc]
                storage=str(tmp_path / name),
                http=HttpConfig(allow_private=True, retries=0),
            )

        direct = launcher.run_ingest(config("direct"))
        portable = launcher.run_ingest(
            config("portable"),
            runner="portable",
            beam_args=[
                "--job_endpoint=embed",
                "--environment_type=EXTERNAL",
                f"--environment_config={worker_pool}",
            ],
        )
    finally:
        site.stop()
    assert portable.runner == "PortableRunner"
    assert direct.rows == portable.rows
    assert snapshot(tmp_path / "direct") == snapshot(tmp_path / "portable")
    assert snapshot(tmp_path / "direct")["metric_events"], "nothing was extracted"
