"""Property tests (hypothesis): random text through the extractor always comes back, with
events that hold together. The seconds per MB of hostile text are measured in
bench/bench_adversarial.py, not here."""

import datetime as dt
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipelines.core.metrics import METRICS, extract_events
from pipelines.core.metrics.periods import PERIOD_KINDS

EXAMPLES = int(os.environ.get("XAUTO_HYPOTHESIS_EXAMPLES", "200"))
# Pieces that make the extractor work: names, cue words, numbers in many forms, separators.
PIECES = [
    "Xiaomi", "SU7", "YU7", "小米汽车", "シャオミ", "샤오미", " delivered ", " orders ", " locked ",
    "交付", "锁单", "大定", " target ", " revenue ", "营收", "yuan", "元", "万", "亿", "辆", "台",
    "10,000", "1.234,5", "81 302", "75.7k", "8万8898", "12345", "0", "99999999999999", "%",
    " in October ", "2025年", "Q3 2024", " as of April 24 ", "截至", " per month ", "。", ". ",
    ", ", " - ", "·", "(", ")", "[1]", "\n", " ", "entregas", "livraisons", "納車", "인도",
]  # fmt: skip
TEXT = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=120).map("".join)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=TEXT,
    published=st.one_of(st.none(), st.dates(dt.date(2020, 1, 1), dt.date(2030, 12, 31))),
    language=st.sampled_from([None, "en", "zh", "fr", "ja", "xx"]),
)
def test_random_text_gives_well_formed_events(
    text: str, published: dt.date | None, language: str | None
) -> None:
    for ev in extract_events(text, published=published, language=language):
        assert ev.metric in METRICS and ev.period_kind in PERIOD_KINDS
        assert 0 <= ev.char_start <= ev.char_end <= len(text)
        # the evidence is the sentence as folded (full-width digits, Traditional Chinese):
        # the same length, so its offsets point into the original text
        assert len(ev.evidence) == ev.char_end - ev.char_start > 0
        assert ev.value == ev.value  # not NaN
        assert ev.value_max is None or ev.value_max >= ev.value
        assert (ev.metric == "other") == (ev.label is not None)
        if ev.period_start and ev.period_end:
            assert ev.period_start <= ev.period_end
