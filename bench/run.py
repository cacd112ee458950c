"""`make bench`: end-to-end speed and memory of xauto against the bare libraries.

Prints a table, then one JSON line with the headline figures. Every figure is measured in this
run; nothing is carried over. Children run as separate processes so each peak RSS is its own.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import yaml

from bench.corpus import load_pages, load_sample_pages, sources
from bench.server import CorpusServer
from pipelines.storage import Storage
from schemas import ARTICLES, METRIC_EVENTS, RAW_PAGES

REPO = Path(__file__).resolve().parents[1]
SIZES = [int(n) for n in os.environ.get("BENCH_SIZES", "100,1000,5000").split(",")]
HOSTS = 20
BARE_LIMIT = int(os.environ.get("BENCH_BARE_LIMIT", "600"))
LATENCY_HOSTS, LATENCY_PAGES, LATENCY_DELAY = 50, 20, 0.2


def measured(args: list[str]) -> dict[str, Any]:
    started = time.perf_counter()
    proc = subprocess.Popen(args, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    # Drain the pipes in threads while wait4 reaps the child, so its own rusage (CPU time,
    # peak RSS) comes back to us rather than being folded into RUSAGE_CHILDREN.
    chunks: dict[str, bytes] = {}

    def drain(name: str, stream: Any) -> None:
        chunks[name] = stream.read()

    threads = [
        threading.Thread(target=drain, args=("out", proc.stdout)),
        threading.Thread(target=drain, args=("err", proc.stderr)),
    ]
    for t in threads:
        t.start()
    _, status, usage = os.wait4(proc.pid, 0)
    for t in threads:
        t.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    out_b, err_b = chunks.get("out", b""), chunks.get("err", b"")
    wall = time.perf_counter() - started
    if proc.returncode:
        sys.exit(f"{' '.join(args)} failed ({proc.returncode}):\n{err_b.decode()[-3000:]}")
    lines = [line for line in out_b.decode().splitlines() if line.startswith("{")]
    result = json.loads(lines[-1])
    result["_wall"] = wall
    result["_cpu"] = usage.ru_utime + usage.ru_stime
    result["_rss_mb"] = usage.ru_maxrss / 1024
    return result


def write_config(path: Path, feeds: list[str], storage: Path, **http: Any) -> Path:
    config = {
        "feeds": feeds,
        "storage": str(storage),
        "http": {"allow_private": True, "retries": 0, "fetch_threads": 16, **http},
    }
    path.write_text(yaml.safe_dump(config))
    return path


def xauto(*args: str) -> list[str]:
    return [sys.executable, "-m", "pipelines.cli", *args]


def output_stats(root: Path) -> dict[str, Any]:
    storage = Storage(str(root))
    stats: dict[str, Any] = {"bytes": sum(p.stat().st_size for p in root.rglob("*.parquet"))}
    for t in (RAW_PAGES, ARTICLES, METRIC_EVENTS):
        files = storage.part_files(t)
        rows = storage.read(t, [t.key]).num_rows
        stats[t.name] = {"files": len(files), "rows": rows}
    return stats


def main() -> int:
    pages = load_pages()
    work = Path(tempfile.mkdtemp(prefix="xauto-bench-"))
    print(f"corpus: {sources()}; sizes {SIZES}; {HOSTS} hosts; work dir {work}", flush=True)
    results: dict[str, Any] = {"sizes": {}}
    try:
        for n in SIZES:
            per_host = max(1, n // HOSTS)
            hosts = min(HOSTS, n)
            server = CorpusServer(pages, hosts, per_host)
            root = work / f"n{n}"
            config = write_config(work / f"n{n}.yaml", server.feed_urls, root)
            bare_cmd = [
                sys.executable,
                "-m",
                "bench.bare",
                "--n",
                str(n),
                "--hosts",
                str(hosts),
                "--limit",
                str(BARE_LIMIT),
            ]
            # The ceiling is timed just before and just after the run and averaged: this
            # machine's speed drifts by 10 % and more over minutes, and a ratio of two figures
            # taken at different times would carry that drift.
            bare_before = measured(bare_cmd)
            e2e = measured(xauto("run", "--config", str(config), "--json"))
            bare_after = measured(bare_cmd)
            fetched = e2e["counters"].get("pages_fetched", 0)
            bare = {
                "pages": bare_before["pages"],
                "pages_per_s": (bare_before["pages_per_s"] + bare_after["pages_per_s"]) / 2,
                "extract_mb_per_s": max(
                    bare_before["extract_mb_per_s"], bare_after["extract_mb_per_s"]
                ),
            }
            row = {
                "pages": fetched,
                "e2e_seconds": e2e["total_seconds"],
                "e2e_pages_per_s": fetched / e2e["total_seconds"],
                "bare_pages_per_s": bare["pages_per_s"],
                "bare_before_after": [
                    round(bare_before["pages_per_s"], 1),
                    round(bare_after["pages_per_s"], 1),
                ],
                "bare_pages": bare["pages"],
                "e2e_cpu_s": e2e["_cpu"],
                "peak_rss_mb": e2e["_rss_mb"],
                "stage_ms": {
                    k.removesuffix("_ms_total"): v
                    for k, v in e2e["counters"].items()
                    if k.endswith("_ms_total")
                },
                "extract_mb_per_s": bare["extract_mb_per_s"],
                "output": output_stats(root),
            }
            row["e2e_vs_bare"] = row["e2e_pages_per_s"] / row["bare_pages_per_s"]
            if n == 1000 or n == SIZES[-1]:
                idle = measured(xauto("run", "--config", str(config), "--json"))
                row["idle_poll_s"] = idle["total_seconds"]
                row["idle_pages_fetched"] = idle["counters"].get("pages_fetched", 0)
                row["idle_wall_with_imports_s"] = idle["_wall"]
            server.stop()
            results["sizes"][n] = row
            print(f"N={n}: {json.dumps(row)}", flush=True)

        # Backfill: reprocess the stored pages of the largest run (worker start-up, a few
        # seconds, is then a small part of the time, as in a real backfill of months).
        n_bf = max(SIZES)
        root = work / f"n{n_bf}"
        config = work / f"n{n_bf}.yaml"
        span = ["--start", "2024-01-01", "--end", "2024-12-31", "--config", str(config), "--json"]
        one = measured(xauto("backfill", *span))
        two = measured(
            xauto(
                "backfill",
                *span,
                "--direct_num_workers=2",
                "--direct_running_mode=multi_processing",
            )
        )
        bf_pages = one["counters"].get("articles", 0)
        results["backfill"] = {
            "pages": bf_pages,
            "one_worker_pages_per_s": bf_pages / one["total_seconds"],
            "two_workers_pages_per_s": two["counters"].get("articles", 0) / two["total_seconds"],
        }
        results["backfill"]["speedup"] = (
            results["backfill"]["two_workers_pages_per_s"]
            / results["backfill"]["one_worker_pages_per_s"]
        )
        print(f"backfill: {json.dumps(results['backfill'])}", flush=True)

        # Latency-bound: 200 ms on every response, 50 hosts x 20 pages.
        # Short sample articles (CPU is not the limit) and threads enough for 50 hosts x 2
        # connections each: politeness per host stays at 2.
        server = CorpusServer(load_sample_pages(), LATENCY_HOSTS, LATENCY_PAGES, LATENCY_DELAY)
        root = work / "latency"
        config = write_config(
            work / "latency.yaml",
            server.feed_urls,
            root,
            per_host_concurrency=2,
            fetch_threads=64,
        )
        lat = measured(xauto("run", "--config", str(config), "--json"))
        server.stop()
        requests = LATENCY_HOSTS * LATENCY_PAGES + 2 * LATENCY_HOSTS  # pages, feeds, robots.txt
        sequential = requests * LATENCY_DELAY
        results["latency"] = {
            "pages": lat["counters"].get("pages_fetched", 0),
            "wall_s": lat["total_seconds"],
            "sequential_s": sequential,
            "speedup": sequential / lat["total_seconds"],
        }
        print(f"latency: {json.dumps(results['latency'])}", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    print_table(results)
    sizes = results["sizes"]
    idle_n = 1000 if 1000 in sizes else SIZES[-1]
    headline = {
        "e2e_pages_per_s": {n: round(r["e2e_pages_per_s"], 1) for n, r in sizes.items()},
        "bare_pages_per_s": {n: round(r["bare_pages_per_s"], 1) for n, r in sizes.items()},
        "e2e_vs_bare": {n: round(r["e2e_vs_bare"], 3) for n, r in sizes.items()},
        "latency_speedup": round(results["latency"]["speedup"], 1),
        "idle_poll_s": round(sizes[idle_n]["idle_poll_s"], 3),
        "backfill_2w_vs_1w": round(results["backfill"]["speedup"], 2),
        "extract_mb_per_s": round(max(r["extract_mb_per_s"] for r in sizes.values()), 2),
        "peak_rss_mb": {n: round(r["peak_rss_mb"]) for n, r in sizes.items()},
    }
    print(json.dumps(headline))
    return 0


def print_table(results: dict[str, Any]) -> None:
    # Stage columns: CPU seconds of each stage's own thread(s) (time.thread_time), summed over
    # pages; the fetch's in pool threads, beside the cleaning.
    print()
    print(
        f"{'N':>6} {'e2e p/s':>8} {'bare p/s':>9} {'ratio':>6} {'cpu s':>6} {'RSS MB':>7} "
        f"{'fetch':>6} {'clean':>6} {'extract':>8} {'write':>6} {'out MB':>7} {'files(ev)':>9}"
    )
    for n, r in results["sizes"].items():
        st = {k: v / 1000 for k, v in r["stage_ms"].items()}
        print(
            f"{n:>6} {r['e2e_pages_per_s']:>8.1f} {r['bare_pages_per_s']:>9.1f} "
            f"{r['e2e_vs_bare']:>6.2f} {r['e2e_cpu_s']:>6.1f} {r['peak_rss_mb']:>7.0f} "
            f"{st.get('fetch_cpu', 0):>6.1f} {st.get('clean_cpu', 0):>6.1f} "
            f"{st.get('extract_cpu', 0):>8.1f} {st.get('write_cpu', 0):>6.1f} "
            f"{r['output']['bytes'] / 1e6:>7.1f} {r['output']['metric_events']['files']:>9}"
        )
    bf, lat = results["backfill"], results["latency"]
    print(
        f"\nbackfill ({bf['pages']} stored pages): 1 worker {bf['one_worker_pages_per_s']:.1f} p/s,"
        f" 2 workers {bf['two_workers_pages_per_s']:.1f} p/s, x{bf['speedup']:.2f}"
    )
    print(
        f"latency (50 hosts x 20 pages, +200 ms): {lat['wall_s']:.1f} s vs "
        f"{lat['sequential_s']:.0f} s sequential, x{lat['speedup']:.1f}"
    )
    for n, r in results["sizes"].items():
        if "idle_poll_s" in r:
            print(
                f"idle poll after N={n}: {r['idle_poll_s']:.2f} s after imports "
                f"({r['idle_wall_with_imports_s']:.2f} s with them), "
                f"{r['idle_pages_fetched']} pages fetched"
            )


if __name__ == "__main__":
    raise SystemExit(main())
