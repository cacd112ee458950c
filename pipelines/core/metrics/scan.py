"""`finditer`/`search` for the cue patterns that only try the positions where a match can start.

Python's `re` skips ahead by a first-character set only for case-sensitive patterns; the cue
words are case-insensitive alternations, so `re` runs the whole pattern at every character
(about 0.3 µs each for the larger ones), and a sentence of digits pays that for every digit.
Here the characters a match can begin with are read from the parsed pattern once, and the
pattern is compiled again behind a lookahead of that one class, `(?=[...])(?:pattern)`: at a
position where no match can begin, `re` fails on one class test instead of trying every branch
of the alternation, without leaving C (a loop in Python over the possible starts cost more
than it saved on prose, where they are everywhere). The matches are the same as
`pattern.finditer(text, pos, endpos)` gives: the lookahead rejects a position only when no
match can start at it, it reads nothing before the position (lookbehinds see what they saw),
and it captures no group. A pattern that can match the empty string or start with what this
module does not read (`.`, a negated set, a back-reference, an inline flag) is scanned by `re`
itself.
"""

from __future__ import annotations

import _sre  # unicode_iscased: which characters case folding changes
import re
import re._constants as sre_c  # the parser's opcodes; stable within a Python minor version
import re._parser as sre_parse
from collections.abc import Iterator
from typing import Any, NamedTuple

# id(pattern) -> (pattern, the one-class regex of its first characters or None to let `re`
# scan, the pattern behind that class as a lookahead or the pattern itself); keyed by id
# because hashing a Pattern hashes its whole source each time, and the pattern is kept in the
# value so that its id cannot be reused by another
_FIRST: dict[int, _Entry] = {}
# \d, \s, \w and their negations inside a class: the same characters as outside it
_CATEGORY = {
    sre_c.CATEGORY_DIGIT: r"\d",
    sre_c.CATEGORY_NOT_DIGIT: r"\D",
    sre_c.CATEGORY_SPACE: r"\s",
    sre_c.CATEGORY_NOT_SPACE: r"\S",
    sre_c.CATEGORY_WORD: r"\w",
    sre_c.CATEGORY_NOT_WORD: r"\W",
}


class _Unknown(Exception):
    """The pattern can begin with something this module does not read."""


def _first(items: Any) -> tuple[list[str], bool]:
    """Class fragments for the characters a sequence can begin with, and whether it can
    match the empty string."""
    out: list[str] = []
    for op, av in items:
        frags, empty = _first_item(op, av)
        out += frags
        if not empty:
            return out, False
    return out, True


def _first_item(op: Any, av: Any) -> tuple[list[str], bool]:
    if op is sre_c.LITERAL:
        return [re.escape(chr(av))], False
    if op is sre_c.IN:
        frags = []
        for iop, iav in av:
            if iop is sre_c.LITERAL:
                frags.append(re.escape(chr(iav)))
            elif iop is sre_c.RANGE:
                frags.append(re.escape(chr(iav[0])) + "-" + re.escape(chr(iav[1])))
            elif iop is sre_c.CATEGORY and iav in _CATEGORY:
                frags.append(_CATEGORY[iav])
            else:
                raise _Unknown  # a negation
        return frags, False
    if op is sre_c.BRANCH:
        frags, empty = [], False
        for alt in av[1]:
            f, e = _first(alt)
            frags += f
            empty = empty or e
        return frags, empty
    if op is sre_c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            raise _Unknown  # an inline flag changes how the class would match
        return _first(sub)
    if op is sre_c.ATOMIC_GROUP:
        return _first(av)
    if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
        lo, _hi, sub = av
        frags, empty = _first(sub)
        return frags, empty or lo == 0
    if op in (sre_c.AT, sre_c.ASSERT, sre_c.ASSERT_NOT):
        return [], True  # zero width: the first character comes after it
    raise _Unknown


def _prefilter(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The one-class regex of the characters a match of `pattern` can begin with, or None."""
    return _compiled(pattern).pre


def fast(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` behind a lookahead of its first characters (the same matches, groups and
    group names), or `pattern` itself when its first characters cannot be read."""
    return _compiled(pattern).ahead


class _Entry(NamedTuple):
    pattern: re.Pattern[str]
    pre: re.Pattern[str] | None  # the class of its first characters
    ahead: re.Pattern[str]  # the pattern behind that class as a lookahead
    # strings one of which every match holds (lower case when the pattern ignores case), or
    # None: a text with none of them has no match, found with `in` at C speed
    needs: frozenset[str] | None
    ignore_case: bool  # the needed strings are looked for in the lowered text


# (source, flags) -> (the one-class regex of a pattern's first characters or None, the strings
# one of which every match holds or None): what `_compiled` reads from the parsed pattern,
# about 0.15 s for the rules' patterns. The zygote fills it from the table of its last warm-up
# (pipelines/core/pattern_cache.py, keyed by this file's bytes) before the rules import.
ANALYSES: dict[tuple[str, int], tuple[str | None, frozenset[str] | None]] = {}


def _analyse(pattern: re.Pattern[str]) -> tuple[str | None, frozenset[str] | None]:
    needs: frozenset[str] | None = None
    if pattern.flags & re.VERBOSE:
        return None, None
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
        needs = _needs(parsed, bool(pattern.flags & re.IGNORECASE))
        if needs is not None and len(needs) > MAX_NEEDS:
            needs = None
        frags, empty = _first(parsed)
        if not empty and frags and not _prefix_scan(parsed, pattern.flags):
            return "[" + "".join(frags) + "]", needs
    except (_Unknown, re.error):
        pass
    return None, needs


def _compiled(pattern: re.Pattern[str]) -> _Entry:
    known = _FIRST.get(id(pattern))
    if known is not None and known.pattern is pattern:
        return known
    key = (pattern.pattern, pattern.flags)
    analysis = ANALYSES.get(key)
    if analysis is None:
        analysis = ANALYSES[key] = _analyse(pattern)
    cls, needs = analysis
    pre: re.Pattern[str] | None = None
    ahead = pattern
    if cls is not None:
        try:  # the same flags: a case-insensitive class folds case as the literals do
            pre = re.compile(cls, pattern.flags)
            ahead = re.compile(f"(?={cls})(?:{pattern.pattern})", pattern.flags)
        except re.error:
            pre, ahead = None, pattern
    ignore_case = bool(pattern.flags & re.IGNORECASE)
    entry = _Entry(pattern, pre, ahead, needs, ignore_case)
    _FIRST[id(pattern)] = entry
    if ahead is not pattern:
        _FIRST[id(ahead)] = _Entry(
            ahead, pre, ahead, needs, ignore_case
        )  # fast(fast(p)) is fast(p)
    return entry


def _prefix_scan(parsed: Any, flags: int) -> bool:
    """Whether `re` itself skips ahead to the pattern's first character: a case-sensitive
    pattern that begins with a literal or a class (a lookahead in front would cost that)."""
    if flags & re.IGNORECASE or not parsed.data:
        return False
    op, av = parsed.data[0]
    while op is sre_c.SUBPATTERN and not (av[1] or av[2]) and av[3].data:
        op, av = av[3].data[0]
    return op in (sre_c.LITERAL, sre_c.IN)


# More strings than this cost more to look for than a scan of a sentence by the pattern, and
# on a text shorter than NEEDS_FROM the pattern's own scan is about as quick as the lookups.
MAX_NEEDS = 48
NEEDS_FROM = 64
# The only characters beyond ASCII that match an ASCII letter when case is ignored (İ ı ſ K),
# less K, which lowers to k: in a text with one of them, `in` on the lowered text could miss
# a match (tests/core/test_metrics_scan.py checks the list against every code point).
_ODD = re.compile("[\u0130\u0131\u017f]")


def _literal(code: int, ignore_case: bool) -> str | None:
    """A pattern's literal character as it is looked for in the (lowered) text, or None
    when it cannot be (a cased letter beyond ASCII, whose case folding has special cases)."""
    ch = chr(code)
    if not ignore_case or not _sre.unicode_iscased(code):
        return ch
    return ch.lower() if ch.isascii() else None


def _needs(items: Any, ignore_case: bool) -> frozenset[str] | None:
    """Strings one of which every match of the sequence `items` contains, or None: the
    runs of literal characters, or what one of its compulsory parts needs, the longest."""
    best: frozenset[str] | None = None

    def consider(found: frozenset[str] | None) -> None:
        nonlocal best
        if found and (best is None or _rank(found) > _rank(best)):
            best = found

    run = ""
    for op, av in items:
        if op is sre_c.LITERAL:
            ch = _literal(av, ignore_case)
            if ch is not None:
                run += ch
                continue
        if run:
            consider(frozenset([run]))
            run = ""
        if op is not sre_c.LITERAL:
            consider(_needs_item(op, av, ignore_case))
    if run:
        consider(frozenset([run]))
    return best


def _needs_item(op: Any, av: Any, ignore_case: bool) -> frozenset[str] | None:
    if op is sre_c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        return None if add_flags or del_flags else _needs(sub, ignore_case)
    if op is sre_c.ATOMIC_GROUP:
        return _needs(av, ignore_case)
    if op is sre_c.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            found = _needs(alt, ignore_case)
            if found is None:
                return None  # an alternative that needs nothing: the branch needs nothing
            out |= found
        # a string that holds another of the set adds nothing: "day" is in "days"
        return frozenset(n for n in out if not any(o != n and o in n for o in out))
    if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
        lo, _hi, sub = av
        return _needs(sub, ignore_case) if lo >= 1 else None
    if op is sre_c.IN and len(av) <= 8 and all(iop is sre_c.LITERAL for iop, _ in av):
        chars = [_literal(iav, ignore_case) for _, iav in av]
        return None if None in chars else frozenset(c for c in chars if c is not None)
    return None  # zero width, a category, a negation, any character: needs no string


def _rank(found: frozenset[str]) -> tuple[float, int]:
    """Longer strings are rarer, letters rarer than digits or spaces, and characters beyond
    ASCII (年, 季) rarer in most text than any; then fewer strings."""
    return min(map(_weight, found)), -len(found)


def _weight(needed: str) -> float:
    return sum(
        1.0 if c.isalpha() and c.isascii() else 3.0 if not c.isascii() else 0.5 for c in needed
    )


def _cannot_match(entry: _Entry, text: str) -> bool:
    """Whether `text` holds none of the strings every match of the pattern contains (asked
    only of texts longer than NEEDS_FROM: on a few words `re` is as quick)."""
    needs = entry.needs
    if needs is None or len(text) < NEEDS_FROM:
        return False
    if entry.ignore_case:
        lowered = _lowered(text)
        if lowered is None:
            return False
        text = lowered
    return not any(map(text.__contains__, needs))


# The last text lowered, and its lower case or None (a text with İ, ı or ſ): the patterns of a
# sentence are asked about the same text one after another.
_LAST_LOWERED: list[tuple[str, str | None]] = [("", "")]


def _lowered(text: str) -> str | None:
    last = _LAST_LOWERED[0]
    if last[0] is text:
        return last[1]
    lowered = None if not text.isascii() and _ODD.search(text) else text.lower()
    _LAST_LOWERED[0] = (text, lowered)
    return lowered


def speed_up(namespace: dict[str, Any]) -> None:
    """Replace each compiled pattern bound to a name of a module (`speed_up(globals())`, at
    the end of the module) with `fast(pattern)`: its `search`, `match`, `finditer`, `sub`
    give the same matches and groups, and the module's functions, which read the name when
    they run, get the fast one without a change at each call."""
    for name, value in list(namespace.items()):
        if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
            namespace[name] = fast(value)


def finditer(
    pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> Iterator[re.Match[str]]:
    """The matches of `pattern.finditer(text, pos, endpos)`: none at once when the text
    lacks what every match needs, else tried only at possible starts."""
    entry = _FIRST.get(id(pattern))
    if entry is None or entry.pattern is not pattern:
        entry = _compiled(pattern)
    if entry.needs is not None and len(text) >= NEEDS_FROM and _cannot_match(entry, text):
        return iter(())
    return entry.ahead.finditer(text, pos, len(text) if endpos is None else endpos)


def search(
    pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> re.Match[str] | None:
    """`pattern.search(text, pos, endpos)`: None at once when the text lacks what every
    match needs, else tried only at possible starts."""
    entry = _FIRST.get(id(pattern))  # inline: it runs several times for every number
    if entry is None or entry.pattern is not pattern:
        entry = _compiled(pattern)
    if entry.needs is not None and len(text) >= NEEDS_FROM and _cannot_match(entry, text):
        return None
    return entry.ahead.search(text, pos, len(text) if endpos is None else endpos)
