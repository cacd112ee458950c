"""The store's history (URLs fetched, entry and event ids) handed to a pipeline's steps as
CompactSets: the same answers as the sets they replace, pickled once as one small blob."""

import uuid
from pathlib import Path

import pytest
from apache_beam.internal import pickler
from conftest import LoopbackServer

from pipelines import launcher
from pipelines import pipeline as wiring
from pipelines.core.config import Config, HttpConfig

PAGE = (
    b'<html lang="en"><head><title>SU7 orders</title></head><body><article><h1>SU7 orders</h1>'
    b"<p>Xiaomi said on Monday that the SU7 had collected 75,723 locked orders as of April 24, "
    b"a figure that surprised analysts who had expected a slower start for the car.</p>"
    b"</article></body></html>"
)


def _rss(*items: tuple[str, str]) -> bytes:
    body = "".join(
        f"<item><title>{guid}</title><link>{link}</link><guid>{guid}</guid></item>"
        for guid, link in items
    )
    head = '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
    return f"{head}{body}</channel></rss>".encode()


def test_a_compact_set_survives_beams_pickler_with_the_same_members() -> None:
    odd = {"https://h.example/a?q=1", "第一条\nline two", "", "e" * 64}
    assert pickler.loads(pickler.dumps(wiring.compact(frozenset()))) == frozenset()
    for values in (frozenset(odd), frozenset(f"u{i}" for i in range(20_000))):
        values |= {str(uuid.uuid4())}  # a blob no earlier test pickled (the cache below)
        before = wiring._unpack_set.cache_info().misses
        back = pickler.loads(pickler.dumps(wiring.compact(values)))
        assert isinstance(back, wiring.CompactSet) and back == values
        assert wiring._unpack_set.cache_info().misses == before + 1  # its reducer, not pickle's
        assert pickler.loads(pickler.dumps(back)) is back  # the same blob: the same set again
        assert "第一条\nline two" in back or len(back) > 20_000


@pytest.mark.parametrize("limit", [0, 1000])
def test_a_url_fetched_before_is_not_fetched_again_under_a_new_entry(
    server: LoopbackServer, tmp_path: Path, limit: int
) -> None:
    """A feed that lists a stored page again under another guid (a re-post, a second feed):
    only its new pages are fetched. With no page limit the poll and the fetch are one
    pipeline, so the store's URLs are checked inside it (the wiring's filter); in chunks,
    the plan after the poll leaves them out."""
    a, c = f"{server.url}/a.html", f"{server.url}/c.html"
    for path in ("/a.html", "/c.html"):
        server.reply(path, 200, PAGE, {"Content-Type": "text/html"})
    server.reply("/feed.xml", 200, _rss(("ga", a)), {"Content-Type": "application/rss+xml"})
    config = Config(
        feeds=[{"url": f"{server.url}/feed.xml"}],  # type: ignore[list-item]
        storage=str(tmp_path / "data"),
        http=HttpConfig(allow_private=True, retries=0),
        beam={"workers": 1, "max_pages_per_pipeline": limit},  # type: ignore[arg-type]
    )
    assert launcher.run_ingest(config).count("pages_fetched") == 1
    server.reply(
        "/feed.xml", 200, _rss(("ga-again", a), ("gc", c)), {"Content-Type": "application/rss+xml"}
    )
    again = launcher.run_ingest(config)
    assert again.rows["feed_entries"] == 2  # both entries are new
    assert again.count("pages_fetched") == 1 and again.rows["raw_pages"] == 1
    assert server.hits["/a.html"] == 1 and server.hits["/c.html"] == 1
