"""Feed documents to entries. Network code lives in `fetch`; this only parses bytes."""

import calendar
import datetime as dt
import html
import re
from dataclasses import dataclass

import feedparser

from pipelines.core.ids import stable_id
from pipelines.core.urls import canonicalize_url, resolve, url_problem

MAX_SUMMARY_CHARS = 2000
_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class FeedEntry:
    entry_id: str
    feed_url: str
    guid: str | None
    link: str | None
    canonical_url: str | None
    title: str | None
    summary: str | None
    published_at: dt.datetime | None
    # (error type, reason) when the link is not a usable http(s) URL: the entry is kept (so
    # it is reported once, not on every poll) but never fetched.
    link_error: tuple[str, str] | None = None


@dataclass(frozen=True)
class EntryError:
    """An entry that could not be read at all: one error row, the rest of the feed lands."""

    source: str
    error_type: str
    message: str


@dataclass(frozen=True)
class ParsedFeed:
    entries: tuple[FeedEntry, ...]
    bozo: bool
    bozo_message: str | None
    error: str | None  # set when the document gave no entries and is malformed
    entry_errors: tuple[EntryError, ...] = ()


def _text(value: str | None) -> str | None:
    if not value:
        return None
    text = _SPACE.sub(" ", html.unescape(_TAG.sub(" ", value))).strip()
    return text[:MAX_SUMMARY_CHARS] or None


def _timestamp(entry: feedparser.FeedParserDict) -> dt.datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            try:
                return dt.datetime.fromtimestamp(calendar.timegm(parsed), tz=dt.UTC)
            except (OverflowError, ValueError):
                continue
    return None


def entry_id(feed_url: str, guid: str | None, link: str | None) -> str:
    """Stable per feed: the guid when the feed gives one, else the canonical link."""
    key = guid or ((canonicalize_url(link) or link) if link else None)
    return stable_id("entry", feed_url, key)


def parse_feed(data: bytes, feed_url: str, content_type: str | None = None) -> ParsedFeed:
    """Parse RSS/Atom bytes. A malformed feed that still yields entries is only a warning."""
    headers = {"content-type": content_type} if content_type else None
    parsed = feedparser.parse(data, response_headers=headers, sanitize_html=False)
    bozo = bool(parsed.get("bozo"))
    bozo_message = str(parsed.get("bozo_exception")) if bozo else None
    entries: dict[str, FeedEntry] = {}
    problems: list[EntryError] = []
    for n, raw in enumerate(parsed.entries):
        try:
            entry = _entry(raw, feed_url)
        except Exception as exc:  # one odd entry must not lose the feed: record it, go on
            source = f"{feed_url}#entry-{n}"
            problems.append(EntryError(source, type(exc).__name__, str(exc)[:500]))
            continue
        if entry is not None and entry.entry_id not in entries:
            entries[entry.entry_id] = entry  # duplicate guid inside one document: first wins
    error = None
    if not entries and bozo:
        error = f"malformed feed with no entries: {bozo_message}"
    elif not entries and not parsed.get("version"):
        error = "not a feed: no RSS or Atom document found"
    return ParsedFeed(tuple(entries.values()), bozo, bozo_message, error, tuple(problems))


def _entry(raw: feedparser.FeedParserDict, feed_url: str) -> FeedEntry | None:
    link = raw.get("link") or None
    if link:
        link = resolve(feed_url, link) if "://" in feed_url else link
    guid = raw.get("id") or None
    if not guid and not link:
        return None  # nothing to fetch and nothing to key it by
    canonical = canonicalize_url(link) if link else None
    return FeedEntry(
        entry_id=entry_id(feed_url, guid, link),
        feed_url=feed_url,
        guid=guid,
        link=link,
        canonical_url=canonical,
        title=_text(raw.get("title")),
        summary=_text(raw.get("summary")),
        published_at=_timestamp(raw),
        link_error=url_problem(link) if link and canonical is None else None,
    )
