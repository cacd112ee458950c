"""The fetcher against hostile servers on loopback (issue 11): redirects that parse differently,
DNS answers that change, headers that never come, bodies cut half-way on kept-alive sockets.

"Public" here is one loopback server named as host:port in allowed_hosts; every other loopback
address stays private, as on the internet, so a redirect that reaches another port is an SSRF.
"""

import datetime as dt
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from conftest import LoopbackServer

from pipelines.core.fetch import (
    FINAL_ERRORS,
    FetchError,
    HttpClient,
    HttpSettings,
    _AddressCache,
    _is_blocked_ip,
    _Watchdog,
)
from pipelines.core.retry import FailureHistory, is_parked, retry_due


@pytest.fixture
def private() -> Iterator[LoopbackServer]:
    srv = LoopbackServer()
    srv.reply("/secret", 200, b"private page", {"Content-Type": "text/html"})
    srv.reply("/robots.txt", 200, b"")
    yield srv
    srv.close()


def guarded(public: LoopbackServer, **overrides: object) -> HttpClient:
    """allow_private off; only the public server's host:port is allowed."""
    port = public.url.rsplit(":", 1)[1]
    base: dict[str, object] = {
        "allowed_hosts": (f"127.0.0.1:{port}",),
        "retries": 0,
        "read_timeout": 2.0,
    }
    return HttpClient(HttpSettings(**{**base, **overrides}))  # type: ignore[arg-type]


def differential_locations(private_url: str, public_url: str) -> list[str]:
    """Forms that urllib.parse and urllib3 (or a browser) read as different hosts."""
    priv = private_url.removeprefix("http://")
    pub = public_url.removeprefix("http://")
    port = priv.rsplit(":", 1)[1]
    return [
        f"http://{priv}\\@{pub}/secret",  # urlsplit: host after '@'; urllib3: before '\'
        f"http://{priv}\\\\@{pub}/secret",
        f"http://{pub}@{priv}/secret",  # userinfo that looks like the public host
        f"\\\\{priv}/secret",  # scheme-relative with backslashes (a browser goes to priv)
        f"//{priv}/secret",
        f"http://0x7f.1:{port}/secret",  # 127.0.0.1 in another notation
        f"http://2130706433:{port}/secret",
        f"http://[::ffff:127.0.0.1]:{port}/secret",
        f" http://{priv}/se\tcret",
    ]


@pytest.mark.parametrize("case", range(9))
def test_redirect_parser_differential_is_refused(
    server: LoopbackServer, private: LoopbackServer, case: int
) -> None:
    location = differential_locations(private.url, server.url)[case]
    server.reply("/r", 302, headers={"Location": location})
    with pytest.raises(FetchError) as err:
        guarded(server).get(f"{server.url}/r", robots=True)
    assert err.value.error_type in FINAL_ERRORS, (location, err.value)
    assert err.value.error_type != "RobotsUnavailable"
    assert not err.value.retryable
    assert "/secret" not in private.hits, location  # the private server never saw a request


def test_redirect_within_the_allowed_server_still_works(server: LoopbackServer) -> None:
    """The guard is not merely refusing everything: a backslash path on the allowed server
    is followed, read as a slash as a browser reads it."""
    server.reply("/r", 302, headers={"Location": "\\ok\\page"})
    server.reply("/ok/page", 200, b"fine", {"Content-Type": "text/html"})
    result = guarded(server).get(f"{server.url}/r")
    assert result.body == b"fine" and result.final_url == f"{server.url}/ok/page"


def test_allowed_host_with_port_does_not_allow_other_ports(
    server: LoopbackServer, private: LoopbackServer
) -> None:
    with pytest.raises(FetchError) as err:
        guarded(server).get(f"{private.url}/secret")
    assert err.value.error_type == "BlockedAddress"
    assert guarded(server, allowed_hosts=("127.0.0.1",)).get(f"{private.url}/secret").body


def test_resolved_once_and_connection_pinned_to_the_checked_address(
    server: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """DNS rebinding: the name answers differently the second time. The fetch asks once and
    connects to the address it checked; asking twice would connect to the second answer
    (127.0.0.2, where nothing listens) and fail."""
    server.reply("/p", 200, b"pinned", {"Content-Type": "text/html"})
    port = int(server.url.rsplit(":", 1)[1])
    real = socket.getaddrinfo
    asked: list[str] = []

    def rebinding(host: object, *args: object, **kwargs: object) -> object:
        if host == "rebind.localhost":
            asked.append(str(host))
            ip = "127.0.0.1" if len(asked) == 1 else "127.0.0.2"
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (ip, port))]
        return real(host, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    client = HttpClient(
        HttpSettings(allowed_hosts=(f"rebind.localhost:{port}",), retries=0, read_timeout=2)
    )
    result = client.get(f"http://rebind.localhost:{port}/p")
    assert result.body == b"pinned"
    assert asked == ["rebind.localhost"]


def _scripted_dns(
    monkeypatch: pytest.MonkeyPatch, name: str, answers: list[str], port: int = 80
) -> list[str]:
    """`name` resolves to answers[0], then answers[1], ... (the last one for ever); returns
    the list of lookups made, for the test to count."""
    real = socket.getaddrinfo
    asked: list[str] = []

    def dns(host: object, *args: object, **kwargs: object) -> object:
        if host == name:
            ip = answers[min(len(asked), len(answers) - 1)]
            asked.append(ip)
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (ip, port))]
        return real(host, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket, "getaddrinfo", dns)
    return asked


def test_a_client_resolves_a_host_once_for_many_pages(
    server: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The checked addresses are kept per host and port: ten pages, one lookup."""
    for i in range(10):
        server.reply(f"/p{i}", 200, f"page {i}".encode(), {"Content-Type": "text/html"})
    port = int(server.url.rsplit(":", 1)[1])
    asked = _scripted_dns(monkeypatch, "kept.localhost", ["127.0.0.1"], port)
    client = HttpClient(HttpSettings(allowed_hosts=(f"kept.localhost:{port}",), retries=0))
    bodies = [client.get(f"http://kept.localhost:{port}/p{i}").body for i in range(10)]
    assert bodies == [f"page {i}".encode() for i in range(10)]
    assert asked == ["127.0.0.1"]


def test_a_private_answer_is_refused_on_every_fetch_never_kept(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A refusal is not cached as a pass, nor cached at all: each fetch asks and refuses."""
    asked = _scripted_dns(monkeypatch, "inside.localhost", ["10.0.0.7"])
    client = HttpClient(HttpSettings(retries=0))
    for _ in range(3):
        with pytest.raises(FetchError) as err:
            client.get("http://inside.localhost/p")
        assert err.value.error_type == "BlockedAddress"
    assert asked == ["10.0.0.7"] * 3


def test_kept_addresses_expire_and_a_rebound_private_answer_is_then_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Within the TTL the name's first (public, checked) answer is used, so the connection can
    only go there; once it expires the name is asked again and its private answer refused."""
    asked = _scripted_dns(monkeypatch, "rebinds.localhost", ["93.184.216.34", "10.0.0.7"])
    settings = HttpSettings()
    cache = _AddressCache(ttl=3600.0)
    for _ in range(3):
        assert cache.check("http://rebinds.localhost/a", settings, None).addresses == (
            "93.184.216.34",
        )
    assert asked == ["93.184.216.34"]
    now = time.monotonic()
    monkeypatch.setattr(time, "monotonic", lambda: now + 3601.0)  # the TTL has passed
    with pytest.raises(FetchError) as err:
        cache.check("http://rebinds.localhost/b", settings, None)
    assert err.value.error_type == "BlockedAddress"
    with pytest.raises(FetchError):  # and stays refused: nothing was kept
        cache.check("http://rebinds.localhost/c", settings, None)
    assert asked == ["93.184.216.34", "10.0.0.7", "10.0.0.7"]


def test_kept_addresses_are_per_port_and_a_failed_lookup_is_asked_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """allowed_hosts may allow one port of a name only: the other port is checked (and
    refused) on its own; a lookup that failed is not remembered."""
    settings = HttpSettings(allowed_hosts=("split.localhost:8080",))
    asked = _scripted_dns(monkeypatch, "split.localhost", ["127.0.0.1"])
    cache = _AddressCache()
    assert cache.check("http://split.localhost:8080/a", settings, None).addresses == ("127.0.0.1",)
    with pytest.raises(FetchError) as err:
        cache.check("http://split.localhost:8081/a", settings, None)
    assert err.value.error_type == "BlockedAddress"
    assert len(asked) == 2
    failures = 0

    def failing(host: object, *args: object, **kwargs: object) -> object:
        nonlocal failures
        failures += 1
        raise socket.gaierror(socket.EAI_AGAIN, "temporary failure")

    monkeypatch.setattr(socket, "getaddrinfo", failing)
    for _ in range(2):
        with pytest.raises(FetchError) as err:
            cache.check("http://gone.localhost/a", settings, None)
        assert err.value.error_type == "DNSError"
    assert failures == 2


def test_every_resolved_address_is_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    """A name with one public and one private answer is refused before any connect."""
    real = socket.getaddrinfo

    def two_answers(host: object, *args: object, **kwargs: object) -> object:
        if host == "mixed.localhost":
            return [
                (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.216.34", 80)),
                (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.0.0.7", 80)),
            ]
        return real(host, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket, "getaddrinfo", two_answers)
    with pytest.raises(FetchError) as err:
        HttpClient(HttpSettings(retries=0)).get("http://mixed.localhost/x")
    assert err.value.error_type == "BlockedAddress" and "10.0.0.7" in err.value.message


@pytest.mark.parametrize(
    ("url", "error_type"),
    [
        ("http://h.localhost:99999/x", "InvalidURL"),
        (f"http://{'a' * 64}.localhost/x", "InvalidURL"),
        ("http://[::1/x", "InvalidURL"),
        ("http://[::zz]/x", "InvalidURL"),
        ("http://exa mple.localhost/", "InvalidURL"),
        ("javascript:alert(1)", "BlockedScheme"),
        ("http://10.0.0.1/", "BlockedAddress"),
    ],
)
def test_refusals_are_final_even_with_robots(url: str, error_type: str) -> None:
    """A refused address is raised as itself from the robots check, never RobotsUnavailable,
    and never retried."""
    with pytest.raises(FetchError) as err:
        HttpClient(HttpSettings(retries=3)).get(url, robots=True)
    assert err.value.error_type == error_type
    assert not err.value.retryable


def test_robots_redirecting_to_a_private_address_is_a_refusal(
    server: LoopbackServer, private: LoopbackServer
) -> None:
    server.reply("/robots.txt", 302, headers={"Location": f"{private.url}/robots.txt"})
    server.reply("/a.html", 200, b"x", {"Content-Type": "text/html"})
    with pytest.raises(FetchError) as err:
        guarded(server, retries=3).get(f"{server.url}/a.html", robots=True)
    assert err.value.error_type == "BlockedAddress"
    assert "/robots.txt" not in private.hits and "/a.html" not in server.hits


def test_final_failures_are_parked_at_once() -> None:
    now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    final = FailureHistory(1, now - dt.timedelta(days=30), final=True)
    assert is_parked(final, max_attempts=5)
    assert not retry_due(final, now, max_attempts=5, base_minutes=0)
    assert retry_due(FailureHistory(1, now - dt.timedelta(days=30)), now, 5, 30)


def test_slow_headers_are_cut_at_the_total_deadline(server: LoopbackServer) -> None:
    """The server takes 10 s to answer; read_timeout is 15 s, total_timeout 2 s."""

    def stall(h: BaseHTTPRequestHandler) -> None:
        time.sleep(10)

    server.routes["/stall"] = stall
    client = HttpClient(
        HttpSettings(allow_private=True, total_timeout=2, read_timeout=15, retries=2)
    )
    started = time.monotonic()
    with pytest.raises(FetchError) as err:
        client.get(f"{server.url}/stall")
    took = time.monotonic() - started
    print(f"stalled headers: fetch failed after {took:.2f} s (total_timeout 2 s)")
    assert err.value.error_type == "Timeout"
    assert took < 2.5


def test_dripped_headers_are_cut_at_the_total_deadline(server: LoopbackServer) -> None:
    """One header byte every 0.2 s: no single read waits read_timeout, the whole takes 20 s."""

    def drip(h: BaseHTTPRequestHandler) -> None:
        try:
            h.wfile.write(b"HTTP/1.1 200 OK\r\nX-Slow: ")
            for _ in range(100):
                h.wfile.write(b"a")
                h.wfile.flush()
                time.sleep(0.2)
        except OSError:
            pass  # the client gave up, as it should

    server.routes["/drip"] = drip
    client = HttpClient(HttpSettings(allow_private=True, total_timeout=2, read_timeout=1))
    started = time.monotonic()
    with pytest.raises(FetchError) as err:
        client.get(f"{server.url}/drip")
    took = time.monotonic() - started
    print(f"dripped headers: fetch failed after {took:.2f} s (total_timeout 2 s)")
    assert err.value.error_type == "Timeout"
    assert took < 2.5


class KeepAliveServer:
    """A raw HTTP/1.1 server that keeps connections open; answers come from `answer(n)` for
    the n-th request overall, which returns raw bytes to send (or a list of (bytes, pause))."""

    def __init__(self, answer: Callable[[int], list[tuple[bytes, float]]]) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.answer = answer
        self.requests = 0
        self.connections = 0
        self._lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with self._lock:
                self.connections += 1
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        buf = b""
        with conn:
            while True:
                while b"\r\n\r\n" not in buf:
                    try:
                        data = conn.recv(4096)
                    except OSError:
                        return
                    if not data:
                        return
                    buf += data
                _, buf = buf.split(b"\r\n\r\n", 1)
                with self._lock:
                    self.requests += 1
                    n = self.requests
                try:
                    for data, pause in self.answer(n):
                        conn.sendall(data)
                        time.sleep(pause)
                except OSError:
                    return

    def close(self) -> None:
        self.sock.close()


def _ok(body: bytes) -> bytes:
    return b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n%s" % (
        len(body),
        body,
    )


def test_retry_after_a_failure_mid_body_never_reads_the_old_body() -> None:
    """The first answer stops half-way past the read timeout, then sends the rest on the same
    socket. A connection put back in the pool would give the retry that rest as its status
    line (BadStatusLine) or as its body; a closed one gives the retry the right answer."""
    old = b"OLD-" * 250  # 1000 bytes

    def answer(n: int) -> list[tuple[bytes, float]]:
        if n == 1:
            head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 1000\r\n\r\n"
            return [(head + old[:100], 1.0), (old[100:], 0.0)]
        return [(_ok(b"NEW body"), 0.0)]

    srv = KeepAliveServer(answer)
    try:
        client = HttpClient(
            HttpSettings(allow_private=True, read_timeout=0.4, retries=2, backoff_base=0.01)
        )
        result = client.get(f"{srv.url}/m")
        assert result.body == b"NEW body"
        assert srv.connections == 2
    finally:
        srv.close()


def test_unread_redirect_body_does_not_poison_the_next_request() -> None:
    """A 302 with a body that is not read: its connection is closed, not reused."""

    def answer(n: int) -> list[tuple[bytes, float]]:
        if n == 1:
            body = b"moved " * 2000
            head = b"HTTP/1.1 302 Found\r\nLocation: /b\r\nContent-Length: %d\r\n\r\n" % len(body)
            return [(head + body, 0.0)]
        return [(_ok(b"landed"), 0.0)]

    srv = KeepAliveServer(answer)
    try:
        result = HttpClient(HttpSettings(allow_private=True, retries=0)).get(f"{srv.url}/a")
        assert result.body == b"landed"
    finally:
        srv.close()


def test_fully_read_connections_are_reused() -> None:
    srv = KeepAliveServer(lambda n: [(_ok(b"page %d" % n), 0.0)])
    try:
        client = HttpClient(HttpSettings(allow_private=True, retries=0))
        bodies = [client.get(f"{srv.url}/p{i}").body for i in range(5)]
        assert bodies == [b"page %d" % i for i in range(1, 6)]
        assert srv.connections == 1
    finally:
        srv.close()


def test_kept_alive_connection_closed_by_the_server_is_replaced() -> None:
    """The server closes after each answer without saying so: the next request goes out on a
    new connection, without using up a retry."""

    def answer(n: int) -> list[tuple[bytes, float]]:
        return [(_ok(b"n%d" % n), 0.0)]

    srv = KeepAliveServer(answer)
    serve = srv._serve

    def one_shot(conn: socket.socket) -> None:
        buf = b""
        with conn:
            while b"\r\n\r\n" not in buf:
                data = conn.recv(4096)
                if not data:
                    return
                buf += data
            with srv._lock:
                srv.requests += 1
                n = srv.requests
            conn.sendall(_ok(b"n%d" % n))
            time.sleep(0.05)

    srv._serve = one_shot  # type: ignore[method-assign]
    try:
        client = HttpClient(HttpSettings(allow_private=True, retries=0))
        assert client.get(f"{srv.url}/a").body == b"n1"
        time.sleep(0.2)
        assert client.get(f"{srv.url}/b").body == b"n2"
    finally:
        srv._serve = serve  # type: ignore[method-assign]
        srv.close()


def _chunked_in_two(first: bytes, pause: float, rest: bytes) -> list[tuple[bytes, float]]:
    head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"
    return [
        (head + b"%x\r\n%s\r\n" % (len(first), first), pause),
        (b"%x\r\n%s\r\n0\r\n\r\n" % (len(rest), rest), 0.0),
    ]


@pytest.mark.parametrize("abort", ["TooLarge", "Timeout"])
def test_fetch_abandoned_mid_body_leaves_no_body_for_the_next(abort: str) -> None:
    """Our own limit stops a body half-way (size cap, or the deadline) while the server is
    still sending it. Its connection must be closed: put back in the pool, the next fetch on
    it reads the rest of that body as its own status line (the BadStatusLine and
    ResponseNotReady failures of issue 11)."""

    def answer(n: int) -> list[tuple[bytes, float]]:
        if n == 1:
            return _chunked_in_two(b"a" * 2000, 1.0, b"OLD-" * 500)
        return [(_ok(b"second page"), 0.0)]

    srv = KeepAliveServer(answer)
    try:
        limits: dict[str, object] = (
            {"max_bytes": 1000} if abort == "TooLarge" else {"total_timeout": 0.5}
        )
        client = HttpClient(HttpSettings(allow_private=True, retries=0, **limits))  # type: ignore[arg-type]
        with pytest.raises(FetchError) as err:
            client.get(f"{srv.url}/first")
        assert err.value.error_type == abort
        result = client.get(f"{srv.url}/second")
        assert result.body == b"second page"
    finally:
        srv.close()


def _tls_server(tmp_path: Path, name: str) -> tuple[LoopbackServer, str]:
    """A loopback HTTPS server whose certificate names `name`, and the CA file that signed it.
    (cryptography comes with the dev extra through moto.)"""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = dt.datetime.now(dt.UTC)
    ca_key, key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "xauto test CA")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(1)
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    leaf = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(2)
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(name)]), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    pem = serialization.Encoding.PEM
    (tmp_path / "ca.pem").write_bytes(ca.public_bytes(pem))
    (tmp_path / "leaf.pem").write_bytes(
        leaf.public_bytes(pem)
        + key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    srv = LoopbackServer()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(tmp_path / "leaf.pem")
    srv.httpd.socket = context.wrap_socket(srv.httpd.socket, server_side=True)
    srv.url = srv.url.replace("http://", "https://")
    return srv, str(tmp_path / "ca.pem")


def test_https_connects_to_the_checked_address_and_verifies_the_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pinned to the IP, yet SNI and the certificate check use the name: the fetch works for
    the name the certificate gives, and fails for a name it does not."""
    srv, ca = _tls_server(tmp_path, "pinned.localhost")
    srv.reply("/p", 200, b"over tls", {"Content-Type": "text/html"})
    port = int(srv.url.rsplit(":", 1)[1])
    real = socket.getaddrinfo
    asked: list[str] = []

    def dns(host: object, *args: object, **kwargs: object) -> object:
        if str(host).endswith(".localhost"):
            asked.append(str(host))
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port))]
        return real(host, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket, "getaddrinfo", dns)
    try:
        client = HttpClient(
            HttpSettings(
                allowed_hosts=(f"pinned.localhost:{port}", f"other.localhost:{port}"),
                ca_certs=ca,
                retries=1,
            )
        )
        assert client.get(f"https://pinned.localhost:{port}/p").body == b"over tls"
        assert asked == ["pinned.localhost"]
        with pytest.raises(FetchError) as err:
            client.get(f"https://other.localhost:{port}/p")
        assert err.value.error_type == "TLSError" and not err.value.retryable
    finally:
        srv.close()


@pytest.mark.parametrize(
    ("address", "blocked"),
    [
        ("93.184.216.34", False),
        ("2606:2800:220:1:248:1893:25c8:1946", False),
        ("127.0.0.1", True),
        ("10.1.2.3", True),
        ("169.254.169.254", True),
        ("100.64.0.1", True),
        ("192.0.2.1", True),  # documentation range: never a real server
        ("198.18.0.1", True),
        ("::ffff:10.0.0.1", True),
        ("2002:a00:1::1", True),  # 6to4 carrying 10.0.0.1
        ("2002:5db8:d822::1", False),  # 6to4 carrying 93.184.216.34
        ("64:ff9b::a00:1", True),  # NAT64 carrying 10.0.0.1
        ("64:ff9b::5db8:d822", False),
        ("fd00::1", True),
        ("fe80::1%eth0", True),
    ],
)
def test_blocked_ranges(address: str, blocked: bool) -> None:
    assert _is_blocked_ip(address) is blocked


def test_a_resolver_that_never_answers_is_cut_at_the_deadline(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = socket.getaddrinfo

    def slow_dns(host: object, *args: object, **kwargs: object) -> object:
        if host == "slowdns.localhost":
            time.sleep(5)
        return real(host, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket, "getaddrinfo", slow_dns)
    client = HttpClient(HttpSettings(allow_private=True, total_timeout=1, connect_timeout=10))
    started = time.monotonic()
    with pytest.raises(FetchError) as err:
        client.get("http://slowdns.localhost/x")
    took = time.monotonic() - started
    print(f"silent resolver: fetch failed after {took:.2f} s (total_timeout 1 s)")
    assert err.value.error_type == "Timeout" and took < 1.5


def test_a_tls_handshake_that_never_finishes_is_cut_at_the_deadline() -> None:
    """The server accepts TCP and says nothing. connect_timeout is 10 s; the handshake must
    still end at the 1 s deadline (its timeout is capped by the time left, and the
    watchdog holds the socket from the TCP connect on)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)
    port = listener.getsockname()[1]
    held: list[socket.socket] = []
    threading.Thread(target=lambda: held.append(listener.accept()[0]), daemon=True).start()
    client = HttpClient(
        HttpSettings(allow_private=True, total_timeout=1, connect_timeout=10, retries=0)
    )
    started = time.monotonic()
    try:
        with pytest.raises(FetchError) as err:
            client.get(f"https://127.0.0.1:{port}/x")
    finally:
        listener.close()
        for s in held:
            s.close()
    took = time.monotonic() - started
    print(f"silent TLS handshake: fetch failed after {took:.2f} s (total_timeout 1 s)")
    assert err.value.error_type == "Timeout" and took < 1.5


def test_deadlines_hold_in_a_forked_worker(server: LoopbackServer) -> None:
    """A worker forked after the watchdog and resolver threads started gets its own: in the
    child a fetch still resolves, and dripped headers are still cut at the deadline."""
    import multiprocessing

    def drip(h: BaseHTTPRequestHandler) -> None:
        try:
            h.wfile.write(b"HTTP/1.1 200 OK\r\nX-Slow: ")
            for _ in range(50):
                h.wfile.write(b"a")
                h.wfile.flush()
                time.sleep(0.2)
        except OSError:
            pass

    server.routes["/drip"] = drip
    server.reply("/ok", 200, b"fine", {"Content-Type": "text/html"})
    client = HttpClient(HttpSettings(allow_private=True, total_timeout=1, read_timeout=15))
    with pytest.raises(FetchError):
        client.get(f"{server.url}/drip")  # watchdog and resolver threads started here
    ctx = multiprocessing.get_context("fork")
    queue = ctx.Queue()

    def child() -> None:
        try:
            body = client.get(f"{server.url}/ok").body
        except FetchError as exc:
            body = exc.error_type.encode()
        started = time.monotonic()
        try:
            client.get(f"{server.url}/drip")
            queue.put((body, "no error", time.monotonic() - started))
        except FetchError as exc:
            queue.put((body, exc.error_type, time.monotonic() - started))

    proc = ctx.Process(target=child)
    proc.start()
    body, kind, took = queue.get(timeout=15)
    proc.join(5)
    assert body == b"fine"
    assert kind == "Timeout" and took < 1.5, (kind, took)


def test_the_watchdog_cuts_every_deadline_in_order_without_a_wake_up_per_arm() -> None:
    """Arming a deadline later than the earliest one does not wake the thread; each socket is
    still shut down when its own deadline passes, the later ones included, and a deadline
    armed earlier than all the others wakes the thread at once."""
    dog = _Watchdog()
    pairs = [socket.socketpair() for _ in range(3)]
    try:
        start = time.monotonic()
        late, later = dog.arm(start + 0.3), dog.arm(start + 0.5)  # the second: no wake-up
        dog.watch(late, pairs[0][0])
        dog.watch(later, pairs[1][0])
        first = dog.arm(start + 0.05)  # earlier than both: the thread must wake for it
        dog.watch(first, pairs[2][0])
        cut_at: dict[int, float] = {}
        while len(cut_at) < 3 and time.monotonic() - start < 5:
            for i, (ours, _) in enumerate(pairs):
                ours.setblocking(False)
                if i not in cut_at:
                    try:
                        if ours.recv(1) == b"":  # shut down: reads end at once
                            cut_at[i] = time.monotonic() - start
                    except BlockingIOError:
                        pass
            time.sleep(0.01)
        assert sorted(cut_at) == [0, 1, 2]
        assert 0.05 <= cut_at[2] < 0.25 and 0.3 <= cut_at[0] < 0.5 and cut_at[1] >= 0.5
        assert first.fired and late.fired and later.fired
    finally:
        for a, b in pairs:
            a.close()
            b.close()
