"""The jobs: ingest what is new (scheduled, sensed), re-derive chosen days (backfills), and
compact the files appends leave (scheduled nightly)."""

import dagster as dg

from orchestration.assets import POOL, ingest, rederive
from orchestration.resources import XautoResource

# Runs of these jobs carry this tag; the run queue admits one at a time (dagster.yaml
# `tag_concurrency_limits`, deploy/helm/values.yaml `tagConcurrencyLimits`), so a second writer
# waits in the queue. Runs without the tag (`dagster asset materialize`, which never queues, and
# asset backfills from the UI, which run as the implicit asset job) are still serialised by the
# pool on the writing steps (assets.py).
WRITER_TAGS = {"xauto/storage": "writer"}

ingest_job = dg.define_asset_job(
    "ingest_job",
    # The ingest assets with their checks, plus the checks of articles and metric_events: the
    # ingest run appends to those tables too (checks.py orders them after the ingest step).
    selection=dg.AssetSelection.assets(ingest)
    | dg.AssetSelection.checks_for_assets(*rederive.keys)
    | dg.AssetSelection.tag("xauto/after", "ingest"),  # the report (orchestration/report.py)
    description="Poll the feeds and ingest what is new: one Beam run writing all six tables, "
    "then the checks.",
    run_tags=WRITER_TAGS,
)

reprocess_job = dg.define_asset_job(
    "reprocess_job",
    selection=dg.AssetSelection.assets(rederive),
    partitions_def=rederive.partitions_def,
    description="Re-derive articles and metric_events of chosen days from raw_pages with the "
    "current extractor (no fetching). A range of days is one Beam run.",
    run_tags=WRITER_TAGS,
)


@dg.op(pool=POOL, description="Merge each partition's small files into one; rows unchanged.")
def compact_tables(context: dg.OpExecutionContext, xauto: XautoResource) -> dg.Output[None]:
    summary = xauto.compact()
    for name, stats in summary.tables.items():
        context.log.info(f"{name}: {stats}")
    before = sum(t["files_before"] for t in summary.tables.values())
    after = sum(t["files_after"] for t in summary.tables.values())
    return dg.Output(
        None,
        metadata={
            "files_before": before,
            "files_after": after,
            "seconds": round(summary.seconds, 2),
            "tables": summary.tables,
        },
    )


@dg.job(
    tags=WRITER_TAGS,
    description="Compact the tables: one file per partition, full row groups (maintenance; "
    "no asset changes its rows).",
)
def compact_job() -> None:
    compact_tables()


JOBS = [ingest_job, reprocess_job, compact_job]
