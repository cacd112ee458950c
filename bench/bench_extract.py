"""Extractor throughput on one core, in MB of article text per second (issue 3: ≥ 2 MB/s).

Texts: the bundled sample site's articles, plus ../shared seeds and cleaned real pages when
../shared is present. Run: `python -m bench.bench_extract`; last line is JSON, with the
extractor's speed as the pipeline runs it (`extract_mb_per_s`: the language given, as the
cleaner detects it before) and with the language detected inside the extractor as well
(`extract_with_detection_mb_per_s`).
"""

import json
import time
from pathlib import Path

from pipelines.core import metrics
from pipelines.core.clean import clean_html
from pipelines.core.language import detect_language

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def corpus() -> list[str]:
    texts = []
    for page in sorted((REPO / "pipelines" / "sample_site" / "site").glob("*/*.html")):
        texts.append(clean_html(page.read_bytes()).text)
    if SHARED.is_dir():
        texts += [p.read_text(encoding="utf-8") for p in sorted(SHARED.glob("corpus/seeds/*.txt"))]
        texts += [
            clean_html(p.read_bytes()).text for p in sorted(SHARED.glob("corpus/html/*.html"))
        ]
    return [t for t in texts if t]


def _throughput(texts: list[str], languages: list[str | None], rounds: int) -> tuple[float, int]:
    config = metrics.load_config()
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    events = 0
    cpu0 = time.process_time()
    for _ in range(rounds):
        for text, lang in zip(texts, languages, strict=True):
            events += len(metrics.extract_events(text, config=config, language=lang))
    return mb * rounds / (time.process_time() - cpu0), events


def main() -> None:
    texts = corpus()
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    rounds = max(1, int(8 / max(mb, 0.01)))  # about 8 MB of text in all
    languages = [detect_language(t) for t in texts]  # what the cleaner records in the pipeline
    started = time.perf_counter()
    speed, events = _throughput(texts, languages, rounds)
    detecting, _ = _throughput(texts, [None] * len(texts), max(1, rounds // 2))
    wall = time.perf_counter() - started
    print(f"{len(texts)} texts, {mb:.2f} MB × {rounds} rounds, {events} events, {wall:.2f} s")
    print(
        json.dumps(
            {
                "extract_mb_per_s": round(speed, 2),
                "extract_with_detection_mb_per_s": round(detecting, 2),
                "texts": len(texts),
            }
        )
    )


if __name__ == "__main__":
    main()
