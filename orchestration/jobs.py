"""The two jobs: ingest what is new (scheduled, sensed) and re-derive chosen days (backfills)."""

import dagster as dg

from orchestration.assets import ingest, rederive

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
    | dg.AssetSelection.checks_for_assets(*rederive.keys),
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

JOBS = [ingest_job, reprocess_job]
