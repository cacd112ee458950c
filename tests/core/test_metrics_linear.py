"""Extraction stays linear in the text (issue 11), checked by counting work, not by timing:
the shortcuts that avoid rescanning a sentence per number must give what the rescans gave,
and the work per sentence must not grow with the text around it."""

import datetime as dt
import os
import random
import re
import sys
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipelines.core.metrics import extract, numbers

EXAMPLES = int(os.environ.get("XAUTO_HYPOTHESIS_EXAMPLES", "200"))
# What _CLAUSE_END reads: its words, commas of both widths, Chinese text, runs of spaces.
PIECES = [
    ",", "，", ";", "；", "。", " ", "   ", "\n", "and", " and ", "while", " while ", " but ",
    "whereas", "compared", "comparedx", "an", "汽车", "交付", "10,000", "5", "x", "Xiaomi",
]  # fmt: skip
TEXT = st.lists(st.sampled_from(PIECES), max_size=80).map("".join)


def _clause_bounds_by_rescan(text: str, start: int, end: int) -> tuple[int, int]:
    """The definition: scan the text cut at `start` from its beginning, search from `end`."""
    left = 0
    for m in extract._CLAUSE_END.finditer(text, 0, start):
        left = m.end()
    m2 = extract._CLAUSE_END.search(text, end)
    return left, m2.start() if m2 else len(text)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXT, data=st.data())
def test_clause_bounds_equal_a_rescan_from_the_start(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert extract._clause_bounds(text, start, end) == _clause_bounds_by_rescan(text, start, end)


def test_clause_bounds_at_every_position_of_a_long_sentence() -> None:
    text = "Xiaomi delivered 10,000 , and 5 ,compared 7，汽车 8  while 9 but, 交付 3" * 6
    for start in range(len(text) + 1):
        for end in (start, min(len(text), start + 3)):
            got = extract._clause_bounds(text, start, end)
            assert got == _clause_bounds_by_rescan(text, start, end), (start, end)


def test_every_month_name_passes_the_month_precheck() -> None:
    """en_dates skips its date pattern on text with no month's first three letters: every
    name the pattern reads must begin with one of them (a new name, "Sept", must too)."""
    from pipelines.core.metrics import periods

    for name in periods.MONTHS:
        assert periods._MONTH_START.match(name) and periods._MONTH_START.match(name.upper())


class _Counting:
    """A compiled pattern that counts the characters it is asked to scan."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.chars = pattern, 0

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        end = len(text) if endpos is None else min(endpos, len(text))
        self.chars += max(0, end - pos)
        return self.pattern.finditer(text, pos, end)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        end = len(text) if endpos is None else min(endpos, len(text))
        self.chars += max(0, end - pos)
        return self.pattern.search(text, pos, end)


def _figures(size: int) -> str:
    """The adversarial bench's many_numbers: a subject, a cue, then figures without end."""
    rng = random.Random(13)
    parts = ["Xiaomi SU7 deliveries were "]
    while sum(map(len, parts)) < size:
        parts.append(f"{rng.randrange(1_000_000):,}, ")
    return "".join(parts)


def _patch_everywhere(m: pytest.MonkeyPatch, name: str, replacement: Any) -> None:
    """Set `name` in every extractor module that holds extract's object of that name: the
    extractor is split into modules (sentences, doc_time, figure_periods ...) and each reads
    the name it imported, so patching extract alone would count nothing."""
    held = getattr(extract, name)
    for module_name, module in list(sys.modules.items()):
        if module_name.startswith("pipelines.core.metrics") and getattr(module, name, None) is held:
            m.setattr(module, name, replacement)


def _work(size: int, monkeypatch: pytest.MonkeyPatch) -> tuple[int, int, int]:
    """(characters of text, characters _CLAUSE_END scanned, number mentions built)."""
    counting = _Counting(extract._CLAUSE_END)
    built = 0
    finish = numbers._finish

    def counted_finish(*args: Any) -> Any:
        nonlocal built
        built += 1
        return finish(*args)

    with monkeypatch.context() as m:
        _patch_everywhere(m, "_CLAUSE_END", counting)
        m.setattr(numbers, "_finish", counted_finish)
        text = _figures(size)
        extract.extract_events(text, published=dt.date(2024, 6, 1), language="en")
    return len(text), counting.chars, built


def test_work_grows_linearly_with_a_sentence_of_figures(monkeypatch: pytest.MonkeyPatch) -> None:
    """No timing: the work counted at 16 KB and at 64 KB of one endless sentence of figures.
    Each number's clause is found without rescanning its sentence from the start (that was
    about 6 characters scanned per character of text), and a 400-character piece builds the
    mentions of its first figures, not of all of them (that was about 45 per piece)."""
    small = _work(16_000, monkeypatch)
    large = _work(64_000, monkeypatch)
    for i in (1, 2):
        assert large[i] <= 1.2 * (large[0] / small[0]) * small[i], (small, large)
    chars, scanned, built = large
    pieces = chars / extract.MAX_SENTENCE_CHARS
    assert scanned <= 3 * chars, scanned / chars
    assert built <= 3 * extract.MAX_NUMBERS_PER_SENTENCE * pieces, built / pieces


def test_sentences_without_figures_are_not_resolved_one_by_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A page about a rival (every sentence with figures, none Xiaomi's) resolved each
    sentence's period to hand its month to the next sentence's figure: about 1 s per MB.
    The month is resolved only when a figure of the next sentence takes it."""
    calls: list[str] = []
    resolve = extract._resolve

    def counting(lang: str, text: str, *args: Any) -> Any:
        calls.append(text)
        return resolve(lang, text, *args)

    _patch_everywhere(monkeypatch, "_resolve", counting)
    page = "Xiaomi SU7. " + "".join(
        f"Tesla delivered {10_000 + i:,} Model Y cars in May 2024, up {i % 90}% from April. "
        for i in range(200)
    )
    assert extract.extract_events(page, published=dt.date(2024, 6, 1), language="en") == []
    assert calls == []


def test_the_month_a_figure_less_sentence_names_is_still_the_next_figures_period() -> None:
    """The lazy resolution gives what resolving every such sentence gave."""
    text = "Xiaomi released its July delivery figures on August 1. Xiaomi delivered 6,042 YU7 SUVs."
    events = extract.extract_events(text, published=dt.date(2025, 8, 2), language="en")
    deliveries = [e for e in events if e.metric == "deliveries" and e.value == 6042]
    assert deliveries, events
    assert deliveries[0].period_kind == "month"
    assert (deliveries[0].period_start, deliveries[0].period_end) == (
        dt.date(2025, 7, 1),
        dt.date(2025, 7, 31),
    )


@pytest.mark.parametrize(
    "run",
    [
        ", ".join(f"{n * 7919 % 1_000_000:,}" for n in range(400)),  # bare figures
        "".join(f"{n * 7919 % 10**8}万万" for n in range(400)),  # digits and 万, no full stop
    ],
)
def test_a_run_of_bare_figures_is_not_read_figure_by_figure(
    run: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After a Xiaomi sentence, pieces of nothing but figures (no cue, no unit) can give no
    event: none of their numbers is looked at one by one (that was about 45 µs a number,
    over 2 s per MB). The first sentence's figure is still read."""
    looked: list[int] = []
    bounds = extract._clause_bounds

    def counting(text: str, start: int, end: int) -> Any:
        looked.append(start)
        return bounds(text, start, end)

    monkeypatch.setattr(extract, "_clause_bounds", counting)
    text = "Xiaomi delivered 10,000 SU7 cars in May 2024. " + run
    found = extract.extract_events(text, published=dt.date(2024, 6, 1), language="en")
    assert [e.value for e in found] == [10000]
    assert len(looked) <= 2, len(looked)


def test_a_figure_with_no_cue_but_the_figure_was_is_still_read() -> None:
    text = "Xiaomi wants to deliver 300,000 cars next year. In 2024, the figure was 135,000."
    found = {e.value for e in extract.extract_events(text, published=dt.date(2025, 1, 3))}
    assert 135000 in found


def test_a_phone_word_reads_only_the_words_right_before_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """`_counts_non_car` looked for a maker's description ("le fabricant de smartphones") from
    the clause's start before each phone word: a long clause of phone words was read once per
    word (mixed_scripts in bench/bench_adversarial.py went from 1.5 to 2.1 s a MB)."""
    from pipelines.core.metrics import measures

    spans: list[int] = []
    real = measures._MAKER_BEFORE

    class Spy:
        def search(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
            spans.append((len(text) if endpos is None else endpos) - pos)
            return real.search(text, pos, len(text) if endpos is None else endpos)

    monkeypatch.setattr(measures, "_MAKER_BEFORE", Spy())
    # every phone word is the maker's description, so each one is looked at
    clause = " ; ".join("le fabricant de smartphones" for _ in range(200))
    cfg = extract.load_config()
    assert not measures._counts_non_car(cfg, clause)
    assert len(spans) == 200 and max(spans) <= 80, max(spans)


def test_the_last_product_is_read_only_for_a_sentence_that_points_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Which product the sentences before named last (a phone or a car) is read only when a
    count points back to "the series" or 该系列: a merge made it a scan of every sentence for
    phone words, and a long page cost 55 % more (rival_page in bench/bench_adversarial.py, 1.6
    to 2.5 s a MB). Read lazily, it still sees the latest sentence that named a product."""
    from pipelines.core.metrics import subjects

    read: list[str] = []
    real = subjects._last_product_non_car

    def spy(cfg: Any, text: str) -> bool | None:
        read.append(text)
        return real(cfg, text)

    monkeypatch.setattr(subjects, "_last_product_non_car", spy)
    filler = " ".join(f"Tesla delivered {1000 + i} cars in China in week {i}." for i in range(300))
    assert extract.extract_events(filler, published=dt.date(2025, 10, 2)) == []
    assert read == []
    text = (
        "Xiaomi launched its Xiaomi 17 phone series on September 25. "
        + filler
        + " Xiaomi unveiled the YU7 in June. Sales of the series topped 240,000 units in a day."
    )
    events = extract.extract_events(text, published=dt.date(2025, 10, 2))
    assert read and len(read) <= 2, len(read)  # the latest sentence named a car: it decides
    assert any(e.value == 240_000 for e in events)
