"""`make ui`: `dagster dev` on this code location, which stops on SIGTERM however it was started.

A command started in the background by a non-interactive shell (a script, CI, `make ui &`)
inherits SIGINT ignored. Python then leaves SIGINT ignored, and `dagster dev` maps SIGTERM to
the SIGINT handler it finds, so the whole tree (dev, webserver, daemon, code servers) ignored
SIGTERM and had to be killed one by one. Giving SIGINT a handler before starting `dagster dev`
makes it the default there and in its children (exec resets handled signals, not ignored ones).

`dagster dev` runs in its own process group under this small supervisor: Ctrl-C or SIGTERM
is passed to the whole group, and whatever has not stopped after GRACE_SECONDS is killed, so
a code server caught mid-shutdown cannot keep the tree alive (seen in loaded test runs).

    python -m orchestration.ui [dagster dev options, e.g. -h 127.0.0.1 -p 3000]
"""

import contextlib
import os
import signal
import subprocess
import sys
import time
from types import FrameType

GRACE_SECONDS = 20.0


def _signal_group(pgid: int, sig: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, sig)


def main(argv: list[str]) -> int:
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # in case it came ignored too
    dagster = os.path.join(os.path.dirname(sys.executable), "dagster")
    proc = subprocess.Popen(
        [dagster, "dev", "-m", "orchestration.definitions", *argv], process_group=0
    )
    stop_at: list[float] = []

    def stop(signum: int, frame: FrameType | None) -> None:
        if not stop_at:
            stop_at.append(time.monotonic() + GRACE_SECONDS)
            _signal_group(proc.pid, signal.SIGTERM)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    while True:
        try:
            code = proc.wait(0.5)
            break
        except subprocess.TimeoutExpired:
            if stop_at and time.monotonic() > stop_at[0]:
                _signal_group(proc.pid, signal.SIGKILL)
    # what `dagster dev` left of its tree (a daemon, a code server) goes with it
    _signal_group(proc.pid, signal.SIGTERM)
    time.sleep(0.5)
    _signal_group(proc.pid, signal.SIGKILL)
    return 0 if stop_at else code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
