"""The `report` asset: the offline HTML page of `xauto report`, redrawn after every ingest.

It reads the tables and writes one file (report.html in a local storage root), so it takes no
writer pool. The tag puts it in the scheduled ingest job (jobs.py selects assets by it), after
the tables it reads; its metadata carries the page's path and a Markdown digest of feed health.
"""

import dagster as dg

from orchestration.resources import XautoResource
from pipelines.report import build_report
from schemas import ALL_TABLES

# jobs.ingest_job selects the assets with this tag: materialised on every scheduled ingest.
AFTER_INGEST = {"xauto/after": "ingest"}
# facts is where the charted figures come from (metric_events when it is empty)
READS = ("feed_polls", "feed_entries", "articles", "metric_events", "errors") + (
    ("facts",) if "facts" in ALL_TABLES else ()
)


def _digest(feeds: list[dict[str, object]], charts: dict[str, int]) -> str:
    lines = [
        "| state | feed | failures in a row | entries, 7 days | last error |",
        "|---|---|---|---|---|",
    ]
    for f in feeds:
        error = str(f["last_error"] or "").replace("|", "\\|")[:120]
        lines.append(
            f"| {f['state']} | {f['feed_url']} | {f['failures']} | {f['recent']} | {error} |"
        )
    lines += ["", "| chart | points drawn |", "|---|---|"]
    lines += [f"| {name} | {rows or 'no data yet'} |" for name, rows in charts.items()]
    return "\n".join(lines)


@dg.asset(
    name="report",
    deps=list(READS),
    group_name="xauto",
    kinds={"html"},
    tags=AFTER_INGEST,
    description="One self-contained HTML page (no script, nothing fetched when opened): "
    "deliveries by month and model with targets, orders at each launch, revenue and losses by "
    "quarter (each point links to its sources), feed health, errors by stage and type, "
    "articles per day by language and outlet. The same page as `xauto report`.",
)
def report(context: dg.AssetExecutionContext, xauto: XautoResource) -> dg.MaterializeResult:
    root = xauto.storage().root
    result = build_report(root)
    context.log.info(f"report written to {result.path} ({result.bytes} bytes)")
    feeds = [
        {
            "state": "FAILING" if f.failing else "ok",
            "feed_url": f.feed_url,
            "failures": f.failures_in_a_row,
            "recent": f.entries_recent,
            "last_error": f.last_error,
        }
        for f in result.data.feeds
    ]
    return dg.MaterializeResult(
        metadata={
            "path": dg.MetadataValue.path(str(result.path)),
            "open": dg.MetadataValue.url(result.path.as_uri()),
            "bytes": result.bytes,
            "feeds": result.feeds,
            "failing_feeds": result.failing_feeds,
            "points_from": result.data.points_from,
            "charts": dg.MetadataValue.json(result.charts),
            "digest": dg.MetadataValue.md(_digest(feeds, result.charts)),
        }
    )


REPORT_ASSETS = [report]
