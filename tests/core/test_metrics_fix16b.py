"""Families of misses fixed on branch fix16b, each with our own sentences (other verbs, word
orders and figures than the probe of test_metrics_articles13.py), and negatives that must
stay empty or keep their owner. Conventions as in test_metrics_review8.py: a week of
insurance registrations is a `week` of deliveries; the base of a weekly change ("a week
earlier", 上周) is the week before the one the story names.
"""

import datetime as dt
from typing import Any

from test_metrics_articles10 import made
from test_metrics_articles13 import wk
from test_metrics_review import check, ev
from test_metrics_review8 import (
    ABOUT,
    AUTO,
    GROUP,
    MORE,
    SU7,
    ULTRA,
    YU7,
    cap,
    case,
    dlv,
    goal,
    month,
    other,
    price,
    run,
    total_to,
    year,
)

D = dt.date
DEC02 = D(2025, 12, 2)  # a Tuesday: the registrations of Nov 24-30 are out


# --- 1. weekly registrations in a round-up of makers ---------------------------------------

WEEKLY = [
    # Xiaomi's bare figure after rivals' counts, the week named in the rivals' sentence
    case(
        "Tesla China registered 13,400 vehicles in the week of November 24 to 30, while BYD "
        "logged 51,200. Li Auto stood at 7,600. Xiaomi came in at 8,700, down from 9,200 a "
        "week earlier.",
        DEC02,
        "en",
        [dlv(AUTO, 8700, **wk(2025, 11, 24)), dlv(AUTO, 9200, **wk(2025, 11, 17))],
    ),
    # the week named in a figure-less lede; the base told before the figure
    case(
        "Insurance registrations for the week of Nov 24-30 are out. Xiaomi registered 8,700, "
        "against the previous week's 9,200.",
        DEC02,
        "en",
        [dlv(AUTO, 8700, **wk(2025, 11, 24)), dlv(AUTO, 9200, **wk(2025, 11, 17))],
    ),
    # the rival's "last week"
    case(
        "Leapmotor registered 13,100 cars last week. Xiaomi came in at 8,700.",
        DEC02,
        "en",
        [dlv(AUTO, 8700, **wk(2025, 11, 24))],
    ),
    # the base "the week before" in a sentence naming its own week
    case(
        "Xiaomi registered 8,700 vehicles in the week of November 24 to 30, up from 8,100 a "
        "week earlier.",
        DEC02,
        "en",
        [dlv(AUTO, 8700, **wk(2025, 11, 24)), dlv(AUTO, 8100, **wk(2025, 11, 17))],
    ),
    # negatives: no rivals' measure before; a count of something else that was registered;
    # "in a week" stays a window
    case("Xiaomi came in at 8,700.", DEC02, "en", []),
    case(
        "Tesla registered 13,400 vehicles in the week of November 24 to 30. Xiaomi registered "
        "8,700 new users of its app.",
        DEC02,
        "en",
        [],
    ),
    case(
        "Tesla registered 13,400 vehicles in the week of November 24 to 30. Xiaomi recorded "
        "2,000 complaints.",
        DEC02,
        "en",
        [],
    ),
    # Chinese: the part of this week's count, not of the week before's it is compared with
    case(
        "11月第4周（11.24-11.30）小米汽车上险量为8700辆，环比上周的9200辆有所下滑。其中，小米YU7"
        "贡献约5200辆，小米SU7约3500辆。",
        DEC02,
        "zh",
        [
            dlv(AUTO, 8700, **wk(2025, 11, 24)),
            dlv(AUTO, 9200, **wk(2025, 11, 17)),
            dlv(YU7, 5200, ABOUT, **wk(2025, 11, 24)),
            dlv(SU7, 3500, ABOUT, **wk(2025, 11, 24)),
        ],
    ),
    # the next model's figure told by its bound alone
    case(
        "小米汽车10月交付超过4万辆。其中，YU7约2.2万辆，SU7约1.8万辆。",
        D(2025, 11, 1),
        "zh",
        [
            dlv(AUTO, 40000, MORE, **month(2025, 10)),
            dlv(YU7, 22000, ABOUT, **month(2025, 10)),
            dlv(SU7, 18000, ABOUT, **month(2025, 10)),
        ],
    ),
    # negative: a rival's figure told by its bound is no Xiaomi model's
    case(
        "小米汽车10月交付超过4万辆，理想汽车约3.5万辆。",
        D(2025, 11, 1),
        "zh",
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
]


@run(WEEKLY)
def test_weekly_round_ups(
    text: str, published: dt.date, lang: str, want: list[dict[str, Any]]
) -> None:
    check(text, published, lang, want)


# --- 2. status and levels: today's level in a plan, a planned network, a stretch goal, a
# month's output told by "turned out" -----------------------------------------------------

LEVELS = [
    case(
        "Xiaomi's third phase, due in 2027, will lift annual capacity to 450,000 vehicles "
        "from 300,000 today.",
        D(2026, 2, 26),
        "en",
        [cap(450000, status="target"), cap(300000, status="actual")],
    ),
    case(
        "Xiaomi plans to raise capacity to 500,000 cars a year, up from 300,000 currently.",
        D(2026, 2, 26),
        "en",
        [cap(500000, status="target"), cap(300000, status="actual")],
    ),
    case(
        "小米三期工厂建成后，年产能将从目前的30万辆提升至45万辆。",
        D(2026, 2, 26),
        "zh",
        [cap(300000, status="actual"), cap(450000, status="target")],
    ),
    # negative: a base with no "today" keeps the plan's status
    case(
        "Xiaomi will expand capacity to 450,000 from 300,000 by 2027.",
        D(2026, 2, 26),
        "en",
        [cap(450000, status="target"), cap(300000, status="target")],
    ),
    # a planned network: the total the openings bring it to is a target
    case(
        "Xiaomi's car unit plans to open 250 more stores this year, bringing its total to 650.",
        D(2026, 2, 26),
        "en",
        [other("stores", 650, status="target")],
    ),
    case(
        "Xiaomi will open 300 car stores next year, taking its total to 1,000.",
        D(2025, 12, 9),
        "en",
        [other("stores", 1000, status="target")],
    ),
    # negative: stores opened: the total now, an actual
    case(
        "Xiaomi opened 80 more car stores in October, bringing its total to 402.",
        D(2025, 11, 5),
        "en",
        [other("stores", 402, status="actual")],
    ),
    # a goal and a higher one it strives for, of the same year and owner
    case(
        "雷军表示，小米YU7今年的交付目标是15万辆以上，争取达到18万辆。",
        D(2025, 7, 1),
        "zh",
        [
            ev(YU7, metric="delivery_target", value=150000, qualifier=MORE, **year(2025)),
            ev(YU7, metric="delivery_target", value=180000, **year(2025)),
        ],
    ),
    case(
        "Xiaomi set a 2026 delivery target of 550,000 vehicles, with a stretch target of 600,000.",
        D(2025, 12, 9),
        "en",
        [goal(550000, **year(2026)), goal(600000, **year(2026))],
    ),
    # negative: the next clause strives for something that is no figure; a rival's goal
    case(
        "小米汽车今年交付目标为35万辆，力争提前完成。",
        D(2025, 7, 1),
        "zh",
        [goal(350000, **year(2025))],
    ),
    case(
        "小米汽车今年交付目标为35万辆，理想汽车目标为64万辆。",
        D(2025, 7, 1),
        "zh",
        [goal(350000, **year(2025))],
    ),
    # a month's output told by "turned out"
    case(
        "Xiaomi's Beijing plant turned out about 38,000 cars in October.",
        D(2025, 11, 5),
        "en",
        [made(38000, ABOUT, **month(2025, 10))],
    ),
    # negatives: "turned out to be", "it turned out that"
    case(
        "It turned out that Xiaomi delivered 40,000 cars in October.",
        D(2025, 11, 5),
        "en",
        [dlv(AUTO, 40000, **month(2025, 10))],
    ),
]


@run(LEVELS)
def test_levels_and_status(
    text: str, published: dt.date, lang: str, want: list[dict[str, Any]]
) -> None:
    check(text, published, lang, want)


# --- 3. subjects: a timeline's year of the company; the car business's stores ---------------

SUBJECTS = [
    # the year's deliveries after the model's launch, in a timeline item: the company's
    case(
        "2024年3月，小米SU7正式上市，当年交付超过13万辆。",
        D(2025, 12, 16),
        "zh",
        [dlv(AUTO, 130000, MORE, **year(2024))],
    ),
    case(
        "2024年3月28日，小米SU7发布，首批用户当天提车，当年交付量超过13.5万辆。",
        D(2025, 12, 16),
        "zh",
        [dlv(AUTO, 135000, MORE, **year(2024))],
    ),
    # negative: the model is the sentence's subject, no timeline item: the model's own
    case(
        "小米SU7在2024年共交付超过13.5万辆。",
        D(2025, 12, 16),
        "zh",
        [dlv(SU7, 135000, MORE, **year(2024))],
    ),
    # the car business's stores, by a verb of reaching a count
    case(
        "Xiaomi said its car stores had grown to 420.",
        D(2026, 5, 2),
        "en",
        [other("stores", 420)],
    ),
    case(
        "Xiaomi's EV showrooms reached more than 400 in October.",
        D(2025, 11, 5),
        "en",
        [other("stores", 400, qualifier=MORE)],
    ),
    # negative: a bare store count stays the group's (it also sells phones in stores)
    case(
        "Xiaomi said its stores had grown to 420.",
        D(2026, 5, 2),
        "en",
        [other("stores", 420, subject=GROUP)],
    ),
]


@run(SUBJECTS)
def test_subjects(text: str, published: dt.date, lang: str, want: list[dict[str, Any]]) -> None:
    check(text, published, lang, want)


# --- 4. the SU7 Ultra by its short name; "said this week" is no period ----------------------

ULTRAS = [
    case(
        "Xiaomi unveiled the SU7 Ultra in October. It set a 2025 goal of 10,000 deliveries "
        "for the Ultra.",
        D(2025, 12, 9),
        "en",
        [ev(ULTRA, metric="delivery_target", value=10000, status="target", **year(2025))],
    ),
    case(
        "Xiaomi unveiled the SU7 Ultra in October. Xiaomi expects 8,000 sales for the Ultra "
        "this year.",
        D(2025, 12, 9),
        "en",
        [ev(ULTRA, metric="deliveries", value=8000, status="forecast", **year(2025))],
    ),
    # negative: a goal for the whole range stays the company's
    case(
        "Xiaomi unveiled the SU7 Ultra in October. Xiaomi set a 2025 target of 350,000 "
        "deliveries for the whole range.",
        D(2025, 12, 9),
        "en",
        [goal(350000, **year(2025))],
    ),
    # a running total to a month's end, told "this week": cumulative to that day
    case(
        "By the end of February 2026 Xiaomi had handed over more than 25,000 SU7 Ultras, the "
        "carmaker said this week.",
        D(2026, 3, 12),
        "en",
        [dlv(ULTRA, 25000, MORE, **total_to(D(2026, 2, 28)))],
    ),
    # negative: a week's figure keeps its own week
    case(
        "Xiaomi registered 9,200 vehicles last week, the company said.",
        D(2025, 12, 2),
        "en",
        [dlv(AUTO, 9200, **wk(2025, 11, 24))],
    ),
    # the Ultra's price by its short name, in a story on the car
    case(
        "The SU7 Ultra went on sale a year ago. The 2026 Ultra now costs 549,900 yuan.",
        D(2026, 2, 27),
        "en",
        [price(ULTRA, 549900)],
    ),
    # negative: a phone's "Ultra"
    case(
        "The SU7 Ultra went on sale a year ago. The Xiaomi 15 Ultra phone costs 6,499 yuan.",
        D(2026, 2, 27),
        "en",
        [],
    ),
]


@run(ULTRAS)
def test_ultra(text: str, published: dt.date, lang: str, want: list[dict[str, Any]]) -> None:
    check(text, published, lang, want)
