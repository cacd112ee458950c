"""The facts asset materialised by a real Dagster run over stored metric_events, its checks
passing, and a check failing on a facts file that lost an event."""

import datetime as dt
from pathlib import Path

import dagster as dg

from orchestration.facts import FACTS_CHECKS, check_events_covered, facts
from orchestration.resources import XautoResource
from pipelines.storage import Storage
from schemas import FACTS, METRIC_EVENTS


def _event(i: int, value: float, article: str) -> dict[str, object]:
    published = dt.datetime(2024, 11, 1 + i, tzinfo=dt.UTC)
    return {
        "event_id": f"e{i}",
        "article_id": article,
        "url": f"http://127.0.0.1/{article}",
        "source_domain": f"outlet{i}",
        "published_at": published,
        "subject": "Xiaomi SU7",
        "metric": "deliveries",
        "value": value,
        "unit": "vehicles",
        "qualifier": "more_than" if value == 20000 else "exact",
        "status": "actual",
        "period_kind": "month",
        "period_start": dt.date(2024, 10, 1),
        "period_end": dt.date(2024, 10, 31),
        "evidence": "stated",
        "language": "en",
        "published_date": published.date(),
    }


def test_facts_asset_and_checks(tmp_path: Path) -> None:
    storage = Storage(str(tmp_path))
    for i, (value, article) in enumerate([(20000, "a"), (20726, "b"), (20726, "c")]):
        storage.write_part(METRIC_EVENTS, dt.date(2024, 11, 1 + i), [_event(i, value, article)])
    resource = XautoResource(storage_root=str(tmp_path))
    result = dg.materialize([facts, *FACTS_CHECKS], resources={"xauto": resource})
    assert result.success
    checks = result.get_asset_check_evaluations()
    assert len(checks) == 4 and all(c.passed for c in checks)
    [row] = storage.read(FACTS).to_pylist()
    assert row["value"] == 20726 and row["n_articles"] == 3 and not row["revised"]

    # A facts file that lost an event (built before a backfill added it) fails the check.
    storage.write_part(METRIC_EVENTS, dt.date(2024, 11, 9), [_event(8, 21000, "d")])
    assert not check_events_covered(storage).passed


def test_facts_are_requested_after_metric_events_change() -> None:
    """The automation condition asks for a rebuild after any metric_events partition is
    materialised (an ingest or a backfill), once, and not otherwise."""
    from orchestration.definitions import defs

    facts_key = dg.AssetKey("facts")
    instance = dg.DagsterInstance.ephemeral()
    first = dg.evaluate_automation_conditions(defs=defs, instance=instance)
    assert first.get_num_requested(facts_key) == 0  # the first tick only sets the cursor
    instance.report_runless_asset_event(
        dg.AssetMaterialization("metric_events", partition="2024-04-25")
    )
    after = dg.evaluate_automation_conditions(defs=defs, instance=instance, cursor=first.cursor)
    assert after.get_num_requested(facts_key) == 1
    instance.report_runless_asset_event(dg.AssetMaterialization("facts"))
    quiet = dg.evaluate_automation_conditions(defs=defs, instance=instance, cursor=after.cursor)
    assert quiet.get_num_requested(facts_key) == 0
