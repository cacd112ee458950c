"""Facts rebuild time at 10,000 and 100,000 generated metric events.

Events are generated (no ../shared needed): a few thousand figures, each restated by 1 to 12
articles with roundings ("75,700" for 75,723), bounds ("more than 20,000") and a few
revisions, over subjects, metrics, statuses, months and windows; a share of a month's
restatements (`--undated`, default 5 %) come from stories with no date that name the month
without its year ("in March"), which the job joins to their dated month (open-period
resolution, in groups per subject family, metric and status). For each N it prints:
  core   the grouping alone (pipelines.core.facts, in memory);
  job    the Beam job on the DirectRunner: read metric_events Parquet, group, write the file.
Run: `python -m bench.bench_facts [N ...] [--undated SHARE]` (default 10000 100000);
last line is JSON.
The rebuild is full, not incremental: this measures whether that stays fast.
"""

import argparse
import calendar
import datetime as dt
import json
import random
import sys
import tempfile
import time
from typing import Any

from pipelines.core.config import Config
from pipelines.core.facts import FactEvent, facts_from_events
from pipelines.launcher import run_facts
from pipelines.storage import Storage
from schemas import FACTS, METRIC_EVENTS

SUBJECTS = ["Xiaomi SU7", "Xiaomi SU7 Ultra", "Xiaomi YU7", "Xiaomi Auto", "Xiaomi Group"]
METRICS = [("deliveries", "vehicles"), ("orders", "orders"), ("revenue", "CNY")]
WINDOWS = ["within 3 minutes", "in the first hour", "in 24 hours", None]


def _rounded(value: float, rng: random.Random) -> tuple[float, str]:
    choice = rng.random()
    if choice < 0.6:
        return value, "exact"
    digits = len(str(int(value))) - 2
    coarse = round(value, -max(digits, 0))
    if choice < 0.85:
        return coarse, "exact"
    return float(int(value // 10 ** max(digits, 0)) * 10 ** max(digits, 0)), "more_than"


def generate(n: int, seed: int = 7, undated: float = 0.0) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    rows: list[dict[str, Any]] = []
    fact = 0
    while len(rows) < n:
        fact += 1
        subject = rng.choice(SUBJECTS)
        metric, unit = rng.choice(METRICS)
        status = "actual" if rng.random() < 0.8 else "target"
        value = float(rng.randint(1_000, 400_000) * (1_000_000 if unit == "CNY" else 1))
        monthly = rng.random() < 0.7
        year, month = 2024 + fact % 2, 1 + fact % 12
        start = dt.date(year, month, 1)
        end = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        window = None if monthly else rng.choice(WINDOWS)
        for k in range(rng.randint(1, 12)):
            stated, qualifier = _rounded(value, rng)
            if k and rng.random() < 0.03:  # a revision
                stated = value * 1.004
            published = dt.datetime(year, month, 1, tzinfo=dt.UTC) + dt.timedelta(days=30 + k)
            article = f"a{fact}-{k}"
            # a story with no date naming the month alone (drawn only when asked, so the
            # events of --undated 0 are those of earlier versions of this bench)
            open_month = monthly and k > 0 and undated > 0 and rng.random() < undated
            rows.append(
                {
                    "event_id": f"e{len(rows)}",
                    "article_id": article,
                    "url": f"https://site{k}.example/{article}",
                    "source_domain": f"site{k}.example",
                    "published_at": None if open_month else published,
                    "subject": subject,
                    "metric": metric,
                    "value": stated,
                    "unit": unit,
                    "qualifier": qualifier,
                    "status": status,
                    "period_kind": "month" if monthly else "window",
                    "period_start": start if monthly and not open_month else None,
                    "period_end": end if monthly and not open_month else None,
                    "period_text": f"in {calendar.month_name[month]}" if open_month else window,
                    "evidence": "generated",
                    "language": "en" if k % 3 else "zh",
                    "published_date": published.date(),
                }
            )
    return rows[:n]


def write_events(storage: Storage, rows: list[dict[str, Any]]) -> None:
    by_day: dict[dt.date, list[dict[str, Any]]] = {}
    for r in rows:
        by_day.setdefault(r["published_date"], []).append(r)
    for day, day_rows in by_day.items():
        storage.write_part(METRIC_EVENTS, day, day_rows)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, help="event counts (10000 100000)")
    parser.add_argument(
        "--undated", type=float, default=0.05, help="share of a month's restatements undated"
    )
    args = parser.parse_args(argv)
    sizes = args.sizes or [10_000, 100_000]
    results = []
    for n in sizes:
        rows = generate(n, undated=args.undated)
        events = [FactEvent.from_row(r) for r in rows]
        started = time.perf_counter()
        facts = facts_from_events(events)
        core_s = time.perf_counter() - started
        with tempfile.TemporaryDirectory() as root:
            storage = Storage(root)
            write_events(storage, rows)
            config = Config.model_validate({"storage": root})
            summary = run_facts(config)
            job_rows = storage.read(FACTS, ["fact_id"]).num_rows
        result = {
            "events": n,
            "undated": args.undated,
            "facts": len(facts),
            "job_facts": job_rows,
            "core_s": round(core_s, 2),
            "job_s": round(summary.total_seconds, 2),
            "events_per_s_job": int(n / summary.total_seconds),
        }
        results.append(result)
        print(
            f"{n:>8} events  {len(facts):>7} facts  core {core_s:6.2f} s  "
            f"Beam job {summary.total_seconds:6.2f} s (read, group, write)",
            file=sys.stderr,
        )
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
