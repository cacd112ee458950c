"""The config a run uses, shared by the CLI and Dagster: a YAML file, a feed list, or else the
bundled sample site served on loopback for as long as the run needs it."""

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from pipelines.core.config import Config, ConfigError, HttpConfig, load_config, read_feed_list


def sample_port() -> int:
    """Port of the bundled sample site. Fixed (entry ids include the feed URL), env-overridable."""
    from pipelines.sample_site.server import DEFAULT_PORT

    value = os.environ.get("XAUTO_SAMPLE_PORT", "")
    if not value:
        return DEFAULT_PORT
    if not value.isdigit() or not 0 < int(value) < 65536:
        raise ConfigError(f"XAUTO_SAMPLE_PORT={value!r} is not a port (1-65535)")
    return int(value)


def check_storage(root: str) -> None:
    """A local storage root must be a directory or not exist yet (it is created); refused here,
    before anything starts, rather than as `Not a directory: .../_state` halfway through."""
    if "://" in root:
        return  # an object store: its client reports its own errors
    path = os.path.abspath(root)
    while path and not os.path.exists(path):
        parent = os.path.dirname(path)
        if parent == path:
            return
        path = parent
    if not os.path.isdir(path):
        raise ConfigError(f"storage {root!r}: {path} is a file, not a directory")
    if not os.access(path, os.W_OK):
        raise ConfigError(f"storage {root!r}: {path} is not writable")


@contextmanager
def resolved_config(
    config_path: str | None = None,
    feeds_path: str | None = None,
    storage: str | None = None,
    *,
    serve_sample: bool = True,
    port: int | None = None,
    announce: Callable[[str], None] | None = None,
) -> Iterator[Config]:
    """The config to run with. With neither a config nor a feed list, the bundled sample site is
    served on 127.0.0.1 (`port`, default `sample_port()`) until the block exits; with
    serve_sample=False (backfills: nothing is fetched) the config simply has no feeds."""
    config = load_config(config_path) if config_path else None
    feeds = read_feed_list(feeds_path) if feeds_path else None
    updates: dict[str, Any] = {}
    if feeds is not None:
        updates["feeds"] = feeds
    if storage:
        updates["storage"] = storage
    check_storage(updates.get("storage") or (config.storage if config else Config().storage))
    if config is not None or feeds is not None or not serve_sample:
        yield (config or Config()).model_copy(update=updates)
        return

    from pipelines.sample_site.server import serve

    with serve(sample_port() if port is None else port) as site:
        if announce is not None:
            announce(f"serving the bundled sample site at {site.base_url}")
        config = Config(
            feeds=[{"url": u} for u in site.feed_urls],  # type: ignore[misc]
            http=HttpConfig(allow_private=True),
        )
        yield config.model_copy(update=updates)
