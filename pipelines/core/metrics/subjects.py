"""Whose figure it is: the running context of names through an article, said-by, owners,
asides and anaphors, and the subject chosen for each figure.

Apart because the subject rules read the article's names and context, not the figure's words.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pipelines.core.metrics import scan
from pipelines.core.metrics.figure_periods import _launch_of
from pipelines.core.metrics.kinds import (
    BUSINESS_METRICS,
    COUNT_METRICS,
    GROUP_METRICS,
    MODEL_METRICS,
)
from pipelines.core.metrics.lexicon import Entity, ExtractorConfig
from pipelines.core.metrics.lists import _figure_follows
from pipelines.core.metrics.locale_numbers import lang_data
from pipelines.core.metrics.measures import _last_segment_non_car, _part_between
from pipelines.core.metrics.names import _named, _names
from pipelines.core.metrics.numbers import NumberMention, fold
from pipelines.core.metrics.patterns import _ABSOLUTE, _MAKER_AFTER_WORD, _NEXT_ITEM, _YEAR_RE
from pipelines.core.metrics.sentences import _Sentence

if TYPE_CHECKING:  # annotations only: extract.py imports this module
    from pipelines.core.metrics.extract import ExtractedEvent


@dataclass
class _Context:
    last_entity: Entity | None = None
    last_model: Entity | None = None
    last_competitor: bool = False
    prev_model: Entity | None = None  # a model named in the previous sentence
    sentence_model: Entity | None = None  # the model this sentence's events resolved to
    decimal: str | None = None  # the article's decimal mark, for languages that vary
    last_event: ExtractedEvent | None = None  # what "the figure" of a later sentence refers to
    last_margin: ExtractedEvent | None = None  # the last gross margin told ("Last quarter the …")
    # the last result told (revenue, loss, or an `other` result such as an operating profit)
    last_result: ExtractedEvent | None = None
    # the line before was a result row whose bracket holds the previous quarter's figure
    # ("Omzet: 29,0 miljard yuan (vorig kwartaal: 21,3 miljard)"): a bare bracket of the
    # row under it is of that quarter too (figure_periods._bare_bracket_base)
    bracket_base_rows: bool = False
    # the same with a named period ("Omzet: 20,6 miljard yuan (eerste kwartaal: 18,1
    # miljard)"): that bracket's label, of the rows under it (figure_periods._bracket_row_label)
    bracket_rows_label: str | None = None
    # ids of this sentence's prices that are no average: no reporting period is theirs
    list_prices: set[int] = dataclasses.field(default_factory=set)
    years_named: set[int] = dataclasses.field(default_factory=set)  # in the sentences before
    # the measure a short heading with no figure named ("小米汽车交付量", "Xiaomi deliveries"):
    # what the labelled rows after it count
    heading_metric: str | None = None
    # the measure a list's lede named ("小米汽车2025年下半年各月交付量如下："): what the rows right
    # under it count, whatever the figure told before the lede counted
    list_metric: str | None = None
    # the count a headline over a ranked list names ("November EV deliveries: eight makers
    # ranked"): what a row "Xiaomi - more than 40,000" of the list counts
    title_metric: str | None = None
    # a short heading with no figure named prices ("Trim Price Range"): the rows under it that
    # give a model, its trim and a bare figure give its price
    price_heading: bool = False
    # the business the sentences before named last was phones or gadgets, not cars: what
    # "this segment" or 该业务 of the next one refers to
    non_car_segment: bool = False
    # the sentence before told of a plant that makes no cars (air conditioners, phones): whose
    # staff "The plant will employ 3,000 people" of the next one counts
    non_car_plant: bool = False
    # the sentence before opened with a rival ("特斯拉Model Y是小米YU7的主要对手。"): what 该车,
    # "The company" or "It" of the next one refers to
    rival_first: bool = False
    # the Xiaomi name that opened the sentence before, ahead of any rival: what 该车 or "It"
    # of the next one refers to ("小米YU7是特斯拉Model Y的主要对手。该车…")
    first_xiaomi: Entity | None = None
    # the company the text first named, when it was Xiaomi and named before any rival (a
    # filing or results story of Xiaomi's): who 本集团 / 本公司 ("this group", the filer's word
    # for itself) of a later sentence is, whatever rival was named in between
    filer: Entity | None = None
    filer_told: bool = False
    last_year: int | None = None  # the last year the sentences before named ("that year")
    last_day: dt.date | None = None  # the last full day the story told (上市当月: its month)
    # the measure of the sentence before when it counted only a product that is no car ("sold
    # 43.3 million smartphones"): what a bare count of cars right after it counts ("Bei den
    # Autos waren es 108.796 Stück")
    non_car_measure: str | None = None
    # the sentence before named the car segment last ("Xiaomi's EV segment posted …"): what
    # "Its operating loss" of the next one is about
    car_segment_before: bool = False
    # the measure of the rivals' counts the sentences before told, since Xiaomi's last figure
    # ("Tesla registered 15,300 vehicles …"): what "Xiaomi came in at 9,200" of a later
    # sentence of the round-up counts
    rival_measure: str | None = None
    # the product the sentences before named last was a phone or gadget, not a car ("Xiaomi
    # launched its Xiaomi 17 series …"): what "sales of the series" of the next one counts.
    # Read only when a sentence points back to a product (`phone_named_last`), from the
    # sentences not read yet: looking for phone words in every sentence cost a fifth of the
    # extractor's time on a long page, for the rare sentence that asks.
    phone_last: bool = False
    unread: list[str] = dataclasses.field(default_factory=list)


def _mentions_xiaomi(cfg: ExtractorConfig, title: str | None, sentences: list[_Sentence]) -> bool:
    if title and scan.search(cfg.entity_re, fold(title, cfg.lang)):
        return True
    return any(_names(cfg, s.text)[0] for s in sentences)


def _last_product_non_car(cfg: ExtractorConfig, text: str) -> bool | None:
    """Whether the product a sentence names last is a phone or gadget (data `non_car`, not "the
    smartphone maker") rather than a car or a Xiaomi car name (None: it names neither)."""
    last_other = max(
        (
            m.end()
            for m in scan.finditer(cfg.non_car_re, text)
            if not _MAKER_AFTER_WORD.match(text, m.end())
        ),
        default=-1,
    )
    last_car = max(
        [m.end() for m in scan.finditer(cfg.business_res["cars"], text)]
        + [e for _, e, ent in _names(cfg, text)[0] if ent.kind != "group"],
        default=-1,
    )
    if last_other == last_car == -1:
        return None
    return last_other > last_car


def phone_named_last(cfg: ExtractorConfig, ctx: _Context) -> bool:
    """Whether the product the sentences before named last is a phone or gadget: the latest
    sentence not read yet that names a product decides, else the answer read before."""
    for text in reversed(ctx.unread):
        phone = _last_product_non_car(cfg, text)
        if phone is not None:
            ctx.phone_last = phone
            break
    ctx.unread.clear()
    return ctx.phone_last


def _update_context(cfg: ExtractorConfig, ctx: _Context, text: str) -> None:
    years = [int(y) for y in _YEAR_RE.findall(text)]
    ctx.years_named.update(years)
    if years:
        ctx.last_year = years[-1]
    segment = _last_segment_non_car(text) if cfg.lang in ("en", "zh") else None
    if cfg.lang in ("en", "zh"):
        ctx.unread.append(text)
    if segment is not None:
        ctx.non_car_segment = segment
    if _PLANT_WORD.search(text):
        ctx.non_car_plant = non_car_plant(cfg, text)
    last = None
    last_pos = -1
    ctx.prev_model = None
    entity_hits, comp_hits = _names(cfg, text)
    if entity_hits and cfg.lang == "en" and "," in text:
        # "The automaker, whose SUVs compete with Xiaomi's YU7, expects …": what the next
        # sentence goes on about is not the name in the aside
        entity_hits, comp_hits = _outside_asides(text, entity_hits, comp_hits)
    rival_aside = False
    if entity_hits and cfg.lang not in ("en", "zh"):
        entity_hits, comp_hits, rival_aside = _outside_rival_asides(
            cfg, text, entity_hits, comp_hits
        )
    for start, _, ent in entity_hits:
        if ent.kind == "model":
            ctx.last_model = ctx.prev_model = ent
        if start > last_pos:
            last, last_pos = ent, start
    # a whole market named is nobody's figure in its own sentence, not a rival the next
    # sentences go on about ("the overall smartphone market ... Revenue for the quarter")
    comp = [s for s, e in comp_hits if not scan.search(cfg.market_re, text[s:e])]
    if (
        comp
        and not entity_hits
        and (
            compared_only(cfg, text, comp_hits)
            # "El modelo compite directamente con el Tesla Model Y, que parte de …": the
            # sentence opens on the story's car, the rival is what it is set against
            or (
                cfg.lang not in ("en", "zh")
                and cfg.model_anaphor_re.match(text) is not None
                and _each_referenced(cfg, text, comp_hits)
            )
        )
    ):
        # "Prices start at 253,500 yuan, less than Tesla's Model Y": the story's car stays
        # what the next sentence goes on about
        comp = []
    if comp and not entity_hits and _ASIDE_START.match(text):
        # "Zum Vergleich: Tesla lieferte 1,79 Millionen Autos aus": rivals named only as a
        # yardstick; the story goes on about Xiaomi ("Der Konzernumsatz stieg …")
        comp = []
    if entity_hits or comp:
        first_xiaomi = min((s for s, _, _ in entity_hits), default=len(text))
        ctx.rival_first = bool(comp) and min(comp) < first_xiaomi
        if not ctx.filer_told:
            ctx.filer_told = True
            if not ctx.rival_first:
                ctx.filer = min(entity_hits, key=lambda h: h[0])[2]
        ctx.first_xiaomi = None
        if entity_hits and not ctx.rival_first:
            # the narrowest name at the opening ("小米YU7": the YU7, not 小米)
            opening = [ent for s, e, ent in entity_hits if s <= first_xiaomi + 3]
            ctx.first_xiaomi = max(opening, key=lambda ent: _specificity(ent.name))
    if (
        cfg.lang in ("en", "zh")
        and not comp
        and text.rstrip().endswith((":", "："))
        and (car := _car_unit_last(cfg, text, last_pos)) is not None
    ):
        # "In April to June, the EV unit reported:", "Key numbers for its car business:": the
        # rows under a lede that names the car business last are that business's
        last, last_pos = car, len(text)
    if last is not None:
        ctx.last_entity = last
        ctx.last_competitor = (
            bool(comp) and max(comp) > last_pos and not _starts_with_xiaomi(cfg, text)
        )
    elif comp or rival_aside:
        ctx.last_competitor = True


def _car_unit_last(cfg: ExtractorConfig, text: str, after: int) -> Entity | None:
    """Xiaomi Auto, when the car business ("the EV unit", 汽车业务) is the business a
    figure-less lede names last, past any name, the group's whole or another segment."""
    car = max((m.end() for m in scan.finditer(cfg.business_res["segment"], text)), default=-1)
    if car <= after:
        return None
    if any(m.end() > car for m in scan.finditer(cfg.business_res["group_total"], text)):
        return None
    if _last_segment_non_car(text):
        return None
    return _named(cfg, "Xiaomi Auto")


# "compite directamente con el", "concorre com o": what the story's car is set against
_COMPETES_WITH = re.compile(
    r"\b(?:compite|compiten|concorre|concorrem|rivaliza|rivalizan|rivalizam)\s+"
    r"(?:directamente\s+|diretamente\s+)?(?:con|com)\s+(?:el\s+|la\s+|o\s+|a\s+)?$",
    re.I,
)


def _each_referenced(cfg: ExtractorConfig, text: str, comp_hits: Sequence[tuple[int, int]]) -> bool:
    """Every rival name right after a word that sets something against it ("compite con el
    Tesla Model Y"; data `reference`), a name that goes on the one before ("Model Y" after
    "Tesla") counted with it."""
    prev_end = -2
    for s, e in sorted(comp_hits):
        if (
            s - prev_end > 1
            and cfg.reference_re.search(text, max(0, s - 40), s) is None
            and _COMPETES_WITH.search(text, max(0, s - 40), s) is None
        ):
            return False
        prev_end = e
    return bool(comp_hits)


# a sentence that opens as an aside of comparison
_ASIDE_START = re.compile(
    r"\W*(?:for|by|in)\s+comparison\b|\W*zum\s+Vergleich\b|\W*(?:par|à\s+titre\s+de)\s+comparaison\b"
    r"|\W*(?:en|a\s+modo\s+de|como|por|para)\s+compara(?:ción|ção)\b|\W*per\s+confronto\b"
    r"|\W*ter\s+vergelijking\b|\W*для\s+сравнения\b",
    re.I,
)


# the words after a quote that name who said it: ”雷军说，, " Lei Jun said
_SAID_WORDS = ("said", "says", "told", "added", "wrote", "posted", "tweeted", "stated", "noted")
_SAID_AFTER = re.compile(
    r"[^，。,.;；“”\"]{0,12}?(?:说|表示|称|指出|坦言|透露|写道|发文|发博)"
    r"|\s*(?:\w+\s+){0,3}?(?:" + "|".join(_SAID_WORDS) + r")\b",
    re.I,
)


def compared_only(cfg: ExtractorConfig, text: str, comp_hits: Sequence[tuple[int, int]]) -> bool:
    """Every rival of the sentence is named only as the base of a comparison after a figure
    ("253,500 yuan, about 10,000 yuan less than Tesla's Model Y"): not the sentence's topic."""
    for s, _ in comp_hits:
        m = scan.search(cfg.compared_re, text, 0, s)
        if m is None or not any(ch.isdigit() for ch in text[: m.start()]):
            return False
    return bool(comp_hits)


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
    said = following[start:end].lower().endswith(_SAID_WORDS)
    return ent if said or _SAID_AFTER.match(following, end) else None


def _starts_with_xiaomi(cfg: ExtractorConfig, text: str) -> bool:
    entity_hits, comp_hits = _names(cfg, text)  # the first of each is what a search finds
    return bool(entity_hits) and (not comp_hits or entity_hits[0][0] < comp_hits[0][0])


def _owner_of_later(cfg: ExtractorConfig, text: str, start: int, name: int) -> bool:
    """Between a figure (ending at `start`) and a name at `name`: another figure whose owner's
    word ("u", "de", "pour", data `owned_by`) leads right up to the name."""
    last = max((m.end() for m in _NEXT_FIGURE.finditer(text, start, name)), default=-1)
    if last < 0:
        return False
    owner = cfg.owned_by_re.match(text, last, name)
    return owner is not None and owner.end() == name


# the row of a list that sums the others: "total: 40,657", 合计：4万
_TOTAL_LABEL = re.compile(
    r"\b(?:total|combined|overall|altogether)\s*[:：]\s*$|(?:合计|总计|共计)\s*[:：]?\s*$", re.I
)
# a model's launch told right after its name, closing its clause: "随着YU7上市，", "YU7发布后，"
_ZH_LAUNCHED_AFTER = re.compile(
    r"\s*(?:正式)?(?:上市|發布|发布|亮相|开售|開售|交付)(?:后|後|以后)?\s*[,，]"
)
_AFTER_BREAK = re.compile(
    r"[,;，；]\s*(?:(?:the|le|la|les|el|los|las|il|der|die|a|o|os|as|het)\s+)?$", re.I
)
_NEXT_FIGURE = re.compile(r"\d")
# a figure that is no bare year ("2024", "2024년", "2024'te")
_NEXT_AMOUNT = re.compile(r"(?<![\d.,])(?!(?:19|20)\d\d(?![\d]|[.,\s]\d))\d")


def _next_figure_named(
    text: str, start: int, end: int, comp_hits: Sequence[tuple[int, int]]
) -> bool:
    """A figure (no bare year) within text[start:end] with no rival named before it there."""
    nxt = _NEXT_AMOUNT.search(text, start, end)
    return nxt is not None and not any(start <= c < nxt.start() for c, _ in comp_hits)


# two models' figures added up
_TOGETHER = re.compile(
    r"\b(?:together|combined|between\s+them|in\s+total)\b|合计|共计|总计|一共|加起来|累计共",
    re.I,
)


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


# a score told after a verb of beating: "The SU7 outsold the Model 3 in September, 13,100
# units to 9,400": the first figure is the winner's (named before the verb), the second the
# one beaten (named right after it)
_BEAT_VERB = re.compile(
    r"\b(?:out-?s(?:old|ells?|elling)|out-?deliver(?:ed|s|ing)?|outpac(?:ed|es|ing)|beat|beats)\b",
    re.I,
)
_SCORE_NEXT = re.compile(r"\s*(?:units|cars|vehicles|registrations)?\s+to\s+(?:about\s+)?\d", re.I)
_SCORE_BEFORE = re.compile(
    r"\d\s*(?:units|cars|vehicles|registrations)?\s+to\s+(?:about\s+)?$", re.I
)


# a bracket right after a money or people figure that scopes it to the whole group
_GROUP_SCOPE_AFTER = re.compile(
    r"\S{0,6}\s*[(（]\s*(?:集团(?:口径|层面|整体|合计)|全集团|"
    r"(?:group[-\s]wide|group[-\s]level|for\s+the\s+(?:whole|entire)\s+group|whole\s+group))\s*[)）]",
    re.I,
)


def _score_owner(
    text: str,
    num: NumberMention,
    c_left: int,
    entity_hits: Sequence[tuple[int, int, Entity]],
    comp_hits: Sequence[tuple[int, int]],
) -> tuple[bool, Entity | None]:
    """(True, owner) when `num` is a figure of a score after a verb of beating (the owner
    None when it is a rival's); (False, None) when it is not."""
    first = _SCORE_NEXT.match(text, num.end) is not None
    if not first and _SCORE_BEFORE.search(text, max(0, num.start - 40), num.start) is None:
        return False, None
    verbs = list(_BEAT_VERB.finditer(text, c_left, num.start))
    if not verbs:
        return False, None
    verb = verbs[-1]
    names: list[tuple[int, int, Entity | None]] = [
        *entity_hits,
        *((s, e, None) for s, e in comp_hits),
    ]
    if first:
        before = [h for h in names if h[1] <= verb.start()]
        return (True, max(before, key=lambda h: h[1])[2]) if before else (False, None)
    after = [h for h in names if verb.end() <= h[0] < num.start]
    return (True, min(after, key=lambda h: h[0])[2]) if after else (False, None)


# a participle clause opening the sentence with what the car cost new, then the model:
# "Bought at 245,900 yuan, the SU7 Pro …", "Purchased new for 329,900 yuan, his YU7 …"
BOUGHT_LEAD = re.compile(
    r"\s*(?:Bought|Purchased)\s+(?:(?:brand[- ])?new\s+)?(?:at|for)\s+(?:about\s+|around\s+)?"
    r"(?:RMB|CNY|¥|US\$|\$)?\s*\d[\d,.]*\s*(?:yuan|元|万元)?[^,.;\d]{0,20},\s*"
    r"(?:(?:the|an?|his|her|their|this|that)\s+)?",
    re.I,
)


# a supplier told as Xiaomi's: 小米汽车的核心底盘件供应商, 小米的供应商, "a supplier to
# Xiaomi", "Xiaomi's battery supplier", "which makes parts for Xiaomi"
_XIAOMI_SUPPLIER = re.compile(
    r"小米(?:汽车)?的?[^，。；,;]{0,12}?(?:供应商|供货商|配套商|零部件(?:上市)?(?:公司|企业|厂商))"
    r"|为小米(?:汽车)?(?:供货|配套|提供)"
    # Xiaomi as the supplier's customer: "which counts Xiaomi among its customers", "whose
    # customers include Xiaomi", "supplies Xiaomi", 客户包括小米, 小米是其第一大客户
    r"|\bcounts\s+Xiaomi\s+(?:among|as)\s+(?:its|a|one\s+of\s+its)\b"
    r"|\bcustomers\s+(?:include|including)\s+(?:[\w-]+,?\s+){0,4}?Xiaomi\b"
    r"|\bsuppl(?:ies|ying)\s+Xiaomi\b"
    r"|客户(?:包括|有|涵盖)[^，。；]{0,12}小米|小米(?:汽车)?是(?:其|公司的?|该公司的?)[^，。；]{0,6}客户"
    r"|\b(?:suppliers?|supplies|parts\s+makers?)\s+(?:[\w-]+\s+){0,3}?(?:to|for)\s+Xiaomi\b"
    r"|\bXiaomi['’]s\s+(?:[\w-]+\s+){0,2}?(?:suppliers?|parts\s+makers?)\b"
    r"|\b(?:makes?|making|supplies|supplying)\s+(?:[\w-]+\s+){0,3}?(?:parts|components|batteries|chassis\s+parts)\s+for\s+Xiaomi\b",
    re.I,
)
# the car business's own results named right before the figure ("小米汽车的营收"): not a
# supplier's
_CAR_OWN = re.compile(
    r"(?:小米汽车|汽车业务|Xiaomi['’]s\s+(?:EV|car)\s+(?:business|unit|segment))[^，。,]{0,6}$",
    re.I,
)


def _car_words_own(text: str, end: int) -> bool:
    return _CAR_OWN.search(text, max(0, end - 30), end) is not None


# a few words before a sentence's subject: "Supplier", "Battery maker", "The"
_SUBJECT_LEAD = re.compile(r"\s*(?:[\w-]+\s+){0,3}")
_WITH_XIAOMI = re.compile(r"\b(?:and|with|jointly)\b|[和与與]", re.I)


def _supplier_builds(
    text: str,
    num: NumberMention,
    c_left: int,
    entity_hits: Sequence[tuple[int, int, Entity]],
    comp_hits: Sequence[tuple[int, int]],
) -> bool:
    """Whether a supplier or another maker opens the sentence as the one who spends, Xiaomi
    named only after it ("CATL will build a battery plant for Xiaomi for 4 billion yuan"):
    the money is the supplier's, not Xiaomi's (not when the two act together)."""
    comps = [s_ for s_, _ in comp_hits if c_left <= s_ < num.start]
    if not comps:
        return False
    first = min(comps)
    named = [s_ for s_, _, _ in entity_hits if c_left <= s_ < num.start]
    if named and min(named) < first:
        return False
    return (
        _SUBJECT_LEAD.fullmatch(text, c_left, first) is not None
        and not re.search(r"[,，;；:]", text[first : num.start])
        and not _WITH_XIAOMI.search(text, first, num.start)
        and not _JOINT.search(text, c_left, num.start)
    )


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
        hits = [(s, ent) for s, _, ent in entity_hits if s < pointer.start()]
        if sum(ent.kind == "model" for _, ent in hits) >= 2:
            # "Xiaomi's SU7 and YU7 …; the former": the two models, not the maker before them
            hits = [(s, ent) for s, ent in hits if ent.kind == "model"]
        named: list[tuple[int, Entity | None]] = sorted(
            [*hits, *((s, None) for s, _ in comp_hits if s < pointer.start())],
            key=lambda x: x[0],
        )
        if named:
            former = pointer.group(0).lower() in ("前者", "the former")
            pointed = named[0][1] if former else named[-1][1]
            if pointed is None or pointed.kind == "model":
                return pointed
            if metric in COUNT_METRICS:
                return auto  # "Xiaomi and Leapmotor …: the former delivered": the car business

    if metric in ("revenue", "net_loss", "other", None) and _group_owned(
        cfg, text, c_left, num.start
    ):
        # "Xiaomi's EV revenue was …, and the group's operating profit was …", 集团的经营利润:
        # the group's own measure, not the car business's, whoever the sentence names first
        # (the group's other results are nobody's here, as for "Xiaomi Group's gross margin")
        return _named(cfg, "Xiaomi Group") if metric in ("revenue", "net_loss") else None
    if metric == "investment" and _supplier_builds(text, num, c_left, entity_hits, comp_hits):
        return None
    if (
        metric in ("revenue", "net_loss", "other", "buyer_share", "headcount", "investment")
        and _XIAOMI_SUPPLIER.search(text, 0, num.start)
        and not _car_words_own(text, num.start)
    ):
        # "作为小米汽车的核心供应商，某零部件公司上半年营收达到128亿元，其中来自小米的订单占比约
        # 一成", "a supplier to Xiaomi, said its revenue …": the supplier's own figures
        return None
    bought = BOUGHT_LEAD.match(text) if metric == "price" else None
    if bought is not None and num.end <= bought.end():
        # "Bought at 245,900 yuan, the SU7 Pro was resold for …": the participle clause's
        # price is the new car's, the model right after the clause
        return next((ent for s_, _, ent in entity_hits if s_ == bought.end()), None)
    models_after = [s_ for s_, _, ent in entity_hits if ent.kind == "model"]
    if (
        auto is not None
        and metric in ("deliveries", "production")
        and cfg.lang == "en"
        and models_after
        and min(models_after) >= num.end
        and _GENERIC_COUNT.match(text, num.value_end) is not None
        and all(_SINCE_MODEL.search(text, max(num.end, s_ - 40), s_) for s_ in models_after)
    ):
        # "more than 320,000 cars since deliveries of the SU7 began in April 2024": the model
        # dates the running total, the cars are the company's
        return auto
    company = _COMPANY_SUBJECT.search(text, max(c_left, num.start - 60), num.start)
    if (
        company is not None
        and auto is not None
        and (metric in ("deliveries", "delivery_target", "production") or metric == "net_loss")
        and cfg.lang == "en"
        and not any(company.start() < s_ < num.start + 20 for s_, _, _ in entity_hits)
    ):
        # "Xiaomi passed 100,000 SU7 deliveries, and Lei said the company now aimed to deliver
        # 130,000 cars this year", "estimates the car unit will lose about 7 billion yuan": the
        # maker named as such after the model, no model between it and the figure, owns it
        return auto
    maker = _locale_company(cfg.lang)
    said = maker.search(text, c_left, num.start) if maker is not None else None
    if (
        said is not None
        and auto is not None
        and metric in ("deliveries", "delivery_target", "production")
        # (no model after the maker's noun in the clause: "Het bedrijf mikt op 6.000
        # exemplaren van de SU7 Ultra" is the model's goal)
        and not any(said.start() < s_ < c_right for s_, _, _ in entity_hits)
        # (not after a rival: "BYD sprzedał …; firma dostarczyła" may be BYD)
        and not any(s_ < num.start for s_, _ in comp_hits)
    ):
        # "La SU7 raccolse 88.898 ordini…; nel 2024 il gruppo consegnò 136.854 auto": the maker
        # named as such (data `company_subject`) in the figure's clause, no model between, owns
        # it, not the model of the clause before
        return auto
    if (
        metric == "delivery_target"
        and auto is not None
        and cfg.lang not in ("en", "zh")
        # (no model anywhere in the clause: "6.000 exemplaren van de SU7 Ultra" is its goal)
        and not any(c_left <= s_ < c_right and ent.kind == "model" for s_, _, ent in entity_hits)
    ):
        # "La SU7 raccolse 88.898 ordini…; l'obiettivo di consegne del 2024 fu portato a
        # 130.000": a delivery goal with no model in its own clause is the maker's
        return auto
    if (
        metric in ("revenue", "rd_spend", "headcount", "net_loss")
        and _GROUP_SCOPE_AFTER.match(text, num.end) is not None
    ):
        # "研发支出预计超过300亿元（集团口径）", "RMB30 billion (group-wide)": the bracket right
        # after the figure says it is the group's, whoever the sentence names first
        return _named(cfg, "Xiaomi Group") or auto
    if cfg.lang not in ("en", "zh") and metric in COUNT_METRICS and auto is not None:
        after = [(s, e, ent) for s, e, ent in entity_hits if ent.kind == "model" and s >= num.end]
        for (s1, e1, one), (s2, _, two) in itertools.pairwise(after):
            if (
                one.name != two.name
                and s1 - num.end <= 60
                and _MODELS_JOINED.fullmatch(text, e1, s2) is not None
                and not re.search(r"[\d;:]", text[num.end : s1])
            ):
                # "entregou mais de 30 mil veículos, somando o SU7 e o YU7", "SU7 et YU7
                # confondus": one figure for two models joined after it is the maker's
                return auto
    if metric in COUNT_METRICS:
        for_model = _for_model(cfg, text, num, c_left, entity_hits, ctx, models_in_doc)
        if for_model is not None:
            return for_model
    scored, owner = _score_owner(text, num, c_left, entity_hits, comp_hits)
    if scored:
        return owner
    if metric == "price" and auto is not None:
        average = scan.search(cfg.average_re, text, max(c_left, num.start - 60), num.start)
        if average is not None and any(
            ent.kind == "model"
            and e <= average.start()
            and _LIFTED.search(text, e, average.start())
            for _, e, ent in entity_hits
        ):
            # "The SU7 Ultra and the YU7 Max raised the average selling price to about 260,000
            # yuan": the average over all the cars sold is the business's (not "the YU7's
            # average price", a model's own)
            return auto
        models_named = [s for s, _, ent in entity_hits if ent.kind == "model"]
        if (
            cfg.lang not in ("en", "zh")
            and models_named
            # (the cause may stand between: "sank wegen des höheren Anteils … auf 235.000")
            and scan.search(cfg.average_re, text, max(c_left, num.start - 120), num.start)
            and all(
                (cause := _DRIVEN_BY.search(text, max(c_left, s - 50), s)) is not None
                and not re.search(r"\d", text[cause.end() : s])
                for s in models_named
            )
        ):
            # "Por el mayor peso del SU7 básico, el precio medio de venta bajó a 235.000",
            # "sank wegen des höheren Anteils der SU7-Basisversionen auf 235.000 Yuan": a model
            # named only as the cause leaves the average to the business
            return auto

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

    named_before = any(c_left <= s < num.start for s, _, _ in entity_hits) or any(
        c_left <= s < num.start for s, _ in comp_hits
    )
    in_clause = [
        (dist(s, e), ent)
        for s, e, ent in entity_hits
        if c_left <= s < c_right
        and not (
            s >= num.end
            and (
                _SINCE_NAMED.search(text, 0, s)
                # "delivered 40,000 in September, helped by demand for the YU7": what drove
                # the figure, not whose it is
                or _DRIVEN_BY.search(text, num.end, s)
                or any(num.end <= a <= s < b for a, b in bases)
                # "40,000 in October, with the SU7 accounting for 25,000": past ", with" the
                # model is the next figure's
                or _ABSOLUTE.search(text, num.end, s)
                # "40,000 cars in October (including 3,000 SU7 Ultras)": a model in a bracket
                # opened after the figure, past another figure there, is that figure's
                or (
                    ent.kind == "model"
                    and cfg.lang in ("en", "zh")
                    and _BRACKET_PART.fullmatch(text, num.end, s) is not None
                )
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
                # (not "…, Xiaomi fait mieux que Tesla (26 006 unités)": a rival named before
                # the next figure owns it; not "Avec 136 854 livraisons, Xiaomi a … en 2024": a
                # year is no figure; not "Con 136.854 entregas, Xiaomi superó su objetivo de
                # 130.000": no name before the figure, the clause opens on it)
                or (
                    cfg.lang not in ("en", "zh")
                    and named_before
                    and cfg.joiner_re.search(text, num.end, s) is not None
                    and _next_figure_named(text, e, min(c_right, e + 40), comp_hits)
                )
                # "Tesla sprzedała 61 tys. aut, wobec 40 tys. u Xiaomi": the owner named after
                # a later figure (data `owned_by`) is that figure's
                or (cfg.lang not in ("en", "zh") and _owner_of_later(cfg, text, num.end, s))
                # "Leapmotor delivered 70,327 vehicles and Xiaomi more than 40,000": past a
                # joiner, a Xiaomi name right before a figure is that figure's; the one after a
                # rival's name is the rival's
                or (
                    cfg.lang in ("en", "zh")
                    and any(c_left <= s2 < num.start for s2, _ in comp_hits)
                    and not re.search(r"\d", text[num.end : s])
                    and (
                        _ITEM_JOINER.search(text, num.end, s) is not None
                        # ("61,497 cars in October (Xiaomi: over 40,000)")
                        or _BRACKET_OPENS.fullmatch(text, num.end, s) is not None
                    )
                    and (
                        _figure_follows(text, e)
                        # "Tesla China delivered 61,497 cars in October, Xiaomi delivered more
                        # than 40,000": past a joiner, Xiaomi's own statement of a figure
                        or (
                            cfg.lang == "en"
                            and _RIVAL_STATEMENT.match(text, e) is not None
                            and _OWN_FIGURE_SOON.match(text, e) is not None
                        )
                    )
                )
            )
        )
    ]
    for _, e in comp_hits:
        if (
            e <= num.start
            and _relative_at(cfg, text, e, num.start)
            and not any(e <= a < num.start for a, _, _ in entity_hits)
        ):
            # "Tesla's Model 3, which sold 40,000 units", "the Han, whose price starts at":
            # a figure of the clause that tells about a rival is the rival's
            return None
    if metric in MODEL_METRICS:
        for _s, e, ent in entity_hits:
            rel = _relative_at(cfg, text, e, num.start) if e <= num.start else None
            if (
                ent.kind == "model"
                and rel is not None
                and not re.search(r"[,;，；]", text[rel.end() : num.start])
                and not any(e <= s2 < num.start for s2, _, _ in entity_hits)
                and not any(e <= s2 < num.start for s2, _ in comp_hits)
            ):
                # "The base SU7, which is priced from 215,900 yuan, remains Xiaomi's best seller":
                # the car the relative clause tells of, not a name past it
                return ent
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
        and not (
            s >= num.end
            and cfg.lang in ("en", "zh")
            and (against := _MEASURED_AGAINST.search(text, num.end, s)) is not None
            # (not "10,000 yuan below the Model Y": a figure right before the comparison word
            # is the gap between the two)
            and re.search(r"[,，;；(（]", text[num.end : against.start()]) is not None
            and not _figure_follows(text, e)
        )
        and (s, e) not in references
        # "Xiaomi's margin of 26.4% was well above Tesla's 17.2%": a rival's own figure measured
        # against right after the figure (no comma between) is a reference, not the owner
        and not (
            s >= num.end
            and cfg.lang == "en"
            and _AGAINST_RIVALS.fullmatch(text, num.end, s) is not None
            and _RIVALS_OWN.match(text, e) is not None
        )
        # "Xiaomi's EV segment earned an operating profit of 700 million yuan, Li Auto swung to
        # a net loss of …": past a comma, a rival that opens a statement of its own
        and not (
            s >= num.end
            and cfg.lang == "en"
            and re.search(r"[,;]", text[num.end : s]) is not None
            and not re.search(r"\d", text[num.end : s])
            and _RIVAL_STATEMENT.match(text, e) is not None
        )
        # "40.000 Autos aus und Tesla 60.000", "40 tys. aut, a Tesla 60 tys.": past a list's
        # joiner the rival is the next item's (languages of data/lang/)
        and not (
            s >= num.end
            and cfg.lang not in ("en", "zh")
            and cfg.joiner_re.search(text, num.end, s) is not None
        )
        # "Xiaomi (over 40,000), XPeng (41,581)", 小米汽车超4万辆、小鹏36728辆: past a joiner, a
        # rival named right before its own figure is the next item of a round-up
        and not (
            s >= num.end
            and _ITEM_JOINER.search(text, num.end, s) is not None
            and _figure_follows(text, e)
        )
        # "40,000 cars in October (Tesla China: 61,497)", 4万辆（特斯拉中国为61497辆）: a rival
        # in a bracket opened after the figure, with its own figure there, owns that one
        and not (
            s >= num.end
            and cfg.lang in ("en", "zh")
            and _BRACKET_OPENS.fullmatch(text, num.end, s) is not None
            and _OWN_IN_BRACKET.match(text, e) is not None
        )
    ]
    if in_clause and comp_clause and _JOINT.search(text, c_left, c_right) is not None:
        # "Xiaomi and CATL will jointly invest 5 billion yuan", 小米汽车与宁德时代将共同投资: a
        # partner's name beside Xiaomi's, not a rival's figure
        comp_clause = []
    if cfg.lang == "en" and any(
        c_left <= s_ and e <= num.start and _RIVAL_FIGURE_LEAD.fullmatch(text, e, num.start)
        for s_, e in comp_hits
    ):
        later = [s_ for s_, _, _ in entity_hits if c_left <= s_ < c_right]
        if later and all(
            s_ >= num.end and _AGAINST_RIVALS.search(text, num.end, s_) is not None for s_ in later
        ):
            # "Tesla's gross margin of 17.2% trailed Xiaomi's 26.4%": the figure right after the
            # rival's name is the rival's, Xiaomi only the other side of the comparison
            return None
    if comp_clause and (not in_clause or min(comp_clause) < min(d for d, _ in in_clause)):
        return None
    if (
        not in_clause
        and comp_hits
        and not entity_hits
        and not all(s >= num.end and cfg.compared_re.search(text, num.end, s) for s, _ in comp_hits)
    ):
        # (not "Prices start at 253,500 yuan, about 10,000 yuan less than Tesla's Model Y":
        # a rival named only as the base of a comparison after the figure leaves it to the
        # story's car)
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
    if cfg.lang not in ("en", "zh") and (
        metric in ("revenue", "net_loss", "other")
        # (and a margin, read before its label: "el 26,4 %, el más alto desde el lanzamiento
        # del SU7")
        or (metric is None and num.unit == "percent")
    ):
        # "…, à 700 millions de yuans, une première depuis le lancement de la SU7": a model
        # named after the money, past a launch word, dates it and owns nothing
        candidates = [
            (d, e)
            for d, e in candidates
            if not (
                e.kind == "model"
                and all(s_ >= num.end for s_, _, ent in entity_hits if ent is e)
                and _launch_of(cfg, text, entity_hits, e)
            )
        ]
    if cfg.launch_after and len(candidates) > 1:
        # "샤오미는 … SU7을 출시할 당시 연간 인도 목표를 10만 대로": a model told only as a launch
        # (a time, data `launch_after`) owns nothing when the company is named too
        kept = [
            (d, e)
            for d, e in candidates
            if not (
                e.kind == "model"
                and all(
                    cfg.launch_after_re.match(text, end) for _, end, ent in entity_hits if ent is e
                )
            )
        ]
        candidates = kept or candidates
    if candidates:
        models = [(d, e) for d, e in candidates if e.kind == "model"]
        model = min(models, key=lambda x: x[0])[1] if models else None
        counted = next(
            (ent for s, _, ent in entity_hits if ent.kind == "model" and 0 <= s - num.end <= 3),
            None,
        )
        if metric == "production_capacity" and counted is not None:
            return counted  # "could produce more than 10,000 SU7s a month": that car's line
        if (
            model is not None
            and metric in ("deliveries", "production", "delivery_target")
            and counted is None
            and not any(e.kind != "model" for _, e in candidates)
            and _launch_of(cfg, text, entity_hits, model)
            and all(
                # (or the Turkish since-phrase that closes the launch clause: "SU7'nin satışa
                # çıktığı Mart 2024'ten bu yana toplam teslimat 500.000'i geçti")
                re.search(r"[,，、]|\bbu\s+yana\b|\bberi\b", text[e : num.start])
                # (or the launch dated with its year: "Dal lancio della SU7 nel marzo 2024 il
                # totale cumulato ha superato le 550.000")
                or re.search(r"\b(?:19|20)\d{2}\b", text[e : num.start])
                # (or a launch phrase after the name that is a time: "SU7을 출시할 당시 연간 인도
                # 목표를 10만 대로", data `launch_after`)
                or cfg.launch_after_re.match(text, e) is not None
                for _, e, ent in entity_hits
                if ent is model and e <= num.start
            )
        ):
            # "Em junho, quando lançou o SUV YU7, foram mais de 25 mil": the launch, a clause
            # of its own, dates the month; the count is the company's
            return auto or candidates[0][1]
        if (
            model is not None
            and metric in ("deliveries", "production")
            and counted is None
            and any(e.kind != "model" for _, e in candidates)
            and all(s_ >= num.end for s_, _, ent in entity_hits if ent is model)
            and (
                _launch_of(cfg, text, entity_hits, model)
                or (
                    cfg.lang not in ("en", "zh")
                    and re.search(
                        r"[,;]",
                        text[num.end : min(s_ for s_, _, ent in entity_hits if ent is model)],
                    )
                    is not None
                )
            )
        ):
            # "Xiaomi ha superato quota 400.000 auto consegnate dal debutto della SU7", "leverde
            # Xiaomi ruim 25.000 auto's af, vooral van de sedan SU7": the model after the
            # figure, past a comma or after a launch word, does not own it; the company does
            model = None
            candidates = [(d, e) for d, e in candidates if e.kind != "model"]
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
        whole = next(
            (
                ent
                for s_, e_, ent in entity_hits
                if ent.kind != "model"
                and e_ <= num.start
                and re.search(r"['’]s$", text[s_:e_]) is not None
                and _OWN_FIGURE.fullmatch(text, e_, num.start) is not None
                and _PART_OF.search(text, max(c_left, s_ - 40), s_) is not None
            ),
            None,
        )
        if model is not None and counted is None and whole is not None and metric in COUNT_METRICS:
            # "The YU7 accounted for a third of Xiaomi's 40,000 deliveries": the whole the
            # model is a part of is the company's
            return auto or whole
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
        if (
            model is not None
            and counted is None
            and metric in ("deliveries", "production")
            and any(e.kind != "model" for _, e in candidates)
            and min((s for s, _, ent in entity_hits if ent is model), default=-1) >= num.end
            and _launch_of(cfg, text, entity_hits, model)
        ):
            # "Xiaomi telah mengirimkan lebih dari 300.000 mobil sejak SU7 meluncur": the
            # company named before the figure owns it, the model's launch after it dates it
            model = None
            candidates = [(d, e) for d, e in candidates if e.kind != "model"]
        if metric in BUSINESS_METRICS - {"revenue", "net_loss"}:
            # the team, the money invested and the plant belong to the business, not to a car
            if model is not None or any(e.kind == "auto" for _, e in candidates):
                return auto or candidates[0][1]
        elif model is not None and (metric in MODEL_METRICS or in_clause):
            return model
        earlier = [e for _, e in sorted(before, key=lambda x: x[0]) if e.kind == "model"]
        if earlier and candidates[0][1].kind != "model":
            # "随着YU7上市，小米汽车7月…，三季度交付108796辆": a model told only as launching,
            # the maker named after it, dates the figures; the maker owns them
            earlier = [
                ent
                for ent in earlier
                if not all(
                    _ZH_LAUNCHED_AFTER.match(text, e)
                    # "考虑到YU7订单远超预期，我们上调小米汽车2025年交付预测至38万辆，并预计2026年
                    # 交付量将达到60万辆": the maker named past the model's clause, nearer
                    # (Chinese: a Han character between)
                    or any(
                        other.kind == "auto"
                        and e <= s2
                        and e2 <= num.start
                        and re.search(r"[,;，；]", text[e:s2]) is not None
                        and re.search(r"[\u4e00-\u9fff]", text[e:s2]) is not None
                        for s2, e2, other in entity_hits
                    )
                    for _, e, hit in entity_hits
                    if hit is ent and e <= num.start
                )
            ]
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
            if (
                not car_context
                and cfg.lang not in ("en", "zh")
                and not group_total.search(clause)
                and scan.search(segment, text, 0, c_left)
                and not scan.search(cfg.non_car_re, text, 0, num.start)
            ):
                # "Подразделение электромобилей Xiaomi получило выручку в 18,6 млрд юаней, а
                # операционный убыток сократился до 500 млн": the segment the sentence opened
                # with owns its next clause's money too
                car_context = True
            return (auto or best) if car_context else best
        if best.kind == "group" and metric in MODEL_METRICS - {"price", "buyer_share"}:
            # "Xiaomi took 300,000 pre-orders for its debut SUV": orders are for a model
            return _car_subject(cfg, ctx, metric, models_in_doc)
        if (
            best.kind == "group"
            and metric in COUNT_METRICS
            and ctx.last_model is not None
            and (
                _MODEL_ANAPHOR.search(text, c_left, num.start)
                or cfg.model_anaphor_re.search(text, c_left, num.start)
            )
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
        if (
            cfg.lang not in ("en", "zh")
            and (
                metric == "net_loss"  # (the group's revenue may follow the segment's)
                # (but not when the sentence narrows the period told: "4～6月期に限ると売上高は
                # 213億元", "Allein im zweiten Quartal …": the same business's)
                or _PERIOD_ALONE.search(text, 0, num.start) is not None
            )
            and ctx.last_result is not None
            and ctx.last_result.subject == "Xiaomi Auto"
            and (
                ctx.last_result.metric in ("revenue", "net_loss")
                or ctx.last_result.label in ("gross margin", "operating profit", "gross profit")
            )
        ):
            # "A receita do segmento … margem bruta de 26,4%. O prejuízo operacional caiu para
            # 300 milhões": a result that names nobody goes on with the car business's results
            return auto or ctx.last_entity
        return auto or ctx.last_entity if ctx.last_entity.kind != "group" else ctx.last_entity
    if metric == "price" and scan.search(cfg.average_re, clause):
        return auto or ctx.last_entity
    if metric in MODEL_METRICS:
        return _car_subject(cfg, ctx, metric, models_in_doc)
    if ctx.last_entity.kind == "group" and metric in GROUP_METRICS:
        if (metric == "headcount" and segment.search(clause)) or _CAR_PROJECT.search(clause):
            return auto or ctx.last_entity  # "leading the division with 300 employees"
        if (
            metric == "headcount"
            and _PLANT_PEOPLE.search(clause)
            and not scan.search(cfg.non_car_re, clause)
        ):
            # "About 5,000 people work at the plant", 工厂共有员工约5000人: Xiaomi's plant in a
            # car story is the car plant (not a phone factory)
            return auto or ctx.last_entity
        if (
            metric == "headcount"
            and _PLANT.search(clause)
            and ctx.last_event is not None
            and (
                ctx.last_event.metric in ("production_capacity", "production")
                # or after the money spent on it ("will spend about 2 billion yuan on a new paint
                # shop. The factory employs some 3,500 people")
                or (ctx.last_event.metric == "investment" and auto is not None)
            )
            and ctx.last_event.subject != ctx.last_entity.name
        ):
            # "The plant employs about 3,000 workers" after the car plant's capacity: the
            # plant the story tells of is the car business's
            return auto or ctx.last_entity
        return ctx.last_entity
    anaphor = _MODEL_ANAPHOR.search(text[:c_right]) or cfg.model_anaphor_re.search(text[:c_right])
    if (
        ctx.last_entity.kind == "model"
        and anaphor is not None
        # (not the model named only as what was launched: "la compañía acumula más de 157.000
        # coches entregados desde el lanzamiento comercial del modelo": the company's count)
        and not (
            cfg.lang not in ("en", "zh")
            and _LAUNCH_WORD_BEFORE.search(text, max(0, anaphor.start() - 30), anaphor.start())
        )
    ):
        return ctx.last_entity  # "Deliveries of the model passed 10,000", 该车8月交付…
    return auto or ctx.last_entity


# a launch word right before a noun for the model ("desde el lanzamiento comercial del modelo")
_LAUNCH_WORD_BEFORE = re.compile(
    r"(?:lanzamiento|lançamento|lancement|lancio|debutto|estreno|estreia|Markteinführung|"
    r"Marktstart|Verkaufsstart|Einführung|lancering|introductie|premier\w*|debiut\w*|запуск\w*|"
    r"старт\w*\s+продаж|выход\w*|ra\s+mắt|peluncuran|lansman\w*)(?:\s+[^\W\d_]+)?\s*$",
    re.I,
)
# a period narrowed to: "4～6月期に限ると", "Allein im zweiten Quartal", "Riêng quý IV"
_PERIOD_ALONE = re.compile(
    r"に限ると|に限れば|に限っては|만\s*보면|\b(?:allein|alleen|solo|solamente|sólo|seulement|"
    r"somente|apenas|riêng|tylko|только|sadece|hanya)\b",
    re.I,
)
# the model a goal was set for, pointed back to right before the figure: 小米为其定下的全年1万台
_FOR_IT = re.compile(r"(?:为|為|给|給)(?:其|它|该车型?|該車型?)[^，。；,;]{0,12}$")
# a count of the car told before: "10,000 of them", 其中…
_OF_THEM_AFTER = re.compile(r"\s*(?:units\s+|cars\s+|vehicles\s+)?of\s+them\b", re.I)
_CARS_COUNTED = re.compile(r"\d\s*(?:cars|vehicles|units|EVs)\b", re.I)
# the Ultra by its short name, after its figure: "10,000 Ultras", "8,000 units of the Ultra",
# "a target of 10,000 deliveries for the Ultra"
_ULTRA_AFTER = re.compile(
    r"\s*(?:(?:units|deliveries|sales|cars|vehicles)\s+)?(?:(?:of|for)\s+the\s+)?Ultras?\b"
)


def _for_model(
    cfg: ExtractorConfig,
    text: str,
    num: NumberMention,
    c_left: int,
    entity_hits: Sequence[tuple[int, int, Entity]],
    ctx: _Context,
    models_in_doc: set[str],
) -> Entity | None:
    """A count whose words name the model it is for, though another name is nearer: "小米为其
    定下的全年1万台的销量目标" (the model told before), "a sales target of 10,000 Ultras"."""
    if _FOR_IT.search(text, max(0, num.start - 24), num.start):
        models = [ent for s, _, ent in entity_hits if ent.kind == "model" and s < num.start]
        if models:
            return models[-1]
        if ctx.last_model is not None:
            return ctx.last_model
    if "Xiaomi SU7 Ultra" in models_in_doc and _ULTRA_AFTER.match(text, num.end):
        return _named(cfg, "Xiaomi SU7 Ultra")
    if (
        _OF_THEM_AFTER.match(text, num.end)
        and not any(ent.kind == "model" and c_left <= s < num.start for s, _, ent in entity_hits)
        # (not "made 40,000 cars and delivered 38,000 of them": the cars counted before)
        and not _CARS_COUNTED.search(text, 0, num.start)
    ):
        # "It costs 529,900 yuan, and Xiaomi says it had delivered more than 10,000 of them":
        # the car this sentence told of, not the maker named before the figure (a model of
        # the sentences before is not pointed to: "…, pitched against Tesla's Model Y. Since
        # then, Xiaomi has handed over more than 150,000 of them" stays the company's)
        return ctx.sentence_model
    return None


# models that moved an average: "the YU7 Max raised the average selling price", 带动…均价
_LIFTED = re.compile(
    r"\b(?:rais|lift|push|boost|driv|help|drag|pull|bump)(?:ed|ing|s|e|es)?\b|\bdrove\b|"
    r"带动|拉动|推高|拉高|拉低|提升|抬升",
    re.I,
)
# a sentence that opens on the figure told before
_ANAPHOR = re.compile(
    r"\s*(?:(?:but|and|yet)\s+)?(?:this|that|the)\s+(?:result|achievement|figure|performance|"
    r"feat|record)\b|\s*(?:这一?|这个|该)(?:成绩|成果|数字|数据|表现|纪录)",
    re.I,
)
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
    r",\s*(?:(?:a|an|the|its|their)\s+)?(?:[\w'’-]+\s+){0,4}?"
    # (or as its supplier's customer: "Xiaomi, a CATL customer, delivered …")
    r"(?:rival|competitor|challenger|answer|alternative|customer|client)s?\b(?:\s+(?:to|of|for)\b)?"
    # (a year in it: "a CATL customer since 2024,")
    r"(?:[^,;:.\d]|(?<!\d)\d(?!\d)|(?<!\d)(?:19|20)\d\d(?!\d)){0,40},"
)
# a venture shared with another company: "jointly", "together with", 共同, 合资
_JOINT = re.compile(
    r"\bjoint(?:ly)?\b|\bjoint[- ]venture\b|\btogether\s+with\b|共同|联合|合资|合資|携手", re.I
)
# a part told of a whole right before the whole's owner: "a third of", "40% of", "most of"
_PART_OF = re.compile(
    r"\b(?:accounted\s+for|accounts\s+for|made\s+up|makes\s+up|share\s+of|half\s+of|third\s+of|"
    r"quarter\s+of|most\s+of|\d+(?:\.\d+)?\s*%\s+of)\b[^,;.]{0,24}$",
    re.I,
)
# a model pointed back to
_MODEL_ANAPHOR = re.compile(
    # (not "the car business", "the car unit": the business, no model)
    r"\b(?:the|this|that)\s+(?:model|sedan|SUV|crossover|car)\b"
    r"(?!\s+(?:market|industry|sector|maker|business|unit|division|segment|arm|operations?)\b)"
    r"|该车型?|这款车型?|此车|该款车"
    # its body type said instead of its name ("小米YU7是小米首款SUV。这款SUV…", 该轿车)
    r"|(?:这款|该款?|此款)(?:SUV|轿车|新车|纯电SUV|电动车)",
    re.I,
)


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


def _outside_rival_asides(
    cfg: ExtractorConfig,
    text: str,
    entity_hits: tuple[tuple[int, int, Entity], ...],
    comp_hits: tuple[tuple[int, int], ...],
) -> tuple[tuple[tuple[int, int, Entity], ...], tuple[tuple[int, int], ...], bool]:
    """The names outside an aside that tells whose rival the name before it is ("Li Auto,
    concurrent de Xiaomi, a livré …", data `rival_aside`), and whether a Xiaomi name was in
    one: the figures are the rival's, nobody's here."""
    asides = [(m.start(), m.end()) for m in scan.finditer(cfg.rival_aside_re, text)]
    if not asides:
        return entity_hits, comp_hits, False

    def outside(start: int) -> bool:
        return not any(a <= start < b for a, b in asides)

    kept = tuple(h for h in entity_hits if outside(h[0]))
    return kept, tuple(h for h in comp_hits if outside(h[0])), len(kept) < len(entity_hits)


_RELATIVE = re.compile(
    r"(?:['’]s)?(?:\s+[\w-]+){0,2}\s*,?\s*(?:which|whose|that|who)\b",
    re.I,
)


def _relative_at(cfg: ExtractorConfig, text: str, pos: int, end: int) -> re.Match[str] | None:
    """A relative clause opened at `pos`, right after a name: English "which"/"that", the
    other languages' words (data `relative`: ", que", ", qui", ", der")."""
    return _RELATIVE.match(text, pos, end) or (
        cfg.relative_re.match(text, pos, end) if cfg.relative else None
    )


# a model named after a figure as a point in time: "in 20 months since the SU7 launch"
# a rival named after Xiaomi's figure as what it is measured against: "215,900 yuan,
# undercutting Tesla's Model 3", "…, below the Model 3", "…, ahead of Li Auto", 低于特斯拉
_MEASURED_AGAINST = re.compile(
    r"\b(?:undercut(?:s|ting)?|below|under|ahead\s+of|behind|beat(?:s|ing)?|outsell(?:s|ing)?|"
    r"outsold|outpac(?:es|ing)|top(?:s|ping)|trail(?:s|ing)|less\s+than|more\s+than|"
    r"cheaper\s+than|pricier\s+than)\b|低于|高于|不及|领先|落后于",
    re.I,
)
# the words between a figure and a rival it is measured against: "is well above", "beat"
_AGAINST_RIVALS = re.compile(
    r"\s*(?:(?:is|was|are|were|remains?|remained|sits?|sat|stands?|stood)\s+)?"
    r"(?:(?:well|far|just|slightly|comfortably|still|now)\s+)?"
    r"(?:above|below|ahead\s+of|behind|beat|beats|topped|tops|outpaced|outpaces|trailed|trails|"
    r"exceeded|exceeds|surpassed|surpasses)\s+(?:that\s+of\s+)?",
    re.I,
)
# a rival's possessive, then the figure's noun: "BYD's October deliveries of 380,000"
_RIVAL_FIGURE_LEAD = re.compile(r"(?:['’]s)?(?<=['’]s)\s+(?:[\w-]+\s+){0,4}?(?:of\s+)?")
# the rival's own figure right after its name: "Tesla's 17.2%", "Li Auto's margin of 19.5%"
_RIVALS_OWN = re.compile(r"(?:['’]s)?\s+(?:[a-z-]+\s+){0,2}?(?:of\s+)?\d")
_DRIVEN_BY = re.compile(
    r"\b(?:helped|driven|led|boosted|buoyed|fuell?ed|propelled|lifted|powered|supported)\s+by\b"
    r"|\bthanks\s+to\b|\bon\s+the\s+back\s+of\b|\bdue\s+to\b|\bamid\b"
    # "porté par les livraisons de son SUV YU7", "impulsadas por el YU7", "dank des YU7"
    r"|\b(?:porté|tiré|dopé|aidé|soutenu)e?s?\s+par\b|\bgrâce\s+(?:à|aux?)\b"
    r"|\bimpulsad[oa]s?\s+por\b|\bimpulsionad[oa]s?\s+(?:por|pel[oa]s?)\b|\bgra(?:cias|ças)\s+a\b"
    r"|\bdank\b|\b(?:getrieben|angetrieben|gestützt)\s+(?:von|durch)\b|\bgrazie\s+a\b|\bблагодаря\b"
    r"|得益于|受益于|主要来自|在[^，。]{0,6}带动下|带动"
    # a cause: "por el mayor peso de las versiones básicas del SU7", "devido ao", "en raison
    # de", "a causa di", "wegen", "aufgrund"
    r"|\bdebid[oa]s?\s+a|\bdevid[oa]s?\s+(?:a|ao|à|aos|às)\b|\bdovut[oa]\s+a"
    r"|\b(?:a|por)\s+causa\s+d|\bà\s+cause\s+d|\ben\s+raison\s+d|\bdu\s+fait\s+d"
    r"|\b(?:por|pel[oa]|per)\s+(?:el|la|o|a|il)?\s*(?:mayor|menor|maior|menor|maggior|minor)e?\s+"
    r"(?:peso|proporci[óo]n|propor[çc][ãa]o|participaci[óo]n|participa[çc][ãa]o|quota|cuota)\b"
    r"|\bwegen\b|\baufgrund\b|\binfolge\b"
    # a causal clause: "sank auf 248.600 Yuan, weil der günstigere YU7 …", "parce que", "porque"
    r"|\bweil\b|\bparce\s+qu|\bporque\b|\bperch[ée]\b|\bpoich[ée]\b|\bomdat\b|\bdoordat\b"
    r"|\bponieważ\b|\bпотому\s+что\b|\bпоскольку\b|\bтак\s+как\b|\bkarena\b|\bçünkü\b"
    r"|(?<!thay\s)\bvì\b"
    # "cut its forecast to 450,000, saying the tax change would hurt demand for the SU7": the
    # demand for a model, told after the figure, is a reason, not the figure's owner
    # ("…, saying a cheaper SU7 would help": the reason said)
    r"|\b(?:demand|appetite)\s+for\b|\b(?:saying|citing)\b",
    re.I,
)
# two models joined by "and" (languages of data/lang/), an article before the second
_MODELS_JOINED = re.compile(
    r"\s*(?:,\s*)?(?:e|y|et|und|i|и|dan|và|ve|en|oraz|a)\s+"
    r"(?:(?:o|a|el|la|le|les|der|die|das|de|het|il|lo|do|da)\s+)?",
    re.I,
)
_SINCE_NAMED = re.compile(r"\b(?:since|after|before)\s+(?:the\s+|its\s+)?$", re.I)
_CAR_PROJECT = re.compile(
    r"\b(?:(?:our|its|the)\s+first\s+car|car[- ]making|car\s+project|EV\s+project|building\s+cars)\b"
    r"|造车|汽车项目|首款车",
    re.I,
)
# people at a plant: "5,000 people work at the plant", "the factory employs 3,000",
# "the plant's 4,000 workers", 工厂(共)有员工
_PLANT_PEOPLE = re.compile(
    r"\b(?:people|workers|staff|employees)\s+(?:now\s+)?(?:work|are\s+employed|are\s+working)\s+"
    r"(?:at|in|on)\s+(?:the|its|Xiaomi['’]s)\s+(?:[\w-]+\s+){0,2}?(?:plant|factory|site|works)\b"
    r"|\b(?:plant|factory|site)\s+(?:now\s+)?(?:employs|has\s+a\s+(?:workforce|staff)\s+of)\b"
    r"|\b(?:plant|factory)['’]s\s+(?:[\d,.]+\s+)?(?:workers|employees|staff|workforce)\b"
    r"|(?:工厂|工廠)(?:目前|现在|共|总共)?(?:有|拥有|聘用|雇用)(?:员工|工人)?",
    re.I,
)
# a plant, named without its owner ("the plant", 工厂)
_PLANT = re.compile(
    r"\b(?:plant|factory|site|works|facility)\b|工厂|工廠|廠|Werk|usine|fábrica|fabbrica|工場|공장"
    r"|завод|предприяти|planta|stabiliment|zakład|fabry|fabrik|fabriek|pabrik|nhà\s+máy|unidade|tesis",
    re.I,
)
_GROUP_NAME = re.compile(r"\b(?:group|corp(?:oration)?|inc)\b|集团|集團", re.I)


# a rival's name opening its own statement: "Li Auto swung to", "Tesla's operating income was"
_RIVAL_STATEMENT = re.compile(
    r"(?:(?:['’]s)?\s+(?:[\w-]+\s+){0,3}?(?:was|were|rose|fell|came|stood|reached|totall?ed)|"
    r"\s+(?:swung|posted|reported|earned|made|lost|delivered|sold|logged|registered|booked|"
    r"recorded|handed|shipped|had|was|were|rose|fell|saw|turned))\b",
    re.I,
)
# a figure soon after a name's verb, in the same clause
_OWN_FIGURE_SOON = re.compile(r"[^,;.:\d]{0,40}\d")
# a factory, or one pointed back to ("The plant will employ …", 该工厂)
_PLANT_WORD = re.compile(
    r"\b(?:plants?|factor(?:y|ies)|facilit(?:y|ies))\b|工厂|工廠|厂区|基地", re.I
)
_CAR_WORD = re.compile(
    r"\b(?:cars?|EVs?|vehicles?|automotive|auto|SU7|YU7|YU9)\b|汽车|汽車|整车|电动车", re.I
)


def non_car_plant(cfg: ExtractorConfig, text: str) -> bool:
    """A sentence about a plant that names a product no car (air conditioners, phones) and no
    car: the plant's people are not the car business's."""
    return (
        _PLANT_WORD.search(text) is not None
        and scan.search(cfg.non_car_re, text) is not None
        and _CAR_WORD.search(text) is None
    )


_ITEM_JOINER = re.compile(r"[,，、;；]|\band\b|和|及")
# between a figure and a name: a bracket opened after the figure and still open, no figure in it
_BRACKET_OPENS = re.compile(r"[^()（）\d]{0,40}[(（][^()（）\d]{0,30}")
# the same bracket holding another figure before the name
# (or a part word: "（其中YU7约2.8万辆）", "(including the YU7)")
_BRACKET_PART = re.compile(
    r"[^()（）\d]{0,40}[(（](?:[^()（）]{0,30}?\d[^()（）]{0,30}|\s*(?:其中|包括|含|including|of\s+which)"
    r"[^()（）\d]{0,20})",
    re.I,
)
# after a rival's name in that bracket: a figure of its own before the bracket closes
_OWN_IN_BRACKET = re.compile(r"[^()（）\d]{0,30}\d[^()（）]{0,30}[)）]")


# an owner word for the whole group right before a measure: "the group's operating profit",
# 集团的经营利润 (not "the group's EV business": the car business named after it)
_GROUP_OWNER = re.compile(r"\b(?:the\s+)?group['’]s\s+|集团的|集團的")


def _group_owned(cfg: ExtractorConfig, text: str, c_left: int, start: int) -> bool:
    """The figure's measure told as the group's by an owner word in the same stretch of text
    (no clause break, figure or car word between them)."""
    window = text[max(c_left, start - 60) : start]
    owners = list(_GROUP_OWNER.finditer(window))
    if not owners:
        return False
    rest = window[owners[-1].end() :]
    return not re.search(r"[,;，；。\d]", rest) and not _car_words(cfg, rest)


def _car_words(cfg: ExtractorConfig, clause: str) -> bool:
    """The car business named by what it sells or as a segment ("EV revenue", 汽车业务)."""
    words = cfg.business_res
    return bool(words["cars"].search(clause) or words["segment"].search(clause))


def _specificity(subject: str) -> int:
    return {"Xiaomi Group": 0, "Xiaomi Auto": 1}.get(subject, 2)


# a model named inside a since-phrase: "since deliveries of the SU7 began", "since the launch
# of the SU7"; after a figure of plain cars: "320,000 cars", "320,000 vehicles"
_SINCE_MODEL = re.compile(
    r"\bsince\s+(?:(?:deliveries|sales|production|shipments)\s+of|the\s+(?:launch|debut|"
    r"release|first\s+deliver(?:y|ies))\s+of)\s+(?:the\s+|its\s+)?(?:first\s+)?$",
    re.I,
)
_GENERIC_COUNT = re.compile(r"\s*(?:cars|vehicles|units|EVs|electric\s+(?:cars|vehicles))\b", re.I)


@functools.cache
def _locale_company(lang: str) -> re.Pattern[str] | None:
    """The maker named as such in a language of data/lang/ (data `company_subject`)."""
    if lang in ("en", "zh"):
        return None
    words = lang_data(lang).get("company_subject") or []
    if not words:
        return None
    return re.compile(r"(?<![^\W\d_])(?:" + "|".join(words) + r")(?![^\W\d_])", re.I)


# the maker named as such ("the company", "the car unit") as a clause's subject
_COMPANY_SUBJECT = re.compile(
    r"\bthe\s+(?:company|carmaker|automaker|firm|(?:car|EV|auto)\s+(?:unit|business|division|"
    r"segment|arm))\b(?:\s+\w+){0,3}?\s+(?:aim|plan|hope|expect|want|intend|target|will|would|"
    r"could|is\s+(?:on\s+track|set|likely)|was\s+(?:on\s+track|set))",
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


scan.speed_up(globals())
