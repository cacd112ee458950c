"""fix24c: a running total told with a verb of adding up, in Spanish and Portuguese.

"la empresa suma más de N coches", "acumula ya N unidades", "a Xiaomi soma N carros": the
verb adds the cars up, so the figure is the deliveries to date even with no delivery word.
The verb alone is not enough: money, orders, kilometres or a rival's cars stay as they were.
Sentences written for this project.
"""

import datetime as dt
from typing import Any

from test_metrics_review import check
from test_metrics_review8 import ABOUT, AUTO, MORE, case, dlv, run, total_to

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
        xf="'la marca' before Xiaomi is named: no subject yet (and 'a finales de agosto' is not "
        "read as the total's end, with 'había entregado' as well): nothing comes out",
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
        xf="'até ao fim de outubro' is not read as the total's end (with 'entregou' as well): "
        "the total gets no date",
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
