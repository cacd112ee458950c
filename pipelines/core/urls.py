"""URL canonicalisation: one article, one URL, whatever feed or tracker linked to it."""

from urllib.parse import parse_qsl, unquote, urlencode, urljoin, urlsplit, urlunsplit

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


def _unwrap_redirect(url: str) -> str:
    parts = urlsplit(url)
    if parts.hostname in REDIRECT_HOSTS and parts.path in ("/url", "/l.php", "/"):
        params = dict(parse_qsl(parts.query))
        for name in REDIRECT_PARAMS:
            target = params.get(name, "")
            if target.startswith(("http://", "https://")):
                return unquote(target) if "%3A" in target[:12] else target
    return url


def canonicalize_url(url: str) -> str:
    """Lower-case scheme and host, drop default ports, fragments and tracking parameters."""
    url = _unwrap_redirect(url.strip())
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    netloc = host
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        netloc = f"{host}:{port}"
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k.lower() not in TRACKING_PARAMS and not k.lower().startswith(TRACKING_PREFIXES)
    ]
    path = parts.path or "/"
    return urlunsplit((scheme, netloc, path, urlencode(query), ""))


def source_domain(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


def resolve(base: str, link: str) -> str:
    """An entry's link made absolute against the feed URL (some feeds give '/news/x.html')."""
    return urljoin(base, link)
