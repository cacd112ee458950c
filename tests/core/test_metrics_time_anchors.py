"""Time words that anchor a figure without being its period: a day of the month ("on the
28th"), a year said as a moment ("a carmaker that did not exist at the start of 2024"), and a
month counted from a model's launch ("上市第3个月", "its third month on sale").

Every sentence here is written for this test (our own words, real-world figures).
"""

import datetime as dt

import pytest

from pipelines.core.metrics import extract_events
from pipelines.core.metrics.periods import launch_month


def _one(text: str, value: float, published: dt.date, lang: str | None = None):
    events = [e for e in extract_events(text, published=published, language=lang)]
    found = [e for e in events if e.value == value]
    assert len(found) == 1, events
    return found[0]


@pytest.mark.parametrize(
    "text",
    [
        "Xiaomi opened SU7 orders that night. It took 27 minutes from the start of sales "
        "(at 22:00 on the 28th) and 50,000 units were booked.",
        "Xiaomi opened SU7 orders that night. It took 27 minutes after the doors opened on the "
        "28th of March and 50,000 units were booked.",
    ],
)
def test_a_day_of_the_month_is_no_milestone(text: str) -> None:
    ev = _one(text, 50000, dt.date(2024, 3, 29), "en")
    assert (ev.period_kind, ev.metric) == ("window", "orders"), ev


def test_an_ordinal_figure_is_still_a_milestone() -> None:
    ev = _one("Xiaomi handed over its 100,000th SU7 on the 18th.", 100000, dt.date(2024, 11, 20))
    assert ev.period_kind == "cumulative", ev


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Xiaomi, a carmaker that did not exist at the start of 2024, has now passed "
            "200,000 SU7 deliveries.",
            "en",
        ),
        ("Xiaomi, qui ne vendait aucune voiture au début de 2024, a livré 200 000 SU7.", "fr"),
        ("Xiaomi, das Anfang 2024 noch kein Auto verkaufte, hat 200.000 SU7 ausgeliefert.", "de"),
        (
            "Xiaomi, che all'inizio del 2024 non vendeva ancora auto, ha consegnato 200.000 SU7.",
            "it",
        ),
        ("Xiaomi, que a principios de 2024 no vendía coches, ha entregado 200.000 SU7.", "es"),
    ],
)
def test_a_year_said_as_a_moment_is_not_an_actuals_year(text: str, lang: str) -> None:
    ev = _one(text, 200000, dt.date(2025, 4, 2), lang)
    assert ev.period_kind != "year" and ev.period_start is None, ev


def test_a_plan_set_at_the_start_of_a_year_is_for_that_year() -> None:
    ev = _one(
        "At the beginning of 2025, Xiaomi set a target of 300,000 deliveries.",
        300000,
        dt.date(2026, 4, 2),
        "en",
    )
    assert (ev.status, ev.period_start, ev.period_end) == (
        "target",
        dt.date(2025, 1, 1),
        dt.date(2025, 12, 31),
    ), ev


def test_an_actual_keeps_its_own_year_beside_a_moment() -> None:
    ev = _one(
        "Xiaomi, a carmaker that did not exist at the start of 2024, delivered 135,000 SU7s in "
        "2024.",
        135000,
        dt.date(2025, 4, 2),
        "en",
    )
    assert (ev.period_kind, ev.period_start) == ("year", dt.date(2024, 1, 1)), ev


@pytest.mark.parametrize(
    ("text", "launched", "month"),
    [
        ("上市第3个月", dt.date(2024, 3, 28), (2024, 6)),  # launched late in March: April first
        ("上市后第一个月", dt.date(2024, 3, 28), (2024, 4)),
        ("its third month on sale", dt.date(2025, 2, 10), (2025, 4)),  # early: Feb first
        ("the 2nd full month after launch", dt.date(2025, 6, 26), (2025, 8)),
        ("上市第十二个月", dt.date(2024, 3, 28), (2025, 3)),
    ],
)
def test_a_month_counted_from_launch(text: str, launched: dt.date, month: tuple[int, int]) -> None:
    dates = launch_month(text, launched)
    assert dates is not None and (dates[0].year, dates[0].month) == month
    assert dates[1].month == month[1] and dates[0].day == 1


@pytest.mark.parametrize(
    ("text", "published", "lang", "month"),
    [
        ("小米SU7上市第3个月，交付量就突破了1万辆。", dt.date(2024, 11, 2), "zh", (2024, 6)),
        ("小米YU7上市第2个月交付量超过3万辆。", dt.date(2025, 9, 5), "zh", (2025, 8)),
        (
            "In its third full month on sale, the SU7 topped 10,000 deliveries.",
            dt.date(2024, 7, 5),
            "en",
            (2024, 6),
        ),
    ],
)
def test_a_figure_of_a_month_counted_from_launch(
    text: str, published: dt.date, lang: str, month: tuple[int, int]
) -> None:
    (ev,) = extract_events(text, published=published, language=lang)
    assert ev.period_kind == "month" and ev.period_start == dt.date(*month, 1), ev
    assert ev.as_of == ev.period_end, ev


def test_the_companys_figure_counts_from_its_one_launched_model() -> None:
    text = (
        "小米SU7自3月28日上市以来备受关注，小米SU7 Ultra的量产版将于明年发布。"
        "据官方公布，上市第3个月，小米汽车交付就突破10000辆，截至目前，10月单月交付量已完成20000辆。"
    )
    events = extract_events(text, published=dt.date(2024, 11, 2), language="zh")
    by_value = {e.value: e for e in events}
    assert by_value[10000].period_start == dt.date(2024, 6, 1), events  # not October's
    assert by_value[20000].period_start == dt.date(2024, 10, 1), events


def test_two_launched_models_leave_the_counted_month_undated() -> None:
    text = "小米SU7和小米YU7都卖得不错。上市第3个月，小米汽车交付突破4万辆。"
    (ev,) = [e for e in extract_events(text, published=dt.date(2025, 11, 2)) if e.value == 40000]
    assert ev.period_kind == "month" and ev.period_start is None, ev


def test_a_french_pronoun_names_the_mark_again() -> None:
    text = (
        "Le cap des 100 000 SU7 livrées a été atteint en 229 jours, et celui des 200 000 "
        "livraisons n'a demandé que 119 jours de plus."
    )
    events = extract_events(text, published=dt.date(2025, 4, 2), language="fr")
    assert {e.value: e.period_kind for e in events} == {
        100000: "cumulative",
        200000: "cumulative",
    }, events


# --- a period that owns the figure after it ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "start"),
    [
        (
            "Xiaomi delivered 40,000 cars in October, up from September's 33,000.",
            33000,
            dt.date(2025, 9, 1),
        ),
        (
            "Xiaomi delivered 108,796 units in Q3, comfortably ahead of Q2's 81,302.",
            81302,
            dt.date(2025, 4, 1),
        ),
        (
            "Xiaomi's November deliveries beat October's record of 40,000 units.",
            40000,
            dt.date(2025, 10, 1),
        ),
        (
            "Xiaomi's 2025 goal of 350,000 compares with last year's 135,000 deliveries.",
            135000,
            dt.date(2024, 1, 1),
        ),
        (
            "Xiaomi delivered more than 40,000 cars in November, topping October's 40,000.",
            40000,
            dt.date(2025, 10, 1),
        ),
    ],
)
def test_a_possessive_period_owns_the_figure(text: str, value: float, start: dt.date) -> None:
    events = extract_events(text, published=dt.date(2025, 12, 2), language="en")
    owned = [e for e in events if e.value == value and e.period_start == start]
    assert len(owned) == 1 and owned[0].status == "actual", events
    assert owned[0].metric == "deliveries", events


def test_a_company_possessive_is_no_period() -> None:
    ev = _one("Xiaomi's 40,000 deliveries in October were a record.", 40000, dt.date(2025, 11, 3))
    assert ev.period_start == dt.date(2025, 10, 1), ev


# --- a figure that beats a target is not the target -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The SU7's 2024 deliveries of 135,000 beat the target.",
        "Xiaomi's 2024 deliveries of 135,000 were well above the target.",
    ],
)
def test_a_figure_that_beats_the_target_is_an_actual_of_its_year(text: str) -> None:
    ev = _one(text, 135000, dt.date(2025, 2, 5), "en")
    assert (ev.metric, ev.status, ev.period_kind, ev.period_start) == (
        "deliveries",
        "actual",
        "year",
        dt.date(2024, 1, 1),
    ), ev


def test_a_target_beaten_is_still_a_target() -> None:
    ev = _one("Xiaomi's 2024 target of 100,000 was beaten.", 100000, dt.date(2025, 2, 5), "en")
    assert (ev.metric, ev.status) == ("delivery_target", "target"), ev


# --- one figure for each of two months --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "months"),
    [
        ("Xiaomi's sales grew, with August and September each above 30,000 cars.", "en", (8, 9)),
        ("Xiaomi delivered more than 30,000 cars in both August and September.", "en", (8, 9)),
        ("The company sold 30,000 SU7s in each of November and December.", "en", (11, 12)),
        ("小米汽车8月和9月交付量均超过3万辆。", "zh", (8, 9)),
        ("小米汽车11月、12月的交付量都在3万辆以上。", "zh", (11, 12)),
        ("小米汽车8月与9月连续两个月交付量超过3万辆。", "zh", (8, 9)),
    ],
)
def test_a_figure_for_each_of_two_months_is_two_events(
    text: str, lang: str, months: tuple[int, int]
) -> None:
    events = extract_events(text, published=dt.date(2026, 1, 5), language=lang)
    got = sorted((e.period_start.month, e.period_end.month) for e in events if e.period_start)
    assert got == [(m, m) for m in months] and len(events) == 2, events
    assert {e.value for e in events} == {30000}, events
    assert all(e.as_of == e.period_end for e in events), events


def test_two_months_with_no_each_stay_one_figure() -> None:
    events = extract_events(
        "Xiaomi delivered 30,000 cars in August and September.",
        published=dt.date(2025, 10, 5),
        language="en",
    )
    assert len(events) == 1, events


# --- a year's running total said in other words ------------------------------------------------

YTD_SEP = (dt.date(2025, 1, 1), dt.date(2025, 9, 30), dt.date(2025, 9, 30))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("In the first nine months of the year, Xiaomi delivered 266,000 cars.", YTD_SEP),
        ("Between January and September Xiaomi delivered 266,000 cars.", YTD_SEP),
        ("This year, Xiaomi has so far delivered 266,000 cars.", (dt.date(2025, 1, 1), None, None)),
        ("Thus far in 2025, Xiaomi has delivered 266,000 cars.", (dt.date(2025, 1, 1), None, None)),
        (
            "By the end of the third quarter, Xiaomi had delivered 266,000 cars this year.",
            (None, None, dt.date(2025, 9, 30)),
        ),
        (
            "Xiaomi delivered 40,000 cars in September, bringing its deliveries this year to "
            "266,000.",
            YTD_SEP,
        ),
    ],
)
def test_a_years_running_total_said_otherwise(
    text: str, want: tuple[dt.date | None, dt.date | None, dt.date | None]
) -> None:
    ev = _one(text, 266000, dt.date(2025, 10, 5), "en")
    assert ev.period_kind == "cumulative", ev
    if want[0] is not None:
        assert (ev.period_start, ev.period_end, ev.as_of) == want, ev
    else:
        assert ev.as_of == want[2], ev


def test_the_first_months_after_a_launch_stay_a_window() -> None:
    ev = _one(
        "In the first three months after launch, Xiaomi delivered 25,000 SU7s.",
        25000,
        dt.date(2024, 8, 1),
        "en",
    )
    assert ev.period_kind == "window" and ev.period_start is None, ev


@pytest.mark.parametrize(
    "text",
    [
        "Xiaomi intends to hand over its 200,000th car by the end of this month.",
        "Xiaomi aims to deliver 200,000 cars in total by the end of next month.",
    ],
)
def test_a_plan_by_the_end_of_a_relative_month_is_a_running_total(text: str) -> None:
    ev = _one(text, 200000, dt.date(2025, 3, 5), "en")
    assert (ev.status, ev.period_kind, ev.period_start) == ("target", "cumulative", None), ev


@pytest.mark.parametrize(
    ("text", "lang", "kind", "start"),
    [
        ("Xiaomi delivered 3,000 cars on September 30 alone.", "en", "day", dt.date(2025, 9, 30)),
        ("小米汽车9月30日当天交付3000辆。", "zh", "day", dt.date(2025, 9, 30)),
        (
            "In fiscal 2024, Xiaomi's EV unit lost 6.2 billion yuan.",
            "en",
            "year",
            dt.date(2024, 1, 1),
        ),
        ("小米汽车2024财年亏损62亿元。", "zh", "year", dt.date(2024, 1, 1)),
        (
            "September was Xiaomi's best month so far, with 40,000 deliveries.",
            "en",
            "month",
            dt.date(2025, 9, 1),
        ),
        ("Xiaomi's September tally: 40,000 deliveries.", "en", "month", dt.date(2025, 9, 1)),
        ("The SU7 Ultra took 10,000 orders two hours after going on sale.", "en", "window", None),
        ("小米SU7 Ultra锁单1万台，只用了2小时。", "zh", "window", None),
    ],
)
def test_days_fiscal_years_months_and_windows_said_otherwise(
    text: str, lang: str, kind: str, start: dt.date | None
) -> None:
    (ev,) = extract_events(text, published=dt.date(2025, 10, 5), language=lang)
    assert (ev.period_kind, ev.period_start) == (kind, start), ev


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In the week of November 3-9, Xiaomi delivered about 10,200 cars.", "en"),
        ("Xiaomi delivered about 10,200 cars last week.", "en"),
        ("小米汽车上周交付约10200辆。", "zh"),
    ],
)
def test_a_week_told_by_its_days_or_as_last_week_has_dates(text: str, lang: str) -> None:
    # told on Tuesday, November 11: last week is Monday 3 to Sunday 9 November
    ev = _one(text, 10200, dt.date(2025, 11, 11), lang)
    assert (ev.period_kind, ev.period_start, ev.period_end, ev.as_of) == (
        "week",
        dt.date(2025, 11, 3),
        dt.date(2025, 11, 9),
        dt.date(2025, 11, 9),
    ), ev


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "小米汽车三季度收入283亿元，二季度为206亿元，一季度为181亿元。",
            {2.83e10, 2.06e10, 1.81e10},
        ),
        ("小米汽车7月、8月交付量均超3万辆，9月、10月均超4万辆。", {30000, 40000}),
    ],
)
def test_a_chinese_series_keeps_every_item(text: str, values: set[float]) -> None:
    events = extract_events(text, published=dt.date(2025, 11, 5), language="zh")
    assert {e.value for e in events} == values and all(e.period_start for e in events), events
    assert len(events) == (4 if len(values) == 2 else 3), events
    assert all(e.period_kind != "rate" for e in events), events  # 10月均 is no monthly average


def test_what_is_missing_to_a_target_is_no_target() -> None:
    events = extract_events(
        "小米汽车今年已交付31万辆，距离35万辆的目标仅差不到4万辆。",
        published=dt.date(2025, 11, 5),
        language="zh",
    )
    assert 40000 not in {e.value for e in events}, events


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("De janeiro a agosto de 2025, a Xiaomi entregou mais de 200 mil carros.", "pt"),
        ("Entre enero y agosto de 2025, Xiaomi entregó más de 200.000 coches.", "es"),
        ("De janvier à août 2025, Xiaomi a livré plus de 200 000 voitures.", "fr"),
        ("Da gennaio ad agosto 2025 Xiaomi ha consegnato oltre 200.000 auto.", "it"),
        ("Zwischen Januar und August 2025 lieferte Xiaomi mehr als 200.000 Autos aus.", "de"),
    ],
)
def test_from_january_to_a_month_is_the_years_running_total(text: str, lang: str) -> None:
    ev = _one(text, 200000, dt.date(2025, 9, 10), lang)
    assert (ev.period_kind, ev.period_start, ev.period_end) == (
        "cumulative",
        dt.date(2025, 1, 1),
        dt.date(2025, 8, 31),
    ), ev


# --- a week by its number; a goal changed in a month ------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "published", "monday"),
    [
        (
            "Xiaomi logged about 10,200 insurance registrations in week 41.",
            "en",
            dt.date(2025, 10, 14),
            dt.date(2025, 10, 6),
        ),
        (
            "Xiaomi's insurance registrations in week 2 of 2025 came to 4,100.",
            "en",
            dt.date(2025, 10, 14),
            dt.date(2025, 1, 6),
        ),
        (
            "2025年第41周，小米汽车上险量约1.02万辆。",
            "zh",
            dt.date(2025, 10, 14),
            dt.date(2025, 10, 6),
        ),
        # week 52 told in January: last year's
        ("第52周小米汽车上险量约8000辆。", "zh", dt.date(2025, 1, 2), dt.date(2024, 12, 23)),
    ],
)
def test_a_numbered_week_is_its_iso_week(
    text: str, lang: str, published: dt.date, monday: dt.date
) -> None:
    events = extract_events(text, published=published, language=lang)
    assert [(e.period_kind, e.period_start, e.period_end) for e in events] == [
        ("week", monday, monday + dt.timedelta(days=6))
    ], events


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("小米SU7上市第2周交付3000辆。", "zh"),
        ("Xiaomi delivered 3,000 SU7s in week 2 after launch.", "en"),
    ],
)
def test_a_week_counted_from_a_launch_is_no_iso_week(text: str, lang: str) -> None:
    events = extract_events(text, published=dt.date(2024, 4, 15), language=lang)
    assert all(e.period_start != dt.date(2024, 1, 8) for e in events), events


def test_a_weekly_figure_held_week_after_week_is_a_pace() -> None:
    events = extract_events("小米汽车单周上险量连续三周超9000辆。", published=dt.date(2025, 10, 14))
    assert [(e.value, e.period_kind) for e in events] == [(9000, "rate")], events


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("小米汽车全年交付目标10万辆，7月上调至12万辆。", "zh"),
        (
            "Xiaomi set a goal of 100,000 cars for 2024; it lifted its delivery goal to 120,000 in July.",
            "en",
        ),
    ],
)
def test_a_goal_changed_in_a_month_is_the_years(text: str, lang: str) -> None:
    events = extract_events(text, published=dt.date(2024, 8, 1), language=lang)
    raised = [e for e in events if e.value == 120000]
    assert [(e.metric, e.period_kind, e.period_start) for e in raised] == [
        ("delivery_target", "year", dt.date(2024, 1, 1))
    ], events


# --- a period named by a sentence with no figure -------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "metric"),
    [
        (
            "Xiaomi posted its second-quarter results on Wednesday. Revenue from smart EVs came "
            "to 20.6 billion yuan.",
            "en",
            "revenue",
        ),
        (
            "Xiaomi reported results for the April-June quarter. Its car unit delivered "
            "81,302 vehicles.",
            "en",
            "deliveries",
        ),
        ("小米集团发布第二季度财报。智能电动汽车业务收入206亿元。", "zh", "revenue"),
    ],
)
def test_a_results_lede_with_no_figure_names_the_quarter(text: str, lang: str, metric: str) -> None:
    events = [
        e
        for e in extract_events(text, published=dt.date(2025, 8, 25), language=lang)
        if e.metric == metric
    ]
    assert [(e.period_kind, e.period_start) for e in events] == [
        ("quarter", dt.date(2025, 4, 1))
    ], events


@pytest.mark.parametrize(
    ("text", "month"),
    [
        (
            "Xiaomi released its September numbers on Wednesday. It handed over more than 40,000 cars.",
            9,
        ),
        (
            "In September, the SU7 was China's best-selling EV sedan. Xiaomi delivered 40,000 cars in total.",
            9,
        ),
    ],
)
def test_a_month_named_by_the_sentence_before(text: str, month: int) -> None:
    events = extract_events(text, published=dt.date(2025, 10, 2), language="en")
    assert [(e.value, e.period_kind, e.period_start) for e in events] == [
        (40000, "month", dt.date(2025, month, 1))
    ], events


def test_a_running_total_after_a_month_stays_a_running_total() -> None:
    events = extract_events(
        "In September, Xiaomi marked a milestone. It has delivered more than 500,000 cars in total.",
        published=dt.date(2025, 10, 2),
        language="en",
    )
    assert [(e.value, e.period_kind, e.period_start) for e in events] == [
        (500000, "cumulative", None)
    ], events


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Xiaomi's first car went on sale in 2024. It delivered 135,000 cars that year.", "en"),
        ("小米汽车于2024年开始交付。当年交付量约13.5万辆。", "zh"),
    ],
)
def test_that_year_is_the_year_named_before(text: str, lang: str) -> None:
    events = [
        e
        for e in extract_events(text, published=dt.date(2025, 3, 2), language=lang)
        if e.value == 135000
    ]
    assert [(e.period_kind, e.period_start, e.as_of) for e in events] == [
        ("year", dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    ], events


@pytest.mark.parametrize(
    ("text", "lang", "part"),
    [
        ("小米汽车9月交付超过4万辆。其中，YU7交付约2.2万辆。", "zh", ("Xiaomi YU7", 22000)),
        (
            "Xiaomi delivered more than 40,000 cars in September. Of these, about 22,000 were YU7s.",
            "en",
            ("Xiaomi YU7", 22000),
        ),
    ],
)
def test_a_breakdown_after_a_total_is_of_the_totals_period(
    text: str, lang: str, part: tuple[str, float]
) -> None:
    events = extract_events(text, published=dt.date(2025, 10, 2), language=lang)
    got = [(e.subject, e.value, e.metric, e.period_start) for e in events]
    assert got[1:] == [(*part, "deliveries", dt.date(2025, 9, 1))], events


def test_a_bound_with_le_is_a_bound() -> None:
    events = extract_events(
        "小米汽车8月交付量超过了3万辆。", published=dt.date(2025, 9, 2), language="zh"
    )
    assert [(e.value, e.qualifier) for e in events] == [(30000, "more_than")], events


@pytest.mark.parametrize(
    ("text", "published", "month"),
    [
        # filed on September 30, published two days later: "last month" is August
        (
            "SHANGHAI, Sept 30 (Reuters) - Xiaomi delivered over 30,000 cars last month, it said.",
            dt.date(2025, 10, 2),
            8,
        ),
        (
            "BEIJING, Oct. 1, 2025 -- Xiaomi handed over more than 30,000 cars last month.",
            dt.date(2025, 10, 1),
            9,
        ),
    ],
)
def test_a_datelines_day_is_the_stories_day(text: str, published: dt.date, month: int) -> None:
    events = extract_events(text, published=published, language="en")
    assert [(e.period_kind, e.period_start) for e in events] == [
        ("month", dt.date(2025, month, 1))
    ], events
