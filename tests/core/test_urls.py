import pytest

from pipelines.core.urls import canonicalize_url, resolve, source_domain


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://Example.com:80/a?utm_source=rss&id=3#top", "http://example.com/a?id=3"),
        ("https://example.com:443/news/x.html?fbclid=abc", "https://example.com/news/x.html"),
        ("https://example.com/x?utm_medium=feed&utm_campaign=c", "https://example.com/x"),
        ("http://127.0.0.1:8765/news/a.html?utm_source=atom", "http://127.0.0.1:8765/news/a.html"),
        ("https://example.com", "https://example.com/"),
        ("https://example.com/p?page=2&spm=a.b", "https://example.com/p?page=2"),
        (
            "https://www.google.com/url?rct=j&url=https://cnevpost.example/su7/&ct=ga",
            "https://cnevpost.example/su7/",
        ),
    ],
)
def test_canonicalize_url(url: str, expected: str) -> None:
    assert canonicalize_url(url) == expected


@pytest.mark.parametrize(
    ("url", "domain"),
    [("https://www.Example.com/a", "example.com"), ("http://127.0.0.1:9/x", "127.0.0.1")],
)
def test_source_domain(url: str, domain: str) -> None:
    assert source_domain(url) == domain


def test_resolve_relative_link_against_feed() -> None:
    assert resolve("http://h/feeds/rss.xml", "/news/a.html") == "http://h/news/a.html"
