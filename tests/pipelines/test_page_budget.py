"""A page that takes too long to clean or extract: an error row, the page parked, the rest lands.

The slow pages are slow for real, in the product's own code, not a mock or a sleep:
- extraction: a user's entities YAML adds a cue (cues are regular expressions, see cues.yaml)
  that backtracks catastrophically, `(?:x+x+)+y`, and one page has a sentence with a figure
  next to a long run of "x". The extractor would try it for longer than the universe lasts.
  Whatever the extractor's own speed, a configured cue can do this, and the budget is what
  stops it.
- cleaning: a 3 MB page with a budget of 0.05 s. trafilatura takes seconds on it on any
  machine, so it is over budget before cleaning ends.
"""

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import LoopbackServer

from pipelines import launcher
from pipelines.core.config import BeamConfig, Config, HttpConfig
from pipelines.storage import Storage
from schemas import ARTICLES, ERRORS, METRIC_EVENTS, RAW_PAGES

GOOD = 12
PAGE = (
    "<html lang='en'><head><meta charset='utf-8'><title>Report {i}</title></head><body>"
    "<article><h1>Report {i}</h1>"
    "<p>Xiaomi said on Tuesday that the SU7 electric sedan had reached {n:,} deliveries in "
    "total, a milestone reached faster than most analysts had predicted for a newcomer.</p>"
    "<p>The company repeated that it plans to deliver more vehicles next year as its factory "
    "in Beijing adds a second phase, and said demand for the sedan remained strong.</p>"
    "{extra}</article></body></html>"
)
# A sentence the backtracking cue is tried on: a subject, a figure, then 60 "x".
TRAP = "<p>Xiaomi SU7 deliveries reached 10,000 units " + "x" * 60 + " in the end.</p>"
BACKTRACKING_CUES = "metrics:\n  deliveries:\n    - '(?:x+x+)+y'\n"


def _site(srv: LoopbackServer, extra_paths: dict[str, bytes]) -> list[str]:
    html = {"Content-Type": "text/html; charset=utf-8"}
    paths = []
    for i in range(GOOD):
        srv.reply(f"/good/{i}.html", 200, PAGE.format(i=i, n=20_000 + i, extra="").encode(), html)
        paths.append(f"/good/{i}.html")
    for path, body in extra_paths.items():
        srv.reply(path, 200, body, html)
        paths.append(path)
    items = "".join(
        f"<item><title>t{n}</title><link>{srv.url}{p}</link><guid>g{n}</guid>"
        "<pubDate>Thu, 01 Feb 2024 08:00:00 GMT</pubDate></item>"
        for n, p in enumerate(paths)
    )
    srv.reply("/feed.xml", 200, f'<rss version="2.0"><channel>{items}</channel></rss>'.encode())
    return paths


def _config(srv: LoopbackServer, root: Path, **beam: object) -> Config:
    return Config(
        feeds=[{"url": f"{srv.url}/feed.xml"}],  # type: ignore[list-item]
        storage=str(root),
        http=HttpConfig(allowed_hosts=["127.0.0.1"], retries=0, per_host_concurrency=4),
        beam=BeamConfig(**beam),  # type: ignore[arg-type]
    )


@pytest.fixture(scope="module")
def slow_extract(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, object]]:
    srv = LoopbackServer()
    _site(srv, {"/trap.html": PAGE.format(i=99, n=30_000, extra=TRAP).encode()})
    tmp = tmp_path_factory.mktemp("slow-extract")
    cues = tmp / "cues.yaml"
    cues.write_text(BACKTRACKING_CUES)
    config = _config(srv, tmp / "data", workers=2, page_seconds=3.0).model_copy(
        update={"entities": str(cues)}
    )
    first = launcher.run_ingest(config)
    yield {"srv": srv, "root": tmp / "data", "config": config, "first": first}
    srv.close()


def test_the_page_over_budget_gets_a_timeout_row_and_keeps_its_article(
    slow_extract: dict[str, object],
) -> None:
    storage = Storage(str(slow_extract["root"]))
    errors = storage.read(ERRORS, ["stage", "source", "error_type", "message"]).to_pylist()
    timeouts = [e for e in errors if e["error_type"] == "Timeout"]
    assert len(timeouts) == 1, errors
    assert timeouts[0]["source"].endswith("/trap.html")
    assert timeouts[0]["stage"] == "extract"  # cleaned in time, stopped in extraction
    assert "budget" in timeouts[0]["message"]
    articles = {r["canonical_url"] for r in storage.read(ARTICLES, ["canonical_url"]).to_pylist()}
    trap = next(u for u in articles if u.endswith("/trap.html"))
    events = storage.read(METRIC_EVENTS, ["url"]).to_pylist()
    assert not [e for e in events if e["url"] == trap]
    summary = slow_extract["first"]
    assert summary.count("pages_over_budget") == 1  # type: ignore[attr-defined]


def test_every_other_page_of_the_run_lands(slow_extract: dict[str, object]) -> None:
    storage = Storage(str(slow_extract["root"]))
    articles = {r["canonical_url"] for r in storage.read(ARTICLES, ["canonical_url"]).to_pylist()}
    assert len({u for u in articles if "/good/" in u}) == GOOD
    events = {r["url"] for r in storage.read(METRIC_EVENTS, ["url"]).to_pylist()}
    assert len({u for u in events if "/good/" in u}) == GOOD  # each states its deliveries


def test_the_slow_page_is_not_planned_again(slow_extract: dict[str, object]) -> None:
    root = slow_extract["root"]
    before = Storage(str(root)).read(ERRORS).num_rows
    again = launcher.run_ingest(slow_extract["config"])  # type: ignore[arg-type]
    assert again.count("articles") == 0
    assert again.count("pages_over_budget") == 0
    assert Storage(str(root)).read(ERRORS).num_rows == before


def test_a_page_over_budget_in_cleaning_is_parked(server: LoopbackServer, tmp_path: Path) -> None:
    paragraph = "<p>" + "Xiaomi SU7 deliveries reached 10,000 units in May. " * 20 + "</p>"
    huge = ("<html><body><article>" + paragraph * 3000 + "</article></body></html>").encode()
    assert len(huge) > 3_000_000
    paths = _site(server, {"/huge.html": huge})
    # Only the huge page: a budget this small would be unfair to the normal ones on a busy
    # machine; the good pages' run under a budget is tested above.
    for p in paths[:-1]:
        server.routes.pop(p)
    server.reply(
        "/feed.xml",
        200,
        f'<rss version="2.0"><channel><item><title>h</title><link>{server.url}/huge.html</link>'
        "<guid>h</guid></item></channel></rss>".encode(),
    )
    config = _config(server, tmp_path, workers=1, page_seconds=0.05).model_copy(
        update={"http": HttpConfig(allowed_hosts=["127.0.0.1"], retries=0, max_bytes=20_000_000)}
    )
    first = launcher.run_ingest(config)
    storage = Storage(str(tmp_path))
    assert storage.read(RAW_PAGES).num_rows == 1  # fetched and stored
    assert storage.read(ARTICLES).num_rows == 0  # never cleaned
    errors = storage.read(ERRORS, ["stage", "error_type", "source"]).to_pylist()
    assert [(e["stage"], e["error_type"]) for e in errors] == [("clean", "Timeout")]
    assert first.count("pages_over_budget") == 1
    again = launcher.run_ingest(config)
    assert again.parked == 1  # stored, not cleaned, not planned again
    assert again.count("pages_over_budget") == 0
    assert storage.read(ERRORS).num_rows == 1
