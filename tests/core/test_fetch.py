"""The HTTP client against a real server on 127.0.0.1 that misbehaves on purpose."""

import gzip
import time
from http.server import BaseHTTPRequestHandler

import pytest
from conftest import LoopbackServer

from pipelines.core.fetch import (
    PAGE_TYPES,
    FetchError,
    HttpClient,
    HttpSettings,
    backoff_delay,
    check_url_allowed,
)

FAST = HttpSettings(
    allow_private=True, retries=2, backoff_base=0.01, backoff_max=0.05, read_timeout=1.0
)


def client(**overrides: object) -> HttpClient:
    return HttpClient(HttpSettings(**{**FAST.__dict__, **overrides}))  # type: ignore[arg-type]


def test_ok_with_validators_then_304(server: LoopbackServer) -> None:
    def route(h: BaseHTTPRequestHandler) -> None:
        if h.headers.get("If-None-Match") == '"v1"':
            h.send_response(304)
            h.end_headers()
            return
        body = b"<html>ok</html>"
        h.send_response(200)
        h.send_header("ETag", '"v1"')
        h.send_header("Content-Type", "text/html")
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)

    server.routes["/p"] = route
    first = client().get(f"{server.url}/p")
    assert (first.status, first.body, first.etag) == (200, b"<html>ok</html>", '"v1"')
    second = client().get(f"{server.url}/p", etag=first.etag)
    assert second.not_modified and second.body == b""


@pytest.mark.parametrize(("status", "hits"), [(500, 3), (503, 3), (429, 3), (404, 1), (403, 1)])
def test_retries_only_where_a_retry_can_help(
    server: LoopbackServer, status: int, hits: int
) -> None:
    server.reply("/x", status)
    with pytest.raises(FetchError) as err:
        client().get(f"{server.url}/x")
    assert err.value.status == status
    assert err.value.retryable == (status >= 500 or status == 429)
    assert server.hits["/x"] == hits


def test_retry_after_is_honoured(server: LoopbackServer) -> None:
    calls: list[float] = []

    def route(h: BaseHTTPRequestHandler) -> None:
        calls.append(time.monotonic())
        if len(calls) == 1:
            h.send_response(503)
            h.send_header("Retry-After", "0.3")
            h.send_header("Content-Length", "0")
            h.end_headers()
            return
        h.send_response(200)
        h.send_header("Content-Length", "2")
        h.end_headers()
        h.wfile.write(b"ok")

    server.routes["/r"] = route
    result = client(backoff_max=1.0).get(f"{server.url}/r")
    assert result.body == b"ok"
    assert calls[1] - calls[0] >= 0.29


def test_redirects_followed_and_limited(server: LoopbackServer) -> None:
    server.reply("/a", 302, headers={"Location": "/b"})
    server.reply("/b", 200, b"landed", {"Content-Type": "text/html"})
    result = client().get(f"{server.url}/a")
    assert (result.body, result.final_url) == (b"landed", f"{server.url}/b")
    server.reply("/loop", 302, headers={"Location": "/loop"})
    with pytest.raises(FetchError, match="TooManyRedirects"):
        client(max_redirects=3).get(f"{server.url}/loop")


def test_body_size_cap_while_streaming(server: LoopbackServer) -> None:
    server.reply("/big", 200, b"x" * 50_000)
    with pytest.raises(FetchError) as err:
        client(max_bytes=10_000).get(f"{server.url}/big")
    assert err.value.error_type == "TooLarge"


def test_gzip_bomb_stops_at_decompressed_cap(server: LoopbackServer) -> None:
    bomb = gzip.compress(b"\0" * 20_000_000)  # ~20 KB on the wire, 20 MB inflated
    server.reply("/bomb", 200, bomb, {"Content-Encoding": "gzip", "Content-Type": "text/html"})
    with pytest.raises(FetchError) as err:
        client(max_bytes=1_000_000).get(f"{server.url}/bomb")
    assert err.value.error_type == "TooLarge"


def test_content_type_check_for_pages(server: LoopbackServer) -> None:
    server.reply("/doc.pdf", 200, b"%PDF-1.4", {"Content-Type": "application/pdf"})
    with pytest.raises(FetchError) as err:
        client().get(f"{server.url}/doc.pdf", accept_types=PAGE_TYPES)
    assert err.value.error_type == "UnsupportedContentType"


def test_slow_body_times_out(server: LoopbackServer) -> None:
    def slow(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Length", "100")
        h.end_headers()
        h.wfile.write(b"a")
        h.wfile.flush()
        time.sleep(3)

    server.routes["/slow"] = slow
    started = time.monotonic()
    with pytest.raises(FetchError) as err:
        client(read_timeout=0.3, retries=0).get(f"{server.url}/slow")
    assert err.value.error_type in ("Timeout", "Connection")
    assert time.monotonic() - started < 2.5


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://10.0.0.1/",
        "http://[::1]/",
        "http://localhost/",
    ],
)
def test_private_addresses_refused_by_default(url: str) -> None:
    with pytest.raises(FetchError) as err:
        check_url_allowed(url, HttpSettings())
    assert err.value.error_type == "BlockedAddress"


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://h/x", "gopher://h/"])
def test_only_http_schemes(url: str) -> None:
    with pytest.raises(FetchError, match="BlockedScheme"):
        check_url_allowed(url, HttpSettings(allow_private=True))


def test_redirect_to_metadata_address_is_refused(server: LoopbackServer) -> None:
    server.reply("/r", 302, headers={"Location": "http://169.254.169.254/latest/"})
    guarded = HttpClient(HttpSettings(allowed_hosts=("127.0.0.1",), retries=0))
    with pytest.raises(FetchError) as err:
        guarded.get(f"{server.url}/r")
    assert err.value.error_type == "BlockedAddress"


def test_backoff_is_bounded() -> None:
    assert all(0 <= backoff_delay(a, 0.5, 4.0) <= 4.0 for a in range(20))


def test_robots_txt_is_honoured_for_pages(server: LoopbackServer) -> None:
    server.reply("/robots.txt", 200, b"User-agent: *\nDisallow: /private/\n")
    server.reply("/private/a.html", 200, b"secret", {"Content-Type": "text/html"})
    server.reply("/public/a.html", 200, b"fine", {"Content-Type": "text/html"})
    c = client()
    with pytest.raises(FetchError, match="RobotsDisallowed"):
        c.get(f"{server.url}/private/a.html", robots=True)
    assert "/private/a.html" not in server.hits
    assert c.get(f"{server.url}/public/a.html", robots=True).body == b"fine"
    assert server.hits["/robots.txt"] == 1  # cached per host
    assert client(respect_robots=False).get(f"{server.url}/private/a.html", robots=True).body


@pytest.mark.parametrize(
    ("robots", "allowed"),
    [
        (b"# no rules here\n\n", True),  # read, no rule: every page (the short cut)
        (b"User-agent: otherbot\nDisallow: /\n", True),  # rules, none for us
        (b"User-agent: *\nDisallow: /\n", False),  # the default entry only
        (b"User-agent: xauto\nDisallow: /a.html\n", False),  # our own entry
    ],
)
def test_robots_txt_with_and_without_rules(
    server: LoopbackServer, robots: bytes, allowed: bool
) -> None:
    """A robots.txt with no rule at all allows every page without asking can_fetch; any rule,
    for us, for everyone or for another agent, still goes through it."""
    server.reply("/robots.txt", 200, robots)
    server.reply("/a.html", 200, b"x", {"Content-Type": "text/html"})
    c = client()
    for _ in range(2):  # the second time from the cached parser
        if allowed:
            assert c.get(f"{server.url}/a.html", robots=True).body == b"x"
        else:
            with pytest.raises(FetchError, match="RobotsDisallowed"):
                c.get(f"{server.url}/a.html", robots=True)
    assert server.hits["/robots.txt"] == 1


def test_robots_txt_server_error_means_retry_later(server: LoopbackServer) -> None:
    server.reply("/robots.txt", 503)
    server.reply("/a.html", 200, b"x")
    with pytest.raises(FetchError) as err:
        client(retries=0).get(f"{server.url}/a.html", robots=True)
    assert err.value.error_type == "RobotsUnavailable" and err.value.retryable
    assert "/a.html" not in server.hits
