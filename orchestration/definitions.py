"""The xauto code location: `dagster dev -m orchestration.definitions` (or `make ui`).

The resource is configured from the environment of the code server:
  XAUTO_CONFIG   xauto YAML config (feeds, storage, HTTP, Beam); unset: the bundled sample site
  XAUTO_FEEDS    a feed list or OPML file replacing the config's feeds
  XAUTO_STORAGE  storage root of the tables; unset: the config's (default ./data)
  XAUTO_RUNNER   Beam runner; unset: the config's (DirectRunner)
Each can also be overridden per run in the launchpad (resources: xauto: config: ...).
"""

import os

import dagster as dg

from orchestration.assets import ASSETS
from orchestration.checks import CHECKS
from orchestration.facts import FACTS_CHECKS, facts, facts_automation_sensor
from orchestration.jobs import JOBS
from orchestration.report import REPORT_ASSETS
from orchestration.resources import XautoResource
from orchestration.schedules import SCHEDULES
from orchestration.sensors import SENSORS

defs = dg.Definitions(
    assets=[*ASSETS, facts, *REPORT_ASSETS],
    asset_checks=[*CHECKS, *FACTS_CHECKS],
    jobs=JOBS,
    schedules=SCHEDULES,
    sensors=[*SENSORS, facts_automation_sensor],
    # Steps run in the run's own process: a run is one Beam step (which parallelises itself
    # through its runner) and light checks, so a process per step would only add the ~2 s
    # import of Beam to every check.
    executor=dg.in_process_executor,
    resources={
        "xauto": XautoResource(
            config_path=os.environ.get("XAUTO_CONFIG") or None,
            feeds_path=os.environ.get("XAUTO_FEEDS") or None,
            storage_root=os.environ.get("XAUTO_STORAGE") or None,
            runner=os.environ.get("XAUTO_RUNNER") or None,
        )
    },
)
