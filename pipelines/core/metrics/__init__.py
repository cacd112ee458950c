"""The metric-event extractor: pure functions, no Beam or Dagster.

`extract_events(text, published=...)` → list of `ExtractedEvent`; vocabulary from YAML
(`load_config(extra_path)`), so a new model or cue word is a data change.
"""

from pipelines.core.metrics.extract import (
    EXTRACTOR_VERSION,
    ExtractedEvent,
    detect_language,
    extract_events,
    split_sentences,
)
from pipelines.core.metrics.lexicon import METRICS, Entity, ExtractorConfig, load_config
from pipelines.core.metrics.numbers import NumberMention, find_numbers, fold, parse_chinese_numeral

__all__ = [
    "EXTRACTOR_VERSION",
    "METRICS",
    "Entity",
    "ExtractedEvent",
    "ExtractorConfig",
    "NumberMention",
    "detect_language",
    "extract_events",
    "find_numbers",
    "fold",
    "load_config",
    "parse_chinese_numeral",
    "split_sentences",
]
