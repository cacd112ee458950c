"""Probes of the extractor on WHOLE ARTICLES, eleventh set (c), written without sight of the
devset, reusing the `article` / `check_article` helpers of test_metrics_articles9.py: 22 pages
(about 170-310 words, or 380-730 characters in Chinese, Japanese and Korean; a 快讯 list and a
paywalled teaser are short by nature) as trafilatura returns them, in page genres the ninth and tenth sets leave
out: a live blog of a launch with timestamps ("21:04 — ..."); a timeline explainer ("2021: ...",
"March 2024: ..."); a "by the numbers" fact box (figure first, then what it counts); a listicle
of EV makers' monthly figures with Xiaomi as one entry; an aggregator page of short unrelated
stories (only the Xiaomi car ones count); a paywalled teaser cut off mid-sentence; an English
text that reads like a machine translation of a Chinese story; a press release with its "About
Xiaomi" boilerplate and forward-looking-statements disclaimer; a Q&A interview transcript; a
forum thread; a stock-market report mentioning the car unit in passing; a Chinese 快讯 list of
five briefs; a Chinese long-form feature; a Japanese and a Korean business story; a German and
a French market story; a Spanish news round-up and an Italian fact box.

Every page is written for this file, in our own words; figures are close to those reported for
Xiaomi's car business or made up to be plausible. The expected list was decided before the
extractor ran: one event per distinct figure, in the order of the text. Conventions as in
test_metrics_review8.py and test_metrics_articles10.py (a finished month of an actual runs first
to last day, as_of its last day; a quarter first to last day; a running total since launch is
cumulative; a launch window is `window`; a capacity is a rate, a planned one a target; a price
has no period; an operating profit, a gross margin and a store count are `other`, an operating
loss is net_loss; the group's revenue is the group's). Forum posts: a figure a poster quotes
from the company's announcement is the company's figure; a poster's own guess is no event.
A rival's, the market's or a phone figure, the group's user count, a share price, a price
target, a spec, a hypothetical or a change told by its size is no event; a target's as_of is
not asserted. Pages without a publication day name the year of every period. A plain case
guards what holds; an `xfail(strict=True)` case is a known miss whose reason says field by
field what is missing, extra or wrong.
"""

import datetime as dt
from typing import Any

from test_metrics_articles9 import article, check_article, orders, run
from test_metrics_review import ev
from test_metrics_review8 import (
    AUTO,
    GROUP,
    MORE,
    SU7,
    ULTRA,
    WINDOW,
    YU7,
    cap,
    dlv,
    first_months,
    goal,
    money,
    month,
    other,
    price,
    quarter,
    year,
)

D = dt.date
CUM = {"period_kind": "cumulative"}


def total(subject: str, value: float, q: str = "exact") -> dict[str, Any]:
    """Deliveries since launch (a running total; its as_of is not asserted)."""
    return dlv(subject, value, q, **CUM)


def plan_cap(value: float, subject: str = AUTO) -> dict[str, Any]:
    return cap(value, subject, status="target")


# --- English ---------------------------------------------------------------------------------

EN_LIVE = """Live: Xiaomi YU7 launch - prices, orders and everything Lei Jun said

Last updated 27 June 2025, 11:05 CST

Welcome to our live coverage of Xiaomi's biggest night of the year. The company is unveiling \
its first sport utility vehicle, the YU7, at an event in Beijing. Refresh for updates.

19:00 — We're in the hall. The stage is dark, a YU7 in Lava Orange sits under a sheet. Around \
3,000 fans and dealers are here.

19:12 — Lei Jun is on stage. He opens with the SU7: more than 258,000 of the sedans have been \
delivered since the first handover in March last year, he says. Big cheer.

19:40 — Specs. The YU7 Standard has a CLTC range of 835 km, the Max does 0-100 km/h in 3.23 \
seconds. Lei Jun compares it again and again with Tesla's Model Y, which starts at 263,500 \
yuan in China.

20:15 — A short detour: the Mix Flip 2 foldable phone is priced at 5,999 yuan and the new \
smart band at 269 yuan.

21:04 — Prices, finally. YU7 Standard 253,500 yuan; Pro 279,900 yuan; Max 329,900 yuan. That \
is 10,000 yuan below the Model Y for the base car. Orders open now.

21:08 — Xiaomi says 200,000 locked orders came in within three minutes. The app is struggling.

21:30 — Lei Jun ends the show. The first YU7s will reach customers from tonight, he says.

Photo: Lei Jun presents the YU7 in Beijing. Xiaomi

Next day, 10:42 — Xiaomi has just posted on Weibo: locked orders for the YU7 passed 240,000 \
within 18 hours. Wait times in the app now run to more than a year for some trims.

11:05 — That's it from us. Thanks for following. Read our full review of the YU7 Max here.

Related: Xiaomi shares hit record high after YU7 debut | Tesla China cuts Model Y lease rates"""

EN_TIMELINE = """Timeline: how Xiaomi built a car business in four years

By Grace Ho
15 December 2025

Xiaomi's car unit turned its first profit this autumn, four and a half years after Lei Jun \
said he would stake his reputation on electric vehicles. Here are the milestones.

2021: On March 30 Lei Jun announces the company will build cars and spend 10 billion US dollars \
on the project over ten years, calling it his "last major venture".

November 2021: Xiaomi signs an agreement to build its plant in Beijing's Yizhuang district.

December 2023: The SU7 sedan is shown to the public for the first time, without a price.

March 2024: Sales begin. The first SU7s are handed over on April 3.

June 2024: The 10,000th car rolls off to a customer.

November 2024: Xiaomi says it has reached its 2024 target of 130,000 deliveries, a month ahead \
of schedule.

December 2024: The year closes with more than 135,000 cars delivered.

March 2025: With full-year results, the 2025 delivery target is raised to 350,000 from 300,000.

June 2025: The YU7 SUV goes on sale and draws 240,000 locked orders in 18 hours.

November 2025: The unit reports an operating profit of 700 million yuan for the third \
quarter, when it delivered 108,796 cars.

What comes next: a third model, a large extended-range SUV, is due in 2026, and the company \
is preparing to sell cars in Europe in 2027.

Grace Ho covers China's technology industry."""

EN_NUMBERS = """Xiaomi's car business, by the numbers

November 20, 2025

Xiaomi's electric vehicle unit reported its first quarterly operating profit this week. The \
key figures from the third quarter and beyond:

108,796
Cars delivered in July-September, a quarterly record

29.0 billion yuan
Revenue of the smart EV and AI segment in the quarter

25.5%
Gross margin of the segment

700 million yuan
Operating profit, the first since cars went on sale

1,548
Horsepower of the SU7 Ultra, the fastest car in the range

402
Xiaomi car stores in China at the end of September, in 119 cities

350,000
Deliveries the company targets for 2025

HK$45.12
Xiaomi's closing share price on Wednesday

Sources: company filings, exchange data. Figures rounded.

What the numbers say

The quarter showed that a newcomer can make money on cars in China's crowded market, something \
few of the startups that went before Xiaomi have managed. Much of the gain came from the YU7, \
whose order book kept the factory busy through the summer, and from the pricier versions of \
the SU7 sedan.

Investors were less impressed than the headline suggested: the stock fell on the day, as rising \
memory chip costs threaten the phone business that still brings in most of the group's money.

For comparison, Tesla's automotive gross margin was 15.4% in the same quarter, and BYD sold \
1.1 million cars in the three months.

Related: Xiaomi's EV unit posts first operating profit | Inside the Yizhuang factory"""

EN_LISTICLE = """November EV deliveries: eight Chinese makers ranked

December 1, 2025 | Autos

China's electric vehicle startups reported November figures on Monday. Here is how they \
stacked up.

1. Leapmotor - 70,327
The Hangzhou company set a record for the ninth month running, helped by its cheap B10.

2. Xpeng - 36,728
Deliveries rose 19% from a year earlier, with the Mona M03 doing most of the work.

3. Xiaomi - more than 40,000
The smartphone maker only gives a threshold, but says it crossed 40,000 for the third month \
in a row. Xiaomi added that it had already beaten its full-year target of 350,000 cars.

4. NIO - 36,275
Including the Onvo and Firefly brands.

5. Li Auto - 33,181
Down 32% from a year earlier as it switches its line-up to battery-electric models.

6. Zeekr - 31,200
Geely's premium brand held steady.

7. Aito - 25,800
Huawei's partner brand slipped from October.

8. Neta - 1,020
The troubled startup is under restructuring.

Ranking based on company statements; Xiaomi placed on its reported threshold.

The bigger picture

November is usually a strong month in China, as buyers rush to secure purchase-tax breaks \
before the year ends, and this year the rush was stronger than usual because the exemption \
for electric cars will be halved from January. Several makers said their order books for \
December were already full.

Price cuts continued. At least five brands offered zero-interest loans over five years, and \
two cut list prices outright. Analysts expect a slow first quarter next year as demand pulled \
forward into the last weeks of 2025 fades.

Methodology: deliveries as reported by each company on December 1. Figures for Aito come from \
its partner Seres. Sales of BYD and Geely's mass-market brands are not included."""

EN_AGGREGATOR = """Tech Morning: five things to know today

Tuesday, November 25, 2025

Apple's iPhone 17 sales in China rose 22% in the first six weeks on sale, data from a market \
researcher showed. The base model is the bestseller.

Tesla recalls 12,000 Model Y cars in China over a seat-belt sensor, the regulator said. No \
injuries were reported.

Xiaomi says its car unit has delivered its 500,000th vehicle, 20 months after the SU7 went on \
sale. The milestone car, a YU7, was handed over in Beijing.

Xiaomi also said its new phone, the Xiaomi 17, sold more than 1 million units in its first \
five days. The phone starts at 4,499 yuan.

Chipmaker SMIC guides fourth-quarter revenue flat, citing tight supply of equipment.

Samsung names a new head for its mobile division, the third change at the top in two years. \
The company's shares rose 1.4% in Seoul.

And one more from Xiaomi: the refreshed SU7 will start at 229,900 yuan when it goes on sale \
next month, 14,000 yuan more than the current model.

That's all for today. Sign up for our newsletter.

Tech Morning is written by our Asia technology team and lands in your inbox every weekday at \
7am. Tips and feedback welcome.

Most read
1. The cheapest EVs you can buy in Europe right now
2. Why chip stocks fell on Monday
3. Apple's foldable iPhone: what we know"""

EN_PAYWALL = """Xiaomi sets 550,000 target for car deliveries in 2026

Jan 10, 2026

By a Staff Writer

Xiaomi Corp. aims to deliver 550,000 electric vehicles in 2026, according to people \
familiar with the matter, as the Chinese smartphone maker bets a third model and a bigger \
factory can keep its car business growing while China trims incentives for electric cars.

The target, which has not been announced, compares with more than 410,000 cars the company \
handed over last year. Reaching it would require Xiaomi's Beijing plant, whose third phase \
is still under construction, to run at close to

Subscribe to continue reading
Get unlimited access for $1 for your first month.
Already a subscriber? Sign in

More from Autos
Leapmotor targets 1 million sales in 2026 as it courts Stellantis buyers
BYD ends 2025 with record exports but misses domestic goal
Tesla's China-made car sales fall for a third month

Most read
Fed officials split over pace of rate cuts
Markets wrap: Asian stocks edge higher as oil slips
Opinion: China's price war is far from over

Terms of use | Privacy | Cookie settings | Accessibility
(c) 2026. All rights reserved."""

EN_MT = """Xiaomi Automobile October delivery continuous exceed 40,000 units, year accumulation \
exceed 300,000

2025-11-01 10:32 Source: Network

November 1 news, Xiaomi Automobile official announce, October month delivery volume continuous \
exceed 40,000 units, is the second month continuous to break this number. This year start till \
October end, Xiaomi Automobile accumulative delivery already exceed 300,000 units.

Understood that, Xiaomi Automobile this year delivery target is 350,000 units, has been raised \
in March from originally 300,000 units. Now distance target only remain less than 50,000 units.

Lei Jun in Weibo say: "Thank every one of users support and patiently waiting, factory is full \
power producing."

Same day, Li Auto October deliver 31,767 units, Leapmotor deliver 70,289 units, XPeng deliver \
42,013 units, all is historical new high except Li Auto.

Industry person analysis think, Xiaomi YU7 order still very much, new user waiting time is \
still more than 40 weeks. Xiaomi Automobile second phase factory already fully put into \
production.

Public information show, Xiaomi Automobile first product Xiaomi SU7 in year 2024 March \
formally go on market, second product Xiaomi YU7 in this year June go on market. Xiaomi Group \
founder Lei Jun once said, Xiaomi Automobile will in 2027 enter European market.

Reporter notice that, recent period many car companies in new energy car market launch price \
reduction activity, industry competition further become fierce. Analyst think, with purchase \
tax policy adjustment coming, fourth quarter car market sales will appear "rush buying" trend.

Hot recommendation:
Li Auto i6 go on market, price start 249,800 yuan
BYD October sales fall 12% year on year

Statement: this article content is from network, only for reference, not constitute investment \
suggestion."""

EN_PRESS = """Xiaomi Corporation Announces Third Quarter 2025 Results

HONG KONG, Nov. 18, 2025 /PRNewswire/ -- Xiaomi Corporation ("Xiaomi" or the "Group"; HKEX: \
1810), a consumer electronics and smart manufacturing company with smartphones and smart \
hardware connected by an IoT platform at its core, today announced its unaudited results for \
the three months ended September 30, 2025.

Third Quarter 2025 Highlights
- Total revenue was RMB113.1 billion, up 22.3% year-over-year.
- Revenue from smart EVs and AI and other new initiatives reached RMB29.0 billion.
- The smart EV and AI and other new initiatives segment recorded operating income of RMB0.7 \
billion, turning profitable for the first time.
- 108,796 new vehicles were delivered in the quarter.

"Our EV business has reached a milestone," said Lei Jun, founder, Chairman and CEO. "We will \
keep investing in technology for the long run."

About Xiaomi Corporation
Xiaomi Corporation was founded in April 2010 and listed on the Main Board of the Hong Kong \
Stock Exchange on July 9, 2018. Xiaomi is a consumer electronics and smart manufacturing \
company with smartphones and smart hardware connected by an IoT platform at its core. As of \
September 30, 2025, the number of monthly active users of Xiaomi's smartphones reached 731.2 \
million.

Forward-Looking Statements
This press release contains forward-looking statements that involve risks and uncertainties. \
Actual results may differ materially from those in such statements, including any statement \
about future deliveries, production capacity or profitability. Xiaomi undertakes no obligation \
to update any forward-looking statement.

Investor Relations Contact: ir@example.com"""

EN_QA = """Q&A: Xiaomi's car chief on capacity, targets and Europe

Edited for length and clarity.

Q: Let's start with the numbers. How many cars did you hand over in August 2025?
A: More than 30,000. It would have been more if we had the capacity.

Q: So capacity is the bottleneck?
A: Yes. With the second phase of the Beijing plant our annual capacity is 300,000 cars. Demand \
is above that.

Q: Are you sticking to your target for 2025?
A: We are. 350,000 deliveries this year is still the number.

Q: Tesla sells more than 60,000 cars a month in China. When will you catch up?
A: That's not how we think. Tesla has been here ten years.

Q: What about Europe?
A: If we sold 100,000 cars a year abroad, a plant there would make sense. We are not there. We \
will start selling in Europe in 2027.

Q: Prices?
A: The YU7 starts at 253,500 yuan. We won't join a price war.

Q: Last question. Sleep?
A: Not enough.

Q: You have had three crashes of the SU7 in the news this year. Has that hurt demand?
A: Every accident is taken very seriously. We cooperate fully with the authorities and we have \
changed how we describe the driver-assistance features. Orders have held up, but trust is \
something you earn again every day.

Q: Your rivals say you only make money because your brand is strong.
A: The brand helps. But a car has to be good or people won't recommend it. Most of our buyers \
come to us because a friend has one.

This interview was conducted in Beijing and has been condensed."""

EN_FORUM = """r/electricvehicles

Xiaomi just posted more than 40k deliveries for September

Posted by u/volt_wanderer · 2 Oct 2025

Official Weibo post this morning: "over 40,000 deliveries in September". For a company that \
sold its first car 18 months ago that's wild.

  ▲ 412 ▼   87 comments

u/battery_bob · 2 Oct 2025
Source? Their Weibo is a meme machine.
    u/volt_wanderer
    It's in their announcement. They also repeated the official 350k target for the year.

u/sedan_skeptic · 2 Oct 2025
I reckon they'll do 400k this year easy. Maybe 450k if the third plant comes early.

u/teslaowner99 · 2 Oct 2025
Tesla did 71k in China in September lol. Different league.

u/beijing_commuter · 2 Oct 2025
My SU7 took 7 months to arrive. Worth it though.

u/ev_data_nerd · 3 Oct 2025
For context: 40k a month is roughly half a million a year run-rate if they can keep it up.

Sort by: best | View more comments

u/grid_girl · 3 Oct 2025
The YU7 is the real story. Everyone I know who wanted a Model Y is now on the YU7 waitlist. \
The Model Y starts at 263,500 yuan over there, the YU7 is cheaper and nicer inside.

u/volt_wanderer · 3 Oct 2025
Also worth noting they still don't give exact monthly numbers, only "over X". Makes it hard to \
compare with the others.

u/quiet_lurker · 3 Oct 2025
Does anyone know if they'll ever sell these in the US? Asking for a friend.

Posted in r/electricvehicles · Community rules · Report"""

EN_STOCKS = """Hong Kong stocks close higher as tech rallies; Xiaomi jumps

November 3, 2025 4:35 PM

Hong Kong shares rose on Monday, led by technology stocks, as investors bet on further \
stimulus from Beijing.

The Hang Seng Index gained 1.2% to 26,158.4 points, while the Hang Seng Tech Index climbed 2.3%. \
Turnover was HK$251 billion.

Xiaomi rose 3.4% to HK$47.80 after its electric vehicle unit said on Saturday it delivered \
more than 40,000 cars in October. Jefferies raised its price target on the stock to HK$60. \
The company has a market value of about HK$1.24 trillion.

Meituan fell 2.1% ahead of its results, and Alibaba added 1.7%. BYD slipped 0.9% after its \
October sales fell 12% from a year earlier to 441,706 vehicles.

On the mainland, the Shanghai Composite edged up 0.3%.

Brent crude traded at $64.9 a barrel; gold was little changed.

Among other movers, Pop Mart tumbled 6.8% after a broker cut its rating, while Li Auto rose \
2.5% on hopes its new SUV would lift sales. Nio lost 3.1%.

Xiaomi's gains helped the Hang Seng Tech Index to its best day in three weeks. The stock has \
nearly doubled this year, though it remains below its June peak.

Southbound investors bought a net HK$8.2 billion of Hong Kong shares through the stock connect \
programmes.

In Tokyo, the Nikkei 225 closed up 1.8%, while South Korea's Kospi added 0.6%. Australia's \
S&P/ASX 200 was flat.

Markets data delayed at least 15 minutes."""


ENGLISH = [
    article(
        "Live: Xiaomi YU7 launch - prices, orders and everything Lei Jun said",
        EN_LIVE,
        D(2025, 6, 27),
        None,
        [
            total(SU7, 258000, MORE),
            price(YU7, 253500),
            price(YU7, 279900),
            price(YU7, 329900),
            orders("locked_orders", YU7, 200000, **WINDOW),
            orders("locked_orders", YU7, 240000, qualifier=MORE, **WINDOW),
        ],
    ),
    article(
        "Timeline: how Xiaomi built a car business in four years",
        EN_TIMELINE,
        D(2025, 12, 15),
        None,
        [
            ev(AUTO, metric="investment", value=10e9, unit="USD"),
            total(AUTO, 10000),
            goal(130000, **year(2024)),
            dlv(AUTO, 135000, MORE, **year(2024)),
            goal(350000, **year(2025)),
            goal(300000, **year(2025)),
            orders("locked_orders", YU7, 240000, **WINDOW),
            other("operating profit", 7e8, **quarter(2025, 3)),
            dlv(AUTO, 108796, **quarter(2025, 3)),
        ],
    ),
    article(
        "Xiaomi's car business, by the numbers",
        EN_NUMBERS,
        D(2025, 11, 20),
        None,
        [
            dlv(AUTO, 108796, **quarter(2025, 3)),
            money("revenue", 29.0e9, **quarter(2025, 3)),
            other("gross margin", 25.5, **quarter(2025, 3)),
            other("operating profit", 7e8, **quarter(2025, 3)),
            other("stores", 402),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "November EV deliveries: eight Chinese makers ranked",
        EN_LISTICLE,
        D(2025, 12, 1),
        None,
        [
            dlv(AUTO, 40000, MORE, **month(2025, 11)),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "Tech Morning: five things to know today",
        EN_AGGREGATOR,
        D(2025, 11, 25),
        None,
        [
            total(AUTO, 500000),
            price(SU7, 229900),
        ],
    ),
    article(
        "Xiaomi sets 550,000 target for car deliveries in 2026",
        EN_PAYWALL,
        D(2026, 1, 10),
        None,
        [
            goal(550000, **year(2026)),
            dlv(AUTO, 410000, MORE, **year(2025)),
        ],
    ),
    article(
        "Xiaomi Automobile October delivery continuous exceed 40,000 units",
        EN_MT,
        D(2025, 11, 1),
        None,
        [
            dlv(AUTO, 40000, MORE, **month(2025, 10)),
            dlv(AUTO, 300000, MORE, **first_months(2025, 10)),
            goal(350000, **year(2025)),
            goal(300000, **year(2025)),
        ],
    ),
    article(
        "Xiaomi Corporation Announces Third Quarter 2025 Results",
        EN_PRESS,
        D(2025, 11, 18),
        None,
        [
            ev(GROUP, metric="revenue", value=113.1e9, **quarter(2025, 3)),
            money("revenue", 29.0e9, **quarter(2025, 3)),
            other("operating profit", 7e8, **quarter(2025, 3)),
            dlv(AUTO, 108796, **quarter(2025, 3)),
        ],
    ),
    article(
        "Q&A: Xiaomi's car chief on capacity, targets and Europe",
        EN_QA,
        None,  # type: ignore[arg-type]  # no publication day
        None,
        [
            dlv(AUTO, 30000, MORE, **month(2025, 8)),
            cap(300000),
            goal(350000, **year(2025)),
            price(YU7, 253500),
        ],
    ),
    article(
        "Xiaomi just posted more than 40k deliveries for September",
        EN_FORUM,
        D(2025, 10, 2),
        None,
        [
            dlv(AUTO, 40000, MORE, **month(2025, 9)),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "Hong Kong stocks close higher as tech rallies; Xiaomi jumps",
        EN_STOCKS,
        D(2025, 11, 3),
        None,
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
]


@run(ENGLISH)
def test_english_pages(
    title: str, body: str, published: dt.date | None, lang: str | None, want: list[Any]
) -> None:
    check_article(title, body, published, lang, want)  # type: ignore[arg-type]


# --- Chinese ---------------------------------------------------------------------------------

ZH_FLASH = """财联社12月1日电 快讯汇总

【1】小米汽车：11月交付量继续超过4万台，连续第三个月站上这一台阶。

【2】比亚迪：11月新能源汽车销量48.0万辆，同比下降5.3%。

【3】小米汽车：小米YU7上市以来累计交付已突破15万台。

【4】蔚来：11月交付新车36275台，乐道品牌交付12000余台。

【5】小米汽车：北京工厂三期预计2026年投产，规划年产能15万辆。

【6】特斯拉：上海超级工厂11月交付新车8.7万辆，其中出口约3.5万辆。

【7】工信部：将进一步规范汽车行业价格行为，反对无序价格竞争。

（以上内容仅供参考，不构成投资建议）

更多快讯请下载财联社APP。欢迎读者通过热线提供新闻线索，我们将第一时间核实并发布。

编辑：刘洋　审核：张华

相关阅读：
小米YU7 GT曝光，预计明年上市
理想汽车11月交付3.3万辆"""

ZH_FEATURE = """小米造车这三年：从“最后一次创业”到单季盈利

文｜陈晓　编辑｜周宁

2021年3月30日，雷军在发布会上宣布小米正式进军智能电动汽车，并表示未来十年将投入100亿美元。\
他说，这是自己人生中最后一次重大的创业项目，“愿意押上全部声誉”。

彼时，外界的质疑声并不少。造车是资本和时间都极其密集的行业，蔚来、小鹏等前辈已经烧掉数百亿元，\
仍未实现稳定盈利。

转折发生在2024年3月。小米SU7上市，起售价21.59万元，27分钟大定突破5万台。当年，小米汽车\
全年交付超过13.5万辆，超额完成13万辆的目标。

图｜小米汽车北京亦庄工厂的压铸车间

2025年，小米把年度交付目标定为35万辆。6月，第二款车型YU7上市，18小时锁单超过24万台，\
北京工厂随即进入满负荷运转。工厂一期规划年产能15万辆，二期投产后总产能达到30万辆。

真正让市场改变看法的是利润。2025年第三季度，小米智能电动汽车及AI等创新业务分部收入290亿元，\
经营收益7亿元，首次实现单季度盈利；当季交付新车108796辆。

“汽车行业没有捷径。”一位接近小米的人士说。他透露，小米汽车目前的研发团队规模已超过1万人。

当然，挑战依然存在。SU7的几起事故让智能驾驶安全受到质疑，漫长的等车周期也让部分用户转投对手。\
而在价格战仍未结束的中国市场，特斯拉Model Y年销量超过40万辆，依旧是小米绕不开的对手。

（本文不构成投资建议）"""

ZH_LIVE = """图文直播｜小米SU7 Ultra正式上市

2025-02-27 19:00 开始

19:00 发布会开始，雷军登台，现场座无虚席。

19:20 雷军回顾：小米SU7上市11个月，累计交付已超过13.5万台。

20:30 先发布的是小米15 Ultra手机，售价6499元起。

21:50 重头戏来了！小米SU7 Ultra正式上市，售价52.99万元，比预售价81.49万元大幅下调。

21:52 现场掌声雷动。雷军表示，SU7 Ultra今年的销售目标是1万台。

21:55 雷军现场展示了SU7 Ultra在纽北赛道的圈速视频，全场起立鼓掌。他说，这台车从立项到量产用了\
不到两年时间，团队克服了大量工程难题。

21:58 保时捷Taycan Turbo GT在国内售价超过200万元，雷军称SU7 Ultra的目标就是“挑战最强”。

22:00 官方宣布：上市10分钟，SU7 Ultra大定突破6900台。

次日0:05 最新消息：SU7 Ultra上市2小时大定突破10000台。

（直播结束，感谢关注）

本场直播由本站汽车频道全程报道，更多现场图片请点击图集。发布会后，小米官方App一度因访问量过大\
出现卡顿，部分用户反映支付页面无法打开，小米客服表示正在紧急扩容。

网友热评：
@赛道老炮：这个价格，保时捷慌不慌？
@理性消费者：买不起，但是看着真爽。

相关阅读：小米YU7将于年中上市；特斯拉Model S在华降价"""

ZH_NOTICE = """小米集團-W（01810）
自願性公告
小米汽車交付情況

本公告乃由小米集團（「本公司」）自願作出，以告知本公司股東及潛在投資者有關本集團最新業務發展。

本公司董事會欣然宣佈，於2025年10月，本集團交付的新車數量超過40,000台。截至2025年10月31日，\
本集團於2025年累計交付新車已超過300,000台。

本公告所載之交付數據未經審核，可能作出調整。

本集團將繼續致力提升產能，以縮短用戶的等候時間，並為用戶提供優質的產品及服務。本集團的智能電動\
汽車業務將繼續按照既定策略穩步推進，包括擴大銷售及服務網絡、推出新車型以及加大研發投入。

前瞻性陳述
本公告載有若干前瞻性陳述，包括有關本集團未來交付量、產能及盈利能力的陳述。該等陳述涉及風險及\
不確定因素，實際結果可能與之存在重大差異。股東及潛在投資者於買賣本公司證券時務請審慎行事。

承董事會命
小米集團
主席
雷軍

香港，2025年11月1日"""

ZH_FORUM = """懂车圈 › 小米汽车 › 讨论

小米9月交付又过4万了？

楼主 @电车老司机 2025-10-02 09:12
刚看到官方微博：9月交付量超过40000台。这速度有点夸张啊。

1楼 @北京SU7车主
官方说的是“超过4万台”，具体数字不公布。另外官方还说今年的目标还是35万台不变。

2楼 @理性看车
我猜全年能到40万，三期要是提前投产能冲45万。

3楼 @特斯拉老车主
特斯拉9月国内卖了7.1万辆，还差得远。

4楼 @等车第七个月
我的YU7还没提到，等了七个月了，急死了。

5楼 @数据控
按每月4万算，年化接近50万了。

查看更多回复（86）

6楼 @二手车贩子
现在YU7的二手车价格还比新车高，真是奇观。

7楼 @电车老司机（楼主）
回复5楼：年化只是算算，官方没有这么说，别当真。

8楼 @路人甲
小米手机我用了十年，车还是再看看吧。

本帖最后由 电车老司机 于 2025-10-03 11:20 编辑
懂车圈社区公约｜举报｜返回版块"""

CHINESE = [
    article(
        "财联社快讯汇总",
        ZH_FLASH,
        D(2025, 12, 1),
        "zh",
        [
            dlv(AUTO, 40000, MORE, **month(2025, 11)),
            total(YU7, 150000, MORE),
            plan_cap(150000),
        ],
    ),
    article(
        "小米造车这三年：从“最后一次创业”到单季盈利",
        ZH_FEATURE,
        None,  # type: ignore[arg-type]  # no publication day
        "zh",
        [
            ev(AUTO, metric="investment", value=10e9, unit="USD"),
            price(SU7, 215900),
            orders("orders", SU7, 50000, qualifier=MORE, **WINDOW),
            dlv(AUTO, 135000, MORE, **year(2024)),
            goal(130000, **year(2024)),
            goal(350000, **year(2025)),
            orders("locked_orders", YU7, 240000, qualifier=MORE, **WINDOW),
            cap(150000),
            cap(300000),
            money("revenue", 29.0e9, **quarter(2025, 3)),
            other("operating profit", 7e8, **quarter(2025, 3)),
            dlv(AUTO, 108796, **quarter(2025, 3)),
            ev(AUTO, metric="headcount", value=10000, qualifier=MORE),
        ],
    ),
    article(
        "图文直播｜小米SU7 Ultra正式上市",
        ZH_LIVE,
        D(2025, 2, 27),
        "zh",
        [
            total(SU7, 135000, MORE),
            price(ULTRA, 529900),
            price(ULTRA, 814900),
            ev(ULTRA, metric="delivery_target", value=10000, status="target", **year(2025)),
            orders("orders", ULTRA, 6900, qualifier=MORE, **WINDOW),
            orders("orders", ULTRA, 10000, qualifier=MORE, **WINDOW),
        ],
    ),
    article(
        "小米集團自願性公告：小米汽車交付情況",
        ZH_NOTICE,
        D(2025, 11, 1),
        "zh",
        [
            dlv(AUTO, 40000, MORE, **month(2025, 10)),
            dlv(AUTO, 300000, MORE, **first_months(2025, 10)),
        ],
    ),
    article(
        "小米9月交付又过4万了？",
        ZH_FORUM,
        D(2025, 10, 2),
        "zh",
        [
            dlv(AUTO, 40000, MORE, **month(2025, 9)),
            goal(350000, **year(2025)),
        ],
    ),
]


@run(CHINESE)
def test_chinese_pages(
    title: str, body: str, published: dt.date | None, lang: str | None, want: list[Any]
) -> None:
    check_article(title, body, published, lang, want)  # type: ignore[arg-type]


# --- Japanese, Korean, German, French, Spanish, Italian --------------------------------------

JA_BUSINESS = """小米のEV事業、初の営業黒字　7〜9月期

2025年11月19日 5:00

【北京＝山田太郎】中国スマートフォン大手の小米（シャオミ）が18日発表した2025年7〜9月期決算で、\
電気自動車（EV）を中心とする新規事業部門が初めて営業黒字になった。営業利益は7億元（約150億円）\
だった。

同部門の売上高は290億元で、前の四半期の213億元から大きく伸びた。7〜9月期のEV納車台数は\
10万8796台と過去最高を更新した。

6月に発売したSUV「YU7」の受注が好調で、北京工場はフル稼働が続く。同社は25年の納車目標を\
35万台としており、10月までに達成がほぼ確実になった。

一方、主力のスマホ事業はメモリー価格の上昇が重荷となり、出荷台数は4330万台と前年並みにとどまった。\
グループ全体の売上高は1131億元だった。

競合では、比亚迪（BYD）が7〜9月期に初の減益となり、中国の価格競争の激しさが浮き彫りになっている。\
小米の株価は19日の香港市場で一時3%下落した。

小米は21年に自動車事業への参入を発表し、24年3月にセダン「SU7」で市場に参入した。雷軍（レイ・\
ジュン）最高経営責任者（CEO）は決算説明会で「EV事業は新たな段階に入った」と語り、27年に欧州で\
の販売を始める計画を改めて示した。

中国の新車市場では、購入税の減免縮小を前に駆け込み需要が見込まれる一方、26年以降は販売の反動減を\
懸念する声も多い。テスラの上海工場も値下げで対抗しており、競争は一段と激しくなりそうだ。

（関連記事）シャオミ、欧州でのEV販売を27年に開始へ"""

KO_BUSINESS = """샤오미, 10월 전기차 인도 4만대 돌파…연간 목표 '눈앞'

입력 2025.11.03 09:20

중국 샤오미의 전기차 인도량이 두 달 연속 4만대를 넘어섰다.

샤오미는 지난 1일 웨이보를 통해 10월 전기차 인도량이 4만대를 넘었다고 밝혔다. 구체적인 \
수치는 공개하지 않았다. 올해 1~10월 누적 인도량은 30만대를 웃돈다.

샤오미는 올해 인도 목표를 35만대로 잡고 있어 연내 달성이 확실시된다. 업계에서는 샤오미가 \
올해 40만대 이상을 인도할 것으로 보고 있다.

같은 달 비야디(BYD)는 44만1706대를 판매해 전년 동월 대비 12% 줄었고, 립모터는 7만289대로 \
사상 최대치를 기록했다.

샤오미는 지난 6월 출시한 SUV 'YU7'의 주문이 밀리면서 베이징 공장 2기를 풀가동하고 있다. \
현재 YU7을 주문하면 인도까지 40주 이상 기다려야 한다.

한편 샤오미 주가는 이날 홍콩 증시에서 2% 가까이 올랐다.

샤오미는 2021년 전기차 사업 진출을 선언한 뒤 2024년 3월 첫 차인 세단 'SU7'을 내놨다. 레이쥔 \
회장은 웨이보에 "기다려 주시는 고객들께 감사드린다"며 "공장을 최대한 가동하고 있다"고 적었다.

업계에서는 샤오미의 빠른 성장이 현대차와 기아 등 한국 완성차 업체에도 부담이 될 수 있다는 \
분석이 나온다. 샤오미는 2027년 유럽 시장 진출을 예고한 상태다.

ⓒ 무단전재 및 재배포 금지

[관련기사] 샤오미 "2027년 유럽 진출"…현대차 긴장"""

DE_MARKET = """Xiaomi-Aktie: Autosparte liefert, Anleger bleiben skeptisch

02.12.2025 – 14:10 Uhr

Die Aktie von Xiaomi hat am Dienstag in Hongkong 1,8 Prozent auf 41,20 HK-Dollar nachgegeben, \
obwohl die Autosparte erneut starke Zahlen meldete. Im November lieferte Xiaomi mehr als \
40.000 Elektroautos aus. Das Jahresziel von 350.000 Fahrzeugen hat der Konzern damit bereits \
übertroffen.

Analysten verweisen auf steigende Speicherchip-Preise, die das Smartphone-Geschäft belasten \
dürften. Die Bank Morgan Stanley senkte ihr Kursziel von 60 auf 55 HK-Dollar.

Der Hang Seng schloss 0,4 Prozent tiefer bei 25.910 Punkten. BYD verlor 1,1 Prozent, nachdem \
der Hersteller für November 480.186 verkaufte Fahrzeuge gemeldet hatte, rund 5 Prozent weniger \
als im Vorjahr.

Seit Jahresbeginn hat die Xiaomi-Aktie rund 20 Prozent zugelegt, liegt aber deutlich unter \
ihrem Rekordhoch vom Juni.

Xiaomi war im März 2024 mit der Limousine SU7 in den Automarkt eingestiegen; im Sommer 2025 \
folgte das SUV YU7, dessen Wartezeiten weiterhin bei mehreren Monaten liegen. Firmenchef Lei \
Jun hat angekündigt, ab 2027 auch in Europa Autos zu verkaufen. Branchenbeobachter erwarten, \
dass die Konkurrenz für europäische Hersteller damit weiter zunimmt.

Für die chinesische Autobranche bleibt der Preiskampf das bestimmende Thema. Zahlreiche \
Hersteller bieten zinslose Kredite an, um Käufer vor der Halbierung der Kaufsteuerbefreiung \
im Januar zu gewinnen.

Hinweis: Dieser Artikel stellt keine Anlageberatung dar. Kurse mit Verzögerung."""

FR_MARKET = """Xiaomi s'envole à Hong Kong après ses résultats

Publié le 20/08/2025 à 10h15

Le titre Xiaomi a bondi de 4,2 % mercredi à la Bourse de Hong Kong, au lendemain de résultats \
trimestriels supérieurs aux attentes.

La division véhicules électriques a réalisé un chiffre d'affaires de 21,3 milliards de yuans \
au deuxième trimestre. Sa perte d'exploitation s'est réduite à 300 millions de yuans. Xiaomi \
a livré 81 302 véhicules sur la période.

« Nous sommes en bonne voie pour atteindre notre objectif de 350 000 livraisons cette année », \
a déclaré le président Lu Weibing.

Le constructeur Tesla, de son côté, a vu ses ventes en Chine reculer de 8 % au deuxième \
trimestre. Le Hang Seng a progressé de 0,9 %.

Entré sur le marché automobile en mars 2024 avec la berline SU7, Xiaomi a lancé fin juin son \
premier SUV, le YU7, dont le carnet de commandes assure plusieurs mois de production à son \
usine de Pékin. Le groupe, connu pour ses smartphones, veut commercialiser ses voitures en \
Europe à partir de 2027.

La hausse du prix des puces mémoire reste toutefois une source d'inquiétude pour la division \
smartphones, qui génère encore l'essentiel des revenus du groupe. « Le second semestre sera \
plus difficile pour les téléphones », a reconnu la direction lors de la conférence avec les \
analystes.

Les analystes de Citi ont relevé leur objectif de cours à 70 dollars de Hong Kong.

À lire aussi : BYD réduit sa prévision de ventes annuelles"""

ES_ROUNDUP = """Resumen del motor: lo más destacado de la semana

Lunes, 5 de enero de 2026

Toyota recupera el liderato mundial. El fabricante japonés vendió 11,3 millones de vehículos \
en 2025, por delante de Volkswagen.

Xiaomi cierra su primer gran año. La tecnológica china entregó más de 410.000 coches en 2025, \
por encima de su objetivo de 350.000. En diciembre superó las 50.000 entregas por primera vez.

Renault presenta el nuevo Clio en Madrid, con un precio de partida de 18.900 euros.

El Gobierno amplía el plan Moves III hasta junio, con ayudas de hasta 7.000 euros para la \
compra de coches eléctricos.

Xiaomi, otra vez: la empresa confirmó que empezará a vender coches en Europa en 2027 y que \
su tercera fase de la fábrica de Pekín tendrá una capacidad de 150.000 unidades al año.

BYD vendió 4,6 millones de vehículos en 2025, un 7 % más que el año anterior.

Suscríbete a nuestro boletín para recibir el resumen cada lunes.

Lo más leído
Los coches eléctricos más baratos de 2026
Así funciona la nueva etiqueta de la DGT
Prueba: Xiaomi SU7, el sedán que quiere plantar cara a Tesla"""

IT_NUMBERS = """Xiaomi Auto in cifre

Pubblicato il 19 novembre 2025

I numeri chiave della divisione auto di Xiaomi dopo i conti del terzo trimestre.

108.796 – le auto consegnate tra luglio e settembre

29 miliardi di yuan – i ricavi della divisione veicoli elettrici e IA nel trimestre

700 milioni di yuan – l'utile operativo, il primo della sua storia

25,5% – il margine lordo della divisione

350.000 – l'obiettivo di consegne per il 2025

1.548 – i cavalli della SU7 Ultra

Fonte: bilancio della società.

Il commento

Per un'azienda nata per fare smartphone, l'utile operativo arriva a meno di due anni dal lancio \
della prima auto, un traguardo che molti concorrenti cinesi non hanno ancora raggiunto. La Borsa \
però è rimasta fredda: il titolo ha chiuso in calo a Hong Kong, frenato dai timori sul costo \
delle memorie per i telefoni. Xiaomi prevede di vendere le sue auto in Europa dal 2027.

Per confronto, Tesla ha registrato nel trimestre un margine lordo automobilistico del 15,4%.

Leggi anche: Xiaomi YU7, la prova su strada"""

OTHER_LANGS = [
    article(
        "小米のEV事業、初の営業黒字　7〜9月期",
        JA_BUSINESS,
        D(2025, 11, 19),
        "ja",
        [
            other("operating profit", 7e8, **quarter(2025, 3)),
            money("revenue", 29.0e9, **quarter(2025, 3)),
            money("revenue", 21.3e9, **quarter(2025, 2)),
            dlv(AUTO, 108796, **quarter(2025, 3)),
            goal(350000, **year(2025)),
            ev(GROUP, metric="revenue", value=113.1e9, **quarter(2025, 3)),
        ],
    ),
    article(
        "샤오미, 10월 전기차 인도 4만대 돌파…연간 목표 '눈앞'",
        KO_BUSINESS,
        D(2025, 11, 3),
        "ko",
        [
            dlv(AUTO, 40000, MORE, **month(2025, 10)),
            dlv(AUTO, 300000, MORE, **first_months(2025, 10)),
            goal(350000, **year(2025)),
            ev(
                AUTO,
                metric="deliveries",
                value=400000,
                qualifier="at_least",
                status="forecast",
                **year(2025),
            ),
        ],
        xf=(
            "wrong qualifier: '40만대 이상을 인도할 것으로 보고 있다' gives more_than (이상, as 以上 and "
            "'or more', reads more_than throughout the vocabulary), not at_least"
        ),
    ),
    article(
        "Xiaomi-Aktie: Autosparte liefert, Anleger bleiben skeptisch",
        DE_MARKET,
        D(2025, 12, 2),
        "de",
        [
            dlv(AUTO, 40000, MORE, **month(2025, 11)),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "Xiaomi s'envole à Hong Kong après ses résultats",
        FR_MARKET,
        D(2025, 8, 20),
        "fr",
        [
            money("revenue", 21.3e9, **quarter(2025, 2)),
            money("net_loss", 3e8, **quarter(2025, 2)),
            dlv(AUTO, 81302, **quarter(2025, 2)),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "Resumen del motor: lo más destacado de la semana",
        ES_ROUNDUP,
        D(2026, 1, 5),
        "es",
        [
            dlv(AUTO, 410000, MORE, **year(2025)),
            goal(350000, **year(2025)),
            dlv(AUTO, 50000, MORE, **month(2025, 12)),
            plan_cap(150000),
        ],
    ),
    article(
        "Xiaomi Auto in cifre",
        IT_NUMBERS,
        D(2025, 11, 19),
        "it",
        [
            dlv(AUTO, 108796, **quarter(2025, 3)),
            money("revenue", 29e9, **quarter(2025, 3)),
            other("operating profit", 7e8, **quarter(2025, 3)),
            other("gross margin", 25.5, **quarter(2025, 3)),
            goal(350000, **year(2025)),
        ],
    ),
]


@run(OTHER_LANGS)
def test_other_language_pages(
    title: str, body: str, published: dt.date | None, lang: str | None, want: list[Any]
) -> None:
    check_article(title, body, published, lang, want)  # type: ignore[arg-type]
