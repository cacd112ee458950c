"""PollFeed on Beam's TestPipeline: a failure of one feed, or one entry, is that feed's or that
entry's error row; the other feeds of the batch land (issue 11)."""

from pathlib import Path

import apache_beam as beam
import pytest
from apache_beam.testing.util import assert_that, equal_to
from test_transforms import HTTP, RSS, local_test_pipeline

from pipelines import transforms as t
from pipelines.core import feeds as feeds_module
from pipelines.state import FeedSpec


def test_a_bug_in_one_feed_is_its_error_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A parser bug is simulated for one file (nothing in the real parser raises on bytes any
    more); the DoFn must turn it into that feed's poll error and keep the other feed."""
    good, bad = tmp_path / "good.xml", tmp_path / "bad.xml"
    good.write_bytes(RSS)
    bad.write_bytes(RSS)
    real = feeds_module.parse_feed

    def parse(data: bytes, feed_url: str, content_type: str | None = None) -> object:
        if feed_url.endswith("bad.xml"):
            raise RuntimeError("simulated parser bug")
        return real(data, feed_url, content_type)

    monkeypatch.setattr(t, "parse_feed", parse)
    with local_test_pipeline() as p:
        out = (
            p
            | beam.Create([[FeedSpec(str(good)), FeedSpec(str(bad))]])
            | beam.ParDo(t.PollFeed(HTTP, frozenset())).with_outputs("entries", main="polls")
        )
        split = out.polls | beam.ParDo(t.SplitPollErrors()).with_outputs(t.ERRORS_TAG, main="rows")
        assert_that(
            out.entries | "guids" >> beam.Map(lambda r: r["guid"]),
            equal_to(["ga", "gb"]),
            label="entries",
        )
        assert_that(
            split.rows | beam.Map(lambda r: (Path(r["feed_url"]).name, r["error"])),
            equal_to([("good.xml", None), ("bad.xml", "RuntimeError: simulated parser bug")]),
            label="polls",
        )
        assert_that(
            split[t.ERRORS_TAG] | beam.Map(lambda r: (r["stage"], r["error_type"])),
            equal_to([("poll", "RuntimeError")]),
            label="errors",
        )


def test_unusable_entry_links_are_error_rows_once(tmp_path: Path) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_bytes(
        b'<rss version="2.0"><channel>'
        b"<item><title>a</title><link>http://h.example:99999/a</link><guid>a</guid></item>"
        b"<item><title>b</title><link>http://[::1/b</link><guid>b</guid></item>"
        b"<item><title>c</title><link>http://h.example/c</link><guid>c</guid></item>"
        b"</channel></rss>"
    )
    with local_test_pipeline() as p:
        out = (
            p
            | beam.Create([[FeedSpec(str(feed))]])
            | beam.ParDo(t.PollFeed(HTTP, frozenset())).with_outputs("entries", main="polls")
        )
        split = out.polls | beam.ParDo(t.SplitPollErrors()).with_outputs(t.ERRORS_TAG, main="rows")
        assert_that(
            out.entries | beam.Map(lambda r: (r["guid"], r["canonical_url"])),
            equal_to([("a", None), ("b", None), ("c", "http://h.example/c")]),
            label="entries",
        )
        assert_that(
            split[t.ERRORS_TAG] | beam.Map(lambda r: (r["source"], r["error_type"])),
            equal_to([("http://h.example:99999/a", "InvalidURL"), ("http://[::1/b", "InvalidURL")]),
            label="errors",
        )
        assert_that(
            split.rows | beam.Map(lambda r: (r["entries_seen"], r["error"])),
            equal_to([(3, None)]),
            label="polls",
        )
