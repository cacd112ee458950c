"""Figures set out as rows and lists: a labelled row after a labelled figure ("Year to date:
300,000+."), a month in brackets after a row of makers ("(October)"), two months said to share
one figure (kept in text order), a bound's verb that governs a whole list ("topped 5,000 in
April, 10,000 in June ..."), "the number was again over" after a semicolon, a headline's
figure said twice, once with its bound, and a window shouted after the figure ("…！只用了3天").

Every sentence here is written for this test (our own words, real-world figures).
"""

import datetime as dt

import pytest

from pipelines.core.metrics import extract_events
from pipelines.core.metrics.extract import split_sentences

NOV = dt.date(2025, 11, 3)


def _rows(text: str, lang: str = "en") -> list[tuple[object, ...]]:
    return [
        (e.subject, e.metric, e.value, e.status, e.period_kind, e.period_start)
        for e in extract_events(text, published=NOV, language=lang)
    ]


@pytest.mark.parametrize(
    ("text", "lang", "second"),
    [
        (
            "Xiaomi's EV deliveries, October: 40,000+. Year to date: 300,000+.",
            "en",
            ("Xiaomi Auto", "deliveries", 300000, "actual", "cumulative", dt.date(2025, 1, 1)),
        ),
        (
            "Xiaomi EV deliveries in October: over 40,000. September: over 38,000.",
            "en",
            ("Xiaomi Auto", "deliveries", 38000, "actual", "month", dt.date(2025, 9, 1)),
        ),
        (
            "Xiaomi YU7 locked orders after 18 hours: 240,000. First hour: 289,000.",
            "en",
            None,  # "First hour" comes before "after 18 hours" in time: a window, not read here
        ),
        (
            "小米汽车10月交付量：超4万辆。今年以来：超30万辆。",
            "zh",
            ("Xiaomi Auto", "deliveries", 300000, "actual", "cumulative", dt.date(2025, 1, 1)),
        ),
    ],
)
def test_a_labelled_row_counts_what_the_row_before_counted(
    text: str, lang: str, second: tuple[object, ...] | None
) -> None:
    rows = _rows(text, lang)
    if second is None:
        assert len(rows) >= 1, rows
        return
    assert len(rows) == 2 and rows[1] == second, rows


@pytest.mark.parametrize(
    "text",
    [
        # a rival's row is the rival's
        "Xiaomi EV deliveries in October: 40,000+. Tesla: 61,000.",
        "Xiaomi EV deliveries in October: 40,000+. Li Auto: 31,767.",
        # a row after a sentence that gave no figure
        "Xiaomi has not said how many cars it sold. Year to date: 300,000.",
    ],
)
def test_a_row_that_is_no_period_of_the_list_gives_nothing(text: str) -> None:
    rows = _rows(text)
    assert all(r[2] in (40000,) for r in rows), rows


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("Deliveries: Xiaomi 40,000+, Nio 40,397, Xpeng 42,013 (October).", 10),
        ("Xiaomi handed over 40,000 cars (September 2025).", 9),
    ],
)
def test_a_month_in_brackets_labels_the_figures(text: str, month: int) -> None:
    rows = _rows(text)
    assert rows == [
        ("Xiaomi Auto", "deliveries", 40000, "actual", "month", dt.date(2025, month, 1))
    ], rows


def test_a_day_in_brackets_is_no_month() -> None:
    rows = _rows("Xiaomi handed over 40,000 cars (October 20).")
    assert all(r[4] != "month" for r in rows), rows


def test_two_months_sharing_a_figure_stay_in_text_order() -> None:
    got = [
        (e.value, e.period_start.month if e.period_start else None)
        for e in extract_events(
            "小米汽车5月、6月交付量均超2万辆，7月、8月均超3万辆。", published=NOV, language="zh"
        )
    ]
    assert got == [(20000, 5), (20000, 6), (30000, 7), (30000, 8)], got


def _quals(text: str, published: dt.date, lang: str = "en") -> list[tuple[float, str, str]]:
    return [
        (e.value, e.qualifier, e.period_kind)
        for e in extract_events(text, published=published, language=lang)
    ]


def test_a_bounds_verb_governs_the_whole_list() -> None:
    text = (
        "Xiaomi's monthly deliveries topped 5,000 in April 2024, 10,000 in June 2024 and 20,000 "
        "in October 2024."
    )
    assert _quals(text, dt.date(2025, 1, 2)) == [
        (5000, "more_than", "month"),
        (10000, "more_than", "month"),
        (20000, "more_than", "month"),
    ]


def test_a_bound_word_before_one_figure_does_not_bound_the_next() -> None:
    text = "Xiaomi delivered more than 10,000 cars in June and 12,345 in July."
    assert _quals(text, dt.date(2025, 8, 2)) == [
        (10000, "more_than", "month"),
        (12345, "exact", "month"),
    ]


def test_the_number_again_after_a_semicolon() -> None:
    text = "Xiaomi sold more than 20,000 cars in March; in April, the number was again over 20,000."
    got = [
        (e.value, e.qualifier, e.period_start)
        for e in extract_events(text, published=dt.date(2025, 5, 2), language="en")
    ]
    assert got == [
        (20000, "more_than", dt.date(2025, 3, 1)),
        (20000, "more_than", dt.date(2025, 4, 1)),
    ]


def test_a_headline_figure_said_again_with_its_bound() -> None:
    got = _quals("十三万辆：小米汽车2024年交付量突破十三万", dt.date(2025, 1, 2), "zh")
    assert got == [(130000, "more_than", "year")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("小米SU7锁单7万！只用了3天", "zh"),
        ("Xiaomi YU7 draws 240,000 locked orders! In just 18 hours.", "en"),
    ],
)
def test_a_window_shouted_after_the_figure_is_its_window(text: str, lang: str) -> None:
    got = _quals(text, dt.date(2025, 6, 27), lang)
    assert [k for _, _, k in got] == ["window"], got


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "Xiaomi EV deliveries | Sep: 40,000+ | Aug: 30,000+",
            "en",
            [(40000, "more_than", 9), (30000, "more_than", 8)],
        ),
        (
            "小米汽车交付量｜9月：4万+｜8月：3万+",
            "zh",
            [(40000, "more_than", 9), (30000, "more_than", 8)],
        ),
        (
            "Xiaomi • September deliveries: >40,000 • August deliveries: ~30,000",
            "en",
            [(40000, "more_than", 9), (30000, "about", 8)],
        ),
    ],
)
def test_rows_run_together_with_bars_and_bullets(
    text: str, lang: str, want: list[tuple[float, str, int]]
) -> None:
    got = [
        (e.value, e.qualifier, e.period_start.month if e.period_start else None)
        for e in extract_events(text, published=NOV, language=lang)
    ]
    assert got == want


def test_a_tables_cells_are_not_split_at_bars() -> None:
    # cells with no label and colon stay one row, read as before
    text = "Xiaomi deliveries by month | September | 40,000 | August | 30,000"
    split = [s.text for s in split_sentences(text)]
    assert split == [text]


def test_a_year_labelled_target_row() -> None:
    got = [
        (e.metric, e.value, e.status, e.period_start)
        for e in extract_events(
            "Xiaomi delivered more than 40,000 cars in October. 2026 goal: 550,000.",
            published=NOV,
            language="en",
        )
    ]
    assert got[1:] == [("delivery_target", 550000, "target", dt.date(2026, 1, 1))]


def test_a_running_total_between_semicolons() -> None:
    got = [
        (e.value, e.period_kind, e.period_end)
        for e in extract_events(
            "小米汽车：9月交付超4万；前9个月累计超26万；全年目标35万", published=NOV, language="zh"
        )
    ]
    assert got[:2] == [
        (40000, "month", dt.date(2025, 9, 30)),
        (260000, "cumulative", dt.date(2025, 9, 30)),
    ]
