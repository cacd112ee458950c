"""An article in a language the extractor has no vocabulary for: kept in articles, no events
(rather than misread ones), and the run's summary says so once, per language."""

from pathlib import Path

from conftest import LoopbackServer

from pipelines import cli, launcher
from pipelines.core.config import Config, HttpConfig
from pipelines.storage import Storage
from schemas import ARTICLES, METRIC_EVENTS

PAGES = {
    # Swedish: detected, but there is no data/lang/sv.yaml
    "/sv.html": (
        "<html lang='sv'><head><meta charset='utf-8'><title>Xiaomi slår rekord</title></head>"
        "<body><article><h1>Xiaomi slår rekord</h1><p>Xiaomi levererade mer än 40 000 bilar i "
        "oktober, ett nytt rekord för märket, och företaget räknar med att leveranserna "
        "fortsätter att öka under resten av året.</p><p>Efterfrågan på elbilar i Kina är "
        "fortsatt stark enligt analytiker som följer branschen noga.</p></article></body></html>"
    ),
    "/en.html": (
        "<html lang='en'><head><meta charset='utf-8'><title>Xiaomi sets a record</title></head>"
        "<body><article><h1>Xiaomi sets a record</h1><p>Xiaomi delivered more than 40,000 "
        "cars in October, a new monthly record for the brand, and it expects deliveries to "
        "keep rising for the rest of the year.</p><p>Demand for electric cars in China stays "
        "strong, according to analysts who follow the industry.</p></article></body></html>"
    ),
}


def test_unsupported_language_is_kept_without_events_and_named(
    tmp_path: Path, capsys: object
) -> None:
    srv = LoopbackServer()
    try:
        for path, body in PAGES.items():
            srv.reply(path, 200, body.encode(), {"Content-Type": "text/html; charset=utf-8"})
        items = "".join(
            f"<item><title>{p}</title><link>{srv.url}{p}</link><guid>{p}</guid>"
            "<pubDate>Sun, 02 Nov 2025 08:00:00 GMT</pubDate></item>"
            for p in PAGES
        )
        srv.reply("/feed.xml", 200, f'<rss version="2.0"><channel>{items}</channel></rss>'.encode())
        config = Config(
            feeds=[{"url": f"{srv.url}/feed.xml"}],  # type: ignore[list-item]
            storage=str(tmp_path / "data"),
            http=HttpConfig(allowed_hosts=["127.0.0.1"], retries=0),
        )
        summary = launcher.run_ingest(config)
    finally:
        srv.close()
    storage = Storage(str(tmp_path / "data"))
    langs = sorted(storage.read(ARTICLES, ["language"])["language"].to_pylist())
    assert langs == ["en", "sv"]
    events = storage.read(METRIC_EVENTS, ["language", "value"]).to_pylist()
    assert events == [{"language": "en", "value": 40000.0}]
    assert cli.unsupported_languages(summary.counters) == {"sv": 1}
    cli._print_summary(summary, [], as_json=False)
    out = capsys.readouterr().out  # type: ignore[attr-defined]
    assert "no vocabulary for: sv 1" in out
