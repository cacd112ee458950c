"""Where an all-cores run's wall time goes: a timeline of CPU per process and of the run's events.

    python -m bench.timeline --n 1000 [--workers 2] [--bucket 0.5] [--repeat 1]

Serves N corpus pages on loopback (bench/server.py), runs `xauto run` in this process and
samples, every 0.1 s, the CPU time of: this process's main thread (Beam's bundles, handing
pages to the workers, staging Parquet), its fetch threads, its other threads, the zygote, each
cleaning worker, and the server. It also records when things happen: each pipeline and plan
(launcher), each Beam stage (the FnApiRunner's), each fetch, page sent to a worker, page done,
Parquet file staged or committed. It prints one line per bucket (CPU as % of one core, events
in it), then a summary: busy fraction of the workers while the pool had work, idle gaps, and
what ran before the first page reached a worker and after the last came back. CPU time is
far steadier than wall time on a shared machine; the buckets show the shape, not exact speed.
"""

import argparse
import json
import os
import tempfile
import threading
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from bench.corpus import load_pages
from bench.run import write_config
from bench.server import CorpusServer

TICK = os.sysconf("SC_CLK_TCK")
# (monotonic, kind, detail, CPU s of the thread that recorded it); list.append is atomic
EVENTS: list[tuple[float, str, str, float]] = []


def _event(kind: str, detail: str = "") -> None:
    EVENTS.append((time.monotonic(), kind, detail, time.thread_time()))


def _wrap(owner: Any, name: str, before: str | None, after: str | None, detail: Any = None):
    original = getattr(owner, name)

    def wrapped(*args: Any, **kwargs: Any) -> Any:
        text = detail(*args, **kwargs) if detail else ""
        if before:
            _event(before, text)
        try:
            return original(*args, **kwargs)
        finally:
            if after:
                _event(after, text)

    setattr(owner, name, wrapped)


def _wrap_gen(owner: Any, name: str, before: str, after: str):
    """A generator method (a DoFn's finish_bundle): events when it starts and is exhausted."""
    original = getattr(owner, name)

    def wrapped(*args: Any, **kwargs: Any) -> Any:
        _event(before)
        result = original(*args, **kwargs)
        if result is not None:
            yield from result
        _event(after)

    setattr(owner, name, wrapped)


def instrument() -> None:
    from apache_beam.runners.portability.fn_api_runner import fn_runner

    from pipelines import launcher, transforms, workers

    _wrap(launcher, "run_ingest", "run+", "run-", lambda *a, **k: "")
    _wrap(launcher, "_run", "pipeline+", "pipeline-", lambda p, s, phase="pipelines": phase)
    _wrap(launcher, "plan_run", "plan+", "plan-")
    _wrap(launcher, "plan_poll", "plan+", "plan-")
    # the steps between pipelines: building each, reading its metrics, sweeping
    _wrap(launcher, "new_pipeline", "new_pipeline+", "new_pipeline-")
    _wrap(launcher.wiring, "build_ingest", "build+", "build-", lambda *a, **k: "ingest")
    _wrap(launcher, "build_facts_job", "build+", "build-", lambda *a, **k: "facts")
    _wrap(launcher, "_metrics", "metrics+", "metrics-")
    _wrap(launcher.Storage, "sweep_temporary", "sweep+", "sweep-")
    _wrap(
        fn_runner.FnApiRunner,
        "_execute_bundle",
        "stage+",
        "stage-",
        lambda self, ctx, bcm, data: bcm.stage.name[:70],
    )
    _wrap(transforms.FetchPages, "_fetch", None, "fetched")
    _wrap(workers.PagePool, "submit", "submit", None)
    _wrap(workers.PagePool, "_finish", None, "done")
    _wrap(
        transforms.WriteRows, "_stage", "stage_file+", "stage_file-", lambda s, p, c: s.table_name
    )
    _wrap(transforms.CommitFiles, "process", "commit+", "commit-")
    _wrap_gen(transforms.CleanAndExtract, "finish_bundle", "drain+", "drain-")


def _cpu_of(stat: Path) -> float | None:
    try:
        fields = stat.read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / TICK


def _children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


class Sampler:
    """Cumulative CPU seconds per series, sampled every `every` s: 'main', 'fetch', 'other'
    threads of this process, 'zygote', each worker pid ('w<pid>'), 'server'."""

    def __init__(self, server_pid: int, every: float = 0.2) -> None:
        self.server_pid = server_pid
        self.samples: list[tuple[float, dict[str, float]]] = []
        self.worker_pids: list[int] = []
        self.other_names: set[str] = set()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(every,), daemon=True)
        self._thread.start()

    def _run(self, every: float) -> None:
        from pipelines import workers

        main_tid = threading.main_thread().native_id
        own = threading.get_native_id()
        last: dict[str, float] = {}
        fetch_threads: dict[int, float] = {}
        while not self._stop.wait(every):
            now = time.monotonic()
            series: dict[str, float] = defaultdict(float)
            names = {t.native_id: t.name for t in threading.enumerate()}
            for task in Path("/proc/self/task").iterdir():
                cpu = _cpu_of(task / "stat")
                if cpu is None:
                    continue
                tid = int(task.name)
                name = names.get(tid, "")
                if tid == main_tid:
                    series["main"] = cpu
                elif tid == own:
                    series["sampler"] = cpu
                elif name.startswith("ThreadPoolExecutor"):
                    fetch_threads[tid] = cpu  # kept after the thread ends
                else:
                    self.other_names.add(name or str(tid))
            series["fetch"] = sum(fetch_threads.values())
            # the process's own total counts threads that ended too
            whole = _cpu_of(Path("/proc/self/stat")) or 0.0
            series["other"] = max(0.0, whole - series["main"] - series["sampler"] - series["fetch"])
            zygote = workers._the_zygote
            if zygote is not None:
                zpid = zygote.proc.pid
                series["zygote"] = _cpu_of(Path(f"/proc/{zpid}/stat")) or 0.0
                for pid in _children(zpid):
                    cpu = _cpu_of(Path(f"/proc/{pid}/stat"))
                    if cpu is not None:
                        series[f"w{pid}"] = cpu
                        if pid not in self.worker_pids:
                            self.worker_pids.append(pid)
            server = _cpu_of(Path(f"/proc/{self.server_pid}/stat")) or 0.0
            for child in _children(self.server_pid):
                server += _cpu_of(Path(f"/proc/{child}/stat")) or 0.0
            series["server"] = server
            # threads that ended keep their last value, so the sums never go backwards
            for key, value in last.items():
                if key.startswith("w") and key not in series:
                    series[key] = value
            last = dict(series)
            self.samples.append((now, dict(series)))

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


def report(
    samples: list[tuple[float, dict[str, float]]],
    workers: list[int],
    t0: float,
    t_end: float,
    bucket: float,
) -> dict[str, Any]:
    # CPU per bucket per series (difference of cumulative values)
    n_buckets = int((t_end - t0) / bucket) + 1
    cpu: list[dict[str, float]] = [defaultdict(float) for _ in range(n_buckets)]
    prev: dict[str, float] | None = None
    for now, series in samples:
        if prev is not None and now >= t0:
            b = min(n_buckets - 1, int((now - t0) / bucket))
            for key, value in series.items():
                cpu[b][key] += value - prev.get(key, value)
        prev = series
    counts: list[Counter[str]] = [Counter() for _ in range(n_buckets)]
    marks: dict[int, list[str]] = defaultdict(list)
    for when, kind, detail, _ in EVENTS:
        b = max(0, min(n_buckets - 1, int((when - t0) / bucket)))
        if kind in ("fetched", "submit", "done", "stage_file+", "commit+"):
            counts[b][kind] += 1
        elif kind.endswith("+") or kind.endswith("-"):
            if kind in ("stage_file-", "commit-"):
                continue
            marks[b].append(f"{kind}{detail}")
    header = (
        f"{'t':>6} {'main':>5} {'fetch':>5} {'oth':>4} {'zyg':>4} {'wrk':>5} "
        f"{'srv':>4} {'sum':>5} {'fetd':>5} {'subm':>5} {'done':>5} {'stg':>4}  marks"
    )
    print(header)
    for b in range(n_buckets):
        c = cpu[b]
        w = sum(v for k, v in c.items() if k.startswith("w"))
        total = sum(c.values())
        pct = 100 / bucket
        print(
            f"{b * bucket:>6.1f} {c['main'] * pct:>5.0f} {c['fetch'] * pct:>5.0f} "
            f"{c['other'] * pct:>4.0f} {c['zygote'] * pct:>4.0f} {w * pct:>5.0f} "
            f"{c['server'] * pct:>4.0f} {total * pct:>5.0f} {counts[b]['fetched']:>5} "
            f"{counts[b]['submit']:>5} {counts[b]['done']:>5} {counts[b]['stage_file+']:>4}  "
            + " ".join(marks.get(b, []))
        )
    # the summary: when the pool had work, how busy were the workers
    submits = [e[0] for e in EVENTS if e[1] == "submit"]
    dones = [e[0] for e in EVENTS if e[1] == "done"]
    fetched = [e[0] for e in EVENTS if e[1] == "fetched"]
    first_submit, last_done = min(submits), max(dones)
    total = {k: samples[-1][1].get(k, 0.0) - _at(samples, t0).get(k, 0.0) for k in samples[-1][1]}
    window = {
        k: _at(samples, last_done).get(k, 0.0) - _at(samples, first_submit).get(k, 0.0)
        for k in samples[-1][1]
    }
    workers_cpu_window = sum(v for k, v in window.items() if k.startswith("w"))
    pool_seconds = last_done - first_submit
    out = {
        "wall_s": round(t_end - t0, 2),
        "first_fetch_s": round(min(fetched) - t0, 2),
        "last_fetch_s": round(max(fetched) - t0, 2),
        "first_submit_s": round(first_submit - t0, 2),
        "last_done_s": round(last_done - t0, 2),
        "after_last_done_s": round(t_end - last_done, 2),
        "pages": len(dones),
        "workers_busy_in_pool_window": round(workers_cpu_window / max(1e-9, pool_seconds), 2),
        "cpu_s_total": {k: round(v, 2) for k, v in _grouped(total).items()},
        "cpu_s_pool_window": {k: round(v, 2) for k, v in _grouped(window).items()},
        "phases_ms_per_page_in_window": {
            k: round(1000 * v / max(1, len(dones)), 1) for k, v in _grouped(window).items()
        },
    }
    # The same run on a quiet 2-core machine, from CPU time alone: before the first page
    # reaches a worker, the run's process and the zygote each go at one core's speed; while
    # the pool works, everything shares 2 cores (no worker faster than one core); after the
    # last page, the run's process alone.
    run_start = min([e[0] for e in EVENTS if e[1] == "run+"] or [t0])
    out["run_start_s"] = round(run_start - t0, 2)
    segments = {"imports": (t0, run_start), "start": (run_start, first_submit)}
    segments["pool"] = (first_submit, last_done)
    segments["end"] = (last_done, t_end)
    estimate = {}
    for name, (a, b) in segments.items():
        cpu = {k: _at(samples, b).get(k, 0.0) - _at(samples, a).get(k, 0.0) for k in samples[-1][1]}
        cpu.pop("sampler", None)  # this tool's own
        parent = cpu.get("main", 0.0) + cpu.get("fetch", 0.0) + cpu.get("other", 0.0)
        busiest_worker = max([v for k, v in cpu.items() if k.startswith("w")] or [0.0])
        if name == "pool":
            estimate[name] = max(sum(cpu.values()) / 2, busiest_worker, parent)
        else:
            estimate[name] = max(parent, cpu.get("zygote", 0.0), busiest_worker)
        out[f"cpu_s_{name}"] = {k: round(v, 2) for k, v in _grouped(cpu).items()}
    out["quiet_estimate_s"] = {k: round(v, 2) for k, v in estimate.items()}
    out["quiet_estimate_s"]["run"] = round(sum(estimate.values()) - estimate["imports"], 2)
    return out


def print_events(t0: float) -> None:
    """Every step of the run but the per-page ones, with wall and main-thread CPU since the
    previous step (the CPU column is only meaningful for steps on the main thread)."""
    last_t, last_cpu = t0, 0.0
    print(f"{'t':>7} {'dt':>6} {'cpu':>6}  step")
    for when, kind, detail, cpu in EVENTS:
        if kind in ("fetched", "submit", "done", "stage_file+", "stage_file-"):
            continue
        print(
            f"{when - t0:>7.3f} {when - last_t:>6.3f} {cpu - last_cpu if last_cpu else 0:>6.3f}"
            f"  {kind} {detail[:90]}"
        )
        last_t, last_cpu = when, cpu
    first = {k: min(e[0] for e in EVENTS if e[1] == k) for k in ("fetched", "submit", "done")}
    last = {k: max(e[0] for e in EVENTS if e[1] == k) for k in ("fetched", "submit", "done")}
    print("first:", {k: round(v - t0, 3) for k, v in first.items()})
    print("last: ", {k: round(v - t0, 3) for k, v in last.items()})


def _at(samples: list[tuple[float, dict[str, float]]], when: float) -> dict[str, float]:
    """The last sample at or before `when` (cumulative CPU then)."""
    found = samples[0][1]
    for now, series in samples:
        if now > when:
            break
        found = series
    return found


def _grouped(series: dict[str, float]) -> dict[str, float]:
    out: dict[str, float] = defaultdict(float)
    for key, value in series.items():
        out["workers" if key.startswith("w") else key] += value
    return dict(out)


def child(args: argparse.Namespace, cli_args: list[str]) -> None:
    """In the run's own process, started as the command line is: the zygote first, then the
    imports, then `xauto run`; writes the samples and events to `--out`."""
    t0 = time.monotonic()
    from pipelines import workers

    workers.start_zygote()
    sampler = Sampler(args.server_pid)
    instrument()
    from pipelines import cli

    status = cli.main(cli_args)
    t_end = time.monotonic()
    time.sleep(0.15)
    sampler.stop()
    Path(args.out).write_text(
        json.dumps(
            {
                "t0": t0,
                "t_end": t_end,
                "status": status,
                "samples": sampler.samples,
                "worker_pids": sampler.worker_pids,
                "other_threads": sorted(sampler.other_names),
                "events": EVENTS,
            }
        )
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--hosts", type=int, default=20)
    ap.add_argument("--workers", type=int, default=0, help="0: the default (every core)")
    ap.add_argument("--bucket", type=float, default=0.5)
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--quiet", action="store_true", help="the summary only, no buckets")
    ap.add_argument("--events", action="store_true", help="list the run's steps (not pages)")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--server-pid", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--out", help=argparse.SUPPRESS)
    args, rest = ap.parse_known_args()
    if args.child:
        child(args, rest)
        return

    import subprocess
    import sys

    pages = load_pages()
    hosts = min(args.hosts, args.n)
    server = CorpusServer(pages, hosts, max(1, args.n // hosts))
    assert server.proc.pid is not None
    try:
        for _ in range(args.repeat):
            with tempfile.TemporaryDirectory(prefix="xauto-tl-") as tmp:
                path = write_config(Path(tmp) / "c.yaml", server.feed_urls, Path(tmp) / "data")
                out_path = Path(tmp) / "timeline.json"
                run = ["run", "--config", str(path), "--json"]
                if args.workers:
                    run.append(f"--workers={args.workers}")
                proc = subprocess.run(
                    [
                        sys.executable,
                        "-m",
                        "bench.timeline",
                        "--child",
                        "--server-pid",
                        str(server.proc.pid),
                        "--out",
                        str(out_path),
                        *run,
                    ],
                    capture_output=True,
                    text=True,
                )
                if proc.returncode:
                    raise SystemExit(proc.stderr[-3000:])
                summary = json.loads([x for x in proc.stdout.splitlines() if x.startswith("{")][-1])
                data = json.loads(out_path.read_text())
                EVENTS[:] = [tuple(e) for e in data["events"]]
                samples = [(t, s) for t, s in data["samples"]]
                if args.quiet:
                    import contextlib
                    import io

                    with contextlib.redirect_stdout(io.StringIO()):
                        out = report(
                            samples, data["worker_pids"], data["t0"], data["t_end"], args.bucket
                        )
                else:
                    out = report(
                        samples, data["worker_pids"], data["t0"], data["t_end"], args.bucket
                    )
                if args.events:
                    print_events(data["t0"])
                out["workers"] = summary["workers"]
                out["pages_fetched"] = summary["counters"].get("pages_fetched", 0)
                out["run_total_s"] = summary["total_seconds"]
                out["run_cpu_s"] = summary["process_cpu_seconds"]
                out["phases"] = summary["phases"]
                out["other_threads"] = data["other_threads"]
                out["loadavg"] = round(os.getloadavg()[0], 1)
                print(json.dumps(out), flush=True)
    finally:
        server.stop()


if __name__ == "__main__":
    main()
