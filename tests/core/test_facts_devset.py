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
    assert result["wrong_merges"] == 0
    # 2026-11-29: 6 of 199 (3.0 %): one undated company-level milestone (no era), two period
    # kinds the annotators joined (first day / 18 hours; 48 hours / to 3 April), one month
    # with no resolvable date, USD conversions 29,700 / 29,870 and 299,000 for 299,900;
    # 5 (2.5 %) once a price just under a round figure may be stated cut ("29.9万")
    assert result["split"] <= 5
    assert result["split_causes"].get("subject", 0) <= 1


@needs_devset
@pytest.mark.skipif(
    eval_facts.TEXTS.is_dir() is False or not any(eval_facts.TEXTS.glob("*.txt")),
    reason=f"{eval_facts.TEXTS} is absent (restore the devset texts, ../shared/devset/README.md)",
)
def test_extractor_events_group_into_the_hand_made_facts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The facts of the extractor's events over the devset texts. Most splits and all wrong
    merges left follow the extractor's subjects, statuses and periods (the facts note lists
    them): a change of the extractor that moves these figures updates them."""
    from evaluation import events as evaluation

    if evaluation.missing():
        pytest.skip(str(evaluation.missing()))
    preds, _ = evaluation.predict_devset()
    path = tmp_path / "devset.pred.jsonl"
    path.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in preds), "utf-8")
    assert eval_facts.main(["--input", "pred", "--pred", str(path)]) == 0
    result = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    # 2026-11-29 (extractor at f2e3f5f): found 169, split 53 (31.4 %), wrong merges 3;
    # after the extractor's period and subject work the same day: found 175, split 38 (21.7 %),
    # wrong merges 2; after prices, plan years, plant capacity plans and order totals:
    # found 180, split 35 (19.4 %), wrong merges 0; then sentences, rates, windows, plans
    # named in undated texts: split 31 (17.2 %); 32 once "50,000 units were booked" was read
    # (recall), its window lost to a day named in the sentence; the afternoon's comparison
    # bases, year words, milestones, list prices and year-earlier bases: found 182, split 27
    # (14.8 %); months and years named without a year joined to the dated fact they restate
    # (open-period resolution): split 24 (13.2 %); with the evening's extractor (target
    # periods, model descriptors, rivals as references): found 183, split 21 (11.5 %); the
    # next evening's clause rules (a month or status of another clause, a change's new
    # figure, a target an actual beat, a launch told "last year", a sentence on the figure
    # before): split 15 (8.2 %), found 182: the French "attentes … qui prévoyaient des
    # ventes" is now read as the forecast it is, and the hand-made fact that states it
    # (F052) is a forecast filed as delivery_target, where the taxonomy keeps a forecast of
    # deliveries under deliveries; found 184 once wishlists, land bought, ownership rates
    # and "its initial projection" were read; 186 with the other languages' evening work;
    # split 14 (7.5 %) once "未来一年" said on January 4 was read as that calendar year;
    # split 10 (5.4 %) with a day of the month no milestone, a year said as a moment, a
    # month counted from a launch (上市第3个月), "celui des 200 000" and prices stated cut;
    # found 187 once a batch "sold out" was read as orders; 188 with the other languages' lists
    assert result["found"] >= 188
    assert result["split"] <= 10
    assert result["wrong_merges"] == 0


def test_pred_rows_name_their_doc_by_path_or_by_doc(tmp_path: Path) -> None:
    """`xauto extract` rows carry `source` (the text's path); `evaluation.events --out` rows
    carry `doc`: both are matched to the gold event of their doc."""
    gold = [{"doc": "d9-001", "metric": "deliveries", "unit": "vehicles", "value": 20726}]
    row = {"subject": "Xiaomi SU7", "metric": "deliveries", "value": 20726.0, "unit": "vehicles"}
    path = tmp_path / "p.jsonl"
    path.write_text(
        json.dumps({**row, "doc": "d9-001"}) + "\n" + json.dumps({**row, "source": "x/d9-001.txt"}),
        "utf-8",
    )
    events, matched = eval_facts.pred_events({}, gold, path)
    assert [e.article_id for e in events] == ["d9-001", "d9-001"]
    assert list(matched.values()) == [0]  # each gold event is matched once


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
