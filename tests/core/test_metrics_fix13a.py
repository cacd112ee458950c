"""Families of the eleventh probe set fixed together (our own sentences; expectations written
before the extractor was run on them):

- a Chinese store count with the day it was counted between the stores and their verb
  (门店…月底达到, 门店数量在…月末达到, 门店截至…已达, 门店目前超过);
- a store goal in the next clause with the day it is due between the goal word and its verb
  (计划年底前增至, 力争明年底达到, 计划到2026年扩至): it counts stores like the figure before.

Conventions as in test_metrics_review8.py and _review11.py. A target's period is not asserted.
"""

import datetime as dt
from typing import Any

from test_metrics_review import check
from test_metrics_review8 import MORE, case, dlv, month, other, run

D = dt.date
DEC05 = D(2025, 12, 5)


STORES_WITH_DAY = [
    case("小米汽车的销售门店在9月末达到330家。", D(2025, 10, 5), "zh", [other("stores", 330)]),
    case("小米汽车门店数量截至10月31日已达370家。", D(2025, 11, 4), "zh", [other("stores", 370)]),
    case(
        "小米汽车门店目前超过390家，覆盖110座城市。",
        DEC05,
        "zh",
        [other("stores", 390, qualifier=MORE)],
    ),
    case(
        "小米汽车10月交付4.2万辆，门店10月底增至365家。",
        D(2025, 11, 3),
        "zh",
        [dlv("Xiaomi Auto", 42000, **month(2025, 10)), other("stores", 365)],
    ),
    # negatives: a count at the stores that is not of stores, a day with a car count
    case("小米汽车门店11月底客流达到3万人次。", DEC05, "zh", []),
    case("小米汽车门店周末到店人数达到1.5万。", DEC05, "zh", []),
]

STORE_GOAL_WITH_DAY = [
    case(
        "小米汽车门店已有395家，计划明年底前扩至700家。",
        DEC05,
        "zh",
        [other("stores", 395), other("stores", 700, status="target")],
    ),
    case(
        "小米汽车门店现有388家，力争年底达到420家。",
        DEC05,
        "zh",
        [other("stores", 388), other("stores", 420, status="target")],
    ),
    case(
        "小米汽车门店数量达到376家，目标到2026年增至900家。",
        DEC05,
        "zh",
        [other("stores", 376), other("stores", 900, status="target")],
    ),
    # negative: after a store count, a goal of cars is no store goal and no store count
    case(
        "小米汽车门店达到380家，计划年底前增至36万辆。",
        DEC05,
        "zh",
        [other("stores", 380)],
    ),
]


@run(STORES_WITH_DAY + STORE_GOAL_WITH_DAY)
def test_stores(text: str, published: dt.date | None, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)
