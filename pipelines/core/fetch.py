"""The only network code: bounded, polite, SSRF-safe HTTP GET with retries.

Everything here takes and returns plain values; callers decide what a failure means for the run.
"""

import ipaddress
import random
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from urllib import robotparser
from urllib.parse import urljoin, urlsplit

import urllib3

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


def _is_blocked_ip(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return any(ip in net for net in _BLOCKED_NETS)


def check_url_allowed(url: str, settings: HttpSettings) -> None:
    """Refuse non-HTTP schemes and, after DNS resolution, private and metadata addresses."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise FetchError("BlockedScheme", f"only http and https are fetched, not {parts.scheme!r}")
    host = (parts.hostname or "").lower()
    if not host:
        raise FetchError("InvalidURL", f"no host in {url!r}")
    if host in settings.blocked_hosts:
        raise FetchError("BlockedHost", f"{host} is on the blocked list")
    if settings.allow_private or host in settings.allowed_hosts:
        return
    try:
        infos = socket.getaddrinfo(host, parts.port or 443, proto=socket.IPPROTO_TCP)
    except socket.gaierror as exc:
        raise FetchError("DNSError", f"cannot resolve {host}: {exc}", retryable=True) from exc
    for info in infos:
        if _is_blocked_ip(str(info[4][0])):
            raise FetchError("BlockedAddress", f"{host} resolves to private address {info[4][0]}")


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


@dataclass
class HttpClient:
    """One urllib3 pool per process; built in a DoFn's setup(), never pickled in use."""

    settings: HttpSettings = field(default_factory=HttpSettings)

    def __post_init__(self) -> None:
        self._pool = urllib3.PoolManager(
            num_pools=64, maxsize=4, retries=False, headers={"User-Agent": self.settings.user_agent}
        )
        self.throttle = HostThrottle(
            self.settings.per_host_concurrency, self.settings.per_host_delay
        )
        self._robots: dict[str, robotparser.RobotFileParser] = {}
        self._robots_lock = threading.Lock()

    def allowed_by_robots(self, url: str) -> bool:
        """robots.txt of the URL's host, fetched once per client with the same limits.

        No robots.txt (4xx) allows everything; a 5xx or a network failure raises, so the page
        is retried later rather than fetched against a rule we could not read.
        """
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        with self._robots_lock:
            parser = self._robots.get(origin)
        if parser is None:
            parser = robotparser.RobotFileParser()
            try:
                result = self._get_once(f"{origin}/robots.txt", None, None, None)
                parser.parse(result.body.decode("utf-8", "replace").splitlines())
            except FetchError as exc:
                if exc.status is not None and 400 <= exc.status < 500:
                    parser.parse([])
                else:
                    raise FetchError(
                        "RobotsUnavailable", f"robots.txt of {origin}: {exc}", exc.status, True
                    ) from exc
            with self._robots_lock:
                self._robots[origin] = parser
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

        robots=True checks robots.txt first (for pages; feeds are published to be polled).
        """
        if robots and self.settings.respect_robots and not self.allowed_by_robots(url):
            raise FetchError("RobotsDisallowed", f"robots.txt disallows {url}")
        attempt = 0
        while True:
            try:
                return self._get_once(url, etag, last_modified, accept_types)
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
                time.sleep(delay)
                attempt += 1

    def _get_once(
        self,
        url: str,
        etag: str | None,
        last_modified: str | None,
        accept_types: tuple[str, ...] | None,
    ) -> FetchResult:
        s = self.settings
        started = time.monotonic()
        deadline = started + s.total_timeout
        headers = {"Accept-Encoding": "gzip, deflate"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current = url
        for _ in range(s.max_redirects + 1):
            check_url_allowed(current, s)
            host = urlsplit(current).netloc
            with self.throttle.slot(host):
                resp = self._request(current, headers, deadline)
                try:
                    if resp.status in (301, 302, 303, 307, 308):
                        location = resp.headers.get("Location")
                        if not location:
                            raise FetchError(
                                "BadRedirect", "redirect without Location", resp.status
                            )
                        current = urljoin(current, location)
                        continue
                    return self._finish(url, current, resp, started, deadline, accept_types)
                finally:
                    resp.release_conn()
        raise FetchError("TooManyRedirects", f"more than {s.max_redirects} redirects from {url}")

    def _request(
        self, url: str, headers: dict[str, str], deadline: float
    ) -> urllib3.BaseHTTPResponse:
        s = self.settings
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise FetchError("Timeout", f"total time limit {s.total_timeout}s reached", None, True)
        timeout = urllib3.Timeout(
            connect=min(s.connect_timeout, remaining), read=min(s.read_timeout, remaining)
        )
        try:
            return self._pool.request(
                "GET", url, headers=headers, redirect=False, preload_content=False, timeout=timeout
            )
        except urllib3.exceptions.MaxRetryError as exc:
            reason = exc.reason or exc
            kind = (
                "Timeout" if isinstance(reason, urllib3.exceptions.TimeoutError) else "Connection"
            )
            raise FetchError(kind, str(reason), None, True) from exc
        except urllib3.exceptions.TimeoutError as exc:
            raise FetchError("Timeout", str(exc), None, True) from exc
        except (urllib3.exceptions.HTTPError, OSError) as exc:
            raise FetchError("Connection", str(exc), None, True) from exc

    def _finish(
        self,
        url: str,
        final_url: str,
        resp: urllib3.BaseHTTPResponse,
        started: float,
        deadline: float,
        accept_types: tuple[str, ...] | None,
    ) -> FetchResult:
        s = self.settings
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
        except (urllib3.exceptions.ProtocolError, urllib3.exceptions.ReadTimeoutError) as exc:
            raise FetchError("Connection", str(exc), status, True) from exc
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


def _ms(started: float) -> int:
    return int((time.monotonic() - started) * 1000)
