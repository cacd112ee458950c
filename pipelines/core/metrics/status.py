"""A figure's status (done, target, forecast, estimate) and its qualifier (bound or rounding
words such as "more than"), from the words around it.

Apart because the target, forecast, done and cancelled patterns are read only here.
"""

from __future__ import annotations

import re

from pipelines.core.metrics import scan
from pipelines.core.metrics.lexicon import ExtractorConfig
from pipelines.core.metrics.numbers import NumberMention
from pipelines.core.metrics.patterns import _CONJUNCTIONS, _PAST_VERB


def _qualifier(cfg: ExtractorConfig, text: str, num: NumberMention) -> str:
    """Bound or rounding words right before the figure, then right after it (data
    `qualifier_before` / `qualifier_after`): "more than 40,000", "plus de 40 000", "4万台以上"."""
    # (40: "ha superato a fine settembre quota 400.000", a day between the verb and the mark)
    before = text[max(0, num.start - 40) : num.start]
    if _MARK_AFTER.match(text, num.end):
        # "passed the 400,000 mark" bounds as "passed 400,000" does ("crossed the … mark" and
        # "hit the … mark" stay exact, as "crossed 300,000" does)
        before = re.sub(r"\bthe\s*$", "", before.rstrip(), flags=re.I)
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
            # "some 40,000-odd", "about 40,000-plus": the sign after says more than
            if qual == "about" and _after_qualifier(cfg, text, num) == "more_than":
                return "more_than"
            return qual
    return _after_qualifier(cfg, text, num) or "exact"


def _after_qualifier(cfg: ExtractorConfig, text: str, num: NumberMention) -> str | None:
    """The qualifier a word right after the figure gives (data `qualifier_after`), or None."""
    # right after the digits ("20.000'den fazla araç") or after the unit (4万台以上, 4만 대가 넘는)
    for at in dict.fromkeys((num.value_end, num.end)):
        after = text[at : at + _QUAL_AFTER_REACH]
        for pattern, qual in cfg.qual_after_res:
            if pattern.match(after):
                return qual
    # "200 bini, ilk 1 saatte ise 289 bini geçti": the verb of the next figure bounds both
    after = text[num.end : num.end + _SHARED_REACH]
    for pattern, qual in cfg.qual_shared_res:
        if pattern.match(after):
            return qual
    return None


# right after a figure, the mark it is: "the 400,000 mark", "the 40,000-unit milestone"
_MARK_AFTER = re.compile(
    r"[\s-]*(?:(?:units?|vehicles?|cars?|deliver(?:y|ies)|orders?)[\s-]*)?"
    r"(?:mark|milestone|threshold|barrier)\b",
    re.I,
)
# characters after a figure (its unit included in it) that hold "以上", "'den fazla", "이상"
# (or a verb-final clause's verb past the noun: "40.000 Auslieferungen überschritten"; the
# words are anchored right after the figure, so a longer reach adds only such words)
_QUAL_AFTER_REACH = 40
# characters after a figure to the verb of a later figure it shares (data `qualifier_shared`)
_SHARED_REACH = 80


# a sentence that opens with the company or its leader saying: what follows in the future tense
# is its own plan
_OWN_SPEAKER = re.compile(
    r"\s*(?:小米(?:集团|集團|汽车|汽車)?(?:的)?(?:创始人|創始人|董事长|董事長|CEO|总裁|總裁|合伙人)?"
    r"(?:、|，|,)?\s*)?(?:雷军|雷軍|卢伟冰|盧偉冰|小米(?:集团|集團|汽车|汽車)?(?:官方|方面))?"
    r"(?<=[军軍冰米团團车車方面])"
    r"(?:在[^，。；]{1,20}?上)?(?:表示|称|稱|说|說|透露|宣布|强调|強調|介绍|介紹|重申|确认|確認)"
)


# a clause of "and" with a subject and an infinitive, no verb of its own: "…, and the EV arm to
# post a profit of …" (English)
_JOINED_INFINITIVE = re.compile(
    r"\s*(?:and\s+)?(?:[\w'’-]+\s+){1,5}?to\s+(?:post|report|deliver|sell|make|earn|book|record|"
    r"log|reach|hit|generate|turn|ship|produce|achieve|swing|return)\b",
    re.I,
)
_STRONG_TARGET = re.compile(
    r"\b(?:plans?|planned|planning|aims?|aiming|strives?|intends?) to\b|\bstrive\b|计划|目标|力争",
    re.I,
)


# a clause of what was done before: "after handing over", "having delivered"
_AFTER_DONE = re.compile(
    r"\b(?:after|since)\s+(?:having\s+)?(?:deliver(?:ing|ed)|hand(?:ing|ed)\s+over|sell(?:ing)?|"
    r"sold|ship(?:ping|ped)|produc(?:ing|ed)|buil(?:ding|t))\b|\bhaving\s+(?:delivered|sold|"
    r"handed\s+over|shipped|produced|built)\b",
    re.I,
)
# a clause break (colon, dash, "but") then a verb of delivering in the past tense
_DONE_PAST_BREAK = re.compile(
    r"(?:[:：—–]|--|\s-\s|\b(?:but|while|whereas)\b)(?:(?![:：—–]|--).)*?"
    r"(?:\b(?:delivered|handed\s+over|sold|shipped)\b|(?:已经?|共|一共)?交付了)",
    re.I,
)
_LIST_BREAK = re.compile(r"[、，,;；]")
# between two figures of a verb-final clause, what joins them to share its verb
_JOINED_FIGURES = re.compile(
    r"[、，,;；]|\b(?:ve|und|oder|bzw)\b|[와과및]|と|や|及び|および|から|～|~|(?<!\s)[-–](?!\s)"
)
# after a target word, the particle that makes it the name of the figure right after it
_NAMES_NEXT = re.compile(r"\s*(?:치?(?:の|인|은|는|で(?:ある)?|として|は)|von|in\s+Höhe\s+von)\s*")
# before an infinitive, what makes it the result of something done: "needed 12 months to
# raise capacity to", "helped to lift"
_DONE_PURPOSE = re.compile(r"\b(?:needed|took|helped|managed|was\s+able|were\s+able)\b", re.I)
# a sentence that opens by calling what follows an estimate
_LEAD_ESTIMATE = re.compile(
    r"\s*(?:据(?:估算|估计|测算|推算)|(?:业内人士|业内|分析师|分析人士|机构|市场)(?:估计|估算|测算|推算)|"
    r"(?:by|according\s+to)\s+(?:\w+\s+){0,2}?estimates?"
    # a broker's or anyone's expectation opening the sentence: "中金预计，", "摩根士丹利预测："
    r"|[\u4e00-\u9fffA-Za-z]{1,12}?(?:预计|预测|预期|预估|估计|估算))\s*[,，:：]",
    re.I,
)
# a clause of a finished year or a thing done
_ZH_DONE_CLAUSE = re.compile(r"去年|前年|已")
# after a figure, words that join the next verb to the sentence's subject
_NEXT_VERB = re.compile(r"\s(?:" + _CONJUNCTIONS + r")\s|并且?|而且?", re.I)
# between an expectation and its figure: "estimates of 114 billion", 预期的
_ESTIMATE_OF = re.compile(r"\s*(?:of|at|:|为|的)?\s*(?:RMB|CNY|US\$|\$|¥)?\s*", re.I)


# whose estimate a figure is, said after it: "exceeds 150,000 units, analysts estimate", "about
# 30,000, by Citi's estimate", "…, according to analysts' estimates", "…, per CnEVPost estimates"
_ESTIMATED_AFTER = re.compile(
    r"[^,;.]{0,40},\s*(?:(?:(?:some|many|most|several|one|two|three)\s+)?(?:[A-Z][\w&.-]*\s+){0,3}?"
    r"(?:analysts?|brokers?|economists?|researchers?)\s+(?:estimates?|estimated|reckons?|reckoned|"
    r"believes?|believed|expects?|expected|forecasts?|calculates?|calculated|projects?|projected|"
    r"think|thinks)\b|(?:according\s+to|by|per)\s+(?:[\w&.-]+(?:['’]s?)?\s+){0,3}?(?:estimates?|"
    r"projections?|forecasts?|calculations?)\b)"
)


# a that-clause opened right after a comma ("…, dass", "…, dat", "…, że", "…, что"): what is
# said in it is the saying verb's before the comma
_THAT_OPENS = re.compile(r"\s*(?:dass|dat|że|что|bahwa|rằng)\b", re.I)
_THAT_ENDS = re.compile(r"(?<![^\W\d_])(?:dass|dat|że|что|bahwa|rằng)\s*$", re.I)


# the figure that beat a goal: "tops its 2024 target with 135,000 cars delivered",
# 超额完成2024年目标，全年交付13.5万辆
_WITH_FIGURE = re.compile(r"\s+with\s|[，,][^，,。；;]{0,10}?(?:交付|销售|售出|卖出)")


def _beaten_with(cfg: ExtractorConfig, text: str, start: int, end: int) -> int:
    """Where the figure's own words begin past a goal beaten before it ("beats its goal with
    135,000 deliveries"), else -1."""
    if cfg.lang not in ("en", "zh"):
        return -1
    beat = None
    for m in scan.finditer(cfg.target_beaten_re, text, start, end):
        beat = m
    if beat is None:
        return -1
    joined = _WITH_FIGURE.search(text, beat.end(), end)
    return joined.end() if joined is not None else -1


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
    if (
        lead is not None
        and lead.end() <= num.start
        # (not "券商预计，…明年…，去年交付约41万台" nor "…，今年已交付约40万台": an expectation's
        # later clause that tells a finished year or a thing done)
        and not (
            lead.group().rstrip(" ,，:：").endswith(("预计", "预测", "预期"))
            and _ZH_DONE_CLAUSE.search(
                text, max(lead.end(), text.rfind("，", 0, num.start) + 1), num.start
            )
        )
    ):
        return "forecast"  # "据估算，小米汽车10月交付约4万辆": the whole sentence is an estimate
    last_comma = max(text.rfind(",", c_left, num.start), text.rfind("，", c_left, num.start))
    head_start = max(c_left, last_comma + 1)
    head = text[head_start : num.start]
    found: list[tuple[int, str]] = []
    for status in ("target", "forecast"):
        for m in scan.finditer(cfg.status_res[status], head):
            found.append((m.end(), status))
    done = _DONE_PAST_BREAK.search(head) if cfg.lang == "en" else None
    if found and done is not None:
        # "The target is small next to its business: Xiaomi delivered more than 410,000 in
        # 2025": past a colon or dash, a delivery verb of the past says the figure is done
        found = [(end, status) for end, status in found if end > done.start()]
    beat_with = _beaten_with(cfg, text, 0, num.start)
    clause = max(text.rfind(";", 0, beat_with), text.rfind("；", 0, beat_with)) + 1
    if beat_with >= 0 and scan.search(cfg.status_res["forecast"], text, clause, beat_with):
        return "forecast"  # "expects to beat its target with 400,000 deliveries", 有望超额完成
    if beat_with > head_start:
        # "beats its 2024 goal with 135,000 deliveries": the goal word names what was beaten
        found = [(end, status) for end, status in found if head_start + end > beat_with]
    if not found and cfg.lang not in ("en", "zh"):
        # "Analysten gehen davon aus, dass Xiaomi … ausliefert", "rekenen erop dat": the verb
        # of the clause the that-clause hangs on says whose figure it is
        opener = _THAT_OPENS.match(text, head_start)
        # (or the that-word just before the clause: "ожидают, что | поставки … составят")
        told = _THAT_ENDS.search(text, max(0, head_start - 12), head_start)
        if told is not None:
            head_start = len(text[: told.start()].rstrip(" ,，")) + 1
        if (opener is not None and opener.end() <= num.start) or told is not None:
            comma = max(text.rfind(",", 0, head_start - 1), text.rfind("，", 0, head_start - 1))
            for status in ("target", "forecast"):
                if scan.search(cfg.status_res[status], text, comma + 1, head_start):
                    found.append((0, status))
    if (
        found
        and cfg.lang not in ("en", "zh")
        and metric == "deliveries"
        and head_start < segment[0] < num.start
        and any(
            name == "deliveries"
            # (not the earlier figure's own noun: "10 000 livraisons en juin et 20 000")
            and scan.search(pattern, text, _past_noun(text, segment[0]), num.start)
            for name, pattern in cfg.metric_res
        )
    ):
        # "superó su objetivo de 130.000 coches al entregar 136.854": the target word that
        # names the figure before ("objetivo de 130.000") is not this figure's, past a verb of
        # delivering of its own
        found = [
            (end, status)
            for end, status in found
            if not (
                (named := _NAMES_FIGURE.match(text, head_start + end)) is not None
                and named.end() <= segment[0]
            )
        ]
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
    built = (
        scan.search(cfg.when_built_re, text, segment[0], max(segment[1], num.end))
        if metric in ("production_capacity", "production")
        else None
    )
    if built is not None and not (
        # "현재 30만 대이며, 3기가 완공되면 연간 45만 대": after a comma, and with a figure
        # right after it, the plan is the next figure's
        built.start() >= num.end
        and re.search(r"[,，;；]", text[num.end : built.start()])
        and re.search(r"\d", text[built.end() : built.end() + 30])
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
            # an expectation, not a plan: 产能有望达到45万辆, "is likely to reach 450,000 a
            # year" (the future tense alone, "will build", stays the plan's)
            return "forecast" if _expected(cfg, text, c_left, num.start) else "target"
    if found:
        if (
            max(found)[1] == "forecast"
            and cfg.lang == "en"  # (en and zh share one vocabulary)
            and "将" in head
            and metric in ("deliveries", "production", "other", "headcount")
            and not _expected(cfg, text, head_start, num.start)
            and (
                # "计划年底前将门店数量扩充至400家": a plan, then 将 (the future tense, or the
                # object marker), no expectation after the plan word
                any(s == "target" for _, s in found)
                # "雷军表示，小米汽车年底前交付量将超过35万辆": the company's own leader says what
                # it will do (not a source's or an analyst's 将)
                or _OWN_SPEAKER.match(text) is not None
            )
        ):
            return "target"
        return max(found)[1]
    if _JOINED_INFINITIVE.match(head) and re.search(r"\band\s*$", text[: num.start - len(head)]):
        # "expects Xiaomi to deliver about 120,000 cars, a record, and the EV arm to post an
        # operating profit of 1 billion yuan": the infinitive past "and" hangs on the verb before it
        before = [
            (m.end(), status)
            for status in ("target", "forecast")
            for m in scan.finditer(cfg.status_res[status], text, 0, head_start)
        ]
        if before:
            return max(before)[1]
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

    if _ESTIMATED_AFTER.match(text, num.end):
        return "forecast"  # "exceeds 150,000 units, analysts estimate"
    if reach > 25 and num.end < hi < c_right and not _JOINED_FIGURES.search(text, num.end, hi):
        # "13만6854대를 인도해 연간 목표인 13만대를 넘어섰다", "136.854 araç teslim ederek 130
        # binlik hedefini aştı": no joiner between the figures, so no verb they share; a status
        # word past the next figure is that figure's
        stop = min(stop, hi)
    tail = text[num.end : min(stop, c_right, num.end + reach)]
    if cfg.lang not in ("en", "zh") and (colon := _COLON_AFTER.search(tail)) is not None:
        # "… environ 362 000 voitures : l'objectif annuel de 350 000 est dépassé": past the
        # colon, another statement; its target word is not this figure's
        tail = tail[: colon.start()]
    if cfg.lang not in ("en", "zh") and hi < c_right:
        # "…台で、年間目標の13万台", "연간 목표인 13만대", "машины при цели в 130 тыс.": a target
        # word joined by its particle or preposition to the next figure names that figure
        last = None
        for m in scan.finditer(cfg.status_res["target"], tail):
            last = m
        at = num.end + last.end() if last is not None else -1
        if last is not None and (
            (reach > 25 and num.end + len(tail) == hi and _NAMES_NEXT.fullmatch(tail, last.end()))
            or ((named := _CUE_OF_NEXT.match(text, at)) is not None and named.end() - 1 == hi)
        ):
            tail = tail[: last.start()]
    joined = _NEXT_VERB.search(tail) if reach == 25 else None
    if joined is not None:
        # "delivered 40,000 in September and expects to ...", "ha consegnato 10.000 auto e per
        # ottobre punta a 20.000": past "and", a status word is the next verb's
        tail = tail[: joined.start()]
    if _TARGET_RELATIVE.match(tail):
        return "target"  # "up from the 350,000 it targeted for 2025": the plan's figure
    if (
        cfg.status_res["target"].search(tail)
        and not _PAST_VERB.search(tail)
        # "deliveries of 135,000 beat the target": the figure is what beat it
        and not scan.search(cfg.target_beaten_re, tail)
    ):
        return "target"
    if cfg.status_res["forecast"].search(tail):
        return "forecast"
    item_comma = max(text.rfind(",", 0, num.start), text.rfind("，", 0, num.start))
    if (
        cfg.lang == "en"
        and item_comma > 0
        and _ZH_BARE_ITEM.fullmatch(text, item_comma + 1, num.start)
    ):
        # "预计小米汽车第四季度交付约14.5万辆，毛利率约为24%": an item with no verb or period of
        # its own after a forecast clause shares the forecast
        prev_comma = max(text.rfind(",", 0, item_comma), text.rfind("，", 0, item_comma))
        prev = text[prev_comma + 1 : item_comma]
        if _ZH_FORECAST_WORD.search(prev) and not _PAST_VERB.search(prev):
            return "forecast"
    if cfg.lang == "en" and _AFTER_DONE.search(head):
        # "aims to deliver 550,000 this year, after handing over more than 410,000 in 2025":
        # what was done before the aim is an actual
        return "actual"
    wide_head = text[c_left : num.start]
    if (
        _STRONG_TARGET.search(wide_head, max(0, beat_with - c_left))
        and not _PAST_VERB.search(head)
        and done is None
    ):
        return "target"
    if re.search(
        r"\b(?:expects?|expected|forecasts?|predicts?|likely)\b|预计|有望", wide_head, re.I
    ) and not _PAST_VERB.search(text[max(c_left, last_comma + 1) : num.start]):
        # "is likely to beat its target, delivering around 400,000 this year"
        return "forecast"
    # (from the last semicolon on: "计划未来10年投入100亿美元；…；2024年全年交付超13.5万辆" is done)
    semicolon = max(text.rfind(";", 0, num.start), text.rfind("；", 0, num.start))
    sent_head = text[max(semicolon + 1, beat_with) : num.start]
    if (
        _STRONG_TARGET.search(sent_head)
        and not _PAST_VERB.search(text[c_left : num.start])
        and done is None
    ):
        return "target"
    return "actual"


# a colon after a figure, before the words of another statement
_COLON_AFTER = re.compile(r"\s?:\s+(?=[^\W\d_])")


# a bare item of a list (毛利率约为): a few Chinese characters, no period word, no verb
_ZH_BARE_ITEM = re.compile(r"(?:(?![季月年期周日])[\u4e00-\u9fff]){1,6}?(?:约为|约|为|达到|达)")
_ZH_FORECAST_WORD = re.compile(r"预计|预期|预测|估计|有望")


# a relative clause right after the figure that names it the plan's: "the 350,000 it targeted",
# "the 300,000 that the company had planned"
_TARGET_RELATIVE = re.compile(
    r"\s*(?:cars\s+|vehicles\s+|units\s+|deliveries\s+)?(?:that\s+|which\s+)?"
    r"(?:it|they|the\s+(?:company|carmaker|automaker|group)|Xiaomi)\s+(?:had\s+|has\s+)?(?:originally\s+|initially\s+|first\s+)?"
    r"(?:targeted|targets|planned|aimed\s+for|budgeted|promised|pledged|set\s+as\s+(?:its|a)\s+(?:target|goal))\b",
    re.I,
)


def _expected(cfg: ExtractorConfig, text: str, start: int, end: int) -> bool:
    """Whether the last status word of text[start:end] is an expectation (a forecast word
    that is not the future tense), after any target word."""
    last_target = max(
        (m.end() for m in scan.finditer(cfg.status_res["target"], text, start, end)), default=-1
    )
    futures = [(m.start(), m.end()) for m in scan.finditer(cfg.future_re, text, start, end)]
    return any(
        m.end() > last_target and not any(a <= m.start() and m.end() <= b for a, b in futures)
        for m in scan.finditer(cfg.status_res["forecast"], text, start, end)
    )


def _past_noun(text: str, pos: int) -> int:
    """Where the word right after a figure (its noun or unit) ends; `pos` itself when the
    figure's end already takes its noun in ("130.000 veicoli")."""
    if pos and text[pos - 1].isalpha():
        return pos
    m = _FIRST_WORD.match(text, pos)
    return m.end() if m else pos


_FIRST_WORD = re.compile(r"\s*\S+")
# right after a target word, the next figure it names ("objectif de 120 000", "celu 120 tys.")
_CUE_OF_NEXT = re.compile(r"\s*(?:(?:de|di|da|do|del|della|von|van|в|od)\s+)?\d")
# after a target word, the figure it names: "objetivo de 130.000", "Ziel von 130.000"
_NAMES_FIGURE = re.compile(
    r"\s*(?:(?:anual|annuale|annuel|anual)\s+)?(?:de|di|da|do|del|della|of|von|van|в|od)\s*\d"
)


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


scan.speed_up(globals())
