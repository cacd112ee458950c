"""Every 30 minutes, ingest what the feeds have new (a 304 poll costs almost nothing); each
night, compact the files those runs appended."""

import dagster as dg

from orchestration.jobs import compact_job, ingest_job
from orchestration.partitions import TIMEZONE

ingest_every_30_minutes = dg.ScheduleDefinition(
    name="ingest_every_30_minutes",
    job=ingest_job,
    cron_schedule="*/30 * * * *",
    execution_timezone=TIMEZONE,
    description="Poll the feeds and ingest what is new; also retries failed pages when due.",
)

compact_nightly = dg.ScheduleDefinition(
    name="compact_nightly",
    job=compact_job,
    cron_schedule="15 3 * * *",
    execution_timezone=TIMEZONE,
    description="Merge each partition's files into one (48 runs a day leave 48 files).",
)

SCHEDULES = [ingest_every_30_minutes, compact_nightly]
