"""fix26c: families of misses in the thirteen languages besides English and Chinese, our own
sentences, expectations written before the extractor ran.

1. A month named only in the lede, as one word with the figures' noun ("Oktoberzahlen",
   "September-Auslieferungen", "oktobercijfers"; data `month_compound`), or as a phrase
   ("chiffres d'octobre", "10月の販売台数"): a present-tense figure after rivals' figures
   takes that month; two months named, or a month not over, give none. Turkish "Xiaomi 40
   binden fazla" is a count, not the phone "Xiaomi 40".
2. A past aim ("hatte … angepeilt", "avait visé", "si era prefissata", "planowało",
   "планировала", "намеревалась"): a target for its year, not an actual; the same verbs
   with nothing aimed at stay actuals elsewhere.
3. Past-historic verbs of a look back (it "consegnò", "vendette"; fr "livra", "vendit"; es
   "entregó", pt "entregou" already read): deliveries of the year named; the maker named as
   such in the clause ("il gruppo", "l'azienda", "le groupe", "der Konzern"; data
   `company_subject`), or a delivery goal with no model in its own clause, is Xiaomi Auto's,
   not the model of the clause before; a model named in the clause keeps its figure.
4. A second clause with its verb left out ("…, a w II kw. – 81 302", "und im zweiten Quartal
   81.302", "et au deuxième trimestre, 81 302", "y en el segundo trimestre, 81.302", "e nel
   secondo trimestre", "e, no segundo trimestre,", "а во II квартале — 81 302", "en in het
   tweede kwartaal"): the first clause's measure, the second figure's own period, and the
   first figure keeps its own.
5. Launch orders in a first-hours window inside a clause that also names the launch month
   ("2024年3月の発売時には…24時間で", "2024년 3월 출시 첫 24시간 동안", "beim Marktstart im März
   2024 … in 24 Stunden"): the window wins over the month; a month's figure with no window
   keeps its month.
6. Turkish "N bin M" with a bare last piece (no unit word right after it: "71 bin 402 yeni
   sipariş", "bin 51,"): one figure when the pieces are a well-formed number; a duration, a
   date or a percent after the last piece keeps it apart ("40 bin 15 günde").
"""

import datetime as dt
from typing import Any

import pytest
from test_metrics_articles9 import orders
from test_metrics_articles15_langs import locked
from test_metrics_review import check, ev
from test_metrics_review8 import AUTO, MORE, SU7, case, dlv, goal, month, quarter, year

from pipelines.core.metrics.locale_numbers import find_locale_numbers

D = dt.date


def run(cases: list[Any]) -> Any:
    return pytest.mark.parametrize(("text", "published", "lang", "want"), cases)


# --- 6. Turkish "N bin M" ------------------------------------------------------------------


def test_bin_pieces() -> None:
    def values(text: str) -> list[float]:
        return [n.value for n in find_locale_numbers(text, "tr")]

    assert values("ilk günde 71 bin 402 yeni sipariş") == [71402]
    assert values("Leapmotor 45 bin 67, XPeng 31 bin 5 ve NIO") == [45067, 31005]
    assert values("toplam 123 bin 456.") == [123456]
    assert values("toplam 12 bin 300'e ulaştı") == [12300]
    # a duration, a date, a percent after the last piece: apart
    assert values("25 bin 10 günde") == [25000]
    assert values("60 bin 3 ayda") == [60000]
    assert values("50 bin 12 Mart'ta") == [50000]
    assert values("80 bin 20 saatte") == [80000]
    assert values("30 bin %12 artış") == [30000, 12]
    assert values("250 bin 2026 yılında") == [250000]


BIN = [
    case(
        "Xiaomi ekim ayında 41 bin 87 adet elektrikli otomobil teslim etti.",
        D(2025, 11, 2),
        "tr",
        [dlv(AUTO, 41087, **month(2025, 10))],
    ),
    case(
        "Xiaomi, ikinci çeyrekte toplam 81 bin 302 araç teslim ettiğini açıkladı.",
        D(2025, 8, 20),
        "tr",
        [dlv(AUTO, 81302, **quarter(2025, 2))],
    ),
    case(
        "YU7 için satışların başladığı ilk 18 saatte 240 bin 15 kesinleşmiş sipariş alındı.",
        D(2025, 6, 28),
        "tr",
        [locked("Xiaomi YU7", 240015)],
    ),
]


@run(BIN)
def test_bin_split(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- 2. a past aim -------------------------------------------------------------------------

JUN25 = D(2025, 6, 10)

PAST_AIMS = [
    case(
        "Xiaomi hatte für 2024 zunächst nur 90.000 Auslieferungen angepeilt.",
        JUN25,
        "de",
        [goal(90000, **year(2024))],
    ),
    case(
        "Im Vorjahr hatte der Hersteller Xiaomi 115.000 Auslieferungen angestrebt.",
        JUN25,
        "de",
        [goal(115000, **year(2024))],
    ),
    case(
        "En 2024, Xiaomi avait d'abord visé 95 000 livraisons.",
        JUN25,
        "fr",
        [goal(95000, **year(2024))],
    ),
    case(
        "Per il 2024 Xiaomi si era prefissata 105.000 consegne.",
        JUN25,
        "it",
        [goal(105000, **year(2024))],
    ),
    case(
        "W 2024 r. Xiaomi planowało dostarczyć 110 tys. samochodów.",
        JUN25,
        "pl",
        [goal(110000, **year(2024))],
    ),
    case(
        "Na 2024 r. Xiaomi zakładało 125 tys. dostaw.",
        JUN25,
        "pl",
        [goal(125000, **year(2024))],
    ),
    case(
        "En 2024 Xiaomi había previsto entregar 125.000 vehículos.",
        JUN25,
        "es",
        [goal(125000, **year(2024))],
    ),
    # analysts' earlier expectation stays a forecast
    case(
        "Los analistas habían previsto 125.000 entregas de Xiaomi en 2024.",
        JUN25,
        "es",
        [ev(AUTO, metric="deliveries", value=125000, status="forecast", **year(2024))],
    ),
    case(
        "В 2024 году Xiaomi планировала поставить 115 тыс. электромобилей.",
        JUN25,
        "ru",
        [goal(115000, **year(2024))],
    ),
    case(
        "Xiaomi намеревалась поставить в 2024 году 105 тыс. машин.",
        JUN25,
        "ru",
        [goal(105000, **year(2024))],
    ),
    # what was done stays an actual
    case(
        "Xiaomi lieferte 2024 rund 137.000 Autos aus.",
        JUN25,
        "de",
        [dlv(AUTO, 137000, "about", **year(2024))],
    ),
    case(
        "En 2024, Xiaomi a livré 136 854 véhicules.",
        JUN25,
        "fr",
        [dlv(AUTO, 136854, **year(2024))],
    ),
]


@run(PAST_AIMS)
def test_past_aims(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- 1. the lede's month -------------------------------------------------------------------

NOV3 = D(2025, 11, 3)

LEDE_MONTHS = [
    case(
        "Die Oktoberzahlen der chinesischen Hersteller sind da. BYD setzte 441.706 Autos ab, "
        "Leapmotor 70.289. Xiaomi übergibt mehr als 40.000 Wagen an Kunden.",
        NOV3,
        "de",
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    case(
        "Am Samstag kamen die September-Auslieferungen. NIO meldete 34.749 Autos. Xiaomi "
        "liefert gut 40.000 Fahrzeuge aus.",
        D(2025, 10, 2),
        "de",
        # ("gut 40.000", "ruim 40.000": a bit over, as the extractor reads them)
        [dlv(AUTO, 40000, MORE, **month(2025, 9))],
    ),
    case(
        "De oktobercijfers van de Chinese merken zijn binnen. XPeng leverde 42.013 auto's af. "
        "Xiaomi levert ruim 40.000 wagens af.",
        NOV3,
        "nl",
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    case(
        "Les constructeurs chinois ont dévoilé leurs chiffres d'octobre. XPeng a livré 42 013 "
        "véhicules. Xiaomi livre plus de 40 000 voitures.",
        NOV3,
        "fr",
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    case(
        "中国EV各社の10月の販売台数が出そろった。小鵬は4万2013台だった。小米は4万台超を納車した。",
        NOV3,
        "ja",
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    case(
        "Çinli üreticiler ekim rakamlarını paylaştı. XPeng 42 bin 13 araç teslim etti. Xiaomi "
        "45 binden fazla araç teslim ediyor.",
        NOV3,
        "tr",
        [dlv(AUTO, 45000, MORE, **month(2025, 10))],
    ),
    # two months named, or the month under way: no month for the figure
    case(
        "Die Septemberzahlen und die Oktoberzahlen liegen vor. Xiaomi liefert mehr als 40.000 "
        "Autos aus.",
        NOV3,
        "de",
        [dlv(AUTO, 40000, MORE, period_kind="none")],
    ),
    case(
        "Die Novemberzahlen werden erwartet. Xiaomi liefert mehr als 40.000 Autos aus.",
        D(2025, 11, 20),
        "de",
        [dlv(AUTO, 40000, MORE, period_kind="none")],
    ),
]


@run(LEDE_MONTHS)
def test_lede_months(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- 5. the launch window over the launch month --------------------------------------------

LAUNCH_WINDOWS = [
    case(
        "2024年3月の発売時には、SU7の受注が27分で5万台を超えた。",
        NOV3,
        "ja",
        [orders("orders", SU7, 50000, qualifier=MORE, period_kind="window")],
    ),
    case(
        "2025年6月の発売当日、YU7の確定注文は18時間で24万台に達した。",
        NOV3,
        "ja",
        [locked("Xiaomi YU7", 240000)],
    ),
    case(
        "2024년 3월 출시 첫 24시간 동안 SU7은 7만5723대의 주문을 받았다.",
        NOV3,
        "ko",
        [orders("orders", SU7, 75723, period_kind="window")],
    ),
    case(
        "Beim Marktstart im März 2024 gingen für den SU7 in 24 Stunden 88.898 feste "
        "Bestellungen ein.",
        NOV3,
        "de",
        [locked(SU7, 88898)],
    ),
    case(
        "Mart 2024'teki lansmanda SU7 için 24 saatte 75 bin 723 sipariş alındı.",
        NOV3,
        "tr",
        [orders("orders", SU7, 75723, period_kind="window")],
    ),
    # a month's figure with no window keeps its month
    case(
        "2025年10月、小米は4万台超を納車した。",
        NOV3,
        "ja",
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    case(
        "샤오미는 10월 한 달 동안 4만 대를 인도했다.",
        NOV3,
        "ko",
        [dlv(AUTO, 40000, **month(2025, 10))],
    ),
]


@run(LAUNCH_WINDOWS)
def test_launch_windows(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- 4. a second clause with its verb left out ---------------------------------------------

AUG20 = D(2025, 8, 20)
JUN_Q2 = [dlv(AUTO, 25000, MORE, **month(2025, 7)), dlv(AUTO, 81302, **quarter(2025, 2))]

ELLIPSES = [
    case(
        "W lipcu Xiaomi dostarczyło ponad 25 tys. aut, a w II kw. 2025 r. – 81 302.",
        AUG20,
        "pl",
        JUN_Q2,
    ),
    case(
        "Xiaomi übergab im Juli mehr als 25.000 Fahrzeuge und im zweiten Quartal 81.302.",
        AUG20,
        "de",
        JUN_Q2,
    ),
    case(
        "Xiaomi a remis plus de 25 000 véhicules en juillet, et au deuxième trimestre, 81 302.",
        AUG20,
        "fr",
        JUN_Q2,
    ),
    case(
        "Xiaomi entregó más de 25.000 unidades en julio y en el segundo trimestre, 81.302.",
        AUG20,
        "es",
        JUN_Q2,
    ),
    case(
        "Xiaomi ha consegnato più di 25.000 vetture a luglio e nel secondo trimestre 81.302.",
        AUG20,
        "it",
        JUN_Q2,
    ),
    case(
        "A Xiaomi entregou mais de 25 mil veículos em julho e, no segundo trimestre, 81.302.",
        AUG20,
        "pt",
        JUN_Q2,
    ),
    case(
        "В июле Xiaomi поставила более 25 тыс. автомобилей, а во II квартале — 81 302.",
        AUG20,
        "ru",
        JUN_Q2,
    ),
    case(
        "Xiaomi leverde in juli meer dan 25.000 wagens af en in het tweede kwartaal 81.302.",
        AUG20,
        "nl",
        JUN_Q2,
    ),
    # a figure and then its period, as before; a second clause with a verb of its own
    case(
        "Xiaomi entregó más de 25.000 unidades en julio y 81.302 en el segundo trimestre.",
        AUG20,
        "es",
        JUN_Q2,
    ),
    case(
        "Xiaomi lieferte im Juli mehr als 25.000 Autos aus, NIO im zweiten Quartal 72.056.",
        AUG20,
        "de",
        [dlv(AUTO, 25000, MORE, **month(2025, 7))],
    ),
]


@run(ELLIPSES)
def test_ellipses(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- 3. past-historic verbs; the maker, not the model before ------------------------------

DEC1 = D(2025, 12, 1)

PAST_HISTORIC = [
    case(
        "Nel 2024 Xiaomi vendette oltre 135.000 vetture.",
        JUN25,
        "it",
        [dlv(AUTO, 135000, MORE, **year(2024))],
    ),
    case("En 2024, Xiaomi livra 136 854 voitures.", JUN25, "fr", [dlv(AUTO, 136854, **year(2024))]),
    case(
        "Sur l'ensemble de 2024, Xiaomi vendit plus de 135 000 véhicules.",
        JUN25,
        "fr",
        [dlv(AUTO, 135000, MORE, **year(2024))],
    ),
    case(
        "La SU7 ha raccolto 75.723 ordini nelle prime 24 ore; nel 2024 l'azienda consegnò "
        "136.854 auto.",
        DEC1,
        "it",
        [orders("orders", SU7, 75723, period_kind="window"), dlv(AUTO, 136854, **year(2024))],
    ),
    case(
        "Der SU7 sammelte in 24 Stunden 75.723 Bestellungen; 2024 lieferte der Konzern "
        "136.854 Autos aus.",
        DEC1,
        "de",
        [orders("orders", SU7, 75723, period_kind="window"), dlv(AUTO, 136854, **year(2024))],
    ),
    case(
        "El SU7 sumó 75.723 pedidos en 24 horas; la meta de entregas para 2024 era de "
        "120.000 unidades.",
        DEC1,
        "es",
        [orders("orders", SU7, 75723, period_kind="window"), goal(120000, **year(2024))],
    ),
    case(
        "SU7 zebrał w ciągu doby 75 723 zamówień; w 2024 r. firma dostarczyła 136 854 aut.",
        DEC1,
        "pl",
        [orders("orders", SU7, 75723, period_kind="window"), dlv(AUTO, 136854, **year(2024))],
    ),
    case(
        "SU7 собрал 75 723 заказа за первые 24 часа; в 2024 году компания поставила 136 854 "
        "автомобиля.",
        DEC1,
        "ru",
        [orders("orders", SU7, 75723, period_kind="window"), dlv(AUTO, 136854, **year(2024))],
    ),
    case(
        "De SU7 kreeg binnen 24 uur 75.723 bestellingen; in 2024 leverde het bedrijf 136.854 "
        "auto's af.",
        DEC1,
        "nl",
        [orders("orders", SU7, 75723, period_kind="window"), dlv(AUTO, 136854, **year(2024))],
    ),
    # a rival before the maker's noun: not Xiaomi's
    case("BYD sprzedał 400 tys. aut; w 2024 r. firma dostarczyła 136 854 aut.", DEC1, "pl", []),
    # a model named in the clause keeps its figure
    case(
        "Il gruppo ha consegnato 3.000 SU7 Ultra a ottobre.",
        NOV3,
        "it",
        [dlv("Xiaomi SU7 Ultra", 3000, **month(2025, 10))],
    ),
    # a past-historic verb with no count of cars: nothing
    case("Nel 2024 Xiaomi consegnò le prime auto a 100 città.", JUN25, "it", []),
]


@run(PAST_HISTORIC)
def test_past_historic(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)
