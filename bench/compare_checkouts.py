"""Two checkouts of xauto, run alternately on the same pages: which code is faster, with the
machine's drift taken out as far as it can be.

    python -m bench.compare_checkouts --n 100 --rounds 5 PATH_A PATH_B

Serves N corpus pages on loopback once; each round times the bare loop (bench/bare.py, this
checkout's code), runs `xauto run` from each checkout (order swapped every round, each into a
fresh storage root), then times the bare loop again, and prints each run's wall seconds
(`total_seconds`, after the imports; and the command's whole wall time, imports and worker
start-up included, which is what a user waits) and its pages/s over the mean of the two bare
timings.
The medians at the end compare the two; a difference smaller than the spread of one
checkout's rounds is none. Before the first round each checkout is brought to the state of
any run after a user's first (bench.run.steady_state).
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.corpus import load_pages
from bench.run import BARE_LIMIT, measured, steady_state, write_config
from bench.server import CorpusServer


def _env(repo: str, work: Path) -> dict[str, str]:
    """Each checkout has its own table of compiled patterns: one shared would be rewritten
    by each in turn, as their rules differ."""
    return dict(os.environ, PYTHONPATH=repo, XAUTO_CACHE_DIR=str(work / f"cache-{abs(hash(repo))}"))


def _run(repo: str, config: Path, work: Path) -> tuple[float, float, int]:
    """(seconds after the imports, the command's wall seconds, pages fetched)"""
    env = _env(repo, work)
    args = [sys.executable, "-m", "pipelines.cli", "run", "--config", str(config), "--json"]
    started = time.perf_counter()
    out = subprocess.run(args, cwd=repo, env=env, capture_output=True, text=True, check=True)
    wall = time.perf_counter() - started
    summary = json.loads([line for line in out.stdout.splitlines() if line.startswith("{")][-1])
    return summary["total_seconds"], wall, summary["counters"].get("pages_fetched", 0)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=100)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("repos", nargs=2, help="two checkouts (directories) of xauto")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="xauto-compare-"))
    hosts = min(20, args.n)
    server = CorpusServer(load_pages(), hosts, max(1, args.n // 20))
    bare = [
        sys.executable, "-m", "bench.bare", "--n", str(args.n), "--hosts", str(hosts),
        "--limit", str(BARE_LIMIT),
    ]  # fmt: skip
    for repo in args.repos:
        steady_state(repo, _env(repo, work))
    ratios: dict[str, list[float]] = {r: [] for r in args.repos}
    walls: dict[str, list[float]] = {r: [] for r in args.repos}
    try:
        for i in range(args.rounds):
            before = measured(bare)["pages_per_s"]
            order = args.repos if i % 2 == 0 else args.repos[::-1]
            runs = {}
            for k, repo in enumerate(order):
                config = write_config(work / f"{i}-{k}.yaml", server.feed_urls, work / f"{i}-{k}")
                runs[repo] = _run(repo, config, work)
            after = measured(bare)["pages_per_s"]
            unit = (before + after) / 2
            line = [f"round {i}: bare {before:.1f} / {after:.1f} p/s"]
            for repo in args.repos:
                seconds, wall, pages = runs[repo]
                ratios[repo].append(pages / seconds / unit)
                walls[repo].append(wall)
                line.append(
                    f"{repo}: {seconds:.2f} s ({wall:.2f} s in all), x{pages / seconds / unit:.2f}"
                )
            print("   ".join(line), flush=True)
    finally:
        server.stop()
    for repo, values in ratios.items():
        ordered = sorted(values)
        wall = sorted(walls[repo])[len(values) // 2]
        print(
            f"{repo}: median x{ordered[len(ordered) // 2]:.3f} of the bare loop, "
            f"median {wall:.2f} s in all"
        )


if __name__ == "__main__":
    main()
