"""The cleaning pool on its own: same rows as in-process, and a dead or slow worker is replaced.

Real worker processes (forked from the zygote), real pages from the bundled sample site.
"""

import datetime as dt
import os
import pickle
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import snapshot

from pipelines import cli, launcher, workers
from pipelines.core import metrics
from pipelines.core.config import BeamConfig, Config, HttpConfig
from pipelines.core.ids import sha256_hex
from pipelines.launcher import with_workers
from pipelines.sample_site.server import SampleSite
from pipelines.workers import Outcome, PagePool

SITE = Path(__file__).resolve().parents[2] / "pipelines" / "sample_site" / "site"
VERSION = "test-version"
FETCHED = dt.datetime(2024, 6, 1, tzinfo=dt.UTC)


def _job(name: str, body: bytes) -> dict[str, object]:
    page = {
        "url": f"http://127.0.0.1/{name}",
        "final_url": None,
        "page_id": sha256_hex(body),
        "fetched_at": FETCHED,
        "content_type": "text/html",
        "body": body,
    }
    return workers.job(page, f"title of {name}", None)


def _pages() -> list[dict[str, object]]:
    files = sorted(SITE.glob("*/*.html"))
    return [_job(p.name, p.read_bytes().replace(b"{{BASE_URL}}", b"")) for p in files]


def _drain(pool: PagePool, jobs: list[dict[str, object]]) -> list[Outcome]:
    done: list[Outcome] = []
    for work in jobs:
        while not pool.idle():
            done += pool.collect(None)
        pool.submit(work)
        done += pool.collect(0)
    while pool.busy():
        done += pool.collect(None)
    return done


def _lingers(pid: int) -> bool:
    """Whether a process exists, allowing its parent (the zygote) a moment to reap it."""
    for _ in range(50):
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        time.sleep(0.1)
    return True


@pytest.fixture
def pool() -> Iterator[PagePool]:
    p = PagePool(2, None, VERSION, budget=60.0)
    yield p
    p.close()


def test_the_pool_gives_the_rows_the_page_gives_in_process(pool: PagePool) -> None:
    jobs = _pages()
    assert len(jobs) > 20
    config = metrics.load_config()
    expected = {}
    for work in jobs:
        messages = list(workers.process_page(work, config, VERSION))
        article, events = messages[0][1], messages[1][1]
        expected[work["url"]] = (article, events)
    got = {out.url: (out.article, out.events) for out in _drain(pool, jobs)}
    assert got == expected
    assert sum(len(events) for _, events in got.values()) > 20  # the sample states figures


def test_a_worker_killed_mid_page_is_an_error_and_is_replaced(pool: PagePool) -> None:
    paragraph = "<p>" + "Xiaomi SU7 deliveries reached 10,000 units in May. " * 20 + "</p>"
    huge = ("<html><body><article>" + paragraph * 3000 + "</article></body></html>").encode()
    pool.submit(_job("huge.html", huge))
    slot = next(s for s in pool.slots if s.outcome is not None)
    first_pid = slot.pid
    time.sleep(0.2)
    os.kill(first_pid, signal.SIGKILL)  # as the kernel's OOM killer would
    done: list[Outcome] = []
    while not done:
        done = pool.collect(None)
    (out,) = done
    assert out.killed and out.article is None
    assert out.errors == [("clean", "WorkerDied", "the worker process ended (signal 9)")]
    assert slot.pid != first_pid
    os.kill(slot.pid, 0)  # the replacement is running
    # The replacement works.
    (page,) = _drain(pool, _pages()[:1])
    assert page.article is not None and not page.errors


def test_a_page_over_budget_is_stopped_and_the_next_page_is_not_held() -> None:
    paragraph = "<p>" + "Xiaomi SU7 deliveries reached 10,000 units in May. " * 20 + "</p>"
    huge = ("<html><body><article>" + paragraph * 3000 + "</article></body></html>").encode()
    pool = PagePool(1, None, VERSION, budget=0.3)
    try:
        (out,) = _drain(pool, [_job("huge.html", huge)])
        assert out.killed and out.errors[0][:2] == ("clean", "Timeout")
        pool.budget = 60.0
        (page,) = _drain(pool, _pages()[:1])
        assert page.article is not None and not page.errors
    finally:
        pool.close()


def test_lease_reuses_an_idle_pool_and_release_keeps_it() -> None:
    first = workers.lease(1, None, VERSION, 5.0)
    workers.release(first)
    again = workers.lease(1, None, VERSION, 7.0)
    try:
        assert again is first and again.budget == 7.0
        pids = [s.pid for s in again.slots]
        workers.release(again)
        workers.shutdown()
        assert again.slots == []
        for pid in pids:  # the worker processes are gone, not left behind
            assert not _lingers(pid)
    finally:
        workers.shutdown()


def test_workers_default_to_every_core_on_the_direct_runner() -> None:
    cores = workers.default_workers()
    assert with_workers(Config(), None, []).beam.workers == cores
    assert with_workers(Config(beam=BeamConfig(workers=3)), None, []).beam.workers == 3
    # Another runner runs an SDK worker per core already: one cleaning process each.
    assert with_workers(Config(), "portable", []).beam.workers == 1
    # Beam's own multi-processing mode: the cores are shared among its SDK workers.
    multi = ["--direct_running_mode=multi_processing", "--direct_num_workers=2"]
    assert with_workers(Config(), None, multi).beam.workers == max(1, cores // 2)


def test_the_workers_flag_sets_the_pool_and_refuses_nonsense() -> None:
    parser = cli.build_parser()
    args, _ = parser.parse_known_args(["run", "--workers", "3"])
    assert args.workers == 3
    args, _ = parser.parse_known_args(["backfill", "--start", "2024-01-01", "--end", "2024-01-02"])
    assert args.workers is None  # unset: the config's, else every core
    for bad in ("0", "-1", "two"):
        with pytest.raises(SystemExit):
            parser.parse_known_args(["run", "--workers", bad])


def test_results_do_not_depend_on_the_number_of_workers(tmp_path: Path) -> None:
    """The same pages through 1 and 3 workers (pages finish in a different order) give the
    same rows: ids are deterministic, and nothing depends on which worker did what."""
    site = SampleSite(0).start()
    try:
        roots = {}
        for n in (1, 3):
            roots[n] = tmp_path / f"w{n}"
            config = Config(
                feeds=[{"url": u} for u in site.feed_urls],  # type: ignore[misc]
                storage=str(roots[n]),
                http=HttpConfig(allow_private=True, retries=0),
                beam=BeamConfig(workers=n),
            )
            summary = launcher.run_ingest(config)
            assert summary.workers == n and summary.count("articles") > 20
    finally:
        site.stop()
    assert snapshot(roots[1]) == snapshot(roots[3])


def test_a_worker_is_replaced_after_its_share_of_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workers, "PAGES_PER_WORKER", 3)
    pool = PagePool(1, None, VERSION, budget=60.0)
    try:
        first = pool.slots[0].pid
        done = _drain(pool, _pages()[:7])
        assert len(done) == 7 and all(o.article is not None for o in done)
        assert pool.slots[0].pid != first and pool.slots[0].pages == 1
        assert not _lingers(first)  # the retired process exited
    finally:
        pool.close()


# A run that holds one worker busy on a page whose configured cue backtracks for ever (see
# test_page_budget.py for why this page is slow for real), then waits to be killed.
HOLDER = """
import datetime, sys, time
from pipelines.workers import PagePool, job
pool = PagePool(1, sys.argv[1], "v", budget=3600.0)
page = {"url": "http://127.0.0.1/trap", "page_id": "0" * 64, "body": sys.argv[2].encode(),
        "fetched_at": datetime.datetime(2024, 6, 1, tzinfo=datetime.timezone.utc)}
pool.submit(job(page, None, None))
time.sleep(1.0)  # cleaned by now, stuck in extraction
print(pool.slots[0].pid, flush=True)
time.sleep(3600)
"""


def test_a_busy_worker_dies_with_a_killed_run(tmp_path: Path) -> None:
    """SIGKILL the run while its worker is stuck on a page: the worker must not live on,
    burning a core, with nobody left to read its result."""
    cues = tmp_path / "cues.yaml"
    cues.write_text("metrics:\n  deliveries:\n    - '(?:x+x+)+y'\n")
    page = (
        "<html><body><article><p>Xiaomi SU7 deliveries reached 10,000 units "
        + "x" * 60
        + " in the end.</p><p>The company said demand for the sedan remained strong and it "
        "plans to deliver more vehicles next year from its factory in Beijing.</p>"
        "</article></body></html>"
    )
    run = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(cues), page], stdout=subprocess.PIPE, text=True
    )
    try:
        assert run.stdout is not None
        worker = int(run.stdout.readline())
        os.kill(worker, 0)  # busy
    finally:
        run.kill()
        run.wait()
    assert not _lingers(worker)


def test_workers_that_cannot_start_are_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """An interpreter this user may not execute (seen: Python under a 0700 home, run as
    another user): `xauto run` says so on one line and exits 1, no traceback."""
    from pipelines import cli, workers

    blocked = tmp_path / "python"
    blocked.write_text("")
    blocked.chmod(0o600)  # not executable
    monkeypatch.setattr(workers.sys, "executable", str(blocked))
    monkeypatch.setattr(workers, "_the_zygote", None)
    assert cli.main(["run", "--storage", str(tmp_path / "data"), "--feeds", os.devnull]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("xauto: cannot start the cleaning workers (") and "Traceback" not in (
        "\n".join(err)
    )


def test_a_worker_holds_its_next_page_and_a_kill_loses_no_queued_page() -> None:
    """Each worker is sent its next pages while on its first (it never waits for the parent);
    when the first is killed, the pages queued behind it are cleaned by the replacement."""
    paragraph = "<p>" + "Xiaomi SU7 deliveries reached 10,000 units in May. " * 20 + "</p>"
    huge = ("<html><body><article>" + paragraph * 3000 + "</article></body></html>").encode()
    queued_jobs = [
        {**_pages()[0], "url": f"http://127.0.0.1/q{i}.html"}
        for i in range(workers.QUEUE_DEPTH - 1)
    ]
    pool = PagePool(1, None, VERSION, budget=60.0)
    try:
        pool.submit(_job("huge.html", huge))
        for work in queued_jobs:
            assert pool.idle() == 1  # room for more while the first is cleaned
            pool.submit(work)
        assert pool.idle() == 0 and len(pool.slots[0].inflight) == workers.QUEUE_DEPTH
        first_pid = pool.slots[0].pid
        time.sleep(0.2)
        os.kill(first_pid, signal.SIGKILL)
        done: list[Outcome] = []
        while pool.busy():
            done += pool.collect(None)
        by_url = {o.url: o for o in done}
        assert len(done) == workers.QUEUE_DEPTH
        assert by_url["http://127.0.0.1/huge.html"].errors[0][1] == "WorkerDied"
        for work in queued_jobs:
            queued = by_url[work["url"]]
            assert queued.article is not None and not queued.errors and not queued.killed
        assert pool.slots[0].pid != first_pid
    finally:
        pool.close()


def test_a_page_queued_behind_one_over_budget_gets_a_whole_budget_of_its_own() -> None:
    """The page queued behind one that runs out of time is cleaned by the replacement, with
    its budget counted from then. The first worker is stopped (SIGSTOP), so the first page
    cannot finish in time however fast the machine is."""
    paragraph = "<p>" + "Xiaomi SU7 deliveries reached 10,000 units in May. " * 20 + "</p>"
    huge = ("<html><body><article>" + paragraph * 3000 + "</article></body></html>").encode()
    normal = _pages()[0]
    pool = PagePool(1, None, VERSION, budget=3.0)
    try:
        pool.submit(_job("stuck.html", huge))  # long enough to be stopped before its end
        os.kill(pool.slots[0].pid, signal.SIGSTOP)
        pool.submit(normal)
        done: list[Outcome] = []
        while pool.busy():
            done += pool.collect(None)
        by_url = {o.url: o for o in done}
        assert by_url["http://127.0.0.1/stuck.html"].errors[0][1] == "Timeout"
        queued = by_url[normal["url"]]
        assert queued.article is not None and not queued.errors
    finally:
        pool.close()


def test_a_page_too_large_for_the_pipe_is_not_queued_behind_a_busy_worker() -> None:
    """A busy worker reads nothing, so a page larger than its pipe's buffer would block the
    sender until the worker is free: such a page waits for an idle worker instead."""
    paragraph = "<p>" + "Xiaomi SU7 deliveries reached 10,000 units in May. " * 20 + "</p>"
    huge = ("<html><body><article>" + paragraph * 3000 + "</article></body></html>").encode()
    pool = PagePool(1, None, VERSION, budget=60.0)
    try:
        slot = pool.slots[0]
        assert slot.queue_bytes > 100_000  # a usual page fits, whatever the kernel allows
        assert pool.idle(len(huge)) == 1  # an idle worker takes any page
        pool.submit(_job("huge.html", huge))
        assert pool.idle(1000) == 1
        assert pool.idle(slot.queue_bytes) == 0
    finally:
        pool.close()


def test_pages_queued_behind_a_busy_worker_fit_its_pipe_together(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The pipe's buffer holds every page waiting in it, not one: a page that fits alone but
    not beside those already queued waits, or sending it would block this process."""
    monkeypatch.setattr(workers, "QUEUE_DEPTH", 4)
    paragraph = "<p>" + "Xiaomi SU7 deliveries reached 10,000 units in May. " * 20 + "</p>"
    huge = ("<html><body><article>" + paragraph * 3000 + "</article></body></html>").encode()
    pool = PagePool(1, None, VERSION, budget=60.0)
    try:
        size = pool.slots[0].queue_bytes - workers._PICKLE_MARGIN  # fills the buffer alone
        assert size > 30_000  # a usual page, whatever the kernel allows
        pool.submit(_job("huge.html", huge))  # the worker is busy on this one
        assert pool.idle(size) == 1
        pool.submit(_job("full.html", b"x" * size))
        assert pool.idle(size) == 0  # it would not fit beside the page already waiting
    finally:
        pool.close()


def test_results_read_in_one_go_keep_connection_framing() -> None:
    """The parent reads whatever a worker has sent with one system call and splits it into
    the messages Connection.send framed: several in one read, and one larger than a read
    (partly arrived) handed out only once whole, in order, nothing lost or doubled."""
    import multiprocessing
    import threading

    ours, theirs = multiprocessing.Pipe()
    slot = workers._Slot(pid=0, conn=ours)
    big = ("events", [{"text": "x" * (3 * workers._READ_SIZE)}], None, 1, 0)
    sent = [("article", {"n": 1}, 5), ("events", [], None, 2, 0), big, ("article", {"n": 2}, 3)]
    sender = threading.Thread(target=lambda: [theirs.send(m) for m in sent])
    sender.start()
    got: list[object] = []
    deadline = time.monotonic() + 30
    while len(got) < len(sent) and time.monotonic() < deadline:
        got += workers._arrived(slot)
    sender.join()
    assert got == sent and not slot.unread
    theirs.close()
    with pytest.raises(EOFError):  # the worker's end closed: the parent learns it is gone
        while True:
            workers._arrived(slot)


def test_the_zygote_warm_up_loads_what_a_real_page_url_would_load_in_every_worker() -> None:
    """The warm-up page's URL sends trafilatura's metadata down courlan's fallback to `tld`,
    which reads the public suffix list on first use: done once in the zygote, not in each
    worker on its first page from such a host. (A fresh interpreter: this one may have it.)"""
    probe = (
        "import tld.utils as u\n"
        "from pipelines import workers\n"
        "from pipelines.core import metrics\n"
        "assert not u.tld_names\n"
        "config = metrics.load_config()\n"
        "work = workers.job(workers._warm_row(), None, None)\n"
        "msgs = list(workers.process_page(work, config, 'v'))\n"
        "assert msgs[1][1], msgs  # the warm-up page yields events: the extractor ran\n"
        "print(bool(u.tld_names))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "True"


def test_cpu_ms_rounds_rather_than_truncates() -> None:
    """0.9 ms of CPU is 1 ms, not 0: truncation under-reported the workers' CPU by about
    1 ms a page (two stages)."""
    assert workers._cpu_ms(time.thread_time() - 0.0009) == 1


def test_a_job_framed_with_its_body_apart_reads_back_whole() -> None:
    """Jobs go to a worker as a tag, a pickle of everything but the body, then the body as it
    is (never copied into a pickle here); the stop message is still a pickled None."""
    work = _job("a.html", bytes(range(256)) * 1000)
    work["title"] = "J\x00 \u00e9"
    message = b"".join(workers.encode_job(work))
    assert workers.decode_job(message) == work
    assert workers.decode_job(b"".join(workers.encode_job(_job("e.html", b"")))) == _job(
        "e.html", b""
    )
    assert workers.decode_job(pickle.dumps(None)) is None


def test_jobs_written_to_a_pipe_arrive_in_connection_framing() -> None:
    """_send writes the pieces with writev in the framing
    Connection.recv_bytes reads, so a worker gets each job whole and in order, even when the
    pipe's buffer is smaller than a job."""
    import multiprocessing
    import threading

    ours, theirs = multiprocessing.Pipe()
    jobs = [_job(f"{i}.html", bytes([i]) * (i * 300_000 + 1)) for i in range(4)]
    got: list[object] = []
    reader = threading.Thread(
        target=lambda: got.extend(workers.decode_job(theirs.recv_bytes()) for _ in jobs)
    )
    reader.start()
    for work in jobs:
        workers._send(ours, work)
    reader.join(30)
    assert got == jobs
    ours.close()
    theirs.close()


def test_a_zygote_builds_its_patterns_from_the_last_warm_up_s_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first zygote writes the compiled-pattern table; the next one reads it (it does not
    rewrite it, as it would after ten or more compiles), and its workers give the same rows."""
    from pipelines.core.pattern_cache import table_path

    monkeypatch.setenv("XAUTO_CACHE_DIR", str(tmp_path))
    table = table_path(tmp_path)
    jobs = _pages()[:6]
    results = []
    for _ in range(2):
        monkeypatch.setattr(workers, "_the_zygote", None)
        pool = PagePool(1, None, VERSION, budget=60.0)
        try:
            results.append({out.url: (out.article, out.events) for out in _drain(pool, jobs)})
        finally:
            pool.close()
            workers._the_zygote.close()  # type: ignore[union-attr]
        if len(results) == 1:
            assert table.exists()
            written = table.stat().st_mtime_ns
    assert table.stat().st_mtime_ns == written
    assert results[0] == results[1] and any(events for _, events in results[0].values())


def _own_cpu_s(pid: int) -> float:
    """A process's own CPU (user + system, not its children's), from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def test_the_last_workers_cpu_counts_in_the_run_s_children(monkeypatch: pytest.MonkeyPatch) -> None:
    """When the run ends, the zygote waits for the workers still ending before it exits, so
    their CPU is in the run's resource usage (the bench's CPU column lost the last workers')."""
    import resource

    def children_cpu() -> float:
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        return usage.ru_utime + usage.ru_stime

    monkeypatch.setattr(workers, "_the_zygote", None)
    before = children_cpu()
    pool = PagePool(2, None, VERSION, budget=60.0)
    done = _drain(pool, _pages() * 2)
    zygote = workers._the_zygote
    assert zygote is not None
    zygote_own = _own_cpu_s(zygote.proc.pid)
    pool.close()
    zygote.close()
    cleaned = sum(out.clean_cpu_ms + out.extract_cpu_ms for out in done) / 1000
    assert cleaned > 0.5
    assert children_cpu() - before - zygote_own >= 0.8 * cleaned
