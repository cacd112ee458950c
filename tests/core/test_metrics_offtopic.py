"""Real pages about anything but cars give no metric events.

`../shared/corpus/html` holds about a hundred real web pages (German and English blogs, shops,
ministries, recipes) with prices, dates, counts and percentages, and none about Xiaomi's cars:
every event the extractor finds there is a false positive. A rule that fires without a Xiaomi
name, or a cue that matches ordinary prose, shows up here first. Skipped where ../shared is
absent (a fresh clone).
"""

from pathlib import Path

from conftest import shared_path

from pipelines.core import metrics
from pipelines.core.clean import clean_html


def test_unrelated_real_pages_give_no_events() -> None:
    pages = sorted(Path(shared_path("corpus", "html")).glob("*.html"))
    assert len(pages) >= 50, "the corpus of real pages shrank"
    config = metrics.load_config()
    found = []
    for page in pages:
        cleaned = clean_html(page.read_bytes(), f"https://{page.stem}/", "text/html")
        for event in metrics.extract_events(cleaned.text, language=cleaned.language, config=config):
            found.append((page.name, event.metric, event.value, event.evidence[:80]))
    assert found == []
