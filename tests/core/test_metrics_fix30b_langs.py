"""fix30b: families of misses in the languages besides English and Chinese, our own sentences.

1. Robots told before the staff: Korean "로봇 700여 대와 직원 약 5000명" (the counter 대 after
   여 leaves the unit unread): the robots give nothing, the staff the headcount; the same
   order in Japanese, German, French, Spanish.
2. A qualifier of the next figure does not reach back: Dutch "ongeveer 5.000 medewerkers en
   meer dan 700 robots", German "und mehr als", Italian "e oltre 700": the staff stay about;
   "40.000 und mehr", "40.000 en meer", "40.000 e oltre auto" stay more_than.
3. A year-to-date span in the month's sentence, with its own figure ("de enero a octubre",
   "entre enero y octubre", "tra gennaio e ottobre", "de janeiro a outubro", "de janvier à
   octobre", "von Januar bis Oktober"): from January 1 to the month's end, not the month
   (the "a"/"y"/"e" of the span is no list joiner); two months joined stay two months.
4. A model sold or delivered N times (German "Mal verkauft/ausgeliefert", Dutch "keer
   verkocht/geleverd"): its running total; a clip viewed or clicked N times gives nothing.
5. "Après la première heure", "tras/después de la primera hora", "dopo la prima ora",
   "após a/depois da primeira hora": the launch window of the orders; a price stays a price.
Expectations written before the extractor ran on these sentences.
"""

import datetime as dt
from typing import Any

import pytest

from pipelines.core.metrics import extract_events

D = dt.date
AUTO, GROUP, SU7, YU7 = "Xiaomi Auto", "Xiaomi Group", "Xiaomi SU7", "Xiaomi YU7"
NOV3 = D(2025, 11, 3)
NONE = ("none", None, None)
OCT25 = ("month", D(2025, 10, 1), D(2025, 10, 31))
SEP25 = ("month", D(2025, 9, 1), D(2025, 9, 30))
JAN_OCT = ("cumulative", D(2025, 1, 1), D(2025, 10, 31))
CUM = ("cumulative", None, None)
WINDOW = ("window", None, None)


def _got(body: str, lang: str) -> list[tuple[Any, ...]]:
    """metric, value, qualifier, period kind, start, end (subject checked apart)"""
    return [
        (e.metric, e.value, e.qualifier, e.period_kind, e.period_start, e.period_end)
        for e in extract_events(body, published=NOV3, language=lang, title="")
    ]


def _subjects(body: str, lang: str) -> list[str]:
    return [e.subject for e in extract_events(body, published=NOV3, language=lang, title="")]


def ev(metric: str, value: float, q: str, period: tuple[Any, ...]) -> tuple[Any, ...]:
    return (metric, value, q, *period)


CASES = [
    # 1. robots before the staff -------------------------------------------------------------
    (
        "ko",
        "샤오미 자동차 공장에는 로봇 700여 대와 직원 약 5000명이 일하고 있다.",
        [ev("headcount", 5000, "about", NONE)],
    ),
    (
        "ko",
        "샤오미 자동차 공장에는 산업용 로봇 700여 대, 직원 약 5000명이 있다.",
        [ev("headcount", 5000, "about", NONE)],
    ),
    (
        "ko",
        "샤오미 공장에서는 로봇이 700대 이상 가동되고 직원 5000여 명이 근무한다.",
        [ev("headcount", 5000, "more_than", NONE)],
    ),
    ("ko", "샤오미는 올해 로봇 700여 대를 도입했다.", []),
    (
        "ja",
        "小米の工場にはロボット700台余りと従業員約5000人がいる。",
        [ev("headcount", 5000, "about", NONE)],
    ),
    (
        "de",
        "In der Fabrik von Xiaomi arbeiten 700 Roboter und rund 5.000 Mitarbeiter.",
        [ev("headcount", 5000, "about", NONE)],
    ),
    (
        "fr",
        "Plus de 700 robots et quelque 5 000 employés travaillent dans l'usine de Xiaomi.",
        [ev("headcount", 5000, "about", NONE)],
    ),
    (
        "es",
        "La fábrica de Xiaomi cuenta con 700 robots y unos 5.000 empleados.",
        [ev("headcount", 5000, "about", NONE)],
    ),
    # 2. the next figure's qualifier ------------------------------------------------------------
    (
        "nl",
        "De fabriek van Xiaomi heeft ongeveer 5.000 medewerkers en meer dan 700 robots.",
        [ev("headcount", 5000, "about", NONE)],
    ),
    (
        "nl",
        "Xiaomi heeft in de fabriek zo'n 5.000 werknemers en meer dan 700 robots in dienst.",
        [ev("headcount", 5000, "about", NONE)],
    ),
    (
        "de",
        "Das Werk von Xiaomi beschäftigt rund 5.000 Mitarbeiter und mehr als 700 Roboter.",
        [ev("headcount", 5000, "about", NONE)],
    ),
    (
        "it",
        "Nello stabilimento Xiaomi lavorano circa 5.000 dipendenti e oltre 700 robot.",
        [ev("headcount", 5000, "about", NONE)],
    ),
    (
        "de",
        "Xiaomi hat im Oktober 40.000 und mehr Fahrzeuge ausgeliefert.",
        [ev("deliveries", 40000, "more_than", OCT25)],
    ),
    (
        "nl",
        "Xiaomi leverde in oktober 40.000 en meer auto's af.",
        [ev("deliveries", 40000, "more_than", OCT25)],
    ),
    (
        "it",
        "Xiaomi ha consegnato a ottobre 40.000 e oltre auto.",
        [ev("deliveries", 40000, "more_than", OCT25)],
    ),
    # 3. a year-to-date span in the month's sentence -------------------------------------------
    (
        "es",
        "Xiaomi entregó más de 40.000 vehículos en octubre; de enero a octubre, sumó 180.000 "
        "unidades.",
        [ev("deliveries", 40000, "more_than", OCT25), ev("deliveries", 180000, "exact", JAN_OCT)],
    ),
    (
        "es",
        "En octubre Xiaomi entregó 40.000 coches, y de enero a octubre acumuló 180.000.",
        [ev("deliveries", 40000, "exact", OCT25), ev("deliveries", 180000, "exact", JAN_OCT)],
    ),
    (
        "es",
        "Xiaomi entregó 40.000 vehículos en octubre; entre enero y octubre, 180.000.",
        [ev("deliveries", 40000, "exact", OCT25), ev("deliveries", 180000, "exact", JAN_OCT)],
    ),
    (
        "es",
        "Xiaomi vendió 40.000 coches en octubre y, entre enero y octubre, 180.000.",
        [ev("deliveries", 40000, "exact", OCT25), ev("deliveries", 180000, "exact", JAN_OCT)],
    ),
    (
        "it",
        "Xiaomi ha consegnato 40.000 auto a ottobre e, da gennaio a ottobre, ha raggiunto quota "
        "180.000.",
        [ev("deliveries", 40000, "exact", OCT25), ev("deliveries", 180000, "exact", JAN_OCT)],
    ),
    (
        "it",
        "Xiaomi ha consegnato 40.000 auto a ottobre; tra gennaio e ottobre le consegne sono "
        "state 180.000.",
        [ev("deliveries", 40000, "exact", OCT25), ev("deliveries", 180000, "exact", JAN_OCT)],
    ),
    (
        "pt",
        "A Xiaomi entregou 40.000 carros em outubro e, de janeiro a outubro, entregou 180.000.",
        [ev("deliveries", 40000, "exact", OCT25), ev("deliveries", 180000, "exact", JAN_OCT)],
    ),
    (
        "fr",
        "Xiaomi a livré 40 000 véhicules en octobre et 180 000 entre janvier et octobre.",
        [ev("deliveries", 40000, "exact", OCT25), ev("deliveries", 180000, "exact", JAN_OCT)],
    ),
    (
        "de",
        "Xiaomi lieferte im Oktober 40.000 Autos aus und zwischen Januar und Oktober 180.000.",
        [ev("deliveries", 40000, "exact", OCT25), ev("deliveries", 180000, "exact", JAN_OCT)],
    ),
    # two months joined stay two months
    (
        "it",
        "Xiaomi ha consegnato 40.000 auto a ottobre e 25.000 a settembre.",
        [ev("deliveries", 40000, "exact", OCT25), ev("deliveries", 25000, "exact", SEP25)],
    ),
    (
        "es",
        "Xiaomi entregó 40.000 coches en octubre y 35.000 en septiembre.",
        [ev("deliveries", 40000, "exact", OCT25), ev("deliveries", 35000, "exact", SEP25)],
    ),
    # 4. sold N times ------------------------------------------------------------------------
    (
        "de",
        "Der Xiaomi SU7 wurde seit dem Marktstart 67.000 Mal verkauft.",
        [ev("deliveries", 67000, "exact", CUM)],
    ),
    (
        "de",
        "Xiaomi hat den SU7 seit dem Start 250.000 Mal verkauft.",
        [ev("deliveries", 250000, "exact", CUM)],
    ),
    (
        "de",
        "Der Xiaomi YU7 wurde seit seiner Markteinführung mehr als 150.000 Mal ausgeliefert.",
        [ev("deliveries", 150000, "more_than", CUM)],
    ),
    (
        "nl",
        "De Xiaomi SU7 is sinds de lancering 67.000 keer verkocht.",
        [ev("deliveries", 67000, "exact", CUM)],
    ),
    (
        "nl",
        "De Xiaomi YU7 is sinds de introductie al meer dan 150.000 keer geleverd.",
        [ev("deliveries", 150000, "more_than", CUM)],
    ),
    ("de", "Der Werbeclip des Xiaomi SU7 wurde 2 Millionen Mal angeklickt.", []),
    ("de", "Das Video zum Xiaomi SU7 wurde 67.000 Mal angesehen.", []),
    ("nl", "Het filmpje over de Xiaomi SU7 werd 2 miljoen keer bekeken.", []),
    # 5. after the first hour ------------------------------------------------------------------
    (
        "fr",
        "Xiaomi a reçu 200 000 commandes après la première heure pour le YU7.",
        [ev("orders", 200000, "exact", WINDOW)],
    ),
    (
        "fr",
        "Après la première heure, le Xiaomi YU7 avait déjà enregistré 240 000 commandes.",
        [ev("orders", 240000, "exact", WINDOW)],
    ),
    (
        "es",
        "Tras la primera hora, el Xiaomi YU7 sumaba 240.000 pedidos.",
        [ev("orders", 240000, "exact", WINDOW)],
    ),
    (
        "es",
        "Después de la primera hora, los pedidos del Xiaomi YU7 superaban los 240.000.",
        [ev("orders", 240000, "more_than", WINDOW)],
    ),
    (
        "it",
        "Dopo la prima ora, lo Xiaomi YU7 aveva raccolto 240.000 ordini.",
        [ev("orders", 240000, "exact", WINDOW)],
    ),
    (
        "pt",
        "Após a primeira hora, o Xiaomi YU7 somava 240.000 encomendas.",
        [ev("orders", 240000, "exact", WINDOW)],
    ),
    (
        "pt",
        "Depois da primeira hora, o Xiaomi YU7 já tinha 240.000 encomendas.",
        [ev("orders", 240000, "exact", WINDOW)],
    ),
    (
        "fr",
        "Le Xiaomi YU7 coûte 253 500 yuans après la première heure de promotion.",
        [ev("price", 253500, "exact", NONE)],
    ),
]


@pytest.mark.parametrize(("lang", "body", "want"), CASES)
def test_fix30b_langs(lang: str, body: str, want: list[tuple[Any, ...]]) -> None:
    assert _got(body, lang) == want


@pytest.mark.parametrize(
    ("lang", "body", "subjects"),
    [
        ("de", "Der Xiaomi SU7 wurde seit dem Marktstart 67.000 Mal verkauft.", [SU7]),
        ("nl", "De Xiaomi YU7 is sinds de introductie al meer dan 150.000 keer geleverd.", [YU7]),
        (
            "fr",
            "Après la première heure, le Xiaomi YU7 avait déjà enregistré 240 000 commandes.",
            [YU7],
        ),
        (
            "es",
            "Xiaomi entregó 40.000 vehículos en octubre; entre enero y octubre, 180.000.",
            [AUTO, AUTO],
        ),
        (
            "de",
            "Das Werk von Xiaomi beschäftigt rund 5.000 Mitarbeiter und mehr als 700 Roboter.",
            [GROUP],
        ),
    ],
)
def test_fix30b_subjects(lang: str, body: str, subjects: list[str]) -> None:
    assert _subjects(body, lang) == subjects
