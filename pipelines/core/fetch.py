"""The only network code: bounded, polite, SSRF-safe HTTP GET with retries.

Everything here takes and returns plain values; callers decide what a failure means for the run.
"""

import contextlib
import functools
import heapq
import http.client
import ipaddress
import itertools
import os
import random
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any
from urllib import robotparser

import urllib3
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.response import BaseHTTPResponse
from urllib3.util.ssl_match_hostname import CertificateError

from pipelines.core.urls import InvalidURLError, ParsedURL, parse_url, resolve, url_problem

# Ranges a fetcher that follows links from the internet must never reach unless told to:
# loopback, RFC 1918, link-local (cloud metadata at 169.254.169.254), CGNAT, unique-local.
_BLOCKED_NETS = tuple(
    ipaddress.ip_network(n)
    for n in (
        "0.0.0.0/8",
        "10.0.0.0/8",
        "100.64.0.0/10",
        "127.0.0.0/8",
        "169.254.0.0/16",
        "172.16.0.0/12",
        "192.168.0.0/16",
        "224.0.0.0/4",
        "240.0.0.0/4",
        "::1/128",
        "::/128",
        "fc00::/7",
        "fe80::/10",
    )
)
# Refusals that no retry can change: recorded once, never retried in the run or later.
FINAL_ERRORS = frozenset({"BlockedAddress", "BlockedScheme", "BlockedHost", "InvalidURL"})
PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml")
CHUNK = 64 * 1024


@dataclass(frozen=True)
class HttpSettings:
    connect_timeout: float = 5.0
    read_timeout: float = 15.0
    total_timeout: float = 30.0
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    retries: int = 2
    backoff_base: float = 0.5
    backoff_max: float = 10.0
    user_agent: str = "xauto/0.1 (news metrics research crawler)"
    allow_private: bool = False
    allowed_hosts: tuple[str, ...] = ()
    blocked_hosts: tuple[str, ...] = ()
    per_host_concurrency: int = 2
    per_host_delay: float = 0.0
    respect_robots: bool = True
    ca_certs: str | None = None  # a CA bundle instead of the system's (a private CA, tests)


@dataclass(frozen=True)
class FetchResult:
    url: str
    final_url: str
    status: int
    content_type: str | None
    body: bytes
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False
    elapsed_ms: int = 0


class FetchError(Exception):
    """A failed fetch with a short type for the errors table and whether a retry may help."""

    def __init__(
        self,
        error_type: str,
        message: str,
        status: int | None = None,
        retryable: bool = False,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(f"{error_type}: {message}")
        self.error_type = error_type
        self.message = message
        self.status = status
        self.retryable = retryable
        self.retry_after = retry_after


_NAT64 = ipaddress.ip_network("64:ff9b::/96")


def _is_blocked_ip(address: str) -> bool:
    """Blocked: the listed ranges, anything not globally routable (documentation, benchmark,
    reserved), and IPv6 forms that carry such an IPv4 address (mapped, 6to4, NAT64)."""
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped:
            return _is_blocked_ip(str(ip.ipv4_mapped))
        if ip.sixtofour:
            return _is_blocked_ip(str(ip.sixtofour))
        if ip in _NAT64:
            return _is_blocked_ip(str(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)))
    return any(ip in net for net in _BLOCKED_NETS) or not ip.is_global


@dataclass(frozen=True)
class Target:
    """A URL the guard let through and the checked addresses the connection must use."""

    url: ParsedURL
    addresses: tuple[str, ...]


def _named_in(parsed: ParsedURL, names: tuple[str, ...]) -> bool:
    """A host is named by its name alone (any port) or as host:port (that port only)."""
    host = f"[{parsed.host}]" if parsed.is_ipv6 else parsed.host
    return parsed.host in names or host in names or f"{host}:{parsed.effective_port}" in names


_RESOLVER: ThreadPoolExecutor | None = None


def _getaddrinfo(host: str, port: int, timeout: float | None) -> list[Any]:
    """getaddrinfo has no timeout of its own: with one, it runs on a small pool and the fetch
    stops waiting at the deadline (the lookup itself ends when the resolver gives up)."""

    def lookup() -> list[Any]:
        return socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP)

    if timeout is None:
        return lookup()
    if timeout <= 0:
        raise FetchError("Timeout", f"no time left to resolve {host}", None, True)
    global _RESOLVER
    if _RESOLVER is None:
        _RESOLVER = ThreadPoolExecutor(max_workers=8, thread_name_prefix="xauto-dns")
    try:
        return _RESOLVER.submit(lookup).result(timeout)
    except FutureTimeout as exc:
        raise FetchError("Timeout", f"{host} not resolved in {timeout:.1f}s", None, True) from exc


def check_url_allowed(url: str, settings: HttpSettings, timeout: float | None = None) -> Target:
    """Parse the URL with the one parser the connection uses, resolve its host once and
    refuse non-HTTP schemes and private, loopback and metadata addresses.

    The connection is then made to one of the returned addresses (never to the name again),
    so a DNS answer that changes between the check and the connect cannot get through.
    """
    parsed = _parse_allowed(url, settings)
    return Target(parsed, _checked_addresses(parsed, settings, timeout))


@functools.lru_cache(maxsize=1024)
def _parsed(url: str) -> ParsedURL:
    """parse_url, remembered: a page fetch parses its URL for robots.txt and for the address
    check (a ParsedURL is immutable; a URL that fails to parse raises again every time)."""
    return parse_url(url)


def _parse_allowed(url: str, settings: HttpSettings) -> ParsedURL:
    """The URL parsed, or refused for its scheme, its syntax or a blocked host name."""
    try:
        parsed = _parsed(url)
    except InvalidURLError as exc:
        kind, message = url_problem(url)
        raise FetchError(kind, message if kind == "BlockedScheme" else str(exc)) from exc
    if _named_in(parsed, settings.blocked_hosts):
        raise FetchError("BlockedHost", f"{parsed.host} is on the blocked list")
    return parsed


def _checked_addresses(
    parsed: ParsedURL, settings: HttpSettings, timeout: float | None
) -> tuple[str, ...]:
    """The host's addresses, resolved once, every one of them checked."""
    try:
        infos = _getaddrinfo(parsed.host, parsed.effective_port, timeout)
    except socket.gaierror as exc:
        raise FetchError(
            "DNSError", f"cannot resolve {parsed.host}: {exc}", retryable=True
        ) from exc
    except (OSError, UnicodeError, ValueError) as exc:
        raise FetchError(
            "DNSError", f"cannot resolve {parsed.host}: {exc}", retryable=True
        ) from exc
    addresses = tuple(
        dict.fromkeys(
            str(info[4][0])
            for info in infos
            if info[0] in (socket.AF_INET, socket.AF_INET6) and "%" not in str(info[4][0])
        )
    )
    if not addresses:
        raise FetchError("DNSError", f"no address for {parsed.host}", retryable=True)
    if not (settings.allow_private or _named_in(parsed, settings.allowed_hosts)):
        for address in addresses:
            if _is_blocked_ip(address):
                raise FetchError(
                    "BlockedAddress", f"{parsed.host} resolves to private address {address}"
                )
    return addresses


# How long a client reuses a host's checked addresses. A run fetches many pages per host: a
# lookup (a thread hand-off and a resolver query) for each one cost about a tenth of the
# fetch threads' CPU on loopback, and more against a real resolver. Only addresses that
# passed the check are kept, and connections still go to those very addresses, so a name
# that later resolves elsewhere (rebinding) reaches nothing new; it is asked again after this.
ADDRESS_TTL = 60.0
# Hosts kept at most; past it, the expired ones go (a stream meets new hosts for days).
_ADDRESS_CACHE_SIZE = 4096


class _AddressCache:
    """(host, port) → the addresses that passed `_checked_addresses`, for ADDRESS_TTL s.
    Refusals and failures are not kept: each fetch of such a host asks and refuses again."""

    def __init__(self, ttl: float = ADDRESS_TTL) -> None:
        self.ttl = ttl
        self._lock = threading.Lock()
        self._kept: dict[tuple[str, int], tuple[float, tuple[str, ...]]] = {}

    def check(self, url: str, settings: HttpSettings, timeout: float | None) -> Target:
        """As check_url_allowed, resolving the host only when its last check has expired."""
        parsed = _parse_allowed(url, settings)
        key = (parsed.host, parsed.effective_port)
        now = time.monotonic()
        with self._lock:
            kept = self._kept.get(key)
        if kept is not None and kept[0] > now:
            return Target(parsed, kept[1])
        addresses = _checked_addresses(parsed, settings, timeout)
        with self._lock:
            if len(self._kept) >= _ADDRESS_CACHE_SIZE:
                self._kept = {k: v for k, v in self._kept.items() if v[0] > now}
                if len(self._kept) >= _ADDRESS_CACHE_SIZE:
                    self._kept.clear()
            self._kept[key] = (now + self.ttl, addresses)
        return Target(parsed, addresses)


class _Watch:
    """One fetch's deadline: the socket it may cut (by descriptor: a TLS socket's descriptor
    is that of the TCP socket it wraps, so a handshake is cut too), fired once it did."""

    __slots__ = ("active", "fd", "fired")

    def __init__(self) -> None:
        self.fd: int | None = None
        self.fired = False
        self.active = True


def _shutdown_fd(fd: int) -> None:
    with contextlib.suppress(OSError):  # already closed: nothing is blocked on it
        sock = socket.socket(fileno=fd)
        try:
            sock.shutdown(socket.SHUT_RDWR)
        finally:
            sock.detach()  # the descriptor stays open: its owner closes it


class _Watchdog:
    """One thread that shuts a connection's socket down when its fetch's deadline passes.

    A socket timeout bounds each read, not the whole: a server that sends one header byte
    per second would hold a fetch for ever. Shutting the socket makes the blocked read return.
    The shutdown happens under the lock, and every socket is unwatched or disarmed before it
    is closed, so a descriptor number reused by another socket is never cut.
    """

    def __init__(self) -> None:
        self._lock = threading.Condition()
        self._heap: list[tuple[float, int, _Watch]] = []
        self._seq = itertools.count()
        self._thread: threading.Thread | None = None

    def arm(self, deadline: float) -> _Watch:
        watch = _Watch()
        with self._lock:
            heapq.heappush(self._heap, (deadline, next(self._seq), watch))
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="fetch-watchdog", daemon=True
                )
                self._thread.start()
            if self._heap[0][2] is watch:
                # The thread sleeps until the earliest deadline: woken only when that is this
                # one. Fetches arm deadlines in the order they start, so almost never: one
                # wake-up (and a turn at the GIL) fewer per fetch.
                self._lock.notify()
        return watch

    def watch(self, watch: _Watch, sock: socket.socket) -> None:
        """Cut this socket at the deadline (at once if it has passed)."""
        with self._lock:
            if watch.active:
                watch.fd = sock.fileno()
            elif watch.fired:
                _shutdown_fd(sock.fileno())

    def unwatch(self, watch: _Watch) -> None:
        """Before closing the watched socket while the deadline stays armed."""
        with self._lock:
            watch.fd = None

    def disarm(self, watch: _Watch) -> bool:
        """Stops the watch; True if the deadline had already cut the connection."""
        with self._lock:
            watch.active = False
            watch.fd = None
            return watch.fired

    def _run(self) -> None:
        with self._lock:
            while True:
                while self._heap and not self._heap[0][2].active:
                    heapq.heappop(self._heap)
                if not self._heap:
                    self._lock.wait()
                    continue
                wait = self._heap[0][0] - time.monotonic()
                if wait > 0:
                    self._lock.wait(wait)
                    continue
                watch = heapq.heappop(self._heap)[2]
                watch.active, watch.fired = False, True
                if watch.fd is not None:
                    _shutdown_fd(watch.fd)
                    watch.fd = None


class _WatchedConnection(HTTPConnection):
    """Registers its socket with the fetch's watch as soon as the TCP connection exists."""

    watch: _Watch | None = None

    def _new_conn(self) -> socket.socket:
        sock = super()._new_conn()
        if self.watch is not None:
            _WATCHDOG.watch(self.watch, sock)
        return sock


class _WatchedHTTPSConnection(HTTPSConnection):
    watch: _Watch | None = None

    def _new_conn(self) -> socket.socket:
        sock = super()._new_conn()
        if self.watch is not None:
            _WATCHDOG.watch(self.watch, sock)
        return sock


_WATCHDOG = _Watchdog()


def _after_fork_in_child() -> None:
    """Threads do not survive a fork: a forked worker gets its own watchdog and resolver."""
    global _WATCHDOG, _RESOLVER
    _WATCHDOG = _Watchdog()
    _RESOLVER = None


os.register_at_fork(after_in_child=_after_fork_in_child)
_Conn = _WatchedConnection | _WatchedHTTPSConnection
_ConnKey = tuple[str, str, int, str]


class _Connections:
    """Idle keep-alive connections per (scheme, checked IP, port, host name).

    Only a connection whose last response was read to its end, without error, comes back
    here; any other is closed, so a request never reads the rest of an earlier body.
    """

    def __init__(self, per_key: int, max_keys: int = 64) -> None:
        self._per_key = per_key
        self._max_keys = max_keys
        self._idle: dict[_ConnKey, list[_Conn]] = {}
        self._lock = threading.Lock()

    def take(self, key: _ConnKey) -> _Conn | None:
        while True:
            with self._lock:
                conns = self._idle.get(key)
                if not conns:
                    return None
                conn = conns.pop()
            if conn.is_connected:  # not closed by the server, nothing unread waiting
                return conn
            conn.close()

    def give(self, key: _ConnKey, conn: _Conn) -> None:
        evicted: list[_Conn] = []
        with self._lock:
            conns = self._idle.setdefault(key, [])
            if len(conns) < self._per_key:
                conns.append(conn)
            else:
                evicted.append(conn)
            while len(self._idle) > self._max_keys:
                oldest = next(iter(self._idle))
                evicted.extend(self._idle.pop(oldest))
        for c in evicted:
            c.close()


def _retry_after(value: str | None, cap: float) -> float | None:
    if not value:
        return None
    try:
        return min(max(float(value), 0.0), cap * 10)
    except ValueError:
        return None  # an HTTP-date: fall back to our own backoff


def backoff_delay(attempt: int, base: float, cap: float) -> float:
    """Exponential backoff with full jitter: spreads retries of many workers apart."""
    return float(random.uniform(0, min(cap, base * (2**attempt))))


class HostThrottle:
    """Per-host concurrency and spacing, shared by the threads of one worker process."""

    def __init__(self, concurrency: int, delay: float) -> None:
        self._concurrency = max(1, concurrency)
        self._delay = delay
        self._lock = threading.Lock()
        self._sems: dict[str, threading.BoundedSemaphore] = {}
        self._next: dict[str, float] = {}

    @contextmanager
    def slot(self, host: str) -> Iterator[None]:
        with self._lock:
            sem = self._sems.setdefault(host, threading.BoundedSemaphore(self._concurrency))
        with sem:
            if self._delay > 0:
                with self._lock:
                    now = time.monotonic()
                    start = max(now, self._next.get(host, now))
                    self._next[host] = start + self._delay
                if start > now:
                    time.sleep(start - now)
            yield


def _has_rules(parser: robotparser.RobotFileParser) -> bool:
    """False for a robots.txt read and found to hold no rule (none served, or an empty one),
    where can_fetch says yes to every URL, after unquoting, re-parsing and quoting it (about
    a tenth of a page fetch's CPU on loopback). Attributes the stubs do not declare are read
    with a default that keeps can_fetch in charge."""
    if not getattr(parser, "last_checked", 0):
        return True
    return any(getattr(parser, name, True) for name in ("entries", "default_entry", "disallow_all"))


@dataclass
class HttpClient:
    """One client per process; built in a DoFn's setup(), never pickled in use."""

    settings: HttpSettings = field(default_factory=HttpSettings)

    def __post_init__(self) -> None:
        self._conns = _Connections(max(1, self.settings.per_host_concurrency))
        self.throttle = HostThrottle(
            self.settings.per_host_concurrency, self.settings.per_host_delay
        )
        self._robots: dict[str, robotparser.RobotFileParser] = {}
        self._robots_lock = threading.Lock()
        self._addresses = _AddressCache()

    def allowed_by_robots(self, url: str) -> bool:
        """robots.txt of the URL's host, fetched once per client with the same limits.

        No robots.txt (4xx) allows everything; a 5xx or a network failure raises, so the page
        is retried later rather than fetched against a rule we could not read. A refused
        address (private, bad scheme, invalid URL) is final and raised as itself.
        """
        try:
            parsed = _parsed(url)
        except InvalidURLError:
            check_url_allowed(url, self.settings)  # raises the refusal with its type
            raise
        # The robots.txt fetch checks the host as the page fetch would: a refusal is raised
        # as itself (final), never as RobotsUnavailable.
        origin = f"{parsed.scheme}://{parsed.netloc}"
        with self._robots_lock:
            parser = self._robots.get(origin)
        if parser is None:
            parser = robotparser.RobotFileParser()
            try:
                deadline = time.monotonic() + self.settings.total_timeout
                result = self._get_once(f"{origin}/robots.txt", None, None, None, deadline)
                parser.parse(result.body.decode("utf-8", "replace").splitlines())
            except FetchError as exc:
                if exc.error_type in FINAL_ERRORS:
                    raise
                if exc.status is not None and 400 <= exc.status < 500:
                    parser.parse([])
                else:
                    raise FetchError(
                        "RobotsUnavailable", f"robots.txt of {origin}: {exc}", exc.status, True
                    ) from exc
            with self._robots_lock:
                self._robots[origin] = parser
        if not _has_rules(parser):
            return True
        return parser.can_fetch(self.settings.user_agent, url)

    def get(
        self,
        url: str,
        etag: str | None = None,
        last_modified: str | None = None,
        accept_types: tuple[str, ...] | None = None,
        robots: bool = False,
    ) -> FetchResult:
        """GET with retries on 5xx, 429 and connection errors; none on other 4xx.

        One wall-clock deadline (total_timeout) covers every attempt, redirect, connect,
        header and body read; no retry starts after it. robots=True checks robots.txt first
        (for pages; feeds are published to be polled).
        """
        if robots and self.settings.respect_robots and not self.allowed_by_robots(url):
            raise FetchError("RobotsDisallowed", f"robots.txt disallows {url}")
        deadline = time.monotonic() + self.settings.total_timeout
        attempt = 0
        while True:
            try:
                return self._get_once(url, etag, last_modified, accept_types, deadline)
            except FetchError as exc:
                if not exc.retryable or attempt >= self.settings.retries:
                    raise
                delay = backoff_delay(
                    attempt, self.settings.backoff_base, self.settings.backoff_max
                )
                if exc.retry_after is not None:
                    if exc.retry_after > self.settings.backoff_max:
                        raise  # the server asks for longer than a run should wait: retry later
                    delay = max(delay, exc.retry_after)
                if time.monotonic() + delay >= deadline:
                    raise  # no time left for another attempt: a later run retries
                time.sleep(delay)
                attempt += 1

    def _get_once(
        self,
        url: str,
        etag: str | None,
        last_modified: str | None,
        accept_types: tuple[str, ...] | None,
        deadline: float,
    ) -> FetchResult:
        s = self.settings
        started = time.monotonic()
        headers = {"Accept-Encoding": "gzip, deflate", "User-Agent": s.user_agent}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current = url
        for _ in range(s.max_redirects + 1):
            dns_timeout = min(s.connect_timeout, deadline - time.monotonic())
            target = self._addresses.check(current, s, dns_timeout)
            with self.throttle.slot(target.url.netloc):
                exchange = self._request(target, headers, deadline)
                try:
                    resp = exchange.response
                    if resp.status in (301, 302, 303, 307, 308):
                        location = resp.headers.get("Location")
                        if not location:
                            raise FetchError(
                                "BadRedirect", "redirect without Location", resp.status
                            )
                        # Read as entry links are: the next hop is parsed and checked again.
                        current = resolve(target.url.url(), location)
                        continue
                    return self._finish(url, target, exchange, started, deadline, accept_types)
                finally:
                    exchange.done(self._conns)
        raise FetchError("TooManyRedirects", f"more than {s.max_redirects} redirects from {url}")

    def _connect(self, target: Target, deadline: float, watch: _Watch) -> tuple[_Conn, bool]:
        """A connection to one of the checked addresses: an idle one, or a new one, its
        connect and TLS handshake already under the fetch's deadline."""
        s, parsed = self.settings, target.url
        last: FetchError | None = None
        for address in target.addresses:
            key = (parsed.scheme, address, parsed.effective_port, parsed.host)
            idle = self._conns.take(key)
            if idle is not None:
                assert idle.sock is not None
                idle.watch = watch
                _WATCHDOG.watch(watch, idle.sock)
                return idle, True
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            timeout = min(s.connect_timeout, remaining)
            conn: _Conn
            if parsed.scheme == "https":
                # Connected to the checked IP; the certificate is checked against the name.
                conn = _WatchedHTTPSConnection(
                    address,
                    parsed.effective_port,
                    timeout=timeout,
                    server_hostname=parsed.host,
                    assert_hostname=parsed.host,
                    cert_reqs="CERT_REQUIRED",
                    ca_certs=s.ca_certs,
                )
            else:
                conn = _WatchedConnection(address, parsed.effective_port, timeout=timeout)
            conn.watch = watch
            try:
                conn.connect()
                return conn, False
            except (ssl.SSLError, urllib3.exceptions.SSLError, CertificateError) as exc:
                _WATCHDOG.unwatch(watch)
                conn.close()
                if watch.fired:
                    raise FetchError(
                        "Timeout", f"TLS handshake not done in time: {exc}", None, True
                    ) from exc
                # a certificate that does not match the name: no retry helps
                raise FetchError("TLSError", f"{parsed.host}: {exc}") from exc
            except urllib3.exceptions.NewConnectionError as exc:
                _WATCHDOG.unwatch(watch)
                conn.close()
                last = FetchError("Connection", str(exc), None, True)
            except urllib3.exceptions.ConnectTimeoutError as exc:
                _WATCHDOG.unwatch(watch)
                conn.close()
                last = FetchError("Timeout", str(exc), None, True)
            except (urllib3.exceptions.HTTPError, OSError) as exc:
                _WATCHDOG.unwatch(watch)
                conn.close()
                last = FetchError("Connection", str(exc), None, True)
        if last is None:
            raise FetchError("Timeout", f"total time limit {s.total_timeout}s reached", None, True)
        raise last

    def _request(self, target: Target, headers: dict[str, str], deadline: float) -> "_Exchange":
        s = self.settings
        key_host = target.url.host
        for _ in range(2):  # a kept-alive connection the server closed meanwhile: one fresh try
            if deadline - time.monotonic() <= 0:
                raise FetchError(
                    "Timeout", f"total time limit {s.total_timeout}s reached", None, True
                )
            token = _WATCHDOG.arm(deadline)
            try:
                conn, reused = self._connect(target, deadline, token)
            except FetchError:
                _WATCHDOG.disarm(token)
                raise
            assert conn.sock is not None
            remaining = max(deadline - time.monotonic(), 0.001)
            conn.timeout = min(s.read_timeout, remaining)
            conn.sock.settimeout(conn.timeout)
            key = (target.url.scheme, conn.host, target.url.effective_port, key_host)
            try:
                conn.request(
                    "GET",
                    target.url.target,
                    headers={**headers, "Host": target.url.netloc},
                    preload_content=False,
                    decode_content=True,
                    enforce_content_length=True,
                )
                response = conn.getresponse()
                return _Exchange(conn, key, response, token)
            except Exception as exc:
                fired = _WATCHDOG.disarm(token)
                conn.close()
                if fired or time.monotonic() >= deadline:
                    raise FetchError(
                        "Timeout", f"no response within {s.total_timeout}s", None, True
                    ) from exc
                stale = isinstance(
                    exc, (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError)
                )
                if reused and stale:
                    continue
                if isinstance(exc, (TimeoutError, urllib3.exceptions.TimeoutError)):
                    raise FetchError("Timeout", str(exc) or "read timed out", None, True) from exc
                if isinstance(exc, (urllib3.exceptions.HTTPError, http.client.HTTPException)):
                    raise FetchError(
                        "Connection", f"{type(exc).__name__}: {exc}", None, True
                    ) from exc
                if isinstance(exc, OSError):
                    raise FetchError("Connection", str(exc), None, True) from exc
                raise
        raise FetchError("Connection", "the server closed the connection", None, True)

    def _finish(
        self,
        url: str,
        target: Target,
        exchange: "_Exchange",
        started: float,
        deadline: float,
        accept_types: tuple[str, ...] | None,
    ) -> FetchResult:
        s = self.settings
        resp = exchange.response
        final_url = target.url.url()
        status = resp.status
        etag = resp.headers.get("ETag")
        last_modified = resp.headers.get("Last-Modified")
        if status == 304:
            return FetchResult(
                url, final_url, 304, None, b"", etag, last_modified, True, _ms(started)
            )
        if status >= 400:
            retryable = status >= 500 or status == 429
            retry_after = _retry_after(resp.headers.get("Retry-After"), s.backoff_max)
            raise FetchError("HTTPStatus", f"HTTP {status}", status, retryable, retry_after)
        content_type = resp.headers.get("Content-Type")
        if accept_types and content_type:
            mime = content_type.split(";")[0].strip().lower()
            if mime and mime not in accept_types:
                raise FetchError("UnsupportedContentType", f"{mime} is not a page", status)
        declared = resp.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > s.max_bytes:
            raise FetchError("TooLarge", f"Content-Length {declared} > {s.max_bytes}", status)
        chunks: list[bytes] = []
        size = 0
        try:
            # decode_content: gzip/deflate are undone while streaming, so the cap below bounds
            # the decompressed size too (a compression bomb stops at max_bytes).
            # read1 returns what has arrived, so a server that drips bytes slower than the
            # total limit is cut off on time (stream() would block until a full chunk).
            while chunk := resp.read1(CHUNK, decode_content=True):
                size += len(chunk)
                if size > s.max_bytes:
                    raise FetchError("TooLarge", f"body over {s.max_bytes} bytes", status)
                if time.monotonic() > deadline:
                    raise FetchError(
                        "Timeout", f"body not done in {s.total_timeout}s", status, True
                    )
                chunks.append(chunk)
        except urllib3.exceptions.DecodeError as exc:
            raise FetchError("DecodeError", str(exc), status) from exc
        except (urllib3.exceptions.HTTPError, http.client.HTTPException, OSError) as exc:
            if exchange.cut() or time.monotonic() >= deadline:
                raise FetchError(
                    "Timeout", f"body not done in {s.total_timeout}s", status, True
                ) from exc
            kind = (
                "Timeout"
                if isinstance(exc, (TimeoutError, urllib3.exceptions.TimeoutError))
                else "Connection"
            )
            raise FetchError(kind, str(exc), status, True) from exc
        if exchange.cut():
            # The watchdog shut the socket: an end of body that is only our own cut-off.
            raise FetchError("Timeout", f"body not done in {s.total_timeout}s", status, True)
        exchange.complete = True
        return FetchResult(
            url,
            final_url,
            status,
            content_type,
            b"".join(chunks),
            etag,
            last_modified,
            False,
            _ms(started),
        )


class _Exchange:
    """One request's connection and response: the connection goes back for reuse only when
    the body was read to its end in time; otherwise it is closed (never read by another).
    """

    def __init__(
        self, conn: _Conn, key: _ConnKey, response: BaseHTTPResponse, token: _Watch
    ) -> None:
        self.conn = conn
        self.key = key
        self.response = response
        self.token = token
        self.complete = False
        self._fired: bool | None = None

    def cut(self) -> bool:
        """Disarm the deadline; True if it had already cut this connection."""
        if self._fired is None:
            self._fired = _WATCHDOG.disarm(self.token)
        return self._fired

    def done(self, conns: _Connections) -> None:
        fired = self.cut()
        original = getattr(self.response, "_original_response", None)
        reusable = (
            self.complete
            and not fired
            and self.conn.sock is not None
            and original is not None
            and original.isclosed()
            and not original.will_close
        )
        if reusable:
            conns.give(self.key, self.conn)
        else:
            self.response.close()
            self.conn.close()


def _ms(started: float) -> int:
    return int((time.monotonic() - started) * 1000)
