"""Probes of the extractor on WHOLE ARTICLES, thirteenth set (a), written without sight of the
devset, reusing the `article` / `check_article` helpers of test_metrics_articles9.py: 30 pages
(18 in English, 12 in Chinese), each a headline passed as `title` and a body of 6-15 sentences,
in genres the older article sets leave out or touch only in passing: an earnings-call recap
told as "five takeaways"; a weekly insurance-registration round-up naming many brands (English
and Chinese 周销量榜); a quarterly results story that gives each figure with its year-earlier
and previous-quarter value (English, and 环比 in Chinese); a monthly delivery story that
repeats last month's figure, the year-to-date and the total since launch; a launch-night report
with order counts updated through the evening (English and Chinese 图文直播); a factory visit
(English and Chinese 探访); a broker's note with forecasts for two years (English and Chinese
研报); a price cut with old and new prices of each trim (English and Chinese 限时优惠); a
scorecard of Xiaomi beside Tesla, BYD and Li Auto; a recall story; a delivery-delay story
(English and Chinese); a profile of Lei Jun (English and Chinese 人物稿); a stock-market story
(English and a Chinese 港股收评); an investor-day recap with plans; a half-year in numbers; a
morning newsletter of unrelated items; an anniversary feature on the SU7 Ultra with its specs;
a buyer-demographics story; a Chinese 快讯, a Chinese 深度 piece and a Weibo post by Lei Jun.

Every page is written for this file, in our own words; figures are close to those reported for
Xiaomi's car business or made up to be plausible. The expected list was decided before the
extractor ran: one event per distinct figure, in the order of the text. Conventions as in
test_metrics_review8.py and test_metrics_articles9.py to _articles12.py: a finished month of an
actual runs first to last day, as_of its last day; a quarter or a half first to last day; a
week of registrations is a `week` of deliveries; a running total since launch is cumulative
(to a stated day: that day as as_of); a launch window is `window`; a capacity or a steady pace
is a rate, a planned capacity a target; a price has no period (an average price keeps its
quarter, the quarter the story is about when the sentence names none); an operating loss or
an adjusted net loss is net_loss, an operating profit and a gross margin are `other`; "expects
to" / 有望 / 预计 is a forecast, "target" / 目标 a target; a broker's or the consensus's
estimate is a forecast, both the new and the old one of a revision; the group's revenue is the
group's. A rival's, the market's or a phone figure, a share price, a price target, a market
value, turnover, a recall count, a waiting time, a spec, a discount's size, a percent change,
a figure derived by the writer (a profit per car, a share of a goal), social-media counts, an
age or a fortune is no event. A target's as_of is not asserted. A plain case guards what holds;
an `xfail(strict=True)` case is a known miss whose reason says what it should give and what
the extractor gives.
"""

import datetime as dt
from typing import Any

from test_metrics_articles9 import article, check_article, orders, run
from test_metrics_articles10 import made, staff
from test_metrics_articles12 import running
from test_metrics_review import ev
from test_metrics_review8 import (
    ABOUT,
    AUTO,
    GROUP,
    MORE,
    RATE,
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
from test_metrics_review9 import half, week

D = dt.date


def share(subject: str, value: float, q: str = "exact") -> dict[str, Any]:
    """A share of buyers in a group (percent, 0-100)."""
    return ev(subject, metric="buyer_share", value=value, qualifier=q)


def est(metric: str, value: float, q: str = "exact", **fields: Any) -> dict[str, Any]:
    """A broker's estimate of a money figure of the car business (a forecast, in yuan)."""
    return money(metric, value, q, status="forecast", **fields)


def wk(y: int, m: int, d: int) -> dict[str, Any]:
    """The seven days from a Monday."""
    start = D(y, m, d)
    return week(start, start + dt.timedelta(days=6))


# --- English ---------------------------------------------------------------------------------

EN_CALL = """HONG KONG, Nov 19 - Xiaomi's executives spent most of Tuesday evening's earnings call answering questions about cars rather than phones. Here are five things we learned.

1. The profit is real, for now. Asked whether the car unit's first operating profit could last, president Lu Weibing said the smart EV segment earned 700 million yuan in the third quarter and should stay in the black in the fourth, though he would not give a number.

2. Margins have peaked. Chief financial officer Alain Lam told analysts the segment's gross margin was 25.5% for the quarter, and warned that rising memory-chip prices would weigh on it next year.

3. Volumes keep climbing. The company delivered 108,796 vehicles in July-September, Lam said, and expects to hand over more than 140,000 in the last three months of the year.

4. The backlog is shrinking slowly. One analyst asked about waiting times for the YU7; Lu said customers who ordered in the summer were still waiting about 40 weeks, and called the order book "healthy" without putting a figure on it.

5. No word on 2026. Management would not be drawn on next year's goal, saying it would be announced in the spring, but Lu repeated that Xiaomi was on course to beat this year's target of 350,000 deliveries.

Lu also confirmed that the company plans to start selling cars in Europe in 2027.

Xiaomi shares fell 3.1% to HK$40.52 on Wednesday morning."""

EN_REGS = """China's electric-car market had a busy third week of November, according to insurance registration figures that circulated among analysts on Tuesday.

Tesla registered 15,300 vehicles in the week of November 17 to 23, up from 11,900 the week before, while BYD's main brand logged 48,600.

Among the newer players, Leapmotor led with 13,100 and AITO followed with 11,400.

Xiaomi came in at 9,200, broadly flat on the previous week's 9,050. The YU7 accounted for about 5,600 of its registrations and the SU7 for roughly 3,600.

Li Auto registered 7,800 cars, NIO 7,100 and XPeng 6,900.

Xiaomi has said it delivered more than 40,000 vehicles in October, and the weekly numbers suggest November will look much the same.

Registration data count a car when it is insured rather than when it is handed over, so they can differ from the monthly delivery figures the companies publish."""

EN_Q2 = """Xiaomi's car business generated revenue of 21.3 billion yuan in the second quarter, up from 6.4 billion yuan a year earlier and from 18.6 billion yuan in the first three months of 2025, results released on Tuesday showed.

The company delivered 81,302 vehicles in April-June, compared with 75,869 in the first quarter and 27,307 in the same period of 2024, when the SU7 had been on sale for only a few weeks.

Gross margin for the smart EV segment improved to 26.4%, from 23.2% in the prior quarter and 15.4% a year before.

The segment's operating loss narrowed to 300 million yuan, against 500 million yuan in the first quarter and 1.8 billion yuan in the second quarter of 2024.

The average selling price per vehicle was 253,662 yuan, up 3.5% quarter on quarter, helped by the more expensive SU7 Ultra.

Across the whole group, revenue grew 30.5% to 116 billion yuan.

Xiaomi kept its goal of delivering 350,000 vehicles in 2025."""

EN_APRIL = """Xiaomi's April deliveries top 35,000 as refreshed YU7 lifts demand

Xiaomi Auto delivered more than 35,000 vehicles in April, the company said on Friday, up from over 30,000 in March.

It was the carmaker's best month of the year so far, although still short of the more than 50,000 it handed over last December, before China halved the purchase-tax break on electric cars.

The company said deliveries in the first four months of 2026 totalled about 125,000.

That leaves Xiaomi well behind the pace it needs to reach its full-year target of 550,000 vehicles.

Since the SU7 went on sale in late March 2024, Xiaomi has delivered more than 700,000 cars in total by the end of April, the company added.

Sales of the YU7 have picked up since a facelifted version went on sale in mid-March at a starting price of 259,900 yuan.

Xiaomi also said its sales network had grown to 420 stores in 140 cities.

The company will report first-quarter results later this month."""

EN_LAUNCH = """BEIJING - Xiaomi launched the second-generation SU7 sedan on Thursday night, and the orders started rolling in almost immediately.

Lei Jun announced the prices at 7:40 pm: 229,900 yuan for the standard version, 259,900 yuan for the Pro and 309,900 yuan for the Max.

Eighteen minutes after sales opened, the company said locked orders had passed 15,000.

By 8:45 pm, an hour into sales, the tally had reached more than 30,000 locked orders, according to a post on Xiaomi Auto's official Weibo account.

UPDATE, 11:50 pm: Xiaomi said the new SU7 had collected 52,600 locked orders by 11 pm.

The outgoing SU7 started at 215,900 yuan when it went on sale in March 2024.

Deliveries begin immediately, Lei said, and customers who lock in an order tonight should expect to wait four to six weeks for the standard version.

Xiaomi sold more than 300,000 units of the first-generation SU7, he added."""

EN_FACTORY = """The first thing a visitor to Xiaomi's car factory in Beijing's Yizhuang district notices is how few people there are.

In the die-casting hall, a 9,100-tonne press stamps out the rear underbody of a YU7 in one piece, a job that would otherwise take dozens of parts.

The plant's first phase, which began production in early 2024, can build 150,000 cars a year. With the second phase, completed in June, total annual capacity is now 300,000.

Both phases run two shifts, and a finished car leaves the line every 76 seconds, according to the plant's managers.

In August the factory turned out more than 40,000 vehicles, a plant manager said, though deliveries that month were just over 30,000 as cars waited to be shipped.

The factory employs about 6,000 workers, far fewer than a conventional plant of its size would need.

Xiaomi has bought land for a third phase and is waiting for permits, but it has not said how big it will be.

"We can't build them fast enough," said one worker on the final assembly line, who asked not to be named."""

EN_BROKER = """A Hong Kong brokerage raised its forecasts for Xiaomi's car business on Monday, citing stronger-than-expected demand for the YU7.

Analysts now expect Xiaomi to deliver 580,000 vehicles in 2026, up from a previous estimate of 500,000, and 750,000 in 2027.

They forecast revenue from the smart EV segment of 150 billion yuan next year and 190 billion yuan the year after.

The segment should post an operating profit of about 6 billion yuan in 2026, more than double the roughly 2.5 billion yuan the brokerage pencils in for 2025, the note said.

The brokerage kept its "buy" rating and a 12-month price target of HK$62 on the stock.

The forecasts compare with Xiaomi's own target of 350,000 deliveries this year, which it has said it will beat, and a consensus estimate of 520,000 for 2026 compiled by Bloomberg.

Risks include a slowdown in China's car market after the purchase-tax exemption for electric vehicles is halved in January, the analysts wrote."""

EN_PRICECUT = """Xiaomi has cut the prices of its SU7 sedan, joining a round of discounts that has swept China's car market since the start of the year.

The entry-level SU7 now costs 199,900 yuan, down from 215,900 yuan, the company said on its app on Saturday. The Pro version falls to 234,900 yuan from 245,900 yuan, and the Max to 289,900 yuan from 299,900 yuan.

The cuts, of 10,000 to 16,000 yuan, apply to orders placed before the end of March.

Tesla lowered the price of its Model 3 in China by 10,000 yuan to 225,900 yuan last week, and BYD has offered subsidies of up to 30,000 yuan on several models.

Xiaomi's YU7 SUV, which starts at 253,500 yuan, is not affected.

The company delivered more than 50,000 vehicles in December but has not yet said how many it sold in January, traditionally a weak month.

Xiaomi is targeting 550,000 deliveries this year."""

EN_SCORECARD = """With Xiaomi's results out on Tuesday, all of China's most closely watched electric-car makers have now reported for the July-September quarter. Here is how they compare.

Deliveries: BYD sold 1.11 million vehicles in the quarter and Tesla delivered 497,099 worldwide. Xiaomi handed over 108,796, more than Li Auto's 93,211.

Margins: Xiaomi's vehicle gross margin of 25.5% was the highest of the group, ahead of Li Auto's 19.8%, BYD's 17.6% and Tesla's automotive gross margin of about 16%.

Profit: Xiaomi's EV segment earned an operating profit of 700 million yuan, Li Auto swung to a net loss of 624 million yuan, and Tesla's operating income was $1.6 billion.

Revenue: Xiaomi's segment took in 29 billion yuan, against Li Auto's 27.4 billion yuan.

Price: Xiaomi's average selling price of about 260,000 yuan is higher than Tesla's in China.

Xiaomi, which only started selling cars last year, is still far smaller than BYD, but it is growing faster than any of them."""

EN_RECALL = """Xiaomi will recall 116,887 SU7 sedans built between February 2024 and August 2025 to fix a problem with their highway driver-assistance system, China's market regulator said on Friday.

The fix will be delivered by an over-the-air software update, so owners will not need to visit a service centre.

The regulator said the system might fail to recognise or warn of some extreme situations, raising the risk of a collision.

The recall covers a little under half of the SU7s on the road: Xiaomi had delivered more than 250,000 of the sedans by the end of August.

It is the largest recall in the company's short history as a carmaker. An earlier recall in January covered 30,931 SU7s.

The model has been under scrutiny since a crash in March in Anhui province, in which three people died after a car in assisted-driving mode hit a barrier.

Xiaomi delivered more than 30,000 cars in August and has kept its target of 350,000 for the year.

The company apologised for the inconvenience in a statement."""

EN_DELAY = """Customers who ordered Xiaomi's YU7 on launch night are being told they may have to wait more than a year for their cars, according to the company's app.

The estimated delivery time for the standard YU7 stood at 53 to 56 weeks on Monday, while the Max version showed 33 to 36 weeks.

Xiaomi took more than 240,000 locked orders for the SUV in the first 18 hours after its June 26 launch, far more than its Beijing plant can build quickly.

The company delivered more than 25,000 vehicles in June, most of them SU7 sedans, and said it aims to speed up YU7 output in the second half.

To ease the backlog, Xiaomi is offering buyers who switch to an SU7 a discount of 5,000 yuan.

Lei Jun apologised on Weibo for the long waits and said the company was working around the clock.

Analysts at one brokerage estimate Xiaomi will deliver about 150,000 YU7s this year."""

EN_PROFILE = """When Lei Jun announced in March 2021 that Xiaomi would build cars, he called it the last major entrepreneurial project of his life and pledged to invest $10 billion over ten years.

Born in 1969 in Xiantao, in Hubei province, Lei started Xiaomi in 2010 with a handful of engineers and a plan to sell smartphones online.

The car venture began with a team of a few hundred people; by the end of 2024 Xiaomi's car unit employed more than 16,000.

Critics said a phone maker could never build a good car. The SU7 sedan proved them wrong, at least in the showroom: it took 50,000 orders in its first 27 minutes in March 2024.

This year, Lei says, the company will deliver more than 400,000 vehicles, beating its own target of 350,000.

There have been setbacks. A fatal crash in March and complaints about the SU7 Ultra's carbon-fibre bonnet dented the brand's image and, for a while, its sales.

Lei, 56, now spends most of his time on cars, according to people close to him, and his personal fortune has grown to about $40 billion.

He posts on Weibo almost daily, to 27 million followers."""

EN_STOCK = """Shares of Xiaomi jumped as much as 8% to a record HK$61.45 in Hong Kong on Friday, after its first SUV drew a flood of orders.

The stock closed up 3.7% at HK$58.95, giving the company a market value of about HK$1.5 trillion.

Xiaomi said on Thursday night that the YU7 had received 200,000 orders within three minutes of going on sale, and more than 240,000 locked orders within 18 hours.

Turnover in the stock reached HK$24 billion, the highest of any company on the exchange.

The Hang Seng Index rose 0.2%, while Li Auto fell 4% and XPeng slid 2.5%, as investors worried that the YU7, priced from 253,500 yuan, would take their customers.

Xiaomi's shares have more than doubled over the past 12 months.

Of 42 analysts covering the stock, 36 rate it a buy, with an average price target of HK$66.80, according to LSEG data."""

EN_INVESTOR = """Xiaomi laid out its plans for the car business at an investor event in Beijing on Thursday.

The company will spend 7.5 billion yuan on research and development for its car business this year, president Lu Weibing said.

The third phase of its Beijing plant, due to be completed in 2027, will raise annual capacity to 450,000 vehicles from 300,000 today.

Xiaomi plans to open 300 more stores this year, bringing its total to 700.

The car unit now has 21,000 employees, Lu said.

He reiterated the 2026 delivery target of 550,000 vehicles and said the EV segment would stay profitable for the full year.

Exports to Europe will start in 2027 with the YU7, he added, without giving a price.

Lu declined to comment on plans for a fourth model."""

EN_HALF = """Xiaomi's first half in numbers: 157,000 cars and a new SUV

Xiaomi delivered more than 157,000 vehicles in the first half of 2025, roughly 45% of its full-year goal of 350,000, according to figures the company released on Tuesday.

June deliveries exceeded 25,000, slightly below May's more than 28,000, as the factory retooled a line for the YU7.

In the first quarter the company had handed over 75,869 cars.

The SU7 Ultra, launched in late February at 529,900 yuan, accounted for more than 10,000 of the half's deliveries.

The second half will belong to the YU7, which drew 240,000 locked orders in 18 hours last week.

Xiaomi has not changed its full-year target since raising it in March from 300,000."""

EN_NEWSLETTER = """Good morning. Here's what you need to know today.

Xiaomi hits a new monthly high. The company delivered more than 40,000 vehicles in September, its first month above that mark, and said third-quarter deliveries passed 100,000 for the first time.

Nio's new ES8 has a waiting list. The company delivered 34,749 vehicles last month, and customers ordering the ES8 now face a wait of about two months.

BYD goes abroad. BYD sold 71,256 cars overseas in September, while its total sales fell 5.5% to 396,270.

Phones, too. Separately, Counterpoint estimated that Xiaomi shipped 43 million smartphones in the third quarter, second only to Samsung.

One more thing: Xiaomi now has 400 car stores, after opening one in Urumqi.

That's it for today. See you tomorrow."""

EN_ULTRA = """Exactly a year ago, Xiaomi put the SU7 Ultra on sale at 529,900 yuan, 285,000 yuan less than the pre-sale price it had shown four months earlier.

The car has 1,548 horsepower, a top speed of 350 km/h and, in prototype form, lapped the Nurburgring in 6 minutes 46.874 seconds.

Orders came quickly: 6,900 in the first ten minutes, and more than 10,000 within two hours.

Xiaomi had set a target of 10,000 deliveries for the Ultra in 2025.

By the end of January 2026 it had delivered more than 20,000 Ultras, the company said this week.

Porsche, whose Taycan is the Ultra's obvious rival, sold about 13,000 of them in China last year.

The 2026 model-year Ultra now costs 549,900 yuan."""

EN_BUYERS = """Xiaomi's cars are attracting a different crowd from most Chinese EV brands, according to buyer data the company shared with reporters this week.

About 30% of SU7 buyers are women, against an industry average of around 20%, Xiaomi said.

For the YU7, the female share is higher still, at 34%.

Apple users make up 52% of SU7 owners, a figure Lei Jun has cited as evidence that the car is winning customers from outside Xiaomi's phone ecosystem.

The average YU7 buyer is 33 years old.

Xiaomi has delivered more than 300,000 SU7s since March 2024, and in late June it received more than 240,000 locked orders for the YU7 within 18 hours of its launch.

Tesla does not publish comparable data."""


ENGLISH = [
    article(
        "Five takeaways from Xiaomi's earnings call: EV profit, YU7 backlog and next year's goal",
        EN_CALL,
        D(2025, 11, 19),
        None,
        [
            other("operating profit", 7e8, **quarter(2025, 3)),
            other("gross margin", 25.5, **quarter(2025, 3)),
            dlv(AUTO, 108796, **quarter(2025, 3)),
            fcst(AUTO, 140000, MORE, **quarter(2025, 4)),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "China EV registrations, Nov 17-23: Tesla rebounds, Xiaomi holds above 9,000",
        EN_REGS,
        D(2025, 11, 25),
        None,
        [
            dlv(AUTO, 9200, **wk(2025, 11, 17)),
            dlv(AUTO, 9050, **wk(2025, 11, 10)),
            dlv(YU7, 5600, ABOUT, **wk(2025, 11, 17)),
            dlv(SU7, 3600, ABOUT, **wk(2025, 11, 17)),
            dlv(AUTO, 40000, MORE, **month(2025, 10)),
        ],
    ),
    article(
        "Xiaomi EV revenue more than triples from a year ago as losses shrink",
        EN_Q2,
        D(2025, 8, 20),
        None,
        [
            money("revenue", 2.13e10, **quarter(2025, 2)),
            money("revenue", 6.4e9, **quarter(2024, 2)),
            money("revenue", 1.86e10, **quarter(2025, 1)),
            dlv(AUTO, 81302, **quarter(2025, 2)),
            dlv(AUTO, 75869, **quarter(2025, 1)),
            dlv(AUTO, 27307, **quarter(2024, 2)),
            other("gross margin", 26.4, **quarter(2025, 2)),
            other("gross margin", 23.2, **quarter(2025, 1)),
            other("gross margin", 15.4, **quarter(2024, 2)),
            money("net_loss", 3e8, **quarter(2025, 2)),
            money("net_loss", 5e8, **quarter(2025, 1)),
            money("net_loss", 1.8e9, **quarter(2024, 2)),
            price(AUTO, 253662, **quarter(2025, 2)),
            ev(GROUP, metric="revenue", value=1.16e11, **quarter(2025, 2)),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "Xiaomi's April deliveries top 35,000 as refreshed YU7 lifts demand",
        EN_APRIL,
        D(2026, 5, 1),
        None,
        [
            dlv(AUTO, 35000, MORE, **month(2026, 4)),
            dlv(AUTO, 30000, MORE, **month(2026, 3)),
            dlv(AUTO, 50000, MORE, **month(2025, 12)),
            dlv(AUTO, 125000, ABOUT, **first_months(2026, 4)),
            goal(550000, **year(2026)),
            dlv(AUTO, 700000, MORE, **total_to(D(2026, 4, 30))),
            price(YU7, 259900),
            other("stores", 420),
        ],
        xf="should give the 420 stores as Xiaomi Auto's ('its sales network had grown to 420 stores' in a story on car deliveries); gives them as Xiaomi Group's (left on purpose: a bare 'stores' count is not guessed to be the car business's, Xiaomi also runs phone stores; 'car stores', 汽车门店 are read as Xiaomi Auto's)",
    ),
    article(
        "New Xiaomi SU7 launch: 30,000 locked orders in first hour, prices from 229,900 yuan",
        EN_LAUNCH,
        D(2026, 4, 24),
        None,
        [
            price(SU7, 229900),
            price(SU7, 259900),
            price(SU7, 309900),
            orders("locked_orders", SU7, 15000, qualifier=MORE, **WINDOW),
            orders("locked_orders", SU7, 30000, qualifier=MORE, **WINDOW),
            orders("locked_orders", SU7, 52600, **WINDOW),
            price(SU7, 215900),
            dlv(SU7, 300000, MORE, period_kind="cumulative"),
        ],
    ),
    article(
        "Inside Xiaomi's Beijing car plant, where a car rolls off the line every 76 seconds",
        EN_FACTORY,
        D(2025, 9, 20),
        None,
        [
            cap(150000),
            cap(300000),
            made(40000, MORE, **month(2025, 8)),
            dlv(AUTO, 30000, MORE, **month(2025, 8)),
            staff(6000, ABOUT),
        ],
    ),
    article(
        "Broker lifts Xiaomi 2026 and 2027 EV delivery forecasts, sees segment profit doubling",
        EN_BROKER,
        D(2025, 12, 8),
        None,
        [
            fcst(AUTO, 580000, **year(2026)),
            fcst(AUTO, 500000, **year(2026)),
            fcst(AUTO, 750000, **year(2027)),
            est("revenue", 1.5e11, **year(2026)),
            est("revenue", 1.9e11, **year(2027)),
            other("operating profit", 6e9, qualifier=ABOUT, status="forecast", **year(2026)),
            other("operating profit", 2.5e9, qualifier=ABOUT, status="forecast", **year(2025)),
            goal(350000, **year(2025)),
            fcst(AUTO, 520000, **year(2026)),
        ],
    ),
    article(
        "Xiaomi trims SU7 prices by up to 16,000 yuan as price war spreads",
        EN_PRICECUT,
        D(2026, 1, 10),
        None,
        [
            price(SU7, 199900),
            price(SU7, 215900),
            price(SU7, 234900),
            price(SU7, 245900),
            price(SU7, 289900),
            price(SU7, 299900),
            price(YU7, 253500),
            dlv(AUTO, 50000, MORE, **month(2025, 12)),
            goal(550000, **year(2026)),
        ],
    ),
    article(
        "How Xiaomi's car business stacks up against Tesla, BYD and Li Auto",
        EN_SCORECARD,
        D(2025, 11, 20),
        None,
        [
            dlv(AUTO, 108796, **quarter(2025, 3)),
            other("gross margin", 25.5, **quarter(2025, 3)),
            other("operating profit", 7e8, **quarter(2025, 3)),
            money("revenue", 2.9e10, **quarter(2025, 3)),
            price(AUTO, 260000, qualifier=ABOUT, **quarter(2025, 3)),
        ],
    ),
    article(
        "Xiaomi recalls more than 116,000 SU7 sedans over driver-assistance flaw",
        EN_RECALL,
        D(2025, 9, 19),
        None,
        [
            dlv(SU7, 250000, MORE, **total_to(D(2025, 8, 31))),
            dlv(AUTO, 30000, MORE, **month(2025, 8)),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "YU7 buyers face waits of more than a year as Xiaomi struggles to keep up",
        EN_DELAY,
        D(2025, 7, 15),
        None,
        [
            orders("locked_orders", YU7, 240000, qualifier=MORE, **WINDOW),
            dlv(AUTO, 25000, MORE, **month(2025, 6)),
            fcst(YU7, 150000, ABOUT, **year(2025)),
        ],
    ),
    article(
        "Lei Jun's second act: how Xiaomi's founder bet his name on cars",
        EN_PROFILE,
        D(2025, 12, 20),
        None,
        [
            ev(AUTO, metric="investment", value=1e10, unit="USD"),
            staff(16000, MORE),
            orders("orders", SU7, 50000, **WINDOW),
            fcst(AUTO, 400000, MORE, **year(2025)),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "Xiaomi shares hit record high after YU7 launch frenzy",
        EN_STOCK,
        D(2025, 6, 27),
        None,
        [
            orders("orders", YU7, 200000, **WINDOW),
            orders("locked_orders", YU7, 240000, qualifier=MORE, **WINDOW),
            price(YU7, 253500),
        ],
    ),
    article(
        "Xiaomi investor day: third plant phase, 700 stores and 7.5 billion yuan for car R&D",
        EN_INVESTOR,
        D(2026, 2, 26),
        None,
        [
            money("rd_spend", 7.5e9, status="target", **year(2026)),
            cap(450000, status="target"),
            cap(300000, status="actual"),
            other("stores", 700, status="target"),
            staff(21000),
            goal(550000, **year(2026)),
        ],
    ),
    article(
        "Xiaomi's first half in numbers: 157,000 cars and a new SUV",
        EN_HALF,
        D(2025, 7, 2),
        None,
        [
            dlv(AUTO, 157000, MORE, **half(2025, 1)),
            goal(350000, **year(2025)),
            dlv(AUTO, 25000, MORE, **month(2025, 6)),
            dlv(AUTO, 28000, MORE, **month(2025, 5)),
            dlv(AUTO, 75869, **quarter(2025, 1)),
            price(ULTRA, 529900),
            dlv(ULTRA, 10000, MORE, **half(2025, 1)),
            orders("locked_orders", YU7, 240000, **WINDOW),
            goal(300000, **year(2025)),
        ],
    ),
    article(
        "EV Daily: Xiaomi tops 40,000, Nio's ES8 wait, BYD's overseas push",
        EN_NEWSLETTER,
        D(2025, 10, 2),
        None,
        [
            dlv(AUTO, 40000, MORE, **month(2025, 9)),
            dlv(AUTO, 100000, MORE, **quarter(2025, 3)),
            other("stores", 400),
        ],
    ),
    article(
        "One year on, the SU7 Ultra has passed 20,000 deliveries",
        EN_ULTRA,
        D(2026, 2, 27),
        None,
        [
            price(ULTRA, 529900),
            orders("orders", ULTRA, 6900, **WINDOW),
            orders("orders", ULTRA, 10000, qualifier=MORE, **WINDOW),
            ev(ULTRA, metric="delivery_target", value=10000, status="target", **year(2025)),
            dlv(ULTRA, 20000, MORE, **total_to(D(2026, 1, 31))),
            price(ULTRA, 549900),
        ],
    ),
    article(
        "Who buys a Xiaomi? Younger, more often female and often iPhone users",
        EN_BUYERS,
        D(2025, 8, 5),
        None,
        [
            share(SU7, 30, ABOUT),
            share(YU7, 34),
            share(SU7, 52),
            dlv(SU7, 300000, MORE, period_kind="cumulative"),
            orders("locked_orders", YU7, 240000, qualifier=MORE, **WINDOW),
        ],
    ),
]


@run(ENGLISH)
def test_english_articles(
    title: str, body: str, published: dt.date | None, lang: str | None, want: list[Any]
) -> None:
    check_article(title, body, published, lang, want)  # type: ignore[arg-type]


# --- Chinese ---------------------------------------------------------------------------------

ZH_FLASH = """财联社12月1日电，小米汽车官方微博宣布，11月交付量继续超过4万辆。这是小米汽车连续第三个月交付量超4万辆。此前，小米集团总裁卢伟冰曾在财报电话会上表示，第四季度交付量有望超过14万辆。截至目前，小米汽车已提前完成全年35万辆的交付目标。小米YU7标准版现售价25.35万元。"""

ZH_DEEP = """小米汽车终于赚钱了。

根据小米集团11月18日发布的财报，第三季度智能电动汽车及AI等创新业务实现经营收益7亿元，这是该业务首次单季盈利。

这一季度，小米汽车交付新车108796辆，创新业务收入290亿元，毛利率为25.5%。

把时间往前拨一年，2024年第三季度，小米汽车还处在爬坡阶段，单季交付39790辆，毛利率仅17.1%，经调整净亏损15亿元。

按照交付量粗略计算，第三季度小米每卖出一辆车，可赚约6400元。

单车平均售价约为26.0万元，较上一季度的25.4万元进一步提高，主要得益于YU7开始交付。

不过，高毛利能否持续仍存疑问。一位券商分析师对记者表示，随着明年购置税减免政策减半，加上存储芯片涨价，小米汽车2026年毛利率可能回落至20%左右。

产能方面，小米北京工厂一期、二期合计年产能已达30万辆，三期工程正在建设中。

雷军此前在微博上表示，小米汽车今年交付目标为35万辆，目前已提前完成。

与比亚迪相比，小米汽车的体量仍然不大，比亚迪第三季度销量超过111万辆。但对一家造车仅四年的公司而言，这样的成绩已属不易。"""

ZH_WEIBO = """#小米汽车# 2025年，我们一起完成了很多不可能！

全年交付超过41万台，远超年初定下的35万台目标。

12月单月交付超过5万台，再创新高。

小米YU7上市半年，累计交付突破15万台；小米SU7累计交付超过36万台。

北京工厂二期已经满产，三期正在建设。

2026年，我们的目标是55万台。

新的一年，小米汽车将正式走向欧洲，敬请期待！

感谢每一位米粉，感谢每一位车主！

转发 3.2万 | 评论 5.6万 | 点赞 48万"""

ZH_WEEKLY = """12月第1周（12.1-12.7），新势力品牌上险量榜单出炉。

问界以1.52万辆位居第一，零跑以1.38万辆紧随其后。

小米汽车本周上险量为1.03万辆，环比上周的9800辆增长5.1%。其中，小米YU7贡献约6300辆，小米SU7约4000辆。

理想汽车本周上险8600辆，蔚来7200辆，小鹏6900辆。

特斯拉中国本周上险1.45万辆，比亚迪6.3万辆。

从月度数据看，小米汽车11月交付量超过4万辆，已提前完成全年35万辆目标。

业内人士认为，随着年底购置税政策调整临近，12月车市有望迎来翘尾行情。"""

ZH_Q1 = """5月27日晚，小米集团发布2025年第一季度财报。

报告期内，小米智能电动汽车及AI等创新业务收入为185.8亿元，上一季度为167.5亿元，环比增长10.9%。

其中，汽车销售收入181亿元。

一季度小米汽车共交付新车75869辆，2024年第四季度为69697辆。

毛利率方面，该业务一季度毛利率为23.2%，较上季度的20.4%提升2.8个百分点。

经营亏损则从上季度的7亿元收窄至5亿元。

单车平均售价为245089元，环比略有下降，主要因为标准版SU7占比提高。

集团层面，一季度总收入1113亿元，同比增长47.4%，经调整净利润107亿元。

小米维持2025年35万辆的交付目标。"""

ZH_FACTORY = """走进位于北京亦庄的小米汽车工厂，记者首先被巨大的压铸车间所震撼。

这里的9100吨大压铸机，可以将72个零件一体压铸成型。

工厂负责人介绍，一期工厂于2024年投产，年产能15万辆；二期工厂已于今年6月竣工，投产后总年产能达到30万辆。

目前工厂实行双班生产，平均每76秒就有一台新车下线。

7月，工厂共生产新车约3.2万辆，其中小米YU7约1.1万辆。

同月，小米汽车交付量超过3万辆。

工厂目前员工约5000人，关键工序自动化率达到100%。

据了解，小米汽车已在附近竞得一块新地块，用于建设三期工厂，投资额约为60亿元。

工厂负责人表示：“订单太多了，我们正在想尽办法提升产能。”"""

ZH_BROKER = """某头部券商近日发布研报，上调小米集团目标价至62港元，维持“买入”评级。

研报预计，小米汽车2026年交付量将达到60万辆，此前预测为52万辆；2027年交付量有望进一步提升至80万辆。

收入方面，研报预测2026年小米汽车业务收入为1560亿元，2027年为2050亿元。

研报同时预计，汽车业务2026年经营利润约为55亿元。

该券商认为，小米汽车今年交付量将超过40万辆，大幅超出公司35万辆的年度目标。

分析师指出，YU7订单储备充足，目前等车周期仍长达数月。

风险提示：行业价格战加剧、新车型上市不及预期、芯片价格上涨。"""

ZH_PRICECUT = """1月6日，小米汽车宣布对小米SU7系列推出限时优惠政策。

即日起至3月31日，小米SU7标准版售价由21.59万元下调至20.99万元，Pro版由24.59万元下调至23.99万元，Max版售价维持29.99万元不变。

此外，购车用户还可享受5年0息金融方案，最高可省1.5万元。

此前，特斯拉已将Model 3起售价下调至23.19万元，小鹏、零跑等品牌也纷纷跟进降价。

业内人士分析，今年新能源汽车购置税减免政策减半后，车企普遍面临开年销量压力。

数据显示，小米汽车2025年全年交付超过41万辆，今年目标为55万辆。

小米YU7目前售价25.35万元起，暂未参与此次优惠。"""

ZH_DELAY = """近日，多名小米YU7车主向记者反映，提车时间一再推迟。

小米汽车App显示，目前下单YU7标准版，预计交付周期为53至56周，Pro版为48至51周，Max版为33至36周。

6月26日上市当晚，小米YU7在18小时内锁单量突破24万台，远超市场预期。

小米汽车方面回应称，正在全力提升产能，二期工厂已于6月底投产。

公开数据显示，小米汽车6月交付量超过2.5万台，7月以来YU7周上险量稳定在3000辆左右。

有黄牛在二手平台上加价转让YU7订单，加价幅度在2万元至5万元不等。

对于等不及的用户，小米推出了转购SU7的方案，并给予一定补贴。

分析人士认为，小米汽车今年35万辆的交付目标仍有望实现。"""

ZH_LIVE = """3月28日晚7点，小米汽车首款车型小米SU7正式上市。

19:52，雷军公布售价：小米SU7标准版21.59万元，Pro版24.59万元，Max版29.99万元。

20:06，小米汽车官方宣布，开售4分钟大定突破1万台。

20:19，开售27分钟，大定突破5万台。

次日中午，小米汽车公布，上市24小时锁单88898台。

雷军表示，小米SU7今年的交付目标是10万台以上，力争12万台。

首批创始版车型将于4月3日开始交付。

此前网传小米SU7售价或将超过50万元，最终定价远低于市场猜测。"""

ZH_PROFILE = """2021年3月30日，雷军在发布会上宣布小米正式造车，首期投资100亿元人民币，预计未来10年投资额100亿美元。

“这是我人生中最后一次重大的创业项目。”他说。那一年，雷军52岁。

造车团队从最初的几十人起步，如今已扩充至超过1.8万人。

2024年3月，小米SU7上市，27分钟大定5万台，当年交付超过13.5万辆。

2025年，小米YU7上市，18小时锁单24万台。

雷军在一次采访中透露，小米汽车今年有望交付超过40万辆。

雷军的微博粉丝超过2600万，他几乎每天都会发布与小米汽车相关的内容。

也有人质疑他过于高调。今年3月的一起交通事故，以及SU7 Ultra“机盖门”事件，都曾让小米汽车陷入舆论风波。"""

ZH_MARKET = """11月19日，港股三大指数集体收跌。截至收盘，恒生指数跌0.4%，报25830点；恒生科技指数跌1.1%。

个股方面，小米集团-W收跌4.2%，报40.46港元，成交额达98亿港元。

消息面上，小米集团昨日公布三季度业绩，汽车业务首次实现单季经营盈利7亿元，季内交付新车108796辆。

但市场更关注存储芯片涨价对手机业务的冲击。公司第三季度智能手机毛利率为11.1%，同比下降1.0个百分点。

汽车板块中，理想汽车-W跌2.3%，小鹏汽车-W跌1.8%，蔚来-SW涨0.9%。

南向资金今日净买入小米集团12.5亿港元。

今年以来，小米集团股价累计上涨约26%。"""


CHINESE = [
    article(
        "快讯｜小米汽车11月交付量超4万辆",
        ZH_FLASH,
        D(2025, 12, 1),
        "zh",
        [
            dlv(AUTO, 40000, MORE, **month(2025, 11)),
            fcst(AUTO, 140000, MORE, **quarter(2025, 4)),
            goal(350000, **year(2025)),
            price(YU7, 253500),
        ],
    ),
    article(
        "深度｜小米汽车赚钱了：一辆车赚多少？高毛利还能撑多久",
        ZH_DEEP,
        D(2025, 11, 25),
        "zh",
        [
            other("operating profit", 7e8, **quarter(2025, 3)),
            dlv(AUTO, 108796, **quarter(2025, 3)),
            money("revenue", 2.9e10, **quarter(2025, 3)),
            other("gross margin", 25.5, **quarter(2025, 3)),
            dlv(AUTO, 39790, **quarter(2024, 3)),
            other("gross margin", 17.1, **quarter(2024, 3)),
            money("net_loss", 1.5e9, **quarter(2024, 3)),
            price(AUTO, 260000, qualifier=ABOUT, **quarter(2025, 3)),
            price(AUTO, 254000, **quarter(2025, 2)),
            other("gross margin", 20, qualifier=ABOUT, status="forecast", **year(2026)),
            cap(300000),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "雷军：2025年小米汽车交付超41万台，感谢每一位用户",
        ZH_WEIBO,
        D(2026, 1, 1),
        "zh",
        [
            dlv(AUTO, 410000, MORE, **year(2025)),
            goal(350000, **year(2025)),
            dlv(AUTO, 50000, MORE, **month(2025, 12)),
            running(YU7, 150000, MORE),
            running(SU7, 360000, MORE),
            goal(550000, **year(2026)),
        ],
    ),
    article(
        "周销量榜｜12月第1周新势力上险量：问界居首，小米汽车1.03万辆",
        ZH_WEEKLY,
        D(2025, 12, 9),
        "zh",
        [
            dlv(AUTO, 10300, **wk(2025, 12, 1)),
            dlv(AUTO, 9800, **wk(2025, 11, 24)),
            dlv(YU7, 6300, ABOUT, **wk(2025, 12, 1)),
            dlv(SU7, 4000, ABOUT, **wk(2025, 12, 1)),
            dlv(AUTO, 40000, MORE, **month(2025, 11)),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "小米一季度财报：汽车业务收入185.8亿元 环比增长10.9%",
        ZH_Q1,
        D(2025, 5, 28),
        "zh",
        [
            money("revenue", 1.858e10, **quarter(2025, 1)),
            money("revenue", 1.675e10, **quarter(2024, 4)),
            money("revenue", 1.81e10, **quarter(2025, 1)),
            dlv(AUTO, 75869, **quarter(2025, 1)),
            dlv(AUTO, 69697, **quarter(2024, 4)),
            other("gross margin", 23.2, **quarter(2025, 1)),
            other("gross margin", 20.4, **quarter(2024, 4)),
            money("net_loss", 7e8, **quarter(2024, 4)),
            money("net_loss", 5e8, **quarter(2025, 1)),
            price(AUTO, 245089, **quarter(2025, 1)),
            ev(GROUP, metric="revenue", value=1.113e11, **quarter(2025, 1)),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "探访小米汽车北京工厂：每76秒下线一台新车",
        ZH_FACTORY,
        D(2025, 8, 15),
        "zh",
        [
            cap(150000),
            cap(300000),
            made(32000, ABOUT, **month(2025, 7)),
            ev(YU7, metric="production", value=11000, qualifier=ABOUT, **month(2025, 7)),
            dlv(AUTO, 30000, MORE, **month(2025, 7)),
            staff(5000, ABOUT),
            money("investment", 6e9, ABOUT),
        ],
    ),
    article(
        "券商研报：上调小米汽车2026、2027年交付预测至60万辆、80万辆",
        ZH_BROKER,
        D(2025, 12, 15),
        "zh",
        [
            fcst(AUTO, 600000, **year(2026)),
            fcst(AUTO, 520000, **year(2026)),
            fcst(AUTO, 800000, **year(2027)),
            est("revenue", 1.56e11, **year(2026)),
            est("revenue", 2.05e11, **year(2027)),
            other("operating profit", 5.5e9, qualifier=ABOUT, status="forecast", **year(2026)),
            fcst(AUTO, 400000, MORE, **year(2025)),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "小米SU7限时降价：标准版售价下调至20.99万元",
        ZH_PRICECUT,
        D(2026, 1, 6),
        "zh",
        [
            price(SU7, 215900),
            price(SU7, 209900),
            price(SU7, 245900),
            price(SU7, 239900),
            price(SU7, 299900),
            dlv(AUTO, 410000, MORE, **year(2025)),
            goal(550000, **year(2026)),
            price(YU7, 253500),
        ],
    ),
    article(
        "小米YU7等车最长超一年 多地用户反映交付延迟",
        ZH_DELAY,
        D(2025, 7, 20),
        "zh",
        [
            orders("locked_orders", YU7, 240000, qualifier=MORE, **WINDOW),
            dlv(AUTO, 25000, MORE, **month(2025, 6)),
            dlv(YU7, 3000, ABOUT, **RATE),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "小米SU7发布会图文直播：21.59万元起，27分钟大定5万台",
        ZH_LIVE,
        D(2024, 3, 29),
        "zh",
        [
            price(SU7, 215900),
            price(SU7, 245900),
            price(SU7, 299900),
            orders("orders", SU7, 10000, qualifier=MORE, **WINDOW),
            orders("orders", SU7, 50000, qualifier=MORE, **WINDOW),
            orders("locked_orders", SU7, 88898, **WINDOW),
            ev(
                SU7,
                metric="delivery_target",
                value=100000,
                qualifier=MORE,
                status="target",
                **year(2024),
            ),
            ev(SU7, metric="delivery_target", value=120000, status="target", **year(2024)),
        ],
    ),
    article(
        "雷军的造车五年：从“最后一次创业”到年交付40万辆",
        ZH_PROFILE,
        D(2025, 12, 16),
        "zh",
        [
            money("investment", 1e10),
            ev(AUTO, metric="investment", value=1e10, unit="USD"),
            staff(18000, MORE),
            orders("orders", SU7, 50000, **WINDOW),
            dlv(AUTO, 135000, MORE, **year(2024)),
            orders("locked_orders", YU7, 240000, **WINDOW),
            fcst(AUTO, 400000, MORE, **year(2025)),
        ],
    ),
    article(
        "港股收评：恒指跌0.4% 小米集团跌超4% 汽车业务盈利未能提振股价",
        ZH_MARKET,
        D(2025, 11, 19),
        "zh",
        [
            other("operating profit", 7e8, **quarter(2025, 3)),
            dlv(AUTO, 108796, **quarter(2025, 3)),
        ],
    ),
]


@run(CHINESE)
def test_chinese_articles(
    title: str, body: str, published: dt.date | None, lang: str | None, want: list[Any]
) -> None:
    check_article(title, body, published, lang, want)  # type: ignore[arg-type]
