"""fix25c: families of the seven European languages (de, fr, es, it, pt, nl, pl).

The month before, told after the reported month: "…, après plus de 38 000 en octobre", "tras
más de 35.000 en septiembre", "abaixo dos 52 mil de dezembro" (in a January report: December
of the year before), "tegen ruim 40.000 in november", "In december werden het er ruim
50.000": each month its own figure, in its own month.

Negatives: an inverted conditional opening the sentence ("Würde ein SU7 hier für 40.000 Euro
angeboten, …") gives no price; a Polish "Przeczytaj także:" line is another story's headline.
A previous generation's starting price ("Poprzednia generacja startowała od …") is a price of
the model: the model keeps its name across generations, and an old price before a cut is a
price too (the price is told with no period, as every list price).

Sentences written for this project.
"""

import datetime as dt
from typing import Any

from test_metrics_review import check
from test_metrics_review8 import AUTO, MORE, SU7, YU7, case, dlv, month, price, run

D = dt.date
ABOUT = "about"

MONTH_BEFORE = [
    case(
        "Xiaomi a livré 46 000 voitures en novembre, après 38 000 en octobre.",
        D(2025, 12, 1),
        "fr",
        [dlv(AUTO, 46000, **month(2025, 11)), dlv(AUTO, 38000, **month(2025, 10))],
    ),
    case(
        "En octobre, Xiaomi a livré plus de 40 000 voitures, après un peu plus de 35 000 en "
        "septembre.",
        D(2025, 11, 3),
        "fr",
        [dlv(AUTO, 40000, MORE, **month(2025, 10)), dlv(AUTO, 35000, MORE, **month(2025, 9))],
    ),
    case(
        "Xiaomi entregó más de 40.000 coches en octubre, tras más de 35.000 en septiembre.",
        D(2025, 11, 3),
        "es",
        [dlv(AUTO, 40000, MORE, **month(2025, 10)), dlv(AUTO, 35000, MORE, **month(2025, 9))],
    ),
    case(
        "Xiaomi entregó 41.000 coches en enero, frente a los 52.000 de diciembre.",
        D(2026, 2, 2),
        "es",
        [dlv(AUTO, 41000, **month(2026, 1)), dlv(AUTO, 52000, **month(2025, 12))],
    ),
    case(
        "A Xiaomi entregou 41 mil veículos em janeiro, abaixo dos 52 mil de dezembro.",
        D(2026, 2, 2),
        "pt",
        [dlv(AUTO, 41000, **month(2026, 1)), dlv(AUTO, 52000, **month(2025, 12))],
    ),
    case(
        "A Xiaomi entregou mais de 41 mil carros em outubro, acima dos 38.500 de setembro.",
        D(2025, 11, 2),
        "pt",
        [dlv(AUTO, 41000, MORE, **month(2025, 10)), dlv(AUTO, 38500, **month(2025, 9))],
    ),
    case(
        "A Xiaomi entregou mais de 40 mil carros em outubro, após mais de 35 mil em setembro.",
        D(2025, 11, 3),
        "pt",
        [dlv(AUTO, 40000, MORE, **month(2025, 10)), dlv(AUTO, 35000, MORE, **month(2025, 9))],
    ),
    case(
        "Xiaomi ha consegnato oltre 40.000 auto a ottobre, dopo oltre 35.000 a settembre.",
        D(2025, 11, 3),
        "it",
        [dlv(AUTO, 40000, MORE, **month(2025, 10)), dlv(AUTO, 35000, MORE, **month(2025, 9))],
    ),
    case(
        "Xiaomi hat im Oktober mehr als 40.000 Autos ausgeliefert, nach mehr als 35.000 im "
        "September.",
        D(2025, 11, 3),
        "de",
        [dlv(AUTO, 40000, MORE, **month(2025, 10)), dlv(AUTO, 35000, MORE, **month(2025, 9))],
    ),
    case(
        "Xiaomi leverde in november 46.000 auto's af, tegen ruim 38.000 in oktober.",
        D(2025, 12, 1),
        "nl",
        [dlv(AUTO, 46000, **month(2025, 11)), dlv(AUTO, 38000, MORE, **month(2025, 10))],
    ),
    case(
        "Xiaomi leverde in 2025 ruim 410.000 auto's af. In december werden het er ruim 50.000, "
        "tegen bijna 40.000 in november.",
        D(2026, 1, 5),
        "nl",
        [
            dlv(AUTO, 410000, MORE, period_kind="year"),
            dlv(AUTO, 50000, MORE, **month(2025, 12)),
            dlv(AUTO, 40000, ABOUT, **month(2025, 11)),
        ],
    ),
    case(
        "W październiku Xiaomi dostarczyło 40 tys. aut, po 35 tys. we wrześniu.",
        D(2025, 11, 3),
        "pl",
        [dlv(AUTO, 40000, **month(2025, 10)), dlv(AUTO, 35000, **month(2025, 9))],
    ),
    # a date is no month of a figure ("a partir de dezembro": when deliveries begin)
    case(
        "As entregas do YU7 começam a partir de dezembro, com preço de 253.500 yuans.",
        D(2025, 11, 2),
        "pt",
        [price(YU7, 253500, period_kind="none")],
    ),
]

NEGATIVES = [
    case(
        "Würde ein SU7 hier für 40.000 Euro angeboten, hätten es die deutschen Hersteller schwer.",
        D(2026, 2, 3),
        "de",
        [],
    ),
    case(
        "Wäre der YU7 in Deutschland für 45.000 Euro zu haben, würde er Tesla Kunden abjagen.",
        D(2026, 2, 3),
        "de",
        [],
    ),
    case(
        "Würden wir hier 30.000 Autos im Jahr verkaufen, wären wir zufrieden.",
        D(2026, 2, 3),
        "de",
        [],
    ),
    case(
        "Würde ein Xiaomi SU7 hier für 40.000 Euro angeboten? In China kostet der SU7 215.900 "
        "Yuan.",
        D(2026, 2, 3),
        "de",
        [price(SU7, 215900)],
    ),
    case(
        "Xiaomi SU7 startuje od 215,9 tys. juanów.\n\nPrzeczytaj także: Xiaomi YU7 – 289 tys. "
        "zamówień w godzinę",
        D(2025, 10, 1),
        "pl",
        [price(SU7, 215900)],
    ),
    case(
        "Nowy YU7 kosztuje 253,5 tys. juanów. Poprzednia generacja startowała od 215,9 tys. "
        "juanów.",
        D(2026, 4, 15),
        "pl",
        [price(YU7, 253500), price(YU7, 215900)],
    ),
    case("Sprzedaż startuje od 15 marca.", D(2026, 3, 1), "pl", []),
]


@run(MONTH_BEFORE)
def test_month_before(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


@run(NEGATIVES)
def test_negatives(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)
