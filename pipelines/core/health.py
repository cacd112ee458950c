"""Feed health from the poll history: what an operator checks first (status and report).

Pure: takes rows as the tables hold them (dicts), returns frozen dataclasses. No I/O.
"""

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

RECENT_DAYS = 7  # "entries in the last 7 days": a feed that stops publishing shows 0 here


@dataclass(frozen=True)
class FeedHealth:
    feed_url: str
    last_poll: dt.datetime
    http_status: int | None  # of the last poll; None for a local file or no response
    not_modified: bool  # the last poll was answered 304
    failures_in_a_row: int  # latest polls that failed, counted back to the last success
    polls: int
    entries_recent: int  # entries first seen in the last RECENT_DAYS days
    entries_total: int
    last_error: str | None  # the newest error message, even if a later poll succeeded
    last_error_at: dt.datetime | None

    @property
    def failing(self) -> bool:
        return self.failures_in_a_row > 0


def feed_health(
    polls: Iterable[Mapping[str, Any]],
    entries: Iterable[Mapping[str, Any]],
    now: dt.datetime,
    recent_days: int = RECENT_DAYS,
) -> list[FeedHealth]:
    """One FeedHealth per polled feed, failing feeds first (most failures first), then by URL.

    `polls` are feed_polls rows (feed_url, polled_at, http_status, not_modified, error);
    `entries` are feed_entries rows (feed_url, first_seen_at).
    """
    by_feed: dict[str, list[Mapping[str, Any]]] = {}
    for row in polls:
        by_feed.setdefault(str(row["feed_url"]), []).append(row)
    since = now - dt.timedelta(days=recent_days)
    recent: dict[str, int] = {}
    total: dict[str, int] = {}
    for row in entries:
        url = str(row["feed_url"])
        total[url] = total.get(url, 0) + 1
        seen = row.get("first_seen_at")
        if seen is not None and seen >= since:
            recent[url] = recent.get(url, 0) + 1
    out = []
    for url, rows in by_feed.items():
        rows.sort(key=lambda r: r["polled_at"], reverse=True)  # newest first
        failures = 0
        for r in rows:
            if not r.get("error"):
                break
            failures += 1
        last_err = next((r for r in rows if r.get("error")), None)
        last = rows[0]
        out.append(
            FeedHealth(
                feed_url=url,
                last_poll=last["polled_at"],
                http_status=last.get("http_status"),
                not_modified=bool(last.get("not_modified")),
                failures_in_a_row=failures,
                polls=len(rows),
                entries_recent=recent.get(url, 0),
                entries_total=total.get(url, 0),
                last_error=None if last_err is None else str(last_err["error"]),
                last_error_at=None if last_err is None else last_err["polled_at"],
            )
        )
    out.sort(key=lambda h: (-h.failures_in_a_row, h.feed_url))
    return out


def age(then: dt.datetime, now: dt.datetime) -> str:
    """A short age: '45 s', '12 min', '3 h', '2 d' ago."""
    seconds = max(0, int((now - then).total_seconds()))
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min"
    if seconds < 86400:
        return f"{seconds // 3600} h"
    return f"{seconds // 86400} d"
