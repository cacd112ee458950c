"""What the report shows, read from the tables: metric points with their sources, feed health,
errors and articles per day. Plain rows (dicts of str/float/int), ready for a chart or a table.

Metric points come from `facts` when that table exists and holds rows (one row per subject,
metric, status and period across articles), else from `metric_events` grouped the same way.
"""

import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from pipelines.core.health import FeedHealth, feed_health
from pipelines.storage import Storage
from schemas import ALL_TABLES, ARTICLES, ERRORS, FEED_ENTRIES, FEED_POLLS, METRIC_EVENTS, Table

MODELS = ("Xiaomi SU7", "Xiaomi SU7 Ultra", "Xiaomi YU7")
ORDER_METRICS = ("orders", "locked_orders", "reservations")
MONEY_METRICS = ("revenue", "net_loss")
ERROR_DAYS = 14  # errors chart: this many days back from now
# Articles are charted per day, or per month when they span more days than this (a bar a day
# over two years of coverage is a pixel wide).
DAILY_SPAN_LIMIT = 120

EVENT_COLUMNS = [
    "event_id",
    "url",
    "source_domain",
    "published_at",
    "subject",
    "metric",
    "value",
    "unit",
    "status",
    "period_kind",
    "period_start",
    "period_end",
    "period_text",
    "as_of",
    "evidence",
]


@dataclass(frozen=True)
class Source:
    url: str
    outlet: str
    published: str  # YYYY-MM-DD or ""
    evidence: str
    value: float | None  # as this article states it (a revision differs from the point's)


@dataclass(frozen=True)
class MetricPoint:
    """One charted value: a (subject, metric, status, period) and every article that states it."""

    key: str  # short stable id, the HTML anchor of its sources
    subject: str
    metric: str
    status: str
    period_kind: str
    period_start: dt.date | None
    period_end: dt.date | None
    as_of: dt.date | None
    period_text: str
    value: float
    unit: str
    sources: tuple[Source, ...] = field(default_factory=tuple)

    @property
    def anchor(self) -> str:
        return f"src-{self.key}"

    @property
    def period_label(self) -> str:
        if self.period_start and self.period_end:
            span = f"{self.period_start} to {self.period_end}"
        elif self.as_of:
            span = f"as of {self.as_of}"
        else:
            span = "no date stated"
        return f"{span} ({self.period_text})" if self.period_text else span

    @property
    def day(self) -> dt.date | None:
        """The date the value belongs to on a time axis."""
        return self.as_of or self.period_end or self.period_start


@dataclass
class ReportData:
    generated_at: dt.datetime
    storage: str
    points_from: str  # "facts" or "metric_events"
    points: list[MetricPoint]
    feeds: list[FeedHealth]
    errors: list[dict[str, Any]]  # errors of the last ERROR_DAYS days
    articles: list[dict[str, Any]]  # published_date, language, source_domain
    counts: dict[str, int]  # rows per table


def number(value: float) -> str:
    """7058 -> '7,058'; 1.5 -> '1.50'."""
    return f"{value:,.0f}" if value == int(value) else f"{value:,.2f}"


def _key(*parts: object) -> str:
    return hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()[:10]


def _source(row: Mapping[str, Any]) -> Source:
    published = row.get("published_at")
    return Source(
        url=str(row.get("url") or row.get("first_url") or ""),
        outlet=str(row.get("source_domain") or ""),
        published=published.date().isoformat() if published else "",
        evidence=str(row.get("evidence") or ""),
        value=None if row.get("value") is None else float(row["value"]),
    )


def period_kind(kind: str | None, start: dt.date | None, end: dt.date | None) -> str:
    """The stated period kind; when it is missing or `none` but the dates say a calendar month,
    quarter or year, that (events written before schema 1.1 carry no kind)."""
    if kind and kind != "none":
        return kind
    if start is None or end is None or start.day != 1:
        return kind or "none"
    after = end + dt.timedelta(days=1)
    if after.day != 1:
        return kind or "none"
    months = (after.year - start.year) * 12 + after.month - start.month
    if months == 1:
        return "month"
    if months == 3 and start.month % 3 == 1:
        return "quarter"
    if months == 12 and start.month == 1:
        return "year"
    return kind or "none"


def points_from_events(events: Iterable[Mapping[str, Any]]) -> list[MetricPoint]:
    """Group events by subject, metric, status, period and unit; with no period dates, by the
    `as_of` date (a launch window: by its figure). The value is the latest article's (a
    revised target replaces the old one); among articles of that day, the value most of them
    state, then the largest."""
    groups: dict[tuple[Any, ...], list[Mapping[str, Any]]] = {}
    for e in events:
        start, end = e.get("period_start"), e.get("period_end")
        kind = period_kind(e.get("period_kind"), start, end)
        if start and end:
            when: Any = None
        elif kind == "window":
            # "within 3 minutes of going on sale": the day is often unstated in one language
            # and stated in the other, so a launch window is told apart by its figure
            when = float(e["value"])
        else:
            when = e.get("as_of")
        k = (
            e["subject"],
            e["metric"],
            e.get("status") or "",
            kind,
            start,
            end,
            when,
            e.get("unit") or "",
        )
        groups.setdefault(k, []).append(e)
    points = []
    for k, rows in groups.items():
        rows.sort(key=lambda r: (r.get("published_at") is not None, r.get("published_at")))
        latest = rows[-1].get("published_at")
        votes = Counter(float(r["value"]) for r in rows if r.get("published_at") == latest)
        value = max(votes, key=lambda v: (votes[v], v))
        subject, metric, status, kind, start, end, _, unit = k
        # the longest wording of the period: "within three minutes of going on sale", not "3分钟"
        texts = sorted(
            {str(r["period_text"]) for r in rows if r.get("period_text")}, key=_text_order
        )
        as_ofs = [r["as_of"] for r in rows if r.get("as_of")]
        points.append(
            MetricPoint(
                key=_key(*k),
                subject=subject,
                metric=metric,
                status=status,
                period_kind=kind,
                period_start=start,
                period_end=end,
                as_of=max(as_ofs) if as_ofs else None,
                period_text=texts[-1] if texts else "",
                value=value,
                unit=unit,
                sources=_unique_sources(rows),
            )
        )
    return sorted(points, key=_point_order)


def _text_order(text: str) -> tuple[int, str]:
    return (len(text), text)


def _unique_sources(rows: Sequence[Mapping[str, Any]]) -> tuple[Source, ...]:
    """One source per article and value, newest first."""
    seen: dict[tuple[str, float | None], Source] = {}
    for r in reversed(rows):
        s = _source(r)
        seen.setdefault((s.url, s.value), s)
    return tuple(seen.values())


def _point_order(p: MetricPoint) -> tuple[Any, ...]:
    return (p.subject, p.metric, p.status, p.day or dt.date.min, p.value)


def points_from_facts(
    facts: Iterable[Mapping[str, Any]], events_by_id: Mapping[str, Mapping[str, Any]]
) -> list[MetricPoint]:
    """One point per fact; its sources are its events (first_url when those are not found)."""
    points = []
    for f in facts:
        rows = [events_by_id[i] for i in (f.get("event_ids") or []) if i in events_by_id]
        rows.sort(key=lambda r: (r.get("published_at") is not None, r.get("published_at")))
        sources = _unique_sources(rows) if rows else (_source(f),)
        points.append(
            MetricPoint(
                key=_key(f["fact_id"]),
                subject=f["subject"],
                metric=f["metric"],
                status=f.get("status") or "",
                period_kind=period_kind(
                    f.get("period_kind"), f.get("period_start"), f.get("period_end")
                ),
                period_start=f.get("period_start"),
                period_end=f.get("period_end"),
                as_of=f.get("as_of"),
                period_text=str(f.get("period_text") or ""),
                value=float(f["value"]),
                unit=str(f.get("unit") or ""),
                sources=sources,
            )
        )
    return sorted(points, key=_point_order)


def _read(storage: Storage, table: Table, columns: Sequence[str]) -> list[dict[str, Any]]:
    present = [c for c in columns if c in table.schema.names]
    return storage.read(table, present).to_pylist()  # type: ignore[no-any-return]


def load(storage: Storage, now: dt.datetime | None = None) -> ReportData:
    now = now or dt.datetime.now(dt.UTC)
    events = _read(storage, METRIC_EVENTS, EVENT_COLUMNS)
    facts_table = ALL_TABLES.get("facts")
    facts = (
        _read(
            storage,
            facts_table,
            [
                "fact_id",
                "subject",
                "metric",
                "status",
                "period_kind",
                "period_start",
                "period_end",
                "period_text",
                "as_of",
                "value",
                "unit",
                "first_url",
                "first_published_at",
                "event_ids",
            ],
        )
        if facts_table is not None
        else []
    )
    if facts:
        points = points_from_facts(facts, {e["event_id"]: e for e in events})
    else:
        points = points_from_events(events)
    polls = _read(
        storage, FEED_POLLS, ["feed_url", "polled_at", "http_status", "not_modified", "error"]
    )
    entries = _read(storage, FEED_ENTRIES, ["feed_url", "first_seen_at"])
    since = (now - dt.timedelta(days=ERROR_DAYS - 1)).date()
    errors = [
        e
        for e in _read(storage, ERRORS, ["stage", "source", "error_type", "message", "date"])
        if e["date"] >= since
    ]
    articles = _read(storage, ARTICLES, ["published_date", "language", "source_domain", "sitename"])
    counts = {
        "feed_polls": len(polls),
        "feed_entries": len(entries),
        "articles": len(articles),
        "metric_events": len(events),
        "facts": len(facts),
    }
    return ReportData(
        generated_at=now,
        storage=storage.root,
        points_from="facts" if facts else "metric_events",
        points=points,
        feeds=feed_health(polls, entries, now),
        errors=errors,
        articles=articles,
        counts=counts,
    )
