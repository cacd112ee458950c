"""The language model's cache file: same answers from it as from py3langid's own file, and a
missing or broken cache is rebuilt rather than trusted."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from pipelines.core import language

TEXTS = [
    "Xiaomi a livré plus de 40 000 voitures en octobre, un record mensuel.",
    "Xiaomi entregó 25.300 unidades del SU7 en septiembre.",
    "Xiaomi delivered more than 40,000 cars in October, a monthly record.",
]


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("XAUTO_CACHE_DIR", str(tmp_path))
    language._identifier.cache_clear()
    yield tmp_path
    language._identifier.cache_clear()


def _ranks() -> list[list[tuple[str, float]]]:
    return [list(language._identifier().rank(t))[:3] for t in TEXTS]


def test_the_cache_is_written_once_and_gives_the_same_answers(cache_dir: Path) -> None:
    first = _ranks()  # from py3langid's compressed model: writes the cache
    path = language.model_cache_path()
    assert path is not None and path.parent == cache_dir and path.is_file()
    language._identifier.cache_clear()
    written = path.stat().st_mtime_ns
    assert _ranks() == first  # read back from the cache
    assert path.stat().st_mtime_ns == written
    assert not list(cache_dir.glob("*.tmp"))


def test_a_broken_cache_is_rebuilt(cache_dir: Path) -> None:
    expected = _ranks()
    path = language.model_cache_path()
    assert path is not None
    path.write_bytes(b"not a model")
    language._identifier.cache_clear()
    assert _ranks() == expected
    assert path.stat().st_size > 1_000_000  # rewritten whole


def test_an_empty_setting_turns_the_cache_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XAUTO_CACHE_DIR", "")
    assert language.model_cache_path() is None
