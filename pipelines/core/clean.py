"""HTML bytes to article text and metadata with trafilatura.

Options are built once at import; `clean_html` is pure and safe to call from many threads.
"""

import codecs
import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import charset_normalizer
import trafilatura

from pipelines.core.language import detect_language, normalise_code

# Blocks that news templates put around the article and that trafilatura sometimes keeps:
# share bars, "related articles", comment forms, cookie banners, newsletter boxes. Matched on
# class/id tokens common in news CMSs. The guard keeps a rule from removing a wrapper that holds
# the article itself (several real pages put "cookie-consent" on <body>). Calibrated on
# ../shared/corpus/html with eval/score_clean.py: trafilatura 2.3 defaults F1 0.9215; these rules
# without comments 0.9247; unguarded, 7 pages came out empty (F1 0.8873).
_GUARD = "[not(self::body or self::html or self::main or self::article)]"
_SMALL = "[not(.//article)][count(.//p) < 4]"
PRUNE_XPATH = [
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' share-bar ')]",
    "//*[contains(@class, 'cookie') or contains(@id, 'cookie')]" + _GUARD + _SMALL,
    "//*[contains(@class, 'newsletter')]" + _GUARD + _SMALL,
    "//*[contains(@class, 'related-articles') or contains(@class, 'related-posts')]",
    "//form[contains(@class, 'comment') or contains(@id, 'comment')]",
]
# Below this many characters the "text" is a stray menu item that trafilatura's fallback picked
# up from a page with no article (seen: "Home"); no real news text is that short.
MIN_TEXT_CHARS = 40
DATE_PARAMS = {"extensive_search": False, "original_date": True}
# trafilatura's settings. Its speed settings were measured on ../shared/corpus/html with
# eval/score_clean.py (`python -m bench.clean_settings`, F1 and CPU per page, table in
# bench/README.md): a default changes only where F1 does not drop.
TRAFILATURA_OPTIONS: dict[str, Any] = {
    "include_comments": False,
    "include_tables": True,
    "with_metadata": True,
}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
_HTML_LANG = re.compile(rb"""<html[^>]*\blang\s*=\s*["']?([A-Za-z]{2,3})""", re.I)
# Legacy Chinese encodings declared as the narrow one are nearly always the wide superset.
_WIDEN = {"gb2312": "gb18030", "gbk": "gb18030", "big5": "big5hkscs", "iso-8859-1": "cp1252"}


@dataclass(frozen=True)
class CleanedPage:
    title: str | None
    author: str | None
    sitename: str | None
    language: str | None
    published_at: dt.datetime | None
    text: str
    encoding: str


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        found = codecs.lookup(name.strip().strip("\"'").lower()).name
    except LookupError:
        return None
    return _WIDEN.get(found, found)


def decode_html(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Decode with the header charset, then the meta tag, then UTF-8, then detection."""
    if body.startswith(codecs.BOM_UTF8):
        return body[3:].decode("utf-8", errors="replace"), "utf-8"
    candidates: list[str | None] = []
    if content_type and "charset=" in content_type.lower():
        candidates.append(_codec(content_type.lower().split("charset=")[-1].split(";")[0]))
    meta = _META_CHARSET.search(body[:4096])
    if meta:
        candidates.append(_codec(meta.group(1).decode("ascii", "ignore")))
    candidates.append("utf-8")
    for enc in candidates:
        if enc:
            try:
                return body.decode(enc), enc
            except (UnicodeDecodeError, LookupError):
                continue
    best = charset_normalizer.from_bytes(body[:200_000]).best()
    enc = _codec(best.encoding if best else None) or "cp1252"
    return body.decode(enc, errors="replace"), enc


def _parse_date(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        day = dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)


def clean_html(
    body: bytes,
    url: str | None = None,
    content_type: str | None = None,
    options: Mapping[str, Any] | None = None,
) -> CleanedPage:
    """Main text without boilerplate; empty text when the page has no article.
    `options`: trafilatura settings over TRAFILATURA_OPTIONS (the settings bench uses it)."""
    html, encoding = decode_html(body, content_type)
    settings = {**TRAFILATURA_OPTIONS, **(options or {})}
    doc = trafilatura.bare_extraction(
        html,
        url=url,
        prune_xpath=PRUNE_XPATH,
        date_extraction_params=DATE_PARAMS,
        **settings,
    )
    lang_match = _HTML_LANG.search(body[:4096])
    declared = lang_match.group(1).decode("ascii") if lang_match else None
    if doc is None:
        return CleanedPage(None, None, None, normalise_code(declared), None, "", encoding)
    meta = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = str(meta.get("text") or "").strip()
    if len(text) < MIN_TEXT_CHARS:
        text = ""
    return CleanedPage(
        title=meta.get("title") or None,
        author=meta.get("author") or None,
        sitename=meta.get("sitename") or None,
        # the text decides; the page's declared language breaks close calls
        language=detect_language(text, meta.get("language") or declared, declared),
        published_at=_parse_date(meta.get("date")),
        text=text,
        encoding=encoding,
    )
