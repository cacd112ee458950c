"""Fixer 28b: families of misses in English found by test_metrics_articles19.py, each with our own
sentences (positives and negatives), expectations written before the run. Conventions as in
test_metrics_articles9.py and test_metrics_review8.py / _review12.py: a finished month of an
actual runs first to last day, as_of its last day; a quarter first to last day; a store count
is `other` ("stores", "service centres") at a day, with no period; the base of a comparison
with its own time ("up from 229 a year earlier") is an event of that time, one with no time of
its own ("when it started") is none; a capacity is a rate; a price has no period."""

import datetime as dt

from test_metrics_articles9 import article, check_article, run
from test_metrics_articles15 import op_profit
from test_metrics_review import ev
from test_metrics_review8 import (
    ABOUT,
    AUTO,
    MORE,
    SU7,
    YU7,
    cap,
    dlv,
    month,
    other,
    price,
    quarter,
    year,
)

D = dt.date
UP_TO = "up_to"

# --- family 1: a review's quarter as the subject, no maker and no delivery verb ---------------

QUARTERS = [
    article(
        "Xiaomi's half year",
        "Xiaomi handed over 32,000 cars in the first quarter of 2026.\n\nThe second quarter "
        "brought 41,500, as the new plant ramped up.",
        D(2026, 7, 10),
        None,
        [dlv(AUTO, 32000, **quarter(2026, 1)), dlv(AUTO, 41500, **quarter(2026, 2))],
    ),
    article(
        "Xiaomi's 2025 in four quarters",
        "Xiaomi delivered 75,000 cars in the first quarter of 2025 and 80,000 in the second. "
        "The third added about 110,000. The final quarter was the busiest: more than 140,000 "
        "vehicles, despite a week-long shutdown.",
        D(2026, 1, 8),
        None,
        [
            dlv(AUTO, 75000, **quarter(2025, 1)),
            dlv(AUTO, 80000, **quarter(2025, 2)),
            dlv(AUTO, 110000, ABOUT, **quarter(2025, 3)),
            dlv(AUTO, 140000, MORE, **quarter(2025, 4)),
        ],
    ),
    article(
        "Xiaomi's autumn",
        "Xiaomi delivered 20,500 cars in October 2024. November saw more than 23,000, a record.",
        D(2024, 12, 10),
        None,
        [dlv(AUTO, 20500, **month(2024, 10)), dlv(AUTO, 23000, MORE, **month(2024, 11))],
    ),
    # negatives: no figure of Xiaomi's cars told before; a rival's quarter; phones
    article(
        "A quarter alone",
        "The third quarter brought 108,000, the company said.",
        D(2025, 11, 20),
        None,
        [],
    ),
    article(
        "Nio's turn",
        "Xiaomi delivered 75,000 cars in the first quarter of 2025. For Nio, the second quarter "
        "brought 72,000.",
        D(2025, 7, 15),
        None,
        [dlv(AUTO, 75000, **quarter(2025, 1))],
    ),
    article(
        "Xiaomi phones",
        "Xiaomi shipped 43 million smartphones in the third quarter. The fourth brought 45 million.",
        D(2026, 1, 20),
        None,
        [],
    ),
]


@run(QUARTERS)
def test_review_quarters(
    title: str, body: str, published: dt.date, lang: str | None, want: list[dict[str, object]]
) -> None:
    check_article(title, body, published, lang, want)


# --- family 2: the period a review names for a figure, not an aside's -------------------------

PERIODS = [
    article(
        "Xiaomi's 2024",
        "Xiaomi delivered 136,000 cars in 2024. Its strongest month was December, with about "
        "25,000 deliveries.",
        D(2025, 1, 5),
        None,
        [dlv(AUTO, 136000, **year(2024)), dlv(AUTO, 25000, ABOUT, **month(2024, 12))],
    ),
    article(
        "Busiest month",
        "The busiest month of the year was October, when Xiaomi delivered more than 40,000 cars.",
        D(2025, 12, 20),
        None,
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    article(
        "YU7 share",
        "Xiaomi delivered 410,000 cars in 2025. The YU7, which went on sale in late June, "
        "contributed some 150,000 of the year's sales.",
        D(2025, 12, 30),
        None,
        [dlv(AUTO, 410000, **year(2025)), dlv(YU7, 150000, ABOUT, **year(2025))],
    ),
    article(
        "SU7 share",
        "Xiaomi delivered 136,854 cars in 2024. The SU7 Max made up about 60,000 of the year's "
        "total.",
        D(2025, 1, 3),
        None,
        [dlv(AUTO, 136854, **year(2024)), dlv(SU7, 60000, ABOUT, **year(2024))],
    ),
    # guard: a month told right after the figure stays the figure's
    article(
        "November",
        "Xiaomi delivered more than 40,000 cars in November, the year's best month.",
        D(2025, 12, 1),
        None,
        [dlv(AUTO, 40000, MORE, **month(2025, 11))],
    ),
]


@run(PERIODS)
def test_review_periods(
    title: str, body: str, published: dt.date, lang: str | None, want: list[dict[str, object]]
) -> None:
    check_article(title, body, published, lang, want)


# --- family 3: the base of a store count, with its own time -----------------------------------

BASES = [
    article(
        "Xiaomi stores",
        "Xiaomi ran 402 car stores at the end of September, up from 333 at the end of June.",
        D(2025, 10, 15),
        None,
        [
            other("stores", 402, as_of=D(2025, 9, 30)),
            other("stores", 333, as_of=D(2025, 6, 30)),
        ],
    ),
    article(
        "Xiaomi service",
        "Xiaomi had 220 service centres at the end of 2025, compared with 150 a year earlier.",
        D(2026, 1, 20),
        None,
        [
            other("service centres", 220, as_of=D(2025, 12, 31)),
            other("service centres", 150, as_of=D(2024, 12, 31)),
        ],
    ),
    article(
        "Xiaomi stores grow",
        "The number of Xiaomi car stores rose to 520 from 300 a year before.",
        D(2026, 6, 1),
        None,
        [other("stores", 520), other("stores", 300)],
    ),
    # negatives: a base with no time of its own; a change told by its size
    article(
        "Xiaomi stores since launch",
        "Xiaomi had 450 car stores at the end of 2025, up from 229 when it began selling cars.",
        D(2026, 1, 20),
        None,
        [other("stores", 450)],
    ),
    article(
        "Xiaomi stores added",
        "Xiaomi had 450 car stores at the end of 2025, 221 more than a year earlier.",
        D(2026, 1, 20),
        None,
        [other("stores", 450)],
    ),
]


@run(BASES)
def test_level_bases(
    title: str, body: str, published: dt.date, lang: str | None, want: list[dict[str, object]]
) -> None:
    check_article(title, body, published, lang, want)


# --- family 4: abbreviated figures -----------------------------------------------------------

ABBREVIATED = [
    article(
        "Xiaomi EV note",
        "The average selling price of Xiaomi's cars stood at c.RMB262k, the company said.",
        D(2025, 11, 20),
        None,
        [price(AUTO, 262000, qualifier=ABOUT)],
    ),
    article(
        "Xiaomi Wuhan",
        "Xiaomi's Wuhan plant will build some 200k cars a year once complete.",
        D(2026, 4, 2),
        None,
        [cap(200000, qualifier=ABOUT)],
    ),
    article(
        "Xiaomi line",
        "Xiaomi said the new line will build up to 100,000 vehicles per year.",
        D(2026, 4, 2),
        None,
        [cap(100000, qualifier=UP_TO)],
    ),
    article(
        "Xiaomi EV profit",
        "Xiaomi's EV segment posted an operating profit of RMB2.1bn in 4Q25.",
        D(2026, 3, 25),
        None,
        [op_profit(2.1e9, **quarter(2025, 4))],
    ),
    article(
        "Xiaomi Oct",
        "Xiaomi delivered c.40k cars in Oct, per the company.",
        D(2025, 11, 2),
        None,
        [dlv(AUTO, 40000, ABOUT, **month(2025, 10))],
    ),
    article(
        "Xiaomi Sep",
        "Xiaomi shipped 35k EVs in Sep.",
        D(2025, 10, 2),
        None,
        [dlv(AUTO, 35000, **month(2025, 9))],
    ),
    article(
        "Xiaomi EV revenue",
        "Xiaomi's car unit revenue reached US$1.2bn in the third quarter.",
        D(2025, 11, 20),
        None,
        [ev(AUTO, metric="revenue", value=1.2e9, unit="USD", **quarter(2025, 3))],
    ),
    # negatives: a market value, a valuation multiple, a plant built with no yearly output, a
    # conditional output
    article(
        "Xiaomi value",
        "Xiaomi's market value is c.US$150bn, and the stock trades at c.25x earnings.",
        D(2025, 11, 20),
        None,
        [],
    ),
    article(
        "Xiaomi plant",
        "Xiaomi will build a third plant in Beijing, the company said.",
        D(2025, 11, 20),
        None,
        [],
    ),
    article(
        "Xiaomi plant report",
        "Xiaomi did not comment on a report that its new site would build 300k cars a year.",
        D(2025, 11, 20),
        None,
        [],
    ),
]


@run(ABBREVIATED)
def test_abbreviated_figures(
    title: str, body: str, published: dt.date, lang: str | None, want: list[dict[str, object]]
) -> None:
    check_article(title, body, published, lang, want)


# --- family 5: Xiaomi's bullet, with an aside, in a list of makers under a month heading -------

BULLETS = [
    article(
        "Start-ups report November",
        "November deliveries:\n\n- Leapmotor: 70,327, a record\n- Xiaomi: over 40,000, a third "
        "month above that mark\n- Xpeng: 36,728, up 19%",
        D(2025, 12, 1),
        None,
        [dlv(AUTO, 40000, MORE, **month(2025, 11))],
    ),
    article(
        "EV start-ups' September deliveries",
        "EV start-ups' September deliveries\n\nStart-ups reported their numbers on Wednesday.\n\n"
        "Here is how they did:\n\n- Nio: 34,749, a record\n- Xiaomi: more than 40,000 (its "
        "first month above that level)\n- Li Auto: 33,951, down 36%",
        D(2025, 10, 1),
        None,
        [dlv(AUTO, 40000, MORE, **month(2025, 9))],
    ),
    article(
        "Start-ups report October",
        "October deliveries:\n\n- Leapmotor: 70,289\n- Xiaomi: 40,000+, up 80% from a year "
        "earlier\n- Nio: 40,397",
        D(2025, 11, 1),
        None,
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    # negatives: rivals' bullets with asides, and Xiaomi's bullet with no figure
    article(
        "Start-ups report December",
        "December deliveries:\n\n- Leapmotor: 60,423, a record\n- Xiaomi: no exact figure, "
        "as usual\n- Nio: 48,135, up 54%",
        D(2026, 1, 1),
        None,
        [],
    ),
]


@run(BULLETS)
def test_maker_bullets(
    title: str, body: str, published: dt.date, lang: str | None, want: list[dict[str, object]]
) -> None:
    check_article(title, body, published, lang, want)
