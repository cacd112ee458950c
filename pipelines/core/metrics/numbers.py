"""Number mentions in English and Chinese news text, normalised to floats.

Coverage writes the same figure as "75,723", "75.7k", "1.2 million", "1,00,000", "7.57万",
"十万" or "thirty thousand"; analysts need one float. Offsets refer to the text as given
(full-width characters are folded one-for-one, so offsets survive).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pipelines.core.metrics import scan

# One character in, one character out: offsets in the folded text equal those in the original.
_FOLD = str.maketrans(
    {
        **{chr(0xFF10 + i): str(i) for i in range(10)},
        **{chr(0xFF21 + i): chr(0x41 + i) for i in range(26)},
        **{chr(0xFF41 + i): chr(0x61 + i) for i in range(26)},
        "％": "%",
        "，": ",",
        "．": ".",
        "－": "-",
        "～": "~",
        "—": "-",
        "–": "-",
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
    }
)


def _traditional_to_simplified() -> dict[int, str]:
    """OpenCC's character table, one character for one: Traditional Chinese coverage (Hong
    Kong, Taiwan) then matches the simplified cue words, and offsets still hold."""
    import opencc  # opencc-python-reimplemented: the table ships inside the package

    table: dict[int, str] = {}
    path = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        source, _, targets = line.partition("\t")
        target = targets.split(" ")[0] if targets else ""
        if len(source) == 1 and len(target) == 1:
            table[ord(source)] = target
    return table


FOLD_TABLE: dict[int, str] = dict(_FOLD)  # for other modules' folds to build on
# Chinese only: Japanese kanji (確定, 売上高) must stay as written for its own cue words.
_FOLD_ZH = {**_FOLD, **{k: v for k, v in _traditional_to_simplified().items() if k not in _FOLD}}
_HAN = re.compile(r"[\u3400-\u9fff]")
_FOLDABLE = re.compile("[" + re.escape("".join(chr(c) for c in _FOLD)) + "]")
# Some converted pages gloss characters with pinyin in brackets ("創(chuàng)新"): blanked, so
# the cue words around them still read as words and offsets hold.
_PINYIN_GLOSS = re.compile(r"(?<=[\u4e00-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)")


def fold(text: str, lang: str = "zh") -> str:
    """Full-width digits and signs to ASCII, dashes to '-', and for English and Chinese text
    Traditional to Simplified Chinese, with unchanged length (offsets in the folded text are
    offsets in the original)."""
    # the big Traditional→Simplified table only where there is Chinese to convert, and no
    # translation at all for text with nothing to fold (most English)
    if lang in ("en", "zh") and _HAN.search(text) is not None:
        folded = _translate(text, _FOLD_ZH)
    elif _FOLDABLE.search(text):
        folded = _translate(text, _FOLD)
    else:
        folded = text
    if "(" in folded:
        folded = _PINYIN_GLOSS.sub(lambda m: " " * len(m.group(0)), folded)
    return folded


_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")


def _translate(text: str, table: dict[int, str]) -> str:
    """`text.translate(table)` for a table with no ASCII key. `str.translate` looks each
    character of a text that is not all ASCII up in the table (about 0.1 µs each); a page of
    English with one Chinese name has few non-ASCII runs, and only those are translated. One
    non-ASCII character in 32 or more (Chinese, digits with 万) is translated whole."""
    extra = len(text.encode("utf-8")) - len(text)  # at least one per non-ASCII character
    if extra * 32 >= len(text):
        return text.translate(table)
    return _NON_ASCII_RUN.sub(lambda m: m.group(0).translate(table), text)


@dataclass(frozen=True)
class NumberMention:
    value: float
    value_max: float | None
    start: int
    end: int
    unit: str | None  # orders, vehicles, CNY, USD, percent, people, km, or None
    count_noun: str | None  # the noun right after the number ("units", "cities", "辆")
    word_form: bool = False  # spelled out ("three"), weaker evidence than digits
    value_end: int = -1  # end of the numeral itself, before a unit word ("289k| locked orders")

    def __post_init__(self) -> None:
        # "8.13万" is 8.13 * 1e4 = 81300.00000000001 in binary floating point: the figure the
        # text states has at most a few decimals
        object.__setattr__(self, "value", tidy(self.value))
        if self.value_max is not None:
            object.__setattr__(self, "value_max", tidy(self.value_max))


def tidy(value: float) -> float:
    """A scaled figure without the float error of its scaling (15 significant digits)."""
    return float(f"{value:.15g}")


_SCALE_EN = {
    "k": 1e3,
    "thousand": 1e3,
    "lakh": 1e5,
    "million": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "crore": 1e7,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
}
_SCALE_ZH = {"千": 1e3, "万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8, "百万": 1e6, "千万": 1e7}

_DIGITS = (
    r"(?:\d{1,2}(?:,\d{2})+,\d{3}"  # Indian grouping 1,00,000
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?"  # 75,723
    # 40 000 (a space, thin or no-break space folded to one, as thousands separator)
    r"|\d{1,3}(?: \d{3})+(?![\d,.]|\s?%)"
    r"|\d+(?:\.\d+)?)"  # 75723, 7.57
)
# Words may follow a space; single letters must be glued ("75.7k", "$10m"): "100 m" is metres.
# ("RMB29B" after a currency sign, a headline's billions; not "9M 2025", nine months)
_SCALE_RE = (
    r"(?:[\s-]?(?i:thousand|million|billion|trillion|lakh|crore)|\s?(?:mn|bn)|k|K|m|b|(?<=\d)B)"
)
_ZH_SCALE_RE = r"(?:百万|千万|万亿|万|萬|亿|億|千)"
# "8万8898" (88,898), "1亿2000万", "28万8千" (288,000), "3亿5千万": a big unit followed by the
# digits of the rest, and the rest's own unit
_ZH_COMPOUND = re.compile(
    r"(?P<a>\d{1,4})(?P<u>[万萬亿億])(?P<b>\d{1,4})(?!\d|[.,]\d)(?P<u2>[千百][万萬]|万|萬|千|百)?"
)
_REST_SCALE = {"万": 1e4, "萬": 1e4, "千": 1e3, "百": 1e2}
_CUR_PRE = r"(?P<cur>US\$|USD|\$|RMB|CNY|¥|￥|HK\$|€|EUR)"

_EN_UNITS: list[tuple[str, str]] = [
    (r"per\s?cent|percent|%", "percent"),
    (r"(?:Chinese\s+)?yuan|RMB|CNY|renminbi", "CNY"),
    (r"euros?|EUR", "EUR"),
    (r"(?:Hong\s+Kong|HK)\s+dollars?|HKD", "HKD"),
    (r"(?:US|U\.S\.|American)\s+dollars?|USD|dollars?", "USD"),
    (r"kilometres?|kilometers?|km", "km"),
    (r"units?|vehicles?|cars?|EVs?|sedans?|SUVs?", "vehicles"),
    (
        r"(?:locked[- ]in\s+|locked\s+|firm\s+|pre-?|big\s+|blind\s+)?orders?"
        r"|pre-?orders?|reservations?|bookings?|deposits?",
        "orders",
    ),
    (r"people|employees|staff|engineers|workers|persons|researchers|experts", "people"),
]
_ZH_UNITS: list[tuple[str, str]] = [
    (r"个百分点", "points"),
    (r"%", "percent"),
    (r"美元", "USD"),
    (r"欧元", "EUR"),
    (r"港元|港币", "HKD"),
    (r"元|人民币", "CNY"),
    (r"公里|千米", "km"),
    (r"辆|台", "vehicles"),
    (r"单|个订单|笔订单", "orders"),
    (r"人|名员工|名工程师|名", "people"),
]
_EN_UNIT_RE = re.compile(
    r"(?:-|\s*)(?:of\s+)?(?:(?P<u>" + "|".join(f"(?:{p})" for p, _ in _EN_UNITS) + r"))\b",
    re.IGNORECASE,
)
_ZH_UNIT_RE = re.compile(r"\s*(?P<u>" + "|".join(f"(?:{p})" for p, _ in _ZH_UNITS) + ")")
_NOUN_RE = re.compile(r"\s*(?:[-‐]\s*)?(?P<n>[A-Za-z][A-Za-z-]{1,24}(?:\s+[a-z][a-z-]{2,20})?)")
_ZH_NOUN_RE = re.compile(r"\s*(?P<n>[\u4e00-\u9fff]{1,2})")

NUMBER_RE = re.compile(
    # (a comma right before is a number's own only after a digit: not 上市，21.59万元起, whose
    # full-width comma is folded to ",")
    # ("c.40k", "c.RMB255k": circa glued to the figure, a hedge, not a version "v1.2")
    r"(?:(?<![A-Za-z0-9_.])|(?<=(?<![A-Za-z])c\.)|(?<=(?<![A-Za-z])ca\.))(?<![0-9],)"
    + r"(?:"
    + _CUR_PRE
    + r"\s?)?"
    + r"(?P<num>"
    + _DIGITS
    + r")"
    + r"(?:\s?(?P<zs>"
    + _ZH_SCALE_RE
    + r")|(?P<es>"
    + _SCALE_RE
    + r")(?![A-Za-z]))?"
    + r"(?P<pct>\s?%)?"
    + r"(?:\s*(?:-|~|to|至|到)\s*(?:"
    + _CUR_PRE.replace("cur", "cur2")
    + r"\s?)?"
    + r"(?P<num2>"
    + _DIGITS
    + r")"
    + r"(?:\s?(?P<zs2>"
    + _ZH_SCALE_RE
    + r")|(?P<es2>"
    + _SCALE_RE
    + r")(?![A-Za-z]))?"
    + r"(?P<pct2>\s?%)?)?"
    + r"(?![\d])"
)

_ORDINAL_UNIT = re.compile(
    r"th\s+(?:[A-Za-z]+\s+){0,2}?(?:cars?|vehicles?|units?|EVs?|SU7s?|YU7s?)\b", re.IGNORECASE
)
_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100,
}  # fmt: skip
_WORD = r"(?:" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")"
WORD_NUMBER_RE = re.compile(
    r"\b(?P<w1>" + _WORD + r")(?:\s+(?:or|to)\s+(?P<w2>" + _WORD + r"))?"
    r"(?:\s+(?P<ws>hundred|thousand|million|billion))?\b",
    re.IGNORECASE,
)
# a vague quantity word right before "hundred" ("a few hundred", "several hundred")
_VAGUE_BEFORE = re.compile(r"\b(?:a\s+few|few|several|some|many|a\s+couple\s+of)\s+$", re.I)
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_SMALL = (
    {w: i + 1 for i, w in enumerate(_ONES.split("|"))}
    | {w: i + 10 for i, w in enumerate(_TEENS.split("|"))}
    | {w: 20 + 10 * i for i, w in enumerate(_TENS.split("|"))}
)
# a big number in words, one figure: "three hundred and fifty thousand", "twenty-five
# thousand", "half a million", "a quarter of a million" (WORD_NUMBER_RE reads one word and
# its scale: "three hundred" and "fifty thousand" would be two figures)
BIG_WORDS_RE = re.compile(
    # ("a hundred and twenty thousand": "a" is one hundred; "three quarters of a million")
    rf"\b(?:(?P<h>{_ONES}|a)\s+hundred(?:\s+and)?(?:\s+(?P<t>{_TENS})(?:[\s-](?P<tu>{_ONES}))?"
    rf"|\s+(?P<u>{_TEENS}|{_ONES}))?"
    rf"|(?P<t2>{_TENS})[\s-](?P<tu2>{_ONES})"
    r"|(?:an?\s+|one\s+)?(?P<f>half|quarter)(?:\s+of)?\s+a"
    r"|(?P<f3>three)\s+quarters(?:\s+of)?\s+a"
    # "a million cars", "one million vehicles", "a billion yuan": one of the scale, told with
    # what it counts (not "a thousand reasons", "a few thousand", "one in a million")
    r"|(?<!\bin\s)(?P<one>a|one)(?=\s+(?:thousand|million|billion)\s+(?:cars|vehicles|units|EVs|"
    r"orders|deliveries|yuan|RMB|dollars|phones|smartphones|handsets)\b)"
    r"|(?:an?|one)\s+(?P<f2>half|quarter)-?)"  # "a quarter million", "a half-million"
    r"(?:\s+|(?<=-))(?P<s>thousand|million|billion)\b",
    re.IGNORECASE,
)
_ZH_NUMERAL = "零〇一二两三四五六七八九十百千万亿"
ZH_NUMERAL_RE = re.compile(
    # not an ordinal (第十二), but a milestone car in words is its count (第十万辆车: 100,000)
    r"(?:(?<!第)|(?=[零〇一二两三四五六七八九十百千]*[万亿][" + _ZH_NUMERAL + r"]*(?:辆|台)))"
    r"(?<![零〇一二两三四五六七八九十百千万亿])[" + _ZH_NUMERAL + r"]{2,12}"
)
_ZH_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
             "七": 7, "八": 8, "九": 9}  # fmt: skip
_ZH_UNIT = {"十": 10, "百": 100, "千": 1000}
_ZH_BIG = {"万": 10_000, "亿": 100_000_000}


# 成 after a number is tenths ("4成", 四成: 40 %) unless it starts a word: 成本 (cost), 成功,
# 成交, 成立, 成长, 成熟, 成绩, 成员, 成都, 成果, 成效, 成就, 成型, 成品
_NOT_TENTHS = r"(?!本|功|交|立|长|熟|绩|员|都|果|效|就|型|品|色|不变)"
_TENTHS_AFTER = re.compile(r"\s*成" + _NOT_TENTHS)
_ZH_TENTHS = re.compile(
    r"(?<![零〇一二两三四五六七八九十百千万亿\d])"
    r"(?:(?P<n>[两三四五六七九半])|(?<=[约近超逾占达有足到过])(?P<n1>[一八]))成" + _NOT_TENTHS
)


def parse_digits(raw: str) -> float:
    return float(raw.replace(",", "").replace(" ", ""))


def parse_chinese_numeral(raw: str) -> float | None:
    """'十万' → 100000, '两千三百' → 2300, '七万五千' → 75000; None when not a number."""
    total = 0
    section = 0
    digit: int | None = None
    for ch in raw:
        if ch in _ZH_DIGIT:
            digit = _ZH_DIGIT[ch]
        elif ch in _ZH_UNIT:
            section += (1 if digit is None else digit) * _ZH_UNIT[ch]
            digit = None
        elif ch in _ZH_BIG:
            section += digit or 0
            if section == 0:
                section = 1
            total = (total + section) * _ZH_BIG[ch] if ch == "亿" else total + section * _ZH_BIG[ch]
            section = 0
            digit = None
        else:
            return None
    return float(total + section + (digit or 0))


def _scale(zh: str | None, en: str | None) -> float:
    if zh:
        if zh == "万亿":
            return 1e12
        return _SCALE_ZH[zh]
    if en:
        return _SCALE_EN[en.strip(" -").lower()]
    return 1.0


def _unit_after(text: str, pos: int, zh: bool) -> tuple[str | None, int]:
    m = (_ZH_UNIT_RE if zh else _EN_UNIT_RE).match(text, pos)
    if not m:
        if not zh:
            m2 = _ZH_UNIT_RE.match(text, pos)  # "7.57万台" in an English-tagged page
            if m2 and m2.group("u") and _CJK_OR_PERCENT.match(m2.group("u")):
                m = m2
                zh = True
        if not m:
            return None, pos
    token = m.group("u")
    for pattern, unit in _ZH_UNITS_RE if zh else _EN_UNITS_RE:
        if pattern.fullmatch(token):
            return unit, m.end()
    return None, pos


# compiled once: _unit_after runs for every number mention
_ZH_UNITS_RE = [(re.compile(p, re.IGNORECASE), unit) for p, unit in _ZH_UNITS]
_EN_UNITS_RE = [(re.compile(p, re.IGNORECASE), unit) for p, unit in _EN_UNITS]
_CJK_OR_PERCENT = re.compile(r"[\u4e00-\u9fff%]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_WAN_AFTER_PASS = re.compile(r"(?<=[破过超])万(?=[台辆单人元]|$|[，。,])")


def _currency(cur: str | None) -> str | None:
    if not cur:
        return None
    return {"$": "USD", "US$": "USD", "USD": "USD", "RMB": "CNY", "CNY": "CNY", "¥": "CNY",
            "￥": "CNY", "HK$": "HKD", "€": "EUR", "EUR": "EUR"}[cur]  # fmt: skip


def _noun_after(text: str, pos: int) -> str | None:
    m = _NOUN_RE.match(text, pos) or _ZH_NOUN_RE.match(text, pos)
    return m.group("n").lower() if m else None


class _Cover:
    """Whether a position lies inside one of `spans` ((start, end) sorted by start), asked
    at positions that never decrease: one walk over the spans for a whole pass, where asking
    each span for each number was quadratic in the numbers of a sentence."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans, self.i, self.reach = spans, 0, -1

    def __call__(self, pos: int) -> bool:
        while self.i < len(self.spans) and self.spans[self.i][0] <= pos:
            self.reach = max(self.reach, self.spans[self.i][1])
            self.i += 1
        return self.reach > pos


# a bare year (no currency, no separator) as the whole first number of a range
_YEAR_THEN_COUNT = re.compile(r"(?:19|20)\d\d")
_PERIOD_PREP_BEFORE = re.compile(r"\b(?:for|in|during)\s+$", re.I)
_BY_BEFORE = re.compile(
    r"\bby\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|(?:just\s+)?over\s+|"
    r"more\s+than\s+)?$",
    re.I,
)


def find_numbers(text: str, stop: int | None = None) -> Iterator[NumberMention]:
    """Every number mention of `text` (already folded), digits, words and Chinese numerals.

    `stop`: only the mentions that start before it, found exactly as in the whole text (each
    pass runs in text order and only looks back at mentions that start earlier), so a caller
    that needs the first few of a long run of figures does not read all of them.
    """
    end_at = len(text) if stop is None else stop
    taken: list[tuple[int, int]] = []
    for m in _ZH_COMPOUND.finditer(text):
        if m.start() >= end_at:
            break
        big = 1e8 if m.group("u") in "亿億" else 1e4
        rest = float(m.group("b"))
        for unit_char in m.group("u2") or "":
            rest *= _REST_SCALE[unit_char]
        if rest >= big or (m.start() > 0 and text[m.start() - 1].isdigit()):
            continue
        value = float(m.group("a")) * big + rest
        mention = _finish(text, m.start(), m.end(), value, None, None, False, True)
        yield mention
        taken.append((m.start(), mention.end))
    in_compound = _Cover(list(taken))
    reach = -1  # the furthest end of this pass's own mentions, all of which start earlier
    pos = 0
    while True:
        found = NUMBER_RE.search(text, pos)
        if found is None or found.start() >= end_at:
            break
        m = found
        pos = m.end()
        if in_compound(m.start()) or reach > m.start():
            continue
        value = parse_digits(m.group("num")) * _scale(m.group("zs"), m.group("es"))
        value_max = None
        if m.group("num2"):
            hi_scale = _scale(m.group("zs2"), m.group("es2"))
            lo_scale = _scale(m.group("zs"), m.group("es"))
            if not (m.group("zs") or m.group("es")):  # "30,000-40,000万" or "40-50 million"
                value = parse_digits(m.group("num")) * hi_scale
            else:
                value = parse_digits(m.group("num")) * lo_scale
            value_max = parse_digits(m.group("num2")) * hi_scale
            mixed = bool(m.group("cur2")) and m.group("cur2") != m.group("cur")
            mixed = mixed or (bool(m.group("pct")) and not m.group("pct2"))
            if mixed:
                value = parse_digits(m.group("num")) * lo_scale  # not the second's scale
            # "cut the price by RMB 4,000 to RMB 215,900": a change and the new level
            change = _BY_BEFORE.search(text, max(0, m.start() - 20), m.start()) is not None
            # "raised its forecast for 2026 to 620,000": the year the figure is for, then the
            # figure (a year after "for", "in", then "to" and a count: no range from the year)
            year_then = (
                _YEAR_THEN_COUNT.fullmatch(m.group(0), 0, m.end("num") - m.start()) is not None
                and value_max >= 10000
                and _PERIOD_PREP_BEFORE.search(text, max(0, m.start() - 12), m.start()) is not None
            )
            if (
                mixed
                or change
                or year_then
                or value_max <= value
                or (1900 <= value <= 2100 and 1900 <= value_max <= 2100)
            ):
                # "2024-2025", "1-2": not a range of one quantity; keep the first number only
                end = m.end("num") + (len(m.group("pct") or ""))
                yield _finish(
                    text,
                    m.start(),
                    end,
                    value,
                    None,
                    m.group("cur"),
                    bool(m.group("pct")),
                    bool(m.group("zs")),
                )
                taken.append((m.start(), end))
                reach = max(reach, end)
                # "rose 35% to 365.9 billion yuan": the second number is a figure of its own
                pos = m.start("cur2") if m.group("cur2") else m.start("num2")
                continue
        end = m.end()
        ordinal = _ORDINAL_UNIT.match(text, end)
        if ordinal and value >= 1000 and not m.group("num2"):
            # "its 500,000th car": a milestone, the running total it marks
            yield NumberMention(
                value, None, m.start(), ordinal.end(), "vehicles", "th", value_end=end
            )
            taken.append((m.start(), ordinal.end()))
            reach = max(reach, ordinal.end())
            continue
        if (
            not (m.group("es") or m.group("es2") or m.group("pct") or m.group("pct2"))
            and _LATIN_LETTER.match(text[end : end + 1])
            and not _EN_UNIT_RE.match(text, end)
        ):
            continue  # "800V", "5G", "28th": a spec or an ordinal, not a quantity
        tenths = _TENTHS_AFTER.match(text, end)
        if tenths and not (m.group("zs") or m.group("es") or m.group("num2") or m.group("pct")):
            if 0 < value < 10:
                # "约4成为女性用户": four tenths, 40 %
                yield NumberMention(
                    value * 10, None, m.start(), tenths.end(), "percent", None,
                    value_end=tenths.end(),
                )  # fmt: skip
                taken.append((m.start(), tenths.end()))
                reach = max(reach, tenths.end())
            continue
        pct = bool(m.group("pct") or m.group("pct2"))
        zh_scale = bool(m.group("zs") or m.group("zs2"))
        yield _finish(
            text, m.start(), end, value, value_max, m.group("cur") or m.group("cur2"), pct, zh_scale
        )
        taken.append((m.start(), end))
        reach = max(reach, end)
    in_taken = _Cover(sorted(taken))
    for m in scan.finditer(BIG_WORDS_RE, text):
        if m.start() >= end_at:
            break
        if in_taken(m.start()):
            continue
        scale = {"thousand": 1e3, "million": 1e6, "billion": 1e9}[m.group("s").lower()]
        if m.group("one"):
            value = scale
        elif m.group("f3"):
            value = 0.75 * scale
        elif frac := m.group("f") or m.group("f2"):
            value = (0.5 if frac.lower() == "half" else 0.25) * scale
        else:
            parts = [m.group(g) for g in ("t", "tu", "u", "t2", "tu2")]
            h = (m.group("h") or "").lower()
            hundreds = (1 if h == "a" else _SMALL[h]) * 100 if h else 0
            value = (hundreds + sum(_SMALL[w.lower()] for w in parts if w)) * scale
        mention = _finish(text, m.start(), m.end(), value, None, None, False, False)
        yield dataclasses.replace(mention, word_form=True)
        taken.append((m.start(), mention.end))
    taken.sort()
    in_taken = _Cover(taken)
    # scan.finditer: these passes would otherwise read the whole text past `stop` for a
    # word or a Chinese numeral that a sentence of digits does not have
    for m in scan.finditer(WORD_NUMBER_RE, text):
        if m.start() >= end_at:
            break
        if in_taken(m.start()):
            continue
        if m.group("w1").lower() == "hundred" and _VAGUE_BEFORE.search(
            text, max(0, m.start() - 20), m.start()
        ):
            continue  # "a team of a few hundred people": a vague amount, no figure
        v1 = _WORDS[m.group("w1").lower()]
        scale = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9}.get(
            (m.group("ws") or "").lower(), 1
        )
        v2 = _WORDS[m.group("w2").lower()] if m.group("w2") else None
        if v2 is not None and v1 < 10 and v2 >= 20 and v2 % 10 == 0:
            v1 *= 10  # "three or forty percent": a transcript's "thirty or forty"
        value = v1 * scale
        value_max = v2 * scale if v2 is not None and v2 * scale > value else None
        mention = _finish(text, m.start(), m.end(), float(value), value_max, None, False, False)
        yield NumberMention(
            mention.value, mention.value_max, mention.start, mention.end, mention.unit,
            mention.count_noun, word_form=True, value_end=mention.value_end,
        )  # fmt: skip
    for m in scan.finditer(_WAN_AFTER_PASS, text):
        if m.start() >= end_at:
            break
        yield _finish(text, m.start(), m.end(), 10_000.0, None, None, False, True)
    for m in scan.finditer(_ZH_TENTHS, text):
        if m.start() >= end_at:
            break
        # "四成", "近八成", "五成以上": tenths in words (not 一成不变, 八成是 "probably")
        raw = m.group("n") or m.group("n1")
        n = 0.5 if raw == "半" else float(_ZH_DIGIT[raw])
        yield NumberMention(
            n * 10, None, m.start(), m.end(), "percent", None, word_form=True, value_end=m.end()
        )
    in_taken = _Cover(taken)
    for m in scan.finditer(ZH_NUMERAL_RE, text):
        if m.start() >= end_at:
            break
        raw = m.group(0)
        if not any(c in raw for c in "十百千万亿") or in_taken(m.start()):
            continue
        parsed = parse_chinese_numeral(raw)
        if parsed is None or parsed < 10:
            continue
        mention = _finish(text, m.start(), m.end(), parsed, None, None, False, True)
        yield NumberMention(
            mention.value,
            None,
            mention.start,
            mention.end,
            mention.unit,
            mention.count_noun,
            word_form=True,
            value_end=mention.value_end,
        )


def _finish(
    text: str,
    start: int,
    end: int,
    value: float,
    value_max: float | None,
    cur: str | None,
    pct: bool,
    zh: bool,
) -> NumberMention:
    unit = "percent" if pct else _currency(cur)
    pos = end
    if unit is None or unit in ("CNY", "USD"):
        found, after = _unit_after(text, end, zh or _is_cjk_next(text, end))
        if found and (unit is None or found in ("CNY", "USD")):
            unit = unit or found
            pos = after
        elif found:
            pos = after
    noun = _noun_after(text, pos)
    return NumberMention(float(value), value_max, start, max(end, pos), unit, noun, value_end=end)


def _is_cjk_next(text: str, pos: int) -> bool:
    return pos < len(text) and "\u4e00" <= text[pos] <= "\u9fff"


# Last, once every pattern above is defined: each behind a lookahead of its first characters
# (scan.py), so a pattern tried at a character it cannot start with fails at once.
scan.speed_up(globals())
