"""Families of misses in the thirteen other languages (fix28d), each fixed across several
languages, with sentences written here from scratch (expectations fixed before the run).

1. a year's total or target said as "the whole year" / "the year before" is a year period;
2. an analyst's raised or cut projection ("Prognose", "prévision", "proyeksi ... menjadi ...
   dari sebelumnya"): both the new and the former figure are forecasts;
3. a figure of the maker given in a sentence that names a model only in a side clause ("weil
   der günstigere YU7 ...") or sums both models ("somando o SU7 e o YU7") stays the maker's;
4. "the quarter before" is the quarter before the reported one; "third quarter in a row" is no
   quarter;
5. a month named only in the lead of a roundup, a record month in a year review, an 18-hour
   launch window;
6. a rival's record set against Xiaomi ("casi el doble que Xiaomi") gives Xiaomi nothing;
7. cars "finding buyers" are deliveries.
"""

import datetime as dt
from typing import Any

from test_metrics_articles15_langs import locked
from test_metrics_review import check, ev
from test_metrics_review8 import (
    ABOUT,
    AUTO,
    CUM,
    MORE,
    SU7,
    YU7,
    case,
    dlv,
    fcst,
    goal,
    month,
    other,
    price,
    quarter,
    run,
    year,
)

D = dt.date
Y24, Y25, Y26 = year(2024), year(2025), year(2026)
Q2_25, Q3_25 = quarter(2025, 2), quarter(2025, 3)

# --- 2. forecasts raised or cut: both figures are forecasts ----------------------------------

FORECASTS = [
    case(
        "Die Deutsche Bank hebt ihre Prognose für Xiaomis Auslieferungen 2026 auf 520.000 "
        "Fahrzeuge an, nach zuvor 470.000.",
        D(2026, 2, 10),
        "de",
        [fcst(AUTO, 520000, **Y26), fcst(AUTO, 470000, **Y26)],
    ),
    case(
        "Morgan Stanley relève sa prévision de livraisons de Xiaomi pour 2026 à 500 000 "
        "voitures, contre 450 000 précédemment.",
        D(2026, 2, 10),
        "fr",
        [fcst(AUTO, 500000, **Y26), fcst(AUTO, 450000, **Y26)],
    ),
    case(
        "Citi eleva su previsión de entregas de Xiaomi para 2026 a 480.000 coches desde los "
        "430.000 anteriores.",
        D(2026, 2, 10),
        "es",
        [fcst(AUTO, 480000, **Y26), fcst(AUTO, 430000, **Y26)],
    ),
    case(
        "Jefferies alza la previsione di consegne di Xiaomi per il 2026 a 510.000 vetture, da "
        "460.000.",
        D(2026, 2, 10),
        "it",
        [fcst(AUTO, 510000, **Y26), fcst(AUTO, 460000, **Y26)],
    ),
    case(
        "ING verlaagt zijn schatting van de leveringen van Xiaomi voor 2026 naar 440.000 auto's, "
        "van 490.000 eerder.",
        D(2026, 2, 10),
        "nl",
        [fcst(AUTO, 440000, **Y26), fcst(AUTO, 490000, **Y26)],
    ),
    case(
        "Citi memangkas estimasi pengiriman mobil Xiaomi untuk 2026 menjadi 450.000 unit dari "
        "sebelumnya 500.000 unit.",
        D(2026, 2, 10),
        "id",
        [fcst(AUTO, 450000, **Y26), fcst(AUTO, 500000, **Y26)],
    ),
    case(
        "UBS menaikkan prediksi penjualan mobil Xiaomi tahun ini menjadi 420.000 unit dari "
        "sebelumnya 380.000 unit.",
        D(2025, 9, 3),
        "id",
        [fcst(AUTO, 420000, **Y25), fcst(AUTO, 380000, **Y25)],
    ),
    case(
        "Citi nâng dự phóng giao xe của Xiaomi năm 2026 lên 500.000 xe, từ mức 450.000 xe "
        "trước đó.",
        D(2026, 2, 10),
        "vi",
        [fcst(AUTO, 500000, **Y26), fcst(AUTO, 450000, **Y26)],
    ),
    case(
        "O HSBC elevou sua projeção de entregas da Xiaomi para 2026 a 520 mil carros, ante 470 "
        "mil anteriormente.",
        D(2026, 2, 10),
        "pt",
        [fcst(AUTO, 520000, **Y26), fcst(AUTO, 470000, **Y26)],
    ),
    case(
        "Jefferies alza la previsione di consegne di Xiaomi per il 2026 a 510.000 vetture, da "
        "460.000.",
        D(2026, 2, 10),
        "it",
        [fcst(AUTO, 510000, **Y26), fcst(AUTO, 460000, **Y26)],
    ),
    case(
        "Die UBS senkt ihre Prognose für Xiaomis Auslieferungen 2026 auf 450.000 Autos, von "
        "500.000.",
        D(2026, 2, 10),
        "de",
        [fcst(AUTO, 450000, **Y26), fcst(AUTO, 500000, **Y26)],
    ),
    case(
        "Nomura recorta su estimación de entregas de Xiaomi para 2026 a 430.000 coches, desde "
        "480.000.",
        D(2026, 2, 10),
        "es",
        [fcst(AUTO, 430000, **Y26), fcst(AUTO, 480000, **Y26)],
    ),
    # negatives: an actual count next to the same verbs stays actual
    case(
        "Jefferies alza la previsione di consegne di Xiaomi per il 2026 a 510.000 vetture, da "
        "410.000 nel 2025.",
        D(2026, 2, 10),
        "it",
        [fcst(AUTO, 510000, **Y26), dlv(AUTO, 410000, **Y25)],
    ),
    case(
        "Pengiriman mobil Xiaomi bulan lalu mencapai 41.000 unit, menurut data perusahaan.",
        D(2025, 11, 3),
        "id",
        [dlv(AUTO, 41000, **month(2025, 10))],
    ),
    case(
        "Xiaomi lieferte im Oktober 41.000 Autos aus; eine Prognose für das Gesamtjahr nannte "
        "der Konzern nicht.",
        D(2025, 11, 3),
        "de",
        [dlv(AUTO, 41000, **month(2025, 10))],
    ),
]


@run(FORECASTS)
def test_forecasts_raised_or_cut(
    text: str, published: dt.date, lang: str | None, want: list[Any]
) -> None:
    check(text, published, lang, want)


# --- 1. the whole year, the year before, the year's close ------------------------------------

YEARS = [
    # told in the next year's spring: the finished year's total
    case(
        "En el conjunto del año, la unidad de coches eléctricos de Xiaomi ingresó 98.000 millones "
        "de yuanes.",
        D(2026, 3, 20),
        "es",
        [ev(AUTO, metric="revenue", value=98e9, **Y25)],
    ),
    case(
        "По итогам всего года выручка автомобильного подразделения Xiaomi составила 98 млрд юаней.",
        D(2026, 3, 20),
        "ru",
        [ev(AUTO, metric="revenue", value=98e9, **Y25)],
    ),
    case(
        "Sur l'ensemble de l'année, Xiaomi a livré 411 000 voitures électriques.",
        D(2026, 1, 4),
        "fr",
        [dlv(AUTO, 411000, **Y25)],
    ),
    case(
        "Cả năm, Xiaomi đã bàn giao 411.000 xe điện.",
        D(2026, 1, 4),
        "vi",
        [dlv(AUTO, 411000, **Y25)],
    ),
    case(
        "No ano inteiro, a Xiaomi entregou 411 mil carros elétricos.",
        D(2026, 1, 4),
        "pt",
        [dlv(AUTO, 411000, **Y25)],
    ),
    # a year's close: "cerró el año con", "a terminé l'année avec", "chiuso l'anno con"
    case(
        "Xiaomi cerró el año con más de 411.000 coches entregados.",
        D(2026, 1, 4),
        "es",
        [dlv(AUTO, 411000, MORE, **Y25)],
    ),
    case(
        "Xiaomi a terminé l'année avec plus de 411 000 voitures livrées.",
        D(2026, 1, 4),
        "fr",
        [dlv(AUTO, 411000, MORE, **Y25)],
    ),
    case(
        "A Xiaomi fechou o ano com mais de 411 mil carros entregues.",
        D(2026, 1, 4),
        "pt",
        [dlv(AUTO, 411000, MORE, **Y25)],
    ),
    case(
        "Xiaomi ha chiuso l'anno con oltre 411.000 auto consegnate.",
        D(2026, 1, 4),
        "it",
        [dlv(AUTO, 411000, MORE, **Y25)],
    ),
    # a target to close the year with is this year's, no pace
    case(
        "Xiaomi punta a chiudere l'anno con 360.000 consegne.",
        D(2025, 9, 5),
        "it",
        [goal(360000, **Y25)],
    ),
    # a year's total "in total", the year stated
    case(
        "Năm 2025, Xiaomi đã bàn giao tổng cộng 411.000 xe điện.",
        D(2026, 1, 4),
        "vi",
        [dlv(AUTO, 411000, **Y25)],
    ),
    # a target set in a month is the year's target
    case(
        "Năm 2025, Xiaomi giao 411.000 xe, vượt mục tiêu 350.000 xe đặt ra hồi tháng 3.",
        D(2026, 1, 4),
        "vi",
        [dlv(AUTO, 411000, **Y25), goal(350000, **Y25)],
    ),
    # the year before, named in a base with "when"
    case(
        "Con số đó gấp ba lần so với năm 2024, khi Xiaomi bàn giao 136.854 xe.",
        D(2026, 1, 4),
        "vi",
        [dlv(AUTO, 136854, **Y24)],
    ),
    case(
        "Это втрое больше, чем в 2024 году, когда Xiaomi передала клиентам 136 854 машины.",
        D(2026, 1, 4),
        "ru",
        [dlv(AUTO, 136854, **Y24)],
    ),
    case(
        "Angka itu tiga kali lipat dibandingkan tahun 2024, ketika Xiaomi mengirim 136.854 unit.",
        D(2026, 1, 4),
        "id",
        [dlv(AUTO, 136854, **Y24)],
    ),
    # negative: a running total since launch stays one
    case(
        "Năm 2025, tổng cộng Xiaomi đã giao 550.000 xe kể từ khi ra mắt.",
        D(2026, 1, 4),
        "vi",
        [dlv(AUTO, 550000, **CUM)],
    ),
]


@run(YEARS)
def test_whole_year(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- 3. the maker's figure beside a model named in a side clause -----------------------------

MAKER = [
    case(
        "Le prix de vente moyen a reculé à 241 000 yuans au troisième trimestre, parce que le YU7, "
        "moins cher, a pesé davantage dans les ventes.",
        D(2025, 11, 20),
        "fr",
        [price(AUTO, 241000, **Q3_25)],
    ),
    case(
        "El precio medio de venta bajó a 241.000 yuanes en el tercer trimestre porque el YU7, más "
        "barato, ganó peso en las ventas.",
        D(2025, 11, 20),
        "es",
        [price(AUTO, 241000, **Q3_25)],
    ),
    case(
        "De gemiddelde verkoopprijs daalde in het derde kwartaal naar 241.000 yuan, omdat de "
        "goedkopere YU7 een groter deel van de verkoop uitmaakte.",
        D(2025, 11, 20),
        "nl",
        [price(AUTO, 241000, **Q3_25)],
    ),
    case(
        "Im dritten Quartal fiel der Durchschnittspreis auf 241.000 Yuan, weil der SU7 in der "
        "Basisversion stärker gefragt war.",
        D(2025, 11, 20),
        "de",
        [price(AUTO, 241000, **Q3_25)],
    ),
    # one count for two models named together after it is the maker's
    case(
        "El mes pasado la compañía entregó más de 40.000 coches, sumando el SU7 y el YU7.",
        D(2025, 10, 2),
        "es",
        [dlv(AUTO, 40000, MORE, **month(2025, 9))],
    ),
    case(
        "Le mois dernier, Xiaomi a livré plus de 40 000 voitures, SU7 et YU7 confondus.",
        D(2025, 10, 2),
        "fr",
        [dlv(AUTO, 40000, MORE, **month(2025, 9))],
    ),
    case(
        "Vorige maand leverde Xiaomi ruim 40.000 auto's af, de SU7 en de YU7 samen.",
        D(2025, 10, 2),
        "nl",
        [dlv(AUTO, 40000, MORE, **month(2025, 9))],
    ),
    # negatives: a model's own count stays the model's
    case(
        "Le mois dernier, Xiaomi a livré plus de 12 000 SU7, contre 30 000 YU7.",
        D(2025, 10, 2),
        "fr",
        [dlv(SU7, 12000, MORE, **month(2025, 9)), dlv(YU7, 30000, **month(2025, 9))],
    ),
    case(
        "Im September lieferte Xiaomi mehr als 33.000 YU7 aus.",
        D(2025, 10, 2),
        "de",
        [dlv(YU7, 33000, MORE, **month(2025, 9))],
    ),
]


@run(MAKER)
def test_maker_not_side_model(
    text: str, published: dt.date, lang: str | None, want: list[Any]
) -> None:
    check(text, published, lang, want)


# --- 4. the quarter before; quarters in a row -------------------------------------------------

QUARTERS = [
    case(
        "De brutomarge van de autotak van Xiaomi daalde in het derde kwartaal naar 25,5 procent, "
        "tegen 26,4 procent in het kwartaal daarvoor.",
        D(2025, 11, 19),
        "nl",
        [other("gross margin", 25.5, **Q3_25), other("gross margin", 26.4, **Q2_25)],
    ),
    case(
        "Die Bruttomarge von Xiaomis Autosparte lag im dritten Quartal bei 25,5 Prozent, nach 26,4 "
        "Prozent im Quartal davor.",
        D(2025, 11, 19),
        "de",
        [other("gross margin", 25.5, **Q3_25), other("gross margin", 26.4, **Q2_25)],
    ),
    # "N quarters in a row" is no quarter: the figure keeps the quarter the sentence names
    case(
        "小米のEV部門の7～9月期の営業利益は7億元で、2四半期連続の黒字となった。",
        D(2025, 11, 19),
        "ja",
        [other("operating profit", 7e8, **Q3_25)],
    ),
    case(
        "샤오미 전기차 부문의 3분기 영업이익은 7억 위안으로 2분기 연속 흑자였다.",
        D(2025, 11, 19),
        "ko",
        [other("operating profit", 7e8, **Q3_25)],
    ),
    # negative: a plain quarter stays one
    case(
        "小米のEV部門は4～6月期に3億元の営業利益を計上した。",
        D(2025, 8, 20),
        "ja",
        [other("operating profit", 3e8, **Q2_25)],
    ),
]


@run(QUARTERS)
def test_quarter_before_and_in_a_row(
    text: str, published: dt.date, lang: str | None, want: list[Any]
) -> None:
    check(text, published, lang, want)


# --- 5. a record month; a plan clause after an actual ----------------------------------------

MONTHS = [
    case(
        "Tháng 11 là tháng kỷ lục của Xiaomi với hơn 46.000 xe đến tay khách hàng.",
        D(2025, 12, 2),
        "vi",
        [dlv(AUTO, 46000, MORE, **month(2025, 11))],
    ),
    # a month said as the sentence's subject in a year review, the maker carried from before:
    # the round figure is that month's, no running total
    case(
        "Xiaomi a vendu beaucoup de voitures.\n\nDécembre a été le meilleur mois de l'histoire "
        "de la marque, avec plus de 20 000 livraisons.",
        D(2025, 1, 3),
        "fr",
        [dlv(AUTO, 20000, MORE, **month(2024, 12))],
    ),
    case(
        "Xiaomi vendió muchos coches.\n\nDiciembre fue el mejor mes de la historia de la marca, "
        "con más de 20.000 entregas.",
        D(2025, 1, 3),
        "es",
        [dlv(AUTO, 20000, MORE, **month(2024, 12))],
    ),
    case(
        "A Xiaomi vendeu muitos carros.\n\nNovembro foi o melhor mês da história da marca, com "
        "mais de 20 mil entregas.",
        D(2024, 12, 3),
        "pt",
        [dlv(AUTO, 20000, MORE, **month(2024, 11))],
    ),
    # negative: a running total past a mark with no month stays a running total
    case(
        "A Xiaomi já entregou mais de 100 mil carros desde o lançamento.",
        D(2024, 12, 3),
        "pt",
        [dlv(AUTO, 100000, MORE, **CUM)],
    ),
    # a launch month before a launch window: the figure's period is the window
    case(
        "Mẫu YU7 ra mắt vào tháng 6 đã nhận hơn 200.000 đơn đặt hàng chắc chắn chỉ trong 3 phút.",
        D(2025, 12, 2),
        "vi",
        [locked(YU7, 200000, qualifier=MORE)],
    ),
    case(
        "YU7 yang diluncurkan pada Juni menerima lebih dari 200.000 pesanan pasti dalam 3 menit.",
        D(2025, 12, 2),
        "id",
        [locked(YU7, 200000, qualifier=MORE)],
    ),
    case(
        "La YU7, lanciata a giugno, ha ricevuto oltre 200.000 ordini vincolanti in 3 minuti.",
        D(2025, 12, 2),
        "it",
        [locked(YU7, 200000, qualifier=MORE)],
    ),
    # negative: a month's count with no window keeps its month
    case(
        "Tháng 6, Xiaomi giao 25.000 xe.",
        D(2025, 7, 2),
        "vi",
        [dlv(AUTO, 25000, **month(2025, 6))],
    ),
    # a roundup's lead names the month; a rival's figure set against the month before does
    # not replace it
    case(
        "Septembre a été un mois record pour plusieurs constructeurs chinois. Leapmotor a livré "
        "66 657 voitures, en hausse par rapport à août.\n\nXiaomi a livré plus de 40 000 "
        "voitures, a indiqué le groupe.",
        D(2025, 10, 1),
        "fr",
        [dlv(AUTO, 40000, MORE, **month(2025, 9))],
    ),
    case(
        "Septiembre fue un mes de récords para varios fabricantes chinos. Leapmotor entregó "
        "66.657 coches, muchos más que en agosto.\n\nXiaomi entregó más de 40.000 vehículos, "
        "según la compañía.",
        D(2025, 10, 1),
        "es",
        [dlv(AUTO, 40000, MORE, **month(2025, 9))],
    ),
    case(
        "Settembre da record per le case cinesi. Leapmotor ha consegnato 66.657 auto, in crescita "
        "rispetto ad agosto.\n\nXiaomi ha consegnato oltre 40.000 vetture, ha detto l'azienda.",
        D(2025, 10, 1),
        "it",
        [dlv(AUTO, 40000, MORE, **month(2025, 9))],
    ),
    # negative: a month told as a sentence's own still dates the figure after it
    case(
        "Agosto è stato un mese record per Xiaomi.\n\nL'azienda ha consegnato oltre 35.000 "
        "vetture.",
        D(2025, 9, 2),
        "it",
        [dlv(AUTO, 35000, MORE, **month(2025, 8))],
    ),
    # an actual, then "and aims to …" with the year: the year is the plan's
    case(
        "Xiaomi a livré plus de 30 000 voitures en août, et vise 350 000 livraisons cette année.",
        D(2025, 9, 2),
        "fr",
        [dlv(AUTO, 30000, MORE, **month(2025, 8)), goal(350000, **Y25)],
    ),
]


@run(MONTHS)
def test_record_month_and_plan_clause(
    text: str, published: dt.date, lang: str | None, want: list[Any]
) -> None:
    check(text, published, lang, want)


# --- 6. a rival's record set against Xiaomi ---------------------------------------------------

RIVALS = [
    case(
        "Leapmotor marcó en septiembre un récord con 66.657 entregas, casi el doble que Xiaomi, "
        "y NIO entregó 34.749.",
        D(2025, 10, 2),
        "es",
        [],
    ),
    case(
        "Leapmotor a établi en septembre un record avec 66 657 livraisons, presque le double de "
        "Xiaomi.",
        D(2025, 10, 2),
        "fr",
        [],
    ),
    case(
        "A Leapmotor bateu em setembro o seu recorde com 66.657 entregas, quase o dobro da Xiaomi.",
        D(2025, 10, 2),
        "pt",
        [],
    ),
    case(
        "Leapmotor ha segnato a settembre un record con 66.657 consegne, quasi il doppio di "
        "Xiaomi.",
        D(2025, 10, 2),
        "it",
        [],
    ),
    # negative: Xiaomi's own figure, then the rival's multiple
    case(
        "Xiaomi entregó en septiembre más de 40.000 coches; Leapmotor, casi el doble.",
        D(2025, 10, 2),
        "es",
        [dlv(AUTO, 40000, MORE, **month(2025, 9))],
    ),
]


@run(RIVALS)
def test_rival_record_against_xiaomi(
    text: str, published: dt.date, lang: str | None, want: list[Any]
) -> None:
    check(text, published, lang, want)


# --- 7. cars finding buyers --------------------------------------------------------------------

BUYERS = [
    case(
        "Au troisième trimestre, près de 109 000 voitures Xiaomi ont trouvé preneur.",
        D(2025, 11, 19),
        "fr",
        [dlv(AUTO, 109000, ABOUT, **Q3_25)],
    ),
    case(
        "En octubre, unos 42.000 coches de Xiaomi encontraron comprador.",
        D(2025, 11, 2),
        "es",
        [dlv(AUTO, 42000, ABOUT, **month(2025, 10))],
    ),
    case(
        "Em outubro, mais de 40 mil carros da Xiaomi chegaram às mãos dos clientes.",
        D(2025, 11, 2),
        "pt",
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    case(
        "A ottobre oltre 40.000 auto Xiaomi hanno trovato un acquirente.",
        D(2025, 11, 2),
        "it",
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    case(
        "Trong tháng 10, hơn 40.000 xe Xiaomi đã đến tay người dùng.",
        D(2025, 11, 2),
        "vi",
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    # negative: a buyer found for a plant or a stake is no delivery
    case(
        "L'usine a trouvé preneur pour 2 milliards de yuans.",
        D(2025, 11, 2),
        "fr",
        [],
    ),
]


@run(BUYERS)
def test_cars_finding_buyers(
    text: str, published: dt.date, lang: str | None, want: list[Any]
) -> None:
    check(text, published, lang, want)


# --- 5b. a year review's target raised twice, the second verb left out ------------------------

REVIEW_2024 = [
    dlv(AUTO, 135000, MORE, **Y24),
    goal(100000, **Y24),
    goal(110000, **Y24),
    goal(130000, **Y24),
]
RAISED = [
    case(
        "A Xiaomi encerrou 2024 com mais de 135 mil carros entregues. A meta inicial era de 100 "
        "mil unidades, elevada em junho para 110 mil e, em outubro, para 130 mil.",
        D(2025, 1, 3),
        "pt",
        REVIEW_2024,
    ),
    case(
        "Xiaomi a livré plus de 135 000 voitures en 2024. Son objectif initial était de 100 000 "
        "unités, relevé en juin à 110 000 puis, en octobre, à 130 000.",
        D(2025, 1, 3),
        "fr",
        REVIEW_2024,
    ),
    case(
        "Xiaomi entregó más de 135.000 coches en 2024. Su objetivo inicial era de 100.000 "
        "unidades, elevado en junio a 110.000 y, en octubre, a 130.000.",
        D(2025, 1, 3),
        "es",
        REVIEW_2024,
    ),
    case(
        "Xiaomi ha consegnato oltre 135.000 auto nel 2024. L'obiettivo iniziale era di 100.000 "
        "unità, alzato a giugno a 110.000 e, a ottobre, a 130.000.",
        D(2025, 1, 3),
        "it",
        REVIEW_2024,
    ),
    # negative: two months' actuals joined the same way stay actuals of their months
    case(
        "A Xiaomi entregou 20 mil carros em setembro e, em outubro, 25 mil.",
        D(2024, 11, 3),
        "pt",
        [dlv(AUTO, 20000, **month(2024, 9)), dlv(AUTO, 25000, **month(2024, 10))],
    ),
]


@run(RAISED)
def test_target_raised_twice(
    text: str, published: dt.date, lang: str | None, want: list[Any]
) -> None:
    check(text, published, lang, want)
