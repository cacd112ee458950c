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


def served_index(count: int, host: int, per_host: int, i: int) -> int:
    """Which of `count` distinct pages is page `i` of host `host` (see served_page)."""
    return (host * per_host + i) % count


def served_page(pages: list[bytes], host: int, per_host: int, i: int) -> bytes:
    """The body the bench server sends for page `i` of host `host`: one mapping, used by the
    server and by the bare loop, so the loop measures exactly the pages the run fetched."""
    return pages[served_index(len(pages), host, per_host, i)]


def sample_served(n: int, hosts: int, limit: int) -> list[tuple[str, bytes]]:
    """At most `limit` of the N served pages, spread evenly over hosts and paths, as
    (url, body); the same mix of page kinds as the whole run."""
    pages = load_pages()
    per_host = max(1, n // hosts)
    served = [(h, i) for h in range(hosts) for i in range(per_host)]
    step = max(1.0, len(served) / limit) if limit else 1.0
    picked = [served[int(k * step)] for k in range(int(len(served) / step))]
    return [
        (f"http://127.0.0.1/h{h}/p/{i}.html", served_page(pages, h, per_host, i)) for h, i in picked
    ]
