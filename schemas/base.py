"""The Table type: a pyarrow schema plus what analysts and writers need to know about it."""

from dataclasses import dataclass

import pyarrow as pa

# Bump the major part when a column is removed or changes type (readers must adapt), the minor
# part when a nullable column is added (old files still read, the column comes back null).
# 1.1: metric_events.period_kind and label; 1.2: the facts table; 1.3: facts.subject_aliases
SCHEMA_VERSION = "1.3"

UTC_US = pa.timestamp("us", tz="UTC")


def col(name: str, type_: pa.DataType, doc: str, nullable: bool = True) -> pa.Field:
    """A field whose description travels with it (Parquet metadata, Dagster, data dictionary)."""
    return pa.field(name, type_, nullable=nullable, metadata={"doc": doc})


@dataclass(frozen=True)
class Table:
    """One table: its full schema (partition column included), key and partitioning."""

    name: str
    description: str
    schema: pa.Schema
    key: str
    partition_column: str  # "" for a table written whole, with no partitions (facts)
    partition_source: str  # the timestamp column the partition date is derived from

    @property
    def partitioned(self) -> bool:
        return bool(self.partition_column)

    @property
    def file_schema(self) -> pa.Schema:
        """Schema of the Parquet files: the partition column lives in the directory name."""
        schema = self.schema
        if self.partitioned:
            schema = schema.remove(schema.get_field_index(self.partition_column))
        return schema.with_metadata(
            {"xauto.table": self.name, "xauto.schema_version": SCHEMA_VERSION}
        )

    @property
    def columns(self) -> list[str]:
        return list(self.schema.names)

    def doc(self, column: str) -> str:
        meta = self.schema.field(column).metadata or {}
        return str(meta.get(b"doc", b"").decode())
