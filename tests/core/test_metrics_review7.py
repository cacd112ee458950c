"""Adversarial probes of the extractor, fifth set: PARAGRAPHS of Xiaomi car coverage in English
and Chinese, where reading one figure needs the sentences around it. Short passages of two to
five sentences, as articles have them, and a few whole mini-articles with their headline:
the subject carried across sentences ("It delivered ...", "The company ...", "The sedan ...",
该公司, 其, 这款车, a rival named in between, a model then the company's total); the measure
carried ("In September, the figure was ...", "The number rose to ...", 此前一个月为); the
period carried (a results lede then its figures, a dateline, "last month", "this year", 上月,
今年, a later sentence naming another month); the status carried (a plan, then "That would
be ...", "That compares with ...", quotes across sentences); restatements that are one event
(lede and body, headline and body, a corrected figure); and negatives across sentences (a
rival's paragraph that names Xiaomi once, phones inside a car story, market totals, shares).

Every passage is written for this file (our own words; figures close to those reported, some
made up to be plausible). The conventions are those of ../shared/DESIGN.md and the header of
en_zh_time_sentences.yaml: a finished month or quarter of an actual runs from its first to its
last day; a target or forecast has no as_of; a running total with no stated day has no as_of;
"last month" and 上月 are resolved against the publication date (or the dateline); a fact
stated twice in one article is one event; another maker's figure, the market's, a phone
figure and a share price are no event. A plain case guards a rule that holds; an
`xfail(strict=True)` case is a known miss whose reason says what it should give and what the
extractor gives: when a fix makes it pass, strict xfail fails, and the case moves to the plain
ones. Expectations are never weakened to match.
"""

import datetime as dt
from typing import Any

import pytest
from test_metrics_review import check, ev, xfail

from pipelines.core.metrics import extract_events

D = dt.date

AUTO, GROUP = "Xiaomi Auto", "Xiaomi Group"
SU7, ULTRA, YU7 = "Xiaomi SU7", "Xiaomi SU7 Ultra", "Xiaomi YU7"


def _last_day(y: int, m: int) -> dt.date:
    return (D(y + m // 12, m % 12 + 1, 1)) - dt.timedelta(days=1)


def month(y: int, m: int) -> dict[str, Any]:
    end = _last_day(y, m)
    return {"period_kind": "month", "period_start": D(y, m, 1), "period_end": end, "as_of": end}


def quarter(y: int, q: int) -> dict[str, Any]:
    end = _last_day(y, 3 * q)
    return {"period_kind": "quarter", "period_start": D(y, 3 * q - 2, 1), "period_end": end}


def year(y: int) -> dict[str, Any]:
    return {"period_kind": "year", "period_start": D(y, 1, 1), "period_end": D(y, 12, 31)}


def ytd(y: int) -> dict[str, Any]:
    """So far this year, no day stated."""
    return {"period_kind": "cumulative", "period_start": D(y, 1, 1), "as_of": None}


def total_to(day: dt.date | None) -> dict[str, Any]:
    """A running total since launch, to a stated day (None: no day stated)."""
    return {"period_kind": "cumulative", "period_start": None, "as_of": day}


WINDOW = {"period_kind": "window"}
RATE = {"period_kind": "rate", "period_start": None, "period_end": None, "as_of": None}
NONE = {"period_kind": "none"}
MORE, ABOUT = "more_than", "about"
PLAN = {"as_of": None}  # a target or a forecast is dated by nothing yet


def dlv(subject: str, value: float, q: str = "exact", **fields: Any) -> dict[str, Any]:
    return ev(subject, metric="deliveries", value=value, qualifier=q, status="actual", **fields)


def goal(value: float, q: str = "exact", **fields: Any) -> dict[str, Any]:
    return ev(AUTO, metric="delivery_target", value=value, qualifier=q, status="target", **fields)


def fcst(value: float, q: str = "exact", **fields: Any) -> dict[str, Any]:
    return ev(AUTO, metric="deliveries", value=value, qualifier=q, status="forecast", **fields)


def money(metric: str, value: float, q: str = "exact", **fields: Any) -> dict[str, Any]:
    """A figure in yuan: revenue, net_loss (of the car business unless a subject is given)."""
    subject = fields.pop("subject", AUTO)
    return ev(subject, metric=metric, value=value, unit="CNY", qualifier=q, **fields)


def other(label: str, value: float, subject: str = AUTO, **fields: Any) -> dict[str, Any]:
    return ev(subject, metric="other", label=label, value=value, **fields)


def price(subject: str, value: float, **fields: Any) -> dict[str, Any]:
    return ev(subject, metric="price", value=value, unit="CNY", **fields)


def check_title(
    title: str,
    text: str,
    published: dt.date | None,
    lang: str | None,
    want: list[dict[str, Any]],
) -> None:
    """As `check`, with the article's headline given apart from its body."""
    events = extract_events(text, published=published, language=lang, title=title)
    got = [{k: getattr(e, k) for k in w} for e, w in zip(events, want, strict=False)]
    assert len(events) == len(want) and got == want, events


def run(cases: list[Any]) -> Any:
    return pytest.mark.parametrize(("text", "published", "want"), cases)


NOV02 = D(2025, 11, 2)  # October's delivery figures are out (told on Saturday, November 1)
OCT02 = D(2025, 10, 2)  # September's
SEP02 = D(2025, 9, 2)  # August's
RESULTS = D(2025, 11, 19)  # the day after third-quarter results (Tuesday, November 18)
LAUNCH = D(2025, 6, 27)  # the day after the YU7's launch
ULTRA_LAUNCH = D(2025, 2, 28)  # the day after the SU7 Ultra's launch
APR25 = D(2024, 4, 25)  # the day after the SU7's locked orders were told
MAR25 = D(2025, 3, 19)  # full-year 2024 results
OCT, SEP, AUG = month(2025, 10), month(2025, 9), month(2025, 8)
Q3, Q3_24 = quarter(2025, 3), quarter(2024, 3)
GM, OP = "gross margin", "operating profit"


# === English ===================================================================================

# --- the subject carried: It, The company, The sedan, a rival in between, a model then a total -


@run(
    [
        (
            "Xiaomi's car business had its best month yet. It delivered more than 40,000 "
            "vehicles in October, the company said on Saturday.",
            NOV02,
            [dlv(AUTO, 40000, MORE, **OCT)],
        ),
        (
            "Xiaomi said on Saturday that demand for its cars remained strong. The company "
            "delivered over 40,000 vehicles in October.",
            NOV02,
            [dlv(AUTO, 40000, MORE, **OCT)],
        ),
        (
            "The SU7 went on sale on March 28, 2024. The sedan drew 75,723 locked orders by "
            "April 24, Xiaomi said.",
            APR25,
            [ev(SU7, metric="locked_orders", value=75723, **total_to(D(2024, 4, 24)))],
        ),
        (
            "The YU7 went on sale on June 26. The SUV drew 240,000 locked orders within 18 "
            "hours, Xiaomi said.",
            LAUNCH,
            [ev(YU7, metric="locked_orders", value=240000, **WINDOW)],
        ),
        (
            "Xiaomi launched the SU7 Ultra on Thursday. The high-performance car starts at "
            "529,900 yuan. The company said it took 10,000 locked orders for it within two hours.",
            ULTRA_LAUNCH,
            [
                price(ULTRA, 529900, **NONE),
                ev(ULTRA, metric="locked_orders", value=10000, **WINDOW),
            ],
        ),
        (
            "Tesla sold 61,497 China-made cars in October, up 10% from September. Xiaomi, by "
            "contrast, delivered more than 40,000 vehicles, a record for the company.",
            NOV02,
            [dlv(AUTO, 40000, MORE, **OCT)],
        ),
        (
            "Xiaomi delivered more than 40,000 cars in October. Tesla, meanwhile, sold 61,497 "
            "China-made vehicles, and BYD sold 441,706.",
            NOV02,
            [dlv(AUTO, 40000, MORE, **OCT)],
        ),
        (
            "The YU7 accounted for most of the growth. Xiaomi delivered more than 40,000 "
            "vehicles in total in October, it said.",
            NOV02,
            [dlv(AUTO, 40000, MORE, **OCT)],
        ),
        pytest.param(
            "The YU7 SUV went on sale in late June. Deliveries of the model passed 10,000 in "
            "August, Xiaomi said.",
            SEP02,
            [dlv(YU7, 10000, MORE, **AUG)],
        ),
        (
            "Li Auto delivered 31,767 cars in October. It expects to deliver 100,000 to 110,000 "
            "in the fourth quarter. Xiaomi has given no forecast.",
            NOV02,
            [],
        ),
        pytest.param(
            "NIO delivered 40,397 vehicles in October, a record. The company, which competes "
            "with Xiaomi's YU7, expects 120,000 to 125,000 deliveries in the fourth quarter.",
            NOV02,
            [],
        ),
        (
            "Xiaomi delivered more than 40,000 cars in October. XPeng, which makes the G7 SUV, "
            "delivered 42,013. It has now topped 40,000 for two months running.",
            NOV02,
            [dlv(AUTO, 40000, MORE, **OCT)],
        ),
        pytest.param(
            "Xiaomi began selling cars in 2024. The Beijing-based company delivered 136,854 "
            "vehicles that year, beating its target of 130,000.",
            MAR25,
            [dlv(AUTO, 136854, **year(2024)), goal(130000, **year(2024))],
        ),
        pytest.param(
            "The SU7 is Xiaomi's best-selling model. Xiaomi delivered more than 40,000 "
            "vehicles in October, of which the sedan made up about 20,000.",
            NOV02,
            [dlv(AUTO, 40000, MORE, **OCT), dlv(SU7, 20000, ABOUT, **OCT)],
            marks=xfail("'of which the sedan made up about 20,000' is the SU7's October: not read"),
        ),
        (
            "Xiaomi's YU7 has a range of up to 835 km. The SUV costs 253,500 yuan to start.",
            LAUNCH,
            [price(YU7, 253500, **NONE)],
        ),
    ]
)
def test_en_subject_carried(text: str, published: dt.date, want: list[dict[str, Any]]) -> None:
    check(text, published, None, want)


# --- the measure carried: "the figure was", "the number rose to", "a year earlier it was" ----


@run(
    [
        (
            "Xiaomi's deliveries hit 40,000 in October. In September, the figure was 38,000.",
            NOV02,
            [dlv(AUTO, 40000, **OCT), dlv(AUTO, 38000, **SEP)],
        ),
        pytest.param(
            "Xiaomi delivered more than 30,000 cars in August. The number rose to over 40,000 "
            "in October.",
            NOV02,
            [dlv(AUTO, 30000, MORE, **AUG), dlv(AUTO, 40000, MORE, **OCT)],
        ),
        pytest.param(
            "Xiaomi delivered 40,000 cars in October. That was up from 39,000 in September.",
            NOV02,
            [dlv(AUTO, 40000, **OCT), dlv(AUTO, 39000, **SEP)],
        ),
        pytest.param(
            "Revenue from Xiaomi's EV business was 28.3 billion yuan in the third quarter. A year "
            "earlier it was 9.7 billion yuan.",
            RESULTS,
            [money("revenue", 2.83e10, **Q3), money("revenue", 9.7e9, **Q3_24)],
        ),
        (
            "Xiaomi delivered 40,000 cars in October. Li Auto's figure was 31,767.",
            NOV02,
            [dlv(AUTO, 40000, **OCT)],
        ),
        (
            "Locked orders for the YU7 hit 240,000 within 18 hours of its launch. For the SU7, "
            "the tally after 24 hours was 88,898.",
            LAUNCH,
            [
                ev(YU7, metric="locked_orders", value=240000, **WINDOW),
                ev(SU7, metric="locked_orders", value=88898, **WINDOW),
            ],
        ),
        pytest.param(
            "Xiaomi delivered more than 40,000 cars in October. Across China, the number was "
            "about 1.7 million, the CPCA said.",
            NOV02,
            [dlv(AUTO, 40000, MORE, **OCT)],
        ),
        pytest.param(
            "Xiaomi delivered 40,000 cars last month. That is more than double the 20,000 it "
            "handed over a year earlier.",
            NOV02,
            [dlv(AUTO, 40000, **OCT), dlv(AUTO, 20000, **month(2024, 10))],
        ),
        pytest.param(
            "Xiaomi's EV unit posted revenue of 28.3 billion yuan in the third quarter. In the "
            "second quarter, it was 21.3 billion yuan.",
            RESULTS,
            [money("revenue", 2.83e10, **Q3), money("revenue", 2.13e10, **quarter(2025, 2))],
        ),
        pytest.param(
            "Xiaomi delivered 108,796 cars in the third quarter. The total for the second "
            "quarter was 81,302.",
            RESULTS,
            [dlv(AUTO, 108796, **Q3), dlv(AUTO, 81302, **quarter(2025, 2))],
        ),
    ]
)
def test_en_measure_carried(text: str, published: dt.date, want: list[dict[str, Any]]) -> None:
    check(text, published, None, want)


# --- the period carried: a results lede, a dateline, last month, this year, another month ------


@run(
    [
        pytest.param(
            "Xiaomi reported third-quarter results on Tuesday. Revenue from the EV business was "
            "28.3 billion yuan; the unit's gross margin was 25.5%.",
            RESULTS,
            [
                money("revenue", 2.83e10, status="actual", **Q3),
                other(GM, 25.5, status="actual", **Q3),
            ],
        ),
        pytest.param(
            "Xiaomi reported third-quarter results on Tuesday. Its EV business made an operating "
            "profit of about 700 million yuan, its first since it began selling cars.",
            RESULTS,
            [other(OP, 7e8, unit="CNY", qualifier=ABOUT, status="actual", **Q3)],
        ),
        pytest.param(
            "Xiaomi reported its results for the July-September quarter on Tuesday. It delivered "
            "108,796 cars, and revenue from them was 28.3 billion yuan.",
            RESULTS,
            [dlv(AUTO, 108796, **Q3), money("revenue", 2.83e10, **Q3)],
            marks=xfail(
                "the lede's July-September quarter: deliveries and revenue (of the cars, Xiaomi "
                "Auto) are Q3; got period none and revenue as Xiaomi Group"
            ),
        ),
        pytest.param(
            "Xiaomi reported third-quarter results on Tuesday. It kept its target of delivering "
            "350,000 cars this year.",
            RESULTS,
            [goal(350000, **PLAN, **year(2025))],
            marks=xfail(
                "the target has no as_of: got Tuesday, the day the sentence before tells (the "
                "project dates a target by the day the news says it was stated)"
            ),
        ),
        (
            "In October, Xiaomi delivered more than 40,000 cars. It also said it had delivered "
            "over 40,000 in September.",
            NOV02,
            [dlv(AUTO, 40000, MORE, **OCT), dlv(AUTO, 40000, MORE, **SEP)],
        ),
        (
            "BEIJING, Nov 1 (Reuters) - Xiaomi delivered more than 40,000 electric vehicles last "
            "month, the company said on Saturday.",
            D(2025, 11, 1),
            [dlv(AUTO, 40000, MORE, **OCT)],
        ),
        pytest.param(
            "BEIJING, Nov 30 (Reuters) - Xiaomi delivered more than 40,000 electric vehicles last "
            "month, it said on Sunday, adding that it was on track for its annual goal.",
            D(2025, 12, 2),
            [dlv(AUTO, 40000, MORE, **OCT)],
        ),
        (
            "Xiaomi has delivered more than 250,000 cars this year. Last month alone it delivered "
            "over 40,000.",
            NOV02,
            [dlv(AUTO, 250000, MORE, **ytd(2025)), dlv(AUTO, 40000, MORE, **OCT)],
        ),
        (
            "Xiaomi said on Saturday it delivered more than 40,000 cars in October. November "
            "will be its last chance to catch up, with December deliveries expected to slow.",
            NOV02,
            [dlv(AUTO, 40000, MORE, **OCT)],
        ),
        pytest.param(
            "Xiaomi delivered more than 40,000 cars in October. It had delivered over 30,000 a "
            "month from June to September.",
            NOV02,
            [dlv(AUTO, 40000, MORE, **OCT), dlv(AUTO, 30000, MORE, **RATE)],
        ),
        pytest.param(
            "Xiaomi published its October figures on Saturday. It delivered more than 40,000 "
            "vehicles, its second month in a row above that mark.",
            NOV02,
            [dlv(AUTO, 40000, MORE, **OCT)],
        ),
        (
            "Xiaomi's EV business lost 6.2 billion yuan last year. It expects to break even in "
            "the second half of this year.",
            MAR25,
            [money("net_loss", 6.2e9, status="actual", **year(2024))],
        ),
    ]
)
def test_en_period_carried(text: str, published: dt.date, want: list[dict[str, Any]]) -> None:
    check(text, published, None, want)


# --- the status carried: a plan, then "That would be", "That compares with", quotes ------------


@run(
    [
        (
            "Xiaomi plans to deliver 350,000 cars this year. That would be more than double the "
            "135,000 it delivered in 2024.",
            D(2025, 3, 20),
            [goal(350000, **PLAN, **year(2025)), dlv(AUTO, 135000, **year(2024))],
        ),
        pytest.param(
            "Xiaomi aims to deliver 350,000 cars in 2025. That compares with 136,854 in 2024.",
            D(2025, 3, 20),
            [goal(350000, **PLAN, **year(2025)), dlv(AUTO, 136854, **year(2024))],
        ),
        pytest.param(
            '"We will deliver 350,000 cars this year," Lei said. "Next year we want to go '
            'much further."',
            D(2025, 3, 20),
            [goal(350000, **PLAN, **year(2025))],
            marks=xfail(
                "a quoted 'We will deliver 350,000 cars this year' is the 2025 target, which has no "
                "as_of: got the publication date"
            ),
        ),
        pytest.param(
            '"Our target for this year is 350,000," Lei said. "We delivered more than 40,000 in '
            'October alone."',
            NOV02,
            [goal(350000, **PLAN, **year(2025)), dlv(AUTO, 40000, MORE, **OCT)],
            marks=xfail(
                "a quoted target, then a quoted October actual: the target has no as_of, got the "
                "publication date"
            ),
        ),
        (
            "Xiaomi expects to deliver more than 400,000 cars this year. It delivered over 40,000 "
            "in October.",
            NOV02,
            [fcst(400000, MORE, **PLAN, **year(2025)), dlv(AUTO, 40000, MORE, **OCT)],
        ),
        pytest.param(
            "Xiaomi targets 350,000 deliveries this year, Lei said. It has delivered more than "
            "250,000 so far.",
            NOV02,
            [goal(350000, **PLAN, **year(2025)), dlv(AUTO, 250000, MORE, **ytd(2025))],
            marks=xfail(
                "goal has no as_of (got Nov 2); 'so far' after 'this year' is year to date from "
                "Jan 1 (got no start)"
            ),
        ),
        pytest.param(
            "Xiaomi's second plant phase will be able to build 150,000 cars a year. That would "
            "take its total capacity to 300,000 a year.",
            LAUNCH,
            [
                ev(AUTO, metric="production_capacity", value=150000, status="target", **RATE),
                ev(AUTO, metric="production_capacity", value=300000, status="target", **RATE),
            ],
        ),
        pytest.param(
            "Xiaomi raised its 2024 delivery target to 130,000 in November. It had earlier aimed "
            "for 100,000.",
            D(2024, 11, 20),
            [goal(130000, **PLAN, **year(2024)), goal(100000, **PLAN, **year(2024))],
            marks=xfail(
                "the raised target has no as_of (got Nov 20); 'It had earlier aimed for 100,000' "
                "(2024) is read"
            ),
        ),
        pytest.param(
            "Xiaomi delivered 40,000 cars in October. At that pace, it would deliver 480,000 in "
            "a year.",
            NOV02,
            [dlv(AUTO, 40000, **OCT)],
        ),
        pytest.param(
            '"Demand is very strong," Lu Weibing said on the call. "We expect to hand over more '
            'than 400,000 cars this year."',
            RESULTS,
            [fcst(400000, MORE, **PLAN, **year(2025))],
        ),
    ]
)
def test_en_status_carried(text: str, published: dt.date, want: list[dict[str, Any]]) -> None:
    check(text, published, None, want)


# --- restatements and corrections: one fact, one event -----------------------------------------


@run(
    [
        (
            "Xiaomi delivered more than 40,000 cars in October, a record. The 40,000+ figure was "
            "its highest since the SU7 went on sale.",
            NOV02,
            [dlv(AUTO, 40000, MORE, **OCT)],
        ),
        pytest.param(
            "Xiaomi delivered more than 40,000 vehicles in October. Those 40,000-plus deliveries "
            "beat September's total.",
            NOV02,
            [dlv(AUTO, 40000, MORE, **OCT)],
        ),
        pytest.param(
            "An earlier version of this story said Xiaomi delivered 45,000 cars in October. The "
            "correct figure is more than 40,000.",
            NOV02,
            [dlv(AUTO, 40000, MORE, **OCT)],
        ),
        pytest.param(
            "Correction: Xiaomi's October deliveries were more than 40,000, not 45,000 as "
            "previously reported.",
            NOV02,
            [dlv(AUTO, 40000, MORE, **OCT)],
        ),
        (
            "Revenue from Xiaomi's EVs was 28.3 billion yuan in the third quarter. That is about "
            "$4 billion.",
            RESULTS,
            [money("revenue", 2.83e10, **Q3)],
        ),
        pytest.param(
            "The YU7 drew 240,000 locked orders within 18 hours. Those 240,000 orders are more "
            "than the SU7 had in its first month.",
            LAUNCH,
            [ev(YU7, metric="locked_orders", value=240000, **WINDOW)],
        ),
    ]
)
def test_en_restatements(text: str, published: dt.date, want: list[dict[str, Any]]) -> None:
    check(text, published, None, want)


# --- negatives across sentences: a rival's paragraph, phones, the market, shares -------------


@run(
    [
        pytest.param(
            "Li Auto delivered 31,767 vehicles in October, down 38% from a year earlier. The "
            "company, which faces new competition from Xiaomi's YU7, expects 100,000 to 110,000 "
            "deliveries in the fourth quarter.",
            NOV02,
            [],
        ),
        (
            "Xiaomi delivered more than 40,000 cars in October. Its smartphone business shipped "
            "43.3 million handsets in the third quarter, according to Canalys.",
            NOV02,
            [dlv(AUTO, 40000, MORE, **OCT)],
        ),
        (
            "China's passenger car retail sales reached 2.25 million units in October, the CPCA "
            "said. NEVs made up 1.28 million of them. Xiaomi was among the top ten NEV makers.",
            NOV02,
            [],
        ),
        (
            "Xiaomi shares rose 4.3% to HK$45.20 on Monday. The stock has gained 30% this year, "
            "lifted by its car business.",
            NOV02,
            [],
        ),
        (
            "China's NEV sales rose 20% to 1.6 million units in October. Xiaomi's share of that "
            "was about 2.5%.",
            NOV02,
            [],
        ),
        pytest.param(
            "Xiaomi Group's total revenue rose 22% to 113.1 billion yuan in the third quarter. "
            "The EV business contributed 28.3 billion yuan of that.",
            RESULTS,
            [money("revenue", 1.131e11, subject=GROUP, **Q3), money("revenue", 2.83e10, **Q3)],
            marks=xfail(
                "'The EV business contributed 28.3 billion yuan of that' (Q3 EV revenue) is not "
                "read"
            ),
        ),
        pytest.param(
            "BYD sold 441,706 vehicles in October. Its Seal sedan, a rival to Xiaomi's SU7, "
            "starts at 179,800 yuan.",
            NOV02,
            [],
        ),
        pytest.param(
            "Xiaomi delivered more than 40,000 cars in October. Tesla's Model Y, the YU7's main "
            "rival, sold 39,000 units in China, and it starts at 263,500 yuan.",
            NOV02,
            [dlv(AUTO, 40000, MORE, **OCT)],
        ),
    ]
)
def test_en_negatives(text: str, published: dt.date, want: list[dict[str, Any]]) -> None:
    check(text, published, None, want)


# === Chinese ===================================================================================

# --- 主语承接: 该公司, 其, 这款车, 该车, 中间插入对手, 先说车型再说总数 -----------------------------------


@run(
    [
        (
            "小米汽车11月1日公布了最新交付数据。该公司10月交付量超过4万辆，创历史新高。",
            NOV02,
            [dlv(AUTO, 40000, MORE, **OCT)],
        ),
        (
            "小米集团周二发布第三季度财报。其智能电动汽车等创新业务收入为283亿元。",
            RESULTS,
            [money("revenue", 2.83e10, status="actual", **Q3)],
        ),
        (
            "小米YU7于6月26日晚正式上市。这款车上市18小时锁单量突破24万辆。",
            LAUNCH,
            [ev(YU7, metric="locked_orders", value=240000, qualifier=MORE, **WINDOW)],
        ),
        (
            "小米SU7 Ultra于2月27日正式上市，售价52.99万元。该车上市2小时锁单突破1万台。",
            ULTRA_LAUNCH,
            [
                price(ULTRA, 529900, **NONE),
                ev(ULTRA, metric="locked_orders", value=10000, qualifier=MORE, **WINDOW),
            ],
        ),
        (
            "特斯拉10月在华销量为61497辆。相比之下，小米汽车交付超过4万辆。",
            NOV02,
            [dlv(AUTO, 40000, MORE, **OCT)],
        ),
        (
            "YU7贡献了主要增量。小米汽车10月整体交付量超过4万辆。",
            NOV02,
            [dlv(AUTO, 40000, MORE, **OCT)],
        ),
        (
            "理想汽车10月交付31767辆。该公司预计第四季度交付10万至11万辆。小米未给出预期。",
            NOV02,
            [],
        ),
        (
            "蔚来10月交付40397辆，创历史新高。该公司此前表示，旗下车型将与小米YU7正面竞争。",
            NOV02,
            [],
        ),
        (
            "小米SU7于2024年3月28日上市。截至4月24日，这款轿车的锁单量为75723台。",
            APR25,
            [ev(SU7, metric="locked_orders", value=75723, **total_to(D(2024, 4, 24)))],
        ),
        pytest.param(
            "小米汽车10月交付超过4万辆。其中，SU7交付约2万辆。",
            NOV02,
            [dlv(AUTO, 40000, MORE, **OCT), dlv(SU7, 20000, ABOUT, **OCT)],
        ),
        (
            "小鹏汽车10月交付42013辆。小米汽车同样表现亮眼，交付量超过4万辆。",
            NOV02,
            [dlv(AUTO, 40000, MORE, **OCT)],
        ),
        (
            "小米YU7的起售价为25.35万元。其CLTC续航最高可达835公里。",
            LAUNCH,
            [price(YU7, 253500, **NONE)],
        ),
    ]
)
def test_zh_subject_carried(text: str, published: dt.date, want: list[dict[str, Any]]) -> None:
    check(text, published, "zh", want)


# --- 指标承接: 此前一个月为, 这一数字, 去年同期为 --------------------------------------------------------


@run(
    [
        pytest.param(
            "小米汽车10月交付量超过4万辆。此前一个月为3.8万辆。",
            NOV02,
            [dlv(AUTO, 40000, MORE, **OCT), dlv(AUTO, 38000, **SEP)],
        ),
        pytest.param(
            "小米汽车8月交付超过3万辆。到了10月，这一数字升至4万辆以上。",
            NOV02,
            [dlv(AUTO, 30000, MORE, **AUG), dlv(AUTO, 40000, MORE, **OCT)],
        ),
        pytest.param(
            "小米智能电动汽车业务第三季度收入283亿元。去年同期为97亿元。",
            RESULTS,
            [money("revenue", 2.83e10, **Q3), money("revenue", 9.7e9, **Q3_24)],
        ),
        (
            "小米汽车10月交付超过4万辆。同期，全国新能源乘用车零售量约为128万辆。",
            NOV02,
            [dlv(AUTO, 40000, MORE, **OCT)],
        ),
        pytest.param(
            "小米YU7上市18小时锁单24万辆。SU7当年上市24小时的这一数字为88898台。",
            LAUNCH,
            [
                ev(YU7, metric="locked_orders", value=240000, **WINDOW),
                ev(SU7, metric="locked_orders", value=88898, **WINDOW),
            ],
        ),
        pytest.param(
            "小米汽车第三季度交付108796辆。第二季度这一数字为81302辆。",
            RESULTS,
            [dlv(AUTO, 108796, **Q3), dlv(AUTO, 81302, **quarter(2025, 2))],
        ),
    ]
)
def test_zh_measure_carried(text: str, published: dt.date, want: list[dict[str, Any]]) -> None:
    check(text, published, "zh", want)


# --- 时间承接: 财报导语, 电头, 上月, 今年, 后文另一个月 ---------------------------------------------------


@run(
    [
        (
            "小米集团11月18日发布2025年第三季度财报。智能电动汽车等创新业务收入283亿元，"
            "经营收益7亿元。",
            RESULTS,
            [money("revenue", 2.83e10, **Q3), other(OP, 7e8, unit="CNY", **Q3)],
        ),
        pytest.param(
            "小米集团公布第三季度业绩。汽车业务毛利率为25.5%，交付新车108796辆。",
            RESULTS,
            [other(GM, 25.5, **Q3), dlv(AUTO, 108796, **Q3)],
        ),
        (
            "新华社北京11月1日电 小米汽车宣布，上月交付量超过4万辆。",
            D(2025, 11, 1),
            [dlv(AUTO, 40000, MORE, **OCT)],
        ),
        (
            "小米汽车今年以来累计交付已超过25万辆。其中上月交付超过4万辆。",
            NOV02,
            [dlv(AUTO, 250000, MORE, **ytd(2025)), dlv(AUTO, 40000, MORE, **OCT)],
        ),
        pytest.param(
            "10月，小米汽车交付量超过4万辆。公司同时表示，9月交付量也超过了4万辆。",
            NOV02,
            [dlv(AUTO, 40000, MORE, **OCT), dlv(AUTO, 40000, MORE, **SEP)],
        ),
        (
            "小米汽车周六公布了10月成绩单。当月交付量超过4万辆，连续第二个月突破这一关口。",
            NOV02,
            [dlv(AUTO, 40000, MORE, **OCT)],
        ),
        (
            "小米汽车去年亏损62亿元。公司预计今年下半年实现盈利。",
            MAR25,
            [money("net_loss", 6.2e9, **year(2024))],
        ),
    ]
)
def test_zh_period_carried(text: str, published: dt.date, want: list[dict[str, Any]]) -> None:
    check(text, published, "zh", want)


# --- 状态承接: 计划, 这将是, 相比之下, 跨句引语 ------------------------------------------------------


@run(
    [
        pytest.param(
            "雷军表示，今年的交付目标是35万辆。这将是去年交付量的两倍多。",
            D(2025, 3, 20),
            [goal(350000, **PLAN, **year(2025))],
            marks=xfail(
                "Lei Jun's '今年的交付目标是35万辆' is Xiaomi's 2025 target, which has no as_of: got "
                "the publication date"
            ),
        ),
        (
            "小米计划今年交付35万辆。相比之下，去年交付量为13.5万辆。",
            D(2025, 3, 20),
            [goal(350000, **PLAN, **year(2025)), dlv(AUTO, 135000, **year(2024))],
        ),
        pytest.param(
            "“今年我们要交付35万辆。”雷军说，“10月我们就交付了4万多辆。”",
            NOV02,
            [goal(350000, **PLAN, **year(2025)), dlv(AUTO, 40000, MORE, **OCT)],
        ),
        pytest.param(
            "卢伟冰在财报电话会上表示，需求依然强劲。“我们预计今年交付量将超过40万辆。”",
            RESULTS,
            [fcst(400000, MORE, **PLAN, **year(2025))],
        ),
        pytest.param(
            "小米汽车10月交付4万辆。按这一速度，全年可交付48万辆。",
            NOV02,
            [dlv(AUTO, 40000, **OCT)],
        ),
        pytest.param(
            "小米11月将2024年交付目标上调至13万辆。此前的目标为10万辆。",
            D(2024, 11, 20),
            [goal(130000, **PLAN, **year(2024)), goal(100000, **PLAN, **year(2024))],
            marks=xfail(
                "the raised target has no as_of (got Nov 20); '此前的目标为10万辆' is 2024's (read)"
            ),
        ),
        (
            "小米汽车工厂二期建成后年产能可达15万辆。届时总年产能将达到30万辆。",
            LAUNCH,
            [
                ev(AUTO, metric="production_capacity", value=150000, status="target", **RATE),
                ev(AUTO, metric="production_capacity", value=300000, status="target", **RATE),
            ],
        ),
    ]
)
def test_zh_status_carried(text: str, published: dt.date, want: list[dict[str, Any]]) -> None:
    check(text, published, "zh", want)


# --- 复述与更正: 一件事一个事件 -----------------------------------------------------------------------


@run(
    [
        (
            "小米汽车10月交付量超4万辆。这一超过4万辆的成绩创下新高。",
            NOV02,
            [dlv(AUTO, 40000, MORE, **OCT)],
        ),
        (
            "更正：本文此前称小米10月交付4.5万辆，实际为超过4万辆。",
            NOV02,
            [dlv(AUTO, 40000, MORE, **OCT)],
        ),
        (
            "小米YU7上市18小时锁单24万辆。这24万台锁单超过了SU7首月的成绩。",
            LAUNCH,
            [ev(YU7, metric="locked_orders", value=240000, **WINDOW)],
        ),
        (
            "小米汽车第三季度收入283亿元，约合40亿美元。",
            RESULTS,
            [money("revenue", 2.83e10, **Q3)],
        ),
    ]
)
def test_zh_restatements(text: str, published: dt.date, want: list[dict[str, Any]]) -> None:
    check(text, published, "zh", want)


# --- 跨句反例: 对手段落, 手机, 大盘, 股价 -------------------------------------------------------------


@run(
    [
        (
            "小米汽车10月交付超4万辆。手机业务方面，小米第三季度智能手机出货量为4330万台。",
            NOV02,
            [dlv(AUTO, 40000, MORE, **OCT)],
        ),
        (
            "乘联会数据显示，10月全国新能源乘用车零售128万辆。小米汽车位列新势力前三。",
            NOV02,
            [],
        ),
        (
            "小米集团股价周一上涨4%，报45.2港元。今年以来累计上涨约30%。",
            NOV02,
            [],
        ),
        pytest.param(
            "比亚迪10月销量441706辆。其海豹车型对标小米SU7，起售价17.98万元。",
            NOV02,
            [],
        ),
        pytest.param(
            "特斯拉Model Y是小米YU7的主要对手。该车10月在华销量约3.9万辆，起售价26.35万元。",
            NOV02,
            [],
        ),
        (
            "小米集团第三季度总收入1131亿元，同比增长22%。其中智能电动汽车等创新业务收入283亿元。",
            RESULTS,
            [money("revenue", 1.131e11, subject=GROUP, **Q3), money("revenue", 2.83e10, **Q3)],
        ),
    ]
)
def test_zh_negatives(text: str, published: dt.date, want: list[dict[str, Any]]) -> None:
    check(text, published, "zh", want)


# --- more passages: a year turned, a rival's "It", a model's orders told by the company --------

JAN02 = D(2026, 1, 2)  # December's and 2025's figures are out


@run(
    [
        (
            "Xiaomi delivered more than 400,000 cars last year. In December alone, it handed "
            "over more than 50,000.",
            JAN02,
            [dlv(AUTO, 400000, MORE, **year(2025)), dlv(AUTO, 50000, MORE, **month(2025, 12))],
        ),
        (
            "Xiaomi delivered more than 40,000 cars in October. NIO delivered 40,397. It expects "
            "to deliver more than 120,000 in the fourth quarter.",
            NOV02,
            [dlv(AUTO, 40000, MORE, **OCT)],
        ),
        (
            "Lei Jun said demand for the YU7 had beaten the company's hopes. He said Xiaomi had "
            "received 289,000 orders in the first hour.",
            LAUNCH,
            [ev(YU7, metric="orders", value=289000, **WINDOW)],
        ),
        pytest.param(
            "In October, the YU7 was the best-selling SUV in its price class. Xiaomi delivered "
            "more than 40,000 vehicles in total.",
            NOV02,
            [dlv(AUTO, 40000, MORE, **OCT)],
        ),
    ]
)
def test_en_more_passages(text: str, published: dt.date, want: list[dict[str, Any]]) -> None:
    check(text, published, None, want)


@run(
    [
        (
            "小米YU7共推出三个版本。其中Pro版售价27.99万元，Max版售价32.99万元。",
            LAUNCH,
            [price(YU7, 279900, **NONE), price(YU7, 329900, **NONE)],
        ),
        (
            "小米汽车1月1日宣布，上月交付量超过5万辆。全年交付量超过41万辆。",
            JAN02,
            [dlv(AUTO, 50000, MORE, **month(2025, 12)), dlv(AUTO, 410000, MORE, **year(2025))],
        ),
        (
            "小米汽车10月交付超过4万辆。蔚来交付40397辆。该公司预计四季度交付12万辆以上。",
            NOV02,
            [dlv(AUTO, 40000, MORE, **OCT)],
        ),
        (
            "雷军透露，YU7的订单远超预期。他说，小米在上市1小时内收到了28.9万台大定。",
            LAUNCH,
            [ev(YU7, metric="orders", value=289000, **WINDOW)],
        ),
    ]
)
def test_zh_more_passages(text: str, published: dt.date, want: list[dict[str, Any]]) -> None:
    check(text, published, "zh", want)


# === whole mini-articles, headline given apart =================================================


def articles(cases: list[Any]) -> Any:
    return pytest.mark.parametrize(("title", "text", "published", "lang", "want"), cases)


APR_FCST = {**month(2024, 4), "as_of": None}


@articles(
    [
        pytest.param(
            "Xiaomi tops 40,000 EV deliveries in October",
            "BEIJING, Nov 1 - Xiaomi delivered more than 40,000 electric vehicles in October, the "
            "company said on Saturday, a new monthly record.\n\n"
            "The smartphone maker, which entered the car market in March 2024 with the SU7 "
            "sedan, said it remained on track to meet its target of 350,000 deliveries this "
            "year. The YU7 SUV, launched in June, has been its main growth driver.\n\n"
            "Rival Li Auto delivered 31,767 vehicles last month, while XPeng handed over 42,013.",
            NOV02,
            None,
            [dlv(AUTO, 40000, MORE, **OCT), goal(350000, **PLAN, **year(2025))],
            marks=xfail(
                "the 350,000 target is Xiaomi Auto's with no as_of: got Xiaomi SU7 (the SU7 named"
                " in its sentence) with as_of Nov 2"
            ),
        ),
        pytest.param(
            "Xiaomi's EV unit turns first quarterly profit",
            "Xiaomi's electric vehicle business posted its first operating profit in the third "
            "quarter, the company said on Tuesday.\n\n"
            "The unit, which also includes AI and other new initiatives, earned 700 million yuan "
            "in operating income in July-September. Its revenue rose to 28.3 billion yuan from "
            "9.7 billion yuan a year earlier, as it delivered 108,796 cars.\n\n"
            "Xiaomi Group's overall revenue rose 22% to 113.1 billion yuan. Its shares fell 2% "
            "in Hong Kong.",
            RESULTS,
            None,
            [
                other(OP, 7e8, unit="CNY", status="actual", **Q3),
                money("revenue", 2.83e10, **Q3),
                money("revenue", 9.7e9, **Q3_24),
                dlv(AUTO, 108796, **Q3),
                money("revenue", 1.131e11, subject=GROUP, **Q3),
            ],
        ),
        pytest.param(
            "Xiaomi YU7 draws 289,000 orders in first hour",
            "Xiaomi's first SUV, the YU7, drew 289,000 orders in the first hour after it went on "
            "sale on Thursday evening, CEO Lei Jun said.\n\n"
            "Locked orders, which require a non-refundable deposit, reached 240,000 within 18 "
            "hours, the company said on Friday. The YU7 starts at 253,500 yuan, about 10,000 "
            "yuan less than Tesla's Model Y.\n\n"
            "The SU7 sedan, launched in March 2024, had 88,898 locked orders in its first 24 "
            "hours.",
            LAUNCH,
            None,
            [
                ev(YU7, metric="orders", value=289000, **WINDOW),
                ev(YU7, metric="locked_orders", value=240000, **WINDOW),
                price(YU7, 253500, **NONE),
                ev(SU7, metric="locked_orders", value=88898, **WINDOW),
            ],
        ),
        pytest.param(
            "Xiaomi lifts 2024 delivery goal to 130,000",
            "Xiaomi has raised its 2024 delivery target for a second time, to 130,000 vehicles, "
            "CEO Lei Jun said on Monday.\n\n"
            "The company had originally aimed to deliver 100,000 cars this year, and lifted that "
            "goal to 120,000 in July. It delivered more than 20,000 vehicles in October alone.",
            D(2024, 11, 19),
            None,
            [
                goal(130000, **PLAN, **year(2024)),
                goal(100000, **PLAN, **year(2024)),
                goal(120000, **PLAN, **year(2024)),
                dlv(AUTO, 20000, MORE, **month(2024, 10)),
            ],
            marks=xfail("targets have no as_of: all three got the publication date"),
        ),
        pytest.param(
            "Li Auto's October deliveries slump as competition heats up",
            "Li Auto delivered 31,767 vehicles in October, down 38% from a year earlier, the "
            "company said on Saturday.\n\n"
            "The Beijing-based automaker, whose i8 and i6 SUVs compete with Xiaomi's YU7, "
            "expects to deliver 100,000 to 110,000 vehicles in the fourth quarter. It had "
            "delivered 93,211 cars in the third quarter.",
            NOV02,
            None,
            [],
        ),
        (
            "Xiaomi's third-quarter smartphone shipments rise",
            "Xiaomi shipped 43.3 million smartphones in the third quarter, up 2% from a year "
            "earlier, according to Canalys. Its global market share was 14%.\n\n"
            "The company's car business, meanwhile, delivered 108,796 vehicles in the same "
            "period.",
            D(2025, 10, 20),
            None,
            [dlv(AUTO, 108796, **Q3)],
        ),
        pytest.param(
            "Xiaomi SU7 locked orders top 75,000",
            "Xiaomi said on Wednesday that locked orders for its SU7 sedan had reached 75,723 as "
            "of April 24.\n\n"
            "The company began deliveries on March 28, the day of the launch, and expects to "
            "deliver more than 10,000 SU7s in April.\n\n"
            "This story has been corrected to show the order count was 75,723, not 75,000.",
            APR25,
            None,
            [
                ev(SU7, metric="locked_orders", value=75723, **total_to(D(2024, 4, 24))),
                ev(
                    SU7,
                    metric="deliveries",
                    value=10000,
                    qualifier=MORE,
                    status="forecast",
                    **APR_FCST,
                ),
            ],
            marks=xfail("a forecast for April has no as_of: got the launch day March 28"),
        ),
        pytest.param(
            "Xiaomi hits annual goal a month early",
            "SHANGHAI, Dec 1 (Reuters) - Xiaomi delivered more than 40,000 cars last month, it "
            "said on Monday.\n\n"
            "That took its deliveries for the first 11 months of the year to more than 350,000, "
            "meeting its annual target a month early.",
            D(2025, 12, 1),
            None,
            [
                dlv(AUTO, 40000, MORE, **month(2025, 11)),
                dlv(
                    AUTO,
                    350000,
                    MORE,
                    period_kind="cumulative",
                    period_start=D(2025, 1, 1),
                    period_end=D(2025, 11, 30),
                    as_of=D(2025, 11, 30),
                ),
            ],
        ),
        pytest.param(
            "小米汽车10月交付量突破4万辆",
            "11月1日，小米汽车公布10月交付数据：当月交付量超过4万辆，再创历史新高。\n\n"
            "小米集团总裁卢伟冰此前表示，公司有信心完成全年35万辆的交付目标。今年以来，"
            "小米汽车累计交付已超过25万辆。\n\n"
            "同日，理想汽车公布10月交付31767辆，小鹏汽车交付42013辆。",
            NOV02,
            "zh",
            [
                dlv(AUTO, 40000, MORE, **OCT),
                goal(350000, **PLAN, **year(2025)),
                dlv(AUTO, 250000, MORE, **ytd(2025)),
            ],
            marks=xfail("the 350,000 target (有信心完成全年...目标) has no as_of: got Nov 1"),
        ),
        (
            "小米汽车业务首次单季盈利",
            "小米集团11月18日公布2025年第三季度业绩。集团总收入1131亿元，同比增长22.3%。\n\n"
            "其中，智能电动汽车及AI等创新业务收入283亿元，经营收益约7亿元，首次实现单季盈利。"
            "该季度小米汽车共交付新车108796辆，毛利率为25.5%。",
            RESULTS,
            "zh",
            [
                money("revenue", 1.131e11, subject=GROUP, **Q3),
                money("revenue", 2.83e10, **Q3),
                other(OP, 7e8, unit="CNY", qualifier=ABOUT, **Q3),
                dlv(AUTO, 108796, **Q3),
                other(GM, 25.5, **Q3),
            ],
        ),
        (
            "小米YU7上市1小时大定超28.9万台",
            "6月26日晚，小米YU7正式上市，标准版售价25.35万元。\n\n"
            "雷军在微博上表示，YU7上市1小时大定突破28.9万台。次日，小米宣布这款车上市18小时"
            "锁单已超24万台。",
            LAUNCH,
            "zh",
            [
                price(YU7, 253500, **NONE),
                ev(YU7, metric="orders", value=289000, qualifier=MORE, **WINDOW),
                ev(YU7, metric="locked_orders", value=240000, qualifier=MORE, **WINDOW),
            ],
        ),
        pytest.param(
            "零跑10月交付再创新高",
            "零跑汽车11月1日公布，10月交付新车70289辆，同比增长84%。\n\n"
            "该公司表示，旗下B10车型与小米YU7等车型形成差异化竞争，预计四季度交付量将超过20万辆。",
            NOV02,
            "zh",
            [],
        ),
        # the headline restates the body, rounded or word for word: one event
        (
            "Xiaomi EV revenue nears 30 billion yuan",
            "Xiaomi's EV business made 28.3 billion yuan of revenue in the third quarter, the "
            "company said on Tuesday.",
            RESULTS,
            None,
            [money("revenue", 2.83e10, **Q3)],
        ),
        (
            "Xiaomi tops 40,000 deliveries in October",
            "Xiaomi tops 40,000 deliveries in October\n\n"
            "Xiaomi delivered more than 40,000 vehicles in October, the company said on Saturday.",
            NOV02,
            None,
            [dlv(AUTO, 40000, MORE, **OCT)],
        ),
        (
            "小米汽车10月交付超4万辆",
            "小米汽车11月1日宣布，10月交付量超过4万辆，再创新高。",
            NOV02,
            "zh",
            [dlv(AUTO, 40000, MORE, **OCT)],
        ),
    ]
)
def test_articles(
    title: str, text: str, published: dt.date, lang: str | None, want: list[dict[str, Any]]
) -> None:
    check_title(title, text, published, lang, want)
