"""The article's time: its reference date, the year it speaks of, launch dates, the date an
event is placed at.

Apart because it is read once per article, before any figure, and decides what "this year"
or "May" means for all of them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pipelines.core.metrics import scan
from pipelines.core.metrics.kinds import _ORDER_METRICS
from pipelines.core.metrics.lexicon import ExtractorConfig
from pipelines.core.metrics.locale_numbers import lang_data
from pipelines.core.metrics.locale_periods import bare_month
from pipelines.core.metrics.names import _names
from pipelines.core.metrics.patterns import _MONTH_ABBR, _TOOK_DAYS, _YEAR_RE
from pipelines.core.metrics.periods import (
    EN_DATE_RE,
    LAST_YEAR_RE,
    MONTHS,
    Period,
    en_dates,
    launch_month,
    resolve_locale_period,
    resolve_period,
)
from pipelines.core.metrics.sentences import _Sentence

if TYPE_CHECKING:  # annotations only: extract.py imports this module
    from pipelines.core.metrics.extract import ExtractedEvent

_WRITING_LAG = dt.timedelta(days=62)
_CAR_ERA = 2024  # the first Xiaomi car went on sale in March 2024
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


# a year-end review printed in the first weeks of January under a headline naming the year
# just ended ("年终盘点｜…的2025", "盘点｜…的2024年：成绩单"): its months, quarters and 全年
# with no year are that year's, read as on its last day
_REVIEW_WORD = re.compile(
    r"盘点|盤點|年终|年終|回顾|回顧|复盘|復盤|总结|總結|成绩单|成績單|"
    # (not "review" alone: a car's review names its model year)
    r"\b(?:(?:year\s+)?in\s+review|year[- ]end\s+recap|looking\s+back\s+at)\b",
    re.I,
)
_REVIEW_DAYS = 20
_TITLE_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def _review_year_end(title: str | None, ref: dt.date | None) -> dt.date | None:
    """The last day of the year a year-end review printed in January looks back on: the one
    year its headline names, the year before the day it was printed; None otherwise."""
    if title is None or ref is None or ref.month != 1 or ref.day > _REVIEW_DAYS:
        return None
    years = {int(y) for y in _TITLE_YEAR.findall(title)}
    if years != {ref.year - 1} or not _REVIEW_WORD.search(title):
        return None
    return dt.date(ref.year - 1, 12, 31)


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
    # (the first sentence, or one of the next two under a header line: "Updated October 21,
    # 2025" over "SHANGHAI, Oct 14 (Wire) - …")
    line = next((m for s in sentences[:3] if (m := _DATELINE.match(s.text)) is not None), None)
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


_SAID = re.compile(
    r"\b(?:said|says|announced|revealed|told|stated|unveiled|disclosed|confirmed|raised|"
    r"lifted|set)\b|表示|透露|宣布|称|稱|公布|披露|上调|上調|定在",
    re.I,
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


@functools.lru_cache(maxsize=32)
def _compared_re(lang: str) -> re.Pattern[str] | None:
    words = [str(w) for w in lang_data(lang).get("compared") or []]
    if not words:
        return None
    # the comparison word, then at most a short preposition, right before the month's name
    alts = "|".join(f"(?:{w})" for w in words)
    return re.compile(r"(?:" + alts + r")\s*(?:[^\W\d_]{1,3}\s+)?$", re.I)


def _base_month(lang: str, text: str, words: str | None) -> bool:
    """The month is named only as a comparison's base ("…, in calo rispetto a luglio", "en
    hausse par rapport à août"; data `compared`): a rival's figure set against the month
    before, not the month told of."""
    compared = _compared_re(lang)
    name = (words or "").split()[-1:] or [""]
    at = text.find(name[0]) if name[0] else -1
    return (
        compared is not None and at >= 0 and compared.search(text, max(0, at - 40), at) is not None
    )


# a list's caption that names its month last, before the colon: "Deliveries by brand, November:"
_CAPTION_MONTH_LAST = re.compile(rf"[,–—-]\s*(?P<m>{_MONTH_ABBR})\.?\s*[:：]\s*$", re.I)


def _month_named(lang: str, text: str, ref: dt.date | None, doc_year: int | None) -> Period | None:
    """A finished month named by a sentence with no figure, else None."""
    said = _resolve(lang, text, ref, "actual", doc_year)
    if lang == "en" and said.kind == "none" and len(text) <= 80:
        last = _CAPTION_MONTH_LAST.search(text)
        if last is not None:
            word = last.group("m")
            return _finished_month((MONTHS[word.lower()], word), ref, doc_year)
    if (
        said.kind == "month"
        and said.start is not None
        and said.as_of is not None
        and lang not in ("en", "zh")
        and _base_month(lang, text, said.text)
    ):
        return None  # "Li Auto … 28.529, in calo rispetto a luglio": July is the rival's base
    if said.kind == "month" and said.start is not None and said.as_of is not None:
        return said
    if lang not in ("en", "zh") and said.kind == "none" and said.start is None:
        # "Octobre a été un mois record pour Xiaomi.": a month's bare name, as English
        # "October was a record month" (the languages' month phrasings want "en octobre")
        bare = bare_month(text, lang)
        if bare is not None and _base_month(lang, text, bare[1]):
            return None  # "Leapmotor …, en hausse par rapport à août": the rival's base
        return _finished_month(bare, ref, doc_year)
    return None


_OPENING = re.compile(r"\s*(?:[^\W\d_]+\s+)?[^\W\d_]+(?=\s*[,:]|\s+[^\W\d_])")


def _month_opening(
    lang: str, text: str, ref: dt.date | None, doc_year: int | None
) -> Period | None:
    """A month's bare name that opens a sentence with a figure, or heads it before a colon
    ("Ноябрь принёс Xiaomi новый рекорд: компания поставила …", "Rekordmonat November:
    Xiaomi lieferte …"): the month of its figures that name none, as English "November
    brought Xiaomi a record: it delivered …" (languages of data/lang/)."""
    if lang in ("en", "zh"):
        return None
    colon = text.find(":")
    head = text[:colon] if 0 < colon <= 40 and not re.search(r"\d", text[:colon]) else None
    if head is None:
        m = _OPENING.match(text)
        head = m.group(0) if m else None
    return _finished_month(bare_month(head, lang), ref, doc_year) if head else None


def _finished_month(
    named: tuple[int, str] | None, ref: dt.date | None, doc_year: int | None
) -> Period | None:
    """The latest month of that number finished by the reference date (last year's when it
    is still to come this year; None for the month under way), else of the document's year."""
    if named is None:
        return None
    month, word = named
    if ref is not None:
        if month == ref.month:
            return None
        year = ref.year if month < ref.month else ref.year - 1
    elif doc_year is not None:
        year = doc_year
    else:
        return None
    start = dt.date(year, month, 1)
    end = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return Period(start, end, word, end, False, "month")


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
        days = set(_days_told(sentence, ref, doc_year, when.published))
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


def _days_told(
    sentence: str, ref: dt.date | None, doc_year: int | None, published: dt.date | None = None
) -> list[dt.date]:
    """The days a sentence states as past, in order; "since July 6" starts a span instead.
    A weekday ("rolled off the line on Tuesday", "it said on Wednesday") is the latest such
    day up to the story's publication (not a day of writing guessed from the text)."""
    told = [
        (s, d)
        for s, _, d in en_dates(sentence, ref or _year_end(doc_year), False)
        if (ref is None or d <= ref) and not _SINCE.search(sentence, max(0, s - 12), s)
    ]
    if published is not None and "day" in sentence:
        told += [
            (
                m.start(),
                published
                - dt.timedelta(days=(published.weekday() - _WEEKDAYS[m.group(1).lower()]) % 7),
            )
            for m in _ON_WEEKDAY.finditer(sentence)
        ]
        told.sort()
    if published is not None:
        # "第10万台量产车今日下线", "rolled off the line today": the story's own day
        told += [(m.start(), published) for m in _TODAY.finditer(sentence)]
        told.sort()
    return [d for _, d in told]


# the day of the story (not the news site 今日头条, nor "today's" or "until today")
_TODAY = re.compile(r"今日(?!头条|頭條)|今天|(?<![Uu]ntil\s)\btoday\b(?!['’]s)")


_WEEKDAYS = {
    d: i
    for i, d in enumerate(
        ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    )
}
# a weekday of the story's week, not "every Tuesday" nor "next Monday"
_ON_WEEKDAY = re.compile(
    r"(?<![Ee]very\s)(?<![Nn]ext\s)\b(?:on|last|by)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday)\b(?!['’]s)"
)


_RECENT = re.compile(r"\b(?:past|last|previous)\b|过去|過去|最近|近", re.I)
_SINCE = re.compile(r"\b(?:since|from)\s+$|(?:自|从|從)\s*$", re.I)


# the end of an offer: "until August 31", "through the end of June", 8月31日前下单, 月底前
_OFFER_DEADLINE = re.compile(
    r"\b(?:until|till|through|before)\s+(?:the\s+end\s+of\s+)?(?:" + _MONTH_ABBR + r"|\d)"
    r"|(?:\d{1,2}\s*[日号]|月底|月末)\s*(?:之前|以前|前)",
    re.I,
)


def _before_reference(end: dt.date, ref: dt.date | None, doc_year: int | None) -> bool:
    if ref is not None:
        return end < ref
    return doc_year is not None and end.year < doc_year


scan.speed_up(globals())
