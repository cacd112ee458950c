"""The local writer lock says who holds it and that a run waits (issue 11, item 7).

The holder is a real second process; the lock is the kernel's flock.
"""

import os
import socket
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipelines.locks import Holder, LockTimeout, writer_lock

REPO = Path(__file__).resolve().parents[2]
XAUTO = Path(sys.executable).parent / "xauto"

HOLD = textwrap.dedent(
    """
    import sys, time
    from pipelines.locks import writer_lock
    with writer_lock(sys.argv[1]):
        print("held", flush=True)
        time.sleep(float(sys.argv[2]))
    """
)


@pytest.fixture
def holder(tmp_path: Path) -> Iterator[subprocess.Popen[str]]:
    """A second process holding the lock of tmp_path/data until it is killed."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(tmp_path / "data"), "120"],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    yield proc
    proc.kill()
    proc.wait(10)


def test_a_waiting_writer_names_the_holder_then_times_out(
    tmp_path: Path, holder: subprocess.Popen[str]
) -> None:
    said: list[str] = []
    started = time.monotonic()
    lock = writer_lock(str(tmp_path / "data"), timeout=1.0, notify=said.append)
    with pytest.raises(LockTimeout) as raised, lock:
        pass
    assert 1.0 <= time.monotonic() - started < 10
    who = f"pid {holder.pid} on {socket.gethostname()}"
    assert said and said[0].startswith("waiting for the writer lock ") and who in said[0]
    assert who in str(raised.value) and "gave up after 1 s" in str(raised.value)


def test_the_lock_file_names_its_holder_and_is_taken_when_freed(
    tmp_path: Path, holder: subprocess.Popen[str]
) -> None:
    path = tmp_path / "data" / "_state" / "writer.lock"
    seen = Holder.decode(path.read_bytes())
    assert seen is not None and seen.pid == holder.pid and seen.host == socket.gethostname()
    holder.kill()  # the kernel drops a dead holder's flock
    holder.wait(10)
    with writer_lock(str(tmp_path / "data"), timeout=5.0, notify=pytest.fail):
        mine = Holder.decode(path.read_bytes())
        assert mine is not None and mine.pid == os.getpid()


def test_xauto_run_tells_the_user_it_waits_and_for_whom(
    tmp_path: Path, holder: subprocess.Popen[str]
) -> None:
    """The CLI run waits (up to an hour by default): it must say so on stderr at once, then
    carry on when the holder goes."""
    run = subprocess.Popen(
        [str(XAUTO), "run", "--storage", str(tmp_path / "data"), "--feeds", os.devnull],
        stderr=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert run.stderr is not None
    deadline = time.monotonic() + 120
    line = ""
    while time.monotonic() < deadline and "writer lock" not in line:
        line = run.stderr.readline()
        if not line and run.poll() is not None:
            break
    assert "waiting for the writer lock" in line and f"pid {holder.pid}" in line, line
    holder.kill()
    _, rest = run.communicate(timeout=180)
    assert run.returncode == 0, rest[-2000:]
