"""Fixes of families of misses in the thirteen other languages (probe set 12): sentences and
short passages written for this file, several wordings per family, and cases that must stay
empty or keep their reading. Expectations decided before the extractor ran.

Families: the year a target or forecast is for ("Na ten rok", "по итогам года", "en el
conjunto del año", "für das laufende Jahr"); a span of months with "y"/"und" read whole when
a second figure follows; a window told as "los tres primeros minutos"; the brand ("de la
marca") no milestone; "the first ... since launch" no period of the figure; a comparison's
base ("前年同期比") no year of the figure; an earlier forecast beside or after the revised
one ("zuvor mit 450.000 gerechnet", "기존 전망치는"); split verbs of expecting ("gehen ...
von ... aus", "rekent ... op") and of aiming ("mikt ... op 350.000 auto's"); the segment that
opens a sentence owns its next clause's money (ru); "pesanan yang sudah dikunci" locked; a
Turkish "'in üzerinde" bound and "700'den fazla robot" no headcount; an unnamed gross margin
right after the car business's figures (vi, ja); "営業損益は7億元の黒字" an operating profit.
"""

import datetime as dt
from typing import Any

import pytest
from test_metrics_review import check, ev
from test_metrics_review8 import (
    ABOUT,
    AUTO,
    CUM,
    GROUP,
    MORE,
    SU7,
    WINDOW,
    YU7,
    cap,
    dlv,
    fcst,
    goal,
    money,
    month,
    other,
    quarter,
    year,
)

D = dt.date
NOV25 = D(2025, 11, 19)


def case(lang: str, published: dt.date | None, text: str, want: list[Any]) -> Any:
    return pytest.param(text, published, lang, want, id=f"{lang}-{text[:40]}")


CASES = [
    # --- the year of a target or forecast ------------------------------------------------
    case(
        "pl",
        D(2025, 2, 3),
        "Na ten rok Xiaomi planuje dostawy na poziomie 300 000 aut.",
        [goal(300000, **year(2025))],
    ),
    case(
        "pl",
        D(2025, 3, 3),
        "Xiaomi chce na bieżący rok dostarczyć 320 000 samochodów.",
        [goal(320000, **year(2025))],
    ),
    case(
        "ru",
        D(2025, 5, 27),
        "По итогам года Xiaomi планирует поставить 350 000 автомобилей.",
        [goal(350000, **year(2025))],
    ),
    case(
        "es",
        D(2025, 8, 19),
        "Xiaomi aspira a entregar 350.000 vehículos en el conjunto del año.",
        [goal(350000, **year(2025))],
    ),
    case(
        "de",
        D(2025, 8, 19),
        "Im laufenden Jahr gehen die Analysten von etwa 380.000 Auslieferungen von Xiaomi aus.",
        [fcst(AUTO, 380000, ABOUT, **year(2025))],
    ),
    case(
        "de",
        D(2025, 8, 19),
        "Für 2026 geht die Bank von 610.000 ausgelieferten Xiaomi-Autos aus.",
        [fcst(AUTO, 610000, **year(2026))],
    ),
    # (negative: "gingen ... auf ... zurück" is a fall, no forecast)
    case(
        "de",
        D(2025, 11, 19),
        "Die Auslieferungen von Xiaomi gingen im Oktober auf 30.000 zurück.",
        [dlv(AUTO, 30000, **month(2025, 10))],
    ),
    case(
        "nl",
        D(2025, 8, 19),
        "Voor volgend jaar rekent de analist op 520.000 leveringen van Xiaomi.",
        [fcst(AUTO, 520000, **year(2026))],
    ),
    # --- a span of months, then a second figure --------------------------------------------
    case(
        "es",
        D(2025, 8, 19),
        "Los ingresos del negocio de coches de Xiaomi alcanzaron los 21.300 millones de yuanes "
        "entre abril y junio, mientras que la pérdida operativa se redujo a 300 millones de yuanes.",
        [money("revenue", 21.3e9, **quarter(2025, 2)), money("net_loss", 3e8, **quarter(2025, 2))],
    ),
    case(
        "de",
        NOV25,
        "Der Umsatz der Autosparte von Xiaomi lag zwischen Juli und September bei 29 Milliarden "
        "Yuan, der operative Gewinn bei 700 Millionen Yuan.",
        [
            money("revenue", 29e9, **quarter(2025, 3)),
            other("operating profit", 7e8, **quarter(2025, 3)),
        ],
    ),
    # --- a window with the count before "primeros" -----------------------------------------
    case(
        "es",
        D(2025, 6, 27),
        "Xiaomi recibió más de 150.000 pedidos del YU7 en los tres primeros minutos.",
        [ev(YU7, metric="orders", value=150000, qualifier=MORE, **WINDOW)],
    ),
    case(
        "es",
        D(2025, 6, 27),
        "Xiaomi recibió 90.000 pedidos del SU7 en las 24 primeras horas tras el lanzamiento.",
        [ev(SU7, metric="orders", value=90000, **WINDOW)],
    ),
    # --- the brand is no milestone; a milestone stays one ----------------------------------
    case(
        "es",
        D(2025, 6, 27),
        "Las entregas del SU7, el modelo más vendido de la marca, superaron las 25.000 unidades "
        "en mayo.",
        [dlv(SU7, 25000, MORE, **month(2025, 5))],
    ),
    case(
        "es",
        D(2025, 6, 27),
        "Xiaomi superó la marca de las 300.000 entregas acumuladas.",
        [dlv(AUTO, 300000, **CUM)],
    ),
    # --- "the first ... since launch": the quarter stays -----------------------------------
    case(
        "vi",
        NOV25,
        "Mảng xe điện của Xiaomi đạt doanh thu 29 tỷ nhân dân tệ trong quý III/2025, lợi nhuận "
        "hoạt động đạt 700 triệu nhân dân tệ, lần đầu tiên có lãi kể từ khi ra mắt xe.",
        [
            money("revenue", 29e9, **quarter(2025, 3)),
            other("operating profit", 7e8, **quarter(2025, 3)),
        ],
    ),
    case(
        "en",
        NOV25,
        "Xiaomi's EV unit posted revenue of 29 billion yuan in the third quarter and an operating "
        "profit of 700 million yuan, its first since the SU7 launched in March 2024.",
        [
            money("revenue", 29e9, **quarter(2025, 3)),
            other("operating profit", 7e8, **quarter(2025, 3)),
        ],
    ),
    # (a running total since launch keeps its period)
    case(
        "en",
        NOV25,
        "Xiaomi has delivered 500,000 cars since the SU7 launched in March 2024.",
        [dlv(AUTO, 500000, **CUM)],
    ),
    case(
        "vi",
        NOV25,
        "Mảng xe điện của Xiaomi đạt doanh thu 29 tỷ nhân dân tệ trong quý III/2025, lợi nhuận "
        "hoạt động đạt 700 triệu nhân dân tệ, lần đầu tiên có lãi kể từ khi ra mắt xe. Trong quý, "
        "hãng đã giao 108.796 xe.",
        [
            money("revenue", 29e9, **quarter(2025, 3)),
            other("operating profit", 7e8, **quarter(2025, 3)),
            dlv(AUTO, 108796, **quarter(2025, 3)),
        ],
    ),
    # --- a comparison's base is no year of the figure (ja) ---------------------------------
    case(
        "ja",
        NOV25,
        "シャオミは2025年7〜9月期決算を発表した。グループ全体の売上高は前年同期比22％増の1131億元だった。",
        [ev(GROUP, metric="revenue", value=113.1e9, **quarter(2025, 3))],
    ),
    case(
        "ja",
        NOV25,
        "シャオミは2025年7〜9月期決算を発表した。グループ全体の売上高は前年比22％増の1131億元だった。",
        [ev(GROUP, metric="revenue", value=113.1e9, **quarter(2025, 3))],
    ),
    # (the year before, said as such, stays)
    case(
        "ja", NOV25, "シャオミは前年に13万6854台のEVを納車した。", [dlv(AUTO, 136854, **year(2024))]
    ),
    # --- the earlier forecast -----------------------------------------------------------------
    case(
        "de",
        NOV25,
        "Für 2026 erwarten die Analysten nun 520.000 Auslieferungen von Xiaomi, nachdem sie "
        "zuvor mit 450.000 Autos gerechnet hatten.",
        [fcst(AUTO, 520000, **year(2026)), fcst(AUTO, 450000, **year(2026))],
    ),
    case(
        "de",
        NOV25,
        "Für 2026 erwarten die Analysten nun 520.000 Auslieferungen von Xiaomi, nach 470.000 "
        "Fahrzeugen bisher.",
        [fcst(AUTO, 520000, **year(2026)), fcst(AUTO, 470000, **year(2026))],
    ),
    case(
        "ko",
        NOV25,
        "Goldman Sachs는 샤오미의 2026년 인도량을 55만대로 전망했다. 기존 전망치는 48만대였다.",
        [fcst(AUTO, 550000, **year(2026)), fcst(AUTO, 480000, **year(2026))],
    ),
    case(
        "ko",
        NOV25,
        "모건스탠리는 샤오미가 내년에 60만대를 인도할 것으로 예상했다. 이전 전망은 52만대였다.",
        [fcst(AUTO, 600000, **year(2026)), fcst(AUTO, 520000, **year(2026))],
    ),
    # (negative: the next sentence's own target is no earlier forecast)
    case(
        "ko",
        NOV25,
        "Goldman Sachs는 샤오미의 2026년 인도량을 55만대로 전망했다. 올해 목표는 35만대다.",
        [fcst(AUTO, 550000, **year(2026)), goal(350000, **year(2025))],
    ),
    # --- aiming at cars (nl) ------------------------------------------------------------------
    case(
        "nl",
        D(2025, 3, 18),
        "Xiaomi mikt voor 2025 op 350.000 auto's.",
        [goal(350000, **year(2025))],
    ),
    case(
        "nl",
        D(2025, 3, 18),
        "Voor volgend jaar mikt Xiaomi op ongeveer 550.000 voertuigen.",
        [goal(550000, ABOUT, **year(2026))],
    ),
    # (negative: aiming at revenue is no delivery target)
    case(
        "nl",
        D(2025, 3, 18),
        "Xiaomi mikt voor 2026 op een omzet van 150 miljard yuan uit auto's.",
        [money("revenue", 150e9, status="target", **year(2026))],
    ),
    # --- the segment that opens the sentence owns the next clause's money (ru) ---------------
    case(
        "ru",
        D(2025, 8, 27),
        "Подразделение электромобилей Xiaomi во втором квартале получило выручку в 20 млрд юаней, "
        "а операционный убыток сократился до 300 млн юаней.",
        [money("revenue", 20e9, **quarter(2025, 2)), money("net_loss", 3e8, **quarter(2025, 2))],
    ),
    case(
        "ru",
        D(2025, 8, 27),
        "Выручка автоподразделения Xiaomi во втором квартале составила 20 млрд юаней, а "
        "операционный убыток — 300 млн юаней.",
        [money("revenue", 20e9, **quarter(2025, 2)), money("net_loss", 3e8, **quarter(2025, 2))],
    ),
    # (negative: the group's total named in its own clause stays the group's)
    case(
        "ru",
        D(2025, 8, 27),
        "Выручка автоподразделения Xiaomi во втором квартале составила 20 млрд юаней, а общая "
        "выручка группы достигла 116 млрд юаней.",
        [
            money("revenue", 20e9, **quarter(2025, 2)),
            ev(GROUP, metric="revenue", value=116e9, **quarter(2025, 2)),
        ],
    ),
    # --- locked orders (id) -----------------------------------------------------------------
    case(
        "id",
        D(2025, 6, 27),
        "Xiaomi YU7 mencatat 240.000 pesanan yang sudah dikunci dalam 18 jam.",
        [ev(YU7, metric="locked_orders", value=240000, **WINDOW)],
    ),
    case(
        "id",
        D(2025, 6, 27),
        "Dalam 18 jam, jumlah pesanan yang telah dikunci untuk YU7 melampaui 200.000 unit.",
        [ev(YU7, metric="locked_orders", value=200000, qualifier=MORE, **WINDOW)],
    ),
    # --- Turkish bounds and robots ---------------------------------------------------------
    case(
        "tr",
        D(2025, 11, 1),
        "Xiaomi ekimde 40.000'in üzerinde araç teslim etti.",
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    case(
        "tr",
        D(2025, 11, 1),
        "Xiaomi ekimde 40.000'den fazla araç teslim etti.",
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    case("tr", None, "Xiaomi fabrikasında 700'den fazla robot çalışıyor.", []),
    case(
        "tr",
        None,
        "Xiaomi'nin otomobil biriminde 1.500'den fazla mühendis çalışıyor.",
        [ev(AUTO, metric="headcount", value=1500, qualifier=MORE)],
    ),
    # --- an unnamed gross margin after the car business's figures -------------------------
    case(
        "vi",
        NOV25,
        "Mảng xe điện của Xiaomi có doanh thu 29 tỷ nhân dân tệ trong quý III/2025. Biên lợi "
        "nhuận gộp của mảng này đạt 25,5%.",
        [
            money("revenue", 29e9, **quarter(2025, 3)),
            other("gross margin", 25.5, **quarter(2025, 3)),
        ],
    ),
    case(
        "ja",
        NOV25,
        "シャオミのEV事業の7〜9月期の売上高は290億元に達した。粗利益率は25.5％だった。",
        [
            money("revenue", 29e9, **quarter(2025, 3)),
            other("gross margin", 25.5, **quarter(2025, 3)),
        ],
    ),
    # (negatives: the phones' margin is not the cars')
    case(
        "vi",
        NOV25,
        "Mảng xe điện của Xiaomi có doanh thu 29 tỷ nhân dân tệ trong quý III/2025. Biên lợi "
        "nhuận gộp của mảng điện thoại đạt 11,5%.",
        [money("revenue", 29e9, **quarter(2025, 3))],
    ),
    case(
        "ja",
        NOV25,
        "シャオミのEV事業の7〜9月期の売上高は290億元に達した。スマホ事業の粗利益率は11.5％だった。",
        [money("revenue", 29e9, **quarter(2025, 3))],
    ),
    # --- "営業損益は…の黒字": an operating profit; "…の赤字" a loss -----------------------------
    case(
        "ja",
        NOV25,
        "シャオミのEV事業の7〜9月期の売上高は290億元に達し、営業損益は7億元の黒字となった。",
        [
            money("revenue", 29e9, **quarter(2025, 3)),
            other("operating profit", 7e8, **quarter(2025, 3)),
        ],
    ),
    case(
        "ja",
        NOV25,
        "シャオミのEV事業の7〜9月期の営業損益は8億元の黒字だった。",
        [other("operating profit", 8e8, **quarter(2025, 3))],
    ),
    case(
        "ja",
        NOV25,
        "シャオミのEV事業の4〜6月期の営業損益は3億元の赤字だった。",
        [money("net_loss", 3e8, **quarter(2025, 2))],
    ),
    # --- a running total since a model's launch (tr): the company's, "'i geçti" passed ------
    case(
        "tr",
        D(2025, 12, 2),
        "Şirkete göre YU7'nin satışa sunulduğu Haziran 2025'ten bu yana toplam teslimat 200.000'i geçti.",
        [dlv(AUTO, 200000, MORE, **CUM)],
    ),
    case(
        "tr",
        D(2025, 12, 2),
        "SU7'nin piyasaya çıktığı Mart 2024'ten beri toplam teslimatlar 450 bini aştı.",
        [dlv(AUTO, 450000, MORE, **CUM)],
    ),
    case(
        "tr",
        D(2025, 12, 2),
        "Xiaomi'nin toplam teslimatı 500 bini geçti.",
        [dlv(AUTO, 500000, MORE, **CUM)],
    ),
    # (negative: "geçen yıl" is last year, no bound)
    case(
        "tr",
        D(2025, 12, 2),
        "Xiaomi geçen yıl 136.854 araç teslim etti.",
        [dlv(AUTO, 136854, **year(2024))],
    ),
    # --- a rival named only as what the story's car is set against ------------------------
    case(
        "es",
        D(2025, 6, 27),
        "Xiaomi abrió los pedidos del YU7 y recibió 120.000 en la primera hora. El modelo compite "
        "con el Tesla Model Y, que cuesta 263.500 yuanes. En las primeras 12 horas, los pedidos "
        "firmes llegaron a 180.000.",
        [
            ev(YU7, metric="orders", value=120000, **WINDOW),
            ev(YU7, metric="locked_orders", value=180000, **WINDOW),
        ],
    ),
    case(
        "pt",
        D(2025, 6, 27),
        "A Xiaomi abriu as encomendas do YU7 e recebeu 120 mil na primeira hora. O modelo "
        "concorre com o Tesla Model Y. Em 12 horas, as encomendas chegaram a 180 mil.",
        [
            ev(YU7, metric="orders", value=120000, **WINDOW),
            ev(YU7, metric="orders", value=180000, **WINDOW),
        ],
    ),
    # (a gap to the rival's price is no price)
    case(
        "pt",
        D(2024, 3, 29),
        "A Xiaomi recebeu 50 mil encomendas do SU7 em 27 minutos. O preço da versão básica fica "
        "30 mil yuans abaixo do Tesla Model 3 na China. Em 24 horas, as encomendas chegaram a 88.898.",
        [
            ev(SU7, metric="orders", value=50000, **WINDOW),
            ev(SU7, metric="orders", value=88898, **WINDOW),
        ],
    ),
    # (negative: a rival's own figure right before leaves the nameless count to nobody)
    case(
        "pt",
        D(2024, 3, 29),
        "A Xiaomi recebeu 40 mil encomendas do SU7 em 30 minutos. A Tesla recebeu 10 mil "
        "encomendas do Model 3. Em 24 horas, as encomendas chegaram a 60 mil.",
        [ev(SU7, metric="orders", value=40000, **WINDOW)],
    ),
    # --- "il totale cumulato": the running total of the measure told before (it) -----------
    case(
        "it",
        D(2026, 1, 2),
        "A dicembre Xiaomi ha consegnato oltre 50.000 auto. Dal lancio della SU7 nel marzo 2024 "
        "il totale cumulato ha superato le 550.000 vetture.",
        [dlv(AUTO, 50000, MORE, **month(2025, 12)), dlv(AUTO, 550000, MORE, **CUM)],
    ),
    case(
        "it",
        D(2026, 1, 2),
        "Il totale cumulato delle consegne di Xiaomi ha superato le 550.000 vetture.",
        [dlv(AUTO, 550000, MORE, **CUM)],
    ),
    # (the model that owns the count after the launch clause stays its owner)
    case(
        "it",
        D(2026, 1, 2),
        "Dal lancio nel marzo 2024, la SU7 ha totalizzato 400.000 consegne.",
        [dlv(SU7, 400000, **CUM)],
    ),
    # --- the next phase's capacity, once running: a plan (pt) -------------------------------
    case(
        "pt",
        D(2025, 9, 15),
        "Com as duas primeiras fases, a capacidade anual da fábrica da Xiaomi já chega a 300 mil "
        "veículos. A nova etapa deve acrescentar mais 150 mil unidades por ano quando entrar em "
        "operação.",
        [cap(300000), cap(150000, status="target")],
    ),
    case(
        "pt",
        D(2025, 9, 15),
        "A capacidade anual da fábrica da Xiaomi chega a 300 mil veículos. A terceira fase vai "
        "adicionar outras 100 mil unidades por ano quando for concluída.",
        [cap(300000), cap(100000, status="target")],
    ),
    # (negative: a plant finished in the past keeps its capacity a fact)
    case(
        "pt",
        D(2025, 9, 15),
        "A fábrica da Xiaomi, concluída em 2024, tem capacidade anual de 150 mil veículos.",
        [cap(150000, status="actual")],
    ),
    # --- tr "araca" (araç before a vowel) is a count of vehicles ------------------------------
    case(
        "tr",
        None,
        "Xiaomi fabrikasının yıllık üretim kapasitesi 100 binden 250 bin araca yükseldi.",
        [cap(100000), cap(250000)],
    ),
    case("tr", None, "Xiaomi'nin yıllık üretim kapasitesi 300.000 araca ulaştı.", [cap(300000)]),
]


@pytest.mark.parametrize(("text", "published", "lang", "want"), CASES)
def test_fix12b_families(
    text: str, published: dt.date | None, lang: str, want: list[dict[str, Any]]
) -> None:
    check(text, published, lang, want)
