"""Families of time and vocabulary the 13 other languages missed, one sentence per language
and family, worded apart from lang_time_sentences.yaml so that a fix is a rule, not a
sentence's wording.

- found: verbs and nouns the vocabularies lacked (German "setzte ... um", Spanish "ingresó",
  Turkish "binden"/"bini" and "teslim ediyor", future forms, targets, present-tense paces);
- first_months: "the first N months" is a running total from January 1 to the end of month N;
- month: a month or half the vocabularies did not read ("We wrześniu", "Pada November 2024",
  "w pierwszym półroczu", "do końca września", "8月末時点で": an as_of, not the month);
- year_back: "rok wcześniej", "dello stesso trimestre dell'anno scorso": the base's period is
  the one named beside it, a year back;
- status: an analyst's forecast or a company's goal told with words that were not listed.

Each case names only the fields its family is about, on the event of its value.
"""

import datetime as dt
from typing import Any

import pytest

from pipelines.core.metrics import extract_events

D = dt.date
CASES: list[tuple[str, str, str, D, str, float, dict[str, Any]]] = [
    # (id, family, lang, published, text, value, expected fields)
    # -- found
    ("de-um", "found", "de", D(2025, 11, 20),
     "Mit Elektroautos setzte Xiaomi im Sommerquartal rund 29 Milliarden Yuan um.",
     29e9, {"metric": "revenue", "unit": "CNY"}),
    ("de-baut", "found", "de", D(2025, 5, 2),
     "Xiaomi baut in Peking derzeit etwa 20.000 Autos im Monat.",
     20000, {"metric": "production", "period_kind": "rate"}),
    ("es-ingreso", "found", "es", D(2025, 11, 20),
     "La división de coches eléctricos de Xiaomi ingresó 28.300 millones de yuanes entre julio "
     "y septiembre.",
     28.3e9, {"metric": "revenue", "unit": "CNY"}),
    ("es-subjunctive", "found", "es", D(2025, 12, 1),
     "Los bancos de inversión prevén que Xiaomi entregue cerca de 450.000 coches en 2026.",
     450000, {"metric": "deliveries", "status": "forecast"}),
    ("fr-present", "found", "fr", D(2025, 9, 1),
     "Selon le constructeur, Xiaomi livre aujourd'hui environ 35 000 voitures chaque mois.",
     35000, {"metric": "deliveries"}),
    ("tr-binden", "found", "tr", D(2025, 12, 2),
     "Xiaomi kasım ayında 45 binden fazla elektrikli araç teslim etti.",
     45000, {"metric": "deliveries", "qualifier": "more_than"}),
    ("tr-ediyor", "found", "tr", D(2025, 11, 20),
     "Xiaomi bugünlerde her ay 30 binin üzerinde araç teslim ediyor.",
     30000, {"metric": "deliveries"}),
    ("tr-yuana", "found", "tr", D(2025, 8, 21),
     "Xiaomi'nin elektrikli araç gelirleri ikinci çeyrekte 21,3 milyar yuana yükseldi.",
     21.3e9, {"metric": "revenue", "unit": "CNY"}),
    ("ru-future", "found", "ru", D(2025, 12, 10),
     "Аналитики считают, что в 2026 году Xiaomi продаст до 600 тысяч электромобилей.",
     600000, {"metric": "deliveries", "status": "forecast"}),
    ("pl-przekazalo", "found", "pl", D(2025, 12, 2),
     "W listopadzie Xiaomi przekazało nabywcom ponad 45 tys. samochodów.",
     45000, {"metric": "deliveries"}),
    ("pl-produkuje", "found", "pl", D(2025, 6, 15),
     "Fabryka Xiaomi produkuje dziś około 25 tys. aut miesięcznie.",
     25000, {"metric": "production"}),
    ("it-punta", "found", "it", D(2025, 1, 5),
     "Per il 2026 Xiaomi punta a quota 550.000.",
     550000, {"metric": "delivery_target", "status": "target"}),
    ("vi-giao", "found", "vi", D(2025, 12, 1),
     "Giới phân tích cho rằng Xiaomi có thể giao khoảng 500.000 xe trong năm 2026.",
     500000, {"metric": "deliveries", "status": "forecast"}),
    # -- first_months
    ("fr-neuf-premiers", "first_months", "fr", D(2025, 10, 5),
     "Au cours des neuf premiers mois de 2025, Xiaomi a livré plus de 260 000 véhicules.",
     260000, {"period_kind": "cumulative", "period_start": D(2025, 1, 1),
              "period_end": D(2025, 9, 30), "as_of": D(2025, 9, 30)}),
    ("es-diez-primeros", "first_months", "es", D(2025, 11, 10),
     "En los diez primeros meses del año, Xiaomi vendió unos 250.000 coches.",
     250000, {"period_kind": "cumulative", "period_start": D(2025, 1, 1),
              "period_end": D(2025, 10, 31), "as_of": D(2025, 10, 31)}),
    ("pt-dez-primeiros", "first_months", "pt", D(2025, 11, 10),
     "Nos dez primeiros meses de 2025, a Xiaomi entregou mais de 250 mil carros.",
     250000, {"period_kind": "cumulative", "period_start": D(2025, 1, 1),
              "period_end": D(2025, 10, 31), "as_of": D(2025, 10, 31)}),
    ("it-primi-otto", "first_months", "it", D(2025, 9, 10),
     "Nei primi otto mesi del 2025 Xiaomi ha consegnato oltre 230.000 auto.",
     230000, {"period_kind": "cumulative", "period_start": D(2025, 1, 1),
              "period_end": D(2025, 8, 31), "as_of": D(2025, 8, 31)}),
    ("de-ersten-neun", "first_months", "de", D(2025, 10, 10),
     "In den ersten neun Monaten 2025 lieferte Xiaomi mehr als 266.000 Autos aus.",
     266000, {"period_kind": "cumulative", "period_start": D(2025, 1, 1),
              "period_end": D(2025, 9, 30), "as_of": D(2025, 9, 30)}),
    ("nl-eerste-zeven", "first_months", "nl", D(2025, 8, 10),
     "In de eerste zeven maanden van 2025 leverde Xiaomi ruim 200.000 auto's af.",
     200000, {"period_kind": "cumulative", "period_start": D(2025, 1, 1),
              "period_end": D(2025, 7, 31), "as_of": D(2025, 7, 31)}),
    ("ru-pervye-desyat", "first_months", "ru", D(2025, 11, 6),
     "За первые десять месяцев 2025 года Xiaomi передала клиентам более 250 тысяч машин.",
     250000, {"period_kind": "cumulative", "period_start": D(2025, 1, 1),
              "period_end": D(2025, 10, 31), "as_of": D(2025, 10, 31)}),
    ("tr-ilk-dokuz", "first_months", "tr", D(2025, 10, 8),
     "Xiaomi 2025'in ilk dokuz ayında 260 binden fazla araç teslim etti.",
     260000, {"period_kind": "cumulative", "period_start": D(2025, 1, 1),
              "period_end": D(2025, 9, 30), "as_of": D(2025, 9, 30)}),
    ("vi-10-thang-dau", "first_months", "vi", D(2025, 11, 6),
     "Trong 10 tháng đầu năm 2025, Xiaomi đã bàn giao hơn 250.000 xe.",
     250000, {"period_kind": "cumulative", "period_start": D(2025, 1, 1),
              "period_end": D(2025, 10, 31), "as_of": D(2025, 10, 31)}),
    ("ja-1-9gatsu", "first_months", "ja", D(2025, 10, 8),
     "シャオミは1～9月に累計26万台超を納車した。",
     260000, {"period_kind": "cumulative", "period_start": D(2025, 1, 1),
              "period_end": D(2025, 9, 30), "as_of": D(2025, 9, 30)}),
    # the first six months are the first half, as 1〜6月 and "6 tháng đầu năm" are
    ("es-seis-primeros", "first_months", "es", D(2025, 7, 15),
     "En los seis primeros meses del año, Xiaomi entregó casi 157.000 coches.",
     157000, {"period_kind": "half_year", "period_start": D(2025, 1, 1),
              "period_end": D(2025, 6, 30), "as_of": D(2025, 6, 30)}),
    # -- month
    ("pl-we-wrzesniu", "month", "pl", D(2025, 10, 5),
     "We wrześniu 2025 r. Xiaomi sprzedało ponad 40 tys. aut.",
     40000, {"period_kind": "month", "period_start": D(2025, 9, 1),
             "period_end": D(2025, 9, 30), "as_of": D(2025, 9, 30)}),
    ("pl-pierwsze-polrocze", "month", "pl", D(2025, 7, 15),
     "W pierwszym półroczu Xiaomi sprzedało ponad 150 tys. samochodów.",
     150000, {"period_kind": "half_year", "period_start": D(2025, 1, 1),
              "period_end": D(2025, 6, 30), "as_of": D(2025, 6, 30)}),
    ("pl-do-konca", "month", "pl", D(2025, 10, 3),
     "Do końca września Xiaomi dostarczyło w sumie ponad 400 tys. samochodów.",
     400000, {"period_kind": "cumulative", "period_start": None, "period_end": None,
              "as_of": D(2025, 9, 30)}),
    ("id-pada-november", "month", "id", D(2025, 3, 1),
     "Pada November 2024, Xiaomi menjual lebih dari 20.000 unit mobil listrik.",
     20000, {"period_kind": "month", "period_start": D(2024, 11, 1),
             "period_end": D(2024, 11, 30), "as_of": D(2024, 11, 30)}),
    ("id-agustus-tahun-lalu", "month", "id", D(2025, 10, 1),
     "Pada Agustus tahun lalu, Xiaomi mengirimkan lebih dari 13.000 mobil.",
     13000, {"period_kind": "month", "period_start": D(2024, 8, 1),
             "period_end": D(2024, 8, 31), "as_of": D(2024, 8, 31)}),
    ("it-quota-month", "month", "it", D(2025, 12, 2),
     "A novembre le consegne di Xiaomi hanno superato quota 40.000.",
     40000, {"period_kind": "month", "period_start": D(2025, 11, 1),
             "period_end": D(2025, 11, 30), "as_of": D(2025, 11, 30)}),
    ("ru-na-etot-god", "month", "ru", D(2025, 2, 10),
     "На этот год Xiaomi поставила цель в 300 тысяч поставок.",
     300000, {"metric": "delivery_target", "period_kind": "year",
              "period_start": D(2025, 1, 1), "period_end": D(2025, 12, 31), "as_of": None}),
    ("de-fuer-monat", "month", "de", D(2025, 11, 3),
     "Für Dezember peilt Xiaomi mindestens 50.000 Auslieferungen an.",
     50000, {"metric": "delivery_target", "status": "target", "period_kind": "month",
             "period_start": D(2025, 12, 1), "period_end": D(2025, 12, 31), "as_of": None}),
    ("ja-gatsumatsu-jiten", "month", "ja", D(2025, 9, 5),
     "8月末時点で、シャオミの累計納車台数は35万台を突破した。",
     350000, {"period_kind": "cumulative", "period_start": None, "period_end": None,
              "as_of": D(2025, 8, 31)}),
    ("ko-wol-mal-gijun", "month", "ko", D(2025, 9, 5),
     "8월 말 기준 샤오미의 누적 인도 대수는 35만 대를 넘어섰다.",
     350000, {"period_kind": "cumulative", "period_start": None, "period_end": None,
              "as_of": D(2025, 8, 31)}),
    # -- year_back: the base of a comparison is the same period a year back
    ("pl-w-tym-samym-okresie", "year_back", "pl", D(2025, 5, 20),
     "W pierwszym kwartale Xiaomi dostarczyło 75 869 aut, wobec 18 000 w tym samym okresie "
     "ubiegłego roku.",
     18000, {"metric": "deliveries", "period_kind": "quarter", "period_start": D(2024, 1, 1),
             "period_end": D(2024, 3, 31), "as_of": D(2024, 3, 31)}),
    ("ru-godom-ranee", "year_back", "ru", D(2025, 5, 20),
     "В первом квартале Xiaomi поставила 75 869 машин против 18 000 годом ранее.",
     18000, {"metric": "deliveries", "period_kind": "quarter", "period_start": D(2024, 1, 1),
             "period_end": D(2024, 3, 31), "as_of": D(2024, 3, 31)}),
    ("it-stesso-trimestre", "year_back", "it", D(2025, 5, 20),
     "Nel primo trimestre Xiaomi ha consegnato 75.869 auto, contro le 18.000 dello stesso "
     "trimestre dell'anno scorso.",
     18000, {"metric": "deliveries", "period_kind": "quarter", "period_start": D(2024, 1, 1),
             "period_end": D(2024, 3, 31), "as_of": D(2024, 3, 31)}),
    ("id-periode-yang-sama", "year_back", "id", D(2025, 5, 20),
     "Pada kuartal pertama, Xiaomi menjual 75.869 mobil, naik dari 18.000 unit pada periode "
     "yang sama tahun sebelumnya.",
     18000, {"metric": "deliveries", "period_kind": "quarter", "period_start": D(2024, 1, 1),
             "period_end": D(2024, 3, 31), "as_of": D(2024, 3, 31)}),
    # a guard, right before too: 前年同期比 is a change, not a base; the half stays this year's
    ("ja-zennen-douki-hi", "year_back", "ja", D(2025, 8, 20),
     "小米集団の1〜6月の売上高は前年同期比38%増の2272億元となった。",
     2272e8, {"period_kind": "half_year", "period_start": D(2025, 1, 1),
              "period_end": D(2025, 6, 30)}),
    # -- status
    ("pt-projetam", "status", "pt", D(2025, 11, 28),
     "Os analistas projetam vendas de 500 mil carros da Xiaomi em 2026.",
     500000, {"status": "forecast"}),
    ("pl-spodziewaja", "status", "pl", D(2025, 12, 5),
     "Eksperci spodziewają się, że Xiaomi dostarczy w 2026 roku około 600 tys. aut.",
     600000, {"status": "forecast"}),
    ("fr-tablent", "status", "fr", D(2025, 12, 5),
     "Les courtiers tablent sur 450 000 livraisons pour Xiaomi en 2026.",
     450000, {"status": "forecast"}),
    ("es-se-ha-propuesto", "status", "es", D(2025, 2, 5),
     "Xiaomi se ha propuesto vender 150.000 coches este año.",
     150000, {"metric": "delivery_target", "status": "target"}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("family", "lang", "published", "text", "value", "want"),
    [pytest.param(*c[1:], id=c[0]) for c in CASES],
)
def test_family(
    family: str, lang: str, published: D, text: str, value: float, want: dict[str, Any]
) -> None:
    events = [
        e
        for e in extract_events(text, published=published, language=lang)
        if e.metric != "other" and abs(e.value - value) <= 1e-6 * value
    ]
    assert events, f"{family}: no event of value {value:g} in {text!r}"
    got = {field: getattr(events[0], field) for field in want}
    assert got == want, f"{family}: {text!r}"


@pytest.mark.parametrize(
    ("text", "lang", "metric", "status"),
    [
        # the verb quoting the figure as expected decides, not a plan named before it
        (
            "シャオミの今年の生産台数は、当初の計画から最大で9万台程度と予想されている。",
            "ja",
            "production",
            "forecast",
        ),
        (
            "샤오미의 올해 생산량은 당초 계획에 따라 9만 대로 전망된다.",
            "ko",
            "production",
            "forecast",
        ),
        # a target the verb says will be met stays a target (its object marker: を, 를)
        ("シャオミは今年、目標の9万台を達成する見込みだ。", "ja", "delivery_target", "target"),
        ("샤오미는 올해 목표 9만 대를 달성할 것으로 예상된다.", "ko", "delivery_target", "target"),
    ],
)
def test_a_figure_quoted_as_expected_is_a_forecast(
    text: str, lang: str, metric: str, status: str
) -> None:
    (ev,) = extract_events(text, published=dt.date(2024, 6, 12), language=lang)
    assert (ev.metric, ev.status) == (metric, status), ev


@pytest.mark.parametrize(
    ("text", "lang", "status"),
    [
        # a finished month's figure quoted as estimated stays an estimate
        ("샤오미의 지난달 생산량은 3500대 수준으로 추정된다.", "ko", "forecast"),
        ("シャオミの先月の生産台数は3500台程度と推計される。", "ja", "forecast"),
        ("Xiaomi's car output last month was estimated at about 3,500 units.", "en", "forecast"),
        # a future tense about a finished period is a translated past: a fact
        ("Xiaomi will have delivered 110,000 cars by the end of 2023.", "en", "actual"),
    ],
)
def test_an_estimate_of_a_finished_period_stays_an_estimate(
    text: str, lang: str, status: str
) -> None:
    (ev,) = extract_events(text, published=dt.date(2024, 4, 10), language=lang)
    assert ev.status == status, ev


@pytest.mark.parametrize(
    ("text", "lang", "status"),
    [
        # a capacity to be raised to a level is a plan
        (
            "Xiaomi has told its suppliers to lift production capacity to 12,000 cars a month.",
            "en",
            "target",
        ),
        (
            "Xiaomi попросила поставщиков нарастить мощности до 12 000 автомобилей в месяц.",
            "ru",
            "target",
        ),
        (
            "Xiaomi a demandé à ses fournisseurs de porter la capacité à 12 000 voitures par mois.",
            "fr",
            "target",
        ),
        (
            "Xiaomi pidió a sus proveedores elevar la capacidad a 12.000 coches al mes.",
            "es",
            "target",
        ),
        ("小米汽车计划把产能提高至每月1.2万辆。", "zh", "target"),
        ("据悉小米汽车要求供应商把产能增加到月产1.2万辆。", "zh", "target"),
        # ... but not one raised already: 已将 marks the object, it is no future
        ("小米汽车已将产能提升至每月1.2万辆。", "zh", "actual"),
        ("Xiaomi lifted its production capacity to 12,000 cars a month in May.", "en", "actual"),
    ],
)
def test_a_capacity_to_be_raised_is_a_plan(text: str, lang: str, status: str) -> None:
    (ev,) = extract_events(text, published=dt.date(2024, 6, 12), language=lang)
    assert (ev.metric, ev.status) == ("production_capacity", status), ev


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # "up to" a month and its year, with no preposition before the month name: the
        # running total at the month's end, not the month's own figure
        ("Xiaomi said 265,000 cars had been handed over through April 2025.", "en"),
        ("A Xiaomi disse que 265 mil carros foram entregues até abril de 2025.", "pt"),
        ("Xiaomi afirmó que entregó 265.000 coches hasta abril de 2025.", "es"),
        ("Xiaomi a livré 265 000 voitures jusqu'à fin avril 2025.", "fr"),
        ("Xiaomi hat bis Ende April 2025 rund 265.000 Autos ausgeliefert.", "de"),
        ("Xiaomi telah mengirimkan 265.000 mobil hingga April 2025.", "id"),
    ],
)
def test_a_total_up_to_a_month_is_a_running_total(text: str, lang: str) -> None:
    (ev,) = extract_events(text, published=dt.date(2025, 6, 2), language=lang)
    assert (ev.period_kind, ev.period_start, ev.as_of) == (
        "cumulative",
        None,
        dt.date(2025, 4, 30),
    ), ev


@pytest.mark.parametrize(
    ("text", "lang", "status"),
    [
        # a plant's capacity once it is built or extended is a plan
        (
            "Xiaomi's Beijing plant can build 300,000 cars a year once phase two is completed.",
            "en",
            "target",
        ),
        ("小米汽车工厂三期建成后，年产能将达到45万辆。", "zh", "target"),
        (
            "L'usine de Xiaomi pourra produire 300 000 voitures par an une fois la deuxième phase achevée.",
            "fr",
            "target",
        ),
        # a plant that can build so many today: its capacity now
        ("Xiaomi's Beijing plant can build 150,000 cars a year.", "en", "actual"),
    ],
)
def test_a_capacity_once_built_is_a_plan(text: str, lang: str, status: str) -> None:
    (ev,) = extract_events(text, published=dt.date(2024, 6, 12), language=lang)
    assert (ev.metric, ev.status) == ("production_capacity", status), ev


def test_a_capacity_counted_in_one_model_is_that_models_line() -> None:
    text = "Lei Jun said the plant could turn out more than 12,000 SU7s per month from July."
    (ev,) = extract_events(text, published=dt.date(2024, 6, 12), language="en")
    assert (ev.subject, ev.metric, ev.period_kind) == ("Xiaomi SU7", "production_capacity", "rate")
