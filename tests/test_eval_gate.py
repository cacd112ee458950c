"""The eval gate: the extractor's devset and seed scores never fall below the committed floors.

Like trafilatura's eval gate: the floors live in evaluation/floors.json and only move up. Skips
with the reason where ../shared or the restored devset texts are absent.
"""

import json

import pytest

from evaluation import events as evaluation


def test_scores_stay_above_the_floors() -> None:
    why = evaluation.missing()
    if why:
        pytest.skip(why)
    floors = json.loads((evaluation.REPO / "evaluation/floors.json").read_text())["floors"]
    results = evaluation.evaluate()
    below = []
    for group, wanted in floors.items():
        got = results[group]
        actual = {
            "core_p": got["core"]["p"],
            "core_r": got["core"]["r"],
            "full_f1": got["full"]["f1"],
            "as_of": got["as_of"],
            "period_kind": got["period_kind"],
        }
        below += [
            f"{group} {key}: {actual[key]} < floor {floor}"
            for key, floor in wanted.items()
            if actual[key] is None or actual[key] < floor
        ]
    assert not below, "; ".join(below)
