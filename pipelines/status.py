"""`xauto status`: feed health in the terminal, one line per feed, failing feeds first.

Colours (red failing, green healthy, yellow no poll for a day) only when the output is a
terminal and NO_COLOR is unset, so a pipe or a log file gets plain text.
"""

import datetime as dt
import os
from collections.abc import Sequence
from typing import TextIO

from pipelines.core.health import FeedHealth, age, feed_health
from pipelines.storage import Storage
from schemas import FEED_ENTRIES, FEED_POLLS

STALE_AFTER = dt.timedelta(days=1)  # a feed not polled for this long is shown as stale
RED, GREEN, YELLOW, DIM, RESET = "\x1b[31m", "\x1b[32m", "\x1b[33m", "\x1b[2m", "\x1b[0m"


def use_colour(stream: TextIO, choice: str = "auto") -> bool:
    if choice in ("always", "never"):
        return choice == "always"
    return stream.isatty() and not os.environ.get("NO_COLOR")


def read_health(storage: Storage, now: dt.datetime) -> list[FeedHealth]:
    polls = storage.read(
        FEED_POLLS, ["feed_url", "polled_at", "http_status", "not_modified", "error"]
    ).to_pylist()
    entries = storage.read(FEED_ENTRIES, ["feed_url", "first_seen_at"]).to_pylist()
    return feed_health(polls, entries, now)


def state(f: FeedHealth, now: dt.datetime) -> str:
    if f.failing:
        return "FAIL"
    if now - f.last_poll > STALE_AFTER:
        return "STALE"
    return "ok"


def format_lines(feeds: Sequence[FeedHealth], now: dt.datetime, colour: bool) -> list[str]:
    """The header, then one line per feed: state, failures in a row, HTTP status, last poll,
    entries in 7 days, URL and, for a failing feed, its last error."""
    if not feeds:
        return ["no feed has been polled yet (run `xauto run` or `xauto poll`)"]
    width = max(len(f.feed_url) for f in feeds)
    lines = [f"{'state':<6}{'fails':>6}{'http':>6}{'last poll':>11}{'7d new':>8}  feed"]
    for f in feeds:
        st = state(f, now)
        http = "304" if f.not_modified else ("-" if f.http_status is None else str(f.http_status))
        line = (
            f"{st:<6}{f.failures_in_a_row:>6}{http:>6}{age(f.last_poll, now) + ' ago':>11}"
            f"{f.entries_recent:>8}  {f.feed_url:<{width}}"
        )
        if f.last_error:
            line += f"  last error: {f.last_error}"
        if colour:
            tint = {"FAIL": RED, "STALE": YELLOW, "ok": GREEN}[st]
            line = f"{tint}{line}{RESET}" if st != "ok" else f"{tint}{line[:6]}{RESET}{line[6:]}"
        lines.append(line.rstrip())
    failing = sum(1 for f in feeds if f.failing)
    summary = f"{len(feeds)} feeds, {failing} failing"
    lines.append(
        f"{RED if colour and failing else ''}{summary}{RESET if colour and failing else ''}"
    )
    return lines


def print_status(
    storage_root: str, stream: TextIO, colour: str = "auto", now: dt.datetime | None = None
) -> int:
    """Print the status; returns how many feeds are failing."""
    now = now or dt.datetime.now(dt.UTC)
    feeds = read_health(Storage(storage_root), now)
    for line in format_lines(feeds, now, use_colour(stream, colour)):
        print(line, file=stream)
    return sum(1 for f in feeds if f.failing)
