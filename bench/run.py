"""`make bench`: end-to-end speed and memory of xauto against the bare libraries.

Prints a table, then one JSON line with the headline figures. Every figure is measured in this
run; nothing is carried over. Children run as separate processes so each peak RSS is its own.

Each N is run twice: with one cleaning worker (`--workers 1`; the fetch, Beam and the writes in
the main process beside it) and with the default, a worker per core. The ratios to the bare
loop (one core) are `e2e_vs_bare` and `e2e_allcores_vs_bare`. The ceiling on all cores is also
measured: a bare loop per core, side by side (`bare_allcores_vs_bare`), and how much of it the
run on all cores reaches (`e2e_allcores_vs_bare_allcores`). Memory is the peak PSS of the
whole process tree (the run, the zygote, its workers), sampled every 0.25 s.
BENCH_SIZES=100 (comma-separated) runs a small bench to check it works.
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
from pipelines.workers import default_workers
from schemas import ARTICLES, METRIC_EVENTS, RAW_PAGES

REPO = Path(__file__).resolve().parents[1]
SIZES = [int(n) for n in os.environ.get("BENCH_SIZES", "100,1000,5000").split(",")]
HOSTS = 20
BARE_LIMIT = int(os.environ.get("BENCH_BARE_LIMIT", "600"))
LATENCY_HOSTS, LATENCY_PAGES, LATENCY_DELAY = 50, 20, 0.2
CORES = default_workers()
# Also time a backfill on Beam's multi-processing DirectRunner (2 SDK workers), for comparison.
BEAM_MULTIPROCESSING = os.environ.get("BENCH_BEAM_MP") == "1"


def _tree(root: int) -> list[int]:
    """`root` and every process descended from it (the cleaning zygote and its workers), from
    each process's own children list: a few small reads, not a scan of every process."""
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        try:
            for task in Path(f"/proc/{pid}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
    return out


def _pss_mb(pids: list[int]) -> float:
    """Proportional set size summed over processes: shared pages (the workers share most of
    theirs with the zygote they were forked from) are counted once in all, not per process."""
    total_kb = 0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total_kb += int(line.split()[1])
                    break
        except OSError:
            continue
    return total_kb / 1024


def _rss_pages(pids: list[int]) -> int:
    """Resident pages summed over processes (/proc/PID/statm: cheap, unlike smaps_rollup)."""
    total = 0
    for pid in pids:
        try:
            total += int(Path(f"/proc/{pid}/statm").read_text().split()[1])
        except (OSError, IndexError, ValueError):
            continue
    return total


class TreeMemory:
    """Peak PSS of a process and its descendants, sampled in a thread.
    ru_maxrss only sees one process; with cleaning workers the run is a tree.

    This process shares the cores with the run it measures, so the sampling must cost little:
    PSS (smaps_rollup, which walks every mapping: 5 to 8 ms a process) is read every
    `pss_every` s, and at once whenever the tree's resident size (statm, cheap, read every
    `every` s) is 1 % over its last high (at most once a second), which is when a new peak
    can start. Reading smaps_rollup of
    every process every 0.25 s took 6 % of a core during a 1,000-page run (and with it the
    whole /proc scanned for the tree), about as much CPU as the run's own process.
    """

    def __init__(self, pid: int, every: float = 0.25, pss_every: float = 5.0) -> None:
        self.peak_mb = 0.0
        self.processes = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=self._sample, args=(pid, every, pss_every), daemon=True
        )
        self._thread.start()

    def _sample(self, pid: int, every: float, pss_every: float) -> None:
        high_rss, last_pss = 0, 0.0
        while not self._stop.wait(every):
            pids = _tree(pid)
            self.processes = max(self.processes, len(pids))
            rss = _rss_pages(pids)
            now = time.monotonic()
            since = now - last_pss
            if (rss > high_rss * 1.01 and since >= 1.0) or since >= pss_every:
                high_rss = max(high_rss, rss)
                last_pss = now
                self.peak_mb = max(self.peak_mb, _pss_mb(pids))

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


def measured(args: list[str]) -> dict[str, Any]:
    started = time.perf_counter()
    proc = subprocess.Popen(args, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    memory = TreeMemory(proc.pid) if Path("/proc/self/smaps_rollup").exists() else None
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
    if memory is not None:
        memory.stop()
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
    # ru_maxrss of a reaped child: the largest of it and its own reaped descendants, not a sum.
    result["_rss_mb"] = usage.ru_maxrss / 1024
    result["_tree_pss_mb"] = memory.peak_mb if memory is not None else None
    result["_processes"] = memory.processes if memory is not None else None
    return result


def measured_together(args: list[str], copies: int) -> dict[str, Any]:
    """`copies` processes of the bare loop at once, one per core: what the cores give with no
    pipeline at all, the ceiling for a run on all of them (two loops at once run slower each
    than one alone on this machine's vCPUs). Pages a second: all their pages over the longest
    loop."""
    procs = [
        subprocess.Popen(args, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for _ in range(copies)
    ]
    outs = [proc.communicate() for proc in procs]
    results = []
    for proc, (out_b, err_b) in zip(procs, outs, strict=True):
        if proc.returncode:
            sys.exit(f"{' '.join(args)} failed ({proc.returncode}):\n{err_b.decode()[-3000:]}")
        lines = [line for line in out_b.decode().splitlines() if line.startswith("{")]
        results.append(json.loads(lines[-1]))
    pages = sum(r["pages"] for r in results)
    seconds = max(r["seconds"] for r in results)
    return {"copies": copies, "pages": pages, "seconds": seconds, "pages_per_s": pages / seconds}


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


def e2e_row(e2e: dict[str, Any], bare_pages_per_s: float, root: Path) -> dict[str, Any]:
    """One xauto run's figures beside the ceiling."""
    fetched = e2e["counters"].get("pages_fetched", 0)
    row = {
        "workers": e2e.get("workers", 1),
        "pages": fetched,
        "e2e_seconds": e2e["total_seconds"],
        # the command's whole wall time: interpreter start, imports and the workers' zygote
        # included (e2e_seconds starts after this process's imports, which no longer hide the
        # zygote's warm-up, so a run may wait for it)
        "wall_in_all_s": e2e["_wall"],
        "e2e_pages_per_s": fetched / e2e["total_seconds"],
        "e2e_cpu_s": e2e["_cpu"],
        # the run's own process (Beam, fetch threads, writes), per page: what competes with
        # the cleaning workers for the cores
        "parent_cpu_ms_per_page": 1000 * e2e.get("process_cpu_seconds", 0.0) / max(1, fetched),
        "peak_rss_mb": e2e["_rss_mb"],
        "peak_tree_pss_mb": e2e["_tree_pss_mb"],
        "processes": e2e["_processes"],
        "phases": e2e.get("phases", {}),
        "stage_ms": {
            k.removesuffix("_ms_total"): v
            for k, v in e2e["counters"].items()
            if k.endswith("_ms_total")
        },
        "output": output_stats(root),
    }
    row["e2e_vs_bare"] = row["e2e_pages_per_s"] / bare_pages_per_s
    return row


def steady_state(repo: Path | str = REPO, env: dict[str, str] | None = None) -> None:
    """What every run after a user's first finds, made before the first timed run: the
    checkout's bytecode, and the zygote's table of compiled patterns
    (pipelines/core/pattern_cache.py; a first run writes it, about 0.1 s more than a run
    without it, 0.75 s less for every run after). A checkout without the table only warms."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", "pipelines", "schemas"], cwd=repo,
                   env=env, check=False, capture_output=True)  # fmt: skip
    warm = "from pipelines import workers\nif hasattr(workers, 'warm_up'): workers.warm_up()\n"
    subprocess.run([sys.executable, "-c", warm], cwd=repo, env=env, check=True)


def main() -> int:
    steady_state()
    pages = load_pages()
    work = Path(tempfile.mkdtemp(prefix="xauto-bench-"))
    print(
        f"corpus: {sources()}; sizes {SIZES}; {HOSTS} hosts; {CORES} cores; work dir {work}",
        flush=True,
    )
    results: dict[str, Any] = {"sizes": {}, "cores": CORES}
    try:
        for n in SIZES:
            per_host = max(1, n // HOSTS)
            hosts = min(HOSTS, n)
            server = CorpusServer(pages, hosts, per_host)
            roots = {w: work / f"n{n}-{w}" for w in ("one", "all")}
            configs = {
                w: write_config(work / f"n{n}-{w}.yaml", server.feed_urls, roots[w]) for w in roots
            }
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
            # The ceiling is timed just before and just after the runs and averaged: this
            # machine's speed drifts by 10 % and more over minutes, and a ratio of two figures
            # taken at different times would carry that drift.
            bare_before = measured(bare_cmd)
            one = measured(xauto("run", "--config", str(configs["one"]), "--workers=1", "--json"))
            every = measured(xauto("run", "--config", str(configs["all"]), "--json"))
            together = measured_together(bare_cmd, CORES)
            bare_after = measured(bare_cmd)
            bare_pages_per_s = (bare_before["pages_per_s"] + bare_after["pages_per_s"]) / 2
            row = {
                "bare_pages_per_s": bare_pages_per_s,
                "bare_before_after": [
                    round(bare_before["pages_per_s"], 1),
                    round(bare_after["pages_per_s"], 1),
                ],
                "bare_pages": bare_before["pages"],
                "extract_mb_per_s": max(
                    bare_before["extract_mb_per_s"], bare_after["extract_mb_per_s"]
                ),
                "one": e2e_row(one, bare_pages_per_s, roots["one"]),
                "all": e2e_row(every, bare_pages_per_s, roots["all"]),
                # the ceiling on all cores: bare loops side by side, one per core
                "bare_allcores_pages_per_s": together["pages_per_s"],
                "bare_allcores_vs_bare": together["pages_per_s"] / bare_pages_per_s,
            }
            row["allcores_vs_bare_allcores"] = (
                row["all"]["e2e_pages_per_s"] / together["pages_per_s"]
            )
            if n == 1000 or n == SIZES[-1]:
                idle = measured(xauto("run", "--config", str(configs["all"]), "--json"))
                row["idle_poll_s"] = idle["total_seconds"]
                row["idle_pages_fetched"] = idle["counters"].get("pages_fetched", 0)
                row["idle_wall_with_imports_s"] = idle["_wall"]
            server.stop()
            results["sizes"][n] = row
            print(f"N={n}: {json.dumps(row)}", flush=True)

        # Backfill: reprocess the stored pages of the largest run (worker start-up, a second
        # or so, is then a small part of the time, as in a real backfill of months).
        n_bf = max(SIZES)
        config = work / f"n{n_bf}-all.yaml"
        span = ["--start", "2024-01-01", "--end", "2024-12-31", "--config", str(config), "--json"]
        runs = {
            "one_worker": measured(xauto("backfill", *span, "--workers", "1")),
            "all_cores": measured(xauto("backfill", *span)),
        }
        if BEAM_MULTIPROCESSING:  # Beam's own way to use cores, for comparison
            runs["beam_2_sdk_workers"] = measured(
                xauto(
                    "backfill",
                    *span,
                    "--workers",
                    "1",
                    "--direct_num_workers=2",
                    "--direct_running_mode=multi_processing",
                )
            )
        bf_pages = runs["one_worker"]["counters"].get("articles", 0)
        backfill: dict[str, Any] = {"pages": bf_pages}
        for name, r in runs.items():
            backfill[f"{name}_pages_per_s"] = r["counters"].get("articles", 0) / r["total_seconds"]
            backfill[f"{name}_peak_tree_pss_mb"] = r["_tree_pss_mb"]
        backfill["allcores_vs_1w"] = (
            backfill["all_cores_pages_per_s"] / backfill["one_worker_pages_per_s"]
        )
        results["backfill"] = backfill
        print(f"backfill: {json.dumps(backfill)}", flush=True)

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
        "cores": CORES,
        "e2e_pages_per_s": {n: round(r["one"]["e2e_pages_per_s"], 1) for n, r in sizes.items()},
        "e2e_allcores_pages_per_s": {
            n: round(r["all"]["e2e_pages_per_s"], 1) for n, r in sizes.items()
        },
        "bare_pages_per_s": {n: round(r["bare_pages_per_s"], 1) for n, r in sizes.items()},
        "e2e_vs_bare": {n: round(r["one"]["e2e_vs_bare"], 3) for n, r in sizes.items()},
        "e2e_allcores_vs_bare": {n: round(r["all"]["e2e_vs_bare"], 3) for n, r in sizes.items()},
        # the ceiling for the line above (bare loops on every core at once), and how much of it
        # a run reaches
        "bare_allcores_vs_bare": {
            n: round(r["bare_allcores_vs_bare"], 3) for n, r in sizes.items()
        },
        "e2e_allcores_vs_bare_allcores": {
            n: round(r["allcores_vs_bare_allcores"], 3) for n, r in sizes.items()
        },
        # what a user waits for the whole command, imports and worker start-up included
        "wall_in_all_s_allcores": {
            n: round(r["all"]["wall_in_all_s"], 2) for n, r in sizes.items()
        },
        "latency_speedup": round(results["latency"]["speedup"], 1),
        "idle_poll_s": round(sizes[idle_n]["idle_poll_s"], 3),
        "backfill_allcores_vs_1w": round(results["backfill"]["allcores_vs_1w"], 2),
        "extract_mb_per_s": round(max(r["extract_mb_per_s"] for r in sizes.values()), 2),
        "peak_rss_mb": {n: round(r["one"]["peak_rss_mb"]) for n, r in sizes.items()},
        "parent_cpu_ms_per_page_allcores": {
            n: round(r["all"]["parent_cpu_ms_per_page"], 1) for n, r in sizes.items()
        },
        "peak_tree_pss_mb_allcores": {
            n: round(r["all"]["peak_tree_pss_mb"] or 0) for n, r in sizes.items()
        },
    }
    print(json.dumps(headline))
    return 0


def print_table(results: dict[str, Any]) -> None:
    # Stage columns: CPU seconds of each stage's own thread(s) (time.thread_time), summed over
    # pages; the fetch's in pool threads, cleaning and extraction in the worker processes.
    print()
    print(
        f"{'N':>6} {'workers':>7} {'e2e p/s':>8} {'bare p/s':>9} {'ratio':>6} {'cpu s':>6} "
        f"{'RSS MB':>7} {'PSS MB':>7} {'fetch':>6} {'clean':>6} {'extract':>8} {'write':>6} "
        f"{'parent ms/p':>11} {'out MB':>7} {'files(ev)':>9}"
    )
    for n, size in results["sizes"].items():
        for r in (size["one"], size["all"]):
            st = {k: v / 1000 for k, v in r["stage_ms"].items()}
            print(
                f"{n:>6} {r['workers']:>7} {r['e2e_pages_per_s']:>8.1f} "
                f"{size['bare_pages_per_s']:>9.1f} {r['e2e_vs_bare']:>6.2f} "
                f"{r['e2e_cpu_s']:>6.1f} {r['peak_rss_mb']:>7.0f} "
                f"{r['peak_tree_pss_mb'] or 0:>7.0f} "
                f"{st.get('fetch_cpu', 0):>6.1f} {st.get('clean_cpu', 0):>6.1f} "
                f"{st.get('extract_cpu', 0):>8.1f} {st.get('write_cpu', 0):>6.1f} "
                f"{r['parent_cpu_ms_per_page']:>11.1f} "
                f"{r['output']['bytes'] / 1e6:>7.1f} {r['output']['metric_events']['files']:>9}"
            )
    print("\nall cores against their own ceiling (a bare loop per core, side by side):")
    for n, size in results["sizes"].items():
        print(
            f"{n:>6}: bare loops together {size['bare_allcores_pages_per_s']:.1f} p/s "
            f"(x{size['bare_allcores_vs_bare']:.2f} of one), run on all cores "
            f"{size['all']['e2e_pages_per_s']:.1f} p/s = {size['allcores_vs_bare_allcores']:.2f}"
            " of that"
        )
    print("\nwall seconds by phase (fixed costs; pipelines = the Beam runs that fetch and clean):")
    names = ["lock", "sweep", "plan", "build", "poll_pipeline", "pipelines", "facts_pipeline"]
    print(
        f"{'N':>6} {'workers':>7} "
        + " ".join(f"{p:>13}" for p in names)
        + f" {'pool wait':>10} {'run':>6} {'in all':>7}"
    )
    for n, size in results["sizes"].items():
        for r in (size["one"], size["all"]):
            ph = r["phases"]
            wait_s = r["stage_ms"].get("pool_wait", 0) / 1000
            print(
                f"{n:>6} {r['workers']:>7} "
                + " ".join(f"{ph.get(p, 0):>13.2f}" for p in names)
                + f" {wait_s:>10.2f} {r['e2e_seconds']:>6.2f} {r['wall_in_all_s']:>7.2f}"
            )
    bf, lat = results["backfill"], results["latency"]
    line = (
        f"\nbackfill ({bf['pages']} stored pages): 1 worker {bf['one_worker_pages_per_s']:.1f} p/s,"
        f" all {results['cores']} cores {bf['all_cores_pages_per_s']:.1f} p/s,"
        f" x{bf['allcores_vs_1w']:.2f}"
    )
    if "beam_2_sdk_workers_pages_per_s" in bf:
        line += f"; Beam multi_processing x2: {bf['beam_2_sdk_workers_pages_per_s']:.1f} p/s"
    print(line)
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
