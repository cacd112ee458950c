"""allowed_hosts / blocked_hosts entries: a host, or host:port, checked when the config loads."""

import pytest
from pydantic import ValidationError

from pipelines.core.config import HttpConfig


def test_hosts_may_name_a_port_and_are_normalised() -> None:
    config = HttpConfig(
        allowed_hosts=["127.0.0.1:8080", "News.Example", "[::1]:80", "::1", "localhost:443"]
    )
    assert config.allowed_hosts == [
        "127.0.0.1:8080",
        "news.example",
        "[::1]:80",
        "[::1]",
        "localhost:443",
    ]
    assert config.settings().allowed_hosts == tuple(config.allowed_hosts)


@pytest.mark.parametrize(
    "entry", ["h.example:99999", "a" * 64 + ".example", "h:x", "http://h/", "[::1", "", "a b"]
)
def test_a_bad_host_entry_is_an_error_naming_it(entry: str) -> None:
    with pytest.raises(ValidationError, match="allowed_hosts"):
        HttpConfig(allowed_hosts=[entry])
