"""Typed configuration: one YAML file, validated with clear errors on typos."""

import dataclasses
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from xml.etree import ElementTree

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from pipelines.core.fetch import HttpSettings
from pipelines.core.urls import InvalidURLError, parse_url


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class FeedConfig(_Strict):
    url: str
    name: str | None = None
    language: str | None = None


# The HTTP defaults are declared once, on the fetcher's HttpSettings; the config only validates.
_HTTP = HttpSettings()


class HttpConfig(_Strict):
    connect_timeout: float = Field(_HTTP.connect_timeout, gt=0)
    read_timeout: float = Field(_HTTP.read_timeout, gt=0)
    total_timeout: float = Field(_HTTP.total_timeout, gt=0)
    max_bytes: int = Field(_HTTP.max_bytes, gt=0)
    max_redirects: int = Field(_HTTP.max_redirects, ge=0)
    retries: int = Field(_HTTP.retries, ge=0)
    backoff_base: float = Field(_HTTP.backoff_base, ge=0)
    backoff_max: float = Field(_HTTP.backoff_max, ge=0)
    user_agent: str = _HTTP.user_agent
    per_host_concurrency: int = Field(_HTTP.per_host_concurrency, ge=1)
    per_host_delay: float = Field(_HTTP.per_host_delay, ge=0)
    respect_robots: bool = _HTTP.respect_robots
    ca_certs: str | None = _HTTP.ca_certs  # a CA bundle (PEM) instead of the system's
    # Private, loopback and link-local addresses are refused unless this is true (tests, demo).
    allow_private: bool = _HTTP.allow_private
    # A name alone ("news.example") covers every port; "host:port" ("127.0.0.1:8080",
    # "[::1]:8080") only that port: a test or demo can allow one loopback server, no other.
    allowed_hosts: list[str] = list(_HTTP.allowed_hosts)
    blocked_hosts: list[str] = list(_HTTP.blocked_hosts)
    # Not a fetcher setting: the size of the Beam fetch steps' thread pools.
    fetch_threads: int = Field(16, ge=1)

    @field_validator("allowed_hosts", "blocked_hosts")
    @classmethod
    def _host_or_host_port(cls, value: list[str]) -> list[str]:
        return [_host_entry(v) for v in value]

    def settings(self) -> HttpSettings:
        values = {f.name: getattr(self, f.name) for f in dataclasses.fields(HttpSettings)}
        values["allowed_hosts"] = tuple(h.lower() for h in self.allowed_hosts)
        values["blocked_hosts"] = tuple(h.lower() for h in self.blocked_hosts)
        return HttpSettings(**values)


def _host_entry(value: str) -> str:
    """'host' or 'host:port', normalised as the fetcher compares them (lower case, IDNA,
    IPv6 in brackets); a typo is an error here rather than a host that never matches.
    """
    text = value.strip()
    if not text or any(c in text for c in "/?#@\\ "):
        raise ValueError(f"{value!r} is not a host or host:port")
    bare_ipv6 = text.count(":") > 1 and not text.startswith("[")
    try:
        parsed = parse_url(f"http://[{text}]/" if bare_ipv6 else f"http://{text}/")
    except InvalidURLError as exc:
        raise ValueError(f"{value!r} is not a host or host:port: {exc}") from exc
    host = f"[{parsed.host}]" if parsed.is_ipv6 else parsed.host
    has_port = not bare_ipv6 and ":" in text.rsplit("]", 1)[-1]
    return f"{host}:{parsed.effective_port}" if has_port else host


class RetryConfig(_Strict):
    """Failed pages are retried on later runs after base * 2^(attempt-1), then parked."""

    max_attempts: int = Field(5, ge=1)
    base_minutes: float = Field(30.0, ge=0)


class BeamConfig(_Strict):
    runner: str = "DirectRunner"
    options: list[str] = []
    # Pages per Beam pipeline. A run with more pages to fetch polls first, then fetches them in
    # pipelines of this many: the DirectRunner holds a stage's output in memory, so this is what
    # bounds memory on one machine. 0: one pipeline whatever the size (distributed runners).
    # Each pipeline boundary leaves the cleaning workers idle for about 0.7 s (the last pages
    # drain, the commits, the next plan and pipeline start), about 4 % of a 1,000-page
    # pipeline at 70 pages/s and 1 % of a 5,000-page one; the tree's peak PSS grew by about
    # 30 MB from 1,000 to 5,000 (bench, N = 5,000). A crash loses at most one pipeline's
    # uncommitted pages, which the next run fetches again.
    max_pages_per_pipeline: int = Field(default=5000, ge=0)
    # Processes that clean and extract pages (the fetch keeps its threads in the main
    # process). Unset: every core on the DirectRunner; 1 per SDK worker on other runners,
    # which already run one SDK worker per core.
    workers: int | None = Field(default=None, ge=1)
    # Wall-clock seconds one page may take to clean and extract. Over it, the worker is
    # killed and the page gets a Timeout error row and is not planned again (parked).
    page_seconds: float = Field(default=60.0, gt=0)


class Config(_Strict):
    feeds: list[FeedConfig] = []
    storage: str = "data"
    entities: str | None = None  # extra YAML for the extractor (new models, aliases)
    http: HttpConfig = HttpConfig()
    retry: RetryConfig = RetryConfig()
    beam: BeamConfig = BeamConfig()

    @field_validator("feeds", mode="before")
    @classmethod
    def _feeds_as_urls(cls, value: Any) -> Any:
        if isinstance(value, list):
            return [{"url": v} if isinstance(v, str) else v for v in value]
        return value


class ConfigError(ValueError):
    pass


def load_config(path: str | Path) -> Config:
    """Read and validate a YAML config; errors name the file and the bad key."""
    try:
        raw = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"{path}: cannot read config: {exc}") from exc
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: expected a mapping at the top level")
    try:
        return Config.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors()
        )
        raise ConfigError(f"{path}: {problems}") from exc


def read_feed_list(path: str | Path) -> list[FeedConfig]:
    """A plain list (one URL or path per line, # comments) or an OPML export.

    Each line must be an http(s) URL with a host or an existing file: anything else is named in
    a ConfigError (with its line number) rather than polled, and failed, as a missing file.
    """
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise ConfigError(f"{path}: cannot read feed list: {reason}") from exc
    if text.lstrip().startswith("<"):
        try:
            return _read_opml(text)
        except ConfigError as exc:
            raise ConfigError(f"{path}: {exc}") from exc
    feeds, bad = [], []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if _is_feed_location(line):
            feeds.append(FeedConfig(url=line))
        else:
            bad.append(f"line {number}: {line[:60]!r}")
    if bad:
        shown = "; ".join(bad[:5]) + (f"; and {len(bad) - 5} more" if len(bad) > 5 else "")
        raise ConfigError(
            f"{path}: not an http(s) URL or an existing file: {shown} "
            "(a feed list has one feed URL or file path per line, # for comments)"
        )
    return feeds


def _is_feed_location(line: str) -> bool:
    parts = urlsplit(line)
    if parts.scheme in ("http", "https"):
        return bool(parts.hostname) and not any(c.isspace() for c in line)
    return Path(line).is_file()


def _read_opml(text: str) -> list[FeedConfig]:
    # OPML is small and written by feed readers; still refuse entity tricks outright.
    if "<!ENTITY" in text or "<!DOCTYPE" in text:
        raise ConfigError("OPML with a DOCTYPE or entities is refused")
    try:
        root = ElementTree.fromstring(text)
    except ElementTree.ParseError as exc:
        raise ConfigError(f"not a valid OPML file: {exc}") from exc
    feeds = []
    for node in root.iter("outline"):
        url = node.get("xmlUrl")
        if url:
            feeds.append(FeedConfig(url=url, name=node.get("title") or node.get("text")))
    return feeds
