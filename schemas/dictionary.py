"""Render the analysts' data dictionary from the schemas, so the document cannot drift."""

import sys
from pathlib import Path

from schemas.base import SCHEMA_VERSION
from schemas.tables import ALL_TABLES

DICTIONARY_PATH = Path(__file__).resolve().parents[1] / "docs" / "data-dictionary.md"


def render() -> str:
    lines = [
        "# xauto data dictionary",
        "",
        f"Generated from `schemas/` (schema version {SCHEMA_VERSION}) by "
        "`python -m schemas.dictionary`; do not edit by hand.",
        "",
        "Every table but `facts` is Hive-partitioned Parquet (zstd) under the storage root: "
        "`<root>/<table>/<partition>=YYYY-MM-DD/part-*.parquet`. Read them with DuckDB:",
        "",
        "```sql",
        "SELECT * FROM read_parquet('data/<table>/**/*.parquet', hive_partitioning = true);",
        "```",
        "",
    ]
    for t in ALL_TABLES.values():
        lines += [
            f"## {t.name}",
            "",
            t.description,
            "",
            f"Key: `{t.key}`. Partition: `{t.partition_column}` (from `{t.partition_source}`)."
            if t.partitioned
            else f"Key: `{t.key}`. Not partitioned: one file, `<root>/{t.name}/part-*.parquet`, "
            "replaced whole on every rebuild.",
            "",
            "| column | type | nullable | meaning |",
            "| --- | --- | --- | --- |",
        ]
        for field in t.schema:
            nullable = "yes" if field.nullable else "no"
            lines.append(f"| `{field.name}` | `{field.type}` | {nullable} | {t.doc(field.name)} |")
        lines.append("")
    return "\n".join(lines)


def main() -> int:
    DICTIONARY_PATH.parent.mkdir(parents=True, exist_ok=True)
    DICTIONARY_PATH.write_text(render(), encoding="utf-8")
    print(f"wrote {DICTIONARY_PATH}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
