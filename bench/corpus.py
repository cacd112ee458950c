"""The benchmark corpus: real pages from ../shared/corpus/html plus the bundled sample
articles, replicated under many hosts and paths so every URL is distinct."""

import random
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED_HTML = REPO.parent / "shared" / "corpus" / "html"
SAMPLE = REPO / "pipelines" / "sample_site" / "site"


def load_pages() -> list[bytes]:
    """Distinct page bodies; `{{BASE_URL}}` placeholders made inert."""
    pages = [p.read_bytes() for p in sorted(SHARED_HTML.glob("*.html"))]
    for folder in ("news", "zh"):
        pages += [p.read_bytes() for p in sorted((SAMPLE / folder).glob("*.html"))]
    if not pages:
        raise SystemExit("no pages: neither ../shared/corpus/html nor the sample site is there")
    # Mixed, not sample articles last: every N, even 100, has Xiaomi articles with events.
    random.Random(7).shuffle(pages)
    return [p.replace(b"{{BASE_URL}}", b"") for p in pages]


def sources() -> str:
    shared = len(list(SHARED_HTML.glob("*.html")))
    sample = sum(len(list((SAMPLE / f).glob("*.html"))) for f in ("news", "zh"))
    return f"{shared} real pages from ../shared/corpus/html + {sample} sample articles"


def load_sample_pages() -> list[bytes]:
    """The bundled sample articles only: short news pages, cheap to clean, so a run over them
    is bound by network latency, not by CPU (the latency case)."""
    pages = [p.read_bytes() for f in ("news", "zh") for p in sorted((SAMPLE / f).glob("*.html"))]
    return [p.replace(b"{{BASE_URL}}", b"") for p in pages]
