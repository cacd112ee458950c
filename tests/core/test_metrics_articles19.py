"""Probes of the extractor on WHOLE ARTICLES, nineteenth set (a), written without sight of the
devset, reusing the `article` / `check_article` helpers of test_metrics_articles9.py: 24 pages
in English, each a news page in its own words, with the figures of Xiaomi's car business in
2024-2026 (close to those reported, or made up to be plausible) and publication days from 2025
to 2026. Genres: multi-brand monthly roundups where Xiaomi is one of five to eight makers, in a
bullet list, a flattened table or a running paragraph (rivals' figures give nothing); broker
research notes in the first person ("we raise our 2026 delivery estimate to ...", target prices
give nothing); explainer / FAQ pages with questions and answers; year-end reviews that sum a
year by month and by quarter; recall and safety news; waiting times and order backlogs; the
retail network and staff (stores, service centres, R&D staff); earnings-call guidance raised or
cut; headlines and slide decks with k / mn / bn / RMB / US$ abbreviations; and negatives
(Xiaomi's phone and smart-home figures, a rival's record naming Xiaomi, share moves, lap times
and specs).

Readings of DESIGN.md stated here, as the earlier sets do: a recall count is no event (no metric
of the taxonomy counts recalled cars, and it is not a business number of the kind `other`
keeps: test_metrics_articles10/13/15 record none), but a delivery total told in a recall story
is; a waiting time is no event; an order backlog the company states is `orders` (actual), one
analysts estimate is `orders` as a forecast (test_metrics_review8.py); a store count and a
service-centre count are `other` ("stores", "service centres"), a city count is no event; a
team's size is headcount; both ends of a target or an estimate raised or cut "from X to Y" are
events (test_metrics_articles13/17); a figure given in yuan and again in US dollars is one event
in yuan; "40k" is 40000, "RMB29.0bn" 2.9e10.

The expected list was decided before the extractor ran: one event per distinct figure, in the
order of the text. Conventions as in test_metrics_review8.py and test_metrics_articles9.py to
_articles18.py: a finished month of an actual runs first to last day, as_of its last day; a
quarter first to last day; a year to date is cumulative from January 1; a total since launch is
cumulative; a launch window is `window`; a price has no period (an average price keeps its
quarter); an operating profit and a gross margin are `other`; a rival's figure, a market figure,
a phone figure, a share price, a price target, a percent change and a spec are no events. A
target's as_of is not asserted. A plain case guards what holds; an `xfail(strict=True)` case is
a known miss whose reason says what it should give and what the extractor gives.
"""

import datetime as dt
from typing import Any

from test_metrics_articles9 import article, check_article, orders, run
from test_metrics_articles13 import est
from test_metrics_articles15 import op_profit, staff
from test_metrics_articles16 import margin
from test_metrics_review import ev
from test_metrics_review8 import (
    ABOUT,
    AUTO,
    CUM,
    GROUP,
    MORE,
    SU7,
    WINDOW,
    YU7,
    cap,
    dlv,
    fcst,
    first_months,
    goal,
    money,
    month,
    other,
    price,
    quarter,
    total_to,
    year,
)
from test_metrics_review9 import half

D = dt.date

# --- (1) multi-brand monthly roundups ----------------------------------------------------------

RU_LIST = """China EV makers' October deliveries at a glance

November 1, 2025 | By the Autos Team

Chinese electric-vehicle makers published their October figures on Saturday, a month in which \
several start-ups set records ahead of the year-end rush. Here is how they did:

- BYD: 441,706 new-energy vehicles, down 12% from a year earlier
- Leapmotor: 70,289, a record for the ninth month running
- Xpeng: 42,013, up 76% year on year
- Xiaomi: more than 40,000, its second month above that level
- Nio group: 40,397 across its three brands
- Li Auto: 31,767, down 38%
- Zeekr: 61,636 for the Geely-owned brand

Xiaomi does not publish exact monthly numbers. Li Auto blamed a supply problem for its fall.

Related: Which Chinese EV maker is closest to its 2025 goal?"""

RU_PARAGRAPH = """Leapmotor leads start-ups again as July deliveries cool

SHANGHAI, Aug 1 (Auto Wire) - Leapmotor handed over 50,129 cars in July, keeping its lead among \
China's newer carmakers, while Xpeng delivered 36,717 and Nio 21,017. Xiaomi said its deliveries \
exceeded 30,000 for the month, Li Auto's fell to 30,731, and Aito sold 40,753 vehicles through \
Huawei's stores.

Analysts said the summer lull and the end of some local trade-in subsidies weighed on demand. \
BYD, the market leader, sold 344,296 vehicles, down 1% from a year earlier.

(Reporting by Auto Wire staff; Editing by Chris Reed)"""

RU_TABLE = """December deliveries: records for most start-ups as tax break ends

January 2, 2026

Makers rushed to deliver cars before the purchase-tax exemption for electric vehicles was halved \
on January 1. The table below shows each maker's December figure and its total for the year.

Maker | December | Full year 2025
Leapmotor | 60,423 | 596,555
Xpeng | 37,508 | 429,445
Xiaomi | 50,000+ | 410,000+
Nio | 48,135 | 326,028
Li Auto | 44,246 | 406,343
Zeekr | 30,012 | 224,133

Source: company statements. Xiaomi gives rounded figures only.

Leapmotor was the only start-up to pass half a million cars in the year."""

# --- (2) broker and analyst research notes ----------------------------------------------------

BROKER_RAISE = """Xiaomi (1810 HK): YU7 momentum intact; raising 2026 volume estimate

Equity research | March 12, 2026

We raise our 2026 delivery estimate for Xiaomi's EV business to 620,000 units from 550,000, \
and introduce a 2027 estimate of 800,000, reflecting the third phase of the Beijing plant and \
the launch of a large extended-range SUV in the summer.

We now expect EV segment revenue of RMB160bn in 2026. Our 12-month target price rises to \
HK$68 from HK$61; we reiterate Buy.

Key risks: a weaker-than-expected domestic market after the tax change, and slower overseas \
expansion. Peers: we also raise our Leapmotor 2026 estimate to 900,000 units.

Disclosures: the analysts named in this report certify that the views expressed accurately \
reflect their personal views."""

BROKER_CUT = """Brokerage trims Xiaomi car forecasts on softer SU7 demand

July 21, 2026 - 9:12 AM

A mainland brokerage cut its forecast for Xiaomi's vehicle deliveries this year to 520,000 from \
580,000 in a note on Monday, saying demand for the ageing SU7 sedan had slowed more than it \
expected.

"We lower our second-half monthly run-rate assumption but keep our 2027 forecast of 700,000 \
units," the analysts wrote. They cut their target price to HK$52 from HK$58.

Xiaomi shares fell 1.8% to HK$44.10 by midday."""

# --- (3) explainers and FAQ pages -------------------------------------------------------------

FAQ_SOLD = """How many cars has Xiaomi sold? Your questions answered

December 10, 2025

Xiaomi went from phone maker to one of China's best-selling EV brands in under two years. Here \
are the answers to the questions readers ask us most.

Q: When did Xiaomi start selling cars?
A: The SU7 sedan went on sale on March 28, 2024, and the first cars reached customers in April \
of that year.

Q: How many cars has Xiaomi sold so far?
A: By the end of November 2025 Xiaomi had delivered more than 490,000 cars since launch, the \
company says. In 2024, its first year, it delivered 136,854.

Q: How many this year?
A: In the first 11 months of 2025 it delivered more than 360,000 cars, beating its full-year \
target of 350,000 with a month to spare.

Q: How much does an SU7 cost?
A: The entry version starts at 215,900 yuan.

Q: Is the car business profitable?
A: It made its first operating profit, of 700 million yuan, in the third quarter of 2025."""

FAQ_YU7 = """Xiaomi YU7: price, range, waiting time - everything you need to know

July 20, 2025 | Explainer

What is the YU7?
Xiaomi's second car, a five-seat electric SUV, launched on June 26.

How much does it cost?
Prices start at 253,500 yuan for the standard version.

How popular is it?
Very. Xiaomi said it received more than 240,000 locked orders in the first 18 hours after \
launch.

How long will I wait?
According to Xiaomi's app, buyers who order now wait 40 to 58 weeks, depending on the version.

What is the range?
Up to 835 km on the CLTC cycle for the standard version, which has a 96.3 kWh battery."""

# --- (4) year-end reviews ---------------------------------------------------------------------

YEAR_2024 = """Xiaomi's first year as a carmaker, in numbers

January 6, 2025 | Year in review

Xiaomi delivered 136,854 SU7 sedans in 2024, its first year of sales, beating a target it had \
raised twice during the year.

The first quarter produced no deliveries; handovers started on April 3. Xiaomi delivered 27,307 \
cars in the second quarter and 39,790 in the third. The fourth quarter was the strongest: \
69,697 cars, helped by a second production shift.

Month by month, deliveries topped 10,000 for the first time in June. Xiaomi delivered more than \
20,000 cars in October, and more than 20,000 in November.

The company said in November that its goal for the year was 130,000 cars, up from 120,000.

Read more: Lei Jun says SU7 Ultra will go on sale in February"""

YEAR_2025 = """2025 review: Xiaomi's car business passes 400,000

By Autos Desk | December 31, 2025

Xiaomi ends the year having delivered more than 410,000 cars in 2025, three times its tally \
in 2024.

Quarter by quarter, the pace rose steadily. Xiaomi handed over 75,869 cars in the first quarter \
and 81,302 in the second, when part of its plant was retooled for the YU7. The third quarter \
brought 108,796. The fourth added more than 145,000, by the company's count.

The best month was December, with more than 50,000 deliveries, the company said on Wednesday \
in a year-end post.

The YU7, launched in June, accounted for roughly 150,000 of the year's deliveries.

Photo caption: Xiaomi YU7 SUVs at a delivery centre in Beijing."""

# --- (5) recall and safety news ---------------------------------------------------------------

RECALL = """Xiaomi recalls 41,527 YU7 SUVs over rear seat-belt fault

February 27, 2026 | Regulation

Xiaomi will recall 41,527 YU7 sport utility vehicles built between June 10 and November 30, \
2025, China's State Administration for Market Regulation said on Friday, because a rear \
seat-belt buckle may not latch properly in a crash.

The company will replace the part free of charge at its service centres. No injuries have been \
reported.

The YU7 has sold more than 200,000 units since deliveries began in July, making it one of \
China's best-selling electric SUVs. Xiaomi's earlier recalls, covering about 147,000 SU7s in \
2025, were fixed by over-the-air software updates."""

CRASH = """Xiaomi shares slide after fatal SU7 crash on expressway

April 1, 2025

Xiaomi shares fell 5.5% in Hong Kong on Tuesday after a Xiaomi SU7 crashed on an expressway in \
Anhui province late last week, killing three people.

The car was travelling at 116 km/h in assisted-driving mode when it warned of an obstacle, and \
hit a concrete post about two seconds after the driver took over, the company said.

Lei Jun said on Weibo the company would cooperate fully with police. Police have not said what \
caused the crash. The stock had risen about 60% this year before the accident.

Tesla recalled 1.2 million cars in China last year over assisted-driving software."""

# --- (6) waiting times and order backlogs -----------------------------------------------------

BACKLOG = """Xiaomi's YU7 buyers still face long waits as backlog tops 100,000

October 14, 2025

Customers who order a Xiaomi YU7 today must wait 30 to 40 weeks for their car, according to the \
company's app, even though the plant has run at full tilt since the summer.

President Lu Weibing said last week that Xiaomi still had a backlog of more than 100,000 \
unfilled YU7 orders. The company delivered more than 40,000 cars in September across both \
models.

Some buyers have switched to the SU7 sedan, which is available within four to six weeks.

Reader comment: I ordered in July and was told March."""

WAIT_FALL = """Waiting times for Xiaomi's SU7 shrink as plant expands

March 4, 2026

The wait for a new Xiaomi SU7 has fallen to about three weeks, from as long as 33 weeks a year \
ago, according to the company's ordering app, as the third phase of its Beijing plant begins \
production.

Xiaomi delivered more than 35,000 cars in February, the company said, down from January because \
of the Lunar New Year holiday. Analysts at a local brokerage estimate the order backlog for the \
YU7 at about 60,000.

Shorter waits could help Xiaomi win buyers from rivals such as Tesla, whose Model Y is \
available within two weeks."""

# --- (7) retail network and staff -------------------------------------------------------------

RETAIL = """Xiaomi's car retail network reaches 450 stores

January 15, 2026 | Retail

Xiaomi had 450 car stores in 150 cities at the end of 2025, up from 229 a year earlier, the \
company said on Thursday, and 220 service centres.

It plans to have 600 stores by the end of 2026, including its first outside mainland China.

The car unit's research and development staff now number more than 5,000, Xiaomi said, most \
of them in Beijing and Shanghai."""

STAFF = """Xiaomi to hire thousands more for car unit as it plans Europe launch

June 5, 2026

Xiaomi's car business employs about 25,000 people, including some 6,000 engineers working on \
software and autonomous driving, the company said in a recruitment notice on Friday.

The unit plans to hire another 3,000 people this year, mostly for its factories and its \
overseas push. Xiaomi will open its first car stores in Europe in 2027.

In China it had 520 car stores at the end of May."""

# --- (8) earnings-call guidance ---------------------------------------------------------------

GUIDE_RAISE = """Xiaomi lifts 2025 EV delivery goal to 350,000 after strong start

March 18, 2025 - 8:40 PM HKT

Xiaomi raised its 2025 delivery target for electric vehicles from 300,000 to 350,000 on \
Tuesday, President Lu Weibing said on an earnings call, citing strong demand for the SU7 and \
the coming YU7.

The car business lost 6.2 billion yuan in 2024 on revenue of 32.1 billion yuan, Xiaomi said. \
Gross margin for the segment was 18.5% for the year.

Xiaomi delivered 69,697 cars in the fourth quarter of 2024."""

GUIDE_2026 = """Xiaomi targets 550,000 car deliveries in 2026 after beating last year's goal

March 24, 2026

Xiaomi aims to deliver 550,000 vehicles in 2026, the company said on Tuesday as it reported \
full-year results, up from the 411,000 it handed over last year.

Revenue from the smart EV segment was 106.3 billion yuan in 2025. The segment's operating \
profit for the year was 2.1 billion yuan.

"We will launch three new models this year," Lu Weibing told analysts on the call. He said the \
company expected to sell its first cars in Europe in 2027."""

GUIDE_CUT = """Xiaomi trims 2026 delivery goal after soft first half

August 19, 2026 - 7:30 PM HKT

Xiaomi lowered its 2026 vehicle delivery target to 500,000 from 550,000 on Tuesday, blaming \
weaker demand after China halved its purchase-tax break for electric cars.

The company delivered 232,150 cars in the first half. In the second quarter it handed over \
121,400 cars, and the segment's revenue was 30.2 billion yuan.

Lu Weibing said on the call that the company would focus on profitability."""

# --- (9) abbreviations in headlines and decks --------------------------------------------------

HEAD_K = """Xiaomi EV deliveries top 40k in Nov; YTD 360k+

Dec 1, 2025

Xiaomi's EV arm shipped 40k+ units in Nov, its third straight month above that mark, taking \
YTD deliveries to 360k+ and past its 350k full-year goal.

ASP held at c.RMB255k, according to the company.

Shares: 1810.HK +1.2% to HK$44.50."""

DECK = """Xiaomi 3Q25 results: key slides

November 18, 2025

3Q25 highlights (smart EV and AI segment)
- Deliveries: 108.8k
- Revenue: RMB29.0bn (+36% QoQ)
- Gross margin: 25.5%
- Operating profit: RMB0.7bn, first positive quarter
- FY25 delivery target: 350k (reiterated)

Group: revenue RMB113.1bn; smartphones 43.3mn units."""

USD_INVEST = """Xiaomi to invest RMB10bn (US$1.4bn) in third Beijing car plant phase

November 9, 2026

Xiaomi will invest RMB10bn (about US$1.4bn) in a third phase of its car factory in Beijing, \
according to a filing with the district government, as cumulative deliveries passed the 1mn \
mark.

The new phase will build about 150k vehicles a year, the filing showed.

The company's market value is about US$150bn."""

# --- (10) negatives ---------------------------------------------------------------------------

NEG_PHONE = """Xiaomi's smartphone shipments rise as smart-home sales hit record

November 18, 2025

Xiaomi shipped 43.3 million smartphones in the third quarter, up 0.5% from a year earlier, the \
company said on Tuesday. Revenue from its internet-of-things and lifestyle products, which \
include air conditioners, fridges and robot vacuums, rose 5.6% to 27.6 billion yuan.

The company sold more than 5.4 million air conditioners in the quarter. Its smartphone gross \
margin narrowed to 11.1%.

Xiaomi's car unit, which reported separately, is covered in our other story."""

NEG_RIVAL = """Leapmotor posts record December, overtaking Xiaomi and Xpeng

January 1, 2026

Leapmotor delivered a record 60,423 cars in December, it said on Thursday, extending its lead \
over fellow start-ups Xiaomi, Xpeng and Nio. For the full year it sold 596,555, beating its \
target of 500,000.

"We are now the best-selling new brand in China," founder Zhu Jiangming said. Leapmotor aims \
to sell 1 million cars in 2026."""

NEG_LAP = """Xiaomi SU7 Ultra sets Nurburgring record; shares jump

June 10, 2026

The Xiaomi SU7 Ultra prototype lapped the Nurburgring Nordschleife in 6 minutes 22.091 seconds, \
the fastest time for a four-door car, the company said. Xiaomi shares rose 4.2% to HK$55.30.

The car has three motors producing 1,548 horsepower, reaches 100 km/h in 1.98 seconds and has a \
top speed of more than 350 km/h. It weighs about 1,900 kg."""

CASES = [
    # (1) roundups
    article(
        "China EV makers' October deliveries at a glance",
        RU_LIST,
        D(2025, 11, 1),
        None,
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    article(
        "Leapmotor leads start-ups again as July deliveries cool",
        RU_PARAGRAPH,
        D(2025, 8, 1),
        None,
        [dlv(AUTO, 30000, MORE, **month(2025, 7))],
    ),
    article(
        "December deliveries: records for most start-ups as tax break ends",
        RU_TABLE,
        D(2026, 1, 2),
        None,
        [dlv(AUTO, 50000, MORE, **month(2025, 12)), dlv(AUTO, 410000, MORE, **year(2025))],
    ),
    # (2) broker notes
    article(
        "Xiaomi (1810 HK): YU7 momentum intact; raising 2026 volume estimate",
        BROKER_RAISE,
        D(2026, 3, 12),
        None,
        [
            fcst(AUTO, 620000, **year(2026)),
            fcst(AUTO, 550000, **year(2026)),
            fcst(AUTO, 800000, **year(2027)),
            est("revenue", 1.6e11, **year(2026)),
        ],
    ),
    article(
        "Brokerage trims Xiaomi car forecasts on softer SU7 demand",
        BROKER_CUT,
        D(2026, 7, 21),
        None,
        [
            fcst(AUTO, 520000, **year(2026)),
            fcst(AUTO, 580000, **year(2026)),
            fcst(AUTO, 700000, **year(2027)),
        ],
    ),
    # (3) explainers
    article(
        "How many cars has Xiaomi sold? Your questions answered",
        FAQ_SOLD,
        D(2025, 12, 10),
        None,
        [
            dlv(AUTO, 490000, MORE, **total_to(D(2025, 11, 30))),
            dlv(AUTO, 136854, **year(2024)),
            dlv(AUTO, 360000, MORE, **first_months(2025, 11)),
            goal(350000, **year(2025)),
            price(SU7, 215900),
            op_profit(7e8, **quarter(2025, 3)),
        ],
    ),
    article(
        "Xiaomi YU7: price, range, waiting time - everything you need to know",
        FAQ_YU7,
        D(2025, 7, 20),
        None,
        [
            price(YU7, 253500),
            orders("locked_orders", YU7, 240000, qualifier=MORE, **WINDOW),
        ],
    ),
    # (4) year-end reviews
    article(
        "Xiaomi's first year as a carmaker, in numbers",
        YEAR_2024,
        D(2025, 1, 6),
        None,
        [
            dlv(SU7, 136854, **year(2024)),
            dlv(AUTO, 27307, **quarter(2024, 2)),
            dlv(AUTO, 39790, **quarter(2024, 3)),
            dlv(AUTO, 69697, **quarter(2024, 4)),
            dlv(AUTO, 10000, MORE, **month(2024, 6)),
            dlv(AUTO, 20000, MORE, **month(2024, 10)),
            dlv(AUTO, 20000, MORE, **month(2024, 11)),
            goal(130000, **year(2024)),
            goal(120000, **year(2024)),
        ],
    ),
    article(
        "2025 review: Xiaomi's car business passes 400,000",
        YEAR_2025,
        D(2025, 12, 31),
        None,
        [
            dlv(AUTO, 410000, MORE, **year(2025)),
            dlv(AUTO, 75869, **quarter(2025, 1)),
            dlv(AUTO, 81302, **quarter(2025, 2)),
            dlv(AUTO, 108796, **quarter(2025, 3)),
            dlv(AUTO, 145000, MORE, **quarter(2025, 4)),
            dlv(AUTO, 50000, MORE, **month(2025, 12)),
            dlv(YU7, 150000, ABOUT, **year(2025)),
        ],
    ),
    # (5) recall and safety
    article(
        "Xiaomi recalls 41,527 YU7 SUVs over rear seat-belt fault",
        RECALL,
        D(2026, 2, 27),
        None,
        [dlv(YU7, 200000, MORE, **CUM)],
    ),
    article(
        "Xiaomi shares slide after fatal SU7 crash on expressway", CRASH, D(2025, 4, 1), None, []
    ),
    # (6) waiting times and backlogs
    article(
        "Xiaomi's YU7 buyers still face long waits as backlog tops 100,000",
        BACKLOG,
        D(2025, 10, 14),
        None,
        [
            orders("orders", YU7, 100000, qualifier=MORE, status="actual"),
            dlv(AUTO, 40000, MORE, **month(2025, 9)),
        ],
    ),
    article(
        "Waiting times for Xiaomi's SU7 shrink as plant expands",
        WAIT_FALL,
        D(2026, 3, 4),
        None,
        [
            dlv(AUTO, 35000, MORE, **month(2026, 2)),
            orders("orders", YU7, 60000, qualifier=ABOUT, status="forecast"),
        ],
    ),
    # (7) retail and staff
    article(
        "Xiaomi's car retail network reaches 450 stores",
        RETAIL,
        D(2026, 1, 15),
        None,
        [
            other("stores", 450),
            other("stores", 229),
            other("service centres", 220),
            other("stores", 600, status="target"),
            staff(5000, MORE),
        ],
    ),
    article(
        "Xiaomi to hire thousands more for car unit as it plans Europe launch",
        STAFF,
        D(2026, 6, 5),
        None,
        [
            staff(25000, ABOUT, status="actual"),
            staff(6000, ABOUT, status="actual"),
            other("stores", 520),
        ],
    ),
    # (8) guidance
    article(
        "Xiaomi lifts 2025 EV delivery goal to 350,000 after strong start",
        GUIDE_RAISE,
        D(2025, 3, 18),
        None,
        [
            goal(300000, **year(2025)),
            goal(350000, **year(2025)),
            money("net_loss", 6.2e9, **year(2024)),
            money("revenue", 3.21e10, **year(2024)),
            margin(18.5, **year(2024)),
            dlv(AUTO, 69697, **quarter(2024, 4)),
        ],
    ),
    article(
        "Xiaomi targets 550,000 car deliveries in 2026 after beating last year's goal",
        GUIDE_2026,
        D(2026, 3, 24),
        None,
        [
            goal(550000, **year(2026)),
            dlv(AUTO, 411000, **year(2025)),
            money("revenue", 1.063e11, **year(2025)),
            op_profit(2.1e9, **year(2025)),
        ],
    ),
    article(
        "Xiaomi trims 2026 delivery goal after soft first half",
        GUIDE_CUT,
        D(2026, 8, 19),
        None,
        [
            goal(500000, **year(2026)),
            goal(550000, **year(2026)),
            dlv(AUTO, 232150, **half(2026, 1)),
            dlv(AUTO, 121400, **quarter(2026, 2)),
            money("revenue", 3.02e10, **quarter(2026, 2)),
        ],
    ),
    # (9) abbreviations
    article(
        "Xiaomi EV deliveries top 40k in Nov; YTD 360k+",
        HEAD_K,
        D(2025, 12, 1),
        None,
        [
            dlv(AUTO, 40000, MORE, **month(2025, 11)),
            dlv(AUTO, 360000, MORE, **first_months(2025, 11)),
            goal(350000, **year(2025)),
            price(AUTO, 255000, qualifier=ABOUT),
        ],
    ),
    article(
        "Xiaomi 3Q25 results: key slides",
        DECK,
        D(2025, 11, 18),
        None,
        [
            dlv(AUTO, 108800, **quarter(2025, 3)),
            money("revenue", 2.9e10, **quarter(2025, 3)),
            margin(25.5, **quarter(2025, 3)),
            op_profit(7e8, **quarter(2025, 3)),
            goal(350000, **year(2025)),
            ev(GROUP, metric="revenue", value=1.131e11, **quarter(2025, 3)),
        ],
    ),
    article(
        "Xiaomi to invest RMB10bn (US$1.4bn) in third Beijing car plant phase",
        USD_INVEST,
        D(2026, 11, 9),
        None,
        [
            money("investment", 1e10, status="target"),
            dlv(AUTO, 1000000, MORE, **CUM),
            cap(150000, qualifier=ABOUT),
        ],
    ),
    # (10) negatives
    article(
        "Xiaomi's smartphone shipments rise as smart-home sales hit record",
        NEG_PHONE,
        D(2025, 11, 18),
        None,
        [],
    ),
    article(
        "Leapmotor posts record December, overtaking Xiaomi and Xpeng",
        NEG_RIVAL,
        D(2026, 1, 1),
        None,
        [],
    ),
    article(
        "Xiaomi SU7 Ultra sets Nurburgring record; shares jump", NEG_LAP, D(2026, 6, 10), None, []
    ),
]


@run(CASES)
def test_roundups_notes_faqs(
    title: str, body: str, published: dt.date, lang: str | None, want: list[Any]
) -> None:
    check_article(title, body, published, lang, want)
