"""Precision families of the fifteenth probe set (our own sentences; expectations written
before the extractor was run on them):

- a rival's figure, then Xiaomi's in the same clause with the verb left out ("Zeekr handed
  over 31,200 units and Xiaomi over 40,000"): each figure goes to the maker named right
  before it, the rival's gives nothing;
- hypotheses: "Suppose …", "Imagine …", "Were Xiaomi to …", 假设…, and the arithmetic that
  follows one ("that would mean …"): no event, a stated target beside them stays;
- a denied report of a cut ("would lower the price by 15,000 yuan", 下调售价1.5万元): a change's
  size is no price, a denied report no event;
- a used car's listing or asking price (二手…挂牌价): no price of the maker;
- a phone's price ("le Xiaomi 17 Ultra … 1 499 euros"): no car's price; a car's in euros stays;
- a result right after the car segment's in one sentence ("…, and it posted an operating profit
  of 700 million yuan") is the car business's; a group's revenue "in 2024" told in the first
  months after it dates the period-less results that follow;
- "同期，小米汽车交付量超过4万辆", "In the same month, …": the month of the story's lede, past
  the figure-less sentences between;
- a plant that makes no cars (air conditioners, phones): its staff is not the car business's.

Conventions as in test_metrics_review8.py.
"""

import datetime as dt
from typing import Any

from test_metrics_review import check, ev
from test_metrics_review8 import (
    AUTO,
    MORE,
    SU7,
    YU7,
    case,
    dlv,
    goal,
    month,
    other,
    quarter,
    run,
    year,
)

D = dt.date
NOV = D(2025, 11, 3)
NOTHING: list[Any] = []


def price(subject: str, value: float, **fields: Any) -> dict[str, Any]:
    return ev(subject, metric="price", value=value, **fields)


RIVAL_FIRST = [
    case(
        "Among start-ups, Zeekr handed over 31,200 units in October and Xiaomi over 40,000.",
        NOV,
        "en",
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    case(
        "In October NIO delivered 40,397 cars and Xiaomi more than 40,000, the companies said.",
        NOV,
        "en",
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    case(
        "10月零跑交付70327辆，而小米则超过4万辆。",
        NOV,
        "zh",
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    case(
        "Xiaomi delivered more than 40,000 cars in October and Leapmotor 70,327.",
        NOV,
        "en",
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    case(
        "Zeekr handed over 31,200 units in October, the company said.",
        NOV,
        "en",
        NOTHING,
    ),
]

HYPOTHESES = [
    case(
        "Suppose Xiaomi delivered 600,000 cars in 2026. That would be twice this year's figure.",
        D(2025, 10, 5),
        "en",
        NOTHING,
    ),
    case(
        "Imagine Xiaomi sold 450,000 vehicles next year.",
        D(2025, 10, 5),
        "en",
        NOTHING,
    ),
    case(
        "Were Xiaomi to sell 400,000 cars next year, it would pass Li Auto.",
        D(2025, 10, 5),
        "en",
        NOTHING,
    ),
    case(
        "Let's say Xiaomi ships 500,000 cars in 2026. At 230,000 yuan apiece, that would "
        "mean car revenue of 115 billion yuan.",
        D(2025, 10, 5),
        "en",
        NOTHING,
    ),
    case(
        "假设小米明年卖出50万辆车，按每辆25万元计算，汽车收入将达1250亿元。",
        D(2025, 10, 5),
        "zh",
        NOTHING,
    ),
    case(
        "If demand holds, Xiaomi expects to sell 500,000 cars next year.",
        D(2025, 10, 5),
        "en",
        [ev(AUTO, metric="deliveries", value=500000, status="forecast", **year(2026))],
    ),
    case(
        "Xiaomi aims to deliver 350,000 cars this year, the company said.",
        D(2025, 10, 5),
        "en",
        [goal(350000, **year(2025))],
    ),
]

DENIED_CUTS = [
    case(
        "Suppliers said Xiaomi planned to cut YU7 output by 15,000 units in December.",
        D(2025, 10, 16),
        "en",
        NOTHING,
    ),
    case(
        "Xiaomi rejected reports that it would cut the SU7's price by 12,000 yuan.",
        D(2025, 10, 16),
        "en",
        NOTHING,
    ),
    case(
        "网传小米SU7将下调售价2万元，小米汽车回应称消息不实。",
        D(2025, 10, 16),
        "zh",
        NOTHING,
    ),
    case(
        "Xiaomi will lower the YU7's price by 15,000 yuan to 238,500 yuan.",
        D(2025, 10, 16),
        "en",
        [price(YU7, 238500)],
    ),
    case(
        "小米YU7下调售价2万元至23.99万元。",
        D(2025, 10, 16),
        "zh",
        [price(YU7, 239900)],
    ),
]

USED_CARS = [
    case(
        "On used-car sites, a year-old Xiaomi SU7 is listed at about 185,000 yuan.",
        D(2025, 6, 16),
        "en",
        NOTHING,
    ),
    case(
        "二手车平台上，一年车龄的小米SU7挂牌价约18.5万元。",
        D(2025, 6, 16),
        "zh",
        NOTHING,
    ),
    case(
        "The Xiaomi SU7 starts at 215,900 yuan, while used ones sell for less.",
        D(2025, 6, 16),
        "en",
        [price(SU7, 215900)],
    ),
]

PHONE_PRICES = [
    case("Le Xiaomi 17 Ultra est vendu 1 499 euros.", D(2025, 10, 2), "fr", NOTHING),
    case("El Xiaomi 17 Ultra cuesta 1.499 euros.", D(2025, 10, 2), "es", NOTHING),
    case("The Xiaomi 15T Pro sells for 799 euros in Germany.", D(2025, 10, 2), "en", NOTHING),
    case(
        "La Xiaomi SU7 sera vendue environ 60 000 euros en Europe.",
        D(2025, 10, 2),
        "fr",
        [price(SU7, 60000)],
    ),
    case(
        "Xiaomi, known for its phones, prices its first car at 215,900 yuan.",
        D(2025, 10, 2),
        "en",
        [price(SU7, 215900)],
    ),
]

NON_CAR_STAFF = [
    case(
        "Xiaomi's new smartphone plant in Changping will employ 2,500 people.",
        D(2025, 11, 10),
        "en",
        NOTHING,
    ),
    case(
        "Xiaomi is building a washing-machine factory in Wuhan. The facility will employ "
        "about 1,800 workers.",
        D(2025, 11, 10),
        "en",
        NOTHING,
    ),
    case(
        "Xiaomi's car factory in Beijing employs more than 5,000 people.",
        D(2025, 11, 10),
        "en",
        [ev(AUTO, metric="headcount", value=5000, qualifier=MORE)],
    ),
]


SAME_PERIOD = [
    case(
        "蔚来10月交付40397辆，同比增长92.6%。\n\n截至10月31日，蔚来累计交付超过95万辆。"
        "公司预计第四季度交付12万至12.5万辆。\n\n乐道L90自8月上市以来销量稳定。\n\n"
        "同期，小米汽车交付量超过4万辆。",
        NOV,
        "zh",
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    case(
        "NIO delivered 40,397 vehicles in October.\n\nIts cumulative deliveries passed "
        "950,000. The company expects fourth-quarter deliveries of up to 125,000.\n\n"
        "The Onvo L90 has sold steadily since its launch in August.\n\n"
        "In the same month, Xiaomi delivered more than 40,000 cars.",
        NOV,
        "en",
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
]

RESULTS = [
    case(
        "Xiaomi delivered 41,000 vehicles in the quarter, the unit's gross margin was 24.1%, "
        "and it booked an operating profit of 500 million yuan, its first.",
        D(2025, 11, 18),
        "en",
        [
            dlv(AUTO, 41000, **quarter(2025, 3)),
            other("gross margin", 24.1, **quarter(2025, 3)),
            other("operating profit", 5e8, **quarter(2025, 3)),
        ],
    ),
    case(
        "Xiaomi's revenue grew 20% to 300 billion yuan in 2024.\n\nIts EV business had "
        "revenue of 30 billion yuan and delivered 130,000 vehicles.",
        D(2025, 3, 20),
        "en",
        [
            ev("Xiaomi Group", metric="revenue", value=3e11, **year(2024)),
            ev(AUTO, metric="revenue", value=3e10, **year(2024)),
            dlv(AUTO, 130000, **year(2024)),
        ],
    ),
    case(
        "小米集团2024年营收3000亿元。\n\n其中汽车业务收入300亿元，交付13万辆。",
        D(2025, 3, 20),
        "zh",
        [
            ev("Xiaomi Group", metric="revenue", value=3e11, **year(2024)),
            ev(AUTO, metric="revenue", value=3e10, **year(2024)),
            dlv(AUTO, 130000, **year(2024)),
        ],
    ),
]


@run(SAME_PERIOD + RESULTS)
def test_results_periods(
    text: str, published: dt.date, lang: str | None, want: list[dict[str, Any]]
) -> None:
    check(text, published, lang, want)


@run(RIVAL_FIRST + HYPOTHESES + DENIED_CUTS + USED_CARS + PHONE_PRICES + NON_CAR_STAFF)
def test_precision_families(
    text: str, published: dt.date, lang: str | None, want: list[dict[str, Any]]
) -> None:
    check(text, published, lang, want)
