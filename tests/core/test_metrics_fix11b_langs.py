"""Facts spread over two sentences in the languages of data/lang/ (fix11b), in paragraphs of
its own, written with their expectations before the extractor was run on them:

- a delivery target revised with a pronoun in the next sentence ("Später hob das Unternehmen
  es auf 550.000 an", data `earlier_goal`): the same year's target;
- a model carried by a noun that says what it is ("dieses SUV", "esta berlina", "이 SUV", data
  `model_anaphor`): the model's figure, while "the company" stays Xiaomi Auto and a rival
  named in between leaves "the SUV" nobody's;
- a later phase's bare capacity ("Die zweite Ausbaustufe bringt weitere 200.000 pro Jahr",
  data `phase_carry`) and the plant's staff (the car business's);
- a full date in the local form in one sentence, a running total "to that day" in the next:
  as_of that day;
- an operating profit (`other` "operating profit") in ru, ja, ko, nl, pl, tr, id, vi;
- a window's bare figure after another window's ("y, tras 2 horas, 200.000"): the same measure;
- a figure in a quote in the first person ("«En octubre vendimos …»");
- a rival named in Hangul ("리오토는 같은 달 …"): its figure is nobody's here.
"""

import datetime as dt
from typing import Any

import pytest
from test_metrics_review import check, ev
from test_metrics_review8 import (
    ABOUT,
    AUTO,
    MORE,
    SU7,
    WINDOW,
    YU7,
    cap,
    dlv,
    goal,
    month,
    other,
    quarter,
    total_to,
    year,
)

D = dt.date
JAN26 = D(2026, 1, 20)
NOV05 = D(2025, 11, 5)
SEP03 = D(2025, 9, 3)
SEP20 = D(2025, 9, 20)
AUG20 = D(2025, 8, 20)
JUL01 = D(2025, 7, 1)


def case(text: str, published: dt.date, lang: str, want: list[dict[str, Any]]) -> Any:
    return pytest.param(text, published, lang, want, id=f"{lang}-{text[:40]}")


TARGET_REVISED = [
    case(
        "Xiaomi setzte sich für 2026 ein Ziel von 500.000 Auslieferungen. Später hob das "
        "Unternehmen es auf 550.000 an.",
        JAN26,
        "de",
        [goal(500000, **year(2026)), goal(550000, **year(2026))],
    ),
    case(
        "Xiaomi se fijó como meta entregar 400.000 coches en 2026. Después, la empresa la "
        "elevó a 450.000.",
        JAN26,
        "es",
        [goal(400000, **year(2026)), goal(450000, **year(2026))],
    ),
    case(
        "Xiaomi s'est fixé un objectif de 400 000 livraisons pour 2026. Le constructeur l'a "
        "ensuite porté à 450 000.",
        JAN26,
        "fr",
        [goal(400000, **year(2026)), goal(450000, **year(2026))],
    ),
    case(
        "На 2026 год Xiaomi поставила цель в 400 тыс. поставок. Позже компания повысила её до "
        "450 тыс.",
        JAN26,
        "ru",
        [goal(400000, **year(2026)), goal(450000, **year(2026))],
    ),
    case(
        "シャオミは2026年の納車目標を40万台に設定した。その後、同社はこれを45万台に引き上げた。",
        JAN26,
        "ja",
        [goal(400000, **year(2026)), goal(450000, **year(2026))],
    ),
    case(
        "Xiaomi 2026 için 400.000 teslimat hedefi belirledi. Şirket daha sonra bunu 450.000'e "
        "çıkardı.",
        JAN26,
        "tr",
        [goal(400000, **year(2026)), goal(450000, **year(2026))],
    ),
    case(
        "Xiaomi menetapkan target 400.000 pengiriman untuk 2026. Belakangan perusahaan "
        "meningkatkannya menjadi 450.000.",
        JAN26,
        "id",
        [goal(400000, **year(2026)), goal(450000, **year(2026))],
    ),
    # a target told, then the month's actual: not a revision
    case(
        "Xiaomi fijó un objetivo de 350.000 entregas para 2025. En octubre la empresa entregó "
        "más de 40.000 coches.",
        NOV05,
        "es",
        [goal(350000, **year(2025)), dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    case(
        "Xiaomi hat für 2025 ein Ziel von 350.000 Auslieferungen ausgegeben. Im Oktober "
        "lieferte das Unternehmen mehr als 40.000 Autos aus.",
        NOV05,
        "de",
        [goal(350000, **year(2025)), dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    # no target told before: a raise "of it" says nothing of a target
    case(
        "Xiaomi lieferte im Dezember 30.000 Autos aus. Nun hebt das Unternehmen es auf 40.000 an.",
        JAN26,
        "de",
        [dlv(AUTO, 30000, **month(2025, 12))],
    ),
]

MODEL_ANAPHOR = [
    case(
        "Xiaomi hat den YU7 im Juni auf den Markt gebracht. Im Oktober wurden 30.000 Einheiten "
        "dieses SUV ausgeliefert.",
        NOV05,
        "de",
        [dlv(YU7, 30000, **month(2025, 10))],
    ),
    case(
        "El SU7 es la berlina eléctrica de Xiaomi. En agosto se entregaron más de 15.000 "
        "unidades de esta berlina.",
        SEP03,
        "es",
        [dlv(SU7, 15000, MORE, **month(2025, 8))],
    ),
    case(
        "Xiaomi a lancé le YU7 en juin. En octobre, plus de 30 000 exemplaires du SUV ont été "
        "livrés.",
        NOV05,
        "fr",
        [dlv(YU7, 30000, MORE, **month(2025, 10))],
    ),
    case(
        "Xiaomi выпускает седан SU7. В августе покупатели получили более 15 тыс. этих седанов.",
        SEP03,
        "ru",
        [dlv(SU7, 15000, MORE, **month(2025, 8))],
    ),
    case(
        "샤오미는 6월 YU7을 출시했다. 10월에 이 SUV는 3만 대 이상 인도됐다.",
        NOV05,
        "ko",
        [dlv(YU7, 30000, MORE, **month(2025, 10))],
    ),
    case(
        "De YU7 is de SUV van Xiaomi. In oktober werden meer dan 30.000 exemplaren van dit "
        "model geleverd.",
        NOV05,
        "nl",
        [dlv(YU7, 30000, MORE, **month(2025, 10))],
    ),
    # "the company" after a model named is still the car business
    case(
        "Der YU7 ist das zweite Modell von Xiaomi. Im Oktober lieferte das Unternehmen mehr "
        "als 40.000 Autos aus.",
        NOV05,
        "de",
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    case(
        "El YU7 es el segundo modelo de Xiaomi. En octubre la empresa entregó más de 40.000 "
        "coches.",
        NOV05,
        "es",
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    # a rival's car named in between: "the SUV" may be the rival's
    case(
        "Xiaomi stellte im Juni den YU7 vor. Tesla verkauft in China das Model Y. Im Oktober "
        "wurden 30.000 Exemplare des SUV ausgeliefert.",
        NOV05,
        "de",
        [],
    ),
    # "das Unternehmen" after a rival's sentence is the rival
    case(
        "Xiaomi lieferte im Oktober mehr als 40.000 Autos aus. Li Auto stellte ein neues SUV "
        "vor. Das Unternehmen lieferte im selben Monat 31.000 Fahrzeuge aus.",
        NOV05,
        "de",
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
]

PLANT = [
    case(
        "Die erste Ausbaustufe des Xiaomi-Werks kann 150.000 Autos pro Jahr bauen. Die zweite "
        "Ausbaustufe bringt weitere 200.000 pro Jahr.",
        JUL01,
        "de",
        [cap(150000), cap(200000)],
    ),
    case(
        "Xiaomi amplía su planta de Pekín. La primera fase tiene una capacidad de 150.000 "
        "vehículos al año. La segunda fase suma otros 200.000 al año. En la fábrica trabajan "
        "unas 5.000 personas.",
        JUL01,
        "es",
        [cap(150000), cap(200000), ev(AUTO, metric="headcount", value=5000, qualifier=ABOUT)],
    ),
    case(
        "Pierwszy etap fabryki Xiaomi może produkować 150 tys. aut rocznie. Drugi etap dodaje "
        "kolejne 200 tys. rocznie.",
        JUL01,
        "pl",
        [cap(150000), cap(200000)],
    ),
    case(
        "샤오미 공장 1단계의 연간 생산능력은 15만 대다. 2단계는 연 20만 대를 더한다.",
        JUL01,
        "ko",
        [cap(150000), cap(200000)],
    ),
    case(
        "シャオミ工場の第1期の年産能力は15万台だ。第2期はさらに年20万台を加える。",
        JUL01,
        "ja",
        [cap(150000), cap(200000)],
    ),
    case(
        "Tahap pertama pabrik Xiaomi mampu memproduksi 150.000 kendaraan per tahun. Sekitar "
        "4.000 orang bekerja di pabrik tersebut.",
        JUL01,
        "id",
        [cap(150000), ev(AUTO, metric="headcount", value=4000, qualifier=ABOUT)],
    ),
]

DATED_TOTAL = [
    case(
        "Am 15.09.2025 meldete Xiaomi einen neuen Rekord. Bis zu diesem Tag hatte das "
        "Unternehmen insgesamt 400.000 Autos ausgeliefert.",
        SEP20,
        "de",
        [dlv(AUTO, 400000, **total_to(D(2025, 9, 15)))],
    ),
    case(
        "15.09.2025 Xiaomi ogłosiło nowy rekord. Do tego dnia firma dostarczyła łącznie ponad "
        "400 tys. aut.",
        SEP20,
        "pl",
        [dlv(AUTO, 400000, MORE, **total_to(D(2025, 9, 15)))],
    ),
    case(
        "Xiaomi 15.09.2025'te yeni bir rekor açıkladı. Şirket o güne kadar toplam 400.000'den "
        "fazla otomobil teslim etmişti.",
        SEP20,
        "tr",
        [dlv(AUTO, 400000, MORE, **total_to(D(2025, 9, 15)))],
    ),
    case(
        "샤오미는 2025년 9월 15일 새 기록을 발표했다. 이날까지 누적 인도량은 40만 대를 넘었다.",
        SEP20,
        "ko",
        [dlv(AUTO, 400000, MORE, **total_to(D(2025, 9, 15)))],
    ),
    case(
        "Il 15/09/2025 Xiaomi ha annunciato un nuovo record. Fino a quella data aveva "
        "consegnato in tutto 400.000 auto.",
        SEP20,
        "it",
        [dlv(AUTO, 400000, **total_to(D(2025, 9, 15)))],
    ),
    # a month's figure after a dated sentence keeps its month
    case(
        "Am 01.10.2025 veröffentlichte Xiaomi seine Zahlen. Im September lieferte das "
        "Unternehmen 40.000 Autos aus.",
        D(2025, 10, 2),
        "de",
        [dlv(AUTO, 40000, **month(2025, 9))],
    ),
]

Q2 = quarter(2025, 2)
OPERATING_PROFIT = [
    case(
        "Автомобильное подразделение Xiaomi получило во втором квартале операционную прибыль "
        "в размере 500 млн юаней.",
        AUG20,
        "ru",
        [other("operating profit", 5e8, status="actual", **Q2)],
    ),
    case(
        "シャオミのEV事業は第2四半期に5億元の営業利益を計上した。",
        AUG20,
        "ja",
        [other("operating profit", 5e8, status="actual", **Q2)],
    ),
    case(
        "샤오미 전기차 부문은 2분기에 5억 위안의 영업이익을 냈다.",
        AUG20,
        "ko",
        [other("operating profit", 5e8, status="actual", **Q2)],
    ),
    case(
        "De autodivisie van Xiaomi boekte in het tweede kwartaal een bedrijfswinst van 500 "
        "miljoen yuan.",
        AUG20,
        "nl",
        [other("operating profit", 5e8, status="actual", **Q2)],
    ),
    case(
        "Dział samochodowy Xiaomi osiągnął w drugim kwartale zysk operacyjny w wysokości "
        "500 mln juanów.",
        AUG20,
        "pl",
        [other("operating profit", 5e8, status="actual", **Q2)],
    ),
    case(
        "Xiaomi'nin otomobil birimi ikinci çeyrekte 500 milyon yuan faaliyet kârı elde etti.",
        AUG20,
        "tr",
        [other("operating profit", 5e8, status="actual", **Q2)],
    ),
    case(
        "Unit mobil Xiaomi membukukan laba operasional 500 juta yuan pada kuartal kedua.",
        AUG20,
        "id",
        [other("operating profit", 5e8, status="actual", **Q2)],
    ),
    case(
        "Mảng xe của Xiaomi ghi nhận lợi nhuận hoạt động 500 triệu nhân dân tệ trong quý II.",
        AUG20,
        "vi",
        [other("operating profit", 5e8, status="actual", **Q2)],
    ),
]

JUN27 = D(2025, 6, 27)


def locked(value: float) -> dict[str, Any]:
    return ev(YU7, metric="locked_orders", value=value, status="actual", **WINDOW)


ELIDED_AND_QUOTED = [
    case(
        "El YU7 salió a la venta el jueves. En 5 minutos sumó 120.000 pedidos bloqueados y, "
        "después de 2 horas, 200.000.",
        JUN27,
        "es",
        [locked(120000), locked(200000)],
    ),
    case(
        "Lo YU7 è in vendita da giovedì. In 10 minuti sono arrivati 150.000 ordini vincolanti, "
        "dopo 3 ore erano 220.000.",
        JUN27,
        "it",
        [locked(150000), locked(220000)],
    ),
    case(
        "YU7 mulai dijual pada hari Kamis. Dalam 5 menit masuk 100.000 pesanan pasti, lalu "
        "setelah 2 jam menjadi 180.000.",
        JUN27,
        "id",
        [locked(100000), locked(180000)],
    ),
    case(
        "«En octubre vendimos más de 35.000 coches», afirmó Lei Jun.",
        NOV05,
        "es",
        [dlv(AUTO, 35000, MORE, **month(2025, 10))],
    ),
    case(
        '"Entregamos 30 mil carros em outubro", disse Lei Jun.',
        NOV05,
        "pt",
        [dlv(AUTO, 30000, **month(2025, 10))],
    ),
    case(
        "샤오미는 10월 4만 대 이상을 인도했다. 리오토는 같은 달 3만 대를 인도했다.",
        NOV05,
        "ko",
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
]

ALL = [
    *TARGET_REVISED,
    *MODEL_ANAPHOR,
    *PLANT,
    *DATED_TOTAL,
    *OPERATING_PROFIT,
    *ELIDED_AND_QUOTED,
]


@pytest.mark.parametrize(("text", "published", "lang", "want"), ALL)
def test_passage(text: str, published: dt.date, lang: str, want: list[dict[str, Any]]) -> None:
    check(text, published, lang, want)
