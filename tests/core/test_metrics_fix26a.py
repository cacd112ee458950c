"""Fixer 26a: English families of misses (own sentences, expectations written before running).

Each case is one or a few sentences, a publication day and the events expected, as
(subject, metric, value, qualifier, period_kind, period_start, period_end) in text order.
"""

import datetime as dt

import pytest

from pipelines.core.metrics import extract_events

D = dt.date
AUTO = "Xiaomi Auto"


def _got(text: str, published: dt.date, title: str | None = None) -> list[tuple[object, ...]]:
    events = extract_events(text, published=published, language="en", title=title)
    return [
        (e.subject, e.metric, e.value, e.qualifier, e.period_kind, e.period_start, e.period_end)
        for e in events
    ]


# --- (6) stock-market wraps: turnover, market value, trading volume are no events ---------------

STOCK_NEGATIVES = [
    "Xiaomi's stock rose 3.1% to HK$52.4 in Hong Kong, on turnover of HK$9.8 billion.",
    "Shares of Xiaomi fell 5% on Thursday on heavy turnover of HK$15.3 billion after the car "
    "unit's results.",
    "Xiaomi's shares climbed 2%, with trading volume of 180 million shares and turnover "
    "reaching HK$8.6 billion.",
    "Xiaomi shares jumped 6%, lifting its market value to HK$1.4 trillion.",
    "Xiaomi stock ended 1.8% lower; turnover was HK$7.2 billion.",
]


@pytest.mark.parametrize("text", STOCK_NEGATIVES)
def test_stock_wrap_gives_nothing(text: str) -> None:
    assert _got(text, D(2025, 8, 21)) == []


def test_business_turnover_stays_revenue() -> None:
    # a business's turnover, with no share move in the sentence, is still its revenue
    text = "Xiaomi's car business had turnover of 21.3 billion yuan in the second quarter."
    assert _got(text, D(2025, 8, 20)) == [
        (AUTO, "revenue", 21.3e9, "exact", "quarter", D(2025, 4, 1), D(2025, 6, 30))
    ]


# --- (5) key-figure rows whose label is a year: that year ------------------------------------


def test_bullet_year_label_is_that_year() -> None:
    text = (
        "Xiaomi had a strong year.\n\nHighlights:\n• 2024 deliveries: more than 135,000\n"
        "• Q4 deliveries: 69,000\n• 2025 target: 300,000"
    )
    got = _got(text, D(2025, 1, 2))
    assert got[0] == (
        AUTO,
        "deliveries",
        135000,
        "more_than",
        "year",
        D(2024, 1, 1),
        D(2024, 12, 31),
    )
    assert got[1] == (
        AUTO,
        "deliveries",
        69000,
        "exact",
        "quarter",
        D(2024, 10, 1),
        D(2024, 12, 31),
    )
    assert got[2][:2] == (AUTO, "delivery_target") and got[2][4:] == (
        "year",
        D(2025, 1, 1),
        D(2025, 12, 31),
    )


def test_star_bullet_year_label_after_half_year_row() -> None:
    # the year row keeps its own year, not the half year of the row above
    text = (
        "Xiaomi EV in numbers:\n* H1 2025 deliveries: over 157,000\n"
        "* June deliveries: more than 25,000\n* 2024 deliveries: 136,854"
    )
    got = _got(text, D(2025, 7, 2))
    assert [g[4:] for g in got] == [
        ("half_year", D(2025, 1, 1), D(2025, 6, 30)),
        ("month", D(2025, 6, 1), D(2025, 6, 30)),
        ("year", D(2024, 1, 1), D(2024, 12, 31)),
    ]


# --- (2) an older month restated with its year: that month, not a window with no dates ------

OLDER_MONTH = [
    (
        "In July 2024, Xiaomi handed over more than 10,000 cars in a single month for the first "
        "time.",
        (AUTO, "deliveries", 10000, "more_than", "month", D(2024, 7, 1), D(2024, 7, 31)),
    ),
    (
        "Xiaomi's deliveries passed 30,000 in a single month for the first time in April 2025.",
        (AUTO, "deliveries", 30000, "more_than", "month", D(2025, 4, 1), D(2025, 4, 30)),
    ),
    (
        "In March 2025 alone, Xiaomi's car unit shipped 29,000 vehicles.",
        (AUTO, "deliveries", 29000, "exact", "month", D(2025, 3, 1), D(2025, 3, 31)),
    ),
]


@pytest.mark.parametrize(("text", "want"), OLDER_MONTH)
def test_older_month_restated(text: str, want: tuple[object, ...]) -> None:
    assert _got(text, D(2025, 12, 1)) == [want]


def test_single_month_with_no_month_named_is_no_window() -> None:
    # no month named: no dates are guessed, and it is no launch window either
    got = _got(
        "Xiaomi delivered more than 10,000 cars in a single month for the first time.",
        D(2025, 9, 20),
    )
    assert [g[4] for g in got] == ["none"]


def test_launch_window_in_hours_stays_window() -> None:
    got = _got(
        "Xiaomi's YU7 drew 200,000 orders within three minutes of its launch.", D(2025, 6, 27)
    )
    assert [g[4] for g in got] == ["window"]


# --- (3) relative quarters in a feature: the quarter before the day of writing's ------------

PREV_QUARTER = [
    (
        "In the previous quarter, revenue from Xiaomi's car business reached 21.3 billion yuan.",
        D(2025, 9, 20),
        (AUTO, "revenue", 21.3e9, "exact", "quarter", D(2025, 4, 1), D(2025, 6, 30)),
    ),
    (
        "Xiaomi's EV unit delivered 81,302 vehicles in the prior quarter.",
        D(2025, 9, 20),
        (AUTO, "deliveries", 81302, "exact", "quarter", D(2025, 4, 1), D(2025, 6, 30)),
    ),
    (
        "A quarter earlier, Xiaomi's car unit had delivered 75,869 vehicles.",
        D(2025, 8, 10),
        (AUTO, "deliveries", 75869, "exact", "quarter", D(2025, 4, 1), D(2025, 6, 30)),
    ),
    (
        "The quarter before, Xiaomi delivered 69,697 cars.",
        D(2025, 5, 10),
        (AUTO, "deliveries", 69697, "exact", "quarter", D(2025, 1, 1), D(2025, 3, 31)),
    ),
    (
        "Last quarter, revenue from Xiaomi's EV business was 29 billion yuan.",
        D(2026, 1, 15),
        (AUTO, "revenue", 29e9, "exact", "quarter", D(2025, 10, 1), D(2025, 12, 31)),
    ),
]


@pytest.mark.parametrize(("text", "published", "want"), PREV_QUARTER)
def test_previous_quarter_in_a_feature(
    text: str, published: dt.date, want: tuple[object, ...]
) -> None:
    assert _got(text, published) == [want]


def test_previous_quarter_in_a_results_story_steps_back_from_the_quarter_named() -> None:
    # the results story names Q3; "a quarter earlier" is Q2 whatever the day of writing
    text = (
        "Xiaomi's car unit delivered 108,796 vehicles in the third quarter. A quarter earlier, "
        "it had delivered 81,302."
    )
    got = _got(text, D(2025, 12, 20))
    assert [g[2] for g in got] == [108796, 81302]
    assert got[1][4:] == ("quarter", D(2025, 4, 1), D(2025, 6, 30))


# --- (4) a dek restating the body's figure with no period: one event, the body's -----------

DEKS = [
    (
        "EV revenue climbs to 28.3 billion yuan\n\nXiaomi reported results on Tuesday. Revenue "
        "from its smart EV business reached 28.3 billion yuan in the third quarter, and the unit "
        "delivered 108,796 cars.",
        D(2025, 11, 19),
        [
            ("revenue", 28.3e9, "quarter", D(2025, 7, 1)),
            ("deliveries", 108796, "quarter", D(2025, 7, 1)),
        ],
    ),
    (
        "Gross margin of the car business rises to 26.4%\n\nXiaomi's EV unit delivered 81,302 "
        "vehicles in the second quarter, and the gross margin of the business was 26.4% in the "
        "quarter.",
        D(2025, 8, 20),
        [
            ("deliveries", 81302, "quarter", D(2025, 4, 1)),
            ("other", 26.4, "quarter", D(2025, 4, 1)),
        ],
    ),
    (
        "Car unit earns an operating profit of 1 billion yuan\n\nXiaomi's car unit delivered "
        "110,000 vehicles in the fourth quarter and made an operating profit of 1 billion yuan in "
        "the period, while its gross margin was 24%.",
        D(2026, 3, 20),
        [
            ("deliveries", 110000, "quarter", D(2025, 10, 1)),
            ("other", 1e9, "quarter", D(2025, 10, 1)),
            ("other", 24, "quarter", D(2025, 10, 1)),
        ],
    ),
]


@pytest.mark.parametrize(("text", "published", "want"), DEKS)
def test_dek_restating_the_body_is_one_event(
    text: str, published: dt.date, want: list[tuple[object, ...]]
) -> None:
    got = _got(text, published)
    assert [(g[1], g[2], g[4], g[5]) for g in got] == want


# --- (1) Xiaomi's figure, then a rival's in the same sentence: Xiaomi's stays, the rival's
# is nobody's ----------------------------------------------------------------------------------

RIVAL_AFTER = [
    (
        "Xiaomi handed over more than 30,000 cars in August, whereas Leapmotor's 57,066 set a "
        "record.",
        D(2025, 9, 2),
        (AUTO, "deliveries", 30000, "more_than", "month", D(2025, 8, 1), D(2025, 8, 31)),
    ),
    (
        "Xiaomi delivered over 40,000 units in November; NIO delivered 36,275.",
        D(2025, 12, 1),
        (AUTO, "deliveries", 40000, "more_than", "month", D(2025, 11, 1), D(2025, 11, 30)),
    ),
    (
        "Xiaomi passed 40,000 deliveries last month, while Li Auto's 33,181 was down 32%.",
        D(2025, 12, 1),
        (AUTO, "deliveries", 40000, "more_than", "month", D(2025, 11, 1), D(2025, 11, 30)),
    ),
    (
        # a digest's lede names the measure; the maker's clause has none, and the day of
        # writing (the 2nd) is the makers' delivery day for the month before
        "It was delivery day for China's EV start-ups. Xiaomi cleared 30,000 again, while "
        "XPeng's 35,000 beat NIO (22,000).",
        D(2025, 9, 2),
        (AUTO, "deliveries", 30000, "more_than", "month", D(2025, 8, 1), D(2025, 8, 31)),
    ),
]


@pytest.mark.parametrize(("text", "published", "want"), RIVAL_AFTER)
def test_rival_after_xiaomi_in_one_sentence(
    text: str, published: dt.date, want: tuple[object, ...]
) -> None:
    assert _got(text, published) == [want]


def test_digest_clause_takes_the_headline_month() -> None:
    text = (
        "Start-ups reported their November deliveries on Monday. Xiaomi topped 40,000, whereas "
        "Leapmotor's 70,327 led the group."
    )
    got = _got(text, D(2025, 12, 15), title="Leapmotor leads as start-ups report November")
    assert got == [
        (AUTO, "deliveries", 40000, "more_than", "month", D(2025, 11, 1), D(2025, 11, 30))
    ]


DIGEST_NEGATIVES = [
    # a rivals-only delivery day: no Xiaomi figure
    "It was delivery day for China's carmakers. XPeng topped 40,000 again, while NIO's 36,275 "
    "trailed Leapmotor.",
    # Xiaomi named, but the figure is a rival's
    "It was delivery day for China's carmakers. Leapmotor topped 70,000, well ahead of Xiaomi.",
]


@pytest.mark.parametrize("text", DIGEST_NEGATIVES)
def test_digest_rival_figures_are_nobodys(text: str) -> None:
    assert _got(text, D(2025, 11, 1)) == []
