"""The DoFns on Beam's TestPipeline, with assert_that: real runner, real loopback HTTP."""

import datetime as dt
from pathlib import Path

import apache_beam as beam
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to
from conftest import LoopbackServer

from pipelines import transforms as t
from pipelines.core.config import HttpConfig
from pipelines.core.feeds import entry_id
from pipelines.options import local_runner
from pipelines.state import FeedSpec, PageTask
from pipelines.storage import Storage
from schemas import ERRORS

RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><title>A</title><link>http://h/a</link><guid>ga</guid></item>
<item><title>B</title><link>http://h/b</link><guid>gb</guid></item>
</channel></rss>"""
HTTP = HttpConfig(allow_private=True, retries=0, fetch_threads=4)


def local_test_pipeline() -> TestPipeline:
    """Beam's TestPipeline on the runner xauto runs locally (not the DirectRunner's Prism try)."""
    options = TestPipeline().options
    return TestPipeline(runner=local_runner(options), options=options)


def test_poll_feed_keeps_only_new_entries(tmp_path: Path) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_bytes(RSS)
    known = frozenset({entry_id(str(feed), "ga", None)})
    with local_test_pipeline() as p:
        out = (
            p
            | beam.Create([FeedSpec(str(feed))])
            | beam.Map(lambda f: [f])
            | beam.ParDo(t.PollFeed(HTTP, known)).with_outputs("entries", main="polls")
        )
        assert_that(
            out.entries | "guids" >> beam.Map(lambda r: r["guid"]), equal_to(["gb"]), label="new"
        )
        assert_that(
            out.polls | beam.Map(lambda r: (r["entries_seen"], r["new_entries"], r["error"])),
            equal_to([(2, 1, None)]),
            label="poll",
        )


def test_poll_failure_gives_poll_row_and_error_row(server: LoopbackServer) -> None:
    server.reply("/broken.xml", 200, b"<html><body>oops</body></html>")
    server.reply("/down.xml", 500)
    feeds = [FeedSpec(f"{server.url}/broken.xml"), FeedSpec(f"{server.url}/down.xml")]
    with local_test_pipeline() as p:
        polled = p | beam.Create([feeds]) | beam.ParDo(t.PollFeed(HTTP, frozenset()))
        split = polled | beam.ParDo(t.SplitPollErrors()).with_outputs(t.ERRORS_TAG, main="rows")
        assert_that(
            split.rows | beam.Map(lambda r: (r["feed_url"].rsplit("/", 1)[1], r["http_status"])),
            equal_to([("broken.xml", 200), ("down.xml", 500)]),
            label="polls",
        )
        assert_that(
            split[t.ERRORS_TAG] | beam.Map(lambda r: (r["stage"], r["error_type"])),
            equal_to([("poll", "FeedParseError"), ("poll", "HTTPStatus")]),
            label="errors",
        )


def test_fetch_routes_failures_to_errors_and_keeps_good_pages(server: LoopbackServer) -> None:
    server.reply("/ok.html", 200, b"<html>ok</html>", {"Content-Type": "text/html"})
    server.reply("/gone.html", 404)
    tasks = [PageTask(f"{server.url}/ok.html"), PageTask(f"{server.url}/gone.html", attempt=2)]
    with local_test_pipeline() as p:
        out = (
            p
            | beam.Create([[("loopback", tasks)]])
            | beam.ParDo(t.FetchPages(HTTP)).with_outputs(t.ERRORS_TAG, main="pages")
        )
        assert_that(
            out.pages | beam.Map(lambda pt: (pt[0]["url"].rsplit("/", 1)[1], pt[0]["body"])),
            equal_to([("ok.html", b"<html>ok</html>")]),
            label="pages",
        )
        assert_that(
            out[t.ERRORS_TAG] | beam.Map(lambda r: (r["error_type"], r["attempt"])),
            equal_to([("HTTPStatus", 2)]),
            label="errors",
        )


def test_write_partition_splits_into_files_of_bounded_rows(tmp_path: Path) -> None:
    day = dt.date(2024, 4, 25)
    at = dt.datetime(2024, 4, 25, tzinfo=dt.UTC)
    rows = [
        {
            "error_id": f"e{i}",
            "stage": "fetch",
            "source": "s",
            "error_type": "x",
            "message": "m",
            "attempt": 1,
            "occurred_at": at,
            "date": day,
        }
        for i in range(5)
    ]
    with local_test_pipeline() as p:
        written = p | beam.Create(rows) | t.AppendRows(str(tmp_path), "errors", max_rows=2)
        assert_that(written | beam.Map(lambda w: w["rows"]), equal_to([2, 2, 1]))
    assert Storage(str(tmp_path)).read(ERRORS).num_rows == 5


def _page(i: int, day: dt.date) -> dict[str, object]:
    """A raw_pages row (tests/pipelines: the table's own columns)."""
    return {
        "page_id": f"p{i}",
        "url": f"http://h/{i}",
        "final_url": None,
        "http_status": 200,
        "content_type": "text/html",
        "fetched_at": dt.datetime(day.year, day.month, day.day, 9, tzinfo=dt.UTC),
        "body": b"<html>%d</html>" % i,
        "fetch_date": day,
    }


def test_write_pages_passes_pages_on_and_commits_them(tmp_path: Path) -> None:
    """The raw pages are staged on their way to cleaning (StagePages): every (row, task) pair
    goes on unchanged, and every row is committed once, one file per day."""
    from pipelines.graph import WritePages
    from schemas import RAW_PAGES

    days = [dt.date(2024, 5, 1), dt.date(2024, 5, 2)]
    pairs = [(_page(i, days[i % 2]), PageTask(f"http://h/{i}")) for i in range(7)]
    with local_test_pipeline() as p:
        out = p | beam.Create(pairs) | WritePages(str(tmp_path))
        written = out["staged"] | t.CommitStaged(str(tmp_path))
        assert_that(
            out["pages"] | "urls" >> beam.Map(lambda pt: (pt[0]["page_id"], pt[1].url)),
            equal_to([(r["page_id"], task.url) for r, task in pairs]),
            label="passed on",
        )
        assert_that(
            written | beam.Map(lambda w: (w["partition"], w["rows"])),
            equal_to([("2024-05-01", 4), ("2024-05-02", 3)]),
            label="written",
        )
    stored = Storage(str(tmp_path)).read(RAW_PAGES, ["page_id", "body"]).to_pylist()
    assert sorted((r["page_id"], r["body"]) for r in stored) == sorted(
        (r["page_id"], r["body"]) for r, _ in pairs
    )


def test_write_rows_stages_several_partitions_side_by_side(tmp_path: Path) -> None:
    """A bundle's partitions are staged by threads at its end: one file per partition, each
    row once, and the CPU of each staging still reaches the write_cpu_ms metric's caller."""
    rows = [
        {
            "error_id": f"e{i}",
            "stage": "fetch",
            "source": "s",
            "error_type": "x",
            "message": "m",
            "attempt": 1,
            "occurred_at": dt.datetime(2024, 5, 1 + i % 5, tzinfo=dt.UTC),
            "date": dt.date(2024, 5, 1 + i % 5),
        }
        for i in range(23)
    ]
    fn = t.WriteRows(str(tmp_path), "errors", max_rows=100)
    fn.setup()
    fn.start_bundle()
    assert [s for r in rows for s in fn.process(dict(r))] == []
    staged = [wv.value for wv in fn.finish_bundle()]
    fn.teardown()
    assert sorted((s["partition"], s["rows"]) for s in staged) == [
        (f"2024-05-0{d}", 5 if d < 4 else 4) for d in range(1, 6)
    ]
    storage = Storage(str(tmp_path))
    assert storage.read(ERRORS).num_rows == 0  # staged, not visible until committed
    commit = t.CommitFiles(str(tmp_path))
    commit.setup()
    for s in staged:
        list(commit.process((s["partition"], [s])))
    assert sorted(storage.read(ERRORS, ["error_id"])["error_id"].to_pylist()) == sorted(
        r["error_id"] for r in rows
    )


def test_commit_files_publishes_tables_in_commit_order(tmp_path: Path) -> None:
    """One commit step publishes a pipeline's tables in COMMIT_ORDER whatever order their
    staged files arrive in: an article never shows before its events, a poll before its
    entries. A second run of the step (a runner's retry) publishes nothing twice."""
    from schemas import table

    storage = Storage(str(tmp_path))
    day = dt.date(2024, 5, 1)
    staged = [vars(storage.stage_part(table(name), day, [])) for name in reversed(t.COMMIT_ORDER)]
    commit = t.CommitFiles(str(tmp_path))
    commit.setup()
    done = list(commit.process((t.STAGED_KEY, staged)))
    assert [w["table"] for w in done] == list(t.COMMIT_ORDER)
    assert all(Path(w["path"]).is_file() for w in done)
    assert not any(Path(s["path"]).exists() for s in staged)
    again = list(commit.process((t.STAGED_KEY, staged)))
    assert [w["path"] for w in again] == [w["path"] for w in done]
    assert sum(len(storage.part_files(table(name))) for name in t.COMMIT_ORDER) == 6
