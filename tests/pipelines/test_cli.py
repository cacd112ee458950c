"""The `xauto` console script as a user runs it: a subprocess, its exit status and its stderr.

Every bad input gives one line naming the problem and a non-zero status (2 for a usage or
config error), never a traceback; a real run names the feeds and pages that failed.
"""

import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipelines.storage import Storage
from schemas import ERRORS, FEED_POLLS

XAUTO = str(Path(sys.executable).parent / "xauto")
SAMPLE = Path(__file__).resolve().parents[2] / "pipelines" / "sample_site" / "site"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def xauto(
    *args: str, cwd: Path, env: dict[str, str] | None = None, timeout: float = 240
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [XAUTO, *args],
        cwd=cwd,
        env={**os.environ, "XAUTO_SAMPLE_PORT": str(free_port()), **(env or {})},
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def one_line(proc: subprocess.CompletedProcess[str]) -> str:
    """stderr is exactly one line starting with `xauto:` (no traceback, no apitools notice)."""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("xauto: "), proc.stderr
    return lines[0]


def usage_error(proc: subprocess.CompletedProcess[str]) -> str:
    """argparse's form: the usage line, then one line naming the problem; status 2."""
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert lines[0].startswith("usage: ") and "Traceback" not in proc.stderr, proc.stderr
    return lines[-1]


@pytest.fixture
def binary(tmp_path: Path) -> Path:
    path = tmp_path / "photo.html"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    return path


def test_extract_binary_file_is_named_and_fails(tmp_path: Path, binary: Path) -> None:
    text = tmp_path / "a.txt"
    text.write_text("Xiaomi delivered 10,000 SU7 cars in June.", encoding="utf-8")
    proc = xauto("extract", str(binary), str(text), "--published", "2024-07-01", cwd=tmp_path)
    assert proc.returncode == 1
    assert one_line(proc) == f"xauto: {binary}: a binary file, not text or HTML"
    events = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [e["source"] for e in events] == [str(text)]  # the good file is still done


def test_clean_binary_file_is_named_and_fails(tmp_path: Path, binary: Path) -> None:
    proc = xauto("clean", str(binary), cwd=tmp_path)
    assert proc.returncode == 1 and proc.stdout == ""  # no `"text": ""` row
    assert "a binary file" in one_line(proc)


def test_extract_missing_file(tmp_path: Path) -> None:
    proc = xauto("extract", "nope.txt", cwd=tmp_path)
    assert proc.returncode == 1
    assert one_line(proc) == "xauto: nope.txt: cannot read: No such file or directory"


def test_bad_entities_file_is_named(tmp_path: Path) -> None:
    text = tmp_path / "a.txt"
    text.write_text("Xiaomi delivered 10,000 SU7 cars in June.", encoding="utf-8")
    (tmp_path / "bad.yaml").write_text("entities: [\n", encoding="utf-8")
    proc = xauto("extract", str(text), "--entities", "bad.yaml", cwd=tmp_path)
    assert proc.returncode == 2 and proc.stdout == ""
    assert one_line(proc).startswith("xauto: bad.yaml: not a valid entities file: ")
    missing = xauto("extract", str(text), "--entities", "nope.yaml", cwd=tmp_path)
    assert missing.returncode == 2
    assert one_line(missing) == "xauto: nope.yaml: cannot read entities: No such file or directory"


def test_unknown_runner_is_a_usage_error(tmp_path: Path) -> None:
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"{SAMPLE / 'feeds' / 'rss.xml'}\n", encoding="utf-8")
    proc = xauto(
        "poll", "--feeds", str(feeds), "--storage", "data", "--runner", "nosuch", cwd=tmp_path
    )
    assert proc.returncode == 2
    assert one_line(proc).startswith("xauto: --runner: nosuch. Valid values are ")


def test_sample_site_port_out_of_range_is_a_usage_error(tmp_path: Path) -> None:
    proc = xauto("sample-site", "--port", "99999", cwd=tmp_path)
    assert "argument --port: not a port (0-65535): '99999'" in usage_error(proc)


def test_backfill_end_before_start_is_a_usage_error(tmp_path: Path) -> None:
    proc = xauto("backfill", "--start", "2024-04-02", "--end", "2024-04-01", cwd=tmp_path)
    assert "--end is before --start" in usage_error(proc)


def test_storage_that_is_a_file_is_refused_before_anything_starts(tmp_path: Path) -> None:
    afile = tmp_path / "data"
    afile.write_text("not a directory")
    # The sample port is held: had the site been started first, that would be the error.
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = str(busy.getsockname()[1])
        proc = xauto("run", "--storage", str(afile), cwd=tmp_path, env={"XAUTO_SAMPLE_PORT": port})
    assert proc.returncode == 2
    assert one_line(proc) == f"xauto: storage '{afile}': {afile} is a file, not a directory"
    nested = xauto("compact", "--storage", str(afile / "sub"), cwd=tmp_path)
    assert nested.returncode == 2 and "is a file, not a directory" in one_line(nested)


def test_missing_feeds_file_is_a_config_error(tmp_path: Path) -> None:
    proc = xauto("run", "--feeds", "feeds.txt", "--storage", "data", cwd=tmp_path)
    assert proc.returncode == 2
    assert one_line(proc) == "xauto: feeds.txt: cannot read feed list: No such file or directory"
    assert not (tmp_path / "data").exists()


def test_feeds_file_with_garbage_lines_names_them(tmp_path: Path) -> None:
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(
        "# my feeds\nhttp://127.0.0.1:9/rss.xml\nThese are my feeds:\n"
        f"{SAMPLE / 'feeds' / 'rss.xml'}\nwww.example.org/feed\n",
        encoding="utf-8",
    )
    proc = xauto("poll", "--feeds", str(feeds), "--storage", "data", cwd=tmp_path)
    assert proc.returncode == 2
    line = one_line(proc)
    assert "line 3: 'These are my feeds:'" in line and "line 5: 'www.example.org/feed'" in line
    assert "line 2" not in line and "line 4" not in line
    assert not (tmp_path / "data").exists()  # nothing polled, nothing written


def test_sample_port_in_use_says_which_and_what_to_do(tmp_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        proc = xauto(
            "poll", "--storage", "data", cwd=tmp_path, env={"XAUTO_SAMPLE_PORT": str(port)}
        )
    assert proc.returncode == 1
    line = one_line(proc)
    assert f"port {port} on 127.0.0.1 is already in use" in line
    assert "XAUTO_SAMPLE_PORT=PORT" in line and "--port PORT" in line


def test_bad_sample_port_variable(tmp_path: Path) -> None:
    proc = xauto("sample-site", cwd=tmp_path, env={"XAUTO_SAMPLE_PORT": "http"})
    assert proc.returncode == 2
    assert one_line(proc) == "xauto: XAUTO_SAMPLE_PORT='http' is not a port (1-65535)"


def test_closed_stdout_ends_quietly(tmp_path: Path) -> None:
    """`xauto extract many files | head -1`: no `Broken pipe` line, no traceback."""
    text = tmp_path / "a.txt"
    text.write_text("Xiaomi delivered 10,000 SU7 cars in June.", encoding="utf-8")
    proc = subprocess.Popen(
        [XAUTO, "extract", *[str(text)] * 3000],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
    )
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()  # what `head -1` does after its line
    stderr = proc.stderr.read().decode()
    status = proc.wait(timeout=120)
    assert json.loads(first)["source"] == str(text)
    assert stderr == ""
    assert status == 141  # 128 + SIGPIPE, as `cat` or `git log | head` report


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        ("backfill", ["YYYY-MM-DD", "inclusive", "--start DATE", "default: the config's"]),
        ("compact", ["YYYY-MM-DD", "(default: 2)", "default: all six", "Rows are"]),
        ("poll", ["conditional GETs", "fetch no page", "one http(s) URL", "default: the"]),
        ("run", ["XAUTO_SAMPLE_PORT", "Unknown flags are passed to Beam", "--feeds FILE"]),
    ],
)
def test_help_describes_options_defaults_and_dates(
    tmp_path: Path, command: str, expected: list[str]
) -> None:
    proc = xauto(command, "--help", cwd=tmp_path)
    assert proc.returncode == 0 and proc.stderr == ""
    text = " ".join(proc.stdout.split())
    for phrase in expected:
        assert phrase in text, (command, phrase)


@pytest.fixture(scope="module")
def sample_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, object]]:
    """`xauto run --json` on the bundled sample (one broken feed, one 500 page), once."""
    tmp = tmp_path_factory.mktemp("cli-run")
    env = {"XAUTO_SAMPLE_PORT": str(free_port())}  # the same feed URLs for both
    proc = xauto("run", "--storage", "data", "--json", cwd=tmp, env=env)
    assert proc.returncode == 0, proc.stderr
    text = xauto("poll", "--storage", "data", cwd=tmp, env=env)  # a second look, as text
    assert text.returncode == 0, text.stderr
    yield {"root": tmp / "data", "json": proc, "text": text}


def test_run_prints_no_apitools_notice(sample_run: dict[str, object]) -> None:
    for key in ("json", "text"):
        proc = sample_run[key]
        assert isinstance(proc, subprocess.CompletedProcess)
        assert "apitools" not in proc.stderr and "WARNING" not in proc.stderr, proc.stderr
        assert proc.stderr.startswith("serving the bundled sample site at http://127.0.0.1:")


def test_run_summary_names_every_failure_in_json(sample_run: dict[str, object]) -> None:
    proc = sample_run["json"]
    assert isinstance(proc, subprocess.CompletedProcess)
    summary = json.loads(proc.stdout)
    failures = summary["failures"]
    assert summary["counters"]["feeds_failed"] == 1 and summary["counters"]["pages_failed"] == 1
    by_stage = {f["stage"]: f for f in failures}
    assert len(failures) == 2 and set(by_stage) == {"poll", "fetch"}
    assert by_stage["poll"]["source"].endswith("/feeds/broken.xml")
    assert by_stage["poll"]["error_type"] == "FeedParseError"
    assert "/fail/" in by_stage["fetch"]["source"] and "500" in by_stage["fetch"]["message"]
    # The same rows as the errors table holds: the summary reads them back, it does not guess.
    root = sample_run["root"]
    assert isinstance(root, Path)
    stored = Storage(str(root)).read(ERRORS, ["source"])["source"].to_pylist()
    assert len(stored) == 3  # the run's two, then the poll's broken feed again
    assert {f["source"] for f in failures} == set(stored)


def test_text_summary_names_the_failed_feed(sample_run: dict[str, object]) -> None:
    proc = sample_run["text"]
    assert isinstance(proc, subprocess.CompletedProcess)
    out = proc.stdout
    assert "feeds polled                 4   failed 1" in out
    assert "failed (1):" in out  # this poll's failure only, not the first run's
    assert "/feeds/broken.xml" in out and "FeedParseError: malformed feed" in out
    assert "/fail/" not in out


def test_malformed_feed_is_bozo_in_feed_polls(sample_run: dict[str, object]) -> None:
    """`WHERE bozo` finds the broken feed; the row also carries the poll's error."""
    root = sample_run["root"]
    assert isinstance(root, Path)
    polls = Storage(str(root)).read(FEED_POLLS).to_pylist()
    broken = [p for p in polls if p["feed_url"].endswith("/broken.xml")]
    assert len(broken) == 2  # the run and the poll
    assert all(p["bozo"] is True and p["bozo_message"] and p["error"] for p in broken)
    healthy = [p for p in polls if not p["feed_url"].endswith("/broken.xml")]
    assert {p["bozo"] for p in healthy if not p["not_modified"]} == {False}
    assert {p["bozo"] for p in healthy if p["not_modified"]} == {None}  # nothing was parsed


def test_text_summary_names_the_first_five_failures(capsys: pytest.CaptureFixture[str]) -> None:
    from pipelines.cli import _print_summary
    from pipelines.launcher import RunSummary

    summary = RunSummary("run", "DirectRunner", "data", counters={"pages_failed": 7})
    failures = [
        {
            "stage": "fetch",
            "source": f"http://127.0.0.1:9/p{i}.html",
            "error_type": "HTTPStatus",
            "message": "HTTP 500\n(attempt 1)",
        }
        for i in range(7)
    ]
    _print_summary(summary, failures, as_json=False)
    out = capsys.readouterr().out
    assert "failed (7, the first 5; all of them with --json or in the errors table):" in out
    assert "/p4.html" in out and "/p5.html" not in out
    assert "HTTPStatus: HTTP 500 (attempt 1)" in out  # one line per reason
    _print_summary(summary, failures, as_json=True)
    assert len(json.loads(capsys.readouterr().out)["failures"]) == 7
