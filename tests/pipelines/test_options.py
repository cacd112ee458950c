"""XautoOptions caches Beam's option views, and the introspection cache Beam's signatures:
both must behave exactly as Beam uncached does. The FnApiRunner's metrics stay merged
(bound_runner_metrics), so a long stream neither grows nor fails reading them."""

import copy
import inspect
import pickle
import sys
from collections.abc import Iterator
from pathlib import Path

import apache_beam as beam
from apache_beam.coders import VarIntCoder
from apache_beam.io.restriction_trackers import OffsetRange, OffsetRestrictionTracker
from apache_beam.metrics import Metrics
from apache_beam.metrics.metric import MetricsFilter
from apache_beam.options.pipeline_options import DirectOptions, PipelineOptions, StandardOptions
from apache_beam.testing.util import assert_that, equal_to
from apache_beam.transforms.userstate import BagStateSpec

from pipelines.core.config import BeamConfig, Config
from pipelines.options import (
    STATE_SAMPLING_MS,
    XautoOptions,
    cache_beam_introspection,
    new_pipeline,
    pipeline_options,
)


def test_cached_views_share_the_store_like_beams_own() -> None:
    flags = ["--direct_num_workers=3", "--direct_running_mode=multi_threading"]
    for cls in (PipelineOptions, XautoOptions):
        options = cls(flags, runner="DirectRunner")
        direct = options.view_as(DirectOptions)
        assert direct.direct_num_workers == 3
        direct.direct_num_workers = 4  # written through one view, read through another
        assert options.view_as(DirectOptions).direct_num_workers == 4
        assert options.get_all_options()["direct_num_workers"] == 4
        assert options.view_as(StandardOptions).runner == "DirectRunner"


def test_copies_and_pickles_are_independent_of_the_original() -> None:
    options = pipeline_options(
        Config(beam=BeamConfig(options=["--direct_num_workers=3"])), None, []
    )
    assert isinstance(options, XautoOptions)
    copied = copy.deepcopy(options)  # what beam.Pipeline does with its options
    copied.view_as(DirectOptions).direct_num_workers = 5
    assert options.view_as(DirectOptions).direct_num_workers == 3
    assert copied.view_as(DirectOptions).direct_num_workers == 5
    restored = pickle.loads(pickle.dumps(options))
    assert restored.view_as(DirectOptions).direct_num_workers == 3


class _Stateful(beam.DoFn):
    COUNT = BagStateSpec("count", VarIntCoder())

    def process(self, element: tuple[str, int], count=beam.DoFn.StateParam(COUNT)):  # type: ignore[no-untyped-def]  # noqa: B008
        count.add(1)
        yield element


class _Stateless(beam.DoFn):
    def process(self, element: int):  # type: ignore[no-untyped-def]
        yield element


def test_cached_introspection_answers_as_beam_does() -> None:
    """The memoised get_dofn_specs / get_function_args_defaults give Beam's own answers for
    stateful and stateless DoFns and for Maps that wrap different functions, however often
    and in whatever order they are asked."""
    from apache_beam.transforms import core, userstate

    original_specs = userstate.get_dofn_specs
    original_args = core.get_function_args_defaults
    window_map = beam.Map(lambda x, w=beam.DoFn.WindowParam: (x, w)).dofn
    plain_map = beam.Map(lambda x: x).dofn
    dofns = [_Stateful(), _Stateless(), window_map, plain_map, _Stateful()]
    expected = [original_specs(d) for d in dofns]
    expected_args = [original_args(d.process) for d in dofns]
    cache_beam_introspection()
    try:
        for _ in range(2):
            assert [userstate.get_dofn_specs(d) for d in dofns] == expected
            assert [core.get_function_args_defaults(d.process) for d in dofns] == expected_args
        assert userstate.is_stateful_dofn(_Stateful())
        assert not userstate.is_stateful_dofn(_Stateless())
        # the answer is a copy: a caller that changes it changes no later answer
        userstate.get_dofn_specs(_Stateful())[0].clear()
        assert userstate.get_dofn_specs(_Stateful()) == expected[0]
    finally:
        userstate.get_dofn_specs = original_specs
        core.get_function_args_defaults = original_args


def test_a_stateful_dofn_still_runs_with_the_cache(tmp_path: Path) -> None:
    """A pipeline built the project's way (new_pipeline) runs a stateful DoFn correctly."""
    p = new_pipeline(Config(storage=str(tmp_path)), None, [])
    with p:
        out = (
            p
            | beam.Create([("a", 1), ("a", 2), ("b", 3)])
            | beam.ParDo(_Stateful())
            | beam.Map(lambda kv: kv[1])
        )
        assert_that(out, equal_to([1, 2, 3]))


class _OffsetsProvider(beam.transforms.core.RestrictionProvider):
    def initial_restriction(self, n: int) -> OffsetRange:
        return OffsetRange(0, n)

    def create_tracker(self, restriction: OffsetRange) -> OffsetRestrictionTracker:
        return OffsetRestrictionTracker(restriction)

    def restriction_size(self, n: int, restriction: OffsetRange) -> int:
        return restriction.size()


class _OnePerBundle(beam.DoFn):
    """Claims one offset per call and defers the rest: the FnApiRunner resumes the rest in a
    new bundle, so n offsets are n bundles, as the stream's ticks are (stream._Ticks)."""

    def __init__(self) -> None:
        self.steps = Metrics.counter("test", "steps")

    def process(self, n: int, tracker=beam.DoFn.RestrictionParam(_OffsetsProvider())):  # type: ignore[no-untyped-def]  # noqa: B008
        at = tracker.current_restriction().start
        if tracker.try_claim(at):
            self.steps.inc()
            yield at
            tracker.defer_remainder()


def test_the_runners_metrics_stay_merged_however_many_bundles(tmp_path: Path) -> None:
    """Beam's FnApiRunner chained one metrics generator per bundle (bound_runner_metrics): a
    stream's memory grew with every bundle, and reading its counters at the end recursed once
    per bundle. With 300 bundles and a stack limit 100 frames above the test's, that was a
    RecursionError; now each stage keeps one merged list, read with a shallow stack, and the
    counts are Beam's."""
    bundles = 300
    p = new_pipeline(Config(storage=str(tmp_path)), None, ["--streaming"])
    _ = p | beam.Create([bundles]) | beam.ParDo(_OnePerBundle()) | beam.Map(lambda x: x)
    result = p.run()
    result.wait_until_finish()
    limit = sys.getrecursionlimit()
    # The frames already in use (pytest's) plus what a query needs, well under the bundles.
    sys.setrecursionlimit(len(inspect.stack()) + 100)
    try:
        query = result.metrics().query(MetricsFilter().with_namespace("test"))
        infos = list(result.monitoring_infos())
    finally:
        sys.setrecursionlimit(limit)
    assert [c.committed for c in query["counters"]] == [bundles]
    assert len(infos) < bundles  # merged per stage, not one set per bundle


class _SamplingPeriod(beam.DoFn):
    """Emits the sampling period of the state sampler that times this bundle."""

    def process(self, element: int) -> Iterator[int]:
        from apache_beam.runners.worker import statesampler

        tracker = statesampler.get_current_tracker()
        yield tracker.sampling_period_ms if tracker is not None else -1


def test_a_bundles_state_sampler_wakes_often_enough_not_to_hold_its_end(tmp_path: Path) -> None:
    """Beam's sampler slept up to 200 ms, and a bundle's end waited for it to wake (a 100-page
    run ended about 0.1 s late; prompt_state_sampler): bundles run by our pipelines sample
    every STATE_SAMPLING_MS at most."""
    p = new_pipeline(Config(storage=str(tmp_path)), None, [])
    periods = p | beam.Create([1, 2]) | beam.ParDo(_SamplingPeriod())
    assert_that(periods, equal_to([STATE_SAMPLING_MS, STATE_SAMPLING_MS]))
    p.run().wait_until_finish()
    assert STATE_SAMPLING_MS <= 20
