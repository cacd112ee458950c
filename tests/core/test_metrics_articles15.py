"""Probes of the extractor on WHOLE ARTICLES, fifteenth set, written without sight of the
devset, reusing the `article` / `check_article` helpers of test_metrics_articles9.py: 30 pages
(16 in English, 14 in Chinese, 150-400 words or the Chinese equivalent) as a web-page cleaner
hands them over, with bylines, captions, share buttons, tags, "Related" / 相关阅读 lines and
disclaimers, in genres the ninth to fourteenth sets leave out: a battery supplier's story that
gives Xiaomi's month in passing; a recall with its unit count (no event) and the running total;
an overseas-expansion plan with targets for named years; the Beijing plant's second phase with
capacity, production and the workforce (a planned workforce is a headcount target); a
used-car residual-value story (a used listing, a resale price and a retention rate are no
events; the new car's list price is); a zero-interest financing offer (down payment, monthly
instalment and interest saved are no events; the unchanged list prices are); an interview Q&A
with an executive (English and Chinese 专访); a broker's initiation report with a key-estimates
box repeating the text's figures; a "How many cars has Xiaomi sold?" explainer; a launch-week
recap with orders at several hours; an annual review in early January (English and Chinese
年终盘点) whose month lines are the months of the year under review; a stand-alone correction
notice; a monthly table of start-ups flattened to one cell per line (English) or pipes
(Chinese); a syndicated
story whose dateline is a week before its publication day ("as of Sunday" counts from the
dateline); a Chinese weekly 上险量 column with this week and last week; a Weibo roundup with
several posts (a test-drive booking count is reservations; a phone's count is nothing); a
36Kr-style 深度 piece; and four negative pages (a phone launch and Tesla's month, each in
English and Chinese) where Xiaomi's cars appear only in passing.

Every page is written for this file, in our own words; figures are close to those reported for
Xiaomi's car business or made up to be plausible. The expected list was decided before the
extractor ran: one event per distinct figure, in the order of the text. Conventions as in
test_metrics_review8.py and test_metrics_articles9.py to _articles14.py: a finished month of an
actual runs first to last day, as_of its last day; a year to date is cumulative from January 1;
a total since launch is cumulative (to a stated day: that day as as_of); a week of insurance
registrations is a `week` of deliveries; a launch window is `window`; a capacity is a rate, a
planned one a target; a price has no period (an average price keeps its quarter); an operating
profit and a gross margin are `other`; a broker's estimate is a forecast; "expects to" / 有望 is
a forecast, "aims" / 目标 a target. A rival's, the market's, a battery maker's or a phone
figure, a share price, a price target, a recall count, a waiting time, a spec, a percent change
and a share told as a fraction are no events. A target's as_of is not asserted. A plain case
guards what holds; an `xfail(strict=True)` case is a known miss whose reason says what it
should give and what the extractor gives.
"""

import datetime as dt
from typing import Any

from test_metrics_articles9 import article, check_article, orders, run
from test_metrics_articles10 import made
from test_metrics_articles12 import month_span, running
from test_metrics_articles13 import est, wk
from test_metrics_review import ev
from test_metrics_review8 import (
    ABOUT,
    AUTO,
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

D = dt.date


def staff(value: float, q: str = "exact", **fields: Any) -> dict[str, Any]:
    """People working in the car business."""
    return ev(AUTO, metric="headcount", value=value, qualifier=q, **fields)


def op_profit(value: float, **fields: Any) -> dict[str, Any]:
    return other("operating profit", value, **fields)


# --- English ---------------------------------------------------------------------------------

EN_BATTERY = """By Energy Desk | November 20, 2025 | 5 min read

NINGDE, China - Contemporary Amperex Technology Co Ltd (CATL) said on Thursday it would double \
output of its Shenxing fast-charging cells next year, as Chinese carmakers race to cut charging \
times to the length of a coffee break.

CATL installed 43.1 GWh of batteries in Chinese vehicles in October, a 42% share of the market, \
according to an industry alliance. BYD's FinDreams unit came second with 21.7 GWh, and CALB \
third with 6.2 GWh.

Among CATL's customers, Xiaomi has been one of the fastest-growing. The smartphone maker, which \
also buys lithium iron phosphate packs from FinDreams for the entry SU7, delivered more than \
40,000 cars in October, and the Max version of its YU7 SUV uses a 96.3 kWh pack made by CATL.

"Every new platform we quote for now asks for 5C charging," a CATL executive told reporters at \
the company's headquarters. CATL plans to spend about 30 billion yuan on new cell lines in \
Hungary and Spain over the next three years.

Shares of CATL rose 1.8% in Shenzhen.

Share this article: Facebook | X | LinkedIn | Email

Related coverage
- Gotion opens its first cell plant in Slovakia
- Xiaomi YU7 locked orders top 240,000 in 18 hours
"""

EN_RECALL = """By Autos Reporter | Sept 19, 2025 4:30 PM GMT+8

BEIJING - Xiaomi will recall 116,887 SU7 standard-edition sedans built between February 6, \
2024 and August 30, 2025 to fix a flaw in its highway driver-assistance software, China's \
market regulator said on Friday.

The fix will be sent over the air, so owners will not need to visit a service centre. The \
regulator said the system could fail to recognise, warn of or handle some extreme scenarios, \
raising the risk of a collision.

The recall covers roughly a third of the SU7s on Chinese roads. Xiaomi has delivered more than \
300,000 cars since the SU7 went on sale in March 2024, including the YU7 SUV, which began \
deliveries in late June.

In March, a fatal crash on an expressway in Anhui province involving an SU7 in assisted-driving \
mode put the system under scrutiny. Three university students died.

Photo caption: An SU7 in a Xiaomi showroom in Beijing. (File photo)

Tags: Xiaomi, recall, SU7, SAMR
"""

EN_OVERSEAS = """By Global Desk | November 19, 2025 | Updated 6 hours ago

Xiaomi plans to start selling electric cars in Europe in 2027, president Lu Weibing told \
analysts on Tuesday, adding that its research centre in Munich had been running since the \
summer.

The company aims to sell 50,000 vehicles outside China in 2030, according to a person familiar \
with the plan, and will open its first European showrooms in Germany and Britain.

At home, Xiaomi expects to deliver more than 350,000 vehicles this year. Its Beijing plant, \
whose second phase was finished in June, can build about 300,000 cars a year, and a third phase \
is under construction.

Tesla, by comparison, delivered 1.79 million cars worldwide last year, and BYD sold 4.27 \
million vehicles.

Chinese carmakers are leaning on exports as the price war squeezes margins at home. BYD and \
XPeng already sell in Europe, where the European Union has imposed extra tariffs of up to 35.3% \
on electric cars made in China.

Related: How the YU7 compares with the Porsche Macan Electric
Share: [Facebook] [X] [WhatsApp] [Copy link]
"""

EN_PHASE2 = """By Industry Reporter | Published 8 July 2025 | Updated 9 July 2025

BEIJING - Xiaomi is hiring production workers for the second phase of its car factory in \
Beijing's Yizhuang district, according to job listings and people familiar with the matter, as \
the company races to cut waiting times for its YU7 SUV.

Phase two, finished in June, adds 150,000 vehicles of annual capacity, taking the site to \
300,000 a year. Xiaomi produced more than 25,000 cars in June, up from about 20,000 in March, \
the company said.

The car unit had more than 16,000 employees at the end of June, including about 2,500 people in \
its autonomous-driving team. It plans to raise the plant's workforce to about 10,000.

Buyers who locked in a YU7 on launch night face waits of up to 58 weeks, according to Xiaomi's \
app.

Caption: Workers on the final-assembly line at the Yizhuang plant. Photo: Xiaomi

Follow us on WeChat | Subscribe to our newsletter
"""

EN_USED = """By Used-Car Reporter | August 21, 2025

SHANGHAI - A year-old Xiaomi SU7 Max sells for about 265,000 yuan on the used market, according \
to listings on trading platforms, against a list price of 299,900 yuan new. That is a retention \
rate of 88%, better than the Tesla Model 3 and most Chinese EVs.

A dealers' association put the SU7's one-year residual value at 86.5% in July, the highest among \
large electric sedans. The Model 3 came in at 78.2%.

Dealers say the long wait for new cars props up used prices. Xiaomi has delivered more than \
300,000 cars since launch, yet buyers of the YU7 still face waits of several months.

"An SU7 Ultra bought at 529,900 yuan was resold for 600,000 yuan in the spring," one dealer in \
Shanghai said. "That does not happen with a Porsche."

Related: The best used EVs under 200,000 yuan
Comments (12) | Share
"""

EN_FINANCING = """By Auto Desk | November 6, 2025

Xiaomi is offering buyers of its SU7 sedan five-year loans at zero interest on orders locked in \
by November 30, the latest sign that China's price war has reached even its most sought-after \
brands.

Under the plan, a buyer of the 215,900-yuan standard version can put down 59,900 yuan and pay \
the rest in monthly instalments of about 2,600 yuan. Xiaomi did not cut list prices: the SU7 Pro \
still costs 245,900 yuan and the Max 299,900 yuan.

The offer, worth up to 20,000 yuan in saved interest, comes as a refreshed SU7 nears launch. \
Xiaomi delivered more than 40,000 vehicles in October, most of them YU7 SUVs.

Analysts say such offers typically cost a carmaker 6% to 8% of a car's price. Li Auto and XPeng \
launched similar deals in October.

Photo: The SU7 at a Xiaomi store in Beijing. Credit: Xiaomi

Related: Tesla extends five-year 0% financing on the Model Y
"""

EN_INTERVIEW = """Interview by Sarah Lin | January 20, 2026 | 8 min read

Xiaomi delivered more than 410,000 cars last year, its second in the business. We spoke to a \
senior vice-president of Xiaomi's EV unit at the company's Beijing headquarters. The \
conversation has been edited for length and clarity.

Q: You beat your 2025 target of 350,000 by a wide margin. What is the goal for this year?
A: We have set a target of 550,000 deliveries for 2026. The third phase of our plant, with \
150,000 units of annual capacity, should come online in the summer.

Q: How many people work on cars at Xiaomi now?
A: More than 20,000, and about a fifth of them are engineers.

Q: Is the price war hurting you?
A: Our average selling price was around 250,000 yuan in the third quarter. We do not plan to cut \
list prices.

Q: What about Europe?
A: We will be in Europe in 2027. I won't give a sales number today.

Photo: A YU7 at Xiaomi's Beijing headquarters. Credit: Xiaomi

More interviews: BYD's overseas chief on tariffs | Li Auto's president on the i8
"""

EN_INITIATION = """By Markets Reporter | December 3, 2025 | 3 min read

Jefferies initiated coverage of Xiaomi Corp with a buy rating and a price target of HK$55, \
saying the market underestimates the earnings power of its car business.

The broker forecasts that Xiaomi will deliver 420,000 vehicles in 2025, 580,000 in 2026 and \
750,000 in 2027. It expects revenue from the smart EV segment to reach 175 billion yuan in 2026.

Key estimates (Jefferies)
2025E deliveries: 420,000
2026E deliveries: 580,000
2027E deliveries: 750,000

"The YU7 has shown that Xiaomi can sell a second model at scale," the analysts wrote.

Jefferies is the 38th broker to cover the stock, and 33 of them rate it a buy. The broker listed \
weaker phone demand and rising memory-chip costs among the risks; the latter could shave two \
percentage points off the car unit's gross margin, it said.

The stock closed at HK$41.10 on Tuesday, down 28% from its June peak.

Disclaimer: This article is for information only and is not investment advice.
Share | Save | Print
"""

EN_EXPLAINER = """By Explainers Team | Updated December 15, 2025

Xiaomi only started selling cars in March 2024, but it has become one of China's fastest-growing \
carmakers. Here are the answers to the questions readers ask us most.

How many cars did Xiaomi sell in 2024?
Xiaomi delivered more than 135,000 SU7 sedans in 2024, beating a target it had raised twice, \
most recently to 130,000.

How many has it sold this year?
From January to November 2025, Xiaomi delivered more than 360,000 vehicles, according to its \
monthly updates. Its target for the year is 350,000, so it has already passed it.

How many in total?
As of the end of November, its cumulative deliveries exceeded 500,000.

Which model sells the most?
The YU7 SUV, launched in June, has outsold the SU7 in most months since August.

Read next: Xiaomi SU7 vs Tesla Model 3: which is the better buy?
Was this article helpful? Yes | No
"""

EN_WEEK = """By EV Desk | July 3, 2025

It has been a week since Xiaomi unveiled the YU7 in Beijing on June 26, and the order numbers \
have kept coming. A recap:

- After 3 minutes: 200,000 big orders (refundable deposits), according to Lei Jun.
- After 1 hour: 289,000 big orders.
- After 18 hours: more than 240,000 locked orders, which are non-refundable.

Prices start at 253,500 yuan for the Standard version; the Pro costs 279,900 yuan and the Max \
329,900 yuan.

Xiaomi began delivering the YU7 on the night of the launch and said it expected to hand over \
more than 10,000 of them in July. Lei said the waiting time for the Standard version was already \
more than a year.

The Tesla Model Y, the YU7's obvious rival, starts at 263,500 yuan.

Related: Why the YU7's locked orders matter more than its big orders
Tags: YU7, launch, orders
"""

EN_ANNUAL = """By Auto Staff | January 2, 2026 | 6 min read

BEIJING - Xiaomi said on Thursday it delivered more than 50,000 vehicles in December, capping a \
year in which its car business went from a one-model start-up to a profitable maker of three.

For the full year, deliveries exceeded 410,000, against a target of 350,000. In 2024, its first \
year, Xiaomi delivered more than 135,000 cars.

The year in brief:
January: more than 20,000 deliveries.
February: the SU7 Ultra goes on sale at 529,900 yuan.
June: the YU7 launches and takes 240,000 locked orders in 18 hours.
September: monthly deliveries top 40,000 for the first time.
November: the car unit reports a third-quarter operating profit of 700 million yuan.

The company aims to deliver 550,000 cars in 2026.

Investors were less impressed than buyers: Xiaomi's shares rose about 25% over the year, behind \
the Hang Seng Tech index, as worries about memory-chip costs for its phones weighed.

Photo: A YU7 at a delivery centre in Beijing. (Xiaomi)
Share on Weibo | WeChat | X
"""

EN_CORRECTION = """Correction notice | December 3, 2025

A story published on December 1 under the headline "Xiaomi deliveries slip in November" said \
Xiaomi delivered 4,000 vehicles in November. That was wrong: the company said it delivered more \
than 40,000 vehicles in the month. The story also misstated the year-to-date figure, which is \
more than 360,000, not 36,000, and its headline has been changed. We regret the errors.

The corrected story follows.

Xiaomi delivered more than 40,000 vehicles in November, the third month in a row above that \
level, the company said on Monday.

Rivals Leapmotor and XPeng delivered 70,327 and 36,728 vehicles. Xiaomi's YU7, launched in June, \
made up most of its deliveries, and Lei Jun wrote on Weibo that the Beijing plant was running \
at full capacity.

(Reporting by Staff; editing by Desk)

Editor's note: Our corrections policy is available on the About page.
"""

EN_MAKERS = """By Data Team | December 2, 2025

November deliveries (units, change year on year)
Leapmotor
70,327
+75%
Xiaomi
40,000+
n/a
XPeng
36,728
+19%
NIO
36,275
+76%
Li Auto
33,181
-32%

Leapmotor again led China's new-energy start-ups. Xiaomi, which gives only thresholds, said \
deliveries were above 40,000 for a third month, and its total for the year to date reached more \
than 360,000. NIO's figure includes its Onvo and Firefly brands.

XPeng's figure was up 19% from a year earlier, while Li Auto's fell for a sixth month as it \
moved its line-up towards battery-electric models. Leapmotor has delivered more than 500,000 \
vehicles this year, reaching its annual target a month early.

How we count: we use each company's own statement. Xiaomi does not break its deliveries down \
by model.

Sources: company statements. Table flattened from the original graphic.
"""

EN_NEG_PHONE = """By Gadgets Editor | September 26, 2025

Xiaomi launched its Xiaomi 17 series in Beijing on Thursday night, starting at 4,499 yuan for \
the base model and 5,999 yuan for the Pro Max, which has a second screen on its back.

The company said first-day sales of the series topped 1 million units within five minutes across \
its channels. Its HyperOS software now links more than 900 million devices, from rice cookers \
to the SU7 and YU7, which were parked on stage beside the phones.

Xiaomi shipped 42.4 million smartphones in the second quarter, according to a research firm, \
third behind Samsung and Apple.

Analysts said memory-chip prices, which have roughly doubled this year, would make it harder for \
Xiaomi to hold phone prices in 2026.

Shares of Xiaomi rose 3.5% to HK$57.20 in Hong Kong on Friday.

Related: Hands-on with the Xiaomi 17 Pro Max's rear screen
"""

EN_NEG_RIVAL = """By Autos Desk | November 4, 2025

Tesla sold 26,006 China-made vehicles in October, down 36% from a year earlier and the lowest \
level in three years, data from the China Passenger Car Association showed on Tuesday.

Of these, 61% went abroad. Tesla has cut prices and offered five-year zero-interest loans on the \
Model Y, which now faces rivals such as Xiaomi's YU7 and the Li Auto i6 in its home segment.

BYD sold 441,706 vehicles in the month, down 12%, while Geely's sales rose 35% to 307,133.

"Competition in the 250,000-yuan SUV segment is brutal," an analyst at a Shanghai brokerage \
said. Tesla's shares fell 2% in premarket trading in New York.

Tesla will report its fourth-quarter deliveries in early January; analysts expect about 440,000 \
vehicles worldwide.

Related: Tesla's Shanghai plant to build a cheaper Model Y L
"""

EN_DATELINE = """Published October 20, 2025 (first published October 13, 2025)

BEIJING, Oct 13 (Newswire) - Xiaomi said on Monday it had delivered more than 400,000 cars as \
of Sunday, about 18 months after the SU7 sedan went on sale.

The YU7 SUV, whose deliveries began on June 26, accounted for more than 100,000 of them, the \
company said.

Xiaomi delivered more than 40,000 vehicles in September, its best month so far. The company, \
which does not give exact monthly figures, aims to deliver 350,000 cars this year.

Xiaomi shares fell 1.2% in Hong Kong on Monday.

(Reporting by Newswire staff; editing by Desk)

This story was republished as part of our weekly EV digest.

More from this week's digest:
- NIO's Onvo L90 deliveries pass 10,000
- Leapmotor's Lafa5 priced from 105,800 yuan
"""

ENGLISH = [
    article(
        "CATL to double fast-charging cell output as carmakers pile in",
        EN_BATTERY,
        D(2025, 11, 20),
        None,
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    article(
        "Xiaomi recalls 116,887 SU7 sedans over driver-assistance software",
        EN_RECALL,
        D(2025, 9, 19),
        None,
        [running(AUTO, 300000, MORE)],
    ),
    article(
        "Xiaomi to take its cars to Europe in 2027, eyes 50,000 overseas sales by 2030",
        EN_OVERSEAS,
        D(2025, 11, 19),
        None,
        [
            goal(50000, **year(2030)),
            fcst(AUTO, 350000, MORE, **year(2025)),
            cap(300000, qualifier=ABOUT),
        ],
    ),
    article(
        "Xiaomi's Beijing car plant staffs up as phase two ramps",
        EN_PHASE2,
        D(2025, 7, 8),
        None,
        [
            cap(150000),
            cap(300000),
            made(25000, MORE, **month(2025, 6)),
            made(20000, ABOUT, **month(2025, 3)),
            staff(16000, MORE, status="actual"),
            staff(2500, ABOUT, status="actual"),
            staff(10000, ABOUT, status="target"),
        ],
    ),
    article(
        "Xiaomi SU7 holds its value better than most EVs, dealers say",
        EN_USED,
        D(2025, 8, 21),
        None,
        [price(SU7, 299900), running(AUTO, 300000, MORE), price(ULTRA, 529900)],
    ),
    article(
        "Xiaomi rolls out five-year zero-interest loans on the SU7",
        EN_FINANCING,
        D(2025, 11, 6),
        None,
        [
            price(SU7, 215900),
            price(SU7, 245900),
            price(SU7, 299900),
            dlv(AUTO, 40000, MORE, **month(2025, 10)),
        ],
    ),
    article(
        "'We will not chase volume at any cost': Xiaomi's car chief on 2026",
        EN_INTERVIEW,
        D(2026, 1, 20),
        None,
        [
            dlv(AUTO, 410000, MORE, **year(2025)),
            goal(350000, **year(2025)),
            goal(550000, **year(2026)),
            cap(150000, status="target"),
            staff(20000, MORE),
            price(AUTO, 250000, qualifier=ABOUT, **quarter(2025, 3)),
        ],
    ),
    article(
        "Jefferies starts Xiaomi at buy, sees deliveries reaching 750,000 in 2027",
        EN_INITIATION,
        D(2025, 12, 3),
        None,
        [
            fcst(AUTO, 420000, **year(2025)),
            fcst(AUTO, 580000, **year(2026)),
            fcst(AUTO, 750000, **year(2027)),
            est("revenue", 1.75e11, **year(2026)),
        ],
    ),
    article(
        "How many cars has Xiaomi sold? Everything you need to know",
        EN_EXPLAINER,
        D(2025, 12, 15),
        None,
        [
            dlv(SU7, 135000, MORE, **year(2024)),
            goal(130000, **year(2024)),
            dlv(AUTO, 360000, MORE, **first_months(2025, 11)),
            goal(350000, **year(2025)),
            dlv(AUTO, 500000, MORE, **total_to(D(2025, 11, 30))),
        ],
    ),
    article(
        "Xiaomi YU7 launch week: the numbers so far",
        EN_WEEK,
        D(2025, 7, 3),
        None,
        [
            orders("orders", YU7, 200000, **WINDOW),
            orders("orders", YU7, 289000, **WINDOW),
            orders("locked_orders", YU7, 240000, qualifier=MORE, **WINDOW),
            price(YU7, 253500),
            price(YU7, 279900),
            price(YU7, 329900),
            fcst(YU7, 10000, MORE, **month_span(2025, 7)),
        ],
    ),
    article(
        "Xiaomi's 2025 in review: from one model to three, and past 400,000",
        EN_ANNUAL,
        D(2026, 1, 2),
        None,
        [
            dlv(AUTO, 50000, MORE, **month(2025, 12)),
            dlv(AUTO, 410000, MORE, **year(2025)),
            goal(350000, **year(2025)),
            dlv(AUTO, 135000, MORE, **year(2024)),
            dlv(AUTO, 20000, MORE, **month(2025, 1)),
            price(ULTRA, 529900),
            orders("locked_orders", YU7, 240000, **WINDOW),
            dlv(AUTO, 40000, MORE, **month(2025, 9)),
            op_profit(7e8, **quarter(2025, 3)),
            goal(550000, **year(2026)),
        ],
    ),
    article(
        "Correction: Xiaomi November deliveries",
        EN_CORRECTION,
        D(2025, 12, 3),
        None,
        [
            dlv(AUTO, 40000, MORE, **month(2025, 11)),
            dlv(AUTO, 360000, MORE, **first_months(2025, 11)),
        ],
    ),
    article(
        "China's EV start-ups in November: Leapmotor leads, Xiaomi holds above 40,000",
        EN_MAKERS,
        D(2025, 12, 2),
        None,
        [
            dlv(AUTO, 40000, MORE, **month(2025, 11)),
            dlv(AUTO, 360000, MORE, **first_months(2025, 11)),
        ],
    ),
    article(
        "Xiaomi 17 series sells a million in five minutes",
        EN_NEG_PHONE,
        D(2025, 9, 26),
        None,
        [],
    ),
    article(
        "Tesla's China-made sales fall to three-year low in October",
        EN_NEG_RIVAL,
        D(2025, 11, 4),
        None,
        [],
    ),
    article(
        "Xiaomi passes 400,000 cumulative deliveries",
        EN_DATELINE,
        D(2025, 10, 20),
        None,
        [
            dlv(AUTO, 400000, MORE, **total_to(D(2025, 10, 12))),
            dlv(YU7, 100000, MORE, **total_to(D(2025, 10, 12))),
            dlv(AUTO, 40000, MORE, **month(2025, 9)),
            goal(350000, **year(2025)),
        ],
    ),
]


@run(ENGLISH)
def test_english_articles(
    title: str, body: str, published: dt.date, lang: str | None, want: list[dict[str, Any]]
) -> None:
    check_article(title, body, published, lang, want)  # type: ignore[arg-type]


# --- Chinese ---------------------------------------------------------------------------------

ZH_BATTERY = """来源：第一电动网 作者：陈涛 2025-11-20 08:12

11月19日，宁德时代宣布将于2026年把神行超充电池的产能翻倍。中国汽车动力电池产业创新联盟数据显示，\
10月宁德时代国内装车量为43.1GWh，市场份额约42%；比亚迪旗下弗迪电池以21.7GWh位居第二，中创新航以6.2GWh排名第三。

从客户结构看，小米汽车是宁德时代增长最快的客户之一。小米汽车10月交付量超过4万辆，YU7 Max版搭载宁德时代提供的\
96.3kWh电池包；SU7标准版则采用弗迪电池的磷酸铁锂电池。

“现在新平台来询价，几乎都要求5C超充。”宁德时代一位高管表示。宁德时代计划未来三年在匈牙利、西班牙投资约300亿元建设新产线。

分享到：微信 微博 QQ空间

相关推荐：
国轩高科斯洛伐克工厂投产
小米YU7上市18小时锁单24万辆
"""

ZH_RECALL = """来源：澎湃新闻 记者：刘洋 2025-09-19 17:05

9月19日，国家市场监督管理总局发布消息，小米汽车科技有限公司决定召回2024年2月6日至2025年8月30日生产的部分SU7\
标准版电动汽车，共计116887辆。

本次召回范围内的车辆，在L2高速领航辅助驾驶功能开启的某些情况下，对极端特殊场景的识别、预警或处置可能不足，\
存在碰撞风险。小米汽车将通过汽车远程升级（OTA）技术，为召回范围内的车辆免费升级软件。

公开资料显示，小米SU7于2024年3月28日上市。截至2025年8月底，小米汽车累计交付量已超过30万辆，其中SU7占大部分。

（图：小米SU7标准版 来源：小米汽车官网）

责任编辑：王敏
"""

ZH_OVERSEAS = """来源：界面新闻 2025-11-19 10:40

小米集团总裁卢伟冰在三季度业绩会上表示，小米汽车计划于2027年正式进入欧洲市场，位于德国慕尼黑的研发中心已于今年8月投入运营。

据知情人士透露，小米汽车的海外销量目标为2027年1万辆、2030年5万辆，首批海外门店将落地德国和英国。

国内方面，小米汽车今年交付量有望超过35万辆。卢伟冰称，北京工厂二期已于6月建成，整体年产能约30万辆，三期正在建设中。

作为对比，特斯拉2024年全球交付约179万辆。

相关阅读：小米YU7对比保时捷Macan纯电版
"""

ZH_PHASE2 = """来源：北京日报客户端 记者：赵磊 2025-07-08

记者从北京经济技术开发区获悉，小米汽车工厂二期已于6月底建成投产，新增年产能15万辆，亦庄基地总产能达到30万辆/年。

为匹配产能爬坡，小米汽车正在招聘生产一线员工，计划年底前将工厂员工规模扩大至约5000人。据了解，小米汽车目前员工总数已超过1.6万人。

小米集团此前披露，6月小米汽车交付量超过2.5万辆。公司今年全年交付目标为35万辆。

图为小米汽车工厂二期外景。（北京日报记者 摄）

【责任编辑：孙悦】
"""

ZH_WEEKLY = """汽车之家 数据专栏 第85期 2025-10-21

本周（10月13日-10月19日）新势力品牌上险量出炉：
1. 零跑汽车 13600辆
2. 问界 11200辆
3. 小米汽车 10200辆
4. 理想汽车 8100辆
5. 小鹏汽车 7900辆

小米汽车上周（10月6日-10月12日）上险量为9500辆，本周环比增长7.4%。车型方面，小米YU7本周上险量6800辆，小米SU7为3400辆。

从整体市场看，本周国内新能源乘用车上险量约24万辆，特斯拉中国上险量为1.1万辆，问界M8单车型上险量超过5000辆。

点击查看往期榜单 >>
免责声明：数据来源于第三方，仅供参考。
"""

ZH_RESIDUAL = """来源：懂车帝 二手车频道 2025-08-22

中国汽车流通协会最新发布的7月中国汽车保值率报告显示，小米SU7一年保值率为86.5%，位居中大型纯电轿车第一，特斯拉Model 3为78.2%。

在二手车平台上，一台行驶1.5万公里的2024款小米SU7 Max报价约26万元，而新车官方指导价为29.99万元。

业内人士分析，小米汽车交付周期较长，是二手车价格坚挺的原因之一。截至7月底，小米汽车累计交付量已超过30万辆，但YU7的等车时间仍长达数月。

相关阅读：
二手电车怎么选？20万元以内推荐
"""

ZH_FINANCING = """来源：车质网 2025-11-06 11:20

11月5日，小米汽车宣布，即日起至11月30日，锁单小米SU7的用户可享受5年0息购车政策。

以售价21.59万元的SU7标准版为例，首付5.99万元，月供约2600元。SU7 Pro版售价24.59万元，SU7 Max版售价29.99万元，官方价格保持不变。

此次金融政策最高可节省利息约2万元。值得一提的是，小米汽车10月交付量超过4万辆，其中YU7占比过半。

业内人士指出，0息政策相当于变相降价6%至8%。此前，特斯拉、理想等品牌也推出过类似的金融方案。

分享：微信 | 微博 | 复制链接
"""

ZH_QA = """来源：21世纪经济报道 记者：周琳 2026-01-20

2025年，小米汽车全年交付超过41万辆，超额完成35万辆的年度目标。日前，记者专访了小米汽车相关负责人。

问：2026年的交付目标是多少？
答：我们今年的目标是交付55万辆。工厂三期预计年中投产，新增年产能15万辆。

问：研发投入有多大？
答：2025年小米汽车的研发投入约120亿元，智能驾驶团队已超过1800人。

问：用户用辅助驾驶的多吗？
答：用户累计使用辅助驾驶的里程已超过10亿公里。

问：会不会降价？
答：三季度我们的平均售价约25万元，今年没有降价计划。

（本文经受访者审阅）
"""

ZH_36KR = """文｜李然 编辑｜张帆 2025-12-10

2025年的最后一个月，小米汽车交出了一份远超预期的成绩单。截至11月30日，小米汽车今年累计交付超过36万辆，提前完成35万辆的年度目标。

这背后是YU7的爆发。6月26日上市后，YU7 18小时锁单超过24万辆；此后三个月里，小米的月交付量从6月的2.5万辆跃升至9月的4万辆以上。

财务上，三季度小米智能电动汽车及AI等创新业务收入290亿元，首次实现单季经营盈利7亿元，分部毛利率25.5%。

但挑战同样明显。一位接近小米的人士告诉36氪，小米汽车内部给2026年定下的目标是55万辆，而工厂三期最快要到明年年中才能投产。“产能依然是最大的瓶颈。”

另一方面，YU7的等车时间一度超过一年。36氪获悉，小米汽车目前员工总数已超过1.8万人。

本文为36氪原创，未经授权禁止转载。
"""

ZH_WEIBO = """来源：IT之家 2025-10-02 14:30

国庆假期第二天，小米相关高管在微博上相当活跃，IT之家整理如下：

@雷军（10月1日 10:02）：9月小米汽车交付量超过40000台，感谢每一位用户的支持！
@雷军（10月1日 21:15）：国庆期间，全国小米汽车门店客流火爆，YU7试驾预约超过10万人次。
@小米汽车（10月2日 09:00）：截至9月30日，小米汽车累计交付量已突破39万台。
@卢伟冰（10月2日 11:30）：小米17系列国庆期间销量突破100万台。

网友评论：
“等了8个月终于提车了”
“什么时候出7座版？”

（本文为IT之家整理，不代表IT之家观点）
"""

ZH_ANNUAL = """来源：汽车之家 2026-01-02 18:00

1月1日，小米汽车公布，2025年12月交付量超过5万辆，创单月新高；2025年全年交付量超过41万辆，超额完成35万辆的年度目标。

回顾这一年：
1月：交付超2万辆
2月：SU7 Ultra上市，售价52.99万元
6月：YU7发布，3分钟大定20万台
9月：月交付首破4万辆
11月：三季度汽车业务首次经营盈利7亿元

2026年，小米汽车的交付目标为55万辆。雷军表示，新一年将有新车型陆续推出。资本市场方面，2025年小米集团股价累计上涨约25%，跑输恒生科技指数。

延伸阅读：
2025年新势力销量排行：零跑第一
"""

ZH_MAKERS = """来源：证券时报网 2025-11-01 16:20

11月1日，各新势力车企陆续公布10月交付数据。具体如下：

品牌 | 10月交付量 | 同比
零跑汽车 | 70289辆 | +84.1%
小鹏汽车 | 42013辆 | +76.0%
蔚来公司 | 40397辆 | +92.6%
小米汽车 | 超40000辆 | —
理想汽车 | 31767辆 | -38.3%

小米汽车方面，1-10月累计交付量超过30万辆。零跑汽车1-10月累计交付超过46万辆，已提前完成全年目标；理想汽车10月交付量同比下滑，主要受产品切换影响。

注：表格数据来自各公司官方公告。
"""

ZH_NEG_PHONE = """来源：快科技 2025-09-26

9月25日晚，小米举办雷军年度演讲暨新品发布会，小米17系列正式发布，售价4499元起，小米17 Pro Max起售价5999元。

官方数据显示，小米17系列首销5分钟全系销量突破100万台。发布会上，雷军还在台上展示了小米YU7，并演示了手机与汽车的无缝互联。小米澎湃OS目前已连接超过9亿台设备。

据市场研究机构统计，小米二季度智能手机出货量为4240万台，位列全球第三。

小米集团-W股价当日上涨3.5%，收报57.2港元。
"""

ZH_NEG_RIVAL = """来源：第一财经 2025-11-04

乘联会数据显示，特斯拉中国10月批发销量为26006辆，同比下降36%，为三年来最低水平，其中出口占比约61%。

分析人士认为，Model Y在国内市场正面临小米YU7、理想i6等新车型的竞争。特斯拉Model Y起售价为26.35万元，并推出了5年0息政策。

业内预计，特斯拉第四季度全球交付量约44万辆。同期，比亚迪销量为441706辆，同比下降12%；吉利汽车销量同比增长35%至307133辆。

相关阅读：特斯拉上海工厂将生产Model Y L
"""

CHINESE = [
    article(
        "宁德时代神行电池扩产 小米、理想等车企订单放量",
        ZH_BATTERY,
        D(2025, 11, 20),
        "zh",
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    article(
        "小米汽车召回116887辆SU7标准版 将通过OTA免费升级",
        ZH_RECALL,
        D(2025, 9, 19),
        "zh",
        [dlv(AUTO, 300000, MORE, **total_to(D(2025, 8, 31)))],
    ),
    article(
        "小米汽车出海时间表明确：2027年进入欧洲市场",
        ZH_OVERSEAS,
        D(2025, 11, 19),
        "zh",
        [
            goal(10000, **year(2027)),
            goal(50000, **year(2030)),
            fcst(AUTO, 350000, MORE, **year(2025)),
            cap(300000, qualifier=ABOUT),
        ],
    ),
    article(
        "小米汽车工厂二期投产 北京亦庄基地扩招",
        ZH_PHASE2,
        D(2025, 7, 8),
        "zh",
        [
            cap(150000),
            cap(300000),
            staff(5000, ABOUT, status="target"),
            staff(16000, MORE, status="actual"),
            dlv(AUTO, 25000, MORE, **month(2025, 6)),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "【周榜】第42周新势力上险量：小米1.02万辆 环比微增",
        ZH_WEEKLY,
        D(2025, 10, 21),
        "zh",
        [
            dlv(AUTO, 10200, **wk(2025, 10, 13)),
            dlv(AUTO, 9500, **wk(2025, 10, 6)),
            dlv(YU7, 6800, **wk(2025, 10, 13)),
            dlv(SU7, 3400, **wk(2025, 10, 13)),
        ],
    ),
    article(
        "一年保值率86.5%！小米SU7二手车价格坚挺",
        ZH_RESIDUAL,
        D(2025, 8, 22),
        "zh",
        [price(SU7, 299900), dlv(AUTO, 300000, MORE, **total_to(D(2025, 7, 31)))],
    ),
    article(
        "小米SU7推出5年0息金融政策 首付5.99万元起",
        ZH_FINANCING,
        D(2025, 11, 6),
        "zh",
        [
            price(SU7, 215900),
            price(SU7, 245900),
            price(SU7, 299900),
            dlv(AUTO, 40000, MORE, **month(2025, 10)),
        ],
    ),
    article(
        "专访小米汽车负责人：2026年交付目标55万辆 不打价格战",
        ZH_QA,
        D(2026, 1, 20),
        "zh",
        [
            dlv(AUTO, 410000, MORE, **year(2025)),
            goal(350000, **year(2025)),
            goal(550000, **year(2026)),
            cap(150000, status="target"),
            money("rd_spend", 1.2e10, ABOUT, **year(2025)),
            staff(1800, MORE),
            ev(AUTO, metric="test_mileage", value=1e9, qualifier=MORE),
            price(AUTO, 250000, qualifier=ABOUT, **quarter(2025, 3)),
        ],
    ),
    article(
        "36氪深度｜小米汽车的第二年：40万辆之后",
        ZH_36KR,
        D(2025, 12, 10),
        "zh",
        [
            dlv(AUTO, 360000, MORE, **first_months(2025, 11)),
            goal(350000, **year(2025)),
            orders("locked_orders", YU7, 240000, qualifier=MORE, **WINDOW),
            dlv(AUTO, 25000, **month(2025, 6)),
            dlv(AUTO, 40000, MORE, **month(2025, 9)),
            money("revenue", 2.9e10, **quarter(2025, 3)),
            op_profit(7e8, **quarter(2025, 3)),
            other("gross margin", 25.5, **quarter(2025, 3)),
            goal(550000, **year(2026)),
            staff(18000, MORE),
        ],
    ),
    article(
        "雷军国庆节发了哪些微博？一文汇总",
        ZH_WEIBO,
        D(2025, 10, 2),
        "zh",
        [
            dlv(AUTO, 40000, MORE, **month(2025, 9)),
            orders("reservations", YU7, 100000, qualifier=MORE),
            dlv(AUTO, 390000, MORE, **total_to(D(2025, 9, 30))),
        ],
    ),
    article(
        "年终盘点｜小米汽车2025：全年交付超41万辆",
        ZH_ANNUAL,
        D(2026, 1, 2),
        "zh",
        [
            dlv(AUTO, 50000, MORE, **month(2025, 12)),
            dlv(AUTO, 410000, MORE, **year(2025)),
            goal(350000, **year(2025)),
            dlv(AUTO, 20000, MORE, **month(2025, 1)),
            price(ULTRA, 529900),
            orders("orders", YU7, 200000, **WINDOW),
            dlv(AUTO, 40000, MORE, **month(2025, 9)),
            op_profit(7e8, **quarter(2025, 3)),
            goal(550000, **year(2026)),
        ],
    ),
    article(
        "新势力10月交付榜出炉：零跑7万辆领跑 小米连续两月破4万",
        ZH_MAKERS,
        D(2025, 11, 1),
        "zh",
        [
            dlv(AUTO, 40000, MORE, **month(2025, 10)),
            dlv(AUTO, 300000, MORE, **first_months(2025, 10)),
        ],
    ),
    article(
        "小米17系列发布 首销5分钟销量破百万台",
        ZH_NEG_PHONE,
        D(2025, 9, 26),
        "zh",
        [],
    ),
    article(
        "特斯拉中国10月批发销量同比降36% Model Y面临小米YU7等新车挑战",
        ZH_NEG_RIVAL,
        D(2025, 11, 4),
        "zh",
        [],
    ),
]


@run(CHINESE)
def test_chinese_articles(
    title: str, body: str, published: dt.date, lang: str | None, want: list[dict[str, Any]]
) -> None:
    check_article(title, body, published, lang, want)  # type: ignore[arg-type]
