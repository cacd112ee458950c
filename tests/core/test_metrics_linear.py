"""Extraction stays linear in the text (issue 11), checked by counting work, not by timing:
the shortcuts that avoid rescanning a sentence per number must give what the rescans gave,
and the work per sentence must not grow with the text around it."""

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipelines.core.metrics import extract

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
