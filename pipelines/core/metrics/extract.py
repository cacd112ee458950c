"""Metric events from article text: number → metric, subject, status, period, evidence.

Rules, not a model: every event can be traced to a cue word next to a number in one sentence,
and anything unsure becomes "other" or nothing. A wrong figure in an analyst's chart costs
more than a missing one.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache, partial
from itertools import islice

from pipelines.core.language import detect_language
from pipelines.core.metrics import scan
from pipelines.core.metrics.lexicon import NOUN_LABELS, Entity, ExtractorConfig, load_config
from pipelines.core.metrics.locale_numbers import (
    decimal_mark,
    find_locale_mentions,
    has_half_words,
    supported_languages,
)
from pipelines.core.metrics.locale_periods import find_period_cues
from pipelines.core.metrics.numbers import NumberMention, find_numbers, fold
from pipelines.core.metrics.periods import (
    EN_DATE_RE,
    LAST_YEAR_RE,
    LAUNCH_MONTH_RE,
    MONTH_NOUN_RE,
    MONTHS,
    NEXT_YEAR_RE,
    ORDINAL_WORDS,
    THIS_YEAR_RE,
    WHOLE_YEAR_RE,
    Period,
    _month_end,
    en_dates,
    launch_month,
    resolve_locale_period,
    resolve_period,
)

EXTRACTOR_VERSION = "rules-2.0"
# Bounds that keep extraction linear in the text whatever it holds (issue 11: a page of
# repeated figures or of digits must not stop a run). No news sentence is longer than this, nor
# states more figures; an article with more events than this is a data table, not news.
MAX_SENTENCE_CHARS = 400
MAX_NUMBERS_PER_SENTENCE = 12
MAX_EVENTS_PER_ARTICLE = 400

MONEY_UNITS = (
    "CNY",
    "USD",
    "EUR",
    "HKD",
    "GBP",
    "JPY",
    "KRW",
    "BRL",
    "IDR",
    "VND",
    "TRY",
    "PLN",
    "RUB",
)
# Rough yuan per unit, only to hold money figures of any currency to the same bounds.
CNY_PER = {
    "CNY": 1.0, "USD": 7.0, "EUR": 8.0, "HKD": 0.9, "GBP": 9.0, "JPY": 0.05, "KRW": 0.005,
    "BRL": 1.3, "IDR": 0.00045, "VND": 0.00028, "TRY": 0.2, "PLN": 1.8, "RUB": 0.08,
}  # fmt: skip
MONEY_METRICS = {"price", "investment", "rd_spend", "revenue", "net_loss"}
COUNT_METRICS = {
    "orders", "locked_orders", "reservations", "deliveries", "delivery_target", "production",
    "production_capacity",
}  # fmt: skip
MODEL_METRICS = {"orders", "locked_orders", "reservations", "buyer_share", "price"}
GROUP_METRICS = {"rd_spend", "headcount"}
BUSINESS_METRICS = {
    "headcount",
    "investment",
    "rd_spend",
    "revenue",
    "net_loss",
    "production_capacity",
}
DEFAULT_UNIT = {
    "orders": "orders", "locked_orders": "orders", "reservations": "orders",
    "deliveries": "vehicles", "delivery_target": "vehicles", "production": "vehicles",
    "production_capacity": "vehicles", "headcount": "people", "buyer_share": "percent",
    "test_mileage": "km",
}  # fmt: skip
# Orders of magnitude outside which a value is a misreading, not news.
BOUNDS = {
    "price": (10_000, 5_000_000),
    "buyer_share": (0.1, 100),
    "headcount": (10, 500_000),
    "orders": (100, 5_000_000),
    "locked_orders": (100, 5_000_000),
    "reservations": (100, 5_000_000),
    "deliveries": (100, 10_000_000),
    "delivery_target": (1_000, 10_000_000),
    "production": (100, 10_000_000),
    "production_capacity": (1_000, 10_000_000),
    "investment": (1e6, 1e13),
    "rd_spend": (1e6, 1e13),
    "revenue": (1e6, 1e13),
    "net_loss": (1e5, 1e13),
    "test_mileage": (1_000, 1e10),
}

_SENT_END = re.compile(
    r"(?<=[。！？!?])\s*"
    # a full stop before a capital of any Latin or Cyrillic alphabet ("… uma hora. É a …"),
    # or between Hangul words ("출시했다. 샤오미는"); after any lowercase letter of them
    # (not the year abbreviations "2026 r." and "2026 г." of Polish and Russian, nor German
    # ordinals of one or two digits, "im 3. Quartal", "am 15. Mai", nor the scale words
    # "1,5 Mrd. Euro", "2 Mio. Fahrzeuge", "5 Tsd. Autos", nor "22.000 bzw. 18.000")
    r"|(?<=[a-z0-9%+)”\"’'\u00df-\u00ff\u0100-\u017f\u0430-\u044f\u1ea0-\u1ef9\uac00-\ud7a3])"
    r"(?<!\d [rг])(?<![\s(]\d)(?<![\s(]\d\d)(?<!\dMrd)(?<! Mrd)(?<! Mio)(?<! Tsd)(?<! bzw)\."
    # nor "135 tys. SU7", "200 тыс. YU7": a thousands word before the model counted
    r"(?!(?<=\d\s(?:tys|тыс|mln|млн)\.)\s+[A-Z]{2,}\d)"
    # nor a month's abbreviation before its day or year: "as of Sept. 30", "in Oct. 2025"
    r"(?!(?<=\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\.)\s+\d)(?!(?<=\bSept\.)\s+\d)"
    r"(?=\s+[A-Z0-9“\"‘'(\[\u00c0-\u00de\u0100-\u017f\u0400-\u042f\uac00-\ud7a3]|[A-Z][a-z]|\s*\n)\s*"
    r"|(?<=[a-z])(?=(?:The|This|In|At|On|It|He|She|They|We|According|However)\s)"
    # a model's one-letter name ends a sentence too: "… Tesla's Model Y. It starts at …"
    r"|(?<=\s[A-Z])\.\s+(?=[A-Z][a-z])"
    r"|\n+"
    # digests run points together: " - " or " · " before a capital or a Chinese character,
    # and citation marks "[5][21]" close a point
    # (not one before a list of labelled figures: "October deliveries by model - SU7: 22,045")
    r"|\s+[-·•]\s+(?=[A-Z\u4e00-\u9fff])(?![\w .-]{1,20}[:：]\s*\d)|(?:\s*\[\d{1,3}\])+\s*(?=\S)"
    # a bullet is a point of its own, also one that starts with a year ("• 2025 target: …")
    r"|\s+•\s+(?=\d)"
    # rows of labelled figures run together with bars: "Oct: 40,000+ | Sep: 40,000+",
    # "｜10月：4万+｜9月：4万+" (not a table's cells, which carry no label and colon)
    r"|\s*[|｜]\s*(?=[^|｜:：]{1,20}[:：]\s*[>≥~≈约超逾]?\s*\d)"
)
_CLAUSE_END = re.compile(
    r"[;；。]|，|,\s*(?:and|while|but|whereas|compared|which)\b|\s+while\s+|\s+but\s+"
    # a correction read with the retraction before it (_split_folded)
    r"|\.\s+(?=(?:The\s+correct(?:ed)?|In\s+fact|Actually)\b)"
    # Chinese commas are folded to ",": one before Chinese text ends a clause there too
    # but not between a change and 至/到 that carry it on ("上升9%，至每辆约26万元")
    r"|(?<!%),(?=\s*[\u4e00-\u9fff])|(?<=%),(?=\s*(?![至到])[\u4e00-\u9fff])"
    r"|(?<=[\u4e00-\u9fff]),"
    # ", and" in the languages of data/lang/ ("..., et les livraisons se poursuivent", ", und",
    # ", и", ", że"): another statement, as English ", and"
    # (not "29.700, 33.900 dan 41.300 USD": a list of figures goes on)
    r"|,\s*(?:et|y|e|und|en|i|oraz|и|а|что|że|ve|dan|và)(?=\s+[^\W\d_])"
    r"(?!\s+(?:USD|US|RMB|CNY|EUR|Rp|R)\b)"
    # Turkish "-(y)ken," (while ...ing): "hedefini açıklarken, kulislerde ...": another clause
    r"|(?<=[aeıioöuü][ry]ken),"
)
_WRITING_LAG = dt.timedelta(days=62)
_CAR_ERA = 2024  # the first Xiaomi car went on sale in March 2024
_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_FULL_DATE_YEAR = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})\b"
    r"|((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]"
)
_FUTURE = re.compile(
    r"\b(?:will|plans?|planned|targets?|goal|aims?|expects?|expected|forecasts?|"
    r"(?:is|are)\s+(?:set|due|slated|scheduled)\s+(?:for|to|in)|upcoming|"
    r"by\s+(?:the\s+end\s+of\s+)?20\d\d)\b|计划|目标|预计|将|予定|見込み|예정",
    re.I,
)
# a year in a product's name ("Mini LED 2026", "Pro 2025"), not a time: after a capitalised
# word that is neither a month, a quarter nor a Roman numeral
_PRODUCT_BEFORE = re.compile(
    r"\b(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Q[1-4]|H[12]|I|II|III|IV|FY|CY)\w*\s+$)"
    r"[A-Z][A-Za-z]*\s+$"
)
_SINCE_YEAR = re.compile(r"\b(?:since|from)\s+$", re.I)
# a year named as the base of a comparison: the text is written after it
_COMPARED = re.compile(
    r"\b(?:same\s+(?:period|quarter|month)\s+(?:of|in|last)|a\s+year\s+(?:earlier|ago)|"
    r"compared\s+(?:with|to)|up\s+from|down\s+from)\b[^.;]*$|同期|相比|较",
    re.I,
)
_LEAD_DATE_RE = re.compile(r"\b(?:On|on)\s+$")
# a wire story's dateline: "BEIJING, Nov 30 (Reuters) -", "SHANGHAI, November 1, 2025 --"
_DATELINE = re.compile(
    r"\s*[A-Z][A-Z .'/-]{2,30},\s*(?P<day>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*(?:19|20)\d{2})?)"
    r"\s*(?:\([^)]{1,30}\))?\s*(?:-{1,2}|–|—|$)"
)
_CJK = re.compile(r"[\u4e00-\u9fff]")
_CHANGE_RE = re.compile(
    r"(?:year-on-year|month-on-month|yoy|mom|increase(?:d)?\s+of|growth\s+of|rise\s+of|"
    r"decline\s+of|drop\s+of|increased\s+by|rose\s+by|fell\s+by|grew\s+by|up\s+by|down\s+by|"
    r"同比|环比|增长|下降)\s*$",
    re.I,
)
_CHANGE_ANYWHERE = re.compile(_CHANGE_RE.pattern.removesuffix("$"), re.I)
_BUYER_GROUP = re.compile(
    r"(?:female|women|male|men|apple|iphone|bba|tesla|byd|young|first[- ]time|post-?90s|"
    r"users?|buyers?|owners?|customers?|purchasers?|女性|用户|车主|果粉)",
    re.I,
)


@dataclass(frozen=True)
class ExtractedEvent:
    subject: str
    metric: str
    value: float
    value_max: float | None
    unit: str
    qualifier: str
    status: str
    period_start: dt.date | None
    period_end: dt.date | None
    period_text: str | None
    as_of: dt.date | None
    evidence: str
    char_start: int
    char_end: int
    language: str
    period_kind: str = "none"
    label: str | None = None


@dataclass(frozen=True)
class _Sentence:
    start: int
    end: int
    text: str  # folded


def split_sentences(text: str, lang: str = "en") -> Iterator[_Sentence]:
    """Sentences with offsets into `text`; the text is folded, so offsets hold."""
    return _split_folded(fold(text, lang))


def _split_folded(folded: str) -> Iterator[_Sentence]:
    held: _Sentence | None = None  # a headline's figure shouted before its subject
    last: _Sentence | None = None  # the sentence before, until the next shows it is whole
    for sent in _split_plain(folded):
        if held is not None:
            sent = _Sentence(held.start, sent.end, folded[held.start : sent.end])
            held = None
        if (
            last is not None
            and _CORRECTION_OPENS.match(sent.text)
            and _RETRACTION.search(last.text) is not None
        ):
            # "An earlier version of this story said … 45,000 cars in October. The correct
            # figure is more than 40,000.": the correction is read with what it corrects
            sent = _Sentence(last.start, sent.end, folded[last.start : sent.end])
            last = None
        if last is not None and last.text[-1:] in "！!" and _SHOUTED_WINDOW.fullmatch(sent.text):
            # "小米YU7锁单24万！仅用18小时": the window shouted after the figure is its own
            sent = _Sentence(last.start, sent.end, folded[last.start : sent.end])
            last = None
        if last is not None:
            yield last
            last = None
        if _SHOUTED_FIGURE.fullmatch(sent.text):
            held = sent  # "4万辆！小米汽车10月交付再破纪录", "逾4万！…": one headline
            continue
        last = sent
    if last is not None:
        yield last
    if held is not None:
        yield held


# a figure pointed back to ("Those 40,000-plus deliveries", 这些24万订单), and one withdrawn
_RESTATED = re.compile(r"\b(?:those|these)\s+(?:over\s+|more\s+than\s+)?$|这些\s*$", re.I)
_NOT_BEFORE = re.compile(r"\bnot\s+(?:the\s+)?$", re.I)
_AS_REPORTED_AFTER = re.compile(
    r"(?:\s*(?:units|cars|vehicles|orders))?\s*,?\s*(?:as\s+(?:previously|earlier|originally|"
    r"first|wrongly|incorrectly)\s+(?:reported|stated|said|published)|as\s+reported\s+earlier)",
    re.I,
)
_WITHDRAWN_BEFORE = re.compile(r"(?:而非|而不是)(?:此前|之前|早前)(?:报道|所称|称)的?\s*$")
# a retraction, and the sentence that then gives the right figure
_RETRACTION = re.compile(
    r"\ban?\s+(?:earlier|previous)\s+version\s+of\s+(?:this|the)\s+(?:story|article|report)"
    r"|(?:本文|此文|报道)?此前(?:误|错误地)?称",
    re.I,
)
# a window alone after a headline's "！": "仅用18小时", "只用了3分钟", "In just 18 hours!"
_SHOUTED_WINDOW = re.compile(
    r"(?:仅|只|才)?(?:用|用了|用时|耗时)?\s*\d+\s*(?:分钟|小时|天)(?:内)?\s*[!！。]?"
    r"|(?i:(?:in|within)\s+(?:just|only)?\s*\d+\s+(?:minutes|hours|days))\s*[!.]?"
)
# a figure alone before "！", the rest of the headline after it
_SHOUTED_FIGURE = re.compile(r"\S{0,6}\d[\d.,]*\s*[万亿]?\S{0,4}\s*[！!]")


def _split_plain(folded: str) -> Iterator[_Sentence]:
    pos = 0
    for m in _SENT_END.finditer(folded):
        if m.start() > pos:
            yield from _trimmed(
                folded, pos, m.start() + (1 if folded[m.start() : m.start() + 1] == "." else 0)
            )
        pos = m.end()
    if pos < len(folded):
        yield from _trimmed(folded, pos, len(folded))


def _trimmed(text: str, start: int, end: int) -> Iterator[_Sentence]:
    """The stripped sentence; one longer than MAX_SENTENCE_CHARS (a table or a digest run
    together without full stops, or garbage) is cut at separators into pieces of at most that
    size, so the work per sentence is bounded and extraction stays linear in the text."""
    while end - start > MAX_SENTENCE_CHARS:
        window = text[start + MAX_SENTENCE_CHARS // 2 : start + MAX_SENTENCE_CHARS]
        cut = max(window.rfind(c) for c in (" - ", " · ", "；", ";", "，", ",", " "))
        stop = start + MAX_SENTENCE_CHARS // 2 + cut + 1 if cut >= 0 else start + MAX_SENTENCE_CHARS
        yield from _trimmed(text, start, stop)
        start = stop
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    s = start + lead
    yield _Sentence(s, s + len(stripped), stripped)


def _resolve(
    lang: str, text: str, ref: dt.date | None, status: str, doc_year: int | None
) -> Period:
    if lang in ("en", "zh"):
        return resolve_period(text, ref, status, doc_year)
    return resolve_locale_period(text, lang, ref, status, doc_year)


def _year_so_far(period: Period, lang: str) -> bool:
    """A running total from January 1 to no day ("seit Jahresbeginn", "da gennaio") in the
    languages of data/lang/: a pace told with it ("… im Tempo von 25.000 pro Monat") is a
    rate all the same."""
    return (
        lang not in ("en", "zh")
        and period.kind == "cumulative"
        and period.end is None
        and period.start is not None
        and (period.start.month, period.start.day) == (1, 1)
    )


def reads_language(lang: str | None) -> bool:
    """Whether the extractor has a vocabulary for `lang` (ISO 639-1)."""
    return lang in ("en", "zh") or (lang is not None and lang in supported_languages())


def extraction_language(text: str, hint: str | None = None) -> str | None:
    """The language the extractor reads `text` in: English and Chinese with their shared
    vocabulary, the languages of data/lang/ with their own; None when it has no vocabulary
    for the text's language (the pipeline reports those articles, it does not guess)."""
    lang = detect_language(text, hint) or hint
    return lang if reads_language(lang) else None


def _reference_date(
    sentences: list[_Sentence], published: dt.date | None
) -> tuple[dt.date | None, int | None, bool]:
    """The date events without their own date are stated at, and the year of the document.

    With a publication date: that date, unless the article opens with "On <date>" a few days
    before it (a speech reported the next morning). Without one: the opening "On <date>" with
    its year, or the latest year the text names, when the text gives one.
    """
    doc_year = None
    lower = None
    if published is None:
        doc_year, lower = _text_time(sentences)
    year_ref = published or (dt.date(doc_year, 12, 31) if doc_year else None)
    line = _DATELINE.match(sentences[0].text) if sentences else None
    if line is not None and year_ref is not None:
        # "BEIJING, Nov 30 (Reuters) - …": the day the story was filed, before it was published
        filed = en_dates(line.group("day"), year_ref, future_ok=False)
        if filed:
            d = filed[0][2]
            if published is None or dt.timedelta(0) <= published - d <= dt.timedelta(days=7):
                return d, doc_year or d.year, True
    for sent in sentences[:4]:
        for m in EN_DATE_RE.finditer(sent.text):
            if not _LEAD_DATE_RE.search(
                sent.text[max(0, m.start() - 4) : m.start()]
            ) and not re.match(
                r"\s*(?:st|nd|rd|th)?,?\s*(?:19|20)\d{2}\s+\w",
                sent.text[m.end() - 6 : m.end() + 12],
            ):
                continue
            found = en_dates(sent.text[m.start() : m.end()], year_ref, future_ok=False)
            if not found:
                continue
            d = found[0][2]
            if published is None and doc_year is not None and d.year < doc_year:
                continue  # history told in the opening, not the day of writing
            if published is None or dt.timedelta(0) <= published - d <= dt.timedelta(days=7):
                return d, doc_year, True
    if lower is not None and (doc_year is None or lower.year >= doc_year):
        # written on or after the latest day it states as past: year-less periods resolve
        # against that day as against a publication date ("the full year" in an article that
        # cites a March 2025 filing is 2024)
        # news follows its latest date within weeks: a year-less month up to two months
        # after it is still this year's ("by September 30" ... "in October")
        return lower + _WRITING_LAG, lower.year, False
    return published, doc_year, False


def _text_time(sentences: list[_Sentence]) -> tuple[int | None, dt.date | None]:
    """The year a text without a publication date was written in, and the latest full date
    it states as past: the years it names for past or present facts (a plan "by 2030" is
    not the year of writing; a comparison "the same period of 2024" points to the year
    after). No clock is read, so the same text gives the same events on any day."""
    past: list[int] = []
    every: list[int] = []
    days: list[dt.date] = []
    for s in sentences:
        years = [
            (m.start(), int(m.group(0)))
            for m in _YEAR_RE.finditer(s.text)
            if not _PRODUCT_BEFORE.search(s.text, max(0, m.start() - 12), m.start())
            # "349 articles published since 2024": a bound, not the year of writing
            and not _SINCE_YEAR.search(s.text, max(0, m.start() - 12), m.start())
        ]
        every += [y for _, y in years]
        if not years or _FUTURE.search(s.text):
            continue
        for pos, y in years:
            base = _COMPARED.search(s.text[max(0, pos - 50) : pos])
            past.append(y + 1 if base else y)
        days += [d for _, _, d in en_dates(s.text, None) if d.year >= _CAR_ERA - 1]
        told = resolve_period(s.text, None, "actual")
        if told.end is not None and told.kind in ("month", "quarter", "half_year"):
            # "2025年第二季度 ... 营收1160亿元": written after the period it reports
            days.append(told.end)
    doc_year = None
    if past:
        # the year named most (ties: the later); a results article for 2024 written in 2025
        # names 2024 more than the new year; history before the car era is left out
        recent = [y for y in past if y >= _CAR_ERA]
        counts = Counter(recent)
        if recent:
            doc_year = max(counts, key=lambda y: (counts[y], y))
        else:
            # a plan for next year is still about the year of writing; a 2030 vision is not
            doc_year = max(y for y in every if y <= max(past) + 1)
            era = [y for y in every if y >= _CAR_ERA - 1]
            if doc_year < _CAR_ERA - 1 and era:
                # only history is told as past: the car figures are of the car era
                doc_year = min(era)
    elif every:
        doc_year = max(every)
    if not days:
        return doc_year, None
    lower = max(days)
    # day-months without a year that follow it closely ("on March 2", 3月18日) are later days
    # of the same story: the text was written after them too
    later = [
        d
        for s in sentences
        if not _FUTURE.search(s.text)
        for _, _, d in en_dates(s.text, lower, True)
        if lower < d <= lower + dt.timedelta(days=60)
    ]
    return doc_year, max([lower, *later])


_LAUNCH_FIGURES = {"price", "orders", "locked_orders", "reservations"}
_LAUNCH_WORDS = re.compile(
    r"\b(?:launch(?:ed|es)?|went\s+on\s+sale|go(?:es)?\s+on\s+sale|unveil(?:ed|s)?|debut(?:ed|s)?|"
    r"release[ds]?|order\s+books?\s+(?:officially\s+)?opened)\b|上市|发布会?|开售|首发",
    re.I,
)


def _launch_year_told(cfg: ExtractorConfig, sentences: list[_Sentence]) -> int | None:
    """The year a story names no date for, from a launch it places last year: "entered the EV
    sector last year with the launch of its SU7", 去年3月上市的小米SU7. Written the year after
    that model's (known) launch, when one model is named beside the words."""
    years: set[int] = set()
    for s in sentences:
        last = scan.search(LAST_YEAR_RE, s.text)
        if last is None or not scan.search(_LAUNCH_WORDS, s.text):
            continue
        near = s.text[max(0, last.start() - 80) : last.end() + 80]
        if not scan.search(_LAUNCH_WORDS, near) or scan.search(cfg.competitor_re, near):
            continue  # no launch beside it, or perhaps a rival's ("Tesla launched … last year")
        models = {
            ent.launched.year
            for _, _, ent in _names(cfg, near)[0]
            if ent.kind == "model" and ent.launched is not None
        }
        if len(models) == 1:
            years.add(models.pop() + 1)
    return years.pop() if len(years) == 1 else None


def _year_end(year: int | None) -> dt.date | None:
    return dt.date(year, 12, 31) if year else None


def _launch_date(
    sentences: list[_Sentence], ref: dt.date | None, doc_year: int | None
) -> dt.date | None:
    """The day the article says the car launched ("launched on March 28", 2月27日上市): the
    first dated launch it mentions, not later than the reference date."""
    year_ref = ref or (dt.date(doc_year, 12, 31) if doc_year else None)
    if year_ref is None:
        return None
    for sent in sentences:
        if not scan.search(_LAUNCH_WORDS, sent.text):
            continue
        for start, end, day in en_dates(sent.text, year_ref, future_ok=False):
            window = sent.text[max(0, start - 60) : end + 60]
            if _LAUNCH_WORDS.search(window) and (ref is None or day <= ref):
                return day
    return None


_ANY_YEAR = dt.date(2024, 12, 31)  # places a day-month only to read its month and day
_SAID = re.compile(
    r"\b(?:said|says|announced|revealed|told|stated|unveiled|disclosed|confirmed|raised|"
    r"lifted|set)\b|表示|透露|宣布|称|稱|公布|披露|上调|上調|定在",
    re.I,
)
# "从第三季度起反超", "since the third quarter": a quarter as a starting point, not the
# period a results article reports
_FROM_ON = re.compile(
    r"(?:季度?|quarter|Q[1-4])\s*(?:起|以来|以來|开始|開始)|\b(?:since|starting\s+(?:in|from)|from)\s+"
    r"(?:the\s+)?(?:first|second|third|fourth|Q[1-4])\b",
    re.I,
)
_CHANGE_TO = re.compile(
    r"\b(?:ris(?:e|es|ing)|rose|gr(?:ow|ows|ew|owing)|increas(?:e|es|ed|ing)|climb(?:s|ed)?|"
    r"jump(?:s|ed)?|f(?:all|alls|ell)|drop(?:s|ped)?|declin(?:e|es|ed))\s+to\s+"
    r"(?:about\s+|around\s+|nearly\s+)?(?:RMB|CNY|US\$|\$|¥)?\s*$",
    re.I,
)
_THE_FIGURE = re.compile(
    r"\bthe\s+(?:\w+\s+){0,2}?(?:figure|number|tally)\s+(?:\w+\s+){0,4}?"
    r"(?:was|is|stood\s+at|reached|came\s+to|hit)\s+(?:also\s+|again\s+|still\s+)?"
    r"(?:about\s+|around\s+|nearly\s+|above\s+|over\s+|below\s+|under\s+|more\s+than\s+|"
    r"less\s+than\s+|close\s+to\s+|almost\s+)?$",
    re.I,
)
# the same, unanchored: whether the sentence has one anywhere (_stands_alone)
_THE_FIGURE_ANYWHERE = re.compile(_THE_FIGURE.pattern.removesuffix("$"), re.I)
_CARRIED_QUAL = (
    r"(?:about\s+|around\s+|nearly\s+|above\s+|over\s+|more\s+than\s+|close\s+to\s+|"
    r"almost\s+|(?:RMB|CNY|US\$|\$|¥)\s*)*"
)
# the measure of the sentence before, carried into one with no cue of its own (a clause's
# words before the figure): "The number rose to over 40,000 in October", "The total for the
# second quarter was", "A year earlier it was 9.7 billion yuan", "In the second quarter, it
# was", "That was up from 39,000", "That compares with 136,854 in 2024", 这一数字升至,
# 第二季度这一数字为, 此前一个月为, 去年同期为
_CARRIED = re.compile(
    r"\b(?:the|its|this|that|\w+['’]s)\s+(?:\w+\s+){0,2}?(?:figure|number|tally|total|count)\s+"
    r"(?:\w+\s+){0,4}?(?:(?:rose|climbed|grew|jumped|increased|fell|dropped|declined|slipped)\s+"
    r"to|was|stood\s+at|came\s+to)\s+" + _CARRIED_QUAL + r"$"
    r"|^\W*(?:(?:a|one)\s+(?:year|quarter|month)\s+(?:earlier|ago|before)|"
    r"the\s+(?:month|quarter|year)\s+before|the\s+(?:previous|prior)\s+(?:month|quarter|year)|"
    r"in\s+[^,.;\d]{2,30}?|in\s+(?:19|20)\d\d)?\s*,?\s*"
    r"(?:it|that)\s+(?:was|stood\s+at|came\s+to)\s+" + _CARRIED_QUAL + r"$"
    r"|^\W*(?:that|this)\s+(?:was|is)\s+(?:up|down)(?:\s+[\d.]+\s*%)?\s+from\s+"
    + _CARRIED_QUAL
    + r"$|^\W*(?:that|this)\s+(?:compares|compared)\s+with\s+"
    + _CARRIED_QUAL
    + r"$|(?:这一|该|这个)数字[^，。；]{0,8}?(?:为|是|达到?|升至|增至|增长至|降至|跌至|上升至|下降至|"
    r"回落至|攀升至)\s*(?:约|超过|近)?\s*$"
    r"|^\W*(?:此前一个月|前一个月|上一个月|上一季度|上季度|前一季度|去年同期|上年同期|一年前|"
    r"\d{1,2}月份?|第[一二三四1-4]季度|[一二三四]季度|Q[1-4]|[上下]半年|(?:19|20)\d\d年)"
    r"(?:则|的)?(?:为|是)\s*(?:约|超过|近)?\s*$",
    re.I,
)
# words of _CARRIED, anywhere in the sentence: a superset of where it looks (_stands_alone)
_CARRIED_ANYWHERE = re.compile(
    r"\b(?:figure|number|tally|total|count)\b|\b(?:it|that)\s+(?:was|stood\s+at|came\s+to)\b|"
    r"\b(?:that|this)\s+(?:was|is)\s+(?:up|down)\b|\bcompared?s?\s+with\b|数字|此前一个月|"
    r"前一个月|上一个月|上一季度|上季度|前一季度|去年同期|上年同期|一年前|月份?(?:则|的)?(?:为|是)|"
    r"季度(?:则|的)?(?:为|是)|半年(?:则|的)?(?:为|是)|年(?:则|的)?(?:为|是)|Q[1-4](?:则|的)?(?:为|是)",
    re.I,
)
# a whole country's or market's figure: "Across China, the number was about 1.7 million" (not
# a source: "according to the CPCA, the figure for July reached 30,452" is Xiaomi's)
_WIDER = re.compile(
    r"\bacross\s+(?:China|the\s+(?:country|industry|market))\b|\bnationwide\b|\bindustry\b|"
    r"全国|全行业",
    re.I,
)
# the target before the one just told: "It had earlier aimed for 100,000", "its original goal
# of 100,000", 此前的目标为10万辆 (of the same period)
_EARLIER_GOAL = re.compile(
    r"\b(?:had\s+)?(?:earlier|previously|originally|initially)\s+(?:aimed|targeted|planned|"
    r"set\s+out|hoped)\b|\b(?:earlier|previous|original|initial|old|prior)\s+(?:target|goal)\b|"
    r"(?:此前|之前|原先|原本|原|最初|早前)的?(?:目标|计划)",
    re.I,
)
# a whole country's or industry's count, before the figure in its clause
_MARKET_WIDE = re.compile(
    _WIDER.pattern + r"|\bNEVs?\s+(?:sales|retail|deliveries)\b|\b(?:passenger\s+)?car\s+sales\s+"
    r"(?:across|in)\s+China\b|新能源(?:乘用)?车(?:的)?(?:零售|销量|批发|销售)|乘用车(?:的)?(?:零售|销量|批发)",
    re.I,
)
# the target just told, revised: "It later raised the goal to 100,000", 随后又上调至
_GOAL_REVISED = re.compile(
    r"\b(?:raised|lifted|increased|cut|lowered|revised|trimmed)\s+(?:the|its|that|this)\s+"
    r"(?:\w+\s+)?(?:goal|target)\s+(?:\w+\s+){0,3}?to\s+|\b(?:raised|lifted|cut|lowered)\s+it\s+to\s+"
    r"|(?:随后|后来|之后|此后)[^，。；]{0,6}?(?:上调|提高|下调|调整)(?:至|到|为)",
    re.I,
)
# the company pointed to: "its deliveries across China", 其全国交付量 are its own
_ITS_OWN = re.compile(r"其|该公司|旗下|\b(?:its|it|the\s+(?:company|carmaker|automaker))\b", re.I)
# a month back from the figure before: "a month earlier", 此前一个月
_MONTH_BACK = re.compile(
    r"\ba\s+month\s+(?:earlier|before)|\bthe\s+(?:previous|prior)\s+month|"
    r"\bthe\s+month\s+before|此前一个月|前一个月|上一个月",
    re.I,
)
# a quarter back: "a quarter earlier", 上一季度
_QUARTER_BACK = re.compile(
    r"\b(?:a|one)\s+quarter\s+(?:earlier|before)|\bthe\s+(?:previous|prior)\s+quarter|"
    r"\bthe\s+quarter\s+before|上一季度|上季度|前一季度",
    re.I,
)
# a row of a labelled list after a sentence that gave a figure: "Year to date: 300,000+.",
# "September: 40,000+." (the label before the colon, then the figure and nothing else)
_LABELLED_ROW = re.compile(
    r"\s*(?P<label>[^:：,，;；.。]{2,40}?)\s*[:：]\s*"
    r"(?:about|around|over|more\s+than|nearly|almost|约|超|超过|逾|近|>|≥|~|≈)?\s*$",
    re.I,
)
_ROW_SHAPE = re.compile(r"[^:：]{2,40}[:：][^\d:：]{0,16}\d")
_ROW_END = re.compile(
    r"\s*(?:\+|-plus|\s*plus)?\s*(?:units|vehicles|cars|辆)?\s*[.。!！]?\s*$", re.I
)
_NTH_STRAIGHT = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+"
    r"(?:consecutive|straight|successive)\s+(?:quarters?|months?|years?|weeks?)\b",
    re.I,
)
_ABOVE_BEFORE = re.compile(
    r"\b(?:exceed(?:ing|ed|s)?|above|over|topping|surpassing|more\s+than|beyond)\s+"
    r"(?:the\s+)?(?:RMB|CNY|US\$|\$|¥)?\s*$",
    re.I,
)
# a price band, not a count: "20万以上轿车销量", "30万级SUV"
_PRICE_BAND_AFTER = re.compile(
    r"\s*(?:元)?\s*(?:以上|以下|级|級)(?:的)?\s*(?:轿车|轎車|车型|車型|SUV|豪华|市场|市場)"
)
_PRESALE = re.compile(r"\bpre-?sales?\b|预售|預售", re.I)
_LAUNCH_NEWS_DAYS = 120


def _orders_opened(
    cfg: ExtractorConfig,
    ev: ExtractedEvent,
    sentence: str,
    launch_told: bool,
    told_days: set[tuple[int, int]],
    ref: dt.date | None,
    doc_year: int | None,
) -> dt.date | None:
    """The day a model's orders opened (entities.yaml), for a launch price or a first-hours
    order count in an article about that launch that does not date it."""
    window = ev.period_kind == "window"
    if not (window or _no_period(ev)) or not (launch_told or window):
        return None
    model = next((e for e in cfg.entities if e.name == ev.subject and e.kind == "model"), None)
    if model is None:
        return None
    days = [d for d in (model.presale, model.launched) if d is not None]
    named = [d for d in days if (d.month, d.day) in told_days]
    if named:
        day = named[0]  # "On October 29, at the launch event ...": the day the text names
    elif model.presale and _PRESALE.search(sentence):
        day = model.presale
    elif model.launched:
        day = model.launched
    else:
        return None
    if ref is not None:
        # an article written around the launch; a price quoted a year on is not a launch price
        return day if dt.timedelta(0) <= ref - day <= dt.timedelta(days=_LAUNCH_NEWS_DAYS) else None
    return day if doc_year in (None, day.year) else None


@dataclass
class _Context:
    last_entity: Entity | None = None
    last_model: Entity | None = None
    last_competitor: bool = False
    prev_model: Entity | None = None  # a model named in the previous sentence
    sentence_model: Entity | None = None  # the model this sentence's events resolved to
    decimal: str | None = None  # the article's decimal mark, for languages that vary
    last_event: ExtractedEvent | None = None  # what "the figure" of a later sentence refers to
    # ids of this sentence's prices that are no average: no reporting period is theirs
    list_prices: set[int] = dataclasses.field(default_factory=set)
    years_named: set[int] = dataclasses.field(default_factory=set)  # in the sentences before
    # the measure a short heading with no figure named ("小米汽车交付量", "Xiaomi deliveries"):
    # what the labelled rows after it count
    heading_metric: str | None = None
    # the business the sentences before named last was phones or gadgets, not cars: what
    # "this segment" or 该业务 of the next one refers to
    non_car_segment: bool = False
    # the sentence before opened with a rival ("特斯拉Model Y是小米YU7的主要对手。"): what 该车,
    # "The company" or "It" of the next one refers to
    rival_first: bool = False
    # the Xiaomi name that opened the sentence before, ahead of any rival: what 该车 or "It"
    # of the next one refers to ("小米YU7是特斯拉Model Y的主要对手。该车…")
    first_xiaomi: Entity | None = None
    last_year: int | None = None  # the last year the sentences before named ("that year")


def extract_events(
    text: str,
    published: dt.date | None = None,
    language: str | None = None,
    config: ExtractorConfig | None = None,
    title: str | None = None,
) -> list[ExtractedEvent]:
    """The metric events of one article, deduplicated, in text order.

    `language`: the article's detected language (ISO 639-1) when known, else detected here.
    """
    if not text:
        return []
    cfg = config or load_config()
    folded = fold(text)  # as English and Chinese fold it: read once (a whole page's translate)
    if not (
        scan.search(cfg.entity_re, folded) or (title and scan.search(cfg.entity_re, fold(title)))
    ):
        return []  # no Xiaomi name at all: nothing to detect or read
    # `language` is the detected language when the caller has it (the cleaner detects it, with
    # the page's declaration as a hint); otherwise the text is detected here
    if reads_language(language):
        detected: str | None = language
    else:
        detected = extraction_language(text, language)
    if detected is None:
        return []  # a language with no vocabulary: no events rather than wrong ones
    lang = detected
    if lang not in ("en", "zh") and cfg.lang != lang:
        cfg = load_config(cfg.extra_path, lang)
    _names_of.cache_clear()  # the last article's sentences
    sentences = list(_split_folded(folded if lang in ("en", "zh") else fold(text, lang)))
    if not _mentions_xiaomi(cfg, title, sentences):
        return []
    ref, doc_year, stated = _reference_date(sentences, published)
    if published is None and not stated:
        told_year = _launch_year_told(cfg, sentences)
        if told_year is not None and (doc_year is None or told_year > doc_year):
            doc_year = told_year
            if ref is not None and ref.year < told_year:
                ref = None  # the latest day it told is of an earlier year: no day is known
    announced = ref if stated else None
    launched = _launch_date(sentences, ref, doc_year)
    launch_told = any(scan.search(_LAUNCH_WORDS, s.text) for s in sentences)
    told_days = {
        (d.month, d.day)
        for s in sentences
        if scan.search(_LAUNCH_WORDS, s.text) or scan.search(_PRESALE, s.text)
        for _, _, d in en_dates(s.text, _ANY_YEAR, True)
    }
    ctx = _Context()
    if lang not in ("en", "zh"):
        ctx.decimal = decimal_mark(text, lang)
    if title:
        _update_context(cfg, ctx, fold(title, lang))
    models_in_doc = {
        ent.name for s in sentences for _, _, ent in _names(cfg, s.text)[0] if ent.kind == "model"
    }
    if published is None and doc_year is None and not stated:
        # a story that names no year is still written after every model it names went on
        # (pre-)sale ("the YU7, its first SUV": 2025 at the earliest; the SU7 Ultra's pre-sale
        # was in October 2024)
        on_sale = [e.presale or e.launched for e in cfg.entities if e.name in models_in_doc]
        launch_years = [day.year for day in on_sale if day is not None]
        doc_year = max(launch_years, default=None)
    events: list[ExtractedEvent] = []
    quarter: Period | None = None  # the reporting period a results article has named
    # the sentence just read, which stated no figure: the month it names is resolved only
    # when a figure of the next sentence needs it (a page of figure-less sentences is not
    # resolved sentence by sentence)
    month_named: str | None = None
    headline = _norm(fold(title, lang)) if title else None
    narrative: tuple[dt.date, int] | None = None  # the last day the story told, and where
    beaten: set[int] = set()  # ids of targets an actual of their sentence gave its period
    when = _DocTime(published, ref, doc_year, announced, launched, launch_told, told_days)
    for n_sent, sent in enumerate(sentences):
        told = _days_told(sent.text, ref, doc_year)
        if told:
            narrative = (told[-1], n_sent)
        if headline and _norm(sent.text) == headline:
            # the headline repeats the body's figures, rounded ("nears 10 billion yuan")
            _update_context(cfg, ctx, sent.text)
            continue
        full_year = _FULL_YEAR_RESULTS.search(sent.text) is not None
        if _names_reporting_period(sent.text) or full_year:
            # (also a lede with no figure: "Xiaomi reported third-quarter results on Tuesday.")
            named = _resolve(cfg.lang, sent.text, ref, "actual", doc_year)
            if (
                (named.kind in ("quarter", "half_year") or (full_year and named.kind == "year"))
                and named.start is not None
                and not _FROM_ON.search(sent.text)
                and (quarter is None or quarter.start is None or named.start >= quarter.start)
            ):
                # the latest named: "(Q3/2024: 39,790 units)" compares, it does not report
                quarter = named
        if not _has_number_hint(sent.text) and not has_half_words(sent.text, cfg.lang):
            _update_context(cfg, ctx, sent.text)
            ctx.heading_metric = _heading_metric(cfg, sent.text)
            # "Xiaomi published its October figures on Saturday. It delivered …": read only
            # when the next sentence's figure needs it
            month_named = sent.text
            continue
        ctx.sentence_model = None
        ctx.list_prices.clear()
        if ctx.last_entity is None and n_sent + 1 < len(sentences):
            # "“今年我们要交付35万辆。”雷军说，“…”": a quote whose speaker follows it
            ctx.last_entity = _said_by_next(cfg, sent.text, sentences[n_sent + 1].text)
        month_text, month_named = month_named, None
        month_before: Period | None = None
        n_events = len(events)
        for ev in _sentence_events(cfg, sent, ctx, ref, doc_year, lang, models_in_doc):
            if (
                month_text is not None
                and (
                    ev.period_kind == "none"
                    # "In October, the YU7 was …. Xiaomi delivered 40,000 vehicles in total."
                    or (
                        ev.period_kind == "cumulative"
                        and ev.period_start is None
                        and ev.as_of is None
                        and _IN_TOTAL.fullmatch(ev.period_text or "") is not None
                        and not _RUNNING_SO_FAR.search(sent.text)
                    )
                )
                and ev.status == "actual"
                and ev.metric in ("deliveries", "production")
            ):
                month_before = month_before or _month_named(cfg.lang, month_text, ref, doc_year)
                if month_before is not None:
                    # "July sales were published today. Xiaomi delivered 6,042 YU7s, ...": the
                    # month the sentence before named, with no figure of its own
                    ev = dataclasses.replace(
                        ev,
                        period_kind="month",
                        period_start=month_before.start,
                        period_end=month_before.end,
                        period_text=month_before.text,
                        as_of=ev.as_of or month_before.as_of,
                    )
            if (
                quarter is not None
                and ev.period_kind == "none"
                and ev.metric in _REPORTED
                and id(ev) not in ctx.list_prices
                and ev.label not in NOUN_LABELS  # a network's size is a count at a day
            ):
                # results articles name the quarter once; the figures after it are its own
                named = quarter
                if ev.period_text == YEAR_BACK and quarter.start and quarter.end:
                    end = _year_back(quarter.end)
                    named = Period(_year_back(quarter.start), end, YEAR_BACK, end, False, "quarter")
                ev = dataclasses.replace(
                    ev,
                    period_kind=named.kind,
                    period_start=named.start,
                    period_end=named.end,
                    period_text=ev.period_text or named.text,
                    as_of=ev.as_of or named.as_of,
                )
            if ev.period_kind == "month" and ev.period_start is None:
                ev = _launch_month_dated(cfg, ev, models_in_doc, ref, doc_year)
            if ev.as_of is None:
                ev = _dated(cfg, ev, sent.text, when, n_sent, narrative)
            events.append(ev)
        if n_events and len(events) > n_events and _OF_WHICH_START.match(sent.text):
            # "小米汽车10月交付超过4万辆。其中，SU7交付约2万辆。": the part is of the whole's period
            whole = events[n_events - 1]
            events[n_events:] = [
                dataclasses.replace(
                    ev,
                    period_kind=whole.period_kind,
                    period_start=whole.period_start,
                    period_end=whole.period_end,
                    period_text=whole.period_text,
                    as_of=whole.as_of,
                )
                if ev.period_kind == "none"
                and ev.metric == whole.metric
                and ev.status == whole.status
                and whole.period_kind != "none"
                else ev
                for ev in events[n_events:]
            ]
        if len(events) > n_events and _EACH_MONTH.search(sent.text):
            events[n_events:] = _each_month(sent.text, events[n_events:], ref)
        if len(events) - n_events >= 2 and (
            _RESPECTIVELY.search(sent.text)
            or (cfg.lang not in ("en", "zh") and cfg.respectively_re.search(sent.text))
        ):
            events[n_events:] = _respectively(cfg, sent.text, events[n_events:])
            events[n_events:] = _respectively_periods(sent.text, events[n_events:], ref, doc_year)
        if len(events) - n_events >= 2 and scan.search(cfg.target_beaten_re, sent.text):
            events[n_events:] = _targets_beaten(events[n_events:], beaten)
        if len(events) == n_events:
            month_named = sent.text  # a sentence with no figure, read by _month_named
        _update_context(cfg, ctx, sent.text)
        if len(events) >= 2 * MAX_EVENTS_PER_ARTICLE:
            break
    if published is None:
        events = _targets_of_one_year(events, beaten)
    return _dedupe(events, cfg.one_model_until)[:MAX_EVENTS_PER_ARTICLE]


# "the SU7 and YU7 start at 215,900 and 253,500 yuan respectively", 分别为
_RESPECTIVELY = re.compile(
    r"\brespectively\b|分别|\brespectivement\b|\brespectivamente\b|\brispettivamente\b|"
    r"\bjeweils\b",
    re.I,
)


_MONTH_ABBR = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"  # English months
# one figure for each of two months: "September and October each saw over 40,000", "in both
# September and October", "in each of October and November", 9月和10月均超过4万辆
_EACH_MONTH = re.compile(
    r"\b(?:(?P<pre>both|each\s+of)\s+)?(?P<m1>" + _MONTH_ABBR + r")\.?\s+(?:and|&)\s+"
    r"(?P<m2>" + _MONTH_ABBR + r")\.?(?P<post>\s+each\b)?"
    r"|(?P<z1>\d{1,2})\s*月份?\s*(?:和|与|及|、)\s*(?P<z2>\d{1,2})\s*月份?[^，。；,;\d]{0,12}?"
    r"(?:均|都|各|连续\s*(?:2|两|二)\s*个?月)",
    re.I,
)


def _each_month(
    text: str, events: list[ExtractedEvent], ref: dt.date | None
) -> list[ExtractedEvent]:
    """The figure of the first of two months said to hold for each: a second event for the
    other month (the first month's year, or the next when the second month comes earlier)."""
    pairs: list[tuple[int, int, str]] = []
    for m in _EACH_MONTH.finditer(text):
        if m.group("z1"):
            pairs.append((int(m.group("z1")), int(m.group("z2")), m.group(0)))
        elif m.group("pre") or m.group("post"):
            first, second = (MONTHS[m.group(g).lower().rstrip(".")] for g in ("m1", "m2"))
            pairs.append((first, second, m.group(0)))
    out = list(events)
    for first, second, said in pairs:
        if not (1 <= first <= 12 and 1 <= second <= 12) or first == second:
            continue
        for ev in events:
            start = ev.period_start
            if ev.period_kind != "month" or start is None or start.month != first:
                continue
            year = start.year + (second < first)
            end = _month_end(year, second)
            if any(e.value == ev.value and e.period_start == dt.date(year, second, 1) for e in out):
                continue
            as_of = end if ev.as_of is not None and (ref is None or end <= ref) else None
            # right after its first month's event: the sentence's events stay in text order
            out.insert(
                out.index(ev) + 1,
                dataclasses.replace(
                    ev,
                    period_start=dt.date(year, second, 1),
                    period_end=end,
                    period_text=said,
                    as_of=as_of,
                ),
            )
    return out


# periods listed for figures given "respectively": "in the first, second and third quarters",
# "Q1, Q2 and Q3", 一季度、二季度、三季度, "July, August and September", 7月、8月、9月
_Q_ITEM = r"(?:Q[1-4]|first|second|third|fourth)"
_M_ITEM = _MONTH_ABBR + r"\.?"
_LIST_JOIN = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*[、和及]\s*)"
_PERIOD_LIST = re.compile(
    r"\b(?P<q>" + _Q_ITEM + r"(?:" + _LIST_JOIN + _Q_ITEM + r"){1,3})(?:\s+quarters?)?\b"
    r"|(?P<zq>[一二三四]季度(?:" + _LIST_JOIN + r"第?[一二三四]季度){1,3})"
    r"|\b(?P<m>" + _M_ITEM + r"(?:" + _LIST_JOIN + _M_ITEM + r"){1,5})\b"
    r"|(?P<zm>\d{1,2}月份?(?:" + _LIST_JOIN + r"\d{1,2}月份?){1,5})",
    re.I,
)


def _respectively_periods(
    text: str, events: list[ExtractedEvent], ref: dt.date | None, doc_year: int | None
) -> list[ExtractedEvent]:
    """Figures given "respectively" for the quarters or months listed, in the order listed:
    as many figures of one metric as periods pair up one by one (the first figure's year, or
    the year of writing)."""
    m = _PERIOD_LIST.search(text)
    if m is None:
        return events
    if m.group("q") or m.group("zq"):
        items = re.findall(
            r"Q([1-4])|(first|second|third|fourth)|([一二三四])季度", m.group(0), re.I
        )
        numbers = [
            int(a) if a else ORDINAL_WORDS[b.lower()] if b else "一二三四".index(c) + 1
            for a, b, c in items
        ]
        spans = [(3 * n - 2, 3 * n) for n in numbers]
        kind = "quarter"
    else:
        words = re.findall(_MONTH_ABBR + r"|\d{1,2}(?=月)", m.group(0), re.I)
        months = [int(w) if w.isdigit() else MONTHS[w.lower()] for w in words]
        spans = [(n, n) for n in months]
        kind = "month"
    by_metric: dict[str, list[int]] = {}
    for i, e in enumerate(events):
        by_metric.setdefault(e.metric, []).append(i)
    out = list(events)
    for idx in by_metric.values():
        if len(idx) != len(spans) or len(set(spans)) != len(spans):
            continue
        first = events[idx[0]]
        year = first.period_start.year if first.period_start else (ref.year if ref else doc_year)
        if year is None:
            continue
        for i, (lo, hi) in zip(idx, spans, strict=True):
            start, end = dt.date(year, lo, 1), _month_end(year, hi)
            if (
                ref is not None
                and first.period_start is None
                and end > ref
                and out[i].status == "actual"
            ):
                start, end = dt.date(year - 1, lo, 1), _month_end(year - 1, hi)
            done = out[i].status == "actual" and (ref is None or end <= ref)
            out[i] = dataclasses.replace(
                out[i],
                period_kind=kind,
                period_start=start,
                period_end=end,
                period_text=m.group(0),
                as_of=end if done else out[i].as_of,
            )
    return out


def _respectively(
    cfg: ExtractorConfig, text: str, events: list[ExtractedEvent]
) -> list[ExtractedEvent]:
    """Figures given "respectively" for the models named, in the order named: as many figures
    of one metric as models (two or more) pair up one by one."""
    models: list[str] = []
    for _, _, ent in _names(cfg, text)[0]:
        if ent.kind == "model" and ent.name not in models:
            models.append(ent.name)
    if len(models) < 2:
        return events
    by_metric: dict[str, list[int]] = {}
    for i, e in enumerate(events):
        by_metric.setdefault(e.metric, []).append(i)
    out = list(events)
    for idx in by_metric.values():
        if len(idx) == len(models):
            for i, name in zip(idx, models, strict=True):
                out[i] = dataclasses.replace(out[i], subject=name)
    return out


def _targets_beaten(events: list[ExtractedEvent], beaten: set[int]) -> list[ExtractedEvent]:
    """A sentence whose actual beats or misses a target ("136,854 for the full year, far above
    the 100,000 target set at the start of the year", 全年交付13.7万辆，远超年初设定的10万辆目标):
    the target is of the actual's period, unless its own words name a year. One actual
    period of the target's kind (or of a year, for a target with none) decides."""
    done = {
        (e.period_kind, e.period_start, e.period_end)
        for e in events
        if e.status == "actual"
        and e.metric == "deliveries"
        and e.period_start is not None
        and e.period_kind in ("month", "quarter", "year")
    }
    if len(done) != 1:
        return events
    kind, start, end = done.pop()
    out = []
    for e in events:
        if (
            e.metric == "delivery_target"
            and e.status == "target"
            and e.period_kind in (kind, "none")
            and e.period_start != start
            and not _YEAR_RE.search(e.period_text or "")
        ):
            e = dataclasses.replace(e, period_kind=kind, period_start=start, period_end=end)
            beaten.add(id(e))
        out.append(e)
    return out


def _targets_of_one_year(events: list[ExtractedEvent], beaten: set[int]) -> list[ExtractedEvent]:
    """An undated story that gives a target one year ("350,000 units for 2025") means that
    year by a target's year words ("its full-year target", 全年目标), not the year the story's
    past figures suggest: the year of writing is only estimated, the target's year is stated.
    Two target years: left alone. A target with no period word may be another year's (the
    launch year's 100,000 beside 350,000 for 2025): left alone too."""
    years: dict[str, set[int]] = {}
    for ev in events:
        if (
            ev.status == "target"
            and ev.period_kind == "year"
            and ev.period_start is not None
            and _YEAR_RE.search(ev.period_text or "")
        ):
            years.setdefault(ev.metric, set()).add(ev.period_start.year)
    out = []
    for ev in events:
        stated = years.get(ev.metric, set())
        if (
            len(stated) == 1
            and ev.status == "target"
            and ev.period_kind == "year"
            and THIS_YEAR_RE.search(ev.period_text or "")
            and not _YEAR_RE.search(ev.period_text or "")
            and id(ev) not in beaten  # an actual of its sentence gave it its year
        ):
            (year,) = stated
            ev = dataclasses.replace(
                ev, period_start=dt.date(year, 1, 1), period_end=dt.date(year, 12, 31)
            )
        out.append(ev)
    return out


# a running total said as one ("has delivered … in total", "so far"): no month's figure
_RUNNING_SO_FAR = re.compile(
    r"\b(?:has|have|had)\s+(?:now\s+|so\s+far\s+)?(?:delivered|sold|built|produced|shipped)\b"
    r"|\bso\s+far\b|\bto\s+date\b|\bsince\b|累计|至今|以来",
    re.I,
)
# a sentence that breaks down the figure before it: 其中, "Of these", "Of them"
_OF_WHICH_START = re.compile(r"\s*(?:其中|Of\s+(?:these|them|those|that|this\s+total)\b)", re.I)
# a figure said per month: "30,000 cars a month", "3万辆/月", 每月3万辆 is said before
_A_MONTH_AFTER = re.compile(
    r"\s*(?:(?:units|vehicles|cars|EVs|辆|台)\s*)?(?P<unit>(?:a|per|each|every)\s+month\b|/\s*月)",
    re.I,
)
_THAT_YEAR = re.compile(r"\b(?:that|the\s+same)\s+year\b|当年|同年|那一年", re.I)
_IN_TOTAL = re.compile(r"(?:in\s+total|in\s+all|altogether|总共|共计|合计)", re.I)


def _month_named(lang: str, text: str, ref: dt.date | None, doc_year: int | None) -> Period | None:
    """A finished month named by a sentence with no figure, else None."""
    said = _resolve(lang, text, ref, "actual", doc_year)
    if said.kind == "month" and said.start is not None and said.as_of is not None:
        return said
    return None


def _launch_month_dated(
    cfg: ExtractorConfig,
    ev: ExtractedEvent,
    models_in_doc: set[str],
    ref: dt.date | None,
    doc_year: int | None,
) -> ExtractedEvent:
    """A month counted from a launch ("上市第3个月") dated by the model's known launch day: the
    figure's model, or for the company's figure the one model the article names that had
    launched when it was written."""
    written = ref or _year_end(doc_year)
    launches = {
        e.name: e.launched
        for e in cfg.entities
        if e.launched is not None and (written is None or e.launched <= written)
    }
    names = [ev.subject] if ev.subject in launches else sorted(models_in_doc & set(launches))
    if len(names) != 1:
        return ev
    dates = launch_month(ev.period_text, launches[names[0]])
    if dates is None or (written is not None and ev.status == "actual" and dates[0] > written):
        return ev
    end = dates[1]
    as_of = ev.as_of or (end if written is None or end <= written else None)
    return dataclasses.replace(ev, period_start=dates[0], period_end=end, as_of=as_of)


@dataclass(frozen=True)
class _DocTime:
    """What the article says about time, for the as_of of figures that state none."""

    published: dt.date | None
    ref: dt.date | None  # the publication date, or the day of writing read from the text
    doc_year: int | None
    announced: dt.date | None  # "On July 19, Lei Jun said ...": the day of the statements
    launched: dt.date | None  # the launch day the article dates
    launch_told: bool  # the article speaks of a launch
    told_days: set[tuple[int, int]]  # day-months named beside launch words


def _dated(
    cfg: ExtractorConfig,
    ev: ExtractedEvent,
    sentence: str,
    when: _DocTime,
    n_sent: int,
    narrative: tuple[dt.date, int] | None,
) -> ExtractedEvent:
    """The as_of of a figure whose own words give none, from what the text says of time
    (issue 12: never the publication date by default; the stated day of an announcement)."""
    ref, doc_year = when.ref, when.doc_year

    def at(day: dt.date | None) -> ExtractedEvent | None:
        return dataclasses.replace(ev, as_of=day) if day is not None else None

    finished = ev.period_end is not None and ev.period_kind in (
        "month", "quarter", "half_year", "year",
    )  # fmt: skip
    if when.published is None and finished and ev.status == "actual":
        # undated: the day of writing is only estimated, and an actual figure for a period is
        # stated once the period is over
        return at(ev.period_end) or ev
    launch_figure = ev.metric in _LAUNCH_FIGURES
    if (
        launch_figure
        and ev.period_kind == "window"
        and not _RECENT.search(ev.period_text or "")  # "in the past four days": before now
    ):
        # "within three minutes": of the launch the text is about, whatever else it dates
        opened = when.launched or _orders_opened(
            cfg, ev, sentence, when.launch_told, when.told_days, ref, doc_year
        )
        if opened is not None:
            return at(opened) or ev
    if ev.metric == "price" and ev.period_kind == "none" and _OFFER_DEADLINE.search(sentence):
        return ev  # the day an offer ends ("until August 31", 8月31日前下单) dates no price
    if ev.period_kind in ("none", "window", "cumulative", "day"):
        # "第50万辆 ... 今日(11月20日)下线", "on June 26 it took 200,000 orders": a figure stated
        # with the one day the sentence names holds at that day ("since July 6" starts a span)
        days = set(_days_told(sentence, ref, doc_year))
        if len(days) == 1:
            day = days.pop()
            if ev.period_kind == "day" and ev.period_start is None:
                # "10月6日当天…单日交付": the one day named is the day's period too
                return dataclasses.replace(ev, as_of=day, period_start=day, period_end=day)
            return at(day) or ev
    if launch_figure and when.launched is not None and _no_period(ev):
        return at(when.launched) or ev  # prices and orders hold at the launch the article dates
    if (
        ev.period_kind == "cumulative"
        and _TOOK_DAYS.search(sentence)
        and when.launched is not None
        and when.launched in (when.announced, narrative[0] if narrative else None)
    ):
        # "On March 28 Xiaomi launched the SU7. It took just over seven months to deliver its
        # first 100,000 cars": the day told is where the count starts, not where it stands
        return ev
    if when.announced is not None and (ev.period_end is None or ev.status != "actual"):
        return at(when.announced) or ev  # "On July 19, Lei Jun said ...": the stated day
    if ev.status in ("target", "forecast") or (
        ev.status == "actual" and ev.period_kind == "cumulative" and ev.period_end is None
    ):
        # a plan, or a running total "to date", holds at the day it was stated: the day the
        # story has just told ("2025年3月18日，雷军宣布……"), or the day of the news that
        # reports it said
        if narrative is not None and n_sent - narrative[1] <= 1:
            return at(narrative[0]) or ev
        if when.published is not None and _SAID.search(sentence):
            return at(when.published) or ev
    if launch_figure:
        opened = _orders_opened(cfg, ev, sentence, when.launch_told, when.told_days, ref, doc_year)
        return at(opened) or ev
    return ev


def _no_period(ev: ExtractedEvent) -> bool:
    """A figure stated with no period: orders with none are a running total (`_period_kind`)."""
    return ev.period_kind == "none" or (
        ev.period_kind == "cumulative" and ev.metric in _ORDER_METRICS and not ev.period_text
    )


_ORDER_METRICS = frozenset(("orders", "locked_orders", "reservations"))


def _days_told(sentence: str, ref: dt.date | None, doc_year: int | None) -> list[dt.date]:
    """The days a sentence states as past, in order; "since July 6" starts a span instead."""
    return [
        d
        for s, _, d in en_dates(sentence, ref or _year_end(doc_year), False)
        if (ref is None or d <= ref) and not _SINCE.search(sentence, max(0, s - 12), s)
    ]


_RECENT = re.compile(r"\b(?:past|last|previous)\b|过去|過去|最近|近", re.I)
_SINCE = re.compile(r"\b(?:since|from)\s+$|(?:自|从|從)\s*$", re.I)


_NUMBER_HINT = re.compile(
    r"[0-9一二两三四五六七八九十百千万亿]|\b(?:two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred)\b"
    r"|\b(?:half|quarter)\s+(?:of\s+)?a\s+(?:million|billion)\b",  # "half a million"
    re.I,
)


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def _has_number_hint(text: str) -> bool:
    return _NUMBER_HINT.search(text) is not None


def _mentions_xiaomi(cfg: ExtractorConfig, title: str | None, sentences: list[_Sentence]) -> bool:
    if title and scan.search(cfg.entity_re, fold(title, cfg.lang)):
        return True
    return any(_names(cfg, s.text)[0] for s in sentences)


class _Same:
    """A config as a cache key by identity: a config is mutable, so it has no hash."""

    __slots__ = ("cfg",)

    def __init__(self, cfg: ExtractorConfig) -> None:
        self.cfg = cfg

    def __hash__(self) -> int:
        return id(self.cfg)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Same) and other.cfg is self.cfg


def _names(
    cfg: ExtractorConfig, text: str
) -> tuple[tuple[tuple[int, int, Entity], ...], tuple[tuple[int, int], ...]]:
    """The Xiaomi names of a sentence (start, end, entity) and its rivals' names (start, end):
    each sentence is asked for them up to four times (models, subjects, context)."""
    return _names_of(_Same(cfg), text)


# an article's sentences, however many (a page of 1 MB has 10,000): emptied when the next
# article starts (extract_events), so it holds one article's sentences at most
@cache
def _names_of(
    key: _Same, text: str
) -> tuple[tuple[tuple[int, int, Entity], ...], tuple[tuple[int, int], ...]]:
    cfg = key.cfg
    rivals = tuple(
        sorted(
            (m.start(), m.end())
            for pattern in (cfg.competitor_re, cfg.market_re)
            for m in scan.finditer(pattern, text)
        )
    )
    hits = tuple(
        (m.start(), m.end(), _entity(cfg, m.group(0)))
        for m in scan.finditer(cfg.entity_re, text)
        if not _rivals_descriptor(cfg, m, rivals)
    )
    if cfg.speaker_keys and len(hits) > 1:
        # "its SU7 …, and aims to deliver 10,000 in June, founder Lei Jun said": the speaker
        # names the company only where nothing else does
        said = [
            h for h in hits if re.sub(r"\s+", " ", text[h[0] : h[1]].lower()) in cfg.speaker_keys
        ]
        if said and len(said) < len(hits):
            hits = tuple(h for h in hits if h not in said)
    return hits, rivals


def _rivals_descriptor(
    cfg: ExtractorConfig, m: re.Match[str], rivals: tuple[tuple[int, int], ...]
) -> bool:
    """A model's descriptor names it only when Xiaomi owns it ("its debut SUV", "Xiaomi's first
    car", 小米首款SUV, "le premier SUV de Xiaomi") and it is the car itself, not a thing named
    after it ("its first car plant"); "Tesla's first SUV", 理想首款SUV are the rival's."""
    if re.sub(r"\s+", " ", m.group(0).lower()) not in cfg.descriptor_keys:
        return False
    text = m.string
    if any(m.start() - 16 <= end <= m.start() for _, end in rivals):
        return True
    if _NOT_THE_CAR.match(text, m.end()):
        return True
    owned = _DESCRIPTOR_OWNER.search(text, max(0, m.start() - 16), m.start())
    return owned is None and _OWNER_AFTER.match(text, m.end()) is None


# who owns a descriptor right before it, in the languages of data/lang/ ("its", 小米, "son")
_DESCRIPTOR_OWNER = re.compile(
    r"(?:\b(?:its|their|our|Xiaomi|Xiaomi['’]s|the\s+company['’]s|the\s+brand['’]s|son|sa|su|sein(?:e[nms]?)?|"
    r"Xiaomis|seu|sua|il\s+suo|la\s+sua|jego|ilk)|小米(?:的|公司|集团)?|其|旗下|シャオミ(?:の|初の)?|샤오미(?:의)?)"
    r"\s*(?:own\s+|long-awaited\s+|much-anticipated\s+|very\s+)?$",
    re.I,
)
_OWNER_AFTER = re.compile(r"\s+(?:de|di|von|da|do|của)\s+(?:la\s+)?Xiaomi\b", re.I)
# the descriptor names something else: "its first car plant", "first car built on ..."
_NOT_THE_CAR = re.compile(
    r"\s*(?:plant|factory|facility|line|store|showroom|dealership|built|assembled|made|工厂|门店)",
    re.I,
)


def _entity(cfg: ExtractorConfig, alias: str) -> Entity:
    key = re.sub(r"\s+", " ", alias.lower())
    found = cfg.alias_to_entity.get(key)
    if found is None:
        found = cfg.alias_to_entity[re.sub(r"(?:'s|’s|s)$", "", key)]
    return found


def _update_context(cfg: ExtractorConfig, ctx: _Context, text: str) -> None:
    years = [int(y) for y in _YEAR_RE.findall(text)]
    ctx.years_named.update(years)
    if years:
        ctx.last_year = years[-1]
    segment = _last_segment_non_car(text) if cfg.lang in ("en", "zh") else None
    if segment is not None:
        ctx.non_car_segment = segment
    last = None
    last_pos = -1
    ctx.prev_model = None
    entity_hits, comp_hits = _names(cfg, text)
    if entity_hits and cfg.lang == "en" and "," in text:
        # "The automaker, whose SUVs compete with Xiaomi's YU7, expects …": what the next
        # sentence goes on about is not the name in the aside
        entity_hits, comp_hits = _outside_asides(text, entity_hits, comp_hits)
    for start, _, ent in entity_hits:
        if ent.kind == "model":
            ctx.last_model = ctx.prev_model = ent
        if start > last_pos:
            last, last_pos = ent, start
    # a whole market named is nobody's figure in its own sentence, not a rival the next
    # sentences go on about ("the overall smartphone market ... Revenue for the quarter")
    comp = [s for s, e in comp_hits if not scan.search(cfg.market_re, text[s:e])]
    if entity_hits or comp:
        first_xiaomi = min((s for s, _, _ in entity_hits), default=len(text))
        ctx.rival_first = bool(comp) and min(comp) < first_xiaomi
        ctx.first_xiaomi = None
        if entity_hits and not ctx.rival_first:
            # the narrowest name at the opening ("小米YU7": the YU7, not 小米)
            opening = [ent for s, e, ent in entity_hits if s <= first_xiaomi + 3]
            ctx.first_xiaomi = max(opening, key=lambda ent: _specificity(ent.name))
    if last is not None:
        ctx.last_entity = last
        ctx.last_competitor = (
            bool(comp) and max(comp) > last_pos and not _starts_with_xiaomi(cfg, text)
        )
    elif comp:
        ctx.last_competitor = True


# the words after a quote that name who said it: ”雷军说，, " Lei Jun said
_SAID_AFTER = re.compile(
    r"[^，。,.;；“”\"]{0,12}?(?:说|表示|称|指出|坦言|透露|写道)"
    r"|\s*(?:\w+\s+){0,3}?(?:said|says|told|added|wrote)\b",
    re.I,
)


def _said_by_next(cfg: ExtractorConfig, text: str, following: str) -> Entity | None:
    """The Xiaomi name that says a quote with no name of its own, in the sentence after it
    ("“今年我们要交付35万辆。”雷军说，“…”"): the quote is its."""
    if _names(cfg, text)[0] or not re.search(r"[“”\"「」]", text):
        return None
    hits = _names(cfg, following)[0]
    start = len(following) - len(following.lstrip(" \t\n”\"’'」』"))
    if not hits or hits[0][0] != start:
        return None
    end, ent = hits[0][1], hits[0][2]
    said = following[start:end].lower().endswith(("said", "says", "told", "added", "wrote"))
    return ent if said or _SAID_AFTER.match(following, end) else None


def _starts_with_xiaomi(cfg: ExtractorConfig, text: str) -> bool:
    entity_hits, comp_hits = _names(cfg, text)  # the first of each is what a search finds
    return bool(entity_hits) and (not comp_hits or entity_hits[0][0] < comp_hits[0][0])


def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around text[start:end]: after the last clause end in text[:start] (the
    text cut there, as `finditer(text, 0, start)` reads it), up to the next one from `end`.

    The sentence's clause ends are found once (`_clause_index`); per number only the last few
    characters before it are scanned again, so a sentence of many figures is not rescanned
    from its start for each one. Same bounds as scanning from 0, see _CLAUSE_REACH."""
    starts, ends = _clause_index(text)
    left, scan_from = 0, 0
    safe, seen = start, 0
    while safe > 0 and seen < _CLAUSE_REACH:
        safe -= 1
        seen += not text[safe].isspace()  # what \s matches, in str patterns
    if seen >= _CLAUSE_REACH:
        # a try of _CLAUSE_END that begins before `safe` reads only characters before
        # `start`: its outcome is the same in the cut text, so are the matches before it
        j = bisect.bisect_left(starts, safe)
        if j:
            left = ends[j - 1]
        scan_from = max(safe, left)
    for m in _CLAUSE_END.finditer(text, scan_from, start):
        left = m.end()
    i = bisect.bisect_left(starts, end)
    if i == 0 or ends[i - 1] <= end:
        # no clause end spans `end`: a search from there finds the next one of the whole scan
        right = starts[i] if i < len(starts) else len(text)
    else:
        m2 = _CLAUSE_END.search(text, end)
        right = m2.start() if m2 else len(text)
    return left, right


# between two figures given "respectively", its joiners made commas: "22.000 bzw. 18.000",
# "22 mil e 18 mil", "2万2000台、1万8000台" (a unit word or "тыс." of the first may stand between)
_RESPECTIVE_GAP = re.compile(r"\s*(?:[^\W\d_]{1,5}\.?\s*)?,?\s*")

# between a goal and its figure in the languages of data/lang/: a short preposition only
# ("von", "van", "de", "di", "в", "of")
_GOAL_RIGHT_BEFORE = re.compile(r"\s*(?:[^\W\d_]{1,3}\s+)?")

# the clause a denial or rumour reports, after ", что" / ", że" (languages of data/lang/):
# "Xiaomi опровергла сообщения о том, что в октябре поставила 50 тыс. машин"
_REPORTED_THAT = re.compile(r",\s*(?:что|że)$")


# More than the non-space characters one try of _CLAUSE_END reads from where it begins
# (",compared" and the character its \b looks at: 10). Change it with _CLAUSE_END;
# tests/core/test_metrics_linear.py checks the bounds against a scan from the start.
_CLAUSE_REACH = 12


@lru_cache(maxsize=16)
def _clause_index(text: str) -> tuple[list[int], list[int]]:
    """Starts and ends of the clause ends of a whole sentence."""
    found = list(_CLAUSE_END.finditer(text))
    return [m.start() for m in found], [m.end() for m in found]


def _numbers(cfg: ExtractorConfig, text: str, decimal: str | None = None) -> list[NumberMention]:
    """Number mentions that can be quantities: no dates, years, model numbers or time spans.
    Only the first MAX_NUMBERS_PER_SENTENCE are returned, the only ones the sentence reads."""
    if cfg.lang not in ("en", "zh"):
        return _plausible(cfg, text, find_locale_mentions(text, cfg.lang, decimal), [])
    dates = [(s, e) for s, e, _ in en_dates(text, dt.date(2000, 1, 1), True)]
    if "月" in text or "年" in text:  # what each of the two forms must contain
        dates += [(m.start(), m.end()) for m in _ZH_DATE_OR_YEAR.finditer(text)]
    # a run of figures ("1,234, 5,678, ..." or digits and 万): the first plausible ones are
    # among the mentions that start before the (2 × cap)-th run of numerals, else before the
    # (4 × cap)-th, ...; when they are not, the whole sentence is read (the same mentions
    # either way, see find_numbers), and all the tries cost at most twice that
    cap = MAX_NUMBERS_PER_SENTENCE
    runs = [m.start() for m in islice(_NUMERAL_RUN.finditer(text), 16 * cap + 1)]
    for count in (2 * cap, 4 * cap, 8 * cap, 16 * cap):
        if len(runs) > count:
            first = _plausible(cfg, text, list(find_numbers(text, runs[count])), dates)
            if len(first) >= MAX_NUMBERS_PER_SENTENCE:
                return first
    return _plausible(cfg, text, list(find_numbers(text)), dates)


_ZH_DATE_OR_YEAR = re.compile(
    r"(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*(?:\d{1,2}\s*[日号])?|(?:19|20)\d{2}\s*年"
)
_NUMERAL_RUN = re.compile(r"[0-9]+|[零〇一二两三四五六七八九十百千万亿]+")


# _plausible's patterns, compiled once: it runs for every number mention
_UNIT_AFTER_YEAR = re.compile(
    r"\s*(?:units|vehicles|cars|orders|people|employees|yuan|km|%|辆|台|人|元)"
)
_LATIN_LETTER = re.compile(r"[A-Za-z]")
# "1/3", "2.5.1"; not "150.000 xe/năm", "10,000 units/month": a slash before a word is "per"
_FRACTION_AFTER = re.compile(r"\s*(?:/(?!\s*[^\W\d_])|\.\d)")
_MODEL_NAME_BEFORE = re.compile(
    # a whole word ("los 240.000", "dos 240 mil" end in "os" but are no HyperOS)
    r"(?<![A-Za-z])(?:Xiaomi|Mi|Redmi|Model|iPhone|Fold|Flip|MIX|Pad|Band|Watch|No\.|number|Civic|version|OS|HyperOS|Series|week|phase)\s*$",
    re.I,
)
_DURATION_AFTER = re.compile(r"\s*[-‐]\s*(?:minute|hour|day|week|month|year|second)", re.I)
_ZH_DURATION_AFTER = re.compile(r"\s*(?:分钟|小时|天|周|个月|年|月|日|号|秒)")
_STOCK_CODE = re.compile(r"\.(?:HK|SZ|SS|SH|T|KS|US)\b|\s*\.HK")


def _plausible(
    cfg: ExtractorConfig,
    text: str,
    found: list[NumberMention],
    dates: list[tuple[int, int]],
) -> list[NumberMention]:
    """The first MAX_NUMBERS_PER_SENTENCE plausible mentions in text order: the checks look
    at one mention and its text only, so stopping at the cap keeps the same first ones."""
    out: list[NumberMention] = []
    for n in sorted(found, key=lambda n: n.start):
        if len(out) >= MAX_NUMBERS_PER_SENTENCE:
            break
        if any(s <= n.start < e for s, e in dates):
            continue
        after = text[n.end : n.end + 12]
        digits = text[n.start : n.value_end].strip()
        if (
            n.value_max is None
            and _YEAR_RE.fullmatch(digits)
            and not _UNIT_AFTER_YEAR.match(text, n.value_end)
        ):
            continue  # a year: "2025 car goal", "in 2024"
        if _LATIN_LETTER.match(text[n.end : n.end + 1]) and n.unit is None:
            continue  # "800V", "5G", "28th"
        if _FRACTION_AFTER.match(after) or text[max(0, n.start - 1) : n.start] in (
            "/",
            "#",
            "-",
        ):
            continue  # fractions, versions, "1+1+1>3"
        before = text[max(0, n.start - 20) : n.start]
        if scan.search(_MODEL_NAME_BEFORE, before) and n.unit is None and n.value < 1000:
            continue  # "Xiaomi 14", "Model 3"; not "Tesla 60.000, Xiaomi 40.000"
        if n.count_noun and cfg.skip_noun_re.match(n.count_noun) and n.unit is None:
            continue
        if _DURATION_AFTER.match(after) or _ZH_DURATION_AFTER.match(after):
            continue
        if n.value == 0:
            continue
        if text[max(0, n.start - 1) : n.start] == "[" and text[n.end : n.end + 1] == "]":
            continue  # a citation marker "[2]"
        if _STOCK_CODE.match(text[n.value_end : n.value_end + 4]):
            continue  # a stock code "1810.HK"
        out.append(n)
    return out


_IF_CLAUSE = re.compile(r"\bif\b|如果|假如|假设", re.I)
# a sum on the back of an envelope: "At 40,000 cars a month, Xiaomi would deliver 480,000 a
# year", 按每月4万辆计算，一年可交付48万辆: a rate supposed and what follows from it, no fact
# a recall's count: "is recalling 116,887 SU7s produced between …", "the recall covers more than
# 110,000 cars delivered since launch", 召回…共计116887辆: cars to be fixed, no output or deliveries
_RECALLED = re.compile(
    r"\brecall(?:s|ed|ing)?\s+(?:(?:covers|affects|involves|includes|applies\s+to|covered|affected|"
    r"involved|included)\s+)?(?:a\s+total\s+of\s+|about\s+|around\s+|some\s+|nearly\s+|almost\s+|"
    r"roughly\s+|(?:just\s+)?over\s+|more\s+than\s+|up\s+to\s+)?$"
    r"|召回[^，。；,;]{0,30}$",
    re.I,
)
# what a thing is sold for: its price ("sell cars for 800,000"), not how many were sold
_SOLD_FOR = re.compile(
    r"\b(?:sell|sells|selling|sold)\s+(?:\w+\s+){0,3}?for\s+(?:just\s+|only\s+|about\s+|"
    r"around\s+|over\s+|under\s+|less\s+than\s+|more\s+than\s+)?$",
    re.I,
)
_SUPPOSED_RATE = re.compile(
    r"\W*(?:at|with)\s+(?:a\s+(?:pace|rate|run[- ]rate)\s+of\s+)?(?:about\s+|around\s+|"
    r"roughly\s+)?[\d.,]+\s*(?:k|million)?\s*(?:[a-z]+\s+)?(?:a|per|each|every)\s+"
    r"(?:month|week|day|year)\b[^.;]*?\bwould\b"
    r"|\W*(?:按照?|以)[^，。；,;]{0,16}?\d[^，。；,;]{0,12}?(?:计算|测算|估算|推算)"
    # the pace just told, carried on: "At that pace, it would deliver 480,000 in a year",
    # 按这一速度，全年可交付48万辆
    r"|\W*at\s+(?:that|this|the\s+(?:same|current|present))\s+(?:pace|rate|run[- ]rate)\b"
    r"[^.;]*?\b(?:would|could)\b"
    r"|\W*(?:按照?|以|照)(?:这一|这个|此|该|目前的?|当前的?|现在的?)(?:速度|节奏|势头|进度|销量)"
    r"|\W*if\s+(?:that|this|the\s+(?:current|same|present))\s+(?:pace|rate|momentum|trend)\s+"
    r"(?:holds|continues|persists|is\s+(?:kept|sustained|maintained))\b"
    r"|\W*(?:如果|若|倘若)(?:能)?(?:保持|维持|延续)(?:这一|这个|此|该|目前的?|当前的?|现在的?)"
    r"(?:速度|节奏|势头|增速)",
    re.I,
)


def _sentence_events(
    cfg: ExtractorConfig,
    sent: _Sentence,
    ctx: _Context,
    ref: dt.date | None,
    doc_year: int | None,
    lang: str,
    models_in_doc: set[str],
) -> Iterator[ExtractedEvent]:
    text = sent.text
    entity_hits, comp_hits = _names(cfg, text)
    if entity_hits and lang == "en" and "," in text:
        entity_hits, comp_hits = _outside_asides(text, entity_hits, comp_hits)
    if entity_hits and lang in ("en", "zh"):
        entity_hits = _not_only_referenced(cfg, text, entity_hits)
    if entity_hits and ctx.rival_first and _ANAPHOR_START.match(text):
        # "该公司表示，旗下B10车型与小米YU7等车型形成差异化竞争，预计…": the rival's sentence names
        # Xiaomi's car only as what it competes with
        entity_hits = tuple(
            h
            for h in entity_hits
            if not (
                _COMPETES_AFTER.match(text, h[1])
                or _COMPETES_BEFORE.search(text, max(0, h[0] - 24), h[0])
            )
        )
    if (
        not entity_hits
        and ctx.last_model is not None
        and not ctx.last_competitor
        and not ctx.rival_first
        and _MODEL_ANAPHOR.search(text)
    ):
        # "The YU7 SUV went on sale in late June. Deliveries of the model passed 10,000 …",
        # 这款车, 该车型: the model told of before
        ctx.last_entity = ctx.last_model
    elif not entity_hits and ctx.first_xiaomi is not None and _ANAPHOR_START.match(text):
        # "Xiaomi's YU7 takes on Tesla's Model Y. It starts at …": the name the sentence
        # before opened with, not the rival it named last
        ctx.last_entity, ctx.last_competitor = ctx.first_xiaomi, False
        if ctx.first_xiaomi.kind == "model":
            ctx.last_model = ctx.first_xiaomi
    if not entity_hits and (
        comp_hits
        or ctx.last_competitor
        or ctx.last_entity is None
        or (ctx.rival_first and _ANAPHOR_START.match(text) is not None)
    ):
        # _subject gives no number of this sentence a subject (no Xiaomi name in it, and a
        # rival named in it or last, or no Xiaomi name yet): nothing to read here. A page
        # about another carmaker that names Xiaomi once is read in one pass of two patterns.
        return
    numbers = _numbers(cfg, text, ctx.decimal)[:MAX_NUMBERS_PER_SENTENCE]
    if not numbers:
        return  # dates and years only: no cue needs finding
    # every cue of the sentence found once; each number then looks only at positions
    cues = [
        (m.start(), m.end(), rank, metric)
        for rank, (metric, pattern) in enumerate(cfg.metric_res)
        for m in scan.finditer(pattern, text)
    ]
    if not cues and all(n.unit is None for n in numbers) and not _stands_alone(cfg, text):
        # no cue, no amount, no percent: no number of the sentence can get a metric (_metric
        # reads them; a plain count needs a cue, a window after it, a change before it, a
        # noun label or "the figure"), so none is read one by one (a run of bare figures)
        return
    hypotheses = [m.start() for m in scan.finditer(cfg.hypothetical_re, text)]
    if lang in ("en", "zh") and _SUPPOSED_RATE.match(text):
        return
    consumed: set[int] = set()
    # "215,900 yuan ($29,870)": the bracketed conversion is not a figure of its own, nor a
    # boundary between the amount and its cue ("20.6 billion yuan (2.87 billion dollars) in
    # revenue")
    numbers = _money_ranges(text, _shared_units(text, numbers))
    conversions = {
        i
        for i in range(1, len(numbers))
        if numbers[i - 1].unit in MONEY_UNITS
        and numbers[i].unit in MONEY_UNITS
        # a bracketed amount of the same currency is a figure of its own ("20.6 billion yuan
        # in Q2 (18.6 billion yuan in Q1)"), not a conversion
        and numbers[i].unit != numbers[i - 1].unit
        and _CONVERSION.search(text[max(0, numbers[i].start - 24) : numbers[i].start])
    }
    kinds = [_unit_kind(n.unit) for n in numbers]  # once per sentence, not per pair
    bases = _comparison_bases(cfg, text)
    prev_event: ExtractedEvent | None = None
    # a rival's figure read just before (its measure, for "..., Xiaomi 40.000" after it)
    rival: tuple[NumberMention, str] | None = None
    # the same in English and Chinese, for Xiaomi's figure it is compared with ("…, below
    # Xiaomi's 40,000-plus", "，不及小米汽车的4万余辆")
    compared_rival: tuple[NumberMention, str] | None = None
    phones: tuple[NumberMention, str] | None = None  # the phone segment's money just skipped
    prev_num: NumberMention | None = None
    # the bound a verb set for a list of figures: "passed 10,000 in June, 20,000 in October"
    governing: str | None = None
    part_whole: tuple[int, int] | None = None  # a part's end and its whole's start
    # the measure and kind of a change's size just read ("1万元引き下げ、"): the new level's
    cut_of: tuple[str, str] | None = None
    for i, num in enumerate(numbers):
        if i in consumed:
            continue
        if i in conversions:
            continue
        if (
            _RESTATED.search(text, max(0, num.start - 16), num.start)
            or _WITHDRAWN_BEFORE.search(text, max(0, num.start - 12), num.start)
            or (
                _NOT_BEFORE.search(text, max(0, num.start - 12), num.start)
                and _AS_REPORTED_AFTER.match(text, num.end)
            )
        ):
            # "Those 240,000 orders …" points back to a figure told before; "…, not 45,000 as
            # previously reported" is the figure withdrawn
            continue
        change_amount = False
        old_level = None
        changed = (
            scan.search(_CHANGED_TO, text, max(0, num.start - 50), num.start)
            if num.value_max is not None
            else None
        )
        if changed is not None and num.value_max is not None:
            # "下调2万元至19.59万元", "raised its target from 120,000 to 130,000" read as a
            # range: a change's amount (not kept) or its old level (kept), then the new level
            if re.search(r"from\s*\W*$", changed.group(0), re.I):
                old_level = num.value
            num = dataclasses.replace(num, value=num.value_max, value_max=None)
        elif (
            lang not in ("en", "zh")
            and num.value_max is not None
            and (
                scan.search(cfg.changed_from_re, text, max(0, num.start - 60), num.start)
                or cfg.changed_after_re.match(text, num.end)
            )
        ):
            # "a relevé son objectif de 100 000 à 130 000", "со 100 до 130 тыс.",
            # 10万台から13万台に引き上げた: the old level (kept), then the new
            old_level = num.value
            num = dataclasses.replace(num, value=num.value_max, value_max=None)
        elif (
            lang not in ("en", "zh")
            and num.value_max is not None
            and scan.search(cfg.change_by_re, text, max(0, num.start - 60), num.start)
        ):
            # "verlaagt de instapprijs met 10.000 yuan tot 205.900 yuan": the change's size
            # (not kept), then the new level
            num = dataclasses.replace(num, value=num.value_max, value_max=None)
        elif (
            lang not in ("en", "zh")
            and num.unit in MONEY_UNITS
            and (
                scan.search(cfg.change_by_re, text, max(0, num.start - 60), num.start)
                or cfg.change_by_after_re.match(text, num.end)
            )
        ):
            # "senkt den Preis um 10.000 Yuan auf 205.900", "1万元引き下げ、20万5900元とした":
            # the change's size, not a level (read, not kept)
            change_amount = True
        elif scan.search(_CHANGE_BY, text, max(0, num.start - 40), num.start) or scan.search(
            _CHANGE_SIZE, text, max(0, num.start - 40), num.start
        ):
            # "cut the price by 20,000 yuan to 195,900": the change, not a level; read (for the
            # figure after it) but not kept
            change_amount = True
        # cues are looked for between this number and its neighbours of the same kind ("7,058
        # in April and 8,646 in May"); a percent change between "revenue" and an amount does
        # not cut the amount off its cue
        if (
            num.unit is None
            and prev_num is not None
            and prev_num.unit in MONEY_UNITS
            and num.value >= 1e6
            and (
                _PREVIOUS_VALUE.search(text[prev_num.end : num.start])
                or scan.search(cfg.compared_re, text, prev_num.end, num.start)
                # "113,1 miliardi di yuan ..., di cui 29 miliardi": the part, in the same money
                or (
                    cfg.lang not in ("en", "zh")
                    and cfg.of_which_re.search(text, max(prev_num.end, num.start - 40), num.start)
                )
            )
        ):
            # "20.6 billion yuan ..., up from 18.1 billion", "contre 6,4 milliards": the base is
            # in the same currency
            num = dataclasses.replace(num, unit=prev_num.unit)
        if (
            num.unit is None
            and phones is not None
            and phones[0].unit in MONEY_UNITS
            and num.value >= 1e6
            and scan.search(cfg.business_res["cars"], text, phones[0].end, num.start)
        ):
            # "... por smartphones fueron de 46.000 millones de yuanes y los de coches
            # eléctricos, de 29.000 millones": the next segment, in the same money
            num = dataclasses.replace(num, unit=phones[0].unit)
        kind = _unit_kind(num.unit)  # this number's own (its unit may be the one before's)
        seg_left = max(
            (n.end for j, n in enumerate(numbers[:i]) if kinds[j] == kind),
            default=0,
        )
        seg_right = min(
            (
                n.start
                for j, n in enumerate(numbers[i + 1 :], i + 1)
                if kinds[j] == kind and j not in conversions
            ),
            default=len(text),
        )
        c_left, c_right = _clause_bounds(text, num.start, num.end)
        lo, hi = max(seg_left, c_left), min(seg_right, c_right)
        if lo >= num.start or scan.search(
            _LEVEL_AFTER_CHANGE, text, max(0, num.start - 40), num.start
        ):
            # "起售价下调2万元至19.59万元", "cut by 20,000 yuan to": the new level's cue is the
            # change's, before its amount
            lo = c_left
        clause = text[c_left:c_right]
        if any(c_left <= h < c_right for h in hypotheses):
            continue
        if (
            lang not in ("en", "zh")
            and _REPORTED_THAT.search(text, max(0, c_left - 8), c_left)
            and any(
                _clause_bounds(text, c_left - 8, c_left - 8)[0] <= h < c_left for h in hypotheses
            )
        ):
            continue  # "опровергла сообщения о том, что ... поставила": what was denied
        last_comma = max(text.rfind(",", c_left, num.start), text.rfind("，", c_left, num.start))
        if scan.search(_IF_CLAUSE, text[max(c_left, last_comma + 1) : num.start]):
            continue  # inside an if-clause: a hypothesis, not a fact
        if scan.search(_RECALLED, text, max(c_left, num.start - 32), num.start):
            continue  # the cars a recall covers
        before = text[max(c_left, num.start - 40) : num.start]
        if _CHANGE_AMOUNT_AFTER.match(text, num.end) or scan.search(
            _CHANGE_AMOUNT_BEFORE, text[max(0, num.start - 20) : num.start]
        ):
            continue  # the size of a change, not a level
        if _PRICE_BAND_AFTER.match(text, num.end):
            continue  # "20万以上轿车": a price band
        if num.unit is None and scan.search(
            _SOLD_FOR, text, max(c_left, num.start - 40), num.start
        ):
            continue  # "dares to sell cars for 800,000": a price with no currency, no count
        if scan.search(_ABOVE_BEFORE, before) and _NTH_STRAIGHT.search(text, c_left, num.start):
            # "the third consecutive quarter with revenue above 100 billion": a streak's bar;
            # not "more than 40,000 in October, its second straight month": October's figure
            continue
        if scan.search(_CHANGE_RE, before) and not change_amount:
            metric: str | None = "other"
        else:
            metric = _metric(cfg, text, num, lo, hi, c_left, c_right, cues)
            if metric is None and num.unit in MONEY_UNITS and seg_left < c_left:
                # "Income from the EV, AI and other new initiatives segment reached CNY18.6
                # billion": an amount whose cue is in the sentence, a clause before it
                metric = _metric(cfg, text, num, seg_left, hi, seg_left, c_right, cues)
        if (
            metric is None
            and any(h < c_left for h in hypotheses)
            and _CORRECTED.search(text, max(c_left, num.start - 32), num.start)
        ):
            # "an earlier version said … 50,000 cars in October; the correct figure is 40,000",
            # 本文此前称…交付5万辆，实际为4万辆: the retracted figure's measure
            metric = _metric(cfg, text, num, 0, hi, 0, c_right, cues)
        bringing = (
            _BRINGING.search(text, max(0, num.start - 70), num.start)
            if prev_event is not None and prev_event.status == "actual"
            else None
        )
        if (
            bringing is not None
            and metric is None
            and prev_event is not None
            and prev_num is not None
            and _unit_kind(prev_num.unit) == kind
        ):
            metric = prev_event.metric
        part_of = _PART_OF.match(text, num.end) if i + 1 < len(numbers) else None
        if part_of is not None and (
            numbers[i + 1].start != part_of.end() or kinds[i + 1] != kind or num.unit == "percent"
        ):
            part_of = None  # not "77% of its 350,000-unit target": a share, not a part
        if part_of is not None:
            part_whole = (num.end, numbers[i + 1].start)
        if (
            metric is None
            and i + 1 < len(numbers)
            and kinds[i + 1] == kind
            and _PARALLEL_NEXT.fullmatch(text, num.end, numbers[i + 1].start)
        ):
            # "The SU7 accounted for about 22,000 and the YU7 for about 18,000 of Xiaomi's
            # October deliveries": the measure named after the second item is both items'
            second = numbers[i + 1]
            metric = _metric(cfg, text, second, second.start, c_right, c_left, c_right, cues)
        if (
            metric is None
            and lang not in ("en", "zh")
            and i + 1 < len(numbers)
            and kinds[i + 1] == kind
            and cfg.respectively_re.search(text)
            and _RESPECTIVE_GAP.fullmatch(
                cfg.joiner_re.sub(",", text[num.end : numbers[i + 1].start])
            )
        ):
            # "22.000 bzw. 18.000 Auslieferungen", "22 000 et 18 000 livraisons": figures
            # given "respectively", the measure named after the last is each one's
            second = numbers[i + 1]
            metric = _metric(cfg, text, second, second.start, c_right, c_left, c_right, cues)
        if (
            metric is None
            and lang not in ("en", "zh")
            and prev_event is not None
            and prev_num is not None
            and _unit_kind(prev_num.unit) == kind
            and cfg.respectively_re.search(text)
            and _RESPECTIVE_GAP.fullmatch(cfg.joiner_re.sub(",", text[prev_num.end : num.start]))
        ):
            # "lieferte vom SU7 und vom YU7 14.500 bzw. 24.700 Fahrzeuge aus": the measure named
            # before the first is each one's too
            metric = prev_event.metric
        if (
            metric is None
            and lang not in ("en", "zh")
            and cut_of is not None
            and cut_of[1] == kind
            and prev_num is not None
            and prev_event is not None
            and prev_event.metric == cut_of[0]
        ):
            # "価格を1万元引き下げ、20万5900元とした": the level after the change's size
            metric = cut_of[0]
        if part_of is not None and metric is None:
            # "made up roughly 2,000 of the SU7's 25,000 deliveries": the whole's measure
            whole = numbers[i + 1]
            metric = _metric(cfg, text, whole, whole.start, c_right, c_left, c_right, cues)
        if (
            metric is None
            and lang == "zh"
            and c_left > 1
            and _BARE_PREDICATE.fullmatch(text, c_left, num.start)
            and not any(kinds[j] == kind for j in range(i) if numbers[j].end > c_left - 40)
        ):
            # "小米汽车10月交付创下单月新高，超过4万辆": the clause before names the measure
            prev_left = _clause_bounds(text, c_left - 2, c_left - 2)[0]
            metric = _metric(cfg, text, num, prev_left, hi, prev_left, c_right, cues)
        if metric is None and _FORMER_LATTER.search(text, max(c_left, num.start - 24), num.start):
            # "9月SU7单月交付被YU7反超，前者约1.7万辆，后者约2.3万辆": the measure the sentence
            # named for the two before the pointer
            metric = _metric(cfg, text, num, 0, hi, 0, c_right, cues)
        forced_status = None
        if (
            metric is None
            and ctx.last_event is not None
            and _unit_kind(ctx.last_event.unit) == kind
            and (
                scan.search(_THE_FIGURE, text[c_left : num.start])
                or _locale_the_figure(cfg, text, c_left, num.start)
                or (lang in ("en", "zh") and _CARRIED.search(text[c_left : num.start]))
                # "…40,000 cars in October. Of these, about 22,000 were YU7s."
                or (i == 0 and lang in ("en", "zh") and _OF_WHICH_START.match(text) is not None)
            )
            and not (scan.search(cfg.market_re, text) or _WIDER.search(text))
        ):
            # "Xiaomi aims to deliver 300,000 cars next year. In 2024, the figure was 135,000."
            metric = _ACTUAL_OF.get(ctx.last_event.metric, ctx.last_event.metric)
            forced_status = "actual"
        if (
            metric is None
            and ctx.last_event is not None
            and ctx.last_event.metric == "delivery_target"
            and _unit_kind(ctx.last_event.unit) == kind
            and _EARLIER_GOAL.search(text, c_left, num.start)
        ):
            # "Xiaomi raised its 2024 target to 130,000. It had earlier aimed for 100,000."
            metric, forced_status = "delivery_target", "target"
        row_of = (
            ctx.last_event.metric
            if ctx.last_event is not None
            and _unit_kind(ctx.last_event.unit) == kind
            and ctx.last_event.metric != "other"
            else ctx.heading_metric
            if ctx.last_event is None and num.unit is None
            else None
        )
        if (
            metric is None
            and i == 0
            and len(numbers) == 1
            and row_of is not None
            and _labelled_row(text, num, ref, doc_year, lang)
        ):
            # "Xiaomi EVs delivered in October: 40,000+. Year to date: 300,000+.": the row after
            # a labelled figure (or a heading, "小米汽车交付量｜10月：4万+") counts what it counted
            metric = _ACTUAL_OF.get(row_of, row_of)
            forced_status = "actual"
        if (
            prev_event is not None
            and prev_num is not None
            and _unit_kind(prev_num.unit) == kind
            and _PREVIOUS_VALUE.search(text[prev_num.end : num.start])
            and (metric is None or metric == prev_event.metric or metric in COUNT_METRICS)
            and prev_event.metric != "other"
        ):
            # "targets 350,000 in 2025, up from 136,854 in 2024": the earlier, actual figure
            metric = _ACTUAL_OF.get(prev_event.metric, prev_event.metric)
            forced_status = "actual"
        base_of_change = False
        if (
            prev_event is not None
            and prev_num is not None
            and _unit_kind(prev_num.unit) == kind
            and re.fullmatch(
                r"\s*(?:\w+\s+)?from\s*(?:RMB|CNY|US\$|\$|¥)?\s*", text[prev_num.end : num.start]
            )
            and _CHANGE_TO.search(text[max(0, prev_num.start - 30) : prev_num.start])
        ):
            # "is forecast to rise to about CNY30 billion from CNY24.1 billion": the level the
            # change starts from, a fact of the period before
            metric = _ACTUAL_OF.get(prev_event.metric, prev_event.metric)
            forced_status, base_of_change = "actual", True
        if (
            prev_event is not None
            and prev_num is not None
            and _unit_kind(prev_num.unit) == kind
            and prev_event.metric != "other"
            and _ESTIMATE_GAP.search(text[prev_num.end : num.start])
        ):
            # "revenue of 365.9 billion yuan, against estimates of 358 billion": a forecast
            metric, forced_status = prev_event.metric, "forecast"
        if _ESTIMATE_AFTER.match(text, num.value_end, min(len(text), num.value_end + 80)):
            # "beating the 114.7 billion yuan average of 15 analyst estimates": a forecast
            if metric is None and prev_event is not None:
                metric = prev_event.metric
            forced_status = "forecast"
        if (
            metric is None
            and prev_event is not None
            and prev_num is not None
            and _unit_kind(prev_num.unit) == kind
            and (
                _SHARE_OF.search(text, max(prev_num.end, num.start - 40), num.start)
                or (
                    cfg.lang not in ("en", "zh")
                    and cfg.of_which_re.search(text, max(prev_num.end, num.start - 40), num.start)
                )
            )
        ):
            metric = prev_event.metric  # "40,000 …, with the SU7 accounting for 25,000"
        if (
            metric is None
            and prev_event is not None
            and prev_num is not None
            and _unit_kind(prev_num.unit) == kind
        ):
            # the days of the next item do not break the list ("2月3日-9日周订单1万台，3月
            # 10日-16日达到峰值2.3万台")
            gap = _LIST_DAYS.sub(" ", text[prev_num.end : num.start])
            if _locale_list_gap(cfg, gap) or (
                len(gap) <= 30
                and (
                    _TABLE_GAP.fullmatch(gap)
                    or re.fullmatch(
                        r"(?:\+|-?plus)?[\s,，、;；(（]*(?:[\w-]+\s+){0,3}?(?:(?:in|for|during)\s+(?:the\s+)?\w+"
                        # "40,000 in October; 38,000 in September; and 30,000 in August"
                        r"(?:\s+(?:quarter|half|month))?(?:\s+(?:of\s+)?\d{4})?)?[\s,，、;；(（]*"
                        # "，9月、10月均超4万辆", "，二季度为206亿元": the next item's period first
                        r"(?:(?:20\d\d\s*年)?(?:第?[一二三四1-4]季度|[上下]半年|"
                        r"(?:\d{1,2}\s*月份?\s*[、和及与]?\s*)+|今年|去年|"
                        # "；1-10月累计超31万", "，前10个月累计…"
                        # (_LIST_DAYS has blanked the months: "1- 累计超")
                        r"\d{1,2}\s*[-–~～至到]\s*(?:\d{1,2}\s*月份?)?\s*|"
                        r"前(?:\d{1,2}|[一二三四五六七八九十]{1,2})个?月)"
                        r"(?:的|均|都|也|累计)?)?"
                        r"(?:均|都|也|亦|又|继续|再次|再度|仍|依然)?\s*"
                        r"(?:and|or|while|with|to|和|及|、|达到?(?:峰值)?|为|至|到|收窄至|扩大至|降至|升至|增至|超过?|逾|"
                        r"[上下]调[至到]|[上下]修[至到]|提[高升][至到]|调整?[至到为])?"
                        # "40,000 in October, and another 45,000 in November"
                        r"(?:\s*(?:another|a\s+further|then|又|再))?"
                        # "收窄至第二季度的3亿元": the next item's period between the joiner and it
                        r"(?:(?:20\d\d\s*年)?(?:第?[一二三四1-4]季度|[上下]半年|\d{1,2}\s*月|今年|去年)的?)?"
                        # "25,000 in July and about 30,000 in August": the next item's own bound
                        r"(?:\s*(?:about|around|nearly|almost|roughly|some|over|more\s+than|"
                        r"(?:just\s+)?(?:over|under)|约|近|超过?))?"
                        r"\s*(?:人民币|RMB)?\s*",
                        gap,
                        re.I,
                    )
                )
            ):
                metric = prev_event.metric  # "7,058 in April and 8,646 in May"
        if (
            metric is None
            and rival is not None
            and _unit_kind(rival[0].unit) == kind
            and (
                _xiaomi_next_item(cfg, text, rival[0], num, entity_hits)
                or _xiaomi_versus_item(cfg, text, rival[0], num, entity_hits)
            )
        ):
            # "Tesla ha consegnato 60.000 auto a ottobre, Xiaomi 40.000": the rival's measure
            metric = rival[1]
        if (
            metric is None
            and compared_rival is not None
            and _unit_kind(compared_rival[0].unit) == kind
            and _xiaomi_compared(text, compared_rival[0], num, entity_hits)
        ):
            # "Li Auto delivered 31,767 cars in October, below Xiaomi's 40,000-plus": Xiaomi's
            # figure, of the rival's measure
            metric = compared_rival[1]
        if metric is None and cfg.lang in _VERB_FINAL and i + 1 < len(numbers):
            # "9月に4万台、10月に4万2000台を納車した", "eylülde 40.000, ekimde 42.000 araç teslim
            # etti": the verb after the list's last figure is every item's
            following = numbers[i + 1]
            if kinds[i + 1] == kind and _locale_list_gap(
                cfg, _LIST_DAYS.sub(" ", text[num.end : following.start])
            ):
                stop = min(
                    (n.start for j, n in enumerate(numbers[i + 2 :], i + 2) if kinds[j] == kind),
                    default=len(text),
                )
                metric = _metric(
                    cfg, text, following, following.start, min(stop, c_right), c_left, c_right, cues
                )
        if (
            metric is None
            and prev_event is not None
            and prev_num is not None
            and _unit_kind(prev_num.unit) == kind
            and prev_event.metric != "other"
            and num.start - prev_num.end <= 60
            and (
                scan.search(cfg.compared_re, text, prev_num.end, num.start)
                or cfg.year_earlier_re.match(text, num.value_end, num.value_end + 60)
                or cfg.year_earlier_lead_re.search(text, max(0, num.start - 40), num.start)
                # "…, well above Q2's 81,302", "topping October's 40,000"
                or (cfg.lang == "en" and _POSSESSIVE_PERIOD.search(text, prev_num.end, num.start))
            )
        ):
            # "81.000 Autos aus, nach 27.000 im Vorjahresquartal", "contro le 27.307": the
            # figure compared with is a figure of the same measure
            metric = prev_event.metric
        if (
            metric is None
            and phones is not None
            and num.unit in MONEY_UNITS
            and _unit_kind(phones[0].unit) == kind
            and scan.search(cfg.business_res["cars"], text, phones[0].end, num.start)
        ):
            # "スマホ事業が947億元、EV事業が213億元", "los de coches eléctricos, de 29.000
            # millones": the next segment of the list the phones' money opened is the cars'
            metric = phones[1]
        if (
            metric is not None
            and num.count_noun is not None
            and cfg.other_noun_re.match(num.count_noun)
        ):
            # "40,000 cars through its 400 stores", "in 58 cities": a count of what the noun
            # names never takes the measure of the figure before it
            metric = None
        if metric in ("revenue", "net_loss") and (
            _non_car_money(text, c_left, num.start, ctx.non_car_segment)
            if cfg.lang in ("en", "zh")
            else _locale_non_car_money(cfg, text, num.start)
        ):
            phones = (num, metric)
            continue  # the phone or IoT segment's money, not the car business's
        if (
            metric in COUNT_METRICS
            and scan.search(cfg.non_car_re, clause)
            and not any(
                e.kind in ("model", "auto") and c_left <= s_ < c_right for s_, _, e in entity_hits
            )
        ):
            continue  # phone or gadget sales
        if metric is None and not entity_hits:
            continue  # a bare number with no cue and no named subject: not ours to guess
        names = tuple(
            h
            for h in entity_hits
            if h[2].kind != "model"
            or not (
                # "… 25,000 in June … as the YU7 changeover began", "said the YU7 accounted
                # for most of them": a model told about after the figure does not own it
                (h[0] >= num.end and _TOLD_AFTER.search(text, num.end, h[0]))
                # "The YU7 accounted for more than half of Xiaomi's 40,000": the whole
                or (h[1] <= num.start and _SHARE_OF_WHOLE.search(text, h[1], num.start))
            )
        )
        if part_of is not None:
            # the whole's owner ("of the SU7's 25,000") is not the part's
            names = tuple(h for h in names if not num.end <= h[0] < part_of.end())
        if part_whole is not None and part_whole[1] == num.start:
            # nor is the part's ("The SU7 Ultra made up 2,000 of …") the whole's
            names = tuple(h for h in names if not h[0] < part_whole[0])
        subject = _subject(
            cfg,
            text,
            num,
            c_left,
            c_right,
            names,
            comp_hits,
            ctx,
            metric,
            models_in_doc,
            bases,
        )
        if (
            subject is not None
            and metric in COUNT_METRICS
            and cfg.lang in ("en", "zh")
            and scan.search(_MARKET_WIDE, text, c_left, num.start)
            and not any(c_left <= s_ < num.start for s_, _, _ in entity_hits)
            and not scan.search(_ITS_OWN, text, c_left, num.start)
        ):
            # "Nationwide, NEV sales rose to 1.6 million", 全国新能源乘用车销量为128万辆: the
            # whole market's count in a clause that names no Xiaomi name is nobody's
            continue
        if subject is None:
            if metric not in (None, "other") and cfg.lang not in ("en", "zh"):
                rival = (num, metric)
            elif metric not in (None, "other"):
                compared_rival = (num, metric)
            continue
        if (
            prev_event is not None
            and metric == prev_event.metric
            and not any(c_left <= s_ < c_right for s_, _, _ in entity_hits)
            and (
                cfg.year_earlier_lead_re.search(text, max(0, num.start - 48), num.start)
                or cfg.year_earlier_re.match(text, num.value_end, num.value_end + 60)
            )
        ):
            # "智能电动汽车收入283亿元，去年同期为97亿元": the base is the same business's
            subject = _named(cfg, prev_event.subject) or subject
        cancelled = None
        if (metric is None or metric in _ORDER_METRICS) and num.unit in (None, "orders", "people"):
            cancelled = _CANCELLED.search(
                text, max(c_left, num.start - 40), min(c_right, num.end + 60)
            )
        if cancelled is not None:
            # "5,000 SU7 orders were cancelled", 约3万名车主申请退订: cancellations, not orders
            metric = "other"
        if metric is None:
            metric = "other"
        unit = _unit(metric, num, text)
        if unit is None:
            metric, unit = "other", num.unit or "count"
        if metric != "other" and not _in_bounds(metric, num.value, num.unit):
            metric = "other"
        label = None
        if metric == "other":
            label = "cancellations" if cancelled else _label(cfg, text, num, c_left, c_right)
            if (
                label is None
                and bringing is not None
                and prev_event is not None
                and prev_event.metric == "other"
            ):
                label = prev_event.label  # "added 12 stores, bringing its total to 402"
            if label is None:
                continue  # a number we cannot name is noise in the table, not a fact
            unit = num.unit or ("percent" if label == "gross margin" else "count")
            if label in NOUN_LABELS:
                unit = "count"  # "402 car stores": stores, not cars
                if scan.search(
                    _STORES_ADDED, text, max(c_left, num.start - 30), num.start
                ) or scan.search(_TOTAL_AFTER, text, num.end):
                    change_amount = True  # "added 12", "opened 30 …, bringing the total to"
                if subject.kind == "group" and _car_words(cfg, clause):
                    # "Xiaomi had 402 car stores": the car business's, not the phone shops
                    subject = _named(cfg, "Xiaomi Auto") or subject
        # the figures of its measure either side ("phase two" is no figure to stop at)
        next_figure = min(
            (
                n.start
                for j, n in enumerate(numbers[i + 1 :], i + 1)
                if kinds[j] == kind and n.value >= 100
            ),
            default=len(text),
        )
        status = forced_status or _status(
            cfg, text, c_left, c_right, num, hi, metric, (seg_left, next_figure)
        )
        if (
            metric == "production"
            and _RATE_AFTER.match(text, num.end)
            and not _OUTPUT_NOW.search(text, c_left, num.start)
        ):
            metric = "production_capacity"  # "could produce 20,000 cars per month"
        if metric == "deliveries" and status == "target":
            metric = "delivery_target"
        met = scan.search(_GOAL_MET, text[max(c_left, num.start - 60) : num.start])
        if met is None and cfg.lang not in ("en", "zh"):
            met = cfg.goal_met_re.search(text, max(c_left, num.start - 100), num.start)
        if metric == "delivery_target" and met:
            # "has met its output goal of 100,000 units": the goal is now a fact
            metric = (
                "production"
                if re.search(r"output|production|produc", met.group(0))
                else ("deliveries")
            )
            status = "actual"
        if metric == "delivery_target":
            status = "target"
        if (
            metric == "price"
            and status == "forecast"
            and forced_status is None
            and _only_future(cfg, text, 0, max(c_right, hi))
        ):
            status = "actual"  # "will go on sale at 253,500 yuan": the price is announced
        if subject.kind == "group" and metric in COUNT_METRICS | {
            "price",
            "buyer_share",
            "test_mileage",
        }:
            subject = _car_subject(cfg, ctx, metric, models_in_doc)
        average = metric == "price" and _average(cfg, text, num, c_left, c_right)
        if metric == "price" and subject.kind == "auto" and not average:
            # the car business has a list price only through its cars ("the new car costs
            # from ..."); its average selling price is its own
            subject = _car_subject(cfg, ctx, metric, models_in_doc)
        if metric == "investment" and subject.kind == "group":
            subject = _named(cfg, "Xiaomi Auto") or subject
        if subject.kind == "model":
            ctx.sentence_model = subject
        # the periods of what the figure is compared with are not its own
        own = _without_bases(text, bases, num)
        set_day: dt.date | None = None
        if status in ("target", "forecast"):
            # "a 2025 target of 300,000 set in March": March is when, 2025 what for; a day
            # said there ("at an investor conference on April 23") is when it was stated
            for m in scan.finditer(cfg.set_when_re, own):
                days = en_dates(m.group(0), ref, False) if cfg.lang == "en" else ()
                set_day = days[-1][2] if days else set_day
            own = cfg.set_when_re.sub(lambda m: " " * len(m.group(0)), own)

        period_as = partial(
            _period,
            own,
            num,
            lo,
            hi,
            c_left,
            c_right,
            ref,
            doc_year=doc_year,
            lang=cfg.lang,
            year_earlier=cfg.year_earlier_re,
            year_earlier_lead=cfg.year_earlier_lead_re,
        )
        period = period_as(status)
        if cfg.lang not in ("en", "zh"):
            period = _period_back(cfg, text, num, period, ref, status, doc_year)
        elif period.kind == "none" and ctx.last_year is not None:
            that = _THAT_YEAR.search(text, c_left, c_right)
            if that is not None:
                # "Xiaomi began selling cars in 2024. It delivered 136,854 vehicles that
                # year": the year the sentence before named
                end = dt.date(ctx.last_year, 12, 31)
                done = status == "actual" and _before_reference(end, ref, doc_year)
                period = Period(
                    dt.date(ctx.last_year, 1, 1),
                    end,
                    that.group(0),
                    end if done else None,
                    False,
                    "year",
                )
        if cfg.lang in ("en", "zh"):
            period = _carried_back(
                cfg, text, num, period, prev_event or ctx.last_event, metric, ref
            )
        if set_day is not None and period.as_of is None:
            period = dataclasses.replace(period, as_of=set_day, explicit_as_of=True)
        if period.kind == "none" and own != text and cfg.lang in ("en", "zh"):
            # "毛利率从Q1的23.2%提升至26.4%，经营亏损从5亿元收窄至3亿元": the new figure of a
            # second change follows the first change's periods
            said = _resolve(cfg.lang, text[: num.start], ref, status, doc_year)
            period = _period_after_from(text, num, said, ref, status) or period
            if period.kind == "none" and _said_after_from(text, num, said):
                period = said  # and its old figure the first change's old period
        if (
            status == "forecast"
            and forced_status is None  # analysts' estimates for a finished quarter stay so
            and period.end is not None
            and _before_reference(period.end, ref, doc_year)
            and not _estimated(cfg, text, num, c_left, c_right)
        ):
            # "by the end of 2023 ... will be" in a 2024 article: a translated past, a fact
            status = "actual"
            period = period_as(status)
        if (
            status == "actual"
            and forced_status is None
            and metric in ("deliveries", "production")
            and _hardly_begun(period, ref)
            and not _DONE.search(text, c_left, num.start)
        ):
            # "全力以赴，2025年交付三十万辆车" on January 7, 2025: a year that has hardly begun
            # holds no such figure yet; it is the plan's, or an expectation
            status = "target" if scan.search(cfg.status_res["target"], text) else "forecast"
            if metric == "deliveries" and status == "target":
                metric = "delivery_target"
            period = period_as(status)
        coming = _COMING_YEAR.search(text, c_left, c_right) if status != "actual" else None
        if (
            coming is not None
            and period.start is None
            and period.kind in ("window", "year", "none")
        ):
            # "未来一年交付量要达55万辆" said on January 4, "in the coming year" said on December
            # 28: at the turn of a year, the year ahead is a calendar year
            year = _turn_of_year(ref)
            if year is not None:
                period = Period(
                    dt.date(year, 1, 1),
                    dt.date(year, 12, 31),
                    period.text or coming.group(0),
                    period.as_of,
                    period.explicit_as_of,
                    "year",
                )
        if status != "actual" and _said_in_december(period, ref, ctx.years_named):
            year = period.start.year - 1 if period.start else 0
            start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
            period = Period(start, end, period.text, period.as_of, period.explicit_as_of, "year")
        # "hit its target in November"; "meet its goal of 100,000 by mid-November"
        met_by = period.start or period.end or period.as_of
        if period.kind not in ("month", "cumulative"):
            met_by = None
        if (
            metric == "delivery_target"
            and met_by is not None
            and _met_in_month(cfg, text, num, c_left, c_right, period.text)
        ):
            # "expects to hit its 100,000 target in November", 有望在11月完成10万辆交付目标: the
            # month is when it is met; the target is that year's
            year = met_by.year
            period = Period(
                dt.date(year, 1, 1), dt.date(year, 12, 31), period.text, None, False, "year"
            )
        if base_of_change and period.kind == "year" and period.start and period.end:
            start, end = _year_back(period.start), _year_back(period.end)
            period = Period(start, end, period.text, end, False, "year")
        qualifier = "at_least" if num.value_max is not None else _qualifier(cfg, text, num)
        if qualifier != "exact":
            verb = _BOUND_VERB.search(text, max(0, num.start - 25), num.start)
            governing = qualifier if verb is not None else None
        elif (
            governing is not None
            and prev_num is not None
            and _LIST_ITEM_GAP.fullmatch(text, prev_num.end, num.start)
        ):
            qualifier = governing  # the next item of the list the verb governs
        else:
            governing = None
        if metric == "buyer_share" and num.value_max is None and num.value > 100:
            continue
        value, value_max = num.value, num.value_max
        between = re.search(r"between\s*$", text[max(0, num.start - 12) : num.start], re.I)
        if between and value_max is None:
            nxt = numbers[i + 1] if i + 1 < len(numbers) else None
            if nxt and re.fullmatch(
                r"\s*(?:%|percent|yuan)?\s*and\s*", text[num.end : nxt.start], re.I
            ):
                value_max, qualifier = nxt.value, "at_least"
                consumed.add(i + 1)
        if metric == "production_capacity" and period.kind != "rate":
            # "an annual capacity of 150,000 ... was ready on June 12, 2023", 年産15万台で、…
            # 2023年6月12日に稼働: the rate before the figure is its period, the day another's
            head = _resolve(cfg.lang, own[c_left : num.start], ref, status, doc_year)
            if head.kind != "rate" and cfg.lang not in ("en", "zh"):
                # "15 tys. elektryków miesięcznie" after a year named in another clause: the
                # rate word right after the figure
                tail = own[num.end : min(c_right, num.end + 40)]
                head = _resolve(cfg.lang, tail, ref, status, doc_year)
            if head.kind == "rate" or (
                head.kind == "year" and head.text and not _YEAR_RE.search(head.text)
            ):
                # ("annual", with no year of its own: for a capacity, per year)
                period = Period(None, None, head.text, None, False, "rate")
        if (
            metric == "production"
            and period.kind == "rate"
            and cfg.lang not in ("en", "zh")
            and cfg.capacity_modal_re.search(text, c_left, num.start)
        ):
            # "kann pro Jahr bis zu 300.000 Fahrzeuge bauen": what a plant can build a year
            metric = "production_capacity"
            modals = [m.span() for m in cfg.capacity_modal_re.finditer(text, c_left, c_right)]
            if status == "forecast" and all(
                any(a <= f.start() < b for a, b in modals)
                for f in cfg.status_res["forecast"].finditer(text, c_left, c_right)
            ):
                status = "actual"  # "kan" is what the plant is able to do, no forecast
        kind = _period_kind(metric, period, num, text, average, cfg)
        if kind == "rate" and period.kind in ("year", "month") and not period.explicit_as_of:
            # "adds 150,000 units of annual capacity": a pace has no dates of its own
            period = Period(None, None, period.text, None, False, "rate")
        if (
            (kind == "rate" or (kind == "year" and period.start is None))
            and metric == "delivery_target"
            and status == "target"
            and cfg.lang not in ("en", "zh")
            and ref is not None
            and scan.search(cfg.annual_target_re, text, c_left, c_right)
        ):
            # "notre objectif annuel de 350 000", "年間35万台の納車目標": the goal of the year
            # of writing, not a pace
            kind = "year"
            period = Period(
                dt.date(ref.year, 1, 1), dt.date(ref.year, 12, 31), period.text, None, False, "year"
            )
        if kind == "year" and period.kind == "month" and period.start is not None:
            # a goal's year, told with the month it was set or met in ("11月又上调至13万辆")
            year = period.start.year
            period = Period(
                dt.date(year, 1, 1), dt.date(year, 12, 31), period.text, None, False, "year"
            )
        each = _A_MONTH_AFTER.match(text, num.end)
        if (
            each is not None
            and kind == "cumulative"
            and period.start is not None
            and metric in ("deliveries", "production")
        ):
            # "over 30,000 cars a month from June to September": so much a month, not a total
            kind = "rate"
            period = Period(None, None, each.group("unit"), None, False, "rate")
        finer = _AVERAGE_PACE.search(text, max(c_left, num.start - 60), num.start)
        if finer is not None and metric in ("deliveries", "production", "orders"):
            # "average daily deliveries in October were 1,300", 10月日均交付1300辆: a pace,
            # averaged over the period named
            kind = "rate"
            period = Period(None, None, finer.group(0), None, False, "rate")
        if (
            kind in ("none", "cumulative", "week", "day")
            and metric in ("deliveries", "production")
            and period.start is None
            and not _milestone(num, text, cfg)
        ):
            pace = scan.search(cfg.pace_re, text, c_left, num.start)
            if pace is not None:
                # "monthly sales exceeded 13,000", 月交付量超过2万辆: so much a month
                kind = "rate"
                period = Period(
                    None, None, pace.group(0), period.as_of, period.explicit_as_of, "rate"
                )
        if kind == "cumulative" and period.kind == "window" and status == "actual":
            # "2024年11月，小米SU7仅用230天就创造了交付10万台的纪录", "In November 2024 it took
            # 230 days to reach 100,000": a month named with its year is when the mark was hit
            said = _resolve(cfg.lang, text[: num.start], ref, status, doc_year)
            if (
                said.kind == "month"
                and said.end is not None
                and _YEAR_RE.search(said.text or "")
                and (ref is None or said.end <= ref)
            ):
                period = Period(None, None, period.text, said.end, True, "window")
        if kind == "cumulative" and period.kind in _CALENDAR and _milestone(num, text, cfg):
            # "its 500,000th car ... after delivering 410,000 in 2025": a milestone of the
            # running total is no year's, whatever year the sentence names for another figure
            keep = period.as_of if period.explicit_as_of else None
            if (
                keep is None
                and status == "actual"
                and period.kind == "month"
                and period.start is not None
                and period.end is not None
                and (ref is None or period.start <= ref)
            ):
                # "In November, its 500,000th car rolled off the line": passed in that month,
                # so the total holds at its end (or at the day of writing, within it)
                keep = min(period.end, ref) if ref is not None else period.end
            period = Period(None, None, None, keep, period.explicit_as_of, "cumulative")
        if (
            status == "actual"
            and kind == "year"
            and metric in ("deliveries", "production")
            and period.start is not None
            and period.end is not None
            and ref is not None
            and period.start <= ref < period.end
            and scan.search(_THIS_YEAR_WORDS, text, c_left, c_right)
            and _HAS_REACHED.search(text, c_left, num.start)
        ):
            # "has now delivered well over 250,000 cars this year" in November: the year's
            # running total so far, not the whole year's
            period = Period(period.start, None, period.text, None, False, "cumulative")
            kind = "cumulative"
        if metric == "headcount" and kind == "none" and period.start is not None:
            # "In September the division had 300 staff": a count at a day, of no period
            period = Period(None, None, period.text, period.as_of, period.explicit_as_of, "none")
        if metric == "price" and kind == "none" and period.start is not None:
            # a list price is no month's: "in March" dates neither the price nor its as_of,
            # unless the sentence states a day for it ("as of March 5")
            keep = period.as_of if period.explicit_as_of else None
            period = Period(None, None, None, keep, period.explicit_as_of, "none")
        if bringing is not None and prev_event is not None and metric == prev_event.metric:
            period, kind = _total_brought(bringing, prev_event), "cumulative"
        if (
            metric == "price"
            and kind == "none"
            and period.as_of is not None
            and _OFFER_DEADLINE.search(text, c_left, c_right)
        ):
            # "a limited-time price of 199,900 yuan until August 31", 8月31日前下单: the day an
            # offer ends is no day the price was stated at
            period = Period(None, None, None, None, False, "none")
        if label in NOUN_LABELS and status == "actual" and kind != "none":
            # a network's size is a count at a day ("402 stores at the end of September"), of
            # no month or running total
            period = Period(None, None, period.text, period.as_of, period.explicit_as_of, "none")
            kind = "none"
        event = ExtractedEvent(
            subject=subject.name,
            metric=metric,
            value=value,
            value_max=value_max,
            unit=unit,
            qualifier=qualifier,
            status=status,
            period_start=period.start,
            period_end=period.end,
            period_text=period.text,
            as_of=period.as_of,
            period_kind=kind,
            label=label,
            evidence=text,
            char_start=sent.start,
            char_end=sent.end,
            language=lang,
        )
        prev_event, prev_num = event, num
        if change_amount:
            cut_of = (metric, _unit_kind(num.unit))
            continue
        if metric == "price" and not average:
            ctx.list_prices.add(id(event))
        if old_level is not None:
            yield dataclasses.replace(event, value=old_level)  # the level before the change
        yield event
        if event.metric != "other":
            ctx.last_event = event
        if metric == "delivery_target" and _ALSO_FORECAST.search(
            text[num.end : hi if hi > num.end else len(text)]
        ):
            # "a target of 100,000, expected to be met in November": the target and a forecast
            yield dataclasses.replace(event, metric="deliveries", status="forecast")


_VERB_FINAL = ("ja", "ko", "tr")
# Japanese and Korean lists: "3分で20万台、18時間で24万台", "20만대, 18시간 만에 24만대"
_CJK_LIST_GAP = re.compile(
    r"\s*[、,，]\s*(?:(?:そして|さらに|また|그리고|이어)\s*)?(?P<rest>.*)", re.S
)
# a rival's item told with its verb before the comma: "テスラは6万1000台を販売した一方、シャオミは
# 4万台", "테슬라는 6만1000대를 팔았고, 샤오미는 4만대" (the next item is Xiaomi's, same measure)
_CJK_RIVAL_GAP = re.compile(r"[^、,，。]{0,12}[、,，]\s*(?P<rest>.*)", re.S)


def _locale_list_gap(cfg: ExtractorConfig, gap: str) -> bool:
    """Between two figures of a list in a language of data/lang/ ("pedidos em 3 minutos e",
    "Autos aus und im Mai"): the first's words, a joiner, then nothing or the next item's
    period only (a verb there starts another statement)."""
    if cfg.lang in ("en", "zh") or len(gap) > 30:
        return False
    m = (_CJK_LIST_GAP if cfg.lang in ("ja", "ko") else cfg.list_gap_re).fullmatch(gap)
    if m is None:
        return False
    rest = m.group("rest").strip()
    further = cfg.list_further_re.search(rest)
    if further is not None:
        rest = rest[: further.start()].strip()  # "et encore", "und weitere", "e altri"
    for pattern, _ in cfg.qual_before_res:
        bound = pattern.search(rest)
        if bound is not None:
            rest = rest[: bound.start()].strip()  # "y más de", "und über"
            break
    if not rest or re.fullmatch(r"[^\W\d_]{1,3}", rest):
        return True  # nothing, or an article: "y los 240.000", "et les"
    cues = find_period_cues(rest, cfg.lang)
    return len(cues) == 1 and cues[0].start == 0 and cues[0].end == len(rest)


@cache
def _wide_gap(pattern: str) -> re.Pattern[str]:
    """The list gap with more words of the rival's item ("auto in Cina a ottobre")."""
    return re.compile(pattern.replace("{0,4}?", "{0,8}?", 1), re.I | re.S)


def _xiaomi_next_item(
    cfg: ExtractorConfig,
    text: str,
    before: NumberMention,
    num: NumberMention,
    hits: Sequence[tuple[int, int, Entity]],
) -> bool:
    """ "60.000 auto in Cina a ottobre, Xiaomi 40.000", "e a Xiaomi 40 mil": past a list's
    joiner, a Xiaomi name (and at most one more word, "dagegen") right before the figure."""
    gap = text[before.end : num.start]
    wide = _CJK_RIVAL_GAP if cfg.lang in ("ja", "ko") else _wide_gap(cfg.list_gap_re.pattern)
    m = wide.fullmatch(gap)
    if m is None or len(gap) > 60:
        return False
    start = before.end + m.start("rest")
    for s, e, _ in hits:
        if start <= s and e <= num.start:
            head = text[start:s].strip()
            tail = text[e : num.start].strip(" ,—–-")
            return len(head) <= 3 and (not tail or re.fullmatch(r"[^\W\d_]+", tail) is not None)
    return False


def _xiaomi_versus_item(
    cfg: ExtractorConfig,
    text: str,
    before: NumberMention,
    num: NumberMention,
    hits: Sequence[tuple[int, int, Entity]],
) -> bool:
    """ "61 000 voitures en octobre, contre 40 000 pour Xiaomi", "frente a los 40.000 de
    Xiaomi", "dibandingkan 40.000 unit milik Xiaomi" (data `versus`, `owned_by`): past the
    rival's figure, a figure set beside it whose owner, named right after it, is Xiaomi."""
    if num.start - before.end > 80 or cfg.versus_re.fullmatch(text, before.end, num.start) is None:
        return False
    owner = cfg.owned_by_re.match(text, num.end, min(len(text), num.end + 40))
    return owner is not None and any(s == owner.end() for s, _, _ in hits)


def _owner_of_later(cfg: ExtractorConfig, text: str, start: int, name: int) -> bool:
    """Between a figure (ending at `start`) and a name at `name`: another figure whose owner's
    word ("u", "de", "pour", data `owned_by`) leads right up to the name."""
    last = max((m.end() for m in _NEXT_FIGURE.finditer(text, start, name)), default=-1)
    if last < 0:
        return False
    owner = cfg.owned_by_re.match(text, last, name)
    return owner is not None and owner.end() == name


def _period_back(
    cfg: ExtractorConfig,
    text: str,
    num: NumberMention,
    period: Period,
    ref: dt.date | None,
    status: str,
    doc_year: int | None,
) -> Period:
    """ "nach einem Verlust von 300 Millionen Yuan im Vorquartal", "38 000 le mois précédent",
    前四半期の8万1302台 (data `quarter_earlier`, `month_earlier`): the quarter or month the
    sentence names for its figure is this one's next; its own is the one before."""
    if period.kind == "quarter":
        after_re, lead_re, months = cfg.quarter_earlier_re, cfg.quarter_earlier_lead_re, 3
        word = cfg.quarter_earlier_word_re
    elif period.kind == "month":
        after_re, lead_re, months = cfg.month_earlier_re, cfg.month_earlier_lead_re, 1
        word = cfg.month_earlier_word_re
    else:
        return period
    if period.start is None or period.end is None:
        return period
    if period.text and word.search(period.text):
        # "im Vormonat", 전월 read as the month before the day of writing: when the sentence
        # names another month ("im Oktober …, nach 38.000 im Vormonat"), the one before it
        named = _resolve(
            cfg.lang, word.sub(lambda m: " " * len(m.group(0)), text), ref, status, doc_year
        )
        if named.kind != period.kind or named.start is None or named.end is None:
            return period
        period = named
    after = (
        after_re.match(text, num.value_end, min(len(text), num.value_end + 40))
        if cfg.lang not in ("ja", "ko")  # "前四半期の8万1302台": said before the figure there
        else None
    )
    if after is None and lead_re.search(text, max(0, num.start - 24), num.start) is None:
        return period
    told = period.start
    if told is None:
        return period
    first = told.month - months
    start = dt.date(told.year - (first < 1), (first - 1) % 12 + 1, 1)
    end = _month_end(start.year, start.month + months - 1)
    as_of = end if status == "actual" and (ref is None or end <= ref) else None
    return Period(start, end, period.text, as_of, False, period.kind)


def _carried_back(
    cfg: ExtractorConfig,
    text: str,
    num: NumberMention,
    period: Period,
    before: ExtractedEvent | None,
    metric: str | None,
    ref: dt.date | None,
) -> Period:
    """ "A year earlier it was 9.7 billion yuan", "the 20,000 it handed over a year earlier",
    此前一个月为3.8万辆, 去年同期为97亿元: a figure that names no period of its own, a year or a
    month back from the one of the same measure told before it; an earlier target ("It had
    earlier aimed for 100,000", 此前的目标为10万辆) is of the same period."""
    if (
        before is None
        or before.period_start is None
        or before.period_end is None
        or before.period_kind not in _SHIFTED_KINDS.keys() | {"year"}
        or metric not in (before.metric, _ACTUAL_OF.get(before.metric))
    ):
        return period
    lead = max(0, num.start - 48)
    back = {"month": _MONTH_BACK, "quarter": _QUARTER_BACK}.get(before.period_kind, _NEVER)
    said = back.search(text, lead, num.start)
    if said is not None and re.search(r"\d", text[lead : said.start()]):
        said = None  # "38,000 the previous month and 40,000 in October": the other's
    if said is None:
        # "up from 38,000 the previous month"
        said = back.search(text, num.value_end, min(len(text), num.value_end + 30))
        if said is not None and re.search(r"\d|[,;，；。]", text[num.value_end : said.start()]):
            said = None
    if said is not None and before.period_kind == "month":
        months = 1
    elif said is not None:
        # "上一季度为81302辆" after the third quarter's: the second, whatever quarter the day
        # of writing makes it
        months = 3
    elif period.start is not None:
        return period
    elif cfg.year_earlier_re.match(
        text, num.value_end, min(len(text), num.value_end + 60)
    ) or cfg.year_earlier_lead_re.search(text, lead, num.start):
        months = 12
    elif metric == before.metric == "delivery_target" and _GOAL_REVISED.search(
        text, lead, num.start
    ):
        months = 0  # "It later raised the goal to 100,000": the same year's, revised
    elif metric == before.metric == "delivery_target" and _EARLIER_GOAL.search(
        text, lead, num.start
    ):
        months = 0  # "It had earlier aimed for 100,000": the same year's earlier target
    else:
        return period
    first = before.period_start.month - months
    start = dt.date(before.period_start.year + (first - 1) // 12, (first - 1) % 12 + 1, 1)
    span = (before.period_end.year - before.period_start.year) * 12 + (
        before.period_end.month - before.period_start.month
    )
    end = _month_end(start.year, start.month + span)
    as_of = end if metric != "delivery_target" and (ref is None or end <= ref) else None
    return Period(start, end, period.text, as_of, False, before.period_kind)


# a rival's figure, then Xiaomi's it is set against: "below Xiaomi's", "ten times Xiaomi's",
# "versus Xiaomi's", "，不及小米汽车的", "，而小米为"
_COMPARED_XIAOMI = re.compile(
    r"(?:\s*(?:units|vehicles|cars|EVs)\b)?[^.;!?。；！？]{0,40}?[,，]?\s*(?:"
    r"(?:well\s+|far\s+|just\s+|only\s+|slightly\s+)?(?:below|above|behind|ahead\s+of|short\s+of|"
    r"under|over|trailing|beating|topping|versus|vs\.?|against|compared\s+(?:with|to)|"
    r"(?:more|fewer|less)\s+than|(?:\w+\s+)?times|while|whereas|and|but)\s+(?:those\s+of\s+)?"
    r"|(?:不及|低于|高于|超过|多于|少于|落后于?|领先于?|逊于|超越|对比|相较于?|相比|而|但|是)\s*)$",
    re.I,
)


def _xiaomi_compared(
    text: str, before: NumberMention, num: NumberMention, hits: Sequence[tuple[int, int, Entity]]
) -> bool:
    """Whether `num` is Xiaomi's figure set against the rival's figure `before`: only the
    comparison word and a Xiaomi name (its possessive) between them."""
    if num.start - before.end > 90:
        return False
    for s, e, _ in hits:
        if before.end <= s and e <= num.start:
            tail = text[e : num.start]
            if re.fullmatch(r"(?:['’]s|\s+(?:Auto|EV|Group)['’]s)?\s*(?:的|为|是)?\s*", tail):
                return _COMPARED_XIAOMI.fullmatch(text, before.end, s) is not None
    return False


def _locale_the_figure(cfg: ExtractorConfig, text: str, start: int, end: int) -> bool:
    """ "en mayo la cifra subió a", "le chiffre est passé à" (data/lang/ `the_figure`)."""
    return cfg.lang not in ("en", "zh") and cfg.the_figure_re.search(text, start, end) is not None


# where the base of a comparison ends: a clause's end (not a digit group's "116,000")
_BASE_END = re.compile(r"[;；。！？!?、，]|[,.](?!\d)")


def _comparison_bases(cfg: ExtractorConfig, text: str) -> list[tuple[int, int]]:
    """The spans that state what a figure is compared with: a comparison word
    (data `compared`) to the end of its clause ("30.5% more than in 2024", 前年同期の15.4%)."""
    spans: list[tuple[int, int]] = []
    for m in scan.finditer(cfg.compared_re, text):
        if m.end() == m.start():
            continue
        stop = _BASE_END.search(text, m.end())
        end = stop.start() if stop else len(text)
        if spans and m.start() < spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((m.start(), end))
    return spans


def _without_bases(text: str, bases: Sequence[tuple[int, int]], num: NumberMention) -> str:
    """The sentence with the comparison bases that do not hold the figure blanked (same
    length), so its period is looked for in what it states, not in what it is compared with
    ("经营亏损从5亿元收窄至3亿元" after "毛利率从Q1的23.2%提升至26.4%"). A base that holds the
    figure is the figure's own clause ("up from 27,300 a year earlier")."""
    cut = [(a, b) for a, b in bases if a >= num.end or b <= num.start]
    if not cut:
        return text
    parts, pos = [], 0
    for a, b in cut:
        parts += [text[pos:a], " " * (b - a)]
        pos = b
    parts.append(text[pos:])
    return "".join(parts)


def _heading_metric(cfg: ExtractorConfig, text: str) -> str | None:
    """The count a short figure-less heading names: "小米汽车交付量", "Xiaomi deliveries —"."""
    if len(text) > 30:
        return None
    found = [
        (m.start(), metric)
        for metric, pattern in cfg.metric_res
        if metric in COUNT_METRICS and (m := scan.search(pattern, text))
    ]
    return min(found)[1] if found else None


def _labelled_row(
    text: str, num: NumberMention, ref: dt.date | None, doc_year: int | None, lang: str
) -> bool:
    """Whether the sentence is only a period's label, a colon and the figure."""
    row = _LABELLED_ROW.fullmatch(text, 0, num.start)
    if row is None or not _ROW_END.fullmatch(text, num.end):
        return False
    label = row.group("label")
    if _resolve(lang, label, ref, "actual", doc_year).kind != "none":
        return True
    # a month alone is a period only after a preposition ("May" is also a verb)
    return lang == "en" and _resolve(lang, "in " + label, ref, "actual", doc_year).kind == "month"


def _stands_alone(cfg: ExtractorConfig, text: str) -> bool:
    """Whether a plain count of the sentence could be read with no cue: a window after it
    ("50,000 in 27 minutes"), a change before it, "the figure was", a noun label ("402
    stores"). Searched anywhere in the sentence: a superset of where _metric looks."""
    if any(scan.search(p, text) for p in (_WINDOW_AFTER, _CHANGE_ANYWHERE, _THE_FIGURE_ANYWHERE)):
        return True
    if _CARRIED_ANYWHERE.search(text) or _EARLIER_GOAL.search(text):
        # "That compares with 136,854 in 2024", "It had earlier aimed for 100,000": the
        # measure of the one before
        return True
    if _OF_WHICH_START.match(text):
        return True  # "Of these, about 22,000 were YU7s": the whole's measure
    if len(text) < 60 and _ROW_SHAPE.match(text):
        return True  # a row of a labelled list, read by _labelled_row
    return any(scan.search(p, text) for label, p in cfg.label_res if label in NOUN_LABELS)


def _period(
    text: str,
    num: NumberMention,
    lo: int,
    hi: int,
    c_left: int,
    c_right: int,
    ref: dt.date | None,
    status: str,
    doc_year: int | None,
    lang: str = "en",
    year_earlier: re.Pattern[str] | None = None,
    year_earlier_lead: re.Pattern[str] | None = None,
) -> Period:
    """The nearest stated period: after the number, before it, its clause, its sentence.

    `year_earlier` (data `year_earlier`): words after a figure that make it the base of a
    year-on-year change, "a year earlier", "dello stesso periodo dell'anno precedente"."""
    owner = (
        _POSSESSIVE_PERIOD.search(text, max(0, num.start - 70), num.start) if lang == "en" else None
    )
    if owner is not None:
        # "up from September's 33,000", "well above Q2's 81,302", "October's record of
        # 40,000": the period named as the figure's owner, whatever the clause says
        said = _resolve(lang, "in " + owner.group("p"), ref, status, doc_year)
        if said.start is not None:
            return dataclasses.replace(said, text=owner.group("p"))
    label = _TABLE_LABEL.search(text, max(0, num.start - 16), num.start)
    if (
        label is not None
        and label.group(0).rstrip()[-1:] in "(（"
        and not _BRACKET_END.match(text, num.end)
    ):
        label = None  # "in Q3 (81,302 in Q2)": the bracket holds more than the row's figure
    if label is not None:
        # a flattened table: "Jul: 30,000; Aug: 31,000", "7月 3万+；8月 3.1万+"
        row = _table_month(label, ref, status, doc_year)
        if row is not None:
            return row
    bracket = _BRACKETED.fullmatch(text, max(lo, num.start - 2), num.start)
    if bracket is not None and _BRACKET_END.match(text, num.end):
        # "Xiaomi's Q3 deliveries (108,796) beat Q2's (81,302)": the figure in brackets is
        # the one of the words right before them
        told = _resolve(
            lang, text[max(c_left, num.start - 60) : bracket.start()], ref, status, doc_year
        )
        if told.start is not None:
            return told
    found = None
    back = (year_earlier or _NEVER).match(text, num.value_end, min(len(text), num.value_end + 60))
    if back is None:
        back = (year_earlier_lead or _NEVER).search(text, max(0, num.start - 48), num.start)
    if back is not None:
        # "27,307 in the same period last year": the phrase is the shift, not the period; the
        # period is the one the sentence names for the figure it is compared with
        text = text[: back.start()] + " " * (back.end() - back.start()) + text[back.end() :]
    prev_left = _clause_bounds(text, max(0, c_left - 2), max(0, c_left - 2))[0] if c_left else 0
    after, before = (num.value_end, hi), (lo, num.start)
    if hi < len(text) and text[hi : hi + 1].isdigit():
        # another figure follows in the clause: a period after the word that joins it to this
        # one is that figure's ("A settembre … 10.000 auto e per ottobre punta a quota 20.000")
        joint = _NEXT_ITEM_PERIOD.search(text, num.value_end, hi)
        if joint is not None:
            after = (num.value_end, joint.start())
    ellipsis = _QUARTER_ELLIPSIS.match(text, num.value_end, after[1]) if lang == "en" else None
    if ellipsis is not None:
        # "lost 300 million in the second quarter, narrowing from 500 million in the first":
        # the quarter the sentence names, its number said alone
        said = _resolve(lang, text, ref, status, doc_year)
        if said.kind == "quarter" and said.start is not None:
            n = ORDINAL_WORDS[ellipsis.group(2).lower()]
            q_start = dt.date(said.start.year, 3 * n - 2, 1)
            q_end = _month_end(q_start.year, q_start.month + 2)
            q_as_of = q_end if ref is None or q_end <= ref else None
            return Period(q_start, q_end, ellipsis.group("p"), q_as_of, False, "quarter")
    ahead = min(
        (
            j
            for j in (text.find("(", num.value_end, hi), text.find("（", num.value_end, hi))
            if j >= 0
        ),
        default=-1,
    )
    if ahead >= 0:
        # "第三季度交付10.88万辆（二季度为8.13万辆）": the bracket after the figure tells of another
        after = (num.value_end, ahead)
    opened = max(text.rfind("(", lo, num.start), text.rfind("（", lo, num.start))
    if opened >= 0 and not re.search(r"[)）]", text[opened : num.start]):
        # "108,796 in the third quarter (81,302 in the second quarter and …)": the words
        # before the bracket are not the bracketed figure's
        before = (opened + 1, num.start)
    if _nearer_before(text, num, after, before, ref, status, doc_year, lang):
        after, before = before, after  # "terminé 2024 avec 135 000 unités, ... pour 2025"
    own_start = max(lo, c_left)
    for m in _WITH_CLAUSE.finditer(text, own_start, num.start):
        own_start = m.start()  # "…, with September and October each seeing over 40,000"
    segment = own_start
    for m in _SEGMENT.finditer(text, own_start, num.start):
        segment = m.end()  # "After 135,000 SU7s in 2024, Xiaomi set a goal for 2025 of 300,000"
    spans = (
        after,
        (segment, num.start),
        (own_start, num.start),
        before,
        (c_left, c_right),
        (prev_left, c_left),
    )
    for a, b in (*spans, (0, len(text))):
        if b <= a:
            continue
        p = _resolve(lang, text[a:b], ref, status, doc_year)
        if (
            a == segment
            and b == num.start
            and segment > own_start
            and (p.start is None or _YEAR_WORD_ONLY.fullmatch(p.text or ""))
        ):
            # the last segment before the figure counts only with a period it dates itself
            # ("…, targeting annual sales of" leaves "a roadmap for 2026" before it)
            continue
        if (
            found is not None
            and found.kind in ("cumulative", "window")
            and p.start is not None
            and p.kind != found.kind
        ):
            break  # "自7月6日交付以来，交付量已突破4万台" beside "今年6月": the nearer running total
        if (p.start is not None and not _year_so_far(p, lang)) or p.explicit_as_of:
            if found is not None and p.start is None and found.kind != "none":
                if (a, b) == (0, len(text)) and found.kind == "window":
                    break  # a day stated for another figure of the sentence
                # "said on April 24 ... 5,000 orders in the past four days": the nearer span
                # is the figure's period, the stated day its as_of
                found = Period(found.start, found.end, found.text, p.as_of, True, found.kind)
            else:
                found = p
            break
        if (
            found is not None
            and found.kind == "cumulative"
            and found.start is None
            and not found.explicit_as_of
            and _year_so_far(p, lang)
        ):
            found = p  # "Depuis janvier, … au total": the running total from January 1
        if found is None and p.text:
            found = p
            if p.kind == "month" and LAUNCH_MONTH_RE.fullmatch(p.text):
                break  # "上市第3个月，…交付就突破10000辆，截至目前，10月…": its own month
    year_base = back is not None or bool(_YOY_FROM.search(text, max(0, num.start - 40), num.start))
    if found is None or (year_base and found.start is None and found.kind == "none"):
        if year_base:
            # the base of a year-on-year change whose period the article named earlier
            return Period(None, None, YEAR_BACK, None, False, "none")
        return _resolve(lang, "", ref, status, doc_year)
    if found.start is None and not found.explicit_as_of and found.kind not in ("window", "rate"):
        # a stated day elsewhere in the sentence ("截至3月2日大定超1.9万台") does not date
        # "10分钟内大定突破6900台" beside it
        whole = _resolve(lang, text, ref, status, doc_year)
        if whole.explicit_as_of:
            return whole
    if not found.explicit_as_of:
        whole = _resolve(lang, text[c_left:c_right], ref, status, doc_year)
        if whole.explicit_as_of:
            found = Period(found.start, found.end, found.text, whole.as_of, True, found.kind)
    if found.kind == "cumulative" and not found.explicit_as_of and prev_left < c_left:
        # "截至10月底，小米汽车今年累计交付已超过30万辆", "As of October 31, its deliveries this
        # year ...": the day the clause before states is the running total's
        lead = _resolve(lang, text[prev_left:c_left], ref, status, doc_year)
        if lead.explicit_as_of and lead.start is None and lead.as_of is not None:
            ytd_end = lead.as_of if found.start is not None else found.end
            found = Period(found.start, ytd_end, found.text, lead.as_of, True, "cumulative")
    if found.kind in _CALENDAR and found.text and found.text in text[lo : num.start]:
        # "지난해 판매를 시작한 SU7은 출시 30분 만에 5만대": the window that ends right before
        # the figure is its period, the year further back says when the car went on sale
        near = _resolve(lang, text[max(lo, num.start - _NEAR) : num.start], ref, status, doc_year)
        if near.kind == "window" and near.text:
            return near
    if found.kind == "cumulative" and found.start is None and lang in ("en", "zh"):
        # "Year-to-date deliveries ... stood at 305,000 as of October 31": the as_of after the
        # figure, the year-to-date start before it
        whole = _resolve(lang, text[c_left:c_right], ref, status, doc_year)
        if whole.kind == "cumulative" and whole.start is not None:
            as_of = found.as_of or whole.as_of
            found = Period(
                whole.start, as_of, whole.text, as_of, found.explicit_as_of, "cumulative"
            )
    if (
        found.kind == "cumulative"
        and found.start is not None
        and found.end is None
        and found.explicit_as_of
        and found.as_of is not None
    ):
        # "截至11月18日，…今年已交付": the year to date ends on the day stated
        found = Period(found.start, found.as_of, found.text, found.as_of, True, "cumulative")
    if (
        found.kind == "year"
        and status == "actual"
        and _THIS_YEAR_WORDS.fullmatch((found.text or "").strip())
        and found.explicit_as_of
        and found.as_of is not None
        and found.start is not None
        and found.end is not None
        and found.start <= found.as_of < found.end
    ):
        # "By the end of the third quarter, it had delivered 266,000 cars this year": the
        # year's running total to the day stated, not the unfinished year's figure
        found = Period(found.start, found.as_of, found.text, found.as_of, True, "cumulative")
    named = _year_named_before(text, num, found, lang, ref, status, doc_year)
    if named is not None:
        found = named
    if lang in ("en", "zh"):
        found = _period_after_from(text, num, found, ref, status) or found
    if found.start is not None and found.end is not None and year_base:
        # "up from 27,300 a year earlier": the comparison base is the same period a year back
        start, end = _year_back(found.start), _year_back(found.end)
        return Period(start, end, found.text, end, False, found.kind)
    return found


# "from 500 million in the first quarter to 300 million": the figure after "to" and the
# period that "from" took
_TO_BEFORE = re.compile(
    r"(?:\bto|\binto)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|just\s+)?"
    r"(?:RMB|CNY|US\$|\$|¥)?\s*$|(?:至|到)(?:约|近)?\s*$",
    re.I,
)
_FROM_NEAR = re.compile(r"\bfrom\b|从|由", re.I)
_YEAR_WORD = re.compile(
    r"\b(?:last|this|next|previous|prior)\s+year\b|\byear\s+(?:earlier|ago)\b|去年|今年|明年|上年|同期",
    re.I,
)
_SHIFTED_KINDS = {"month": 1, "quarter": 3, "half_year": 6}


def _period_after_from(
    text: str, num: NumberMention, found: Period, ref: dt.date | None, status: str
) -> Period | None:
    """The period of a change's new figure when only the old one's was named: "rose from
    23.2% in the first quarter to 26.4%", 经营亏损从Q1的5亿元收窄至3亿元, or a second change of
    the same sentence ("…, and the loss narrowed from 500 million to 300 million"): the next
    month, quarter or half, when the words name no year (a year back is the base of a
    year-on-year change, told otherwise) and it has ended by the day of writing."""
    months = _SHIFTED_KINDS.get(found.kind)
    if (
        months is None
        or found.start is None
        or found.end is None
        or not found.text
        or _TO_BEFORE.search(text, max(0, num.start - 24), num.start) is None
    ):
        return None
    at = text.rfind(found.text, 0, num.start)
    if at < 0 or _FROM_NEAR.search(text, max(0, at - 30), at) is None:
        return None  # the period is not the old figure's
    if _YEAR_RE.search(found.text) or _YEAR_WORD.search(found.text):
        return None
    start = found.end + dt.timedelta(days=1)
    last = start.month + months - 2  # months from January, zero-based
    end = _month_end(start.year + last // 12, last % 12 + 1)
    if status == "actual" and ref is not None and end > ref:
        return None
    as_of = end if found.as_of is not None else None
    return Period(start, end, found.text, as_of, False, found.kind)


def _said_after_from(text: str, num: NumberMention, said: Period) -> bool:
    """Whether a change's old figure ("从5亿元", "from 500 million") takes the period the
    sentence's first change gave its old figure ("从Q1的23.2%")."""
    if said.kind not in _SHIFTED_KINDS or said.start is None or not said.text:
        return False
    if _FROM_NEAR.search(text, max(0, num.start - 8), num.start) is None:
        return False
    at = text.rfind(said.text, 0, num.start)
    return at >= 0 and _FROM_NEAR.search(text, max(0, at - 30), at) is not None


def _hardly_begun(period: Period, ref: dt.date | None) -> bool:
    """Whether a quarter, half or year had run less than a tenth of its length when the story
    was written (or had not begun): no actual of it can be told yet."""
    if (
        ref is None
        or period.start is None
        or period.end is None
        or period.kind not in ("year", "half_year", "quarter")
    ):
        return False
    return (ref - period.start).days * 10 < (period.end - period.start).days


def _table_month(
    label: re.Match[str], ref: dt.date | None, status: str, doc_year: int | None
) -> Period | None:
    """The month a table row's label names, in the year of writing (a past month for an
    actual: "Dec: 25,000" in a January story is last December's)."""
    quarter = label.group("q") or label.group("zq")
    if quarter:
        n = int(quarter[1]) if quarter[0] in "Qq" else "一二三四".index(quarter) + 1
        q_year = int(label.group("qy")) if label.group("qy") else (ref.year if ref else doc_year)
        if q_year is None:
            return None
        if (
            not label.group("qy")
            and ref is not None
            and status == "actual"
            and dt.date(q_year, 3 * n - 2, 1) > ref
        ):
            q_year -= 1
        q_start, q_end = dt.date(q_year, 3 * n - 2, 1), _month_end(q_year, 3 * n)
        q_as_of = q_end if status == "actual" and (ref is None or q_end <= ref) else None
        return Period(q_start, q_end, _label_text(label), q_as_of, False, "quarter")
    word = label.group("mon") or ""
    month = MONTHS.get(word.lower().rstrip(".")) if word else None
    if month is None and label.group("zmon"):
        month = int(label.group("zmon"))
    if not month or not 1 <= month <= 12:
        return None
    year = int(label.group("ty")) if label.group("ty") else None
    if year is None:
        year = ref.year if ref else doc_year
        if year is None:
            return None
        if ref is not None and status == "actual" and dt.date(year, month, 1) > ref:
            year -= 1
    start, end = dt.date(year, month, 1), _month_end(year, month)
    as_of = end if status == "actual" and (ref is None or end <= ref) else None
    return Period(start, end, _label_text(label), as_of, False, "month")


def _label_text(label: re.Match[str]) -> str:
    return label.group(0).strip().rstrip(":：(（").strip()


def _met_in_month(
    cfg: ExtractorConfig, text: str, num: NumberMention, lo: int, hi: int, month: str | None
) -> bool:
    """Whether the month said is when a target is met, not the target's own: after the
    figure ("hit its 100,000 target in November") or before the words that meet it
    (在11月完成10万辆交付目标), not inside them ("meet its October target of 40,000").

    The figure is the target met ("to meet its 350,000 annual target" is not the 40,000 to
    deliver in December), the meeting is expected ("expects to hit", 有望; "exceeded its
    target of 10,000 in April" is April's target, reported), and no month names the target
    ("its monthly target", "target of 20,000 for November", 12月交付目标)."""
    met = scan.search(cfg.target_met_re, text, lo, hi)
    if met is None or not month:
        return False
    inside = met.start() <= num.start < met.end()
    # "Xiaomi's 100,000-unit delivery target is expected to be met": right before the words
    before = num.end <= met.start() and (
        not _TO_MEET.search(text, num.end, met.start()) or _MET_IT.search(met.group(0)) is not None
    )
    # "meet its goal of 100,000", "alcanzar su objetivo de 100.000": the target's own figure
    after = met.end() <= num.start and _GOAL_OF.fullmatch(text, met.end(), num.start) is not None
    if not (inside or before or after):
        return False
    if _MONTHS_TARGET.search(text, lo, hi) or month.lower().startswith("for "):
        return False
    if _PAST_MET.search(met.group(0)) and not scan.search(cfg.status_res["forecast"], text, lo, hi):
        return False  # "exceeded its target of 10,000 deliveries in April": April's, reported
    at = text.find(month, lo, hi)
    if at < 0:
        # the month is another clause's ("9月交付超4万辆，预计本周将完成35万台的交付目标", "In
        # November, it expects to meet its 100,000 target"): not the target's own
        return True
    return at >= num.value_end or at + len(month) <= met.start()


# between a figure and the words that meet a target: another purpose ("deliver 40,000 in
# December to meet its annual target") or another item ("10,000 in June and complete the
# target of 100,000"), not the target's own figure
_TO_MEET = re.compile(r"\bto\b|\band\b|\bin\s+order\b|才能|以便|为了|并|和|[,;，；]", re.I)
_MET_IT = re.compile(r"\bit$")  # "… target to 120,000 and expects to meet it"
_GOAL_OF = re.compile(r"\s*(?:of|de|di|von|от|sebesar)\s+(?:about\s+|around\s+|some\s+)?", re.I)
_PAST_MET = re.compile(
    r"\b(?:hit|met|reached|achieved|completed|exceeded|surpassed|beat|attained|fulfill?ed)\b"
    r"|已(?:经)?(?:完成|达成|实现)|超额完成",
    re.I,
)
# a target a month names: "its monthly target", 12月交付目标, 单月目标
_MONTHS_TARGET = re.compile(
    r"\bmonthly\s+(?:\w+\s+)?(?:target|goal)|(?:\d{1,2}\s*月|单月|月度)(?:交付|销量|销售)?目标",
    re.I,
)


_CALENDAR = frozenset(("day", "week", "month", "quarter", "half_year", "year"))
_NEAR = 24  # characters before a figure that hold the window it was counted in


def _said_in_december(period: Period, ref: dt.date | None, years_named: set[int]) -> bool:
    """ "Xiaomi wants to double its sales in 2025. Lei told Reuters it wants to deliver 300,000
    next year." in a story of January 3, 2025: the plan was said in December, and the story
    names the year itself, so "next year" is the new year, not the one after."""
    return (
        ref is not None
        and ref.month == 1
        and ref.day <= _NEW_YEAR_DAYS
        and period.kind == "year"
        and bool(period.text and NEXT_YEAR_RE.search(period.text))
        and period.start is not None
        and period.start.year == ref.year + 1
        and ref.year in years_named
        and ref.year + 1 not in years_named
    )


_NEW_YEAR_DAYS = 15
# "the coming year", 未来一年: twelve months from the day said
_COMING_YEAR = re.compile(
    r"\bthe\s+(?:coming|upcoming)\s+year\b|\bthe\s+year\s+ahead\b|"
    r"\b(?:the\s+)?(?:next|coming)\s+(?:12|twelve)\s+months\b|未来一年|未来12个月|接下来的?一年",
    re.I,
)


def _turn_of_year(ref: dt.date | None) -> int | None:
    """The calendar year "the coming year" names when said within `_NEW_YEAR_DAYS` of New
    Year's Day (that year, or the next when said in late December); None otherwise."""
    if ref is None:
        return None
    if ref.month == 1 and ref.day <= _NEW_YEAR_DAYS:
        return ref.year
    if ref.month == 12 and ref.day > 31 - _NEW_YEAR_DAYS:
        return ref.year + 1
    return None


def _year_named_before(
    text: str,
    num: NumberMention,
    found: Period,
    lang: str,
    ref: dt.date | None,
    status: str,
    doc_year: int | None,
) -> Period | None:
    """ "2025年年初，定的全年任务是30万辆" in a 2026 article: a whole-year word with no year of
    its own ("全年", "full-year", "annual") is the year the sentence named before it, not the
    article's. "This year" stays the article's."""
    if (
        found.kind != "year"
        or not found.text
        or _YEAR_RE.search(found.text)
        or not WHOLE_YEAR_RE.search(found.text)
    ):
        return None
    years = list(_YEAR_RE.finditer(text, 0, num.start))
    if not years:
        return None
    said = _resolve(lang, text[years[-1].start() : years[-1].end() + 1], ref, status, doc_year)
    if said.kind != "year" or said.start is None or said.start == found.start:
        return None
    return Period(said.start, said.end, found.text, said.as_of, said.explicit_as_of, "year")


_NEVER = re.compile("(?!)")
# a table's row label right before its figure: "Aug: 31,000", "8月 3.1万+", "8月：3.1万"
_BRACKETED = re.compile(r"\s?[(（]")
_BRACKET_END = re.compile(r"\s*(?:units|vehicles|cars|辆|台)?\s*[)）]")
# a period that owns the figure after it: "September's 33,000", "Q2's 81,302", "last
# year's 135,000 deliveries", "October's record of 40,000 units"
_POSSESSIVE_PERIOD = re.compile(
    r"\b(?P<p>(?:last|this)\s+(?:year|month|quarter)|(?:the\s+)?(?:first|second|third|fourth)\s+"
    r"quarter(?:\s+of\s+(?:19|20)\d{2})?|Q[1-4](?:\s+(?:19|20)\d{2})?|(?:19|20)\d{2}|"
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?:\s+(?:19|20)\d{2})?)"
    r"['’]s?\s*[(（]?\s*(?:(?:[\w-]+\s+){0,3}?(?:of|at)\s+)?"
    r"(?:about\s+|around\s+|nearly\s+|roughly\s+|some\s+|just\s+|over\s+|more\s+than\s+)?"
    r"(?:RMB\s*|CNY\s*|US\$|\$|¥)?$",
)
_TABLE_LABEL = re.compile(
    r"(?:\b(?P<mon>" + _MONTH_ABBR + r")\.?(?:\s+(?P<ty>(?:19|20)\d{2}))?\s*[:：(（]|"
    r"(?<![\d年.])(?P<zmon>\d{1,2})\s*月(?:份)?\s*[:：(（]?|"
    # "Q1 (75,869), Q2 (81,302)", "二季度（8.13万辆）"
    r"(?:\b(?P<q>Q[1-4])|(?P<zq>[一二三四])季度)(?:\s+(?P<qy>(?:19|20)\d{2}))?\s*[:：(（])\s*$",
    re.I,
)
# between two rows of such a table: "; Aug: ", "；8月 "
_TABLE_GAP = re.compile(
    r"\+?\s*(?:units|vehicles|cars|辆|台)?\s*(?:[;；]\s*|[,，]\s*(?=\S+\s*[:：]|\d))(?:"
    + _MONTH_ABBR
    + r"\.?\s*[:：]|\d{1,2}\s*月(?:份)?\s*[:：]?"
    # a model's or the total's row: "; YU7: 18,612; total: 40,657"
    r"|[A-Za-z][\w .-]{0,20}[:：]|[\u4e00-\u9fff\w]{1,8}[:：])?\s*"
    # "Q1 (75,869), Q2 (81,302) and Q3 (108,796)"
    r"|\s*[)）]\s*[,，;；、]?\s*(?:and\s+|和|及)?(?:Q[1-4]|[一二三四]季度|"
    + _MONTH_ABBR
    + r"\.?|\d{1,2}\s*月)\s*[(（]\s*",
    re.I,
)
# the row of a list that sums the others: "total: 40,657", 合计：4万
_TOTAL_LABEL = re.compile(
    r"\b(?:total|combined|overall|altogether)\s*[:：]\s*$|(?:合计|总计|共计)\s*[:：]?\s*$", re.I
)
# a clause that adds a figure to the sentence's: its own period is nearer than the main one's
_WITH_CLAUSE = re.compile(r",\s*with\b|，其中", re.I)
_SEGMENT = re.compile(r"[,;，；]\s")
# a period named by a year word alone, no number: "annual", "this year", 全年
_YEAR_WORD_ONLY = re.compile(r"\D*")
_AFTER_BREAK = re.compile(
    r"[,;，；]\s*(?:(?:the|le|la|les|el|los|las|il|der|die|a|o|os|as|het)\s+)?$", re.I
)


def _launch_of(
    cfg: ExtractorConfig, text: str, hits: Sequence[tuple[int, int, Entity]], model: Entity
) -> bool:
    """The model named right after a launch word ("desde o lançamento do SU7", "seit dem
    Marktstart des SU7"; data `launch_of`): a point in time, not the owner of the figure."""
    if cfg.lang in ("en", "zh"):
        return False
    first = min((s for s, _, ent in hits if ent is model), default=-1)
    return first >= 0 and cfg.launch_of_re.search(text, max(0, first - 40), first) is not None


# what joins a figure to the next item of a list
# "and", "but", "while" in the languages read
_CONJUNCTIONS = r"and|e|et|y|und|oraz|и|а|ve|dan|và|but|while|whereas|mentre|mais|pero|aber|maar"
_NEXT_ITEM_PERIOD = re.compile(
    r"[;；]|,(?!\d{3})|，|、|\s(?:" + _CONJUNCTIONS + r")\s|和|及|而",
    re.I,
)


YEAR_BACK = "a year earlier"  # period_text of a year-on-year base whose period comes later
# "rose 9 per cent year-on-year from 238,650 yuan to 260,053 yuan": the base is a year back
_YOY_FROM = re.compile(
    r"\b(?:year[- ]on[- ]year|YoY|y/y)\s+from\s+(?:RMB|CNY|US\$|\$|¥)?\s*$|同比由\s*$", re.I
)


def _year_back(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


_QUARTER_ELLIPSIS = re.compile(
    r"[^,;.]{0,30}?\b(?P<p>(?:in|during|for)\s+the\s+(first|second|third|fourth))\s*(?=[,;.)]|$)",
    re.I,
)


def _nearer_before(
    text: str,
    num: NumberMention,
    after: tuple[int, int],
    before: tuple[int, int],
    ref: dt.date | None,
    status: str,
    doc_year: int | None,
    lang: str,
) -> bool:
    """Whether a dated period before the number is nearer to it than one after it."""
    if after[1] <= after[0] or before[1] <= before[0]:
        return False
    pa = _resolve(lang, text[after[0] : after[1]], ref, status, doc_year)
    pb = _resolve(lang, text[before[0] : before[1]], ref, status, doc_year)
    if not pa.text or not pb.text or not (_placed(pa) and _placed(pb)):
        return False
    ia = text.find(pa.text, after[0], after[1])
    ib = text.rfind(pb.text, before[0], before[1])
    if ia < 0 or ib < 0:
        return False
    gap_before = text[ib + len(pb.text) : num.start]
    if re.search(r"[,;，；、]|\bto\b|至|到", gap_before):
        # "during the second quarter, up from 18.1 billion during the first"; "from 500
        # million in the first quarter to 300 million in the second": the joiner's own
        return False
    if lang not in ("en", "zh") and _JOINED_BEFORE.search(gap_before):
        # "40.000 coches en octubre y 38.000 en septiembre", "vào tháng 10 và 38.000 xe vào
        # tháng 9": the period before the joiner is the item before's
        return False
    return len(gap_before) < ia - num.end


_JOINED_BEFORE = re.compile(r"(?<![^\W\d_])(?:" + _CONJUNCTIONS + r")(?![^\W\d_])", re.I)


def _placed(p: Period) -> bool:
    """A period that places a figure: dated, or a window ("in the first three minutes")."""
    return p.start is not None or p.kind == "window"


_MONEY_LABELS = {"operating profit", "operating loss", "gross profit"}
_CHANGE_BEFORE = re.compile(
    r"(?:\b(?:up|down|rose|fell|climbed|grew|jumped|surged|dropped|declined|increased|decreased|"
    r"leap|by|improved|widened|narrowed|expanded|shrank|gain(?:ed|ing)?)\b[^,.;]{0,12}|增长?|增加|下降|减少|升|降|多|少|增幅(?:达)?|降幅(?:达)?)\s*$",
    re.I,
)


# the count of stores named before its figure: 门店数量达到1000家, "its store count reached 402",
# "the number of its car stores rose to 402"
_STORE_COUNT_BEFORE = re.compile(
    r"(?:门店|展厅|销售网点|销售门店)(?:总)?数(?:量|目)?[^，。；,;\d]{0,8}$"
    r"|\bstore\s+(?:count|network|tally)\b[^,.;\d]{0,24}$"
    r"|\bnumber\s+of\s+(?:its\s+|their\s+)?(?:[a-z]+\s+)?(?:stores|showrooms|outlets)\b"
    r"[^,.;\d]{0,24}$",
    re.I,
)
# a change in a count of stores: "added 12 car stores", 新增12家门店: read (for "bringing its
# total to 402" after it) but not kept
_STORES_ADDED = re.compile(
    r"\b(?:add|adds|added|adding|opened\s+(?:another|a\s+further)|net\s+(?:addition|increase)\s+"
    r"of)\s+(?:about\s+|some\s+|roughly\s+|nearly\s+)?$|(?:新增|新开|净增)(?:了)?\s*(?:约|近)?\s*$",
    re.I,
)

_TOTAL_AFTER = re.compile(
    r"\b(?:bringing|taking|lifting|pushing)\s+(?:its|the|their)\s+(?:[\w-]+\s+)?"
    r"(?:total|tally|count|network)\s+to\b",
    re.I,
)


def _counted_noun(pattern: re.Pattern[str], num: NumberMention) -> bool:
    """ "402 car stores": "car" read as the figure's unit, the noun after it is what is counted."""
    return (
        num.unit == "vehicles"
        and num.count_noun is not None
        and bool(pattern.match(num.count_noun))
    )


def _label_fits(label: str, num: NumberMention, before: str) -> bool:
    if label in _MONEY_LABELS:
        return num.unit in ("CNY", "USD", "HKD", "EUR")
    if label == "gross margin":
        return num.unit == "percent" and not _CHANGE_BEFORE.search(before)
    return num.unit is None and num.value == int(num.value)


def _label(
    cfg: ExtractorConfig, text: str, num: NumberMention, c_left: int, c_right: int
) -> str | None:
    """What an `other` figure counts: the noun right after it ("402 stores"), else the nearest
    labelled cue in its clause that fits the number's unit ("operating profit of 700 million
    yuan", "a gross margin of 25.5%"); None when nothing fits."""
    before = text[max(0, num.start - 30) : num.start]
    after = text[num.value_end : num.value_end + 40].lstrip(" ")
    for label, pattern in cfg.label_res:
        if (
            label in NOUN_LABELS
            and pattern.match(after)
            and (_label_fits(label, num, before) or _counted_noun(pattern, num))
        ):
            return label
    if _label_fits("stores", num, before) and scan.search(_STORE_COUNT_BEFORE, before):
        return "stores"  # 门店数量达到1000家, "its store count rose to 402"
    best: tuple[int, str] | None = None
    for label, pattern in cfg.label_res:
        if label in NOUN_LABELS or not _label_fits(label, num, before):
            continue
        for m in scan.finditer(pattern, text, c_left, c_right):
            dist = num.start - m.end() if m.end() <= num.start else m.start() - num.end
            if dist >= 0 and (best is None or dist < best[0]):
                best = (dist, label)
    return best[1] if best else None


# the end of an offer: "until August 31", "through the end of June", 8月31日前下单, 月底前
_OFFER_DEADLINE = re.compile(
    r"\b(?:until|till|through|before)\s+(?:the\s+end\s+of\s+)?(?:" + _MONTH_ABBR + r"|\d)"
    r"|(?:\d{1,2}\s*[日号]|月底|月末)\s*(?:之前|以前|前)",
    re.I,
)
# a goal changed to a new figure: "又上调至", "提升至", "raised … to"
_ZH_RAISED_TO = re.compile(r"(?:上调|下调|提升|提高|上修|下修|调整|调|降低|削减)[至到为]\s*$")
_WHEN_MONTH = re.compile(
    r"(?:in\s+)?(?:" + _MONTH_ABBR + r")\.?(?:\s+\d{4})?|(?:\d{4}\s*年\s*)?\d{1,2}\s*月份?", re.I
)
_EN_RAISED = re.compile(
    r"\b(?:raised|lifted|increased|upped|cut|lowered|trimmed|revised|reduced)\b", re.I
)


def _period_kind(
    metric: str,
    period: Period,
    num: NumberMention,
    text: str,
    average: bool = False,
    cfg: ExtractorConfig | None = None,
) -> str:
    """The period's kind, with what the metric and the number imply: a capacity is a rate, a
    price (but an average one) or a headcount has none, a milestone ("the 500,000th car", 第50万辆) is a running
    total, a delivery target with no stated period is a year's."""
    if (
        _milestone(num, text, cfg)
        and metric in _MILESTONE_METRICS
        and not _months_own(period, text, num)
    ):
        return "cumulative"
    if metric in ("deliveries", "production") and period.kind in ("none", "window", "day"):
        before = text[max(0, num.start - 40) : num.start]
        if _FIRST_N.search(before) or _TOOK_DAYS.search(text):
            # "its first 100,000 cars", "10万台只用了230天": a milestone of the running total
            return "cumulative"
    if (
        metric in ("deliveries", "production", "investment", "rd_spend")
        and period.kind == "none"
        and _HAS_REACHED.search(text)
    ):
        # "deliveries have exceeded 258,000", 交付量已突破30万台: with no period, a running total
        return "cumulative"
    after = text[num.end : num.end + 25]
    purpose = _TO_MEET.search(after)
    near = (
        text[max(0, num.start - 12) : num.start]
        + " "
        + after[: purpose.start() if purpose else None]
    )
    if (
        metric == "delivery_target"
        and period.kind not in ("year", "none")
        and (WHOLE_YEAR_RE.search(near) or _YEAR_END.search(near))
    ):
        # "预计11月提前完成全年10万辆交付目标": the target is the year's, November is when
        return "year"
    if (
        metric == "delivery_target"
        and period.kind == "month"
        # when it changed ("in July", 11月), not the goal's own month ("June production target")
        and _WHEN_MONTH.fullmatch(period.text or "")
        and (
            _ZH_RAISED_TO.search(text, max(0, num.start - 8), num.start)
            or (
                re.search(r"\bto\s*$", text[max(0, num.start - 6) : num.start])
                and _EN_RAISED.search(text, 0, num.start)
            )
        )
    ):
        # "11月又上调至13万辆", "raised its 2024 target … to 130,000 in November": the month is
        # when the goal changed, the goal is the year's
        return "year"
    if metric == "production_capacity" and period.kind in ("none", "year", "month"):
        return "rate"
    if metric in ("price", "headcount") and period.kind not in ("quarter", "year", "half_year"):
        return "none"
    if metric == "price" and not average:
        # a launch or list price named beside "in the second quarter" is no quarter's figure;
        # an average selling price of the quarter is
        return "none"
    if metric == "buyer_share" and period.kind in ("rate", "week", "day", "window"):
        return "none"
    if metric in _ORDER_METRICS and period.kind == "none":
        # orders stated with no window are the count since orders opened, to the day stated
        return "cumulative"
    if metric == "delivery_target" and period.kind == "none":
        return "year"
    return period.kind


_MILESTONE_METRICS = frozenset(
    {"deliveries", "production", "orders", "locked_orders", "reservations", "test_mileage"}
)
_MILESTONE_REACH = 30  # characters either side of a figure that hold its "mark" word


_OWN_MONTH = re.compile(r"\bmonthly\b|单月|單月|月度|月销量|月交付量", re.I)


def _months_own(period: Period, text: str, num: NumberMention) -> bool:
    """ "Its August deliveries surpassed the 30,000-unit mark", 9月单月交付量突破4万辆大关: a
    month's own figure passing a round number, not a running total."""
    if period.kind != "month" or period.text is None:
        return False
    near = text[max(0, num.start - 16) : num.start]
    if _PUSHED_PAST.search(text, max(0, num.start - 60), num.start):
        return False  # "August deliveries pushed Xiaomi past the 300,000-unit mark": the total's
    return bool(
        MONTH_NOUN_RE.search(period.text)
        or _OWN_MONTH.search(period.text)
        or _OWN_MONTH.search(near)
        or _MONTH_ALONE.search(text)
    )


# a month's figure that carries the running total past a mark
_PUSHED_PAST = re.compile(
    r"\b(?:push(?:ed|es|ing)?|took|takes|carried|brought|lift(?:ed|s)?)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:past|over|above|beyond)\s+(?:the\s+)?$",
    re.I,
)
_MONTH_ALONE = re.compile(r"\b(?:in|for|during)\s+[A-Z][a-z]+\s+alone\b")


def _milestone(num: NumberMention, text: str, cfg: ExtractorConfig | None = None) -> bool:
    """A mark of the running total: "the 500,000th car", 第50万辆, "the 100,000 mark", "le cap
    des 100 000" (data `milestone`, looked for right before or after the figure)."""
    if num.count_noun == "th" or text[max(0, num.start - 1) : num.start] == "第":
        return True
    if cfg is None:
        return False
    a, b = max(0, num.start - _MILESTONE_REACH), min(len(text), num.end + _MILESTONE_REACH)
    return any(
        not re.search(
            r"\d", text[m.end() : num.start] if m.end() <= num.start else text[num.end : m.start()]
        )
        for m in scan.finditer(cfg.milestone_re, text, a, b)
    )


_FIRST_N = re.compile(r"\b(?:its|the|their)\s+first\s+$|首批\s*$", re.I)
_TOOK_DAYS = re.compile(
    r"(?:只|仅|僅|才)?用(?:了|时|時)?\s*\d+\s*天|\btook\s+(?:\w+\s+){0,4}?(?:just\s+|only\s+)?"
    r"(?:over\s+|under\s+)?(?:\d+|\w+)\s+(?:days|months)\b",
    re.I,
)
_HAS_REACHED = re.compile(
    r"\b(?:has|have)\s+(?:now\s+|already\s+|so\s+far\s+)?(?:delivered|produced|built|exceeded|"
    r"surpassed|passed|topped|reached|invested|crossed|handed\s+over)\b|"
    r"已(?:经|經)?(?:累计|累計)?(?:突破|超过|超過|达到|達到|交付|投入|生产|生產)|截至目前|目前已",
    re.I,
)
_YEAR_END = re.compile(r"年底|年末|\bby\s+(?:the\s+)?(?:end\s+of\s+the\s+year|year[- ]end)\b", re.I)


def _average(
    cfg: ExtractorConfig, text: str, num: NumberMention, c_left: int, c_right: int
) -> bool:
    """Whether the figure is an average: its clause says so before it or right after it
    ("253,662 yuan per vehicle", no price word between), or it names no price of its own and the sentence before
    it does ("the average selling price rose ..., to 253,662"). Only an average price is a
    period's; "priced at" in its own clause is a list price, and "拉高了整体均价" later on
    says nothing of it."""
    price = next((p for m, p in cfg.metric_res if m == "price"), None)
    if scan.search(cfg.average_re, text, c_left, num.start):
        return True
    after = scan.search(cfg.average_re, text, num.end, min(c_right, num.end + _AVERAGE_AFTER))
    if after and not (price and scan.search(price, text, num.end, after.start())):
        return True  # not "52.99万元的售价拉高了整体均价": a price named between is the figure's
    if price is not None and scan.search(price, text, c_left, c_right):
        return False
    return scan.search(cfg.average_re, text, 0, c_left) is not None


_AVERAGE_AFTER = 24  # "CNY 228,644 (USD 31,340) per vehicle"


def _before_reference(end: dt.date, ref: dt.date | None, doc_year: int | None) -> bool:
    if ref is not None:
        return end < ref
    return doc_year is not None and end.year < doc_year


# a part of the figure before: "with the SU7 accounting for 25,000", "of which 25,000"
_SHARE_OF = re.compile(
    r"\b(?:accounting\s+for|making\s+up|representing|of\s+which|comprising)\s+"
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|more\s+than\s+|over\s+)?$"
    # "累计交付已超40万台，其中SU7超30万台": the part of the total just named
    r"|其中[^，。；,;]{0,14}?(?:超过?|约|近|逾|达|为|有)?\s*$",
    re.I,
)
_ABSOLUTE = re.compile(
    r",\s*(?:with|while|and|of\s+which|including)\s|[,，]\s*其中"
    r"|,\s*the\s+(?=[\w\s-]{1,24}?\s(?:accounted|made\s+up|contributed|represented)\b)",
    re.I,
)
_NEXT_FIGURE = re.compile(r"\d")


def _metric(
    cfg: ExtractorConfig,
    text: str,
    num: NumberMention,
    lo: int,
    hi: int,
    c_left: int,
    c_right: int,
    cues: list[tuple[int, int, int, str]],
) -> str | None:
    if num.count_noun and cfg.other_noun_re.match(num.count_noun):
        return None
    after = text[num.value_end : num.value_end + 40].lstrip(" ")
    if any(p.match(after) for label, p in cfg.label_res if label in NOUN_LABELS):
        return "other"  # "402 sales stores": a count of stores, not of cars sold
    best: tuple[int, int, str] | None = None
    for start, end, rank, metric in cues:
        if start < lo or end > hi:
            continue
        if end <= num.start:
            if (
                metric == "delivery_target"
                and _PARTICIPLE_AFTER.search(text, end, num.start)
                and scan.search(cfg.target_beaten_re, text, max(0, start - 40), end)
            ):
                continue  # "is likely to beat its goal, shipping 420,000": not the goal's figure
            dist = num.start - end
            if _ABSOLUTE.search(text, end, num.start):
                # "196,000 pre-orders, with 128,000 buyers locking in": past "with", the
                # figure's own words follow it
                dist += 20
        elif start >= num.value_end:
            if _NEXT_ITEM.search(text, num.end, start):
                continue  # "9 billion and revenue ...": the cue of the next item
            if metric == "delivery_target" and (
                cfg.target_beaten_re.search(text, num.value_end, end + 2)
                or cfg.target_met_re.search(text, num.value_end, end + 2)
            ):
                continue  # "deliveries of 135,000 beat the target": the goal is the object
            dist = max(0, start - num.value_end)
        else:
            continue
        if not _cue_fits(metric, num):
            continue
        key = (dist, rank, metric)
        if best is None or key < best:
            best = key
    if (
        best is not None
        and best[2] == "deliveries"
        and cfg.lang not in ("en", "zh")
        and any(
            m == "delivery_target" and lo <= a and _GOAL_RIGHT_BEFORE.fullmatch(text, b, num.start)
            for a, b, _, m in cues
        )
    ):
        # "Jahresziel von 350.000 Auslieferungen", "jaardoel van 350.000 leveringen": the goal
        # named right before its figure, counted in deliveries
        best = (0, 0, "delivery_target")
    if num.unit == "percent":
        if _buyer_share(text, num, c_left, c_right):
            return "buyer_share"
        # the languages of data/lang/ name the buyers in their own words, right beside the
        # share: after it ("30 % des acheteurs") or just before it ("購入者の約30%"), not a
        # count that grew by so much ("Число клиентов Xiaomi выросло на 30%"; data
        # `buyer_share`)
        if cfg.lang not in ("en", "zh") and any(
            m == "buyer_share"
            and lo <= a
            and b <= hi
            and (0 <= a - num.value_end <= 30 or 0 <= num.start - b <= 12)
            for a, b, _, m in cues
        ):
            return "buyer_share"
        return None
    if (
        (best is None or best[2] in ("deliveries", "production"))
        and num.unit in (None, "vehicles")
        and _WINDOW_AFTER.match(text, num.end)
    ):
        return "orders"  # "50,000 units in 27 minutes": a launch's order count, not output
    if best is None:
        if (
            num.unit in MONEY_UNITS
            and _PRICE_LIKE.search(text[c_left:c_right])
            and not _DISCOUNT.search(text[c_left:c_right])
        ):
            return "price"  # "the SU7 Max at 299,900 yuan"
        return None
    metric = best[2]
    if metric == "buyer_share":
        return None
    if metric == "deliveries" and num.unit in MONEY_UNITS:
        return "revenue" if re.search(r"sales|revenue|营收|收入", text[lo:hi], re.I) else None
    if metric in ("investment", "price", "revenue") and re.search(
        r"R&D|research and development|研发", text[lo:hi], re.I
    ):
        return "rd_spend"
    if (
        metric == "investment"
        and cfg.lang not in ("en", "zh")
        and any(m == "rd_spend" and lo <= a and b <= hi for a, b, _, m in cues)
    ):
        return "rd_spend"  # "invertirá 60.000 millones de yuanes en I+D"
    if metric == "headcount" and re.match(
        r"\s*(?:[A-Z][\w']*\s+){0,3}(?:employees|staff|engineers|workers|people)\s+(?!(?:are|were|work|working)\b)\w+ed\b",
        text[num.start + len(text[num.start : num.end]) :],
    ):
        return None  # "100 employees obtained licences": some staff, not the headcount
    if metric == "test_mileage" and num.unit != "km":
        return None
    if num.unit == "km" and metric != "test_mileage":
        return None
    return metric


# A quarter or a half year named in a sentence, in any of the languages: a cheap test (plain
# substrings) before the full period resolution.
_REPORTING_PERIOD_WORDS = (
    "quarter", "q1", "q2", "q3", "q4", "h1", "h2", "half", "季", "半年", "trimest", "quartal",
    "halbjahr", "四半期", "上期", "下期", "분기", "반기", "квартал", "полугоди", "kuartal",
    "semest", "quý", "çeyrek", "kwarta", "półrocz", "kwartaal", "halfjaar", "決算", "月期",
)  # fmt: skip


def _names_reporting_period(text: str) -> bool:
    low = text.lower()
    return any(word in low for word in _REPORTING_PERIOD_WORDS)


# A results article for a whole year: "full-year results", "annual results for 2024", 年报
_FULL_YEAR_RESULTS = re.compile(
    r"\b(?:full[- ]year|annual|fiscal[- ]year)\s+(?:20\d\d\s+)?(?:results|earnings|report)"
    r"|\b(?:results|earnings)\s+for\s+(?:the\s+(?:full\s+|fiscal\s+)?year\s+)?(?:of\s+)?20\d\d"
    r"|全年业绩|年度业绩|年报|全年财报|20\d\d\s*年(?:全年|度)?(?:业绩|财报)",
    re.I,
)
# Figures a results article reports for its quarter without repeating the quarter.
_REPORTED = {"revenue", "net_loss", "other", "deliveries", "production", "price", "rd_spend"}
_NON_CAR_SEGMENT = re.compile(
    r"\b(?:smartphones?|phones?|handsets?|IoT|AIoT|internet\s+services|lifestyle\s+products|"
    r"TVs?|televisions?|tablets?|laptops?|wearables?|home\s+appliances?)\b|"
    r"手机|IoT|AIoT|生活消费产品|互联网服务|电视|平板|笔记本|家电",
    re.I,
)


def _non_car_money(text: str, c_left: int, start: int, before: bool = False) -> bool:
    """Whether the segment named last before an amount is phones or IoT: in its clause, or
    earlier in the sentence with no car segment named since ("智能手机业务，上季收入459.69亿元"),
    or, for "this segment" or 该业务 with no segment named in the sentence, in the sentences
    before (`before`: "Smartphone shipments rose … Revenue from this segment fell …")."""
    if _NON_CAR_SEGMENT.search(text, c_left, start):
        return True
    last_other = max((m.end() for m in _NON_CAR_SEGMENT.finditer(text, 0, start)), default=-1)
    last_car = max((m.end() for m in _CAR_SEGMENT_NAME.finditer(text, 0, start)), default=-1)
    if last_other == last_car == -1 and before:
        return _SEGMENT_ANAPHOR.search(text, 0, start) is not None
    return last_other > last_car


def _last_segment_non_car(text: str) -> bool | None:
    """Whether the business a sentence names last is phones or gadgets (None: it names none)."""
    last_other = max((m.end() for m in _NON_CAR_SEGMENT.finditer(text)), default=-1)
    last_car = max((m.end() for m in _CAR_SEGMENT_NAME.finditer(text)), default=-1)
    if last_other == last_car == -1:
        return None
    return last_other > last_car


# a business named by pointing back: "this segment", "the division", 该业务, 这一分部
_SEGMENT_ANAPHOR = re.compile(
    r"\b(?:this|that|the)\s+(?:segment|division|unit|business)\b|(?:该|这一|此)(?:业务|分部|板块)",
    re.I,
)


def _locale_non_car_money(cfg: ExtractorConfig, text: str, start: int) -> bool:
    """The languages of data/lang/: phones (data `non_car`) named after the last car word
    before an amount ("スマホ事業が947億元", "los ingresos por smartphones")."""
    last_other = max((m.end() for m in cfg.non_car_re.finditer(text, 0, start)), default=-1)
    cars = cfg.business_res["cars"]
    last_car = max((m.end() for m in cars.finditer(text, 0, start)), default=-1)
    # "スマートフォン大手、小米集団が…売上高1160億元": a maker described, then named, is the group
    return last_other > last_car and not scan.search(cfg.entity_re, text, last_other, start)


_CAR_SEGMENT_NAME = re.compile(
    r"\b(?:EVs?|smart\s+EV|cars?|vehicles?|automotive|new\s+initiatives?)\b|汽车|电动车|创新业务|新业务",
    re.I,
)
_GOAL_MET = re.compile(
    r"\b(?:has|have|had)\s+(?:already\s+)?(?:met|reached|achieved|hit|exceeded|surpassed|completed)"
    r"\s+(?:its|the|their)\s+(?:[\w-]+\s+){0,3}(?:goal|target)\s+of\s+(?:about\s+)?$",
    re.I,
)
_ESTIMATE_GAP = re.compile(
    r"^[\s,，;；(（]*(?:against|versus|vs\.?|beating|above|below|compared\s+with)?\s*"
    r"(?:an?\s+|the\s+)?(?:analysts?'?\s+|market\s+|consensus\s+)?(?:estimates?|forecasts?|"
    r"expectations?|projections?|consensus)\s*(?:of\s+)?$|^[\s,，;；(（]*(?:市场)?(?:预估|预期|预计|预测)(?:为|值)?\s*$"
    # the estimate closes a longer gap: "... for the quarter ended September, beating Wall
    # Street projection of"; "beating the" before "114.7 billion yuan average of estimates"
    # ("compared with" alone, with no estimate named, opens a past base, not a forecast)
    r"|[,，]\s*(?:(?:beating|topping|missing)\s+(?:the\s+)?(?:{names}\s+)*(?:{est}\s*(?:of\s+)?)?"
    r"|(?:above|below|against|versus|compared\s+with)\s+(?:the\s+)?(?:{names}\s+)*{est}\s*(?:of\s+)?)$".format(
        names=r"(?:Wall\s+Street|analysts?'?|market|consensus|LSEG|Bloomberg|Visible\s+Alpha)",
        est=r"(?:estimates?|forecasts?|expectations?|projections?|consensus)",
    ),
    re.I,
)
# after the figure: "the 114.7 billion yuan average of 15 analyst estimates"
_ESTIMATE_AFTER = re.compile(
    r"\s*(?:[\w$¥]+\s+){0,2}?(?:average|mean|median|consensus)\s+(?:of\s+)?(?:\d+\s+)?"
    r"(?:analysts?'?|analyst)\s+(?:estimates?|forecasts?|projections?)",
    re.I,
)
# "18.6 billion and 20.6 billion yuan": the unit said once, after the last
_SHARED_UNIT_GAP = re.compile(r"\s*(?:,\s*)?(?:and|or|to|versus|vs\.?|,|、|和|及|与)\s*")


# money words right before an amount in 亿 with no currency: "营收283亿", "亏损3亿"
_ZH_MONEY_BEFORE = re.compile(
    r"(?:营收|收入|营业额|亏损|净亏|净利润?|利润|投入|投资|研发费用)[^\d，。；]{0,4}$"
)


def _shared_units(text: str, numbers: list[NumberMention]) -> list[NumberMention]:
    """A money amount with no currency, joined by "and"/和 to one with it, is in that
    currency; one in 亿 right after a money word ("营收283亿", headline style) is in yuan."""
    out = [
        dataclasses.replace(n, unit="CNY")
        if n.unit is None
        and n.value >= 1e8
        and "亿" in text[n.start : n.end + 1]
        and _ZH_MONEY_BEFORE.search(text, max(0, n.start - 10), n.start)
        else n
        for n in numbers
    ]
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        if (
            a.unit is None
            and b.unit in MONEY_UNITS
            and _SHARED_UNIT_GAP.fullmatch(text, a.end, b.start)
            and (a.value >= 1e6 or (a.value == int(a.value) and a.value >= 1000))
        ):
            out[i] = dataclasses.replace(a, unit=b.unit)
    return out


# "priced from 215,900 yuan to 303,900 yuan", "售价21.59万元至30.39万元": one range, each end
# with its currency; not a change ("cut the price from 215,900 yuan to 199,900 yuan")
_RANGE_FROM = re.compile(
    r"(?:\b(?:from|between)|售价|价格|定价|价位)\s*(?:RMB|CNY|US\$|\$|¥)?\s*$", re.I
)
_RANGE_TO = re.compile(r"\s*(?:to|and|至|到|[-–~])\s*(?:RMB|CNY|US\$|\$|¥)?\s*", re.I)
_CHANGE_VERB = re.compile(
    r"\b(?:cut|cuts|raised?|raising|lower(?:ed|s|ing)?|reduc(?:ed|es|ing)|increas(?:ed|es|ing)|"
    r"drop(?:ped|s)?|fell|rose|slash(?:ed|es)?|trimm(?:ed|ing)|hik(?:ed|es)|down|up)\b|下调|上调|降|涨|调整",
    re.I,
)


def _money_ranges(text: str, numbers: list[NumberMention]) -> list[NumberMention]:
    """Two amounts of one currency said as the ends of a range: one mention with value_max."""
    out: list[NumberMention] = []
    i = 0
    while i < len(numbers):
        a = numbers[i]
        b = numbers[i + 1] if i + 1 < len(numbers) else None
        if (
            b is not None
            and a.unit in MONEY_UNITS
            and a.unit == b.unit
            and a.value_max is None
            and b.value_max is None
            and a.value < b.value
            and _RANGE_TO.fullmatch(text, a.end, b.start)
            and _RANGE_FROM.search(text, max(0, a.start - 12), a.start)
            and not _CHANGE_VERB.search(text, max(0, a.start - 40), a.start)
        ):
            out.append(dataclasses.replace(a, value_max=b.value, end=b.end))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


_CONVERSION = re.compile(
    # "(about $41,500)", or after a comma with the word: "10 miliardi di yuan, circa 1,4
    # miliardi di euro"
    r"[,，]\s*(?:约合|折合|about|around|roughly|approximately|environ|circa|cerca\s+de|unos|"
    r"rund|etwa|umgerechnet|около|примерно|khoảng|sekitar|yaklaşık|およそ)\s*(?:US|R)?\s*"
    r"[$€¥£₩]?\s*$|"
    r"[(（]\s*(?:from\s+)?(?:约合|约|折合|合|約|약|about|around|approx\.?|roughly|~|≈|cerca\s+de|aprox\.?|"
    r"aproximadamente|unos|unas|uns|umas|soit|environ|circa|quasi|ca\.|etwa|rund|umgerechnet|"
    r"ongeveer|około|около|примерно|khoảng|sekitar|yaklaşık|およそ)?\s*(?:人民币|RMB|US|R)?\s*"
    r"[$€¥£₩]?\s*$",
    re.I,
)
# a count between a figure and a name after it (a year is no count)
_LATER_FIGURE = re.compile(
    r"(?<![\w.,])(?!(?:19|20)\d\d(?![\d.,]))(\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+|\d{3,})(?!\d)"
    r"|(?<![\w.,])(\d+)\s*(mil|tys|тыс|nghìn|bin|ribu|万|만)"
)


def _part_between(text: str, num: NumberMention, pos: int) -> bool:
    """A smaller count between a figure and a name after it: the part of the total that the
    name is ("31.000 ..., só 6.100 eram do YU7"), not a later, larger mark ("180 000 ... au 1er
    mars et ... le cap des 200 000 SU7")."""
    for m in _LATER_FIGURE.finditer(text, num.end, pos):
        digits = re.sub(r"\D", "", m.group(1) or m.group(2) or "")
        if not digits:
            continue
        value = float(digits) * (_PART_SCALE.get(m.group(3), 1000.0) if m.group(2) else 1.0)
        if value < num.value:
            return True
    return False


_PART_SCALE = {"万": 1e4, "만": 1e4}
_NEXT_ITEM = re.compile(r"\s(?:and|while|but|whereas)\s|[,;，；]|和|及|而")
# "12,483 units, or 45.7% up", "gaining 4.4%, or RMB10,000": the size of a change
_CHANGE_AMOUNT_AFTER = re.compile(
    r",?\s+or\s+[\d.,]+\s*(?:%|per\s*cent)"
    # a gap between two prices: "$4,000 cheaper than", "20,000 yuan less than"
    r"|\s*(?:yuan\s+|dollars\s+)?(?:cheaper|less|lower|more\s+expensive|dearer|more|higher|"
    r"pricier)\s+than\b"
    # "3,000 fewer people", "30,000 more cars": how many more or fewer, not a level
    r"|\s+(?:fewer|more|additional|extra)\s+(?:[\w-]+\s+)?(?:people|staff|employees|workers|"
    r"engineers|cars|vehicles|units|orders|deliveries)\b",
    re.I,
)
_CHANGE_AMOUNT_BEFORE = re.compile(
    r"(?:%|per\s*cent),?\s+or\s+(?:about\s+|around\s+)?$"
    # a price cut or rise by an amount: "直降28.5万元", "便宜了3万元", "a cut of 20,000 yuan"
    r"|(?:直降|降价|便宜了?|优惠|下调|上调|降低了?|直减|立减)\s*(?:了\s*)?$"
    # "比Pro版贵5.4万元", "比9月多5000辆": the gap to what it is compared with
    r"|比[^，。,;；\d]{0,12}?(?:贵|便宜|高|低|多|少)(?:了|出)?\s*$"
    # "距离目标仅差不到5万辆", "short of the goal by 50,000": what is missing, not a level
    r"|(?:仅差|还差|只差|相差|差距)(?:不到|约|近|超过)?\s*$"
    r"|\b(?:target|goal|short)\s+by\s+(?:about\s+|nearly\s+|some\s+)?$"
    r"|\b(?:cut|discount|reduction|markdown)\s+(?:of\s+)?(?:up\s+to\s+)?(?:RMB|CNY|US\$|\$|¥)?\s*$",
    re.I,
)
_PREVIOUS_VALUE = re.compile(
    r"(?:\b(?:up|down|rising|rose|fell|grew|climbed|jumped|increased|decreased|compared)\s+"
    r"(?:from|to|with)|\bversus|\bvs\.?|较|相比|同比)\s*(?:the\s+|about\s+|around\s+)?$",
    re.I,
)
_ACTUAL_OF = {"delivery_target": "deliveries"}
# output as it runs, not what a plant could build: "is producing around 24,000 a month",
# "runs at a rate of about 40,000 cars a month"
_OUTPUT_NOW = re.compile(
    r"\b(?:is|are|was|were)\s+(?:now\s+|currently\s+)?(?:producing|building|making|turning\s+out)\b"
    r"|\b(?:runs?|running|ran)\s+at\s+(?:a\s+)?(?:rate|pace)\s+of\b",
    re.I,
)
_RATE_AFTER = re.compile(
    r"\s*(?:[^\W_]+\s+){0,2}?(?:per|a|an|each|every)\s+(?:year|month|week|day|annum)\b"
    r"|\s*(?:/\s*(?:year|month|năm|tháng|año|an|Jahr|ano|anno|jaar|rok|год|yıl)|每年|每月)"
    # other languages: "150.000 unità all'anno", "al año", "par an", "pro Jahr", "в год"
    r"|\s*(?:[^\W_]+\s+){0,2}?(?:all'anno|all’anno|al\s+año|por\s+año|ao\s+ano|por\s+ano|"
    r"par\s+an|pro\s+Jahr|im\s+Jahr|per\s+jaar|в\s+год|rocznie|per\s+tahun|mỗi\s+năm|"
    r"yıllık|yılda)",
    re.I,
)
_WINDOW_AFTER = re.compile(
    r"\s*(?:in|within)\s+(?:just\s+|only\s+|the\s+first\s+)?(?:\d+|one|two|three|four|five|ten|an?)\s+"
    r"(?:minutes?|hours?)\b",
    re.I,
)


def _unit_kind(unit: str | None) -> str:
    if unit in MONEY_UNITS:
        return "money"
    if unit in ("percent", "points"):
        return "percent"
    return "count"


# a change's amount right before the figure ("cut its price by", "下调", "降价"), with the new
# level after it ("to 195,900 yuan", 至19.59万元)
_CHANGE_BY = re.compile(
    r"\b(?:cut|cuts|lowered|lowers|reduced|reduces|slashed|slashes|raised|raises|increased|"
    r"dropped|hiked|trimmed)\b[^.;,，。；]{0,30}\bby\s+(?:RMB|CNY|US\$|\$|¥)?\s*$"
    r"|(?:[上下]调|降价|降低|涨价|优惠|便宜)(?:了)?\s*(?:RMB|¥)?\s*$",
    re.I,
)
# a change told by its size, with or without a bound before it: "rose by about 1,000", "were up
# by more than 20,000", 同比增长超2万辆, 较9月增加约1000辆, 环比增加6172辆: no level; read (so that
# "to 41,000", 至4.1万辆 after it take its measure) but not kept
_CHANGE_SIZE = re.compile(
    r"\b(?:up|down|rose|rising|fell|falling|grew|growing|climbed|jumped|increased|decreased|"
    r"declined|dropped|slipped|raised|lifted|boosted|expanded|cut|lowered|reduced|trimmed)\b"
    r"[^.;,，。；\d]{0,30}?\bby\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|"
    r"some\s+|(?:just\s+)?over\s+|(?:more|less|fewer)\s+than\s+|under\s+)?$"
    r"|(?:同比|环比|较[^，。,;；\d]{0,8}?|比[^，。,;；\d]{0,8}?)(?:增长|增加|减少|下降|下滑|回落)(?:了)?\s*"
    r"(?:约|近|超过?|逾|超出)?\s*$"
    r"|(?:增加|减少)(?:了)?\s*(?:约|近|超过?|逾)?\s*$",
    re.I,
)
_LEVEL_AFTER_CHANGE = re.compile(
    r"(?:[上下]调|降价|降低|涨价|调整)(?:了)?\s*[\d.,]+\s*[万亿]?\s*元?\s*[至到]\s*$"
    r"|\bby\s+(?:RMB|CNY|US\$|\$|¥)?\s*[\d.,]+\s*(?:k|million|billion)?\s*(?:yuan|dollars|euros)?"
    r"\s+to\s+(?:RMB|CNY|US\$|\$|¥)?\s*$",
    re.I,
)
_CHANGED_TO = re.compile(
    r"(?:[上下]调|降价|降低|涨价|调整)(?:了)?\s*$|\b(?:raised|lowered|cut|increased|reduced|lifted|"
    r"revised|hiked|slashed)\b[^.;,，。；]{0,40}\bfrom\s+(?:RMB|CNY|US\$|\$|¥)?\s*$",
    re.I,
)
_PRICE_LIKE = re.compile(r"\b(?:SU7|YU7|Ultra|Max|Pro|version|edition|trim|variant)\b|版|款", re.I)
_DISCOUNT = re.compile(
    r"\b(?:off|discount|cut|subsid\w*|rebate|cheaper|savings?|deposit)\b|降价|优惠|补贴|定金|订金",
    re.I,
)


_BUYERS = re.compile(
    r"\b(?:buyers?|owners?|customers?|purchasers?|orders?|pre-?orders?|bookings?|reservations?|"
    r"users?|ownership|female|women)\b|女性|用户|车主|买家|订单|锁单|大定|家庭|车型",
    re.I,
)
_NOT_BUYERS = re.compile(
    r"\b(?:market|margin|growth|employees?|staff|workforce|shares?\s+(?:rose|fell|jumped)|"
    r"smartphones?|phones?|shipments?|stake|interest|(?<!ownership\s)rate|discount|battery|"
    r"efficiency|"
    r"increase|decrease|year-on-year|quarter-on-quarter|month-on-month)\b|"
    r"市场份额|市占率|毛利|增长|同比|环比|员工|手机|出货",
    re.I,
)


def _buyer_share(text: str, num: NumberMention, c_left: int, c_right: int) -> bool:
    """A share of buyers: "28% of SU7 buyers are women", "女性用户占比30%". Market shares,
    margins, changes and headcount shares are not."""
    clause = text[c_left:c_right]
    if _NOT_BUYERS.search(clause) or _CHANGE_RE.search(
        text[max(c_left, num.start - 30) : num.start]
    ):
        return False
    return bool(_BUYERS.search(clause)) and _share_phrase(clause)


_SHARE_PHRASE = re.compile(
    r"account|made up|make up|reach|share|proportion|\bwere\b|\bare\b|\bis\b|"
    r"\bof\s+(?:[\w'’-]+\s+){0,3}?(?:buyers|orders|pre-?orders|owners|customers|users|purchasers)|"
    r"\b(?:come|came|coming|originat\w+)\s+from|ownership\s+rate|占|比例|来自|"
    # "其中约40%为女性用户", "四成是女性": the share, then "are"
    r"[%成]\s*(?:为|是)",
    re.I,
)


def _share_phrase(window: str) -> bool:
    return _SHARE_PHRASE.search(window) is not None


def _cue_fits(metric: str, num: NumberMention) -> bool:
    unit = num.unit
    if metric in MONEY_METRICS:
        return unit in MONEY_UNITS
    if metric in ("orders", "locked_orders", "reservations"):
        # "超过10万人大定", "100,000 people added it to their wishlists": people who ordered
        return unit in (None, "orders", "vehicles", "people")
    if metric in COUNT_METRICS:
        return unit in (None, "orders", "vehicles")
    if metric == "headcount":
        return unit in (None, "people")
    if metric == "buyer_share":
        return unit == "percent"
    if metric == "test_mileage":
        return unit == "km"
    return True


def _unit(metric: str, num: NumberMention, text: str) -> str | None:
    if metric == "other":
        return num.unit or "count"
    if metric in MONEY_METRICS:
        return num.unit if num.unit in MONEY_UNITS else None
    if metric in ("orders", "locked_orders", "reservations"):
        return "orders"
    return DEFAULT_UNIT.get(metric, num.unit)


def _in_bounds(metric: str, value: float, unit: str | None = None) -> bool:
    lo, hi = BOUNDS.get(metric, (float("-inf"), float("inf")))
    if metric in MONEY_METRICS and unit in CNY_PER:
        value *= CNY_PER[unit]
    return lo <= value <= hi


def _qualifier(cfg: ExtractorConfig, text: str, num: NumberMention) -> str:
    """Bound or rounding words right before the figure, then right after it (data
    `qualifier_before` / `qualifier_after`): "more than 40,000", "plus de 40 000", "4万台以上"."""
    before = text[max(0, num.start - 30) : num.start]
    before = (
        re.sub(
            r"(?:just|only|already|a\s+total\s+of|total|of|has|have|had|been)\s*$",
            "",
            before.rstrip(),
            flags=re.I,
        ).rstrip()
        + " "
    )
    for pattern, qual in cfg.qual_before_res:
        if pattern.search(before) or pattern.search(before.rstrip()):
            return qual
    # right after the digits ("20.000'den fazla araç") or after the unit (4万台以上, 4만 대가 넘는)
    for at in dict.fromkeys((num.value_end, num.end)):
        after = text[at : at + _QUAL_AFTER_REACH]
        for pattern, qual in cfg.qual_after_res:
            if pattern.match(after):
                return qual
    return "exact"


# characters after a figure (its unit included in it) that hold "以上", "'den fazla", "이상"
_QUAL_AFTER_REACH = 14


_STRONG_TARGET = re.compile(
    r"\b(?:plans?|planned|planning|aims?|aiming|strives?|intends?) to\b|\bstrive\b|计划|目标|力争",
    re.I,
)
_PAST_VERB = re.compile(r"\b(?:delivered|sold|had|has|was|were|reached|exceeded|hit)\b|已", re.I)
# words that make a figure done: "has delivered", 已交付, 交付了, 达到
_DONE = re.compile(
    _PAST_VERB.pattern
    + r"|\b(?:produced|built|shipped|have|topped|passed|surpassed)\b|了|达到?|突破|超过",
    re.I,
)
_ALSO_FORECAST = re.compile(
    r"expected\s+to\s+(?:be\s+)?(?:complet|achiev|reach|hit|meet|exceed|surpass)|有望提前|预计提前",
    re.I,
)


_LIST_BREAK = re.compile(r"[、，,;；]")
# a bound's verb before the first figure of a list: it bounds every item ("passed 10,000 in June
# 2024, 20,000 in October 2024 and 30,000 in July 2025", 先后突破1万、2万和3万辆)
_BOUND_VERB = re.compile(
    r"\b(?:passed|topped|exceeded|surpassed|crossed|broke|cleared)\s+(?:the\s+)?$"
    r"|(?:先后|相继|依次)(?:突破|超过|跨过)\s*$",
    re.I,
)
# what lies between two items of such a list: the first item's period and a joiner
_LIST_ITEM_GAP = re.compile(
    r"\s*(?:units|vehicles|cars|辆)?\s*(?:in|during|by)?\s*(?:[A-Za-z]+\.?\s+){0,3}?"
    r"(?:(?:19|20)\d{2}\s*)?(?:,\s*(?:and\s+)?|\s+and\s+|、|和|及)\s*",
    re.I,
)
# two models' figures added up
_TOGETHER = re.compile(
    r"\b(?:together|combined|between\s+them|in\s+total)\b|合计|共计|总计|一共|加起来|累计共",
    re.I,
)
# orders given up: "cancelled", "asked to cancel", 退订, 退单
_CANCELLED = re.compile(
    r"\bcancel(?:l?ed|l?ing|s|lations?)?\b|\brefund(?:ed|s)?\b|退订|退单|退定|撤单",
    re.I,
)
# a per-day or per-week average named before a figure
_AVERAGE_PACE = re.compile(
    r"\baverage\s+(?:daily|weekly)\b|\b(?:daily|weekly)\s+average\b|\bper\s+day\s+on\s+average\b|"
    r"日均|周均|平均每(?:天|日|周)",
    re.I,
)
# before an infinitive, what makes it the result of something done: "needed 12 months to
# raise capacity to", "helped to lift"
_DONE_PURPOSE = re.compile(r"\b(?:needed|took|helped|managed|was\s+able|were\s+able)\b", re.I)
# a sentence that opens by calling what follows an estimate
_LEAD_ESTIMATE = re.compile(
    r"\s*(?:据(?:估算|估计|测算|推算)|(?:业内人士|业内|分析师|分析人士|机构|市场)(?:估计|估算|测算|推算)|"
    r"(?:by|according\s+to)\s+(?:\w+\s+){0,2}?estimates?)\s*[,，:：]",
    re.I,
)
# after a figure, words that join the next verb to the sentence's subject
_NEXT_VERB = re.compile(r"\s(?:" + _CONJUNCTIONS + r")\s|并且?|而且?", re.I)
# between an expectation and its figure: "estimates of 114 billion", 预期的
_ESTIMATE_OF = re.compile(r"\s*(?:of|at|:|为|的)?\s*(?:RMB|CNY|US\$|\$|¥)?\s*", re.I)


def _status(
    cfg: ExtractorConfig,
    text: str,
    c_left: int,
    c_right: int,
    num: NumberMention,
    hi: int,
    metric: str,
    segment: tuple[int, int] = (0, 0),
) -> str:
    """The nearest status cue before the number in its clause decides; then what follows it."""
    if cfg.beaten_re.pattern != "(?!)":
        # "blew past expectations", 超预期: no forecast word in them counts, unless the figure
        # is the expectation itself ("beat estimates of 114 billion yuan")
        text = cfg.beaten_re.sub(
            lambda m: (
                m.group(0)
                if m.end() <= num.start and _ESTIMATE_OF.fullmatch(text, m.end(), num.start)
                else " " * len(m.group(0))
            ),
            text,
        )
    if cfg.forecast_quote_re.match(text, num.end, c_right):
        # "計画から最大で10万台前後と予想され": the verb that quotes the figure decides, not a
        # plan named before it ("目標の10万台を達成する見込み" has its object marker: no match)
        return "forecast"
    lead = _LEAD_ESTIMATE.match(text)
    if lead is not None and lead.end() <= num.start:
        return "forecast"  # "据估算，小米汽车10月交付约4万辆": the whole sentence is an estimate
    last_comma = max(text.rfind(",", c_left, num.start), text.rfind("，", c_left, num.start))
    head = text[max(c_left, last_comma + 1) : num.start]
    found: list[tuple[int, str]] = []
    for status in ("target", "forecast"):
        for m in scan.finditer(cfg.status_res[status], head):
            found.append((m.end(), status))
    if metric in ("investment", "rd_spend"):
        # money promised is a target: "will invest", "announced it would ... invest"
        found += [
            (m.end(), "target")
            for m in re.finditer(
                r"\b(?:will|would|to\s+invest|pledged|committed)\b|将|计划|未来",
                text[c_left : num.start],
            )
        ]
    plan = (
        scan.search(cfg.capacity_plan_re, text, c_left, num.start)
        if metric == "production_capacity"
        else None
    )
    if (
        plan is not None
        and not _PAST_VERB.search(text[plan.end() : num.start])
        and not _DONE_PURPOSE.search(text, max(c_left, plan.start() - 40), plan.start())
    ):
        return "target"  # "has asked its suppliers to raise capacity to 10,000 a month"
    if metric in ("production_capacity", "production") and scan.search(
        cfg.when_built_re, text, segment[0], max(segment[1], num.end)
    ):
        # "can build 300,000 a year once its second phase is finished", 二期建成后，年产能…: between
        # the figures before and after it ("150,000 in phase one and 150,000 after the
        # expansion" leaves phase one's figure alone)
        return "target"
    if metric == "production_capacity" and not _PAST_VERB.search(text[c_left : num.start]):
        # the capacity of a plant to be built is the plan's: "Xiaomi will build a plant in two
        # phases, for which the capacity of each is 150,000" (a cue anywhere before it)
        head_cues = [
            (m.end(), s)
            for s in ("target", "forecast")
            for m in scan.finditer(cfg.status_res[s], text, 0, num.start)
        ]
        if found or head_cues:
            return "target"
    if found:
        return max(found)[1]
    # verb-final languages (Turkish, Japanese, Korean, German's second verb) state the status
    # at the end of the clause
    reach = 90 if cfg.lang in ("tr", "ja", "ko", "de") else 25
    stop = c_right if reach > 25 else hi
    brk = _LIST_BREAK.search(text, num.end, hi)
    if brk is not None:
        # "9月に1万台超を納車し、10月は2万台の納車を目標に掲げる": past a comma and the next
        # figure, a status word is that figure's ("A and B verb" with no comma shares it);
        # "10月交付4万+，11月目标4万+": so is one between the comma and the next figure
        stop = min(stop, hi)
        if reach == 25:
            stop = min(stop, brk.start())

    tail = text[num.end : min(stop, c_right, num.end + reach)]
    joined = _NEXT_VERB.search(tail) if reach == 25 else None
    if joined is not None:
        # "delivered 40,000 in September and expects to ...", "ha consegnato 10.000 auto e per
        # ottobre punta a 20.000": past "and", a status word is the next verb's
        tail = tail[: joined.start()]
    if (
        cfg.status_res["target"].search(tail)
        and not _PAST_VERB.search(tail)
        # "deliveries of 135,000 beat the target": the figure is what beat it
        and not scan.search(cfg.target_beaten_re, tail)
    ):
        return "target"
    if cfg.status_res["forecast"].search(tail):
        return "forecast"
    wide_head = text[c_left : num.start]
    if _STRONG_TARGET.search(wide_head) and not _PAST_VERB.search(head):
        return "target"
    if re.search(
        r"\b(?:expects?|expected|forecasts?|predicts?|likely)\b|预计|有望", wide_head, re.I
    ) and not _PAST_VERB.search(text[max(c_left, last_comma + 1) : num.start]):
        # "is likely to beat its target, delivering around 400,000 this year"
        return "forecast"
    sent_head = text[: num.start]
    if _STRONG_TARGET.search(sent_head) and not _PAST_VERB.search(text[c_left : num.start]):
        return "target"
    return "actual"


def _estimated(cfg: ExtractorConfig, text: str, num: NumberMention, lo: int, hi: int) -> bool:
    """A finished period's figure quoted as estimated ("지난달 생산량은 4000대선으로 예상된다",
    "was estimated at about 4,000"): an estimate, not a future tense translated from a past
    one ("will have delivered 120,000 by the end of 2023", data `future`)."""
    if cfg.forecast_quote_re.match(text, num.end, hi):
        return True
    lead = _LEAD_ESTIMATE.match(text)
    if lead is not None and lead.end() <= num.start:
        return True  # "据估算，…", "By our estimates, …"
    found = scan.search(cfg.status_res["forecast"], text, lo, hi)
    return found is not None and not _only_future(cfg, text, lo, hi)


def _only_future(cfg: ExtractorConfig, text: str, start: int, end: int) -> bool:
    """Whether every forecast word of text[start:end] is the future tense (data `future`),
    none an estimate ("is expected to cost", "预计售价")."""
    futures = [(m.start(), m.end()) for m in scan.finditer(cfg.future_re, text, start, end)]
    if not futures:
        return False
    return all(
        any(a <= m.start() and m.end() <= b for a, b in futures)
        for m in scan.finditer(cfg.status_res["forecast"], text, start, end)
    )


def _named(cfg: ExtractorConfig, name: str) -> Entity | None:
    return next((e for e in cfg.entities if e.name == name), None)


def _car_subject(
    cfg: ExtractorConfig, ctx: _Context, metric: str, models_in_doc: set[str]
) -> Entity:
    if metric in MODEL_METRICS:
        if ctx.last_model is not None:
            return ctx.last_model
        if len(models_in_doc) == 1:
            only = _named(cfg, next(iter(models_in_doc)))
            if only is not None:
                return only
    auto = next((e for e in cfg.entities if e.kind == "auto"), None)
    assert auto is not None, "the entity list needs one entity of kind 'auto'"
    return auto


def _subject(
    cfg: ExtractorConfig,
    text: str,
    num: NumberMention,
    c_left: int,
    c_right: int,
    entity_hits: Sequence[tuple[int, int, Entity]],
    comp_hits: Sequence[tuple[int, int]],
    ctx: _Context,
    metric: str | None,
    models_in_doc: set[str],
    bases: Sequence[tuple[int, int]] = (),
) -> Entity | None:
    """Whose figure: a model for what buyers do (orders, shares, prices) and for counts that
    name it in their clause ("10,000 SU7s"); the car business for its output, money and
    people; the group for group totals. Other carmakers' figures are nobody's here."""

    def dist(s: int, e: int) -> int:
        return num.start - e if e <= num.start else s - num.end if s >= num.end else 0

    auto = _named(cfg, "Xiaomi Auto")
    segment, group_total = cfg.business_res["segment"], cfg.business_res["group_total"]
    pointer = _FORMER_LATTER.search(text, max(c_left, num.start - 30), num.start)
    if pointer is not None:
        # "前者约1.7万辆，后者约2.3万辆", "the latter costs …": the first or the last named
        # before it, a rival's figure being nobody's here
        named: list[tuple[int, Entity | None]] = sorted(
            [(s, ent) for s, _, ent in entity_hits if s < pointer.start() and ent.kind == "model"]
            + [(s, None) for s, _ in comp_hits if s < pointer.start()],
            key=lambda x: x[0],
        )
        if named:
            former = pointer.group(0).lower() in ("前者", "the former")
            return named[0][1] if former else named[-1][1]

    topic = (
        cfg.topic_first_re.match(text)
        if cfg.lang not in ("en", "zh") and metric in COUNT_METRICS
        else None
    )
    if topic is not None:
        # "Côté SU7 Ultra, Xiaomi en a livré plus de 5 000", "Riêng SU7 Ultra, Xiaomi đã giao":
        # the model named first, before a comma, owns the figures after it
        for s, e, ent in entity_hits:
            if (
                s == topic.end()
                and ent.kind == "model"
                and e < num.start
                and re.match(r"\s*,", text[e:])
                and not any(
                    ent2.kind == "model" and e < s2 < num.start for s2, _, ent2 in entity_hits
                )
            ):
                return ent
    if (
        auto is not None
        and metric in COUNT_METRICS
        and _TOTAL_LABEL.search(text, max(0, num.start - 16), num.start)
    ):
        return auto  # "SU7: 22,045; YU7: 18,612; total: 40,657": the company's

    def in_clause_names(pos: int) -> bool:
        """A Xiaomi name before `pos` in the sentence: "inspired by Porsche" is a reference
        only in a sentence about a Xiaomi car."""
        return any(e <= pos for _, e, _ in entity_hits)

    in_clause = [
        (dist(s, e), ent)
        for s, e, ent in entity_hits
        if c_left <= s < c_right
        and not (
            s >= num.end
            and (
                _SINCE_NAMED.search(text, 0, s)
                or any(num.end <= a <= s < b for a, b in bases)
                # "40,000 in October, with the SU7 accounting for 25,000": past ", with" the
                # model is the next figure's
                or _ABSOLUTE.search(text, num.end, s)
                # "the SU7 accounted for about 22,000 and the YU7 for about 18,000": a name
                # past the list's joint, before another figure, is that figure's
                or (
                    ent.kind == "model"
                    and _NEXT_ITEM.search(text, num.end, s) is not None
                    and _NEXT_FIGURE.search(text, e, min(c_right, e + 40)) is not None
                )
                # "Do total de 31.000 carros ..., só 6.100 eram do YU7": past another
                # figure, the model is that figure's (languages of data/lang/)
                or (
                    ent.kind == "model"
                    and cfg.lang not in ("en", "zh")
                    and _part_between(text, num, s)
                )
                # "BYD verkaufte 440.000 Autos, Xiaomi dagegen 40.000": a name past a joiner,
                # before another figure, is that figure's (languages of data/lang/)
                or (
                    cfg.lang not in ("en", "zh")
                    and cfg.joiner_re.search(text, num.end, s) is not None
                    and _NEXT_FIGURE.search(text, e, min(c_right, e + 40)) is not None
                )
                # "Tesla sprzedała 61 tys. aut, wobec 40 tys. u Xiaomi": the owner named after
                # a later figure (data `owned_by`) is that figure's
                or (cfg.lang not in ("en", "zh") and _owner_of_later(cfg, text, num.end, s))
            )
        )
    ]
    for _, e in comp_hits:
        if (
            e <= num.start
            and _RELATIVE.match(text, e, num.start)
            and not any(e <= a < num.start for a, _, _ in entity_hits)
        ):
            # "Tesla's Model 3, which sold 40,000 units", "the Han, whose price starts at":
            # a figure of the clause that tells about a rival is the rival's
            return None
    references: list[tuple[int, int]] = []
    for s, e in comp_hits:
        # "Tesla's Model Y", "Tesla Model Y", 特斯拉的Model Y (not past a comma)
        joined = references and _JOINED_NAME.fullmatch(text, references[-1][1], s) is not None
        # "vs Model Y's RMB 263,500": the figure right after the rival's name is its own
        owns = e <= num.start and (
            _OWN_FIGURE.fullmatch(text, e, num.start) is not None
            # "rival Tesla's Model 3 sales of 40,000": its own figure, no clause between
            or (num.start - e <= 30 and not _CLAUSE_BREAK.search(text, e, num.start))
        )
        if (
            in_clause_names(s)
            and not owns
            and (joined or cfg.reference_re.search(text, max(0, s - 40), s))
        ):
            references.append((s, e))
    comp_clause = [
        dist(s, e)
        for s, e in comp_hits
        if c_left <= s < c_right
        and not (s >= num.end and cfg.compared_re.search(text, num.end, s))
        and (s, e) not in references
        # "40.000 Autos aus und Tesla 60.000", "40 tys. aut, a Tesla 60 tys.": past a list's
        # joiner the rival is the next item's (languages of data/lang/)
        and not (
            s >= num.end
            and cfg.lang not in ("en", "zh")
            and cfg.joiner_re.search(text, num.end, s) is not None
        )
    ]
    if comp_clause and (not in_clause or min(comp_clause) < min(d for d, _ in in_clause)):
        return None
    if not in_clause and comp_hits and not entity_hits:
        return None
    clause = text[c_left:c_right]
    if cfg.lang not in ("en", "zh"):
        part = cfg.of_which_at_re.search(text, num.end, c_right)
        if part is not None:
            # "113,1 Milliarden Yuan um, davon 29 Milliarden mit Elektroautos": the cars are
            # the part's, the total before "davon" the group's
            clause = text[c_left : part.start()]
    # no name in the clause: the nearest name before the number in the sentence
    before = [(dist(s, e), ent) for s, e, ent in entity_hits if e <= num.start]
    candidates = in_clause or sorted(before, key=lambda x: x[0])[:1]
    if candidates:
        models = [(d, e) for d, e in candidates if e.kind == "model"]
        model = min(models, key=lambda x: x[0])[1] if models else None
        counted = next(
            (ent for s, _, ent in entity_hits if ent.kind == "model" and 0 <= s - num.end <= 3),
            None,
        )
        if metric == "production_capacity" and counted is not None:
            return counted  # "could produce more than 10,000 SU7s a month": that car's line
        named_models = {
            ent.name for s_, _, ent in entity_hits if ent.kind == "model" and s_ < num.start
        }
        if (
            len(named_models) >= 2
            and metric != "price"
            and _TOGETHER.search(text, c_left, num.start) is not None
        ):
            # "the SU7 and the YU7 together sold over 400,000", SU7和YU7合计交付超过40万辆: the
            # company's figure
            return auto or candidates[0][1]
        if model is not None and metric not in MODEL_METRICS and counted is None:
            # "After 135,000 SU7s in 2024, Xiaomi set a goal of 300,000": the company named
            # past a comma, nearer the figure, owns it
            last_model = max((e for _, e, ent in entity_hits if ent is model), default=-1)
            if any(
                ent.kind != "model"
                and last_model <= s
                and e <= num.start
                and (
                    _AFTER_BREAK.search(text, last_model, s)
                    # "Seit dem Marktstart des SU7 hat Xiaomi ...": the model dates the count
                    or _launch_of(cfg, text, entity_hits, model)
                )
                for s, e, ent in entity_hits
            ):
                model = None
                candidates = [(d, e) for d, e in candidates if e.kind != "model"]
        if metric in BUSINESS_METRICS - {"revenue", "net_loss"}:
            # the team, the money invested and the plant belong to the business, not to a car
            if model is not None or any(e.kind == "auto" for _, e in candidates):
                return auto or candidates[0][1]
        elif model is not None and (metric in MODEL_METRICS or in_clause):
            return model
        earlier = [e for _, e in sorted(before, key=lambda x: x[0]) if e.kind == "model"]
        if earlier and metric in COUNT_METRICS and not in_clause:
            # "the SU7's target this year is 100,000, and 120,000 at best"; not "135,000
            # SU7s in 2024, and Xiaomi has set a goal of 300,000": the company named for it
            return earlier[0]
        best = min(candidates, key=lambda x: (x[0], x[1].kind != "auto"))[1]
        if best.kind == "model":
            return auto or best  # a model named after the number, elsewhere in the sentence
        if metric in (MODEL_METRICS - {"price"}) and best.kind == "auto":
            return _car_subject(cfg, ctx, metric, models_in_doc)
        car_context = _car_words(cfg, clause)
        if best.kind == "group" and any(
            _GROUP_NAME.search(text[s:e]) and not scan.search(segment, text, e, num.start)
            for s, e, ent in entity_hits
            if ent is best and c_left <= s < c_right
        ):
            # "小米集团全年营收": the group named as such in the figure's clause; not "小米集团
            # 三季度营收1131亿元，其中汽车业务收入290亿元", where the car business is named in it,
            # nor "小米集团第三季度智能电动汽车及AI等创新业务收入为290亿元": named after the group
            car_context = False
        if best.kind == "group" and metric in GROUP_METRICS:
            # the car team, or R&D spent on "our first car": the car business's
            car_rd = metric == "rd_spend" and (
                _CAR_PROJECT.search(clause)
                # "Xiaomi says its car business will spend RMB 7bn on R&D"
                or scan.search(segment, text, c_left, num.start)
            )
            return (auto or best) if (metric == "headcount" and car_context) or car_rd else best
        if best.kind == "group" and metric in ("revenue", "net_loss"):
            return (auto or best) if car_context else best
        if best.kind == "group" and metric in MODEL_METRICS - {"price", "buyer_share"}:
            # "Xiaomi took 300,000 pre-orders for its debut SUV": orders are for a model
            return _car_subject(cfg, ctx, metric, models_in_doc)
        if (
            best.kind == "group"
            and metric in COUNT_METRICS
            and ctx.last_model is not None
            and _MODEL_ANAPHOR.search(text, c_left, num.start)
        ):
            # "Deliveries of the model passed 10,000 in August, Xiaomi said": the model told of
            return ctx.last_model
        if best.kind == "group" and metric in COUNT_METRICS | {"price", "other"}:
            return auto or best
        return best
    if ctx.last_competitor:
        return None
    if ctx.last_entity is None:
        return None
    if ctx.last_event is not None and _ANAPHOR.match(text):
        # "这一成绩远超全年1万台的销售目标", "That result beats its full-year target of 10,000":
        # the figure told before is whose this sentence goes on about
        previous = _named(cfg, ctx.last_event.subject)
        if previous is not None:
            return previous
    if metric in ("revenue", "net_loss", "rd_spend"):
        if _car_words(cfg, clause):
            return auto or ctx.last_entity
        if not group_total.search(clause) and segment.search(text[:c_left]):
            # "汽车业务毛利率升至26.4%，经营亏损收窄至3亿元": the segment of the sentence
            return auto or ctx.last_entity
        if group_total.search(clause):
            return _named(cfg, "Xiaomi Group") or ctx.last_entity
        return auto or ctx.last_entity if ctx.last_entity.kind != "group" else ctx.last_entity
    if metric == "price" and scan.search(cfg.average_re, clause):
        return auto or ctx.last_entity
    if metric in MODEL_METRICS:
        return _car_subject(cfg, ctx, metric, models_in_doc)
    if ctx.last_entity.kind == "group" and metric in GROUP_METRICS:
        if (metric == "headcount" and segment.search(clause)) or _CAR_PROJECT.search(clause):
            return auto or ctx.last_entity  # "leading the division with 300 employees"
        return ctx.last_entity
    if ctx.last_entity.kind == "model" and _MODEL_ANAPHOR.search(text[:c_right]):
        return ctx.last_entity  # "Deliveries of the model passed 10,000", 该车8月交付…
    return auto or ctx.last_entity


# a sentence that opens on the figure told before
_ANAPHOR = re.compile(
    r"\s*(?:(?:but|and|yet)\s+)?(?:this|that|the)\s+(?:result|achievement|figure|performance|"
    r"feat|record)\b|\s*(?:这一?|这个|该)(?:成绩|成果|数字|数据|表现|纪录)",
    re.I,
)
# ", shipping roughly 420,000": a clause of its own past the comma
_PARTICIPLE_AFTER = re.compile(r"[,，]\s*(?:[a-z]+ing)\b")
_THIS_YEAR_WORDS = re.compile(r"(?:so\s+far\s+)?this\s+year|今年", re.I)
# the running total a figure brings: "…, bringing its total for the year to over 300,000"
_BRINGING = re.compile(
    r"\b(?:bringing|taking|pushing|lifting)\s+(?:its|the(?:\s+company['’]s)?|their)\s+"
    r"(?:(?:cumulative|total|overall)\s+)?(?:deliveries|total|tally|sales|output)\s+"
    r"(?P<year>(?:for\s+the\s+year|this\s+year|so\s+far\s+this\s+year|year[- ]to[- ]date)\s+)?"
    r"(?:(?:since|to\s+date)\s+[\w\s]{0,20}?)?to\s+"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|roughly\s+)?$",
    re.I,
)


def _total_brought(bringing: re.Match[str], before: ExtractedEvent) -> Period:
    """The running total the figure before brings up: to the end of that figure's period, from
    January 1 of its year when the words say "for the year"."""
    end = before.period_end if before.period_kind in ("month", "quarter", "week", "day") else None
    as_of = end or before.as_of
    if bringing.group("year") and end is not None:
        start = dt.date(end.year, 1, 1)
        return Period(start, end, bringing.group(0).strip(), as_of, False, "cumulative")
    return Period(None, None, bringing.group(0).strip(), as_of, False, "cumulative")


# a clause that is only a predicate before its figure: "，超过4万辆", "，达到4万辆以上"
_BARE_PREDICATE = re.compile(
    r"\s*(?:并|再次|首次|已经?|均|也|仍然?|依然|依旧)?\s*"
    # "，仍在4万辆以上", "，保持在4万辆左右": the level after a flat change
    r"(?:达到?|超过?|突破|逾|为|约|近|(?:保持|维持|稳定)?在)\s*(?:了\s*)?"
)
_PARALLEL_NEXT = re.compile(
    r"\s*(?:units|vehicles|cars)?\s*,?\s+and\s+(?:(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+for\s+)?"
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|over\s+|more\s+than\s+)?",
    re.I,
)
_TOLD_AFTER = re.compile(r"\b(?:as|said|says|while|whereas|when)\b", re.I)
_SHARE_OF_WHOLE = re.compile(
    r"\b(?:accounted|accounts|accounting|made\s+up|makes\s+up|making\s+up)\s+(?:for\s+)?"
    r"(?:most|more\s+than\s+half|over\s+half|half|the\s+(?:bulk|majority|lion['’]s\s+share)|"
    r"a\s+(?:third|quarter|large\s+share|majority))\s+of\b",
    re.I,
)
# a part of the figure after it: "2,000 of the SU7's 25,000 deliveries", "2,000 out of 25,000"
_PART_OF = re.compile(
    r"\s+(?:of|out\s+of)\s+(?:(?:the|its|their|all|[\w-]+['’]s)\s+){0,2}"
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?",
    re.I,
)
# what gives the right figure after a retracted one
_CORRECTED = re.compile(
    r"\b(?:the\s+correct(?:ed)?\s+(?:figure|number|total)\s+(?:is|was)|in\s+fact|actually|"
    r"should\s+have\s+(?:said|read|been))\b|实际(?:上)?(?:为|是)|实为|应为|更正为|正确(?:数字|数据)?(?:为|是)",
    re.I,
)
# a sentence that opens with the right figure's words (_split_folded reads it with the
# retraction before it)
_CORRECTION_OPENS = re.compile(r"\s*(?:" + _CORRECTED.pattern + r")", re.I)
_FORMER_LATTER = re.compile(r"前者|后者|\bthe\s+(?:former|latter)\b", re.I)
_JOINED_NAME = re.compile(r"(?:['’]s)?\s*|\s*的\s*")
# a conjunction or a verb between a rival's name and a figure: the figure is not its own
_CLAUSE_BREAK = re.compile(
    r"[,;，；、]|\b(?:and|is|are|was|were|has|have|with|but|while|which|that|priced|costs?|"
    r"und|ist|kostet|et|est|coûte|y|es|cuesta|e|é|è|custa|costa|и|ve|dan|và|i|en|oraz)\b|和|并|而|售价",
    re.I,
)
_OWN_FIGURE = re.compile(r"(?:['’]s)?\s*(?:[A-Z]{2,3}|US\$|[$€¥£])?\s*")
# a figure-less relative clause right after a Xiaomi name: "Xiaomi, whose SU7 competes with
# Tesla's Model 3, delivered 25,000 cars"
# (a lone digit is a model's name, "Model 3"; no figure is in it)
_ASIDE = re.compile(r",\s*(?:whose|which|who|that)\b(?:[^,;:.\d]|(?<!\d)\d(?!\d))*,")
_RIVAL_APPOSITIVE = re.compile(
    r",\s*(?:(?:a|an|the|its|their)\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:rival|competitor|challenger|answer|alternative)s?\b(?:\s+(?:to|of|for)\b)?"
    r"(?:[^,;:.\d]|(?<!\d)\d(?!\d)){0,40},"
)


# a name set as what a rival competes with: "与小米YU7等车型形成差异化竞争", "competes with
# Xiaomi's YU7", "against the SU7"
_COMPETES_AFTER = re.compile(
    r"(?:等(?:车型|车企|品牌|对手))?[^，。,.;；]{0,10}?(?:竞争|抗衡|对标|比拼|PK|正面交锋)"
)
_COMPETES_BEFORE = re.compile(
    r"\bcompet\w*\s+(?:head-on\s+|directly\s+)?(?:with|against)\s+(?:the\s+)?(?:[\w-]+['’]s\s+)?$"
    r"|\b(?:against|versus|vs\.?|rivals?|rivalling|takes?\s+on)\s+(?:the\s+)?(?:[\w-]+['’]s\s+)?$"
    r"|(?:与|和|同|对标)\s*(?:小米)?\s*$",
    re.I,
)
# a model pointed back to
_MODEL_ANAPHOR = re.compile(
    r"\b(?:the|this|that)\s+(?:model|sedan|SUV|crossover|car)\b(?!\s+(?:market|industry|sector|maker))"
    r"|该车型?|这款车型?|此车|该款车",
    re.I,
)
# a sentence that starts by pointing back to what the one before was about
_ANAPHOR_START = re.compile(
    r"\s*(?:(?:The|This|That)\s+(?:company|carmaker|automaker|firm|car|model|vehicle|SUV|sedan|brand)\b"
    r"|(?:It|Its|They|Their)\b|该(?:公司|车型?|品牌|款车)|这款车型?|此车|其)"
)


def _not_only_referenced(
    cfg: ExtractorConfig, text: str, hits: tuple[tuple[int, int, Entity], ...]
) -> tuple[tuple[int, int, Entity], ...]:
    """The Xiaomi names a sentence does not name only as what something else is set against:
    "其海豹车型对标小米SU7", "its Seal sedan takes on the SU7" (the first Xiaomi name, right
    after a reference word, when the sentence names no Xiaomi name before it)."""
    first = hits[0]
    if not cfg.reference_re.search(
        text, max(0, first[0] - 14), first[0]
    ) or not _ANAPHOR_START.match(text):
        return hits
    # (and a name that continues the first: "小米SU7" is read as 小米 and SU7)
    return tuple(h for h in hits if h[0] > first[1] + 1)


def _outside_asides(
    text: str,
    entity_hits: tuple[tuple[int, int, Entity], ...],
    comp_hits: tuple[tuple[int, int], ...],
) -> tuple[tuple[tuple[int, int, Entity], ...], tuple[tuple[int, int], ...]]:
    """The names outside such an aside: what only tells about the Xiaomi name before it (a
    rival, one of its cars) owns no figure of the sentence."""
    asides = [
        (m.start(), m.end())
        for m in _ASIDE.finditer(text)
        if any(0 <= m.start() - e <= 1 for _, e, _ in entity_hits)
        # "The company, which competes with Xiaomi's YU7, expects …" (after a rival told of):
        # the Xiaomi name inside owns nothing either
        or not any(e <= m.start() for _, e, _ in entity_hits)
    ]
    # "Its Seal sedan, a rival to Xiaomi's SU7, starts at …", "Tesla's Model Y, the YU7's
    # main rival, sold …": a name set beside another as its rival
    asides += [(m.start(), m.end()) for m in _RIVAL_APPOSITIVE.finditer(text)]
    if not asides:
        return entity_hits, comp_hits

    def outside(start: int) -> bool:
        return not any(a <= start < b for a, b in asides)

    return (
        tuple(h for h in entity_hits if outside(h[0])),
        tuple(h for h in comp_hits if outside(h[0])),
    )


_RELATIVE = re.compile(
    r"(?:['’]s)?(?:\s+[\w-]+){0,2}\s*,?\s*(?:which|whose|that|who)\b",
    re.I,
)
# a model named after a figure as a point in time: "in 20 months since the SU7 launch"
_SINCE_NAMED = re.compile(r"\b(?:since|after|before)\s+(?:the\s+|its\s+)?$", re.I)
_CAR_PROJECT = re.compile(
    r"\b(?:(?:our|its|the)\s+first\s+car|car[- ]making|car\s+project|EV\s+project|building\s+cars)\b"
    r"|造车|汽车项目|首款车",
    re.I,
)
_GROUP_NAME = re.compile(r"\b(?:group|corp(?:oration)?|inc)\b|集团|集團", re.I)


def _car_words(cfg: ExtractorConfig, clause: str) -> bool:
    """The car business named by what it sells or as a segment ("EV revenue", 汽车业务)."""
    words = cfg.business_res
    return bool(words["cars"].search(clause) or words["segment"].search(clause))


def _specificity(subject: str) -> int:
    return {"Xiaomi Group": 0, "Xiaomi Auto": 1}.get(subject, 2)


_MONTH_WORD = re.compile(
    r"\b(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b|(?<!\d)(1[0-2]|[1-9])\s*月",
    re.I,
)


def _month_said(text: str | None) -> int | None:
    m = _MONTH_WORD.search(text or "")
    if m is None:
        return None
    return MONTHS[m.group(1).lower()] if m.group(1) else int(m.group(2))


def _other_months(a: ExtractedEvent, b: ExtractedEvent) -> bool:
    """Two months named with no year (an undated story's "August deliveries" and "for
    July"): no dates to compare, but not one period."""
    if a.period_start is not None or b.period_start is not None:
        return False
    if a.period_kind != "month" or b.period_kind != "month":
        return False
    ma, mb = _month_said(a.period_text), _month_said(b.period_text)
    return ma is not None and mb is not None and ma != mb


def _dedupe(
    events: list[ExtractedEvent], one_model_until: dt.date | None = None
) -> list[ExtractedEvent]:
    """One event per fact: the same figure restated, or rounded ("75,723" then "75,000").

    The same exact figure of the same metric restated under a broader name ("Xiaomi" for the
    SU7) is the same fact too; the model is kept. An event is compared only with kept events
    of its unit and status within 2 % of its value, so the work stays near linear.
    """
    kept: list[ExtractedEvent] = []
    # per (unit, status): the kept events' values, sorted, with their index in `kept`; a
    # restatement is within 2 % of the value, so only those neighbours are compared
    buckets: dict[tuple[str, str], list[tuple[float, int]]] = {}
    for ev in events:
        dup = False
        bucket = buckets.setdefault((ev.unit, ev.status), [])
        lo = bisect.bisect_left(bucket, (ev.value * 0.98, -1))
        hi = bisect.bisect_right(bucket, (ev.value * 1.02 + 1e-9, len(kept)))
        for _, i in bucket[lo:hi]:
            k = kept[i]
            same_metric = k.metric == ev.metric or (
                {k.metric, ev.metric} <= {"orders", "locked_orders"}
                and k.period_kind == ev.period_kind  # "1万台锁单" is not "2小时内订单破万"
            )
            if not same_metric or k.metric == "other":
                continue
            same_period = (
                (k.period_start == ev.period_start or None in (k.period_start, ev.period_start))
                and not (
                    k.period_kind == ev.period_kind in ("week", "day")
                    and _other_days(k.period_text, ev.period_text)
                )
                and not (
                    # "2小时内订单破万" and "2月3日-9日周订单1万台": a window is not a week
                    k.period_kind != ev.period_kind
                    and {k.period_kind, ev.period_kind} == {"window", "week"}
                )
                and not _other_months(k, ev)
            )
            exact = k.value == ev.value and k.value_max == ev.value_max and same_period
            if k.subject != ev.subject:
                if (
                    exact
                    and k.metric == ev.metric
                    and (
                        2 in (_specificity(k.subject), _specificity(ev.subject))
                        or k.evidence == ev.evidence
                    )
                ):
                    # the same exact figure under a broader name ("Xiaomi" for the SU7, or
                    # a sentence restated): one fact, the narrower name kept; two teams of
                    # "over 1,000 people" in two sentences stay two
                    dup = True
                    narrow, broad = (
                        (ev, k) if _specificity(ev.subject) > _specificity(k.subject) else (k, ev)
                    )
                    if _specificity(broad.subject) == 1 and _several_models(
                        narrow, one_model_until
                    ):
                        # "第50万辆小米汽车" in November 2025: the company's count, no longer
                        # one model's, once a second model was on sale
                        kept[i] = dataclasses.replace(k, subject=broad.subject)
                    elif narrow is ev:
                        kept[i] = dataclasses.replace(k, subject=ev.subject)
                    break
                continue
            if exact:
                dup = True
                if k.period_kind == "none" and ev.period_kind != "none":
                    # a headline's bare "20k orders", then "20,000 units in 7 minutes": the
                    # statement that gives the period is the one kept
                    kept[i] = dataclasses.replace(ev, subject=k.subject)
                elif (
                    k.qualifier == "exact" != ev.qualifier
                    and k.evidence == ev.evidence
                    and k.period_kind == ev.period_kind
                ):
                    # "十万辆：小米汽车三季度交付量首破十万": the figure said again with its bound
                    kept[i] = dataclasses.replace(k, qualifier=ev.qualifier)
                break
            if same_period and _rounded_restatement(k.value, ev.value):
                # (of one period: "over 30,000 in August" is not July's 30,452)
                dup = True
                if _precision(ev.value) > _precision(k.value):
                    kept[i] = ev
                break
        if not dup:
            bisect.insort(bucket, (ev.value, len(kept)))
            kept.append(ev)
    kept = [ev for ev in kept if not _threshold_of(ev, kept)]
    return [ev for i, ev in enumerate(kept) if not _converted(ev, i, kept)]


def _converted(ev: ExtractedEvent, i: int, kept: list[ExtractedEvent]) -> bool:
    """ "a US$4.2 billion R&D project" ... "a 30-billion-yuan (US$4.2 billion) R&D plan": one
    figure in two currencies, kept once: in yuan, Xiaomi's own currency, else as first stated
    (rates are rough, so within 6 %)."""
    if ev.metric not in MONEY_METRICS or ev.unit not in CNY_PER:
        return False
    cny = ev.value * CNY_PER[ev.unit]
    for j, k in enumerate(kept):
        if (
            j != i
            and k.metric == ev.metric
            and k.unit != ev.unit
            and k.unit in CNY_PER
            and abs(k.value * CNY_PER[k.unit] - cny) <= 0.06 * max(cny, k.value * CNY_PER[k.unit])
            and (k.unit == "CNY" or (ev.unit != "CNY" and j < i))
        ):
            return True
    return False


def _threshold_of(ev: ExtractedEvent, kept: list[ExtractedEvent]) -> bool:
    """ "首次破千亿元，达1090亿元", "passed 100,000 to reach 103,000": a round threshold stated
    with the exact figure that crossed it in the same sentence is that figure, not a fact."""
    if ev.qualifier not in ("more_than", "at_least") or _precision(ev.value) > 1:
        return False
    return any(
        k is not ev
        and k.char_start == ev.char_start
        and k.metric == ev.metric
        and k.subject == ev.subject
        and k.status == ev.status
        and k.qualifier == "exact"
        and ev.value < k.value <= ev.value * 1.25
        # "3 dakikada 200.000'den fazla ..., 18 saatte ise 240.000": two windows, two facts
        and not (ev.period_text and k.period_text and ev.period_text != k.period_text)
        for k in kept
    )


_LIST_DAYS = re.compile(
    r"(?:\d{1,2}\s*月\s*)?\d{1,2}\s*[日号]\s*(?:[-–—~至到]\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*[日号])?"
    r"|\d{1,2}\s*月(?:份)?"
)


def _other_days(a: str | None, b: str | None) -> bool:
    """Two periods named by different dates ("2月3日-9日" and "4月7日-13日") even when no year
    places them: two weeks, not one."""
    if not a or not b or a == b:
        return False
    return bool(re.search(r"\d", a) and re.search(r"\d", b)) and _digits(a) != _digits(b)


def _digits(text: str) -> list[str]:
    return re.findall(r"\d+", text)


def _several_models(ev: ExtractedEvent, one_model_until: dt.date | None) -> bool:
    """Whether the figure holds at a day when Xiaomi sold more than one model family."""
    day = ev.as_of or ev.period_end
    return one_model_until is not None and day is not None and day > one_model_until


def _rounded_restatement(a: float, b: float) -> bool:
    if a == b or min(a, b) <= 0:
        return False
    close = abs(a - b) / max(a, b) < 0.02
    if not close or _precision(a) == _precision(b):
        return False
    # the coarse figure is the precise one rounded to its last significant digit ("75,000" for
    # 75,723, "nearly 290,000" for 289,000), not a nearby figure (116 billion vs 114.7 billion)
    coarse = a if _precision(a) < _precision(b) else b
    step = 10 ** (math.floor(math.log10(coarse)) - _precision(coarse) + 1)
    return bool(abs(a - b) <= step)


@lru_cache(maxsize=4096)  # _dedupe asks for the same values' digits once per pair
def _precision(v: float) -> int:
    """Significant digits: 75723 → 5, 75000 → 2."""
    s = f"{v:.6f}".rstrip("0").rstrip(".").replace(".", "").lstrip("0")
    return len(s.rstrip("0")) if s else 0


# Last, once every pattern above is defined: each behind a lookahead of its first characters
# (scan.py), so a pattern tried at a character it cannot start with fails at once.
scan.speed_up(globals())
