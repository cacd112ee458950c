"""Probes of the extractor on WHOLE ARTICLES in Chinese, nineteenth set (b), written without
sight of the devset, reusing the `article` / `check_article` helpers of
test_metrics_articles9.py and the helpers of test_metrics_review8.py, test_metrics_articles15,
test_metrics_articles15_langs and test_metrics_articles16 (imported): 24 pages, 21 in
Simplified and 3 in Traditional characters as a Hong Kong or Taiwan outlet prints them, in
themes the seventeenth and eighteenth sets touch thinly:

- 新势力月度交付榜 with five to eight brands in a numbered list or in one paragraph: only
  Xiaomi's figure counts;
- 券商研报 that raise or cut delivery forecasts ("由55万辆下调至48万辆": both levels are
  forecasts, as a superseded target and its raised level are both targets), with a flattened
  盈利预测 table (A columns actual, E columns forecast); a 目标价 is no event; a broker's
  估算 of a quarter that has already ended is read as an actual told `about`;
- 知乎-style 问答 explainers with 赞同 counts and 编辑于 lines (noise numbers);
- 年终盘点 pages summing a year month by month and quarter by quarter: every month and
  quarter is recorded, each with its own period;
- a 召回公告: DESIGN.md's taxonomy has no class for recalled cars; they are neither delivered
  nor produced in the recall's period, and the code (figure_cues._RECALLED) and
  test_metrics_articles15 treat the count as the cars to be fixed, so a recall count gives
  NO event, while a cumulative delivery figure told beside it does;
- 交付周期 / 等车时间 pages (a waiting time is no event) with 在手订单 (orders as of the day told);
- 门店 / 城市 / 服务网点 / 研发人员 counts (stores and service centres are `other`, a team is
  headcount; the number of cities is no event);
- 业绩会 pages raising the full-year target ("由30万辆上调至35万辆": both are targets);
- 港交所公告 style with 人民币亿元 and a table flattened to text, one in Traditional;
- a recap of 雷军's annual speech, with an older launch-night figure keeping its window;
- negatives: 小米手机 and 家电 sales, a rival's record naming 小米, 股价 and 市值, 圈速 and specs.

Conventions as in test_metrics_articles9.py and test_metrics_articles17_zh.py: one event per
distinct figure, decided before the extractor ran, in the order of the text; a finished month
runs first to last day, as_of its last day; a year to date is cumulative from January 1; a
total since launch is cumulative to its stated day; a launch window is `window`; an operating
profit and a gross margin are `other`, an operating loss is net_loss; a rival's, the market's
or a phone figure, a share price, a price target, a percent change and a waiting time are no
events; a target's as_of is not asserted. A plain case guards what holds; an
`xfail(strict=True)` case is a known miss whose reason says what it should give and what the
extractor gives.
"""

import datetime as dt
from typing import Any

from test_metrics_articles9 import article, check_article, orders, run
from test_metrics_articles15 import op_profit, staff
from test_metrics_articles15_langs import half
from test_metrics_articles16 import margin
from test_metrics_review import ev
from test_metrics_review8 import (
    ABOUT,
    AUTO,
    GROUP,
    MORE,
    SU7,
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

# --- 新势力月度交付榜 -------------------------------------------------------------------------

JB_LIST = """新势力1月交付榜：零跑继续领跑，小米稳居前三

2026-02-01 17:45 来源：电车汇

2月1日，多家新势力车企公布了1月成绩单。受春节错月影响，多数品牌环比有所回落。

1. 零跑汽车：交付52,031辆，同比增长107%
2. 问界：交付41,200辆
3. 小米汽车：交付超3万辆
4. 小鹏汽车：交付30,350辆，同比增长1.2%
5. 理想汽车：交付27,668辆
6. 蔚来公司：交付27,182辆（含乐道、萤火虫）
7. 极氪：交付15,180辆

责任编辑：王晨"""

JB_PARA = """8月新势力成绩单：零跑再破5万，小米连续两月站稳3万辆

2025年09月01日 20:12 第一财经

9月1日，造车新势力陆续公布8月交付数据。零跑汽车交付57066辆，继续领跑；问界交付4.4万辆；小鹏汽车交付\
37709辆，同比增长172%；小米汽车交付量超过3万辆，环比基本持平；蔚来公司交付31305辆；理想汽车交付28529辆，\
同比下降40.7%；极氪交付1.7万辆。

有分析人士指出，下半年新势力的竞争将更加激烈，多家车企将推出新款SUV。"""

JBT_TW = """中國新勢力12月交車出爐 小米全年逾41萬輛

2026-01-02 11:20 聯合新聞網／記者 陳怡君

中國大陸多家電動車新創品牌1日公布去年12月交車數據。零跑汽車12月交車60,423輛，全年累計交車逾59萬輛，\
位居新勢力之首；小鵬汽車12月交車37,508輛；蔚來交車48,135輛。

小米汽車12月交車量逾5萬輛，創單月新高；2025年全年交車量逾41萬輛，超過年初設定的35萬輛目標。

理想汽車12月交車44,246輛，全年累計交車約40.6萬輛。

延伸閱讀：比亞迪去年全年銷量460萬輛 海外銷量翻倍"""

# --- 券商研报 ------------------------------------------------------------------------------

YB_UP = """小米集团（01810.HK）跟踪点评：YU7订单强劲，上调汽车交付预测

2025-07-10 国信证券 分析师：李明（执业证书编号：S0980520000000）

事件：6月26日小米YU7正式上市，上市18小时锁单超24万台。

点评：考虑到YU7订单远超预期、北京工厂二期即将投产，我们上调小米汽车2025年交付预测至38万辆（原预测\
为33万辆），并预计2026年交付量将达到60万辆。我们预计小米汽车三季度交付约10.5万辆。

维持“买入”评级，目标价由62港元上调至68港元。

风险提示：产能爬坡不及预期；行业价格战加剧。"""

YB_DOWN = """研报｜下调小米汽车全年交付预测，维持中性评级

2026-04-20 来源：某外资投行研报摘要

据估算，小米汽车今年一季度交付约8.1万辆，环比下降较多，主要受春节假期及新款SU7切换影响。

考虑到购置税减半后需求前置，我们将小米汽车2026年交付预测由55万辆下调至48万辆，目标价由62港元下调至\
55港元，维持“中性”评级。

免责声明：本文仅供参考，不构成投资建议。"""

YB_TABLE = """小米集团深度报告：汽车业务进入盈利期

2025-12-08 华泰证券

盈利预测与估值
单位：万辆 | 2024A | 2025E | 2026E | 2027E
汽车交付量 | 13.7 | 41.0 | 60.0 | 80.0
单位：亿元 | 2024A | 2025E | 2026E | 2027E
汽车业务收入 | 321 | 1060 | 1530 | 2000

我们给予小米集团目标价60港元，对应2026年25倍PE，首次覆盖给予“增持”评级。"""

# --- 问答 / 知乎式 ---------------------------------------------------------------------------

QA_ZHIHU = """小米汽车一年到底能卖多少辆车？

汽车行业从业者 · 谢邀

简单说：比绝大多数人预想的多。

先看已经发生的。2024年，小米SU7上市第一年，小米汽车交付超过13.5万辆。今年前三季度，小米汽车累计交付约\
26.6万辆。截至今年9月底，小米汽车自上市以来累计交付已超过40万辆。

再看目标。小米官方把今年的交付目标定在35万辆，按目前的节奏，完成没有悬念。

编辑于 2025-10-20 · IP 属地北京
赞同 1.2万 · 356 条评论"""

QA_WAIT = """现在下单小米YU7，要等多久才能提车？

汽车博主 · 回答

以我12月初查的小米汽车App为准：YU7标准版预计交付周期为20至23周，Pro版约18周，Max版约14周。比刚上市时\
动辄一年的等待已经短了不少。

为什么还要等这么久？因为订单太多。截至11月底，小米YU7累计交付已超过15万辆，但排队的人依然很多。

我的建议：着急用车可以考虑现车或者二手车。

发布于 2025-12-10 · 赞同 862"""

QA_PROFIT = """小米造车到底赚不赚钱？

财经作者 · 回答

赚了，但刚刚开始。

2025年第三季度，小米智能电动汽车及AI等创新业务首次实现单季经营收益，为7亿元。而在此之前，二季度这块业务\
经营亏损3亿元，一季度经营亏损5亿元。

三季度小米汽车的单车平均售价约为26万元，规模效应开始显现。

编辑于 2025-11-25 · 赞同 3420"""

# --- 年终盘点 ------------------------------------------------------------------------------

NZ_2025 = """年终盘点｜小米汽车的2025：从30万到41万

2026-01-05 08:00 来源：汽车产经

年初，小米汽车1月、2月交付均超过2万辆，3月交付超2.9万辆，一季度合计交付75869辆。

二季度，小米汽车4月、5月交付均超过2.8万辆，6月超过2.5万辆，单季交付81302辆。

进入下半年，随着YU7上市，小米汽车7月、8月交付均超过3万辆，9月首次突破4万辆，三季度交付108796辆。

四季度，10月、11月、12月交付量均超过4万辆，单季交付超14.5万辆。全年来看，小米汽车累计交付超41万辆，\
超额完成年初定下的35万辆目标。

（本文数据来源：小米汽车官方）"""

NZ_2024 = """盘点｜小米汽车的2024年：造车元年的成绩单

2025-01-03 09:30 来源：新京报

3月28日，小米SU7正式上市，4月3日开启交付。4月交付超7000辆，5月交付超8600辆，6月交付超1万辆，\
此后连续三个月均超过1万辆。

10月，小米汽车单月交付首次突破2万辆；11月、12月也都超过了2万辆。

全年来看，小米汽车交付超13.5万辆，全年交付目标从最初的10万辆两次上调至13万辆，最终超额完成。"""

# --- 召回公告 ------------------------------------------------------------------------------

RC_RECALL = """小米汽车召回部分SU7标准版 涉及11万余辆

2025-09-19 16:00 来源：国家市场监督管理总局网站

近日，小米汽车科技有限公司根据《缺陷汽车产品召回管理条例》和《缺陷汽车产品召回管理条例实施办法》的要求，\
向国家市场监督管理总局备案了召回计划。自2025年9月19日起，召回生产日期在2024年2月6日至2025年8月30日\
期间的部分SU7标准版电动汽车，共计116887辆。

本次召回范围内的车辆，在L2高速领航辅助驾驶功能开启的某些情况下，对极端特殊场景的识别、预警或处置可能\
不足。小米汽车将通过汽车远程升级（OTA）技术，为召回范围内的车辆免费升级软件。

截至8月底，小米SU7自上市以来累计交付已超过30万辆。"""

# --- 交付周期 / 在手订单 ---------------------------------------------------------------------

WT_ORDERS = """小米YU7在手订单仍超14万台 等车周期最长近一年

2025-08-05 10:15 来源：经济观察网

8月1日，小米汽车公布，7月交付量超过3万辆。不过，对于已经下单的用户而言，等车仍是最大的困扰。

小米集团总裁卢伟冰近日表示，截至7月底，小米YU7在手订单仍超过14万台。小米汽车App显示，YU7标准版的预计\
交付时间为50至53周，Max版也需要等待33至36周。

为缓解交付压力，小米汽车北京工厂已开启双班生产，二期工厂预计将于年内投产。"""

# --- 门店、城市、服务网点、研发人员 -------------------------------------------------------------

ST_NETWORK = """小米汽车渠道扩张提速：门店已达420家

2025-12-20 14:30 来源：21世纪经济报道

小米汽车近日对外披露，截至11月底，小米汽车已在全国86个城市开设门店420家，服务网点达到230家。

在研发方面，小米汽车研发团队规模已超过5000人，其中智能驾驶团队超过1800人。

业内人士认为，门店网络的铺开是小米汽车销量快速爬坡的重要原因之一。"""

STT_TW = """小米汽車門市突破500家 明年拚700家

2026-03-12 09:40 工商時報／記者 林佳慧

小米集團表示，小米汽車門市已覆蓋中國大陸逾100座城市，門市總數達到500家，並計劃明年底前擴展至700家。

小米汽車目前在售車款包括SU7、SU7 Ultra與YU7，售價區間約為人民幣21.59萬元至52.99萬元。"""

# --- 业绩会上调全年目标 ------------------------------------------------------------------------

YJ_RAISE = """小米汽车去年交付超13.6万辆 今年目标上调至35万辆

2025-03-18 21:30 来源：证券时报

3月18日，小米集团发布2024年第四季度及全年业绩。2024年第四季度，小米汽车交付69697辆；2024年全年，小米\
汽车交付136854辆。

财报显示，智能电动汽车等创新业务第四季度收入167亿元，全年收入328亿元，全年毛利率18.5%，全年经调整净亏损\
62亿元。

在当晚的业绩会上，小米集团总裁卢伟冰表示，小米汽车今年的交付目标由30万辆上调至35万辆。"""

YJ_RAISE2 = """小米汽车上半年交付约25.6万辆 全年目标上调至60万辆

2026-08-20 20:05 来源：界面新闻

小米集团8月20日发布中期业绩。今年上半年，小米汽车交付约25.6万辆。

在随后的业绩会上，卢伟冰宣布，小米汽车今年全年交付目标由55万辆上调至60万辆。他表示，北京工厂三期投产后，\
下半年产能将明显提升。"""

# --- 港交所公告 ----------------------------------------------------------------------------

HK_ANN = """小米集团-W（01810）公布截至2025年9月30日止三个月业绩

2025-11-18 16:45 来源：港交所披露易

小米集团-W公告，截至2025年9月30日止三个月，集团总收入为人民币1131亿元。

分部资料（单位：人民币亿元）
分部 | 2025年第三季度 | 2025年第二季度
智能电动汽车及AI等创新业务收入 | 290.0 | 213.0
智能电动汽车及AI等创新业务经营收益／（亏损） | 7.0 | (3.0)

本季度交付新车108796辆，上季度交付81302辆。"""

HKT_VOL = """小米集團－W（01810）自願性公告 智能電動汽車業務最新情況

2025-11-03 香港交易及結算所有限公司

本公告乃小米集團（「本公司」）自願作出。本公司董事會欣然宣佈，於2025年10月，本集團智能電動汽車交付量\
超過40,000輛。截至2025年10月31日，本集團智能電動汽車累計交付量已超過440,000輛。

本公司股東及潛在投資者於買賣本公司證券時務請審慎行事。

承董事會命
小米集團
主席
雷軍"""

# --- 雷军年度演讲 --------------------------------------------------------------------------

LJ_SPEECH = """雷军年度演讲划重点：小米汽车累计交付超35万辆

2025-09-26 08:30 来源：IT之家

9月25日晚，雷军第六次年度演讲在北京举行。演讲中，雷军回顾了小米汽车过去一年的历程。

雷军透露，截至8月底，小米汽车累计交付已超过35万辆。他回忆，6月26日YU7上市当晚，3分钟大定就突破了20万台，\
“那一刻我既兴奋又焦虑”。

雷军还表示，北京工厂一二期合计年产能已达30万辆。

此外，演讲中发布的小米17系列起售价为4499元。"""

# --- negatives -----------------------------------------------------------------------------

NG_PHONE = """小米双11战报：手机、家电全面开花

2025-11-12 00:30 来源：快科技

小米公布双11战报：截至11月11日23:59，小米全渠道累计支付金额突破290亿元，小米17系列销量突破200万台，\
小米空调销量超过150万台，小米冰箱销量超过60万台。

此外，小米汽车门店在双11期间同样人气火爆。"""

NG_RIVAL = """零跑11月交付突破7万辆 再创新势力单月纪录

2025-12-01 11:00 来源：汽车之家

零跑汽车12月1日公布，11月交付新车70327辆，同比增长超过75%，再度刷新新势力单月交付纪录，领先小米、理想、\
蔚来等品牌。今年前11个月，零跑累计交付超过53万辆，提前完成全年50万辆目标。

零跑汽车创始人朱江明表示，明年的销量目标是100万辆。"""

NG_STOCK = """小米集团股价年内涨超150% 市值突破1.5万亿港元

2025-06-30 16:20 来源：格隆汇

小米集团今日收涨3.2%，报59.8港元，年内累计涨幅超过150%，总市值突破1.5万亿港元。YU7上市后，多家券商上调\
小米目标价，最高目标价达80港元。

分析人士认为，市场对小米汽车业务的预期持续升温。"""

NG_SPECS = """小米SU7 Ultra纽北圈速6分22秒 刷新四门车纪录

2025-04-02 10:00 来源：懂车帝

小米SU7 Ultra量产车在纽博格林北环赛道跑出7分04秒957的圈速，刷新量产电动四门车纪录。该车搭载三电机，最大\
马力1548匹，零百加速1.98秒，最高车速350km/h，CLTC续航630公里，电池容量93.7kWh。

此前，小米SU7 Ultra原型车曾跑出6分46秒874的圈速。"""


CASES = [
    article(
        "新势力1月交付榜：零跑继续领跑，小米稳居前三",
        JB_LIST,
        D(2026, 2, 1),
        "zh",
        [dlv(AUTO, 30000, MORE, **month(2026, 1))],
    ),
    article(
        "8月新势力成绩单：零跑再破5万，小米连续两月站稳3万辆",
        JB_PARA,
        D(2025, 9, 1),
        "zh",
        [dlv(AUTO, 30000, MORE, **month(2025, 8))],
    ),
    article(
        "中國新勢力12月交車出爐 小米全年逾41萬輛",
        JBT_TW,
        D(2026, 1, 2),
        "zh",
        [
            dlv(AUTO, 50000, MORE, **month(2025, 12)),
            dlv(AUTO, 410000, MORE, **year(2025)),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "小米集团（01810.HK）跟踪点评：YU7订单强劲，上调汽车交付预测",
        YB_UP,
        D(2025, 7, 10),
        "zh",
        [
            orders("locked_orders", YU7, 240000, qualifier=MORE, **WINDOW),
            fcst(AUTO, 380000, **year(2025)),
            fcst(AUTO, 330000, **year(2025)),
            fcst(AUTO, 600000, **year(2026)),
            fcst(AUTO, 105000, ABOUT, **quarter(2025, 3)),
        ],
    ),
    article(
        "研报｜下调小米汽车全年交付预测，维持中性评级",
        YB_DOWN,
        D(2026, 4, 20),
        "zh",
        [
            dlv(AUTO, 81000, ABOUT, **quarter(2026, 1)),
            fcst(AUTO, 550000, **year(2026)),
            fcst(AUTO, 480000, **year(2026)),
        ],
        xf=(
            "据估算…今年一季度交付约8.1万辆, told on April 20 of a quarter that has ended, "
            "should be an actual (about 81,000, Q1 2026): it is a forecast"
        ),
    ),
    article(
        "小米集团深度报告：汽车业务进入盈利期",
        YB_TABLE,
        D(2025, 12, 8),
        "zh",
        [
            dlv(AUTO, 137000, **year(2024)),
            fcst(AUTO, 410000, **year(2025)),
            fcst(AUTO, 600000, **year(2026)),
            fcst(AUTO, 800000, **year(2027)),
            money("revenue", 3.21e10, status="actual", **year(2024)),
            money("revenue", 1.06e11, status="forecast", **year(2025)),
            money("revenue", 1.53e11, status="forecast", **year(2026)),
            money("revenue", 2.0e11, status="forecast", **year(2027)),
        ],
    ),
    article(
        "小米汽车一年到底能卖多少辆车？",
        QA_ZHIHU,
        D(2025, 10, 20),
        "zh",
        [
            dlv(AUTO, 135000, MORE, **year(2024)),
            dlv(AUTO, 266000, ABOUT, **first_months(2025, 9)),
            dlv(AUTO, 400000, MORE, **total_to(D(2025, 9, 30))),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "现在下单小米YU7，要等多久才能提车？",
        QA_WAIT,
        D(2025, 12, 10),
        "zh",
        [dlv(YU7, 150000, MORE, **total_to(D(2025, 11, 30)))],
    ),
    article(
        "小米造车到底赚不赚钱？",
        QA_PROFIT,
        D(2025, 11, 25),
        "zh",
        [
            op_profit(7e8, **quarter(2025, 3)),
            money("net_loss", 3e8, **quarter(2025, 2)),
            money("net_loss", 5e8, **quarter(2025, 1)),
            price(AUTO, 260000, qualifier=ABOUT, **quarter(2025, 3)),
        ],
    ),
    article(
        "年终盘点｜小米汽车的2025：从30万到41万",
        NZ_2025,
        D(2026, 1, 5),
        "zh",
        [
            dlv(AUTO, 20000, MORE, **month(2025, 1)),
            dlv(AUTO, 20000, MORE, **month(2025, 2)),
            dlv(AUTO, 29000, MORE, **month(2025, 3)),
            dlv(AUTO, 75869, **quarter(2025, 1)),
            dlv(AUTO, 28000, MORE, **month(2025, 4)),
            dlv(AUTO, 28000, MORE, **month(2025, 5)),
            dlv(AUTO, 25000, MORE, **month(2025, 6)),
            dlv(AUTO, 81302, **quarter(2025, 2)),
            dlv(AUTO, 30000, MORE, **month(2025, 7)),
            dlv(AUTO, 30000, MORE, **month(2025, 8)),
            dlv(AUTO, 40000, MORE, **month(2025, 9)),
            dlv(AUTO, 108796, **quarter(2025, 3)),
            dlv(AUTO, 40000, MORE, **month(2025, 10)),
            dlv(AUTO, 40000, MORE, **month(2025, 11)),
            dlv(AUTO, 40000, MORE, **month(2025, 12)),
            dlv(AUTO, 145000, MORE, **quarter(2025, 4)),
            dlv(AUTO, 410000, MORE, **year(2025)),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "盘点｜小米汽车的2024年：造车元年的成绩单",
        NZ_2024,
        D(2025, 1, 3),
        "zh",
        [
            dlv(AUTO, 7000, MORE, **month(2024, 4)),
            dlv(AUTO, 8600, MORE, **month(2024, 5)),
            dlv(AUTO, 10000, MORE, **month(2024, 6)),
            dlv(AUTO, 20000, MORE, **month(2024, 10)),
            dlv(AUTO, 20000, MORE, **month(2024, 11)),
            dlv(AUTO, 20000, MORE, **month(2024, 12)),
            dlv(AUTO, 135000, MORE, **year(2024)),
            goal(100000, **year(2024)),
            goal(130000, **year(2024)),
        ],
    ),
    article(
        "小米汽车召回部分SU7标准版 涉及11万余辆",
        RC_RECALL,
        D(2025, 9, 19),
        "zh",
        [dlv(SU7, 300000, MORE, **total_to(D(2025, 8, 31)))],
    ),
    article(
        "小米YU7在手订单仍超14万台 等车周期最长近一年",
        WT_ORDERS,
        D(2025, 8, 5),
        "zh",
        [
            dlv(AUTO, 30000, MORE, **month(2025, 7)),
            ev(YU7, metric="orders", value=140000, qualifier=MORE, as_of=D(2025, 7, 31)),
        ],
    ),
    article(
        "小米汽车渠道扩张提速：门店已达420家",
        ST_NETWORK,
        D(2025, 12, 20),
        "zh",
        [
            other("stores", 420),
            other("service centres", 230),
            staff(5000, MORE),
            staff(1800, MORE),
        ],
    ),
    article(
        "小米汽車門市突破500家 明年拚700家",
        STT_TW,
        D(2026, 3, 12),
        "zh",
        [
            other("stores", 500),
            other("stores", 700, status="target"),
            price(AUTO, 215900, value_max=529900, qualifier="at_least"),
        ],
    ),
    article(
        "小米汽车去年交付超13.6万辆 今年目标上调至35万辆",
        YJ_RAISE,
        D(2025, 3, 18),
        "zh",
        [
            dlv(AUTO, 69697, **quarter(2024, 4)),
            dlv(AUTO, 136854, **year(2024)),
            money("revenue", 1.67e10, **quarter(2024, 4)),
            money("revenue", 3.28e10, **year(2024)),
            margin(18.5, **year(2024)),
            money("net_loss", 6.2e9, **year(2024)),
            goal(300000, **year(2025)),
            goal(350000, **year(2025)),
        ],
    ),
    article(
        "小米汽车上半年交付约25.6万辆 全年目标上调至60万辆",
        YJ_RAISE2,
        D(2026, 8, 20),
        "zh",
        [
            dlv(AUTO, 256000, ABOUT, **half(2026)),
            goal(550000, **year(2026)),
            goal(600000, **year(2026)),
        ],
    ),
    article(
        "小米集团-W（01810）公布截至2025年9月30日止三个月业绩",
        HK_ANN,
        D(2025, 11, 18),
        "zh",
        [
            ev(GROUP, metric="revenue", value=1.131e11, unit="CNY", **quarter(2025, 3)),
            money("revenue", 2.9e10, **quarter(2025, 3)),
            money("revenue", 2.13e10, **quarter(2025, 2)),
            op_profit(7e8, **quarter(2025, 3)),
            money("net_loss", 3e8, **quarter(2025, 2)),
            dlv(AUTO, 108796, **quarter(2025, 3)),
            dlv(AUTO, 81302, **quarter(2025, 2)),
        ],
    ),
    article(
        "小米集團－W（01810）自願性公告 智能電動汽車業務最新情況",
        HKT_VOL,
        D(2025, 11, 3),
        "zh",
        [
            dlv(AUTO, 40000, MORE, **month(2025, 10)),
            dlv(AUTO, 440000, MORE, **total_to(D(2025, 10, 31))),
        ],
    ),
    article(
        "雷军年度演讲划重点：小米汽车累计交付超35万辆",
        LJ_SPEECH,
        D(2025, 9, 26),
        "zh",
        [
            dlv(AUTO, 350000, MORE, **total_to(D(2025, 8, 31))),
            orders("orders", YU7, 200000, qualifier=MORE, **WINDOW),
            cap(300000),
        ],
    ),
    article("小米双11战报：手机、家电全面开花", NG_PHONE, D(2025, 11, 12), "zh", []),
    article("零跑11月交付突破7万辆 再创新势力单月纪录", NG_RIVAL, D(2025, 12, 1), "zh", []),
    article("小米集团股价年内涨超150% 市值突破1.5万亿港元", NG_STOCK, D(2025, 6, 30), "zh", []),
    article("小米SU7 Ultra纽北圈速6分22秒 刷新四门车纪录", NG_SPECS, D(2025, 4, 2), "zh", []),
]


@run(CASES)
def test_chinese_articles19(
    title: str, body: str, published: dt.date, lang: str | None, want: list[dict[str, Any]]
) -> None:
    check_article(title, body, published, lang, want)
