"""Entities and cue words from YAML, compiled once.

The vocabulary lives in data files so that a new model ("Xiaomi YU9") or a new phrasing is a
config change: `load_config(extra)` merges a user's YAML over the bundled one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from pipelines.core.yamlio import load_mapping

METRICS = (
    "orders", "locked_orders", "reservations", "deliveries", "delivery_target", "production",
    "production_capacity", "price", "investment", "rd_spend", "revenue", "net_loss",
    "headcount", "buyer_share", "test_mileage", "other",
)  # fmt: skip


# The qualifiers a figure can have besides "exact", in the order their words are tried.
QUALIFIERS = ("at_least", "up_to", "more_than", "about")

# The kinds of words that say whose money or people a figure is (data/cues.yaml "business").
BUSINESS_WORDS = ("cars", "segment", "group_total")

# Labels that name what a number counts when they follow it ("402 stores"), not cue words.
NOUN_LABELS = frozenset({"stores", "service centres"})


def _words_re(words: Sequence[str], before: str = "", after: str = "") -> re.Pattern[str]:
    """One case-insensitive pattern of a vocabulary list (none matches nothing), between the
    context its use needs before and after it."""
    return re.compile(before + "(?:" + ("|".join(words) or "(?!)") + ")" + after, re.I)


@dataclass(frozen=True)
class Entity:
    name: str
    kind: str  # model | auto | group
    aliases: tuple[str, ...]
    # the days its orders opened: launch prices and first-hours orders hold at them
    launched: dt.date | None = None
    presale: dt.date | None = None
    # what it is, said instead of its name ("its debut SUV", 首款SUV): a mention only when no
    # rival is named just before it ("Tesla's first SUV")
    descriptors: tuple[str, ...] = ()
    # people who speak for it ("Lei Jun", 雷军): its name in a sentence that names no other
    # Xiaomi name ("… this year," Lei said), never over one ("its SU7 …, Lei Jun said")
    speakers: tuple[str, ...] = ()


@dataclass
class ExtractorConfig:
    entities: list[Entity]
    competitors: list[str]
    metric_cues: dict[str, list[str]]
    status_cues: dict[str, list[str]]
    hypothetical: list[str]
    other_nouns: list[str]
    skip_nouns: list[str]
    non_car: list[str]
    other_labels: dict[str, list[str]] = field(default_factory=dict)
    # the last day one model family was all Xiaomi sold: a company count after it is no model's
    one_model_until: dt.date | None = None
    # words that make a figure an average ("average selling price", 均价): such a price keeps
    # the period it averages over, any other price holds with no period
    average: list[str] = field(default_factory=list)
    # words for the car business ("cars", "segment") and the group's totals ("group_total")
    business: dict[str, list[str]] = field(default_factory=dict)
    # words that make a flow a pace ("monthly sales", 月交付量)
    pace: list[str] = field(default_factory=list)
    # words that open the base of a comparison ("than in 2024", 前年同期): a period or a name
    # after them in the clause is the base's, not the figure's
    compared: list[str] = field(default_factory=list)
    # words for a whole market's figure ("the entire market", 全市场): nobody's here, as a
    # rival's is
    market: list[str] = field(default_factory=list)
    # the future tense among the forecast words ("will", 将, "costará"): a list price told in
    # it is announced, not estimated
    future: list[str] = field(default_factory=list)
    # words that make a figure a mark of the running total ("the 100,000 mark", "le cap des")
    milestone: list[str] = field(default_factory=list)
    # words that bound or round a figure, right before it ("more than", "plus de", 约) and
    # right after it ("以上", "を超える", "'den fazla"), per qualifier
    qualifier_before: dict[str, list[str]] = field(default_factory=dict)
    qualifier_after: dict[str, list[str]] = field(default_factory=dict)
    # a bound a later figure's verb gives an earlier one of the same clause list, told further
    # after it ("200 bini, ilk 1 saatte ise 289 bini geçti"), per qualifier
    qualifier_shared: dict[str, list[str]] = field(default_factory=dict)
    # words after a figure that make it the base of a year-on-year change ("a year earlier")
    year_earlier: list[str] = field(default_factory=list)
    # an expectation beaten or missed ("blew past expectations", 超预期): the figure is an
    # actual, the forecast word in it names what it is compared with
    beaten: list[str] = field(default_factory=list)
    # when a plan was made, not the period it is for: "set in March", 3月设定 (blanked from a
    # target's or forecast's sentence before its period is looked for)
    set_when: list[str] = field(default_factory=list)
    # a target reached, met, completed: "hit its 100,000 target in November", 完成…目标; the
    # month after it is when, the target stays the year's
    target_met: list[str] = field(default_factory=list)
    # an actual beating or missing a target in its sentence ("far above the 100,000 target",
    # 远超…10万辆目标): the target is of the actual's period
    target_beaten: list[str] = field(default_factory=list)
    # right after a figure, the words that quote it as expected: "10万台前後と予想され",
    # "10만 대로 예상된다" (verb-final languages; a plan named before it does not decide)
    forecast_quote: list[str] = field(default_factory=list)
    # a capacity to be raised to a level: "asked suppliers to raise capacity to", "увеличить
    # … до", "aumentar … a" (infinitives: a plan, not a level reached)
    capacity_plan: list[str] = field(default_factory=list)
    # right before a rival's name, words that make it a reference, not the figure's owner:
    # "inspired by Porsche", "targets rival Tesla's Model Y", 对标特斯拉
    reference: list[str] = field(default_factory=list)
    # a plant's capacity once it is built ("once its second phase is finished", 建成后): a plan
    when_built: list[str] = field(default_factory=list)
    # the words that join the items of a list of figures ("200 mil pedidos em 3 minutos e 289
    # mil em uma hora", "und", "et"): a bare figure after one is the same measure (languages of
    # data/lang/; English and Chinese have theirs in extract.py)
    list_joiners: list[str] = field(default_factory=list)
    # "the figure" that a later figure of the same measure is told with ("la cifra subió a",
    # "le chiffre est passé à", "die Zahl stieg auf"): a bare figure after it is that measure
    the_figure: list[str] = field(default_factory=list)
    # a goal met, in the past, right before its figure: "cumplió su objetivo de superar las",
    # "a atteint son objectif : dépasser les" (English: extract._GOAL_MET)
    goal_met: list[str] = field(default_factory=list)
    # "of which", before the part of a total just named: "davon", "dont", "di cui", "из них"
    of_which: list[str] = field(default_factory=list)
    # "respectively" (languages of data/lang/): "jeweils", "bzw.", "соответственно", "それぞれ"
    respectively: list[str] = field(default_factory=list)
    # a change told by its levels or by its size (languages of data/lang/): the words right
    # before a range that is the old and the new level ("a relevé son objectif de"), right after
    # one (10万台から13万台に引き上げ); right before or after a change's size, no level ("senkt
    # ... um", "1万元引き下げ")
    changed_from: list[str] = field(default_factory=list)
    # "annual" by a target ("objectif annuel", "Jahresziel", 年間): this year's goal, no pace
    annual_target: list[str] = field(default_factory=list)
    # a model named first, as the sentence's topic, then a comma: "Côté", "Del", "Do", "Untuk",
    # "Riêng" (the figures after it are the model's)
    topic_first: list[str] = field(default_factory=list)
    changed_after: list[str] = field(default_factory=list)
    # "est passé de 6,4 à 21,3 milliards", "выросла с 6,4 до 21,3", "64億元から213億元に増えた":
    # a measure's change from one level to another told as a range (before it / after it)
    level_change_from: list[str] = field(default_factory=list)
    level_change_to: list[str] = field(default_factory=list)
    change_by: list[str] = field(default_factory=list)
    # a target revised, told after its earlier level: the words right before the new level
    # ("Jahresziel von 300.000 ... hob ... auf 350.000 an"): that target too
    revised_to: list[str] = field(default_factory=list)
    # a measure's new level told after the figure before it, the change verb and its "to" right
    # before it ("… 40.000 no quarto trimestre e subiu para 75.869", "… est passé à 75 869"):
    # the same measure as the figure before
    rose_to: list[str] = field(default_factory=list)
    # a remaining gap to a goal, right before its figure: no event (figure_cues._negated)
    remaining_before: list[str] = field(default_factory=list)
    change_by_after: list[str] = field(default_factory=list)
    # "another", after a list's joiner: "et encore 150 000", "und weitere 20.000"
    list_further: list[str] = field(default_factory=list)
    # "can" before a production figure told at a rate: "kann pro Jahr ... bauen", "peut produire"
    capacity_modal: list[str] = field(default_factory=list)
    # a launch word right before a model's name: "desde o lançamento do", "seit dem Marktstart
    # des" (the model dates a running total, the company owns it)
    launch_of: list[str] = field(default_factory=list)
    # the launch word right after the model's name ("SU7을 출시할 당시", "「SU7」発売からの累計"):
    # the same point in time
    launch_after: list[str] = field(default_factory=list)
    # after a rival's figure, a word that sets another figure beside it ("contre", "frente a",
    # "tegenover"), and the words that name that figure's owner after it ("pour", "de", "voor",
    # "milik"): "Tesla a vendu 61 000 voitures, contre 40 000 pour Xiaomi" gives Xiaomi 40,000
    versus: list[str] = field(default_factory=list)
    # "the previous quarter" right after or before a figure ("nach 300 Millionen Yuan im
    # Vorquartal", "au trimestre précédent", 前四半期の): the quarter the sentence names, one back
    quarter_earlier: list[str] = field(default_factory=list)
    # the same for a month ("nach 38.000 im Vormonat", "le mois précédent", 前月の)
    month_earlier: list[str] = field(default_factory=list)
    # and a week ("from 8,870 the week before", 前一周的): the week the sentence names, one back
    week_earlier: list[str] = field(default_factory=list)
    # after a comparison base that names a period, a comma and a "when" ("en comparación con el
    # cuarto trimestre de 2024, cuando ingresó 16.700 millones"): the figure of that clause is
    # the base's, of the period it names (lists._comparison_bases)
    base_when: list[str] = field(default_factory=list)
    owned_by: list[str] = field(default_factory=list)
    # a change told by its size (languages of data/lang/): the words right after a figure
    # ("5.000 mehr als", "5 000 de plus", "5.000 in più", 3000台増えた) or right before it
    # ("nhiều hơn khoảng"): how many more or fewer than a base, no level (English:
    # figure_cues._CHANGE_AMOUNT_AFTER)
    change_size_after: list[str] = field(default_factory=list)
    change_size_before: list[str] = field(default_factory=list)
    # a figure denied or not reached: the words right before it ("did not reach", "fell short
    # of", 未达, 并非, "n'a pas atteint") or right after it (5万台に届かなかった, "bine
    # ulaşamadı", "de 50.000 niet"): no event (what the sentence says instead may be one)
    negated_before: list[str] = field(default_factory=list)
    negated_after: list[str] = field(default_factory=list)
    # a spread of several periods' figures, no one event: the words right before a figure
    # ("hovered between", "ont oscillé entre") or right after it (の間で推移, "arasında
    # dalgalandı")
    spread_before: list[str] = field(default_factory=list)
    spread_after: list[str] = field(default_factory=list)
    # a sentence that opens with a condition ("If", 如果, "Si", "Wenn"), and the conditional
    # ("would", 就能, "livrerait", "würde") before a figure of its main clause: what the
    # condition would give, no event
    if_opens: list[str] = field(default_factory=list)
    would: list[str] = field(default_factory=list)
    # what a buyer pays first or each month, right before an amount: not the car's price
    # ("a down payment from 49,900 yuan", 首付5.99万元起, "un apport de", "Anzahlung von")
    down_payment: list[str] = field(default_factory=list)
    # an if-clause in a mood of the unreal ("wenn … würde", "si … livrait", "se … consegnasse",
    # "als … zou"): every figure from it to the sentence's end is supposed, no fact (English
    # and Chinese: figure_cues._IF_CLAUSE)
    if_clause: list[str] = field(default_factory=list)
    # an aside that names someone only as whose rival the name before it is ("Li Auto, un
    # concurrent de Xiaomi, a livré", "샤오미의 경쟁사인 리오토는"): the names inside it own no
    # figure of the sentence (languages of data/lang/; English: subjects._RIVAL_APPOSITIVE)
    rival_aside: list[str] = field(default_factory=list)
    # a relative clause opened right after a name, its comma with it (", que", ", qui", ", der"):
    # what it tells is about that name ("el Tesla Model Y, que cuesta 263.500 yuanes": the
    # rival's price; English "which"/"that" in subjects._RELATIVE)
    relative: list[str] = field(default_factory=list)
    # a sentence that tells an earlier target after a revised one ("Bisher waren 300.000
    # geplant", "Il visait auparavant 300 000", 従来の目標は30万台): its bare figure is the same
    # period's target (languages of data/lang/; English: patterns._EARLIER_GOAL)
    earlier_goal: list[str] = field(default_factory=list)
    # a noun that points back to the model just named by what it is ("des SUV", "этих
    # кроссоверов", このSUV), in a language of data/lang/ (English's are in subjects.py)
    model_anaphor: list[str] = field(default_factory=list)
    # the words before a later phase's bare capacity ("Die zweite Phase … kommt auf weitere",
    # "第2期はさらに年"), ending where the figure follows (English's are in extract.py)
    phase_carry: list[str] = field(default_factory=list)
    lang: str = "en"  # en and zh share a vocabulary; another language has its own
    extra_path: str | None = None  # the user's YAML merged in, to build other languages' too
    # compiled
    entity_re: re.Pattern[str] = field(init=False)
    alias_to_entity: dict[str, Entity] = field(init=False)
    descriptor_keys: frozenset[str] = field(init=False)
    speaker_keys: frozenset[str] = field(init=False)
    competitor_re: re.Pattern[str] = field(init=False)
    metric_res: list[tuple[str, re.Pattern[str]]] = field(init=False)
    status_res: dict[str, re.Pattern[str]] = field(init=False)
    hypothetical_re: re.Pattern[str] = field(init=False)
    if_clause_re: re.Pattern[str] = field(init=False)
    rival_aside_re: re.Pattern[str] = field(init=False)
    relative_re: re.Pattern[str] = field(init=False)
    earlier_goal_re: re.Pattern[str] = field(init=False)
    model_anaphor_re: re.Pattern[str] = field(init=False)
    phase_carry_re: re.Pattern[str] = field(init=False)
    other_noun_re: re.Pattern[str] = field(init=False)
    skip_noun_re: re.Pattern[str] = field(init=False)
    non_car_re: re.Pattern[str] = field(init=False)
    label_res: list[tuple[str, re.Pattern[str]]] = field(init=False)
    average_re: re.Pattern[str] = field(init=False)
    business_res: dict[str, re.Pattern[str]] = field(init=False)
    pace_re: re.Pattern[str] = field(init=False)
    compared_re: re.Pattern[str] = field(init=False)
    market_re: re.Pattern[str] = field(init=False)
    future_re: re.Pattern[str] = field(init=False)
    milestone_re: re.Pattern[str] = field(init=False)
    qual_before_res: list[tuple[re.Pattern[str], str]] = field(init=False)
    qual_after_res: list[tuple[re.Pattern[str], str]] = field(init=False)
    qual_shared_res: list[tuple[re.Pattern[str], str]] = field(init=False)
    year_earlier_re: re.Pattern[str] = field(init=False)
    year_earlier_lead_re: re.Pattern[str] = field(init=False)
    year_earlier_word_re: re.Pattern[str] = field(init=False)
    beaten_re: re.Pattern[str] = field(init=False)
    set_when_re: re.Pattern[str] = field(init=False)
    target_met_re: re.Pattern[str] = field(init=False)
    target_beaten_re: re.Pattern[str] = field(init=False)
    forecast_quote_re: re.Pattern[str] = field(init=False)
    capacity_plan_re: re.Pattern[str] = field(init=False)
    reference_re: re.Pattern[str] = field(init=False)
    when_built_re: re.Pattern[str] = field(init=False)
    list_gap_re: re.Pattern[str] = field(init=False)
    the_figure_re: re.Pattern[str] = field(init=False)
    goal_met_re: re.Pattern[str] = field(init=False)
    of_which_re: re.Pattern[str] = field(init=False)
    list_further_re: re.Pattern[str] = field(init=False)
    respectively_re: re.Pattern[str] = field(init=False)
    changed_from_re: re.Pattern[str] = field(init=False)
    annual_target_re: re.Pattern[str] = field(init=False)
    topic_first_re: re.Pattern[str] = field(init=False)
    changed_after_re: re.Pattern[str] = field(init=False)
    level_change_from_re: re.Pattern[str] = field(init=False)
    level_change_to_re: re.Pattern[str] = field(init=False)
    change_by_re: re.Pattern[str] = field(init=False)
    revised_to_re: re.Pattern[str] = field(init=False)
    rose_to_re: re.Pattern[str] = field(init=False)
    remaining_before_re: re.Pattern[str] = field(init=False)
    change_by_after_re: re.Pattern[str] = field(init=False)
    change_size_after_re: re.Pattern[str] = field(init=False)
    change_size_before_re: re.Pattern[str] = field(init=False)
    negated_before_re: re.Pattern[str] = field(init=False)
    negated_after_re: re.Pattern[str] = field(init=False)
    spread_before_re: re.Pattern[str] = field(init=False)
    spread_after_re: re.Pattern[str] = field(init=False)
    if_opens_re: re.Pattern[str] = field(init=False)
    would_re: re.Pattern[str] = field(init=False)
    down_payment_re: re.Pattern[str] = field(init=False)
    capacity_modal_re: re.Pattern[str] = field(init=False)
    of_which_at_re: re.Pattern[str] = field(init=False)
    launch_of_re: re.Pattern[str] = field(init=False)
    launch_after_re: re.Pattern[str] = field(init=False)
    versus_re: re.Pattern[str] = field(init=False)
    quarter_earlier_re: re.Pattern[str] = field(init=False)
    quarter_earlier_lead_re: re.Pattern[str] = field(init=False)
    month_earlier_re: re.Pattern[str] = field(init=False)
    month_earlier_lead_re: re.Pattern[str] = field(init=False)
    quarter_earlier_word_re: re.Pattern[str] = field(init=False)
    month_earlier_word_re: re.Pattern[str] = field(init=False)
    week_earlier_re: re.Pattern[str] = field(init=False)
    base_when_re: re.Pattern[str] = field(init=False)
    week_earlier_lead_re: re.Pattern[str] = field(init=False)
    week_earlier_word_re: re.Pattern[str] = field(init=False)
    owned_by_re: re.Pattern[str] = field(init=False)
    joiner_re: re.Pattern[str] = field(init=False)

    def __post_init__(self) -> None:
        self.alias_to_entity = {}
        for ent in self.entities:
            for alias in (ent.name, *ent.aliases, *ent.descriptors, *ent.speakers):
                self.alias_to_entity.setdefault(alias.lower(), ent)
        self.speaker_keys = frozenset(
            re.sub(r"\s+", " ", d.lower()) for ent in self.entities for d in ent.speakers
        )
        self.descriptor_keys = frozenset(
            re.sub(r"\s+", " ", d.lower()) for ent in self.entities for d in ent.descriptors
        )
        self.entity_re = _alias_re(self.alias_to_entity)
        self.competitor_re = _alias_re(
            {c.lower(): None for c in self.competitors},
            # "Tesla users", "former Mercedes-Benz, BMW and Audi owners": a buyer group
            suffix=r"(?![\w-]*(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)[\w-]+){0,4}"
            r"\s+(?:users|owners|buyers|fans|customers|drivers))",
        )
        self.metric_res = [
            (metric, re.compile("|".join(f"(?:{c})" for c in cues), re.IGNORECASE))
            for metric, cues in self.metric_cues.items()
            if cues
        ]
        self.status_res = {
            status: re.compile("|".join(f"(?:{c})" for c in cues), re.IGNORECASE)
            for status, cues in self.status_cues.items()
        }
        self.hypothetical_re = re.compile(
            "|".join(f"(?:{c})" for c in self.hypothetical), re.IGNORECASE
        )
        self.if_clause_re = _words_re(self.if_clause)
        self.rival_aside_re = _words_re(self.rival_aside)
        # (up to two words of the name before it: "Model Y Performance, que")
        self.relative_re = _words_re(self.relative, r"(?:\s+[\w-]+){0,2}\s*", r"(?![^\W\d_])")
        self.earlier_goal_re = _words_re(self.earlier_goal)
        self.model_anaphor_re = _words_re(self.model_anaphor)
        self.phase_carry_re = _words_re(self.phase_carry)
        self.other_noun_re = re.compile(
            r"(?:" + "|".join(self.other_nouns) + r")(?![a-z])", re.IGNORECASE
        )
        self.non_car_re = re.compile(
            "|".join(f"(?:{c})" for c in self.non_car) or "(?!)", re.IGNORECASE
        )
        self.label_res = [
            (label, re.compile("|".join(f"(?:{c})" for c in cues), re.IGNORECASE))
            for label, cues in self.other_labels.items()
            if cues
        ]
        self.average_re = re.compile(
            "|".join(f"(?:{c})" for c in self.average) or "(?!)", re.IGNORECASE
        )
        self.business_res = {
            kind: re.compile(
                "|".join(f"(?:{c})" for c in self.business.get(kind, [])) or "(?!)",
                re.IGNORECASE,
            )
            for kind in BUSINESS_WORDS
        }
        self.pace_re = re.compile("|".join(f"(?:{c})" for c in self.pace) or "(?!)", re.I)
        self.compared_re = re.compile("|".join(f"(?:{c})" for c in self.compared) or "(?!)", re.I)
        self.base_when_re = _words_re(self.base_when, r"\s*", r"(?![^\W\d_])")
        self.market_re = re.compile("|".join(f"(?:{c})" for c in self.market) or "(?!)", re.I)
        self.future_re = re.compile("|".join(f"(?:{c})" for c in self.future) or "(?!)", re.I)
        self.milestone_re = re.compile("|".join(f"(?:{c})" for c in self.milestone) or "(?!)", re.I)
        # in this order: "no less than" is a floor, "不超过" a ceiling, before "than" or 超
        # makes either a lower bound
        self.qual_before_res = [
            (re.compile("(?:" + "|".join(words) + r")\s*$", re.I), qual)
            for qual in QUALIFIERS
            if (words := self.qualifier_before.get(qual))
        ]
        # within the figure's clause, up to 40 characters after it
        self.year_earlier_re = re.compile(
            r"[^.;,，。；]{0,40}?(?:" + ("|".join(self.year_earlier) or "(?!)") + ")", re.I
        )
        # the words alone, wherever they stand
        self.year_earlier_word_re = _words_re(self.year_earlier)
        # right before the figure: "去年同期为97亿元", "a year earlier it was 27,300"
        self.year_earlier_lead_re = re.compile(
            "(?:"
            + ("|".join(self.year_earlier) or "(?!)")
            # "rose 30.5% from a year earlier to 92.5 billion yuan": the new level, not the base
            + r")(?![,，]?\s*to\s*$)\s*(?:[,，]?\s*(?:it\s+)?(?:was|were|stood\s+at|of)|为|是|的|仅为|只有|"
            # "A year ago the figure stood at 20,000", "a year earlier it amounted to"
            r"[,，]?\s*(?:it|the\s+(?:figure|number|total|tally|count))\s+(?:was|were|stood\s+at|"
            r"amounted\s+to|came\s+to)|"
            # (not "a year earlier and from 18.6 billion in the first quarter": a second base,
            # of its own period)
            r"[\u4e00-\u9fff]{1,4}(?:为|了)?|(?:\s*(?!(?:and|or|but|while|whereas)\b)[^\W\d_]+){1,2})?"
            # (and a dash or colon before the figure: "a rok wcześniej – 1,5 mld")
            r"(?:\s*[-—:])?\s*$",
            re.I,
        )
        self.beaten_re = re.compile("|".join(f"(?:{c})" for c in self.beaten) or "(?!)", re.I)
        self.set_when_re = re.compile("|".join(f"(?:{c})" for c in self.set_when) or "(?!)", re.I)
        self.target_met_re = re.compile(
            "|".join(f"(?:{c})" for c in self.target_met) or "(?!)", re.I
        )
        self.target_beaten_re = re.compile(
            "|".join(f"(?:{c})" for c in self.target_beaten) or "(?!)", re.I
        )
        self.forecast_quote_re = re.compile(
            "|".join(f"(?:{c})" for c in self.forecast_quote) or "(?!)", re.I
        )
        self.capacity_plan_re = re.compile(
            "|".join(f"(?:{c})" for c in self.capacity_plan) or "(?!)", re.I
        )
        self.when_built_re = re.compile(
            "|".join(f"(?:{c})" for c in self.when_built) or "(?!)", re.I
        )
        # between two figures of a list: the first's unit and period words (up to four), then a
        # comma or a joiner, and what is left (the next item's period) for the caller to read
        joiners = "|".join(self.list_joiners) or "(?!)"
        self.list_gap_re = re.compile(
            r"\s*(?:[^\W_][\w'’-]*\.?(?:\s+|(?=[,;]))){0,4}?(?:[,;]\s*(?:(?:"
            + joiners
            + r")\s+)?|(?:"
            + joiners
            + r")\s+)(?P<rest>.*)",
            re.I | re.S,
        )
        # "、" and "，" too: "テスラは…販売した一方、シャオミは4万台": the name after it is the
        # next figure's (used only for the languages of data/lang/)
        self.joiner_re = re.compile(r"[,;、，]|(?<![^\W\d_])(?:" + joiners + r")(?![^\W\d_])", re.I)
        self.the_figure_re = _words_re(
            # (an abbreviated "about" may stand before the figure: "ma to być ok. 145 tys.")
            self.the_figure,
            r"(?<![^\W\d_])",
            r"(?![^\W\d_])(?:[^\d.;:!?]|(?<=\s(?:ok|ca|rd))\.){0,40}$",
        )
        self.goal_met_re = re.compile("|".join(f"(?:{c})" for c in self.goal_met) or "(?!)", re.I)
        # the words, then at most a bound or two ("davon nur", "dont plus de") before the part
        self.of_which_re = _words_re(
            self.of_which, r"(?<![^\W\d_])", r"(?![^\W\d_])(?:\s+[^\W\d_]+){0,3}?\s*$"
        )
        self.list_further_re = _words_re(self.list_further, r"(?<![^\W\d_])", r"\s*$")
        self.respectively_re = re.compile("|".join(self.respectively) or "(?!)", re.I)
        self.changed_from_re = _words_re(self.changed_from, r"", r"\s*$")
        self.annual_target_re = re.compile("|".join(self.annual_target) or "(?!)", re.I)
        self.topic_first_re = _words_re(self.topic_first, r"\s*", r"\s+")
        self.change_by_re = _words_re(self.change_by, r"", r"\s*$")
        self.revised_to_re = _words_re(self.revised_to, r"", r"\s*$")
        # (up to two words of a bound after it: "subiu para mais de", "passé à environ")
        self.rose_to_re = _words_re(self.rose_to, r"(?<![^\W\d_])", r"(?:\s+[^\W\d_]+){0,2}?\s*$")
        self.remaining_before_re = _words_re(self.remaining_before, r"", r"\s*$")
        self.changed_after_re = _words_re(self.changed_after, r"\s*")
        self.level_change_from_re = _words_re(self.level_change_from, r"", r"\s*$")
        self.level_change_to_re = _words_re(self.level_change_to, r"\s*")
        self.change_by_after_re = _words_re(self.change_by_after, r"\s*")
        self.change_size_after_re = _words_re(self.change_size_after)
        self.change_size_before_re = _words_re(self.change_size_before, r"", r"\s*$")
        self.negated_before_re = _words_re(self.negated_before, r"", r"\s*$")
        self.negated_after_re = _words_re(self.negated_after)
        self.spread_before_re = _words_re(self.spread_before, r"", r"\s*$")
        self.spread_after_re = _words_re(self.spread_after)
        self.if_opens_re = _words_re(self.if_opens, r"\W*")
        self.would_re = _words_re(self.would)
        self.down_payment_re = _words_re(self.down_payment, r"", r"\s*$")
        self.of_which_at_re = _words_re(self.of_which, r"(?<![^\W\d_])", r"(?![^\W\d_])")
        self.launch_of_re = _words_re(self.launch_of, r"(?<![^\W\d_])", r"\s*$")
        self.launch_after_re = re.compile(
            "|".join(f"(?:{c})" for c in self.launch_after) or "(?!)", re.I
        )
        # the gap between the rival's figure and the next: its unit and period words (up to
        # eight), a comma, the word, then at most two short words ("los", "plus de")
        self.versus_re = re.compile(
            r"\s*(?:[^\W_][\w'’-]*\.?(?:\s+|(?=,))){0,8}?,?\s*(?<![^\W\d_])(?:"
            + ("|".join(self.versus) or "(?!)")
            + r")(?![^\W\d_])(?:\s+[^\W\d_]{1,5}){0,2}\s*",
            re.I | re.S,
        )
        # after the figure: its unit words at most (Japanese and Korean put it before); before
        # it: right before, or with two words between ("önceki çeyrekte bu sayı")
        for name, words in (
            ("quarter", self.quarter_earlier),
            ("month", self.month_earlier),
            ("week", self.week_earlier),
        ):
            back = "|".join(words) or "(?!)"
            setattr(self, f"{name}_earlier_word_re", re.compile(back, re.I))
            setattr(
                self,
                f"{name}_earlier_re",
                # (past a unit: "20,4 % del trimestre anterior", "700 millones en el …")
                re.compile(r"(?:\s*(?:[^\W\d_]+\.?|%)){0,2}?\s+(?:" + back + ")", re.I),
            )
            setattr(
                self,
                f"{name}_earlier_lead_re",
                re.compile(
                    # (or a bracket or a dash opened on the figure: "전 분기(206억 위안)보다",
                    # "месяцем ранее — более 38 тыс.")
                    r"(?:"
                    + back
                    + r")(?:\s*[—–-])?(?:\s+[^\W\d_]+){0,2}?\s*(?:の|에는|에|의|은|는|:)?\s*[(（—–-]?\s*$",
                    re.I,
                ),
            )
        # right after that figure: at most two unit words, then the owner's word
        self.owned_by_re = _words_re(
            self.owned_by, r"(?:\s*[^\W\d_][\w'’-]*\.?){0,2}?\s+", r"\s+(?:la\s+|l['’]\s*|a\s+)?"
        )
        self.capacity_modal_re = _words_re(self.capacity_modal, r"(?<![^\W\d_])", r"(?![^\W\d_])")
        self.reference_re = re.compile(
            "(?:" + ("|".join(self.reference) or "(?!)") + r")\s*$", re.I
        )
        self.qual_after_res = [
            (re.compile(r"^\s*(?:" + "|".join(words) + ")", re.I), qual)
            for qual in QUALIFIERS
            if (words := self.qualifier_after.get(qual))
        ]
        self.qual_shared_res = [
            (re.compile(r"^\s*(?:" + "|".join(words) + ")", re.I), qual)
            for qual in QUALIFIERS
            if (words := self.qualifier_shared.get(qual))
        ]
        self.skip_noun_re = re.compile(
            r"(?:" + "|".join(self.skip_nouns) + r")(?![a-z])", re.IGNORECASE
        )


def _trie_pattern(words: list[str]) -> str:
    """One regex for many words, shared prefixes factored out: much faster than a flat
    alternation of hundreds of aliases, and the longest alias still wins."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        end = "" in node
        branches = []
        for ch in sorted(k for k in node if k):
            piece = r"\s+" if ch == " " else re.escape(ch)
            branches.append(piece + build(node[ch]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if end else body

    return build(trie)


def _alias_re(aliases: dict[str, Any], suffix: str = "") -> re.Pattern[str]:
    """Whole-word (for Latin script) case-insensitive match of any alias; plural "s" allowed."""
    latin = [a for a in aliases if a[:1].isascii()]
    other = [a for a in aliases if not a[:1].isascii()]
    parts = []
    if latin:
        parts.append(r"(?<![A-Za-z0-9])" + _trie_pattern(latin) + r"(?:s|'s|’s)?(?![A-Za-z0-9])")
    if other:
        parts.append(_trie_pattern(other))
    return re.compile("(?:" + "|".join(parts) + ")" + suffix if parts else "(?!)", re.IGNORECASE)


def _read_yaml(path: Path | Any) -> dict[str, Any]:
    return load_mapping(path.read_text(encoding="utf-8"), path)


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in extra.items():
        if key == "entities":
            names = {e["name"]: i for i, e in enumerate(out.get("entities", []))}
            merged = list(out.get("entities", []))
            new = []
            for ent in value or []:
                if ent["name"] in names:
                    old = merged[names[ent["name"]]]
                    merged[names[ent["name"]]] = {
                        **old,
                        "aliases": [*old["aliases"], *ent.get("aliases", [])],
                        "descriptors": [*old.get("descriptors", []), *ent.get("descriptors", [])],
                        "speakers": [*old.get("speakers", []), *ent.get("speakers", [])],
                    }
                else:
                    new.append(ent)
            # new entities first: a new model's aliases must win over the group's "Xiaomi"
            out["entities"] = new + merged
        elif isinstance(value, dict) and isinstance(out.get(key), dict):
            sub = dict(out[key])
            for k, v in value.items():
                sub[k] = [*v, *sub.get(k, [])] if isinstance(v, list) else v
            out[key] = sub
        elif isinstance(value, list) and isinstance(out.get(key), list):
            out[key] = [*out[key], *value]
        else:
            out[key] = value
    return out


def _build(data: dict[str, Any]) -> ExtractorConfig:
    entities = []
    for ent in data.get("entities", []):
        if ent.get("kind") not in ("model", "auto", "group"):
            raise ValueError(f"entity {ent.get('name')!r}: kind must be model, auto or group")
        entities.append(
            Entity(
                str(ent["name"]),
                str(ent["kind"]),
                tuple(map(str, ent.get("aliases", []))),
                _day(ent.get("launched")),
                _day(ent.get("presale")),
                tuple(map(str, ent.get("descriptors", []))),
                tuple(map(str, ent.get("speakers", []))),
            )
        )
    cues = dict(data.get("metrics", {}))
    labels = {str(k): list(map(str, v)) for k, v in (data.get("other_labels") or {}).items()}
    if labels and "other" not in cues:
        # labelled figures named by a cue word ("operating profit") compete with the metrics'
        # cues as metric "other", ranked after production, as nouns ("402 stores") do not
        ordered = list(cues.items())
        at = next((i + 1 for i, (m, _) in enumerate(ordered) if m == "production"), len(ordered))
        words = [c for k, v in labels.items() if k not in NOUN_LABELS for c in v]
        # a profit word makes a number "other" (not revenue), even when it is not labelled
        words += ["net (?:profit|income)", "净利润?", "market (?:value|cap)", "市值"]
        cues = dict([*ordered[:at], ("other", words), *ordered[at:]])
    unknown = set(cues) - set(METRICS)
    if unknown:
        raise ValueError(f"unknown metric(s) in cues: {sorted(unknown)}")
    return ExtractorConfig(
        entities=entities,
        competitors=list(map(str, data.get("competitors", []))),
        metric_cues={m: list(map(str, c)) for m, c in cues.items()},
        status_cues={s: list(map(str, c)) for s, c in data.get("status", {}).items()},
        hypothetical=list(map(str, data.get("hypothetical", []))),
        other_nouns=list(map(str, data.get("other_nouns", []))),
        skip_nouns=list(map(str, data.get("skip_nouns", []))),
        non_car=list(map(str, data.get("non_car", []))),
        other_labels=labels,
        one_model_until=_day(data.get("one_model_until")),
        average=list(map(str, data.get("average", []))),
        business={str(k): list(map(str, v)) for k, v in (data.get("business") or {}).items()},
        pace=list(map(str, data.get("pace", []))),
        compared=list(map(str, data.get("compared", []))),
        market=list(map(str, data.get("market", []))),
        future=list(map(str, data.get("future", []))),
        milestone=list(map(str, data.get("milestone", []))),
        year_earlier=list(map(str, data.get("year_earlier", []))),
        beaten=list(map(str, data.get("beaten", []))),
        set_when=list(map(str, data.get("set_when", []))),
        target_met=list(map(str, data.get("target_met", []))),
        target_beaten=list(map(str, data.get("target_beaten", []))),
        forecast_quote=list(map(str, data.get("forecast_quote", []))),
        capacity_plan=list(map(str, data.get("capacity_plan", []))),
        reference=list(map(str, data.get("reference", []))),
        when_built=list(map(str, data.get("when_built", []))),
        list_joiners=list(map(str, data.get("list_joiners", []))),
        the_figure=list(map(str, data.get("the_figure", []))),
        goal_met=list(map(str, data.get("goal_met", []))),
        of_which=list(map(str, data.get("of_which", []))),
        list_further=list(map(str, data.get("list_further", []))),
        respectively=list(map(str, data.get("respectively", []))),
        changed_from=list(map(str, data.get("changed_from", []))),
        annual_target=list(map(str, data.get("annual_target", []))),
        topic_first=list(map(str, data.get("topic_first", []))),
        changed_after=list(map(str, data.get("changed_after", []))),
        level_change_from=list(map(str, data.get("level_change_from", []))),
        level_change_to=list(map(str, data.get("level_change_to", []))),
        change_by=list(map(str, data.get("change_by", []))),
        revised_to=list(map(str, data.get("revised_to", []))),
        rose_to=list(map(str, data.get("rose_to", []))),
        remaining_before=list(map(str, data.get("remaining_before", []))),
        change_by_after=list(map(str, data.get("change_by_after", []))),
        capacity_modal=list(map(str, data.get("capacity_modal", []))),
        launch_of=list(map(str, data.get("launch_of", []))),
        launch_after=list(map(str, data.get("launch_after", []))),
        versus=list(map(str, data.get("versus", []))),
        quarter_earlier=list(map(str, data.get("quarter_earlier", []))),
        month_earlier=list(map(str, data.get("month_earlier", []))),
        week_earlier=list(map(str, data.get("week_earlier", []))),
        base_when=list(map(str, data.get("base_when", []))),
        owned_by=list(map(str, data.get("owned_by", []))),
        change_size_after=list(map(str, data.get("change_size_after", []))),
        change_size_before=list(map(str, data.get("change_size_before", []))),
        negated_before=list(map(str, data.get("negated_before", []))),
        negated_after=list(map(str, data.get("negated_after", []))),
        spread_before=list(map(str, data.get("spread_before", []))),
        spread_after=list(map(str, data.get("spread_after", []))),
        if_opens=list(map(str, data.get("if_opens", []))),
        would=list(map(str, data.get("would", []))),
        down_payment=list(map(str, data.get("down_payment", []))),
        if_clause=list(map(str, data.get("if_clause", []))),
        rival_aside=list(map(str, data.get("rival_aside", []))),
        relative=list(map(str, data.get("relative", []))),
        earlier_goal=list(map(str, data.get("earlier_goal", []))),
        model_anaphor=list(map(str, data.get("model_anaphor", []))),
        phase_carry=list(map(str, data.get("phase_carry", []))),
        qualifier_before={
            str(k): list(map(str, v)) for k, v in (data.get("qualifier_before") or {}).items()
        },
        qualifier_after={
            str(k): list(map(str, v)) for k, v in (data.get("qualifier_after") or {}).items()
        },
        qualifier_shared={
            str(k): list(map(str, v)) for k, v in (data.get("qualifier_shared") or {}).items()
        },
    )


# Keys of a language's YAML that replace the English/Chinese vocabulary for that language.
LANG_KEYS = (
    "metrics", "status", "hypothetical", "other_nouns", "skip_nouns", "other_labels", "average",
    "business", "pace", "compared", "market", "future", "milestone", "qualifier_before",
    "qualifier_after", "qualifier_shared", "year_earlier", "beaten", "set_when", "target_met",
    "target_beaten", "forecast_quote", "capacity_plan", "reference", "when_built",
    "list_joiners", "the_figure", "goal_met", "of_which", "list_further",
    "respectively", "changed_from", "changed_after", "level_change_from", "level_change_to", "change_by", "change_by_after",
    "revised_to", "rose_to", "remaining_before", "annual_target", "topic_first",
    "capacity_modal", "launch_of", "launch_after", "versus", "owned_by", "quarter_earlier", "month_earlier",
    "week_earlier", "base_when",
    "change_size_after", "change_size_before", "negated_before", "negated_after",
    "spread_before", "spread_after", "if_opens", "would",
    "down_payment", "if_clause", "rival_aside", "relative", "earlier_goal",
    "model_anaphor", "phase_carry",
)  # fmt: skip


@lru_cache(maxsize=64)
def load_config(extra_path: str | None = None, lang: str | None = None) -> ExtractorConfig:
    """The bundled vocabulary, merged with a user's YAML when given.

    English and Chinese share cues.yaml; another language (one with data/lang/<lang>.yaml)
    gets its own cue, status and noun words instead (German "will" is a target, English
    "will" a forecast), with the same entities, aliases of every script included.
    """
    pkg = resources.files("pipelines.core.metrics") / "data"
    data = _merge(
        _read_yaml(pkg / "entities.yaml"), _read_yaml(pkg / "lang" / "entities_extra.yaml")
    )
    cues = _read_yaml(pkg / "cues.yaml")
    if lang and lang not in ("en", "zh"):
        own = pkg / "lang" / f"{lang}.yaml"
        if not own.is_file():
            raise ValueError(f"no extractor vocabulary for language {lang!r}")
        words = _read_yaml(own)
        cues = {k: words[k] for k in LANG_KEYS if k in words}
        # labelled figures keep the English label names; their cue words are per language
        cues.setdefault("other_labels", {})
    data = _merge(data, cues)
    if extra_path:
        data = _merge(data, _read_yaml(Path(extra_path)))
    config = _build(data)
    config.lang = lang or "en"
    config.extra_path = extra_path
    return config


def _day(value: object) -> dt.date | None:
    """A YAML date (parsed already, or an ISO string from JSON-like configs)."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))
