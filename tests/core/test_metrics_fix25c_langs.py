"""fix25c: families of the seven European languages (de, fr, es, it, pt, nl, pl).

1. The month before, told after the reported month: "…, après plus de 38 000 en octobre",
   "tras más de 35.000 en septiembre", "abaixo dos 52 mil de dezembro" (in a January report:
   December of the year before), "tegen ruim 40.000 in november", "In december werden het er
   ruim 50.000": each month its own figure, in its own month.
2. A margin and the one of the quarter before ("wzrosła do X proc. z Y proc. kwartał
   wcześniej", "gegenüber Y % im Vorquartal"): each in its own quarter, the quarter reported
   named once by the lede (also as "3T"; a Polish "w III kw." closes its sentence before
   "Marża …").
3. Revenue as a verb (nl "omgezet"), "its revenue" after a sentence on the car unit (es "Sus
   ingresos"), the level a revenue grew to after a comma (es ", hasta": exact), the average
   selling price with its noun (pl "średnia cena sprzedaży"), the whole year (pl "w całym
   roku").
4. Production as cars leaving the lines (it "dalle linee sono usciti"), a total since January
   before a colon and the annual goal (an actual, cumulative), a total since a model's launch in
   a month (a running total with no stated day, not the launch month's figure).
5. Targets: "era de A e agora é de B" (both), nl "opgehoogd van A", pl "przy celu …
   wynoszącym N", a capacity "when the next phase is ready" (a plan).
6. A forecast with its subject left out after a deliveries forecast ("Nel quarto trimestre
   dovrebbero essere circa 145.000"): the same measure, expected, in its quarter.
7. The company speaking in the first person ("entregámos", "entregamos", "nous avons livré",
   "haben wir … ausgeliefert"): Xiaomi Auto's deliveries.
8. Negatives: an inverted conditional opening the sentence ("Würde ein SU7 hier für 40.000 Euro
   angeboten, …") gives no price; a Polish "Przeczytaj także:" line is another story's
   headline. A previous generation's starting price ("Poprzednia generacja startowała od …")
   is a price of the model: the model keeps its name across generations, and an old price
   before a cut is a price too (the probes' convention), told with no period as every list
   price.

Sentences written for this project.
"""

import datetime as dt
from typing import Any

from test_metrics_review import check, ev
from test_metrics_review8 import (
    AUTO,
    GROUP,
    MORE,
    SU7,
    YU7,
    case,
    dlv,
    money,
    month,
    other,
    price,
    quarter,
    run,
    year,
)

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
    # December told in a January report: the year before, in every language
    case(
        "Xiaomi a livré plus de 39 000 voitures en janvier, après plus de 50 000 en décembre.",
        D(2026, 2, 2),
        "fr",
        [dlv(AUTO, 39000, MORE, **month(2026, 1)), dlv(AUTO, 50000, MORE, **month(2025, 12))],
    ),
    case(
        "Xiaomi ha consegnato oltre 39.000 auto a gennaio, dopo le oltre 50.000 di dicembre.",
        D(2026, 2, 2),
        "it",
        [dlv(AUTO, 39000, MORE, **month(2026, 1)), dlv(AUTO, 50000, MORE, **month(2025, 12))],
    ),
    case(
        "Xiaomi hat im Januar mehr als 39.000 Autos ausgeliefert, nach mehr als 50.000 im "
        "Dezember.",
        D(2026, 2, 2),
        "de",
        [dlv(AUTO, 39000, MORE, **month(2026, 1)), dlv(AUTO, 50000, MORE, **month(2025, 12))],
    ),
    case(
        "Xiaomi leverde in januari ruim 39.000 auto's af, tegen ruim 50.000 in december.",
        D(2026, 2, 2),
        "nl",
        [dlv(AUTO, 39000, MORE, **month(2026, 1)), dlv(AUTO, 50000, MORE, **month(2025, 12))],
    ),
    case(
        "W styczniu Xiaomi dostarczyło ponad 39 tys. aut, wobec ponad 50 tys. w grudniu.",
        D(2026, 2, 2),
        "pl",
        [dlv(AUTO, 39000, MORE, **month(2026, 1)), dlv(AUTO, 50000, MORE, **month(2025, 12))],
    ),
    case(
        "Xiaomi entregó más de 39.000 coches en enero, tras más de 50.000 en diciembre.",
        D(2026, 2, 2),
        "es",
        [dlv(AUTO, 39000, MORE, **month(2026, 1)), dlv(AUTO, 50000, MORE, **month(2025, 12))],
    ),
    # a date is no month of a figure ("a partir de dezembro": when deliveries begin)
    case(
        "As entregas do YU7 começam a partir de dezembro, com preço de 253.500 yuans.",
        D(2025, 11, 2),
        "pt",
        [price(YU7, 253500, period_kind="none")],
    ),
]

Q2_25, Q3_25, Q3_24, Q4_24 = quarter(2025, 2), quarter(2025, 3), quarter(2024, 3), quarter(2024, 4)
NOV18 = D(2025, 11, 18)

# A margin and the one of the quarter before, after a lede that names the quarter reported:
# each in its own quarter (and the Polish "w III kw." closing a sentence before "Marża …").
MARGINS = [
    case(
        "Xiaomi: segment samochodów miał w III kw. 2025 r. 29 mld juanów przychodów. Marża "
        "brutto wzrosła do 25,5 proc. z 23,2 proc. kwartał wcześniej.",
        NOV18,
        "pl",
        [
            money("revenue", 29e9, **Q3_25),
            other("gross margin", 25.5, **Q3_25),
            other("gross margin", 23.2, **Q2_25),
        ],
    ),
    case(
        "Segment aut Xiaomi miał 16,7 mld juanów przychodów w IV kw. 2024 r., wobec 9,7 mld "
        "juanów w III kw. Marża brutto spadła do 18,2 proc. z 19,1 proc. w poprzednim kwartale.",
        D(2025, 3, 18),
        "pl",
        [
            money("revenue", 16.7e9, **Q4_24),
            money("revenue", 9.7e9, **Q3_24),
            other("gross margin", 18.2, **Q4_24),
            other("gross margin", 19.1, **Q3_24),
        ],
    ),
    case(
        "Xiaomis Autosparte setzte im dritten Quartal 29 Milliarden Yuan um. Die Bruttomarge lag "
        "bei 25,5 %, gegenüber 26,4 % im Vorquartal.",
        NOV18,
        "de",
        [
            money("revenue", 29e9, **Q3_25),
            other("gross margin", 25.5, **Q3_25),
            other("gross margin", 26.4, **Q2_25),
        ],
    ),
    case(
        "La division automobile de Xiaomi a réalisé au troisième trimestre un chiffre d'affaires "
        "de 29 milliards de yuans. La marge brute s'est établie à 25,5 %, contre 26,4 % au "
        "trimestre précédent.",
        NOV18,
        "fr",
        [
            money("revenue", 29e9, **Q3_25),
            other("gross margin", 25.5, **Q3_25),
            other("gross margin", 26.4, **Q2_25),
        ],
    ),
    case(
        "La división de coches de Xiaomi facturó 29.000 millones de yuanes en el 3T. El margen "
        "bruto se situó en el 25,5%, frente al 26,4% del trimestre anterior.",
        NOV18,
        "es",
        [
            money("revenue", 29e9, **Q3_25),
            other("gross margin", 25.5, **Q3_25),
            other("gross margin", 26.4, **Q2_25),
        ],
    ),
    case(
        "A divisão de carros da Xiaomi registou no 3T receitas de 29 mil milhões de yuans. A "
        "margem bruta ficou em 25,5%, contra 26,4% no trimestre anterior.",
        NOV18,
        "pt",
        [
            money("revenue", 29e9, **Q3_25),
            other("gross margin", 25.5, **Q3_25),
            other("gross margin", 26.4, **Q2_25),
        ],
    ),
    case(
        "Het autobedrijf van Xiaomi heeft in het derde kwartaal 29 miljard yuan omgezet. De "
        "brutomarge kwam uit op 25,5 procent, tegen 26,4 procent een kwartaal eerder.",
        NOV18,
        "nl",
        [
            money("revenue", 29e9, **Q3_25),
            other("gross margin", 25.5, **Q3_25),
            other("gross margin", 26.4, **Q2_25),
        ],
    ),
    case(
        "La divisione auto di Xiaomi ha registrato nel terzo trimestre ricavi per 29 miliardi di "
        "yuan. Il margine lordo si è attestato al 25,5%, rispetto al 26,4% del trimestre "
        "precedente.",
        NOV18,
        "it",
        [
            money("revenue", 29e9, **Q3_25),
            other("gross margin", 25.5, **Q3_25),
            other("gross margin", 26.4, **Q2_25),
        ],
    ),
]

# Revenue as a verb (nl "omgezet"), "its revenue" after a sentence on the car unit with no
# figure kept before it (es "Sus", pt "As suas"), the level a revenue grew to after a comma
# (es ", hasta": exact, and the quarter of the story), the average selling price told with
# its noun (pl "cena sprzedaży": no revenue), a year told whole (pl "w całym roku").
REVENUE_PRICE = [
    case(
        "Het autobedrijf van Xiaomi heeft in het tweede kwartaal 21,3 miljard yuan omgezet.",
        D(2025, 8, 20),
        "nl",
        [money("revenue", 21.3e9, **Q2_25)],
    ),
    case(
        "La división de vehículos eléctricos de Xiaomi registró en el tercer trimestre un "
        "beneficio operativo de 700 millones de yuanes. Sus ingresos alcanzaron los 29 mil "
        "millones de yuanes.",
        NOV18,
        "es",
        [other("operating profit", 700e6, **Q3_25), money("revenue", 29e9, **Q3_25)],
    ),
    case(
        "A divisão de carros da Xiaomi registou no 3T um lucro operacional de 700 milhões de "
        "yuans. As suas receitas atingiram 29 mil milhões de yuans.",
        NOV18,
        "pt",
        [other("operating profit", 700e6, **Q3_25), money("revenue", 29e9, **Q3_25)],
    ),
    case(
        "Los ingresos del grupo Xiaomi crecieron un 22,3% en el tercer trimestre, hasta 113.100 "
        "millones de yuanes.",
        NOV18,
        "es",
        [ev(GROUP, metric="revenue", value=113.1e9, qualifier="exact", **Q3_25)],
    ),
    case(
        "Xiaomi dostarczyło w IV kw. 69 697 aut, a średnia cena sprzedaży wyniosła 233,2 tys. "
        "juanów.",
        D(2025, 3, 18),
        "pl",
        [dlv(AUTO, 69697, **Q4_24), price(AUTO, 233200, **Q4_24)],
    ),
    case(
        "Średnia cena sprzedaży samochodu Xiaomi w III kw. wyniosła 253,7 tys. juanów.",
        D(2024, 11, 18),
        "pl",
        [price(AUTO, 253700, **Q3_24)],
    ),
    case(
        "Przychody ze sprzedaży samochodów Xiaomi wyniosły w IV kw. 16,7 mld juanów.",
        D(2025, 3, 18),
        "pl",
        [money("revenue", 16.7e9, **Q4_24)],
    ),
    case(
        "Xiaomi dostarczyło w IV kw. 69 697 aut. Dostawy w całym roku: 136 854 sztuk.",
        D(2025, 3, 18),
        "pl",
        [dlv(AUTO, 69697, **Q4_24), dlv(AUTO, 136854, **year(2024))],
    ),
    case(
        "Xiaomi leverde in Q4 69.697 auto's af en over het hele jaar 136.854.",
        D(2025, 3, 18),
        "nl",
        [dlv(AUTO, 69697, **Q4_24), dlv(AUTO, 136854, **year(2024))],
    ),
    # "hasta" with no comma before it stays a ceiling
    case(
        "La fábrica de Xiaomi puede producir hasta 300.000 coches al año.",
        NOV18,
        "es",
        [ev(AUTO, metric="production_capacity", value=300000, qualifier="up_to")],
    ),
]

YTD = {"period_kind": "cumulative", "period_start": D(2025, 1, 1)}
CUM = {"period_kind": "cumulative", "period_start": None, "as_of": None}


def goal(value: float, **fields: Any) -> dict[str, Any]:
    return ev(AUTO, metric="delivery_target", value=value, status="target", **fields)


def made(value: float, q: str = "exact", **fields: Any) -> dict[str, Any]:
    return ev(AUTO, metric="production", value=value, qualifier=q, status="actual", **fields)


# Production told as cars leaving the lines (it "dalle linee sono usciti"); a total since
# January before a colon and the annual goal after it: the total stays an actual, cumulative
# from January 1 (the goal's "objectif", "annuel" are the next statement's); a total since a
# model's launch in a month is a running total with no stated day (the launch month is not
# its period, as in English "since the launch of the SU7 in March 2024").
RUNNING_TOTALS = [
    case(
        "Dall'inizio dell'anno dalle linee di Xiaomi sono usciti più di 250.000 veicoli.",
        D(2025, 10, 14),
        "it",
        [made(250000, MORE, **YTD)],
    ),
    case(
        "Nel 2025 dalle linee di montaggio di Xiaomi sono usciti oltre 400.000 veicoli.",
        D(2026, 1, 14),
        "it",
        [made(400000, MORE, **year(2025))],
    ),
    case(
        "Dalle linee della fabbrica Xiaomi di Pechino sono uscite finora 300.000 auto.",
        D(2025, 10, 14),
        "it",
        [made(300000, period_kind="cumulative")],
    ),
    case(
        "Depuis le début de l'année, Xiaomi a livré environ 362 000 voitures : l'objectif annuel "
        "de 350 000 véhicules est atteint.",
        D(2025, 12, 1),
        "fr",
        [dlv(AUTO, 362000, ABOUT, **YTD), goal(350000, **year(2025))],
    ),
    case(
        "En lo que va de año, Xiaomi ha entregado unos 362.000 coches: el objetivo anual de "
        "350.000 ya está superado.",
        D(2025, 12, 1),
        "es",
        [dlv(AUTO, 362000, ABOUT, **YTD), goal(350000, **year(2025))],
    ),
    case(
        "Desde o início do ano, a Xiaomi entregou cerca de 362 mil carros: a meta anual de 350 "
        "mil já foi superada.",
        D(2025, 12, 1),
        "pt",
        [dlv(AUTO, 362000, ABOUT, **YTD), goal(350000, **year(2025))],
    ),
    case(
        "Sinds begin dit jaar leverde Xiaomi zo'n 362.000 auto's af: het jaardoel van 350.000 is "
        "al overschreden.",
        D(2025, 12, 1),
        "nl",
        [dlv(AUTO, 362000, ABOUT, **YTD), goal(350000, **year(2025))],
    ),
    case(
        "Od początku roku Xiaomi dostarczyło ok. 362 tys. aut: roczny cel 350 tys. został już "
        "przekroczony.",
        D(2025, 12, 1),
        "pl",
        [dlv(AUTO, 362000, ABOUT, **YTD), goal(350000, **year(2025))],
    ),
    case(
        "Depuis le lancement de la berline SU7 en mars 2024, Xiaomi a remis plus de 500 000 "
        "voitures à ses clients.",
        D(2025, 12, 1),
        "fr",
        [dlv(AUTO, 500000, MORE, **CUM)],
    ),
    case(
        "Desde o lançamento do SU7, em março de 2024, a Xiaomi já entregou mais de 600 mil "
        "automóveis.",
        D(2026, 2, 2),
        "pt",
        [dlv(AUTO, 600000, MORE, **CUM)],
    ),
    case(
        "Desde el lanzamiento del SU7 en marzo de 2024, Xiaomi ha entregado más de 500.000 coches.",
        D(2025, 12, 1),
        "es",
        [dlv(AUTO, 500000, MORE, **CUM)],
    ),
    case(
        "Dal lancio della SU7 a marzo 2024, Xiaomi ha consegnato oltre 500.000 auto.",
        D(2025, 12, 1),
        "it",
        [dlv(AUTO, 500000, MORE, **CUM)],
    ),
    case(
        "Sinds de lancering van de SU7 in maart 2024 heeft Xiaomi ruim 500.000 auto's afgeleverd.",
        D(2025, 12, 1),
        "nl",
        [dlv(AUTO, 500000, MORE, **CUM)],
    ),
    case(
        "Od premiery SU7 w marcu 2024 r. Xiaomi dostarczyło ponad 500 tys. aut.",
        D(2025, 12, 1),
        "pl",
        [dlv(AUTO, 500000, MORE, **CUM)],
    ),
    case(
        "Seit dem Marktstart des SU7 im März 2024 hat Xiaomi mehr als 500.000 Autos ausgeliefert.",
        D(2025, 12, 1),
        "de",
        [dlv(AUTO, 500000, MORE, **CUM)],
    ),
    # the launch month's own figure stays that month's
    case(
        "Xiaomi a livré 20 000 voitures en mars 2024, lors du lancement de la SU7.",
        D(2025, 12, 1),
        "fr",
        [dlv(AUTO, 20000, **month(2024, 3))],
    ),
    # (the goal named past the colon with no figure: still no goal of this one)
    case(
        "En lo que va de año, Xiaomi ha entregado unos 362.000 coches: el objetivo anual ya está "
        "superado.",
        D(2025, 12, 1),
        "es",
        [dlv(AUTO, 362000, ABOUT, **YTD)],
    ),
    case(
        "Depuis le début de l'année, Xiaomi a livré environ 362 000 voitures : l'objectif annuel "
        "est atteint.",
        D(2025, 12, 1),
        "fr",
        [dlv(AUTO, 362000, ABOUT, **YTD)],
    ),
    # (the figure's own month past a colon stays its own)
    case(
        "Xiaomi entregó 40.000 coches: en octubre, un récord.",
        D(2025, 11, 1),
        "es",
        [dlv(AUTO, 40000, **month(2025, 10))],
    ),
    # a label's colon before its figure still labels it
    case(
        "Xiaomi dostarczyło w IV kw. 69 697 aut. Dostawy w całym roku: 136 854 sztuk.",
        D(2025, 3, 18),
        "pl",
        [dlv(AUTO, 69697, **Q4_24), dlv(AUTO, 136854, **year(2024))],
    ),
]


def cap(value: float, **fields: Any) -> dict[str, Any]:
    return ev(AUTO, metric="production_capacity", value=value, period_kind="rate", **fields)


def fcst(value: float, q: str = "exact", **fields: Any) -> dict[str, Any]:
    return ev(AUTO, metric="deliveries", value=value, qualifier=q, status="forecast", **fields)


Q4_25 = quarter(2025, 4)

# A target and its new level told as "it was A and now is B" (both, the old first), a target
# raised "from" the old level (nl "opgehoogd van"), a capacity "when the next phase is ready"
# (a plan: target).
TARGETS = [
    case(
        "A meta da Xiaomi para 2024 era de 100 mil carros e agora é de 120 mil.",
        D(2024, 11, 20),
        "pt",
        [goal(100000, **year(2024)), goal(120000, **year(2024))],
    ),
    case(
        "La meta de Xiaomi para este año era de 120.000 y ahora es de 130.000.",
        D(2024, 11, 20),
        "es",
        [goal(120000, **year(2024)), goal(130000, **year(2024))],
    ),
    case(
        "L'obiettivo di Xiaomi per il 2025 era di 300.000 auto e ora è di 350.000.",
        D(2025, 7, 5),
        "it",
        [goal(300000, **year(2025)), goal(350000, **year(2025))],
    ),
    case(
        "L'objectif de Xiaomi pour 2025 était de 300 000 voitures et est désormais de 350 000.",
        D(2025, 7, 5),
        "fr",
        [goal(300000, **year(2025)), goal(350000, **year(2025))],
    ),
    case(
        "Das Jahresziel von Xiaomi lag bei 300.000 Autos und liegt jetzt bei 350.000.",
        D(2025, 7, 5),
        "de",
        [goal(300000, **year(2025)), goal(350000, **year(2025))],
    ),
    case(
        "Cel Xiaomi na 2025 r. wynosił 300 tys. aut, a teraz wynosi 350 tys.",
        D(2025, 7, 5),
        "pl",
        [goal(300000, **year(2025)), goal(350000, **year(2025))],
    ),
    case(
        "In 2025 leverde Xiaomi ruim 410.000 auto's af, meer dan het doel van 350.000, dat in de "
        "zomer was opgehoogd van 300.000.",
        D(2026, 1, 5),
        "nl",
        [
            dlv(AUTO, 410000, MORE, **year(2025)),
            goal(350000, **year(2025)),
            goal(300000, **year(2025)),
        ],
    ),
    # a target in an absolute clause, the goal in the locative ("przy celu … wynoszącym")
    case(
        "Od początku roku Xiaomi dostarczyło ok. 266 tys. aut, przy celu na 2025 r. wynoszącym "
        "350 tys.",
        D(2025, 10, 1),
        "pl",
        [dlv(AUTO, 266000, ABOUT, **YTD), goal(350000, **year(2025))],
    ),
    case(
        "Xiaomi dostarczyło 266 tys. aut, przy celu rocznym wynoszącym 350 tys.",
        D(2025, 10, 1),
        "pl",
        # (the goal's "rocznym" is no pace of the cars delivered)
        [dlv(AUTO, 266000, period_kind="none"), goal(350000, **year(2025))],
    ),
    case(
        "Xiaomi dostarczyło 266 tys. aut, a roczny cel to 350 tys.",
        D(2025, 10, 1),
        "pl",
        [dlv(AUTO, 266000, period_kind="none"), goal(350000, **year(2025))],
    ),
    case(
        "Xiaomi zbliża się do celu 350 tys. aut.",
        D(2025, 10, 1),
        "pl",
        [goal(350000, period_kind="year")],
    ),
    case(
        "A fábrica da Xiaomi poderá produzir 300 mil carros por ano quando a segunda fase "
        "estiver pronta.",
        D(2024, 11, 20),
        "pt",
        [cap(300000, status="target")],
    ),
    case(
        "La fábrica de Xiaomi podrá producir 300.000 coches al año cuando la segunda fase esté "
        "lista.",
        D(2024, 11, 20),
        "es",
        [cap(300000, status="target")],
    ),
    case(
        "L'usine de Xiaomi pourra produire 300 000 voitures par an lorsque la deuxième phase "
        "sera prête.",
        D(2024, 11, 20),
        "fr",
        [cap(300000, status="target")],
    ),
    case(
        "La fabbrica di Xiaomi potrà produrre 300.000 auto all'anno quando la seconda fase sarà "
        "pronta.",
        D(2024, 11, 20),
        "it",
        [cap(300000, status="target")],
    ),
    case(
        "De fabriek van Xiaomi kan 300.000 auto's per jaar bouwen zodra de tweede fase klaar is.",
        D(2024, 11, 20),
        "nl",
        [cap(300000, status="target")],
    ),
    case(
        "Fabryka Xiaomi będzie mogła produkować 300 tys. aut rocznie po ukończeniu drugiego etapu.",
        D(2024, 11, 20),
        "pl",
        [cap(300000, status="target")],
    ),
]

# A forecast with its subject left out, after a forecast of deliveries: the same measure,
# expected, in its own quarter (a past "waren es" stays an actual).
ELIDED_FORECASTS = [
    case(
        "Per il 2025 gli analisti stimano 410.000 consegne di Xiaomi. Nel quarto trimestre "
        "dovrebbero essere circa 145.000.",
        D(2025, 12, 5),
        "it",
        [fcst(410000, **year(2025)), fcst(145000, ABOUT, **Q4_25)],
    ),
    case(
        "Para 2025, el banco estima 410.000 entregas de Xiaomi. En el cuarto trimestre deberían "
        "ser unas 145.000.",
        D(2025, 12, 5),
        "es",
        [fcst(410000, **year(2025)), fcst(145000, ABOUT, **Q4_25)],
    ),
    case(
        "Pour 2025, la banque table sur 410 000 livraisons de Xiaomi. Au quatrième trimestre, "
        "elles devraient être d'environ 145 000.",
        D(2025, 12, 5),
        "fr",
        [fcst(410000, **year(2025)), fcst(145000, ABOUT, **Q4_25)],
    ),
    case(
        "Für 2025 erwartet die Bank 410.000 Auslieferungen von Xiaomi. Im vierten Quartal sollen "
        "es rund 145.000 sein.",
        D(2025, 12, 5),
        "de",
        [fcst(410000, **year(2025)), fcst(145000, ABOUT, **Q4_25)],
    ),
    case(
        "Para 2025, o banco estima 410 mil entregas da Xiaomi. No quarto trimestre deverão ser "
        "cerca de 145 mil.",
        D(2025, 12, 5),
        "pt",
        [fcst(410000, **year(2025)), fcst(145000, ABOUT, **Q4_25)],
    ),
    case(
        "Voor 2025 verwacht de bank 410.000 leveringen van Xiaomi. In het vierde kwartaal zouden "
        "het er zo'n 145.000 moeten zijn.",
        D(2025, 12, 5),
        "nl",
        [fcst(410000, **year(2025)), fcst(145000, ABOUT, **Q4_25)],
    ),
    case(
        "Na 2025 r. bank szacuje dostawy Xiaomi na 410 tys. aut. W IV kw. ma to być ok. 145 tys.",
        D(2025, 12, 5),
        "pl",
        [fcst(410000, **year(2025)), fcst(145000, ABOUT, **Q4_25)],
    ),
    case(
        "Xiaomi dostarczyło w październiku 40 tys. aut. We wrześniu było ich ok. 35 tys.",
        D(2025, 11, 5),
        "pl",
        [dlv(AUTO, 40000, **month(2025, 10)), dlv(AUTO, 35000, ABOUT, **month(2025, 9))],
    ),
    case(
        "Für 2026 erwartet die Bank 550.000 Auslieferungen von Xiaomi. Im Jahr 2025 waren es "
        "410.000.",
        D(2025, 12, 5),
        "de",
        [fcst(550000, **year(2026)), dlv(AUTO, 410000, **year(2025))],
    ),
]

# The company speaking in the first person: its own deliveries.
FIRST_PERSON = [
    case(
        "Lu Weibing, da Xiaomi: Em outubro entregámos mais de 20 mil carros.",
        D(2024, 11, 20),
        "pt",
        [dlv(AUTO, 20000, MORE, **month(2024, 10))],
    ),
    case(
        "A Xiaomi já entregou 100 mil carros. Em outubro entregámos mais de 20 mil.",
        D(2024, 11, 20),
        "pt",
        [dlv(AUTO, 100000), dlv(AUTO, 20000, MORE, **month(2024, 10))],
    ),
    case(
        "Lu Weibing, de Xiaomi: En octubre entregamos más de 20.000 coches.",
        D(2024, 11, 20),
        "es",
        [dlv(AUTO, 20000, MORE, **month(2024, 10))],
    ),
    case(
        "Lu Weibing, de Xiaomi : en octobre, nous avons livré plus de 20 000 voitures.",
        D(2024, 11, 20),
        "fr",
        [dlv(AUTO, 20000, MORE, **month(2024, 10))],
    ),
    case(
        "Lu Weibing von Xiaomi: Im Oktober haben wir mehr als 20.000 Autos ausgeliefert.",
        D(2024, 11, 20),
        "de",
        [dlv(AUTO, 20000, MORE, **month(2024, 10))],
    ),
    case(
        "Lu Weibing di Xiaomi: a ottobre abbiamo consegnato oltre 20.000 auto.",
        D(2024, 11, 20),
        "it",
        [dlv(AUTO, 20000, MORE, **month(2024, 10))],
    ),
    case(
        "Lu Weibing van Xiaomi: In oktober hebben we ruim 20.000 auto's geleverd.",
        D(2024, 11, 20),
        "nl",
        [dlv(AUTO, 20000, MORE, **month(2024, 10))],
    ),
    case(
        "Lu Weibing z Xiaomi: W październiku dostarczyliśmy ponad 20 tys. aut.",
        D(2024, 11, 20),
        "pl",
        [dlv(AUTO, 20000, MORE, **month(2024, 10))],
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


@run(MARGINS)
def test_margins(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


@run(REVENUE_PRICE)
def test_revenue_and_price(
    text: str, published: dt.date, lang: str | None, want: list[Any]
) -> None:
    check(text, published, lang, want)


@run(RUNNING_TOTALS)
def test_running_totals(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


@run(TARGETS)
def test_targets(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


@run(ELIDED_FORECASTS)
def test_elided_forecasts(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


@run(FIRST_PERSON)
def test_first_person(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


@run(NEGATIVES)
def test_negatives(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)
