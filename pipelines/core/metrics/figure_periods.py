"""The period a figure counts: its month, quarter or year from the words near it, a table's
month, years named before it, the turn of the year, periods given in a list.

Apart because placing a figure in time is the largest single question after finding it, with
its own patterns.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from pipelines.core.metrics import scan
from pipelines.core.metrics.doc_time import _resolve, _year_so_far
from pipelines.core.metrics.kinds import _ORDER_METRICS
from pipelines.core.metrics.lexicon import Entity, ExtractorConfig
from pipelines.core.metrics.locale_periods import (
    bare_month,
    find_period_cues,
    launched_in,
    quarter_ellipsis,
)
from pipelines.core.metrics.measures import _milestone
from pipelines.core.metrics.numbers import NumberMention
from pipelines.core.metrics.patterns import (
    _CONJUNCTIONS,
    _EARLIER_GOAL,
    _GOAL_REVISED,
    _HAS_REACHED,
    _MONTH_ABBR,
    _TOOK_DAYS,
    _YEAR_RE,
)
from pipelines.core.metrics.periods import (
    _SINCE_LAUNCH_ZH,
    LAUNCH_MONTH_RE,
    MONTH_NOUN_RE,
    MONTHS,
    NEXT_YEAR_RE,
    ORDINAL_WORDS,
    WHOLE_YEAR_RE,
    Period,
    _month_end,
)
from pipelines.core.metrics.sentences import _clause_bounds

if TYPE_CHECKING:  # annotations only: extract.py imports this module
    from pipelines.core.metrics.extract import ExtractedEvent

# a sum of parts (plants, models), not a running total: 两期工厂合计 (not "in total", which
# is the running total as often as not: "has now delivered 400,000 in total")
_SUM_WORD = re.compile(r"合计|合計|总计|總計|共计|共計")
# one figure for each of two months: "September and October each saw over 40,000", "in both
# September and October", "in each of October and November", 9月和10月均超过4万辆
_EACH_MONTH = re.compile(
    r"\b(?:(?P<pre>both|each\s+of)\s+)?(?P<m1>" + _MONTH_ABBR + r")\.?\s+(?:and|&)\s+"
    r"(?P<m2>" + _MONTH_ABBR + r")\.?(?P<post>\s+each\b)?"
    # (or more: 10月、11月、12月交付量均超过4万辆)
    r"|(?P<z1>\d{1,2})\s*月份?(?P<z2>(?:\s*(?:和|与|及|、)\s*\d{1,2}\s*月份?){1,3})[^，。；,;\d]{0,12}?"
    r"(?:均|都|各|连续\s*(?:2|两|二)\s*个?月)",
    re.I,
)


# a mark passed, told in the present tense with no period: "SU7 crosses 300K deliveries",
# "YU7 passes 100,000 units"
_CROSSES = re.compile(
    r"\b(?:cross(?:es)?|pass(?:es)?|surpass(?:es)?|tops|exceeds)\s+(?:the\s+)?[\d,.]+\s*[kK]?"
    r"(?=\s+(?:cumulative\s+)?(?:deliveries|units|cars|vehicles|EVs)\b)"
    # "SU7 deliveries cross 250,000"
    r"|\b(?:deliveries|sales)\s+(?:cross|pass|surpass|top|exceed)(?:es|s)?\s+(?:the\s+)?\d",
    re.I,
)
_SOME_PERIOD = re.compile(r"\b(?:day|week|month|quarter|year)s?\b|[日周月季年]", re.I)


def _each_month(
    text: str, events: list[ExtractedEvent], ref: dt.date | None
) -> list[ExtractedEvent]:
    """The figure of the first of two (or more) months said to hold for each: an event for
    each other month (the first month's year, or the next when a later month comes earlier)."""
    pairs: list[tuple[int, int, str]] = []
    for m in _EACH_MONTH.finditer(text):
        if m.group("z1"):
            for z in re.findall(r"\d{1,2}", m.group("z2"))[::-1]:
                pairs.append((int(m.group("z1")), int(z), m.group(0)))
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


def _period_back(
    cfg: ExtractorConfig,
    text: str,
    num: NumberMention,
    period: Period,
    ref: dt.date | None,
    status: str,
    doc_year: int | None,
    before: ExtractedEvent | None = None,
    rows_carried: bool = False,
) -> Period:
    """ "nach einem Verlust von 300 Millionen Yuan im Vorquartal", "38 000 le mois précédent",
    前四半期の8万1302台 (data `quarter_earlier`, `month_earlier`): the quarter or month the
    sentence names for its figure is this one's next; its own is the one before."""
    if (
        period.kind == "none"
        and period.start is None
        and not period.text
        and (
            cfg.quarter_earlier_lead_re.search(text, max(0, num.start - 24), num.start)
            if cfg.lang in ("ja", "ko")
            # "giảm so với mức lỗ 700 triệu của quý trước": said after the figure elsewhere,
            # or before it ("Bir önceki çeyrekte birim 300 milyon yuan zarar etmişti")
            else cfg.quarter_earlier_re.match(
                text, num.value_end, min(len(text), num.value_end + 40)
            )
            or cfg.quarter_earlier_lead_re.search(text, max(0, num.start - 40), num.start)
            # a bare bracket of a row under rows that named the quarter before (_Context)
            or (rows_carried and _bare_bracket_base(text, num, cfg.quarter_earlier_word_re, True))
        )
    ):
        # "前の四半期の213億元から": the quarter before the one the article reports, which
        # the sentence does not name (extract steps back from the reporting quarter)
        return Period(None, None, QUARTER_BACK, None, False, "none")
    if (
        period.kind == "none"
        and period.start is None
        and not period.text
        and (
            (
                cfg.lang == "en"
                and cfg.quarter_earlier_re.match(
                    text, num.value_end, min(len(text), num.value_end + 40)
                )
            )
            or (
                cfg.lang == "zh"
                and _ZH_QUARTER_BACK_LEAD.search(text, max(0, num.start - 12), num.start)
            )
            # "In the previous quarter, revenue … reached 21.3 billion yuan", "A quarter
            # earlier, the unit had delivered 75,869": a feature's lead of the sentence
            or (cfg.lang == "en" and _EN_QUARTER_BACK_OPENING.match(text) is not None)
        )
    ):
        # "improved to 26.4%, from 23.2% in the prior quarter", "收入为185.8亿元，上一季度为
        # 167.5亿元", "较上季度的20.4%": the quarter before the one the article reports
        return Period(None, None, QUARTER_BACK, None, False, "none")
    if period.kind == "quarter":
        after_re, lead_re, months = cfg.quarter_earlier_re, cfg.quarter_earlier_lead_re, 3
        word = cfg.quarter_earlier_word_re
    elif period.kind == "month":
        after_re, lead_re, months = cfg.month_earlier_re, cfg.month_earlier_lead_re, 1
        word = cfg.month_earlier_word_re
    elif period.kind == "week":
        after_re, lead_re, months = cfg.week_earlier_re, cfg.week_earlier_lead_re, 0
        word = cfg.week_earlier_word_re
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
        if named.kind != period.kind:
            # "Bis Ende Oktober … rund 480.000, allein im Oktober mehr als 40.000 – nach
            # 40.000 im Vormonat": the running total's words rule the whole sentence; the
            # month named in the words right before the figure
            near = text[max(0, num.start - 80) : num.start]
            named = _resolve(
                cfg.lang, word.sub(lambda m: " " * len(m.group(0)), near), ref, status, doc_year
            )
        if (
            named.kind != period.kind
            and before is not None
            and before.period_kind == period.kind
            and before.period_start == period.start
            and months
        ):
            # "8月は3万台を超えた。前月に続き3万台を上回った" told on September 1: the month
            # before the one just reported, not that month again
            first = period.start.month - months
            start = dt.date(period.start.year - (first < 1), (first - 1) % 12 + 1, 1)
            end = _month_end(start.year, start.month + months - 1)
            as_of = end if status == "actual" and (ref is None or end <= ref) else None
            return Period(start, end, period.text, as_of, False, period.kind)
        if named.kind != period.kind or named.start is None or named.end is None:
            return period
        period = named
    after = (
        after_re.match(text, num.value_end, min(len(text), num.value_end + 40))
        if cfg.lang not in ("ja", "ko")  # "前四半期の8万1302台": said before the figure there
        else None
    )
    lead = lead_re.search(text, max(0, num.start - 24), num.start)
    if (
        after is None
        and lead is None
        and not (cfg.lang not in ("en", "zh") and _bare_bracket_base(text, num, word, rows_carried))
    ):
        return period
    if after is None and lead is not None and re.search(r"[（(][^）)]*\d", lead.group(0)):
        return period  # "较上周（12月1日-12月7日）的": the dates in brackets are the week's own
    told = period.start
    if told is None:
        return period
    if months == 0:  # a week: the seven days before
        start, end = told - dt.timedelta(days=7), told - dt.timedelta(days=1)
    else:
        first = told.month - months
        start = dt.date(told.year - (first < 1), (first - 1) % 12 + 1, 1)
        end = _month_end(start.year, start.month + months - 1)
    as_of = end if status == "actual" and (ref is None or end <= ref) else None
    return Period(start, end, period.text, as_of, False, period.kind)


def _alone_in_bracket(text: str, num: NumberMention) -> bool:
    """ "(26,4 Prozent)", "(minus 300 Mio.)": the figure is all its bracket holds."""
    return bool(
        re.search(r"[(（]\s*(?:plus|minus|[+−–-])?\s*$", text[max(0, num.start - 10) : num.start])
        and re.match(r"[^()（）\d]{0,16}[)）]", text[num.end :])
    )


def _bare_bracket_base(
    text: str, num: NumberMention, word: re.Pattern[str], carried: bool = False
) -> bool:
    """ "Umsatz 29,0 Mrd. Yuan (Vorquartal: 21,3 Mrd.), Bruttomarge 25,5 Prozent (26,4
    Prozent)": a figure alone in brackets, after a bracket of the same sentence that named the
    period before ("Vorquartal:"), is of that period too."""
    if not _alone_in_bracket(text, num):
        return False
    if carried and _RESULT_ROW.match(text):
        return True  # a row under one whose bracket named the period before (_Context)
    return any(
        word.match(text, m.end()) is not None for m in re.finditer(r"[(（]\s*", text[: num.start])
    )


# a result row of a list told one item a line: "Brutomarge: 25,5 procent (26,4 procent)"
# (a bullet before it: "- Omzet: …", "• Umsatz: …")
_RESULT_ROW = re.compile(
    r"\s*(?:[-–—•·*▪]\s*)?[^\W\d][^:：\d()（）\n]{0,40}[:：]\s*[^()（）\n]*\d[^()（）\n]*[(（]"
)


def _bracket_base_row(text: str, word: re.Pattern[str], carried: bool) -> bool:
    """A result row whose bracket names the period before ("Omzet: 29,0 miljard yuan (vorig
    kwartaal: 21,3 miljard)"), or a row of bare brackets under such rows: the rows under it
    keep their brackets' figures of that period."""
    if not _RESULT_ROW.match(text):
        return False
    return carried or any(
        word.match(text, m.end()) is not None for m in re.finditer(r"[(（]\s*", text)
    )


# a bracket that labels its figure: "(eerste kwartaal: 18,1 miljard)", "(Q1: 18,1 Mrd.)"
_LABELLED_BRACKET = re.compile(r"[(（]\s*(?P<l>[^()（）:：\n]{1,24}?)\s*[:：]\s*[^()（）\n]{0,8}\d")


def _bracket_row_label(text: str, carried: str | None) -> str | None:
    """Results told one item a line, the first line's bracket labelled with a period
    ("Omzet: 20,6 miljard yuan (eerste kwartaal: 18,1 miljard)", "Umsatz: 21,3 Mrd. Yuan
    (erstes Quartal: 18,6 Mrd.)"): that label, for the bare brackets of the lines under it
    ("Brutomarge: 26,4 procent (23,2 procent)"); a line of bare brackets passes it on."""
    if ("(" not in text and "（" not in text) or not _RESULT_ROW.match(text):
        return None  # (a row has a bracket: most sentences are not tried)
    first = _LABELLED_BRACKET.search(text)
    return first.group("l") if first is not None else carried


def _bracket_label_period(
    text: str,
    num: NumberMention,
    carried: str | None,
    lang: str,
    ref: dt.date | None,
    status: str,
    doc_year: int | None,
) -> Period | None:
    """A figure alone in brackets after a bracket labelled with a period, of its sentence or
    of the result rows above it (`_bracket_row_label`): "Umsatz 21,3 Mrd. Yuan (erstes
    Quartal: 18,6 Mrd.), Bruttomarge 26,4 Prozent (23,2 Prozent)" gives 23.2 % the first
    quarter. None when the label is no quarter, half or month (the previous quarter,
    "Vorquartal:", is `_period_back`'s)."""
    if not _alone_in_bracket(text, num):
        return None
    own = None
    for m in _LABELLED_BRACKET.finditer(text, 0, num.start):
        own = own or m.group("l")  # the first bracket that labels its figure
    label = own or (carried if _RESULT_ROW.match(text) else None)
    if label is None:
        return None
    said = _resolve(lang, label, ref, status, doc_year)
    if said.start is None or said.kind not in ("quarter", "half_year", "month"):
        return None
    return said


# "and" before another verb: "… and plans", "… and will announce", "… and said"
_AND_VERB = re.compile(
    r"\s+and\s+(?:(?:it|he|she|they|we|the\s+company)\s+)?(?:will|would|plans?|planned|aims?|"
    r"expects?|expected|said|says|added|announced|launched|opened|unveiled|hopes?|intends?|"
    r"is|was|has|had|could|may|might|can|should|must)\b",
    re.I,
)
# the same past "and" in the languages of data/lang/, before a verb of aiming or planning: "ha
# consegnato più di 30.000 vetture, e punta a chiudere l'anno con 350.000", "et vise", "y aspira"
_AND_PLAN = re.compile(
    r",?\s+(?:e|et|y|und|en|i|и|а|dan|và|ve)\s+(?:(?:ora|désormais|ahora|agora|jetzt|nu|teraz)\s+)?"
    r"(?:punta|mira|prevede|vuole|intende|conta|vise|prévoit|table|compte|ambitionne|apunta|aspira|"
    r"prevé|espera|pretende|quiere|prevê|planeja|planeia|will|plant|peilt|rechnet|wil|mikt|verwacht|"
    r"planuje|zamierza|liczy|планирует|рассчитывает|намерен\w*|ожидает|menargetkan|berencana|"
    r"menarget|đặt\s+mục\s+tiêu|hướng\s+tới|kỳ\s+vọng|dự\s+kiến|hedefliyor|planlıyor)\b",
    re.I,
)
# a short bracket right after a figure (its unit between): "(Q3)", "(Oct. 2025)", （二季度）
_MONTH_ONLY = re.compile(r"\s*(?:" + _MONTH_ABBR + r")\.?(?:\s+(?:19|20)\d{2})?\s*", re.I)
_PERIOD_IN_BRACKET = re.compile(
    # (after a bound's mark: "30,000-plus (July)", "3万余辆（7月）")
    r"\s*(?:\+|-?plus|余|多)?(?:%|percent|units|vehicles|cars|yuan|辆|台|元|亿元|万辆)?\s*[(（]\s*"
    r"(?P<p>(?:in\s+|for\s+)?[^()（）\d,;，；]{0,12}?(?:\d[^()（）,;，；]{0,10})?)\s*[)）]",
    re.I,
)


# a pace right after its figure: "1,290 units a day", "40,000 cars a month in the first quarter"
_PACE_RIGHT_AFTER = re.compile(
    r"\+?\s*(?:[\w-]+\s+){0,2}(?:a|per|each)\s+(?:day|week|month)\b", re.I
)


_HAS_DIGIT = re.compile(r"\d")
# a running total's words: "for the year so far", "year to date", 今年以来
_SO_FAR = re.compile(r"\b(?:so\s+far|to\s+date|year-to-date|YTD)\b|以来|累计", re.I)


# a colon after a figure, before the words of another statement
_COLON_THEN_WORDS = re.compile(r"\s?:\s+(?=[^\W\d_])")
# an article or a possessive opening a clause: a new subject
_NEW_SUBJECT = re.compile(
    r"(?:l['’]|(?:le|la|les|el|los|las|a|o|as|os|il|lo|gli|het|de|der|die|das|son|sa|ses|su|sus|"
    r"seu|sua|suo|zijn|haar|sein|seine|ihr|ihre|jego|jej)\b)",
    re.I,
)

# the last quarter finished, told as "just ended": "the quarter just ended", "the just-ended
# quarter", 刚刚结束的季度, 刚过去的三季度 is named (not matched here)
_JUST_ENDED_QUARTER = re.compile(
    r"\b(?:the\s+)?(?:quarter\s+(?:that\s+)?(?:has\s+)?just\s+(?:ended|closed|finished)|"
    r"just[- ](?:ended|closed|finished)\s+quarter)\b"
    r"|刚刚?(?:结束|过去)的(?:这个|这一)?季度",
    re.I,
)

_TO_END_OF = re.compile(r"截至|截止|到|末|底|\b(?:by|as\s+of|through|until|end)\b", re.I)
_IN_AFTER = re.compile(r"\s*(?:units|vehicles|cars|deliveries)?\s*(?:in|for|during|over)\s+", re.I)


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
    year_earlier_word: re.Pattern[str] | None = None,
) -> Period:
    """The nearest stated period: after the number, before it, its clause, its sentence.

    `year_earlier` (data `year_earlier`): words after a figure that make it the base of a
    year-on-year change, "a year earlier", "dello stesso periodo dell'anno precedente"."""
    just_ended = (
        _JUST_ENDED_QUARTER.search(text, max(0, c_left - 2, num.start - 60), num.start)
        if lang in ("en", "zh") and ref is not None
        else None
    )
    if just_ended is not None and re.search(r"\d", text[just_ended.end() : num.start]):
        just_ended = None
    if just_ended is None and lang == "en" and ref is not None:
        # "… and more than 110,000 in the just-ended quarter"
        prep = _IN_AFTER.match(text, num.end)
        just_ended = _JUST_ENDED_QUARTER.match(text, prep.end()) if prep is not None else None
    if just_ended is not None and ref is not None:
        # "bringing its deliveries for the quarter just ended to more than 110,000", 刚刚结束的
        # 季度: the last quarter finished before the day of writing, whatever month the
        # sentence named for the figure before
        q_start = dt.date(ref.year, 3 * ((ref.month - 1) // 3) + 1, 1)
        end = q_start - dt.timedelta(days=1)
        start = dt.date(end.year, end.month - 2, 1)
        return Period(start, end, just_ended.group(0), end, False, "quarter")
    owner = (
        _POSSESSIVE_PERIOD.search(text, max(0, num.start - 70), num.start) if lang == "en" else None
    )
    if owner is not None:
        # "up from September's 33,000", "well above Q2's 81,302", "October's record of
        # 40,000": the period named as the figure's owner, whatever the clause says
        said = _resolve(lang, "in " + owner.group("p"), ref, status, doc_year)
        if said.start is not None:
            return dataclasses.replace(said, text=owner.group("p"))
    own_bracket = _PERIOD_IN_BRACKET.match(text, num.end)
    if own_bracket is not None:
        # "25.5% (Q3) vs 26.4% (Q2)", "40,000+ (Oct.)", 26.4%（二季度）: a bracket that holds
        # only a period, right after the figure, is the figure's
        inside = own_bracket.group("p")
        said = _resolve(lang, inside, ref, status, doc_year)
        if said.start is None and lang == "en" and _MONTH_ONLY.fullmatch(inside):
            # "30,000 (Jul)": a month named alone in brackets is the figure's month (bare,
            # "May" is a verb as often as a month)
            said = _resolve(lang, "in " + inside, ref, status, doc_year)
        if (
            said.start is not None
            and said.kind in ("month", "quarter", "half_year", "year")
            # the period and nothing else ("(Q2: 81,302)", "（二季度为8.13万辆）" tell more)
            and len(re.sub(r"^(?:in|for)\s+|\W+$", "", inside, flags=re.I)) <= len(said.text or "")
        ):
            return said
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
        if (
            back is not None
            and lang not in ("en", "zh")
            and _FIGURE_RIGHT_BEFORE.search(text[max(c_left, back.start() - 25) : back.start()])
        ):
            back = None  # "von 6,4 Mrd. im Vorjahresquartal auf 21,3": the other figure's
    if back is not None:
        # "27,307 in the same period last year": the phrase is the shift, not the period; the
        # period is the one the sentence names for the figure it is compared with
        text = text[: back.start()] + " " * (back.end() - back.start()) + text[back.end() :]
    if lang not in ("en", "zh") and year_earlier_word is not None:
        for m in year_earlier_word.finditer(text, c_left, num.start):
            if re.search(r"\d", text[m.end() : num.start]) or _FIGURE_RIGHT_BEFORE.search(
                text[max(c_left, m.start() - 25) : m.start()]
            ):
                # "전년 동기 64억 위안에서 213억 위안으로", "von 6,4 Mrd. im Vorjahresquartal auf
                # 21,3 Mrd.": the year back is the other figure's, the base of this one
                text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    first_since = _FIRST_SINCE.search(text, num.value_end, min(len(text), num.value_end + 60))
    if first_since is not None:
        # "lợi nhuận hoạt động đạt 700 triệu, lần đầu tiên có lãi kể từ khi ra mắt xe", "its
        # first profit since the launch": the launch dates the record, not the figure's period
        a, b = first_since.span("s")  # (the since-phrase only: "first quarterly" stays)
        text = text[:a] + " " * (b - a) + text[b:]
    prev_left = _clause_bounds(text, max(0, c_left - 2), max(0, c_left - 2))[0] if c_left else 0
    colon = _COLON_THEN_WORDS.search(text, num.value_end, max(hi, c_right))
    if (
        lang not in ("en", "zh")
        and colon is not None
        and (
            _HAS_DIGIT.search(text, colon.end(), max(hi, c_right))
            # (or a new subject opens it: "… : l'objectif annuel est atteint"; not "…: en
            # octubre, un récord", the figure's own month)
            or _NEW_SUBJECT.match(text, colon.end()) is not None
        )
    ):
        # "… environ 362 000 voitures : l'objectif annuel de 350 000 …": past the colon,
        # another statement with a figure of its own; its periods ("annuel") are not this one's
        stop = max(hi, c_right)
        text = text[: colon.start()] + " " * (stop - colon.start()) + text[stop:]
    if (
        lang not in ("en", "zh")
        and _resolve(lang, text[num.value_end : c_right], ref, status, doc_year).kind == "window"
    ):
        for cue in find_period_cues(text[c_left : num.start], lang):
            if cue.kind == "month" and launched_in(text, c_left + cue.start, lang):
                # "Mẫu YU7 ra mắt hồi tháng 6 đã nhận 240.000 đơn … trong 18 giờ": the month of
                # the launch; the figure's period is the window told after it
                a, b = c_left + cue.start, c_left + cue.end
                text = text[:a] + " " * (b - a) + text[b:]
    plan = (
        _AND_PLAN.search(text, num.value_end)
        if lang not in ("en", "zh") and status == "actual"
        else None
    )
    if plan is not None and _HAS_DIGIT.search(text, plan.end()) is not None:
        # "ha consegnato più di 30.000 vetture, e punta a chiudere l'anno con 350.000": past
        # "and" and a verb of aiming, another statement with a figure of its own; its period
        # is the plan's, not this actual's
        text = text[: plan.start()] + " " * (len(text) - plan.start())
    after, before = (num.value_end, hi), (lo, num.start)
    if hi < len(text) and text[hi : hi + 1].isdigit():
        # another figure follows in the clause: a period after the word that joins it to this
        # one is that figure's ("A settembre … 10.000 auto e per ottobre punta a quota 20.000")
        joint = next(
            (
                j
                for j in _NEXT_ITEM_PERIOD.finditer(text, num.value_end, hi)
                # (not the "y" of "entre abril y junio": a span of months, the figure's)
                if not _BETWEEN_WORD.search(text, max(num.value_end, j.start() - 30), j.start())
            ),
            None,
        )
        if joint is not None:
            after = (num.value_end, joint.start())
            if lang not in ("en", "zh"):
                # "영업이익은 7억 위안으로, 2분기 3억 위안 영업손실에서": the period told right
                # before the next figure is that figure's, nowhere this one's
                theirs = _resolve(lang, text[joint.end() : hi], ref, status, doc_year)
                if theirs.start is not None and theirs.text:
                    at = text.find(theirs.text, joint.end(), hi)
                    end_at = at + len(theirs.text)
                    if at >= 0 and not text[end_at:hi].strip():
                        text = text[:at] + " " * (end_at - at) + text[end_at:]
    if lang in ("ja", "ko") and after[1] > num.value_end:
        # "영업손실은 7억 위안으로 3분기 15억 위안에서", "6만9697대로 3분기의 3만9790대에서":
        # a period told right before the next figure (these languages put it first) is that
        # figure's
        theirs = _resolve(lang, text[num.value_end : after[1]], ref, status, doc_year)
        at = text.find(theirs.text, num.value_end, after[1]) if theirs.text else -1
        end_at = at + len(theirs.text or "")
        if at > num.value_end and (
            _FIGURE_NEXT.match(text, end_at)
            # (or the period compared with: "25.5%로 2분기보다 0.9%포인트 낮아졌다")
            or _THAN_NEXT.match(text, end_at)
        ):
            text = text[:at] + " " * (end_at - at) + text[end_at:]
    if lang == "en":
        verb = _AND_VERB.search(text, num.value_end, after[1])
        if verb is not None:
            # "delivered 40,000 in October and plans a new model in the first quarter": past
            # "and" and another verb, the period is the other statement's
            after = (num.value_end, verb.start())
    ellipsis = _QUARTER_ELLIPSIS.match(text, num.value_end, after[1]) if lang == "en" else None
    elided = (
        (ORDINAL_WORDS[ellipsis.group(2).lower()], ellipsis.group("p"))
        if ellipsis is not None
        # "contra 75.869 no primeiro", "frente a 75.869 en el primero" (data `quarter_ellipsis`)
        else quarter_ellipsis(text, num.value_end, after[1], lang)
        if lang not in ("en", "zh")
        else None
    )
    if elided is not None:
        # "lost 300 million in the second quarter, narrowing from 500 million in the first":
        # the quarter the sentence names, its number said alone
        said = _resolve(lang, text, ref, status, doc_year)
        if said.kind == "quarter" and said.start is not None:
            n, words = elided
            q_start = dt.date(said.start.year, 3 * n - 2, 1)
            q_end = _month_end(q_start.year, q_start.month + 2)
            q_as_of = q_end if ref is None or q_end <= ref else None
            return Period(q_start, q_end, words, q_as_of, False, "quarter")
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
    joined = _joined_item(text, lo, num.start, lang)
    nxt = _joined_item(text, after[0], after[1], lang)
    if nxt[0] < after[1] and re.match(r"\d", text[after[1] : after[1] + 1]):
        # "40.000 auto's af en in het derde kwartaal 108.796": the next item's period
        after = (after[0], after[0] + text[after[0] : nxt[0]].rstrip(" ,").rfind(" "))
    spans = (
        after,
        joined,
        (segment, num.start),
        (own_start, num.start),
        before,
        (c_left, c_right),
        (prev_left, c_left),
    )
    # the clause and the sentence without the brackets that tell another figure ("EV revenue:
    # RMB28.3bn (Q2: RMB20.6bn)": Q2 is the bracketed figure's)
    wide = _OTHER_FIGURE_BRACKET.sub(
        lambda m: m.group(0) if m.start() <= num.start < m.end() else " " * len(m.group(0)), text
    )
    pace_after = False
    for a, b in (*spans, (0, len(text))):
        if b <= a:
            continue
        p = _resolve(
            lang, (wide if (a, b) not in (after, before) else text)[a:b], ref, status, doc_year
        )
        if found is None and (a, b) == after and p.kind == "rate" and lang == "en":
            pace_after = _PACE_RIGHT_AFTER.match(text, a, b) is not None
        if (
            found is None
            and (a, b) == after
            and p.kind == "day"
            and lang == "en"
            and status == "actual"
        ):
            # "…in July, and its centres handed over 2,000 cars on Sunday, Aug. 11, a one-day
            # record": the day told right after the figure is its own (the day itself is
            # dated from the sentence later), not the other clause's month
            found = p
            break
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
            and found.kind == "window"
            and _FIRST_YEAR.search(found.text or "")
            and p.kind == "year"
            and _YEAR_RE.search(p.text or "")
        ):
            found = p  # "2024年，小米SU7上市第一年，…": the calendar year named is that first year
            break
        if (
            found is not None
            and (
                found.kind in ("cumulative", "window")
                # (and "40,000 in October, or about 1,290 units a day": the pace told right
                # after the figure)
                or (found.kind == "rate" and pace_after)
            )
            and p.start is not None
            and p.kind != found.kind
            # (not a sum of parts: "今年8月，两期工厂合计生产新车约3.9万辆" is August's)
            and not _SUM_WORD.fullmatch((found.text or "").strip())
        ):
            break  # "自7月6日交付以来，交付量已突破4万台" beside "今年6月": the nearer running total
        if found is None and _said_day_after_period(p, lang):
            # "entregou em março mais de 29 mil …, anunciou … 1 de abril", "9월 … 인도했다고
            # 10월 1일 밝혔다": the day is when the month's figure was told, not a running
            # total to that day
            whole = _resolve(lang, text, ref, status, doc_year)
            if _told_after(whole, p):
                found = Period(whole.start, whole.end, whole.text, whole.end, False, whole.kind)
                break
        if (
            lang == "en"
            and found is not None
            and found.kind == p.kind == "cumulative"
            and found.start is None
            and not p.explicit_as_of
            and _SINCE_RIGHT_AFTER.match(text, num.value_end)
        ):
            # "So far this year, …, and more than 320,000 cars since deliveries began in April
            # 2024": the running total since launch is its own, not the year's so far
            break
        if (
            (a, b) == (0, len(text))
            and lang in ("en", "zh")
            and p.text
            and (p.kind == "cumulative" or _SO_FAR.search(text, c_right) is not None)
            and (at := text.find(p.text, c_right)) >= 0
            and _HAS_DIGIT.search(text, at + len(p.text)) is not None
            and text.find(p.text, 0, c_right) < 0
        ):
            # "deliveries were above 40,000, and its total for the year to date reached more
            # than 360,000": the period a later clause names for its own figure
            continue
        if (
            (a, b) == (0, len(text))
            and found is None
            and lang not in ("en", "zh")
            and p.start is not None
            and p.text
            and _other_statement_period(text, num, c_right, p.text)
        ):
            # "Der operative Verlust schrumpfte auf 300 Mio. Yuan; im ersten Quartal hatte er
            # noch bei 500 Mio. Yuan gelegen": the period of the statement after the semicolon
            # is its own figure's, not this one's
            break
        if (
            found is not None
            and found.kind == p.kind == "cumulative"
            and found.start is None
            and p.start is not None
            and p.end is not None
            and _SINCE_LAUNCH_ZH.search(text, c_left, c_right)
        ):
            # "截至今年9月底，小米汽车自上市以来累计交付已超过40万辆": the total since the launch
            # to that day, not this year's
            found = Period(None, None, found.text, p.as_of, p.as_of is not None, "cumulative")
            break
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
    if (
        found is not None
        and found.kind == "cumulative"
        and lang in ("en", "zh")
        and _SUM_WORD.fullmatch((found.text or "").strip())
    ):
        # "本周，小米YU7上险约6200辆，小米SU7为3800辆，小米汽车合计上险1.0万辆": a sum of the parts
        # told before it is of their week or month, no running total
        whole = _resolve(lang, text, ref, status, doc_year)
        if whole.kind in ("week", "month", "quarter"):
            found = whole
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
    if (
        found.kind == "cumulative"
        and found.start is None
        and not found.explicit_as_of
        and prev_left < c_left
        and lang in ("en", "zh")
        and status == "actual"
        # (累计 alone: not "上市以来累计", a running total since launch)
        and re.fullmatch(
            r"\s*(?:累计|累計|累積|a\s+total\s+of|in\s+total)\s*", found.text or "", re.I
        )
    ):
        # "今年上半年，小米汽车累计交付15.7万辆": the half year or quarter the clause before
        # names is the sum's, as in "小米汽车今年上半年累计交付…"
        lead = _resolve(lang, text[prev_left:c_left], ref, status, doc_year)
        if (
            (
                lead.kind in ("half_year", "quarter")
                # "全年来看，小米汽车累计交付超41万辆", "For the full year, a total of": the year
                # a whole-year word of the clause before names
                or (lead.kind == "year" and scan.search(WHOLE_YEAR_RE, text, prev_left, c_left))
            )
            and lead.start is not None
            and not lead.explicit_as_of
            # (not "截至三季度末，…累计": a running total to the quarter's end)
            and not _TO_END_OF.search(text, prev_left, c_left)
        ):
            return lead
    if found.kind in _CALENDAR and found.text and found.text in text[lo : num.start]:
        # "지난해 판매를 시작한 SU7은 출시 30분 만에 5만대": the window that ends right before
        # the figure is its period, the year further back says when the car went on sale
        near = _resolve(lang, text[max(lo, num.start - _NEAR) : num.start], ref, status, doc_year)
        if near.kind == "window" and near.text:
            return near
        at = text.rfind(found.text, lo, num.start)
        near_month = near.kind == found.kind == "month" or (
            # "im März 2024 binnen 27 Minuten 50.000": the month's own year is all that is near
            found.kind == "month"
            and near.kind == "year"
            and near.text is not None
            and found.text is not None
            and near.text in found.text
        )
        if near_month and at >= 0 and lang not in ("en", "zh"):
            # "2024年3月の発売時には24時間で8万8898台", "beim Marktstart im März 2024 gingen in
            # 24 Stunden …": the month is in reach too; the window between it and the figure wins
            past = _resolve(lang, text[at + len(found.text) : num.start], ref, status, doc_year)
            if past.kind == "window" and past.text:
                return past
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
    if (
        found.kind == "year"
        and status == "actual"
        and _THIS_YEAR_WORDS.fullmatch((found.text or "").strip())
        and found.start is not None
    ):
        # "Through October, it had delivered 300,000 cars this year", "By the end of October
        # ... this year": the year's running total to that month's end, which the sentence as
        # a whole reads (the figure alone sees only the nearer "this year")
        whole = _resolve(lang, text, ref, status, doc_year)
        if (
            whole.kind == "cumulative"
            and whole.start == found.start
            and whole.end is not None
            and whole.as_of == whole.end
            and (ref is None or whole.end <= ref)
        ):
            found = whole
    named = _year_named_before(text, num, found, lang, ref, status, doc_year)
    if named is not None:
        found = named
    if found.kind == "quarter" and _SINGLE_QUARTER.fullmatch((found.text or "").strip()):
        # "二季度，…6月超过2.5万辆，单季交付81302辆", "2024年第三季度，…单季交付39790辆": the
        # single quarter is the one the sentence named before it, not the story's
        numbered = list(_NUMBERED_QUARTER.finditer(text, 0, num.start))
        if numbered:
            said = _resolve(lang, numbered[-1].group(0), ref, status, doc_year)
            if said.kind == "quarter" and said.start is not None:
                found = said
    if lang in ("en", "zh"):
        found = _period_after_from(text, num, found, ref, status) or found
        found = _last_quarter_from(text, num, found, status)
    if (
        found.kind == "year"
        and found.start is not None
        and lang == "en"
        and _YEAR_AFTER_THAT.match(text, num.value_end) is not None
    ):
        # "150 billion yuan next year and 190 billion yuan the year after": the year after the
        # one named for the figure before
        y = found.start.year + 1
        end = dt.date(y, 12, 31)
        as_of = end if status == "actual" and ref is not None and end <= ref else None
        return Period(dt.date(y, 1, 1), end, "the year after", as_of, False, "year")
    if found.start is not None and found.end is not None and year_base:
        # "up from 27,300 a year earlier": the comparison base is the same period a year back
        named_year = _YEAR_RE.search(back.group(0)) if back is not None else None
        base_word = _FIRST_BASE_WORD.search(text, 0, num.start) if named_year else None
        first, last = found.start, found.end
        at = text.rfind(found.text, 0, num.start) if found.text else -1
        if (
            base_word is None
            and lang not in ("en", "zh")
            and at > 0
            and _FIGURE_RIGHT_BEFORE.search(text[max(0, at - 25) : at])
        ):
            # "21,3 Mrd. im zweiten Quartal, nach 18,6 Mrd. im ersten Quartal und 6,4 Mrd. im
            # Vorjahresquartal": the period right after another base is that base's; the year
            # back is of the period the sentence reports, named before it
            # (the sentence's own period left out of view: the one the article reports)
            main = _resolve(lang, text[:at], ref, status, doc_year)
            if main.start is None or main.end is None or main.kind != found.kind:
                return Period(None, None, YEAR_BACK, None, False, "none")
            found, first, last = main, main.start, main.end
        if base_word is not None:
            # "81,302 in April-June, compared with 75,869 in the first quarter and 27,307 in the
            # same period of 2024": the same period as the figure compared with first
            main = _resolve(lang, text[: base_word.start()], ref, status, doc_year)
            if main.start is not None and main.end is not None and main.kind in _SHIFTED_KINDS:
                found, first, last = main, main.start, main.end
        start, end = _year_back(first), _year_back(last)
        while named_year is not None and start.year > int(named_year.group(0)) > 1900:
            # "27,307 in the same period of 2023" in a 2025 story: the year the words name
            start, end = _year_back(start), _year_back(end)
        return Period(start, end, found.text, end, False, found.kind)
    return found


def _other_statement_period(text: str, num: NumberMention, c_right: int, said: str) -> bool:
    """The period words stand only past a semicolon after the figure, in a statement with a
    figure of its own."""
    semi = re.search(r"[;；]", text[num.end :])
    if semi is None or num.end + semi.start() > max(c_right, num.end):
        return False
    cut = num.end + semi.end()
    at = text.find(said, cut)
    return (
        at >= 0 and said not in text[:cut] and re.search(r"\d", text[at + len(said) :]) is not None
    )


# a figure right after a period (Japanese and Korean): "3분기의 3만9790대", "前期の23.2%"
# (the comparison word may already be blanked out as a base: three spaces or more)
_THAN_NEXT = re.compile(r"\s*(?:보다|대비|에\s*비해|と比べ|に比べ|より)| {3,}")
_FIGURE_NEXT = re.compile(r"\s*(?:의|の|에는|には|에|は|은|는)?\s*[(（]?\s*\d")


def _said_day_after_period(p: Period, lang: str) -> bool:
    """A bare stated day (no period of its own) in the languages of data/lang/."""
    return (
        lang not in ("en", "zh")
        and p.start is None
        and p.explicit_as_of
        and p.kind == "cumulative"
        and p.as_of is not None
    )


def _told_after(whole: Period, day: Period) -> bool:
    """The sentence names a finished month or quarter that ended within a month before the
    stated day, the day being only when it was told (the period's end is its as_of)."""
    return (
        whole.kind in ("month", "quarter")
        and whole.start is not None
        and whole.end is not None
        and whole.as_of == whole.end
        and day.as_of is not None
        and whole.end < day.as_of <= whole.end + dt.timedelta(days=31)
    )


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


# right after a figure: "the year after", "the following year", "a year later"
_YEAR_AFTER_THAT = re.compile(
    r"(?:\s*[^\W\d_]+){0,3}?\s+(?:(?:in\s+)?the\s+(?:year\s+after(?:\s+that)?|following\s+year)|"
    r"a\s+year\s+later)\b",
    re.I,
)
# the first word that sets a base beside the sentence's figure
_FIRST_BASE_WORD = re.compile(
    r"\b(?:compared\s+(?:with|to)|against|versus|vs\.?|(?:up|down)\s+from|from)\b", re.I
)
# "last quarter", 上季度 as a period's whole text: the quarter before the day of writing
_LAST_QUARTER_TEXT = re.compile(r"last\s+quarter|上一?个?季度?", re.I)
# a change's new figure after the old one: "收窄至5亿元", "to 500 million"
_TO_FIGURE_AFTER = re.compile(
    r"[^,;，；。\d]{0,32}?(?:\bto|\binto|至|到)\s*(?:about\s+|约|近)?(?:RMB|CNY|US\$|\$|¥)?\s*\d",
    re.I,
)


def _last_quarter_from(text: str, num: NumberMention, found: Period, status: str) -> Period:
    """ "经营亏损从上季度的7亿元收窄至5亿元", "narrowed from 700 million yuan last quarter to 500
    million": the new figure is of the quarter just ended, the old one of the quarter before
    it (`found`, from the day of writing, is the quarter just ended)."""
    if (
        status != "actual"
        or found.kind != "quarter"
        or found.start is None
        or not _LAST_QUARTER_TEXT.fullmatch((found.text or "").strip())
    ):
        return found
    at = text.rfind(found.text or "", 0, num.start)
    if at < 0:
        at = text.find(found.text or "", num.value_end)
    if at < 0 or _FROM_NEAR.search(text, max(0, min(at, num.start) - 30), num.start) is None:
        return found
    if _TO_BEFORE.search(text, max(0, num.start - 24), num.start) is not None:
        # the new figure: the quarter just ended, no longer told as "last quarter"
        return Period(found.start, found.end, "", found.as_of, False, found.kind)
    if _TO_FIGURE_AFTER.match(text, num.value_end, min(len(text), num.value_end + 40)):
        first = found.start.month - 3
        start = dt.date(found.start.year - (first < 1), (first - 1) % 12 + 1, 1)
        end = _month_end(start.year, start.month + 2)
        return Period(start, end, found.text, end if found.as_of else None, False, "quarter")
    return found


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


_SINGLE_QUARTER = re.compile(r"[单單]季度?")
_NUMBERED_QUARTER = re.compile(r"(?:(?:19|20)\d{2}\s*年\s*|去年|今年)?第?[一二三四1-4]季度")
_FIRST_YEAR = re.compile(r"(?:首|第一)年$")
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
# a clause that adds a figure to the sentence's: its own period is nearer than the main one's
_WITH_CLAUSE = re.compile(r",\s*with\b|，其中", re.I)
_SEGMENT = re.compile(r"[,;，；]\s")
# the joiner of a list's next item in the languages of data/lang/, before the item's own period
# and its bare figure ("… a ottobre e nel terzo trimestre 108.796", "y en el tercer trimestre,
# 108.796", "a w III kw. 2025 r. – 108 796")
_ITEM_JOINER = re.compile(
    r"(?:[,;]\s*|\s)(?:und|et|y|e|en|i|oraz|a|и|а|ve|dan|và)(?:\s+|\s*,\s*)", re.IGNORECASE
)
# January right before a joiner: the year-to-date span's "to" ("a", "e", "et", "und", "en", "y")
_JANUARY_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:enero|gennaio|janeiro|janvier|januar|januari|jänner|stycznia|января|ocak"
    r"|tháng\s+1|tháng\s+một)\s*$",
    re.IGNORECASE,
)
_ITEM_TAIL = re.compile(r"[^\d.;:!?]{3,40}?[\s,–—-]*")


def _joined_item(text: str, lo: int, end: int, lang: str) -> tuple[int, int]:
    """The span from a list's last joiner to a bare figure right after its period, when a
    figure comes before in the clause (languages of data/lang/), else an empty span."""
    if lang in ("en", "zh", "ja", "ko") or lo <= 0:
        return (end, end)
    last = None
    for m in _ITEM_JOINER.finditer(text, lo, end):
        if _JANUARY_BEFORE.search(text, max(lo, m.start() - 12), m.start()):
            continue  # "de enero a octubre", "tra gennaio e ottobre": a span, not a list
        last = m
    if last is None or not _ITEM_TAIL.fullmatch(text, last.end(), end):
        return (end, end)
    return (last.end(), end)


# a period named by a year word alone, no number: "annual", "this year", 全年
_YEAR_WORD_ONLY = re.compile(r"\D*")


def _launch_of(
    cfg: ExtractorConfig, text: str, hits: Sequence[tuple[int, int, Entity]], model: Entity
) -> bool:
    """The model named right after a launch word ("desde o lançamento do SU7", "seit dem
    Marktstart des SU7"; data `launch_of`): a point in time, not the owner of the figure."""
    if cfg.lang in ("en", "zh"):
        return False
    first = min((s for s, _, ent in hits if ent is model), default=-1)
    if first >= 0 and cfg.lang == "tr":
        # the launch word after the name: "SU7'nin satışa çıktığı Mart 2024'ten bu yana"
        end = min(e for s, e, ent in hits if ent is model and s == first)
        if _TR_LAUNCH_AFTER.match(text, end):
            return True
    if first >= 0 and cfg.launch_after:
        # the launch word after the name (data `launch_after`): "SU7을 출시할 당시"
        end = min(e for s, e, ent in hits if ent is model and s == first)
        if cfg.launch_after_re.match(text, end):
            return True
    return first >= 0 and cfg.launch_of_re.search(text, max(0, first - 40), first) is not None


_TR_LAUNCH_AFTER = re.compile(
    # (a noun and a month between: "SU7 sedanın Mart 2024'te satışa çıkmasından")
    r"(?:['’]\w+)?(?:\s+[^\s.,;:\d]+|\s+\d{4}['’]?\w*){0,3}?\s+(?:satışa|piyasaya|yollara)\s+"
    r"(?:çıktığı|sunulduğu|sürüldüğü|çıkışı|"
    r"sunuluşu|çıkmasından|sunulmasından|sürülmesinden)",
    re.I,
)


_SINCE_RIGHT_AFTER = re.compile(r"[^.;,\d]{0,24}?\bsince\b", re.I)


# "the first time since": a record told after a figure, the since-phrase no period of it
_FIRST_SINCE = re.compile(
    r"(?:\b(?:its|the)\s+first\b|lần\s+đầu(?:\s+tiên)?|primera\s+vez|primeira\s+vez|"
    r"première\s+fois|\bune\s+première\b|\berstmals\b|zum\s+ersten\s+Mal|prima\s+volta|впервые|pertama\s+kali|"
    r"ilk\s+kez|voor\s+het\s+eerst|po\s+raz\s+pierwszy|"
    # a record since then: "el 26,4 %, el más alto desde el lanzamiento del SU7"
    r"\b(?:highest|best|largest|strongest)\b|\bm[aá]is\s+alt[oa]\b|\bm[aá]s\s+alt[oa]\b|"
    r"\bplus\s+(?:haut|élevé)e?\b|\bpiù\s+alt[oa]\b|\bhöchste[nr]?\b|\bhoogste\b|"
    r"\bnajwyższ\w*|\bсам\w+\s+высок\w*|\btertinggi\b|\bcao\s+nhất\b|\ben\s+yüksek\b)"
    r"[^.;]{0,40}?(?P<s>(?:\bsince\b|kể\s+từ|\bdesde\b|\bdepuis\b|\bseit\b|\bdal(?:la|l['’])?\b|"
    r"\bс\s+(?:момента|начала|запуска|выхода)|\bsejak\b|\bsinds\b|\bod\b)[^.;,]{0,60})",
    re.I,
)
# "between" and the first month of a span ("entre abril", "zwischen Juli"): the conjunction
# after it joins the span's months, not two figures
_BETWEEN_WORD = re.compile(
    r"\b(?:between|entre|zwischen|tra|fra|antara|między|tussen|между)\s+[^\W\d_]+\s*$", re.I
)
_NEXT_ITEM_PERIOD = re.compile(
    r"[;；]|,(?!\d{3})|，|、|\s(?:" + _CONJUNCTIONS + r")\s|和|及|而",
    re.I,
)


# a figure (not a period's number: "2분기", "2. Quartal") at most a few words before
_FIGURE_RIGHT_BEFORE = re.compile(
    r"\d(?:[.,\s]?\d)*(?!\.?\s*(?:분기|월|년|[年月期]|quart|kwarta|квартал|çeyrek|trimest|semest))"
    r"[^\d,;，、。；]{0,24}$",  # (not past a comma: "8만대로, 전년 동기 2만7000대에서")
    re.I,
)
YEAR_BACK = "a year earlier"  # period_text of a year-on-year base whose period comes later
# the quarter before, right before its figure: "上一季度为167.5亿元", "较上季度的20.4%",
# "从上季度的7亿元"
_ZH_QUARTER_BACK_LEAD = re.compile(
    r"(?:上一季度|上季度|前一季度|上一个季度)(?:的|为|是|则为|则是|仅为|同样为)?\s*$"
)
# the sentence opens on the quarter before: "In the previous quarter, …", "A quarter earlier, …",
# "The quarter before, …"
_EN_QUARTER_BACK_OPENING = re.compile(
    r"\W*(?:in\s+)?(?:the\s+(?:previous|prior|preceding)\s+quarter|(?:a|one)\s+quarter\s+"
    r"(?:earlier|before)|the\s+quarter\s+before)\s*,",
    re.I,
)
QUARTER_BACK = "the quarter before"  # period_text of a base a quarter before the reported one
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


_OTHER_FIGURE_BRACKET = re.compile(
    r"[(（][^()（）]{0,40}?(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s*(?:bn|billion|million|万|亿))"
    r"[^()（）]{0,20}[)）]"
    # a labelled figure in brackets: "(Q4'24: 20.4%)", "（二季度：26.4%）", "(eerste kwartaal:
    # 18,6 miljard)", "(premier trimestre : 18,6 milliards)"
    r"|[(（][^()（）:：]{1,24}[:：]\s*[^()（）]{0,8}\d[^()（）]{0,12}[)）]"
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
    if lang in ("en", "zh") and re.fullmatch(r"\s*(?:yuan\s+)?(?:and|和|及)\s*", gap_before):
        # "lost 1.8 billion yuan in the first quarter of 2024 and 500 million yuan in the
        # first quarter of 2025": the period before "and" is the item before's
        return False
    if lang not in ("en", "zh") and _JOINED_BEFORE.search(gap_before):
        # "40.000 coches en octubre y 38.000 en septiembre", "vào tháng 10 và 38.000 xe vào
        # tháng 9": the period before the joiner is the item before's
        return False
    if re.fullmatch(r"\s*的\s*(?:约|近|超过?|逾|大约|将近)?\s*", gap_before):
        return True  # "从3月的约2万辆增至7月的3万辆": the month joined to its figure by 的
    return len(gap_before) < ia - num.end


_JOINED_BEFORE = re.compile(r"(?<![^\W\d_])(?:" + _CONJUNCTIONS + r")(?![^\W\d_])", re.I)


def _placed(p: Period) -> bool:
    """A period that places a figure: dated, or a window ("in the first three minutes")."""
    return p.start is not None or p.kind == "window"


# a goal changed to a new figure: "又上调至", "提升至", "raised … to"
_ZH_RAISED_TO = re.compile(r"(?:上调|下调|提升|提高|上修|下修|调整|调|降低|削减)[至到为]\s*$")
_WHEN_MONTH = re.compile(
    r"(?:in\s+)?(?:" + _MONTH_ABBR + r")\.?(?:\s+\d{4})?|(?:\d{4}\s*年\s*)?\d{1,2}\s*月份?", re.I
)
_EN_RAISED = re.compile(
    r"\b(?:raised|lifted|increased|upped|cut|lowered|trimmed|revised|reduced)\b", re.I
)


# a month's own goal named before the figure: "its March target", "Märzziel", "objectif de mars"
_MONTHS_GOAL = re.compile(
    r"\b(?:" + _MONTH_ABBR + r")\w*\s+(?:(?:delivery|sales|production)\s+)?(?:target|goal)"
    r"|(?:target|goal|objecti\w+|ziel|meta|план\w*)\s+(?:(?:for|für|de|pour|para|на)\s+)?(?:"
    + _MONTH_ABBR
    + r"|mars|mai|juin|juil|août|märz|marzo|mayo|junio|março|maio|junho|март|ма[йя])",
    re.I,
)
_EN_FROM_TO = re.compile(r"\b(?:from|to)\s*$", re.I)


def _revised_from_to(text: str, num: NumberMention, cfg: ExtractorConfig | None) -> bool:
    """Whether the figure is a revised goal's earlier or new level, right after "raised … from"
    or "raised … to" (data/lang `changed_from`, `revised_to`)."""
    lo = max(0, num.start - 90)
    if cfg is None or cfg.lang == "en":
        return bool(
            _EN_FROM_TO.search(text, max(0, num.start - 8), num.start)
            and _EN_RAISED.search(text, lo, num.start)
        )
    if cfg.lang == "zh":
        return False
    return bool(
        scan.search(cfg.changed_from_re, text, lo, num.start)
        or scan.search(cfg.revised_to_re, text, lo, num.start)
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
        # "Im September hatte die Zahl über der Marke von 40.000 gelegen": the month's figure
        # (data/lang `the_figure`) above a round mark, not a running total
        and not (
            cfg is not None
            and period.kind == "month"
            and cfg.lang not in ("en", "zh")
            and cfg.the_figure_re.search(text, max(0, num.start - 60), num.start)
        )
        # orders that passed a mark within a launch window ("crossed the 200,000 mark in
        # three minutes", "cán mốc 200.000 đơn chỉ sau ba phút") were counted in the window
        and not (period.kind == "window" and metric in _ORDER_METRICS)
        # "Dezembro foi o melhor mês da história da marca, com mais de 20 mil entregas": a
        # month that opens the sentence as its subject owns the round figure
        and not (
            cfg is not None
            and cfg.lang not in ("en", "zh")
            and period.kind == "none"
            and (head := _OPENING_WORD.match(text)) is not None
            and bare_month(head.group(0), cfg.lang) is not None
        )
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
        and (
            _HAS_REACHED.search(text)
            # a headline's "SU7 crosses 300K deliveries": a mark of the running total
            or (
                metric in ("deliveries", "production")
                and _CROSSES.search(text[: num.end + 30])
                # (not "tops 40,000 deliveries for second month": a month's figure)
                and not _SOME_PERIOD.search(text)
            )
        )
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
    if (
        metric == "delivery_target"
        and period.kind == "month"
        and _revised_from_to(text, num, cfg)
        # (not the goal's own month: "raised its March target from 20,000 to 25,000")
        and not _MONTHS_GOAL.search(text, 0, num.start)
    ):
        # "hob das Ziel im März von 300.000 auf 350.000 an", "In March Lei Jun raised the goal
        # from 300,000 to 350,000": March is when the goal changed, the goal is the year's
        return "year"
    if metric == "production_capacity" and period.kind in ("none", "year", "month", "cumulative"):
        # (合计30万辆 after the phases' capacities: their sum, per year too)
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


# a sentence's first word, a bare month said as its subject ("Dezembro foi …", "Décembre a été")
_OPENING_WORD = re.compile(r"\s*[^\W\d_]+(?=\s+[^\W\d_])")
_FIRST_N = re.compile(r"\b(?:its|the|their)\s+first\s+$|首批\s*$", re.I)
_YEAR_END = re.compile(r"年底|年末|\bby\s+(?:the\s+)?(?:end\s+of\s+the\s+year|year[- ]end)\b", re.I)
_THIS_YEAR_WORDS = re.compile(r"(?:so\s+far\s+)?this\s+year|今年", re.I)


# a month back from the figure before: "a month earlier", 此前一个月
_MONTH_BACK = re.compile(
    r"\ba\s+month\s+(?:earlier|before)|\bthe\s+(?:previous|prior)\s+month|"
    r"\bthe\s+month\s+before|此前一个月|前一个月|上一?个?月",
    re.I,
)
# a quarter back: "a quarter earlier", 上一季度
_QUARTER_BACK = re.compile(
    r"\b(?:a|one)\s+quarter\s+(?:earlier|before)|\bthe\s+(?:previous|prior)\s+quarter|"
    r"\bthe\s+quarter\s+before|上一季度|上季度|前一季度",
    re.I,
)


_ENDED_YEAR = re.compile(
    r"\b(?:ended|closed|finished)\s+(?:the|that)\s+year\s+(?:with|at|on)\b", re.I
)


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
        cfg.lang not in ("en", "zh")
        and before is not None
        and before.period_kind == "week"
        and before.period_start is not None
        and before.period_end is not None
        and period.start is None
        and metric == before.metric
        and (
            cfg.week_earlier_lead_re.search(text, max(0, num.start - 48), num.start)
            or cfg.week_earlier_re.match(text, num.value_end, min(len(text), num.value_end + 40))
        )
    ):
        # "Tydzień wcześniej zarejestrowano 8 600": the week before the one told before it
        start, end = before.period_start - _WEEK, before.period_end - _WEEK
        return Period(
            start, end, period.text, end if ref is None or end <= ref else None, False, "week"
        )
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
    if said is not None and re.search(r"\d[^,;，；]*$", text[lead : said.start()]):
        # "38,000 the previous month and 40,000 in October": the other's (not "三季度交付
        # 10.9万辆，上一季度为8.1万辆": a clause of its own)
        said = None
    if said is not None and re.search(r"\d", text[said.end() : num.start]):
        said = None  # "从上季度的7亿元收窄至5亿元": the word is the other figure's, before this one
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
    elif (
        metric == before.metric == "delivery_target"
        and (
            _GOAL_REVISED.search(text, lead, num.start)
            # "…, sau khi nâng từ mức 300.000 xe hồi tháng 3": raised from, in March
            or (cfg.lang not in ("en", "zh") and cfg.changed_from_re.search(text, lead, num.start))
        )
        and not re.search(r"\d{4}|年", period.text or "")
    ):
        # "… a goal of 100,000 for 2024. In July it raised it to 120,000": the same year's,
        # revised, whatever year the month alone would give
        months = 0
    elif (
        before.period_kind == "year"
        and period.start is None
        and _ENDED_YEAR.search(text, lead, num.start)
    ):
        months = 0  # "It ended the year with 136,854" after the year's goal: that year
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


_ACTUAL_OF = {"delivery_target": "deliveries"}
_WEEK = dt.timedelta(days=7)


def _total_brought(bringing: re.Match[str], before: ExtractedEvent) -> Period:
    """The running total the figure before brings up: to the end of that figure's period, from
    January 1 of its year when the words say "for the year"."""
    end = before.period_end if before.period_kind in ("month", "quarter", "week", "day") else None
    as_of = end or before.as_of
    if (bringing.group("year") or bringing.group("ytd")) and end is not None:
        start = dt.date(end.year, 1, 1)
        return Period(start, end, bringing.group(0).strip(), as_of, False, "cumulative")
    return Period(None, None, bringing.group(0).strip(), as_of, False, "cumulative")


scan.speed_up(globals())
