"""Targets beaten, annual targets met early, analysts' forecasts and single phrasings in the
languages of data/lang/ (fixer `fixa`). Every sentence is our own, written for this file in
the style of each language's news on Xiaomi's cars; none is a probe sentence.

Conventions as test_metrics_review_langs.py, with English's behaviour where English reads the
same phrasing: a year's actual that beat its target gives the actual, then the target of that
year, both as_of the year's end ("delivered more than 135,000 cars in 2024, beating its annual
target of 130,000"); an annual target met in a month is the year's target, no as_of ("hit its
annual target of 350,000 deliveries in November already").
"""

import datetime as dt
from typing import Any

import pytest
from test_metrics_review import check, ev
from test_metrics_review_langs import dlv, goal, yact, year

D = dt.date
JAN03 = D(2025, 1, 3)  # the 2024 figures are out
NOV03 = D(2025, 11, 3)  # October's figures are out

BEAT = [dlv(137000, **yact(2024)), goal(120000, **yact(2024))]
MET = [goal(300000, **year(2025))]


# --- a year that beat its target: the actual, then that year's target ---------------------


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "fr",
            "Xiaomi a écoulé 137 000 voitures en 2024 et a dépassé son objectif initial de "
            "120 000 unités.",
            BEAT,
        ),
        (
            "es",
            "Con 137.000 coches entregados, Xiaomi superó en 2024 su meta de 120.000 unidades.",
            BEAT,
        ),
        (
            "it",
            "Xiaomi ha superato nel 2024 il suo obiettivo di 120.000 auto, con 137.000 consegne.",
            BEAT[::-1],
        ),
        (
            "pt",
            "Com 137 mil carros entregues em 2024, a Xiaomi superou a sua meta de 120 mil.",
            BEAT,
        ),
        (
            "de",
            "Mit 137.000 ausgelieferten Autos hat Xiaomi 2024 sein Ziel von 120.000 Fahrzeugen "
            "übertroffen.",
            BEAT,
        ),
        (
            "ru",
            "Xiaomi поставила в 2024 году 137 тыс. автомобилей и превысила годовой план в 120 тыс.",
            BEAT,
        ),
        (
            "ru",
            "Поставив за 2024 год 137 тыс. машин, Xiaomi превзошла целевой показатель в 120 тыс.",
            BEAT,
        ),
        ("ko", "샤오미는 지난해 13만7000대를 인도하며 연간 목표인 12만대를 웃돌았다.", BEAT),
        (
            "tr",
            "Xiaomi geçen yıl 137 bin araç teslim ederek 120 binlik yıllık hedefini geride "
            "bıraktı.",
            BEAT,
        ),
        ("ja", "シャオミは2024年に13万7000台を納車し、年間目標の12万台を上回った。", BEAT),
        (
            "pl",
            "Z wynikiem 137 tys. dostarczonych aut Xiaomi przekroczyło w 2024 r. cel 120 tys.",
            BEAT,
        ),
        (
            "id",
            "Dengan 137.000 mobil terkirim pada 2024, Xiaomi melampaui target 120.000 unit.",
            BEAT,
        ),
        ("vi", "Với 137.000 xe đã giao trong năm 2024, Xiaomi vượt chỉ tiêu 120.000 xe.", BEAT),
        (
            "nl",
            "Met 137.000 afgeleverde auto's overtrof Xiaomi in 2024 zijn doel van 120.000 stuks.",
            BEAT,
        ),
        # the target named first, then the actual that beat it
        (
            "es",
            "Xiaomi rebasó en 2024 su objetivo de 120.000 coches al entregar 137.000.",
            BEAT[::-1],
        ),
        (
            "it",
            "Xiaomi ha oltrepassato nel 2024 l'obiettivo di 120.000 veicoli consegnandone 137.000.",
            BEAT[::-1],
        ),
        (
            "pt",
            "A Xiaomi ultrapassou em 2024 a meta de 120 mil carros, com 137.000 entregas.",
            BEAT[::-1],
        ),
        (
            "de",
            "Xiaomi hat 2024 mit 137.000 Auslieferungen das Ziel von 120.000 Autos klar "
            "übertroffen.",
            BEAT,
        ),
        ("id", "Xiaomi mengirimkan 137.000 unit pada 2024, melebihi target 120.000 unit.", BEAT),
        (
            "vi",
            "Xiaomi đã bàn giao 137.000 xe trong năm 2024, vượt qua mục tiêu 120.000 xe.",
            BEAT,
        ),
        ("pl", "Xiaomi dostarczyło w 2024 r. 137 tys. aut, pobijając cel 120 tys.", BEAT),
        # the actual, then "against a target of": the target word names the next figure
        ("ru", "Xiaomi поставила в 2024 году 137 тыс. машин при цели в 120 тыс.", BEAT),
        ("es", "Xiaomi entregó 137.000 coches en 2024 frente a un objetivo de 120.000.", BEAT),
        ("fr", "Xiaomi a livré 137 000 voitures en 2024 pour un objectif de 120 000.", BEAT),
        (
            "it",
            "Xiaomi ha consegnato 137.000 auto nel 2024 a fronte di un obiettivo di 120.000.",
            BEAT,
        ),
        ("de", "Xiaomi lieferte 2024 137.000 Autos aus, bei einem Ziel von 120.000.", BEAT),
        (
            "nl",
            "Xiaomi leverde in 2024 137.000 auto's af tegenover een doel van 120.000.",
            BEAT,
        ),
        ("pl", "Xiaomi dostarczyło w 2024 r. 137 tys. aut przy celu 120 tys.", BEAT),
        # a list a target verb governs keeps both figures targets
        (
            "es",
            "Xiaomi espera entregar 10.000 coches en junio y entregar 20.000 en julio.",
            [
                goal(10000, period_kind="month", period_start=D(2025, 6, 1)),
                goal(20000, period_kind="month", period_start=D(2025, 7, 1)),
            ],
        ),
        # a rival's year that beat its goal: no event of ours
        ("es", "BYD vendió 380.000 coches en abril, con lo que superó su objetivo de 350.000.", []),
    ],
)
def test_target_beaten(lang: str, text: str, want: list[dict[str, Any]]) -> None:
    check(text, JAN03, lang, want)


# --- an annual target met before the year is out: the year's target -----------------------


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "fr",
            "Dès la fin octobre, Xiaomi avait atteint son objectif annuel de 300 000 voitures "
            "livrées.",
            MET,
        ),
        ("es", "Xiaomi cumplió en octubre su meta anual de 300.000 vehículos entregados.", MET),
        (
            "it",
            "Già in ottobre Xiaomi ha centrato il suo obiettivo annuale di 300.000 auto "
            "consegnate.",
            MET,
        ),
        ("pt", "A Xiaomi cumpriu em outubro a sua meta anual de 300 mil carros entregues.", MET),
        ("ru", "Уже в октябре Xiaomi выполнила годовой план поставок в 300 тыс. машин.", MET),
        (
            "pl",
            "Xiaomi osiągnęło roczny cel 300 tys. dostarczonych aut już w październiku.",
            MET,
        ),
        ("id", "Pada Oktober, Xiaomi sudah mencapai target tahunan 300.000 unit.", MET),
        (
            "de",
            "Bereits im Oktober erreichte Xiaomi sein Jahresziel von 300.000 ausgelieferten Autos.",
            MET,
        ),
        # a goal met that is not the year's: the goal is now a fact, as English "has met its
        # goal of 100,000 units"
        (
            "fr",
            "Xiaomi a atteint son objectif de 100 000 voitures livrées.",
            [dlv(100000, period_kind="none")],
        ),
    ],
)
def test_annual_target_met(lang: str, text: str, want: list[dict[str, Any]]) -> None:
    check(text, NOV03, lang, want)


# --- an analysts' forecast beside the company's target, or as a range ---------------------

DEC10 = D(2025, 12, 10)  # the 2026 target and what analysts expect of it


def fc(value: float, q: str = "exact", **fields: Any) -> dict[str, Any]:
    return dlv(value, q, **fields) | {"status": "forecast"}


GOAL_FC = [goal(400000, **year(2026)), fc(450000, **year(2026))]


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "fr",
            "Xiaomi vise 400 000 livraisons en 2026, mais les analystes de Morgan Stanley "
            "tablent sur 450 000.",
            GOAL_FC,
        ),
        (
            "es",
            "La meta de Xiaomi para 2026 es de 400.000 entregas, aunque Bernstein estima 430.000.",
            [goal(400000, **year(2026)), fc(430000, **year(2026))],
        ),
        (
            "it",
            "Xiaomi punta a 400.000 consegne nel 2026; gli analisti di Citi prevedono 450.000.",
            GOAL_FC,
        ),
        (
            "pt",
            "A meta da Xiaomi para 2026 é de 400 mil entregas, mas o Goldman Sachs estima 440 mil.",
            [goal(400000, **year(2026)), fc(440000, **year(2026))],
        ),
        (
            "nl",
            "Het doel van Xiaomi voor 2026 is 400.000 leveringen; Morgan Stanley schat 450.000.",
            GOAL_FC,
        ),
        (
            "id",
            "Xiaomi menargetkan 400 ribu unit pada 2026, sementara Morgan Stanley "
            "memproyeksikan 450 ribu.",
            GOAL_FC,
        ),
        ("ko", "샤오미의 내년 목표는 40만대지만, 모건스탠리는 45만대를 예상했다.", GOAL_FC),
        # "26年": a year of two digits, this century's
        (
            "ja",
            "シャオミは26年の納車目標を40万台としているが、市場は45万台と予想している。",
            GOAL_FC,
        ),
        (
            "pl",
            "Celem Xiaomi na 2026 r. jest 400 tys. aut, a analitycy UBS spodziewają się 450 tys.",
            GOAL_FC,
        ),
        (
            "de",
            "Analysten erwarten, dass Xiaomi 2026 zwischen 420.000 und 460.000 Fahrzeuge "
            "ausliefert.",
            [fc(420000, "at_least", value_max=460000, **year(2026))],
        ),
        (
            "de",
            "Experten trauen Xiaomi 2026 rund 450.000 Auslieferungen zu, mehr als das Ziel von "
            "400.000.",
            [fc(450000, "about", **year(2026)), goal(400000, **year(2026))],
        ),
        # a bare figure after the target with no estimate word: nothing to read it as
        (
            "it",
            "Xiaomi punta a 400.000 consegne nel 2026, contro le 300.000 di Li Auto.",
            GOAL_FC[:1],
        ),
    ],
)
def test_forecast_beside_target(lang: str, text: str, want: list[dict[str, Any]]) -> None:
    check(text, DEC10, lang, want)


# --- single phrasings --------------------------------------------------------------------

NOV20 = D(2025, 11, 20)  # third-quarter results
REVISED = [goal(360000, **year(2025)), goal(320000, **year(2025))]
OCT_40K = {
    "period_kind": "month",
    "period_start": D(2025, 10, 1),
    "period_end": D(2025, 10, 31),
}
Q3 = {"period_kind": "quarter", "period_start": D(2025, 7, 1), "period_end": D(2025, 9, 30)}


def rev(value: float, **fields: Any) -> dict[str, Any]:
    return dlv(value, **fields) | {"metric": "revenue", "unit": "CNY"}


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        # the goal before it was raised, told with "previously" after (or before) its figure
        (
            "fr",
            "Xiaomi a revu sa copie : l'objectif passe désormais à 360 000 livraisons en 2025, "
            "contre 320 000 précédemment.",
            REVISED,
        ),
        (
            "es",
            "Xiaomi eleva su previsión: ahora apunta a 360.000 entregas en 2025, frente a "
            "320.000 inicialmente.",
            REVISED,
        ),
        (
            "it",
            "Xiaomi punta ora a 360.000 consegne nel 2025, contro le 320.000 previste in "
            "precedenza.",
            REVISED,
        ),
        (
            "de",
            "Xiaomi peilt für 2025 nun 360.000 Auslieferungen an, nach zuvor 320.000.",
            REVISED,
        ),
        # "de 300.000 para 350.000": the old goal and the new ("para 1…" is no ratio here)
        (
            "pt",
            "A Xiaomi aumentou a meta de 2025 de 320.000 para 360.000 carros.",
            REVISED[::-1],
        ),
        # "rose to" ("subieron hasta", "subiu até") is the level reached, not "up to"
        (
            "es",
            "Xiaomi entregó 40.000 coches en octubre. Los ingresos de su división de coches "
            "crecieron hasta 31.000 millones de yuanes en el tercer trimestre.",
            [dlv(40000, **OCT_40K), rev(3.1e10, **Q3)],
        ),
        (
            "pt",
            "A Xiaomi entregou 40 mil carros em outubro. A receita do negócio de carros subiu "
            "até 31 bilhões de yuans no terceiro trimestre.",
            [dlv(40000, **OCT_40K), rev(3.1e10, **Q3)],
        ),
        # "hasta" with no verb of change before it stays "up to"
        (
            "es",
            "La planta de Xiaomi puede producir hasta 300.000 coches al año.",
            [
                ev(
                    "Xiaomi Auto",
                    metric="production_capacity",
                    value=300000,
                    qualifier="up_to",
                    period_kind="rate",
                )
            ],
        ),
        # the car unit named as a branch of the business: Xiaomi Auto's money
        (
            "it",
            "Xiaomi ha consegnato oltre 40.000 auto a ottobre. Il fatturato del ramo auto è "
            "salito a 31 miliardi di yuan nel terzo trimestre.",
            [dlv(40000, "more_than", **OCT_40K), rev(3.1e10, **Q3)],
        ),
        # a conversion in brackets between the figure and its verb
        (
            "de",
            "Xiaomis Autosparte setzte im dritten Quartal 29 Mrd. Yuan (etwa 3,5 Mrd. Euro) um.",
            [rev(2.9e10, **Q3)],
        ),
        # "ein Minus von": a loss booked
        (
            "de",
            "Bei Xiaomis Autogeschäft stand 2024 ein Minus von 6,2 Milliarden Yuan zu Buche.",
            [rev(6.2e9, **yact(2024)) | {"metric": "net_loss"}],
        ),
        ("de", "Der Absatz von Xiaomi lag mit einem Minus von 5 Prozent unter dem Vormonat.", []),
        # a passive of handing over
        (
            "ru",
            "В октябре клиентам Xiaomi было передано более 40 тыс. машин.",
            [dlv(40000, "more_than", **OCT_40K)],
        ),
        # Lei Jun alone, in the scripts that spell him otherwise
        (
            "ja",
            "レイ・ジュン氏は「年間40万台の目標を達成する」と語った。",
            [goal(400000, **year(2025))],
        ),
        (
            "ko",
            '레이쥔은 "올해 40만대 인도 목표를 달성할 것"이라고 밝혔다.',
            [goal(400000, **year(2025))],
        ),
    ],
)
def test_single_phrasings(lang: str, text: str, want: list[dict[str, Any]]) -> None:
    check(text, NOV20, lang, want)
