"""The metric-event extractor: pure functions, no Beam or Dagster.

`extract_events(text, published=...)` → list of `ExtractedEvent`; vocabulary from YAML
(`load_config(extra_path)`), so a new model or cue word is a data change.

The names below are loaded when first used, not when the package is imported: the rules
compile some thousand patterns (about 0.7 s), and the run's own process, which only hands
pages to the cleaning workers, needs no more of the package than its version and
`languages.reads_language`. The workers load the rules once, in the zygote they fork from.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

# Stamped on every event row, beside the cleaner's version; a backfill re-extracts the pages
# whose events carry an older one. Raise it when the rules change what they find.
EXTRACTOR_VERSION = "rules-2.0"

# public name → the module of the package that defines it
_HOMES = {
    "ExtractedEvent": "extract",
    "extract_events": "extract",
    "extraction_language": "extract",
    "split_sentences": "extract",
    "reads_language": "languages",
    "METRICS": "lexicon",
    "Entity": "lexicon",
    "ExtractorConfig": "lexicon",
    "load_config": "lexicon",
    "NumberMention": "numbers",
    "find_numbers": "numbers",
    "fold": "numbers",
    "parse_chinese_numeral": "numbers",
}

if TYPE_CHECKING:
    from pipelines.core.metrics.extract import (
        ExtractedEvent,
        extract_events,
        extraction_language,
        split_sentences,
    )
    from pipelines.core.metrics.languages import reads_language
    from pipelines.core.metrics.lexicon import METRICS, Entity, ExtractorConfig, load_config
    from pipelines.core.metrics.numbers import (
        NumberMention,
        find_numbers,
        fold,
        parse_chinese_numeral,
    )


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{home}"), name)
    globals()[name] = value  # the next use is a plain attribute
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_HOMES])


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
