import pytest

from pipelines.core.urls import (
    InvalidURLError,
    canonicalize_url,
    parse_url,
    resolve,
    source_domain,
    url_problem,
)


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


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://[::1]:8080/a?utm_source=x&b=1", "http://[::1]:8080/a?b=1"),  # brackets kept
        ("http://[2001:DB8::1]/x", "http://[2001:db8::1]/x"),
        ("http://[::1]:80/", "http://[::1]/"),
        ("http://0x7f.1/", "http://127.0.0.1/"),  # numeric hosts read as resolvers read them
        ("http://2130706433:8080/", "http://127.0.0.1:8080/"),
        ("http://user:pw@example.com/", "http://example.com/"),  # credentials never kept
        ("http://Exämple.com/p", "http://xn--exmple-cua.com/p"),
        ("http://h.com./a#frag", "http://h.com/a"),
        # A backslash before the query is a slash, as browsers read it: the host is the
        # one before it, not the one after '@' (the parser differential of issue 11).
        ("http://10.0.0.1:5\\@example.com/x", "http://10.0.0.1:5/@example.com/x"),
    ],
)
def test_canonical_forms_of_odd_urls(url: str, expected: str) -> None:
    assert canonicalize_url(url) == expected


@pytest.mark.parametrize(
    ("url", "error_type", "reason"),
    [
        ("http://h.example:99999/a", "InvalidURL", "port 99999 out of range"),
        (f"http://{'a' * 64}.example/a", "InvalidURL", "not a valid domain name"),
        ("http://[::1/a", "InvalidURL", "IPv6"),
        ("http://[::zz]/a", "InvalidURL", "IPv6"),
        ("http://h.example:80:90/", "InvalidURL", "not a number"),
        ("http://exa mple.com/", "InvalidURL", "invalid character"),
        ("http://1.2.3.4.5.6/", "InvalidURL", "IPv4"),
        ("http:///x", "InvalidURL", "no host"),
        ("javascript:alert(1)", "BlockedScheme", "javascript"),
        ("mailto:a@b.c", "BlockedScheme", "mailto"),
    ],
)
def test_unusable_links_give_none_and_a_reason(url: str, error_type: str, reason: str) -> None:
    assert canonicalize_url(url) is None
    kind, message = url_problem(url)
    assert kind == error_type and reason in message, message


def test_parse_url_is_what_the_connection_uses() -> None:
    parsed = parse_url("http://[::1]:8080/a b/ü?x=ü y#f")
    assert (parsed.host, parsed.effective_port, parsed.is_ipv6) == ("::1", 8080, True)
    assert parsed.netloc == "[::1]:8080"
    assert parsed.target == "/a%20b/%C3%BC?x=%C3%BC%20y"  # ASCII on the wire
    with pytest.raises(InvalidURLError):
        parse_url("http://[::1/")


@pytest.mark.parametrize(
    ("location", "expected"),
    [
        ("\\\\evil.example/x", "http://evil.example/x"),  # scheme-relative, as browsers read it
        ("/a\\b?q=\\", "http://h/a/b?q=\\"),
        ("http://[::1", "http://[::1"),  # unusable: returned for parse_url to refuse
    ],
)
def test_resolve_reads_backslashes_as_browsers_do(location: str, expected: str) -> None:
    assert resolve("http://h/feeds/rss.xml", location) == expected


def test_memoised_hosts_refuse_every_time_and_read_the_same() -> None:
    """`_host` is memoised: a refused host must raise on every call (exceptions are not
    cached), and a host read twice gives the same canonical form."""
    for _ in range(2):
        with pytest.raises(InvalidURLError):
            parse_url("http://bad host/")
        assert parse_url("http://EXAMPLE.com:80/a").netloc == "example.com"
        assert parse_url("http://0x7f.1/").host == "127.0.0.1"
