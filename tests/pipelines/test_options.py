"""XautoOptions caches Beam's option views: it must behave exactly as uncached views do."""

import copy
import pickle

from apache_beam.options.pipeline_options import DirectOptions, PipelineOptions, StandardOptions

from pipelines.core.config import BeamConfig, Config
from pipelines.options import XautoOptions, pipeline_options


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
