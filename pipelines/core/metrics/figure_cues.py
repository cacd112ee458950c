"""The compiled patterns the sentence loop (`_sentence_events` in extract.py) reads around each
figure: restated and withdrawn figures, carried periods, changes and their sizes, estimates,
conversions, shares, list gaps, rivals compared.

Apart so that extract.py reads as the loop itself; the patterns other modules read are in
patterns.py and in the modules of their topics.
"""

from __future__ import annotations

import datetime as dt
import re

from pipelines.core.metrics import scan
from pipelines.core.metrics.lexicon import ExtractorConfig
from pipelines.core.metrics.numbers import NumberMention
from pipelines.core.metrics.patterns import _MONTH_ABBR, _PAST_VERB

_FULL_DATE_YEAR = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})\b"
    r"|((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]"
)
_CJK = re.compile(r"[\u4e00-\u9fff]")
_BUYER_GROUP = re.compile(
    r"(?:female|women|male|men|apple|iphone|bba|tesla|byd|young|first[- ]time|post-?90s|"
    r"users?|buyers?|owners?|customers?|purchasers?|女性|用户|车主|果粉)",
    re.I,
)


# a figure pointed back to ("Those 40,000-plus deliveries", 这些24万订单), and one withdrawn
_RESTATED = re.compile(r"\b(?:those|these)\s+(?:over\s+|more\s+than\s+)?$|这些\s*$", re.I)
_NOT_BEFORE = re.compile(r"\bnot\s+(?:the\s+)?$", re.I)
_AS_REPORTED_AFTER = re.compile(
    r"(?:\s*(?:units|cars|vehicles|orders))?\s*,?\s*(?:as\s+(?:previously|earlier|originally|"
    r"first|wrongly|incorrectly)\s+(?:reported|stated|said|published)|as\s+reported\s+earlier)",
    re.I,
)
_WITHDRAWN_BEFORE = re.compile(r"(?:而非|而不是)(?:此前|之前|早前)(?:报道|所称|称)的?\s*$")
# how far before a figure its negation may start ("has not yet been able to deliver the ")
_NEGATED_REACH = 60


def _negated(cfg: ExtractorConfig, text: str, num: NumberMention) -> bool:
    """A figure denied or not reached (data `negated_before` / `negated_after`): "did not
    deliver 50,000", "fell short of 50,000", 未达5万辆, 并非网传的5万辆, "n'a pas atteint 50 000",
    5万台に届かなかった. No level: what the sentence says instead ("but topped 40,000") is the
    event. A target named after the negated verb ("did not hit its 120,000 goal") is still
    the target."""
    if cfg.remaining_before and cfg.remaining_before_re.search(
        text, max(0, num.start - _NEGATED_REACH), num.start
    ):
        return True  # "le quedan unas 163.000 para alcanzar su meta": the gap, not the goal
    before = cfg.negated_before_re.search(text, max(0, num.start - _NEGATED_REACH), num.start)
    if before is not None:
        start, end = before.start(), num.end
    elif (after := cfg.negated_after_re.match(text, num.end)) is not None:
        start, end = num.start, after.end()
    else:
        return False
    return cfg.status_res["target"].search(text, start, min(len(text), end + 24)) is None


_ANY_YEAR = dt.date(2024, 12, 31)  # places a day-month only to read its month and day
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
# a result changed by its holder: "trimmed its operating loss to RMB300m in the second quarter
# from RMB500m in the first", "lifted revenue to": the level it changed from is read as for
# _CHANGE_TO (for an actual result only: a target or a price "cut to … from" is not this)
_CHANGED_BY_TO = re.compile(
    r"\b(?:narrow(?:s|ed|ing)?|trimm?(?:s|ed|ing)?|cut(?:s|ting)?|reduc(?:e|es|ed|ing)|"
    r"shr(?:ank|ink|inks|unk)|slash(?:es|ed)?|halv(?:e|es|ed)|lift(?:s|ed)?|rais(?:e|es|ed)|"
    r"boost(?:s|ed)?|push(?:es|ed)?|grew|grow(?:s|ing)?|increas(?:e|es|ed))\s+"
    r"(?:its|the|their)\s+(?:[\w'’-]+\s+){0,3}?(?:loss(?:es)?|revenues?|sales|deliveries|output|"
    r"production)\s+to\s+(?:about\s+|around\s+|nearly\s+)?(?:RMB|CNY|US\$|\$|¥)?\s*$",
    re.I,
)
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
    # ("the total had reached 15,000": a later count of the same measure)
    r"to|was|stood\s+at|came\s+to|amounted\s+to|reached|hit|topped|passed)\s+"
    + _CARRIED_QUAL
    + r"$"
    r"|^\W*(?:(?:a|one)\s+(?:year|quarter|month)\s+(?:earlier|ago|before)|"
    r"the\s+(?:month|quarter|year)\s+before|the\s+(?:previous|prior)\s+(?:month|quarter|year)|"
    r"in\s+[^,.;\d]{2,30}?|in\s+(?:19|20)\d\d)?\s*,?\s*"
    # ("A year earlier it amounted to 20,000")
    r"(?:it|that)\s+(?:was|stood\s+at|came\s+to|amounted\s+to)\s+" + _CARRIED_QUAL + r"$"
    # "The official figures: 70,000 in the first quarter": the measure
    # told before, its exact figures
    r"|\b(?:exact|precise|official)\s+(?:numbers|figures)\s*[:：]\s*" + _CARRIED_QUAL + r"$"
    # "It ended the year with 136,854" after the year's goal: the year's actual
    r"|^\W*(?:it|the\s+company|the\s+carmaker)\s+(?:ended|closed|finished)\s+(?:the|that)\s+"
    r"year\s+(?:with|at|on)\s+" + _CARRIED_QUAL + r"$"
    r"|^\W*(?:that|this)\s+(?:was|is)\s+(?:up|down)(?:\s+[\d.]+\s*%)?\s+from\s+"
    + _CARRIED_QUAL
    # (also "The figure compares with more than 25,000 units last month")
    + r"$|^\W*(?:that|this|the\s+(?:figure|number|tally|total))\s+(?:compares|compared)\s+"
    r"(?:with|to)\s+"
    + _CARRIED_QUAL
    # "It ended the year with 136,854", "The company closed 2024 at"
    + r"$|^\W*(?:it|the\s+(?:company|carmaker|automaker|brand))\s+(?:ended|closed|finished)\s+"
    r"(?:the\s+(?:year|quarter|month)|(?:19|20)\d\d)\s+(?:with|at|on)\s+"
    + _CARRIED_QUAL
    + r"$|(?:这一|该|这个)数字[^，。；]{0,8}?(?:为|是|达到?|升至|增至|增长至|降至|跌至|上升至|下降至|"
    r"回落至|攀升至)\s*(?:约|超过|近)?\s*$"
    r"|^\W*(?:此前一个月|前一个月|上一个月|上一季度|上季度|前一季度|去年同期|上年同期|一年前|"
    r"\d{1,2}月份?|第[一二三四1-4]季度|[一二三四]季度|Q[1-4]|[上下]半年|(?:19|20)\d\d年)"
    r"(?:则|的)?(?:为|是)\s*(?:约|超过|近)?\s*$",
    re.I,
)
# a whole country's or market's figure: "Across China, the number was about 1.7 million" (not
# a source: "according to the CPCA, the figure for July reached 30,452" is Xiaomi's)
_WIDER = re.compile(
    r"\bacross\s+(?:China|the\s+(?:country|industry|market))\b|\bnationwide\b|\bindustry\b|"
    r"全国|全行业",
    re.I,
)
# a whole country's or industry's count, before the figure in its clause
_MARKET_WIDE = re.compile(
    _WIDER.pattern + r"|\bNEVs?\s+(?:sales|retail|deliveries)\b|\b(?:passenger\s+)?car\s+sales\s+"
    r"(?:across|in)\s+China\b|新能源(?:乘用)?车(?:的)?(?:零售|销量|批发|销售)|乘用车(?:的)?(?:零售|销量|批发)",
    re.I,
)
# the company pointed to: "its deliveries across China", 其全国交付量 are its own
_ITS_OWN = re.compile(r"其|该公司|旗下|\b(?:its|it|the\s+(?:company|carmaker|automaker))\b", re.I)
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

# a price band before the figure: "the best car under 500,000 yuan", "sedans priced below
# 300,000 yuan", "models above 400,000 yuan", "in the sub-200,000 yuan segment"
_PRICE_BAND_BEFORE = re.compile(
    r"\b(?:cars?|vehicles?|models?|sedans?|saloons?|SUVs?|EVs?|segment|class|bracket|range|"
    r"market|anything|rivals?|competitors?)\s+"
    # ("electric cars in China priced above 200,000 yuan": a place between)
    r"(?:(?:in|on)\s+(?:China|the\s+(?:country|market)|[A-Z][a-z]+)\s+)?"
    r"(?:(?:that\s+are\s+|which\s+are\s+)?priced\s+|costing\s+|(?:that|which)\s+cost\s+|selling\s+for\s+)?"
    r"(?:under|below|over|above|(?:less|more)\s+than|sub-?)\s*(?:RMB|CNY|US\$|\$|¥)?\s*$|"
    r"\bsub-\s*$",
    re.I,
)

# "the SU7 and YU7 start at 215,900 and 253,500 yuan respectively", 分别为
_RESPECTIVELY = re.compile(
    r"\brespectively\b|分别|\brespectivement\b|\brespectivamente\b|\brispettivamente\b|"
    r"\bjeweils\b",
    re.I,
)


# a running total said as one ("has delivered … in total", "so far"): no month's figure
_RUNNING_SO_FAR = re.compile(
    r"\b(?:has|have|had)\s+(?:now\s+|so\s+far\s+)?(?:delivered|sold|built|produced|shipped)\b"
    r"|\bso\s+far\b|\bto\s+date\b|\bsince\b|累计|至今|以来",
    re.I,
)
# a figure said per month: "30,000 cars a month", "3万辆/月", 每月3万辆 is said before
_A_MONTH_AFTER = re.compile(
    r"\s*(?:(?:units|vehicles|cars|EVs|辆|台)\s*)?(?P<unit>(?:a|per|each|every)\s+month\b|/\s*月)",
    re.I,
)
_THAT_YEAR = re.compile(
    r"\b(?:that|the\s+same)\s+year\b|\b(?:ended|closed|finished)\s+the\s+year\b"
    r"|当年|同年|那一年|这一年",
    re.I,
)
# a sentence opening on "that year" alone, its clause cut off by the comma: "这一年，小米汽车交付…"
_THAT_YEAR_OPENS = re.compile(r"\s*(?:这一年|那一年|当年|同年|that\s+year)\s*(?=[，,])", re.I)
_IN_TOTAL = re.compile(r"(?:in\s+total|in\s+all|altogether|总共|共计|合计)", re.I)


# between two figures given "respectively", its joiners made commas: "22.000 bzw. 18.000",
# "22 mil e 18 mil", "2万2000台、1万8000台" (a unit word or "тыс." of the first may stand between)
_RESPECTIVE_GAP = re.compile(r"\s*(?:[^\W\d_]{1,5}\.?\s*)?,?\s*")

# the clause a denial or rumour reports, after ", что" / ", że" (languages of data/lang/):
# "Xiaomi опровергла сообщения о том, что в октябре поставила 50 тыс. машин"
_REPORTED_THAT = re.compile(r",\s*(?:что|że)$")


_IF_CLAUSE = re.compile(r"\bif\b|如果|假如|假设", re.I)
# what is still missing to a goal, worked out from the figures: "would need to deliver 84,000
# in the fourth quarter to hit its target", "still needs another 84,000", 四季度还需交付8.4万辆才能
# 完成…目标: arithmetic, no target (not "needs to deliver 40,000 in December to meet its target",
# which the project reads as the month's target)
_STILL_NEEDED = re.compile(
    r"(?:\b(?:would|will)\s+(?:need|have)\s+to\s+(?:[\w-]+\s+){0,3}?"
    r"|\b(?:still\s+(?:needs?|needed|has|have|had)\s+to|must\s+still|needs?\s+to\s+still)\s+"
    r"(?:[\w-]+\s+){0,3}?"
    r"|\b(?:needs?|needed|requires?|required)\s+(?:another|a\s+further|an\s+additional)\s+"
    r"|\bthe\s+remaining\s+"
    r"|(?:还|還|仍|尚|再)(?:需要?|要|得|差)(?:再)?[^，。；,;\d]{0,10}?"
    # the remainder to a goal: 距离全年目标仅剩10万辆, 只差不到10万辆; "must deliver another
    # 90,000 to hit its goal"
    r"|(?:仅|僅|只|就)(?:剩下?|差)(?:下)?(?:不到|不足|大约|大概)?|剩余|剩下"
    r"|\b(?:must|has\s+to|have\s+to|needs?\s+to)\s+(?:deliver|sell|hand\s+over|ship)\s+"
    r"(?:another|a\s+further|an\s+additional)\s+"
    # what a goal implies: "35万辆的目标意味着今年月均交付需接近3万辆", 意味著…須
    r"|(?:意味着|意味著)[^，。；,;\d]{0,16}?(?:需要?|須|须|必须|必須|得|要)[^，。；,;\d]{0,8}?"
    r"|\b(?:means|implies)\s+(?:that\s+)?(?:[\w-]+\s+){0,4}?(?:must|needs?\s+to|has\s+to|"
    r"would\s+have\s+to)\s+(?:[\w-]+\s+){0,5}?)"
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+|over\s+|more\s+than\s+|"
    r"an\s+average\s+of\s+|约|約|近|接近|将近|將近|超过|超過)?\s*$",
    re.I,
)
# a spread of several periods' figures (data `spread_before`, `spread_after`), in Chinese
# around the figures: 周销量在7000至1万辆之间徘徊, 周上险量在3000辆到5000辆之间波动; with "ranged" or
# "varied", for figures told per week or month ("weekly sales have
# ranged from 6,000 to 9,000"; not "prices range from 215,900 to 299,900 yuan")
_RANGED_BEFORE = re.compile(
    r"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\s+(?:[\w-]+\s+){0,2}?(?:between|from)\s+"
    r"(?:about\s+|around\s+|roughly\s+)?$",
    re.I,
)
_PER_PERIOD = re.compile(
    r"\b(?:weekly|monthly|daily|(?:each|every|a|per)\s+(?:week|month|day))\b|每周|每月|周销量|月销量|周上险量",
    re.I,
)
_SPREAD_ZH = re.compile(
    r"(?:之间|之間|区间|區間)(?:内|內)?(?:徘徊|波动|波動|浮动|浮動|震荡|震盪|摇摆|搖擺)"
    r"|(?:徘徊|波动|波動|浮动|浮動)(?:在|于|於)[^，。；,;]{0,24}?(?:之间|之間|区间|區間)"
)
_GOAL_WORD = re.compile(r"\b(?:target|goal)s?\b|目标|目標", re.I)
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
    r"(?:速度|节奏|势头|增速)"
    # a supposition: "Suppose Xiaomi sold 500,000 cars next year", "Imagine …", "Were Xiaomi to
    # sell …", 假设小米明年卖出50万辆, 如果…的话: what would follow, no fact
    r"|\W*(?:suppose|supposing|imagine|let[’']?s\s+(?:say|assume|suppose)|"
    r"(?:were|assuming|assume)\s+(?:that\s+)?(?:Xiaomi|it|the\s+company|they)\s+(?:to\s+)?"
    r"(?:sell|sold|sells|deliver|delivered|delivers|ship|shipped|ships|hit|hits|reach|reached|"
    r"reaches|make|made|makes))\b"
    r"|\W*(?:假设|假設|假如|倘若|设想|設想)|\W*如果[^，。；]{0,30}?的话"
    # a condition opening the sentence, the main clause after its comma in the future or the
    # conditional: "Were the price war to cut prices, every car would earn …", "Should sales
    # stall at 30,000, it would …", 如果小米今年卖出55万辆，…收入将接近1400亿元, 要是…就会…
    r"|\W*were\s+(?!(?:there|these|those|they|we|you)\b)(?:[\w'’-]+\s+){1,5}?to\s+[a-z]+\b"
    r"[^.;]*?,[^.;]*?\b(?:would|could|might)\b"
    r"|\W*should\s+(?:[\w'’-]+\s+){1,4}?(?:sell|deliver|ship|reach|hit|fall|drop|stall|rise|"
    r"cut|stay|remain|keep)\w*\b[^.;]*?,[^.;]*?\b(?:would|could|might)\b"
    r"|\W*(?:如果(?!说)|若(?!干)|要是|万一)[^。；;]*?[，,][^。；;]*?"
    r"(?:将|將|(?<![机機大协協学學社聚开開晚约約发發布])(?:会|會)|就|便|则|則|能够|可以|可望)"
    # its arithmetic carried on: "At an average price of 250,000 yuan, that would mean revenue
    # of 125 billion yuan"
    r"|\W*(?:at|with)\s+(?:an?\s+)?(?:average\s+)?(?:(?:selling\s+)?price\s+of\s+)?"
    r"(?:about\s+|around\s+)?(?:RMB|CNY|US\$|\$|¥|€)?\s*[\d.,]+[^.;,]{0,40},\s*"
    r"(?:that|this|it|which)\s+would\b",
    re.I,
)


_VERB_FINAL = ("ja", "ko", "tr")


# "the coming year", 未来一年: twelve months from the day said
_COMING_YEAR = re.compile(
    r"\bthe\s+(?:coming|upcoming)\s+year\b|\bthe\s+year\s+ahead\b|"
    r"\b(?:the\s+)?(?:next|coming)\s+(?:12|twelve)\s+months\b|未来一年|未来12个月|接下来的?一年",
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
# a change in a count of stores: "added 12 car stores", 新增12家门店: read (for "bringing its
# total to 402" after it) but not kept
_STORES_ADDED = re.compile(
    r"\b(?:add|adds|added|adding|opened\s+(?:another|a\s+further)|net\s+(?:addition|increase)\s+"
    r"of)\s+(?:about\s+|some\s+|roughly\s+|nearly\s+)?$|(?:新增|新开|净增)(?:了)?\s*(?:约|近)?\s*$",
    re.I,
)

# a goal told by its verb alone before a bare figure: "…402 stores, and aims for 1,000"
_GOAL_VERB_BEFORE = re.compile(
    r"\b(?:aims?|aimed|aiming)\s+(?:for|at)\s+(?:about\s+|some\s+|roughly\s+|more\s+than\s+)?$"
    r"|\b(?:targets?|targeting|plans?|planning)\s+(?:about\s+|some\s+|roughly\s+|more\s+than\s+)?$"
    r"|(?:目标(?:是|为)?|计划(?:达到|增至|扩至|扩展至|扩张至|扩充至)?|力争(?:达到)?)\s*(?:约|超过)?\s*$"
    # (with the day it is due between: 计划年底前增至, 力争明年底达到, 计划到2026年扩至)
    r"|(?:计划|力争|目标)(?:在|到|于)?(?:\d{4}年|今年|明年)?(?:\d{1,2}月)?(?:年?底|年?末|内)?"
    # (计划明年底前扩展至700家)
    r"(?:前|之前)?(?:将其?)?(?:达到|增至|扩至|增加到|扩大到|扩大至|扩展至|扩张至|扩充至)\s*(?:约|超过)?\s*$",
    re.I,
)

_TOTAL_AFTER = re.compile(
    r"\b(?:bringing|taking|lifting|pushing)\s+(?:its|the|their)\s+(?:[\w-]+\s+)?"
    r"(?:total|tally|count|network)\s+to\b",
    re.I,
)


# a part of the figure before: "with the SU7 accounting for 25,000", "of which 25,000"
_SHARE_OF = re.compile(
    r"\b(?:accounting\s+for|making\s+up|representing|of\s+which|comprising)\s+"
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|more\s+than\s+|over\s+)?$"
    # "累计交付已超40万台，其中SU7超30万台": the part of the total just named
    r"|其中[^，。；,;]{0,14}?(?:超过?|约|近|逾|达|为|有)?\s*$",
    re.I,
)


# A results article for a whole year: "full-year results", "annual results for 2024", 年报
_FULL_YEAR_RESULTS = re.compile(
    r"\b(?:full[- ]year|annual|fiscal[- ]year)\s+(?:20\d\d\s+)?(?:results|earnings|report)"
    r"|\b(?:results|earnings)\s+for\s+(?:the\s+(?:full\s+|fiscal\s+)?year\s+)?(?:of\s+)?20\d\d"
    r"|全年业绩|年度业绩|年报|全年财报|20\d\d\s*年(?:全年|度)?(?:业绩|财报)",
    re.I,
)
# the same in the languages of data/lang/: "balanço anual", "báo cáo tài chính năm 2025",
# "Jahresbilanz", "résultats annuels", "通期決算", "연간 실적"
_LOCALE_FULL_YEAR_RESULTS = re.compile(
    r"\bbalan[çc]o\s+anual|\bresultados\s+anua(?:is|les)|\bbáo\s+cáo\s+tài\s+chính\s+(?:cả\s+)?năm"
    r"|\brelat[óo]rio\s+anual|\binforme\s+anual|\brapport\s+annuel|\brelazione\s+annuale"
    r"|\bGeschäftsbericht|\bjaarverslag|\braport\w*\s+roczn"
    r"|\bJahres(?:bilanz|zahlen|ergebnis(?:se)?)\b|\brésultats\s+annuels|\brisultati\s+annuali"
    r"|\bbilancio\s+annuale|\bjaarcijfers|\bjaarresultaten|\bwynik(?:i|ów)\s+(?:za\s+cały\s+rok|roczn)"
    r"|\bгодов(?:ой|ого|ые|ых)\s+(?:отч[её]т|результат|финансов)|通期決算|本決算|年間決算"
    r"|연간\s*실적|\blaporan\s+keuangan\s+tahunan|\byıllık\s+(?:sonuç|bilanço|finansal)",
    re.I,
)
# Figures a results article reports for its quarter without repeating the quarter.
_REPORTED = {"revenue", "net_loss", "other", "deliveries", "production", "price", "rd_spend"}
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
    r"|(?:above|below|against|versus|compared\s+with)\s+(?:the\s+)?(?:{names}\s+)*{est}\s*(?:of\s+)?"
    # "…, and a consensus estimate of 520,000": the analysts' estimate beside the figure
    r"|(?:and\s+)?(?:an?\s+|the\s+)(?:{names}\s+)*consensus\s+(?:estimate|forecast)s?\s*(?:of\s+)?)$".format(
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


# after the figure: its own noun says it is a goal ("beating the 350,000 goal", "topping the
# 350,000-unit target"), so a bare "beating the" before it opens no estimate
_GOAL_AFTER = re.compile(
    r"\s*(?:[\w-]+\s+){0,2}?(?:[\w-]+-)?(?:target|goal)s?\b",
    re.I,
)


_CONVERSION = re.compile(
    # "(about $41,500)", or after a comma with the word: "10 miliardi di yuan, circa 1,4
    # miliardi di euro" ("253.500 yuan, yani yaklaşık 1,5 milyon TL": "that is, about"; "215 900
    # юаней, то есть 2,4 млн рублей": "that is" alone, in another currency)
    r"[,，]\s*(?:yani|d\.\s?h\.|i\.\s?e\.|т\.\s?е\.|то\s+есть|или|tức\s+là)\s+(?:US|R)?\s*[$€¥£₩]?\s*$|"
    r"[,，]\s*(?:(?:yani|or|d\.\s?h\.|i\.\s?e\.|т\.\s?е\.|то\s+есть|или|tức\s+là)\s+)?(?:约合|折合|about|around|roughly|approximately|environ|circa|cerca\s+de|unos|"
    r"rund|etwa|umgerechnet|около|примерно|khoảng|sekitar|yaklaşık|およそ)\s*(?:US|R)?\s*"
    r"[$€¥£₩]?\s*$|"
    # "253 500 juanów, czyli około 130 tys. zł", "soit environ 33 000 euros", "ossia circa":
    # a connective "that is" then the reader's currency
    r"[,，]\s*(?:czyli|soit|ossia|cioè|ou\s+seja|o\s+sea|es\s+decir|dus|d\.\s?h\.)\s+"
    r"(?:(?:około|ok\.|environ|circa|cerca\s+de|unos|unas|ongeveer|etwa|rund|umgerechnet|"
    r"aproximadamente|about|around)\s*)?(?:US|R)?\s*[$€¥£₩]?\s*$|"
    r"[(（]\s*(?:from\s+)?(?:约合|约|折合|合|約|약|about|around|approx\.?|roughly|~|≈|cerca\s+de|aprox\.?|"
    r"aproximadamente|unos|unas|uns|umas|soit|environ|env\.|circa|quasi|ca\.|ok\.|ок\.|rd\.|etwa|"
    r"rund|umgerechnet|"
    r"ongeveer|około|около|примерно|khoảng|sekitar|yaklaşık|およそ)?\s*(?:人民币|RMB|US|R)?\s*"
    r"[$€¥£₩]?\s*$",
    re.I,
)
# "12,483 units, or 45.7% up", "gaining 4.4%, or RMB10,000": the size of a change
_CHANGE_AMOUNT_AFTER = re.compile(
    r",?\s+or\s+[\d.,]+\s*(?:%|per\s*cent)"
    # a gap between two prices: "$4,000 cheaper than", "20,000 yuan less than"
    r"|\s*(?:yuan\s+|dollars\s+)?(?:cheaper|less|lower|more\s+expensive|dearer|more|higher|"
    r"pricier)\s+than\b"
    # "knocked 15,000 yuan off the SU7's price": the cut's size
    r"|\s*(?:yuan\s+|dollars\s+|euros\s+)?off\s+(?:the|its|their)\b"
    # "3,000 fewer people", "30,000 more cars": how many more or fewer, not a level
    r"|\s+(?:fewer|more|additional|extra)\s+(?:[\w-]+\s+)?(?:people|staff|employees|workers|"
    r"engineers|cars|vehicles|units|orders|deliveries)\b",
    re.I,
)
_CHANGE_AMOUNT_BEFORE = re.compile(
    r"(?:%|per\s*cent),?\s+or\s+(?:about\s+|around\s+)?$"
    # a price cut or rise by an amount: "直降28.5万元", "便宜了3万元", "a cut of 20,000 yuan"
    r"|(?:直降|降价|便宜了?|优惠|下调|上调|降低了?|直减|立减|官降|狂降|大降|限时降|降了|涨了|涨价|提价"
    # the cut of output or of a price with the measure between: 产量削减2万台, 下调售价1.5万元
    r"|削减|缩减|减产|增产|(?:下调|上调|调低|调高|降低)(?:了\s*)?(?:售价|价格|指导价|起售价|产量))"
    # (a hedge between: "下调近29万元", "便宜了约3万元")
    r"\s*(?:了\s*)?(?:近|约|将近|接近|超过?|逾|足足|高达|多达)?\s*$"
    # "would lower the SUV's price by 15,000 yuan", "cut output by 20,000 units": the size
    r"|\b(?:prices?|output|production)\s+by\s+(?:about\s+|around\s+|nearly\s+|up\s+to\s+)?"
    r"(?:RMB|CNY|US\$|\$|¥|€)?\s*$"
    # "比Pro版贵5.4万元", "比9月多5000辆": the gap to what it is compared with
    r"|比[^，。,;；\d]{0,12}?(?:贵|便宜|高|低|多|少)(?:了|出)?\s*$"
    # "距离目标仅差不到5万辆", "short of the goal by 50,000": what is missing, not a level
    r"|(?:仅差|还差|只差|尚差|尚欠|相差|差距)(?:不到|约|近|超过)?\s*$"
    r"|\b(?:target|goal|short)\s+by\s+(?:about\s+|nearly\s+|some\s+)?$"
    r"|\b(?:cut|discount|reduction|markdown)\s+(?:of\s+)?(?:up\s+to\s+)?(?:RMB|CNY|US\$|\$|¥)?\s*$",
    re.I,
)
_PREVIOUS_VALUE = re.compile(
    r"(?:\b(?:up|down|rising|rose|fell|grew|climbed|jumped|increased|decreased|compared)\s+"
    r"(?:from|to|with)|\bversus|\bvs\.?|较|相比|同比"
    # "，高于今年的35万辆": above the figure of the year named (not "远低于24万台的锁单量",
    # a figure of another measure)
    r"|(?:高于|低于|多于|少于)\s*(?:今年|去年|前年|(?:19|20)\d{2}\s*年)(?:全年)?\s*的"
    r")\s*(?:the\s+|about\s+|around\s+)?$",
    re.I,
)
# output as it runs, not what a plant could build: "is producing around 24,000 a month",
# "runs at a rate of about 40,000 cars a month"
_OUTPUT_NOW = re.compile(
    r"\b(?:is|are|was|were)\s+(?:now\s+|currently\s+)?(?:producing|building|making|turning\s+out)\b"
    r"|\b(?:runs?|running|ran)\s+at\s+(?:a\s+)?(?:rate|pace)\s+of\b"
    # "is now running at about 40,000 units a month" (cues.yaml: production)
    r"|\b(?:runs?|running|ran|operat(?:es|ing|ed))\s+at\s+(?:about|around|roughly|nearly|some|"
    r"close\s+to|more\s+than|over|almost)?\s*$"
    # a plant's pace now, in the present: "makes about 1,500 cars a day", "turns out 1,200"
    r"|\b(?:makes|turns\s+out|churns\s+out)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|"
    r"close\s+to\s+|more\s+than\s+|over\s+|almost\s+)?$",
    re.I,
)
# between a score's two figures: "36,000 units to 18,600"
_SCORE_TO = re.compile(r"\s*(?:units|cars|vehicles|registrations)?\s+to\s+(?:about\s+)?", re.I)
_RATE_AFTER = re.compile(
    r"\s*(?:[^\W_]+\s+){0,2}?(?:per|a|an|each|every)\s+(?:year|month|week|day|annum)\b"
    r"|\s*(?:/\s*(?:year|month|năm|tháng|año|an|Jahr|ano|anno|jaar|rok|год|yıl)|每年|每月)"
    # other languages: "150.000 unità all'anno", "al año", "par an", "pro Jahr", "в год"
    r"|\s*(?:[^\W_]+\s+){0,2}?(?:all'anno|all’anno|al\s+año|por\s+año|ao\s+ano|por\s+ano|"
    r"par\s+an|pro\s+Jahr|im\s+Jahr|per\s+jaar|в\s+год|rocznie|per\s+tahun|mỗi\s+năm|"
    r"yıllık|yılda)",
    re.I,
)


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
    r"|(?:同比|环比|较[^，。,;；\d]{0,8}?|比[^，。,;；\d]{0,8}?)"
    r"(?:增长|增加|减少|下降|下滑|回落|上涨|上升|提升|提高|降低|增多|涨)(?:了)?\s*"
    r"(?:约|近|超过?|逾|超出)?\s*$"
    r"|(?:增加|减少)(?:了)?\s*(?:约|近|超过?|逾)?\s*$",
    re.I,
)
_LEVEL_AFTER_CHANGE = re.compile(
    r"(?:[上下]调|降价|降低|涨价|调整)(?:了)?\s*(?:售价|价格|指导价|起售价)?"
    r"\s*(?:近|约|将近|接近|超过?|逾)?\s*[\d.,]+\s*[万亿]?\s*元?"
    r"\s*[至到]\s*$"
    r"|\bby\s+(?:RMB|CNY|US\$|\$|¥)?\s*[\d.,]+\s*(?:k|million|billion)?\s*(?:yuan|dollars|euros)?"
    r"\s+to\s+(?:RMB|CNY|US\$|\$|¥)?\s*$",
    re.I,
)
# (any tense, and a longer object: "raises its 2025 delivery target for electric vehicles from")
_CHANGED_TO = re.compile(
    r"(?:[上下]调|降价|降低|涨价|调整)(?:了)?\s*$|\b(?:rais(?:e|es|ed|ing)|lower(?:s|ed|ing)?|"
    r"cut(?:s|ting)?|increas(?:e|es|ed|ing)|reduc(?:e|es|ed|ing)|lift(?:s|ed|ing)?|"
    r"revis(?:e|es|ed|ing)|hik(?:e|es|ed|ing)|slash(?:es|ed|ing)?|trim(?:s|med|ming)?|upped|"
    r"bump(?:s|ed|ing)?\s+up|upgrad(?:e|es|ed|ing)|downgrad(?:e|es|ed|ing)|"
    r"scal(?:e|es|ed|ing)\s+back|par(?:e|es|ed|ing)\s+back)\b"
    r"[^.;,，。；]{0,70}\bfrom\s+(?:RMB|CNY|US\$|\$|¥)?\s*$",
    re.I,
)
# a measure that moved from one level to another, read as a range before: "revenue rose from
# 6.4 billion to 21.3 billion yuan", "the loss narrowed from 1.8 billion to 0.5 billion": the
# new level is the figure; the old one is of an earlier period the sentence does not give
_MOVED_FROM = re.compile(
    r"\b(?:rose|risen|climbed|grew|grown|jumped|surged|soared|increased|expanded|improved|"
    r"doubled|tripled|fell|fallen|dropped|declined|slipped|slid|shrank|narrowed|widened|"
    r"swelled|went(?:\s+up|\s+down)?|moved)\b[^.;,，。；\d]{0,30}\bfrom\s+(?:RMB|CNY|US\$|\$|¥)?\s*$",
    re.I,
)
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
# orders given up: "cancelled", "asked to cancel", 退订, 退单
_CANCELLED = re.compile(
    r"\bcancel(?:l?ed|l?ing|s|lations?)?\b|\brefund(?:ed|s)?\b|退订|退单|退定|撤单",
    re.I,
)
# a per-day or per-week average named before a figure
_AVERAGE_PACE = re.compile(
    r"\baverage\s+(?:daily|weekly)\b|\b(?:daily|weekly)\s+average\b|\bper\s+day\s+on\s+average\b|"
    # "daily deliveries averaged 1,400 in November"
    r"\b(?:daily|weekly)\s+(?:[\w-]+\s+){0,2}?averag(?:ed|ing)\s+(?:about\s+|around\s+|roughly\s+)?$|"
    r"日均|周均|平均每(?:天|日|周)",
    re.I,
)
# the running total a figure brings: "…, bringing its total for the year to over 300,000"
_BRINGING = re.compile(
    r"\b(?:bringing|taking|pushing|lifting)\s+(?:its|the(?:\s+company['’]s)?|their)\s+"
    # ("taking its year-to-date total to": the year's running total, as "for the year")
    r"(?:(?:cumulative|total|overall|(?P<ytd>year[- ]to[- ]date|YTD))\s+)?"
    r"(?:deliveries|total|tally|sales|output)\s+"
    r"(?P<year>(?:for\s+the\s+year|this\s+year|so\s+far\s+this\s+year|year[- ]to[- ]date)\s+)?"
    r"(?:(?:since|to\s+date)\s+[\w\s]{0,20}?)?to\s+"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|roughly\s+)?$",
    re.I,
)


# a clause that is only a predicate before its figure: "，超过4万辆", "，达到4万辆以上"
_BARE_PREDICATE = re.compile(
    r"\s*(?:并|再次|首次|已经?|均|也|仍然?|依然|依旧)?\s*"
    # "，仍在4万辆以上", "，保持在4万辆左右": the level after a flat change
    r"(?:达到?|超过?|突破|逾|为|约|近|(?:保持|维持|稳定)?在)\s*(?:了\s*)?"
)
# a relative clause on what the clause before names, a level after its verb: "Xiaomi's October
# deliveries, which topped 40,000", "behind Xiaomi, which handed over", and one that asides
# between the measure and its verb: "Locked orders, which need a deposit, reached 240,000"
_WHICH_LEVEL = re.compile(
    r"\s*(?:[^,;]{1,80},\s*)?(?:(?:has|have|had)\s+)?(?:topped|exceeded|surpassed|passed|reached|"
    r"hit|totall?ed|came\s+(?:in\s+)?(?:to|at)|amounted\s+to|stood\s+at|(?:rose|climbed|grew|"
    r"jumped)\s+to|was|were)\s+(?:(?:more\s+than|over|about|around|roughly|nearly|almost|just\s+"
    r"(?:over|under))\s+)?",
    re.I,
)
_WHICH_END = re.compile(r",\s*which$", re.I)
# what the speaker of a denial says is so: "denied a report …, saying the goal was unchanged"
_SAYING_AFTER = re.compile(r",\s*(?:saying|adding|stating|and\s+said|but\s+said)\b", re.I)
# between a figure and a part of it: "29 billion yuan, of which 28.3 billion", ", including"
_OF_WHICH_AFTER = re.compile(
    # (or a bracket: "40,000 cars in October (including 3,000 SU7 Ultras)")
    r"[^,;()\d]{0,40}(?:,|\()\s*(?:of\s+which|including)\s+(?:about\s+|some\s+|nearly\s+|over\s+|"
    r"more\s+than\s+|almost\s+)?(?:RMB|CNY|US\$|\$|¥)?\s*",
    re.I,
)
# the measure of the figure before, again: "adds another 150,000", 同样为15万辆, 合计30万辆
_LIKEWISE = re.compile(
    r"\b(?:adds?|added|adding|brings?|brought)\s+(?:another|a\s+further)\s+$"
    r"|(?:同样|同樣|也)(?:为|為|是|达到?|達到?)\s*(?:约|約|超过|超過)?\s*$"
    # another model's figure for the same period: 小米YU7上周上险5160辆，小米SU7同期为3420辆
    r"|同期(?:则|則)?(?:为|為|是|达到?|達到?|有)\s*(?:约|約|超过|超過)?\s*$"
    r"|(?:合计|合計|共计|共計|总计|總計)\s*(?:为|為|达|達)?\s*(?:约|約|超过|超過)?\s*$"
    # another model's figure of the same period: 小米SU7同期为3,420辆
    r"|同期(?:则|則|的)?(?:为|為|是)\s*(?:约|約|超过|超過)?\s*$"
    # the next phase of a plant: 一期年产能15万辆，二期为18万辆
    r"|(?:[二三四两]|第[二三四])期(?:工厂|工廠|工程)?\s*(?:为|為|达到?|達到?)\s*(?:约|約)?\s*$",
    re.I,
)
# the same after the figure: "…, while the SU7 had 3,420 in the same period"
_SAME_PERIOD_AFTER = re.compile(
    r"\s*(?:units|vehicles|cars|registrations)?\s*(?:in|over|during|for)\s+the\s+same\s+"
    r"(?:period|week|month|quarter|time)\b",
    re.I,
)
_PARALLEL_NEXT = re.compile(
    r"\s*(?:units|vehicles|cars)?\s*,?\s+and\s+(?:(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+for\s+)?"
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|over\s+|more\s+than\s+)?",
    re.I,
)
_TOLD_AFTER = re.compile(
    r"\b(?:as|said|says|while|whereas|when|"
    # "25,000 vehicles in June, most of them SU7 sedans": the models the total is made of
    r"(?:most|many|the\s+(?:bulk|majority)|more\s+than\s+half|over\s+half|half|"
    # ("…, about 70% of them YU7s", "two-thirds of which were SU7s")
    r"(?:a|one)\s+(?:third|quarter)|two[- ]thirds|three[- ]quarters)\s+of\s+(?:them|which)|"
    r"mostly|mainly|largely|chiefly)\b"
    r"|\d\s*(?:%|percent\b|per\s+cent\b)\s*of\s+(?:them|which)\b",
    re.I,
)
_SHARE_OF_WHOLE = re.compile(
    r"\b(?:accounted|accounts|accounting|made\s+up|makes\s+up|making\s+up)\s+(?:for\s+)?"
    r"(?:most|more\s+than\s+half|over\s+half|half|the\s+(?:bulk|majority|lion['’]s\s+share)|"
    r"a\s+(?:third|quarter|large\s+share|majority)|two[- ]thirds|three[- ]quarters|"
    # "The YU7 made up about 60% of the 40,000 cars": a share of the whole
    r"(?:(?:about|around|roughly|nearly|almost|over|more\s+than|some|just\s+over)\s+)?"
    r"\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent))\s+of\b"
    # (not "of the SUV's first 100,000": a whole of the model's own, a trim its part)
    r"(?!\s+(?:the|its)\s+(?:SUV|sedan|car|model|vehicle)['’]s)",
    re.I,
)
# a share, a fraction or a count of the figure right after it: "About 70% of the 40,000 cars",
# "More than half of the 41,000", "26,000 of the 40,000", "Of the 40,000 cars" (a sentence's or
# a clause's opening)
_SHARE_BEFORE_WHOLE = re.compile(
    r"(?:(?:\d\s*(?:%|percent|per\s+cent)|\d|\b(?:half|third|quarter|thirds|quarters|most|"
    r"majority|bulk))\s+(?:of|out\s+of)\s+|(?:^|[,;:]\s*)of\s+"
    r")(?:the|its|all|Xiaomi['’]s)?\s*(?:(?:about|around|roughly|nearly|some|almost|over|more\s+"
    r"than|just\s+over|upwards\s+of)\s+)?$",
    re.I,
)
# the part told after the whole, a model as what some of the cars were: "… were YU7s"
_PART_WAS = re.compile(
    r"\b(?:were|was|are|is)\s+(?:(?:all|mostly|mainly|largely|either)\s+)?(?:the\s+)?"
    r"(?:Xiaomi(?:['’]s)?\s+)?$",
    re.I,
)
# a part of the figure after it: "2,000 of the SU7's 25,000 deliveries", "2,000 out of 25,000"
_PART_OF = re.compile(
    r"\s+(?:of|out\s+of)\s+(?:(?:the|its|their|all|[\w-]+['’]s)\s+){0,2}"
    # (the whole's bound too: "25,000 of the over 40,000 cars", "of the more than 40,000")
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|almost\s+|over\s+|more\s+than\s+|"
    r"just\s+over\s+|upwards\s+of\s+)?",
    re.I,
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

# right after a target's figure, the verb of passing it: "목표인 13만대를 넘어섰다", "13万台の目標を
# 上回った", "13万台を上回った": the actual passed the target, the target itself is exact
_TARGET_PASSED_AFTER = re.compile(
    r"\s*(?:대|台|辆|units?)?\s*(?:의\s*목표|の目標)?\s*(?:[을를이가]\s*(?:넘어섰|넘었|넘어선|상회|웃돌|돌파)"
    r"|を(?:大きく)?(?:上回|超え|超過|突破))"
)

# a goal beaten, the verb before the figure and the goal after it ("远超35万辆的年度目标",
# "大幅超出30万台的全年目标"): the bound is the actual's, the goal itself is exact
_TARGET_BEATEN_BEFORE = re.compile(
    r"(?:远超|遠超|远远超过|遠遠超過|大幅超过|大幅超過|大幅超出|超出|超越|超额完成|超額完成"
    r"|(?<=[，,])\s*超过|(?<=[，,])\s*超過)(?:了)?(?:此前|原定|原先|年初|既定|设定的|設定的)?\s*$"
)
_TARGET_AFTER = re.compile(r"\s*(?:辆|輛|台|部)?(?:的)?(?:[^，。；,;]{0,8}?)(?:目标|目標)")


# right after a figure set beside a target (languages of data/lang/): the goal as it was before
# ("contre 300 000 auparavant", "frente a los 300.000 anteriores", "statt bisher 300.000")
_EARLIER_AFTER = re.compile(
    r"\s*(?:unités|unidades|unità|Einheiten|Fahrzeugen?|Autos|voitures|véhicules|coches|auto|carros|"
    r"vehículos|veicoli|veículos|шт\.?|машин|автомобилей|aut|sztuk|unit|xe|araç|stuks|auto's)?"
    # "le 320.000 previste in precedenza", "les 320 000 prévues auparavant"
    r"(?:\s+(?:previst[oaie]s?|prévu(?:e|s|es)?|fijad[oa]s?|fissat[oaie]|geplanten?|"
    r"planowan\w*|запланированн\w*))?"
    r"\s*(?:auparavant|précédemment|initialement|jusqu['’](?:alors|ici|à\s+présent)|"
    r"anteriormente|antes|inicialmente|previst[oa]s?\s+antes|in\s+precedenza|precedentemente|"
    r"inizialmente|zuvor|bisher|vorher|ursprünglich|ранее|прежде|изначально|wcześniej|"
    r"poprzednio|sebelumnya|trước\s+đó|daha\s+önce|önceden|eerder|voorheen|aanvankelijk|"
    # ("desde los 430.000 anteriores": the adjective after the former figure)
    r"anteriores?|précédente?s?|precedent[ei])"
    r"(?![^\W\d_])",
    re.I,
)
# right before such a figure: "statt bisher 300.000", "nach zuvor 300.000", "ранее 300 тыс."
_EARLIER_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:bisher|zuvor|ursprünglich|vorher|auparavant|précédemment|initialement|"
    r"anteriormente|inicialmente|precedentemente|inizialmente|ранее|изначально|wcześniej|"
    r"poprzednio|sebelumnya|eerder|voorheen|aanvankelijk|"
    # ("dalle precedenti 460.000", "des précédentes 450 000")
    r"precedent[ei]|précédente?s?|anteriores?)\s+(?:von\s+|mit\s+|de\s+|di\s+|в\s+|op\s+)?$",
    re.I,
)

# between a forecast's new level and a figure after it, a bare "from" ("… a 510.000 vetture, da
# 460.000", "auf 520.000, von 470.000"): the level the forecast was revised from
_FORECAST_FROM_GAP = re.compile(
    r"\s*(?:[^\W\d_]+\s*)?,\s*(?:da|dalle|dai|de|des|desde|von|van|dari|từ|od|z|со?)\s+"
    r"(?:(?:los|las|les|le|i|mức)\s+)?$",
    re.I,
)

_LIST_DAYS = re.compile(
    r"(?:\d{1,2}\s*月\s*)?\d{1,2}\s*[日号]\s*(?:[-–—~至到]\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*[日号])?"
    r"|\d{1,2}\s*月(?:份)?"
)


scan.speed_up(globals())


# A car told of by its price before any name, a rhetorical opening: "Imagine a car that costs
# 215,900 yuan", "an SUV priced at 253,500 yuan", 一辆售价21.59万元的轿车. Its price is a
# model's only when the sentence then names the car as that one (_GENERIC_TIE_*); else it is
# a supposition ("a car that cost 500,000 yuan would …"), no price of anyone's.
_GENERIC_CAR_PRICED = re.compile(
    r"\b(?:an?|one)\s+(?:[\w-]+\s+){0,3}?(?:(?:super|sports?\s*)?car|sedan|saloon|SUV|EV|vehicle|coupe|hatchback|"
    r"crossover)\s+(?:(?:that|which)\s+(?:costs?|sells?\s+for|sold\s+for|(?:is|was)\s+priced\s+"
    r"(?:at|from)|starts?\s+(?:at|from)|retails?\s+(?:for|at)|goes\s+for)|priced\s+(?:at|from)|"
    r"costing|selling\s+for|starting\s+(?:at|from))\s+(?:just\s+|only\s+|about\s+|around\s+|"
    r"under\s+|less\s+than\s+)?$"
    # "What kind of sedan costs 215,900 yuan? The Xiaomi SU7."
    r"|\b(?:what|which)\s+(?:kind|sort|type)\s+of\s+(?:[\w-]+\s+){0,2}?(?:car|sedan|SUV|EV|"
    r"vehicle)\s+(?:costs?|sells?\s+for|is\s+priced\s+(?:at|from)|starts?\s+(?:at|from))\s+$"
    r"|一(?:辆|款|台|部)(?:起?售价|定价|价格)?(?:为|仅|仅为|只要|不到)?$"
    # the noun first: 有这样一辆车，售价21.59万元
    r"|一(?:辆|款|台|部)(?P<noun>(?:纯电|电动|新能源|智能)?(?:轿车|汽车|车|SUV|跑车|电动车))[，,]?"
    r"(?:起?售价|定价|价格)(?:为|仅|仅为|只要|不到)?$",
    re.I,
)
# the same, anywhere in a sentence (a cheap test before the sentence after is joined to it)
_GENERIC_CAR_PRICED_ANY = re.compile(
    r"\b(?:an?|one)\s+(?:[\w-]+\s+){0,3}?(?:(?:super|sports?\s*)?car|sedan|saloon|SUV|EV|"
    r"vehicle|coupe|hatchback|crossover)\s+(?:that|which|priced|costing|selling|starting)\b"
    r"|\b(?:what|which)\s+(?:kind|sort|type)\s+of\b|一(?:辆|款|台|部)",
    re.I,
)
# the Chinese noun the price was told of: 一辆21.59万元起售的纯电轿车 (not 一辆52.99万元的SU7)
_GENERIC_CAR_NOUN_ZH = re.compile(
    r"\s*(?:起售|起)?的(?:纯电|电动|新能源|智能|国产)?(?:轿车|汽车|车|SUV|跑车|电动车)"
)
# between the price (or its noun) and the model named as that car: ": Xiaomi's SU7 does",
# "- that is the SU7", "? Meet the YU7", "，这就是小米SU7"
_GENERIC_TIE_OPEN = re.compile(
    # (past a short aside on the car: ", with 700 km of range: that's the SU7")
    r"(?:\s*,\s*(?:with|and|plus|offering|boasting)\s+[^.;:!?,]{1,50}?)?"
    r"\s*[:：;；,，—–-]+\s*(?:(?:and\s+)?(?:that|this)(?:['’]s|\s+is|\s+was)\s+(?:what\s+)?|"
    r"meet\s+|enter\s+|it(?:['’]s|\s+is)\s+|say\s+hello\s+to\s+|这(?:就|便)?是|那(?:就|便)?是|"
    r"它(?:就|便)?是|"
    r"正是|答案(?:就)?是|说的(?:就)?是|"
    # the maker answered, then its car: "? Xiaomi does, with its YU7", "？小米，靠的是YU7"
    # ("Xiaomi does: its SU7", "It's Xiaomi, with the SU7", "Xiaomi does — the SU7")
    r"(?:it(?:['’]s|\s+is)\s+)?Xiaomi(?:\s+does)?\s*(?:[,:—–-]?\s*(?:with|through|via|thanks\s+to)"
    r"\s+|[:—–-]\s*)(?:its\s+)?|"
    r"小米(?:汽车)?\s*[，,：:]?\s*(?:靠的?是|凭借(?:的是)?|用的是))?"
    r"(?:the\s+)?(?:new\s+)?(?:Xiaomi(?:['’]s)?\s+|小米(?:的)?)?$",
    re.I,
)
# after the model: "does", "is that car", 就是, or the end of the sentence
_GENERIC_TIE_CLOSE = re.compile(
    r"\s*(?:does(?:\s+(?:exactly\s+|just\s+)?(?:that|it))?|did|offers|costs|is\s+(?:that|such\s+a|one\s+such|"
    r"the\s+one|this)(?:\s+(?:car|sedan|SUV|model|vehicle|one))?|is\s+one|is\s+it|fits\s+the\s+"
    r"bill|就是(?:这样)?(?:一(?:辆|款)(?:这样的)?(?:车|轿车|SUV))?|便是|正是|做到了|"
    # ("…, with its SU7 sedan.": the car's kind after its name)
    r"(?:sedan|saloon|SUV|crossover|EV)(?=\s*[.!])"
    r")?\s*(?:[.!。！,，;；]|$)",
    re.I,
)
