"""The table schemas of xauto, declared once.

Every writer, reader, Dagster asset check, test and the data dictionary use these objects, so a
column cannot mean one thing in the pipeline and another in a check.
"""

from schemas.base import SCHEMA_VERSION, Table
from schemas.tables import (
    ALL_TABLES,
    ARTICLES,
    ERRORS,
    FACTS,
    FEED_ENTRIES,
    FEED_POLLS,
    METRIC_EVENTS,
    RAW_PAGES,
    TABLES,
    table,
)

__all__ = [
    "ALL_TABLES",
    "ARTICLES",
    "ERRORS",
    "FACTS",
    "FEED_ENTRIES",
    "FEED_POLLS",
    "METRIC_EVENTS",
    "RAW_PAGES",
    "SCHEMA_VERSION",
    "TABLES",
    "Table",
    "table",
]
