"""Time and status of events in English and Chinese (tests/core/en_zh_time_sentences.yaml).

The twin of test_metrics_language_time.py for the two languages most coverage is in: every
field of every event (period_kind, period dates, as_of, status, subject, qualifier, metric,
value), on sentences written for this project and grouped by the family of phrase they pin
down (a quarter of last year, 前10个月, a running total to a date, a launch window, a raised
target, the group's revenue beside the car business's). Families, not one article's wording,
are what rules should be fixed for. A sentence not read right yet is an xfail naming the
differing fields, so a fix turns it into a pass; two floors (every field, and time and status)
keep the share read right from falling.

Run this file as a script for the per-language counts and the failures grouped by family.
"""

import datetime as dt
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
import yaml
from test_metrics_language_time import (
    FIELDS,
    KINDS,
    TIME_FIELDS,
    _check_dates,
    check_case,
    differences,
    share_right,
)

SENTENCES: dict[str, list[dict[str, Any]]] = yaml.safe_load(
    (Path(__file__).parent / "en_zh_time_sentences.yaml").read_text(encoding="utf-8")
)
CASES = [
    pytest.param(lang, case, id=case["id"]) for lang, cases in SENTENCES.items() for case in cases
]
# Negatives the extractor still reads a figure in (2026-11-29, main at 79fcf6c): xfail until
# fixed; every other negative is a hard assert.
NEGATIVES_READ_WRONG = {"en-unconfirmed-target", "zh-fake-claim"}


@pytest.mark.parametrize(("lang", "case"), CASES)
def test_time_and_status(lang: str, case: dict[str, Any]) -> None:
    check_case(lang, case, frozenset(NEGATIVES_READ_WRONG))


def test_most_sentences_are_read_exactly() -> None:
    """A floor over both languages: the share of sentences whose events come out exactly."""
    right, total = share_right(SENTENCES, FIELDS)
    assert right / total >= FLOOR, f"{right}/{total} sentences read exactly"


def test_most_sentences_are_dated_right() -> None:
    """The same on time and status only: TIME_FIELDS, the fields other than qualifier."""
    right, total = share_right(SENTENCES, TIME_FIELDS)
    assert right / total >= TIME_FLOOR, f"{right}/{total} sentences dated right"


# 2026-11-29, extractor of main at 79fcf6c: 150 of 209 sentences exactly right (en 76/103,
# zh 74/106), 156 of 209 with time and status right (en 80, zh 76). Raise them as families
# get fixed; `python tests/core/test_metrics_en_zh_time.py` lists what is left. Same day, after
# the qualifier, half-year, month-range, Chinese-numeral month, next-month and year-to-date
# fixes: 167 and 167 of 209 (en 84, zh 83); then with paces, in-a-day windows and first N
# months of a named year: 172 of 209 (en 86, zh 86); with year-earlier bases before their
# figure, price changes and raised targets: 177 of 209 (en 87, zh 90); then 185 of 209
# (en 93, zh 92) with totals by a month end, single days, since-launch totals, windows after
# a launch and quarters "through June"; 188 of 209 (en 94, zh 94) with year-to-date totals
# and running totals to a Chinese-numeral month end.
# 2026-11-30 (fix24b): 195 of 209 (en 97, zh 98), the two cumulative goals by a year end now
# read as running totals.
FLOOR = 0.89
TIME_FLOOR = 0.89


@pytest.mark.parametrize(("lang", "case"), CASES)
def test_the_expected_events_are_well_formed(lang: str, case: dict[str, Any]) -> None:
    """The sentences' own expectations follow the conventions in the YAML's header."""
    published = case["published"]
    assert isinstance(published, dt.date)
    assert case["id"].startswith(lang + "-") and case["family"]
    assert (case["family"] == "negative") == (not case["events"])
    for e in case["events"]:
        assert set(e) <= set(FIELDS) and set(FIELDS) - set(e) <= {"value_max"}, e
        full = {f: e.get(f) for f in FIELDS}
        assert full["period_kind"] in KINDS | {"none"}
        assert full["status"] in ("actual", "target", "forecast")
        assert full["qualifier"] in ("exact", "at_least", "more_than", "about", "up_to")
        assert full["subject"] in (
            "Xiaomi Auto", "Xiaomi Group", "Xiaomi SU7", "Xiaomi SU7 Ultra", "Xiaomi YU7",
        )  # fmt: skip
        _check_dates(full, published)
        start, end, as_of = full["period_start"], full["period_end"], full["as_of"]
        if full["period_kind"] == "day":
            assert start == end == as_of, e
        if full["period_kind"] == "week":
            assert start is not None and end is not None and (end - start).days == 6, e
        if full["period_kind"] == "cumulative" and start is not None:
            # the first N months or a year to date: from January 1
            assert (start.month, start.day) == (1, 1), e
        if full["period_kind"] == "cumulative" and end is not None:
            assert as_of == end or full["status"] != "actual", e
        if full["period_kind"] == "none":
            assert start is None and end is None, e


def test_both_languages_have_enough_sentences() -> None:
    assert set(SENTENCES) == {"en", "zh"}
    assert all(len(cases) >= 60 for cases in SENTENCES.values())
    ids = [case["id"] for cases in SENTENCES.values() for case in cases]
    assert len(ids) == len(set(ids))
    assert all(
        sum(case["family"] == "negative" for case in cases) >= 5 for cases in SENTENCES.values()
    )


def report() -> str:
    """Counts right per language, then the failures grouped by family, for fixing rules.

    A sentence's time and status errors are listed under its family; its qualifier errors and
    its figures not found at all (missing or extra) under their own headings, since those are
    not about time. A negative's extra figure stays under "negative".
    """
    lines = ["language: exactly right / time and status right / sentences"]
    groups: dict[str, list[str]] = defaultdict(list)
    for lang, cases in SENTENCES.items():
        exact = sum(not differences(lang, case) for case in cases)
        timed = sum(not differences(lang, case, TIME_FIELDS) for case in cases)
        lines.append(f"{lang}: {exact} / {timed} / {len(cases)}")
        for case in cases:
            for wrong in differences(lang, case, TIME_FIELDS):
                core = wrong.startswith(("missing", "extra")) and case["events"]
                groups["(figure not found)" if core else case["family"]].append(
                    f"  {case['id']}: {wrong}"
                )
            for wrong in differences(lang, case, ("qualifier",)):
                if not wrong.startswith(("missing", "extra")):
                    groups["(qualifier)"].append(f"  {case['id']}: {wrong}")
    for family, wrongs in sorted(groups.items()):
        lines.append(f"{family}: {len(wrongs)}")
        lines.extend(wrongs)
    return "\n".join(lines)


if __name__ == "__main__":
    print(report())
