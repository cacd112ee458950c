"""Whose figure: the group, the car business or one model. Families seen on real coverage.

Every sentence here is written for this test (our own words, real-world figures).
"""

import datetime as dt

from pipelines.core.metrics import extract_events

PUB = dt.date(2025, 8, 20)


def subject_of(text: str, value: float) -> str:
    found = {e.value: e for e in extract_events(text, published=PUB) if e.metric != "other"}
    return found[value].subject


def test_orders_named_after_the_company_are_the_launched_models() -> None:
    text = (
        "Xiaomi unveiled the YU7 SUV on Thursday. Within an hour, Xiaomi reported "
        "289,000 pre-orders for its first SUV."
    )
    assert subject_of(text, 289000) == "Xiaomi YU7"


def test_the_group_named_as_such_keeps_its_revenue() -> None:
    text = "小米集团2024年全年营收达3659亿元，智能电动汽车业务表现亮眼。"
    assert subject_of(text, 365.9e9) == "Xiaomi Group"


def test_a_segment_named_earlier_in_the_sentence_owns_the_loss() -> None:
    text = "小米集团公布财报。汽车业务毛利率升至26.4%，经营亏损收窄至3亿元。"
    assert subject_of(text, 3e8) == "Xiaomi Auto"
