"""Compiled regular expressions kept on disk between runs, for the cleaning workers' warm-up.

Every run waits for the zygote's warm-up before its first page is cleaned, and about 0.6 s
of that warm-up's 1.4 s of CPU is `re` compiling some 2,200 patterns: the extractor's cue
words, the lookahead variants `metrics/scan.py` builds, trafilatura's. `re` parses each
pattern and emits its code, which depends only on the pattern, its flags and the Python
build. While `cached_patterns` is open, a miss in `re`'s own cache is looked up in a table
read from disk, pattern -> the arguments `_sre.compile` takes (the code as a list of ints),
so a hit skips the parse and the compile.

The table can only hold what `re` itself builds:
- A miss compiles with `re` as usual, and its arguments are derived the way
  `re._compiler.compile` derives them (the same in Python 3.11 to 3.13). They are kept
  only if the pattern they build equals the one `re` built (Pattern equality compares
  source, flags and code) with the same groups.
- The file's name carries the Python version and `_sre.MAGIC`, so no other interpreter
  reads it. Its payload is checked against a digest, and `_sre.compile` validates any code
  it is given.
- Any failure (no directory, an unwritable one, a foreign or damaged file) falls back to
  compiling.

The same file keeps memos: what a caller derives from a pattern's source and flags
(`metrics/scan.py`'s reading of where a match can start and what it needs, 0.15 s), each under
a version (the digest of the deriving code's source file) and read back only under the same.

The table is written back (to a temporary name, then renamed), holding what this warm-up
used, when the warm-up compiled at least `REWRITE_AT` patterns it lacked: a first run, a new
Python, an edit of the rules. Fewer misses cost less than the write (4.6 MB): babel builds one
pattern from a set, whose order changes with every process's string hashing, so one miss
each run is the norm.
"""

from __future__ import annotations

import _sre
import contextlib
import hashlib
import marshal
import os
import re
import re._compiler as sre_compile  # `compile`, `_code`: stable within a Python minor version
import re._parser as sre_parse
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ENV_DIR = "XAUTO_CACHE_DIR"
_HEAD = b"xauto-patterns-2\n"
REWRITE_AT = 10
_DIGEST = 16

# (is str, source, flags) -> (flags, code, groups, groupindex, indexgroup): what `_sre.compile`
# takes after the source
_Key = tuple[bool, str | bytes, int]
_Args = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
# What a caller derives from a pattern's (source, flags) and keeps beside it, and the version
# of the code that derives it: a memo is read back only under the same version.
Memo = dict[tuple[Any, int], Any]
_Stored = tuple[dict[_Key, _Args], dict[str, tuple[str, Memo]]]


@dataclass
class CacheStats:
    """What one warm-up found: patterns built from the table, compiled anew, and whether the
    table was written back."""

    hits: int = 0
    misses: int = 0
    written: bool = False


def default_dir() -> Path | None:
    """Where the table lives: $XAUTO_CACHE_DIR ("" or "off": nowhere), else the user's cache
    directory ($XDG_CACHE_HOME or ~/.cache) under xauto/; nowhere when that is not an
    absolute path (no home directory)."""
    chosen = os.environ.get(ENV_DIR)
    if chosen is not None:
        return None if chosen.strip() in ("", "off") else Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    if not os.path.isabs(base):  # no home to expand "~" to: never a table in the working dir
        return None
    return Path(base) / "xauto"


def table_path(directory: Path) -> Path:
    """The table's file for this interpreter: another version or build never reads it."""
    impl = sys.implementation
    version = "".join(str(part) for part in sys.version_info[:3])
    return directory / f"patterns-{impl.name}{version}-{_sre.MAGIC}-{_sre.CODESIZE}.marshal"


def source_version(path: str | Path) -> str:
    """A memo's version: the digest of the source file of the code that fills it."""
    return hashlib.blake2b(Path(path).read_bytes(), digest_size=_DIGEST).hexdigest()


def _load(path: Path) -> _Stored:
    try:
        data = path.read_bytes()
    except OSError:
        return {}, {}
    head, digest = data[: len(_HEAD)], data[len(_HEAD) : len(_HEAD) + _DIGEST]
    payload = data[len(_HEAD) + _DIGEST :]
    if head != _HEAD or hashlib.blake2b(payload, digest_size=_DIGEST).digest() != digest:
        return {}, {}
    try:
        table, memos = marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return {}, {}
    if not isinstance(table, dict) or not isinstance(memos, dict):
        return {}, {}
    return table, memos


def _save(path: Path, table: dict[_Key, _Args], memos: dict[str, tuple[str, Memo]]) -> bool:
    try:
        payload = marshal.dumps((table, memos))
    except ValueError:
        return False
    data = _HEAD + hashlib.blake2b(payload, digest_size=_DIGEST).digest() + payload
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".patterns-", dir=path.parent)
    except OSError:
        return False
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        return False
    return True


def _arguments(source: str | bytes, flags: int) -> _Args:
    """What `re._compiler.compile` passes to `_sre.compile` after the source."""
    parsed = sre_parse.parse(source, flags)
    code = [int(op) for op in sre_compile._code(parsed, flags)]  # opcodes are int subclasses
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    final = int(flags | parsed.state.flags)
    return final, code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def _same(a: re.Pattern[Any], b: re.Pattern[Any]) -> bool:
    return a == b and a.groups == b.groups and a.groupindex == b.groupindex


def _compiler(
    table: dict[_Key, _Args],
    used: dict[_Key, _Args],
    stats: CacheStats,
    original: Callable[..., re.Pattern[Any]],
) -> Callable[..., re.Pattern[Any]]:
    def compile(p: Any, flags: int = 0) -> re.Pattern[Any]:
        if type(p) not in (str, bytes) or flags & re.DEBUG:  # lxml's smart strings: not kept
            return original(p, flags)
        key = (isinstance(p, str), p, int(flags))
        args = table.get(key)
        if args is not None:
            try:
                built: re.Pattern[Any] = _sre.compile(p, *args)
            except Exception:  # a table from a damaged or foreign file: compile as usual
                pass
            else:
                used[key] = args
                stats.hits += 1
                return built
        pattern = original(p, flags)
        stats.misses += 1
        try:
            args = _arguments(p, int(flags))
            if _same(_sre.compile(p, *args), pattern):
                used[key] = args
        except Exception:  # a Python whose compiler differs: this pattern is not kept
            pass
        return pattern

    return compile


@contextlib.contextmanager
def cached_patterns(
    directory: Path | None, memos: dict[str, tuple[str, Memo]] | None = None
) -> Iterator[CacheStats]:
    """While open, `re.compile` builds the patterns the table at `directory` holds from it,
    and each memo (name -> (version, dict keyed by a pattern's source and flags)) starts
    with what the table kept for it under the same version. On leaving, the table is
    rewritten if this warm-up compiled, or added to the memos, `REWRITE_AT` or more entries
    it lacked. `directory` None: nothing changes."""
    stats = CacheStats()
    if directory is None or not hasattr(sre_compile, "_code"):
        yield stats
        return
    memos = memos or {}
    path = table_path(directory)
    table, stored = _load(path)
    for name, (version, memo) in memos.items():
        kept = stored.get(name)
        if isinstance(kept, tuple) and len(kept) == 2 and kept[0] == version:
            memo.update(kept[1])
    before = sum(len(memo) for _, memo in memos.values())
    used: dict[_Key, _Args] = {}
    original = sre_compile.compile
    sre_compile.compile = _compiler(table, used, stats, original)  # type: ignore[assignment]
    try:
        yield stats
    finally:
        sre_compile.compile = original  # type: ignore[assignment]
    added = sum(len(memo) for _, memo in memos.values()) - before
    if stats.misses >= REWRITE_AT or added >= REWRITE_AT:
        # a memo keeps the entries of the patterns this warm-up built
        sources = {key[1] for key in used}
        kept_memos = {
            name: (version, {k: v for k, v in memo.items() if k[0] in sources})
            for name, (version, memo) in memos.items()
        }
        stats.written = _save(path, used, kept_memos)
