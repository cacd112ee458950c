"""Language detection and locale number finding: load time, ms per article, MB/s on one core.

Texts: our own sentences of tests/core/lang_sentences.yaml, plus the devset articles when
../devset-texts and ../shared/devset are present (read in place, never copied).
Run: `python -m bench.bench_language [ROUNDS]`; the last line is JSON.
"""

import json
import sys
import time
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
INDEX = REPO.parent / "shared" / "devset" / "index.jsonl"
TEXTS = REPO.parent / "devset-texts"


def corpus() -> list[tuple[str, str]]:
    """(language, text) pairs."""
    sentences = yaml.safe_load((REPO / "tests" / "core" / "lang_sentences.yaml").read_text())
    pairs = [(lang, row["text"]) for lang, rows in sentences.items() for row in rows]
    if INDEX.exists() and TEXTS.is_dir():
        for line in INDEX.read_text().splitlines():
            row = json.loads(line)
            path = TEXTS / f"{row['doc']}.txt"
            if path.exists():
                pairs.append((row["language"], path.read_text(encoding="utf-8")))
    return pairs


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    started = time.perf_counter()
    from pipelines.core import language

    language._identifier()
    load_s = time.perf_counter() - started
    started = time.perf_counter()
    from pipelines.core.metrics import languages, locale_numbers

    for lang in languages.supported_languages():
        locale_numbers.rules_for(lang)
    locale_numbers.find_locale_numbers("doscientos mil", "es")  # text2num's first call
    rules_s = time.perf_counter() - started

    pairs = corpus()
    articles = [(lang, text) for lang, text in pairs if len(text) > 300]
    mb = sum(len(t.encode("utf-8")) for _, t in pairs) / 1e6
    right = sum(language.detect_language(t) == lang for lang, t in pairs)
    cpu0 = time.process_time()
    for _ in range(rounds):
        for _, text in pairs:
            language.detect_language(text)
    detect_cpu = time.process_time() - cpu0
    cpu0 = time.process_time()
    found = 0
    for _ in range(rounds):
        for lang, text in pairs:
            found += len(locale_numbers.find_locale_numbers(text, lang))
    numbers_cpu = time.process_time() - cpu0
    per_article = 0.0
    if articles:
        cpu0 = time.process_time()
        for _ in range(rounds):
            for _, text in articles:
                language.detect_language(text)
        per_article = (time.process_time() - cpu0) / (rounds * len(articles)) * 1000
    figures = {
        "texts": len(pairs),
        "articles": len(articles),
        "mb": round(mb, 3),
        "detect_accuracy": round(right / len(pairs), 4),
        "detect_load_s": round(load_s, 2),
        "numbers_load_s": round(rules_s, 2),
        "detect_ms_per_article": round(per_article, 2),
        "detect_mb_per_s": round(mb * rounds / detect_cpu, 2),
        "numbers_mb_per_s": round(mb * rounds / numbers_cpu, 2),
        "numbers_found": found // rounds,
    }
    print(f"{len(pairs)} texts ({len(articles)} articles), {mb:.3f} MB x {rounds} rounds")
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
