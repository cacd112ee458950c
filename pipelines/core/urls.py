"""URL canonicalisation: one article, one URL, whatever feed or tracker linked to it.

`parse_url` is the one URL parser of the project: the canonical form of a link, the SSRF guard
and the HTTP connection all read a URL through it, so no form (a backslash before '@', a port
out of range, a numeric host) can mean one address to the guard and another to the connection.
"""

import functools
import ipaddress
import re
import socket
from dataclasses import dataclass
from urllib.parse import parse_qsl, quote, unquote, urlencode, urljoin, urlsplit, urlunsplit

# Query parameters that only say where a click came from. Anything else may select content
# (?id=123 on many CMSs), so it stays.
TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "msclkid",
        "yclid",
        "mc_cid",
        "mc_eid",
        "igshid",
        "spm",
        "from",
        "share_token",
        "ref",
        "ref_src",
        "cmpid",
        "oc",
        "guccounter",
    }
)
TRACKING_PREFIXES = ("utm_", "_hs", "pk_", "mtm_")
# Redirectors that wrap the real link in a query parameter (search-engine feeds, newsletters).
REDIRECT_PARAMS = ("url", "u", "q", "target", "dest")
REDIRECT_HOSTS = frozenset({"www.google.com", "google.com", "news.google.com", "l.facebook.com"})
DEFAULT_PORTS = {"http": 80, "https": 443}
MAX_URL_CHARS = 8192

_LABEL = re.compile(r"^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$")
# WHATWG: a host whose last label is a number is an IPv4 address in some notation
# (2130706433, 0x7f.1, 0177.0.0.1), which resolvers also read that way.
_NUMERIC_LABEL = re.compile(r"^(?:0x[0-9a-f]*|[0-9]+)$")
# Tab and newlines are dropped from anywhere in a URL, as browsers and urlsplit both do.
_STRIPPED = str.maketrans("", "", "\t\n\r")
# Characters a request target may carry as they are; anything else is percent-encoded.
_TARGET_SAFE = "/%:@!$&'()*+,;=-._~?"


class InvalidURLError(ValueError):
    """A link that cannot be fetched as written (its reason is the message)."""


@dataclass(frozen=True)
class ParsedURL:
    """A URL as the guard checks it and the connection uses it (host without brackets)."""

    scheme: str
    host: str
    port: int | None  # None: the scheme's default
    path: str
    query: str
    is_ipv6: bool = False

    @property
    def effective_port(self) -> int:
        return self.port if self.port is not None else DEFAULT_PORTS.get(self.scheme, 0)

    @property
    def netloc(self) -> str:
        host = f"[{self.host}]" if self.is_ipv6 else self.host
        return f"{host}:{self.port}" if self.port is not None else host

    @property
    def target(self) -> str:
        """The request target sent on the wire: ASCII, invalid characters percent-encoded."""
        target = self.path + (f"?{self.query}" if self.query else "")
        return quote(target, safe=_TARGET_SAFE, encoding="utf-8", errors="strict")

    def url(self) -> str:
        return urlunsplit((self.scheme, self.netloc, self.path, self.query, ""))


def _slashes(text: str) -> str:
    cut = min((i for i in (text.find("?"), text.find("#")) if i >= 0), default=len(text))
    return text[:cut].replace("\\", "/") + text[cut:]


def _normalise_slashes(url: str) -> str:
    """For http(s), a backslash before the query is a slash (WHATWG, as browsers read it).

    urllib.parse keeps it inside the authority and urllib3 ends the authority at it, so
    'http://10.0.0.1\\@example.com/' would be two different hosts to two parsers.
    """
    scheme, sep, rest = url.partition(":")
    if not sep or scheme.lower() not in DEFAULT_PORTS:
        return url
    return f"{scheme}:{_slashes(rest)}"


def _ipv4(host: str) -> str | None:
    """A host that is an IPv4 address in any notation, as dotted quad; None if not one."""
    labels = host.split(".")
    if labels[-1] == "" and len(labels) > 1:
        labels = labels[:-1]
    if not _NUMERIC_LABEL.match(labels[-1]):
        return None
    try:
        return socket.inet_ntoa(socket.inet_aton(".".join(labels)))
    except (OSError, ValueError) as exc:
        raise InvalidURLError(f"malformed IPv4 address {host!r}") from exc


@functools.lru_cache(maxsize=4096)
def _host(raw: str) -> tuple[str, bool]:
    """The host in canonical form (lower-case ASCII, IDNA) and whether it is IPv6.

    Memoised (a pure function of its text; a refusal raises and is not cached): a run parses
    the same few hosts once or twice for every entry and page, 15 to 20 µs each time."""
    if raw.startswith("["):
        if not raw.endswith("]"):
            raise InvalidURLError(f"unterminated IPv6 literal {raw!r}")
        inner = raw[1:-1]
        if "%" in inner:
            raise InvalidURLError(f"zone index in IPv6 literal {raw!r}")
        try:
            return ipaddress.IPv6Address(inner).compressed, True
        except ValueError as exc:
            raise InvalidURLError(f"malformed IPv6 literal {raw!r}") from exc
    if not raw:
        raise InvalidURLError("no host")
    if any(c in raw for c in "%[]\\ <>\"'`^{|}") or any(
        ord(c) < 0x21 or ord(c) == 0x7F for c in raw
    ):
        raise InvalidURLError(f"invalid character in host {raw!r}")
    try:
        host = raw.encode("idna").decode("ascii").lower() if not raw.isascii() else raw.lower()
    except UnicodeError as exc:
        raise InvalidURLError(f"host {raw!r} is not a valid domain name: {exc}") from exc
    ipv4 = _ipv4(host)
    if ipv4 is not None:
        return ipv4, False
    host = host.removesuffix(".")
    if len(host) > 253 or not all(_LABEL.match(label) for label in host.split(".")):
        raise InvalidURLError(f"host {raw!r} is not a valid domain name")
    return host, False


def parse_url(url: str) -> ParsedURL:
    """An http(s) URL read strictly: raises InvalidURLError with the reason, never another
    exception. Userinfo is dropped (credentials are never sent), the fragment too.
    """
    if not isinstance(url, str):
        raise InvalidURLError(f"not a string: {type(url).__name__}")
    text = url.strip().translate(_STRIPPED)
    if len(text) > MAX_URL_CHARS:
        raise InvalidURLError(f"URL longer than {MAX_URL_CHARS} characters")
    text = _normalise_slashes(text)
    try:
        parts = urlsplit(text)
    except ValueError as exc:
        raise InvalidURLError(f"unparseable URL {url[:200]!r}: {exc}") from exc
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS:
        raise InvalidURLError(f"not an http(s) URL: scheme {scheme!r}")
    if not text[len(scheme) + 1 :].startswith("//"):
        raise InvalidURLError(f"no authority in {url[:200]!r}")
    hostport = parts.netloc.rpartition("@")[2]
    if hostport.startswith("["):
        end = hostport.find("]")
        raw_host, rest = (hostport[: end + 1], hostport[end + 1 :]) if end >= 0 else (hostport, "")
    else:
        raw_host, colon, port_text = hostport.partition(":")
        rest = colon + port_text
    if rest and not rest.startswith(":"):
        raise InvalidURLError(f"junk after host in {url[:200]!r}")
    port_text = rest[1:]
    port: int | None = None
    if port_text:
        if not port_text.isascii() or not port_text.isdigit():
            raise InvalidURLError(f"port {port_text!r} is not a number")
        port = int(port_text)
        if not 0 < port <= 65535:
            raise InvalidURLError(f"port {port} out of range")
        if port == DEFAULT_PORTS[scheme]:
            port = None
    host, is_ipv6 = _host(raw_host)
    try:
        (parts.path + parts.query).encode("utf-8")
    except UnicodeError as exc:
        raise InvalidURLError(f"path is not valid text: {exc}") from exc
    return ParsedURL(scheme, host, port, parts.path or "/", parts.query, is_ipv6)


def _unwrap_redirect(url: str) -> str:
    parts = urlsplit(url)
    if parts.hostname in REDIRECT_HOSTS and parts.path in ("/url", "/l.php", "/"):
        params = dict(parse_qsl(parts.query))
        for name in REDIRECT_PARAMS:
            target = params.get(name, "")
            if target.startswith(("http://", "https://")):
                return unquote(target) if "%3A" in target[:12] else target
    return url


def canonicalize_url(url: str) -> str | None:
    """Lower-case scheme and host, drop default ports, fragments and tracking parameters.

    Total: None for a link that is not a usable http(s) URL (the caller records why with
    `url_problem`); never raises.
    """
    try:
        parsed = parse_url(_unwrap_redirect(parse_url(url).url()))
    except (InvalidURLError, ValueError):
        return None
    query = [
        (k, v)
        for k, v in parse_qsl(parsed.query, keep_blank_values=True)
        if k.lower() not in TRACKING_PARAMS and not k.lower().startswith(TRACKING_PREFIXES)
    ]
    return urlunsplit((parsed.scheme, parsed.netloc, parsed.path, urlencode(query), ""))


def url_problem(url: str) -> tuple[str, str]:
    """Why `canonicalize_url` refused a link: (error type, reason) for the error row."""
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        scheme = ""
    if scheme and scheme not in DEFAULT_PORTS and ":" in url:
        return "BlockedScheme", f"only http and https are fetched, not {scheme!r}"
    try:
        parse_url(_unwrap_redirect(parse_url(url).url()))
    except (InvalidURLError, ValueError) as exc:
        return "InvalidURL", str(exc)
    return "InvalidURL", "not a usable http(s) URL"


def source_domain(url: str) -> str:
    try:
        host = parse_url(url).host
    except InvalidURLError:
        return ""
    return host[4:] if host.startswith("www.") else host


def resolve(base: str, link: str) -> str:
    """An entry's link (or a redirect's Location) made absolute against the URL it came from.

    Backslashes are read as slashes first, as browsers do, so '\\\\host/x' is a
    scheme-relative link to another host here too, and the result is checked as that host.
    Never raises: an unusable pair gives the link as it is, for `parse_url` to refuse.
    """
    try:
        link = _normalise_slashes(link.strip().translate(_STRIPPED))
        if not urlsplit(link).scheme and urlsplit(base).scheme.lower() in DEFAULT_PORTS:
            link = _slashes(link)
        return urljoin(base, link)
    except ValueError:
        return link
