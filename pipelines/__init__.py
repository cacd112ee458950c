"""xauto's Beam pipeline: pure logic in `core`, thin Beam wiring around it.

Importing apache_beam imports its BigQuery client module, which logs "apitools not found ..."
on the root logger (and, through logging.warning, installs a root handler) when the optional
GCP extras are absent. Nothing xauto runs needs them, so that one record is dropped here: every
entry point (the CLI, Dagster's code server and runs, Beam's worker processes) imports this
package before apache_beam. Other warnings are untouched.
"""

import logging


def _not_apitools_notice(record: logging.LogRecord) -> bool:
    return not str(record.msg).startswith("apitools not found")


if _not_apitools_notice not in logging.getLogger().filters:
    logging.getLogger().addFilter(_not_apitools_notice)
