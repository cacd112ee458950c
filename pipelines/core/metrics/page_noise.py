"""The blocks of a news page that are not its article: "Read more" / 相关阅读 links to other
stories, and reader comments. Their figures are other stories' headlines or readers' claims,
so the sentences in them give no events.

Apart because it reads the page's lines (a label line, then the lines under it), before the
text is split into sentences; the labels are data (data/page_noise.yaml).

A links block is a label line, then headline-like lines (short, no full stop at the end),
or the label, a colon and one headline on one line. A comments block is a label line, then
lines that look like comments ("handle: text", a handle line and its text, "Reply", "3 hours
ago"); the first line that looks like neither ends the block, so a "Comments (3)" link by a
byline does not swallow the article under it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache, partial
from importlib import resources

from pipelines.core.yamlio import load_mapping

# A headline is at most this long (characters): real headlines are 40 to 100 Latin characters
# or 15 to 40 Chinese ones; a paragraph of the article is longer.
_HEADLINE_MAX = 130
_HEADLINE_MAX_CJK = 60
# at most this many headlines under one label ("Most read" lists run to 10)
_BLOCK_MAX = 12

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]")
# a list's marker before a headline: "1.", "2)", "•", "-", "▶"
_MARKER = re.compile(r"^(?:\d{1,2}\s*[.)、．]|[-–—•·*▪►▶>]|\d{1,2}\s)\s*")
# the end of a sentence (a paragraph of the article), closing quotes and brackets after it
_SENTENCE_END = re.compile(r"[.。．][\"'”’」』)）]*$")
_OPEN = r"^[\s\[【〔(（「『]*"
_POINTER = r"^\s*[▶►▷■□◆◇☞→]\s*"
_CLOSE = r"[\s\]】〕)）」』]*"
_COUNT = r"(?:\s*[(（\[]?\s*\d{1,6}\s*[)）\]]?)?"
# a commenter's line: "dave_k: text", "@老司机：text", "用户A：text", "Jane D.: text"
_COMMENT_LINE = re.compile(r"^@?[\w.'-]{1,30}(?:\s[\w.'-]{1,20}){0,2}\s*[:：]\s*\S")
# a commenter's name alone on its line, marked as a handle ("@ev_fan", "ev_nerd", "dave88")
_HANDLE = re.compile(r"^@\S{1,30}$|^(?=[\w.-]*[_\d])[\w.-]{2,30}$")


class _Vocab:
    def __init__(self) -> None:
        path = resources.files("pipelines.core.metrics") / "data" / "page_noise.yaml"
        data = load_mapping(path.read_text(encoding="utf-8"), path)

        def words(key: str) -> str:
            found = data.get(key) or {}
            lists = found.values() if isinstance(found, dict) else [found]
            return "|".join(str(w) for group in lists for w in group) or "(?!)"

        related, comments = words("related"), words("comments")
        # the label alone on its line (a colon after it allowed)
        self.related_line = re.compile(_OPEN + f"(?:{related})" + _CLOSE + r"[:：]?\s*$", re.I)
        # the label, a colon or a closing bracket, and one headline
        self.related_lead = re.compile(
            _OPEN
            + f"(?:{related})"
            + r"(?:\s*[:：|]|\s*[\]】〕])\s*(?=\S)"
            # or after a pointer mark, a space ("▶ 관련기사 샤오미 SU7, …", "■ 関連記事 …")
            + "|"
            + _POINTER
            + f"(?:{related})"
            + r"\s+(?=\S)",
            re.I,
        )
        self.comments_line = re.compile(
            _OPEN + _COUNT + rf"\s*(?:{comments})" + _COUNT + _CLOSE + r"[:：]?\s*$", re.I
        )
        ui = words("comment_ui")
        self.ui_line = re.compile(rf"^(?:\s*(?:{ui}|\d+)\s*[·|•,/]?\s*)+$", re.I)
        self.age = re.compile(rf"^\s*(?:{words('comment_age')})\b", re.I)


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    return _Vocab()


def _headline_like(line: str) -> bool:
    """A line that reads as a link's headline, not a paragraph of the article."""
    body = _MARKER.sub("", line, count=1).strip()
    if not body or _SENTENCE_END.search(body):
        return False
    limit = _HEADLINE_MAX_CJK if _CJK.search(body) else _HEADLINE_MAX
    return len(body) <= limit


def _link(vocab: _Vocab, line: str) -> bool:
    """A headline under a links label (a comments label after it opens a block of its own)."""
    return _headline_like(line) and not vocab.comments_line.match(line)


def noise_spans(text: str) -> list[tuple[int, int]]:
    """The [start, end) character spans of `text` that are links blocks or comments."""
    vocab = _vocab()
    lines: list[tuple[int, int, str]] = []
    pos = 0
    for raw in text.split("\n"):
        lines.append((pos, pos + len(raw), raw.strip()))
        pos += len(raw) + 1
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        start, end, line = lines[i]
        if not line:
            i += 1
            continue
        lead = vocab.related_lead.match(line)
        if lead is not None and _headline_like(line[lead.end() :]):
            spans.append((start, end))  # "Read more: Xiaomi SU7 deliveries pass 300,000"
            i += 1
            continue
        if vocab.related_line.match(line):
            i = _block(lines, i, spans, partial(_link, vocab), _BLOCK_MAX)
            continue
        if vocab.comments_line.match(line):
            i = _comments(lines, i, spans, vocab)
            continue
        i += 1
    return spans


def _block(
    lines: list[tuple[int, int, str]],
    i: int,
    spans: list[tuple[int, int]],
    member: Callable[[str], bool],
    most: int,
) -> int:
    """Marks the label line i and the member lines under it; the index after them."""
    spans.append(lines[i][:2])
    j, taken = i + 1, 0
    while j < len(lines) and taken < most:
        start, end, line = lines[j]
        if line:
            if not member(line):
                break
            spans.append((start, end))
            taken += 1
        j += 1
    return j


def _comments(
    lines: list[tuple[int, int, str]], i: int, spans: list[tuple[int, int]], vocab: _Vocab
) -> int:
    """Marks the comments label line i and the comments under it; the index after them."""
    spans.append(lines[i][:2])
    j = i + 1
    body_due = False  # a handle or an age line was read: the comment's text comes next
    while j < len(lines):
        start, end, line = lines[j]
        if not line:
            j += 1
            continue
        is_meta = vocab.ui_line.match(line) or vocab.age.match(line)
        nxt = next((ln for _, _, ln in lines[j + 1 :] if ln), "")
        is_handle = _HANDLE.match(line) is not None or (
            len(line) <= 30 and vocab.age.match(nxt) is not None
        )
        if is_meta or is_handle:
            body_due = not vocab.ui_line.match(line)
        elif _COMMENT_LINE.match(line) or body_due:
            body_due = False
        else:
            break
        spans.append((start, end))
        j += 1
    return j


def drop_noise(text: str, starts: list[int]) -> set[int]:
    """The indexes of `starts` (sentence starts in `text`) that fall in a noise span."""
    spans = noise_spans(text)
    if not spans:
        return set()
    return {k for k, s in enumerate(starts) if any(a <= s < b for a, b in spans)}
