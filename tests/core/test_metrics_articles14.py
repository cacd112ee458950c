"""Probes of the extractor on WHOLE ARTICLES, fourteenth set (a), written without sight of the
devset, reusing the `article` / `check_article` helpers of test_metrics_articles9.py: 30 pages
(17 in English, 13 in Chinese) as a web-page cleaner hands them over, with the clutter it
leaves: bylines and datelines, photo captions, "Related:" / "Read more:" / 相关阅读 lines with
other headlines (their figures are not the article's facts), a spec box (range, horsepower,
battery, 0-100 km/h: nothing), a stock-ticker line, an editor's note or a correction (the wrong
figure is no event), an "About Xiaomi" paragraph and tables pasted as lines. Genres: monthly
delivery reports in the style of an EV-news site (this month, last month, year to date, since
launch), wire-service results stories, launch stories (price list per trim, orders in the first
minutes, start of deliveries), factory stories, target stories, analysts' notes, Chinese 财经
stories with 同比/环比, 汽车之家-style weekly 上险量 stories, a 公告 and 发布会 recaps. The
publication dates run from 2024 to 2026, so "last month", 上月 and "this year" must be resolved.

Every page is written for this file, in our own words; figures are close to those reported for
Xiaomi's car business or made up to be plausible. The expected list was decided before the
extractor ran: one event per distinct figure, in the order of the text. Conventions as in
test_metrics_review8.py and test_metrics_articles9.py to _articles13.py (a finished month of an
actual runs first to last day, as_of its last day; a year to date is cumulative from January 1;
a total since launch is cumulative; a launch window is `window`; a capacity is a rate, a
planned one a target; a price has no period; an operating loss or adjusted net loss is
net_loss, an operating profit and a gross margin are `other`; a broker's estimate is a
forecast; a rival's figure, a share price, a spec, a percent change and a takt time are no
event). A target's as_of is not asserted. A plain case guards what holds; an
`xfail(strict=True)` case is a known miss whose reason says what it should give and what the
extractor gives.
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

D = dt.date


def ultra_goal(value: float, **fields: Any) -> dict[str, Any]:
    return ev(ULTRA, metric="delivery_target", value=value, status="target", **fields)


# --- English ---------------------------------------------------------------------------------

EN_JULY = """Xiaomi EV deliveries top 30,000 in July as YU7 ramps up

By Li Wen · Aug 1, 2025 · 4 min read

Xiaomi delivered more than 30,000 vehicles in July, the Beijing-based company said in a post \
on Friday, its best month since it entered the car business.

Photo: Xiaomi

The figure compares with more than 25,000 units last month, when the YU7 crossover had only \
just started reaching customers. Xiaomi does not publish exact numbers, only thresholds.

So far this year, the company has delivered more than 187,000 vehicles, according to our \
tally of its monthly posts, and it has handed over more than 320,000 cars since deliveries of \
the SU7 began in April 2024.

Related: Xiaomi YU7 draws 240,000 locked orders in 18 hours
Related: Leapmotor deliveries hit 50,129 in July, another record

Xiaomi YU7 Max at a glance
Range (CLTC): 760 km
Peak power: 508 kW (690 hp)
Battery: 101.7 kWh
0-100 km/h: 3.23 s

Xiaomi (1810.HK) HK$53.40 ▲ 1.25%

Read more: Tesla China sales fall 8% in July
"""

EN_Q3_2024 = """Xiaomi's EV arm narrows loss as SU7 deliveries climb

HONG KONG, Nov 18, 2024 (Wire) - Xiaomi Corp said on Monday revenue from its smart electric \
vehicle and other new initiatives segment reached 9.7 billion yuan in the July-September \
quarter, as the SU7 sedan found buyers in a crowded market.

The company delivered 39,790 cars in the quarter. The gross margin of the car business rose to \
17.1% from 15.4% in the second quarter, and the segment's adjusted net loss was 1.5 billion \
yuan.

Group revenue rose 30.5% from a year earlier to 92.5 billion yuan.

President Lu Weibing said the company had raised its delivery target for the year to 130,000 \
vehicles.

Shares of Xiaomi closed up 2.3% at HK$27.90 ahead of the results.

Reporting by Wire staff; editing by Desk

About Xiaomi: Xiaomi Corporation was founded in April 2010 and listed on the Main Board of the \
Hong Kong Stock Exchange in 2018. It is a consumer electronics and smart manufacturing company \
with smartphones and smart hardware connected by an IoT platform at its core.
"""

EN_ULTRA_LAUNCH = """Xiaomi SU7 Ultra goes on sale at 529,900 yuan, lands 10,000 orders in two hours

By Auto Desk | February 28, 2025

BEIJING, Feb 27 - Xiaomi's track-bred SU7 Ultra went on sale on Thursday night at 529,900 \
yuan, and the company said it had taken more than 10,000 locked orders in under two hours.

Photo: The SU7 Ultra on stage in Beijing. (Xiaomi)

Chief executive Lei Jun said he hoped to sell 10,000 Ultras this year. Deliveries start \
immediately from stores in 30 cities.

Specifications
Power: 1,548 PS
0-100 km/h: 1.98 s
Battery: 93.7 kWh
Top speed: 350 km/h

Related: Porsche cuts Taycan prices in China by up to 20%

Editor's note: An earlier version of this story gave the price as 52,990 yuan. It has been \
corrected.
"""

EN_YU7_LAUNCH = """Xiaomi YU7 priced from 253,500 yuan, undercutting Tesla's Model Y

By Newsroom | 27 June 2025

Xiaomi unveiled prices for its first SUV on Thursday night in Beijing. Three versions are on \
offer:

Version | Price (yuan) | Range
YU7 Standard | 253,500 | 835 km
YU7 Pro | 279,900 | 770 km
YU7 Max | 329,900 | 760 km

The company said 200,000 orders had been placed within three minutes of the launch, and that \
more than 240,000 of them were locked in by noon the next day, 18 hours after the event. The \
Model Y starts at 263,500 yuan in China.

Deliveries of the YU7 began on the evening of the launch.

Photo: Xiaomi

Read more: How the YU7 compares with the Model Y
"""

EN_FACTORY_2024 = """Inside Xiaomi's car plant, where a SU7 rolls off the line every 76 seconds

By Wang Hui · July 19, 2024

BEIJING - The plant in Beijing's Yizhuang district has an annual capacity of 150,000 vehicles, \
and since June it has run two shifts to meet demand for the SU7 sedan.

Workers produced more than 10,000 cars in June, a plant manager said, the first month above \
that level. A second phase, with another 150,000 vehicles of annual capacity, is planned for \
next year.

The 700-odd robots in the press and body shops are fully automated.

Caption: SU7 bodies on the line at the Yizhuang plant. Photo: Xiaomi

Related: Xiaomi SU7 deliveries top 10,000 in June
"""

EN_TARGET_2024 = """Xiaomi lifts 2024 delivery goal after SU7 passes 100,000

By Staff | Nov 15, 2024

Xiaomi passed the mark of 100,000 SU7 deliveries on Wednesday, and chief executive Lei Jun said \
the company now aimed to deliver 130,000 cars this year.

The SU7 went on sale at the end of March. Xiaomi delivered more than 20,000 cars in October, and \
Lei said November would be higher still.

Xiaomi Corp (1810.HK) rose 4% on Thursday.

Related: BYD sold 502,657 vehicles in October
"""

EN_CITI_NOTE = """Analyst sees Xiaomi EV deliveries jumping to 550,000 next year

By Markets Desk | Dec 10, 2025

Citi expects Xiaomi to deliver 550,000 electric vehicles in 2026, up from about 410,000 this \
year, according to a note published on Wednesday.

The broker forecast revenue of 160 billion yuan for the car segment next year and kept its \
target price at HK$60 with a buy rating.

"We think the YU7 will carry volumes," analysts wrote.

Xiaomi (1810.HK) HK$41.20 ▼ 0.8%
"""

EN_NOV_2024 = """Xiaomi delivers over 20,000 EVs in November for second straight month

By EV Desk | December 1, 2024 | 2 min read

Xiaomi delivered more than 20,000 electric cars in November, the company said on Sunday, \
matching last month's level.

That takes its deliveries for the year past 113,000, leaving about 17,000 to go to the target \
of 130,000.

Correction: An earlier version of this story said Xiaomi delivered 2,000 cars in November.

Xiaomi SU7 Max: 673 hp, 800 km CLTC range, 101 kWh battery, 0-100 km/h in 2.78 s.

Related: NIO delivers 15,493 vehicles in November
"""

EN_FEB_2026 = """Xiaomi's February deliveries dip on holiday, still above 30,000

By Chen Yu · March 1, 2026

Xiaomi said on Sunday it delivered more than 30,000 vehicles last month, down from more than \
40,000 in January as the Spring Festival holiday cut working days.

The company has delivered more than 70,000 cars in the first two months of the year, and more \
than 700,000 since launch.

Photo: YU7s at a delivery center in Shanghai. (Xiaomi)

Read more: Li Auto February deliveries fall 25%
"""

EN_FY2025 = """Xiaomi car unit swings to full-year operating profit

HONG KONG, March 24, 2026 (Wire) - Xiaomi's smart EV and AI segment earned an operating profit \
of 2.1 billion yuan in 2025, its first full-year profit, on revenue of 106 billion yuan.

In the fourth quarter alone the business had revenue of 38.2 billion yuan and delivered \
145,115 vehicles. Its gross margin was 24.1% in the quarter.

For the full year, the company handed over 411,837 cars. It aims to deliver 550,000 in 2026.

Table: Xiaomi EV segment by quarter (billion yuan)
Q1 2025 | 18.6
Q2 2025 | 21.3
Q3 2025 | 29.0
Q4 2025 | 38.2

About Xiaomi: Xiaomi Corporation is a consumer electronics and smart manufacturing company \
founded in 2010. It appears on the Fortune Global 500 list.
"""

EN_MS_NOTE_2024 = """Morgan Stanley pencils in 60,000 SU7 deliveries this year

By Markets Team | April 8, 2024

Morgan Stanley expects Xiaomi to deliver about 60,000 SU7 sedans in 2024 and estimates the car \
unit will lose about 7 billion yuan this year, analysts said in a note on Monday.

The broker set a price target of HK$21 on the shares.

Related: Xiaomi SU7 gets 88,898 locked orders in 24 hours
"""

EN_PHASE2 = """Xiaomi finishes second factory phase, doubling capacity

By Industry Desk | June 30, 2025

Xiaomi has completed the second phase of its Beijing car plant, the company said, taking the \
site's total annual capacity to 300,000 vehicles. The new phase will build the YU7.

The company also plans to invest 4 billion yuan in a third phase.

Caption: The phase two building in Yizhuang. Photo: Xiaomi

Xiaomi Corp (HKG: 1810) 60.15 +0.6%
"""

EN_WEEKLY = """China EV registrations, week 41: Xiaomi YU7 holds top spot among SUVs

By Data Desk | Oct 14, 2025

Insurance registrations of the Xiaomi brand reached 9,500 in the week of October 6 to 12, \
according to industry data. The YU7 accounted for 6,200 of them and the SU7 for 3,300.

Tesla registered 11,800 vehicles in the same week.

Related: Xiaomi October deliveries expected to top 40,000
"""

EN_SU7_LAUNCH = """Xiaomi SU7 starts at 215,900 yuan; 50,000 orders in 27 minutes

By Auto Desk | March 29, 2024

BEIJING - Xiaomi priced its first electric car, the SU7, at 215,900 yuan for the base version, \
245,900 yuan for the Pro and 299,900 yuan for the Max, below the Tesla Model 3.

Orders reached 50,000 within 27 minutes of the launch on Thursday night, Lei Jun said on social \
media. First deliveries are due on April 3.

Photo: Lei Jun presents the SU7. (Xiaomi)

Spec box: SU7 Max - 495 kW, 101 kWh, 0-100 km/h in 2.78 s, 800 km range
"""

EN_TARGET_2025 = """Xiaomi sticks to 350,000 target, has delivered 258,000 so far

By Staff | Oct 9, 2025

Xiaomi said it remained on track to meet its 2025 goal of delivering 350,000 vehicles, having \
delivered more than 258,000 from January through September.

It delivered more than 40,000 vehicles in September, and Lei Jun said the company expected to \
deliver more than 40,000 again this month.

Read more: Xiaomi YU7 waiting times stretch to a year
"""

EN_Q2_2025 = """Xiaomi EV business nears breakeven with a 300 million yuan loss

By Wire staff | Aug 19, 2025

Xiaomi's smart EV segment posted revenue of 21.3 billion yuan in the second quarter, up from 6.4 \
billion yuan a year earlier, and delivered 81,302 vehicles. Its operating loss narrowed to 300 \
million yuan and the gross margin was 26.4%.

Xiaomi (1810.HK) closed at HK$52.95.
"""

EN_TABLE_2026 = """Xiaomi monthly deliveries, 2026 so far

By EV Data | July 2, 2026

Xiaomi delivered more than 45,000 vehicles in June, its highest this year. Here is how the year \
has gone (company thresholds):

Month | Deliveries
April | 40,000+
May | 42,000+
June | 45,000+

Total since launch: more than 900,000.
"""

# --- Chinese ---------------------------------------------------------------------------------

ZH_Q3 = """小米汽车三季度首次实现经营盈利 毛利率环比下滑

来源：财经网 作者：王晓 2025-11-18 20:15

11月18日晚，小米集团发布2025年第三季度财报。智能电动汽车及AI等创新业务分部收入为290亿元，\
同比增长199.2%，环比增长36.2%。

本季度交付新车108796辆，同比增长173.4%。分部毛利率为25.5%，上季度为26.4%。

分部经营收益为7亿元，为首次单季盈利。

相关阅读：
小米YU7上市18小时锁单24万辆
比亚迪三季度净利润同比下降33%

小米集团-W（01810.HK）收报41.96港元，跌2.1%。
"""

ZH_WEEKLY_SU7 = """上周新势力销量榜：小米汽车1.05万辆 位列第二

汽车之家 2025-03-25

上周（3.17-3.23）新势力品牌上险量出炉。小米汽车上险量为10500辆，其中小米SU7为9800辆，小米SU7 Ultra为700辆。\
理想汽车上险量为8200辆，零跑汽车为10200辆。

图片来源：小米汽车

相关阅读：小米SU7 Ultra上市2小时大定破万
"""

ZH_WEEKLY_YU7 = """周销量｜小米YU7上险量破8000

汽车之家 编辑：李明 2025年9月16日

9月8日至14日，小米YU7上险量为8200辆，小米SU7为4100辆。同期特斯拉Model Y上险量为9100辆。

小米YU7 Max：CLTC续航760km，最大功率508kW，0-100km/h加速3.23秒。
"""

ZH_ANNOUNCE = """小米集团公告：10月交付量超4万辆

2025年11月1日 来源：证券时报

小米集团在港交所发布自愿公告称，10月份小米汽车交付量超过40000辆。截至10月31日，小米汽车累计交付已超过40万辆。

公告称，公司2025年全年交付目标为35万辆，已提前完成。

小米集团-W（01810.HK）
"""

ZH_ANNOUNCE_2024 = """小米集团公告：已累计交付超10万辆

2024-11-14 来源：港交所公告

小米集团公告，截至2024年11月13日，小米SU7累计交付已突破10万辆。公司将2024年全年交付目标提升至13万辆。

关于小米：小米集团成立于2010年4月，是一家以智能手机、智能硬件和IoT平台为核心的消费电子及智能制造公司。
"""

ZH_YU7_LIVE = """小米YU7发布会回顾：售价25.35万元起 3分钟大定20万台

来源：快科技 2025-06-27 09:30

昨晚，小米YU7发布会在北京举行。雷军宣布，小米YU7标准版售价25.35万元，Pro版售价27.99万元，Max版售价32.99万元。

发布会后3分钟，小米YU7大定突破20万台；1小时大定突破28.9万台。

雷军表示，YU7即日起开启交付。

图：雷军在发布会现场 摄影：记者 张华

相关阅读：特斯拉Model Y L售价33.9万元
"""

ZH_ULTRA_LIVE = """小米SU7 Ultra正式上市 2小时大定破1.5万台

2025年2月28日 01:10 来源：汽车之家

2月27日晚，小米举行新品发布会，小米SU7 Ultra正式上市，售价52.99万元，较预售价大幅下调。

雷军在发布会上表示，小米SU7 Ultra今年的销量目标是1万台。截至28日零点，上市2小时大定突破15000台。

小米SU7 Ultra参数：最大马力1548匹，零百加速1.98秒，电池容量93.7kWh。
"""

ZH_MONTHLY_2026 = """小米汽车5月交付超4.2万辆 年内累计超19万

来源：第一电动网 2026-06-01

6月1日，小米汽车公布，5月交付量超过42000辆，上月交付超过40000辆。今年以来，小米汽车累计交付超过19万辆。

注：本文数据来自小米汽车官方微博。

相关阅读：零跑5月交付6.5万辆
"""

ZH_TARGET_2026 = """雷军：2026年小米汽车交付目标55万辆

来源：新浪财经 2026-01-05

1月5日，雷军在年度演讲中宣布，2026年小米汽车的交付目标为55万辆。2025年，小米汽车全年交付超过41万辆。

此外，小米计划今年在北京工厂三期新增年产能15万辆。

小米集团-W（01810.HK）涨3.2%。
"""

ZH_FACTORY = """探访小米汽车工厂：76秒下线一台车

来源：北京日报 记者 刘洋 2024-06-12

小米汽车工厂位于北京亦庄，一期年产能为15万辆。5月，工厂生产小米SU7超过1万辆。

据介绍，工厂共有700多台机器人，关键工序自动化率达到100%。

图片：小米汽车工厂压铸车间
"""

ZH_BROKER = """券商研报：预计小米汽车2026年交付60万辆

来源：证券之星 2025-12-15

中信证券发布研报称，预计小米汽车2026年交付量为60万辆，2027年为80万辆；预计2026年汽车业务收入为1800亿元。

研报维持小米集团"买入"评级，目标价55港元。
"""

ZH_Q1_2025 = """小米一季度汽车收入186亿元 同比环比双增

来源：界面新闻 2025-05-27

小米集团发布2025年第一季度业绩。智能电动汽车及AI等创新业务收入为186亿元，环比增长11.4%。\
一季度共交付新车75869辆，毛利率为23.2%，经调整净亏损为5亿元。

相关阅读：
小米YU7将于6月底上市
雷军：小米SU7累计交付破25万辆
"""

ZH_SEPT_2026 = """小米汽车9月交付46512辆 同比增长16% 前三季度累计交付38.6万辆

来源：每日经济新闻 记者：赵磊 2026年10月1日 11:02

10月1日，小米汽车公布9月交付数据：当月交付新车46512辆，同比增长16%，环比增长3%。上月，小米汽车交付45150辆。

今年1-9月，小米汽车累计交付38.6万辆；自2024年4月首批交付以来，累计交付已超过100万辆。

更正：本文早前版本将9月交付量误写为4651辆，现已更正。

相关阅读：
理想汽车9月交付3.3万辆
小米YU7改款车型售价26.99万元起

小米集团-W（01810.HK）现价38.50港元，涨1.6%。
"""


ENGLISH = [
    article(
        "Xiaomi EV deliveries top 30,000 in July as YU7 ramps up",
        EN_JULY,
        D(2025, 8, 1),
        None,
        [
            dlv(AUTO, 30000, MORE, **month(2025, 7)),
            dlv(AUTO, 25000, MORE, **month(2025, 6)),
            dlv(AUTO, 187000, MORE, **first_months(2025, 7)),
            running(AUTO, 320000, MORE),
        ],
    ),
    article(
        "Xiaomi's EV arm narrows loss as SU7 deliveries climb",
        EN_Q3_2024,
        D(2024, 11, 18),
        None,
        [
            money("revenue", 9.7e9, **quarter(2024, 3)),
            dlv(AUTO, 39790, **quarter(2024, 3)),
            other("gross margin", 17.1, **quarter(2024, 3)),
            other("gross margin", 15.4, **quarter(2024, 2)),
            money("net_loss", 1.5e9, **quarter(2024, 3)),
            ev(GROUP, metric="revenue", value=9.25e10, **quarter(2024, 3)),
            goal(130000, **year(2024)),
        ],
    ),
    article(
        "Xiaomi SU7 Ultra goes on sale at 529,900 yuan, lands 10,000 orders in two hours",
        EN_ULTRA_LAUNCH,
        D(2025, 2, 28),
        None,
        [
            price(ULTRA, 529900),
            orders("locked_orders", ULTRA, 10000, qualifier=MORE, **WINDOW),
            ultra_goal(10000, **year(2025)),
        ],
    ),
    article(
        "Xiaomi YU7 priced from 253,500 yuan, undercutting Tesla's Model Y",
        EN_YU7_LAUNCH,
        D(2025, 6, 27),
        None,
        [
            price(YU7, 253500),
            price(YU7, 279900),
            price(YU7, 329900),
            orders("orders", YU7, 200000, **WINDOW),
            orders("locked_orders", YU7, 240000, qualifier=MORE, **WINDOW),
        ],
    ),
    article(
        "Inside Xiaomi's car plant, where a SU7 rolls off the line every 76 seconds",
        EN_FACTORY_2024,
        D(2024, 7, 19),
        None,
        [
            cap(150000),
            made(10000, MORE, **month(2024, 6)),
            cap(150000, status="target"),
        ],
    ),
    article(
        "Xiaomi lifts 2024 delivery goal after SU7 passes 100,000",
        EN_TARGET_2024,
        D(2024, 11, 15),
        None,
        [
            dlv(SU7, 100000, **total_to(D(2024, 11, 13))),
            goal(130000, **year(2024)),
            dlv(AUTO, 20000, MORE, **month(2024, 10)),
        ],
    ),
    article(
        "Analyst sees Xiaomi EV deliveries jumping to 550,000 next year",
        EN_CITI_NOTE,
        D(2025, 12, 10),
        None,
        [
            fcst(AUTO, 550000, **year(2026)),
            fcst(AUTO, 410000, ABOUT, **year(2025)),
            est("revenue", 1.6e11, **year(2026)),
        ],
    ),
    article(
        "Xiaomi delivers over 20,000 EVs in November for second straight month",
        EN_NOV_2024,
        D(2024, 12, 1),
        None,
        [
            dlv(AUTO, 20000, MORE, **month(2024, 11)),
            dlv(AUTO, 20000, MORE, **month(2024, 10)),
            dlv(AUTO, 113000, MORE, **first_months(2024, 11)),
            goal(130000, **year(2024)),
        ],
    ),
    article(
        "Xiaomi's February deliveries dip on holiday, still above 30,000",
        EN_FEB_2026,
        D(2026, 3, 1),
        None,
        [
            dlv(AUTO, 30000, MORE, **month(2026, 2)),
            dlv(AUTO, 40000, MORE, **month(2026, 1)),
            dlv(AUTO, 70000, MORE, **first_months(2026, 2)),
            running(AUTO, 700000, MORE),
        ],
    ),
    article(
        "Xiaomi car unit swings to full-year operating profit",
        EN_FY2025,
        D(2026, 3, 24),
        None,
        [
            other("operating profit", 2.1e9, **year(2025)),
            money("revenue", 1.06e11, **year(2025)),
            money("revenue", 3.82e10, **quarter(2025, 4)),
            dlv(AUTO, 145115, **quarter(2025, 4)),
            other("gross margin", 24.1, **quarter(2025, 4)),
            dlv(AUTO, 411837, **year(2025)),
            goal(550000, **year(2026)),
            money("revenue", 1.86e10, **quarter(2025, 1)),
            money("revenue", 2.13e10, **quarter(2025, 2)),
            money("revenue", 2.9e10, **quarter(2025, 3)),
        ],
    ),
    article(
        "Morgan Stanley pencils in 60,000 SU7 deliveries this year",
        EN_MS_NOTE_2024,
        D(2024, 4, 8),
        None,
        [
            fcst(SU7, 60000, ABOUT, **year(2024)),
            est("net_loss", 7e9, ABOUT, **year(2024)),
        ],
    ),
    article(
        "Xiaomi finishes second factory phase, doubling capacity",
        EN_PHASE2,
        D(2025, 6, 30),
        None,
        [
            cap(300000),
            money("investment", 4e9, status="target"),
        ],
    ),
    article(
        "China EV registrations, week 41: Xiaomi YU7 holds top spot among SUVs",
        EN_WEEKLY,
        D(2025, 10, 14),
        None,
        [
            dlv(AUTO, 9500, **wk(2025, 10, 6)),
            dlv(YU7, 6200, **wk(2025, 10, 6)),
            dlv(SU7, 3300, **wk(2025, 10, 6)),
        ],
    ),
    article(
        "Xiaomi SU7 starts at 215,900 yuan; 50,000 orders in 27 minutes",
        EN_SU7_LAUNCH,
        D(2024, 3, 29),
        None,
        [
            price(SU7, 215900),
            price(SU7, 245900),
            price(SU7, 299900),
            orders("orders", SU7, 50000, **WINDOW),
        ],
    ),
    article(
        "Xiaomi sticks to 350,000 target, has delivered 258,000 so far",
        EN_TARGET_2025,
        D(2025, 10, 9),
        None,
        [
            goal(350000, **year(2025)),
            dlv(AUTO, 258000, MORE, **first_months(2025, 9)),
            dlv(AUTO, 40000, MORE, **month(2025, 9)),
            fcst(AUTO, 40000, MORE, **month_span(2025, 10)),
        ],
    ),
    article(
        "Xiaomi EV business nears breakeven with a 300 million yuan loss",
        EN_Q2_2025,
        D(2025, 8, 19),
        None,
        [
            money("revenue", 2.13e10, **quarter(2025, 2)),
            money("revenue", 6.4e9, **quarter(2024, 2)),
            dlv(AUTO, 81302, **quarter(2025, 2)),
            money("net_loss", 3e8, **quarter(2025, 2)),
            other("gross margin", 26.4, **quarter(2025, 2)),
        ],
    ),
    article(
        "Xiaomi monthly deliveries, 2026 so far",
        EN_TABLE_2026,
        D(2026, 7, 2),
        None,
        [
            dlv(AUTO, 45000, MORE, **month(2026, 6)),
            dlv(AUTO, 40000, MORE, **month(2026, 4)),
            dlv(AUTO, 42000, MORE, **month(2026, 5)),
            running(AUTO, 900000, MORE),
        ],
    ),
]


@run(ENGLISH)
def test_english_articles(
    title: str, body: str, published: dt.date | None, lang: str | None, want: list[Any]
) -> None:
    check_article(title, body, published, lang, want)  # type: ignore[arg-type]


CHINESE = [
    article(
        "小米汽车三季度首次实现经营盈利 毛利率环比下滑",
        ZH_Q3,
        D(2025, 11, 18),
        "zh",
        [
            money("revenue", 2.9e10, **quarter(2025, 3)),
            dlv(AUTO, 108796, **quarter(2025, 3)),
            other("gross margin", 25.5, **quarter(2025, 3)),
            other("gross margin", 26.4, **quarter(2025, 2)),
            other("operating profit", 7e8, **quarter(2025, 3)),
        ],
    ),
    article(
        "上周新势力销量榜：小米汽车1.05万辆 位列第二",
        ZH_WEEKLY_SU7,
        D(2025, 3, 25),
        "zh",
        [
            dlv(AUTO, 10500, **wk(2025, 3, 17)),
            dlv(SU7, 9800, **wk(2025, 3, 17)),
            dlv(ULTRA, 700, **wk(2025, 3, 17)),
        ],
    ),
    article(
        "周销量｜小米YU7上险量破8000",
        ZH_WEEKLY_YU7,
        D(2025, 9, 16),
        "zh",
        [
            dlv(YU7, 8200, **wk(2025, 9, 8)),
            dlv(SU7, 4100, **wk(2025, 9, 8)),
        ],
    ),
    article(
        "小米集团公告：10月交付量超4万辆",
        ZH_ANNOUNCE,
        D(2025, 11, 1),
        "zh",
        [
            dlv(AUTO, 40000, MORE, **month(2025, 10)),
            dlv(AUTO, 400000, MORE, **total_to(D(2025, 10, 31))),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "小米集团公告：已累计交付超10万辆",
        ZH_ANNOUNCE_2024,
        D(2024, 11, 14),
        "zh",
        [
            dlv(SU7, 100000, MORE, **total_to(D(2024, 11, 13))),
            goal(130000, **year(2024)),
        ],
    ),
    article(
        "小米YU7发布会回顾：售价25.35万元起 3分钟大定20万台",
        ZH_YU7_LIVE,
        D(2025, 6, 27),
        "zh",
        [
            price(YU7, 253500),
            price(YU7, 279900),
            price(YU7, 329900),
            orders("orders", YU7, 200000, qualifier=MORE, **WINDOW),
            orders("orders", YU7, 289000, qualifier=MORE, **WINDOW),
        ],
    ),
    article(
        "小米SU7 Ultra正式上市 2小时大定破1.5万台",
        ZH_ULTRA_LIVE,
        D(2025, 2, 28),
        "zh",
        [
            price(ULTRA, 529900),
            ultra_goal(10000, **year(2025)),
            orders("orders", ULTRA, 15000, qualifier=MORE, **WINDOW),
        ],
    ),
    article(
        "小米汽车5月交付超4.2万辆 年内累计超19万",
        ZH_MONTHLY_2026,
        D(2026, 6, 1),
        "zh",
        [
            dlv(AUTO, 42000, MORE, **month(2026, 5)),
            dlv(AUTO, 40000, MORE, **month(2026, 4)),
            dlv(AUTO, 190000, MORE, **first_months(2026, 5)),
        ],
    ),
    article(
        "雷军：2026年小米汽车交付目标55万辆",
        ZH_TARGET_2026,
        D(2026, 1, 5),
        "zh",
        [
            goal(550000, **year(2026)),
            dlv(AUTO, 410000, MORE, **year(2025)),
            cap(150000, status="target"),
        ],
    ),
    article(
        "探访小米汽车工厂：76秒下线一台车",
        ZH_FACTORY,
        D(2024, 6, 12),
        "zh",
        [
            cap(150000),
            ev(SU7, metric="production", value=10000, qualifier=MORE, **month(2024, 5)),
        ],
    ),
    article(
        "券商研报：预计小米汽车2026年交付60万辆",
        ZH_BROKER,
        D(2025, 12, 15),
        "zh",
        [
            fcst(AUTO, 600000, **year(2026)),
            fcst(AUTO, 800000, **year(2027)),
            est("revenue", 1.8e11, **year(2026)),
        ],
    ),
    article(
        "小米一季度汽车收入186亿元 同比环比双增",
        ZH_Q1_2025,
        D(2025, 5, 27),
        "zh",
        [
            money("revenue", 1.86e10, **quarter(2025, 1)),
            dlv(AUTO, 75869, **quarter(2025, 1)),
            other("gross margin", 23.2, **quarter(2025, 1)),
            money("net_loss", 5e8, **quarter(2025, 1)),
        ],
    ),
    article(
        "小米汽车9月交付46512辆 同比增长16% 前三季度累计交付38.6万辆",
        ZH_SEPT_2026,
        D(2026, 10, 1),
        "zh",
        [
            dlv(AUTO, 46512, **month(2026, 9)),
            dlv(AUTO, 45150, **month(2026, 8)),
            dlv(AUTO, 386000, **first_months(2026, 9)),
            running(AUTO, 1000000, MORE),
        ],
    ),
]


@run(CHINESE)
def test_chinese_articles(
    title: str, body: str, published: dt.date | None, lang: str | None, want: list[Any]
) -> None:
    check_article(title, body, published, lang, want)  # type: ignore[arg-type]
