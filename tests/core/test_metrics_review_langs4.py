"""A fourth adversarial probe set of the extractor in the 13 languages other than English and
Chinese (de, es, fr, id, it, ja, ko, nl, pl, pt, ru, tr, vi), written without looking at the
devset or at any prediction. Each language runs the same 18 families, chosen beside those of
test_metrics_review_langs.py, _langs2.py and _langs3.py or phrased with other verbs, word orders
and number formats ("40 mil", "40 mille", "40 Tsd.", "40 тыс.", "40 bin", "40 ribu",
"40 nghìn", "4万台超", "4만 대를 웃돌았다", "18,6 Mrd. Renminbi", "1,5 млрд юаней"):

- October's deliveries told with the verb last where the language puts it there (de, ja, ko,
  nl, tr); September's told with an abbreviated thousand;
- a running total to a day written in the local date format ("31.10.2025", "31/10/2025",
  "31-10-2025", "2025年10月31日", "31.10.2025 itibarıyla"): cumulative, as_of that day;
- the YU7's locked orders within 18 hours of its launch and the SU7 Ultra's orders within two
  hours (windows);
- the 2025 target kept, and the 2025 target raised with the new figure told first and the old
  one in the next sentence ("previously 300,000": both, in the order written, both for 2025);
- analysts' forecast for the fourth quarter (forecast, quarter);
- the car unit's first-quarter 2025 revenue and third-quarter 2024 net loss in the language's
  currency words ("Renminbi", "yuans", "юаней", "juanów", "nhân dân tệ", "元", "위안");
- the YU7's starting price in yuan with a conversion into the reader's currency in brackets
  (the yuan figure only, no period);
- the second phase of the plant's yearly capacity (a rate);
- negatives: a denied figure, a hypothetical year, a rival named as Xiaomi's rival, a phone
  series' sales, a share price after the delivery figures;
- a headline fragment with the month in a local short form ("11/2025", "nov. 2025",
  "nov/2025", "Nov 2025", "kasım 2025", "tháng 11/2025", "11月").

Conventions as in ../shared/DESIGN.md and test_metrics_review8.py: a finished month or quarter
of an actual runs from its first to its last day, as_of its last day; a target's as_of is not
asserted; a launch window is a window; a price has no period; a capacity is a rate; a rival's
or a phone's figure, a share price, a denied or hypothetical figure is no event; "more than",
"over", "exceeded" are more_than, "about", "around" are about. Expectations were written before
the extractor was run on these passages. A plain case guards a rule that holds; an
`xfail(strict=True)` case is a known miss whose reason says what it should give and what the
extractor gives: when a fix makes it pass, strict xfail fails, and the case moves to the plain
ones. Expectations are never weakened to match.
"""

import datetime as dt
from typing import Any

import pytest
from test_metrics_review import check, ev, xfail
from test_metrics_review8 import (
    ABOUT,
    AUTO,
    MORE,
    ULTRA,
    WINDOW,
    YU7,
    cap,
    dlv,
    fcst,
    goal,
    money,
    month,
    price,
    quarter,
    total_to,
    year,
)

D = dt.date

NOV01 = D(2025, 11, 1)  # October's figures are out
OCT01 = D(2025, 10, 1)  # September's figures are out
DEC01 = D(2025, 12, 1)  # November's figures are out
JUN27 = D(2025, 6, 27)  # the day after the YU7's launch
FEB28 = D(2025, 2, 28)  # the day after the SU7 Ultra's launch
SEP02 = D(2025, 9, 2)  # the 2025 target is kept
MAR19 = D(2025, 3, 19)  # full-year 2024 results: the 2025 target raised
OCT02 = D(2025, 10, 2)  # analysts on the fourth quarter
MAY28 = D(2025, 5, 28)  # first-quarter 2025 results
NOV19_24 = D(2024, 11, 19)  # third-quarter 2024 results
JUL01 = D(2025, 7, 1)  # the plant's second phase

NONE: list[dict[str, Any]] = []

# family name → (publication date, expected events); each language's passages run in this order
FAMILIES: list[tuple[str, dt.date, list[dict[str, Any]]]] = [
    ("october_verb_last", NOV01, [dlv(AUTO, 40000, MORE, **month(2025, 10))]),
    ("september_abbrev", OCT01, [dlv(AUTO, 40000, MORE, **month(2025, 9))]),
    ("total_local_date", NOV01, [dlv(AUTO, 460000, MORE, **total_to(D(2025, 10, 31)))]),
    (
        "locked_18h",
        JUN27,
        [ev(YU7, metric="locked_orders", value=240000, status="actual", **WINDOW)],
    ),
    (
        "ultra_2h",
        FEB28,
        [ev(ULTRA, metric="orders", value=10000, qualifier=MORE, status="actual", **WINDOW)],
    ),
    ("target_kept", SEP02, [goal(350000, **year(2025))]),
    ("target_new_first", MAR19, [goal(350000, **year(2025)), goal(300000, **year(2025))]),
    ("analysts_q4", OCT02, [fcst(AUTO, 150000, ABOUT, **quarter(2025, 4))]),
    ("revenue_q1", MAY28, [money("revenue", 1.86e10, **quarter(2025, 1))]),
    ("loss_q3_2024", NOV19_24, [money("net_loss", 1.5e9, **quarter(2024, 3))]),
    ("price_converted", JUN27, [price(YU7, 253500)]),
    ("capacity_phase2", JUL01, [cap(150000)]),
    ("denial", NOV01, NONE),
    ("hypothetical", DEC01, NONE),
    ("rival_named", NOV01, NONE),
    ("phone_series", OCT01, NONE),
    ("share_price", DEC01, NONE),
    ("headline", DEC01, [dlv(AUTO, 40000, MORE, **month(2025, 11))]),
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
            lang,
            want,
            id=f"{lang}-{name}",
            marks=[xfail(misses[name])] if name in misses else [],
        )
        for text, (name, published, want) in zip(texts, FAMILIES, strict=True)
    ]


# === German ===================================================================================

DE = [
    "Im Oktober hat Xiaomi mehr als 40.000 Elektroautos an seine Kunden ausgeliefert.",
    "Xiaomi lieferte im September über 40 Tsd. Fahrzeuge aus.",
    "Bis zum 31.10.2025 hatte Xiaomi insgesamt über 460.000 Autos ausgeliefert.",
    "Binnen 18 Stunden nach dem Marktstart sammelte der YU7 240.000 verbindliche Bestellungen ein.",
    "Für den SU7 Ultra gingen in den ersten zwei Stunden mehr als 10.000 Bestellungen ein.",
    "Xiaomi hält an seinem Ziel fest, 2025 insgesamt 350.000 Fahrzeuge auszuliefern.",
    "Xiaomi hebt sein Auslieferungsziel für 2025 auf 350.000 Fahrzeuge an. Bisher waren "
    "300.000 geplant.",
    "Analysten erwarten, dass Xiaomi im vierten Quartal rund 150.000 Autos ausliefern wird.",
    "Im ersten Quartal 2025 setzte Xiaomis Autosparte 18,6 Mrd. Renminbi um.",
    "Im dritten Quartal 2024 verbuchte das E-Auto-Geschäft von Xiaomi einen Nettoverlust von "
    "1,5 Mrd. Yuan.",
    "Der YU7 ist ab 253.500 Yuan (umgerechnet etwa 30.400 Euro) zu haben.",
    "Die zweite Ausbaustufe des Xiaomi-Werks in Peking ist auf 150.000 Fahrzeuge pro Jahr "
    "ausgelegt.",
    "Xiaomi wies Berichte zurück, wonach im Oktober 50.000 Autos ausgeliefert worden seien.",
    "Wäre das zweite Werk früher fertig geworden, hätte Xiaomi in diesem Jahr 450.000 Autos "
    "ausliefern können.",
    "Li Auto, ein Konkurrent von Xiaomi, lieferte im Oktober 31.767 Fahrzeuge aus.",
    "Von der Xiaomi-17-Serie wurden in fünf Tagen mehr als eine Million Geräte verkauft.",
    "Nach den Auslieferungszahlen fiel die Xiaomi-Aktie um 3 % auf 39,80 HK$.",
    "Xiaomi-Auslieferungen 11/2025: 40.000+",
]
DE_MISSES: dict[str, str] = {}

# === Spanish ==================================================================================

ES = [
    "Xiaomi entregó más de 40.000 vehículos eléctricos en octubre.",
    "En septiembre, Xiaomi superó las 40 mil entregas.",
    "Hasta el 31/10/2025, Xiaomi había entregado en total más de 460.000 vehículos.",
    "El YU7 acumuló 240.000 pedidos en firme en las primeras 18 horas tras su lanzamiento.",
    "El SU7 Ultra recibió más de 10.000 pedidos en solo dos horas.",
    "Xiaomi mantiene su objetivo de entregar 350.000 vehículos en 2025.",
    "Xiaomi eleva su meta de entregas para 2025 a 350.000 unidades. Antes preveía 300.000.",
    "Los analistas prevén que Xiaomi entregue unos 150.000 coches en el cuarto trimestre.",
    "La división de automóviles de Xiaomi facturó 18.600 millones de yuanes en el primer "
    "trimestre de 2025.",
    "El negocio de coches eléctricos de Xiaomi registró una pérdida neta de 1.500 millones de "
    "yuanes en el tercer trimestre de 2024.",
    "El YU7 parte de 253.500 yuanes (unos 30.400 euros al cambio).",
    "La segunda fase de la fábrica de Xiaomi en Pekín tendrá una capacidad de 150.000 vehículos "
    "al año.",
    "Xiaomi desmintió que hubiera entregado 50.000 coches en octubre.",
    "Si la segunda planta hubiera estado lista, Xiaomi habría podido entregar 450.000 coches "
    "este año.",
    "Li Auto, rival de Xiaomi, entregó 31.767 vehículos en octubre.",
    "La serie Xiaomi 17 vendió más de un millón de unidades en cinco días.",
    "Tras conocerse las entregas, las acciones de Xiaomi cayeron un 3 % hasta 39,80 dólares de "
    "Hong Kong.",
    "Entregas de Xiaomi, nov. 2025: más de 40.000",
]
ES_MISSES: dict[str, str] = {}

# === French ===================================================================================

FR = [
    "Xiaomi a livré plus de 40 000 voitures électriques en octobre.",
    "En septembre, Xiaomi a livré plus de 40 mille véhicules.",
    "Au 31/10/2025, Xiaomi avait livré au total plus de 460 000 véhicules.",
    "Le YU7 a engrangé 240 000 commandes fermes dans les 18 heures suivant son lancement.",
    "Le SU7 Ultra a reçu plus de 10 000 commandes en deux heures.",
    "Xiaomi maintient son objectif de 350 000 livraisons pour 2025.",
    "Xiaomi relève son objectif de livraisons 2025 à 350 000 véhicules. Il visait auparavant "
    "300 000 unités.",
    "Les analystes tablent sur environ 150 000 livraisons de Xiaomi au quatrième trimestre.",
    "La division automobile de Xiaomi a réalisé un chiffre d'affaires de 18,6 milliards de "
    "yuans au premier trimestre 2025.",
    "L'activité véhicules électriques de Xiaomi a enregistré une perte nette de 1,5 milliard "
    "de yuans au troisième trimestre 2024.",
    "Le YU7 est proposé à partir de 253 500 yuans (environ 30 400 euros).",
    "La deuxième phase de l'usine Xiaomi de Pékin aura une capacité de 150 000 véhicules par an.",
    "Xiaomi a démenti avoir livré 50 000 voitures en octobre.",
    "Si la deuxième usine avait été prête, Xiaomi aurait pu livrer 450 000 voitures cette année.",
    "Li Auto, concurrent de Xiaomi, a livré 31 767 véhicules en octobre.",
    "La série Xiaomi 17 s'est vendue à plus d'un million d'exemplaires en cinq jours.",
    "Après l'annonce des livraisons, l'action Xiaomi a reculé de 3 % à 39,80 dollars de Hongkong.",
    "Livraisons Xiaomi nov. 2025 : plus de 40 000",
]
FR_MISSES: dict[str, str] = {}

# === Italian ==================================================================================

IT = [
    "A ottobre Xiaomi ha consegnato oltre 40.000 auto elettriche.",
    "A settembre le consegne di Xiaomi hanno superato quota 40 mila.",
    "Al 31/10/2025 Xiaomi aveva consegnato complessivamente oltre 460.000 veicoli.",
    "La YU7 ha raccolto 240.000 ordini vincolanti nelle prime 18 ore dal lancio.",
    "La SU7 Ultra ha ricevuto oltre 10.000 ordini in due ore.",
    "Xiaomi conferma l'obiettivo di 350.000 consegne per il 2025.",
    "Xiaomi alza l'obiettivo di consegne 2025 a 350.000 veicoli. In precedenza puntava a 300.000.",
    "Gli analisti stimano che Xiaomi consegnerà circa 150.000 auto nel quarto trimestre.",
    "Nel primo trimestre 2025 la divisione auto di Xiaomi ha fatturato 18,6 miliardi di yuan.",
    "Nel terzo trimestre 2024 il business delle auto elettriche di Xiaomi ha registrato una "
    "perdita netta di 1,5 miliardi di yuan.",
    "La YU7 parte da 253.500 yuan (circa 30.400 euro al cambio).",
    "La seconda fase dello stabilimento Xiaomi di Pechino avrà una capacità di 150.000 veicoli "
    "all'anno.",
    "Xiaomi ha smentito di aver consegnato 50.000 auto a ottobre.",
    "Se il secondo stabilimento fosse stato pronto, Xiaomi avrebbe potuto consegnare 450.000 "
    "auto quest'anno.",
    "Li Auto, rivale di Xiaomi, ha consegnato 31.767 veicoli a ottobre.",
    "La serie Xiaomi 17 ha venduto oltre un milione di unità in cinque giorni.",
    "Dopo i dati sulle consegne, il titolo Xiaomi è sceso del 3% a 39,80 dollari di Hong Kong.",
    "Consegne Xiaomi nov. 2025: oltre 40.000",
]
IT_MISSES: dict[str, str] = {}

# === Japanese =================================================================================

JA = [
    "シャオミは10月、4万台を超える電気自動車を顧客に納車した。",
    "9月のシャオミの納車台数は4万台超だった。",
    "2025年10月31日時点で、シャオミの累計納車台数は46万台を超えた。",
    "YU7は発売から18時間で24万台の確定注文を獲得した。",
    "SU7 Ultraは発売から2時間で1万台を超える注文を集めた。",
    "シャオミは2025年の納車目標35万台を維持した。",
    "シャオミは2025年の納車目標を35万台に引き上げた。従来の目標は30万台だった。",
    "シャオミの第4四半期の納車台数は約15万台になるとアナリストは予想している。",
    "シャオミの自動車部門の2025年1～3月期の売上高は186億元だった。",
    "シャオミのEV事業は2024年7～9月期に15億元の純損失を計上した。",
    "YU7の価格は25万3500元から（約530万円）。",
    "シャオミ北京工場の第2期は年産15万台の生産能力を備える。",
    "シャオミは10月に5万台を納車したとの報道を否定した。",
    "第2工場が完成していれば、シャオミは今年45万台を納車できたはずだ。",
    "シャオミの競合である理想汽車は10月に3万1767台を納車した。",
    "Xiaomi 17シリーズは5日間で100万台以上を売り上げた。",
    "納車台数の発表後、シャオミ株は3%下落し39.80香港ドルとなった。",
    "シャオミ、11月納車4万台超",
]
JA_MISSES: dict[str, str] = {}

# === Korean ===================================================================================

KO = [
    "샤오미가 10월에 인도한 전기차는 4만 대를 웃돌았다.",
    "샤오미의 9월 인도량은 4만 대를 넘어섰다.",
    "2025년 10월 31일 기준 샤오미의 누적 인도량은 46만 대를 넘었다.",
    "YU7은 출시 18시간 만에 24만 대의 확정 주문을 받았다.",
    "SU7 울트라는 출시 2시간 만에 1만 대가 넘는 주문을 받았다.",
    "샤오미는 2025년 인도 목표 35만 대를 유지했다.",
    "샤오미는 2025년 인도 목표를 35만 대로 높였다. 기존 목표는 30만 대였다.",
    "애널리스트들은 샤오미의 4분기 인도량을 약 15만 대로 추정한다.",
    "샤오미 자동차 부문의 2025년 1분기 매출은 186억 위안이었다.",
    "샤오미 전기차 사업은 2024년 3분기에 15억 위안의 순손실을 기록했다.",
    "YU7의 가격은 25만3500위안(약 4900만 원)부터 시작한다.",
    "샤오미 베이징 공장 2기의 생산능력은 연 15만 대다.",
    "샤오미는 10월에 5만 대를 인도했다는 보도를 부인했다.",
    "제2공장이 완공됐다면 샤오미는 올해 45만 대를 인도할 수 있었을 것이다.",
    "샤오미의 경쟁사인 리오토는 10월 3만1767대를 인도했다.",
    "샤오미 17 시리즈는 닷새 만에 100만 대 넘게 팔렸다.",
    "인도 실적 발표 후 샤오미 주가는 3% 내린 39.80홍콩달러를 기록했다.",
    "샤오미 11월 인도 4만대 돌파",
]
KO_MISSES: dict[str, str] = {}

# === Portuguese ===============================================================================

PT = [
    "A Xiaomi entregou mais de 40.000 carros elétricos em outubro.",
    "Em setembro, as entregas da Xiaomi ultrapassaram 40 mil unidades.",
    "Até 31/10/2025, a Xiaomi havia entregado no total mais de 460 mil veículos.",
    "O YU7 somou 240 mil pedidos firmes nas primeiras 18 horas após o lançamento.",
    "O SU7 Ultra recebeu mais de 10 mil encomendas em duas horas.",
    "A Xiaomi mantém a meta de entregar 350 mil veículos em 2025.",
    "A Xiaomi elevou a meta de entregas de 2025 para 350 mil unidades. Antes, a previsão era "
    "de 300 mil.",
    "Analistas projetam que a Xiaomi entregue cerca de 150 mil carros no quarto trimestre.",
    "A divisão automotiva da Xiaomi faturou 18,6 bilhões de yuans no primeiro trimestre de 2025.",
    "O negócio de carros elétricos da Xiaomi teve prejuízo líquido de 1,5 bilhão de yuans no "
    "terceiro trimestre de 2024.",
    "O YU7 custa a partir de 253.500 yuans (cerca de R$ 190 mil na conversão direta).",
    "A segunda fase da fábrica da Xiaomi em Pequim terá capacidade para 150 mil veículos por ano.",
    "A Xiaomi negou ter entregado 50 mil carros em outubro.",
    "Se a segunda fábrica estivesse pronta, a Xiaomi poderia ter entregado 450 mil carros "
    "neste ano.",
    "A Li Auto, rival da Xiaomi, entregou 31.767 veículos em outubro.",
    "A linha Xiaomi 17 vendeu mais de 1 milhão de unidades em cinco dias.",
    "Após os números de entregas, as ações da Xiaomi caíram 3%, para HK$ 39,80.",
    "Entregas da Xiaomi em nov/2025: mais de 40 mil",
]
PT_MISSES: dict[str, str] = {}

# === Russian ==================================================================================

RU = [
    "В октябре Xiaomi передала клиентам более 40 000 электромобилей.",
    "В сентябре Xiaomi поставила более 40 тыс. машин.",
    "По состоянию на 31.10.2025 Xiaomi в общей сложности поставила более 460 тыс. автомобилей.",
    "За 18 часов после старта продаж YU7 собрал 240 тыс. твёрдых заказов.",
    "SU7 Ultra получил более 10 тыс. заказов за два часа.",
    "Xiaomi сохраняет цель поставить 350 тыс. автомобилей в 2025 году.",
    "Xiaomi повысила цель по поставкам на 2025 год до 350 тыс. машин. Ранее компания "
    "планировала 300 тыс.",
    "Аналитики ожидают, что в четвёртом квартале Xiaomi поставит около 150 тыс. автомобилей.",
    "Выручка автомобильного подразделения Xiaomi в первом квартале 2025 года составила "
    "18,6 млрд юаней.",
    "Чистый убыток автобизнеса Xiaomi в третьем квартале 2024 года составил 1,5 млрд юаней.",
    "Цена YU7 начинается от 253 500 юаней (около 2,8 млн рублей).",
    "Мощность второй очереди пекинского завода Xiaomi составит 150 тыс. автомобилей в год.",
    "Xiaomi опровергла сообщения о том, что в октябре поставила 50 тыс. машин.",
    "Если бы второй завод был готов, Xiaomi могла бы поставить в этом году 450 тыс. машин.",
    "Li Auto, конкурент Xiaomi, в октябре поставила 31 767 автомобилей.",
    "Серия Xiaomi 17 разошлась тиражом более 1 млн устройств за пять дней.",
    "После публикации данных о поставках акции Xiaomi подешевели на 3%, до 39,80 гонконгского "
    "доллара.",
    "Поставки Xiaomi в ноябре 2025 г.: более 40 тыс.",
]
RU_MISSES: dict[str, str] = {}

# === Indonesian ===============================================================================

ID = [
    "Xiaomi mengirimkan lebih dari 40.000 mobil listrik kepada konsumen pada Oktober.",
    "Pada September, pengiriman Xiaomi mencapai lebih dari 40 ribu unit.",
    "Hingga 31/10/2025, Xiaomi telah mengirimkan total lebih dari 460.000 kendaraan.",
    "YU7 meraup 240.000 pesanan terkunci dalam 18 jam pertama setelah peluncuran.",
    "SU7 Ultra menerima lebih dari 10.000 pesanan dalam dua jam.",
    "Xiaomi mempertahankan target pengiriman 350.000 unit pada 2025.",
    "Xiaomi menaikkan target pengiriman 2025 menjadi 350.000 unit. Sebelumnya targetnya "
    "300.000 unit.",
    "Analis memperkirakan Xiaomi akan mengirimkan sekitar 150.000 mobil pada kuartal keempat.",
    "Divisi mobil Xiaomi membukukan pendapatan 18,6 miliar yuan pada kuartal pertama 2025.",
    "Bisnis mobil listrik Xiaomi mencatat rugi bersih 1,5 miliar yuan pada kuartal ketiga 2024.",
    "YU7 dibanderol mulai 253.500 yuan (sekitar Rp 580 juta).",
    "Fase kedua pabrik Xiaomi di Beijing akan berkapasitas 150.000 kendaraan per tahun.",
    "Xiaomi membantah kabar bahwa pihaknya mengirimkan 50.000 mobil pada Oktober.",
    "Seandainya pabrik kedua sudah siap, Xiaomi bisa mengirimkan 450.000 mobil tahun ini.",
    "Li Auto, pesaing Xiaomi, mengirimkan 31.767 kendaraan pada Oktober.",
    "Seri Xiaomi 17 terjual lebih dari 1 juta unit dalam lima hari.",
    "Setelah data pengiriman dirilis, saham Xiaomi turun 3% ke HK$39,80.",
    "Pengiriman Xiaomi Nov 2025: lebih dari 40 ribu",
]
ID_MISSES: dict[str, str] = {}

# === Dutch ====================================================================================

NL = [
    "Xiaomi heeft in oktober meer dan 40.000 elektrische auto's afgeleverd.",
    "In september leverde Xiaomi meer dan 40 duizend auto's af.",
    "Tot en met 31-10-2025 had Xiaomi in totaal meer dan 460.000 auto's afgeleverd.",
    "De YU7 haalde binnen 18 uur na de lancering 240.000 bindende bestellingen binnen.",
    "De SU7 Ultra kreeg binnen twee uur meer dan 10.000 bestellingen.",
    "Xiaomi houdt vast aan het doel om in 2025 350.000 auto's af te leveren.",
    "Xiaomi verhoogt het leveringsdoel voor 2025 naar 350.000 auto's. Eerder was dat 300.000.",
    "Analisten verwachten dat Xiaomi in het vierde kwartaal zo'n 150.000 auto's aflevert.",
    "De autodivisie van Xiaomi boekte in het eerste kwartaal van 2025 een omzet van "
    "18,6 miljard yuan.",
    "De elektrische-autotak van Xiaomi leed in het derde kwartaal van 2024 een nettoverlies "
    "van 1,5 miljard yuan.",
    "De YU7 is er vanaf 253.500 yuan (omgerekend zo'n 30.400 euro).",
    "De tweede fase van de Xiaomi-fabriek in Peking krijgt een capaciteit van 150.000 auto's "
    "per jaar.",
    "Xiaomi ontkende berichten dat het in oktober 50.000 auto's had afgeleverd.",
    "Als de tweede fabriek klaar was geweest, had Xiaomi dit jaar 450.000 auto's kunnen afleveren.",
    "Li Auto, een concurrent van Xiaomi, leverde in oktober 31.767 auto's af.",
    "Van de Xiaomi 17-serie werden in vijf dagen meer dan een miljoen toestellen verkocht.",
    "Na de leveringscijfers daalde het aandeel Xiaomi 3 procent tot 39,80 Hongkongse dollar.",
    "Leveringen Xiaomi nov. 2025: meer dan 40.000",
]
NL_MISSES: dict[str, str] = {}

# === Polish ===================================================================================

PL = [
    "W październiku Xiaomi dostarczyło klientom ponad 40 000 samochodów elektrycznych.",
    "We wrześniu Xiaomi dostarczyło ponad 40 tys. aut.",
    "Do 31.10.2025 r. Xiaomi dostarczyło łącznie ponad 460 tys. pojazdów.",
    "W ciągu 18 godzin od premiery YU7 zebrał 240 tys. wiążących zamówień.",
    "SU7 Ultra otrzymał ponad 10 tys. zamówień w ciągu dwóch godzin.",
    "Xiaomi podtrzymuje cel dostarczenia 350 tys. samochodów w 2025 r.",
    "Xiaomi podniosło cel dostaw na 2025 r. do 350 tys. aut. Wcześniej planowało 300 tys.",
    "Analitycy szacują, że w czwartym kwartale Xiaomi dostarczy ok. 150 tys. samochodów.",
    "Dział motoryzacyjny Xiaomi osiągnął w pierwszym kwartale 2025 r. przychody w wysokości "
    "18,6 mld juanów.",
    "Biznes samochodów elektrycznych Xiaomi zanotował w trzecim kwartale 2024 r. stratę netto "
    "w wysokości 1,5 mld juanów.",
    "YU7 kosztuje od 253 500 juanów (ok. 129 tys. zł).",
    "Druga faza fabryki Xiaomi w Pekinie będzie mieć moce produkcyjne 150 tys. aut rocznie.",
    "Xiaomi zdementowało doniesienia, że w październiku dostarczyło 50 tys. aut.",
    "Gdyby druga fabryka była gotowa, Xiaomi mogłoby dostarczyć w tym roku 450 tys. aut.",
    "Li Auto, rywal Xiaomi, dostarczył w październiku 31 767 pojazdów.",
    "Seria Xiaomi 17 sprzedała się w ponad 1 mln egzemplarzy w pięć dni.",
    "Po publikacji danych o dostawach akcje Xiaomi staniały o 3 proc., do 39,80 HKD.",
    "Xiaomi w listopadzie 2025: ponad 40 tys. dostaw",
]
PL_MISSES: dict[str, str] = {}

# === Turkish ==================================================================================

TR = [
    "Xiaomi ekim ayında müşterilerine 40 binden fazla elektrikli otomobil teslim etti.",
    "Xiaomi'nin eylül teslimatları 40 bin adedi aştı.",
    "Xiaomi, 31.10.2025 itibarıyla toplam 460 binden fazla araç teslim etmişti.",
    "YU7, lansmanın ardından 18 saat içinde 240 bin kesin sipariş topladı.",
    "SU7 Ultra iki saatte 10 binden fazla sipariş aldı.",
    "Xiaomi, 2025 için 350 bin araçlık teslimat hedefini koruyor.",
    "Xiaomi, 2025 teslimat hedefini 350 bin araca yükseltti. Önceki hedef 300 bindi.",
    "Analistler, Xiaomi'nin dördüncü çeyrekte yaklaşık 150 bin araç teslim edeceğini tahmin "
    "ediyor.",
    "Xiaomi'nin otomobil bölümü 2025'in ilk çeyreğinde 18,6 milyar yuan gelir elde etti.",
    "Xiaomi'nin elektrikli otomobil işi 2024'ün üçüncü çeyreğinde 1,5 milyar yuan net zarar "
    "kaydetti.",
    "YU7'nin fiyatı 253.500 yuandan (yaklaşık 1,5 milyon TL) başlıyor.",
    "Xiaomi'nin Pekin fabrikasının ikinci etabı yılda 150 bin araç üretim kapasitesine sahip "
    "olacak.",
    "Xiaomi, ekimde 50 bin araç teslim ettiği yönündeki haberleri yalanladı.",
    "İkinci fabrika hazır olsaydı Xiaomi bu yıl 450 bin araç teslim edebilirdi.",
    "Xiaomi'nin rakibi Li Auto ekimde 31.767 araç teslim etti.",
    "Xiaomi 17 serisi beş günde 1 milyondan fazla sattı.",
    "Teslimat verilerinin ardından Xiaomi hisseleri yüzde 3 düşüşle 39,80 Hong Kong dolarına "
    "geriledi.",
    "Xiaomi kasım 2025 teslimatı: 40 binin üzerinde",
]
TR_MISSES: dict[str, str] = {}

# === Vietnamese ===============================================================================

VI = [
    "Trong tháng 10, Xiaomi đã bàn giao hơn 40.000 xe điện cho khách hàng.",
    "Tháng 9, Xiaomi giao hơn 40 nghìn xe.",
    "Tính đến ngày 31/10/2025, Xiaomi đã bàn giao tổng cộng hơn 460.000 xe.",
    "YU7 nhận 240.000 đơn đặt hàng đã khóa trong 18 giờ đầu sau khi ra mắt.",
    "SU7 Ultra nhận hơn 10.000 đơn đặt hàng chỉ trong hai giờ.",
    "Xiaomi giữ nguyên mục tiêu bàn giao 350.000 xe trong năm 2025.",
    "Xiaomi nâng mục tiêu bàn giao năm 2025 lên 350.000 xe. Trước đó, mục tiêu là 300.000 xe.",
    "Các nhà phân tích dự báo Xiaomi sẽ bàn giao khoảng 150.000 xe trong quý 4.",
    "Mảng ô tô của Xiaomi đạt doanh thu 18,6 tỷ nhân dân tệ trong quý 1/2025.",
    "Mảng xe điện của Xiaomi lỗ ròng 1,5 tỷ nhân dân tệ trong quý 3/2024.",
    "YU7 có giá khởi điểm 253.500 nhân dân tệ (khoảng 920 triệu đồng).",
    "Giai đoạn hai của nhà máy Xiaomi tại Bắc Kinh có công suất 150.000 xe mỗi năm.",
    "Xiaomi bác bỏ thông tin đã bàn giao 50.000 xe trong tháng 10.",
    "Nếu nhà máy thứ hai sẵn sàng, Xiaomi có thể đã bàn giao 450.000 xe trong năm nay.",
    "Li Auto, đối thủ của Xiaomi, đã bàn giao 31.767 xe trong tháng 10.",
    "Dòng Xiaomi 17 bán được hơn 1 triệu máy trong năm ngày.",
    "Sau số liệu bàn giao, cổ phiếu Xiaomi giảm 3% xuống 39,80 đô la Hồng Kông.",
    "Xiaomi giao xe tháng 11/2025: hơn 40.000 chiếc",
]
VI_MISSES: dict[str, str] = {}

ALL = [
    *cases("de", DE, DE_MISSES),
    *cases("es", ES, ES_MISSES),
    *cases("fr", FR, FR_MISSES),
    *cases("it", IT, IT_MISSES),
    *cases("ja", JA, JA_MISSES),
    *cases("ko", KO, KO_MISSES),
    *cases("pt", PT, PT_MISSES),
    *cases("ru", RU, RU_MISSES),
    *cases("id", ID, ID_MISSES),
    *cases("nl", NL, NL_MISSES),
    *cases("pl", PL, PL_MISSES),
    *cases("tr", TR, TR_MISSES),
    *cases("vi", VI, VI_MISSES),
]


@pytest.mark.parametrize(("text", "published", "lang", "want"), ALL)
def test_passage(text: str, published: dt.date, lang: str, want: list[dict[str, Any]]) -> None:
    check(text, published, lang, want)
