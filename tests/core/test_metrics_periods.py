"""Periods and as_of dates, resolved against the publication date, never guessed."""

import datetime as dt

import pytest

from pipelines.core.metrics.periods import resolve_period

PUB = dt.date(2024, 4, 25)


@pytest.mark.parametrize(
    ("sentence", "status", "start", "end", "as_of"),
    [
        ("as of April 24, orders passed 75,723", "actual", None, None, "2024-04-24"),
        ("As of April 24th, 2024, orders passed", "actual", None, None, "2024-04-24"),
        ("截至4月24日，锁单75723台", "actual", None, None, "2024-04-24"),
        ("截至2023年12月底，员工超过3万人", "actual", None, None, "2023-12-31"),
        (
            "It plans to deliver 10,000 vehicles in June",
            "target",
            "2024-06-01",
            "2024-06-30",
            None,
        ),
        (
            "Xiaomi delivered 7,058 cars in March",
            "actual",
            "2024-03-01",
            "2024-03-31",
            "2024-03-31",
        ),
        (
            "deliveries in December topped 20,000",
            "actual",
            "2023-12-01",
            "2023-12-31",
            "2023-12-31",
        ),
        (
            "from April to June 2023 it delivered 30,000",
            "actual",
            "2023-04-01",
            "2023-06-30",
            "2023-06-30",
        ),
        (
            "R&D spending in 2023 reached 19.1 billion yuan",
            "actual",
            "2023-01-01",
            "2023-12-31",
            "2023-12-31",
        ),
        (
            "by the end of 2023 the team was 17,800",
            "actual",
            "2023-01-01",
            "2023-12-31",
            "2023-12-31",
        ),
        (
            "revenue in the third quarter of 2023",
            "actual",
            "2023-07-01",
            "2023-09-30",
            "2023-09-30",
        ),
        ("revenue in Q4", "actual", "2023-10-01", "2023-12-31", "2023-12-31"),
        ("第三季度收入97亿元", "actual", "2023-07-01", "2023-09-30", "2023-09-30"),
        ("a target of 100,000 this year", "target", "2024-01-01", "2024-12-31", None),
        ("全年交付目标10万辆", "target", "2024-01-01", "2024-12-31", None),
        ("deliveries last month were 7,058", "actual", "2024-03-01", "2024-03-31", "2024-03-31"),
        ("10月交付超过2万辆", "actual", "2023-10-01", "2023-10-31", "2023-10-31"),
    ],
)
def test_resolves(
    sentence: str, status: str, start: str | None, end: str | None, as_of: str | None
) -> None:
    p = resolve_period(sentence, PUB, status)
    assert (p.start, p.end) == (
        dt.date.fromisoformat(start) if start else None,
        dt.date.fromisoformat(end) if end else None,
    )
    assert p.as_of == (dt.date.fromisoformat(as_of) if as_of else None)


def test_duration_kept_as_text_only() -> None:
    p = resolve_period("50,000 orders within 27 minutes of launch", PUB, "actual")
    assert p.start is None and p.end is None
    assert p.text == "within 27 minutes of launch"


def test_no_reference_no_guess() -> None:
    p = resolve_period("deliveries in June exceeded 10,000", None, "actual")
    assert (p.start, p.end, p.as_of) == (None, None, None)
    p = resolve_period("as of April 24, orders passed 75,723", None, "actual")
    assert p.as_of is None


@pytest.mark.parametrize(
    ("sentence", "status", "kind"),
    [
        ("Xiaomi delivered 20,000 cars in October", "actual", "month"),
        ("revenue of the car unit in the second quarter of 2025", "actual", "quarter"),
        ("deliveries in the first half of 2025 passed 150,000", "actual", "half_year"),
        ("上半年交付超过15万辆", "actual", "half_year"),
        ("it aims to deliver 350,000 cars in 2025", "target", "year"),
        ("deliveries in the first three quarters of 2025 topped 260,000", "actual", "cumulative"),
        ("total deliveries since launch have passed 300,000", "actual", "cumulative"),
        ("so far it has handed over 120,000 cars", "actual", "cumulative"),
        ("截至11月底，小米汽车累计交付超过50万辆", "actual", "cumulative"),
        ("orders reached 200,000 within three minutes of the launch", "actual", "window"),
        ("开售1小时大定28.9万台", "actual", "window"),
        ("the plant can build 300,000 cars a year", "actual", "rate"),
        ("二期工厂年产能15万辆", "actual", "rate"),
        ("a record 1,000 cars delivered in a single day", "actual", "day"),
        ("weekly orders of about 10,000 in the first week of March", "actual", "week"),
        ("the SU7 Max is priced at 299,900 yuan", "actual", "none"),
        ("上市 10 分钟内大定突破 6900 台", "actual", "window"),
        ("2024 年全年营收 328 亿元", "actual", "year"),
        ("至 3 月 2 日大定超 1.9 万台", "actual", "cumulative"),
    ],
)
def test_period_kind(sentence: str, status: str, kind: str) -> None:
    assert resolve_period(sentence, PUB, status).kind == kind


def test_as_of_is_never_the_publication_date_by_default() -> None:
    assert resolve_period("the SU7 is priced at 215,900 yuan", PUB, "actual").as_of is None
    assert resolve_period("it targets 350,000 deliveries this year", PUB, "target").as_of is None
    p = resolve_period("on April 24, orders passed 75,723", PUB, "actual")
    assert p.as_of == dt.date(2024, 4, 24)


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        # a quarter named by its months ("the June quarter", "quarter ended", "January-March")
        ("It delivered 81,302 cars in the June quarter.", "2025-04-01", "2025-06-30"),
        ("Revenue for the quarter ended June 30 was 116 billion yuan.", "2025-04-01", "2025-06-30"),
        ("Revenue for the three months ended September 30, 2024 rose.", "2024-07-01", "2024-09-30"),
        ("It handed over 75,869 cars in January-March.", "2025-01-01", "2025-03-31"),
        (
            "The July to September period was its second quarter of sales.",
            "2025-07-01",
            "2025-09-30",
        ),
        # a month named as the figure's own ("October deliveries")
        ("Its August deliveries passed 30,000 units.", "2025-08-01", "2025-08-31"),
        ("October sales reached 40,000 units.", "2024-10-01", "2024-10-31"),
        # a full-year actual stated early in the next year is last year's
        ("Full-year deliveries reached 136,854 cars.", "2024-01-01", "2024-12-31"),
        ("全年累计交付量达136,854辆", "2024-01-01", "2024-12-31"),
    ],
)
def test_periods_named_by_months_and_whole_years(sentence: str, start: str, end: str) -> None:
    ref = dt.date(2025, 11, 10) if start.startswith("2025") else dt.date(2025, 3, 18)
    if start == "2024-10-01":
        ref = dt.date(2024, 11, 2)
    p = resolve_period(sentence, ref, "actual")
    assert (str(p.start), str(p.end)) == (start, end)


def test_this_year_is_still_the_running_year() -> None:
    p = resolve_period("Deliveries this year reached 80,000 cars.", dt.date(2025, 3, 18), "actual")
    assert p.start == dt.date(2025, 1, 1)
