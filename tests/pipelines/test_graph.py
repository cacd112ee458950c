"""Each named part of the ingest graph (pipelines/graph.py) on its own, on Beam's TestPipeline
with assert_that, as Beam's examples test UserScore: real runner, real loopback HTTP."""

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import apache_beam as beam
import pyarrow.parquet as pq
from apache_beam.testing.util import assert_that, equal_to
from conftest import LoopbackServer
from test_transforms import HTTP, RSS, local_test_pipeline

from pipelines import graph
from pipelines import transforms as t
from pipelines.core.config import Config
from pipelines.core.feeds import entry_id
from pipelines.state import FeedSpec, PageTask
from pipelines.storage import Storage
from schemas import ERRORS

PAGE = (
    b'<html lang="en"><head><title>SU7 orders</title></head><body><article><h1>SU7 orders</h1>'
    b"<p>Xiaomi said on Monday that the SU7 had collected 75,723 locked orders as of April 24, "
    b"a figure that surprised analysts who had expected a slower start for the car.</p>"
    b"<p>The company plans to deliver 100,000 vehicles this year, it said in a statement.</p>"
    b"</article></body></html>"
)


def test_poll_feeds_gives_polls_new_entries_and_errors(server: LoopbackServer) -> None:
    server.reply("/feed.xml", 200, RSS, {"Content-Type": "application/rss+xml", "ETag": '"v1"'})
    server.reply("/down.xml", 503)
    feeds = [FeedSpec(f"{server.url}/feed.xml"), FeedSpec(f"{server.url}/down.xml")]
    known = frozenset({entry_id(feeds[0].url, "ga", None)})
    with local_test_pipeline() as p:
        polled = p | graph.PollFeeds(HTTP, feeds, known)
        assert_that(
            polled["entries"] | "guids" >> beam.Map(lambda r: r["guid"]),
            equal_to(["gb"]),
            label="entries",
        )
        assert_that(
            polled["polls"]
            | "polls"
            >> beam.Map(lambda r: (r["feed_url"].rsplit("/", 1)[1], r["new_entries"], r["etag"])),
            equal_to([("feed.xml", 1, '"v1"'), ("down.xml", 0, None)]),
            label="polls",
        )
        assert_that(
            polled["errors"] | "errors" >> beam.Map(lambda r: (r["stage"], r["error_type"])),
            equal_to([("poll", "HTTPStatus")]),
            label="errors",
        )


def test_fetch_new_pages_fetches_each_url_once_and_skips_stored(server: LoopbackServer) -> None:
    for name in ("a", "b"):
        server.reply(f"/{name}.html", 200, PAGE, {"Content-Type": "text/html"})
    server.reply("/gone.html", 404)
    a, b, gone = (f"{server.url}/{n}" for n in ("a.html", "b.html", "gone.html"))
    tasks = [
        (a, PageTask(a, attempt=2)),
        (a, PageTask(a, attempt=1)),  # the same URL from a second feed: fetched once
        (b, PageTask(b)),  # stored before: not fetched
        (gone, PageTask(gone)),
    ]
    with local_test_pipeline() as p:
        fetched = p | beam.Create(tasks) | graph.FetchNewPages(HTTP, frozenset({b}))
        assert_that(
            fetched["pages"] | "pages" >> beam.Map(lambda pt: (pt[0]["url"], pt[1].attempt)),
            equal_to([(a, 1)]),
            label="pages",
        )
        assert_that(
            fetched["errors"] | "errors" >> beam.Map(lambda r: (r["source"], r["error_type"])),
            equal_to([(gone, "HTTPStatus")]),
            label="errors",
        )
    assert server.hits.get("/a.html") == 1 and "/b.html" not in server.hits


def _page_row(url: str, body: bytes) -> dict[str, object]:
    at = dt.datetime(2024, 4, 25, 10, tzinfo=dt.UTC)
    return {
        "page_id": "p-" + url,
        "url": url,
        "final_url": url,
        "http_status": 200,
        "content_type": "text/html",
        "fetched_at": at,
        "body": body,
        "fetch_date": at.date(),
    }


def _events_of_the_good_page(url: str) -> Callable[[list[tuple[str, float]]], None]:
    """The figure the page states is among its events, and all are of that page (which
    events the extractor takes exactly is tests/core's business)."""

    def check(events: list[tuple[str, float]]) -> None:
        assert events and {u for u, _ in events} == {url}
        assert 75723.0 in {v for _, v in events}

    return check


def test_clean_and_extract_gives_articles_events_and_errors() -> None:
    published = dt.datetime(2024, 4, 25, 8, tzinfo=dt.UTC)
    good = "https://news.example/su7-orders.html"
    empty = "https://news.example/empty.html"
    pages = [
        (_page_row(good, PAGE), PageTask(good, "SU7 orders", published)),
        (_page_row(empty, b"<html><body></body></html>"), PageTask(empty, "Empty", published)),
    ]
    with local_test_pipeline() as p:
        cleaned = p | beam.Create(pages) | graph.CleanAndExtract(Config(), frozenset())
        assert_that(
            cleaned["articles"] | "articles" >> beam.Map(lambda r: (r["url"], bool(r["text"]))),
            equal_to([(good, True), (empty, False)]),
            label="articles",
        )
        assert_that(
            cleaned["events"] | "events" >> beam.Map(lambda r: (r["url"], r["value"])),
            _events_of_the_good_page(good),
            label="events",
        )
        assert_that(
            cleaned["errors"] | "errors" >> beam.Map(lambda r: (r["source"], r["error_type"])),
            equal_to([(empty, "EmptyText")]),
            label="errors",
        )


def _error(i: int, day: dt.date) -> dict[str, object]:
    at = dt.datetime.combine(day, dt.time(10), tzinfo=dt.UTC)
    return {
        "error_id": f"e{i}",
        "stage": "fetch",
        "source": f"s{i}",
        "error_type": "x",
        "message": "m",
        "attempt": 1,
        "occurred_at": at,
        "date": day,
    }


def test_write_table_appends_then_replace_swaps_whole_days(tmp_path: Path) -> None:
    d1, d2 = dt.date(2024, 4, 25), dt.date(2024, 4, 26)
    rows = [_error(i, d1 if i < 3 else d2) for i in range(5)]
    with local_test_pipeline() as p:
        written = p | beam.Create(rows) | graph.WriteTable(str(tmp_path), ERRORS)
        assert_that(
            written | beam.Map(lambda w: (w["partition"], w["rows"])),
            equal_to([(str(d1), 3), (str(d2), 2)]),
        )
    storage = Storage(str(tmp_path))
    assert sorted(storage.read(ERRORS)["error_id"].to_pylist()) == [f"e{i}" for i in range(5)]

    with local_test_pipeline() as p:
        _ = p | beam.Create([_error(9, d1)]) | graph.WriteTable(str(tmp_path), ERRORS, replace=True)
    assert sorted(storage.read(ERRORS)["error_id"].to_pylist()) == ["e3", "e4", "e9"]
    assert [pq.read_table(f).num_rows for f in storage.part_files(ERRORS, d1)] == [1]


def _task(url: str, day: int | None) -> tuple[str, PageTask]:
    published = dt.datetime(2025, 6, day, tzinfo=dt.UTC) if day else None
    return url, PageTask(url, None, published)


def test_at_most_new_pages_keeps_the_newest_and_counts_the_rest() -> None:
    """A chunked run's first pipeline polls and fetches together: the poll's new pages are
    capped there, newest first (undated last), a page linked twice holding one place, and the
    counters tell the launcher what is left for its next pipeline (the pages left out; with
    no place at all, every task)."""
    tasks = [_task("u/old", 1), _task("u/new", 20), _task("u/mid", 10), _task("u/none", None)]
    tasks.append(_task("u/new", 20))  # a second entry of one page
    cases = (
        (2, ["u/new", "u/mid"]),
        (3, ["u/new", "u/mid", "u/old"]),
        (0, []),
        (10, ["u/new", "u/mid", "u/old", "u/none"]),
    )
    for n, expected in cases:
        with local_test_pipeline() as p:
            kept = p | beam.Create(tasks) | graph.AtMostNewPages(n)
            assert_that(kept | beam.Map(lambda kv: kv[0]), equal_to(expected))
        counters = {c.key.metric.name: c.committed for c in p.result.metrics().query()["counters"]}
        left = len(tasks) if n == 0 else 4 - len(expected)  # four pages
        assert counters == {"new_pages_selected": len(expected), "new_pages_deferred": left}
    with local_test_pipeline() as p:  # no new entry: nothing, and a count of none left
        kept = p | beam.Create([]) | graph.AtMostNewPages(3)
        assert_that(kept, equal_to([]))
    counters = {c.key.metric.name: c.committed for c in p.result.metrics().query()["counters"]}
    assert counters == {"new_pages_selected": 0, "new_pages_deferred": 0}


def test_newest_tasks_merges_partial_heaps_as_one() -> None:
    """The runner may combine in parts and merge them: the same pages and count."""
    fn = t.NewestTasks(2)
    parts = [[_task("a", 3), _task("b", 1)], [_task("c", 2), _task("a", 3), _task("d", None)]]
    accs = []
    for part in parts:
        acc = fn.create_accumulator()
        for kv in part:
            acc = fn.add_input(acc, kv)
        accs.append(acc)
    kept, seen = fn.extract_output(fn.merge_accumulators(accs))
    assert [url for url, _ in kept] == ["a", "c"] and seen == 2  # b and d left out
