"""Families of misses fixed on branch fix16b, each with our own sentences (other verbs, word
orders and figures than the probe of test_metrics_articles13.py), and negatives that must
stay empty or keep their owner. Conventions as in test_metrics_review8.py: a week of
insurance registrations is a `week` of deliveries; the base of a weekly change ("a week
earlier", 上周) is the week before the one the story names.
"""

import datetime as dt
from typing import Any

from test_metrics_articles13 import wk
from test_metrics_review import check
from test_metrics_review8 import ABOUT, AUTO, MORE, SU7, YU7, case, dlv, month, run

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
