"""Families of phrasing the eighth probe set (test_metrics_review8.py) found misread, each pinned
by sentences of our own: other verbs, orders, makers and figures than the probes'.

Conventions as in ../shared/DESIGN.md and the probe sets: a finished month of an actual runs
from its first to its last day, as_of its last day; a launch window is `window`; another maker's
figure is no event.
"""

import datetime as dt
from typing import Any

import pytest
from test_metrics_review import check, ev

from pipelines.core.metrics import extract_events

D = dt.date
AUTO, GROUP = "Xiaomi Auto", "Xiaomi Group"
SU7, YU7 = "Xiaomi SU7", "Xiaomi YU7"
DEC01 = D(2025, 12, 1)


def month(y: int, m: int) -> dict[str, Any]:
    end = (D(y + m // 12, m % 12 + 1, 1)) - dt.timedelta(days=1)
    return {"period_kind": "month", "period_start": D(y, m, 1), "period_end": end, "as_of": end}


# --- a relative clause between the measure and its figure, or on the maker ----------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Xiaomi's deliveries, which have risen every month this year, topped 40,000 in "
            "October.",
            [ev(AUTO, metric="deliveries", value=40000, qualifier="more_than", **month(2025, 10))],
        ),
        (
            "Locked orders for the YU7, which need a deposit that cannot be refunded, reached "
            "240,000.",
            [ev(YU7, metric="locked_orders", value=240000)],
        ),
        (
            "Locked orders, which need a non-refundable deposit, reached 240,000 for the YU7 "
            "within 18 hours.",
            [ev(YU7, metric="locked_orders", value=240000, period_kind="window")],
        ),
        (
            "XPeng sold 36,728 vehicles last month, well short of Xiaomi, which topped 40,000.",
            [ev(AUTO, metric="deliveries", value=40000, **month(2025, 11))],
        ),
        (
            "Zeekr handed over 31,000 cars in November, behind Xiaomi, which came to more than "
            "40,000.",
            [ev(AUTO, metric="deliveries", value=40000, qualifier="more_than", **month(2025, 11))],
        ),
        # a relative clause on a date or on a count of staff takes no measure from before it
        (
            "Xiaomi delivered 40,000 cars in October, which was a record for the firm, which "
            "has 30,000 staff.",
            [
                ev(AUTO, metric="deliveries", value=40000, **month(2025, 10)),
                ev(GROUP, metric="headcount", value=30000),
            ],
        ),
        ("Xiaomi's plant opened in April, which was 12 months after the groundbreaking.", []),
    ],
)
def test_relative_clauses(text: str, want: list[dict[str, Any]]) -> None:
    check(text, DEC01, None, want)


# --- "the former" / "the latter" pointing at a maker named before -------------------------


@pytest.mark.parametrize(
    ("text", "published", "want"),
    [
        (
            "Xiaomi and Leapmotor both set records in June: the former delivered over 25,000 "
            "vehicles.",
            D(2025, 7, 1),
            [ev(AUTO, metric="deliveries", value=25000, **month(2025, 6))],
        ),
        (
            "Leapmotor and Xiaomi both had a record in June; the latter handed over more than "
            "25,000 cars, the former 48,006.",
            D(2025, 7, 1),
            [ev(AUTO, metric="deliveries", value=25000, **month(2025, 6))],
        ),
        (
            "小米汽车和零跑汽车6月交付均创新高，前者超过2.5万辆，后者48006辆。",
            D(2025, 7, 1),
            [ev(AUTO, metric="deliveries", value=25000, **month(2025, 6))],
        ),
    ],
)
def test_former_and_latter_makers(
    text: str, published: dt.date, want: list[dict[str, Any]]
) -> None:
    check(text, published, None, want)


def goal(value: float, year: int, **fields: Any) -> dict[str, Any]:
    return ev(
        AUTO,
        metric="delivery_target",
        value=value,
        status="target",
        period_kind="year",
        period_start=D(year, 1, 1),
        period_end=D(year, 12, 31),
        **fields,
    )


# --- a goal said by its verb, revised by a pronoun, kept beside a denial ------------------


@pytest.mark.parametrize(
    ("text", "published", "want"),
    [
        (
            "Xiaomi handed over 136,854 cars last year. For 2025 it is aiming for 350,000.",
            D(2025, 3, 20),
            [
                ev(AUTO, metric="deliveries", value=136854, status="actual"),
                goal(350000, 2025),
            ],
        ),
        ("Xiaomi targets 550,000 deliveries in 2026.", D(2025, 12, 20), [goal(550000, 2026)]),
        (
            "Lu Weibing said Xiaomi was confident of topping 350,000 this year.",
            D(2025, 10, 2),
            [goal(350000, 2025, qualifier="more_than")],
        ),
        (
            "Xiaomi's 2025 target was 300,000 at first. In March it lifted it to 350,000.",
            D(2025, 6, 20),
            [goal(300000, 2025), goal(350000, 2025)],
        ),
        (
            "Xiaomi's goal for 2024 was 100,000 cars. In June it raised it to 120,000.",
            D(2025, 2, 1),
            [goal(100000, 2024), goal(120000, 2024)],
        ),
        (
            "Xiaomi dismissed reports that it would cut its target to 300,000 deliveries, adding "
            "that its goal of 350,000 for 2025 stands.",
            D(2025, 9, 5),
            [goal(350000, 2025)],
        ),
        # the denied figure alone is still no event
        ("Xiaomi denied a report that it had sold 50,000 cars in May.", D(2025, 6, 3), []),
    ],
)
def test_goals_without_a_goal_noun(
    text: str, published: dt.date, want: list[dict[str, Any]]
) -> None:
    check(text, published, None, want)


# --- a year ended with a figure -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Xiaomi delivered 40,000 cars in November 2024. It ended the year with more than "
            "135,000.",
            [
                ev(AUTO, metric="deliveries", value=40000, **month(2024, 11)),
                ev(
                    AUTO,
                    metric="deliveries",
                    value=135000,
                    qualifier="more_than",
                    period_kind="year",
                    period_start=D(2024, 1, 1),
                    period_end=D(2024, 12, 31),
                ),
            ],
        ),
        (
            "Xiaomi delivered 40,000 cars in November. The company closed the year at about "
            "136,000.",
            [
                ev(AUTO, metric="deliveries", value=40000, **month(2024, 11)),
                ev(AUTO, metric="deliveries", value=136000, period_kind="year"),
            ],
        ),
    ],
)
def test_a_year_ended_with(text: str, want: list[dict[str, Any]]) -> None:
    check(text, D(2025, 1, 10), None, want)


# --- whose estimate, said after the figure; an analyst who "sees" a year's sales ----------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Xiaomi still has about 120,000 unfilled SU7 orders, by Citi's estimate.",
            [ev(SU7, metric="orders", value=120000, status="forecast")],
        ),
        (
            "Xiaomi's YU7 order backlog tops 100,000 units, some analysts reckon.",
            [ev(YU7, metric="orders", value=100000, status="forecast")],
        ),
        (
            "Jefferies sees full-year sales of around 400,000 for Xiaomi.",
            [ev(AUTO, metric="deliveries", value=400000, status="forecast", period_kind="year")],
        ),
        # a source that reports is no estimate
        (
            "Xiaomi delivered more than 40,000 cars in November, the company said.",
            [ev(AUTO, metric="deliveries", value=40000, status="actual", **month(2025, 11))],
        ),
    ],
)
def test_estimates_said_after(text: str, want: list[dict[str, Any]]) -> None:
    check(text, DEC01, None, want)


# --- preferences and denied figures; numbers in 万 and 千 -----------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("Lei Jun said he'd rather sell 100,000 great cars than 300,000 average ones.", None, []),
        ("Xiaomi would rather deliver 200,000 safe cars than 400,000 rushed ones.", None, []),
        ("网传小米SU7首月交付3万辆的说法不属实。", "zh", []),
        (
            "小米YU7上市3分钟大定突破20万台，上市1小时大定达28万9千台。",
            "zh",
            [
                ev(YU7, metric="orders", value=200000, period_kind="window"),
                ev(YU7, metric="orders", value=289000, period_kind="window"),
            ],
        ),
        ("小米汽车11月交付4万2千辆。", "zh", [ev(AUTO, metric="deliveries", value=42000)]),
    ],
)
def test_preferences_denials_and_mixed_numerals(
    text: str, lang: str | None, want: list[dict[str, Any]]
) -> None:
    check(text, DEC01, lang, want)


# --- periods: a year to a month, first N months in 首/個, a results lede in months, weekdays,
# a bracketed week, a running total since a launch, a launch's first year -------------------


def cumulative(start: dt.date | None, end: dt.date | None, as_of: dt.date) -> dict[str, Any]:
    return {"period_kind": "cumulative", "period_start": start, "period_end": end, "as_of": as_of}


@pytest.mark.parametrize(
    ("text", "published", "lang", "want"),
    [
        (
            "So far this year, through September, Xiaomi has handed over more than 220,000 cars.",
            D(2025, 10, 10),
            None,
            [ev(AUTO, value=220000, **cumulative(D(2025, 1, 1), D(2025, 9, 30), D(2025, 9, 30)))],
        ),
        # with no year said, the running total to a month's end has no start
        (
            "Xiaomi had delivered more than 400,000 cars through October.",
            D(2025, 11, 10),
            None,
            [ev(AUTO, value=400000, **cumulative(None, None, D(2025, 10, 31)))],
        ),
        (
            "小米汽車今年首九個月累計交付約23萬輛。",
            D(2025, 10, 10),
            "zh",
            [ev(AUTO, value=230000, **cumulative(D(2025, 1, 1), D(2025, 9, 30), D(2025, 9, 30)))],
        ),
        (
            "Xiaomi today reported results for the three months ended June 30, 2025. Smart EV "
            "and AI revenue: RMB21.3 billion.",
            D(2025, 8, 20),
            None,
            [
                ev(
                    AUTO,
                    metric="revenue",
                    value=2.13e10,
                    period_kind="quarter",
                    period_start=D(2025, 4, 1),
                    period_end=D(2025, 6, 30),
                )
            ],
        ),
        # Wednesday, November 26 2025: "on Monday" is the 24th
        (
            "Xiaomi's 600,000th vehicle drove out of the Beijing plant on Monday.",
            D(2025, 11, 26),
            None,
            [ev(AUTO, metric="production", value=600000, as_of=D(2025, 11, 24))],
        ),
        (
            "The 50,000th YU7 left the factory on September 12.",
            D(2025, 9, 20),
            None,
            [ev(YU7, metric="production", value=50000, as_of=D(2025, 9, 12))],
        ),
        (
            "Xiaomi said on Monday it had delivered more than 500,000 cars since launch.",
            D(2025, 11, 26),
            None,
            [ev(AUTO, metric="deliveries", value=500000, as_of=D(2025, 11, 24))],
        ),
        (
            "小米汽车上周（10.20-10.26）上险量约9800辆。",
            D(2025, 10, 28),
            "zh",
            [
                ev(
                    AUTO,
                    value=9800,
                    period_kind="week",
                    period_start=D(2025, 10, 20),
                    period_end=D(2025, 10, 26),
                    as_of=D(2025, 10, 26),
                )
            ],
        ),
        (
            "小米SU7上市后累计交付已超过20万辆。",
            D(2025, 6, 1),
            "zh",
            [ev(SU7, metric="deliveries", value=200000, period_kind="cumulative")],
        ),
        (
            "小米YU7开售后的首年销量有望超过30万辆。",
            D(2025, 7, 1),
            "zh",
            [ev(YU7, value=300000, status="forecast", period_kind="window")],
        ),
    ],
)
def test_periods(
    text: str, published: dt.date, lang: str | None, want: list[dict[str, Any]]
) -> None:
    check(text, published, lang, want)


# --- a change told by its size in Chinese is no level ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "小米SU7 Ultra新款售价52.99万元，较上一代提高2万元。",
        "小米汽车9月交付超4万辆，比8月增多约5000辆。",
        "小米YU7本周上险量为1.1万辆，环比上涨800辆。",
    ],
)
def test_zh_changes_are_no_levels(text: str) -> None:
    events = extract_events(text, published=D(2025, 10, 10), language="zh")
    assert len(events) == 1, events


# --- a month carried past other makers' figures; a quote whose speaker posted it; a part of
# the money before; a rival's figure set as a multiple of Xiaomi's --------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "September was a strong month for start-ups. Leapmotor handed over 66,657 cars and "
            "XPeng 41,581. Xiaomi said its deliveries topped 40,000.",
            [ev(AUTO, metric="deliveries", value=40000, **month(2025, 9))],
        ),
        # a sentence that names its own month gives it instead
        (
            "September was a strong month for start-ups. In August, XPeng sold 37,709. Xiaomi "
            "said its deliveries topped 40,000.",
            [ev(AUTO, metric="deliveries", value=40000, **month(2025, 8))],
        ),
        (
            '"September deliveries: more than 40,000!" Lei Jun posted on Weibo.',
            [ev(AUTO, metric="deliveries", value=40000, **month(2025, 9))],
        ),
        (
            "Xiaomi's EV and AI segment booked 29 billion yuan in revenue in the third quarter, "
            "including 28.3 billion from cars.",
            [
                ev(AUTO, metric="revenue", value=2.9e10, period_kind="quarter"),
                ev(AUTO, metric="revenue", value=2.83e10, unit="CNY", period_kind="quarter"),
            ],
        ),
        ("BYD's Hefei base can turn out 1.2 million cars a year, four times Xiaomi's.", []),
        ("Tesla shipped 61,000 cars from Shanghai in September, twice Xiaomi's tally.", []),
    ],
)
def test_context_across_figures(text: str, want: list[dict[str, Any]]) -> None:
    check(text, D(2025, 10, 2), None, want)


# --- the measure again ("adds a further", 同样为, 合计), deposits turned into locked orders, a plan
# to build, "by Sunday" --------------------------------------------------------------------

RATE = {"period_kind": "rate", "period_start": None, "period_end": None}


@pytest.mark.parametrize(
    ("text", "published", "lang", "want"),
    [
        (
            "Xiaomi's Beijing plant has capacity for 150,000 cars a year; its Wuhan site would "
            "add a further 200,000.",
            D(2025, 9, 1),
            None,
            [
                ev(AUTO, metric="production_capacity", value=150000, **RATE),
                ev(AUTO, metric="production_capacity", value=200000, **RATE),
            ],
        ),
        (
            "小米汽车北京工厂一期年产能15万辆，二期为18万辆，两期合计33万辆。",
            D(2025, 9, 1),
            "zh",
            [
                ev(AUTO, metric="production_capacity", value=150000, **RATE),
                ev(AUTO, metric="production_capacity", value=180000, **RATE),
                ev(AUTO, metric="production_capacity", value=330000, **RATE),
            ],
        ),
        (
            "Within two days, some 20,000 SU7 buyers had turned their small orders into locked "
            "orders.",
            D(2024, 4, 1),
            None,
            [ev(SU7, metric="locked_orders", value=20000)],
        ),
        (
            "Xiaomi plans to produce 30,000 YU7s in July.",
            D(2025, 6, 30),
            None,
            [
                ev(
                    YU7,
                    metric="production",
                    value=30000,
                    status="target",
                    period_kind="month",
                    period_start=D(2025, 7, 1),
                    as_of=None,
                )
            ],
        ),
        # told in December, "the first six months" of a plan are next year's
        (
            "Xiaomi hopes to build 60,000 of the new SUV in the first six months.",
            D(2025, 12, 5),
            None,
            [
                ev(
                    AUTO,
                    metric="production",
                    value=60000,
                    status="target",
                    period_start=D(2026, 1, 1),
                    period_end=D(2026, 6, 30),
                    as_of=None,
                )
            ],
        ),
        # Tuesday, July 1 2025: "by Sunday" is June 29
        (
            "Xiaomi said 12,000 customers had converted their pre-orders into firm orders by "
            "Sunday.",
            D(2025, 7, 1),
            None,
            [ev(AUTO, metric="locked_orders", value=12000, as_of=D(2025, 6, 29))],
        ),
    ],
)
def test_measures_carried_and_plans(
    text: str, published: dt.date, lang: str | None, want: list[dict[str, Any]]
) -> None:
    check(text, published, lang, want)


# --- what is missing is no level, a plan does not reach past a semicolon, a speaker told before
# any other name names the company, a figure written by mistake ---------------------------


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "小米汽车前十个月交付约26万辆，离35万辆的全年目标尚欠约9万辆。",
            "zh",
            [
                ev(AUTO, metric="deliveries", value=260000),
                ev(AUTO, metric="delivery_target", value=350000),
            ],
        ),
        (
            "小米汽车的历程：计划十年投入100亿美元造车；2024年交付超13万辆。",
            "zh",
            [
                ev(AUTO, metric="investment", value=1e10, status="target"),
                ev(AUTO, metric="deliveries", value=130000, status="actual"),
            ],
        ),
        (
            "The Wuhan plant would be able to produce 200,000 cars a year, Lei Jun said, though "
            "the YU7 would stay in Beijing.",
            None,
            [ev(AUTO, metric="production_capacity", value=200000)],
        ),
        (
            "更正：本报此前错误地将小米汽车10月交付量写为4.5万辆，实际为4万余辆。",
            "zh",
            [ev(AUTO, metric="deliveries", value=40000, qualifier="more_than")],
        ),
    ],
)
def test_gaps_semicolons_speakers_and_mistakes(
    text: str, lang: str | None, want: list[dict[str, Any]]
) -> None:
    check(text, D(2025, 11, 5), lang, want)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Xiaomi cuts 2026 sales goal to 500,000 as subsidies fade",
            [
                ev(
                    AUTO,
                    metric="delivery_target",
                    value=500000,
                    period_kind="year",
                    period_start=D(2026, 1, 1),
                )
            ],
        ),
        (
            "About 25,000 people are working on Xiaomi's cars, Lei Jun said.",
            [ev(AUTO, metric="headcount", value=25000)],
        ),
    ],
)
def test_headline_goals_and_people(text: str, want: list[dict[str, Any]]) -> None:
    check(text, D(2025, 12, 20), None, want)


def test_an_analyst_sees_a_years_deliveries() -> None:
    check(
        "Nomura sees 2027 deliveries for Xiaomi at 700,000.",
        D(2025, 11, 20),
        None,
        [
            ev(
                AUTO,
                metric="deliveries",
                value=700000,
                status="forecast",
                period_kind="year",
                period_start=D(2027, 1, 1),
            )
        ],
    )
