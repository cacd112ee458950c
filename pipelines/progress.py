"""A one-line progress display on a terminal: counts per stage, redrawn in place.

DoFns call `tick`; it prints only when the launcher turned it on (stderr is a TTY) and the DoFn
runs in the launcher's process (the DirectRunner's in-memory mode). Elsewhere it is silent.
"""

import os
import sys
import threading
import time

_ENV = "XAUTO_PROGRESS"
_lock = threading.Lock()
_counts: dict[str, int] = {}
_last_draw = 0.0
_totals: dict[str, int] = {}  # stages whose size is known (pages to fetch, after the poll)
_started: dict[str, float] = {}  # monotonic time of a stage's first tick


def enable() -> None:
    os.environ[_ENV] = "1"


def tick(stage: str, n: int = 1) -> None:
    global _last_draw
    if os.environ.get(_ENV) != "1":
        return
    with _lock:
        now = time.monotonic()
        _started.setdefault(stage, now)
        _counts[stage] = _counts.get(stage, 0) + n
        if now - _last_draw < 0.1:
            return
        _last_draw = now
        line = status_line(_counts, _totals, _started, now)
        sys.stderr.write(f"\r\x1b[K{line}")
        sys.stderr.flush()


def finish() -> None:
    if os.environ.get(_ENV) == "1" and _counts:
        sys.stderr.write("\r\x1b[K")
        sys.stderr.flush()


def set_total(stage: str, total: int) -> None:
    """The stage's size, once known (the launcher knows the pages to fetch after the poll): the
    line then shows `done/total` and the time left. Restarts the stage's count and clock."""
    with _lock:
        _totals[stage] = total
        _counts.pop(stage, None)
        _started.pop(stage, None)


def add_total(stage: str, more: int) -> None:
    """More of a stage's work became known while it runs (a poll's new pages, counted in the
    pipeline that fetches them): the total grows; the count and clock go on."""
    with _lock:
        _totals[stage] = _totals.get(stage, 0) + more


def eta_seconds(done: int, total: int, elapsed: float) -> float | None:
    """Time left at the rate so far; None before there is a rate to go by."""
    if done <= 0 or elapsed <= 0:
        return None
    return max(0.0, (total - done) * elapsed / done)


def _duration(seconds: float) -> str:
    s = round(seconds)
    return f"{s // 60} min {s % 60:02d} s" if s >= 60 else f"{s} s"


def status_line(
    counts: dict[str, int], totals: dict[str, int], started: dict[str, float], now: float
) -> str:
    """`feeds 4  pages 120/1000  articles 80/1000  about 2 min 10 s left`: the time left is the
    slowest stage's (articles finish last)."""
    parts, left = [], []
    for stage, done in counts.items():
        total = totals.get(stage)
        if total is None:
            parts.append(f"{stage} {done}")
            continue
        parts.append(f"{stage} {done}/{total}")
        eta = eta_seconds(done, total, now - started.get(stage, now))
        if eta is not None:
            left.append(eta)
    if left:
        parts.append(f"about {_duration(max(left))} left")
    return "  ".join(parts)
