"""Probes of PRECISION on whole articles, written without sight of the devset: pages where
Xiaomi's car business appears only in passing, or where most figures are not Xiaomi car
metric events. Genres: a rival's monthly delivery story with one line on Xiaomi (only that
line's figure is an event); a Xiaomi smartphone launch (phone prices, shipments and market
share give nothing); Xiaomi Group results where cars are one paragraph among smartphones, IoT
and internet services (the car segment's figures, plus the group's total revenue as a Xiaomi
Group event as the older sets record it; a phone, IoT or internet segment figure and the
group's profit are no event); a China EV market overview (retail totals, penetration rates:
nothing); a battery-supplier story; a charging-network story; a stock-market wrap (share
prices, index moves, turnover: nothing); a used-car price story; an opinion piece with
hypotheticals; a rumour denied; a spec comparison (range, kWh, horsepower, 0-100: nothing);
an insurance-registration round-up of many brands (only Xiaomi's row, a week of deliveries).

Every article is written for this file, in our own words, with figures close to those
reported or made up to be plausible; the headline is passed as `title`. The expected list is
what a careful analyst records, decided before the extractor ran. Conventions as in
test_metrics_review8.py and test_metrics_articles9.py. A plain case guards what holds; an
`xfail(strict=True)` case is a known miss whose reason says what it should give and what the
extractor gives. Expectations are never weakened to match.
"""

import datetime as dt
from typing import Any

from test_metrics_articles9 import article, check_article, run
from test_metrics_articles13 import wk
from test_metrics_review import ev
from test_metrics_review8 import (
    AUTO,
    GROUP,
    MORE,
    dlv,
    goal,
    money,
    month,
    other,
    quarter,
    year,
)

D = dt.date

NOV01 = D(2025, 11, 1)
DEC01 = D(2025, 12, 1)
Q3DAY = D(2025, 11, 18)
Q2DAY = D(2025, 8, 19)
FY24DAY = D(2025, 3, 18)

NOTHING: list[Any] = []


# --- English ---------------------------------------------------------------------------------

ENGLISH = [
    article(
        "Tesla's China-made sales slip in November as rivals crowd in",
        "Tesla sold 73,145 China-made vehicles in November, down 9.9% from a year earlier, "
        "data from the China Passenger Car Association showed on Monday.\n\n"
        "Exports from the Shanghai factory rose to 16,200 units, while domestic retail sales "
        "of the Model Y fell for a third month.\n\n"
        "The US carmaker faces fiercer competition at home. Xiaomi said it delivered more "
        "than 40,000 cars in November, and Geely's Zeekr brand handed over 23,500.\n\n"
        "Tesla's shares rose 1.8% in premarket trading.",
        DEC01,
        "en",
        [dlv(AUTO, 40000, MORE, **month(2025, 11))],
    ),
    article(
        "BYD's monthly sales fall again despite overseas surge",
        "BYD sold 480,186 new-energy vehicles in November, down 5.3% from a year ago, its "
        "third straight monthly decline, the company said in a filing.\n\n"
        "Overseas sales reached 131,935 units, a record, and the group installed 30.1 GWh of "
        "batteries in the month.\n\n"
        "Passenger car sales were 474,921, of which 195,000 were plug-in hybrids.\n\n"
        "Smaller rivals kept gaining ground: Leapmotor delivered 70,327 vehicles and Xiaomi "
        "more than 40,000.\n\n"
        "BYD has cut its 2025 sales target to 4.6 million vehicles.",
        DEC01,
        "en",
        [dlv(AUTO, 40000, MORE, **month(2025, 11))],
    ),
    article(
        "Li Auto deliveries drop 32% as i6 ramp-up lags",
        "Li Auto delivered 33,181 vehicles in November, down 31.9% year on year, the company "
        "said on Monday.\n\n"
        "Its cumulative deliveries reached 1,462,788 by the end of the month. The company "
        "expects to deliver 100,000 to 110,000 vehicles in the fourth quarter.\n\n"
        "The i6 SUV, launched in September, has been held back by battery supply, Li Auto "
        "said.\n\n"
        "The carmaker now trails Xiaomi, whose November deliveries exceeded 40,000.",
        DEC01,
        "en",
        [dlv(AUTO, 40000, MORE, **month(2025, 11))],
    ),
    article(
        "NIO hands over 36,275 cars in November, ONVO brand steady",
        "NIO delivered 36,275 vehicles in November, up 76.3% from a year earlier.\n\n"
        "The main NIO brand accounted for 18,393 units, ONVO for 11,794 and Firefly for "
        "6,088. Cumulative deliveries stood at 957,000.\n\n"
        "The company has guided for 120,000 to 125,000 deliveries in the fourth quarter.\n\n"
        "Xiaomi, which publishes only a rounded monthly figure, had not released its "
        "November number by the time of writing.",
        DEC01,
        "en",
        NOTHING,
    ),
    article(
        "Xiaomi 17 series goes on sale at 4,499 yuan",
        "Xiaomi launched its Xiaomi 17 smartphone series in Beijing on Thursday, with the "
        "base model priced from 4,499 yuan and the 17 Pro Max from 5,999 yuan.\n\n"
        "The company said first-day sales of the series exceeded one million units across "
        "all channels.\n\n"
        "The phones use Qualcomm's Snapdragon 8 Elite Gen 5 chip and a 7,500 mAh battery.\n\n"
        "Lei Jun, who also leads the company's car business, spent most of the two-hour event "
        "on the phones; the YU7 was shown only in a short video.",
        D(2025, 9, 26),
        "en",
        NOTHING,
    ),
    article(
        "Xiaomi keeps third place in global smartphone market",
        "Global smartphone shipments rose 2% to 320 million units in the third quarter, "
        "according to research firm Canalys.\n\n"
        "Samsung led with 61 million units and a 19% share, followed by Apple with 58 million. "
        "Xiaomi shipped 43.5 million phones for a 14% share, its ninth straight quarter of "
        "growth.\n\n"
        "Transsion and vivo rounded out the top five.\n\n"
        "Analysts said Xiaomi's push into electric cars has not yet hurt its phone business.",
        D(2025, 10, 20),
        "en",
        NOTHING,
    ),
    article(
        "Xiaomi posts record revenue as EV unit turns a profit",
        "Xiaomi's revenue rose 22.3% to 113.1 billion yuan in the third quarter, the company "
        "said on Tuesday, and adjusted net profit rose 81% to 11.3 billion yuan.\n\n"
        "Smartphone revenue fell 3.1% to 46 billion yuan as shipments reached 43.3 million "
        "units. Revenue from IoT and lifestyle products was 27.6 billion yuan, and internet "
        "services brought in 9.4 billion yuan.\n\n"
        "The smart EV and AI segment had revenue of 29 billion yuan. Xiaomi delivered 108,796 "
        "vehicles in the quarter, the segment's gross margin was 25.5%, and it posted an "
        "operating profit of 700 million yuan, its first.\n\n"
        "Shares rose 2% in Hong Kong on Wednesday.",
        Q3DAY,
        "en",
        [
            ev(GROUP, metric="revenue", value=1.131e11, **quarter(2025, 3)),
            money("revenue", 2.9e10, **quarter(2025, 3)),
            dlv(AUTO, 108796, **quarter(2025, 3)),
            other("gross margin", 25.5, **quarter(2025, 3)),
            other("operating profit", 7e8, **quarter(2025, 3)),
        ],
    ),
    article(
        "Xiaomi's second-quarter profit beats forecasts on phones and appliances",
        "Xiaomi reported second-quarter revenue of 116 billion yuan on Tuesday, up 30.5% from "
        "a year earlier.\n\n"
        "The smartphone business earned 45.5 billion yuan, and IoT and lifestyle products a "
        "record 38.7 billion yuan, helped by air conditioners.\n\n"
        "In cars, revenue reached 21.3 billion yuan as deliveries rose to 81,302. The segment "
        "lost 300 million yuan in the quarter.\n\n"
        "Internet services revenue was 9.1 billion yuan, with gross margin of 75.4%.",
        Q2DAY,
        "en",
        [
            ev(GROUP, metric="revenue", value=1.16e11, **quarter(2025, 2)),
            money("revenue", 2.13e10, **quarter(2025, 2)),
            dlv(AUTO, 81302, **quarter(2025, 2)),
            money("net_loss", 3e8, **quarter(2025, 2)),
        ],
    ),
    article(
        "Xiaomi's 2024 revenue jumps 35% as first car year ends",
        "Xiaomi's revenue rose 35% to 365.9 billion yuan in 2024, the company said on "
        "Tuesday, with adjusted net profit up 41.3% to 27.2 billion yuan.\n\n"
        "Phones brought in 191.8 billion yuan on shipments of 168.5 million units.\n\n"
        "Its car business, in its first year of sales, had revenue of 32.8 billion yuan and "
        "delivered 136,854 vehicles. The unit's adjusted net loss was 6.2 billion yuan.\n\n"
        "Xiaomi raised its 2025 delivery target to 350,000 vehicles.",
        FY24DAY,
        "en",
        [
            ev(GROUP, metric="revenue", value=3.659e11, **year(2024)),
            money("revenue", 3.28e10, **year(2024)),
            dlv(AUTO, 136854, **year(2024)),
            money("net_loss", 6.2e9, **year(2024)),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "China's NEV retail sales hit 1.32 million in November",
        "Retail sales of new-energy passenger vehicles in China reached 1.32 million units in "
        "November, up 4% from a year earlier, the China Passenger Car Association said.\n\n"
        "The penetration rate of new-energy vehicles rose to 59.3%, and exports of NEVs "
        "climbed to 300,000 units.\n\n"
        "Total passenger car retail sales were 2.23 million, down 8%.\n\n"
        "Start-ups such as Xiaomi and Leapmotor gained market share, while foreign joint "
        "ventures lost ground.",
        D(2025, 12, 8),
        "en",
        NOTHING,
    ),
    article(
        "CATL's quarterly profit climbs 41% on energy storage demand",
        "Contemporary Amperex Technology Co. Ltd. (CATL) reported a third-quarter net profit "
        "of 18.5 billion yuan, up 41%, on revenue of 104.2 billion yuan.\n\n"
        "Its share of China's EV battery installations was 42.9% in the first ten months, "
        "ahead of BYD's FinDreams at 21.7%.\n\n"
        "CATL supplies the 101 kWh pack in the top version of the Xiaomi SU7, while FinDreams "
        "provides the 73.6 kWh blade battery of the standard car.\n\n"
        "CATL shares rose 3.2% in Shenzhen.",
        D(2025, 10, 21),
        "en",
        NOTHING,
    ),
    article(
        "China's charging network passes 18 million points",
        "China had 18.06 million charging points at the end of October, up 54% from a year "
        "earlier, the National Energy Administration said.\n\n"
        "NIO operates more than 3,500 battery swap stations, and Tesla has over 11,500 "
        "Supercharger stalls in the country.\n\n"
        "Xiaomi has no network of its own; its app lets owners use stations run by third "
        "parties such as TELD and Star Charge.\n\n"
        "Public chargers along expressways grew by 30% this year.",
        D(2025, 11, 25),
        "en",
        NOTHING,
    ),
    article(
        "Hang Seng slides as tech stocks fall; Xiaomi down 3.4%",
        "Hong Kong's Hang Seng Index fell 1.2% to 25,616 on Friday, and the Hang Seng Tech "
        "Index lost 2.1%.\n\n"
        "Xiaomi shares dropped 3.4% to HK$41.20, with turnover of HK$9.8 billion, after a "
        "brokerage cut its target price to HK$55.\n\n"
        "BYD rose 0.8% and Li Auto fell 1.5%. Market turnover was HK$228 billion.\n\n"
        "Traders pointed to concerns over memory chip costs for phone makers.",
        D(2025, 11, 21),
        "en",
        NOTHING,
    ),
    article(
        "Used Xiaomi SU7s hold their value better than rivals",
        "A one-year-old Xiaomi SU7 keeps about 88% of its value, according to a report by "
        "used-car platform Che300 published on Monday.\n\n"
        "That compares with 71% for the Tesla Model 3 and 62% for the BYD Seal.\n\n"
        "Dealers said a typical 2024 SU7 with 20,000 km on the clock now lists for about "
        "190,000 yuan.\n\n"
        "Prices of used EVs in China fell 6% on average in the past year.",
        D(2025, 6, 16),
        "en",
        NOTHING,
    ),
    article(
        "Opinion: What if Xiaomi sold half a million cars?",
        "Suppose Xiaomi sold 500,000 cars next year. At an average price of 250,000 yuan, "
        "that would mean revenue of 125 billion yuan from cars alone, more than its phones "
        "make today.\n\n"
        "If margins held at 25%, the car unit would earn more gross profit than the rest of "
        "the company combined.\n\n"
        "None of that is guaranteed. Xiaomi has said it aims to deliver 350,000 cars this "
        "year, and reaching it has meant long waits for buyers.\n\n"
        "The views expressed are the author's own.",
        D(2025, 10, 5),
        "en",
        [goal(350000, **year(2025))],
    ),
    article(
        "Xiaomi denies report it will cut YU7 output",
        "Xiaomi on Thursday denied a media report that it would cut production of its YU7 "
        "SUV by 20,000 units in the fourth quarter.\n\n"
        "The report, citing unnamed suppliers, had also claimed the company would lower the "
        "SUV's price by 15,000 yuan.\n\n"
        '"The report is false," a Xiaomi spokesperson said, adding that the company would '
        "take legal action against rumour-mongers.\n\n"
        "Xiaomi's shares fell 1.1% before the denial.",
        D(2025, 10, 16),
        "en",
        NOTHING,
    ),
    article(
        "Spec check: Xiaomi SU7 vs Tesla Model 3 vs Zeekr 007",
        "How do the three sedans compare on paper?\n\n"
        "Range (CLTC): SU7 Max 800 km; Model 3 Long Range 713 km; Zeekr 007 870 km.\n\n"
        "Battery: 101 kWh; 78.4 kWh; 100 kWh.\n\n"
        "Power: 673 hp; 460 hp; 646 hp.\n\n"
        "0-100 km/h: 2.78 s; 4.4 s; 2.84 s.\n\n"
        "Top speed is 265 km/h for the Xiaomi and 200 km/h for the Tesla.",
        D(2025, 5, 12),
        "en",
        NOTHING,
    ),
    article(
        "Weekly registrations: AITO leads start-ups, Xiaomi steady",
        "Insurance registrations for the week of November 24 to 30:\n\n"
        "BYD 52,300\nTesla China 15,200\nGeely Galaxy 14,800\nLeapmotor 13,600\nAITO 11,900\n"
        "Xiaomi 9,800\nLi Auto 7,600\nNIO 7,300\nXPeng 6,700\nZeekr 5,100\n\n"
        "Registration data are compiled by third parties and differ from deliveries.",
        D(2025, 12, 2),
        "en",
        [dlv(AUTO, 9800, **wk(2025, 11, 24))],
    ),
    article(
        "Leapmotor posts record October on B-series demand",
        "Leapmotor delivered 70,289 vehicles in October, up 84% from a year earlier, making it "
        "the top-selling start-up for an eighth month.\n\n"
        "Exports accounted for 7,900 units. The company aims to sell one million cars in "
        "2026.\n\n"
        "XPeng delivered 42,013 and NIO 40,397, while Xiaomi said its deliveries were above "
        "40,000 for a second month.",
        NOV01,
        "en",
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    article(
        "Xiaomi to build air-conditioner plant in Wuhan",
        "Xiaomi will open a factory for air conditioners in Wuhan next year with an annual "
        "capacity of 7 million units, the company said.\n\n"
        "The plant will cost 2.5 billion yuan and employ 3,000 people.\n\n"
        "Xiaomi shipped more than 5.4 million air conditioners in the third quarter, up 60%.\n\n"
        "The company's car plant in Beijing, which makes the SU7 and YU7, is not affected.",
        D(2025, 11, 10),
        "en",
        NOTHING,
    ),
]


@run(ENGLISH)
def test_english_precision(
    title: str, body: str, published: dt.date, lang: str | None, want: list[Any]
) -> None:
    check_article(title, body, published, lang, want)


# --- Chinese ---------------------------------------------------------------------------------

CHINESE = [
    article(
        "比亚迪11月销量48万辆 海外销量创新高",
        "12月1日晚间，比亚迪发布产销快报，11月新能源汽车销量为480186辆，同比下降5.3%。\n\n"
        "其中海外销量131935辆，创历史新高；动力电池及储能电池装机总量约30.1GWh。\n\n"
        "新势力方面，零跑汽车交付70327辆，小米汽车交付量超过4万辆。\n\n"
        "比亚迪此前已将全年销量目标下调至460万辆。",
        DEC01,
        "zh",
        [dlv(AUTO, 40000, MORE, **month(2025, 11))],
    ),
    article(
        "小米17系列正式开售 首销全渠道销量破百万台",
        "9月25日晚，小米17系列新品发布会在北京举行。小米17起售价4499元，小米17 Pro Max起售价5999元。\n\n"
        "小米官方宣布，小米17系列首销当日全渠道销量突破100万台。\n\n"
        "新机搭载第五代骁龙8至尊版处理器，电池容量达7500mAh。\n\n"
        "发布会上，雷军仅用一段短片介绍了小米YU7的近况。",
        D(2025, 9, 26),
        "zh",
        NOTHING,
    ),
    article(
        "小米集团三季度营收1131亿元 汽车业务首次单季盈利",
        "11月18日，小米集团发布2025年第三季度财报。报告期内，集团总收入为1131亿元，同比增长22.3%；"
        "经调整净利润113亿元，同比增长81%。\n\n"
        "分业务看，智能手机收入460亿元，全球出货量4330万台；IoT与生活消费产品收入276亿元；"
        "互联网服务收入94亿元，毛利率76.9%。\n\n"
        "智能电动汽车及AI等创新业务分部收入为290亿元，当季交付新车108796辆。\n\n"
        "财报发布后次日，小米集团股价上涨2%。",
        Q3DAY,
        "zh",
        [
            ev(GROUP, metric="revenue", value=1.131e11, **quarter(2025, 3)),
            money("revenue", 2.9e10, **quarter(2025, 3)),
            dlv(AUTO, 108796, **quarter(2025, 3)),
        ],
    ),
    article(
        "乘联会：11月新能源乘用车零售132万辆 渗透率59.3%",
        "乘联会12月8日发布数据，11月全国乘用车市场零售223万辆，同比下降8%；"
        "新能源乘用车零售132万辆，同比增长4%。\n\n"
        "11月新能源车零售渗透率为59.3%，较去年同期提升6.8个百分点。\n\n"
        "新能源乘用车出口30万辆，同比增长超过一倍。\n\n"
        "乘联会秘书长崔东树表示，小米、零跑等新势力品牌表现亮眼。",
        D(2025, 12, 8),
        "zh",
        NOTHING,
    ),
    article(
        "宁德时代前三季度净利润490亿元 装机量份额42.9%",
        "宁德时代10月20日晚发布三季报，前三季度实现营业收入2830亿元，归母净利润490亿元，同比增长36%。\n\n"
        "中国汽车动力电池产业创新联盟数据显示，1-10月宁德时代国内装车量市场份额为42.9%，"
        "比亚迪弗迪电池为21.7%。\n\n"
        "据了解，小米SU7 Max搭载宁德时代101kWh麒麟电池，标准版则使用弗迪电池73.6kWh刀片电池。\n\n"
        "当日宁德时代股价收涨3.2%。",
        D(2025, 10, 21),
        "zh",
        NOTHING,
    ),
    article(
        "港股收评：恒指跌1.2% 小米集团跌3.4%",
        "11月21日，港股三大指数集体收跌，恒生指数跌1.2%报25616点，恒生科技指数跌2.1%。\n\n"
        "个股方面，小米集团跌3.4%报41.2港元，成交额98亿港元；比亚迪股份涨0.8%，理想汽车跌1.5%。\n\n"
        "大市成交额2280亿港元，南向资金净买入52亿港元。\n\n"
        "有券商将小米目标价下调至55港元。",
        D(2025, 11, 21),
        "zh",
        NOTHING,
    ),
    article(
        "一年车龄保值率88% 小米SU7二手车行情走俏",
        "二手车平台车300日前发布报告称，车龄一年的小米SU7保值率约为88%，在纯电轿车中排名第一。\n\n"
        "同期特斯拉Model 3保值率为71%，比亚迪海豹为62%。\n\n"
        "有车商表示，一台行驶2万公里的2024款SU7标准版目前挂牌价约19万元。\n\n"
        "过去一年，国内二手新能源车平均价格下降约6%。",
        D(2025, 6, 16),
        "zh",
        NOTHING,
    ),
    article(
        "小米汽车辟谣：YU7减产2万台系不实消息",
        "近日，有自媒体称小米汽车将在四季度把YU7产量削减2万台，并将下调售价1.5万元。\n\n"
        "10月16日，小米汽车官方微博发文辟谣，称上述消息纯属捏造。\n\n"
        "小米公关部总经理表示，公司已对相关账号取证，将依法追究法律责任。\n\n"
        "消息传出当天，小米集团股价一度下跌1.1%。",
        D(2025, 10, 16),
        "zh",
        NOTHING,
    ),
    article(
        "11月第4周新能源品牌上险量榜：比亚迪居首",
        "11月第4周（11.24-11.30）新能源品牌上险量排行：\n\n"
        "1. 比亚迪 5.23万辆\n2. 特斯拉中国 1.52万辆\n3. 吉利银河 1.48万辆\n4. 零跑 1.36万辆\n"
        "5. 问界 1.19万辆\n6. 小米汽车 0.98万辆\n7. 理想 0.76万辆\n8. 蔚来 0.73万辆\n"
        "9. 小鹏 0.67万辆\n10. 极氪 0.51万辆\n\n"
        "注：上险量数据来源于第三方，与企业公布的交付量存在差异。",
        D(2025, 12, 2),
        "zh",
        [dlv(AUTO, 9800, **wk(2025, 11, 24))],
    ),
    article(
        "理想汽车11月交付33181辆 同比下降31.9%",
        "12月1日，理想汽车公布11月交付数据，当月共交付新车33181辆，同比下降31.9%。\n\n"
        "截至11月30日，理想汽车历史累计交付量为1462788辆。公司预计四季度交付10万至11万辆。\n\n"
        "理想i6自9月上市以来，受电池供应影响交付节奏偏慢。\n\n"
        "同期，小米汽车交付量超过4万辆，零跑交付70327辆。",
        DEC01,
        "zh",
        [dlv(AUTO, 40000, MORE, **month(2025, 11))],
    ),
]


@run(CHINESE)
def test_chinese_precision(
    title: str, body: str, published: dt.date, lang: str | None, want: list[Any]
) -> None:
    check_article(title, body, published, lang, want)


# --- other languages -------------------------------------------------------------------------

OTHER_LANGUAGES = [
    article(
        "Tesla verkauft in Deutschland wieder mehr Autos",
        "Tesla hat im November in Deutschland 1.626 Neuwagen zugelassen, knapp 20 Prozent "
        "mehr als im Vorjahresmonat, wie das Kraftfahrt-Bundesamt mitteilte.\n\n"
        "BYD kam auf 1.950 Zulassungen, mehr als das Dreifache des Vorjahres.\n\n"
        "In China lieferte der Smartphone-Konzern Xiaomi im November mehr als 40.000 "
        "Elektroautos aus.\n\n"
        "Der Marktanteil reiner Elektroautos in Deutschland lag bei 21 Prozent.",
        D(2025, 12, 4),
        "de",
        [dlv(AUTO, 40000, MORE, **month(2025, 11))],
    ),
    article(
        "Xiaomi lance le 17 Ultra en Europe à 1 499 euros",
        "Xiaomi a présenté jeudi à Paris son nouveau smartphone haut de gamme, le Xiaomi 17 "
        "Ultra, vendu 1 499 euros.\n\n"
        "Le groupe chinois a expédié 43,5 millions de téléphones au troisième trimestre, soit "
        "14 % du marché mondial selon Canalys.\n\n"
        "L'appareil embarque une batterie de 6 000 mAh et un capteur photo d'un pouce.\n\n"
        "Xiaomi, qui vend aussi des voitures électriques en Chine, n'a pas annoncé de date "
        "pour l'arrivée de la SU7 en Europe.",
        D(2025, 10, 2),
        "fr",
        NOTHING,
    ),
    article(
        "La bolsa de Hong Kong cae arrastrada por las tecnológicas",
        "El índice Hang Seng de Hong Kong cerró el viernes con una caída del 1,2 %, hasta los "
        "25.616 puntos.\n\n"
        "Xiaomi se dejó un 3,4 %, hasta 41,20 dólares de Hong Kong, con un volumen de negocio "
        "de 9.800 millones de dólares hongkoneses.\n\n"
        "BYD subió un 0,8 % y Alibaba retrocedió un 2,5 %.\n\n"
        "Los inversores temen que el alza del precio de la memoria reduzca los márgenes de "
        "los fabricantes de móviles.",
        D(2025, 11, 21),
        "es",
        NOTHING,
    ),
    article(
        "シャオミ7～9月期、売上高22%増　EV事業が初の黒字",
        "中国の小米（シャオミ）が18日発表した2025年7～9月期決算は、売上高が前年同期比22.3%増の"
        "1131億元だった。\n\n"
        "スマートフォン事業の売上高は460億元で3.1%減った。IoT・生活家電は276億元だった。\n\n"
        "EV事業の売上高は290億元で、四半期の納車台数は10万8796台だった。\n\n"
        "同社の株価は香港市場で2%上昇した。",
        Q3DAY,
        "ja",
        [
            ev(GROUP, metric="revenue", value=1.131e11, **quarter(2025, 3)),
            money("revenue", 2.9e10, **quarter(2025, 3)),
            dlv(AUTO, 108796, **quarter(2025, 3)),
        ],
    ),
    article(
        "샤오미 SU7 vs 테슬라 모델3 제원 비교",
        "중국 샤오미의 전기 세단 SU7과 테슬라 모델3를 제원으로 비교해 봤다.\n\n"
        "SU7 맥스는 101kWh 배터리로 CLTC 기준 800km를 달리고, 최고출력은 673마력이다.\n\n"
        "모델3 롱레인지는 78.4kWh 배터리에 주행거리 713km, 최고출력 460마력이다.\n\n"
        "제로백은 SU7 맥스가 2.78초, 모델3가 4.4초다.",
        D(2025, 5, 12),
        "ko",
        NOTHING,
    ),
    article(
        "Продажи электромобилей в Китае выросли до 1,32 млн",
        "Розничные продажи легковых автомобилей на новых источниках энергии в Китае в ноябре "
        "составили 1,32 млн штук, сообщила Ассоциация легковых автомобилей Китая.\n\n"
        "Доля таких машин в общем рынке достигла 59,3%.\n\n"
        "Экспорт электромобилей и гибридов вырос до 300 тысяч штук.\n\n"
        "Среди новых брендов рост показали Xiaomi и Leapmotor.",
        D(2025, 12, 8),
        "ru",
        NOTHING,
    ),
    article(
        "BYD vende 480 mil carros em novembro e amplia exportações",
        "A BYD vendeu 480.186 veículos elétricos e híbridos em novembro, queda de 5,3% em "
        "relação ao mesmo mês do ano passado.\n\n"
        "As vendas no exterior chegaram a 131.935 unidades, um recorde.\n\n"
        "A chinesa Xiaomi, estreante no setor, entregou mais de 40 mil carros no mês.\n\n"
        "No Brasil, a BYD emplacou 11.600 veículos em novembro.",
        DEC01,
        "pt",
        [dlv(AUTO, 40000, MORE, **month(2025, 11))],
    ),
    article(
        "Xiaomi smentisce il taglio della produzione della YU7",
        "Xiaomi ha smentito giovedì le indiscrezioni secondo cui avrebbe ridotto di 20.000 "
        "unità la produzione del SUV YU7 nel quarto trimestre.\n\n"
        "Secondo la notizia, poi definita falsa dall'azienda, il prezzo sarebbe stato "
        "tagliato di 15.000 yuan.\n\n"
        "Un portavoce ha annunciato azioni legali contro chi diffonde voci infondate.\n\n"
        "Il titolo Xiaomi ha perso l'1,1% a Hong Kong.",
        D(2025, 10, 16),
        "it",
        NOTHING,
    ),
    article(
        "Xiaomi kuasai 18% pasar ponsel Indonesia",
        "Xiaomi menguasai 18% pangsa pasar ponsel pintar di Indonesia pada kuartal ketiga "
        "2025, menurut data IDC.\n\n"
        "Perusahaan itu mengapalkan 2,1 juta unit, di bawah Transsion yang mencatat 2,6 juta "
        "unit.\n\n"
        "Redmi 15C dijual mulai Rp1,5 juta dan menjadi model terlaris.\n\n"
        "Xiaomi belum berencana menjual mobil listriknya di Indonesia.",
        D(2025, 11, 12),
        "id",
        NOTHING,
    ),
    article(
        "CATL'in kârı üçüncü çeyrekte yüzde 41 arttı",
        "Çinli batarya üreticisi CATL, üçüncü çeyrekte 18,5 milyar yuan net kâr açıkladı.\n\n"
        "Şirketin Çin'deki batarya kurulumlarındaki payı ilk on ayda yüzde 42,9 oldu.\n\n"
        "CATL, Xiaomi SU7'nin üst versiyonundaki 101 kWh'lik bataryayı tedarik ediyor.\n\n"
        "Şirketin hisseleri Shenzhen'de yüzde 3,2 yükseldi.",
        D(2025, 10, 21),
        "tr",
        NOTHING,
    ),
]


@run(OTHER_LANGUAGES)
def test_other_language_precision(
    title: str, body: str, published: dt.date, lang: str | None, want: list[Any]
) -> None:
    check_article(title, body, published, lang, want)
