"""Whose figure: the group, the car business or one model. Families seen on real coverage.

Every sentence here is written for this test (our own words, real-world figures).
"""

import datetime as dt

import pytest

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


def test_a_company_count_after_a_second_model_is_the_company_s() -> None:
    # the same exact figure stated for the SU7 and for Xiaomi's cars: in November 2025 (the
    # YU7 on sale) the count is the company's
    text = "11月20日，第50万辆小米汽车下线。小米SU7车主们见证了第50万辆车下线。"
    evs = [e for e in extract_events(text, published=dt.date(2025, 11, 21)) if e.value == 500000]
    assert [e.subject for e in evs] == ["Xiaomi Auto"]


def test_r_and_d_for_the_first_car_is_the_car_business_s() -> None:
    text = (
        "Lei Jun said: For our first car, Xiaomi's research and development expenditure has "
        "exceeded RMB 10 billion."
    )
    assert subject_of(text, 10e9) == "Xiaomi Auto"


def test_the_team_of_the_division_is_the_car_business_s() -> None:
    text = (
        "Xiaomi registered its EV unit in 2021. Lei Jun is leading the division with 300 employees."
    )
    assert subject_of(text, 300) == "Xiaomi Auto"


def test_a_company_named_in_the_clause_keeps_its_count_after_a_model_s() -> None:
    text = (
        "Xiaomi delivered more than 135,000 SU7 cars in 2024, and Xiaomi has now set a new "
        "goal for 2025, aiming for sales of 300,000 units."
    )
    found = {e.value: e for e in extract_events(text, published=dt.date(2025, 1, 10))}
    assert found[135000].subject == "Xiaomi SU7"
    assert found[300000].subject == "Xiaomi Auto"


def test_a_count_with_no_name_in_its_clause_stays_the_model_s() -> None:
    text = "The SU7's delivery target this year is 100,000, and 120,000 at best."
    found = {e.value: e for e in extract_events(text, published=dt.date(2024, 5, 10))}
    assert found[120000].subject == "Xiaomi SU7", found[120000]


@pytest.mark.parametrize(
    ("text", "language", "value", "subject"),
    [
        (
            "Xiaomi informó que los ingresos de su división de vehículos eléctricos llegaron a "
            "20,600 millones de yuanes en el segundo trimestre de 2025.",
            "es",
            20.6e9,
            "Xiaomi Auto",
        ),
        (
            "Xiaomi registró ingresos totales de 116,000 millones de yuanes en el segundo "
            "trimestre de 2025.",
            "es",
            116e9,
            "Xiaomi Group",
        ),
        (
            "Chez Xiaomi, le chiffre d'affaires de la division automobile a atteint 20,6 "
            "milliards de yuans au deuxième trimestre 2025.",
            "fr",
            20.6e9,
            "Xiaomi Auto",
        ),
        (
            "Xiaomi meldete für das zweite Quartal 2025 einen Umsatz der Autosparte von 20,6 "
            "Milliarden Yuan.",
            "de",
            20.6e9,
            "Xiaomi Auto",
        ),
    ],
)
def test_the_car_business_and_the_group_total_are_named_in_each_language(
    text: str, language: str, value: float, subject: str
) -> None:
    found = [
        e
        for e in extract_events(text, published=dt.date(2025, 8, 28), language=language)
        if e.metric == "revenue" and abs(e.value - value) < 1
    ]
    assert found and found[0].subject == subject, found


def test_a_model_named_as_a_point_in_time_owns_no_figure() -> None:
    text = (
        "Xiaomi delivered 410,000 cars in 2025, with its 500,000th car rolling off the line in "
        "under 20 months since the SU7 launch."
    )
    found = {e.value: e for e in extract_events(text, published=dt.date(2026, 1, 5))}
    assert found[410000].subject == "Xiaomi Auto", found[410000]
    milestone = found[500000]
    assert milestone.subject == "Xiaomi Auto", milestone
    # a mark of the running total, not 2025's production
    assert (milestone.period_kind, milestone.period_start) == ("cumulative", None), milestone
