"""The compiled-pattern table the zygote's warm-up reads: a hit builds exactly the pattern `re`
builds, a damaged or foreign table only costs a compile, and `re` is left as it was."""

import os
import re
import re._compiler as sre_compile
import subprocess
import sys
from pathlib import Path

import pytest

from pipelines.core import pattern_cache
from pipelines.core.pattern_cache import REWRITE_AT, cached_patterns, table_path

# Sources no other test compiles (a marker keeps them out of `re`'s own cache), with groups,
# names, flags, classes, lookarounds and bytes: what the rules and trafilatura use.
MARK = "zq9xv"
SOURCES: list[tuple[str | bytes, int]] = [
    (rf"(?P<value>\d[\d,.]*)\s*(?:units|cars)\b{MARK}?", re.I),
    (rf"(?<![\w.])(交付|锁单)(?:量)?\s*(\d+(?:\.\d+)?)\s*(万|亿)?{MARK}?", 0),
    (rf"^(?:Jan|Feb|Mar)\w*\s+\d{{4}}$(?#{MARK})", re.M | re.I),
    (rf"(?=[xyz])(?:x+|y{{2,5}}|z(?!q)){MARK}?", re.I),
    (rf"[^\W\d_]+(?:-[^\W\d_]+)*{MARK}?", re.U),
    (rf"(a|b)?c(?(1)d|e){MARK}?", 0),
    (rf"\bvalue\b(?P<tail>.*){MARK}?".encode(), re.S),
] + [(rf"word{i}\b{MARK}", re.I) for i in range(REWRITE_AT)]
TEXTS = [
    "Xiaomi delivered 40,000 units in March 2025; 交付量 3.5万 Jan 2024",
    "xyyy z zq yyyyy aaa-bbb 12_x bcd ce acd word3 WORD7 zq9xv",
]


def compile_all() -> list[re.Pattern]:
    re.purge()  # so that every source reaches the compiler
    return [re.compile(source, flags) for source, flags in SOURCES]


def behaviour(pattern: re.Pattern) -> list:
    texts = [t.encode() for t in TEXTS] if isinstance(pattern.pattern, bytes) else TEXTS
    return [[(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(t)] for t in texts]


def test_a_second_warm_up_builds_the_same_patterns_from_the_table(tmp_path: Path) -> None:
    fresh = compile_all()
    with cached_patterns(tmp_path) as first:
        cold = compile_all()
    assert first.hits == 0 and first.misses >= len(SOURCES) and first.written
    assert table_path(tmp_path).exists()
    with cached_patterns(tmp_path) as second:
        warm = compile_all()
    assert second.hits >= len(SOURCES) and second.misses == 0 and not second.written
    for a, b, c in zip(fresh, cold, warm, strict=True):
        assert a == b == c  # source, flags and code
        assert a.groups == c.groups and a.groupindex == c.groupindex
        assert behaviour(a) == behaviour(c)


def test_re_is_restored_when_the_block_ends_or_fails(tmp_path: Path) -> None:
    original = sre_compile.compile
    with pytest.raises(RuntimeError), cached_patterns(tmp_path):
        assert sre_compile.compile is not original
        raise RuntimeError("the warm-up failed")
    assert sre_compile.compile is original


def test_a_damaged_table_is_compiled_anew_and_replaced(tmp_path: Path) -> None:
    with cached_patterns(tmp_path):
        compile_all()
    path = table_path(tmp_path)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    with cached_patterns(tmp_path) as stats:
        patterns = compile_all()
    assert stats.hits == 0 and stats.written
    assert patterns == [re._compiler.compile(s, f) for s, f in SOURCES]
    with cached_patterns(tmp_path) as again:
        compile_all()
    assert again.misses == 0


def test_a_table_holding_wrong_code_is_not_trusted(tmp_path: Path) -> None:
    """Entries whose arguments `_sre.compile` refuses (here: code of another pattern with a
    group count that does not fit) fall back to `re`."""
    with cached_patterns(tmp_path):
        compile_all()
    path = table_path(tmp_path)
    table, memos = pattern_cache._load(path)
    for key, args in list(table.items()):
        table[key] = (args[0], [1, 2, 3], *args[2:])  # not valid code
    assert pattern_cache._save(path, table, memos)
    with cached_patterns(tmp_path) as stats:
        patterns = compile_all()
    assert stats.hits == 0 and stats.misses >= len(SOURCES)
    assert patterns == [re._compiler.compile(s, f) for s, f in SOURCES]


def test_no_directory_or_an_unwritable_one_changes_nothing(tmp_path: Path) -> None:
    original = sre_compile.compile
    with cached_patterns(None) as stats:
        assert sre_compile.compile is original
        compile_all()
    assert stats.hits == stats.misses == 0
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    with cached_patterns(blocker / "cache") as stats:
        patterns = compile_all()
    assert stats.misses >= len(SOURCES) and not stats.written
    assert patterns == [re._compiler.compile(s, f) for s, f in SOURCES]


def test_a_few_misses_do_not_rewrite_the_table(tmp_path: Path) -> None:
    with cached_patterns(tmp_path):
        compile_all()
    before = table_path(tmp_path).stat().st_mtime_ns
    with cached_patterns(tmp_path) as stats:
        compile_all()
        re.compile(f"one new pattern {MARK}")
    assert stats.misses == 1 and not stats.written
    assert table_path(tmp_path).stat().st_mtime_ns == before


def test_the_directory_comes_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XAUTO_CACHE_DIR", str(tmp_path))
    assert pattern_cache.default_dir() == tmp_path
    for off in ("", "off"):
        monkeypatch.setenv("XAUTO_CACHE_DIR", off)
        assert pattern_cache.default_dir() is None
    monkeypatch.delenv("XAUTO_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert pattern_cache.default_dir() == tmp_path / "xauto"
    assert f"{sys.version_info[0]}{sys.version_info[1]}" in table_path(tmp_path).name


def test_a_memo_comes_back_under_its_version_only(tmp_path: Path) -> None:
    first: dict = {}
    with cached_patterns(tmp_path, {"m": ("v1", first)}) as stats:
        for pattern in compile_all():
            first[(pattern.pattern, pattern.flags)] = len(pattern.pattern)
    assert stats.written
    same: dict = {}
    with cached_patterns(tmp_path, {"m": ("v1", same)}):
        assert same == first
    newer: dict = {}
    with cached_patterns(tmp_path, {"m": ("v2", newer)}):
        assert newer == {}


def test_scan_s_analysis_read_from_a_zygote_s_table_is_what_scan_derives(tmp_path: Path) -> None:
    """A fresh interpreter warms up as the zygote does and writes the table; every memo entry
    it kept is what `scan._analyse` gives here for the same pattern."""
    from pipelines.core.metrics import scan

    assert not table_path(tmp_path).exists()

    warm = "from pipelines import workers\nworkers.warm_up()\n"
    env = {**os.environ, "XAUTO_CACHE_DIR": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", warm], capture_output=True, text=True, env=env)
    assert out.returncode == 0, out.stderr
    _, memos = pattern_cache._load(table_path(tmp_path))
    version, memo = memos["scan"]
    assert version == pattern_cache.source_version(scan.__file__)
    assert len(memo) > 300  # the rules' cue patterns
    assert any(cls for cls, _ in memo.values()) and any(needs for _, needs in memo.values())
    for (source, flags), analysis in memo.items():
        assert scan._analyse(re.compile(source, flags)) == analysis


def test_no_home_means_no_table(monkeypatch: pytest.MonkeyPatch) -> None:
    """With no home directory "~" stays "~": the table must not land in the working dir."""
    monkeypatch.delenv("XAUTO_CACHE_DIR", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(pattern_cache.os.path, "expanduser", lambda path: path)
    assert pattern_cache.default_dir() is None
