"""Pure logic: no Beam, no Dagster. `fetch` holds the only network code."""
