"""fix28c: Chinese phrasings, family by family (our own sentences; expectations fixed before
the first run).

- a year-end review printed in early January under a headline naming the year just ended
  (盘点, 回顾, 年终总结 … 2025): its year-less months, quarters, 全年 and the year's target
  are that year's; a headline naming no year leaves the new year as it is;
- 单季 after a quarter named earlier in the sentence (二季度，…，单季交付…; 2024年第四季度，…单季):
  that quarter, not the story's;
- a model told only as launching before the maker ("随着YU7上市，小米汽车…"): the maker's figures;
- 全年来看，…累计交付: the year's total, not a running total since launch; a target the total
  beats is the same year's;
- a calendar year with 上市第一年 as its apposition: the calendar year;
- 截至今年X月底，…自上市以来累计: a total since launch to that day (no January 1 start);
- months sharing one figure (9月、10月、11月…均超过; 6月、7月也都超过了; 8月首次突破): each month;
- a target raised more than once ("两次上调至"): both levels are targets;
- 服务网点 / 服务中心 counts and 门市 (the Taiwan and Hong Kong word) store counts and their
  planned levels: `other` events;
- an operating profit told as a bare amount after its cue (…经营收益，达7亿元): operating profit;
- a price range told as such (售价区间…至…): one range; a lineup's range is the maker's;
- a broker's superseded forecast in brackets (（原预测为…）) is a forecast too; a forecast told
  after the maker is named past a model's clause is the maker's;
- a flattened broker table (单位：万辆 | 2025A | 2026E …): A columns actual, E columns
  forecasts, in the first cell's unit, a second unit row starting a new block; a results
  table in a caption's 人民币亿元 with quarter columns: each quarter's figure, a bracket a loss.
Negatives stay empty or unchanged.
"""

import datetime as dt
from typing import Any

import pytest
from test_metrics_articles15 import op_profit
from test_metrics_review8 import (
    AUTO,
    MORE,
    SU7,
    YU7,
    dlv,
    fcst,
    goal,
    money,
    month,
    other,
    price,
    quarter,
    total_to,
    year,
)

from pipelines.core.metrics import extract_events

D = dt.date


def case(text: str, published: dt.date, title: str | None, want: list[Any]) -> Any:
    return pytest.param(text, published, title, want)


REVIEW = [
    case(
        "2月，小米汽车交付超过2万辆。一季度合计交付7.6万辆。全年交付超过41万辆。",
        D(2026, 1, 8),
        "回顾｜小米汽车的2025年",
        [
            dlv(AUTO, 20000, MORE, **month(2025, 2)),
            dlv(AUTO, 76000, **quarter(2025, 1)),
            dlv(AUTO, 410000, MORE, **year(2025)),
        ],
    ),
    case(
        "小米汽车11月交付超过2万辆，全年交付目标为13万辆。",
        D(2025, 1, 6),
        "2024年终总结：小米汽车交出了怎样的答卷",
        [
            dlv(AUTO, 20000, MORE, **month(2024, 11)),
            goal(130000, **year(2024)),
        ],
    ),
    case(
        "全年来看，小米汽车累计交付超过13.6万辆，超额完成年初定下的12万辆目标。",
        D(2025, 1, 4),
        "复盘：小米汽车的2024",
        [
            dlv(AUTO, 136000, MORE, **year(2024)),
            goal(120000, **year(2024)),
        ],
    ),
    # a car's review, not the year's: the new year stays the new year
    case(
        "小米汽车12月交付超过5万辆，今年目标为55万辆。",
        D(2026, 1, 10),
        "2025款小米SU7深度评测",
        [
            dlv(AUTO, 50000, MORE, **month(2025, 12)),
            goal(550000, **year(2026)),
        ],
    ),
    # no year in the headline: the new year stays the new year
    case(
        "小米汽车12月交付超过5万辆，今年目标为55万辆。",
        D(2026, 1, 2),
        "小米汽车12月交付创新高",
        [
            dlv(AUTO, 50000, MORE, **month(2025, 12)),
            goal(550000, **year(2026)),
        ],
    ),
    case(
        "2025年全年，小米汽车累计交付超过41万辆。",
        D(2026, 2, 10),
        None,
        [dlv(AUTO, 410000, MORE, **year(2025))],
    ),
    case(
        "三季度，小米汽车7月交付超过3万辆，单季交付10.9万辆。",
        D(2025, 10, 20),
        None,
        [
            dlv(AUTO, 30000, MORE, **month(2025, 7)),
            dlv(AUTO, 109000, **quarter(2025, 3)),
        ],
    ),
    case(
        "第三季度小米汽车交付108796辆。2024年第四季度，小米汽车还在爬坡，单季交付6.9万辆。",
        D(2025, 11, 20),
        None,
        [
            dlv(AUTO, 108796, **quarter(2025, 3)),
            dlv(AUTO, 69000, **quarter(2024, 4)),
        ],
    ),
    case(
        "随着YU7上市，小米汽车7月交付超过3万辆，三季度交付10.9万辆。",
        D(2025, 10, 20),
        None,
        [
            dlv(AUTO, 30000, MORE, **month(2025, 7)),
            dlv(AUTO, 109000, **quarter(2025, 3)),
        ],
    ),
    case(
        "2024年，SU7上市首年，小米汽车交付13.7万辆。",
        D(2025, 6, 1),
        None,
        [dlv(AUTO, 137000, **year(2024))],
    ),
    case(
        "截至今年10月底，小米汽车自上市以来累计交付已突破45万辆。",
        D(2025, 11, 5),
        None,
        [dlv(AUTO, 450000, MORE, period_start=None, **total_to(D(2025, 10, 31)))],
    ),
    # the year so far stays the year so far
    case(
        "今年截至10月底，小米汽车累计交付超过35万辆。",
        D(2025, 11, 5),
        None,
        [
            dlv(
                AUTO,
                350000,
                MORE,
                period_kind="cumulative",
                period_start=D(2025, 1, 1),
                period_end=D(2025, 10, 31),
            )
        ],
    ),
]

MONTHS = [
    case(
        "小米汽车9月、10月、11月交付量均超过4万辆。",
        D(2025, 12, 2),
        None,
        [
            dlv(AUTO, 40000, MORE, **month(2025, 9)),
            dlv(AUTO, 40000, MORE, **month(2025, 10)),
            dlv(AUTO, 40000, MORE, **month(2025, 11)),
        ],
    ),
    case(
        "小米汽车5月交付超过2.5万辆；6月、7月也都超过了3万辆。",
        D(2025, 8, 5),
        None,
        [
            dlv(AUTO, 25000, MORE, **month(2025, 5)),
            dlv(AUTO, 30000, MORE, **month(2025, 6)),
            dlv(AUTO, 30000, MORE, **month(2025, 7)),
        ],
    ),
    case(
        "小米汽车7月交付3.1万辆，8月首次突破3.5万辆。",
        D(2025, 9, 2),
        None,
        [
            dlv(AUTO, 31000, **month(2025, 7)),
            dlv(AUTO, 35000, MORE, **month(2025, 8)),
        ],
    ),
]

GOALS = [
    case(
        "小米汽车今年的交付目标从30万辆两次上调至35万辆。",
        D(2025, 7, 1),
        None,
        [goal(300000, **year(2025)), goal(350000, **year(2025))],
    ),
    case(
        "小米汽车将全年交付目标由12万辆再次上调至13万辆。",
        D(2024, 9, 1),
        None,
        [goal(120000, **year(2024)), goal(130000, **year(2024))],
    ),
]

NETWORK = [
    case(
        "截至9月底，小米汽车服务网点达到180家。",
        D(2025, 10, 10),
        None,
        [other("service centres", 180, as_of=D(2025, 9, 30))],
    ),
    case(
        "小米汽车已在全国开设服务中心150家。",
        D(2025, 10, 10),
        None,
        [other("service centres", 150)],
    ),
    case(
        "小米汽车门市总数已达450家，计划年底前扩展至600家。",
        D(2025, 9, 1),
        None,
        [other("stores", 450), other("stores", 600, status="target")],
    ),
]

MONEY = [
    case(
        "2025年第三季度，小米电动汽车业务首次实现单季经营收益，达7亿元。",
        D(2025, 11, 20),
        None,
        [op_profit(7e8, **quarter(2025, 3))],
    ),
    case(
        "小米汽车在售车型包括SU7和YU7，售价区间为21.59万元至32.99万元。",
        D(2025, 9, 1),
        None,
        [price(AUTO, 215900, value_max=329900, qualifier="at_least")],
    ),
    case(
        "小米SU7的售价区间为21.59万元到29.99万元。",
        D(2025, 9, 1),
        None,
        [price(SU7, 215900, value_max=299900, qualifier="at_least")],
    ),
    # two trims' prices, no range word: two prices
    case(
        "小米SU7标准版售价21.59万元，Max版售价29.99万元。",
        D(2025, 9, 1),
        None,
        [price(SU7, 215900, value_max=None), price(SU7, 299900, value_max=None)],
    ),
]

BROKERS = [
    case(
        "我们将小米汽车2026年交付预测上调至52万辆（原预测为45万辆）。",
        D(2025, 12, 1),
        None,
        [fcst(AUTO, 520000, **year(2026)), fcst(AUTO, 450000, **year(2026))],
    ),
    case(
        "鉴于SU7 Ultra订单强劲，我们上调小米汽车今年交付预测至40万辆，并预计明年交付量将达到58万辆。",
        D(2025, 8, 1),
        None,
        [fcst(AUTO, 400000, **year(2025)), fcst(AUTO, 580000, **year(2026))],
    ),
    # no maker named after the model: the model's
    case(
        "分析师预计小米YU7今年交付约15万辆，明年将达到25万辆。",
        D(2025, 8, 1),
        None,
        [fcst(YU7, 150000, "about", **year(2025)), fcst(YU7, 250000, **year(2026))],
    ),
    case(
        "小米汽车盈利预测\n\n单位：万辆 | 2025A | 2026E | 2027E\n小米汽车交付量 | 41.2 | 55.0 | 70.0\n"
        "单位：亿元 | 2025A | 2026E | 2027E\n汽车业务收入 | 1020 | 1400 | 1750\n",
        D(2026, 3, 20),
        None,
        [
            dlv(AUTO, 412000, **year(2025)),
            fcst(AUTO, 550000, **year(2026)),
            fcst(AUTO, 700000, **year(2027)),
            money("revenue", 1.02e11, status="actual", **year(2025)),
            money("revenue", 1.4e11, status="forecast", **year(2026)),
            money("revenue", 1.75e11, status="forecast", **year(2027)),
        ],
    ),
    case(
        "小米集团公布2025年第四季度业绩。\n\n分部业绩（单位：人民币亿元）\n"
        "项目 | 2025年第四季度 | 2025年第三季度\n"
        "智能电动汽车及AI等创新业务收入 | 350.5 | 290.0\n"
        "智能电动汽车及AI等创新业务经营收益／（亏损） | (2.0) | 7.0\n",
        D(2026, 3, 25),
        None,
        [
            money("revenue", 3.505e10, **quarter(2025, 4)),
            money("revenue", 2.9e10, **quarter(2025, 3)),
            money("net_loss", 2e8, **quarter(2025, 4)),
            op_profit(7e8, **quarter(2025, 3)),
        ],
    ),
]

NEGATIVES = [
    case("SU7上市第一年，小米汽车交付超过13万辆。", D(2025, 6, 1), None, None),
    case("小米汽车服务网点已覆盖120座城市。", D(2025, 10, 10), None, []),
    case("小米手机9月、10月销量均超过300万台。", D(2025, 11, 2), None, []),
    case("小米汽车首次实现单季盈利，为历史首次。", D(2025, 11, 20), None, []),
]


@pytest.mark.parametrize(
    ("text", "published", "title", "want"), REVIEW + MONTHS + GOALS + NETWORK + MONEY + BROKERS
)
def test_fix28c_families(
    text: str, published: dt.date, title: str | None, want: list[dict[str, Any]]
) -> None:
    events = extract_events(text, published=published, language="zh", title=title)
    got = [{k: getattr(e, k) for k in w} for e, w in zip(events, want, strict=False)]
    assert len(events) == len(want) and got == want, [
        (
            e.subject,
            e.metric,
            e.value,
            e.value_max,
            e.qualifier,
            e.status,
            e.period_kind,
            e.period_start,
            e.period_end,
            e.as_of,
            e.label,
        )
        for e in events
    ]


@pytest.mark.parametrize(("text", "published", "title", "want"), NEGATIVES)
def test_fix28c_negatives(
    text: str, published: dt.date, title: str | None, want: list[Any] | None
) -> None:
    """No event, or (None) no calendar period: a launch year alone stays a launch window."""
    events = extract_events(text, published=published, language="zh", title=title)
    if want is None:
        assert events and all(e.period_kind == "window" for e in events), events
    else:
        assert events == want, events
