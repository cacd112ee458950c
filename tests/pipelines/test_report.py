"""`xauto report`, `status` and `export` on a real run of the bundled sample site.

The page is opened in headless Chromium (Debian's `chromium`; skipped where absent): it must
load with no request outside the file, draw every chart with data, and give a screenshot.
"""

import json
import re
import shutil
import subprocess
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import duckdb
import pytest

from pipelines import cli, launcher
from pipelines.core.config import Config, HttpConfig
from pipelines.export import FORMATS, read_back_sql
from pipelines.sample_site.server import SampleSite
from schemas import TABLES

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
# Flags that run here as root, offline, without a desktop; every host resolves to nothing, so
# even a request that slipped through could not leave the machine.
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--host-resolver-rules=MAP * ~NOTFOUND",
]
METRIC_CHARTS = ("monthly-deliveries", "yearly-deliveries", "launch-orders", "quarterly-money")
CHARTS = (*METRIC_CHARTS, "errors-by-day", "articles-by-language", "articles-by-outlet")


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Two runs of the sample: the broken feed fails twice in a row."""
    site = SampleSite(0).start()
    root = tmp_path_factory.mktemp("data")
    config = Config(
        feeds=[{"url": u} for u in site.feed_urls],  # type: ignore[misc]
        storage=str(root),
        http=HttpConfig(allow_private=True, retries=0),
    )
    try:
        launcher.run_ingest(config)
        launcher.run_ingest(config)
        yield root
    finally:
        site.stop()


@pytest.fixture(scope="module")
def page(sample: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("report") / "report.html"
    assert cli.main(["report", "--storage", str(sample), "--out", str(out)]) == 0
    return out


class Tags(HTMLParser):
    """Every start tag with its attributes, and the text of <style>."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.style = ""
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.style += data


def parse(html: str) -> Tags:
    p = Tags()
    p.feed(html)
    return p


def figures(html: str) -> dict[str, str]:
    """Each chart's figure element, by name."""
    return dict(re.findall(r'<figure id="([^"]+)" data-chart=.*?>(.*?)</figure>', html, re.S))


def data_marks(svg: str) -> int:
    """Marks Vega drew from data (bars, texts), not axes or legends: children of role-mark
    groups."""
    return sum(
        len(re.findall(r"<path|<text", group))
        for group in re.findall(r'<g class="mark-\w+ role-mark[^"]*"[^>]*>(.*?)</g>', svg, re.S)
    )


def test_page_fetches_nothing(page: Path) -> None:
    html = page.read_text()
    tags = parse(html)
    names = {t for t, _ in tags.tags}
    assert not names & {"script", "link", "img", "iframe", "object", "embed", "image", "source"}
    assert not any("src" in attrs or "srcset" in attrs for _, attrs in tags.tags)
    assert "url(" not in tags.style and "@import" not in tags.style
    ids = {attrs["id"] for _, attrs in tags.tags if "id" in attrs}
    for tag, attrs in tags.tags:
        for key in ("href", "xlink:href"):
            link = attrs.get(key)
            if link is None:
                continue
            if link.startswith("#"):
                assert link[1:] in ids, f"{tag} links to a missing anchor {link}"
            else:  # an article link, followed only when clicked
                assert tag == "a" and link.startswith("http://127.0.0.1:"), link


def test_every_chart_has_data(page: Path) -> None:
    figs = figures(page.read_text())
    assert set(figs) == set(CHARTS)
    for name, body in figs.items():
        assert "<svg" in body, f"{name} drew no chart"
        assert data_marks(body) > 0, name


def test_each_metric_mark_links_to_its_sources(page: Path) -> None:
    html = page.read_text()
    figs = figures(html)
    for name in METRIC_CHARTS:
        rows = int(re.search(rf'id="{name}" data-chart="{name}" data-rows="(\d+)"', html)[1])  # type: ignore[index]
        marks = re.findall(r'<a xlink:href="#(src-\w+)"><title>([^<]+)</title>', figs[name])
        assert len(marks) == rows > 0, name
        for anchor, title in marks:
            item = re.search(rf'<li id="{anchor}"><b>([^<]+)</b>, [^:]+: ([\d,.]+) ', html)
            assert item, anchor
            # the hover text names the same subject and value as the list it links to
            assert title.startswith(f"{item[1]}, ") and f": {item[2]} " in title, (title, item[0])
            sources = re.search(rf'<li id="{anchor}">(.*?)</ul></li>', html, re.S)
            assert sources, anchor
            assert re.search(r'<a href="http://127\.0\.0\.1:\d+/[^"]+">', sources[1]), anchor


def events(root: Path, sql: str) -> list[tuple[Any, ...]]:
    con = duckdb.connect()
    con.execute(
        f"CREATE VIEW e AS SELECT * FROM read_parquet('{root}/metric_events/**/*.parquet', "
        "hive_partitioning = true)"
    )
    return con.execute(sql).fetchall()


def test_monthly_deliveries_chart_every_stated_month(sample: Path, page: Path) -> None:
    """The chart's bars are the (model, month, status) the tables hold, no more, no less."""
    stated = events(
        sample,
        "SELECT DISTINCT subject, strftime(period_start, '%Y-%m'), status FROM e "
        "WHERE metric IN ('deliveries', 'delivery_target') AND day(period_start) = 1 "
        "AND period_end = last_day(period_start)",
    )
    html = page.read_text()
    item = re.findall(
        r"<li id=\"src-\w+\"><b>([^<]+)</b>, (deliveries|delivery_target) \((\w+)\): "
        r"([\d,]+) vehicles, (\d{4}-\d\d)-01 to (\d{4}-\d\d)-\d\d",
        html,
    )
    charted = {(subj, start, status) for subj, _, status, _, start, end in item if start == end}
    assert charted == set(stated)
    assert ("Xiaomi SU7", "2024-04", "actual") in charted  # 7,058 in April 2024


def test_quarterly_money_matches_the_events(sample: Path, page: Path) -> None:
    stated = events(
        sample,
        "SELECT DISTINCT metric, period_start, value FROM e WHERE subject = 'Xiaomi Auto' AND "
        "metric IN ('revenue', 'net_loss') AND unit = 'CNY' AND day(period_start) = 1 "
        "AND month(period_start) % 3 = 1 "
        "AND period_end = last_day(period_start + INTERVAL 2 MONTH)",
    )
    html = page.read_text()
    for metric, start, value in stated:
        assert re.search(
            rf"<b>Xiaomi Auto</b>, {metric} \(actual\): {value:,.0f} CNY, {start} to ", html
        ), (metric, start, value)


def _chromium(out: Path, target: str, *extra: str) -> tuple[str, list[str]]:
    """Open `target` headless; return the stdout and the URLs the page itself requested (the
    browser's own background requests, with no page origin, are left out)."""
    assert CHROMIUM
    profile = out / "profile"
    shutil.rmtree(profile, ignore_errors=True)
    profile.mkdir(parents=True)
    netlog = out / "netlog.json"
    proc = subprocess.run(
        [
            CHROMIUM,
            *CHROMIUM_FLAGS,
            f"--user-data-dir={profile}",
            f"--log-net-log={netlog}",
            *extra,
            target,
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    log = json.loads(netlog.read_text())
    start_job = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
    requested = [
        e["params"]["url"]
        for e in log["events"]
        if e["type"] == start_job
        and "url" in e.get("params", {})
        and e["params"].get("initiator") != "not an origin"
    ]
    return proc.stdout, requested


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")
def test_opens_in_chromium_with_no_request_and_a_screenshot(page: Path, tmp_path: Path) -> None:
    # The detector first: a page with a CDN script and an image is caught.
    bad = tmp_path / "bad.html"
    bad.write_text(
        '<html><body><img src="http://img.example.invalid/a.png">'
        '<script src="https://cdn.example.invalid/vega.js"></script></body></html>'
    )
    _, requested = _chromium(tmp_path / "bad", bad.as_uri(), "--dump-dom")
    assert sorted(requested) == [
        "http://img.example.invalid/a.png",
        "https://cdn.example.invalid/vega.js",
    ]

    dom, requested = _chromium(tmp_path / "dom", page.as_uri(), "--dump-dom")
    assert [u for u in requested if not u.startswith("file:")] == []
    figs = figures(dom)
    assert set(figs) == set(CHARTS)
    static = figures(page.read_text())
    for name in CHARTS:
        assert data_marks(figs[name]) == data_marks(static[name]) > 0, name

    shot = tmp_path / "report.png"
    _, requested = _chromium(
        tmp_path / "shot",
        page.as_uri(),
        f"--screenshot={shot}",
        "--window-size=1100,2600",
        "--hide-scrollbars",
    )
    assert [u for u in requested if not u.startswith("file:")] == []
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000


def test_status_lists_failing_feeds_first(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["status", "--storage", str(sample)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "\x1b[" not in "".join(lines)  # not a terminal: plain text
    assert lines[0].split()[:2] == ["state", "fails"]
    assert lines[1].split()[:3] == ["FAIL", "2", "200"] and "/feeds/broken.xml" in lines[1]
    assert "last error: FeedParseError" in lines[1]
    assert [ln.split()[0] for ln in lines[2:5]] == ["ok"] * 3
    assert lines[-1] == "4 feeds, 1 failing"
    assert cli.main(["status", "--storage", str(sample), "--check"]) == 1


@pytest.mark.parametrize("fmt", FORMATS)
def test_exports_read_back_with_the_tables_rows_and_types(
    sample: Path, tmp_path: Path, fmt: str
) -> None:
    con = duckdb.connect()
    for name, table in TABLES.items():
        out = tmp_path / f"{name}.{fmt}"
        argv = ["export", "--storage", str(sample), "--table", name, "--format", fmt]
        assert cli.main([*argv, "--out", str(out)]) == 0
        back = con.sql(read_back_sql(table, fmt, str(out)))
        stored = con.sql(
            f"SELECT * FROM read_parquet('{sample}/{name}/**/*.parquet', hive_partitioning = "
            f"true, union_by_name = true)"
        )
        stored = con.sql(f"SELECT {', '.join(table.columns)} FROM stored")
        assert back.columns == table.columns
        assert back.types == stored.types, (name, fmt)
        got, want = sorted(map(repr, back.fetchall())), sorted(map(repr, stored.fetchall()))
        assert len(got) == len(want) > 0, (name, fmt)
        assert got == want, (name, fmt)
