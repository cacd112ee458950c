"""fix28a: revised estimates and targets, family by family (English).

Written for this file (our own sentences; expectations fixed before the first run):
- a broker's estimate revised "to X from Y" ("raise our 2026 delivery estimate to 620,000 units
  from 550,000", any tense, "our" as the determiner): both levels are forecasts of that year, the
  old one too; a new year's estimate named alone after it ("introduce a 2027 estimate of",
  "keep our 2027 forecast of", in a quote too) is a forecast of deliveries for that year;
- a goal told as said in an earlier month on a later page ("said in November that its goal for
  the year was 130,000, up from 120,000", published the next January): both levels are targets
  of the year the goal was said in, and the "up from" level is the earlier target, not an actual;
- a target raised or cut "from X to Y" with a long object ("raised its 2025 delivery target for
  electric vehicles from 300,000 to 350,000", "raises", "lowers"): two exact targets, no range;
  and "for 2026 to 620,000" is a year, then a figure, not a range from 2026;
- a full-year target beaten "with a month to spare" is the year's target, not a rate; a total
  since launch told "By the end of October 2025 ... since launch" holds at that month's end.
Negatives stay empty: a rival's estimate, a target price, phone shipments.
"""

import datetime as dt
from typing import Any

from test_metrics_review import check, ev
from test_metrics_review8 import ABOUT, AUTO, MORE, RATE, case, dlv, fcst, goal, month, run, year

D = dt.date


def total(value: float, q: str = "exact", **fields: Any) -> dict[str, Any]:
    """A running total since launch, to a stated day."""
    return dlv(AUTO, value, q, period_kind="cumulative", **fields)


# --- 1. a broker's estimate revised, and a new year's estimate ------------------------------

BROKERS = [
    case(
        "Citi raised its 2026 delivery forecast for Xiaomi to 600,000 vehicles from 540,000.",
        D(2026, 2, 10),
        None,
        [fcst(AUTO, 600000, **year(2026)), fcst(AUTO, 540000, **year(2026))],
    ),
    case(
        "We lift our 2026 delivery estimate for Xiaomi's car arm to 640,000 units from 590,000, "
        "on stronger SUV orders.",
        D(2026, 4, 2),
        None,
        [fcst(AUTO, 640000, **year(2026)), fcst(AUTO, 590000, **year(2026))],
    ),
    case(
        "We raised our 2026 delivery estimate for Xiaomi to 610,000 from 575,000.",
        D(2026, 5, 6),
        None,
        [fcst(AUTO, 610000, **year(2026)), fcst(AUTO, 575000, **year(2026))],
    ),
    case(
        "We cut our 2026 delivery estimate for Xiaomi to 500,000 units from 560,000 and set a "
        "2027 estimate of 680,000.",
        D(2026, 7, 30),
        None,
        [
            fcst(AUTO, 500000, **year(2026)),
            fcst(AUTO, 560000, **year(2026)),
            fcst(AUTO, 680000, **year(2027)),
        ],
    ),
    case(
        "UBS raised its 2026 delivery forecast for Xiaomi to 590,000 from 550,000. It also "
        "published its first 2027 estimate of 750,000.",
        D(2026, 3, 3),
        None,
        [
            fcst(AUTO, 590000, **year(2026)),
            fcst(AUTO, 550000, **year(2026)),
            fcst(AUTO, 750000, **year(2027)),
        ],
    ),
    case(
        "Nomura lowered its forecast for Xiaomi's deliveries this year to 510,000 from 560,000. "
        '"We keep our 2027 forecast of 720,000 units," the analysts wrote.',
        D(2026, 6, 15),
        None,
        [
            fcst(AUTO, 510000, **year(2026)),
            fcst(AUTO, 560000, **year(2026)),
            fcst(AUTO, 720000, **year(2027)),
        ],
    ),
    # the estimate as the subject of the change; two years revised in one sentence; three
    # words between the year and the estimate
    case(
        "Our 2026 delivery estimate for Xiaomi climbs to 630,000 from 585,000.",
        D(2026, 4, 20),
        None,
        [fcst(AUTO, 630000, **year(2026)), fcst(AUTO, 585000, **year(2026))],
    ),
    case(
        "Morgan Stanley cut its Xiaomi 2026 delivery forecast to 480,000 units from 520,000 units "
        "and lowered its 2027 forecast to 610,000 from 650,000.",
        D(2026, 8, 25),
        None,
        [
            fcst(AUTO, 480000, **year(2026)),
            fcst(AUTO, 520000, **year(2026)),
            fcst(AUTO, 610000, **year(2027)),
            fcst(AUTO, 650000, **year(2027)),
        ],
    ),
    case(
        "We lower our 2026 Xiaomi EV delivery forecast from 560,000 to 500,000.",
        D(2026, 8, 25),
        None,
        [fcst(AUTO, 560000, **year(2026)), fcst(AUTO, 500000, **year(2026))],
    ),
    # guard: an expected rise from an actual level keeps the old level an actual
    case(
        "Xiaomi's car revenue is expected to rise to 60 billion yuan from 32 billion yuan.",
        D(2026, 8, 25),
        None,
        [
            ev(AUTO, metric="revenue", value=6e10, status="forecast"),
            ev(AUTO, metric="revenue", value=3.2e10, status="actual"),
        ],
    ),
    # the year after "for", then "to" and the figure: no range from the year
    case(
        "Analysts at the bank raised their delivery forecast for Xiaomi for 2026 to 620,000 from "
        "560,000.",
        D(2026, 3, 12),
        None,
        [fcst(AUTO, 620000, **year(2026)), fcst(AUTO, 560000, **year(2026))],
    ),
    case(
        "Daiwa raised its 2026 delivery forecast for Xiaomi to 570,000 from 530,000. It also "
        "raised its Leapmotor 2027 estimate to 1.1 million.",
        D(2026, 3, 3),
        None,
        [fcst(AUTO, 570000, **year(2026)), fcst(AUTO, 530000, **year(2026))],
    ),
    # negatives: a rival's estimate, a target price, phones
    case(
        "We raise our Leapmotor 2026 estimate to 900,000 units from 800,000.",
        D(2026, 3, 12),
        None,
        [],
    ),
    case(
        "Our 12-month target price for Xiaomi rises to HK$68 from HK$61.", D(2026, 3, 12), None, []
    ),
    case(
        "We raise our 2026 estimate for Xiaomi's smartphone shipments to 175 million from 170 "
        "million.",
        D(2026, 3, 12),
        None,
        [],
    ),
]


@run(BROKERS)
def test_broker_revisions(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- 2. a goal said in an earlier month, told on a later page --------------------------------

SAID_GOALS = [
    case(
        "Xiaomi said in November that its delivery goal for the year was 130,000 cars, up from "
        "120,000.",
        D(2025, 1, 6),
        None,
        [goal(130000, **year(2024)), goal(120000, **year(2024))],
    ),
    case(
        "Xiaomi confirmed in December that its target for the year was 130,000 vehicles.",
        D(2025, 2, 3),
        None,
        [goal(130000, **year(2024))],
    ),
    case(
        "Xiaomi told investors in October that its goal for this year was 120,000, up from "
        "100,000.",
        D(2025, 1, 10),
        None,
        [goal(120000, **year(2024)), goal(100000, **year(2024))],
    ),
    case(
        "Back in November, Xiaomi said its target for the year was 130,000 cars.",
        D(2025, 1, 8),
        None,
        [goal(130000, **year(2024))],
    ),
    case(
        "Xiaomi raised its delivery target to 130,000 in November, up from 120,000.",
        D(2025, 1, 6),
        None,
        [goal(130000, **year(2024)), goal(120000, **year(2024))],
    ),
    case(
        "Xiaomi had said in July that it aimed to deliver 120,000 cars this year.",
        D(2025, 1, 6),
        None,
        [goal(120000, **year(2024))],
    ),
    # the month said is this year's: the goal too
    case(
        "Xiaomi said in November that its goal for the year was 130,000 cars.",
        D(2024, 12, 2),
        None,
        [goal(130000, **year(2024))],
    ),
    case(
        "Xiaomi's delivery target for the year now stands at 120,000, up from 100,000.",
        D(2024, 7, 20),
        None,
        [goal(120000, **year(2024)), goal(100000, **year(2024))],
    ),
    # guards: a base with its own year is an actual of that year; a month's news of a
    # delivery figure keeps its month
    case(
        "In November, Xiaomi said it delivered more than 20,000 cars in October.",
        D(2025, 1, 6),
        None,
        [dlv(AUTO, 20000, MORE, **month(2024, 10))],
    ),
    case(
        "Xiaomi's delivery goal for the year is 350,000, up from 136,854 in 2024.",
        D(2025, 4, 1),
        None,
        [goal(350000, **year(2025)), dlv(AUTO, 136854, **year(2024))],
    ),
]


@run(SAID_GOALS)
def test_goals_said_earlier(
    text: str, published: dt.date, lang: str | None, want: list[Any]
) -> None:
    check(text, published, lang, want)


# --- 3. a target raised or cut from one level to another -------------------------------------

RAISED = [
    case(
        "Xiaomi raised its 2025 delivery target for its electric cars from 300,000 to 350,000 on "
        "Tuesday.",
        D(2025, 3, 18),
        None,
        [goal(300000, **year(2025)), goal(350000, **year(2025))],
    ),
    case(
        "Xiaomi raises its annual delivery target from 300,000 to 350,000, Lu Weibing said.",
        D(2025, 4, 2),
        None,
        [goal(300000, **year(2025)), goal(350000, **year(2025))],
    ),
    case(
        "Xiaomi has lifted its full-year delivery goal to 350,000 from 300,000.",
        D(2025, 4, 2),
        None,
        [goal(350000, **year(2025)), goal(300000, **year(2025))],
    ),
    case(
        "Xiaomi cut its 2026 vehicle delivery target for the domestic market from 550,000 units "
        "to 500,000 units.",
        D(2026, 8, 19),
        None,
        [goal(550000, **year(2026)), goal(500000, **year(2026))],
    ),
    case(
        "Xiaomi lowers its delivery target for this year from 550,000 to 500,000, citing weak "
        "demand.",
        D(2026, 8, 19),
        None,
        [goal(550000, **year(2026)), goal(500000, **year(2026))],
    ),
    case(
        "Xiaomi lifted its delivery target for 2025 to 350,000 from 300,000.",
        D(2025, 4, 2),
        None,
        [goal(350000, **year(2025)), goal(300000, **year(2025))],
    ),
    case(
        "Xiaomi bumped up its 2025 delivery target from 300,000 to 340,000.",
        D(2025, 4, 2),
        None,
        [goal(300000, **year(2025)), goal(340000, **year(2025))],
    ),
    case(
        "Xiaomi scaled back its 2026 delivery goal from 550,000 units to 520,000.",
        D(2026, 8, 19),
        None,
        [goal(550000, **year(2026)), goal(520000, **year(2026))],
    ),
    # negative: a target price cut
    case(
        "Analysts cut their target price for Xiaomi from HK$61 to HK$52.", D(2026, 7, 21), None, []
    ),
]


@run(RAISED)
def test_targets_raised_from_to(
    text: str, published: dt.date, lang: str | None, want: list[Any]
) -> None:
    check(text, published, lang, want)


# --- 4. a target beaten with time to spare; a total since launch to a month's end ------------

SPARE = [
    case(
        "Xiaomi beat its full-year delivery target of 350,000 with a month to spare.",
        D(2025, 12, 10),
        None,
        [goal(350000, **year(2025))],
    ),
    case(
        "Xiaomi hit its annual goal of 350,000 cars with a week left in November.",
        D(2025, 12, 10),
        None,
        [goal(350000, **year(2025))],
    ),
    case(
        "By the end of October 2025, Xiaomi had delivered more than 450,000 cars since its launch.",
        D(2025, 11, 20),
        None,
        [total(450000, MORE, as_of=D(2025, 10, 31))],
    ),
    case(
        "As of the end of September, Xiaomi had handed over more than 400,000 vehicles since "
        "deliveries began.",
        D(2025, 10, 15),
        None,
        [total(400000, MORE, as_of=D(2025, 9, 30))],
    ),
    # guards: a pace stays a pace; a total with no day keeps none
    case(
        "Xiaomi's Beijing plant builds about 30,000 cars a month.",
        D(2025, 10, 15),
        None,
        [ev(AUTO, metric="production_capacity", value=30000, qualifier=ABOUT, **RATE)],
    ),
    case(
        "Xiaomi has delivered more than 400,000 cars since launch.",
        D(2025, 10, 15),
        None,
        [total(400000, MORE, as_of=None)],
    ),
]


@run(SPARE)
def test_spare_time_and_totals(
    text: str, published: dt.date, lang: str | None, want: list[Any]
) -> None:
    check(text, published, lang, want)
