"""Where a run's CPU goes: the run's own process (Beam, fetch threads, pickling, writes) against
the cleaning workers, in CPU seconds, not wall time (wall time is noise on a shared machine).

    python -m bench.cpu_split --n 200 [--workers 1] [--profile out.prof] [--repeat 2] [--backfill]

Serves N corpus pages on loopback (bench/server.py, its own process: its CPU is reported apart,
`server_cpu_ms_per_page`, as it shares the cores with the run), runs `xauto run` in this
process and prints one JSON line per repeat:
  parent_cpu_ms_per_page   this process's CPU (every thread) during the run, per page fetched;
  run_cpu_ms_per_page      the same without the thread sampler below (its /proc reads cost
                           about 0.6 ms a page at N = 1,000: compare this one with a run's);
  workers_cpu_ms_per_page  the cleaning workers' processes (RUSAGE_CHILDREN once the zygote
                           has reaped them, less the zygote's own imports and warm-up), per
                           page: cleaning + extraction + their pipes;
  server_cpu_ms_per_page   the loopback server's process, per page;
  clean/extract_cpu_ms_per_page  the workers' own per-page figures (thread time in the worker);
  phases                   wall seconds by phase (fixed costs).
With --backfill, each run is followed by `xauto backfill` of every stored page (no fetch: the
stored raw pages read back, cleaned again, whole days replaced), and a second JSON line gives
the same figures for it ("kind": "backfill"; per page = per article re-cleaned).
With --stacks FILE, every thread's Python stack is sampled every 5 ms and weighted by the CPU
the thread used meanwhile (bench/stack_cpu.py): a summary by thread and function goes to
stderr, the collapsed stacks (flamegraph input, microseconds) to FILE. The sampler's own CPU is
left out of run_cpu_ms_per_page as the thread sampler's is.
With --profile, cProfile of the main thread's CPU time (where the DirectRunner runs bundles) is
written there: `python -m pstats out.prof`.
"""

import argparse
import cProfile
import datetime as dt
import functools
import json
import os
import re
import resource
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from bench import stack_cpu
from bench.corpus import load_pages
from bench.run import write_config
from bench.server import CorpusServer


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


class ThreadCPU:
    """CPU seconds of this process's threads by name (a fetch pool's threads summed), sampled
    from /proc/self/task every 0.2 s: threads that end between samples lose their last 0.2 s.
    """

    def __init__(self) -> None:
        self.last: dict[int, tuple[str, float]] = {}
        self.first: dict[int, float] = {}  # CPU of threads already running at the start
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="cpu-sampler", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        tick = os.sysconf("SC_CLK_TCK")
        while not self._stop.wait(0.2):
            names = {t.native_id: t.name for t in threading.enumerate()}
            baseline = not self.first
            for task in Path("/proc/self/task").iterdir():
                try:
                    fields = (task / "stat").read_text().rsplit(")", 1)[1].split()
                except OSError:
                    continue
                tid = int(task.name)
                name = names.get(tid) or self.last.get(tid, ("native", 0.0))[0]
                name = re.sub(r"[_-]?\d+(?:_\d+)?$", "", name)  # pool threads under one name
                cpu = (int(fields[11]) + int(fields[12])) / tick
                if baseline:
                    self.first[tid] = cpu
                self.last[tid] = (name, cpu)
            if not self.first:
                self.first[-1] = 0.0

    def stop(self) -> dict[str, float]:
        self._stop.set()
        self._thread.join()
        by_name: dict[str, float] = {}
        for tid, (name, cpu) in self.last.items():
            cpu -= self.first.get(tid, 0.0)
            by_name[name] = round(by_name.get(name, 0.0) + cpu, 2)
        return dict(sorted(by_name.items(), key=lambda kv: -kv[1]))


def _process_cpu(pid: int) -> float:
    """CPU seconds of another process (all its threads) so far, from /proc/PID/stat."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _children(pid: int) -> list[int]:
    """The live (or not yet reaped) child processes of a process."""
    try:
        return [
            int(c)
            for task in Path(f"/proc/{pid}/task").iterdir()
            for c in (task / "children").read_text().split()
        ]
    except OSError:
        return []


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--hosts", type=int, default=20)
    ap.add_argument("--workers", type=int, default=0, help="0: the default (every core)")
    ap.add_argument("--profile", help="write cProfile stats of the main thread here")
    ap.add_argument("--stacks", help="write CPU-weighted stack samples of every thread here")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--depth", type=int, help="pages sent to a worker at once (QUEUE_DEPTH)")
    ap.add_argument("--backfill", action="store_true", help="then backfill every stored page")
    ap.add_argument("--fetch-threads", type=int, default=16, help="http.fetch_threads")
    args = ap.parse_args()

    from pipelines import launcher, workers
    from pipelines.core.config import load_config

    pages = load_pages()
    hosts = min(args.hosts, args.n)
    # The server first: a process forked after the zygote started would hold a copy of the
    # zygote's socket, and the zygote would not see the end of the run.
    server = CorpusServer(pages, hosts, max(1, args.n // hosts))
    workers.start_zygote()  # as the command line does, before the run
    if args.depth:
        workers.QUEUE_DEPTH = args.depth
    try:
        for _ in range(args.repeat):
            with tempfile.TemporaryDirectory(prefix="xauto-cpu-") as tmp:
                path = write_config(
                    Path(tmp) / "c.yaml",
                    server.feed_urls,
                    Path(tmp) / "data",
                    fetch_threads=args.fetch_threads,
                )
                config = load_config(path)
                if args.workers:
                    beam = config.beam.model_copy(update={"workers": args.workers})
                    config = config.model_copy(update={"beam": beam})
                run = functools.partial(launcher.run_ingest, config)
                _measure("run", run, args, True, server.proc.pid)
                if args.backfill:
                    span = (dt.date(1970, 1, 1), dt.date(2100, 12, 31))
                    backfill = functools.partial(launcher.run_backfill, config, *span)
                    _measure("backfill", backfill, args, False, server.proc.pid)
    finally:
        server.stop()


def _measure(
    kind: str, command: Any, args: argparse.Namespace, by_pages: bool, server_pid: int | None
) -> None:
    """Run the command (a launcher call) with the zygote started as the CLI starts it, and
    print one JSON line of its CPU split. Per page: pages fetched (a run) or articles (a
    backfill)."""
    from pipelines import workers

    profiler = cProfile.Profile(time.thread_time) if args.profile else None
    parent0, wall0 = _cpu(resource.RUSAGE_SELF), time.monotonic()
    children0 = _cpu(resource.RUSAGE_CHILDREN)
    server0 = _process_cpu(server_pid) if server_pid else 0.0
    threads = ThreadCPU()
    stacks = stack_cpu.StackSampler() if args.stacks else None
    if profiler:
        profiler.enable()
    summary = command()
    if profiler:
        profiler.disable()
        profiler.dump_stats(f"{args.profile}.{kind}" if args.backfill else args.profile)
    if stacks:
        sampled = stacks.stop()
        stack_cpu.write_collapsed(
            sampled, f"{args.stacks}.{kind}" if args.backfill else args.stacks
        )
        print(stack_cpu.summary(sampled), file=sys.stderr, flush=True)
    parent = _cpu(resource.RUSAGE_SELF) - parent0
    server_cpu = (_process_cpu(server_pid) - server0) if server_pid else 0.0
    by_thread = threads.stop()
    wall = time.monotonic() - wall0
    zygote = workers._the_zygote
    # Stop the workers while the zygote lives, so it reaps them and their CPU reaches
    # RUSAGE_CHILDREN through it; then leave out the zygote's own (its imports and warm-up).
    workers.shutdown()  # the run has stopped its own pools already; these are any left
    deadline = time.monotonic() + 5
    while zygote is not None and _children(zygote.proc.pid) and time.monotonic() < deadline:
        time.sleep(0.02)
    zygote_own = _process_cpu(zygote.proc.pid) if zygote is not None else 0.0
    workers._stop_zygote()  # reaps the zygote, which reaped its workers
    if zygote is not None and zygote.proc.returncode is None:
        zygote.proc.wait()
    children = _cpu(resource.RUSAGE_CHILDREN) - children0 - zygote_own
    workers.start_zygote()  # the next command's, started as the CLI would
    done = summary.count("pages_fetched") if by_pages else summary.count("articles")
    pages_done = max(1, done)
    c = summary.counters
    print(
        json.dumps(
            {
                "kind": kind,
                "n": args.n,
                "workers": summary.workers,
                "pages": summary.count("pages_fetched"),
                "articles": summary.count("articles"),
                "wall_s": round(wall, 2),
                "parent_cpu_s": round(parent, 2),
                "workers_cpu_s": round(children, 2),
                "parent_cpu_ms_per_page": round(1000 * parent / pages_done, 1),
                # without this bench's own thread sampler (0.6 s at N = 1,000)
                "run_cpu_ms_per_page": round(
                    1000
                    * (
                        parent
                        - by_thread.get("cpu-sampler", 0.0)
                        - by_thread.get("stack-sampler", 0.0)
                    )
                    / pages_done,
                    2,
                ),
                "workers_cpu_ms_per_page": round(1000 * children / pages_done, 1),
                "server_cpu_s": round(server_cpu, 2),
                "server_cpu_ms_per_page": round(1000 * server_cpu / pages_done, 2),
                "clean_cpu_ms_per_page": round(c.get("clean_cpu_ms_total", 0) / pages_done, 1),
                "extract_cpu_ms_per_page": round(c.get("extract_cpu_ms_total", 0) / pages_done, 1),
                "worker_wait_ms_per_page": round(c.get("worker_wait_ms_total", 0) / pages_done, 1),
                "fetch_cpu_ms_per_page": round(c.get("fetch_cpu_ms_total", 0) / pages_done, 1),
                "write_cpu_ms_per_page": round(c.get("write_cpu_ms_total", 0) / pages_done, 1),
                "phases": {k: round(v, 2) for k, v in summary.phases.items()},
                "parent_threads_cpu_s": by_thread,
                "loadavg": round(os.getloadavg()[0], 2),
            }
        ),
        flush=True,
    )


if __name__ == "__main__":
    main()
