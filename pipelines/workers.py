"""Cleaning and extraction in worker processes: every core, and a time budget per page.

Why processes: trafilatura and the extractor hold the GIL, so threads give one core; and a
Python thread cannot be stopped, so a page that runs for minutes (hostile text, a cue someone
configured that backtracks) could only ever be stopped by killing the process that runs it.
Each worker cleans and extracts one page at a time, with the next one already waiting in its
pipe; the parent kills a worker whose page is over its budget, forks a fresh one from a warm
zygote, and reports the page as an error.

The zygote is one helper process (`python -m pipelines.workers`) that imports trafilatura and
the extractor once, cleans a small page to load what they load lazily, then forks a worker per
request: a worker starts in milliseconds, and nothing is forked from the parent itself, whose
fetch and Beam threads may hold locks. multiprocessing's own fork server was the first choice;
it re-runs the parent's main script in every worker, which breaks a script without an
`if __name__ == "__main__"` guard (it recursed here), so the zygote takes nothing from the
parent but a socket.

No Beam here: the DoFn in transforms.py is the thin adapter. Protocol, one pipe per worker:
  parent → worker: a job (a dict: url, body, ... see `job`; framed by `encode_job`, the body
                   outside the pickle), or None (pickled) to stop;
  worker → parent: ("article", row, clean_cpu_ms), then ("events", rows, error, extract_cpu_ms,
                   wait_ms); or ("cleanfail", error_type, message, clean_cpu_ms, wait_ms).
                   wait_ms: how long the worker waited for this page after the last one.
The article is sent before extraction starts, so a page over budget in extraction still
keeps its article (with no events), and one over budget in cleaning has none.
"""

import atexit
import contextlib
import datetime as dt
import gc
import math
import os
import pickle
import select
import signal
import socket
import struct
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from typing import Any

# The cleaner, the extractor and the records module are imported where they are used, not
# here: `start_zygote` is called first thing by the command line, and the zygote then imports
# them (about a second) while this process imports Beam.
Row = dict[str, Any]

# Pages a worker cleans before it is replaced by a fresh fork (about 10 ms): memory that a
# large page or lxml left in the process goes back to the system, so a run of any length
# stays flat. Not calibrated beyond "rare enough to cost nothing, often enough to matter".
PAGES_PER_WORKER = 500
# Pages sent to a worker at once: the one it cleans and the next ones, waiting in its pipe (see
# PagePool), about 0.1 s of work in all: enough to cover this process's stalls (staging a
# Parquet file of 500 raw pages takes longer than one page's cleaning), few enough that the
# workers end a run at about the same time. Four against two, 400 pages, 2 workers, two
# interleaved pairs on a busy 2-core machine: cleaning CPU 31.0 / 35.0 against 33.5 / 40.8 ms
# a page (a worker that never waits keeps its core and its caches warm); six against two in
# two more pairs: 37.3 / 36.9 against 44.1 / 45.2.
QUEUE_DEPTH = 4
# The send buffer asked for on the parent's end of each worker's pipe, so that a page queued
# for a busy worker is written at once (the kernel may give less; larger pages then wait
# until the worker is free). Pages are capped by http.max_bytes; most are under 1 MB.
_SEND_BUFFER = 4 << 20
# Bytes of a job besides its body (URL, ids, title, pickle framing), with room to spare.
_PICKLE_MARGIN = 64 << 10
# Seconds the parent waits for the zygote to report how a dead worker ended.
_STATUS_WAIT = 1.0
# Seconds the zygote waits, once the parent is gone, for its workers to end (the parent
# waits 1 s for the zygote).
_REAP_WAIT = 0.5
# A page the zygote cleans and extracts once, so trafilatura's lazy imports and caches are
# loaded before any fork: every worker inherits them. Its URL's host has a three-letter name:
# trafilatura's metadata then falls back from courlan's domain pattern to `tld`, which reads
# the public suffix list into a process on first use (50 to 130 ms); real pages' URLs take
# that path too (every worker of a 100-page bench run did), and each worker read it itself.
_WARM_URL = "https://www.xyz.example/2024/06/01/warm-up.html"
_WARM_PAGE = (
    b"<html lang='en'><head><title>Warm-up</title></head><body><article><p>Xiaomi delivered "
    b"10,000 SU7 sedans in May 2024, the company said on Saturday, and plans to deliver "
    b"more.</p></article></body></html>"
)


def default_workers() -> int:
    """Every core this process may run on (the CPU affinity mask, not the machine's count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def job(page: Row, title: str | None, published_at: dt.datetime | None) -> dict[str, Any]:
    """What a worker needs of a page: the stored row's few columns, not the whole row."""
    return {
        "url": str(page["url"]),
        "final_url": page.get("final_url"),
        "page_id": page["page_id"],
        "fetched_at": page["fetched_at"],
        "content_type": page.get("content_type"),
        "body": page["body"] or b"",
        "title": title,
        "published_at": published_at,
    }


def process_page(work: dict[str, Any], config: Any, version: str) -> Iterator[tuple[Any, ...]]:
    """One page's messages, in order (see the module docstring). Runs in a worker.
    `config`: the extractor's ExtractorConfig."""
    from pipelines.core import metrics as extractor
    from pipelines.core.clean import clean_html
    from pipelines.core.records import article_row, event_rows

    started = time.thread_time()
    try:
        cleaned = clean_html(work["body"], work["url"], work["content_type"])
    except Exception as exc:  # trafilatura/lxml on hostile markup: record, keep going
        yield ("cleanfail", type(exc).__name__, str(exc), _cpu_ms(started))
        return
    article = article_row(
        work,
        cleaned,
        feed_title=work["title"],
        feed_published_at=work["published_at"],
        extractor_version=version,
    )
    yield ("article", article, _cpu_ms(started))
    started = time.thread_time()
    error = None
    try:
        events = extractor.extract_events(
            cleaned.text,
            published=article["published_at"].date(),
            language=cleaned.language,
            config=config,
            title=article["title"],
        )
    except Exception as exc:  # an extractor bug on one article must not stop the run
        events, error = [], (type(exc).__name__, str(exc))
    yield ("events", event_rows(article, events, version), error, _cpu_ms(started))


def _worker_main(conn: Connection, entities: str | None, version: str) -> None:
    from pipelines.core import metrics as extractor

    config = extractor.load_config(entities)
    sent: float | None = None  # when the last page's result went out
    while True:
        try:
            work = decode_job(conn.recv_bytes())
        except (EOFError, OSError):  # the parent is gone
            return
        if work is None:
            return
        # How long this worker sat idle waiting for the page: the parent's latency in handing
        # out work (0 while the next page waits in the pipe). Not counted for the first page.
        waited = 0 if sent is None else int((time.monotonic() - sent) * 1000)
        for message in process_page(work, config, version):
            if message[0] != "article":  # the page's last message carries it
                message = (*message, waited)
            conn.send(message)
        sent = time.monotonic()


@dataclass
class Outcome:
    """A finished page, as the parent sees it. `errors` are (stage, error_type, message)."""

    url: str
    article: Row | None = None
    events: list[Row] = field(default_factory=list)
    errors: list[tuple[str, str, str]] = field(default_factory=list)
    clean_cpu_ms: int = 0
    extract_cpu_ms: int = 0
    wait_ms: int = 0  # the worker idle before this page (see _worker_main)
    killed: bool = False


@dataclass
class _Slot:
    pid: int
    conn: Connection
    queue_bytes: int = 0  # a page this size or less is sent while the worker is busy
    # Pages sent to this worker, oldest first: the first is the one it works on, the others
    # wait in its pipe. Each with its job, to send again to a replacement if the worker dies.
    inflight: deque[tuple[Outcome, dict[str, Any]]] = field(default_factory=deque)
    inflight_bytes: int = 0  # body bytes of the pages in flight (kept, not summed per call)
    started: float = 0.0  # when the first page in flight started (its budget runs from then)
    cleaned: bool = False  # the first page in flight has its article
    pages: int = 0  # done by this process
    unread: bytearray = field(default_factory=bytearray)  # a message not all arrived yet

    @property
    def outcome(self) -> Outcome | None:
        """The page the worker is on, if any."""
        return self.inflight[0][0] if self.inflight else None

    def push(self, work: dict[str, Any]) -> None:
        self.inflight.append((Outcome(work["url"]), work))
        self.inflight_bytes += len(work["body"])

    def pop(self) -> Outcome:
        """The first page in flight, taken off."""
        out, work = self.inflight.popleft()
        self.inflight_bytes -= len(work["body"])
        return out

    def waiting_bytes(self) -> int:
        """What the pages queued behind the first take in the pipe (bodies and margins)."""
        if not self.inflight:
            return 0
        behind = len(self.inflight) - 1
        return self.inflight_bytes - len(self.inflight[0][1]["body"]) + behind * _PICKLE_MARGIN


class PagePool:
    """`workers` processes, each with up to QUEUE_DEPTH pages sent; a page over `budget` s
    is killed.

    A worker gets its next page while still on the current one, so it never waits for this
    process to read its result and answer: this process's main thread also runs Beam, writes
    Parquet and takes turns with the fetch threads for the GIL, and with one page per worker
    each of its stalls left the workers idle.

    Not thread-safe: one bundle uses a pool at a time (see `lease`).
    """

    def __init__(self, workers: int, entities: str | None, version: str, budget: float) -> None:
        self.key = (workers, entities, version)
        self.entities, self.version, self.budget = entities, version, budget
        self.slots = [self._start() for _ in range(workers)]
        self.killed = 0

    def _start(self) -> _Slot:
        return _Slot(*_zygote().fork(self.entities, self.version))

    def _room(self, slot: _Slot, size: int) -> bool:
        """Whether the slot takes a page of `size` body bytes now: any page when its worker
        has none; else up to QUEUE_DEPTH, none queued behind the last page of a worker's
        share (it is retired once it has none), and only pages that fit in the pipe's buffer
        together with those already waiting there: a busy worker reads nothing, so more
        would block this process until the worker finished its page, which is the stall the
        queue is there to avoid."""
        if not slot.inflight:
            return True
        return (
            len(slot.inflight) < QUEUE_DEPTH
            and slot.pages + len(slot.inflight) < PAGES_PER_WORKER
            and slot.waiting_bytes() + size + _PICKLE_MARGIN <= slot.queue_bytes
        )

    def idle(self, size: int = 0) -> int:
        """Slots that take a page of `size` body bytes now (`submit` needs one)."""
        return sum(1 for s in self.slots if self._room(s, size))

    def busy(self) -> int:
        return sum(1 for s in self.slots if s.inflight)

    def submit(self, work: dict[str, Any]) -> None:
        """Hand a page to a worker with room, the least loaded first (an idle one, else the
        one with the fewest bytes of HTML in flight: cleaning time grows with the page, and
        workers that hold about the same work finish a run together); call only when
        `idle()`."""
        size = len(work["body"])
        slot = min(
            (s for s in self.slots if self._room(s, size)),
            key=lambda s: (bool(s.inflight), s.inflight_bytes),
        )
        first = not slot.inflight
        slot.push(work)
        if first:
            slot.started, slot.cleaned = time.monotonic(), False
        try:
            _send(slot.conn, work)
        except (BrokenPipeError, OSError):
            if first:  # the worker died while idle: replace it, which sends the page again
                self._replace(slot)
            # else it died on an earlier page: reading its pipe finds that, and the
            # replacement gets this page

    def collect(self, timeout: float | None) -> list[Outcome]:
        """Finished pages, waiting at most `timeout` s (None: until one finishes or a page's
        budget runs out). Pages over budget come back with a Timeout error."""
        busy = [s for s in self.slots if s.inflight]
        if not busy:
            return []
        until_deadline = max(0.0, min(s.started for s in busy) + self.budget - time.monotonic())
        wait_for = until_deadline if timeout is None else min(timeout, until_deadline)
        ready = _ready(busy, wait_for)  # a dead worker's pipe: EOF, ready
        done: list[Outcome] = []
        for slot in busy:
            if slot.conn.fileno() in ready:
                done += self._read(slot, ready=True)
        now = time.monotonic()
        for slot in busy:
            if slot.inflight and now - slot.started > self.budget:
                done += self._read(slot)  # a result that arrived just now still counts
                if slot.inflight and time.monotonic() - slot.started > self.budget:
                    done.append(self._kill(slot, "Timeout", f"over the {self.budget:g} s budget"))
        return done

    def _read(self, slot: _Slot, ready: bool = False) -> list[Outcome]:
        """Take every message waiting on the slot's pipe; the pages it finished. `ready`: a
        poll has just said the pipe has data (or an EOF), so it is not asked again."""
        done: list[Outcome] = []
        try:
            for message in _arrived(slot, ready):
                out = slot.inflight[0][0]
                kind = message[0]
                if kind == "article":
                    out.article, out.clean_cpu_ms, slot.cleaned = message[1], message[2], True
                    continue
                if kind == "cleanfail":
                    out.errors.append(("clean", message[1], message[2]))
                    out.clean_cpu_ms = message[3]
                else:
                    out.events, out.extract_cpu_ms = message[1], message[3]
                    if message[2] is not None:
                        out.errors.append(("extract", *message[2]))
                out.wait_ms = message[4]
                done.append(self._finish(slot))
        except (EOFError, OSError):  # its end of the pipe closed: the worker is gone
            status = _zygote().exit_status(slot.pid)
            if status is None:
                why = "unknown status"
            elif os.WIFSIGNALED(status):
                why = f"signal {os.WTERMSIG(status)}"
            else:
                why = f"status {os.waitstatus_to_exitcode(status)}"
            done.append(self._kill(slot, "WorkerDied", f"the worker process ended ({why})"))
        return done

    def _finish(self, slot: _Slot) -> Outcome:
        """The first page in flight is done; the worker starts on the next one now."""
        out = slot.pop()
        slot.started, slot.cleaned = time.monotonic(), False
        slot.pages += 1
        if slot.pages >= PAGES_PER_WORKER and not slot.inflight:
            self._retire(slot)
        return out

    def _retire(self, slot: _Slot) -> None:
        """A fresh process for the slot: what lxml or a large page left behind is returned."""
        with contextlib.suppress(OSError):
            slot.conn.send(None)
        slot.conn.close()
        fresh = self._start()
        slot.pid, slot.conn, slot.queue_bytes, slot.pages = (
            fresh.pid,
            fresh.conn,
            fresh.queue_bytes,
            0,
        )
        slot.unread = bytearray()

    def _kill(self, slot: _Slot, error_type: str, message: str) -> Outcome:
        """The page stops where it is: an article cleaned before the kill is kept. Pages
        queued behind it go to the replacement."""
        out = slot.pop()
        out.killed = True
        out.errors.append(("extract" if slot.cleaned else "clean", error_type, message))
        self.killed += 1
        self._replace(slot)
        return out

    def _replace(self, slot: _Slot) -> None:
        """A fresh worker for the slot, sent every page still in flight."""
        with contextlib.suppress(ProcessLookupError):  # already gone (it died by itself)
            os.kill(slot.pid, signal.SIGKILL)
        slot.conn.close()
        fresh = self._start()
        slot.pid, slot.conn, slot.queue_bytes, slot.pages = (
            fresh.pid,
            fresh.conn,
            fresh.queue_bytes,
            0,
        )
        slot.unread = bytearray()
        slot.started, slot.cleaned = time.monotonic(), False
        for _, work in slot.inflight:
            _send(slot.conn, work)

    def close(self) -> None:
        """Stop the workers: idle ones exit on the stop message, busy ones are killed."""
        for slot in self.slots:
            if slot.inflight:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(slot.pid, signal.SIGKILL)
            else:
                with contextlib.suppress(OSError):
                    slot.conn.send(None)
            slot.conn.close()
        self.slots = []


class WorkerStartError(OSError):
    """The worker processes could not be started; the command line prints it on one line."""


class _Zygote:
    """The parent's handle on the zygote process: fork a worker, learn how one ended."""

    def __init__(self) -> None:
        ours, theirs = socket.socketpair()
        status_r, status_w = os.pipe()
        try:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "pipelines.workers", str(theirs.fileno()), str(status_w)],
                pass_fds=(theirs.fileno(), status_w),
                stdin=subprocess.DEVNULL,
            )
        except OSError as exc:  # e.g. this user may not execute the interpreter
            ours.close()
            theirs.close()
            os.close(status_r)
            os.close(status_w)
            raise WorkerStartError(
                f"cannot start the cleaning workers ({sys.executable}): {exc.strerror or exc}"
            ) from exc
        theirs.close()
        os.close(status_w)
        os.set_blocking(status_r, False)
        self.sock, self.status_r = ours, status_r
        self.lock = threading.Lock()
        self.ended: dict[int, int] = {}
        self.ready = False  # imports and warm-up done (about a second); see fork

    def alive(self) -> bool:
        return self.proc.poll() is None

    def fork(self, entities: str | None, version: str) -> tuple[int, Connection, int]:
        """A new worker: its pid, the parent's end of its pipe, and how many bytes that end
        takes without blocking (see PagePool._room)."""
        ours, theirs = socket.socketpair()
        with contextlib.suppress(OSError):  # the kernel caps it (net.core.wmem_max)
            ours.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, _SEND_BUFFER)
        # Linux reports twice the size asked for (its bookkeeping); half is what we may use.
        queue_bytes = ours.getsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF) // 2
        payload = pickle.dumps((entities, version))
        with self.lock:
            if not self.ready:  # the first fork waits for the warm-up
                if self.sock.recv(1) != b"R":
                    raise RuntimeError("the cleaning workers' zygote did not start (see stderr)")
                self.ready = True
            header = struct.pack("I", len(payload))
            socket.send_fds(self.sock, [header + payload], [theirs.fileno()])
            (pid,) = struct.unpack("i", _recv_exactly(self.sock, 4))
        theirs.close()  # the worker holds the only other end: its death is EOF here
        return pid, Connection(ours.detach()), queue_bytes

    def exit_status(self, pid: int) -> int | None:
        """The wait status of an ended worker (the zygote reaps it and reports it)."""
        deadline = time.monotonic() + _STATUS_WAIT
        while True:
            with self.lock:
                with contextlib.suppress(BlockingIOError):
                    while chunk := os.read(self.status_r, 8 * 256):
                        for i in range(0, len(chunk) - 7, 8):
                            dead, status = struct.unpack("ii", chunk[i : i + 8])
                            self.ended[dead] = status
                if pid in self.ended:
                    return self.ended.pop(pid)
            if time.monotonic() > deadline:
                return None
            time.sleep(0.01)

    def close(self) -> None:
        if not self.ready:  # still importing: nothing to finish, and no reason to wait for it
            self.proc.kill()
        self.sock.close()  # the zygote exits on EOF; the workers on theirs
        os.close(self.status_r)
        try:
            self.proc.wait(1)
        except subprocess.TimeoutExpired:
            # a process forked from this one after the zygote started holds a copy of the
            # socket, so no EOF comes: stop the zygote rather than outlive the run
            self.proc.terminate()
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.proc.wait(4)


_the_zygote: _Zygote | None = None
_zygote_lock = threading.Lock()


def _zygote() -> _Zygote:
    global _the_zygote
    with _zygote_lock:
        if _the_zygote is None or not _the_zygote.alive():
            _the_zygote = _Zygote()
        return _the_zygote


def start_zygote() -> None:
    """Start the zygote now, without waiting for it: a command that will clean pages calls
    this before it imports Beam, so the zygote's imports and warm-up run beside its own."""
    _zygote()


def _recv_exactly(sock: socket.socket, n: int) -> bytes:
    data = b""
    while len(data) < n:
        chunk = sock.recv(n - len(data))
        if not chunk:
            raise EOFError("the zygote closed its socket")
        data += chunk
    return data


def warm_up() -> None:
    """Import the cleaner and the rules and clean one page (the zygote, before its first
    fork). The rules' and trafilatura's patterns come compiled, and scan.py's reading of the
    rules' patterns comes made, from the last warm-up's table: about 0.75 s of this
    warm-up's 1.4 s of CPU (pipelines/core/pattern_cache.py)."""
    from pipelines.core import pattern_cache
    from pipelines.core.metrics import scan

    memos = {"scan": (pattern_cache.source_version(scan.__file__), scan.ANALYSES)}
    with pattern_cache.cached_patterns(pattern_cache.default_dir(), memos):
        from pipelines.core import metrics as extractor

        config = extractor.load_config()
        list(process_page(job(_warm_row(), None, None), config, "warm-up"))


def _zygote_main(sock_fd: int, status_fd: int) -> None:
    """The zygote: warm up, then fork one worker per request until the parent goes away."""
    # No cyclic collection while the imports and the warm-up allocate (the rules' parse
    # trees, trafilatura's tables): one full collection at the end does the same work once.
    # The run waits for this warm-up; 5 alternating runs each on a 2-core machine: 1.47 s of
    # CPU with, 1.53 s without.
    gc.disable()
    sock = socket.socket(fileno=sock_fd)
    os.set_blocking(status_fd, False)
    warm_up()
    # Everything loaded so far (trafilatura, lxml, the extractor's vocabulary) is moved out of
    # the collector's reach: a worker's collections then scan only its own page's objects, and
    # do not write to the pages it shares with the zygote (copy-on-write faults). Cleaning CPU
    # per page in a worker, 300 corpus pages, 3 interleaved pairs on a busy 2-core machine:
    # 46.6/48.9/45.7 ms without, 41.5/46.4/43.7 ms with.
    gc.collect()
    gc.freeze()
    gc.enable()  # the workers forked from here collect as usual

    def reap(signum: int, frame: Any) -> None:
        while True:
            try:
                pid, status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                return
            with contextlib.suppress(OSError):  # a parent that never reads: drop the report
                os.write(status_fd, struct.pack("ii", pid, status))

    signal.signal(signal.SIGCHLD, reap)
    try:
        sock.sendall(b"R")
    except OSError:  # the parent went away during the warm-up
        return
    while True:
        try:
            header, fds, _, _ = socket.recv_fds(sock, 4, 1)
        except OSError:
            break
        if not header:  # the parent is gone
            break
        if len(header) < 4:
            header += _recv_exactly(sock, 4 - len(header))
        (size,) = struct.unpack("I", header)
        entities, version = pickle.loads(_recv_exactly(sock, size))
        zygote = os.getpid()
        pid = os.fork()
        if pid == 0:
            _die_with_parent(zygote)
            signal.signal(signal.SIGCHLD, signal.SIG_DFL)
            sock.close()
            os.close(status_fd)
            code = 0
            try:
                _worker_main(Connection(fds[0]), entities, version)
            except BaseException:
                import traceback

                traceback.print_exc()
                code = 1
            finally:
                os._exit(code)
        os.close(fds[0])
        sock.sendall(struct.pack("i", pid))
    _wait_for_workers(time.monotonic() + _REAP_WAIT)


def _wait_for_workers(deadline: float) -> None:
    """The zygote's last act: wait for the workers still ending (they end on their pipes'
    EOF, which the parent's exit gives them) until `deadline`. Their CPU then counts in the
    zygote's children, which the run's resource usage includes; the bench's CPU column at
    N = 1,000 on two cores lost the two last workers' (15.6 s against 26.7 s on one)."""
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
    while time.monotonic() < deadline:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            time.sleep(0.005)


def _die_with_parent(parent: int) -> None:
    """A worker busy on a hostile page reads nothing, so it would not notice that the run was
    killed (SIGKILL, OOM) and would go on burning a core: the kernel kills it when the zygote,
    which exits when the run's end of its socket closes, goes. Linux only; elsewhere a no-op."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the zygote was already gone before the call
        os._exit(1)


def _warm_row() -> Row:
    return {
        "url": _WARM_URL,
        "final_url": None,
        "page_id": "0" * 64,
        "fetched_at": dt.datetime(2024, 6, 1, tzinfo=dt.UTC),
        "content_type": "text/html",
        "body": _WARM_PAGE,
    }


# Idle pools by (workers, entities, version): reused by the next bundle and the next pipeline
# of the same run (a run of 12,000 pages is three pipelines of at most 5,000), so workers
# start once per run.
_idle: dict[tuple[int, str | None, str], list[PagePool]] = {}
_starting: dict[tuple[int, str | None, str], threading.Event] = {}
_lock = threading.Lock()
# How long a bundle waits for a pool being started in the background before starting its own.
_PRESTART_WAIT = 30.0


def lease(workers: int, entities: str | None, version: str, budget: float) -> PagePool:
    """An idle pool of that shape, or a new one. Give it back with `release`."""
    key = (workers, entities, version)
    with _lock:
        starting = _starting.get(key)
    if starting is not None:
        starting.wait(_PRESTART_WAIT)
    with _lock:
        pools = _idle.get(key)
        pool = pools.pop() if pools else None
    if pool is None:
        pool = PagePool(workers, entities, version, budget)
    pool.budget = budget
    return pool


def release(pool: PagePool) -> None:
    if pool.busy():  # a bundle that failed midway: its workers hold stale pages
        pool.close()
        return
    with _lock:
        _idle.setdefault(pool.key, []).append(pool)


def prestart(workers: int, entities: str | None, version: str, budget: float) -> None:
    """Start a pool in the background, so its start-up overlaps the run's planning and
    polling; the run's first bundle then finds it idle."""

    key = (workers, entities, version)
    with _lock:
        if key in _starting or _idle.get(key):
            return
        done = _starting[key] = threading.Event()

    def start() -> None:
        try:
            release(PagePool(workers, entities, version, budget))
        except Exception:  # the first bundle will start one itself, and report what fails
            pass
        finally:
            with _lock:
                _starting.pop(key, None)
            done.set()

    threading.Thread(target=start, name="xauto-prestart", daemon=True).start()


def shutdown() -> None:
    """Stop every idle pool (the end of a run; also at exit)."""
    with _lock:
        pools = [p for ps in _idle.values() for p in ps]
        _idle.clear()
    for pool in pools:
        pool.close()


def _stop_zygote() -> None:
    global _the_zygote
    with _zygote_lock:
        zygote, _the_zygote = _the_zygote, None
    if zygote is not None:
        zygote.close()


atexit.register(_stop_zygote)
atexit.register(shutdown)  # runs first (last registered): the pools, then the zygote


def _cpu_ms(started: float) -> int:
    """Thread CPU ms since `started`, rounded: truncating lost half a millisecond a stage, so
    the workers' reported cleaning and extraction came to about 1 ms a page under their CPU."""
    return round((time.thread_time() - started) * 1000)


def _ready(slots: list[_Slot], timeout: float) -> set[int]:
    """The descriptors of the slots' pipes that have data or an EOF, waiting up to `timeout`
    s. One poll(2): multiprocessing's `wait` (and `Connection.poll`, which calls it) builds a
    selector and registers every pipe on each call, and the run's main thread asks several
    times a page."""
    poller = select.poll()
    for slot in slots:
        poller.register(slot.conn.fileno(), select.POLLIN)
    return {fd for fd, _ in poller.poll(math.ceil(timeout * 1000))}


# Bytes taken from a worker's pipe at once: every message it has sent since the last read (an
# article row, then its events, a few KB each) in one system call.
_READ_SIZE = 1 << 20


def _arrived(slot: _Slot, ready: bool = False) -> list[Any]:
    """The whole messages that have reached the parent's end of the slot's pipe, oldest first,
    read with one system call rather than Connection.recv's two per message (its 4-byte size
    header, then the pickle) plus a poll before each; the same framing as Connection.send.
    EOFError when the worker's end is closed. `ready`: known readable (a poll just said so)."""
    if not ready and not _readable(slot.conn):
        return []
    chunk = os.read(slot.conn.fileno(), _READ_SIZE)
    if not chunk:
        raise EOFError("the worker closed its pipe")
    buf = slot.unread
    buf += chunk
    messages: list[Any] = []
    pos = 0
    while len(buf) - pos >= 4:
        (size,) = struct.unpack_from("!i", buf, pos)
        head = 4
        if size == -1:  # Connection's header for a message over 2 GB
            if len(buf) - pos < 12:
                break
            (size,) = struct.unpack_from("!Q", buf, pos + 4)
            head = 12
        if len(buf) - pos - head < size:
            break
        messages.append(pickle.loads(buf[pos + head : pos + head + size]))
        pos += head + size
    del buf[:pos]
    return messages


def _readable(conn: Connection) -> bool:
    """Whether a message (or an EOF) waits on the pipe, without blocking."""
    poller = select.poll()
    poller.register(conn.fileno(), select.POLLIN)
    return bool(poller.poll(0))


# The first byte of a job's message (see encode_job); a pickle (the stop message, None) starts
# with its protocol opcode, 0x80.
_JOB = b"J"
_META_SIZE = struct.Struct("!I")


def encode_job(work: dict[str, Any]) -> list[bytes]:
    """A job as the pieces of one message: a tag, the size of the pickled job without its
    body, that pickle, then the body as it is. The body (a page: 100 KB or more) is never
    copied into a pickle in this process; `_send` writes the pieces with one system call."""
    meta = pickle.dumps({k: v for k, v in work.items() if k != "body"}, protocol=5)
    return [_JOB + _META_SIZE.pack(len(meta)), meta, work["body"]]


def decode_job(message: bytes) -> dict[str, Any] | None:
    """The job (or None, the stop message) from one message as the worker receives it."""
    if message[:1] != _JOB:
        stop: None = pickle.loads(message)
        return stop
    (size,) = _META_SIZE.unpack_from(message, 1)
    start = 1 + _META_SIZE.size
    work: dict[str, Any] = pickle.loads(memoryview(message)[start : start + size])
    work["body"] = message[start + size :]
    return work


def _send(conn: Connection, work: dict[str, Any]) -> None:
    """A job to a worker in Connection's framing (a 4-byte size, then the message), written
    with writev: the body goes from its own buffer to the pipe. Pickling the whole job copied
    the body into the pickle first (an allocation the size of the page, and its page faults),
    and Connection.send pickles with protocol 4 and builds a ForkingPickler per call."""
    pieces: list[bytes | memoryview] = list(encode_job(work))
    total = sum(len(p) for p in pieces)
    pieces.insert(0, struct.pack("!i", total))
    fd = conn.fileno()
    while pieces:
        written = os.writev(fd, pieces)
        while pieces and written >= len(pieces[0]):
            written -= len(pieces[0])
            pieces.pop(0)
        if written:
            pieces[0] = memoryview(pieces[0])[written:]


if __name__ == "__main__":
    _zygote_main(int(sys.argv[1]), int(sys.argv[2]))
