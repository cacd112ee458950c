"""A second adversarial probe set of the extractor in the 13 languages other than English and
Chinese (de, es, fr, id, it, ja, ko, nl, pl, pt, ru, tr, vi), written without looking at the
devset. Where test_metrics_review_langs.py runs one sentence per family, these are mostly short
paragraphs of two to four sentences as a news story in each language would phrase them, with
the language's own number formats (such as "1.234", "1 234", "12,5 mil", "3,2 Mrd.", "24万台", "1만대",
"조/억 원", "triệu/tỷ", "млн/млрд", "milyar"). Families, about fifteen cases per language: a
month or quarter named in the sentence before its figure; running totals since launch or to the
end of a month; locked or firm orders within hours or minutes of a launch; annual delivery
targets raised, met or beaten; the car unit's revenue and loss in the language's currency words;
prices "from" ("ab", "à partir de", "a partir de", "od", "от", "mulai", "từ", "から", "부터");
plant capacity (a rate with no dates); analysts' forecasts; rivals' figures beside Xiaomi's
(Tesla, BYD, Porsche: no event of theirs); a change told by its size ("5,000 more than in
September": no level); a headline followed by its lede (one fact, one event). The later batches
run one family across the 13 languages: an annual target met in November (the year's target),
a quarter's deliveries then the unit's revenue in a sentence that does not name Xiaomi, the first
ten months (cumulative, January 1 to October 31), a milestone off the line on a named day, an
operating loss (net_loss), revenue with its conversion into the reader's currency in brackets
("약 4조1000억 원", "khoảng 77.000 tỷ đồng", "Rp 48 triliun", "120 milyar TL"), phones and cars
in one sentence, a price told after the model is named in the sentence before, and an analysts'
forecast given as a range.

Conventions as in test_metrics_review_langs.py and ../shared/DESIGN.md: a finished month or
quarter of an actual runs from its first to its last day, as_of its last day; a target or
forecast has no as_of; a total to a stated day is cumulative with no start; a total since
launch with no day is cumulative with no start and no as_of; a launch window is a window; a
price has no period; a capacity is a rate. Only the fields we are sure of are asserted. A plain
case guards a rule that holds; an `xfail(strict=True)` case is a known miss whose reason says
what it should give and what the extractor gives.
"""

import datetime as dt
from typing import Any

import pytest
from test_metrics_review import check, ev, xfail
from test_metrics_review_langs import (
    SINCE_LAUNCH,
    dlv,
    fcst,
    goal,
    money,
    month,
    price,
    quarter,
    total_to,
    yact,
    year,
)

D = dt.date

AUTO = "Xiaomi Auto"
SU7, YU7, ULTRA = "Xiaomi SU7", "Xiaomi YU7", "Xiaomi SU7 Ultra"
MORE, ABOUT = "more_than", "about"
WINDOW = {"period_kind": "window"}

JUL, SEP, OCT, NOV = month(2025, 7), month(2025, 9), month(2025, 10), month(2025, 11)
Q1, Q2, Q3 = quarter(2025, 1), quarter(2025, 2), quarter(2025, 3)

AUG01 = D(2025, 8, 1)  # July's figures are out
OCT01 = D(2025, 10, 1)  # September's figures are out
NOV01 = D(2025, 11, 1)  # October's figures are out
DEC01 = D(2025, 12, 1)  # November's figures are out
JAN02 = D(2025, 1, 2)  # the 2024 figures are out
JAN05 = D(2026, 1, 5)  # the 2025 figures and the 2026 target
MAR19 = D(2025, 3, 19)  # full-year 2024 results
MAY28 = D(2025, 5, 28)  # first-quarter results
AUG20 = D(2025, 8, 20)  # second-quarter results
NOV19 = D(2025, 11, 19)  # third-quarter results
MAR29 = D(2024, 3, 29)  # the day after the SU7's launch
FEB28 = D(2025, 2, 28)  # the day after the SU7 Ultra's launch
JUN27 = D(2025, 6, 27)  # the day after the YU7's launch
JUN10 = D(2025, 6, 10)  # mid-year: the 2025 target and analysts' forecasts

# recurring expectations
OCT_40K = [dlv(40000, MORE, **OCT)]
NOV_40K = [dlv(40000, MORE, **NOV)]
Q3_DLV = [dlv(108796, **Q3)]
Q2_REV = [money("revenue", 2.13e10, **Q2)]
LOSS_2024 = [money("net_loss", 6.2e9, **yact(2024))]
RAISED_2025 = [goal(300000, **year(2025)), goal(350000, **year(2025))]
# the target beaten takes the year's end as its as_of, as English "delivered more than 135,000
# cars in 2024, beating its annual target of 130,000" gives (the target told beside the actual
# of a finished year; corrected from as_of None to English's behaviour)
BEATEN_2024 = [dlv(135000, MORE, **yact(2024)), goal(130000, **yact(2024))]
GOAL_2026 = [goal(550000, **year(2026))]
FCST_2026 = [fcst(600000, **year(2026))]
TO_OCT31 = [dlv(400000, MORE, **total_to(D(2025, 10, 31)))]
SU7_SINCE = [dlv(300000, MORE, subject=SU7, **SINCE_LAUNCH)]
YU7_LOCKED = [
    ev(YU7, metric="locked_orders", value=240000, qualifier="exact", status="actual", **WINDOW)
]
ULTRA_LOCKED = [
    ev(ULTRA, metric="locked_orders", value=10000, qualifier=MORE, status="actual", **WINDOW)
]
SU7_27MIN = [ev(SU7, metric="orders", value=50000, status="actual", **WINDOW)]
YU7_PRICE = [price(YU7, 253500)]
ULTRA_PRICE = [price(ULTRA, 529900)]
CAPACITY = [ev(AUTO, metric="production_capacity", value=150000, period_kind="rate")]


def run(cases: list[Any]) -> Any:
    return pytest.mark.parametrize(("text", "published", "want"), cases)


# === German ===================================================================================


@run(
    [
        pytest.param(
            "Der Oktober war für Xiaomi erneut ein Rekordmonat. Der Smartphone-Hersteller "
            "lieferte mehr als 40.000 Elektroautos aus.",
            NOV01,
            OCT_40K,
        ),
        (
            "Xiaomi hat seine Zahlen für das dritte Quartal vorgelegt. Zwischen Juli und "
            "September wurden 108.796 Fahrzeuge an Kunden übergeben.",
            NOV19,
            Q3_DLV,
        ),
        (
            "Bis Ende Oktober hat Xiaomi insgesamt mehr als 400.000 Autos ausgeliefert.",
            NOV01,
            TO_OCT31,
        ),
        (
            "Seit dem Marktstart hat Xiaomi vom SU7 über 300.000 Exemplare ausgeliefert.",
            NOV01,
            SU7_SINCE,
        ),
        (
            "Der YU7 ist ein Verkaufsschlager. Binnen 18 Stunden nach der Vorstellung gingen "
            "240.000 verbindliche Bestellungen ein.",
            JUN27,
            YU7_LOCKED,
        ),
        (
            "Xiaomi hebt sein Absatzziel für 2025 von 300.000 auf 350.000 Fahrzeuge an.",
            JUN10,
            RAISED_2025,
        ),
        pytest.param(
            "2024 lieferte Xiaomi mehr als 135.000 Autos aus und übertraf damit das Jahresziel "
            "von 130.000 Einheiten.",
            JAN02,
            BEATEN_2024,
        ),
        (
            "Xiaomi hat am Dienstag Zahlen vorgelegt. Im zweiten Quartal setzte die Sparte für "
            "Elektroautos und KI 21,3 Mrd. Yuan um.",
            AUG20,
            Q2_REV,
        ),
        pytest.param(
            "Das Autogeschäft bleibt ein Verlustbringer: 2024 stand ein Minus von 6,2 "
            "Milliarden Yuan zu Buche.",
            MAR19,
            LOSS_2024,
            marks=xfail(
                "the car unit's loss: should give [Xiaomi Auto net_loss 6.2e+09 exact actual year 2024-01-01..2024-12-31]; got [no event]"
            ),
        ),
        ("Der YU7 ist ab 253.500 Yuan zu haben.", JUN27, YU7_PRICE),
        (
            "Xiaomis Werk im Pekinger Stadtteil Yizhuang hat eine Jahreskapazität von 150.000 "
            "Fahrzeugen.",
            NOV01,
            CAPACITY,
        ),
        pytest.param(
            "Die Analysten von Goldman Sachs rechnen für 2026 mit 600.000 Auslieferungen.",
            JAN05,
            FCST_2026,
            marks=xfail(
                "an analysts' forecast: should give [Xiaomi Auto deliveries 600000 exact forecast year 2026-01-01..2026-12-31]; got [no event]"
            ),
        ),
        (
            "Xiaomi lieferte im Oktober mehr als 40.000 Autos aus. Tesla kam in China im selben "
            "Monat auf 26.006 Fahrzeuge, BYD auf 441.706.",
            NOV01,
            OCT_40K,
        ),
        pytest.param(
            "Im November lieferte Xiaomi über 40.000 Fahrzeuge aus, rund 5.000 mehr als im "
            "Vormonat.",
            DEC01,
            NOV_40K,
        ),
        pytest.param(
            "Xiaomi knackt erneut im November die Marke von 40.000 Auslieferungen\n"
            "Peking. Xiaomi hat im November mehr als 40.000 Elektroautos ausgeliefert, wie der "
            "Konzern am Montag mitteilte.",
            DEC01,
            NOV_40K,
        ),
        (
            "Xiaomi will 2026 insgesamt 550.000 Fahrzeuge ausliefern. Das kündigte Konzernchef Lei Jun "
            "am Montag an.",
            JAN05,
            GOAL_2026,
        ),
        (
            "Der SU7 Ultra kostet 529.900 Yuan und damit deutlich weniger als ein Porsche Taycan Turbo "
            "S, der in China ab 1,8 Mio. Yuan zu haben ist.",
            FEB28,
            ULTRA_PRICE,
        ),
        (
            "Der Ansturm auf den SU7 war gewaltig: Innerhalb von 27 Minuten nach dem Verkaufsstart "
            "gingen 50.000 Bestellungen ein.",
            MAR29,
            SU7_27MIN,
        ),
    ]
)
def test_de(text: str, published: dt.date, want: list[dict[str, Any]]) -> None:
    check(text, published, "de", want)


# === French ===================================================================================


@run(
    [
        pytest.param(
            "Octobre a été un mois record pour Xiaomi. Le groupe chinois a livré plus de "
            "40\u202f000 voitures électriques.",
            NOV01,
            OCT_40K,
        ),
        (
            "Xiaomi a publié mardi ses résultats du troisième trimestre. Sur la période, "
            "108 796 véhicules ont été livrés.",
            NOV19,
            Q3_DLV,
        ),
        (
            "À fin octobre, Xiaomi avait livré au total plus de 400 000 voitures.",
            NOV01,
            TO_OCT31,
        ),
        (
            "Depuis son lancement, la SU7 a été livrée à plus de 300 000 exemplaires.",
            NOV01,
            SU7_SINCE,
        ),
        pytest.param(
            "La SU7 Ultra a dépassé les 10 000 commandes fermes en deux heures après son "
            "lancement.",
            FEB28,
            ULTRA_LOCKED,
        ),
        pytest.param(
            "Xiaomi relève son objectif annuel : le constructeur vise désormais 350 000 "
            "livraisons en 2025, contre 300 000 auparavant.",
            JUN10,
            [goal(350000, **year(2025)), goal(300000, **year(2025))],
        ),
        pytest.param(
            "Pari tenu pour Xiaomi : avec plus de 135 000 voitures livrées en 2024, la marque a "
            "dépassé son objectif de 130 000 unités.",
            JAN02,
            BEATEN_2024,
        ),
        (
            "Le chiffre d'affaires de la division véhicules électriques de Xiaomi a atteint 21,3 milliards "
            "de yuans au deuxième trimestre.",
            AUG20,
            Q2_REV,
        ),
        (
            "En 2024, l'activité automobile de Xiaomi a essuyé une perte de 6,2 milliards de "
            "yuans.",
            MAR19,
            LOSS_2024,
        ),
        ("Le YU7 est proposé à partir de 253 500 yuans.", JUN27, YU7_PRICE),
        (
            "L'usine de Xiaomi à Pékin affiche une capacité de production annuelle de 150 000 véhicules.",
            NOV01,
            CAPACITY,
        ),
        (
            "Selon les analystes de Goldman Sachs, Xiaomi devrait livrer 600 000 voitures en 2026.",
            JAN05,
            FCST_2026,
        ),
        pytest.param(
            "Avec plus de 40 000 livraisons en octobre, Xiaomi fait mieux que Tesla en Chine "
            "(26 006 unités) mais reste loin de BYD.",
            NOV01,
            OCT_40K,
        ),
        pytest.param(
            "En novembre, Xiaomi a livré plus de 40 000 voitures, soit environ 5 000 de plus "
            "qu'en octobre.",
            DEC01,
            NOV_40K,
        ),
        pytest.param(
            "Xiaomi dépasse encore les 40 000 livraisons en novembre\n"
            "Pékin — Xiaomi a livré plus de 40 000 véhicules électriques en novembre, a annoncé "
            "lundi le groupe.",
            DEC01,
            NOV_40K,
        ),
        (
            "Xiaomi vise 550 000 livraisons en 2026, a annoncé lundi son PDG Lei Jun.",
            JAN05,
            GOAL_2026,
        ),
        (
            "La SU7 Ultra est affichée à 529 900 yuans, bien moins qu'une Porsche Taycan Turbo S, "
            "vendue 1,8 million de yuans en Chine.",
            FEB28,
            ULTRA_PRICE,
        ),
        (
            "Succès immédiat pour la SU7 : 50 000 commandes ont été enregistrées dans les 27 minutes "
            "suivant l'ouverture des ventes.",
            MAR29,
            SU7_27MIN,
        ),
    ]
)
def test_fr(text: str, published: dt.date, want: list[dict[str, Any]]) -> None:
    check(text, published, "fr", want)


# === Spanish ==================================================================================


@run(
    [
        (
            "Octubre fue otro mes récord para Xiaomi. La compañía entregó más de 40.000 coches "
            "eléctricos.",
            NOV01,
            OCT_40K,
        ),
        (
            "Xiaomi presentó sus resultados del tercer trimestre. En ese periodo entregó "
            "108.796 vehículos.",
            NOV19,
            Q3_DLV,
        ),
        (
            "Hasta finales de octubre, Xiaomi había entregado en total más de 400.000 coches.",
            NOV01,
            TO_OCT31,
        ),
        (
            "Desde su lanzamiento, Xiaomi ha entregado más de 300.000 unidades del SU7.",
            NOV01,
            SU7_SINCE,
        ),
        pytest.param(
            "El YU7 arrasó en su estreno: en apenas 18 horas acumuló 240.000 pedidos firmes.",
            JUN27,
            YU7_LOCKED,
        ),
        (
            "Xiaomi eleva su objetivo de entregas para 2025 de 300.000 a 350.000 unidades.",
            JUN10,
            RAISED_2025,
        ),
        pytest.param(
            "Xiaomi cerró 2024 con más de 135.000 entregas, por encima de su meta de 130.000 "
            "vehículos.",
            JAN02,
            BEATEN_2024,
        ),
        (
            "La división de vehículos eléctricos de Xiaomi facturó 21.300 millones de yuanes en el "
            "segundo trimestre.",
            AUG20,
            Q2_REV,
        ),
        (
            "El negocio de coches de Xiaomi perdió 6.200 millones de yuanes en 2024.",
            MAR19,
            LOSS_2024,
        ),
        ("El YU7 tiene un precio a partir de 253.500 yuanes.", JUN27, YU7_PRICE),
        (
            "La fábrica de Xiaomi en Pekín tiene una capacidad de producción anual de 150.000 vehículos.",
            NOV01,
            CAPACITY,
        ),
        (
            "Los analistas de Goldman Sachs prevén que Xiaomi entregue 600.000 coches en 2026.",
            JAN05,
            FCST_2026,
        ),
        (
            "Xiaomi entregó más de 40.000 coches en octubre, frente a los 26.006 de Tesla en "
            "China y los 441.706 de BYD.",
            NOV01,
            OCT_40K,
        ),
        pytest.param(
            "En noviembre, Xiaomi entregó más de 40.000 vehículos, unos 5.000 más que el mes "
            "anterior.",
            DEC01,
            NOV_40K,
        ),
        (
            "Xiaomi vuelve a superar las 40.000 entregas en noviembre\n"
            "Pekín. Xiaomi entregó más de 40.000 coches eléctricos en noviembre, según informó "
            "la empresa este lunes.",
            DEC01,
            NOV_40K,
        ),
        (
            "Xiaomi se ha marcado el objetivo de entregar 550.000 vehículos en 2026, según anunció "
            "este lunes su consejero delegado, Lei Jun.",
            JAN05,
            GOAL_2026,
        ),
        (
            "El SU7 Ultra cuesta 529.900 yuanes, muy por debajo de los 1,8 millones de yuanes que "
            "cuesta un Porsche Taycan Turbo S en China.",
            FEB28,
            ULTRA_PRICE,
        ),
        pytest.param(
            "El SU7 fue un éxito inmediato: en los primeros 27 minutos tras su lanzamiento recibió "
            "50.000 pedidos.",
            MAR29,
            SU7_27MIN,
        ),
    ]
)
def test_es(text: str, published: dt.date, want: list[dict[str, Any]]) -> None:
    check(text, published, "es", want)


# === Italian ==================================================================================


@run(
    [
        pytest.param(
            "Ottobre è stato un altro mese da record per Xiaomi. Il gruppo ha consegnato oltre "
            "40.000 auto elettriche.",
            NOV01,
            OCT_40K,
        ),
        (
            "Xiaomi ha diffuso i conti del terzo trimestre. Nel periodo sono state consegnate "
            "108.796 vetture.",
            NOV19,
            Q3_DLV,
        ),
        (
            "A fine ottobre le consegne complessive di Xiaomi avevano superato quota 400.000.",
            NOV01,
            TO_OCT31,
        ),
        pytest.param(
            "Dal debutto sul mercato, Xiaomi ha consegnato oltre 300.000 esemplari della SU7.",
            NOV01,
            SU7_SINCE,
        ),
        (
            "Boom di ordini per la YU7. Nelle prime 18 ore dal lancio sono arrivati 240.000 "
            "ordini vincolanti.",
            JUN27,
            YU7_LOCKED,
        ),
        (
            "Xiaomi alza l'obiettivo di consegne per il 2025 da 300.000 a 350.000 veicoli.",
            JUN10,
            RAISED_2025,
        ),
        pytest.param(
            "Nel 2024 Xiaomi ha consegnato oltre 135.000 auto, superando l'obiettivo di 130.000 "
            "unità.",
            JAN02,
            BEATEN_2024,
        ),
        (
            "Nel secondo trimestre i ricavi della divisione auto elettriche di Xiaomi sono stati pari a "
            "21,3 miliardi di yuan.",
            AUG20,
            Q2_REV,
        ),
        (
            "Nel 2024 il business automobilistico di Xiaomi ha registrato una perdita di 6,2 "
            "miliardi di yuan.",
            MAR19,
            LOSS_2024,
        ),
        ("La YU7 ha un prezzo a partire da 253.500 yuan.", JUN27, YU7_PRICE),
        (
            "Lo stabilimento di Xiaomi a Pechino ha una capacità produttiva annua di 150.000 veicoli.",
            NOV01,
            CAPACITY,
        ),
        (
            "Secondo gli analisti di Goldman Sachs, nel 2026 Xiaomi consegnerà 600.000 auto.",
            JAN05,
            FCST_2026,
        ),
        (
            "A ottobre Xiaomi ha consegnato più di 40.000 auto, contro le 26.006 di Tesla in "
            "Cina e le 441.706 di BYD.",
            NOV01,
            OCT_40K,
        ),
        pytest.param(
            "A novembre Xiaomi ha consegnato oltre 40.000 veicoli, circa 5.000 in più rispetto "
            "a ottobre.",
            DEC01,
            NOV_40K,
        ),
        pytest.param(
            "Xiaomi supera ancora le 40.000 consegne a novembre\n"
            "Pechino – Xiaomi ha consegnato oltre 40.000 auto elettriche a novembre, ha "
            "comunicato lunedì la società.",
            DEC01,
            NOV_40K,
        ),
        (
            "Per il 2026 Xiaomi punta a consegnare 550.000 veicoli, ha annunciato lunedì "
            "l'amministratore delegato Lei Jun.",
            JAN05,
            GOAL_2026,
        ),
        (
            "La SU7 Ultra costa 529.900 yuan, molto meno di una Porsche Taycan Turbo S, che in Cina "
            "parte da 1,8 milioni di yuan.",
            FEB28,
            ULTRA_PRICE,
        ),
    ]
)
def test_it(text: str, published: dt.date, want: list[dict[str, Any]]) -> None:
    check(text, published, "it", want)


# === Portuguese ===============================================================================


@run(
    [
        pytest.param(
            "Outubro foi mais um mês recorde para a Xiaomi. A fabricante entregou mais de 40 mil "
            "carros elétricos.",
            NOV01,
            OCT_40K,
        ),
        (
            "A Xiaomi divulgou os resultados do terceiro trimestre. No período, foram entregues "
            "108.796 veículos.",
            NOV19,
            Q3_DLV,
        ),
        (
            "Até o fim de outubro, a Xiaomi havia entregado mais de 400 mil carros no total.",
            NOV01,
            TO_OCT31,
        ),
        (
            "Desde o lançamento, a Xiaomi já entregou mais de 300 mil unidades do SU7.",
            NOV01,
            SU7_SINCE,
        ),
        pytest.param(
            "O SU7 Ultra superou 10 mil pedidos firmes em duas horas após o lançamento.",
            FEB28,
            ULTRA_LOCKED,
        ),
        (
            "A Xiaomi elevou a meta de entregas para 2025 de 300 mil para 350 mil veículos.",
            JUN10,
            RAISED_2025,
        ),
        pytest.param(
            "Em 2024, a Xiaomi entregou mais de 135 mil carros e superou a meta de 130 mil "
            "unidades.",
            JAN02,
            BEATEN_2024,
        ),
        (
            "A receita da divisão de veículos elétricos da Xiaomi somou 21,3 bilhões de yuans no segundo "
            "trimestre.",
            AUG20,
            Q2_REV,
        ),
        (
            "Em 2024, a unidade de carros da Xiaomi teve prejuízo de 6,2 bilhões de yuans.",
            MAR19,
            LOSS_2024,
        ),
        ("O YU7 custa a partir de 253.500 yuans.", JUN27, YU7_PRICE),
        (
            "A fábrica da Xiaomi em Pequim tem capacidade de produção anual de 150 mil veículos.",
            NOV01,
            CAPACITY,
        ),
        (
            "Analistas do Goldman Sachs projetam que a Xiaomi entregará 600 mil carros em 2026.",
            JAN05,
            FCST_2026,
        ),
        (
            "A Xiaomi entregou mais de 40 mil carros em outubro, ante 26.006 da Tesla na China "
            "e 441.706 da BYD.",
            NOV01,
            OCT_40K,
        ),
        pytest.param(
            "Em novembro, a Xiaomi entregou mais de 40 mil veículos, cerca de 5 mil a mais que "
            "no mês anterior.",
            DEC01,
            NOV_40K,
        ),
        (
            "Xiaomi volta a superar 40 mil entregas em novembro\n"
            "A Xiaomi entregou mais de 40 mil carros elétricos em novembro, informou a empresa "
            "nesta segunda-feira.",
            DEC01,
            NOV_40K,
        ),
        (
            "A Xiaomi quer entregar 550 mil veículos em 2026, anunciou nesta segunda-feira o "
            "presidente-executivo Lei Jun.",
            JAN05,
            GOAL_2026,
        ),
        (
            "O SU7 Ultra custa 529.900 yuans, bem menos que um Porsche Taycan Turbo S, vendido por "
            "1,8 milhão de yuans na China.",
            FEB28,
            ULTRA_PRICE,
        ),
        (
            "O SU7 estreou com força: foram 50 mil encomendas nos primeiros 27 minutos após o "
            "lançamento.",
            MAR29,
            SU7_27MIN,
        ),
    ]
)
def test_pt(text: str, published: dt.date, want: list[dict[str, Any]]) -> None:
    check(text, published, "pt", want)


# === Dutch ====================================================================================


@run(
    [
        pytest.param(
            "Oktober was opnieuw een recordmaand voor Xiaomi. De Chinese fabrikant leverde meer "
            "dan 40.000 elektrische auto's af.",
            NOV01,
            OCT_40K,
        ),
        (
            "Xiaomi maakte dinsdag de cijfers over het derde kwartaal bekend. In die periode "
            "werden 108.796 auto's geleverd.",
            NOV19,
            Q3_DLV,
        ),
        (
            "Tot eind oktober leverde Xiaomi in totaal ruim 400.000 auto's af.",
            NOV01,
            TO_OCT31,
        ),
        pytest.param(
            "Sinds de marktintroductie heeft Xiaomi meer dan 300.000 exemplaren van de SU7 "
            "afgeleverd.",
            NOV01,
            SU7_SINCE,
        ),
        (
            "De YU7 is een schot in de roos. Binnen 18 uur na de lancering kwamen er 240.000 "
            "vaste bestellingen binnen.",
            JUN27,
            YU7_LOCKED,
        ),
        (
            "Xiaomi verhoogt het leveringsdoel voor 2025 van 300.000 naar 350.000 auto's.",
            JUN10,
            RAISED_2025,
        ),
        pytest.param(
            "Xiaomi leverde in 2024 meer dan 135.000 auto's af en overtrof daarmee het doel van "
            "130.000 stuks.",
            JAN02,
            BEATEN_2024,
        ),
        (
            "De omzet van Xiaomi's divisie elektrische auto's bedroeg in het tweede kwartaal 21,3 "
            "miljard yuan.",
            AUG20,
            Q2_REV,
        ),
        (
            "De autotak van Xiaomi leed in 2024 een verlies van 6,2 miljard yuan.",
            MAR19,
            LOSS_2024,
        ),
        ("De YU7 is er vanaf 253.500 yuan.", JUN27, YU7_PRICE),
        (
            "De fabriek van Xiaomi in Peking heeft een jaarlijkse productiecapaciteit van 150.000 auto's.",
            NOV01,
            CAPACITY,
        ),
        (
            "Analisten van Goldman Sachs verwachten dat Xiaomi in 2026 600.000 auto's levert.",
            JAN05,
            FCST_2026,
        ),
        (
            "Xiaomi leverde in oktober meer dan 40.000 auto's af; Tesla kwam in China op 26.006 "
            "stuks en BYD op 441.706.",
            NOV01,
            OCT_40K,
        ),
        pytest.param(
            "In november leverde Xiaomi meer dan 40.000 auto's af, zo'n 5.000 meer dan een "
            "maand eerder.",
            DEC01,
            NOV_40K,
        ),
        (
            "Xiaomi levert opnieuw meer dan 40.000 auto's in november\n"
            "Xiaomi heeft in november meer dan 40.000 elektrische auto's afgeleverd, zo maakte "
            "het bedrijf maandag bekend.",
            DEC01,
            NOV_40K,
        ),
        (
            "Xiaomi wil in 2026 550.000 auto's afleveren, maakte topman Lei Jun maandag bekend.",
            JAN05,
            GOAL_2026,
        ),
        (
            "De SU7 Ultra kost 529.900 yuan, flink minder dan een Porsche Taycan Turbo S, die in "
            "China 1,8 miljoen yuan kost.",
            FEB28,
            ULTRA_PRICE,
        ),
    ]
)
def test_nl(text: str, published: dt.date, want: list[dict[str, Any]]) -> None:
    check(text, published, "nl", want)


# === Russian ==================================================================================


@run(
    [
        pytest.param(
            "Октябрь стал для Xiaomi очередным рекордным месяцем. Компания поставила клиентам "
            "более 40 тыс. электромобилей.",
            NOV01,
            OCT_40K,
        ),
        pytest.param(
            "Xiaomi отчиталась за третий квартал. За этот период покупателям были переданы "
            "108 796 автомобилей.",
            NOV19,
            Q3_DLV,
        ),
        (
            "К концу октября Xiaomi в общей сложности поставила свыше 400 тыс. автомобилей.",
            NOV01,
            TO_OCT31,
        ),
        pytest.param(
            "С момента выхода на рынок Xiaomi передала покупателям более 300 тыс. SU7.",
            NOV01,
            SU7_SINCE,
        ),
        (
            "Спрос на YU7 превзошёл ожидания. За 18 часов после презентации было оформлено "
            "240 тыс. твёрдых заказов.",
            JUN27,
            YU7_LOCKED,
        ),
        (
            "Xiaomi повысила план поставок на 2025 год с 300 тыс. до 350 тыс. автомобилей.",
            JUN10,
            RAISED_2025,
        ),
        pytest.param(
            "В 2024 году Xiaomi поставила более 135 тыс. машин, превысив целевой показатель в "
            "130 тыс.",
            JAN02,
            BEATEN_2024,
        ),
        (
            "Выручка подразделения электромобилей Xiaomi во втором квартале составила 21,3 млрд юаней.",
            AUG20,
            Q2_REV,
        ),
        (
            "Убыток автомобильного бизнеса Xiaomi по итогам 2024 года составил 6,2 млрд юаней.",
            MAR19,
            LOSS_2024,
        ),
        ("Цена YU7 в Китае начинается от 253 500 юаней.", JUN27, YU7_PRICE),
        (
            "Годовая производственная мощность завода Xiaomi в Пекине составляет 150 тыс. автомобилей.",
            NOV01,
            CAPACITY,
        ),
        (
            "Аналитики Goldman Sachs ожидают, что в 2026 году Xiaomi поставит 600 тыс. машин.",
            JAN05,
            FCST_2026,
        ),
        (
            "В октябре Xiaomi поставила более 40 тыс. машин, тогда как Tesla продала в Китае "
            "26 006 автомобилей, а BYD — 441 706.",
            NOV01,
            OCT_40K,
        ),
        pytest.param(
            "В ноябре Xiaomi поставила более 40 тыс. автомобилей — примерно на 5 тыс. больше, "
            "чем месяцем ранее.",
            DEC01,
            NOV_40K,
        ),
        (
            "Xiaomi в ноябре снова поставила более 40 тыс. электромобилей\n"
            "Компания Xiaomi в ноябре передала клиентам свыше 40 тыс. электромобилей, сообщила "
            "компания в понедельник.",
            DEC01,
            NOV_40K,
        ),
        (
            "В 2026 году Xiaomi намерена поставить 550 тыс. автомобилей, заявил в понедельник "
            "глава компании Лэй Цзюнь.",
            JAN05,
            GOAL_2026,
        ),
        (
            "SU7 Ultra стоит 529 900 юаней — заметно дешевле Porsche Taycan Turbo S, который в Китае "
            "обходится в 1,8 млн юаней.",
            FEB28,
            ULTRA_PRICE,
        ),
        (
            "Старт продаж SU7 оказался успешным: за первые 27 минут компания получила 50 тыс. "
            "заказов.",
            MAR29,
            SU7_27MIN,
        ),
    ]
)
def test_ru(text: str, published: dt.date, want: list[dict[str, Any]]) -> None:
    check(text, published, "ru", want)


# === Polish ===================================================================================


@run(
    [
        pytest.param(
            "Październik był dla Xiaomi kolejnym rekordowym miesiącem. Producent dostarczył "
            "klientom ponad 40 tys. samochodów elektrycznych.",
            NOV01,
            OCT_40K,
        ),
        (
            "Xiaomi przedstawiło wyniki za trzeci kwartał. W tym okresie firma dostarczyła "
            "108 796 aut.",
            NOV19,
            Q3_DLV,
        ),
        (
            "Do końca października Xiaomi dostarczyło łącznie ponad 400 tys. samochodów.",
            NOV01,
            TO_OCT31,
        ),
        pytest.param(
            "Od debiutu rynkowego Xiaomi dostarczyło ponad 300 tys. egzemplarzy SU7.",
            NOV01,
            SU7_SINCE,
        ),
        (
            "SU7 Ultra zebrał ponad 10 tys. wiążących zamówień w ciągu dwóch godzin od premiery.",
            FEB28,
            ULTRA_LOCKED,
        ),
        (
            "Xiaomi podniosło cel dostaw na 2025 rok z 300 tys. do 350 tys. aut.",
            JUN10,
            RAISED_2025,
        ),
        pytest.param(
            "W 2024 roku Xiaomi dostarczyło ponad 135 tys. aut, przekraczając cel wynoszący 130 "
            "tys. sztuk.",
            JAN02,
            BEATEN_2024,
        ),
        (
            "Przychody działu samochodów elektrycznych Xiaomi wyniosły w drugim kwartale 21,3 mld "
            "juanów.",
            AUG20,
            Q2_REV,
        ),
        (
            "Strata motoryzacyjnego biznesu Xiaomi w 2024 roku wyniosła 6,2 mld juanów.",
            MAR19,
            LOSS_2024,
        ),
        ("YU7 kosztuje od 253 500 juanów.", JUN27, YU7_PRICE),
        (
            "Fabryka Xiaomi w Pekinie ma roczne moce produkcyjne na poziomie 150 tys. samochodów.",
            NOV01,
            CAPACITY,
        ),
        (
            "Analitycy Goldman Sachs szacują, że w 2026 roku Xiaomi dostarczy 600 tys. aut.",
            JAN05,
            FCST_2026,
        ),
        (
            "W październiku Xiaomi dostarczyło ponad 40 tys. aut, podczas gdy Tesla sprzedała "
            "w Chinach 26 006 samochodów, a BYD 441 706.",
            NOV01,
            OCT_40K,
        ),
        pytest.param(
            "W listopadzie Xiaomi dostarczyło ponad 40 tys. aut, o około 5 tys. więcej niż "
            "miesiąc wcześniej.",
            DEC01,
            NOV_40K,
        ),
        (
            "Xiaomi znów z ponad 40 tys. dostaw w listopadzie\n"
            "Xiaomi dostarczyło w listopadzie ponad 40 tys. samochodów elektrycznych, "
            "poinformowała firma w poniedziałek.",
            DEC01,
            NOV_40K,
        ),
        (
            "Xiaomi chce dostarczyć w 2026 roku 550 tys. samochodów, zapowiedział w poniedziałek "
            "prezes Lei Jun.",
            JAN05,
            GOAL_2026,
        ),
        (
            "SU7 Ultra kosztuje 529 900 juanów, znacznie mniej niż Porsche Taycan Turbo S, za które "
            "w Chinach trzeba zapłacić 1,8 mln juanów.",
            FEB28,
            ULTRA_PRICE,
        ),
    ]
)
def test_pl(text: str, published: dt.date, want: list[dict[str, Any]]) -> None:
    check(text, published, "pl", want)


# === Turkish ==================================================================================


@run(
    [
        (
            "Ekim ayı Xiaomi için yeni bir rekor oldu. Şirket 40 binden fazla elektrikli "
            "otomobil teslim etti.",
            NOV01,
            OCT_40K,
        ),
        (
            "Xiaomi üçüncü çeyrek sonuçlarını açıkladı. Bu dönemde 108.796 araç teslim edildi.",
            NOV19,
            Q3_DLV,
        ),
        (
            "Ekim sonu itibarıyla Xiaomi'nin toplam teslimatı 400 bini aştı.",
            NOV01,
            TO_OCT31,
        ),
        pytest.param(
            "Piyasaya çıktığından bu yana Xiaomi, 300 binden fazla SU7 teslim etti.",
            NOV01,
            SU7_SINCE,
        ),
        (
            "YU7'ye yoğun ilgi var. Tanıtımdan sonraki 18 saat içinde 240 bin kesin sipariş "
            "alındı.",
            JUN27,
            YU7_LOCKED,
        ),
        (
            "Xiaomi, 2025 teslimat hedefini 300 binden 350 bin araca yükseltti.",
            JUN10,
            RAISED_2025,
        ),
        pytest.param(
            "Xiaomi 2024'te 135 binden fazla otomobil teslim ederek 130 binlik hedefini aştı.",
            JAN02,
            BEATEN_2024,
        ),
        (
            "Xiaomi'nin elektrikli araç biriminin geliri ikinci çeyrekte 21,3 milyar yuana ulaştı.",
            AUG20,
            Q2_REV,
        ),
        (
            "Xiaomi'nin otomobil işi 2024'te 6,2 milyar yuan zarar etti.",
            MAR19,
            LOSS_2024,
        ),
        ("YU7'nin fiyatı 253.500 yuandan başlıyor.", JUN27, YU7_PRICE),
        (
            "Xiaomi'nin Pekin'deki fabrikasının yıllık üretim kapasitesi 150 bin araç.",
            NOV01,
            CAPACITY,
        ),
        (
            "Goldman Sachs analistleri, Xiaomi'nin 2026'da 600 bin araç teslim etmesini bekliyor.",
            JAN05,
            FCST_2026,
        ),
        (
            "Xiaomi ekimde 40 binden fazla araç teslim ederken Tesla Çin'de 26.006, BYD ise "
            "441.706 araç sattı.",
            NOV01,
            OCT_40K,
        ),
        (
            "Xiaomi kasımda 40 binden fazla araç teslim etti; bu, bir önceki aya göre yaklaşık "
            "5 bin araç fazla.",
            DEC01,
            NOV_40K,
        ),
        (
            "Xiaomi kasımda yine 40 binin üzerinde teslimat yaptı\n"
            "Xiaomi, kasım ayında 40 binden fazla elektrikli otomobil teslim ettiğini pazartesi "
            "günü açıkladı.",
            DEC01,
            NOV_40K,
        ),
        (
            "Xiaomi 2026'da 550 bin araç teslim etmeyi hedefliyor. Şirketin CEO'su Lei Jun hedefi "
            "pazartesi günü açıkladı.",
            JAN05,
            GOAL_2026,
        ),
        (
            "SU7 Ultra'nın fiyatı 529.900 yuan; Çin'de 1,8 milyon yuana satılan Porsche Taycan "
            "Turbo S'ten çok daha ucuz.",
            FEB28,
            ULTRA_PRICE,
        ),
    ]
)
def test_tr(text: str, published: dt.date, want: list[dict[str, Any]]) -> None:
    check(text, published, "tr", want)


# === Indonesian ===============================================================================


@run(
    [
        pytest.param(
            "Oktober kembali menjadi bulan rekor bagi Xiaomi. Perusahaan mengirimkan lebih dari "
            "40.000 mobil listrik.",
            NOV01,
            OCT_40K,
        ),
        (
            "Xiaomi merilis laporan keuangan kuartal ketiga. Pada periode tersebut, 108.796 unit "
            "mobil dikirimkan kepada konsumen.",
            NOV19,
            Q3_DLV,
        ),
        (
            "Hingga akhir Oktober, total pengiriman Xiaomi telah melampaui 400.000 unit.",
            NOV01,
            TO_OCT31,
        ),
        pytest.param(
            "Sejak diluncurkan, Xiaomi telah mengirimkan lebih dari 300.000 unit SU7.",
            NOV01,
            SU7_SINCE,
        ),
        (
            "YU7 laris manis. Dalam 18 jam setelah peluncuran, Xiaomi mengantongi 240.000 "
            "pesanan pasti.",
            JUN27,
            YU7_LOCKED,
        ),
        (
            "Xiaomi menaikkan target pengiriman 2025 dari 300.000 menjadi 350.000 unit.",
            JUN10,
            RAISED_2025,
        ),
        pytest.param(
            "Sepanjang 2024, Xiaomi mengirimkan lebih dari 135.000 mobil, melampaui target "
            "130.000 unit.",
            JAN02,
            BEATEN_2024,
        ),
        (
            "Pendapatan divisi kendaraan listrik Xiaomi mencapai 21,3 miliar yuan pada kuartal kedua.",
            AUG20,
            Q2_REV,
        ),
        (
            "Bisnis mobil Xiaomi membukukan kerugian 6,2 miliar yuan sepanjang 2024.",
            MAR19,
            LOSS_2024,
        ),
        ("YU7 dibanderol mulai 253.500 yuan.", JUN27, YU7_PRICE),
        (
            "Pabrik Xiaomi di Beijing memiliki kapasitas produksi 150.000 unit per tahun.",
            NOV01,
            CAPACITY,
        ),
        (
            "Analis Goldman Sachs memperkirakan Xiaomi akan mengirimkan 600.000 mobil pada 2026.",
            JAN05,
            FCST_2026,
        ),
        (
            "Xiaomi mengirimkan lebih dari 40.000 mobil pada Oktober, sementara Tesla menjual "
            "26.006 unit di China dan BYD 441.706 unit.",
            NOV01,
            OCT_40K,
        ),
        pytest.param(
            "Pada November, Xiaomi mengirimkan lebih dari 40.000 mobil, sekitar 5.000 unit lebih "
            "banyak dibanding bulan sebelumnya.",
            DEC01,
            NOV_40K,
        ),
        pytest.param(
            "Pengiriman Xiaomi pada November kembali tembus 40.000 unit\n"
            "Xiaomi mengirimkan lebih dari 40.000 mobil listrik pada November, kata perusahaan "
            "pada Senin.",
            DEC01,
            NOV_40K,
        ),
        (
            "Xiaomi menargetkan pengiriman 550.000 unit pada 2026, kata CEO Lei Jun pada Senin.",
            JAN05,
            GOAL_2026,
        ),
        (
            "SU7 Ultra dibanderol 529.900 yuan, jauh lebih murah daripada Porsche Taycan Turbo S "
            "yang dijual 1,8 juta yuan di China.",
            FEB28,
            ULTRA_PRICE,
        ),
    ]
)
def test_id(text: str, published: dt.date, want: list[dict[str, Any]]) -> None:
    check(text, published, "id", want)


# === Vietnamese ===============================================================================


@run(
    [
        (
            "Tháng 10 tiếp tục là tháng kỷ lục của Xiaomi. Hãng đã giao hơn 40.000 ô tô điện.",
            NOV01,
            OCT_40K,
        ),
        (
            "Xiaomi vừa công bố kết quả kinh doanh quý III. Trong quý, hãng đã giao 108.796 xe.",
            NOV19,
            Q3_DLV,
        ),
        (
            "Tính đến cuối tháng 10, Xiaomi đã giao tổng cộng hơn 400.000 xe.",
            NOV01,
            TO_OCT31,
        ),
        (
            "Kể từ khi ra mắt, Xiaomi đã giao hơn 300.000 chiếc SU7.",
            NOV01,
            SU7_SINCE,
        ),
        (
            "YU7 gây sốt. Chỉ trong 18 giờ sau khi ra mắt, mẫu xe đã nhận 240.000 đơn đặt hàng "
            "chốt.",
            JUN27,
            YU7_LOCKED,
        ),
        (
            "Xiaomi nâng mục tiêu giao xe năm 2025 từ 300.000 lên 350.000 chiếc.",
            JUN10,
            RAISED_2025,
        ),
        pytest.param(
            "Trong năm 2024, Xiaomi đã giao hơn 135.000 xe, vượt mục tiêu 130.000 chiếc.",
            JAN02,
            BEATEN_2024,
        ),
        (
            "Doanh thu mảng xe điện của Xiaomi đạt 21,3 tỷ nhân dân tệ trong quý II.",
            AUG20,
            Q2_REV,
        ),
        (
            "Năm 2024, mảng ô tô của Xiaomi lỗ 6,2 tỷ nhân dân tệ.",
            MAR19,
            LOSS_2024,
        ),
        ("YU7 có giá từ 253.500 nhân dân tệ.", JUN27, YU7_PRICE),
        (
            "Nhà máy của Xiaomi ở Bắc Kinh có công suất 150.000 xe mỗi năm.",
            NOV01,
            CAPACITY,
        ),
        (
            "Các nhà phân tích của Goldman Sachs dự báo Xiaomi sẽ giao 600.000 xe trong năm 2026.",
            JAN05,
            FCST_2026,
        ),
        (
            "Trong tháng 10, Xiaomi giao hơn 40.000 xe, trong khi Tesla bán 26.006 xe tại Trung "
            "Quốc và BYD bán 441.706 xe.",
            NOV01,
            OCT_40K,
        ),
        pytest.param(
            "Trong tháng 11, Xiaomi giao hơn 40.000 xe, nhiều hơn khoảng 5.000 xe so với tháng "
            "trước.",
            DEC01,
            NOV_40K,
        ),
        (
            "Xiaomi giao hơn 40.000 xe trong tháng 11\n"
            "Xiaomi cho biết hôm thứ Hai rằng hãng đã giao hơn 40.000 ô tô điện trong tháng 11.",
            DEC01,
            NOV_40K,
        ),
        (
            "Xiaomi đặt mục tiêu giao 550.000 xe trong năm 2026, CEO Lei Jun cho biết hôm thứ Hai.",
            JAN05,
            GOAL_2026,
        ),
        (
            "SU7 Ultra có giá 529.900 nhân dân tệ, rẻ hơn nhiều so với Porsche Taycan Turbo S có "
            "giá 1,8 triệu nhân dân tệ tại Trung Quốc.",
            FEB28,
            ULTRA_PRICE,
        ),
    ]
)
def test_vi(text: str, published: dt.date, want: list[dict[str, Any]]) -> None:
    check(text, published, "vi", want)


# === Japanese =================================================================================


@run(
    [
        (
            "10月も小米にとって過去最高の月となった。同社は電気自動車を4万台超納車した。",
            NOV01,
            OCT_40K,
        ),
        (
            "小米は7〜9月期の決算を発表した。同期間の納車台数は10万8796台だった。",
            NOV19,
            Q3_DLV,
        ),
        (
            "小米の累計納車台数は10月末時点で40万台を超えた。",
            NOV01,
            TO_OCT31,
        ),
        (
            "発売以来、SU7の納車台数は30万台を超えた。",
            NOV01,
            SU7_SINCE,
        ),
        (
            "YU7の人気は凄まじい。発表から18時間で確定注文は24万台に達した。",
            JUN27,
            YU7_LOCKED,
        ),
        (
            "小米は2025年の納車目標を30万台から35万台に引き上げた。",
            JUN10,
            RAISED_2025,
        ),
        pytest.param(
            "小米は2024年に13万5000台超を納車し、13万台の目標を上回った。",
            JAN02,
            BEATEN_2024,
        ),
        (
            "小米の4〜6月期のEV事業の売上高は213億元だった。",
            AUG20,
            Q2_REV,
        ),
        (
            "小米の自動車事業は2024年に62億元の赤字を計上した。",
            MAR19,
            LOSS_2024,
        ),
        ("YU7の価格は25万3500元から。", JUN27, YU7_PRICE),
        (
            "小米の北京工場の年間生産能力は15万台だ。",
            NOV01,
            CAPACITY,
        ),
        (
            "ゴールドマン・サックスのアナリストは、小米の2026年の納車台数を60万台と予想する。",
            JAN05,
            FCST_2026,
        ),
        (
            "小米は10月に4万台超を納車した。同月のテスラの中国販売は2万6006台、BYDは44万1706台"
            "だった。",
            NOV01,
            OCT_40K,
        ),
        pytest.param(
            "小米の11月の納車台数は4万台を超え、前月より約5000台増えた。",
            DEC01,
            NOV_40K,
        ),
        (
            "小米、11月の納車4万台超\n小米は1日、11月の電気自動車の納車台数が4万台を超えたと発表した。",
            DEC01,
            NOV_40K,
        ),
        (
            "小米の雷軍CEOは5日、2026年の納車目標を55万台とすると発表した。",
            JAN05,
            GOAL_2026,
        ),
        (
            "SU7 Ultraの価格は52万9900元で、中国で180万元するポルシェ・タイカン・ターボSを大きく"
            "下回る。",
            FEB28,
            ULTRA_PRICE,
        ),
        (
            "SU7は発売から27分で5万台の注文を集めた。",
            MAR29,
            SU7_27MIN,
        ),
    ]
)
def test_ja(text: str, published: dt.date, want: list[dict[str, Any]]) -> None:
    check(text, published, "ja", want)


# === Korean ===================================================================================


@run(
    [
        (
            "10월은 샤오미에게 또 한 번의 기록적인 달이었다. 회사는 전기차 4만대 이상을 인도했다.",
            NOV01,
            OCT_40K,
        ),
        (
            "샤오미가 3분기 실적을 발표했다. 이 기간 인도량은 10만8796대였다.",
            NOV19,
            Q3_DLV,
        ),
        (
            "10월 말 기준 샤오미의 누적 인도량은 40만대를 넘어섰다.",
            NOV01,
            TO_OCT31,
        ),
        (
            "출시 이후 샤오미는 SU7을 30만대 넘게 인도했다.",
            NOV01,
            SU7_SINCE,
        ),
        (
            "YU7의 인기가 뜨겁다. 공개 후 18시간 만에 확정 주문이 24만대에 달했다.",
            JUN27,
            YU7_LOCKED,
        ),
        (
            "샤오미는 2025년 인도 목표를 30만대에서 35만대로 상향했다.",
            JUN10,
            RAISED_2025,
        ),
        pytest.param(
            "샤오미는 2024년 13만5000대 이상을 인도해 목표치인 13만대를 넘어섰다.",
            JAN02,
            BEATEN_2024,
        ),
        (
            "샤오미의 2분기 전기차 부문 매출은 213억 위안을 기록했다.",
            AUG20,
            Q2_REV,
        ),
        (
            "샤오미 자동차 사업은 2024년 62억 위안의 손실을 냈다.",
            MAR19,
            LOSS_2024,
        ),
        ("YU7의 가격은 25만3500위안부터 시작한다.", JUN27, YU7_PRICE),
        (
            "샤오미 베이징 공장의 연간 생산능력은 15만대다.",
            NOV01,
            CAPACITY,
        ),
        (
            "골드만삭스 애널리스트들은 샤오미가 2026년 60만대를 인도할 것으로 전망했다.",
            JAN05,
            FCST_2026,
        ),
        (
            "샤오미는 10월 4만대 이상을 인도했다. 같은 달 테슬라는 중국에서 2만6006대, BYD는 "
            "44만1706대를 팔았다.",
            NOV01,
            OCT_40K,
        ),
        pytest.param(
            "샤오미의 11월 인도량은 4만대를 넘어 전월보다 약 5000대 늘었다.",
            DEC01,
            NOV_40K,
        ),
        pytest.param(
            "샤오미, 11월 인도량 4만대 돌파\n샤오미는 1일 11월 전기차 인도량이 4만대를 넘었다고 "
            "밝혔다.",
            DEC01,
            NOV_40K,
        ),
        (
            "샤오미 레이쥔 최고경영자(CEO)는 5일 2026년 인도 목표를 55만대로 제시했다.",
            JAN05,
            GOAL_2026,
        ),
        (
            "SU7 울트라의 가격은 52만9900위안으로, 중국에서 180만 위안인 포르쉐 타이칸 터보 S보다 "
            "훨씬 싸다.",
            FEB28,
            ULTRA_PRICE,
        ),
        (
            "SU7은 출시 27분 만에 주문 5만대를 돌파했다.",
            MAR29,
            SU7_27MIN,
        ),
    ]
)
def test_ko(text: str, published: dt.date, want: list[dict[str, Any]]) -> None:
    check(text, published, "ko", want)


# === second batch: families across the 13 languages ==========================================

MET_2025 = [goal(350000, **year(2025))]
Q3_BOTH = [dlv(108796, **Q3), money("revenue", 2.9e10, **Q3)]


def lang_run(cases: list[Any]) -> Any:
    return pytest.mark.parametrize(("lang", "text", "published", "want"), cases)


# --- a target met before the year is out: the year's target, not November's ------------------


@lang_run(
    [
        (
            "de",
            "Xiaomi hat sein Jahresziel von 350.000 Auslieferungen bereits im November erreicht.",
            DEC01,
            MET_2025,
        ),
        pytest.param(
            "fr",
            "Xiaomi a atteint dès novembre son objectif annuel de 350 000 livraisons.",
            DEC01,
            MET_2025,
        ),
        pytest.param(
            "es",
            "Xiaomi alcanzó ya en noviembre su objetivo anual de 350.000 entregas.",
            DEC01,
            MET_2025,
        ),
        pytest.param(
            "it",
            "Xiaomi ha raggiunto già a novembre l'obiettivo annuale di 350.000 consegne.",
            DEC01,
            MET_2025,
        ),
        pytest.param(
            "pt",
            "A Xiaomi atingiu já em novembro a meta anual de 350 mil entregas.",
            DEC01,
            MET_2025,
        ),
        (
            "nl",
            "Xiaomi heeft zijn jaardoel van 350.000 leveringen in november al gehaald.",
            DEC01,
            MET_2025,
        ),
        pytest.param(
            "ru",
            "Xiaomi выполнила годовой план в 350 тыс. поставок уже в ноябре.",
            DEC01,
            MET_2025,
        ),
        pytest.param(
            "pl",
            "Xiaomi zrealizowało roczny cel 350 tys. dostaw już w listopadzie.",
            DEC01,
            MET_2025,
        ),
        (
            "tr",
            "Xiaomi, 350 bin araçlık yıllık teslimat hedefine kasım ayında ulaştı.",
            DEC01,
            MET_2025,
        ),
        pytest.param(
            "id",
            "Xiaomi telah mencapai target tahunan 350.000 unit pengiriman pada November.",
            DEC01,
            MET_2025,
        ),
        (
            "vi",
            "Xiaomi đã hoàn thành mục tiêu giao 350.000 xe của cả năm ngay trong tháng 11.",
            DEC01,
            MET_2025,
        ),
        (
            "ja",
            "小米は11月に年間目標の35万台の納車を達成した。",
            DEC01,
            MET_2025,
        ),
        (
            "ko",
            "샤오미는 11월에 연간 인도 목표인 35만대를 달성했다.",
            DEC01,
            MET_2025,
        ),
    ]
)
def test_target_met(lang: str, text: str, published: dt.date, want: list[dict[str, Any]]) -> None:
    check(text, published, lang, want)


# --- a quarter's deliveries, then the unit's revenue in a sentence that does not name Xiaomi --


@lang_run(
    [
        (
            "de",
            "Im dritten Quartal lieferte Xiaomi 108.796 Elektroautos aus. Der Umsatz des "
            "Autogeschäfts stieg auf 29 Mrd. Yuan.",
            NOV19,
            Q3_BOTH,
        ),
        (
            "fr",
            "Au troisième trimestre, Xiaomi a livré 108 796 voitures. Le chiffre d'affaires de "
            "la branche automobile a grimpé à 29 milliards de yuans.",
            NOV19,
            Q3_BOTH,
        ),
        pytest.param(
            "es",
            "En el tercer trimestre, Xiaomi entregó 108.796 coches. Los ingresos del negocio de "
            "automóviles subieron hasta 29.000 millones de yuanes.",
            NOV19,
            Q3_BOTH,
        ),
        pytest.param(
            "it",
            "Nel terzo trimestre Xiaomi ha consegnato 108.796 auto. I ricavi del comparto auto "
            "sono saliti a 29 miliardi di yuan.",
            NOV19,
            Q3_BOTH,
        ),
        (
            "pt",
            "No terceiro trimestre, a Xiaomi entregou 108.796 carros. A receita do negócio de "
            "automóveis subiu para 29 bilhões de yuans.",
            NOV19,
            Q3_BOTH,
        ),
        (
            "nl",
            "In het derde kwartaal leverde Xiaomi 108.796 auto's af. De omzet van de autotak "
            "steeg naar 29 miljard yuan.",
            NOV19,
            Q3_BOTH,
        ),
        (
            "ru",
            "В третьем квартале Xiaomi поставила 108 796 автомобилей. Выручка автомобильного "
            "направления выросла до 29 млрд юаней.",
            NOV19,
            Q3_BOTH,
        ),
        (
            "pl",
            "W trzecim kwartale Xiaomi dostarczyło 108 796 aut. Przychody segmentu "
            "motoryzacyjnego wzrosły do 29 mld juanów.",
            NOV19,
            Q3_BOTH,
        ),
        (
            "tr",
            "Xiaomi üçüncü çeyrekte 108.796 otomobil teslim etti. Otomobil biriminin geliri 29 "
            "milyar yuana yükseldi.",
            NOV19,
            Q3_BOTH,
        ),
        (
            "id",
            "Pada kuartal ketiga, Xiaomi mengirimkan 108.796 mobil. Pendapatan bisnis mobil naik "
            "menjadi 29 miliar yuan.",
            NOV19,
            Q3_BOTH,
        ),
        (
            "vi",
            "Trong quý III, Xiaomi đã giao 108.796 xe. Doanh thu mảng ô tô tăng lên 29 tỷ nhân "
            "dân tệ.",
            NOV19,
            Q3_BOTH,
        ),
        (
            "ja",
            "小米は7〜9月期に10万8796台を納車した。自動車事業の売上高は290億元に増えた。",
            NOV19,
            Q3_BOTH,
        ),
        (
            "ko",
            "샤오미는 3분기에 10만8796대를 인도했다. 자동차 사업 매출은 290억 위안으로 늘었다.",
            NOV19,
            Q3_BOTH,
        ),
    ]
)
def test_quarter_then_revenue(
    lang: str, text: str, published: dt.date, want: list[dict[str, Any]]
) -> None:
    check(text, published, lang, want)


# === third batch ==============================================================================

OCT16 = D(2025, 10, 16)
TEN_MONTHS = [
    dlv(
        300000,
        MORE,
        period_kind="cumulative",
        period_start=D(2025, 1, 1),
        period_end=D(2025, 10, 31),
        as_of=D(2025, 10, 31),
    )
]
MILESTONE = [
    ev(
        AUTO,
        metric="production",
        value=500000,
        status="actual",
        period_kind="cumulative",
        as_of=D(2025, 10, 15),
    )
]


# --- the first ten months: cumulative from January 1 to October 31 ---------------------------


@lang_run(
    [
        (
            "de",
            "In den ersten zehn Monaten des Jahres lieferte Xiaomi mehr als 300.000 Autos aus.",
            NOV01,
            TEN_MONTHS,
        ),
        (
            "fr",
            "Sur les dix premiers mois de l'année, Xiaomi a livré plus de 300 000 voitures.",
            NOV01,
            TEN_MONTHS,
        ),
        (
            "es",
            "En los diez primeros meses del año, Xiaomi entregó más de 300.000 coches.",
            NOV01,
            TEN_MONTHS,
        ),
        (
            "it",
            "Nei primi dieci mesi dell'anno Xiaomi ha consegnato oltre 300.000 auto.",
            NOV01,
            TEN_MONTHS,
        ),
        (
            "pt",
            "Nos dez primeiros meses do ano, a Xiaomi entregou mais de 300 mil carros.",
            NOV01,
            TEN_MONTHS,
        ),
        (
            "nl",
            "In de eerste tien maanden van het jaar leverde Xiaomi ruim 300.000 auto's af.",
            NOV01,
            TEN_MONTHS,
        ),
        (
            "ru",
            "За первые десять месяцев года Xiaomi поставила более 300 тыс. автомобилей.",
            NOV01,
            TEN_MONTHS,
        ),
        (
            "pl",
            "W ciągu pierwszych dziesięciu miesięcy roku Xiaomi dostarczyło ponad 300 tys. aut.",
            NOV01,
            TEN_MONTHS,
        ),
        (
            "tr",
            "Xiaomi yılın ilk on ayında 300 binden fazla otomobil teslim etti.",
            NOV01,
            TEN_MONTHS,
        ),
        (
            "id",
            "Dalam sepuluh bulan pertama tahun ini, Xiaomi mengirimkan lebih dari 300.000 mobil.",
            NOV01,
            TEN_MONTHS,
        ),
        (
            "vi",
            "Trong 10 tháng đầu năm, Xiaomi đã giao hơn 300.000 xe.",
            NOV01,
            TEN_MONTHS,
        ),
        ("ja", "小米の1〜10月の納車台数は30万台を超えた。", NOV01, TEN_MONTHS),
        ("ko", "샤오미의 1~10월 누적 인도량은 30만대를 넘었다.", NOV01, TEN_MONTHS),
    ]
)
def test_first_ten_months(
    lang: str, text: str, published: dt.date, want: list[dict[str, Any]]
) -> None:
    check(text, published, lang, want)


# --- a milestone off the line on a named day: production, cumulative, as_of that day ---------


@lang_run(
    [
        pytest.param(
            "de",
            "Am 15. Oktober lief in Peking das 500.000. Auto von Xiaomi vom Band.",
            OCT16,
            MILESTONE,
        ),
        (
            "fr",
            "Le 15 octobre, la 500 000e voiture de Xiaomi est sortie de la chaîne de production.",
            OCT16,
            MILESTONE,
        ),
        pytest.param(
            "es",
            "El 15 de octubre salió de la línea de montaje el coche número 500.000 de Xiaomi.",
            OCT16,
            MILESTONE,
        ),
        (
            "it",
            "Il 15 ottobre è uscita dalla linea di produzione la 500.000ª auto di Xiaomi.",
            OCT16,
            MILESTONE,
        ),
        (
            "pt",
            "Em 15 de outubro, o carro número 500 mil da Xiaomi saiu da linha de produção.",
            OCT16,
            MILESTONE,
        ),
        (
            "nl",
            "Op 15 oktober rolde de 500.000ste auto van Xiaomi van de band.",
            OCT16,
            MILESTONE,
        ),
        (
            "ru",
            "15 октября с конвейера Xiaomi сошёл 500-тысячный автомобиль.",
            OCT16,
            MILESTONE,
        ),
        (
            "pl",
            "15 października z taśmy produkcyjnej Xiaomi zjechał 500-tysięczny samochód.",
            OCT16,
            MILESTONE,
        ),
        pytest.param(
            "tr",
            "Xiaomi'nin 500 bininci otomobili 15 Ekim'de üretim hattından çıktı.",
            OCT16,
            MILESTONE,
        ),
        (
            "id",
            "Mobil ke-500.000 Xiaomi keluar dari jalur produksi pada 15 Oktober.",
            OCT16,
            MILESTONE,
        ),
        (
            "vi",
            "Ngày 15/10, chiếc xe thứ 500.000 của Xiaomi đã xuất xưởng.",
            OCT16,
            MILESTONE,
        ),
        ("ja", "小米の50万台目の車両が10月15日にラインオフした。", OCT16, MILESTONE),
        ("ko", "샤오미의 50만 번째 차량이 10월 15일 생산라인에서 출고됐다.", OCT16, MILESTONE),
    ]
)
def test_milestone_off_the_line(
    lang: str, text: str, published: dt.date, want: list[dict[str, Any]]
) -> None:
    check(text, published, lang, want)


# === fourth batch =============================================================================

OP_LOSS_Q2 = [money("net_loss", 3e8, **Q2)]
PHONES_AND_CARS = Q3_DLV


# --- an operating loss of a quarter in each language's words: net_loss (DESIGN's convention) --


@lang_run(
    [
        (
            "de",
            "Das Elektroautogeschäft von Xiaomi schrieb im zweiten Quartal einen operativen "
            "Verlust von 300 Mio. Yuan.",
            AUG20,
            OP_LOSS_Q2,
        ),
        (
            "fr",
            "Au deuxième trimestre, la division automobile de Xiaomi a enregistré une perte "
            "opérationnelle de 300 millions de yuans.",
            AUG20,
            OP_LOSS_Q2,
        ),
        (
            "es",
            "La división de coches eléctricos de Xiaomi registró una pérdida operativa de 300 "
            "millones de yuanes en el segundo trimestre.",
            AUG20,
            OP_LOSS_Q2,
        ),
        (
            "it",
            "Nel secondo trimestre la divisione auto di Xiaomi ha registrato una perdita "
            "operativa di 300 milioni di yuan.",
            AUG20,
            OP_LOSS_Q2,
        ),
        (
            "pt",
            "No segundo trimestre, a divisão de carros da Xiaomi teve prejuízo operacional de "
            "300 milhões de yuans.",
            AUG20,
            OP_LOSS_Q2,
        ),
        (
            "nl",
            "De autodivisie van Xiaomi boekte in het tweede kwartaal een operationeel verlies "
            "van 300 miljoen yuan.",
            AUG20,
            OP_LOSS_Q2,
        ),
        (
            "ru",
            "Операционный убыток автомобильного подразделения Xiaomi во втором квартале составил "
            "300 млн юаней.",
            AUG20,
            OP_LOSS_Q2,
        ),
        (
            "pl",
            "Strata operacyjna działu samochodowego Xiaomi w drugim kwartale wyniosła 300 mln "
            "juanów.",
            AUG20,
            OP_LOSS_Q2,
        ),
        (
            "tr",
            "Xiaomi'nin otomobil birimi ikinci çeyrekte 300 milyon yuan faaliyet zararı açıkladı.",
            AUG20,
            OP_LOSS_Q2,
        ),
        (
            "id",
            "Divisi mobil Xiaomi mencatat rugi operasional 300 juta yuan pada kuartal kedua.",
            AUG20,
            OP_LOSS_Q2,
        ),
        (
            "vi",
            "Trong quý II, mảng ô tô của Xiaomi lỗ hoạt động 300 triệu nhân dân tệ.",
            AUG20,
            OP_LOSS_Q2,
        ),
        ("ja", "小米のEV事業の4〜6月期の営業損失は3億元だった。", AUG20, OP_LOSS_Q2),
        ("ko", "샤오미 전기차 사업의 2분기 영업손실은 3억 위안이었다.", AUG20, OP_LOSS_Q2),
    ]
)
def test_operating_loss(
    lang: str, text: str, published: dt.date, want: list[dict[str, Any]]
) -> None:
    check(text, published, lang, want)


# --- revenue with its conversion into the reader's currency in brackets: one figure ----------


@lang_run(
    [
        pytest.param(
            "de",
            "Xiaomis Autosparte setzte im zweiten Quartal 21,3 Mrd. Yuan (rund 2,6 Mrd. Euro) um.",
            AUG20,
            Q2_REV,
        ),
        (
            "fr",
            "Au deuxième trimestre, la branche automobile de Xiaomi a réalisé un chiffre "
            "d'affaires de 21,3 milliards de yuans (environ 2,6 milliards d'euros).",
            AUG20,
            Q2_REV,
        ),
        (
            "es",
            "La división de coches de Xiaomi ingresó 21.300 millones de yuanes (unos 2.600 "
            "millones de euros) en el segundo trimestre.",
            AUG20,
            Q2_REV,
        ),
        (
            "it",
            "Nel secondo trimestre la divisione auto di Xiaomi ha fatturato 21,3 miliardi di "
            "yuan (circa 2,6 miliardi di euro).",
            AUG20,
            Q2_REV,
        ),
        (
            "pt",
            "A divisão de carros da Xiaomi faturou 21,3 bilhões de yuans (cerca de R$ 16,5 "
            "bilhões) no segundo trimestre.",
            AUG20,
            Q2_REV,
        ),
        (
            "nl",
            "De autodivisie van Xiaomi had in het tweede kwartaal een omzet van 21,3 miljard "
            "yuan (zo'n 2,6 miljard euro).",
            AUG20,
            Q2_REV,
        ),
        (
            "ru",
            "Выручка автомобильного подразделения Xiaomi во втором квартале составила 21,3 млрд "
            "юаней (около 235 млрд рублей).",
            AUG20,
            Q2_REV,
        ),
        (
            "pl",
            "Przychody działu samochodowego Xiaomi w drugim kwartale wyniosły 21,3 mld juanów "
            "(ok. 11 mld zł).",
            AUG20,
            Q2_REV,
        ),
        (
            "tr",
            "Xiaomi'nin otomobil biriminin ikinci çeyrek geliri 21,3 milyar yuan (yaklaşık 120 "
            "milyar TL) oldu.",
            AUG20,
            Q2_REV,
        ),
        (
            "id",
            "Pendapatan divisi mobil Xiaomi pada kuartal kedua mencapai 21,3 miliar yuan "
            "(sekitar Rp 48 triliun).",
            AUG20,
            Q2_REV,
        ),
        (
            "vi",
            "Doanh thu mảng ô tô của Xiaomi trong quý II đạt 21,3 tỷ nhân dân tệ (khoảng 77.000 "
            "tỷ đồng).",
            AUG20,
            Q2_REV,
        ),
        (
            "ja",
            "小米のEV事業の4〜6月期の売上高は213億元（約4400億円）だった。",
            AUG20,
            Q2_REV,
        ),
        (
            "ko",
            "샤오미 전기차 사업의 2분기 매출은 213억 위안(약 4조1000억 원)이었다.",
            AUG20,
            Q2_REV,
        ),
    ]
)
def test_revenue_converted(
    lang: str, text: str, published: dt.date, want: list[dict[str, Any]]
) -> None:
    check(text, published, lang, want)


# --- phones and cars in one sentence: only the cars are the car business's deliveries --------


@lang_run(
    [
        pytest.param(
            "de",
            "Im dritten Quartal setzte Xiaomi 43,3 Mio. Smartphones ab und lieferte 108.796 "
            "Autos aus.",
            NOV19,
            PHONES_AND_CARS,
        ),
        pytest.param(
            "fr",
            "Au troisième trimestre, Xiaomi a expédié 43,3 millions de smartphones et livré "
            "108 796 voitures.",
            NOV19,
            PHONES_AND_CARS,
        ),
        pytest.param(
            "es",
            "En el tercer trimestre, Xiaomi vendió 43,3 millones de móviles y entregó 108.796 "
            "coches.",
            NOV19,
            PHONES_AND_CARS,
        ),
        pytest.param(
            "it",
            "Nel terzo trimestre Xiaomi ha spedito 43,3 milioni di smartphone e consegnato "
            "108.796 auto.",
            NOV19,
            PHONES_AND_CARS,
        ),
        pytest.param(
            "pt",
            "No terceiro trimestre, a Xiaomi vendeu 43,3 milhões de celulares e entregou 108.796 "
            "carros.",
            NOV19,
            PHONES_AND_CARS,
        ),
        pytest.param(
            "nl",
            "In het derde kwartaal verkocht Xiaomi 43,3 miljoen smartphones en leverde het "
            "108.796 auto's af.",
            NOV19,
            PHONES_AND_CARS,
        ),
        pytest.param(
            "ru",
            "В третьем квартале Xiaomi отгрузила 43,3 млн смартфонов и поставила 108 796 "
            "автомобилей.",
            NOV19,
            PHONES_AND_CARS,
        ),
        pytest.param(
            "pl",
            "W trzecim kwartale Xiaomi sprzedało 43,3 mln smartfonów i dostarczyło 108 796 aut.",
            NOV19,
            PHONES_AND_CARS,
        ),
        pytest.param(
            "tr",
            "Xiaomi üçüncü çeyrekte 43,3 milyon akıllı telefon sattı ve 108.796 otomobil teslim "
            "etti.",
            NOV19,
            PHONES_AND_CARS,
        ),
        pytest.param(
            "id",
            "Pada kuartal ketiga, Xiaomi mengapalkan 43,3 juta ponsel dan mengirimkan 108.796 "
            "mobil.",
            NOV19,
            PHONES_AND_CARS,
        ),
        pytest.param(
            "vi",
            "Trong quý III, Xiaomi xuất xưởng 43,3 triệu điện thoại và giao 108.796 ô tô.",
            NOV19,
            PHONES_AND_CARS,
        ),
        pytest.param(
            "ja",
            "小米は7〜9月期にスマートフォンを4330万台出荷し、自動車を10万8796台納車した。",
            NOV19,
            PHONES_AND_CARS,
        ),
        pytest.param(
            "ko",
            "샤오미는 3분기에 스마트폰 4330만대를 출하하고 자동차 10만8796대를 인도했다.",
            NOV19,
            PHONES_AND_CARS,
        ),
    ]
)
def test_phones_and_cars(
    lang: str, text: str, published: dt.date, want: list[dict[str, Any]]
) -> None:
    check(text, published, lang, want)


# === fifth batch ==============================================================================

RANGE_2026 = [fcst(550000, "at_least", value_max=600000, **year(2026))]


# --- the model named in the sentence before, its price told with a pronoun --------------------


@lang_run(
    [
        (
            "de",
            "Xiaomi hat am Donnerstagabend den YU7 vorgestellt. Er ist ab 253.500 Yuan zu haben.",
            JUN27,
            YU7_PRICE,
        ),
        (
            "fr",
            "Xiaomi a dévoilé jeudi soir le YU7. Il est proposé à partir de 253 500 yuans.",
            JUN27,
            YU7_PRICE,
        ),
        (
            "es",
            "Xiaomi presentó el jueves por la noche el YU7. Su precio parte de 253.500 yuanes.",
            JUN27,
            YU7_PRICE,
        ),
        (
            "it",
            "Giovedì sera Xiaomi ha presentato la YU7. Il prezzo parte da 253.500 yuan.",
            JUN27,
            YU7_PRICE,
        ),
        (
            "pt",
            "A Xiaomi apresentou o YU7 na quinta-feira à noite. O modelo custa a partir de "
            "253.500 yuans.",
            JUN27,
            YU7_PRICE,
        ),
        (
            "nl",
            "Xiaomi presenteerde donderdagavond de YU7. Hij kost vanaf 253.500 yuan.",
            JUN27,
            YU7_PRICE,
        ),
        (
            "ru",
            "В четверг вечером Xiaomi представила YU7. Его цена начинается от 253 500 юаней.",
            JUN27,
            YU7_PRICE,
        ),
        (
            "pl",
            "Xiaomi zaprezentowało w czwartek wieczorem model YU7. Jego cena zaczyna się od "
            "253 500 juanów.",
            JUN27,
            YU7_PRICE,
        ),
        (
            "tr",
            "Xiaomi perşembe akşamı YU7'yi tanıttı. Modelin fiyatı 253.500 yuandan başlıyor.",
            JUN27,
            YU7_PRICE,
        ),
        (
            "id",
            "Xiaomi meluncurkan YU7 pada Kamis malam. Mobil ini dibanderol mulai 253.500 yuan.",
            JUN27,
            YU7_PRICE,
        ),
        (
            "vi",
            "Xiaomi đã ra mắt YU7 vào tối thứ Năm. Mẫu xe có giá từ 253.500 nhân dân tệ.",
            JUN27,
            YU7_PRICE,
        ),
        ("ja", "小米は26日夜、YU7を発表した。価格は25万3500元から。", JUN27, YU7_PRICE),
        (
            "ko",
            "샤오미는 26일 밤 YU7을 공개했다. 가격은 25만3500위안부터 시작한다.",
            JUN27,
            YU7_PRICE,
        ),
    ]
)
def test_price_after_the_model(
    lang: str, text: str, published: dt.date, want: list[dict[str, Any]]
) -> None:
    check(text, published, lang, want)


# --- an analysts' forecast given as a range: lower end, value_max the upper, at_least ---------


@lang_run(
    [
        pytest.param(
            "de",
            "Analysten erwarten, dass Xiaomi 2026 zwischen 550.000 und 600.000 Autos ausliefert.",
            JAN05,
            RANGE_2026,
        ),
        (
            "fr",
            "Les analystes s'attendent à ce que Xiaomi livre entre 550 000 et 600 000 voitures "
            "en 2026.",
            JAN05,
            RANGE_2026,
        ),
        (
            "es",
            "Los analistas prevén que Xiaomi entregue entre 550.000 y 600.000 coches en 2026.",
            JAN05,
            RANGE_2026,
        ),
        (
            "it",
            "Gli analisti stimano che nel 2026 Xiaomi consegnerà tra 550.000 e 600.000 auto.",
            JAN05,
            RANGE_2026,
        ),
        (
            "pt",
            "Analistas estimam que a Xiaomi entregará entre 550 mil e 600 mil carros em 2026.",
            JAN05,
            RANGE_2026,
        ),
        (
            "nl",
            "Analisten verwachten dat Xiaomi in 2026 tussen de 550.000 en 600.000 auto's levert.",
            JAN05,
            RANGE_2026,
        ),
        (
            "ru",
            "Аналитики ожидают, что в 2026 году Xiaomi поставит от 550 до 600 тыс. автомобилей.",
            JAN05,
            RANGE_2026,
        ),
        (
            "pl",
            "Analitycy szacują, że w 2026 roku Xiaomi dostarczy od 550 do 600 tys. aut.",
            JAN05,
            RANGE_2026,
        ),
        (
            "tr",
            "Analistler, Xiaomi'nin 2026'da 550 bin ile 600 bin arasında araç teslim etmesini "
            "bekliyor.",
            JAN05,
            RANGE_2026,
        ),
        (
            "id",
            "Analis memperkirakan Xiaomi akan mengirimkan 550.000 hingga 600.000 mobil pada 2026.",
            JAN05,
            RANGE_2026,
        ),
        (
            "vi",
            "Giới phân tích dự báo Xiaomi sẽ giao từ 550.000 đến 600.000 xe trong năm 2026.",
            JAN05,
            RANGE_2026,
        ),
        (
            "ja",
            "アナリストは小米の2026年の納車台数を55万〜60万台と予想している。",
            JAN05,
            RANGE_2026,
        ),
        (
            "ko",
            "애널리스트들은 샤오미가 2026년 55만~60만대를 인도할 것으로 전망했다.",
            JAN05,
            RANGE_2026,
        ),
    ]
)
def test_forecast_range(
    lang: str, text: str, published: dt.date, want: list[dict[str, Any]]
) -> None:
    check(text, published, lang, want)
