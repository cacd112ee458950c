"""`finditer`/`search` for the cue patterns that only try the positions where a match can start.

Python's `re` skips ahead by a first-character set only for case-sensitive patterns; the cue
words are case-insensitive alternations, so `re` runs the whole pattern at every character
(about 0.3 µs each for the larger ones), and a sentence of digits pays that for every digit.
Here the characters a match can begin with are read from the parsed pattern once, a one-class
regex (which `re` scans quickly) finds the next such character, and the pattern is tried only
there. The matches are the same as `pattern.finditer(text, pos, endpos)` gives: a position is
skipped only when no match can start at it, and `pattern.match` at a position sees the same
string, lookbehinds and end as the scan would. A pattern that can match the empty string or
start with a character class this module does not read (`\\w`, `.`, a negated set) is scanned by
`re` itself.
"""

from __future__ import annotations

import re
import re._constants as sre_c  # the parser's opcodes; stable within a Python minor version
import re._parser as sre_parse
from collections.abc import Iterator
from typing import Any

# After DENSE_AFTER tries, possible starts closer than DENSE_GAP characters apart on average
# (prose with common letters) hand the rest of the text to `re`: a try costs about what `re`
# spends on several characters (the constants measured with the cue patterns on the devset,
# where they cost about 5 % over `re` alone, and on the adversarial texts).
DENSE_AFTER = 4
DENSE_GAP = 8
# id(pattern) -> (pattern, the one-class regex of its first characters or None to let `re`
# scan); keyed by id because hashing a Pattern hashes its whole source each time, and the
# pattern is kept in the value so that its id cannot be reused by another
_FIRST: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None]] = {}


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
            else:
                raise _Unknown  # a category, a negation
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
    known = _FIRST.get(id(pattern))
    if known is not None and known[0] is pattern:
        return known[1]
    pre: re.Pattern[str] | None = None
    if not pattern.flags & re.VERBOSE:
        try:
            frags, empty = _first(sre_parse.parse(pattern.pattern, pattern.flags))
            if not empty and frags:
                # the same flags: a case-insensitive class folds case as the literals do
                pre = re.compile("[" + "".join(frags) + "]", pattern.flags)
        except (_Unknown, re.error):
            pre = None
    _FIRST[id(pattern)] = (pattern, pre)
    return pre


def finditer(
    pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> Iterator[re.Match[str]]:
    """The matches of `pattern.finditer(text, pos, endpos)`, trying only possible starts."""
    end = len(text) if endpos is None else min(endpos, len(text))
    pre = _prefilter(pattern)
    if pre is None:
        yield from pattern.finditer(text, pos, end)
        return
    begin, tried = pos, 0
    while True:
        c = pre.search(text, pos, end)
        if c is None:
            return
        tried += 1
        if tried >= DENSE_AFTER and c.start() - begin < DENSE_GAP * tried:
            # possible starts everywhere (prose with common letters): `re`'s own scan is
            # cheaper there, and from a position with no match before it, it finds the same
            yield from pattern.finditer(text, c.start(), end)
            return
        m = pattern.match(text, c.start(), end)
        if m is None:
            pos = c.start() + 1
        else:
            yield m
            pos = m.end()  # never empty: the pattern cannot match the empty string


def search(
    pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> re.Match[str] | None:
    """`pattern.search(text, pos, endpos)`, trying only possible starts."""
    return next(finditer(pattern, text, pos, endpos), None)
