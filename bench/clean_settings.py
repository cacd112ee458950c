"""trafilatura's speed settings against the cleaner's quality: F1 on ../shared/corpus/html with
../shared/eval/score_clean.py, and CPU ms per page (this process, one core), per setting.

    python -m bench.clean_settings [--repeat 3]

Each setting is clean_html with that override of TRAFILATURA_OPTIONS (everything else, the
pruning rules and the date settings, as in a run). CPU is time.process_time around each
page's cleaning: per page the least of `--repeat` tries, settings interleaved page by page
(see main), summed over pages.
"""

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from pipelines.core.clean import clean_html

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
HTML = SHARED / "corpus" / "html"
SCORER = SHARED / "eval" / "score_clean.py"

SETTINGS: dict[str, dict[str, Any]] = {
    "current": {},
    "fast": {"fast": True},
    "favor_precision": {"favor_precision": True},
    "favor_recall": {"favor_recall": True},
    "no tables": {"include_tables": False},
    "fast + favor_precision": {"fast": True, "favor_precision": True},
    "fast + no tables": {"fast": True, "include_tables": False},
}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    files = sorted(HTML.glob("*.html"))
    if not files or not SCORER.exists():
        print(f"needs {HTML} and {SCORER}", file=sys.stderr)
        return 2
    bodies = [(f.name, f.read_bytes()) for f in files]
    print(f"{'setting':<24} {'F1':>7} {'P':>7} {'R':>7} {'empty':>5} {'CPU ms/page':>12}")
    # Interleaved: each page is cleaned with every setting in turn, `repeat` times, and each
    # (setting, page) keeps its least CPU. A burst of load from other jobs then inflates one
    # sample of every setting alike, and the minimum drops it.
    least: dict[str, dict[str, float]] = {name: {} for name in SETTINGS}
    texts: dict[str, dict[str, str]] = {name: {} for name in SETTINGS}
    for _ in range(args.repeat):
        for fname, body in bodies:
            for name, override in SETTINGS.items():
                started = time.process_time()
                texts[name][fname] = clean_html(body, None, "text/html", override).text
                cpu = time.process_time() - started
                least[name][fname] = min(cpu, least[name].get(fname, float("inf")))
    results = {}
    for name in SETTINGS:
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as fh:
            for fname, text in texts[name].items():
                fh.write(json.dumps({"source": fname, "text": text}, ensure_ascii=False) + "\n")
        scored = subprocess.run(
            [sys.executable, str(SCORER), str(HTML / "evaldata.json"), fh.name, "--json"],
            capture_output=True,
            text=True,
            check=True,
        )
        Path(fh.name).unlink()
        score = json.loads(scored.stdout)
        score["cpu_ms_per_page"] = round(1000 * sum(least[name].values()) / len(bodies), 1)
        results[name] = score
        print(
            f"{name:<24} {score['f1']:>7.4f} {score['precision']:>7.4f} {score['recall']:>7.4f} "
            f"{score['empty']:>5} {score['cpu_ms_per_page']:>12.1f}",
            flush=True,
        )
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
