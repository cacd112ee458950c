"""Families of the fixc round, each pinned by sentences written for this file (none copied
from a probe set): a phone figure and a car figure in one sentence (only the cars' is the car
business's, in every language, phones first or last); Xiaomi's figure inside a list of
carmakers; the second half of a pair or series; flattened tables and labelled rows.

Conventions as in the review sets: a finished month or quarter of an actual runs from its first
to its last day, as_of its last day; a rival's figure, a phone figure is no event.
"""

import datetime as dt
from typing import Any

import pytest
from test_metrics_review import check, ev

D = dt.date
AUTO = "Xiaomi Auto"
MORE, ABOUT = "more_than", "about"


def month(y: int, m: int) -> dict[str, Any]:
    end = (D(y + m // 12, m % 12 + 1, 1)) - dt.timedelta(days=1)
    return {"period_kind": "month", "period_start": D(y, m, 1), "period_end": end, "as_of": end}


def quarter(y: int, q: int) -> dict[str, Any]:
    end = (D(y + (3 * q) // 12, (3 * q) % 12 + 1, 1)) - dt.timedelta(days=1)
    return {"period_kind": "quarter", "period_start": D(y, 3 * q - 2, 1), "period_end": end}


def dlv(value: float, q: str = "exact", subject: str = AUTO, **fields: Any) -> dict[str, Any]:
    return ev(subject, metric="deliveries", value=value, qualifier=q, status="actual", **fields)


OCT, SEP, Q2 = month(2025, 10), month(2025, 9), quarter(2025, 2)
PUB = D(2025, 11, 19)


# --- phones and cars in one sentence: each figure takes the product named next to it ---------

PHONES_AND_CARS = [
    (
        "In October Xiaomi handed over more than 40,000 electric cars while selling 15 million "
        "handsets.",
        None,
        [dlv(40000, MORE, **OCT)],
    ),
    ("Xiaomi sold 12 million phones and 35,000 cars in September.", None, [dlv(35000, **SEP)]),
    (
        "During the second quarter Xiaomi shipped 42.4 million smartphones, and it delivered "
        "81,302 vehicles.",
        None,
        [dlv(81302, **Q2)],
    ),
    # the phones alone, or phones and tablets, stay no event
    ("Xiaomi shipped 43.3 million smartphones in the quarter.", None, []),
    ("Xiaomi sold 43.3 million smartphones and 5 million tablets in the third quarter.", None, []),
    (
        "Im September verkaufte Xiaomi rund 40.000 Autos und 14 Millionen Handys.",
        "de",
        [dlv(40000, ABOUT, **SEP)],
    ),
    (
        "En octobre, Xiaomi a livré plus de 40 000 voitures et vendu 15 millions de smartphones.",
        "fr",
        [dlv(40000, MORE, **OCT)],
    ),
    (
        "Xiaomi entregó 81.302 coches y vendió 42,4 millones de teléfonos en el segundo trimestre.",
        "es",
        [dlv(81302, **Q2)],
    ),
    (
        "Nel secondo trimestre Xiaomi ha venduto 42,4 milioni di smartphone e 81.302 auto.",
        "it",
        [dlv(81302, **Q2)],
    ),
    (
        "Em outubro, a Xiaomi entregou mais de 40 mil carros e vendeu 15 milhões de smartphones.",
        "pt",
        [dlv(40000, MORE, **OCT)],
    ),
    (
        "W październiku Xiaomi sprzedało 15 mln smartfonów i ponad 40 tys. samochodów.",
        "pl",
        [dlv(40000, MORE, **OCT)],
    ),
    (
        "В октябре Xiaomi продала 15 млн смартфонов и более 40 тыс. автомобилей.",
        "ru",
        [dlv(40000, MORE, **OCT)],
    ),
    (
        "샤오미는 10월에 자동차 4만대 이상을 인도하고 스마트폰 1500만대를 판매했다.",
        "ko",
        [dlv(40000, MORE, **OCT)],
    ),
    (
        "小米は10月に自動車を4万台超納車し、スマートフォンを1500万台販売した。",
        "ja",
        [dlv(40000, MORE, **OCT)],
    ),
    (
        "Xiaomi ekimde 15 milyon akıllı telefon sattı ve 40 binden fazla otomobil teslim etti.",
        "tr",
        [dlv(40000, MORE, **OCT)],
    ),
    (
        "Pada Oktober, Xiaomi mengirimkan lebih dari 40.000 mobil dan menjual 15 juta ponsel.",
        "id",
        [dlv(40000, MORE, **OCT)],
    ),
    (
        "Trong tháng 10, Xiaomi bán 15 triệu điện thoại và giao hơn 40.000 ô tô.",
        "vi",
        [dlv(40000, MORE, **OCT)],
    ),
    (
        "In oktober leverde Xiaomi ruim 40.000 auto's af en verkocht het 15 miljoen smartphones.",
        "nl",
        [dlv(40000, MORE, **OCT)],
    ),
    ("10月小米卖出1500万部手机和4万多辆汽车。", "zh", [dlv(40000, MORE, **OCT)]),
]


@pytest.mark.parametrize(("text", "lang", "want"), PHONES_AND_CARS)
def test_phones_and_cars(text: str, lang: str | None, want: list[dict[str, Any]]) -> None:
    check(text, PUB, lang, want)


# --- Xiaomi's figure in a round-up of makers: the rivals' figures stay no event ---------------

AUG = month(2025, 8)
SEP01 = D(2025, 9, 1)
ROUND_UPS = [
    (
        "August tally for the start-ups: NIO 31,305, Xiaomi over 30,000, Leapmotor 50,129.",
        None,
        [dlv(30000, MORE, **AUG)],
    ),
    (
        "Start-up deliveries in August: Leapmotor (50,129), Xiaomi (about 30,000) and Li Auto "
        "(28,529).",
        None,
        [dlv(30000, ABOUT, **AUG)],
    ),
    (
        "Xiaomi 30,000-plus, Leapmotor 50,129 and NIO 31,305 led the start-ups in August.",
        None,
        [dlv(30000, MORE, **AUG)],
    ),
    (
        "August deliveries:\n• Leapmotor: 50,129\n• Xiaomi: more than 30,000\n• NIO: 31,305",
        None,
        [dlv(30000, MORE, **AUG)],
    ),
    (
        "August deliveries. NIO: 31,305. Xiaomi: 30,000+. Leapmotor: 50,129.",
        None,
        [dlv(30000, MORE, **AUG)],
    ),
    (
        "8月新势力交付榜：零跑50129辆，小米汽车超3万辆，蔚来31305辆。",
        "zh",
        [dlv(30000, MORE, **AUG)],
    ),
    (
        "8月新勢力銷量：理想28529輛、小米汽車約3萬輛、零跑50129輛。",
        "zh",
        [dlv(30000, ABOUT, **AUG)],
    ),
    # no Xiaomi item: nobody's figures
    ("8月新势力：小鹏37709辆、零跑50129辆、蔚来31305辆。", "zh", []),
    ("August deliveries: NIO 31,305, Leapmotor 50,129.", None, []),
    ("August deliveries:\n• Leapmotor: 50,129\n• NIO: 31,305", None, []),
]


@pytest.mark.parametrize(("text", "lang", "want"), ROUND_UPS)
def test_round_ups(text: str, lang: str | None, want: list[dict[str, Any]]) -> None:
    check(text, SEP01, lang, want)


# --- flattened tables and labelled rows ----------------------------------------------------


def price(subject: str, value: float) -> dict[str, Any]:
    return ev(subject, metric="price", value=value, unit="CNY", period_kind="none")


SU7, YU7 = "Xiaomi SU7", "Xiaomi YU7"
TABLES = [
    (
        "Xiaomi YU7 prices (RMB): Standard 253,500 / Pro 279,900 / Max 329,900.",
        None,
        [price(YU7, 253500), price(YU7, 279900), price(YU7, 329900)],
    ),
    (
        "小米YU7售价（万元）：标准版25.35，Pro版27.99，Max版32.99。",
        "zh",
        [price(YU7, 253500), price(YU7, 279900), price(YU7, 329900)],
    ),
    (
        "小米SU7售價（元）：標準版215,900｜Pro版245,900。",
        "zh",
        [price(SU7, 215900), price(SU7, 245900)],
    ),
    (
        "Price list\nSU7 Standard 215,900\nSU7 Pro 245,900\nSU7 Max 299,900",
        None,
        [price(SU7, 215900), price(SU7, 245900), price(SU7, 299900)],
    ),
    # a table whose heading names no price: its bare figures are nobody's
    ("Range list\nSU7 Standard 215,900\nSU7 Pro 245,900", None, []),
    (
        "Xiaomi EV, results at a glance:\n• Vehicles delivered: 81,302\n• Gross margin: 26.4%",
        "en",
        [
            ev(AUTO, metric="deliveries", value=81302),
            ev(AUTO, metric="other", label="gross margin", value=26.4, unit="percent"),
        ],
    ),
    # a margin row with no subject before it stays no event
    ("• Gross margin: 26.4%", "en", []),
]


@pytest.mark.parametrize(("text", "lang", "want"), TABLES)
def test_tables(text: str, lang: str | None, want: list[dict[str, Any]]) -> None:
    check(text, D(2025, 8, 20), lang, want)


# --- the second half of a pair or series keeps its measure and its own period ----------------


def half(y: int, h: int) -> dict[str, Any]:
    end = D(y, 6, 30) if h == 1 else D(y, 12, 31)
    return {"period_kind": "half_year", "period_start": D(y, 6 * h - 5, 1), "period_end": end}


def money(metric: str, value: float, **fields: Any) -> dict[str, Any]:
    return ev(AUTO, metric=metric, value=value, unit="CNY", status="actual", **fields)


WINDOW = {"period_kind": "window"}
PAIRS = [
    (
        "Xiaomi delivered 30,000 cars in the first quarter of 2024 and 75,000 in the first "
        "quarter of 2025.",
        None,
        [dlv(30000, **quarter(2024, 1)), dlv(75000, **quarter(2025, 1))],
    ),
    (
        "Xiaomi's car unit lost 700 million yuan in the second half of 2024 and 300 million "
        "yuan in the first half of 2025.",
        None,
        [money("net_loss", 7e8, **half(2024, 2)), money("net_loss", 3e8, **half(2025, 1))],
    ),
    (
        "Xiaomi's car revenue climbed to 28.3 billion yuan in the third quarter from 21.3 "
        "billion yuan in the second.",
        None,
        [
            money("revenue", 2.83e10, **quarter(2025, 3)),
            money("revenue", 2.13e10, **quarter(2025, 2)),
        ],
    ),
    (
        "Xiaomi Q2 recap — deliveries: 81,302 (Q1: 75,869); car revenue: RMB20.6bn (Q1: "
        "RMB18.6bn).",
        None,
        [
            dlv(81302, **quarter(2025, 2)),
            dlv(75869, **quarter(2025, 1)),
            money("revenue", 2.06e10, **quarter(2025, 2)),
            money("revenue", 1.86e10, **quarter(2025, 1)),
        ],
    ),
    (
        "小米汽车三季度交付108796辆（二季度：81302辆）。",
        "zh",
        [dlv(108796, **quarter(2025, 3)), dlv(81302, **quarter(2025, 2))],
    ),
    (
        "小米YU7开启预订后3分钟大定超20万台，1小时超28.9万台。",
        "zh",
        [
            ev(YU7, metric="orders", value=200000, qualifier=MORE, **WINDOW),
            ev(YU7, metric="orders", value=289000, qualifier=MORE, **WINDOW),
        ],
    ),
]


@pytest.mark.parametrize(("text", "lang", "want"), PAIRS)
def test_pairs(text: str, lang: str | None, want: list[dict[str, Any]]) -> None:
    check(text, D(2025, 11, 19), lang, want)


# --- a plant's phases: the next phase's capacity, and all phases', after the first's -------

RATE = {"period_kind": "rate"}


def cap(value: float) -> dict[str, Any]:
    return ev(AUTO, metric="production_capacity", value=value, **RATE)


PHASES = [
    (
        "Xiaomi's Beijing plant can build 150,000 cars a year in its first phase. Phase two "
        "will add a further 150,000 once it is finished.",
        None,
        [cap(150000), cap(150000)],
    ),
    (
        "Xiaomi's first factory phase has an annual capacity of 150,000 vehicles. Phase 2 has "
        "roughly 200,000.",
        None,
        [cap(150000), cap(200000)],
    ),
    ("小米汽车工厂一期年产能15万辆，二期也为15万辆。", "zh", [cap(150000), cap(150000)]),
    (
        "小米汽车工厂一期年产能15万辆，二期为20万辆，共计35万辆。",
        "zh",
        [cap(150000), cap(200000), cap(350000)],
    ),
    # the same capacity said again, with no other phase, stays one event
    (
        "Xiaomi's plant can build 150,000 cars a year. The 150,000-a-year capacity is fully used.",
        None,
        [cap(150000)],
    ),
]


@pytest.mark.parametrize(("text", "lang", "want"), PHASES)
def test_phases(text: str, lang: str | None, want: list[dict[str, Any]]) -> None:
    check(text, D(2025, 7, 20), lang, want)


# --- a margin and the margin it is compared with --------------------------------------------


def margin(value: float, subject: str = AUTO, **fields: Any) -> dict[str, Any]:
    return ev(subject, metric="other", label="gross margin", value=value, **fields)


MARGINS = [
    (
        "Xiaomi said the car business's gross margin stood at 26.4% in the second quarter, up "
        "from 23.2% in the first quarter.",
        [margin(26.4, **quarter(2025, 2)), margin(23.2, **quarter(2025, 1))],
    ),
    (
        "Xiaomi's EV gross margin was 25.5% in the third quarter, compared with 26.4% in the "
        "second quarter.",
        [margin(25.5, **quarter(2025, 3)), margin(26.4, **quarter(2025, 2))],
    ),
    # the group's margin stays the group's; a change in points is no level
    (
        "Xiaomi's gross margin was 22.5% in the third quarter, down from 22.8% in the second "
        "quarter.",
        [margin(22.5, "Xiaomi Group"), margin(22.8, "Xiaomi Group")],
    ),
    (
        "Xiaomi's EV gross margin was 25.5% in the third quarter, down 0.9 percentage points "
        "from the second quarter.",
        [margin(25.5, **quarter(2025, 3))],
    ),
]


@pytest.mark.parametrize(("text", "want"), MARGINS)
def test_margins(text: str, want: list[dict[str, Any]]) -> None:
    check(text, D(2025, 11, 19), None, want)


# --- a live blog's timestamped lines: a clock time is no figure ------------------------------

LIVE = [
    (
        "19:10 — Lei Jun: the SU7 Ultra has 10,000 orders in 2 hours.\n19:40 — Orders now exceed "
        "15,000 in about two hours.",
        [
            ev("Xiaomi SU7 Ultra", metric="orders", value=10000, **WINDOW),
            ev("Xiaomi SU7 Ultra", metric="orders", value=15000, qualifier=MORE, **WINDOW),
        ],
    ),
    (
        "21:05 Xiaomi YU7 locked orders top 120,000 in roughly an hour.",
        [ev(YU7, metric="locked_orders", value=120000, qualifier=MORE, **WINDOW)],
    ),
    # "in about an hour" is a window, "about 10,000 a month" a pace
    (
        "Xiaomi builds about 10,000 YU7s a month.",
        [ev(YU7, value=10000, qualifier=ABOUT, period_kind="rate")],
    ),
]


@pytest.mark.parametrize(("text", "want"), LIVE)
def test_live_lines(text: str, want: list[dict[str, Any]]) -> None:
    check(text, D(2025, 6, 26), None, want)


# --- a goal told, then changed by pointing back to it, then the year's outcome --------------


def goal(value: float, y: int) -> dict[str, Any]:
    return ev(
        AUTO,
        metric="delivery_target",
        value=value,
        status="target",
        period_kind="year",
        period_start=D(y, 1, 1),
        period_end=D(y, 12, 31),
    )


def full_year(value: float, y: int) -> dict[str, Any]:
    return dlv(value, period_kind="year", period_start=D(y, 1, 1), period_end=D(y, 12, 31))


GOALS = [
    (
        "Xiaomi aimed to deliver 300,000 cars in 2025. In June it lifted it to 350,000. It "
        "closed the year with 410,000.",
        [goal(300000, 2025), goal(350000, 2025), full_year(410000, 2025)],
    ),
    (
        "Xiaomi's 2024 delivery goal was 100,000. In September it raised it again to 120,000, "
        "and in November to 130,000.",
        [goal(100000, 2024), goal(120000, 2024), goal(130000, 2024)],
    ),
]


@pytest.mark.parametrize(("text", "want"), GOALS)
def test_goals_changed(text: str, want: list[dict[str, Any]]) -> None:
    check(text, D(2026, 1, 5), None, want)


# --- what the round-up and row rules must not read: phone rankings, shares, store counts -----

NOT_CARS = [
    "Smartphone shipments in Q3: Samsung 61.4 million, Apple 58.6 million, Xiaomi 43.3 million.",
    "Q3 smartphone shipments:\n- Samsung: 61.4 million\n- Xiaomi: 43.3 million",
    "Market share in Q3: Samsung 19%, Xiaomi 14%.",
    "三季度全球手机出货量：三星6140万部、小米4330万部。",
]


@pytest.mark.parametrize("text", NOT_CARS)
def test_not_cars(text: str) -> None:
    check(text, D(2025, 11, 19), None, [])
