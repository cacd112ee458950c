"""The language of an article or a sentence, as an ISO 639-1 code.

One function for the cleaner and the extractor (each used to guess from the share of CJK
characters, with different thresholds). The script decides where it can: Hangul is Korean,
kana is Japanese, Han without either is Chinese (simplified and traditional alike), and
that holds on a headline of five characters. Latin and Cyrillic text goes to py3langid (a
naive Bayes model of byte n-grams, shipped inside the package, offline, about 4 ms for an
article), restricted to the languages we support plus close neighbours, so a Catalan or
Ukrainian page is named as such instead of being forced into Spanish or Russian.

The feed's declared language and the page's (`<html lang>`, trafilatura's metadata) are
hints: they decide when the text is too short or the model unsure, never against a
confident reading of a long text (feeds often declare "en" for everything).
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.metadata
import os
import pickle
import re
import tempfile
import threading
from functools import lru_cache
from pathlib import Path
from typing import Any

# Languages with extraction rules (English, Chinese and the thirteen of issue 14).
SUPPORTED = (
    "en", "zh", "fr", "es", "pt", "it", "de", "ja", "ko", "ru", "id", "vi", "tr", "pl", "nl",
)  # fmt: skip
# Neighbours the model may answer so that their text is not forced into a supported language
# (Catalan or Galician into Spanish, Malay into Indonesian, Ukrainian into Russian...).
NEIGHBOURS = ("ca", "gl", "ms", "ro", "sv", "da", "no", "cs", "sk", "uk", "bg", "hr", "hu", "fi")

# Calibrated on the devset (87 articles, 15 languages) and 38 short headlines and sentences
# of our own (tests/core/test_language.py): a declared language wins when the model gives it
# at least this share of its top probability: a twentieth on a text of fewer than
# MIN_LETTERS letters (a headline), a half on longer text (a close call). With a wrong hint,
# the short French "Le YU7 a reçu 240 000 commandes fermes." gives p(en)/p(fr) = 0.02.
MIN_LETTERS = 40
SHORT_HINT_RATIO = 0.05
LONG_HINT_RATIO = 0.5
# A neighbour must win clearly: a short Portuguese sentence reads as Galician by a hair
# (p 0.50 against 0.46), a Catalan or Ukrainian one by a factor of thousands.
NEIGHBOUR_RATIO = 0.3
MAX_CHARS = 1500  # an article's language shows in its first paragraphs (py3langid is O(n))

_HANGUL = re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")
_KANA = re.compile(r"[\u3040-\u309f\u30a0-\u30ff\u31f0-\u31ff\uff66-\uff9f]")
_HAN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff]")
# Simplified forms Japanese never writes (車 not 车, 産 not 产): Chinese whatever a feed says.
_SIMPLIFIED = re.compile(
    "[们这为发对说时车开后创扩产业务钱见东门问间语让计设该话调资购线组织经结给销进过运还边选]"
)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LETTER = re.compile(r"[^\W\d_]")
# Tokens that say nothing about the language and mislead an n-gram model on short text:
# URLs, numbers, model codes ("SU7", "YU7", "14T"), the brand, ALL-CAPS acronyms.
_NOISE = re.compile(
    r"https?://\S+|\S+@\S+|\b[\w.-]*\d[\w.,'-]*\b|\b(?:Xiaomi|Redmi|HyperOS|Lei\s+Jun)\b|\b[A-Z]{2,}\b"
)

_lock = threading.Lock()


@lru_cache(maxsize=1)
def _identifier() -> Any:
    """The model, loaded once per process and restricted to our languages.

    py3langid ships it LZMA-compressed: decompressing takes 0.5-0.9 s of CPU, on the critical
    path of every run's first page (the cleaning workers' warm-up). The restricted model is
    kept uncompressed in a cache file (`model_cache_path`) and read back in under 0.1 s; the
    file is only an optimisation, rebuilt when missing, unreadable or of another version."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    with _lock:
        path = model_cache_path()
        if path is not None:
            with contextlib.suppress(Exception):  # a cache we cannot read is rebuilt
                with open(path, "rb") as f:
                    parts = pickle.load(f)
                return LanguageIdentifier(*parts[:5], norm_probs=True, tk_row=parts[5])
        ident = LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)
        ident.set_languages([*SUPPORTED, *NEIGHBOURS])
        if path is not None:
            _write_cache(path, ident)
    return ident


def model_cache_path() -> Path | None:
    """Where the restricted model is cached: $XAUTO_CACHE_DIR, else $XDG_CACHE_HOME/xauto or
    ~/.cache/xauto; named by py3langid's version and our languages. None: no cache."""
    if os.environ.get("XAUTO_CACHE_DIR") == "":
        return None  # set but empty: caching off
    try:
        version = importlib.metadata.version("py3langid")
    except importlib.metadata.PackageNotFoundError:
        return None
    root = os.environ.get("XAUTO_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "xauto"
    )
    langs = hashlib.sha256(",".join([*SUPPORTED, *NEIGHBOURS]).encode()).hexdigest()[:12]
    return Path(root) / f"langid-{version}-{langs}-{_CACHE_FORMAT}.pickle"


_CACHE_FORMAT = 1


def _write_cache(path: Path, ident: Any) -> None:
    parts = (
        ident.nb_ptc,
        ident.nb_pc,
        ident.nb_classes,
        ident.tk_nextmove,
        ident.tk_output,
        ident.tk_row,
    )
    with contextlib.suppress(OSError):  # a read-only home: no cache, same answers
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                pickle.dump(parts, f, protocol=5)
            os.replace(tmp, path)  # whole or absent: another process may be reading it
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def warm_up() -> None:
    """Load the model now (a DoFn's setup()), not on the first article."""
    _identifier()


def normalise_code(code: str | None) -> str | None:
    """'en-US', 'zh_Hant', 'PT-br', ' de ' → 'en', 'zh', 'pt', 'de'; junk → None."""
    if not code:
        return None
    base = re.split(r"[-_\s]", code.strip().lower(), maxsplit=1)[0]
    if base in ("iw",):
        return "he"
    if base == "in":
        return "id"
    if base in ("no", "nn"):
        return "no"
    return base if re.fullmatch(r"[a-z]{2}", base) else None


def _script(sample: str) -> str | None:
    """A CJK or Hangul script decides the language; None for Latin, Cyrillic and the rest."""
    hangul = len(_HANGUL.findall(sample))
    kana = len(_KANA.findall(sample))
    han = len(_HAN.findall(sample))
    letters = len(_LETTER.findall(sample)) or 1
    cjk = hangul + kana + han
    if cjk < 0.2 * letters:
        return None  # a Latin text quoting a few Chinese names
    if hangul >= max(kana, 1) and hangul >= 0.2 * cjk:
        return "ko"
    # Japanese writes kanji with kana between them; a Chinese text has none, or a few in a
    # quoted brand. One kana in twenty CJK characters is far above Chinese news.
    if kana >= max(2, 0.05 * cjk) or (kana and cjk < 20):
        return "ja"
    return "zh"


def detect_language(text: str, hint: str | None = None, *hints: str | None) -> str | None:
    """ISO 639-1 code of `text`; `hint` (and further hints, first is strongest) are declared
    languages used when the text is too short or the model unsure. None when neither the
    text nor a hint tells."""
    declared = [c for c in (normalise_code(h) for h in (hint, *hints)) if c]
    sample = text[:MAX_CHARS]
    by_script = _script(sample)
    if (
        by_script == "zh"
        and declared[:1] == ["ja"]
        and not _KANA.search(sample)
        and not _SIMPLIFIED.search(sample)
    ):
        return "ja"  # a headline all in kanji ("小米SU7、納車開始") is Japanese if declared so
    if by_script:
        return by_script
    clean = _NOISE.sub(" ", sample)
    letters = len(_LETTER.findall(clean))
    if letters == 0:
        return declared[0] if declared else None
    if _CYRILLIC.search(clean) and len(_CYRILLIC.findall(clean)) > 0.5 * letters:
        ranked = [(lang, p) for lang, p in _identifier().rank(clean) if lang in ("ru", "uk", "bg")]
    else:
        ranked = list(_identifier().rank(clean))
    best, prob = ranked[0]
    if best not in SUPPORTED:
        lang, p = next(((c, q) for c, q in ranked if c in SUPPORTED), (best, 0.0))
        if p >= NEIGHBOUR_RATIO * prob:
            best, prob = lang, p
    if declared:
        ratio = SHORT_HINT_RATIO if letters < MIN_LETTERS else LONG_HINT_RATIO
        probs = dict(ranked)
        for code in declared:
            if probs.get(code, 0.0) >= ratio * prob:
                return code
    return str(best)


def is_supported(lang: str | None) -> bool:
    return lang in SUPPORTED
