"""Families of the whole-article probes fixed by fix13b (our own short pages; expectations
written before the extractor was run on them):

- a flattened table with no header row, under a caption that names its measure ("表：…季度交付",
  "Table 2: … deliveries by quarter"), its rows a period and a figure: the caption is the
  figures' header (tables.py, data/tables.yaml `caption_labels`); rows of makers, rows of
  several figures, a caption that is a sentence and a rival's caption stay empty;
- a quarter with its year glued on ("2024Q4", "2025年Q1"), in a table's first column and in
  prose: that year's quarter (periods.py, data/tables.yaml `period_cells`);
- Turkish, a change told from a bare figure with a case ending to a figure with its unit
  ("…'den … araca yükseldi"): both levels, the from-figure in the to-figure's unit
  (locale_numbers.py, data `range_from`), a rival's change staying empty;
- a total told with a bare "in total" word ("In totaal", "Insgesamt", "En total", "In total")
  right after a sentence that reported a finished year: that year's total (extract.py
  `_year_before`); after a month, after a target, or with "has delivered … since": still a
  running total;
- Japanese, the company described by its phones ("スマホ大手のシャオミ", "スマートフォン大手、
  シャオミは"): the figure of a car clause stays the car business's (大手 in
  measures._MAKER_AFTER), while phones counted stay out;
- an interview's answer with a bare figure ("A: More than 30,000.") to a question that names
  its year ("… in July 2025?", "… in 2024?"): the year no longer hides the question
  (extract._question_before); a rival's question stays empty;
- English calques of 十月份交付量: "October month delivery volume", "July month sales": that
  month (periods.MONTH_NOUN_RE);
- a target's old level after the month it was changed in: "…, raised in March from originally
  300,000" (extract._REVISED_FROM_GAP); a rival's target stays empty.

Conventions as in test_metrics_review8.py.
"""

import datetime as dt
from typing import Any

import pytest
from test_metrics_review import check
from test_metrics_review8 import AUTO, cap, dlv, goal, money, month, quarter, year

D = dt.date
NOV20 = D(2025, 11, 20)


def case(text: str, lang: str | None, want: list[dict[str, Any]]) -> Any:
    return pytest.param(text, NOV20, lang, want, id=f"{lang}-{text[:30]}")


HEADERLESS = [
    case(
        "表：小米汽车月度交付\n2025年7月 | 30000\n2025年8月 | 30500",
        "zh",
        [dlv(AUTO, 30000, **month(2025, 7)), dlv(AUTO, 30500, **month(2025, 8))],
    ),
    case(
        "Table 2: Xiaomi EV deliveries by quarter\nQ1 2025 | 75,869\nQ2 2025 | 81,302",
        None,
        [dlv(AUTO, 75869, **quarter(2025, 1)), dlv(AUTO, 81302, **quarter(2025, 2))],
    ),
    case(
        "表：小米汽车业务季度收入\n2024年Q4 | 167亿元\n2025年Q1 | 186亿元",
        "zh",
        [
            money("revenue", 1.67e10, **quarter(2024, 4)),
            money("revenue", 1.86e10, **quarter(2025, 1)),
        ],
    ),
    # rows of makers, not of periods: no caption reads them
    case("表：11月新势力交付\n零跑 | 70327\n小鹏 | 36728", "zh", []),
    # several figures a row: the caption names no one column's measure
    case("表：小米汽车季度数据\n2025年Q1 | 75869 | 186亿元\n2025年Q2 | 81302 | 213亿元", "zh", []),
    # a sentence over the rows is no caption
    case("小米汽车公布了最近两个季度的交付。\n2025年Q1 | 75869\n2025年Q2 | 81302", "zh", []),
    # a rival's caption: its rows are not Xiaomi's
    case("表：理想汽车季度交付\n2025年Q1 | 92864\n2025年Q2 | 111074", "zh", []),
]

GLUED_QUARTER = [
    case(
        "小米汽车季度交付\n| 季度 | 交付量 |\n| --- | --- |\n| 2024Q3 | 39790 |\n| 2024Q4 | 69697 |",
        "zh",
        [dlv(AUTO, 39790, **quarter(2024, 3)), dlv(AUTO, 69697, **quarter(2024, 4))],
    ),
    case(
        "Xiaomi EV business by quarter\n| Quarter | Deliveries |\n|---|---|\n| 2025Q1 | 75,869 |"
        "\n| 2025Q2 | 81,302 |",
        None,
        [dlv(AUTO, 75869, **quarter(2025, 1)), dlv(AUTO, 81302, **quarter(2025, 2))],
    ),
    case("小米汽车2024Q4交付新车69697辆。", "zh", [dlv(AUTO, 69697, **quarter(2024, 4))]),
    case(
        "小米汽车2025年Q2收入为213亿元。",
        "zh",
        [money("revenue", 2.13e10, **quarter(2025, 2))],
    ),
]

TR_FROM_TO = [
    case(
        "Xiaomi fabrikasının yıllık kapasitesini 120.000'den 250.000 araca çıkardı.",
        "tr",
        [cap(120000), cap(250000)],
    ),
    case(
        "Xiaomi'nin aylık teslimatları 25.000'den 35.000 araca yükseldi.",
        "tr",
        [dlv(AUTO, 25000), dlv(AUTO, 35000)],
    ),
    case(
        "Xiaomi, 2026 teslimat hedefini 400.000'den 450.000 araca yükseltti.",
        "tr",
        [goal(400000, **year(2026)), goal(450000, **year(2026))],
    ),
    case("Li Auto'nun aylık teslimatları 30.000'den 40.000 araca çıktı.", "tr", []),
]

MAR20 = D(2025, 3, 20)


def run_total(value: float) -> dict[str, Any]:
    return dlv(AUTO, value, period_kind="cumulative")


YEAR_TOTAL = [
    pytest.param(
        "In 2024 boekte de autotak van Xiaomi een omzet van 32,1 miljard yuan. In totaal "
        "werden 135.000 wagens geleverd.",
        MAR20,
        "nl",
        [money("revenue", 3.21e10, **year(2024)), dlv(AUTO, 135000, **year(2024))],
        id="nl-year-total",
    ),
    pytest.param(
        "Im Jahr 2024 erzielte Xiaomis Autogeschäft einen Umsatz von 32,1 Milliarden Yuan. "
        "Insgesamt lieferte die Sparte 137.000 Fahrzeuge aus.",
        MAR20,
        "de",
        [money("revenue", 3.21e10, **year(2024)), dlv(AUTO, 137000, **year(2024))],
        id="de-year-total",
    ),
    pytest.param(
        "Xiaomi's car unit lost 6.2 billion yuan in 2024. In total, it handed over 136,000 "
        "vehicles.",
        MAR20,
        None,
        [money("net_loss", 6.2e9, **year(2024)), dlv(AUTO, 136000, **year(2024))],
        id="en-year-total",
    ),
    # after a month, a target, or with "has delivered … since": a running total
    pytest.param(
        "Xiaomi leverde in februari 25.000 auto's af. In totaal zijn er 160.000 geleverd.",
        MAR20,
        "nl",
        [dlv(AUTO, 25000, **month(2025, 2)), run_total(160000)],
        id="nl-month-then-total",
    ),
    pytest.param(
        "Xiaomi strebt für 2025 350.000 Auslieferungen an. Insgesamt wurden bislang 160.000 "
        "Autos ausgeliefert.",
        MAR20,
        "de",
        [goal(350000, **year(2025)), run_total(160000)],
        id="de-target-then-total",
    ),
    pytest.param(
        "Xiaomi's car unit lost 6.2 billion yuan in 2024. In total, it has delivered 160,000 "
        "vehicles since its launch.",
        MAR20,
        None,
        [money("net_loss", 6.2e9, **year(2024)), run_total(160000)],
        id="en-year-then-running-total",
    ),
]

PHONE_MAJOR = [
    case(
        "スマホ大手のシャオミは10月にEVを4万台以上納車した。",
        "ja",
        [dlv(AUTO, 40000, "more_than", **month(2025, 10))],
    ),
    case(
        "中国のスマートフォン大手、シャオミは北京のEV工場の年産能力が25万台に達したと発表した。",
        "ja",
        [cap(250000)],
    ),
    case("スマホ大手のシャオミは、7〜9月期にスマートフォンを4330万台出荷した。", "ja", []),
]

QA_YEAR = [
    case(
        "Q: How many cars did Xiaomi deliver in May 2025?\nA: Roughly 28,000, and June will be "
        "higher.",
        None,
        [dlv(AUTO, 28000, "about", **month(2025, 5))],
    ),
    case(
        "Q: How many cars did Xiaomi hand over in 2024?\nA: About 135,000.",
        None,
        [dlv(AUTO, 135000, "about", **year(2024))],
    ),
    case("Q: How many cars did Tesla deliver in China in May 2025?\nA: About 60,000.", None, []),
]

NOV01 = D(2025, 11, 1)
CALQUES = [
    pytest.param(
        "Xiaomi Automobile September month delivery volume again passed 30,000 units.",
        NOV01,
        None,
        [dlv(AUTO, 30000, "more_than", **month(2025, 9))],
        id="en-month-calque-1",
    ),
    pytest.param(
        "Xiaomi's July month sales were about 31,000 cars.",
        NOV01,
        None,
        [dlv(AUTO, 31000, "about", **month(2025, 7))],
        id="en-month-calque-2",
    ),
    pytest.param(
        "Xiaomi's 2026 goal is 550,000 cars, which was lifted in January from an initial 500,000.",
        D(2026, 2, 10),
        None,
        [goal(550000, **year(2026)), goal(500000, **year(2026))],
        id="en-target-raised-in-month-from",
    ),
    pytest.param(
        "Xiaomi's delivery target for this year is 350,000 units, having been raised in March "
        "from originally 300,000 units.",
        NOV01,
        None,
        [goal(350000, **year(2025)), goal(300000, **year(2025))],
        id="en-target-raised-from-originally",
    ),
    pytest.param(
        "Tesla's delivery target is 2 million, cut in April from 2.2 million.",
        NOV01,
        None,
        [],
        id="en-rival-target-cut",
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "lang", "want"),
    HEADERLESS + GLUED_QUARTER + TR_FROM_TO + YEAR_TOTAL + PHONE_MAJOR + QA_YEAR + CALQUES,
)
def test_fix13b(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)
