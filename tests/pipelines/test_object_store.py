"""The whole pipeline with an s3:// storage root, against moto's S3 server on loopback (a real
HTTP S3 API, no patched client). GCS and Azure go through the same pyarrow/fsspec layer but are
not exercised here: no emulator for them installs from the package registries this project uses.
"""

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
from pipelines.storage import Storage
from schemas import METRIC_EVENTS

boto3 = pytest.importorskip("boto3", reason="moto[server] (dev extra) is not installed")


@pytest.fixture(scope="module")
def s3_endpoint() -> Iterator[str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = Path(sys.executable).parent / "moto_server"
    if not server.exists():
        pytest.skip("moto_server is not installed (pip install 'moto[server]')")
    proc = subprocess.Popen(
        [str(server), "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                break
        time.sleep(0.2)
    yield f"127.0.0.1:{port}"
    proc.terminate()
    proc.wait(10)


@pytest.fixture
def aws_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for key, value in {
        "AWS_ACCESS_KEY_ID": "test",
        "AWS_SECRET_ACCESS_KEY": "test",
        "AWS_DEFAULT_REGION": "us-east-1",
    }.items():
        monkeypatch.setenv(key, value)


def test_ingest_to_s3_equals_local(s3_endpoint: str, aws_env: None, tmp_path: Path) -> None:
    boto3.client("s3", endpoint_url=f"http://{s3_endpoint}").create_bucket(Bucket="xauto")
    s3_root = f"s3://xauto/data?endpoint_override={s3_endpoint}&scheme=http&region=us-east-1"
    site = SampleSite(0).start()
    try:
        http = HttpConfig(allow_private=True, retries=0)
        feeds = [{"url": u} for u in site.feed_urls]
        local = Config(feeds=feeds, storage=str(tmp_path / "local"), http=http)  # type: ignore[arg-type]
        remote = Config(feeds=feeds, storage=s3_root, http=http)  # type: ignore[arg-type]
        launcher.run_ingest(local)
        first = launcher.run_ingest(remote)
        second = launcher.run_ingest(remote)
    finally:
        site.stop()
    assert first.rows["metric_events"] > 0
    assert second.nothing_new
    assert snapshot(tmp_path / "local") == snapshot(s3_root)  # type: ignore[arg-type]
    keys = boto3.client("s3", endpoint_url=f"http://{s3_endpoint}").list_objects_v2(
        Bucket="xauto", Prefix="data/metric_events/"
    )
    # pyarrow's S3 filesystem leaves empty "folder/" marker objects; readers skip them
    names = [o["Key"] for o in keys.get("Contents", []) if not o["Key"].endswith("/")]
    assert names and all(n.endswith(".parquet") and "/published_date=" in n for n in names)
    assert Storage(s3_root).read(METRIC_EVENTS).num_rows == first.rows["metric_events"]
