"""fix24c: two families of the thirteen languages.

A running total told with a verb of adding up, in Spanish and Portuguese.

"la empresa suma más de N coches", "acumula ya N unidades", "a Xiaomi soma N carros": the
verb adds the cars up, so the figure is the deliveries to date even with no delivery word.
The verb alone is not enough: money, orders, kilometres or a rival's cars stay as they were.

A base amount with no currency after a bracketed conversion: "39.900 millones de yuanes (unos
4.800 millones de euros) ..., frente a los 6.400 millones de 2024" is in yuan, the currency of
the amount the bracket converts, not the reader's currency of the bracket.

A level a figure rose or fell to, told with the word that also means "up to": "steeg de omzet
van de autodivisie tot 29 miljard yuan" is the new level (exact), not a ceiling, even with
the verb far before "tot".

The base "in the same quarter of 2024" (and period, month) is the sentence's quarter in 2024,
not the whole year 2024, as English reads it.

A running total's date told as "by the end of <month>" in European Portuguese ("até ao fim de
outubro") and Italian ("alla fine di settembre", "fino alla fine di ottobre").

Sentences written for this project.
"""

import datetime as dt
from typing import Any

from test_metrics_review import check, ev
from test_metrics_review8 import ABOUT, AUTO, GROUP, MORE, case, dlv, money, quarter, run, total_to

from pipelines.core.metrics import extract_events

D = dt.date

RUNNING_TOTALS = [
    case(
        "Hasta el 30 de septiembre, Xiaomi suma más de 400.000 coches desde el estreno del SU7.",
        D(2025, 10, 3),
        "es",
        [dlv(AUTO, 400000, MORE, **total_to(D(2025, 9, 30)))],
    ),
    case(
        "A finales de agosto la marca acumulaba ya más de 350.000 vehículos desde su debut. "
        "Xiaomi lo celebró en Pekín.",
        D(2025, 9, 2),
        "es",
        [dlv(AUTO, 350000, MORE, **total_to(D(2025, 8, 31)))],
        xf="'la marca' before Xiaomi is named (in the next sentence): no subject yet, nothing "
        "comes out (with 'había entregado' as well)",
    ),
    case(
        "Xiaomi totaliza ya casi 300.000 unidades hasta el 31 de julio.",
        D(2025, 8, 2),
        "es",
        [dlv(AUTO, 300000, ABOUT, **total_to(D(2025, 7, 31)))],
    ),
    case(
        "Até 31 de outubro, a Xiaomi soma mais de 450.000 carros desde o lançamento do SU7.",
        D(2025, 11, 3),
        "pt",
        [dlv(AUTO, 450000, MORE, **total_to(D(2025, 10, 31)))],
    ),
    case(
        "Até ao fim de outubro, a Xiaomi acumula mais de 450.000 veículos desde a estreia.",
        D(2025, 11, 3),
        "pt",
        [dlv(AUTO, 450000, MORE, **total_to(D(2025, 10, 31)))],
    ),
    case(
        "A Xiaomi já acumulava, até 30 de setembro, mais de 400 mil carros desde o lançamento.",
        D(2025, 10, 2),
        "pt",
        [dlv(AUTO, 400000, MORE, **total_to(D(2025, 9, 30)))],
    ),
]

NEGATIVES = [
    # money, orders and a rival's cars: the verb of adding up is no delivery
    case(
        "Xiaomi suma 5.000 millones de yuanes de pérdidas en su negocio de coches.",
        D(2025, 11, 3),
        "es",
        [],
    ),
    case("El YU7 acumula más de 240.000 pedidos firmes.", D(2025, 11, 3), "es", []),
    case("El SU7 de pruebas acumula 120.000 kilómetros en Nürburgring.", D(2025, 11, 3), "es", []),
    case(
        "BYD suma más de 4.000.000 coches este año, muy por delante de Xiaomi.",
        D(2025, 11, 3),
        "es",
        [],
    ),
    case("A Xiaomi acumula mais de 240.000 pedidos do YU7.", D(2025, 11, 3), "pt", []),
]


@run(RUNNING_TOTALS)
def test_running_total_added_up(
    text: str, published: dt.date, lang: str | None, want: list[Any]
) -> None:
    check(text, published, lang, want)


@run(NEGATIVES)
def test_adding_up_without_cars(
    text: str, published: dt.date, lang: str | None, want: list[Any]
) -> None:
    events = extract_events(text, published=published, language=lang)
    assert not [e for e in events if e.metric == "deliveries"], events


Q2_25, Q3_25, Q3_24 = quarter(2025, 2), quarter(2025, 3), quarter(2024, 3)
NOV19 = D(2025, 11, 19)

CONVERTED_THEN_BASE = [
    case(
        "El negocio de coches de Xiaomi facturó 29.000 millones de yuanes (unos 3.500 millones "
        "de euros) en el tercer trimestre, frente a los 9.700 millones del mismo trimestre de "
        "2024.",
        NOV19,
        "es",
        [money("revenue", 29e9, **Q3_25), money("revenue", 9.7e9, **Q3_24)],
    ),
    case(
        "Las ventas de la división de coches de Xiaomi alcanzaron 29.000 millones de yuanes "
        "(4.000 millones de dólares) entre julio y septiembre, frente a 9.700 millones en el "
        "tercer trimestre de 2024.",
        NOV19,
        "es",
        [money("revenue", 29e9, **Q3_25), money("revenue", 9.7e9, **Q3_24)],
    ),
    case(
        "Xiaomis Autosparte setzte im dritten Quartal 29 Milliarden Yuan (rund 3,5 Milliarden "
        "Euro) um, nach 21,3 Milliarden im zweiten Quartal.",
        NOV19,
        "de",
        [money("revenue", 29e9, **Q3_25), money("revenue", 21.3e9, **Q2_25)],
    ),
    case(
        "Il segmento auto di Xiaomi ha fatturato 29 miliardi di yuan (circa 3,5 miliardi di "
        "euro) nel terzo trimestre, contro i 9,7 miliardi di un anno prima.",
        NOV19,
        "it",
        [money("revenue", 29e9, **Q3_25), money("revenue", 9.7e9, **Q3_24)],
    ),
    case(
        "La division automobile de Xiaomi a réalisé 29 milliards de yuans (environ 3,5 "
        "milliards d'euros) de chiffre d'affaires au troisième trimestre, contre 9,7 milliards "
        "un an plus tôt.",
        NOV19,
        "fr",
        [money("revenue", 29e9, **Q3_25), money("revenue", 9.7e9, **Q3_24)],
    ),
]


@run(CONVERTED_THEN_BASE)
def test_base_after_a_conversion_keeps_the_converted_currency(
    text: str, published: dt.date, lang: str | None, want: list[Any]
) -> None:
    check(text, published, lang, want)


def test_an_amount_in_the_readers_currency_stays_so() -> None:
    # no bracket: the second amount follows one in euros and is in euros
    events = extract_events(
        "Xiaomi invierte 1.500 millones de euros en Europa y otros 2.000 millones en 2026.",
        published=NOV19,
        language="es",
    )
    assert all(e.unit != "CNY" for e in events), events


RISEN_TO = [
    case(
        "In het derde kwartaal steeg de omzet van de autotak van Xiaomi tot 29 miljard yuan.",
        NOV19,
        "nl",
        [money("revenue", 29e9, **Q3_25)],
    ),
    case(
        "De omzet van de autodivisie van Xiaomi groeide in het tweede kwartaal flink, tot 21,3 "
        "miljard yuan.",
        NOV19,
        "nl",
        [money("revenue", 21.3e9, **Q2_25)],
    ),
    # the neighbours (fr and it were read as up_to before this rule; es, pt, de already held)
    case(
        "Au troisième trimestre, le chiffre d'affaires de la division automobile de Xiaomi a "
        "grimpé jusqu'à 29 milliards de yuans.",
        NOV19,
        "fr",
        [money("revenue", 29e9, **Q3_25)],
    ),
    case(
        "Nel terzo trimestre i ricavi della divisione auto di Xiaomi sono saliti fino a 29 "
        "miliardi di yuan.",
        NOV19,
        "it",
        [money("revenue", 29e9, **Q3_25)],
    ),
    case(
        "En el tercer trimestre, los ingresos de la división de coches de Xiaomi subieron hasta "
        "29.000 millones de yuanes.",
        NOV19,
        "es",
        [money("revenue", 29e9, **Q3_25)],
    ),
    case(
        "Im dritten Quartal stieg der Umsatz der Autosparte von Xiaomi bis auf 29 Milliarden Yuan.",
        NOV19,
        "de",
        [money("revenue", 29e9, **Q3_25)],
    ),
]


@run(RISEN_TO)
def test_the_level_risen_to_is_exact(
    text: str, published: dt.date, lang: str | None, want: list[Any]
) -> None:
    check(text, published, lang, want)


def test_a_ceiling_stays_up_to() -> None:
    # no verb of change: "tot 30.000 auto's per maand" is a ceiling
    events = extract_events(
        "Xiaomi kan in de nieuwe fabriek tot 30.000 auto's per maand bouwen.",
        published=NOV19,
        language="nl",
    )
    assert all(e.qualifier == "up_to" for e in events), events


Q3_DLV_24 = dlv(AUTO, 39790, **Q3_24)
SAME_QUARTER_OF_YEAR = [
    case(
        "Xiaomi entregó 108.796 coches en el tercer trimestre, frente a 39.790 en el mismo "
        "trimestre de 2024.",
        NOV19,
        "es",
        [dlv(AUTO, 108796, **Q3_25), Q3_DLV_24],
    ),
    case(
        "A Xiaomi entregou 108.796 carros no terceiro trimestre, contra 39.790 no mesmo "
        "trimestre de 2024.",
        NOV19,
        "pt",
        [dlv(AUTO, 108796, **Q3_25), Q3_DLV_24],
    ),
    case(
        "Xiaomi a livré 108 796 voitures au troisième trimestre, contre 39 790 au même "
        "trimestre de 2024.",
        NOV19,
        "fr",
        [dlv(AUTO, 108796, **Q3_25), Q3_DLV_24],
    ),
    case(
        "Xiaomi ha consegnato 108.796 auto nel terzo trimestre, contro le 39.790 dello stesso "
        "trimestre del 2024.",
        NOV19,
        "it",
        [dlv(AUTO, 108796, **Q3_25), Q3_DLV_24],
    ),
    case(
        "Xiaomi lieferte im dritten Quartal 108.796 Autos aus, nach 39.790 im gleichen Quartal "
        "2024.",
        NOV19,
        "de",
        [dlv(AUTO, 108796, **Q3_25), Q3_DLV_24],
    ),
]


@run(SAME_QUARTER_OF_YEAR)
def test_the_same_quarter_of_a_year(
    text: str, published: dt.date, lang: str | None, want: list[Any]
) -> None:
    check(text, published, lang, want)


def test_a_whole_year_named_stays_the_year() -> None:
    # no "same quarter": "en todo 2024" is the year
    events = extract_events(
        "Xiaomi entregó 136.854 coches en todo 2024.", published=NOV19, language="es"
    )
    assert [(e.value, e.period_kind) for e in events] == [(136854.0, "year")], events


END_OF_MONTH_TOTALS = [
    case(
        "Até ao final de setembro, a Xiaomi tinha entregado mais de 400.000 carros desde a "
        "estreia.",
        D(2025, 10, 2),
        "pt",
        [dlv(AUTO, 400000, MORE, **total_to(D(2025, 9, 30)))],
    ),
    case(
        "Alla fine di settembre Xiaomi aveva consegnato oltre 400.000 auto dal lancio.",
        D(2025, 10, 2),
        "it",
        [dlv(AUTO, 400000, MORE, **total_to(D(2025, 9, 30)))],
        xf="'alla fine di settembre' alone gives the total no date ('fino alla fine di' does): "
        "a longer period cue over 'fine di settembre' wins over the as_of word",
    ),
    case(
        "Fino alla fine di ottobre Xiaomi ha consegnato più di 450.000 auto dal lancio.",
        D(2025, 11, 3),
        "it",
        [dlv(AUTO, 450000, MORE, **total_to(D(2025, 10, 31)))],
    ),
]


@run(END_OF_MONTH_TOTALS)
def test_a_total_to_the_end_of_a_month(
    text: str, published: dt.date, lang: str | None, want: list[Any]
) -> None:
    check(text, published, lang, want)


# German compounds for the car segment ("Elektroautosparte", "E-Auto-Sparte", "Autosparte"):
# already read as the car business on main; kept as guards
GERMAN_SEGMENT_COMPOUNDS = [
    case(
        "Xiaomi steigerte den Konzernumsatz auf 113 Milliarden Yuan; die Elektroautosparte "
        "trug im dritten Quartal 29 Milliarden Yuan bei.",
        NOV19,
        "de",
        [
            ev(GROUP, metric="revenue", value=113e9, unit="CNY"),
            money("revenue", 29e9, **Q3_25),
        ],
        xf="not the compound (same with 'Autosparte'): 'trug im dritten Quartal 29 Milliarden "
        "Yuan bei' has no money word of its own and the period between cuts it off the group's "
        "revenue before (without 'im dritten Quartal', or with 'zum Umsatz', it holds)",
    ),
    case(
        "Der Umsatz der E-Auto-Sparte von Xiaomi stieg im dritten Quartal auf 29 Milliarden Yuan.",
        NOV19,
        "de",
        [money("revenue", 29e9, **Q3_25)],
    ),
    case(
        "Xiaomi legte Zahlen vor. Die Elektroautosparte lieferte im dritten Quartal 108.796 "
        "Fahrzeuge aus.",
        NOV19,
        "de",
        [dlv(AUTO, 108796, **Q3_25)],
    ),
]


@run(GERMAN_SEGMENT_COMPOUNDS)
def test_german_segment_compounds(
    text: str, published: dt.date, lang: str | None, want: list[Any]
) -> None:
    check(text, published, lang, want)
