"""SIGKILL a run at several points while it writes; the next run must complete the work.

The child process is the real `xauto run`; a test-only wrapper sends SIGKILL to it right after
its Nth file commit (or before it, with a temporary file left behind), so the points are
exact and repeatable. Afterwards the tables must equal those of an uninterrupted run.
"""

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml
from conftest import snapshot

from pipelines.sample_site.server import SampleSite

REPO = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent(
    """
    import os, signal, sys
    from pipelines import storage
    from pipelines.cli import main

    limit = int(os.environ["KILL_AT"])
    seen = {"n": 0}
    original = storage.Storage.commit_part

    def commit_part(self, staged):
        seen["n"] += 1
        if seen["n"] == limit and os.environ.get("KILL_MODE") == "before-rename":
            folder = staged.path.rsplit("/", 1)[0]
            with self.fs.open_output_stream(folder + "/.part-dying.parquet.tmp") as out:
                out.write(b"PAR1 half")
            os.kill(os.getpid(), signal.SIGKILL)
        written = original(self, staged)
        if seen["n"] == limit:
            os.kill(os.getpid(), signal.SIGKILL)
        return written

    storage.Storage.commit_part = commit_part
    sys.exit(main(["run", "--config", sys.argv[1], "--json"]))
    """
)


def run_child(config: Path, kill_at: int, mode: str) -> int:
    env = {**os.environ, "KILL_AT": str(kill_at), "KILL_MODE": mode, "PYTHONPATH": str(REPO)}
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, str(config)],
        env=env,
        cwd=REPO,
        capture_output=True,
        timeout=300,
    )
    return proc.returncode


def write_config(path: Path, site: SampleSite, root: Path) -> Path:
    path.write_text(
        yaml.safe_dump(
            {
                "feeds": site.feed_urls,
                "storage": str(root),
                "http": {"allow_private": True, "retries": 0},
            }
        )
    )
    return path


@pytest.fixture(scope="module")
def site() -> SampleSite:
    s = SampleSite(0).start()
    yield s  # type: ignore[misc]
    s.stop()


@pytest.fixture(scope="module")
def reference(site: SampleSite, tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    root = tmp_path_factory.mktemp("reference")
    config = write_config(root.parent / "reference.yaml", site, root)
    assert run_child(config, kill_at=10_000, mode="after-rename") == 0
    return snapshot(root)


@pytest.mark.parametrize(
    ("kill_at", "mode"),
    [(1, "after-rename"), (3, "before-rename"), (4, "after-rename"), (6, "after-rename")],
)
def test_killed_run_then_resume_equals_uninterrupted(
    site: SampleSite,
    reference: dict[str, object],
    tmp_path: Path,
    kill_at: int,
    mode: str,
) -> None:
    root = tmp_path / "data"
    config = write_config(tmp_path / "c.yaml", site, root)
    assert run_child(config, kill_at, mode) == -signal.SIGKILL
    partial = snapshot(root)
    assert partial != reference, "the kill came too late to test anything"
    assert run_child(config, kill_at=10_000, mode="after-rename") == 0
    assert snapshot(root) == reference
    assert not [p for p in root.rglob(".part-*")], "a killed writer's temporary file was left"
