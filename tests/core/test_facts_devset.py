"""The grouping measured on the devset's gold events against its hand-made facts
(../shared/devset; skipped when absent). Guards the figures the README gives."""

import json
from pathlib import Path

import pytest

from bench import eval_facts

needs_devset = pytest.mark.skipif(
    not (eval_facts.DEVSET / "facts.jsonl").is_file(),
    reason=f"{eval_facts.DEVSET} is absent (the devset sits beside the repository)",
)


@needs_devset
def test_gold_events_group_into_the_hand_made_facts(capsys: pytest.CaptureFixture[str]) -> None:
    assert eval_facts.main(["--input", "gold"]) == 0
    result = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert result["found"] == result["gold_facts"] == 199
    # the one known: three plant phases of 150,000 a year that no event tells apart
    assert result["wrong_merges"] <= 1
    # splits other than the annotators' cross-subject merges and two period kinds
    assert result["split_causes"].get("other", 0) <= 5


def test_gold_periods_resolve_to_dates() -> None:
    import datetime as dt

    pub = dt.date(2024, 11, 1)
    assert eval_facts.gold_period("month", "October (2024 implied)", pub) == (
        dt.date(2024, 10, 1),
        dt.date(2024, 10, 31),
    )
    assert eval_facts.gold_period("quarter", "Q3 2025 (quarter ended 2025-09-30)", pub) == (
        dt.date(2025, 7, 1),
        dt.date(2025, 9, 30),
    )
    assert eval_facts.gold_period("window", "first hour after launch", pub) == (None, None)


def test_missing_devset_is_a_clean_skip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(eval_facts, "DEVSET", tmp_path / "absent")
    assert eval_facts.main([]) == 0
