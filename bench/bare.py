"""The ceiling: a bare loop of trafilatura (through clean_html) plus the extractor over the same
stored pages the pipeline fetched, on one core, no Beam, no HTTP, no writing."""

import argparse
import json
import time

from pipelines.core import metrics
from pipelines.core.clean import clean_html
from pipelines.storage import Storage
from schemas import RAW_PAGES


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--storage", required=True)
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    pages = Storage(args.storage).read(RAW_PAGES, ["url", "body", "content_type"]).to_pylist()
    if args.limit:
        pages = pages[: args.limit]
    config = metrics.load_config()
    texts = []
    started, cpu0 = time.perf_counter(), time.process_time()
    for page in pages:
        cleaned = clean_html(page["body"], page["url"], page["content_type"])
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
