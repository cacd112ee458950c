"""Families of phrasing in the 13 languages of data/lang/ (tests/core/lang4_sentences.yaml).

Found by reading which devset figures of these languages came out wrong, then probed with
sentences written for this project: a bare figure after a list joiner ("e 250 mil em 2 horas"),
"the figure rose to" after a first figure, and the families listed in the YAML's header. Each
family has sentences in several languages, worded apart from the other sentence sets, so that
a fix is a rule. Every field is checked as in test_metrics_language_time.py; a sentence read
wrong is an xfail naming the differing fields, and a floor keeps the share read right.
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

SENTENCES: dict[str, list[dict[str, Any]]] = yaml.safe_load(
    (Path(__file__).parent / "lang4_sentences.yaml").read_text(encoding="utf-8")
)
CASES = [
    pytest.param(lang, case, id=case["id"]) for lang, cases in SENTENCES.items() for case in cases
]
ONE_LANGUAGE = {"converb_clause"}
# all of them read right when written (2026-11-29, branch langs4); raise it if it ever is lower
FLOOR = 1.0


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


def test_ids_are_unique_and_families_span_languages() -> None:
    ids = [case["id"] for cases in SENTENCES.values() for case in cases]
    assert len(ids) == len(set(ids))
    langs: dict[str, set[str]] = {}
    for lang, cases in SENTENCES.items():
        for case in cases:
            langs.setdefault(case["family"], set()).add(lang)
    # a family of one language's grammar only is named in ONE_LANGUAGE
    assert all(len(v) >= 2 for f, v in langs.items() if f not in ONE_LANGUAGE), langs


def test_most_sentences_are_read_exactly() -> None:
    cases = [(lang, case) for lang, cs in SENTENCES.items() for case in cs]
    right = sum(not differences(lang, case) for lang, case in cases)
    assert right / len(cases) >= FLOOR, f"{right}/{len(cases)} sentences read exactly"


def test_most_sentences_are_dated_right() -> None:
    cases = [(lang, case) for lang, cs in SENTENCES.items() for case in cs]
    right = sum(not differences(lang, case, TIME_FIELDS) for lang, case in cases)
    assert right / len(cases) >= FLOOR, f"{right}/{len(cases)} sentences dated right"
