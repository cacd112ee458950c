"""Words that name a metric without its usual noun: a wishlist is a reservation, land bought for a
plant an investment, a "female ownership rate" a share of buyers, the company's "initial
projection" its target.

Every sentence here is written for this test (our own words, real-world figures).
"""

import datetime as dt

import pytest

from pipelines.core.metrics import extract_events

PUB = dt.date(2025, 8, 1)


@pytest.mark.parametrize(
    ("text", "metric", "value", "subject"),
    [
        (
            "More than 100,000 people added the Xiaomi SU7 to their wishlists within an hour.",
            "reservations",
            100000,
            "Xiaomi SU7",
        ),
        ("小米YU7发布后一小时内，超过10万人加入心愿单。", "reservations", 100000, "Xiaomi YU7"),
        (
            "Xiaomi won a plot of land in Beijing for 635 million yuan to expand its EV factory.",
            "investment",
            635_000_000,
            "Xiaomi Auto",
        ),
        (
            "小米以8.42亿元竞得北京亦庄一宗地块，用于汽车工厂二期。",
            "investment",
            842_000_000,
            "Xiaomi Auto",
        ),
        ("The Xiaomi SU7 has a 30% female ownership rate.", "buyer_share", 30, "Xiaomi SU7"),
        ("The Xiaomi YU7 has a female ownership rate of 30%.", "buyer_share", 30, "Xiaomi YU7"),
        (
            "Xiaomi delivered about 410,000 cars in 2025, well above its initial projection of "
            "300,000 units.",
            "delivery_target",
            300000,
            "Xiaomi Auto",
        ),
    ],
)
def test_a_metric_named_without_its_noun(
    text: str, metric: str, value: float, subject: str
) -> None:
    events = [e for e in extract_events(text, published=PUB) if e.value == value]
    assert [(e.metric, e.subject) for e in events] == [(metric, subject)], events


def test_a_projection_beaten_is_of_the_year_it_was_beaten_in() -> None:
    text = (
        "Xiaomi delivered about 410,000 cars in 2025, well above its initial projection of "
        "300,000 units."
    )
    (goal,) = [e for e in extract_events(text, published=dt.date(2026, 1, 5)) if e.value == 300000]
    assert (goal.status, goal.period_start) == ("target", dt.date(2025, 1, 1)), goal


@pytest.mark.parametrize(
    "text",
    [
        # rates that are no share of buyers, and land measured, not bought
        "Xiaomi's car loans carry a 3% interest rate.",
        "Xiaomi's new plant sits on a 485,134-square-metre plot of land in Beijing.",
    ],
)
def test_no_metric_from_a_rate_or_an_area(text: str) -> None:
    assert extract_events(text, published=PUB) == []


@pytest.mark.parametrize(
    ("text", "metric", "subject"),
    [
        # a Latin acronym inside Chinese text has no word boundary before the next character
        ("小米汽车第四季度的ASP升至每辆约26万元。", "price", "Xiaomi Auto"),
        ("小米智能电动汽车的ASP上升9%，至每辆约26万元。", "price", "Xiaomi Auto"),
        ("小米集团第三季度EV业务收入为290亿元。", "revenue", "Xiaomi Auto"),
        ("小米集团第三季度智能EV收入为290亿元。", "revenue", "Xiaomi Auto"),
    ],
)
def test_latin_words_inside_chinese_text(text: str, metric: str, subject: str) -> None:
    (ev,) = [e for e in extract_events(text, published=dt.date(2025, 11, 20)) if e.value > 100]
    assert (ev.metric, ev.subject) == (metric, subject), ev


@pytest.mark.parametrize(
    ("text", "published", "status", "metric"),
    [
        # a year that has hardly begun holds no such actual: the plan's, or an expectation
        (
            "小米集团董事长雷军表示：“全力以赴，2025年交付三十万辆车”。",
            dt.date(2025, 1, 7),
            "target",
            "delivery_target",
        ),
        ("小米集团雷军称，今年交付30万辆。", dt.date(2025, 1, 7), "forecast", "deliveries"),
        # told as done, or late enough in the year: an actual
        ("小米汽车2025年已交付30万辆。", dt.date(2025, 1, 7), "actual", "deliveries"),
        ("Xiaomi delivered 136,854 cars in 2024.", dt.date(2025, 1, 7), "actual", "deliveries"),
        ("小米汽车2025年交付超过41万辆。", dt.date(2026, 1, 2), "actual", "deliveries"),
    ],
)
def test_a_figure_of_a_year_that_has_hardly_begun(
    text: str, published: dt.date, status: str, metric: str
) -> None:
    (ev,) = extract_events(text, published=published)
    assert (ev.status, ev.metric) == (status, metric), ev


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        (
            "Xiaomi opened a Founder's Edition of the YU7, selling out its first batch of 3,000 units.",
            "en",
            3000,
        ),
        ("The 1,000 launch editions of the SU7 Ultra sold out in 10 minutes.", "en", 1000),
        ("小米YU7首发版首批3000台已售罄。", "zh", 3000),
    ],
)
def test_a_batch_sold_out_is_orders(text: str, lang: str, value: float) -> None:
    (ev,) = extract_events(text, published=PUB, language=lang)
    assert (ev.metric, ev.value) == ("orders", value), ev


def test_a_market_sold_out_of_cars_is_no_order_count() -> None:
    (ev,) = extract_events(
        "Dealers sold out of SU7s in some cities after Xiaomi delivered 40,000 in July.",
        published=PUB,
        language="en",
    )
    assert (ev.metric, ev.value) == ("deliveries", 40000), ev
