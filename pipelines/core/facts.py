"""Facts: the metric events that state the same figure, grouped across articles and outlets.

Three steps, so a Beam job can shuffle between the first and the others:

1. `fact_key(event)`: a hard key. Events with different keys are never one fact: another
   subject, metric, status, unit, `other` label or period. A calendar period (a day, month,
   quarter, ... with its dates) is fully known, so its key holds the dates. Open periods
   (cumulative totals, windows such as "within 1 hour of launch", rates, none) key on what the
   event has: a rate's per-unit and plant phase, and for a flow (deliveries, revenue) stated
   with no period at all, the month it was stated in; windows share a key and join by length.
   The key's subject is the figure's canonical name: a company-level figure of an era when the
   company made one car family is that family's (`canonical_subject`); a running total to the
   end of the year its series began is that year's. What these rules need to know about the
   world (eras, series starts, duration and rate words per language) is in data/facts.yaml.
2. `build_facts(key, events)`: the facts of one key.
   - Calendar period: targets and forecasts are one fact while their values stay within
     `PLAN_SPAN` (a raised target is a revision, a model's target beside the company's is
     not); for actuals, exact figures more than `REVISION_TOLERANCE` apart stay apart
     (two scopes, e.g. car revenue with or without "other initiatives", are not a
     correction), closer ones are a revision.
   - Open period: events join only when their values agree (rounding, bounds, ranges),
     windows only when their lengths agree ("half an hour" and "27 minutes"), and cumulative
     totals only when their dates are close (and, for two stated dates, within
     `CUMULATIVE_DRIFT`). A wrong merge costs more than a split, so the rules are strict.
3. `resolve_open`: a month or year named without its year in an undated story ("in August":
   a key of its own, with no dates) or a flow stated with no period joins the one dated fact
   it restates, when exactly one fits (period, subject era, values). The keys it may join meet
   in one `group_key` group (per subject family, metric, status, unit and label), which is
   what the Beam job groups by; `facts_of_group` is the work of one group.

Values agree when one is the other rounded ("75.7k" and "75,723"; "28.9万" and "289,000";
"nearly 290,000" and "289,000"), or a bound the other meets ("more than 20,000" and "20,012").
"""

import bisect
import datetime as dt
import functools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from pipelines.core.ids import stable_id
from pipelines.core.yamlio import load_mapping

# Exact figures of one calendar-period actual this close are one fact with a correction
# (devset: May 2024 deliveries 8,630 then 8,646 are 0.2 % apart); wider gaps there were other
# scopes (2025-Q2 car revenue 20.6 vs 21.3 billion yuan, 3.3 %), so they stay two facts.
REVISION_TOLERANCE = 0.02
# A rounded figure agrees with a finer one within half its rounding unit, and never more than
# this far apart ("300,000" is the 1-hour YU7 orders of 289,000; "200,000" is not 240,000).
ROUNDING_TOLERANCE = 0.05
# "more than X" agrees with a figure up to this far above X: "more than 30,000" August
# deliveries were 36,396 (devset); larger gaps are most often another figure.
BOUND_TOLERANCE = 0.25
# "about X" / "nearly X" agree with figures this close.
ABOUT_TOLERANCE = 0.05
# Cumulative totals are one fact only when their dates (as_of) are this close: the same
# milestone is dated a few days apart by different outlets.
CUMULATIVE_DAYS = 31
# Running totals of two different dates are one fact only this close (after rounding): the
# next point of a growing total is apart, the milestone restated days later is not.
CUMULATIVE_DRIFT = 0.01

CALENDAR_KINDS = ("day", "week", "month", "quarter", "half_year", "year")
# Metrics that hold without a period (a price, a headcount): open "none" facts of these join
# across months; any other metric stated with no period is keyed by the month it was stated.
TIMELESS_METRICS = frozenset(
    ("price", "headcount", "investment", "buyer_share", "test_mileage", "production_capacity")
)
LOWER = ("more_than", "at_least")
UPPER = ("up_to",)


@dataclass(frozen=True)
class FactEvent:
    """The columns of a metric_events row that facts use."""

    event_id: str
    article_id: str
    subject: str
    metric: str
    value: float
    unit: str | None = None
    status: str | None = None
    qualifier: str | None = "exact"
    value_max: float | None = None
    period_kind: str | None = None
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    period_text: str | None = None
    as_of: dt.date | None = None
    label: str | None = None
    url: str | None = None
    source_domain: str | None = None
    published_at: dt.datetime | None = None
    language: str | None = None

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> "FactEvent":
        names = cls.__dataclass_fields__
        return cls(**{k: v for k, v in row.items() if k in names})


@dataclass(frozen=True)
class FactKey:
    """Events with different keys are never one fact."""

    subject: str
    metric: str
    status: str
    unit: str
    label: str
    period_kind: str  # effective kind (inferred from the dates when the event says none)
    period: str  # calendar: "start..end"; window: duration; rate: per-unit; else ""

    @property
    def calendar(self) -> bool:
        return self.period_kind in CALENDAR_KINDS or self.period_kind == "span"

    def as_tuple(self) -> tuple[str, ...]:
        return (
            self.subject,
            self.metric,
            self.status,
            self.unit,
            self.label,
            self.period_kind,
            self.period,
        )


@dataclass(frozen=True)
class ValueSeen:
    value: float
    n: int  # distinct articles that state it


@dataclass(frozen=True)
class Fact:
    fact_id: str
    subject: str
    metric: str
    status: str
    unit: str | None
    label: str | None
    period_kind: str
    period_start: dt.date | None
    period_end: dt.date | None
    period_text: str | None
    as_of: dt.date | None
    value: float
    value_max: float | None
    qualifier: str | None
    values_seen: tuple[ValueSeen, ...]
    revised: bool
    n_articles: int
    n_outlets: int
    languages: tuple[str, ...]
    first_published_at: dt.datetime | None
    first_url: str | None
    last_published_at: dt.datetime | None
    event_ids: tuple[str, ...] = field(default=())
    subject_aliases: tuple[str, ...] = field(default=())

    def as_row(self) -> dict[str, Any]:
        return {
            "fact_id": self.fact_id,
            "subject": self.subject,
            "subject_aliases": list(self.subject_aliases),
            "metric": self.metric,
            "status": self.status,
            "unit": self.unit,
            "label": self.label,
            "period_kind": self.period_kind,
            "period_start": self.period_start,
            "period_end": self.period_end,
            "period_text": self.period_text,
            "as_of": self.as_of,
            "value": self.value,
            "value_max": self.value_max,
            "qualifier": self.qualifier,
            "values_seen": [{"value": v.value, "n": v.n} for v in self.values_seen],
            "revised": self.revised,
            "n_articles": self.n_articles,
            "n_outlets": self.n_outlets,
            "languages": list(self.languages),
            "first_published_at": self.first_published_at,
            "first_url": self.first_url,
            "last_published_at": self.last_published_at,
            "event_ids": list(self.event_ids),
        }


# --- the key -----------------------------------------------------------------------------


def _month_end(d: dt.date) -> dt.date:
    nxt = dt.date(d.year + d.month // 12, d.month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


@functools.lru_cache(maxsize=65536)
def calendar_kind(start: dt.date, end: dt.date) -> str:
    """The calendar kind two dates span: day, week, month, quarter, half_year, year or span."""
    if start == end:
        return "day"
    if (end - start).days == 6:
        return "week"
    if start.day == 1 and end == _month_end(end):
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        if months == 1:
            return "month"
        if months == 3 and start.month in (1, 4, 7, 10):
            return "quarter"
        if months == 6 and start.month in (1, 7):
            return "half_year"
        if months == 12 and start.month == 1:
            return "year"
    return "span"


DATA = Path(__file__).parent / "data" / "facts.yaml"


@dataclass(frozen=True)
class SubjectEra:
    """`subject`'s figures of `metrics` that end by `until` are `same_as`'s (data/facts.yaml)."""

    subject: str
    same_as: str
    until: dt.date
    metrics: frozenset[str]


@dataclass(frozen=True)
class SeriesStart:
    subject: str
    metrics: frozenset[str]
    start: dt.date


@dataclass(frozen=True)
class DurationForm:
    seconds: float
    needs_number: bool
    whole_word: bool  # Latin or Cyrillic letters: a whole word only ("ore" is not in "more")


@dataclass(frozen=True)
class FactsData:
    eras: tuple[SubjectEra, ...]
    starts: tuple[SeriesStart, ...]
    units: Mapping[str, DurationForm]
    numbers: Mapping[str, float]
    unit_re: re.Pattern[str]
    rate_words: Mapping[str, str]  # word -> per-unit (year, month, ...)
    rate_re: re.Pattern[str]
    months: tuple[tuple[re.Pattern[str], int | None], ...] = ()  # None: the number is the month


def _whole_word(form: str) -> bool:
    return all(
        ch.isascii() or "\u00c0" <= ch <= "\u04ff" or "\u1e00" <= ch <= "\u1eff" for ch in form
    )


def parse_data(raw: Mapping[str, Any]) -> FactsData:
    """The facts data file's contents, checked: a bad file fails here, naming its section."""
    sections = (
        "subject_eras",
        "series_starts",
        "duration_units",
        "duration_numbers",
        "rate_words",
        "month_words",
    )
    for section in sections:
        try:
            _parse_section(section, raw.get(section))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ValueError(f"{DATA.name}: bad {section} ({exc!r})") from exc
    return _parse(raw)


def _parse_section(section: str, value: Any) -> None:
    _parse({section: value})


def _parse(raw: Mapping[str, Any]) -> FactsData:
    eras = tuple(
        SubjectEra(
            subject=str(e["subject"]),
            same_as=str(e["same_as"]),
            until=_as_date(e["until"]),
            metrics=frozenset(map(str, e["metrics"])),
        )
        for e in raw.get("subject_eras") or []
    )
    starts = tuple(
        SeriesStart(
            subject=str(e["subject"]),
            metrics=frozenset(map(str, e["metrics"])),
            start=_as_date(e["start"]),
        )
        for e in raw.get("series_starts") or []
    )
    units: dict[str, DurationForm] = {}
    for seconds, forms in (raw.get("duration_units") or {}).items():
        for form in forms:
            word = str(form)
            needs = word.endswith("!")
            word = word.rstrip("!").lower()
            units[word] = DurationForm(float(seconds), needs, _whole_word(word))
    numbers = {
        str(word).lower(): float(n)
        for n, words in (raw.get("duration_numbers") or {}).items()
        for word in words
    }
    unit_re = re.compile(
        "|".join(sorted(map(re.escape, units), key=len, reverse=True)) or "(?!)", re.IGNORECASE
    )
    rate_words = {
        str(word).lower(): str(per)
        for per, words in (raw.get("rate_words") or {}).items()
        for word in words
    }
    alternatives = []
    for word in sorted(rate_words, key=len, reverse=True):
        pattern = re.escape(word)
        if _whole_word(word):
            # "/năm" starts with no letter: "xe/năm" has one right before it
            before = "" if not word[:1].isalnum() else r"(?<!\w)"
            pattern = rf"{before}{pattern}(?!\w)"
        alternatives.append(pattern)
    rate_re = re.compile("|".join(alternatives) or "(?!)", re.IGNORECASE)
    months = _month_patterns(raw.get("month_words") or {})
    return FactsData(eras, starts, units, numbers, unit_re, rate_words, rate_re, months)


def _month_patterns(raw: Mapping[Any, Any]) -> tuple[tuple[re.Pattern[str], int | None], ...]:
    """data/facts.yaml `month_words` as patterns: a whole word, a word's start ("*") or, for
    `numbered`, a month's number in a form ("{n}月": 8月 but not the 1月 inside 11月)."""
    out: list[tuple[re.Pattern[str], int | None]] = []
    for month, forms in raw.items():
        for form in forms:
            word = str(form).lower()
            if month == "numbered":
                if "{n}" not in word:
                    raise ValueError(f"numbered form without {{n}}: {word!r}")
                before, _, after = (re.escape(part) for part in word.partition("{n}"))
                number = r"(?<!\d)(?P<n>0?[1-9]|1[0-2])(?!\d)"
                out.append((re.compile(before + number + after, re.IGNORECASE), None))
                continue
            n = int(month)
            if not 1 <= n <= 12:
                raise ValueError(f"no month {n}")
            stem = word.endswith("*")
            word = word.rstrip("*")
            pattern = re.escape(word)
            if _whole_word(word):
                pattern = rf"(?<!\w){pattern}" + (r"\w*" if stem else r"(?!\w)")
            else:  # 一月 and 二月 are not the ends of 十一月 and 十二月
                pattern = rf"(?<![\d十]){pattern}"
            out.append((re.compile(pattern, re.IGNORECASE), n))
    return tuple(out)


def _as_date(value: Any) -> dt.date:
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


@functools.lru_cache(maxsize=1)
def facts_data() -> FactsData:
    # libyaml where it is built: 25 -> 5 ms, paid by every run's facts step
    return parse_data(load_mapping(DATA.read_text(encoding="utf-8"), DATA))


_CN_DIGITS = {
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_DIGITS_END = re.compile(r"(\d+(?:[.,]\d{1,2})?)\s*$")
_CN_END = re.compile(r"([一二两三四五六七八九十半]+)\s*$")
_WORDS = re.compile(r"[^\W\d_][\w'-]*", re.UNICODE)


def _cn_number(run: str) -> float:
    if run == "半":
        return 0.5
    run = run.rstrip("半")
    if "十" in run:
        tens, _, ones = run.partition("十")
        return 10 * (_CN_DIGITS.get(tens[-1:], 1) if tens else 1) + _CN_DIGITS.get(ones[:1], 0)
    return float(_CN_DIGITS.get(run[-1:], 1))


def _number_before(prefix: str, numbers: Mapping[str, float], plural: bool) -> float | None:
    """The count a unit is given: "27 minutes", "二十四小时", "two gob-smacking minutes"
    (one word may sit between a number word and its unit), "the first hour"."""
    m = _DIGITS_END.search(prefix)
    if m:
        return float(m.group(1).replace(",", "."))
    m = _CN_END.search(prefix)
    if m:
        return _cn_number(m.group(1))
    if prefix[-1:].isalpha():  # the unit is glued to a word: no number of its own
        return None
    words = _WORDS.findall(prefix[-40:])[-2:]
    counts = [numbers.get(w.lower()) for w in words]
    if counts == [0.5, 1]:  # "half an hour"
        return 0.5
    for word in reversed(words):
        if word.lower() in numbers:
            # "first days", "a few hours": a word meaning one before a plural is no count
            return None if numbers[word.lower()] == 1 and plural else numbers[word.lower()]
    return None


@functools.lru_cache(maxsize=65536)
def window_duration(text: str | None, need_number: bool = False) -> str | None:
    """A window's length in minutes, as a key: "1 hour" = "60 minutes" = "1小时" = "1시간"
    -> "60m". Units and number words come from data/facts.yaml. A year count of 1000 or more
    is a calendar year ("2024年"), not a length. `need_number`: a bare unit ("this year") is
    no window."""
    if not text:
        return None
    data = facts_data()
    for m in data.unit_re.finditer(text):
        form = data.units[m.group(0).lower()]
        before, after = text[: m.start()], text[m.end() :]
        if form.whole_word and (before[-1:].isalpha() or after[:1].isalpha()):
            continue
        word = m.group(0).lower()
        plural = word.endswith("s") and word[:-1] in data.units
        n = _number_before(before, data.numbers, plural)
        if n is None and (plural or form.needs_number or need_number):
            continue
        if form.seconds >= 31536000 and n is not None and n >= 1000:
            continue
        minutes = (1.0 if n is None else n) * form.seconds / 60
        if minutes > 0:
            return f"{minutes:g}m"
    return None


_RATE_RE = re.compile(
    r"(?:per|a|an|each|every|/|每)\s*(?P<u>year|annum|month|week|day|hour|minute|年|月|周|天)"
    r"|(?P<adj>annual|yearly|monthly|weekly|daily|hourly)",
    re.IGNORECASE,
)
_RATE_UNITS = {
    "annum": "year",
    "annual": "year",
    "yearly": "year",
    "monthly": "month",
    "weekly": "week",
    "daily": "day",
    "hourly": "hour",
    "年": "year",
    "月": "month",
    "周": "week",
    "天": "day",
}


@functools.lru_cache(maxsize=65536)
def rate_unit(text: str | None) -> str | None:
    if not text:
        return None
    data = facts_data()
    own = data.rate_re.search(text)
    if own:
        return data.rate_words[own.group(0).lower()]
    m = _RATE_RE.search(text)
    if not m:
        return None
    unit = (m.group("u") or m.group("adj")).lower()
    return _RATE_UNITS.get(unit, unit)


# Metrics that are a level at a date (a price), never a flow over a window or a running total:
# a window, cumulative or undeclared dated period on one is a misreading, dropped from the key.
POINT_METRICS = frozenset(("price",))
_YEAR_RE = re.compile(r"(?<!\d)(20\d\d)(?!\d)")
_SCOPE_RES = (
    (re.compile(r"\beach\b|各", re.IGNORECASE), "each"),
    (
        re.compile(
            r"(?:phase|plant|stage|factory|line)\s*(?:no\.?\s*)?(\d|iii|ii|i|one|two|three)\b",
            re.IGNORECASE,
        ),
        "",
    ),
    (
        re.compile(
            r"\b(first|second|third|1st|2nd|3rd)\s+(?:phase|plant|stage|factory|line)\b", re.I
        ),
        "",
    ),
    (re.compile(r"([一二三])期"), ""),
)
_ORDINALS = {
    "1": "1", "i": "1", "one": "1", "first": "1", "1st": "1", "一": "1",
    "2": "2", "ii": "2", "two": "2", "second": "2", "2nd": "2", "二": "2",
    "3": "3", "iii": "3", "three": "3", "third": "3", "3rd": "3", "三": "3",
}  # fmt: skip


@functools.lru_cache(maxsize=65536)
def rate_scope(text: str | None) -> str:
    """Which plant or phase a capacity is of: "phase 1" = "first phase" = "plant I" -> "1";
    "each of phase I and II" -> "each"; none said -> "". Three phases of 150,000 a year each
    are three facts."""
    if not text:
        return ""
    for pattern, fixed in _SCOPE_RES:
        m = pattern.search(text)
        if m:
            return fixed or f"#{_ORDINALS.get(m.group(1).lower(), m.group(1).lower())}"
    return ""


def _era_end(ev: FactEvent) -> dt.date | None:
    """The last day an event's figure can cover: its period's end or as_of; else the end of
    the latest year its period text names and, for an actual, the day it was published."""
    if ev.period_end is not None:
        return ev.period_end
    if ev.as_of is not None:
        return ev.as_of
    bounds = [dt.date(int(y), 12, 31) for y in _YEAR_RE.findall(ev.period_text or "")][-1:]
    if (ev.status or "actual") == "actual" and ev.published_at is not None:
        bounds.append(ev.published_at.date())
    relative = _RELATIVE_END.search(ev.period_text or "")
    if relative is not None and ev.published_at is not None:
        # "by the end of this month", 明年: words that count from the day of publishing
        day = ev.published_at.date()
        word = relative.group(0).lower()
        if word in ("this month", "本月"):
            bounds.append(_month_end(day))
        elif word in ("next month", "下月", "下个月"):
            bounds.append(_month_end(_month_end(day) + dt.timedelta(days=1)))
        else:
            bounds.append(dt.date(day.year + (word in ("next year", "明年")), 12, 31))
    return min(bounds) if bounds else None


_RELATIVE_END = re.compile(r"\b(?:this|next)\s+(?:month|year)\b|本月|下个?月|今年|明年", re.I)


def canonical_subject(ev: FactEvent) -> str:
    """The subject a figure is keyed by: the one car family's name for a company-level figure
    of the era when it made only that family (data/facts.yaml `subject_eras`). Not a merge of
    two subjects' facts: one fact, stated under two names."""
    for era in facts_data().eras:
        if ev.subject == era.subject and ev.metric in era.metrics:
            end = _era_end(ev)
            if end is not None and end <= era.until:
                return era.same_as
    return ev.subject


_YEAR_END_RE = re.compile(
    r"(?:end\s+of|through|until|to)\s+(?:december\s+(?:31,?\s+)?)?(20\d\d)(?!\d|-)|"
    r"(20\d\d)\s*年(?:底|末|12月31日)",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=65536)
def _year_end_said(text: str | None) -> dt.date | None:
    """ "to the end of 2024", "2024年底": a total dated 31 December, from the period's words."""
    m = _YEAR_END_RE.search(text or "")
    if not m:
        return None
    return dt.date(int(m.group(1) or m.group(2)), 12, 31)


def subject_aliases(subject: str, metric: str, events: Iterable[FactEvent]) -> tuple[str, ...]:
    """The other names of a fact's figure: "Xiaomi Auto" for an SU7 figure of the era when the
    SU7 family was Xiaomi's only car, whichever name its articles used, so the company's chart
    finds its 2024 months (`subject = 'Xiaomi Auto' OR list_contains(subject_aliases, ...)`)."""
    ends = [end for end in map(_era_end, events) if end is not None]
    return tuple(
        sorted(
            era.subject
            for era in facts_data().eras
            if era.same_as == subject and metric in era.metrics and ends and max(ends) <= era.until
        )
    )


def _cumulative_year(ev: FactEvent, subject: str) -> int | None:
    """A running total to 31 December that began that year (its own start, or the series'
    from data/facts.yaml `series_starts`) is the year's figure."""
    end = ev.as_of or ev.period_end or _year_end_said(ev.period_text)
    if end is None or (end.month, end.day) != (12, 31):
        return None
    if ev.period_start is not None:
        return end.year if ev.period_start == dt.date(end.year, 1, 1) else None
    for series in facts_data().starts:
        if series.subject == subject and ev.metric in series.metrics:
            return end.year if series.start.year == end.year else None
    return None


_INSTANT = re.compile(r"\binstant(?:ly|aneous(?:ly)?)?\b", re.I)


def fact_key(ev: FactEvent) -> FactKey:
    """The hard key: events with different keys are never one fact."""
    subject = canonical_subject(ev)
    kind = ev.period_kind or "none"
    period = ""
    point = ev.metric in POINT_METRICS and kind in ("none", "window", "cumulative", "rate")
    if point:
        # a price that the event does not say is of a calendar period (an average selling
        # price of a quarter is) holds whatever dates came with it: "in March" is when it was
        # said, not a period the price covers
        kind = "none"
    if (
        kind == "window"
        and not window_duration(ev.period_text)
        and not _INSTANT.search(ev.period_text or "")
    ):
        # "in the first days after launch": no length, a running total since launch to its date
        # ("instant orders" stay a window of a length not stated: no total joins them)
        kind = "cumulative"
    year = _cumulative_year(ev, subject) if kind == "cumulative" else None
    if year is not None:
        kind, period = "year", f"{year}-01-01..{year}-12-31"
    elif ev.period_start and ev.period_end and kind in (*CALENDAR_KINDS, "none") and not point:
        # The extractor may leave period_kind at none while giving the dates: the dates say it.
        kind = calendar_kind(ev.period_start, ev.period_end)
        period = f"{ev.period_start.isoformat()}..{ev.period_end.isoformat()}"
    elif kind in CALENDAR_KINDS:
        kind = f"{kind}?"  # a calendar kind without dates: only its like can join it
        period = _norm_text(ev.period_text)
    elif kind == "rate":
        period = rate_unit(ev.period_text) or _norm_text(ev.period_text)
        scope = rate_scope(ev.period_text)
        period = f"{period} {scope}" if scope else period
    elif kind == "window" or (
        kind == "none"
        and ev.metric not in POINT_METRICS
        and window_duration(ev.period_text, need_number=True)
    ):
        # all windows of a subject and metric share a key; their lengths join them or not
        # (`durations_agree`: "half an hour" is the 27-minute window stated round)
        kind = "window"
    elif kind == "none" and ev.metric not in TIMELESS_METRICS:
        # A flow (deliveries, revenue) with no period found: its period is unknown, not
        # absent. Key it by the month it was stated in, so "10,000" of two months never join.
        period = _stated_month(ev)
    return FactKey(
        subject=subject,
        metric=ev.metric,
        status=ev.status or "actual",
        unit=ev.unit or "",
        label=(ev.label or "").strip().lower(),
        period_kind=kind,
        period=period,
    )


def _stated_month(ev: FactEvent) -> str:
    day = ev.as_of or (ev.published_at.date() if ev.published_at else None)
    return f"stated {day:%Y-%m}" if day else ""


@functools.lru_cache(maxsize=65536)
def _norm_text(text: str | None) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", (text or "").lower()).split())


# --- values ------------------------------------------------------------------------------


@functools.lru_cache(maxsize=65536)
def rounding_unit(value: float) -> float:
    """The unit a figure is stated to: 75700 -> 100, 289000 -> 1000, 75723 -> 1, 8.5 -> 0.1."""
    v = abs(value)
    if v == 0:
        return 1.0
    if v != int(v):
        decimals = len(repr(v).split(".")[1]) if "." in repr(v) else 0
        return float(10 ** (-min(decimals, 6)))
    unit = 1
    n = int(v)
    while n % 10 == 0:
        n //= 10
        unit *= 10
    return float(unit)


def _close(a: float, b: float, tolerance: float) -> bool:
    return abs(a - b) <= tolerance * max(abs(a), abs(b))


def rounds_to(
    fine: float, coarse: float, percent: bool = False, cap: float = ROUNDING_TOLERANCE
) -> bool:
    """`coarse` is `fine` rounded to coarse's own unit (and not more than `cap` from it). A
    percentage is rounded at most to the unit: 30 % is 29.6 % stated round, not 29 %."""
    unit = min(rounding_unit(coarse), 1.0) if percent else rounding_unit(coarse)
    return abs(fine - coarse) <= unit / 2 and _close(fine, coarse, cap)


def agree(a: FactEvent, b: FactEvent, loose: bool = False, cap: float = ROUNDING_TOLERANCE) -> bool:
    """Two statements of one figure? Rounding, bounds and "about" agree; a range agrees only
    with the same range (a price range is not any one trim's price).

    `loose` (a calendar period's actuals, where the key already names the fact): "more than X"
    agrees with figures up to `BOUND_TOLERANCE` above X. Otherwise the figure must round to X
    or lie within `ROUNDING_TOLERANCE` above it ("more than 20,000" and 20,012 or "more than
    3,600" and 3,680; not 26,000). `cap` (running totals of two dates): how far apart two
    statements of one figure may be at most.
    """
    if a.value == b.value and a.value_max == b.value_max:
        return True
    if a.value_max is not None or b.value_max is not None:
        # "from 215,900 to 299,900" states the starting price 215,900, and no other value
        for x, y in ((a, b), (b, a)):
            if x.value_max is not None and y.value_max is None and (x.qualifier in LOWER):
                return _exact(y) and y.value == x.value
        return False
    percent = (a.unit or b.unit) == "percent"
    for x, y in ((a, b), (b, a)):
        q = x.qualifier or "exact"
        if q in LOWER and y.value >= x.value:
            slack = BOUND_TOLERANCE if loose else cap
            if y.value <= x.value * (1 + slack) or rounds_to(y.value, x.value, percent, cap):
                return True
        if q in UPPER and y.value <= x.value:
            if loose and _close(x.value, y.value, BOUND_TOLERANCE / 2):
                return True
            if rounds_to(y.value, x.value, percent, cap):
                return True
        if q == "about" and (
            rounds_to(y.value, x.value, percent, cap)
            or (not percent and _close(x.value, y.value, min(ABOUT_TOLERANCE, cap)))
            # a calendar period's "about 30,000" beside the quarter's 27,300
            or (loose and not percent and _close(x.value, y.value, BOUND_TOLERANCE / 2))
        ):
            return True
    fine, coarse = sorted((a.value, b.value), key=rounding_unit)
    if a.metric == "price" and _exact(a) and _exact(b) and charm_cut(fine, coarse):
        return True
    return rounds_to(fine, coarse, percent, cap)


def charm_cut(fine: float, coarse: float) -> bool:
    """A price set just under a round figure, written with its last digits cut rather than
    rounded: 299,900 yuan as "29.9万" (299,000), "$29.9k" for 29,990. Only a price ending in
    nines (one step below a rounder figure) is cut this way, to three figures at least."""
    unit = rounding_unit(coarse)
    step = rounding_unit(fine)
    return (
        step < unit
        and _significant(coarse) >= 3  # "29万" is another price, not 299,900 cut
        and coarse <= fine < coarse + unit
        and rounding_unit(fine + step) > unit
        and str(int(fine // step))[-1] == "9"
    )


def _exact(ev: FactEvent) -> bool:
    return (ev.qualifier or "exact") == "exact" and ev.value_max is None


def _precision_order(ev: FactEvent) -> tuple[Any, ...]:
    """Most informative first: exact before bounds, finer before rounder, then stable."""
    return (
        not _exact(ev),
        ev.value_max is not None,
        rounding_unit(ev.value),
        -ev.value,
        ev.event_id,
    )


# --- grouping ----------------------------------------------------------------------------


# Any two agreeing values are within this ratio (the loosest rule, a bound, allows 1.25), so
# a value only needs comparing with clusters whose first value is this close.
_SPAN = 1.3
# Plans (targets, forecasts) of one calendar period are one fact while their values stay
# within this ratio: the devset's revised plans span 1.71 at most (76,000 to 130,000).
PLAN_SPAN = 2.0


def _same_plan(a: FactEvent, b: FactEvent) -> bool:
    low, high = sorted((abs(a.value), abs(b.value)))
    return high <= low * PLAN_SPAN


def _signature(ev: FactEvent, dated: bool, timed: bool = False) -> tuple[Any, ...]:
    """What the agreement rules look at: events with one signature cluster alike."""
    ref = _reference_date(ev) if dated else None
    minutes = window_minutes(ev) if timed else None
    return (ev.value, ev.value_max, ev.qualifier or "exact", ev.unit, ref, minutes)


def _cluster(
    events: Sequence[FactEvent],
    joins: Callable[[FactEvent, FactEvent], bool],
    dated: bool = False,
    span: float = _SPAN,
    timed: bool = False,
) -> list[list[FactEvent]]:
    """Greedy, most precise first: an event joins the first cluster all of whose members it
    agrees with (`joins(event, member)`), else starts its own. Order-independent input.

    Events with one signature are compared once (restatements of a figure are most events),
    and only with clusters whose first value is within `_SPAN`: near-linear, not quadratic,
    in a key with many facts (bench/bench_facts.py)."""
    groups: dict[tuple[Any, ...], list[FactEvent]] = {}
    for ev in sorted(events, key=_precision_order):
        groups.setdefault(_signature(ev, dated, timed), []).append(ev)
    reps: list[list[FactEvent]] = []  # per cluster: one event per signature
    members: list[list[FactEvent]] = []
    anchors: list[tuple[float, int]] = []  # (|first value|, cluster index), sorted
    for group in groups.values():
        rep = group[0]
        size = abs(rep.value)
        if size > 0:
            lo = bisect.bisect_left(anchors, (size / span, -1))
            hi = bisect.bisect_right(anchors, (size * span, len(reps)))
            candidates = sorted(i for _, i in anchors[lo:hi])
        else:
            candidates = list(range(len(reps)))
        for i in candidates:
            if all(joins(rep, m) for m in reps[i]):
                reps[i].append(rep)
                members[i].extend(group)
                break
        else:
            bisect.insort(anchors, (size, len(reps)))
            reps.append([rep])
            members.append(list(group))
    return members


def _reference_date(ev: FactEvent) -> dt.date | None:
    if ev.as_of is not None:
        return ev.as_of
    return ev.published_at.date() if ev.published_at is not None else None


def _dates_close(a: FactEvent, b: FactEvent) -> bool:
    """Running totals hold at a date: its as_of, else (a total "to date") the article's."""
    da, db = _reference_date(a), _reference_date(b)
    if da is None or db is None:
        return True
    return abs((da - db).days) <= CUMULATIVE_DAYS


def _revision_or_agree(a: FactEvent, b: FactEvent) -> bool:
    if agree(a, b, loose=True):
        return True
    return _exact(a) and _exact(b) and _close(a.value, b.value, REVISION_TOLERANCE)


def group_events(key: FactKey, events: Iterable[FactEvent]) -> list[list[FactEvent]]:
    """The clusters of one key, each one fact (see the module docstring for the rules)."""
    unique = list({ev.event_id: ev for ev in events}.values())
    if key.calendar and key.status in ("target", "forecast"):
        # A raised target is a revision (76,000 then 100,000, 120,000, 130,000 for one year),
        # but not a figure of another order (a model's 10,000 beside the company's 350,000).
        return _cluster(unique, _same_plan, span=PLAN_SPAN)
    if key.calendar:
        exact = _cluster([e for e in unique if _exact(e)], _revision_or_agree)
        loose = [e for e in unique if not _exact(e)]
        if not exact:
            return _cluster(loose, lambda a, b: agree(a, b, loose=True))
        # Each exact cluster's distinct statements and value range: a bound is tested once
        # per distinct statement, and only against clusters within `_SPAN` of it.
        reps = [list({_signature(m, False): m for m in c}.values()) for c in exact]
        ranges = [(min(abs(m.value) for m in c), max(abs(m.value) for m in c)) for c in exact]
        groups: dict[tuple[Any, ...], list[FactEvent]] = {}
        for ev in sorted(loose, key=_precision_order):
            groups.setdefault(_signature(ev, False), []).append(ev)
        rest: list[FactEvent] = []
        for group in groups.values():
            rep, size = group[0], abs(group[0].value)
            fits = [
                c
                for c, r, (lo, hi) in zip(exact, reps, ranges, strict=True)
                if lo / _SPAN <= size <= hi * _SPAN and any(agree(rep, m, loose=True) for m in r)
            ]
            if fits:
                max(fits, key=len).extend(group)
            else:
                rest.extend(group)
        # A bound no exact figure meets ("more than 10,000" beside 20,726) stays apart.
        return exact + _cluster(rest, lambda a, b: agree(a, b, loose=True))
    if key.period_kind == "cumulative":
        return _cluster(unique, same_running_total, dated=True)
    if key.period_kind == "window":
        return _cluster(
            unique,
            lambda a, b: durations_agree(window_minutes(a), window_minutes(b)) and agree(a, b),
            timed=True,
        )
    return _cluster(unique, agree)


def same_running_total(a: FactEvent, b: FactEvent) -> bool:
    """Two running totals are one fact when dated close together and their values agree; a
    total dated days after another is a new point on the analyst's chart unless it is within
    `CUMULATIVE_DRIFT` of it: "100,000" of 13 November and "100,000" of 18 November are one
    milestone, 103,000 a week later is the next point, 100,123 the milestone's exact count.
    Only stated dates (as_of) count: an undated total restated by a later article is not a
    later point."""
    if not _dates_close(a, b):
        return False
    if a.as_of is None or b.as_of is None or a.as_of == b.as_of:
        # a total "to date" holds at its article's date, which is only when it was restated
        return agree(a, b)
    return agree(a, b, cap=CUMULATIVE_DRIFT)


def window_minutes(ev: FactEvent) -> float | None:
    """A window event's length in minutes (as its key was made)."""
    need = (ev.period_kind or "none") == "none"
    text = window_duration(ev.period_text, need_number=need)
    return float(text[:-1]) if text else None


def durations_agree(a: float | None, b: float | None) -> bool:
    """One window stated round: "within 30 minutes" (or "half an hour") and "in 27 minutes",
    the coarser within half its own unit of the finer; 18 and 24 hours are two windows."""
    if a == b:
        return True
    if a is None or b is None:
        return False
    fine, coarse = sorted((a, b), key=rounding_unit)
    return abs(fine - coarse) <= rounding_unit(coarse) / 2 and _close(fine, coarse, 0.15)


def _restated(a: float, b: float, percent: bool) -> bool:
    fine, coarse = sorted((a, b), key=rounding_unit)
    return rounds_to(fine, coarse, percent)


def _published(ev: FactEvent) -> tuple[bool, dt.datetime, str]:
    """Sort key: earliest published first; events without a date last; stable by id."""
    ts = ev.published_at or dt.datetime.max.replace(tzinfo=dt.UTC)
    if ts.tzinfo is None:
        ts = ts.replace(tzinfo=dt.UTC)
    return (ev.published_at is None, ts, ev.event_id)


def _most_common(values: Iterable[Any]) -> Any:
    counts = Counter(v for v in values if v is not None)
    if not counts:
        return None
    return sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))[0][0]


def make_fact(key: FactKey, events: Sequence[FactEvent]) -> Fact:
    """One fact from the events of one cluster."""
    by_time = sorted(events, key=_published)
    exact = [e for e in events if _exact(e)]
    # revised: two exact figures that are not restatements of one another
    distinct_exact = sorted({e.value for e in exact})
    percent = key.unit == "percent"
    revised = any(
        not _restated(a, b, percent)
        for i, a in enumerate(distinct_exact)
        for b in distinct_exact[i + 1 :]
    )
    if revised:
        # The latest stated exact figure; its finest restatement when several agree with it.
        # A story with no date cannot say its figure is the latest: dated ones decide.
        stated = [e for e in by_time if _exact(e)]
        latest = ([e for e in stated if e.published_at is not None] or stated)[-1]
        rep = min((e for e in exact if agree(e, latest, loose=True)), key=_precision_order)
    elif exact:
        rep = min(exact, key=_precision_order)
    else:
        # No exact figure: the value most articles give, then the tightest bound.
        counts = Counter(e.value for e in events)
        rep = min(events, key=lambda e: (-counts[e.value], _precision_order(e)))
    articles_by_value: dict[float, set[str]] = {}
    for e in events:
        articles_by_value.setdefault(e.value, set()).add(e.article_id)
    first = by_time[0]
    dated = [e.published_at for e in events if e.published_at is not None]
    identity = key.as_tuple() if key.calendar else (*key.as_tuple(), _anchor(events))
    kind = key.period_kind.rstrip("?")
    return Fact(
        fact_id=stable_id("fact", *identity),
        subject=key.subject,
        metric=key.metric,
        status=key.status,
        unit=rep.unit,
        label=rep.label,
        period_kind=kind,
        period_start=rep.period_start if key.calendar else None,
        period_end=rep.period_end if key.calendar else None,
        period_text=_most_common(e.period_text for e in events),
        as_of=rep.as_of if rep.as_of is not None else _most_common(e.as_of for e in events),
        value=rep.value,
        value_max=rep.value_max,
        qualifier=rep.qualifier,
        values_seen=tuple(ValueSeen(v, len(ids)) for v, ids in sorted(articles_by_value.items())),
        revised=revised,
        n_articles=len({e.article_id for e in events}),
        n_outlets=len({e.source_domain or e.article_id for e in events}),
        languages=tuple(sorted({e.language for e in events if e.language})),
        first_published_at=first.published_at,
        first_url=first.url,
        last_published_at=max(dated, key=lambda ts: _published_ts(ts)) if dated else None,
        event_ids=tuple(sorted(e.event_id for e in events)),
        subject_aliases=subject_aliases(key.subject, key.metric, events),
    )


def _published_ts(ts: dt.datetime) -> dt.datetime:
    return ts if ts.tzinfo else ts.replace(tzinfo=dt.UTC)


def _anchor(events: Sequence[FactEvent]) -> str:
    """What names an open-period fact: its most precise value, as a rounded string, so ids
    stay put when a restatement joins (a finer figure joining can change it: then it is a
    better-known fact)."""
    best = min(events, key=_precision_order)
    minutes = window_minutes(best) if best.period_kind in ("window", "none", None) else None
    return f"{best.value:.6g}|{best.value_max}" + (f"|{minutes:g}m" if minutes else "")


def build_facts(key: FactKey, events: Iterable[FactEvent]) -> list[Fact]:
    """The facts of one key, in a stable order."""
    return _facts_of_clusters(key, group_events(key, events))


def _facts_of_clusters(key: FactKey, clusters: Iterable[Sequence[FactEvent]]) -> list[Fact]:
    facts = [make_fact(key, cluster) for cluster in clusters]
    seen = Counter(f.fact_id for f in facts)
    # Two open-period clusters with one anchor (a cumulative milestone restated a year
    # later): the first event names each, so ids stay distinct and deterministic.
    facts = [
        f if seen[f.fact_id] == 1 else replace(f, fact_id=stable_id(f.fact_id, f.event_ids[0]))
        for f in facts
    ]
    return sorted(facts, key=lambda f: f.fact_id)


# --- open periods resolved ---------------------------------------------------------------
#
# A month or year named without a year in a story with no date ("in August", "for July",
# "10月", "annual") has no dates: its key (kind "month?"/"year?") meets only its like, so it
# stays a fact of its own beside the dated fact it restates. `resolve_open` joins such a
# cluster to a dated fact of the same subject, metric, status, unit and label when the named
# month is the dated month's, its values agree and exactly one dated fact fits. A flow stated
# with no period at all joins the same way, but only a precise exact figure of an actual.

OPEN_KINDS = ("month?", "year?")
# A period named without a year in a dated story (or with a stated date, as_of) lies this
# close to that date: an actual's period began by then and ended at most this long before;
# a plan's is at most this far on either side.
OPEN_LOOKBACK_DAYS = 366
# A flow stated with no period joins a dated fact only when stated this precisely (at least
# 3 significant figures: "365.9 billion", "20,726"): a round figure ("about 30,000") could be
# a month's, a quarter's or a running total's.
NONE_FLOW_DIGITS = 3
# The first element of a group key that gathers the keys resolution may join (no fact key
# starts with it: a subject is a name).
RESOLVE = "~resolve"


@functools.lru_cache(maxsize=65536)
def named_month(text: str | None) -> int | None:
    """The one month a period's words name ("in August", "10月", "ağustos ayında", "в
    августе"; data/facts.yaml `month_words`); None when they name none or two."""
    if not text:
        return None
    found: set[int] = set()
    for pattern, month in facts_data().months:
        for m in pattern.finditer(text):
            found.add(month if month is not None else int(m.group("n")))
    return found.pop() if len(found) == 1 else None


def subject_family(subject: str) -> str:
    """Subjects one fact can be named by (data/facts.yaml `subject_eras`: the company and its
    one car family of that era) share a family, named by its first subject in sorted order."""
    return _family(subject, facts_data().eras)


@functools.lru_cache(maxsize=4096)
def _family(subject: str, eras: tuple[SubjectEra, ...]) -> str:
    family = {subject}
    grew = True
    while grew:
        grew = False
        for era in eras:
            if (era.subject in family) != (era.same_as in family):
                family |= {era.subject, era.same_as}
                grew = True
    return min(family)


def _none_flow(key: FactKey) -> bool:
    """An actual flow (deliveries, revenue) stated with no period: keyed by the month it was
    stated in, or by nothing when the story has no date."""
    return (
        key.period_kind == "none"
        and key.status == "actual"
        and (key.metric not in TIMELESS_METRICS)
    )


def _open(key: FactKey) -> bool:
    return key.period_kind in OPEN_KINDS or _none_flow(key)


def group_key(key: FactKey) -> tuple[str, ...]:
    """What the Beam job groups events by: the fact key, except that the keys resolution can
    join (dated calendar periods, open months and years, flows with no period) meet in one
    group per subject family, metric, status, unit and label."""
    if key.calendar or _open(key):
        return (RESOLVE, subject_family(key.subject), key.metric, key.status, key.unit, key.label)
    return key.as_tuple()


def _key_dates(key: FactKey) -> tuple[dt.date, dt.date]:
    start, _, end = key.period.partition("..")
    return dt.date.fromisoformat(start), dt.date.fromisoformat(end)


def _with_period(ev: FactEvent, key: FactKey) -> FactEvent:
    """The event with a dated key's period: what it says if it is that key's figure."""
    start, end = _key_dates(key)
    return replace(ev, period_kind=key.period_kind, period_start=start, period_end=end)


def _near(ev: FactEvent, start: dt.date, end: dt.date) -> bool:
    """A period an event's own date allows (none: any): see `OPEN_LOOKBACK_DAYS`."""
    ref = _reference_date(ev)
    if ref is None:
        return True
    if (ref - end).days > OPEN_LOOKBACK_DAYS:
        return False
    if (ev.status or "actual") == "actual":
        return start <= ref
    return (start - ref).days <= OPEN_LOOKBACK_DAYS


def _period_fits(key: FactKey, cluster: Sequence[FactEvent], dated: FactKey) -> bool:
    """Can the open cluster's period be the dated key's? The named month is the dated month
    (a year word fits any year; a named year only its own), the date of each story allows it,
    and each event, given that period, would be keyed as the dated key (so a company's figure
    is the one car family's only in that family's era, as `canonical_subject` says)."""
    start, end = _key_dates(dated)
    if key.period_kind == "month?":
        if dated.period_kind != "month" or named_month(key.period) != start.month:
            return False
    elif key.period_kind == "year?" and dated.period_kind != "year":
        return False
    years = {int(y) for y in _YEAR_RE.findall(key.period)}
    if key.period_kind != "none" and years and years != {start.year}:
        return False  # the words name another year (a flow's key names when it was stated)
    return all(
        _near(ev, start, end) and fact_key(_with_period(ev, dated)) == dated for ev in cluster
    )


def _significant(value: float) -> int:
    return len(str(round(abs(value) / rounding_unit(value))))


def _precise(ev: FactEvent) -> bool:
    """Precise enough to name its period's figure with no period said (`NONE_FLOW_DIGITS`)."""
    return _exact(ev) and _significant(ev.value) >= NONE_FLOW_DIGITS


def _distinct(events: Iterable[FactEvent]) -> list[FactEvent]:
    return list({_signature(e, False): e for e in events}.values())


def _value_near(key: FactKey, ev: FactEvent, fact: Sequence[FactEvent]) -> bool:
    """Could one open statement be a dated fact's figure? It fits (`_value_fits`), or is an
    exact figure within a correction of one of the fact's: a candidate that makes a choice
    ambiguous, though too far from the fact's figures to join it alone."""
    if _value_fits(key, ev, fact):
        return True
    return _exact(ev) and any(_revision_or_agree(ev, m) for m in fact if _exact(m))


def _value_fits(key: FactKey, ev: FactEvent, fact: Sequence[FactEvent]) -> bool:
    """Does one open statement agree with a dated fact's figures? It agrees with one of them,
    loosely as the calendar period's own rules do ("more than 30,000" and 36,396), strictly
    for a flow with no period; an exact figure of an actual agrees with one of the fact's
    exact figures and is within a correction (`REVISION_TOLERANCE`) of each, as they are of
    one another."""
    loose = key.period_kind != "none"
    exact = [m for m in fact if _exact(m)]
    if _exact(ev) and exact and key.status not in ("target", "forecast"):
        return any(agree(ev, m, loose=loose) for m in exact) and all(
            _revision_or_agree(ev, m) for m in exact
        )
    return any(agree(ev, m, loose=loose) for m in fact)


def _consistent(key: FactKey, clusters: Sequence[Sequence[FactEvent]]) -> bool:
    """Open clusters that pick one dated fact join it together only when their exact figures
    are one fact by the calendar period's rules: they agree, or for a plan stay within
    `PLAN_SPAN` (a raised target). Figures their own key kept apart are otherwise two facts,
    and which of them the dated one is, is unknown."""
    exact = _distinct(e for c in clusters for e in c if _exact(e))
    same = (
        _same_plan if key.status in ("target", "forecast") else functools.partial(agree, loose=True)
    )
    return all(same(a, b) for i, a in enumerate(exact) for b in exact[i + 1 :])


Slot = tuple[FactKey, int]  # a key and the index of one of its clusters


def _value_range(cluster: Sequence[FactEvent]) -> tuple[float, float]:
    sizes = [abs(e.value) for e in cluster]
    return min(sizes), max(sizes)


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Can a value of range `a` agree with one of `b`? Agreeing values are within `_SPAN`."""
    return a[0] <= abs(b[1]) * _SPAN and abs(b[0]) <= a[1] * _SPAN


def resolve_open(clusters: Mapping[FactKey, Sequence[Sequence[FactEvent]]]) -> dict[Slot, Slot]:
    """Which open clusters join which dated cluster: an open cluster joins when its period
    fits (`_period_fits`) and each of its distinct statements could be the figure of exactly
    one dated cluster (`_value_near`), the same for all, and agrees with it (`_value_fits`).
    Ambiguity keeps it apart: so does a cluster whose statements point at two facts.
    Decided on the clusters as built, so the result does not depend on the order of events
    or keys. Only dated clusters of a close value (`_SPAN`) are compared, and a period once
    per open cluster and dated key."""
    dated = sorted((k for k in clusters if k.calendar), key=FactKey.as_tuple)
    opened = sorted((k for k in clusters if _open(k)), key=FactKey.as_tuple)
    if not dated or not opened:
        return {}
    ranges = {d: [_value_range(c) for c in clusters[d]] for d in dated}
    facts = {d: [_distinct(c) for c in clusters[d]] for d in dated}

    def choose(key: FactKey, cluster: Sequence[FactEvent]) -> Slot | None:
        fits = functools.cache(functools.partial(_period_fits, key, cluster))
        chosen: set[Slot] = set()
        for ev in _distinct(cluster):
            found: list[Slot] = []
            for d in dated:
                near = [j for j, r in enumerate(ranges[d]) if _overlap(r, (ev.value, ev.value))]
                if near and fits(d):
                    found += [(d, j) for j in near if _value_near(key, ev, facts[d][j])]
                if len(found) > 1:
                    return None  # ambiguous: which fact it restates is unknown
            if not found or not _value_fits(key, ev, facts[found[0][0]][found[0][1]]):
                return None
            chosen.add(found[0])
        return chosen.pop() if len(chosen) == 1 else None

    picks: dict[Slot, list[Slot]] = {}
    for key in opened:
        for i, cluster in enumerate(clusters[key]):
            if key.period_kind == "none" and not all(map(_precise, cluster)):
                continue
            slot = choose(key, cluster)
            if slot is not None:
                picks.setdefault(slot, []).append((key, i))
    moved: dict[Slot, Slot] = {}
    for target, sources in picks.items():
        if len(sources) == 1 or _consistent(target[0], [clusters[k][i] for k, i in sources]):
            moved.update((source, target) for source in sources)
    return moved


def _facts_of_keys(by_key: Mapping[FactKey, Sequence[FactEvent]]) -> list[tuple[FactKey, Fact]]:
    """The facts of keys that meet in one group: each key's clusters, then the open clusters
    joined to the dated facts they restate (`resolve_open`)."""
    clusters = {key: group_events(key, events) for key, events in by_key.items()}
    moved = resolve_open(clusters) if len(clusters) > 1 else {}
    joined: dict[Slot, list[FactEvent]] = {}
    for (key, i), (target, j) in moved.items():
        # the dated period on the joining events' copies: the fact's dates and era are its
        joined.setdefault((target, j), []).extend(
            _with_period(ev, target) for ev in clusters[key][i]
        )
    out: list[tuple[FactKey, Fact]] = []
    for key in sorted(clusters, key=FactKey.as_tuple):
        kept = [
            [*cluster, *joined.get((key, j), [])]
            for j, cluster in enumerate(clusters[key])
            if (key, j) not in moved
        ]
        out.extend((key, f) for f in _facts_of_clusters(key, kept))
    return out


def facts_of_group(
    group: tuple[str, ...], keyed: Iterable[tuple[tuple[str, ...], FactEvent]]
) -> list[Fact]:
    """The facts of one `group_key` group, given each event with its fact key's tuple (the
    Beam job's unit of work: the key travels with the event rather than being made twice)."""
    if group[:1] != (RESOLVE,):
        return build_facts(FactKey(*group), (ev for _, ev in keyed))
    by_key: dict[tuple[str, ...], list[FactEvent]] = {}
    for key, ev in keyed:
        by_key.setdefault(tuple(key), []).append(ev)
    return [f for _, f in _facts_of_keys({FactKey(*k): evs for k, evs in by_key.items()})]


def facts_from_events(events: Iterable[FactEvent]) -> list[Fact]:
    """All facts of a set of events (the whole job, without Beam: for tests and benches)."""
    groups: dict[tuple[str, ...], dict[FactKey, list[FactEvent]]] = {}
    for ev in events:
        key = fact_key(ev)
        groups.setdefault(group_key(key), {}).setdefault(key, []).append(ev)
    out = [pair for by_key in groups.values() for pair in _facts_of_keys(by_key)]
    return [f for _, f in sorted(out, key=lambda kf: (kf[0].as_tuple(), kf[1].fact_id))]
