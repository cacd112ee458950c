"""Families of misses fixed on branch fix16c in the thirteen languages besides English and
Chinese, each with our own sentences (other verbs, word orders and figures than the probes),
and negatives that must stay as they are. Conventions as in test_metrics_review8.py: a gross
margin is `other`, revenue is Xiaomi Auto's when the car business is named.

1. A change from one level to another ("de A à B", "с A до B", "AからBに増えた"): the new
   level is a figure of the period reported, not the lower end of a range ("at least A"); when
   the old level is said to be of the same period a year back (前年同期, 전년 동기, "im
   Vorjahresquartal", "годом ранее"), it is that period's and the new level keeps its own.
2. A week told by its days in one month ("od 17 do 23 listopada", as "Nov 17-23" in English)
   is that week; a figure told "a week earlier" after it is the week before's.
3. A table-like sentence whose first bracket names the quarter before ("(Vorquartal: …)",
   "(trimestre précédent : …)"): the bare figures in the brackets after are of that quarter
   too; an operating result told by its sign ("operatives Ergebnis plus 650 Mio. Yuan (minus
   250 Mio.)") is an operating profit, then an operating loss (net_loss).
4. Spanish "…, más que en el trimestre anterior, cuando facturó 18.100 millones": the figure
   of the when-clause is the quarter before's.
"""

import datetime as dt
from typing import Any

import pytest
from test_metrics_review import check
from test_metrics_review8 import AUTO, SU7, dlv, money, other, price, quarter

D = dt.date
Q3_25, Q3_24 = quarter(2025, 3), quarter(2025 - 1, 3)
Q1_25, Q1_24 = quarter(2025, 1), quarter(2024, 1)
NOV20 = D(2025, 11, 20)
WEEK_NOV17 = {
    "period_kind": "week",
    "period_start": D(2025, 11, 17),
    "period_end": D(2025, 11, 23),
}
WEEK_NOV10 = {
    "period_kind": "week",
    "period_start": D(2025, 11, 10),
    "period_end": D(2025, 11, 16),
}
MAY30 = D(2025, 5, 30)


def rev(value: float, **fields: Any) -> dict[str, Any]:
    return money("revenue", value, **fields)


# --- 1. a change from one level to another, told like a range --------------------------------

LEVELS = [
    # Japanese: から … に + a change verb, the old level a year back
    pytest.param(
        "7～9月期、シャオミのEV部門の売上高は前年同期の92億元から290億元へ拡大した。",
        NOV20,
        "ja",
        [rev(9.2e9, **Q3_24), rev(29.0e9, **Q3_25)],
    ),
    pytest.param(
        "7～9月期のシャオミのEV事業の粗利率は、前年同期の17.1%から25.5%に上昇した。",
        NOV20,
        "ja",
        [other("gross margin", 17.1, **Q3_24), other("gross margin", 25.5, **Q3_25)],
    ),
    pytest.param(
        "1～3月期、シャオミのEV事業の売上高は50億元から181億元に伸びた。",
        MAY30,
        "ja",
        [rev(5.0e9, **Q1_25), rev(18.1e9, **Q1_25)],
    ),
    # Japanese negative: a price "from" (no change verb) stays one price
    pytest.param(
        "シャオミのSU7は21万5900元から購入できる。",
        NOV20,
        "ja",
        [price(SU7, 215900)],
    ),
    # Korean: the year-back words before the old level are not the new level's
    pytest.param(
        "3분기 샤오미 전기차 부문의 매출은 전년 동기 92억 위안에서 290억 위안으로 늘었다.",
        NOV20,
        "ko",
        [rev(9.2e9, **Q3_24), rev(29.0e9, **Q3_25)],
    ),
    # German, Russian: the year-back words right after the old level
    pytest.param(
        "Im dritten Quartal kletterte der Umsatz der Xiaomi-Autosparte von 9,2 Mrd. Yuan im "
        "Vorjahresquartal auf 29,0 Mrd. Yuan.",
        NOV20,
        "de",
        [rev(9.2e9, **Q3_24), rev(29.0e9, **Q3_25)],
    ),
    pytest.param(
        "В третьем квартале выручка автомобильного бизнеса Xiaomi увеличилась с 9,2 млрд юаней "
        "годом ранее до 29 млрд юаней.",
        NOV20,
        "ru",
        [rev(9.2e9, **Q3_24), rev(29.0e9, **Q3_25)],
    ),
    # the year-back words between the two levels, in other languages
    pytest.param(
        "Pada kuartal ketiga, pendapatan bisnis mobil Xiaomi melonjak dari 9,2 miliar yuan pada "
        "periode yang sama tahun lalu menjadi 29 miliar yuan.",
        NOV20,
        "id",
        [rev(9.2e9, **Q3_24), rev(29.0e9, **Q3_25)],
    ),
    pytest.param(
        "Di kuartal pertama, pendapatan segmen mobil Xiaomi tumbuh dari 5 miliar yuan setahun "
        "sebelumnya menjadi 18,1 miliar yuan.",
        MAY30,
        "id",
        [rev(5.0e9, **Q1_24), rev(18.1e9, **Q1_25)],
    ),
    pytest.param(
        "Üçüncü çeyrekte Xiaomi'nin otomobil gelirleri geçen yılın aynı dönemindeki 9,2 milyar "
        "yuan'dan 29 milyar yuan'a çıktı.",
        NOV20,
        "tr",
        [rev(9.2e9, **Q3_24), rev(29.0e9, **Q3_25)],
    ),
    pytest.param(
        "Trong quý III, doanh thu mảng ô tô của Xiaomi tăng từ 9,2 tỷ nhân dân tệ cùng kỳ năm "
        "trước lên 29 tỷ nhân dân tệ.",
        NOV20,
        "vi",
        [rev(9.2e9, **Q3_24), rev(29.0e9, **Q3_25)],
    ),
    pytest.param(
        "W trzecim kwartale przychody segmentu aut Xiaomi wzrosły z 9,2 mld juanów rok "
        "wcześniej do 29 mld juanów.",
        NOV20,
        "pl",
        [rev(9.2e9, **Q3_24), rev(29.0e9, **Q3_25)],
    ),
    pytest.param(
        "Au troisième trimestre, les ventes de la branche automobile de Xiaomi sont passées de "
        "9,2 milliards de yuans un an plus tôt à 29 milliards de yuans.",
        NOV20,
        "fr",
        [rev(9.2e9, **Q3_24), rev(29.0e9, **Q3_25)],
    ),
    pytest.param(
        "No primeiro trimestre, a receita da divisão de carros elétricos da Xiaomi passou de 5 "
        "bilhões de yuans um ano antes para 18,1 bilhões de yuans.",
        MAY30,
        "pt",
        [rev(5.0e9, **Q1_24), rev(18.1e9, **Q1_25)],
    ),
    pytest.param(
        "In het eerste kwartaal groeide de omzet van de autotak van Xiaomi van 5 miljard yuan "
        "een jaar eerder naar 18,1 miljard yuan.",
        MAY30,
        "nl",
        [rev(5.0e9, **Q1_24), rev(18.1e9, **Q1_25)],
    ),
    # compact forms: both levels of the quarter named (as 从A增至B in Chinese)
    pytest.param(
        "Au troisième trimestre, les revenus de l'activité automobile de Xiaomi ont grimpé de "
        "9,2 à 29 milliards de yuans.",
        NOV20,
        "fr",
        [rev(9.2e9, **Q3_25), rev(29.0e9, **Q3_25)],
    ),
    pytest.param(
        "En el tercer trimestre, los ingresos de la división de coches de Xiaomi subieron de "
        "9.200 a 29.000 millones de yuanes.",
        NOV20,
        "es",
        [rev(9.2e9, **Q3_25), rev(29.0e9, **Q3_25)],
    ),
    pytest.param(
        "Nel terzo trimestre il fatturato della divisione auto di Xiaomi è salito da 9,2 a 29 "
        "miliardi di yuan.",
        NOV20,
        "it",
        [rev(9.2e9, **Q3_25), rev(29.0e9, **Q3_25)],
    ),
    pytest.param(
        "No terceiro trimestre, a receita da divisão de carros da Xiaomi cresceu de 9,2 a 29 "
        "bilhões de yuans.",
        NOV20,
        "pt",
        [rev(9.2e9, **Q3_25), rev(29.0e9, **Q3_25)],
    ),
    pytest.param(
        "W trzecim kwartale przychody działu samochodowego Xiaomi zwiększyły się z 9,2 do 29 "
        "mld juanów.",
        NOV20,
        "pl",
        [rev(9.2e9, **Q3_25), rev(29.0e9, **Q3_25)],
    ),
    pytest.param(
        "В третьем квартале выручка автомобильного бизнеса Xiaomi выросла с 9,2 до 29 млрд юаней.",
        NOV20,
        "ru",
        [rev(9.2e9, **Q3_25), rev(29.0e9, **Q3_25)],
    ),
    pytest.param(
        "In het derde kwartaal steeg de omzet van de autotak van Xiaomi van 9,2 tot 29 miljard "
        "yuan.",
        NOV20,
        "nl",
        [rev(9.2e9, **Q3_25), rev(29.0e9, **Q3_25)],
    ),
    # negatives: a range told as a range stays one figure's bounds
    pytest.param(
        "Xiaomi prévoit de livrer de 400 000 à 450 000 voitures l'an prochain.",
        NOV20,
        "fr",
        None,
    ),
    pytest.param(
        "Xiaomi rechnet im nächsten Jahr mit 400.000 bis 450.000 Auslieferungen.",
        NOV20,
        "de",
        None,
    ),
]


def _range_kept(text: str, published: dt.date, lang: str) -> None:
    from pipelines.core.metrics import extract_events

    events = extract_events(text, published=published, language=lang)
    assert [e.value for e in events] == [400000.0], [(e.value, e.qualifier) for e in events]


@pytest.mark.parametrize(("text", "published", "lang", "want"), LEVELS)
def test_fix16c_level_changes(
    text: str, published: dt.date, lang: str, want: list[dict[str, Any]] | None
) -> None:
    if want is None:
        _range_kept(text, published, lang)
    else:
        check(text, published, lang, want)


# --- 2. a week by its days, and the week before -------------------------------------------

WEEKS = [
    pytest.param(
        "Od 17 do 23 listopada w Chinach zarejestrowano 10 400 samochodów Xiaomi.",
        D(2025, 11, 25),
        "pl",
        [dlv(AUTO, 10400, **WEEK_NOV17)],
    ),
    pytest.param(
        "Xiaomi zarejestrowało 10 400 aut w tygodniu od 17 do 23 listopada, a w poprzednim "
        "tygodniu 9 900.",
        D(2025, 11, 25),
        "pl",
        [dlv(AUTO, 10400, **WEEK_NOV17), dlv(AUTO, 9900, **WEEK_NOV10)],
    ),
    pytest.param(
        "W tygodniu od 17 do 23 listopada zarejestrowano 10 400 nowych aut Xiaomi. Tydzień "
        "wcześniej było ich 9 900.",
        D(2025, 11, 25),
        "pl",
        [dlv(AUTO, 10400, **WEEK_NOV17), dlv(AUTO, 9900, **WEEK_NOV10)],
    ),
    # negatives: a running total to a day, and a span of more than a week, are no week
    pytest.param(
        "Od początku roku do 23 listopada Xiaomi zarejestrowało ok. 350 tys. aut.",
        D(2025, 11, 25),
        "pl",
        [
            dlv(
                AUTO,
                350000,
                "about",
                period_kind="cumulative",
                period_start=D(2025, 1, 1),
                period_end=D(2025, 11, 23),
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "published", "lang", "want"), WEEKS)
def test_fix16c_weeks(text: str, published: dt.date, lang: str, want: list[dict[str, Any]]) -> None:
    check(text, published, lang, want)


# --- 3. bare brackets after a bracket that names the quarter before -------------------------

AUG20 = D(2025, 8, 20)
Q2_25 = quarter(2025, 2)
BRACKETS = [
    pytest.param(
        "Eckdaten der Autosparte von Xiaomi im zweiten Quartal: Umsatz 21,3 Mrd. Yuan "
        "(Vorquartal: 18,6 Mrd.), Auslieferungen 81.302 Autos (75.869).",
        AUG20,
        "de",
        [
            rev(21.3e9, **Q2_25),
            rev(18.6e9, **Q1_25),
            dlv(AUTO, 81302, **Q2_25),
            dlv(AUTO, 75869, **Q1_25),
        ],
    ),
    pytest.param(
        "Xiaomis Autosparte im dritten Quartal: Umsatz 29,0 Mrd. Yuan (Vorquartal: 21,3 Mrd.), "
        "operatives Ergebnis plus 650 Mio. Yuan (minus 250 Mio.).",
        NOV20,
        "de",
        [
            rev(29.0e9, **Q3_25),
            rev(21.3e9, **Q2_25),
            other("operating profit", 650e6, **Q3_25),
            money("net_loss", 250e6, **Q2_25),
        ],
    ),
    pytest.param(
        "Chiffres clés de la division automobile de Xiaomi au deuxième trimestre : chiffre "
        "d'affaires 21,3 milliards de yuans (trimestre précédent : 18,6 milliards), livraisons "
        "81 302 voitures (75 869).",
        AUG20,
        "fr",
        [
            rev(21.3e9, **Q2_25),
            rev(18.6e9, **Q1_25),
            dlv(AUTO, 81302, **Q2_25),
            dlv(AUTO, 75869, **Q1_25),
        ],
    ),
    pytest.param(
        "Cifras clave del negocio de coches de Xiaomi en el segundo trimestre: ingresos de "
        "21.300 millones de yuanes (trimestre anterior: 18.600 millones), entregas de 81.302 "
        "coches (75.869).",
        AUG20,
        "es",
        [
            rev(21.3e9, **Q2_25),
            rev(18.6e9, **Q1_25),
            dlv(AUTO, 81302, **Q2_25),
            dlv(AUTO, 75869, **Q1_25),
        ],
    ),
    # negatives: a bracket of a change, with no quarter named before, is no figure of its own
    pytest.param(
        "Xiaomis Autosparte im dritten Quartal: Umsatz 29,0 Mrd. Yuan (plus 36 Prozent), "
        "Auslieferungen 108.796 Autos.",
        NOV20,
        "de",
        [rev(29.0e9, **Q3_25), dlv(AUTO, 108796, **Q3_25)],
    ),
    pytest.param(
        "Xiaomis Autosparte im dritten Quartal: Auslieferungen 108.796 Autos (81.302 im "
        "Vorquartal), Umsatz 29,0 Mrd. Yuan.",
        NOV20,
        "de",
        [dlv(AUTO, 108796, **Q3_25), dlv(AUTO, 81302, **Q2_25), rev(29.0e9, **Q3_25)],
    ),
]


@pytest.mark.parametrize(("text", "published", "lang", "want"), BRACKETS)
def test_fix16c_brackets(
    text: str, published: dt.date, lang: str, want: list[dict[str, Any]]
) -> None:
    check(text, published, lang, want)


# --- 4. the quarter before, then a when-clause with its figure (Spanish) ---------------------

WHEN_CLAUSE = [
    pytest.param(
        "Las ventas de la división de coches de Xiaomi sumaron 20.600 millones de yuanes entre "
        "abril y junio, un 14 % más que en el trimestre anterior, cuando facturó 18.100 millones.",
        AUG20,
        "es",
        [rev(20.6e9, **Q2_25), rev(18.1e9, **Q1_25)],
    ),
    pytest.param(
        "Xiaomi entregó 81.302 coches entre abril y junio, más que en el trimestre previo, "
        "cuando entregó 75.869.",
        AUG20,
        "es",
        [dlv(AUTO, 81302, **Q2_25), dlv(AUTO, 75869, **Q1_25)],
    ),
    # negative: "cuando" after another period word is no quarter before
    pytest.param(
        "Xiaomi entregó 81.302 coches entre abril y junio, cuando lanzó el YU7.",
        AUG20,
        "es",
        [dlv(AUTO, 81302, **Q2_25)],
    ),
]


@pytest.mark.parametrize(("text", "published", "lang", "want"), WHEN_CLAUSE)
def test_fix16c_when_clause(
    text: str, published: dt.date, lang: str, want: list[dict[str, Any]]
) -> None:
    check(text, published, lang, want)
