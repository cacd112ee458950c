"""Analysts' estimates and Xiaomi's figure set against a rival's.

- A broker's or an analyst's figure is a forecast: "sees Xiaomi delivering", "4Q25E", 预测,
  预估; the year of "its estimate for Xiaomi's 2026 EV deliveries" is the figure's.
- An actual that beats a forecast stays an actual, also when the forecast is someone's
  ("analysts' forecasts"), and 超出市场预测 as 超出市场预期.
- After a rival's figure, Xiaomi's figure set against it takes the rival's measure: "below
  Xiaomi's 40,000-plus", "，而小米汽车为4万余辆".

Every sentence here is written for this test (our own words, real-world figures).
"""

import datetime as dt

import pytest

from pipelines.core.metrics import extract_events

NOV = dt.date(2025, 11, 2)
Row = tuple[str, str, float, str, str, dt.date | None]


def _rows(text: str, lang: str) -> list[Row]:
    return [
        (e.subject, e.metric, e.value, e.status, e.period_kind, e.period_start)
        for e in extract_events(text, published=NOV, language=lang)
    ]


Q4 = ("quarter", dt.date(2025, 10, 1))
Y26 = ("year", dt.date(2026, 1, 1))
OCT = ("month", dt.date(2025, 10, 1))


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "Morgan Stanley raised its estimate for Xiaomi's 2026 EV deliveries to 480,000.",
            "en",
            ("Xiaomi Auto", "deliveries", 480000, "forecast", *Y26),
        ),
        (
            "Citi now sees Xiaomi delivering 140,000 cars in the fourth quarter.",
            "en",
            ("Xiaomi Auto", "deliveries", 140000, "forecast", *Q4),
        ),
        (
            "Bernstein: Xiaomi Q4'25E deliveries 150k",
            "en",
            ("Xiaomi Auto", "deliveries", 150000, "forecast", *Q4),
        ),
        (
            "野村预测小米汽车2026年交付量约为45万辆。",
            "zh",
            ("Xiaomi Auto", "deliveries", 450000, "forecast", *Y26),
        ),
    ],
)
def test_an_analysts_figure_is_a_forecast(text: str, lang: str, want: Row) -> None:
    assert _rows(text, lang) == [want]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Xiaomi's deliveries beat analysts' forecasts, reaching 40,000 in October.", "en"),
        ("小米汽车10月交付超4万辆，超出市场预测。", "zh"),
    ],
)
def test_an_actual_that_beats_a_forecast_stays_actual(text: str, lang: str) -> None:
    assert [r[3] for r in _rows(text, lang)] == ["actual"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Nio delivered 40,397 cars in October, just above Xiaomi's 40,000-plus.", "en"),
        ("Zeekr handed over 31,000 cars in October, well below Xiaomi's 40,000.", "en"),
        ("零跑汽车10月交付70289辆，而小米汽车为4万余辆。", "zh"),
        ("问界10月交付约5万辆，高于小米汽车的4万辆。", "zh"),
    ],
)
def test_xiaomis_figure_set_against_a_rivals(text: str, lang: str) -> None:
    assert _rows(text, lang) == [("Xiaomi Auto", "deliveries", 40000, "actual", *OCT)]


@pytest.mark.parametrize(
    "text",
    [
        "Li Auto delivered 31,767 cars in October, below its own target.",
        "Tesla delivered 61,000 cars in China in October, below BYD's 441,706, while Xiaomi "
        "said little.",
        # Xiaomi named, but no figure of its own after the comparison
        "Tesla delivered 61,000 cars in China in October, more than Xiaomi.",
    ],
)
def test_a_rivals_figure_alone_is_nobodys(text: str) -> None:
    assert _rows(text, "en") == []


# --- "this segment" points back to the business named before ----------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Xiaomi shipped 42 million smartphones in the quarter. Revenue from this segment "
            "slipped 2 percent to 45 billion yuan.",
            "en",
        ),
        (
            "Xiaomi's TV and tablet sales were flat. The division's revenue came to 30 billion yuan.",
            "en",
        ),
        ("小米三季度手机出货量约4200万台。该业务收入为450亿元。", "zh"),
    ],
)
def test_this_segment_after_phones_is_not_the_car_business(text: str, lang: str) -> None:
    assert [
        e for e in extract_events(text, published=NOV, language=lang) if e.metric == "revenue"
    ] == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Xiaomi's EV business delivered 108,796 cars in the quarter. Revenue from this "
            "segment rose to 29 billion yuan.",
            "en",
        ),
        (
            "Xiaomi shipped 42 million smartphones in the quarter. Its EV unit, meanwhile, "
            "posted revenue of 29 billion yuan.",
            "en",
        ),
        ("小米三季度手机出货量约4200万台。智能电动汽车业务收入为290亿元。", "zh"),
    ],
)
def test_the_car_segment_keeps_its_revenue(text: str, lang: str) -> None:
    revenue = [
        e for e in extract_events(text, published=NOV, language=lang) if e.metric == "revenue"
    ]
    assert [(e.subject, e.value) for e in revenue] == [("Xiaomi Auto", 29e9)], revenue


# --- a rival told of, then pointed back to ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Xpeng delivered 42,013 cars in October. The carmaker, which also competes with "
            "Xiaomi's SU7, expects up to 125,000 deliveries this quarter.",
            "en",
        ),
        (
            "Geely sold 300,000 cars in October. Its Galaxy E8, a challenger to Xiaomi's SU7, "
            "starts at 175,800 yuan.",
            "en",
        ),
        (
            "Xiaomi handed over 40,000 cars in October. BYD's Sealion 07, the YU7's closest "
            "rival, sold 20,000 units and starts at 189,800 yuan.",
            "en",
        ),
        ("蔚来10月交付40397辆。该公司旗下乐道L90对标小米YU7，售价26.59万元。", "zh"),
        ("特斯拉Model 3是小米SU7的主要竞品。该车10月在华销量约1.5万辆。", "zh"),
    ],
)
def test_a_rival_pointed_back_to_keeps_its_figures(text: str, lang: str) -> None:
    events = extract_events(text, published=NOV, language=lang)
    assert all(e.value in (40000,) for e in events), events


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "Xiaomi's YU7 takes on Tesla's Model Y. It starts at 253,500 yuan.",
            "en",
            [("Xiaomi YU7", "price", 253500)],
        ),
        (
            "Xiaomi, which competes with Tesla and BYD, delivered more than 40,000 cars in October.",
            "en",
            [("Xiaomi Auto", "deliveries", 40000)],
        ),
    ],
)
def test_xiaomi_pointed_back_to_keeps_its_figures(
    text: str, lang: str, want: list[tuple[str, str, float]]
) -> None:
    events = extract_events(text, published=NOV, language=lang)
    assert [(e.subject, e.metric, e.value) for e in events] == want, events


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The SU7 Ultra went on sale in February. Deliveries of the car topped 6,000 in March, Xiaomi said.",
            "en",
        ),
        ("小米SU7 Ultra于2月上市。该车3月交付超过6000辆。", "zh"),
    ],
)
def test_the_model_pointed_back_to_owns_its_figure(text: str, lang: str) -> None:
    events = extract_events(text, published=dt.date(2025, 4, 2), language=lang)
    assert [(e.subject, e.value) for e in events] == [("Xiaomi SU7 Ultra", 6000)], events


def test_the_car_market_is_no_model() -> None:
    events = extract_events(
        "The YU7 went on sale in June. Xiaomi delivered 40,000 cars in October as the car market cooled.",
        published=NOV,
        language="en",
    )
    assert [(e.subject, e.value) for e in events] == [("Xiaomi Auto", 40000)], events
