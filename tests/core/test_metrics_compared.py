"""What a figure is compared with is not the figure's own period or owner.

"Revenue of 116 billion yuan, 30 % more than in 2024": 2024 is the base, not the revenue's year.
The comparison words are per-language vocabulary (`compared` in cues.yaml and data/lang/*.yaml);
these sentences were written for the project.
"""

import datetime as dt

import pytest

from pipelines.core.metrics import extract_events

D = dt.date


def _one(text: str, published: dt.date, lang: str, metric: str, value: float):  # type: ignore[no-untyped-def]
    found = [e for e in extract_events(text, published=published, language=lang)]
    hits = [e for e in found if e.metric == metric and e.value == value]
    assert len(hits) == 1, found
    return hits[0]


@pytest.mark.parametrize(
    ("lang", "text", "value", "kind", "start"),
    [
        (
            "ja",
            "シャオミの4〜6月の自動車事業の売上高は210億元、営業赤字は前年同期の18億元から縮小した。",
            21_000_000_000,
            "quarter",
            D(2025, 4, 1),
        ),
        (
            "es",
            "Entre abril y junio, la división de coches de Xiaomi facturó 21.000 millones de "
            "yuanes en el segundo trimestre, un 40% más que en 2024.",
            21_000_000_000,
            "quarter",
            D(2025, 4, 1),
        ),
        (
            "fr",
            "Xiaomi a livré 40 000 voitures en septembre, en hausse de 20 % par rapport à 2024.",
            40_000,
            "month",
            D(2025, 9, 1),
        ),
        (
            "de",
            "Xiaomi lieferte im September 40.000 Autos aus, deutlich mehr als im Vorjahr.",
            40_000,
            "month",
            D(2025, 9, 1),
        ),
        (
            "en",
            "Xiaomi's EV unit posted revenue of 21 billion yuan in the second quarter, compared "
            "with 6 billion yuan in 2024.",
            21_000_000_000,
            "quarter",
            D(2025, 4, 1),
        ),
    ],
)
def test_the_base_period_is_not_the_figures(
    lang: str, text: str, value: float, kind: str, start: dt.date
) -> None:
    ev = _one(text, D(2025, 10, 20), lang, ev_metric(text, lang, value), value)
    assert (ev.period_kind, ev.period_start) == (kind, start)


def ev_metric(text: str, lang: str, value: float) -> str:
    found = [e for e in extract_events(text, published=D(2025, 10, 20), language=lang)]
    return next(e.metric for e in found if e.value == value)


def test_a_base_alone_leaves_the_figure_undated() -> None:
    # no period of its own: the year it is compared with does not become its period
    ev = _one(
        "Xiaomi Group's revenue reached 116 billion yuan, 30 per cent more than in 2024.",
        D(2025, 8, 20),
        "en",
        "revenue",
        116_000_000_000,
    )
    assert ev.period_start is None and ev.period_kind != "year"


def test_the_base_figure_keeps_its_own_period_and_status() -> None:
    text = (
        "Xiaomi delivered 81,000 cars in the June quarter, compared with deliveries of 75,000 "
        "SU7 cars in January-March."
    )
    base = _one(text, D(2025, 8, 20), "en", "deliveries", 75_000)
    assert base.subject == "Xiaomi SU7"
    assert base.status == "actual"  # "compared with" alone names no estimate
    assert (base.period_kind, base.period_start) == ("quarter", D(2025, 1, 1))


def test_compared_with_a_past_figure_is_not_a_forecast() -> None:
    text = "Xiaomi Group's revenue was 116 billion yuan, compared with 89 billion yuan a year ago."
    base = _one(text, D(2025, 8, 20), "en", "revenue", 89_000_000_000)
    assert base.status == "actual"
    # an estimate named after the comparison word still is one
    est = _one(
        "Xiaomi Group's revenue was 116 billion yuan, against estimates of 114 billion yuan.",
        D(2025, 8, 20),
        "en",
        "revenue",
        114_000_000_000,
    )
    assert est.status == "forecast"


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        (
            "pl",
            "Xiaomi pokazało model SU7 Ultra. Kosztuje 529 900 juanów, ponad dwa razy więcej od "
            "ceny podstawowego SU7.",
            529_900,
        ),
        (
            "en",
            "Xiaomi showed the SU7 Ultra. It costs 529,900 yuan, more than twice the price of the "
            "basic SU7.",
            529_900,
        ),
        (
            "de",
            "Xiaomi zeigte den SU7 Ultra. Er kostet 529.900 Yuan, mehr als doppelt so viel wie "
            "der normale SU7.",
            529_900,
        ),
    ],
)
def test_a_model_named_as_the_base_does_not_own_the_figure(
    lang: str, text: str, value: float
) -> None:
    ev = _one(text, D(2025, 3, 1), lang, "price", value)
    assert ev.subject == "Xiaomi SU7 Ultra"


def test_a_bound_is_not_a_comparison() -> None:
    # "more than 20,000" qualifies the figure: its month stays
    ev = _one(
        "Xiaomi delivered 5,000 SU7 Ultras and more than 20,000 SU7s in October.",
        D(2024, 11, 5),
        "en",
        "deliveries",
        5_000,
    )
    assert (ev.period_kind, ev.period_start) == ("month", D(2024, 10, 1))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Xiaomi delivered 40,000 cars in October. The entire Chinese EV market sold 1.2 "
            "million new energy vehicles in October.",
        ),
        (
            "vi",
            "Xiaomi đã giao 40.000 xe trong tháng 10. Con số đó bằng một phần ba doanh số 120.000 "
            "xe của toàn thị trường trong tháng.",
        ),
        (
            "de",
            "Xiaomi lieferte im Oktober 40.000 Autos aus. Der Gesamtmarkt kam im Oktober auf "
            "1,2 Millionen Fahrzeuge.",
        ),
    ],
)
def test_a_whole_markets_figure_is_nobodys(lang: str, text: str) -> None:
    found = [e for e in extract_events(text, published=D(2024, 11, 5), language=lang)]
    assert [(e.metric, e.value) for e in found if e.metric != "other"] == [("deliveries", 40_000)]


def test_a_market_named_does_not_silence_the_next_sentence() -> None:
    text = (
        "Xiaomi Group expects the overall smartphone market to see little growth. Revenue for "
        "the quarter ended June 30 was 116 billion yuan."
    )
    found = extract_events(text, published=D(2025, 8, 20), language="en")
    assert [(e.metric, e.value) for e in found] == [("revenue", 116_000_000_000)]


@pytest.mark.parametrize(
    ("lang", "text", "status"),
    [
        ("en", "The Xiaomi YU7 will go on sale at a starting price of 253,500 yuan.", "actual"),
        ("pt", "O Xiaomi YU7 chegará às lojas com preço inicial de 253.500 yuans.", "actual"),
        ("de", "Der Xiaomi YU7 wird ab 253.500 Yuan kosten.", "actual"),
        ("fr", "Le Xiaomi YU7 sera vendu à partir de 253 500 yuans.", "actual"),
        # an estimate stays one, whatever the tense
        ("en", "Analysts expect the Xiaomi YU7 will cost about 250,000 yuan.", "forecast"),
        ("es", "Se espera que el Xiaomi YU7 costará unos 250.000 yuanes.", "forecast"),
    ],
)
def test_a_list_price_in_the_future_tense_is_announced(lang: str, text: str, status: str) -> None:
    (ev,) = [e for e in extract_events(text, published=D(2025, 6, 20), language=lang)]
    assert (ev.metric, ev.status) == ("price", status)


def test_other_figures_in_the_future_tense_stay_forecasts() -> None:
    (ev,) = extract_events(
        "Xiaomi will deliver 10,000 YU7s in July.", published=D(2025, 6, 20), language="en"
    )
    assert ev.status == "forecast"


@pytest.mark.parametrize(
    ("lang", "text", "qualifier"),
    [
        ("fr", "Xiaomi a livré plus de 40 000 voitures en octobre.", "more_than"),
        ("de", "Xiaomi lieferte im Oktober rund 40.000 Autos aus.", "about"),
        ("es", "Xiaomi entregó al menos 40.000 coches en octubre.", "at_least"),
        ("ru", "В октябре Xiaomi поставила более 40 000 автомобилей.", "more_than"),
        ("tr", "Xiaomi ekim ayında 40.000'den fazla araç teslim etti.", "more_than"),
        ("ja", "シャオミの10月の納車台数は4万台を超えた。", "more_than"),
        ("ko", "샤오미는 10월에 약 4만 대를 인도했다.", "about"),
        ("vi", "Xiaomi đã giao hơn 40.000 xe trong tháng 10.", "more_than"),
        ("pl", "Xiaomi dostarczyło w październiku ponad 40 000 aut.", "more_than"),
        ("id", "Xiaomi mengirimkan sekitar 40.000 mobil pada Oktober.", "about"),
    ],
)
def test_bounds_and_rounding_are_read_in_every_language(
    lang: str, text: str, qualifier: str
) -> None:
    found = [e for e in extract_events(text, published=D(2025, 11, 5), language=lang)]
    assert [(e.value, e.qualifier) for e in found if e.metric != "other"] == [(40_000, qualifier)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "In the second quarter Xiaomi delivered 81,000 cars, up from 27,000 a year earlier.",
        ),
        (
            "it",
            "Nel secondo trimestre Xiaomi ha consegnato 81.000 auto, contro le 27.000 dello "
            "stesso periodo dell'anno precedente.",
        ),
        (
            "id",
            "Pada kuartal kedua, Xiaomi mengirimkan 81.000 mobil, naik dari 27.000 unit pada "
            "periode yang sama tahun lalu.",
        ),
        (
            "de",
            "Im zweiten Quartal lieferte Xiaomi 81.000 Autos aus, nach 27.000 im Vorjahresquartal.",
        ),
    ],
)
def test_the_year_earlier_base_is_the_same_period_a_year_back(lang: str, text: str) -> None:
    found = {e.value: e for e in extract_events(text, published=D(2025, 8, 20), language=lang)}
    assert (found[81_000].period_kind, found[81_000].period_start) == ("quarter", D(2025, 4, 1))
    base = found[27_000]
    assert (base.period_kind, base.period_start, base.period_end) == (
        "quarter",
        D(2024, 4, 1),
        D(2024, 6, 30),
    )


def test_a_status_word_past_a_comma_and_the_next_figure_is_that_figures() -> None:
    text = "シャオミは9月に1万台超を納車し、10月は2万台の納車を目標に掲げる。"
    found = {e.value: e for e in extract_events(text, published=D(2024, 10, 2), language="ja")}
    assert (found[10_000].metric, found[10_000].status) == ("deliveries", "actual")
    assert (found[20_000].metric, found[20_000].status) == ("delivery_target", "target")


def test_a_change_from_the_quarter_before_names_the_base() -> None:
    text = (
        "The average selling price of the SU7 was 240,000 yuan per car, gaining 4%, or "
        "10,000 yuan, from the previous quarter."
    )
    (ev,) = extract_events(text, published=D(2024, 11, 20), language="en")
    assert ev.period_start is None  # not the quarter before: that is what it is compared with


@pytest.mark.parametrize(
    ("text", "kind", "start"),
    [
        (
            "Sales momentum carried into August 2025, with Xiaomi delivering over 30,000 cars.",
            "month",
            D(2025, 8, 1),
        ),
        ("Xiaomi took 240,000 orders for the YU7 within an incredible hour.", "window", None),
    ],
)
def test_periods_with_a_word_between(text: str, kind: str, start: dt.date | None) -> None:
    (ev,) = extract_events(text, published=D(2025, 9, 5), language="en")
    assert (ev.period_kind, ev.period_start) == (kind, start)


def test_a_mark_reached_after_some_months_holds_at_no_story_day() -> None:
    text = (
        "On March 28, 2024, Xiaomi launched the SU7. It took the company just over seven "
        "months to deliver its first 100,000 cars."
    )
    (ev,) = extract_events(text, language="en")
    assert (ev.period_kind, ev.as_of) == ("cumulative", None)


def test_a_mark_told_on_its_own_day_keeps_that_day() -> None:
    text = "2025年11月20日，第50万辆小米汽车在北京工厂下线。小米汽车用了602天就生产了50万辆车。"
    found = extract_events(text, language="zh")
    assert found and all(e.as_of == D(2025, 11, 20) for e in found), found


@pytest.mark.parametrize(
    ("lang", "text", "base"),
    [
        (
            "fr",
            "Au deuxième trimestre, les ventes de voitures de Xiaomi ont rapporté 20 milliards "
            "de yuans, contre 6 milliards un an plus tôt.",
            6_000_000_000,
        ),
        ("ko", "샤오미의 2분기 전기차 인도량은 8만대로, 전년 동기 2만7000대에서 늘었다.", 27_000),
        (
            "tr",
            "Xiaomi ikinci çeyrekte 80.000 araç teslim etti; geçen yılın aynı döneminde bu "
            "sayı 27.000 idi.",
            27_000,
        ),
    ],
)
def test_a_base_named_with_its_own_words_is_found_and_dated_back(
    lang: str, text: str, base: float
) -> None:
    found = {e.value: e for e in extract_events(text, published=D(2025, 8, 21), language=lang)}
    assert (found[base].period_kind, found[base].period_start) == ("quarter", D(2024, 4, 1))


def test_a_base_before_the_figure_is_not_its_period() -> None:
    text = "Compared with last year, Xiaomi delivered 40,000 cars in October."
    (ev,) = extract_events(text, published=D(2025, 11, 5), language="en")
    assert (ev.period_kind, ev.period_start) == ("month", D(2025, 10, 1))
    # a bare year word before the figure in Japanese is its period, not a comparison
    (ev,) = extract_events(
        "昨年、シャオミのEV事業の売上高は321億元だった。", published=D(2025, 3, 20), language="ja"
    )
    assert (ev.period_kind, ev.period_start) == ("year", D(2024, 1, 1))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "В августе Xiaomi поставила 30 тысяч машин, а на сентябрь компания планирует 35 тысяч.",
        ),
        ("en", "Xiaomi handed over 30,000 cars in August, and for September it plans 35,000."),
    ],
)
def test_the_next_items_month_is_not_this_figures(lang: str, text: str) -> None:
    found = {e.value: e for e in extract_events(text, published=D(2025, 9, 2), language=lang)}
    assert (found[30_000].period_kind, found[30_000].period_start) == ("month", D(2025, 8, 1))
