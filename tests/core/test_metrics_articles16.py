"""Probes of the extractor on WHOLE ARTICLES, sixteenth set (a), written without sight of the
devset, reusing the `article` / `check_article` helpers of test_metrics_articles9.py: 30 pages
(16 in English, 14 in Chinese, 150-400 words or the Chinese equivalent; a two-line 快讯 is short
by nature) as a web-page cleaner hands them over, with bylines, captions, share buttons, tags,
"Related" / 相关阅读 lines and disclaimers, in genres and phrasings the ninth to fifteenth sets
leave out: an earnings-call transcript with speaker labels ("Operator:", "Name -- Title:") and an
analyst quoting the consensus; figures spelled in words ("a quarter of a million", "forty
thousand", 四万辆, 二十五万辆); three models' figures in one sentence joined by "respectively" /
分别为; an opinion column whose hypotheticals and conditionals ("if Xiaomi sells ...", 如果,
假设, 倘若) give nothing; a monthly figure revised up (the superseded one is no event); weekly
insurance registrations told by date ranges ("Nov. 17-23", 12月8日-12月14日) with a month-to-date
total (cumulative from the 1st); a buyer's guide to trims (a price difference, an option's price
and specs are no events); a month-end scoreboard of start-ups with Nov | Oct | YTD cells where
only Xiaomi's row counts; a Hong Kong exchange voluntary announcement and a 港交所公告 with a
flattened 人民币百万元 table (a year-earlier column is that quarter's figure; an operating loss in
brackets is net_loss); a press release in the company's own voice with forward-looking
boilerplate; a logistics story with a single day's handovers (a `day`); a factory profile with
shifts, takt time and robots (no events) beside output; a live blog of the SU7 Ultra launch; a
Lei Jun livestream Q&A (问 / 雷军); a supplier story; a 财报解读 with 环比/同比; and three
negative pages (a share-price story in each language, a rival's results) with tempting
numbers. The publication dates run from 2024 to 2026, with "last month", "this year", 上月,
今年前三季度 and 截至 to resolve.

Every page is written for this file, in our own words; figures are close to those reported for
Xiaomi's car business or made up to be plausible. The expected list was decided before the
extractor ran: one event per distinct figure, in the order of the text. Conventions as in
test_metrics_review8.py and test_metrics_articles9.py to _articles15.py: a finished month of an
actual runs first to last day, as_of its last day; a year to date is cumulative from January 1;
a total since launch is cumulative (to a stated day: that day as as_of); a week of insurance
registrations is a `week` of deliveries; a launch window is `window`; a capacity is a rate, a
planned one a target; a price has no period (an average price keeps its quarter); an operating
profit and a gross margin are `other`, an operating loss or an adjusted net loss is net_loss;
the group's revenue is the group's; a consensus or broker estimate is a forecast; "expects to" /
有望 / 会 is a forecast, "aims" / 目标 / 确保 / 冲刺 a target, both ends of a target raised "from X to
Y" are events. A rival's, the market's, a supplier's, a logistics firm's or a phone figure, a
share price, a price target, a market value, a takt time, a robot count, a spec, a price
difference, a percent change, a fraction, a remainder to a goal and a hypothetical are no
events. A target's as_of is not asserted. A plain case guards what holds; an
`xfail(strict=True)` case is a known miss whose reason says what it should give and what the
extractor gives.
"""

import datetime as dt
from typing import Any

from test_metrics_articles9 import article, check_article, orders, run
from test_metrics_articles10 import made, staff
from test_metrics_articles12 import month_span, running
from test_metrics_articles13 import wk
from test_metrics_articles14 import ultra_goal
from test_metrics_articles15 import op_profit
from test_metrics_review import ev
from test_metrics_review8 import (
    ABOUT,
    AUTO,
    GROUP,
    MORE,
    SU7,
    ULTRA,
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


def day(d: dt.date) -> dict[str, Any]:
    return {"period_kind": "day", "period_start": d, "period_end": d}


def month_to(y: int, m: int, d: int) -> dict[str, Any]:
    """From the first of a month to a stated day: a running total within the month."""
    return {"period_kind": "cumulative", "period_start": D(y, m, 1), "period_end": D(y, m, d)}


def margin(value: float, **fields: Any) -> dict[str, Any]:
    return other("gross margin", value, **fields)


# --- English ---------------------------------------------------------------------------------

EN_TRANSCRIPT = """Xiaomi Corp (1810.HK) Q3 2025 Earnings Call Transcript (excerpt)

Transcript Desk | Nov 19, 2025 | 9 min read

Operator: Good evening, and welcome to Xiaomi Corporation's third-quarter 2025 results \
conference call. All participants are in listen-only mode. I would now like to hand the \
conference over to the company's chief financial officer.

Alain Lam -- Chief Financial Officer: Thank you, operator. Revenue from our smart EV, AI and \
other new initiatives segment was RMB29.0 billion in the third quarter. We delivered 108,796 \
vehicles in the quarter, and the segment's gross margin was 25.5%.

Alain Lam -- Chief Financial Officer: The segment recorded an operating profit of RMB0.7 \
billion, our first quarterly profit in the car business.

Operator: Our first question comes from the line of an analyst at a US bank. Please go ahead.

Analyst: Thank you. Could you talk about the fourth quarter? Consensus has you at around \
140,000 deliveries.

Lu Weibing -- President: We don't comment on consensus. What I can say is that we are \
confident of beating our full-year target of 350,000 vehicles.

Operator: Next question, please.

Analyst: On capacity. How many cars can the Beijing plant make now?

Lu Weibing -- President: With phase two in full production, annual capacity is about 300,000 \
units, and phase three is under construction.

Operator: That concludes today's conference call. Thank you for participating.

This transcript may not be 100 percent accurate and may contain misspellings and other \
inaccuracies. It is provided "as is" without express or implied warranties of any kind.

Share: X | LinkedIn | Email
"""

EN_WORDS = """By Motoring Correspondent | 2 October 2025 | 4 min read

Tags: Xiaomi, EV, deliveries

Eighteen months after its first car left the factory gate, Xiaomi has crossed another line: \
the company said on Wednesday it delivered more than forty thousand vehicles in September, the \
first time it has done so in a single month.

That brings its tally since launch to almost four hundred thousand cars. In the first nine \
months of this year alone, it handed over more than a quarter of a million, against a full-year \
target of three hundred and fifty thousand. In 2024, its first year of sales, Xiaomi delivered \
a little over one hundred and thirty-five thousand SU7 sedans.

The YU7 sport utility vehicle, launched at the end of June, made up roughly half of \
September's deliveries, according to people who have seen the figures. Buyers who ordered one \
in the summer are still being quoted waits of several months.

"Two years ago people told us nobody would buy a car from a phone company," founder Lei Jun \
wrote on Weibo. "Thank you to every one of you."

Caption: YU7 SUVs awaiting delivery in Beijing. Photo: Xiaomi

Related: Xiaomi's Beijing plant enters full production | Why the YU7 wait is so long
Share this story
"""

EN_RESPECTIVELY = """By EV Desk | December 1, 2025 | 3 min read

Xiaomi delivered more than 40,000 vehicles in November, the company said on Monday, the third \
month in a row above that level.

The SU7, the SU7 Ultra and the YU7 accounted for about 12,000, 1,000 and 27,000 of November's \
deliveries respectively, according to figures Xiaomi shared with its stores. The three models \
start at 215,900 yuan, 529,900 yuan and 253,500 yuan respectively.

Since their launches, the SU7 and the YU7 have passed 300,000 and 150,000 deliveries \
respectively, Xiaomi said, making the sedan one of the best-selling electric cars in China \
priced above 200,000 yuan.

Rival Leapmotor delivered 70,327 cars in November, while XPeng handed over 36,728.

Photo: An SU7 Ultra at a Xiaomi store in Shenzhen. Credit: EV Desk

Tags: Xiaomi, SU7, YU7, deliveries
Related: XPeng's November deliveries fall from October record
About the author: EV Desk covers China's electric-car industry from Beijing and Shanghai. Send \
tips through our contact page.
"""

EN_OPINION = """OPINION | Columnist | September 15, 2025

The numbers behind Xiaomi's car dream don't add up yet

The views expressed here are the author's own.

Suppose Xiaomi sells 400,000 cars this year. At an average price of 250,000 yuan, that would be \
100 billion yuan of revenue, more than a quarter of the group's sales. If the YU7 settles at \
30,000 a month, the Beijing plant would be full by the spring, and a third phase would be \
needed just to keep waiting times below six months.

Now the less rosy case. Were the price war to cut the average price by a tenth, every car would \
earn 25,000 yuan less. If sales then stalled at 30,000 a month, Xiaomi would have to choose \
between margins and volume.

What we actually know is more modest. Xiaomi delivered more than 30,000 cars in August, and its \
stated goal is 350,000 for the year. Everything else, including the 1 million a year Lei Jun is \
said to dream of, is a guess.

Investors pricing the car business as if it were already Tesla should remember that Tesla \
took a decade to sell its first million.

The writer is a former auto-industry analyst.

Comments (48) | Share | Save
"""

EN_REVISED = """By Auto Desk | February 3, 2026 | Updated 5 hours ago

Xiaomi on Tuesday revised up its January delivery figure, saying it had handed over more than \
37,000 vehicles in the month rather than the more than 30,000 it reported on Sunday. The \
company blamed the gap on late reporting from delivery centres in southern China.

The new figure makes January its best start to a year. In January 2025 it delivered more than \
20,000 cars.

Xiaomi aims to deliver 550,000 vehicles this year, after handing over more than 410,000 in \
2025. Purchases were pulled forward into December, before China halved a purchase-tax \
exemption on electric cars on January 1.

Editor's note: An earlier version of this story, based on the company's first statement, \
said Xiaomi delivered more than 30,000 vehicles in January.

Caption: Cars at a Xiaomi delivery centre in Beijing, January 2026.
Tags: Xiaomi, deliveries, correction
Read next: What the purchase-tax change means for buyers of electric cars
"""

EN_INSURANCE = """By Data Desk | November 25, 2025 | 3 min read

Weekly registrations: Xiaomi holds above 10,000 as YU7 keeps the lead

Xiaomi registered 10,100 vehicles in the week of Nov. 17-23, up from 9,600 in Nov. 10-16, \
according to insurance data compiled by a market research firm. The YU7 accounted for 6,900 of \
the total and the SU7 for 3,200.

Month to date, Nov. 1-23, Xiaomi's registrations reached 29,800, putting it on course for its \
third straight month above 40,000.

Tesla China registered 14,200 in Nov. 17-23 and Li Auto 7,900. BYD, which does not appear in \
the start-up table, registered 68,000.

How we count: Registrations are new insurance policies and roughly track retail deliveries. \
Figures are rounded to the nearest hundred.

Related: Xiaomi's October deliveries top 40,000 again
Share | Subscribe to the weekly data newsletter
About our data: we update this table every Tuesday morning, Beijing time. Send corrections \
to the data desk.
"""

EN_TRIMS = """Which Xiaomi YU7 should you buy? Standard vs Pro vs Max

By Buyer's Guide Team | July 10, 2025 | 6 min read

Xiaomi's first SUV comes in three versions. Here is what your money gets you.

Standard, 253,500 yuan: rear-wheel drive, 96.3 kWh battery, a claimed range of 835 km. For most \
families this is the one to buy.

Pro, 279,900 yuan: adds a second motor for all-wheel drive and costs 26,400 yuan more than the \
Standard. The range falls to 770 km.

Max, 329,900 yuan: 690 horsepower, 0-100 km/h in 3.23 seconds and a 760 km range. Fun, but \
50,000 yuan more than the Pro.

Options: the paint colours cost 3,000 yuan and a 21-inch wheel package 6,000 yuan.

Demand is not in doubt. Xiaomi says more than 240,000 orders were locked in the first 18 \
hours after the launch. The Tesla Model Y, the obvious alternative, starts at 263,500 yuan.

Our pick: the Standard, if you can live with the wait.

Prices are as listed on Xiaomi's website on July 9 and may change.
Related: YU7 vs Model Y: the spec sheet
"""

EN_SCOREBOARD = """China EV start-ups scoreboard: November 2025

By Data Desk | December 1, 2025

Every month we line up the deliveries of China's newer carmakers. Figures are as reported by \
each company; Xiaomi gives only thresholds.

Leapmotor | Nov: 70,327 | Oct: 70,289 | YTD: 536,132
Xiaomi | Nov: >40,000 | Oct: >40,000 | YTD: >360,000
XPeng | Nov: 36,728 | Oct: 42,013 | YTD: 391,937
NIO | Nov: 36,275 | Oct: 40,397 | YTD: 278,203
Li Auto | Nov: 33,181 | Oct: 31,767 | YTD: 362,000

Xiaomi has now passed the 350,000 target it set for the year with a month to spare. Leapmotor \
remains the clear leader and XPeng slipped from its October record.

Methodology: YTD means January to November. Li Auto's year-to-date figure is rounded.

Related: Leapmotor's Lafa5 takes 10,000 orders in a week
Share this scoreboard
Sign up for our morning newsletter on China's car industry, delivered to your inbox every \
weekday.
"""

EN_HKEX = """XIAOMI CORPORATION
(Incorporated in the Cayman Islands with limited liability)
(Stock code: 1810)

VOLUNTARY ANNOUNCEMENT
BUSINESS UPDATE

This announcement is made by Xiaomi Corporation (the "Company", together with its \
subsidiaries, the "Group") on a voluntary basis to keep the shareholders of the Company and \
potential investors informed of the latest business development of the Group.

The board of directors of the Company (the "Board") is pleased to announce that, as of October \
31, 2025, the Group had delivered more than 400,000 new vehicles in aggregate. In October 2025, \
deliveries exceeded 40,000 units.

The Group expects to deliver more than 350,000 vehicles for the full year of 2025.

This announcement contains forward-looking statements that are subject to risks and \
uncertainties. Shareholders and potential investors are advised to exercise caution when \
dealing in the shares of the Company.

By order of the Board
Xiaomi Corporation
Lei Jun
Chairman

Hong Kong, November 1, 2025

As at the date of this announcement, the Board comprises Mr. Lei Jun as Chairman and executive \
director, Mr. Lin Bin as executive director, and three independent non-executive directors.
"""

EN_PRESS = """BEIJING, June 26, 2025 /PRNewswire/ -- Xiaomi Corporation ("Xiaomi" or the \
"Company") (HKEX: 1810) today announced the launch of the Xiaomi YU7, its first SUV, at its \
annual "Human x Car x Home" event.

The Xiaomi YU7 is available in three versions: Standard, priced at RMB253,500; Pro, priced at \
RMB279,900; and Max, priced at RMB329,900. Deliveries begin immediately.

The Company also announced that the Xiaomi SU7 had reached cumulative deliveries of more than \
258,000 units as of June 25, 2025.

"The YU7 is the car our users asked us to build," said Lei Jun, Founder, Chairman and CEO of \
Xiaomi.

About Xiaomi Corporation
Xiaomi Corporation was founded in April 2010 and listed on the Main Board of the Hong Kong \
Stock Exchange on July 9, 2018. Xiaomi is a consumer electronics and smart manufacturing \
company with smartphones and smart hardware connected by an IoT platform at its core. It was \
named to the Fortune Global 500 for the fifth time in 2024.

Forward-Looking Statements
This press release contains forward-looking statements. Actual results may differ materially \
from those anticipated. The Company undertakes no obligation to update any forward-looking \
statement, except as required under applicable law.

Media contact: press@example.com
"""

EN_LOGISTICS = """By Supply Chain Reporter | August 14, 2024 | 5 min read

Tags: logistics, Xiaomi, rail

BEIJING - Twice a week a 40-wagon train leaves a freight yard south of Beijing carrying about \
240 new Xiaomi SU7 sedans to Guangzhou, Chengdu and Shanghai, part of a logistics push that has \
cut delivery times for the carmaker's first model.

The train operator, a state-owned logistics group, moved 1.2 million vehicles by rail in the \
first half, up 18% from a year earlier, and plans to add 300 car-carrying wagons this year.

Xiaomi delivered more than 10,000 SU7s in July, and its delivery centres handed over more than \
2,000 cars on Sunday, Aug. 11, a one-day record, the company said. It aims to deliver 120,000 \
vehicles this year.

Road haulage remains the backbone: a double-deck truck carries eight cars, and the trip from \
Beijing to Shanghai takes two days.

Caption: SU7s being loaded onto rail wagons in Beijing. Photo: Supply Chain Reporter

Related: Why China's carmakers are turning to rail
Share | Print
"""

EN_FACTORY = """Inside Xiaomi's Beijing plant: a car every 76 seconds

By Industry Reporter | March 10, 2026 | 7 min read

BEIJING - The final-assembly line at Xiaomi's Yizhuang plant never quite stops. Two ten-hour \
shifts keep it running, and a finished car rolls off every 76 seconds, according to the plant \
manager.

More than 700 robots do the welding, painting and much of the assembly, and a 9,100-tonne \
die-casting machine presses the rear underbody in one piece. About 5,000 people work at the \
plant.

The two phases built so far have an annual capacity of 300,000 vehicles, and a third phase \
with 150,000 units a year is due later this year.

The plant produced more than 40,000 vehicles last month, Xiaomi said, despite the Lunar New \
Year holiday. Deliveries last month were more than 38,000.

"Takt time is the number I look at every morning," the plant manager said.

Caption: Robots on the body-in-white line at the Yizhuang plant. Photo: Xiaomi

Related: How Xiaomi learned to build cars in three years
Tags: Xiaomi, factory, manufacturing
"""

EN_LIVE_ULTRA = """LIVE: Xiaomi SU7 Ultra launch - price, orders and everything else

By Live Team | Last updated February 27, 2025, 23:05 CST

19:00 — Welcome to our live coverage. Lei Jun is about to take the stage in Beijing.

19:40 — Lei opens with a recap: Xiaomi delivered more than 20,000 cars in January, and the \
SU7 Ultra prototype has already set a lap record at the Nurburgring.

20:41 — Price confirmed: 529,900 yuan, far below the pre-sale price. The crowd roars.

20:43 — Orders open in the Xiaomi app.

20:45 — Lei on Weibo: 6,900 big orders in 2 minutes.

22:50 — More than 10,000 big orders in under two hours. Xiaomi had set a target of 10,000 \
Ultras for the whole of 2025.

23:05 — That's all from us tonight. Thanks for following.

Tags: Xiaomi, SU7 Ultra, live
Related: SU7 Ultra vs Porsche Taycan Turbo GT: the numbers
"""

EN_NEG_SHARES = """Xiaomi shares slide to seven-month low as memory costs bite

By Markets Reporter | January 6, 2026 | 3 min read

HONG KONG - Shares of Xiaomi fell 4.1% to HK$37.20 on Tuesday, their lowest since June, \
wiping about HK$40 billion off its market value, which now stands at about HK$960 billion.

The stock has fallen 39% from its June peak of HK$61.45. Short interest has risen to 2.1% of \
the free float, exchange data show.

Analysts at one US bank cut their price target to HK$48 from HK$55, citing rising memory-chip \
prices. In sum-of-the-parts models, the car business accounts for about a quarter of the \
group's value, or some HK$200 billion, the bank said.

Turnover reached HK$11.3 billion, making Xiaomi the most traded stock on the exchange. The \
Hang Seng Index rose 0.4%.

Disclaimer: This article is for information only and does not constitute investment advice.
Ticker: 1810.HK -4.1% | 9868.HK +1.2% | 2015.HK -0.3%
Related: Why memory prices matter for phone makers
"""

EN_NEG_RIVAL = """NIO narrows loss as deliveries hit record in third quarter

By EV Desk | November 25, 2025 | 4 min read

NIO Inc said on Tuesday its third-quarter net loss narrowed to 3.5 billion yuan, as deliveries \
rose 40.8% from a year earlier to a record 87,071 vehicles.

Revenue was 21.8 billion yuan and the vehicle margin was 14.7%. NIO expects to deliver between \
120,000 and 125,000 vehicles in the fourth quarter.

Founder William Li said the company aimed to break even in the fourth quarter, helped by its \
cheaper Onvo L90 and the ES8 SUV, which compete with Xiaomi's YU7 and Li Auto's i8.

Rivals such as Xiaomi and Leapmotor have been gaining share in the premium segment, and NIO's \
shares have lagged those of Xiaomi this year.

Caption: An ES8 at a NIO House in Shanghai.
Tags: NIO, earnings
Related: Xiaomi YU7 vs Onvo L90: which family SUV?
"""

EN_Q1_2026 = """By Auto Desk | April 1, 2026 | 3 min read

BEIJING, April 1 - Xiaomi delivered more than 41,000 cars in March, bringing its deliveries for \
the quarter just ended to more than 110,000, the company said on Wednesday.

That compares with more than 75,000 in the first quarter of last year, when the SU7 was its \
only model. The YU7 SUV and the refreshed SU7 have since pushed the company up the start-up \
rankings.

Xiaomi expects deliveries to exceed 50,000 this month, when the third phase of its Beijing \
plant starts production. It aims to deliver 550,000 cars this year.

Leapmotor, the start-up leader, delivered 61,200 vehicles in March.

Photo: A refreshed SU7 at a Xiaomi store in Beijing, March 2026. Credit: Auto Desk
Share: Facebook | X | Email
Related: Xiaomi's third phase: what we know
About the author: Auto Desk reports on China's carmakers and the companies that supply them \
from Beijing.
"""

ENGLISH = [
    article(
        "Xiaomi Q3 2025 earnings call transcript",
        EN_TRANSCRIPT,
        D(2025, 11, 19),
        None,
        [
            money("revenue", 2.9e10, **quarter(2025, 3)),
            dlv(AUTO, 108796, **quarter(2025, 3)),
            margin(25.5, **quarter(2025, 3)),
            op_profit(7e8, **quarter(2025, 3)),
            fcst(AUTO, 140000, ABOUT, **quarter(2025, 4)),
            goal(350000, **year(2025)),
            cap(300000, qualifier=ABOUT),
        ],
    ),
    article(
        "Xiaomi tops forty thousand cars in a month for the first time",
        EN_WORDS,
        D(2025, 10, 2),
        None,
        [
            dlv(AUTO, 40000, MORE, **month(2025, 9)),
            running(AUTO, 400000, ABOUT),
            dlv(AUTO, 250000, MORE, **first_months(2025, 9)),
            goal(350000, **year(2025)),
            dlv(SU7, 135000, MORE, **year(2024)),
        ],
    ),
    article(
        "Xiaomi's November: YU7 carries the load as deliveries stay above 40,000",
        EN_RESPECTIVELY,
        D(2025, 12, 1),
        None,
        [
            dlv(AUTO, 40000, MORE, **month(2025, 11)),
            dlv(SU7, 12000, ABOUT, **month(2025, 11)),
            dlv(ULTRA, 1000, ABOUT, **month(2025, 11)),
            dlv(YU7, 27000, ABOUT, **month(2025, 11)),
            price(SU7, 215900),
            price(ULTRA, 529900),
            price(YU7, 253500),
            running(SU7, 300000, MORE),
            running(YU7, 150000, MORE),
        ],
    ),
    article(
        "Opinion: The numbers behind Xiaomi's car dream don't add up yet",
        EN_OPINION,
        D(2025, 9, 15),
        None,
        [dlv(AUTO, 30000, MORE, **month(2025, 8)), goal(350000, **year(2025))],
    ),
    article(
        "Xiaomi revises January deliveries up to more than 37,000",
        EN_REVISED,
        D(2026, 2, 3),
        None,
        [
            dlv(AUTO, 37000, MORE, **month(2026, 1)),
            dlv(AUTO, 20000, MORE, **month(2025, 1)),
            goal(550000, **year(2026)),
            dlv(AUTO, 410000, MORE, **year(2025)),
        ],
    ),
    article(
        "Weekly registrations: Xiaomi holds above 10,000",
        EN_INSURANCE,
        D(2025, 11, 25),
        None,
        [
            dlv(AUTO, 10100, **wk(2025, 11, 17)),
            dlv(AUTO, 9600, **wk(2025, 11, 10)),
            dlv(YU7, 6900, **wk(2025, 11, 17)),
            dlv(SU7, 3200, **wk(2025, 11, 17)),
            dlv(AUTO, 29800, **month_to(2025, 11, 23)),
        ],
    ),
    article(
        "Which Xiaomi YU7 should you buy? Standard vs Pro vs Max",
        EN_TRIMS,
        D(2025, 7, 10),
        None,
        [
            price(YU7, 253500),
            price(YU7, 279900),
            price(YU7, 329900),
            orders("locked_orders", YU7, 240000, qualifier=MORE, **WINDOW),
        ],
    ),
    article(
        "China EV start-ups scoreboard: November 2025",
        EN_SCOREBOARD,
        D(2025, 12, 1),
        None,
        [
            dlv(AUTO, 40000, MORE, **month(2025, 11)),
            dlv(AUTO, 40000, MORE, **month(2025, 10)),
            dlv(AUTO, 360000, MORE, **first_months(2025, 11)),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "Xiaomi Corporation: Voluntary announcement - business update",
        EN_HKEX,
        D(2025, 11, 1),
        None,
        [
            dlv(AUTO, 400000, MORE, **total_to(D(2025, 10, 31))),
            dlv(AUTO, 40000, MORE, **month(2025, 10)),
            fcst(AUTO, 350000, MORE, **year(2025)),
        ],
    ),
    article(
        "Xiaomi Launches Xiaomi YU7, Its First SUV",
        EN_PRESS,
        D(2025, 6, 27),
        None,
        [
            price(YU7, 253500),
            price(YU7, 279900),
            price(YU7, 329900),
            dlv(SU7, 258000, MORE, **total_to(D(2025, 6, 25))),
        ],
    ),
    article(
        "By rail to Guangzhou: how Xiaomi gets its SU7s to buyers",
        EN_LOGISTICS,
        D(2024, 8, 14),
        None,
        [
            dlv(SU7, 10000, MORE, **month(2024, 7)),
            dlv(AUTO, 2000, MORE, **day(D(2024, 8, 11))),
            goal(120000, **year(2024)),
        ],
    ),
    article(
        "Inside Xiaomi's Beijing plant: a car every 76 seconds",
        EN_FACTORY,
        D(2026, 3, 10),
        None,
        [
            staff(5000, ABOUT),
            cap(300000),
            cap(150000, status="target"),
            made(40000, MORE, **month(2026, 2)),
            dlv(AUTO, 38000, MORE, **month(2026, 2)),
        ],
    ),
    article(
        "LIVE: Xiaomi SU7 Ultra launch - price, orders and everything else",
        EN_LIVE_ULTRA,
        D(2025, 2, 27),
        None,
        [
            dlv(AUTO, 20000, MORE, **month(2025, 1)),
            price(ULTRA, 529900),
            orders("orders", ULTRA, 6900, **WINDOW),
            orders("orders", ULTRA, 10000, qualifier=MORE, **WINDOW),
            ultra_goal(10000, **year(2025)),
        ],
    ),
    article(
        "Xiaomi shares slide to seven-month low as memory costs bite",
        EN_NEG_SHARES,
        D(2026, 1, 6),
        None,
        [],
    ),
    article(
        "NIO narrows loss as deliveries hit record in third quarter",
        EN_NEG_RIVAL,
        D(2025, 11, 25),
        None,
        [],
    ),
    article(
        "Xiaomi's first-quarter deliveries top 110,000",
        EN_Q1_2026,
        D(2026, 4, 1),
        None,
        [
            dlv(AUTO, 41000, MORE, **month(2026, 3)),
            dlv(AUTO, 110000, MORE, **quarter(2026, 1)),
            dlv(AUTO, 75000, MORE, **quarter(2025, 1)),
            fcst(AUTO, 50000, MORE, **month_span(2026, 4)),
            goal(550000, **year(2026)),
        ],
    ),
]


@run(ENGLISH)
def test_english_articles(
    title: str, body: str, published: dt.date, lang: str | None, want: list[dict[str, Any]]
) -> None:
    check_article(title, body, published, lang, want)  # type: ignore[arg-type]


# --- Chinese ---------------------------------------------------------------------------------

ZH_FLASH = """【快讯】小米汽车：11月交付量继续超过4万辆
财联社12月1日电，小米汽车官方宣布，11月交付量继续超过4万辆；今年1-11月累计交付已超36万辆，提前完成全年35万辆交付目标。
"""

ZH_RESULTS = """来源：证券时报网 作者：周敏 2025-08-20 07:30

小米集团8月19日晚发布2025年第二季度业绩。财报显示，二季度集团总收入为1160亿元，同比增长30.5%，连续三个季度突破千亿元。

汽车业务方面，二季度小米智能电动汽车及AI等创新业务分部收入为213亿元，环比增长14.0%，同比增长233.6%。二季度共交付新车81302辆，\
环比增长7.2%；平均售价为253662元。

盈利能力继续改善。该分部毛利率为26.4%，环比提升3.2个百分点；经营亏损收窄至3亿元，上一季度为5亿元。

今年上半年，小米汽车累计交付15.7万辆。卢伟冰在业绩会上表示，全年35万辆的交付目标保持不变。

【解读】分析人士认为，随着YU7放量，汽车业务有望在下半年实现单季盈利。

风险提示：本文不构成投资建议。股市有风险，投资需谨慎。

相关阅读：小米YU7上市18小时锁单24万辆
"""

ZH_LIVESTREAM = """来源：新浪科技 2024-11-19 22:40

11月19日晚，小米集团创始人雷军在三季度财报发布后开启直播，回答网友和记者关心的问题。以下为部分问答实录（有删节）：

问：三季度汽车业务的情况如何？
雷军：三季度我们交付了39790台车，汽车业务收入97亿元，毛利率17.1%，这个成绩我们自己也没想到。

问：全年目标会不会再调整？
雷军：我们把今年的交付目标从12万台上调到13万台。10月份交付已经超过2万台，11月也会超过2万台。

问：大家关心汽车业务什么时候赚钱。
雷军：坦率地讲，现在还在亏，三季度经调整净亏损约15亿元。如果明年能卖到30万台，情况会好很多。

问：第10万台车什么时候下线？
雷军：就在这几天，请大家期待。

（本文根据直播内容整理，未经本人审阅）

点赞 收藏 分享
"""

ZH_FILING = """小米集团-W（01810.HK）公布截至2025年9月30日止三个月业绩 智能电动汽车分部录得经营利润

来源：港股公告速递 2025-11-18 17:10

小米集团-W（01810.HK）公布，截至2025年9月30日止三个月，智能电动汽车及AI等创新业务分部交付新车108,796辆，分部毛利率为25.5%。

分部业绩摘要（人民币百万元）
截至9月30日止三个月 | 2025年 | 2024年
分部收入 | 29,008.5 | 9,734.1
经营利润/（亏损） | 700.0 | (1,535.9)

公告显示，每股基本盈利港币0.43元。小米集团当日收市报港币41.90元，跌0.2%。

免责声明：本页内容仅供参考，不构成任何投资建议。
"""

ZH_WORDS = """来源：汽车之友 作者：韩雪 2025-10-02

九月，小米汽车的交付量首次突破四万辆。这家从手机起家的车企，用了一年半时间走到了这一步。

据小米汽车官方数据，今年前三季度，小米汽车累计交付超过二十五万辆，距离全年三十五万辆的目标仅剩十万辆左右。自二〇二四年三月上市以来，\
小米汽车累计交付已近四十万辆。

今年六月，小米YU7上市三分钟大定即达二十万辆，成为小米汽车增长的主要动力。

“两年前，很多人说没人会买手机公司造的车。”雷军在微博上写道。

（图：小米汽车北京交付中心）

标签：小米汽车 交付量 YU7
相关阅读：小米汽车工厂二期全面投产
"""

ZH_RESPECTIVELY = """来源：懂车帝 2025-12-02 09:15

小米汽车官方12月1日公布，11月交付量超过4万辆，连续第三个月保持在4万辆以上。

据接近小米门店的人士透露，11月小米SU7、SU7 Ultra和YU7的交付量分别约为1.2万辆、1000辆和2.7万辆。三款车型的起售价分别为21.59万元、\
52.99万元和25.35万元。

截至11月底，小米SU7和YU7的累计交付量分别突破30万辆和15万辆。

同期，零跑汽车交付70327辆，小鹏汽车交付36728辆。

（图：小米SU7 Ultra 来源：小米汽车）

分享：微信 | 微博 | 复制链接
"""

ZH_SCOREBOARD = """来源：车市观察 2026-03-02 10:05

新势力2月成绩单：春节月份整体回落

受春节假期影响，2月新势力品牌交付量普遍环比下滑。具体排名如下：

第一名：零跑汽车，交付51230辆；
第二名：小米汽车，交付超过3万辆；
第三名：小鹏汽车，交付28110辆；
第四名：理想汽车，交付26045辆；
第五名：蔚来公司，交付21850辆。

小米汽车上月（1月）交付量超过4万辆。今年1-2月，小米汽车累计交付已超过7万辆。

业内人士预计，3月新势力交付量将全面回升。

（数据来源：各公司官方公告）
相关阅读：2026年新势力销量目标汇总
"""

ZH_INSURANCE = """汽车数据周报 第50期 2025-12-16

12月8日-12月14日，小米汽车上险量为1.12万辆，较上周（12月1日-12月7日）的1.05万辆增长6.7%。其中，YU7上险7400辆，SU7上险3600辆。

12月1日-14日，小米汽车累计上险2.17万辆。

同期，特斯拉中国上险1.58万辆，理想汽车上险8200辆，问界上险1.21万辆。

说明：上险量为新车交强险登记数据，数据四舍五入至百位，仅供参考。

相关阅读：11月新势力交付榜：小米连续三月破4万
"""

ZH_OPINION = """评论｜小米汽车的账，还没算完

作者：独立评论员 2026-01-12

本文仅代表作者个人观点。

如果小米今年卖出55万辆车，按每辆25万元的均价计算，汽车业务收入将接近1400亿元。假设YU7的月销量稳定在3万辆，北京工厂三期投产前，\
产能就会捉襟见肘。

倘若价格战让均价下降一成，每辆车的利润就会少2.5万元；一旦月销量停滞在3万辆，小米就不得不在利润和规模之间做出选择。

真正确定的数字并不多：小米汽车2025年全年交付超过41万辆，今年的目标是55万辆。特斯拉去年在中国卖出了62.6万辆。

资本市场不妨耐心一点。

评论 128 | 分享 | 收藏
"""

ZH_FACTORY = """探访小米汽车工厂：76秒下线一台车

来源：北京商报 记者：李想 2024-06-14

走进位于北京亦庄的小米汽车工厂，700多台机器人正在焊装车间有条不紊地工作。工厂实行两班倒，平均每76秒就有一台小米SU7下线。

工厂负责人介绍，一期工厂年产能15万辆。为缩短用户等待时间，目前已开启双班生产。小米汽车5月交付量超过8000辆，6月交付目标超过1万辆。

雷军此前表示，今年确保交付10万台，冲刺12万台。

压铸车间里，一台9100吨的超大压铸机正在运转，一体化后地板一次成型。

（图：小米汽车工厂总装车间 北京商报记者 摄）

【责任编辑：王静】
"""

ZH_SUPPLIER = """来源：第一财经 2025-09-10 14:20

作为小米汽车的核心底盘件供应商，某汽车零部件上市公司上半年营收达到128亿元，同比增长21%，其中来自小米的订单占比约一成。

公司在投资者关系活动中表示，正在为小米YU7的产能爬坡增加一条底盘件产线，预计年底前投产。公司上半年净利润13.2亿元。

小米汽车8月交付量超过3万辆，今年的交付目标为35万辆。公司董秘称，小米的订单“排到了明年”。

业内人士指出，新势力车企对供应商的账期普遍在60天以上。

免责声明：本文仅供参考，不构成投资建议。
标签：汽车零部件 小米汽车 供应链
"""

ZH_REVISED = """来源：IT之家 2025-07-03 16:42

IT之家7月3日消息，小米汽车今日对6月交付数据进行了修正：此前公布为“超过2.5万辆”，经核实后上修为“超过2.7万辆”。

修正后，小米汽车今年上半年累计交付超过15.7万辆。

小米YU7于6月26日上市，7月交付量有望超过1万辆。

IT之家提醒：原文数据有误，已更正。

相关文章：
小米YU7上市18小时锁单24万辆
小米汽车工厂二期建成
"""

ZH_NEG_SHARES = """港股收评：恒指涨0.3% 小米集团跌4.5%

来源：智通财经 2025-11-19 16:15

11月19日，港股三大指数涨跌不一。截至收盘，恒生指数涨0.3%，恒生科技指数跌0.6%。

个股方面，小米集团跌4.5%，报港币39.20元，成交额达港币118亿元，总市值约港币1.02万亿元。南向资金全天净买入小米集团港币12亿元。

消息面上，小米集团前一日公布三季度业绩。多家机构维持买入评级，其中一家外资投行将目标价从港币62元下调至港币55元。

市场人士认为，存储芯片涨价对手机业务毛利率的影响是股价承压的主要原因。

风险提示：股市有风险，投资需谨慎。
"""

ZH_2024 = """来源：中国汽车报 2024-10-02 11:30

10月1日，小米汽车宣布，9月交付量超过1万辆，连续第三个月交付破万。小米汽车上月交付量也超过1万辆。

今年前三季度，小米汽车累计交付超过6.7万辆。小米汽车称，10月交付量有望超过2万辆，全年交付目标已上调至12万辆。

据了解，小米汽车北京工厂目前实行双班生产，SU7的等车时间已缩短至20-23周。

（图：小米汽车交付中心）

相关阅读：小米SU7 Ultra原型车亮相
"""

CHINESE = [
    article(
        "小米汽车：11月交付量继续超过4万辆",
        ZH_FLASH,
        D(2025, 12, 1),
        "zh",
        [
            dlv(AUTO, 40000, MORE, **month(2025, 11)),
            dlv(AUTO, 360000, MORE, **first_months(2025, 11)),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "财报解读｜小米汽车二季度交付8.1万辆 毛利率升至26.4%",
        ZH_RESULTS,
        D(2025, 8, 20),
        "zh",
        [
            ev(GROUP, metric="revenue", value=1.16e11, **quarter(2025, 2)),
            money("revenue", 2.13e10, **quarter(2025, 2)),
            dlv(AUTO, 81302, **quarter(2025, 2)),
            price(AUTO, 253662, **quarter(2025, 2)),
            margin(26.4, **quarter(2025, 2)),
            money("net_loss", 3e8, **quarter(2025, 2)),
            money("net_loss", 5e8, **quarter(2025, 1)),
            dlv(AUTO, 157000, **half(2025, 1)),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "雷军直播答问：今年交付目标上调至13万台",
        ZH_LIVESTREAM,
        D(2024, 11, 19),
        "zh",
        [
            dlv(AUTO, 39790, **quarter(2024, 3)),
            money("revenue", 9.7e9, **quarter(2024, 3)),
            margin(17.1, **quarter(2024, 3)),
            goal(120000, **year(2024)),
            goal(130000, **year(2024)),
            dlv(AUTO, 20000, MORE, **month(2024, 10)),
            fcst(AUTO, 20000, MORE, **month_span(2024, 11)),
            money("net_loss", 1.5e9, ABOUT, **quarter(2024, 3)),
        ],
    ),
    article(
        "小米集团-W（01810.HK）公布三季度业绩",
        ZH_FILING,
        D(2025, 11, 18),
        "zh",
        [
            dlv(AUTO, 108796, **quarter(2025, 3)),
            margin(25.5, **quarter(2025, 3)),
            money("revenue", 2.90085e10, **quarter(2025, 3)),
            money("revenue", 9.7341e9, **quarter(2024, 3)),
            op_profit(7e8, **quarter(2025, 3)),
            money("net_loss", 1.5359e9, **quarter(2024, 3)),
        ],
    ),
    article(
        "小米汽车九月交付首破四万辆",
        ZH_WORDS,
        D(2025, 10, 2),
        "zh",
        [
            dlv(AUTO, 40000, MORE, **month(2025, 9)),
            dlv(AUTO, 250000, MORE, **first_months(2025, 9)),
            goal(350000, **year(2025)),
            running(AUTO, 400000, ABOUT),
            orders("orders", YU7, 200000, **WINDOW),
        ],
    ),
    article(
        "小米汽车11月交付超4万辆 YU7贡献近七成",
        ZH_RESPECTIVELY,
        D(2025, 12, 2),
        "zh",
        [
            dlv(AUTO, 40000, MORE, **month(2025, 11)),
            dlv(SU7, 12000, ABOUT, **month(2025, 11)),
            dlv(ULTRA, 1000, ABOUT, **month(2025, 11)),
            dlv(YU7, 27000, ABOUT, **month(2025, 11)),
            price(SU7, 215900),
            price(ULTRA, 529900),
            price(YU7, 253500),
            dlv(SU7, 300000, MORE, **total_to(D(2025, 11, 30))),
            dlv(YU7, 150000, MORE, **total_to(D(2025, 11, 30))),
        ],
    ),
    article(
        "新势力2月成绩单：零跑第一 小米超3万辆",
        ZH_SCOREBOARD,
        D(2026, 3, 2),
        "zh",
        [
            dlv(AUTO, 30000, MORE, **month(2026, 2)),
            dlv(AUTO, 40000, MORE, **month(2026, 1)),
            dlv(AUTO, 70000, MORE, **first_months(2026, 2)),
        ],
    ),
    article(
        "第50周上险量：小米1.12万辆 环比增长6.7%",
        ZH_INSURANCE,
        D(2025, 12, 16),
        "zh",
        [
            dlv(AUTO, 11200, **wk(2025, 12, 8)),
            dlv(AUTO, 10500, **wk(2025, 12, 1)),
            dlv(YU7, 7400, **wk(2025, 12, 8)),
            dlv(SU7, 3600, **wk(2025, 12, 8)),
            dlv(AUTO, 21700, **month_to(2025, 12, 14)),
        ],
    ),
    article(
        "评论｜小米汽车的账，还没算完",
        ZH_OPINION,
        D(2026, 1, 12),
        "zh",
        [dlv(AUTO, 410000, MORE, **year(2025)), goal(550000, **year(2026))],
    ),
    article(
        "探访小米汽车工厂：76秒下线一台车",
        ZH_FACTORY,
        D(2024, 6, 14),
        "zh",
        [
            cap(150000),
            dlv(AUTO, 8000, MORE, **month(2024, 5)),
            goal(10000, MORE, **month_span(2024, 6)),
            goal(100000, **year(2024)),
            goal(120000, **year(2024)),
        ],
    ),
    article(
        "小米供应商上半年营收增两成 订单排到明年",
        ZH_SUPPLIER,
        D(2025, 9, 10),
        "zh",
        [dlv(AUTO, 30000, MORE, **month(2025, 8)), goal(350000, **year(2025))],
    ),
    article(
        "小米汽车上修6月交付数据：超过2.7万辆",
        ZH_REVISED,
        D(2025, 7, 3),
        "zh",
        [
            dlv(AUTO, 27000, MORE, **month(2025, 6)),
            dlv(AUTO, 157000, MORE, **half(2025, 1)),
            fcst(YU7, 10000, MORE, **month_span(2025, 7)),
        ],
    ),
    article(
        "港股收评：恒指涨0.3% 小米集团跌4.5%",
        ZH_NEG_SHARES,
        D(2025, 11, 19),
        "zh",
        [],
    ),
    article(
        "小米汽车9月交付破万 全年目标上调至12万辆",
        ZH_2024,
        D(2024, 10, 2),
        "zh",
        [
            dlv(AUTO, 10000, MORE, **month(2024, 9)),
            dlv(AUTO, 10000, MORE, **month(2024, 8)),
            dlv(AUTO, 67000, MORE, **first_months(2024, 9)),
            fcst(AUTO, 20000, MORE, **month_span(2024, 10)),
            goal(120000, **year(2024)),
        ],
    ),
]


@run(CHINESE)
def test_chinese_articles(
    title: str, body: str, published: dt.date, lang: str | None, want: list[dict[str, Any]]
) -> None:
    check_article(title, body, published, lang, want)  # type: ignore[arg-type]
