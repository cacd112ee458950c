"""period_kind of whole events: the families that mix monthly, running and yearly figures.

Every sentence here is written for this test (our own words, real-world figures).
"""

import datetime as dt

import pytest

from pipelines.core.metrics import extract_events

PUB = dt.date(2025, 6, 10)


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        # paces: the number then "monthly"/"daily", or an average per day
        ("The Yizhuang plant now produces about 24,000 Xiaomi cars monthly.", 24000, "rate"),
        ("Xiaomi has been delivering an average of 840 SU7s daily this year.", 840, "rate"),
        ("Xiaomi delivers some 650 cars to buyers every single day.", 650, "rate"),
        # a month's own figure passing a round number is the month's
        ("Xiaomi's September deliveries topped the 40,000-unit mark.", 40000, "month"),
        ("小米汽车9月单月交付量突破4万辆大关。", 40000, "month"),
        # milestones of the running total
        ("It took Xiaomi seven months to deliver its first 100,000 SU7s.", 100000, "cumulative"),
        ("小米汽车生产10万台只用了230天。", 100000, "cumulative"),
        # present perfect with no period: a running total
        ("Xiaomi's car deliveries have exceeded 258,000 units.", 258000, "cumulative"),
        ("截至目前，小米汽车交付量已超过13.5万辆。", 135000, "cumulative"),
        # a full year's total stays a year, a part of a year runs
        ("2024年小米汽车全年累计交付13.7万辆。", 137000, "year"),
        ("2025年前三季度小米汽车累计交付超26万辆。", 260000, "cumulative"),
        # orders stated with no window: the count since orders opened
        ("Xiaomi has taken 100,000 orders for the SU7 so far.", 100000, "cumulative"),
        ("Xiaomi a reçu 40 000 commandes fermes pour la SU7.", 40000, "cumulative"),
        ("小米SU7锁单量达4万台。", 40000, "cumulative"),
        # a target for the year, reached in a month
        ("小米预计11月提前完成全年10万辆交付目标。", 100000, "year"),
        # "by mid-November": a running total at part of a month
        ("Xiaomi built a cumulative 100,000 cars by mid-November.", 100000, "cumulative"),
    ],
)
def test_event_kind(text: str, value: float, kind: str) -> None:
    found = {e.value: e for e in extract_events(text, published=PUB) if e.metric != "other"}
    assert found[value].period_kind == kind, found[value]


def test_a_monthly_adjective_is_still_a_month() -> None:
    text = "Monthly deliveries of the SU7 passed 20,000 units in October."
    (ev,) = [e for e in extract_events(text, published=dt.date(2024, 11, 2)) if e.value == 20000]
    assert ev.period_kind == "month"


def test_the_first_quarters_of_the_year_are_a_running_total_to_their_end() -> None:
    text = "Total deliveries of Xiaomi cars for the first three quarters of the year surpassed 260,000 units."
    (ev,) = [e for e in extract_events(text, published=dt.date(2025, 11, 20)) if e.value == 260000]
    assert (ev.period_kind, ev.period_start, ev.as_of) == (
        "cumulative",
        dt.date(2025, 1, 1),
        dt.date(2025, 9, 30),
    )


def test_first_ten_months_in_chinese() -> None:
    (ev,) = extract_events("小米汽车前10个月累计交付超过30万辆。", published=dt.date(2025, 11, 3))
    assert (ev.period_start, ev.period_end) == (dt.date(2025, 1, 1), dt.date(2025, 10, 31))


def test_hangul_sentences_split_at_a_full_stop() -> None:
    from pipelines.core.metrics.extract import split_sentences

    text = "샤오미는 출시 27분 만에 5만대를 팔았다. 샤오미는 이후 24시간 만에 8만8898대를 팔았다."
    assert [s.text for s in split_sentences(text, "ko")] == [
        "샤오미는 출시 27분 만에 5만대를 팔았다.",
        "샤오미는 이후 24시간 만에 8만8898대를 팔았다.",
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Số liệu bán xe tháng 7 tại Trung Quốc đã được công bố. Xiaomi đã bàn giao 6.042 "
            "chiếc YU7 và bàn giao 24.410 chiếc SU7.",
            "vi",
        ),
        (
            "The sales figures for July 2025 came out today. Xiaomi delivered 6,042 YU7s and "
            "24,410 SU7s.",
            "en",
        ),
    ],
)
def test_a_month_named_by_the_sentence_before_with_no_figure_is_the_figures_month(
    text: str, language: str
) -> None:
    events = [e for e in extract_events(text, published=dt.date(2025, 8, 2), language=language)]
    found = {e.value: e for e in events if e.metric == "deliveries"}
    for value in (6042, 24410):
        assert found[value].period_kind == "month", found[value]
        assert found[value].period_start == dt.date(2025, 7, 1), found[value]


def test_a_month_two_sentences_back_is_not_carried() -> None:
    text = (
        "The sales figures for July 2025 came out today. Xiaomi said nothing about them. "
        "Xiaomi delivered 6,042 YU7s."
    )
    (ev,) = [e for e in extract_events(text, published=dt.date(2025, 8, 2)) if e.value == 6042]
    assert ev.period_start != dt.date(2025, 7, 1), ev


def test_a_capacity_with_its_unit_is_that_unit_s_pace() -> None:
    text = "据报道，小米汽车已要求供应商把产能提高到月产1万辆。"
    (ev,) = [e for e in extract_events(text, published=dt.date(2024, 4, 10)) if e.value == 10000]
    assert ev.period_kind == "rate" and ev.period_text == "月产", ev


def test_a_headcount_named_with_a_month_has_no_period() -> None:
    text = "In September 2021 Xiaomi's new car unit had about 300 employees."
    (ev,) = [e for e in extract_events(text, published=dt.date(2024, 4, 10)) if e.value == 300]
    assert ev.metric == "headcount", ev
    assert ev.period_kind == "none" and ev.period_start is None, ev


@pytest.mark.parametrize(
    ("text", "language", "value", "window"),
    [
        (
            "Xiaomi YU7 için ilk üç dakikada 200.000 sipariş alındı, 18 saat içinde ise sipariş "
            "sayısı 240.000'i geçti.",
            "tr",
            200000,
            "ilk üç dakikada",
        ),
        (
            "샤오미는 SU7 출시 27분 만에 5만대의 주문을 받았고, 24시간 만에 8만8898대의 주문을 받았다.",
            "ko",
            50000,
            "출시 27분 만에",
        ),
    ],
)
def test_the_window_right_before_a_figure_wins_over_the_next_clause_s(
    text: str, language: str, value: float, window: str
) -> None:
    found = {
        e.value: e
        for e in extract_events(text, published=dt.date(2025, 6, 28), language=language)
        if e.metric == "orders"
    }
    assert found[value].period_text == window, found[value]


def test_a_car_rolling_off_the_line_is_production() -> None:
    text = "Xiaomi saw its 500,000th car rolling off the line at its Beijing plant."
    (ev,) = [e for e in extract_events(text, published=dt.date(2025, 9, 2)) if e.value == 500000]
    assert (ev.metric, ev.period_kind) == ("production", "cumulative"), ev


@pytest.mark.parametrize(
    ("text", "published", "as_of"),
    [
        # passed in a month named: the running total holds at that month's end
        (
            "In October, Xiaomi marked a milestone as its 400,000th car left the assembly line.",
            dt.date(2025, 12, 20),
            dt.date(2025, 10, 31),
        ),
        (
            "Xiaomi's 200,000th car came off the line in March.",
            dt.date(2025, 5, 2),
            dt.date(2025, 3, 31),
        ),
        # ... or at the day of writing, when that is within the month
        (
            "Xiaomi's 200,000th car came off the line in March.",
            dt.date(2025, 3, 19),
            dt.date(2025, 3, 19),
        ),
        # a milestone still to come holds at no day yet
        (
            "Xiaomi expects its 500,000th car to come off the line in December.",
            dt.date(2025, 10, 1),
            None,
        ),
        # a day named is that day
        (
            "Xiaomi's 200,000th car came off the line on March 18.",
            dt.date(2025, 5, 2),
            dt.date(2025, 3, 18),
        ),
    ],
)
def test_a_milestone_passed_in_a_month_holds_at_its_end(
    text: str, published: dt.date, as_of: dt.date
) -> None:
    (ev,) = extract_events(text, published=published)
    assert (ev.period_kind, ev.period_start, ev.as_of) == ("cumulative", None, as_of), ev


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("Nhà máy của Xiaomi có công suất thiết kế 150.000 xe/năm.", "vi", 150000),
        ("Xiaomi's plant has a capacity of 150,000 units/year.", "en", 150000),
    ],
)
def test_a_slash_before_a_time_word_is_a_rate_not_a_fraction(
    text: str, language: str, value: float
) -> None:
    found = {
        e.value: e for e in extract_events(text, published=dt.date(2025, 8, 2), language=language)
    }
    assert found[value].metric == "production_capacity", found[value]
    assert found[value].period_kind == "rate", found[value]


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("In the summer, monthly sales of the Xiaomi SU7 exceeded 13,000.", "en", 13000),
        ("Xiaomi has reached a monthly delivery volume above 20,000 units.", "en", 20000),
        ("小米汽车月交付量已超过2万辆。", "zh", 20000),
        ("Die monatlichen Auslieferungen von Xiaomi liegen bei über 20.000 Autos.", "de", 20000),
    ],
)
def test_a_flow_named_as_so_much_a_month_is_a_pace(text: str, language: str, value: float) -> None:
    found = {
        e.value: e
        for e in extract_events(text, published=dt.date(2024, 11, 2), language=language)
        if e.metric == "deliveries"
    }
    assert found[value].period_kind == "rate", found[value]


def test_a_monthly_figure_of_a_named_month_stays_that_month_s() -> None:
    (ev,) = [
        e
        for e in extract_events("小米汽车10月交付量超过2万辆。", published=dt.date(2024, 11, 2))
        if e.value == 20000
    ]
    assert (ev.period_kind, ev.period_start) == ("month", dt.date(2024, 10, 1)), ev


def test_units_booked_with_a_down_payment_are_orders() -> None:
    text = "Within 27 minutes, 50,000 Xiaomi SU7 units were booked with a down payment."
    (ev,) = [e for e in extract_events(text, published=dt.date(2024, 3, 29)) if e.value == 50000]
    assert (ev.metric, ev.period_kind) == ("orders", "window"), ev


def test_it_took_n_minutes_is_a_window() -> None:
    text = "It took Xiaomi just 27 minutes to collect 50,000 orders for the SU7."
    (ev,) = [e for e in extract_events(text, published=dt.date(2024, 3, 29)) if e.value == 50000]
    assert ev.period_kind == "window", ev


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The Xiaomi plant has an annual capacity of 150,000 cars and opened on June 12, 2023.",
        ),
        ("ja", "シャオミの工場は年産15万台で、建屋は2023年6月12日に完成した。"),
        (
            "es",
            "La fábrica de Xiaomi tiene una capacidad anual de 150.000 coches y abrió el 12 de junio de 2023.",
        ),
        (
            "de",
            "Die Xiaomi-Fabrik hat eine Jahreskapazität von 150.000 Autos und ging am 12. Juni 2023 in Betrieb.",
        ),
        (
            "pl",
            "Fabryka Xiaomi ma roczną zdolność produkcyjną 150 000 aut i ruszyła 12 czerwca 2023 roku.",
        ),
    ],
)
def test_a_capacity_is_a_rate_whatever_day_the_sentence_names(lang: str, text: str) -> None:
    # the day the plant opened is not the capacity's period: the rate word before it is
    (ev,) = [e for e in extract_events(text, published=dt.date(2024, 6, 20), language=lang)]
    assert (ev.metric, ev.value, ev.period_kind) == ("production_capacity", 150_000, "rate")
    assert ev.as_of is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Xiaomi passed the 100,000-delivery mark in November 2024, 230 days after launch."),
        ("fr", "Xiaomi a franchi le cap des 100 000 voitures livrées en novembre 2024."),
        ("es", "Xiaomi superó la marca de las 100.000 entregas en noviembre de 2024."),
        ("de", "Xiaomi überschritt im November 2024 die Marke von 100.000 ausgelieferten Autos."),
        ("it", "Xiaomi ha raggiunto il traguardo delle 100.000 consegne a novembre 2024."),
        ("pl", "Xiaomi przekroczyło próg 100 000 dostarczonych aut w listopadzie 2024 roku."),
    ],
)
def test_a_mark_passed_is_the_running_total_not_the_months(lang: str, text: str) -> None:
    (ev,) = [e for e in extract_events(text, published=dt.date(2024, 12, 20), language=lang)]
    assert (ev.metric, ev.value, ev.period_kind) == ("deliveries", 100_000, "cumulative")
    assert ev.period_start is None


def test_a_mark_word_beyond_another_figure_is_not_its() -> None:
    text = "Xiaomi delivered 20,000 cars in October, and the SU7 hit a milestone."
    (ev,) = extract_events(text, published=dt.date(2024, 11, 20), language="en")
    assert (ev.period_kind, ev.period_start) == ("month", dt.date(2024, 10, 1))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Für den SU7 Ultra gingen binnen 2 Stunden 10.000 Bestellungen ein."),
        ("pt", "O SU7 Ultra recebeu 10 mil encomendas nas primeiras 2 horas."),
        ("it", "La SU7 Ultra ha raccolto 10.000 ordini nelle prime due ore."),
        ("nl", "De SU7 Ultra kreeg in de eerste 2 uur 10.000 bestellingen."),
        ("pl", "SU7 Ultra zebrał 10 tys. zamówień w ciągu pierwszych 2 godzin."),
    ],
)
def test_a_launch_window_in_more_languages(lang: str, text: str) -> None:
    (ev,) = [e for e in extract_events(text, published=dt.date(2025, 2, 28), language=lang)]
    assert (ev.value, ev.period_kind) == (10_000, "window")
