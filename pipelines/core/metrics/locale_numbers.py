"""Numbers as each language writes them, normalised to floats with offsets into the text.

"1.234,5" is 1234.5 in German and "81 302" is 81302 in French; "7,5 millones" is 7.5e6,
"1,5 Mrd. Euro" is 1.5e9 EUR, "32만9900위안" is 329900 CNY and "30万台" is 300000 vehicles.
The words (scales, currencies, units, percent, durations, specs, months, range connectors)
live in `data/lang/<lang>.yaml` under `numbers:`, so a new language is a data change.

Which separator groups thousands: a lone "." or "," followed by exactly three digits groups
thousands ("30.000", "81,302", "253.500 yuan"), whatever the language: writers do not give a
count of cars to three decimals, and Latin-American Spanish writes "81,302" where Spain writes
"81.302". Only before a scale word ("1,234 millones", "1.125 billion") is the group read as
decimals, by the text's own decimal mark: the one its unambiguous numbers use ("7,5", "197.7",
"1.234.567"), else the language's. A group ending in 0 ("20,600 millones") stays thousands:
nobody writes 20.6 as "20,600".

Spelled-out numbers in French, Spanish, Portuguese, Italian, German and Dutch ("doscientos
cuarenta mil", "zweihunderttausend") go to text2num, which parses them well.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from pipelines.core.metrics.languages import LANG_DIR
from pipelines.core.metrics.numbers import FOLD_TABLE, NumberMention
from pipelines.core.yamlio import load_mapping

# text2num's languages among ours; "en" too for English quoted inside another language.
TEXT2NUM_LANGS = ("fr", "es", "pt", "it", "de", "nl", "en")
MIN_WORD_VALUE = 10  # "tres meses", "un coche": small spelled numbers are never metric values

# One character in, one character out (offsets hold): the English/Chinese fold, and the
# characters other languages add (a wave dash in Japanese ranges, figure spaces, apostrophes).
_FOLD = {
    **FOLD_TABLE,
    **str.maketrans({"〜": "~", "\u2007": " ", "’": "'"}),
}


def fold(text: str) -> str:
    """Full-width digits and signs to ASCII, dashes to '-', odd spaces to ' ', same length."""
    return text.translate(_FOLD)


@dataclass(frozen=True)
class LocaleNumber:
    value: float
    value_max: float | None  # upper end of a range ("entre 100.000 y 120.000")
    start: int
    end: int  # end of the whole mention, unit word included
    value_end: int  # end of the numeral and its scale word, before a unit word
    unit: str | None  # vehicles, orders, people, km, percent, CNY, USD, EUR, ... or None
    scale: float  # the scale word's factor (1e6 for "millones"), 1.0 when none
    count_noun: str | None  # the word right after ("unidades", "件", "xe")
    word_form: bool = False  # spelled out ("doscientos mil"): weaker evidence than digits

    def to_mention(self) -> NumberMention:
        """The English/Chinese finder's record, so the extractor can take either."""
        return NumberMention(
            self.value,
            self.value_max,
            self.start,
            self.end,
            self.unit,
            self.count_noun,
            word_form=self.word_form,
            value_end=self.value_end,
        )


@dataclass(frozen=True)
class _Rules:
    lang: str
    decimal: str  # the language's decimal mark, "," or "."
    space_groups: bool  # "81 302" with a plain space (a no-break space counts everywhere)
    scales: list[tuple[str, float]]
    scale_re: re.Pattern[str] | None
    cjk: bool  # 万/億/兆 or 만/억/조 units glued to digits
    cjk_units: dict[str, float]
    unit_re: re.Pattern[str] | None  # unit words after the number, by group name
    prefix_re: re.Pattern[str]  # currency signs and codes before the number, "yüzde", "%"
    range_re: re.Pattern[str]
    between_re: re.Pattern[str] | None  # "entre", "zwischen": then "y", "und" join a range
    and_re: re.Pattern[str] | None
    skip_re: re.Pattern[str] | None  # durations, specs, dates after the number
    before_skip_re: re.Pattern[str] | None  # "tháng 7", "Mart 2024": a month before
    number_re: re.Pattern[str]
    scale_factor: dict[str, float]  # lower-cased scale word → factor
    cjk_piece_re: re.Pattern[str] | None  # "32만", "9천", "1兆"
    word_re: re.Pattern[str] | None  # a run of spelled-out number words, for text2num
    # "10 000e", "ke-10.000", "das 10.000.": (before, after) patterns of an ordinal, whose
    # figure is a milestone of the running total (a group "k" in after: "10-тысячный")
    ordinals: tuple[tuple[re.Pattern[str] | None, re.Pattern[str] | None], ...] = ()
    # "253.500 yuandan 329.900 yuana kadar": a range told "from ... up to", where the words
    # after the first figure join only with the "up to" words after the second
    from_re: re.Pattern[str] | None = None
    # scale letters read in the case written, which may follow a space ("28.300 M")
    cased_scales: frozenset[str] = frozenset()
    until_re: re.Pattern[str] | None = None
    # "eine halbe Million", "полмиллиарда", "yarım milyon": a fraction of a scale in words
    # (`half_words`: pattern → value), one figure
    half_words: tuple[tuple[re.Pattern[str], float], ...] = ()
    # a month's name after a number ("28 de marzo"): a date only when the number can be a day
    # ("frente a 69.697 de octubre a diciembre" is a figure of those months)
    month_after_re: re.Pattern[str] | None = None
    # a move told "von 400 auf 360 Tsd." (`move_from` before the first figure, `move_to`
    # between): the words of a change of level that is no range (`_scale_of_next`)
    move_from_re: re.Pattern[str] | None = None
    move_to_re: re.Pattern[str] | None = None
    # "253 bin 500 yuan", "1 milyon 200 bin": smaller pieces after a scale word add up
    scale_compounds: bool = False


_UNIT_GROUPS = ("points", "percent", "CNY", "USD", "EUR", "JPY", "KRW", "BRL", "IDR", "VND", "TRY",
                "PLN", "RUB", "HKD", "GBP", "vehicles", "orders", "people", "km")  # fmt: skip

_PREFIX_CURRENCY = {
    "US$": "USD", "USD": "USD", "$": "USD", "R$": "BRL", "€": "EUR", "EUR": "EUR",
    "¥": "CNY", "￥": "CNY", "RMB": "CNY", "CNY": "CNY", "HK$": "HKD", "£": "GBP", "Rp": "IDR",
    "₩": "KRW", "₫": "VND", "₺": "TRY", "₽": "RUB",
}  # fmt: skip
_PREFIX = r"(?:(?P<cur>US\$|HK\$|R\$|USD|EUR|RMB|CNY|Rp\.?|[$€¥￥£₩₫₺₽])\s?|(?P<ppct>%|yüzde\s))"

# Generic digits: grouped thousands with one separator kind, optional decimals, or plain.
_GROUPED = r"\d{1,3}(?:(?P<sep>[.,' ])\d{3})(?:(?P=sep)\d{3})*(?:[.,]\d+)?"
_PLAIN = r"\d+(?:[.,]\d+)?"
_NUM = r"(?:" + _GROUPED + r"|" + _PLAIN + r")"

_DATE_RE = re.compile(
    r"(?<![\d.,])(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d{2}|(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2}"
    r"|(?:19|20)\d{2}-(?:0?[1-9]|1[0-2])|\d{1,2}/\d{1,2})(?![\d])"  # "2024-07": a month
)


# a number that can be a day of a month
_DAY_NUMBER = re.compile(r"0?[1-9]|[12]\d|3[01]")
# what a month word before a number makes a date: a day or month number, or a year
_DAY_OR_YEAR = re.compile(r"\d{1,2}|(?:19|20)\d{2}")


def _alt(words: list[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=32)
def lang_data(lang: str) -> dict[str, Any]:
    """The YAML of one language (cues, statuses, periods, numbers); {} when there is none."""
    path = resources.files("pipelines.core.metrics") / LANG_DIR / f"{lang}.yaml"
    if not path.is_file():
        return {}
    data = load_mapping(path.read_text(encoding="utf-8"), f"{lang}.yaml")
    return data


# For a language without a YAML (English quoted in a feed of another language, or a language
# we do not support yet): digits, signs and English words only.
DEFAULT_NUMBERS: dict[str, Any] = {
    "decimal": ".",
    "space_groups": False,
    "scales": {"thousand": 1e3, "million": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9,
               "trillion": 1e12, "k": 1e3},
    "units": {
        "percent": ["per ?cent", "%"],
        "CNY": ["yuan", "renminbi", "RMB", "CNY"],
        "USD": ["(?:US )?dollars?", "USD"],
        "EUR": ["euros?", "EUR"],
        "vehicles": ["units?", "vehicles?", "cars?", "EVs?", "sedans?", "SUVs?"],
        "orders": ["(?:locked[- ]in |firm |pre-?)?orders?", "reservations?", "bookings?"],
        "people": ["people", "employees", "staff", "engineers", "workers"],
        "km": ["kilometres?", "kilometers?", "km"],
    },
    "words": ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
              "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty",
              "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion"],
    "word_joiners": ["and"],
    "unit_joiner": r"(?:of\s+)?",
    "range_words": ["to"],
    "between_words": ["between"],
    "between_connectors": ["and"],
    "skip_after": ["(?:January|February|March|April|May|June|July|August|September|October|"
                   "November|December)\\b", "minutes?", "hours?", "days?", "weeks?", "months?",
                   "years?", "seconds?", "kwh", "kw", "hp", "km/h", "mph", "mm", "kg", "v\\b",
                   "inch(?:es)?", "s\\b", "times", "st\\b", "nd\\b", "rd\\b", "th\\b"],
    "skip_before": ["(?:January|February|March|April|May|June|July|August|September|October|"
                    "November|December)"],
}  # fmt: skip


@lru_cache(maxsize=32)
def rules_for(lang: str) -> _Rules:
    """Compiled number rules of `lang`; languages without a YAML get DEFAULT_NUMBERS."""
    spec: dict[str, Any] = lang_data(lang).get("numbers") or DEFAULT_NUMBERS
    cjk_units = {str(k): float(v) for k, v in (spec.get("cjk_units") or {}).items()}
    scales = sorted(
        ((str(k), float(v)) for k, v in (spec.get("scales") or {}).items()),
        key=lambda kv: len(kv[0]),
        reverse=True,
    )
    # scale letters read only in the case written: Spanish "28.300 M de yuanes" (millones),
    # not "5 m" (metres)
    cased = sorted(((str(k), float(v)) for k, v in (spec.get("scales_cased") or {}).items()))
    scale_re = None
    if scales:
        # a scale word may follow a space; "k" and "M" must be glued ("75k", "2M€"); a case
        # ending may be glued to it (Turkish "40 binden fazla", "400 bini aştı": `scale_suffix`)
        suffix = spec.get("scale_suffix")
        scale_re = re.compile(
            r"\s?(?P<scale>"
            + _alt([re.escape(w) for w, _ in scales])
            + "".join(f"|(?-i:{re.escape(w)})" for w, _ in cased)
            + r")"
            + (f"(?:{suffix})?" if suffix else "")
            + r"(?![^\W\d_])",
            re.IGNORECASE,
        )
    units: dict[str, list[str]] = {k: list(v) for k, v in (spec.get("units") or {}).items()}
    unknown = set(units) - set(_UNIT_GROUPS)
    if unknown:
        raise ValueError(f"{lang}.yaml: unknown unit(s) {sorted(unknown)}")
    unit_re = None
    if units:
        joiner = spec.get("unit_joiner") or r"(?:de\s+|d'|di\s+|of\s+)?"
        parts = [f"(?P<{name}>{_alt(words)})" for name, words in units.items() if words]
        unit_re = re.compile(
            r"\s*"
            + joiner
            + r"(?:"
            + "|".join(parts)
            + r")"
            + ("" if cjk_units else r"(?![^\W\d_])"),
            re.IGNORECASE,
        )
    connectors = [r"-", r"~", *map(str, spec.get("range_words") or [])]
    range_re = re.compile(r"\s*(?:" + "|".join(connectors) + r")\s*", re.IGNORECASE)
    between = list(map(str, spec.get("between_words") or []))
    ands = list(map(str, spec.get("between_connectors") or []))
    skip = list(map(str, spec.get("skip_after") or []))
    skip_re = (
        re.compile(
            r"\s*(?:" + "|".join(skip) + r")" + ("" if cjk_units else r"(?![^\W\d_])"),
            re.IGNORECASE,
        )
        if skip
        else None
    )
    months = [str(m) for m in ((lang_data(lang).get("periods") or {}).get("months") or {})]
    month_after_re = (
        re.compile(r"\s*(?:[^\W\d_]{1,3}\s+)?(?:" + _alt(months) + r")", re.IGNORECASE)
        if months
        else None
    )
    before = list(map(str, spec.get("skip_before") or []))
    before_re = (
        re.compile(r"(?:^|(?<![^\W\d_]))(?:" + "|".join(before) + r")\s*$", re.IGNORECASE)
        if before
        else None
    )
    space_groups = bool(spec.get("space_groups", False))
    words = list(map(str, spec.get("words") or []))
    joiners = list(map(str, spec.get("word_joiners") or []))
    word = r"(?:" + "|".join(words) + r")+" if words else ""
    word_re = (
        re.compile(
            r"(?<![^\W\d_])"
            + word
            + r"(?:(?:[\s-]+(?:"
            + "|".join([*joiners, "-"])
            + r"))?[\s-]+"
            + word
            + r")*"
            + r"(?![^\W\d_])",
            re.IGNORECASE,
        )
        if words
        else None
    )
    return _Rules(
        lang=lang,
        decimal=str(spec.get("decimal", ".")),
        space_groups=space_groups,
        scales=scales,
        scale_re=scale_re,
        cjk=bool(cjk_units),
        cjk_units=cjk_units,
        unit_re=unit_re,
        prefix_re=re.compile(_PREFIX + r"$"),
        range_re=range_re,
        between_re=re.compile(r"(?<![^\W\d_])(?:" + "|".join(between) + r")\s+$", re.IGNORECASE)
        if between
        else None,
        and_re=re.compile(r"\s+(?:" + "|".join(ands) + r")\s+", re.IGNORECASE) if ands else None,
        skip_re=skip_re,
        month_after_re=month_after_re,
        before_skip_re=before_re,
        number_re=_number_re(space_groups, bool(cjk_units)),
        scale_factor={w.lower(): f for w, f in [*scales, *cased]},
        cased_scales=frozenset(w for w, _ in cased),
        cjk_piece_re=re.compile(
            r"(?P<n>\d+(?:[.,]\d+)?)?(?P<u>" + _alt([re.escape(u) for u in cjk_units]) + r")"
        )
        if cjk_units
        else None,
        word_re=word_re,
        ordinals=tuple(_ordinal(o) for o in spec.get("ordinal") or []),
        from_re=_alt_re(spec.get("range_from")),
        until_re=_alt_re(spec.get("range_until")),
        move_from_re=re.compile(
            r"(?<![^\W\d_])(?:" + _alt(list(map(str, spec["move_from"]))) + r")\s+$", re.I
        )
        if spec.get("move_from")
        else None,
        move_to_re=re.compile(r"\s*(?:" + _alt(list(map(str, spec["move_to"]))) + r")\s*", re.I)
        if spec.get("move_to")
        else None,
        scale_compounds=bool(spec.get("scale_compounds", False)),
        half_words=tuple(
            (re.compile(r"(?<![^\W\d_])(?:" + str(w) + r")(?![^\W\d_])", re.IGNORECASE), float(v))
            for w, v in (spec.get("half_words") or {}).items()
        ),
    )


def _ordinal(entry: Any) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """An `ordinal` entry of a language's numbers: a pattern right after the digits, or a
    mapping with `before` (ending right before them) and/or `after`."""
    if isinstance(entry, str):
        entry = {"after": entry}
    before, after = entry.get("before"), entry.get("after")
    return (
        re.compile(r"(?<![^\W\d_])(?:" + str(before) + r")$", re.IGNORECASE) if before else None,
        re.compile(str(after), re.IGNORECASE) if after else None,
    )


# A numeric token ("7,5", "1.234.567", "13/6", "2024-04-25"), then what it says about the
# decimal mark: "7,5", "1.234,5" or "1.234.567" mean a comma; the mirror images a dot. Scanning
# tokens that start with a digit is ten times faster than one regex with lookbehinds.
_TOKEN_RE = re.compile(r"\d[\d.,/-]*")
_COMMA_RE = re.compile(r"\d+,\d{1,2}|\d{1,3}(?:\.\d{3})*\.\d{3},\d+|\d{1,3}(?:\.\d{3}){2,}")
_DOT_RE = re.compile(r"\d+\.\d{1,2}|\d{1,3}(?:,\d{3})*,\d{3}\.\d+|\d{1,3}(?:,\d{3}){2,}")


def _scan(folded: str) -> tuple[int, int, list[tuple[int, int]]]:
    """Comma-decimal and dot-decimal evidence, and the spans of numeric dates."""
    comma = dot = 0
    dates = []
    for m in _TOKEN_RE.finditer(folded):
        tok = m.group(0).rstrip(".,-/")
        if len(tok) < 3:
            continue
        if _DATE_RE.fullmatch(tok):
            dates.append((m.start(), m.start() + len(tok)))
        elif _COMMA_RE.fullmatch(tok):
            comma += 1
        elif _DOT_RE.fullmatch(tok):
            dot += 1
    return comma, dot, dates


def decimal_mark(text: str, lang: str) -> str:
    """The decimal mark `text` uses, from its unambiguous numbers, else the language's."""
    comma, dot, _ = _scan(fold(text))
    return _mark(comma, dot, lang)


def _mark(comma: int, dot: int, lang: str) -> str:
    if comma > dot:
        return ","
    if dot > comma:
        return "."
    return rules_for(lang).decimal


def parse_number(raw: str, decimal: str, before_scale: bool = False) -> float:
    """'1.234,5' → 1234.5, '81 302' → 81302, "1'000" → 1000, '30.000' → 30000, '3.5' → 3.5;
    before a scale word, a lone three-digit group after the text's decimal mark is decimals
    ('1,234 millones' with ',' as decimal mark → 1.234)."""
    s = raw.replace(" ", "").replace("'", "")
    dots, commas = s.count("."), s.count(",")
    if dots and commas:
        dec = "," if s.rfind(",") > s.rfind(".") else "."
        thou = "." if dec == "," else ","
        return float(s.replace(thou, "").replace(dec, "."))
    sep = "." if dots else "," if commas else ""
    if not sep:
        return float(s)
    if s.count(sep) > 1:
        return float(s.replace(sep, ""))
    head, tail = s.split(sep)
    if len(tail) == 3 and len(head) <= 3 and head != "0":
        decimals = before_scale and sep == decimal and not tail.endswith("0")
        return float(f"{head}.{tail}") if decimals else float(head + tail)
    return float(f"{head}.{tail}")


def _number_re(space_groups: bool, cjk: bool) -> re.Pattern[str]:
    grouped = _GROUPED if space_groups else _GROUPED.replace("[.,' ]", "[.,']")
    num = r"(?:" + grouped + r"|" + _PLAIN + r")"
    # What may stand before the number is checked in _glued_before: a pattern that opens with
    # lookbehinds cannot skip ahead to the next digit, and was the slowest part of a scan.
    return re.compile(num + r"(?![\d])(?!,\d)(?!\.\d)")


def _glued_before(text: str, pos: int, cjk: bool) -> bool:
    """A number glued to what precedes it is part of something else: "SU7", "v2.5", "1.2.3".
    Latin and Cyrillic: any letter, except a currency ("Rp486"); Japanese and Korean glue
    numbers to kana and hangul ("が4万件"), so there only ASCII letters count."""
    if pos == 0:
        return False
    prev = text[pos - 1]
    if prev.isdigit() or prev in ".,_":
        return True
    if cjk:
        return prev.isascii() and prev.isalpha()
    return prev.isalpha() and text[max(0, pos - 2) : pos] != "Rp"


_PRODUCT_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:Xiaomi|Redmi|POCO|Mi|iPhone|Galaxy(?:\s[A-Z])?|Model|Snapdragon|HyperOS"
    r"|Dimensity|Android|iOS|Pad|Watch|Band)\s?$"
)
_GAP_RE = re.compile(r" ?(?=\d)")
_TAIL_RE = re.compile(r" ?(\d+)(?![\d.,])")
# a counter or currency word right after the last section ("대", "명", "원", "台"), not a year
_COUNTER_AFTER = re.compile(r"\s?(?![년年])[\uac00-\ud7af\u4e00-\u9fff]")


def _cjk_value(text: str, pos: int, rules: _Rules, decimal: str) -> tuple[float, int] | None:
    """'32만9900' → 329900, '28만 9천' → 289000, '1兆2000億' → 1.2e12, '5천만' → 5e7,
    '30万' → 300000, starting at `pos`; None when no unit follows the digits."""
    piece = rules.cjk_piece_re
    if piece is None:
        return None
    total = 0.0
    section = 0.0
    i = pos
    matched = False
    last_big = float("inf")
    while True:
        m = piece.match(text, i)
        if not m or (not m.group("n") and not section):
            break
        n = parse_number(m.group("n"), decimal) if m.group("n") else 1.0
        factor = rules.cjk_units[m.group("u")]
        if factor >= 1e4:
            if factor >= last_big:
                break
            total += (section + n if m.group("n") else section or 1.0) * factor
            section = 0.0
            last_big = factor
        else:
            section += n * factor
        matched = True
        i = m.end()
        gap = _GAP_RE.match(text, i)
        if gap:
            nxt = piece.match(text, gap.end())
            if nxt and rules.cjk_units[nxt.group("u")] < last_big:
                i = gap.end()
                continue
            tail = _TAIL_RE.match(text, i)
            if (
                tail
                and last_big < float("inf")
                and len(tail.group(1)) <= 4
                and (gap.end() == i or _COUNTER_AFTER.match(text, tail.end()))
            ):
                # "32만9900", "13만 5000대": the last section has no unit (a space before it
                # only when a counter follows: "4만 2000년" is a year)
                section += float(tail.group(1))
                i = tail.end()
            break
    if not matched:
        return None
    return total + section, i


def find_locale_numbers(text: str, lang: str, decimal: str | None = None) -> list[LocaleNumber]:
    """Quantities stated in `text` (any text; folded here), in order. Dates, years, durations,
    specs and model codes ("SU7") are left out. `decimal` overrides the text's decimal mark
    (pass the article's when calling sentence by sentence)."""
    rules = rules_for(lang)
    folded = fold(text)
    comma, dot, dates = _scan(folded)
    mark = decimal or _mark(comma, dot, lang)
    out: list[LocaleNumber] = []
    pos = 0
    for m in rules.number_re.finditer(folded):
        if m.start() < pos or any(s <= m.start() < e for s, e in dates):
            continue
        if _glued_before(folded, m.start(), rules.cjk):
            # "voor de YU7 240.000 bestellingen" where digits are grouped with spaces: the
            # pattern took "7 240.000"; the model code's digit is not a group of the figure
            gap = folded.find(" ", m.start(), m.end())
            again = rules.number_re.match(folded, gap + 1) if 0 < gap - m.start() <= 2 else None
            if again is None or again.end() != m.end():
                continue
            m = again
        first = _read_one(folded, m, rules, mark)
        if first is None:
            pos = m.end()
            continue
        mention, after = first
        rng = _range_after(folded, mention, after, rules, mark)
        if rng is not None:
            mention, after = rng
        elif mention is not None:
            mention = _scale_of_next(folded, mention, rules, mark)
        if mention is None:
            pos = after
            continue
        out.append(mention)
        pos = after
    if rules.from_re is not None:
        out = _from_takes_unit(folded, out, rules.from_re)
    if rules.half_words:
        out.extend(_half_words(folded, rules, [(n.start, n.end) for n in out]))
        out.sort(key=lambda n: n.start)
    if lang in TEXT2NUM_LANGS and rules.word_re is not None:
        out.extend(_spelled(folded, lang, rules, [(n.start, n.end) for n in out]))
        out.sort(key=lambda n: n.start)
    return out


def _from_takes_unit(
    text: str, found: list[LocaleNumber], from_re: re.Pattern[str]
) -> list[LocaleNumber]:
    """A bare figure told as where a change started, right before the figure it went to
    ("150.000'den 300.000 araca yükseldi", data `range_from`): the same unit as that one (a
    year, "2021'den 135.000 araç", is no figure of it)."""
    out = list(found)
    for k in range(len(out) - 1):
        cur, nxt = out[k], out[k + 1]
        if (
            cur.unit is None
            and nxt.unit is not None
            and cur.value_max is None
            and not (cur.scale == 1.0 and 1900 <= cur.value <= 2100)
            and (cm := from_re.match(text, cur.end)) is not None
            and cm.end() == nxt.start
        ):
            out[k] = dataclasses.replace(cur, unit=nxt.unit)
    return out


def _half_words(text: str, rules: _Rules, taken: list[tuple[int, int]]) -> list[LocaleNumber]:
    """ "un demi-million de voitures", "nửa triệu xe": half (or a quarter) of a scale, spelled,
    with the unit word after it, as English "half a million"."""
    out: list[LocaleNumber] = []
    for pattern, value in rules.half_words:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            um = rules.unit_re.match(text, m.end()) if rules.unit_re else None
            unit, end_all = (um.lastgroup, um.end()) if um else (None, m.end())
            out.append(
                LocaleNumber(
                    value, None, m.start(), end_all, m.end(), unit, value,
                    _noun_after(text, end_all), word_form=True,
                )
            )  # fmt: skip
            taken.append((m.start(), end_all))
    return out


def has_half_words(text: str, lang: str) -> bool:
    """A figure with no digit ("eine halbe Million", "nửa triệu"; data `half_words`): the
    sentence is read even though it has no numeral."""
    folded = fold(text)
    return any(p.search(folded) for p, _ in rules_for(lang).half_words)


def find_locale_mentions(text: str, lang: str, decimal: str | None = None) -> list[NumberMention]:
    """`find_locale_numbers` as the extractor's NumberMention records."""
    return [n.to_mention() for n in find_locale_numbers(text, lang, decimal)]


def _read_one(
    text: str, m: re.Match[str], rules: _Rules, mark: str
) -> tuple[LocaleNumber | None, int] | None:
    """The mention that starts with the digits of `m`: prefix, scale, unit; (None, end) when
    it is a date, a year, a duration or a spec."""
    start, end = m.start(), m.end()
    raw = m.group(0)
    head = text[max(0, start - 12) : start]
    prefix = rules.prefix_re.search(head)
    cur = pct = None
    if prefix:
        start -= len(prefix.group(0))
        cur = _PREFIX_CURRENCY.get(prefix.group("cur").rstrip(".")) if prefix.group("cur") else None
        pct = "percent" if prefix.group("ppct") else None
    elif (
        rules.before_skip_re
        and _DAY_OR_YEAR.fullmatch(raw)
        and rules.before_skip_re.search(text[max(0, start - 24) : start])
        # "в октябре 40 тысяч машин": a scale word after it makes it no day
        and not (rules.scale_re is not None and rules.scale_re.match(text, end))
    ):
        # "tháng 7", "Mart 2024", "junio de 2024"; not "im September 40.000 Autos"
        return None, end
    scale = 1.0
    value_end = end
    if rules.cjk:
        got = _cjk_value(text, m.start(), rules, mark)
        if got is not None:
            value, value_end = got
            scale = value / max(parse_number(raw, mark), 1e-9)
        else:
            value = parse_number(raw, mark)
    else:
        sm = rules.scale_re.match(text, end) if rules.scale_re else None
        # a one-letter scale is glued ("75k"), unless a capital one read in its case
        # (`scales_cased`: "28.300 M de yuanes")
        if sm and not (
            len(sm.group("scale")) == 1
            and sm.group(0)[:1].isspace()
            and sm.group("scale") not in rules.cased_scales
        ):
            scale = rules.scale_factor[sm.group("scale").lower()]
            value = parse_number(raw, mark, before_scale=True) * scale
            value_end = sm.end()
            if rules.scale_compounds and raw.isdigit():
                tail = _compound_tail(text, value_end, rules, scale)
                if tail is not None:
                    value += tail[0]
                    value_end = tail[1]
        else:
            value = parse_number(raw, mark)
    after = text[value_end : value_end + 40]
    unit = cur or pct
    if unit is None and scale * parse_number(raw, mark) >= 1 and rules.ordinals:
        nth = _ordinal_at(text, start, value_end, rules)
        if nth is not None:
            # "sa 10 000e SU7", "SU7 yang ke-10.000", "10-тысячный": the running total's
            # milestone, as English "its 10,000th car" (a vehicle, count noun "th")
            factor, nth_start, nth_end = nth
            if value * factor >= 1000:
                milestone = LocaleNumber(
                    value * factor,
                    None,
                    nth_start,
                    nth_end,
                    value_end,
                    "vehicles",
                    scale * factor,
                    "th",
                )
                return milestone, nth_end
    um = rules.unit_re.match(text, value_end) if rules.unit_re else None
    end_all = value_end
    if um and um.lastgroup == "km" and text[um.end() : um.end() + 1] == "/":
        return None, um.end()  # "265 km/h": a speed
    if um:
        found = um.lastgroup
        if unit is None or (unit == found):
            unit = found
        end_all = um.end()
    elif re.match(r"\s?%", after):
        unit = unit or "percent"
        end_all = value_end + len(re.match(r"\s?%", after).group(0))  # type: ignore[union-attr]
    if (
        unit is None
        and rules.skip_re
        and rules.skip_re.match(text, value_end)
        and not (
            rules.month_after_re is not None
            and rules.month_after_re.match(text, value_end)
            and not _DAY_NUMBER.fullmatch(raw)
        )
    ):
        return None, value_end  # "24 horas", "495 kW", "28 de marzo" (not "69.697 de octubre")
    glued = re.match(r"[^\W\d_]", text[value_end : value_end + 1])
    if unit is None and glued and not rules.cjk and scale == 1.0:
        return None, value_end  # glued letters: "800V", "5G", "2nd"
    if (
        unit is None
        and scale == 1.0
        and re.fullmatch(r"(?:19|20)\d{2}", raw)
        and not re.match(r"\s*(?:[-~]|$)", text[value_end : value_end + 2])
    ):
        return None, value_end  # a year: "en 2024", "2025年"
    if (
        unit is None
        and scale == 1.0
        and re.fullmatch(r"\d{1,4}", raw)
        and _PRODUCT_BEFORE.search(text, max(0, start - 16), start)
    ):
        return None, value_end  # a product name: "Xiaomi 15 Ultra", "Snapdragon 8295"
    noun = _noun_after(text, end_all)
    return (
        LocaleNumber(float(value), None, start, end_all, value_end, unit, scale, noun),
        end_all,
    )


_TAIL_DIGITS = re.compile(r"\s+(\d{1,3})(?!\d|[.,]\d)")  # "51," or "796." may end it


def _compound_tail(text: str, pos: int, rules: _Rules, scale: float) -> tuple[float, int] | None:
    """The smaller piece after a scale word ("253 bin 500 yuan", "52 bin 318 araç", "1 milyon
    200 bin"; data `scale_compounds`): its value and end, or None. A bare piece joins unless
    a duration, date or spec word follows it ("10 bin 5 dakikada": two figures; "88 bin 898
    kesin sipariş": one), a piece with a scale must be a smaller one."""
    m = _TAIL_DIGITS.match(text, pos)
    if m is None:
        return None
    n = float(m.group(1))
    end = m.end()
    sm = rules.scale_re.match(text, end) if rules.scale_re else None
    if sm is not None and not sm.group(0)[:1].isspace() and len(sm.group("scale")) == 1:
        sm = None
    if sm is not None:
        factor = rules.scale_factor.get(sm.group("scale").lower(), 0.0)
        if not 1.0 < factor < scale or n * factor >= scale:
            return None
        return n * factor, sm.end()
    um = rules.unit_re.match(text, end) if rules.unit_re else None
    if n >= scale or (um is not None and um.lastgroup in ("percent", "points", "km")):
        return None
    if um is None and (
        (rules.skip_re is not None and rules.skip_re.match(text, end))
        or re.match(r"\s?%", text[end : end + 2])
    ):
        return None  # "40 bin 15 günde": a duration, a date or a spec of its own
    return n, end


def _ordinal_at(
    text: str, start: int, value_end: int, rules: _Rules
) -> tuple[float, int, int] | None:
    """The factor ("тысячный": 1000), start and end of an ordinal around the digits, or
    None. A word before the digits is part of the mention ("ke-10.000": not a hyphenated
    code)."""
    head_start = max(0, start - 16)
    for before, after in rules.ordinals:
        lead = before.search(text[head_start:start]) if before is not None else None
        if before is not None and lead is None:
            continue
        first = head_start + lead.start() if lead is not None else start
        if after is None:
            return 1.0, first, value_end
        m = after.match(text, value_end)
        if m is not None:
            k = "k" in m.re.groupindex and m.group("k")
            return (1000.0 if k else 1.0), first, m.end()
    return None


def _alt_re(words: Any) -> re.Pattern[str] | None:
    return re.compile("|".join(f"(?:{w})" for w in words), re.IGNORECASE) if words else None


def _range_after(
    text: str, first: LocaleNumber | None, pos: int, rules: _Rules, mark: str
) -> tuple[LocaleNumber | None, int] | None:
    """'100.000 y 120.000' after 'entre', '7만~8만대', '400.000 ile 500.000', '253.500
    yuandan 329.900 yuana kadar': one mention."""
    if first is None:
        return None
    cm = rules.range_re.match(text, first.end)
    opener, joiner = rules.between_re, rules.and_re
    if not cm and opener and joiner and opener.search(text[max(0, first.start - 16) : first.start]):
        cm = joiner.match(text, first.end)  # "entre 100.000 y 120.000"
    until = None
    if not cm and rules.from_re is not None and rules.until_re is not None:
        cm, until = rules.from_re.match(text, first.end), rules.until_re
    if not cm:
        return None
    nm = rules.number_re.match(text, cm.end())
    if not nm or _glued_before(text, nm.start(), rules.cjk):
        return None
    second = _read_one(text, nm, rules, mark)
    if second is None:
        return None
    hi, end = second
    if until is not None and (hi is None or not until.match(text, hi.end)):
        return None  # "2021'den 135.000": a start, no range unless "kadar" closes it
    if first.value == 0 and first.unit is None:
        return None, end  # "0 a 100 km/h", "0-100": a sprint, not a quantity
    if hi is None:
        return (None, end) if first.unit is None else None  # "4~6月": a span of months
    lo_value = first.value
    if first.scale == 1.0 and hi.scale != 1.0:
        lo_value = first.value * hi.scale  # "7만~8만대" is handled by cjk; "40-50 millones"
    if hi.value <= lo_value or (1900 <= lo_value <= 2100 and 1900 <= hi.value <= 2100):
        return None
    if first.unit and hi.unit and first.unit != hi.unit:
        return None
    return (
        LocaleNumber(
            lo_value,
            hi.value,
            first.start,
            hi.end,
            hi.value_end,
            hi.unit or first.unit,
            hi.scale,
            hi.count_noun,
        ),
        end,
    )


def _scale_of_next(text: str, first: LocaleNumber, rules: _Rules, mark: str) -> LocaleNumber:
    """A move down told with one scale word, after the second figure ("снижен с 400 до 360
    тыс.", "z 400 do 360 tys.", "с 21,3 до 18,1 млрд юаней"): the first figure is in that
    scale and unit too, as in a range going up ("с 300 до 350 тыс.", `_range_after`). Only
    with a word between them (a dash may be a score or a span), and only when the move is
    less than tenfold read that way. A move told with no range word ("von 400 auf 360 Tsd.",
    "von 300 auf 350 Tsd.": data `move_from`, `move_to`) goes either way."""
    if (
        first.scale != 1.0
        or first.unit is not None
        or first.value_max is not None
        or 1900 <= first.value <= 2100
    ):
        return first
    cm = rules.range_re.match(text, first.end)
    moved = False
    if (
        (cm is None or not re.search(r"[^\W\d_]", cm.group(0)))
        and rules.move_to_re is not None
        and rules.move_from_re is not None
        and rules.move_from_re.search(text[max(0, first.start - 16) : first.start])
    ):
        cm = rules.move_to_re.match(text, first.end)
        moved = cm is not None
    if cm is None or not re.search(r"[^\W\d_]", cm.group(0)):
        return first
    nm = rules.number_re.match(text, cm.end())
    if nm is None or _glued_before(text, nm.start(), rules.cjk):
        return first
    second = _read_one(text, nm, rules, mark)
    hi = second[0] if second is not None else None
    if hi is None or hi.scale == 1.0 or hi.value_max is not None:
        return first
    value = first.value * hi.scale
    if moved and value != hi.value and hi.value <= 10 * value and value <= 10 * hi.value:
        pass
    elif not hi.value < value <= 10 * hi.value:
        return first
    return dataclasses.replace(first, value=value, unit=hi.unit, scale=hi.scale)


# (past a Turkish case ending and its bound: "700'den fazla robot" counts robots)
_NOUN_RE = re.compile(
    r"(?:['’][^\W\d_]{1,4}\s+(?:fazla|aşkın)\s+)?\s*(?:[-‐]\s*)?(?P<n>[^\W\d_][^\W\d_'-]{0,24})"
)
_CJK_NOUN_RE = re.compile(r"\s*(?P<n>[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af])")


def _noun_after(text: str, pos: int) -> str | None:
    m = _CJK_NOUN_RE.match(text, pos) or _NOUN_RE.match(text, pos)
    return m.group("n").lower() if m else None


class _Tok:
    """A token for text2num's find_numbers (its Token protocol)."""

    __slots__ = ("t",)

    def __init__(self, t: str) -> None:
        self.t = t

    def text(self) -> str:
        return self.t

    def nt_separated(self, previous: _Tok) -> bool:
        return False

    def not_a_number_part(self) -> bool:
        return False


_WORD_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+|[^\w\s]")


def _spelled(
    text: str, lang: str, rules: _Rules, taken: list[tuple[int, int]]
) -> list[LocaleNumber]:
    """Spelled-out numbers ("doscientos mil pedidos") by text2num, outside digit mentions."""
    from text_to_num import find_numbers as t2n_find

    scale_words = set(rules.scale_factor)
    out: list[LocaleNumber] = []
    assert rules.word_re is not None
    for run in rules.word_re.finditer(text):
        if run.end() - run.start() <= 4 or any(s < run.end() and run.start() < e for s, e in taken):
            continue  # "un", "una", "und", "een", "drei": below MIN_WORD_VALUE or not a number
        out.extend(_spelled_run(text, run.start(), run.end(), lang, rules, scale_words, t2n_find))
    return out


def _spelled_run(
    text: str, start0: int, end0: int, lang: str, rules: _Rules, scale_words: set[str], t2n: Any
) -> list[LocaleNumber]:
    """text2num on one run of number words (whole text is ten times slower)."""
    toks = [(m.group(0), m.start(), m.end()) for m in _WORD_TOKEN.finditer(text, start0, end0)]
    out: list[LocaleNumber] = []
    for occ in t2n([_Tok(t) for t, _, _ in toks], lang):
        words = toks[occ.start : occ.end]
        start, end = words[0][1], words[-1][2]
        if all(w.lower() in scale_words or w.isdigit() for w, _, _ in words):
            continue  # "millones" alone, or digits with a scale: the digit path reads those
        if occ.is_ordinal or occ.value < MIN_WORD_VALUE:
            continue
        unit = None
        end_all = end
        um = rules.unit_re.match(text, end) if rules.unit_re else None
        if um:
            unit, end_all = um.lastgroup, um.end()
        elif rules.skip_re and rules.skip_re.match(text, end):
            continue  # "veinticuatro horas"
        out.append(
            LocaleNumber(
                float(occ.value), None, start, end_all, end, unit, 1.0,
                _noun_after(text, end_all), word_form=True,
            )
        )  # fmt: skip
    return out
