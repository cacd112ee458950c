"""Families of the articles10 probes in German, French, Spanish, Japanese, Korean, Portuguese and
Russian, generalised: each family in its language and, where it exists there, in one or two
others of the 13, with other verbs, word orders and figures than the probes, and negatives that
must stay as they are (expectations written before the fixes ran).

- an operating profit ("beneficio operativo", "lucro operacional", "operativer Gewinn"):
  `other`, label "operating profit", not revenue;
- "as entregas passaram de 40 mil": above the mark, more_than;
- a plant "рассчитан на 150 тысяч машин в год": a capacity; "на предприятии работают" after
  the plant's figures: the car business's staff;
- a model named as what drove the count ("porté par son SUV YU7", "impulsadas por el YU7"):
  the company's count;
- a running total "since January" in a story of the month just finished: counted to that
  month's end;
- a month named in a story written in its first days ("Em janeiro, entregou …" on January 2):
  an actual of last year's month;
- a target "set in March" ("definida em março", "fijado en marzo", "im März angehoben"): the
  year's target, March is when it was set;
- "Em junho, foram mais de 25 mil": the measure of the figure before (a plural copula);
- the trims' prices in a list ("Proが27万9900元、Maxが32万9900元"): each one; a price gap
  ("1万元下回る", "1만 위안 저렴하다"): no price;
- German "im gesamten Jahr" / "Gesamtjahr" told in March: last year's whole year, the car
  unit's money ("des Geschäfts"); "Zum Vergleich: Tesla …" does not make the next sentence's
  "Konzernumsatz" a rival's.
"""

import datetime as dt
from typing import Any

import pytest
from test_metrics_review import check, ev

D = dt.date
AUTO, GROUP, SU7, YU7 = "Xiaomi Auto", "Xiaomi Group", "Xiaomi SU7", "Xiaomi YU7"


def quarter(y: int, q: int) -> dict[str, Any]:
    end = {1: D(y, 3, 31), 2: D(y, 6, 30), 3: D(y, 9, 30), 4: D(y, 12, 31)}[q]
    return {"period_kind": "quarter", "period_start": D(y, 3 * q - 2, 1), "period_end": end}


def month(y: int, m: int, last: int) -> dict[str, Any]:
    return {"period_kind": "month", "period_start": D(y, m, 1), "period_end": D(y, m, last)}


def year(y: int) -> dict[str, Any]:
    return {"period_kind": "year", "period_start": D(y, 1, 1), "period_end": D(y, 12, 31)}


def op_profit(value: float, status: str, **period: Any) -> dict[str, Any]:
    return ev(AUTO, metric="other", label="operating profit", value=value, status=status, **period)


def dlv(value: float, q: str = "exact", subject: str = AUTO, **period: Any) -> dict[str, Any]:
    return ev(subject, metric="deliveries", value=value, qualifier=q, status="actual", **period)


def goal(value: float, y: int) -> dict[str, Any]:
    return ev(AUTO, metric="delivery_target", value=value, status="target", **year(y))


def price(subject: str, value: float) -> dict[str, Any]:
    return ev(subject, metric="price", value=value, period_kind="none")


# --- an operating profit ----------------------------------------------------------------------

OPERATING_PROFIT = [
    (
        "es",
        "Según el informe, el negocio de vehículos de Xiaomi logró en el tercer trimestre un "
        "beneficio operativo de 700 millones de yuanes.",
        [op_profit(7e8, "actual", **quarter(2025, 3))],
    ),
    (
        "es",
        "JPMorgan estima que la unidad de coches de Xiaomi obtendrá un beneficio operativo de "
        "1.200 millones de yuanes en el cuarto trimestre.",
        [op_profit(1.2e9, "forecast", **quarter(2025, 4))],
    ),
    (
        "pt",
        "A unidade de veículos elétricos da Xiaomi registrou lucro operacional de 1,1 bilhão de "
        "yuans entre julho e setembro.",
        [op_profit(1.1e9, "actual", **quarter(2025, 3))],
    ),
    (
        "de",
        "Xiaomis Autosparte erzielte im dritten Quartal erstmals einen operativen Gewinn von "
        "700 Millionen Yuan.",
        [op_profit(7e8, "actual", **quarter(2025, 3))],
    ),
    (
        "fr",
        "Au troisième trimestre, la branche automobile de Xiaomi a dégagé un bénéfice "
        "d'exploitation de 700 millions de yuans.",
        [op_profit(7e8, "actual", **quarter(2025, 3))],
    ),
    (
        "it",
        "La divisione auto di Xiaomi ha chiuso il terzo trimestre con un utile operativo di 700 "
        "milioni di yuan.",
        [op_profit(7e8, "actual", **quarter(2025, 3))],
    ),
    # a revenue stays revenue
    (
        "es",
        "Los ingresos de la división de coches de Xiaomi sumaron 29.000 millones de yuanes en el "
        "tercer trimestre.",
        [ev(AUTO, metric="revenue", value=2.9e10, **quarter(2025, 3))],
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), OPERATING_PROFIT)
def test_an_operating_profit_is_kept_under_its_label(
    lang: str, text: str, want: list[dict[str, Any]]
) -> None:
    check(text, D(2025, 11, 20), lang, want)


# --- "passaram de": above the mark ------------------------------------------------------------

PASSED = [
    (
        "As entregas da Xiaomi passaram dos 30 mil carros em agosto.",
        [dlv(30000, "more_than", **month(2025, 8, 31))],
    ),
    (
        "Em julho, as vendas da Xiaomi passaram pela primeira vez de 30 mil unidades.",
        [dlv(30000, "more_than", **month(2025, 7, 31))],
    ),
    # no bound word: exact
    (
        "Em agosto, a Xiaomi entregou 31 mil carros.",
        [dlv(31000, **month(2025, 8, 31))],
    ),
]


@pytest.mark.parametrize(("text", "want"), PASSED)
def test_passar_de_is_more_than(text: str, want: list[dict[str, Any]]) -> None:
    check(text, D(2025, 9, 2), "pt", want)


# --- a plant's capacity and staff in Russian --------------------------------------------------


def cap(value: float) -> dict[str, Any]:
    return ev(AUTO, metric="production_capacity", value=value, period_kind="rate")


PLANT_RU = [
    (
        "Новый цех Xiaomi рассчитан на выпуск 200 тысяч автомобилей в год.",
        [cap(200000)],
    ),
    (
        "Вторая очередь завода Xiaomi, по данным компании, рассчитана на 150 тыс. машин ежегодно.",
        [cap(150000)],
    ),
    (
        "Завод Xiaomi в Пекине рассчитан на 300 тысяч машин в год. Сейчас на предприятии "
        "работают около 5 тысяч человек.",
        [cap(300000), ev(AUTO, metric="headcount", value=5000, qualifier="about")],
    ),
    # a rival's plant: no event
    ("Шанхайский завод Tesla рассчитан на 950 тысяч машин в год.", []),
]


@pytest.mark.parametrize(("text", "want"), PLANT_RU)
def test_a_plant_built_for_so_many_a_year(text: str, want: list[dict[str, Any]]) -> None:
    check(text, D(2025, 11, 10), "ru", want)


# --- a model named as what drove the count ----------------------------------------------------

DRIVEN_BY = [
    (
        "fr",
        "Xiaomi a écoulé plus de 30 000 voitures en août, portées par la demande pour son SUV YU7.",
        [dlv(30000, "more_than", **month(2025, 8, 31))],
    ),
    (
        "fr",
        "En août, Xiaomi a livré 31 000 véhicules grâce au succès du YU7.",
        [dlv(31000, **month(2025, 8, 31))],
    ),
    (
        "es",
        "Xiaomi entregó más de 30.000 coches en agosto, impulsadas por el nuevo YU7.",
        [dlv(30000, "more_than", **month(2025, 8, 31))],
    ),
    (
        "pt",
        "A Xiaomi entregou mais de 30 mil carros em agosto, impulsionada pelo SUV YU7.",
        [dlv(30000, "more_than", **month(2025, 8, 31))],
    ),
    # the model as the subject of its own count stays the model's
    (
        "fr",
        "Le YU7 de Xiaomi a été livré à 18 000 exemplaires en août.",
        [dlv(18000, subject=YU7, **month(2025, 8, 31))],
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), DRIVEN_BY)
def test_what_drove_a_count_does_not_own_it(
    lang: str, text: str, want: list[dict[str, Any]]
) -> None:
    check(text, D(2025, 9, 1), lang, want)


# --- since January, in a story of the month just finished -------------------------------------

YTD_TO = {"period_kind": "cumulative", "period_start": D(2025, 1, 1)}

SINCE_JANUARY = [
    (
        "fr",
        D(2025, 11, 1),
        "Xiaomi a livré plus de 40 000 voitures en octobre. Depuis janvier, le constructeur en a "
        "livré plus de 300 000.",
        [
            dlv(40000, "more_than", **month(2025, 10, 31)),
            dlv(300000, "more_than", **YTD_TO, period_end=D(2025, 10, 31)),
        ],
    ),
    (
        "es",
        D(2025, 11, 2),
        "Xiaomi entregó más de 40.000 coches en octubre. Desde enero, Xiaomi ha entregado más de "
        "300.000 vehículos.",
        [
            dlv(40000, "more_than", **month(2025, 10, 31)),
            dlv(300000, "more_than", **YTD_TO, period_end=D(2025, 10, 31)),
        ],
    ),
    (
        "de",
        D(2025, 11, 1),
        "Xiaomi lieferte im Oktober mehr als 40.000 Autos aus. Seit Jahresbeginn hat Xiaomi mehr "
        "als 300.000 Fahrzeuge ausgeliefert.",
        [
            dlv(40000, "more_than", **month(2025, 10, 31)),
            dlv(300000, "more_than", **YTD_TO, period_end=D(2025, 10, 31)),
        ],
    ),
    # no month of its own in the story: no day
    (
        "fr",
        D(2025, 11, 1),
        "Depuis janvier, Xiaomi a livré plus de 300 000 voitures.",
        [dlv(300000, "more_than", **YTD_TO, period_end=None)],
    ),
    # a month that is not the one just finished: no day either
    (
        "es",
        D(2025, 11, 2),
        "Xiaomi entregó más de 30.000 coches en agosto. Desde enero, Xiaomi ha entregado más de "
        "300.000 vehículos.",
        [
            dlv(30000, "more_than", **month(2025, 8, 31)),
            dlv(300000, "more_than", **YTD_TO, period_end=None),
        ],
    ),
]


@pytest.mark.parametrize(("lang", "published", "text", "want"), SINCE_JANUARY)
def test_since_january_runs_to_the_month_just_told(
    lang: str, published: dt.date, text: str, want: list[dict[str, Any]]
) -> None:
    check(text, published, lang, want)


# --- a month named in the first days of that month --------------------------------------------

JUST_BEGUN = [
    (
        "pt",
        D(2026, 1, 2),
        "Em janeiro, a Xiaomi vendeu mais de 20 mil carros; em dezembro, mais de 50 mil.",
        [
            dlv(20000, "more_than", **month(2025, 1, 31)),
            dlv(50000, "more_than", **month(2025, 12, 31)),
        ],
    ),
    (
        "es",
        D(2026, 1, 3),
        "En enero, Xiaomi entregó más de 20.000 coches.",
        [dlv(20000, "more_than", **month(2025, 1, 31))],
    ),
    (
        "en",
        D(2026, 1, 1),
        "In January, Xiaomi delivered more than 20,000 cars.",
        [dlv(20000, "more_than", **month(2025, 1, 31))],
    ),
    # a plan for the month begun is this year's
    (
        "pt",
        D(2026, 1, 2),
        "A Xiaomi pretende entregar 30 mil carros em janeiro.",
        [ev(AUTO, metric="delivery_target", value=30000, **month(2026, 1, 31))],
    ),
]


@pytest.mark.parametrize(("lang", "published", "text", "want"), JUST_BEGUN)
def test_a_month_just_begun_is_last_years_for_an_actual(
    lang: str, published: dt.date, text: str, want: list[dict[str, Any]]
) -> None:
    check(text, published, lang, want)


# --- a target and the month it was set in -----------------------------------------------------

SET_IN = [
    (
        "pt",
        "A Xiaomi terminou 2025 com mais de 410 mil entregas, acima da meta de 350 mil fixada em "
        "março.",
        [dlv(410000, "more_than", **year(2025)), goal(350000, 2025)],
    ),
    (
        "pt",
        "A Xiaomi manteve em 2025 a meta de 350 mil carros anunciada em março.",
        [goal(350000, 2025)],
    ),
    (
        "es",
        "Xiaomi cerró 2025 con más de 410.000 entregas, por encima del objetivo de 350.000 fijado "
        "en marzo.",
        [dlv(410000, "more_than", **year(2025)), goal(350000, 2025)],
    ),
    (
        "fr",
        "Xiaomi a terminé 2025 avec plus de 410 000 livraisons, au-delà de l'objectif de 350 000 "
        "relevé en mars.",
        [dlv(410000, "more_than", **year(2025)), goal(350000, 2025)],
    ),
    (
        "de",
        "Xiaomi hat 2025 mehr als 410.000 Autos ausgeliefert und damit das im März angehobene "
        "Ziel von 350.000 übertroffen.",
        [dlv(410000, "more_than", **year(2025)), goal(350000, 2025)],
    ),
    # a month's own target stays the month's
    (
        "fr",
        "Xiaomi vise 40 000 livraisons en juin.",
        [ev(AUTO, metric="delivery_target", value=40000, **month(2026, 6, 30))],
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), SET_IN)
def test_a_target_set_in_a_month_is_the_years(
    lang: str, text: str, want: list[dict[str, Any]]
) -> None:
    check(text, D(2026, 1, 2), lang, want)


# --- "Em junho, foram mais de 25 mil": the measure of the figure before -----------------------

COPULA = [
    (
        "pt",
        "A Xiaomi vendeu 28 mil carros em maio. Em junho, foram cerca de 25 mil.",
        [dlv(28000, **month(2025, 5, 31)), dlv(25000, "about", **month(2025, 6, 30))],
    ),
    (
        "pt",
        "A Xiaomi entregou mais de 20 mil veículos em maio. Em junho, quando lançou o SUV YU7, "
        "foram mais de 25 mil.",
        [
            dlv(20000, "more_than", **month(2025, 5, 31)),
            dlv(25000, "more_than", **month(2025, 6, 30)),
        ],
    ),
    (
        "es",
        "Xiaomi entregó 28.000 coches en mayo. En junio, cuando lanzó el YU7, fueron más de "
        "25.000.",
        [dlv(28000, **month(2025, 5, 31)), dlv(25000, "more_than", **month(2025, 6, 30))],
    ),
    # after a rival's figure: the rival's, no event
    (
        "pt",
        "A BYD vendeu 300 mil carros em maio. Em junho, foram 320 mil.",
        [],
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), COPULA)
def test_a_bare_copula_carries_the_measure_before(
    lang: str, text: str, want: list[dict[str, Any]]
) -> None:
    check(text, D(2025, 7, 2), lang, want)


# --- trims' prices in a list; a price gap -----------------------------------------------------

PRICES = [
    (
        "ja",
        "シャオミYU7の価格はスタンダードが25万3500元、Proが27万9900元、Maxが32万9900元。",
        [price(YU7, 253500), price(YU7, 279900), price(YU7, 329900)],
    ),
    (
        "ja",
        "シャオミSU7の価格は標準版が21万5900元、Pro版が24万5900元、Max版が29万9900元に設定された。",
        [price(SU7, 215900), price(SU7, 245900), price(SU7, 299900)],
    ),
    (
        "ko",
        "샤오미 SU7 가격은 표준형이 21만5900위안, 프로는 24만5900위안, 맥스는 29만9900위안이다.",
        [price(SU7, 215900), price(SU7, 245900), price(SU7, 299900)],
    ),
    # a gap to a rival's price just told: no price
    (
        "ja",
        "米テスラの「モデルY」の価格は26万3500元からで、シャオミYU7の標準版はそれを1万5000元下回る。",
        [],
    ),
    (
        "ko",
        "테슬라 모델Y 가격은 26만3500위안부터다. 샤오미 YU7 표준형은 이보다 1만 위안 저렴하다.",
        [],
    ),
    (
        "ja",
        "シャオミYU7の標準モデルの価格は25万3500元で、競合車を1万元下回る。",
        [price(YU7, 253500)],
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), PRICES)
def test_trims_prices_and_a_price_gap(lang: str, text: str, want: list[dict[str, Any]]) -> None:
    check(text, D(2025, 6, 27), lang, want)


# --- German: the whole year told in March, the unit's money, a yardstick aside ----------------

GERMAN = [
    (
        "Im dritten Quartal lieferte Xiaomi 39.790 Autos aus, im gesamten Jahr 136.854.",
        [dlv(39790, **quarter(2024, 3)), dlv(136854, **year(2024))],
    ),
    (
        "Xiaomi lieferte im ganzen Jahr rund 137.000 Elektroautos aus.",
        [dlv(137000, "about", **year(2024))],
    ),
    # a plan for the whole year is this year's
    (
        "Xiaomi will im gesamten Jahr 350.000 Autos ausliefern.",
        [goal(350000, 2025)],
    ),
    (
        "Xiaomis Autosparte setzte 2024 rund 32 Milliarden Yuan um. Im Gesamtjahr lag der "
        "Verlust des Geschäfts bei 6,2 Milliarden Yuan.",
        [
            ev(AUTO, metric="revenue", value=3.2e10, qualifier="about", **year(2024)),
            ev(AUTO, metric="net_loss", value=6.2e9, **year(2024)),
        ],
    ),
    (
        "Xiaomis Autosparte setzte im vierten Quartal 16,7 Milliarden Yuan um. Zum Vergleich: "
        "BYD setzte im selben Zeitraum 274 Milliarden Yuan um. Der Konzernumsatz stieg im "
        "vierten Quartal auf 109 Milliarden Yuan.",
        [
            ev(AUTO, metric="revenue", value=1.67e10, **quarter(2024, 4)),
            ev(GROUP, metric="revenue", value=1.09e11, **quarter(2024, 4)),
        ],
    ),
]


@pytest.mark.parametrize(("text", "want"), GERMAN)
def test_german_whole_year_and_whose_money(text: str, want: list[dict[str, Any]]) -> None:
    check(text, D(2025, 3, 18), "de", want)
