"""Families of misses in the languages of data/lang/ (fix15b), each with sentences of our own,
written with their expectations before the extractor was run on them:

- a month's figure told next to the day it was announced ("… im März …, teilte … am 1. April
  mit", "9월 … 인도했다고 10월 1일 밝혔다"): the month's, the day only when it was told (and a
  day just past the story's day is this year's, not a year back); "bis zum 1. April" stays a
  running total to that day;
- the month before told again with "the figure", "es waren", "waren het er", "de deur uit",
  "月も": that month's deliveries;
- an operating loss that names nobody, after the car business's results: the car business's;
- a gross margin opening on its article ("La marge brute de l'activité"), 売上総利益率 beside
  the revenue, a "résultat d'exploitation" told positive (and a launch named after it dates
  the record, it owns nothing);
- a running total from January told with "klienci odebrali", "giao cho khách hàng";
- a goal told in a relative clause ("die het zich voor dit jaar ten doel heeft gesteld"), a
  plant phase "должна заработать" (target), a plant that "kan … bouwen" (actual);
- "entro la fine della prima giornata": a launch window; Vietnamese "tháng 7." ends a sentence.
"""

import datetime as dt
from typing import Any

import pytest
from test_metrics_review import check
from test_metrics_review8 import (
    AUTO,
    MORE,
    WINDOW,
    cap,
    dlv,
    first_months,
    goal,
    money,
    month,
    other,
    quarter,
    total_to,
    year,
)

D = dt.date
ULTRA = "Xiaomi SU7 Ultra"


def case(text: str, published: dt.date, lang: str, want: list[dict[str, Any]]) -> Any:
    return pytest.param(text, published, lang, want, id=f"{lang}-{text[:40]}")


def locked(value: float, **fields: Any) -> dict[str, Any]:
    return {"subject": ULTRA, "metric": "locked_orders", "value": value, **WINDOW, **fields}


TOLD_ON_DAY = [
    case(
        "Xiaomi hat im März mehr als 29.000 Elektroautos ausgeliefert, teilte das Unternehmen "
        "am 1. April mit.",
        D(2025, 4, 2),
        "de",
        [dlv(AUTO, 29000, MORE, **month(2025, 3))],
    ),
    case(
        "Xiaomi entregó en marzo más de 29.000 coches, informó la empresa el 1 de abril.",
        D(2025, 4, 2),
        "es",
        [dlv(AUTO, 29000, MORE, **month(2025, 3))],
    ),
    case(
        "A Xiaomi entregou em junho 25 mil veículos, disse a empresa na terça-feira, 1 de julho.",
        D(2025, 7, 1),
        "pt",
        [dlv(AUTO, 25000, **month(2025, 6))],
    ),
    case(
        "샤오미가 8월 한 달간 전기차 3만1000대를 인도했다고 9월 1일 밝혔다.",
        D(2025, 9, 1),
        "ko",
        [dlv(AUTO, 31000, **month(2025, 8))],
    ),
    case(
        "Xiaomi, ekimde 40 binden fazla araç teslim ettiğini 1 Kasım'da duyurdu.",
        D(2025, 11, 1),
        "tr",
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    case(
        "Xiaomi a livré en octobre plus de 40 000 voitures, a indiqué le groupe le 1er novembre.",
        D(2025, 11, 2),
        "fr",
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    # a running total to the day stated stays one, of this year's day
    case(
        "Xiaomi hat bis zum 1. April mehr als 80.000 Elektroautos ausgeliefert.",
        D(2025, 4, 2),
        "de",
        [dlv(AUTO, 80000, MORE, **total_to(D(2025, 4, 1)))],
    ),
    case(
        "Até 1 de abril, a Xiaomi entregou mais de 80 mil automóveis.",
        D(2025, 4, 2),
        "pt",
        [dlv(AUTO, 80000, MORE, **total_to(D(2025, 4, 1)))],
    ),
]

MONTH_BEFORE_AGAIN = [
    case(
        "Xiaomi hat im Oktober mehr als 40.000 Elektroautos übergeben. Schon im August lag "
        "dieser Wert oberhalb der Schwelle von 30.000.",
        D(2025, 11, 3),
        "de",
        [dlv(AUTO, 40000, MORE, **month(2025, 10)), dlv(AUTO, 30000, MORE, **month(2025, 8))],
    ),
    case(
        "Xiaomi hat im Oktober mehr als 40.000 Elektroautos übergeben. Im September waren es "
        "über 38.000 gewesen.",
        D(2025, 11, 3),
        "de",
        [dlv(AUTO, 40000, MORE, **month(2025, 10)), dlv(AUTO, 38000, MORE, **month(2025, 9))],
    ),
    case(
        "Xiaomi leverde in juli ruim 30.000 auto's af. In juni gingen er 25.000 auto's de deur "
        "uit.",
        D(2025, 8, 1),
        "nl",
        [dlv(AUTO, 30000, MORE, **month(2025, 7)), dlv(AUTO, 25000, **month(2025, 6))],
    ),
    case(
        "Xiaomi heeft in oktober 40.000 auto's afgeleverd. In september waren het er ook ruim "
        "40.000.",
        D(2025, 11, 1),
        "nl",
        [dlv(AUTO, 40000, **month(2025, 10)), dlv(AUTO, 40000, MORE, **month(2025, 9))],
    ),
    case(
        "小米の4月のEV納車台数は2万8000台を超えた。3月も2万9000台超だった。",
        D(2025, 5, 1),
        "ja",
        [dlv(AUTO, 28000, MORE, **month(2025, 4)), dlv(AUTO, 29000, MORE, **month(2025, 3))],
    ),
    # negatives: a share price "also" in March, and a German "es waren" of no cars
    case(
        "小米の4月のEV納車台数は2万8000台を超えた。同社の株価は3月も2万9000円で推移した。",
        D(2025, 5, 1),
        "ja",
        [dlv(AUTO, 28000, MORE, **month(2025, 4))],
    ),
    case(
        "Der Aktienkurs von Xiaomi stieg im Oktober. Im September waren es 38 Prozent weniger.",
        D(2025, 11, 3),
        "de",
        [],
    ),
]

SEGMENT_LOSS = [
    case(
        "Die E-Auto-Sparte von Xiaomi setzte im zweiten Quartal 20,6 Milliarden Yuan um. Der "
        "operative Verlust sank auf 300 Millionen Yuan.",
        D(2025, 8, 20),
        "de",
        [money("revenue", 20.6e9, **quarter(2025, 2)), money("net_loss", 3e8, **quarter(2025, 2))],
    ),
    case(
        "No primeiro trimestre, a receita da divisão de carros da Xiaomi foi de 18,1 bilhões "
        "de yuans. O prejuízo operacional ficou em 500 milhões de yuans.",
        D(2025, 5, 28),
        "pt",
        [money("revenue", 18.1e9, **quarter(2025, 1)), money("net_loss", 5e8, **quarter(2025, 1))],
    ),
    case(
        "Xiaomi'nin elektrikli araç birimi üçüncü çeyrekte 29 milyar yuan gelir elde etti. "
        "Faaliyet zararı 200 milyon yuan oldu.",
        D(2025, 11, 19),
        "tr",
        [money("revenue", 29e9, **quarter(2025, 3)), money("net_loss", 2e8, **quarter(2025, 3))],
    ),
]

RESULTS = [
    case(
        "Le pôle automobile de Xiaomi a dégagé au deuxième trimestre un chiffre d'affaires de "
        "21 milliards de yuans. Sa marge brute était de 26,4 %.",
        D(2025, 8, 20),
        "fr",
        [
            money("revenue", 21e9, **quarter(2025, 2)),
            other("gross margin", 26.4, **quarter(2025, 2)),
        ],
    ),
    case(
        "Le pôle automobile de Xiaomi a dégagé au troisième trimestre un chiffre d'affaires de "
        "29 milliards de yuans. Le résultat opérationnel de la division est ressorti "
        "bénéficiaire à 500 millions de yuans, une première depuis le lancement de la SU7.",
        D(2025, 11, 19),
        "fr",
        [
            money("revenue", 29e9, **quarter(2025, 3)),
            other("operating profit", 5e8, **quarter(2025, 3)),
        ],
    ),
    case(
        "シャオミは20日、4～6月期決算を発表した。EV部門の売上高は206億元で、売上総利益率は"
        "26.4%だった。",
        D(2025, 8, 20),
        "ja",
        [
            money("revenue", 20.6e9, **quarter(2025, 2)),
            other("gross margin", 26.4, **quarter(2025, 2)),
        ],
    ),
    # a "résultat" told negative is no operating profit
    case(
        "Le pôle automobile de Xiaomi a dégagé au troisième trimestre un chiffre d'affaires de "
        "29 milliards de yuans. Le résultat opérationnel est resté négatif, à -300 millions de "
        "yuans.",
        D(2025, 11, 19),
        "fr",
        [money("revenue", 29e9, **quarter(2025, 3))],
    ),
]

SINCE_JANUARY = [
    case(
        "Xiaomi dostarczyło w czerwcu 25 tys. aut. Od początku roku nabywcy odebrali ponad "
        "157 tys. samochodów marki.",
        D(2025, 7, 1),
        "pl",
        [dlv(AUTO, 25000, **month(2025, 6)), dlv(AUTO, 157000, MORE, **first_months(2025, 6))],
    ),
    case(
        "Xiaomi cho biết đã giao 40.000 xe trong tháng 10. Từ đầu năm, hãng giao cho khách "
        "hàng hơn 300.000 chiếc.",
        D(2025, 11, 1),
        "vi",
        [dlv(AUTO, 40000, **month(2025, 10)), dlv(AUTO, 300000, MORE, **first_months(2025, 10))],
    ),
]

STATUS = [
    case(
        "Xiaomi leverde in september 40.000 auto's. Het merk heeft zich voor 2026 ten doel "
        "gesteld om 550.000 auto's te leveren.",
        D(2025, 10, 1),
        "nl",
        [dlv(AUTO, 40000, **month(2025, 9)), goal(550000, **year(2026))],
    ),
    case(
        "Xiaomi leverde in september 40.000 auto's. De fabriek in Peking kan inmiddels 300.000 "
        "auto's per jaar bouwen.",
        D(2025, 10, 1),
        "nl",
        [dlv(AUTO, 40000, **month(2025, 9)), cap(300000, status="actual")],
    ),
    # (but what it can build a year ahead is a forecast)
    case(
        "Xiaomi leverde in september 40.000 auto's. De fabriek kan volgend jaar 400.000 auto's "
        "per jaar bouwen.",
        D(2025, 10, 1),
        "nl",
        [dlv(AUTO, 40000, **month(2025, 9)), cap(400000, status="forecast")],
    ),
    case(
        "Xiaomi dostarczyło w lipcu 30 tys. samochodów. Fabryka w Pekinie może produkować "
        "300 tys. samochodów rocznie.",
        D(2025, 8, 1),
        "pl",
        [dlv(AUTO, 30000, **month(2025, 7)), cap(300000, status="actual")],
    ),
    case(
        "Автомобильное направление Xiaomi в четвёртом квартале 2024 года принесло выручку "
        "16,7 млрд юаней. Новый завод мощностью 200 тыс. автомобилей в год должен быть запущен "
        "в 2026 году.",
        D(2025, 3, 18),
        "ru",
        [money("revenue", 16.7e9, **quarter(2024, 4)), cap(200000, status="target")],
    ),
]

WINDOWS_AND_SPLITS = [
    case(
        "La SU7 Ultra è in vendita a 529.900 yuan. Alla fine del primo giorno gli ordini "
        "vincolanti erano 16.000.",
        D(2025, 2, 28),
        "it",
        [
            {"subject": ULTRA, "metric": "price", "value": 529900},
            locked(16000),
        ],
    ),
    case(
        "Xiaomi giao 40.000 xe trong tháng 10. Trong tháng 9, hãng giao 39.000 xe.",
        D(2025, 11, 1),
        "vi",
        [dlv(AUTO, 40000, **month(2025, 10)), dlv(AUTO, 39000, **month(2025, 9))],
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "lang", "want"),
    TOLD_ON_DAY
    + MONTH_BEFORE_AGAIN
    + SEGMENT_LOSS
    + RESULTS
    + SINCE_JANUARY
    + STATUS
    + WINDOWS_AND_SPLITS,
)
def test_fix15b_families(
    text: str, published: dt.date, lang: str, want: list[dict[str, Any]]
) -> None:
    check(text, published, lang, want)
