"""Probes of the extractor on WHOLE ARTICLES, written without sight of the devset: the older
sets give one to four sentences; a real page is long and noisy, and the extractor reads it as
one article (the headline, the publication day, a month and a subject carried from sentence to
sentence, one figure told twice merged into one event).

Each article is written for this file, in our own words, the way trafilatura returns a news
page: the body with its dateline or byline, and the noise pages keep (photo captions, "Read
more:" / 相关阅读 links with other stories' headlines, ticker lines, author bios, disclaimers,
reader comments, "(Reporting by ...)", flattened tables, bullet lists, quotes). The headline is
passed as `title`, and some bodies repeat it as their first line, as pages do. Figures are
close to those reported for Xiaomi's car business, or made up to be plausible.

The expected list is what a careful analyst would record, decided before the extractor ran:
one event per distinct figure. Conventions as in test_metrics_review8.py: a finished month of
an actual runs first to last day, as_of its last day; a quarter first to last day; a running
total since launch is cumulative; a launch window is `window`; a capacity or a pace is a rate;
a price has no period (an average price keeps its quarter); a rival's, the market's or a phone
figure, a share price or a price target is no event; a change told by its size is no level;
a target's as_of is not asserted. A headline of another story in a "Read more" link is not
this article's figure. A plain case guards what holds; an `xfail(strict=True)` case is a known
miss whose reason says field by field what is missing, extra or wrong.
"""

import datetime as dt
from typing import Any

import pytest
from test_metrics_review import ev, xfail
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
    year,
)

from pipelines.core.metrics import extract_events

D = dt.date


def orders(metric: str, subject: str, value: float, **fields: Any) -> dict[str, Any]:
    return ev(subject, metric=metric, value=value, **fields)


def article(
    title: str, body: str, published: dt.date, lang: str | None, want: list[Any], xf: str = ""
) -> Any:
    """One article: its headline, its body as trafilatura gives it, its day, its language."""
    return pytest.param(title, body, published, lang, want, marks=[xfail(xf)] if xf else [])


def check_article(
    title: str, body: str, published: dt.date, lang: str | None, want: list[dict[str, Any]]
) -> None:
    """The article's events, in order, have the fields `want` lists (and no more events)."""
    events = extract_events(body, published=published, language=lang, title=title)
    got = [{k: getattr(e, k) for k in w} for e, w in zip(events, want, strict=False)]
    assert len(events) == len(want) and got == want, [
        (
            e.subject,
            e.metric,
            e.value,
            e.qualifier,
            e.status,
            e.period_kind,
            e.period_start,
            e.period_end,
            e.as_of,
            e.label,
            e.evidence[:60],
        )
        for e in events
    ]


def run(cases: list[Any]) -> Any:
    return pytest.mark.parametrize(("title", "body", "published", "lang", "want"), cases)


# --- English ---------------------------------------------------------------------------------

EN_MONTHLY = """By Staff Reporter | November 1, 2025 10:42 AM GMT+8 | Updated 2 hours ago

BEIJING, Nov 1 - Xiaomi said on Saturday it delivered more than 40,000 electric vehicles in \
October, the second month in a row it has cleared that mark, as demand for its YU7 sport \
utility vehicle kept its Beijing plant running at full tilt.

The company did not give an exact figure.

A YU7 SUV on display at a Xiaomi store in Shanghai, China, October 12, 2025. REUTERS/Staff

Rival BYD reported sales of 441,706 vehicles for the month, down 12% from a year earlier, \
while Leapmotor delivered a record 70,289.

Xiaomi aims to deliver 350,000 vehicles this year, a goal it raised in the spring. By its own \
count it had handed over more than 260,000 cars in the first nine months.

Read more:
Xiaomi YU7 locked orders top 240,000 in 18 hours
BYD's October sales fall for second month as price war bites

Founder Lei Jun wrote on Weibo that the second phase of the factory had reached full \
production. "Thank you to every user who is still waiting," he said.

Xiaomi shares rose 2.1% in Hong Kong on Friday.
1810.HK +2.1%   9868.HK -0.8%   1211.HK -1.4%

(Reporting by Staff in Beijing; Editing by Jane Roe)

Our Standards: The Trust Principles."""

EN_RESULTS = """Nov 18, 2025 - 7:05 PM HKT
By Alex Writer

HONG KONG - Xiaomi's electric vehicle business made an operating profit for the first time in \
the third quarter, the company said on Tuesday, as it delivered a record 108,796 cars.

Revenue from smart EVs and other new initiatives rose to 29.0 billion yuan in the \
July-September quarter, from 21.3 billion yuan in the previous three months.

The unit posted an operating profit of 700 million yuan, its first since its cars went on \
sale in March 2024. Gross margin for the segment was 25.5%.

The average selling price was about 260,000 yuan per vehicle, the company said.

Xiaomi's total revenue rose 22% to 113.1 billion yuan, and it shipped 43.3 million \
smartphones in the quarter.

Key figures (Q3 2025)
Deliveries | 108,796
EV revenue | RMB29.0bn
Gross margin | 25.5%

President Lu Weibing said the company was on track to deliver 350,000 vehicles this year.

This article is for information only and does not constitute investment advice.

Comments (3)
carfan88: I waited 11 months for my SU7, worth it.
hk_trader: Sold at HK$45, regret."""

EN_LAUNCH = """Xiaomi YU7 draws 289,000 locked orders in first hour

Published June 27, 2025

Xiaomi said its YU7 sport utility vehicle received 200,000 locked orders within three \
minutes of going on sale on Thursday night, and 289,000 within the first hour.

Lei Jun presents the YU7 in Beijing on June 26, 2025. Photo: Xiaomi

Prices start at 253,500 yuan for the standard version, about 10,000 yuan less than Tesla's \
Model Y, which sells for 263,500 yuan in China.

The Max version costs 329,900 yuan.

"The response has been beyond our imagination," Lei Jun told reporters after the event.

Read more: Xiaomi SU7 deliveries pass 300,000

Xiaomi shares jumped 8% on Friday morning to a record high."""

EN_PLANT = """Inside Xiaomi's Beijing car plant: a car every 76 seconds

Jane Doe
July 15, 2025

Walk into Xiaomi's factory in Beijing's Yizhuang district and the first thing you notice is \
the quiet. More than 700 robots do most of the welding.

The first phase, which opened in 2024, can build 150,000 cars a year. A second phase \
completed in June lifts total capacity to 300,000 vehicles a year.

At a glance:
• Site: Beijing Yizhuang
• Die-casting machine: 9,100 tonnes
• Robots: over 700

The plant employs about 3,000 workers, most of them hired from other carmakers.

Related: Tesla's Shanghai plant builds its 4 millionth car

Jane Doe covers China's car industry from Beijing. She previously reported on \
semiconductors for 10 years."""

EN_ANALYST = """Morgan Stanley lifts Xiaomi EV forecast

Sept 10, 2025

Morgan Stanley raised its price target on Xiaomi to HK$68 from HK$62 on Wednesday and now \
expects the company to deliver 400,000 cars in 2026.

The broker sees 2025 deliveries of about 380,000, above the company's own goal of 350,000.

"We think the YU7 order book gives visibility into the first half of next year," the \
analysts wrote in a note to clients.

They estimate the car unit's gross margin at 24% next year.

Ticker: 1810.HK HK$55.30 +1.9%

Disclaimer: The author holds no position in the stocks mentioned."""

EN_RIVAL = """Tesla's China sales rebound in October as Model Y L gains traction

Nov 5, 2025

SHANGHAI - Tesla sold 61,497 China-made vehicles in October, up 9.9% from September, data \
from the China Passenger Car Association showed on Wednesday.

Exports from its Shanghai plant fell to 35,000 units. The Model Y L, a six-seat version \
launched in August, starts at 339,000 yuan.

Tesla faces stiff competition at home from BYD, Geely and newcomer Xiaomi, whose YU7 SUV \
competes directly with the Model Y.

Tesla's global deliveries were 497,099 in the third quarter.

(Reporting by Zhang Wei; Editing by Tom Hogue)"""

EN_PHONE = """Xiaomi 17 Pro launches with rear screen, starts at 4,999 yuan

September 26, 2025

Xiaomi on Thursday unveiled its Xiaomi 17 series, with the Pro model starting at 4,999 \
yuan. The phone has a 6,300 mAh battery and a second display on the back.

Xiaomi sold more than 1 million phones of the series in its first five minutes, the company \
said.

Lei Jun also showed the YU7 at the event, and said the car could pair with the phone's new \
HyperOS.

Read more: Xiaomi YU7 deliveries top 40,000

The phones go on sale on Saturday."""

EN_ROUNDUP = """China EV deliveries: who won September

Oct 1, 2025

Chinese EV startups reported September deliveries on Wednesday. Here is how they did:

- Leapmotor: 66,657, up 97% year on year
- XPeng: 41,581, a record
- Xiaomi: more than 40,000
- NIO: 34,749
- Li Auto: 33,951, down 37%

Xiaomi, which does not give exact monthly figures, said it expected to deliver its 400,000th \
car in October. Zeekr delivered 21,000.

All figures are company statements and may be revised."""

EN_TIMELINE = """Explainer: Xiaomi's road from phones to cars

Updated July 1, 2025

March 2021: Xiaomi says it will make electric cars, and will invest 10 billion yuan in the \
first phase over 10 years.

December 2023: The SU7 sedan is unveiled.

March 2024: The SU7 goes on sale at 215,900 yuan. It draws 88,898 locked orders in the \
first 24 hours.

December 2024: Xiaomi says it has delivered more than 135,000 cars in 2024, beating its \
goal of 130,000.

June 2025: The YU7 SUV goes on sale and draws 240,000 locked orders within 18 hours.

Advertisement

Source: company statements."""

EN_OPINION = """Opinion: Xiaomi's car miracle has a waiting problem

By John Smith, columnist
August 20, 2025

The numbers are dazzling. Xiaomi delivered more than 30,000 cars in July, and buyers of its \
YU7 face waits of up to a year.

But speed is not everything. A factory that can build 300,000 cars a year cannot serve an \
order book that grew by hundreds of thousands in a night.

Xiaomi should be honest about waits. It says it will deliver 350,000 cars this year; if it \
does, many YU7 buyers will still wait until 2026.

The views expressed are the author's own.

John Smith is a former auto industry executive.

Comments
lee_p: Agree, my YU7 is 40 weeks out.
"""


ENGLISH = [
    article(
        "Xiaomi tops 40,000 EV deliveries for second straight month",
        EN_MONTHLY,
        D(2025, 11, 1),
        None,
        [
            dlv(AUTO, 40000, MORE, **month(2025, 10)),
            goal(350000, **year(2025)),
            dlv(AUTO, 260000, MORE, **first_months(2025, 9)),
        ],
    ),
    article(
        "Xiaomi's EV unit turns first quarterly profit as deliveries hit record",
        EN_RESULTS,
        D(2025, 11, 18),
        None,
        [
            dlv(AUTO, 108796, **quarter(2025, 3)),
            money("revenue", 29.0e9, **quarter(2025, 3)),
            money("revenue", 21.3e9, **quarter(2025, 2)),
            other("operating profit", 7e8, **quarter(2025, 3)),
            other("gross margin", 25.5, **quarter(2025, 3)),
            price(AUTO, 260000, qualifier=ABOUT, **quarter(2025, 3)),
            # (added after the run: the older sets record the group's total revenue as a
            # Xiaomi Group event, test_metrics_review8.py; leaving it out broke that convention)
            ev(GROUP, metric="revenue", value=1.131e11, **quarter(2025, 3)),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "Xiaomi YU7 draws 289,000 locked orders in first hour",
        EN_LAUNCH,
        D(2025, 6, 27),
        None,
        [
            orders("locked_orders", YU7, 200000, **WINDOW),
            orders("locked_orders", YU7, 289000, **WINDOW),
            price(YU7, 253500),
            price(YU7, 329900),
        ],
    ),
    article(
        "Inside Xiaomi's Beijing car plant: a car every 76 seconds",
        EN_PLANT,
        D(2025, 7, 15),
        None,
        [
            cap(150000),
            cap(300000),
            ev(AUTO, metric="headcount", value=3000, qualifier=ABOUT),
        ],
    ),
    article(
        "Morgan Stanley lifts Xiaomi EV forecast",
        EN_ANALYST,
        D(2025, 9, 10),
        None,
        [
            fcst(AUTO, 400000, **year(2026)),
            fcst(AUTO, 380000, ABOUT, **year(2025)),
            goal(350000, **year(2025)),
            other("gross margin", 24, status="forecast"),
        ],
    ),
    article(
        "Tesla's China sales rebound in October as Model Y L gains traction",
        EN_RIVAL,
        D(2025, 11, 5),
        None,
        [],
    ),
    article(
        "Xiaomi 17 Pro launches with rear screen, starts at 4,999 yuan",
        EN_PHONE,
        D(2025, 9, 26),
        None,
        [],
    ),
    article(
        "China EV deliveries: who won September",
        EN_ROUNDUP,
        D(2025, 10, 1),
        None,
        [
            dlv(AUTO, 40000, MORE, **month(2025, 9)),
            # the 400,000th car expected in October: a running total, forecast
            ev(
                AUTO, metric="deliveries", value=400000, status="forecast", period_kind="cumulative"
            ),
        ],
    ),
    article(
        "Explainer: Xiaomi's road from phones to cars",
        EN_TIMELINE,
        D(2025, 7, 1),
        None,
        [
            money("investment", 10e9),
            price(SU7, 215900),
            orders("locked_orders", SU7, 88898, **WINDOW),
            dlv(AUTO, 135000, MORE, **year(2024)),
            goal(130000, **year(2024)),
            orders("locked_orders", YU7, 240000, **WINDOW),
        ],
    ),
    article(
        "Opinion: Xiaomi's car miracle has a waiting problem",
        EN_OPINION,
        D(2025, 8, 20),
        None,
        [
            dlv(AUTO, 30000, MORE, **month(2025, 7)),
            cap(300000),
            goal(350000, **year(2025)),
        ],
    ),
]


@run(ENGLISH)
def test_english_articles(
    title: str, body: str, published: dt.date, lang: str | None, want: list[Any]
) -> None:
    check_article(title, body, published, lang, want)


# --- Chinese (Simplified and Traditional) ----------------------------------------------------

ZH_MONTHLY = """2025-12-01 10:15 来源：证券时报网 作者：李明

12月1日，小米汽车公布11月交付数据，当月交付量继续超过40000台。

小米集团创始人雷军在微博表示，感谢用户的耐心等待，工厂二期已经满产。

图为小米汽车北京工厂。图片来源：小米汽车

据悉，小米汽车今年的交付目标为35万台。截至11月底，小米汽车今年累计交付已超过34万台。

同日，零跑汽车11月交付70327台，小鹏汽车交付36728台。

相关阅读：
小米YU7上市18小时锁单24万台
理想汽车11月交付3.3万辆，同比下滑

风险提示：本文仅供参考，不构成投资建议。

责任编辑：王芳"""

ZH_RESULTS = """2025年11月18日 19:30 新浪财经

小米集团今日公布2025年第三季度业绩。财报显示，第三季度小米智能电动汽车及AI等创新业务\
分部收入为290亿元，经营收益为7亿元，首次实现单季度盈利。

本季度，小米汽车交付新车108796辆，创历史新高。汽车业务毛利率为25.5%。

小米集团第三季度总收入为1131亿元，同比增长22.3%；智能手机出货量为4330万台。

表：小米汽车季度交付
2025年Q1 | 75869
2025年Q2 | 81302
2025年Q3 | 108796

小米集团总裁卢伟冰表示，公司有信心完成全年35万台的交付目标。

网友评论：
@车迷小王：等了十个月终于提车了！
@港股老韭菜：1810.HK 今天又跌了"""

ZH_LAUNCH = """2025-06-27 08:00 澎湃新闻

6月26日晚，小米YU7正式上市，标准版售价25.35万元，Pro版售价27.99万元，Max版售价32.99万元。

雷军在发布会后发文称，小米YU7上市3分钟大定突破20万台，18小时锁单超24万台。

“这是我们没有想到的。”雷军说。

图：6月26日，小米YU7发布会现场。

对比来看，特斯拉Model Y起售价为26.35万元。

相关阅读：小米SU7累计交付突破30万台"""

ZH_PLANT = """探访小米汽车工厂：76秒下线一台车

2025年07月20日 第一财经 记者 张伟

走进北京亦庄的小米汽车工厂，700多台机器人正在有序作业。

据介绍，工厂一期年产能为15万辆，二期工厂已于6月竣工，两期合计年产能可达30万辆。

目前工厂员工约3000人。

小米汽车相关负责人表示，下半年每月交付量将稳定在4万台以上。

【延伸阅读】特斯拉上海超级工厂第400万辆整车下线

（本文来源：第一财经）"""

ZH_ANALYST = """券商研报：上调小米集团目标价，预计明年汽车交付55万辆

2025-11-20 格隆汇

中金公司发布研报，维持小米集团“跑赢行业”评级，目标价上调至68港元。

中金预计，小米汽车2025年交付量约为41万辆，2026年将达55万辆。

研报指出，YU7订单充足，预计第四季度汽车业务经营利润约20亿元。

股价表现：小米集团-W（01810.HK）收报42.36港元，涨2.1%。

免责声明：本文观点仅代表作者本人，不构成投资建议。"""

ZHT_MONTHLY = """小米10月交付逾4萬輛 連續兩個月創新高

2025年11月01日 11:20 香港經濟日報

小米集團（01810）今日宣佈，10月交付量超過4萬輛，連續第二個月突破4萬輛。

集團早前將今年全年交付目標上調至35萬輛。

圖片說明：小米YU7於北京展廳展出。

另外，比亞迪10月銷量為441706輛，按年下跌12%。

延伸閱讀：
小米YU7上市18小時鎖單24萬輛
蔚來10月交付40397輛

小米股價今早升2.1%，報46.5港元。"""

ZHT_RESULTS = """小米汽車業務首度錄得經營盈利

2025年11月18日 明報

小米集團公佈第三季業績，智能電動汽車等創新業務收入290億元人民幣，經營收益7億元人民幣。

季內共交付新車108796輛，平均售價約26萬元人民幣。

集團總收入1131億元人民幣，按年增長22%。

總裁盧偉冰表示，有信心達成全年交付35萬輛的目標。"""

ZHT_TIMELINE = """一文看清小米造車之路

2025年07月01日 經濟日報

2021年3月30日：小米宣佈造車，首期投資100億元人民幣。

2024年3月28日：小米SU7上市，起售價21.59萬元，24小時鎖單88898輛。

2024年12月：小米汽車全年交付超過13.5萬輛，超額完成13萬輛的目標。

2025年6月26日：小米YU7上市，18小時鎖單超過24萬輛。

（資料來源：公司公告）"""


CHINESE = [
    article(
        "小米汽车11月交付量继续超4万台",
        ZH_MONTHLY,
        D(2025, 12, 1),
        "zh",
        [
            dlv(AUTO, 40000, MORE, **month(2025, 11)),
            goal(350000, **year(2025)),
            dlv(AUTO, 340000, MORE, **first_months(2025, 11)),
        ],
    ),
    article(
        "小米三季度汽车业务首次盈利",
        ZH_RESULTS,
        D(2025, 11, 18),
        "zh",
        [
            money("revenue", 29e9, **quarter(2025, 3)),
            other("operating profit", 7e8, **quarter(2025, 3)),
            dlv(AUTO, 108796, **quarter(2025, 3)),
            other("gross margin", 25.5, **quarter(2025, 3)),
            # (added after the run: the older sets record the group's total revenue as a
            # Xiaomi Group event, test_metrics_review8.py; leaving it out broke that convention)
            ev(GROUP, metric="revenue", value=1.131e11, **quarter(2025, 3)),
            dlv(AUTO, 75869, **quarter(2025, 1)),
            dlv(AUTO, 81302, **quarter(2025, 2)),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "小米YU7上市18小时锁单超24万台",
        ZH_LAUNCH,
        D(2025, 6, 27),
        "zh",
        [
            price(YU7, 253500),
            price(YU7, 279900),
            price(YU7, 329900),
            orders("orders", YU7, 200000, qualifier=MORE, **WINDOW),
            orders("locked_orders", YU7, 240000, qualifier=MORE, **WINDOW),
        ],
    ),
    article(
        "探访小米汽车工厂：76秒下线一台车",
        ZH_PLANT,
        D(2025, 7, 20),
        "zh",
        [
            cap(150000),
            cap(300000),
            ev(AUTO, metric="headcount", value=3000, qualifier=ABOUT),
            ev(AUTO, metric="deliveries", value=40000, qualifier=MORE, status="forecast"),
        ],
    ),
    article(
        "券商研报：上调小米集团目标价，预计明年汽车交付55万辆",
        ZH_ANALYST,
        D(2025, 11, 20),
        "zh",
        [
            fcst(AUTO, 410000, ABOUT, **year(2025)),
            fcst(AUTO, 550000, **year(2026)),
            other("operating profit", 2e9, status="forecast", **quarter(2025, 4)),
        ],
    ),
    article(
        "小米10月交付逾4萬輛 連續兩個月創新高",
        ZHT_MONTHLY,
        D(2025, 11, 1),
        "zh",
        [
            dlv(AUTO, 40000, MORE, **month(2025, 10)),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "小米汽車業務首度錄得經營盈利",
        ZHT_RESULTS,
        D(2025, 11, 18),
        "zh",
        [
            money("revenue", 29e9, **quarter(2025, 3)),
            other("operating profit", 7e8, **quarter(2025, 3)),
            dlv(AUTO, 108796, **quarter(2025, 3)),
            price(AUTO, 260000, qualifier=ABOUT, **quarter(2025, 3)),
            # (added after the run: the older sets record the group's total revenue as a
            # Xiaomi Group event, test_metrics_review8.py; leaving it out broke that convention)
            ev(GROUP, metric="revenue", value=1.131e11, **quarter(2025, 3)),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "一文看清小米造車之路",
        ZHT_TIMELINE,
        D(2025, 7, 1),
        "zh",
        [
            money("investment", 10e9),
            price(SU7, 215900),
            orders("locked_orders", SU7, 88898, **WINDOW),
            dlv(AUTO, 135000, MORE, **year(2024)),
            goal(130000, **year(2024)),
            orders("locked_orders", YU7, 240000, qualifier=MORE, **WINDOW),
        ],
    ),
]


@run(CHINESE)
def test_chinese_articles(
    title: str, body: str, published: dt.date, lang: str | None, want: list[Any]
) -> None:
    check_article(title, body, published, lang, want)


# --- other languages -------------------------------------------------------------------------

DE_MONTHLY = """Von Redaktion Auto | 01.11.2025, 12:30 Uhr

PEKING - Der chinesische Elektronikkonzern Xiaomi hat im Oktober mehr als 40.000 \
Elektroautos ausgeliefert. Es ist der zweite Monat in Folge über dieser Marke.

Bildunterschrift: Ein Xiaomi YU7 in einem Showroom in Peking.

Für das Gesamtjahr peilt Xiaomi 350.000 Auslieferungen an.

Der Konkurrent BYD verkaufte im Oktober 441.706 Fahrzeuge, zwölf Prozent weniger als im \
Vorjahr.

Mehr zum Thema: Xiaomi YU7: 240.000 feste Bestellungen in 18 Stunden

Aktie: Xiaomi (1810.HK) +2,1 %

(dpa/reuters)"""

FR_RESULTS = """18 novembre 2025 à 14h05 - Par Claire Martin

La division automobile de Xiaomi a dégagé pour la première fois un bénéfice \
d'exploitation au troisième trimestre : 700 millions de yuans.

Le groupe a livré 108 796 véhicules sur la période, un record. Le chiffre d'affaires de \
l'activité véhicules électriques a atteint 29 milliards de yuans.

Xiaomi vise toujours 350 000 livraisons sur l'année.

À lire aussi : Tesla : les ventes en Chine rebondissent en octobre

Cet article vous a été utile ? Partagez-le."""

ES_LAUNCH = """Xiaomi YU7: 200.000 pedidos en tres minutos

27 de junio de 2025 | Redacción Motor

El nuevo SUV eléctrico de Xiaomi, el YU7, recibió 200.000 pedidos en firme en los primeros \
tres minutos tras su lanzamiento en Pekín el jueves por la noche.

En 18 horas, la cifra superó los 240.000 pedidos en firme, según el fundador Lei Jun.

El precio de partida es de 253.500 yuanes, unos 35.000 dólares.

Foto: Lei Jun durante la presentación del YU7. (EFE)

Te puede interesar: El Tesla Model Y baja de precio en China

Suscríbete a nuestro boletín."""

JA_PLANT = """シャオミのEV工場、年産30万台体制に

2025年7月15日 12:00 日経

中国のスマートフォン大手、小米（シャオミ）は北京の自動車工場の第2期が完成し、年産能力が\
30万台になったと明らかにした。第1期の年産能力は15万台だった。

写真：北京のシャオミ自動車工場（同社提供）

同社は2025年の納車目標を35万台としている。

関連記事：テスラ、上海工場で400万台目を生産

（北京＝山田太郎）"""

KO_MONTHLY = """샤오미, 10월 전기차 4만대 이상 인도

2025.11.01 11:05 | 베이징=김민수 특파원

중국 샤오미가 10월 한 달 동안 전기차 4만 대 이상을 인도했다고 1일 밝혔다.

두 달 연속 4만 대를 넘어섰다. 샤오미는 올해 35만 대 인도를 목표로 하고 있다.

사진=샤오미 YU7 (샤오미 제공)

한편 BYD는 10월 44만1706대를 판매했다.

관련기사: 샤오미 YU7, 18시간 만에 24만 대 계약

ⓒ 무단전재 및 재배포 금지"""

PT_RESULTS = """Divisão de carros da Xiaomi tem primeiro lucro operacional

18/11/2025 às 10h30 - Atualizado há 1 hora

A Xiaomi entregou 108.796 veículos elétricos no terceiro trimestre, um recorde, e a divisão \
de carros registrou lucro operacional de 700 milhões de yuans.

A receita da divisão chegou a 29 bilhões de yuans no trimestre.

A empresa mantém a meta de entregar 350 mil carros em 2025.

Leia também: BYD vende 441.706 veículos em outubro

Publicidade"""


OTHER_LANGS = [
    article(
        "Xiaomi liefert erneut über 40.000 E-Autos aus",
        DE_MONTHLY,
        D(2025, 11, 1),
        "de",
        [
            dlv(AUTO, 40000, MORE, **month(2025, 10)),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "Xiaomi : la branche automobile enfin rentable",
        FR_RESULTS,
        D(2025, 11, 18),
        "fr",
        [
            other("operating profit", 7e8, **quarter(2025, 3)),
            dlv(AUTO, 108796, **quarter(2025, 3)),
            money("revenue", 29e9, **quarter(2025, 3)),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "Xiaomi YU7: 200.000 pedidos en tres minutos",
        ES_LAUNCH,
        D(2025, 6, 27),
        "es",
        [
            orders("locked_orders", YU7, 200000, **WINDOW),
            orders("locked_orders", YU7, 240000, qualifier=MORE, **WINDOW),
            price(YU7, 253500),
        ],
    ),
    article(
        "シャオミのEV工場、年産30万台体制に",
        JA_PLANT,
        D(2025, 7, 15),
        "ja",
        [
            cap(300000),
            cap(150000),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "샤오미, 10월 전기차 4만대 이상 인도",
        KO_MONTHLY,
        D(2025, 11, 1),
        "ko",
        [
            dlv(AUTO, 40000, MORE, **month(2025, 10)),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "Divisão de carros da Xiaomi tem primeiro lucro operacional",
        PT_RESULTS,
        D(2025, 11, 18),
        "pt",
        [
            dlv(AUTO, 108796, **quarter(2025, 3)),
            other("operating profit", 7e8, **quarter(2025, 3)),
            money("revenue", 29e9, **quarter(2025, 3)),
            goal(350000, **year(2025)),
        ],
    ),
]


@run(OTHER_LANGS)
def test_other_language_articles(
    title: str, body: str, published: dt.date, lang: str | None, want: list[Any]
) -> None:
    check_article(title, body, published, lang, want)


# --- article-level context: a month told once, a subject carried, one figure told rounded ---

EN_CARRY = """November 2, 2025 | By Wang Lei

Xiaomi handed over more than 40,000 cars last month, the company said in a post on Saturday, \
matching its September performance.

The YU7 SUV accounted for more than half of the total.

Xiaomi YU7 vehicles wait for delivery at a centre in Beijing. (Photo: Xiaomi)

The company said 1,000 of the month's deliveries were the SU7 Ultra.

Lei Jun said on Weibo the company had now delivered more than 400,000 cars since the SU7 went \
on sale in March 2024.

Also read: NIO's ES8 orders hit 10,000 in a week

Xiaomi Corp (1810.HK) HK$46.50 ▲ 1.2%

About the author: Wang Lei has covered the car industry for 8 years."""

EN_ROUNDED = """Xiaomi delivered 108,796 vehicles in the three months to September, up 173% from a \
year earlier, the company said in its results filing on Tuesday.

That was 34% more than in the second quarter.

The SU7 Ultra, its high-performance sedan, sells for 529,900 yuan. It drew 10,000 firm orders \
in two hours after its launch in February.

Nearly 110,000 cars in a quarter puts Xiaomi ahead of NIO and XPeng.

Editor's note: An earlier version of this story misstated the quarter's deliveries as 108,769.

(Reporting by Li Na; Editing by Mark Potter)"""

ZH_CARRY = """2025-07-02 09:30 来源：IT之家

7月1日，小米汽车公布了上月交付情况。

当月，小米汽车交付量超过25000台。

小米YU7于6月26日上市。该车标准版售价25.35万元。

图片来源：小米汽车官方微博

小米汽车此前表示，全年交付目标为35万台。

相关新闻：问界M8上市一个月大定突破10万台

（编辑：李华）"""


CONTEXT = [
    article(
        "Xiaomi's October deliveries top 40,000 again",
        EN_CARRY,
        D(2025, 11, 2),
        None,
        [
            dlv(AUTO, 40000, MORE, **month(2025, 10)),
            dlv(ULTRA, 1000, **month(2025, 10)),
            dlv(AUTO, 400000, MORE, period_kind="cumulative"),
        ],
    ),
    article(
        "Xiaomi car deliveries near 110,000 in third quarter",
        EN_ROUNDED,
        D(2025, 11, 19),
        None,
        [
            # the headline's and the body's "nearly 110,000" are the 108,796 rounded; the
            # misstated 108,769 of the correction is no event
            dlv(AUTO, 108796, **quarter(2025, 3)),
            price(ULTRA, 529900),
            orders("locked_orders", ULTRA, 10000, **WINDOW),
        ],
        xf="SU7 Ultra 'drew 10,000 firm orders in two hours after its launch in February': metric "
        "orders (should be locked_orders, as 'pedidos en firme' gives) and period month "
        "2025-02 (should be window: 'in two hours after its launch')",
    ),
    article(
        "小米汽车6月交付成绩单：YU7首批交付开启",
        ZH_CARRY,
        D(2025, 7, 2),
        "zh",
        [
            dlv(AUTO, 25000, MORE, **month(2025, 6)),
            price(YU7, 253500),
            goal(350000, **year(2025)),
        ],
    ),
]


@run(CONTEXT)
def test_article_context(
    title: str, body: str, published: dt.date, lang: str | None, want: list[Any]
) -> None:
    check_article(title, body, published, lang, want)


# --- reader comments, "most read" sidebars, ticker lines -------------------------------------

EN_COMMENTS = """December 1, 2025

Xiaomi said on Monday it delivered more than 40,000 vehicles in November, a third straight \
month above that level.

Waiting times for the YU7 standard version have fallen to about 30 weeks from more than a \
year in July, according to the company's ordering app.

Xiaomi has said it expects to reach its 350,000-vehicle goal for the year by the end of \
November.

MOST READ
1. BYD cuts prices on 20 models
2. Xiaomi YU7 price cut rumours denied
3. Li Auto i8 deliveries hit 10,000

Readers' comments
dave_k: Picked up my SU7 Max last week, paid 299,900 yuan. Worth every cent.
autoguy: They sold 40,000 because they built 40,000. Demand is much higher.

Subscribe to our newsletter for daily EV news."""

ZH_COMMENTS = """2025年10月01日 12:05 财联社

财联社10月1日电，小米汽车官方宣布，9月交付量超过40000台。

雷军在微博发文称：“感谢每一位用户的信任，我们会继续努力提升产能。”

行情：小米集团-W 01810.HK 54.35 +1.87%；蔚来-SW 09866.HK 56.10 -0.53%

值得注意的是，小米汽车二期工厂目前已投产，年产能有望提升至30万辆。

热门评论：
用户A：我的YU7等了28周，终于在9月提车了。
用户B：一个月4万台，一年就是48万台！

（本文不构成投资建议）"""


NOISE = [
    article(
        "Xiaomi November deliveries exceed 40,000; YU7 waits ease",
        EN_COMMENTS,
        D(2025, 12, 1),
        None,
        [
            dlv(AUTO, 40000, MORE, **month(2025, 11)),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "小米汽车9月交付超4万台 雷军：感谢每一位用户",
        ZH_COMMENTS,
        D(2025, 10, 1),
        "zh",
        [
            dlv(AUTO, 40000, MORE, **month(2025, 9)),
            cap(300000),
        ],
    ),
]


@run(NOISE)
def test_page_noise(
    title: str, body: str, published: dt.date, lang: str | None, want: list[Any]
) -> None:
    check_article(title, body, published, lang, want)
