"""Dates and periods stated in a sentence, resolved against a reference date.

"as of April 24" in an article of 2024-04-25 is 2024-04-24; "in June" is June of the reference
year; a month or year that cannot be placed stays None: a wrong date in a chart is worse than
a blank one.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import itertools
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from pipelines.core.metrics import scan

MONTHS = {
    m.lower(): i
    for i, names in enumerate(zip(calendar.month_name, calendar.month_abbr, strict=True))
    for m in names
    if m
}
MONTHS["sept"] = 9
_MONTH = r"(?P<month>" + "|".join(sorted((m for m in MONTHS), key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"

_MONTH_START = re.compile("|".join(m for m in MONTHS if len(m) == 3), re.IGNORECASE)
# "April 24", "April 24th, 2024", "24 April 2024"
EN_DATE_RE = re.compile(
    r"\b(?:" + _MONTH + r"\s+" + _DAY + r"(?:,?\s*" + _YEAR + r")?"
    r"|"
    + _DAY.replace("day", "day2")
    + r"\s+(?:of\s+)?"  # "28 March", "the 28th of March"
    + _MONTH.replace("month", "month2")
    + r"(?:,?\s*"
    + _YEAR.replace("year", "year2")
    + r")?)\b(?!\s*(?:%|percent))",
    re.IGNORECASE,
)
ISO_DATE_RE = re.compile(r"\b(?P<y>20\d{2})-(?P<m>\d{2})-(?P<d>\d{2})\b")
ZH_DATE_RE = re.compile(
    r"(?:(?P<year>(?:19|20)\d{2})\s*年\s*)?(?P<month>\d{1,2})\s*月\s*(?:(?P<day>\d{1,2})\s*[日号]|(?P<end>底|末))?"
)
ZH_YEAR_RE = re.compile(r"(?P<year>(?:19|20)\d{2})\s*(?:财)?年(?!\s*\d{1,2}\s*月)(?P<end>底|末)?")
AS_OF_RE = re.compile(
    r"\b(?:as\s+of|as\s+at|by|until|through|up\s+to)\s+(?:the\s+end\s+of\s+)?$|截至|截止(?:到)?|[到至]\s*$",
    re.IGNORECASE,
)
ON_RE = re.compile(r"\b(?:on|at)\s+$", re.IGNORECASE)
IN_MONTH_RE = re.compile(
    # not the month of a day ("the 28th of March": EN_DATE_RE's)
    r"\b(?:in|into|for|during|last|(?<!\d\s)(?<!\dst\s)(?<!\dnd\s)(?<!\drd\s)(?<!\dth\s)of)\s+"
    r"(?:the\s+month\s+of\s+|both\s+)?" + _MONTH + r"(?:\s+" + _YEAR + r")?\b(?!\s+\d)",
    re.IGNORECASE,
)
# "(October)", "(Oct 2025)": a month in brackets labels the figures before it
BRACKET_MONTH_RE = re.compile(r"\(\s*" + _MONTH + r"(?:\s+" + _YEAR + r")?\s*\)", re.IGNORECASE)
# "1-10月", "1月至10月", "2025年1～9月": the months from the first to the last
ZH_MONTH_RANGE_RE = re.compile(
    r"(?:(?P<year>(?:19|20)\d{2})\s*年\s*)?(?<![\d.])(?P<m1>\d{1,2})\s*(?:月(?:份)?\s*)?"
    r"(?:-|–|—|~|～|〜|至|到)\s*(?P<m2>\d{1,2})\s*月(?:份)?(?!\s*\d{1,2}\s*[日号])"
)
# "January-September 2025", "Jan.–Sept."
EN_MONTH_DASH_RE = re.compile(
    r"\b(?P<m1>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|Jun(?:e)?|Jul(?:y)?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s*[-–]\s*"
    r"(?P<m2>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|Jun(?:e)?|Jul(?:y)?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?(?:\s+(?P<year>(?:19|20)\d{2}))?",
    re.IGNORECASE,
)
FROM_TO_RE = re.compile(
    r"\b(?:from|(?P<between>between))\s+"
    + _MONTH
    + r"(?:\s+"
    + _YEAR
    + r")?\s+(?:to|through|until|(?(between)and|(?!)))\s+(?:the\s+end\s+of\s+)?"
    + _MONTH.replace("month", "month2")
    + r"(?:\s+"
    + _YEAR.replace("year", "year2")
    + r")?\b",
    re.IGNORECASE,
)
IN_YEAR_RE = re.compile(
    # ("entered 2025 with a target of 300,000": the year it opened)
    r"\b(?:(?:in|for|during|of|by\s+the\s+end\s+of|ended|ending|finished|closed(?:\s+out)?|"
    r"began|begins|started|starts|entered|enters)\s+"
    r"(?:the\s+(?:whole\s+|full\s+)?year\s+)?" + _YEAR + r"(?:E\b)?\b"
    # a fiscal or an estimate year: "FY25", "FY2025", "2025E", "2026E deliveries"
    r"|\bFY\s*['’]?(?P<year_fy>\d{2}|20\d{2})E?\b|\b(?P<year_e>20\d{2})E\b"
    # Xiaomi's fiscal year is the calendar year: "in fiscal 2024", "2024财年"
    r"|\b(?:fiscal|calendar)\s+(?:year\s+)?(?P<year_f>20\d{2})\b"
    # analysts' "9M 2025", "6M2025": the first months of the year (FIRST_N_RE narrows it)
    r"|\b(?:[1-9]|1[01])M\s*(?P<year_m>20\d{2})\b"
    # "its 2024 delivery target", "the 2025 sales goal": the year the plan is for; a headline's
    # "lifts 2025 delivery goal to", "keeps 2025 target"
    # (a broker's own: "we raised our 2026 delivery estimate")
    r"|\b(?:its|the|their|our|a|\w+['’]s|lifts?|raises?|cuts?|sets?|lowers?|trims?|hikes?|boosts?|"
    r"ups|keeps?|maintains?|reiterates?|confirms?|"
    # a headline's "hits 2025 delivery target", "beats 2024 sales goal"
    r"hits?|meets?|reach(?:es)?|beats?|misses?|achieves?|exceeds?|surpass(?:es)?|nears?|tops?)"
    # (three words between: "our 2026 Xiaomi EV delivery forecast")
    r"\s+(?:[\w-]+\s+)?" + _YEAR.replace("year", "year_t") + r"\s+(?:[\w-]+\s+){0,3}"
    r"(?:target|goal|guidance|forecast|plan|outlook|estimate|projection)s?\b"
    # a row's label: "2025 target: 350,000", also after a bullet ("• 2025 delivery goal:")
    # (the match starts at the year: the pattern's leading \b holds there)
    r"|(?:^|(?<=\n)|(?<=^[•·▪◦*\-–—])|(?<=^[•·▪◦*\-–—]\s)|(?<=\n[•·▪◦*\-–—])"
    r"|(?<=\n[•·▪◦*\-–—]\s))" + _YEAR.replace("year", "year_s") + r"\s+(?:[\w-]+\s+){0,2}"
    r"(?:(?:target|goal|guidance|forecast|plan|outlook|estimate|projection)s?"
    # a key-figure row of a count or money of the year: "• 2024 deliveries: more than 135,000"
    r"|deliveries|sales|shipments|revenue|output|production|orders|net\s+loss|operating\s+loss)"
    r"\s*[:：]"
    # "the SU7's 2024 deliveries of 135,000", "its 2025 revenue": the year the figure is of;
    # an analyst "sees 2026 deliveries at 550,000"
    r"|\b(?:its|the|their|\w+['’]s|sees?|expects?|forecasts?|projects?|estimates?|puts?)\s+"
    + _YEAR.replace("year", "year_n")
    + r"\s+(?:full[- ]year\s+|annual\s+|total\s+)?(?:(?:car|vehicle|EV|auto)\s+)?"
    r"(?:deliveries|sales|shipments|revenue|output"
    r"|production|volumes?|net\s+loss|operating\s+loss)\b)",
    re.IGNORECASE,
)
QUARTER_RE = re.compile(
    r"\b(?:(?P<q>Q[1-4])|(?P<qw>first|second|third|fourth)[\s-]+quarter|quarter\s+(?P<qr>IV|III|II|I)\b"
    # "in the last three months of the year", "the final three months of 2025": the fourth
    r"|(?P<lq>last|final)\s+three\s+months(?=\s+of\s+(?:the\s+year|this\s+year|20\d{2})\b))"
    r"(?:\s*(?:of\s+|/\s*)?" + _YEAR + r")?\b"
    # (not 上一季度, "the quarter before": no first quarter)
    # (and a table's "2024Q4", "2025年Q1": the year glued to the quarter)
    r"|(?<![上下本同这這每前])(?:(?P<zy>20\d{2})\s*(?:年\s*|(?=Q[1-4](?!\d))))?(?:第?\s*(?P<zq>[一二三四1-4])\s*季度?|(?P<zq2>Q[1-4])(?!\d))"
    # analysts' shorthand: "3Q25", "3Q 2025", "Q3'25", "Q3 FY25", "Q3-25"
    r"|\b(?P<nq>[1-4])Q\s*(?:FY\s*)?['’]?(?P<qy2>\d{2}|20\d{2})(?![\d%])"
    r"|\bQ(?P<q2>[1-4])\s*(?:['’-]\s*|FY\s*)(?P<qy3>\d{2}|20\d{2})(?![\d%])",
    re.IGNORECASE,
)
# "the June quarter", "the quarter ended September 30", "January-March": a quarter by its months
QUARTER_MONTH_RE = re.compile(
    r"\b(?:the\s+" + _MONTH + r"(?:\s+" + _YEAR + r")?\s+quarter"
    r"|(?:three\s+months|quarter)\s+(?:ended|ending|to|through|thru)\s+"
    + _MONTH.replace("month", "month2")
    + r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+"
    + _YEAR.replace("year", "year2")
    + r")?"
    r"|"
    + _MONTH.replace("month", "month3")
    + r"\s*(?:[-\u2013\u2014]|\s(?:to|through)\s)\s*"
    + _MONTH.replace("month", "month4")
    + r"(?:\s+"
    + _YEAR.replace("year", "year3")
    + r")?)\b",
    re.IGNORECASE,
)
EN_DAY_RANGE_RE = re.compile(
    r"\b" + _MONTH + r"\s+(?P<d1>\d{1,2})\s*[-–—]\s*(?P<d2>\d{1,2})\b(?:,?\s+" + _YEAR + r")?",
    re.IGNORECASE,
)
ZH_DAY_RANGE_RE = re.compile(
    r"(?:(?P<y>20\d{2})\s*年\s*)?(?P<m>\d{1,2})\s*月\s*(?P<d1>\d{1,2})\s*[日号]?\s*[-–—~至到]\s*"
    # (the month again, or the next: "10月6日-10月12日", "9月29日-10月5日": a week)
    r"(?:(?P<m2>\d{1,2})\s*月\s*)?(?P<d2>\d{1,2})\s*[日号]"
)
# a week's days in brackets, month.day: "11月第三周（11.17-11.23）", "(10.27-11.2)"
DOTTED_RANGE_RE = re.compile(
    r"[（(]\s*(?P<m1>1[0-2]|0?[1-9])\.(?P<d1>[0-3]?\d)\s*[-–—~～至]\s*"
    r"(?P<m2>1[0-2]|0?[1-9])\.(?P<d2>[0-3]?\d)\s*[)）]"
)


class _GoalOfYear:
    """Whether a year word only qualifies a goal ("annual target", 全年目标) and no other year
    word of the sentence does more."""

    _AFTER = re.compile(
        r"\s*(?:delivery\s+|sales\s+)?(?:target|goal|plan|guidance)s?\b|(?:交付|销量|销售)?目标",
        re.I,
    )

    def fullmatch(self, m: re.Match[str] | None, sentence: str) -> bool:
        if m is None or not self._AFTER.match(sentence, m.end()):
            return False
        return not any(
            o.start() != m.start() and not self._AFTER.match(sentence, o.end())
            for o in THIS_YEAR_RE.finditer(sentence)
        )


_GOAL_OF_YEAR = _GoalOfYear()
_YEAR_DIGITS = re.compile(r"(?:19|20)\d{2}")
FIRST_N_RE = re.compile(
    r"\bfirst\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+"
    r"(?P<unit>quarters|months)\b"
    r"|(?:前|首)\s*(?P<n2>[二三两四五六七八九2-9]|1[01]|十|十一)\s*(?P<unit2>[个個]?月|季度?)"
    r"|\b(?P<n3>[1-9]|1[01])M(?=\s*(?:20\d{2})\b)",  # "9M 2025": the first nine months
    re.I,
)
_SMALL_NUMBERS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
    "八": 8, "九": 9, "十": 10, "十一": 11,
}  # fmt: skip
# "by mid-November", "by the end of May": a running total at (part of) a month
BY_MONTH_RE = re.compile(
    r"\b(?:by\s+(?:the\s+)?(?:end\s+of\s+|mid-?|early\s+|late\s+)"
    # "delivered through May 2025", "until the end of May": a running total at its end
    r"|(?:through|thru|until|till|up\s+(?:to|until))\s+(?:the\s+end\s+of\s+)?"
    # "as of end-April 2025", "by end-April"
    r"|(?:as\s+of|as\s+at|by|at|until|through)\s+(?:the\s+)?end-)"
    + _MONTH
    + r"(?:\s+"
    + _YEAR
    + r")?\b",
    re.IGNORECASE,
)
# a running total since the car's launch: "自上市以来", "交付以来", "上市至今"
_SINCE_LAUNCH_ZH = re.compile(r"(?:上市|开售|開售|交付|问世|問世)(?:以来|以來|至今)")
# the year a running total to a month counts from: "this year, through October", 今年截至10月
_THIS_YEAR_TO = re.compile(
    r"\bthis\s+year\b|\byear[- ]to[- ]date\b|\bYTD\b|\bsince\s+(?:January|the\s+start\s+of\s+"
    r"(?:the|this)\s+year)\b|今年|年内|年初至今|年初以来",
    re.I,
)
# "October deliveries", "its August sales": a month named as the figure's own
# "with September and October each seeing over 40,000": the figure of each, read as the first
EACH_MONTH_RE = re.compile(
    r"\b"
    + _MONTH
    + r"(?:\s+"
    + _YEAR
    + r")?\s+(?:and|&)\s+(?:"
    + "|".join(sorted(MONTHS, key=len, reverse=True))
    + r")\.?(?:\s+(?:19|20)\d{2})?\s+(?:each|both|alike)\b",
    re.IGNORECASE,
)
MONTH_NOUN_RE = re.compile(
    r"\b"
    + _MONTH
    + r"(?:\s+"
    + _YEAR
    # (a calque of 十月份交付量: "October month delivery volume")
    + r")?(?:'s)?\s+(?:month(?:ly)?\s+)?(?:deliveries|delivery\s+(?:volume|figures?|target|goal)|"
    r"sales|shipments|orders|output|production|(?:sales\s+)?(?:target|goal)|"
    r"numbers?|figures?|tally|total|results?"
    # a data blog's list headed by its month: "October retail: …", "November scorecard: …"
    r"|retail|wholesale|registrations|insurance\s+registrations"
    # (a segment's word between: "the September sedan ranking", "October SUV league table")
    r"|(?:[A-Za-z-]+\s+)?(?:scorecard|rankings?|league\s+table|sales\s+charts?))\b",
    re.IGNORECASE,
)
# "October was Xiaomi's best month yet, with …": the month the sentence is about
MONTH_SUBJECT_RE = re.compile(
    r"^(?P<month>(?-i:January|February|March|April|May|June|July|August|September|October|"
    r"November|December))(?:\s+" + _YEAR + r")?(?:\s+(?:was|saw|brought|marked)\b|\s*:)",
    re.IGNORECASE,
)
# "The best month was December, with …", "its busiest month of the year was October": the
# month a review names as the figure's (a month named after "was" takes no preposition)
MONTH_PREDICATE_RE = re.compile(
    r"\b(?:best|strongest|busiest|biggest|weakest|slowest|worst|quietest|record|peak|top)\s+"
    r"month(?:\s+(?:of\s+the\s+year|so\s+far|yet|on\s+record))?\s+(?:was|came\s+in|proved\s+to\s+be)\s+"
    + _MONTH
    + r"(?:\s+"
    + _YEAR
    + r")?\b(?!\s+\d)",
    re.IGNORECASE,
)
# "full-year", 全年: the whole year (finished, for an actual figure stated after it ended)
WHOLE_YEAR_RE = re.compile(
    r"\b(?:for\s+the\s+(?:whole|full|entire)\s+year|the\s+whole\s+year|full[- ]year|annual)\b|全年|年度"
    r"|\bFY(?=\s+(?:target|goal|guidance|forecast|deliveries|sales|revenue)\b)",
    re.IGNORECASE,
)
_WHOLE_YEAR_UNDER_LABEL = re.compile(
    r"\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?\s*[:：][^，,。；;]*?(?:全年|年度)"
)
THIS_YEAR_RE = re.compile(
    r"\b(?:this\s+year|for\s+the\s+(?:whole|full|entire)\s+year|throughout\s+the\s+year|"
    r"the\s+whole\s+year|annual|full[- ]year|for\s+the\s+year)\b|今年|全年|年内|年度"
    # a part of the year's count: "accounted for 150,000 of the year's deliveries"
    r"|\bof\s+the\s+year['’]s(?=\s+(?:deliveries|sales|total|tally|volume|shipments|output)\b)"
    r"|\bFY(?=\s+(?:target|goal|guidance|forecast|deliveries|sales|revenue)\b)",
    re.IGNORECASE,
)
LAST_MONTH_RE = re.compile(r"\blast\s+month\b|上个?月", re.IGNORECASE)
# a quarter with no number: "this quarter", "in the quarter", "quarterly", 本季度, 当季, 单季(度)
# ("in a single quarter", the quarter a results story reports)
# (not "the quarter before", nor "the same quarter": another quarter, a comparison's base)
BARE_QUARTER_RE = re.compile(
    r"\b(?:this|the|latest|most\s+recent)\s+quarter\b(?!\s+(?:before|earlier|ago|prior|ahead)\b)"
    r"|\bquarterly\b|本季度?|当季度?|[单單]季度?",
    re.IGNORECASE,
)
LAST_QUARTER_RE = re.compile(r"\blast\s+quarter\b|上一?季度?|上个季度", re.IGNORECASE)
_SINCE_EVENT = re.compile(
    # ("since the first handover in March last year", "since the car's launch in March")
    r"\bsince\s+(?:its|the|their)?\s*(?:[\w'’-]+\s+){0,2}?(?:launch|debut|release|unveiling|"
    r"market\s+entry|first\s+deliver(?:y|ies)|start\s+of\s+deliveries|first\s+handovers?)"
    # ("since the launch of the SU7 in March 2024")
    r"(?:\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?"
    r"(?:\s+in)?\s*$"
    # "since deliveries began in July", "since it went on sale in March"
    r"|\bsince\s+(?:the\s+)?(?:first\s+)?(?:[\w-]+\s+){0,2}?(?:began|begun|started|opened|"
    r"went\s+on\s+sale|hit\s+the\s+(?:road|market)|kicked\s+off|launched|debuted)"
    # "since it began deliveries in April last year", "since the company started sales in"
    r"(?:\s+(?:its\s+|the\s+|car\s+)?(?:deliveries|sales|production|shipments))?"
    # "since production started at its Beijing plant in March"
    r"(?:\s+(?:at|in)\s+(?:its|the|their)\s+(?:[\w-]+\s+){0,3}?(?:plant|factory|facility|site))?"
    r"(?:\s+in)?\s*$"
    # "since deliveries of the SU7 began in April 2024", "since sales of its first car started"
    r"|\bsince\s+(?:deliveries|sales|production|shipments)\s+of\s+(?:the\s+|its\s+)?"
    r"(?:[\w-]+\s+){1,3}?(?:began|begun|started|kicked\s+off)(?:\s+in)?\s*$",
    re.IGNORECASE,
)
# "自去年4月开启交付以来", "从2024年4月上市以来": a running total since that month
_ZH_SINCE_BEFORE = re.compile(r"(?:自|从|從)\s*(?:去年|今年|前年)?\s*$")
_ZH_SINCE_AFTER = re.compile(r"(?:份)?[^，。；,;\d]{0,10}?(?:以来|以來)")
YEAR_TO_DATE_RE = re.compile(
    r"\b(?:so\s+far\s+(?:this|in)\s+(?:the\s+)?year|this\s+year\s+so\s+far|year[- ]to[- ]date|"
    r"since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year|YTD)\b"
    r"|今年以来|年初至今|今年迄今|今年(?:累计|已(?:经)?(?:累计)?)(?=\s*(?:交付|销售|生产|卖出))",
    re.IGNORECASE,
)
# a running total this year said apart: "This year ... so far"; "so far in 2025"
_SO_FAR = re.compile(r"\b(?:so\s+far|to\s+date|thus\s+far)\b", re.I)
THIS_YEAR_ONLY_RE = re.compile(r"\bthis\s+year\b", re.I)
_SO_FAR_IN_YEAR = re.compile(
    r"\b(?:so\s+far|thus\s+far)\s+in\s+(?:19|20)\d{2}\b|\bin\s+(?:19|20)\d{2}\s+(?:so\s+far|to\s+date)\b",
    re.I,
)
# "the first three months after launch": months counted from a launch, not a year's
_AFTER_LAUNCH = re.compile(
    r"\s+(?:after|since|following|of)\s+(?:its\s+|the\s+)?(?:launch|debut|sales|deliveries|"
    r"going\s+on\s+sale|release)|\s+on\s+(?:sale|the\s+market)",
    re.I,
)


def _months_of_a_year(sentence: str, window: str) -> bool:
    """ "in the first 10 months of the year", read as a window: the first months of a year,
    not months counted from a launch ("the first three months after launch")."""
    found = FIRST_N_RE.search(window)
    if found is None or "month" not in found.group(0).lower():
        return False
    end = sentence.find(window) + found.end()
    return _AFTER_LAUNCH.match(sentence, end) is None


_AS_OF_QUARTER_END = re.compile(
    r"\b(?:as\s+(?:of|at)|by|at)\s+(?:the\s+)?end\s+of\s+(?:the\s+)?"
    r"(?:(?P<qw>first|second|third|fourth)\s+quarter|(?P<q>Q[1-4]))(?:\s+(?:of\s+)?(?P<qy>20\d{2}))?",
    re.I,
)
NEXT_MONTH_RE = re.compile(r"\bnext\s+month\b|下个?月", re.IGNORECASE)
THIS_MONTH_RE = re.compile(r"\bthis\s+month\b|本月|这个月", re.IGNORECASE)
NEXT_YEAR_RE = re.compile(r"\bnext\s+year\b|明年", re.IGNORECASE)
LAST_YEAR_RE = re.compile(r"\blast\s+year\b|去年", re.IGNORECASE)
# a small count in words: "in eighteen hours", "within forty-eight hours"
_COUNT_WORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|"
    r"six|seven|eight|nine))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
    r"nineteen|one|two|three|four|five|six|seven|eight|nine|ten)"
)
WITHIN_RE = re.compile(
    r"(?:\b(?:within|in|after)\s+(?:just\s+|only\s+|the\s+(?:first\s+)?|less\s+than\s+|"
    # "in about an hour", "in roughly two hours"
    r"(?:about|around|roughly|nearly|under|just\s+over)\s+)?"
    r"(?:\d+|" + _COUNT_WORD + r"|(?:a|an)(?:\s+(?:astonishing|incredible|mere|"
    r"single|staggering|record|short|amazing|remarkable))?)[\s-]+"
    # (not "in a single month": a calendar month's record, the month the sentence names)
    r"(?:minutes?|hours?|hrs?|mins?|days?|weeks?|seconds?|months?(?<!single[\s-]month))"
    r"(?:\s+(?:of|after)\s+(?:its\s+)?"
    r"(?:launch|release|going\s+on\s+sale|sales?\s+opening|the\s+launch))?"
    r"|\b(?:in|over|during)\s+the\s+(?:past|last)\s+(?:\d+|two|three|four|five|six|seven|ten)\s+"
    r"(?:days|hours|weeks)\b"
    # (not "up from 9,050 a week earlier": the week before, a base)
    r"|\b(?:\d+|one|two|three|a)[\s-](?:minute|hour|day|week)\b(?<!a\sweek(?=\s+(?:earlier|before|prior)\b))"
    r"|(?<![A-Za-z\d])(?:\d+|[一两三四五六七八九十]+)\s*(?:个)?\s*(?:分钟|小时|天|周)(?:内|之内)?"
    r"|\bin\s+(?:just\s+)?one\s+day\b|\bfirst\s+day\b|首日|当天"
    # "52,600 locked orders by 11 pm", 截至晚上10点: a count at an hour of the launch night
    r"|\bby\s+(?:\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)|midnight)(?=\W|$)"
    r"|(?:截至|截止)(?:当晚|今晚|晚上|晚间)?\s*\d{1,2}(?:点|:\d{2})"
    # "an hour into sales", "two hours into the launch": counted from the opening of orders
    r"|\b(?:\d+|" + _COUNT_WORD + r"|an?|half\s+an)\s+(?:minutes?|hours?|mins?|hrs?)\s+into\s+"
    r"(?:the\s+)?(?:sales?|pre-?sales?|ordering|orders|launch|event)\b"
    # "instant 200,000 pre-orders": a window too short to be stated
    r"|\binstant(?:ly|aneous(?:ly)?)?\b"
    # "it took (Xiaomi) just 27 minutes to ..."
    r"|\btook\s+(?:[\w-]+\s+){0,3}?(?:just\s+|only\s+)?(?:\d+|one|two|three|four|five|ten|"
    r"twenty|a|an)\s+(?:minutes?|hours?|hrs?|mins?)\b"
    # "needed just 18 hours to reach", "3 minutes — time for the YU7 to reach 200,000": the
    # time a mark took, counted from the launch
    r"|\b(?:needed|needs|required|requires)\s+(?:just\s+|only\s+)?(?:\d+|one|two|three|four|"
    r"five|ten|twenty|a|an)\s+(?:minutes?|hours?|hrs?|mins?)\s+to\b"
    r"|\b\d+\s+(?:minutes?|hours?|hrs?|mins?)\s*[—–:-]+\s*(?:the\s+)?time\s+(?:for|to|it\s+took)\b"
    r"|\b(?:in|within)\s+(?:just\s+|only\s+)?(?:"
    + _COUNT_WORD
    + r"|\d+)\s+(?:[\w-]+\s+)?(?:minutes|hours|days)\b"
    r"|\b(?:its|the|their)\s+first\s+(?:(?:\d+|"
    + _COUNT_WORD
    + r")\s+)?(?:minutes?|hours?|days?|weeks?)\b"
    # "its first month on sale", "the sedan's first week on the market", "the first month after
    # launch": counted from the launch day, like 上市首月 (not "its first full month": a month)
    r"|\b(?:its|the|their|[\w-]+['’]s)\s+first\s+(?:(?:\d+|" + _COUNT_WORD + r")\s+)?"
    r"(?:months?|weeks?|days?)\s+(?:on\s+(?:sale|the\s+market|the\s+road)|after\s+(?:its\s+|the\s+)?"
    r"(?:launch|debut|release|going\s+on\s+sale)|since\s+(?:its\s+|the\s+)?(?:launch|debut|release))\b"
    # (not "its first month above that level": a month named elsewhere, the first to pass it)
    r"|\b(?:its|their)\s+first\s+month\b(?!\s+of\b)(?!\s+(?:above|over|below|beyond|past|with)\b)"
    r"|\b(?:over|in|within|during)\s+the\s+(?:next|coming|following)\s+(?:\d+|two|three|five|ten)\s+years\b"
    r"|未来(?:\d+|[一二三五十]+)年|(?:\d+|[一二三四五六七八九十两]+)天(?:内|之内)?"
    # (not "上市后累计交付": a running total since the launch)
    r"|(?:开售|上市)后(?!\s*(?:累计|累積|累計|总计|總計|共计))|(?:上市|开售)(?:后)?(?:的)?(?:首|第一)年"
    # "上市首月", "开售首月": the first month on sale, counted from the launch day
    r"|(?:上市|开售|发售|交付)(?:后)?(?:的)?(?:首|第一)(?:个)?月"
    # "three minutes after going on sale", "18 hours after the order books opened"
    r"|\b(?:\d+|" + _COUNT_WORD + r")\s+(?:minutes?|hours?)\s+after\s+"
    r"(?:going\s+on\s+sale|(?:(?:its|the)\s+)?(?:launch|release|debut)|(?:the\s+)?(?:sales|orders?|"
    r"order\s+books?)\s+(?:opened|began|started))"
    r"|(?:仅|只)?用(?:了)?\s*(?:\d+|[一两三四五六七八九十]+)\s*(?:分钟|小时|天))",
    re.IGNORECASE,
)


PERIOD_KINDS = (
    "day", "week", "month", "quarter", "half_year", "year", "cumulative", "window", "rate",
    "none",
)  # fmt: skip


# A month counted from a model's launch: "上市第3个月", "its third full month on sale"
# (not "its first month on sale": like 上市首月, a window from the launch day; "its first full
# month on sale" is a calendar month)
LAUNCH_MONTH_RE = re.compile(
    r"(?:上市|开售|交付|发布|发售)(?:后|以来)?的?第\s*(?P<n>\d{1,2}|[一二三四五六七八九十]{1,2})\s*个?月"
    r"|\b(?:its|the)\s+(?P<w>(?:first|1st)(?=\s+full\s)|second|third|fourth|fifth|sixth|seventh|"
    r"eighth|ninth|tenth|eleventh|twelfth|(?!1st)\d{1,2}(?:st|nd|rd|th))\s+(?:full\s+)?month\s+"
    r"(?:on\s+(?:sale|the\s+market)"
    r"|after\s+(?:its\s+|the\s+)?(?:launch|debut)|since\s+(?:its\s+|the\s+)?(?:launch|debut)"
    r"|of\s+(?:sales|deliveries))\b",
    re.IGNORECASE,
)
ORDINAL_WORDS = {  # ordinal words up to twelve: quarters, months since a launch
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}  # fmt: skip


def launch_month(text: str | None, launched: dt.date) -> tuple[dt.date, dt.date] | None:
    """The dates of the month `text` counts from a launch on `launched`: the first month is
    the launch month, or the next one when the car launched in the second half of its month
    (the SU7 launched on March 28, 2024: its "third month on sale" is June)."""
    m = LAUNCH_MONTH_RE.fullmatch(text or "")
    if m is None:
        return None
    raw = (m.group("n") or m.group("w") or "").lower()
    if raw.isdigit():
        n = int(raw)
    elif raw[:-2].isdigit():
        n = int(raw[:-2])
    elif raw in ORDINAL_WORDS:
        n = ORDINAL_WORDS[raw]
    else:
        n = _ZH_MONTHS.get(raw, 0)
    if not 1 <= n <= 24:
        return None
    index = launched.year * 12 + launched.month - 1 + (launched.day > 15) + n - 1
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, 1), _month_end(year, month + 1)


# A running total: "to date", "since launch", "so far", "in total", 累计, "first three quarters".
CUMULATIVE_RE = re.compile(
    # "Since then, it has delivered …", "has since delivered": from the day told before on
    r"\b(?:since\s+then|(?:has|have|had)\s+(?:\w+\s+)?since\b|ever\s+since)"
    r"|\b(?:to\s+date|so\s+far|since\s+(?:its\s+|the\s+)?(?:launch|debut|delivery|deliveries|"
    r"start|release|going\s+on\s+sale|\w+\s+\d{4})|in\s+total|cumulative(?:ly)?|"
    r"all\s+told|altogether|year[- ]to[- ]date|ytd|first\s+(?:two|three|2|3)\s+quarters|"
    r"first\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months|"
    # "the 100,000th car", not a day of the month ("at 22:00 on the 28th", "the 28th of May")
    r"(?<!\bon\sthe\s)(?:\d{2,3}|one|two|three|five)(?:,\d{3})*(?:st|nd|rd|th)\b"
    r"(?!\s+of\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))|"
    # "the SUV's first 100,000 deliveries": a mark counted from the launch on
    r"(?:its|their|\w+['’]s)\s+first\s+\d{1,3}(?:,\d{3})+\s+(?:[\w-]+\s+)?"
    r"(?:deliveries|cars|vehicles|units)\b)"
    r"|累计|累積|累計|(?:总计|總計|合计|合計)(?!\s*[:：])|至今|迄今|(?:以来|以來)(?!新高|最高|首次|最佳|最好)|前三季度|前三季|首三季|(?:前|首)(?:[一二三四五六七八九十]|\d{1,2})个?月|"
    r"第\s*\d+(?:\.\d+)?\s*[万萬]?\s*[辆輛台]",
    re.IGNORECASE,
)
# A pace or a capacity: "150,000 a year", "per month", "each week", 年产能, 每月.
_RATE_UNIT = (
    r"\b(?:per|each|every|(?<!\bin\s)(?<!\bwithin\s)(?<!\bfor\s)(?<!\babout\s)(?<!\baround\s)(?<!\broughly\s)(?:a|an))\s+"
    # (not "a year earlier", "a month ago": the base of a comparison)
    r"(?:year|month|week|day|annum|minute|hour)\b(?!\s+(?:earlier|ago|before|prior|later|early|"
    # (nor "a month early", "a year ahead of schedule": how soon, no pace; nor "with a month to
    # spare", "a week left": time remaining)
    r"ahead|late|behind|sooner|in\s+advance|to\s+spare|to\s+go|left|remaining)\b)|"
    r"\b(?:annual(?:ly)?|yearly|monthly|weekly)\s+(?:production\s+)?capacity\b|"
    r"/\s*(?:year|month|yr|mo)\b|"
    r"年产能|年產能|月产能|月產能|每年|每月|每周|每週|每天|每分钟|每分鐘|年产|年產|月产|月產|日产|日產"
)
RATE_RE = re.compile(_RATE_UNIT + r"|\bcapacity\b|产能|產能", re.IGNORECASE)
# the same with its unit: "增加产能至月产1万辆" is a month's pace, not a bare "capacity"
RATE_UNIT_RE = re.compile(_RATE_UNIT, re.IGNORECASE)
# a pace stated over a longer period: "24,000 vehicles monthly", "an average of 840 cars
# daily" (this year), "every single day", 日均: a rate even when a year is named too
PACE_RE = re.compile(
    r"(?:\d[\d,.]*|^)\s+(?:[\w-]+\s+){0,3}(?:monthly|daily|weekly)\b|every\s+single\s+day|"
    r"\baverage\s+of\s+[\d,.]+\s+(?:[\w-]+\s+){0,5}(?:a|per|each)\s+(?:day|week|month)\b|"
    # "1,300-plus deliveries a day in November", "weekly registrations in November averaged
    # 9,300": a day's or a week's pace, though a month is named
    r"(?:(?<=\d)|(?<=\d\+)|^)\s*(?:[\w-]+\s+){0,2}(?:per|each|"
    r"(?<!\bin\s)(?<!\bwithin\s)(?<!\bfor\s)(?<!\bover\s)(?<!\bjust\s)(?<!\bonly\s)a)\s+(?:day|week|month)\b"
    r"(?!\s+(?:earlier|ago|before|prior|later|after|early|ahead|late|behind|sooner|in\s+advance|"
    r"to\s+spare|to\s+go|left|remaining)\b)|"
    r"\b(?:daily|weekly)\s+(?:[\w-]+\s+){0,3}?averag(?:ed|es?|ing)\b|"
    # (not "10月均超4万辆": October's, each month's figure)
    r"(?<![\d一二三四五六七八九十])日均|(?<![\d一二三四五六七八九十])月均"
    # "周销量连续三周破万": a weekly figure held week after week is a pace
    r"|(?:周|单周)(?:销量|交付量?|销售|上险量?)[^，。；,;\d]{0,4}?连续"
    # "周上险量稳定在3000辆左右": a weekly figure holding steady is a pace
    r"|(?:周|单周)(?:销量|交付量?|销售|上险量?)(?:维持|保持)?(?:稳定|保持|维持)在",
    re.IGNORECASE,
)
HALF_RE = re.compile(
    r"\b(?:(?P<h>first|second)\s+half|(?P<hh>H[12]))(?:\s+(?:of\s+)?(?P<year>(?:19|20)\d{2}))?\b"
    # "1H25", "2H 2024", "H1'25", "H1 FY25"
    r"|\b(?P<nh>[12])H\s*(?:FY\s*)?['’]?(?P<hy2>\d{2}|20\d{2})(?![\d%])"
    r"|\bH(?P<hh2>[12])\s*(?:['’-]\s*|FY\s*)(?P<hy3>\d{2}|20\d{2})(?![\d%])"
    r"|(?:(?P<zy>20\d{2})年)?(?P<zh>上|下)半年",
    re.IGNORECASE,
)
# "the week ended/ending/to Oct 26": the date right after is the week's last day
_WEEKDAY_NUMBERS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip
_WEEKDAY_NAME = re.compile(r"(?:last\s+)?(" + "|".join(_WEEKDAY_NUMBERS) + r")\b", re.I)
_WEEK_ENDED = re.compile(r"\bweek\s+(?:ended|ending|through|to)\s+", re.I)
WEEK_RE = re.compile(
    r"\b(?:(?:in\s+)?(?:a|one|the|that|this|last|first|single)\s+week|weekly|week\s+of|"
    r"national\s+day\s+(?:holiday|golden\s+week)|golden\s+week)\b|周订单|週訂單|单周|單週|单週|一周|一週|本周|上周|国庆|國慶",
    re.IGNORECASE,
)
# a week by its number in the year (ISO 8601, Monday to Sunday): "week 43", "in week 43 of
# 2025", 第43周, 2025年第43周
NUMBERED_WEEK_RE = re.compile(
    r"\bweek\s+(?:no\.\s*)?(?P<wn>[1-9]|[1-4]\d|5[0-3])\b(?:\s*(?:of\s+|,\s*)?(?P<wy>20\d{2})\b)?"
    # (not "week 2 after launch", 上市第2周: counted from a launch)
    r"(?!\s+(?:after|since|following|of\s+(?:sales|deliveries)|on\s+sale))"
    r"|(?<!上市)(?<!开售)(?<!发布)(?<!交付)(?<!推出)(?<!亮相)(?<!开卖)"
    r"(?<!月)(?<!月份)(?:(?P<zy>20\d{2})\s*年\s*)?第\s*(?P<zn>[1-9]|[1-4]\d|5[0-3])\s*周",
    re.IGNORECASE,
)


def _numbered_week(
    m: re.Match[str], ref: dt.date | None, year_ref: dt.date, future_ok: bool
) -> tuple[dt.date, dt.date] | None:
    """Monday and Sunday of the numbered week; with no year, the latest such week that has
    begun by the reference day (for an actual)."""
    number = int(m.group("wn") or m.group("zn"))
    stated = m.group("wy") or m.group("zy")
    year = int(stated) if stated else year_ref.year
    try:
        monday = dt.date.fromisocalendar(year, number, 1)
        if not stated and ref is not None and not future_ok and monday > ref:
            monday = dt.date.fromisocalendar(year - 1, number, 1)
    except ValueError:
        return None  # week 53 of a year that has 52
    return monday, monday + dt.timedelta(days=6)


# a week counted in its month: "11月第2周", "2025年12月第一周", "the third week of November"
MONTH_WEEK_RE = re.compile(
    r"(?:(?P<zy>20\d{2})\s*年\s*)?(?P<zm>1[0-2]|0?[1-9])\s*月(?:份)?\s*(?:的\s*)?第\s*"
    r"(?P<zn>[1-5一二三四五])\s*[周週]"
    r"|\b(?P<wn>first|second|third|fourth|fifth|last|final)\s+(?:full\s+)?week\s+of\s+"
    r"(?:the\s+month\s+of\s+)?" + _MONTH + r"(?:,?\s+" + _YEAR + r")?\b",
    re.IGNORECASE,
)
_WEEK_ORDINALS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "last": -1, "final": -1}


def _month_week(
    m: re.Match[str], ref: dt.date | None, year_ref: dt.date, future_ok: bool
) -> tuple[dt.date, dt.date] | None:
    """Monday and Sunday of the Nth week of a month: the first week is the one that holds
    the month's first Thursday (most of its days are the month's, as ISO 8601 counts a year's
    weeks), the last the one that holds its last Thursday; with no year, the latest such
    month that has begun by the reference day (for an actual)."""
    raw = (m.group("zn") or m.group("wn") or "").lower()
    n = int(raw) if raw.isdigit() else _WEEK_ORDINALS.get(raw) or ORDINAL_WORDS.get(raw, 0)
    month = int(m.group("zm")) if m.group("zm") else MONTHS[m.group("month").lower().rstrip(".")]
    stated = m.group("zy") or m.group("year")
    year = int(stated) if stated else year_ref.year
    if not stated and ref is not None and not future_ok and dt.date(year, month, 1) > ref:
        year -= 1
    first = dt.date(year, month, 1)
    thursday = first + dt.timedelta(days=(3 - first.weekday()) % 7)
    if n == -1:
        last = _month_end(year, month)
        thursday = last - dt.timedelta(days=(last.weekday() - 3) % 7)
    elif 1 <= n <= 5:
        thursday += dt.timedelta(days=7 * (n - 1))
    else:
        return None
    if thursday.month != month:
        return None  # a fifth week of a month that has four
    monday = thursday - dt.timedelta(days=3)
    return monday, monday + dt.timedelta(days=6)


_BY_END = re.compile(
    r"\b(?:by|until|till|through|thru|up\s+(?:to|until)|as\s+of)\s+(?:the\s+)?(?:end\s+of\s+|mid-?)?"
    r"(?:in\s+)?$|截至|截止|到$",
    re.I,
)
_RUNNING_WORD = re.compile(r"累计|累計|累積")
_FIRST_QUARTERS = re.compile(r"(?:前|首)\s*(?:[一二三四两兩]|\d)\s*[个個]?季")


def _sums_quarter(sentence: str, quarter: str | None, at: int) -> bool:
    """累计 said right after the quarter named, in its clause (三季度小米汽车累计交付)."""
    q_at = sentence.find(quarter) if quarter else -1
    if q_at < 0 or _FIRST_QUARTERS.search(sentence):
        return False
    between = sentence[q_at + len(quarter or "") : at]
    return len(between) <= 12 and not re.search(r"[，,。；;：:]", between)


_RUNNING = re.compile(r"first\s+(?:two|three|2|3)\s+quarters|前三季|首三季|累计|累計|累積", re.I)
WEEK_OF_RE = re.compile(
    # (not "its first week on sale", "its first week": a window from the launch)
    r"(?<!\bits\s)(?<!\btheir\s)(?<!['’]s\s)\bfirst\s+week\b"
    r"(?!\s+(?:on\s+(?:sale|the\s+market)|after|since|following))"
    r"|\b(?:second|third|fourth|last|final|single|one)\s+week\b|\bweek\s+of\b|周订单|週訂單|单周|單週",
    re.IGNORECASE,
)
DAY_RE = re.compile(
    r"\b(?:in\s+a\s+single\s+day|a\s+single\s+day|(?:in\s+)?one\s+day|per\s+day\s+record|daily)\b|单日|單日|一天"
    # "on October 1 alone", "10月1日当天": that day's own figure
    r"|\b(?:on\s+)?" + _MONTH.replace("month", "month_d") + r"\s+\d{1,2}(?:st|nd|rd|th)?\s+alone\b"
    r"|\d{1,2}\s*[日号]\s*(?:当天|当日|一天)"
    # "a one-day record", "a single-day high"; "handed over 2,000 cars on Sunday, Aug. 11":
    # the cars of the weekday and date named (not "raised its goal to 360,000 units on
    # Tuesday": when it was said)
    r"|\b(?:one|single)-day\s+(?:record|high|best|peak)\b"
    r"|\b(?:cars|vehicles|units|EVs|SU7s|YU7s)\s+on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+"
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b"
    r"|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b)",
    re.IGNORECASE,
)


# A filing's period, named by its length and its last day: "for the three months ended 30
# September 2025", "the six-month period ended June 30", "the financial year ended 31 December
# 2024", 截至2025年9月30日止三個月 / 止六个月 / 止年度 (the day follows the English words; it
# is read with en_dates)
FILING_PERIOD_RE = re.compile(
    r"\b(?:(?P<n>three|six|nine|twelve|3|6|9|12)[\s-]+months?(?:\s+period)?"
    r"|(?:(?:financial|fiscal)\s+)?(?P<unit>year|half[\s-]year|quarter)(?:\s+period)?)"
    r"\s+(?:ended|ending|to|through)\s+(?:on\s+)?(?=\d|[A-Z])",
    re.IGNORECASE,
)
# the last month alone: "the nine months to September 2025"
_FILING_MONTH = re.compile(_MONTH + r"(?:,?\s+" + _YEAR + r")?\b", re.IGNORECASE)
# (HKEX's Chinese writes the day in numerals: 截至二零二五年九月三十日止三個月)
_ZH_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")
ZH_FILING_PERIOD_RE = re.compile(
    r"(?:截至|截止)\s*(?:(?P<y>(?:19|20)\d{2}|[二][〇零][一二三四五六七八九〇零]{2})\s*年\s*)?"
    r"(?P<m>\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月\s*"
    r"(?P<d>\d{1,2}|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*日\s*止"
    r"\s*(?:的\s*)?(?:(?P<n>三|六|九|十二|3|6|9|12)\s*[个個]?\s*月(?:期間|期间)?"
    r"|(?P<unit>(?:财政|財政)?年度|季度|半年度?))"
)
_FILING_MONTHS = {"three": 3, "six": 6, "nine": 9, "twelve": 12, "三": 3, "六": 6, "九": 9,
                  "十二": 12, "year": 12, "年度": 12, "财政年度": 12, "財政年度": 12,
                  "quarter": 3, "季度": 3}  # fmt: skip


def _zh_day(raw: str) -> int:
    """A day of the month as digits or Chinese numerals (三十, 三十一, 二十五, 十, 九)."""
    if raw.isdigit():
        return int(raw)
    tens, _, ones = raw.partition("十")
    if not _:
        return _ZH_MONTHS.get(raw, 0)
    return (_ZH_MONTHS.get(tens, 0) if tens else 1) * 10 + (_ZH_MONTHS.get(ones, 0) if ones else 0)


def _filing_period(
    sentence: str, ref: dt.date | None, year_ref: dt.date | None, status: str
) -> Period | None:
    """The period a filing names by its length and last day ("the three months ended 30
    September 2025": that quarter; "six months ended 30 June": the first half; "nine months
    ended": the year's running total to that day; "the year ended 31 December 2024": 2024)."""
    last: dt.date | None = None
    found: re.Match[str] | None = None
    text_end = 0
    if "月" in sentence and "止" in sentence:
        found = ZH_FILING_PERIOD_RE.search(sentence)
        if found is not None:
            y_s = (found.group("y") or "").translate(_ZH_DIGITS)  # 二零二五: 2025
            y = int(y_s) if y_s else None
            m, d = _month_number(found.group("m")), _zh_day(found.group("d"))
            y = y or _place_year(m, d, ref or year_ref, status != "actual")
            last = _safe_date(y, m, d) if y else None
            text_end = found.end()
    if last is None:
        for en in FILING_PERIOD_RE.finditer(sentence):
            days = en_dates(sentence[en.end() :], ref or year_ref, status != "actual")
            if days and days[0][0] == 0:
                found, last, text_end = en, days[0][2], en.end() + days[0][1]
                break
            named = _FILING_MONTH.match(sentence, en.end())
            if named is not None and named.group("month")[0].isupper():
                month = MONTHS[named.group("month").lower().rstrip(".")]
                y = int(named.group("year")) if named.group("year") else None
                y = y or _place_year(month, 28, ref or year_ref, status != "actual")
                if y is not None:
                    found, last, text_end = en, _month_end(y, month), named.end()
                    break
    if found is None or last is None:
        return None
    raw = (found.group("n") or found.group("unit") or "").lower()
    n = int(raw) if raw.isdigit() else _FILING_MONTHS.get(raw, 0)
    if raw.startswith("half") or raw.startswith("半年"):
        n = 6
    if n not in (3, 6, 9, 12):
        return None
    end = _month_end(last.year, last.month)
    first = last.year * 12 + last.month - n  # months since year 0 of the first month
    start = dt.date(first // 12, first % 12 + 1, 1)
    kind = "cumulative"
    if n == 3 and end.month % 3 == 0:
        kind = "quarter"
    elif n == 6 and end.month in (6, 12):
        kind = "half_year"
    elif n == 12 and end.month == 12:
        kind = "year"
    text = sentence[found.start() : text_end]
    return Period(start, end, text, _finished(end, ref, status), False, kind)


@dataclass(frozen=True)
class Period:
    start: dt.date | None
    end: dt.date | None
    text: str | None
    as_of: dt.date | None
    explicit_as_of: bool  # "as of"/"截至"/"on <date>" stated, not inferred from a period
    kind: str = "none"  # one of PERIOD_KINDS


def _full_year(y: str | None) -> str | None:
    """ "25" in "3Q25", "FY25": 2025 (the car era's years only)."""
    if not y:
        return None
    return y if len(y) == 4 else f"20{y}"


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


# a month begun this many days before the story: an actual told of it in the past ("Em
# janeiro, entregou mais de 20 mil" in a year review of January 2) is last year's month
_JUST_BEGUN_DAYS = 3


def _not_yet(year: int, month: int, ref: dt.date) -> bool:
    """Is the month of that year to come at `ref`, or only just begun, for an actual?"""
    first = dt.date(year, month, 1)
    return first > ref or (first == ref.replace(day=1) and ref.day <= _JUST_BEGUN_DAYS)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _place_year(month: int, day: int, ref: dt.date | None, future_ok: bool) -> int | None:
    """Year of a day-month with no year: the reference year, or the one before when the
    date would lie in the future of the reference (for a past fact)."""
    if ref is None:
        return None
    year = ref.year
    cand = _safe_date(year, month, min(day, 28))
    if cand is not None and not future_ok and cand > ref + dt.timedelta(days=2):
        year -= 1
    return year


@lru_cache(maxsize=4096)
def en_dates(
    text: str, ref: dt.date | None, future_ok: bool = False
) -> tuple[tuple[int, int, dt.date], ...]:
    """(start, end, date) of every full or day-month date in `text` (memoised: the extractor
    asks for the same sentence's dates several times)."""
    out = []
    for start, end, year_s, month, day in _day_mentions(text):
        year = year_s if year_s is not None else _place_year(month, day, ref, future_ok)
        if year is None:
            continue
        d = _safe_date(year, month, day)
        if d:
            out.append((start, end, d))
    return tuple(out)


@lru_cache(maxsize=4096)
def _day_mentions(text: str) -> tuple[tuple[int, int, int | None, int, int], ...]:
    """(start, end, year or None, month, day) of the dates `text` states, in the order
    en_dates gives them: the text is read once for every reference date and year placement
    the extractor asks for (the same sentence, three ways)."""
    out: list[tuple[int, int, int | None, int, int]] = []
    # every English date names a month, and every month's name begins with one of these
    for m in EN_DATE_RE.finditer(text) if scan.search(_MONTH_START, text) else ():
        month_s = m.group("month") or m.group("month2")
        day_s = m.group("day") or m.group("day2")
        year_s = m.group("year") or m.group("year2")
        month = MONTHS.get(month_s.lower().rstrip("."))
        if not month or not day_s:
            continue
        if month_s.lower() in ("may", "march") and not year_s and not month_s[0].isupper():
            continue  # the verb "may", "march"
        out.append((m.start(), m.end(), int(year_s) if year_s else None, month, int(day_s)))
    for m in ZH_DATE_RE.finditer(text) if "月" in text else ():
        if not m.group("day"):
            continue
        year = int(m.group("year")) if m.group("year") else None
        out.append((m.start(), m.end(), year, int(m.group("month")), int(m.group("day"))))
    for m in ISO_DATE_RE.finditer(text) if "-" in text else ():
        out.append((m.start(), m.end(), int(m.group("y")), int(m.group("m")), int(m.group("d"))))
    return tuple(out)


def _finished(end: dt.date | None, ref: dt.date | None, status: str) -> dt.date | None:
    """The end of a finished period is its as_of (a target or an estimate for a period that
    has ended, too); a period still running has no as_of of its own."""
    if end is not None and (
        (ref is None and status == "actual") or (ref is not None and end <= ref)
    ):
        return end
    return None


_YEAR_WORD_BEFORE = re.compile(
    r"(?:\b(?P<last>last\s+year)|\b(?P<next>next\s+year)|\b(?P<this>this\s+year)|(?P<zlast>去年|上年)"
    r"|(?P<znext>明年)|(?P<zthis>今年|本年))(?:['’]s|的)?\s*(?:the\s+)?$",
    re.IGNORECASE,
)
_YEAR_WORD_AFTER = re.compile(
    r"\s*(?:of\s+)?(?:(?P<last>last\s+year)|(?P<next>next\s+year)|(?P<this>this\s+year))\b",
    re.IGNORECASE,
)


_ZH_MONTHS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
              "十": 10, "十一": 11, "十二": 12}  # fmt: skip


def _month_number(raw: str) -> int:
    """A month as digits, an English name or abbreviation, or Chinese numerals (九, 十二)."""
    if raw.isdigit():
        return int(raw)
    key = raw.lower().rstrip(".")
    if key in MONTHS:
        return MONTHS[key]
    return _ZH_MONTHS.get(raw, 0) or MONTHS.get(key[:3], 0)


def _year_word_beside(sentence: str, start: int, end: int, year_ref: dt.date | None) -> int | None:
    """The year a year word right beside a quarter or month gives it: "去年第三季度", "last
    year's third quarter", "the third quarter of last year"."""
    if year_ref is None:
        return None
    m = _YEAR_WORD_BEFORE.search(sentence, max(0, start - 16), start) or _YEAR_WORD_AFTER.match(
        sentence, end, min(len(sentence), end + 16)
    )
    if m is None:
        return None
    groups = {k for k, v in m.groupdict().items() if v}
    if groups & {"last", "zlast"}:
        return year_ref.year - 1
    if groups & {"next", "znext"}:
        return year_ref.year + 1
    return year_ref.year


_LAST_MONTH_END = re.compile(r"(?:截至|截止|到)(?:到)?\s*上个?月(?:底|末)")
# a running total at the day before the story or at its day
_RELATIVE_DAY = re.compile(
    r"(?:截至|截止)(?:到)?\s*(?:[目当]前\s*)?(?P<d>昨日|昨天|今日|今天)"
    r"|\b(?:as\s+(?:of|at)|until|through)\s+(?P<d2>yesterday|today)\b"
    # "as of Sunday", 截至周日: the last such day up to the story's (its dateline's)
    r"|\bas\s+(?:of|at)\s+(?:last\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday)\b|(?:截至|截止)(?:到)?\s*(?:上)?(?:周|星期)(?P<zwd>[一二三四五六日天])",
    re.IGNORECASE,
)
_ZH_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_START_OF = re.compile(r"\b(?:start|beginning|turn|dawn)\s+$", re.IGNORECASE)


def _moment(sentence: str, year: re.Match[str]) -> bool:
    """ "a carmaker that did not exist at the start of 2024": the year dates a moment, not an
    actual figure's year (a plan set then is for that year: not asked for plans)."""
    return year.group(0)[:2].lower() == "of" and bool(
        _START_OF.search(sentence, max(0, year.start() - 12), year.start())
    )


@lru_cache(maxsize=8192)
def resolve_period(
    sentence: str, ref: dt.date | None, status: str, doc_year: int | None = None
) -> Period:
    """The period, its kind and the as_of date a sentence states, resolved against `ref`.

    as_of is what the text says a figure holds at: an explicit "as of"/截至 date, an "on
    <date>" announcement, or the end of a finished period; never the reference date by default.
    """
    future_ok = status != "actual"
    year_ref = ref or (dt.date(doc_year, 12, 31) if doc_year else None)
    start: dt.date | None = None
    end: dt.date | None = None
    text: str | None = None
    as_of: dt.date | None = None
    explicit = False
    kind = "none"
    on_day: dt.date | None = None

    lowered = sentence.lower()
    filing = (
        _filing_period(sentence, ref, year_ref, status)
        if "止" in sentence or "end" in lowered or " months " in lowered
        else None
    )
    if filing is not None:
        return filing
    for s, _e, d in en_dates(sentence, ref or year_ref, future_ok):
        before = sentence[max(0, s - 30) : s]
        if AS_OF_RE.search(before):
            as_of, explicit = d, True
            break
        if ON_RE.search(before) and as_of is None:
            as_of, explicit, on_day = d, True, d
    if as_of is None:
        m = re.search(
            r"(?:截至|截止)(?:到)?\s*(?:(?P<y>20\d{2})\s*年)?\s*"
            r"(?P<m>\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月(?:底|末)",
            sentence,
        )
        if m and (m.group("y") or year_ref):
            y = int(m.group("y")) if m.group("y") else (year_ref.year if year_ref else 0)
            month_n = _month_number(m.group("m"))
            if not m.group("y") and ref is not None and _month_end(y, month_n) > ref:
                y -= 1  # "截至十二月底" told in January: last December
            as_of, explicit = _month_end(y, month_n), True
            sentence = sentence[: m.start()] + " " * (m.end() - m.start()) + sentence[m.end() :]
    if as_of is None and year_ref is not None:
        m = _AS_OF_QUARTER_END.search(sentence)
        if m:
            # "As of the end of the third quarter": the running total at that quarter's end
            qn = int(m.group("q")[1]) if m.group("q") else ORDINAL_WORDS[m.group("qw").lower()]
            y = int(m.group("qy")) if m.group("qy") else year_ref.year
            if not m.group("qy") and ref is not None and _month_end(y, 3 * qn) > ref:
                y -= 1
            as_of, explicit = _month_end(y, 3 * qn), True
            sentence = sentence[: m.start()] + " " * (m.end() - m.start()) + sentence[m.end() :]
    if as_of is None:
        m = re.search(r"(?:截至|截止|到)\s*(?P<y>20\d{2})\s*年(?:底|末)", sentence)
        if m:
            as_of, explicit = dt.date(int(m.group("y")), 12, 31), True
            sentence = sentence[: m.start()] + " " * (m.end() - m.start()) + sentence[m.end() :]
    last_month_end = _LAST_MONTH_END.search(sentence) if as_of is None and ref else None
    if last_month_end is not None and ref is not None:
        # "截至上月底": the running total at the end of the month before the story's
        as_of, explicit = ref.replace(day=1) - dt.timedelta(days=1), True
        sentence = (
            sentence[: last_month_end.start()]
            + " " * (last_month_end.end() - last_month_end.start())
            + sentence[last_month_end.end() :]
        )
    relative_day = _RELATIVE_DAY.search(sentence) if as_of is None and ref is not None else None
    if relative_day is not None and ref is not None:
        # "截至昨日", "as of yesterday": the day before the story; "截至今日": its day
        if relative_day.group("wd") or relative_day.group("zwd"):
            wd = relative_day.group("wd")
            wd_n = _WEEKDAY_NUMBERS[wd.lower()] if wd else _ZH_WEEKDAYS[relative_day.group("zwd")]
            back = (ref.weekday() - wd_n) % 7
        else:
            word = (relative_day.group("d") or relative_day.group("d2")).lower()
            back = 1 if word in ("昨日", "昨天", "yesterday") else 0
        as_of, explicit = ref - dt.timedelta(days=back), True
    cumulative = scan.search(CUMULATIVE_RE, sentence)
    dated = en_dates(sentence, ref or year_ref, True)
    for (s1, e1, d1), (s2, _e2, d2) in itertools.pairwise(dated):
        if (
            re.search(r"\b(?:from|week\s+of|between)\s+$", sentence[max(0, s1 - 10) : s1], re.I)
            and re.fullmatch(r"\s*(?:to|until|through|till|and|-|–)\s*", sentence[e1:s2], re.I)
            and d1 <= d2
        ):
            # "from February 29 to March 9": a span of days
            start, end, text = d1, d2, sentence[s1:_e2]
            days = (d2 - d1).days + 1
            kind = "day" if days == 1 else "week" if days <= 7 else "cumulative"
            break
    for s1, e1, d1 in dated if start is None else ():
        week_of = re.search(r"\bweek\s+(?:of|beginning|starting)\s+$", sentence[:s1], re.I)
        if week_of is not None and s1 - week_of.start() <= 20:
            # "in the week of November 10": Monday to Sunday of the week that holds the day
            start = d1 - dt.timedelta(days=d1.weekday())
            end, text, kind = start + dt.timedelta(days=6), sentence[week_of.start() : e1], "week"
            break
    zr = scan.search(ZH_DAY_RANGE_RE, sentence) if start is None and year_ref else None
    if zr and year_ref:
        # "2月3日-9日周订单1万台": the days of one month
        r_month, r_d1, r_d2 = int(zr.group("m")), int(zr.group("d1")), int(zr.group("d2"))
        r_month2 = int(zr.group("m2") or r_month)
        r_year = (
            int(zr.group("y"))
            if zr.group("y")
            else _place_year(r_month2, r_d2, ref or year_ref, future_ok)
        )
        r_first = (
            _safe_date(r_year - (r_month2 < r_month), r_month, r_d1)
            if r_year and zr.group("m2")
            else _safe_date(r_year, r_month, r_d1)
            if r_year
            else None
        )
        r_last = _safe_date(r_year, r_month2, r_d2) if r_year else None
        if (
            r_first is not None
            and r_last is not None
            and r_first <= r_last
            # a month named twice only for a week's days (not "1月1日至9月30日")
            and (zr.group("m2") is None or (r_last - r_first).days <= 6)
        ):
            start, end, text = r_first, r_last, zr.group(0)
            r_days = (r_last - r_first).days + 1
            kind = "day" if r_days == 1 else "week" if r_days <= 7 else "cumulative"

    dr = DOTTED_RANGE_RE.search(sentence) if start is None and year_ref else None
    if dr and year_ref:
        d_year = _place_year(int(dr.group("m2")), int(dr.group("d2")), ref or year_ref, future_ok)
        d_last = _safe_date(d_year, int(dr.group("m2")), int(dr.group("d2"))) if d_year else None
        d_first = (
            _safe_date(
                d_year - (int(dr.group("m1")) > int(dr.group("m2"))),
                int(dr.group("m1")),
                int(dr.group("d1")),
            )
            if d_year
            else None
        )
        if d_first is not None and d_last is not None and 0 <= (d_last - d_first).days <= 6:
            start, end, text, kind = d_first, d_last, dr.group(0), "week"
            if ref is None or d_last <= ref:
                as_of = as_of or d_last
    er = EN_DAY_RANGE_RE.search(sentence) if start is None and year_ref else None
    if er and year_ref:
        # "in the week of October 20-26": the days of one month
        e_month = MONTHS[er.group("month").lower().rstrip(".")]
        e_year = (
            int(er.group("year"))
            if er.group("year")
            else _place_year(e_month, int(er.group("d2")), ref or year_ref, future_ok)
        )
        e_first = _safe_date(e_year, e_month, int(er.group("d1"))) if e_year else None
        e_last = _safe_date(e_year, e_month, int(er.group("d2"))) if e_year else None
        if e_first is not None and e_last is not None and e_first < e_last:
            start, end, text = e_first, e_last, er.group(0)
            e_days = (e_last - e_first).days + 1
            kind = "week" if e_days <= 7 else "cumulative"
    mw = scan.search(MONTH_WEEK_RE, sentence) if start is None and year_ref else None
    if mw and year_ref:
        in_month = _month_week(mw, ref, year_ref, future_ok)
        if in_month is not None:
            (start, end), text, kind = in_month, mw.group(0), "week"
    nw = NUMBERED_WEEK_RE.search(sentence) if start is None and year_ref else None
    if nw and year_ref:
        numbered = _numbered_week(nw, ref, year_ref, future_ok)
        if numbered is not None:
            (start, end), text, kind = numbered, nw.group(0), "week"
    m = scan.search(FROM_TO_RE, sentence) if start is None else None
    if m:
        y2 = m.group("year2") or m.group("year")
        y1 = m.group("year") or y2
        m1, m2 = MONTHS[m.group("month").lower()], MONTHS[m.group("month2").lower()]
        year2 = int(y2) if y2 else (year_ref.year if year_ref else None)
        year1 = int(y1) if y1 else year2
        if year1 and year2:
            start, end = dt.date(year1, m1, 1), _month_end(year2, m2)
        text = m.group(0)
        span = (year2 or 0) * 12 + m2 - (year1 or 0) * 12 - m1 + 1
        kind = {1: "month", 3: "quarter", 6: "half_year", 12: "year"}.get(span, "cumulative")
        if (kind == "quarter" and m1 % 3 != 1) or (kind == "half_year" and m1 not in (1, 7)):
            kind = "cumulative"
    if start is None and kind == "none":
        rng = scan.search(ZH_MONTH_RANGE_RE, sentence) or scan.search(EN_MONTH_DASH_RE, sentence)
        if rng:
            m1 = _month_number(rng.group("m1"))
            m2 = _month_number(rng.group("m2"))
            y_s = rng.group("year")
            named = None if y_s else _year_word_beside(sentence, rng.start(), rng.end(), year_ref)
            ry: int | None = int(y_s) if y_s else named
            if ry is None and year_ref is not None:
                ry = year_ref.year
                if ref and not future_ok and dt.date(ry, m2, 1) > ref:
                    ry -= 1
            if 1 <= m1 < m2 <= 12:
                if ry:
                    start, end = dt.date(ry, m1, 1), _month_end(ry, m2)
                text = rng.group(0)
                span = m2 - m1 + 1
                kind = {3: "quarter", 6: "half_year", 12: "year"}.get(span, "cumulative")
                if (kind == "quarter" and m1 % 3 != 1) or (
                    kind == "half_year" and m1 not in (1, 7)
                ):
                    kind = "cumulative"
    if start is None and kind == "none":
        h = scan.search(HALF_RE, sentence)
        if h:
            first = (h.group("h") or "").lower() == "first" or (h.group("hh") or "").upper() == "H1"
            first = (
                first or h.group("zh") == "上" or "1" in (h.group("nh") or "", h.group("hh2") or "")
            )
            y_s = h.group("year") or h.group("zy") or _full_year(h.group("hy2") or h.group("hy3"))
            year: int | None = int(y_s) if y_s else (year_ref.year if year_ref else None)
            named = None if y_s else _year_word_beside(sentence, h.start(), h.end(), year_ref)
            if named is not None:
                year = named  # "去年上半年", "the first half of last year"
            if year:
                start = dt.date(year, 1 if first else 7, 1)
                end = _month_end(year, 6 if first else 12)
            text, kind = h.group(0), "half_year"
    if start is None and kind == "none":
        qm = scan.search(QUARTER_MONTH_RE, sentence)
        if qm:
            names = [qm.group(g) for g in ("month", "month2", "month3", "month4")]
            months = [MONTHS[n.lower().rstrip(".")] for n in names if n]
            last = months[-1]
            first = months[0] if len(months) == 2 else last - 2
            y_s = qm.group("year") or qm.group("year2") or qm.group("year3")
            if last % 3 == 0 and first == last - 2:
                year = int(y_s) if y_s else (year_ref.year if year_ref else None)
                if year and not y_s and ref and not future_ok and _month_end(year, last) > ref:
                    year -= 1  # "the June quarter", reported in March: last year's
                if year:
                    start, end = dt.date(year, first, 1), _month_end(year, last)
                text, kind = qm.group(0), "quarter"
    if start is None and kind == "none":
        q = scan.search(QUARTER_RE, sentence)
        if q:
            qn_s = (
                q.group("q")
                or q.group("zq2")
                or q.group("qw")
                or q.group("zq")
                or q.group("qr")
                or q.group("nq")
                or q.group("q2")
                or q.group("lq")
            )
            qmap = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4, "final": 4, "一": 1, "二": 2, "三": 3, "四": 4,
                    "i": 1, "ii": 2, "iii": 3, "iv": 4}  # fmt: skip
            qn = (
                int(qn_s[1])
                if qn_s.upper().startswith("Q")
                else qmap.get(qn_s.lower(), 0) or int(qn_s)
            )
            y_s = q.group("year") or q.group("zy") or _full_year(q.group("qy2") or q.group("qy3"))
            year = int(y_s) if y_s else (year_ref.year if year_ref else None)
            named = None if y_s else _year_word_beside(sentence, q.start(), q.end(), year_ref)
            if named is not None:
                year = named  # "去年第三季度", "the third quarter of last year"
            elif year and not y_s and ref and not future_ok and dt.date(year, 3 * qn - 2, 1) > ref:
                year -= 1  # "in the fourth quarter", reported in April: last year's
            if year:
                start, end = dt.date(year, 3 * qn - 2, 1), _month_end(year, 3 * qn)
            text, kind = q.group(0), "quarter"
    if start is None and kind == "none" and not scan.search(RATE_RE, sentence):
        wk = scan.search(WEEK_OF_RE, sentence)
        if (
            wk is not None
            and re.fullmatch(r"(?:in\s+)?last\s+week|上周", wk.group(0).strip(), re.I)
            and scan.search(WITHIN_RE, sentence)
        ):
            wk = None  # "240,000 locked orders in 18 hours last week": the launch's window
        if wk and not scan.search(PACE_RE, sentence):  # (单周上险量连续四周超8000辆: a pace)
            text, kind = wk.group(0), "week"  # "the first week of March": a week, not March
            if (
                ref is not None
                and wk.group(0).lower().startswith("last")
                and not re.match(r"\s+of\b", sentence[wk.end() :])
            ):
                # "last week" in a story of Tuesday, October 28: Monday 20 to Sunday 26
                end = ref - dt.timedelta(days=ref.weekday() + 1)
                start = end - dt.timedelta(days=6)
                as_of = as_of or end
    if start is None and kind == "none":
        m = (
            scan.search(IN_MONTH_RE, sentence)
            or scan.search(EACH_MONTH_RE, sentence)
            or scan.search(BY_MONTH_RE, sentence)
            or scan.search(MONTH_NOUN_RE, sentence)
            or MONTH_SUBJECT_RE.search(sentence)
            or scan.search(MONTH_PREDICATE_RE, sentence)
            or scan.search(BRACKET_MONTH_RE, sentence)
        )
        zm = (
            None
            if m
            # "2024年12月：小米汽车全年交付超过13.5万辆": a timeline's label over a whole year's
            # figure is when it was told, as "December 2024: … in the full year"
            or _WHOLE_YEAR_UNDER_LABEL.match(sentence)
            else re.search(
                # a count of months is no month: 连续三月, 近三月, 三月来 ("three months in a row");
                # a month in digits is one ("7月以来": since July)
                r"(?:(?P<year>20\d{2})\s*年)?\s*(?P<month>\d{1,2}|(?<![一二三四五六七八九十两几个上下本这每第续近去头首"
                r"后前那])(?:十[一二]?|[一二三四五六七八九]))\s*月(?:份)?(?!\s*\d|\s*[日号])"
                r"(?!(?<=[一二三四五六七八九十]月)(?:来|以来|之?内|间|连续))",
                sentence,
            )
        )
        if m or zm:
            g = m or zm
            assert g is not None
            month_s = g.group("month")
            month = MONTHS[month_s.lower().rstrip(".")] if m else _month_number(month_s)
            if m and month_s.lower() == "may" and not month_s[0].isupper():
                month = 0
            if 1 <= month <= 12 and (
                scan.search(_SINCE_EVENT, sentence, max(0, g.start() - 70), g.start())
                or (
                    _ZH_SINCE_BEFORE.search(sentence, max(0, g.start() - 8), g.start())
                    and _ZH_SINCE_AFTER.match(sentence, g.end())
                )
            ):
                # "since its launch in March last year": a running total from then on
                text, kind = sentence[g.start() : g.end()], "cumulative"
                month = 0
            if 1 <= month <= 12:
                named = _year_word_beside(sentence, g.start(), g.end(), year_ref)
                if g.group("year"):
                    year = int(g.group("year"))
                elif named is not None:
                    year = named  # "去年10月", "in October next year"
                elif ref:
                    year = ref.year
                    if not future_ok and _not_yet(year, month, ref):
                        year -= 1
                else:
                    year = year_ref.year if year_ref else None
                if year:
                    start, end = dt.date(year, month, 1), _month_end(year, month)
                text, kind = g.group(0), "month"
                by = _BY_END.search(sentence[max(0, g.start() - 25) : g.start() + 3])
                if by or g.re is BY_MONTH_RE:
                    # "by the end of November": the running total at that month's end; "by
                    # mid-November" is a running total too, at a day the text does not give
                    kind = "cumulative"
                    part_month = g.re is BY_MONTH_RE and bool(
                        re.search(r"\b(?:by\s+(?:the\s+)?)(?:mid|early)", g.group(0), re.I)
                    )
                    if (
                        end is not None
                        and as_of is None
                        and not part_month
                        and (ref is None or end <= ref)
                    ):
                        as_of = end
                    if (
                        not part_month
                        and end is not None
                        and _THIS_YEAR_TO.search(sentence)
                        # (not "截至今年9月底，…自上市以来累计": a total since the launch)
                        and not _SINCE_LAUNCH_ZH.search(sentence)
                    ):
                        # "This year, through October, it has sold": from January 1 to the
                        # month's end
                        start = dt.date(end.year, 1, 1)
                    elif not part_month:
                        start = end = None  # a running total since the start, not the month's
    if start is None and kind == "none":
        m = scan.search(IN_YEAR_RE, sentence)
        if m and status == "actual" and _moment(sentence, m):
            m = next((y for y in IN_YEAR_RE.finditer(sentence) if not _moment(sentence, y)), None)
        m = m or scan.search(ZH_YEAR_RE, sentence)
        if m:
            groups = m.groupdict()
            year = int(
                groups.get("year")
                or groups.get("year_t")
                or groups.get("year_n")
                or groups.get("year_s")
                or groups.get("year_f")
                or groups.get("year_m")
                or groups.get("year_e")
                or _full_year(groups.get("year_fy"))
                or 0
            )
            start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
            text, kind = m.group(0), "year"
    so_far = _SO_FAR_IN_YEAR.search(sentence) if status == "actual" and kind == "year" else None
    if so_far is not None and start is not None:
        # "so far in 2025", "in 2025 to date": the year's running total, not the whole year
        start, end, text, kind = dt.date(start.year, 1, 1), None, so_far.group(0), "cumulative"
        as_of = as_of if explicit else None
    if start is None and kind in ("none", "cumulative"):
        ytd = scan.search(YEAR_TO_DATE_RE, sentence)
        if ytd is None and _SO_FAR.search(sentence) and scan.search(THIS_YEAR_ONLY_RE, sentence):
            ytd = _SO_FAR.search(sentence)  # "This year Xiaomi has delivered … so far"
        if ytd and year_ref is not None:
            # "so far this year", 今年以来: a running total from January 1 to the day stated
            y = as_of.year if explicit and as_of else year_ref.year
            start, end = dt.date(y, 1, 1), (as_of if explicit else None)
            text, kind = ytd.group(0), "cumulative"
    if start is None and kind == "none":
        relative = None
        if scan.search(LAST_MONTH_RE, sentence):
            relative = scan.search(LAST_MONTH_RE, sentence), "month"
            if ref:
                first = ref.replace(day=1) - dt.timedelta(days=1)
                start, end = first.replace(day=1), first
        elif scan.search(LAST_QUARTER_RE, sentence):
            relative = scan.search(LAST_QUARTER_RE, sentence), "quarter"
            if ref:
                q_start = dt.date(ref.year, 3 * ((ref.month - 1) // 3) + 1, 1)
                end = q_start - dt.timedelta(days=1)
                start = dt.date(end.year, end.month - 2, 1)
        elif not future_ok and ref and scan.search(BARE_QUARTER_RE, sentence):
            # "quarterly car revenue", 本季度研发投入: an actual of a quarter told with no
            # number is of the last quarter finished (the one a results story reports)
            relative = scan.search(BARE_QUARTER_RE, sentence), "quarter"
            q_start = dt.date(ref.year, 3 * ((ref.month - 1) // 3) + 1, 1)
            end = q_start - dt.timedelta(days=1)
            start = dt.date(end.year, end.month - 2, 1)
        elif scan.search(NEXT_MONTH_RE, sentence):
            relative = scan.search(NEXT_MONTH_RE, sentence), "month"
            if ref:
                first = _month_end(ref.year, ref.month) + dt.timedelta(days=1)
                start, end = first, _month_end(first.year, first.month)
        elif scan.search(THIS_MONTH_RE, sentence):
            relative = scan.search(THIS_MONTH_RE, sentence), "month"
            if ref:
                start, end = ref.replace(day=1), _month_end(ref.year, ref.month)
        elif scan.search(NEXT_YEAR_RE, sentence):
            relative = scan.search(NEXT_YEAR_RE, sentence), "year"
            if year_ref:
                y = year_ref.year + 1
                start, end = dt.date(y, 1, 1), dt.date(y, 12, 31)
        elif scan.search(LAST_YEAR_RE, sentence) and not re.search(
            r"(?:去年|上年)\s*\d{1,2}\s*月", sentence
        ):  # "截至去年12月31日" names a day of last year, not the year's period
            relative = scan.search(LAST_YEAR_RE, sentence), "year"
            if year_ref:
                y = year_ref.year - 1
                start, end = dt.date(y, 1, 1), dt.date(y, 12, 31)
        elif scan.search(THIS_YEAR_RE, sentence) and not (
            # an actual's clause that names the year's goal ("…, meeting its annual target a
            # month early", 全年目标) says what it met, not its own period
            not future_ok and _GOAL_OF_YEAR.fullmatch(scan.search(THIS_YEAR_RE, sentence), sentence)
        ):
            relative = scan.search(THIS_YEAR_RE, sentence), "year"
            if year_ref:
                y = year_ref.year
                if (
                    not future_ok
                    and ref is not None
                    and dt.date(y, 12, 31) > ref
                    and scan.search(WHOLE_YEAR_RE, sentence)
                    and not re.search(r"\bthis\s+year\b|今年|年内", sentence, re.I)
                ):
                    y -= 1  # a full-year actual stated before the year is out: last year's
                start, end = dt.date(y, 1, 1), dt.date(y, 12, 31)
        if relative is not None and relative[0] is not None:
            text, kind = relative[0].group(0), relative[1]
            by_end = _BY_END.search(sentence, max(0, relative[0].start() - 25), relative[0].start())
            if kind == "month" and by_end is not None:
                # "ship its 100,000th car by the end of this month": the running total then
                if as_of is None and not future_ok and end is not None and ref is not None:
                    as_of = end if end <= ref else None
                    # "By the end of last month, … in total": the day the total holds at
                    explicit = explicit or as_of is not None
                start = end = None
                kind = "cumulative"
    w = scan.search(WITHIN_RE, sentence)
    if (
        w is not None
        and kind == "month"
        and text is not None
        and re.search(r"\b(?:minutes?|mins?|hours?|hrs?)\b|分钟|小时", w.group(0))
        and 0 <= sentence.find(text, w.end()) - w.end() <= 4
    ):
        # "took 240,000 locked orders within 18 hours in June": hours counted from a launch
        # in that month, not the month's figure
        text, kind, start, end, as_of = w.group(0).strip(), "window", None, None, None
    pace = scan.search(PACE_RE, sentence)
    if pace and kind in ("none", "year", "half_year", "quarter", "month"):
        text, kind = pace.group(0), "rate"
    launch_month = scan.search(LAUNCH_MONTH_RE, sentence) if kind == "none" else None
    if launch_month is not None:
        # "上市第3个月", "in its third month on sale": a month counted from the launch, which
        # the extractor dates (it knows the models' launch days)
        text, kind = launch_month.group(0), "month"
    if kind == "none":
        rate = scan.search(RATE_UNIT_RE, sentence) or scan.search(RATE_RE, sentence)
        day = scan.search(DAY_RE, sentence)
        week = scan.search(WEEK_RE, sentence)
        if day and not rate:
            text, kind = day.group(0), "day"
            if explicit and as_of is not None:
                start = end = as_of  # "in a single day on October 6": that day
        elif w and (
            not (rate and rate.start() < w.end() and w.start() < rate.end())
            or re.search(r"\binto\b", w.group(0), re.I)  # "an hour into sales": no pace
        ):
            # ("1,500 cars a day": "a day" is the pace's unit, not a window)
            text, kind = w.group(0).strip(), "window"
        elif rate:
            text, kind = rate.group(0), "rate"
        elif week:
            text, kind = week.group(0), "week"
            if ref is not None and re.fullmatch(r"(?:in\s+)?last\s+week|上周", text, re.I):
                # "上周" in a story of Tuesday, October 28: Monday 20 to Sunday 26 October
                end = ref - dt.timedelta(days=ref.weekday() + 1)
                start = end - dt.timedelta(days=6)
                as_of = as_of or end
            ended = _WEEK_ENDED.search(sentence, week.start())
            if ended is not None:
                # "in the week ended Oct 26", "the week to October 26": the seven days to it
                last_days = en_dates(sentence[ended.end() :], ref or year_ref, future_ok)
                day_named = _WEEKDAY_NAME.match(sentence, ended.end())
                if last_days and last_days[0][0] == 0:
                    end = last_days[0][2]
                    start = end - dt.timedelta(days=6)
                    as_of = end if (ref is None or end <= ref) else as_of
                    text = sentence[week.start() : ended.end() + last_days[0][1]]
                elif day_named is not None and ref is not None:
                    # "in the week to Sunday": the week that ended on the story's last Sunday
                    back = (ref.weekday() - _WEEKDAY_NUMBERS[day_named.group(1).lower()]) % 7
                    end = ref - dt.timedelta(days=back)
                    start = end - dt.timedelta(days=6)
                    as_of = as_of or end
                    text = sentence[week.start() : day_named.end()]
        elif cumulative or explicit:
            kind = "cumulative"
            text = cumulative.group(0) if cumulative else text
    elif w and text is None:
        text = w.group(0).strip()
    if (
        cumulative
        and kind in ("year", "quarter", "month")
        and status == "actual"
        and _RUNNING.search(cumulative.group(0))
        and not (
            kind == "year" and scan.search(WHOLE_YEAR_RE, sentence)
        )  # 全年累计: the year's total
        # 三季度累计交付: the quarter's sum, as 上半年累计 is the half year's (a total to a
        # quarter's end is told with 截至, an explicit day; not 首3季累计, nor a 累计 of
        # another clause: "第四季度…，全年净亏损累计")
        and not (
            kind == "quarter"
            and not explicit
            and _RUNNING_WORD.fullmatch(cumulative.group(0))
            and _sums_quarter(sentence, text, cumulative.start())
        )
    ):
        # "in the first three quarters of 2025", "累计 ... 2024年": a running total in the period
        kind = "cumulative"
        if start is not None and end is not None and re.search(r"three|3|三", cumulative.group(0)):
            start, end = dt.date(start.year, 1, 1), dt.date(start.year, 9, 30)
    first_n = (
        scan.search(FIRST_N_RE, sentence)
        if (start is None and kind == "cumulative")
        or kind == "year"
        # "in the first 10 months of the year" read as a window: the months of a year, unless
        # counted from a launch ("the first three months after launch", "on sale")
        or (kind == "window" and text is not None and _months_of_a_year(sentence, text))
        else None
    )
    if first_n and year_ref:
        # "in the first ten months of 2025", 今年前9个月: the year named is the months' year
        # (not a whole-year word of another clause: "… the first 11 months of the year to
        # 350,000, meeting its annual target")
        named_year = (
            start.year
            if kind == "year"
            and start is not None
            and not (text and scan.search(WHOLE_YEAR_RE, text) and not _YEAR_DIGITS.search(text))
            else None
        )
        # "the first three quarters of the year", 前10个月 with no year: this year's, or last
        # year's when they are not over yet
        n_s = first_n.group("n") or first_n.group("n2") or first_n.group("n3")
        unit = first_n.group("unit") or first_n.group("unit2") or "months"
        n = _SMALL_NUMBERS.get(n_s.lower()) or int(n_s)
        n_months = 3 * n if re.match(r"quarter|季", unit, re.I) else n
        if 1 <= n_months <= 12:
            y = named_year or year_ref.year
            if (
                not named_year
                and ref is not None
                and not future_ok
                and _month_end(y, n_months) > ref
            ):
                y -= 1
            elif not named_year and ref is not None and future_ok and _month_end(y, n_months) < ref:
                y += 1  # a plan for "the first six months" told in December: next year's
            start, end = dt.date(y, 1, 1), _month_end(y, n_months)
            # "in the first three months of 2025", 今年前三个月: the year's first quarter
            text, kind = first_n.group(0), "quarter" if n_months == 3 else "cumulative"
            if as_of is None and not future_ok and (ref is None or end <= ref):
                as_of = end

    if (
        kind == "year"
        and status == "actual"
        and explicit
        and on_day is None
        and as_of is not None
        and start is not None
        and end is not None
        and start <= as_of < end
    ):
        # "By the end of the third quarter, it had delivered 266,000 cars this year", "as of
        # September 30 … this year": the year's running total to that day
        end, kind = as_of, "cumulative"
    if (
        on_day is not None
        and as_of == on_day
        and kind in ("week", "month", "quarter", "half_year", "year")
        and end is not None
        and end <= on_day
    ):
        # "On August 19, Xiaomi reported second-quarter revenue of ...": the day of the
        # announcement; the figure holds at the end of the finished period it is for
        as_of = end
    return Period(start, end, text, as_of or _finished(end, ref, status), explicit, kind)


# (a comma or full stop after the year ends it: "Sur l'ensemble de l'année 2024, ...")
_LOCALE_YEAR = re.compile(r"(?<![\d.,])(?P<year>20\d{2})(?:\s*(?:年|년|г\.?|yılı?))?(?!\d|[.,]\d)")
_PERIOD_KIND_OF_CUE = {
    "window": "window",
    "cumulative": "cumulative",
    "rate": "rate",
    "week": "week",
    "day": "day",
}


# the whole year said with no year of its own (locale this_year words)
# a word for "in total" alone: all models together, no running total by itself
_TOTAL_WORD = re.compile(
    r"in\s+totaal|insgesamt|en\s+total|au\s+total|in\s+totale|no\s+total|ao\s+todo|łącznie|"
    r"w\s+sumie|всего|toplam(?:da)?|tổng\s+cộng|secara\s+total|total",
    re.I,
)
_LOCALE_WHOLE_YEAR = re.compile(
    r"Gesamtjahr|(?:gesamten|ganzen)\s+Jahr|l['’]ensemble\s+de\s+l['’]année|année\s+entière"
    r"|todo\s+el\s+año|año\s+completo|todo\s+o\s+ano|ano\s+inteiro|intero\s+anno|весь\s+год|целый\s+год"
    # ("En el conjunto del año", "По итогам всего года", "cả năm": a finished year's total)
    r"|conjunto\s+d(?:el|o)\s+a[ñn]o|ano\s+completo|toute\s+l['’]année|année\s+(?:entière|complète)"
    r"|anno\s+intero|tutto\s+l['’]anno|(?:всего|целого)\s+года|cả\s+năm"
    # ("chiudere l'anno con", "cerró el año con", "a terminé l'année avec": the year's close)
    r"|(?:chiu[ds]|conclu|termin|fini|cerr|acab|fech|encerr|clô?t|clor|boucl|achev)\w*"
    r"\s+(?:l['’]anno|el\s+año|o\s+ano|l['’]année)"
    r"|całym\s+roku|cały\s+rok|(?:het\s+)?(?:hele|volledige)\s+jaar|heel\s+het\s+jaar",
    re.I,
)
_YEAR_SHIFT = {"this_year": 0, "last_year": -1, "next_year": 1}
_FINER = ("date", "month", "quarter", "half_year", "first_months")  # "올해 1~10월", "今年1〜10月"
# what may stand between a year word and the quarter or month it dates: "del", "des", "de
# l'", "of", "の", spaces; no figure
_YEAR_GAP = re.compile(r"[^\d.,;:!?。，；、]{0,6}")


def _year_words_joined(
    cues: list[Any], sentence: str, year_ref: dt.date | None, cjk: bool = False
) -> list[Any]:
    """ "今年4〜6月", "작년 3분기", "el segundo trimestre del año pasado": a year word next to a
    quarter, half or month without a year of its own gives it its year, and is not a period
    of its own."""
    words = [c for c in cues if c.kind in _YEAR_SHIFT]
    if not words:
        return cues
    out = list(cues)
    for cue in cues:
        if cue.kind not in _FINER or cue.year is not None:
            continue
        for word in words:
            if word not in out:
                continue
            a, b = (word.end, cue.start) if word.end <= cue.start else (cue.end, word.start)
            if cjk and (a != word.end or b - a > 2):
                continue  # 今年4〜6月, 작년 3분기: the year word first, at most "の" between
            if not (0 <= b - a <= 6 and _YEAR_GAP.fullmatch(sentence, a, b)):
                continue
            if word.year:
                year = word.year
            elif year_ref is not None:
                year = year_ref.year + _YEAR_SHIFT[word.kind]
            else:
                break
            out[out.index(cue)] = dataclasses.replace(cue, year=year)
            out.remove(word)
            break
    return out


def resolve_locale_period(
    sentence: str, lang: str, ref: dt.date | None, status: str, doc_year: int | None = None
) -> Period:
    """resolve_period for the languages of data/lang/: their period words found by
    locale_periods, resolved against `ref` by the same rules (a finished period's end is its
    as_of; nothing is guessed without a year)."""
    from pipelines.core.metrics.locale_periods import (
        day_range,
        find_period_cues,
        since_before,
        since_event,
        year_point,
        year_to_date,
    )

    future_ok = status != "actual"
    year_ref = ref or (dt.date(doc_year, 12, 31) if doc_year else None)
    days = day_range(sentence, lang) if year_ref else None
    if days is not None and year_ref is not None:
        # "w tygodniu od 3 do 9 listopada": the days of one month, as "Nov 3-9" in English
        d_text, d1, d2, d_month, d_year = days
        d_year = d_year or _place_year(d_month, d2, ref or year_ref, future_ok)
        d_first = _safe_date(d_year, d_month, d1) if d_year else None
        d_last = _safe_date(d_year, d_month, d2) if d_year else None
        if d_first is not None and d_last is not None and 0 <= (d_last - d_first).days <= 6:
            d_kind = "day" if d_first == d_last else "week"
            return Period(d_first, d_last, d_text, _finished(d_last, ref, status), False, d_kind)
    found = find_period_cues(sentence, lang)
    # "contro le 27.307 dello stesso periodo dell'anno precedente", "8万台、前年同期の2万7307台":
    # the period named beside a year_back phrase, a year back (alone it names none)
    back = any(c.kind == "year_back" for c in found)
    cues = _year_words_joined(
        [c for c in found if c.kind != "year_back"], sentence, year_ref, lang in ("ja", "ko", "zh")
    )
    start: dt.date | None = None
    end: dt.date | None = None
    text: str | None = None
    as_of: dt.date | None = None
    explicit = False
    said = False  # as_of is a day named with no "as of" word: when it was said
    kind = "none"

    def year_of(cue_year: int | None, month: int = 1) -> int | None:
        if cue_year:
            return cue_year
        if ref is not None:
            y = ref.year
            return y - 1 if not future_ok and _not_yet(y, month, ref) else y
        return year_ref.year if year_ref else None

    for i, cue in enumerate(cues):
        before = cues[i - 1] if i else None
        after = cues[i + 1] if i + 1 < len(cues) else None
        if cue.kind != "date" or cue.month is None:
            continue
        y = year_of(cue.year, cue.month)
        if cue.day and not cue.year and ref is not None:
            # "am 1. April" told on April 2: the day that year, not the month's end, decides
            # whether it lies ahead of the story (a day just past is this year's)
            y = _place_year(cue.month, cue.day, ref, future_ok)
        day = cue.day or calendar.monthrange(y, cue.month)[1] if y else None
        d = _safe_date(y, cue.month, day) if y and day else None
        if d is None:
            continue
        if before is not None and before.kind == "as_of" and cue.start - before.end <= 3:
            as_of, explicit = d, True
            break
        nxt = cues[i + 2] if i + 2 < len(cues) else None
        if (
            after is not None
            and after.kind == "as_of"
            and 0 <= after.start - cue.end <= 1
            # (not the word that opens the next date: "pada 28 Maret 2024 hingga 31 Maret 2025")
            and not (nxt is not None and nxt.kind == "date" and 0 <= nxt.start - after.end <= 3)
        ):
            # "9月末時点で", "9월 말 기준": the as_of word after the date (Japanese, Korean)
            as_of, explicit = d, True
            break
        if as_of is None and cue.day:
            as_of, explicit = d, True  # "le 26 juin": the day the figure is stated for
            said = True
    for cue in cues:
        if cue.kind == "quarter" and cue.quarter:
            y = year_of(cue.year, 3 * cue.quarter - 2)
            if y:
                start, end = dt.date(y, 3 * cue.quarter - 2, 1), _month_end(y, 3 * cue.quarter)
            text, kind = cue.text, "quarter"
            break
        if cue.kind == "half_year" and cue.half:
            y = year_of(cue.year, 1 if cue.half == 1 else 7)
            if y:
                start = dt.date(y, 1 if cue.half == 1 else 7, 1)
                end = _month_end(y, 6 if cue.half == 1 else 12)
            text, kind = cue.text, "half_year"
            break
        if cue.kind == "month" and cue.month:
            y = year_of(cue.year, cue.month)
            if y:
                start, end = dt.date(y, cue.month, 1), _month_end(y, cue.month)
            text, kind = cue.text, "month"
            up_to = [c for c in cues if c.kind == "as_of" and 0 <= cue.start - c.end <= 8]
            if since_before(sentence, cue.start, lang) or since_event(
                sentence, cue.start, cue.end, lang
            ):
                # "desde março de 2024", "seit März 2024": a running total from that month on
                # (as "since its launch in March": the total, not a span with its own start)
                start = end = as_of = None
                kind = "cumulative"
                till = next(
                    (
                        c
                        for c in cues
                        if c.kind in ("month", "date")
                        and c.month
                        and c.start > cue.end
                        and any(
                            u.kind == "as_of"
                            # (before the month, or after it: "ağustos sonu itibarıyla")
                            and (0 <= c.start - u.end <= 8 or 0 <= u.start - c.end <= 2)
                            for u in cues
                        )
                    ),
                    None,
                )
                if till is not None and till.month is not None:
                    # "sinds maart 2024 tot en met november", "desde marzo de 2024 hasta
                    # octubre": the running total at the end of the month it runs to
                    y_till = year_of(till.year, till.month)
                    last = (
                        (_safe_date(y_till, till.month, till.day) if till.day else None)
                        or _month_end(y_till, till.month)
                        if y_till
                        else None
                    )
                    if last is not None and (ref is None or last <= ref):
                        as_of = last
            elif up_to and not explicit:
                # "até maio de 2025", "bis Ende Mai 2025", "по состоянию на конец мая": the
                # running total at the month's end, not the month's own figure
                if end is not None and (ref is None or end <= ref):
                    as_of = end
                start = end = None
                kind = "cumulative"
            break
        if cue.kind == "first_months" and cue.month:
            # "les dix premiers mois de 2025", "1〜10月": a running total from January 1 to
            # the end of month N (as English "first three quarters" and 前三季度)
            y = year_of(cue.year, cue.month)
            if y:
                start, end = dt.date(y, 1, 1), _month_end(y, cue.month)
            text, kind = cue.text, "cumulative"
            break
        if cue.kind in ("this_year", "last_year", "next_year") and (cue.year or year_ref):
            # "w 2024 roku": a year word with its year stated is that year
            shift = {"this_year": 0, "last_year": -1, "next_year": 1}[cue.kind]
            y = cue.year or (year_ref.year + shift if year_ref else 0)
            if (
                not cue.year
                and cue.kind == "this_year"
                and not future_ok
                and ref is not None
                and dt.date(y, 12, 31) > ref
                and _LOCALE_WHOLE_YEAR.search(cue.text or "")
            ):
                y -= 1  # "im gesamten Jahr 136.854" told in March: a full-year actual, last year's
            start, end, text, kind = dt.date(y, 1, 1), dt.date(y, 12, 31), cue.text, "year"
            break
        if cue.kind in ("this_month", "last_month") and ref:
            first = ref.replace(day=1)
            if cue.kind == "last_month":
                first = (first - dt.timedelta(days=1)).replace(day=1)
            start, end, text, kind = first, _month_end(first.year, first.month), cue.text, "month"
            break
    if kind == "none":
        dated = [(c.start, c.end) for c in cues if c.kind == "date"]
        year = next(
            (
                m
                for m in _LOCALE_YEAR.finditer(sentence)
                if not any(a <= m.start() < b for a, b in dated)  # a full date is not a year
                # "qui n'existait pas au début de 2024": a moment, not an actual's year
                and not (status == "actual" and year_point(sentence, m.start(), m.end(), lang))
            ),
            None,
        )
        if year:
            y = int(year.group("year"))
            start, end, text, kind = dt.date(y, 1, 1), dt.date(y, 12, 31), year.group(0), "year"
    if kind == "none":
        # a launch window or a single day beats "after launch" named before it ("Nach dem
        # Marktstart gingen in den ersten 18 Stunden ...", 発売後18時間で), as in English
        spans = [c for c in cues if c.kind in ("window", "day")]
        for cue in spans + [c for c in cues if c not in spans]:
            if cue.kind in _PERIOD_KIND_OF_CUE:
                text, kind = cue.text, _PERIOD_KIND_OF_CUE[cue.kind]
                if kind == "day" and explicit and as_of is not None:
                    start = end = as_of  # "en une seule journée, le 6 octobre": that day
                break
        else:
            if explicit:
                kind = "cumulative"
    elif (
        any(c.kind == "cumulative" for c in cues)
        and status == "actual"
        # (not a month's count "in total", all models together: "In mei leverde Xiaomi in
        # totaal meer dan 28.000 auto's af", "En mayo entregó en total 28.000"; nor a year's:
        # "Năm 2025, Xiaomi đã bàn giao tổng cộng hơn 410.000 xe")
        and not (
            kind in ("month", "quarter", "half_year", "year")
            and all(_TOTAL_WORD.fullmatch(c.text or "") for c in cues if c.kind == "cumulative")
        )
    ):
        kind = "cumulative"
    if (
        status == "actual"
        and kind in ("none", "cumulative", "year")
        and (start is None or (start.month, start.day, end) == (1, 1, dt.date(start.year, 12, 31)))
        and (ytd := year_to_date(sentence, lang))
    ):
        # "seit Jahresbeginn", "od stycznia", "finora quest'anno": from January 1 to the day
        # stated, else to no day (as English "so far this year")
        ytd_ref = as_of if explicit and as_of else year_ref
        y = start.year if start else ytd_ref.year if ytd_ref else None
        if y:
            start, end, kind = dt.date(y, 1, 1), (as_of if explicit else None), "cumulative"
            text = text or ytd
    if back and start is not None and end is not None and not explicit:
        start = _safe_date(start.year - 1, start.month, start.day) or start.replace(day=28)
        end = _month_end(end.year - 1, end.month)
    elif back and start is None and as_of is None:
        return Period(None, None, None, None, False, "none")
    if said and kind in ("month", "quarter", "half_year", "year") and end is not None:
        # "【8月26日】… 4〜6月決算", "en septembre, a-t-il annoncé le 1er octobre": the day is
        # when the period's figure was told; the finished period's end is its as_of
        as_of = None
    return Period(start, end, text, as_of or _finished(end, ref, status), explicit, kind)


# Last, once every pattern above is defined: each behind a lookahead of its first characters
# (scan.py), so a long sentence is not tried with every alternative at every character.
scan.speed_up(globals())
