"""Periods said the way filings, weekly round-ups, interviews and comparisons say them: our own
sentences for the families of review9's period misses (written before the fixes).

- Filing periods: "for the three months ended 30 September 2025" is that quarter, "six months
  ended 30 June" the first half (January 1 to June 30, as every half-year here), "nine months
  ended" the year's running total to that day, "the year ended 31 December 2024" that year;
  截至…止三個月 / 止六个月 / 止九个月 / 止年度 the same (also with the day in numerals,
  截至二零二五年九月三十日), and "im Dreimonatszeitraum bis 30. September", "trois mois clos le",
  "seis meses terminados el", "tre mesi chiusi al", "três meses encerrados em"; "from April 2024
  to the end of June 2025" a running total over the span, at its last day.
- Weeks: "11月第2周" is the second week of that month (Monday to Sunday; the first week is the
  one that holds the month's first Thursday, as ISO numbers a year's weeks), "the third week of
  November" the same in English, "the week of Nov. 3 to Nov. 9" and "the week ending Sept 21"
  those seven days, "in the week to Sunday" the week that ended on the Sunday before the story;
  weekly figures that "hovered between" two levels (之间波动) are no figure (a price range is).
- Relative days: "this year"/今年 said in a question dates the answer's goal; 截至昨天 / "as of
  yesterday" hold at the day before the story, 截至今日 at its day; 上市首月/开售首月 is a launch
  window (like 上市首年).
- Periods of a comparison: "X, versus Y in Q2" (Y is Q2's; X is the quarter after it, the one
  being reported), a bracketed "(Q2'25: …)" is the bracket's figure's, a trailing "(all for Q3
  2025)" dates the rows above it, 较上一季度的23.2% is a second figure (上一季度 is not 一季度), a
  bracket that holds only a period after a figure ("25.5% (Q3)") is its period, and "X, compared
  with Y in October last year" makes X this October's.
"""

import datetime as dt
from typing import Any

import pytest
from test_metrics_review import check, ev

D = dt.date
AUTO, SU7, YU7 = "Xiaomi Auto", "Xiaomi SU7", "Xiaomi YU7"
MORE, ABOUT = "more_than", "about"


def _end(y: int, m: int) -> dt.date:
    return D(y + m // 12, m % 12 + 1, 1) - dt.timedelta(days=1)


def span(kind: str, start: dt.date, end: dt.date, **more: Any) -> dict[str, Any]:
    return {"period_kind": kind, "period_start": start, "period_end": end, **more}


def quarter(y: int, q: int) -> dict[str, Any]:
    return span("quarter", D(y, 3 * q - 2, 1), _end(y, 3 * q))


def year(y: int) -> dict[str, Any]:
    return span("year", D(y, 1, 1), D(y, 12, 31))


def week(start: dt.date) -> dict[str, Any]:
    return span("week", start, start + dt.timedelta(days=6))


def dlv(subject: str, value: float, q: str = "exact", **f: Any) -> dict[str, Any]:
    return ev(subject, metric="deliveries", value=value, qualifier=q, status="actual", **f)


def revenue(value: float, **f: Any) -> dict[str, Any]:
    return ev(AUTO, metric="revenue", value=value, unit="CNY", status="actual", **f)


def case(text: str, published: dt.date, lang: str | None, want: list[Any]) -> Any:
    return pytest.param(text, published, lang, want)


Q3RES, Q2RES, FY24 = D(2025, 11, 18), D(2025, 8, 19), D(2025, 3, 18)

FILING_PERIODS = [
    case(
        "For the three months ended September 30, 2025, revenue from Xiaomi's smart EV segment "
        "was RMB29.0 billion.",
        Q3RES,
        None,
        [revenue(2.9e10, **quarter(2025, 3))],
    ),
    case(
        "In the six months ended June 30, 2025, Xiaomi delivered 157,171 cars.",
        Q2RES,
        None,
        [dlv(AUTO, 157171, **span("half_year", D(2025, 1, 1), D(2025, 6, 30)))],
    ),
    case(
        "Revenue from Xiaomi's smart EV business for the nine months ended 30 September 2025 "
        "reached RMB68.0 billion.",
        Q3RES,
        None,
        [revenue(6.8e10, **span("cumulative", D(2025, 1, 1), D(2025, 9, 30)))],
    ),
    case(
        "For the year ended December 31, 2024, Xiaomi delivered 136,854 vehicles.",
        FY24,
        None,
        [dlv(AUTO, 136854, **year(2024))],
    ),
    case(
        "Xiaomi's smart EV segment booked revenue of RMB32.8 billion in the financial year "
        "ended 31 December 2024.",
        FY24,
        None,
        [revenue(3.28e10, **year(2024))],
    ),
    case(
        "Xiaomi delivered 75,869 cars in the three-month period ended March 31, 2025.",
        D(2025, 5, 27),
        None,
        [dlv(AUTO, 75869, **quarter(2025, 1))],
    ),
    case(
        "截至2025年6月30日止六个月，小米集团交付新车157,171辆。",
        Q2RES,
        "zh",
        [dlv(AUTO, 157171, **span("half_year", D(2025, 1, 1), D(2025, 6, 30)))],
    ),
    case(
        "截至2024年12月31日止年度，小米汽车交付新车136,854台。",
        FY24,
        "zh",
        [dlv(AUTO, 136854, **year(2024))],
    ),
    case(
        "截至2025年3月31日止三個月，小米交付新車75,869輛。",
        D(2025, 5, 27),
        "zh",
        [dlv(AUTO, 75869, **quarter(2025, 1))],
    ),
    case(
        "截至二零二五年九月三十日止三個月，小米交付新車108,796輛。",
        Q3RES,
        "zh",
        [dlv(AUTO, 108796, **quarter(2025, 3))],
    ),
    case(
        "截至二零二四年十二月三十一日止年度，小米交付新車136,854輛。",
        FY24,
        "zh",
        [dlv(AUTO, 136854, **year(2024))],
    ),
    case(
        "截至2025年9月30日止九个月，小米汽车交付新车26.6万辆。",
        Q3RES,
        "zh",
        [dlv(AUTO, 266000, **span("cumulative", D(2025, 1, 1), D(2025, 9, 30)))],
    ),
    case(
        "Xiaomi delivered 266,000 cars in the nine months to September 2025.",
        Q3RES,
        None,
        [dlv(AUTO, 266000, **span("cumulative", D(2025, 1, 1), D(2025, 9, 30)))],
    ),
    case(
        "For the quarter ended 30 September 2025, Xiaomi delivered 108,796 cars.",
        Q3RES,
        None,
        [dlv(AUTO, 108796, **quarter(2025, 3))],
    ),
    case(
        "In the six months through June, Xiaomi delivered 157,171 cars.",
        Q2RES,
        None,
        [dlv(AUTO, 157171, **span("half_year", D(2025, 1, 1), D(2025, 6, 30)))],
    ),
    case(
        "Xiaomi delivered over 300,000 vehicles from April 2024 to the end of June 2025.",
        D(2025, 7, 2),
        None,
        [dlv(AUTO, 300000, MORE, period_kind="cumulative", as_of=D(2025, 6, 30))],
    ),
    case(
        "Between March 2024 and the end of September 2025, Xiaomi delivered more than 400,000 "
        "cars.",
        D(2025, 10, 2),
        None,
        [dlv(AUTO, 400000, MORE, period_kind="cumulative", as_of=D(2025, 9, 30))],
    ),
]


LOCALE_FILING_PERIODS = [
    case(
        "Im Dreimonatszeitraum bis 30. September 2025 erzielte das E-Auto-Geschäft von Xiaomi "
        "einen Umsatz von 29 Mrd. Yuan.",
        Q3RES,
        "de",
        [revenue(2.9e10, **quarter(2025, 3))],
    ),
    case(
        "Sur les trois mois clos le 30 septembre 2025, l'activité automobile de Xiaomi a "
        "réalisé un chiffre d'affaires de 29 milliards de yuans.",
        Q3RES,
        "fr",
        [revenue(2.9e10, **quarter(2025, 3))],
    ),
    case(
        "En los seis meses terminados el 30 de junio de 2025, Xiaomi entregó 157.171 coches.",
        Q2RES,
        "es",
        [dlv(AUTO, 157171, **span("half_year", D(2025, 1, 1), D(2025, 6, 30)))],
    ),
    case(
        "Nei tre mesi chiusi al 30 settembre 2025 Xiaomi ha consegnato 108.796 auto.",
        Q3RES,
        "it",
        [dlv(AUTO, 108796, **quarter(2025, 3))],
    ),
    case(
        "Nos três meses encerrados em 30 de setembro de 2025, a Xiaomi entregou 108.796 carros.",
        Q3RES,
        "pt",
        [dlv(AUTO, 108796, **quarter(2025, 3))],
    ),
]


@pytest.mark.parametrize(("text", "published", "lang", "want"), LOCALE_FILING_PERIODS)
def test_locale_filing_periods(
    text: str, published: dt.date, lang: str | None, want: list[Any]
) -> None:
    check(text, published, lang, want)


@pytest.mark.parametrize(("text", "published", "lang", "want"), FILING_PERIODS)
def test_filing_periods(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


WEEKS = [
    case(
        "小米汽车2025年12月第1周上险量约1.1万辆。",
        D(2025, 12, 9),
        "zh",
        [dlv(AUTO, 11000, ABOUT, **week(D(2025, 12, 1)))],
    ),
    case(
        "11月第3周，小米汽车上险量9,500辆。",
        D(2025, 11, 25),
        "zh",
        [dlv(AUTO, 9500, **week(D(2025, 11, 17)))],
    ),
    case(
        "Xiaomi delivered about 9,500 cars in the third week of November 2025.",
        D(2025, 11, 25),
        None,
        [dlv(AUTO, 9500, ABOUT, **week(D(2025, 11, 17)))],
    ),
    case(
        "In the first week of September, Xiaomi delivered 7,200 cars.",
        D(2025, 9, 10),
        None,
        [dlv(AUTO, 7200, **week(D(2025, 9, 1)))],
    ),
    case(
        "Xiaomi delivered 8,900 cars in the week of Nov. 3 to Nov. 9.",
        D(2025, 11, 11),
        None,
        [dlv(AUTO, 8900, **week(D(2025, 11, 3)))],
    ),
    case(
        "Xiaomi delivered 9,800 cars in the week beginning Nov. 10.",
        D(2025, 11, 18),
        None,
        [dlv(AUTO, 9800, **week(D(2025, 11, 10)))],
    ),
    case(
        "For the week ended Nov. 16, Xiaomi delivered 9,800 cars.",
        D(2025, 11, 18),
        None,
        [dlv(AUTO, 9800, **week(D(2025, 11, 10)))],
    ),
    case(
        "In the week to Sunday, Xiaomi delivered about 10,000 cars.",
        D(2025, 11, 18),
        None,
        [dlv(AUTO, 10000, ABOUT, **week(D(2025, 11, 10)))],
    ),
    case(
        "周榜（11.24-11.30）：小米汽车上险1.1万辆。",
        D(2025, 12, 2),
        "zh",
        [dlv(AUTO, 11000, **week(D(2025, 11, 24)))],
    ),
    case(
        "Xiaomi registered 9,100 vehicles in the week of Nov. 3 to Nov. 9.",
        D(2025, 11, 12),
        None,
        [dlv(AUTO, 9100, **week(D(2025, 11, 3)))],
    ),
    case(
        "In the week ending Oct. 12, 8,000 Xiaomi cars were registered in China.",
        D(2025, 10, 14),
        None,
        [dlv(AUTO, 8000, **week(D(2025, 10, 6)))],
    ),
    case(
        "新势力上险榜（11.24-11.30）：小米汽车1.1万辆，问界1.3万辆。",
        D(2025, 12, 2),
        "zh",
        [dlv(AUTO, 11000, **week(D(2025, 11, 24)))],
    ),
    case(
        "小米SU7 10月第1周上险4,800辆，YU7同期则为5,300辆。",
        D(2025, 10, 14),
        "zh",
        [dlv(SU7, 4800, **week(D(2025, 9, 29))), dlv(YU7, 5300, **week(D(2025, 9, 29)))],
    ),
    case(
        "Xiaomi's monthly deliveries have ranged between 30,000 and 40,000 since July.",
        D(2025, 11, 5),
        None,
        [],
    ),
    case("小米汽车周上险量在7000至1万辆之间波动。", D(2025, 11, 5), "zh", []),
    case(
        # a price range stays one event (a band of prices is the offer, not figures over time)
        "The Xiaomi SU7's price ranges between 215,900 and 299,900 yuan.",
        D(2025, 11, 18),
        None,
        [ev(SU7, metric="price", value=215900, value_max=299900, period_kind="none")],
    ),
    case(
        "小米汽车第47周上险量1.05万辆。",
        D(2025, 11, 25),
        "zh",
        [dlv(AUTO, 10500, **week(D(2025, 11, 17)))],
    ),
]


@pytest.mark.parametrize(("text", "published", "lang", "want"), WEEKS)
def test_weeks(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


def goal(value: float, **f: Any) -> dict[str, Any]:
    return ev(AUTO, metric="delivery_target", value=value, status="target", **f)


RELATIVE = [
    case(
        "Q: What is your delivery target for this year? Lei Jun: We aim to deliver 350,000 cars.",
        D(2025, 9, 25),
        None,
        [goal(350000, **year(2025))],
    ),
    case(
        "问：今年能卖多少台车？雷军：目标是35万台。",
        D(2025, 9, 25),
        "zh",
        [goal(350000, **year(2025))],
    ),
    case(
        "Xiaomi has set its delivery target for 2026. It aims to deliver 550,000 cars.",
        D(2025, 12, 20),
        None,
        [goal(550000, **year(2026))],
    ),
    case(
        "Reporter: And next year? Lu Weibing: Our goal is 550,000 cars.",
        D(2025, 12, 20),
        None,
        [goal(550000, **year(2026))],
    ),
    case(
        "截至昨天，小米SU7累计交付超过20万辆。",
        D(2025, 5, 10),
        "zh",
        [dlv(SU7, 200000, MORE, period_kind="cumulative", as_of=D(2025, 5, 9))],
    ),
    case(
        "As of yesterday, Xiaomi had delivered more than 300,000 cars in total.",
        D(2025, 6, 29),
        None,
        [dlv(AUTO, 300000, MORE, period_kind="cumulative", as_of=D(2025, 6, 28))],
    ),
    case(
        "截至今日，小米汽车累计交付已突破30万辆。",
        D(2025, 6, 28),
        "zh",
        [dlv(AUTO, 300000, MORE, period_kind="cumulative", as_of=D(2025, 6, 28))],
    ),
    case(
        "By the end of last month, Xiaomi had delivered more than 400,000 cars in total.",
        D(2025, 10, 2),
        None,
        [dlv(AUTO, 400000, MORE, period_kind="cumulative", as_of=D(2025, 9, 30))],
    ),
    case(
        "截至上月底，小米汽车累计交付超过40万辆。",
        D(2025, 10, 2),
        "zh",
        [dlv(AUTO, 400000, MORE, period_kind="cumulative", as_of=D(2025, 9, 30))],
    ),
    case(
        "小米SU7开售首月交付超过1万辆。",
        D(2024, 5, 6),
        "zh",
        [dlv(SU7, 10000, MORE, period_kind="window")],
    ),
]


@pytest.mark.parametrize(("text", "published", "lang", "want"), RELATIVE)
def test_relative_days(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


def margin(value: float, **f: Any) -> dict[str, Any]:
    return ev(AUTO, metric="other", label="gross margin", value=value, **f)


COMPARED = [
    case(
        "Xiaomi's EV unit posted operating income of 1.0bn yuan, compared with an operating "
        "income of 0.7bn in Q3.",
        D(2026, 3, 20),
        None,
        [
            ev(AUTO, metric="other", label="operating profit", value=1e9, **quarter(2025, 4)),
            ev(AUTO, metric="other", label="operating profit", value=7e8, **quarter(2025, 3)),
        ],
    ),
    case(
        "Xiaomi's EV unit posted an operating loss of 500 million yuan, versus 700 million in "
        "the fourth quarter of 2024.",
        D(2025, 5, 27),
        None,
        [
            ev(AUTO, metric="net_loss", value=5e8, **quarter(2025, 1)),
            ev(AUTO, metric="net_loss", value=7e8, **quarter(2024, 4)),
        ],
    ),
    case(
        "Xiaomi delivered more than 40,000 cars, versus more than 30,000 in August.",
        D(2025, 10, 2),
        None,
        [
            dlv(AUTO, 40000, MORE, **span("month", D(2025, 9, 1), D(2025, 9, 30))),
            dlv(AUTO, 30000, MORE, **span("month", D(2025, 8, 1), D(2025, 8, 31))),
        ],
    ),
    case(
        "Xiaomi's EV revenue reached RMB20.6 billion, compared with RMB6.4 billion in Q2 2024.",
        D(2025, 8, 19),
        None,
        [revenue(2.06e10, **quarter(2025, 2)), revenue(6.4e9, **quarter(2024, 2))],
    ),
    case(
        "Xiaomi reported its third-quarter results on Tuesday. Its EV revenue rose to 28.3 "
        "billion yuan from 9.7 billion yuan a year earlier.",
        Q3RES,
        None,
        [revenue(2.83e10, **quarter(2025, 3)), revenue(9.7e9, **quarter(2024, 3))],
    ),
    case(
        "Xiaomi delivered more than 40,000 cars, compared with 10,000 in October last year.",
        D(2025, 11, 3),
        None,
        [
            dlv(AUTO, 40000, MORE, **span("month", D(2025, 10, 1), D(2025, 10, 31))),
            dlv(AUTO, 10000, **span("month", D(2024, 10, 1), D(2024, 10, 31))),
        ],
    ),
    case(
        "Xiaomi delivered 108,796 cars, against 81,302 in the second quarter.",
        Q3RES,
        None,
        [dlv(AUTO, 108796, **quarter(2025, 3)), dlv(AUTO, 81302, **quarter(2025, 2))],
    ),
    case(
        "Xiaomi Q3 EV revenue: RMB28.3bn (Q2'25: RMB20.6bn).",
        Q3RES,
        "en",  # (alone, the line is not told English by the language detector)
        [revenue(2.83e10, **quarter(2025, 3)), revenue(2.06e10, **quarter(2025, 2))],
    ),
    case(
        "Xiaomi EV highlights:\n• Deliveries: 81,302\n• EV revenue: RMB20.6bn\n"
        "(all figures for Q2 2025)",
        Q2RES,
        None,
        [dlv(AUTO, 81302, **quarter(2025, 2)), revenue(2.06e10, **quarter(2025, 2))],
    ),
    case(
        "小米汽车要点：\n- 交付：108796辆\n- 收入：283亿元\n（以上均为2025年第三季度数据）",
        Q3RES,
        "zh",
        [dlv(AUTO, 108796, **quarter(2025, 3)), revenue(2.83e10, **quarter(2025, 3))],
    ),
    case(
        "Xiaomi delivered 108,796 cars in the third quarter (Q2 2025: 81,302).",
        Q3RES,
        None,
        [dlv(AUTO, 108796, **quarter(2025, 3)), dlv(AUTO, 81302, **quarter(2025, 2))],
    ),
    case(
        "小米汽车三季度交付10.9万辆，上一季度为8.1万辆。",
        Q3RES,
        "zh",
        [dlv(AUTO, 109000, **quarter(2025, 3)), dlv(AUTO, 81000, **quarter(2025, 2))],
    ),
    case(
        "小米汽车10月交付4万辆，上个月为3.5万辆。",
        D(2025, 11, 3),
        "zh",
        [
            dlv(AUTO, 40000, **span("month", D(2025, 10, 1), D(2025, 10, 31))),
            dlv(AUTO, 35000, **span("month", D(2025, 9, 1), D(2025, 9, 30))),
        ],
    ),
    case(
        "小米汽车三季度毛利率为25.5%，上一季度为26.4%。",
        Q3RES,
        "zh",
        [margin(25.5, **quarter(2025, 3)), margin(26.4, **quarter(2025, 2))],
    ),
    case(
        "Xiaomi's EV gross margin: 26.4% (Q2) vs 23.2% (Q1).",
        Q2RES,
        None,
        [margin(26.4, **quarter(2025, 2)), margin(23.2, **quarter(2025, 1))],
    ),
    case(
        "Xiaomi delivered 81,302 cars (Q2 2025).",
        Q2RES,
        None,
        [dlv(AUTO, 81302, **quarter(2025, 2))],
    ),
    case(
        "小米汽车二季度毛利率为26.4%，一季度为23.2%。",
        Q2RES,
        "zh",
        [margin(26.4, **quarter(2025, 2)), margin(23.2, **quarter(2025, 1))],
    ),
    case(
        "小米汽车毛利率为26.4%，较上一季度的23.2%有所提升。",
        Q3RES,
        "zh",
        [margin(26.4), margin(23.2)],
    ),
]


@pytest.mark.parametrize(("text", "published", "lang", "want"), COMPARED)
def test_compared_periods(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)
