"""Families of misses fixed on branch fix25a, each with sentences of our own (expectations
written before the extractor ran) and negative cases that must stay empty:

1. paired lists given "respectively" / 分别: each figure to its own model, in order; a bound
   before the list is every unbounded item's, an item's own bound its own only; a sentence
   that points back to the models ("the three models", 三款车型) pairs them with the models
   of the sentence before; a market segment bounded by price ("cars priced above …") is no
   price.
2. revisions of an actual: the figure since corrected ("rather than the … it reported",
   "revised up from", "from the … it first reported", 此前公布为…上修为, 初步公布为…现更正为) is
   no event, the corrected one is (in the measure of the one it replaces); both ends of a
   target raised "from X to Y" stay events.
3. hypotheticals and conditionals: a sentence opening on a condition ("Were … to", "Should …",
   如果/要是/若 …，…将/会/就…) whose main clause is in the conditional or the future gives
   nothing; an expectation under a condition ("If demand holds, Xiaomi expects …") stays a
   forecast, 如果说…那么 is rhetoric and 若干 ("several") opens no condition.
4. the remainder to a goal (仅剩/只差/剩余 …, "must deliver another … to hit its goal",
   "… short of its target") is no event; the goal itself is.
5. status spill-over: what was done before an aim ("after handing over", "having shipped") is an
   actual (and the "over" of "handing over" is no bound); 确保交付 X is a target and 冲刺 Y
   after it a target too (two plans for the year, as a goal raised "from X to Y" gives both);
   the future with 会 (也会超过) is a forecast, 不会超过 a ceiling (no event), not 会 in 发布会
   nor 确保 in 为确保质量.
6. period carry-over: "the quarter just ended" is the last quarter finished, whatever month the
   sentence named before; a half year or quarter opening the sentence (今年上半年，…累计交付) is
   the sum's period, as in the other word order (not a total since launch); a forecast with no
   period of its own right after a question on a period (an analysts' consensus) is of the
   period asked about.
7. a verbless second clause: "The YU7 accounted for 6,900 of the total and the SU7 for 3,200"
   (the SU7's part of the same whole and period); 较上周（dates）的 X, 比上周的 X: the week
   compared with, its dates in brackets its own (not shifted back once more).
"""

import datetime as dt
from typing import Any

from test_metrics_articles12 import month_span, running
from test_metrics_articles13 import wk
from test_metrics_review import check, ev
from test_metrics_review8 import (
    ABOUT,
    AUTO,
    MORE,
    SU7,
    ULTRA,
    YU7,
    case,
    dlv,
    fcst,
    first_months,
    goal,
    month,
    price,
    quarter,
    run,
    year,
)
from test_metrics_review9 import half

D = dt.date
AUG01 = D(2025, 8, 1)

# --- 1. paired lists -------------------------------------------------------------------------

PAIRED = [
    case(
        "In July the SU7, the SU7 Ultra and the YU7 made up roughly 14,500, 800 and 21,000 of "
        "Xiaomi's deliveries respectively.",
        AUG01,
        None,
        [
            dlv(SU7, 14500, ABOUT, **month(2025, 7)),
            dlv(ULTRA, 800, ABOUT, **month(2025, 7)),
            dlv(YU7, 21000, ABOUT, **month(2025, 7)),
        ],
    ),
    case(
        "The YU7 and the SU7 delivered 18,300 and more than 9,000 units in July, respectively.",
        AUG01,
        None,
        [dlv(YU7, 18300, **month(2025, 7)), dlv(SU7, 9000, MORE, **month(2025, 7))],
    ),
    case(
        "Xiaomi sold the SU7 and the YU7 for the first time in Shanghai last year. The two "
        "models now start at 219,900 yuan and 249,900 yuan respectively.",
        AUG01,
        None,
        [price(SU7, 219900), price(YU7, 249900)],
    ),
    case(
        "7月，小米SU7和YU7的交付量分别超过1.5万辆和2万辆。",
        AUG01,
        "zh",
        [dlv(SU7, 15000, MORE, **month(2025, 7)), dlv(YU7, 20000, MORE, **month(2025, 7))],
    ),
    case(
        "小米YU7、SU7 Ultra和SU7 7月的交付量分别约为2.1万辆、900辆和1.4万辆。",
        AUG01,
        "zh",
        [
            dlv(YU7, 21000, ABOUT, **month(2025, 7)),
            dlv(ULTRA, 900, ABOUT, **month(2025, 7)),
            dlv(SU7, 14000, ABOUT, **month(2025, 7)),
        ],
    ),
    case(
        "小米SU7与YU7均已在欧洲亮相。两款车型的国内起售价分别为21.99万元和24.99万元。",
        AUG01,
        "zh",
        [price(SU7, 219900), price(YU7, 249900)],
    ),
    # negatives: a price segment, and "respectively" with no models anywhere
    case(
        "The YU7 is among the best-selling SUVs in China priced above 250,000 yuan.",
        AUG01,
        None,
        [],
    ),
    case(
        "The three brands' stores grew by 40 and 55 percent respectively.",
        AUG01,
        None,
        [],
    ),
]


@run(PAIRED)
def test_paired_lists(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- 2. revisions ----------------------------------------------------------------------------

REVISIONS = [
    case(
        "Xiaomi said on Monday it delivered more than 36,500 cars in March, rather than the more "
        "than 35,000 it announced on April 1.",
        D(2025, 4, 8),
        None,
        [dlv(AUTO, 36500, MORE, **month(2025, 3))],
    ),
    case(
        "Xiaomi revised its February deliveries up from 28,000 to 30,200.",
        D(2025, 3, 10),
        None,
        [dlv(AUTO, 30200, **month(2025, 2))],
    ),
    case(
        "Xiaomi delivered 30,200 cars in February, revised up from 28,000.",
        D(2025, 3, 10),
        None,
        [dlv(AUTO, 30200, **month(2025, 2))],
    ),
    case(
        "Xiaomi raised its February delivery figure to 30,200 from the 28,000 it first reported.",
        D(2025, 3, 10),
        None,
        [dlv(AUTO, 30200, **month(2025, 2))],
    ),
    case(
        "小米汽车3月交付量由此前公布的超过2.9万辆修正为超过3.1万辆。",
        D(2025, 4, 9),
        "zh",
        [dlv(AUTO, 31000, MORE, **month(2025, 3))],
    ),
    case(
        "小米汽车发布更正：10月交付量初步公布为3.9万辆，现更正为4.02万辆。",
        D(2025, 11, 5),
        "zh",
        [dlv(AUTO, 40200, **month(2025, 10))],
    ),
    # negatives of the family: a figure first told with no correction stands; a target raised
    # keeps both ends; a comparison keeps both months
    case(
        "小米汽车10月交付量初步公布为4万辆。",
        D(2025, 11, 5),
        "zh",
        [dlv(AUTO, 40000, **month(2025, 10))],
    ),
    case(
        "Xiaomi earlier reported 40,100 deliveries for October.",
        D(2025, 11, 12),
        None,
        [dlv(AUTO, 40100, **month(2025, 10))],
    ),
    case(
        "Xiaomi revised its annual delivery target up from 300,000 to 350,000.",
        D(2025, 4, 10),
        None,
        [goal(300000, **year(2025)), goal(350000, **year(2025))],
    ),
    case(
        "小米汽车将全年交付目标由30万辆上调至35万辆。",
        D(2025, 4, 10),
        "zh",
        [goal(300000, **year(2025)), goal(350000, **year(2025))],
    ),
    case(
        "Xiaomi delivered 41,200 cars in October, up from 39,100 in September.",
        D(2025, 11, 3),
        None,
        [dlv(AUTO, 41200, **month(2025, 10)), dlv(AUTO, 39100, **month(2025, 9))],
    ),
]


@run(REVISIONS)
def test_revisions(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- 3. hypotheticals and conditionals -------------------------------------------------------

SEP15 = D(2025, 9, 15)
SUPPOSED = [
    case(
        "Were Xiaomi to deliver 45,000 cars a month, it would sell 540,000 in a year.",
        SEP15,
        None,
        [],
    ),
    case(
        "Were the discounts to last into the spring, each SU7 would bring in 18,000 yuan less.",
        SEP15,
        None,
        [],
    ),
    case(
        "Should YU7 sales stall at 25,000 a month, Xiaomi would deliver only 300,000 this year.",
        SEP15,
        None,
        [],
    ),
    case(
        "If Xiaomi sells 400,000 cars this year, revenue would reach 100 billion yuan.",
        SEP15,
        None,
        [],
    ),
    case("假如YU7月销量稳定在3万辆，小米今年就能交付50万辆。", SEP15, "zh", []),
    case("要是价格战持续下去，小米汽车的毛利率会降到20%以下。", SEP15, "zh", []),
    case("如果小米明年卖出60万辆，汽车业务收入将超过1500亿元。", SEP15, "zh", []),
    # what stays: an expectation under a condition, and 若干 ("several"), no condition
    case(
        "If demand holds, Xiaomi expects to deliver more than 40,000 cars in October.",
        SEP15,
        None,
        [fcst(AUTO, 40000, MORE, **month_span(2025, 10))],
    ),
    # 如果说…，那么… is rhetoric, no condition
    case(
        "如果说2024年是小米汽车的起步之年，那么小米汽车2025年将交付35万辆。",
        D(2025, 1, 5),
        "zh",
        [fcst(AUTO, 350000, **year(2025))],
    ),
    case(
        "若干分析师认为，小米汽车今年将交付40万辆。",
        D(2025, 5, 12),
        "zh",
        [fcst(AUTO, 400000, **year(2025))],
    ),
]


@run(SUPPOSED)
def test_hypotheticals(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- 4. the remainder to a goal --------------------------------------------------------------

OCT02 = D(2025, 10, 2)
REMAINDERS = [
    case(
        "Xiaomi must deliver another 90,000 vehicles to hit its 350,000 goal.",
        OCT02,
        None,
        [ev(AUTO, metric="delivery_target", value=350000, status="target")],
    ),
    case(
        "Xiaomi needs 85,000 more deliveries to reach its annual goal of 350,000.",
        OCT02,
        None,
        [goal(350000, **year(2025))],
    ),
    case("The company is still 85,000 cars short of its full-year target.", OCT02, None, []),
    case(
        "小米汽车离35万辆的年度目标只差不到10万辆。",
        OCT02,
        "zh",
        [goal(350000, **year(2025))],
    ),
    case("截至9月底，距离全年目标剩余约8万辆。", OCT02, "zh", []),
    case(
        "今年前三季度小米汽车累计交付26万辆，距离全年35万辆的目标还差9万辆。",
        OCT02,
        "zh",
        [dlv(AUTO, 260000, **first_months(2025, 9)), goal(350000, **year(2025))],
    ),
]


@run(REMAINDERS)
def test_remainders(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- 5. status spill-over --------------------------------------------------------------------

SPILL = [
    case(
        "Xiaomi aims to sell 600,000 cars next year, after delivering more than 400,000 in 2025.",
        D(2025, 12, 20),
        None,
        [goal(600000, **year(2026)), dlv(AUTO, 400000, MORE, **year(2025))],
    ),
    case(
        "Xiaomi plans to hand over 300,000 vehicles in 2025, having shipped about 135,000 in 2024.",
        D(2025, 1, 10),
        None,
        [goal(300000, **year(2025)), dlv(AUTO, 135000, ABOUT, **year(2024))],
    ),
    case(
        "Xiaomi is targeting 550,000 deliveries this year after handing over 410,000 last year.",
        D(2026, 1, 15),
        None,
        [goal(550000, **year(2026)), dlv(AUTO, 410000, **year(2025))],
    ),
    case(
        "雷军表示，今年小米汽车确保交付30万辆，冲刺35万辆。",
        D(2025, 3, 14),
        "zh",
        [goal(300000, **year(2025)), goal(350000, **year(2025))],
    ),
    case("小米汽车2025年确保交付35万辆。", D(2025, 1, 5), "zh", [goal(350000, **year(2025))]),
    case(
        "小米汽车12月交付量会超过4万辆。",
        D(2025, 12, 2),
        "zh",
        [fcst(AUTO, 40000, MORE, **month_span(2025, 12))],
    ),
    case(
        "小米汽车10月交付超过4万辆，11月也会超过4.5万辆。",
        D(2025, 11, 1),
        "zh",
        [
            dlv(AUTO, 40000, MORE, **month(2025, 10)),
            fcst(AUTO, 45000, MORE, **month_span(2025, 11)),
        ],
    ),
    case(
        "小米汽车12月交付量应该会突破4万辆。",
        D(2025, 12, 2),
        "zh",
        [fcst(AUTO, 40000, MORE, **month_span(2025, 12))],
    ),
    # a ceiling of the future (不会超过, as "will not exceed") is no event
    case("小米汽车12月交付量不会超过3万辆。", D(2025, 12, 2), "zh", []),
    # not the future: 会 of 发布会, 确保 of a purpose
    case(
        "在发布会上，雷军宣布小米SU7 10月交付超过2万台。",
        D(2024, 11, 5),
        "zh",
        [dlv(SU7, 20000, MORE, **month(2024, 10))],
    ),
    case(
        "为确保质量，小米汽车10月交付2万台。",
        D(2024, 11, 5),
        "zh",
        [dlv(AUTO, 20000, **month(2024, 10))],
    ),
]


@run(SPILL)
def test_status_spill(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- 6. period carry-over --------------------------------------------------------------------

CARRIED = [
    case(
        "Xiaomi delivered more than 39,000 cars in September, bringing its deliveries for the "
        "quarter just ended to more than 105,000.",
        D(2025, 10, 1),
        None,
        [dlv(AUTO, 39000, MORE, **month(2025, 9)), dlv(AUTO, 105000, MORE, **quarter(2025, 3))],
    ),
    case(
        "In the quarter that just ended, Xiaomi delivered 105,000 cars.",
        D(2025, 10, 3),
        None,
        [dlv(AUTO, 105000, **quarter(2025, 3))],
    ),
    case(
        "Xiaomi delivered more than 41,000 cars in March and more than 110,000 in the just-ended "
        "quarter.",
        D(2026, 4, 2),
        None,
        [dlv(AUTO, 41000, MORE, **month(2026, 3)), dlv(AUTO, 110000, MORE, **quarter(2026, 1))],
    ),
    case(
        "2025年上半年，小米汽车累计交付15.7万辆。",
        D(2025, 8, 20),
        "zh",
        [dlv(AUTO, 157000, **half(2025, 1))],
    ),
    case(
        "今年一季度，小米汽车累计交付7.5万辆。",
        D(2025, 4, 20),
        "zh",
        [dlv(AUTO, 75000, **quarter(2025, 1))],
    ),
    # a total since launch stays one
    case(
        "今年上半年，小米汽车上市以来累计交付已超过30万辆。",
        D(2025, 8, 20),
        "zh",
        [running(AUTO, 300000, MORE)],
    ),
    case(
        "Xiaomi delivered 108,796 vehicles in the third quarter. Analyst: What about the fourth "
        "quarter? The consensus is roughly 150,000 deliveries.",
        D(2025, 11, 19),
        None,
        [dlv(AUTO, 108796, **quarter(2025, 3)), fcst(AUTO, 150000, ABOUT, **quarter(2025, 4))],
    ),
]


@run(CARRIED)
def test_period_carry(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- 7. a verbless second clause -------------------------------------------------------------

VERBLESS = [
    case(
        "Xiaomi registered 9,800 vehicles in the week of Dec. 1-7. The YU7 accounted for 6,100 "
        "of the total and the SU7 for 3,700.",
        D(2025, 12, 9),
        None,
        [
            dlv(AUTO, 9800, **wk(2025, 12, 1)),
            dlv(YU7, 6100, **wk(2025, 12, 1)),
            dlv(SU7, 3700, **wk(2025, 12, 1)),
        ],
    ),
    case(
        "Xiaomi delivered 40,000 cars in October. The YU7 made up 27,000 of the total, while the "
        "SU7 accounted for about 13,000.",
        D(2025, 11, 2),
        None,
        [
            dlv(AUTO, 40000, **month(2025, 10)),
            dlv(YU7, 27000, **month(2025, 10)),
            dlv(SU7, 13000, ABOUT, **month(2025, 10)),
        ],
    ),
    case(
        "11月17日-23日，小米汽车上险量为1.01万辆，比上周（11月10日-16日）的9600辆有所增加。",
        D(2025, 11, 25),
        "zh",
        [dlv(AUTO, 10100, **wk(2025, 11, 17)), dlv(AUTO, 9600, **wk(2025, 11, 10))],
    ),
    case(
        "12月第2周（12.8-12.14），小米汽车上险量为1.12万辆，较上周的1.05万辆增长6.7%。",
        D(2025, 12, 16),
        "zh",
        [dlv(AUTO, 11200, **wk(2025, 12, 8)), dlv(AUTO, 10500, **wk(2025, 12, 1))],
    ),
    # the week named first is that week, not the one before it
    case(
        "上周（12月1日-12月7日），小米汽车上险量为1.05万辆，较前一周增长6.7%。",
        D(2025, 12, 9),
        "zh",
        [dlv(AUTO, 10500, **wk(2025, 12, 1))],
    ),
]


@run(VERBLESS)
def test_verbless_clause(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)
