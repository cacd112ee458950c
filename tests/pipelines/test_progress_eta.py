"""The progress line's totals and time left: known after the poll, shown on a terminal."""

import contextlib
import io
from pathlib import Path

import pytest

from pipelines import launcher, progress
from pipelines.core.config import Config, HttpConfig
from pipelines.sample_site.server import SampleSite


@pytest.mark.parametrize(
    ("done", "total", "elapsed", "left"),
    [
        (0, 10, 5.0, None),
        (5, 10, 0.0, None),
        (5, 10, 5.0, 5.0),
        (1, 100, 2.0, 198.0),
        (12, 10, 3.0, 0.0),
    ],
)
def test_eta_at_the_rate_so_far(done: int, total: int, elapsed: float, left: float | None) -> None:
    assert progress.eta_seconds(done, total, elapsed) == left


def test_status_line_shows_totals_and_the_slowest_stage_s_time_left() -> None:
    line = progress.status_line(
        {"feeds": 4, "pages": 50, "articles": 20},
        {"pages": 100, "articles": 100},
        {"pages": 0.0, "articles": 10.0},
        now=60.0,
    )
    # pages: 50 in 60 s, 60 s left; articles: 20 in 50 s, 200 s left
    assert line == "feeds 4  pages 50/100  articles 20/100  about 3 min 20 s left"
    assert progress.status_line({"feeds": 2}, {}, {}, now=1.0) == "feeds 2"


def test_a_run_sets_the_totals_after_the_poll(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The sample's feeds list 45 pages (one answers 500): the line counts to 45/45."""
    monkeypatch.setenv("XAUTO_PROGRESS", "1")
    for name in ("_counts", "_totals", "_started"):
        monkeypatch.setattr(progress, name, {})
    site = SampleSite(0).start()
    err = io.StringIO()
    try:
        config = Config(
            feeds=[{"url": u} for u in site.feed_urls],  # type: ignore[misc]
            storage=str(tmp_path),
            http=HttpConfig(allow_private=True, retries=0),
        )
        with contextlib.redirect_stderr(err):
            launcher.run_ingest(config)
    finally:
        site.stop()
    assert progress._totals == {"pages": 45, "articles": 45}
    assert progress._counts["pages"] == 45 and progress._counts["articles"] == 44
    drawn = err.getvalue().split("\r\x1b[K")
    assert any("pages " in d and "/45" in d for d in drawn), drawn[-3:]
    assert any(d.endswith(" left") for d in drawn), drawn[-3:]
