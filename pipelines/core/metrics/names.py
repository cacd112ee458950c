"""Names of Xiaomi, its cars and rivals in a text, and the entity an alias stands for.

Apart because the article's time, the subject and the list helpers all look names up here;
`_names_of` is the one cache of where each name occurs.
"""

from __future__ import annotations

import re
from functools import cache

from pipelines.core.metrics import scan
from pipelines.core.metrics.lexicon import Entity, ExtractorConfig


class _Same:
    """A config as a cache key by identity: a config is mutable, so it has no hash."""

    __slots__ = ("cfg",)

    def __init__(self, cfg: ExtractorConfig) -> None:
        self.cfg = cfg

    def __hash__(self) -> int:
        return id(self.cfg)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Same) and other.cfg is self.cfg


def _names(
    cfg: ExtractorConfig, text: str
) -> tuple[tuple[tuple[int, int, Entity], ...], tuple[tuple[int, int], ...]]:
    """The Xiaomi names of a sentence (start, end, entity) and its rivals' names (start, end):
    each sentence is asked for them up to four times (models, subjects, context)."""
    return _names_of(_Same(cfg), text)


# an article's sentences, however many (a page of 1 MB has 10,000): emptied when the next
# article starts (extract_events), so it holds one article's sentences at most
@cache
def _names_of(
    key: _Same, text: str
) -> tuple[tuple[tuple[int, int, Entity], ...], tuple[tuple[int, int], ...]]:
    cfg = key.cfg
    rivals = tuple(
        sorted(
            (m.start(), m.end())
            for pattern in (cfg.competitor_re, cfg.market_re)
            for m in scan.finditer(pattern, text)
            # (in the languages of data/lang/, a carmaker's name written in lower case is a
            # word: Spanish "pérdida neta" is no Neta)
            if not (
                pattern is cfg.competitor_re
                and cfg.lang not in ("en", "zh")
                and m.group(0).isascii()
                and m.group(0).islower()
            )
        )
    )
    hits = tuple(
        (m.start(), m.end(), _entity(cfg, m.group(0)))
        for m in scan.finditer(cfg.entity_re, text)
        if not _rivals_descriptor(cfg, m, rivals)
    )
    if cfg.speaker_keys and len(hits) > 1:
        # "its SU7 …, and aims to deliver 10,000 in June, founder Lei Jun said": the speaker
        # names the company only where nothing else does
        # (not one told before any other name: "…300,000 cars a year, Lu Weibing said, but
        # demand for the YU7 alone exceeds that")
        said = [
            h
            for h in hits
            if re.sub(r"\s+", " ", text[h[0] : h[1]].lower()) in cfg.speaker_keys
            and any(o[0] < h[0] for o in hits if o is not h)
        ]
        if said and len(said) < len(hits):
            hits = tuple(h for h in hits if h not in said)
    return hits, rivals


def _rivals_descriptor(
    cfg: ExtractorConfig, m: re.Match[str], rivals: tuple[tuple[int, int], ...]
) -> bool:
    """A model's descriptor names it only when Xiaomi owns it ("its debut SUV", "Xiaomi's first
    car", 小米首款SUV, "le premier SUV de Xiaomi") and it is the car itself, not a thing named
    after it ("its first car plant"); "Tesla's first SUV", 理想首款SUV are the rival's."""
    if re.sub(r"\s+", " ", m.group(0).lower()) not in cfg.descriptor_keys:
        return False
    text = m.string
    if any(m.start() - 16 <= end <= m.start() for _, end in rivals):
        return True
    if _NOT_THE_CAR.match(text, m.end()):
        return True
    owned = _DESCRIPTOR_OWNER.search(text, max(0, m.start() - 16), m.start())
    return owned is None and _OWNER_AFTER.match(text, m.end()) is None


# who owns a descriptor right before it, in the languages of data/lang/ ("its", 小米, "son")
_DESCRIPTOR_OWNER = re.compile(
    r"(?:\b(?:its|their|our|Xiaomi|Xiaomi['’]s|the\s+company['’]s|the\s+brand['’]s|son|sa|su|sein(?:e[nms]?)?|"
    r"Xiaomis|seu|sua|il\s+suo|la\s+sua|jego|ilk)|小米(?:的|公司|集团)?|其|旗下|シャオミ(?:の|初の)?|샤오미(?:의)?)"
    r"\s*(?:own\s+|long-awaited\s+|much-anticipated\s+|very\s+)?$",
    re.I,
)
_OWNER_AFTER = re.compile(r"\s+(?:de|di|von|da|do|của)\s+(?:la\s+)?Xiaomi\b", re.I)
# the descriptor names something else: "its first car plant", "first car built on ..."
_NOT_THE_CAR = re.compile(
    r"\s*(?:plant|factory|facility|line|store|showroom|dealership|built|assembled|made|工厂|门店)",
    re.I,
)


def _entity(cfg: ExtractorConfig, alias: str) -> Entity:
    key = re.sub(r"\s+", " ", alias.lower())
    found = cfg.alias_to_entity.get(key)
    if found is None:
        found = cfg.alias_to_entity[re.sub(r"(?:'s|’s|s)$", "", key)]
    return found


def _named(cfg: ExtractorConfig, name: str) -> Entity | None:
    return next((e for e in cfg.entities if e.name == name), None)


scan.speed_up(globals())
