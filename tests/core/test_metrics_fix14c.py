"""Families of the thirteenth whole-article probes fixed by fix14c (our own short texts;
expectations written before the extractor was run on them):

- a share price's move named before a percent ("Shares of X jumped as much as 8%", "the stock
  climbed 6%", 股价大涨8%) is no buyer share, even with orders or buyers in the clause
  (measures._SHARE_PRICE_MOVE);
- a market-wide norm beside a buyer share ("against an industry average of around 20%",
  "compared with a market average of 18%", 行业平均水平约为20%) is the market's, not the
  brand's buyers' (measures._MARKET_NORM); the brand's own share stays;
- a stock's trading ("Turnover in the stock reached HK$24 billion", "turnover of Xiaomi shares")
  is nobody's revenue (extract._STOCK_TURNOVER), while the car revenue beside it stays;
- a vague amount ("a few hundred people", "several hundred staff") is no figure
  (numbers._VAGUE_BEFORE), while "a hundred" and digits stay;
- a buyer share whose clause names a phone ecosystem ("… from outside Xiaomi's phone
  ecosystem") is still a buyer share, while a phone shipment's change stays out.

Conventions as in test_metrics_review8.py.
"""

import datetime as dt
from typing import Any

import pytest
from test_metrics_review import check, ev
from test_metrics_review8 import AUTO, SU7, YU7, money, quarter, year

D = dt.date
PUB = D(2025, 11, 20)


def case(text: str, lang: str | None, want: list[dict[str, Any]], day: dt.date = PUB) -> Any:
    return pytest.param(text, day, lang, want, id=f"{lang}-{text[:40]}")


def share(subject: str, value: float, q: str = "exact") -> dict[str, Any]:
    return ev(subject, metric="buyer_share", value=value, qualifier=q)


def heads(subject: str, value: float, q: str = "exact", **fields: Any) -> dict[str, Any]:
    return ev(subject, metric="headcount", value=value, qualifier=q, **fields)


FALSE_POSITIVES = [
    # a share price's move
    case("Xiaomi's stock climbed 6% on Monday after the YU7 drew a wave of orders.", None, []),
    case("Shares in Xiaomi surged as much as 9% as buyers rushed to order the new SUV.", None, []),
    case("Xiaomi stock fell 4% even though 30% of YU7 buyers were first-time car owners.", None,
         [share(YU7, 30)]),
    case("小米集团股价大涨8%，YU7订单火爆。", "zh", []),
    # a market-wide norm
    case("Women make up 28% of YU7 buyers, compared with a market average of 18%.", None,
         [share(YU7, 28)]),
    case("Some 35% of SU7 owners are women, well above the industry average of 22%.", None,
         [share(SU7, 35, "about")]),
    case("小米SU7女性用户占比约30%，行业平均水平约为20%。", "zh", [share(SU7, 30, "about")]),
    # a phone ecosystem named in a buyer share's clause
    case("iPhone users account for 48% of YU7 buyers, a sign the car reaches beyond Xiaomi's "
         "phone ecosystem.", None, [share(YU7, 48)]),
    case("Phone shipments rose 5% in the quarter.", None, []),
    # a stock's trading
    case("Xiaomi's car business had revenue of 29 billion yuan in the third quarter. Turnover "
         "in the stock reached HK$18 billion on Wednesday.", None,
         [money("revenue", 2.9e10, **quarter(2025, 3))]),
    case("Turnover of Xiaomi shares hit HK$12.3 billion, the most on the exchange.", None, []),
    case("Trading volume in the stock topped HK$9 billion as the YU7 launched.", None, []),
    # a vague amount
    case("Xiaomi's car project began with several hundred engineers in 2021.", None, []),
    case("Xiaomi's car unit started with a team of a few hundred people; it now has more than "
         "18,000 employees.", None, [heads(AUTO, 18000, "more_than")]),
    case("Xiaomi's car team had 300 staff in 2021.", None, [heads(AUTO, 300, **year(2021))]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "lang", "want"), FALSE_POSITIVES)
def test_false_positives(
    text: str, published: dt.date, lang: str | None, want: list[dict[str, Any]]
) -> None:
    check(text, published, lang, want)


# --- previous-quarter and year-earlier figures ------------------------------------------------


def dlv(subject: str, value: float, q: str = "exact", **fields: Any) -> dict[str, Any]:
    return ev(subject, metric="deliveries", value=value, qualifier=q, **fields)


def margin(value: float, **fields: Any) -> dict[str, Any]:
    return ev(AUTO, metric="other", label="gross margin", value=value, **fields)


def loss(value: float, **fields: Any) -> dict[str, Any]:
    return ev(AUTO, metric="net_loss", value=value, **fields)


def month(y: int, m: int) -> dict[str, Any]:
    last = (D(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)).day
    return {"period_kind": "month", "period_start": D(y, m, 1), "period_end": D(y, m, last)}


MAY28 = D(2025, 5, 28)
AUG25 = D(2025, 8, 25)
MAY26 = D(2026, 5, 2)

EARLIER = [
    # "the first three months of YEAR": that year's first quarter
    case("Xiaomi's EV revenue was 18.1 billion yuan in the first three months of 2025.", None,
         [money("revenue", 1.81e10, **quarter(2025, 1))], AUG25),
    case("小米汽车今年前三个月交付超过7.5万辆。", "zh",
         [dlv(AUTO, 75000, "more_than", **quarter(2025, 1))], AUG25),
    case("Xiaomi delivered 120,000 cars in the first six months of 2025.", None,
         [dlv(AUTO, 120000, period_kind="cumulative", period_start=D(2025, 1, 1),
              period_end=D(2025, 6, 30))], AUG25),
    # a second base after "a year earlier and from": its own period
    case("Xiaomi's car revenue rose to 20.6 billion yuan in the second quarter, up from 6.2 "
         "billion yuan a year earlier and from 18.1 billion yuan in the first three months of "
         "2025.", None,
         [money("revenue", 2.06e10, **quarter(2025, 2)),
          money("revenue", 6.2e9, **quarter(2024, 2)),
          money("revenue", 1.81e10, **quarter(2025, 1))], AUG25),
    # "the same period/quarter of YEAR": the compared figure's period in that year
    case("Xiaomi handed over 81,000 cars in April-June, against 76,000 in the first quarter and "
         "27,000 in the same period of 2024.", None,
         [dlv(AUTO, 81000, **quarter(2025, 2)), dlv(AUTO, 76000, **quarter(2025, 1)),
          dlv(AUTO, 27000, **quarter(2024, 2))], AUG25),
    case("Xiaomi's car revenue was 20.6 billion yuan in the second quarter, compared with 6.2 "
         "billion yuan in the same quarter of 2024.", None,
         [money("revenue", 2.06e10, **quarter(2025, 2)),
          money("revenue", 6.2e9, **quarter(2024, 2))], AUG25),
    # "in the prior quarter" with no quarter named in the sentence: the one before the
    # quarter the story reports
    case("Xiaomi delivered 81,000 cars in the second quarter. The car unit's gross margin "
         "widened to 26.1%, from 23.0% in the prior quarter.", None,
         [dlv(AUTO, 81000, **quarter(2025, 2)), margin(26.1, **quarter(2025, 2)),
          margin(23.0, **quarter(2025, 1))], AUG25),
    # 上一季度 / 上季度 in a story on the first quarter: the fourth quarter before it
    case("小米集团发布2025年第一季度财报。小米汽车业务收入为180亿元，上一季度为160亿元。", "zh",
         [money("revenue", 1.8e10, **quarter(2025, 1)),
          money("revenue", 1.6e10, **quarter(2024, 4))], MAY28),
    case("小米汽车一季度交付7.6万辆。该业务一季度毛利率为23.0%，较上季度的20.1%有所提升。", "zh",
         [dlv(AUTO, 76000, **quarter(2025, 1)), margin(23.0, **quarter(2025, 1)),
          margin(20.1, **quarter(2024, 4))], MAY28),
    # English "last quarter" in a story on the quarter just reported: that quarter
    case("Xiaomi reported third-quarter results on Tuesday. Its EV unit delivered 108,000 cars "
         "last quarter.", None, [dlv(AUTO, 108000, **quarter(2025, 3))], D(2025, 11, 20)),
    # a change from last quarter's figure to this one: the old is the quarter before
    case("小米汽车经营亏损从上季度的8亿元收窄至6亿元。", "zh",
         [loss(8e8, **quarter(2024, 4)), loss(6e8, **quarter(2025, 1))], MAY28),
    case("Xiaomi's EV operating loss narrowed from 800 million yuan last quarter to 600 million "
         "yuan.", None,
         [loss(8e8, **quarter(2024, 4)), loss(6e8, **quarter(2025, 1))], MAY28),
    # a quarter before named by the sentence stays the one before it
    case("小米汽车三季度交付10.9万辆，上一季度为8.1万辆。", "zh",
         [dlv(AUTO, 109000, **quarter(2025, 3)), dlv(AUTO, 81000, **quarter(2025, 2))],
         D(2025, 11, 20)),
    # "last December": that month
    case("Xiaomi delivered 36,000 cars in April, short of the 52,000 it delivered last "
         "December.", None,
         [dlv(AUTO, 36000, **month(2026, 4)), dlv(AUTO, 52000, **month(2025, 12))], MAY26),
    case("Xiaomi delivered more than 45,000 vehicles last November.", None,
         [dlv(AUTO, 45000, "more_than", **month(2025, 11))], MAY26),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "lang", "want"), EARLIER)
def test_earlier_periods(
    text: str, published: dt.date, lang: str | None, want: list[dict[str, Any]]
) -> None:
    check(text, published, lang, want)


# --- relative periods told in the next clause or sentence; a total's models ------------------


def target(value: float, **fields: Any) -> dict[str, Any]:
    return ev(AUTO, metric="delivery_target", value=value, status="target", **fields)


def half1(y: int) -> dict[str, Any]:
    return {"period_kind": "half_year", "period_start": D(y, 1, 1), "period_end": D(y, 6, 30)}


JUL3 = D(2025, 7, 3)

RELATIVE = [
    # 同月 / 当月 / "in the same month": the month of the figure told just before
    case("8月，小米汽车工厂生产新车约3.5万辆。同月，小米汽车交付量超过3万辆。", "zh",
         [ev(AUTO, metric="production", value=35000, **month(2025, 8)),
          dlv(AUTO, 30000, "more_than", **month(2025, 8))], D(2025, 9, 10)),
    case("小米汽车8月交付3.1万辆。当月，小米YU7交付超过1万辆。", "zh",
         [dlv(AUTO, 31000, **month(2025, 8)), dlv(YU7, 10000, "more_than", **month(2025, 8))],
         D(2025, 9, 10)),
    case("Xiaomi's plant built 34,000 cars in August. In the same month, Xiaomi delivered more "
         "than 30,000 vehicles.", None,
         [ev(AUTO, metric="production", value=34000, **month(2025, 8)),
          dlv(AUTO, 30000, "more_than", **month(2025, 8))], D(2025, 9, 10)),
    # "the half's", "the quarter's" after the figure: the period told before
    case("Xiaomi delivered more than 150,000 vehicles in the first half of 2025. In the first "
         "quarter it had handed over 75,000 cars. The YU7 made up about 20,000 of the half's "
         "deliveries.", None,
         [dlv(AUTO, 150000, "more_than", **half1(2025)), dlv(AUTO, 75000, **quarter(2025, 1)),
          dlv(YU7, 20000, "about", **half1(2025))], JUL3),
    # a full-year goal in a sentence about a half, or revised in a month
    case("Xiaomi delivered more than 150,000 cars in the first half, about 43% of its "
         "full-year target of 350,000.", None,
         [dlv(AUTO, 150000, "more_than", **half1(2025)), target(350000, **year(2025))], JUL3),
    case("Xiaomi has kept its annual delivery goal since lifting it in March from 300,000.", None,
         [target(300000, **year(2025))], JUL3),
    case("小米汽车上半年交付超15万辆，完成全年35万辆目标的43%。", "zh",
         [dlv(AUTO, 150000, "more_than", **half1(2025)), target(350000, **year(2025))], JUL3),
    # a launch window told with "last week": the window
    case("The YU7 drew 240,000 locked orders in 18 hours last week.", None,
         [ev(YU7, metric="locked_orders", value=240000, period_kind="window")], JUL3),
    case("Xiaomi registered 9,000 cars last week.", None,
         [dlv(AUTO, 9000, period_kind="week", period_start=D(2025, 6, 23),
              period_end=D(2025, 6, 29))], JUL3),
    # a total "most of them" one model's: the company's
    case("Xiaomi delivered 41,000 cars in October, most of them YU7 SUVs.", None,
         [dlv(AUTO, 41000, **month(2025, 10))], D(2025, 11, 3)),
    case("Xiaomi delivered 41,000 cars in October, mostly YU7s.", None,
         [dlv(AUTO, 41000, **month(2025, 10))], D(2025, 11, 3)),
    case("Xiaomi delivered 12,000 YU7s in October.", None,
         [dlv(YU7, 12000, **month(2025, 10))], D(2025, 11, 3)),
    # "widened to": the level reached
    case("Xiaomi's EV gross margin widened to 26.1% in the second quarter.", None,
         [margin(26.1, **quarter(2025, 2))], AUG25),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "lang", "want"), RELATIVE)
def test_relative_periods(
    text: str, published: dt.date, lang: str | None, want: list[dict[str, Any]]
) -> None:
    check(text, published, lang, want)


# --- operating profit beside rivals; a profit told by "earned"; the year's last quarter ------


def profit(value: float, **fields: Any) -> dict[str, Any]:
    return ev(AUTO, metric="other", label="operating profit", value=value, **fields)


NOV20 = D(2025, 11, 20)

PROFITS = [
    # past a comma, a rival that opens its own statement does not take Xiaomi's figure
    case("Xiaomi's EV unit posted an operating profit of 800 million yuan, NIO swung to a net "
         "loss of 3 billion yuan.", None, [profit(8e8)], NOV20),
    case("Xiaomi delivered 41,000 cars, Tesla's deliveries were 61,000.", None,
         [dlv(AUTO, 41000)], NOV20),
    case("Xiaomi delivered 41,000 cars, Tesla sold 61,000.", None, [dlv(AUTO, 41000)], NOV20),
    case("Tesla sold 61,000 cars, Li Auto posted a net loss of 600 million yuan.", None, [],
         NOV20),
    # a profit told by "earned" in a sentence that names the operating profit
    case("Asked if the EV unit's first operating profit would last, Lu said Xiaomi's segment earned "
         "800 million yuan in the third quarter, though he would not give a forecast.", None,
         [profit(8e8, **quarter(2025, 3))], NOV20),
    case("Xiaomi's EV unit earned 800 million yuan in the third quarter, its first operating "
         "profit.", None, [profit(8e8, **quarter(2025, 3))], NOV20),
    case("Xiaomi's EV unit earned 800 million yuan in the third quarter.", None, [], NOV20),
    # a refusal to say is no guess, a "would not say whether … would" still is
    case("Lei Jun would not say whether Xiaomi would sell 400,000 cars this year.", None, [],
         NOV20),
    # "the last three months of the year": the fourth quarter
    case("Xiaomi expects to deliver more than 150,000 cars in the last three months of the "
         "year.", None,
         [dlv(AUTO, 150000, "more_than", status="forecast", **quarter(2025, 4))], NOV20),
    case("Xiaomi delivered 140,000 cars in the final three months of 2024.", None,
         [dlv(AUTO, 140000, **quarter(2024, 4))], NOV20),
    case("Xiaomi delivered 120,000 cars in the last three months.", None,
         [dlv(AUTO, 120000, period_kind="none")], NOV20),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "lang", "want"), PROFITS)
def test_profits_and_rivals(
    text: str, published: dt.date, lang: str | None, want: list[dict[str, Any]]
) -> None:
    check(text, published, lang, want)


# --- analysts' figures as forecasts; "the year after"; an average price's base -----------------


def fc(metric: str, value: float, q: str = "exact", **fields: Any) -> dict[str, Any]:
    return ev(AUTO, metric=metric, value=value, qualifier=q, status="forecast", **fields)


DEC10 = D(2025, 12, 10)

ANALYSTS = [
    case("Analysts expect Xiaomi to deliver 600,000 cars in 2026 and 820,000 the following "
         "year.", None,
         [fc("deliveries", 600000, **year(2026)), fc("deliveries", 820000, **year(2027))],
         DEC10),
    case("The broker forecasts Xiaomi EV revenue of 160 billion yuan next year and 210 billion "
         "yuan the year after.", None,
         [fc("revenue", 1.6e11, **year(2026)), fc("revenue", 2.1e11, **year(2027))], DEC10),
    case("Xiaomi delivered 136,000 cars in 2024 and more than 410,000 a year later.", None,
         [dlv(AUTO, 136000, **year(2024)), dlv(AUTO, 410000, "more_than", **year(2025))],
         D(2026, 1, 5)),
    # a broker's expectation: "should post", "pencils in", 可能回落至
    case("Xiaomi's EV unit should post an operating profit of about 5 billion yuan in 2026, "
         "well above the 2 billion yuan the broker pencils in for 2025.", None,
         [fc("other", 5e9, "about", label="operating profit", **year(2026)),
          fc("other", 2e9, label="operating profit", **year(2025))], DEC10),
    case("分析师认为，小米汽车2026年毛利率可能回落至19%左右。", "zh",
         [fc("other", 19, "about", label="gross margin", **year(2026))], DEC10),
    # a consensus estimate beside a target: a forecast of deliveries
    case("Xiaomi's own goal is 350,000 deliveries this year, against which sits a consensus "
         "estimate of 530,000 for 2026.", None,
         [target(350000, **year(2025)), fc("deliveries", 530000, **year(2026))], DEC10),
    case("Xiaomi's target of 350,000 deliveries this year compares with a consensus estimate "
         "of 530,000 for 2026.", None,
         [target(350000, **year(2025)), fc("deliveries", 530000, **year(2026))], DEC10),
    # an average price's base: the car business's, of the quarter before
    case("小米汽车三季度单车平均售价约为26.1万元，较上一季度的25.3万元有所提高，主要得益于YU7交付。",
         "zh",
         [ev(AUTO, metric="price", value=261000, qualifier="about", **quarter(2025, 3)),
          ev(AUTO, metric="price", value=253000, **quarter(2025, 2))], NOV20),
    case("小米SU7起售价21.59万元，较此前的22.99万元下调。", "zh",
         [ev(SU7, metric="price", value=215900), ev(SU7, metric="price", value=229900)], NOV20),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "lang", "want"), ANALYSTS)
def test_analysts_and_bases(
    text: str, published: dt.date, lang: str | None, want: list[dict[str, Any]]
) -> None:
    check(text, published, lang, want)


# --- launch-night counts; an old generation's sales; 当年; a car team's size -------------------


def orders(metric: str, subject: str, value: float, q: str = "exact") -> dict[str, Any]:
    return ev(subject, metric=metric, value=value, qualifier=q, period_kind="window")


APR25 = D(2026, 4, 25)

LAUNCH = [
    case("Xiaomi opened orders for the new YU7 on Thursday night. Two hours into sales, it had "
         "more than 150,000 orders.", None, [orders("orders", YU7, 150000, "more_than")], APR25),
    case("Half an hour into the launch, the new SU7 had 20,000 locked orders.", None,
         [orders("locked_orders", SU7, 20000)], APR25),
    case("Xiaomi said the new SU7 had 48,000 locked orders by 10 pm.", None,
         [orders("locked_orders", SU7, 48000)], APR25),
    case("截至晚上11点，小米YU7锁单量突破20万台。", "zh",
         [orders("locked_orders", YU7, 200000, "more_than")], APR25),
    case("Xiaomi builds 40 cars an hour at its Beijing plant.", None, [], APR25),
    # an old generation's lifetime sales: a running total
    case("Xiaomi sold more than 320,000 units of the first-generation SU7.", None,
         [dlv(SU7, 320000, "more_than", period_kind="cumulative")], APR25),
    case("初代小米SU7累计交付超过32万辆。", "zh",
         [dlv(SU7, 320000, "more_than", period_kind="cumulative")], APR25),
    # 当年 after a window of the clause before: the year the sentence named (a timeline
    # item's year after the launch, told with no subject: the company's, as in
    # test_metrics_articles13.py's profile of Lei Jun)
    case("2024年3月，小米SU7上市，27分钟大定5万台，当年交付超过13万辆。", "zh",
         [orders("orders", SU7, 50000), dlv(AUTO, 130000, "more_than", **year(2024))], APR25),
    # a car team's size told in a clause after the team
    case("雷军宣布小米正式造车。造车团队从最初的几十人起步，如今已扩充至超过2万人。", "zh",
         [heads(AUTO, 20000, "more_than")], APR25),
    case("小米集团员工超过4万人。", "zh", [heads("Xiaomi Group", 40000, "more_than")], APR25),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "lang", "want"), LAUNCH)
def test_launch_and_teams(
    text: str, published: dt.date, lang: str | None, want: list[dict[str, Any]]
) -> None:
    check(text, published, lang, want)


# --- a weekly rate told after a model name ending in a digit ---------------------------------

WEEKLY = [
    case("公开数据显示，8月以来小米YU7周上险量稳定在4000辆左右。", "zh",
         [dlv(YU7, 4000, "about", period_kind="rate")], D(2025, 9, 10)),
    case("小米SU7周上险量保持在3500辆左右。", "zh",
         [dlv(SU7, 3500, "about", period_kind="rate")], D(2025, 9, 10)),
    # (not a window of "7周": the 7 is the model's)
    case("小米YU7周交付量约为5000辆。", "zh",
         [dlv(YU7, 5000, "about", period_kind="rate")], D(2025, 9, 10)),
    case("8月，小米YU7上险量为1.6万辆。", "zh", [dlv(YU7, 16000, **month(2025, 8))],
         D(2025, 9, 10)),
    case("小米YU7上市7天交付1万台。", "zh", [dlv(YU7, 10000, period_kind="window")],
         D(2025, 9, 10)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "lang", "want"), WEEKLY)
def test_weekly_rates(
    text: str, published: dt.date, lang: str | None, want: list[dict[str, Any]]
) -> None:
    check(text, published, lang, want)


def wk7(y: int, m: int, d: int) -> dict[str, Any]:
    start = D(y, m, d)
    return {"period_kind": "week", "period_start": start, "period_end": start + dt.timedelta(6)}


NAMED_WEEK = [
    # 本周 / 上周 after a heading that named the week: that week and the one before it
    case("11月第3周（11.17-11.23）新势力上险量榜单出炉。\n\n小米汽车本周上险量为9600辆，环比上周的"
         "9100辆增长5.5%。", "zh",
         [dlv(AUTO, 9600, **wk7(2025, 11, 17)), dlv(AUTO, 9100, **wk7(2025, 11, 10))],
         D(2025, 11, 26)),
    # with no week named before, 上周 stays the week before the day of writing
    case("小米汽车上周上险量为9100辆。", "zh", [dlv(AUTO, 9100, **wk7(2025, 11, 17))],
         D(2025, 11, 26)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "lang", "want"), NAMED_WEEK)
def test_named_week(
    text: str, published: dt.date, lang: str | None, want: list[dict[str, Any]]
) -> None:
    check(text, published, lang, want)


RD = [
    # R&D money "for its car business": the car business's
    case("Xiaomi will spend 8 billion yuan on R&D for its EV business this year.", None,
         [ev(AUTO, metric="rd_spend", value=8e9, status="target", **year(2026))], D(2026, 2, 26)),
    case("The company will spend 8 billion yuan on research and development for its car "
         "business this year, Xiaomi said.", None,
         [ev(AUTO, metric="rd_spend", value=8e9, status="target", **year(2026))], D(2026, 2, 26)),
    case("Xiaomi will spend 30 billion yuan on R&D this year.", None,
         [ev("Xiaomi Group", metric="rd_spend", value=3e10, status="target", **year(2026))],
         D(2026, 2, 26)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "lang", "want"), RD)
def test_rd_for_cars(
    text: str, published: dt.date, lang: str | None, want: list[dict[str, Any]]
) -> None:
    check(text, published, lang, want)
