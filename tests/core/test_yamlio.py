"""The bundled vocabulary is read with libyaml when PyYAML has it: it must give what the
pure-Python parser gives, file by file, and refuse a file that is not a mapping."""

from pathlib import Path

import pytest
import yaml

from pipelines.core.yamlio import load_mapping

ROOT = Path(__file__).resolve().parents[2]
DATA_FILES = sorted((ROOT / "pipelines").rglob("data/**/*.yaml"))


def test_there_are_data_files() -> None:
    assert len(DATA_FILES) >= 15


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_the_fast_loader_reads_what_the_safe_loader_reads(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert load_mapping(text, path) == yaml.safe_load(text)


def test_a_list_at_the_top_level_is_refused() -> None:
    with pytest.raises(ValueError, match="expected a mapping"):
        load_mapping("- a\n- b\n", "words.yaml")


def test_an_empty_file_is_an_empty_mapping() -> None:
    assert load_mapping("", "empty.yaml") == {}
