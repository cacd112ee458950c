"""The whole pipeline against the bundled sample site on loopback, read back with DuckDB."""

from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from pipelines import launcher
from pipelines.core.config import Config, HttpConfig
from pipelines.sample_site.server import SampleSite
from schemas import TABLES

# What the bundled site holds (pipelines/sample_site/README.md): feeds rss, atom, zh, broken.
EXPECTED_FIRST_RUN = {
    "feed_polls": 4,  # one per feed, the broken one included
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
