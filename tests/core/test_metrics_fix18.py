"""fix18: an owner word for the whole group ("the group's", 集团的) right before a measure takes
the figure away from the car business; an English margin that moved "from A% to B%" keeps the
level reached (the old level, of a period the sentence does not give, is not kept)."""

import datetime as dt

import pytest

from pipelines.core.metrics import extract_events

D = dt.date
Q2_2025 = D(2025, 4, 1)
Q3_2025 = D(2025, 7, 1)


def _read(text: str, language: str = "en") -> list[tuple]:
    return [
        (e.subject, e.metric, e.label, e.value, e.value_max, e.period_kind, e.period_start)
        for e in extract_events(text, published=D(2025, 12, 2), language=language)
    ]


def _car(text: str, language: str = "en") -> list[tuple]:
    return [r[1:] for r in _read(text, language) if r[0] == "Xiaomi Auto"]


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        (
            "Xiaomi's car revenue reached 31 billion yuan in the third quarter, while the "
            "group's operating income came to 11.3 billion yuan.",
            "en",
            [("revenue", None, 31e9, None, "quarter", Q3_2025)],
        ),
        (
            "Xiaomi's EV unit booked revenue of 28.3 billion yuan in the third quarter and the "
            "group's gross margin stood at 22.9%.",
            "en",
            [("revenue", None, 28.3e9, None, "quarter", Q3_2025)],
        ),
        (
            "第三季度小米汽车收入为283亿元，集团的经营利润为113亿元。",
            "zh",
            [("revenue", None, 28.3e9, None, "quarter", Q3_2025)],
        ),
        # the car business named after the owner word keeps it
        (
            "Xiaomi Group's EV business posted an operating profit of 700 million yuan in the "
            "third quarter.",
            "en",
            [("other", "operating profit", 7e8, None, "quarter", Q3_2025)],
        ),
    ],
)
def test_group_owner_word_takes_the_measure_from_the_car_business(text, language, want):
    assert _car(text, language) == want


@pytest.mark.parametrize(
    "text",
    [
        "Xiaomi's EV gross margin improved from 21.1% to 25.8% in the second quarter.",
        "Xiaomi's smart EV gross margin widened from 19.5% to 25.8% in the second quarter.",
        "The gross margin of Xiaomi's EV business rose from 23.2% to 25.8% in the second quarter.",
    ],
)
def test_margin_moved_from_keeps_the_level_reached(text):
    assert _car(text) == [("other", "gross margin", 25.8, None, "quarter", Q2_2025)]


def test_margin_moved_from_with_no_period_keeps_both_levels():
    # as for money: with no period told, neither level takes one that is not its own
    text = "Xiaomi's EV gross margin improved from 21.1% to 25.8%."
    assert [r[2] for r in _car(text)] == [21.1, 25.8]


def test_margin_moved_from_of_a_rival_stays_empty():
    text = "Li Auto's gross margin fell from 20.5% to 16.3% in the third quarter."
    assert _read(text) == []
