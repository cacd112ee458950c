"""Where a long `xauto stream` on the local runner keeps memory: a diagnostic (issue 18).

    python -m bench.stream_memory --seconds 240 --poll 1 --feeds 50     # as things are
    python -m bench.stream_memory --seconds 240 --poll 1 --no-bound     # without our bound

Runs the stream in this process (launcher.run_stream, the local FnApiRunner) against a
loopback site whose feeds never change (each poll after the first is a 304), with a short poll
so the growth per turn of the runner's loop shows in minutes. A thread samples, every
`--every` seconds: RSS and the anonymous memory of /proc/self/smaps_rollup, bundles run so
far, the depth of the runner's chain of metrics generators (see options.bound_runner_metrics),
the state servicer's keys and bytes, the runner's queues and buffers, live objects by type,
and (with --tracemalloc) Python allocations. It prints one JSON line per sample and, at the
end, growth per minute and per bundle between the first and the last sample, and the top
tracemalloc differences by traceback.
"""

import argparse
import gc
import json
import sys
import tempfile
import threading
import time
import tracemalloc
from collections import Counter
from pathlib import Path
from typing import Any

from bench.bench_stream import Site, _config


class Probe:
    """Counts bundles and keeps the runner's execution context to look into."""

    def __init__(self) -> None:
        from apache_beam.runners.portability.fn_api_runner import fn_runner

        self.bundles = 0
        self.context: Any = None
        original = fn_runner.FnApiRunner._execute_bundle
        probe = self

        def _execute_bundle(runner: Any, context: Any, manager: Any, bundle_input: Any) -> Any:
            probe.bundles += 1
            probe.context = context
            return original(runner, context, manager, bundle_input)

        fn_runner.FnApiRunner._execute_bundle = _execute_bundle  # type: ignore[method-assign]


def _rss_kb() -> dict[str, int]:
    out = {}
    for line in Path("/proc/self/smaps_rollup").read_text().splitlines()[1:]:
        name, value = line.split(":", 1)
        if name in ("Rss", "Anonymous", "Private_Dirty"):
            out[name.lower()] = int(value.split()[0])
    return out


def _generator_depth() -> dict[str, int]:
    """Live generators of monitoring_infos.consolidate (each holds a bundle's response) and
    MonitoringInfo messages."""
    gens = [
        o
        for o in gc.get_objects()
        if type(o).__name__ == "generator" and o.gi_code.co_name == "consolidate"
    ]
    infos = sum(1 for o in gc.get_objects() if type(o).__name__ == "MonitoringInfo")
    return {"consolidate_generators": len(gens), "monitoring_infos": infos}


def _runner_sizes(context: Any) -> dict[str, int]:
    if context is None:
        return {}
    servicer = context.worker_handler_manager.state_servicer
    state = servicer._state
    return {
        "state_keys": len(state),
        "state_bytes": sum(len(k) + sum(len(v) for v in vals) for k, vals in state.items()),
        "state_empty_keys": sum(1 for vals in state.values() if not vals),
        "continuations": len(getattr(servicer, "_continuations", {})),
        "pcoll_buffers": len(context.pcoll_buffers),
        "ready": len(context.queues.ready_inputs),
        "watermark_pending": len(context.queues.watermark_pending_inputs),
        "time_pending": len(context.queues.time_pending_inputs),
    }


def _state_cache() -> dict[str, int]:
    """The embedded SDK worker's state cache (an LRU bounded by weight, 100 MB in Beam)."""
    from apache_beam.runners.worker.statecache import StateCache

    caches = [o for o in gc.get_objects() if isinstance(o, StateCache)]
    entries = [(k, v) for c in caches for k, v in list(c._cache.items())]
    # What an entry holds beyond its weight: its key (serialised StateKey, cache token), the
    # WeightedValue and the OrderedDict's node (about 100 bytes, not counted here).
    held = sum(
        sys.getsizeof(k) + sum(sys.getsizeof(part) for part in k) + sys.getsizeof(v)
        for k, v in entries
    )
    return {
        "cache_entries": len(entries),
        "cache_weight_kb": sum(c._current_weight for c in caches) // 1024,
        "cache_keys_kb": held // 1024,
    }


def _types() -> Counter[str]:
    return Counter(type(o).__name__ for o in gc.get_objects())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=240)
    parser.add_argument("--poll", type=float, default=1.0)
    parser.add_argument("--window", type=float, default=5.0)
    parser.add_argument("--feeds", type=int, default=50)
    parser.add_argument("--every", type=float, default=20.0)
    parser.add_argument("--warmup", type=float, default=40.0, help="seconds before the first")
    parser.add_argument("--tracemalloc", action="store_true")
    parser.add_argument("--no-bound", action="store_true", help="leave Beam's metrics as is")
    args = parser.parse_args()

    from pipelines import launcher, options, stream
    from pipelines.core.config import load_config

    if args.no_bound:
        options.bound_runner_metrics = lambda: None  # type: ignore[assignment]
    probe = Probe()
    if args.tracemalloc:
        tracemalloc.start(12)
    samples: list[dict[str, Any]] = []
    snapshots: list[Any] = []
    types: list[Counter[str]] = []
    done = threading.Event()

    def sample() -> None:
        started = time.monotonic()
        if done.wait(args.warmup):
            return
        while True:
            gc.collect()
            row: dict[str, Any] = {"t": round(time.monotonic() - started)}
            row |= _rss_kb()
            row["bundles"] = probe.bundles
            row |= _generator_depth()
            row |= _runner_sizes(probe.context)
            row |= _state_cache()
            if args.tracemalloc:
                row["traced_kb"] = tracemalloc.get_traced_memory()[0] // 1024
                snapshots[1:] = [tracemalloc.take_snapshot()]
                if len(snapshots) == 1:
                    snapshots.append(snapshots[0])
            types[1:] = [_types()]
            if len(types) == 1:
                types.append(types[0])
            samples.append(row)
            print(json.dumps(row), file=sys.stderr, flush=True)
            if time.monotonic() - started > args.seconds:
                stream.request_stop()
                return
            if done.wait(args.every):
                return

    with tempfile.TemporaryDirectory(prefix="xauto-stream-memory-") as tmp:
        work = Path(tmp)
        site = Site(work / "site", args.feeds)
        config = load_config(_config(work / "c.yaml", site.urls, work / "data"))
        thread = threading.Thread(target=sample, daemon=True)
        thread.start()
        try:
            summary = launcher.run_stream(config, args.poll, args.window)
        finally:
            done.set()
            site.server.stop()
    first, last = samples[0], samples[-1]
    minutes = (last["t"] - first["t"]) / 60
    bundles = last["bundles"] - first["bundles"]
    growth = {
        "minutes": round(minutes, 2),
        "bundles": bundles,
        "rss_kb_per_min": round((last["rss"] - first["rss"]) / minutes),
        "anon_kb_per_min": round((last["anonymous"] - first["anonymous"]) / minutes),
        "rss_bytes_per_bundle": round(1024 * (last["rss"] - first["rss"]) / max(1, bundles)),
        "counters": {k: v for k, v in summary.counters.items() if k.startswith("rows_")},
    }
    if args.tracemalloc:
        growth["traced_kb_per_min"] = round((last["traced_kb"] - first["traced_kb"]) / minutes)
    print(json.dumps(growth))
    grew = (types[-1] - types[0]).most_common(8)
    print("object types grown:", grew)
    if args.tracemalloc:
        for stat in snapshots[-1].compare_to(snapshots[0], "traceback")[:8]:
            print(f"{stat.size_diff / 1024:+.1f} KiB {stat.count_diff:+d} blocks")
            for line in stat.traceback.format()[-8:]:
                print("   ", line)


if __name__ == "__main__":
    main()
