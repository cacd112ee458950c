"""A third adversarial probe set of the extractor in the 13 languages other than English and
Chinese (de, es, fr, id, it, ja, ko, nl, pl, pt, ru, tr, vi), written without looking at the
devset or at any prediction. Each language runs the same 26 families, phrased with other verbs,
word orders and number formats than test_metrics_review_langs.py and _langs2.py use:

- a month told relatively ("im vergangenen Monat", "le mois dernier", "先月", "지난달",
  "в прошлом месяце", "tháng trước", "bulan lalu", "geçen ay") in an article of December 1;
- a quarter's deliveries told by its months ("April bis Juni", "nisan-haziran döneminde",
  "4～6月期", "2분기(4~6월)", "quý 2 (từ tháng 4 đến tháng 6)");
- a running total since the market launch with no day (cumulative, no start, no as_of), and a
  running total to a stated day (cumulative, as_of that day);
- January to November (cumulative from January 1 to November 30, as_of November 30);
- locked orders in the first 24 hours and orders in the first three minutes (a window);
- a 2024 target raised from 120,000 to 130,000 (both, in the order written), a 2025 target
  already reached, December's target (a month, no as_of asserted);
- the car unit's quarterly revenue and operating loss in the language's currency words
  ("28,3 Mrd. Yuan", "283億元", "283억 위안", "28,3 tỷ nhân dân tệ", "28,3 млрд юаней"), the
  full-year revenue after a headline, the gross margin (`other`, label "gross margin");
- the plant's yearly capacity (a rate), a starting price (no period);
- an analysts' forecast for 2026 (forecast, year, no as_of) and for December (forecast, month);
- negatives: a rival's figures, phones only, a share price and price target, a change told by its
  size, a denial, a hypothetical; a rival's figures beside Xiaomi's in one sentence (Xiaomi's
  only); phones in one sentence, the cars' quarter in the next (the cars only).

Conventions as in ../shared/DESIGN.md and test_metrics_review_langs2.py: a finished month or
quarter of an actual runs from its first to its last day, as_of its last day; a target's as_of
is not asserted; a forecast has no as_of; a launch window is a window; a price has no period; a
capacity is a rate; a rival's, the market's or a phone's figure, a share price or price target is
no event; a change told by its size is no level. Expectations were written before the extractor
was run on these passages. A plain case guards a rule that holds; an `xfail(strict=True)` case
is a known miss whose reason says what it should give and what the extractor gives.
"""

import datetime as dt
from typing import Any

import pytest
from test_metrics_review import check, ev, xfail
from test_metrics_review_langs import SINCE_LAUNCH, dlv, fcst, money, month, price, quarter, yact

D = dt.date

AUTO = "Xiaomi Auto"
SU7, YU7 = "Xiaomi SU7", "Xiaomi YU7"
MORE = "more_than"
WINDOW = {"period_kind": "window"}

DEC01 = D(2025, 12, 1)  # November's figures are out
AUG20 = D(2025, 8, 20)  # second-quarter results
NOV19 = D(2025, 11, 19)  # third-quarter results
MAR19 = D(2025, 3, 19)  # full-year 2024 results
MAR29 = D(2024, 3, 29)  # the day after the SU7's launch
JUN27 = D(2025, 6, 27)  # the day after the YU7's launch
NOV24 = D(2024, 11, 19)  # the 2024 target is raised
JAN05 = D(2026, 1, 5)  # analysts' notes on 2026


def tgt(value: float, **fields: Any) -> dict[str, Any]:
    """A delivery target; its as_of is not asserted."""
    return ev(AUTO, metric="delivery_target", value=value, status="target", **fields)


def yr(y: int) -> dict[str, Any]:
    return {"period_kind": "year", "period_start": D(y, 1, 1), "period_end": D(y, 12, 31)}


def margin(value: float, **fields: Any) -> dict[str, Any]:
    return ev(AUTO, metric="other", label="gross margin", value=value, **fields)


# the families' expectations
LAST_MONTH = [dlv(40000, MORE, **month(2025, 11))]
Q2_DLV = [dlv(81302, **quarter(2025, 2))]
SINCE = [dlv(500000, MORE, **SINCE_LAUNCH)]
TO_NOV30 = [
    dlv(
        500000,
        MORE,
        period_kind="cumulative",
        period_start=None,
        period_end=None,
        as_of=D(2025, 11, 30),
    )
]
JAN_NOV = [
    dlv(
        360000,
        MORE,
        period_kind="cumulative",
        period_start=D(2025, 1, 1),
        period_end=D(2025, 11, 30),
        as_of=D(2025, 11, 30),
    )
]
LOCK24 = [ev(SU7, metric="locked_orders", value=88898, status="actual", **WINDOW)]
MIN3 = [ev(YU7, metric="orders", value=200000, status="actual", **WINDOW)]
RAISED = [tgt(120000, **yr(2024)), tgt(130000, **yr(2024))]
REACHED = [tgt(350000, **yr(2025))]
DEC_GOAL = [
    tgt(50000, period_kind="month", period_start=D(2025, 12, 1), period_end=D(2025, 12, 31))
]
REV_Q3 = [money("revenue", 2.83e10, **quarter(2025, 3))]
LOSS_Q2 = [money("net_loss", 3e8, **quarter(2025, 2))]
REV_2024 = [money("revenue", 3.21e10, **yact(2024))]
MARGIN_Q3 = [margin(25.5, **quarter(2025, 3))]
CAPACITY = [ev(AUTO, metric="production_capacity", value=300000, period_kind="rate")]
SU7_PRICE = [price(SU7, 215900)]

NONE: list[dict[str, Any]] = []
NOV_40K = LAST_MONTH
Q3_DLV = [dlv(108796, **quarter(2025, 3))]
DEC_FCST = [
    fcst(
        50000,
        MORE,
        period_kind="month",
        period_start=D(2025, 12, 1),
        period_end=D(2025, 12, 31),
        as_of=None,
    )
]


def run(cases: list[Any]) -> Any:
    return pytest.mark.parametrize(("text", "published", "want"), cases)


FCST = [fcst(650000, **yr(2026), as_of=None)]

# family name → (publication date, expected events); each language's passages run in this order
FAMILIES: list[tuple[str, dt.date, list[dict[str, Any]]]] = [
    ("last_month", DEC01, LAST_MONTH),  # "last month" in an article of December 1
    ("q2_deliveries", AUG20, Q2_DLV),  # April to June
    ("since_launch", DEC01, SINCE),  # running total since the market launch, no day
    ("to_nov30", DEC01, TO_NOV30),  # running total to a stated day
    ("jan_to_nov", DEC01, JAN_NOV),  # January to November
    ("locked_24h", MAR29, LOCK24),  # locked orders in the first 24 hours
    ("orders_3min", JUN27, MIN3),  # orders within three minutes
    ("target_raised", NOV24, RAISED),  # the 2024 target from 120,000 to 130,000
    ("target_reached", DEC01, REACHED),  # the annual target already reached
    ("december_goal", DEC01, DEC_GOAL),  # a month's target
    ("revenue_q3", NOV19, REV_Q3),  # the car unit's revenue in currency words
    ("loss_q2", AUG20, LOSS_Q2),  # the car unit's operating loss
    ("revenue_headline", MAR19, REV_2024),  # a headline then its lede: one event
    ("margin_q3", NOV19, MARGIN_Q3),  # the car unit's gross margin
    ("capacity", DEC01, CAPACITY),  # the plant's yearly capacity: a rate
    ("price", MAR29, SU7_PRICE),  # a starting price: no period
    ("analysts", JAN05, FCST),  # analysts' forecast for 2026
    ("rivals", DEC01, NONE),  # rivals' figures only
    ("phones", NOV19, NONE),  # phones only
    ("shares", DEC01, NONE),  # a share price and a price target
    ("change", DEC01, NONE),  # a change told by its size
    ("denial", JAN05, NONE),  # a denied plan
    ("hypothetical", DEC01, NONE),  # a hypothetical pace
    ("rival_beside", DEC01, NOV_40K),  # a rival's figures beside Xiaomi's: Xiaomi's only
    ("phones_before", NOV19, Q3_DLV),  # phones in one sentence, the cars in the next
    ("december_forecast", DEC01, DEC_FCST),  # analysts on the month ahead
]


def cases(lang: str, texts: list[str], misses: dict[str, str]) -> list[Any]:
    """One case per family; `misses` maps a family to the reason of its strict xfail."""
    assert len(texts) == len(FAMILIES), lang
    unknown = set(misses) - {name for name, _, _ in FAMILIES}
    assert not unknown, unknown
    return [
        pytest.param(
            text,
            published,
            want,
            id=f"{lang}-{name}",
            marks=[xfail(misses[name])] if name in misses else [],
        )
        for text, (name, published, want) in zip(texts, FAMILIES, strict=True)
    ]


# === German ===================================================================================

DE = [
    "Xiaomi hat im vergangenen Monat erstmals über 40.000 E-Autos an Kunden übergeben, teilte "
    "das Unternehmen am Montag mit.",
    "Im Zeitraum April bis Juni wurden 81.302 Xiaomi-Fahrzeuge an Kunden übergeben.",
    "Seit der Markteinführung summieren sich die Auslieferungen von Xiaomi auf über 500.000 "
    "Fahrzeuge.",
    "Bis einschließlich 30. November hat Xiaomi kumuliert mehr als 500.000 Elektroautos "
    "ausgeliefert.",
    "Von Januar bis November kam Xiaomi auf mehr als 360.000 Auslieferungen.",
    "In den ersten 24 Stunden nach dem Verkaufsstart verbuchte Xiaomi für den SU7 88.898 feste "
    "Bestellungen.",
    "Drei Minuten nach dem Start des Vorverkaufs lagen für den YU7 bereits 200.000 Bestellungen "
    "vor.",
    "Xiaomi schraubt das Auslieferungsziel für 2024 erneut nach oben: Statt 120.000 sollen es "
    "nun 130.000 Fahrzeuge werden.",
    "Das Jahresziel von 350.000 Auslieferungen hat Xiaomi bereits im November erreicht.",
    "Für Dezember peilt Xiaomi 50.000 Auslieferungen an.",
    "Mit Elektroautos erlöste Xiaomi im dritten Quartal 28,3 Mrd. Yuan.",
    "Das Autogeschäft von Xiaomi schrieb im zweiten Quartal einen operativen Verlust von "
    "300 Mio. Yuan.",
    "Xiaomis Autosparte setzt 32,1 Milliarden Yuan um\nPeking. Im Geschäftsjahr 2024 erzielte "
    "Xiaomi mit Elektroautos einen Umsatz von 32,1 Milliarden Yuan.",
    "Die Bruttomarge von Xiaomis E-Auto-Sparte lag im dritten Quartal bei 25,5 Prozent.",
    "Nach dem Ausbau kann das Xiaomi-Werk in Peking jährlich 300.000 Autos fertigen.",
    "Den Einstiegspreis für den SU7 legte Xiaomi auf 215.900 Yuan fest.",
    "Morgan Stanley prognostiziert für Xiaomi im Jahr 2026 650.000 Auslieferungen.",
    "BYD verkaufte im November 480.186 Fahrzeuge, Tesla lieferte in China 61.497 Autos aus.",
    "Xiaomi setzte im dritten Quartal 43,3 Mio. Smartphones ab.",
    "Die Xiaomi-Aktie schloss bei 41,20 HK-Dollar; die UBS senkte das Kursziel auf 55 HK-Dollar.",
    "Gegenüber dem Vormonat stiegen Xiaomis Auslieferungen um 5.000 Einheiten.",
    "Xiaomi wies Berichte zurück, wonach das Unternehmen 2026 eine Million Autos ausliefern wolle.",
    "Würde Xiaomi jeden Monat 60.000 Autos ausliefern, käme die Marke auf 720.000 im Jahr – "
    "davon ist sie noch weit entfernt.",
    "Im November lieferte Xiaomi über 40.000 Autos aus, während Nio auf 36.275 und Li Auto auf 33.181 Fahrzeuge kamen.",
    "Im dritten Quartal verkaufte Xiaomi 43,3 Mio. Smartphones. Bei den Autos waren es 108.796 Stück.",
    "Analysten erwarten, dass Xiaomi im Dezember mehr als 50.000 Autos ausliefern wird.",
]
DE_MISSES: dict[str, str] = {}


@run(cases("de", DE, DE_MISSES))
def test_de(text: str, published: dt.date, want: list[dict[str, Any]]) -> None:
    check(text, published, "de", want)


# === French ===================================================================================

FR = [
    "Le mois dernier, Xiaomi a remis plus de 40 000 véhicules électriques à ses clients.",
    "Entre avril et juin, Xiaomi a livré 81 302 voitures, selon ses comptes trimestriels.",
    "Le cumul des livraisons de Xiaomi dépasse désormais les 500 000 unités depuis le lancement "
    "commercial.",
    "Au 30 novembre, Xiaomi totalisait plus de 500 000 livraisons.",
    "De janvier à novembre, Xiaomi a livré plus de 360 000 véhicules.",
    "Au cours des premières 24 heures, la SU7 de Xiaomi a recueilli 88 898 commandes fermes.",
    "Il n'aura fallu que trois minutes au YU7 pour atteindre 200 000 commandes.",
    "Xiaomi révise à la hausse son objectif de livraisons pour 2024, de 120 000 à 130 000 "
    "véhicules.",
    "Xiaomi a d'ores et déjà atteint son objectif annuel de 350 000 livraisons.",
    "Pour décembre, Xiaomi table sur 50 000 livraisons.",
    "Au troisième trimestre, les ventes de véhicules électriques ont rapporté 28,3 milliards de "
    "yuans à Xiaomi.",
    "La branche automobile de Xiaomi a enregistré une perte d'exploitation de 300 millions de "
    "yuans au deuxième trimestre.",
    "Xiaomi : 32,1 milliards de yuans de chiffre d'affaires pour l'automobile\nLe constructeur "
    "a réalisé en 2024 un chiffre d'affaires de 32,1 milliards de yuans dans les véhicules "
    "électriques.",
    "La marge brute de l'activité automobile de Xiaomi s'est établie à 25,5 % au troisième "
    "trimestre.",
    "L'usine pékinoise de Xiaomi peut désormais sortir 300 000 voitures par an.",
    "Xiaomi a fixé le prix d'entrée de la SU7 à 215 900 yuans.",
    "Jefferies anticipe 650 000 livraisons pour Xiaomi en 2026.",
    "Tesla a vendu 61 497 véhicules en Chine en novembre, tandis que BYD en a écoulé 480 186.",
    "Xiaomi a expédié 43,3 millions de smartphones au troisième trimestre.",
    "L'action Xiaomi a cédé 3 % à 41,20 dollars de Hong Kong ; Citi vise 60 dollars HK.",
    "Les livraisons de Xiaomi ont progressé de 5 000 unités par rapport au mois précédent.",
    "Xiaomi a démenti viser un million de livraisons en 2026.",
    "Si Xiaomi livrait 60 000 voitures par mois, il atteindrait 720 000 unités sur l'année, un "
    "rythme encore hors de portée.",
    "En novembre, Xiaomi a livré plus de 40 000 voitures, contre 36 275 pour Nio et 33 181 pour Li Auto.",
    "Au troisième trimestre, Xiaomi a vendu 43,3 millions de smartphones. Côté automobile, le compteur s'établit à 108 796 unités livrées.",
    "Les analystes s'attendent à ce que Xiaomi livre plus de 50 000 voitures en décembre.",
]
FR_MISSES: dict[str, str] = {}


@run(cases("fr", FR, FR_MISSES))
def test_fr(text: str, published: dt.date, want: list[dict[str, Any]]) -> None:
    check(text, published, "fr", want)


# === Spanish ==================================================================================

ES = [
    "Xiaomi entregó el mes pasado más de 40.000 coches eléctricos, informó la compañía este lunes.",
    "En el segundo trimestre (abril-junio), Xiaomi entregó 81.302 vehículos.",
    "Desde su lanzamiento, Xiaomi acumula más de 500.000 entregas.",
    "Hasta el 30 de noviembre, las entregas acumuladas de Xiaomi superaban las 500.000 unidades.",
    "Entre enero y noviembre, Xiaomi entregó más de 360.000 automóviles.",
    "En sus primeras 24 horas a la venta, el SU7 de Xiaomi sumó 88.898 pedidos en firme.",
    "El YU7 alcanzó los 200.000 pedidos en apenas tres minutos.",
    "Xiaomi eleva su meta de entregas para 2024 de 120.000 a 130.000 unidades.",
    "Xiaomi ya ha cumplido su objetivo anual de 350.000 entregas.",
    "Para diciembre, Xiaomi se ha fijado como meta entregar 50.000 coches.",
    "La facturación del negocio de vehículos eléctricos de Xiaomi ascendió a 28.300 millones de "
    "yuanes en el tercer trimestre.",
    "La división de coches de Xiaomi registró pérdidas operativas de 300 millones de yuanes "
    "entre abril y junio.",
    "Xiaomi ingresa 32.100 millones de yuanes con sus coches\nLa compañía facturó en 2024 un "
    "total de 32.100 millones de yuanes por la venta de vehículos eléctricos.",
    "El margen bruto de los coches de Xiaomi se situó en el 25,5 % en el tercer trimestre.",
    "La planta de Xiaomi en Pekín tiene capacidad para fabricar 300.000 coches al año.",
    "El SU7 de Xiaomi arranca en 215.900 yuanes.",
    "Los analistas de Nomura pronostican que Xiaomi entregará 650.000 vehículos en 2026.",
    "BYD vendió 480.186 vehículos en noviembre y Tesla, 61.497 en China.",
    "Xiaomi despachó 43,3 millones de teléfonos inteligentes entre julio y septiembre.",
    "Las acciones de Xiaomi cayeron a 41,20 dólares de Hong Kong; JPMorgan fija un precio "
    "objetivo de 58 dólares.",
    "Xiaomi entregó 5.000 coches más que en octubre.",
    "Xiaomi negó que tenga previsto entregar un millón de coches en 2026.",
    "Aunque Xiaomi duplicara su producción hasta 80.000 coches al mes, la lista de espera "
    "seguiría siendo larga.",
    "En noviembre Xiaomi entregó más de 40.000 coches, frente a los 36.275 de Nio y los 33.181 de Li Auto.",
    "En el tercer trimestre Xiaomi vendió 43,3 millones de móviles. En coches, las entregas fueron de 108.796 unidades.",
    "Los analistas prevén que Xiaomi entregue más de 50.000 coches en diciembre.",
]
ES_MISSES: dict[str, str] = {}


@run(cases("es", ES, ES_MISSES))
def test_es(text: str, published: dt.date, want: list[dict[str, Any]]) -> None:
    check(text, published, "es", want)


# === Italian ==================================================================================

IT = [
    "Nel mese scorso Xiaomi ha consegnato oltre 40.000 auto elettriche.",
    "Tra aprile e giugno Xiaomi ha consegnato 81.302 veicoli ai clienti.",
    "Dal debutto commerciale, le consegne complessive di Xiaomi hanno superato quota 500.000.",
    "Al 30 novembre Xiaomi aveva consegnato in totale più di 500.000 vetture.",
    "Da gennaio a novembre le consegne di Xiaomi sono state oltre 360.000.",
    "Nelle prime 24 ore la SU7 di Xiaomi ha raccolto 88.898 ordini vincolanti.",
    "Bastano tre minuti: il YU7 di Xiaomi tocca i 200.000 ordini.",
    "Xiaomi alza l'obiettivo di consegne 2024 da 120.000 a 130.000 unità.",
    "Xiaomi ha già centrato l'obiettivo annuale di 350.000 consegne.",
    "A dicembre Xiaomi punta a consegnare 50.000 vetture.",
    "Nel terzo trimestre il business delle auto elettriche ha fruttato a Xiaomi ricavi per 28,3 "
    "miliardi di yuan.",
    "Nel secondo trimestre la divisione auto di Xiaomi ha registrato una perdita operativa di "
    "300 milioni di yuan.",
    "Auto, Xiaomi incassa 32,1 miliardi di yuan\nNel 2024 i ricavi della divisione veicoli "
    "elettrici di Xiaomi sono stati pari a 32,1 miliardi di yuan.",
    "Il margine lordo delle auto Xiaomi si è attestato al 25,5% nel terzo trimestre.",
    "Lo stabilimento Xiaomi di Pechino può produrre 300.000 auto all'anno.",
    "La SU7 di Xiaomi parte da 215.900 yuan.",
    "Secondo gli analisti di Citi, nel 2026 Xiaomi consegnerà 650.000 auto.",
    "A novembre BYD ha venduto 480.186 veicoli, Tesla 61.497 in Cina.",
    "Nel terzo trimestre Xiaomi ha spedito 43,3 milioni di smartphone.",
    "Il titolo Xiaomi è sceso a 41,20 dollari di Hong Kong; Morgan Stanley ha ridotto il prezzo "
    "obiettivo a 55 dollari.",
    "Rispetto a ottobre, Xiaomi ha consegnato 5.000 auto in più.",
    "Xiaomi ha smentito l'indiscrezione secondo cui punterebbe a un milione di consegne nel 2026.",
    "Se Xiaomi riuscisse a consegnare 70.000 auto al mese, supererebbe Tesla in Cina.",
    "A novembre Xiaomi ha consegnato oltre 40.000 auto, contro le 36.275 di Nio e le 33.181 di Li Auto.",
    "Nel terzo trimestre Xiaomi ha venduto 43,3 milioni di smartphone. Sul fronte auto, le consegne sono state 108.796.",
    "Gli analisti si aspettano che a dicembre Xiaomi consegni più di 50.000 auto.",
]
IT_MISSES: dict[str, str] = {}


@run(cases("it", IT, IT_MISSES))
def test_it(text: str, published: dt.date, want: list[dict[str, Any]]) -> None:
    check(text, published, "it", want)


# === Portuguese ===============================================================================

PT = [
    "A Xiaomi entregou mais de 40 mil carros elétricos no mês passado.",
    "No segundo trimestre, de abril a junho, a Xiaomi entregou 81.302 veículos.",
    "Desde o lançamento, a Xiaomi já entregou mais de 500 mil carros.",
    "Até 30 de novembro, a Xiaomi somava mais de 500 mil entregas.",
    "De janeiro a novembro, as entregas da Xiaomi ultrapassaram 360 mil unidades.",
    "Nas primeiras 24 horas de vendas, o SU7 da Xiaomi acumulou 88.898 pedidos firmes.",
    "Em apenas três minutos, o YU7 da Xiaomi recebeu 200 mil encomendas.",
    "A Xiaomi elevou a meta de entregas de 2024 de 120 mil para 130 mil veículos.",
    "A Xiaomi já bateu a meta anual de 350 mil entregas.",
    "Para dezembro, a meta da Xiaomi é entregar 50 mil carros.",
    "A receita da divisão de veículos elétricos da Xiaomi somou 28,3 bilhões de yuans no "
    "terceiro trimestre.",
    "A unidade automotiva da Xiaomi teve prejuízo operacional de 300 milhões de yuans no segundo "
    "trimestre.",
    "Xiaomi fatura 32,1 bilhões de yuans com carros\nEm 2024, a receita da Xiaomi com veículos "
    "elétricos chegou a 32,1 bilhões de yuans.",
    "A margem bruta do negócio de carros da Xiaomi ficou em 25,5% no terceiro trimestre.",
    "A fábrica da Xiaomi em Pequim tem capacidade para 300 mil carros por ano.",
    "O preço de entrada do SU7 da Xiaomi é de 215.900 yuans.",
    "O Goldman Sachs projeta 650 mil entregas da Xiaomi em 2026.",
    "A BYD vendeu 480.186 veículos em novembro; a Tesla, 61.497 na China.",
    "A Xiaomi embarcou 43,3 milhões de smartphones no terceiro trimestre.",
    "As ações da Xiaomi recuaram para 41,20 dólares de Hong Kong, e o preço-alvo do HSBC é de "
    "60 dólares.",
    "As entregas da Xiaomi cresceram em 5 mil unidades na comparação com outubro.",
    "A Xiaomi negou que pretenda entregar 1 milhão de carros em 2026.",
    "Caso a Xiaomi entregasse 70 mil carros por mês, ultrapassaria a Tesla na China.",
    "Em novembro, a Xiaomi entregou mais de 40 mil carros, ante 36.275 da Nio e 33.181 da Li Auto.",
    "No terceiro trimestre, a Xiaomi vendeu 43,3 milhões de celulares. Já em carros, foram 108.796 unidades entregues.",
    "Analistas esperam que a Xiaomi entregue mais de 50 mil carros em dezembro.",
]
PT_MISSES: dict[str, str] = {}


@run(cases("pt", PT, PT_MISSES))
def test_pt(text: str, published: dt.date, want: list[dict[str, Any]]) -> None:
    check(text, published, "pt", want)


# === Dutch ====================================================================================

NL = [
    "Xiaomi leverde vorige maand ruim 40.000 elektrische auto's af.",
    "In het tweede kwartaal, van april tot en met juni, leverde Xiaomi 81.302 auto's af.",
    "Sinds de marktintroductie heeft Xiaomi in totaal meer dan 500.000 auto's afgeleverd.",
    "Tot en met 30 november leverde Xiaomi cumulatief meer dan 500.000 auto's af.",
    "Van januari tot en met november leverde Xiaomi meer dan 360.000 auto's af.",
    "In de eerste 24 uur kreeg de SU7 van Xiaomi 88.898 vaste bestellingen binnen.",
    "Binnen drie minuten stond de teller voor de YU7 van Xiaomi op 200.000 bestellingen.",
    "Xiaomi verhoogt het leveringsdoel voor 2024 van 120.000 naar 130.000 auto's.",
    "Xiaomi heeft de jaardoelstelling van 350.000 leveringen al gehaald.",
    "Voor december mikt Xiaomi op 50.000 leveringen.",
    "De autodivisie van Xiaomi boekte in het derde kwartaal een omzet van 28,3 miljard yuan.",
    "De autotak van Xiaomi leed in het tweede kwartaal een operationeel verlies van 300 miljoen "
    "yuan.",
    "Xiaomi haalt 32,1 miljard yuan op met auto's\nDe omzet van Xiaomi uit elektrische auto's "
    "bedroeg in 2024 32,1 miljard yuan.",
    "De brutomarge van Xiaomi's autotak kwam in het derde kwartaal uit op 25,5 procent.",
    "De fabriek van Xiaomi in Peking kan jaarlijks 300.000 auto's bouwen.",
    "De SU7 van Xiaomi heeft een vanafprijs van 215.900 yuan.",
    "Analisten van UBS voorspellen dat Xiaomi in 2026 650.000 auto's zal leveren.",
    "BYD verkocht in november 480.186 auto's; Tesla leverde er in China 61.497 af.",
    "Xiaomi verscheepte in het derde kwartaal 43,3 miljoen smartphones.",
    "Het aandeel Xiaomi zakte naar 41,20 Hongkongse dollar; Citi hanteert een koersdoel van 60 "
    "dollar.",
    "Xiaomi leverde 5000 auto's meer af dan in oktober.",
    "Xiaomi ontkent dat het in 2026 een miljoen auto's wil leveren.",
    "Als Xiaomi 70.000 auto's per maand zou leveren, zou het Tesla in China voorbijstreven.",
    "In november leverde Xiaomi ruim 40.000 auto's af, tegen 36.275 voor Nio en 33.181 voor Li Auto.",
    "In het derde kwartaal verkocht Xiaomi 43,3 miljoen smartphones. Bij de auto's ging het om 108.796 afgeleverde exemplaren.",
    "Analisten verwachten dat Xiaomi in december meer dan 50.000 auto's zal afleveren.",
]
NL_MISSES: dict[str, str] = {}


@run(cases("nl", NL, NL_MISSES))
def test_nl(text: str, published: dt.date, want: list[dict[str, Any]]) -> None:
    check(text, published, "nl", want)


# === Polish ===================================================================================

PL = [
    "W ubiegłym miesiącu Xiaomi dostarczyło klientom ponad 40 tys. samochodów elektrycznych.",
    "W II kwartale, od kwietnia do czerwca, Xiaomi dostarczyło 81 302 samochody.",
    "Od debiutu rynkowego Xiaomi dostarczyło łącznie ponad 500 tys. aut.",
    "Do 30 listopada Xiaomi dostarczyło łącznie ponad 500 tys. samochodów.",
    "Od stycznia do listopada Xiaomi przekazało klientom ponad 360 tys. aut.",
    "W ciągu pierwszych 24 godzin SU7 od Xiaomi zebrał 88 898 wiążących zamówień.",
    "YU7 od Xiaomi zebrał 200 tys. zamówień w zaledwie trzy minuty.",
    "Xiaomi podniosło cel dostaw na 2024 rok ze 120 tys. do 130 tys. samochodów.",
    "Xiaomi już zrealizowało roczny cel 350 tys. dostaw.",
    "W grudniu Xiaomi chce dostarczyć 50 tys. aut.",
    "Przychody Xiaomi z samochodów elektrycznych wyniosły w III kwartale 28,3 mld juanów.",
    "Dział motoryzacyjny Xiaomi zanotował w II kwartale stratę operacyjną w wysokości 300 mln "
    "juanów.",
    "Xiaomi zarobiło na autach 32,1 mld juanów\nW 2024 roku przychody Xiaomi ze sprzedaży "
    "samochodów elektrycznych sięgnęły 32,1 mld juanów.",
    "Marża brutto samochodowego biznesu Xiaomi wyniosła w III kwartale 25,5 proc.",
    "Fabryka Xiaomi w Pekinie może produkować 300 tys. samochodów rocznie.",
    "Ceny SU7 od Xiaomi zaczynają się od 215 900 juanów.",
    "Analitycy Morgan Stanley prognozują, że w 2026 roku Xiaomi dostarczy 650 tys. aut.",
    "BYD sprzedał w listopadzie 480 186 aut, a Tesla 61 497 w Chinach.",
    "Xiaomi wysłało w III kwartale 43,3 mln smartfonów.",
    "Akcje Xiaomi potaniały do 41,20 dolara hongkońskiego; cena docelowa Citi to 60 dolarów.",
    "Xiaomi dostarczyło o 5 tys. aut więcej niż w październiku.",
    "Xiaomi zaprzeczyło, że planuje dostarczyć milion aut w 2026 roku.",
    "Gdyby Xiaomi dostarczało 70 tys. aut miesięcznie, wyprzedziłoby Teslę w Chinach.",
    "W listopadzie Xiaomi dostarczyło ponad 40 tys. aut, podczas gdy Nio 36 275, a Li Auto 33 181.",
    "W III kwartale Xiaomi sprzedało 43,3 mln smartfonów. W przypadku aut dostawy wyniosły 108 796 sztuk.",
    "Analitycy oczekują, że w grudniu Xiaomi dostarczy ponad 50 tys. aut.",
]
PL_MISSES: dict[str, str] = {}


@run(cases("pl", PL, PL_MISSES))
def test_pl(text: str, published: dt.date, want: list[dict[str, Any]]) -> None:
    check(text, published, "pl", want)


# === Russian ==================================================================================

RU = [
    "В прошлом месяце Xiaomi передала клиентам более 40 тыс. электромобилей.",
    "Во втором квартале, с апреля по июнь, Xiaomi поставила 81 302 автомобиля.",
    "С момента выхода на рынок Xiaomi поставила в общей сложности свыше 500 тыс. машин.",
    "По состоянию на 30 ноября Xiaomi поставила более 500 тыс. автомобилей.",
    "За январь–ноябрь Xiaomi поставила более 360 тыс. автомобилей.",
    "За первые сутки Xiaomi SU7 собрал 88 898 подтверждённых заказов.",
    "На 200 тыс. заказов Xiaomi YU7 понадобилось всего три минуты.",
    "Xiaomi повысила план поставок на 2024 год со 120 тыс. до 130 тыс. автомобилей.",
    "Xiaomi уже выполнила годовой план в 350 тыс. поставок.",
    "В декабре Xiaomi рассчитывает поставить 50 тыс. машин.",
    "Выручка автомобильного направления Xiaomi в третьем квартале составила 28,3 млрд юаней.",
    "Операционный убыток автомобильного бизнеса Xiaomi во втором квартале составил 300 млн юаней.",
    "Xiaomi заработала на электромобилях 32,1 млрд юаней\nПо итогам 2024 года выручка Xiaomi "
    "от продажи электромобилей достигла 32,1 млрд юаней.",
    "Валовая маржа автомобильного бизнеса Xiaomi в третьем квартале составила 25,5%.",
    "Пекинский завод Xiaomi способен выпускать 300 тыс. машин в год.",
    "Стартовая цена Xiaomi SU7 — 215 900 юаней.",
    "Аналитики Morgan Stanley прогнозируют, что в 2026 году Xiaomi поставит 650 тыс. автомобилей.",
    "BYD в ноябре продала 480 186 машин, Tesla в Китае — 61 497.",
    "В третьем квартале Xiaomi отгрузила 43,3 млн смартфонов.",
    "Акции Xiaomi подешевели до 41,20 гонконгского доллара, целевая цена Citi — 60 долларов.",
    "Xiaomi поставила на 5 тыс. машин больше, чем в октябре.",
    "В Xiaomi опровергли информацию о планах поставить миллион автомобилей в 2026 году.",
    "Если бы Xiaomi поставляла по 70 тыс. машин в месяц, она обошла бы Tesla в Китае.",
    "В ноябре Xiaomi поставила более 40 тыс. машин, тогда как Nio — 36 275, а Li Auto — 33 181.",
    "В третьем квартале Xiaomi продала 43,3 млн смартфонов. Автомобилей же было поставлено 108 796.",
    "Аналитики ожидают, что в декабре Xiaomi поставит более 50 тыс. автомобилей.",
]
RU_MISSES: dict[str, str] = {}


@run(cases("ru", RU, RU_MISSES))
def test_ru(text: str, published: dt.date, want: list[dict[str, Any]]) -> None:
    check(text, published, "ru", want)


# === Turkish ==================================================================================

TR = [
    "Xiaomi geçen ay 40 binden fazla elektrikli otomobil teslim etti.",
    "Xiaomi, nisan-haziran döneminde 81.302 araç teslim etti.",
    "Xiaomi, pazara girdiğinden bu yana toplam 500 binin üzerinde araç teslim etti.",
    "30 Kasım itibarıyla Xiaomi'nin toplam teslimatları 500 bini aştı.",
    "Xiaomi ocak-kasım döneminde 360 binden fazla araç teslim etti.",
    "Xiaomi SU7, satışa çıktığı ilk 24 saatte 88.898 kesin sipariş topladı.",
    "Xiaomi YU7 yalnızca üç dakikada 200 bin siparişe ulaştı.",
    "Xiaomi, 2024 teslimat hedefini 120 binden 130 bine yükseltti.",
    "Xiaomi, 350 bin araçlık yıllık teslimat hedefine şimdiden ulaştı.",
    "Xiaomi aralıkta 50 bin araç teslim etmeyi hedefliyor.",
    "Xiaomi'nin elektrikli otomobil işinin geliri üçüncü çeyrekte 28,3 milyar yuana ulaştı.",
    "Xiaomi'nin otomobil birimi ikinci çeyrekte 300 milyon yuan faaliyet zararı açıkladı.",
    "Xiaomi otomobilden 32,1 milyar yuan gelir elde etti\nXiaomi'nin elektrikli araç gelirleri "
    "2024 yılında 32,1 milyar yuan oldu.",
    "Xiaomi'nin otomobil işinde brüt kâr marjı üçüncü çeyrekte yüzde 25,5 oldu.",
    "Xiaomi'nin Pekin'deki fabrikası yılda 300 bin araç üretebiliyor.",
    "Xiaomi SU7'nin başlangıç fiyatı 215.900 yuan.",
    "Morgan Stanley analistleri Xiaomi'nin 2026'da 650 bin araç teslim edeceğini öngörüyor.",
    "BYD kasımda 480.186 araç sattı, Tesla ise Çin'de 61.497 araç teslim etti.",
    "Xiaomi üçüncü çeyrekte 43,3 milyon akıllı telefon sevk etti.",
    "Xiaomi hisseleri 41,20 Hong Kong dolarına geriledi; Citi'nin hedef fiyatı 60 dolar.",
    "Xiaomi, ekime göre 5 bin araç daha fazla teslim etti.",
    "Xiaomi, 2026'da bir milyon araç teslim etmeyi planladığı yönündeki haberleri yalanladı.",
    "Xiaomi ayda 70 bin araç teslim etse, Çin'de Tesla'yı geride bırakırdı.",
    "Xiaomi kasımda 40 binden fazla araç teslim ederken Nio 36.275, Li Auto ise 33.181 araçta kaldı.",
    "Xiaomi üçüncü çeyrekte 43,3 milyon akıllı telefon sattı. Otomobil tarafında ise teslimatlar 108.796 adet oldu.",
    "Analistler, Xiaomi'nin aralıkta 50 binden fazla araç teslim etmesini bekliyor.",
]
TR_MISSES: dict[str, str] = {}


@run(cases("tr", TR, TR_MISSES))
def test_tr(text: str, published: dt.date, want: list[dict[str, Any]]) -> None:
    check(text, published, "tr", want)


# === Indonesian ===============================================================================

ID = [
    "Bulan lalu Xiaomi mengirimkan lebih dari 40.000 mobil listrik kepada konsumen.",
    "Sepanjang kuartal kedua, April hingga Juni, Xiaomi mengirimkan 81.302 unit kendaraan.",
    "Sejak diluncurkan, Xiaomi telah mengirimkan lebih dari 500 ribu unit mobil.",
    "Hingga 30 November, total pengiriman Xiaomi telah melampaui 500.000 unit.",
    "Pada Januari–November, Xiaomi mengirimkan lebih dari 360 ribu mobil.",
    "Dalam 24 jam pertama, Xiaomi SU7 mengantongi 88.898 pesanan pasti.",
    "Xiaomi YU7 meraup 200 ribu pesanan hanya dalam tiga menit.",
    "Xiaomi menaikkan target pengiriman 2024 dari 120.000 menjadi 130.000 unit.",
    "Xiaomi sudah mencapai target tahunan sebesar 350.000 unit pengiriman.",
    "Untuk Desember, Xiaomi menargetkan pengiriman 50.000 unit.",
    "Pendapatan bisnis mobil listrik Xiaomi pada kuartal ketiga mencapai 28,3 miliar yuan.",
    "Divisi otomotif Xiaomi membukukan rugi operasional 300 juta yuan pada kuartal kedua.",
    "Xiaomi raup 32,1 miliar yuan dari mobil listrik\nPendapatan Xiaomi dari kendaraan listrik "
    "sepanjang 2024 mencapai 32,1 miliar yuan.",
    "Margin kotor bisnis mobil Xiaomi pada kuartal ketiga tercatat 25,5 persen.",
    "Pabrik Xiaomi di Beijing mampu memproduksi 300.000 mobil per tahun.",
    "Harga termurah Xiaomi SU7 dipatok 215.900 yuan.",
    "Analis Morgan Stanley memperkirakan Xiaomi akan mengirimkan 650.000 mobil pada 2026.",
    "BYD menjual 480.186 unit pada November, sementara Tesla mengirimkan 61.497 unit di China.",
    "Xiaomi mengapalkan 43,3 juta ponsel pintar pada kuartal ketiga.",
    "Saham Xiaomi turun ke 41,20 dolar Hong Kong; target harga dari Citi 60 dolar.",
    "Pengiriman Xiaomi bertambah 5.000 unit dibandingkan Oktober.",
    "Xiaomi membantah kabar bahwa pihaknya menargetkan satu juta pengiriman pada 2026.",
    "Jika Xiaomi mampu mengirim 70.000 mobil per bulan, perusahaan itu akan menyalip Tesla di "
    "China.",
    "Pada November Xiaomi mengirimkan lebih dari 40.000 mobil, sedangkan Nio 36.275 unit dan Li Auto 33.181 unit.",
    "Pada kuartal ketiga Xiaomi menjual 43,3 juta ponsel. Untuk mobil, pengirimannya mencapai 108.796 unit.",
    "Analis memperkirakan Xiaomi akan mengirimkan lebih dari 50.000 mobil pada Desember.",
]
ID_MISSES: dict[str, str] = {}


@run(cases("id", ID, ID_MISSES))
def test_id(text: str, published: dt.date, want: list[dict[str, Any]]) -> None:
    check(text, published, "id", want)


# === Vietnamese ===============================================================================

VI = [
    "Tháng trước, Xiaomi đã bàn giao hơn 40.000 xe điện cho khách hàng.",
    "Trong quý 2 (từ tháng 4 đến tháng 6), Xiaomi giao 81.302 xe.",
    "Kể từ khi ra mắt, Xiaomi đã giao tổng cộng hơn 500.000 xe.",
    "Tính đến ngày 30/11, Xiaomi đã giao hơn 500.000 xe.",
    "Từ tháng 1 đến tháng 11, Xiaomi giao hơn 360.000 xe.",
    "Trong 24 giờ đầu tiên, Xiaomi SU7 nhận 88.898 đơn hàng đã khóa.",
    "Xiaomi YU7 cán mốc 200.000 đơn đặt hàng chỉ sau ba phút.",
    "Xiaomi nâng mục tiêu giao xe năm 2024 từ 120.000 lên 130.000 chiếc.",
    "Xiaomi đã hoàn thành mục tiêu giao 350.000 xe của cả năm.",
    "Trong tháng 12, Xiaomi đặt mục tiêu giao 50.000 xe.",
    "Doanh thu mảng xe điện của Xiaomi trong quý III đạt 28,3 tỷ nhân dân tệ.",
    "Mảng ô tô của Xiaomi lỗ hoạt động 300 triệu nhân dân tệ trong quý II.",
    "Xiaomi thu 32,1 tỷ nhân dân tệ từ xe điện\nNăm 2024, doanh thu xe điện của Xiaomi đạt 32,1 "
    "tỷ nhân dân tệ.",
    "Biên lợi nhuận gộp mảng xe của Xiaomi trong quý III là 25,5%.",
    "Nhà máy của Xiaomi tại Bắc Kinh có thể sản xuất 300.000 xe mỗi năm.",
    "Giá khởi điểm của Xiaomi SU7 là 215.900 nhân dân tệ.",
    "Các nhà phân tích của Morgan Stanley dự báo Xiaomi sẽ giao 650.000 xe trong năm 2026.",
    "BYD bán 480.186 xe trong tháng 11, còn Tesla giao 61.497 xe tại Trung Quốc.",
    "Xiaomi xuất xưởng 43,3 triệu điện thoại thông minh trong quý III.",
    "Cổ phiếu Xiaomi giảm xuống 41,20 đô la Hồng Kông; Citi đặt giá mục tiêu 60 đô la.",
    "Xiaomi giao nhiều hơn 5.000 xe so với tháng 10.",
    "Xiaomi bác bỏ thông tin cho rằng hãng đặt mục tiêu giao một triệu xe năm 2026.",
    "Nếu Xiaomi giao được 70.000 xe mỗi tháng, hãng sẽ vượt Tesla tại Trung Quốc.",
    "Trong tháng 11, Xiaomi giao hơn 40.000 xe, trong khi Nio giao 36.275 xe và Li Auto giao 33.181 xe.",
    "Trong quý III, Xiaomi bán 43,3 triệu điện thoại. Còn ở mảng ô tô, số xe bàn giao là 108.796 chiếc.",
    "Giới phân tích dự báo Xiaomi sẽ giao hơn 50.000 xe trong tháng 12.",
]
VI_MISSES: dict[str, str] = {}


@run(cases("vi", VI, VI_MISSES))
def test_vi(text: str, published: dt.date, want: list[dict[str, Any]]) -> None:
    check(text, published, "vi", want)


# === Japanese =================================================================================

JA = [
    "シャオミは先月、4万台を超えるEVを納車した。",
    "シャオミの4～6月期の納車台数は8万1302台だった。",
    "シャオミの発売以来の累計納車台数は50万台を超えた。",
    "11月30日時点で、シャオミの累計納車台数は50万台を突破した。",
    "1～11月のシャオミの納車台数は36万台を上回った。",
    "シャオミSU7は販売開始から24時間で8万8898台の確定注文を獲得した。",
    "シャオミYU7の受注はわずか3分で20万台に達した。",
    "シャオミは2024年の納車目標を12万台から13万台に引き上げた。",
    "シャオミは年間目標の35万台を早くも達成した。",
    "シャオミは12月に5万台の納車を目指す。",
    "シャオミのEV事業の7～9月期の売上高は283億元だった。",
    "シャオミの自動車事業は4～6月期に3億元の営業赤字を計上した。",
    "シャオミ、EV売上高321億元\nシャオミの2024年のEV事業の売上高は321億元に達した。",
    "シャオミの自動車事業の7～9月期の粗利益率は25.5%だった。",
    "シャオミの北京工場の年産能力は30万台に達する。",
    "シャオミSU7の最低価格は21万5900元に設定された。",
    "モルガン・スタンレーのアナリストは、シャオミの2026年の納車台数を65万台と予想する。",
    "BYDは11月に48万186台を販売し、テスラは中国で6万1497台を納車した。",
    "シャオミは7～9月期にスマートフォンを4330万台出荷した。",
    "シャオミの株価は41.20香港ドルに下落し、シティは目標株価を60香港ドルとした。",
    "シャオミの納車台数は10月より5000台増えた。",
    "シャオミは2026年に100万台を納車する計画だとの報道を否定した。",
    "仮にシャオミが月7万台を納車すれば、中国でテスラを上回ることになる。",
    "シャオミは11月に4万台超を納車した。一方、NIOは3万6275台、理想汽車は3万3181台だった。",
    "シャオミは7～9月期にスマートフォンを4330万台販売した。自動車の納車台数は10万8796台だった。",
    "アナリストは、シャオミの12月の納車台数が5万台を超えると予想している。",
]
JA_MISSES: dict[str, str] = {}


@run(cases("ja", JA, JA_MISSES))
def test_ja(text: str, published: dt.date, want: list[dict[str, Any]]) -> None:
    check(text, published, "ja", want)


# === Korean ===================================================================================

KO = [
    "샤오미는 지난달 전기차를 4만 대 넘게 인도했다.",
    "샤오미는 2분기(4~6월)에 8만1302대를 인도했다.",
    "샤오미의 출시 이후 누적 인도량은 50만 대를 넘어섰다.",
    "11월 30일 기준 샤오미의 누적 인도량은 50만 대를 돌파했다.",
    "샤오미는 1~11월 36만 대 넘게 인도했다.",
    "샤오미 SU7은 판매 개시 후 24시간 만에 확정 주문 8만8898대를 기록했다.",
    "샤오미 YU7은 단 3분 만에 주문 20만 대를 돌파했다.",
    "샤오미는 2024년 인도 목표를 12만 대에서 13만 대로 상향했다.",
    "샤오미는 연간 목표인 35만 대를 이미 달성했다.",
    "샤오미는 12월 5만 대 인도를 목표로 하고 있다.",
    "샤오미 전기차 사업의 3분기 매출은 283억 위안을 기록했다.",
    "샤오미 자동차 부문은 2분기에 3억 위안의 영업손실을 냈다.",
    "샤오미, 전기차로 321억 위안 벌었다\n샤오미의 2024년 전기차 매출은 321억 위안으로 집계됐다.",
    "샤오미 자동차 사업의 3분기 매출총이익률은 25.5%였다.",
    "샤오미 베이징 공장의 연간 생산능력은 30만 대다.",
    "샤오미 SU7의 시작 가격은 21만5900위안이다.",
    "모건스탠리 애널리스트들은 샤오미가 2026년 65만 대를 인도할 것으로 전망했다.",
    "BYD는 11월 48만186대를 판매했고, 테슬라는 중국에서 6만1497대를 인도했다.",
    "샤오미는 3분기 스마트폰 4330만 대를 출하했다.",
    "샤오미 주가는 41.20홍콩달러로 떨어졌고, 씨티는 목표주가를 60홍콩달러로 제시했다.",
    "샤오미의 인도량은 10월보다 5000대 늘었다.",
    "샤오미는 2026년 100만 대 인도 계획설을 부인했다.",
    "샤오미가 매달 7만 대를 인도한다면 중국에서 테슬라를 앞지르게 된다.",
    "샤오미는 11월 4만 대 넘게 인도했고, 니오는 3만6275대, 리오토는 3만3181대를 인도했다.",
    "샤오미는 3분기 스마트폰 4330만 대를 판매했다. 자동차 인도량은 10만8796대였다.",
    "애널리스트들은 샤오미의 12월 인도량이 5만 대를 넘을 것으로 예상한다.",
]
KO_MISSES: dict[str, str] = {}


@run(cases("ko", KO, KO_MISSES))
def test_ko(text: str, published: dt.date, want: list[dict[str, Any]]) -> None:
    check(text, published, "ko", want)
