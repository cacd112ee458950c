"""Beam pipeline options: the runner and its flags come from the config or the command line."""

from collections.abc import Sequence

from apache_beam.options.pipeline_options import PipelineOptions

from pipelines.core.config import Config

# Runner names a user may type, to the class Beam knows. Flink, Spark and Dataflow take their
# own flags (--flink_master, --project, --region, --temp_location ...) after the runner.
RUNNERS = {
    "direct": "DirectRunner",
    "portable": "PortableRunner",
    "flink": "FlinkRunner",
    "spark": "SparkRunner",
    "dataflow": "DataflowRunner",
}


def runner_name(name: str | None, config: Config) -> str:
    chosen = name or config.beam.runner
    return RUNNERS.get(chosen.lower(), chosen)


def pipeline_options(
    config: Config, runner: str | None, beam_args: Sequence[str]
) -> PipelineOptions:
    args = [*config.beam.options, *beam_args]
    # save_main_session is off: DoFns live in importable modules, nothing in __main__.
    return PipelineOptions(args, runner=runner_name(runner, config), save_main_session=False)
