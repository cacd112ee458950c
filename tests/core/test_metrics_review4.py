"""Adversarial probes of the extractor in the styles of coverage it was not fitted to: wire
copy, EV trade-site data posts, results write-ups, headlines with abbreviations, analyst
notes, executives' quotes, denials and corrections, rivals, cancellations, per-model splits,
and other Xiaomi products (phones, bands, tablets), in English and Chinese.

Every sentence is written for this file (our own words; figures look real, none is quoted).
A plain case is what a careful analyst would record from the sentence alone, given its
publication date; an `xfail(strict=True)` case is a known miss whose reason says what the
extractor gives instead: when a fix makes it pass, strict xfail fails, and the case moves to
the plain cases. Expectations are never weakened to match the output.
"""

import datetime as dt
from typing import Any

import pytest
from test_metrics_review import check, ev, xfail

D = dt.date


AUTO, GROUP = "Xiaomi Auto", "Xiaomi Group"
SU7, ULTRA, YU7 = "Xiaomi SU7", "Xiaomi SU7 Ultra", "Xiaomi YU7"

NOV01 = D(2025, 11, 1)  # October's delivery figures
RESULTS = D(2025, 11, 18)  # third-quarter results
LAUNCH = D(2025, 6, 27)  # the day after the YU7's launch
# a story names Xiaomi before "the company" or "the EV segment" (no figure in it)
LEAD = "Xiaomi is building up its car business. "


def month(y: int, m: int) -> dict[str, Any]:
    return {"period_kind": "month", "period_start": D(y, m, 1)}


def quarter(y: int, q: int) -> dict[str, Any]:
    return {"period_kind": "quarter", "period_start": D(y, 3 * q - 2, 1)}


def year(y: int) -> dict[str, Any]:
    return {"period_kind": "year", "period_start": D(y, 1, 1)}


def half(y: int, h: int) -> dict[str, Any]:
    return {"period_kind": "half_year", "period_start": D(y, 6 * h - 5, 1)}


def ytd(y: int) -> dict[str, Any]:
    return {"period_kind": "cumulative", "period_start": D(y, 1, 1)}


CUM = {"period_kind": "cumulative"}
WINDOW = {"period_kind": "window"}
RATE = {"period_kind": "rate"}
OCT25, SEP25 = month(2025, 10), month(2025, 9)
Q3 = quarter(2025, 3)


def dlv(subject: str, value: float, **fields: Any) -> dict[str, Any]:
    return ev(subject, metric="deliveries", value=value, status="actual", **fields)


def goal(value: float, **fields: Any) -> dict[str, Any]:
    return ev(AUTO, metric="delivery_target", value=value, status="target", **fields)


def fcst(value: float, **fields: Any) -> dict[str, Any]:
    return ev(AUTO, metric="deliveries", value=value, status="forecast", **fields)


def run(cases: list[Any]) -> Any:
    return pytest.mark.parametrize(("text", "published", "want"), cases)


# --- wire copy: monthly deliveries with dateline, attribution and background ------------------


@run(
    [
        (
            "Xiaomi Corp delivered more than 40,000 electric vehicles in October, the company "
            "said on Saturday, the second straight month above that level.",
            NOV01,
            [dlv(AUTO, 40000, qualifier="more_than", **OCT25)],
        ),
        (
            "BEIJING, Nov 1 (Reuters) - Xiaomi said on Saturday its EV deliveries topped 40,000 "
            "in October, while rival BYD sold 441,706 vehicles in the month.",
            NOV01,
            [dlv(AUTO, 40000, **OCT25)],
        ),
        (
            "Xiaomi, which began selling cars in March 2024, has now delivered more than 400,000 "
            "vehicles in total, according to a company statement.",
            NOV01,
            [dlv(AUTO, 400000, **CUM)],
        ),
        (
            "Shares of Xiaomi rose 3.2% in Hong Kong after the smartphone maker said deliveries "
            "of its YU7 SUV would begin in July.",
            D(2025, 6, 20),
            [],
        ),
        (
            LEAD
            + "The Beijing-based company aims to deliver 350,000 vehicles this year, up from a "
            "previous goal of 300,000.",
            D(2025, 10, 2),
            [goal(350000, **year(2025)), goal(300000, **year(2025))],
        ),
        (
            "Xiaomi sold 39,684 cars in September, according to data from the China Passenger "
            "Car Association, compared with Tesla's 71,525 China-made vehicles.",
            D(2025, 10, 14),
            [dlv(AUTO, 39684, **SEP25)],
        ),
        (
            "Bloomberg News reported last month that Xiaomi was weighing a plan to raise annual "
            "production capacity to 500,000 units, citing people familiar with the matter.",
            D(2025, 9, 5),
            [ev(AUTO, metric="production_capacity", value=500000, status="target")],
        ),
        pytest.param(
            "Xiaomi, whose cars compete with Tesla's Model 3, said deliveries in the week ended "
            "Oct 26 were about 9,800 vehicles.",
            D(2025, 10, 28),
            [dlv(AUTO, 9800, period_kind="week", period_start=D(2025, 10, 20))],
        ),
        (
            LEAD
            + "The company, which sold 135,000 cars last year, did not give a monthly breakdown.",
            D(2025, 3, 2),
            [dlv(AUTO, 135000, **year(2024))],
        ),
    ]
)
def test_wire_copy(text: str, published: dt.date, want: list[dict[str, Any]]) -> None:
    check(text, published, None, want)


# --- EV trade-site data posts: MoM, flattened tables, YTD, share of a goal --------------------


@run(
    [
        (
            "Xiaomi EV deliveries exceed 40,000 in Oct, up 20% MoM",
            NOV01,
            [dlv(AUTO, 40000, **OCT25)],
        ),
        pytest.param(
            "Xiaomi delivered 40,000+ units in Oct, compared to 40,000+ in Sep and 30,000+ in Aug.",
            NOV01,
            [
                dlv(AUTO, 40000, **OCT25),
                dlv(AUTO, 40000, **SEP25),
                dlv(AUTO, 30000, **month(2025, 8)),
            ],
        ),
        pytest.param(
            "Xiaomi EV monthly deliveries: Jul: 30,000; Aug: 31,000; Sep: 40,000; Oct: 41,000.",
            D(2025, 11, 2),
            [
                dlv(AUTO, 30000, **month(2025, 7)),
                dlv(AUTO, 31000, **month(2025, 8)),
                dlv(AUTO, 40000, **SEP25),
                dlv(AUTO, 41000, **OCT25),
            ],
        ),
        (
            "YTD, Xiaomi has delivered about 270,000 vehicles, 77% of its 350,000-unit annual "
            "target.",
            NOV01,
            [dlv(AUTO, 270000, **ytd(2025)), goal(350000, **year(2025))],
        ),
        (
            "The SU7 Ultra, priced at RMB 529,900, got more than 10,000 locked orders within two "
            "hours of launch.",
            D(2025, 2, 28),
            [
                ev(ULTRA, metric="price", value=529900),
                ev(ULTRA, metric="locked_orders", value=10000, **WINDOW),
            ],
        ),
        pytest.param(
            "Xiaomi's deliveries in Q3 came in at 108,796 units, up 23.6% QoQ and well above "
            "Q2's 81,302.",
            D(2025, 10, 2),
            [dlv(AUTO, 108796, **Q3), dlv(AUTO, 81302, **quarter(2025, 2))],
        ),
        (
            "As of Oct 31, Xiaomi had delivered a cumulative 400,000 vehicles since the SU7 "
            "launch in Mar 2024.",
            NOV01,
            [dlv(AUTO, 400000, period_kind="cumulative", as_of=D(2025, 10, 31))],
        ),
        pytest.param(
            "Xiaomi's average daily deliveries in October were roughly 1,300 units.",
            NOV01,
            [dlv(AUTO, 1300, **RATE)],
        ),
    ]
)
def test_trade_site_posts(text: str, published: dt.date, want: list[dict[str, Any]]) -> None:
    check(text, published, None, want)


# --- results write-ups: segment revenue, losses, profits, group totals, ASP --------------------


@run(
    [
        (
            "Xiaomi's smart EV and AI segment posted revenue of RMB 29.0 billion in Q3 2025, "
            "up 199.2% year-on-year.",
            RESULTS,
            [ev(AUTO, metric="revenue", value=2.9e10, unit="CNY", **Q3)],
        ),
        (
            LEAD
            + "The EV business recorded its first quarterly operating profit, of RMB 700 million, "
            "in the third quarter.",
            RESULTS,
            [ev(AUTO, metric="other", value=7e8, **Q3)],
        ),
        (
            "Xiaomi Group's total revenue for Q3'25 rose 22.3% YoY to RMB 113.1bn.",
            RESULTS,
            [ev(GROUP, metric="revenue", value=1.131e11, **Q3)],
        ),
        (
            LEAD
            + "The company delivered 108,796 vehicles in the third quarter, bringing revenue from "
            "cars alone to RMB 28.3bn.",
            RESULTS,
            [dlv(AUTO, 108796, **Q3), ev(AUTO, metric="revenue", value=2.83e10, **Q3)],
        ),
        (
            "Xiaomi's EV unit lost RMB 6.2bn in 2024 on revenue of RMB 32.1bn.",
            D(2025, 3, 19),
            [
                ev(AUTO, metric="net_loss", value=6.2e9, **year(2024)),
                ev(AUTO, metric="revenue", value=3.21e10, **year(2024)),
            ],
        ),
        pytest.param(
            LEAD + "In 1H25, revenue from the EV segment totalled RMB 39.6bn.",
            D(2025, 8, 19),
            [ev(AUTO, metric="revenue", value=3.96e10, **half(2025, 1))],
        ),
        (
            "The average selling price of Xiaomi's cars was RMB 260,000 in Q3, up from "
            "RMB 253,662 in Q2.",
            RESULTS,
            [
                ev(AUTO, metric="price", value=260000, **Q3),
                ev(AUTO, metric="price", value=253662, **quarter(2025, 2)),
            ],
        ),
        (
            "Xiaomi spent RMB 9.1bn on R&D in Q3'25, up 52% from a year earlier.",
            RESULTS,
            [ev(GROUP, metric="rd_spend", value=9.1e9, **Q3)],
        ),
        (
            LEAD + "The EV segment's operating loss narrowed to RMB 300mn in the second quarter.",
            D(2025, 8, 19),
            [ev(AUTO, metric="net_loss", value=3e8, **quarter(2025, 2))],
        ),
    ]
)
def test_results_write_ups(text: str, published: dt.date, want: list[dict[str, Any]]) -> None:
    check(text, published, None, want)


# --- headlines with abbreviations: k, bn, 1H25, Q3'25, FY, 2026E, hrs --------------------------


@run(
    [
        pytest.param(
            "Xiaomi YU7 orders top 240k in 18 hrs",
            LAUNCH,
            [ev(YU7, value=240000, **WINDOW)],
        ),
        pytest.param(
            "Xiaomi Q3'25 EV rev RMB 29bn; deliveries 108.8k",
            RESULTS,
            [
                ev(AUTO, metric="revenue", value=2.9e10, **Q3),
                dlv(AUTO, 108800, **Q3),
            ],
        ),
        pytest.param(
            "Xiaomi 1H25 EV deliveries 157k, on track for 350k FY target",
            D(2025, 7, 2),
            [dlv(AUTO, 157000, **half(2025, 1)), goal(350000, **year(2025))],
        ),
        (
            "Xiaomi EV Oct deliveries >40k for 2nd straight month",
            NOV01,
            [dlv(AUTO, 40000, **OCT25)],
        ),
        ("Xiaomi SU7 cumulative deliveries pass 300k", D(2025, 10, 20), [dlv(SU7, 300000, **CUM)]),
        ("Xiaomi raises 2025 delivery goal to 350k units", D(2025, 3, 19), [goal(350000)]),
        (
            "Xiaomi to invest RMB 10bn+ in second EV plant: report",
            D(2025, 5, 6),
            [ev(AUTO, metric="investment", value=1e10, status="target")],
        ),
        (
            "Xiaomi Auto R&D team tops 3.5k",
            D(2025, 9, 1),
            [ev(AUTO, metric="headcount", value=3500)],
        ),
        (
            "Xiaomi YU7 starts at RMB 253.5k; 3-min orders 200k",
            LAUNCH,
            [ev(YU7, metric="price", value=253500), ev(YU7, metric="orders", value=200000)],
        ),
        pytest.param(
            "Xiaomi 2026E deliveries: 550k (Citi)",
            D(2025, 11, 20),
            [fcst(550000, **year(2026))],
        ),
        ("Xiaomi EV YTD deliveries ~270k", NOV01, [dlv(AUTO, 270000, **ytd(2025))]),
        ("Xiaomi SU7 Ultra 2h locked orders >10k", D(2025, 2, 28), [ev(ULTRA, value=10000)]),
    ]
)
def test_headlines(text: str, published: dt.date, want: list[dict[str, Any]]) -> None:
    check(text, published, None, want)


# --- analyst notes: estimates, consensus, revised forecasts, share-price targets ---------------


@run(
    [
        pytest.param(
            "We forecast Xiaomi to deliver 400k vehicles in 2025E and 600k in 2026E.",
            D(2025, 9, 1),
            [fcst(400000, **year(2025)), fcst(600000, **year(2026))],
        ),
        pytest.param(
            "Morgan Stanley expects revenue at Xiaomi's EV business to reach RMB 100bn in FY25.",
            D(2025, 9, 1),
            [ev(AUTO, metric="revenue", value=1e11, status="forecast", **year(2025))],
        ),
        (
            "Our estimate for Xiaomi's Q4 deliveries is 145,000 units, above consensus of 135,000.",
            D(2025, 11, 5),
            [fcst(145000, **quarter(2025, 4)), fcst(135000, **quarter(2025, 4))],
        ),
        (
            "Citi raised its 2026 delivery forecast for Xiaomi to 550,000 units from 450,000.",
            D(2025, 11, 20),
            [fcst(550000, **year(2026)), fcst(450000, **year(2026))],
        ),
        (
            "Jefferies analysts estimate YU7 monthly output could reach 20,000 units by year-end.",
            D(2025, 8, 1),
            [ev(YU7, metric="production", value=20000, status="forecast", **RATE)],
        ),
        ("Deutsche Bank cut its price target on Xiaomi shares to HK$60.", D(2025, 11, 20), []),
        pytest.param(
            "Consensus sees Xiaomi's EV segment posting a net loss of RMB 2bn in 2025.",
            D(2025, 3, 1),
            [ev(AUTO, metric="net_loss", value=2e9, status="forecast", **year(2025))],
        ),
        pytest.param(
            "We model Xiaomi's car deliveries at 38k in November, a touch below October's 40k.",
            D(2025, 11, 5),
            [fcst(38000, **month(2025, 11)), dlv(AUTO, 40000, **OCT25)],
        ),
    ]
)
def test_analyst_notes(text: str, published: dt.date, want: list[dict[str, Any]]) -> None:
    check(text, published, None, want)


# --- executives' quotes ---------------------------------------------------------------------


@run(
    [
        pytest.param(
            "'We will definitely deliver more than 350,000 cars this year,' Xiaomi CEO Lei Jun "
            "said in a livestream.",
            D(2025, 9, 10),
            [goal(350000, **year(2025))],
        ),
        (
            "Lei Jun wrote on Weibo that YU7 locked orders had exceeded 240,000 within 18 hours.",
            LAUNCH,
            [ev(YU7, metric="locked_orders", value=240000, **WINDOW)],
        ),
        (
            "'Our goal for next year is 550,000 deliveries,' Xiaomi president Lu Weibing told "
            "analysts on the earnings call.",
            RESULTS,
            [goal(550000, **year(2026))],
        ),
        (
            "Lei Jun said the company has no plan to raise the SU7's price, which starts at "
            "215,900 yuan.",
            D(2025, 6, 1),
            [ev(SU7, metric="price", value=215900)],
        ),
        pytest.param(
            "'Capacity is our bottleneck; we can only make about 40,000 cars a month right now,' "
            "Xiaomi chief executive Lei Jun said.",
            D(2025, 9, 10),
            [ev(AUTO, metric="production_capacity", value=40000, status="actual", **RATE)],
        ),
        (
            '"In the first 12 months we shipped 200,000 SU7s," Lei told reporters.',
            D(2025, 4, 2),
            [dlv(SU7, 200000)],
        ),
    ]
)
def test_executive_quotes(text: str, published: dt.date, want: list[dict[str, Any]]) -> None:
    check(text, published, None, want)


# --- denials, rumours, non-disclosure, corrections -------------------------------------------


@run(
    [
        ("Xiaomi did not disclose October deliveries for the YU7 separately.", NOV01, []),
        ("Xiaomi denied reports of 100,000 orders being cancelled.", D(2025, 7, 20), []),
        (
            "Xiaomi denied media reports that YU7 locked orders had reached 300,000.",
            D(2025, 7, 1),
            [],
        ),
        pytest.param(
            "Xiaomi has never confirmed a target of 500,000 deliveries for 2026.",
            D(2025, 10, 1),
            [],
        ),
        pytest.param(
            "It is not true that the YU7 has 500,000 orders, a Xiaomi spokesperson said.",
            D(2025, 7, 1),
            [],
        ),
        pytest.param(
            "According to people familiar with the matter, Xiaomi's internal 2026 sales target "
            "is 550,000 units; the company declined to comment.",
            D(2025, 10, 1),
            [goal(550000, **year(2026))],
        ),
        pytest.param(
            "Correction: an earlier version of this story said Xiaomi delivered 50,000 cars in "
            "October; the correct figure is 40,000.",
            D(2025, 11, 2),
            [dlv(AUTO, 40000, **OCT25)],
        ),
        (
            "Xiaomi revised down its 2025 delivery target to 300,000 from 350,000.",
            D(2025, 6, 1),
            [goal(300000, **year(2025)), goal(350000, **year(2025))],
        ),
        (
            "Contrary to earlier reports of 300,000 units, locked orders for the YU7 stood at "
            "240,000.",
            D(2025, 6, 28),
            [ev(YU7, metric="locked_orders", value=240000)],
        ),
        (
            "Xiaomi dismissed as false a rumour that the SU7 Ultra had 50,000 orders.",
            D(2025, 3, 3),
            [],
        ),
    ]
)
def test_denials_and_corrections(text: str, published: dt.date, want: list[dict[str, Any]]) -> None:
    check(text, published, None, want)


# --- rivals: Tesla and BYD figures beside Xiaomi's -------------------------------------------


@run(
    [
        (
            "The YU7 is priced at 253,500 yuan, 10,000 yuan below Tesla's Model Y.",
            LAUNCH,
            [ev(YU7, metric="price", value=253500)],
        ),
        (
            "Xiaomi's 40,000 deliveries in October compare with 61,497 China-made vehicles sold "
            "by Tesla.",
            D(2025, 11, 5),
            [dlv(AUTO, 40000, **OCT25)],
        ),
        pytest.param(
            "BYD sold 441,706 vehicles in October, more than ten times Xiaomi's 40,000.",
            NOV01,
            [dlv(AUTO, 40000, **OCT25)],
        ),
        (
            "Tesla delivered 497,099 vehicles globally in Q3, while Xiaomi handed over 108,796.",
            D(2025, 10, 3),
            [dlv(AUTO, 108796, **Q3)],
        ),
        pytest.param(
            "The SU7 outsold the Model 3 in China in September, at 17,000 units versus Tesla's "
            "12,000.",
            D(2025, 10, 10),
            [dlv(SU7, 17000, **SEP25)],
            marks=xfail("'outsold ... at 17,000 units': no event"),
        ),
        ("Tesla's Model Y L got 120,000 orders in its first week.", D(2025, 9, 5), []),
    ]
)
def test_rivals(text: str, published: dt.date, want: list[dict[str, Any]]) -> None:
    check(text, published, None, want)


# --- cancellations and refunds: no orders figure ---------------------------------------------


@run(
    [
        pytest.param(
            "About 30,000 SU7 Ultra buyers asked to cancel or convert their orders after Xiaomi "
            "changed the carbon hood specification.",
            D(2025, 5, 10),
            [ev(ULTRA, metric="other", value=30000)],
        ),
        pytest.param(
            "Xiaomi said it had refunded deposits to roughly 2,000 customers who cancelled YU7 "
            "orders.",
            D(2025, 8, 1),
            [ev(YU7, metric="other", value=2000)],
        ),
        pytest.param(
            "Some 5,000 SU7 orders were cancelled in the week after the crash, a dealer said.",
            D(2025, 4, 10),
            [ev(SU7, metric="other", value=5000)],
        ),
    ]
)
def test_cancellations(text: str, published: dt.date, want: list[dict[str, Any]]) -> None:
    check(text, published, None, want)


# --- per-model splits ------------------------------------------------------------------------


@run(
    [
        pytest.param(
            "Of Xiaomi's 40,000-plus October deliveries, the SU7 accounted for about 22,000 and "
            "the YU7 for about 18,000.",
            D(2025, 11, 3),
            [dlv(AUTO, 40000, **OCT25), dlv(SU7, 22000, **OCT25), dlv(YU7, 18000, **OCT25)],
        ),
        pytest.param(
            "October deliveries by model - SU7: 22,045; YU7: 18,612; total: 40,657.",
            D(2025, 11, 10),
            [dlv(SU7, 22045, **OCT25), dlv(YU7, 18612, **OCT25), dlv(AUTO, 40657, **OCT25)],
        ),
        pytest.param(
            "The SU7 Ultra made up roughly 2,000 of the SU7's 25,000 deliveries in March.",
            D(2025, 4, 5),
            [dlv(ULTRA, 2000, **month(2025, 3)), dlv(SU7, 25000, **month(2025, 3))],
        ),
    ]
)
def test_model_splits(text: str, published: dt.date, want: list[dict[str, Any]]) -> None:
    check(text, published, None, want)


# --- other Xiaomi products: phones, wearables, tablets, appliances give no car event ----------


@run(
    [
        ("Xiaomi shipped 43.3 million smartphones in Q3'25, a 13.6% market share.", RESULTS, []),
        (
            "The Xiaomi 17 Pro Max sold over 1 million units in its first five days.",
            D(2025, 10, 1),
            [],
        ),
        ("Xiaomi's IoT and lifestyle products revenue rose 5.6% to RMB 27.6bn.", RESULTS, []),
        ("The Xiaomi Smart Band 10 starts at 269 yuan.", D(2025, 6, 27), []),
        ("The Redmi K80 drew 1 million reservations before launch.", D(2024, 11, 27), []),
        ("The Xiaomi Pad 7 is priced from RMB 1,999.", D(2024, 10, 30), []),
        pytest.param(
            "Xiaomi sold more than 10 million air conditioners this year.",
            D(2025, 11, 1),
            [],
        ),
        (
            "Xiaomi's HyperOS now runs on more than 1 billion connected devices.",
            D(2025, 10, 1),
            [],
        ),
    ]
)
def test_other_products(text: str, published: dt.date, want: list[dict[str, Any]]) -> None:
    check(text, published, None, want)


# --- production, capacity, prices, people -----------------------------------------------------


@run(
    [
        (
            "Phase II of Xiaomi's Beijing factory, with an annual capacity of 150,000 vehicles, "
            "began production in June.",
            D(2025, 7, 5),
            [ev(AUTO, metric="production_capacity", value=150000, status="actual")],
        ),
        pytest.param(
            "Xiaomi cut the SU7's starting price by RMB 4,000 to RMB 215,900 for the 2025 model.",
            D(2025, 5, 22),
            [ev(SU7, metric="price", value=215900)],
        ),
        (
            "The SU7 Ultra, pre-sold at 814,900 yuan, launched at 529,900 yuan.",
            D(2025, 2, 28),
            [ev(ULTRA, metric="price", value=814900), ev(ULTRA, metric="price", value=529900)],
        ),
        pytest.param(
            "Xiaomi says its car business will spend RMB 7bn on R&D next year.",
            D(2025, 11, 20),
            [ev(AUTO, metric="rd_spend", value=7e9, status="target", **year(2026))],
        ),
        pytest.param(
            "Xiaomi's car unit now employs more than 18,000 people.",
            D(2025, 9, 1),
            [ev(AUTO, metric="headcount", value=18000)],
        ),
    ]
)
def test_production_prices_people(
    text: str, published: dt.date, want: list[dict[str, Any]]
) -> None:
    check(text, published, None, want)


# === Chinese ===================================================================================

# --- 微博/懂车帝-style posts: 官宣, 破, 超, 万台, 4万+ ------------------------------------------


@run(
    [
        ("小米汽车10月交付量超4万台，连续两个月破4万！", NOV01, [dlv(AUTO, 40000, **OCT25)]),
        (
            "官宣！小米YU7上市18小时锁单24万台",
            LAUNCH,
            [ev(YU7, metric="locked_orders", value=240000, **WINDOW)],
        ),
        (
            "雷军：小米YU7 3分钟大定突破20万台",
            LAUNCH,
            [ev(YU7, metric="orders", value=200000, **WINDOW)],
        ),
        ("小米汽车今年交付目标上调至35万辆", D(2025, 3, 19), [goal(350000, **year(2025))]),
        pytest.param(
            "小米汽车累计交付已超40万台，其中SU7超30万台。",
            NOV01,
            [dlv(AUTO, 400000, **CUM), dlv(SU7, 300000, **CUM)],
        ),
        (
            "1-10月小米汽车累计交付约27万辆，完成全年目标的77%。",
            NOV01,
            [dlv(AUTO, 270000, **ytd(2025))],
        ),
        pytest.param(
            "小米汽车9月交付4万+，10月交付4万+，11月目标4万+。",
            D(2025, 11, 2),
            [
                dlv(AUTO, 40000, **SEP25),
                dlv(AUTO, 40000, **OCT25),
                goal(40000, **month(2025, 11)),
            ],
        ),
        pytest.param(
            "小米汽车月度交付：7月 3万+；8月 3.1万+；9月 4万+；10月 4.1万+",
            D(2025, 11, 2),
            [
                dlv(AUTO, 30000, **month(2025, 7)),
                dlv(AUTO, 31000, **month(2025, 8)),
                dlv(AUTO, 40000, **SEP25),
                dlv(AUTO, 41000, **OCT25),
            ],
        ),
        ("小米汽车今年上半年交付超15.7万辆。", D(2025, 7, 2), [dlv(AUTO, 157000, **half(2025, 1))]),
        (
            "截至10月31日，小米汽车累计交付量突破40万辆。",
            NOV01,
            [dlv(AUTO, 400000, period_kind="cumulative", as_of=D(2025, 10, 31))],
        ),
        ("小米SU7上市一周年，累计交付超25.8万台。", D(2025, 3, 28), [dlv(SU7, 258000, **CUM)]),
        (
            "小米汽车10月环比增长5%，交付量约4.1万辆，同比增长超1倍。",
            NOV01,
            [dlv(AUTO, 41000, **OCT25)],
        ),
        ("小米汽车日均交付约1500台。", D(2025, 10, 10), [dlv(AUTO, 1500, **RATE)]),
        pytest.param(
            "小米汽车周销量连续三周破万。",
            D(2025, 10, 28),
            [dlv(AUTO, 10000, **RATE)],
        ),
        pytest.param(
            "小米YU7锁单超24万台，其中约4成为女性用户。",
            D(2025, 7, 2),
            [
                ev(YU7, metric="locked_orders", value=240000),
                ev(YU7, metric="buyer_share", value=40),
            ],
        ),
    ]
)
def test_zh_posts(text: str, published: dt.date, want: list[dict[str, Any]]) -> None:
    check(text, published, None, want)


# --- 财报 (results): 营收, 经营亏损, 盈利, 集团总营收, 研发 ------------------------------------------


@run(
    [
        pytest.param(
            "小米汽车第三季度营收290亿元，同比增长199.2%，首次实现单季经营盈利7亿元。",
            RESULTS,
            [
                ev(AUTO, metric="revenue", value=2.9e10, **Q3),
                ev(AUTO, metric="other", value=7e8, **Q3),
            ],
        ),
        (
            "小米集团Q3总营收1131亿元，手机出货量4330万台。",
            RESULTS,
            [ev(GROUP, metric="revenue", value=1.131e11, **Q3)],
        ),
        (
            "小米汽车第二季度经营亏损3亿元，亏损同比收窄。",
            D(2025, 8, 19),
            [ev(AUTO, metric="net_loss", value=3e8, **quarter(2025, 2))],
        ),
        (
            "小米集团Q3研发投入91亿元，同比增长52%。",
            RESULTS,
            [ev(GROUP, metric="rd_spend", value=9.1e9, **Q3)],
        ),
        (
            "小米汽车2024年全年亏损62亿元，营收321亿元。",
            D(2025, 3, 19),
            [
                ev(AUTO, metric="net_loss", value=6.2e9, **year(2024)),
                ev(AUTO, metric="revenue", value=3.21e10, **year(2024)),
            ],
        ),
        (
            "小米集团总裁卢伟冰：小米汽车今年四季度有望实现盈利。",
            RESULTS,
            [],
        ),
    ]
)
def test_zh_results(text: str, published: dt.date, want: list[dict[str, Any]]) -> None:
    check(text, published, None, want)


# --- 目标、预测与高管表态 (targets, forecasts, quotes) -----------------------------------------


@run(
    [
        (
            "小米汽车明年交付目标55万辆，卢伟冰在财报电话会上透露。",
            RESULTS,
            [goal(550000, **year(2026))],
        ),
        pytest.param(
            "据业内人士透露，小米汽车二期工厂年产能规划为15万辆。",
            D(2025, 3, 1),
            [ev(AUTO, metric="production_capacity", value=150000, status="target")],
        ),
        (
            "机构预测小米汽车2026年销量有望达到55万辆。",
            D(2025, 11, 20),
            [fcst(550000, **year(2026))],
        ),
        (
            "中金预计小米汽车业务2025年营收将超过1000亿元。",
            D(2025, 9, 1),
            [ev(AUTO, metric="revenue", value=1e11, status="forecast", **year(2025))],
        ),
        (
            "小米汽车将2025年交付目标由30万辆上调至35万辆。",
            D(2025, 3, 19),
            [goal(300000, **year(2025)), goal(350000, **year(2025))],
        ),
        (
            "据晚点报道，小米汽车2026年内部销量目标为55万辆，小米方面未予置评。",
            D(2025, 10, 1),
            [goal(550000, **year(2026))],
        ),
        pytest.param(
            "小米CEO雷军在直播中表示：“今年我们一定要交付35万台车。”",
            D(2025, 9, 10),
            [goal(350000, **year(2025))],
        ),
        pytest.param(
            "小米创始人雷军称，目前工厂每月最多只能生产4万台左右。",
            D(2025, 9, 10),
            [ev(AUTO, metric="production_capacity", value=40000, status="actual", **RATE)],
        ),
        (
            "小米汽车研发团队超过3500人。",
            D(2025, 9, 1),
            [ev(AUTO, metric="headcount", value=3500)],
        ),
        (
            "小米汽车二期工厂投资约100亿元。",
            D(2025, 5, 6),
            [ev(AUTO, metric="investment", value=1e10)],
        ),
    ]
)
def test_zh_targets_and_quotes(text: str, published: dt.date, want: list[dict[str, Any]]) -> None:
    check(text, published, None, want)


# --- 否认、传闻、未披露、更正、退订 (denials, rumours, corrections, cancellations) ------------------


@run(
    [
        ("小米汽车否认YU7订单被大规模退订的传闻。", D(2025, 7, 20), []),
        ("有传闻称小米YU7锁单已达30万台，小米官方回应称不实。", D(2025, 7, 1), []),
        ("小米汽车未公布YU7的具体锁单数据。", D(2025, 7, 1), []),
        pytest.param(
            "更正：本文此前称小米汽车10月交付5万辆，实际为4万辆。",
            D(2025, 11, 2),
            [dlv(AUTO, 40000, **OCT25)],
        ),
        pytest.param(
            "据报道，约3万名SU7 Ultra车主申请退订或改配。",
            D(2025, 5, 10),
            [ev(ULTRA, metric="other", value=30000)],
        ),
        ("小米YU7交付周期长达一年，部分用户选择退订。", D(2025, 7, 10), []),
        pytest.param(
            "小米汽车并未公布10月份YU7和SU7的分车型交付数据，仅表示总交付量超过4万台。",
            NOV01,
            [dlv(AUTO, 40000, **OCT25)],
            marks=xfail("the total's 4万 went to the SU7 (models named in the negated clause)"),
        ),
        ("网传小米SU7 Ultra订单破5万台，官方辟谣称系谣言。", D(2025, 3, 3), []),
        pytest.param(
            "小米退还了约2000名YU7退订用户的定金。",
            D(2025, 8, 1),
            [ev(YU7, metric="other", value=2000)],
            marks=xfail("refunds to 2,000 cancelling buyers give no event"),
        ),
    ]
)
def test_zh_denials(text: str, published: dt.date, want: list[dict[str, Any]]) -> None:
    check(text, published, None, want)


# --- 对比特斯拉/比亚迪、分车型、价格 (rivals, per-model, prices) -----------------------------------


@run(
    [
        (
            "小米YU7起售价25.35万元，比特斯拉Model Y便宜1万元。",
            LAUNCH,
            [ev(YU7, metric="price", value=253500)],
        ),
        ("10月比亚迪销量44.2万辆，小米汽车交付超4万辆。", NOV01, [dlv(AUTO, 40000, **OCT25)]),
        (
            "特斯拉中国10月批发6.1万辆，同期小米汽车交付4万辆以上。",
            D(2025, 11, 5),
            [dlv(AUTO, 40000, **OCT25)],
        ),
        (
            "小米SU7标准版售价21.59万元，Pro版24.59万元，Max版29.99万元。",
            D(2024, 3, 29),
            [
                ev(SU7, metric="price", value=215900),
                ev(SU7, metric="price", value=245900),
                ev(SU7, metric="price", value=299900),
            ],
        ),
        (
            "小米SU7 Ultra上市2小时大定破1万台，售价52.99万元。",
            D(2025, 2, 28),
            [
                ev(ULTRA, metric="orders", value=10000, **WINDOW),
                ev(ULTRA, metric="price", value=529900),
            ],
        ),
        pytest.param(
            "9月小米SU7单月交付被YU7反超，前者约1.7万辆，后者约2.3万辆。",
            D(2025, 10, 5),
            [dlv(SU7, 17000, **SEP25), dlv(YU7, 23000, **SEP25)],
        ),
        (
            "小米汽车5月交付量超2.8万台，其中SU7 Ultra交付超2000台。",
            D(2025, 6, 1),
            [dlv(AUTO, 28000, **month(2025, 5)), dlv(ULTRA, 2000, **month(2025, 5))],
        ),
        (
            "小米YU7 Pro售价27.99万元，Max售价32.99万元。",
            LAUNCH,
            [ev(YU7, metric="price", value=279900), ev(YU7, metric="price", value=329900)],
        ),
        ("特斯拉Model Y L上市首周订单超12万。", D(2025, 9, 5), []),
    ]
)
def test_zh_rivals_models_prices(text: str, published: dt.date, want: list[dict[str, Any]]) -> None:
    check(text, published, None, want)


# --- 小米其他产品 (phones, tablets, bands) give no car event ---------------------------------


@run(
    [
        ("小米15系列首销破百万台。", D(2024, 11, 1), []),
        (
            "小米手机10月在中国市场销量约450万台，小米汽车同期交付4万辆。",
            NOV01,
            [dlv(AUTO, 40000, **OCT25)],
        ),
        ("Redmi Turbo 4 Pro首销5分钟销量破10万台。", D(2025, 4, 25), []),
        ("小米手环10售价269元起。", D(2025, 6, 27), []),
        ("小米平板7 Pro预约量突破50万。", D(2024, 10, 28), []),
        ("小米空调今年出货量突破1000万台。", D(2025, 11, 1), []),
    ]
)
def test_zh_other_products(text: str, published: dt.date, want: list[dict[str, Any]]) -> None:
    check(text, published, None, want)
