"""`xauto stream` figures (issue 18): latency, steady-state cost, equivalence with `xauto run`.

    python -m bench.bench_stream                      # the full measure (about 20 minutes)
    python -m bench.bench_stream --entries 5 --steady-minutes 2      # a short form

- latency: a site on loopback publishes a new article every `--gap` seconds (plus a random
  part of a poll interval) while the stream polls it every `--poll` s; for each, the time
  from publication (the feed and page written) until its metric event is readable with
  DuckDB. Target: at most poll + 10 s.
- steady: `--feeds` feeds polled every `--poll` s with nothing new (each answers 304): CPU
  of the stream's processes (the cleaning workers included) in % of one core, and RSS,
  sampled every 10 s after the first commit. Target: under 5 % and flat.
- equivalence: the stream over the bundled sample against `xauto run` on the same input, by
  rows and keys of feed_entries, raw_pages, articles and metric_events.

The stream runs as a child process (`xauto stream`), as an operator runs it. A figure taken on
a busy machine says so: the CPU share and latencies include waiting for the CPU.
"""

import argparse
import datetime as dt
import email.utils
import json
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import duckdb
import yaml

from pipelines.sample_site.server import SampleSite

REPO = Path(__file__).resolve().parents[1]
TICKS_PER_S = os.sysconf("SC_CLK_TCK")
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")


def _page(title: str, published: str, text: str) -> str:
    return (
        f'<html lang="en"><head><title>{title}</title>'
        f'<meta property="article:published_time" content="{published}"></head>'
        f"<body><article><h1>{title}</h1><p>{text}</p></article></body></html>"
    )


def _rss(items: list[tuple[str, str, str]]) -> str:
    body = "".join(
        f"<item><title>{title}</title><link>{{{{BASE_URL}}}}/{link}</link>"
        f'<guid isPermaLink="false">{link}</guid><pubDate>{date}</pubDate></item>'
        for title, link, date in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>B</title>'
        f"<link>{{{{BASE_URL}}}}/</link><description>d</description>{body}</channel></rss>"
    )


class Site:
    """A loopback news site whose feeds the bench writes to."""

    def __init__(self, root: Path, feeds: int) -> None:
        self.root = root
        (root / "feeds").mkdir(parents=True)
        (root / "news").mkdir()
        self.items: list[tuple[str, str, str]] = []
        self.feeds = feeds
        for i in range(feeds):  # each feed lists one old article, so it is not empty
            self._write_feed(i, [(f"Old {i}", f"news/old-{i}.html", _date(0))])
            (root / "news" / f"old-{i}.html").write_text(
                _page(f"Old {i}", "2024-04-01T08:00:00Z", "Nothing to count here."), "utf-8"
            )
        self.server = SampleSite(0, root).start()
        self.urls = [f"{self.server.base_url}/feeds/f{i}.xml" for i in range(feeds)]

    def _write_feed(self, i: int, items: list[tuple[str, str, str]]) -> None:
        path = self.root / "feeds" / f"f{i}.xml"
        tmp = path.with_suffix(".tmp")
        tmp.write_text(_rss(items), "utf-8")
        tmp.replace(path)  # the server never reads half a feed

    def publish(self, n: int) -> str:
        slug = f"deliveries-{n}"
        value = 10_000 + 137 * n
        text = (
            f"Xiaomi delivered {value:,} vehicles in March, the company said on Tuesday, "
            "as the factory in Beijing added a second shift to keep up with orders."
        )
        (self.root / "news" / f"{slug}.html").write_text(
            _page(f"Deliveries {n}", "2024-04-02T08:00:00Z", text), "utf-8"
        )
        self.items.insert(0, (f"Deliveries {n}", f"news/{slug}.html", _date(n)))
        self._write_feed(0, [*self.items, ("Old 0", "news/old-0.html", _date(0))])
        return slug


def _date(n: int) -> str:
    return email.utils.formatdate(1_712_044_800 + 60 * n, usegmt=True)


def _config(path: Path, feeds: list[str], storage: Path) -> Path:
    config = {"feeds": feeds, "storage": str(storage), "http": {"allow_private": True}}
    path.write_text(yaml.safe_dump(config), "utf-8")
    return path


def _stream(args: list[str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "pipelines.cli", "stream", *args],
        cwd=REPO,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


class Stderr:
    def __init__(self, proc: subprocess.Popen[str]) -> None:
        self.lines: list[str] = []
        assert proc.stderr is not None
        src = proc.stderr
        threading.Thread(target=lambda: self.lines.extend(src), daemon=True).start()

    def wait_for(self, needle: str, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if any(needle in line for line in list(self.lines)):
                return
            time.sleep(0.1)
        raise SystemExit(f"no {needle!r} within {timeout} s: {self.lines[-10:]}")


def _stop(proc: subprocess.Popen[str]) -> None:
    proc.send_signal(signal.SIGINT)
    try:
        proc.wait(120)
    except subprocess.TimeoutExpired:
        proc.kill()


def _readable(con: duckdb.DuckDBPyConnection, root: Path, slug: str) -> bool:
    try:
        found = con.execute(
            f"SELECT count(*) FROM read_parquet('{root}/metric_events/**/*.parquet', "
            "hive_partitioning = true, union_by_name = true) WHERE url LIKE ?",
            [f"%/{slug}.html"],
        ).fetchone()
    except duckdb.Error:  # no file yet
        return False
    return bool(found and found[0])


def latency(work: Path, entries: int, poll: int, window: int, gap: float) -> dict[str, Any]:
    site = Site(work / "site-latency", 1)
    storage = work / "latency"
    config = _config(work / "latency.yaml", site.urls, storage)
    proc = _stream(["--config", str(config), "--poll-seconds", str(poll),
                    "--window-seconds", str(window)])  # fmt: skip
    err = Stderr(proc)
    con = duckdb.connect()
    seconds: list[float] = []
    try:
        err.wait_for("committed", 120)
        for n in range(1, entries + 1):
            slug = site.publish(n)
            published = time.monotonic()
            while not _readable(con, storage, slug):
                if time.monotonic() - published > 10 * (poll + 10):
                    raise SystemExit(f"{slug} not readable after {10 * (poll + 10)} s")
                time.sleep(0.2)
            seconds.append(time.monotonic() - published)
            print(f"  entry {n}: readable after {seconds[-1]:.1f} s", file=sys.stderr)
            # A random part, so publications fall anywhere in the poll cycle.
            time.sleep(max(0.0, gap - seconds[-1]) + random.uniform(0, poll))
    finally:
        _stop(proc)
        site.server.stop()
    q = statistics.quantiles(seconds, n=20) if len(seconds) > 1 else seconds * 19
    return {
        "poll_seconds": poll,
        "window_seconds": window,
        "entries": len(seconds),
        "min": round(min(seconds), 1),
        "median": round(statistics.median(seconds), 1),
        "p95": round(q[18], 1),
        "max": round(max(seconds), 1),
        "target_max": poll + 10,
        "all": [round(s, 1) for s in seconds],
    }


def _tree(pid: int) -> list[int]:
    """pid and every process below it (the zygote and the cleaning workers)."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            parents[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])
    out, frontier = [pid], [pid]
    while frontier:
        frontier = [c for c, p in parents.items() if p in frontier]
        out += frontier
    return out


def _usage(pids: list[int]) -> tuple[float, float, float]:
    """(CPU seconds, RSS MB of the first pid, RSS MB of all) of the processes."""
    cpu, rss_main, rss_all = 0.0, 0.0, 0.0
    for i, pid in enumerate(pids):
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        cpu += (int(fields[11]) + int(fields[12])) / TICKS_PER_S
        rss = int(fields[21]) * PAGE_SIZE / 2**20
        rss_all += rss
        if i == 0:
            rss_main = rss
    return cpu, rss_main, rss_all


def steady(work: Path, feeds: int, poll: int, window: int, minutes: float) -> dict[str, Any]:
    site = Site(work / "site-steady", feeds)
    storage = work / "steady"
    config = _config(work / "steady.yaml", site.urls, storage)
    proc = _stream(["--config", str(config), "--poll-seconds", str(poll),
                    "--window-seconds", str(window)])  # fmt: skip
    err = Stderr(proc)
    samples: list[dict[str, float]] = []
    try:
        err.wait_for("committed", 180)
        time.sleep(2 * poll)  # the first polls (200, then 304s) are in
        started = time.monotonic()
        cpu0, _, _ = _usage(_tree(proc.pid))
        while time.monotonic() - started < minutes * 60:
            time.sleep(10)
            cpu, rss_main, rss_all = _usage(_tree(proc.pid))
            elapsed = time.monotonic() - started
            samples.append(
                {
                    "t": round(elapsed),
                    "cpu_pct": round(100 * (cpu - cpu0) / elapsed, 2),
                    "rss_mb": round(rss_main, 1),
                    "rss_all_mb": round(rss_all, 1),
                }
            )
            print(f"  steady {samples[-1]}", file=sys.stderr)
    finally:
        _stop(proc)
        site.server.stop()
    polls = (
        duckdb.connect()
        .execute(
            f"SELECT count(*), sum(CASE WHEN not_modified THEN 1 ELSE 0 END) FROM "
            f"read_parquet('{storage}/feed_polls/**/*.parquet', hive_partitioning = true)"
        )
        .fetchone()
    )
    rss = [s["rss_mb"] for s in samples]
    return {
        "feeds": feeds,
        "poll_seconds": poll,
        "minutes": minutes,
        "cpu_pct_of_one_core": samples[-1]["cpu_pct"] if samples else None,
        "rss_mb_first_last": [rss[0], rss[-1]] if rss else None,
        "rss_all_mb_last": samples[-1]["rss_all_mb"] if samples else None,
        "polls": polls[0] if polls else None,
        "polls_304": polls[1] if polls else None,
        "samples": samples,
    }


KEYS = {
    "feed_entries": "entry_id",
    "raw_pages": "url",
    "articles": "article_id",
    "metric_events": "event_id",
}


def _keys(root: Path, table: str, column: str) -> list[str]:
    return [
        r[0]
        for r in duckdb.connect()
        .execute(
            f"SELECT {column} FROM read_parquet('{root}/{table}/**/*.parquet', "
            "hive_partitioning = true, union_by_name = true)"
        )
        .fetchall()
    ]


def equivalence(work: Path, seconds: int) -> dict[str, Any]:
    """The bundled sample, streamed, and the same sample, run: same keys, no duplicates."""
    port = "8791"
    env = {**os.environ, "XAUTO_SAMPLE_PORT": port}
    streamed, batch = work / "eq-stream", work / "eq-run"
    subprocess.run(
        [sys.executable, "-m", "pipelines.cli", "stream", "--storage", str(streamed),
         "--poll-seconds", "5", "--window-seconds", "10", "--until", f"{seconds}s"],
        cwd=REPO, env=env, check=True, capture_output=True,
    )  # fmt: skip
    subprocess.run(
        [sys.executable, "-m", "pipelines.cli", "run", "--storage", str(batch)],
        cwd=REPO, env=env, check=True, capture_output=True,
    )  # fmt: skip
    out: dict[str, Any] = {}
    for table, column in KEYS.items():
        a, b = _keys(streamed, table, column), _keys(batch, table, column)
        out[table] = {
            "stream_rows": len(a),
            "run_rows": len(b),
            "same_keys": sorted(a) == sorted(b),
            "duplicates_in_stream": len(a) - len(set(a)),
        }
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--entries", type=int, default=20)
    parser.add_argument("--poll", type=int, default=15)
    parser.add_argument("--window", type=int, default=5)
    parser.add_argument("--gap", type=float, default=20.0, help="seconds between publications")
    parser.add_argument("--feeds", type=int, default=50)
    parser.add_argument("--steady-minutes", type=float, default=10.0)
    parser.add_argument("--equivalence-seconds", type=int, default=60)
    parser.add_argument("--only", choices=("latency", "steady", "equivalence"))
    args = parser.parse_args()
    started = dt.datetime.now(dt.UTC)
    result: dict[str, Any] = {"started": started.isoformat(timespec="seconds")}
    with tempfile.TemporaryDirectory(prefix="xauto-bench-stream-") as tmp:
        work = Path(tmp)
        if args.only in (None, "latency"):
            print("latency ...", file=sys.stderr)
            result["latency"] = latency(work, args.entries, args.poll, args.window, args.gap)
        if args.only in (None, "steady"):
            print("steady state ...", file=sys.stderr)
            result["steady"] = steady(work, args.feeds, args.poll, args.window, args.steady_minutes)
        if args.only in (None, "equivalence"):
            print("equivalence ...", file=sys.stderr)
            result["equivalence"] = equivalence(work, args.equivalence_seconds)
    lat = result.get("latency")
    if lat:
        print(
            f"latency over {lat['entries']} entries, poll {lat['poll_seconds']} s: min "
            f"{lat['min']} s, median {lat['median']} s, p95 {lat['p95']} s, max {lat['max']} s "
            f"(target at most {lat['target_max']} s)"
        )
    st = result.get("steady")
    if st:
        print(
            f"steady state, {st['feeds']} feeds every {st['poll_seconds']} s for "
            f"{st['minutes']} min: {st['cpu_pct_of_one_core']} % of one core, RSS "
            f"{st['rss_mb_first_last']} MB (first, last sample), {st['polls_304']} of "
            f"{st['polls']} polls answered 304"
        )
    eq = result.get("equivalence")
    if eq:
        for table, e in eq.items():
            print(f"equivalence {table}: {e}")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
