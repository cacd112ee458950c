"""Feed health from poll rows: failures in a row, order, recent entries, the last error."""

import datetime as dt

import pytest

from pipelines.core.health import age, feed_health

NOW = dt.datetime(2024, 5, 10, 12, 0, tzinfo=dt.UTC)


def poll(url: str, hours_ago: float, error: str | None = None, status: int | None = 200) -> dict:
    return {
        "feed_url": url,
        "polled_at": NOW - dt.timedelta(hours=hours_ago),
        "http_status": status,
        "not_modified": False,
        "error": error,
    }


def entry(url: str, days_ago: float) -> dict:
    return {"feed_url": url, "first_seen_at": NOW - dt.timedelta(days=days_ago)}


def test_failures_in_a_row_count_back_to_the_last_success() -> None:
    polls = [
        poll("a", 5, "Timeout"),  # before a success: not "in a row"
        poll("a", 4),
        poll("a", 2, "HTTP 500", 500),
        poll("a", 1, "HTTP 503", 503),
    ]
    (a,) = feed_health(polls, [], NOW)
    assert a.failures_in_a_row == 2 and a.failing
    assert a.http_status == 503 and a.polls == 4
    assert a.last_error == "HTTP 503" and a.last_error_at == NOW - dt.timedelta(hours=1)


def test_recovered_feed_is_healthy_but_keeps_its_last_error() -> None:
    (b,) = feed_health([poll("b", 3, "Timeout"), poll("b", 1)], [], NOW)
    assert not b.failing and b.failures_in_a_row == 0
    assert b.last_error == "Timeout"


def test_failing_first_most_failures_first_then_by_url() -> None:
    polls = [
        poll("z-ok", 1),
        poll("a-ok", 1),
        poll("once", 1, "x"),
        poll("twice", 2, "x"),
        poll("twice", 1, "y"),
    ]
    assert [f.feed_url for f in feed_health(polls, [], NOW)] == ["twice", "once", "a-ok", "z-ok"]


def test_entries_in_the_last_seven_days() -> None:
    entries = [entry("a", 1), entry("a", 6.9), entry("a", 7.1), entry("a", 30), entry("gone", 1)]
    (a,) = feed_health([poll("a", 1)], entries, NOW)
    assert (a.entries_recent, a.entries_total) == (2, 4)  # a feed never polled is not listed


def test_unordered_polls_and_a_local_file() -> None:
    polls = [poll("f", 1, status=None), poll("f", 3, "missing", status=None)]
    (f,) = feed_health(polls, [], NOW)
    assert f.http_status is None and not f.failing


def test_no_polls_no_feeds() -> None:
    assert feed_health([], [entry("a", 1)], NOW) == []


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(-5, "0 s"), (59, "59 s"), (60, "1 min"), (3599, "59 min"), (7200, "2 h"), (86400 * 3, "3 d")],
)
def test_age(seconds: int, text: str) -> None:
    assert age(NOW - dt.timedelta(seconds=seconds), NOW) == text
