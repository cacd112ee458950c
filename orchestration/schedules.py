"""Every 30 minutes, ingest what the feeds have new (a 304 poll costs almost nothing)."""

import dagster as dg

from orchestration.jobs import ingest_job
from orchestration.partitions import TIMEZONE

ingest_every_30_minutes = dg.ScheduleDefinition(
    name="ingest_every_30_minutes",
    job=ingest_job,
    cron_schedule="*/30 * * * *",
    execution_timezone=TIMEZONE,
    description="Poll the feeds and ingest what is new; also retries failed pages when due.",
)

SCHEDULES = [ingest_every_30_minutes]
