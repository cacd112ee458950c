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


# bare rows of a list under a heading that names the measure (and maybe the period): only
# Xiaomi's row, with the heading's period; none when the heading names none
@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        (
            "Weekly insurance registrations, Nov 17-23:\nBYD 48,200\nXiaomi 8,700\nXPeng 6,100",
            "en",
            [("deliveries", None, 8700.0, None, "week", D(2025, 11, 17))],
        ),
        (
            "October deliveries:\n\nLeapmotor 70,289\nXiaomi over 40,000\nNIO 40,397",
            "en",
            [("deliveries", None, 40000.0, None, "month", D(2025, 10, 1))],
        ),
        (
            "上周（11.17-11.23）新势力品牌上险量：\n问界 1.12万辆\n小米汽车 0.87万辆\n零跑 1.31万辆",
            "zh",
            [("deliveries", None, 8700.0, None, "week", D(2025, 11, 17))],
        ),
        (
            "11月交付量：\n1. 零跑 70327辆\n2. 小米汽车 超4万辆",
            "zh",
            [("deliveries", None, 40000.0, None, "month", D(2025, 11, 1))],
        ),
        # no period in the heading: the row gets none
        (
            "Deliveries:\n\nBYD 380,000\nXiaomi 35,000",
            "en",
            [("deliveries", None, 35000.0, None, "none", None)],
        ),
    ],
)
def test_bare_row_under_a_heading(text, language, want):
    assert _car(text, language) == want


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # rivals' rows only
        ("Weekly insurance registrations, Nov 17-23:\nBYD 48,200\nXPeng 6,100\nNIO 5,900", "en"),
        ("上周（11.17-11.23）新势力品牌上险量：\n问界 1.12万辆\n零跑 1.31万辆", "zh"),
        # a heading that names no measure
        ("Nov 17-23:\nBYD 48,200\nXiaomi 8,700", "en"),
    ],
)
def test_bare_rows_that_stay_empty(text, language):
    assert _read(text, language) == []
