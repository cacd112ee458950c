"""The metric-event extractor: pure functions, no Beam or Dagster.

`extract_events(text, published=...)` → list of `ExtractedEvent`; vocabulary from YAML
(`load_config(extra_path)`), so a new model or cue word is a data change.
"""

from pipelines.core.metrics.extract import (
    EXTRACTOR_VERSION,
    ExtractedEvent,
    extract_events,
    extraction_language,
    reads_language,
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
    "extract_events",
    "extraction_language",
    "find_numbers",
    "fold",
    "load_config",
    "parse_chinese_numeral",
    "reads_language",
    "split_sentences",
]
