"""Freshness checks for a deployment that streams (`xauto stream` writes the tables, Dagster
watches them): a stalled stream fails a check within the lag an operator sets.

Batch stays the default: these checks join the code location only when XAUTO_STREAMING=1.
A commit is a file renamed into a table folder, so the newest commit is the newest file's
modification time (the stream writes each file just before it renames it); it does not
depend on what the news say, only on the stream committing. feed_entries and metric_events
commit when something new is published, so each has its own lag, longer than the quiet spells
of the feeds watched.
  XAUTO_STREAM_LAG_FEED_ENTRIES     minutes, default 60
  XAUTO_STREAM_LAG_METRIC_EVENTS    minutes, default 360
"""

import datetime as dt
import os

import dagster as dg
import pyarrow.fs as pafs

from orchestration.resources import XautoResource
from pipelines.storage import Storage
from schemas import FEED_ENTRIES, METRIC_EVENTS, Table

DEFAULT_LAG_MINUTES = {FEED_ENTRIES.name: 60, METRIC_EVENTS.name: 360}


def streaming() -> bool:
    return os.environ.get("XAUTO_STREAMING", "") in ("1", "true", "yes")


def max_lag(table: Table) -> dt.timedelta:
    """The lag set for the table (XAUTO_STREAM_LAG_<TABLE>, minutes), else its default."""
    value = os.environ.get(f"XAUTO_STREAM_LAG_{table.name.upper()}")
    minutes = float(value) if value else DEFAULT_LAG_MINUTES[table.name]
    return dt.timedelta(minutes=minutes)


def newest_commit(storage: Storage, table: Table) -> dt.datetime | None:
    """When the newest file of the table was committed (its modification time)."""
    files = storage.part_files(table)
    if not files:
        return None
    infos: list[pafs.FileInfo] = storage.fs.get_file_info(files)
    stamps = [i.mtime for i in infos if i.mtime is not None]
    return max(stamps).astimezone(dt.UTC) if stamps else None


def check_freshness(
    storage: Storage, table: Table, lag: dt.timedelta, now: dt.datetime | None = None
) -> dg.AssetCheckResult:
    now = now or dt.datetime.now(dt.UTC)
    newest = newest_commit(storage, table)
    if newest is None:
        return dg.AssetCheckResult(
            passed=False, description=f"{table.name} has no file: the stream never committed"
        )
    age = now - newest
    minutes = round(age.total_seconds() / 60, 1)
    return dg.AssetCheckResult(
        passed=age <= lag,
        description=None
        if age <= lag
        else f"newest commit {minutes} min ago, over the lag of {lag.total_seconds() / 60:g} "
        "min: is `xauto stream` running?",
        metadata={
            "newest_commit": newest.isoformat(),
            "age_minutes": dg.MetadataValue.float(minutes),
            "max_lag_minutes": lag.total_seconds() / 60,
        },
    )


def _freshness_check(table: Table) -> dg.AssetChecksDefinition:
    @dg.asset_check(
        asset=table.name,
        name="stream_fresh",
        description=f"The stream committed to {table.name} within the lag set "
        f"(XAUTO_STREAM_LAG_{table.name.upper()}, minutes; default "
        f"{DEFAULT_LAG_MINUTES[table.name]}).",
        blocking=False,
    )
    def _check(xauto: XautoResource) -> dg.AssetCheckResult:
        return check_freshness(xauto.storage(), table, max_lag(table))

    return _check


STREAM_CHECKS: list[dg.AssetChecksDefinition] = [
    _freshness_check(FEED_ENTRIES),
    _freshness_check(METRIC_EVENTS),
]
# Run them every few minutes (a schedule of checks only: it writes nothing, takes no lock).
stream_freshness_job = dg.define_asset_job(
    "stream_freshness", selection=dg.AssetSelection.checks(*STREAM_CHECKS)
)
stream_freshness_schedule = dg.ScheduleDefinition(
    name="stream_freshness_every_5_minutes",
    job=stream_freshness_job,
    cron_schedule="*/5 * * * *",
    default_status=dg.DefaultScheduleStatus.RUNNING,
)
