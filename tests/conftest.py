"""Shared fixtures: paths to ../shared (optional) and a loopback HTTP server for fault tests."""

import atexit
import ipaddress
import os
import shutil
import signal
import socket
import tempfile
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from pipelines.storage import Storage
from schemas import ARTICLES, FEED_ENTRIES, METRIC_EVENTS, RAW_PAGES

# The zygotes the tests start keep their compiled-pattern table (pipelines/core/pattern_cache.py)
# in a directory of this test process, not in the user's cache.
if "XAUTO_CACHE_DIR" not in os.environ:
    os.environ["XAUTO_CACHE_DIR"] = tempfile.mkdtemp(prefix="xauto-test-cache-")
    atexit.register(shutil.rmtree, os.environ["XAUTO_CACHE_DIR"], True)

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A path in ../shared, or skip the test with the reason when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(
            f"{path} is absent (../shared sits beside the repo in CI, not in a fresh clone)"
        )
    return path


def _is_ip_literal(host: object) -> bool:
    name = host.decode() if isinstance(host, bytes) else str(host)
    try:
        ipaddress.ip_address(name.split("%")[0])
    except ValueError:
        return False
    return True


def _is_loopback(host: object) -> bool:
    name = host.decode() if isinstance(host, bytes) else str(host or "localhost")
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name.split("%")[0]).is_loopback
    except ValueError:
        return False


@pytest.fixture(autouse=True)
def no_outside_host(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fail any test whose code (ours or a library's) tries to resolve or connect to a host
    other than loopback: tests run offline by rule, and an attempt that fails quietly here
    (no network) would succeed, and change what runs, on a machine that has one.
    Covers this process; servers and workers the tests start are loopback by construction.
    """
    tried: list[str] = []
    real_getaddrinfo = socket.getaddrinfo
    real_connect = socket.socket.connect

    def getaddrinfo(host: object, *args: object, **kwargs: object) -> object:
        if not (_is_loopback(host) or _is_ip_literal(host)):  # a literal needs no DNS
            tried.append(f"resolve {host!r}")
            raise socket.gaierror(socket.EAI_NONAME, f"test guard: {host!r} is not loopback")
        return real_getaddrinfo(host, *args, **kwargs)  # type: ignore[arg-type]

    def connect(self: socket.socket, address: object) -> None:
        if self.family in (socket.AF_INET, socket.AF_INET6):
            host = address[0] if isinstance(address, tuple) else address
            if not _is_loopback(host):
                tried.append(f"connect {address!r}")
                raise ConnectionRefusedError(f"test guard: {address!r} is not loopback")
        real_connect(self, address)  # type: ignore[arg-type]

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(socket.socket, "connect", connect)
    yield
    assert not tried, f"the test tried to reach hosts outside this machine: {tried}"


_STATUS = Path("/proc/self/status")


def _signal_state() -> dict[str, object]:
    """What a child started later inherits (ignored signals survive exec; the mask is the
    starting thread's) and what decides how this process stops (its SIGINT/SIGTERM handlers).
    SigIgn is read from /proc, as a library may change it in C; Linux only, else handlers."""
    state: dict[str, object] = {
        "SIGINT handler": signal.getsignal(signal.SIGINT),
        "SIGTERM handler": signal.getsignal(signal.SIGTERM),
        "blocked": frozenset(signal.pthread_sigmask(signal.SIG_BLOCK, [])),
    }
    if _STATUS.exists():
        for line in _STATUS.read_text().splitlines():
            if line.startswith("SigIgn:"):
                bits = int(line.split()[1], 16)
                ignored = (n for n in range(1, signal.NSIG) if bits >> (n - 1) & 1)
                state["ignored"] = frozenset(_signal_name(n) for n in ignored)
    return state


def _signal_name(n: int) -> str:
    try:
        return signal.Signals(n).name
    except ValueError:
        return str(n)  # glibc's own real-time signals have no name


# Dagster's in-process runs (materialize, execute_in_process, sensors evaluated in the test) end
# by giving SIGTERM the handler SIGINT has, not the one SIGTERM had (setup_interrupt_handlers in
# dagster/_utils/interrupts.py). In a pytest started in the background by a script SIGINT is
# ignored, so SIGTERM stayed ignored for the rest of the session: `make ui`, started by a later
# test, inherited that, GNU make kept it, never passed a SIGTERM on, and the UI's whole tree
# outlived test_ui_shutdown (tests/orchestration/test_dagster_signals.py shows it). Those
# tests live here; their SIGTERM is put back. (Not in a tests/orchestration/conftest.py: a
# second module named conftest would shadow this one for `from conftest import ...`.)
_DAGSTER_IN_PROCESS = REPO / "tests" / "orchestration"


@pytest.fixture(scope="session")
def signal_baseline() -> dict[str, object]:
    """The state the session started with. Compared with it, not with the state before each
    test: a module-scoped fixture runs before a test's own fixtures (test_dagster_runs'
    `ingested` runs Dagster so), and its change would otherwise pass as the test's start."""
    return _signal_state()


@pytest.fixture(autouse=True)
def signals_left_as_found(
    request: pytest.FixtureRequest, signal_baseline: dict[str, object]
) -> Iterator[None]:
    """Fail a test after which this process's signal state differs from the session's start
    (the test's or a fixture's doing), and put it back: every process a later test starts
    inherits it (see _DAGSTER_IN_PROCESS for the case that was)."""
    yield
    sigterm = signal_baseline["SIGTERM handler"]
    if request.path.is_relative_to(_DAGSTER_IN_PROCESS) and sigterm is not None:
        signal.signal(signal.SIGTERM, sigterm)  # type: ignore[arg-type]
    after = _signal_state()
    if after == signal_baseline:
        return
    for sig in (signal.SIGINT, signal.SIGTERM):
        handler = signal_baseline[f"{sig.name} handler"]
        if handler is not None:  # None: set outside Python, cannot be put back from here
            signal.signal(sig, handler)  # type: ignore[arg-type]
    signal.pthread_sigmask(signal.SIG_SETMASK, signal_baseline["blocked"])  # type: ignore[arg-type]
    changed = {
        k: (signal_baseline.get(k), after.get(k))
        for k in after
        if signal_baseline.get(k) != after.get(k)
    }
    pytest.fail(
        "the test (or a fixture it uses) left this process's signal state changed from the"
        f" session's start (start, now): {changed}"
    )


Route = Callable[[BaseHTTPRequestHandler], None]


class LoopbackServer:
    """A real HTTP server on 127.0.0.1 whose answers are set per path by the test."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: dict[str, int] = {}
        routes, hits = self.routes, self.hits

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                path = self.path.split("?", 1)[0]
                hits[path] = hits.get(path, 0) + 1
                route = routes.get(path)
                if route is None:
                    self.send_response(404)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                route(self)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True).start()

    def reply(
        self, path: str, status: int = 200, body: bytes = b"", headers: dict[str, str] | None = None
    ) -> None:
        def route(h: BaseHTTPRequestHandler) -> None:
            h.send_response(status)
            for k, v in (headers or {}).items():
                h.send_header(k, v)
            h.send_header("Content-Length", str(len(body)))
            h.end_headers()
            h.wfile.write(body)

        self.routes[path] = route

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    srv = LoopbackServer()
    yield srv
    srv.close()


def snapshot(root: Path | str) -> dict[str, list[tuple[object, ...]]]:
    """The content that must match: keys and payload hashes, not timestamps of the run."""
    s = Storage(str(root))
    return {
        "feed_entries": sorted(
            (r["entry_id"], r["canonical_url"])
            for r in s.read(FEED_ENTRIES, ["entry_id", "canonical_url"]).to_pylist()
        ),
        "raw_pages": sorted(
            (r["url"], r["page_id"]) for r in s.read(RAW_PAGES, ["url", "page_id"]).to_pylist()
        ),
        "articles": sorted(
            (r["article_id"], r["text_sha256"], r["published_date"])
            for r in s.read(ARTICLES, ["article_id", "text_sha256", "published_date"]).to_pylist()
        ),
        "metric_events": sorted(
            (r["event_id"], r["metric"], r["value"])
            for r in s.read(METRIC_EVENTS, ["event_id", "metric", "value"]).to_pylist()
        ),
    }
