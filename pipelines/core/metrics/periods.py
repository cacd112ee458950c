"""Dates and periods stated in a sentence, resolved against a reference date.

"as of April 24" in an article of 2024-04-25 is 2024-04-24; "in June" is June of the reference
year; a month or year that cannot be placed stays None: a wrong date in a chart is worse than
a blank one.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

MONTHS = {
    m.lower(): i
    for i, names in enumerate(zip(calendar.month_name, calendar.month_abbr, strict=True))
    for m in names
    if m
}
MONTHS["sept"] = 9
_MONTH = r"(?P<month>" + "|".join(sorted((m for m in MONTHS), key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"

# "April 24", "April 24th, 2024", "24 April 2024"
EN_DATE_RE = re.compile(
    r"\b(?:" + _MONTH + r"\s+" + _DAY + r"(?:,?\s*" + _YEAR + r")?"
    r"|"
    + _DAY.replace("day", "day2")
    + r"\s+"
    + _MONTH.replace("month", "month2")
    + r"(?:,?\s*"
    + _YEAR.replace("year", "year2")
    + r")?)\b(?!\s*(?:%|percent))",
    re.IGNORECASE,
)
ISO_DATE_RE = re.compile(r"\b(?P<y>20\d{2})-(?P<m>\d{2})-(?P<d>\d{2})\b")
ZH_DATE_RE = re.compile(
    r"(?:(?P<year>(?:19|20)\d{2})年)?(?P<month>\d{1,2})月(?:(?P<day>\d{1,2})[日号]|(?P<end>底|末))?"
)
ZH_YEAR_RE = re.compile(r"(?P<year>(?:19|20)\d{2})年(?!\d{1,2}月)(?P<end>底|末)?")
AS_OF_RE = re.compile(
    r"\b(?:as\s+of|as\s+at|by|until|through|up\s+to)\s+(?:the\s+end\s+of\s+)?$|截至|截止(?:到)?|到$",
    re.IGNORECASE,
)
ON_RE = re.compile(r"\b(?:on|at)\s+$", re.IGNORECASE)
IN_MONTH_RE = re.compile(
    r"\b(?:in|for|during|of)\s+(?:the\s+month\s+of\s+)?"
    + _MONTH
    + r"(?:\s+"
    + _YEAR
    + r")?\b(?!\s+\d)",
    re.IGNORECASE,
)
FROM_TO_RE = re.compile(
    r"\bfrom\s+"
    + _MONTH
    + r"(?:\s+"
    + _YEAR
    + r")?\s+(?:to|through|until)\s+"
    + _MONTH.replace("month", "month2")
    + r"(?:\s+"
    + _YEAR.replace("year", "year2")
    + r")?\b",
    re.IGNORECASE,
)
IN_YEAR_RE = re.compile(
    r"\b(?:in|for|during|of|by\s+the\s+end\s+of)\s+(?:the\s+(?:whole\s+|full\s+)?year\s+)?"
    + _YEAR
    + r"\b",
    re.IGNORECASE,
)
QUARTER_RE = re.compile(
    r"\b(?:(?P<q>Q[1-4])|(?P<qw>first|second|third|fourth)[\s-]+quarter)(?:\s+(?:of\s+)?"
    + _YEAR
    + r")?\b"
    r"|(?:(?P<zy>20\d{2})年)?(?:第?(?P<zq>[一二三四1-4])季度|(?P<zq2>Q[1-4]))",
    re.IGNORECASE,
)
THIS_YEAR_RE = re.compile(
    r"\b(?:this\s+year|for\s+the\s+(?:whole|full|entire)\s+year|throughout\s+the\s+year|"
    r"the\s+whole\s+year|annual|full[- ]year|for\s+the\s+year)\b|今年|全年|年内|年度",
    re.IGNORECASE,
)
LAST_MONTH_RE = re.compile(r"\blast\s+month\b|上个?月", re.IGNORECASE)
THIS_MONTH_RE = re.compile(r"\bthis\s+month\b|本月|这个月", re.IGNORECASE)
NEXT_YEAR_RE = re.compile(r"\bnext\s+year\b|明年", re.IGNORECASE)
LAST_YEAR_RE = re.compile(r"\blast\s+year\b|去年", re.IGNORECASE)
WITHIN_RE = re.compile(
    r"(?:\b(?:within|in|after)\s+(?:just\s+|only\s+|the\s+first\s+|less\s+than\s+)?"
    r"(?:\d+|one|two|three|four|five|ten|twenty|a|an)[\s-]+"
    r"(?:minutes?|hours?|days?|weeks?|seconds?|months?)(?:\s+(?:of|after)\s+(?:its\s+)?"
    r"(?:launch|release|going\s+on\s+sale|sales?\s+opening|the\s+launch))?"
    r"|\b(?:\d+|one|two|three|a)[\s-](?:minute|hour|day|week)\b"
    r"|(?:\d+|[一两三四五六七八九十]+)(?:个)?(?:分钟|小时|天|周)(?:内|之内)?"
    r"|\bin\s+(?:just\s+)?one\s+day\b|\bfirst\s+day\b|首日|当天)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Period:
    start: dt.date | None
    end: dt.date | None
    text: str | None
    as_of: dt.date | None
    explicit_as_of: bool  # "as of"/"截至"/"on <date>" stated, not inferred from a period


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _place_year(month: int, day: int, ref: dt.date | None, future_ok: bool) -> int | None:
    """Year of a day-month with no year: the reference year, or the one before when the
    date would lie in the future of the reference (for a past fact)."""
    if ref is None:
        return None
    year = ref.year
    cand = _safe_date(year, month, min(day, 28))
    if cand is not None and not future_ok and cand > ref + dt.timedelta(days=2):
        year -= 1
    return year


def en_dates(
    text: str, ref: dt.date | None, future_ok: bool = False
) -> list[tuple[int, int, dt.date]]:
    """(start, end, date) of every full or day-month date in `text`."""
    out = []
    for m in EN_DATE_RE.finditer(text):
        month_s = m.group("month") or m.group("month2")
        day_s = m.group("day") or m.group("day2")
        year_s = m.group("year") or m.group("year2")
        month = MONTHS.get(month_s.lower().rstrip("."))
        if not month or not day_s:
            continue
        if month_s.lower() in ("may", "march") and not year_s and not month_s[0].isupper():
            continue  # the verb "may", "march"
        day = int(day_s)
        year = int(year_s) if year_s else _place_year(month, day, ref, future_ok)
        if year is None:
            continue
        d = _safe_date(year, month, day)
        if d:
            out.append((m.start(), m.end(), d))
    for m in ZH_DATE_RE.finditer(text):
        if not m.group("day"):
            continue
        month, day = int(m.group("month")), int(m.group("day"))
        year = int(m.group("year")) if m.group("year") else _place_year(month, day, ref, future_ok)
        if year is None:
            continue
        d = _safe_date(year, month, day)
        if d:
            out.append((m.start(), m.end(), d))
    for m in ISO_DATE_RE.finditer(text):
        d = _safe_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        if d:
            out.append((m.start(), m.end(), d))
    return out


def resolve_period(
    sentence: str, ref: dt.date | None, status: str, doc_year: int | None = None
) -> Period:
    """The period and as_of date a sentence states, resolved against `ref`."""
    future_ok = status != "actual"
    year_ref = ref or (dt.date(doc_year, 12, 31) if doc_year else None)
    start: dt.date | None = None
    end: dt.date | None = None
    text: str | None = None
    as_of: dt.date | None = None
    explicit = False

    for s, _e, d in en_dates(sentence, ref, future_ok):
        before = sentence[max(0, s - 30) : s]
        if AS_OF_RE.search(before):
            as_of, explicit = d, True
            break
        if ON_RE.search(before) and as_of is None:
            as_of, explicit = d, True
    if as_of is None:
        m = re.search(
            r"(?:截至|截止)(?:到)?\s*(?:(?P<y>20\d{2})年)?(?P<m>\d{1,2})月(?:底|末)", sentence
        )
        if m and (m.group("y") or year_ref):
            y = int(m.group("y")) if m.group("y") else (year_ref.year if year_ref else 0)
            as_of, explicit = _month_end(y, int(m.group("m"))), True
            sentence = sentence[: m.start()] + " " * (m.end() - m.start()) + sentence[m.end() :]

    m = FROM_TO_RE.search(sentence)
    if m:
        y2 = m.group("year2") or m.group("year")
        y1 = m.group("year") or y2
        m1, m2 = MONTHS[m.group("month").lower()], MONTHS[m.group("month2").lower()]
        year2 = int(y2) if y2 else (year_ref.year if year_ref else None)
        year1 = int(y1) if y1 else year2
        if year1 and year2:
            start, end = dt.date(year1, m1, 1), _month_end(year2, m2)
        text = m.group(0)
    if start is None:
        q = QUARTER_RE.search(sentence)
        if q:
            qn_s = q.group("q") or q.group("zq2") or q.group("qw") or q.group("zq")
            qmap = {
                "first": 1,
                "second": 2,
                "third": 3,
                "fourth": 4,
                "一": 1,
                "二": 2,
                "三": 3,
                "四": 4,
            }
            qn = (
                int(qn_s[1])
                if qn_s.upper().startswith("Q")
                else qmap.get(qn_s.lower(), 0) or int(qn_s)
            )
            y_s = q.group("year") or q.group("zy")
            year: int | None = int(y_s) if y_s else (year_ref.year if year_ref else None)
            if year and not y_s and ref and not future_ok and dt.date(year, 3 * qn - 2, 1) > ref:
                year -= 1  # "in the fourth quarter", reported in April: last year's
            if year:
                start, end = dt.date(year, 3 * qn - 2, 1), _month_end(year, 3 * qn)
            text = q.group(0)
    if start is None:
        m = IN_MONTH_RE.search(sentence)
        zm = (
            None
            if m
            else re.search(
                r"(?:(?P<year>20\d{2})年)?(?P<month>\d{1,2})月(?:份)?(?![\d日号])", sentence
            )
        )
        if m or zm:
            g = m or zm
            assert g is not None
            month_s = g.group("month")
            month = MONTHS[month_s.lower().rstrip(".")] if m else int(month_s)
            if m and month_s.lower() == "may" and not month_s[0].isupper():
                month = 0
            if 1 <= month <= 12:
                if g.group("year"):
                    year = int(g.group("year"))
                elif ref:
                    year = ref.year
                    if not future_ok and dt.date(year, month, 1) > ref:
                        year -= 1
                else:
                    year = year_ref.year if year_ref else None
                if year:
                    start, end = dt.date(year, month, 1), _month_end(year, month)
                text = g.group(0)
    if start is None:
        m = IN_YEAR_RE.search(sentence) or ZH_YEAR_RE.search(sentence)
        if m:
            year = int(m.group("year"))
            start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
            text = m.group(0)
    if start is None:
        if LAST_MONTH_RE.search(sentence) and ref:
            first = ref.replace(day=1) - dt.timedelta(days=1)
            start, end = first.replace(day=1), first
            text = LAST_MONTH_RE.search(sentence).group(0)  # type: ignore[union-attr]
        elif THIS_MONTH_RE.search(sentence) and ref:
            start, end = ref.replace(day=1), _month_end(ref.year, ref.month)
            text = THIS_MONTH_RE.search(sentence).group(0)  # type: ignore[union-attr]
        elif NEXT_YEAR_RE.search(sentence) and year_ref:
            y = year_ref.year + 1
            start, end = dt.date(y, 1, 1), dt.date(y, 12, 31)
            text = NEXT_YEAR_RE.search(sentence).group(0)  # type: ignore[union-attr]
        elif LAST_YEAR_RE.search(sentence) and year_ref:
            y = year_ref.year - 1
            start, end = dt.date(y, 1, 1), dt.date(y, 12, 31)
            text = LAST_YEAR_RE.search(sentence).group(0)  # type: ignore[union-attr]
        elif THIS_YEAR_RE.search(sentence) and year_ref:
            y = year_ref.year
            start, end = dt.date(y, 1, 1), dt.date(y, 12, 31)
            text = THIS_YEAR_RE.search(sentence).group(0)  # type: ignore[union-attr]
    w = WITHIN_RE.search(sentence)
    if w and text is None:
        text = w.group(0).strip()

    if as_of is None and end is not None:
        if status == "actual":
            as_of = end if ref is None or end <= ref else ref
        elif ref is not None:
            as_of = ref
    if as_of is None and ref is not None and doc_year is None:
        as_of = ref
    if as_of is None and ref is not None:
        as_of = ref
    return Period(start, end, text, as_of, explicit)
