"""XautoResource: where the tables live, which config and Beam runner a run uses."""

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

import dagster as dg
from pydantic import Field

from pipelines.compaction import CompactionSummary, compact
from pipelines.core.config import Config
from pipelines.launcher import RunSummary, run_backfill, run_ingest
from pipelines.runconfig import resolved_config
from pipelines.storage import Storage


class XautoResource(dg.ConfigurableResource):  # type: ignore[type-arg]
    """The pipeline as Dagster sees it: a config, a storage root, a Beam runner.

    With no `config_path` (and no `feeds_path`) a run serves the bundled sample site on
    127.0.0.1 for as long as it runs and ingests it, exactly like `xauto run` without a config.
    """

    config_path: str | None = Field(
        default=None,
        description="xauto YAML config (feeds, storage, HTTP limits, Beam runner). "
        "Unset: the bundled sample site is served on loopback for each run.",
    )
    feeds_path: str | None = Field(
        default=None,
        description="A feed list (one URL per line) or OPML file; replaces the config's feeds.",
    )
    storage_root: str | None = Field(
        default=None,
        description="Storage root of the six tables; unset: the config's (default ./data).",
    )
    runner: str | None = Field(
        default=None,
        description="Beam runner (direct, portable, flink, spark, dataflow); unset: config's.",
    )
    beam_args: list[str] = Field(
        default_factory=list,
        description="Extra Beam pipeline options, e.g. ['--direct_num_workers=2'].",
    )
    sample_port: int | None = Field(
        default=None,
        description="Port of the bundled sample site; unset: XAUTO_SAMPLE_PORT or 8765.",
    )

    @contextmanager
    def resolved_config(self, serve_sample: bool = True) -> Iterator[Config]:
        """The run's config; serves the sample site for the block when no config is set."""
        with resolved_config(
            self.config_path,
            self.feeds_path,
            self.storage_root,
            serve_sample=serve_sample,
            port=self.sample_port,
        ) as config:
            yield config

    def storage(self) -> Storage:
        with self.resolved_config(serve_sample=False) as config:
            return Storage(config.storage)

    def ingest(self, fetch: bool = True, lock_timeout: float = 3600.0) -> RunSummary:
        """Poll and ingest what is new (fetch=False: poll and record entries only)."""
        with self.resolved_config() as config:
            return run_ingest(config, self.runner, self.beam_args, fetch, lock_timeout)

    def backfill(self, start: dt.date, end: dt.date) -> RunSummary:
        """Re-derive articles and metric_events of [start, end] from raw_pages; no fetch."""
        with self.resolved_config(serve_sample=False) as config:
            return run_backfill(config, start, end, self.runner, self.beam_args)

    def compact(self) -> CompactionSummary:
        """Merge each partition's files into one (same rows); no fetch, no Beam."""
        with self.resolved_config(serve_sample=False) as config:
            return compact(config.storage)
