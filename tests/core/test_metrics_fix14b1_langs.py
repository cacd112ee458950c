"""Families of misses in de, fr, es, it, pt, nl, pl (fix14b1), each with sentences written for
this file, expectations set before the extractor ran:

- a revised target told after its earlier level ("Jahresziel von 300.000 … hob … auf 350.000
  an", "relevé … à 350 000", "elevó … a 350.000"): two targets of the same year;
- a conversion into the reader's currency after "that is" ("czyli około 130 tys. zł", "soit
  environ 26 000 euros"): one price, in yuan;
- a list of amounts that shares the currency of the last ("respectivement 245 900 et 299 900
  yuans"): each a price;
- a plant that "schafft" / "kan … maken" so many cars a year: a capacity;
- "im Vormonat" in a sentence a running total to a month's end opens: the month before the one
  named beside the figure;
- a forecast sentence, then "the bank estimates about 400,000 vehicles" for another year: a
  forecast too; a columnist's "skończy rok z wynikiem około 400 tys.": a forecast of the year;
- orders "that can no longer be cancelled" (pl), "assorties d'un acompte non remboursable"
  (fr): locked orders, in their launch window;
- an annual target beside a running total of some months: the year's target;
- a running total "dal debutto della SU7", "vooral van de sedan SU7" past a comma: the
  company's, the model only dates or colours it; a rival "sfidato" in an aside owns nothing;
- a remaining gap to a goal ("le faltan unas 130.000 para"): no event;
- a plant "da 150.000 vetture l'anno": a capacity; a phase that "moet … klaar zijn": planned;
- another quarter's figure in a labelled bracket ("(Vorquartal: 20,6 Mrd.)", "(eerste
  kwartaal: 18,1 miljard yuan)"): the same measure, of that quarter, in the same currency.
Conventions as in test_metrics_review8.py (helpers imported).
"""

import datetime as dt
from typing import Any

import pytest
from test_metrics_review import check, ev
from test_metrics_review8 import ABOUT, AUTO, MORE, SU7, ULTRA, YU7, month, quarter, year

D = dt.date
PUB = D(2025, 11, 5)


def goal(value: float, **fields: Any) -> dict[str, Any]:
    return ev(AUTO, metric="delivery_target", value=value, status="target", **fields)


def price(subject: str, value: float) -> dict[str, Any]:
    return ev(subject, metric="price", value=value, unit="CNY")


def cap(value: float, **fields: Any) -> dict[str, Any]:
    return ev(AUTO, metric="production_capacity", value=value, period_kind="rate", **fields)


def fcst(value: float, **fields: Any) -> dict[str, Any]:
    return ev(AUTO, metric="deliveries", value=value, status="forecast", **fields)


CASES = [
    # --- a revised target: the earlier level and the new one, both the year's -----------------
    (
        "Das ursprüngliche Jahresziel von 300.000 Fahrzeugen hob Lei Jun schon im März auf "
        "350.000 an.",
        "de",
        [goal(300000, **year(2025)), goal(350000, **year(2025))],
    ),
    (
        "Das Jahresziel von Xiaomi wurde im April von 300.000 auf 350.000 Autos angehoben.",
        "de",
        [goal(300000, **year(2025)), goal(350000, **year(2025))],
    ),
    (
        "L'objectif annuel de Xiaomi, fixé à 300 000 voitures, a été relevé en mars à 350 000.",
        "fr",
        [goal(300000, **year(2025)), goal(350000, **year(2025))],
    ),
    (
        "El objetivo anual de 300.000 coches lo elevó Lei Jun en marzo a 350.000.",
        "es",
        [goal(300000, **year(2025)), goal(350000, **year(2025))],
    ),
    (
        "L'obiettivo annuale di Xiaomi di 300.000 auto è stato alzato a marzo a 350.000.",
        "it",
        [goal(300000, **year(2025)), goal(350000, **year(2025))],
    ),
    (
        "A meta anual da Xiaomi de 300 mil carros foi elevada em março para 350 mil.",
        "pt",
        [goal(300000, **year(2025)), goal(350000, **year(2025))],
    ),
    (
        "Het jaardoel van Xiaomi van 300.000 auto's werd in maart verhoogd naar 350.000.",
        "nl",
        [goal(300000, **year(2025)), goal(350000, **year(2025))],
    ),
    (
        "Roczny cel 300 tys. aut Xiaomi podniosło w marcu do 350 tys.",
        "pl",
        [goal(300000, **year(2025)), goal(350000, **year(2025))],
    ),
    # negative: a target, then a capacity raised "to" a level: no second target
    (
        "Xiaomi vise 350 000 livraisons cette année et a porté sa capacité à 40 000 voitures "
        "par mois.",
        "fr",
        [goal(350000, **year(2025)), cap(40000)],
    ),
    # --- a conversion after "that is": one price in yuan ----------------------------------------
    (
        "SU7 kosztuje 215 900 juanów, czyli około 110 tys. złotych.",
        "pl",
        [price(SU7, 215900)],
    ),
    (
        "Model YU7 od Xiaomi kosztuje 253 500 juanów, czyli 130 tys. zł.",
        "pl",
        [price(YU7, 253500)],
    ),
    (
        "La SU7 coûte 215 900 yuans, soit environ 25 800 euros.",
        "fr",
        [price(SU7, 215900)],
    ),
    # negative: two yuan prices after "soit" stay two (same currency: no conversion)
    (
        "La SU7 coûte 215 900 yuans, soit 30 000 yuans de moins que la SU7 Pro à 245 900 yuans.",
        "fr",
        [price(SU7, 215900), price(SU7, 245900)],
    ),
    # --- amounts listed, the currency said once at the end -------------------------------------
    (
        "Die Versionen Pro und Max des SU7 kosten 245.900 und 299.900 Yuan.",
        "de",
        [price(SU7, 245900), price(SU7, 299900)],
    ),
    (
        "Las versiones Pro y Max del SU7 cuestan 245.900 y 299.900 yuanes, respectivamente.",
        "es",
        [price(SU7, 245900), price(SU7, 299900)],
    ),
    (
        "La SU7 Pro et la SU7 Max coûtent respectivement 245 900 et 299 900 yuans.",
        "fr",
        [price(SU7, 245900), price(SU7, 299900)],
    ),
    # --- a plant's capacity a year ---------------------------------------------------------------
    (
        "Das Werk von Xiaomi schafft rund 25.000 Fahrzeuge pro Monat.",
        "de",
        [cap(25000, qualifier=ABOUT)],
    ),
    (
        "De fabriek van Xiaomi kan jaarlijks 150.000 auto's maken.",
        "nl",
        [cap(150000)],
    ),
    # negative: "schafft" with a month's deliveries is no capacity
    (
        "Xiaomi schafft im Oktober 40.000 Auslieferungen.",
        "de",
        [ev(AUTO, metric="deliveries", value=40000, **month(2025, 10))],
    ),
    # --- the month before the one named, in a sentence a running total opens ------------------
    (
        "Xiaomi legt zu. Seit dem Marktstart hat der Konzern bis Ende September rund 440.000 "
        "Elektroautos ausgeliefert, im September waren es 41.000, nach 39.000 im Vormonat.",
        "de",
        [
            ev(AUTO, metric="deliveries", value=440000, qualifier=ABOUT, period_kind="cumulative"),
            ev(AUTO, metric="deliveries", value=41000, **month(2025, 9)),
            ev(AUTO, metric="deliveries", value=39000, **month(2025, 8)),
        ],
    ),
    # --- an estimate after a forecast; a columnist's year-end guess ----------------------------
    (
        "O Itaú prevê que a Xiaomi entregue 560 mil carros em 2026. Para este ano, o banco "
        "estima cerca de 400 mil veículos.",
        "pt",
        [fcst(560000, **year(2026)), fcst(400000, qualifier=ABOUT, **year(2025))],
    ),
    (
        "Goldman Sachs prevé que Xiaomi entregue 550.000 coches en 2026. Para este año, el banco "
        "estima unos 400.000 vehículos.",
        "es",
        [fcst(550000, **year(2026)), fcst(400000, qualifier=ABOUT, **year(2025))],
    ),
    # negative: a bare count of vehicles with no estimate word is no forecast
    (
        "O Itaú prevê que a Xiaomi entregue 560 mil carros em 2026. A fábrica tem 300 mil "
        "veículos.",
        "pt",
        [fcst(560000, **year(2026))],
    ),
    (
        "Xiaomi chce w tym roku dostarczyć 350 tys. samochodów. Według mnie firma skończy ten "
        "rok z wynikiem około 420 tys. aut.",
        "pl",
        [goal(350000, **year(2025)), fcst(420000, qualifier=ABOUT, **year(2025))],
    ),
    # negative: a year closed in the past is an actual
    (
        "Xiaomi zakończyło rok 2024 z wynikiem 136 854 aut.",
        "pl",
        [ev(AUTO, metric="deliveries", value=136854, status="actual", **year(2024))],
    ),
    # --- orders that can no longer be cancelled -------------------------------------------------
    (
        "Model YU7 kosztuje 253 500 juanów – mniej niż Model Y. W ciągu 18 godzin od premiery "
        "klienci złożyli ponad 240 tys. zamówień, których nie można już anulować.",
        "pl",
        [
            price(YU7, 253500),
            ev(YU7, metric="locked_orders", value=240000, qualifier=MORE, period_kind="window"),
        ],
    ),
    # --- orders with a deposit not refunded, in the first hour(s) --------------------------------
    (
        "Dans les deux heures qui ont suivi sa présentation, la SU7 Ultra de Xiaomi a recueilli "
        "12 000 commandes accompagnées d'un dépôt non remboursable.",
        "fr",
        [ev(ULTRA, metric="locked_orders", value=12000, status="actual", period_kind="window")],
    ),
    (
        "Dans l'heure qui a suivi le lancement, Xiaomi a enregistré 15 000 commandes assorties "
        "d'un acompte non remboursable.",
        "fr",
        [ev(AUTO, metric="locked_orders", value=15000, status="actual", period_kind="window")],
    ),
    # --- an annual target beside a running total -------------------------------------------------
    (
        "Nei primi otto mesi Xiaomi ha consegnato oltre 220.000 auto, il 63% dell'obiettivo "
        "annuale di 350.000.",
        "it",
        [
            ev(AUTO, metric="deliveries", value=220000, qualifier=MORE, period_kind="cumulative"),
            goal(350000, **year(2025)),
        ],
    ),
    (
        "In den ersten acht Monaten lieferte Xiaomi über 220.000 Autos aus, 63 Prozent des "
        "Jahresziels von 350.000.",
        "de",
        [
            ev(AUTO, metric="deliveries", value=220000, qualifier=MORE, period_kind="cumulative"),
            goal(350000, **year(2025)),
        ],
    ),
    # --- the model after the figure does not own it ---------------------------------------------
    (
        "A fine agosto Xiaomi aveva consegnato oltre 350.000 auto dal lancio della SU7.",
        "it",
        [
            ev(
                AUTO,
                metric="deliveries",
                value=350000,
                qualifier=MORE,
                period_kind="cumulative",
                as_of=D(2025, 8, 31),
            )
        ],
    ),
    (
        "In juli leverde Xiaomi ruim 30.000 auto's af, vooral van de nieuwe YU7.",
        "nl",
        [ev(AUTO, metric="deliveries", value=30000, qualifier=MORE, **month(2025, 7))],
    ),
    (
        "O Citi elevou sua projeção para as entregas da Xiaomi em 2026 para 560 mil unidades, "
        "citando a procura pelo SU7.",
        "pt",
        [fcst(560000, **year(2026))],
    ),
    # negative: the model counted right after the figure owns it
    (
        "En julio Xiaomi vendió 30.000 unidades del YU7.",
        "es",
        [ev(YU7, metric="deliveries", value=30000, **month(2025, 7))],
    ),
    (
        "La YU7, il SUV con cui Xiaomi sfida Tesla, costa 253.500 yuan.",
        "it",
        [price(YU7, 253500)],
    ),
    (
        "El YU7, el SUV con el que Xiaomi desafía a Tesla, cuesta 253.500 yuanes.",
        "es",
        [price(YU7, 253500)],
    ),
    # --- a remaining gap ----------------------------------------------------------------------------
    (
        "Desde enero Xiaomi acumula más de 220.000 entregas, por lo que le faltan unas 130.000 "
        "para alcanzar su meta anual de 350.000 unidades.",
        "es",
        [
            ev(AUTO, metric="deliveries", value=220000, qualifier=MORE, period_kind="cumulative"),
            goal(350000, **year(2025)),
        ],
    ),
    (
        "Da gennaio Xiaomi ha consegnato oltre 220.000 auto: gli mancano circa 130.000 per "
        "l'obiettivo di 350.000.",
        "it",
        [
            ev(AUTO, metric="deliveries", value=220000, qualifier=MORE, period_kind="cumulative"),
            goal(350000),
        ],
    ),
    # --- a plant's capacity; a planned phase ---------------------------------------------------
    (
        "Xiaomi costruisce un nuovo impianto, da 200.000 auto all'anno.",
        "it",
        [cap(200000)],
    ),
    # negative: deliveries "from 30,000 a month to 40,000" are no capacity
    (
        "Xiaomi ha consegnato da 30.000 auto al mese a 40.000.",
        "it",
        [
            ev(AUTO, metric="deliveries", value=30000),
            ev(AUTO, metric="deliveries", value=40000),
        ],
    ),
    (
        "Een tweede fabriek van Xiaomi, die de capaciteit met nog eens 150.000 auto's per jaar "
        "verhoogt, moet volgend jaar klaar zijn.",
        "nl",
        [cap(150000, status="target")],
    ),
    # --- a running total of cars that "went to the customers" ----------------------------------
    (
        "Xiaomi: Seit Jahresbeginn gingen bis Ende September rund 260.000 Fahrzeuge an Kunden.",
        "de",
        [
            ev(
                AUTO,
                metric="deliveries",
                value=260000,
                qualifier=ABOUT,
                period_kind="cumulative",
                period_start=D(2025, 1, 1),
                period_end=D(2025, 9, 30),
                as_of=D(2025, 9, 30),
            )
        ],
    ),
    (
        "Seit Jahresbeginn kamen bei Xiaomi bis Ende August schon über 220.000 Autos zu den "
        "Kunden.",
        "de",
        [
            ev(
                AUTO,
                metric="deliveries",
                value=220000,
                qualifier=MORE,
                period_kind="cumulative",
                period_start=D(2025, 1, 1),
                as_of=D(2025, 8, 31),
            )
        ],
    ),
    # negative: coupons sent to the customers are no cars
    ("Xiaomi verschickte an die Kunden 20.000 Gutscheine.", "de", []),
    # --- another quarter's figure in a labelled bracket -----------------------------------------
    (
        "Die Autosparte von Xiaomi erzielte im dritten Quartal einen Umsatz von 28,3 Mrd. Yuan "
        "(Vorquartal: 20,6 Mrd.).",
        "de",
        [
            ev(AUTO, metric="revenue", value=28.3e9, unit="CNY", **quarter(2025, 3)),
            ev(AUTO, metric="revenue", value=20.6e9, unit="CNY", **quarter(2025, 2)),
        ],
    ),
    (
        "Xiaomi lieferte im dritten Quartal 108.796 Autos aus (Vorquartal: 81.302).",
        "de",
        [
            ev(AUTO, metric="deliveries", value=108796, **quarter(2025, 3)),
            ev(AUTO, metric="deliveries", value=81302, **quarter(2025, 2)),
        ],
    ),
    (
        "De autodivisie van Xiaomi boekte in het tweede kwartaal een omzet van 20,6 miljard yuan "
        "(eerste kwartaal: 18,1 miljard yuan).",
        "nl",
        [
            ev(AUTO, metric="revenue", value=20.6e9, **quarter(2025, 2)),
            ev(AUTO, metric="revenue", value=18.1e9, **quarter(2025, 1)),
        ],
    ),
    # negative: a conversion in brackets stays one price
    (
        "De YU7 van Xiaomi kost 253.500 yuan (omgerekend: 30.300 euro).",
        "nl",
        [price(YU7, 253500)],
    ),
]


@pytest.mark.parametrize(("text", "lang", "want"), CASES)
def test_fix14b1_families(text: str, lang: str, want: list[dict[str, Any]]) -> None:
    check(text, PUB, lang, want)
