import pyarrow as pa

from schemas import TABLES
from schemas.dictionary import DICTIONARY_PATH, render


def test_data_dictionary_is_up_to_date() -> None:
    assert DICTIONARY_PATH.read_text(encoding="utf-8") == render(), (
        "docs/data-dictionary.md is stale: run `make docs`"
    )


def test_every_column_is_documented_and_partition_is_a_date() -> None:
    for t in TABLES.values():
        assert t.key in t.schema.names
        assert t.schema.field(t.partition_column).type == pa.date32()
        assert t.partition_column not in t.file_schema.names
        for name in t.schema.names:
            assert t.doc(name), f"{t.name}.{name} has no description"


def test_design_columns_present() -> None:
    design = {
        "metric_events": "event_id article_id url source_domain published_at subject metric value "
        "value_max unit qualifier status period_kind period_start period_end period_text as_of "
        "label evidence "
        "char_start char_end language extractor_version published_date",
        "errors": "error_id stage source error_type message attempt occurred_at date",
        "raw_pages": "page_id url final_url http_status content_type fetched_at body fetch_date",
    }
    for name, columns in design.items():
        assert set(columns.split()) <= set(TABLES[name].schema.names)
