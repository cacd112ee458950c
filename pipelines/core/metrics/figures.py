"""The figures of a sentence: the numbers found in it, less those that are no metric's figure
(years, dates, durations, model names, stock codes).

Apart because finding a sentence's candidate figures comes before any cue is read, and its
rules are about the number's own shape, not the words that give it a metric.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from itertools import islice

from pipelines.core.metrics import scan
from pipelines.core.metrics.kinds import MAX_NUMBERS_PER_SENTENCE, MONEY_UNITS
from pipelines.core.metrics.lexicon import ExtractorConfig
from pipelines.core.metrics.locale_numbers import find_locale_mentions
from pipelines.core.metrics.numbers import NumberMention, find_numbers
from pipelines.core.metrics.patterns import _YEAR_RE
from pipelines.core.metrics.periods import DOTTED_RANGE_RE, en_dates


def _numbers(cfg: ExtractorConfig, text: str, decimal: str | None = None) -> list[NumberMention]:
    """Number mentions that can be quantities: no dates, years, model numbers or time spans.
    Only the first MAX_NUMBERS_PER_SENTENCE are returned, the only ones the sentence reads."""
    if cfg.lang not in ("en", "zh"):
        return _elided_currency(
            text, _plausible(cfg, text, find_locale_mentions(text, cfg.lang, decimal), [])
        )
    dates = [(s, e) for s, e, _ in en_dates(text, dt.date(2000, 1, 1), True)]
    if "月" in text or "年" in text:  # what each of the two forms must contain
        dates += [(m.start(), m.end()) for m in _ZH_DATE_OR_YEAR.finditer(text)]
    if "." in text:  # a week's days in brackets, "（12.1-12.7）": no figures
        dates += [(m.start(), m.end()) for m in DOTTED_RANGE_RE.finditer(text)]
    # a run of figures ("1,234, 5,678, ..." or digits and 万): the first plausible ones are
    # among the mentions that start before the (2 × cap)-th run of numerals, else before the
    # (4 × cap)-th, ...; when they are not, the whole sentence is read (the same mentions
    # either way, see find_numbers), and all the tries cost at most twice that
    cap = MAX_NUMBERS_PER_SENTENCE
    runs = [m.start() for m in islice(_NUMERAL_RUN.finditer(text), 16 * cap + 1)]
    for count in (2 * cap, 4 * cap, 8 * cap, 16 * cap):
        if len(runs) > count:
            first = _plausible(cfg, text, list(find_numbers(text, runs[count])), dates)
            if len(first) >= MAX_NUMBERS_PER_SENTENCE:
                return first
    return _plausible(cfg, text, list(find_numbers(text)), dates)


def _elided_currency(text: str, nums: list[NumberMention]) -> list[NumberMention]:
    """ "odmiana Pro – 259,9 tys., a Max – 303,9 tys. juanów", "Za wersję Pro trzeba zapłacić
    279,9 tys., za Max – 329,9 tys. juanów": a trim's price whose currency is told once, with
    the next item of the list, is in that currency (a scaled figure with no unit, the next a
    sum of money a short list gap after it)."""
    out = list(nums)
    for i in range(len(out) - 1):
        num, nxt = out[i], out[i + 1]
        if (
            num.unit is None
            and nxt.unit in MONEY_UNITS
            and num.value >= 1000
            # a scale word after the digits ("tys.", "mil", "Mio.")
            and _SCALE_WORD.search(text, num.start, num.end) is not None
            and _LIST_GAP.fullmatch(text[num.end : nxt.start])
        ):
            out[i] = dataclasses.replace(num, unit=nxt.unit)
    for i in range(1, len(out)):
        num, before = out[i], out[i - 1]
        if (
            num.unit is None
            and before.unit in MONEY_UNITS
            and num.value >= 1e8
            and _SCALE_WORD.search(text, num.start, num.end) is not None
        ):
            # "29 milliards de yuans …, après 21,3 milliards au deuxième trimestre et 9,7
            # milliards un an plus tôt": hundreds of millions told after a sum in yuan are yuan
            # too (no count of cars runs that high); "39.900 millones de yuanes (unos 4.800
            # millones de euros) ..., frente a los 6.400 millones": past a bracketed conversion,
            # the currency of the sum it converts
            j = i - 1
            while j > 0 and _converts(text, out[j - 1], out[j]):
                j -= 1
            out[i] = dataclasses.replace(num, unit=out[j].unit)
    return out


def _converts(text: str, amount: NumberMention, bracket: NumberMention) -> bool:
    """`bracket` is `amount` in another currency, in brackets right after it: "29 Mrd. Yuan
    (rund 3,5 Mrd. Euro)"."""
    return (
        amount.unit in MONEY_UNITS
        and bracket.unit in MONEY_UNITS
        and amount.unit != bracket.unit
        and _CONVERSION_BRACKET.fullmatch(text, amount.end, bracket.start) is not None
    )


# between an amount and its conversion: a short gap, a bracket, a word of about
_CONVERSION_BRACKET = re.compile(r"[^()（）\d]{0,12}[(（]\s*(?:[^\W\d_]+\.?\s+){0,2}[$€¥£₩]?\s*")
_SCALE_WORD = re.compile(r"\d\s*[^\W\d_]")
# between two prices of a list: a comma or a joiner, a short trim name, a dash
_LIST_GAP = re.compile(
    r"\s*,?\s*(?:(?:a|i|oraz|za|und|der|die|das|y|el|la|e|o|et|le|en|de|het|и|а|ve|dan|và)\s+){0,2}"
    r"(?:[A-Z][\w-]*\s*){0,2}[-–—:,]?\s*"  # (a trim's name: "Max", "Pro")
)


_ZH_DATE_OR_YEAR = re.compile(
    r"(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*(?:\d{1,2}\s*[日号])?|(?:19|20)\d{2}\s*年"
)
_NUMERAL_RUN = re.compile(r"[0-9]+|[零〇一二两三四五六七八九十百千万亿]+")


# _plausible's patterns, compiled once: it runs for every number mention
_UNIT_AFTER_YEAR = re.compile(
    r"\s*(?:units|vehicles|cars|orders|people|employees|yuan|km|%|辆|台|人|元)"
)
_LATIN_LETTER = re.compile(r"[A-Za-z]")
# "1/3", "2.5.1"; not "150.000 xe/năm", "10,000 units/month": a slash before a word is "per"
_FRACTION_AFTER = re.compile(r"\s*(?:/(?!\s*[^\W\d_])|\.\d)")
_MODEL_NAME_BEFORE = re.compile(
    # a whole word ("los 240.000", "dos 240 mil" end in "os" but are no HyperOS)
    r"(?<![A-Za-z])(?:Xiaomi|Mi|Redmi|Model|iPhone|Fold|Flip|MIX|Pad|Band|Watch|No\.|number|Civic|version|OS|HyperOS|Series|week|phase)\s*$",
    re.I,
)
# "number" as the verb of a count of car stores, not a name's number: "car stores now number 420"
_STORES_NUMBER = re.compile(
    r"\b(?:car|EV|auto|vehicle)\s+(?:sales\s+|retail\s+|experience\s+)?(?:stores|showrooms|outlets)"
    r"\s+(?:now\s+)?number\s*$",
    re.I,
)
_DURATION_AFTER = re.compile(r"\s*[-‐]\s*(?:minute|hour|day|week|month|year|second)", re.I)
_ZH_DURATION_AFTER = re.compile(r"\s*(?:分钟|小时|天|周|个月|年|月|日|号|秒)")
_STOCK_CODE = re.compile(r"\.(?:HK|SZ|SS|SH|T|KS|US)\b|\s*\.HK")


def _plausible(
    cfg: ExtractorConfig,
    text: str,
    found: list[NumberMention],
    dates: list[tuple[int, int]],
) -> list[NumberMention]:
    """The first MAX_NUMBERS_PER_SENTENCE plausible mentions in text order: the checks look
    at one mention and its text only, so stopping at the cap keeps the same first ones."""
    out: list[NumberMention] = []
    clocks = [(m.start(), m.end()) for m in _CLOCK.finditer(text)] if ":" in text else []
    for n in sorted(found, key=lambda n: n.start):
        if len(out) >= MAX_NUMBERS_PER_SENTENCE:
            break
        if any(s <= n.start < e for s, e in dates):
            continue
        after = text[n.end : n.end + 12]
        digits = text[n.start : n.value_end].strip()
        if (
            n.value_max is None
            and _YEAR_RE.fullmatch(digits)
            and not _UNIT_AFTER_YEAR.match(text, n.value_end)
        ):
            continue  # a year: "2025 car goal", "in 2024"
        if _LATIN_LETTER.match(text[n.end : n.end + 1]) and n.unit is None:
            continue  # "800V", "5G", "28th"
        if _FRACTION_AFTER.match(after) or text[max(0, n.start - 1) : n.start] in (
            "/",
            "#",
            "-",
        ):
            continue  # fractions, versions, "1+1+1>3"
        before = text[max(0, n.start - 20) : n.start]
        if (
            scan.search(_MODEL_NAME_BEFORE, before)
            and n.unit is None
            and n.value < 1000
            and not _STORES_NUMBER.search(text, max(0, n.start - 60), n.start)
        ):
            continue  # "Xiaomi 14", "Model 3"; not "Tesla 60.000, Xiaomi 40.000"
        if n.count_noun and cfg.skip_noun_re.match(n.count_noun) and n.unit is None:
            continue
        if _DURATION_AFTER.match(after) or _ZH_DURATION_AFTER.match(after):
            continue
        if n.value == 0:
            continue
        if text[max(0, n.start - 1) : n.start] == "[" and text[n.end : n.end + 1] == "]":
            continue  # a citation marker "[2]"
        if _STOCK_CODE.match(text[n.value_end : n.value_end + 4]):
            continue  # a stock code "1810.HK"
        if any(s <= n.start < e for s, e in clocks):
            continue  # a clock time: a live blog's "22:45 Locked orders now top 240,000"
        out.append(n)
    return out


# a clock time ("22:03", "9:45"), not a figure, nor a row label and its figure ("Q2: 81,302")
_CLOCK = re.compile(r"(?<![\d:.,])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:,])(?!\.\d)")


_NUMBER_HINT = re.compile(
    r"[0-9一二两三四五六七八九十百千万亿]|\b(?:two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred)\b"
    r"|\b(?:half|quarter)\s+(?:of\s+)?a\s+(?:million|billion)\b"  # "half a million"
    r"|\b(?:an?|one)\s+(?:half|quarter)[\s-](?:million|billion)\b",  # "a quarter million"
    re.I,
)


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def _has_number_hint(text: str) -> bool:
    return _NUMBER_HINT.search(text) is not None


scan.speed_up(globals())
