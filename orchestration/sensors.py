"""A sensor that polls the feeds cheaply and asks for an ingest run only when there is news.

Each tick runs the poll-only pipeline (`xauto poll`: conditional GETs with the validators kept
in feed_polls, new entries recorded in feed_entries, no page fetched). Then it asks the tables
which entries have a page never tried yet; those are what an ingest run would fetch.

- none: SkipReason, with what the poll saw;
- some: one RunRequest of ingest_job whose run_key is a hash of those page URLs, so the same
  entries never request a second run (Dagster drops a repeated run_key), and the cursor keeps
  the last key so a repeat is reported as a skip with its reason rather than a silent dedupe.

If the requested run fails, the entries stay unfetched under the same key: the 30-minute
schedule (which fetches every pending page) picks them up; the sensor does not loop on them.
A tick that finds the storage root locked by a run skips instead of waiting for it.
"""

import hashlib
import json
from typing import Any

import dagster as dg

from orchestration.assets import run_metadata, table_rows
from orchestration.jobs import ingest_job
from orchestration.observe import unrecorded_changes
from orchestration.resources import XautoResource
from pipelines.launcher import RunSummary
from pipelines.locks import LockTimeout
from pipelines.state import plan_run
from pipelines.storage import Storage
from schemas import TABLES

# A tick must finish inside the sensor timeout (60 s by default,
# DAGSTER_SENSOR_GRPC_TIMEOUT_SECONDS): a run holding the writer lock longer than this makes the
# tick skip, and each feed request of the tick's poll gets this long, without retries. Feeds are
# fetched concurrently (http.fetch_threads, 16), so up to 48 feeds fit in 5 + 3 x 15 s. A feed
# that needs more simply fails this poll (a row in feed_polls and errors); the next tick or the
# schedule's ingest, which has the config's full timeouts and retries, polls it again.
LOCK_TIMEOUT_SECONDS = 5.0
FEED_TIMEOUT_SECONDS = 15.0
POLLED_TABLES = ("feed_polls", "feed_entries", "errors")


def run_key(urls: list[str]) -> str:
    digest = hashlib.sha256("\n".join(sorted(urls)).encode()).hexdigest()
    return f"new-entries-{digest[:16]}"


def _poll_events(summary: RunSummary, storage: Storage) -> list[dg.AssetMaterialization]:
    """The poll wrote rows: report them on their assets so the UI shows every write."""
    return [
        dg.AssetMaterialization(
            asset_key=name,
            description="rows appended by the feed sensor's poll",
            metadata={
                "dagster/row_count": table_rows(storage, TABLES[name]),
                "rows_written": summary.rows[name],
                **run_metadata(summary),
            },
        )
        for name in POLLED_TABLES
        if summary.rows[name]
    ]


@dg.sensor(
    job=ingest_job,
    minimum_interval_seconds=300,
    description="Polls the feeds (no page fetch) and requests an ingest run when entries with "
    "unfetched pages appear; run_key = hash of those pages, so never twice for the same.",
)
def new_entries_sensor(
    context: dg.SensorEvaluationContext, xauto: XautoResource
) -> dg.SensorResult:
    try:
        summary = xauto.ingest(
            fetch=False, lock_timeout=LOCK_TIMEOUT_SECONDS, feed_timeout=FEED_TIMEOUT_SECONDS
        )
    except LockTimeout:
        return dg.SensorResult(
            skip_reason="a run is writing the tables; polling again at the next tick"
        )
    except OSError as exc:  # e.g. a running ingest holds the sample site's port
        return dg.SensorResult(skip_reason=f"could not poll: {exc}")
    with xauto.resolved_config(serve_sample=False) as config:
        storage = Storage(config.storage)
        plan = plan_run(config, storage)
    events = _poll_events(summary, storage)
    # attempt 1: never tried. Failed pages due for a retry are the schedule's business.
    new = sorted(task.url for task in plan.pending_pages if task.attempt == 1)
    polled = (
        f"polled {summary.count('feeds_polled')} feeds ({summary.count('feeds_failed')} "
        f"failed), {summary.count('new_entries')} new entries"
    )
    if not new:
        return dg.SensorResult(
            skip_reason=f"nothing new: {polled}, no page waiting to be fetched",
            asset_events=events,
        )
    key = run_key(new)
    previous: dict[str, Any] = json.loads(context.cursor) if context.cursor else {}
    if previous.get("run_key") == key:
        return dg.SensorResult(
            skip_reason=f"{polled}; the {len(new)} unfetched pages were already requested "
            f"(run_key {key})",
            asset_events=events,
        )
    context.log.info(f"{polled}; requesting a run for {len(new)} pages")
    return dg.SensorResult(
        run_requests=[
            dg.RunRequest(
                run_key=key,
                tags={"xauto/trigger": "new_entries", "xauto/pages": str(len(new))},
            )
        ],
        cursor=json.dumps({"run_key": key, "pages": len(new)}),
        asset_events=events,
    )


@dg.sensor(
    minimum_interval_seconds=60,
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Reports what the tables hold on disk (row counts from the Parquet footers, "
    "days with data) when it differs from what this instance recorded: writes by `xauto run`, "
    "`make run` or a backfill outside Dagster become visible. Reads footers only; never writes.",
)
def tables_on_disk_sensor(
    context: dg.SensorEvaluationContext, xauto: XautoResource
) -> dg.SensorResult:
    storage = xauto.storage()
    events = list(unrecorded_changes(context.instance, storage))
    if not events:
        return dg.SensorResult(
            skip_reason=f"the instance already records what {storage.root} holds"
        )
    changed = sorted({e.asset_key.to_user_string() for e in events})
    context.log.info(f"reporting {len(events)} materializations found on disk: {changed}")
    return dg.SensorResult(asset_events=events)


SENSORS = [new_entries_sensor, tables_on_disk_sensor]
