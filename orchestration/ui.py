"""`make ui`: `dagster dev` on this code location, which stops on SIGTERM however it was started.

A command started in the background by a non-interactive shell (a script, CI, `make ui &`)
inherits SIGINT ignored. Python then leaves SIGINT ignored, and `dagster dev` maps SIGTERM to
the SIGINT handler it finds, so the whole tree (dev, webserver, daemon, code servers) ignored
SIGTERM and had to be killed one by one. Giving SIGINT a handler again before exec makes it
the default in `dagster dev` and its children (exec resets handled signals, not ignored ones),
so SIGTERM and Ctrl-C shut all of them down through dagster's own shutdown path.

    python -m orchestration.ui [dagster dev options, e.g. -h 127.0.0.1 -p 3000]
"""

import os
import signal
import sys


def main(argv: list[str]) -> None:
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # in case it came ignored too
    dagster = os.path.join(os.path.dirname(sys.executable), "dagster")
    os.execv(dagster, [dagster, "dev", "-m", "orchestration.definitions", *argv])


if __name__ == "__main__":
    main(sys.argv[1:])
