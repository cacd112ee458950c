"""The whole pipeline against the bundled sample site on loopback, read back with DuckDB."""

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from conftest import snapshot

from pipelines import cli, launcher
from pipelines.core.config import BeamConfig, Config, HttpConfig, RetryConfig
from pipelines.sample_site.server import SampleSite
from schemas import TABLES

# What the bundled site holds (pipelines/sample_site/README.md): feeds rss, atom, zh, broken,
# facts, world.
EXPECTED_FIRST_RUN = {
    "feed_polls": 6,  # one per feed, the broken one included
    "feed_entries": None,  # filled in below from the site's feeds
    "raw_pages": None,
    "articles": None,
    "errors": 2,  # the broken feed (poll) and the /fail/ page (fetch)
}


@pytest.fixture(scope="module")
def site() -> Iterator[SampleSite]:
    s = SampleSite(0).start()
    yield s
    s.stop()


@pytest.fixture(scope="module")
def runs(site: SampleSite, tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    root = tmp_path_factory.mktemp("data")
    config = Config(
        feeds=[{"url": u} for u in site.feed_urls],  # type: ignore[misc]
        storage=str(root),
        http=HttpConfig(allow_private=True, retries=0),
    )
    first = launcher.run_ingest(config)
    counts_after_first = table_counts(root)
    second = launcher.run_ingest(config)
    return {"root": root, "first": first, "second": second, "after_first": counts_after_first}


def query(root: Path, table: str, sql: str = "SELECT count(*) FROM t") -> list[tuple[object, ...]]:
    con = duckdb.connect()
    con.execute(
        f"CREATE VIEW t AS SELECT * FROM read_parquet('{root}/{table}/**/*.parquet', "
        "hive_partitioning = true)"
    )
    return con.execute(sql).fetchall()


def table_counts(root: Path) -> dict[str, int]:
    return {name: int(query(root, name)[0][0]) for name in TABLES}


SITE_DIR = Path(__file__).resolve().parents[2] / "pipelines" / "sample_site"
# The bundled site (pipelines/sample_site/README.md): 19 RSS items (one a /fail/ link), 10 Atom
# entries (one the same article as an RSS item, with tracking parameters), 10 Chinese items,
# 4 items of the facts feed (one month's figure restated, rounded and revised), 3 items in
# French, Spanish and Japanese.
EXPECTED = {
    "feed_polls": 6,
    "feed_entries": 46,
    "raw_pages": 44,
    "articles": 44,
    "errors": 2,
}


def test_first_run_writes_every_table(runs: dict[str, object]) -> None:
    counts = runs["after_first"]
    assert isinstance(counts, dict)
    assert {k: counts[k] for k in EXPECTED} == EXPECTED
    assert counts["metric_events"] > 0


def test_stage_timings_reach_the_summary(runs: dict[str, object]) -> None:
    """Every stage's time is counted, the fetch's too: its pool threads have no Beam metrics
    context, so an update made there was once dropped without a word."""
    first = runs["first"]
    assert isinstance(first, launcher.RunSummary)
    for stage in ("fetch", "clean", "extract", "write"):
        assert first.count(f"{stage}_cpu_ms_total") > 0, (stage, first.counters)
    assert first.count("fetch_ms_total") >= first.count("fetch_cpu_ms_total")


def test_second_run_adds_no_row(runs: dict[str, object]) -> None:
    root = runs["root"]
    assert isinstance(root, Path)
    after_second = table_counts(root)
    first = runs["after_first"]
    assert isinstance(first, dict)
    # A second poll is one more feed_polls row per feed (their health over time), and the
    # broken feed, still broken, one more poll error. The /fail/ page waits for its backoff.
    # Nothing else: no entry, page, article or event is written twice.
    assert after_second["feed_polls"] == first["feed_polls"] + EXPECTED["feed_polls"]
    assert after_second["errors"] == first["errors"] + 1
    polls = query(root, "errors", "SELECT count(*) FROM t WHERE stage = 'poll'")
    assert polls[0][0] == 2
    unchanged = ("feed_entries", "raw_pages", "articles", "metric_events")
    assert {k: after_second[k] for k in unchanged} == {k: first[k] for k in unchanged}
    second = runs["second"]
    assert isinstance(second, launcher.RunSummary)
    assert second.nothing_new
    assert second.rows["feed_entries"] == 0 and second.rows["metric_events"] == 0
    # a run with no page to clean never waits for the cleaning workers (it leases them at its
    # first page): an idle run waited 0.4 s for their warm-up before
    assert "pool_wait_ms_total" not in second.counters
    first_run = runs["first"]
    assert isinstance(first_run, launcher.RunSummary)
    assert "pool_wait_ms_total" in first_run.counters
    rows = query(root, "feed_polls", "SELECT count(*) FROM t WHERE not_modified")
    assert rows[0][0] >= 5  # the second poll was answered 304 by the five good feeds


def test_errors_name_the_broken_feed_and_the_500(runs: dict[str, object]) -> None:
    root = runs["root"]
    assert isinstance(root, Path)
    errors = query(
        root, "errors", "SELECT stage, source, error_type, message FROM t ORDER BY stage"
    )
    stages = {(stage, source.rsplit("/", 2)[-2]) for stage, source, _, _ in errors}
    assert stages == {("fetch", "fail"), ("poll", "feeds")}
    fetch = next(e for e in errors if e[0] == "fetch")
    assert "500" in f"{fetch[2]} {fetch[3]}"
    bad = query(root, "feed_polls", "SELECT error FROM t WHERE feed_url LIKE '%broken.xml'")
    assert bad and all(e for (e,) in bad)


def test_schemas_read_back_equal_the_declared_ones(runs: dict[str, object]) -> None:
    root = runs["root"]
    assert isinstance(root, Path)
    con = duckdb.connect()
    for name, table in TABLES.items():
        described = con.execute(
            f"DESCRIBE SELECT * FROM read_parquet('{root}/{name}/**/*.parquet', "
            "hive_partitioning = true)"
        ).fetchall()
        got = [col for col, *_ in described]
        assert sorted(got) == sorted(table.schema.names), name


def test_no_duplicate_keys(runs: dict[str, object]) -> None:
    root = runs["root"]
    assert isinstance(root, Path)
    for name, key in [
        ("feed_entries", "entry_id"),
        ("raw_pages", "page_id"),
        ("articles", "article_id"),
        ("metric_events", "event_id"),
    ]:
        dupes = query(root, name, f"SELECT {key}, count(*) c FROM t GROUP BY 1 HAVING c > 1")
        assert dupes == [], name


def test_events_match_the_sites_expected_events(runs: dict[str, object]) -> None:
    """Through the whole pipeline, the extractor finds what the site's articles state."""
    root = runs["root"]
    assert isinstance(root, Path)
    got = query(
        root,
        "metric_events",
        "SELECT regexp_extract(url, '/((?:news|zh|facts)/[^?]+)$', 1), metric, value FROM t "
        "WHERE metric <> 'other'",
    )
    expected = [
        json.loads(line)
        for line in (SITE_DIR / "expected_events.jsonl").read_text("utf-8").splitlines()
        if line.strip()
    ]
    expected = [e for e in expected if e["metric"] != "other"]
    remaining = list(got)
    found = 0
    for e in expected:
        for g in remaining:
            if (g[0], g[1]) == (e["page"], e["metric"]) and abs(g[2] - e["value"]) <= 0.005 * e[
                "value"
            ]:
                remaining.remove(g)
                found += 1
                break
    recall = found / len(expected)
    precision = found / len(got)
    assert recall >= 0.9 and precision >= 0.9, (recall, precision, remaining)
    pages_without = {"news/" + p for p in ("byd-may-2024-sales-record.html",)}
    assert not [g for g in got if g[0] in pages_without]


def test_small_pipelines_give_the_same_tables(
    runs: dict[str, object], site: SampleSite, tmp_path: Path
) -> None:
    """Fetching in pipelines of 5 pages (bounded memory) writes what one pipeline writes."""
    config = Config(
        feeds=[{"url": u} for u in site.feed_urls],  # type: ignore[misc]
        storage=str(tmp_path / "chunked"),
        http=HttpConfig(allow_private=True, retries=0),
        beam=BeamConfig(max_pages_per_pipeline=5),
    )
    summary = launcher.run_ingest(config)
    assert summary.rows["raw_pages"] == EXPECTED["raw_pages"]
    assert summary.count("pages_failed") == 1  # the /fail/ page, tried once, not per round
    root = runs["root"]
    assert isinstance(root, Path)
    assert snapshot(tmp_path / "chunked") == snapshot(root)
    assert table_counts(tmp_path / "chunked") == runs["after_first"]


def test_a_run_in_small_pipelines_tries_a_failing_page_once_even_with_no_backoff(
    site: SampleSite, tmp_path: Path
) -> None:
    """The first pipeline polls and fetches at most 40 pages, the newest (the failing page,
    dated December 2024, among them); the six oldest are fetched by a second one. A page that
    failed in the run is not due again in it, even with a retry backoff of 0: the plans judge
    retries as of the run's start."""
    config = Config(
        feeds=[{"url": u} for u in site.feed_urls],  # type: ignore[misc]
        storage=str(tmp_path / "chunked"),
        http=HttpConfig(allow_private=True, retries=0),
        beam=BeamConfig(max_pages_per_pipeline=40),
        retry=RetryConfig(base_minutes=0),
    )
    summary = launcher.run_ingest(config)
    assert summary.rows["raw_pages"] == EXPECTED["raw_pages"]
    assert summary.count("pages_failed") == 1
    assert summary.count("new_pages_selected") == 40
    # 45 pages (two entries share one), five left for later (six if the page's second entry
    # came after its first was left out)
    assert summary.count("new_pages_deferred") in (5, 6)
    again = launcher.run_ingest(config)  # the next run retries it (no backoff), once
    assert again.count("pages_failed") == 1 and again.rows["raw_pages"] == 0


def test_a_run_whose_pages_fit_one_pipeline_plans_once_after_the_poll(
    site: SampleSite, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the first chunk takes every page due, the run ends without reading the tables
    again (the next plan could only find pages this run already tried); a run in chunks
    re-plans between them and still ends."""
    calls: list[int] = []
    real_plan_run = launcher.plan_run

    def counted(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return real_plan_run(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(launcher, "plan_run", counted)
    for limit, root in ((1000, "one"), (20, "chunks")):
        calls.clear()
        config = Config(
            feeds=[{"url": u} for u in site.feed_urls],  # type: ignore[misc]
            storage=str(tmp_path / root),
            http=HttpConfig(allow_private=True, retries=0),
            beam=BeamConfig(max_pages_per_pipeline=limit),
        )
        summary = launcher.run_ingest(config)
        assert summary.rows["raw_pages"] == EXPECTED["raw_pages"]
        assert len(calls) == (1 if limit == 1000 else 3), (limit, len(calls))


def test_compact_command_leaves_one_file_per_partition_and_the_same_rows(
    runs: dict[str, object], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = runs["root"]
    assert isinstance(root, Path)
    copy = tmp_path / "copy"
    shutil.copytree(root, copy)
    # Two runs wrote two files into today's feed_polls partition.
    assert max(len(list(p.glob("*.parquet"))) for p in (copy / "feed_polls").iterdir()) == 2
    counts = table_counts(copy)

    assert cli.main(["compact", "--storage", str(copy), "--json"]) == 0

    out = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert out["tables"]["feed_polls"]["files_after"] < out["tables"]["feed_polls"]["files_before"]
    assert snapshot(copy) == snapshot(root)
    assert table_counts(copy) == counts
    for table_dir in copy.iterdir():
        for partition in table_dir.glob("*=*"):
            assert len(list(partition.glob("*.parquet"))) == 1, partition


# --- facts: the sample restates figures across its English and Chinese outlets ------------


def _facts(root: Path, where: str) -> list[dict[str, object]]:
    con = duckdb.connect()
    rows = con.execute(
        f"SELECT * FROM read_parquet('{root}/facts/*.parquet') WHERE {where} ORDER BY fact_id"
    )
    names = [d[0] for d in rows.description]
    return [dict(zip(names, r, strict=True)) for r in rows.fetchall()]


def _seen(fact: dict[str, object]) -> dict[float, int]:
    values = fact["values_seen"]
    assert isinstance(values, list)
    return {v["value"]: v["n"] for v in values}


def test_run_writes_facts_as_one_file_matching_the_events(runs: dict[str, object]) -> None:
    from pipelines.facts_pipeline import facts_in_memory
    from pipelines.storage import Storage

    root = runs["root"]
    assert isinstance(root, Path)
    assert len(list((root / "facts").glob("*.parquet"))) == 1
    built = [f.as_row() for f in facts_in_memory(Storage(str(root)))]
    stored = _facts(root, "true")
    assert sorted(r["fact_id"] for r in stored) == sorted(str(r["fact_id"]) for r in built)
    events = int(query(root, "metric_events")[0][0])
    assert sum(len(r["event_ids"]) for r in stored) == events  # type: ignore[arg-type]


def test_facts_are_rebuilt_in_the_runs_own_pipeline_and_only_when_events_came(
    runs: dict[str, object],
) -> None:
    """The facts step is part of the run's last pipeline (a pipeline of its own cost a
    100-page run about 0.2 s); the second run, which adds no event, does not rewrite them."""
    first, second = runs["first"], runs["second"]
    assert isinstance(first, launcher.RunSummary) and isinstance(second, launcher.RunSummary)
    assert "facts_pipeline" not in first.phases and "facts_pipeline" not in second.phases
    assert first.count("files_facts") == 1 and first.rows["facts"] > 0
    assert first.count("facts_events_read") == first.rows["metric_events"]
    assert second.count("files_facts") == 0 and second.count("facts_events_read") == 0


def test_sample_facts_written_by_hand(runs: dict[str, object]) -> None:
    """The figures the sample restates, rounds and revises across outlets and languages."""
    root = runs["root"]
    assert isinstance(root, Path)
    # 75,723 locked orders (as of April 24, 2024): "75,723", "75.7k" and "7.57万台"
    [locked] = _facts(
        root, "subject = 'Xiaomi SU7' AND metric = 'locked_orders' AND value BETWEEN 75e3 AND 76e3"
    )
    assert locked["value"] == 75723 and locked["qualifier"] == "exact"
    assert _seen(locked) == {75700: 2, 75723: 1}
    assert locked["n_articles"] == 3 and locked["languages"] == ["en", "zh"]
    assert not locked["revised"]
    assert str(locked["first_url"]).endswith(
        "/news/xiaomi-su7-locked-orders-beijing-auto-show.html"
    )
    # YU7 locked orders within an hour: "289,000", "28.9万台" (and facts/: "nearly 290,000")
    # (the 240,000 locked in 18 hours, from world/, is another fact)
    [yu7] = _facts(root, "subject = 'Xiaomi YU7' AND metric = 'locked_orders' AND value > 250000")
    assert (yu7["value"], yu7["period_kind"], yu7["n_articles"]) == (289000, "window", 3)
    # The 2024 SU7 target, raised from 100,000 to 120,000, then (stated as Xiaomi's, when the
    # SU7 was its only car: the same target) to 130,000: one revised fact, the latest value
    [target] = _facts(
        root,
        "subject = 'Xiaomi SU7' AND metric = 'delivery_target' AND period_kind = 'year' "
        "AND period_start = DATE '2024-01-01'",
    )
    assert target["revised"] and target["value"] == 130000
    assert set(_seen(target)) == {100000, 120000, 130000}
    assert list(target["subject_aliases"]) == ["Xiaomi Auto"]
    assert not _facts(root, "subject = 'Xiaomi Auto' AND period_start = DATE '2024-01-01'")
    # Q3 2024 deliveries: "nearly 40,000" (English) and exactly 39,790 (Chinese)
    [q3] = _facts(
        root,
        "metric = 'deliveries' AND status = 'actual' AND period_kind = 'quarter' "
        "AND period_start = DATE '2024-07-01'",
    )
    assert q3["value"] == 39790 and _seen(q3) == {39790: 1, 40000: 1} and not q3["revised"]
    # June 2024: the forecast ("expects ... to exceed 10,000", English and Chinese) and the
    # actual ("topped 10,000") are two facts, never one
    june = _facts(
        root,
        "subject = 'Xiaomi SU7' AND metric = 'deliveries' AND period_start = DATE '2024-06-01'",
    )
    assert sorted((r["status"], r["n_articles"]) for r in june) == [("actual", 1), ("forecast", 2)]


def test_facts_of_the_facts_pages_written_by_hand(runs: dict[str, object]) -> None:
    """site/facts/: August 2025 deliveries first "more than 30,000" (English and Chinese), then
    30,452 filed, then corrected to 30,718; the August target of 30,000 apart; the September
    target in two languages; "nearly 290,000" YU7 locked orders in an hour joins 289,000."""
    root = runs["root"]
    assert isinstance(root, Path)
    [august] = _facts(
        root,
        "metric = 'deliveries' AND status = 'actual' AND period_start = DATE '2025-08-01'",
    )
    assert august["subject"] == "Xiaomi Auto" and august["period_kind"] == "month"
    assert august["revised"] and august["value"] == 30718 and august["qualifier"] == "exact"
    assert _seen(august) == {30000: 2, 30452: 1, 30718: 1}
    assert august["n_articles"] == 4 and august["languages"] == ["en", "zh"]
    assert str(august["first_url"]).endswith("/facts/xiaomi-august-2025-deliveries-top-30000.html")
    assert august["last_published_at"].isoformat().startswith("2025-09-20T03:00")  # type: ignore[union-attr]
    [target] = _facts(root, "metric = 'delivery_target' AND period_start = DATE '2025-08-01'")
    assert (target["status"], target["value"], target["n_articles"]) == ("target", 30000, 1)
    [september] = _facts(root, "metric = 'delivery_target' AND period_start = DATE '2025-09-01'")
    assert september["value"] == 40000 and september["qualifier"] == "more_than"
    assert september["n_articles"] == 2 and september["languages"] == ["en", "zh"]
    [yu7] = _facts(root, "subject = 'Xiaomi YU7' AND metric = 'locked_orders' AND value > 250000")
    assert yu7["value"] == 289000 and _seen(yu7) == {289000: 2, 290000: 1}


def test_facts_rebuild_adds_nothing(runs: dict[str, object]) -> None:
    root = runs["root"]
    assert isinstance(root, Path)
    before = _facts(root, "true")
    assert cli.main(["facts", "--storage", str(root), "--json"]) == 0
    assert _facts(root, "true") == before
    assert len(list((root / "facts").glob("*.parquet"))) == 1
