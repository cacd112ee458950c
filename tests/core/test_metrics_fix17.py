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
- a plant that makes no cars (air conditioners, phones): its staff is not the car business's.

Conventions as in test_metrics_review8.py.
"""

import datetime as dt
from typing import Any

from test_metrics_review import check, ev
from test_metrics_review8 import AUTO, MORE, SU7, YU7, case, dlv, goal, month, run, year

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


@run(RIVAL_FIRST + HYPOTHESES + DENIED_CUTS + USED_CARS + NON_CAR_STAFF)
def test_precision_families(
    text: str, published: dt.date, lang: str | None, want: list[dict[str, Any]]
) -> None:
    check(text, published, lang, want)
