"""`xauto status` in a real terminal (a pty) gets colours; piped, plain text. Failing first."""

import datetime as dt
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from pipelines.storage import Storage
from schemas import FEED_ENTRIES, FEED_POLLS

NOW = dt.datetime.now(dt.UTC)
RED, GREEN, YELLOW = "\x1b[31m", "\x1b[32m", "\x1b[33m"


def poll(url: str, hours_ago: float, error: str | None = None, status: int = 200) -> dict:
    at = NOW - dt.timedelta(hours=hours_ago)
    return {
        "poll_id": f"{url}-{hours_ago}",
        "feed_url": url,
        "polled_at": at,
        "http_status": status,
        "not_modified": status == 304,
        "bozo": False,
        "entries_seen": 3,
        "new_entries": 0,
        "error": error,
        "duration_ms": 12,
    }


@pytest.fixture
def root(tmp_path: Path) -> str:
    s = Storage(str(tmp_path / "data"))
    rows = [
        poll("http://127.0.0.1:1/ok.xml", 2),
        poll("http://127.0.0.1:1/ok.xml", 1, status=304),
        poll("http://127.0.0.1:1/down.xml", 3),
        poll("http://127.0.0.1:1/down.xml", 2, "HTTP 503", 503),
        poll("http://127.0.0.1:1/down.xml", 1, "Timeout: read timed out", 0),
        poll("http://127.0.0.1:1/old.xml", 80),  # not polled for over a day
    ]
    s.write_part(FEED_POLLS, NOW.date(), rows)
    entry = {
        "entry_id": "e1",
        "feed_url": "http://127.0.0.1:1/ok.xml",
        "first_seen_at": NOW - dt.timedelta(days=1),
    }
    s.write_part(FEED_ENTRIES, NOW.date(), [entry])
    return s.root


def xauto(*args: str, tty: bool) -> str:
    cmd = [sys.executable, "-m", "pipelines.cli", *args]
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    if not tty:
        return subprocess.run(cmd, capture_output=True, text=True, check=True, env=env).stdout
    leader, follower = pty.openpty()
    proc = subprocess.run(cmd, stdout=follower, stderr=subprocess.PIPE, env=env, check=True)
    os.close(follower)
    out = b""
    try:
        while chunk := os.read(leader, 65536):
            out += chunk
    except OSError:  # EIO: the terminal's other end is closed, all is read
        pass
    os.close(leader)
    assert proc.returncode == 0
    return out.decode().replace("\r\n", "\n")


def test_plain_when_piped_failing_first(root: str) -> None:
    lines = xauto("status", "--storage", root, tty=False).splitlines()
    assert "\x1b" not in "\n".join(lines)
    assert lines[1].startswith("FAIL") and "down.xml" in lines[1]
    assert lines[1].split()[1] == "2"  # two failures in a row
    assert "last error: Timeout: read timed out" in lines[1]
    assert [ln.split()[0] for ln in lines[2:4]] == ["ok", "STALE"]  # by URL: ok.xml < old.xml
    # ok.xml: 0 failures, answered 304 an hour ago, 1 entry in 7 days
    assert lines[2].split()[1:7] == ["0", "304", "1", "h", "ago", "1"]
    assert lines[-1] == "3 feeds, 1 failing"


def test_colours_on_a_terminal(root: str) -> None:
    out = xauto("status", "--storage", root, tty=True)
    lines = out.splitlines()
    assert lines[1].startswith(RED) and "down.xml" in lines[1]
    assert lines[2].startswith(GREEN) and "ok.xml" in lines[2]
    assert lines[3].startswith(YELLOW) and "old.xml" in lines[3]
    assert xauto("status", "--storage", root, "--color", "never", tty=True).count("\x1b") == 0


def test_no_polls_yet(tmp_path: Path) -> None:
    out = xauto("status", "--storage", str(tmp_path), tty=False)
    assert out.startswith("no feed has been polled yet")
