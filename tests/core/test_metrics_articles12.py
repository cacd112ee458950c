"""Probes of the extractor on WHOLE ARTICLES, twelfth set (a), written without sight of the
devset, continuing test_metrics_articles9.py and test_metrics_articles10.py with the same
structure: 30 long pages (16 in English, 14 in Chinese) as trafilatura returns them, with their
dateline or byline and the noise a page keeps (photo captions, "Read more" / 相关阅读 links,
ticker lines, flattened tables, bullet lists, quotes, reader comments, disclaimers).

Genres, each told in several outlet styles (wire service, tech site, auto trade site, business
daily, Chinese portal, Chinese auto media, Hong Kong press): monthly delivery reports with
rivals' figures, running totals and the year's target; quarterly and annual results (segment
revenue, gross margin, operating profit or loss, the quarter's deliveries, average price,
guidance); launch nights (orders in minutes or hours, trims' prices, waits); order books and
the production ramp; targets and forecasts raised or cut; explainers comparing the SU7, the
SU7 Ultra and the YU7. Variations: a publication day given or not; days in the text ("on
Tuesday", "Dec 1", "12月1日晚间"); a figure in the headline repeated in the body; one figure
told twice with different rounding (one event, the precise value); past months recalled in a
story about a later month; a model's figure and the company's in one sentence.

Every article is written for this file, in our own words; figures are close to those reported
for Xiaomi's car business or made up to be plausible. The expected list was decided before the
extractor ran: one event per distinct figure, in the order of the text. Conventions as in
test_metrics_articles10.py: a finished month of an actual runs first to last day, as_of its
last day; a running total since launch is cumulative; 上半年 is a half year; a launch window is
`window`; 大定 and plain "orders" are orders, 锁单 / "locked" orders are locked_orders; a
capacity is a rate; a price has no period (an average price keeps its quarter); an operating
loss is net_loss, an operating profit, a gross margin and a store count are `other`; company
guidance for a period is a target, both ends of a revision "from X to Y" are events; a rival's,
the market's or a phone figure, a share price, a price target, an option's price, a waiting
time, a spec, a change told by its size or a figure derived by the writer (a share of a goal, a
remainder to go) is no event; a headline in a "Read more" link is not this article's figure; a
target's as_of is not asserted. A plain case guards what holds; an `xfail(strict=True)` case is
a known miss whose reason says field by field what is missing, extra or wrong.
"""

import datetime as dt
from typing import Any

from test_metrics_articles9 import article, check_article, orders, run
from test_metrics_articles10 import made
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
CUM = {"period_kind": "cumulative"}


def running(subject: str, value: float, q: str = "exact") -> dict[str, Any]:
    """A running total since launch, its day not stated precisely ("by mid-2025")."""
    return dlv(subject, value, q, **CUM)


def month_span(y: int, m: int) -> dict[str, Any]:
    """A month as the period of a target or a forecast (its as_of not asserted)."""
    span = month(y, m)
    return {k: span[k] for k in ("period_kind", "period_start", "period_end")}


# --- English ---------------------------------------------------------------------------------

EN_WIRE_NOV = """BEIJING, Dec 1 (Newswire) - Xiaomi delivered more than 40,000 electric vehicles in \
November, the third month in a row above that level, the company said on Monday, taking it past \
its full-year target with a month still to go.

The Chinese smartphone and appliance maker has handed over more than 360,000 cars in the first \
eleven months of the year, against a goal of 350,000 for 2025 that it set in the spring.

Among China's electric-vehicle startups, Leapmotor delivered 70,327 vehicles in November, XPeng \
36,728 and NIO 36,275. Li Auto, which is in the middle of a model changeover, reported 33,181, \
down from a year earlier.

Xiaomi, which began selling cars in March last year with the SU7 sedan, now sells three models: \
the SU7, the high-performance SU7 Ultra and the YU7 sport utility vehicle that went on sale in \
June. It does not break down its monthly figure by model.

A Xiaomi YU7 is seen at a showroom in Beijing, China, November 20, 2025. REUTERS/Staff

Analysts said the YU7 probably accounted for more than half of the month's deliveries, as the \
company worked through a backlog built up after the launch night.

Xiaomi is building a third phase of its plant in Beijing's Yizhuang district and has said it \
plans to start selling cars outside China in 2027.

Read more:
Xiaomi YU7 locked orders top 240,000 in 18 hours
Leapmotor sets fresh monthly record as price war deepens

Xiaomi shares rose 1.3% to HK$41.20 in afternoon trade in Hong Kong.

(Reporting by Staff in Beijing; Editing by Jane Roe)"""

EN_TECH_OCT = """Xiaomi's YU7 pushes October deliveries above 40,000 again

By Kim Lee, Senior Reporter
Nov 1, 2025 at 9:14 AM

Xiaomi's car business had another big month. The YU7 accounted for more than 25,000 of the \
over 40,000 cars Xiaomi delivered last month, according to a post the company made on Weibo \
this morning, with the rest mostly SU7 sedans.

That follows more than 40,000 deliveries in September and more than 30,000 in August, when the \
second phase of the Beijing factory was still ramping up.

If you have been following the saga, you will know the YU7 had a launch night for the history \
books: hundreds of thousands of people put down money within hours. Waiting times on Xiaomi's \
app still read 40 to 50 weeks for some versions.

The YU7 starts at 253,500 yuan (about $35,500) and offers up to 835 km of range on the CLTC \
cycle. The dual-motor Max version does 0-100 km/h in 3.2 seconds.

For comparison, Tesla sold 61,497 China-made cars in October and BYD sold 441,706 vehicles.

What it means
Xiaomi looks on track to beat its 350,000-unit target for the year comfortably. The question for \
2026 is whether a third model line can keep the factory this busy.

Related stories
- Hands-on: the Xiaomi 17 Pro's rear screen is better than it sounds
- Xiaomi SU7 gets a 2026 refresh with lidar as standard

Kim Lee covers consumer tech and electric vehicles. Got a tip? Email the newsroom.

42 comments

Sign up for our newsletter to get the day's most important stories about electric cars, \
batteries and the companies that make them, delivered to your inbox every morning. You can \
unsubscribe at any time, and we use your email address only to send you the newsletter."""

EN_TRADE_MAY = """Xiaomi Auto posts May deliveries of 30,526 units

June 2, 2025 | Auto Trade Daily | Sales & Registrations

Xiaomi Auto delivered 30,526 vehicles in May, the brand said in a statement on Sunday, up 4% \
on the previous month. The roughly 30,500 units were almost all SU7 sedans, as the YU7 SUV is \
not due to go on sale until late June.

April deliveries were more than 28,000, the brand said at the time. Year to date, Xiaomi has \
delivered about 127,000 vehicles.

Market context
The Chinese new-energy passenger vehicle market grew 28% year on year in May, according to \
preliminary data from the passenger car association, with retail sales of 1.02 million units. \
BYD sold 382,476 vehicles, Geely 235,819.

Dealers report that lead times \
for the standard SU7 have dropped to about four weeks, while the SU7 Ultra, priced at 529,900 \
yuan, still carries waits of several months.

Xiaomi has a goal of 350,000 deliveries for the full year, which would require it to hand over \
an average of more than 30,000 vehicles a month for the rest of the year.

Table: Selected NEV makers, May 2025 (units)
BYD | 382,476
Leapmotor | 45,067
Xiaomi | 30,526
XPeng | 33,525

Subscribe to Auto Trade Daily for the full registration database by city and model.

Copyright Auto Trade Daily. All rights reserved.

Sign up for our newsletter to get the day's most important stories about electric cars, \
batteries and the companies that make them, delivered to your inbox every morning. You can \
unsubscribe at any time, and we use your email address only to send you the newsletter.

Corrections: if you spot an error in this story, please contact our standards editor. We \
correct errors promptly and note significant changes at the end of the article."""

EN_DAILY_Q2 = """Xiaomi's EV loss narrows to 300 million yuan as deliveries hit 81,302

Business Daily | August 20, 2025

Xiaomi's electric-vehicle business cut its operating loss to 300 million yuan in the second \
quarter, from 500 million yuan in the first, as it delivered 81,302 cars and edged closer to \
breaking even.

Revenue from smart EVs and other new initiatives reached 21.3 billion yuan in the April-June \
period, the company said in its results statement on Tuesday. The segment's gross margin rose \
to 26.4%.

The average selling price was about 253,700 yuan, slightly down from the first quarter as the \
cheaper standard SU7 made up a bigger share of sales.

Group revenue rose 31% to 116 billion yuan, helped by strong demand for air conditioners and \
tablets.

"We expect the EV business to turn an operating profit in the second half," President Lu \
Weibing told analysts. He added that the YU7 had a large order backlog that would keep the \
factory busy into next year.

The results come as price competition in China's car market has squeezed margins at most \
carmakers. BYD's second-quarter net profit fell 30%.

Key numbers
Q2 deliveries: 81,302
EV segment revenue: RMB21.3bn
Gross margin: 26.4%

Shares of Xiaomi closed 1.5% higher at HK$52.60 before the results.

This article does not constitute investment advice.

Sign up for our newsletter to get the day's most important stories about electric cars, \
batteries and the companies that make them, delivered to your inbox every morning. You can \
unsubscribe at any time, and we use your email address only to send you the newsletter.

Corrections: if you spot an error in this story, please contact our standards editor. We \
correct errors promptly and note significant changes at the end of the article."""

EN_TECH_FY24 = """Xiaomi raises 2025 EV target to 350,000 after first full year of car sales

March 18, 2025

Xiaomi has raised its delivery target for this year to 350,000 vehicles from 300,000, the \
company said on Tuesday as it reported its first full year of car sales.

The firm delivered 136,854 cars in 2024, beating its goal of 130,000, after the SU7 sedan went \
on sale at the end of March. Revenue from the EV business came to 32.1 billion yuan for the \
year, and the segment's gross margin was 18.5%.

The car unit lost 6.2 billion yuan in 2024, which Xiaomi says includes heavy spending on new \
models and on its factory.

In the fourth quarter alone, Xiaomi delivered 69,697 vehicles, and the car business brought in \
16.7 billion yuan of revenue.

Xiaomi also confirmed that the YU7, an SUV first shown in December, would go on sale in the \
summer. The SU7 Ultra, a track-focused version priced at 529,900 yuan, began deliveries this \
month.

Analysts said the higher goal looked achievable. "The second phase of the plant is the key," \
one said.

Xiaomi reported group revenue of 365.9 billion yuan for 2024, up 35%.

Related: The best electric SUVs coming in 2025

Comments are closed.

Sign up for our newsletter to get the day's most important stories about electric cars, \
batteries and the companies that make them, delivered to your inbox every morning. You can \
unsubscribe at any time, and we use your email address only to send you the newsletter.

Corrections: if you spot an error in this story, please contact our standards editor. We \
correct errors promptly and note significant changes at the end of the article."""

EN_ULTRA_LAUNCH = """Xiaomi slashes SU7 Ultra price to 529,900 yuan, draws 10,000 orders in two hours

Feb 28, 2025

BEIJING - Xiaomi launched the SU7 Ultra on Thursday evening at a price of 529,900 yuan, far \
below the pre-sale price of 814,900 yuan it announced in October, and said the car drew 6,900 \
orders within 10 minutes.

By the end of the night the high-performance sedan had more than 10,000 orders, Lei Jun said, \
reached within two hours of the launch. Xiaomi had set itself a sales target of 10,000 Ultras \
for the whole of 2025.

The Ultra uses three motors with a combined 1,548 horsepower and goes from 0 to 100 km/h in \
1.98 seconds. A version of the car set a lap record at the Nurburgring last year.

Lei Jun presents the SU7 Ultra in Beijing on February 27, 2025. Photo: Xiaomi

Deliveries started immediately for buyers of the launch-edition cars, while others face waits \
of several months. A track package costs an extra 42,000 yuan.

The launch took place at the same event where Xiaomi unveiled the Xiaomi 15 Ultra smartphone, \
which starts at 6,499 yuan.

The price cut puts the Ultra below Porsche's Taycan Turbo, which sells for about 1.8 million \
yuan in China, and closer to the top versions of domestic rivals from Zeekr and Li Auto.

Xiaomi's shares have more than doubled over the past six months on enthusiasm for its car \
business.

(Reporting by Staff; Editing by Tom Hogue)

Sign up for our newsletter to get the day's most important stories about electric cars, \
batteries and the companies that make them, delivered to your inbox every morning. You can \
unsubscribe at any time, and we use your email address only to send you the newsletter."""

EN_HK_YU7 = """Xiaomi YU7 bags 200,000 orders in three minutes

HONG KONG PRESS | Friday, June 27, 2025

Xiaomi's YU7 sport utility vehicle took 200,000 locked orders within three minutes of going on \
sale last night, and the figure had passed 240,000 within 18 hours, founder Lei Jun said this \
morning.

The SUV comes in three versions: the Standard at 253,500 yuan, the Pro at 279,900 yuan and the \
Max at 329,900 yuan. All are cheaper than Tesla's Model Y, which starts at 263,500 yuan on the \
mainland.

Buyers who ordered on Thursday night face waits of up to 58 weeks for the Standard version, \
according to Xiaomi's app, prompting complaints online and a brisk trade in order transfers.

Investors cheered. Xiaomi's Hong Kong-listed shares jumped as much as 8% to a record HK$61.45 \
in the morning session, lifting the stock's gain this year to about 70%.

Photo: Crowds at a Xiaomi store in Causeway Bay watch the launch on a big screen.

Hong Kong buyers will have to wait: the company has no plan to sell right-hand-drive cars \
before 2027, a spokeswoman said.

Lei said the factory's second phase, completed this month, would help shorten waits. "We will \
do our best to deliver faster," he wrote.

Analysts at a Hong Kong brokerage said the order book could keep the plant busy well into \
2026, and lifted their earnings forecasts for the group.

Read more: Tesla cuts Model Y waiting times in China

Sign up for our newsletter to get the day's most important stories about electric cars, \
batteries and the companies that make them, delivered to your inbox every morning. You can \
unsubscribe at any time, and we use your email address only to send you the newsletter."""

EN_TRADE_RAMP = """Production ramp: Xiaomi builds about 42,000 cars in August as phase two comes online

Auto Trade Daily | Sept 10, 2025 | Manufacturing

Xiaomi's Beijing plant built about 42,000 vehicles in August, according to people familiar \
with its output, the highest monthly total since the carmaker started production last year.

The second phase of the factory, which started production in June, lifts the site's capacity \
to 300,000 vehicles a year from 150,000. Xiaomi has not said when a third phase would start \
production.

Deliveries in August were more than 30,000, the company said at the start of the month, \
meaning thousands of cars were sitting in transit or at delivery centres.

Order book
The YU7's order book is the reason for the rush. The SUV took more than 240,000 locked orders \
within 18 hours of its June launch. Xiaomi has not updated that figure.

Supplier notes
- Battery cells come from CATL and BYD's FinDreams unit.
- The 9,100-tonne die-casting machines are made by Haitian.
- Each line now runs two shifts, six days a week.

A plant manager said the line was turning out a car every 76 seconds at peak times.

Rival Li Auto cut its production plans for the third quarter by 20% as demand for its \
range-extended SUVs cooled.

Related: Inside Leapmotor's Jinhua plant

Data: company statements, Auto Trade Daily research.

Sign up for our newsletter to get the day's most important stories about electric cars, \
batteries and the companies that make them, delivered to your inbox every morning. You can \
unsubscribe at any time, and we use your email address only to send you the newsletter."""

EN_DAILY_2025 = """Xiaomi beats 2025 goal with 410,000 deliveries, sets 550,000 target for 2026

Business Daily | January 2, 2026

Xiaomi delivered more than 410,000 electric vehicles in 2025, comfortably beating its target \
of 350,000, and aims to hand over 550,000 cars in 2026, the company said on Thursday.

December was its best month yet, with deliveries of more than 50,000, as buyers rushed to \
lock in a purchase-tax break that halves from January.

The new goal implies growth of about a third, slower than last year but ambitious in a market \
that many analysts expect to shrink after the tax change. Analysts at one Hong Kong bank \
expect Xiaomi to deliver 600,000 vehicles in 2026, helped by two new models.

BYD sold 4.6 million vehicles in 2025, while Tesla's deliveries in China fell for a second \
year.

Lei Jun said on his annual speech stream that the company would launch its first extended-range \
SUV in 2026 and open its first stores in Europe in 2027.

"Last year we proved we could build cars. This year we have to prove we can build a brand," he \
said.

What analysts say
Most analysts now expect the car unit to post a full-year operating profit for 2026. Margins \
may come under pressure as the company cuts prices on the older SU7.

Xiaomi shares rose 3% in early trade.

Related: China's EV sales growth slows to single digits in 2026 forecasts

Sign up for our newsletter to get the day's most important stories about electric cars, \
batteries and the companies that make them, delivered to your inbox every morning. You can \
unsubscribe at any time, and we use your email address only to send you the newsletter."""

EN_EXPLAINER = """SU7, SU7 Ultra or YU7? Xiaomi's three cars explained

By Tech Desk

Xiaomi sells three cars in China, and picking between them is less obvious than it looks. Here \
is how they compare.

The SU7
The sedan that started it all went on sale in March 2024 and is still Xiaomi's volume seller \
for buyers who do not need an SUV. The 2025 version starts at 215,900 yuan, and the SU7 had \
passed 300,000 cumulative deliveries by late June 2025. Range is up to 830 km in the Max \
version.

The SU7 Ultra
This is the halo car: three motors, 1,548 horsepower, a top speed of 350 km/h. It costs \
529,900 yuan, and Xiaomi says it had delivered more than 10,000 of them by the middle of 2025. \
It is not a car most people need.

The YU7
The SUV launched in June 2025 and is the one everyone is waiting for, literally: waits for \
some versions run to more than a year. It starts at 253,500 yuan, a little below the Tesla \
Model Y, with a bigger battery as standard.

Which should you buy?
If you want the best value, the SU7 Standard. If you want space, the YU7 Pro. If you want to \
go to a track day, the Ultra, and you probably already know that.

Specs at a glance
SU7 Standard: 700 km range, 5.28 s 0-100 km/h
YU7 Standard: 835 km range, 5.88 s 0-100 km/h
SU7 Ultra: 630 km range, 1.98 s 0-100 km/h

Prices are for mainland China and include VAT. Xiaomi does not sell its cars outside China yet.

More explainers: What is a locked order? How Chinese EV makers count sales"""

EN_HK_SEP = """Xiaomi keeps up its pace as third-quarter deliveries top 100,000

HONG KONG PRESS | Wednesday, October 1, 2025

Xiaomi handed over more than 40,000 cars in September, it said on Wednesday, capping a quarter \
in which deliveries topped 100,000 for the first time.

The Beijing-based group's tally for the year now stands at about 266,000 vehicles, leaving it \
well placed to meet its goal for 2025.

Elsewhere, Leapmotor reported 66,657 deliveries for the month, XPeng a record 41,581 and NIO \
34,749. Li Auto's deliveries fell 37% year on year to 33,951.

Hong Kong's own electric-car market is smaller: about 5,000 electric cars were registered in \
the city in September, a record, led by BYD and Tesla.

Xiaomi's mainland stores were busy over the Golden Week holiday, which started on Wednesday, \
with many visitors asking about the YU7, which still has waits of several months. A salesman in \
Shenzhen said some buyers had switched to the SU7 to get a car sooner.

Lei Jun said on Weibo that Xiaomi would "not stop here", without giving a new figure.

Xiaomi's shares, which have gained more than 50% this year, rose 1.8% to HK$54.10 on Tuesday. \
The market is closed on Wednesday for the National Day holiday.

Read more:
Xiaomi's third plant phase to lift capacity - report
HK EV registrations hit record in September

Sign up for our newsletter to get the day's most important stories about electric cars, \
batteries and the companies that make them, delivered to your inbox every morning. You can \
unsubscribe at any time, and we use your email address only to send you the newsletter.

Corrections: if you spot an error in this story, please contact our standards editor. We \
correct errors promptly and note significant changes at the end of the article."""

EN_WIRE_Q3 = """Xiaomi EV unit posts first operating profit, guides fourth-quarter deliveries above 140,000

Nov 18 (Newswire) - Xiaomi's electric-vehicle business turned an operating profit for the first \
time in the third quarter, when it delivered 108,796 vehicles, the company said on Tuesday.

The nearly 109,000 deliveries compared with 81,302 in the second quarter. Operating profit \
for the EV and AI segment was 700 million \
yuan, and its revenue came to 29 billion yuan.

The company guided for fourth-quarter deliveries of more than 140,000 vehicles.

Gross margin in the segment was 25.5%, compared with 26.4% in the second quarter, as the \
company offered buyers of the SU7 free upgrades and financing deals.

The SU7 Ultra and the YU7 Max, the two most expensive cars in the line-up, raised the average \
selling price to about 260,000 yuan, from roughly 253,700 yuan in the April-June period.

Xiaomi's smartphone shipments were 43.3 million in the quarter, down slightly.

"The car business is now a real business," President Lu Weibing told reporters.

Xiaomi's shares have fallen by about a quarter since their June peak, as investors worried \
about waning demand for the YU7 and rising memory-chip costs for phones.

(Reporting by Staff; Editing by Jane Roe)

Sign up for our newsletter to get the day's most important stories about electric cars, \
batteries and the companies that make them, delivered to your inbox every morning. You can \
unsubscribe at any time, and we use your email address only to send you the newsletter.

Corrections: if you spot an error in this story, please contact our standards editor. We \
correct errors promptly and note significant changes at the end of the article."""

EN_TRADE_SU7 = """Xiaomi SU7: 50,000 orders in 27 minutes, 88,898 locked in 24 hours

Auto Trade Daily | March 29, 2024 | Launches

Xiaomi's first car, the SU7 sedan, took 50,000 orders in the first 27 minutes after its launch \
on Thursday night, the company said, and by Friday evening it had 88,898 locked orders - orders \
whose deposits can no longer be refunded.

Pricing
- SU7 (rear-wheel drive): 215,900 yuan
- SU7 Pro: 245,900 yuan
- SU7 Max: 299,900 yuan

At 215,900 yuan the entry version undercuts Tesla's Model 3, which starts at 245,900 yuan in \
China, by 30,000 yuan. Xiaomi said it was losing money on every car at that price.

Deliveries of the first cars begin on April 3, with waits for most versions of four to seven \
months.

Xiaomi has said it aims to deliver more than 100,000 cars this year from its Beijing plant, \
which can build 150,000 a year.

Dealers of rival brands said they were already seeing customers cancel orders for other \
sedans. "Everyone wants to see the Xiaomi first," said one Shanghai salesman.

Lei Jun said in a livestream that he expected the SU7 to become the best-looking, \
best-driving and smartest car under 500,000 yuan.

Related coverage
Tesla cuts Model 3 prices in China
NIO launches ET7 upgrade

Data: company statements.

Sign up for our newsletter to get the day's most important stories about electric cars, \
batteries and the companies that make them, delivered to your inbox every morning. You can \
unsubscribe at any time, and we use your email address only to send you the newsletter.

Corrections: if you spot an error in this story, please contact our standards editor. We \
correct errors promptly and note significant changes at the end of the article."""

EN_DAILY_CUT = """Broker trims Xiaomi 2026 delivery forecast, sees company missing its target

Business Daily | January 6, 2026

A Hong Kong brokerage cut its forecast for Xiaomi's 2026 car deliveries to 450,000 from \
500,000 on Monday, saying the end of China's full purchase-tax exemption would hurt demand for \
the SU7 more than the market expects.

The new estimate is well below the company's own target of 550,000 for the year, which Lei Jun \
announced last week. Xiaomi delivered more than 410,000 cars in 2025.

The broker also cut its price target on the stock to HK$50 from HK$58 and now expects the car \
business to earn an operating profit of 2 billion yuan this year, half its earlier estimate.

"The YU7 order book is being worked through faster than we thought, and the new models do not \
arrive until the second half," the analysts wrote.

Other brokers are more upbeat. One U.S. bank reiterated its buy rating on Monday, arguing that \
the extended-range SUV due this year would open a new segment for Xiaomi.

Xiaomi declined to comment on the note.

The stock fell 2.4% to HK$39.80 in Hong Kong, extending its decline from a June record to more \
than 35%.

Sector view
The brokerage expects China's passenger car sales to fall 3% this year, the first decline \
since 2020, with electric cars still gaining share.

Disclaimer: This article is for information only.

Sign up for our newsletter to get the day's most important stories about electric cars, \
batteries and the companies that make them, delivered to your inbox every morning. You can \
unsubscribe at any time, and we use your email address only to send you the newsletter."""

EN_RIVALS = """China EV makers' January deliveries slump after tax change

Feb 1, 2026

Chinese electric-vehicle makers reported sharply lower deliveries for January on Sunday, as the \
halving of a purchase-tax break and the timing of the Lunar New Year holiday weighed on sales.

Leapmotor delivered 32,059 vehicles, down from a record in December. XPeng delivered 20,011 \
and NIO 27,182, while Li Auto's deliveries fell to 27,668.

Xiaomi, which usually posts a monthly figure on the first day of the month, did not give one \
this time. A spokesperson said the company would report its deliveries with its quarterly \
results.

BYD's sales fell 30% to 210,051 vehicles. Tesla does not give monthly China figures, but data \
from the passenger car association showed it sold 56,000 China-made cars.

Xiaomi shipped 42 million smartphones in the fourth quarter, according to research firm \
Canalys, keeping its third place in the global market.

The slowdown was expected, analysts said. "January is always weak, and this year more so," one \
said. "We will know more in March."

Xiaomi's YU7 was the best-selling SUV in China over the last three months of 2025, according \
to insurance registration data compiled by an industry website, ahead of the Tesla Model Y.

Shares of Chinese carmakers were mixed in Hong Kong on Friday; Xiaomi fell 1.1%.

Read more:
Xiaomi beats 2025 goal with 410,000 deliveries
Leapmotor to start selling cars in Brazil

Sign up for our newsletter to get the day's most important stories about electric cars, \
batteries and the companies that make them, delivered to your inbox every morning. You can \
unsubscribe at any time, and we use your email address only to send you the newsletter."""

EN_NODATE_JULY = """Xiaomi deliveries top 30,000 in July as YU7 handovers begin

By Auto Desk

Xiaomi delivered more than 30,000 vehicles in July 2025, its best month at that point, as the \
first YU7 sport utility vehicles reached customers alongside the SU7 sedan.

The figure compares with more than 25,000 deliveries in June 2025, when the factory was partly \
shut to connect the second phase of the plant, and more than 28,000 in May 2025.

Xiaomi has said it expects the YU7 to make up the bulk of deliveries later in the year. For \
now, most of the cars leaving the Beijing plant are SU7s: the sedan accounted for more than \
20,000 of the 30,000-plus cars delivered in July.

Over the first seven months of 2025 Xiaomi delivered more than 187,000 cars, leaving it with a \
little more than 160,000 to go to reach its full-year target of 350,000.

The YU7 drew 240,000 locked orders in the 18 hours after its launch on June 26, 2025, and \
buyers of some versions have been told to wait more than a year. The company has asked \
suppliers to raise output of the YU7's battery pack.

Rival Leapmotor delivered 50,129 cars in July 2025 and XPeng 36,717.

What to watch
- Whether Xiaomi can exceed 40,000 a month after the second phase ramps up
- Updates to the YU7's waiting times
- A possible third model line

Photo: A YU7 leaves the Xiaomi plant in Beijing. Credit: Xiaomi

Sign up for our newsletter to get the day's most important stories about electric cars, \
batteries and the companies that make them, delivered to your inbox every morning. You can \
unsubscribe at any time, and we use your email address only to send you the newsletter."""


ENGLISH = [
    article(
        "Xiaomi delivers over 40,000 EVs in November, passes annual goal",
        EN_WIRE_NOV,
        D(2025, 12, 1),
        None,
        [
            dlv(AUTO, 40000, MORE, **month(2025, 11)),
            dlv(AUTO, 360000, MORE, **first_months(2025, 11)),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "Xiaomi's YU7 pushes October deliveries above 40,000 again",
        EN_TECH_OCT,
        D(2025, 11, 1),
        None,
        [
            dlv(YU7, 25000, MORE, **month(2025, 10)),
            dlv(AUTO, 40000, MORE, **month(2025, 10)),
            dlv(AUTO, 40000, MORE, **month(2025, 9)),
            dlv(AUTO, 30000, MORE, **month(2025, 8)),
            price(YU7, 253500),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "Xiaomi Auto posts May deliveries of 30,526 units",
        EN_TRADE_MAY,
        D(2025, 6, 2),
        None,
        [
            dlv(AUTO, 30526, **month(2025, 5)),
            dlv(AUTO, 28000, MORE, **month(2025, 4)),
            dlv(AUTO, 127000, ABOUT, **first_months(2025, 5)),
            price(ULTRA, 529900),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "Xiaomi's EV loss narrows to 300 million yuan as deliveries hit 81,302",
        EN_DAILY_Q2,
        D(2025, 8, 20),
        None,
        [
            money("net_loss", 3e8, **quarter(2025, 2)),
            money("net_loss", 5e8, **quarter(2025, 1)),
            dlv(AUTO, 81302, **quarter(2025, 2)),
            money("revenue", 2.13e10, **quarter(2025, 2)),
            other("gross margin", 26.4, **quarter(2025, 2)),
            price(AUTO, 253700, qualifier=ABOUT, **quarter(2025, 2)),
            ev(GROUP, metric="revenue", value=1.16e11, **quarter(2025, 2)),
        ],
    ),
    article(
        "Xiaomi raises 2025 EV target to 350,000 after first full year of car sales",
        EN_TECH_FY24,
        D(2025, 3, 18),
        None,
        [
            goal(350000, **year(2025)),
            goal(300000, **year(2025)),
            dlv(AUTO, 136854, **year(2024)),
            goal(130000, **year(2024)),
            money("revenue", 3.21e10, **year(2024)),
            other("gross margin", 18.5, **year(2024)),
            money("net_loss", 6.2e9, **year(2024)),
            dlv(AUTO, 69697, **quarter(2024, 4)),
            money("revenue", 1.67e10, **quarter(2024, 4)),
            price(ULTRA, 529900),
            ev(GROUP, metric="revenue", value=3.659e11, **year(2024)),
        ],
    ),
    article(
        "Xiaomi slashes SU7 Ultra price to 529,900 yuan, draws 10,000 orders in two hours",
        EN_ULTRA_LAUNCH,
        D(2025, 2, 28),
        None,
        [
            price(ULTRA, 529900),
            price(ULTRA, 814900),
            orders("orders", ULTRA, 6900, **WINDOW),
            orders("orders", ULTRA, 10000, qualifier=MORE, **WINDOW),
            ev(ULTRA, metric="delivery_target", value=10000, status="target", **year(2025)),
        ],
    ),
    article(
        "Xiaomi YU7 bags 200,000 orders in three minutes",
        EN_HK_YU7,
        D(2025, 6, 27),
        None,
        [
            orders("locked_orders", YU7, 200000, **WINDOW),
            orders("locked_orders", YU7, 240000, qualifier=MORE, **WINDOW),
            price(YU7, 253500),
            price(YU7, 279900),
            price(YU7, 329900),
        ],
    ),
    article(
        "Production ramp: Xiaomi builds about 42,000 cars in August as phase two comes online",
        EN_TRADE_RAMP,
        D(2025, 9, 10),
        None,
        [
            made(42000, ABOUT, **month(2025, 8)),
            cap(300000),
            cap(150000),
            dlv(AUTO, 30000, MORE, **month(2025, 8)),
            orders("locked_orders", YU7, 240000, qualifier=MORE, **WINDOW),
        ],
    ),
    article(
        "Xiaomi beats 2025 goal with 410,000 deliveries, sets 550,000 target for 2026",
        EN_DAILY_2025,
        D(2026, 1, 2),
        None,
        [
            dlv(AUTO, 410000, MORE, **year(2025)),
            goal(350000, **year(2025)),
            goal(550000, **year(2026)),
            dlv(AUTO, 50000, MORE, **month(2025, 12)),
            fcst(AUTO, 600000, **year(2026)),
        ],
    ),
    article(
        "SU7, SU7 Ultra or YU7? Xiaomi's three cars explained",
        EN_EXPLAINER,
        None,  # type: ignore[arg-type]  # an evergreen explainer without a day
        None,
        [
            price(SU7, 215900),
            running(SU7, 300000, MORE),
            price(ULTRA, 529900),
            running(ULTRA, 10000, MORE),
            price(YU7, 253500),
        ],
    ),
    article(
        "Xiaomi keeps up its pace as third-quarter deliveries top 100,000",
        EN_HK_SEP,
        D(2025, 10, 1),
        None,
        [
            dlv(AUTO, 40000, MORE, **month(2025, 9)),
            dlv(AUTO, 100000, MORE, **quarter(2025, 3)),
            dlv(AUTO, 266000, ABOUT, **first_months(2025, 9)),
        ],
    ),
    article(
        "Xiaomi EV unit posts first operating profit, guides fourth-quarter deliveries above "
        "140,000",
        EN_WIRE_Q3,
        D(2025, 11, 18),
        None,
        [
            dlv(AUTO, 108796, **quarter(2025, 3)),
            dlv(AUTO, 81302, **quarter(2025, 2)),
            other("operating profit", 7e8, **quarter(2025, 3)),
            money("revenue", 2.9e10, **quarter(2025, 3)),
            goal(140000, MORE, **quarter(2025, 4)),
            other("gross margin", 25.5, **quarter(2025, 3)),
            other("gross margin", 26.4, **quarter(2025, 2)),
            price(AUTO, 260000, qualifier=ABOUT, **quarter(2025, 3)),
            price(AUTO, 253700, qualifier=ABOUT, **quarter(2025, 2)),
        ],
    ),
    article(
        "Xiaomi SU7: 50,000 orders in 27 minutes, 88,898 locked in 24 hours",
        EN_TRADE_SU7,
        D(2024, 3, 29),
        None,
        [
            orders("orders", SU7, 50000, **WINDOW),
            orders("locked_orders", SU7, 88898, **WINDOW),
            price(SU7, 215900),
            price(SU7, 245900),
            price(SU7, 299900),
            goal(100000, MORE, **year(2024)),
            cap(150000),
        ],
    ),
    article(
        "Broker trims Xiaomi 2026 delivery forecast, sees company missing its target",
        EN_DAILY_CUT,
        D(2026, 1, 6),
        None,
        [
            fcst(AUTO, 450000, **year(2026)),
            fcst(AUTO, 500000, **year(2026)),
            goal(550000, **year(2026)),
            dlv(AUTO, 410000, MORE, **year(2025)),
            other("operating profit", 2e9, status="forecast", **year(2026)),
        ],
    ),
    article(
        "China EV makers' January deliveries slump after tax change",
        EN_RIVALS,
        D(2026, 2, 1),
        None,
        [],
    ),
    article(
        "Xiaomi deliveries top 30,000 in July as YU7 handovers begin",
        EN_NODATE_JULY,
        None,  # type: ignore[arg-type]  # no publication day: every period names its year
        None,
        [
            dlv(AUTO, 30000, MORE, **month(2025, 7)),
            dlv(AUTO, 25000, MORE, **month(2025, 6)),
            dlv(AUTO, 28000, MORE, **month(2025, 5)),
            dlv(SU7, 20000, MORE, **month(2025, 7)),
            dlv(AUTO, 187000, MORE, **first_months(2025, 7)),
            goal(350000, **year(2025)),
            orders("locked_orders", YU7, 240000, **WINDOW),
        ],
    ),
]


@run(ENGLISH)
def test_english_articles(
    title: str, body: str, published: dt.date | None, lang: str | None, want: list[Any]
) -> None:
    check_article(title, body, published, lang, want)  # type: ignore[arg-type]


# --- Chinese ---------------------------------------------------------------------------------

ZH_PORTAL_NOV = """小米汽车11月交付量超4万台 提前完成全年目标

来源：新闻客户端 编辑：王明

12月1日晚间，小米汽车公布11月交付数据：当月交付量超过4万台，其中小米YU7交付超过2万台，这是小米汽车连续\
第三个月交付量突破4万台。

小米汽车今年1-11月累计交付已超36万台，提前一个月完成35万台的全年交付目标。

同日，多家新势力也发布了11月成绩单。零跑汽车11月交付70327台，同比增长超过50%；小鹏汽车交付36728台；\
蔚来公司交付36275台；理想汽车交付33181台。

业内人士分析，年底购置税优惠即将减半，不少消费者选择提前购车，带动了11月的销量。

据悉，小米汽车北京工厂三期正在建设中。雷军此前表示，小米汽车将在2027年进入海外市场。

（图：小米汽车北京亦庄工厂）

相关阅读：
小米YU7上市18小时锁单超24万台
零跑11月交付再创新高

责任编辑：李华

声明：本文仅代表作者观点，不构成投资建议。

【免责声明】本文内容来自公开信息整理，不代表本站观点。文中涉及的图片如有侵权，请联系我们删除。欢迎关注我们的公众号，获取更多汽车行业资讯与深度报道。"""

ZH_AUTO_OCT = """小米汽车10月交付超4万台 连续两月破4万

汽车频道 2025-11-01 10:21

11月1日，小米汽车官方宣布，10月交付量再次超过4万台，连续第二个月站上4万台关口。

回顾此前几个月，小米汽车9月交付超4万台，8月交付超3万台，7月交付超3万台。随着YU7产能爬坡，交付量稳步提升。

从新势力整体来看，10月零跑交付70289台，小鹏交付42013台，蔚来交付40397台，理想交付31767台。

品牌 | 10月交付量 | 同比
零跑 | 70289 | +84%
小鹏 | 42013 | +76%
蔚来 | 40397 | +93%
小米 | 超40000 | —
理想 | 31767 | -38%

值得一提的是，小米YU7目前的提车周期仍长达40周以上，小米SU7标准版提车周期约为4至7周。

小米汽车今年的交付目标为35万台，按当前节奏，完成目标已无悬念。

网友评论：
“等YU7等了快半年，终于要提车了！”
“小米这速度太吓人了。”

本文来源于汽车频道，转载请注明出处。"""

ZH_HK_Q3 = """小米電動車業務首錄經營盈利 第三季交付108,796輛

【本報訊】2025年11月18日

小米集團（1810）周二公布第三季業績，智能電動汽車及AI等創新業務首次錄得經營收益，金額為7億元人民幣。

期內，該分部收入為290億元人民幣，按季增長約36%；毛利率為25.5%。第三季共交付新車108,796輛，創單季新高。\
按此計算，每輛車的平均售價約為26萬元人民幣。

集團總收入為1131億元人民幣，按年增長22%。智能手機出貨量為4330萬部。

總裁盧偉冰表示，公司對完成全年35萬輛的交付目標充滿信心。

小米股價周二收報43.12港元，跌1.3%。市場人士指，記憶體價格上升將影響手機業務毛利。

相關新聞：
蔚來第三季虧損收窄
比亞迪第三季純利跌33%

（本報記者）

【免责声明】本文内容来自公开信息整理，不代表本站观点。文中涉及的图片如有侵权，请联系我们删除。欢迎关注我们的公众号，获取更多汽车行业资讯与深度报道。

更多精彩内容，请下载客户端阅读。本站所有原创内容，未经许可，不得转载、摘编或以其他方式使用。"""

ZH_DAILY_Q1 = """小米汽车一季度亏损收窄至5亿元 交付75869辆

财经日报 记者 张伟 2025年5月28日

小米集团5月27日晚间发布2025年第一季度财报。财报显示，智能电动汽车及AI等创新业务收入为185.8亿元，其中\
智能电动汽车收入181亿元。

一季度，小米汽车共交付新车75869辆，毛利率为23.2%，经营亏损为5亿元，较上一季度的7亿元进一步收窄。

单车平均售价约为24.5万元，较上季度有所提升，主要因为高价的小米SU7 Ultra开始交付。

业绩会上，总裁卢伟冰表示，小米汽车2025年交付目标为35万辆，公司对此有信心。他还透露，小米YU7将于6月底至\
7月初正式上市。

分析人士认为，小米汽车有望在下半年实现单季盈利。

另外，小米集团一季度总收入为1113亿元，同比增长47%。

延伸阅读：
小米YU7官宣：将于7月前上市
理想汽车一季度营收下滑

风险提示：股市有风险，投资需谨慎。

【免责声明】本文内容来自公开信息整理，不代表本站观点。文中涉及的图片如有侵权，请联系我们删除。欢迎关注我们的公众号，获取更多汽车行业资讯与深度报道。"""

ZH_PORTAL_YU7 = """小米YU7上市：售价25.35万元起，3分钟大定突破20万台

科技频道 2025年6月27日

6月26日晚，小米YU7正式上市，标准版售价25.35万元，Pro版售价27.99万元，Max版售价32.99万元。

发布会结束后，雷军在微博宣布，小米YU7上市3分钟大定突破20万台，1小时大定突破28.9万台。

6月27日上午，小米汽车官方进一步公布，YU7上市18小时锁定订单已超24万台。

对比来看，特斯拉Model Y起售价为26.35万元，小米YU7标准版比其便宜1万元。

不少网友反映，在小米汽车App上下单后，显示的预计提车时间长达58周。对此，小米汽车表示将全力提升产能，\
尽快交付。

受此消息影响，小米集团股价6月27日盘中一度大涨超8%，创历史新高。

（图：雷军在发布会现场）

相关阅读：
小米SU7累计交付突破30万台
特斯拉Model Y L将于秋季上市

【免责声明】本文内容来自公开信息整理，不代表本站观点。文中涉及的图片如有侵权，请联系我们删除。欢迎关注我们的公众号，获取更多汽车行业资讯与深度报道。"""

ZH_AUTO_ULTRA = """小米SU7 Ultra正式上市 售价52.99万元 2小时大定破万台

汽车媒体 2025年2月28日

2月27日晚，小米SU7 Ultra正式上市，售价为52.99万元，较此前81.49万元的预售价下调近29万元。

雷军在发布会后宣布，SU7 Ultra上市10分钟大定6900台，2小时大定突破1万台，完成了小米为其定下的全年1万台\
的销量目标。

SU7 Ultra搭载三电机，最大马力1548匹，零百加速1.98秒，最高车速350km/h。此外，选装赛道包需额外支付4.2万元。

据了解，首批现车当晚即开始交付，其余订单的等车周期约为数月。

值得一提的是，同场发布的小米15 Ultra手机起售价6499元。

业内人士认为，52.99万元的定价远低于市场预期，将对保时捷Taycan等车型形成较大冲击。

网友热评：
“81万到52万，这降价太狠了”
“买不起，但支持”

本文为汽车媒体原创，未经授权不得转载。

【免责声明】本文内容来自公开信息整理，不代表本站观点。文中涉及的图片如有侵权，请联系我们删除。欢迎关注我们的公众号，获取更多汽车行业资讯与深度报道。"""

ZH_DAILY_TARGET = """小米上调2025年交付目标至35万辆 去年汽车业务亏损62亿元

财经日报 2025年3月19日

3月18日，小米集团发布2024年全年业绩。总裁卢伟冰在业绩会上宣布，将小米汽车2025年交付目标由30万辆上调至35万辆。

财报显示，小米汽车2024年共交付136854辆，超额完成13万辆的年度目标。智能电动汽车业务全年收入321亿元，\
毛利率18.5%，经调整净亏损62亿元。

其中，第四季度小米汽车交付69697辆，单季收入167亿元。

卢伟冰表示，小米YU7将在年中上市，小米汽车二期工厂也将于年中投产。

对于上调目标的原因，卢伟冰称，小米SU7订单依然充足，“目前等车的用户还很多”。

值得注意的是，2024年小米集团总收入达3659亿元，同比增长35%，首次突破3000亿元。

市场分析人士指出，35万辆的目标意味着小米汽车今年月均交付需接近3万辆。

延伸阅读：
小米SU7 Ultra首月交付情况曝光
雷军：小米汽车不打价格战

免责声明：本文内容仅供参考，不构成投资建议。"""

ZH_PORTAL_PLANT = """探访小米汽车工厂：二期投产后年产能达30万辆

新闻客户端 2025年8月5日

走进小米汽车位于北京亦庄的工厂，首先映入眼帘的是一排排整齐的机器人。据工作人员介绍，工厂一期年产能为15万辆，\
二期今年6月投产后，总产能达到30万辆。

据知情人士透露，小米汽车7月产量约3.6万辆，创下单月新高。而7月交付量超过3万台，两者之间的差额主要为在途车辆。

目前，小米YU7的订单仍在排队。此前小米汽车官方公布，YU7上市18小时锁单超24万台。

工厂负责人表示，目前生产线平均每76秒就有一台新车下线。整个工厂拥有700多台机器人，关键工序实现100%自动化。

（图：小米汽车工厂焊装车间）

一期工厂占地面积约72万平方米，配备9100吨大压铸机。

据悉，小米汽车三期工厂正在规划中，预计将进一步提升产能。

相关阅读：
零跑金华工厂产能扩至50万辆
理想汽车下调三季度生产计划

【免责声明】本文内容来自公开信息整理，不代表本站观点。文中涉及的图片如有侵权，请联系我们删除。欢迎关注我们的公众号，获取更多汽车行业资讯与深度报道。"""

ZH_HK_YEAR = """小米汽車去年交付逾41萬輛 今年目標55萬輛

【本報訊】2026年1月2日

小米集團創辦人雷軍周四宣布，小米汽車2025年全年交付超過41萬輛，遠超35萬輛的年度目標；2026年的交付目標定為\
55萬輛。

其中，去年12月交付量超過5萬輛，創單月新高，主要受購置稅優惠減半前的搶購潮帶動。

雷軍表示，小米汽車將於今年推出首款增程式SUV，並計劃於2027年進軍歐洲市場。

同期，比亞迪全年銷量約460萬輛，特斯拉在華銷量則連續第二年下跌。

有本港券商預期，小米汽車今年交付量可達60萬輛，但新車型要到下半年才推出。

小米股價周五早段升3%，報41.05港元。

相關新聞：
蔚來去年交付逾32萬輛
比亞迪推出全新混能技術

（本報記者）

【免责声明】本文内容来自公开信息整理，不代表本站观点。文中涉及的图片如有侵权，请联系我们删除。欢迎关注我们的公众号，获取更多汽车行业资讯与深度报道。

更多精彩内容，请下载客户端阅读。本站所有原创内容，未经许可，不得转载、摘编或以其他方式使用。"""

ZH_EXPLAINER = """小米SU7、SU7 Ultra和YU7怎么选？一文看懂三款车

小米汽车目前在售三款车型，分别是小米SU7、小米SU7 Ultra和小米YU7。三款车定位不同，价格差距也不小。

小米SU7
作为小米汽车的第一款车型，SU7于2024年3月上市，2025款起售价为21.59万元。截至2025年6月底，SU7累计交付已超过30万台。\
标准版CLTC续航700公里。

小米SU7 Ultra
SU7 Ultra是小米的性能旗舰，售价52.99万元，三电机总马力1548匹。小米汽车表示，截至2025年年中，SU7 Ultra累计交付已超1万台。

小米YU7
YU7是小米首款SUV，2025年6月上市，起售价25.35万元，比特斯拉Model Y便宜1万元。目前部分版本提车周期超过一年。

怎么选？
追求性价比选SU7标准版；需要空间选YU7；追求极致性能选SU7 Ultra。

参数对比：
SU7标准版 | 700km | 5.28秒
YU7标准版 | 835km | 5.88秒
SU7 Ultra | 630km | 1.98秒

注：以上价格均为中国大陆官方指导价。"""

ZH_AUTO_ORDERS = """YU7上市一个月：锁单超24万台，7月交付破万

汽车媒体 2025年8月1日 记者 陈晨

8月1日，小米汽车公布7月交付数据，7月整体交付量超过3万台，其中小米YU7交付量超过1万台，这是YU7上市后的首个\
完整交付月。

回顾6月26日的上市之夜，YU7创造了多项纪录：上市3分钟大定20万台，18小时锁单超24万台。如今一个月过去，\
大量订单仍在排队交付。

小米汽车在回应用户关切时表示，已要求供应商提升电池包产量，并开启工厂双班生产。据记者了解，目前YU7标准版在\
App上显示的预计交付周期约为50周，Max版约为40周。

不少等车用户选择在二手平台转让订单，部分订单加价达数千元。对此，小米汽车提醒用户谨防诈骗。

6月，小米汽车交付超过2.5万台，受二期工厂接线影响，环比有所下滑。

业内人士认为，随着二期工厂全面投产，小米汽车月交付量有望在9月突破4万台。

相关阅读：
小米YU7车主提车体验：等待是值得的
特斯拉推出Model Y长续航后驱版"""

ZH_PORTAL_H1 = """小米汽车6月交付超2.5万台 上半年累计超15万台

科技频道

7月1日，小米汽车公布6月交付数据：6月交付量超过2.5万台。受工厂产线升级改造影响，交付量环比略有下降。

据统计，小米汽车2025年上半年累计交付超过15.7万台，完成全年35万台目标的约45%。

具体来看，今年1月交付超2万台，2月交付超2万台，3月交付超2.9万台，4月交付超2.8万台，5月交付超2.8万台。

小米汽车表示，随着YU7在6月26日上市，以及二期工厂产能释放，下半年交付量将明显提升。

从竞品来看，6月零跑交付48006台，理想交付36279台，小鹏交付34611台，蔚来交付24925台。

小米集团股价7月1日收报57.65港元，年内累计涨幅超过70%。

网友评论：
“下半年看YU7的了！”

本文来源：科技频道

【免责声明】本文内容来自公开信息整理，不代表本站观点。文中涉及的图片如有侵权，请联系我们删除。欢迎关注我们的公众号，获取更多汽车行业资讯与深度报道。

更多精彩内容，请下载客户端阅读。本站所有原创内容，未经许可，不得转载、摘编或以其他方式使用。"""

ZH_NEG = """小米手机第三季度出货量4330万部 全球排名第三

科技频道 2025年10月20日

据市场研究机构最新数据，2025年第三季度，小米智能手机全球出货量为4330万部，同比增长2%，市场份额为13%，\
位列全球第三。三星和苹果分列前两位，出货量分别为6100万部和5850万部。

在中国市场，小米手机第三季度出货量约为1050万部，市场份额约为15%。

值得一提的是，小米17系列自9月底发布以来，首销5分钟销量突破100万台，起售价4499元。

分析人士认为，存储芯片价格上涨将在明年给手机厂商带来成本压力，小米或将上调部分机型售价。

在汽车领域，特斯拉10月在华销量为61497辆，比亚迪10月销量为441706辆。小米YU7和小米SU7在新能源市场上同样\
表现亮眼，但小米汽车尚未公布10月具体数据。

截至发稿，小米集团股价报47.36港元，跌1.2%。

相关阅读：
小米17 Pro Max评测：背屏真的有用吗
苹果iPhone 17在华销量超预期"""

ZH_DAILY_GUIDE = """卢伟冰：小米汽车四季度交付指引超14万辆 券商上调明年预测

财经日报 2025年11月19日

11月18日晚，小米集团召开第三季度业绩会。总裁卢伟冰表示，小米汽车第四季度交付指引为超过14万辆。

三季度，小米汽车交付108796辆，环比增长约34%。据此计算，小米汽车全年交付有望超过40万辆。

多家券商随后上调对小米汽车的预测。某外资券商将小米汽车2026年交付量预测由50万辆上调至55万辆，\
并预计明年汽车业务毛利率为24%。另一家券商预计，小米汽车2026年交付量约为52万辆。

卢伟冰还透露，小米汽车门店数量已达402家，覆盖119个城市。

对于市场关注的存储芯片涨价问题，卢伟冰表示，公司已提前备货，影响可控。

小米集团股价今日早盘跌逾2%，报40.86港元。

风险提示：以上观点仅供参考，不构成投资建议。

【免责声明】本文内容来自公开信息整理，不代表本站观点。文中涉及的图片如有侵权，请联系我们删除。欢迎关注我们的公众号，获取更多汽车行业资讯与深度报道。"""


CHINESE = [
    article(
        "小米汽车11月交付量超4万台 提前完成全年目标",
        ZH_PORTAL_NOV,
        D(2025, 12, 1),
        "zh",
        [
            dlv(AUTO, 40000, MORE, **month(2025, 11)),
            dlv(YU7, 20000, MORE, **month(2025, 11)),
            dlv(AUTO, 360000, MORE, **first_months(2025, 11)),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "小米汽车10月交付超4万台 连续两月破4万",
        ZH_AUTO_OCT,
        D(2025, 11, 1),
        "zh",
        [
            dlv(AUTO, 40000, MORE, **month(2025, 10)),
            dlv(AUTO, 40000, MORE, **month(2025, 9)),
            dlv(AUTO, 30000, MORE, **month(2025, 8)),
            dlv(AUTO, 30000, MORE, **month(2025, 7)),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "小米電動車業務首錄經營盈利 第三季交付108,796輛",
        ZH_HK_Q3,
        D(2025, 11, 18),
        "zh",
        [
            other("operating profit", 7e8, **quarter(2025, 3)),
            money("revenue", 2.9e10, **quarter(2025, 3)),
            other("gross margin", 25.5, **quarter(2025, 3)),
            dlv(AUTO, 108796, **quarter(2025, 3)),
            price(AUTO, 260000, qualifier=ABOUT, **quarter(2025, 3)),
            ev(GROUP, metric="revenue", value=1.131e11, **quarter(2025, 3)),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "小米汽车一季度亏损收窄至5亿元 交付75869辆",
        ZH_DAILY_Q1,
        D(2025, 5, 28),
        "zh",
        [
            money("revenue", 1.858e10, **quarter(2025, 1)),
            money("revenue", 1.81e10, **quarter(2025, 1)),
            dlv(AUTO, 75869, **quarter(2025, 1)),
            other("gross margin", 23.2, **quarter(2025, 1)),
            money("net_loss", 5e8, **quarter(2025, 1)),
            money("net_loss", 7e8, **quarter(2024, 4)),
            price(AUTO, 245000, qualifier=ABOUT, **quarter(2025, 1)),
            goal(350000, **year(2025)),
            ev(GROUP, metric="revenue", value=1.113e11, **quarter(2025, 1)),
        ],
    ),
    article(
        "小米YU7上市：售价25.35万元起，3分钟大定突破20万台",
        ZH_PORTAL_YU7,
        D(2025, 6, 27),
        "zh",
        [
            price(YU7, 253500),
            price(YU7, 279900),
            price(YU7, 329900),
            orders("orders", YU7, 200000, qualifier=MORE, **WINDOW),
            orders("orders", YU7, 289000, qualifier=MORE, **WINDOW),
            orders("locked_orders", YU7, 240000, qualifier=MORE, **WINDOW),
        ],
    ),
    article(
        "小米SU7 Ultra正式上市 售价52.99万元 2小时大定破万台",
        ZH_AUTO_ULTRA,
        D(2025, 2, 28),
        "zh",
        [
            price(ULTRA, 529900),
            price(ULTRA, 814900),
            orders("orders", ULTRA, 6900, **WINDOW),
            orders("orders", ULTRA, 10000, qualifier=MORE, **WINDOW),
            ev(ULTRA, metric="delivery_target", value=10000, status="target", **year(2025)),
        ],
    ),
    article(
        "小米上调2025年交付目标至35万辆 去年汽车业务亏损62亿元",
        ZH_DAILY_TARGET,
        D(2025, 3, 19),
        "zh",
        [
            goal(300000, **year(2025)),
            goal(350000, **year(2025)),
            dlv(AUTO, 136854, **year(2024)),
            goal(130000, **year(2024)),
            money("revenue", 3.21e10, **year(2024)),
            other("gross margin", 18.5, **year(2024)),
            money("net_loss", 6.2e9, **year(2024)),
            dlv(AUTO, 69697, **quarter(2024, 4)),
            money("revenue", 1.67e10, **quarter(2024, 4)),
            ev(GROUP, metric="revenue", value=3.659e11, **year(2024)),
        ],
    ),
    article(
        "探访小米汽车工厂：二期投产后年产能达30万辆",
        ZH_PORTAL_PLANT,
        D(2025, 8, 5),
        "zh",
        [
            cap(150000),
            cap(300000),
            made(36000, ABOUT, **month(2025, 7)),
            dlv(AUTO, 30000, MORE, **month(2025, 7)),
            orders("locked_orders", YU7, 240000, qualifier=MORE, **WINDOW),
        ],
    ),
    article(
        "小米汽車去年交付逾41萬輛 今年目標55萬輛",
        ZH_HK_YEAR,
        D(2026, 1, 2),
        "zh",
        [
            dlv(AUTO, 410000, MORE, **year(2025)),
            goal(350000, **year(2025)),
            goal(550000, **year(2026)),
            dlv(AUTO, 50000, MORE, **month(2025, 12)),
            fcst(AUTO, 600000, **year(2026)),
        ],
    ),
    article(
        "小米SU7、SU7 Ultra和YU7怎么选？一文看懂三款车",
        ZH_EXPLAINER,
        None,  # type: ignore[arg-type]  # an evergreen explainer without a day
        "zh",
        [
            price(SU7, 215900),
            dlv(SU7, 300000, MORE, **total_to(D(2025, 6, 30))),
            price(ULTRA, 529900),
            running(ULTRA, 10000, MORE),
            price(YU7, 253500),
        ],
    ),
    article(
        "YU7上市一个月：锁单超24万台，7月交付破万",
        ZH_AUTO_ORDERS,
        D(2025, 8, 1),
        "zh",
        [
            dlv(AUTO, 30000, MORE, **month(2025, 7)),
            dlv(YU7, 10000, MORE, **month(2025, 7)),
            orders("orders", YU7, 200000, **WINDOW),
            orders("locked_orders", YU7, 240000, qualifier=MORE, **WINDOW),
            dlv(AUTO, 25000, MORE, **month(2025, 6)),
            fcst(AUTO, 40000, MORE, **month_span(2025, 9)),
        ],
    ),
    article(
        "小米汽车6月交付超2.5万台 上半年累计超15万台",
        ZH_PORTAL_H1,
        D(2025, 7, 1),
        "zh",
        [
            dlv(AUTO, 25000, MORE, **month(2025, 6)),
            dlv(AUTO, 157000, MORE, **half(2025, 1)),
            goal(350000, **year(2025)),
            dlv(AUTO, 20000, MORE, **month(2025, 1)),
            dlv(AUTO, 20000, MORE, **month(2025, 2)),
            dlv(AUTO, 29000, MORE, **month(2025, 3)),
            dlv(AUTO, 28000, MORE, **month(2025, 4)),
            dlv(AUTO, 28000, MORE, **month(2025, 5)),
        ],
    ),
    article(
        "小米手机第三季度出货量4330万部 全球排名第三",
        ZH_NEG,
        D(2025, 10, 20),
        "zh",
        [],
    ),
    article(
        "卢伟冰：小米汽车四季度交付指引超14万辆 券商上调明年预测",
        ZH_DAILY_GUIDE,
        D(2025, 11, 19),
        "zh",
        [
            goal(140000, MORE, **quarter(2025, 4)),
            dlv(AUTO, 108796, **quarter(2025, 3)),
            fcst(AUTO, 400000, MORE, **year(2025)),
            fcst(AUTO, 500000, **year(2026)),
            fcst(AUTO, 550000, **year(2026)),
            other("gross margin", 24, status="forecast", **year(2026)),
            fcst(AUTO, 520000, ABOUT, **year(2026)),
            other("stores", 402),
        ],
    ),
]


@run(CHINESE)
def test_chinese_articles(
    title: str, body: str, published: dt.date | None, lang: str | None, want: list[Any]
) -> None:
    check_article(title, body, published, lang, want)  # type: ignore[arg-type]
