"""Which languages the extractor reads: English and Chinese, and one per YAML in data/lang/.

A module of its own, importing nothing of the rules: the run's own process asks it of every
article (to count those in a language it cannot read) and must not load the extractor, which
only the cleaning workers run.
"""

from functools import lru_cache
from importlib import resources

LANG_DIR = "data/lang"


@lru_cache(maxsize=1)
def supported_languages() -> tuple[str, ...]:
    """Languages with a YAML in data/lang/."""
    folder = resources.files("pipelines.core.metrics") / LANG_DIR
    return tuple(
        sorted(
            p.name.removesuffix(".yaml")
            for p in folder.iterdir()
            if p.name.endswith(".yaml") and len(p.name) == 7
        )
    )


def reads_language(lang: str | None) -> bool:
    """Whether the extractor has a vocabulary for `lang` (ISO 639-1)."""
    return lang in ("en", "zh") or (lang is not None and lang in supported_languages())
