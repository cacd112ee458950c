import datetime as dt
from pathlib import Path

import pytest

from pipelines.core.config import ConfigError, load_config, read_feed_list
from pipelines.core.retry import FailureHistory, is_parked, retry_due


def test_config_with_typo_names_the_key(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text("feeds: [http://a/rss]\nhttp:\n  conect_timeout: 3\n")
    with pytest.raises(ConfigError, match=r"http\.conect_timeout"):
        load_config(path)


def test_config_feeds_as_strings_or_mappings(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text(
        "storage: /srv/x\nfeeds:\n  - http://a/rss\n  - {url: http://b/atom, language: zh}\n"
    )
    config = load_config(path)
    assert [f.url for f in config.feeds] == ["http://a/rss", "http://b/atom"]
    assert config.feeds[1].language == "zh"
    assert config.http.settings().allow_private is False  # private addresses refused by default


def test_plain_feed_list(tmp_path: Path) -> None:
    path = tmp_path / "feeds.txt"
    path.write_text("# my feeds\nhttp://a/rss\n\n  https://b/atom.xml  \n/local/feed.xml\n")
    assert [f.url for f in read_feed_list(path)] == [
        "http://a/rss",
        "https://b/atom.xml",
        "/local/feed.xml",
    ]


def test_opml_feed_list(tmp_path: Path) -> None:
    path = tmp_path / "feeds.opml"
    path.write_text(
        '<?xml version="1.0"?><opml version="2.0"><body><outline text="EV">'
        '<outline text="A" xmlUrl="http://a/rss"/><outline text="B" xmlUrl="http://b/rss"/>'
        "</outline></body></opml>"
    )
    feeds = read_feed_list(path)
    assert [(f.url, f.name) for f in feeds] == [("http://a/rss", "A"), ("http://b/rss", "B")]


def test_opml_with_entities_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "evil.opml"
    path.write_text('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><opml/>')
    with pytest.raises(ConfigError):
        read_feed_list(path)


T0 = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("attempts", "minutes_later", "due"),
    [(1, 29, False), (1, 30, True), (2, 59, False), (2, 60, True), (5, 10_000, False)],
)
def test_retry_backoff_and_parking(attempts: int, minutes_later: int, due: bool) -> None:
    history = FailureHistory(attempts, T0)
    now = T0 + dt.timedelta(minutes=minutes_later)
    assert retry_due(history, now, max_attempts=5, base_minutes=30) is due
    assert is_parked(history, 5) is (attempts >= 5)
    assert retry_due(None, now, 5, 30)
