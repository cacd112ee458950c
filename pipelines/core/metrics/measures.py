"""Which metric, label, unit and bounds a figure has: cue words next to a number, non-car money,
money ranges and units shared by a list.

Apart because choosing what a number measures is one question, asked of every figure before
its period, status and subject.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence

from pipelines.core.metrics import scan
from pipelines.core.metrics.doc_time import _resolve
from pipelines.core.metrics.kinds import (
    BOUNDS,
    CNY_PER,
    COUNT_METRICS,
    DEFAULT_UNIT,
    MONEY_METRICS,
    MONEY_UNITS,
)
from pipelines.core.metrics.lexicon import NOUN_LABELS, Entity, ExtractorConfig
from pipelines.core.metrics.numbers import NumberMention
from pipelines.core.metrics.patterns import (
    _ABSOLUTE,
    _CHANGE_RE,
    _EARLIER_GOAL,
    _GOAL_REVISED,
    _NEXT_ITEM,
    _OF_WHICH_START,
    _THE_FIGURE,
)

_CHANGE_ANYWHERE = re.compile(_CHANGE_RE.pattern.removesuffix("$"), re.I)
# the same, unanchored: whether the sentence has one anywhere (_stands_alone)
_THE_FIGURE_ANYWHERE = re.compile(_THE_FIGURE.pattern.removesuffix("$"), re.I)
# words of _CARRIED, anywhere in the sentence: a superset of where it looks (_stands_alone)
_CARRIED_ANYWHERE = re.compile(
    r"\b(?:figure|number|tally|total|count)\b|\b(?:it|that)\s+(?:was|stood\s+at|came\s+to|amounted\s+to)\b|"
    r"\b(?:that|this)\s+(?:was|is)\s+(?:up|down)\b|\bcompared?s?\s+with\b|数字|此前一个月|"
    r"\b(?:ended|closed|finished)\s+(?:the\s+(?:year|quarter|month)|that\s+year|(?:19|20)\d\d)\s+"
    r"(?:with|at|on)\b|"
    r"前一个月|上一个月|上一季度|上季度|前一季度|去年同期|上年同期|一年前|月份?(?:则|的)?(?:为|是)|"
    r"季度(?:则|的)?(?:为|是)|半年(?:则|的)?(?:为|是)|年(?:则|的)?(?:为|是)|Q[1-4](?:则|的)?(?:为|是)",
    re.I,
)
# a row of a labelled list after a sentence that gave a figure: "Year to date: 300,000+.",
# "September: 40,000+." (the label before the colon, then the figure and nothing else)
_LABELLED_ROW = re.compile(
    # (a bullet's sign first: "- March: over 29,000")
    r"\s*(?:[-•*·–]\s*)?(?P<label>[^:：,，;；.。]{2,40}?)\s*[:：]\s*"
    r"(?:about|around|over|more\s+than|nearly|almost|约|超|超过|逾|近|>|≥|~|≈)?\s*$",
    re.I,
)
_ROW_SHAPE = re.compile(r"[^:：]{2,40}[:：][^\d:：]{0,16}\d")
_ROW_END = re.compile(
    r"\s*(?:\+|-plus|\s*plus)?\s*(?:units|vehicles|cars|辆)?\s*[.。!！]?\s*$", re.I
)

# between a goal and its figure in the languages of data/lang/: a short preposition only
# ("von", "van", "de", "di", "в", "of")
_GOAL_RIGHT_BEFORE = re.compile(r"\s*(?:[^\W\d_]{1,3}\s+)?")


# a sum of money before a plant noun is the plant's price ("a 4-billion-yuan plant"), no count
# of plants
_PLANT_NOUN = re.compile(r"(?:plants?|factory|factories|facility)$", re.I)


def plant_price(num: NumberMention) -> bool:
    """Whether the figure is a sum of money a plant noun follows ("a 4 billion yuan plant")."""
    return (
        num.unit in MONEY_UNITS
        and num.count_noun is not None
        and bool(_PLANT_NOUN.match(num.count_noun))
    )


# "was registered 10,200 times" (insurance registrations): the times count cars
_REGISTERED_BEFORE = re.compile(
    r"\bregistered\s+(?:about\s+|around\s+|some\s+|more\s+than\s+|over\s+|nearly\s+)?$", re.I
)


# German and Dutch "67.000 Mal verkauft", "67.000 keer verkocht": a model sold (delivered) that
# many times, its running total; "Mal angesehen" (views) stays another noun
_SOLD_TIMES_AFTER = re.compile(
    r"\s*(?:Mal|keer)\s+(?:verkauft|ausgeliefert|verkocht|geleverd|afgeleverd)(?![^\W\d_])", re.I
)


# a counter of machines after an approximate Korean or Japanese figure ("700여 대", "700台余り"):
# the unit is left unread after 여, but no person is counted with it
_MACHINE_COUNTER = re.compile(r"\s?(?:여\s?대|台)")


def registered_times(text: str, num: NumberMention) -> bool:
    """Whether "times" after the figure counts registrations ("registered 10,200 times")."""
    # (the noun may take the word after it: "times last week" reads as "times last")
    noun = (num.count_noun or "").lower().split(" ", 1)[0]
    if noun in ("mal", "keer"):
        return _SOLD_TIMES_AFTER.match(text, num.end) is not None
    return (
        noun == "times"
        and _REGISTERED_BEFORE.search(text, max(0, num.start - 40), num.start) is not None
    )


def _heading_metric(cfg: ExtractorConfig, text: str, limit: int = 40) -> str | None:
    """The count a short figure-less heading names: "小米汽车交付量", "Xiaomi deliveries —",
    "October deliveries at a glance:" (a lede over a list may be up to `limit` long)."""
    if len(text) > limit:
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


# a bulleted or plain row of a round-up: "- Xiaomi: over 40,000", "Xiaomi: 40,000+."
# (or a ranked one: "3. Xiaomi - more than 40,000"; or a bare one, "Xiaomi 9,800", 小米汽车 0.98万辆)
_MAKER_ROW_HEAD = re.compile(r"\s*(?:[-•*·–]\s*|(?:#\d{1,2}|\d{1,2}[.)、])\s*)?")
_MAKER_ROW_GAP = re.compile(
    r"\s*(?:汽车|汽車|Auto|EV)?\s*(?:[:：]|\s[-–—])?\s*(?:about|around|over|more\s+than|nearly|almost|"
    r"约|超|超过|逾|近|>|≥|~|≈)?\s*",
    re.I,
)


# a review's sentence whose subject is the period and whose figure is the period's count of the
# measure told before: "The third quarter brought 108,796", "The fourth added more than
# 145,000", "The fourth quarter was the strongest: 69,697 cars", "November saw 25,000"
_PERIOD_SUBJECT = re.compile(
    r"\s*(?:(?:and|then|meanwhile|finally),?\s+)?"
    r"(?:the\s+(?P<ord>first|second|third|fourth|final)(?P<q>\s+quarter|\s+three\s+months)?"
    r"|(?-i:January|February|March|April|May|June|July|August|September|October|November|"
    r"December))"
    r"\s+(?:alone\s+|then\s+)?"
    r"(?:brought(?:\s+in)?|added|saw|yielded|contributed|accounted\s+for|came\s+in\s+at|"
    r"ended\s+(?:at|with)|reached|hit|topped|stood\s+at|"
    r"was\s+(?:the\s+)?(?:strongest|best|busiest|biggest|weakest|slowest|quietest)"
    r"(?:\s+(?:yet|of\s+all|by\s+far|of\s+the\s+year))?\s*(?:[:–—-]|,?\s+with))"
    r"\s*(?:(?:about|around|roughly|nearly|almost|some|more\s+than|over|just\s+(?:over|under)|"
    r"close\s+to|another|a\s+further|a\s+record(?:\s+of)?)\s+)?$",
    re.I,
)
_QUARTER_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4}


def period_subject(text: str, num: NumberMention) -> tuple[int | None, bool] | None:
    """Whether the sentence opens with a period as its subject and a verb right before the
    figure (`_PERIOD_SUBJECT`): None if not, else the quarter's number an ordinal names (None
    for a month) and whether the word "quarter" was said."""
    m = _PERIOD_SUBJECT.fullmatch(text, 0, num.start)
    if m is None:
        return None
    if m.group("ord") is None:
        return None, False
    return _QUARTER_ORDINALS[m.group("ord").lower()], m.group("q") is not None


def _maker_row(text: str, num: NumberMention, hits: Sequence[tuple[int, int, Entity]]) -> bool:
    """Whether the sentence is only a Xiaomi name, a colon and the figure: a row of a
    round-up of makers under a heading that names the measure ("October deliveries:")."""
    return any(
        _MAKER_ROW_HEAD.fullmatch(text, 0, s) is not None
        and _MAKER_ROW_GAP.fullmatch(text, e, num.start) is not None
        for s, e, _ in hits
    ) and bool(_ROW_END.fullmatch(text, num.end) or _ROW_ASIDE.fullmatch(text, num.end))


# a maker's row with an aside after its figure: "- Xiaomi: more than 40,000, its second month
# above that level", "- Xiaomi: 40,000+ (a record), up 80%": no other count in it
_ROW_ASIDE = re.compile(
    r"\s*(?:\+|-plus|\s*plus)?\s*(?:units|vehicles|cars)?\s*(?:[,;(–—]|\s-)"
    r"(?:[^\d]|\d+(?:\.\d+)?\s*%)*$",
    re.I,
)


def _stands_alone(cfg: ExtractorConfig, text: str) -> bool:
    """Whether a plain count of the sentence could be read with no cue: a window after it
    ("50,000 in 27 minutes"), a change before it, "the figure was", a noun label ("402
    stores"). Searched anywhere in the sentence: a superset of where _metric looks."""
    if any(scan.search(p, text) for p in (_WINDOW_AFTER, _CHANGE_ANYWHERE, _THE_FIGURE_ANYWHERE)):
        return True
    if _CARRIED_ANYWHERE.search(text) or _EARLIER_GOAL.search(text) or _GOAL_REVISED.search(text):
        # "That compares with 136,854 in 2024", "It had earlier aimed for 100,000": the
        # measure of the one before
        return True
    if _OF_WHICH_START.match(text):
        return True  # "Of these, about 22,000 were YU7s": the whole's measure
    if (
        cfg.lang == "en"
        and (d := re.search(r"(?<![\d.,])\d", text)) is not None
        and _PERIOD_SUBJECT.fullmatch(text, 0, d.start())
    ):
        return True  # "The third quarter brought 108,796": the measure told before
    if (
        cfg.lang not in ("en", "zh")
        and cfg.the_figure
        and any(
            cfg.the_figure_re.search(text, 0, d.start())
            for d in re.finditer(r"(?<![\d.,])\d", text)
        )
    ):
        return True  # "en mayo la cifra subió a 8.630", "Em junho, foram mais de 25 mil"
    if len(text) < 60 and _ROW_SHAPE.match(text):
        return True  # a row of a labelled list, read by _labelled_row
    return any(scan.search(p, text) for label, p in cfg.label_res if label in NOUN_LABELS)


_MONEY_LABELS = {"operating profit", "operating loss", "gross profit"}
_CHANGE_BEFORE = re.compile(
    r"(?:\b(?:up|down|rose|fell|climbed|grew|jumped|surged|dropped|declined|increased|decreased|"
    r"leap|by|improved|widened|narrowed|expanded|shrank|gain(?:ed|ing)?)\b[^,.;]{0,12}|增长?|增加|下降|减少|升|降|多|少|增幅(?:达)?|降幅(?:达)?)\s*$",
    re.I,
)

# a verb of change with "to": the level reached ("the margin rose to 25.5%"), no change; with
# "from", a level too ("improved from 20.4% to 26.4%": the old level, then the one reached)
_LEVEL_REACHED = re.compile(
    r"\b(?:rose|fell|climbed|grew|jumped|dropped|improved|increased|"
    r"decreased|declined|slipped|widened|narrowed|expanded|shrank|edged\s+(?:up|down))\s+"
    r"(?:to|from)\s*$",
    re.I,
)

# the count of stores named before its figure: 门店数量达到1000家, "its store count reached 402",
# "the number of its car stores rose to 402"
# a labelled row's label, then its figure alone ("Stores in China: 402")
_NOUN_ROW = re.compile(r"(?P<label>[^:：\d]{3,60}(?:\d+[^:：\d]{1,30})?)[:：]\s*")
# the day a store count is told for, between the stores and their verb: 11月底, 在10月末,
# 截至2025年9月30日, 目前
_STORES_WHEN = (
    r"(?:(?:在|截至|截止|到)?(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日|底|末|初|份|中旬|下旬)?(?:时|为止)?"
    r"|(?:在|到)?(?:年底|年末|目前|当前|现在|如今))[，,]?"
)
_STORE_COUNT_BEFORE = re.compile(
    r"(?:门店|门市|展厅|销售网点|销售门店)(?:总)?数(?:量|目)?[^，。；,;\d]{0,8}$"
    # (or with the day it was counted between: 门店数量在10月末达到, 门店11月底达到)
    r"|(?:门店|门市|展厅|销售网点|销售门店)(?:总)?(?:数(?:量|目)?)?\s*" + _STORES_WHEN + r"\s*"
    r"(?:已|共|累计|已经)?(?:达到?|超过?|突破|增至|增加到|扩大?至|为|共计|合计|总计)\s*(?:约|近|超)?$"
    # 销售门店已达335家, 门店总数增至402家: the stores, then a verb of reaching a count
    r"|(?:门店|门市|展厅|销售网点)(?:总数)?\s*(?:已|共|累计|已经)?(?:达到?|超过?|突破|增至|增加到|扩大?至|"
    r"扩展至|扩张至|为|共计|合计|总计)\s*(?:约|近|超)?$"
    # a label and a colon in a list of figures: "门店：335家", "Stores: 335"; 门店已有335家
    r"|(?:门店|门市|展厅|销售网点|销售门店)\s*(?:[:：]|(?:已|共|已经|现|目前)?有|共)\s*(?:约|近|超|共)?$"
    # the stores after the verb: 共有销售门店318家, 拥有汽车门店约400家
    r"|(?:有|拥有|开设了?)\s*(?:汽车)?(?:销售|零售)?(?:门店|门市|展厅|网点)\s*(?:约|近|超过?|共)?$"
    r"|\b(?:stores|showrooms)\s*:\s*$"
    r"|\bstore\s+(?:count|network|tally)\b[^,.;\d]{0,24}$"
    r"|\bnumber\s+of\s+(?:its\s+|their\s+)?(?:[a-z]+\s+){0,3}(?:stores|showrooms|outlets)\b"
    r"[^,.;\d]{0,24}$"
    # the stores, then a verb of reaching a count: "its car stores had grown to 420", "car
    # showrooms now number 420"
    r"|\b(?:stores|showrooms|outlets)\s+(?:had\s+|has\s+|have\s+)?(?:now\s+)?(?:grown|grew|risen|rose|"
    r"increased|expanded|climbed|jumped|reached|number(?:ed)?|totall?ed|stood\s+at)\s+(?:to\s+)?(?:about\s+|"
    r"some\s+|more\s+than\s+|over\s+|nearly\s+)?$"
    # present tense, only for the car stores (bare "stores" may be the phone shops): "its car
    # showrooms now total 420", "EV stores number 420", "Xiaomi Auto's sales outlets now total 280"
    r"|\b(?:car|EV|auto|vehicle)(?:['’]s)?\s+(?:sales\s+|retail\s+|experience\s+)?(?:stores|showrooms|outlets)"
    r"\s+(?:now\s+)?(?:number|total)s?\s+(?:about\s+|some\s+|more\s+than\s+|over\s+|nearly\s+)?$",
    re.I,
)
# the count of service centres named before its figure, as of stores: 服务网点达到230家,
# 开设服务中心120家, 服务网点总数：230家
_SERVICE_COUNT_BEFORE = re.compile(
    r"服务(?:中心|网点|门店)(?:总)?(?:数(?:量|目)?)?\s*(?:" + _STORES_WHEN + r")?\s*"
    r"(?:已|共|累计|已经)?(?:达到?|超过?|突破|增至|增加到|扩大?至|扩展至|扩张至|为|共计|合计|总计|"
    r"[:：]|有)\s*(?:约|近|超)?$"
    r"|(?:有|拥有|开设了?|建成了?)\s*(?:汽车)?服务(?:中心|网点|门店)\s*(?:约|近|超过?|共)?$"
)
# the store count as the subject of its verb, with what the stores do between: "the number of
# Xiaomi Home stores selling cars exceeded 300", "the store count for its cars reached 402":
# the figure counts stores, whatever cue ("selling") stands between
_STORE_COUNT_SUBJECT = re.compile(
    r"\b(?:number\s+of\s+(?:its\s+|their\s+)?(?:[a-z]+\s+){0,3}(?:stores|showrooms|outlets)|"
    r"store\s+(?:count|network|tally))\b[^,.;:\d]{0,36}$",
    re.I,
)


# a verb of having right before a count (of stores, named after it: _label)
_STORES_HAD = re.compile(
    r"(?:(?:共|已|现|目前|已经)?(?:有|拥有|设有)|\b(?:has|have|had|operates|operated|runs|ran)\s+"
    r"(?:a\s+total\s+of\s+|about\s+|some\s+|more\s+than\s+|over\s+|nearly\s+)?)\s*(?:约|近|超过?)?$",
    re.I,
)


def _store_count_told(text: str, num: NumberMention, c_left: int) -> bool:
    """Whether the stores are the subject of the figure's verb: "its car stores now total 402",
    销售门店已达402家, "the number of its stores reached 402" (a count of stores, told as such)."""
    if num.unit in (None, "vehicles") and _STORES_HAD.search(
        text, max(0, num.start - 30), num.start
    ):
        return True  # the stores had: 本集团共有402家汽车销售门店, "it now runs 402 car stores"
    return num.unit is None and bool(
        scan.search(_STORE_COUNT_BEFORE, text, max(0, num.start - 48), num.start)
        or scan.search(_STORE_COUNT_SUBJECT, text, max(c_left, num.start - 80), num.start)
    )


def _counted_noun(pattern: re.Pattern[str], num: NumberMention) -> bool:
    """ "402 car stores": "car" read as the figure's unit, the noun after it is what is counted."""
    return (
        num.unit == "vehicles"
        and num.count_noun is not None
        and bool(pattern.match(num.count_noun))
    )


_ADDED_WORD = re.compile(r"^(?:more|new|additional|further|extra)\s+(?=[a-z])", re.I)


def _label_fits(label: str, num: NumberMention, before: str) -> bool:
    if label in _MONEY_LABELS:
        return num.unit in ("CNY", "USD", "HKD", "EUR")
    if label == "gross margin":
        # "rose to 25.5%" is the level it reached, "rose 1.1 points" a change
        return num.unit == "percent" and (
            not _CHANGE_BEFORE.search(before) or _LEVEL_REACHED.search(before) is not None
        )
    return num.unit is None and num.value == int(num.value)


def _label(
    cfg: ExtractorConfig, text: str, num: NumberMention, c_left: int, c_right: int
) -> str | None:
    """What an `other` figure counts: the noun right after it ("402 stores"), else the nearest
    labelled cue in its clause that fits the number's unit ("operating profit of 700 million
    yuan", "a gross margin of 25.5%"); None when nothing fits."""
    before = text[max(0, num.start - 30) : num.start]
    after = text[num.value_end : num.value_end + 40].lstrip(" ")
    # "open 300 more stores", "80 new stores": the noun after the word of an addition
    after = _ADDED_WORD.sub("", after, count=1)
    for label, pattern in cfg.label_res:
        if (
            label in NOUN_LABELS
            and pattern.match(after)
            and (_label_fits(label, num, before) or _counted_noun(pattern, num))
        ):
            return label
    if _label_fits("service centres", num, before) and _SERVICE_COUNT_BEFORE.search(
        text, max(0, num.start - 48), num.start
    ):
        return "service centres"  # 服务网点达到230家 (服务门店 is no store)
    if _label_fits("stores", num, before) and scan.search(
        # (a window wider than `before`: "Xiaomi Auto's sales outlets now total 280")
        _STORE_COUNT_BEFORE,
        text,
        max(0, num.start - 48),
        num.start,
    ):
        return "stores"  # 门店数量达到1000家, "its store count rose to 402"
    if _label_fits("stores", num, before) and scan.search(
        _STORE_COUNT_SUBJECT, text, max(c_left, num.start - 80), num.start
    ):
        return "stores"  # "the number of its stores selling cars exceeded 300"
    row = _NOUN_ROW.fullmatch(text, 0, num.start)
    if row is not None and _ROW_END.fullmatch(text, num.end):
        # a row whose label names the count: "Car stores in China at the end of September: 402"
        # (the label told first: "Service centres" is no "centres" of stores)
        found = [
            (m.start(), label)
            for label, pattern in cfg.label_res
            if label in NOUN_LABELS
            and _label_fits(label, num, before)
            and (m := pattern.search(row.group("label")))
        ]
        if found:
            return min(found)[1]
    best: tuple[int, str] | None = None
    for label, pattern in cfg.label_res:
        if label in NOUN_LABELS or not _label_fits(label, num, before):
            continue
        for m in scan.finditer(pattern, text, c_left, c_right):
            dist = num.start - m.end() if m.end() <= num.start else m.start() - num.end
            if dist >= 0 and (best is None or dist < best[0]):
                best = (dist, label)
    if best is None and c_left > 0 and _AMOUNT_OPENS.fullmatch(text, c_left, num.start):
        # "录得经营收益，金额为7亿元", "posted an operating profit, amounting to 700 million
        # yuan": a clause that only gives the amount is the figure of the clause before it
        back = max(0, c_left - _AMOUNT_REACH)
        for label, pattern in cfg.label_res:
            if label in _MONEY_LABELS and _label_fits(label, num, before):
                for m in scan.finditer(pattern, text, back, c_left):
                    if best is None or c_left - m.end() < best[0]:
                        best = (c_left - m.end(), label)
    return best[1] if best else None


_AMOUNT_REACH = 24  # characters before the amount's clause that hold the cue it gives
_AMOUNT_OPENS = re.compile(
    # (or the copula alone: "首次实现单季经营收益，为7亿元")
    r"[\s，,]*(?:(?:其)?金额(?:为|达|约为|约|达到)?|数额为|(?:约|则)?为|达到?|amounting\s+to|which\s+came\s+to|"
    r"totall?ing|worth)\s*(?:约|近|超过?|about|some|nearly|roughly)?\s*",
    re.I,
)


_MILESTONE_REACH = 30  # characters either side of a figure that hold its "mark" word


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


# right after a target word, the figure it names: "objectif de 120 000", "при цели в 120 тыс."
_CUE_OF_NEXT = re.compile(r"\s*(?:(?:de|di|da|do|del|della|von|van|в|od)\s+)?\d")
# a bracketed aside, such as a conversion into the reader's currency
_ASIDE_RE = re.compile(r"[(（][^()（）]*[)）]")


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


# a colon after a figure, before the words of another statement
_COLON_THEN_WORDS = re.compile(r"\s?:\s+(?=[^\W\d_])")


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
    if (
        num.count_noun
        and cfg.other_noun_re.match(num.count_noun)
        # (not 人次, people counted once per visit: "试驾预约超过10万人次" is reservations)
        and not (num.unit == "people" and num.count_noun == "次")
        and not plant_price(num)
        and not registered_times(text, num)
    ):
        return None
    after = text[num.value_end : num.value_end + 40].lstrip(" ")
    if any(p.match(after) for label, p in cfg.label_res if label in NOUN_LABELS):
        return "other"  # "402 sales stores": a count of stores, not of cars sold
    if num.unit is None and scan.search(
        _STORE_COUNT_SUBJECT, text, max(lo, num.start - 80), num.start
    ):
        return "other"  # "the number of stores selling cars exceeded 300": stores, not cars sold
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
            if cfg.lang not in ("en", "zh") and _COLON_THEN_WORDS.search(text, num.end, start):
                continue  # "362 000 unités : l'objectif annuel de 350 000": another statement's
            if _NEXT_ITEM.search(_ASIDE_RE.sub(_blank, text[num.end : start])):
                # "9 billion and revenue ...": the cue of the next item (not "21,3 Mrd. Yuan
                # (rund 2,6 Mrd. Euro) um": an aside in brackets is no list)
                continue
            if metric == "delivery_target" and (
                cfg.target_beaten_re.search(text, num.value_end, end + 2)
                or cfg.target_met_re.search(text, num.value_end, end + 2)
            ):
                continue  # "deliveries of 135,000 beat the target": the goal is the object
            if (
                metric == "delivery_target"
                and cfg.lang not in ("en", "zh")
                and _CUE_OF_NEXT.match(text, end)
            ):
                continue  # "137 000 voitures … pour un objectif de 120 000": the next figure's
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
            and text.startswith("-", num.value_end)
            and _PRICE_ADJECTIVE.match(text, num.end) is not None
        ):
            # "a buyer of the 215,900-yuan standard version can put down 59,900 yuan": the
            # car's price as its adjective, whatever the loan's money beside it
            return "price"
        if (
            num.unit in MONEY_UNITS
            and _PRICE_LIKE.search(text[c_left:c_right])
            and not _DISCOUNT.search(text[c_left:c_right])
        ):
            return "price"  # "the SU7 Max at 299,900 yuan"
        if (
            num.unit in MONEY_UNITS
            and (
                NEW_CAR_AFTER.match(text, num.end)
                or _NEW_CAR_BEFORE.search(text, max(0, num.start - 8), num.start)
            )
            and _USED_WORDS.search(text)
        ):
            return "price"  # "a used SU7 fetches 180,000 yuan, against 215,900 yuan new"
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
    if metric == "headcount" and _MACHINE_COUNTER.match(text, num.end):
        return None  # "로봇 700여 대와 직원 약 5000명": machines (robots) counted, not people
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
    "semest", "quý", "çeyrek", "kwarta", "kw.", "półrocz", "kwartaal", "halfjaar", "決算", "月期",
    "three months", "three-month", "six months", "six-month",
)  # fmt: skip


# a quarter's short name in the Romance languages: "en el 3T", "no 3T", "au T3"
_SHORT_QUARTER = re.compile(r"(?<![^\W_])(?:[1-4]T|T[1-4])(?![^\W_])")


def _names_reporting_period(text: str) -> bool:
    low = text.lower()
    return any(word in low for word in _REPORTING_PERIOD_WORDS) or bool(_SHORT_QUARTER.search(text))


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


# a phone word that names the company, not what a figure counts: "the smartphone maker",
# "Der Smartphone-Hersteller", "le fabricant de smartphones", "il produttore di smartphone",
# "производитель смартфонов", "producent smartfonów", "akıllı telefon üreticisi", 手机厂商
_MAKER_BEFORE = re.compile(
    r"(?:\b(?:fabricant|fabricante|produttore|produtor|fabrikant|producent|производител\w*|"
    r"produsen|nhà\s+sản\s+xuất|hãng|géant|gigante|colosso)\s+(?:\w+\s+)?(?:de\s+|di\s+|"
    r"van\s+)?"
    # the company described in an aside: "the company, better known for its phones,", "Xiaomi,
    # which also makes smartphones,"
    r"|\b(?:(?:better|best|mainly|mostly|largely|chiefly)\s+)?(?:known|famous|renowned)\s+(?:for|as)"
    r"\s+(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+){0,2}"
    r"|\b(?:which|that|who)\s+(?:also\s+|still\s+|mainly\s+)?(?:makes|sells|builds)\s+(?:[\w-]+\s+){0,2})$",
    re.I,
)
_MAKER_AFTER = re.compile(
    # (a maker of several products: "the smartphone and appliance maker", "phone, TV and EV
    # maker")
    r"(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)[\w-]+){0,3}"
    r"[-\s]?(?:makers?|giants?|brands?|companies|company|firms?|vendors?|manufacturers?|"
    r"(?:-|\s)?hersteller\w*|(?:-|\s)?konzern\w*|(?:-|\s)?riese\w*|(?:-|\s)?maker\w*|"
    # (Japanese 大手, "major": "スマホ大手のシャオミ", the smartphone major)
    r"(?:-|\s)?fabrikant\w*|(?:-|\s)?gigant\w*|üretici\w*|devi\w*|厂商|厂家|巨头|メーカー|大手|"
    r"\s?업체|\s?제조사)",
    re.I,
)


def _counts_non_car(cfg: ExtractorConfig, clause: str) -> bool:
    """A phone or gadget word in the clause that is not the company's own description ("the
    smartphone maker delivered 40,000 EVs" counts cars, as English "Xiaomi" would)."""
    return any(
        not _MAKER_AFTER.match(clause, m.end())
        # (the words before it read within the longest such phrase: linear in the clause)
        and not _MAKER_BEFORE.search(clause, max(0, m.start() - 80), m.start())
        for m in scan.finditer(cfg.non_car_re, clause)
    )


def _locale_non_car_money(cfg: ExtractorConfig, text: str, start: int) -> bool:
    """The languages of data/lang/: phones (data `non_car`) named after the last car word
    before an amount ("スマホ事業が947億元", "los ingresos por smartphones")."""
    last_other = max((m.end() for m in cfg.non_car_re.finditer(text, 0, start)), default=-1)
    cars = cfg.business_res["cars"]
    last_car = max((m.end() for m in cars.finditer(text, 0, start)), default=-1)
    # "スマートフォン大手、小米集団が…売上高1160億元": a maker described, then named, is the group
    return last_other > last_car and not scan.search(cfg.entity_re, text, last_other, start)


def _cars_nearer(
    cfg: ExtractorConfig,
    text: str,
    num: NumberMention,
    numbers: list[NumberMention],
    left: int,
    right: int,
) -> bool:
    """Whether, in a clause that names phones too, the figure is the cars' one: each product
    word belongs to the figure nearest it, and a car word is this figure's, no phone word:
    "setzte 43,3 Mio. Smartphones ab und lieferte 108.796 Autos aus", "스마트폰 4330만대를
    출하하고 자동차 10만8796대를". A noun after a figure is nearer by half ("42,4 milioni di
    smartphone e 81.302 auto", "1500万部手机和4万多辆汽车": the phones are the first figure's)."""

    def gap(m: re.Match[str], n: NumberMention) -> tuple[float, int]:
        if m.end() <= n.start:
            return (float(n.start - m.end()), 1)
        return (max(0, m.start() - n.end) / 2, 0)

    near = [n for n in numbers if left <= n.start < right] or [num]

    def own(m: re.Match[str]) -> bool:
        return min(near, key=lambda n: gap(m, n)) is num

    if not any(own(m) for m in scan.finditer(cfg.business_res["cars"], text, left, right)):
        return False
    return not any(own(m) for m in scan.finditer(cfg.non_car_re, text, left, right))


_CAR_SEGMENT_NAME = re.compile(
    r"\b(?:EVs?|smart\s+EV|cars?|vehicles?|automotive|new\s+initiatives?)\b|汽车|电动车|创新业务|新业务",
    re.I,
)
# "18.6 billion and 20.6 billion yuan": the unit said once, after the last
# (and the other languages' "and"/"or": "coûtent respectivement 259 900 et 303 900 yuans")
_SHARED_UNIT_GAP = re.compile(
    r"\s*(?:,\s*)?(?:and|or|to|versus|vs\.?|,|、|和|及|与|et|ou|und|oder|y|o|e|ed|en|of|i|oraz|lub)\s*"
)


# money words right before an amount in 亿 with no currency: "营收283亿", "亏损3亿"
_ZH_MONEY_BEFORE = re.compile(
    r"(?:营收|收入|营业额|亏损|净亏|净利润?|利润|投入|投资|研发费用)[^\d，。；]{0,4}$"
)


# a table's currency in brackets after its label: "prices (yuan):", 售价（万元）
_UNIT_LABEL = re.compile(
    r"[(（]\s*(?:(?P<wan>万元|10,000\s+yuan)|yuan|RMB|CNY|元|人民币)\s*[)）]\s*[:：]", re.I
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
    label = _UNIT_LABEL.search(text)
    if label is not None:
        # "Xiaomi SU7 prices (yuan): Standard 215,900 | Pro 245,900", 售价（万元）：21.59 | 24.59:
        # the currency said once in brackets after a table's label is every bare figure's
        scale = 1e4 if label.group("wan") else 1.0
        out = [
            dataclasses.replace(
                n,
                unit="CNY",
                value=n.value * scale,
                value_max=None if n.value_max is None else n.value_max * scale,
            )
            if n.start >= label.end()
            and n.unit is None
            and (n.value < 1000 if scale > 1 else n.value >= 1000)
            else n
            for n in out
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
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if (
            b.unit is None
            and a.unit in MONEY_UNITS
            and b.value >= 1e6
            and _LABELLED_BRACKET_GAP.fullmatch(text, a.end, b.start)
        ):
            # "29,0 Mrd. Yuan (Vorquartal: 21,3 Mrd.)", "28.3 billion yuan (Q2: 20.6 billion)":
            # another period's amount in the same currency
            out[i] = dataclasses.replace(b, unit=a.unit)
    return out


# from an amount to a bracket's labelled amount: " in Q3 (Q2: ", " (Vorquartal: ", " (tweede
# kwartaal 2025: ", " (in het tweede kwartaal: "
_LABELLED_BRACKET_GAP = re.compile(
    r"[^()（）;；。\d]{0,40}?\s*[(（]\s*[^\W\d_][^\W_]{0,14}(?:[\s'’][^\W_]{1,12}){0,3}\s*[:：]\s*"
)


# "priced from 215,900 yuan to 303,900 yuan", "售价21.59万元至30.39万元": one range, each end
# with its currency; not a change ("cut the price from 215,900 yuan to 199,900 yuan")
_RANGE_FROM = re.compile(
    r"(?:\b(?:from|between)|售价|价格|定价|价位)\s*(?:RMB|CNY|US\$|\$|¥)?\s*$", re.I
)
_RANGE_TO = re.compile(
    r"\s*(?:to|and|至|到|[-–~])\s*(?:RMB|CNY|US\$|\$|¥)?\s*"
    # each end with its trim: "from 215,900 yuan for the base car to 299,900 yuan for the Max"
    r"|\s*,?\s*for\s+(?:the\s+|a\s+|its\s+)?(?:[\w-]+\s+){0,3}?[\w-]+\s*,?\s+to\s+(?:RMB|CNY|US\$|\$|¥)?\s*",
    re.I,
)
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


# the new car's price told after a used one's: "compared with 215,900 yuan new", "versus
# 299,900 yuan for a new one" (a price of the model, wherever a comparison word puts it)
NEW_CAR_AFTER = re.compile(
    r"\s+(?:(?:yuan|RMB)\s+)?(?:(?:when\s+)?(?:bought\s+)?new\b"
    r"|(?:for|of)\s+a\s+(?:brand[- ])?new\s+(?:one|car|[\w-]+)\b)",
    re.I,
)
_USED_WORDS = re.compile(r"\b(?:used|second[- ]?hand|pre-?owned|resale)\b|二手", re.I)
# 二手SU7约18万元，相比新车21.59万元: the new car's price after a word of comparison
_NEW_CAR_BEFORE = re.compile(r"(?:对比|對比|相比|比起)新(?:车|車)(?:的)?\s*$")
_PRICE_LIKE = re.compile(r"\b(?:SU7|YU7|Ultra|Max|Pro|version|edition|trim|variant)\b|版|款", re.I)
# what a price told as an adjective qualifies: "the 215,900-yuan standard version"
_PRICE_ADJECTIVE = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:SU7|YU7|Ultra|Max|Pro|version|edition|trim|variant|model|sedan|"
    r"SUV|car|EV)\b",
    re.I,
)
# money near a car that is not what the car costs: a cut, a subsidy, a deposit, or what a loan
# asks first or each month ("a down payment from 49,900 yuan", "put down 30,000 yuan", 首付, 月供)
_DISCOUNT = re.compile(
    r"\b(?:off|discount|cut|subsid\w*|rebate|cheaper|savings?|deposit|down[- ]?payments?|"
    r"put\s+down|loans?|installments?|instalments?|monthly\s+payments?|a\s+month)\b"
    r"|降价|优惠|补贴|定金|订金|首付|月供|分期|贷款",
    re.I,
)


_BUYERS = re.compile(
    r"\b(?:buyers?|owners?|customers?|purchasers?|orders?|pre-?orders?|bookings?|reservations?|"
    r"users?|ownership|female|women)\b|女性|用户|车主|买家|订单|锁单|大定|家庭|车型",
    re.I,
)
_NOT_BUYERS = re.compile(
    r"\b(?:market|margin|growth|employees?|staff|workforce|shares?\s+(?:rose|fell|jumped)|"
    # (not a brand's phone its buyers used: "52% of YU7 buyers had an Apple phone")
    r"smartphones?|(?<!Apple\s)(?<!Android\s)(?<!Huawei\s)phones?(?!\s+(?:ecosystem|users?|owners?))|shipments?|stake|interest|(?<!ownership\s)rate|discount|battery|"
    r"efficiency|"
    r"increase|decrease|year-on-year|quarter-on-quarter|month-on-month|"
    # a share of orders given up or of cars recalled, a conversion rate: no buyer group
    r"cancel(?:l?ed|l?ing|s|lations?)?|refund(?:ed|s)?|recall(?:ed|s|ing)?|convert(?:ed)?|"
    r"conversion)\b|"
    # (大定转锁单比例: the share of orders locked, a conversion rate)
    r"市场份额|市占率|毛利|增长|同比|环比|员工|手机|出货|退订|退单|退定|撤单|召回|转化|转为?大定|"
    r"转(?:为|成)?锁单|转锁",
    re.I,
)


_RECALL_SHARE = re.compile(r"召回|\brecall(?:s|ed|ing)?\b", re.I)


def _buyer_share(text: str, num: NumberMention, c_left: int, c_right: int) -> bool:
    """A share of buyers: "28% of SU7 buyers are women", "女性用户占比30%". Market shares,
    margins, changes and headcount shares are not."""
    clause = text[c_left:c_right]
    if _SHARE_PRICE_MOVE.search(text, max(c_left, num.start - 60), num.start):
        return False  # "Shares of Xiaomi jumped as much as 8%": the stock's move
    if _MARKET_NORM.search(text, max(c_left, num.start - 40), num.start):
        return False  # "against an industry average of around 20%": the market's, not Xiaomi's
    if _RECALL_SHARE.search(text, 0, c_right):
        return False  # "召回11.7万辆SU7，占该车型累计交付量的约四成": the cars a recall covers
    if _NOT_BUYERS.search(clause) or _CHANGE_RE.search(
        text[max(c_left, num.start - 30) : num.start]
    ):
        return False
    if (
        not _BUYER_PEOPLE.search(clause)
        and (
            _MIX_PART.search(text, c_left, num.start) is not None
            or _MIX_AFTER.search(text, num.end, c_right) is not None
        )
        and not re.search(r"\bfrom\b|来自", clause)
    ):
        # "其中YU7订单占比超过六成", "the YU7 Max made up 40% of orders": a model's or a trim's
        # share of the orders, no group of buyers (not "… of orders came from Tesla owners")
        return False
    return bool(_BUYERS.search(clause)) and _share_phrase(clause)


# a share price's move named before the figure ("Shares of Xiaomi jumped as much as 8%",
# "the stock climbed 5%", "股价大涨8%")
_SHARE_PRICE_MOVE = re.compile(
    r"(?:\b(?:shares?|stocks?)\b(?:\s+(?:of|in)\s+[\w.&-]+(?:\s+[\w.&-]+)?)?\s+(?:\w+\s+)?"
    r"(?:rose|rise[sn]?|fell|fall(?:s|en)?|jump(?:s|ed)?|climb(?:s|ed)?|surg(?:e|es|ed)|soar(?:s|ed)?|"
    r"slid|slump(?:s|ed)?|drop(?:s|ped)?|gain(?:s|ed)?|los[et]|tumbl(?:e|es|ed)|plung(?:e|es|ed)|"
    r"rall(?:y|ies|ied)|sank|clos(?:e|es|ed)|spik(?:e|es|ed)|lost|added)\b"
    r"(?:\s+(?:as\s+much\s+as|by|nearly|almost|about|around|some|up\s+to|more\s+than|over|"
    r"up|down))*\s*"
    r"|(?:股价|股票)[^，,。；;\d%]{0,8})$",
    re.I,
)
# a market-wide norm right before a share ("against an industry average of around 20%",
# "行业平均水平约20%")
_MARKET_NORM = re.compile(
    r"\b(?:industry|sector|market|national|segment)(?:-wide)?\s+(?:average|norm|level|rate|figure)\b|"
    r"行业平均|平均水平|行业水平|全国平均",
    re.I,
)


# the people a buyer share is of
_BUYER_PEOPLE = re.compile(
    r"\b(?:buyers?|owners?|customers?|purchasers?|users?|ownership|female|women|men|famil(?:y|ies)|"
    r"drivers?|consumers?|clients?|people|loyalists?|fans)\b|女性|男性|用户|车主|买家|家庭|客户|"
    r"消费者|人群|车友",
    re.I,
)
# a model or a trim as the part a share is of ("YU7订单占比", "the Max version made up"):
# that car's part of the orders
_MIX_PART = re.compile(
    r"(?:SU7|YU7|Ultra|Max|Pro|版本?|车型)\s*(?:的)?\s*(?:(?:锁单|订单|大定|销量)(?:量)?\s*)?(?:占比|比例)"
    r"|\b(?:SU7|YU7|Ultra|Max|Pro|trims?|versions?|variants?)\s+(?:alone\s+)?(?:made\s+up|"
    r"accounted\s+for|represented|took)\b",
    re.I,
)


# the part named after the share: "20% of SU7 orders went to the Max trim"
_MIX_AFTER = re.compile(
    r"\b(?:went\s+to|were\s+for|was\s+for|chose|picked|opted\s+for)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:SU7|YU7|Ultra|Max|Pro|trims?|versions?|variants?|editions?)\b",
    re.I,
)


_SHARE_PHRASE = re.compile(
    r"account|made up|make up|reach|share|proportion|\bwere\b|\bare\b|\bis\b|"
    r"\bof\s+(?:[\w'’-]+\s+){0,3}?(?:buyers|orders|pre-?orders|owners|customers|users|purchasers)|"
    r"\b(?:come|came|coming|originat\w+)\s+from|ownership\s+rate|占|比例|来自|"
    # "a third of the cars it delivered went to women": the cars' buyers (a group of people
    # after "went to", not "went to the Max trim")
    r"\b(?:went|go(?:es)?|going)\s+to\s+(?:[\w'’-]+\s+){0,2}?(?:women|men|female|male|"
    r"buyers|owners|customers|drivers|families|consumers|people)\b|"
    # "其中约40%为女性用户", "四成是女性", "约三成车主为女性": the share, then "are"
    r"[%成]\s*(?:(?:的)?(?:车主|用户|买家|客户|消费者)\s*)?(?:为|是)",
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


# ", shipping roughly 420,000": a clause of its own past the comma
# (also "tops its 2024 target with 135,000 cars delivered": the figure that beat the goal)
_PARTICIPLE_AFTER = re.compile(r"[,，]\s*(?:[a-z]+ing)\b|\s+with\s")


def _locale_the_figure(cfg: ExtractorConfig, text: str, start: int, end: int) -> bool:
    """ "en mayo la cifra subió a", "le chiffre est passé à" (data/lang/ `the_figure`)."""
    return cfg.lang not in ("en", "zh") and cfg.the_figure_re.search(text, start, end) is not None


scan.speed_up(globals())
