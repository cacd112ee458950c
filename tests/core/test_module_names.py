"""A module-level name bound twice: the first binding is dead code, and every function that
uses the name reads the second. The extractor had two `_NEXT_ITEM` regexes of different
purposes, so the period rule read the other one's words (ruff's F811 sees only defs and
imports)."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _bound_twice(path: Path) -> list[str]:
    seen: dict[str, int] = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        names: list[str] = []
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id] if node.value is not None else []
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names = [node.name]
        for name in names:
            seen[name] = seen.get(name, 0) + 1
    return sorted(name for name, n in seen.items() if n > 1)


def test_no_module_binds_a_name_twice() -> None:
    found = {
        str(path.relative_to(ROOT)): twice
        for top in ("pipelines", "orchestration", "schemas")
        for path in (ROOT / top).rglob("*.py")
        if (twice := _bound_twice(path))
    }
    assert found == {}


def test_no_source_file_holds_a_control_character() -> None:
    """A "\\b" written in a plain (not raw) string is a backspace, not a word boundary: the
    regex it builds silently never matches there (found in a pattern of extract.py)."""
    bad = {}
    for top in ("pipelines", "orchestration", "schemas"):
        for path in (ROOT / top).rglob("*"):
            if path.suffix not in (".py", ".yaml", ".yml"):
                continue
            text = path.read_text(encoding="utf-8")
            found = sorted({hex(ord(c)) for c in text if ord(c) < 32 and c not in "\n\t\r"})
            if found:
                bad[str(path.relative_to(ROOT))] = found
    assert bad == {}
