"""fix27b: phrasings of the thirteen non-English, non-Chinese languages, family by family.

Written for this file (our own sentences; expectations fixed before the first run):
- a plant's monthly pace ("sforna ... al mese", "ayda ... üretiyor", "한 달에 ... 생산"): production
  at a rate;
- the year so far ("No ano, ... já entregou", "En el año, ... ya", "Nell'anno ... già", "in diesem
  Jahr bereits"): deliveries from January 1;
- next year in a forecast ("na przyszły rok", "на следующий год", "다음 해", "tahun mendatang",
  "het komende jaar"): the next calendar year, even on a page that names a quarter;
- a running total since launch in a first-person quote ("お届けした", "kami telah menyerahkan",
  "고객에게 전달했다", "Từ khi ra mắt, chúng tôi đã bàn giao"): cumulative deliveries;
- "that month" opening a sentence ("Ese mes", "In jenem Monat", "Ce mois-là", "Quel mese", "O
  ay", "그달"): the month the sentence before named (the last one it names);
- a result "the first since launch" in a paragraph after the one that names the quarter ("el
  primero desde su lanzamiento", "il primo dal lancio", "den ersten seit dem Marktstart"): of
  that quarter, not a running total;
- progress against the year's goal, "X of the Y planned" ("280 tys. z planowanych na 2025 r. 360
  tys.", "из запланированных", "目標36万台のうち、すでに28万台", "목표 36만 대 중 이미 28만 대"): X is
  deliveries from January 1 (a running total), Y the year's delivery_target;
Negatives stay empty: a pace of some other thing, a number of days.
"""

import datetime as dt
from typing import Any

from test_metrics_articles16_eu import since_january
from test_metrics_review import ev
from test_metrics_review8 import (
    ABOUT,
    AUTO,
    CUM,
    MORE,
    RATE,
    case,
    dlv,
    fcst,
    goal,
    month,
    other,
    quarter,
    run,
    year,
)

from pipelines.core.metrics import extract_events

D = dt.date
DAY = D(2025, 11, 3)


def made(value: float, q: str = "exact", **fields: Any) -> dict[str, Any]:
    return ev(AUTO, metric="production", value=value, qualifier=q, status="actual", **fields)


PACE = [
    case(
        "La fabbrica Xiaomi di Pechino sforna circa 35.000 auto al mese.",
        DAY,
        "it",
        [made(35000, ABOUT, **RATE)],
    ),
    case(
        "Xiaomi ormai sforna 25.000 vetture al mese nel nuovo impianto.",
        DAY,
        "it",
        [made(25000, **RATE)],
    ),
    case(
        "Xiaomi'nin Pekin fabrikası ayda yaklaşık 35 bin otomobil üretiyor.",
        DAY,
        "tr",
        [made(35000, ABOUT, **RATE)],
    ),
    case("Xiaomi ayda 25 bin araç üretiyor.", DAY, "tr", [made(25000, **RATE)]),
    case(
        "샤오미 베이징 공장은 한 달에 약 3만5천 대를 생산하고 있다.",
        DAY,
        "ko",
        [made(35000, ABOUT, **RATE)],
    ),
    case("샤오미는 한달에 2만 5천 대를 생산한다.", DAY, "ko", [made(25000, **RATE)]),
    case(
        "小米の北京工場は1か月に約3万5000台を生産している。",
        DAY,
        "ja",
        [made(35000, ABOUT, **RATE)],
    ),
    # negatives: a pace of days, a number of workers
    case("Xiaomi sforna nuove idee ogni 30 giorni.", DAY, "it", []),
    case("Xiaomi'nin fabrikasında ayda 30 gün vardiya var.", DAY, "tr", []),
]


OCT, Y25, Y24 = month(2025, 10), year(2025), year(2024)
YEAR_SO_FAR = [
    case(
        "Xiaomi vendeu 41 mil carros em outubro. No ano, a fabricante já vendeu 270 mil.",
        DAY,
        "pt",
        [dlv(AUTO, 41000, **OCT), dlv(AUTO, 270000, **since_january(2025))],
    ),
    case(
        "Xiaomi entregou 41 mil carros em outubro. Neste ano a Xiaomi já entregou 270 mil carros.",
        DAY,
        "pt",
        [dlv(AUTO, 41000, **OCT), dlv(AUTO, 270000, **since_january(2025))],
    ),
    case(
        "Xiaomi entregó 41.000 coches en octubre. En el año, la marca ya lleva entregados 270.000.",
        DAY,
        "es",
        [dlv(AUTO, 41000, **OCT), dlv(AUTO, 270000, **since_january(2025))],
    ),
    case(
        "Xiaomi ha consegnato 41.000 auto a ottobre. Nell'anno il marchio ha già consegnato "
        "270.000 auto.",
        DAY,
        "it",
        [dlv(AUTO, 41000, **OCT), dlv(AUTO, 270000, **since_january(2025))],
    ),
    case(
        "Xiaomi hat im Oktober 41.000 Autos ausgeliefert. Im laufenden Jahr hat der Hersteller "
        "schon 270.000 Autos ausgeliefert.",
        DAY,
        "de",
        [dlv(AUTO, 41000, **OCT), dlv(AUTO, 270000, **since_january(2025))],
    ),
    # negatives: last year is last year, a target for this year stays a target
    case(
        "Xiaomi entregou 41 mil carros em outubro. No ano passado, a Xiaomi entregou 135 mil "
        "carros.",
        DAY,
        "pt",
        [dlv(AUTO, 41000, **OCT), dlv(AUTO, 135000, **Y24)],
    ),
    case(
        "Xiaomi entregó 41.000 coches en octubre. Este año, Xiaomi quiere entregar 350.000 coches.",
        DAY,
        "es",
        [dlv(AUTO, 41000, **OCT), goal(350000, **Y25)],
    ),
]

RESULTS_DAY, Q3, Y26 = D(2025, 11, 19), quarter(2025, 3), year(2026)
NEXT_YEAR = [
    case(
        "Xiaomi dostarczyło w trzecim kwartale 109 tys. aut. Analityk banku prognozuje na "
        "przyszły rok 560 tys. dostaw Xiaomi.",
        RESULTS_DAY,
        "pl",
        [dlv(AUTO, 109000, **Q3), fcst(AUTO, 560000, **Y26)],
    ),
    case(
        "Xiaomi dostarczyło w trzecim kwartale 109 tys. aut. Eksperci szacują, że w kolejnym "
        "roku Xiaomi dostarczy 560 tys. aut.",
        RESULTS_DAY,
        "pl",
        [dlv(AUTO, 109000, **Q3), fcst(AUTO, 560000, **Y26)],
    ),
    case(
        "В третьем квартале Xiaomi поставила 109 тыс. машин. Аналитик ожидает на следующий год "
        "560 тыс. поставок Xiaomi.",
        RESULTS_DAY,
        "ru",
        [dlv(AUTO, 109000, **Q3), fcst(AUTO, 560000, **Y26)],
    ),
    case(
        "샤오미는 3분기에 10만9천 대를 인도했다. 증권가는 다음 해 샤오미 인도량을 56만 대로 "
        "전망했다.",
        RESULTS_DAY,
        "ko",
        [dlv(AUTO, 109000, **Q3), fcst(AUTO, 560000, **Y26)],
    ),
    case(
        "Xiaomi mengirimkan 109.000 mobil pada kuartal ketiga. Analis memperkirakan pengiriman "
        "Xiaomi tahun mendatang 560.000 unit.",
        RESULTS_DAY,
        "id",
        [dlv(AUTO, 109000, **Q3), fcst(AUTO, 560000, **Y26)],
    ),
    # negative: "this year" stays this year
    case(
        "В третьем квартале Xiaomi поставила 109 тыс. машин. Аналитик ожидает в этом году "
        "390 тыс. поставок Xiaomi.",
        RESULTS_DAY,
        "ru",
        [dlv(AUTO, 109000, **Q3), fcst(AUTO, 390000, **Y25)],
    ),
]

NOV, SEP = month(2025, 11), month(2025, 9)
MONTH_DAY = D(2025, 12, 2)
SINCE_LAUNCH = [
    case(
        "小米は11月に4万1000台を納車した。盧偉冰社長は「発売以来、累計で46万台以上をお客様にお届け"
        "しました」と語った。",
        MONTH_DAY,
        "ja",
        [dlv(AUTO, 41000, **NOV), dlv(AUTO, 460000, MORE, **CUM)],
    ),
    case(
        'Xiaomi mengirimkan 41.000 mobil pada November. "Sejak peluncuran kami sudah menyerahkan '
        '460.000 mobil," ujar Lu Weibing.',
        MONTH_DAY,
        "id",
        [dlv(AUTO, 41000, **NOV), dlv(AUTO, 460000, **CUM)],
    ),
    case(
        '샤오미는 11월 4만1천 대를 인도했다. 루웨이빙 사장은 "출시 이후 46만 대 넘게 고객에게 '
        '전달했다"고 밝혔다.',
        MONTH_DAY,
        "ko",
        [dlv(AUTO, 41000, **NOV), dlv(AUTO, 460000, MORE, **CUM)],
    ),
    case(
        'Xiaomi giao 41.000 xe trong tháng 11. "Từ khi ra mắt, chúng tôi đã bàn giao 460.000 xe", '
        "ông Lu Weibing nói.",
        MONTH_DAY,
        "vi",
        [dlv(AUTO, 41000, **NOV), dlv(AUTO, 460000, **CUM)],
    ),
]
THAT_MONTH = [
    case(
        "Xiaomi entregó 41.000 coches en octubre. Es un 3 % más que en septiembre. Aquel mes la "
        "marca había entregado 39.800 coches.",
        DAY,
        "es",
        [dlv(AUTO, 41000, **OCT), dlv(AUTO, 39800, **SEP)],
    ),
    case(
        "Xiaomi lieferte im Oktober 41.000 Autos aus, 3 Prozent mehr als im September. In jenem "
        "Monat waren es 39.800 ausgelieferte Autos von Xiaomi.",
        DAY,
        "de",
        [dlv(AUTO, 41000, **OCT), dlv(AUTO, 39800, **SEP)],
    ),
    case(
        "Xiaomi a livré 41 000 voitures en octobre. La hausse est de 3 % sur septembre. Ce "
        "mois-là, Xiaomi avait livré 39 800 voitures.",
        DAY,
        "fr",
        [dlv(AUTO, 41000, **OCT), dlv(AUTO, 39800, **SEP)],
    ),
    case(
        "Xiaomi ha consegnato 41.000 auto a ottobre, il 3% in più di settembre. Quel mese le "
        "consegne di Xiaomi erano state 39.800.",
        DAY,
        "it",
        [dlv(AUTO, 41000, **OCT), dlv(AUTO, 39800, **SEP)],
    ),
    case(
        "Xiaomi ekimde 41 bin araç teslim etti. Artış eylül ayına göre yüzde 3. O ay Xiaomi 39 "
        "bin 800 araç teslim etmişti.",
        DAY,
        "tr",
        [dlv(AUTO, 41000, **OCT), dlv(AUTO, 39800, **SEP)],
    ),
    case(
        "샤오미는 10월 4만1천 대를 인도했다. 9월보다 3% 늘었다. 그달 샤오미는 3만9800대를 "
        "인도했다.",
        DAY,
        "ko",
        [dlv(AUTO, 41000, **OCT), dlv(AUTO, 39800, **SEP)],
    ),
    # negative: "that month" with no month in the sentence before: no month is made up
    case(
        "Xiaomi crece con fuerza. Ese mes la marca ya había entregado 39.800 coches.",
        DAY,
        "es",
        [dlv(AUTO, 39800, period_start=None)],
    ),
]

FIRST_SINCE = [
    case(
        "Xiaomi Auto facturó 28.000 millones de yuanes en el tercer trimestre.\n\nEl negocio logró "
        "un beneficio operativo de 650 millones de yuanes, el primero desde su lanzamiento.",
        RESULTS_DAY,
        "es",
        [ev(AUTO, metric="revenue", value=28e9, **Q3), other("operating profit", 6.5e8, **Q3)],
    ),
    case(
        "Xiaomi Auto ha fatturato 28 miliardi di yuan nel terzo trimestre.\n\nIl business ha "
        "chiuso con un utile operativo di 650 milioni di yuan, il primo dal debutto.",
        RESULTS_DAY,
        "it",
        [ev(AUTO, metric="revenue", value=28e9, **Q3), other("operating profit", 6.5e8, **Q3)],
    ),
    case(
        "Xiaomi Auto setzte im dritten Quartal 28 Mrd. Yuan um.\n\nDie Sparte erzielte einen "
        "operativen Gewinn von 650 Mio. Yuan, den ersten seit dem Marktstart.",
        RESULTS_DAY,
        "de",
        [ev(AUTO, metric="revenue", value=28e9, **Q3), other("operating profit", 6.5e8, **Q3)],
    ),
    case(
        "Xiaomi Auto teve receita de 28 bilhões de iuanes no terceiro trimestre.\n\nO negócio "
        "registrou lucro operacional de 650 milhões de iuanes, o primeiro desde a estreia.",
        RESULTS_DAY,
        "pt",
        [ev(AUTO, metric="revenue", value=28e9, **Q3), other("operating profit", 6.5e8, **Q3)],
    ),
]

JAN1 = since_january(2025)
OF_GOAL = [
    case(
        "Xiaomi dostarczyło w tym roku już 285 tys. z zaplanowanych na 2025 r. 360 tys. "
        "samochodów.",
        DAY,
        "pl",
        [dlv(AUTO, 285000, **JAN1), goal(360000, **Y25)],
    ),
    case(
        "Od stycznia Xiaomi przekazało klientom 285 tys. z planowanych na 2025 rok 360 tys. aut.",
        DAY,
        "pl",
        [dlv(AUTO, 285000, **JAN1), goal(360000, **Y25)],
    ),
    case(
        "Xiaomi уже поставила 285 тыс. из запланированных на 2025 год 360 тыс. автомобилей.",
        DAY,
        "ru",
        [dlv(AUTO, 285000, **JAN1), goal(360000, **Y25)],
    ),
    case(
        "シャオミは2025年の販売目標36万台のうち、28万5000台をすでに納車した。",
        DAY,
        "ja",
        [goal(360000, **Y25), dlv(AUTO, 285000, **JAN1)],
    ),
    case(
        "샤오미는 올해 인도 목표 36만 대 가운데 28만5천 대를 인도했다.",
        DAY,
        "ko",
        [goal(360000, **Y25), dlv(AUTO, 285000, **JAN1)],
    ),
    case(
        "Xiaomi a déjà remis 287 000 des 355 000 voitures fixées comme objectif pour 2025.",
        DAY,
        "fr",
        [dlv(AUTO, 287000, **JAN1), goal(355000, **Y25)],
    ),
    case(
        "La marca ya ha entregado 287.000 de las 355.000 unidades de su objetivo de 2025 Xiaomi.",
        DAY,
        "es",
        [dlv(AUTO, 287000, **JAN1), goal(355000, **Y25)],
    ),
    case(
        "A Xiaomi entregou 287 mil dos 355 mil veículos da meta para 2025.",
        DAY,
        "pt",
        [dlv(AUTO, 287000, **JAN1), goal(355000, **Y25)],
    ),
    case(
        "Xiaomi ha consegnato 287.000 delle 355.000 vetture dell'obiettivo 2025.",
        DAY,
        "it",
        [dlv(AUTO, 287000, **JAN1), goal(355000, **Y25)],
    ),
    case(
        "Xiaomi telah mengirim 287.000 dari 355.000 unit target penjualan 2025.",
        DAY,
        "id",
        [dlv(AUTO, 287000, **JAN1), goal(355000, **Y25)],
    ),
    case(
        "Xiaomi đã giao 287.000 trong số 355.000 xe của mục tiêu năm 2025.",
        DAY,
        "vi",
        [dlv(AUTO, 287000, **JAN1), goal(355000, **Y25)],
    ),
]


def test_goal_raised_is_no_part() -> None:
    """Negatives: a goal raised from one figure to another is no count delivered; a year's
    count above the goal is no part of it."""
    for text, lang in [
        ("Xiaomi podniosło cel na 2025 r. z 300 tys. do 360 tys. aut.", "pl"),
        ("小米は2025年の納車目標を30万台から36万台に引き上げた。", "ja"),
        ("En 2024, Xiaomi a livré 136 000 voitures, au-delà de son objectif de 130 000.", "fr"),
        ("Xiaomi menaikkan target penjualan 2025 dari 320.000 menjadi 360.000 unit.", "id"),
        ("Xiaomi elevó su objetivo de 2025 de los 320.000 a los 360.000 coches.", "es"),
    ]:
        events = extract_events(text, published=DAY, language=lang)
        assert not [
            e for e in events if e.metric == "deliveries" and e.period_kind == "cumulative"
        ], events
        assert not [e for e in events if e.metric == "deliveries" and lang in ("pl", "ja")], events


@run(PACE + YEAR_SO_FAR + NEXT_YEAR + SINCE_LAUNCH + THAT_MONTH + FIRST_SINCE + OF_GOAL)
def test_fix27b_families(text: str, published: dt.date, lang: str, want: list[Any]) -> None:
    events = extract_events(text, published=published, language=lang)
    got = [{k: getattr(e, k) for k in w} for e, w in zip(events, want, strict=False)]
    assert len(events) == len(want) and got == want, [
        (e.metric, e.value, e.qualifier, e.status, e.period_kind, e.period_start, e.period_end)
        for e in events
    ]
