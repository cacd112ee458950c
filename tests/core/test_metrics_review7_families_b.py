"""Families of review7's misses, in sentences of our own (not the probes' wording): (a) the
measure carried from the sentence before into one with no cue of its own ("The number climbed
to", "One year before, it was", "That was down from", "That compares with", 这一数字, 上年同期为,
前一个月为), with the period a year or a month back when the sentence names none; (b) quotes and
plans said across sentences (a speaker who names Xiaomi, a quote whose speaker follows it, "That
would bring … capacity to", an earlier target of the same year) and a pace carried on ("At the
current rate, it could sell …", 以目前的速度) that is no fact. Negatives guard each family: a
country's or a rival's figure, a quote nobody at Xiaomi said.

Targets are dated by the story's day (as_of) in this project: the cases here do not assert a
target's as_of.
"""

import datetime as dt
from typing import Any

import pytest
from test_metrics_review import check, ev

D = dt.date
AUTO, SU7 = "Xiaomi Auto", "Xiaomi SU7"


def _month(y: int, m: int) -> dict[str, Any]:
    end = D(y + m // 12, m % 12 + 1, 1) - dt.timedelta(days=1)
    return {"period_kind": "month", "period_start": D(y, m, 1), "period_end": end, "as_of": end}


def _quarter(y: int, q: int) -> dict[str, Any]:
    m = 3 * q
    end = D(y + m // 12, m % 12 + 1, 1) - dt.timedelta(days=1)
    return {"period_kind": "quarter", "period_start": D(y, m - 2, 1), "period_end": end}


def _year(y: int) -> dict[str, Any]:
    return {"period_kind": "year", "period_start": D(y, 1, 1), "period_end": D(y, 12, 31)}


def dlv(value: float, q: str = "exact", **fields: Any) -> dict[str, Any]:
    return ev(AUTO, metric="deliveries", value=value, qualifier=q, status="actual", **fields)


def goal(value: float, **fields: Any) -> dict[str, Any]:
    return ev(AUTO, metric="delivery_target", value=value, status="target", **fields)


def revenue(value: float, **fields: Any) -> dict[str, Any]:
    return ev(AUTO, metric="revenue", value=value, unit="CNY", status="actual", **fields)


RATE = {"period_kind": "rate"}


@pytest.mark.parametrize(
    ("text", "published", "lang", "want"),
    [
        # --- (a) the measure carried ---
        (
            "Xiaomi handed over 27,000 cars in June. The number climbed to 31,000 in July.",
            D(2025, 8, 2),
            None,
            [dlv(27000, **_month(2025, 6)), dlv(31000, **_month(2025, 7))],
        ),
        (
            "Xiaomi's car unit had revenue of 20.6 billion yuan in the second quarter. One year "
            "before, it was 6.4 billion yuan.",
            D(2025, 8, 21),
            None,
            [revenue(2.06e10, **_quarter(2025, 2)), revenue(6.4e9, **_quarter(2024, 2))],
        ),
        (
            "Xiaomi delivered 30,000 cars in August. That was down from 32,000 in July.",
            D(2025, 9, 2),
            None,
            [dlv(30000, **_month(2025, 8)), dlv(32000, **_month(2025, 7))],
        ),
        (
            "Xiaomi aims to hand over 350,000 cars this year. That compares with 135,000 last "
            "year.",
            D(2025, 1, 10),
            None,
            [goal(350000, **_year(2025)), dlv(135000, **_year(2024))],
        ),
        (
            "Xiaomi delivered 40,000 vehicles in October. In September, it was 38,500.",
            D(2025, 11, 2),
            None,
            [dlv(40000, **_month(2025, 10)), dlv(38500, **_month(2025, 9))],
        ),
        (
            "小米汽车7月交付超过3万辆。这一数字在9月增至4万辆。",
            D(2025, 10, 2),
            "zh",
            [dlv(30000, "more_than", **_month(2025, 7)), dlv(40000, **_month(2025, 9))],
        ),
        (
            "小米汽车第二季度收入206亿元。上年同期为64亿元。",
            D(2025, 8, 21),
            "zh",
            [revenue(2.06e10, **_quarter(2025, 2)), revenue(6.4e9, **_quarter(2024, 2))],
        ),
        (
            "小米汽车9月交付量超过4万辆。前一个月为3.1万辆。",
            D(2025, 10, 2),
            "zh",
            [dlv(40000, "more_than", **_month(2025, 9)), dlv(31000, **_month(2025, 8))],
        ),
        (
            "Xiaomi delivered 40,000 cars in October. September's figure was 38,000.",
            D(2025, 11, 2),
            None,
            [dlv(40000, **_month(2025, 10)), dlv(38000, **_month(2025, 9))],
        ),
        (
            "Xiaomi delivered 40,000 cars in October. It was 38,000 in September.",
            D(2025, 11, 2),
            None,
            [dlv(40000, **_month(2025, 10)), dlv(38000, **_month(2025, 9))],
        ),
        (
            "Xiaomi delivered 40,000 cars in October. That was up 5% from 38,000 in September.",
            D(2025, 11, 2),
            None,
            [dlv(40000, **_month(2025, 10)), dlv(38000, **_month(2025, 9))],
        ),
        (
            "Xiaomi delivered 40,000 cars in October. This compared with 38,000 in September.",
            D(2025, 11, 2),
            None,
            [dlv(40000, **_month(2025, 10)), dlv(38000, **_month(2025, 9))],
        ),
        # the month or quarter before the one just told, not the one before the day of writing
        (
            "Xiaomi delivered 40,000 cars in October, up from 38,000 the previous month.",
            D(2025, 11, 2),
            None,
            [dlv(40000, **_month(2025, 10)), dlv(38000, **_month(2025, 9))],
        ),
        (
            "Xiaomi's EV revenue was 28.3 billion yuan in the third quarter. A quarter earlier it "
            "was 21.3 billion yuan.",
            D(2025, 11, 19),
            None,
            [revenue(2.83e10, **_quarter(2025, 3)), revenue(2.13e10, **_quarter(2025, 2))],
        ),
        (
            "小米汽车第三季度交付108796辆。上一季度为81302辆。",
            D(2025, 11, 19),
            "zh",
            [dlv(108796, **_quarter(2025, 3)), dlv(81302, **_quarter(2025, 2))],
        ),
        (
            "小米汽车10月交付超过4万辆。9月为3.8万辆。",
            D(2025, 11, 2),
            "zh",
            [dlv(40000, "more_than", **_month(2025, 10)), dlv(38000, **_month(2025, 9))],
        ),
        (
            "小米汽车10月交付4万辆。2024年是小米造车元年。",
            D(2025, 11, 2),
            "zh",
            [dlv(40000, **_month(2025, 10))],
        ),
        # a country's figure, a rival's, the industry's: no Xiaomi event
        (
            "Xiaomi delivered 40,000 cars in October. Nationwide, the number was 2.2 million.",
            D(2025, 11, 2),
            None,
            [dlv(40000, **_month(2025, 10))],
        ),
        (
            "小米汽车10月交付超过4万辆。全国新能源车这一数字为128万辆。",
            D(2025, 11, 2),
            "zh",
            [dlv(40000, "more_than", **_month(2025, 10))],
        ),
        (
            "Xiaomi delivered 40,000 cars in October. NIO's number was 40,397.",
            D(2025, 11, 2),
            None,
            [dlv(40000, **_month(2025, 10))],
        ),
        (
            "Xiaomi delivered 40,000 cars in October. BYD sold 441,706. That compares with "
            "502,000 a year earlier.",
            D(2025, 11, 2),
            None,
            [dlv(40000, **_month(2025, 10))],
        ),
        (
            "Xiaomi delivered 40,000 cars in October. The industry total for the month was 2.2 "
            "million.",
            D(2025, 11, 2),
            None,
            [dlv(40000, **_month(2025, 10))],
        ),
        (
            "Xiaomi delivered 40,000 cars in October. That was 20% more than in September.",
            D(2025, 11, 2),
            None,
            [dlv(40000, **_month(2025, 10))],
        ),
        (
            "Xiaomi delivered 40,000 cars in October. Nationwide, NEV sales rose to 1.6 million.",
            D(2025, 11, 2),
            None,
            [dlv(40000, **_month(2025, 10))],
        ),
        (
            "Xiaomi delivered 40,000 cars in October, while NEV sales across China reached 1.6 "
            "million.",
            D(2025, 11, 2),
            None,
            [dlv(40000, **_month(2025, 10))],
        ),
        (
            "小米汽车10月交付超过4万辆，全国新能源乘用车销量为128万辆。",
            D(2025, 11, 2),
            "zh",
            [dlv(40000, "more_than", **_month(2025, 10))],
        ),
        # the company's own count across the country is its own
        (
            "Xiaomi launched the YU7 in June. Its deliveries across China topped 40,000 in "
            "October.",
            D(2025, 11, 2),
            None,
            [dlv(40000, "more_than", **_month(2025, 10))],
        ),
        (
            "小米汽车成立于2021年。其全国交付量10月超过4万辆。",
            D(2025, 11, 2),
            "zh",
            [dlv(40000, "more_than", **_month(2025, 10))],
        ),
        # --- (b) quotes and plans across sentences ---
        (
            '"We will hand over 150,000 vehicles in 2025," Lu Weibing said.',
            D(2025, 1, 5),
            None,
            [goal(150000, **_year(2025))],
        ),
        (
            '"Our goal for next year is 550,000," Lei told reporters.',
            D(2025, 11, 20),
            None,
            [goal(550000, **_year(2026))],
        ),
        (
            "“明年我们要卖55万辆。”雷军说。",
            D(2025, 11, 20),
            "zh",
            [goal(550000, **_year(2026))],
        ),
        (
            '"We will deliver 350,000 cars this year." Lei Jun said demand was strong.',
            D(2025, 3, 20),
            None,
            [goal(350000, **_year(2025))],
        ),
        (
            "卢伟冰表示，今年的交付目标上调至35万辆。",
            D(2025, 6, 30),
            "zh",
            [goal(350000, **_year(2025))],
        ),
        (
            "雷军透露，9月交付超过4万辆。",
            D(2025, 10, 2),
            "zh",
            [dlv(40000, "more_than", **_month(2025, 9))],
        ),
        # a speaker never names the subject over a model the sentence names
        (
            "Lei Jun said the SU7 drew 88,898 locked orders in 24 hours.",
            D(2024, 3, 30),
            None,
            [ev(SU7, metric="locked_orders", value=88898, period_kind="window")],
        ),
        # a sum from the pace just told: no fact
        (
            "Xiaomi sold 40,000 cars in October. At the current rate, it could sell nearly "
            "500,000 a year.",
            D(2025, 11, 2),
            None,
            [dlv(40000, **_month(2025, 10))],
        ),
        (
            "Xiaomi delivered 40,000 cars in October. If that pace holds, it would deliver "
            "480,000 a year.",
            D(2025, 11, 2),
            None,
            [dlv(40000, **_month(2025, 10))],
        ),
        (
            "小米汽车10月交付4万辆。照此速度，全年可交付48万辆。",
            D(2025, 11, 2),
            "zh",
            [dlv(40000, **_month(2025, 10))],
        ),
        (
            "小米汽车10月交付4万辆。如果保持这一速度，全年可交付48万辆。",
            D(2025, 11, 2),
            "zh",
            [dlv(40000, **_month(2025, 10))],
        ),
        (
            "小米汽车9月交付4万辆。以目前的速度，一年能交付近50万辆。",
            D(2025, 10, 2),
            "zh",
            [dlv(40000, **_month(2025, 9))],
        ),
        # "At that point" is no pace: the running total is read
        (
            "Xiaomi delivered 40,000 cars in October. At that point, it had delivered 250,000 "
            "this year.",
            D(2025, 11, 2),
            None,
            [dlv(40000, **_month(2025, 10)), dlv(250000)],
        ),
        (
            "Xiaomi's new line can build 100,000 cars a year. That would bring Xiaomi's annual "
            "capacity to 400,000.",
            D(2025, 7, 1),
            None,
            [
                ev(AUTO, metric="production_capacity", value=100000, status="actual", **RATE),
                ev(AUTO, metric="production_capacity", value=400000, status="target", **RATE),
            ],
        ),
        (
            "Xiaomi lifted its 2025 delivery goal to 350,000 in March. Its original target was "
            "300,000.",
            D(2025, 3, 20),
            None,
            [goal(350000, **_year(2025)), goal(300000, **_year(2025))],
        ),
        (
            "小米将今年交付目标提高到35万辆。原先的目标是30万辆。",
            D(2025, 3, 20),
            "zh",
            [goal(350000, **_year(2025)), goal(300000, **_year(2025))],
        ),
        (
            "Xiaomi had originally planned to deliver 76,000 cars in 2024. It later raised the "
            "goal to 100,000.",
            D(2024, 7, 20),
            None,
            [goal(76000, **_year(2024)), goal(100000, **_year(2024))],
        ),
        (
            "小米将2024年交付目标提高至13万辆。最初的目标是7.6万辆。",
            D(2024, 11, 20),
            "zh",
            [goal(130000, **_year(2024)), goal(76000, **_year(2024))],
        ),
        # the speaker a few words before the verb of saying; 我们会 is the plan
        (
            "“年底前我们会交付超过13万辆。”雷军在微博上写道。",
            D(2024, 11, 20),
            "zh",
            [goal(130000, qualifier="more_than")],
        ),
        # a rival's earlier target; a quote nobody at Xiaomi said
        (
            "Li Auto cut its target to 640,000. It had earlier aimed for 700,000. Xiaomi has not "
            "changed its goal.",
            D(2025, 7, 1),
            None,
            [],
        ),
        (
            '"It was a hard month," an analyst said. "They delivered 40,000, but Tesla sold more."',
            D(2025, 11, 2),
            None,
            [],
        ),
        (
            "“今年会很难。”他说。小米汽车10月交付4万辆。",
            D(2025, 11, 2),
            "zh",
            [dlv(40000, **_month(2025, 10))],
        ),
    ],
)
def test_families(
    text: str, published: dt.date, lang: str | None, want: list[dict[str, Any]]
) -> None:
    check(text, published, lang, want)
