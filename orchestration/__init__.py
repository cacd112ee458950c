"""Dagster on top of the xauto Beam pipeline: when it runs, what it covers, what it checks.

Small files, one concern each (the dagster-open-platform layout): resources, partitions,
assets, checks, jobs, schedules, sensors, definitions. `definitions.defs` is the entry point
(`dagster dev -m orchestration.definitions`).
"""
