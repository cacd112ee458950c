"""Probes of the extractor on WHOLE ARTICLES, seventeenth set (a), written without sight of the
devset, reusing the `article` / `check_article` helpers of test_metrics_articles9.py: 25 pages in
English, in page styles the ninth to sixteenth sets touch only in passing: wire briefs of two to
four sentences (a dateline with the agency in brackets, one figure, a company statement, one
background line); English written by China-based EV sites from Chinese releases ("units", "the
company announced today", "according to data released by", "the brand's cumulative
deliveries", "MoM", "YoY", "QoQ"); daily or weekly digests that put Xiaomi beside NIO, Li Auto,
XPeng, BYD, Tesla China and Leapmotor in one sentence or one list, where a rival's figure next to
Xiaomi's must not be given to Xiaomi; features published long after the facts their background
paragraphs restate ("In March 2024 ...", "last year", "the previous quarter"), each of which
keeps its own period rather than the publication month; a headline and a dek (subtitle) above
the body that repeat the body's figure; "By the numbers" boxes and "Key figures:" bullet lists
with the label first; and three negatives (a rivals-only digest naming Xiaomi without a figure,
a stock-market wrap, a Tesla China brief). Publication days run from 2024 to 2026.

Every page is written for this file, in our own words; figures are close to those reported for
Xiaomi's car business or made up to be plausible. The expected list was decided before the
extractor ran: one event per distinct figure, in the order of the text (a figure told in the
headline, the dek and the body is one event). Conventions as in test_metrics_review8.py and
test_metrics_articles9.py to _articles16.py: a finished month of an actual runs first to last
day, as_of its last day; a year to date is cumulative from January 1; a total since launch is
cumulative; a launch window is `window`; a price has no period; an operating profit and a
gross margin are `other`, an operating loss or an adjusted net loss is net_loss; the group's
revenue is the group's; "aims" / "target" is a target, both ends of a target raised "from X to
Y" are events. A rival's figure, a market figure, a share price, an index level, turnover, a
percent change and a spec are no events. A target's as_of is not asserted. A plain case guards what holds; an
`xfail(strict=True)` case is a known miss whose reason says what it should give and what the
extractor gives.
"""

import datetime as dt
from typing import Any

from test_metrics_articles9 import article, check_article, orders, run
from test_metrics_articles15 import op_profit
from test_metrics_articles16 import margin
from test_metrics_review import ev
from test_metrics_review8 import (
    AUTO,
    GROUP,
    MORE,
    SU7,
    ULTRA,
    WINDOW,
    YU7,
    dlv,
    first_months,
    goal,
    money,
    month,
    price,
    quarter,
    total_to,
    year,
)

D = dt.date

# --- (1) wire briefs ---------------------------------------------------------------------------

WIRE_NOV = """BEIJING, Dec 1 (Reuters) - Xiaomi's electric-vehicle unit handed over upwards of \
40,000 cars last month, a company statement said on Monday.

The smartphone maker entered the car market in March 2024 with the SU7 sedan and now also sells \
the YU7 sport utility vehicle.

(Reporting by Newsroom Staff; Editing by Desk Editor)"""

WIRE_YEAR = """SHANGHAI, Jan 2 (Reuters) - Xiaomi said on Friday it delivered over 410,000 \
electric vehicles in 2025, beating its full-year goal of 350,000.

The company aims to deliver 550,000 vehicles in 2026, founder Lei Jun said in a post on social \
media. Xiaomi's Hong Kong-listed shares have fallen about 30% from their June peak."""

WIRE_RESULTS = """HONG KONG, March 18 (Reuters) - Xiaomi's car business posted an adjusted net \
loss of 6.2 billion yuan for 2024, its first full year of sales, the company said in a filing on \
Tuesday. The unit delivered 136,854 vehicles last year. Xiaomi also lifted its 2025 delivery \
goal to 350,000 from 300,000, citing strong demand."""

WIRE_JUNE = """BEIJING, July 1 (Reuters) - Xiaomi said on Tuesday it delivered more than 25,000 \
cars in June, while locked-in orders for its newly launched YU7 SUV passed 240,000 within 18 \
hours of the car going on sale. The company did not comment on waiting times, which its app \
puts at more than a year for some versions."""

# --- (2) China-based EV sites writing in English -----------------------------------------------

CN_MONTHLY = """Xiaomi EV delivered more than 40,000 units in October, the company announced \
today. This is the second consecutive month that Xiaomi EV's deliveries exceeded the 40,000-unit \
mark.

As of October 31, the brand's cumulative deliveries have surpassed 400,000 units since the SU7 \
was launched. Xiaomi EV aims to deliver 350,000 units this year, and the target has been \
completed ahead of schedule, Lei Jun said.

Xiaomi YU7 and Xiaomi SU7 are both produced at the Beijing factory."""

CN_QUARTER = """Xiaomi Group released its Q3 2025 financial report today. According to the \
report, Xiaomi EV's Q3 deliveries reached 108,796 units, up 173.4% YoY and 33.8% QoQ.

Revenue from the smart EV segment was RMB 28.3 billion in Q3, and the gross margin of the \
segment was 25.5%. The innovative business segment achieved an operating profit of RMB 700 \
million for the first time in a single quarter.

Xiaomi Group's total revenue reached RMB 113.1 billion, up 22.3% YoY."""

CN_ULTRA = """Xiaomi SU7 Ultra's locked orders surpassed 15,000 units within 24 hours of launch, \
Xiaomi CEO Lei Jun announced on Weibo today.

The Xiaomi SU7 Ultra was officially launched last night with a price of RMB 529,900, RMB 285,100 \
lower than the pre-sale price. It has a maximum power of 1,548 PS and accelerates from 0 to 100 \
km/h in 1.98 seconds."""

CN_CPCA = """According to data released by the China Passenger Car Association (CPCA), Xiaomi \
delivered more than 30,000 units in August, flat MoM and up 127% YoY.

From January to August, the brand's cumulative deliveries this year exceeded 200,000 units. In \
the same month, Leapmotor delivered 57,066 units and XPeng delivered 37,709 units, both record \
highs."""

# --- (3) digests with several carmakers --------------------------------------------------------

DIGEST_OCT = """EV Daily | Saturday, November 1, 2025

Good morning. It was delivery day for China's carmakers. Xiaomi topped 40,000 again, while \
XPeng's 42,013 put it ahead of NIO (40,397) but well behind Leapmotor, which hit 70,289. Li Auto \
slipped to 31,767 as it prepares its first battery-electric SUV.

Elsewhere: Tesla will publish its China figures next week, and BYD sold 441,706 vehicles."""

DIGEST_WEEKLY = """The Week in EVs — December 6, 2025

1. November deliveries: Leapmotor led the start-ups with 70,327. Xiaomi delivered more than \
40,000, compared with 36,728 for XPeng and 36,275 for NIO.
2. Tesla China sold 86,700 cars including exports.
3. BYD's sales fell for a third month, to 480,186.
4. Li Auto reported 33,181 deliveries."""

DIGEST_2024 = """EV Roundup: October 2024 deliveries

- NIO: 20,976 units
- Li Auto: 51,443 units
- XPeng: 23,917 units
- Xiaomi: more than 20,000 units
- Leapmotor: 38,177 units

Xiaomi, which raised its 2024 target to 130,000 last month, said it expects to meet it in \
November. NIO's figure was up 30% from a year earlier."""

DIGEST_MIXED = """Morning brief, April 2, 2025

BYD sold 377,420 vehicles in March and Tesla China shipped 78,828. Xiaomi, whose deliveries \
passed 29,000 in the month, trailed Li Auto's 36,674 but beat NIO, which handed over 15,039. \
Leapmotor delivered 37,095."""

# --- (4) features restating older dated facts --------------------------------------------------

FEAT_ANNIV = """Two years on, Xiaomi's bet on cars looks safe

By Features Desk | March 28, 2026

When Xiaomi unveiled the SU7 in Beijing, few expected a phone maker to sell cars at scale. In \
March 2024, the SU7 drew 88,898 locked orders in its first 24 hours, a number rivals openly \
doubted.

Last year it delivered more than 410,000 cars, well above the 350,000 it had aimed for. In \
December 2024, its best month of that first year, it handed over more than 25,000.

The company now sells three models and has opened a second phase of its Beijing plant."""

FEAT_YU7 = """How the YU7 changed Xiaomi

December 15, 2025

When the YU7 went on sale on June 26, it drew 200,000 orders in three minutes. The launch came \
as Xiaomi was still working through a backlog of SU7 orders.

In the second quarter, the car unit delivered 81,302 vehicles. In 2024, its first year of sales, \
it delivered more than 135,000.

Buyers who ordered a YU7 on launch night are still receiving their cars this month."""

FEAT_2026 = """Xiaomi's next act: can it keep growing?

February 10, 2026

Xiaomi delivered more than 135,000 cars in 2024 and over 410,000 in 2025. This year it is \
targeting 550,000.

Growth was fastest in the first quarter of last year, when it delivered 75,869 vehicles, up \
from none a year earlier. A year earlier it had only just announced the SU7's price."""

FEAT_SEPT = """Xiaomi's car business enters its second autumn

September 20, 2025

Last year Xiaomi delivered more than 135,000 cars. In July 2024, it handed over more than \
10,000 in a single month for the first time.

In the previous quarter, revenue from the car business reached 21.3 billion yuan, and the loss \
narrowed. Analysts expect the unit to break even before the end of the year."""

# --- (5) headline and dek repeating the body ---------------------------------------------------

HD_NOV = """Car unit stays above the 40,000 mark in November as YU7 backlog persists

BEIJING — Xiaomi delivered more than 40,000 electric vehicles in November, the company said on \
Monday, its third straight month above that level.

The company did not break the figure down by model."""

HD_Q3 = """Car unit turns an operating profit of 700 million yuan for the first time

Xiaomi delivered 108,796 vehicles in the third quarter, the company said on Tuesday, and its EV \
and new-initiatives segment made an operating profit of 700 million yuan. The company repeated \
its goal of 350,000 deliveries this year."""

HD_YU7 = """Locked orders for the SUV pass 240,000 in 18 hours, founder Lei Jun says

Xiaomi's YU7 drew more than 240,000 locked orders within 18 hours of its launch on Thursday \
night, Lei Jun said on Friday. The base version costs 253,500 yuan."""

# --- (6) "By the numbers" boxes and "Key figures:" lists ---------------------------------------

BOX_OCT = """Xiaomi passed its full-year target in October, two months early.

Key figures:
- October deliveries: 40,000+
- January-October deliveries: 300,000+
- 2025 delivery target: 350,000

The YU7 accounted for most of the month's handovers."""

BOX_Q2 = """Xiaomi's EV unit narrowed its loss in the second quarter.

By the numbers
Q2 deliveries: 81,302
EV segment revenue: RMB 20.6 billion
Gross margin: 26.4%
Operating loss: RMB 300 million"""

BOX_2024 = """Xiaomi ended its first year of car sales with a record month.

Key figures:
• December deliveries: more than 25,000
• 2024 deliveries: more than 135,000
• 2025 target: 300,000

The company will announce a new model in the middle of the year."""

# --- (7) negatives -----------------------------------------------------------------------------

NEG_RIVALS = """EV Daily | December 1, 2025

NIO delivered 36,275 vehicles in November and XPeng 36,728, while Leapmotor set another record \
with 70,327. Xiaomi, which usually posts its figures on Weibo, had not reported by press time. \
Li Auto's 33,181 was down 32% from a year earlier."""

NEG_STOCKS = """Hong Kong stocks close lower; Xiaomi slides

HONG KONG, Nov 19 — The Hang Seng Index fell 0.4% to 25,830 on Wednesday. Xiaomi shares dropped \
4.2% to HK$41.06 after the company's results, on turnover of HK$12.1 billion, as investors \
weighed slower growth in its car business. Li Auto fell 2.8% and NIO lost 3.5%."""

NEG_TESLA = """SHANGHAI, Dec 3 (Reuters) - Tesla sold 86,700 China-made vehicles in November, up \
10% from a year earlier, data from the China Passenger Car Association showed. Rivals including \
BYD and Xiaomi have cut prices to defend share."""


ENGLISH = [
    article(
        "Xiaomi delivers over 40,000 EVs in November",
        WIRE_NOV,
        D(2025, 12, 1),
        "en",
        [dlv(AUTO, 40000, MORE, **month(2025, 11))],
    ),
    article(
        "Xiaomi beats 2025 EV goal, targets 550,000 for 2026",
        WIRE_YEAR,
        D(2026, 1, 2),
        "en",
        [
            dlv(AUTO, 410000, MORE, **year(2025)),
            goal(350000, **year(2025)),
            goal(550000, **year(2026)),
        ],
    ),
    article(
        "Xiaomi EV unit loses 6.2 bln yuan in 2024, lifts target",
        WIRE_RESULTS,
        D(2025, 3, 18),
        "en",
        [
            money("net_loss", 6.2e9, **year(2024)),
            dlv(AUTO, 136854, **year(2024)),
            goal(350000, **year(2025)),
            goal(300000, **year(2025)),
        ],
    ),
    article(
        "Xiaomi June EV deliveries top 25,000",
        WIRE_JUNE,
        D(2025, 7, 1),
        "en",
        [
            dlv(AUTO, 25000, MORE, **month(2025, 6)),
            orders("locked_orders", YU7, 240000, qualifier=MORE, **WINDOW),
        ],
    ),
    article(
        "Xiaomi EV delivered more than 40,000 units in October",
        CN_MONTHLY,
        D(2025, 11, 1),
        "en",
        [
            dlv(AUTO, 40000, MORE, **month(2025, 10)),
            dlv(AUTO, 400000, MORE, **total_to(D(2025, 10, 31))),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "Xiaomi Q3 2025 financial report: EV deliveries 108,796 units",
        CN_QUARTER,
        D(2025, 11, 18),
        "en",
        [
            dlv(AUTO, 108796, **quarter(2025, 3)),
            money("revenue", 28.3e9, **quarter(2025, 3)),
            margin(25.5, **quarter(2025, 3)),
            op_profit(700e6, **quarter(2025, 3)),
            ev(GROUP, metric="revenue", value=113.1e9, unit="CNY", **quarter(2025, 3)),
        ],
    ),
    article(
        "Xiaomi SU7 Ultra locked orders exceed 15,000 units in 24 hours",
        CN_ULTRA,
        D(2025, 2, 27),
        "en",
        [
            orders("locked_orders", ULTRA, 15000, qualifier=MORE, **WINDOW),
            price(ULTRA, 529900),
        ],
    ),
    article(
        "CPCA: Xiaomi August deliveries over 30,000 units",
        CN_CPCA,
        D(2025, 9, 10),
        "en",
        [
            dlv(AUTO, 30000, MORE, **month(2025, 8)),
            dlv(AUTO, 200000, MORE, **first_months(2025, 8)),
        ],
    ),
    article(
        "EV Daily: Leapmotor tops 70,000 as start-ups report October",
        DIGEST_OCT,
        D(2025, 11, 1),
        "en",
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    article(
        "The Week in EVs: start-ups' November, Tesla, BYD",
        DIGEST_WEEKLY,
        D(2025, 12, 6),
        "en",
        [dlv(AUTO, 40000, MORE, **month(2025, 11))],
    ),
    article(
        "EV Roundup: October 2024 deliveries",
        DIGEST_2024,
        D(2024, 11, 1),
        "en",
        [
            dlv(AUTO, 20000, MORE, **month(2024, 10)),
            goal(130000, **year(2024)),
        ],
    ),
    article(
        "Morning brief: March sales of China's carmakers",
        DIGEST_MIXED,
        D(2025, 4, 2),
        "en",
        [dlv(AUTO, 29000, MORE, **month(2025, 3))],
    ),
    article(
        "Two years on, Xiaomi's bet on cars looks safe",
        FEAT_ANNIV,
        D(2026, 3, 28),
        "en",
        [
            orders("locked_orders", SU7, 88898, **WINDOW),
            dlv(AUTO, 410000, MORE, **year(2025)),
            goal(350000, **year(2025)),
            dlv(AUTO, 25000, MORE, **month(2024, 12)),
        ],
    ),
    article(
        "How the YU7 changed Xiaomi",
        FEAT_YU7,
        D(2025, 12, 15),
        "en",
        [
            orders("orders", YU7, 200000, **WINDOW),
            dlv(AUTO, 81302, **quarter(2025, 2)),
            dlv(AUTO, 135000, MORE, **year(2024)),
        ],
    ),
    article(
        "Xiaomi's next act: can it keep growing?",
        FEAT_2026,
        D(2026, 2, 10),
        "en",
        [
            dlv(AUTO, 135000, MORE, **year(2024)),
            dlv(AUTO, 410000, MORE, **year(2025)),
            goal(550000, **year(2026)),
            dlv(AUTO, 75869, **quarter(2025, 1)),
        ],
    ),
    article(
        "Xiaomi's car business enters its second autumn",
        FEAT_SEPT,
        D(2025, 9, 20),
        "en",
        [
            dlv(AUTO, 135000, MORE, **year(2024)),
            dlv(AUTO, 10000, MORE, **month(2024, 7)),
            money("revenue", 21.3e9, **quarter(2025, 2)),
        ],
    ),
    article(
        "Xiaomi EV deliveries top 40,000 for third month",
        HD_NOV,
        D(2025, 12, 1),
        "en",
        [dlv(AUTO, 40000, MORE, **month(2025, 11))],
    ),
    article(
        "Xiaomi posts 108,796 EV deliveries in third quarter",
        HD_Q3,
        D(2025, 11, 18),
        "en",
        [
            dlv(AUTO, 108796, **quarter(2025, 3)),
            op_profit(700e6, **quarter(2025, 3)),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "Xiaomi YU7 orders hit 240,000 in 18 hours",
        HD_YU7,
        D(2025, 6, 27),
        "en",
        [
            orders("locked_orders", YU7, 240000, qualifier=MORE, **WINDOW),
            price(YU7, 253500),
        ],
    ),
    article(
        "Xiaomi hits 2025 target two months early",
        BOX_OCT,
        D(2025, 11, 2),
        "en",
        [
            dlv(AUTO, 40000, MORE, **month(2025, 10)),
            dlv(AUTO, 300000, MORE, **first_months(2025, 10)),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "Xiaomi EV unit narrows Q2 loss",
        BOX_Q2,
        D(2025, 8, 19),
        "en",
        [
            dlv(AUTO, 81302, **quarter(2025, 2)),
            money("revenue", 20.6e9, **quarter(2025, 2)),
            margin(26.4, **quarter(2025, 2)),
            money("net_loss", 300e6, **quarter(2025, 2)),
        ],
    ),
    article(
        "Xiaomi ends first car year with record December",
        BOX_2024,
        D(2025, 1, 1),
        "en",
        [
            dlv(AUTO, 25000, MORE, **month(2024, 12)),
            dlv(AUTO, 135000, MORE, **year(2024)),
            goal(300000, **year(2025)),
        ],
    ),
    article("EV Daily: start-ups' November figures", NEG_RIVALS, D(2025, 12, 1), "en", []),
    article(
        "Hong Kong stocks close lower; Xiaomi slides",
        NEG_STOCKS,
        D(2025, 11, 19),
        "en",
        [],
    ),
    article("Tesla's China sales rise 10% in November", NEG_TESLA, D(2025, 12, 3), "en", []),
]


@run(ENGLISH)
def test_english_articles(
    title: str, body: str, published: dt.date, lang: str | None, want: list[dict[str, Any]]
) -> None:
    check_article(title, body, published, lang, want)  # type: ignore[arg-type]
