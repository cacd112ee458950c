"""The `facts` asset (one row per figure across outlets), downstream of `metric_events`, and
its checks.

Unpartitioned: a fact gathers articles of many days, so the table is rebuilt whole from all
of metric_events (seconds; see bench/bench_facts.py) and swapped in as one file. `xauto run`
and `xauto backfill` (so the `ingest` and `rederive` steps) already end with that rebuild;
this asset records it in Dagster and re-runs it when metric_events changes (its automation
condition), so a backfill of metric_events is always followed by fresh facts, and the checks
below run on them.
"""

from collections import Counter

import dagster as dg
import pyarrow.compute as pc

from orchestration.assets import GROUP, POOL, column_schema, table_rows
from orchestration.checks import check_file_schema
from orchestration.resources import XautoResource
from pipelines.core.config import ConfigError
from pipelines.launcher import run_facts
from pipelines.locks import LockTimeout
from pipelines.storage import Storage
from schemas import FACTS, METRIC_EVENTS, SCHEMA_VERSION

SAMPLE = 5
# Any partition of metric_events updated (an ingest, a backfill), and no upstream step still
# running: rebuild. `eager()` would wait for every daily partition to exist, which never holds.
FACTS_AUTOMATION = (
    (dg.AutomationCondition.any_deps_updated() | dg.AutomationCondition.newly_missing())
    .since_last_handled()
    .with_label("metric_events changed since the last rebuild")
    & ~dg.AutomationCondition.any_deps_in_progress()
    & ~dg.AutomationCondition.in_progress()
)


@dg.asset(
    name=FACTS.name,
    deps=[METRIC_EVENTS.name],
    group_name=GROUP,
    kinds={"parquet", "beam"},
    pool=POOL,
    automation_condition=FACTS_AUTOMATION,
    description=f"{FACTS.description}\n\nKey `{FACTS.key}`; not partitioned: one Parquet file "
    "rebuilt whole from metric_events and swapped in atomically.",
    metadata={
        "dagster/column_schema": column_schema(FACTS),
        "dagster/table_name": FACTS.name,
        "key": FACTS.key,
        "schema_version": SCHEMA_VERSION,
    },
)
def facts(context: dg.AssetExecutionContext, xauto: XautoResource) -> dg.MaterializeResult:
    try:
        with xauto.resolved_config(serve_sample=False) as config:
            summary = run_facts(config, xauto.runner, xauto.beam_args)
        storage = xauto.storage()
    except (ConfigError, LockTimeout, OSError) as exc:
        raise dg.Failure(description=f"the facts rebuild failed: {exc}") from exc
    context.log.info(f"facts rebuilt: {summary.as_dict()}")
    return dg.MaterializeResult(
        metadata={
            "dagster/row_count": table_rows(storage, FACTS),
            "events_read": summary.count("facts_events_read"),
            "revised": summary.count("facts_revised"),
            "seconds": round(summary.seconds, 2),
            "path": dg.MetadataValue.path(storage.table_dir(FACTS)),
        }
    )


# Evaluates the condition above (every 30 s); running by default, so a deployment rebuilds
# facts after a backfill without anyone switching a sensor on.
facts_automation_sensor = dg.AutomationConditionSensorDefinition(
    "facts_automation_sensor",
    target=dg.AssetSelection.assets(FACTS.name),
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Rebuild facts after metric_events changes (the facts asset's condition).",
)


def check_unique_fact_id(storage: Storage) -> dg.AssetCheckResult:
    ids = storage.read(FACTS, ["fact_id"])["fact_id"].to_pylist()
    dupes = [k for k, n in Counter(ids).items() if n > 1]
    return dg.AssetCheckResult(
        passed=not dupes,
        description=f"{len(dupes)} fact_id values appear twice" if dupes else None,
        metadata={"facts": len(ids), "duplicates": dg.MetadataValue.json(dupes[:SAMPLE])},
    )


def check_events_covered(storage: Storage) -> dg.AssetCheckResult:
    """Each metric event is in exactly one fact, and every event a fact names exists: the
    facts are built from the current metric_events, nothing lost or counted twice."""
    events = set(storage.read(METRIC_EVENTS, ["event_id"])["event_id"].to_pylist())
    named = Counter(
        e for ids in storage.read(FACTS, ["event_ids"])["event_ids"].to_pylist() for e in ids
    )
    missing = sorted(events - set(named))
    unknown = sorted(set(named) - events)
    twice = sorted(e for e, n in named.items() if n > 1)
    return dg.AssetCheckResult(
        passed=not (missing or unknown or twice),
        description=f"{len(missing)} events in no fact, {len(unknown)} unknown events, "
        f"{len(twice)} events in two facts (rebuild with `xauto facts`)"
        if missing or unknown or twice
        else None,
        metadata={
            "events": len(events),
            "events_in_no_fact": dg.MetadataValue.json(missing[:SAMPLE]),
            "unknown_events": dg.MetadataValue.json(unknown[:SAMPLE]),
            "events_in_two_facts": dg.MetadataValue.json(twice[:SAMPLE]),
        },
    )


def check_consistent(storage: Storage) -> dg.AssetCheckResult:
    """Each row agrees with itself: its value was seen, its counts match its events, a
    revised fact saw two values."""
    rows = storage.read(FACTS).to_pylist()
    bad = []
    for r in rows:
        seen = {v["value"] for v in r["values_seen"]}
        problems = []
        if r["value"] not in seen:
            problems.append("value not in values_seen")
        if not 1 <= r["n_outlets"] <= r["n_articles"] <= len(r["event_ids"]):
            problems.append("counts: n_outlets <= n_articles <= events")
        if r["revised"] and len(seen) < 2:
            problems.append("revised with one value")
        if problems:
            bad.append(f"{r['fact_id']}: {', '.join(problems)}")
    return dg.AssetCheckResult(
        passed=not bad,
        description=f"{len(bad)} of {len(rows)} facts are inconsistent" if bad else None,
        metadata={
            "facts": len(rows),
            "revised": int(pc.sum(storage.read(FACTS, ["revised"])["revised"]).as_py() or 0),
            "examples": dg.MetadataValue.json(bad[:SAMPLE]),
        },
    )


def _check(name: str, fn: object, description: str) -> dg.AssetChecksDefinition:
    @dg.asset_check(asset=FACTS.name, name=name, description=description, blocking=True)
    def _run(xauto: XautoResource) -> dg.AssetCheckResult:
        return fn(xauto.storage())  # type: ignore[operator,no-any-return]

    return _run


FACTS_CHECKS = [
    _check(
        "file_schema_matches",
        lambda storage: check_file_schema(storage, FACTS),
        "The facts file has exactly the columns of schemas/ (FACTS).",
    ),
    _check("unique_fact_id", check_unique_fact_id, "No fact_id appears twice."),
    _check(
        "events_covered",
        check_events_covered,
        "Every metric event is in exactly one fact; every event a fact names exists.",
    ),
    _check(
        "consistent",
        check_consistent,
        "value is among values_seen; n_outlets <= n_articles <= events; revised saw 2 values.",
    ),
]
