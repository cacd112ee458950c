"""Numbers as thirteen languages write them: separators, scale words, East Asian units,
currencies, percent, ranges, spelled-out numbers, and what is not a quantity."""

import pytest

from pipelines.core.metrics.languages import supported_languages
from pipelines.core.metrics.locale_numbers import (
    decimal_mark,
    find_locale_mentions,
    find_locale_numbers,
    parse_number,
)
from pipelines.core.metrics.numbers import NumberMention

# (lang, text, [(value, value_max, unit), ...]) with every quantity of the text, in order.
CASES = [
    # separators: a lone group of three is thousands in every language; commas or dots with
    # one or two digits are decimals
    ("es", "Xiaomi vendió 30.000 coches.", [(30000, None, "vehicles")]),
    # a month word before a number makes a date only of a day or a year: German puts the
    # month first ("im September 40.000 Autos"), Turkish and Vietnamese write "Mart 2024",
    # "tháng 7"
    ("de", "Xiaomi lieferte im September 40.000 Autos aus.", [(40000, None, "vehicles")]),
    ("de", "Im September 2025 lieferte Xiaomi Autos aus.", []),
    ("vi", "Xiaomi giao 40.000 xe trong tháng 9.", [(40000, None, "vehicles")]),
    (
        "es",
        "Entregó 81,302 vehículos, un 197.7% más.",
        [(81302, None, "vehicles"), (197.7, None, "percent")],
    ),
    ("es", "Facturó 7,5 millones de euros.", [(7.5e6, None, "EUR")]),
    ("es", "Ingresos de 20,600 millones de yuanes.", [(20.6e9, None, "CNY")]),
    ("es", "Recibió doscientos cuarenta mil pedidos.", [(240000, None, "orders")]),
    ("es", "Prevé entre 100.000 y 120.000 unidades.", [(100000, 120000, "vehicles")]),
    (
        "en",
        "Xiaomi sold 3.5 million phones and 1,234 cars.",
        [(3.5e6, None, None), (1234, None, "vehicles")],
    ),
    ("fr", "Xiaomi a livré 81 302 véhicules.", [(81302, None, "vehicles")]),
    ("fr", "Xiaomi a livré 81\u00a0302 véhicules.", [(81302, None, "vehicles")]),
    ("fr", "Xiaomi a livré 81\u202f302 véhicules.", [(81302, None, "vehicles")]),
    ("fr", "Une perte de 1,5 milliard d'euros.", [(1.5e9, None, "EUR")]),
    ("fr", "Environ 30 % des ventes.", [(30, None, "percent")]),
    ("fr", "Entre 100 000 et 120 000 unités.", [(100000, 120000, "vehicles")]),
    ("fr", "Deux cent mille commandes.", [(200000, None, "orders")]),
    ("de", "Xiaomi investiert 1,5 Mrd. Euro.", [(1.5e9, None, "EUR")]),
    ("de", "Es waren 1.234 Fahrzeuge.", [(1234, None, "vehicles")]),
    ("de", "Preis: 1.234,5 Euro.", [(1234.5, None, "EUR")]),
    ("de", "Es gab 1'000 Bestellungen.", [(1000, None, "orders")]),
    ("de", "Um 20 Prozent auf 3,7 Mio. Euro.", [(20, None, "percent"), (3.7e6, None, "EUR")]),
    ("de", "Zweihunderttausend Bestellungen.", [(200000, None, "orders")]),
    (
        "it",
        "Un capitale di 10 miliardi di yuan e 300 dipendenti.",
        [(1e10, None, "CNY"), (300, None, "people")],
    ),
    ("it", "Produrrà 150,000 unità all'anno.", [(150000, None, "vehicles")]),
    (
        "pt",
        "Recebeu 240 mil pedidos e custa R$ 191 mil.",
        [(240000, None, "orders"), (191000, None, "BRL")],
    ),
    ("pt", "Investimento de RMB 2,6 bilhões.", [(2.6e9, None, "CNY")]),
    ("nl", "Xiaomi investeert 10 miljard dollar.", [(1e10, None, "USD")]),
    ("nl", "Goed voor 1,5 miljoen auto's.", [(1.5e6, None, "vehicles")]),
    ("ru", "Поставлено 75 869 автомобилей.", [(75869, None, "vehicles")]),
    (
        "ru",
        "Убыток 500 млн юаней, 240 тыс. заказов.",
        [(5e8, None, "CNY"), (240000, None, "orders")],
    ),
    ("ru", "Выручка 1,5 млрд долларов.", [(1.5e9, None, "USD")]),
    (
        "pl",
        "Dostarczyło 150 tys. egzemplarzy za 814 900 juanów.",
        [(150000, None, "vehicles"), (814900, None, "CNY")],
    ),
    ("pl", "Strata 1,5 mld zł.", [(1.5e9, None, "PLN")]),
    (
        "tr",
        "30.000'den fazla araç ve 253.500 yuan.",
        [(30000, None, "vehicles"), (253500, None, "CNY")],
    ),
    ("tr", "Pay %30, sonra yüzde 25 oldu.", [(30, None, "percent"), (25, None, "percent")]),
    (
        "tr",
        "400.000 ile 500.000 arasında, 5 milyar dolar.",
        [(400000, 500000, None), (5e9, None, "USD")],
    ),
    ("id", "Harga Rp486 juta atau 29.700 USD.", [(4.86e8, None, "IDR"), (29700, None, "USD")]),
    (
        "id",
        "Pendapatan 2,5 triliun rupiah dan 120.000 unit.",
        [(2.5e12, None, "IDR"), (120000, None, "vehicles")],
    ),
    ("vi", "Bàn giao 30.452 xe, lỗ 1,2 tỷ USD.", [(30452, None, "vehicles"), (1.2e9, None, "USD")]),
    (
        "vi",
        "Từ 100.000 đến 120.000 xe, 5 triệu đồng.",
        [(100000, 120000, "vehicles"), (5e6, None, "VND")],
    ),
    # East Asian units
    (
        "ja",
        "注文確定数が4万件以上、年産15万台。",
        [(40000, None, None), (150000, None, "vehicles")],
    ),
    (
        "ja",
        "24時間で88898台、売上高は1160億元。",
        [(88898, None, "vehicles"), (1.16e11, None, "CNY")],
    ),
    ("ja", "投資は1兆2000億円で、30.5％増。", [(1.2e12, None, "JPY"), (30.5, None, "percent")]),
    ("ja", "生産は３０万台。", [(300000, None, "vehicles")]),
    ("ko", "가격은 32만9900위안이다.", [(329900, None, "CNY")]),
    ("ko", "28만 9천대의 주문과 12만 8천건.", [(289000, None, "vehicles"), (128000, None, None)]),
    ("ko", "지난달 생산량은 4000대였다.", [(4000, None, "vehicles")]),
    ("ko", "올해 7만~8만대를 생산한다.", [(70000, 80000, "vehicles")]),
    ("ko", "투자는 3억5000만 달러, 약 5천만원.", [(3.5e8, None, "USD"), (5e7, None, "KRW")]),
    ("ko", "손실은 1조원을 넘었다.", [(1e12, None, "KRW")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_numbers(
    lang: str, text: str, expected: list[tuple[float, float | None, str | None]]
) -> None:
    got = [(n.value, n.value_max, n.unit) for n in find_locale_numbers(text, lang)]
    assert got == [(float(v), None if m is None else float(m), u) for v, m, u in expected]


# Not quantities: dates, years, durations, specs, model codes, ordinals.
NEGATIVES = [
    ("es", "El SU7 se lanzó el 28 de marzo de 2024."),
    ("es", "Llegará en 2027 con 830 km/h de nada: 0 a 100 en 2,78 s."),
    ("fr", "Le 1er mars 2025, en 24 heures, 508 kW et 871 V."),
    ("de", "Am 28. März 2024 um 10 Uhr, 495 kW und 1.548 PS."),
    ("it", "Il 3 aprile, in 48 ore, 25 speaker."),
    ("pt", "Publicado em 04/07/2025, às 11h52, no dia 26 de junho."),
    ("it", "Pubblicato 2024-07, aggiornato 2021-11-05."),
    ("nl", "Een 73,6kWh-accu, 5 minuten laden, op 28 maart."),
    ("ru", "28 марта 2024 года за 10 минут, 2-й квартал."),
    ("pl", "Moc 1548 KM, premiera 27 lutego, 40 tygodni czekania."),
    ("tr", "26 Haziran'da, 2.1 saniyelik, 1.548 beygir, 56 haftaya kadar."),
    ("id", "Kamis (13/6), 30 minggu, 495 kW, tahun 2024."),
    ("vi", "Trong tháng 7, quý 2, năm 2025, 3 phút."),
    ("ja", "2025年4月3日、24時間、16週間、4〜6月期。"),
    ("ko", "2024년 3월 28일 밤 10시, 27분 만에, 495kW."),
    ("en", "The SU7 and YU7 launched; 800V, 5G and the 2nd model."),
    ("fr", "Le Xiaomi 15 Ultra, l'iPhone 16 Pro et la Xiaomi Pad 7."),
    ("es", "Con un Snapdragon 8295, HyperOS 2 y Android 15."),
    ("de", "Anders als das Model 3 von Tesla."),
]


@pytest.mark.parametrize(("lang", "text"), NEGATIVES)
def test_not_quantities(lang: str, text: str) -> None:
    assert find_locale_numbers(text, lang) == []


@pytest.mark.parametrize(
    ("raw", "decimal", "before_scale", "value"),
    [("30.000", ",", False, 30000), ("30.000", ".", False, 30000), ("3.5", ",", False, 3.5),
     ("1.234,5", ",", False, 1234.5), ("1,234.5", ".", False, 1234.5), ("81 302", ",", False, 81302),
     ("1'000", ".", False, 1000), ("1.234.567", ",", False, 1234567), ("7,5", ",", False, 7.5),
     ("1,234", ",", True, 1.234), ("1,234", ".", True, 1234), ("1.125", ".", True, 1.125),
     ("20,600", ",", True, 20600), ("0,250", ",", False, 0.25)],
)  # fmt: skip
def test_parse_number(raw: str, decimal: str, before_scale: bool, value: float) -> None:
    assert parse_number(raw, decimal, before_scale) == value


def test_decimal_mark_follows_the_text_then_the_language() -> None:
    assert decimal_mark("Creció 197.7% y 75.4%.", "es") == "."
    assert decimal_mark("Creció 7,5% y 1.234.567.", "en") == ","
    assert decimal_mark("Sin decimales: 30.000 coches.", "es") == ","
    assert decimal_mark("No decimals: 30,000 cars.", "en") == "."
    # a date is not evidence of a decimal point
    assert decimal_mark("Am 13.06.2024 waren es 30.000.", "de") == ","


def test_scale_reads_decimals_by_the_texts_mark() -> None:
    # Spain: "1,234 millones" is 1.234 million; Mexico (dot decimals in the text): 1234 million
    assert find_locale_numbers("Son 1,234 millones de euros.", "es")[0].value == pytest.approx(
        1.234e6
    )
    text = "Creció 30.5% hasta 1,234 millones de euros."
    assert find_locale_numbers(text, "es")[1].value == pytest.approx(1.234e9)


def test_offsets_point_at_the_original_text() -> None:
    text = "Ｘiaomi：２０万台、そして８１，３０２台"
    for n in find_locale_numbers(text, "ja"):
        assert text[n.start : n.end].endswith("台")
    text = "Le YU7 a reçu 240\u202f000 commandes fermes."
    (n,) = find_locale_numbers(text, "fr")
    assert text[n.start : n.value_end] == "240\u202f000"
    assert text[n.start : n.end] == "240\u202f000 commandes fermes"


def test_scale_and_count_noun() -> None:
    (n,) = find_locale_numbers("Xiaomi ha 3.000 dipendenti nuovi.", "it")
    assert n.scale == 1.0 and n.unit == "people" and n.count_noun == "nuovi"
    (n,) = find_locale_numbers("Son 7,5 millones de euros.", "es")
    assert n.scale == 1e6
    (n,) = find_locale_numbers("注文は4万件に達した。", "ja")
    assert n.count_noun == "件" and n.scale == 1e4


def test_mentions_for_the_extractor() -> None:
    mentions = find_locale_mentions("Xiaomi entregó 25.300 unidades.", "es")
    assert mentions == [NumberMention(25300.0, None, 15, 30, "vehicles", None, value_end=21)]


def test_spelled_numbers_are_marked_and_small_ones_dropped() -> None:
    (n,) = find_locale_numbers("Vendió cien mil coches en tres meses.", "es")
    assert n.word_form and n.value == 100000 and n.unit == "vehicles"


def test_unknown_language_falls_back_to_plain_digits() -> None:
    got = find_locale_numbers("Xiaomi 30,000 49.5%", "sw")
    assert [n.value for n in got] == [30000, 49.5]


def test_every_issue_language_has_rules() -> None:
    langs = set(supported_languages())
    assert {"fr", "es", "pt", "it", "de", "ja", "ko", "ru", "id", "vi", "tr", "pl", "nl"} <= langs


def test_korean_man_then_a_spaced_remainder_is_one_figure() -> None:
    from pipelines.core.metrics.locale_numbers import find_locale_numbers

    assert [n.value for n in find_locale_numbers("13만 5000대를 인도했다", "ko")] == [135000]
    # a year after the space is no remainder
    assert next(n.value for n in find_locale_numbers("4만 2000년", "ko")) == 40000
