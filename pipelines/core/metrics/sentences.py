"""Sentence and clause splitting, and the retractions and corrections that splitting reads.

Apart because every later step works on these `_Sentence`s and clause bounds, and the
splitting rules (abbreviations, shouted figures, retractions) are a topic of their own.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from pipelines.core.metrics import scan
from pipelines.core.metrics.kinds import MAX_SENTENCE_CHARS
from pipelines.core.metrics.numbers import fold

_SENT_END = re.compile(
    r"(?<=[。！？!?])\s*"
    # a full stop before a capital of any Latin or Cyrillic alphabet ("… uma hora. É a …"),
    # or between Hangul words ("출시했다. 샤오미는"); after any lowercase letter of them
    # (not the year abbreviations "2026 r." and "2026 г." of Polish and Russian, nor German
    # ordinals of one or two digits, "im 3. Quartal", "am 15. Mai", nor the scale words
    # "1,5 Mrd. Euro", "2 Mio. Fahrzeuge", "5 Tsd. Autos", nor "22.000 bzw. 18.000")
    r"|(?<=[a-z0-9%+)”\"’'\u00df-\u00ff\u0100-\u017f\u0430-\u044f\u1ea0-\u1ef9\uac00-\ud7a3])"
    r"(?<!\d [rг])(?<![\s(]\d)(?<![\s(]\d\d)(?<!\dMrd)(?<! Mrd)(?<! Mio)(?<! Tsd)(?<! bzw)"
    # (nor the Polish quarter's abbreviation: "w II kw. 81 302 aut", "w III kw. Xiaomi …")
    r"(?<![IV] kw)\."
    # nor the abbreviated "about" before a figure: "ok. 150 tys.", "ca. 40.000", "rd.",
    # "ок. 40 тыс.", "aprox. 40.000", "env. 40 000"
    r"(?!(?<=[\s(](?:ok|ca|rd|ок)\.)\s+\d)(?!(?<=[\s(]env\.)\s+\d)(?!(?<=\saprox\.)\s+\d)"
    r"(?!(?<=\sapprox\.)\s+\d)"
    # nor "135 tys. SU7", "200 тыс. YU7": a thousands word before the model counted
    r"(?!(?<=\d\s(?:tys|тыс|mln|млн)\.)\s+[A-Z]{2,}\d)"
    # nor a month's abbreviation before its day or year: "as of Sept. 30", "in Oct. 2025"
    r"(?!(?<=\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\.)\s+\d)(?!(?<=\bSept\.)\s+\d)"
    # (and in the other languages before a year: "nov. 2025", "Okt. 2025", "janv. 2025")
    r"(?!(?<=\b(?i:jan|feb|fév|mrt|apr|avr|abr|mai|mag|jun|giu|jul|lug|aug|ago|aoû|sep|set|oct|okt"
    r"|out|ott|nov|dec|dez|dic|déc|gen|ene|fev)\.)\s+(?:19|20)\d\d\b)"
    r"(?!(?<=\b(?i:janv|févr|sept|juil|juin|avri)\.)\s+(?:19|20)\d\d\b)"
    r"(?=\s+[A-Z0-9“\"‘'(\[\u00c0-\u00de\u0100-\u017f\u0400-\u042f\uac00-\ud7a3]|[A-Z][a-z]|\s*\n)\s*"
    r"|(?<=[a-z])(?=(?:The|This|In|At|On|It|He|She|They|We|According|However)\s)"
    # the year abbreviation ends a sentence before a word that only opens one ("… w III kw.
    # 2024 r. To przede wszystkim …", "… в 2024 г. Это …"; not "w 2024 r. Xiaomi …")
    r"|(?:(?<=\d\s[rг])|(?<=[IV]\skw))\.\s+"
    # (or a common noun, capitalised only where a sentence opens: "… w III kw. Marża brutto …")
    r"(?=(?:To|Ten|Ta|Te|Tym|Jednak|Natomiast|Według|Это|Однако|По\s+словам|Marża|Przychody|"
    r"Przychód|Strata|Zysk|Dostawy|Sprzedaż|Firma|Spółka|Segment|Średnia|Koncern|Grupa)\s)"
    # a model's one-letter name ends a sentence too: "… Tesla's Model Y. It starts at …"
    r"|(?<=\s[A-Z])\.\s+(?=[A-Z][a-z])"
    # (also before a one-letter word: "… niż Model Y. W ciągu 18 godzin …")
    r"|(?<=\bModel\s[A-Z])\.\s+(?=[A-Z]\s)"
    r"|\n+"
    # digests run points together: " - " or " · " before a capital or a Chinese character,
    # and citation marks "[5][21]" close a point
    # (not one before a list of labelled figures: "October deliveries by model - SU7: 22,045")
    # (nor one before a row's figure that ends the line: "3. 小米汽车 - 超过4万辆", "Xiaomi -
    # Over 40,000")
    r"|\s+[-·•]\s+(?=[A-Z\u4e00-\u9fff])(?![\w .-]{1,20}[:：]\s*\d)"
    r"(?!(?:超过|超|逾|约|近|(?i:over|more\s+than|about|around|nearly))?\s*\d[\d,.]*\s*[万千]?\s*"
    r"(?:辆|台|(?i:units|vehicles|cars))?\s*\+?\s*(?:\n|$))"
    r"|(?:\s*\[\d{1,3}\])+\s*(?=\S)"
    # a bullet is a point of its own, also one that starts with a year ("• 2025 target: …")
    r"|\s+•\s+(?=\d)"
    # rows of labelled figures run together with bars: "Oct: 40,000+ | Sep: 40,000+",
    # "｜10月：4万+｜9月：4万+" (not a table's cells, which carry no label and colon)
    r"|\s*[|｜]\s*(?=[^|｜:：]{1,20}[:：]\s*[>≥~≈约超逾]?\s*\d)"
    # a post's emoji and a space close a Chinese statement as a full stop would:
    # "11月交付超4万台👍 全年目标…" (the whole-year word is the next statement's)
    r"|(?<=[\u4e00-\u9fff])[\u2600-\u27bf\U0001f300-\U0001faff\ufe0f\u200d]+\s+"
    r"(?=[\u4e00-\u9fff])"
    # so does a space after a Chinese count in a headline: "11月交付超两万台 全年目标上调至…",
    # "3月交付超2.9万辆 SU7 Ultra交付三千余辆" (the next statement's words are not the first's)
    r"|(?<=[辆台輛臺])[ \u3000]+(?=[\u4e00-\u9fff]|[A-Z]{2,}|[A-Z][a-z]*\d)"
)
_CLAUSE_END = re.compile(
    r"[;；。]|，|,\s*(?:and|while|but|whereas|compared|which)\b|\s+while\s+|\s+but\s+"
    # ", yet buyers of the YU7 …", ", although …": another statement, as ", but"
    r"|,\s*(?:yet|although|though|even\s+though)\s+(?!to\b)"
    # a colon before a lowercase word and a statement of some length opens another statement
    # ("… từ cuối tháng 11: tính từ đầu năm đến hết tháng 11, …"; not a label before its
    # figure, "Umsatz: 29 Mrd.", "10/2025: über 40.000", "twice: to 120,000 in July")
    r"|:(?=\s+[a-zß-ÿđơưăа-яё][^\d:;.!?]{24,}\d)"
    # a correction read with the retraction before it (_split_folded)
    r"|\.\s+(?=(?:The\s+correct(?:ed)?|In\s+fact|Actually)\b"
    r"|(?:That|This|It|The)\s+(?:(?:figure|number|report|story|headline)\s+)?(?:was|is)\s+"
    r"(?:wrong|incorrect|inaccurate|an?\s+error|a\s+mistake|not\s+correct)\b)"
    # Chinese commas are folded to ",": one before Chinese text ends a clause there too
    # but not between a change and 至/到 that carry it on ("上升9%，至每辆约26万元")
    r"|(?<!%),(?=\s*[\u4e00-\u9fff])|(?<=%),(?=\s*(?![至到])[\u4e00-\u9fff])"
    r"|(?<=[\u4e00-\u9fff]),"
    # ", and" in the languages of data/lang/ ("..., et les livraisons se poursuivent", ", und",
    # ", и", ", że"): another statement, as English ", and"
    # (not "29.700, 33.900 dan 41.300 USD": a list of figures goes on)
    r"|,\s*(?:et|y|e|und|en|i|oraz|и|а|что|że|ve|dan|và)(?=\s+[^\W\d_])"
    r"(?!\s+(?:USD|US|RMB|CNY|EUR|Rp|R)\b)"
    # Turkish "-(y)ken," (while ...ing): "hedefini açıklarken, kulislerde ...": another clause
    r"|(?<=[aeıioöuü][ry]ken),"
    # a full stop after a rival's model named by its digit (no ordinal) ends the clause: "… pour
    # la Model 3. Depuis son lancement, la berline …" (the next clause is not the rival's)
    r"|(?<=\bModel\s3)\.(?=\s+[A-ZÀ-ÞА-Я])"
)


# English has no ordinal written "3.": a full stop after a number of one or two digits ends
# the sentence there ("… undercutting Tesla's Model 3. Since then, …", "… on Nov. 3. The …")
_ORDINAL_GUARD = r"(?<![\s(]\d)(?<![\s(]\d\d)"
assert _ORDINAL_GUARD in _SENT_END.pattern
_SENT_END_EN = re.compile(_SENT_END.pattern.replace(_ORDINAL_GUARD, "", 1))


# the languages that write no ordinal "3." (English, Chinese, and Vietnamese and Indonesian:
# "… trong tháng 7. Trong tháng 6, …" are two sentences)
NO_DOTTED_ORDINAL = ("en", "zh", "vi", "id")


@dataclass(frozen=True)
class _Sentence:
    start: int
    end: int
    text: str  # folded


def split_sentences(text: str, lang: str = "en") -> Iterator[_Sentence]:
    """Sentences with offsets into `text`; the text is folded, so offsets hold."""
    return _split_folded(fold(text, lang), english=lang in NO_DOTTED_ORDINAL)


def _split_folded(folded: str, english: bool = False) -> Iterator[_Sentence]:
    """`english`: English or Chinese text, where "3." is no ordinal (see _SENT_END_EN)."""
    held: _Sentence | None = None  # a headline's figure shouted before its subject
    last: _Sentence | None = None  # the sentence before, until the next shows it is whole
    box: _Sentence | None = None  # a fact box's figure alone on its line
    for sent in _split_plain(folded, _SENT_END_EN if english else _SENT_END):
        if box is not None:
            if (
                _BOX_GAP.fullmatch(folded, box.end, sent.start)
                and not _box_figure(sent.text)
                # (a caption, not a sentence: "5 min read" over the story's first sentence)
                and sent.text[-1:] not in ".!?。！？"
            ):
                # "108,796" over "Cars delivered in July-September": the line under the figure
                # says what it counts; read as one statement
                sent = _Sentence(box.start, sent.end, _box_row(box.text, sent.text))
            elif last is None:
                last = box
            else:
                yield box
            box = None
        if held is not None:
            sent = _Sentence(held.start, sent.end, folded[held.start : sent.end])
            held = None
        dashed = _BOX_DASHED.fullmatch(sent.text) if len(sent.text) <= 200 else None
        if dashed is not None and not _BARE_YEAR.fullmatch(dashed.group("f").strip()):
            # "25,5% – il margine lordo della divisione": the same row on one line
            sent = _Sentence(
                sent.start, sent.end, _box_row(dashed.group("f"), dashed.group("what"))
            )
        if last is not None and (
            (_CORRECTION_OPENS.match(sent.text) and _RETRACTION.search(last.text) is not None)
            # "A story published on Monday said … 4,000 cars. That was wrong: …", 此前报道称…
            # 2.4万辆。这一数字有误: the retraction is read with the figure it withdraws
            or (_SET_RIGHT_OPENS.match(sent.text) and re.search(r"\d", last.text))
        ):
            # "An earlier version of this story said … 45,000 cars in October. The correct
            # figure is more than 40,000.": the correction is read with what it corrects
            sent = _Sentence(last.start, sent.end, folded[last.start : sent.end])
            last = None
        if last is not None and last.text[-1:] in "！!" and _SHOUTED_WINDOW.fullmatch(sent.text):
            # "小米YU7锁单24万！仅用18小时": the window shouted after the figure is its own
            sent = _Sentence(last.start, sent.end, folded[last.start : sent.end])
            last = None
        if last is not None:
            yield last
            last = None
        if _SHOUTED_FIGURE.fullmatch(sent.text):
            held = sent  # "4万辆！小米汽车10月交付再破纪录", "逾4万！…": one headline
            continue
        if _box_figure(sent.text):
            if last is not None:
                yield last
                last = None
            box = sent
            continue
        last = sent
    if last is not None:
        yield last
    if box is not None:
        yield box
    if held is not None:
        yield held


def _box_figure(text: str) -> bool:
    """Whether the line is only a fact box's figure (short; not a year alone)."""
    return len(text) <= 40 and bool(_BOX_FIGURE.fullmatch(text)) and not _BARE_YEAR.fullmatch(text)


def _box_row(figure: str, what: str) -> str:
    """A fact box's figure and what it counts as one statement: "108,796 cars delivered in
    July-September" when the words open with the thing counted, else a labelled row,
    "Gross margin of the segment: 25.5%", "Deliveries the company targets for 2025: 350,000"."""
    if _BOX_NOUN_FIRST.match(what):
        return f"{figure.strip()} {what[:1].lower()}{what[1:]}"
    return f"{what}: {figure.strip()}"


# the thing a figure counts, opening the words under it: "Cars delivered …", "sales stores …"
_BOX_NOUN_FIRST = re.compile(
    r"(?:(?:new|electric|sales|retail|locked|firm)\s+)*(?:cars?|vehicles?|units|EVs|stores|"
    r"showrooms|outlets|orders)\b",
    re.I,
)
# a fact box's figure alone on its line: "108,796", "29.0 billion yuan", "25.5%", "HK$45.12",
# "40,000+", "700 milioni di yuan" (not a year alone, a timeline's heading)
_BOX_FIGURE = re.compile(
    r"(?:[A-Z]{0,3}[$€£¥])?\s*[>~≈]?\s*\d(?:[\d.,' ]*\d)?\s*%?\+?"
    r"(?:\s*[^\W\d_]{1,9}){0,3}\s*\+?"
)
_BARE_YEAR = re.compile(r"(?:19|20)\d\d")
# what lies between the figure and the line that says what it counts: one line break, or the
# dash the splitter cut at ("108,796 - Cars delivered …")
_BOX_GAP = re.compile(r"[ \t]*\n[ \t]*|\s+[-–—]\s+")
# the row on one line: the figure, a dash, what it counts (the figure first, nothing before)
_BOX_DASHED = re.compile(
    r"(?P<f>(?:[A-Z]{0,3}[$€£¥])?\s*[>~≈]?\s*\d(?:[\d.,' ]*\d)?\s*%?\+?"
    r"(?:\s*[^\W\d_]{1,9}){0,3}?\s*\+?)\s+[-–—]\s+(?P<what>[^\W\d_].{5,})"
)


# a retraction, and the sentence that then gives the right figure
_RETRACTION = re.compile(
    r"\ban?\s+(?:earlier|previous)\s+version\s+of\s+(?:this|the)\s+(?:story|article|report)"
    r"|(?:本文|此文|报道)?此前(?:误|错误地)?称",
    re.I,
)
# a sentence that says the one before was wrong (data `hypothetical` reads the figure it
# withdraws; _CLAUSE_END splits the two)
SET_RIGHT = (
    r"(?:That|This|It|The)\s+(?:(?:figure|number|report|story|headline)\s+)?(?:was|is)\s+"
    r"(?:wrong|incorrect|inaccurate|an?\s+error|a\s+mistake|not\s+correct)\b"
    r"|(?:该|这一|此|上述|以上)(?:数字|数据|说法|信息|报道)(?:有误|不实|错误)"
)
_SET_RIGHT_OPENS = re.compile(r"\s*(?:" + SET_RIGHT + ")")
# a window alone after a headline's "！": "仅用18小时", "只用了3分钟", "In just 18 hours!"
_SHOUTED_WINDOW = re.compile(
    r"(?:仅|只|才)?(?:用|用了|用时|耗时)?\s*\d+\s*(?:分钟|小时|天)(?:内)?\s*[!！。]?"
    r"|(?i:(?:in|within)\s+(?:just|only)?\s*\d+\s+(?:minutes|hours|days))\s*[!.]?"
)
# a figure alone before "！", the rest of the headline after it
_SHOUTED_FIGURE = re.compile(r"\S{0,6}\d[\d.,]*\s*[万亿]?\S{0,4}\s*[！!]")


# a German ordinal of a milestone car: "das 500.000. Auto", "der 100.000. SU7" (the dot after
# the digits ends no sentence)
_ARTICLE_ORDINAL = re.compile(r"\b(?:das|der|den|dem|des|die)\s+\d{1,3}(?:\.\d{3})+$")
_ORDINAL_NOUN = re.compile(
    r"\s+(?:[A-Z][\w-]*)?(?:Auto|Fahrzeug|Wagen|Exemplar|auto|fahrzeug|wagen|exemplar)\w*"
    r"|\s+(?:Xiaomi\s+)?[A-Z]{2}\d"
)


def _split_plain(folded: str, ends: re.Pattern[str] = _SENT_END) -> Iterator[_Sentence]:
    pos = 0
    for m in ends.finditer(folded):
        if (
            folded[m.start() : m.start() + 1] == "."
            and _ARTICLE_ORDINAL.search(folded, max(0, m.start() - 24), m.start())
            and _ORDINAL_NOUN.match(folded, m.start() + 1)
        ):
            continue
        if m.start() > pos:
            yield from _trimmed(
                folded, pos, m.start() + (1 if folded[m.start() : m.start() + 1] == "." else 0)
            )
        pos = m.end()
    if pos < len(folded):
        yield from _trimmed(folded, pos, len(folded))


def _trimmed(text: str, start: int, end: int) -> Iterator[_Sentence]:
    """The stripped sentence; one longer than MAX_SENTENCE_CHARS (a table or a digest run
    together without full stops, or garbage) is cut at separators into pieces of at most that
    size, so the work per sentence is bounded and extraction stays linear in the text."""
    while end - start > MAX_SENTENCE_CHARS:
        window = text[start + MAX_SENTENCE_CHARS // 2 : start + MAX_SENTENCE_CHARS]
        cut = max(window.rfind(c) for c in (" - ", " · ", "；", ";", "，", ",", " "))
        stop = start + MAX_SENTENCE_CHARS // 2 + cut + 1 if cut >= 0 else start + MAX_SENTENCE_CHARS
        yield from _trimmed(text, start, stop)
        start = stop
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    s = start + lead
    yield _Sentence(s, s + len(stripped), stripped)


def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around text[start:end]: after the last clause end in text[:start] (the
    text cut there, as `finditer(text, 0, start)` reads it), up to the next one from `end`.

    The sentence's clause ends are found once (`_clause_index`); per number only the last few
    characters before it are scanned again, so a sentence of many figures is not rescanned
    from its start for each one. Same bounds as scanning from 0, see _CLAUSE_REACH."""
    starts, ends = _clause_index(text)
    left, scan_from = 0, 0
    safe, seen = start, 0
    while safe > 0 and seen < _CLAUSE_REACH:
        safe -= 1
        seen += not text[safe].isspace()  # what \s matches, in str patterns
    if seen >= _CLAUSE_REACH:
        # a try of _CLAUSE_END that begins before `safe` reads only characters before
        # `start`: its outcome is the same in the cut text, so are the matches before it
        j = bisect.bisect_left(starts, safe)
        if j:
            left = ends[j - 1]
        scan_from = max(safe, left)
    for m in _CLAUSE_END.finditer(text, scan_from, start):
        left = m.end()
    i = bisect.bisect_left(starts, end)
    if i == 0 or ends[i - 1] <= end:
        # no clause end spans `end`: a search from there finds the next one of the whole scan
        right = starts[i] if i < len(starts) else len(text)
    else:
        m2 = _CLAUSE_END.search(text, end)
        right = m2.start() if m2 else len(text)
    return left, right


# More than the non-space characters one try of _CLAUSE_END reads from where it begins
# (",compared" and the character its \b looks at: 10). Change it with _CLAUSE_END;
# tests/core/test_metrics_linear.py checks the bounds against a scan from the start.
_CLAUSE_REACH = 12


@lru_cache(maxsize=16)
def _clause_index(text: str) -> tuple[list[int], list[int]]:
    """Starts and ends of the clause ends of a whole sentence."""
    found = list(_CLAUSE_END.finditer(text))
    return [m.start() for m in found], [m.end() for m in found]


# what gives the right figure after a retracted one
_CORRECTED = re.compile(
    r"\b(?:the\s+correct(?:ed)?\s+(?:figure|number|total)\s+(?:is|was)|in\s+fact|actually|"
    r"should\s+have\s+(?:said|read|been))\b|实际(?:上)?(?:为|是)|实为|应为|更正为|正确(?:数字|数据)?(?:为|是)",
    re.I,
)
# a sentence that opens with the right figure's words (_split_folded reads it with the
# retraction before it)
_CORRECTION_OPENS = re.compile(r"\s*(?:" + _CORRECTED.pattern + r")", re.I)


scan.speed_up(globals())
