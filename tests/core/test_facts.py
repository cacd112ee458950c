"""The grouping of metric events into facts, on hand-made events: restated, rounded, revised,
target against actual, two periods, another subject, windows and open periods."""

import datetime as dt
import functools
import itertools
from typing import Any

import pytest

from pipelines.core import facts as facts_module
from pipelines.core.facts import (
    FactEvent,
    agree,
    calendar_kind,
    fact_key,
    facts_from_events,
    rate_scope,
    rate_unit,
    rounding_unit,
    window_duration,
)

_ids = itertools.count()
OCT = (dt.date(2024, 10, 1), dt.date(2024, 10, 31))


def ev(value: float, **kw: Any) -> FactEvent:
    n = next(_ids)
    base: dict[str, Any] = {
        "event_id": f"e{n}",
        "article_id": kw.pop("article", f"a{n}"),
        "subject": "Xiaomi SU7",
        "metric": "deliveries",
        "value": float(value),
        "unit": "vehicles",
        "status": "actual",
        "qualifier": "exact",
        "period_kind": "none",
        "source_domain": kw.pop("site", f"site{n}.example"),
        "url": f"http://site{n}.example/a",
        "language": "en",
        "published_at": dt.datetime(2024, 11, 1, tzinfo=dt.UTC) + dt.timedelta(hours=n),
    }
    base.update(kw)
    return FactEvent(**base)


def month(value: float, **kw: Any) -> FactEvent:
    return ev(value, period_kind="month", period_start=OCT[0], period_end=OCT[1], **kw)


def one(events: list[FactEvent]) -> Any:
    facts = facts_from_events(events)
    assert len(facts) == 1, [(f.value, f.values_seen) for f in facts]
    return facts[0]


def test_more_than_and_exact_for_october_are_one_fact() -> None:
    fact = one([month(20000, qualifier="more_than"), month(20012), month(20000, language="zh")])
    assert fact.value == 20012 and fact.qualifier == "exact" and not fact.revised
    assert [(v.value, v.n) for v in fact.values_seen] == [(20000, 2), (20012, 1)]
    assert fact.n_articles == 3 and fact.n_outlets == 3 and fact.languages == ("en", "zh")
    assert fact.period_kind == "month" and fact.period_start == OCT[0]


def test_rounded_restatements_join_the_exact_figure() -> None:
    locked = {"metric": "locked_orders", "unit": "orders"}
    fact = one([ev(75723, **locked), ev(75700, **locked), ev(75700, language="zh", **locked)])
    assert fact.value == 75723 and not fact.revised
    window = {"metric": "locked_orders", "unit": "orders", "period_text": "within 1 hour"}
    fact = one(
        [
            ev(289000, **window),
            ev(290000, qualifier="up_to", **{**window, "period_text": "in the first hour"}),
            ev(289000, language="zh", **{**window, "period_text": "1小时内"}),
        ]
    )
    assert fact.value == 289000 and fact.period_kind == "window"


def test_monthly_figure_bound_then_exact_then_corrected_is_one_revised_fact() -> None:
    first = month(40000, qualifier="more_than")
    exact = month(40123)
    corrected = month(40356)
    fact = one([corrected, first, exact])
    assert fact.revised
    assert fact.value == 40356  # the latest stated
    assert fact.first_url == first.url


def test_target_and_actual_are_never_merged() -> None:
    facts = facts_from_events([month(20000), month(20000, status="target")])
    assert sorted(f.status for f in facts) == ["actual", "target"]


def test_two_periods_never_merge() -> None:
    sept = ev(20000, period_start=dt.date(2024, 9, 1), period_end=dt.date(2024, 9, 30))
    assert len(facts_from_events([month(20000), sept])) == 2


def test_another_subject_unit_or_currency_never_merges() -> None:
    events = [
        month(20000),
        month(20000, subject="Xiaomi YU7"),
        month(20000, metric="production"),
        ev(10e9, metric="investment", unit="CNY"),
        ev(10e9, metric="investment", unit="USD"),
    ]
    assert len(facts_from_events(events)) == 5


def test_raised_target_is_one_revised_fact() -> None:
    year = {"status": "target", "metric": "delivery_target"}
    y2024 = {"period_start": dt.date(2024, 1, 1), "period_end": dt.date(2024, 12, 31)}
    fact = one([ev(100000, **year, **y2024), ev(120000, **year, **y2024)])
    assert fact.revised and fact.value == 120000 and fact.period_kind == "year"


def test_plans_of_another_order_and_loose_bounds_stay_apart() -> None:
    year = {"status": "target", "metric": "delivery_target"}
    y2025 = {"period_start": dt.date(2025, 1, 1), "period_end": dt.date(2025, 12, 31)}
    facts = facts_from_events([ev(350000, **year, **y2025), ev(10000, **year, **y2025)])
    assert len(facts) == 2 and not any(f.revised for f in facts)
    # "more than 10,000" beside an exact 20,726 for the same month is not the same statement
    assert len(facts_from_events([month(20726), month(10000, qualifier="more_than")])) == 2


def test_actual_figures_too_far_apart_for_a_correction_stay_apart() -> None:
    """Car revenue 20.6 and 21.3 billion for one quarter are two scopes, not a revision."""
    q2 = {"metric": "revenue", "unit": "CNY"}
    q2 |= {"period_start": dt.date(2025, 4, 1), "period_end": dt.date(2025, 6, 30)}
    facts = facts_from_events([ev(20.6e9, **q2), ev(21.3e9, **q2)])
    assert len(facts) == 2 and not any(f.revised for f in facts)


def test_open_periods_are_conservative() -> None:
    price = {"metric": "price", "unit": "CNY"}
    # two trims' prices, a range "between" two prices and a close but different figure:
    # four facts (a range that starts at a price is that price: see the range test)
    events = [
        ev(215900, **price),
        ev(299900, **price),
        ev(215900, value_max=299900, qualifier="exact", **price),
        ev(298000, **price),  # (299,000 would be 299,900 cut: "29.9万")
    ]
    assert len(facts_from_events(events)) == 4
    # orders within 3 minutes and within 18 hours of a launch are two facts
    orders = {"metric": "orders", "unit": "orders"}
    facts = facts_from_events(
        [
            ev(200000, period_text="within 3 minutes", **orders),
            ev(240000, period_text="in the first 18 hours", **orders),
            ev(200000, period_text="3分钟", **orders),
        ]
    )
    assert sorted(f.n_articles for f in facts) == [1, 2]


def test_cumulative_totals_far_apart_in_time_stay_apart() -> None:
    cum = {"period_kind": "cumulative"}
    a = ev(100000, as_of=dt.date(2024, 11, 18), **cum)
    b = ev(100000, as_of=dt.date(2024, 11, 20), **cum)
    c = ev(100000, as_of=dt.date(2025, 6, 1), **cum)
    facts = facts_from_events([a, b, c])
    assert sorted(f.n_articles for f in facts) == [1, 2]
    assert len({f.fact_id for f in facts}) == 2


def test_fact_ids_are_deterministic_and_order_free() -> None:
    events = [month(20000, qualifier="more_than"), month(20012), ev(75723), ev(75700)]
    first = facts_from_events(events)
    again = facts_from_events(list(reversed(events)))
    assert [f.as_row() for f in first] == [f.as_row() for f in again]


def test_period_kind_is_taken_from_the_dates_when_the_event_says_none() -> None:
    assert fact_key(month(1)).period_kind == "month"
    assert fact_key(ev(1, period_start=OCT[0], period_end=OCT[1])).period_kind == "month"
    assert calendar_kind(dt.date(2025, 7, 1), dt.date(2025, 9, 30)) == "quarter"
    assert calendar_kind(dt.date(2025, 1, 1), dt.date(2025, 6, 30)) == "half_year"
    assert calendar_kind(dt.date(2025, 1, 1), dt.date(2025, 12, 31)) == "year"
    assert calendar_kind(dt.date(2025, 1, 5), dt.date(2025, 2, 3)) == "span"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("within 1 hour of launch", "60m"),
        ("in the first hour", "60m"),
        ("60 minutes", "60m"),
        ("1小时内", "60m"),
        ("27分钟", "27m"),
        ("in 24 hours", "1440m"),
        ("launch price", None),
        (None, None),
    ],
)
def test_window_duration(text: str | None, key: str | None) -> None:
    assert window_duration(text) == key


def test_rate_unit() -> None:
    assert rate_unit("150,000 a year") == rate_unit("annual") == rate_unit("每年") == "year"
    assert rate_unit("per month (2024)") == "month"
    # a slash right after the unit noun: "150.000 xe/năm", "10 000 Autos/Monat"
    assert rate_unit("xe/năm") == rate_unit("/Jahr") == rate_unit("/year") == "year"
    assert rate_unit("Autos/Monat") == "month"
    # Japanese writes 産 where Chinese writes 产/產: 年産 is 年产
    assert rate_unit("年産") == rate_unit("年产") == "year"
    assert rate_unit("月産2万台") == "month"


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (ev(75700), ev(75723), True),
        (ev(289000), ev(290000, qualifier="about"), True),
        (ev(289000), ev(300000), True),  # "300,000" is 289,000 rounded hard
        (ev(240000), ev(200000), False),
        (ev(20012), ev(20000, qualifier="more_than"), True),
        (ev(26000), ev(20000, qualifier="more_than"), False),
        (ev(29.0, unit="percent"), ev(30.0, unit="percent"), False),
        (ev(29.6, unit="percent"), ev(30.0, unit="percent"), True),
        (ev(215900), ev(215900, value_max=299900), False),
        (ev(215900), ev(215900, value_max=299900, qualifier="at_least"), True),
        (ev(216000), ev(215900, value_max=299900, qualifier="at_least"), False),
        (ev(299900), ev(215900, value_max=299900, qualifier="at_least"), False),
    ],
)
def test_agree(a: FactEvent, b: FactEvent, same: bool) -> None:
    assert agree(a, b) is same and agree(b, a) is same


PRICE = {"metric": "price", "unit": "CNY"}


@pytest.mark.parametrize(
    ("stated", "price", "same"),
    [
        (299000, 299900, True),  # "29.9万" for 299,900: the nines cut, not rounded
        (529000, 529900, True),
        (29900, 29990, True),  # "$29.9k"
        (290000, 299900, False),  # "29万" is another price: fewer than three figures
        (215000, 215900, False),  # 215,900 is no price just under a round figure
        (298000, 298900, False),
    ],
)
def test_a_price_just_under_a_round_figure_is_stated_cut(
    stated: float, price: float, same: bool
) -> None:
    a, b = ev(stated, **PRICE), ev(price, **PRICE)
    assert agree(a, b) is same and agree(b, a) is same
    # deliveries are never cut: 299,000 is not 299,900
    assert not agree(ev(stated), ev(price)) or stated == price


def test_rounding_unit() -> None:
    assert [rounding_unit(v) for v in (75700, 289000, 75723, 8.5, 0)] == [100, 1000, 1, 0.1, 1]


# --- one figure under two names; periods stated two ways; lengths in other languages --------

Y2024 = {"period_start": dt.date(2024, 1, 1), "period_end": dt.date(2024, 12, 31)}
Y2025 = {"period_start": dt.date(2025, 1, 1), "period_end": dt.date(2025, 12, 31)}
OCT25 = {"period_start": dt.date(2025, 10, 1), "period_end": dt.date(2025, 10, 31)}


def test_company_figure_is_the_su7_figure_while_the_su7_was_the_only_car() -> None:
    """Xiaomi Auto's October 2024 deliveries are the SU7's: one fact named by the SU7."""
    fact = one([month(20000, subject="Xiaomi Auto", qualifier="more_than"), month(20012)])
    assert fact.subject == "Xiaomi SU7" and fact.value == 20012 and fact.n_articles == 2
    assert fact.subject_aliases == ("Xiaomi Auto",)
    # a target for 2024 stated either way is one plan
    plan = {"metric": "delivery_target", "status": "target", **Y2024}
    fact = one([ev(120000, subject="Xiaomi Auto", **plan), ev(120000, **plan)])
    assert fact.subject == "Xiaomi SU7"


def test_company_figure_that_can_include_another_model_keeps_its_subject() -> None:
    pairs = [
        (Y2025, {}),  # 2025 includes the YU7
        (OCT25, {}),
        ({"period_start": dt.date(2025, 4, 1), "period_end": dt.date(2025, 6, 30)}, {}),
        # a metric the era rule does not name: car revenue is the segment's, not the SU7's
        (Y2024, {"metric": "revenue", "unit": "CNY"}),
    ]
    for period, extra in pairs:
        facts = facts_from_events(
            [ev(410000, subject="Xiaomi Auto", **period, **extra), ev(410000, **period, **extra)]
        )
        assert sorted(f.subject for f in facts) == ["Xiaomi Auto", "Xiaomi SU7"], period
        assert all(f.subject_aliases == () for f in facts)


def test_era_of_an_undated_figure_comes_from_its_text_or_its_article() -> None:
    cum = {"period_kind": "cumulative", "published_at": None}
    # no date at all: unknown era, so the company's name stays
    assert fact_key(ev(100000, subject="Xiaomi Auto", **cum)).subject == "Xiaomi Auto"
    said = ev(100000, subject="Xiaomi Auto", period_text="by mid-November 2024", **cum)
    assert fact_key(said).subject == "Xiaomi SU7"
    published = dt.datetime(2024, 11, 20, tzinfo=dt.UTC)
    actual = ev(100000, subject="Xiaomi Auto", period_kind="cumulative", published_at=published)
    assert fact_key(actual).subject == "Xiaomi SU7"
    # a target stated in 2024 for a later, undated horizon: publication bounds no target
    plan = ev(
        550000, subject="Xiaomi Auto", metric="delivery_target", status="target",
        period_kind="window", period_text="over the next year", published_at=published,
    )  # fmt: skip
    assert fact_key(plan).subject == "Xiaomi Auto"


def test_eras_and_series_come_from_the_data_file(monkeypatch: pytest.MonkeyPatch) -> None:
    raw = {
        "subject_eras": [
            {"subject": "Acme", "same_as": "Acme One", "until": "2023-12-31", "metrics": ["sales"]}
        ],
        "series_starts": [{"subject": "Acme One", "metrics": ["sales"], "start": "2023-02-01"}],
    }
    monkeypatch.setattr(facts_module, "facts_data", lambda: facts_module.parse_data(raw))
    sales = {"metric": "sales", "unit": "cars"}
    jan = {"period_start": dt.date(2023, 1, 1), "period_end": dt.date(2023, 1, 31)}
    assert fact_key(ev(5, subject="Acme", **jan, **sales)).subject == "Acme One"
    assert fact_key(ev(5, subject="Acme", **OCT25, **sales)).subject == "Acme"
    oct24 = {"period_start": OCT[0], "period_end": OCT[1]}
    assert fact_key(ev(5, subject="Xiaomi Auto", **oct24, **sales)).subject == "Xiaomi Auto"
    total = ev(9, subject="Acme", period_kind="cumulative", as_of=dt.date(2023, 12, 31), **sales)
    assert fact_key(total).period_kind == "year"
    with pytest.raises(ValueError, match="subject_eras"):
        facts_module.parse_data({"subject_eras": [{"subject": "Acme"}]})
    with pytest.raises(ValueError, match="series_starts"):
        facts_module.parse_data({"series_starts": [{"subject": "A", "metrics": [], "start": "x"}]})


def test_running_total_to_the_end_of_its_first_year_is_that_year() -> None:
    """SU7 deliveries began in April 2024: "over 135,000 to the end of 2024" is 2024's."""
    cum = {"period_kind": "cumulative", "qualifier": "more_than"}
    fact = one(
        [
            ev(136854, **Y2024),
            ev(135000, as_of=dt.date(2024, 12, 31), **cum),
            ev(135000, period_text="cumulative to the end of 2024", **cum),
        ]
    )
    assert fact.period_kind == "year" and fact.value == 136854
    # Xiaomi Auto's deliveries to the end of 2025 began before 2025: not the 2025 figure
    later = {"subject": "Xiaomi Auto", "period_kind": "cumulative", "as_of": dt.date(2025, 12, 31)}
    facts = facts_from_events([ev(546000, **later), ev(410000, subject="Xiaomi Auto", **Y2025)])
    assert sorted(f.period_kind for f in facts) == ["cumulative", "year"]


def test_a_window_with_no_length_is_a_running_total() -> None:
    """ "In the first days after launch" has no length: a total since launch, at its date."""
    orders = {"metric": "locked_orders", "unit": "orders", "qualifier": "more_than"}
    day = dt.datetime(2024, 4, 4, tzinfo=dt.UTC)
    fact = one(
        [
            ev(40000, period_kind="window", period_text="in its first days", published_at=day,
               **orders),
            ev(40000, period_kind="cumulative", as_of=dt.date(2024, 4, 3), **orders),
        ]
    )  # fmt: skip
    assert fact.period_kind == "cumulative"


def test_running_totals_of_two_dates_are_one_only_when_they_agree_after_rounding() -> None:
    cum = {"period_kind": "cumulative", "metric": "production"}
    nov = functools.partial(lambda d, v, **kw: ev(v, as_of=dt.date(2024, 11, d), **cum, **kw))
    milestone = [nov(13, 100000), nov(18, 100000), nov(14, 100123)]
    assert len(facts_from_events(milestone)) == 1
    # a week later, 103,000 is the next point of the running total, not the milestone
    assert len(facts_from_events([*milestone, nov(20, 103000)])) == 2
    # two exact totals of two dates are two points however close
    assert len(facts_from_events([nov(13, 100123), nov(18, 100456)])) == 2
    # two bounds for one date are one total
    same_day = [nov(30, 260000, qualifier="more_than"), nov(30, 265000, qualifier="more_than")]
    assert len(facts_from_events(same_day)) == 1


def test_about_a_figure_of_a_calendar_quarter_joins_its_exact_figure() -> None:
    q2 = {"period_start": dt.date(2024, 4, 1), "period_end": dt.date(2024, 6, 30)}
    fact = one([ev(27300, **q2), ev(30000, qualifier="about", **q2)])
    assert fact.value == 27300
    assert len(facts_from_events([ev(26000, **q2), ev(30000, qualifier="about", **q2)])) == 2


def test_a_window_stated_round_is_the_exact_window() -> None:
    orders = {"metric": "orders", "unit": "orders", "period_kind": "window"}
    fact = one(
        [
            ev(50000, period_text="in 27 minutes", **orders),
            ev(50000, period_text="within half an hour", qualifier="more_than", **orders),
            ev(50000, period_text="30분 만에", **orders),
        ]
    )
    assert fact.value == 50000 and fact.n_articles == 3
    # 18 and 24 hours, or 2 and 3 minutes, are two windows even with one figure
    for a, b in (("in 18 hours", "in 24 hours"), ("in 2 minutes", "in 3 minutes")):
        facts = facts_from_events(
            [ev(240000, period_text=a, **orders), ev(240000, period_text=b, **orders)]
        )
        assert len(facts) == 2, (a, b)


def test_a_price_has_no_window() -> None:
    """A price is a level: "sold out in one minute at 215,900" does not make it a window's."""
    price = {"metric": "price", "unit": "CNY"}
    fact = one(
        [
            ev(215900, **price),
            ev(215900, period_kind="window", period_text="in one minute", **price),
            ev(215900, value_max=299900, qualifier="at_least", **price),
        ]
    )
    assert fact.value == 215900 and fact.qualifier == "exact" and fact.period_kind == "none"


def test_capacity_per_year_in_other_words_and_by_plant_phase() -> None:
    cap = {"metric": "production_capacity", "period_kind": "rate", "status": "target"}
    fact = one(
        [
            ev(300000, period_text="annual", **cap),
            ev(300000, period_text="300 000 par an", **cap),
            ev(300000, period_text="all'anno", **cap),
        ]
    )
    assert fact.period_kind == "rate"
    phases = [
        ev(150000, period_text="per year (phase 1)", **cap),
        ev(150000, period_text="a year, first phase", **cap),
        ev(150000, period_text="per year, plant II", **cap),
        ev(150000, period_text="per year each, phases one and two", **cap),
    ]
    assert sorted(f.n_articles for f in facts_from_events(phases)) == [1, 1, 2]
    assert rate_scope("二期 年产能") == "#2" and rate_scope("annual") == ""


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("24 saat içinde", "1440m"),
        ("출시 30분 만에", "30m"),
        ("1시간 이내", "60m"),
        ("dalam 15 menit", "15m"),
        ("in weniger als zehn Minuten", "10m"),
        ("over de komende tien jaar", "5.256e+06m"),
        ("二十四小时内", "1440m"),
        ("発売から24時間で", "1440m"),
        ("trong giờ đầu", "60m"),
        ("in two breathtaking minutes", "2m"),
        ("within half an hour", "30m"),
        ("more than expected", None),  # "ore" (Italian hours) is not inside "more"
        ("2024年11月", None),  # a calendar year, not 2024 years
        ("in the first days after launch", None),  # no length
    ],
)
def test_window_duration_in_other_languages(text: str, key: str | None) -> None:
    assert window_duration(text) == key


def test_a_bare_unit_makes_no_window_of_an_event_without_a_period() -> None:
    assert window_duration("this year", need_number=True) is None
    assert fact_key(ev(1, period_text="this year")).period_kind == "none"
    assert fact_key(ev(1, period_text="in the first hour")).period_kind == "window"


def test_a_price_keeps_a_calendar_period_only_when_the_event_says_one() -> None:
    """An average selling price of a quarter is the quarter's; a list price with the month it
    was stated in (kind none, dates given) is the same price as the undated one."""
    price = {"metric": "price", "unit": "CNY"}
    march = {"period_start": dt.date(2025, 3, 1), "period_end": dt.date(2025, 3, 31)}
    fact = one([ev(814900, **price), ev(814900, period_kind="none", **march, **price)])
    assert fact.period_kind == "none"
    q3 = {"period_start": dt.date(2024, 7, 1), "period_end": dt.date(2024, 9, 30)}
    asp = fact_key(ev(238650, period_kind="quarter", **q3, **price))
    assert asp.period_kind == "quarter"


def test_an_undated_running_total_restated_later_rounds_like_any_figure() -> None:
    """With no as_of, the article's date is when the total was restated, not a later point."""
    cum = {"period_kind": "cumulative", "metric": "locked_orders", "unit": "orders"}
    day = dt.datetime(2024, 4, 24, tzinfo=dt.UTC)
    later = day + dt.timedelta(days=3)
    fact = one([ev(75723, published_at=day, **cum), ev(76000, published_at=later, **cum)])
    assert fact.value == 75723


def test_instant_orders_are_a_window_no_running_total_joins() -> None:
    # "instant 200,000 pre-orders": a window too short to be stated, not the total of orders
    # since launch that another story reports weeks later
    from pipelines.core.facts import fact_key

    orders = {"metric": "orders", "unit": "orders"}
    instant = ev(200000, period_kind="window", period_text="instant", **orders)
    total = ev(200000, period_kind="cumulative", **orders)
    assert fact_key(instant).period_kind == "window"
    assert len(facts_from_events([instant, total])) == 2


def test_a_company_plan_for_this_month_told_in_the_su7_era_is_the_su7s() -> None:
    """ "by the end of this month" in a story of November 2024 ends before the second model:
    the company's target and the SU7's are one fact."""
    plan = {"metric": "delivery_target", "status": "target", "period_kind": "cumulative"}
    company = ev(100000, subject="Xiaomi Auto", period_text="this month", **plan)
    model = ev(100000, period_text="by the end of November", **plan)
    fact = one([company, model])
    assert fact.subject == "Xiaomi SU7" and fact.n_articles == 2
    # told a year later, "this month" is past the era: the company's own
    late = ev(
        100000,
        subject="Xiaomi Auto",
        period_text="this month",
        published_at=dt.datetime(2025, 11, 1, tzinfo=dt.UTC),
        **plan,
    )
    assert {f.subject for f in facts_from_events([late, model])} == {"Xiaomi Auto", "Xiaomi SU7"}
