"""Families behind the misses of test_metrics_articles15_langs.py, each with sentences of our
own in several languages (other verbs, word orders and numbers than the probe articles), and
negative cases that must stay as they are. Expectations were written before the extractor ran.

1. Comparison periods: a year-ago base listed after another base that names its own quarter
   ("nach 21,3 Mrd. im zweiten Quartal und 9,7 Mrd. im Vorjahresquartal", "après 21,3
   milliards au deuxième trimestre et 9,7 milliards un an plus tôt") is the reported quarter a
   year back (bases whose currency was told with the first figure are in it: "dopo i 21,3
   miliardi"); the next sentence's "Kwartał wcześniej było to 21,3 mld juanów" is the same
   measure of the same business; a quarter with its year cut off by an abbreviation ("w III kw. 2024
   r."); a half year named with its year ("primeiro semestre de 2024"); Japanese and Korean
   periods told right before the next figure ("3분기의 8만1302대") are that figure's, and "같은
   기간" is the reported quarter; a bracketed base after "직전 분기(" is the measure just told.
2. Whose results: an operating loss or a gross margin told after the car unit's results, in a
   sentence that names nobody, is the car unit's; a period narrowed to ("Allein im zweiten
   Quartal", "4～6月期に限ると") keeps the unit's revenue.
3. Precision: a change in percentage points ("Prozentpunkte", "puntos porcentuales", "pkt
   proc.", "%포인트") is no margin; a phone series named in quotes ("'샤오미 15' 시리즈") is no car.
4. Status: "nach geschätzten 410.000" is an estimate; "Pour 2026 … soit près du double de cette
   année" keeps 2026 (the multiple's base names no period of the figure); "promettait" a goal,
   "relevé à 120 000 en juillet" the year's target raised in July; a finished year's figure set
   as the base beside a goal ("frente a los 136.854 de 2024") is that year's deliveries; an operating profit of a year not begun is
   a forecast; "conta di consegnare" is a target; a target raised "lên" (vi) its new level.
5. Running totals: "sinds maart 2024 tot en met oktober" is the total at October's end; "Dit
   jaar … tot nu toe" and "từ đầu năm đến hết tháng 10" run from January 1 (a colon before a
   lowercase word ends a clause).
6. Subjects: a model named only as what was launched ("SU7 sedanın Mart 2024'te satışa
   çıkmasından bu yana", "desde el lanzamiento comercial del modelo") dates the company's total.
7. Annual results: "relatório anual", "báo cáo tài chính năm 2025" name the year the figures
   after them report ("no ano"); "trong khi năm trước" is the year before it; "gấp ba lần mức"
   sets a base beside the figure; "lãi hoạt động" is an operating profit.
8. Prices: a trim's price whose currency is told once with the next item of the list
   ("odmiana Pro – 279,9 tys., a Max – 329,9 tys. juanów") is in that currency.
9. Plants: "con la seconda si sale a 300.000" is the next phase's capacity; "ha stanziato"
   money invested; "Dall'avvio, nel marzo 2024" a running total since then, not March's.
10. Targets and trims: a target "in plaats van de 10.000", "invece delle 10.000" gives the
   target it replaces (same car, same year); "De Ultra" in a story of the SU7 Ultra is that car;
   a month's count "insgesamt", "in totaal" is the month's.
11. Qualifiers: "до"/"do" after what a plant can do is up_to (not after a revised forecast);
   "Dopo un'ora", "Nach zwei Stunden", "Tras una hora" is a launch window.
"""

import datetime as dt
from typing import Any

from test_metrics_review import check, ev
from test_metrics_review8 import (
    ABOUT,
    AUTO,
    MORE,
    SU7,
    ULTRA,
    WINDOW,
    YU7,
    cap,
    case,
    dlv,
    fcst,
    goal,
    money,
    month,
    other,
    price,
    quarter,
    run,
    total_to,
    year,
)

D = dt.date
Q1_25, Q2_25, Q3_25 = quarter(2025, 1), quarter(2025, 2), quarter(2025, 3)
Q3_24 = quarter(2024, 3)
FC = {"status": "forecast"}


def half(y: int) -> dict[str, Any]:
    return {"period_kind": "half_year", "period_start": D(y, 1, 1), "period_end": D(y, 6, 30)}


def locked(subject: str, value: float, **fields: Any) -> dict[str, Any]:
    return ev(subject, metric="locked_orders", value=value, **fields)


AUG20, NOV19, NOV10, DEC01 = D(2025, 8, 20), D(2025, 11, 19), D(2025, 11, 10), D(2025, 12, 1)

MORE_LANGUAGES = [
    case(
        "Le pôle automobile de Xiaomi a réalisé 29 milliards de yuans de chiffre d'affaires au "
        "troisième trimestre, après 21,3 milliards au deuxième trimestre et 9,7 milliards un an "
        "plus tôt.",
        NOV19,
        "fr",
        [
            money("revenue", 29e9, **Q3_25),
            money("revenue", 21.3e9, **Q2_25),
            money("revenue", 9.7e9, **Q3_24),
        ],
    ),
    case(
        "Il segmento auto di Xiaomi ha fatturato 29 miliardi di yuan nel terzo trimestre, dopo "
        "i 21,3 miliardi del secondo trimestre e i 9,7 miliardi di un anno prima.",
        NOV19,
        "it",
        [
            money("revenue", 29e9, **Q3_25),
            money("revenue", 21.3e9, **Q2_25),
            money("revenue", 9.7e9, **Q3_24),
        ],
    ),
    case(
        "De autodivisie van Xiaomi zette in het derde kwartaal 29 miljard yuan om. Het "
        "operationele verlies kwam uit op 0,4 miljard yuan.",
        NOV19,
        "nl",
        [money("revenue", 29e9, **Q3_25), money("net_loss", 4e8, **Q3_25)],
    ),
    case(
        "Автомобильное подразделение Xiaomi в третьем квартале получило выручку 29 млрд юаней. "
        "Операционный убыток составил 0,4 млрд юаней.",
        NOV19,
        "ru",
        [money("revenue", 29e9, **Q3_25), money("net_loss", 4e8, **Q3_25)],
    ),
    case(
        "La marge brute de l'activité automobile de Xiaomi a progressé de 1,2 point de "
        "pourcentage, à 25,5 %, au troisième trimestre.",
        NOV19,
        "fr",
        [other("gross margin", 25.5, **Q3_25)],
    ),
    case(
        "シャオミのEV事業の7～9月期の粗利益率は25.5%で、前の四半期から0.9ポイント低下した。",
        NOV19,
        "ja",
        [other("gross margin", 25.5, **Q3_25)],
    ),
    case(
        "Валовая маржа автобизнеса Xiaomi в третьем квартале составила 25,5%, "
        "снизившись на 0,9 процентного пункта.",
        NOV19,
        "ru",
        [other("gross margin", 25.5, **Q3_25)],
    ),
    case(
        "Los analistas de UBS calculan para 2026 unas 600.000 entregas de Xiaomi, tras unas "
        "410.000 estimadas este año.",
        NOV10,
        "es",
        [fcst(AUTO, 600000, ABOUT, **year(2026)), fcst(AUTO, 410000, ABOUT, **year(2025))],
    ),
    case(
        # negative: a large count of something else after a sum in yuan is no money
        "Los ingresos del negocio de coches de Xiaomi fueron de 29.000 millones de yuanes, y la "
        "aplicación de la marca suma 1.000 millones de usuarios.",
        NOV10,
        "es",
        [money("revenue", 29e9)],
    ),
]

MORE_LANGUAGES_2 = [
    case(
        "Les analystes de Jefferies attendent 600 000 livraisons de Xiaomi en 2026, après "
        "quelque 410 000 estimées cette année.",
        NOV10,
        "fr",
        [fcst(AUTO, 600000, **year(2026)), fcst(AUTO, 410000, ABOUT, **year(2025))],
    ),
    case(
        "Gli analisti di Jefferies prevedono 600.000 consegne di Xiaomi nel 2026, dopo le "
        "410.000 stimate per quest'anno.",
        NOV10,
        "it",
        [fcst(AUTO, 600000, **year(2026)), fcst(AUTO, 410000, **year(2025))],
    ),
    case(
        "シャオミの「シャオミ 15」シリーズは発売から1カ月で200万台を販売した。",
        NOV10,
        "ja",
        [],
    ),
    case(
        "シャオミのEV事業は7～9月期に10万8796台を納車した。同期間の売上高は290億元だった。",
        NOV19,
        "ja",
        [dlv(AUTO, 108796, **Q3_25), money("revenue", 29e9, **Q3_25)],
    ),
    case(
        "Przychody segmentu aut Xiaomi wyniosły w III kw. 29 mld juanów. Kwartał wcześniej było "
        "to 21,3 mld juanów, a rok wcześniej – 9,7 mld juanów.",
        NOV19,
        "pl",
        [
            money("revenue", 29e9, **Q3_25),
            money("revenue", 21.3e9, **Q2_25),
            money("revenue", 9.7e9, **Q3_24),
        ],
    ),
    case(
        "En octubre Xiaomi entregó más de 40.000 coches. Un año antes fueron 20.000.",
        D(2025, 11, 2),
        "es",
        [dlv(AUTO, 40000, MORE, **month(2025, 10)), dlv(AUTO, 20000, **month(2024, 10))],
    ),
    case(
        "Xiaomi'nin otomobil birimi üçüncü çeyrekte 29 milyar yuan gelir elde etti. Faaliyet "
        "zararı 0,4 milyar yuan oldu.",
        NOV19,
        "tr",
        [money("revenue", 29e9, **Q3_25), money("net_loss", 4e8, **Q3_25)],
    ),
]

COMPARISON_PERIODS = [
    case(
        "Xiaomis Autosparte kam im dritten Quartal auf einen Umsatz von 29 Mrd. Yuan, nach 21,3 "
        "Mrd. Yuan im zweiten Quartal und 9,7 Mrd. Yuan im Vorjahresquartal.",
        NOV19,
        "de",
        [
            money("revenue", 29e9, **Q3_25),
            money("revenue", 21.3e9, **Q2_25),
            money("revenue", 9.7e9, **Q3_24),
        ],
    ),
    case(
        "La unidad de coches eléctricos de Xiaomi facturó 29.000 millones de yuanes en el tercer "
        "trimestre, frente a 21.300 millones en el segundo trimestre y 9.700 millones en el mismo "
        "trimestre del año anterior.",
        NOV19,
        "es",
        [
            money("revenue", 29e9, **Q3_25),
            money("revenue", 21.3e9, **Q2_25),
            money("revenue", 9.7e9, **Q3_24),
        ],
    ),
    case(
        # negative: the year-ago base alone after the quarter's figure stays as it was
        "Xiaomi lieferte im dritten Quartal 108.796 Autos aus, im Vorjahresquartal waren es 39.790.",
        NOV19,
        "de",
        [dlv(AUTO, 108796, **Q3_25), dlv(AUTO, 39790, **Q3_24)],
    ),
    case(
        "Xiaomi dostarczyło w II kw. 81 302 aut. Kwartał wcześniej Xiaomi dostarczyło 75 869 aut, "
        "a rok wcześniej – 27 307.",
        AUG20,
        "pl",
        [
            dlv(AUTO, 81302, **Q2_25),
            dlv(AUTO, 75869, **Q1_25),
            dlv(AUTO, 27307, **quarter(2024, 2)),
        ],
    ),
    case(
        "Przychody segmentu aut Xiaomi wyniosły w III kw. 2025 r. 29 mld juanów wobec 9,7 mld "
        "juanów w III kw. 2024 r. To więcej, niż oczekiwali analitycy.",
        NOV19,
        "pl",
        [money("revenue", 29e9, **Q3_25), money("revenue", 9.7e9, **Q3_24)],
    ),
    case(
        "A divisão de carros da Xiaomi faturou 39,9 bilhões de yuans no primeiro semestre de "
        "2025, ante 6,4 bilhões de yuans no primeiro semestre de 2024.",
        AUG20,
        "pt",
        [money("revenue", 39.9e9, **half(2025)), money("revenue", 6.4e9, **half(2024))],
    ),
    case(
        "Nel primo semestre 2025 la divisione auto di Xiaomi ha registrato ricavi per 39,9 "
        "miliardi di yuan, contro 6,4 miliardi di yuan nel primo semestre 2024.",
        AUG20,
        "it",
        [money("revenue", 39.9e9, **half(2025)), money("revenue", 6.4e9, **half(2024))],
    ),
    case(
        "샤오미 전기차 부문은 3분기 매출 290억 위안을 기록했다. 같은 기간 인도량은 10만8796대로 "
        "2분기의 8만1302대보다 늘었다.",
        NOV19,
        "ko",
        [
            money("revenue", 29e9, **Q3_25),
            dlv(AUTO, 108796, **Q3_25),
            dlv(AUTO, 81302, **Q2_25),
        ],
    ),
    case(
        "샤오미 전기차 부문의 2분기 매출은 213억 위안이었다. 영업손실은 3억 위안으로 1분기 5억 "
        "위안에서 줄었다.",
        AUG20,
        "ko",
        [
            money("revenue", 21.3e9, **Q2_25),
            money("net_loss", 3e8, **Q2_25),
            money("net_loss", 5e8, **Q1_25),
        ],
    ),
    case(
        "샤오미 전기차 부문의 3분기 매출은 290억 위안이었다. 직전 분기(213억 위안) 대비 36% "
        "증가했다.",
        NOV19,
        "ko",
        [money("revenue", 29e9, **Q3_25), money("revenue", 21.3e9, **Q2_25)],
    ),
    case(
        "シャオミのEV事業の7～9月期売上高は290億元だった。前年同期の97億元から3倍に増えた。",
        NOV19,
        "ja",
        [money("revenue", 29e9, **Q3_25), money("revenue", 9.7e9, **Q3_24)],
    ),
]

WHOSE_RESULTS = [
    case(
        "Xiaomis Elektroautosparte steigerte im dritten Quartal den Umsatz auf 29 Mrd. Yuan. Der "
        "operative Verlust lag bei 0,4 Mrd. Yuan.",
        NOV19,
        "de",
        [money("revenue", 29e9, **Q3_25), money("net_loss", 4e8, **Q3_25)],
    ),
    case(
        "El negocio de vehículos eléctricos de Xiaomi ingresó 21.300 millones de yuanes en el "
        "segundo trimestre. El margen bruto se situó en el 26,4 %. Las pérdidas operativas "
        "bajaron a 300 millones de yuanes.",
        AUG20,
        "es",
        [
            money("revenue", 21.3e9, **Q2_25),
            other("gross margin", 26.4, **Q2_25),
            money("net_loss", 3e8, **Q2_25),
        ],
    ),
    case(
        "シャオミのEV事業の4～6月期の売上高は213億元だった。営業損失は3億元に縮小した。",
        AUG20,
        "ja",
        [money("revenue", 21.3e9, **Q2_25), money("net_loss", 3e8, **Q2_25)],
    ),
    case(
        "Xiaomis Autosparte setzte im ersten Halbjahr 39,9 Mrd. Yuan um. Allein im zweiten "
        "Quartal waren es 21,3 Mrd. Yuan.",
        AUG20,
        "de",
        [money("revenue", 39.9e9, **half(2025)), money("revenue", 21.3e9, **Q2_25)],
    ),
    case(
        "El margen bruto del negocio de coches de Xiaomi en el tercer trimestre fue del 25,5 %, la "
        "cifra más alta desde el lanzamiento del YU7.",
        NOV19,
        "es",
        [other("gross margin", 25.5, **Q3_25)],
    ),
]

PRECISION = [
    case(
        "La nueva serie de teléfonos de Xiaomi vendió un millón de unidades. Entretanto, la "
        "serie '샤오미 15' no se vende en España.",
        NOV10,
        "es",
        [],
    ),
    case(
        "샤오미가 출시한 '샤오미 15' 시리즈는 첫 달 판매량이 200만 대를 넘었다.",
        NOV10,
        "ko",
        [],
    ),
    case(
        "Die Bruttomarge der Autosparte von Xiaomi stieg im dritten Quartal um 1,2 Prozentpunkte "
        "auf 25,5 Prozent.",
        NOV19,
        "de",
        [other("gross margin", 25.5, **Q3_25)],
    ),
    case(
        "El margen bruto del negocio de coches de Xiaomi subió 2,1 puntos porcentuales, hasta el "
        "25,5 %, en el tercer trimestre.",
        NOV19,
        "es",
        [other("gross margin", 25.5, **Q3_25)],
    ),
    case(
        "샤오미 전기차 부문의 3분기 매출총이익률은 25.5%로 2분기보다 0.9%포인트 낮아졌다.",
        NOV19,
        "ko",
        [other("gross margin", 25.5, **Q3_25)],
    ),
]

STATUS = [
    case(
        "Die Analysten der Deutschen Bank rechnen für 2026 mit 600.000 ausgelieferten Autos von "
        "Xiaomi, nach geschätzten 410.000 in diesem Jahr.",
        NOV10,
        "de",
        [fcst(AUTO, 600000, **year(2026)), fcst(AUTO, 410000, **year(2025))],
    ),
    case(
        "По прогнозу Morgan Stanley, в 2026 году выручка автобизнеса Xiaomi составит 150 млрд "
        "юаней, а операционная прибыль — 6 млрд юаней.",
        NOV10,
        "ru",
        [
            money("revenue", 150e9, **FC, **year(2026)),
            other("operating profit", 6e9, **FC, **year(2026)),
        ],
    ),
    case(
        "Lei Jun conta di consegnare 550.000 auto Xiaomi nel 2026.",
        DEC01,
        "it",
        [goal(550000, **year(2026))],
    ),
]

FRENCH_TARGETS = [
    case(
        "Pour 2026, les analystes de Nomura tablent sur 550 000 livraisons de Xiaomi, soit près "
        "du double de cette année.",
        DEC01,
        "fr",
        [fcst(AUTO, 550000, **year(2026))],
    ),
    case(
        "Lors du lancement de la berline Xiaomi SU7, en mars, le groupe promettait 100 000 "
        "livraisons sur l'année.",
        D(2024, 6, 1),
        "fr",
        [goal(100000, **year(2024))],
    ),
    case(
        "Xiaomi vise 130 000 livraisons en 2024 ; l'objectif avait été relevé à 120 000 en "
        "juillet.",
        D(2024, 11, 19),
        "fr",
        [goal(130000, **year(2024)), goal(120000, **year(2024))],
    ),
    case(
        # negative: an actual's month stays its period
        "Xiaomi a livré plus de 20 000 voitures en juillet.",
        D(2024, 8, 1),
        "fr",
        [dlv(AUTO, 20000, MORE, **month(2024, 7))],
    ),
]

GOAL_BASES = [
    case(
        "Xiaomi aspira a entregar 350.000 coches en 2025, frente a los 136.854 de 2024.",
        D(2025, 3, 20),
        "es",
        [goal(350000, **year(2025)), dlv(AUTO, 136854, **year(2024))],
    ),
    case(
        "Xiaomi will 2025 rund 350.000 Autos ausliefern, gegenüber 136.854 im Jahr 2024.",
        D(2025, 3, 20),
        "de",
        [goal(350000, ABOUT, **year(2025)), dlv(AUTO, 136854, **year(2024))],
    ),
    case(
        # negative: a goal beside a later year's goal stays a goal
        "Xiaomi quiere entregar 350.000 coches en 2025 y 550.000 en 2026.",
        D(2025, 3, 20),
        "es",
        [goal(350000, **year(2025)), goal(550000, **year(2026))],
    ),
]

QUALIFIERS = [
    case(
        "Завод Xiaomi в Пекине может выпускать до 300 тыс. автомобилей в год.",
        NOV10,
        "ru",
        [cap(300000, qualifier="up_to")],
    ),
    case(
        # negative: "до" after a revised forecast is its new level
        "Citi повысил прогноз продаж Xiaomi на 2026 год до 600 тыс. машин.",
        NOV10,
        "ru",
        [fcst(AUTO, 600000, **year(2026))],
    ),
    case(
        "Fabryka Xiaomi w Pekinie może wyprodukować do 300 tys. samochodów rocznie.",
        NOV10,
        "pl",
        [cap(300000, qualifier="up_to")],
    ),
    case(
        "Nach zwei Stunden zählte Xiaomi bereits 150.000 verbindliche Bestellungen für den YU7.",
        D(2025, 6, 27),
        "de",
        [locked(YU7, 150000, **WINDOW)],
    ),
    case(
        "Dopo appena un'ora Xiaomi aveva raccolto 88.000 ordini vincolanti per la SU7.",
        D(2024, 3, 29),
        "it",
        [locked(SU7, 88000, **WINDOW)],
    ),
]


RUNNING_TOTALS = [
    case(
        "Xiaomi heeft sinds maart 2024 tot en met oktober ruim 480.000 auto's geleverd.",
        D(2025, 11, 3),
        "nl",
        [dlv(AUTO, 480000, MORE, **total_to(D(2025, 10, 31)))],
    ),
    case(
        "Xiaomi ha entregado desde marzo de 2024 hasta septiembre más de 420.000 coches.",
        D(2025, 10, 2),
        "es",
        [dlv(AUTO, 420000, MORE, **total_to(D(2025, 9, 30)))],
    ),
    case(
        "Xiaomi hat seit April 2024 bis Ende September mehr als 420.000 Autos ausgeliefert.",
        D(2025, 10, 2),
        "de",
        [dlv(AUTO, 420000, MORE, **total_to(D(2025, 9, 30)))],
    ),
    case(
        # negative: "since" a month with no end told stays a running total with no as_of
        "Xiaomi hat seit März 2024 mehr als 420.000 Autos ausgeliefert.",
        D(2025, 10, 2),
        "de",
        [dlv(AUTO, 420000, MORE, period_kind="cumulative", as_of=None)],
    ),
    case(
        "Xiaomi leverde in oktober ruim 40.000 auto's af. Dit jaar gingen er daarmee tot nu toe "
        "ruim 310.000 auto's naar klanten.",
        D(2025, 11, 3),
        "nl",
        [
            dlv(AUTO, 40000, MORE, **month(2025, 10)),
            dlv(AUTO, 310000, MORE, period_kind="cumulative", period_start=D(2025, 1, 1)),
        ],
    ),
    case(
        "Xiaomi đã vượt mục tiêu từ giữa tháng 10: tính từ đầu năm đến hết tháng 10, hãng đã "
        "giao hơn 310.000 xe.",
        D(2025, 11, 3),
        "vi",
        [dlv(AUTO, 310000, MORE, period_kind="cumulative", period_start=D(2025, 1, 1))],
    ),
]

SUBJECTS = [
    case(
        "Xiaomi YU7 SUV'nin Haziran 2025'te satışa çıkmasından bu yana toplam teslimat sayısı "
        "ekim sonu itibarıyla 150 bini aştı.",
        D(2025, 11, 2),
        "tr",
        [dlv(AUTO, 150000, MORE, **total_to(D(2025, 10, 31)))],
    ),
    case(
        "Xiaomi, Mart 2024'ten bu yana eylül sonuna kadar 420 binden fazla araç teslim etti.",
        D(2025, 10, 2),
        "tr",
        [dlv(AUTO, 420000, MORE, **total_to(D(2025, 9, 30)))],
    ),
    case(
        "Xiaomi entregó en octubre más de 22.000 unidades del YU7. Hasta el 31 de octubre, la "
        "empresa suma más de 480.000 coches desde el lanzamiento comercial del modelo anterior.",
        D(2025, 11, 2),
        "es",
        [
            dlv(YU7, 22000, MORE, **month(2025, 10)),
            dlv(AUTO, 480000, MORE, **total_to(D(2025, 10, 31))),
        ],
    ),
    case(
        "Xiaomi entregó en octubre más de 22.000 unidades del YU7. Hasta el 31 de octubre, la "
        "empresa acumula más de 480.000 coches entregados desde el lanzamiento del modelo.",
        D(2025, 11, 2),
        "es",
        [
            dlv(YU7, 22000, MORE, **month(2025, 10)),
            dlv(AUTO, 480000, MORE, **total_to(D(2025, 10, 31))),
        ],
    ),
    case(
        # negative: the model named as the count's owner stays the model's
        "Xiaomi entregó en octubre más de 22.000 unidades del YU7. En septiembre, el modelo había "
        "sumado 18.000 entregas.",
        D(2025, 11, 2),
        "es",
        [dlv(YU7, 22000, MORE, **month(2025, 10)), dlv(YU7, 18000, **month(2025, 9))],
    ),
]

TARGETS_AND_TRIMS = [
    case(
        "Xiaomi mikt voor 2025 op 8.000 leveringen van de SU7 Ultra, in plaats van de 10.000 "
        "die in februari werden genoemd.",
        D(2025, 6, 3),
        "nl",
        [
            ev(ULTRA, metric="delivery_target", value=8000, **year(2025)),
            ev(ULTRA, metric="delivery_target", value=10000, **year(2025)),
        ],
    ),
    case(
        "Xiaomi punta ora a 8.000 consegne della SU7 Ultra nel 2025, invece delle 10.000 "
        "annunciate a febbraio.",
        D(2025, 6, 3),
        "it",
        [
            ev(ULTRA, metric="delivery_target", value=8000, **year(2025)),
            ev(ULTRA, metric="delivery_target", value=10000, **year(2025)),
        ],
    ),
    case(
        "Xiaomi verkocht sinds februari ruim 5.000 SU7 Ultra's. De Ultra kost 529.900 yuan.",
        D(2025, 6, 3),
        "nl",
        [dlv(ULTRA, 5000, MORE, period_kind="cumulative"), price(ULTRA, 529900)],
    ),
    case(
        "Im Oktober lieferte Xiaomi insgesamt mehr als 40.000 Autos aus.",
        D(2025, 11, 3),
        "de",
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    case(
        # negative: "in total" to a month's end is still a running total
        "Tot eind oktober leverde Xiaomi in totaal meer dan 480.000 auto's af.",
        D(2025, 11, 3),
        "nl",
        [dlv(AUTO, 480000, MORE, **total_to(D(2025, 10, 31)))],
    ),
]

ANNUAL_RESULTS = [
    case(
        "A divisão de carros elétricos da Xiaomi faturou 32,1 bilhões de yuans, segundo o "
        "relatório anual publicado ontem. O prejuízo operacional da divisão foi de 6,2 bilhões de "
        "yuans no ano.",
        D(2025, 3, 19),
        "pt",
        [money("revenue", 32.1e9, **year(2024)), money("net_loss", 6.2e9, **year(2024))],
    ),
    case(
        "Theo báo cáo tài chính năm 2025, mảng xe điện của Xiaomi lãi hoạt động 900 triệu nhân "
        "dân tệ, trong khi năm trước lỗ 6,2 tỷ nhân dân tệ.",
        D(2026, 3, 25),
        "vi",
        [
            other("operating profit", 9e8, **year(2025)),
            money("net_loss", 6.2e9, **year(2024)),
        ],
    ),
    case(
        "Doanh thu mảng xe điện của Xiaomi năm 2025 đạt 100 tỷ nhân dân tệ, gấp ba lần mức 32,8 "
        "tỷ nhân dân tệ của năm 2024.",
        D(2026, 3, 25),
        "vi",
        [money("revenue", 100e9, **year(2025)), money("revenue", 32.8e9, **year(2024))],
    ),
    case(
        # negative: a yearly capacity ("anual") is still a rate
        "A fábrica da Xiaomi tem capacidade anual de 300 mil carros.",
        D(2025, 7, 1),
        "pt",
        [cap(300000)],
    ),
    case(
        "Năm 2025, Xiaomi ban đầu đặt mục tiêu giao 300.000 xe, rồi nâng lên 350.000 xe.",
        D(2025, 6, 2),
        "vi",
        [goal(300000, **year(2025)), goal(350000, **year(2025))],
    ),
]


PRICES = [
    case(
        "Xiaomi YU7 w wersji podstawowej kosztuje 253,5 tys. juanów, odmiana Pro – 279,9 tys., a "
        "Max – 329,9 tys. juanów.",
        D(2025, 10, 10),
        "pl",
        [price(YU7, 253500), price(YU7, 279900), price(YU7, 329900)],
    ),
    case(
        "Za Xiaomi SU7 Pro trzeba zapłacić 245,9 tys., za Max – 299,9 tys. juanów.",
        D(2024, 4, 10),
        "pl",
        [price(SU7, 245900), price(SU7, 299900)],
    ),
    case(
        "Der Xiaomi SU7 kostet in der Basis 215.900 Yuan, der Pro 245,9 Tsd., der Max 299,9 Tsd. "
        "Yuan.",
        D(2024, 4, 10),
        "de",
        [price(SU7, 215900), price(SU7, 245900), price(SU7, 299900)],
    ),
    case(
        # negative: a count with no unit and no money after it keeps its measure
        "W październiku Xiaomi dostarczyło ponad 40 tys., a Tesla – 60 tys.",
        D(2025, 11, 2),
        "pl",
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
]


PLANTS = [
    case(
        "La fabbrica Xiaomi di Yizhuang può produrre 150.000 auto all'anno nella prima fase; con "
        "la seconda si sale a 300.000.",
        D(2025, 7, 20),
        "it",
        [cap(150000), cap(300000)],
    ),
    case(
        "Per l'ampliamento della fabbrica Xiaomi ha stanziato 3 miliardi di yuan.",
        D(2025, 7, 20),
        "it",
        [money("investment", 3e9)],
    ),
    case(
        "Dall'avvio, nel marzo 2024, Xiaomi ha consegnato oltre 400.000 auto.",
        D(2025, 10, 2),
        "it",
        [dlv(AUTO, 400000, MORE, period_kind="cumulative", as_of=None)],
    ),
]


@run(PLANTS)
def test_plants(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


@run(PRICES)
def test_prices(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


@run(RUNNING_TOTALS)
def test_running_totals(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


@run(SUBJECTS)
def test_subjects(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


@run(TARGETS_AND_TRIMS)
def test_targets_and_trims(
    text: str, published: dt.date, lang: str | None, want: list[Any]
) -> None:
    check(text, published, lang, want)


@run(ANNUAL_RESULTS)
def test_annual_results(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


@run(MORE_LANGUAGES)
def test_more_languages(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


@run(MORE_LANGUAGES_2)
def test_more_languages_2(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


@run(COMPARISON_PERIODS)
def test_comparison_periods(
    text: str, published: dt.date, lang: str | None, want: list[Any]
) -> None:
    check(text, published, lang, want)


@run(WHOSE_RESULTS)
def test_whose_results(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


@run(PRECISION)
def test_precision(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


@run(STATUS)
def test_status(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


@run(FRENCH_TARGETS)
def test_french_targets(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


@run(GOAL_BASES)
def test_goal_bases(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


@run(QUALIFIERS)
def test_qualifiers(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)
