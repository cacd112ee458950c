"""Families of phrasing in the 13 languages of data/lang/, in two sentence sets written for
this project: tests/core/lang3_sentences.yaml ("bis Ende September" as a running total's
as_of, verb forms such as "produzierte" or "đã bán", a year told as "w 2026 r.", a launch's
first day, a monthly pace in Japanese and Korean, a model code right before a figure in a
language that groups digits with spaces) and tests/core/lang4_sentences.yaml (found by reading
which devset figures of these languages came out wrong: a bare figure after a list joiner, "e
250 mil em 2 horas", "the figure rose to" after a first figure, parts of a total, goals met,
and the families listed in its header) and tests/core/lang5_sentences.yaml (everyday sentences of
Xiaomi car coverage in each language, and what they showed: a rival's figure beside Xiaomi's,
"contre 40 000 pour Xiaomi", a launch window's words, "best month to date") and tests/core/lang6a_sentences.yaml (the families the probes of
test_metrics_review_langs.py found missed: half a million in words, three months named as a
quarter, "since its launch in April 2024", "so far this year" from January 1, bounds). Each family has sentences in several languages, worded
apart from the other sentence sets, so that a fix is a rule. Every field is checked as in
test_metrics_language_time.py; a sentence read wrong is an xfail naming the differing fields,
and a floor per set keeps the share read right from falling.
"""

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml
from test_metrics_language_time import (
    FIELDS,
    TIME_FIELDS,
    _check_dates,
    check_case,
    differences,
)

# each set: its families of one language's grammar only (Indonesian "-akan" endings, the
# Turkish converb "-ken,"), and its floor (all read right when written, 2026-11-29; raise it if
# it is ever lower)
SETS: dict[str, tuple[set[str], float]] = {
    "lang3_sentences.yaml": ({"akan_suffix"}, 1.0),
    "lang4_sentences.yaml": ({"converb_clause"}, 1.0),
    "lang5_sentences.yaml": (set(), 1.0),
    "lang6b_sentences.yaml": (set(), 1.0),
    "lang6a_sentences.yaml": (set(), 1.0),
}
SENTENCES: dict[str, dict[str, list[dict[str, Any]]]] = {
    name: yaml.safe_load((Path(__file__).parent / name).read_text(encoding="utf-8"))
    for name in SETS
}
CASES = [
    pytest.param(lang, case, id=case["id"])
    for sentences in SENTENCES.values()
    for lang, cases in sentences.items()
    for case in cases
]


@pytest.mark.parametrize(("lang", "case"), CASES)
def test_sentence(lang: str, case: dict[str, Any]) -> None:
    check_case(lang, case)


@pytest.mark.parametrize(("lang", "case"), CASES)
def test_the_expected_events_are_well_formed(lang: str, case: dict[str, Any]) -> None:
    assert isinstance(case["published"], dt.date)
    assert case["id"].startswith(lang + "-") and case["family"]
    for e in case["events"]:
        assert set(e) <= set(FIELDS) and set(FIELDS) - set(e) <= {"value_max"}, e
        _check_dates({f: e.get(f) for f in FIELDS}, case["published"])


@pytest.mark.parametrize("name", SETS)
def test_ids_are_unique_and_families_span_languages(name: str) -> None:
    sentences = SENTENCES[name]
    ids = [case["id"] for cases in sentences.values() for case in cases]
    assert len(ids) == len(set(ids))
    langs: dict[str, set[str]] = {}
    for lang, cases in sentences.items():
        for case in cases:
            langs.setdefault(case["family"], set()).add(lang)
    one_language = SETS[name][0]
    assert all(len(v) >= 2 for f, v in langs.items() if f not in one_language), langs


@pytest.mark.parametrize("name", SETS)
@pytest.mark.parametrize("fields", [FIELDS, TIME_FIELDS], ids=["exactly", "dated"])
def test_most_sentences_are_read_right(name: str, fields: tuple[str, ...]) -> None:
    cases = [(lang, case) for lang, cs in SENTENCES[name].items() for case in cs]
    right = sum(not differences(lang, case, fields) for lang, case in cases)
    assert right / len(cases) >= SETS[name][1], f"{right}/{len(cases)} sentences read right"
