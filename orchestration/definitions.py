"""The xauto code location: `dagster dev -m orchestration.definitions` (or `make ui`).

The resource is configured from the environment, as dagster-open-platform does it: `dg.EnvVar`,
read when a run starts (not when the code is imported) and shown by name in the launchpad.
  XAUTO_CONFIG   xauto YAML config (feeds, storage, HTTP, Beam), or `sample` for the bundled
                 demo site (`make ui` sets that when XAUTO_CONFIG is unset)
  XAUTO_FEEDS    a feed list or OPML file replacing the config's feeds
  XAUTO_STORAGE  storage root of the tables; unset: the config's (default ./data)
  XAUTO_RUNNER   Beam runner; unset: the config's (DirectRunner)
  XAUTO_STREAMING  1 where `xauto stream` writes the tables: adds the stream freshness checks
                 and their 5-minute schedule (orchestration/stream.py)
A variable the code location was started without is left out (the field's default), since
`dg.EnvVar` fails on an unset one. With neither XAUTO_CONFIG nor XAUTO_FEEDS a polling run fails
and says what to set: the demo is never a production default. Each can also be overridden per
run in the launchpad (resources: xauto: config: ...).
"""

import os
from typing import Any

import dagster as dg

from orchestration.assets import ASSETS
from orchestration.checks import CHECKS
from orchestration.facts import FACTS_CHECKS, facts, facts_automation_sensor
from orchestration.jobs import JOBS
from orchestration.report import REPORT_ASSETS
from orchestration.resources import XautoResource
from orchestration.schedules import SCHEDULES
from orchestration.sensors import SENSORS
from orchestration.stream import (
    STREAM_CHECKS,
    stream_freshness_job,
    stream_freshness_schedule,
    streaming,
)

STREAMS = streaming()


def _from_env(**variables: str) -> dict[str, Any]:
    """field -> dg.EnvVar for each variable that is set (only its presence is looked at here)."""
    return {field: dg.EnvVar(name) for field, name in variables.items() if os.environ.get(name)}


defs = dg.Definitions(
    assets=[*ASSETS, facts, *REPORT_ASSETS],
    asset_checks=[*CHECKS, *FACTS_CHECKS, *(STREAM_CHECKS if STREAMS else [])],
    jobs=[*JOBS, *([stream_freshness_job] if STREAMS else [])],
    schedules=[*SCHEDULES, *([stream_freshness_schedule] if STREAMS else [])],
    sensors=[*SENSORS, facts_automation_sensor],
    # Steps run in the run's own process: a run is one Beam step (which parallelises itself
    # through its runner) and light checks, so a process per step would only add the ~2 s
    # import of Beam to every check.
    executor=dg.in_process_executor,
    resources={
        "xauto": XautoResource(
            **_from_env(
                config_path="XAUTO_CONFIG",
                feeds_path="XAUTO_FEEDS",
                storage_root="XAUTO_STORAGE",
                runner="XAUTO_RUNNER",
            )
        )
    },
)
