"""fix29b: families of misses in the languages besides English and Chinese, our own sentences.

1. A verb of exceeding gives more_than: Spanish and Portuguese first person plural
   ("superamos las", "superamos em … as"), Korean with the orders' counter before the verb
   ("20만 건을 넘어섰다 / 돌파했다"), German and Dutch verb-final clauses with the counted noun
   between ("… Auslieferungen überschritten", "… leveringen overschreden"), Dutch verbs before
   the figure ("overschreed de", "overtrof de"), Vietnamese "giao vượt"; a goal "exceeded"
   (Ziel von …, doel van …) stays exact, as does a figure whose verb beats the expectations.
2. The year to date told in the clause after a month's figure, with no verb of its own
   (Portuguese "no acumulado do ano, são cerca de …", Polish "od stycznia do … łącznie ponad
   …", the number with a narrow no-break space; French, Italian, Spanish, German, Russian,
   Turkish, Indonesian alike): the same measure, from January 1 to that month's end; a share
   price or a count of shops in such a clause gives nothing.
3. A running total since launch told in the passive of the model (French "a été vendue à …
   exemplaires", Italian "è stata consegnata in oltre …", Spanish and Portuguese "vendido/a a
   más de …", Russian "была поставлена более чем …"): cumulative deliveries of it, also after
   a sentence that ends on Tesla's "Model 3." (a full stop, no ordinal); "es vendido a …
   yuanes" stays a price.
4. A plant: German "verließen … Fahrzeuge das Werk", "haben das Werk … verlassen": production
   of the year named; a person leaving the plant gives nothing. A later phase that is to raise
   "it" (the capacity just told: "Eine dritte Stufe soll sie … auf … erhöhen", "una terza fase
   dovrebbe portarla a …") gives a capacity. (Cars an hour are left as English and Chinese
   leave them: "Xiaomi builds 40 cars an hour" gives nothing there.)
5. A Japanese or Korean interview: the answer (in quotes or not) after "――昨年の実績は。",
   "―지난해 실적은?" takes the question's period; a verbless "12月は…を超えた" after it is the
   same measure of that month. A dashed heading that asks nothing ("――新工場。") lends no period.
Expectations written before the extractor ran on these sentences.
"""

import datetime as dt
from typing import Any

import pytest

from pipelines.core.metrics import extract_events

D = dt.date
AUTO, SU7, YU7 = "Xiaomi Auto", "Xiaomi SU7", "Xiaomi YU7"


def _got(body: str, lang: str, published: dt.date) -> list[tuple[Any, ...]]:
    """subject, metric, value, qualifier, period kind, start, end"""
    return [
        (e.subject, e.metric, e.value, e.qualifier, e.period_kind, e.period_start, e.period_end)
        for e in extract_events(body, published=published, language=lang, title="")
    ]


def _month(y: int, m: int) -> tuple[str, dt.date, dt.date]:
    nxt = D(y + m // 12, m % 12 + 1, 1)
    return ("month", D(y, m, 1), nxt - dt.timedelta(days=1))


OCT25 = _month(2025, 10)
NOV25 = _month(2025, 11)
DEC25 = _month(2025, 12)
Y25 = ("year", D(2025, 1, 1), D(2025, 12, 31))
WINDOW = ("window", None, None)
CUM = ("cumulative", None, None)
NOV3 = D(2025, 11, 3)
# a running total from January 1 to the end of the month told before
JAN_OCT = ("cumulative", D(2025, 1, 1), D(2025, 10, 31))


def dlv(value: float, q: str, period: tuple[Any, ...], subject: str = AUTO) -> tuple[Any, ...]:
    return (subject, "deliveries", value, q, *period)


CASES = [
    # 1. exceeded ---------------------------------------------------------------------------
    (
        "es",
        "Lu Weibing, de Xiaomi: «En octubre superamos las 40.000 entregas».",
        NOV3,
        [dlv(40000, "more_than", OCT25)],
    ),
    (
        "es",
        "Xiaomi: en octubre superamos ya las 40.000 entregas, un récord.",
        NOV3,
        [dlv(40000, "more_than", OCT25)],
    ),
    (
        "pt",
        "Em outubro superamos as 40 mil entregas, disse a Xiaomi.",
        NOV3,
        [dlv(40000, "more_than", OCT25)],
    ),
    (
        "pt",
        "A Xiaomi superou em outubro as 40 mil entregas.",
        NOV3,
        [dlv(40000, "more_than", OCT25)],
    ),
    (
        "ko",
        "샤오미 YU7은 출시 2시간 만에 주문 25만 건을 돌파했다.",
        D(2025, 6, 27),
        [(YU7, "orders", 250000, "more_than", *WINDOW)],
    ),
    (
        "ko",
        "샤오미 SU7은 출시 30분 만에 주문 5만 건을 넘어섰다.",
        D(2024, 3, 29),
        [(SU7, "orders", 50000, "more_than", *WINDOW)],
    ),
    (
        "ko",
        "샤오미 SU7은 출시 30분 만에 주문 5만 건을 기록했다.",
        D(2024, 3, 29),
        [(SU7, "orders", 50000, "exact", *WINDOW)],
    ),
    (
        "de",
        "Xiaomi hat im Oktober erstmals 40.000 Auslieferungen überschritten.",
        NOV3,
        [dlv(40000, "more_than", OCT25)],
    ),
    (
        "de",
        "Xiaomi hat im Oktober 40.000 Autos ausgeliefert und die Prognosen übertroffen.",
        NOV3,
        [dlv(40000, "exact", OCT25)],
    ),
    (
        "nl",
        "De leveringen van Xiaomi hebben in oktober 40.000 leveringen overschreden.",
        NOV3,
        [dlv(40000, "more_than", OCT25)],
    ),
    (
        "nl",
        "Xiaomi overtrof in oktober de 40.000 leveringen.",
        NOV3,
        [dlv(40000, "more_than", OCT25)],
    ),
    (
        "nl",
        "Xiaomi leverde in oktober 40.000 auto's en overtrof daarmee de verwachtingen.",
        NOV3,
        [dlv(40000, "exact", OCT25)],
    ),
    ("vi", "Trong tháng 10, Xiaomi giao vượt 40.000 xe.", NOV3, [dlv(40000, "more_than", OCT25)]),
    ("vi", "Trong tháng 10, Xiaomi giao hơn 40.000 xe.", NOV3, [dlv(40000, "more_than", OCT25)]),
    ("ja", "小米の10月の納車台数は4万台を突破した。", NOV3, [dlv(40000, "more_than", OCT25)]),
    # 2. the year to date after a month's figure ----------------------------------------------
    (
        "pt",
        "A Xiaomi entregou mais de 40 mil carros em outubro; no acumulado do ano, já são "
        "cerca de 300 mil.",
        NOV3,
        [
            dlv(40000, "more_than", OCT25),
            dlv(300000, "about", ("cumulative", D(2025, 1, 1), D(2025, 10, 31))),
        ],
    ),
    (
        "pl",
        "Xiaomi dostarczyło w październiku ponad 40\u00a0000 aut; od stycznia do października "
        "łącznie 301\u202f500.",
        NOV3,
        [
            dlv(40000, "more_than", OCT25),
            dlv(301500, "exact", ("cumulative", D(2025, 1, 1), D(2025, 10, 31))),
        ],
    ),
    (
        "pl",
        "BYD dostarczył w październiku 441\u00a0706 aut; od stycznia do października łącznie "
        "3,7 mln.",
        NOV3,
        [],
    ),
    # (the other languages: a year-to-date phrase opening a verbless clause)
    (
        "fr",
        "Xiaomi a livré plus de 38 000 voitures en octobre ; depuis le début de l'année, c'est "
        "plus de 290 000.",
        NOV3,
        [dlv(38000, "more_than", OCT25), dlv(290000, "more_than", JAN_OCT)],
    ),
    (
        "it",
        "Xiaomi ha consegnato oltre 38.000 auto a ottobre; da gennaio a ottobre, complessivamente "
        "oltre 290.000.",
        NOV3,
        [dlv(38000, "more_than", OCT25), dlv(290000, "more_than", JAN_OCT)],
    ),
    (
        "es",
        "Xiaomi entregó más de 38.000 coches en octubre; en lo que va de año, son unos 290.000.",
        NOV3,
        [dlv(38000, "more_than", OCT25), dlv(290000, "about", JAN_OCT)],
    ),
    (
        "de",
        "Xiaomi lieferte im Oktober mehr als 38.000 Autos aus; von Januar bis Oktober insgesamt "
        "über 290.000.",
        NOV3,
        [dlv(38000, "more_than", OCT25), dlv(290000, "more_than", JAN_OCT)],
    ),
    (
        "ru",
        "Xiaomi в октябре поставила более 38 тыс. машин; с января по октябрь в сумме более 290 тыс.",
        NOV3,
        [dlv(38000, "more_than", OCT25), dlv(290000, "more_than", JAN_OCT)],
    ),
    (
        "tr",
        "Xiaomi ekimde 38 binin üzerinde araç teslim etti; yılbaşından bu yana toplam 290 bini aştı.",
        NOV3,
        [dlv(38000, "more_than", OCT25), dlv(290000, "more_than", JAN_OCT)],
    ),
    (
        "id",
        "Xiaomi mengirimkan lebih dari 38.000 mobil pada Oktober; sejak awal tahun, totalnya sekitar "
        "290.000.",
        NOV3,
        [dlv(38000, "more_than", OCT25), dlv(290000, "about", JAN_OCT)],
    ),
    (
        "fr",
        "Xiaomi a livré plus de 38 000 voitures en octobre ; depuis le début de l'année, l'action "
        "a gagné 12 %.",
        NOV3,
        [dlv(38000, "more_than", OCT25)],
    ),
    (
        "de",
        "Xiaomi lieferte im Oktober mehr als 38.000 Autos aus; seit Jahresbeginn eröffnete der "
        "Konzern 25 neue Läden.",
        NOV3,
        [dlv(38000, "more_than", OCT25)],
    ),
    # 3. since launch, in the passive ---------------------------------------------------------
    (
        "fr",
        "Depuis son lancement, la Xiaomi YU7 a été vendue à plus de 150 000 exemplaires.",
        NOV3,
        [dlv(150000, "more_than", CUM, YU7)],
    ),
    (
        "it",
        "Dal debutto di giugno, la Xiaomi YU7 è stata consegnata in oltre 150.000 esemplari.",
        NOV3,
        [dlv(150000, "more_than", CUM, YU7)],
    ),
    (
        "fr",
        "La YU7 coûte 253 500 yuans, contre 263 500 yuans pour la Tesla Model 3. Depuis "
        "son lancement, la Xiaomi YU7 a été livrée à plus de 150 000 exemplaires.",
        NOV3,
        [
            ("Xiaomi YU7", "price", 253500, "exact", "none", None, None),
            dlv(150000, "more_than", CUM, YU7),
        ],
    ),
    (
        "es",
        "Desde su lanzamiento, el Xiaomi YU7 ha sido vendido a más de 150.000 clientes.",
        NOV3,
        [dlv(150000, "more_than", CUM, YU7)],
    ),
    (
        "pt",
        "A Xiaomi YU7 foi vendida a mais de 150 mil clientes desde o lançamento.",
        NOV3,
        [dlv(150000, "more_than", CUM, YU7)],
    ),
    (
        "ru",
        "С момента запуска Xiaomi YU7 была поставлена более чем 150 тыс. покупателям.",
        NOV3,
        [dlv(150000, "more_than", CUM, YU7)],
    ),
    (
        "es",
        "El Xiaomi YU7 es vendido a 253.500 yuanes en China.",
        NOV3,
        [(YU7, "price", 253500, "exact", "none", None, None)],
    ),
    # 4. cars that left the plant -------------------------------------------------------------
    (
        "de",
        "Im Jahr 2025 verließen 412.300 Fahrzeuge das Xiaomi-Werk in Peking.",
        D(2026, 1, 9),
        [(AUTO, "production", 412300, "exact", *Y25)],
    ),
    (
        "de",
        "2025 haben mehr als 400.000 Autos das Werk von Xiaomi verlassen.",
        D(2026, 1, 9),
        [(AUTO, "production", 400000, "more_than", *Y25)],
    ),
    ("de", "Xiaomi-Chef Lei Jun verließ 2025 das Werk nach 3 Stunden.", D(2026, 1, 9), []),
    (
        "de",
        "Mit der zweiten Stufe stieg die Jahreskapazität des Xiaomi-Werks auf 300.000 Einheiten. "
        "Eine dritte Stufe soll sie bis Ende 2028 auf 450.000 Fahrzeuge erhöhen.",
        D(2026, 1, 9),
        [
            (AUTO, "production_capacity", 300000, "exact", "rate", None, None),
            (AUTO, "production_capacity", 450000, "exact", "rate", None, None),
        ],
    ),
    (
        "it",
        "Con la seconda fase la capacità annua della fabbrica Xiaomi sale a 300.000 unità. Una "
        "terza fase dovrebbe portarla a 450.000 veicoli entro il 2028.",
        D(2026, 1, 9),
        [
            (AUTO, "production_capacity", 300000, "exact", "rate", None, None),
            (AUTO, "production_capacity", 450000, "exact", "rate", None, None),
        ],
    ),
    # 5. a Japanese interview -----------------------------------------------------------------
    (
        "ja",
        "小米の幹部に話を聞いた。\n\n――2025年の実績は。\n「42万台を超える車を納車した。11月は4万台余りだった」",
        D(2026, 1, 20),
        [dlv(420000, "more_than", Y25), dlv(40000, "more_than", NOV25)],
    ),
    (
        "ja",
        "小米の幹部に話を聞いた。\n\n――昨年の実績は。\n「約41万台を納車した。12月は5万台近くだった」",
        D(2026, 1, 20),
        [dlv(410000, "about", Y25), dlv(50000, "about", DEC25)],
    ),
    (
        "ja",
        "小米の幹部に話を聞いた。\n\n――2025年の実績は。\n43万台余りを納車した。",
        D(2026, 1, 20),
        [dlv(430000, "more_than", Y25)],
    ),
    (
        "ko",
        '샤오미 임원을 만났다.\n\n―지난해 실적은?\n"43만 대 이상을 인도했다."',
        D(2026, 1, 20),
        [dlv(430000, "more_than", Y25)],
    ),
    (
        "ja",
        "小米の挑戦\n\n――新工場。\n43万台を超える車を納車した。",
        D(2026, 1, 20),
        [dlv(430000, "more_than", ("none", None, None))],
    ),
    (
        "ja",
        "小米の幹部に話を聞いた。\n\n――欧州市場は。\n「2027年以降に検討したい」",
        D(2026, 1, 20),
        [],
    ),
]


@pytest.mark.parametrize(("lang", "body", "published", "want"), CASES)
def test_fix29b(lang: str, body: str, published: dt.date, want: list[tuple[Any, ...]]) -> None:
    assert _got(body, lang, published) == want


# 1. (a mark or bar exceeded, the month between or before: the qualifier only; the period of a
# round mark follows the English "passed the 40,000 mark")
QUALIFIER_CASES = [
    ("pl", "Dostawy Xiaomi w październiku przekroczyły próg 40 tys. aut.", 40000, "more_than"),
    ("ru", "Xiaomi в октябре превзошла отметку в 40 тыс. поставок.", 40000, "more_than"),
    ("tr", "Xiaomi'nin ekim teslimatları 40 bin adedi geçti.", 40000, "more_than"),
    (
        "de",
        "Die Auslieferungen von Xiaomi überschritten im Oktober die Marke von 40.000.",
        40000,
        "more_than",
    ),
    (
        "de",
        "Die Auslieferungen von Xiaomi erreichten im Oktober die Marke von 40.000.",
        40000,
        "exact",
    ),
    ("pl", "Dostawy Xiaomi w październiku osiągnęły poziom 40 tys. aut.", 40000, "exact"),
]


@pytest.mark.parametrize(("lang", "body", "value", "qualifier"), QUALIFIER_CASES)
def test_fix29b_exceeded_mark(lang: str, body: str, value: float, qualifier: str) -> None:
    got = [(e.value, e.qualifier) for e in extract_events(body, published=NOV3, language=lang)]
    assert got == [(value, qualifier)]
