"""Why a cleaning worker spends more CPU on a page than the bare loop: the same pages through
the bare loop (one process, no fork) and through the real PagePool (zygote, forked workers),
in CPU time, first pages apart from the rest, with page faults.

    python -m bench.worker_cpu --n 100 [--rounds 3] [--modes bare,pool1,pool2,bare2]

Modes, run in turn in each round (interleaved, so the machine's drift falls on all of them):
  bare   a fresh process: imports, the zygote's warm-up page, then the loop (thread CPU per page)
  bare2  two such processes at once, each on every other page (two cores busy, no fork)
  pool1  the real pool with one worker (fresh zygote each round)
  pool2  the real pool with two workers
Per mode: CPU ms a page (cleaning + extraction, the worker's own thread time), the same for
the first 10 pages a process cleans and for the rest, and the minor page faults a process took
over its pages (copy-on-write after fork shows here), and whole-process CPU per page (pipes
and pickling included) for the pool.
"""

import argparse
import datetime as dt
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench.corpus import sample_served

TICK = os.sysconf("SC_CLK_TCK")
FIRST = 10


def _stat(pid: int) -> tuple[float, int, int]:
    """(CPU s, minor faults, major faults) of a process, from /proc/PID/stat."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK, int(fields[7]), int(fields[9])


def bare_child(n: int, part: int, parts: int) -> None:
    """One bare process: prints per-page thread CPU (ms) and its minor faults over the loop."""
    from pipelines import workers
    from pipelines.core import metrics
    from pipelines.core.clean import clean_html

    config = metrics.load_config()
    list(workers.process_page(workers.job(workers._warm_row(), None, None), config, "warm-up"))
    pages = sample_served(n, min(20, n), 0)[part::parts]
    print("ready", flush=True)
    sys.stdin.readline()  # both processes of bare2 start together
    faults0 = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    cpu0 = time.process_time()
    passes: list[list[tuple[str, float]]] = []
    faults, process_ms = 0, 0.0
    for _ in range(2):  # the second pass: every cache this process keeps is warm
        per_page = []
        for url, body in pages:
            started = time.thread_time()
            cleaned = clean_html(body, url, "text/html")
            metrics.extract_events(cleaned.text, language=cleaned.language, config=config)
            per_page.append((url, 1000 * (time.thread_time() - started)))
        if not passes:
            faults = resource.getrusage(resource.RUSAGE_SELF).ru_minflt - faults0
            process_ms = 1000 * (time.process_time() - cpu0)
        passes.append(per_page)
    out = {"per_page": passes[0], "again": passes[1], "faults": faults, "process_ms": process_ms}
    print(json.dumps(out))


def run_bare(n: int, parts: int) -> dict[str, Any]:
    command = [sys.executable, "-m", "bench.worker_cpu", "--n", str(n), "--bare-child"]
    procs = [
        subprocess.Popen(
            [*command, str(i), str(parts)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for i in range(parts)
    ]
    for p in procs:
        assert p.stdout is not None
        assert p.stdout.readline().strip() == "ready"
    for p in procs:
        assert p.stdin is not None
        p.stdin.write("go\n")
        p.stdin.flush()
    out = []
    for p in procs:
        stdout, _ = p.communicate()
        out.append(json.loads(stdout.strip().splitlines()[-1]))
    return {
        "per_process": [o["per_page"] for o in out],
        "again": [o["again"] for o in out],
        "faults": [o["faults"] for o in out],
        "process_ms": sum(o["process_ms"] for o in out),
    }


def run_pool(n: int, workers_n: int) -> dict[str, Any]:
    from pipelines import workers
    from pipelines.transforms import extractor_version

    pages = sample_served(n, min(20, n), 0)
    workers._stop_zygote()
    workers.start_zygote()
    pool = workers.PagePool(workers_n, None, extractor_version(), 60.0)
    before = {s.pid: _stat(s.pid) for s in pool.slots}
    by_pid: dict[int, list[tuple[str, float]]] = {s.pid: [] for s in pool.slots}
    pid_of: dict[str, int] = {}
    todo = [
        {
            "url": url,
            "final_url": None,
            "page_id": f"{i:064d}",
            "fetched_at": dt.datetime(2024, 6, 1, tzinfo=dt.UTC),
            "content_type": "text/html",
            "body": body,
            "title": None,
            "published_at": None,
        }
        for i, (url, body) in enumerate(pages)
    ]
    done, total = 0, len(todo)
    while done < total:
        while todo and pool.idle(len(todo[0]["body"])):
            work = todo.pop(0)
            pool.submit(work)
            for s in pool.slots:
                if s.inflight and s.inflight[-1][1] is work:
                    pid_of[work["url"]] = s.pid
        for out in pool.collect(1.0):
            by_pid[pid_of[out.url]].append((out.url, out.clean_cpu_ms + out.extract_cpu_ms))
            done += 1
    after = {pid: _stat(pid) for pid in before}
    pool.close()
    workers._stop_zygote()
    return {
        "per_process": [by_pid[pid] for pid in before],
        "faults": [after[pid][1] - before[pid][1] for pid in before],
        "process_ms": 1000 * sum(after[pid][0] - before[pid][0] for pid in before),
    }


def summarise(result: dict[str, Any], warm: dict[str, float]) -> dict[str, Any]:
    """`warm`: each page's CPU in a bare process's second pass (median over rounds), so a
    page costs what it costs and "first pages" compares like with like."""
    pages = [ms for per in result["per_process"] for _, ms in per]
    first = [ms for per in result["per_process"] for _, ms in per[:FIRST]]
    rest = [ms for per in result["per_process"] for _, ms in per[FIRST:]]
    extra_first = [ms - warm[u] for per in result["per_process"] for u, ms in per[:FIRST]]
    extra_rest = [ms - warm[u] for per in result["per_process"] for u, ms in per[FIRST:]]
    return {
        "pages": len(pages),
        "ms_per_page": round(sum(pages) / len(pages), 1),
        "first_ms": round(sum(first) / max(1, len(first)), 1),
        "rest_ms": round(sum(rest) / max(1, len(rest)), 1),
        # CPU over the warm bare figure of the same page: the first pages, the rest, in all
        "over_warm_first_ms": round(sum(extra_first) / max(1, len(extra_first)), 1),
        "over_warm_rest_ms": round(sum(extra_rest) / max(1, len(extra_rest)), 1),
        "over_warm_total_ms": round(sum(extra_first) + sum(extra_rest)),
        "process_ms_per_page": round(result["process_ms"] / len(pages), 1),
        "minflt": result["faults"],
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=100)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--modes", default="bare,pool1,pool2,bare2")
    ap.add_argument("--bare-child", nargs=2, type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.bare_child:
        bare_child(args.n, *args.bare_child)
        return
    modes = args.modes.split(",")
    results: list[tuple[int, str, dict[str, Any]]] = []
    warm_runs: dict[str, list[float]] = {}
    for r in range(args.rounds):
        for mode in modes:
            if mode.startswith("bare"):
                result = run_bare(args.n, 2 if mode == "bare2" else 1)
            else:
                result = run_pool(args.n, int(mode.removeprefix("pool")))
            result["load"] = os.getloadavg()[0]
            results.append((r, mode, result))
            for per in result.get("again", []) if mode == "bare" else []:
                for url, ms in per:
                    warm_runs.setdefault(url, []).append(ms)
            print(f"round {r} {mode} done", file=sys.stderr)
    if not warm_runs:
        raise SystemExit("the 'bare' mode is needed: it gives each page's warm CPU")
    warm = {u: statistics.median(v) for u, v in warm_runs.items()}
    print(json.dumps({"warm_bare_ms_per_page": round(sum(warm.values()) / len(warm), 1)}))
    seen: dict[str, list[dict[str, Any]]] = {m: [] for m in modes}
    for r, mode, result in results:
        row = summarise(result, warm)
        seen[mode].append(row)
        print(json.dumps({"round": r, "mode": mode, **row, "load": round(result["load"], 1)}))
    print(
        json.dumps(
            {
                m: {
                    k: round(statistics.median(row[k] for row in rows), 1)
                    for k in (
                        "ms_per_page",
                        "first_ms",
                        "rest_ms",
                        "over_warm_first_ms",
                        "over_warm_rest_ms",
                        "over_warm_total_ms",
                        "process_ms_per_page",
                    )
                }
                for m, rows in seen.items()
            }
        )
    )


if __name__ == "__main__":
    main()
