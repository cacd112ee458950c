"""Plans: which year a target is for, and when a capacity is a plan.

Facts never merge a target with an actual or two years' targets, so each of these errors
made a wrong fact (devset: a 2025 target read as 2026's joined the 2026 target).
Every sentence here is written for this test (our own words, real-world figures).
"""

import datetime as dt

import pytest

from pipelines.core.metrics import extract_events


def _one(text: str, value: float, published: dt.date, metric: str):
    found = [
        e
        for e in extract_events(text, published=published)
        if e.value == value and e.metric == metric
    ]
    assert len(found) == 1, found
    return found[0]


def test_a_whole_year_word_is_the_year_the_sentence_named_before_it() -> None:
    text = "小米汽车在2025年年初，定的全年任务是30万辆，后来目标提高到了35万辆。"
    for value in (300000, 350000):
        ev = _one(text, value, dt.date(2026, 1, 4), "delivery_target")
        assert ev.period_start == dt.date(2025, 1, 1), ev


def test_this_year_stays_the_article_s_year() -> None:
    text = (
        "Xiaomi delivered 135,000 cars in 2024 and set a full-year goal of 300,000 for this year."
    )
    ev = _one(text, 300000, dt.date(2025, 3, 4), "delivery_target")
    assert ev.period_start == dt.date(2025, 1, 1), ev
    actual = _one(text, 135000, dt.date(2025, 3, 4), "deliveries")
    assert actual.period_start == dt.date(2024, 1, 1), actual


def test_next_year_said_in_december_and_told_in_january_is_the_new_year() -> None:
    text = (
        "Xiaomi wants to double its car sales in 2025. Lei Jun told reporters that Xiaomi "
        "aims to deliver 300,000 cars next year."
    )
    ev = _one(text, 300000, dt.date(2025, 1, 3), "delivery_target")
    assert ev.period_start == dt.date(2025, 1, 1), ev
    zh = "小米汽车2025年的目标是销量翻倍。雷军表示，小米汽车明年的交付目标是30万辆。"
    ev = _one(zh, 300000, dt.date(2025, 1, 5), "delivery_target")
    assert ev.period_start == dt.date(2025, 1, 1), ev


def test_next_year_is_the_year_after_when_the_story_does_not_name_the_new_year() -> None:
    text = "Xiaomi sold 135,000 cars in 2024. Lei Jun said Xiaomi aims to deliver 300,000 cars next year."
    # January, but the story names only the year gone: "next year" is read as written
    ev = _one(text, 300000, dt.date(2025, 1, 3), "delivery_target")
    assert ev.period_start == dt.date(2026, 1, 1), ev
    named = "Xiaomi wants to double its car sales in 2025. Lei said it aims to deliver 300,000 cars next year."
    # February: no December statement retold
    ev = _one(named, 300000, dt.date(2025, 2, 3), "delivery_target")
    assert ev.period_start == dt.date(2026, 1, 1), ev


def test_the_capacity_of_a_plant_to_be_built_is_a_target() -> None:
    text = (
        "Xiaomi Auto will build a plant with an annual capacity of 300,000 units in two "
        "phases, for which the capacity of Phase I and Phase II is 150,000 vehicles each."
    )
    for value in (300000, 150000):
        ev = _one(text, value, dt.date(2021, 11, 28), "production_capacity")
        assert ev.status == "target", ev


def test_the_capacity_of_a_running_plant_is_actual() -> None:
    text = "Xiaomi's first plant has an annual capacity of 150,000 cars and runs two shifts."
    ev = _one(text, 150000, dt.date(2024, 7, 2), "production_capacity")
    assert ev.status == "actual", ev


@pytest.mark.parametrize(
    "text",
    [
        "Xiaomi could sell 420,000 cars this year, Morgan Stanley said.",
        "Xiaomi might well top 420,000 deliveries this year.",
        "Xiaomi is likely to beat its goal, shipping roughly 420,000 cars this year.",
        "Xiaomi may deliver 420,000 cars this year.",
    ],
)
def test_a_hedged_figure_is_a_forecast(text: str) -> None:
    (ev,) = extract_events(text, published=dt.date(2025, 9, 1), language="en")
    assert (ev.value, ev.status) == (420000, "forecast"), ev


def test_the_month_may_is_no_hedge() -> None:
    (ev,) = extract_events(
        "In May, Xiaomi delivered 28,000 cars.", published=dt.date(2025, 6, 3), language="en"
    )
    assert (ev.status, ev.period_start) == ("actual", dt.date(2025, 5, 1)), ev


def test_what_a_plant_could_produce_is_its_capacity_not_a_forecast() -> None:
    (ev,) = extract_events(
        "Lei Jun said the plant could produce more than 10,000 SU7s per month.",
        published=dt.date(2024, 6, 3),
        language="en",
    )
    assert (ev.metric, ev.status) == ("production_capacity", "actual"), ev


# --- paces, plans in quotes, confidence -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "metric", "status"),
    [
        (
            "Xiaomi's second plant brings 150,000 units of annual capacity.",
            150000,
            "production_capacity",
            "actual",
        ),
        (
            "Xiaomi's Beijing plant is running at a pace of roughly 35,000 cars a month.",
            35000,
            "production",
            "actual",
        ),
        (
            "Xiaomi could produce 20,000 cars per month at full speed.",
            20000,
            "production_capacity",
            "actual",
        ),
        (
            "小米雷军表示，二期工厂投产后每年还能多生产15万辆。",
            150000,
            "production_capacity",
            "target",
        ),
    ],
)
def test_a_pace_or_a_capacity_has_no_dates(
    text: str, value: float, metric: str, status: str
) -> None:
    ev = _one(text, value, dt.date(2025, 6, 15), metric)
    assert (ev.period_kind, ev.period_start, ev.period_end, ev.status) == (
        "rate",
        None,
        None,
        status,
    ), ev


@pytest.mark.parametrize(
    ("text", "value", "metric", "status"),
    [
        ("小米集团董事长雷军称，明年要卖40万台车。", 400000, "delivery_target", "target"),
        (
            '"I am confident we can deliver 400,000 cars next year," Xiaomi CEO Lei Jun said.',
            400000,
            "deliveries",
            "forecast",
        ),
        (
            "A right-hand-drive SU7 would sell for about 60,000 euros, dealers say.",
            60000,
            "price",
            "forecast",
        ),
    ],
)
def test_what_the_company_means_to_do_or_expects(
    text: str, value: float, metric: str, status: str
) -> None:
    ev = _one(text, value, dt.date(2025, 12, 1), metric)
    assert ev.status == status, ev


def test_a_mains_要_is_no_plan() -> None:
    events = extract_events(
        "小米汽车10月主要交付YU7，合计交付超4万辆。", published=dt.date(2025, 11, 2)
    )
    assert [(e.value, e.status) for e in events] == [(40000, "actual")], events


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Xiaomi delivered about 25,000 cars a month from March to May.", "rate"),
        ("Xiaomi delivered about 75,000 cars from March to May.", "cumulative"),
    ],
)
def test_so_much_a_month_over_months_is_a_pace(text: str, kind: str) -> None:
    events = extract_events(text, published=dt.date(2025, 6, 15))
    assert [e.period_kind for e in events] == [kind], events
