"""Probes of the extractor on WHOLE ARTICLES, twentieth set (a), written without sight of the
devset, reusing the `article` / `check_article` helpers of test_metrics_articles9.py: 28 pages,
14 in English and 14 in Chinese (two of them in traditional characters), each a news page in
its own words with figures of Xiaomi's car business in 2024-2026 (close to those reported, or
made up to be plausible) and publication days from 2024 to 2026. Themes: weekly
insurance-registration reports (CnEVPost / 懂车帝 style, "the week of March 3-9", 第10周上险量);
numbers in unusual forms (full-width digits, Chinese numerals 两万台 / 十三万辆 / 三千余辆, "1.2万+",
超2万, a narrow no-break or no-break space inside a number, a range 30万-35万辆); interview
transcripts (Q:/A: and 记者：/卢伟冰：) with figures in the answers, some of them plans; overseas
expansion (a plan without a figure gives nothing, an overseas sales target is a target);
page-cleaning artifacts (a caption, a "Related:" / 相关阅读 link line, a table flattened into
pipe-separated lines, a bullet list of key numbers); an English story quoting figures in 万;
feed-summary items of a headline sentence and one line; and negatives.

Readings of DESIGN.md stated here: the taxonomy has no registrations metric, and the earlier
sets (test_metrics_articles13/15) record a week of insurance registrations as deliveries with
period_kind `week`, period_start its first day and period_end its last (第10周 of 2025 is March
3-9, the ISO week); this set does the same and does not assert a week's as_of. A running total
of registrations since launch to a stated day is cumulative deliveries to that day. "1.2万+",
超, 余 and "more than" are more_than; a range is one event, value the lower end, value_max the
upper, qualifier at_least. A used car's resale price and a residual value are no events: the
price metric is the maker's vehicle price and a resale is not Xiaomi's business number
(test_metrics_articles15 and test_metrics_fix17 agree); the new car's list price in the same
story is an event. A poll of would-be buyers (what share would consider a Xiaomi) is not
buyer_share, which is a share of Xiaomi's buyers in a group, so it is no event; a partner's
charging-network count, a rival's weekly registrations and a percent change are no events. A
"Related:" / 相关阅读 line is a link to another story, not this page's text: its figure gives
nothing. An overseas sales target is a delivery_target of Xiaomi Auto for its year. A planned
capacity is production_capacity as a target.

The expected list was decided before the extractor ran: one event per distinct figure, in the
order of the text, the headline (passed as `title`) first; a figure the headline shares with
the body is one event. Conventions as in test_metrics_review8.py and test_metrics_articles9.py to
_articles19.py: a finished month of an actual runs first to last day, as_of its last day; a
quarter first to last day; a total since launch is cumulative; an operating profit and a gross
margin are `other`, an operating loss is net_loss; a target's as_of is not asserted. A plain
case guards what holds; an `xfail(strict=True)` case is a known miss whose reason says what it
should give and what the extractor gives.
"""

import datetime as dt
from typing import Any

from test_metrics_articles9 import article, check_article, run
from test_metrics_articles13 import wk
from test_metrics_articles15 import op_profit
from test_metrics_articles16 import margin
from test_metrics_review8 import (
    ABOUT,
    AUTO,
    MORE,
    SU7,
    ULTRA,
    YU7,
    cap,
    dlv,
    fcst,
    goal,
    money,
    month,
    price,
    quarter,
    total_to,
    year,
)

D = dt.date
LEAST = "at_least"

# --- English ---------------------------------------------------------------------------------

EN_WEEK = """Xiaomi registered 7,300 vehicles in the week of March 3-9, up from 6,900 in the \
previous week, according to insurance registration data compiled by an industry tracker.

The figure put the smartphone maker fourth among China's electric-vehicle start-ups for the \
week. Li Auto led the group with 8,100 registrations, while Tesla China recorded 11,900.

Xiaomi sells only the SU7 sedan for now, and the company has said the car's waiting time has \
stretched to several months as its Beijing plant runs two shifts.

Registration data count a car when it is insured and are published every Tuesday; the \
companies' own delivery figures come out at the start of each month."""

EN_WEEK_MODELS = """China EV registrations, July 14-20: Xiaomi's YU7 climbs, Tesla slips

Xiaomi recorded 8,600 insurance registrations in the week of July 14-20, its best week so far, \
as deliveries of the YU7 SUV picked up speed less than a month after its launch.

The YU7 accounted for about 5,000 of the total and the SU7 sedan for 3,600, the data showed.

Tesla China registered 10,300 vehicles in the same week, down 9% from the week before, while \
Nio recorded 3,900 and Xpeng 7,400.

Xiaomi has said it aims to deliver 350,000 cars this year."""

EN_SPACES = """November 1, 2024 | Beijing

Xiaomi delivered more than 20\u202f000 electric cars in October, the company said on Friday, \
the first month in which its SU7 sedan passed that mark.

The carmaker also raised its full-year delivery target to 130\u00a0000 vehicles, after \
reaching its earlier goal of 100 000 ahead of schedule.

Xiaomi's shares rose 3.2% in Hong Kong trading. The SU7 starts at 215,900 yuan."""

EN_WAN = """Xiaomi says it handed over more than 4万 units, or 40,000 vehicles, in October, a \
record for the carmaker and its second month above that level.

The company repeated that it expects to beat its target of 35万 (350,000) deliveries for the \
year. Its YU7 SUV, priced from 25.35万 yuan (253,500 yuan), accounts for most of the orders.

Chinese media reports often give figures in 万, a unit of ten thousand, so 4万 is 40,000."""

EN_INTERVIEW = """Interview: Xiaomi's Lu Weibing on the YU7, capacity and the road to profit

Xiaomi president Lu Weibing spoke to us after the company's annual results on Tuesday. The \
interview has been edited for length.

Q: How did the car business do last year?
A: Better than we planned. We delivered more than 135,000 cars in 2024, against a target we \
had already raised twice.

Q: What is the goal for this year?
A: Our delivery target for 2025 is 350,000 vehicles. Demand for the SU7 is still strong, and \
the YU7 comes in the summer.

Q: Can the factory keep up?
A: When the second phase is running, the Beijing plant will be able to build 300,000 cars a \
year.

Q: When will the car unit make money?
A: We hope to break even in the second half of this year. I won't give a number for that."""

EN_OVERSEAS_PLAN = """Xiaomi to start selling cars abroad in 2027, Lei Jun says

Xiaomi will begin selling its electric cars outside China in 2027, chief executive Lei Jun \
said on Thursday, confirming a plan the company has hinted at for a year.

Lei gave no sales figure for the overseas markets and did not say which countries would come \
first, though people familiar with the matter have mentioned Europe.

At home, the company delivered more than 40,000 vehicles in November, its third month in a \
row above that level.

BYD, by contrast, sold 131,935 cars overseas in November."""

EN_OVERSEAS_GOAL = """March 26, 2026 | By Global Autos Desk

Xiaomi aims to sell 20,000 cars outside China in 2027, its first year abroad, the company told \
investors on Wednesday.

The target is small next to its domestic business: Xiaomi delivered more than 410,000 vehicles \
in 2025 and has set a goal of 550,000 for this year.

The first overseas stores will open in Europe, executives said, without naming the countries."""

EN_ARTIFACTS = """Xiaomi's YU7 carries December to a record month

Photo: YU7 SUVs wait for delivery at Xiaomi's Beijing plant. (Company handout)

Xiaomi delivered more than 50,000 cars in December, the company said on Thursday, a record \
that closed its first full year with two models on sale.

Related: Xiaomi YU7 draws 240,000 locked orders in 18 hours

The YU7 made up more than half of the month's deliveries, according to the company.

Related: Tesla's China-made sales fell 9% in November to 78,000

Share this article"""

EN_TABLE = """Xiaomi's fourth quarter, month by month

Xiaomi's car deliveries in the last three months of 2025, as reported by the company:

Month | Deliveries | Change on previous month
October | 40,000+ | +0%
November | 40,000+ | +0%
December | 50,000+ | +25%

Source: company statements. The company gives only rounded figures for each month."""

EN_BULLETS = """Xiaomi's EV unit: second quarter in numbers

Xiaomi reported results for April to June on Tuesday. Key numbers for its car business:

- Revenue: 21.3 billion yuan
- Deliveries: 81,302 vehicles
- Gross margin: 26.4%
- Operating loss: 300 million yuan

The group's smartphone shipments rose 0.6% in the quarter."""

EN_FEED_RECORD = """Xiaomi Auto tops 40,000 deliveries in January. The carmaker said on Sunday \
that it handed over more than 40,000 vehicles in January, despite the start of the purchase tax \
on electric cars."""

EN_FEED_WEEK = """Xiaomi's YU7 tops 10,000 weekly registrations for the first time. The SUV \
was registered 10,200 times in the week of September 8-14, industry data showed."""

EN_NEGATIVE = """What is a used Xiaomi SU7 worth?

A one-year-old Xiaomi SU7 with about 15,000 kilometres on the clock sells for around 190,000 \
yuan on used-car platforms, against a new price of 215,900 yuan for the base version.

Dealers put the SU7's one-year residual value at 88%, one of the highest among electric \
sedans.

In a survey of 2,000 prospective buyers by a consultancy, 41% said they would consider a \
Xiaomi for their next car.

Owners can use the network of charging partner Teld, which runs more than 600,000 public \
charging points in China."""

EN_RIVAL_WEEK = """China EV registrations, week of April 7-13: Tesla back on top

Tesla China recorded 13,200 insurance registrations last week, up 21% from the week before, \
while Li Auto posted 7,900 and Leapmotor 9,100.

Nio registered 4,300 vehicles and Xpeng 7,200. Xiaomi, which is waiting for its new SU7 \
version, was not in the top five.

BYD registered 62,000 passenger cars in the week."""

ENGLISH = [
    article(
        "Xiaomi registers 7,300 EVs in week of March 3-9",
        EN_WEEK,
        D(2025, 3, 11),
        None,
        [dlv(AUTO, 7300, **wk(2025, 3, 3)), dlv(AUTO, 6900, **wk(2025, 2, 24))],
    ),
    article(
        "China EV registrations, July 14-20",
        EN_WEEK_MODELS,
        D(2025, 7, 22),
        None,
        [
            dlv(AUTO, 8600, **wk(2025, 7, 14)),
            dlv(YU7, 5000, ABOUT, **wk(2025, 7, 14)),
            dlv(SU7, 3600, **wk(2025, 7, 14)),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "Xiaomi tops 20,000 monthly deliveries, lifts 2024 goal",
        EN_SPACES,
        D(2024, 11, 1),
        None,
        [
            dlv(AUTO, 20000, MORE, **month(2024, 10)),
            goal(130000, **year(2024)),
            goal(100000, **year(2024)),
            price(SU7, 215900),
        ],
    ),
    article(
        "Xiaomi's October: more than 4万 cars",
        EN_WAN,
        D(2025, 11, 1),
        None,
        [
            dlv(AUTO, 40000, MORE, **month(2025, 10)),
            goal(350000, **year(2025)),
            price(YU7, 253500),
        ],
    ),
    article(
        "Interview: Xiaomi's Lu Weibing on the YU7, capacity and the road to profit",
        EN_INTERVIEW,
        D(2025, 3, 20),
        None,
        [
            dlv(AUTO, 135000, MORE, **year(2024)),
            goal(350000, **year(2025)),
            cap(300000, status="target"),
        ],
    ),
    article(
        "Xiaomi to start selling cars abroad in 2027",
        EN_OVERSEAS_PLAN,
        D(2025, 12, 4),
        None,
        [dlv(AUTO, 40000, MORE, **month(2025, 11))],
    ),
    article(
        "Xiaomi targets 20,000 overseas sales in 2027",
        EN_OVERSEAS_GOAL,
        D(2026, 3, 26),
        None,
        [
            goal(20000, **year(2027)),
            dlv(AUTO, 410000, MORE, **year(2025)),
            goal(550000, **year(2026)),
        ],
    ),
    article(
        "Xiaomi's YU7 carries December to a record month",
        EN_ARTIFACTS,
        D(2026, 1, 1),
        None,
        [dlv(AUTO, 50000, MORE, **month(2025, 12))],
    ),
    article(
        "Xiaomi's fourth quarter, month by month",
        EN_TABLE,
        D(2026, 1, 6),
        None,
        [
            dlv(AUTO, 40000, MORE, **month(2025, 10)),
            dlv(AUTO, 40000, MORE, **month(2025, 11)),
            dlv(AUTO, 50000, MORE, **month(2025, 12)),
        ],
    ),
    article(
        "Xiaomi's EV unit: second quarter in numbers",
        EN_BULLETS,
        D(2025, 8, 19),
        None,
        [
            money("revenue", 2.13e10, **quarter(2025, 2)),
            dlv(AUTO, 81302, **quarter(2025, 2)),
            margin(26.4, **quarter(2025, 2)),
            money("net_loss", 3e8, **quarter(2025, 2)),
        ],
    ),
    article(
        "Xiaomi Auto tops 40,000 deliveries in January",
        EN_FEED_RECORD,
        D(2026, 2, 1),
        None,
        [dlv(AUTO, 40000, MORE, **month(2026, 1))],
    ),
    article(
        "Xiaomi's YU7 tops 10,000 weekly registrations",
        EN_FEED_WEEK,
        D(2025, 9, 16),
        None,
        [dlv(YU7, 10200, **wk(2025, 9, 8))],
    ),
    article(
        "What is a used Xiaomi SU7 worth?",
        EN_NEGATIVE,
        D(2025, 6, 10),
        None,
        [price(SU7, 215900)],
    ),
    article(
        "China EV registrations, week of April 7-13: Tesla back on top",
        EN_RIVAL_WEEK,
        D(2025, 4, 15),
        None,
        [],
    ),
]


@run(ENGLISH)
def test_english_articles(
    title: str, body: str, published: dt.date, lang: str | None, want: list[Any]
) -> None:
    check_article(title, body, published, lang, want)


# --- Chinese ---------------------------------------------------------------------------------

ZH_WEEK = """懂车帝数据显示，2025年第10周（3月3日-3月9日），小米汽车上险量为0.73万辆，较上周的0.69万辆有所回升。

同期，理想汽车上险量0.81万辆，问界0.52万辆，特斯拉中国1.19万辆。

目前小米汽车在售车型仅有小米SU7一款，北京工厂已实行双班生产。

注：上险量数据按车辆投保时间统计，与企业公布的月度交付量口径不同。"""

ZH_WEEK_MODELS = """第38周（9.15-9.21）新势力上险量出炉：小米YU7约6200辆

本周，小米YU7上险量约为6200辆，小米SU7为3800辆，小米汽车合计上险1.0万辆，位列新势力第二。

零跑汽车以1.21万辆居首，理想汽车0.86万辆，小鹏汽车0.75万辆。

业内人士表示，随着YU7产能爬坡，小米汽车周上险量有望继续提升。"""

ZH_FULLWIDTH = """小米汽车１０月交付量超过４万辆

１１月１日，小米汽车官方宣布，１０月交付量超过４万辆，连续第二个月站上这一台阶。

小米汽车表示，全年交付目标为３５万辆，目前进展顺利。

小米YU7售价２５．３５万元起，小米SU7售价２１．５９万元起。"""

ZH_NUMERALS = """小米汽车11月交付超两万台 全年目标上调至十三万辆

12月1日，小米汽车宣布，11月交付量超过两万台，创下月度新高。

同时，小米将2024年全年交付目标从十二万辆上调至十三万辆。此前，小米汽车已于10月提前完成十万辆的最初目标。

雷军在微博表示，工厂将继续满产，尽量缩短用户的等车时间。"""

ZH_MIXED = """小米汽车3月交付超2.9万辆 SU7 Ultra交付三千余辆

4月1日，小米汽车公布，3月交付量超过2.9万辆，其中小米SU7 Ultra交付三千余辆。

对于全年表现，多家券商预计小米汽车2025年交付量在30万-35万辆之间。

小米汽车此前公布的2025年交付目标为35万辆。"""

ZH_WEEK_PLUS = """7月第2周（7.7-7.13）上险量：小米汽车1.2万+，YU7超7000辆

数据显示，7月7日至13日，小米汽车上险量达到1.2万+，创下周上险量新高，其中小米YU7超7000辆。

截至7月13日，小米YU7上市以来累计上险量已超2万辆。

同期特斯拉中国上险量为1.23万辆，理想汽车0.79万辆。"""

ZH_INTERVIEW = """专访卢伟冰：明年小米汽车目标55万辆

11月18日晚，小米集团发布三季度财报。财报发布后，小米集团总裁卢伟冰接受了本报记者专访。以下为采访实录（有删节）：

记者：三季度汽车业务的交付情况如何？
卢伟冰：三季度我们交付了108796辆车，单季交付首次突破10万辆。

记者：全年35万辆的目标还能完成吗？
卢伟冰：今年35万辆的目标一定能完成，而且会超额完成。

记者：明年的目标是多少？
卢伟冰：明年我们的交付目标是55万辆。

记者：出海有什么计划？
卢伟冰：我们会在2027年进入海外市场，具体节奏还要看产能。"""

ZH_LEI = """问答实录：雷军谈2025年小米汽车

问：2025年小米汽车交出了怎样的成绩单？
答：2025年我们一共交付了41万多辆车，超额完成了年初定下的目标。

问：2026年的目标呢？
答：2026年我们的目标是交付55万辆。我们会推出三款新车。

问：有没有考虑海外市场？
答：海外市场我们会在2027年启动，现在还在准备阶段。"""

ZH_OVERSEAS = """小米汽车出海目标曝光：2027年海外销量2万辆

据界面新闻报道，小米汽车计划于2027年正式进入海外市场，首年海外销量目标为2万辆。

知情人士称，小米汽车首批海外门店将落地欧洲，但具体国家尚未确定。

国内市场方面，小米汽车2025年交付量超过41万辆，2026年目标为55万辆。

相比之下，比亚迪2025年海外销量已超过100万辆。"""

ZH_ARTIFACTS = """第42周新势力上险量榜单：小米汽车第三

图为小米YU7（图片来源：小米汽车官方）

第42周（10.13-10.19），各新势力品牌上险量如下：

品牌 | 上险量 | 环比
零跑汽车 | 13,500 | +4%
小米汽车 | 9,800 | +3%
理想汽车 | 8,900 | -2%

相关阅读：小米YU7上市18小时锁单24万台

相关阅读：特斯拉上海超级工厂10月交付6.1万辆"""

ZH_FEED = """【小米YU7上市三个月交付超10万辆】小米汽车今日宣布，截至9月25日，小米YU7累计交付量已超过10万辆。"""

ZHT_MONTHLY = """小米11月交付逾四萬輛 全年三十五萬輛目標提前達成

小米集團1日宣佈，旗下電動車11月交付量逾四萬輛，連續第三個月高於這一水平。

公司表示，全年交付目標三十五萬輛已經提前達成。小米YU7售價由人民幣25.35萬元起。

小米集團股價昨日收報40.2港元，跌1.5%。"""

ZHT_USED = """小米SU7二手車殘值率達88% 車主調查：六成受訪者考慮再購

據二手車平台數據，一輛行駛約1.5萬公里的小米SU7標準版，目前成交價約為19萬元人民幣，而新車售價為21.59萬元人民幣。

業內人士估計，小米SU7一年殘值率約為88%，在純電轎車中名列前茅。

一項針對2000名潛在購車者的調查顯示，約六成受訪者表示會考慮購買小米汽車。

小米汽車的充電合作夥伴特來電，在全國運營逾60萬個公共充電樁。"""

ZH_BULLETS = """小米集团2025年四季度业绩要点（汽车业务）

3月24日，小米集团公布2025年第四季度及全年业绩。智能电动汽车及AI等创新业务要点如下：

· 营收：375亿元
· 交付量：145,115辆
· 毛利率：24.8%
· 经营利润：12亿元

· 理想汽车同期交付：10.1万辆（仅供对比）

数据来源：公司公告，经本站整理。"""

CHINESE = [
    article(
        "小米汽车第10周上险量0.73万辆",
        ZH_WEEK,
        D(2025, 3, 11),
        "zh",
        [dlv(AUTO, 7300, **wk(2025, 3, 3)), dlv(AUTO, 6900, **wk(2025, 2, 24))],
    ),
    article(
        "第38周新势力上险量出炉",
        ZH_WEEK_MODELS,
        D(2025, 9, 23),
        "zh",
        [
            dlv(YU7, 6200, ABOUT, **wk(2025, 9, 15)),
            dlv(SU7, 3800, **wk(2025, 9, 15)),
            dlv(AUTO, 10000, **wk(2025, 9, 15)),
        ],
    ),
    article(
        "小米汽车１０月交付量超过４万辆",
        ZH_FULLWIDTH,
        D(2025, 11, 1),
        "zh",
        [
            dlv(AUTO, 40000, MORE, **month(2025, 10)),
            goal(350000, **year(2025)),
            price(YU7, 253500),
            price(SU7, 215900),
        ],
    ),
    article(
        "小米汽车11月交付超两万台",
        ZH_NUMERALS,
        D(2024, 12, 1),
        "zh",
        [
            dlv(AUTO, 20000, MORE, **month(2024, 11)),
            goal(130000, **year(2024)),
            goal(120000, **year(2024)),
            goal(100000, **year(2024)),
        ],
    ),
    article(
        "小米汽车3月交付超2.9万辆",
        ZH_MIXED,
        D(2025, 4, 1),
        "zh",
        [
            dlv(AUTO, 29000, MORE, **month(2025, 3)),
            dlv(ULTRA, 3000, MORE, **month(2025, 3)),
            fcst(AUTO, 300000, LEAST, value_max=350000, **year(2025)),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "7月第2周上险量：小米汽车1.2万+",
        ZH_WEEK_PLUS,
        D(2025, 7, 15),
        "zh",
        [
            dlv(AUTO, 12000, MORE, **wk(2025, 7, 7)),
            dlv(YU7, 7000, MORE, **wk(2025, 7, 7)),
            dlv(YU7, 20000, MORE, **total_to(D(2025, 7, 13))),
        ],
    ),
    article(
        "专访卢伟冰：明年小米汽车目标55万辆",
        ZH_INTERVIEW,
        D(2025, 11, 19),
        "zh",
        [
            dlv(AUTO, 108796, **quarter(2025, 3)),
            goal(350000, **year(2025)),
            goal(550000, **year(2026)),
        ],
    ),
    article(
        "问答实录：雷军谈2025年小米汽车",
        ZH_LEI,
        D(2026, 1, 5),
        "zh",
        [dlv(AUTO, 410000, MORE, **year(2025)), goal(550000, **year(2026))],
    ),
    article(
        "小米汽车出海目标曝光",
        ZH_OVERSEAS,
        D(2026, 3, 2),
        "zh",
        [
            goal(20000, **year(2027)),
            dlv(AUTO, 410000, MORE, **year(2025)),
            goal(550000, **year(2026)),
        ],
    ),
    article(
        "第42周新势力上险量榜单",
        ZH_ARTIFACTS,
        D(2025, 10, 21),
        "zh",
        [dlv(AUTO, 9800, **wk(2025, 10, 13))],
    ),
    article(
        "小米YU7上市三个月交付超10万辆",
        ZH_FEED,
        D(2025, 9, 26),
        "zh",
        [dlv(YU7, 100000, MORE, **total_to(D(2025, 9, 25)))],
    ),
    article(
        "小米汽车四季度业绩要点",
        ZH_BULLETS,
        D(2026, 3, 24),
        "zh",
        [
            money("revenue", 3.75e10, **quarter(2025, 4)),
            dlv(AUTO, 145115, **quarter(2025, 4)),
            margin(24.8, **quarter(2025, 4)),
            op_profit(1.2e9, **quarter(2025, 4)),
        ],
    ),
    article(
        "小米11月交付逾四萬輛",
        ZHT_MONTHLY,
        D(2025, 12, 2),
        "zh",
        [
            dlv(AUTO, 40000, MORE, **month(2025, 11)),
            goal(350000, **year(2025)),
            price(YU7, 253500),
        ],
    ),
    article(
        "小米SU7二手車殘值率達88%",
        ZHT_USED,
        D(2025, 8, 22),
        "zh",
        [price(SU7, 215900)],
    ),
]


@run(CHINESE)
def test_chinese_articles(
    title: str, body: str, published: dt.date, lang: str | None, want: list[Any]
) -> None:
    check_article(title, body, published, lang, want)
