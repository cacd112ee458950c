"""One writer at a time per storage root: a scheduled run and a backfill never interleave.

A POSIX advisory lock on `<root>/_state/writer.lock`; released by the kernel if the process
dies, so a killed run never leaves a stale lock. Object stores have no such lock: there, use
Dagster's concurrency limits (deploy/README.md).
"""

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager


class LockTimeout(RuntimeError):
    pass


@contextmanager
def writer_lock(root: str, timeout: float = 3600.0) -> Iterator[None]:
    if "://" in root and not root.startswith("file://"):
        yield  # not a local path: rely on the orchestrator's concurrency limit
        return
    folder = os.path.join(root.removeprefix("file://"), "_state")
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, "writer.lock")
    with open(path, "a+") as fh:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise LockTimeout(f"another xauto run holds {path}") from None
                time.sleep(0.2)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)
