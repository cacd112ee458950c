"""A runner that retries a failed bundle must not leave a row twice (issue 11, item 5).

Flink and Dataflow retry a failed bundle and discard its output, but not its side effects.
Appends therefore stage files in the bundle and publish them in a step after a GroupByKey,
which only sees the output of bundles the runner committed. These tests replay bundles the way
a retry does: once by hand on the DoFns, once with the FnApiRunner's `bundle_repeat`, which
runs every bundle an extra time and throws that attempt's output away.
"""

import datetime as dt
import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import duckdb
from conftest import snapshot

from pipelines import launcher
from pipelines import transforms as t
from pipelines.core.config import Config, HttpConfig
from pipelines.sample_site.server import SampleSite
from pipelines.storage import Storage
from schemas import ERRORS, TABLES

REPO = Path(__file__).resolve().parents[2]
DAYS = [dt.date(2024, 4, 25), dt.date(2024, 4, 26)]


def err(i: int) -> dict[str, Any]:
    day = DAYS[i % 2]
    return {
        "error_id": f"e{i}",
        "stage": "fetch",
        "source": f"http://h/{i}",
        "error_type": "HTTPStatus",
        "message": "HTTP 500",
        "attempt": 1,
        "occurred_at": dt.datetime(day.year, day.month, day.day, 12, tzinfo=dt.UTC),
        "date": day,
    }


def run_bundle(fn: t.WriteRows, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One bundle attempt: what the runner would hand downstream if it succeeded."""
    fn.start_bundle()
    out = [staged for row in rows for staged in fn.process(dict(row))]
    out += [wv.value for wv in fn.finish_bundle()]
    return out


def counts(root: Path) -> tuple[int, int]:
    """(rows, distinct error_ids) as DuckDB reads the table."""
    if not list(root.glob("errors/*/*.parquet")):
        return 0, 0  # DuckDB refuses a glob that matches nothing
    con = duckdb.connect()
    found = con.execute(
        f"SELECT count(*), count(DISTINCT error_id) FROM "
        f"read_parquet('{root}/errors/**/*.parquet', hive_partitioning = true)"
    ).fetchone()
    assert found is not None
    return int(found[0]), int(found[1])


def test_a_bundle_written_twice_leaves_each_row_once(tmp_path: Path) -> None:
    rows = [err(i) for i in range(7)]
    write = t.WriteRows(str(tmp_path), "errors", max_rows=2)
    write.setup()
    run_bundle(write, rows)  # attempt 1: its files are written, then the bundle fails
    staged = run_bundle(write, rows)  # attempt 2 succeeds: only its output goes on
    assert sorted(s["rows"] for s in staged) == [1, 2, 2, 2]  # 4 rows on one day, 3 on the other
    assert counts(tmp_path) == (0, 0), "a staged file is visible before its commit"

    commit = t.CommitFiles(str(tmp_path))
    commit.setup()
    for day in {s["partition"] for s in staged}:
        group = [s for s in staged if s["partition"] == day]
        first = list(commit.process((day, group)))
        again = list(commit.process((day, group)))  # the commit step retried: a no-op
        assert first == again

    assert counts(tmp_path) == (7, 7)
    storage = Storage(str(tmp_path))
    assert storage.read(ERRORS).num_rows == 7
    assert storage.sweep_temporary() == 4  # attempt 1's staged files, never committed
    assert counts(tmp_path) == (7, 7)
    assert not list(tmp_path.rglob(".part-*"))


def test_every_bundle_retried_gives_the_tables_of_a_clean_run(tmp_path: Path) -> None:
    """The whole ingest with each bundle run twice (the first attempt's output dropped):
    the same rows as a run without retries, none twice, no staged file left."""
    site = SampleSite(0).start()
    try:
        http = HttpConfig(allow_private=True, retries=0)
        feeds = [{"url": u} for u in site.feed_urls]
        clean = Config(feeds=feeds, storage=str(tmp_path / "clean"), http=http)  # type: ignore[arg-type]
        retried = Config(feeds=feeds, storage=str(tmp_path / "retried"), http=http)  # type: ignore[arg-type]
        launcher.run_ingest(clean)
        summary = launcher.run_ingest(retried, beam_args=["--direct_runner_bundle_repeat=1"])
    finally:
        site.stop()
    assert summary.rows["metric_events"] > 0
    assert snapshot(tmp_path / "retried") == snapshot(tmp_path / "clean")
    storage = Storage(str(tmp_path / "retried"))
    for tbl in TABLES.values():
        keys = storage.read(tbl, [tbl.key])[tbl.key].to_pylist()
        assert len(keys) == len(set(keys)), f"{tbl.name} has a row twice"
    assert summary.count("stale_temp_files_removed") > 0  # the dropped attempts' files
    assert not list((tmp_path / "retried").rglob(".part-*"))


HALF_SWAP = textwrap.dedent(
    """
    import datetime as dt, json, os, signal, sys
    from pipelines.storage import Storage
    from schemas import ERRORS

    def redo(self, folder, intent_path, intent):
        os.kill(os.getpid(), signal.SIGKILL)  # the worker dies with its intent written

    Storage._redo = redo
    rows = json.loads(sys.argv[2])
    for row in rows:
        row["occurred_at"] = dt.datetime.fromisoformat(row["occurred_at"])
    Storage(sys.argv[1]).replace_partition(ERRORS, rows[0]["date"], rows)
    """
)


def test_a_replace_retried_after_its_worker_died_leaves_each_row_once(tmp_path: Path) -> None:
    """A backfill's ReplacePartition retried after the first attempt died mid-swap: the retry
    must finish the first swap before its own, or that swap adds its rows back later."""
    storage = Storage(str(tmp_path))
    storage.write_part(ERRORS, DAYS[0], [err(0)])
    storage.write_part(ERRORS, DAYS[0], [err(2), err(4)])
    proc = subprocess.run(
        [sys.executable, "-c", HALF_SWAP, str(tmp_path), json.dumps([err(0), err(2)], default=str)],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
    )
    assert proc.returncode == -signal.SIGKILL, proc.stderr.decode()[-2000:]
    replace = t.ReplacePartition(str(tmp_path), "errors")
    replace.setup()
    list(replace.process((str(DAYS[0]), [err(0), err(2)])))  # the retry
    storage.sweep_temporary()  # the next run, under the writer lock
    assert counts(tmp_path) == (2, 2)
    assert sorted(storage.read(ERRORS)["error_id"].to_pylist()) == ["e0", "e2"]


def test_full_chunks_are_staged_while_the_bundle_goes_on(tmp_path: Path) -> None:
    """A full chunk is staged by a thread: the bundle's next rows are not held up by it (the
    raw pages' writer feeds the cleaning workers), at most STAGING_AHEAD chunks wait, and the
    bundle's end still hands on every staged file, each row once."""
    import threading

    gate = threading.Event()

    class Gated(t.WriteRows):
        def _stage_timed(self, partition: str, chunk: list[Any]) -> tuple[Any, int]:
            gate.wait(10)
            return super()._stage_timed(partition, chunk)

    write = Gated(str(tmp_path), "errors", max_rows=2)
    write.setup()
    write.start_bundle()
    rows = [err(2 * i) for i in range(2 * t.STAGING_AHEAD + 1)]  # one day: full chunks + 1
    early: list[Any] = []
    feeding = threading.Thread(target=lambda: [early.extend(write.process(r)) for r in rows])
    feeding.start()
    feeding.join(5)
    assert not feeding.is_alive(), "the bundle waited for a chunk's staging"
    assert early == [] and len(write.staging) == t.STAGING_AHEAD
    gate.set()
    staged = early + [wv.value for wv in write.finish_bundle()]
    write.teardown()
    assert sorted(s["rows"] for s in staged) == [1] + [2] * t.STAGING_AHEAD
    commit = t.CommitFiles(str(tmp_path))
    commit.setup()
    list(commit.process((t.STAGED_KEY, staged)))
    assert counts(tmp_path) == (len(rows), len(rows))
