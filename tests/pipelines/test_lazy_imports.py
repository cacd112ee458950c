"""The run's own process (a command's, or a Dagster run's) hands pages to the cleaning
workers and never cleans or extracts: importing what it runs must not load trafilatura or
the extractor's rules (about 0.9 s of imports and some thousand compiled patterns, which only
the workers' zygote needs)."""

import subprocess
import sys

import pytest

PROBE = """
import sys
import pipelines.launcher, pipelines.cli, pipelines.transforms
import orchestration.definitions  # a Dagster run loads these before it launches the job
from pipelines.transforms import extractor_version
from pipelines.core import metrics
metrics.reads_language("de")
version = extractor_version()
heavy = sorted(m for m in sys.modules if m.startswith("trafilatura")
               or m in ("pipelines.core.metrics.extract", "pipelines.core.clean"))
print(version)
print(",".join(heavy))
"""


def test_the_runs_process_loads_neither_the_cleaner_nor_the_rules() -> None:
    out = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert out[1] == "", f"loaded by the run's own process: {out[1]}"
    import trafilatura

    from pipelines.core import metrics

    assert out[0] == f"trafilatura-{trafilatura.__version__}+{metrics.EXTRACTOR_VERSION}"


def test_the_package_names_load_when_used() -> None:
    from pipelines.core import metrics
    from pipelines.core.metrics import ExtractedEvent, extract_events, reads_language

    assert callable(extract_events) and ExtractedEvent.__name__ == "ExtractedEvent"
    assert reads_language("ko") and not reads_language("sv") and not reads_language(None)
    assert set(metrics.__all__) <= set(dir(metrics))
    with pytest.raises(AttributeError):
        metrics.no_such_name  # noqa: B018


def test_the_command_line_starts_the_zygote_before_its_heavy_imports() -> None:
    """`xauto run` starts the cleaning workers' zygote first thing in `main`; whatever
    `pipelines.cli` imports at its top delays that start (pydantic and the HTTP client's
    libraries took about 0.1 s), and the zygote's warm-up is the run's longest fixed cost."""
    probe = (
        "import sys, pipelines.cli\n"
        "print(','.join(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('pydantic', 'urllib3', 'yaml', 'apache_beam', 'pyarrow'))))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
