"""Typed configuration: one YAML file, validated with clear errors on typos."""

from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from pipelines.core.fetch import HttpSettings


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class FeedConfig(_Strict):
    url: str
    name: str | None = None
    language: str | None = None
    poll_interval_minutes: int = 30


class HttpConfig(_Strict):
    connect_timeout: float = Field(5.0, gt=0)
    read_timeout: float = Field(15.0, gt=0)
    total_timeout: float = Field(30.0, gt=0)
    max_bytes: int = Field(10 * 1024 * 1024, gt=0)
    max_redirects: int = Field(5, ge=0)
    retries: int = Field(2, ge=0)
    backoff_base: float = Field(0.5, ge=0)
    backoff_max: float = Field(10.0, ge=0)
    user_agent: str = "xauto/0.1 (news metrics research crawler)"
    per_host_concurrency: int = Field(2, ge=1)
    per_host_delay: float = Field(0.0, ge=0)
    fetch_threads: int = Field(16, ge=1)
    respect_robots: bool = True
    # Private, loopback and link-local addresses are refused unless this is true (tests, demo).
    allow_private: bool = False
    allowed_hosts: list[str] = []
    blocked_hosts: list[str] = []

    def settings(self) -> HttpSettings:
        return HttpSettings(
            connect_timeout=self.connect_timeout,
            read_timeout=self.read_timeout,
            total_timeout=self.total_timeout,
            max_bytes=self.max_bytes,
            max_redirects=self.max_redirects,
            retries=self.retries,
            backoff_base=self.backoff_base,
            backoff_max=self.backoff_max,
            user_agent=self.user_agent,
            allow_private=self.allow_private,
            allowed_hosts=tuple(h.lower() for h in self.allowed_hosts),
            blocked_hosts=tuple(h.lower() for h in self.blocked_hosts),
            per_host_concurrency=self.per_host_concurrency,
            per_host_delay=self.per_host_delay,
            respect_robots=self.respect_robots,
        )


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
    max_pages_per_pipeline: int = Field(default=1000, ge=0)
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
    """A plain list (one URL or path per line, # comments) or an OPML export."""
    text = Path(path).read_text(encoding="utf-8")
    if text.lstrip().startswith("<"):
        return _read_opml(text)
    feeds = []
    for raw in text.splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            feeds.append(FeedConfig(url=line))
    return feeds


def _read_opml(text: str) -> list[FeedConfig]:
    # OPML is small and written by feed readers; still refuse entity tricks outright.
    if "<!ENTITY" in text or "<!DOCTYPE" in text:
        raise ConfigError("OPML with a DOCTYPE or entities is refused")
    root = ElementTree.fromstring(text)
    feeds = []
    for node in root.iter("outline"):
        url = node.get("xmlUrl")
        if url:
            feeds.append(FeedConfig(url=url, name=node.get("title") or node.get("text")))
    return feeds
