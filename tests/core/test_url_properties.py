"""Property tests (hypothesis): random and malformed URLs through canonicalisation, the guard
and the feed parser. Each either works or gives a clean, typed refusal; nothing else escapes,
and what passes reads as the same host to urllib.parse and urllib3 (no parser differential).
"""

import hashlib
import os
import socket
from unittest import mock
from urllib.parse import urlsplit
from xml.sax.saxutils import escape

import urllib3.util
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipelines.core.feeds import parse_feed
from pipelines.core.fetch import FetchError, HttpSettings, _is_blocked_ip, check_url_allowed
from pipelines.core.urls import InvalidURLError, canonicalize_url, parse_url, resolve

HOSTS = [
    "example.com",
    "EXAMPLE.com.",
    "127.0.0.1",
    "0x7f.1",
    "2130706433",
    "0177.0.0.01",
    "1.2.3.4.5",
    "[::1]",
    "[::ffff:10.0.0.1]",
    "[::1",
    "::1]",
    "[fe80::1%25eth0]",
    "a" * 64 + ".com",
    ("a" * 60 + ".") * 5 + "com",
    "exa mple.com",
    "例え.jp",
    "ｅｘａｍｐｌｅ.com",
    "%31%32%37.0.0.1",
    "xn--",
    "-bad-.com",
    "",
    "10.0.0.1\\@example.com",
    "example.com\\@10.0.0.1",
    "user:pw@example.com",
    "a@b@c",
]
PORTS = ["", ":", ":80", ":443", ":8080", ":99999", ":0", ":-1", ":1e3", ":８０", ":80:90"]
SCHEMES = ["http", "https", "HTTP", "hTtPs", "javascript", "file", "ftp", "data", ""]
SEPARATORS = ["://", ":/", ":\\\\", ":", ":\\/", "//", ":///"]

url_like = st.builds(
    lambda scheme, sep, host, port, path: f"{scheme}{sep}{host}{port}{path}",
    st.sampled_from(SCHEMES),
    st.sampled_from(SEPARATORS),
    st.one_of(st.sampled_from(HOSTS), st.text(max_size=30)),
    st.one_of(st.sampled_from(PORTS), st.text(max_size=6)),
    st.one_of(
        st.sampled_from(["", "/", "/a?utm_source=x&id=1#f", "\\x\\y", "/%zz", "/a b", "?q=\\"]),
        st.text(max_size=40),
    ),
)
urls = st.one_of(url_like, st.text(max_size=80))
# XAUTO_HYPOTHESIS_EXAMPLES=5000 for a longer hunt; 400 keeps the suite quick.
PROFILE = settings(
    max_examples=int(os.environ.get("XAUTO_HYPOTHESIS_EXAMPLES", "400")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def _agree(url: str) -> None:
    """urllib.parse, urllib3 and our parser read the same scheme, host and port."""
    ours = parse_url(url)
    split = urlsplit(url)
    theirs = urllib3.util.parse_url(url)
    assert split.hostname == ours.host, url
    assert (theirs.host or "").strip("[]") == ours.host, url
    assert (split.port or ours.effective_port) == ours.effective_port, url
    assert (theirs.port or ours.effective_port) == ours.effective_port, url
    assert split.scheme == theirs.scheme == ours.scheme, url


@PROFILE
@given(urls)
def test_canonicalize_url_is_total_and_stable(url: str) -> None:
    canonical = canonicalize_url(url)
    if canonical is None:
        return
    assert canonicalize_url(canonical) == canonical
    assert not any(c.isspace() or c == "\\" for c in urlsplit(canonical).netloc)
    _agree(canonical)


@PROFILE
@given(urls)
def test_parse_url_raises_only_invalid_url(url: str) -> None:
    try:
        parsed = parse_url(url)
    except InvalidURLError:
        return
    assert parse_url(parsed.url()) == parsed  # its own output reads back the same
    assert parsed.target.isascii() and parsed.target.startswith("/")


@PROFILE
@given(st.sampled_from(["http://feeds.example/a/rss.xml", "https://h.example/"]), urls)
def test_redirect_targets_resolve_without_raising(base: str, location: str) -> None:
    joined = resolve(base, location)
    if canonicalize_url(joined) is not None:
        _agree(parse_url(joined).url())


def _fake_dns(host: object, *args: object, **kwargs: object) -> object:
    """A resolver for made-up names: some answer public addresses, some private ones."""
    name = host.decode() if isinstance(host, bytes) else str(host)
    try:
        socket.inet_pton(socket.AF_INET6 if ":" in name else socket.AF_INET, name)
        ip = name
    except OSError:
        digest = hashlib.sha256(name.encode()).digest()
        ip = ("10.0.0.%d" if digest[0] % 2 else "93.184.216.%d") % (digest[1] % 250 + 1)
    family = socket.AF_INET6 if ":" in ip else socket.AF_INET
    return [(family, socket.SOCK_STREAM, 6, "", (ip, 80))]


GUARD_ERRORS = {"InvalidURL", "BlockedScheme", "BlockedAddress", "BlockedHost", "DNSError"}


@PROFILE
@given(urls)
def test_guard_refuses_cleanly_or_returns_a_public_pinned_target(url: str) -> None:
    with mock.patch.object(socket, "getaddrinfo", _fake_dns):
        try:
            target = check_url_allowed(url, HttpSettings())
        except FetchError as exc:
            assert exc.error_type in GUARD_ERRORS, exc
            return
    assert target.addresses and not any(_is_blocked_ip(a) for a in target.addresses)
    _agree(target.url.url())


@PROFILE
@given(st.lists(urls, min_size=1, max_size=5))
def test_feed_with_random_links_parses_every_entry_or_records_it(links: list[str]) -> None:
    items = "".join(
        f"<item><title>t{n}</title><link>{escape(link)}</link></item>"
        for n, link in enumerate(links)
    )
    doc = (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>{items}</channel></rss>'
    )
    parsed = parse_feed(doc.encode("utf-8", "surrogatepass"), "http://feeds.example/rss.xml")
    for entry in parsed.entries:
        if entry.link is None:
            continue
        assert (entry.canonical_url is None) == (entry.link_error is not None)
        if entry.canonical_url:
            _agree(entry.canonical_url)
