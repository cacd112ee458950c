"""A measure that moved "from A to B" in English: the level reached is the figure of the period
the sentence gives; the level it came from is of an earlier period the sentence does not give,
so it is read (the next level takes its measure) but not kept, unless it has its own period.
Before, "rose from 6.4 billion to 21.3 billion yuan" was read as a range (6.4 billion, "at
least") and "narrowed from 1.8 billion yuan to 500 million yuan" as two figures of one
quarter. A price range stays one event, and a target raised from one level to another keeps
both (the same year's old and new targets).
"""

import datetime as dt

import pytest

from pipelines.core.metrics import extract_events

D = dt.date
Q2_2025 = (D(2025, 4, 1), D(2025, 6, 30))
Q3_2025 = (D(2025, 7, 1), D(2025, 9, 30))


def _read(text: str) -> list[tuple[str, float, float | None, str, str, object]]:
    return [
        (e.metric, e.value, e.value_max, e.qualifier, e.period_kind, e.period_start)
        for e in extract_events(text, published=D(2025, 12, 2), language="en")
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Xiaomi's EV revenue rose from 6.4 billion to 21.3 billion yuan in the second quarter.",
            [("revenue", 21.3e9, None, "exact", "quarter", Q2_2025[0])],
        ),
        (
            "Revenue from Xiaomi's EV business grew from RMB 18.1 billion to RMB 21.3 billion "
            "in the second quarter.",
            [("revenue", 21.3e9, None, "exact", "quarter", Q2_2025[0])],
        ),
        (
            "The car unit's operating loss narrowed from 1.8 billion yuan to 500 million yuan in "
            "the third quarter, Xiaomi said.",
            [("net_loss", 5e8, None, "exact", "quarter", Q3_2025[0])],
        ),
        (
            "Xiaomi's deliveries fell from 40,000 to about 35,000 in November as the SU7 aged.",
            [("deliveries", 35000.0, None, "about", "month", D(2025, 11, 1))],
        ),
        # the old level with its own period is kept
        (
            "Xiaomi's car deliveries jumped from 30,000 in September to 40,000 in October.",
            [
                ("deliveries", 30000.0, None, "exact", "month", D(2025, 9, 1)),
                ("deliveries", 40000.0, None, "exact", "month", D(2025, 10, 1)),
            ],
        ),
        # not a move: a price range is one event
        (
            "Prices for the YU7 range from 253,500 yuan to 329,900 yuan.",
            [("price", 253500.0, 329900.0, "at_least", "none", None)],
        ),
        # a target raised keeps its old level (the same year's earlier target)
        (
            "Xiaomi raised its 2025 delivery target from 300,000 to 350,000 vehicles.",
            [
                ("delivery_target", 300000.0, None, "exact", "year", D(2025, 1, 1)),
                ("delivery_target", 350000.0, None, "exact", "year", D(2025, 1, 1)),
            ],
        ),
    ],
)
def test_a_measure_moved_from_one_level_to_another(text: str, want: list[tuple]) -> None:
    assert sorted(_read(text), key=repr) == sorted(want, key=repr)


def test_with_no_period_told_both_levels_stay() -> None:
    """Neither level takes a period that is not its own, so both are kept, as before."""
    got = _read("Xiaomi's average price rose from 238,650 yuan to 265,000 yuan.")
    assert sorted(v for _, v, *_ in got) == [238650.0, 265000.0]
    got = _read("Xiaomi's EV revenue rose from 6.4 billion to 21.3 billion yuan.")
    assert sorted(v for _, v, *_ in got) == [6.4e9, 21.3e9]


def test_a_period_told_before_the_move_is_the_new_levels_too() -> None:
    """ "In the second quarter, …, rose from 6.4 billion to 21.3 billion yuan": the old level
    did not take the quarter only when the period came after the figures (fix18's report)."""
    got = _read(
        "In the second quarter, Xiaomi's EV revenue rose from 18.1 billion yuan to 21.3 billion yuan."
    )
    assert [(m, v, k) for m, v, _, _, k, _ in got] == [("revenue", 21.3e9, "quarter")]
