import datetime as dt

import pytest

from pipelines.core.clean import clean_html, decode_html
from pipelines.core.language import detect_language, normalise_code

ARTICLE = """<html lang="{lang}"><head><meta charset="{charset}"><title>T</title>
<meta property="article:published_time" content="2024-04-25T09:00:00+08:00"></head><body>
<nav><a href="/">Home</a> <a href="/ev">EV</a></nav>
<div class="cookie-banner"><p>We use cookies to improve your experience.</p></div>
<article><h1>{title}</h1>{paras}</article>
<div class="share-bar">Share on Weibo</div>
<form class="comment-form"><textarea>Your comment</textarea><button>Post comment</button></form>
</body></html>"""


def page(paras: list[str], lang: str = "en", charset: str = "utf-8", title: str = "T") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paras)
    html = ARTICLE.format(lang=lang, charset=charset, title=title, paras=body)
    return html.encode(charset)


EN = [
    "Xiaomi said the SU7 had drawn 75,723 locked orders by April 24, well ahead of plan.",
    "The company aims to deliver 100,000 cars this year from its plant in Beijing's Yizhuang.",
    "Analysts said the ramp-up of the second shift decides whether the goal is within reach.",
]
ZH = [
    "小米汽车表示，截至4月24日，小米SU7锁单量已经超过75723台，远超此前的预期。",
    "公司计划今年交付10万辆新车，北京工厂已经开始双班生产以加快交付速度。",
    "分析人士认为，第二班次的产能爬坡将决定这一目标能否如期实现。",
]


def test_boilerplate_is_removed_and_text_kept() -> None:
    cleaned = clean_html(page(EN))
    for para in EN:
        assert para in cleaned.text
    for junk in ("We use cookies", "Share on Weibo", "Post comment", "Home"):
        assert junk not in cleaned.text
    assert cleaned.language == "en"
    assert cleaned.published_at == dt.datetime(2024, 4, 25, tzinfo=dt.UTC)


@pytest.mark.parametrize("charset", ["utf-8", "gbk", "gb18030", "gb2312"])
def test_chinese_page_in_each_charset(charset: str) -> None:
    cleaned = clean_html(page(ZH, lang="zh-CN", charset=charset))
    assert ZH[0] in cleaned.text
    assert cleaned.language == "zh"
    assert cleaned.encoding == "gb18030" if charset != "utf-8" else "utf-8"


def test_charset_from_header_wins_over_meta() -> None:
    body = page(ZH, charset="gbk").replace(b'charset="gbk"', b'charset="utf-8"')
    text, enc = decode_html(body, "text/html; charset=GBK")
    assert enc == "gb18030" and ZH[0] in text


def test_undeclared_legacy_encoding_is_detected() -> None:
    body = page(ZH * 3, charset="gbk").replace(b'<meta charset="gbk">', b"")
    text, _ = decode_html(body)
    assert ZH[1] in text


def test_page_without_article_gives_empty_text() -> None:
    cleaned = clean_html(b"<html><body><nav><a href='/'>Home</a></nav></body></html>")
    assert cleaned.text == ""


@pytest.mark.parametrize(
    ("declared", "text", "lang"),
    [
        ("en-US", "", "en"),  # no text: the page's declaration
        (None, "小米汽车交付了一万辆车", "zh"),
        (None, "Xiaomi", None),  # one word is no evidence of a language
        (None, "", None),
        ("en", "Xiaomi a livré plus de 40 000 voitures en octobre, un record pour la marque", "fr"),
    ],
)
def test_detect_language(declared: str | None, text: str, lang: str | None) -> None:
    """The cleaner and the extractor share one detector (pipelines.core.language): the text
    decides, a declared language only breaks close calls."""
    assert (detect_language(text, declared) or normalise_code(declared)) == lang
