"""XautoResource: where the tables live, which config and Beam runner a run uses."""

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

import dagster as dg
from pydantic import Field

from pipelines.compaction import CompactionSummary, compact
from pipelines.core.config import Config, ConfigError
from pipelines.launcher import RunSummary, run_backfill, run_ingest
from pipelines.runconfig import resolved_config
from pipelines.storage import Storage

SAMPLE = "sample"  # config_path naming the bundled sample site


class XautoResource(dg.ConfigurableResource):  # type: ignore[type-arg]
    """The pipeline as Dagster sees it: a config, a storage root, a Beam runner.

    `config_path: sample` serves the bundled sample site on 127.0.0.1 for as long as a run
    needs it and ingests it, like `xauto run` without a config. The demo is asked for by name:
    with neither a config nor a feed list, a run that polls fails and says what to set, rather
    than a production deployment with a missing variable ingesting the demo.
    """

    config_path: str | None = Field(
        default=None,
        description="xauto YAML config (feeds, storage, HTTP limits, Beam runner), or `sample` "
        "for the bundled sample site served on loopback for each run.",
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
        """The run's config; serves the sample site for the block with `config_path: sample`."""
        sample = self.config_path == SAMPLE
        if serve_sample and not sample and not self.config_path and not self.feeds_path:
            raise ConfigError(
                "no feeds to poll: set XAUTO_CONFIG to an xauto config file (or XAUTO_FEEDS to "
                "a feed list), or XAUTO_CONFIG=sample for the bundled demo site"
            )
        with resolved_config(
            None if sample else self.config_path,
            self.feeds_path,
            self.storage_root,
            serve_sample=serve_sample,
            port=self.sample_port,
        ) as config:
            yield config

    def storage(self) -> Storage:
        with self.resolved_config(serve_sample=False) as config:
            return Storage(config.storage)

    def ingest(
        self, fetch: bool = True, lock_timeout: float = 3600.0, feed_timeout: float | None = None
    ) -> RunSummary:
        """Poll and ingest what is new (fetch=False: poll and record entries only).

        `feed_timeout` caps each HTTP request's timeouts at that many seconds, without retries
        (the sensor's poll, which must end inside a tick; the next tick polls again).
        """
        with self.resolved_config() as config:
            if feed_timeout is not None:
                http = config.http
                capped = {
                    "retries": 0,
                    "connect_timeout": min(http.connect_timeout, feed_timeout),
                    "read_timeout": min(http.read_timeout, feed_timeout),
                    "total_timeout": min(http.total_timeout, feed_timeout),
                }
                config = config.model_copy(update={"http": http.model_copy(update=capped)})
            return run_ingest(config, self.runner, self.beam_args, fetch, lock_timeout)

    def backfill(self, start: dt.date, end: dt.date) -> RunSummary:
        """Re-derive articles and metric_events of [start, end] from raw_pages; no fetch."""
        with self.resolved_config(serve_sample=False) as config:
            return run_backfill(config, start, end, self.runner, self.beam_args)

    def compact(self) -> CompactionSummary:
        """Merge each partition's files into one (same rows); no fetch, no Beam."""
        with self.resolved_config(serve_sample=False) as config:
            return compact(config.storage)
