"""English and Chinese families fixed against our own time-and-status sentences
(en_zh_time_sentences.yaml), each pinned here with different wording so a regression fails
rather than xfails. Sentences written for the project."""

import datetime as dt

import pytest

from pipelines.core.metrics import extract_events

D = dt.date


def _one(text: str, published: dt.date):  # type: ignore[no-untyped-def]
    found = [e for e in extract_events(text, published=published) if e.metric != "other"]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "published", "kind", "start", "end"),
    [
        (
            "去年上半年，小米汽车交付了8.8万辆。",
            D(2025, 3, 1),
            "half_year",
            D(2024, 1, 1),
            D(2024, 6, 30),
        ),
        (
            "Xiaomi delivered 88,000 cars in the first half of last year.",
            D(2025, 3, 1),
            "half_year",
            D(2024, 1, 1),
            D(2024, 6, 30),
        ),
        (
            "小米汽车1-8月累计交付23万辆。",
            D(2025, 9, 3),
            "cumulative",
            D(2025, 1, 1),
            D(2025, 8, 31),
        ),
        (
            "2024年1月至9月，小米汽车交付6.8万辆。",
            D(2025, 3, 1),
            "cumulative",
            D(2024, 1, 1),
            D(2024, 9, 30),
        ),
        (
            "Xiaomi delivered 230,000 cars in January-August 2025.",
            D(2025, 9, 3),
            "cumulative",
            D(2025, 1, 1),
            D(2025, 8, 31),
        ),
        ("小米汽车八月交付超过3万辆。", D(2025, 9, 3), "month", D(2025, 8, 1), D(2025, 8, 31)),
        (
            "Xiaomi aims to deliver 45,000 cars next month.",
            D(2025, 10, 5),
            "month",
            D(2025, 11, 1),
            D(2025, 11, 30),
        ),
        (
            "So far this year Xiaomi has sold 230,000 cars.",
            D(2025, 9, 3),
            "cumulative",
            D(2025, 1, 1),
            None,
        ),
        ("今年以来，小米汽车已累计交付23万辆。", D(2025, 9, 3), "cumulative", D(2025, 1, 1), None),
        ("Xiaomi now builds about 1,500 cars a day.", D(2025, 10, 1), "rate", None, None),
        ("Xiaomi took 50,000 orders in a day.", D(2024, 4, 2), "window", None, None),
        (
            "Xiaomi's weekly deliveries are running above 10,000 cars.",
            D(2025, 9, 15),
            "rate",
            None,
            None,
        ),
        ("小米SU7十一月交付超過兩萬台。", D(2024, 12, 2), "month", D(2024, 11, 1), D(2024, 11, 30)),
        (
            "今年前8个月，小米汽车累计交付23万辆。",
            D(2025, 9, 12),
            "cumulative",
            D(2025, 1, 1),
            D(2025, 8, 31),
        ),
        (
            "Xiaomi delivered 230,000 cars in the first eight months of 2025.",
            D(2025, 9, 12),
            "cumulative",
            D(2025, 1, 1),
            D(2025, 8, 31),
        ),
        (
            "The YU7 took 200,000 orders in the three minutes after its launch on June 26.",
            D(2025, 6, 28),
            "window",
            None,
            None,
        ),
        (
            "Xiaomi's EV revenue for the three months through September was 29 billion yuan.",
            D(2025, 11, 20),
            "quarter",
            D(2025, 7, 1),
            D(2025, 9, 30),
        ),
        (
            "Since its launch in March last year, the SU7 has been delivered to 250,000 buyers.",
            D(2025, 6, 30),
            "cumulative",
            None,
            None,
        ),
        (
            "Since deliveries started in July, Xiaomi has handed over 45,000 YU7 SUVs.",
            D(2025, 10, 2),
            "cumulative",
            None,
            None,
        ),
        (
            "Xiaomi had delivered 280,000 cars through June 2025, the company said.",
            D(2025, 7, 10),
            "cumulative",
            None,
            None,
        ),
        (
            "Xiaomi handed 1,200 SU7s to buyers in a single day on October 7.",
            D(2024, 10, 9),
            "day",
            D(2024, 10, 7),
            D(2024, 10, 7),
        ),
        (
            "10月7日当天，小米SU7单日交付1200台。",
            D(2024, 10, 9),
            "day",
            D(2024, 10, 7),
            D(2024, 10, 7),
        ),
    ],
)
def test_periods(
    text: str, published: dt.date, kind: str, start: dt.date | None, end: dt.date | None
) -> None:
    ev = _one(text, published)
    assert (ev.period_kind, ev.period_start, ev.period_end) == (kind, start, end)


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Xiaomi handed over 30,452 cars in July.", "exact"),
        ("Xiaomi delivered 30,000-plus cars in July.", "more_than"),
        ("小米SU7的平均售价约为25万元。", "about"),
        ("The SU7 costs under 220,000 yuan.", "up_to"),
        ("小米SU7的售價不超過22萬元。", "up_to"),
        ("Xiaomi sold no more than 10,000 cars in April.", "up_to"),
    ],
)
def test_qualifiers(text: str, qualifier: str) -> None:
    assert _one(text, D(2025, 8, 5)).qualifier == qualifier


@pytest.mark.parametrize(
    "text",
    [
        "Xiaomi is said to be considering a target of 900,000 cars for next year.",
        "网传小米汽车10月交付量达到8万辆，小米方面已辟谣。",
    ],
)
def test_hearsay_gives_nothing(text: str) -> None:
    assert [e for e in extract_events(text, published=D(2025, 11, 5)) if e.metric != "other"] == []


@pytest.mark.parametrize(
    ("text", "base", "start"),
    [
        ("小米二季度智能电动汽车收入213亿元，去年同期为64亿元。", 6_400_000_000, D(2024, 4, 1)),
        ("小米汽车二季度交付8.13万辆，上年同期为2.73万辆。", 27_300, D(2024, 4, 1)),
    ],
)
def test_a_year_earlier_base_named_before_its_figure(
    text: str, base: float, start: dt.date
) -> None:
    found = {e.value: e for e in extract_events(text, published=D(2025, 8, 20))}
    ev = found[base]
    assert (ev.subject, ev.period_kind, ev.period_start) == ("Xiaomi Auto", "quarter", start)


def test_the_car_business_named_in_the_figures_clause_after_the_group() -> None:
    text = "小米集团二季度营收1160亿元，其中汽车业务收入213亿元。"
    found = {e.value: e.subject for e in extract_events(text, published=D(2025, 8, 20))}
    assert found == {116_000_000_000: "Xiaomi Group", 21_300_000_000: "Xiaomi Auto"}


@pytest.mark.parametrize(
    "text",
    [
        "Xiaomi lowered the SU7's starting price by 15,000 yuan to 200,900 yuan.",
        "小米SU7起售价下调1.5万元至20.09万元。",
    ],
)
def test_a_price_change_keeps_the_new_price_not_the_amount(text: str) -> None:
    found = [(e.metric, e.value) for e in extract_events(text, published=D(2025, 5, 20))]
    assert found == [("price", 200_900)]


@pytest.mark.parametrize(
    "text",
    [
        "Xiaomi lifted its 2024 delivery target from 100,000 to 120,000 cars.",
        "小米将2024年交付目标从10万辆上调至12万辆。",
    ],
)
def test_a_raised_target_keeps_both_levels_of_its_year(text: str) -> None:
    found = sorted(
        (e.value, e.period_start) for e in extract_events(text, published=D(2024, 7, 20))
    )
    assert found == [(100_000, D(2024, 1, 1)), (120_000, D(2024, 1, 1))]


def test_a_total_by_the_end_of_a_month_is_since_the_start() -> None:
    ev = _one("Xiaomi had delivered 350,000 cars in total by the end of October.", D(2025, 11, 5))
    assert (ev.period_kind, ev.period_start, ev.period_end, ev.as_of) == (
        "cumulative",
        None,
        None,
        D(2025, 10, 31),
    )


def test_a_year_earlier_loss_with_its_cue_between() -> None:
    text = "二季度小米汽车业务经营亏损收窄至3亿元，去年同期亏损15亿元。"
    found = {e.value: e for e in extract_events(text, published=D(2025, 8, 21))}
    assert (found[1_500_000_000].period_kind, found[1_500_000_000].period_start) == (
        "quarter",
        D(2024, 4, 1),
    )


@pytest.mark.parametrize(
    ("text", "published", "start", "end", "as_of"),
    [
        (
            "Year-to-date deliveries of Xiaomi reached 300,000 as of October 31.",
            D(2025, 11, 5),
            D(2025, 1, 1),
            D(2025, 10, 31),
            D(2025, 10, 31),
        ),
        ("截至八月底，小米汽車累計交付逾30萬輛。", D(2025, 9, 8), None, None, D(2025, 8, 31)),
        # the day in the clause before a year-to-date total ends it
        (
            "截至9月底，小米汽车今年累计交付超过25万辆。",
            D(2025, 10, 9),
            D(2025, 1, 1),
            D(2025, 9, 30),
            D(2025, 9, 30),
        ),
        (
            "As of September 30, Xiaomi's deliveries so far this year stood at 250,000.",
            D(2025, 10, 9),
            D(2025, 1, 1),
            D(2025, 9, 30),
            D(2025, 9, 30),
        ),
        (
            "截至去年12月31日，小米汽车累计交付超过13万辆。",
            D(2025, 1, 6),
            None,
            None,
            D(2024, 12, 31),
        ),
    ],
)
def test_running_totals_to_a_day(
    text: str, published: dt.date, start: dt.date | None, end: dt.date | None, as_of: dt.date
) -> None:
    ev = _one(text, published)
    assert (ev.period_kind, ev.period_start, ev.period_end, ev.as_of) == (
        "cumulative",
        start,
        end,
        as_of,
    )


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Xiaomi's auto arm blew past expectations with 200,000 YU7 pre-orders.", "actual"),
        ("小米汽车10月交付4万辆，大幅超预期。", "actual"),
        ("Xiaomi is expected to deliver 40,000 cars in November.", "forecast"),
    ],
)
def test_an_expectation_beaten_is_no_forecast(text: str, status: str) -> None:
    assert _one(text, D(2024, 11, 2)).status == status


def test_the_estimate_beaten_is_a_forecast() -> None:
    text = "Xiaomi's revenue of 116 billion yuan beat estimates of 114 billion yuan."
    found = {e.value: e.status for e in extract_events(text, published=D(2025, 8, 20))}
    assert found == {116_000_000_000: "actual", 114_000_000_000: "forecast"}


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # the car segment named after the group in the figure's clause is the car business's
        ("小米集团第二季度智能电动汽车及AI等创新业务收入为213亿元。", "Xiaomi Auto"),
        (
            "Xiaomi Group's second-quarter revenue from its smart EV and AI segment was 21.3 billion yuan.",
            "Xiaomi Auto",
        ),
        # the group's own total stays the group's
        ("小米集团第二季度总收入为1160亿元。", "Xiaomi Group"),
    ],
)
def test_a_segment_named_after_the_group_is_the_segments(text: str, subject: str) -> None:
    assert _one(text, D(2025, 8, 20)).subject == subject


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        # from one quarter's figure to the next's: each keeps its own quarter
        (
            "Xiaomi's EV operating loss narrowed from 700 million yuan in the first quarter "
            "to 400 million yuan in the second quarter.",
            {700e6: D(2025, 1, 1), 400e6: D(2025, 4, 1)},
        ),
        (
            "小米汽车经营亏损从第一季度的7亿元收窄至第二季度的4亿元。",
            {700e6: D(2025, 1, 1), 400e6: D(2025, 4, 1)},
        ),
        # the quarter said by its number alone
        (
            "Xiaomi's EV unit lost 400 million yuan in the second quarter, narrowing from a "
            "700 million yuan loss in the first.",
            {400e6: D(2025, 4, 1), 700e6: D(2025, 1, 1)},
        ),
    ],
)
def test_each_figure_of_a_change_keeps_its_quarter(
    text: str, periods: dict[float, dt.date]
) -> None:
    found = {e.value: e.period_start for e in extract_events(text, published=D(2025, 8, 20))}
    assert found == periods
