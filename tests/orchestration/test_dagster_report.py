"""The scheduled ingest job materialises `report` after the tables: real instance, real run."""

from pathlib import Path

import dagster as dg
import sitekit

from orchestration.definitions import defs
from orchestration.report import report
from schemas import TABLES


def test_schedule_job_includes_the_report_after_the_tables() -> None:
    job = defs.resolve_job_def("ingest_job")
    assert dg.AssetKey("report") in job.asset_layer.selected_asset_keys
    schedule = defs.resolve_schedule_def("ingest_every_30_minutes")
    assert schedule.job_name == "ingest_job"
    graph = defs.resolve_asset_graph()
    parents = {k.to_user_string() for k in graph.get(dg.AssetKey("report")).parent_keys}
    assert parents == {"feed_polls", "feed_entries", "articles", "metric_events", "errors"} | (
        {"facts"} if "facts" in TABLES else set()
    )


def test_ingest_job_writes_the_report(tmp_path: Path) -> None:
    site = sitekit.Site(tmp_path / "site")
    try:
        config = sitekit.write_config(tmp_path / "xauto.yaml", site.feed_urls, tmp_path / "data")
        resource = sitekit.resource(config)
        with dg.instance_for_test() as instance:
            job = _defs_with(resource).resolve_job_def("ingest_job")
            result = job.execute_in_process(instance=instance)
            assert result.success
            events = [
                e
                for e in result.get_asset_materialization_events()
                if e.asset_key == dg.AssetKey("report")
            ]
            assert len(events) == 1
            meta = events[0].materialization.metadata
    finally:
        site.stop()
    path = Path(meta["path"].value)
    assert path == (tmp_path / "data" / "report.html").absolute() and path.is_file()
    assert meta["open"].value == path.as_uri()
    assert meta["feeds"].value == 3 and meta["failing_feeds"].value == 1
    assert "FAILING" in meta["digest"].value and "broken.xml" in meta["digest"].value
    charts = meta["charts"].value
    assert charts["articles-by-language"] > 0 and charts["errors-by-day"] > 0
    html = path.read_text()
    assert "<script" not in html and "Feed health" in html


def _defs_with(resource: object) -> dg.Definitions:
    from orchestration.assets import ASSETS
    from orchestration.checks import CHECKS
    from orchestration.jobs import JOBS

    return dg.Definitions(
        assets=[*ASSETS, report],
        asset_checks=CHECKS,
        jobs=JOBS,
        resources={"xauto": resource},
        executor=dg.in_process_executor,
    )
