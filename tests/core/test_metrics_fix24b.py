"""A goal for the running total by a deadline (fix24b): "cumulative deliveries of 1 million by
the end of 2026", 到2025年底累计交付40万辆. The goal is of the total since launch, a cumulative
target with no calendar span of its own, not the deadline year's deliveries; a plain year goal
(this year, 全年) stays the year's."""

import datetime as dt
from typing import Any

import pytest

from pipelines.core.metrics import extract_events

JAN10 = dt.date(2025, 1, 10)
FIELDS = ("subject", "metric", "value", "qualifier", "status", "period_kind", "period_start")


def _cum(value: float, q: str = "exact") -> tuple[Any, ...]:
    return ("Xiaomi Auto", "delivery_target", value, q, "target", "cumulative", None)


def _year(value: float, y: int = 2025, q: str = "exact") -> tuple[Any, ...]:
    return ("Xiaomi Auto", "delivery_target", value, q, "target", "year", dt.date(y, 1, 1))


CASES = [
    (
        "en",
        "Xiaomi targets cumulative deliveries of 1 million vehicles by the end of 2026.",
        [_cum(1_000_000)],
    ),
    (
        "en",
        "Lei Jun said the carmaker aims for 400,000 cumulative deliveries by the end of 2025.",
        [_cum(400_000)],
    ),
    ("zh", "小米汽车目标在2026年底前累计交付100万辆。", [_cum(1_000_000)]),
    ("zh", "雷军表示，小米汽车的目标是到2025年底累计交付40万辆。", [_cum(400_000)]),
    ("zh", "小米汽车力争年底累计交付突破30万台。", [_cum(300_000, "more_than")]),
    # a goal of the year itself: no running total
    ("en", "Xiaomi aims to deliver 350,000 cars this year.", [_year(350_000)]),
    (
        "en",
        "Xiaomi has set a target of 300,000 deliveries by the end of this year.",
        [_year(300_000)],
    ),
    ("zh", "小米汽车今年交付目标为35万辆。", [_year(350_000)]),
    ("zh", "小米汽车目标今年年底前交付30万辆。", [_year(300_000)]),
]


@pytest.mark.parametrize(("lang", "text", "want"), CASES)
def test_cumulative_goal(lang: str, text: str, want: list[tuple[Any, ...]]) -> None:
    events = extract_events(text, published=JAN10, language=lang)
    got = [tuple(getattr(e, f) for f in FIELDS) for e in events]
    assert got == want
    for e in events:
        if e.period_kind == "cumulative":
            # (as_of: the day a plan was said, when a verb of saying tells it; doc_time)
            assert e.period_end is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Nio aims for 500,000 cumulative deliveries by the end of 2025."),
        ("zh", "蔚来计划到今年底累计交付量达到80万辆。"),
    ],
)
def test_rival_goal_stays_empty(lang: str, text: str) -> None:
    assert extract_events(text, published=JAN10, language=lang) == []


# --- "GPM", the gross profit margin's shorthand in broker notes and results tables ------------

NOV20 = dt.date(2025, 11, 20)
MARGIN = ("subject", "metric", "label", "value", "status", "period_kind", "period_start")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Citi: Xiaomi EV GPM 2026E 22.5%.",
            [
                (
                    "Xiaomi Auto",
                    "other",
                    "gross margin",
                    22.5,
                    "forecast",
                    "year",
                    dt.date(2026, 1, 1),
                )
            ],
        ),
        (
            "Xiaomi's EV GPM came in at 25.5% in the third quarter.",
            [
                (
                    "Xiaomi Auto",
                    "other",
                    "gross margin",
                    25.5,
                    "actual",
                    "quarter",
                    dt.date(2025, 7, 1),
                )
            ],
        ),
        (
            "Xiaomi's EV business posted a GPM of 24.3% in the second quarter.",
            [
                (
                    "Xiaomi Auto",
                    "other",
                    "gross margin",
                    24.3,
                    "actual",
                    "quarter",
                    dt.date(2025, 4, 1),
                )
            ],
        ),
    ],
)
def test_gpm_is_the_gross_margin(text: str, want: list[tuple[Any, ...]]) -> None:
    events = extract_events(text, published=NOV20, language="en")
    assert [tuple(getattr(e, f) for f in MARGIN) for e in events] == want


@pytest.mark.parametrize(
    "text",
    [
        "Li Auto's GPM came in at 20.1% in the third quarter.",
        pytest.param(
            "Xiaomi's smartphone GPM was 11.1% in the third quarter.",
            marks=pytest.mark.xfail(
                strict=True,
                reason="the phones' margin is read as Xiaomi Group's gross margin, as with the "
                "spelled-out 'smartphone gross margin' (a miss older than GPM)",
            ),
        ),
        "The GPMs of Chinese carmakers averaged 15% last year.",
    ],
)
def test_gpm_of_others_stays_empty(text: str) -> None:
    assert extract_events(text, published=NOV20, language="en") == []
