"""Period and date words of a sentence in one of the languages of data/lang/, as cues.

The `periods:` section of each language's YAML holds regexes per kind ("segundo trimestre",
"累計", "за первый час", "tháng 7"); this module finds them with their spans and the numbers
they carry (day, month, year, quarter, half), folded to one record per cue, so that the
extractor resolves them against the reference date the same way for every language. It does
not resolve relative dates itself: that stays with `periods.py`.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from pipelines.core.metrics.locale_numbers import fold, lang_data

# Kinds, in the order they win when two cues overlap with the same span length.
KINDS = (
    "date", "quarter", "half_year", "first_months", "month", "window", "cumulative", "rate", "week",
    "day", "as_of", "year_back", "this_year", "last_year", "next_year", "this_month", "last_month",
)  # fmt: skip
_YAML_KEYS = {kind: kind for kind in KINDS} | {"month": "month_year"}
_CJK_LANGS = ("ja", "ko", "zh")
_DATE_NEXT = re.compile(r"\s*(?:\d|fin\b|finales\b|final\b|Ende\b|eind\b|конц|akhir\b|hết\b)", re.I)
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
_CJK_DIGIT = {"一": 1, "二": 2, "三": 3, "四": 4}
# "first" half or quarter in the languages of data/lang/ (stems: "перв", "pierwsz")
_FIRST = re.compile(
    r"^(?:primer|premier|primeiro|primo|erst|eerste|pierwsz|перв|[iİ]lk|birinci|pertama|đầu|上|상)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class PeriodCue:
    kind: str  # one of KINDS
    start: int
    end: int
    text: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    quarter: int | None = None  # 1-4
    half: int | None = None  # 1-2
    # "year_back" ("im Vorjahresquartal", "cùng kỳ năm ngoái", 前年同期) carries nothing: the
    # period named beside it, a year back, is the period of a comparison's base
    # "first_months": the running total of the year's first `month` months ("los primeros
    # cinco meses", "1〜10月"), January 1 to the end of that month
    amount: int | None = None  # "en las primeras 24 horas": 24
    unit: str | None = None  # and its unit word, as written ("horas")


@lru_cache(maxsize=32)
def _patterns(lang: str) -> list[tuple[str, re.Pattern[str]]]:
    spec: dict[str, Any] = lang_data(lang).get("periods") or {}
    out = []
    for kind in KINDS:
        for pattern in spec.get(_YAML_KEYS[kind]) or []:
            # as_of patterns end in "$" to anchor before a number; here they stand alone
            body = str(pattern).rstrip("$")
            if lang not in _CJK_LANGS:
                # whole words: "au" is not in "automobile", "на" not in "начинается"
                before = "" if body.startswith("/") else r"(?<![^\W\d_])"
                body = before + "(?:" + body + r")(?![^\W\d_])"
            out.append((kind, re.compile(body, re.IGNORECASE)))
        if kind == "month" and lang not in _CJK_LANGS:
            out += _month_year(lang)
        if kind == "date" and lang not in _CJK_LANGS:
            out += [("date", _NUMERIC_DATE), ("date", _ISO_DATE)]
    return out


# a day written in digits, day first as in all the languages of data/lang/ but the CJK ones:
# "30.09.2025", "30/09/2025", "30-09-2025" (and ISO "2025-09-30")
_NUMERIC_DATE = re.compile(
    r"(?<![\d.,/-])(?P<day>\d{1,2})([./-])(?P<month>\d{1,2})\2(?P<year>(?:19|20)\d{2})(?!\d)"
)
_ISO_DATE = re.compile(
    r"(?<![\d.,/-])(?P<year>(?:19|20)\d{2})-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?![\d])"
)


@lru_cache(maxsize=32)
def _since_re(lang: str) -> re.Pattern[str] | None:
    spec: dict[str, Any] = lang_data(lang).get("periods") or {}
    words = [str(w) for w in spec.get("since") or []]
    if not words:
        return None
    return re.compile(r"(?<![^\W\d_])(?:" + "|".join(words) + r")\s*$", re.IGNORECASE)


def since_before(text: str, pos: int, lang: str) -> bool:
    """A "since" word right before `pos` ("desde março de 2024", "seit März 2024"): what
    follows is where a running total starts, not a period of its own (data `since`)."""
    found = _since_re(lang)
    if found is None:
        return False
    if found.search(text, max(0, pos - 16), pos) is not None:
        return True
    # a cue that starts with the word itself ("seit März 2024" in German's month phrasings)
    word = re.match(r"\s*([^\W\d_]+)", text[pos : pos + 16])
    return word is not None and found.fullmatch(word.group(1)) is not None


@lru_cache(maxsize=32)
def _since_event_res(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    spec: dict[str, Any] = lang_data(lang).get("periods") or {}
    before = [str(w) for w in spec.get("since_event") or []]
    after = [str(w) for w in spec.get("since_event_after") or []]
    lead = "" if lang in _CJK_LANGS else r"(?<![^\W\d_])"
    return (
        re.compile(lead + r"(?:" + "|".join(before) + r")\s*$", re.IGNORECASE) if before else None,
        re.compile(r"(?:" + "|".join(after) + r")", re.IGNORECASE) if after else None,
    )


def since_event(text: str, start: int, end: int, lang: str) -> bool:
    """A launch named around the month at text[start:end] ("depuis son lancement en mars
    2024", "Mart 2024'teki lansmanından bu yana", "24年3月の発売以来"; data `since_event`,
    `since_event_after`): the month dates the launch, the figure is the running total since
    (English `_SINCE_EVENT`)."""
    before, after = _since_event_res(lang)
    if before is not None and before.search(text, max(0, start - 50), start) is not None:
        return True
    return after is not None and after.match(text, end) is not None


@lru_cache(maxsize=32)
def _launched_in_re(lang: str) -> re.Pattern[str] | None:
    spec: dict[str, Any] = lang_data(lang).get("periods") or {}
    words = [str(w) for w in spec.get("launched_in") or []]
    lead = "" if lang in _CJK_LANGS else r"(?<![^\W\d_])"
    return re.compile(lead + r"(?:" + "|".join(words) + r")\s*$", re.IGNORECASE) if words else None


def launched_in(text: str, start: int, lang: str) -> bool:
    """A launch verb right before the month at text[start:] ("ra mắt hồi tháng 6", "lancé en
    juin"; data `launched_in`): the month dates the launch, not a figure counted in a launch
    window told beside it."""
    found = _launched_in_re(lang)
    return found is not None and found.search(text, max(0, start - 40), start) is not None


@lru_cache(maxsize=32)
def _year_to_date_re(lang: str) -> re.Pattern[str] | None:
    spec: dict[str, Any] = lang_data(lang).get("periods") or {}
    words = [str(w) for w in spec.get("year_to_date") or []]
    if not words:
        return None
    lead = "" if lang in _CJK_LANGS else r"(?<![^\W\d_])"
    tail = "" if lang in _CJK_LANGS else r"(?![^\W\d_])"
    return re.compile(lead + r"(?:" + "|".join(words) + r")" + tail, re.IGNORECASE)


@lru_cache(maxsize=32)
def _that_month_re(lang: str) -> re.Pattern[str] | None:
    spec: dict[str, Any] = lang_data(lang).get("periods") or {}
    words = [str(w) for w in spec.get("that_month") or []]
    if not words:
        return None
    tail = "" if lang in _CJK_LANGS else r"(?![^\W\d_])"
    return re.compile(r"[\W_]{0,3}(?:" + "|".join(words) + r")" + tail, re.IGNORECASE)


def that_month_opens(text: str, lang: str) -> bool:
    """A sentence that opens on "that month" ("Ese mes, la marca había entregado …", "In
    jenem Monat", "Ce mois-là", "Quel mese"; data `that_month`): its figures are of the
    month the sentence before named."""
    found = _that_month_re(lang)
    return found is not None and found.match(fold(text)) is not None


@lru_cache(maxsize=32)
def _target_part_re(lang: str) -> re.Pattern[str] | None:
    words = [str(w) for w in lang_data(lang).get("target_part") or []]
    return re.compile("|".join(f"(?:{w})" for w in words), re.IGNORECASE) if words else None


def target_part_between(text: str, lang: str) -> bool:
    """A sentence that tells a part of a whole goal ("280 tys. z planowanych na 2025 r. 360
    tys.", "目標36万台のうち、すでに28万台"; data `target_part`)."""
    found = _target_part_re(lang)
    return found is not None and found.search(fold(text)) is not None


def year_to_date(text: str, lang: str) -> str | None:
    """ "seit Jahresbeginn", "en lo que va de año", "od stycznia", 年初から (data
    `year_to_date`): a running total from January 1, as English "so far this year"; the
    words as written, or None."""
    found = _year_to_date_re(lang)
    m = found.search(fold(text)) if found is not None else None
    return text[m.start() : m.end()] if m else None


@lru_cache(maxsize=32)
def _day_range_re(lang: str) -> re.Pattern[str] | None:
    spec: dict[str, Any] = lang_data(lang).get("periods") or {}
    forms = [str(w) for w in spec.get("day_range") or []]
    return re.compile("|".join(f"(?:{f})" for f in forms), re.IGNORECASE) if forms else None


def day_range(text: str, lang: str) -> tuple[str, int, int, int, int | None] | None:
    """ "od 3 do 9 listopada" (data `day_range`, groups d1, d2, month, year): the days of one
    month, as English "Nov 3-9": the words as written, the first and last day, the month and
    the year if written; or None."""
    found = _day_range_re(lang)
    m = found.search(text) if found is not None else None
    if m is None:
        return None
    month = _lookup(_words(lang, "months"), m.group("month"))
    if month is None:
        return None
    year = int(m.group("year")) if "year" in m.re.groupindex and m.group("year") else None
    return m.group(0), int(m.group("d1")), int(m.group("d2")), month, year


@lru_cache(maxsize=32)
def _year_point_re(lang: str) -> re.Pattern[str] | None:
    spec: dict[str, Any] = lang_data(lang).get("periods") or {}
    forms = [str(w).replace("{year}", r"(?:19|20)\d{2}") for w in spec.get("year_point") or []]
    return re.compile("|".join(f"(?:{f})" for f in forms), re.IGNORECASE) if forms else None


def year_point(text: str, start: int, end: int, lang: str) -> bool:
    """Is the year at text[start:end] said as a point in time ("au début de 2024", "Anfang
    2024", "2024 başında", data `year_point`)? It dates a moment, not a figure's year."""
    found = _year_point_re(lang)
    if found is None:
        return False
    lo, hi = max(0, start - 30), min(len(text), end + 16)
    return any(m.start() <= start and end <= m.end() for m in found.finditer(text, lo, hi))


def _month_year(lang: str) -> list[tuple[str, re.Pattern[str]]]:
    """A month name and a year with no preposition before them ("até maio de 2025",
    "bis Ende Mai 2025", "hingga Mei 2025"): the language's YAML lists the phrasings with one;
    with the year written after it a month name is no other word ("mai" is also "may")."""
    months = _words(lang, "months")
    names = [re.escape(w) for w in sorted(months, key=len, reverse=True)]
    if not names:
        return []
    # a headline's short month before its year ("nov. 2025", "nov/2025", "Okt. 2025",
    # "Sept. 2025"): the name's first three or four letters, where they name one month only
    abbrs = sorted(
        {
            re.escape(w[:n])
            for n in (3, 4)
            for w in months
            if len(w) > n and _abbreviated(months, w[:n])
        }
        - {re.escape(w) for w in months},
        key=len,
        reverse=True,
    )
    short = "|(?:" + "|".join(abbrs) + r")(?![^\W\d_])" if abbrs else ""
    body = (
        r"(?<![^\W\d_])(?P<month>(?:" + "|".join(names) + r")[^\W\d_]*" + short + r")\.?"
        r"(?:\s+(?:de|del|di|of|du)\s+|\s+|/)(?P<year>(?:19|20)\d{2})(?!\d)"
    )
    return [("month", re.compile(body, re.IGNORECASE)), ("month", _NUMERIC_MONTH)]


# a month and year in digits, as headlines and tables write them: "11/2025" (not a day's
# "31/10/2025", nor a range's "10/11/2025")
_NUMERIC_MONTH = re.compile(
    r"(?<![\d.,/-])(?P<month>0?[1-9]|1[0-2])/(?P<year>(?:19|20)\d{2})(?![\d/])"
)


def _abbreviated(months: dict[str, int], abbr: str) -> bool:
    """Every month name (or stem) that starts with `abbr` names the same month."""
    return len({n for w, n in months.items() if w.startswith(abbr)}) == 1


@lru_cache(maxsize=32)
def _words(lang: str, key: str) -> dict[str, int]:
    spec: dict[str, Any] = lang_data(lang).get("periods") or {}
    return {str(k).lower(): int(v) for k, v in (spec.get(key) or {}).items()}


def _lookup(words: dict[str, int], raw: str | None) -> int | None:
    """A month or quarter word to its number: exact, else the longest stem it starts with
    ("марта" → "март"), else digits, roman or CJK numerals."""
    if not raw:
        return None
    key = raw.strip().replace("İ", "i").lower()  # Turkish capital İ lowers to i + a dot
    if key in words:
        return words[key]
    stems = [w for w in words if key.startswith(w)]
    if stems:
        return words[max(stems, key=len)]
    if len(key) in (3, 4) and _abbreviated(words, key):
        return next(n for w, n in words.items() if w.startswith(key))  # "nov" of "nov. 2025"
    if key.isdigit():
        return int(key)
    return _ROMAN.get(raw.strip().upper()) or _CJK_DIGIT.get(key)


_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=32)
def _quarter_ellipsis_re(lang: str) -> re.Pattern[str] | None:
    spec: dict[str, Any] = lang_data(lang).get("periods") or {}
    words = [str(w) for w in spec.get("quarter_ellipsis") or []]
    if not words:
        return None
    return re.compile(
        r"[^,;.]{0,30}?(?<![^\W\d_])(?P<p>" + "|".join(words) + r")\s*(?=[,;.)]|$)", re.I
    )


def quarter_ellipsis(text: str, start: int, end: int, lang: str) -> tuple[int, str] | None:
    """After a figure, a quarter told by its ordinal alone, its noun left out ("contra
    75.869 no primeiro", "frente a 75.869 en el primero", data `quarter_ellipsis`): the
    quarter's number and the words, else None."""
    pattern = _quarter_ellipsis_re(lang)
    m = pattern.match(text, start, end) if pattern is not None else None
    if m is None:
        return None
    n = _lookup(_words(lang, "quarter_words"), m.group("q"))
    return (n, m.group("p")) if n is not None and 1 <= n <= 4 else None


@cache
def _month_compound(lang: str) -> re.Pattern[str] | None:
    """A word, or a month's name joined to the noun of its figures (data `month_compound`:
    "Novemberzahlen", "November-Auslieferungen", "novembercijfers"), for bare_month."""
    spec: dict[str, Any] = lang_data(lang).get("periods") or {}
    tails = spec.get("month_compound")
    if not tails:
        return None
    heads = "|".join(sorted(map(re.escape, _words(lang, "months")), key=len, reverse=True))
    tail = "|".join(f"(?:{t})" for t in tails)
    return re.compile(rf"(?P<head>{heads})-?(?P<tail>{tail})(?![^\W\d_])|[^\W\d_]+", re.IGNORECASE)


def bare_month(text: str, lang: str) -> tuple[int, str] | None:
    """The one month a sentence names by its bare name, with no preposition ("Octobre a été
    un mois record", "Der Oktober war ein Rekordmonat", "Październik był rekordowy"), and the
    word: a month's name said as a subject, which the YAMLs' month phrasings (mostly "en
    octobre", "im Oktober") leave out. Whole words only (Polish "maj" is not "majątek"),
    Russian's stems ("октябр") excepted. None when it names none or two."""
    if lang in _CJK_LANGS:
        return None
    months = _words(lang, "months")
    stems = lang == "ru"
    compound = _month_compound(lang)
    found: dict[int, str] = {}
    for w in (compound or _WORD).finditer(text):
        key = w.group(0).replace("İ", "i").lower()
        month = months.get(key)
        if month is None and stems:
            month = _lookup(months, key) if any(key.startswith(k) for k in months) else None
        if month is None and compound is not None and w.group("tail"):
            # "Novemberzahlen", "oktobercijfers": a month's figures named in one word
            month = months.get(w.group("head").lower())
        if month is not None:
            found.setdefault(month, w.group(0))
    if len(found) != 1:
        return None
    return next(iter(found.items()))


def _group(m: re.Match[str], *names: str) -> str | None:
    for name in names:
        if name in m.re.groupindex and m.group(name):
            return m.group(name)
    return None


def _cue(kind: str, m: re.Match[str], lang: str, text: str) -> PeriodCue | None:
    months = _words(lang, "months")
    year_raw = _group(m, "year", "year2", "zy")
    year = int(year_raw) if year_raw else None
    if year is not None and year < 100:
        year += 2000  # "3T25", "24年3月": a year of two digits is this century's
    month = _lookup(months, _group(m, "month", "month2"))
    day_raw = _group(m, "day", "day2")
    day = int(day_raw) if day_raw else None
    quarter = half = None
    m1, m2 = _group(m, "m1"), _group(m, "m2")
    if m1 and m2:  # "4〜6月", "7～9月期": three months are a quarter, six a half
        # month names too: "von Juli bis September", "temmuz-eylül" (data `quarter`)
        first, last = _lookup(months, m1) or 0, _lookup(months, m2) or 0
        if last - first == 2 and first % 3 == 1:
            kind, quarter = "quarter", last // 3
        elif last - first == 5 and first in (1, 7):
            kind, half = "half_year", 1 if first == 1 else 2
        elif first == 1 and 2 <= last <= 12:
            kind, month = "first_months", last  # "1〜10月": January to October, summed
        else:
            return None
    ended = _lookup(months, _group(m, "qe", "he"))  # "trois mois clos le 30 septembre"
    if ended is not None:
        # a filing's period by its length and last month: three months a quarter, six a half
        if kind == "quarter" and ended % 3 == 0:
            quarter = ended // 3
        elif kind == "half_year" and ended in (6, 12):
            half = ended // 6
        else:
            return None
    if kind == "quarter" and quarter is None:
        raw = _group(m, "q", "qn", "qn2", "qw")
        quarter = _lookup(_words(lang, "quarter_words"), raw)
        if raw is not None and (quarter is None or not 1 <= quarter <= 4):
            return None  # "за квартал" names no quarter: the document's context does
    if kind == "half_year" and half is None:
        word = _group(m, "h", "h2") or m.group(0)
        half = 1 if _FIRST.search(word) else 2
    if kind == "first_months" and month is None:
        month = _lookup(_words(lang, "month_counts"), _group(m, "fm", "fm2"))
        if month in (3, 6):  # "the first six months" is the first half, as 1〜6月 is
            kind, quarter, half = ("quarter", 1, None) if month == 3 else ("half_year", None, 1)
            month = None
    if kind in ("date", "month", "first_months") and (month is None or not 1 <= month <= 12):
        return None
    if day is not None and not 1 <= day <= 31:
        return None
    amount_raw = _group(m, "n", "n2", "n3")
    return PeriodCue(
        kind=kind,
        start=m.start(),
        end=m.end(),
        text=text[m.start() : m.end()],
        year=year,
        month=month,
        day=day,
        quarter=quarter,
        half=half,
        amount=int(amount_raw) if amount_raw else None,
        unit=_group(m, "u", "u2", "u3"),
    )


def _date_next(text: str, pos: int, lang: str) -> bool:
    """A day, a month name or an end-of word follows ("até maio", "au 1er mars")."""
    if _DATE_NEXT.match(text, pos):
        return True
    word = re.match(r"\s*([^\W\d_]+)", text[pos : pos + 24])
    if word is None:
        return False
    key = word.group(1).lower()
    return any(key.startswith(month) for month in _words(lang, "months"))


# between an "up to"/"end of" word and the month it dates: "de", "di", "del" or nothing
_MONTH_AFTER = re.compile(
    r"\s*(?:(?:de|del|di|du|of)\s+)?([^\W\d_]+)\.?"
    r"(?:,?\s+(?:de\s+|del\s+)?((?:19|20)\d{2})(?:\s*(?:г\.?|года|roku|r\.))?(?!\d))?",
    re.IGNORECASE,
)


def _months_after_as_of(
    folded: str, found: list[PeriodCue], lang: str, text: str
) -> list[PeriodCue]:
    """A bare month name right after an as_of word ("bis Ende September", "fin septembre",
    "к концу сентября 2025 года", "hingga akhir September"): a date without a day, which the
    resolver reads as the month's last day stated as the running total's as_of (as Polish
    "do końca września" in pl.yaml). The YAMLs' month phrasings mostly need a preposition
    ("im September", "en septembre") that an as_of word replaces."""
    if lang in _CJK_LANGS:
        return []
    months = {w: n for w, n in _words(lang, "months").items() if len(w) >= 3 and " " not in w}
    out = []
    for cue in found:
        if cue.kind != "as_of":
            continue
        m = _MONTH_AFTER.match(folded, cue.end)
        if m is None:
            continue
        word = m.group(1).lower()
        stems = [w for w in months if word.startswith(w)]
        if not stems:
            continue
        start, end = m.start(1), m.end()
        month = months[max(stems, key=len)]
        year = int(m.group(2)) if m.group(2) else None
        out.append(PeriodCue("date", start, end, text[start:end], year=year, month=month))
    return out


@lru_cache(maxsize=32)
def _span_patterns(lang: str) -> list[re.Pattern[str]]:
    spec: dict[str, Any] = lang_data(lang).get("periods") or {}
    before = "" if lang in _CJK_LANGS else r"(?<![^\W\d_])"
    return [re.compile(before + str(p), re.IGNORECASE) for p in spec.get("span") or []]


def _spans(folded: str, lang: str, text: str) -> list[PeriodCue]:
    """ "von 2022 bis Juni 2025", "22年から25年6月まで" (data `span`): a total over years up to
    a month, told at that month's last day. One date cue over the whole span, so the start
    year is not read as the period (the resolver makes a stated day with no period of its
    own a running total)."""
    out = []
    for pattern in _span_patterns(lang):
        for m in pattern.finditer(folded):
            month = _lookup(_words(lang, "months"), _group(m, "month", "month2"))
            year_raw = _group(m, "year", "year2")
            if month is None or not 1 <= month <= 12 or not year_raw:
                continue
            year = int(year_raw) + (2000 if len(year_raw) == 2 else 0)
            day = calendar.monthrange(year, month)[1]
            cue = PeriodCue("date", m.start(), m.end(), text[m.start() : m.end()], year, month, day)
            out.append(cue)
    return out


@lru_cache(maxsize=32)
def _first_since_re(lang: str) -> re.Pattern[str] | None:
    spec: dict[str, Any] = lang_data(lang).get("periods") or {}
    words = [str(w) for w in spec.get("first_since") or []]
    if not words:
        return None
    return re.compile(r"(?<![^\W\d_])(?:" + "|".join(words) + r")\s*,?\s*$", re.IGNORECASE)


def _first_since(folded: str, start: int, lang: str) -> bool:
    """ "the first since launch" ("el primero desde su lanzamiento", "den ersten seit dem
    Marktstart"; data `first_since`, the words right before a running-total cue): a first
    result since then, no running total."""
    found = _first_since_re(lang)
    return found is not None and found.search(folded[max(0, start - 40) : start]) is not None


def find_period_cues(text: str, lang: str) -> list[PeriodCue]:
    """Period cues of `text`, in order; of two overlapping cues the longer stays."""
    folded = fold(text)
    found: list[PeriodCue] = []
    for kind, pattern in _patterns(lang):
        for m in pattern.finditer(folded):
            if m.end() == m.start():
                continue
            bare = kind == "as_of" and lang not in _CJK_LANGS and " " not in m.group(0).strip()
            if bare and not _date_next(folded, m.end(), lang):
                continue  # "au", "до", "até" alone are prepositions unless a date follows
            if kind in ("cumulative", "as_of") and _first_since(folded, m.start(), lang):
                continue
            cue = _cue(kind, m, lang, text)
            if cue is not None:
                found.append(cue)
    found += _months_after_as_of(folded, found, lang, text)
    found += _spans(folded, lang, text)
    found.sort(key=lambda c: (-(c.end - c.start), KINDS.index(c.kind), c.start))
    kept: list[PeriodCue] = []
    for cue in found:
        if not any(c.start < cue.end and cue.start < c.end for c in kept):
            kept.append(cue)
    return sorted(kept, key=lambda c: c.start)
