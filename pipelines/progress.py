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


def enable() -> None:
    os.environ[_ENV] = "1"


def tick(stage: str, n: int = 1) -> None:
    global _last_draw
    if os.environ.get(_ENV) != "1":
        return
    with _lock:
        _counts[stage] = _counts.get(stage, 0) + n
        now = time.monotonic()
        if now - _last_draw < 0.1:
            return
        _last_draw = now
        line = "  ".join(f"{k} {v}" for k, v in _counts.items())
        sys.stderr.write(f"\r\x1b[K{line}")
        sys.stderr.flush()


def finish() -> None:
    if os.environ.get(_ENV) == "1" and _counts:
        sys.stderr.write("\r\x1b[K")
        sys.stderr.flush()
