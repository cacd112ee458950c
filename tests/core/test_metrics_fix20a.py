"""fix20a: four families of the English and Chinese extractor.

1. A count of the shops cars are sold in ("its sales outlets now total 280", 销售门店已达280家,
   "the number of its car stores reached 300") is a store count (`other`, label "stores"), never
   cars delivered: the word "sales" in "sales outlets" names the shops. A bare store count with
   no car word ("Xiaomi has 15,000 stores", the Xiaomi Home shops) gives no car store count.
2. A rhetorical opening that tells a price before naming the car ("Imagine a car that costs
   215,900 yuan: Xiaomi's SU7 does", 一辆21.59万元起售的纯电轿车，这就是小米SU7) gives that
   model's price; a supposed car with no model tied to it ("a car that cost 500,000 yuan would
   …") gives nothing.
3. Orders a buyer can no longer back out of, said other ways ("binding orders", "confirmed
   orders", "orders that can no longer be cancelled") are locked_orders, as 锁单 is; "firm
   orders" and 大定 stay orders (the project's convention, test_metrics_review10.py).
4. A results text of Xiaomi's that then says 本集团 / 集团 / "the Group" without the name: the
   car business's figures are Xiaomi Auto's.

All sentences written for this file; expectations decided before the extractor ran.
"""

import datetime as dt

import pytest

from pipelines.core.metrics import extract_events

D = dt.date
AUTO = "Xiaomi Auto"
SU7 = "Xiaomi SU7"
YU7 = "Xiaomi YU7"
ULTRA = "Xiaomi SU7 Ultra"
Q3_2025 = D(2025, 7, 1)


def _read(text: str, language: str) -> list[tuple]:
    return [
        (e.subject, e.metric, e.qualifier, e.value, e.label)
        for e in extract_events(text, published=D(2025, 12, 2), language=language)
    ]


# --- 1. the sales network's size --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        ("Xiaomi Auto's sales outlets now total 280.", "en", (AUTO, "exact", 280.0)),
        (
            "Xiaomi Auto said its car sales outlets now total 320 across 75 cities.",
            "en",
            (AUTO, "exact", 320.0),
        ),
        (
            "Xiaomi Auto's sales stores have grown to 340 in 90 cities.",
            "en",
            (AUTO, "exact", 340.0),
        ),
        (
            "Xiaomi EV's retail outlets numbered 265 at the end of May.",
            "en",
            (AUTO, "exact", 265.0),
        ),
        (
            "Xiaomi Auto's sales outlets stood at 290 at the end of September.",
            "en",
            (AUTO, "exact", 290.0),
        ),
        (
            "Xiaomi Auto's sales outlets totalled 305 in 68 cities by the end of the third quarter.",
            "en",
            (AUTO, "exact", 305.0),
        ),
        ("Xiaomi's car sales outlets reached 360, the company said.", "en", (AUTO, "exact", 360.0)),
        (
            "The number of Xiaomi car stores reached 300 by the end of June.",
            "en",
            (AUTO, "exact", 300.0),
        ),
        ("Xiaomi Auto now operates 310 sales outlets nationwide.", "en", (AUTO, "exact", 310.0)),
        ("小米汽车销售门店已达280家。", "zh", (AUTO, "exact", 280.0)),
        ("小米汽车的销售网点已扩展至300家，覆盖70座城市。", "zh", (AUTO, "exact", 300.0)),
        ("截至6月底，小米汽车销售门店总数达到305家。", "zh", (AUTO, "exact", 305.0)),
        ("小米汽车目前共有销售门店318家。", "zh", (AUTO, "exact", 318.0)),
        ("小米汽车零售门店已达300家。", "zh", (AUTO, "exact", 300.0)),
        ("小米汽车销售门店数量突破400家。", "zh", (AUTO, "more_than", 400.0)),
        ("Xiaomi Auto's sales outlets grew to 345.", "en", (AUTO, "exact", 345.0)),
        ("Xiaomi Auto's sales outlets now number more than 350.", "en", (AUTO, "more_than", 350.0)),
        ("Xiaomi Auto's sales showrooms now total about 300.", "en", (AUTO, "about", 300.0)),
        ("截至10月底，小米汽车销售门店共计335家。", "zh", (AUTO, "exact", 335.0)),
        ("小米汽车在全国拥有336家销售门店。", "zh", (AUTO, "exact", 336.0)),
    ],
)
def test_sales_outlets_are_a_store_count(text, language, want):
    assert _read(text, language) == [(want[0], "other", want[1], want[2], "stores")]


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        # the owner told in the sentence before, the stores the subject of their verb
        ("Xiaomi Auto opened new shops in Chengdu. Its car stores now total 402.", "en", 402.0),
        (
            "Xiaomi Auto opened new shops in Chengdu. It now runs 402 car stores nationwide.",
            "en",
            402.0,
        ),
        ("小米汽车在成都开设新店。其销售门店已达402家。", "zh", 402.0),
        ("小米汽车在成都开设新店。目前销售门店已达395家。", "zh", 395.0),
        ("小米集团公布第三季度业绩。截至2025年9月30日，本集团共有402家汽车销售门店。", "zh", 402.0),
    ],
)
def test_store_count_with_its_owner_told_before(text, language, want):
    assert _read(text, language) == [(AUTO, "other", "exact", want, "stores")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # no car word: the phone shops, or whose the stores are is unclear
        ("Xiaomi has 15,000 stores in mainland China.", "en"),
        ("Xiaomi Home stores now total 16,000.", "en"),
        ("Xiaomi's stores rose to 16,000.", "en"),
        ("Xiaomi's sales outlets now total 15,000 across China.", "en"),
        ("小米之家门店已达15000家。", "zh"),
        ("小米在中国大陆拥有超过15000家门店。", "zh"),
        ("Xiaomi said it would expand. Its stores now total 15,000.", "en"),
        # a rival's stores
        ("NIO opened new shops in Chengdu. Its stores now number 402.", "en"),
        ("蔚来在成都开设新店。其销售门店已达402家。", "zh"),
    ],
)
def test_no_car_store_count_nor_deliveries(text, language):
    got = _read(text, language)
    assert [r for r in got if r[0] == AUTO] == []
    assert [r for r in got if r[1] == "deliveries"] == []


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        # "sales" that are cars sold stay deliveries
        ("Xiaomi Auto's sales totalled 40,000 in October.", "en", 40000.0),
        ("Sales at Xiaomi Auto's stores rose to 41,000 in October.", "en", 41000.0),
        ("Xiaomi Auto's sales network delivered 42,000 cars in October.", "en", 42000.0),
        ("小米汽车10月销量突破4万辆。", "zh", 40000.0),
        ("小米汽车零售量10月达4.3万辆。", "zh", 43000.0),
        ("Xiaomi Auto's sales outlets sold 44,000 cars in October.", "en", 44000.0),
        ("小米汽车销售门店10月共售出4.5万辆。", "zh", 45000.0),
    ],
)
def test_cars_sold_stay_deliveries(text, language, want):
    assert [(r[0], r[1], r[3]) for r in _read(text, language)] == [(AUTO, "deliveries", want)]


# --- 2. a price told before the car is named --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        ("Imagine a car that costs 215,900 yuan: Xiaomi's SU7 does.", "en", (SU7, 215900.0)),
        (
            "Picture an electric sedan that costs 215,900 yuan - the Xiaomi SU7 is that car.",
            "en",
            (SU7, 215900.0),
        ),
        ("Think of an SUV priced at 253,500 yuan: that is Xiaomi's YU7.", "en", (YU7, 253500.0)),
        ("Imagine an SUV that starts at 253,500 yuan - meet the YU7.", "en", (YU7, 253500.0)),
        (
            "A sedan that starts at 215,900 yuan: that is what Xiaomi's SU7 offers.",
            "en",
            (SU7, 215900.0),
        ),
        (
            "Suppose a supercar that costs 529,900 yuan: the SU7 Ultra is that car.",
            "en",
            (ULTRA, 529900.0),
        ),
        ("想象一辆售价21.59万元的轿车：小米SU7就是。", "zh", (SU7, 215900.0)),
        ("一辆21.59万元起售的纯电轿车，这就是小米SU7。", "zh", (SU7, 215900.0)),
        ("设想一款售价25.35万元的SUV，答案是小米YU7。", "zh", (YU7, 253500.0)),
        ("Picture a sedan priced from 215,900 yuan: meet Xiaomi's SU7.", "en", (SU7, 215900.0)),
        ("Here is a sedan that costs 215,900 yuan - the SU7.", "en", (SU7, 215900.0)),
        (
            "An EV that sells for 215,900 yuan, with 700 km of range: that's the SU7.",
            "en",
            (SU7, 215900.0),
        ),
        ("有这样一辆车，售价21.59万元，它就是小米SU7。", "zh", (SU7, 215900.0)),
        ("一款售价25.35万元的SUV，正是小米YU7。", "zh", (YU7, 253500.0)),
        # the model told first, the generic noun after it
        ("The SU7, a sedan that costs 215,900 yuan, sold well.", "en", (SU7, 215900.0)),
        ("For a car that costs 529,900 yuan, the SU7 Ultra sold well.", "en", (ULTRA, 529900.0)),
        ("小米SU7是一辆21.59万元起售的纯电轿车。", "zh", (SU7, 215900.0)),
        ("小米SU7以21.59万元起售。", "zh", (SU7, 215900.0)),
        # the figure right after a full-width comma
        ("小米SU7上市，21.59万元起售。", "zh", (SU7, 215900.0)),
        ("小米YU7正式开售，25.35万元起售。", "zh", (YU7, 253500.0)),
        ("小米SU7正式上市，21.59万元起。", "zh", (SU7, 215900.0)),
    ],
)
def test_price_told_before_the_car_is_named(text, language, want):
    assert _read(text, language) == [(want[0], "price", "exact", want[1], None)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("A car that cost 500,000 yuan would be out of reach for most buyers.", "en"),
        ("A car that costs 500,000 yuan would be a hard sell for Xiaomi, analysts said.", "en"),
        ("A car that costs 450,000 yuan would be a rival to the SU7 Ultra.", "en"),
        ("Imagine a car that costs 1 million yuan; few people would buy it, Lei Jun said.", "en"),
        ("Imagine a car that costs 100,000 yuan less than the SU7.", "en"),
        ("Imagine a car that costs 300,000 yuan: the SU7 is cheaper.", "en"),
        ("一辆售价50万元的车，对大多数消费者来说都太贵了。", "zh"),
        ("小米汽车表示，一辆售价50万元的车很难卖。", "zh"),
        ("一辆售价50万元的车可能会与小米SU7 Ultra竞争。", "zh"),
        ("有这样一辆车，售价50万元，很多人都买不起。", "zh"),
        (
            "A car that costs 480,000 yuan, with a top speed of 350 km/h, would rival the SU7 Ultra.",
            "en",
        ),
    ],
)
def test_a_supposed_car_gives_no_price(text, language):
    assert [r for r in _read(text, language) if r[1] == "price"] == []


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        # the car named in the sentence right after the price
        (
            "Imagine a family SUV that sells for 253,500 yuan. Xiaomi's YU7 does exactly that.",
            "en",
            [(YU7, "price", "exact", 253500.0, None)],
        ),
        (
            "What kind of sedan costs 215,900 yuan? The Xiaomi SU7.",
            "en",
            [(SU7, "price", "exact", 215900.0, None)],
        ),
        (
            "想象一辆售价25.35万元的SUV。小米YU7就是这样一款车。",
            "zh",
            [(YU7, "price", "exact", 253500.0, None)],
        ),
        # no tie in the sentence after: nothing of the supposed car
        ("Imagine a car that costs 500,000 yuan. The SU7 Ultra is cheaper.", "en", []),
        (
            "Imagine an SUV costing 253,500 yuan, with 800 km of range. That's the YU7.",
            "en",
            [(YU7, "price", "exact", 253500.0, None)],
        ),
        (
            "A car that costs 500,000 yuan would be hard to sell. The SU7 sold 20,000 in May.",
            "en",
            [(SU7, "deliveries", "exact", 20000.0, None)],
        ),
    ],
)
def test_price_tied_in_the_next_sentence(text, language, want):
    assert _read(text, language) == want


# --- 3. locked orders in other words ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        (
            "The YU7 collected more than 240,000 binding orders in its first 18 hours.",
            "en",
            (YU7, "more_than", 240000.0),
        ),
        (
            "Binding orders for the YU7 topped 230,000 within 18 hours of the launch.",
            "en",
            (YU7, "more_than", 230000.0),
        ),
        (
            "Xiaomi said the YU7 had 240,000 confirmed orders 18 hours after its launch.",
            "en",
            (YU7, "exact", 240000.0),
        ),
        (
            "Confirmed orders for the SU7 reached 75,723 as of April 24.",
            "en",
            (SU7, "exact", 75723.0),
        ),
        (
            "Xiaomi said orders for the SU7 that could no longer be cancelled reached 75,700.",
            "en",
            (SU7, "exact", 75700.0),
        ),
        (
            "Orders which can no longer be refunded topped 75,000 for the SU7.",
            "en",
            (SU7, "more_than", 75000.0),
        ),
        ("Xiaomi has secured 75,723 locked-in orders for the SU7.", "en", (SU7, "exact", 75723.0)),
        ("截至4月24日，小米SU7锁单量达到75723台。", "zh", (SU7, "exact", 75723.0)),
        ("小米YU7上市18小时锁单突破24万台。", "zh", (YU7, "more_than", 240000.0)),
        ("截至目前，小米YU7锁定订单已超过23万台。", "zh", (YU7, "more_than", 230000.0)),
        ("小米SU7已锁定订单75723台。", "zh", (SU7, "exact", 75723.0)),
        ("小米YU7已获得超过24万份锁单。", "zh", (YU7, "more_than", 240000.0)),
        (
            "The YU7 logged 240,000 irrevocable orders within 18 hours.",
            "en",
            (YU7, "exact", 240000.0),
        ),
        (
            "Xiaomi said 220,000 of the YU7 orders were non-refundable.",
            "en",
            (YU7, "exact", 220000.0),
        ),
        ("小米YU7定金不可退的订单已超过24万台。", "zh", (YU7, "more_than", 240000.0)),
        ("小米YU7不可退订的订单突破22万台。", "zh", (YU7, "more_than", 220000.0)),
    ],
)
def test_locked_orders_said_other_ways(text, language, want):
    got = [(r[0], r[2], r[3]) for r in _read(text, language) if r[1] == "locked_orders"]
    assert got == [want]
    assert [r for r in _read(text, language) if r[1] == "orders"] == []


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        # firm orders and 大定 are orders (the buyer may still back out)
        ("The YU7 received 240,000 firm orders within 18 hours.", "en", (YU7, 240000.0)),
        ("The SU7 Ultra got 15,000 firm orders in two hours.", "en", (ULTRA, 15000.0)),
        ("小米YU7上市3分钟大定突破20万台。", "zh", (YU7, 200000.0)),
        ("小米SU7 Ultra大定订单已超过1.5万台。", "zh", (ULTRA, 15000.0)),
        # "confirmed" the verb: orders, not the orders confirmed
        ("Xiaomi confirmed orders for the YU7 had passed 250,000.", "en", (YU7, 250000.0)),
    ],
)
def test_firm_orders_and_dading_stay_orders(text, language, want):
    assert [(r[0], r[1], r[3]) for r in _read(text, language)] == [(want[0], "orders", want[1])]


# --- 4. 本集团 / the Group in a Xiaomi results text ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        (
            "小米集团公布2025年第三季度业绩。本集团智能电动汽车等创新业务收入为290亿元。",
            "zh",
            [("revenue", 29e9)],
        ),
        (
            "小米集团公布2025年第三季度业绩。本集团交付新车108796辆。",
            "zh",
            [("deliveries", 108796.0)],
        ),
        (
            "小米集团公布第三季度业绩。\n报告期内，手机出货量保持稳定。\n集团交付新车108,796辆，创单季新高。",
            "zh",
            [("deliveries", 108796.0)],
        ),
        (
            "小米集团公布第三季度业绩。\n本季度，本集团交付新车108,796辆，智能电动汽车等创新业务分部收入达290亿元。",
            "zh",
            [("deliveries", 108796.0), ("revenue", 29e9)],
        ),
        (
            "小米集团发布第三季度财报。\n本集团智能电动汽车等创新业务分部经营亏损为人民币3亿元。",
            "zh",
            [("net_loss", 3e8)],
        ),
        (
            "小米集团公布第三季度业绩。\n本集团的智能电动汽车业务交付量为108,796辆。",
            "zh",
            [("deliveries", 108796.0)],
        ),
        (
            "Xiaomi Corporation announced its third-quarter results.\nThe Group delivered "
            "108,796 new vehicles in the quarter.",
            "en",
            [("deliveries", 108796.0)],
        ),
        (
            "Xiaomi Corporation announced its third-quarter results.\nRevenue from the Group's "
            "smart EV, AI and other new initiatives segment was RMB29.0 billion.",
            "en",
            [("revenue", 29e9)],
        ),
    ],
)
def test_the_group_in_a_xiaomi_results_text(text, language, want):
    got = extract_events(text, published=D(2025, 12, 2), language=language)
    assert [(e.subject, e.metric, e.value, e.period_start) for e in got] == [
        (AUTO, m, v, Q3_2025) for m, v in want
    ]


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        # the whole group's revenue stays the group's
        ("小米集团发布第三季度财报。\n本集团总收入为1131亿元。", "zh", ("Xiaomi Group", "revenue")),
    ],
)
def test_the_groups_own_total_stays_the_groups(text, language, want):
    assert [r[:2] for r in _read(text, language)] == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a rival named in between: 本集团 is still the filer the text opened with
        (
            "小米集团公布第三季度业绩。\n行业方面，比亚迪第三季度销量居首。\n本集团交付新车108,796辆。",
            [("deliveries", 108796.0)],
        ),
        (
            "小米集团公布第三季度业绩。\n据乘联会数据，特斯拉中国10月批发6.1万辆。\n"
            "本集团智能电动汽车等创新业务收入为290亿元。",
            [("revenue", 29e9)],
        ),
    ],
)
def test_the_group_after_a_rival_in_a_xiaomi_results_text(text, want):
    got = extract_events(text, published=D(2025, 12, 2), language="zh")
    assert [(e.subject, e.metric, e.value) for e in got] == [(AUTO, m, v) for m, v in want]


@pytest.mark.parametrize(
    "text",
    [
        "比亚迪发布第三季度财报。本集团交付新车110万辆。",
        # the text opened on the rival: 本集团 is the rival's, though Xiaomi was named since
        "比亚迪发布第三季度财报，小米汽车同日公布交付数据。\n本集团交付新车110万辆。",
        # not the filer's word: the rival named last
        "小米集团公布第三季度业绩。\n行业方面，比亚迪第三季度销量居首。\n该公司交付新车110万辆。",
    ],
)
def test_another_makers_group_gives_nothing(text):
    assert _read(text, "zh") == []
