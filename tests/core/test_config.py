import datetime as dt
from pathlib import Path

import pytest

from pipelines.core.config import ConfigError, HttpConfig, load_config, read_feed_list
from pipelines.core.fetch import HttpSettings
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
    local = tmp_path / "feed.xml"
    local.write_text("<rss/>")
    path = tmp_path / "feeds.txt"
    path.write_text(f"# my feeds\nhttp://a/rss\n\n  https://b/atom.xml  \n{local}\n")
    assert [f.url for f in read_feed_list(path)] == [
        "http://a/rss",
        "https://b/atom.xml",
        str(local),
    ]


def test_feed_list_names_its_bad_lines(tmp_path: Path) -> None:
    """A garbage line was taken as a file path, polled, and failed with nothing named."""
    path = tmp_path / "feeds.txt"
    path.write_text("http://a/rss\nhello world\nftp://b/feed\n/no/such/feed.xml\nhttp://\n")
    with pytest.raises(ConfigError) as info:
        read_feed_list(path)
    message = str(info.value)
    assert str(path) in message
    for number in (2, 3, 4, 5):
        assert f"line {number}:" in message
    assert "line 1:" not in message


def test_missing_feed_list_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"missing\.txt: cannot read feed list"):
        read_feed_list(tmp_path / "missing.txt")


def test_http_defaults_come_from_the_fetcher() -> None:
    """Declared once (HttpSettings); the config's defaults and its settings() agree with it."""
    assert HttpConfig().settings() == HttpSettings()
    assert HttpConfig(retries=0, allowed_hosts=["A.example"]).settings() == HttpSettings(
        retries=0, allowed_hosts=("a.example",)
    )


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
