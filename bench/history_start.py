"""What a store's history costs every run's start: one ingest pipeline built and run with a
plan that knows N fetched URLs, N feed entry ids and N event ids (the sets a real store
accumulates, about 150 pages a day for a year at N = 50,000), against the same with none.

    python -m bench.history_start [--n 50000] [--repeat 2]

The pipeline polls one feed and fetches one page, both on a closed loopback port (an error
each, at once): what is timed is Beam building, pickling and running the pipeline around
the history the plan hands to its steps, in CPU seconds of this process (wall time too).
`make bench` starts every N from an empty store, so it never shows this cost.
"""

import argparse
import json
import os
import tempfile
import time

from pipelines import pipeline as wiring
from pipelines.core.config import Config, HttpConfig
from pipelines.options import new_pipeline
from pipelines.state import FeedSpec, PageTask, RunPlan


def history_plan(n: int) -> RunPlan:
    urls = frozenset(
        f"https://www.news-{i % 300}.example/2024/{i % 12 + 1:02d}/{i % 28 + 1:02d}/story-{i}.html"
        for i in range(n)
    )
    ids = frozenset(f"{i:064x}" for i in range(n))
    closed = "http://127.0.0.1:9"  # the discard port: nothing listens, refused at once
    return RunPlan(
        feeds=(FeedSpec(f"{closed}/feed.xml"),),
        known_entry_ids=ids,
        fetched_urls=urls,
        pending_pages=(PageTask(f"{closed}/page.html"),),
        known_event_ids=frozenset(f"e{i:063x}" for i in range(n)),
    )


def one(n: int) -> dict[str, float]:
    plan = history_plan(n)
    config = Config(beam={"workers": 1}, http=HttpConfig(allow_private=True, retries=0))
    with tempfile.TemporaryDirectory(prefix="xauto-history-") as root:
        cpu, wall = time.process_time(), time.monotonic()
        p = new_pipeline(config, None, [])
        wiring.build_ingest(p, plan, config, root, fetch=True, facts=None)
        built = time.process_time() - cpu
        p.run().wait_until_finish()
        return {
            "n": n,
            "build_cpu_s": round(built, 3),
            "build_and_run_cpu_s": round(time.process_time() - cpu, 3),
            "wall_s": round(time.monotonic() - wall, 3),
        }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=50_000)
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args()
    for _ in range(args.repeat):
        for n in (0, args.n):
            print(json.dumps({**one(n), "loadavg": round(os.getloadavg()[0], 1)}), flush=True)


if __name__ == "__main__":
    main()
