"""The ceiling: a bare loop of trafilatura (through clean_html) plus the extractor over the
pages a run of size N is served, on one core: no Beam, no HTTP, no writing.

It builds the pages from the corpus (the server's own mapping), not from a run's output, so
`make bench` can time it just before and just after the run it is compared with.
"""

import argparse
import json
import time

from bench.corpus import sample_served
from pipelines.core import metrics
from pipelines.core.clean import clean_html


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, required=True, help="pages in the run")
    ap.add_argument("--hosts", type=int, required=True)
    ap.add_argument("--limit", type=int, default=0, help="time at most this many of them")
    args = ap.parse_args()
    pages = sample_served(args.n, args.hosts, args.limit)
    config = metrics.load_config()
    texts = []
    started, cpu0 = time.perf_counter(), time.process_time()
    for url, body in pages:
        cleaned = clean_html(body, url, "text/html")
        texts.append(cleaned.text)
        metrics.extract_events(cleaned.text, language=cleaned.language, config=config)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu0
    started = time.perf_counter()
    for text in texts:
        metrics.extract_events(text, config=config)
    extract_seconds = time.perf_counter() - started
    text_mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(
        json.dumps(
            {
                "pages": len(pages),
                "seconds": seconds,
                "cpu_seconds": cpu,
                "pages_per_s": len(pages) / seconds if seconds else 0.0,
                "text_mb": text_mb,
                "extract_mb_per_s": text_mb / extract_seconds if extract_seconds else 0.0,
            }
        )
    )


if __name__ == "__main__":
    main()
