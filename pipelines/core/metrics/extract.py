"""Metric events from article text: number → metric, subject, status, period, evidence.

Rules, not a model: every event can be traced to a cue word next to a number in one sentence,
and anything unsure becomes "other" or nothing. A wrong figure in an analyst's chart costs
more than a missing one.

This module holds the event type, `extract_events` and the sentence loop; the questions the
loop asks of a figure live in modules of their own: sentences (splitting), doc_time (the
article's time), figures (candidate numbers), measures (metric, label, unit), status,
figure_periods (the period), subjects and names (whose figure), lists, article_events (passes
over all events), with shared constants in kinds, patterns and figure_cues.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import partial

from pipelines.core.language import detect_language
from pipelines.core.metrics import scan
from pipelines.core.metrics.article_events import (
    _dedupe,
    _targets_beaten,
    _targets_of_one_year,
    _year_to_date_ends,
)
from pipelines.core.metrics.doc_time import (
    _LAUNCH_WORDS,
    _OFFER_DEADLINE,
    _PRESALE,
    _before_reference,
    _dated,
    _days_told,
    _DocTime,
    _launch_date,
    _launch_month_dated,
    _launch_year_told,
    _month_named,
    _month_opening,
    _reference_date,
    _resolve,
    _review_year_end,
)
from pipelines.core.metrics.figure_cues import (
    _A_MONTH_AFTER,
    _ABOVE_BEFORE,
    _ALSO_FORECAST,
    _ANY_YEAR,
    _AS_REPORTED_AFTER,
    _AVERAGE_PACE,
    _BARE_PREDICATE,
    _BOUND_VERB,
    _BRINGING,
    _CANCELLED,
    _CARRIED,
    _CHANGE_AMOUNT_AFTER,
    _CHANGE_AMOUNT_BEFORE,
    _CHANGE_BY,
    _CHANGE_SIZE,
    _CHANGE_TO,
    _CHANGED_BY_TO,
    _CHANGED_TO,
    _COMING_YEAR,
    _COMPETES_AFTER,
    _COMPETES_BEFORE,
    _CONVERSION,
    _DONE,
    _EARLIER_AFTER,
    _EARLIER_BEFORE,
    _ESTIMATE_AFTER,
    _ESTIMATE_GAP,
    _FORECAST_FROM_GAP,
    _FROM_ON,
    _FULL_YEAR_RESULTS,
    _GENERIC_CAR_NOUN_ZH,
    _GENERIC_CAR_PRICED,
    _GENERIC_CAR_PRICED_ANY,
    _GENERIC_TIE_CLOSE,
    _GENERIC_TIE_OPEN,
    _GOAL_AFTER,
    _GOAL_MET,
    _GOAL_VERB_BEFORE,
    _GOAL_WORD,
    _IF_CLAUSE,
    _IN_TOTAL,
    _ITS_OWN,
    _LEVEL_AFTER_CHANGE,
    _LIKEWISE,
    _LIST_DAYS,
    _LIST_ITEM_GAP,
    _LOCALE_FULL_YEAR_RESULTS,
    _MARKET_WIDE,
    _MOVED_FROM,
    _NOT_BEFORE,
    _NTH_STRAIGHT,
    _OF_WHICH_AFTER,
    _OUTPUT_NOW,
    _PARALLEL_NEXT,
    _PART_OF,
    _PART_WAS,
    _PER_PERIOD,
    _PREVIOUS_VALUE,
    _PRICE_BAND_AFTER,
    _PRICE_BAND_BEFORE,
    _RANGED_BEFORE,
    _RATE_AFTER,
    _RECALLED,
    _REPORTED,
    _REPORTED_THAT,
    _RESPECTIVE_GAP,
    _RESPECTIVELY,
    _RESTATED,
    _RUNNING_SO_FAR,
    _SAME_PERIOD_AFTER,
    _SAYING_AFTER,
    _SCORE_TO,
    _SHARE_BEFORE_WHOLE,
    _SHARE_OF,
    _SHARE_OF_WHOLE,
    _SOLD_FOR,
    _SPREAD_ZH,
    _STILL_NEEDED,
    _STORES_ADDED,
    _SUPPOSED_RATE,
    _TABLE_GAP,
    _TARGET_AFTER,
    _TARGET_BEATEN_BEFORE,
    _TARGET_PASSED_AFTER,
    _THAT_YEAR,
    _THAT_YEAR_OPENS,
    _TOLD_AFTER,
    _TOTAL_AFTER,
    _VERB_FINAL,
    _WHICH_END,
    _WHICH_LEVEL,
    _WIDER,
    _WITHDRAWN_BEFORE,
    _negated,
)
from pipelines.core.metrics.figure_periods import (
    _ACTUAL_OF,
    _CALENDAR,
    _EACH_MONTH,
    _EN_RAISED,
    _FIRST_SINCE,
    _POSSESSIVE_PERIOD,
    _THIS_YEAR_WORDS,
    _ZH_RAISED_TO,
    QUARTER_BACK,
    YEAR_BACK,
    _bracket_base_row,
    _bracket_label_period,
    _bracket_row_label,
    _carried_back,
    _each_month,
    _hardly_begun,
    _met_in_month,
    _period,
    _period_after_from,
    _period_back,
    _period_kind,
    _respectively_periods,
    _said_after_from,
    _said_in_december,
    _total_brought,
    _turn_of_year,
    _year_back,
)
from pipelines.core.metrics.figures import _MODEL_NAME_BEFORE as _MODEL_NAME_BEFORE
from pipelines.core.metrics.figures import _has_number_hint, _norm, _numbers
from pipelines.core.metrics.kinds import (
    _ORDER_METRICS,
    COUNT_METRICS,
    MAX_EVENTS_PER_ARTICLE,
    MAX_NUMBERS_PER_SENTENCE,
    MONEY_UNITS,
)
from pipelines.core.metrics.kinds import MAX_SENTENCE_CHARS as MAX_SENTENCE_CHARS
from pipelines.core.metrics.kinds import MONEY_METRICS as MONEY_METRICS
from pipelines.core.metrics.languages import reads_language
from pipelines.core.metrics.lexicon import NOUN_LABELS, Entity, ExtractorConfig, load_config
from pipelines.core.metrics.lists import (
    _comparison_bases,
    _locale_list_gap,
    _locale_window_gap,
    _maker_list_item,
    _maker_round_up,
    _respectively,
    _without_bases,
    _xiaomi_and_item,
    _xiaomi_compared,
    _xiaomi_next_item,
    _xiaomi_opens_round_up,
    _xiaomi_versus_item,
)
from pipelines.core.metrics.locale_numbers import decimal_mark, has_half_words
from pipelines.core.metrics.locale_periods import (
    find_period_cues,
    target_part_between,
    that_month_opens,
)
from pipelines.core.metrics.measures import (
    _MAKER_AFTER,
    _MAKER_BEFORE,
    _MARKET_NORM,
    _NON_CAR_SEGMENT,
    _ROW_SHAPE,
    _UNIT_LABEL,
    NEW_CAR_AFTER,
    _average,
    _cars_nearer,
    _counts_non_car,
    _heading_metric,
    _in_bounds,
    _label,
    _labelled_row,
    _locale_non_car_money,
    _locale_the_figure,
    _maker_row,
    _metric,
    _milestone,
    _money_ranges,
    _names_reporting_period,
    _non_car_money,
    _shared_units,
    _stands_alone,
    _store_count_told,
    _unit,
    _unit_kind,
    period_subject,
    plant_price,
    registered_times,
)
from pipelines.core.metrics.names import _named, _names, _names_of
from pipelines.core.metrics.numbers import NumberMention, find_numbers, fold
from pipelines.core.metrics.page_noise import drop_noise
from pipelines.core.metrics.patterns import (
    _CHANGE_RE,
    _EARLIER_GOAL,
    _GOAL_REVISED,
    _HAS_REACHED,
    _MAKER_AFTER_WORD,
    _MONTH_ABBR,
    _OF_WHICH_START,
    _THE_FIGURE,
    _YEAR_RE,
)
from pipelines.core.metrics.periods import (
    BARE_QUARTER_RE,
    Period,
    _month_end,
    en_dates,
)
from pipelines.core.metrics.sentences import _CLAUSE_END as _CLAUSE_END
from pipelines.core.metrics.sentences import (
    _CORRECTED,
    NO_DOTTED_ORDINAL,
    _clause_bounds,
    _Sentence,
    _split_folded,
)
from pipelines.core.metrics.sentences import split_sentences as split_sentences
from pipelines.core.metrics.status import (
    _TARGET_RELATIVE,
    _estimated,
    _only_future,
    _qualifier,
    _status,
)
from pipelines.core.metrics.subjects import (
    _ANAPHOR_START,
    _FOR_IT,
    _FORMER_LATTER,
    _GROUP_NAME,
    _MODEL_ANAPHOR,
    BOUGHT_LEAD,
    _car_subject,
    _car_words,
    _Context,
    _mentions_xiaomi,
    _not_only_referenced,
    _outside_asides,
    _outside_rival_asides,
    _said_by_next,
    _subject,
    _update_context,
    compared_only,
    non_car_plant,
    phone_named_last,
)
from pipelines.core.metrics.tables import tables


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


def _period_of(ev: ExtractedEvent, src: ExtractedEvent, **fields: object) -> ExtractedEvent:
    """`ev` with the period `src` has (kind, first and last day, text, as_of); `fields`
    override some of them."""
    period: dict[str, object] = {
        "period_kind": src.period_kind,
        "period_start": src.period_start,
        "period_end": src.period_end,
        "period_text": src.period_text,
        "as_of": src.as_of,
    }
    return dataclasses.replace(ev, **{**period, **fields})  # type: ignore[arg-type]


# a total said with no running-total word ("In total", "In totaal", "Insgesamt", "En total",
# "Au total", "No total", "In totale"): after a sentence that reported a finished year, that
# year's total
_BARE_TOTAL = re.compile(
    r"in\s+total|in\s+all|altogether|in\s+totaal|insgesamt|en\s+total|au\s+total|en\s+tout"
    r"|no\s+total|ao\s+todo|in\s+totale|łącznie|w\s+sumie|toplamda|всего|tổng\s+cộng",
    re.I,
)


# a bracket that labels its figure: "(Q2: 21,3 miljard)", "(zweites Quartal: 81.302)"
_LABELLED_FIGURE_BRACKET = re.compile(
    r"[(（][^()（）:：\n]{1,24}[:：]\s*[^()（）\n]{0,8}\d[^()（）\n]{0,24}[)）]"
)
# between a figure and the next, a bracket opened with a label: "Autos (zweites Quartal: ",
# "miljard yuan (Q2: "
_LABEL_BRACKET_AFTER = re.compile(r"[^()（）\d]{0,24}[(（][^()（）:：\n]{1,24}[:：]\s*")
# a year between two figures (the first one's period: "… no quarto trimestre de 2024 e")
_YEAR_IN_GAP = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


# a used car's market: its listing or asking price is no price of the maker's
_USED_CAR = re.compile(
    r"\b(?:used|second[- ]?hand|pre-?owned)[- ](?:[\w-]+\s+){0,2}?(?:cars?|vehicles?|EVs?|SU7s?|"
    r"YU7s?|models?|market|platforms?|sites?|dealers?|prices?)\b|\bresale\b|"
    r"\b(?:re-?sold|resell(?:s|ing)?|re-?sale)\b|"
    r"\bon\s+the\s+(?:clock|odometer)\b|二手|挂牌价|掛牌價|转售|轉售|转手|轉手",
    re.I,
)
# money a financing offer saves or asks first, right after it: "20,000 yuan in saved
# interest", "69,900 yuan up front"; right before it: "saves buyers as much as", 节省利息约
_SAVED_AFTER = re.compile(
    r"\s+(?:in|of)\s+(?:saved\s+|interest\s+)?(?:interest|savings)\b|\s+up[- ]?front\b|\s+upfront\b",
    re.I,
)
_SAVED_BEFORE = re.compile(
    r"\b(?:save[sd]?|saving)\s+(?:[\w-]+\s+){0,3}?(?:(?:up\s+to|as\s+much\s+as|about|around|"
    r"nearly|some)\s+)?(?:RMB|CNY|US\$|\$|¥)?\s*$|(?:节省|节约|省下|省去|省)(?:利息|息)?(?:约|最高|最多|高达)?\s*$",
    re.I,
)
# in such a sentence, the new car's price told beside the used one's: "against a list price of
# 299,900 yuan new", "bought at 529,900 yuan", 新车官方指导价为29.99万元
_NEW_PRICE_BEFORE = re.compile(
    r"(?:\b(?:list|sticker|official|retail|new[- ]car|original|new)\s+prices?\s*(?:of|at|was|is|:)?"
    # "a new one lists at", "a new SU7 costs", "buying new costs" (the new car beside a used one)
    r"|\ba\s+new\s+(?:one|car|[\w-]+)\s+(?:still\s+)?(?:lists|sells|costs|goes)\s+(?:at|for|from)?"
    r"|\bprice\s+of\s+a\s+new\s+(?:one|car|[\w-]+)\s*(?:of|at|is|was|:)?"
    r"|\b(?:bought|purchased)\s+(?:new\s+)?(?:at|for)"
    r"|(?:指导价|指導價|官方售价|官方售價|新车价|新車價|新车售价|新車售價|原价|原價|购入价|購入價)"
    r"(?:为|為|是)?|(?:对比|對比|相比|比起|而)新(?:车|車))\s*(?:(?:of|about|around|just|only|约|約)\s*)?(?:RMB|CNY|¥|US\$|\$)?\s*$",
    re.I,
)
_NEW_AFTER = NEW_CAR_AFTER  # "299,900 yuan new", "299,900 yuan for a new one"
# money that is no price in such a sentence (the maker's results)
_NOT_PRICE_MONEY = re.compile(r"\b(?:revenue|loss|profit|sales\s+of)\b|收入|营收|亏损|利润", re.I)
# the plant of the sentence before, pointed back to
_PLANT_BACK = re.compile(
    r"\b(?:the|that|this|its|the\s+new)\s+(?:plant|factory|facility)\b|该(?:工厂|厂|基地)", re.I
)


# a company's revenue or profit of a year named: the lede of annual results
_YEAR_RESULT_LEDE = re.compile(
    r"\b(?:revenue|net\s+profit)\b(?:[^.;]|\.(?=\d)){0,60}?\b(?:in|for)\s+(?:(?:full|fiscal)[- ]year\s+)?"
    r"(?P<y>20\d\d)\b(?!\s*(?:E\b|estimates?|forecasts?))"
    r"|(?P<y2>20\d\d)\s*年(?:全年)?(?:总)?(?:营收|营业收入|收入|经调整净利润|净利润)",
    re.I,
)


# a sentence that opens on the period told before: 同期，小米汽车交付量超过4万辆
_SAME_PERIOD_OPENS = re.compile(
    r"\W*(?:(?:与此)?同期|同月|同一时期|(?:in|over|during)\s+the\s+same\s+(?:month|period)\b)",
    re.I,
)


def _phone_priced(
    cfg: ExtractorConfig,
    text: str,
    num: NumberMention,
    entity_hits: Sequence[tuple[int, int, Entity]],
) -> bool:
    """A phone or gadget ("Xiaomi 17 Ultra", a smartphone; not "the smartphone maker") named
    before an amount, and no car model between: the amount is that product's price."""
    phones = [
        m
        for m in cfg.non_car_re.finditer(text, 0, num.start)
        if not _MAKER_AFTER.match(text, m.end())
        and not _MAKER_BEFORE.search(text, max(0, m.start() - 80), m.start())
    ]
    return bool(phones) and not any(
        ent.kind == "model" and phones[-1].end() <= s and e <= num.start
        for s, e, ent in entity_hits
    )


def _year_before(
    sentences: list[_Sentence],
    n_sent: int,
    before: list[ExtractedEvent],
    ref: dt.date | None,
) -> ExtractedEvent | None:
    """The finished year the sentence before reported an actual figure of, if it reported
    one and no other period."""
    if n_sent == 0 or not before:
        return None
    prev = sentences[n_sent - 1]
    told = [ev for ev in before if ev.char_start >= prev.start]
    if not told or any(
        ev.period_kind != "year" or ev.status != "actual" or ev.period_end is None for ev in told
    ):
        return None
    last = told[-1]
    if any(ev.period_end != last.period_end for ev in told):
        return None
    assert last.period_end is not None
    return last if ref is None or last.period_end < ref else None


def extraction_language(text: str, hint: str | None = None) -> str | None:
    """The language the extractor reads `text` in: English and Chinese with their shared
    vocabulary, the languages of data/lang/ with their own; None when it has no vocabulary
    for the text's language (the pipeline reports those articles, it does not guess)."""
    lang = detect_language(text, hint) or hint
    return lang if reads_language(lang) else None


# a short figure-less sentence that opens a list: "Here is how they did:", "The figures:"
_LIST_INTRO = re.compile(r"[^:：\d]{1,60}[:：]\s*")
# a bulleted row: "- Leapmotor: 66,657", "• Xiaomi: over 40,000"
_BULLET_ROW = re.compile(r"\s*[-•*·–]\s*\S")

# the period told before, pointed at: "1,000 of the month's deliveries", "the quarter's total"
_THAT_PERIOD = re.compile(
    r"\b(?:the|that|this)\s+(?P<p>month|quarter)['’]s\b|\b(?:of|in|during)\s+(?:that|the\s+same)\s+"
    r"(?P<q>month|quarter)\b",
    re.I,
)


def _month_told_before(
    text: str, before: list[ExtractedEvent], new: list[ExtractedEvent]
) -> list[ExtractedEvent]:
    """Events of a sentence that points at "the month's" deliveries, with no period of their
    own, take the month of the last actual told before of the same measure ("Xiaomi handed
    over 40,000 cars last month. … 1,000 of the month's deliveries were the SU7 Ultra")."""
    m = _THAT_PERIOD.search(text)
    if m is None:
        return new
    kind = (m.group("p") or m.group("q")).lower()
    out = []
    for ev in new:
        told = next(
            (
                b
                for b in reversed(before)
                if b.period_kind == kind and b.status == "actual" and b.metric == ev.metric
            ),
            None,
        )
        if told is not None and ev.period_kind == "none" and ev.status == "actual":
            ev = _period_of(ev, told, period_text=m.group(0))
        out.append(ev)
    return out


# the end of a clause that leaves its verb and noun to the next figure: ", and", ", and then"
_ELLIPTIC_AND = re.compile(
    r",\s*(?:and|then|and\s+then)\s+(?:(?:about|around|nearly|over|more\s+than)\s+)?$"
)
# right after a bare figure, the window it is counted over: "within the first hour", "in 18 hours"
_WINDOW_NEXT = re.compile(
    r"\s*(?:units|cars|vehicles|orders)?\s*(?:within|in)\s+(?:just\s+|only\s+)?(?:the\s+)?"
    r"(?:first\s+)?(?:\d+|one|two|three|four|five|six|ten|twelve|24|48|an?)?\s*"
    r"(?:minutes?|hours?|days?|weeks?)\b",
    re.I,
)


def _table_statements(page: str, sentences: list[_Sentence]) -> tuple[list[_Sentence], set[int]]:
    """The sentences with each flattened table's lines (header, rule, rows) replaced by its
    rows' statements (tables.py), at the rows' offsets; and the ids of those statements, whose
    evidence is the row as written."""
    found = tables(page)
    if not found:
        return sentences, set()
    out: list[_Sentence] = []
    rows: set[int] = set()
    k = 0
    for table in found:
        while k < len(sentences) and sentences[k].start < table.start:
            out.append(sentences[k])
            k += 1
        while k < len(sentences) and sentences[k].end <= table.end:
            k += 1  # the table's own lines: read as the statements below
        for row in table.rows:
            for said in row.statements:
                sent = _Sentence(row.start, row.end, said)
                rows.add(id(sent))
                out.append(sent)
    out.extend(sentences[k:])
    return out, rows


# a goal of the running total by a deadline: "cumulative" / 累计 beside the figure, and the
# end of a year ("by the end of 2026", "by year-end", 年底, 2026年底前, 年末)
_CUMULATIVE_WORD = re.compile(r"\bcumulative(?:ly)?\b|累计|累計", re.I)
_BY_YEAR_END = re.compile(r"\bby\s+(?:the\s+)?(?:end\s+of\b|year[- ]end\b)|年底|年末", re.I)
# (but the whole year's goal: "full-year", 全年, 年度)
_WHOLE_YEAR_GOAL = re.compile(r"\b(?:full|whole)[- ]year\b|\bannual\b|全年|年度", re.I)

# the results of a business kept as `other`: named by its segment, they need no other name
_RESULT_LABELS = ("gross margin", "operating profit", "gross profit")


def _blank_when(m: re.Match[str]) -> str:
    """The words that say when a plan was made, blanked (only the group `w` when the pattern
    names one: "porté à 120 000 en juillet" keeps its figure)."""
    if "w" in m.re.groupindex and m.group("w") is not None:
        a, b = m.start("w") - m.start(), m.end("w") - m.start()
        return m.group(0)[:a] + " " * (b - a) + m.group(0)[b:]
    return " " * len(m.group(0))


# "instead of" right before a figure set beside a target: the target it replaces (the languages
# of data/lang/)
_INSTEAD_OF = re.compile(
    r"\b(?:in\s+plaats\s+van|statt|anstelle|au\s+lieu\s+d|"
    r"en\s+lugar\s+de|en\s+vez\s+de|em\s+vez\s+d|ao\s+invés\s+d|invece\s+d|anziché|zamiast|"
    r"вместо|thay\s+vì|alih-alih)\w*[^.;\d]{0,20}$",
    re.I,
)
# a bracket opened right before a figure, after the words that name its period: "직전 분기("
# (or the particle that ties them in Japanese and Korean: "前年同期の64億元から")
_BRACKET_OPEN_BEFORE = re.compile(r"\s*(?:[(（]\s*(?:[:：]\s*)?|の|의|は|은|는)$")


def _margin_opens(cfg: ExtractorConfig, text: str, start: int, end: int) -> bool:
    """A clause that opens on the gross margin's label, then a short verb before the figure
    ("Biên lợi nhuận gộp đạt 23,2%", "Brüt kâr marjı yüzde 25,5"): no other name between."""
    head = len(text[start:end]) - len(text[start:end].lstrip(" ,;，；"))
    # (an article before the label: "Die Bruttomarge verbesserte sich auf 26,4 Prozent", "La
    # marge brute", "O margem")
    article = re.match(r"[^\W\d_]{1,3}\s+", text[start + head : end])
    for label, pattern in cfg.label_res:
        if label == "gross margin" and (
            m := pattern.match(text, start + head, end)
            or (article and pattern.match(text, start + head + article.end(), end))
        ):
            # ("Валовая маржа в четвёртом квартале выросла до 20,4%": a period between, no
            # name nor the group's word)
            return end - m.end() <= 40 and not (
                scan.search(cfg.entity_re, text, m.end(), end)
                or scan.search(cfg.business_res["group_total"], text, m.end(), end)
            )
    return False


# a row of a list with its percentage first, then what it measures and nothing else
_MARGIN_FIRST_ROW = re.compile(
    r"\s*(?:[-•*·–]\s*)?\d{1,2}(?:\.\d{1,2})?\s*%\s*(?:[—–:-]\s*)?[^\d:：]{3,40}?[.。]?\s*"
)


def _car_segment_last(cfg: ExtractorConfig, text: str, start: int, end: int) -> bool:
    """Whether the business named last between `start` and `end` (the figure's clause) is the
    car business (汽车业务, "the EV unit"), not the phones nor the group as a whole (集团整体,
    "the smartphone segment")."""
    segment, total = cfg.business_res["segment"], cfg.business_res["group_total"]
    car = max((m.end() for m in scan.finditer(segment, text, start, end)), default=-1)
    if car < 0:
        return False
    other = max((m.end() for m in _NON_CAR_SEGMENT.finditer(text, start, end)), default=-1)
    whole = max((m.end() for m in scan.finditer(total, text, start, end)), default=-1)
    return car > max(other, whole)


def _margin_after_car_segment(
    cfg: ExtractorConfig,
    text: str,
    num: NumberMention,
    ctx: _Context,
    entity_hits: Sequence[tuple[int, int, Entity]],
) -> bool:
    """Whether a margin told of plain "Xiaomi" follows the car segment named last, in its own
    sentence or the one before, after a result of the car business ("O segmento de veículos
    elétricos … receita de 29 bilhões. A margem bruta da Xiaomi foi de 25,5%"); not when the
    group is named as such or its whole or another segment is told."""
    if ctx.last_event is None or ctx.last_event.subject != "Xiaomi Auto":
        return False
    if ctx.last_event.metric not in ("revenue", "net_loss", "other"):
        return False
    if any(_GROUP_NAME.search(text[s_:e_]) for s_, e_, ent in entity_hits if ent.kind == "group"):
        return False  # "Xiaomi Group's gross margin"
    if scan.search(cfg.business_res["group_total"], text) or _NON_CAR_SEGMENT.search(text):
        return False
    return _car_segment_last(cfg, text, 0, num.start) or ctx.car_segment_before


def _hashtag_entity(cfg: ExtractorConfig, sentences: list[_Sentence]) -> Entity | None:
    """The first Xiaomi name written as a hashtag (#XiaomiEV, #小米汽车#), if any."""
    for sent in sentences:
        if "#" not in sent.text:
            continue
        for start, _, ent in _names(cfg, sent.text)[0]:
            if sent.text[max(0, start - 1) : start] == "#":
                return ent
    return None


def _week_named_before(
    cfg: ExtractorConfig,
    sentences: Sequence[_Sentence],
    n_sent: int,
    back: int,
    ref: dt.date | None,
    doc_year: int | None,
    also: re.Pattern[str] | None = None,
) -> Period | None:
    """The dated week the nearest of the `back` sentences before sentence `n_sent` names (and,
    with `also`, that also matches it): "12月第1周（12.1-12.7）…", "in the week of November 17
    to 23"; None when none does."""
    for k in range(n_sent - 1, max(-1, n_sent - back - 1), -1):
        text = sentences[k].text
        if not _WEEK_WORD.search(text) or (also is not None and not also.search(text)):
            continue
        seen = _resolve(cfg.lang, text, ref, "actual", doc_year)
        if seen.kind == "week" and seen.start is not None:
            return seen
    return None


# the next clause of a Chinese estimate: a comma, then the current year's figure with no verb
# of a thing done (了, 已, 实现, 完成)
_ZH_ESTIMATE_NEXT = re.compile(
    r",\s*(?:(?!已|了|实现|完成|累计)[^，。；,;]){0,12}?(?:约为|约|为|达到|达|在)\s*",
    re.I,  # (no letter to fold: the flag gives it a scan prefilter)
)


def _zh_estimate_next(text: str, start: int, end: int) -> bool:
    comma = max(text.find("，", start, end), text.find(",", start, end))
    return (
        0 <= comma - start <= 4
        and not re.search(r"[。；;]", text[start:comma])
        and _ZH_ESTIMATE_NEXT.fullmatch(text, comma, end) is not None
    )


# progress against the year's goal: "has delivered 300,000 of its 350,000 goal for the year",
# "300,000 of the 350,000 it targets" (not a month's or a quarter's goal)
_OF_GOAL_BETWEEN = re.compile(
    r"\s+(?:cars\s+|vehicles\s+|units\s+)?(?:out\s+)?of\s+(?:its|the|their|this\s+year['’]s)\s+"
    r"(?:(?:annual|full-year|yearly|(?P<y1>20\d\d))\s+)?(?:(?:delivery|sales)\s+)?(?:goal|target)?"
    r"\s*(?:of\s+)?$",
    re.I,
)
_YEAR_GOAL_AFTER = re.compile(
    r"\s*(?:cars\s+|vehicles\s+|units\s+)?(?:(?:annual|full-year|yearly)\s+)?(?:(?:delivery|sales)\s+)?"
    r"(?:(?:goal|target)\b(?:\s+for\s+(?:the\s+year|this\s+year|(?P<y2>20\d\d)))?"
    r"|(?:that\s+)?(?:it|they|the\s+company|Xiaomi)\s+(?:targets|is\s+targeting|aims\s+for|plans\s+to\s+"
    r"deliver|has\s+set\s+as\s+(?:its|a)\s+(?:goal|target))\b(?:\s+(?:this\s+year|for\s+(?P<y3>20\d\d)))?)"
    r"(?!\s+(?:for\s+)?(?:the\s+|this\s+)?(?:month|quarter)\b)",
    re.I,
)
# a Chinese running total told "to now" after the year's goal: 截至目前已经交付了30万台
_ZH_TO_NOW = re.compile(r"(?:截至|截止)(?:到)?(?:目前|当前|现在|今天|今日)(?:为止)?|至今|目前已")


def _progress_to_goal(
    text: str,
    num: NumberMention,
    metric: str,
    status: str,
    period: Period,
    kind: str,
    ref: dt.date,
    numbers: Sequence[NumberMention],
) -> tuple[Period, str]:
    """The done part of a year's goal is counted from January 1 (to the month named, else to the
    story's day); the goal is the year's."""
    if metric == "deliveries" and status == "actual":
        year_so_far = (kind == "year" and period.start == dt.date(ref.year, 1, 1)) or (
            kind == "cumulative" and period.start is None and period.as_of is None
        )
        this_year = text.rfind("今年", 0, num.start)
        goal_word = text.find("目标", this_year, num.start) if this_year >= 0 else -1
        if year_so_far and this_year >= 0 and 0 <= goal_word - this_year <= 14:
            clause = max(text.rfind("，", 0, num.start), text.rfind(",", 0, num.start)) + 1
            if _ZH_TO_NOW.search(text, clause, num.start):
                # "今年我们的交付目标是35万台，截至目前已经交付了30万台": this year's so far
                start = dt.date(ref.year, 1, 1)
                return Period(start, ref, period.text, ref, True, "cumulative"), "cumulative"
        if kind not in ("cumulative", "none"):
            return period, kind  # (a month's or a year's own figure keeps its period)
        after = next((n for n in numbers if n.start >= num.end), None)
        told = _goal_pair(text, num, after) if after is not None else None
        if told is None:
            return period, kind
        y = int(told) if told else (period.end or period.as_of or ref).year
        end = period.end or period.as_of or (ref if y == ref.year else dt.date(y, 12, 31))
        if end.year != y:
            return period, kind
        # "has delivered 300,000 of its 350,000 goal for the year (through October)"
        start = dt.date(y, 1, 1)
        return Period(start, end, period.text, end, period.explicit_as_of, "cumulative"), (
            "cumulative"
        )
    if metric == "delivery_target":
        before = next((n for n in reversed(numbers) if n.end <= num.start), None)
        told = _goal_pair(text, before, num) if before is not None else None
        if told is None:
            return period, kind
        y = int(told) if told else (period.end or period.as_of or ref).year
        start, end = dt.date(y, 1, 1), dt.date(y, 12, 31)
        return Period(start, end, period.text, period.as_of, False, "year"), "year"
    return period, kind


def _goal_pair(text: str, done: NumberMention, goal: NumberMention) -> str | None:
    """For "300,000 of its 350,000 goal (for 2025)": the goal's year as written ("" when not
    written), else None when the two figures are no such pair."""
    between = _OF_GOAL_BETWEEN.fullmatch(text, done.end, goal.start)
    if between is None:
        return None
    after = _YEAR_GOAL_AFTER.match(text, goal.end)
    if after is None and not re.search(r"goal|target", between.group(0), re.I):
        return None
    if re.search(r"\b(?:monthly|quarterly|month|quarter)\b", between.group(0), re.I):
        return None
    return between.group("y1") or (after and (after.group("y2") or after.group("y3"))) or ""


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
    page = folded if lang in ("en", "zh") else fold(text, lang)
    sentences = list(_split_folded(page, english=lang in NO_DOTTED_ORDINAL))
    noise = drop_noise(page, [s.start for s in sentences])
    if noise:
        # "Read more:" links and reader comments: other stories' and readers' figures
        sentences = [s for k, s in enumerate(sentences) if k not in noise]
    sentences, table_rows = _table_statements(page, sentences)
    if not _mentions_xiaomi(cfg, title, sentences):
        return []
    ref, doc_year, stated = _reference_date(sentences, published)
    if (reviewed := _review_year_end(title, ref)) is not None:
        ref, doc_year = reviewed, reviewed.year  # a January look back on the year just ended
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
    title_month: tuple[str, ...] = ()
    title_figures: tuple[set[float], Period] | None = None
    headline_month: Period | None = None  # the month the headline names
    report_day = False  # a lede said it was the makers' delivery day
    if title:
        _update_context(cfg, ctx, fold(title, lang))
        if lang in ("en", "zh"):
            ctx.title_metric = _heading_metric(cfg, fold(title, lang), limit=80)
            # (a month opening the headline is read as "in November": "May" is also a verb)
            title_month = ("in " + fold(title, lang),) if ctx.title_metric else ()
            # "China's EV start-ups in November: …, Xiaomi holds above 40,000": the month of
            # the headline's figure, for that figure told in the body with no period
            said_month = _month_named(cfg.lang, fold(title, lang), ref, doc_year)
            headline_month = said_month
            if said_month is not None:
                title_figures = (
                    {n.value for n in find_numbers(fold(title, lang))},
                    said_month,
                )
    else:
        # a post's hashtags tag the whole of it ("October: 40,000+ cars delivered. #XiaomiEV"):
        # the name they give is whose figures come before it
        ctx.last_entity = _hashtag_entity(cfg, sentences)
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
    # the whole whose parts the last sentence gave ("其中，YU7交付超过2万辆"), so the next
    # sentence's part ("SU7系列交付约1.8万辆") takes its period too
    part_whole: ExtractedEvent | None = None
    quarter: Period | None = None  # the reporting period a results article has named
    # the sentence just read, which stated no figure: the month it names is resolved only
    # when a figure of the next sentence needs it (a page of figure-less sentences is not
    # resolved sentence by sentence)
    month_named: tuple[str, ...] = ()
    row_heading: str | None = None  # a heading that names a count, over the rows under it
    headline = _norm(fold(title, lang)) if title else None
    # the periods fact-box headings name (10月成绩单, 三季报速览), each from where it stands
    boxes: list[tuple[int, Period]] = []
    if title and lang == "zh":
        boxes += _box_heading(cfg, fold(title, lang), -1, ref, doc_year)
    narrative: tuple[dt.date, int] | None = None  # the last day the story told, and where
    beaten: set[int] = set()  # ids of targets an actual of their sentence gave its period
    when = _DocTime(published, ref, doc_year, announced, launched, launch_told, told_days)
    for n_sent, sent in enumerate(sentences):
        ctx.bracket_base_rows = (
            n_sent > 0
            and lang not in ("en", "zh")
            and _bracket_base_row(
                sentences[n_sent - 1].text, cfg.quarter_earlier_word_re, ctx.bracket_base_rows
            )
        )
        ctx.bracket_rows_label = (
            _bracket_row_label(sentences[n_sent - 1].text, ctx.bracket_rows_label)
            if n_sent > 0 and lang not in ("en", "zh")
            else None
        )
        told = _days_told(sent.text, ref, doc_year, published)
        if not told and lang not in ("en", "zh"):
            # "Am 31.10.2025 feierte Xiaomi …", "2025년 10월 31일": a full date in the
            # language's own form (what "Bis zu diesem Tag" of the next sentence points to)
            told = _locale_days_told(sent.text, lang, ref)
        if told:
            narrative = (told[-1], n_sent)
            ctx.last_day = told[-1]
        if lang == "zh" and len(sent.text) <= 40:
            boxes += _box_heading(cfg, sent.text, sent.start, ref, doc_year)
        if (
            headline
            and (
                (
                    _norm(sent.text) == headline
                    # (not the first statement of a longer headline line, "11月交付超两万台 全年
                    # 目标…", cut at its space: read with the rest of its line)
                    and (
                        _LINE_ENDS.match(page, sent.end) is not None
                        or sent.text.rstrip()[-1:] in ".。!?！？"
                    )
                )
                # a statement of the headline's line, the whole headline repeated
                or _norm(_line_of(page, sent)) == headline
            )
        ):
            # the headline repeats the body's figures, rounded ("nears 10 billion yuan")
            _update_context(cfg, ctx, sent.text)
            continue
        scope = _SCOPE_AFTER.fullmatch(sent.text) if cfg.lang in ("en", "zh") else None
        if scope is not None and events:
            # "(all for Q3 2025)", （以上均为2025年第三季度数据）: the period of the rows above
            said = _resolve(
                cfg.lang, scope.group("p") or scope.group("p2"), ref, "actual", doc_year
            )
            if said.kind in ("quarter", "half_year", "year", "month") and said.start is not None:
                events = _scoped(events, said)
                continue
        full_year = _FULL_YEAR_RESULTS.search(sent.text) is not None or (
            # "Xiaomi's revenue rose 35% to 365.9 billion yuan in 2024", told in the first months
            # after that year: the annual results, whose year the figures after it report
            cfg.lang in ("en", "zh")
            and ref is not None
            and ref.month <= 4
            and any(
                int(m.group("y") or m.group("y2")) == ref.year - 1
                for m in _YEAR_RESULT_LEDE.finditer(sent.text)
            )
        )
        if (
            _names_reporting_period(sent.text)
            # "results for April to June", 4-6月: a quarter's months named as a span
            or (cfg.lang in ("en", "zh") and _QUARTER_MONTHS.search(sent.text) is not None)
            or full_year
            or (lang not in ("en", "zh") and _LOCALE_FULL_YEAR_RESULTS.search(sent.text))
        ):
            # (also a lede with no figure: "Xiaomi reported third-quarter results on Tuesday.")
            lede = sent.text
            for a, b in _comparison_bases(cfg, lede):
                # "…, versus a loss of 0.3bn in Q2": the quarter compared with is not reported
                lede = lede[:a] + " " * (b - a) + lede[b:]
            for m in _FIRST_SINCE.finditer(lede):
                # "…, its first profit since the launch": no period reported
                lede = lede[: m.start("s")] + " " * (m.end("s") - m.start("s")) + lede[m.end("s") :]
            if cfg.lang not in ("en", "zh"):
                # "Omzet: 28,3 miljard yuan (Q2: 21,3 miljard)": the bracket's quarter is the
                # figure compared with, not the one reported
                lede = _LABELLED_FIGURE_BRACKET.sub(lambda m: " " * len(m.group(0)), lede)
            named = _resolve(cfg.lang, lede, ref, "actual", doc_year)
            locale_annual = lang not in ("en", "zh") and bool(
                _LOCALE_FULL_YEAR_RESULTS.search(sent.text)
            )
            if locale_annual and named.kind != "year" and ref is not None and ref.month <= 4:
                # "…, segundo o balanço anual divulgado nesta terça-feira" told in March: the
                # results of the year before, which the figures after it report
                y_end = dt.date(ref.year - 1, 12, 31)
                named = Period(dt.date(ref.year - 1, 1, 1), y_end, None, y_end, False, "year")
            full_year = full_year or locale_annual
            if (
                (named.kind in ("quarter", "half_year") or (full_year and named.kind == "year"))
                and named.start is not None
                and not _FROM_ON.search(sent.text)
                # ("in the quarter": the quarter named before, not one of its own)
                and not BARE_QUARTER_RE.fullmatch(named.text or "")
                and (quarter is None or quarter.start is None or named.start >= quarter.start)
                # (not "expects the car business to turn profitable in the second half": a
                # period not over when told is no period being reported)
                and (ref is None or named.end is None or named.end <= ref)
            ):
                # the latest named: "(Q3/2024: 39,790 units)" compares, it does not report
                quarter = named
        if (not _has_number_hint(sent.text) and not has_half_words(sent.text, cfg.lang)) or (
            _YEAR_LIST_INTRO.fullmatch(sent.text)
            or (lang in ("en", "zh") and _dated_list_head(sent.text))
        ):
            _update_context(cfg, ctx, sent.text)
            heading = _heading_metric(cfg, sent.text)
            following = sentences[n_sent + 1].text if n_sent + 1 < len(sentences) else ""
            if heading is None and row_heading is not None and _LIST_INTRO.fullmatch(sent.text):
                # "… reported September deliveries on Wednesday. Here is how they did:": the
                # lede's measure and month go on to the list under it
                month_named = (*month_named, sent.text)
                continue
            if heading is None and (
                _LIST_INTRO.fullmatch(following)
                or _BULLET_ROW.match(following)
                # a heading over bare rows ("Weekly insurance registrations, Nov 24-30:")
                or (lang in ("en", "zh") and _dated_list_head(sent.text))
            ):
                # a longer lede right over a list names the list's measure too
                heading = _heading_metric(cfg, sent.text, limit=100)
            if heading is None and lang == "en" and _REPORT_DAY.search(sent.text):
                # "It was delivery day for China's carmakers.": a digest's lede names the
                # measure of the makers' clauses after it
                heading = _heading_metric(cfg, sent.text, limit=100)
                report_day = heading is not None
            ctx.heading_metric = heading
            ctx.list_metric = (
                heading if heading is not None and re.search(r"[:：]\s*$", sent.text) else None
            )
            row_heading = sent.text if ctx.heading_metric is not None else None
            ctx.price_heading = (
                len(sent.text) <= 40 and _PRICE_HEADING.search(sent.text) is not None
            )
            # "Xiaomi published its October figures on Saturday. It delivered …": read only
            # when the next sentence's figure needs it
            month_named = (sent.text,)
            continue
        ctx.sentence_model = None
        ctx.list_prices.clear()
        # the sentence before named the car segment last ("Its operating loss" of this one)
        ctx.car_segment_before = n_sent > 0 and _car_segment_last(
            cfg, sentences[n_sent - 1].text, 0, len(sentences[n_sent - 1].text)
        )
        if not _ROW_LIKE.match(sent.text):
            ctx.list_metric = None  # past the list's rows
        if ctx.last_entity is None and n_sent + 1 < len(sentences):
            # "“今年我们要交付35万辆。”雷军说，“…”": a quote whose speaker follows it
            ctx.last_entity = _said_by_next(cfg, sent.text, sentences[n_sent + 1].text)
        month_hist = month_named
        # the figure-less sentences before, the last three (further back for "同期，…", "In the
        # same month, …": the period of the story's lede, past its other sentences)
        month_text = month_named if _SAME_PERIOD_OPENS.match(sent.text) else month_named[:3]
        month_named = ()
        if title_month and (_RANK_ROW.match(sent.text) or _RANK_ROW_ASIDE.match(sent.text)):
            # "Xiaomi - more than 40,000" in a list under "November EV deliveries: … ranked":
            # the headline's month, when the sentences before name none
            month_text = (*month_text, *title_month)
        month_before: Period | None = None
        if lang not in ("en", "zh"):
            # "Ноябрь принёс Xiaomi новый рекорд: компания поставила …": the month that
            # opens the sentence (as English reads "November" anywhere in it), before any
            # month the figure-less sentences before it name
            month_before = _month_opening(lang, sent.text, ref, doc_year)
            if month_before is not None or not month_text:
                month_text = (sent.text,) if month_before is not None else ()
        n_events = len(events)
        found = list(_sentence_events(cfg, sent, ctx, ref, doc_year, lang, models_in_doc))
        if report_day and ref is not None:
            # a count of the makers' delivery day, with no period of its own: the month the
            # headline names, else the month before the first days of the next one
            found = [_report_day_month(ev, headline_month, ref) for ev in found]
        if found and lang in ("en", "zh") and _ASKS.fullmatch(sent.text):
            # "问：第10万台车什么时候下线？", "Will Xiaomi deliver 130,000 cars this year?": a
            # question reports nothing (its answer, read with it below, may)
            found = []
        question = _question_before(sentences, n_sent, sent)
        if question is not None and (
            not found
            or all(ev.period_kind == "none" and ev.metric != "delivery_target" for ev in found)
        ):
            # "Q: How many SU7 Ultras have you sold? A: More than 20,000 since launch.",
            # 记者：三季度交付了多少辆？卢伟冰：108796辆: an answer takes the measure, the period
            # and the subject the question right before it asks for (read as one sentence)
            joined = page[question.start : sent.end]
            mark = len(question.text.rstrip()) - 1  # the question mark, read as a colon
            colon = "：" if joined[mark] in "？。" else ":"
            both = _Sentence(question.start, sent.end, joined[:mark] + colon + joined[mark + 1 :])
            again = list(_sentence_events(cfg, both, ctx, ref, doc_year, lang, models_in_doc))
            if again:
                found = again
        priced = _priced_before(cfg, page, sentences, n_sent, sent) if not found else None
        if priced is not None:
            # "Imagine a family SUV that sells for 253,500 yuan. Xiaomi's YU7 does exactly
            # that.": the car named in the sentence after its price (read as one sentence)
            found = list(_sentence_events(cfg, priced, ctx, ref, doc_year, lang, models_in_doc))
        if (
            question is not None
            and _ASKS_HOW_MANY.search(question.text)
            and not _GOAL_NOUN.search(page[question.start : sent.end])
        ):
            # "Q: How many cars will you deliver this year? A: We are confident of exceeding
            # 350,000": question for deliveries, no goal named: the answer expects, it sets no goal
            said = _resolve(cfg.lang, question.text, ref, "forecast", doc_year)
            found = [
                dataclasses.replace(
                    ev,
                    metric="deliveries",
                    status="forecast",
                    period_kind=said.kind if ev.period_kind == "none" else ev.period_kind,
                    period_start=ev.period_start or said.start,
                    period_end=ev.period_end or said.end,
                    period_text=ev.period_text or said.text,
                )
                if ev.metric == "delivery_target"
                and ev.status == "target"
                and ev.period_kind in ("none", said.kind)
                else ev
                for ev in found
            ]
        year_before = _year_before(sentences, n_sent, events[:n_events], ref)
        this_week: Period | None = None
        week_told: dt.date | None = None  # the first day of the week a figure here is of
        # that week was told as 上周 itself: a later 上周 is the same week, not the one before
        week_told_last = False
        for ev in found:
            if (
                ev.period_kind == "week"
                and ev.period_start is None
                and _THIS_WEEK.fullmatch((ev.period_text or "").strip())
            ):
                # "12月第1周（12.1-12.7）…。小米汽车本周上险量为1.03万辆": the week the story
                # named before, not the one under way on the day of writing
                # (first one whose "this week" carries its dates: "本周（10月13日-10月19日）
                # 新势力品牌上险量", not a "上周（…）" told in between)
                this_week = (
                    this_week
                    or _week_named_before(
                        cfg, sentences, n_sent, 12, ref, doc_year, _THIS_WEEK_DATED
                    )
                    or _week_named_before(cfg, sentences, n_sent, 7, ref, doc_year)
                )
                if this_week is not None:
                    ev = dataclasses.replace(
                        ev,
                        period_start=this_week.start,
                        period_end=this_week.end,
                        as_of=this_week.end,
                    )
            elif (
                this_week is not None
                and this_week.start is not None
                and ev.period_kind == "week"
                and _LAST_WEEK.fullmatch((ev.period_text or "").strip())
            ):
                # "，环比上周的9800辆": the week before the one the story named
                end = this_week.start - dt.timedelta(days=1)
                ev = dataclasses.replace(
                    ev, period_start=end - dt.timedelta(days=6), period_end=end, as_of=end
                )
            if (
                lang in ("en", "zh")
                and ev.metric == "deliveries"
                and ev.status == "actual"
                and week_told is not None
                and (
                    (
                        ev.period_kind in ("week", "window", "none")
                        and ev.period_start is None
                        and cfg.week_earlier_word_re.search(sent.text) is not None
                    )
                    # "11月第4周（11.24-11.30）…8700辆，环比上周的9200辆": the week before the
                    # one named, not the one before the day of writing
                    or (
                        lang == "zh"
                        and not week_told_last
                        and ev.period_kind == "week"
                        and _LAST_WEEK.fullmatch((ev.period_text or "").strip()) is not None
                    )
                )
            ):
                # "Xiaomi came in at 9,200, up from 9,050 the week before (a week earlier, the
                # previous week's 9,050)": the base after the week's figure is of the week before
                end = week_told - dt.timedelta(days=1)
                ev = dataclasses.replace(
                    ev,
                    period_kind="week",
                    period_start=end - dt.timedelta(days=6),
                    period_end=end,
                    as_of=end,
                )
            elif (
                lang == "en"
                and ev.metric == "deliveries"
                and ev.status == "actual"
                and ev.period_kind == "none"
                and not ev.period_text
            ):
                # "Tesla registered 15,300 vehicles in the week of November 17 to 23. … Xiaomi
                # came in at 9,200": a registration round-up's figure told with no period is
                # of the week a sentence before named (none named: no period)
                round_up_week = _week_named_before(
                    cfg, sentences, n_sent, 5, ref, doc_year, _REGISTRATIONS
                )
                if round_up_week is not None:
                    ev = dataclasses.replace(
                        ev,
                        period_kind="week",
                        period_start=round_up_week.start,
                        period_end=round_up_week.end,
                        as_of=round_up_week.end,
                    )
            year_of_launch = (
                _YEAR_OF_LAUNCH.search(sent.text)
                if lang == "zh"
                and ev.metric == "deliveries"
                and ev.period_kind in ("year", "month")
                and ev.period_start is not None
                and ev.subject not in ("Xiaomi Auto", "Xiaomi Group")
                and _DATE_OPENS.match(sent.text)
                else _YEAR_OF_LAUNCH_EN.search(sent.text)
                if lang == "en"
                and ev.metric == "deliveries"
                and ev.period_kind == "year"
                and ev.period_start is not None
                and ev.subject not in ("Xiaomi Auto", "Xiaomi Group")
                else None
            )
            if (
                year_of_launch is not None
                and _first_figure_after(sent.text, year_of_launch.end()) == ev.value
                and (company := _named(cfg, "Xiaomi Auto")) is not None
            ):
                # "2024年3月，小米SU7上市，27分钟大定5万台，当年交付超过13.5万辆": a timeline's
                # year, told with no subject of its own after the launch, is the company's (the
                # year of the month the item opens with)
                y = ev.period_start.year if ev.period_start else 0
                done = ref is None or dt.date(y, 12, 31) <= ref
                ev = dataclasses.replace(
                    ev,
                    subject=company.name,
                    period_kind="year",
                    period_start=dt.date(y, 1, 1),
                    period_end=dt.date(y, 12, 31),
                    as_of=dt.date(y, 12, 31) if done else None,
                )
            if (
                year_before is not None
                and ev.period_kind == "cumulative"
                and ev.period_start is None
                and ev.as_of is None
                and _BARE_TOTAL.fullmatch(ev.period_text or "") is not None
                and not _RUNNING_SO_FAR.search(sent.text)
                and ev.status == "actual"
                and ev.metric in ("deliveries", "production")
            ):
                # "Over heel 2024 kwam de omzet … uit op 32,1 miljard yuan. In totaal werden
                # 136.854 auto's afgeleverd.": the total of the year just reported
                ev = _period_of(ev, year_before, period_kind="year", as_of=None)
            goal_of_year = (
                _FULL_YEAR_GOAL.search(sent.text)
                if ev.metric == "delivery_target"
                and ev.period_kind in ("month", "quarter", "half_year")
                and ev.period_start is not None
                else None
            )
            if (
                goal_of_year is not None
                and ev.period_start is not None
                and not _PERIOD_GOAL.search(sent.text)
                and _first_figure_after(sent.text, goal_of_year.end()) == ev.value
            ):
                # "157,000 in the first half, 45% of its full-year goal of 350,000", "its
                # full-year target, raised in March from 300,000": a year's goal, whatever
                # half or month the sentence names
                y = ev.period_start.year
                ev = dataclasses.replace(
                    ev,
                    period_kind="year",
                    period_start=dt.date(y, 1, 1),
                    period_end=dt.date(y, 12, 31),
                    period_text=goal_of_year.group(0),
                    as_of=None,
                )
            if (
                ev.metric == "deliveries"
                and ev.status == "actual"
                and ev.period_kind == "none"
                and _OLD_GENERATION.search(sent.text)
            ):
                # "Xiaomi sold more than 300,000 units of the first-generation SU7": the old
                # model's sales over its whole life, a running total
                ev = dataclasses.replace(ev, period_kind="cumulative")
            told_kind = _THE_PERIODS.search(sent.text, max(0, ev.char_start - sent.start))
            kind_named = (
                {"half": "half_year"}.get(told_kind.group(1).lower(), told_kind.group(1).lower())
                if told_kind is not None and ev.status == "actual"
                else None
            )
            that_period = (
                next((e for e in reversed(events[:n_events]) if e.period_kind == kind_named), None)
                if kind_named is not None
                and told_kind is not None
                and (
                    ev.period_kind != kind_named
                    # ("the quarter" read alone as the last quarter before the day of writing)
                    or (ev.period_text or "").strip().lower() == told_kind.group(0)[:-2].lower()
                )
                else None
            )
            if that_period is not None:
                # "In the first quarter it handed over 75,869 cars. The Ultra accounted for
                # more than 10,000 of the half's deliveries" after the first half's figure:
                # the half told before
                ev = _period_of(
                    ev,
                    that_period,
                    period_text=told_kind.group(0) if told_kind else ev.period_text,
                )
            parts = events[n_events - 1] if n_events and n_sent > 0 else None
            part_ent = _named(cfg, parts.subject) if parts is not None else None
            if (
                parts is not None
                and part_ent is not None
                and part_ent.kind == "model"
                and lang == "zh"
                and ev.status == parts.status == "actual"
                and ev.metric == parts.metric == "deliveries"
                and parts.period_kind in ("week", "month")
                and parts.period_start is not None
                and parts.subject != ev.subject
                and ev.period_start is None
                and ev.as_of is None
                and (
                    # "小米YU7上险约6200辆。小米SU7上险3800辆。小米汽车合计上险1.0万辆。": the
                    # models' lines, then their sum, all of the week the first line names
                    (
                        ev.period_kind == "cumulative"
                        and _SUM_LINE.fullmatch((ev.period_text or "").strip()) is not None
                    )
                    or (ev.period_kind == "none" and _MODEL_LINE.fullmatch(sent.text) is not None)
                )
            ):
                ev = _period_of(ev, parts)
            same_month = (
                next((e for e in reversed(events[:n_events]) if e.period_kind == "month"), None)
                if ev.period_kind == "none"
                and ev.status == "actual"
                and _SAME_MONTH_OPEN.match(sent.text)
                else None
            )
            if same_month is not None:
                # "7月，工厂共生产新车约3.2万辆。同月，小米汽车交付量超过3万辆", "In the same
                # month, Xiaomi delivered …": the month of the figure told just before
                ev = _period_of(ev, same_month, as_of=ev.as_of or same_month.as_of)
            told_month = (
                _last_month_told(cfg.lang, sentences[n_sent - 1].text, ref, doc_year)
                if lang not in ("en", "zh")
                and n_sent > 0
                and ev.status == "actual"
                and ev.period_kind in ("none", "cumulative")
                and ev.period_start is None
                and that_month_opens(sent.text, lang)
                else None
            )
            if told_month is not None and told_month.kind == "month":
                # "La cifra supone un alza del 1,4 % respecto a septiembre. Ese mes, la marca
                # había entregado …", "In jenem Monat", "Ce mois-là": the month the sentence
                # before named (not a running total)
                ev = dataclasses.replace(
                    ev,
                    period_kind="month",
                    period_start=told_month.start,
                    period_end=told_month.end,
                    period_text=told_month.text,
                    as_of=ev.as_of or told_month.as_of,
                )
            if (
                month_text
                and lang in ("en", "zh")
                and ev.period_kind == "rate"
                and ev.status == "actual"
                and ev.metric in ("deliveries", "production")
                and _WEEK_TOTAL.search(sent.text) is not None
                and _WEEK_AVERAGE.search(sent.text) is None
                and (said := _resolve(cfg.lang, month_text[0], ref, "actual", doc_year)).kind
                == "week"
                and said.start is not None
            ):
                # "第15周（4月7日-4月13日）榜单出炉。小米汽车周销量为8600辆": the week's own count
                # (周销量, "weekly sales"), of the dated week the sentence before named; 周均,
                # 平均每周, "weekly sales averaged" stay a rate
                ev = dataclasses.replace(
                    ev,
                    period_kind="week",
                    period_start=said.start,
                    period_end=said.end,
                    period_text=said.text,
                    as_of=ev.as_of or said.as_of,
                )
            if (
                lang == "en"
                and ev.period_kind == "rate"
                and ev.status == "actual"
                and ev.qualifier in ("more_than", "at_least")
                and ev.metric in ("deliveries", "production")
                and n_sent + 1 < len(sentences)
                and _WEEK_TOTAL.search(sent.text) is not None
                and _WEEK_AVERAGE.search(sent.text) is None
                and (
                    said := _resolve(cfg.lang, sentences[n_sent + 1].text, ref, "actual", doc_year)
                ).kind
                == "week"
                and said.start is not None
            ):
                # "Xiaomi's YU7 tops 10,000 weekly registrations. It was registered 10,200
                # times in the week of Sept 8-14": the mark the dated week's count passed
                ev = dataclasses.replace(
                    ev,
                    period_kind="week",
                    period_start=said.start,
                    period_end=said.end,
                    period_text=said.text,
                    as_of=ev.as_of or said.as_of,
                )
            if (
                month_text
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
                month_before = month_before or next(
                    (
                        p
                        for t in month_text
                        if (p := _month_named(cfg.lang, t, ref, doc_year)) is not None
                    ),
                    None,
                )
                if month_before is None and _YEAR_HEADING.fullmatch(month_text[0]):
                    # "2024" alone over "Xiaomi delivered more than 135,000 cars.": a timeline's
                    # heading names the year of the paragraph under it
                    said = _resolve(
                        cfg.lang, "in " + month_text[0].strip(" :："), ref, "actual", doc_year
                    )
                    month_before = said if said.kind == "year" and said.start else None
                if month_before is None and lang in ("en", "zh"):
                    # "上周（3.17-3.23）新势力品牌上险量出炉。小米汽车上险量为10500辆": the dated
                    # week the figure-less sentence before named
                    said = _resolve(cfg.lang, month_text[0], ref, "actual", doc_year)
                    if said.kind == "week" and said.start is not None and said.end is not None:
                        month_before = said
                if month_before is not None:
                    # "July sales were published today. Xiaomi delivered 6,042 YU7s, ...": the
                    # month the sentence before named, with no figure of its own
                    ev = dataclasses.replace(
                        ev,
                        period_kind=(
                            month_before.kind if month_before.kind in ("year", "week") else "month"
                        ),
                        period_start=month_before.start,
                        period_end=month_before.end,
                        period_text=month_before.text,
                        as_of=ev.as_of or month_before.as_of,
                    )
            if (
                title_figures is not None
                and ev.period_kind == "none"
                and ev.status == "actual"
                and ev.metric in ("deliveries", "production")
                and ev.value in title_figures[0]
            ):
                said_month = title_figures[1]
                ev = dataclasses.replace(
                    ev,
                    period_kind="month",
                    period_start=said_month.start,
                    period_end=said_month.end,
                    period_text=said_month.text,
                    as_of=ev.as_of or said_month.as_of,
                )
            if (
                ev.metric == "deliveries"
                and ev.status == "actual"
                and ev.period_kind == "year"
                and ev.period_end is not None
                and (ref is None or ev.period_end >= ref)
                and _STILL_THE_NUMBER.search(sent.text)
                and any(
                    sentences[k].text.rstrip().endswith("?")
                    and _GOAL_WORD.search(sentences[k].text)
                    for k in range(max(0, n_sent - 2), n_sent)
                )
            ):
                # "Q: Are you sticking to your target for 2025? A: We are. 350,000 deliveries
                # this year is still the number.": the answer restates the target asked about
                ev = dataclasses.replace(ev, metric="delivery_target", status="target")
            if (
                month_text
                and ev.metric == "delivery_target"
                and ev.period_kind == "year"
                and ev.period_start is None
                and not ev.period_text
            ):
                # "Q: How many cars will you deliver this year? Lei Jun: Our goal is 350,000":
                # the year the question (a figure-less sentence right before) names
                asked = _resolve(cfg.lang, month_text[0], ref, ev.status, doc_year)
                if asked.kind == "year" and asked.start is not None:
                    ev = dataclasses.replace(
                        ev, period_start=asked.start, period_end=asked.end, period_text=asked.text
                    )
            told_before = events[-1] if events else None
            if (
                quarter is None
                and lang not in ("en", "zh")
                and ev.period_kind == "none"
                and ev.period_text == YEAR_BACK
                and told_before is not None
                and told_before.metric == ev.metric
                and told_before.period_kind in ("month", "quarter", "half_year")
                and told_before.period_start is not None
                and told_before.period_end is not None
            ):
                # "We wrześniu Xiaomi dostarczyło 40 tys. aut. Rok wcześniej było to 12 tys.":
                # the same period as the figure just told, a year back
                end = _year_back(told_before.period_end)
                ev = dataclasses.replace(
                    ev,
                    period_kind=told_before.period_kind,
                    period_start=_year_back(told_before.period_start),
                    period_end=end,
                    as_of=ev.as_of or (end if ev.status == "actual" else None),
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
                    # (of the half year reported too: 前年同期 in an interim report)
                    named = Period(
                        _year_back(quarter.start), end, YEAR_BACK, end, False, quarter.kind
                    )
                elif ev.period_text == QUARTER_BACK and quarter.start and quarter.kind == "quarter":
                    first = quarter.start.month - 3
                    start = dt.date(quarter.start.year - (first < 1), (first - 1) % 12 + 1, 1)
                    end = _month_end(start.year, start.month + 2)
                    named = Period(start, end, QUARTER_BACK, end, False, "quarter")
                ev = dataclasses.replace(
                    ev,
                    period_kind=named.kind,
                    period_start=named.start,
                    period_end=named.end,
                    period_text=ev.period_text or named.text,
                    as_of=ev.as_of or named.as_of,
                )
            if (
                (quarter is None or quarter.kind != "quarter" or quarter.start is None)
                and ev.period_kind == "none"
                and ev.period_text == QUARTER_BACK
                and ev.language == "en"
                and ref is not None
            ):
                # "In the previous quarter, revenue … reached 21.3 billion yuan" in a feature
                # that reports no quarter: the quarter before the one the day of writing is in
                end = dt.date(ref.year, 3 * ((ref.month - 1) // 3) + 1, 1) - dt.timedelta(days=1)
                ev = dataclasses.replace(
                    ev,
                    period_kind="quarter",
                    period_start=dt.date(end.year, end.month - 2, 1),
                    period_end=end,
                    as_of=end if ev.status == "actual" else ev.as_of,
                )
            if (
                quarter is not None
                and quarter.kind == "quarter"
                and quarter.start is not None
                and ev.period_kind == "quarter"
                and ev.period_start == quarter.start
                # (Chinese 上季度 beside the quarter reported is the one before it; English
                # "last quarter" in a results story is most often the quarter reported)
                and ev.language == "zh"
                and _LAST_QUARTER_WORD.fullmatch((ev.period_text or "").strip())
                # (not when "last quarter" itself named the quarter reported: 上季智能电动汽车收入)
                and not _LAST_QUARTER_WORD.fullmatch((quarter.text or "").strip())
            ):
                # "上季度的7亿元", "last quarter's 75,869" in a story on the quarter just ended:
                # the quarter before the one reported, not the one the day of writing follows
                first = quarter.start.month - 3
                start = dt.date(quarter.start.year - (first < 1), (first - 1) % 12 + 1, 1)
                end = _month_end(start.year, start.month + 2)
                ev = dataclasses.replace(
                    ev,
                    period_start=start,
                    period_end=end,
                    as_of=end if ev.as_of is not None else None,
                )
            if (
                ev.status != "actual"
                and ev.period_kind == "quarter"
                and ev.period_end is not None
                and ref is not None
                and ev.period_end < ref
                and BARE_QUARTER_RE.fullmatch(ev.period_text or "")
            ):
                # "will deliver 120,000 cars this quarter": a plan's quarter is the one under way
                q_start = ev.period_end + dt.timedelta(days=1)
                ev = dataclasses.replace(
                    ev,
                    period_start=q_start,
                    period_end=_month_end(q_start.year, q_start.month + 2),
                    as_of=None,
                )
            if (
                quarter is not None
                and quarter.kind == "quarter"
                and ev.period_kind == "quarter"
                and ev.status == "actual"
                and BARE_QUARTER_RE.fullmatch(ev.period_text or "")
            ):
                # "in the quarter" after the story named its quarter: that one
                ev = dataclasses.replace(
                    ev,
                    period_start=quarter.start,
                    period_end=quarter.end,
                    as_of=quarter.as_of or quarter.end,
                )
            if ev.period_kind == "month" and ev.period_start is None:
                ev = _launch_month_dated(cfg, ev, models_in_doc, ref, doc_year)
            if ev.as_of is None:
                ev = _dated(cfg, ev, sent.text, when, n_sent, narrative)
            if id(sent) in table_rows or sent.text != page[sent.start : sent.end]:
                # (a fact box's row is read as "what it counts: figure"; quoted as written)
                ev = dataclasses.replace(ev, evidence=page[sent.start : sent.end])
            if ev.metric == "deliveries" and ev.period_kind == "week" and ev.period_start:
                week_told = ev.period_start
                week_told_last = _LAST_WEEK.fullmatch((ev.period_text or "").strip()) is not None
            events.append(ev)
        for k in range(max(n_events, 1), len(events)):
            avg, cur = events[k - 1], events[k]
            if (
                k - 1 >= n_events
                and avg.period_kind == "rate"
                and _AVERAGED.search(avg.period_text or "")
                and cur.period_kind in ("week", "month")
                and (cur.metric, cur.subject, cur.status) == (avg.metric, avg.subject, avg.status)
                and 0.5 <= cur.value / max(avg.value, 1.0) <= 2.0
            ):
                # "weekly registrations in November averaged 9,300, against 7,800 in October",
                # 11月日均交付1400辆，10月为1300辆: the figure compared is the same average
                events[k] = dataclasses.replace(cur, period_kind="rate")
        if lang not in ("en", "zh"):
            _target_part(events, n_events, sent, lang)
        parts_of = None
        if n_events and len(events) > n_events and _OF_WHICH_START.match(sent.text):
            parts_of = _latest_whole(events[:n_events])
        elif (
            n_events
            and len(events) > n_events
            and lang == "en"
            and _PART_VERB_OF_THEM.search(sent.text)
        ):
            parts_of = events[n_events - 1]  # "The YU7 accounted for 6,200 of them"
        elif part_whole is not None and len(events) > n_events:
            last = events[n_events:]
            if all(
                ev.period_kind == "none"
                and ev.metric == part_whole.metric
                and ev.subject not in (part_whole.subject, "Xiaomi Auto", "Xiaomi Group")
                for ev in last
            ):
                parts_of = part_whole  # the next part, told in a sentence of its own
        part_whole = None
        if parts_of is not None:
            # "小米汽车10月交付超过4万辆。其中，SU7交付约2万辆。": the part is of the whole's period
            whole = part_whole = parts_of
            events[n_events:] = [
                _period_of(ev, whole)
                if ev.period_kind == "none"
                and ev.metric == whole.metric
                and ev.status == whole.status
                and whole.period_kind != "none"
                else ev
                for ev in events[n_events:]
            ]
        if n_events and len(events) > n_events and lang == "en":
            events[n_events:] = _month_told_before(sent.text, events[:n_events], events[n_events:])
        if len(events) > n_events and _EACH_MONTH.search(sent.text):
            events[n_events:] = _each_month(sent.text, events[n_events:], ref)
        if len(events) - n_events >= 2 and (
            _RESPECTIVELY.search(sent.text)
            or (cfg.lang not in ("en", "zh") and cfg.respectively_re.search(sent.text))
        ):
            events[n_events:] = _respectively(
                cfg,
                sent.text,
                events[n_events:],
                sentences[n_sent - 1].text if n_sent > 0 else "",
            )
            events[n_events:] = _respectively_periods(sent.text, events[n_events:], ref, doc_year)
        if (
            lang in ("en", "zh")
            and n_sent > 0
            and any(ev.status == "forecast" for ev in events[n_events:])
            and sentences[n_sent - 1].text.rstrip().endswith(("?", "？"))
        ):
            # "Could you talk about the fourth quarter? Consensus has you at around 140,000
            # deliveries.": a forecast told with no period of its own, right after a question
            # on a period, is of the period asked about
            asked = _resolve(lang, sentences[n_sent - 1].text, ref, "forecast", doc_year)
            own = _resolve(lang, sent.text, ref, "forecast", doc_year)
            if (
                asked.start is not None
                and asked.kind in ("month", "quarter", "half_year", "year")
                and own.start is None
                and own.kind == "none"
            ):
                events[n_events:] = [
                    dataclasses.replace(
                        ev,
                        period_kind=asked.kind,
                        period_start=asked.start,
                        period_end=asked.end,
                        period_text=asked.text,
                        as_of=asked.as_of,
                    )
                    if ev.status == "forecast"
                    else ev
                    for ev in events[n_events:]
                ]
        if len(events) - n_events >= 2 and scan.search(cfg.target_beaten_re, sent.text):
            events[n_events:] = _targets_beaten(events[n_events:], beaten)
        if (
            lang not in ("en", "zh")
            and n_events
            and len(events) > n_events
            and events[n_events - 1].status == "actual"
            and events[n_events - 1].metric == "deliveries"
            and events[n_events - 1].period_kind == "year"
            and all(
                e.metric == "delivery_target" and e.period_start is None for e in events[n_events:]
            )
            and scan.search(cfg.target_beaten_re, sent.text)
        ):
            # "…2025年の納車台数は41万台を超えた。当初目標の30万台…をいずれも上回った": the
            # targets the year's total just told beat are that year's
            events[n_events:] = _targets_beaten(events[n_events - 1 :], beaten)[1:]
        if lang == "en" and len(events) > n_events:
            events[n_events:] = _whole_years(sent.text, events[n_events:], ref, doc_year)
        if lang in ("en", "zh") and len(events) == n_events + 1:
            events[n_events:] = _matching_month_before(sent.text, events[n_events])
        if len(events) == n_events:
            # a sentence with no figure of Xiaomi's, read by _month_named when a figure needs
            # it; and, should it name no month, the ones before it ("… posted record October
            # deliveries. BYD sold …, Leapmotor delivered …. Xiaomi said it delivered 40,000")
            extra = month_hist[3:] if month_text[:3] == month_hist[:3] else ()
            month_named = (sent.text, *month_text[:3], *extra)[:6]
            if (
                row_heading is not None
                and (_ROW_SHAPE.match(sent.text) or _ROW_LIKE.match(sent.text))
                and len(sent.text) < 60
            ):
                # "October deliveries. Leapmotor: 70,289. XPeng: 42,013. Xiaomi: 40,000+.":
                # the rows of others' figures keep the heading's month for Xiaomi's row
                month_named = (row_heading,)
        else:
            row_heading = None
        ctx.non_car_measure = _non_car_measure(cfg, sent.text) if len(events) == n_events else None
        _update_context(cfg, ctx, sent.text)
        if len(events) >= 2 * MAX_EVENTS_PER_ARTICLE:
            break
    if published is None:
        events = _targets_of_one_year(events, beaten)
    else:
        events = _year_to_date_ends(events, published)
    if lang in ("en", "zh"):
        events = _last_month_before_focus(events)
    if boxes:
        events = _boxed(events, boxes)
    if lang == "zh" and published is not None:
        events = _launch_night_counts(cfg, events, published)
    return _dedupe(events, cfg.one_model_until)[:MAX_EVENTS_PER_ARTICLE]


def _launch_night_counts(
    cfg: ExtractorConfig, events: list[ExtractedEvent], published: dt.date
) -> list[ExtractedEvent]:
    """A model's orders told on its launch day or the day after with no span and no running
    total said (小米YU7锁单已突破24万台 on June 27): the launch window, as "上市后，锁单已突破…"
    and "18小时锁单超24万台" are read, so that it is one fact with the window other outlets
    give. The count is of the orders since that launch opened them, so a window (DESIGN.md: "a
    launch window"), not a cumulative with no as_of; 累计 or 截至… said, or a later day, keep it
    a running total."""
    launched = {e.name: e.launched for e in cfg.entities if e.launched is not None}
    out = []
    for ev in events:
        day = launched.get(ev.subject or "")
        if (
            day is not None
            and ev.metric in ("orders", "locked_orders")
            and ev.status == "actual"
            and ev.period_kind == "cumulative"
            and ev.period_start is None
            and ev.as_of is None
            and not ev.period_text
            and 0 <= (published - day).days <= 1
            and not _RUNNING_TOTAL_SAID.search(ev.evidence)
        ):
            ev = dataclasses.replace(ev, period_kind="window", as_of=day)
        out.append(ev)
    return out


_RUNNING_TOTAL_SAID = re.compile(r"累计|累積|截至|截止|总计|總計|至今")


# a fact box's heading that names the period of its lines: 10月成绩单, 三季报, 2025年Q3财报一览,
# 上半年数据一览 (not a heading of no period, 数据一览)
_BOX_HEADING = re.compile(
    r"(?P<p>(?:20\d\d\s*年\s*)?(?:\d{1,2}\s*月份?|第?[一二三四1-4]季度|Q[1-4]|[上下]半年)"
    r"|(?P<q>[一二三四])季(?=报|報))"
    r"\s*(?:的)?\s*(?:成绩单|成績單|财报|財報|报|報|业绩|業績|数据|數據)"
    r"(?:速览|速覽|一览|一覽|出炉|出爐)?",
    re.I,
)
# a "label：value" line of such a box: 交付量：4万+, 今年以来累计：超31万辆
_BOX_LINE = re.compile(r"\s*[^\s：:，。,；;！!？?]{1,12}\s*[：:]")


def _box_heading(
    cfg: ExtractorConfig, text: str, at: int, ref: dt.date | None, doc_year: int | None
) -> list[tuple[int, Period]]:
    """The period a fact box's heading names, from where the heading stands (the title: -1)."""
    m = _BOX_HEADING.search(text)
    if m is None:
        return []
    said = m.group("p") or f"第{m.group('q')}季度"
    period = _resolve(cfg.lang, said, ref, "actual", doc_year)
    if period.kind not in ("month", "quarter", "half_year", "year") or period.end is None:
        return []
    return [(at, period)]


def _boxed(events: list[ExtractedEvent], boxes: list[tuple[int, Period]]) -> list[ExtractedEvent]:
    """The "label：value" lines under a fact box's heading that tell no period take the
    heading's ("10月成绩单 … 交付量：4万+": October); a running total on such a line
    (今年以来累计, 累计交付) ends at the period's end."""
    out = []
    for ev in events:
        heads = [p for at, p in boxes if at < ev.char_start]
        if not heads or ev.status != "actual" or not _BOX_LINE.match(ev.evidence):
            out.append(ev)
            continue
        said = heads[-1]
        if ev.period_kind == "none":
            ev = dataclasses.replace(
                ev,
                period_kind=said.kind,
                period_start=said.start,
                period_end=said.end,
                period_text=said.text,
                as_of=ev.as_of or said.as_of,
            )
        elif ev.period_kind == "cumulative" and ev.period_end is None and ev.as_of is None:
            if ev.period_start is not None and ev.period_start <= (said.end or ev.period_start):
                ev = dataclasses.replace(ev, period_end=said.end)
            elif ev.period_start is None:
                ev = dataclasses.replace(ev, as_of=said.end)
        out.append(ev)
    return out


# a month's figure said to equal the month before's: "matching last month's level", "the same
# as the previous month", 与上月持平
_MATCHING_MONTH_BEFORE = re.compile(
    r"\b(?:matching|equall?ing|the\s+same\s+as|unchanged\s+from|level\s+with)\s+(?:the\s+)?"
    r"(?:last|previous|prior|preceding)\s+month(?:['’]s(?:\s+(?:level|figure|total|tally))?)?\b"
    r"|(?:与|和|同)上(?:个|一个?)?月(?:基本)?持平",
    re.I,
)


def _matching_month_before(text: str, ev: ExtractedEvent) -> list[ExtractedEvent]:
    """ "Xiaomi delivered more than 20,000 cars in November, matching last month's level":
    November's figure, and the same figure for October."""
    if not (
        ev.period_kind == "month"
        and ev.status == "actual"
        and ev.metric in ("deliveries", "production")
        and ev.period_start is not None
        and _MATCHING_MONTH_BEFORE.search(text)
    ):
        return [ev]
    end = ev.period_start - dt.timedelta(days=1)
    before = dataclasses.replace(
        ev, period_start=end.replace(day=1), period_end=end, as_of=end, period_text=None
    )
    return [ev, before]


# "last month", 上月: the month before the publication's, unless the story reports that month
# (and "last quarter", 上季度 the same: "分部毛利率为25.5%，上季度为26.4%" in a story on Q3)
_LAST_MONTH = re.compile(r"\blast\s+month\b|上个?月", re.I)
_LAST_QUARTER = re.compile(r"\blast\s+quarter\b|上一?个?季度", re.I)


def _last_month_before_focus(events: list[ExtractedEvent]) -> list[ExtractedEvent]:
    """A monthly report out on Aug 1 on July's figure: "more than 25,000 units last month" is
    the month before the one in focus (June), when the story already gave that month, by its
    name, another figure of the same measure and subject."""
    out = list(events)
    for k, ev in enumerate(out):
        relative = {"month": _LAST_MONTH, "quarter": _LAST_QUARTER}.get(ev.period_kind)
        if not (
            relative is not None
            and ev.status == "actual"
            and ev.period_start is not None
            and relative.search(ev.period_text or "")
        ):
            continue
        focus = next(
            (
                e
                for e in out[:k]
                if e.period_kind == ev.period_kind
                and e.period_start == ev.period_start
                and (e.metric, e.subject, e.status, e.label)
                == (ev.metric, ev.subject, ev.status, ev.label)
                and e.value != ev.value
                and not relative.search(e.period_text or "")
            ),
            None,
        )
        if focus is None:
            continue
        end = ev.period_start - dt.timedelta(days=1)
        start = end.replace(day=1)
        if ev.period_kind == "quarter":
            start = dt.date(end.year, end.month - 2, 1)
        out[k] = dataclasses.replace(
            ev,
            period_start=start,
            period_end=end,
            as_of=end if ev.as_of is not None else None,
        )
    return out


# an answer that keeps the figure asked about: "… is still the number", "remains the plan"
_STILL_THE_NUMBER = re.compile(
    r"\b(?:is|remains|stays)\s+(?:still\s+)?(?:the|our)\s+(?:number|figure|plan|goal|target|aim)\b",
    re.I,
)


# a possessive that opens a sentence: the business of the sentence before ("Its operating
# loss", "Sa perte", "Su beneficio", "La sua perdita", "Sein Umsatz", 其经营亏损)
# a modal verb of "the figure" told after a forecast (German, Dutch)
_FIGURE_MODAL = re.compile(
    r"\b(?:sollen|sollten|dürften|könnten)\b|\bwerden\s+es\b|\b(?:zouden|moeten|zullen)\b"
    r"|\bma(?:ją)?\s+(?:to|ich)\s+być\b"
)
_POSSESSIVE_OPENS = re.compile(
    r"\s*(?:Its|Sa|Son|Ses|Su|Sus|La\s+sua|Il\s+suo|Sua|Suo|Sein|Seine|Seinen|Ihr|Ihre|Ihren|Seu|"
    r"Zijn|Его|Её|Ее|Jej|Jego)\s|\s*其(?!他|中|余|餘|次|实|實)"
)


# what is still missing to a goal: its name before the figure, "left" or "short" after it,
# or "leaves … to reach" around it
_GAP_BEFORE = re.compile(
    r"\b(?:gap|distance|shortfall)\s+(?:(?:to|from|with)\s+)?(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:target|goal)\b[^.;\d]{0,40}$",
    re.I,
)
_GAP_AFTER = re.compile(
    r"\s*(?:more\s+)?(?:units|cars|vehicles|deliveries|EVs)?\s*(?:left|to\s+go|remaining|short|"
    r"away|shy)\b[^.;\d]{0,30}?\b(?:target|goal)\b",
    re.I,
)
_LEAVES_BEFORE = re.compile(r"\b(?:leaves?|leaving|left)\b[^.;\d]{0,30}$", re.I)
_TO_REACH_AFTER = re.compile(
    r"\s*(?:more\s+)?(?:units|cars|vehicles|deliveries|EVs)?\s*(?:to\s+go\s+)?to\s+(?:reach|meet|"
    r"hit|achieve)\s+(?:the|its)\s+(?:[\w,.-]+\s+){0,2}?(?:target|goal)\b",
    re.I,
)


# a car market or its association named as the sentence's topic: "the Chinese new-energy
# passenger vehicle market", 乘联会
_MARKET_NAMED = re.compile(
    r"\b(?:car|vehicle|EV|NEV|auto|automobile|automotive)s?\s+market\b|"
    r"\b(?:passenger\s+car\s+association|CPCA|CAAM)\b|乘联会|乘聯會|乘联分会|中汽协|中汽協|"
    r"(?:汽车|汽車|乘用车|乘用車|电动车|電動車)市场",
    re.I,
)
# a share's price or a price target on the stock: no figure of the car business
_SHARE_PRICE = re.compile(
    r"\b(?:price\s+target|target\s+price|share\s+price|stock\s+price|price\s+objective)s?\b|"
    r"\b(?:shares|stock)\s+(?:rose|fell|jumped|dropped|climbed|slipped|closed|ended|traded|"
    r"gained|lost)\b|目标价|目標價|股价|股價",
    re.I,
)
# after a stock's move, the news that moved it: "shares rose 4% after its EV unit reported
# revenue of 28.3 billion yuan" (the figure is the business's, not the share's)
_MOVED_BY_NEWS = re.compile(
    r"\b(?:after|as|when|following|because|since|on\s+news\s+that)\b[^.;:]*?"
    r"\b(?:revenue|sales|deliver(?:ed|ies|y)|handed\s+over|profit|loss|income|earnings|orders)\b",
    re.I,
)
# after such a figure: "a share" / "per share" keeps it a share price; a business measure
# right after ("of revenue") would not be one
_NOT_SHARE_MONEY = re.compile(
    r"^\s*(?:of|in)\s+(?:revenue|sales|operating|net|profit|loss)\b", re.I
)
# the figure told before, pointed back to: "the figure had passed", "that number rose to"
_FIGURE_POINTER = re.compile(
    r"\b(?:the|that|this)\s+(?:figure|number|count|tally|total)\b(?!\s+of\b)", re.I
)
# the year's running figure pointed at: "the year-to-date figure", "the total for the year so far"
_YTD_FIGURE = re.compile(
    r"\bthe\s+(?:year-to-date|year-so-far|YTD)\s+(?:figure|number|count|tally|total)\b"
    r"|\b(?:the|its|their)\s+(?:figure|number|count|tally|total)\s+for\s+the\s+year\s+"
    r"(?:to\s+date|so\s+far)\b",
    re.I,
)
# a negation right before a cancel or refund word: "can no longer be refunded", 不可退订
_NEGATED_BEFORE = re.compile(
    r"\b(?:no\s+longer|not|never|cannot|can't|can’t|won't|won’t)\s+(?:be\s+|get\s+|been\s+)?"
    r"(?:\w+\s+)?$|不可|不能|无法|無法|不得|不予",
    re.I,
)
# a pace raised to a figure, right before it: "lift monthly output to 50,000", "raise weekly
# deliveries to about 12,000"
_PACE_RAISED_TO = re.compile(
    r"\b(?:monthly|weekly|daily)\s+(?:output|production|deliveries|sales|volumes?)\s+"
    r"(?:to|at)\s+(?:about\s+|around\s+|roughly\s+|more\s+than\s+|over\s+|at\s+least\s+)?$",
    re.I,
)


def _first_figure_after(text: str, at: int) -> float | None:
    """The first figure written after `at` (digits, thousands commas, 万), or None."""
    m = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(万)?").search(text, at)
    if m is None:
        return None
    return float(m.group(1).replace(",", "")) * (1e4 if m.group(2) else 1)


# a goal named as the year's: "full-year goal", "annual target", 全年目标, 年度交付目标
_FULL_YEAR_GOAL = re.compile(
    r"\b(?:full[- ]year|annual|whole[- ]year)\s+(?:(?:delivery|sales)\s+)?(?:goal|target)s?\b|"
    r"全年(?:交付|销量)?目标|年度(?:交付|销量)?目标",
    re.I,
)
# a goal of a shorter period named in the sentence: "first-half target", 上半年目标
_PERIOD_GOAL = re.compile(
    r"\b(?:half|quarter(?:ly)?|month(?:ly)?|H[12]|Q[1-4])[- ](?:(?:delivery|sales)\s+)?(?:goal|target)s?\b|"
    r"(?:半年|季度|月度?)(?:交付|销量)?目标",
    re.I,
)
# a profit's verb right before its money: "the segment earned 700 million yuan"
_EARNED_BEFORE = re.compile(
    r"\b(?:earned|made|netted|turned)\s+(?:a\s+profit\s+of\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+)?(?:RMB|CNY|US\$|\$|¥)?\s*$",
    re.I,
)
_OPERATING_PROFIT_WORD = re.compile(r"\boperating\s+(?:profit|income)\b", re.I)
# a model's generation that has been replaced: "the first-generation SU7", 初代SU7
_OLD_GENERATION = re.compile(
    r"\b(?:first|previous|outgoing|old|original|prior)[- ]generation\b|初代|第一代|上一代|老款",
    re.I,
)
# after a money figure: what it is spent for, the car business
_FOR_CAR_BUSINESS = re.compile(
    r"\bfor\s+(?:its|the|their|Xiaomi['’]s)\s+(?:smart\s+)?(?:car|EV|auto|automotive|electric[- ]vehicle)s?\s+"
    r"(?:business|unit|division|operations?|segment|arm)\b|用于汽车业务",
    re.I,
)
# the car business's team: 造车团队, 汽车团队, "the car team", "its EV team"
_CAR_TEAM = re.compile(
    r"(?:造车|汽车)团队|\b(?:car|EV|auto)\s+(?:team|unit|business|division)\b", re.I
)
# a clause with its own subject after a figure: ", and its delivery centres handed over",
# ", while the company shipped"
_OWN_SUBJECT_CLAUSE = re.compile(
    r"[,;]\s*(?:and|while|but|whereas)\s+(?:its|the\s+company(?:['’]s)?|Xiaomi(?:['’]s)?)\b"
    r"[^,;.\d]*$",
    re.I,
)
_GENERIC_CARS_AFTER = re.compile(r"\s*(?:cars|vehicles|units|EVs)\b", re.I)
# a plant's people: "the plant's workforce", "workers at its factory", 工厂员工
_PLANT_STAFF = re.compile(
    r"\b(?:plant|factory|factories|plants)['’]?s?\s+(?:work(?:force|ers)|staff|employees|headcount)\b"
    r"|\b(?:work(?:force|ers)|staff|employees|headcount)\s+(?:at|of|in)\s+(?:the|its)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:plant|factory)\b|(?:工厂|工廠)(?:的)?(?:员工|員工|工人|人员|人員)",
    re.I,
)
# a team or staff named before a count of people in the sentence
_TEAM_BEFORE = re.compile(r"团队|员工|\b(?:team|workforce|staff|employees)\b", re.I)
# "this week", "last week" as a figure's whole period text; a sentence that names a week
_THIS_WEEK = re.compile(r"(?:in\s+)?this\s+week|本周|这周", re.I)
_LAST_WEEK = re.compile(r"(?:in\s+)?last\s+week|上周|上一周", re.I)
_THIS_WEEK_DATED = re.compile(r"(?:this\s+week|本周|这周)\s*[（(]\s*\d", re.I)
_WEEK_WORD = re.compile(r"\bweek\b|周", re.I)
# a round-up of insurance registrations (a week's count of cars, as deliveries)
_REGISTRATIONS = re.compile(r"\bregist(?:ered|rations?)\b|\binsurance\b", re.I)
# a period pointed back to after a figure: "of the half's deliveries", "the quarter's total"
_THE_PERIODS = re.compile(r"\bthe\s+(half|quarter|month)['’]s\b", re.I)


def _target_part(events: list[ExtractedEvent], n_events: int, sent: _Sentence, lang: str) -> None:
    """ "Od początku roku dostarczyło 280 tys. z planowanych na 2025 r. 360 tys.", "年間目標36万台
    のうち、すでに28万台を納車": of two goals of one year in a sentence, joined by a word of
    part (data `target_part`), the smaller is the count delivered so far: a running total
    from January 1 of that year (in place); so is a count of the year told as the part of
    the year's goal."""
    goals = [
        k
        for k in range(n_events, len(events))
        if events[k].metric == "delivery_target" and events[k].status == "target"
    ]
    done = [
        k
        for k in range(n_events, len(events))
        if events[k].metric == "deliveries"
        and events[k].status == "actual"
        and (
            events[k].period_kind == "year"
            or (events[k].period_kind == "cumulative" and events[k].period_start is None)
        )
    ]
    mixed = len(goals) == 1 and len(done) == 1
    if mixed:
        # "a déjà livré 285 000 des 360 000 voitures de son objectif pour 2025": the count
        # delivered is the part, the goal the whole (not the year's full count)
        goals = sorted([*goals, *done])
    if len(goals) != 2:
        return
    a, b = events[goals[0]], events[goals[1]]
    whole = b if a.value < b.value else a
    if (
        whole.period_kind != "year"
        or whole.period_start is None
        or (not mixed and (a.period_start, a.period_end) != (b.period_start, b.period_end))
        or a.value == b.value
        or not target_part_between(sent.text, lang)
    ):
        return
    k = goals[0] if a.value < b.value else goals[1]
    part = events[k]
    if mixed and (
        part.metric != "deliveries" or part.period_start not in (None, whole.period_start)
    ):
        return  # more delivered than the goal, or a count of another year: no part of it
    events[k] = dataclasses.replace(
        part,
        metric="deliveries",
        status="actual",
        period_kind="cumulative",
        period_start=dt.date(whole.period_start.year, 1, 1),
        period_end=None,
        as_of=None,
    )


def _last_month_told(
    lang: str, text: str, ref: dt.date | None, doc_year: int | None
) -> Period | None:
    """The last month a sentence names ("40.150 en octubre, un 1,4 % más que en septiembre":
    September), or None."""
    told: Period | None = None
    rest = text
    for _ in range(4):
        found = _resolve(lang, rest, ref, "actual", doc_year)
        if found.kind != "month" or not found.text or found.text not in rest:
            break
        told = found
        rest = rest[rest.index(found.text) + len(found.text) :]
    return told


# a sentence that opens on "the same month": 同月, 当月, "In the same month", "That month"
_SAME_MONTH_OPEN = re.compile(
    r"\s*(?:同月|当月|同一个?月|(?:in\s+)?(?:the\s+same|that(?:\s+same)?)\s+month\b)", re.I
)
# "last quarter", 上季度, 上一季度 as a figure's whole period text
_LAST_QUARTER_WORD = re.compile(r"last\s+quarter|上一?个?季度?", re.I)
# a period told in the sentence, before or after the figures: the level reached is of it ("in
# the second quarter", "In November", "in 2025", "year on year")
_PERIOD_TOLD = re.compile(
    r"\b(?:quarter|month|year|half|week|Q[1-4]|H[12]|20\d\d|January|February|March|April|May|"
    r"June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|"
    r"Oct|Nov|Dec)\.?)\b",
    re.I,
)
# right after a figure: "to" and the next level ("1.8 billion yuan to 500 million")
_TO_NEXT_LEVEL = re.compile(
    r"\s*(?:(?:yuan|RMB|CNY|dollars|units|vehicles|cars|orders|percentage\s+points|percent|%)\s*)?"
    r"to\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|just\s+)?(?:RMB|CNY|US\$|\$|¥)?\s*\d",
    re.I,
)
# a market's count word: retail or wholesale sales, 零售, 批发
_MARKET_SALES = re.compile(r"\b(?:retail|wholesale)\b|零售|批发|批發", re.I)
# the money a market traded, no company's revenue: "Turnover was HK$251 billion", "market
# turnover", "turnover on the main board"
_MARKET_TURNOVER = re.compile(
    r"\b(?:market|exchange|bourse|trading|main[- ]board|stock|share|equity|southbound|northbound)"
    r"\s+turnover\b|^\s*(?:total\s+)?turnover\s+(?:was|reached|totall?ed|stood|came|rose|fell|"
    r"climbed|jumped|dropped|slipped|hit)\b|\bturnover\s+(?:on|in|across|at)\s+the\s+"
    r"(?:market|exchange|main\s+board|bourse|city)\b",
    re.I,
)
# the money a stock traded: "Turnover in the stock reached HK$24 billion", "turnover of Xiaomi
# shares hit …" (a stock's trading, even with the company named)
_STOCK_TURNOVER = re.compile(
    r"\b(?:turnover|trading\s+volume|trading\s+value)\s+(?:in|of|for)\s+(?:the\s+)?"
    r"(?:[\w.&'’-]+\s+){0,2}?(?:stocks?|shares?)\b",
    re.I,
)
# a stock's move in the sentence: "Xiaomi shares dropped 4.2%", "the stock closed 1.8% lower";
# "turnover" beside it is the stock's trading ("on turnover of HK$12.1 billion"), no revenue
_STOCK_MOVE = re.compile(
    r"\b(?:shares?|stocks?)\b(?:\s+[\w.&'’-]+){0,3}?\s+(?:rose|fell|dropped|slid|slipped|"
    r"climbed|jumped|gained|lost|surged|soared|tumbled|plunged|sank|declined|rallied|added|"
    r"edged|ended|closed|finished|traded)\b",
    re.I,
)
_TURNOVER_WORD = re.compile(r"\bturnover\b", re.I)


# a digest's lede on the makers' monthly figures: "It was delivery day for China's carmakers"
_REPORT_DAY = re.compile(
    r"\bdelivery\s+day\b|\breported\s+(?:their\s+)?(?:\w+\s+)?deliveries\b", re.I
)
# a maker's name, then a mark passed, then the figure: "Xiaomi topped 40,000 again"
_MAKER_PASSED = re.compile(
    r"(?:['’]s)?\s+(?:again\s+|once\s+again\s+)?(?:topped|passed|cleared|crossed|exceeded|"
    r"surpassed|broke|beat)\s+(?:the\s+)?(?:more\s+than\s+|over\s+)?",
    re.I,
)


def _report_day_month(ev: ExtractedEvent, headline: Period | None, ref: dt.date) -> ExtractedEvent:
    """A delivery-day count with no period: of the headline's month, else of the month before
    the day of writing when that is one of the first days of a month."""
    if not (
        ev.metric in ("deliveries", "sales") and ev.status == "actual" and ev.period_kind == "none"
    ):
        return ev
    if headline is not None and headline.kind == "month" and headline.start is not None:
        start, end = headline.start, headline.end
    elif ref.day <= 7:
        end = ref.replace(day=1) - dt.timedelta(days=1)
        start = end.replace(day=1)
    else:
        return ev
    return dataclasses.replace(
        ev, period_kind="month", period_start=start, period_end=end, as_of=end
    )


def _digest_maker_clause(
    text: str,
    num: NumberMention,
    entity_hits: Sequence[tuple[int, int, Entity]],
    ctx: _Context,
    lang: str,
) -> bool:
    """Whether the figure is a digest's "Xiaomi topped 40,000 again" under a lede that named
    the makers' count ("It was delivery day for China's carmakers."), no other event before."""
    return (
        lang == "en"
        and num.unit is None
        and num.value >= 1000
        and ctx.last_event is None
        and ctx.heading_metric in ("deliveries", "sales")
        and any(_MAKER_PASSED.fullmatch(text, e, num.start) is not None for _, e, _ in entity_hits)
    )


# a ranked list's rank before its row: "3. ", "#4 ", "2) ", "1、"
_RANK_HEAD = re.compile(r"\s*(?:#\d{1,2}|\d{1,2}[.)、])\s*(?=[^\W\d_])")
# a row of a ranked list: a maker's name, a dash or colon, its figure
_RANK_ROW = re.compile(
    r"\s*(?:[-•*·–]\s*|(?:#\d{1,2}|\d{1,2}[.)、])\s*)?[^\d:：]{2,24}?(?:[:：]|\s[-–—])\s*[^\d]{0,12}\d[\d,.]*"
    r"\s*万?\s*(?:\+|units|vehicles|cars|辆|台)?\s*[.。]?\s*$",
    re.I,
)
# the same row with an aside after its figure: "- Xiaomi: more than 40,000, its second month
# above that level", "- Xiaomi: 40,000+ (a record), up 80%"
_RANK_ROW_ASIDE = re.compile(
    r"\s*(?:[-•*·–]\s*|(?:#\d{1,2}|\d{1,2}[.)、])\s*)?[^\d:：]{2,24}?(?:[:：]|\s[-–—])\s*[^\d]{0,12}\d[\d,.]*"
    r"\s*(?:\+|units|vehicles|cars)?\s*(?:[,;(–—]|\s-)(?:[^\d]|\d+(?:\.\d+)?\s*%)*$",
    re.I,
)


def _whole_years(
    text: str, events: list[ExtractedEvent], ref: dt.date | None, doc_year: int | None
) -> list[ExtractedEvent]:
    """A timeline's month label ("December 2024: …", "March 2025: …") over a figure of the
    whole year: "The year closes with more than 135,000 cars delivered" counts the year; in
    "the 2025 target is raised to 350,000 from 300,000" the old target is of the new one's
    year, not of the month it was raised in."""
    years = [e for e in events if e.metric == "delivery_target" and e.period_kind == "year"]
    # (a target's month is a timeline label's only when the sentence opens with the label:
    # not "needs to deliver 40,000 in December to meet its annual target")
    labelled = _MONTH_LABEL.match(text) is not None
    out = []
    for ev in events:
        start = ev.period_start
        if ev.period_kind == "month" and start is not None:
            if (
                ev.status == "actual"
                and ev.metric in ("deliveries", "production")
                and len(events) == 1
                and _YEAR_CLOSES.search(text)
            ):
                said = _resolve("en", f"in {start.year}", ref, "actual", doc_year)
                if said.kind == "year" and said.start is not None:
                    ev = dataclasses.replace(
                        ev,
                        period_kind="year",
                        period_start=said.start,
                        period_end=said.end,
                        period_text=said.text,
                        as_of=said.as_of,
                    )
            elif (
                labelled and ev.metric == "delivery_target" and (named := _YEAR_TARGET.search(text))
            ):
                # "March 2025: Xiaomi lifts its 2025 delivery target to 350,000": the year's
                year = int(named.group("y")) if named.group("y") else start.year
                said = _resolve("en", f"in {year}", ref, "target", doc_year)
                if said.kind == "year" and said.start is not None:
                    ev = dataclasses.replace(
                        ev,
                        period_kind="year",
                        period_start=said.start,
                        period_end=said.end,
                        period_text=said.text,
                        as_of=said.as_of,
                    )
            elif labelled and ev.metric == "delivery_target" and _REVISED_FROM.search(text):
                whole = next(
                    (y for y in years if y.period_start and y.period_start.year == start.year),
                    None,
                )
                if whole is not None:
                    ev = _period_of(ev, whole, period_kind="year")
        out.append(ev)
    return out


# a timeline's label opening a sentence: "March 2025: …", "Dec. 2024 - …"
_MONTH_LABEL = re.compile(
    r"\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?:19|20)\d\d\s*"
    r"(?:[:：]|\s[-–—])"
)
# the figure of the whole year, told at its last month: "the year closes with", "ends the year"
_YEAR_CLOSES = re.compile(
    r"\b(?:the|that)\s+year\s+(?:closes|closed|ends|ended|finishes|finished)\s+(?:with|at|on)\b"
    r"|\b(?:closes?|closed|closing|ends?|ended|ending|finish(?:es|ed|ing)?|rounds?|rounded)\s+"
    r"(?:out\s+|off\s+)?the\s+year\b",
    re.I,
)
# a target that names its year, or the whole year: "its 2025 delivery target", "the full-year
# goal", "annual sales target"
_YEAR_TARGET = re.compile(
    r"\b(?:(?P<y>20\d\d)|full[- ]year|annual|whole[- ]year)\s+(?:delivery\s+|deliveries\s+|"
    r"sales\s+)?(?:target|goal)s?\b",
    re.I,
)
# between a level and its old one: ", raised in March from originally", ", which was lifted in
# July from an initial" (the month told; "last week" would give the old level that week)
_REVISED_FROM_GAP = re.compile(
    r"[\s,]*(?:(?:which|that)\s+)?(?:(?:was|is|has\s+been|had\s+been|having\s+been)\s+)?"
    r"(?:raised|lifted|increased|upped|cut|lowered|reduced|revised|trimmed)"
    # (the month it was changed in: the old level is still the same year's)
    r"(?:\s+in\s+(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December))?\s+from\s+(?:an?\s+)?(?:(?:original(?:ly)?|earlier|previous|initial(?:ly)?)\s+)?",
    re.I,
)
# a target changed, from its old level: "raised to 350,000 from 300,000"
_REVISED_FROM = re.compile(
    r"\b(?:raised|raises|lifted|lifts|increased|increases|upped|cut|cuts|lowered|lowers|reduced|"
    r"revised|trimmed)\b[^.;]{0,60}?\bfrom\b",
    re.I,
)


# a year alone on its line, a timeline's heading
_YEAR_HEADING = re.compile(r"\s*(?:19|20)\d\d\s*[:：]?\s*")


# a heading over a table of prices; a row of it: the model, its trim, then the figure
_PRICE_HEADING = re.compile(r"\bprices?\b|售价|价格|定价", re.I)
# (after the model's name: its trim words, "Standard", "Pro+", "Launch Edition", 标准版)
_PRICE_ROW = re.compile(r"(?:\s*(?:[A-Za-z][\w+]{0,14}|[\u4e00-\u9fff]{1,4}版))*\s*")


# the next phase of a plant, or all of them, after a phase's capacity
_PHASE_CARRY = re.compile(
    r"\bphase\s+(?:two|three|2|3|II|III)\b[^.;\d]{0,40}?\b(?:adds?|brings?|has|offers?|"
    r"will\s+add)\s+(?:another\s+|a\s+further\s+)?(?:about\s+|some\s+|roughly\s+)?$"
    r"|(?:[二三]期(?:工厂)?(?:同样|也|亦)?(?:为|是|达到?|有)?|合计|共计|总计)\s*(?:约|超过?)?$",
    re.I,
)


# a price ceiling told before the launch, as a hint: "Lei had said it would cost less than",
# 曾表示定价将“低于30万元”
_PRICE_HINT = re.compile(
    r"此前|之前|曾经?(?:多次)?(?:表示|透露|暗示|称|说)|暗示|预告|"
    r"\b(?:had|has)\s+(?:\w+\s+)?(?:said|promised|hinted|suggested|pledged)\b|\bhinted\b|"
    r"\b(?:earlier|previously)\s+(?:said|promised|hinted|suggested)\b",
    re.I,
)
# a running count in a period under way: "so far in November", 本月以来
_DONE_SO_FAR = re.compile(r"\bso\s+far\b|\bto\s+date\b|以来|截至目前|目前为止", re.I)
# a goal a reckoning starts from: 以全年30万辆交付目标计算
_GOAL_RECKONED = re.compile(r"目标")
# a sum of parts told on a line of its own: 合计, 共计, 总计
_SUM_LINE = re.compile(r"合计|合計|共计|共計|总计|總計")
# a model's line with its count and nothing else: "小米SU7上险3800辆。", "YU7交付2.5万辆。"
_MODEL_LINE = re.compile(
    r"\s*(?:小米)?\s*(?:SU7|YU7|YU9)(?:\s*(?:Ultra|Pro|Max|标准版))?\s*"
    r"(?:上险量?|交付量?)(?:为|約|约|達|达)?\s*[\d.,万]+\s*辆\s*[。.]?\s*"
)
# the end of a line (or of the page) after a sentence
_LINE_ENDS = re.compile(r"[ \t\u3000]*(?:\n|$)")


def _line_of(page: str, sent: _Sentence) -> str:
    """The whole line of the page a sentence stands on."""
    end = page.find("\n", sent.end)
    return page[page.rfind("\n", 0, sent.start) + 1 : end if end >= 0 else len(page)]


# a quarter told by its first and last months: "April to June", "July-September", 4-6月
_QUARTER_MONTHS = re.compile(
    r"\b(?:January|April|July|October)\s*(?:to|through|-|–)\s*(?:March|June|September|December)\b"
    r"|(?<!\d)(?:1|4|7|10)\s*(?:-|－|–|至|到|~)\s*(?:3|6|9|12)\s*月",
    re.I,
)
# a list's lede whose only figure is its year: "小米汽车2025年下半年各月交付量如下：", "Xiaomi's
# deliveries in 2025, month by month:"
_YEAR_LIST_INTRO = re.compile(
    r"[^\d。.!?！？]{2,60}?(?<!\d)(?:19|20)\d\d(?!\d)[^\d。.!?！？]{0,60}[:：]\s*"
)
# a list's heading whose only digits are its period's: "Insurance registrations, Nov 24-30:",
# 上周（11.24-11.30）新势力上险量： (the digits are taken out, then no figure may be left)
_HEAD_DATE_DIGITS = re.compile(
    r"\d{1,2}\.\d{1,2}\s*[-–~至到]\s*\d{1,2}\.\d{1,2}"
    r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
    r"(?:\s*(?:-|–|to)\s*\d{1,2})?\b"
    r"|\d{1,2}\s*(?:-|–|to)\s*\d{1,2}\s*(?=,|\s*[:：]|$)"
    r"|(?<!\d)(?:19|20)\d\d\s*年?|\d{1,2}\s*[月日号]|第\s*\d\s*周|\bQ[1-4]\b",
    re.I,
)
_DATED_LIST_HEAD = re.compile(r"[^\n]{4,100}[:：]\s*")


def _dated_list_head(text: str) -> bool:
    """A heading over a list, ending in a colon, with no digit but its period's."""
    return (
        _DATED_LIST_HEAD.fullmatch(text) is not None
        and re.search(r"\d", _HEAD_DATE_DIGITS.sub(" ", text)) is None
    )


# a list's row: "7月：超过30000台", "- March: over 29,000"
_ROW_LIKE = re.compile(
    # (a numbered row too: "2. 小米汽车：超4万辆")
    r"\s*(?:[-•*·–]\s*|\d{1,2}[.)、]\s*)?[^:：,，。.]{1,20}[:：]"
    # a bare row of a list: a short name, then its figure alone ("Li Auto 9,900", 理想 9900辆)
    r"|\s*(?:[-•*·–]\s*|\d{1,2}[.)、]\s*)?[^\d:：,，。.;；]{1,20}?\s*(?:about|over|~|约|超)?\s*"
    r"\d[\d,.]*\s*(?:万)?\s*(?:\+|辆|units|vehicles)?\s*$",
    re.I,
)
# a goal told as already met or beaten: 最终超额完成, 已完成, "was met", "ended up beating it"
_GOAL_DONE = re.compile(
    r"最终(?:超额)?完成|(?<!有望)(?<!预计)(?<!将)超额完成|已(?:经)?(?:超额)?完成|"
    r"\b(?:was|were)\s+(?:comfortably\s+|easily\s+)?(?:met|beaten|exceeded|surpassed)\b",
    re.I,
)
# a part of the count told before: "(accounted for 6,200) of them", "of those deliveries";
# the next item of the same split: "of them and the SU7 for 3,300"
_OF_THEM = re.compile(
    r"\s*(?:cars\s+|vehicles\s+|units\s+)?of\s+(?:them|these|those|that\s+total|the\s+total)\b",
    re.I,
)
# the verb of another model's part of a count told just before: "The YU7 added 18,600",
# "contributed", "made up the rest", "accounted for the remaining", "chipped in", 贡献了
_SHARE_ADDED_BEFORE = re.compile(
    r"(?:\b(?:added|contributed|chipped\s+in(?:\s+with)?|made\s+up|accounted\s+for|brought\s+in)"
    r"(?:\s+the\s+(?:rest|remainder|balance)(?:\s*[,:]\s*(?:with\s+)?|\s+with\s+))?"
    r"|贡献了?|貢獻了?)\s*(?:(?:another|a\s+further|the\s+remaining|the\s+other|some|about|around|"
    r"nearly|almost|roughly|more\s+than|over|just\s+over|约|近|超过|超)\s*)?$",
    re.I,
)
# after a figure: "其余1.86万辆由小米YU7贡献"
_ZH_SHARE_AFTER = re.compile(r"\s*[辆輛台]?(?:则)?由[^，。；]{1,16}?贡献")
# a market segment bounded by price: "(electric) cars in China priced above", "SUVs costing
# under"
_SEGMENT_PRICED = re.compile(
    r"\b(?:cars|vehicles|EVs|models|SUVs|sedans)\b(?:\s+(?:in|on|across)\s+(?:China|the\s+"
    r"market))?\s+(?:priced|costing|selling\s+for)\s+(?:at\s+)?(?:above|over|below|under|"
    r"more\s+than|less\s+than)\s*(?:RMB|CNY|¥|US\$|\$)?\s*$",
    re.I,
)
# an actual figure since corrected, told before it: "revised its January deliveries up from",
# "the previously reported", 此前公布为“超过, 初步公布的
_SUPERSEDED_BEFORE = re.compile(
    r"\b(?:revised|corrected|restated|adjusted)\b[^.;]{0,50}?\bfrom\s+(?:an?\s+|the\s+|its\s+)?"
    r"(?:(?:earlier|initial|preliminary|previous|original)(?:ly\s+reported)?\s+"
    r"(?:figure|estimate|count|tally|number)?\s*(?:of\s+)?)?"
    r"(?:(?:more\s+than|over|about|around|nearly|almost)\s+)?$"
    # ("a previously reported 40,100", not "Xiaomi first reported 40,000": a fact told)
    r"|\b(?:the|a|an|its)\s+(?:previously|initially|originally|first|earlier)[\s-]+"
    r"(?:reported|announced|published|"
    r"stated|given)\s+(?:figure\s+of\s+)?(?:(?:more\s+than|over|about|around)\s+)?$"
    r"|(?:修正|更正|上修|下修)[^，。；]{0,12}(?:由|从)[“\"「]?(?:超过|超|约|近)?\s*$",
    re.I,
)
# … in Chinese, the figure first told, in a sentence that corrects it (_CORRECTION_WORD): 此前
# 公布为“超过2.5万辆”，…上修为; 初步公布为3.9万辆，现更正为 (alone, a preliminary figure stands)
_FIRST_TOLD_ZH = re.compile(
    r"(?:此前|之前|先前|原先|最初|初步|早前|原)(?:公布|发布|披露|通报|报告|宣布|公告)(?:的)?"
    r"(?:数据|数字|交付量|销量)?(?:为|是)?[“\"「]?(?:超过|超|约|近)?\s*$"
)
_CORRECTION_WORD = re.compile(r"修正|更正|订正|上修|下修|核实")
# …, told after it: "2.5万辆上修为2.7万辆", "原为2.5万辆，现修正为"
_SUPERSEDED_AFTER = re.compile(
    r"[”\"」]?\s*(?:辆|台)?\s*[，,]?\s*(?:经核实后|经核实|现|后)?(?:上修|下修|修正|更正|订正|调整)(?:为|至|到)"
)
_RATHER_THAN = re.compile(
    r"\b(?:rather\s+than|instead\s+of|not)\s+(?:the\s+)?"
    r"(?:(?:more\s+than|over|about|around|nearly|almost)\s+)?$",
    re.I,
)
_REPORTED_AFTER = re.compile(
    r"[^.;]{0,30}?\b(?:it|the\s+company|Xiaomi)\s+(?:had\s+)?(?:first\s+|initially\s+|"
    r"originally\s+|earlier\s+)?(?:reported|announced|published|gave|stated|said)\b"
    r"|[^.;]{0,30}?\b(?:reported|announced|published|given)\s+(?:earlier|previously|initially|"
    r"on\s+\w+day)\b",
    re.I,
)
# between a figure since corrected and the corrected one: "”，经核实后上修为“", "，现修正为"
_CORRECTED_TO_GAP = re.compile(
    r"\s*(?:辆|台)?\s*[”\"」]?\s*[，,]?\s*(?:经核实后?|核实后|现|后|随后|后来)?\s*"
    r"(?:上修|下修|修正|更正|订正)(?:为|至|到)\s*[“\"「]?\s*(?:超过|超|约|近)?\s*"
)
_REVISED_VERB = re.compile(r"\b(?:revised|corrected|restated)\b", re.I)
_FROM_THE = re.compile(r"\bfrom\s+(?:the\s+)?(?:(?:more\s+than|over|about|around)\s+)?$", re.I)
# "from the 28,000 it first reported": the figure first given, corrected since
_FIRST_REPORTED_AFTER = re.compile(
    r"\s*(?:units|vehicles|cars|deliveries)?\s*(?:that\s+)?(?:it|the\s+company|Xiaomi)\s+"
    r"(?:had\s+)?(?:first|initially|originally|earlier|previously)\s+(?:reported|announced|"
    r"published|gave|stated)\b",
    re.I,
)
_OF_THEM_AND = re.compile(
    # ("of the total and the SU7 for 3,200", as "of them")
    r"\s+of\s+(?:them|those|these|that\s+total|the\s+total)\s*,?\s+(?:and|while)\s+(?:the\s+)?"
    r"[\w-]+(?:\s+[\w-]+)?\s+for\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|over\s+|more\s+than\s+)?",
    re.I,
)
_PART_VERB_OF_THEM = re.compile(
    r"\b(?:accounted\s+for|made\s+up|contributed)\s+(?:about\s+|around\s+|roughly\s+|"
    r"nearly\s+|over\s+|more\s+than\s+)?\d[\d,]*\s+(?:units\s+|vehicles\s+|cars\s+)?of\s+"
    r"(?:them|those|these|that\s+total|the\s+total)\b",
    re.I,
)
# a clause that opens on what the sentence before told of: "Its gross margin", "The unit's"
_ITS_OPENS = re.compile(
    r"\s*(?:Its|The\s+(?:segment|unit|division|business)['’]s)\b|\s*(?:其|该业务|该?分部)", re.I
)
_YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")
# a week's own count, not a weekly pace: 周销量, 周交付量, "weekly sales" (not 周均, 平均每周,
# "weekly sales averaged")
_WEEK_TOTAL = re.compile(
    r"(?<!平均)周(?:销量|销售量|交付量?|上险量|注册量)|\bweekly\s+(?:sales|deliveries|registrations)\b",
    re.I,
)
_WEEK_AVERAGE = re.compile(r"周均|每周|平均|\baverag|\bper\s+week\b|\ba\s+week\b", re.I)
# "Last quarter(,) the gross margin was", "Its gross margin stood at … last quarter"
_MARGIN_LAST_QUARTER = re.compile(
    r"\s*(?:last\s+quarter\s*,?\s*)?(?:its|the)\s+gross\s+margin\s+(?:was|stood\s+at|came\s+in\s+at)\s*$",
    re.I,
)
# a running total at a part of a year: "by the middle of 2025", "by mid-2025", "by early 2025"
_BY_PART_OF_YEAR = re.compile(
    r"\bby\s+(?:the\s+)?(?:middle\s+of|mid-?|early|late|(?:start|beginning)\s+of)\s*(?:19|20)\d\d\b",
    re.I,
)
# a list's next item after an aside: ", and more than 28,000 in May"
_AND_MORE = re.compile(
    r",\s*(?:and|as\s+well\s+as|plus)\s+(?:(?:more\s+than|over|about|around|nearly|almost|"
    r"some|roughly|just\s+(?:over|under))\s+)?$",
    re.I,
)
_IN_MONTH_AFTER = re.compile(
    r"\s*(?:units|cars|vehicles|EVs)?\s+(?:in|for|during)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|"
    r"Sep|Oct|Nov|Dec)[a-z]*\b",
    re.I,
)
# the quarter a month closes, told after the month's figure: "capping a quarter in which
# deliveries topped 100,000", "rounding off a record quarter of"
_QUARTER_IT_ENDS = re.compile(
    r"\b(?:capping|capped|rounding\s+off|rounded\s+off|closing(?:\s+out)?|ending|wrapping\s+up|"
    r"completing|concluding)\s+(?:a|the|its)\s+(?:[\w-]+\s+){0,2}?quarter\s+"
    r"(?:in\s+which|when|that\s+saw|with|of)\b",
    re.I,
)
# a running total named as such right before its figure, with the month it was reached in
# beside it: "cumulative deliveries", "lifetime sales", "deliveries since launch", 累计交付量;
# "year-to-date deliveries", "its YTD tally" (group ytd)
# the base of a change named by the year it is of: "up from 2025's ", "compared with this year's "
_PREVIOUS_YEARS = re.compile(
    r"\b(?:up|down|rising|rose|grew|climbed|compared)\s+(?:from|with)\s+(?:(?:19|20)\d\d|"
    r"this\s+year)['’]s\s+$",
    re.I,
)
# the running total's noun right after its figure: "passed 400,000 cumulative deliveries"
_RUNNING_AFTER = re.compile(
    r"\s+(?:cumulative|lifetime|all[- ]time)\s+(?:deliveries|sales|units|vehicles|cars)\b"
    r"(?P<ytd>(?!))?",
    re.I,
)
# a running total told as reached after the month named: "has since passed", "now", 此后, 至今
_SINCE_THEN = re.compile(
    r"\b(?:(?:has|have|had)\s+since|since\s+then|now|so\s+far|to\s+date|currently|today)\b|"
    r"此后|至今|如今|目前|迄今",
    re.I,
)
_RUNNING_ZH = re.compile(r"累计(?:交付|销售|销量|生产|产量)(?P<ytd>(?!))?")
# a month that opens the sentence as a clause of its own: "In November, …", "11月，", "今年10月份，"
_LEAD_MONTH = re.compile(
    r"\s*(?:(?:In|During)\s+(?:early\s+|mid-?|late\s+)?(?P<en>"
    + _MONTH_ABBR
    + r"(?:\s+20\d\d)?)\s*,"
    r"|(?P<zh>(?:(?:20\d\d\s*年|今年)\s*)?\d{1,2}\s*月|上个?月)份?(?:上旬|中旬|下旬|初|底|末)?\s*[，,])",
    re.I,
)


def _month_of_sentence(
    lang: str,
    text: str,
    c_left: int,
    month_told: tuple[int, dt.date] | None,
    ref: dt.date | None,
    doc_year: int | None,
) -> dt.date | None:
    """The last day of the month a sentence opens with ("11月，", "In November,"), or of the
    month its first count, in a clause before `c_left`, was told for."""
    if _SINCE_THEN.search(text, c_left):
        return None  # "…; cumulative deliveries have since passed 400,000": later than the month
    found = None
    lead = _LEAD_MONTH.match(text)
    if lead is not None and lead.end() <= c_left:
        said = _resolve(lang, lead.group("zh") or "in " + lead.group("en"), ref, "actual", doc_year)
        if said.kind == "month" and said.end is not None:
            found = said.end
    if found is None and month_told is not None and month_told[0] <= c_left:
        found = month_told[1]
    # (only the month just reported: "delivered 20,000 in October 2024, and cumulative
    # deliveries have passed 400,000" told in 2025 is no total of October 2024)
    if found is not None and ref is not None and (ref - found).days > 45:
        return None
    return found


_RUNNING_NOUN = re.compile(
    r"(?P<ytd>\b(?:year[- ]to[- ]date|YTD)\s+(?:[\w-]+\s+)?(?:deliveries|sales|output|"
    r"production|total|tally|count)\b)"
    r"|\b(?:cumulative|lifetime|all[- ]time)\s+(?:[\w-]+\s+)?(?:deliveries|sales|output|"
    r"production|total|tally)\b"
    r"|\b(?:deliveries|sales|total)\s+(?:since\s+(?:its\s+|the\s+)?(?:launch|debut|start)|"
    r"to\s+date)\b"
    r"|累计(?:交付|销售|销|生产|产)量",
    re.I,
)
# the year's running total told as a standing count: "its tally for the year now stands at",
# "the total so far this year is"
_YEAR_TALLY = re.compile(
    r"\b(?:tally|total|count)\s+(?:for\s+the\s+year|this\s+year|so\s+far\s+this\s+year|"
    r"for\s+(?:19|20)\d\d)\s+(?:now\s+|so\s+far\s+)?(?:stands|stood|is|was|reached|came|"
    r"(?:has|had)\s+(?:reached|risen|climbed))\b"
    # "That takes its deliveries for the year past 113,000", "brought its sales this year to"
    r"|\b(?:takes|took|brings|brought|pushes|pushed|lifts|lifted)\s+(?:its|their|the)\s+"
    r"(?:deliveries|sales|tally|total)\s+(?:for\s+the\s+year|this\s+year|so\s+far\s+this\s+year)"
    r"\s+(?:past|to|above|beyond|over)\b",
    re.I,
)
# "for the year" with no year of its own: the year the story told of last (not "this year")
# (Russian "за год", "по итогам года" after the year's figures: the same)
_THE_YEAR = re.compile(
    r"(?:for\s+|in\s+|of\s+)?the\s+(?:full\s+|whole\s+)?year(?:['’]s)?|за\s+(?:весь\s+|полный\s+)?год|"
    r"по\s+итогам\s+года",
    re.I,
)
_MONTH_ROW = re.compile(
    r"\s*(?:[-•*·–]\s*)?(?P<m>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
    r"(?:\s+(?:19|20)\d\d)?)\s*[:：]",
    re.I,
)
# a figure of the measure told before: "raised that to 300,000", "official figures: 70,000 …"
_RAISED_THAT_ANY = re.compile(
    r"\b(?:doubled|tripled|raised|lifted|increased|boosted|expanded|took|brought|pushed)\s+"
    r"(?:that|it|this)\s+(?:figure\s+|number\s+)?to\b"
    r"|\b(?:exact|precise|official)\s+(?:numbers|figures)\s*[:：]",
    re.I,
)
_RAISED_THAT = re.compile(
    r"(?<!will\s)(?<!would\s)(?<!to\s)(?<!could\s)"
    r"\b(?:doubled|tripled|raised|lifted|increased|boosted|expanded|took|brought|pushed)\s+"
    r"(?:that|it|this)\s+(?:figure\s+|number\s+)?to\s+(?:about\s+|around\s+|over\s+|more\s+than\s+)?$",
    re.I,
)
_PHASE_WORDS = re.compile(r"\bphase\s+(?:two|three|2|3|II|III)\b|[二三]期|合计|共计|总计", re.I)


# the period before, then its figure: "，上一季度为", "，去年同期则为"
_BEFORE_WAS = re.compile(
    r"(?:上一?(?:个)?季度|上个?月|前一季度|去年同期|上年同期|一年前|第?[一二三四1-4]\s*季度|Q[1-4]"
    r"|[上下]半年|\d{1,2}\s*月份?)(?:则|的)?(?:为|是)\s*$"
)


# between a revised target or forecast and the level it had before: "，此前为", "(previously ",
# "（原预测为"
_PREVIOUSLY_SET = re.compile(
    r"[，,;；(（]\s*(?:此前|之前|先前|早前|原先|原来|原本|原定|原|此前的|之前的)(?:的)?"
    r"(?:目标|目標|预期|预测|預測|指引|计划|計劃)?(?:为|為|是|定为|设定为|设为|则为)?\s*$"
    r"|[(（]\s*(?:previously|earlier|before|prior|from)\s*:?\s*$"
    r"|[,;]\s*(?:up|down)\s+from\s+(?:a|an|its|the)\s+(?:previous|prior|earlier|original|initial)\s+"
    r"(?:target|goal|forecast|estimate|guidance|projection)\s+of\s*$",
    re.I,
)


# a plan or an estimate revised, its new level then its old: "raise our 2026 delivery estimate
# to 620,000 units from 550,000", "cut its target to 500,000 from 550,000": the old level is the
# same plan's or estimate's, not an actual (the verb's object names the plan, so "lift
# deliveries to 550,000 from 410,000" stays a change from an actual)
_REVISED_PLAN_TO = re.compile(
    r"(?:\b(?:rais(?:e|es|ed|ing)|lift(?:s|ed|ing)?|cut(?:s|ting)?|lower(?:s|ed|ing)?|"
    r"trim(?:s|med|ming)?|reduc(?:e|es|ed|ing)|revis(?:e|es|ed|ing)|boost(?:s|ed|ing)?|"
    r"upp(?:ed|ing)|hik(?:e|es|ed|ing)|slash(?:es|ed|ing)?|bump(?:s|ed|ing)?\s+up|"
    r"upgrad(?:e|es|ed|ing)|downgrad(?:e|es|ed|ing)|scal(?:e|es|ed|ing)\s+back)\s+"
    r"(?:(?:its|their|our|the|his|her)\s+)?(?:[\w'’-]+\s+){0,4}?"
    r"(?:estimates?|forecasts?|projections?|targets?|goals?|guidance|outlook)\b"
    # the plan as the subject: "our 2026 delivery estimate for Xiaomi rises to"
    r"|\b(?:estimate|forecast|projection|target|goal|guidance)\b[^.;:!?\d]{0,40}?\b(?:rises|rose|"
    r"climbs|climbed|increases|increased|goes|went|moves|moved|falls|fell|drops|dropped|"
    r"declines|declined|is\s+(?:raised|lifted|cut|lowered|trimmed|revised))\b)"
    r"[^.;:!?]{0,60}?\bto\s+(?:about\s+|around\s+|roughly\s+)?$",
    re.I,
)
# a year's estimate named by its year alone, right before its figure: "a 2027 estimate of",
# "our 2027 forecast of", "its new FY27 projection at", "lowered its 2027 forecast to"
_YEAR_ESTIMATE_OF = re.compile(
    r"\b(?:an?|our|its|their|the)\s+(?:new\s+|first\s+|initial\s+|unchanged\s+)?"
    r"(?:(?:19|20)\d\d|FY\s*['’]?\d\d(?:\d\d)?)E?\s+(?:(?:delivery|deliveries|volume|sales|unit)\s+)?"
    r"(?:estimate|forecast|projection)s?\s+(?:of|at|to)\s+(?:about\s+|around\s+|roughly\s+)?$",
    re.I,
)
# a year named by no number: "for the year", "this year", "the full year"
_YEAR_NO_NUMBER = re.compile(
    r"^(?!.*\d).*\b(?:the|this)\s+(?:full\s+|whole\s+|current\s+)?year\b", re.I
)
_TO_FROM_GAP = re.compile(r"\s*(?:(?:units|vehicles|cars|deliveries)\s+)?from\s+", re.I)


# a goal named by its noun, then its level, then the level it had before with no period of its
# own: "its goal for the year was 130,000 cars, up from 120,000", "the target now stands at
# 350,000, up from 300,000" (not "up from 136,854 in 2024", an actual of its own year)
_GOAL_NOUN_WAS = re.compile(
    r"\b(?:target|goal)s?\b(?:\s+(?:for|of)\s+(?:the|this|that)\s+(?:full\s+|whole\s+)?year"
    r"|\s+for\s+(?:19|20)\d\d)?\s+(?:now\s+)?(?:was|is|had\s+been|has\s+been|stood\s+at|"
    r"stands\s+at|became|had\s+become)\s+(?:about\s+|around\s+|roughly\s+)?$",
    re.I,
)
_UP_FROM_GAP = re.compile(
    r"\s*(?:(?:units|vehicles|cars|deliveries)\s*)?"
    # (when it changed: "raised its target to 130,000 in November, up from 120,000")
    r"(?:(?:in|on)\s+[A-Z][a-z]+(?:\s+\d{1,2})?\s*)?,?\s*(?:up|down)\s+from\s+"
    r"(?:about\s+|around\s+|roughly\s+)?",
)
_NO_PERIOD_AFTER = re.compile(r"(?:\s*(?:units|vehicles|cars))?\s*(?:[.;!?)\"”’]|,|$)")


def _goal_raised_from(
    text: str, prev: ExtractedEvent, prev_num: NumberMention, num: NumberMention
) -> bool:
    """Whether the figure is the earlier level of the goal just named or revised ("its goal for
    the year was 130,000 cars, up from 120,000", "raised its target to 130,000 in November, up
    from 120,000"): a goal's, not an actual's."""
    return (
        prev.metric == "delivery_target"
        and prev.status == "target"
        and _UP_FROM_GAP.fullmatch(text, prev_num.end, num.start) is not None
        and (
            _GOAL_NOUN_WAS.search(text, max(0, prev_num.start - 60), prev_num.start) is not None
            or _REVISED_PLAN_TO.search(text, max(0, prev_num.start - 120), prev_num.start)
            is not None
        )
        and _NO_PERIOD_AFTER.match(text, num.end) is not None
    )


# figures that moved within a band: no one figure
_SPREAD_BEFORE = re.compile(
    r"\b(?:hover(?:ed|s|ing)?|fluctuat(?:ed|es|ing)|rang(?:ed|es|ing)|swung|swing(?:s|ing)?|"
    r"oscillat(?:ed|es|ing)|var(?:ied|ies|ying))\s+(?:[\w-]+\s+){0,2}?between\s+"
    r"(?:about\s+|around\s+|roughly\s+)?$",
    re.I,
)
_SPREAD_AFTER = re.compile(
    r"\s*(?:[万千]?\s*(?:辆|台|輛))?\s*(?:之间|之間)(?:波动|波動|徘徊|浮动|浮動)"
)


# a closing note that dates the rows above it: "(all for Q3 2025)", "(All figures are for the
# second quarter.)", （以上均为2025年第三季度数据）
_SCOPE_AFTER = re.compile(
    r"\s*[(（]\s*(?:all|all\s+(?:figures|numbers|data)|(?:figures|numbers|data)(?:\s+above)?)\s+"
    r"(?:are\s+|is\s+)?(?:for|in|of|as\s+of)\s+(?:the\s+)?(?P<p>[^()（）]{2,30}?)\s*[.。]?\s*[)）]\s*[.。]?\s*"
    r"|\s*[(（]\s*(?:以上|上述|上表)?(?:数据|数字)?(?:均|皆|都|全部)?(?:为|是|系|指)"
    r"(?P<p2>[^()（）]{2,20}?)(?:的)?(?:数据|数字)?\s*[)）]\s*[.。]?\s*",
    re.I,
)


# an average's words: "averaged", "daily average", 日均, 周均
_AVERAGED = re.compile(r"averag|日均|周均|月均", re.I)
# an estimate of a figure named before: "estimated the figure at", "put the number at"
_ESTIMATED_FIGURE = re.compile(
    r"\b(?:estimated?|estimates|put|puts|pegged|pegs|placed|reckoned|forecast)\s+(?:the|that|this)\s+"
    r"(?:figure|number|tally|total)\s+at\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|"
    r"over\s+|more\s+than\s+|close\s+to\s+)?$",
    re.I,
)
_PLANS_TO_BUILD = re.compile(
    r"\b(?:expects?|expected|plans?|planned|aims?|hopes?|intends?)\s+to\s+(?:build|produce|make|"
    r"assemble)\b",
    re.I,
)
# the gap to a list's next item named by its model: the first item's unit and period words, a
# comma, a joiner, the model and a verb that carries the measure on (see _figure_metric)
_MODEL_WORD = (
    r"(?:Xiaomi\s+|小米\s*)?[A-Z]{1,3}\d{1,2}(?:\s*(?:Max|Pro|Ultra|标准版|Pro版|Max版|Ultra版))?"
)
_NAMED_NEXT_ITEM = re.compile(
    r"(?:\+|-?plus)?\s*(?:[\w'’-]+\s+){0,6}?(?:(?:in|for|during|last|this)\s+[\w-]+(?:\s+\d{4})?\s*)?"
    r"[,;]\s*(?:(?:alongside|while|whereas|and|with)\s+)(?:(?:the\s+)?" + _MODEL_WORD + r"\s+"
    r"(?:added|logged|sold|posted|recorded|took|saw|had|came\s+in\s+at|was\s+at|stood\s+at)\s+)?"
    r"(?:about|around|nearly|roughly|some|over|more\s+than|another)?\s*"
    # "40,000 vehicles in October, which translates to a daily average of about 1,290",
    # "…, averaging 1,290 a day": the pace of the same measure
    r"|(?:\+|-?plus)?\s*(?:[\w'’-]+\s+){0,6}?[\w'’-]+\s*,\s*(?:which\s+(?:translates|works\s+out|"
    r"comes\s+out|amounts)\s+to\s+(?=(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|over\s+|"
    r"more\s+than\s+)?$)|(?:(?:which\s+)?(?:translates|works\s+out|comes\s+out|amounts)\s+to\s+|"
    r"or\s+|for\s+|with\s+)?(?:(?:an?\s+)?(?:daily|weekly|monthly)\s+average\s+of|averaging)\s+)"
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|over\s+|more\s+than\s+)?"
    r"|(?:万?[辆台])?\s*[，,；;]\s*(?:而)?"
    + _MODEL_WORD
    + r"\s*(?:(?:则|同期)?(?:为|是|达到?)\s*(?:约|近|超过?)?"
    # "小米YU7贡献约6300辆，小米SU7约4000辆": the next model's figure told by its bound alone
    + r"|(?:约|近|超过?))\s*",
    re.I,
)
# an answer's opening: "A:", "A (Lu Weibing):", 答：, or a speaker's name and a colon
_ANSWER_OPENS = re.compile(
    r"\s*(?:A\s*(?:[(（][^()（）]{1,40}[)）])?\s*[:：]|答\s*[:：]|"
    r"[\u4e00-\u9fff]{2,4}\s*[:：]|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}\s*[:：])"
)
# a Japanese or Korean interviewer's question: a dash, a short topic and は (or a question mark)
# closing it ("――昨年の実績は。", "―지난해 실적은?")
_JA_ASKED = re.compile(
    r"\s*(?:―{1,2}|—―|—{1,2}|─{1,2})(?=[^\n]*[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3])"
    r"[^「」。？?\n]{1,30}(?:(?:は|か)。|[？?])"
)
# a question's opening, when it ends with no question mark: "Q:", 问：
_QUESTION_OPENS = re.compile(r"\s*(?:Q\s*[:：]|问\s*[:：]|[\u4e00-\u9fff]{2,4}\s*[:：])")


# a whole sentence that asks: a question's label ("Q:", 问：, "Reporter:") or an asking word
# opens it, or a Chinese asking word is in it (in one clause: not "小米10月交付4万辆，能否完成
# 全年目标？", a statement then a question), and it ends with its question mark
_ASK_CLAUSE = r"(?:[^?？，,；;]|(?<=\d),(?=\d))*"  # (a thousands comma is no clause break)
_ASKS = re.compile(
    r"\s*(?:(?:Q|问|提问|记者|网友|Reporter|Analyst|Question)\s*[:：]\s*)?"
    r"(?:(?:When|Will|Can|Could|How|What|Why|Is|Are|Does|Do|Did|Would|Should|Has|Have|Which|"
    r"Where)\b"
    + _ASK_CLAUSE
    + "|"
    + _ASK_CLAUSE
    + r"(?:吗|什么|多少|何时|能否|会不会|是否|怎么|几时|哪)"
    + _ASK_CLAUSE
    + r")[?？]"
    r"[\s\"'”’」』)）]*"
)
# a question asking how many cars are delivered or sold; a goal named as such
_ASKS_HOW_MANY = re.compile(
    r"\bhow\s+many\s+(?:[\w-]+\s+){0,3}?(?:cars|vehicles|units|EVs)\b[^?]*?\b(?:deliver|sell|ship)"
    r"|(?:会|能|将|要)(?:交付|卖出?|销售)多少",
    re.I,
)
_GOAL_NOUN = re.compile(r"\b(?:target|goal|aim)s?\b|目标|任务", re.I)


# the filer's word for itself in a results announcement: 本集团, 本公司
_FILER_SELF = re.compile(r"本(?:集团|集團|公司)")


def _priced_before(
    cfg: ExtractorConfig, page: str, sentences: list[_Sentence], n_sent: int, sent: _Sentence
) -> _Sentence | None:
    """The sentence before, which told a price of "a car that costs 253,500 yuan" and named
    no model, joined to this one (its stop read as a colon) when this one names the car as
    that one ("Xiaomi's YU7 does exactly that.", "The Xiaomi SU7.")."""
    if n_sent == 0 or cfg.lang not in ("en", "zh") or len(sent.text) > 80:
        return None
    told = sentences[n_sent - 1]
    if sent.start - told.end > 3 or not _GENERIC_CAR_PRICED_ANY.search(told.text):
        return None
    if any(h[2].kind == "model" for h in _names(cfg, told.text)[0]):
        return None
    joined = page[told.start : sent.end]
    mark = len(told.text.rstrip()) - 1
    if joined[mark] not in ".?!。？！":
        return None
    colon = "：" if joined[mark] in "。？！" else ":"
    both = _Sentence(told.start, sent.end, joined[:mark] + colon + joined[mark + 1 :])
    hits = _names(cfg, both.text)[0]
    numbers = _numbers(cfg, both.text)
    tied = _generic_price_tied(both.text, numbers, hits)
    return both if tied is not None and tied[0] >= len(told.text.rstrip()) else None


def _question_before(sentences: list[_Sentence], n_sent: int, sent: _Sentence) -> _Sentence | None:
    """The question an answer replies to: the sentence right before, a question with no figure
    of its own, when this one opens as an answer ("A:", 答：, "卢伟冰：")."""
    if n_sent == 0:
        return None
    asked = sentences[n_sent - 1]
    q = asked.text.rstrip()
    if _JA_ASKED.fullmatch(q) and not _JA_ASKED.match(sent.text):
        # a Japanese or Korean interview: "――昨年の実績は。" and the answer right after it (in
        # quotes or not)
        q = q[:-1] + "？"
    elif not _ANSWER_OPENS.match(sent.text):
        return None
    # (a model's name is no figure: "How many SU7 Ultras have you sold?"; nor is a year: "How
    # many cars did you deliver in May 2025?")
    if not q.endswith(("?", "？")) or re.search(r"(?<![A-Za-z\d])(?!(?:19|20)\d\d(?!\d))\d", q):
        return None
    if sent.start - asked.end > 3:
        return None
    return asked


def _scoped(events: list[ExtractedEvent], said: Period) -> list[ExtractedEvent]:
    """The events at the end of the list that have no period take the closing note's."""
    out = list(events)
    for i in range(len(out) - 1, -1, -1):
        ev = out[i]
        if ev.period_kind != "none" or ev.status != "actual" or ev.metric not in _REPORTED:
            break
        out[i] = dataclasses.replace(
            ev,
            period_kind=said.kind,
            period_start=said.start,
            period_end=said.end,
            period_text=said.text,
            as_of=ev.as_of or said.as_of,
        )
    return out


# another period's figure in brackets after a figure: " (Q2: ", "（二季度：", " (September: "
# (also after the figure's own words, "108,796 cars in Q3 (Q2: 81,302)", and with the
# bracket's year, "(Q4'24: ", "(Q2 2025: ")
_PRIOR_IN_BRACKET = re.compile(
    r"(?:\s*(?:yuan|元)?|[^()（）;；。!?！？]{0,40}?)\s*[(（]\s*(?:Q[1-4](?:\s*['’]\s*\d{2}|\s+20\d\d)?"
    r"|[1-4]Q\s*['’]?\d{2}|H[12](?:\s*['’]\s*\d{2}|\s+20\d\d)?"
    r"|(?:20\d\d\s*年\s*)?第?[一二三四]季度|(?:20\d\d\s*年?)?\d{1,2}\s*月|"
    r"[A-Z][a-z]{2,8}(?:\s+20\d\d)?)\s*[:：]\s*(?:RMB|CNY|¥)?\s*"
)


# the same in the languages of data/lang/, the label one or two words: " (Vorquartal: ",
# " (eerste kwartaal: ", " (poprzedni kwartał: "
_PRIOR_IN_BRACKET_LOCALE = re.compile(
    r"\s*(?:[^\W\d_]+\.?)?\s*[(]\s*[^\W\d_]{3,14}(?:\s+[^\W\d_]{3,12})?\s*:\s*"
)


# between two trims' prices in a flattened table: " | Pro ", "｜Pro版", " / Max "
_TRIM_ROW_GAP = re.compile(
    r"\s*(?:yuan|元)?\s*[|｜/,，;；]\s*(?:[A-Za-z][\w+-]{0,12}(?:\s+[A-Za-z][\w+-]{0,12})?|"
    r"[\u4e00-\u9fffA-Za-z+]{1,8})\s*[:：]?\s*(?:RMB|CNY|¥)?\s*",
    re.I,
)


_TOPIC_REACH = 30  # characters at a sentence's start that hold its topic ("Bei den Autos")


def _non_car_measure(cfg: ExtractorConfig, text: str) -> str | None:
    """The measure of a sentence that counts a product that is no car ("verkaufte 43,3 Mio.
    Smartphones"): its first cue's, else None."""
    if not scan.search(cfg.non_car_re, text):
        return None
    cues = [
        (m.start(), metric)
        for metric, pattern in cfg.metric_res
        if metric in ("deliveries", "production")
        for m in scan.finditer(pattern, text)
    ]
    return min(cues)[1] if cues else None


_NEXT_BASE_KINDS = {"quarter": (3, 92), "month": (1, 31)}


def _before_its_base(
    cfg: ExtractorConfig,
    text: str,
    num: NumberMention,
    bases: Sequence[tuple[int, int]],
    ref: dt.date,
    doc_year: int | None,
) -> Period | None:
    """ "operating income of 0.7bn yuan, versus a loss of 0.3bn in Q2" in a story of November
    18: a figure with no period of its own, set right before a base of the previous quarter
    (month), is of the quarter (month) after it, when that one has just ended."""
    for a, b in bases:
        if not 0 <= a - num.end <= 30:
            continue
        said = _resolve(cfg.lang, text[a:b], ref, "actual", doc_year)
        if said.kind not in _NEXT_BASE_KINDS or said.end is None:
            return None
        months, lag = _NEXT_BASE_KINDS[said.kind]
        for shift in (months, 12):
            # the period after the base's, else the same period a year on ("versus 0.3bn in
            # Q2 2024", "compared with 10,000 in October last year"): the one just ended
            first = said.end.year * 12 + said.end.month + shift - months  # months since year 0
            start = dt.date(first // 12, first % 12 + 1, 1)
            last = first + months - 1
            end = _month_end(last // 12, last % 12 + 1)
            if end <= ref < end + dt.timedelta(days=lag):
                return Period(start, end, None, end, False, said.kind)
        return None
    return None


def _locale_days_told(text: str, lang: str, ref: dt.date | None) -> list[dt.date]:
    """The full dates (day, month and year) a sentence of a language of data/lang/ states,
    up to the reference day, in order."""
    days = []
    for c in find_period_cues(text, lang):
        if c.kind == "date" and c.year and c.month and c.day:
            try:
                day = dt.date(c.year, c.month, c.day)
            except ValueError:
                continue
            if ref is None or day <= ref:
                days.append(day)
    return days


def _phase_carry(cfg: ExtractorConfig, text: str, num: NumberMention) -> bool:
    """A later phase's bare capacity in a language of data/lang/ (data `phase_carry`: "Die
    zweite Phase … kommt auf weitere 150.000 pro Jahr", "第2期はさらに年15万台を加える")."""
    return bool(cfg.phase_carry) and (
        cfg.phase_carry_re.search(text, max(0, num.start - 100), num.start) is not None
    )


def _earlier_goal(cfg: ExtractorConfig, text: str, numbers: Sequence[NumberMention]) -> bool:
    """A sentence of one figure that tells an earlier target (data `earlier_goal`: "Bisher
    waren 300.000 geplant", 従来の目標は30万台だった), in a language of data/lang/."""
    return (
        cfg.lang not in ("en", "zh")
        and len(numbers) == 1
        and scan.search(cfg.earlier_goal_re, text) is not None
    )


def _phone_told_last(cfg: ExtractorConfig, text: str, start: int, end: int) -> bool:
    """A phone or gadget (data `non_car`) named before the figure, with no car word, unit or
    Xiaomi name after it up to the end of the figure's clause."""
    last_other = max(
        (m.end() for m in cfg.non_car_re.finditer(text, 0, start) if not _counts_maker(text, m)),
        default=-1,
    )
    if last_other < 0:
        return False
    cars = cfg.business_res["cars"]
    return not (
        scan.search(cars, text, last_other, end)
        or any(
            not _ZH_COMPANY_ONLY.fullmatch(m.group())
            or scan.search(_ZH_CAR_HANDOVER, text, last_other, end)
            for m in cfg.entity_re.finditer(text, last_other, start)
        )
        or scan.search(_CAR_UNIT_WORD, text, last_other, end)
    )


# the company named alone in Chinese (小米官方宣布, 小米集团表示) after a phone: still the phone's
# count, unless a handover word makes it cars' (小米17系列发布后，小米表示10月交付超4万台)
_ZH_COMPANY_ONLY = re.compile(r"小米(?:集团|集團|公司)?")
_ZH_CAR_HANDOVER = re.compile(r"交付|交车|交車|提车|提車|上险|上險|锁单|鎖單|大定")


def _counts_maker(text: str, m: re.Match[str]) -> bool:
    """ "the smartphone maker", 手机厂商: the company described, not its phones."""
    return _MAKER_AFTER_WORD.match(text, m.end()) is not None


# a product pointed back to: "the series", "the new phones", 该系列, 新机
_PRODUCT_BACK = re.compile(
    r"\b(?:the|this|that|these|its)\s+(?:new\s+|latest\s+)?(?:series|line-?up|range|phones?|"
    r"handsets?|devices?|flagships?)\b|(?:该|此|这一?|新)(?:系列|机型|手机)|新机|全系"
    # the phone's forerunner: "units of the previous model", "its predecessor", 上一代产品
    r"|\b(?:the|its)\s+(?:previous|prior|earlier|last|older|preceding)\s+(?:model|generation|"
    r"version)\b|\b(?:the|its)\s+predecessor\b|上一代|上代|前代"
    # a phone launch's count told as such, after the phone: 首销5分钟全渠道销量, 出货量
    r"|首销|首銷|全渠道销量|全渠道銷量|出货量|出貨量|激活量",
    re.I,
)
_CAR_UNIT_WORD = re.compile(
    r"辆|輛|\b(?:cars?|vehicles?|EVs?|units?\s+of\s+the\s+(?:SU7|YU7))\b", re.I
)

# between an amount and a bare figure opening a bracket after it: "Yuan (minus ", " (+"
_BRACKET_SIGN_GAP = re.compile(r"[^\W\d_]{0,8}\s*[(（]\s*(?:plus|minus|[+−–-])?\s*", re.I)


# what such a car would do: a supposition ("a car that costs 500,000 yuan would rival …")
_WOULD_AFTER = re.compile(r"[^.;:]*?\b(?:would|could|might)\b|[^。；：]*?(?:会|将会|可能)", re.I)


def _generic_priced(text: str, num: NumberMention) -> int | None:
    """Where the price of "a car that costs 215,900 yuan", 一辆售价21.59万元的轿车 ends (with its
    Chinese noun), or None when the money is no such car's."""
    if num.unit not in MONEY_UNITS:
        return None
    told = scan.search(_GENERIC_CAR_PRICED, text, max(0, num.start - 60), num.start)
    if told is None:
        return None
    if told.group("noun") is None and re.search(
        r"[\u4e00-\u9fff]", text[max(0, num.start - 3) : num.start]
    ):
        noun = _GENERIC_CAR_NOUN_ZH.match(text, num.end)
        return noun.end() if noun is not None else None
    return num.end


def _generic_price_tied(
    text: str, numbers: list[NumberMention], hits: Sequence[tuple[int, int, Entity]]
) -> tuple[int, int, Entity] | None:
    """The model a rhetorical price is then said to be: "Imagine a car that costs 215,900 yuan:
    Xiaomi's SU7 does", "一辆21.59万元起售的纯电轿车，这就是小米SU7" (the first such price)."""
    for num in numbers:
        end = _generic_priced(text, num)
        if end is None:
            continue
        for hit in hits:
            if (
                hit[0] >= end
                and hit[2].kind == "model"
                and _GENERIC_TIE_OPEN.fullmatch(text, end, hit[0])
                and _GENERIC_TIE_CLOSE.match(text, hit[1])
            ):
                return hit
        return None
    return None


# between a store count and the base it is compared with: "450 car stores …, up from 229"
_LEVEL_BASE_GAP = re.compile(
    r".{0,60}?[,;]\s*(?:up|down)\s+from\s+|.{0,60}?\b(?:compared\s+with|against)\s+", re.I
)
# a level's base told with its own day: "450 stores, up from 229 at the end of 2024"
_LEVEL_BASE_DAY = re.compile(
    r"\s+(?:(?:at|by)\s+the\s+end\s+of\s+|as\s+of\s+|at\s+end-|in\s+)(?:(?:the\s+)?(?:last|previous|prior)\s+year|"
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)(?:\s+(?:19|20)\d\d)?|(?:19|20)\d\d))\b",
    re.I,
)


def _level_base(cfg: ExtractorConfig, text: str, num: NumberMention, level: ExtractedEvent) -> bool:
    """A bare figure right after a count of stores or service centres, told with its own time
    ("450 stores, up from 229 a year earlier"): the same count at that time."""
    return (
        level.metric == "other"
        and level.label in NOUN_LABELS
        and num.unit is None
        and (
            cfg.year_earlier_re.match(text, num.value_end, num.value_end + 60)
            or _LEVEL_BASE_DAY.match(text, num.value_end)
        )
        is not None
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
    if (
        # (and in the Latin-script languages of data/lang/: "De Ultra kost 529.900 yuan")
        lang not in ("zh", "ja", "ko")
        and not entity_hits
        and not comp_hits
        and "Xiaomi SU7 Ultra" in models_in_doc
        and (bare := _BARE_ULTRA.search(text)) is not None
        and (ultra := _named(cfg, "Xiaomi SU7 Ultra")) is not None
    ):
        # "The 2026 model-year Ultra now costs 549,900 yuan" in a story on the SU7 Ultra: the
        # car by its short name
        entity_hits = ((bare.start(), bare.end(), ultra),)
    if entity_hits and lang == "en" and "," in text:
        entity_hits, comp_hits = _outside_asides(text, entity_hits, comp_hits)
    if entity_hits and lang in ("en", "zh"):
        entity_hits = _not_only_referenced(cfg, text, entity_hits)
    elif entity_hits:
        entity_hits, comp_hits, rival_aside = _outside_rival_asides(
            cfg, text, entity_hits, comp_hits
        )
        if rival_aside and not entity_hits:
            return  # "Li Auto, concurrent de Xiaomi, a livré …": the rival's figures
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
        and (_MODEL_ANAPHOR.search(text) or cfg.model_anaphor_re.search(text))
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
    if not entity_hits and not comp_hits and lang == "zh" and _FILER_SELF.search(text):
        if ctx.filer is not None:
            # 本集团交付新车108,796辆 in Xiaomi's results after a sentence on a rival: the filer
            ctx.last_entity, ctx.last_competitor = ctx.filer, False
        elif ctx.filer_told:
            return  # a text that named a rival first: 本集团 is the rival's
    if not entity_hits and (
        (comp_hits and not compared_only(cfg, text, comp_hits))
        or ctx.last_competitor
        or ctx.last_entity is None
        or (ctx.rival_first and _ANAPHOR_START.match(text) is not None)
    ):
        # _subject gives no number of this sentence a subject (no Xiaomi name in it, and a
        # rival named in it or last, or no Xiaomi name yet): nothing to read here. A page
        # about another carmaker that names Xiaomi once is read in one pass of two patterns.
        if lang == "en" and comp_hits and _HAS_DIGIT.search(text):
            # (the rivals' measure, for "Xiaomi came in at 9,200" of a later sentence)
            ctx.rival_measure = _heading_metric(cfg, text, limit=400) or ctx.rival_measure
        return
    numbers = _numbers(cfg, text, ctx.decimal)[:MAX_NUMBERS_PER_SENTENCE]
    if (
        numbers
        and numbers[0].unit is None
        and numbers[0].value < 100
        and (rank := _RANK_HEAD.match(text)) is not None
        and numbers[0].start < rank.end()
    ):
        numbers = numbers[1:]  # "3. 小米汽车 - 超过4万辆": the rank is no figure
    if not numbers:
        return  # dates and years only: no cue needs finding
    price_row = -1
    if ctx.price_heading:
        first = numbers[0]
        if (
            first.unit is None
            and 50_000 <= first.value <= 5_000_000
            and any(
                s_ <= 7  # (past "Xiaomi ", 小米)
                and e.kind == "model"
                and _PRICE_ROW.fullmatch(text, e_, first.start) is not None
                for s_, e_, e in entity_hits
            )
        ):
            # "Trim Price Range" then "YU7 Standard 253,500 835 km": a flattened table's
            # row gives the model's trim its price
            numbers[0] = dataclasses.replace(first, unit="CNY")
            price_row = 0
    # every cue of the sentence found once; each number then looks only at positions
    cues = [
        (m.start(), m.end(), rank, metric)
        for rank, (metric, pattern) in enumerate(cfg.metric_res)
        for m in scan.finditer(pattern, text)
    ]
    if (
        not cues
        and all(n.unit is None for n in numbers)
        and not _stands_alone(cfg, text)
        and not (lang in ("en", "zh") and _maker_round_up(text, entity_hits, comp_hits))
        and not (ctx.title_metric and _RANK_ROW.match(text))
        # ("- Xiaomi: more than 40,000, its second month above that level" under a headline
        # that names the measure: Xiaomi's row, with an aside)
        and not (
            ctx.title_metric and lang in ("en", "zh") and _maker_row(text, numbers[0], entity_hits)
        )
        and not _digest_maker_clause(text, numbers[0], entity_hits, ctx, lang)
        # "Xiaomi 9,800" under "Insurance registrations, Nov 24-30:": a bare row of the list
        and not (
            lang in ("en", "zh")
            and ctx.list_metric is not None
            and _maker_row(text, numbers[0], entity_hits)
        )
        and not _UNIT_LABEL.search(text)
        and not (
            ctx.last_event is not None
            and ctx.last_event.metric == "production_capacity"
            and (_PHASE_WORDS.search(text) or any(_phase_carry(cfg, text, n) for n in numbers))
        )
        and not (
            ctx.last_event is not None
            and (
                ctx.last_event.metric == "delivery_target"
                or (ctx.last_event.metric == "deliveries" and ctx.last_event.status == "forecast")
            )
            and _earlier_goal(cfg, text, numbers)
        )
        # "Its second phase raised that to 300,000", "official figures: 70,000 …": the measure
        # told before
        and not (ctx.last_event is not None and _RAISED_THAT_ANY.search(text))
        # "It also published its first 2027 estimate of 750,000": a year's estimate after a
        # deliveries forecast
        and not (
            lang == "en"
            and ctx.last_event is not None
            and ctx.last_event.metric == "deliveries"
            and ctx.last_event.status == "forecast"
            and any(_YEAR_ESTIMATE_OF.search(text, max(0, n.start - 60), n.start) for n in numbers)
        )
        # "Xiaomi came in at 9,200" after rivals' counts: the rivals' measure
        and not (
            lang == "en"
            and ctx.rival_measure is not None
            and _xiaomi_opens_round_up(text, numbers[0], entity_hits)
        )
        # "Tydzień wcześniej było ich 8 600": the week before's figure of the measure told
        and not (
            lang not in ("en", "zh")
            and ctx.last_event is not None
            and ctx.last_event.period_kind == "week"
            and scan.search(cfg.week_earlier_word_re, text) is not None
        )
        # "The YU7 accounted for 6,200 of them": a part of the count told before
        and not (
            lang == "en"
            and ctx.last_event is not None
            and ctx.last_event.metric in ("deliveries", "production")
            and _PART_VERB_OF_THEM.search(text)
        )
        # "The YU7 added 18,600": another model's part of the count told before
        and not (
            lang == "en"
            and ctx.last_event is not None
            and any(
                _SHARE_ADDED_BEFORE.search(text, max(0, n.start - 60), n.start) for n in numbers
            )
        )
    ):
        # no cue, no amount, no percent: no number of the sentence can get a metric (_metric
        # reads them; a plain count needs a cue, a window after it, a change before it, a
        # noun label or "the figure"), so none is read one by one (a run of bare figures)
        return
    hypotheses = [m.start() for m in scan.finditer(cfg.hypothetical_re, text)]
    # where an unreal if-clause opens (languages of data/lang/): no figure after it is a fact
    unreal = cfg.if_clause_re.search(text) if cfg.if_clause else None
    supposed_from = unreal.start() if unreal is not None else len(text)
    supposed = _SUPPOSED_RATE.match(text) if lang in ("en", "zh") else None
    if supposed is not None and _generic_price_tied(text, numbers, entity_hits) is not None:
        # "Imagine a car that costs 215,900 yuan: Xiaomi's SU7 does": no supposition, the
        # model's price told the long way round
        supposed = None
    if supposed is not None:
        if not _GOAL_RECKONED.search(supposed.group(0)):
            return
        # "以全年30万辆交付目标计算，…每月需交付约2.5万台": the goal reckoned from is stated,
        # what it works out to is not
        supposed_from = min(supposed_from, supposed.end())
    consumed: set[int] = set()
    # "215,900 yuan ($29,870)": the bracketed conversion is not a figure of its own, nor a
    # boundary between the amount and its cue ("20.6 billion yuan (2.87 billion dollars) in
    # revenue")
    numbers = _money_ranges(text, _shared_units(text, numbers))
    if cfg.negated_before or cfg.negated_after or cfg.remaining_before:
        # "fell short of 50,000 but topped 40,000": the figure denied is no event, nor a bound
        # of the segments the figures around it read their cues in
        denied = [n.start for n in numbers if _negated(cfg, text, n)]
        numbers = [n for n in numbers if n.start not in denied]
    else:
        denied = []
    conversions = {
        i
        for i in range(1, len(numbers))
        if numbers[i - 1].unit in MONEY_UNITS
        and numbers[i].unit in MONEY_UNITS
        # a bracketed amount of the same currency is a figure of its own ("20.6 billion yuan
        # in Q2 (18.6 billion yuan in Q1)"), not a conversion
        and numbers[i].unit != numbers[i - 1].unit
        and _CONVERSION.search(text[max(0, numbers[i].start - 24) : numbers[i].start])
        # (not a bracket opened after the one the amount before closed: "283억 위안(약 5조7000억
        # 원)으로 전 분기(206억 위안)보다" gives the previous quarter's amount)
        and not re.search(r"[)）]", text[numbers[i - 1].end : numbers[i].start])
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
    phone_count: tuple[NumberMention, str] | None = None  # the phones' count just skipped
    prev_num: NumberMention | None = None
    # where the sentence's first count of a month ends, and the month's last day (for a
    # running total told in a later clause)
    month_told: tuple[int, dt.date] | None = None
    # the bound a verb set for a list of figures: "passed 10,000 in June, 20,000 in October"
    governing: str | None = None
    part_whole: tuple[int, int] | None = None  # a part's end and its whole's start
    # the measure and kind of a change's size just read ("1万元引き下げ、"): the new level's
    cut_of: tuple[str, str] | None = None
    change_end = -1  # where the last change's size read ends
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
        # "the loss narrowed from 1.8 billion yuan to 500 million yuan in the third quarter":
        # the old level is of an earlier period the sentence does not give, read (the next
        # level takes its measure) but not kept; with its own period ("from 30,000 in
        # September to 40,000 in October") it is kept
        change_amount = (
            lang == "en"
            and num.value_max is None
            and _TO_NEXT_LEVEL.match(text, num.end) is not None
            and scan.search(_MOVED_FROM, text, max(0, num.start - 50), num.start) is not None
            # (with no period told, "the average price rose from 238,650 yuan to 260,053
            # yuan" keeps both levels: neither takes a period that is not its own)
            and _PERIOD_TOLD.search(text) is not None
        )
        old_level = None
        changed = (
            scan.search(_CHANGED_TO, text, max(0, num.start - 90), num.start)
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
            lang == "en"
            and num.value_max is not None
            and scan.search(_MOVED_FROM, text, max(0, num.start - 50), num.start) is not None
        ):
            # "EV revenue rose from 6.4 billion to 21.3 billion yuan in the second quarter": the
            # level reached in the period told, not a range (the old level, of a period not
            # told, is kept only when the sentence tells no period at all)
            if _PERIOD_TOLD.search(text) is None:
                old_level = num.value
            num = dataclasses.replace(num, value=num.value_max, value_max=None)
        elif (
            lang not in ("en", "zh")
            and num.value_max is not None
            and (
                scan.search(cfg.changed_from_re, text, max(0, num.start - 90), num.start)
                or cfg.changed_after_re.match(text, num.end)
                # ("est passé de 6,4 à 21,3 milliards", 64億元から213億元に増えた: a measure's)
                or scan.search(cfg.level_change_from_re, text, max(0, num.start - 60), num.start)
                or cfg.level_change_to_re.match(text, num.end)
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
        elif lang not in ("en", "zh") and (
            cfg.change_size_after_re.match(text, num.end)
            or scan.search(cfg.change_size_before_re, text, max(0, num.start - 60), num.start)
        ):
            if num.value_max is not None:
                # "stegen met 3.000 tot 38.500", "wzrosły o 3 tys. do 38 500": the change's
                # size (not kept), then the new level
                num = dataclasses.replace(num, value=num.value_max, value_max=None)
            else:
                # "rund 5.000 mehr als im Vormonat", "stiegen um 3.000", 3000台増えた: a
                # change's size, no level; read (the level after it takes its measure), not kept
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
                # "16,7 mil milhões de yuans … e passou para 18,1 mil milhões": a new level, in
                # the same money (data `rose_to`)
                or (
                    cfg.lang not in ("en", "zh")
                    and scan.search(cfg.rose_to_re, text, prev_num.end, num.start) is not None
                )
                # "plus 700 Mio. Yuan (minus 300 Mio.)": the bracketed figure of another
                # period, in the same money
                or (
                    cfg.lang not in ("en", "zh")
                    and _BRACKET_SIGN_GAP.fullmatch(text, prev_num.end, num.start) is not None
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
        fig_cues, own_left = cues, c_left
        which = (
            _WHICH_END.search(text, max(0, c_left - 12), c_left)
            if lang == "en" and lo == c_left
            else None
        )
        if which is not None and _WHICH_LEVEL.fullmatch(text, c_left, num.start):
            # "Xiaomi's October deliveries, which topped 40,000", "Locked orders, which need a
            # deposit, reached 240,000": the measure the relative clause hangs on, when the
            # clause before ends in it or in a name ("trailing Xiaomi, which topped 40,000")
            prev_left = _clause_bounds(text, which.start(), which.start())[0]
            named_end = len(text[: which.start()].rstrip())
            if any(prev_left <= a and b >= named_end - 1 for a, b, _, _ in cues) or any(
                m.end() == named_end
                for p in (cfg.entity_re, cfg.competitor_re)
                for m in p.finditer(text, prev_left, named_end)
            ):
                lo = prev_left
                aside_end = text.rfind(",", c_left, num.start)
                # the aside's own words name no measure of the figure ("which need a deposit")
                fig_cues = [c for c in cues if not which.start() <= c[0] < aside_end]
                own_left = max(c_left, aside_end)
        clause = text[c_left:c_right]
        if any(
            c_left <= h < c_right and not _SAYING_AFTER.search(text, h, num.start)
            for h in hypotheses
        ):
            continue  # not "denied a report …, saying the goal of 350,000 was unchanged"
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
        if (
            (opens := cfg.if_opens_re.match(text)) is not None
            and (
                scan.search(cfg.would_re, text, max(c_left, last_comma + 1), num.start)
                # the condition's own figure: "Si Xiaomi vendait 40 000 voitures par mois, …"
                or (
                    lang not in ("en", "zh")
                    and _clause_bounds(text, opens.end(), opens.end())[1] > num.start
                    # (not past the condition's comma: "Wenn man die Zahlen addiert, hat Xiaomi
                    # … 40.000 Autos ausgeliefert" states a fact)
                    and "," not in text[opens.end() : num.start]
                )
            )
        ):
            # "If …, it would deliver 480,000", 假如…，全年就能交付48万辆, "Si …, elle en livrerait
            # 480 000": what a condition would give, no fact, no forecast (not "If demand
            # holds, Xiaomi expects to sell 500,000": the expectation is a forecast)
            continue
        if (
            lang in ("en", "zh")
            and _GOAL_WORD.search(text) is not None
            # (not the goal itself: "still has to hit its 350,000 target", 还要冲击35万辆的目标)
            and _GOAL_WORD.search(text, num.end, num.end + 12) is None
            and scan.search(_STILL_NEEDED, text, max(c_left, num.start - 60), num.start)
        ):
            continue  # "would need to deliver 84,000 … to hit its target": a gap worked out
        if lang == "en" and (
            scan.search(_GAP_BEFORE, text, max(c_left, num.start - 60), num.start)
            or _GAP_AFTER.match(text, num.end)
            or (
                scan.search(_LEAVES_BEFORE, text, max(c_left, num.start - 40), num.start)
                and _TO_REACH_AFTER.match(text, num.end)
            )
        ):
            # "the gap to the target is under 50,000", "less than 50,000 left to reach the
            # goal": what is still missing, no target
            continue
        if (
            scan.search(cfg.spread_before_re, text, max(c_left, num.start - 60), num.start)
            or cfg.spread_after_re.match(text, num.end)
            or (
                lang in ("en", "zh")
                and (
                    scan.search(_SPREAD_ZH, text, c_left, c_right)
                    or (
                        scan.search(_RANGED_BEFORE, text, max(c_left, num.start - 50), num.start)
                        and scan.search(_PER_PERIOD, text)
                    )
                )
            )
        ):
            continue  # "weekly registrations have hovered between 7,000 and 10,000": a spread
        if num.start >= supposed_from:
            continue  # "Würde Xiaomi … 60.000 Autos ausliefern, käme die Marke auf 720.000"
        if (
            lang in ("en", "zh")
            and _generic_priced(text, num) is not None
            and _generic_price_tied(text, [num], entity_hits) is None
            # (not "The SU7, a sedan that costs 215,900 yuan": the model told first; nor "For a
            # car that costs 529,900 yuan, the SU7 Ultra sold well": the model's, no supposition)
            and not any(h[2].kind == "model" and h[1] <= num.start for h in entity_hits)
            and (
                not any(h[2].kind == "model" for h in entity_hits)
                or _WOULD_AFTER.match(text, num.end) is not None
            )
        ):
            continue  # "a car that cost 500,000 yuan would be a hard sell": no model's price
        if scan.search(_RECALLED, text, max(c_left, num.start - 32), num.start):
            continue  # the cars a recall covers
        before = text[max(c_left, num.start - 40) : num.start]
        if _CHANGE_AMOUNT_AFTER.match(text, num.end) or scan.search(
            _CHANGE_AMOUNT_BEFORE, text[max(0, num.start - 20) : num.start]
        ):
            continue  # the size of a change, not a level
        if num.unit in MONEY_UNITS and scan.search(
            cfg.down_payment_re, text, max(c_left, num.start - 40), num.start
        ):
            continue  # "with a down payment from 49,900 yuan": not the car's price
        if num.unit in MONEY_UNITS and (
            _SAVED_AFTER.match(text, num.end)
            or scan.search(_SAVED_BEFORE, text, max(c_left, num.start - 40), num.start)
        ):
            continue  # "worth up to 20,000 yuan in saved interest", 节省利息约2万元: no price
        if (
            num.unit in MONEY_UNITS
            and lang in ("en", "zh")
            and _USED_CAR.search(text)
            and not _NOT_PRICE_MONEY.search(text)
            and not scan.search(_NEW_PRICE_BEFORE, text, max(c_left, num.start - 40), num.start)
            and not _NEW_AFTER.match(text, num.end)
        ):
            continue  # "a used SU7 lists for about 190,000 yuan", 二手SU7挂牌价: no maker's price
        if num.unit in MONEY_UNITS and lang == "en":
            bought = BOUGHT_LEAD.match(text)
            if bought is not None and num.start >= bought.end():
                continue  # "Bought at 245,900 yuan, the SU7 fetched 180,000 …": a resale price
        if _PRICE_BAND_AFTER.match(text, num.end):
            continue  # "20万以上轿车": a price band
        if _PRICE_BAND_BEFORE.search(text[max(0, num.start - 40) : num.start]):
            continue  # "the best car under 500,000 yuan": a price band
        if num.unit is None and scan.search(
            _SOLD_FOR, text, max(c_left, num.start - 40), num.start
        ):
            continue  # "dares to sell cars for 800,000": a price with no currency, no count
        if scan.search(_ABOVE_BEFORE, before) and _NTH_STRAIGHT.search(
            # (the streak in the figure's part of the clause: not "…, its second straight month
            # above that level, with the YU7 accounting for more than 20,000 of them")
            text,
            max(c_left, text.rfind(",", 0, num.start) + 1),
            num.start,
        ):
            # "the third consecutive quarter with revenue above 100 billion": a streak's bar;
            # not "more than 40,000 in October, its second straight month": October's figure
            continue
        if scan.search(_CHANGE_RE, before) and not change_amount:
            metric: str | None = "other"
        else:
            metric = _metric(cfg, text, num, lo, hi, c_left, c_right, fig_cues)
            if metric is None and num.unit in MONEY_UNITS and seg_left < c_left:
                # "Income from the EV, AI and other new initiatives segment reached CNY18.6
                # billion": an amount whose cue is in the sentence, a clause before it
                metric = _metric(cfg, text, num, seg_left, hi, seg_left, c_right, cues)
        if (
            metric in (None, "other")
            and lang not in ("en", "zh")
            and prev_event is not None
            and prev_num is not None
            and prev_event.metric != "other"
            and _unit_kind(prev_num.unit) == kind
            and _LABEL_BRACKET_AFTER.fullmatch(text, prev_num.end, num.start) is not None
        ):
            # "108.796 Autos (zweites Quartal: 81.302) und eine Bruttomarge von …": the bracket
            # labels a figure of the measure right before it, whatever cue comes after
            metric = prev_event.metric
        pointed = prev_event if prev_event is not None else ctx.last_event
        if (
            metric == "orders"
            and pointed is not None
            and pointed.metric in ("locked_orders", "reservations")
            and num.unit in (None, "orders", "vehicles")
            and _FIGURE_POINTER.search(text, c_left, num.start)
        ):
            # "200,000 locked orders in three minutes, and the figure had passed 240,000 within
            # 18 hours": the figure pointed back to keeps its measure
            metric = pointed.metric
        if (
            metric is None
            and lang == "en"
            and pointed is not None
            and pointed.metric in ("deliveries", "production")
            and num.unit in (None, "vehicles")
            and (ytd := _YTD_FIGURE.search(text, 0, num.start)) is not None
            and not _HAS_DIGIT.search(text, ytd.end(), num.start)
        ):
            # "Xiaomi delivered more than 40,000 in November. … the year-to-date figure, which
            # is more than 360,000": the running count of what was told before
            metric = pointed.metric
        if (
            metric is None
            and any(h < c_left for h in hypotheses)
            and _CORRECTED.search(text, max(c_left, num.start - 32), num.start)
        ):
            # "an earlier version said … 50,000 cars in October; the correct figure is 40,000",
            # 本文此前称…交付5万辆，实际为4万辆: the retracted figure's measure
            metric = _metric(cfg, text, num, 0, hi, 0, c_right, cues)
        if metric is None and (told := [d for d in denied if d < c_left]):
            # "fell short of 50,000 but topped 40,000", 没有达到5万辆，但超过了4万辆: the
            # measure of the figure denied, in its clause
            d_left = _clause_bounds(text, told[-1], told[-1])[0]
            metric = _metric(cfg, text, num, d_left, hi, d_left, c_right, cues)
        bringing = (
            _BRINGING.search(text, max(0, num.start - 70), num.start)
            if prev_event is not None
            and (
                prev_event.status == "actual"
                # "plans to open 300 more stores this year, bringing its total to 700": the
                # network planned
                or (prev_event.metric == "other" and prev_event.label in NOUN_LABELS)
            )
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
        if (
            metric is None
            and lang == "zh"
            and prev_event is not None
            and prev_num is not None
            and _unit_kind(prev_num.unit) == kind
            and _CORRECTED_TO_GAP.fullmatch(text, prev_num.end, num.start)
        ):
            # 此前公布为“超过2.5万辆”，经核实后上修为“超过2.7万辆”: the corrected figure, in the
            # measure of the one it replaces
            metric = prev_event.metric
        if (
            metric is None
            and prev_event is not None
            and prev_num is not None
            and (
                _unit_kind(prev_num.unit) == kind
                or (num.unit is None and prev_num.unit in MONEY_UNITS and num.value >= 1e6)
            )
            and _OF_WHICH_AFTER.fullmatch(text, prev_num.end, num.start)
        ):
            # "revenue was 29 billion yuan, of which 28.3 billion came from cars": a part of the
            # figure before, in its measure and money
            metric = prev_event.metric
            num = dataclasses.replace(num, unit=prev_num.unit)
        if (
            metric is None
            and prev_event is not None
            and prev_num is not None
            and _unit_kind(prev_num.unit) == kind
            and (
                _LIKEWISE.search(text, max(c_left, num.start - 24), num.start)
                or _SAME_PERIOD_AFTER.match(text, num.end)
            )
        ):
            # "Phase one has an annual capacity of 150,000. Phase two adds another 150,000",
            # 一期年产能15万辆，二期同样为15万辆，合计30万辆: the same measure again
            metric = prev_event.metric
        if (
            metric is None
            and lang == "en"
            and prev_event is not None
            and prev_num is not None
            and prev_event.period_kind == "month"
            and _unit_kind(prev_num.unit) == kind
            and _AND_MORE.search(text, max(prev_num.end, c_left - 8), num.start)
            and _IN_MONTH_AFTER.match(text, num.end)
        ):
            # "more than 25,000 deliveries in June, when the plant was shut, and more than
            # 28,000 in May": a month's figure after an aside, in the same measure as the one
            # before it
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
            and lang in ("en", "zh")
            and i + 1 < len(numbers)
            and kinds[i + 1] == kind
            and _RESPECTIVELY.search(text)
        ):
            # "accounted for about 12,000, 1,000 and 27,000 of November's deliveries
            # respectively": the measure named after the list's last item is every item's
            j = i
            while (
                j + 1 < len(numbers)
                and kinds[j + 1] == kind
                and _LIST_ITEM_GAP.fullmatch(text, numbers[j].end, numbers[j + 1].start)
            ):
                j += 1
            if j > i:
                last = numbers[j]
                metric = _metric(cfg, text, last, last.start, c_right, c_left, c_right, cues)
        if (
            metric is None
            and lang == "en"
            and ctx.last_event is not None
            and ctx.last_event.metric in ("deliveries", "production")
            and ctx.last_event.status == "actual"
            and kind == "count"
            and (
                _OF_THEM.match(text, num.end)
                or (
                    prev_event is not None
                    and prev_event.metric == ctx.last_event.metric
                    and prev_num is not None
                    and _OF_THEM_AND.fullmatch(text, prev_num.end, num.start)
                )
            )
        ):
            # "Xiaomi registered 9,500 in the week … The YU7 accounted for 6,200 of them and the
            # SU7 for 3,300": a part of the count the sentence before told
            metric = ctx.last_event.metric
        share_of: ExtractedEvent | None = None  # the count told before, this one a part of
        if (
            metric is None
            and lang in ("en", "zh")
            and kind == "count"
            and ctx.last_event is not None
            and ctx.last_event.metric in ("deliveries", "production", "orders", "locked_orders")
            and ctx.last_event.status == "actual"
            # ("其中，小米YU7贡献约5200辆": a part of the sentence before's whole, read below)
            and _OF_WHICH_START.match(text) is None
            and (
                _SHARE_ADDED_BEFORE.search(text, max(c_left, num.start - 60), num.start)
                or _ZH_SHARE_AFTER.match(text, num.end)
            )
            and any(
                e.kind == "model" and e.name != ctx.last_event.subject for _, _, e in entity_hits
            )
        ):
            # "The SU7 accounted for 22,100 deliveries in September. The YU7 added 18,600.",
            # "另外，小米YU7贡献了1.86万辆": another model's part of the same measure
            metric = ctx.last_event.metric
            share_of = ctx.last_event
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
        if part_of is not None and (metric is None or metric in ("production", "deliveries")):
            # "made up roughly 2,000 of the SU7's 25,000 deliveries": the whole's measure; also
            # over a cue of the clause before ("the cars leaving the plant are SU7s: the sedan
            # accounted for 20,000 of the 30,000-plus cars delivered in July")
            whole = numbers[i + 1]
            whole_metric = _metric(cfg, text, whole, whole.start, c_right, c_left, c_right, cues)
            if metric is None or whole_metric in ("production", "deliveries"):
                metric = whole_metric
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
        estimated_figure = (
            metric is None
            and c_left > 0
            and _ESTIMATED_FIGURE.search(text, max(c_left, num.start - 60), num.start) is not None
        )
        if estimated_figure:
            # "Xiaomi did not say how many cars it delivered in October; analysts estimated the
            # figure at roughly 40,000": the measure the sentence named before, estimated
            metric = _metric(cfg, text, num, 0, hi, 0, c_right, cues)
        forced_status = "forecast" if estimated_figure and metric is not None else None
        # the revised target or forecast this figure is the earlier level of (its period too)
        revised_from: ExtractedEvent | None = None
        plan_base = False
        level_before_of: ExtractedEvent | None = None  # (English: its year, see below)
        if (
            metric is None
            and lang not in ("en", "zh")
            and prev_event is not None
            and prev_num is not None
            and prev_event.metric in ("delivery_target", "deliveries")
            and _unit_kind(prev_num.unit) == kind
            and num.unit in (None, "vehicles")
            and scan.search(
                cfg.status_res["forecast"],
                text,
                prev_num.end,
                # verb-final: "시티는 38만대를 예상했다", "アナリストは38万台と予想する"
                c_right if lang in ("ja", "ko", "tr") else num.start,
            )
        ):
            # "L'obiettivo di Xiaomi è di 350.000 consegne; Goldman Sachs ne stima 370.000", "시티는
            # 38만대를 예상했다": a bare figure an estimate word puts beside the company's
            # target is a forecast of the same deliveries
            metric, forced_status = "deliveries", "forecast"
        if (
            # (or read as the list's measure: "8.000 consegne …, invece delle 10.000")
            metric in (None, "deliveries")
            and lang not in ("en", "zh")
            and prev_event is not None
            and prev_num is not None
            and prev_event.metric == "delivery_target"
            and prev_event.status == "target"
            and _unit_kind(prev_num.unit) == kind
            and num.unit in (None, "vehicles")
            and _INSTEAD_OF.search(text, prev_num.end, num.start) is not None
        ):
            # "mikt dit jaar op 6.000 exemplaren van de SU7 Ultra, in plaats van de 10.000 die
            # Lei Jun had beloofd", "instead of the 10,000 it promised": the target it replaces,
            # of the same car and period
            metric, forced_status = "delivery_target", "target"
            revised_from = prev_event
        if (
            metric is None
            and lang not in ("en", "zh")
            and prev_event is not None
            and prev_num is not None
            and prev_event.metric == "delivery_target"
            and prev_event.status == "target"
            and _unit_kind(prev_num.unit) == kind
            and num.unit in (None, "vehicles")
            and scan.search(cfg.revised_to_re, text, prev_num.end, num.start)
        ):
            # "Das Jahresziel von 300.000 hob Lei Jun im März auf 350.000 an", "l'objectif de
            # 300 000 a été relevé à 350 000": the revised level of the target just read
            metric, forced_status = "delivery_target", "target"
            revised_from = prev_event
        if (
            metric is None
            and lang not in ("en", "zh")
            and prev_event is not None
            and prev_num is not None
            and prev_event.metric not in ("other", "delivery_target")
            and _unit_kind(prev_num.unit) == kind
            and num.start - prev_num.end <= 100
            # (no figure between but a year: "… no quarto trimestre de 2024 e subiu para")
            and not re.search(r"\d", _YEAR_IN_GAP.sub(" ", text[prev_num.end : num.start]))
            and scan.search(cfg.rose_to_re, text, prev_num.end, num.start) is not None
        ):
            # "A Xiaomi entregou 40.000 carros no quarto trimestre de 2024 e subiu para 75.869
            # no primeiro", "… est passé à 75 869 au premier trimestre": the new level of the
            # measure just read (data `rose_to`)
            metric = prev_event.metric
        if (
            metric is None
            and lang not in ("en", "zh")
            and prev_event is None
            and ctx.last_event is not None
            and ctx.last_event.metric == "deliveries"
            and ctx.last_event.status == "forecast"
            and num.unit == "vehicles"
            and scan.search(cfg.status_res["forecast"], text, c_left, num.start)
        ):
            # "… 2026 para 570 mil unidades. Para este ano, o banco estima cerca de 410 mil
            # veículos": cars an estimate word counts after a deliveries forecast, one more
            metric, forced_status = "deliveries", "forecast"
        if (
            metric is None
            and lang == "en"
            and num.unit in (None, "vehicles")
            and (est_before := prev_event or ctx.last_event) is not None
            and est_before.metric == "deliveries"
            and est_before.status == "forecast"
            and _YEAR_ESTIMATE_OF.search(text, max(c_left, num.start - 60), num.start)
        ):
            # "… to 620,000 units from 550,000, and introduce a 2027 estimate of 800,000", "keep
            # our 2027 forecast of 700,000 units": a year's estimate named alone after a
            # deliveries forecast is one more of the same deliveries
            metric, forced_status = "deliveries", "forecast"
        if (
            metric is None
            and ctx.non_car_measure is not None
            and num.unit == "vehicles"
            and _car_words(cfg, text[: min(num.start, _TOPIC_REACH)])
            and not scan.search(cfg.non_car_re, text)
        ):
            # "…verkaufte Xiaomi 43,3 Mio. Smartphones. Bei den Autos waren es 108.796 Stück":
            # the cars, named as the topic, counted as the phones were just before
            metric = ctx.non_car_measure
        bracket_base_of = None  # the figure told before whose base this one is (its owner)
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
            modal = _FIGURE_MODAL.search(text, c_left, num.start) is not None
            if (
                lang not in ("en", "zh")
                and ctx.last_event.metric == "delivery_target"
                and ctx.last_event.status == "target"
                and modal
            ):
                # "… Ziel von 120.000; jetzt sollen es 130.000 werden": the target, revised
                metric, forced_status = "delivery_target", "target"
            elif (
                lang not in ("en", "zh")
                and metric == "deliveries"
                and (
                    scan.search(cfg.status_res["forecast"], text, c_left, num.start)
                    # (a modal after a forecast: "Im vierten Quartal sollen es rund 145.000
                    # sein", "zouden het er zo'n 145.000 moeten zijn")
                    or (ctx.last_event.status == "forecast" and modal)
                )
            ):
                # "Nel quarto trimestre dovrebbero essere circa 145.000", "Im vierten Quartal
                # sollen es rund 145.000 sein": the same measure, told as expected
                forced_status = "forecast"
            if lang not in ("en", "zh"):
                # ("Kwartał wcześniej było to 21,3 mld juanów": the same business's too)
                bracket_base_of = ctx.last_event
        if (
            metric is None
            and lang not in ("en", "zh")
            and ctx.last_event is not None
            and ctx.last_event.metric in ("revenue", "net_loss", "deliveries")
            and _unit_kind(ctx.last_event.unit) == kind
            and (lead := _BRACKET_OPEN_BEFORE.search(text, max(c_left, num.start - 30), num.start))
            and (
                cfg.quarter_earlier_word_re.search(
                    text, max(c_left, lead.start() - 12), lead.start()
                )
                or cfg.year_earlier_word_re.search(
                    text, max(c_left, lead.start() - 12), lead.start()
                )
            )
        ):
            # "…매출 167억 위안을 기록했다. 직전 분기(97억 위안)보다 72% 늘었다": the bracketed
            # base of the period before is the same measure as the figure just told
            metric, bracket_base_of = ctx.last_event.metric, ctx.last_event
        if (
            metric is None
            and lang not in ("en", "zh")
            and ctx.last_event is not None
            and ctx.last_event.period_kind == "week"
            and _unit_kind(ctx.last_event.unit) == kind
            and cfg.week_earlier_lead_re.search(text, max(c_left, num.start - 48), num.start)
        ):
            # "… 9 800 nowych samochodów Xiaomi. Tydzień wcześniej było ich 8 600.": the week
            # before's figure of the same measure
            metric = ctx.last_event.metric
        if (
            metric is None
            and ctx.last_event is not None
            and ctx.last_event.metric == "delivery_target"
            and _unit_kind(ctx.last_event.unit) == kind
            and (
                _EARLIER_GOAL.search(text, c_left, num.start)
                # "… a goal of 100,000. In July it raised it to 120,000"
                or _GOAL_REVISED.search(text, max(c_left, num.start - 40), num.start)
                # "… auf 350.000 an. Bisher waren 300.000 geplant." (data `earlier_goal`)
                or _earlier_goal(cfg, text, numbers)
            )
        ):
            # "Xiaomi raised its 2024 target to 130,000. It had earlier aimed for 100,000.",
            # "In July it raised it to 120,000"
            metric, forced_status = "delivery_target", "target"
        if (
            metric is None
            and lang not in ("en", "zh")
            and ctx.last_event is not None
            and ctx.last_event.metric == "delivery_target"
            and _unit_kind(ctx.last_event.unit) == kind
            and scan.search(cfg.changed_from_re, text, max(c_left, num.start - 60), num.start)
        ):
            # "… 350.000 xe trong năm nay, sau khi nâng từ mức 300.000 xe hồi tháng 3": the
            # target it was raised from, the same year's (the month is when it was raised)
            metric, forced_status = "delivery_target", "target"
            revised_from = ctx.last_event
        if (
            metric is None
            and ctx.last_event is not None
            and ctx.last_event.metric == "deliveries"
            and ctx.last_event.status == "forecast"
            and ctx.last_event.period_kind == "year"
            and _unit_kind(ctx.last_event.unit) == kind
            and _earlier_goal(cfg, text, numbers)
        ):
            # "… 55만대로 전망했다. 기존 전망치는 48만대였다.": the forecast before it was revised
            metric, forced_status = "deliveries", "forecast"
            revised_from = ctx.last_event
        if (
            metric is None
            and ctx.last_event is not None
            and ctx.last_event.metric not in ("delivery_target", "other")
            and ctx.last_event.status == "actual"
            and _unit_kind(ctx.last_event.unit) == kind
            and _RAISED_THAT.search(text, max(c_left, num.start - 40), num.start)
        ):
            # "Its second phase … raised that to 300,000" after the first phase's capacity: the
            # same measure, raised (not "will double that to": a plan)
            metric, forced_status = ctx.last_event.metric, "actual"
        row_of = (
            ctx.list_metric
            if ctx.list_metric is not None
            else ctx.last_event.metric
            if ctx.last_event is not None
            and _unit_kind(ctx.last_event.unit) == kind
            and ctx.last_event.metric != "other"
            else ctx.heading_metric
            if ctx.last_event is None and num.unit is None
            else None
        )
        if row_of is None and ctx.last_event is None and num.unit in (None, "vehicles"):
            row_of = ctx.title_metric  # the rows of a ranked list under the headline's measure
        if (
            metric is None
            and i == 0
            # (a row's aside may tell a change: "- Xiaomi: 40,000+, up 80%")
            and all(n.unit == "percent" for n in numbers[1:])
            and row_of is not None
            and (
                _labelled_row(text, num, ref, doc_year, lang)
                or (lang in ("en", "zh") and _maker_row(text, num, entity_hits))
            )
        ):
            # "Xiaomi EVs delivered in October: 40,000+. Year to date: 300,000+.": the row after
            # a labelled figure (or a heading, "小米汽车交付量｜10月：4万+") counts what it counted
            metric = _ACTUAL_OF.get(row_of, row_of)
            forced_status = "actual"
        if metric is None and i == 0 and _digest_maker_clause(text, num, entity_hits, ctx, lang):
            # "It was delivery day for China's carmakers. Xiaomi topped 40,000 again, while
            # XPeng's 42,013 …": a digest's maker clause counts what the lede named
            metric, forced_status = ctx.heading_metric, "actual"
        review_quarter = None  # (year, quarter) of a review's "The fourth added 145,000"
        if (
            metric is None
            and i == 0
            and lang == "en"
            and kind == "count"
            and num.unit in (None, "vehicles")
            and not comp_hits
            and ctx.last_event is not None
            and ctx.last_event.metric in ("deliveries", "production")
            and ctx.last_event.status == "actual"
            and ctx.last_event.period_kind in ("month", "quarter", "year")
            and ctx.last_event.period_start is not None
            and (told_period := period_subject(text, num)) is not None
            # (a bare ordinal, "The fourth added", only after a quarter's figure)
            and (
                told_period[0] is None or told_period[1] or ctx.last_event.period_kind == "quarter"
            )
        ):
            # "Xiaomi handed over 81,302 cars in the second quarter. The third quarter brought
            # 108,796.": the period is the subject, the figure the measure told before
            metric, forced_status = ctx.last_event.metric, "actual"
            if told_period[0] is not None and ctx.last_event.period_kind != "month":
                review_quarter = (ctx.last_event.period_start.year, told_period[0])
        if (
            prev_event is not None
            and prev_num is not None
            and _unit_kind(prev_num.unit) == kind
            and _PREVIOUS_VALUE.search(text[prev_num.end : num.start])
            and (metric is None or metric == prev_event.metric or metric in COUNT_METRICS)
            and prev_event.metric != "other"
            # (not "up from the 350,000 it targeted for 2025": the earlier plan)
            and not _TARGET_RELATIVE.match(text, num.end)
            and not _goal_raised_from(text, prev_event, prev_num, num)
        ):
            # "targets 350,000 in 2025, up from 136,854 in 2024": the earlier, actual figure
            metric = _ACTUAL_OF.get(prev_event.metric, prev_event.metric)
            forced_status = "actual"
        if (
            lang not in ("en", "zh")
            and prev_event is not None
            and prev_num is not None
            and (
                prev_event.metric == "delivery_target"
                # "erwarten nun 520.000 Auslieferungen, nachdem sie zuvor mit 450.000
                # gerechnet hatten": the forecast before it was revised
                or (prev_event.metric == "deliveries" and prev_event.status == "forecast")
            )
            and _unit_kind(prev_num.unit) == kind
            and (metric is None or metric in ("deliveries", "delivery_target"))
            and (
                _EARLIER_AFTER.match(text, num.end)
                or _EARLIER_BEFORE.search(text[max(prev_num.end, num.start - 30) : num.start])
                # "alza la previsione … a 510.000 vetture, da 460.000": a forecast revised to a
                # level, then the bare "from" of its former level
                or (
                    prev_event.status == "forecast"
                    and _FORECAST_FROM_GAP.fullmatch(text, prev_num.end, num.start) is not None
                    # (the sentence ends on it: not "…, da 410.000 nel 2025", a base of its own)
                    and re.match(r"\s*(?:[^\W\d_]+\.?)?\s*(?:[.;]|$)", text[num.end :])
                )
            )
        ):
            # "vise désormais 350 000 livraisons en 2025, contre 300 000 auparavant": the goal
            # before it was raised, not a count
            metric, forced_status = prev_event.metric, prev_event.status
            revised_from = prev_event
        if (
            lang in ("en", "zh")
            and prev_event is not None
            and prev_num is not None
            and prev_event.status in ("target", "forecast")
            and prev_event.metric != "price"
            and _unit_kind(prev_num.unit) == kind
            and (
                metric is None
                or _ACTUAL_OF.get(prev_event.metric) == metric
                or metric == prev_event.metric
            )
            and (
                _PREVIOUSLY_SET.search(text, prev_num.end, num.start)
                or (
                    plan_base := (
                        (
                            _TO_FROM_GAP.fullmatch(text, prev_num.end, num.start) is not None
                            and _REVISED_PLAN_TO.search(
                                text, max(0, prev_num.start - 120), prev_num.start
                            )
                            is not None
                        )
                        or _goal_raised_from(text, prev_event, prev_num, num)
                    )
                )
            )
        ):
            # "把今年的交付目标上调到35万辆，此前为30万辆", "raised its goal to 350,000
            # (previously 300,000)": the plan or the forecast before it was revised
            metric, forced_status = prev_event.metric, prev_event.status
            if plan_base and prev_event.period_kind == "year":
                level_before_of = prev_event  # "… to 620,000 units from 550,000": its year too
        base_of_change = False
        if (
            not plan_base
            and prev_event is not None
            and prev_num is not None
            and _unit_kind(prev_num.unit) == kind
            and re.fullmatch(
                # (and the new level's quarter: "to about 260,000 yuan in the third quarter
                # from 253,700 yuan in the second")
                # ("in the July-September quarter, from 21.3 billion yuan")
                r"\s*(?:\w+\s+)?(?:(?:in|for|during)\s+(?:the\s+)?[\w-]+\s+(?:quarter|half|month)\s*,?\s+)?"
                r"from\s*(?:RMB|CNY|US\$|\$|¥)?\s*",
                text[prev_num.end : num.start],
            )
            and (
                _CHANGE_TO.search(text[max(0, prev_num.start - 30) : prev_num.start])
                or (
                    prev_event.status == "actual"
                    and prev_event.metric != "price"
                    and _CHANGED_BY_TO.search(text[max(0, prev_num.start - 60) : prev_num.start])
                )
            )
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
            and not _GOAL_AFTER.match(text, num.value_end, min(len(text), num.value_end + 40))
        ):
            # "revenue of 365.9 billion yuan, against estimates of 358 billion": a forecast (of
            # deliveries beside a delivery target: "a target of 350,000 …, and a consensus
            # estimate of 520,000")
            metric, forced_status = _ACTUAL_OF.get(prev_event.metric, prev_event.metric), "forecast"
        if _ESTIMATE_AFTER.match(text, num.value_end, min(len(text), num.value_end + 80)):
            # "beating the 114.7 billion yuan average of 15 analyst estimates": a forecast
            if metric is None and prev_event is not None:
                metric = prev_event.metric
            forced_status = "forecast"
        stretch_of: ExtractedEvent | None = None
        if (
            metric is None
            and prev_event is not None
            and prev_num is not None
            and prev_event.metric == "delivery_target"
            and _unit_kind(prev_num.unit) == kind
            and lang in ("en", "zh")
            and _STRETCH_GOAL.fullmatch(text, prev_num.end, num.start)
        ):
            # "交付目标是10万台以上，力争12万台", "a target of 100,000, and it will strive for
            # 120,000": a second, higher goal of the same period
            metric, forced_status, stretch_of = prev_event.metric, "target", prev_event
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
                (
                    len(gap) <= 40
                    and (
                        _TABLE_GAP.fullmatch(gap)
                        or re.fullmatch(
                            # (a case ending after the figure: "150.000'den 300.000 araca")
                            # ("40,000 (Oct) from 30,000 (Jul)": the item's period in brackets)
                            r"(?:\+|-?plus|余辆|多辆|余台|多台)?(?:['’](?=[^\W\d_]))?[\s,，、;；(（]*(?:[\w-]+[)）]?\s+){0,3}?(?:(?:in|for|during)\s+(?:the\s+)?\w+"
                            # "40,000 in October; 38,000 in September; and 30,000 in August"
                            r"(?:\s+(?:quarter|half|month))?(?:\s+(?:of\s+)?\d{4})?)?[\s,，、;；(（]*"
                            # "，9月、10月均超4万辆", "，二季度为206亿元": the next item's period first
                            r"(?:(?:20\d\d\s*年)?(?:第?[一二三四1-4]季度|[上下]半年|"
                            r"(?:\d{1,2}\s*月份?\s*[、和及与]?\s*)+|今年|去年|明年|"
                            # "约41万辆，2026年将达55万辆": the next item's year alone
                            r"(?<=年)|"
                            # "；1-10月累计超31万", "，前10个月累计…"
                            # (_LIST_DAYS has blanked the months: "1- 累计超")
                            r"\d{1,2}\s*[-–~～至到]\s*(?:\d{1,2}\s*月份?)?\s*|"
                            r"前(?:\d{1,2}|[一二三四五六七八九十]{1,2})个?月|"
                            # "10分钟大定突破6900台，2小时突破1万台": the next item's window
                            r"\d{1,3}\s*(?:分钟|小时|天)内?)"
                            r"(?:的|均|都|也|累计)?)?"
                            # "3万余辆（7月）增至4万余辆（10月）": the item's month in brackets
                            r"[)）]?\s*"
                            # ("11月也会超过2万台": the future with 会 too)
                            # ("11月、12月也都超过了2万辆", "9月首次突破4万辆": two adverbs, 了;
                            # "从10万辆两次上调至13万辆": how many times)
                            r"(?:均|都|也|亦|又|继续|再次|再度|首次|首度|仍|依然|[两二三多]次|一再){0,2}(?:将|预计|有望|或将|会|會)?\s*"
                            r"(?:and|or|while|with|to|和|及|、|达到?(?:峰值)?|为|至|到|突破了?|收窄至|扩大至|降至|升至|增至|超过?了?|逾|"
                            # "从6月的2.5万辆跃升至9月的4万辆以上": a rise's new level
                            r"(?:跃|攀|飙|上|回)升(?:至|到)|增(?:长|加)(?:至|到)|"
                            r"[上下]调[至到]|[上下]修[至到]|提[高升][至到]|调整?[至到为])?"
                            # "40,000 in October, and another 45,000 in November"
                            r"(?:\s*(?:another|a\s+further|then|又|再))?"
                            # "收窄至第二季度的3亿元": the next item's period between the joiner and it
                            r"(?:(?:20\d\d\s*年)?(?:第?[一二三四1-4]季度|[上下]半年|\d{1,2}\s*月|今年|去年)的?)?"
                            # (the month blanked by _LIST_DAYS: "增至9月的" reads "增至 的")
                            r"(?:\s+的)?"
                            # "25,000 in July and about 30,000 in August": the next item's own bound
                            r"(?:\s*(?:about|around|nearly|almost|roughly|some|over|more\s+than|"
                            r"(?:just\s+)?(?:over|under)|约|近|超过?))?"
                            r"\s*(?:人民币|RMB)?\s*",
                            gap,
                            re.I,
                        )
                    )
                )
                or (
                    # "200.000 pedidos bloqueados y, tras 18 horas, 240.000": the next window's
                    # bare figure
                    prev_event.period_kind == "window"
                    and num.unit is None
                    and _locale_window_gap(cfg, gap)
                )
                or (
                    # "naik dari 9,2 miliar yuan pada periode yang sama tahun lalu menjadi 29
                    # miliar yuan": the new level after the old one and its year back
                    lang not in ("en", "zh")
                    and len(gap) <= 80
                    and not re.search(r"\d", gap)
                    and cfg.year_earlier_word_re.search(gap) is not None
                    and scan.search(
                        cfg.level_change_from_re, text, max(0, prev_num.start - 60), prev_num.start
                    )
                    is not None
                )
                or (
                    # "a target of 350,000, raised in March from originally 300,000": the old
                    # level, a time or a word of its own between the verb and "from"
                    len(gap) <= 70 and _REVISED_FROM_GAP.fullmatch(gap) is not None
                )
                or (
                    # "… 6,230 last week, while the SU7 added 3,110", 小米YU7周销量6120辆，小米SU7
                    # 为3350辆, "2,800 of the SU7 Max in November, alongside 9,000 of the other
                    # trims": the next item, told by its model (or none) and a verb that carries
                    len(gap) <= 90 and _NAMED_NEXT_ITEM.fullmatch(gap) is not None
                )
                or (
                    # "200,000 locked orders within three minutes of going on sale, and
                    # 289,000 within the first hour": the next item, told by its window
                    lang == "en"
                    and len(gap) <= 120
                    and _ELLIPTIC_AND.search(gap) is not None
                    and _WINDOW_NEXT.match(text, num.end) is not None
                )
            ):
                metric = prev_event.metric  # "7,058 in April and 8,646 in May"
        if metric is None and i == price_row:
            metric = "price"
        last_capacity = (
            prev_event
            if prev_event is not None and prev_event.metric == "production_capacity"
            else ctx.last_event
            # (a phase's number before the figure, "2단계는 연 15만 대를 더한다", is no figure)
            if (i == 0 or (cfg.lang not in ("en", "zh") and prev_event is None))
            and ctx.last_event is not None
            and ctx.last_event.metric == "production_capacity"
            else None
        )
        if (
            metric is None
            and last_capacity is not None
            and _unit_kind(last_capacity.unit) == kind
            and (
                _PHASE_CARRY.search(text, max(0, num.start - 60), num.start)
                or _phase_carry(cfg, text, num)
            )
        ):
            # "Phase one … has an annual capacity of 150,000 vehicles. Phase two … adds another
            # 150,000", 一期年产能15万辆，二期同样为15万辆，合计30万辆: the next phase's, or all
            # phases', capacity
            metric = "production_capacity"
        if (
            metric is None
            and prev_event is not None
            and prev_num is not None
            and _unit_kind(prev_num.unit) == kind
            and prev_event.metric != "other"
            and (
                _PRIOR_IN_BRACKET.fullmatch(text, prev_num.end, num.start)
                or (
                    lang not in ("en", "zh")
                    and _PRIOR_IN_BRACKET_LOCALE.fullmatch(text, prev_num.end, num.start)
                )
            )
        ):
            # "deliveries: 108,796 (Q2: 81,302)": the bracket gives another period's figure
            metric = prev_event.metric
        if (
            metric is None
            and prev_event is not None
            and prev_event.metric == "price"
            and prev_num is not None
            and prev_num.unit == num.unit
            and _TRIM_ROW_GAP.fullmatch(text, prev_num.end, num.start)
        ):
            metric = "price"  # "Standard 215,900 | Pro 245,900 | Max 299,900": the next trim's
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
        if (
            metric is None
            and lang == "en"
            and kind == "count"
            and num.unit is None
            and prev_num is None
            and compared_rival is None
            and ctx.rival_measure is not None
            and _xiaomi_opens_round_up(text, num, entity_hits)
        ):
            # "Tesla registered 15,300 vehicles … Leapmotor led with 13,100. Xiaomi came in at
            # 9,200": Xiaomi's bare figure in a round-up, of the rivals' measure
            metric = ctx.rival_measure
        if (
            metric is None
            and compared_rival is not None
            and _unit_kind(compared_rival[0].unit) == kind
            and _xiaomi_and_item(text, compared_rival[0], num, entity_hits)
        ):
            # "Leapmotor delivered 70,327 vehicles and Xiaomi more than 40,000": Xiaomi's item
            # after a rival's, of the rival's measure
            metric = compared_rival[1]
        if (
            metric is None
            and compared_rival is not None
            and _unit_kind(compared_rival[0].unit) == kind
            and _SCORE_TO.fullmatch(text, compared_rival[0].end, num.start)
        ):
            # "Tesla's Model Y outsold the YU7 in October, 36,000 units to 18,600": the score's
            # second figure, of the first's measure (whose it is: subjects._score_owner)
            metric = compared_rival[1]
        if (
            metric is None
            and lang in ("en", "zh")
            and kind == "count"
            and _maker_list_item(text, num, entity_hits, comp_hits)
        ):
            # "Leapmotor 45,067, XPeng 33,525, Xiaomi 28,000-plus", 零跑70327辆、小米汽车超4万辆:
            # Xiaomi's item of a round-up of makers takes the measure the sentence names
            # before it, or else what such a round-up counts, the cars delivered
            found = _metric(cfg, text, num, 0, hi, 0, c_right, cues)
            metric = found if found in COUNT_METRICS else "deliveries"
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
            and (
                prev_event.metric != "other"
                # "毛利率为23.2%，较上季度的20.4%", "a margin of 26.4%, against 23.2%": the
                # margin compared with
                or (prev_event.label == "gross margin" and num.unit == "percent")
                # "450 car stores at the end of 2025, up from 229 a year earlier": the store
                # count a year back, a bare count
                # (only a base of its own time: not "up from 229 when it started")
                or (lang == "en" and _level_base(cfg, text, num, prev_event))
            )
            and (
                num.start - prev_num.end <= 60
                # "…bulan lalu, lebih rendah dibandingkan Mei yang melampaui 28.000 unit": the
                # comparison word near this figure, the other figure further back
                or (
                    lang not in ("en", "zh")
                    and scan.search(
                        cfg.compared_re, text, max(prev_num.end, num.start - 40), num.start
                    )
                    is not None
                )
                # "…, contre le quatrième trimestre 2024, où il avait atteint 16,7 milliards":
                # the figure in a base opened after the other one (data `base_when`)
                or (
                    lang not in ("en", "zh")
                    and any(prev_num.end <= a and a < num.start < b for a, b in bases)
                )
            )
            # (not "compared with a market average of 18%": the market's figure)
            and not _MARKET_NORM.search(text, max(prev_num.end, num.start - 40), num.start)
            and (
                scan.search(cfg.compared_re, text, prev_num.end, num.start)
                or cfg.year_earlier_re.match(text, num.value_end, num.value_end + 60)
                or cfg.year_earlier_lead_re.search(text, max(0, num.start - 40), num.start)
                # "283억 위안으로 전 분기(206억 위안)보다": the previous quarter's, said before it
                or cfg.quarter_earlier_lead_re.search(text, max(0, num.start - 24), num.start)
                or cfg.month_earlier_lead_re.search(text, max(0, num.start - 24), num.start)
                # "…, broadly flat on the previous week's 9,050"
                or cfg.week_earlier_lead_re.search(text, max(0, num.start - 24), num.start)
                # "…, well above Q2's 81,302", "topping October's 40,000"
                or (cfg.lang == "en" and _POSSESSIVE_PERIOD.search(text, prev_num.end, num.start))
            )
        ):
            # "81.000 Autos aus, nach 27.000 im Vorjahresquartal", "contro le 27.307": the
            # figure compared with is a figure of the same measure
            metric = prev_event.metric
        if (
            lang == "en"
            and prev_event is not None
            and prev_num is not None
            and prev_event.metric == "other"
            and prev_event.label in NOUN_LABELS
            and num.unit is None
            and _LEVEL_BASE_GAP.fullmatch(text, prev_num.end, num.start) is not None
            and not _level_base(cfg, text, num, prev_event)
        ):
            continue  # "450 stores, up from 229 when it began selling cars": a base of no time
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
        if metric is None and num.unit == "people" and _TEAM_BEFORE.search(text, 0, num.start):
            # "造车团队从最初的几十人起步，如今已扩充至超过1.8万人", "the car team, which started
            # with a handful of engineers, now numbers more than 18,000 people": its size
            metric = "headcount"
        if (
            metric is not None
            and num.count_noun is not None
            and cfg.other_noun_re.match(num.count_noun)
            and not (num.unit == "people" and num.count_noun == "次")  # 人次: people
            and not plant_price(num)
            and not registered_times(text, num)
        ):
            # "40,000 cars through its 400 stores", "in 58 cities": a count of what the noun
            # names never takes the measure of the figure before it
            metric = None
        if (
            metric is None
            and phone_count is not None
            and _unit_kind(phone_count[0].unit) == kind
            and c_left <= phone_count[0].start
            and _cars_nearer(cfg, text, num, numbers, c_left, c_right)
        ):
            # "sold 12 million phones and 35,000 cars", 卖出1500万部手机和4万多辆汽车: the verb
            # the phones' figure took is the cars' too
            metric = phone_count[1]
        if (
            metric == "revenue"
            and lang == "en"
            and (
                (
                    scan.search(_MARKET_TURNOVER, text, c_left, num.start)
                    and not any(c_left <= s_ < num.start for s_, _, _ in entity_hits)
                )
                or scan.search(_STOCK_TURNOVER, text, c_left, num.start)
                or (
                    scan.search(_TURNOVER_WORD, text, max(0, num.start - 40), num.start)
                    and _STOCK_MOVE.search(text)
                )
            )
        ):
            continue  # "Turnover was HK$251 billion": the market's trading, nobody's revenue
        if (
            num.unit in MONEY_UNITS
            and lang in ("en", "zh")
            and (share := scan.search(_SHARE_PRICE, text, max(c_left, num.start - 60), num.start))
            and not scan.search(_NOT_SHARE_MONEY, text, num.end, min(len(text), num.end + 40))
            and not _MOVED_BY_NEWS.search(text, share.end(), num.start)
        ):
            continue  # "cut its price target on the stock to HK$50 from HK$58": a share's price
        if metric in ("revenue", "net_loss") and (
            _non_car_money(text, c_left, num.start, ctx.non_car_segment)
            if cfg.lang in ("en", "zh")
            else _locale_non_car_money(cfg, text, num.start)
        ):
            phones = (num, metric)
            continue  # the phone or IoT segment's money, not the car business's
        if (
            metric in COUNT_METRICS
            and _counts_non_car(cfg, clause)
            and not any(
                e.kind in ("model", "auto") and c_left <= s_ < c_right for s_, _, e in entity_hits
            )
            and not _cars_nearer(cfg, text, num, numbers, c_left, c_right)
        ):
            phone_count = (num, metric)
            continue  # phone or gadget sales
        if (
            metric in COUNT_METRICS
            and lang in ("en", "zh")
            and _phone_told_last(cfg, text, num.start, c_right)
            and not any(e.kind in ("model", "auto") for _, _, e in entity_hits)
        ):
            # "小米15系列发布以来，首销5分钟销量突破100万台": the phone named earlier in the
            # sentence, and no car after it, is what the later clause counts
            phone_count = (num, metric)
            continue
        if (
            metric in COUNT_METRICS
            and lang in ("en", "zh")
            and _PRODUCT_BACK.search(clause) is not None
            and phone_named_last(cfg, ctx)
            and not any(
                e.kind in ("model", "auto") and c_left <= s_ < c_right for s_, _, e in entity_hits
            )
            and not scan.search(cfg.business_res["cars"], clause)
            and not _CAR_UNIT_WORD.search(clause)
        ):
            # "Xiaomi launched its Xiaomi 17 series … Sales of the series topped 1 million
            # units": the phone the sentence before named last, pointed back to
            phone_count = (num, metric)
            continue
        if (
            metric is None
            and not entity_hits
            and not (
                num.unit == "percent"
                and ctx.last_entity is not None
                and (
                    _ROW_SHAPE.match(text) is not None
                    # a row with its figure first: "• 24.1% — gross margin", "- 23% gross margin"
                    or (
                        _MARGIN_FIRST_ROW.fullmatch(text) is not None
                        and ctx.last_entity.kind != "group"  # not the group's margin
                    )
                )
                and _label(cfg, text, num, c_left, c_right) == "gross margin"
            )
            and not (
                # "3. 门店：335家", "- Stores: 402" among the rows under a heading that named Xiaomi
                num.unit is None
                and ctx.last_entity is not None
                and not ctx.last_competitor
                and _ROW_SHAPE.match(text) is not None
                and _label(cfg, text, num, c_left, c_right) in NOUN_LABELS
            )
            and not (
                # "Biên lợi nhuận gộp của mảng này đạt 25,5%" right after the car business's
                # money: its gross margin (the segment named before the figure)
                lang not in ("en", "zh")
                and num.unit == "percent"
                and ctx.last_event is not None
                and ctx.last_event.subject == "Xiaomi Auto"
                and (
                    ctx.last_event.metric in ("revenue", "net_loss", "other", "deliveries")
                    # (or its average price, the only price the car business has: "средняя цена
                    # продажи — около 260 тыс. юаней. Валовая маржа составила 25,5%")
                    or ctx.last_event.metric == "price"
                )
                and (
                    _car_words(cfg, text[c_left : num.start])
                    # "粗利益率は25.5％だった": a clause that opens on the margin, no other name
                    or num.start - c_left <= 12
                    # "Biên lợi nhuận gộp đạt 23,2%": the margin's label, a verb, the figure
                    or _margin_opens(cfg, text, c_left, num.start)
                    # (also past the comma of a list: "売上高は213億元、粗利益率は26.4%")
                    or _margin_opens(
                        cfg,
                        text,
                        max(
                            text.rfind("、", c_left, num.start), text.rfind(", ", c_left, num.start)
                        )
                        + 1,
                        num.start,
                    )
                )
                and not cfg.non_car_re.search(text, c_left, num.start)
                and _label(cfg, text, num, c_left, c_right) == "gross margin"
            )
            and not (
                # "Its car stores now total 402", 其销售门店已达402家 after a sentence that named
                # Xiaomi: the stores the subject of their verb, their owner the one told before
                lang in ("en", "zh")
                and ctx.last_entity is not None
                and not ctx.last_competitor
                and _store_count_told(text, num, c_left)
                and _label(cfg, text, num, c_left, c_right) == "stores"
            )
            and not (
                lang in ("en", "zh")
                and (
                    (
                        num.unit == "percent"
                        and ctx.last_event is not None
                        and ctx.last_event.subject == "Xiaomi Auto"
                        and ctx.last_event.metric in ("revenue", "net_loss", "other", "deliveries")
                        and (
                            _car_words(cfg, text[c_left : num.start])
                            or _ITS_OPENS.match(text, c_left) is not None
                            # "该分部收入为290亿元，…；毛利率为25.5%", "revenue came to X, and
                            # the gross margin was 18.5%": the margin right after the car
                            # business's money in the same sentence is the same business's
                            or (
                                ctx.last_event.char_start == sent.start
                                # "共交付新车75869辆，毛利率为23.2%": deliveries told first too
                                and ctx.last_event.metric in ("revenue", "net_loss", "deliveries")
                            )
                        )
                        and _label(cfg, text, num, c_left, c_right) == "gross margin"
                    )
                    # "分部毛利率为25.5%，上季度为26.4%": the margin before, in the margin's
                    # own sentence (named below from the margin told first)
                    or (
                        num.unit == "percent"
                        and prev_event is not None
                        and prev_event.label == "gross margin"
                        and prev_num is not None
                        and prev_num.unit == "percent"
                        and num.start - prev_num.end <= 12
                        and _BEFORE_WAS.search(text, c_left, num.start) is not None
                    )
                    or (
                        ctx.last_entity is not None
                        and not ctx.last_competitor
                        and _car_segment_last(cfg, text, c_left, num.start)
                        and _label(cfg, text, num, c_left, c_right) in _RESULT_LABELS
                    )
                    # "Last quarter the gross margin was 26.4%." after the car business's
                    # margin of a quarter named: the same margin (dated below, the quarter
                    # before the one told)
                    or (
                        lang == "en"
                        and num.unit == "percent"
                        and (margin := ctx.last_margin) is not None
                        and margin.subject == "Xiaomi Auto"
                        # (a margin with no period of its own yet takes the story's quarter
                        # later)
                        and margin.period_kind in ("quarter", "none")
                        and not _LAST_QUARTER.search(margin.period_text or "")
                        and _MARGIN_LAST_QUARTER.match(text, c_left, num.start) is not None
                        and _LAST_QUARTER.search(text, c_left, c_right) is not None
                        and _label(cfg, text, num, c_left, c_right) == "gross margin"
                    )
                )
            )
        ):
            # (but "• Gross margin: 25.5%" among the rows of "Xiaomi EV, highlights of the
            # quarter:" is the rows' subject's; "汽车业务毛利率为24.1%", "Its gross margin rose to
            # 25%" right after the car business's money; and 汽车业务毛利率25.5% after a sentence
            # that named Xiaomi: the car business's result, its segment named before the figure)
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
        # "About 70% of the 40,000 cars delivered in October were YU7s": the model is what a
        # part of the whole was, the whole is not its own
        parts = tuple(
            h
            for h in names
            if h[2].kind == "model"
            and h[0] >= num.end
            and lang == "en"
            and _SHARE_BEFORE_WHOLE.search(text, max(0, num.start - 30), num.start)
            and _PART_WAS.search(text, num.end, h[0])
        )
        names = tuple(h for h in names if h not in parts)
        # a whole whose only names are its parts' models is the company's
        whole_of_parts = bool(
            metric in ("deliveries", "production")
            and not comp_hits
            and not names
            and entity_hits
            and all(h[2].kind == "model" for h in entity_hits)
            and (
                parts
                or any(
                    h[1] <= num.start and _SHARE_OF_WHOLE.search(text, h[1], num.start)
                    for h in entity_hits
                )
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
        if bracket_base_of is not None and not entity_hits:
            subject = _named(cfg, bracket_base_of.subject) or subject  # (and its owner)
        if subject is None and whole_of_parts:
            subject = _named(cfg, "Xiaomi Auto")
        if (
            metric == "price"
            and lang in ("en", "zh")
            and (tied := _generic_price_tied(text, [num], entity_hits)) is not None
        ):
            # "一辆售价21.59万元的纯电轿车，这就是小米SU7": the model the car is said to be,
            # named in the clause after the price
            subject = tied[2]
        if (
            subject is not None
            and subject.kind == "group"
            and metric in ("revenue", "net_loss", "other")
            and not entity_hits
            and (
                (
                    ctx.last_event is not None
                    and ctx.last_event.subject == "Xiaomi Auto"
                    and (
                        ctx.last_event.unit == num.unit
                        # "Xiaomi's EV segment posted revenue of …, and delivered 81,302
                        # vehicles. Its operating loss …": the sentence before was the car
                        # segment's, whatever it counted last
                        or ctx.car_segment_before
                    )
                )
                # (or with no event kept before it: "La división de vehículos eléctricos …
                # registró un beneficio operativo …. Sus ingresos alcanzaron …")
                or (ctx.last_event is None and ctx.car_segment_before)
            )
            and _POSSESSIVE_OPENS.match(text)
        ):
            # "The EV division's revenue was 21.3bn yuan. Its operating loss narrowed to …",
            # "Sa perte d'exploitation …": "its" is the business of the figure before
            subject = _named(cfg, "Xiaomi Auto") or subject
        if (
            subject is not None
            and subject.kind == "group"
            and metric in ("revenue", "net_loss", "other")
            and lang in ("en", "zh")
            and ctx.car_segment_before
            and (answer := _ANSWER_OPENS.match(text)) is not None
            # (no name but the speaker's: "雷军：", "Lu Weibing:")
            and all(e.kind == "group" and s_ < answer.end() for s_, _, e in entity_hits)
        ):
            # "问：大家关心汽车业务什么时候赚钱。雷军：……三季度经调整净亏损约15亿元": an answer's
            # money is that of the business the question right before asked about
            subject = _named(cfg, "Xiaomi Auto") or subject
        # a result right after the car business's in the same sentence, with no other name
        # between ("…, the segment's gross margin was 25.5%, and it posted an operating profit
        # of 700 million yuan")
        after_car_result = bool(
            lang in ("en", "zh")
            and subject is not None
            and metric in ("revenue", "net_loss", "other")
            and prev_event is not None
            and prev_event.subject == "Xiaomi Auto"
            and prev_event.metric in ("revenue", "net_loss", "other")
            and prev_num is not None
            and _car_words(cfg, text[: prev_num.start])
            and not any(prev_num.end <= s_ < num.start for s_, _, _ in entity_hits)
            and not scan.search(cfg.business_res["group_total"], text, prev_num.end, num.start)
            and not cfg.non_car_re.search(text, prev_num.end, num.start)
        )
        if (
            after_car_result
            and subject is not None
            and subject.kind == "group"
            and metric in ("revenue", "net_loss")
        ):
            # "小米二季度汽车业务毛利率26.4%，经营亏损收窄至3亿元": the loss right after the car
            # business's result in the same sentence, with no other name between, is its own
            subject = _named(cfg, "Xiaomi Auto") or subject
        if (
            lang == "en"
            and subject is not None
            and subject.kind == "group"
            and not entity_hits
            and num.unit == "percent"
            and ctx.last_margin is not None
            and ctx.last_margin.subject == "Xiaomi Auto"
            and _MARGIN_LAST_QUARTER.match(text, c_left, num.start)
        ):
            # "Xiaomi reported its results. The EV unit's gross margin was 25.5%. Last quarter
            # the gross margin was 26.4%.": the margin of the business told before
            subject = _named(cfg, "Xiaomi Auto") or subject
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
        if (
            subject is not None
            and metric in COUNT_METRICS
            and cfg.lang in ("en", "zh")
            and not entity_hits
            and scan.search(_MARKET_NAMED, text, 0, num.start)
            and scan.search(_MARKET_SALES, text, c_left, num.start)
            and not scan.search(_ITS_OWN, text, 0, num.start)
        ):
            # "The country's passenger car market grew 9% in June, …, with retail sales of 1.9
            # million units": a sentence about the market, naming no Xiaomi name, is nobody's
            continue
        if subject is None:
            if metric not in (None, "other") and cfg.lang not in ("en", "zh"):
                rival = (num, metric)
            elif metric not in (None, "other"):
                compared_rival = (num, metric)
                if metric in COUNT_METRICS:
                    ctx.rival_measure = metric
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
                text, max(own_left, num.start - 40), min(c_right, num.end + 60)
            )
        if cancelled is not None and _NEGATED_BEFORE.search(
            text, max(0, cancelled.start() - 24), cancelled.start()
        ):
            # "locked orders - orders whose deposits can no longer be refunded", 不可退订: a
            # gloss on what locking means, no cancellation
            cancelled = None
        if cancelled is not None:
            # "5,000 SU7 orders were cancelled", 约3万名车主申请退订: cancellations, not orders
            metric = "other"
        goal_of_label = (
            metric in ("delivery_target", None)
            and prev_event is not None
            and prev_event.metric == "other"
            and prev_event.label in NOUN_LABELS
            and prev_num is not None
            and num.unit is None
            and _GOAL_VERB_BEFORE.search(text, max(c_left, num.start - 30), num.start) is not None
        )
        if goal_of_label:
            # "runs 402 stores …, and aims for 1,000 by the end of 2026": the goal counts what
            # the figure before counted, not cars delivered
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
                and lang == "en"
                and prev_event is not None
                and _level_base(cfg, text, num, prev_event)
            ):
                label = prev_event.label  # (a bare base counts what the level counts)
            if lang != "zh" and label in ("operating profit", "operating loss", "gross profit"):
                # (Chinese names the segment before a run of its figures: 分部…经营收益7亿元)
                owner = _subject(
                    cfg,
                    text,
                    num,
                    c_left,
                    c_right,
                    names,
                    comp_hits,
                    ctx,
                    "revenue",
                    models_in_doc,
                    bases,
                )
                # (nor, in the languages of data/lang/, right after the car business's result
                # with no other name between: "выручка автобизнеса Xiaomi составит 150 млрд
                # юаней, а операционная прибыль — 6 млрд юаней")
                after_car_locale = (
                    lang not in ("en", "zh")
                    and prev_event is not None
                    and prev_event.subject == "Xiaomi Auto"
                    and prev_event.metric in ("revenue", "net_loss", "other")
                    and prev_num is not None
                    and not any(prev_num.end <= s_ < num.start for s_, _, _ in entity_hits)
                    and not scan.search(
                        cfg.business_res["group_total"], text, prev_num.end, num.start
                    )
                    and not cfg.non_car_re.search(text, prev_num.end, num.start)
                )
                if (
                    owner is not None
                    and owner.kind == "group"
                    and any(h[2].kind == "group" for h in names)
                    and not after_car_result
                    and not after_car_locale
                ):
                    # "Xiaomi Group's … operating profit was 13.4 billion yuan": whose money is
                    # read as revenue's is; the group's profit is not the car business's (only
                    # when the sentence names the group: "Unit itu membukukan laba operasional"
                    # after the car unit's revenue names nobody and stays the car unit's)
                    continue
            if (
                label is None
                and num.unit in MONEY_UNITS
                and _EARNED_BEFORE.search(text, max(c_left, num.start - 24), num.start)
                and _OPERATING_PROFIT_WORD.search(text)
            ):
                # "asked whether the unit's first operating profit could last, he said the
                # segment earned 700 million yuan": the profit the sentence names
                label = "operating profit"
            if (
                label is None
                and (bringing is not None or goal_of_label)
                and prev_event is not None
                and prev_event.metric == "other"
            ):
                label = prev_event.label  # "added 12 stores, bringing its total to 402"
            if (
                label is None
                and prev_event is not None
                and prev_event.metric == "other"
                and prev_event.label == "gross margin"
                and prev_num is not None
                and prev_num.unit == num.unit == "percent"
                and (
                    _PREVIOUS_VALUE.search(text[prev_num.end : num.start])
                    # "25.5%，较去年同期的17.1%", "26.4%，上一季度为23.2%", "23.2%, versus
                    # 20.4% a year earlier": the margin it is compared with
                    or (
                        num.start - prev_num.end <= 30
                        and (
                            scan.search(cfg.compared_re, text, prev_num.end, num.start)
                            or _BEFORE_WAS.search(text, prev_num.end, num.start)
                        )
                    )
                )
            ):
                # "25.5% in the third quarter, down from 26.4% in the second": the margin
                # before, a level of its own, of the same business
                label = prev_event.label
                subject = _named(cfg, prev_event.subject) or subject
            elif (
                label == "gross margin"
                and subject.kind == "group"
                and (
                    _car_words(cfg, clause)
                    # "小米二季度交付新车81302辆，毛利率达26.4%": the margin right after the car
                    # business's deliveries in the same sentence is that business's
                    or (
                        prev_event is not None
                        and prev_event.subject == "Xiaomi Auto"
                        and prev_event.metric == "deliveries"
                        and lang in ("en", "zh")
                    )
                    or _margin_after_car_segment(cfg, text, num, ctx, entity_hits)
                )
            ):
                # "the gross margin of the EV business was 25.5%": the car business's
                subject = _named(cfg, "Xiaomi Auto") or subject
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
            # (not "expects to build about 40,000 cars a month": a planned pace of output)
            and not _PLANS_TO_BUILD.search(text, c_left, num.start)
        ):
            metric = "production_capacity"  # "could produce 20,000 cars per month"
        if metric == "deliveries" and status == "target":
            metric = "delivery_target"
        met = scan.search(_GOAL_MET, text[max(c_left, num.start - 60) : num.start])
        if met is None and cfg.lang not in ("en", "zh"):
            met = cfg.goal_met_re.search(text, max(c_left, num.start - 100), num.start)
            if met is not None and scan.search(cfg.annual_target_re, met.group(0)):
                # "a atteint dès novembre son objectif annuel de 350 000": the year's goal,
                # told as met (English "hit its annual target of 350,000 in November")
                met = None
        if met is not None and _YEAR_TARGET.search(met.group(0)):
            # "has reached its 2024 target of 130,000 deliveries": the year's goal, told as
            # met (as the languages' annual_target)
            met = None
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
            hits = [(s, e) for s, e, ent in entity_hits if ent is subject]
            sole = (
                # the SU7 while it was all Xiaomi sold: its goal is the company's, as named
                "SU7" in subject.name
                and cfg.one_model_until is not None
                and ref is not None
                and ref <= cfg.one_model_until
            )
            if (
                subject.kind == "model"
                and cfg.lang in ("en", "zh")
                and hits
                and not sole
                # (not "小米为其定下的全年1万台": the goal set for the model told before)
                and not _FOR_IT.search(text, max(0, num.start - 24), num.start)
                and not any(
                    (
                        e <= num.start
                        and num.start - e <= 40
                        and not re.search(r"[,，;；:：]", text[e : num.start])
                    )
                    or (
                        s >= num.end
                        and s - num.end <= 40
                        and not re.search(r"[,，;；:：]", text[num.end : s])
                    )
                    for s, e in hits
                )
            ):
                # "relying on the YU7, which goes on sale in June, to help it hit a target of
                # 350,000", 将推出
                # 第二款车型YU7，全年交付目标为35万台: a car named apart from the goal is not its
                # owner (not "the YU7's target of 100,000", "to sell 10,000 SU7 Ultras", "a
                # goal of 50,000 deliveries for the YU7")
                subject = _named(cfg, "Xiaomi Auto") or subject
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
        if (
            metric == "price"
            and subject.name != "Xiaomi Auto"
            and prev_event is not None
            and prev_num is not None
            and prev_event.metric == "price"
            and prev_event.subject == "Xiaomi Auto"
            and prev_event.period_kind in ("quarter", "none")
            and scan.search(cfg.compared_re, text, prev_num.end, num.start)
            and not any(prev_num.end <= s_ < num.start for s_, _, _ in entity_hits)
        ):
            # "单车平均售价约为26.0万元，较上一季度的25.4万元", "an average price of 260,000 yuan, up
            # from 254,000": the average it is compared with, of the same business
            average = True
            subject = _named(cfg, "Xiaomi Auto") or subject
        if metric == "price" and subject.kind == "auto" and not average:
            # the car business has a list price only through its cars ("the new car costs
            # from ..."); its average selling price is its own
            subject = _car_subject(cfg, ctx, metric, models_in_doc)
        if metric == "investment" and subject.kind == "group":
            subject = _named(cfg, "Xiaomi Auto") or subject
        if (
            metric == "rd_spend"
            and subject.kind == "group"
            and _FOR_CAR_BUSINESS.search(text, num.end, c_right)
        ):
            # "will spend 7.5 billion yuan on R&D for its car business": the car business's
            subject = _named(cfg, "Xiaomi Auto") or subject
        if (
            metric == "headcount"
            and subject.kind == "group"
            and _CAR_TEAM.search(text, 0, num.start)
            and not any(h[2].kind == "group" and h[0] < num.start for h in entity_hits)
        ):
            # "造车团队…如今已扩充至超过1.8万人", "the car team now has 18,000 people": the car
            # business's people, its team named in a clause before the figure
            subject = _named(cfg, "Xiaomi Auto") or subject
        if (
            metric == "headcount"
            and lang in ("en", "zh")
            and subject.kind == "group"
            and _PLANT_STAFF.search(text, 0, num.start)
            and not non_car_plant(cfg, text)
            and not ctx.non_car_plant
        ):
            # "raise the plant's workforce to about 10,000", 工厂员工规模扩大至约5000人: the car
            # plant's people are the car business's
            subject = _named(cfg, "Xiaomi Auto") or subject
        if metric == "price" and _phone_priced(cfg, text, num, entity_hits):
            # "le Xiaomi 17 Ultra, vendu 1 499 euros": the phone's price, not a car's
            continue
        if (
            metric == "headcount"
            and lang in ("en", "zh")
            and subject.kind == "group"
            and (
                non_car_plant(cfg, text)
                or (ctx.non_car_plant and _PLANT_BACK.search(text, 0, num.start) is not None)
            )
        ):
            # "The air-conditioner plant will employ 3,000 people": not the car business's staff
            continue
        if (
            lang == "en"
            and subject.kind == "model"
            and metric in ("deliveries", "production")
            and prev_num is not None
            and (own_clause := _OWN_SUBJECT_CLAUSE.search(text, prev_num.end, num.start))
            is not None
            and _GENERIC_CARS_AFTER.match(text, num.value_end) is not None
            and not any(
                h[2].kind == "model" and own_clause.start() <= h[0] < num.start for h in entity_hits
            )
        ):
            # "Xiaomi delivered 10,000 SU7s in July, and its delivery centres handed over
            # 2,000 cars on Aug. 11": a clause with its own subject and plain "cars" counts
            # the company's cars, not the model of the clause before
            subject = _named(cfg, "Xiaomi Auto") or subject
        if subject.kind == "model":
            ctx.sentence_model = subject
        # the periods of what the figure is compared with are not its own
        own = _without_bases(text, bases, num)
        if lang == "en":
            # "…, the company said this week": when it was said, not the figure's week
            own = _SAID_THIS_WEEK.sub(lambda m: " " * len(m.group(0)), own)
            # "The YU7, whose deliveries began on June 26, accounted for more than 100,000 of
            # them": the day the count started, in an aside before it, is not its day
            # (a part of the total told before: "… of them", not a count since that day)
            if _OF_THEM.match(own, num.end):
                for aside in _STARTED_ASIDE.finditer(own, 0, num.start):
                    own = own[: aside.start()] + " " * len(aside.group(0)) + own[aside.end() :]
        if lang not in ("en", "zh"):
            held = next((a for a, b in bases if a <= num.start < b), None)
            if (
                held is not None
                and held > c_left
                and _resolve(lang, own[held : num.start], ref, "actual", doc_year).start is not None
            ):
                # "25.000 unit bulan lalu, lebih rendah dibandingkan Mei yang melampaui
                # 28.000 unit": the base that holds the figure names its own period
                own = own[:c_left] + " " * (held - c_left) + own[held:]
        set_day: dt.date | None = None
        set_year: int | None = None  # the year of a month it was set or said in, told alone
        if status in ("target", "forecast"):
            # "a 2025 target of 300,000 set in March": March is when, 2025 what for; a day
            # said there ("at an investor conference on April 23") is when it was stated
            for m in scan.finditer(cfg.set_when_re, own):
                days = en_dates(m.group(0), ref, False) if cfg.lang == "en" else ()
                set_day = days[-1][2] if days else set_day
                if cfg.lang == "en" and ref is not None and not days:
                    said_in = _resolve("en", m.group(0), ref, "actual", doc_year)
                    if said_in.kind == "month" and said_in.start is not None:
                        set_year = said_in.start.year
            own = cfg.set_when_re.sub(_blank_when, own)
        if (
            old_level is not None
            and lang not in ("en", "zh")
            and (yb := cfg.year_earlier_word_re.search(own, max(0, num.start - 12), num.start))
            and not re.search(r"\d", own[yb.end() : num.start])
        ):
            # "前年同期の15.4%から26.4%に拡大": the year back is the old level's, not the new one's
            own = own[: yb.start()] + " " * (yb.end() - yb.start()) + own[yb.end() :]

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
            year_earlier_word=cfg.year_earlier_word_re,
        )
        period = period_as(status)
        if cfg.lang != "zh":
            # (English: "from 21.3 billion yuan in the previous three months")
            told_before = prev_event or ctx.last_event
            period = _period_back(
                cfg,
                text,
                num,
                period,
                ref,
                status,
                doc_year,
                told_before if told_before is not None and told_before.metric == metric else None,
                ctx.bracket_base_rows,
            )
        if (
            lang == "en"
            and period.kind == "cumulative"
            and period.start is None
            and period.as_of is None
            and (
                head_told := _resolve(cfg.lang, text[c_left : num.start], ref, status, doc_year)
            ).kind
            == "cumulative"
            and head_told.as_of is not None
        ):
            # "By the end of November 2025 Xiaomi had delivered more than 490,000 cars since
            # launch": the total since launch, as of the day the clause opens with
            period = dataclasses.replace(period, as_of=head_told.as_of)
        if lang not in ("en", "zh") and (
            labelled := _bracket_label_period(
                text, num, ctx.bracket_rows_label, cfg.lang, ref, status, doc_year
            )
        ):
            # "Leveringen: 81.302 auto's (75.869)" under "Omzet: … (eerste kwartaal: …)"
            period = labelled
        if (
            period.kind == "none"
            and lang == "en"
            and status == "actual"
            and (row := _MONTH_ROW.match(text)) is not None
            and row.end() <= num.start
        ):
            # "- January: more than 20,000": a list's row labelled with its month alone (a month
            # is a period only after a preposition, "May" being a verb too)
            row_period = _resolve(lang, "in " + row.group("m"), ref, status, doc_year)
            if (
                row_period.kind == "month"
                and row_period.start is not None
                and row_period.end is not None
                and ref is not None
                and row_period.end > ref
                and not _YEAR_IN.search(row.group("m"))
            ):
                # a month not over on the story's day is last year's ("January" in a review
                # of the year published on January 2)
                start, end = _year_back(row_period.start), _year_back(row_period.end)
                row_period = Period(start, end, row_period.text, end, False, "month")
            if row_period.kind == "month":
                period = row_period
        if (
            lang == "zh"
            and period.kind == "window"
            and period.text
            and period.text not in text[c_left:c_right]
            and _THAT_YEAR.search(text, c_left, num.start) is not None
            and (named_years := re.findall(r"((?:19|20)\d{2})\s*年", text[:c_left]))
        ):
            # "2024年3月，小米SU7上市，27分钟大定5万台，当年交付超过13.5万辆": the year the
            # sentence named, not the window of the clause before
            y = int(named_years[-1])
            end = dt.date(y, 12, 31)
            done = status == "actual" and _before_reference(end, ref, doc_year)
            that_year = _THAT_YEAR.search(text, c_left, num.start)
            period = Period(
                dt.date(y, 1, 1),
                end,
                that_year.group(0) if that_year else None,
                end if done else None,
                False,
                "year",
            )
        if (
            lang in ("en", "zh")
            and period.kind == "month"
            and status == "actual"
            and period.start is not None
            and period.text
            and (told_at := text.rfind(period.text, 0, num.start)) >= 0
            and (
                that_year := _THAT_YEAR.search(
                    text, max(c_left, told_at + len(period.text)), num.start
                )
                or _THAT_YEAR_BEFORE.search(text, max(0, c_left - 16), c_left)
            )
            is not None
            and not re.match(r"['’]s\b", text[that_year.end() :])
        ):
            # "The SU7 went on sale in March 2024, and that year deliveries topped 135,000":
            # "that year" is the year of the month an earlier clause named, not that month
            y = period.start.year
            end = dt.date(y, 12, 31)
            done = _before_reference(end, ref, doc_year)
            period = Period(
                dt.date(y, 1, 1), end, that_year.group(0), end if done else None, False, "year"
            )
        if (
            cfg.lang in ("en", "zh")
            and period.kind == "none"
            and (
                last_year := ctx.last_year
                or (
                    ctx.last_event.period_end.year
                    if ctx.last_event is not None and ctx.last_event.period_end is not None
                    else None
                )
            )
        ):
            that = _THAT_YEAR.search(text, c_left, c_right) or _THAT_YEAR_OPENS.match(text)
            if that is not None:
                # "Xiaomi began selling cars in 2024. It delivered 136,854 vehicles that
                # year": the year the sentence before named, or its figure's
                end = dt.date(last_year, 12, 31)
                done = status == "actual" and _before_reference(end, ref, doc_year)
                period = Period(
                    dt.date(last_year, 1, 1),
                    end,
                    that.group(0),
                    end if done else None,
                    False,
                    "year",
                )
        if (
            lang == "zh"
            and period.kind in ("none", "year")
            and not re.search(r"(?:19|20)\d\d", period.text or "")
            and (rel := _ZH_EVENT_YEAR.search(text, max(0, c_left - 16), num.start)) is not None
            and (
                base := next(
                    (int(y) for y in reversed(re.findall(r"((?:19|20)\d{2})\s*年", text[:c_left]))),
                    ctx.last_year,
                )
            )
            is not None
        ):
            # "2024年3月28日，小米SU7上市…。上市当年，小米汽车全年交付超13.5万辆": the year of the
            # event told just before (同年 the same, 次年 the one after), not the story's year
            # nor a year the next clause names
            y = base + (1 if rel.group("rel") in ("次年", "第二年", "翌年") else 0)
            end = dt.date(y, 12, 31)
            done = status == "actual" and _before_reference(end, ref, doc_year)
            period = Period(
                dt.date(y, 1, 1), end, rel.group(0), end if done else None, False, "year"
            )
        if (
            lang == "zh"
            and period.kind == "none"
            and ctx.last_day is not None
            and (rel := _ZH_EVENT_MONTH.search(text, max(0, c_left - 16), num.start)) is not None
        ):
            # "2025年6月26日，小米YU7上市。上市当月，小米YU7交付超过1万辆": the month of the day
            # told before
            start = ctx.last_day.replace(day=1)
            end = _month_end(start.year, start.month)
            done = status == "actual" and _before_reference(end, ref, doc_year)
            period = Period(start, end, rel.group(0), end if done else None, False, "month")
        if (
            lang in ("en", "ru")
            and period.kind == "year"
            and status == "actual"
            and period.start is not None
            and _THE_YEAR.fullmatch((period.text or "").strip())
            and not _YEAR_IN.search(text)
            and ctx.last_year is not None
            and ctx.last_year < period.start.year
            and ctx.last_event is not None
            and ctx.last_event.period_kind == "year"
        ):
            # "It delivered 136,854 cars in 2024. Revenue came to 32.1 billion yuan for the
            # year": "the year" is the one the sentences before reported figures of
            y = ctx.last_year
            period = Period(
                dt.date(y, 1, 1),
                dt.date(y, 12, 31),
                period.text,
                dt.date(y, 12, 31),
                False,
                "year",
            )
        if (
            lang == "en"
            and period.kind == "year"
            and period.start is not None
            and _THE_YEAR.fullmatch((period.text or "").strip())
            and (year_told := prev_event or ctx.last_event) is not None
            and year_told.period_kind in ("month", "quarter")
            and year_told.status == "actual"
            and year_told.period_end is not None
            and year_told.period_end.year < period.start.year
            and _YEAR_TALLY.search(text, max(0, num.start - 80), num.start)
        ):
            # "Xiaomi delivered 20,000 cars in December. That took its deliveries for the year
            # past 135,000" on January 2: the year of the month just told, not the new one
            y = year_told.period_end.year
            end = dt.date(y, 12, 31)
            period = Period(dt.date(y, 1, 1), end, period.text, end, False, "year")
            if status == "forecast" and _before_reference(end, ref, doc_year):
                status = "actual"
        week_before = prev_event or ctx.last_event
        if (
            cfg.lang not in ("en", "zh")
            and week_before is not None
            and week_before.period_kind == "week"
        ):
            # "Tydzień wcześniej zarejestrowano 8 600": the week before the one told before
            period = _carried_back(cfg, text, num, period, week_before, metric, ref)
        if cfg.lang in ("en", "zh"):
            period = _carried_back(
                cfg, text, num, period, prev_event or ctx.last_event, metric, ref
            )
        elif (
            # (the "bisher", "jusqu'ici" of "Bisher waren 300.000 geplant" reads as a running
            # total's: the earlier-goal words say what it is)
            (
                period.kind == "none"
                or (period.kind == "cumulative" and period.start is None)
                # "nâng từ 300.000 xe hồi tháng 3": the month it was raised in
                or (period.kind == "month" and revised_from is not None)
            )
            and metric in ("delivery_target", "deliveries")
            and (goal_before := revised_from or prev_event or ctx.last_event) is not None
            and goal_before.metric == metric
            and goal_before.status in ("target", "forecast")
            and goal_before.period_kind == "year"
            and (revised_from is not None or _earlier_goal(cfg, text, numbers))
        ):
            # "… das Ziel für 2025 auf 350.000 an. Bisher waren 300.000 geplant.": the earlier
            # target of the same year
            period = Period(
                goal_before.period_start,
                goal_before.period_end,
                None,
                None,
                False,
                goal_before.period_kind,
            )
        if period.kind == "none" and metric in _REPORTED and status == "actual" and ref:
            period = _before_its_base(cfg, text, num, bases, ref, doc_year) or period
        if set_day is not None and period.as_of is None:
            period = dataclasses.replace(period, as_of=set_day, explicit_as_of=True)
        if (
            set_year is not None
            and period.kind == "year"
            and period.start is not None
            and period.start.year > set_year
            and _YEAR_NO_NUMBER.search(period.text or "")
        ):
            # "said in November that its goal for the year was 130,000", told next January:
            # "the year" is the one the goal was said in, last year
            period = Period(
                dt.date(set_year, 1, 1), dt.date(set_year, 12, 31), period.text, None, False, "year"
            )
        if (
            level_before_of is not None
            and period.kind in ("year", "month", "none")
            and level_before_of.period_start is not None
            and level_before_of.period_end is not None
        ):
            # "raised its delivery target to 130,000 in November, up from 120,000": the level
            # before is of the same year as the revised one
            period = Period(
                level_before_of.period_start,
                level_before_of.period_end,
                level_before_of.period_text,
                period.as_of,
                period.explicit_as_of,
                "year",
            )
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
            and lang in ("en", "zh")
            and ref is not None
            and period.kind in ("month", "quarter", "half_year")
            and period.start is not None
            and period.end is not None
            and period.end > ref
            and (ref - period.start).days * 10 < (period.end - period.start).days
            and not _YEAR_IN.search(period.text or "")
            and not re.search(
                r"\b(?:next|coming|this)\b|明年|来年|下一?个?季|今年|本", period.text or "", re.I
            )
            and not _DONE_SO_FAR.search(text)
            # told as done: a figure carried as an actual ("official figures: 70,000 in the first
            # quarter"), or a verb of the past before it (not "analysts see deliveries at")
            and (
                forced_status == "actual"
                or _DONE.search(text, c_left, num.start) is not None
                # the next item of a list of such done figures ("… and 80,000 in the second")
                or (
                    prev_event is not None
                    and prev_event.status == "actual"
                    and prev_event.metric == metric
                    and prev_event.period_kind == period.kind
                )
            )
        ):
            # "70,000 in the first quarter and 80,000 in the second" told on January 3: a done
            # figure of a period that has hardly begun, or not begun, and names no year is of
            # the last such period, a year back
            start, end = _year_back(period.start), _year_back(period.end)
            period = Period(start, end, period.text, end, False, period.kind)
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
        if (
            status == "actual"
            and ref is not None
            and period.start is not None
            and period.start > ref
            # (a result under a label is one too: "… в следующем году может достичь 170 млрд
            # юаней, а операционная прибыль — 8 млрд юаней")
            and (metric not in ("price", "other") or label in _RESULT_LABELS)
            and not _DONE.search(text, c_left, num.start)
        ):
            # "Analysts see EV revenue rising to 150 billion yuan next year": a period that has
            # not begun holds no actual; it is the plan's, or an expectation
            status = "target" if scan.search(cfg.status_res["target"], text) else "forecast"
            if metric == "deliveries" and status == "target":
                metric = "delivery_target"
            period = period_as(status)
        if (
            status == "actual"
            and prev_event is not None
            and prev_event.status == "forecast"
            and prev_num is not None
            and prev_event.metric == metric
            and period.end is not None
            and ref is not None
            and period.end > ref
            and (
                _PREVIOUS_VALUE.search(text, max(prev_num.end, num.start - 40), num.start)
                # ("calculan para 2026 unas 600.000 entregas, tras unas 410.000 este año")
                or (
                    lang not in ("en", "zh")
                    and scan.search(cfg.compared_re, text, prev_num.end, num.start) is not None
                )
                # "预计明年交付量将达到55万台，今年交付量约为40万台": the next clause of the same
                # estimate, with no done-verb of its own
                or _zh_estimate_next(text, prev_num.end, num.start)
            )
        ):
            # "expects 550,000 in 2026, up from about 410,000 this year" told on December 1:
            # a year not over holds no actual yet; the base is the same forecast's
            status = "forecast"
            period = period_as(status)
        elif (
            status == "actual"
            and prev_event is not None
            and prev_event.status == "target"
            and prev_event.metric == "delivery_target"
            and prev_num is not None
            and metric == "deliveries"
            and period.kind == "year"
            and period.end is not None
            and ref is not None
            and period.end > ref
            and (
                _PREVIOUS_VALUE.search(text, max(prev_num.end, num.start - 40), num.start)
                # "up from 2025's 350,000", "up from this year's 350,000"
                or _PREVIOUS_YEARS.search(text, max(prev_num.end, num.start - 40), num.start)
            )
            and not _DONE_SO_FAR.search(text, num.end, c_right)
            # (not "up from 410,000 delivered in 2025": a count told as done)
            and not _DONE.search(text, num.end, min(c_right, num.end + 30))
        ):
            # "the 2026 delivery target is 550,000, up from 350,000 this year" told in December:
            # a year not over holds no actual total yet; the base is that year's target
            status, metric = "target", "delivery_target"
            period = period_as(status)
        if (
            lang not in ("en", "zh")
            and metric == "delivery_target"
            and forced_status is None
            and prev_event is not None
            and prev_event.metric == "delivery_target"
            and prev_event.period_start is not None
            and period.kind == "year"
            and period.end is not None
            and ref is not None
            and period.end < ref
            and period.end < prev_event.period_start
            and any(a <= num.start < b for a, b in bases)
        ):
            # "quiere entregar 300.000 vehículos en 2025, más del doble que los 136.854 de
            # 2024": the base set beside next year's goal is the finished year's deliveries
            metric, status = "deliveries", "actual"
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
        if (
            qualifier == "up_to"
            and lang not in ("en", "zh")
            and prev_num is not None
            and prev_num.end == change_end
            and num.start - change_end <= 40
        ):
            # "aumentaron en 3.000 unidades en octubre, hasta 38.500": the level risen to
            qualifier = "exact"
        if (
            qualifier == "up_to"
            and lang not in ("en", "zh")
            and scan.search(cfg.rose_to_re, text, max(0, num.start - 90), num.start) is not None
        ):
            # "steeg de omzet van de autodivisie tot 29 miljard yuan": the level a verb of
            # change went to (data `rose_to`), not a ceiling
            qualifier = "exact"
        if metric == "delivery_target" and _TARGET_PASSED_AFTER.match(text, num.end):
            qualifier = "exact"  # "목표인 13만대를 넘어섰다": what passed it was the actual
        if (
            metric == "delivery_target"
            and qualifier == "more_than"
            and _TARGET_BEATEN_BEFORE.search(text[max(0, num.start - 12) : num.start])
            and _TARGET_AFTER.match(text, num.end)
        ):
            qualifier = "exact"  # "远超35万辆的年度目标": what went past the goal was the actual
        if qualifier != "exact":
            verb = _BOUND_VERB.search(text, max(0, num.start - 25), num.start)
            # "分别约为1.2万辆、1000辆和2.7万辆", "about 12,000, 1,000 and 27,000 … respectively":
            # the bound before a list given "respectively" is every unbounded item's (an item's
            # own bound, later in the list, is its own only)
            list_head = lang in ("en", "zh") and bool(_RESPECTIVELY.search(text))
            if list_head and prev_num is not None:
                list_head = not _LIST_ITEM_GAP.fullmatch(text, prev_num.end, num.start)
            governing = qualifier if verb is not None or list_head else None
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
        if (
            metric == "price"
            and qualifier == "up_to"
            and lang in ("en", "zh")
            and _PRICE_HINT.search(text, max(0, num.start - 40), num.start)
        ):
            continue  # 曾表示定价将“低于30万元”: a ceiling hinted before the launch, no price
        if (
            metric == "price"
            and qualifier in ("more_than", "up_to")
            and lang == "en"
            and _SEGMENT_PRICED.search(text, max(0, num.start - 60), num.start)
        ):
            continue  # "the best-selling electric cars priced above 200,000 yuan": a segment
        if (
            old_level is not None
            and status == "actual"
            and changed is not None
            and _REVISED_VERB.search(changed.group(0))
        ):
            old_level = None  # "revised its February deliveries up from 28,000 to 30,200"
        superseded = (
            status == "actual"
            and lang in ("en", "zh")
            and changed is None
            and (
                _SUPERSEDED_BEFORE.search(text, max(0, num.start - 60), num.start)
                or (
                    _FIRST_TOLD_ZH.search(text, max(0, num.start - 30), num.start)
                    and _CORRECTION_WORD.search(text)
                )
                or _SUPERSEDED_AFTER.match(text, num.end)
                or (
                    _RATHER_THAN.search(text, max(0, num.start - 40), num.start)
                    and _REPORTED_AFTER.match(text, num.end)
                )
                or (
                    _FROM_THE.search(text, max(0, num.start - 30), num.start)
                    and _FIRST_REPORTED_AFTER.match(text, num.end)
                )
            )
        )
        # (a superseded figure: "revised up from more than 30,000", 此前公布为“超过2.5万辆”，上修
        # 为…, "rather than the 30,000 it reported on Sunday", corrected since: read, for the
        # figure after it, but no event)
        if metric != "price" and (
            _SPREAD_BEFORE.search(text, max(0, num.start - 40), num.start)
            or _SPREAD_AFTER.match(text, num.end)
        ):
            # "weekly registrations have hovered between 7,000 and 10,000", 周销量在7000至1万辆
            # 之间波动: the spread of several weeks' figures, none of them told
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
        nxt = numbers[i + 1] if i + 1 < len(numbers) else None
        if (
            metric == "price"
            and value_max is None
            and nxt is not None
            and nxt.unit == num.unit
            and _PRICE_RANGE_BEFORE.search(text, max(c_left, num.start - 16), num.start)
            and _RANGE_TO.fullmatch(text, num.end, nxt.start)
        ):
            # 售价区间约为21.59万元至52.99万元, 价格范围从…到…: one range, from the lower bound
            value_max, qualifier = nxt.value, "at_least"
            consumed.add(i + 1)
            if (
                len({ent.name for s_, _, ent in names if ent.kind == "model" and s_ < num.start})
                > 1
            ):
                # (the range of a lineup the sentence lists: "在售车款包括SU7、SU7 Ultra与YU7，
                # 售价区间…": the maker's, not the last model named)
                subject = _named(cfg, "Xiaomi Auto") or subject
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
            elif status == "target" and cfg.lang not in ("en", "zh") and c_left > 0:
                # "yıllık kapasitesi şu anda 300 bin araç; üçüncü fazla birlikte bu yılın ikinci
                # yarısında 450 bine çıkacak": a planned capacity after the clause that names the
                # annual one is per year too (the half year is when it is reached)
                opening = _resolve(cfg.lang, own[:c_left], ref, status, doc_year)
                if opening.kind == "rate" or (
                    opening.kind == "year" and opening.text and not _YEAR_RE.search(opening.text)
                ):
                    period = Period(None, None, opening.text, None, False, "rate")
        if (
            metric in ("production", "production_capacity")
            and period.kind == "rate"
            and cfg.lang not in ("en", "zh")
            and cfg.capacity_modal_re.search(text, c_left, num.start)
        ):
            # "kann pro Jahr bis zu 300.000 Fahrzeuge bauen": what a plant can build a year
            # ("może produkować 300 tys. rocznie" names the capacity itself: no forecast either)
            metric = "production_capacity"
            modals = [m.span() for m in cfg.capacity_modal_re.finditer(text, c_left, c_right)]
            ahead = _resolve(cfg.lang, text[c_left:c_right], ref, "forecast", doc_year)
            if (
                status == "forecast"
                and all(
                    any(a <= f.start() < b for a, b in modals)
                    for f in cfg.status_res["forecast"].finditer(text, c_left, c_right)
                )
                # (not "kan volgend jaar 400.000 auto's bouwen": a year ahead is a forecast)
                and not (ahead.start is not None and ref is not None and ahead.start > ref)
            ):
                status = "actual"  # "kan" is what the plant is able to do, no forecast
        if review_quarter is not None and not _YEAR_IN.search(text):
            # "The fourth added more than 145,000": the quarter of the year the review told
            q_year, q_n = review_quarter
            q_end = _month_end(q_year, 3 * q_n)
            q_done = ref is None or q_end <= ref
            period = Period(
                dt.date(q_year, 3 * q_n - 2, 1), q_end, period.text, q_end if q_done else None,
                False, "quarter",
            )  # fmt: skip
        kind = _period_kind(metric, period, num, text, average, cfg)
        if (
            kind == "year"
            and metric == "delivery_target"
            and status == "target"
            and _CUMULATIVE_WORD.search(text, max(c_left, num.start - 30), num.end + 30)
            and _BY_YEAR_END.search(text, c_left, c_right)
            and not _WHOLE_YEAR_GOAL.search(text, c_left, c_right)
        ):
            # "400,000 cumulative deliveries by the end of 2025", 到2025年底累计交付40万辆: a goal
            # for the running total by a deadline, not the deadline year's own deliveries
            kind = "cumulative"
            period = Period(None, None, period.text, None, False, "cumulative")
        if kind == "rate" and period.kind in ("year", "month") and not period.explicit_as_of:
            # "adds 150,000 units of annual capacity": a pace has no dates of its own
            period = Period(None, None, period.text, None, False, "rate")
        if (
            # (or a running total: "już zrealizowało roczny cel", "already" is no total)
            (kind == "rate" or (kind in ("year", "cumulative") and period.start is None))
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
        elif (
            kind == "cumulative"
            and period.start is not None
            and metric == "delivery_target"
            and status == "target"
            and cfg.lang not in ("en", "zh")
            and scan.search(cfg.annual_target_re, text, max(c_left, num.start - 30), num.start)
        ):
            # "266.000 nei primi nove mesi, il 76% dell'obiettivo annuale di 350.000": the
            # annual goal beside a running total is the year's, not the total's months
            kind, y = "year", period.start.year
            period = Period(dt.date(y, 1, 1), dt.date(y, 12, 31), period.text, None, False, "year")
        if (
            kind in ("quarter", "cumulative", "half_year")
            and period.start is not None
            and metric == "delivery_target"
            and status == "target"
            and cfg.lang not in ("en", "zh")
            and scan.search(cfg.annual_target_re, text, max(c_left, num.start - 14), num.start)
        ):
            # "1〜8月の累計は22万台を超え、年間目標の35万台の6割強", "yıllık 350 bin araçlık
            # hedefini": the year's goal, not the running total's or the quarter's span
            kind = "year"
            period = Period(
                dt.date(period.start.year, 1, 1),
                dt.date(period.start.year, 12, 31),
                period.text,
                None,
                False,
                "year",
            )
        if (
            kind == "month"
            and period.kind == "month"
            and metric == "delivery_target"
            and status == "target"
            and cfg.lang not in ("en", "zh")
            and scan.search(cfg.annual_target_re, text, c_left, c_right)
        ):
            # "zrealizowało roczny cel 350 tys. dostaw już w listopadzie": the annual goal met
            # in a month is the year's goal, the month when it was met
            kind = "year"
        if kind == "year" and period.kind == "month" and period.start is not None:
            # a goal's year, told with the month it was set or met in ("11月又上调至13万辆")
            year = period.start.year
            if (
                ref is not None
                and (period.start - ref).days > 31
                and (
                    _ZH_RAISED_TO.search(text, max(0, num.start - 8), num.start)
                    or (
                        re.search(r"\bto\s*$", text[max(0, num.start - 6) : num.start])
                        and _EN_RAISED.search(text, 0, num.start)
                    )
                )
            ):
                # the month a goal was raised in is past: "6月，目标上调至11万台" told on
                # January 2 is last June's, the goal last year's
                year -= 1
            period = Period(
                dt.date(year, 1, 1), dt.date(year, 12, 31), period.text, None, False, "year"
            )
        if (
            metric == "delivery_target"
            and status == "target"
            and kind == "year"
            and period.start is None
            and cfg.lang not in ("en", "zh")
            and ctx.last_event is not None
            and ctx.last_event.period_kind == "year"
            and ctx.last_event.period_start is not None
        ):
            # "Geçen yıl 410 binden fazla araç teslim ettik. Hedefimiz 350 bindi", "… hedefini en
            # az 600 bine yükseltti. Şirket yılın başında hedefini 550 bin olarak açıklamıştı": a
            # year's goal with no year of its own is of the year the story just told
            y = ctx.last_event.period_start.year
            period = Period(dt.date(y, 1, 1), dt.date(y, 12, 31), period.text, None, False, "year")
        if (
            status == "forecast"
            and metric in ("deliveries", "revenue", "net_loss")
            and kind == "none"
            and period.start is None
            and cfg.lang not in ("en", "zh")
            and ctx.last_event is not None
            and ctx.last_event.status == "forecast"
            and ctx.last_event.period_kind == "year"
            and ctx.last_event.period_start is not None
        ):
            # "doanh thu … năm tới có thể đạt 78,5 tỷ. Lỗ hoạt động … được dự báo thu hẹp còn
            # 2,3 tỷ": a forecast with no period of its own, right after one of a year, is of
            # that year
            y = ctx.last_event.period_start.year
            kind = "year"
            period = Period(dt.date(y, 1, 1), dt.date(y, 12, 31), period.text, None, False, "year")
        if (
            metric == "delivery_target"
            and kind == "year"
            and period.kind == "year"
            and period.start is not None
            and period.end is not None
            and ref is not None
            and _hardly_begun(period, ref)
            and _GOAL_DONE.search(text)
            and not _YEAR_IN.search(period.text or "")
        ):
            # "年初，公司定下10万台的全年目标；…，最终超额完成" told on January 2: a goal
            # already beaten is of the year just ended
            start, end = _year_back(period.start), _year_back(period.end)
            period = Period(start, end, period.text, None, False, "year")
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
        raised_pace = (
            _PACE_RAISED_TO.search(text, c_left, num.start)
            if status in ("target", "forecast") and metric in ("deliveries", "production")
            else None
        )
        if raised_pace is not None and kind in ("year", "none", "month"):
            # "plans to lift monthly output to 50,000 units next year": the pace aimed at, not
            # the year's total (the year is when)
            kind = "rate"
            period = Period(None, None, raised_pace.group(0), None, False, "rate")
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
        if (
            bringing is not None
            and prev_event is not None
            and metric == prev_event.metric
            and prev_event.status != "actual"
        ):
            # "plans to open 300 more stores this year, bringing its total to 700": the total
            # planned, a target of no period
            status, period, kind = "target", Period(None, None, None, None, False, "none"), "none"
        elif bringing is not None and prev_event is not None and metric == prev_event.metric:
            period, kind = _total_brought(bringing, prev_event), "cumulative"
        if (
            lang == "en"
            and kind == "year"
            and status == "actual"
            and metric in ("deliveries", "production")
            and period.start is not None
            and period.end is not None
            and ref is not None
            and (
                period.end > ref
                # (the year just ended, tallied after its December: to that month's end)
                or (
                    (tally_last := prev_event or ctx.last_event) is not None
                    and tally_last.period_kind == "month"
                    and tally_last.period_end == period.end
                )
            )
            and _YEAR_TALLY.search(text, max(0, num.start - 80), num.start)
        ):
            # "Its tally for the year now stands at about 266,000": the year's running total so
            # far, to the end of the month or quarter the sentence before reported
            tally_from = prev_event or ctx.last_event
            tally_end = (
                tally_from.period_end
                if tally_from is not None
                and tally_from.period_kind in ("month", "quarter")
                and tally_from.period_end is not None
                and period.start <= tally_from.period_end <= period.end
                else None
            )
            period = Period(period.start, tally_end, period.text, tally_end, False, "cumulative")
            kind = "cumulative"
        if (
            lang == "en"
            and kind in ("year", "none")
            and status == "actual"
            and metric in ("deliveries", "production")
            and _BY_PART_OF_YEAR.search(text, c_left, c_right) is not None
        ):
            # "had delivered more than 10,000 of them by the middle of 2025", "by mid-2025": the
            # running total at a day the text does not give, not the year's figure
            period = Period(None, None, period.text, None, False, "cumulative")
            kind = "cumulative"
        if (
            lang == "en"
            and kind == "month"
            and period.start is not None
            and (q_of := _QUARTER_IT_ENDS.search(text, max(0, num.start - 80), num.start))
            is not None
            and not re.search(r"\d", text[q_of.end() : num.start])
        ):
            # "… 40,000 in September, capping a quarter in which deliveries topped 100,000": the
            # quarter the month ends, not the month
            q_start = dt.date(period.start.year, 3 * ((period.start.month - 1) // 3) + 1, 1)
            q_end = _month_end(q_start.year, q_start.month + 2)
            done = ref is None or q_end <= ref
            period = Period(
                q_start, q_end, q_of.group(0), q_end if done else None, False, "quarter"
            )
            kind = "quarter"
        if (
            lang in ("en", "zh")
            and status == "actual"
            and metric in ("deliveries", "production")
            and kind in ("month", "cumulative")
            and period.start is not None
            and period.end is not None
            and period.start.day == 1
            and period.end == _month_end(period.start.year, period.start.month)
            and (
                # ("crossed 400,000 cumulative deliveries in October": the noun after it)
                (tally := _RUNNING_AFTER.match(text, num.end))
                or (
                    (tally := _RUNNING_NOUN.search(text, max(c_left, num.start - 60), num.start))
                    # (no other figure between: the month's own words and a model's digits aside)
                    and not re.search(
                        r"(?<![A-Za-z\d])\d",
                        text[tally.end() : num.start].replace(period.text or "", ""),
                    )
                )
            )
        ):
            # "cumulative deliveries passed half a million in November", 累计交付量于10月突破
            # 40万辆: the running total since launch, reached in that month (it holds at the
            # month's end); "year-to-date deliveries hit 310,000 in October": January 1 to it
            end = period.end if ref is None else min(period.end, ref)
            if tally.group("ytd"):
                start = dt.date(period.start.year, 1, 1)
                period = Period(start, period.end, tally.group(0), end, False, "cumulative")
            else:
                period = Period(None, None, tally.group(0), end, False, "cumulative")
            kind = "cumulative"
        elif (
            lang in ("en", "zh")
            and status == "actual"
            and metric in ("deliveries", "production")
            and kind == "cumulative"
            and period.start is None
            and period.end is None
            and period.as_of is None
            and (
                (tally := _RUNNING_NOUN.search(text, max(c_left, num.start - 60), num.start))
                # (累计交付 with no 量: the running total this branch already read as such)
                or (tally := _RUNNING_ZH.search(text, max(c_left, num.start - 30), num.start))
            )
            and not tally.group("ytd")
            and not re.search(r"(?<![A-Za-z\d])\d", text[tally.end() : num.start])
            and (reached := _month_of_sentence(lang, text, c_left, month_told, ref, doc_year))
        ):
            # "11月，小米汽车累计交付量突破50万辆", "delivered 40,000 in October, and cumulative
            # deliveries passed 400,000": the running total, reached in the month the sentence
            # opens with or told its first figure in, holds at that month's end
            end = reached if ref is None else min(reached, ref)
            period = Period(None, None, period.text, end, False, "cumulative")
        if (
            metric == "price"
            and kind == "none"
            and period.as_of is not None
            and _OFFER_DEADLINE.search(text, c_left, c_right)
        ):
            # "a limited-time price of 199,900 yuan until August 31", 8月31日前下单: the day an
            # offer ends is no day the price was stated at
            period = Period(None, None, None, None, False, "none")
        if (
            status in ("target", "forecast")
            and kind in ("rate", "none")
            and lang in ("en", "zh")
            and (
                (
                    _FROM_BEFORE.search(text, max(0, num.start - 12), num.start)
                    and _NOW_AFTER.match(text, num.value_end)
                )
                or _NOW_BEFORE.search(text, max(0, num.start - 12), num.start)
            )
        ):
            # "will raise annual capacity to 450,000 vehicles from 300,000 today", 从目前的30万
            # 辆提升至45万辆: the level the plan starts from is today's (a rate or a count,
            # with no period of its own)
            status = "actual"
        if stretch_of is not None:
            subject = _named(cfg, stretch_of.subject) or subject  # the first goal's owner
        if stretch_of is not None and kind == "none" and stretch_of.period_kind != "none":
            period = Period(
                stretch_of.period_start,
                stretch_of.period_end,
                stretch_of.period_text,
                stretch_of.as_of,
                False,
                stretch_of.period_kind,
            )
            kind = stretch_of.period_kind
        if lang in ("en", "zh") and ref is not None and metric in ("deliveries", "delivery_target"):
            period, kind = _progress_to_goal(text, num, metric, status, period, kind, ref, numbers)
        if share_of is not None and kind == "none" and share_of.period_kind != "none":
            # (the part is of the same month as the count it follows)
            period = Period(
                share_of.period_start,
                share_of.period_end,
                share_of.period_text,
                share_of.as_of,
                False,
                share_of.period_kind,
            )
            kind = share_of.period_kind
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
        if (
            month_told is None
            and kind == "month"
            and status == "actual"
            and metric in ("deliveries", "production")
            and event.period_end is not None
        ):
            month_told = (num.end, event.period_end)
        if superseded:
            continue
        if change_amount:
            cut_of, change_end = (metric, _unit_kind(num.unit)), num.end
            continue
        if metric == "price" and not average:
            ctx.list_prices.add(id(event))
        if old_level is not None:
            old = dataclasses.replace(event, value=old_level)  # the level before the change
            if (
                lang not in ("en", "zh")
                and event.period_start is not None
                and event.period_end is not None
                and (yb := cfg.year_earlier_word_re.search(text, max(0, num.start - 12), num.start))
                and not re.search(r"\d", text[yb.end() : num.start])
            ):
                # "前年同期の15.4%から26.4%に拡大": the old level is of the same period a year back
                end = _year_back(event.period_end)
                old = dataclasses.replace(
                    old, period_start=_year_back(event.period_start), period_end=end, as_of=end
                )
            yield old
        yield event
        if event.metric in ("revenue", "net_loss") or event.label in _RESULT_LABELS:
            ctx.last_result = event
        if event.metric != "other":
            ctx.last_event = event
            ctx.rival_measure = None
        elif event.label == "gross margin":
            ctx.last_margin = event
        if metric == "delivery_target" and _ALSO_FORECAST.search(
            text[num.end : hi if hi > num.end else len(text)]
        ):
            # "a target of 100,000, expected to be met in November": the target and a forecast
            yield dataclasses.replace(event, metric="deliveries", status="forecast")


_HAS_DIGIT = re.compile(r"\d")
# the SU7 Ultra by its short name (not a phone's "15 Ultra")
_BARE_ULTRA = re.compile(r"(?<!\d\s)(?<![\d-])\bUltras?\b")
_STARTED_ASIDE = re.compile(
    r",\s*(?:whose|which|that)\s+(?:[\w-]+\s+){0,3}?(?:began|started|begun|went\s+on\s+sale|"
    r"was\s+launched|launched|opened)\s+(?:on|in)\s+[^,;\d]{0,12}\d[^,;]{0,20},",
    re.I,
)
_SAID_THIS_WEEK = re.compile(
    r"[,;]\s*(?:the\s+(?:company|carmaker|automaker|firm)|Xiaomi|it|he|she|they)\s+"
    r"(?:said|says|announced|reported|confirmed|disclosed)\s+(?:this|last)\s+week\b",
    re.I,
)
# a timeline's item: a month opens the sentence (2024年3月，…)
_DATE_OPENS = re.compile(r"\s*(?:20\d\d\s*年)?\s*\d{1,2}\s*月(?:\d{1,2}\s*[日号])?\s*[，,]")
# a price range told as such: 售价区间约为, 价格范围从 (the bounds joined by 至/到)
_PRICE_RANGE_BEFORE = re.compile(r"(?:区间|范围)[^，。；,;\d]{0,10}$")
_RANGE_TO = re.compile(r"\s*(?:元)?\s*(?:至|到|~|～|-|–|—)\s*(?:人民币)?\s*")
# after a model's launch, the year's deliveries told with no subject: "…上市，…，当年交付超过13.5万辆"
_YEAR_OF_LAUNCH = re.compile(
    r"(?:上市|发布|开售)[^。；;]{0,30}?[，,]\s*(?:当年|当年度|这一年|那一年)(?:累计|共|全年)?"
    r"(?:交付|销量|卖出|售出)量?(?:了|达到?|为)?\s*(?:超过?|约|近|逾|突破)?\s*"
)
# "that year" cut off from its clause by a comma right before it: "…and that year, deliveries…"
# a year named by the event told before it: 上市当年, 发布当年, 同年, 次年 (the year after)
_ZH_EVENT_YEAR = re.compile(
    r"(?:上市|发布|开售|投产|首发|交付)?(?P<rel>当年|同年|次年|第二年|翌年)(?!度?的?目标)"
)
# (with the event's word only: a bare 当月 is the month the sentence before reported)
_ZH_EVENT_MONTH = re.compile(r"(?:上市|发布|开售|首发)当月")
_THAT_YEAR_BEFORE = re.compile(
    r"(?:\b(?:that|the\s+same)\s+year|当年|同年|那一年|这一年)\s*[，,]\s*$", re.I
)
# the same in English: "The SU7 went on sale in March 2024, and that year deliveries topped
# 135,000" (deliveries with no owner word of their own: "its deliveries" stay the model's)
_YEAR_OF_LAUNCH_EN = re.compile(
    r"\b(?:went\s+on\s+sale|(?:was\s+)?launched|debuted|hit\s+the\s+market|reached\s+showrooms)"
    r"\b[^.;]{0,40}?,?\s*(?:and\s+)?(?:that|the\s+same)\s+year,?\s+(?:total\s+)?deliveries\s+"
    r"(?:topped|exceeded|passed|surpassed|reached|hit|came\s+to|totall?ed|were)\s+"
    r"(?:more\s+than\s+|over\s+|about\s+|some\s+|nearly\s+|almost\s+)?",
    re.I,
)
# between a goal and a higher one it strives for: "10万台以上，力争12万台", "…, and it will
# strive for 120,000", "with a stretch target of 120,000"
_STRETCH_GOAL = re.compile(
    r"\s*(?:万?[辆台])?(?:以上|左右)?\s*[，,；;]\s*(?:并|且|同时|更)?\s*(?:力争|争取|冲刺|挑战)"
    r"(?:达到|实现|完成|突破)?\s*(?:约|超过?)?\s*"
    r"|\s*(?:units|vehicles|cars|deliveries)?(?:\s+(?:this|next)\s+year)?\s*,?\s*(?:and|with|but)\s+"
    r"(?:(?:it|he|the\s+company|Xiaomi)\s+)?(?:(?:will|would|is\s+to)\s+)?(?:(?:strive|push|"
    r"aim)s?\s+for|a\s+stretch\s+(?:goal|target)\s+of)\s+(?:about\s+|around\s+)?",
    re.I,
)
# a level the plan starts from, told as today's (see where _status is called)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:about\s+|around\s+|some\s+)?$", re.I)
_NOW_AFTER = re.compile(
    r"\s*(?:units|vehicles|cars|EVs)?\s*(?:a\s+year|per\s+year|annually)?\s*"
    r"(?:today|now|currently|at\s+present|at\s+the\s+moment)\b",
    re.I,
)
_NOW_BEFORE = re.compile(r"从(?:目前|现在|现有|当前)的?(?:约)?\s*$")

# Last, once every pattern above is defined: each behind a lookahead of its first characters
# (scan.py), so a pattern tried at a character it cannot start with fails at once.
scan.speed_up(globals())


def _latest_whole(before: list[ExtractedEvent]) -> ExtractedEvent:
    """The whole a "其中" / "Of these" sentence breaks down: the last figure, or, when the
    figures just before are one measure of one subject for several periods ("本周上险1.03万辆，
    环比上周的9800辆"), the one of the latest period (the others are comparison bases)."""
    last = before[-1]
    best = last
    for ev in reversed(before[:-1]):
        if (ev.subject, ev.metric, ev.status) != (last.subject, last.metric, last.status):
            break
        if ev.period_end is not None and (
            best.period_end is None or ev.period_end > best.period_end
        ):
            best = ev
    return best
