"""Storage that is not what it should be (issue 11, item 7): a foreign Parquet file in a table's
folder, files of an older schema version, and storage the OS refuses to write. Each gives one
clear error naming the path, never rows of nulls or a traceback.
"""

import datetime as dt
import os
import resource
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipelines.compaction import compact
from pipelines.storage import ForeignFileError, Storage, StorageError
from schemas import ERRORS, METRIC_EVENTS, RAW_PAGES

REPO = Path(__file__).resolve().parents[2]
XAUTO = Path(sys.executable).parent / "xauto"
DAY = dt.date(2024, 4, 25)


def err(i: int) -> dict[str, Any]:
    return {
        "error_id": f"e{i}",
        "stage": "fetch",
        "source": f"http://h/{i}",
        "error_type": "HTTPStatus",
        "message": "HTTP 500",
        "attempt": 1,
        "occurred_at": dt.datetime(2024, 4, 25, 12, tzinfo=dt.UTC),
        "date": DAY,
    }


def event(i: int) -> dict[str, Any]:
    at = dt.datetime(2024, 4, 25, 9, tzinfo=dt.UTC)
    return {
        "event_id": f"ev{i}",
        "article_id": "a1",
        "url": "http://h/a1",
        "published_at": at,
        "subject": "Xiaomi SU7",
        "metric": "deliveries",
        "value": float(i),
        "unit": "vehicles",
        "status": "actual",
        "evidence": f"It delivered {i} cars.",
        "period_kind": "month",
        "label": None,
        "published_date": DAY,
    }


def test_a_foreign_parquet_file_is_refused_naming_it(tmp_path: Path) -> None:
    storage = Storage(str(tmp_path))
    storage.write_part(ERRORS, DAY, [err(1)])
    folder = tmp_path / "errors" / f"date={DAY}"
    foreign = folder / "part-someone-elses.parquet"
    pq.write_table(pa.table({"city": ["Beijing"], "population": [21_000_000]}), foreign)
    with pytest.raises(ForeignFileError) as raised:
        storage.read(ERRORS)
    assert str(foreign) in str(raised.value)
    assert "unknown column city" in str(raised.value)


def test_a_file_of_another_table_is_refused_naming_the_table(tmp_path: Path) -> None:
    storage = Storage(str(tmp_path))
    page = {
        "page_id": "p1",
        "url": "http://h/1",
        "final_url": "http://h/1",
        "http_status": 200,
        "content_type": "text/html",
        "fetched_at": dt.datetime(2024, 4, 25, tzinfo=dt.UTC),
        "body": b"<p>x</p>",
        "fetch_date": DAY,
    }
    written = storage.write_part(RAW_PAGES, DAY, [page])
    stray = tmp_path / "errors" / f"date={DAY}" / "part-moved.parquet"
    stray.parent.mkdir(parents=True)
    Path(written.path).rename(stray)
    with pytest.raises(ForeignFileError, match="is a file of table raw_pages, not errors"):
        storage.read(ERRORS)


def test_a_file_with_a_retyped_column_is_refused(tmp_path: Path) -> None:
    storage = Storage(str(tmp_path))
    folder = tmp_path / "errors" / f"date={DAY}"
    folder.mkdir(parents=True)
    data = storage.read(ERRORS).drop_columns(["date"])  # empty, the table's own columns
    retyped = data.set_column(
        data.schema.get_field_index("attempt"), "attempt", pa.array([], pa.string())
    )
    pq.write_table(retyped, folder / "part-x.parquet")
    with pytest.raises(ForeignFileError, match="column attempt is string, not int16"):
        storage.read(ERRORS)


def old_event_file(folder: Path, rows: list[dict[str, Any]]) -> Path:
    """A metric_events file as xauto wrote it at schema 1.0: no period_kind, no label."""
    schema = METRIC_EVENTS.file_schema
    old = pa.schema(
        [f for f in schema if f.name not in ("period_kind", "label")],
        metadata={b"xauto.table": b"metric_events", b"xauto.schema_version": b"1.0"},
    )
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "part-19700101T000000-old.parquet"
    pq.write_table(pa.Table.from_pylist(rows, schema=old), path)
    return path


def test_files_of_an_older_schema_version_still_read_and_compact(tmp_path: Path) -> None:
    storage = Storage(str(tmp_path))
    folder = tmp_path / "metric_events" / f"published_date={DAY}"
    old_event_file(folder, [event(1), event(2)])
    storage.write_part(METRIC_EVENTS, DAY, [event(3)])
    rows = {r["event_id"]: r for r in storage.read(METRIC_EVENTS).to_pylist()}
    assert set(rows) == {"ev1", "ev2", "ev3"}
    assert rows["ev1"]["period_kind"] is None and rows["ev1"]["value"] == 1.0
    assert rows["ev3"]["period_kind"] == "month"

    compact(str(tmp_path), ["metric_events"])  # 1.0 and 1.1 files into one 1.1 file

    assert len(storage.part_files(METRIC_EVENTS, DAY)) == 1
    after = {r["event_id"]: r for r in storage.read(METRIC_EVENTS).to_pylist()}
    assert after == rows


def test_compact_refuses_a_foreign_file_and_keeps_the_partition(tmp_path: Path) -> None:
    storage = Storage(str(tmp_path))
    storage.write_part(ERRORS, DAY, [err(1)])
    foreign = tmp_path / "errors" / f"date={DAY}" / "part-zz.parquet"
    pq.write_table(pa.table({"x": [1]}), foreign)
    proc = subprocess.run(
        [str(XAUTO), "compact", "--storage", str(tmp_path)], capture_output=True, text=True
    )
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert str(foreign) in lines[0] and lines[0].startswith("xauto: storage error:")
    foreign.unlink()
    assert storage.read(ERRORS)["error_id"].to_pylist() == ["e1"]  # nothing was lost


def test_a_storage_root_that_is_a_file_is_one_line_naming_it(tmp_path: Path) -> None:
    root = tmp_path / "data"
    root.write_text("not a folder")
    proc = subprocess.run(
        [str(XAUTO), "run", "--storage", str(root), "--feeds", os.devnull],
        capture_output=True,
        text=True,
        timeout=120,
    )
    # a root that is a file is refused before the run starts, as a usage error (issue 15)
    assert proc.returncode == 2
    last = proc.stderr.strip().splitlines()[-1]
    assert "Traceback" not in proc.stderr, proc.stderr
    assert last.startswith("xauto: storage") and str(root) in last, proc.stderr


def _small_files_only() -> None:
    """In the child: files may not grow past 4 KB (EFBIG, as a full disk gives ENOSPC)."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))


def test_a_write_the_os_refuses_mid_run_is_one_line_naming_the_file(tmp_path: Path) -> None:
    """The refusal comes inside a Beam worker; the run still ends with one line, exit 1."""
    root = tmp_path / "data"
    from pipelines.sample_site.server import SampleSite

    site = SampleSite(0).start()
    try:
        feeds = tmp_path / "feeds.txt"
        feeds.write_text("\n".join(site.feed_urls))
        config = tmp_path / "c.yaml"
        config.write_text(f"storage: {root}\nhttp: {{allow_private: true, retries: 0}}\n")
        proc = subprocess.run(
            [str(XAUTO), "run", "--config", str(config), "--feeds", str(feeds)],
            capture_output=True,
            text=True,
            timeout=300,
            preexec_fn=_small_files_only,
            env={**os.environ, "PYTHONPATH": str(REPO)},
        )
    finally:
        site.stop()
    assert proc.returncode == 1, proc.stderr[-3000:]
    last = proc.stderr.strip().splitlines()[-1]
    assert "Traceback" not in proc.stderr, proc.stderr[-3000:]
    assert last.startswith("xauto: storage error: cannot write " + str(root)), last
    assert "file size limit" in last


def test_storage_error_is_an_oserror_with_its_path() -> None:
    exc = StorageError("cannot write /x: no space left on the device", "/x")
    assert isinstance(exc, OSError) and exc.path == "/x" and str(exc).startswith("cannot")


def test_a_storage_error_in_a_remote_worker_comes_back_as_one_line() -> None:
    """Portable and multi-process runners return a worker's failure as text in their own
    exception: the launcher finds the StorageError in it and drops Beam's step suffix."""
    from pipelines.launcher import storage_error_from

    text = (
        'Pipeline job failed:\nTraceback (most recent call last):\n  File "x.py", line 1\n'
        "OSError: [Errno 28] Error writing bytes to file\n\nThe above exception was the direct "
        "cause of the following exception:\n\npipelines.errors.StorageError: cannot write "
        "/srv/x/errors/date=2024-04-25/.part-1.parquet.tmp: no space left on the device "
        "[while running 'Write errors/Stage files']\n"
    )
    found = storage_error_from(RuntimeError(text))
    assert type(found) is StorageError
    assert str(found) == (
        "cannot write /srv/x/errors/date=2024-04-25/.part-1.parquet.tmp: "
        "no space left on the device"
    )
    foreign = storage_error_from(
        RuntimeError("pipelines.errors.ForeignFileError: /srv/p.parquet is not a file of ...")
    )
    assert type(foreign) is ForeignFileError
    assert storage_error_from(RuntimeError("ValueError: cannot parse")) is None


def _in_own_mount(root: Path, options: str, then_read_only: bool = False) -> list[str]:
    """A command prefix that runs the rest with a tmpfs of `options` at `root`, in a private
    user and mount namespace (nothing leaks to this machine's mounts; no root needed)."""
    remount = f" && mount -o remount,ro {root}" if then_read_only else ""
    script = f'mount -t tmpfs -o {options} tmpfs {root}{remount} && exec "$@"'
    return ["unshare", "-rm", "sh", "-c", script, "sh"]


def _can_mount(tmp_path: Path) -> None:
    probe = tmp_path / "probe"
    probe.mkdir()
    try:
        ok = subprocess.run([*_in_own_mount(probe, "size=64k"), "true"], capture_output=True)
    except FileNotFoundError:
        pytest.skip("unshare is not installed")
    if ok.returncode != 0:
        pytest.skip(f"no private mount namespace here: {ok.stderr.decode().strip()}")


@pytest.mark.parametrize(
    ("options", "read_only", "reason", "status"),
    [
        # the disk fills during the run: the run could not complete (1)
        ("size=48k", False, "no space left on the device", 1),
        # a read-only root is refused before the run, as a usage error (2)
        ("size=1m", True, "is not writable", 2),
    ],
)
def test_a_full_or_read_only_disk_is_one_line_naming_the_path(
    tmp_path: Path, options: str, read_only: bool, reason: str, status: int
) -> None:
    _can_mount(tmp_path)
    root = tmp_path / "data"
    root.mkdir()
    from pipelines.sample_site.server import SampleSite

    site = SampleSite(0).start()
    try:
        feeds = tmp_path / "feeds.txt"
        feeds.write_text("\n".join(site.feed_urls))
        config = tmp_path / "c.yaml"
        config.write_text(f"storage: {root}\nhttp: {{allow_private: true, retries: 0}}\n")
        command = [str(XAUTO), "run", "--config", str(config), "--feeds", str(feeds)]
        proc = subprocess.run(
            [*_in_own_mount(root, options, read_only), *command],
            capture_output=True,
            text=True,
            timeout=300,
        )
    finally:
        site.stop()
    assert proc.returncode == status, proc.stderr[-3000:]
    last = proc.stderr.strip().splitlines()[-1]
    assert "Traceback" not in proc.stderr, proc.stderr[-3000:]
    assert last.startswith("xauto: storage") and str(root) in last, last
    assert last.endswith(reason), last


def test_a_table_folder_without_write_permission_is_one_line_naming_it() -> None:
    """The run may take the lock but not write one table's folder: the refusal comes from
    inside a Beam worker and still ends the run with one line (exit 1)."""
    if os.geteuid() != 0:
        pytest.skip("needs root to run xauto as another user (root ignores permissions)")
    if not Path("/usr/bin/setpriv").exists():
        pytest.skip("setpriv is not installed")
    import shutil
    import tempfile

    probe = subprocess.run(
        [
            "/usr/bin/setpriv", "--reuid", "65534", "--regid", "65534", "--clear-groups",
            sys.executable, "-c", "import subprocess, sys; subprocess.run([sys.executable, '-V'])",
        ],
        capture_output=True,
        text=True,
    )  # fmt: skip
    if probe.returncode != 0:
        # the cleaning workers are a child interpreter; where Python is installed under a
        # folder `nobody` may not enter (a pyenv under /root), it cannot start one
        pytest.skip(
            f"user nobody cannot start this Python's child processes: {probe.stderr[-200:]}"
        )
    base = Path(tempfile.mkdtemp(prefix="xauto-perm-"))  # /tmp, reachable by another user
    try:
        root = base / "data"
        (root / "feed_polls").mkdir(parents=True)  # root's, 0755: not writable by `nobody`
        for path in (base, root):
            path.chmod(0o755)
        os.chown(root, 65534, 65534)
        from pipelines.sample_site.server import SampleSite

        site = SampleSite(0).start()
        try:
            feeds = base / "feeds.txt"
            feeds.write_text("\n".join(site.feed_urls))
            feeds.chmod(0o644)
            command = [str(XAUTO), "run", "--storage", str(root), "--feeds", str(feeds)]
            config = base / "c.yaml"
            config.write_text(f"storage: {root}\nhttp: {{allow_private: true, retries: 0}}\n")
            config.chmod(0o644)
            command += ["--config", str(config)]
            as_nobody = ["/usr/bin/setpriv", "--reuid", "65534", "--regid", "65534"]
            proc = subprocess.run(
                [*as_nobody, "--clear-groups", *command],
                capture_output=True,
                text=True,
                timeout=300,
                env={**os.environ, "HOME": str(base)},
            )
        finally:
            site.stop()
        assert proc.returncode == 1, proc.stderr[-3000:]
        last = proc.stderr.strip().splitlines()[-1]
        assert "Traceback" not in proc.stderr, proc.stderr[-3000:]
        assert last.startswith(f"xauto: storage error: cannot write {root}/feed_polls/"), last
        assert last.endswith("permission denied"), last
    finally:
        shutil.rmtree(base, ignore_errors=True)
