"""The whole pipeline with an s3:// storage root, against moto's S3 server on loopback (a real
HTTP S3 API, no patched client). GCS and Azure go through the same pyarrow/fsspec layer but are
not exercised here: no emulator for them installs from the package registries this project uses.
"""

import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from conftest import snapshot

from pipelines import launcher
from pipelines.core.config import Config, HttpConfig
from pipelines.locks import Holder, LockTimeout, ObjectLock, S3Backend, writer_lock
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


# The writer lock on an object store (issue 11, item 6): a lock object created with S3's
# conditional write (If-None-Match: *), a lease renewed with If-Match, a stale lease taken over
# with If-Match on the ETag read. moto 5.2 honours both headers on PutObject and DeleteObject.

HOLD_S3_LOCK = """
import sys, time
from pipelines.locks import writer_lock
with writer_lock(sys.argv[1], lease=float(sys.argv[2])):
    print("held", flush=True)
    time.sleep(120)
"""


def lock_root(endpoint: str, bucket: str) -> str:
    boto3.client("s3", endpoint_url=f"http://{endpoint}").create_bucket(Bucket=bucket)
    return f"s3://{bucket}/data?endpoint_override={endpoint}&scheme=http&region=us-east-1"


def test_s3_lock_is_created_once_and_names_its_holder(s3_endpoint: str, aws_env: None) -> None:
    root = lock_root(s3_endpoint, "lock-create")
    first, second = (ObjectLock(S3Backend.from_root(root), lease=30) for _ in range(2))
    me = Holder.me(30)
    assert first.try_acquire(me) == (True, None)
    taken, holder = second.try_acquire(Holder.me(30))
    assert not taken and holder is not None and holder.owner == me.owner
    assert holder.pid == os.getpid()
    first.release()
    assert second.try_acquire(Holder.me(30)) == (True, None)
    second.release()


def test_s3_lock_racing_writers_one_wins(s3_endpoint: str, aws_env: None) -> None:
    root = lock_root(s3_endpoint, "lock-race")
    locks = [ObjectLock(S3Backend.from_root(root), lease=30) for _ in range(6)]
    start = threading.Barrier(len(locks))

    def contend(lock: ObjectLock) -> bool:
        start.wait()
        return lock.try_acquire(Holder.me(30))[0]

    with ThreadPoolExecutor(len(locks)) as pool:
        won = list(pool.map(contend, locks))
    assert won.count(True) == 1


def test_s3_lease_lapsed_is_taken_over_and_the_old_holder_cannot_clobber(
    s3_endpoint: str, aws_env: None
) -> None:
    """A holder that stopped renewing loses the lock once its lease lapses; its late renewal
    and release are refused (If-Match on the ETag it wrote), so the new holder keeps it."""
    root = lock_root(s3_endpoint, "lock-lapse")
    old, new, third = (ObjectLock(S3Backend.from_root(root), lease=1.0) for _ in range(3))
    old_me = Holder.me(1.0)
    assert old.try_acquire(old_me) == (True, None)
    assert not new.try_acquire(Holder.me(1.0))[0]  # still fresh
    time.sleep(2.2)  # Last-Modified has one-second resolution
    new_me = Holder.me(1.0)
    assert new.try_acquire(new_me) == (True, None)
    assert old.renew(old_me) is False and old.lost
    old.release()  # must not delete the new holder's lock
    taken, holder = third.try_acquire(Holder.me(60))
    assert not taken and holder is not None and holder.owner == new_me.owner
    new.release()


def test_s3_writer_lock_waits_for_a_live_holder_and_takes_a_dead_ones(
    s3_endpoint: str, aws_env: None
) -> None:
    root = lock_root(s3_endpoint, "lock-process")
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_S3_LOCK, root, "2"],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        said: list[str] = []
        # 5 s > the 2 s lease: only the holder's renewals keep the lock from us.
        with pytest.raises(LockTimeout) as raised, writer_lock(root, 5.0, 2.0, said.append):
            pass
        assert f"pid {holder.pid}" in said[0] and f"pid {holder.pid}" in str(raised.value)
        holder.kill()  # dies holding it: no release, no renewal
        holder.wait(10)
        started = time.monotonic()
        with writer_lock(root, timeout=30.0, lease=2.0, notify=lambda _: None):
            took = time.monotonic() - started
        assert took < 10
    finally:
        holder.kill()
        holder.wait(10)


def test_run_on_s3_waits_for_the_writer_lock(s3_endpoint: str, aws_env: None) -> None:
    root = lock_root(s3_endpoint, "lock-run")
    other = ObjectLock(S3Backend.from_root(root), lease=60)
    assert other.try_acquire(Holder.me(60))[0]
    config = Config(feeds=[{"url": "http://127.0.0.1:9/feed"}], storage=root)  # type: ignore[list-item]
    try:
        with pytest.raises(LockTimeout, match="held by pid"):
            launcher.run_ingest(config, lock_timeout=1.0)
    finally:
        other.release()
    assert Storage(root).part_files(METRIC_EVENTS) == []  # it wrote nothing
