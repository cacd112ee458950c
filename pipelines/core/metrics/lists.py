"""Lists of figures: "respectively", items of a list of names next to a list of figures, and
the comparison bases a figure is set against.

Apart because these helpers pair figures with names or periods across a list, a step of its
own after each figure is read.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from pipelines.core.metrics import scan
from pipelines.core.metrics.lexicon import Entity, ExtractorConfig
from pipelines.core.metrics.locale_periods import find_period_cues
from pipelines.core.metrics.names import _names
from pipelines.core.metrics.numbers import NumberMention

if TYPE_CHECKING:  # annotations only: extract.py imports this module
    from pipelines.core.metrics.extract import ExtractedEvent


# the models of the sentence before pointed back to: "the three models", 三款车型, "both cars"
_MODELS_ANAPHOR = re.compile(
    r"\b(?:the|these|those|all|both)\s+(?:two\s+|three\s+|four\s+)?"
    r"(?:models|cars|vehicles|versions|EVs)\b|\bboth\b|"
    r"(?:这|這|上述|以上)?(?:两|兩|三|四|2|3|4)款(?:车型|車型|车|車|产品|產品)?|上述车型|以上车型",
    re.I,
)


def _models_named(cfg: ExtractorConfig, text: str) -> list[str]:
    models: list[str] = []
    for _, _, ent in _names(cfg, text)[0]:
        if ent.kind == "model" and ent.name not in models:
            models.append(ent.name)
    return models


def _respectively(
    cfg: ExtractorConfig, text: str, events: list[ExtractedEvent], before: str = ""
) -> list[ExtractedEvent]:
    """Figures given "respectively" for the models named, in the order named: as many figures
    of one metric as models (two or more) pair up one by one. A sentence naming no model that
    points back to them ("The three models start at …", 三款车型的起售价分别为…) takes those
    of the sentence `before`."""
    models = _models_named(cfg, text)
    if not models and before and _MODELS_ANAPHOR.search(text):
        models = _models_named(cfg, before)
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


# Japanese and Korean lists: "3分で20万台、18時間で24万台", "20만대, 18시간 만에 24만대"
_CJK_LIST_GAP = re.compile(
    r"\s*[、,，]\s*(?:(?:そして|さらに|また|그리고|이어)\s*)?(?P<rest>.*)", re.S
)
# the next item's trim before its figure: "25万3500元、Proが27万9900元", "프로는 27만9900위안"
_CJK_TRIM_LABEL = re.compile(
    r"(?:[A-Za-z][A-Za-z0-9+]{0,11}|標準|スタンダード|プロ|マックス|ウルトラ|표준형?|스탠다드|프로|맥스|울트라)"
    r"\s*(?:モデル|版|仕様|グレード|모델|트림)?\s*(?:が|は|で|:|：|는|은|이|가)"
)
# a rival's item told with its verb before the comma: "テスラは6万1000台を販売した一方、シャオミは
# 4万台", "테슬라는 6만1000대를 팔았고, 샤오미는 4만대" (the next item is Xiaomi's, same measure)
_CJK_RIVAL_GAP = re.compile(r"[^、,，。]{0,12}[、,，]\s*(?P<rest>.*)", re.S)


def _locale_list_gap(cfg: ExtractorConfig, gap: str) -> bool:
    """Between two figures of a list in a language of data/lang/ ("pedidos em 3 minutos e",
    "Autos aus und im Mai"): the first's words, a joiner, then nothing or the next item's
    period only (a verb there starts another statement)."""
    if cfg.lang in ("en", "zh") or len(gap) > 60:
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
    # the next item's period, then a comma or a dash for the verb left out: "; em dezembro,
    # mais de", "a w III kw. 2025 r. – 108 796", "а в III квартале — 108 796"
    rest = rest.rstrip(",-–—").rstrip()
    if len(gap) > 30 and not rest:
        return False  # (a longer gap only before the next item's own period)
    if not rest or re.fullmatch(r"[^\W\d_]{1,3}", rest):
        return True  # nothing, or an article: "y los 240.000", "et les"
    if cfg.lang in ("ja", "ko") and _CJK_TRIM_LABEL.fullmatch(rest):
        return True
    cues = find_period_cues(rest, cfg.lang)
    # (a preposition or article the cue leaves out may lead it: "im dritten Quartal", "en el
    # tercer trimestre", "in het derde kwartaal", "w III kw.")
    return (
        len(cues) == 1
        and _CUE_LEAD.fullmatch(rest, 0, cues[0].start) is not None
        and cues[0].end == len(rest)
    )


_CUE_LEAD = re.compile(r"(?:[^\W\d_]{1,4}\s+){0,2}")


def _locale_window_gap(cfg: ExtractorConfig, gap: str) -> bool:
    """Between a window's figure and the next window's bare figure, in a language of
    data/lang/ ("pedidos bloqueados y, tras 18 horas,", "ordini vincolanti, dopo 18 ore
    erano", "pesanan pasti, dan setelah 18 jam menjadi"): the first's words, a joiner, a
    preposition, the next window, and at most a copula ("erano", "menjadi") before it."""
    if cfg.lang in ("en", "zh", "ja", "ko") or len(gap) > 60:
        return False
    m = cfg.list_gap_re.fullmatch(gap)
    if m is None:
        return False
    rest = m.group("rest").strip().strip(",").strip()
    cues = find_period_cues(rest, cfg.lang)
    if len(cues) != 1 or cues[0].kind != "window":
        return False
    before, after = rest[: cues[0].start].strip(), rest[cues[0].end :].strip(" ,")
    for pattern, _ in cfg.qual_before_res:
        bound = pattern.search(after)
        if bound is not None and bound.end() == len(after):
            # the next figure's own bound: "nella prima ora erano oltre", "elles étaient plus de"
            after = after[: bound.start()].strip()
            break
    return (
        re.fullmatch(r"(?:[^\W\d_]{1,8}(?:\s+[^\W\d_]{1,8})?)?", before) is not None
        # (a pronoun or an adverb with the copula: "elles étaient", "erano già")
        and re.fullmatch(r"(?:[^\W\d_]{1,8}(?:\s+[^\W\d_]{1,8})?)?", after) is not None
    )


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


# a joiner between a rival's figure and the Xiaomi item after it
# (or a bracket opened after the rival's figure: "61,497 cars in October (Xiaomi: over 40,000)")
_AND_ITEM = re.compile(r"[,，、;；(（]|\b(?:and|while|whereas)\b|和|而|及", re.I)


def _xiaomi_and_item(
    text: str,
    before: NumberMention,
    num: NumberMention,
    hits: Sequence[tuple[int, int, Entity]],
) -> bool:
    """ "Leapmotor delivered 70,327 vehicles and Xiaomi more than 40,000", 零跑交付7万辆，而小米
    超过4万辆: past a joiner, a Xiaomi name right before the figure, no other figure between."""
    if num.start - before.end > 60 or re.search(r"\d", text[before.end : num.start]):
        return False
    return any(
        before.end <= s
        and _AND_ITEM.search(text, before.end, s) is not None
        and (gap := _MAKER_ITEM_GAP.match(text, e)) is not None
        and gap.end() == num.start
        for s, e, _ in hits
    )


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


# between a maker's name and its figure in a round-up: "Xiaomi: over 40,000", "Xiaomi (more
# than 40,000)", "小米汽车超4万辆", "小米汽車逾40,000輛"
_MAKER_ITEM_GAP = re.compile(
    r"\s*(?:汽车|汽車|Auto|EV)?\s*[:：(（]?\s*(?:about|around|over|more\s+than|nearly|almost|"
    # (a scorecard's signs: "Xiaomi >40k", "Xiaomi ~40,000")
    r"some|roughly|just\s+(?:over|under)|约|近|超过?|逾|达|[>≥<≤~≈])?\s*",
    re.I,
)
_DIGIT = re.compile(r"\d")


def _maker_list_item(
    text: str,
    num: NumberMention,
    hits: Sequence[tuple[int, int, Entity]],
    rivals: Sequence[tuple[int, int]],
) -> bool:
    """Whether `num` is Xiaomi's item in a round-up of makers, each named right before its
    figure ("Leapmotor 45,067, XPeng 33,525, Xiaomi 28,000-plus", "零跑70327辆、小米汽车超4万辆"):
    a Xiaomi name right before it, and a rival's name right before a figure of the sentence."""
    if not any(
        e <= num.start and _MAKER_ITEM_GAP.fullmatch(text, e, num.start) for _, e, _ in hits
    ):
        return False
    return any(_figure_follows(text, e) for _, e in rivals)


def _maker_round_up(
    text: str, hits: Sequence[tuple[int, int, Entity]], rivals: Sequence[tuple[int, int]]
) -> bool:
    """Whether the sentence is a round-up of makers with a Xiaomi item (see _maker_list_item):
    its figures are read though it names no measure."""
    return any(_figure_follows(text, e) for _, e, _ in hits) and any(
        _figure_follows(text, e) for _, e in rivals
    )


def _figure_follows(text: str, end: int) -> bool:
    gap = _MAKER_ITEM_GAP.match(text, end)
    return gap is not None and _DIGIT.match(text, gap.end()) is not None


# where the base of a comparison ends: a clause's end (not a digit group's "116,000")
# (not the dot of an abbreviated quarter, year or scale: "wobec 21,3 mld w II kw. i 9,7 mld w
# III kw. 2024 r.", "nach 18,6 Mrd. Yuan im ersten Quartal")
_BASE_END = re.compile(
    r"[;；。！？!?、，]|,(?!\d)|(?<!\bkw)(?<!\d\sr)(?<!Mrd)(?<!Mio)(?<!Tsd)(?<!tys)(?<!тыс)"
    r"(?<!млн)(?<!млрд)(?<!mld)(?<!mln)\.(?!\d)"
)


def _comparison_bases(cfg: ExtractorConfig, text: str) -> list[tuple[int, int]]:
    """The spans that state what a figure is compared with: a comparison word
    (data `compared`) to the end of its clause ("30.5% more than in 2024", 前年同期の15.4%)."""
    spans: list[tuple[int, int]] = []
    for m in scan.finditer(cfg.compared_re, text):
        if m.end() == m.start():
            continue
        stop = _BASE_END.search(text, m.end())
        if stop is not None and (when := cfg.base_when_re.match(text, stop.end())) is not None:
            # "…, en comparación con el cuarto trimestre de 2024, cuando ingresó 16.700
            # millones" (data `base_when`): the clause of "when" states the base's figure
            stop = _BASE_END.search(text, when.end())
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


# a rival's figure, then Xiaomi's it is set against: "below Xiaomi's", "ten times Xiaomi's",
# "versus Xiaomi's", "，不及小米汽车的", "，而小米为"
_COMPARED_XIAOMI = re.compile(
    r"(?:\s*(?:units|vehicles|cars|EVs)\b)?[^.;!?。；！？]{0,40}?[,，]?\s*(?:"
    r"(?:well\s+|far\s+|just\s+|only\s+|slightly\s+)?(?:below|above|behind|ahead\s+of|short\s+of|"
    r"under|over|trailing|beating|topping|versus|vs\.?|against|compared\s+(?:with|to)|"
    r"(?:more|fewer|less)\s+than|(?:\w+\s+)?times|while|whereas|and|but)\s+(?:those\s+of\s+)?"
    r"|(?:不及|低于|高于|超过|多于|少于|落后于?|领先于?|逊于|超越|对比|相较于?|相比|而|但|是)\s*"
    # "特斯拉Model Y 10月销量3.6万辆，小米YU7为1.86万辆": the next clause, Xiaomi's
    r"|(?<=[,，]))$",
    re.I,
)
# between the Xiaomi name and its figure: its possessive, a copula, or a verb of reaching a
# level ("…, while Xiaomi topped 40,000", "，小米汽车则超过4万辆")
_XIAOMI_TAIL = re.compile(
    r"(?:['’]s|\s+(?:Auto|EV|Group)['’]s)?\s*(?:的|则?为|则?是)?\s*"
    r"|\s+(?:topped|exceeded|passed|surpassed|crossed|reached|hit|managed|posted|logged|"
    r"recorded|came\s+in\s+at|stood\s+at|was\s+at)\s+(?:the\s+)?"
    r"(?:(?:about|around|nearly|over|more\s+than|some|roughly|just\s+over)\s+)?"
    r"|\s*(?:则|也)?(?:超过|突破|达到?|逾|约|近)\s*",
    re.I,
)


# a sentence of a round-up that opens with Xiaomi's bare figure after rivals' ones: "Xiaomi
# came in at 9,200", "Meanwhile, Xiaomi registered 9,200"
_XIAOMI_OPENS = re.compile(
    r"\s*(?:(?:Meanwhile|And|As\s+for|By\s+comparison|Among\s+them)\s*,?\s*)?(?:the\s+)?$", re.I
)
_XIAOMI_OPEN_TAIL = re.compile(
    r"(?:\s+(?:Auto|EV|Group))?\s+(?:came\s+in\s+at|stood\s+at|was\s+at|registered|logged|"
    r"posted|recorded|managed)\s+(?:(?:about|around|nearly|over|more\s+than|some|roughly|"
    r"just\s+over|just\s+under)\s+)?",
    re.I,
)


# (not "Xiaomi registered 9,200 new users": a count of something named after it)
_NO_NOUN_AFTER = re.compile(
    r"(?!\s*(?:new\s+)?(?!(?:in|last|this|that|during|for|over|the|a|up|down|against|from|"
    r"and|while|or|but|units|vehicles|cars|registrations|EVs|flat|broadly|roughly|slightly)\b)"
    r"[A-Za-z])",
    re.I,
)


def _xiaomi_opens_round_up(
    text: str, num: NumberMention, hits: Sequence[tuple[int, int, Entity]]
) -> bool:
    """Whether `num` is a bare figure right after the Xiaomi name that opens the sentence."""
    return _NO_NOUN_AFTER.match(text, num.end) is not None and any(
        _XIAOMI_OPENS.fullmatch(text, 0, s) is not None
        and _XIAOMI_OPEN_TAIL.fullmatch(text, e, num.start) is not None
        for s, e, _ in hits
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
            if _XIAOMI_TAIL.fullmatch(tail):
                return _COMPARED_XIAOMI.fullmatch(text, before.end, s) is not None
    return False


scan.speed_up(globals())
