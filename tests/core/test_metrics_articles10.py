"""Probes of the extractor on WHOLE ARTICLES, tenth set (c), written without sight of the
devset, continuing test_metrics_articles9.py with the same structure: about 25 long pages
(250-700 words) as trafilatura returns them, with their dateline or byline and the noise a page
keeps (photo captions, "Read more" / 相关阅读 links with other stories' headlines, ticker lines,
author bios, disclaimers, reader comments, flattened tables, bullet lists, quotes).

Genres: a monthly-deliveries story with rivals' figures; quarterly results (segment revenue,
gross margin, the EV segment's loss, the quarter's deliveries, the full-year target); a launch
night (orders in minutes or hours, trims' prices); a plant and capacity feature; an analyst
note with forecasts and price targets; a crash or a recall that mentions sales in passing; a
year in review with many months; an interview with Lei Jun; a story with a corrected figure.
Ten in English, eight in Chinese (Simplified and Hong Kong Traditional), seven in German,
French, Spanish, Japanese, Korean, Portuguese and Russian. Some are passed without a
publication day (then every period names its year).

Every article is written for this file, in our own words; figures are close to those reported
for Xiaomi's car business or made up to be plausible. The expected list was decided before the
extractor ran: one event per distinct figure, in the order of the text. Conventions as in
test_metrics_review8.py and test_metrics_articles9.py: a finished month of an actual runs first
to last day, as_of its last day; a quarter or a half first to last day; a running total since
launch is cumulative; a launch window is `window`; a capacity or a pace is a rate; a price has
no period (an average price keeps its quarter); an operating loss is net_loss, an operating
profit, a gross margin and a store count are `other`; a rival's, the market's or a phone
figure, a share price, a price target, a recall count, a waiting time, a spec, a hypothetical
or a change told by its size is no event; a superseded figure named in a correction is no
event; a headline of another story in a "Read more" link is not this article's figure; a
target's as_of is not asserted. A plain case guards what holds; an `xfail(strict=True)` case is
a known miss whose reason says field by field what is missing, extra or wrong.
"""

import datetime as dt
from typing import Any

from test_metrics_articles9 import article, check_article, orders, run
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


def made(value: float, q: str = "exact", **fields: Any) -> dict[str, Any]:
    """Vehicles produced by the car business (actual)."""
    return ev(AUTO, metric="production", value=value, qualifier=q, status="actual", **fields)


def staff(value: float, q: str = "exact") -> dict[str, Any]:
    return ev(AUTO, metric="headcount", value=value, qualifier=q)


# --- English ---------------------------------------------------------------------------------

EN_DECEMBER = """By Auto Desk | January 1, 2026 3:18 PM GMT+8 | Updated an hour ago

BEIJING, Jan 1 - Xiaomi delivered more than 50,000 electric vehicles in December, a monthly \
record, bringing its deliveries for 2025 to more than 410,000 and comfortably past the 350,000 \
target it set in March.

The smartphone maker turned carmaker, which reports its monthly figures only as round \
thresholds, said demand for its YU7 sport utility vehicle and the refreshed SU7 sedan stayed \
strong heading into the new year, when China halves a purchase-tax exemption for electric cars.

Customers collect their Xiaomi YU7 SUVs at a delivery centre in Beijing, December 28, 2025. \
REUTERS/Staff

Rivals also closed the year with a flourish. Leapmotor delivered 60,423 vehicles in December, \
its tenth straight monthly record, while NIO handed over 48,135 and XPeng 37,508. Li Auto's \
deliveries fell 14% from a year earlier to 44,246.

BYD, the country's biggest automaker, sold 420,398 vehicles in the month and about 4.6 million \
in the year, short of a goal it had already trimmed once.

Xiaomi has not given a goal for 2026. Founder Lei Jun said on Weibo last month that the \
company would "set a new target at the start of the year" and that work on the third phase of \
its Beijing plant was ahead of schedule.

Read more:
Xiaomi's EV unit posts first quarterly operating profit
Leapmotor targets 1 million sales in 2026
BYD misses revised 2025 sales goal as exports soar

Analysts at Citi estimate Xiaomi will deliver about 550,000 cars in 2026, helped by a third \
model, a large extended-range SUV due in the summer.

The price war that dominated 2025 is far from over. Several brands offered five-year \
zero-interest loans in December to pull sales forward before the tax change.

Xiaomi shares closed down 1.3% at HK$39.04 on Wednesday, the last trading day of the year.
1810.HK -1.3%   2015.HK +0.6%   9866.HK -2.2%   9868.HK +0.4%

(Reporting by Auto Desk in Beijing and Shanghai; Editing by Jane Roe)

Our Standards: The Trust Principles."""

EN_Q2 = """Aug 19, 2025 - 6:40 PM HKT
By Mia Chan

HONG KONG - Xiaomi's electric vehicle business narrowed its losses sharply in the second \
quarter as deliveries of the SU7 sedan and the new SU7 Ultra climbed, putting the unit within \
sight of breaking even, the company said on Tuesday.

Revenue from smart EVs and AI and other new initiatives reached 21.3 billion yuan ($2.97 \
billion) in April-June, up from 18.6 billion yuan in the first quarter. Of that, 20.6 billion \
yuan came from selling cars.

The segment's operating loss shrank to 300 million yuan from 500 million yuan in the \
January-March period. Its gross margin improved to 26.4%, a level few Chinese carmakers reach \
and well above the 15.4% automotive margin Tesla reported for the same quarter.

Xiaomi handed over 81,302 cars in the quarter, and the average selling price rose to 253,662 \
yuan, helped by the pricier SU7 Ultra.

A Xiaomi SU7 Ultra is displayed at the company's flagship store in Shenzhen. Photo: Bloomberg

"We are confident of reaching our target of 350,000 deliveries this year," President Lu \
Weibing told analysts on a call, adding that the YU7, launched in late June, had a backlog \
that would keep the factory busy for months. He declined to say how many YU7 orders had been \
cancelled.

Xiaomi had 335 car stores in 58 cities at the end of June, the company said.

Group figures, second quarter
Revenue | RMB116.0bn | +30.5%
Adjusted net profit | RMB10.8bn | +75.4%
Smartphone shipments | 42.4 million | +0.6%

Memory chip prices are a growing worry. Lu said rising costs could squeeze phone margins in \
the second half, though the car business was less exposed.

This article is for information only and does not constitute investment advice.

Comments (4)
ev_bull: 26.4% margin on a car? Tesla must be nervous.
quietinvestor: Still a loss. Wake me up when it's a profit.
sz_driver: Waited 9 months for my SU7 Max. Good car, terrible wait."""

EN_ULTRA = """Xiaomi's SU7 Ultra takes 10,000 orders in two hours as price stuns rivals

By Kevin Li
February 28, 2025

BEIJING - Xiaomi's high-performance SU7 Ultra sedan received more than 10,000 firm orders \
within two hours of its launch on Thursday evening, founder Lei Jun said, after the company \
priced it at 529,900 yuan, far below what many fans had expected.

Within 24 hours, locked orders had passed 15,000, the company said on Friday.

Lei Jun unveils the SU7 Ultra in Beijing, February 27, 2025. Photo: Xiaomi

The car, a road-going version of a prototype that set a lap record at Germany's Nurburgring, \
has three motors producing 1,548 horsepower and goes from zero to 100 km/h in 1.98 seconds.

Xiaomi had opened pre-orders in October at a price of 814,900 yuan, so Thursday's figure \
amounted to a cut of more than a third. An optional track package costs another 100,000 \
yuan.

"I didn't dare to dream of this," Lei Jun wrote on Weibo shortly after the 10,000 mark was \
passed. He has set a goal of selling 10,000 SU7 Ultras in 2025.

The same evening Xiaomi launched its Xiaomi 15 Ultra smartphone, which starts at 6,499 yuan.

The standard SU7, which starts at 215,900 yuan, was Xiaomi's only model last year, and the \
company delivered more than 135,000 of them in 2024.

Porsche's Taycan Turbo GT, which the Ultra is pitched against, costs more than 2 million yuan \
in China.

Read more:
Xiaomi YU7 SUV to launch by mid-2025, Lei Jun says
Tesla cuts Model S price in China by 40,000 yuan

1810.HK HK$52.35 +4.1%

Kevin Li writes about cars and consumer technology from Beijing."""

EN_PLANT = """How Xiaomi squeezes more cars out of Yizhuang

By Sarah Lin in Beijing
10 November 2025

Two years ago the plot south of Beijing's fifth ring road was a field. Today Xiaomi's car \
plant rolls out a finished vehicle roughly every 76 seconds, and the company says it is still \
not fast enough.

The first phase, which started production in early 2024, was designed for 150,000 vehicles a \
year. A second phase, finished in June and given over largely to the YU7, doubled that to \
300,000.

Running double shifts with overtime, the two phases built about 42,000 cars in October, \
according to people familiar with the matter, above their nameplate rate.

Workers fit seats to YU7 SUVs on the assembly line at Xiaomi's plant in Beijing. \
Photo: Sarah Lin

Xiaomi bought the land for a third phase last year. Filings show it plans to invest about 3.2 \
billion yuan in the new buildings and lines.

The plant's most photographed machine is a 9,100-tonne die-casting press that makes the rear \
underbody in one piece. The site employs about 4,000 workers, most of them hired from \
established carmakers.

Phase | Opened | Annual capacity
Phase 1 | 2024 | 150,000
Phases 1 and 2 | 2025 | 300,000

"Every car we build is already sold," a plant manager said. Customers who ordered a YU7 in the \
summer still face waits of up to 40 weeks.

By comparison, Tesla's Shanghai factory can build more than 950,000 cars a year.

Related: BYD opens its first European factory in Hungary

Sarah Lin covers China's car industry. She previously reported on the battery supply chain \
for six years."""

EN_ANALYST = """Jefferies turns more bullish on Xiaomi's car arm, sees 2026 deliveries of 550,000

December 3, 2025 | Markets desk

Jefferies raised its forecast for Xiaomi's 2026 vehicle deliveries on Wednesday to 550,000, \
about 15% more than before, citing a faster-than-expected ramp-up of the YU7 and a planned \
third model.

"The order backlog and the third plant phase give us confidence," analysts at the brokerage \
wrote in a note to clients.

The brokerage kept its buy rating and lifted its 12-month price target on the stock to HK$62 \
from HK$58, implying 45% upside.

Key estimates (Jefferies)
2025E deliveries: 412,000
2026E EV revenue: RMB125bn
2026E EV gross margin: 24.0%

For the fourth quarter, Jefferies expects Xiaomi to deliver about 150,000 cars, a record, and \
the EV segment to post an operating profit of 1.5 billion yuan.

Other brokers are more cautious. Morgan Stanley expects 2026 deliveries of 480,000, citing \
the halving of the purchase-tax break and fiercer competition in SUVs.

Jefferies said the main risk to its view was the supply of memory chips, whose prices have \
soared as data centres for artificial intelligence compete for capacity. Carmakers use fewer \
chips than phone makers, but the brokerage said a shortage could delay the third model.

The note also flagged Xiaomi's plan to sell cars in Europe from 2027, which it described as \
"an option rather than a driver" of the investment case for now. Any move abroad would need a \
new plant or a partner, the analysts wrote, and neither has been announced.

Bears point to the YU7's shrinking waiting times as a sign that the backlog is being worked \
through faster than demand is refilling it.

Xiaomi itself reached its 2025 target of 350,000 deliveries in November.

Xiaomi shares rose 3.4% to HK$42.70 in Hong Kong.

Disclaimer: This content is for information only. The author holds no position in the \
securities mentioned."""

EN_CRASH = """Xiaomi shares slide after fatal SU7 crash on expressway

April 2, 2025

HONG KONG - Shares in Xiaomi fell as much as 5.5% on Wednesday after a fatal crash involving \
its SU7 sedan raised questions about its driver-assistance software.

The car was travelling at 116 km/h in assisted-driving mode on an expressway in Anhui \
province last Saturday when it struck a concrete barrier in a construction zone. Three people \
died.

Xiaomi said it was co-operating with police and had handed over the car's driving data. "We \
will not shy away from any question," founder Lei Jun wrote on Weibo.

Flowers laid at the crash site in Anhui province. Photo: Weibo

The accident comes at a delicate time. Xiaomi said on Tuesday it delivered more than 29,000 \
cars in March, a monthly record, and it is counting on the YU7 sport utility vehicle, due \
mid-year, to help reach its goal of 350,000 deliveries for 2025.

Since deliveries began in April last year, Xiaomi has handed over more than 200,000 SU7s.

In January the company recalled 30,931 SU7 cars to fix a parking-assist fault.

Read more:
China tightens rules on marketing of driver-assistance systems
Tesla recalls 1.2 million cars in China over software glitch

Police said the driver had taken over control about two seconds before the impact, after the \
system warned of an obstacle. Investigators are examining why the car did not slow earlier. \
Xiaomi has said it will publish more details once the police allow it to.

Analysts said the crash could hurt orders in the short term, as it did for other brands after \
high-profile accidents, but was unlikely to change the company's plans for the year.

Comments (212)
wangfei: The system should warn earlier than 2 seconds.
driver_x: 90% of drivers don't understand what L2 means."""

EN_REVIEW = """2025 in review: Xiaomi's first full year as a two-model carmaker

January 2, 2026 | By Data Team

Xiaomi began 2025 with one car and a goal of delivering 300,000 vehicles. In March, after a \
strong first quarter, it raised that goal to 350,000. It ended the year with two models, a \
second plant phase and deliveries of more than 410,000.

Month by month (company statements; Xiaomi gives thresholds, not exact figures):
- January: more than 20,000
- February: more than 20,000
- March: more than 29,000
- April: more than 28,000
- May: more than 28,000
- June: more than 25,000
- July: more than 30,000
- August: more than 30,000
- September: more than 40,000
- October: more than 40,000
- November: more than 40,000
- December: more than 50,000

The quarterly filings give exact numbers: 75,869 in the first quarter, 81,302 in the second \
and 108,796 in the third.

The year's turning point was June 26, when the YU7 went on sale and drew more than 240,000 \
locked orders within 18 hours. The spring was harder: a fatal crash in late March dented \
orders for the SU7 for several weeks.

The autumn brought the profits investors had been waiting for: in the third quarter the car \
business made its first operating profit. The price war, meanwhile, squeezed rivals that lacked \
Xiaomi's brand and retail network, and several smaller startups closed or sought buyers.

Lei Jun spent much of the year on the road, touring stores and posting videos of customer \
handovers. In interviews he said the company's biggest problem was not demand but supply.

A chart in the original page shows monthly deliveries; the figures are listed above.

What to watch in 2026: the third model, Europe, and whether Xiaomi can keep its margins as \
the purchase-tax break shrinks.

Data Team compiles figures from company statements and regulators."""

EN_INTERVIEW = """'We are still a startup': Lei Jun on cars, chips and waiting lists

In a rare long interview at Xiaomi's Beijing campus, the company's founder talked about the \
YU7's backlog, the lessons of the SU7 and why he still reads every complaint.

Q: The YU7 took 240,000 locked orders in 18 hours in June 2025. Were you ready for that?

Lei Jun: Honestly, no. We had planned for maybe a third of that. If every one of those \
customers wanted the car tomorrow, we would need a factory three times our size.

Q: How many cars will Xiaomi deliver in 2025?

Lei Jun: Our target for 2025 is 350,000, and I am confident we will beat it. In 2024 we \
delivered more than 135,000 cars, which was also above target.

Q: Is the car business making money?

Lei Jun: Not yet over a full year. In the second quarter of 2025 we lost about 300 million \
yuan on cars, and I think we will turn a profit soon.

Q: Apple gave up on its car after ten years. Why did you think you could do it?

Lei Jun: When we started in 2021 I said we would invest 10 billion US dollars over ten years. \
We will probably spend more than that. Tesla's Model Y is still the benchmark for us; it sold \
about 480,000 units in China in 2024, and we have a lot to learn.

Q: What keeps you awake?

Lei Jun: Safety. Every complaint reaches my desk.

This interview has been edited for length and clarity.

Lei Jun founded Xiaomi in 2010. He is its chairman and chief executive."""

EN_CORRECTED = """Xiaomi's June deliveries top 25,000 as YU7 rollout nears

By Priya Raman
July 1, 2025
CORRECTED

BEIJING - Xiaomi said on Tuesday it delivered more than 25,000 electric vehicles in June, \
slightly fewer than in May, as its factory switched part of its lines to prepare for the YU7 \
sport utility vehicle.

The company expects to start YU7 deliveries in July. The SUV, priced from 253,500 yuan, drew \
more than 240,000 locked orders within 18 hours of its launch on June 26.

In the first half of the year Xiaomi delivered more than 157,000 vehicles, about 45% of its \
full-year goal of 350,000.

A row of YU7 SUVs outside Xiaomi's Beijing plant. Photo: Priya Raman

Waiting times for the YU7 stretch to more than a year for some versions, according to the \
company's ordering app.

Analysts said the dip in June was expected. Part of the plant's second phase was being \
readied for the SUV, and the company had warned customers in May that some SU7 versions would \
take longer to arrive. Lei Jun has apologised repeatedly on social media for the waits and \
promised that the factory would run extra shifts in the second half.

The YU7 competes head on with Tesla's Model Y, China's best-selling SUV for several years, \
and with a string of new models from BYD, Geely and NIO's Onvo brand. Several of those rivals \
cut prices or offered cheap loans in June to defend their share.

Correction: An earlier version of this article misstated June deliveries as more than 30,000 \
and the YU7's starting price as 235,500 yuan.

Read more: NIO's Onvo L90 draws strong early orders

(Reporting by Priya Raman; Editing by Louise Heavens)"""

EN_UNDATED = """China's EV startups post November 2025 deliveries

Xiaomi said it delivered more than 40,000 vehicles in November 2025, its third straight month \
above that level, with the YU7 accounting for more than 25,000 of them.

The Beijing-based company, best known for its smartphones, gives its monthly figures as round \
thresholds. It has said the second phase of its factory is running at full speed and that \
waiting times for the YU7 have come down since the summer.

The company also said its 500,000th car rolled off the line in Beijing on November 25, 2025, \
about 20 months after the SU7 went on sale.

Here is how the other startups did in November 2025:

Brand | Deliveries | Change
Leapmotor | 70,327 | +75%
XPeng | 36,728 | +19%
NIO | 36,275 | +76%
Li Auto | 33,181 | -32%

Leapmotor has now delivered more than 500,000 cars this year. XPeng, which delivered 36,728, \
said it expects 2026 to be a "year of expansion" abroad.

A delivery centre of Xiaomi Auto. Photo: company handout

More on this topic: Li Auto's i6 deliveries delayed by battery shortage

Figures are company statements and may be revised.

Editor's note: This brief is updated as companies report. Some startups publish on the first \
day of the month, others a day or two later; insurance registration data, published weekly, \
often give an earlier picture of demand but are not directly comparable with deliveries."""


# the year in review's twelve monthly thresholds, January to December 2025
MONTHS_2025 = (20000, 20000, 29000, 28000, 28000, 25000, 30000, 30000, 40000, 40000, 40000, 50000)

ENGLISH = [
    article(
        "Xiaomi's December deliveries top 50,000, 2025 total passes 410,000",
        EN_DECEMBER,
        D(2026, 1, 1),
        None,
        [
            dlv(AUTO, 50000, MORE, **month(2025, 12)),
            dlv(AUTO, 410000, MORE, **year(2025)),
            goal(350000, **year(2025)),
            fcst(AUTO, 550000, ABOUT, **year(2026)),
        ],
    ),
    article(
        "Xiaomi's EV unit narrows loss as margin tops 26%",
        EN_Q2,
        D(2025, 8, 19),
        None,
        [
            money("revenue", 21.3e9, **quarter(2025, 2)),
            money("revenue", 18.6e9, **quarter(2025, 1)),
            money("revenue", 20.6e9, **quarter(2025, 2)),
            money("net_loss", 3e8, **quarter(2025, 2)),
            money("net_loss", 5e8, **quarter(2025, 1)),
            other("gross margin", 26.4, **quarter(2025, 2)),
            dlv(AUTO, 81302, **quarter(2025, 2)),
            price(AUTO, 253662, **quarter(2025, 2)),
            goal(350000, **year(2025)),
            other("stores", 335),
            ev(GROUP, metric="revenue", value=1.16e11, **quarter(2025, 2)),
        ],
    ),
    article(
        "Xiaomi's SU7 Ultra takes 10,000 orders in two hours as price stuns rivals",
        EN_ULTRA,
        D(2025, 2, 28),
        None,
        [
            orders("locked_orders", ULTRA, 10000, qualifier=MORE, **WINDOW),
            price(ULTRA, 529900),
            orders("locked_orders", ULTRA, 15000, qualifier=MORE, **WINDOW),
            price(ULTRA, 814900),
            ev(ULTRA, metric="delivery_target", value=10000, status="target", **year(2025)),
            price(SU7, 215900),
            dlv(SU7, 135000, MORE, **year(2024)),
        ],
        xf="'more than 10,000 firm orders within two hours': metric orders instead of locked_orders (the devset's gold reads 'firm orders' as orders)",
    ),
    article(
        "How Xiaomi squeezes more cars out of Yizhuang",
        EN_PLANT,
        D(2025, 11, 10),
        None,
        [
            cap(150000),
            cap(300000),
            made(42000, ABOUT, **month(2025, 10)),
            money("investment", 3.2e9, ABOUT),
            staff(4000, ABOUT),
        ],
    ),
    article(
        "Jefferies turns more bullish on Xiaomi's car arm, sees 2026 deliveries of 550,000",
        EN_ANALYST,
        D(2025, 12, 3),
        None,
        [
            fcst(AUTO, 550000, **year(2026)),
            fcst(AUTO, 412000, **year(2025)),
            money("revenue", 125e9, status="forecast", **year(2026)),
            other("gross margin", 24.0, status="forecast", **year(2026)),
            fcst(AUTO, 150000, ABOUT, **quarter(2025, 4)),
            other("operating profit", 1.5e9, status="forecast", **quarter(2025, 4)),
            fcst(AUTO, 480000, **year(2026)),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "Xiaomi shares slide after fatal SU7 crash on expressway",
        EN_CRASH,
        D(2025, 4, 2),
        None,
        [
            dlv(AUTO, 29000, MORE, **month(2025, 3)),
            goal(350000, **year(2025)),
            dlv(SU7, 200000, MORE, period_kind="cumulative"),
        ],
    ),
    article(
        "2025 in review: Xiaomi's first full year as a two-model carmaker",
        EN_REVIEW,
        D(2026, 1, 2),
        None,
        [
            goal(300000, **year(2025)),
            goal(350000, **year(2025)),
            dlv(AUTO, 410000, MORE, **year(2025)),
            *[
                dlv(AUTO, v, MORE, **month(2025, m))
                for m, v in enumerate(
                    MONTHS_2025,
                    start=1,
                )
            ],
            dlv(AUTO, 75869, **quarter(2025, 1)),
            dlv(AUTO, 81302, **quarter(2025, 2)),
            dlv(AUTO, 108796, **quarter(2025, 3)),
            orders("locked_orders", YU7, 240000, qualifier=MORE, **WINDOW),
        ],
    ),
    article(
        "'We are still a startup': Lei Jun on cars, chips and waiting lists",
        EN_INTERVIEW,
        None,  # type: ignore[arg-type]  # no publication day
        None,
        [
            orders("locked_orders", YU7, 240000, **WINDOW),
            goal(350000, **year(2025)),
            dlv(AUTO, 135000, MORE, **year(2024)),
            money("net_loss", 3e8, ABOUT, **quarter(2025, 2)),
            ev(AUTO, metric="investment", value=1e10, unit="USD"),
        ],
    ),
    article(
        "Xiaomi's June deliveries top 25,000 as YU7 rollout nears",
        EN_CORRECTED,
        D(2025, 7, 1),
        None,
        [
            dlv(AUTO, 25000, MORE, **month(2025, 6)),
            price(YU7, 253500),
            orders("locked_orders", YU7, 240000, qualifier=MORE, **WINDOW),
            dlv(AUTO, 157000, MORE, **half(2025, 1)),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "China's EV startups post November 2025 deliveries",
        EN_UNDATED,
        None,  # type: ignore[arg-type]  # no publication day
        None,
        [
            dlv(AUTO, 40000, MORE, **month(2025, 11)),
            dlv(YU7, 25000, MORE, **month(2025, 11)),
            made(500000, **total_to(D(2025, 11, 25))),
        ],
    ),
]


@run(ENGLISH)
def test_english_articles(
    title: str, body: str, published: dt.date | None, lang: str | None, want: list[Any]
) -> None:
    check_article(title, body, published, lang, want)  # type: ignore[arg-type]


# --- Chinese (Simplified and Traditional) ----------------------------------------------------

ZH_APRIL = """2025-05-01 14:02 来源：中国证券报 记者 陈晓

5月1日，小米汽车发布4月交付成绩，当月交付量超过28000台。受3月底高速事故影响，小米SU7在4月的\
锁单量有所下滑，但交付仍保持平稳。

小米汽车表示，第二款车型小米YU7将于6月底至7月间正式上市，目前各地门店已开始展出样车。

同日，多家新势力车企公布4月交付数据：零跑汽车交付41039台，同比增长173%；小鹏汽车交付35045台；\
理想汽车交付33939台；蔚来公司交付23900台。

图：小米汽车北京交付中心。图片来源：视觉中国

数据显示，今年前4个月，小米汽车累计交付已超过9.7万台。按照全年35万台的交付目标计算，小米汽车\
在剩余8个月里月均需交付约3.2万台。

业内人士指出，五一假期前后各品牌纷纷推出限时优惠，部分车型降价幅度超过2万元，价格战仍在继续。\
小米方面暂未跟进降价。

相关阅读：
小米YU7官宣：将于年中上市
零跑4月交付破4万台，创历史新高
特斯拉中国4月批发销量同比下降6%

市场有风险，投资需谨慎。

（编辑：赵磊）"""

ZH_Q1 = """2025年05月27日 18:45 每日经济新闻

5月27日晚，小米集团发布2025年第一季度财报。报告期内，集团总收入为1113亿元，同比增长47.4%；\
经调整净利润为107亿元。

其中，智能电动汽车及AI等创新业务分部收入为186亿元。汽车业务毛利率为23.2%，环比提升2.8个\
百分点。一季度该分部经营亏损为5亿元，较上一季度的7亿元亏损有所收窄。

交付方面，一季度小米汽车共交付新车75869辆，单车平均售价为24.5万元。

图为小米集团总裁卢伟冰。图片来源：公司官网

卢伟冰在财报电话会上表示，公司维持全年35万辆的交付目标不变，YU7将按计划在年中上市。他同时\
透露，智能手机业务面临存储芯片涨价压力，下半年毛利率或有所波动。

表：小米汽车近两个季度经营数据
季度 | 交付量 | 分部收入
2024Q4 | 69697 | 167亿元
2025Q1 | 75869 | 186亿元

分析人士认为，随着二期工厂投产，小米汽车有望在下半年实现单季度盈利。

网友评论：
@电车老司机：毛利率23%，比很多老牌车企都高。
@港股观察：1810今天涨了3%，明天继续？

声明：本文内容仅供参考，不构成投资建议。"""

ZH_SU7_LAUNCH = """小米SU7上市27分钟大定破5万台

2024年03月29日 09:12 来源：北京商报

3月28日晚，小米汽车首款车型小米SU7正式上市。标准版售价21.59万元，Pro版售价24.59万元，Max版\
售价29.99万元。

发布会结束后，小米汽车官方公布：上市4分钟大定突破1万台，7分钟突破2万台，27分钟突破5万台。

雷军此前曾多次表示，小米SU7的定价“低于50万元”，此次公布的价格明显低于市场预期。与之对标的\
特斯拉Model 3起售价为24.59万元。

图：3月28日，雷军在小米SU7发布会现场。

小米汽车同时宣布，首批交付将于4月3日开始。雷军表示，小米汽车2024年力争交付10万台。

据介绍，小米汽车北京工厂一期年产能为15万辆，目前采用双班生产。

有业内人士分析，如果这5万台大定全部转化为锁单，小米汽车将需要数月时间才能消化。

延伸阅读：
探秘小米汽车工厂：76秒下线一台车
特斯拉Model 3焕新版降价1.5万元

（责任编辑：孙悦）"""

ZH_PLANT = """小米汽车工厂三期开建 年产能将再上台阶

2025-10-20 07:30 来源：经济观察报 记者 刘洋

北京亦庄，小米汽车工厂二期的总装线上，平均每76秒就有一台YU7下线。

据了解，小米汽车工厂一期、二期年产能各为15万辆，合计30万辆。今年9月，两期工厂合计生产新车\
约4.1万辆，超出设计产能。

三期工厂已于近期开工，规划年产能约20万辆，预计2027年投产。

图：小米汽车工厂二期总装车间。摄影：刘洋

目前，工厂员工超过5000人，其中相当一部分来自传统车企。截至9月底，小米汽车累计下线新车已超过\
45万辆。

对比来看，特斯拉上海超级工厂年产能超过95万辆。

一位工厂负责人对记者表示：“我们现在最大的瓶颈不是订单，而是产能。”YU7部分版本的等车时间\
仍长达40周。

多位受访员工表示，工厂自今年夏天起实行两班倒，部分岗位周末也需加班。小米汽车方面称，将通过三期工厂和现有产线的改造进一步提升交付能力，力争缩短用户等车时间。

业内人士分析，小米汽车的产能扩张节奏将直接决定其2026年的市场表现。随着购置税优惠减半，明年初国内新能源车市场或将出现短期波动。

【延伸阅读】比亚迪匈牙利工厂正式投产

（本文来源：经济观察报）"""

ZH_INTERVIEW = """专访雷军：小米造车“没有退路”

2025年01月06日 08:00 第一财经 记者 周婷

新年伊始，小米集团创始人雷军在北京接受了本报记者专访。以下为访谈节选：

问：2024年是小米汽车交付的第一年，您给自己打几分？

雷军：去年我们交付了超过13.5万台车，超过了年初定的目标。但我们还有很多不足，特别是交付\
速度，很多用户等了半年以上。

问：2025年的目标是多少？

雷军：今年的交付目标是30万台。说实话压力很大，但我们有信心。

问：小米造车累计投入了多少？

雷军：到去年年底，我们在汽车业务上的累计投入已经超过了300亿元。

问：外界担心价格战，您怎么看？

雷军：特斯拉去年在中国卖了60多万辆，比亚迪更多。如果每个月能交付5万台，我们的日子会好过\
很多。但我们不会打价格战。

问：您最大的遗憾是什么？

雷军：很多用户等车时间太长，我向大家道歉。

（本文经受访者审阅，有删节）

记者手记：采访持续了两个多小时，雷军几乎没有看过一次手机。"""

ZH_RECALL = """小米汽车召回超11万辆SU7 涉及L2辅助驾驶

2025-09-19 17:20 来源：界面新闻

国家市场监督管理总局9月19日发布消息，小米汽车科技有限公司决定召回2024年2月6日至2025年8月\
30日生产的部分SU7标准版电动汽车，共计116887辆。

本次召回范围内的部分车辆在开启L2高速领航辅助驾驶功能时，对极端特殊场景的识别、预警或处置\
可能不足。小米汽车将通过汽车远程升级（OTA）技术为召回范围内的车辆免费升级软件。

值得注意的是，此次召回车辆约占SU7累计交付量的三分之一。此前的1月，小米汽车曾召回30931辆SU7。

图：小米SU7。图片来源：小米汽车官网

召回消息并未明显影响销量。据小米汽车9月1日公布的数据，8月交付量超过3万台。另据交强险数据，\
小米汽车9月8日至14日一周的上险量约为9200辆。

雷军此前表示，小米汽车今年的交付目标为35万辆。

相关阅读：
市场监管总局：加强智能网联汽车产品准入管理
特斯拉召回部分进口Model S

行情：小米集团-W（01810.HK）收报54.10港元，跌1.6%。"""

ZH_2024 = """回顾2024：小米汽车交付的第一年

2025-01-01 10:00 来源：汽车之家 作者：数据组

2024年3月28日，小米SU7上市，24小时大定达到88898台。4月3日首批车辆交付，小米汽车正式开启\
交付之路。

以下为小米汽车2024年各月交付情况（数据来源：公司公告）：
4月：7058台
5月：超过8630台
6月：超过10000台
7月：超过10000台
8月：超过13000台
9月：超过10000台
10月：超过20000台
11月：超过20000台
12月：超过20000台

全年来看，小米汽车交付超过13.5万台。年初，小米汽车定下10万台的年度目标；7月，目标上调至12万\
台；11月，目标再次上调至13万台，最终超额完成。

图：小米汽车北京工厂。

2025年，小米汽车将推出第二款车型YU7，雷军已宣布新年度交付目标为30万台。

业内人士认为，小米汽车在第一年就跻身新势力第一梯队，依靠的是品牌影响力和线下门店网络。不过，等车时间过长一直是用户抱怨最多的问题，部分用户等待超过半年。

2025年，小米汽车还将面临更激烈的竞争：比亚迪、吉利等传统车企加快推出智能化车型，华为系品牌也在高端市场持续发力。

相关阅读：小米SU7 Ultra量产版将于2月发布"""

ZHT_ANALYST = """大行看好小米汽車 高盛上調明年交付預測至55萬輛

2025年08月20日 07:45 信報財經新聞

高盛發表研究報告，預期小米今年汽車交付量約為40萬輛，2026年將達55萬輛，並將小米目標價由60港元\
上調至66港元，維持「買入」評級。

報告指出，YU7訂單充足，預計下半年小米汽車每月交付量將維持在4萬輛以上。

另一邊廂，瑞銀預期小米汽車業務2026年收入將達1400億元人民幣，惟提醒購置稅優惠減半或影響明年\
需求。

圖片說明：小米YU7於香港展廳展出。

小米股價昨日收報52.8港元，升1.7%，成交額約45億港元。

報告又指，小米汽車第三款車型預計明年推出，將為一款大型增程式SUV，有助擴闊客戶群。高盛認為，市場仍低估小米汽車業務的盈利能力，隨著產能提升，規模效應將逐步顯現。

不過，亦有分析員持審慎態度，認為國內電動車價格戰未見緩和，加上記憶體晶片價格上升，或會影響集團手機業務的毛利率。

延伸閱讀：
比亞迪上半年純利增長14%
蔚來ES8預售價下調至30.88萬元

免責聲明：本網站所載資料僅供參考，並不構成任何投資建議。"""


CHINESE = [
    article(
        "小米汽车4月交付超2.8万台",
        ZH_APRIL,
        D(2025, 5, 1),
        "zh",
        [
            dlv(AUTO, 28000, MORE, **month(2025, 4)),
            dlv(AUTO, 97000, MORE, **first_months(2025, 4)),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "小米一季度汽车业务亏损收窄至5亿元",
        ZH_Q1,
        D(2025, 5, 27),
        "zh",
        [
            ev(GROUP, metric="revenue", value=1.113e11, **quarter(2025, 1)),
            money("revenue", 1.86e10, **quarter(2025, 1)),
            other("gross margin", 23.2, **quarter(2025, 1)),
            money("net_loss", 5e8, **quarter(2025, 1)),
            money("net_loss", 7e8, **quarter(2024, 4)),
            dlv(AUTO, 75869, **quarter(2025, 1)),
            price(AUTO, 245000, **quarter(2025, 1)),
            goal(350000, **year(2025)),
            dlv(AUTO, 69697, **quarter(2024, 4)),
            money("revenue", 1.67e10, **quarter(2024, 4)),
        ],
    ),
    article(
        "小米SU7上市27分钟大定破5万台",
        ZH_SU7_LAUNCH,
        D(2024, 3, 29),
        "zh",
        [
            price(SU7, 215900),
            price(SU7, 245900),
            price(SU7, 299900),
            orders("orders", SU7, 10000, qualifier=MORE, **WINDOW),
            orders("orders", SU7, 20000, qualifier=MORE, **WINDOW),
            orders("orders", SU7, 50000, qualifier=MORE, **WINDOW),
            goal(100000, **year(2024)),
            cap(150000),
        ],
    ),
    article(
        "小米汽车工厂三期开建 年产能将再上台阶",
        ZH_PLANT,
        D(2025, 10, 20),
        "zh",
        [
            cap(150000),
            cap(300000),
            made(41000, ABOUT, **month(2025, 9)),
            cap(200000, qualifier=ABOUT),
            staff(5000, MORE),
            made(450000, MORE, **total_to(D(2025, 9, 30))),
        ],
    ),
    article(
        "专访雷军：小米造车“没有退路”",
        ZH_INTERVIEW,
        D(2025, 1, 6),
        "zh",
        [
            dlv(AUTO, 135000, MORE, **year(2024)),
            goal(300000, **year(2025)),
            money("investment", 3e10, MORE),
        ],
    ),
    article(
        "小米汽车召回超11万辆SU7 涉及L2辅助驾驶",
        ZH_RECALL,
        D(2025, 9, 19),
        "zh",
        [
            dlv(AUTO, 30000, MORE, **month(2025, 8)),
            dlv(
                AUTO,
                9200,
                ABOUT,
                period_kind="week",
                period_start=D(2025, 9, 8),
                period_end=D(2025, 9, 14),
            ),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "回顾2024：小米汽车交付的第一年",
        ZH_2024,
        D(2025, 1, 1),
        "zh",
        [
            orders("orders", SU7, 88898, **WINDOW),
            dlv(AUTO, 7058, **month(2024, 4)),
            *[
                dlv(AUTO, v, MORE, **month(2024, m))
                for m, v in enumerate(
                    [8630, 10000, 10000, 13000, 10000, 20000, 20000, 20000], start=5
                )
            ],
            dlv(AUTO, 135000, MORE, **year(2024)),
            goal(100000, **year(2024)),
            goal(120000, **year(2024)),
            goal(130000, **year(2024)),
            goal(300000, **year(2025)),
        ],
    ),
    article(
        "大行看好小米汽車 高盛上調明年交付預測至55萬輛",
        ZHT_ANALYST,
        D(2025, 8, 20),
        "zh",
        [
            fcst(AUTO, 400000, ABOUT, **year(2025)),
            fcst(AUTO, 550000, **year(2026)),
            ev(AUTO, metric="deliveries", value=40000, qualifier=MORE, status="forecast"),
            money("revenue", 1.4e11, status="forecast", **year(2026)),
        ],
    ),
]


@run(CHINESE)
def test_chinese_articles(
    title: str, body: str, published: dt.date | None, lang: str | None, want: list[Any]
) -> None:
    check_article(title, body, published, lang, want)  # type: ignore[arg-type]


# --- other languages -------------------------------------------------------------------------

DE_RESULTS = """Von Markus Weber | 18.03.2025, 16:45 Uhr | Lesezeit: 3 Min.

HONGKONG - Xiaomi verdient mit seinen Elektroautos noch kein Geld, kommt dem Ziel aber \
näher. Die Autosparte setzte im vierten Quartal 16,7 Milliarden Yuan um, wie der Konzern am \
Dienstag mitteilte. Im Gesamtjahr 2024 lag der Umsatz des Geschäfts bei 32,1 Milliarden Yuan.

Der Nettoverlust der Sparte belief sich 2024 auf 6,2 Milliarden Yuan. Die Bruttomarge stieg im \
vierten Quartal auf 20,4 Prozent.

Im vierten Quartal lieferte Xiaomi 69.697 Fahrzeuge aus, im gesamten Jahr 136.854. Für 2025 \
hebt der Konzern sein Auslieferungsziel von 300.000 auf 350.000 Fahrzeuge an.

Bildunterschrift: Ein Xiaomi SU7 in der Fabrik in Peking. Foto: Xiaomi

„Wir haben unterschätzt, wie groß die Nachfrage ist", sagte Konzernchef Lei Jun bei der \
Vorstellung der Zahlen. Die Wartezeit für einen SU7 liegt derzeit bei rund fünf Monaten.

Analysten werteten die Zahlen als Bestätigung, dass Xiaomi die Kosten im Griff hat. Die Marge \
liege bereits über der vieler etablierter Hersteller, hieß es in einer ersten Einschätzung. \
Offen bleibt, wie stark der Preiskampf in China im laufenden Jahr auf die Gewinne drückt.

Noch in diesem Jahr soll das zweite Modell, der SUV YU7, auf den Markt kommen. Zudem baut \
Xiaomi die zweite Ausbaustufe seines Werks in Peking.

Zum Vergleich: Tesla lieferte 2024 weltweit 1,79 Millionen Autos aus, BYD verkaufte mehr als \
4,2 Millionen Fahrzeuge.

Der Konzernumsatz stieg im vierten Quartal um 48,8 Prozent auf 109 Milliarden Yuan.

Auf einen Blick:
• Auslieferungen Q4: 69.697
• Bruttomarge Q4: 20,4 %
• Jahresziel 2025: 350.000

Mehr zum Thema: BYD stellt Ladetechnik mit 1.000 Kilowatt vor

Aktie: Xiaomi (1810.HK) +1,4 %

Markus Weber ist Korrespondent in Hongkong."""

FR_MONTHLY = """Par Claire Martin | Publié le 1er octobre 2025 à 11h20

Xiaomi a livré plus de 40 000 véhicules électriques en septembre, une première pour le \
constructeur, porté par les premières livraisons en volume de son SUV YU7.

Le groupe chinois, connu pour ses smartphones, ne publie que des seuils mensuels. Il vise 350 \
000 livraisons sur l'ensemble de l'année 2025, un objectif relevé au printemps.

Photo : un Xiaomi YU7 exposé dans un magasin de Pékin. (AFP)

Les concurrents ont eux aussi battu des records. Leapmotor a livré 66 657 véhicules en \
septembre, en hausse de 97 % sur un an, XPeng 41 581 et NIO 34 749. Li Auto a en revanche vu \
ses livraisons chuter de 37 %, à 33 951 unités.

Depuis janvier, Xiaomi a livré plus de 260 000 voitures, selon nos calculs fondés sur les \
chiffres de l'entreprise.

À lire aussi :
BYD : les ventes reculent pour la première fois depuis 2024
Tesla baisse le prix de la Model 3 en Chine

L'action Xiaomi a gagné 1,9 % à Hong Kong.

Le marché chinois reste marqué par une guerre des prix qui dure depuis deux ans. Les \
constructeurs multiplient les remises et les crédits à taux zéro, et les autorités ont appelé \
le secteur à plus de discipline. Xiaomi, qui vend ses voitures à prix fixe, affirme ne pas \
vouloir participer à cette surenchère.

Les délais de livraison du YU7 restent longs. Le fondateur Lei Jun a promis d'augmenter la \
cadence de l'usine de Pékin, dont la deuxième phase est entrée en service cet été.

Cet article vous a été utile ? Partagez-le."""

ES_ANALYST = """Goldman Sachs eleva su previsión de entregas de Xiaomi para 2026

20 de noviembre de 2025 | Redacción Mercados

Goldman Sachs prevé que Xiaomi entregue unos 410.000 vehículos eléctricos en 2025 y 560.000 en \
2026, según una nota enviada a sus clientes este jueves.

El banco mantuvo su recomendación de compra y fijó un precio objetivo de 60 dólares de Hong \
Kong por acción.

Los analistas estiman que la división de coches alcanzará un beneficio operativo de 2.000 \
millones de yuanes en el cuarto trimestre y unos ingresos de 130.000 millones de yuanes en \
2026.

Xiaomi entregó 108.796 vehículos en el tercer trimestre, un récord.

Por su parte, Tesla vendió 61.497 coches fabricados en China en octubre.

Según la nota, el lanzamiento de un tercer modelo, un gran SUV de autonomía extendida, y la \
apertura de la tercera fase de la fábrica de Pekín serán los motores del crecimiento. Los \
analistas advierten, sin embargo, de que la reducción de las ayudas fiscales a la compra de \
coches eléctricos en China podría frenar la demanda a principios de año.

La empresa, fundada por Lei Jun, empezó a vender coches en marzo de 2024 y se ha convertido en \
una de las marcas más comentadas del sector. Su modelo YU7 compite con el Tesla Model Y.

Te puede interesar: BYD recorta su objetivo de ventas para 2025

Las acciones de Xiaomi subían un 1,2 % en Hong Kong.

Aviso: Este artículo no constituye una recomendación de inversión."""

JA_LAUNCH = """シャオミ初のSUV「YU7」、発売3分で20万台受注

2025年6月27日 9:30 日本経済新聞

中国のスマートフォン大手、小米（シャオミ）は26日夜、同社2車種目の電気自動車（EV）となる\
SUV「YU7」を発売した。価格は標準モデルが25万3500元、Proが27万9900元、Maxが32万9900元。

雷軍最高経営責任者（CEO）によると、発売から3分で20万台の確定注文を獲得し、18時間後には\
24万台を超えた。

写真：26日、北京で開かれた発表会で「YU7」を紹介する雷軍CEO（同社提供）

競合する米テスラの「モデルY」の中国での価格は26万3500元からで、YU7の標準モデルはこれを\
1万元下回る。

同日、シャオミの株価は一時8%上昇し、上場来高値を更新した。

シャオミは2024年3月にセダン「SU7」を発売し、自動車事業に本格参入した。スマホで培ったブランド力と販売網を生かし、短期間で新興EVメーカーの上位に食い込んだ。今回のYU7は中国で最も競争が激しいSUV市場に投入される。

一方、注文の急増で納車待ちの長期化が懸念されている。同社は北京工場の第2期を稼働させ、生産体制の増強を急ぐ。雷軍CEOは「一日も早くお客様に届けたい」と述べた。

関連記事：
テスラ、中国で「モデルY」長距離版を投入
BYD、欧州で新型EVを発売

（北京＝山田太郎）"""

KO_CRASH = """샤오미 SU7 고속도로 사고…'자율주행 안전성' 논란

2025.04.02 10:15 | 베이징=김민수 특파원

중국 샤오미의 전기차 SU7이 고속도로에서 사고를 내 3명이 숨지면서 주행보조 기능의 안전성을 \
둘러싼 논란이 커지고 있다.

사고 차량은 지난달 29일 안후이성의 고속도로 공사 구간에서 시속 116㎞로 달리다 콘크리트 \
구조물과 충돌했다.

사진=사고 현장 (웨이보 캡처)

이번 사고는 샤오미가 판매 호조를 이어가는 가운데 발생했다. 샤오미는 지난 3월 한 달간 \
전기차 2만9000대 이상을 인도했다고 1일 밝혔다. 샤오미는 올해 35만 대 인도를 목표로 하고 있다.

한편 샤오미 주가는 2일 홍콩 증시에서 장중 5.5% 하락했다.

레이쥔 회장은 웨이보를 통해 "어떤 질문도 회피하지 않겠다"며 경찰 조사에 적극 협조하겠다고 \
밝혔다. 샤오미는 사고 차량의 주행 데이터를 경찰에 제출했다.

업계에서는 이번 사고가 단기적으로 주문에 영향을 줄 수 있다고 보고 있다. 중국 당국은 최근 \
주행보조 기능을 '자율주행'으로 홍보하는 것을 제한하는 방안을 검토하고 있다. 샤오미는 올해 \
중반 두 번째 모델인 SUV YU7을 출시할 예정이다.

관련기사: 샤오미, 두 번째 전기차 YU7 연내 출시

ⓒ 무단전재 및 재배포 금지"""

PT_REVIEW = """Retrospectiva 2025: o ano em que a Xiaomi virou montadora de verdade

02/01/2026 às 08h00 - Por Redação

A Xiaomi encerrou 2025 com mais de 410 mil carros entregues, bem acima da meta de 350 mil \
definida em março.

Em janeiro, a empresa entregou mais de 20 mil veículos. Em junho, quando lançou o SUV YU7, foram \
mais de 25 mil. Em setembro, pela primeira vez, as entregas passaram de 40 mil, e em dezembro \
superaram 50 mil.

O YU7 recebeu mais de 240 mil pedidos firmes em 18 horas após o lançamento.

No terceiro trimestre, a divisão de carros teve seu primeiro lucro operacional, de 700 milhões \
de yuans.

Foto: linha de montagem da Xiaomi em Pequim. (Divulgação)

Leia também: BYD vende 4,6 milhões de veículos em 2025

Para 2026, a empresa prepara um terceiro modelo, um SUV grande com extensor de autonomia, e a \
terceira fase da fábrica de Pequim. O fundador Lei Jun também falou em vender carros na Europa \
a partir de 2027, mas sem dar detalhes.

Nem tudo foi fácil. Um acidente fatal com um SU7 em março levantou dúvidas sobre o sistema de \
assistência à condução, e os longos prazos de espera irritaram parte dos clientes. Ainda assim, \
a marca terminou o ano entre as mais vendidas entre as novas montadoras chinesas.

Comentários (3)
carlos_sp: Quando chega ao Brasil? Pagaria fácil 300 mil reais num YU7.
ana.m: A BYD já está aqui, a Xiaomi está atrasada.

Publicidade"""

RU_PLANT = """Завод Xiaomi в Пекине: автомобиль каждые 76 секунд

Корреспондент в Пекине

Завод Xiaomi в пекинском районе Ичжуан работает в две смены. Первая очередь, запущенная в 2024 \
году, рассчитана на 150 тысяч автомобилей в год. После ввода второй очереди в июне 2025 года \
общая мощность выросла до 300 тысяч машин в год.

В октябре 2025 года завод выпустил около 42 тысяч автомобилей.

На предприятии работают около 4 тысяч человек.

Фото: сборочная линия YU7. Пресс-служба Xiaomi

Для сравнения, шанхайский завод Tesla способен выпускать более 950 тысяч машин в год.

Компания строит третью очередь завода и рассчитывает запустить её в 2027 году. По словам \
основателя Xiaomi Лэй Цзюня, главная проблема сейчас — не спрос, а производственные мощности: \
покупатели кроссовера YU7 ждут свои машины по несколько месяцев.

Xiaomi начала продавать автомобили в марте 2024 года, выпустив седан SU7. Кроссовер YU7 \
появился летом 2025 года и сразу стал одной из самых обсуждаемых новинок китайского рынка. \
Большую часть сварочных операций на заводе выполняют роботы, а крупные детали кузова \
отливаются целиком на мощных литьевых машинах.

Читайте также: BYD открыла завод в Венгрии

Комментарии (12)
auto_fan: Жду, когда такие машины появятся у нас. Цены в Китае смешные.
sergey_k: Каждые 76 секунд — это впечатляет, но Tesla всё равно быстрее.
Материалы по теме: Китайские автопроизводители наращивают экспорт в Европу"""


OTHER_LANGS = [
    article(
        "Xiaomis Autosparte verkleinert den Verlust",
        DE_RESULTS,
        D(2025, 3, 18),
        "de",
        [
            money("revenue", 16.7e9, **quarter(2024, 4)),
            money("revenue", 32.1e9, **year(2024)),
            money("net_loss", 6.2e9, **year(2024)),
            other("gross margin", 20.4, **quarter(2024, 4)),
            dlv(AUTO, 69697, **quarter(2024, 4)),
            dlv(AUTO, 136854, **year(2024)),
            goal(300000, **year(2025)),
            goal(350000, **year(2025)),
            ev(GROUP, metric="revenue", value=1.09e11, **quarter(2024, 4)),
        ],
    ),
    article(
        "Xiaomi franchit la barre des 40 000 livraisons en septembre",
        FR_MONTHLY,
        D(2025, 10, 1),
        "fr",
        [
            dlv(AUTO, 40000, MORE, **month(2025, 9)),
            goal(350000, **year(2025)),
            dlv(AUTO, 260000, MORE, **first_months(2025, 9)),
        ],
    ),
    article(
        "Goldman Sachs eleva su previsión de entregas de Xiaomi para 2026",
        ES_ANALYST,
        D(2025, 11, 20),
        "es",
        [
            fcst(AUTO, 410000, ABOUT, **year(2025)),
            fcst(AUTO, 560000, **year(2026)),
            other("operating profit", 2e9, status="forecast", **quarter(2025, 4)),
            money("revenue", 130e9, ABOUT, status="forecast", **year(2026)),
            dlv(AUTO, 108796, **quarter(2025, 3)),
        ],
        xf="revenue 130e9 ('unos ingresos de 130.000 millones'): qualifier exact instead of about",
    ),
    article(
        "シャオミ初のSUV「YU7」、発売3分で20万台受注",
        JA_LAUNCH,
        D(2025, 6, 27),
        "ja",
        [
            price(YU7, 253500),
            price(YU7, 279900),
            price(YU7, 329900),
            orders("locked_orders", YU7, 200000, **WINDOW),
            orders("locked_orders", YU7, 240000, qualifier=MORE, **WINDOW),
        ],
    ),
    article(
        "샤오미 SU7 고속도로 사고…'자율주행 안전성' 논란",
        KO_CRASH,
        D(2025, 4, 2),
        "ko",
        [
            dlv(AUTO, 29000, MORE, **month(2025, 3)),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "Retrospectiva 2025: o ano em que a Xiaomi virou montadora de verdade",
        PT_REVIEW,
        D(2026, 1, 2),
        "pt",
        [
            dlv(AUTO, 410000, MORE, **year(2025)),
            goal(350000, **year(2025)),
            dlv(AUTO, 20000, MORE, **month(2025, 1)),
            dlv(AUTO, 25000, MORE, **month(2025, 6)),
            dlv(AUTO, 40000, MORE, **month(2025, 9)),
            dlv(AUTO, 50000, MORE, **month(2025, 12)),
            orders("locked_orders", YU7, 240000, qualifier=MORE, **WINDOW),
            other("operating profit", 7e8, **quarter(2025, 3)),
        ],
    ),
    article(
        "Завод Xiaomi в Пекине: автомобиль каждые 76 секунд",
        RU_PLANT,
        None,  # type: ignore[arg-type]  # no publication day
        "ru",
        [
            cap(150000),
            cap(300000),
            made(42000, ABOUT, **month(2025, 10)),
            staff(4000, ABOUT),
        ],
    ),
]


@run(OTHER_LANGS)
def test_other_language_articles(
    title: str, body: str, published: dt.date | None, lang: str | None, want: list[Any]
) -> None:
    check_article(title, body, published, lang, want)  # type: ignore[arg-type]
