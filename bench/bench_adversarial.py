"""Adversarial texts for the extractor (issue 11): seconds per MB of `extract_events` on text
built to be slow, against the target of at most 2 s for 1 MB of any text.

Each case is generated (seeded, so every run times the same text) at growing sizes, and each
(case, size) runs in its own subprocess with a cap: a case over the cap is killed and reported
as "> CAP s", and the larger sizes of that case are skipped (they would only be slower).
The child times `extract_events` alone, not its own start-up, in CPU seconds of the process
(time.process_time): the machines this runs on are shared, and wall time would measure the
neighbours. The cap is on wall time (a stuck child is killed whatever its CPU share).
After the table, the growth of each case from 256 KB to 1 MB: seconds(1 MB) / seconds(256 KB)
is about 3.9 (the ratio of the sizes) when extraction is linear, less when a fixed cost (the
400-event cap, start-up) dominates, and far more when it is not linear.

    python -m bench.bench_adversarial                # every case, 64 KB .. 1 MB
    BENCH_ADV_CAP=60 BENCH_ADV_SIZES=1000000 python -m bench.bench_adversarial
    python -m bench.bench_adversarial --case digits_wan --size 100000   # one, no cap

Prints a table, then one JSON line.
"""

import argparse
import datetime as dt
import json
import os
import random
import subprocess
import sys
import time
from collections.abc import Callable

TARGET_S_PER_MB = 2.0
CAP_SECONDS = float(os.environ.get("BENCH_ADV_CAP", "20"))
SIZES = [int(n) for n in os.environ.get("BENCH_ADV_SIZES", "64000,256000,1000000").split(",")]


# Every text starts by naming Xiaomi: the extractor returns at once on a text that never does,
# and a hostile page about Xiaomi's cars would.
HEADER = "Xiaomi SU7 小米汽车 "


def _repeat(unit: Callable[[int], str], size: int) -> str:
    """Units joined after HEADER until the text holds `size` bytes of UTF-8 (then cut)."""
    parts, total, i = [HEADER], len(HEADER.encode("utf-8")), 0
    while total < size:
        piece = unit(i)
        parts.append(piece)
        total += len(piece.encode("utf-8"))
        i += 1
    data = "".join(parts).encode("utf-8")[:size]
    return data.decode("utf-8", errors="ignore")


def repeated_sentences(size: int) -> str:
    """The issue's 30 KB case: the same kind of sentence, with figures, over and over."""
    return _repeat(
        lambda i: (
            f"Xiaomi delivered {10_000 + i:,} SU7 sedans in May 2024, up {i % 90}% from "
            f"April, and locked orders reached {75_723 + i:,} as of May {1 + i % 28}. "
        ),
        size,
    )


def rival_page(size: int) -> str:
    """A page about another carmaker that names Xiaomi once (in HEADER): every sentence has
    figures and cues, and none can be Xiaomi's, so no event cap ends the work early."""
    return _repeat(
        lambda i: (
            f"Tesla delivered {10_000 + i:,} Model Y cars in May 2024, up {i % 90}% from "
            f"April, and orders reached {75_723 + i:,} as of May {1 + i % 28}. "
        ),
        size,
    )


def repeated_sentences_zh(size: int) -> str:
    return _repeat(
        lambda i: (
            f"小米汽车{1 + i % 12}月交付量突破{2 + i % 9}万辆，锁单{7 + i % 3}.{i % 10}万台，"
            f"同比增长{i % 90}%。"
        ),
        size,
    )


def digits_wan(size: int) -> str:
    """The issue's 1 MB case: digits and 万, nothing else, no sentence end."""
    rng = random.Random(11)
    return _repeat(lambda i: str(rng.randrange(10**8)) + "万" * rng.randint(1, 3), size)


def no_punctuation(size: int) -> str:
    """One endless sentence: words, names, cues and numbers, never a full stop."""
    rng = random.Random(12)
    words = [
        "Xiaomi", "SU7", "YU7", "deliveries", "locked", "orders", "reached", "target", "plans",
        "to", "deliver", "units", "vehicles", "in", "May", "June", "the", "company", "said",
        "about", "over", "nearly", "yuan", "billion", "million",
    ]  # fmt: skip
    return _repeat(
        lambda i: (
            f"{rng.choice(words)} {rng.randrange(100_000):,} "
            if i % 3 == 0
            else f"{rng.choice(words)} "
        ),
        size,
    )


def many_numbers(size: int) -> str:
    """One sentence per 64 KB listing thousands of figures after a subject and a cue."""
    rng = random.Random(13)

    def sentence(_: int) -> str:
        figures = ", ".join(f"{rng.randrange(1_000_000):,}" for _ in range(6000))
        return f"Xiaomi SU7 deliveries were {figures} and 1.2 million in total. "

    return _repeat(sentence, size)


def mixed_scripts(size: int) -> str:
    rng = random.Random(14)
    pieces = [
        "Xiaomi SU7", "小米汽车", "交付", "deliveries", "Доставки", "التسليمات", "납품",
        "配送", "١٢٣٤", "１２，３４５台", "七万五千", "二〇二四年", "10万辆", "75,723",
        "1.2 million", "Q3", "€", "—", "·", "、",
    ]  # fmt: skip
    return _repeat(lambda i: rng.choice(pieces) + (" " if i % 2 else ""), size)


def random_unicode(size: int) -> str:
    """Random code points from the BMP and beyond (no surrogates), seeded."""
    rng = random.Random(15)

    def char(_: int) -> str:
        while True:
            cp = rng.randrange(0x20, 0x2FFFF)
            if not 0xD800 <= cp <= 0xDFFF:
                return chr(cp)

    return _repeat(char, size)


CASES: dict[str, Callable[[int], str]] = {
    "repeated_sentences": repeated_sentences,
    "repeated_sentences_zh": repeated_sentences_zh,
    "rival_page": rival_page,
    "digits_wan": digits_wan,
    "no_punctuation": no_punctuation,
    "many_numbers": many_numbers,
    "mixed_scripts": mixed_scripts,
    "random_unicode": random_unicode,
}


def run_one(case: str, size: int) -> dict[str, object]:
    """In the child: build the text, time extract_events on it once."""
    from pipelines.core import metrics
    from pipelines.core.language import warm_up

    text = CASES[case](size)
    config = metrics.load_config()
    warm_up()  # the language model, loaded once per worker (a DoFn's setup()), not per MB
    # One short call first: models and tables the extractor loads on first use (language
    # detection, conversion tables) are a one-off cost per process, not a cost per MB.
    metrics.extract_events(HEADER + "交付10万辆。 Xiaomi delivered 10,000 cars.", config=config)
    started = time.process_time()
    events = metrics.extract_events(text, published=dt.date(2024, 6, 1), config=config)
    seconds = time.process_time() - started
    mb = len(text.encode("utf-8")) / 1e6
    return {"case": case, "mb": mb, "seconds": seconds, "events": len(events)}


def measure(case: str, size: int, cap: float) -> dict[str, object]:
    """One (case, size) in a subprocess, killed at `cap` seconds."""
    args = [sys.executable, "-m", "bench.bench_adversarial", "--case", case, "--size", str(size)]
    started = time.perf_counter()
    try:
        done = subprocess.run(args, capture_output=True, text=True, timeout=cap + 10, check=False)
    except subprocess.TimeoutExpired:
        # cap + 10: the child's start-up (imports, building the text) is not the extractor's
        return {"case": case, "mb": size / 1e6, "seconds": None, "over": cap}
    if done.returncode:
        return {"case": case, "mb": size / 1e6, "error": done.stderr.strip()[-500:]}
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    if float(result["seconds"]) > cap:  # type: ignore[arg-type]
        result.update(seconds=None, over=cap)
    result["wall"] = time.perf_counter() - started
    return result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--case", choices=sorted(CASES), help="run one case here, with no cap")
    ap.add_argument("--size", type=int, default=1_000_000, help="bytes of text (with --case)")
    args = ap.parse_args()
    if args.case:
        print(json.dumps(run_one(args.case, args.size)))
        return 0

    print(
        f"extractor on adversarial text: sizes {SIZES} bytes, CPU seconds, "
        f"cap {CAP_SECONDS:g} s (wall) per run"
    )
    print(f"{'case':<24}{'MB':>7}{'seconds':>10}{'s per MB':>10}{'events':>8}")
    worst: dict[str, object] = {}
    seconds_at: dict[str, dict[int, float]] = {}
    for case in CASES:
        for size in sorted(SIZES):
            r = measure(case, size, CAP_SECONDS)
            mb = float(r["mb"])  # type: ignore[arg-type]
            if "error" in r:
                print(f"{case:<24}{mb:>7.3f}  failed: {r['error']}")
                worst[case] = "error"
                break
            if r.get("seconds") is None:
                print(f"{case:<24}{mb:>7.3f}{'> ' + format(CAP_SECONDS, 'g'):>10}"
                      f"{'> ' + format(CAP_SECONDS / mb, '.0f'):>10}{'':>8}")  # fmt: skip
                worst[case] = f"> {CAP_SECONDS / mb:.0f} (at {mb:.3f} MB)"
                break
            seconds = float(r["seconds"])  # type: ignore[arg-type]
            per_mb = seconds / mb
            seconds_at.setdefault(case, {})[size] = seconds
            print(f"{case:<24}{mb:>7.3f}{seconds:>10.2f}{per_mb:>10.2f}{r['events']:>8}")
            worst[case] = round(per_mb, 2)  # the largest size that finished
    over = [c for c, v in worst.items() if not isinstance(v, float) or v > TARGET_S_PER_MB]
    growth = {
        case: round(at[1_000_000] / at[256_000], 2)
        for case, at in seconds_at.items()
        if 1_000_000 in at and 256_000 in at and at[256_000] > 0
    }
    if growth:
        print("growth 1 MB / 256 KB (linear: about 3.9):")
        for case, ratio in growth.items():
            print(f"  {case:<22}{ratio:>6.2f}")
    print(
        json.dumps(
            {
                "adversarial_s_per_mb": worst,
                "growth_1mb_over_256kb": growth,
                "target_s_per_mb": TARGET_S_PER_MB,
                "clock": "cpu",
                "cap_s": CAP_SECONDS,
                "over_target": over,
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
