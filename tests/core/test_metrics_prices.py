"""Prices: a list price holds with no period and belongs to a car; an average selling price is
a period's and the company's. Facts join list prices across outlets only when every outlet's
row agrees on that.

Every sentence here is written for this test (our own words, real-world figures).
"""

import datetime as dt

import pytest

from pipelines.core.metrics import extract_events


def _price(text: str, value: float, published: dt.date, language: str | None = None):
    found = [
        e for e in extract_events(text, published=published, language=language) if e.value == value
    ]
    assert found, f"no event of {value} in {text!r}"
    (ev,) = [e for e in found if e.metric == "price"]
    return ev


@pytest.mark.parametrize(
    ("text", "value", "published", "language"),
    [
        # a quarter named in another clause of the sentence is the orders' or deliveries'
        (
            "Deliveries of the SU7 Ultra began in the second quarter, and priced at 529,900 yuan it "
            "lifted Xiaomi's overall revenue per car.",
            529900,
            dt.date(2025, 8, 20),
            None,
        ),
        (
            "第二季度开始交付的SU7 Ultra,以52.99万元的售价拉高了小米的整体均价。",
            529900,
            dt.date(2025, 8, 20),
            None,
        ),
        # a month the sentence names for the launch is not the price's period
        (
            "In March 2024 Xiaomi opened orders for the SU7, priced at 215,900 yuan.",
            215900,
            dt.date(2024, 4, 2),
            None,
        ),
        (
            "Au troisième trimestre, la SU7 coûtait toujours 215 900 yuans.",
            215900,
            dt.date(2024, 11, 2),
            "fr",
        ),
    ],
)
def test_a_list_price_holds_with_no_period(
    text: str, value: float, published: dt.date, language: str | None
) -> None:
    ev = _price(text, value, published, language)
    assert ev.period_kind == "none", ev
    assert ev.period_start is None and ev.period_end is None, ev


@pytest.mark.parametrize(
    ("text", "value", "published", "language", "start"),
    [
        (
            "Xiaomi's average selling price for its cars reached 253,662 yuan in the second "
            "quarter of 2025.",
            253662,
            dt.date(2025, 8, 20),
            None,
            dt.date(2025, 4, 1),
        ),
        # the average named in the clause before, the figure in its own
        (
            "The average selling price of Xiaomi's cars climbed 11%, to 253,662 yuan in the "
            "second quarter of 2025.",
            253662,
            dt.date(2025, 8, 20),
            None,
            dt.date(2025, 4, 1),
        ),
        (
            "2025年第二季度，小米汽车的平均售价为25.4万元。",
            254000,
            dt.date(2025, 8, 20),
            None,
            dt.date(2025, 4, 1),
        ),
        (
            "Le prix moyen des voitures de Xiaomi a atteint 253 662 yuans au deuxième trimestre "
            "2025.",
            253662,
            dt.date(2025, 8, 20),
            "fr",
            dt.date(2025, 4, 1),
        ),
    ],
)
def test_an_average_price_keeps_its_period(
    text: str, value: float, published: dt.date, language: str | None, start: dt.date
) -> None:
    ev = _price(text, value, published, language)
    assert ev.period_kind == "quarter", ev
    assert ev.period_start == start, ev
    assert ev.subject == "Xiaomi Auto", ev


def test_a_list_price_beside_an_average_one_keeps_no_period() -> None:
    text = (
        "Xiaomi's average selling price was 238,650 yuan in the second quarter of 2024, "
        "and the base SU7 is still priced at 215,900 yuan."
    )
    ev = _price(text, 215900, dt.date(2024, 8, 21))
    assert ev.period_kind == "none", ev
    avg = _price(text, 238650, dt.date(2024, 8, 21))
    assert avg.period_kind == "quarter", avg


def test_a_results_article_quarter_is_not_a_list_price_period() -> None:
    text = (
        "Xiaomi reported its results for the third quarter of 2024. "
        "The SU7 Max, launched at 299,900 yuan, was the most popular version."
    )
    ev = _price(text, 299900, dt.date(2024, 11, 18))
    assert ev.period_kind == "none" and ev.period_start is None, ev


def test_the_price_of_the_new_car_is_the_model_s_not_the_company_s() -> None:
    text = (
        "Xiaomi unveiled the SU7 Ultra on Thursday. Xiaomi said the new car is the quickest "
        "four-door sedan on sale, and it costs from 529,900 yuan."
    )
    ev = _price(text, 529900, dt.date(2025, 2, 28))
    assert ev.subject == "Xiaomi SU7 Ultra", ev


def test_a_rival_named_as_what_a_price_is_compared_with_does_not_own_it() -> None:
    text = (
        "The SU7, on sale since March, is priced under $30,000, which makes it $4,000 cheaper "
        "than Tesla's Model 3 in China."
    )
    found = [
        e for e in extract_events(text, published=dt.date(2024, 11, 20)) if e.metric == "price"
    ]
    # the list price is the SU7's; the gap to the rival is no price at all
    assert [(e.subject, e.value) for e in found] == [("Xiaomi SU7", 30000)], found


@pytest.mark.parametrize(
    "text",
    [
        "小米表示，智能电动汽车的平均售价上升9%，至每辆约26万元。",
        "Xiaomi said the ASP of its cars rose 9% to about RMB 260,000.",
    ],
)
def test_an_average_price_named_by_its_abbreviation_or_carried_on_by_zhi(text: str) -> None:
    ev = _price(text, 260000, dt.date(2025, 11, 19))
    assert ev.subject == "Xiaomi Auto", ev


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The YU7 Max costs 329,900 yuan, 76,400 yuan more than the standard version.", "en"),
        ("小米YU7 Max售价32.99万元，比标准版贵7.64万元。", "zh"),
    ],
)
def test_the_gap_between_two_prices_is_no_price(text: str, lang: str) -> None:
    events = extract_events(text, published=dt.date(2025, 7, 1), language=lang)
    assert [(e.metric, e.value) for e in events] == [("price", 329900)], events


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The YU7 is priced from 253,500 yuan to 329,900 yuan.", "en"),
        ("小米YU7售价25.35万元至32.99万元。", "zh"),
    ],
)
def test_a_price_range_with_both_currencies_is_one_event(text: str, lang: str) -> None:
    (ev,) = extract_events(text, published=dt.date(2025, 7, 1), language=lang)
    assert (ev.value, ev.value_max) == (253500, 329900), ev


def test_a_price_change_from_one_level_to_another_is_no_range() -> None:
    events = extract_events(
        "Xiaomi cut the YU7's price from 253,500 yuan to 239,900 yuan.",
        published=dt.date(2025, 9, 1),
        language="en",
    )
    assert all(e.value_max is None for e in events) and {e.value for e in events} >= {239900}


# --- what a car brings in, the day an offer ends, the price after subsidies ---------------

Q3_25 = (dt.date(2025, 7, 1), dt.date(2025, 9, 30))


@pytest.mark.parametrize(
    ("text", "value", "lang"),
    [
        (
            "Xiaomi's revenue per vehicle came to about 255,000 yuan in the third quarter.",
            255000,
            "en",
        ),
        ("In Q3 Xiaomi took in roughly 255,000 yuan per car delivered.", 255000, "en"),
        ("Every car Xiaomi delivered in Q3 brought in some 255,000 yuan on average.", 255000, "en"),
        ("三季度小米汽车每辆车平均收入约25.5万元。", 255000, "zh"),
    ],
)
def test_what_each_car_brings_in_is_the_quarters_average_price(
    text: str, value: float, lang: str
) -> None:
    ev = _price(text, value, dt.date(2025, 11, 20), lang)
    assert (ev.period_start, ev.period_end) == Q3_25, ev


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Xiaomi's car unit brought in 29.3 billion yuan in the third quarter.", "en"),
        ("Xiaomi's EV arm generated about 29 billion yuan of sales in Q3.", "en"),
    ],
)
def test_money_a_business_brought_in_is_revenue(text: str, lang: str) -> None:
    events = extract_events(text, published=dt.date(2025, 11, 20), language=lang)
    assert [(e.metric, e.period_start) for e in events] == [("revenue", Q3_25[0])], events


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The SU7 is offered at a special price of 209,900 yuan until September 30.", "en"),
        ("Orders placed through the end of June get the YU7 for 249,900 yuan.", "en"),
        ("小米SU7限时优惠，9月30日前锁单售价20.99万元。", "zh"),
    ],
)
def test_the_day_an_offer_ends_dates_no_price(text: str, lang: str) -> None:
    events = [
        e
        for e in extract_events(text, published=dt.date(2025, 6, 5), language=lang)
        if e.metric == "price"
    ]
    assert [e.as_of for e in events] == [None], events


def test_a_price_cut_on_a_stated_day_keeps_that_day() -> None:
    ev = _price(
        "On August 5, Xiaomi cut the SU7's price to 199,900 yuan.", 199900, dt.date(2024, 8, 10)
    )
    assert ev.as_of == dt.date(2024, 8, 5), ev


def test_the_price_after_subsidies_is_a_price() -> None:
    events = extract_events(
        "小米SU7 Pro版叠加补贴8000元后到手价23.19万元。",
        published=dt.date(2025, 6, 5),
        language="zh",
    )
    assert [(e.metric, e.value) for e in events] == [("price", 231900)], events


def test_a_launch_price_after_a_rivals_cut() -> None:
    events = extract_events(
        "BYD trimmed Sealion 07 prices by 8,000 yuan the week Xiaomi's YU7 launched at 253,500 yuan.",
        published=dt.date(2025, 6, 30),
        language="en",
    )
    assert [(e.subject, e.metric, e.value) for e in events] == [("Xiaomi YU7", "price", 253500)], (
        events
    )
