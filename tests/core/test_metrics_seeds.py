"""The extractor against the hand-checked seeds in ../shared, scored by the shared scorer.

The targets are issue 3's; the seeds are a development set, so this guards against
regressions, it does not prove quality on unseen coverage.
"""

import dataclasses
import json
import subprocess
import sys
from pathlib import Path

from conftest import shared_path

from pipelines.core.metrics import extract_events


def test_seed_scores_meet_targets(tmp_path: Path) -> None:
    seeds = shared_path("corpus", "seeds")
    gold = shared_path("gold", "seeds.jsonl")
    scorer = shared_path("eval", "score_events.py")
    pred = tmp_path / "pred.jsonl"
    with pred.open("w", encoding="utf-8") as out:
        for path in sorted(seeds.glob("*.txt")):
            for ev in extract_events(path.read_text(encoding="utf-8")):
                row = {"source": str(path), **dataclasses.asdict(ev)}
                out.write(json.dumps(row, default=str) + "\n")
    result = subprocess.run(
        [sys.executable, str(scorer), str(gold), str(pred), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    scores = json.loads(result.stdout)
    assert scores["core"]["precision"] >= 0.95, scores
    assert scores["core"]["recall"] >= 0.90, scores
    # The seeds credit a company-wide count to the SU7 when it was Xiaomi's only car; the devset
    # (87 articles, ../shared/devset/README.md) credits it to Xiaomi Auto, and so does the
    # extractor since issue 12: three seed events now differ in subject only.
    assert scores["full"]["f1"] >= 0.80, scores
    assert scores["as_of_accuracy"] >= 0.90, scores
