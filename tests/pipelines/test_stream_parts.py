"""The stream's parts (pipelines/stream.py) on Beam's TestPipeline: state per feed, once per
URL, the window commit. Real loopback HTTP (the sample site's server, with ETags)."""

import datetime as dt
import time
from collections.abc import Iterator
from pathlib import Path

import apache_beam as beam
import pytest
from apache_beam.testing.util import assert_that, equal_to
from apache_beam.transforms import window
from apache_beam.utils.timestamp import MIN_TIMESTAMP, Timestamp
from test_transforms import HTTP, local_test_pipeline

from pipelines import stream
from pipelines.core.records import poll_row
from pipelines.sample_site.server import SampleSite
from pipelines.state import FeedSpec, PageTask
from pipelines.storage import Storage
from schemas import ERRORS, FEED_POLLS

RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>{{BASE_URL}}/</link>
<description>d</description>
<item><title>A</title><link>{{BASE_URL}}/a.html</link><guid>ga</guid></item>
<item><title>B</title><link>{{BASE_URL}}/b.html</link><guid>gb</guid></item>
</channel></rss>"""


@pytest.fixture
def feed(tmp_path: Path) -> Iterator[str]:
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "f.xml").write_text(RSS, "utf-8")
    site = SampleSite(0, tmp_path / "site").start()
    yield f"{site.base_url}/f.xml"
    site.stop()


def test_poll_feeds_every_keeps_validators_and_listed_entries_in_state(feed: str) -> None:
    """Three ticks: one 200 with two new entries and their page tasks, then two 304s."""
    with local_test_pipeline() as p:
        items = (
            p
            | beam.Create([100.0, 101.0, 102.0])
            | stream.PollFeedsEvery(HTTP, [FeedSpec(feed)], frozenset())
        )
        assert_that(
            items
            | "polls"
            >> beam.FlatMap(
                lambda i: (
                    [(i[1]["not_modified"], i[1]["new_entries"])] if i[0] == "feed_polls" else []
                )
            ),
            equal_to([(False, 2), (True, 0), (True, 0)]),
            label="polls",
        )
        assert_that(
            items | "kinds" >> beam.Map(lambda i: i[0]) | beam.combiners.Count.PerElement(),
            equal_to([("feed_polls", 3), ("feed_entries", 2), ("task", 2)]),
            label="kinds",
        )


def test_poll_feeds_every_leaves_out_entries_known_from_the_tables(feed: str) -> None:
    from pipelines.core.feeds import entry_id

    known = frozenset({entry_id(feed, "ga", None)})
    with local_test_pipeline() as p:
        items = p | beam.Create([100.0]) | stream.PollFeedsEvery(HTTP, [FeedSpec(feed)], known)
        assert_that(
            items | beam.FlatMap(lambda i: [i[1]["guid"]] if i[0] == "feed_entries" else []),
            equal_to(["gb"]),
        )


def test_once_per_url_passes_a_url_once_never_a_stored_one_and_every_other_item() -> None:
    a, b = "http://h/a.html", "http://h/b.html"
    items = [
        ("task", (a, PageTask(a))),
        ("task", (a, PageTask(a, attempt=2))),  # the same link from another feed
        ("task", (b, PageTask(b))),  # stored before the stream started
        ("feed_polls", {"feed_url": "f1"}),
        ("feed_polls", {"feed_url": "f2"}),
    ]
    with local_test_pipeline() as p:
        out = (
            p
            | beam.Create(items)
            | beam.Map(stream._by_url)
            | beam.ParDo(stream.OncePerUrl(frozenset({b}), 3600))
        )
        assert_that(
            out | beam.Map(lambda i: (i[0], i[1][0] if i[0] == "task" else i[1]["feed_url"])),
            equal_to([("task", a), ("feed_polls", "f1"), ("feed_polls", "f2")]),
        )


def _error(n: int, at: dt.datetime) -> dict[str, object]:
    return {
        "error_id": f"e{n}",
        "stage": "fetch",
        "source": f"s{n}",
        "error_type": "x",
        "message": "m",
        "attempt": 1,
        "occurred_at": at,
        "date": at.date(),
    }


def _poll(n: int, at: dt.datetime) -> dict[str, object]:
    return poll_row(
        f"http://h/f{n}.xml",
        at,
        http_status=304,
        not_modified=True,
        bozo=None,
        bozo_message=None,
        entries_seen=0,
        new_entries=0,
        error=None,
        duration_ms=1,
        etag='"e"',
        last_modified=None,
    )


def _commit(root: Path, items: list[tuple[float, tuple[str, dict[str, object]]]]) -> None:
    with local_test_pipeline() as p:
        _ = (
            p
            | beam.Create(items)
            | beam.Map(lambda ti: window.TimestampedValue(ti[1], ti[0]))
            | beam.WindowInto(window.FixedWindows(10))
            | beam.Map(lambda item: ("commit", item))
            | beam.ParDo(stream.CommitWindow(str(root)))
        )


def test_commit_window_writes_a_file_per_window_and_a_retry_rewrites_it(tmp_path: Path) -> None:
    at = dt.datetime(2024, 4, 25, 10, tzinfo=dt.UTC)
    t0 = at.timestamp()
    items = [
        (t0 + 1, ("errors", _error(1, at))),
        (t0 + 2, ("feed_polls", _poll(1, at))),
        (t0 + 3, ("errors", _error(2, at))),
        (t0 + 12, ("errors", _error(3, at))),  # the next window
    ]
    _commit(tmp_path, items)
    storage = Storage(str(tmp_path))
    files = sorted(storage.part_files(ERRORS))
    assert len(files) == 2 and len(storage.part_files(FEED_POLLS)) == 1
    assert sorted(storage.read(ERRORS)["error_id"].to_pylist()) == ["e1", "e2", "e3"]

    _commit(tmp_path, items)  # the same windows committed again, as a retried timer would
    assert sorted(storage.part_files(ERRORS)) == files
    assert sorted(storage.read(ERRORS)["error_id"].to_pylist()) == ["e1", "e2", "e3"]


def test_until_takes_a_utc_time_or_a_duration() -> None:
    import argparse

    from pipelines.cli import _until

    assert _until("2024-04-25T10:00") == dt.datetime(2024, 4, 25, 10, tzinfo=dt.UTC)
    ahead = _until("90s") - dt.datetime.now(dt.UTC)
    assert dt.timedelta(seconds=85) < ahead <= dt.timedelta(seconds=90)
    assert _until("2h") - dt.datetime.now(dt.UTC) > dt.timedelta(minutes=119)
    with pytest.raises(argparse.ArgumentTypeError, match="not a time"):
        _until("soon")


def test_everything_a_poll_gives_has_one_time_so_one_window(feed: str) -> None:
    """The poll row (its validators) must not commit in an earlier window than its entries:
    a kill between the two would lose the entries (the next poll is a 304). A stream test
    caught this when items took the time they reached the committer, after a shuffle."""
    with local_test_pipeline() as p:
        items = (
            p | beam.Create([100.0]) | stream.PollFeedsEvery(HTTP, [FeedSpec(feed)], frozenset())
        )
        assert_that(
            items
            | beam.Map(lambda i, ts=beam.DoFn.TimestampParam: ts.micros // 1000)
            | beam.Distinct()
            | beam.Map(lambda ms: abs(ms / 1000 - time.time()) < 60),
            equal_to([True]),
        )


def test_the_committer_keeps_the_poll_time_and_times_only_rows_without_one() -> None:
    row = ("errors", {"error_id": "e"})
    assert stream._stamped(row, Timestamp(100)) is row
    restamped = stream._stamped(row, MIN_TIMESTAMP)
    assert restamped.value is row and abs(restamped.timestamp.micros / 1e6 - time.time()) < 5
