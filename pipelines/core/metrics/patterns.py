"""Compiled patterns that several parts of the extractor read (years, changes, conjunctions).

Apart so that the modules for periods, measures, status and subjects can share one object
each without importing one another or extract.py.
"""

from __future__ import annotations

import re

from pipelines.core.metrics import scan
from pipelines.core.metrics.periods import MONTHS

_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_CHANGE_RE = re.compile(
    r"(?:year-on-year|month-on-month|yoy|mom|increase(?:d)?\s+of|growth\s+of|rise\s+of|"
    r"decline\s+of|drop\s+of|increased\s+by|rose\s+by|fell\s+by|grew\s+by|up\s+by|down\s+by|"
    r"同比|环比|增长|下降)\s*$",
    re.I,
)
_THE_FIGURE = re.compile(
    r"\bthe\s+(?:\w+\s+){0,2}?(?:figure|number|tally)\s+(?:\w+\s+){0,4}?"
    r"(?:was|is|stood\s+at|reached|came\s+to|hit)\s+(?:also\s+|again\s+|still\s+)?"
    r"(?:about\s+|around\s+|nearly\s+|above\s+|over\s+|below\s+|under\s+|more\s+than\s+|"
    r"less\s+than\s+|close\s+to\s+|almost\s+)?$",
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


_MONTH_ABBR = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"  # English months
# a sentence that breaks down the figure before it: 其中, "Of these", "Of them"
_OF_WHICH_START = re.compile(
    r"\s*(?:(?:据悉|据了解|據悉|具体来看|具體來看|具体而言|分车型看|分車型看)\s*,\s*)?"
    r"(?:其中|Of\s+(?:these|them|those|that|this\s+total)\b)",
    re.I,
)


# what joins a figure to the next item of a list
# "and", "but", "while" in the languages read
_CONJUNCTIONS = r"and|e|et|y|und|oraz|и|а|ve|dan|và|but|while|whereas|mentre|mais|pero|aber|maar"
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
_ABSOLUTE = re.compile(
    r",\s*(?:with|while|and|of\s+which|including)\s|[,，]\s*其中"
    r"|,\s*the\s+(?=[\w\s-]{1,24}?\s(?:accounted|made\s+up|contributed|represented)\b)",
    re.I,
)
_NEXT_ITEM = re.compile(r"\s(?:and|while|but|whereas)\s|[,;，；]|和|及|而")
_PAST_VERB = re.compile(r"\b(?:delivered|sold|had|has|was|were|reached|exceeded|hit)\b|已", re.I)


# the target just told, revised: "It later raised the goal to 100,000", 随后又上调至
_GOAL_REVISED = re.compile(
    r"\b(?:raised|lifted|increased|cut|lowered|revised|trimmed)\s+(?:the|its|that|this)\s+"
    r"(?:\w+\s+)?(?:goal|target)\s+(?:\w+\s+){0,3}?to\s+"
    r"|\b(?:raised|lifted|increased|upped|cut|lowered|trimmed)\s+it\s+(?:again\s+)?to\s+"
    r"|(?:随后|后来|之后|此后)[^，。；]{0,6}?(?:上调|提高|下调|调整)(?:至|到|为)",
    re.I,
)


scan.speed_up(globals())

# right after a product word, what makes it describe a company: "the smartphone maker",
# 手机厂商, スマホメーカー (the company, not its phones)
_MAKER_AFTER_WORD = re.compile(
    r"[-\s]?(?:makers?|giants?|brands?|companies|company|firms?|vendors?|manufacturers?)\b|"
    r"厂商|厂家|巨头|品牌|メーカー|大手",
    re.I,
)
