"""Chinese families: people who ordered, a threshold with its exact figure, segment money,
two order metrics of the same size, a task as a target.

Every sentence here is written for this test (our own words, real-world figures).
"""

import datetime as dt

import pytest

from pipelines.core.metrics import extract_events

PUB = dt.date(2025, 3, 20)


def found(text: str) -> list[tuple[str, float]]:
    return [(e.metric, e.value) for e in extract_events(text, published=PUB) if e.metric != "other"]


def test_people_who_placed_orders_are_orders() -> None:
    assert found("小米YU7开售三天，已有超过12万人大定。") == [("orders", 120000)]


def test_a_threshold_with_the_exact_figure_is_one_event() -> None:
    assert found("小米集团单季营收首次破千亿元，达人民币1090亿元。") == [("revenue", 109e9)]


def test_phone_money_named_a_clause_earlier_is_not_the_car_business() -> None:
    text = "小米集团公布财报，智能手机业务，上季收入459亿元；智能电动汽车业务收入283亿元。"
    assert found(text) == [("revenue", 28.3e9)]


def test_locked_orders_and_window_orders_of_the_same_size_are_two() -> None:
    text = "小米SU7 Ultra上市2小时内订单破万。截至3月2日，锁单量达1万台。"
    assert sorted(found(text)) == [("locked_orders", 10000), ("orders", 10000)]


def test_a_task_is_a_target() -> None:
    (ev,) = [e for e in extract_events("雷军说，小米汽车今年的全年任务是30万辆。", published=PUB)]
    assert (ev.metric, ev.status) == ("delivery_target", "target")


def test_a_price_cut_is_not_a_price() -> None:
    text = "小米SU7 Ultra定价52.99万元，较预售价81.49万元直降28.5万元。"
    assert sorted(v for _, v in found(text)) == [529900, 814900]


def test_a_price_band_is_not_a_count() -> None:
    text = "小米SU7 10月销量为20726辆，在20万以上轿车销量榜中排名第一。"
    assert found(text) == [("deliveries", 20726)]


def test_home_appliances_are_not_cars() -> None:
    assert found("小米武汉智能家电工厂投产，规划年产能700万台空调。") == []


def test_weeks_by_their_days_are_separate_from_a_launch_window() -> None:
    text = (
        "小米SU7 Ultra上市2小时内订单破万。据统计，小米汽车2月3日-9日周订单1万台，"
        "4月7日-13日周订单1万台。"
    )
    evs = [e for e in extract_events(text, published=dt.date(2025, 4, 20)) if e.metric == "orders"]
    assert sorted((e.period_kind, str(e.period_start)) for e in evs) == [
        ("week", "2025-02-03"),
        ("week", "2025-04-07"),
        ("window", "None"),
    ]


def test_a_list_of_weeks_keeps_its_metric() -> None:
    text = "据统计，小米汽车2月3日-9日周订单1万台，3月10日-16日达到峰值2.3万台。"
    assert sorted(found(text)) == [("orders", 10000), ("orders", 23000)]


@pytest.mark.parametrize(
    ("text", "metric", "value", "qualifier"),
    [
        ("3万辆！小米汽车8月交付再创新高", "deliveries", 30000, "exact"),
        ("超3万！小米汽车8月交付量再破纪录", "deliveries", 30000, "more_than"),
        ("小米汽车8月交付量环比增长两成，达到3万辆以上。", "deliveries", 30000, "more_than"),
        ("小米汽车8月交付再创新高，突破3万辆。", "deliveries", 30000, "more_than"),
        ("小米汽车二季度营收206亿", "revenue", 2.06e10, "exact"),
    ],
)
def test_headline_and_predicate_shapes(
    text: str, metric: str, value: float, qualifier: str
) -> None:
    events = [e for e in extract_events(text, published=dt.date(2025, 9, 2), language="zh")]
    assert [(e.metric, e.value, e.qualifier) for e in events] == [(metric, value, qualifier)]
    assert events[0].subject == "Xiaomi Auto" and events[0].period_start is not None


def test_a_short_shout_without_a_figure_stays_its_own_sentence() -> None:
    events = extract_events("太强了！小米汽车8月交付3万辆。", published=dt.date(2025, 9, 2))
    assert [(e.value, e.period_start) for e in events] == [(30000, dt.date(2025, 8, 1))]


def test_a_bracket_after_a_figure_tells_of_another() -> None:
    events = extract_events(
        "小米汽车第二季度交付8.13万辆（一季度为7.59万辆）。", published=dt.date(2025, 8, 1)
    )
    assert [(e.value, e.period_start) for e in events] == [
        (81300, dt.date(2025, 4, 1)),
        (75900, dt.date(2025, 1, 1)),
    ], events


def test_the_same_figure_again_for_the_next_month() -> None:
    events = extract_events(
        "小米汽车8月交付3万辆，9月继续超过3万辆。", published=dt.date(2025, 10, 2)
    )
    assert [(e.value, e.qualifier, e.period_start) for e in events] == [
        (30000, "exact", dt.date(2025, 8, 1)),
        (30000, "more_than", dt.date(2025, 9, 1)),
    ], events


def test_a_weekly_figure_held_week_after_week_is_a_pace() -> None:
    (ev,) = extract_events("小米汽车周交付量连续四周超过8000辆。", published=dt.date(2025, 11, 3))
    assert (ev.value, ev.period_kind) == (8000, "rate"), ev


def test_a_named_months_figure_held_for_months_stays_that_months() -> None:
    (ev,) = extract_events("小米汽车9月交付量连续两个月超过3万辆。", published=dt.date(2025, 10, 3))
    assert (ev.period_kind, ev.period_start) == ("month", dt.date(2025, 9, 1)), ev


def test_a_named_months_single_month_figure_stays_that_months() -> None:
    """Bug (caught on the devset while writing the weekly pace): 单月…连续 after a named month
    was read as a pace."""
    (ev,) = extract_events(
        "小米汽车2025年9月单月交付量连续突破3万台。", published=dt.date(2025, 10, 3)
    )
    assert (ev.period_kind, ev.period_start) == ("month", dt.date(2025, 9, 1)), ev
