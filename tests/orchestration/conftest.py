"""Dagster runs in this process: keep what its interrupt handling leaves behind in the test."""

import signal
from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def sigterm_restored_after_dagster() -> Iterator[None]:
    """Dagster's in-process runs (materialize, execute_in_process, sensors evaluated here) end
    by giving SIGTERM the handler SIGINT has, not the one SIGTERM had
    (dagster/_utils/interrupts.py: setup_interrupt_handlers). In a pytest started in the
    background by a script SIGINT is ignored, so SIGTERM stayed ignored for the rest of the
    session; `make ui` started later inherited that, GNU make kept it ignored, never passed a
    SIGTERM on, and the UI's whole tree outlived test_ui_shutdown (tests/conftest.py fails a
    test that leaves it changed)."""
    sigterm = signal.getsignal(signal.SIGTERM)
    yield
    signal.signal(signal.SIGTERM, sigterm)
