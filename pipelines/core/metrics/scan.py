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

import re
import re._constants as sre_c  # the parser's opcodes; stable within a Python minor version
import re._parser as sre_parse
from collections.abc import Iterator
from typing import Any

# id(pattern) -> (pattern, the one-class regex of its first characters or None to let `re`
# scan, the pattern behind that class as a lookahead or the pattern itself); keyed by id
# because hashing a Pattern hashes its whole source each time, and the pattern is kept in the
# value so that its id cannot be reused by another
_FIRST: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None, re.Pattern[str]]] = {}
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
    return _compiled(pattern)[1]


def fast(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` behind a lookahead of its first characters (the same matches, groups and
    group names), or `pattern` itself when its first characters cannot be read."""
    return _compiled(pattern)[2]


def _compiled(
    pattern: re.Pattern[str],
) -> tuple[re.Pattern[str], re.Pattern[str] | None, re.Pattern[str]]:
    known = _FIRST.get(id(pattern))
    if known is not None and known[0] is pattern:
        return known
    pre: re.Pattern[str] | None = None
    ahead = pattern
    if not pattern.flags & re.VERBOSE:
        try:
            frags, empty = _first(sre_parse.parse(pattern.pattern, pattern.flags))
            if not empty and frags:
                # the same flags: a case-insensitive class folds case as the literals do
                cls = "[" + "".join(frags) + "]"
                pre = re.compile(cls, pattern.flags)
                ahead = re.compile(f"(?={cls})(?:{pattern.pattern})", pattern.flags)
        except (_Unknown, re.error):
            pre, ahead = None, pattern
    entry = (pattern, pre, ahead)
    _FIRST[id(pattern)] = entry
    return entry


def finditer(
    pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> Iterator[re.Match[str]]:
    """The matches of `pattern.finditer(text, pos, endpos)`, trying only possible starts."""
    end = len(text) if endpos is None else min(endpos, len(text))
    return fast(pattern).finditer(text, pos, end)


def search(
    pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> re.Match[str] | None:
    """`pattern.search(text, pos, endpos)`, trying only possible starts."""
    end = len(text) if endpos is None else min(endpos, len(text))
    return fast(pattern).search(text, pos, end)
