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


# --- rival models in a ranking list: a bare model name (Seagull, 海豹, Qin PLUS) heads its own
# row, so its figure is not the Xiaomi model's before it -------------------------------------

NOV25 = dt.date(2025, 11, 25)  # week 47 of 2025: November 17 to 23
WEEK = ("subject", "metric", "value", "period_kind", "period_start")


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "en",
            "Insurance registrations, week 47: Tesla Model Y 10,100; Seagull 7,200; "
            "Xiaomi YU7 6,050; Dolphin 4,800.",
            [("Xiaomi YU7", "deliveries", 6050, "week", dt.date(2025, 11, 17))],
        ),
        (
            "en",
            "Week 47 best-sellers: Xiaomi SU7 3,900; Qin PLUS 3,700; Song PLUS 3,500.",
            [("Xiaomi SU7", "deliveries", 3900, "week", dt.date(2025, 11, 17))],
        ),
        (
            "en",
            "Week 47 NEV registrations: Xiaomi YU7 6,050; Seal 5,100; Xingyuan 4,900.",
            [("Xiaomi YU7", "deliveries", 6050, "week", dt.date(2025, 11, 17))],
        ),
        (
            "zh",
            "第47周销量榜：海鸥7200辆，小米YU7 6050辆，海豹5100辆，星愿4900辆。",
            [("Xiaomi YU7", "deliveries", 6050, "week", dt.date(2025, 11, 17))],
        ),
    ],
)
def test_rival_models_in_a_ranking(lang: str, text: str, want: list[tuple[Any, ...]]) -> None:
    events = extract_events(text, published=NOV25, language=lang)
    assert [tuple(getattr(e, f) for f in WEEK) for e in events] == want


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Week 47 best-sellers: Seagull 7,200; Dolphin 4,800; Seal 3,100."),
        ("zh", "第47周销量榜：秦PLUS 6500辆，宋PLUS 5900辆，元PLUS 4100辆。"),
    ],
)
def test_rival_ranking_stays_empty(lang: str, text: str) -> None:
    assert extract_events(text, published=NOV25, language=lang) == []


# --- 单季度 ("in a single quarter") in a results story: the quarter reported ------------------

RES = dt.date(2025, 11, 18)  # third-quarter results of 2025
QUARTER = ("subject", "metric", "value", "qualifier", "period_kind", "period_start", "period_end")
Q3 = (dt.date(2025, 7, 1), dt.date(2025, 9, 30))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "小米汽车单季度交付新车10.2万辆。",
            [("Xiaomi Auto", "deliveries", 102000, "exact", "quarter", *Q3)],
        ),
        (
            "小米汽车单季度交付量首次突破10万辆。",
            [("Xiaomi Auto", "deliveries", 100000, "more_than", "quarter", *Q3)],
        ),
        (
            "财报显示，小米汽车单季度交付量达到11.3万辆，创历史新高。",
            [("Xiaomi Auto", "deliveries", 113000, "exact", "quarter", *Q3)],
        ),
    ],
)
def test_single_quarter_is_the_quarter_reported(text: str, want: list[tuple[Any, ...]]) -> None:
    events = extract_events(text, published=RES, language="zh")
    assert [tuple(getattr(e, f) for f in QUARTER) for e in events] == want


def test_rival_single_quarter_stays_empty() -> None:
    assert extract_events("蔚来单季度交付8.7万辆。", published=RES, language="zh") == []
