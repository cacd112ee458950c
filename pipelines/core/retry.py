"""When a failed page may be fetched again, and when it is parked for good."""

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class FailureHistory:
    attempts: int
    last_failed_at: dt.datetime
    final: bool = False  # the last failure was a refusal no retry can change


def retry_due(
    history: FailureHistory | None, now: dt.datetime, max_attempts: int, base_minutes: float
) -> bool:
    """Due when never failed, or when the backoff since the last failure has passed."""
    if history is None:
        return True
    if history.final or history.attempts >= max_attempts:
        return False  # parked: visible in errors with attempt == max_attempts
    wait = dt.timedelta(minutes=base_minutes * 2 ** (history.attempts - 1))
    return now >= history.last_failed_at + wait


def is_parked(history: FailureHistory | None, max_attempts: int) -> bool:
    return history is not None and (history.final or history.attempts >= max_attempts)
