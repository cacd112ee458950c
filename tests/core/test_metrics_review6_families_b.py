"""Families of phrasing behind five groups of review6 misses, each pinned by sentences of our
own (not the probes' wording), with near misses that must keep their figures:

(a) a change is no level: "climbed by roughly 5,000", 同比增加超过2.5万辆, "1,200 fewer
    employees"; the level after the change ("to 38,500", 至3.8万辆) keeps the measure, and a
    level after a flat change (环比持平，依然保持在4万辆左右) is read;
(b) denials ("rejected reports that", 否认), counterfactuals ("would have delivered"), sums on
    the back of an envelope ("With 35,000 cars a month, … would", 按照月均3.5万辆测算) and
    break-even thresholds ("requires … to remain profitable", 就能实现盈利) give no event;
(c) the cars a recall covers are neither output nor deliveries;
(d) a count of stores (other/stores): "380 car showrooms" (car is no unit there),
    门店总数已达500家, "bringing the total to 380" after the stores opened (a change), a planned
    count; a network's size is a count at a day (period kind none); "aims to export" a target;
(e) numbers in words: "half a million", "a quarter of a million", "two hundred and fifty
    thousand", 第二十万辆 (a milestone car), and "has delivered … this year" before the year
    is over is the year's running total.
"""

import datetime as dt
from typing import Any

import pytest
from test_metrics_review import check, ev

D = dt.date
AUTO, GROUP = "Xiaomi Auto", "Xiaomi Group"
NOV02, JUL20, SEP19, NOV19 = D(2025, 11, 2), D(2025, 7, 20), D(2025, 9, 19), D(2025, 11, 19)


def month(y: int, m: int, last: int) -> dict[str, Any]:
    return {"period_kind": "month", "period_start": D(y, m, 1), "period_end": D(y, m, last)}


def dlv(value: float, q: str = "exact", **fields: Any) -> dict[str, Any]:
    return ev(AUTO, metric="deliveries", value=value, qualifier=q, status="actual", **fields)


def stores(value: float, status: str = "actual", **fields: Any) -> dict[str, Any]:
    return ev(AUTO, metric="other", label="stores", value=value, status=status, **fields)


def run(cases: list[Any]) -> Any:
    return pytest.mark.parametrize(("text", "published", "want"), cases)


@run(
    [
        # a change told by its size, with a bound or none
        ("Xiaomi's September deliveries climbed by roughly 5,000 from August.", NOV02, []),
        (
            "Xiaomi's October deliveries fell by nearly 2,000 from September to 38,500.",
            NOV02,
            [dlv(38500, **month(2025, 10, 31))],
        ),
        ("Xiaomi's car division has 1,200 fewer employees than a year ago.", NOV02, []),
        ("Xiaomi hired 2,500 more engineers for its car unit this year.", NOV02, []),
        (
            "小米汽车9月交付量环比减少约2000辆，至3.8万辆。",
            NOV02,
            [dlv(38000, **month(2025, 9, 30))],
        ),
        ("小米汽车10月交付量同比增加超过2.5万辆。", NOV02, []),
        ("小米汽车研发人员较去年增加约3000人。", NOV02, []),
        # a level after a flat change
        (
            "小米汽车10月交付量环比持平，依然保持在4万辆左右。",
            D(2025, 12, 1),
            [dlv(40000, "about", **month(2025, 10, 31))],
        ),
        # near misses: a level reached by a change stays a level
        ("Xiaomi's October deliveries rose to 41,000.", NOV02, [dlv(41000, **month(2025, 10, 31))]),
        (
            "Xiaomi's October deliveries grew 5% to 41,000.",
            NOV02,
            [dlv(41000, **month(2025, 10, 31))],
        ),
        ("小米汽车10月交付量增加至4.1万辆。", NOV02, [dlv(41000, **month(2025, 10, 31))]),
        # the change and the level read as one range ("1,000 to 41,000") are split
        (
            "Xiaomi's deliveries rose by about 1,000 to 41,000 in October.",
            NOV02,
            [dlv(41000, **month(2025, 10, 31))],
        ),
        (
            "Xiaomi's car team grew by nearly 2,000 to 22,000 people in the third quarter.",
            NOV02,
            [ev(metric="headcount", value=22000, qualifier="exact")],
        ),
        (
            "Xiaomi raised its capacity by about 150,000 units a year to 300,000.",
            NOV02,
            [ev(AUTO, metric="production_capacity", value=300000, qualifier="exact")],
        ),
        (
            "Xiaomi delivered 41,000 cars in October, up by 1,000 from September.",
            NOV02,
            [dlv(41000, **month(2025, 10, 31))],
        ),
    ]
)
def test_changes_are_no_levels(text: str, published: dt.date, want: list[dict[str, Any]]) -> None:
    check(text, published, None, want)


@run(
    [
        ("Xiaomi rejected reports that SU7 orders had topped 300,000.", JUL20, []),
        ("Xiaomi refuted online rumours that it sold 100,000 YU7s in a week.", JUL20, []),
        ("小米汽车否认了SU7订单已超过30万台的传言。", JUL20, []),
        (
            "Without the supply shortage, Xiaomi would have delivered 50,000 cars in June.",
            JUL20,
            [],
        ),
        ("With 35,000 cars a month, Xiaomi would hand over 420,000 in a year.", JUL20, []),
        ("按照月均3.5万辆测算，小米汽车全年交付量将达42万辆。", JUL20, []),
        (
            "The car unit requires roughly 25,000 sales a month to remain profitable, analysts "
            "said.",
            JUL20,
            [],
        ),
        ("小米汽车月销量达到2.5万辆就能实现盈利。", JUL20, []),
        # near misses: an expectation of profit with a figure of its own, a profit after a fact
        (
            "Xiaomi expects its car unit to remain profitable in Q4, with deliveries of more "
            "than 40,000 a month.",
            JUL20,
            [ev(AUTO, metric="deliveries", value=40000, qualifier="more_than", status="forecast")],
        ),
        (
            "小米汽车6月交付超过2.5万辆，实现盈利。",
            JUL20,
            [dlv(25000, "more_than", **month(2025, 6, 30))],
        ),
    ]
)
def test_denials_counterfactuals_and_sums(
    text: str, published: dt.date, want: list[dict[str, Any]]
) -> None:
    check(text, published, None, want)


@run(
    [
        ("Xiaomi will recall 30,931 SU7 Ultra cars built in 2025 over a brake issue.", SEP19, []),
        ("The recall affects about 98,000 SU7 sedans delivered before March.", SEP19, []),
        ("小米汽车宣布召回约9.8万辆已交付的SU7。", SEP19, []),
        # near misses: a recall told beside a figure of its own
        (
            "After the recall, Xiaomi sold 40,000 cars in October.",
            NOV02,
            [dlv(40000, **month(2025, 10, 31))],
        ),
        (
            "Despite the recall, Xiaomi delivered more than 40,000 cars in September.",
            SEP19,
            [dlv(40000, "more_than", **month(2025, 9, 30))],
        ),
        (
            "小米汽车9月交付超过4万辆，此前曾发布召回公告。",
            SEP19,
            [dlv(40000, "more_than", **month(2025, 9, 30))],
        ),
    ]
)
def test_recalls(text: str, published: dt.date, want: list[dict[str, Any]]) -> None:
    check(text, published, None, want)


@run(
    [
        (
            "Xiaomi ran 380 car showrooms across 100 cities at the end of August.",
            NOV19,
            [stores(380, unit="count", period_kind="none", as_of=D(2025, 8, 31))],
        ),
        (
            "Xiaomi opened 30 car stores in September, bringing the total to 380.",
            NOV19,
            [stores(380, period_kind="none", as_of=D(2025, 9, 30))],
        ),
        (
            "Xiaomi intends to open 600 car stores by the end of 2026.",
            NOV19,
            [stores(600, status="target")],
        ),
        ("小米汽车门店总数已达500家。", NOV19, [stores(500, period_kind="none")]),
        ("小米汽车10月新增门店20家。", NOV19, []),
        (
            "Xiaomi plans to export 20,000 cars next year.",
            NOV19,
            [ev(AUTO, metric="delivery_target", value=20000, status="target")],
        ),
        # near misses: the group's shops are not the car business's; a count of stores after a
        # delivery figure is no delivery figure
        (
            "Xiaomi has 2,000 stores selling phones and gadgets.",
            NOV19,
            [ev(GROUP, metric="other", label="stores", value=2000)],
        ),
        (
            "Xiaomi delivered 40,000 cars through its 400 stores in October.",
            NOV19,
            [dlv(40000, **month(2025, 10, 31)), stores(400, period_kind="none")],
        ),
    ]
)
def test_stores_and_exports(text: str, published: dt.date, want: list[dict[str, Any]]) -> None:
    check(text, published, None, want)


@run(
    [
        (
            "Xiaomi has now built more than half a million cars.",
            NOV02,
            [ev(AUTO, metric="production", value=500000, qualifier="more_than")],
        ),
        (
            "Xiaomi sold nearly a quarter of a million cars this year.",
            NOV02,
            [ev(AUTO, metric="deliveries", value=250000, qualifier="about")],
        ),
        (
            "Xiaomi set a 2025 goal of two hundred and fifty thousand cars.",
            D(2025, 3, 19),
            [ev(AUTO, metric="delivery_target", value=250000, period_kind="year")],
        ),
        (
            "Xiaomi set a 2025 goal of three hundred thousand cars.",
            D(2025, 3, 19),
            [ev(AUTO, metric="delivery_target", value=300000)],
        ),
        (
            "Xiaomi delivered twenty-five thousand cars in February.",
            D(2025, 3, 2),
            [dlv(25000, **month(2025, 2, 28))],
        ),
        (
            "小米汽车第二十万辆整车于2025年5月28日下线。",
            D(2025, 6, 1),
            [
                ev(AUTO, metric="production", value=200000, period_kind="cumulative")
                | {"as_of": D(2025, 5, 28)}
            ],
        ),
        # an ordinal that is no milestone car stays no figure
        (
            "小米汽车在第二十二届用户大会上宣布交付超过20万辆。",
            D(2025, 6, 1),
            [ev(AUTO, metric="deliveries", value=200000, qualifier="more_than")],
        ),
        # "has delivered … this year" before the year is over: the running total so far
        (
            "Xiaomi has delivered 300,000 cars this year.",
            NOV02,
            [dlv(300000, period_kind="cumulative", period_start=D(2025, 1, 1), as_of=None)],
        ),
        (
            "Xiaomi delivered 410,000 cars in 2025.",
            D(2026, 1, 5),
            [dlv(410000, period_kind="year", period_start=D(2025, 1, 1))],
        ),
    ]
)
def test_numbers_in_words_and_milestones(
    text: str, published: dt.date, want: list[dict[str, Any]]
) -> None:
    check(text, published, None, want)
