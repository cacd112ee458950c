"""Beam pipeline options: the runner and its flags come from the config or the command line."""

import os
import types
from collections.abc import Iterable, Sequence
from typing import Any

from apache_beam import Pipeline
from apache_beam.options.pipeline_options import DirectOptions, PipelineOptions, PipelineOptionsT
from apache_beam.runners.runner import PipelineRunner

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


class XautoOptions(PipelineOptions):
    """PipelineOptions whose views are made once per class.

    Beam's `view_as` builds an argparse parser and parses the flags on every call, and
    building one of our pipelines calls it about 165 times (a run builds two or more): the
    cache halves the CPU time of building the fetch pipeline of a 100-page run (0.20-0.40 s
    to 0.10-0.22 s, CPU time, 4 builds each in 2 processes, on a busy 2-core machine). A view
    keeps no state of its own: it reads and writes the options object's shared store, so one
    view per class is the same as a new one each call.
    """

    def view_as(self, cls: type[PipelineOptionsT]) -> PipelineOptionsT:
        views = self.__dict__.setdefault("_views", {})
        view = views.get(cls)
        if view is None:
            view = views[cls] = super().view_as(cls)
        return view  # type: ignore[no-any-return]

    def __getstate__(self) -> dict[str, Any]:
        # Copies and pickles (Beam deep-copies the options of each pipeline) build their own.
        state = dict(super().__getstate__())  # type: ignore[no-untyped-call]
        state.pop("_views", None)
        return state


def pipeline_options(
    config: Config, runner: str | None, beam_args: Sequence[str]
) -> PipelineOptions:
    args = [*config.beam.options, *beam_args]
    # save_main_session is off: DoFns live in importable modules, nothing in __main__.
    return XautoOptions(args, runner=runner_name(runner, config), save_main_session=False)


def sdk_workers(config: Config, runner: str | None, beam_args: Sequence[str]) -> int:
    """SDK workers the DirectRunner runs at once (each leases its own cleaning pool):
    one in memory, --direct_num_workers (0: every core) in the multi-* running modes."""
    direct = pipeline_options(config, runner, beam_args).view_as(DirectOptions)
    if direct.direct_running_mode not in ("multi_threading", "multi_processing"):
        return 1
    return direct.direct_num_workers or os.cpu_count() or 1


def local_runner(options: PipelineOptions) -> PipelineRunner:
    """The in-process runner behind "DirectRunner", without its detour through Prism.

    Beam's DirectRunner (SwitchingDirectRunner, 2.6x on) first tries the Prism runner, which
    downloads its binary from the internet on every run: offline that costs a failed lookup
    and about 0.3 s per pipeline; online it would run our pipelines in a Go subprocess we never
    test. It then falls back to the FnApiRunner, which we build here as it does, with the
    pipeline options in the provision info (workers of --direct_running_mode read them there).
    """
    from apache_beam.portability.api import beam_provision_api_pb2
    from apache_beam.runners.portability.fn_api_runner import fn_runner
    from apache_beam.runners.portability.portable_runner import JobServiceHandle

    encoded = JobServiceHandle.encode_pipeline_options(options.get_all_options())
    return fn_runner.FnApiRunner(
        provision_info=fn_runner.ExtendedProvisionInfo(
            beam_provision_api_pb2.ProvisionInfo(pipeline_options=encoded)
        )
    )


# Entries of each introspection cache before it is emptied: a long-lived process (Dagster)
# builds pipelines with fresh lambdas every time, so the caches must not grow with them. A run
# uses a few hundred.
_CACHE_SIZE = 4096


def _specs_key(dofn: Any) -> Any:
    """What a DoFn's state and timer specs depend on: its class, and the callables it holds
    (Map and FlatMap wrap a function whose default arguments may declare state). None: not
    cacheable (a precomputed argspec, an unhashable callable)."""
    held = getattr(dofn, "__dict__", None)
    if held is None or held.get("_fullargspec") is not None:
        return None
    parts: list[Any] = [type(dofn)]
    for name, value in sorted(held.items()):
        if callable(value) and not isinstance(value, type):
            try:
                hash(value)
            except TypeError:
                return None
            parts.append((name, value))
    return tuple(parts)


def cache_beam_introspection() -> None:
    """Memoise two of Beam's introspection helpers that it calls on every bundle.

    Beam takes the signature of every method of a DoFn (`userstate.get_dofn_specs`, for
    state and timer parameters) about 440 times per run: building, translating and every
    bundle of every pipeline; each call is 1.3 ms, so about 0.6 s of CPU per run of three
    pipelines, and more with more pipelines. `core.get_function_args_defaults` is called
    about 3,500 times more from the same places. A 40-page run's parent process used
    1.4-1.6 s of CPU before and 1.0-1.2 s after (cProfile and getrusage, bench/cpu_split.py).

    Both answers depend only on code, never on an instance's state: a DoFn's specs on the
    default arguments of its class's methods (or of the function a Map wraps, part of the
    key); a bound method's arguments on its function. Other callables are not cached.
    """
    from apache_beam.transforms import core, userstate

    if getattr(userstate.get_dofn_specs, "xauto_cached", False):
        return
    original_specs = userstate.get_dofn_specs
    original_args = core.get_function_args_defaults
    specs: dict[Any, tuple[frozenset[Any], frozenset[Any]]] = {}
    arguments: dict[Any, tuple[list[str], list[Any]]] = {}

    def get_dofn_specs(dofn: Any) -> tuple[set[Any], set[Any]]:
        key = _specs_key(dofn)
        if key is None:
            return original_specs(dofn)
        found = specs.get(key)
        if found is None:
            state, timers = original_specs(dofn)
            if len(specs) >= _CACHE_SIZE:
                specs.clear()
            found = specs[key] = (frozenset(state), frozenset(timers))
        return set(found[0]), set(found[1])

    def get_function_args_defaults(f: Any) -> tuple[list[str], list[Any]]:
        if isinstance(f, types.MethodType):
            key: Any = (f.__func__, True)
        elif isinstance(f, types.FunctionType):
            key = (f, False)
        else:
            return original_args(f)  # type: ignore[no-any-return]
        found = arguments.get(key)
        if found is None:
            if len(arguments) >= _CACHE_SIZE:
                arguments.clear()
            found = arguments[key] = original_args(f)
        return list(found[0]), list(found[1])

    get_dofn_specs.xauto_cached = True  # type: ignore[attr-defined]
    userstate.get_dofn_specs = get_dofn_specs
    core.get_function_args_defaults = get_function_args_defaults


# The name under which fn_runner imports monitoring_infos.consolidate (apache-beam 2.77). If a
# Beam upgrade renames it, getattr fails loudly rather than the bound silently doing nothing.
_RUNNER_MERGE = "consolidate_monitoring_infos"


def _consolidated_metrics(metrics: Iterable[Any], key: Any = None) -> list[Any]:
    """Beam's `monitoring_infos.consolidate`, done now: a list of fresh MonitoringInfos.

    Each of them is a copy, so it holds no bundle's response (a protobuf message whose memory
    lives in native arenas, out of tracemalloc's sight)."""
    from apache_beam.metrics import monitoring_infos
    from apache_beam.portability.api import metrics_pb2

    out = []
    merged = monitoring_infos.consolidate(metrics, key or monitoring_infos.to_key)  # type: ignore[no-untyped-call]
    for info in merged:
        copied = metrics_pb2.MonitoringInfo()
        copied.CopyFrom(info)
        out.append(copied)
    return out


def bound_runner_metrics() -> None:
    """Make the FnApiRunner keep its metrics as they are, not as a chain of every bundle's.

    After each bundle, `FnApiRunner.run_stages` (apache-beam 2.77, fn_runner.py) sets
    `monitoring_infos_by_stage[stage] = consolidate(chain(bundle's infos, previous))` and
    does the same for the whole pipeline's entry, `''`. `consolidate` is a generator, so
    nothing is merged until the run ends: every bundle adds two generators that hold its
    `InstructionResponse`. A stream runs bundles for as long as it runs: its process grew 80 KB
    per bundle (about 1.1 MB a minute with 15 s polls, bench/stream_memory.py), and reading
    the metrics at the end went through one nested generator per bundle, a RecursionError
    after about a thousand bundles. Consolidating at once keeps one merged list per stage.
    The merge is Beam's own, so the figures are the same; a batch run's bundles are merged
    as they end rather than all at its end.
    """
    from apache_beam.runners.portability.fn_api_runner import fn_runner

    if getattr(getattr(fn_runner, _RUNNER_MERGE), "xauto_bounded", False):
        return
    _consolidated_metrics.xauto_bounded = True  # type: ignore[attr-defined]
    setattr(fn_runner, _RUNNER_MERGE, _consolidated_metrics)


# The state sampler's longest sleep, in ms (Beam's default: 200).
STATE_SAMPLING_MS = 10


def prompt_state_sampler() -> None:
    """Make the end of a long bundle wait at most STATE_SAMPLING_MS for Beam's state sampler.

    Every bundle starts a sampling thread (`statesampler_fast.StateSampler.run`, apache-beam
    2.77) that sleeps 2 ms, then 1.2 times longer each time, up to the sampling period, 200 ms
    by default; `stop` at the bundle's end joins that thread, which sees the stop only when it
    wakes. A bundle longer than a second (the one that fetches and cleans a run's pages) so
    ended about 0.1 s late, on average, with nothing running: 5 % of a 100-page run. With
    10 ms the thread wakes 100 times a second, a few microseconds each. The sampler only
    times the steps (Beam's msec counters), which nothing here reads; its figures stay
    right, taken more often. The bundle processor builds its sampler with the default
    period, so the default is what changes.
    """
    from apache_beam.runners.worker import statesampler

    init = statesampler.StateSampler.__init__
    if init.__defaults__ != (STATE_SAMPLING_MS,):
        init.__defaults__ = (STATE_SAMPLING_MS,)


def new_pipeline(config: Config, runner: str | None, beam_args: Sequence[str]) -> Pipeline:
    cache_beam_introspection()
    bound_runner_metrics()
    prompt_state_sampler()
    options = pipeline_options(config, runner, beam_args)
    if runner_name(runner, config) == "DirectRunner":
        return Pipeline(runner=local_runner(options), options=options)
    return Pipeline(options=options)
