"""`xauto stream` on a loopback news site: dedupe across ticks, commits per window, the writer
lock, drain on SIGINT, kill -9 and restart. Tables are read back from Parquet (pyarrow).

Fast settings: a poll every second, a window every 2 s.
"""

import datetime as dt
import importlib.util
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pyarrow.parquet as pq
import pytest

from pipelines import launcher
from pipelines.core.config import load_config
from pipelines.locks import LockTimeout, writer_lock
from pipelines.state import plan_run
from pipelines.storage import Storage
from schemas import ARTICLES, ERRORS, FEED_ENTRIES, FEED_POLLS, METRIC_EVENTS, RAW_PAGES

REPO = Path(__file__).resolve().parents[2]
WINDOW_FILE = re.compile(r"part-(\d{8}T\d{6})-w[0-9a-f]{12}\.parquet$")
NEW_TEXT = (
    "Xiaomi said the SU7 Ultra had collected 15,000 big orders within two hours of its launch "
    "on Thursday evening, and that the factory in Beijing would start deliveries next month. "
    "Analysts said the figure was far above what rivals had reported for their own launches."
)


def _sitekit() -> ModuleType:
    """tests/orchestration/sitekit.py: our small news site that a test can add an entry to."""
    if "sitekit" in sys.modules:
        return sys.modules["sitekit"]
    spec = importlib.util.spec_from_file_location(
        "sitekit", REPO / "tests" / "orchestration" / "sitekit.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["sitekit"] = module
    spec.loader.exec_module(module)
    return module


sitekit = _sitekit()


@pytest.fixture
def site(tmp_path: Path) -> Iterator[tuple[object, Path, Path]]:
    """(site, config path, storage root)."""
    s = sitekit.Site(tmp_path / "site")
    storage = tmp_path / "data"
    config = sitekit.write_config(tmp_path / "xauto.yaml", s.feed_urls, storage)
    yield s, config, storage
    s.stop()


def _ids(storage: Path, tbl: object, column: str) -> list[str]:
    return Storage(str(storage)).read(tbl, [column])[column].to_pylist()  # type: ignore[arg-type]


def assert_no_duplicates(storage: Path) -> None:
    for tbl, column in (
        (FEED_ENTRIES, "entry_id"),
        (RAW_PAGES, "url"),
        (ARTICLES, "article_id"),
        (METRIC_EVENTS, "event_id"),
        (ERRORS, "error_id"),
    ):
        ids = _ids(storage, tbl, column)
        assert len(ids) == len(set(ids)), f"{tbl.name}: duplicate {column}"


def assert_nothing_left_half_done(config: Path) -> None:
    """Every entry has its page or a fetch error; every stored page its article."""
    plan = plan_run(load_config(str(config)), Storage(str(load_config(str(config)).storage)))
    assert plan.pending_pages == () and plan.unprocessed_pages == {}


def _publish(site: object) -> None:
    sitekit.add_article(
        site.root,  # type: ignore[attr-defined]
        "su7-ultra-orders",
        "2024-04-06T08:00:00Z",
        "SU7 Ultra orders",
        NEW_TEXT,
    )


def test_stream_dedupes_across_ticks_commits_per_window_and_holds_the_lock(
    site: tuple[object, Path, Path], tmp_path: Path
) -> None:
    s, config_path, storage = site
    config = load_config(str(config_path))
    seen: dict[str, object] = {}

    def publish_after_first_commit() -> None:
        deadline = time.monotonic() + 25
        while time.monotonic() < deadline:
            if Storage(str(storage)).part_files(FEED_POLLS):
                break
            time.sleep(0.1)
        seen["first_files"] = set(Storage(str(storage)).part_files(FEED_POLLS))
        try:  # the stream holds the writer lock: a batch run waits
            with writer_lock(str(storage), timeout=0.3):
                seen["lock"] = "taken"
        except LockTimeout:
            seen["lock"] = "held"
        _publish(s)

    watcher = threading.Thread(target=publish_after_first_commit, daemon=True)
    watcher.start()
    until = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=14)
    summary = launcher.run_stream(config, 1, 2, until)
    watcher.join(1)

    assert seen["lock"] == "held"
    assert_no_duplicates(storage)
    assert_nothing_left_half_done(config_path)
    entries = Storage(str(storage)).read(FEED_ENTRIES, ["guid", "canonical_url"]).to_pylist()
    # 4 + 2 entries, then the one published while streaming; one link is in two feeds.
    assert sorted(e["guid"] for e in entries) == sorted(
        ["en-1", "en-2", "en-3", "en-4", "zh-1", "zh-2", "en-su7-ultra-orders"]
    )
    urls = _ids(storage, RAW_PAGES, "url")
    assert sum("su7-orders" in u for u in urls) == 1  # listed by two feeds, fetched once
    assert any(u.endswith("/news/su7-ultra-orders.html") for u in urls)
    events = Storage(str(storage)).read(METRIC_EVENTS, ["url", "value"]).to_pylist()
    assert 15000.0 in {e["value"] for e in events if "su7-ultra-orders" in e["url"]}

    polls = Storage(str(storage)).read(FEED_POLLS).to_pylist()
    rss = sorted(
        (p for p in polls if p["feed_url"].endswith("rss.xml")), key=lambda p: p["polled_at"]
    )
    assert len(rss) >= 5  # polled at every tick
    changed = [p["new_entries"] for p in rss if not p["not_modified"]]
    # The validators travel in state: 200 at the first poll and after the new entry, else 304.
    assert changed == [4, 1]
    assert summary.count("rows_feed_polls") == len(polls)

    files = Storage(str(storage)).part_files(FEED_POLLS)
    windows = {WINDOW_FILE.search(f).group(1) for f in files}  # type: ignore[union-attr]
    assert len(windows) >= 3
    # The entry published after the first commit is in a later window's file.
    new_files = [
        f
        for f in Storage(str(storage)).part_files(FEED_ENTRIES)
        if "en-su7-ultra-orders" in pq.read_table(f, columns=["guid"])["guid"].to_pylist()
    ]
    first = {WINDOW_FILE.search(f).group(1) for f in seen["first_files"]}  # type: ignore[union-attr, attr-defined]
    assert len(new_files) == 1 and WINDOW_FILE.search(new_files[0]).group(1) > max(first)  # type: ignore[union-attr]

    # Equivalence: the same as a batch run of the same site on an empty root: rows and keys.
    batch_root = tmp_path / "batch"
    batch_config = sitekit.write_config(tmp_path / "batch.yaml", s.feed_urls, batch_root)  # type: ignore[attr-defined]
    launcher.run_ingest(load_config(str(batch_config)))
    for tbl, column in (
        (FEED_ENTRIES, "entry_id"),
        (RAW_PAGES, "url"),
        (ARTICLES, "article_id"),
        (METRIC_EVENTS, "event_id"),
    ):
        assert sorted(_ids(storage, tbl, column)) == sorted(_ids(batch_root, tbl, column)), tbl.name


def _stream(config: Path, *extra: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "pipelines.cli",
            "stream",
            "--config",
            str(config),
            "--poll-seconds",
            "1",
            "--window-seconds",
            "2",
            *extra,
        ],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


class Lines:
    """stderr of a child, read by a thread, so a test can wait for a line."""

    def __init__(self, proc: subprocess.Popen[str]) -> None:
        self.lines: list[str] = []
        assert proc.stderr is not None
        stream = proc.stderr
        threading.Thread(target=lambda: self.lines.extend(stream), daemon=True).start()

    def wait_for(self, needle: str, timeout: float = 25) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for line in list(self.lines):
                if needle in line:
                    return line
            time.sleep(0.05)
        raise AssertionError(f"no {needle!r} in {self.lines[-20:]}")


def test_sigint_drains_what_is_in_flight_and_exits_cleanly(
    site: tuple[object, Path, Path],
) -> None:
    s, config, storage = site
    proc = _stream(config)
    err = Lines(proc)
    try:
        err.wait_for("committed")
        _publish(s)
        time.sleep(1.5)  # the next tick polls it; its page is fetched, cleaned, not committed
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=25)
        out = proc.stdout.read() if proc.stdout else ""
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err.lines[-20:]
    assert any("stopping" in line for line in err.lines)
    assert "xauto stream finished" in out
    assert_no_duplicates(storage)
    assert_nothing_left_half_done(config)
    assert any(u.endswith("su7-ultra-orders.html") for u in _ids(storage, ARTICLES, "url"))
    with writer_lock(str(storage), timeout=1):  # released
        pass


def test_kill_and_restart_loses_nothing_and_doubles_nothing(
    site: tuple[object, Path, Path],
) -> None:
    _, config, storage = site
    proc = _stream(config)
    err = Lines(proc)
    try:
        err.wait_for("committed")  # the first window is in; the rest of the work is not
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
    before = len(_ids(storage, FEED_ENTRIES, "entry_id"))

    again = _stream(config)
    lines = Lines(again)
    try:
        lines.wait_for("feed_polls +")  # a poll is in after the restart
        again.send_signal(signal.SIGINT)  # drain what it is working on
        again.wait(timeout=30)
    finally:
        if again.poll() is None:
            again.kill()
    assert again.returncode == 0, lines.lines[-20:]
    assert_no_duplicates(storage)
    assert_nothing_left_half_done(config)
    assert len(_ids(storage, FEED_ENTRIES, "entry_id")) >= before
    guids = Storage(str(storage)).read(FEED_ENTRIES, ["guid"])["guid"].to_pylist()
    assert sorted(guids) == ["en-1", "en-2", "en-3", "en-4", "zh-1", "zh-2"]
    assert len(_ids(storage, ARTICLES, "article_id")) == 4  # the fifth link answers 500


def test_an_until_already_past_polls_nothing_and_ends(site: tuple[object, Path, Path]) -> None:
    """A slow start can pass --until: no tick, a clean end (it failed an assert in Beam)."""
    _, config, storage = site
    past = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1)
    summary = launcher.run_stream(load_config(str(config)), 1, 2, past)
    assert summary.count("rows_feed_polls") == 0
    assert not Storage(str(storage)).part_files(FEED_POLLS)
