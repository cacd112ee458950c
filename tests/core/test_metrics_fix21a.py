"""fix21a: families of misses of the fifteenth article probes (test_metrics_articles15.py), each
with sentences of our own, written before the extractor ran, and negative cases.

1. Other companies' numbers are not Xiaomi Auto's: a battery supplier's spending or output, a
   phone series' sales pointed back to ("sales of the series"), a used car's resale price, the
   interest a financing offer saves or what a buyer pays up front.
2. Page noise: a related-links headline's figure; a correction's withdrawn figure.
3. Status: the capacity of a plant that "should come online" or 计划…投产 is a target; 计划…将员工
   扩大至 is a headcount target.
4. Subject: a plant's workforce is the car business's; a model named past ", yet" does not own
   the company's running total.
5. Missed figures: a price told as an adjective ("the 215,900-yuan standard version"), a list
   price in a used-car sentence, 指导价; both ends of "from 25,000 in June to 40,000 in
   September"; a test-drive booking count is reservations (DESIGN.md's taxonomy).
6. Time: a dateline earlier than the publication day anchors "as of Sunday"; 上周（…） and
   本周（…） give their own dates.
"""

import datetime as dt

import pytest

from pipelines.core.metrics import extract_events

D = dt.date
NOV20 = D(2025, 11, 20)


def _read(text: str, language: str, published: dt.date = NOV20) -> list[tuple]:
    return [
        (e.subject, e.metric, e.value, e.qualifier, e.status)
        for e in extract_events(text, published=published, language=language)
    ]


# --- 1. other companies' numbers ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Xiaomi is one of Gotion's larger customers. Gotion will invest 12 billion yuan in "
            "a cell plant in Morocco.",
            "en",
        ),
        (
            "Xiaomi's YU7 uses packs from CATL. CATL aims to lift its sodium-ion output to "
            "50 GWh by 2027 and plans to spend 20 billion yuan on it.",
            "en",
        ),
        (
            "FinDreams supplies the SU7's blade battery. FinDreams expects to ship 300,000 "
            "packs to outside carmakers this year.",
            "en",
        ),
        ("小米汽车是亿纬锂能的重要客户。亿纬锂能计划投资80亿元新建电池工厂。", "zh"),
        ("弗迪电池为小米SU7标准版供应电池。弗迪电池今年将向外部车企供货超过30万套。", "zh"),
    ],
)
def test_a_suppliers_figures_are_not_xiaomis(text, language):
    assert _read(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        # a supplier named beside Xiaomi's own figure leaves it Xiaomi's
        (
            "Xiaomi, a CATL customer since 2024, delivered more than 40,000 cars in October.",
            "en",
            ("Xiaomi Auto", "deliveries", 40000.0, "more_than", "actual"),
        ),
        (
            "Xiaomi, which buys its cells from CATL and FinDreams, aims to deliver 550,000 "
            "cars next year.",
            "en",
            ("Xiaomi Auto", "delivery_target", 550000.0, "exact", "target"),
        ),
        (
            "小米汽车10月交付量超过4万辆，YU7的电池由宁德时代供应。",
            "zh",
            ("Xiaomi Auto", "deliveries", 40000.0, "more_than", "actual"),
        ),
    ],
)
def test_xiaomis_figure_beside_a_supplier_stays_xiaomis(text, language, want):
    assert _read(text, language) == [want]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Xiaomi unveiled the Xiaomi 17 Ultra in Beijing on Thursday. The company said the "
            "new phones sold more than 800,000 units in their first hour.",
            "en",
        ),
        (
            "On Monday Xiaomi put its Redmi K90 series on sale. Sales of the series topped "
            "2 million within a week, the company said.",
            "en",
        ),
        ("小米16系列于昨晚发布。该系列开售10分钟销量突破50万台。", "zh"),
        ("小米发布了Redmi K90手机。新机首销1小时卖出超过20万台。", "zh"),
    ],
)
def test_a_phone_series_pointed_back_to_is_no_car_count(text, language):
    assert _read(text, language, D(2025, 10, 30)) == []


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        # a phone named before, then the car's own count: still the car's
        (
            "Xiaomi showed the Xiaomi 17 and the YU7 on the same stage. The SUV took 240,000 "
            "locked orders within 18 hours.",
            "en",
            ("Xiaomi YU7", "locked_orders", 240000.0, "exact", "actual"),
        ),
        (
            "雷军在发布会上介绍了小米17系列。小米汽车10月交付量超过4万辆。",
            "zh",
            ("Xiaomi Auto", "deliveries", 40000.0, "more_than", "actual"),
        ),
    ],
)
def test_a_car_count_after_a_phone_stays_the_cars(text, language, want):
    assert _read(text, language, D(2025, 11, 3)) == [want]


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        # a resale price is none; the new car's price beside it is
        (
            "A two-year-old YU7 Pro changes hands for about 250,000 yuan on used-car "
            "platforms, against a list price of 279,900 yuan new.",
            "en",
            [("Xiaomi YU7", "price", 279900.0, "exact", "actual")],
        ),
        (
            "One owner resold his SU7 Max for 280,000 yuan last month.",
            "en",
            [],
        ),
        (
            "Bought at 245,900 yuan, the SU7 Pro was resold for 230,000 yuan within a year.",
            "en",
            [("Xiaomi SU7", "price", 245900.0, "exact", "actual")],
        ),
        (
            "The SU7 Pro, bought at 245,900 yuan, was resold for 230,000 yuan within a year.",
            "en",
            [("Xiaomi SU7", "price", 245900.0, "exact", "actual")],
        ),
        (
            "二手平台上，一台2025款小米YU7 Pro报价约25万元，新车官方指导价为27.99万元。",
            "zh",
            [("Xiaomi YU7", "price", 279900.0, "exact", "actual")],
        ),
        ("一台小米SU7 Ultra转手卖出了56万元。", "zh", []),
    ],
)
def test_a_used_cars_price_is_none_the_new_ones_is(text, language, want):
    assert _read(text, language, D(2025, 8, 25)) == want


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        # what a financing offer saves or asks first is no price
        (
            "The deal saves buyers of the YU7 as much as 25,000 yuan in interest.",
            "en",
            [],
        ),
        (
            "Buyers of the SU7 Pro pay 69,900 yuan up front under the new loan plan.",
            "en",
            [],
        ),
        ("购买小米YU7可享3年0息，最高节省利息约1.8万元。", "zh", []),
        # the car's own price in such a sentence stays
        (
            "Under the offer, buyers of the 253,500-yuan YU7 Standard can put down 50,000 "
            "yuan and pay monthly instalments of about 3,400 yuan.",
            "en",
            [("Xiaomi YU7", "price", 253500.0, "exact", "actual")],
        ),
        (
            "A buyer of the 245,900-yuan Pro trim of the SU7 saves about 18,000 yuan in interest.",
            "en",
            [("Xiaomi SU7", "price", 245900.0, "exact", "actual")],
        ),
    ],
)
def test_financing_money_is_no_price(text, language, want):
    assert _read(text, language, D(2025, 11, 6)) == want


# --- 3. status --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        (
            "Xiaomi's third plant phase, with 150,000 units of annual capacity, should come "
            "online next summer.",
            "en",
            ("Xiaomi Auto", "production_capacity", 150000.0, "exact", "target"),
        ),
        (
            "A new Xiaomi Auto line with an annual capacity of 100,000 vehicles is due to "
            "start production in the first quarter.",
            "en",
            ("Xiaomi Auto", "production_capacity", 100000.0, "exact", "target"),
        ),
        (
            "小米汽车工厂三期计划明年年中投产，届时将新增年产能15万辆。",
            "zh",
            ("Xiaomi Auto", "production_capacity", 150000.0, "exact", "target"),
        ),
        (
            "小米汽车计划年底前将研发团队扩大至约6000人。",
            "zh",
            ("Xiaomi Auto", "headcount", 6000.0, "about", "target"),
        ),
        # a phase that is running is an actual
        (
            "Xiaomi's second plant phase, which came online in June, adds 150,000 units of "
            "annual capacity.",
            "en",
            ("Xiaomi Auto", "production_capacity", 150000.0, "exact", "actual"),
        ),
        (
            "小米汽车工厂二期已于6月建成投产，新增年产能15万辆。",
            "zh",
            ("Xiaomi Auto", "production_capacity", 150000.0, "exact", "actual"),
        ),
    ],
)
def test_a_plant_yet_to_run_is_a_target(text, language, want):
    assert _read(text, language, D(2025, 7, 10)) == [want]


# --- 4. subject -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        (
            "Xiaomi plans to lift the factory's workforce to roughly 12,000 by the end of "
            "the year.",
            "en",
            ("Xiaomi Auto", "headcount", 12000.0, "about", "target"),
        ),
        (
            "Xiaomi now has more than 9,000 workers at its Yizhuang car plant.",
            "en",
            ("Xiaomi Auto", "headcount", 9000.0, "more_than", "actual"),
        ),
        (
            "小米计划明年将工厂员工扩大至1.2万人。",
            "zh",
            ("Xiaomi Auto", "headcount", 12000.0, "exact", "target"),
        ),
    ],
)
def test_a_plants_workforce_is_the_car_business(text, language, want):
    assert _read(text, language, D(2025, 7, 10)) == [want]


def test_a_phone_plants_workforce_is_not_the_car_business():
    text = "Xiaomi plans to raise the smartphone factory's workforce to about 4,000."
    assert [r for r in _read(text, "en") if r[0] == "Xiaomi Auto"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Xiaomi has delivered more than 300,000 cars since launch, yet YU7 buyers still wait "
        "for months.",
        "Xiaomi has handed over more than 300,000 cars so far, although the YU7 is still hard "
        "to get.",
        "Xiaomi has delivered more than 300,000 cars since launch, even though the YU7 went on "
        "sale only in June.",
    ],
)
def test_a_model_past_yet_does_not_own_the_companys_total(text):
    got = [r[:2] for r in _read(text, "en", D(2025, 8, 25))]
    assert got == [("Xiaomi Auto", "deliveries")]


# --- 2. page noise ----------------------------------------------------------------------------

OCT = ("Xiaomi Auto", "deliveries", 40000.0, "more_than", "actual")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "小米汽车10月交付量超过4万辆。\n\n相关推荐：\n小米YU7上市18小时锁单24万辆\n"
            "小米SU7 Ultra预订量突破1万台\n",
            "zh",
        ),
        ("小米汽车10月交付量超过4万辆。\n\n为你推荐\n小米YU7大定突破20万台\n", "zh"),
        ("小米汽车10月交付量超过4万辆。\n\n相关推荐：小米YU7锁单24万辆\n", "zh"),
        ("小米汽车10月交付量超过4万辆。\n\n精彩推荐\n小米汽车累计交付突破30万辆\n", "zh"),
        (
            "Xiaomi delivered more than 40,000 cars in October.\n\nRelated\nXiaomi YU7 "
            "locked orders hit 240,000 in 18 hours\n",
            "en",
        ),
        (
            "Xiaomi delivered more than 40,000 cars in October.\n\nRead more: Xiaomi SU7 "
            "Ultra pre-orders top 10,000\n",
            "en",
        ),
        (
            "Xiaomi delivered more than 40,000 cars in October.\n\nMore on this topic:\n"
            "- Xiaomi's YU7 draws 289,000 big orders in an hour\n",
            "en",
        ),
    ],
)
def test_a_related_links_headline_is_no_figure_of_the_article(text, language):
    assert _read(text, language, D(2025, 11, 2)) == [OCT]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "In a related development, Xiaomi delivered more than 40,000 cars in October.",
            "en",
        ),
        ("另据相关报道，小米汽车10月交付量超过4万辆。", "zh"),
    ],
)
def test_related_in_a_body_sentence_is_no_links_block(text, language):
    assert _read(text, language, D(2025, 11, 2)) == [OCT]


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        (
            "A story published on November 3 said Xiaomi delivered 4,000 cars in October. "
            "That was wrong: Xiaomi delivered more than 40,000.",
            "en",
            [OCT],
        ),
        (
            "Our report on Monday said the YU7 took 24,000 locked orders in 18 hours. That "
            "figure was incorrect; the YU7 took 240,000 locked orders.",
            "en",
            [("Xiaomi YU7", "locked_orders", 240000.0, "exact", "actual")],
        ),
        (
            "本报11月3日报道称小米汽车10月交付4000辆，该数据有误，实际为4万辆以上。",
            "zh",
            [OCT],
        ),
        (
            "此前报道称小米YU7上市18小时锁单2.4万辆。这一数字有误，正确数字为24万辆。",
            "zh",
            [("Xiaomi YU7", "locked_orders", 240000.0, "exact", "actual")],
        ),
        # "X, not Y": Y is the figure set right
        (
            "Xiaomi delivered more than 40,000 cars in October, not 4,000 as we reported.",
            "en",
            [OCT],
        ),
        # a story cited with no retraction stays a source
        (
            "A story published on Monday by a state newspaper said Xiaomi delivered more than "
            "40,000 cars in October.",
            "en",
            [OCT],
        ),
    ],
)
def test_a_corrections_withdrawn_figure_is_none(text, language, want):
    assert _read(text, language, D(2025, 11, 5)) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Xiaomi handed over more than 40,000 cars in October. The year-to-date figure, "
            "which we misstated, is more than 310,000.",
            ("Xiaomi Auto", "deliveries", 310000.0, "more_than", "cumulative", D(2025, 10, 31)),
        ),
        (
            "Xiaomi built more than 42,000 cars in October. The total for the year so far is "
            "about 330,000.",
            ("Xiaomi Auto", "production", 330000.0, "about", "cumulative", D(2025, 10, 31)),
        ),
    ],
)
def test_the_year_to_date_figure_after_a_months_count(text, want):
    events = extract_events(text, published=D(2025, 11, 5), language="en")
    got = [(e.subject, e.metric, e.value, e.qualifier, e.period_kind, e.period_end) for e in events]
    assert got[1:] == [want]


# --- 5. missed figures ------------------------------------------------------------------------


def _months(text: str, language: str) -> list[tuple]:
    return [
        (e.subject, e.metric, e.value, e.qualifier, e.period_kind, e.period_start)
        for e in extract_events(text, published=D(2025, 10, 15), language=language)
    ]


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        (
            "Xiaomi's monthly deliveries rose from 25,000 in June to more than 40,000 in "
            "September.",
            "en",
            [
                ("Xiaomi Auto", "deliveries", 25000.0, "exact", "month", D(2025, 6, 1)),
                ("Xiaomi Auto", "deliveries", 40000.0, "more_than", "month", D(2025, 9, 1)),
            ],
        ),
        (
            "Monthly output at Xiaomi Auto climbed from about 20,000 cars in March to over "
            "30,000 in July.",
            "en",
            [
                ("Xiaomi Auto", "production", 20000.0, "about", "month", D(2025, 3, 1)),
                ("Xiaomi Auto", "production", 30000.0, "more_than", "month", D(2025, 7, 1)),
            ],
        ),
        (
            "小米汽车的月交付量从6月的2.5万辆跃升至9月的4万辆以上。",
            "zh",
            [
                ("Xiaomi Auto", "deliveries", 25000.0, "exact", "month", D(2025, 6, 1)),
                ("Xiaomi Auto", "deliveries", 40000.0, "more_than", "month", D(2025, 9, 1)),
            ],
        ),
        (
            "小米汽车月交付量由3月的约2万辆增至7月的3万辆以上。",
            "zh",
            [
                ("Xiaomi Auto", "deliveries", 20000.0, "about", "month", D(2025, 3, 1)),
                ("Xiaomi Auto", "deliveries", 30000.0, "more_than", "month", D(2025, 7, 1)),
            ],
        ),
    ],
)
def test_both_ends_of_a_rise_between_two_months(text, language, want):
    assert _months(text, language) == want


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        (
            "国庆期间，小米YU7试驾预约超过10万人次。",
            "zh",
            ("Xiaomi YU7", "reservations", 100000.0, "more_than", "actual"),
        ),
        (
            "小米SU7 Ultra的试驾预约量已突破5万。",
            "zh",
            ("Xiaomi SU7 Ultra", "reservations", 50000.0, "more_than", "actual"),
        ),
        (
            "Test-drive bookings for the YU7 topped 100,000 over the holiday.",
            "en",
            ("Xiaomi YU7", "reservations", 100000.0, "more_than", "actual"),
        ),
        (
            "More than 50,000 people have booked test drives of the SU7 Ultra, Xiaomi said.",
            "en",
            ("Xiaomi SU7 Ultra", "reservations", 50000.0, "more_than", "actual"),
        ),
    ],
)
def test_test_drive_bookings_are_reservations(text, language, want):
    assert _read(text, language, D(2025, 10, 8)) == [want]


def test_test_drive_stores_are_no_reservations():
    got = _read("小米汽车提供试驾服务的门店超过200家。", "zh", D(2025, 10, 8))
    assert [r for r in got if r[1] == "reservations"] == []


# --- 6. time ----------------------------------------------------------------------------------


def _dated(text: str, language: str, published: dt.date) -> list[tuple]:
    return [
        (e.subject, e.value, e.period_kind, e.period_start, e.period_end, e.as_of)
        for e in extract_events(text, published=published, language=language)
    ]


@pytest.mark.parametrize(
    ("text", "published", "want"),
    [
        (
            "Updated October 21, 2025\n\nSHANGHAI, Oct 14 (Wire) - Xiaomi said on Tuesday it "
            "had handed over more than 420,000 cars as of Monday.",
            D(2025, 10, 21),
            [("Xiaomi Auto", 420000.0, "cumulative", None, None, D(2025, 10, 13))],
        ),
        (
            "Republished November 10, 2025\n\nBEIJING, Nov 4 (Wire) - Xiaomi said on "
            "Tuesday its cumulative deliveries passed 450,000 as of Monday.",
            D(2025, 11, 10),
            [("Xiaomi Auto", 450000.0, "cumulative", None, None, D(2025, 11, 3))],
        ),
    ],
)
def test_a_dateline_under_a_header_anchors_relative_days(text, published, want):
    assert _dated(text, "en", published) == want


WEEK_OCT6 = ("week", D(2025, 10, 6), D(2025, 10, 12))
WEEK_OCT13 = ("week", D(2025, 10, 13), D(2025, 10, 19))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "小米汽车上周（10月6日-10月12日）上险量约为9800辆。",
            [("Xiaomi Auto", 9800.0, *WEEK_OCT6)],
        ),
        ("上周（10月6日-12日），小米汽车上险量为9500辆。", [("Xiaomi Auto", 9500.0, *WEEK_OCT6)]),
        (
            "本周（10月13日-10月19日）新势力品牌上险量：\n1. 零跑汽车 13600辆\n"
            "2. 小米汽车 10400辆\n3. 理想汽车 8100辆",
            [("Xiaomi Auto", 10400.0, *WEEK_OCT13)],
        ),
        (
            "上周（10月6日-10月12日）新势力周销量榜：\n1. 问界 11000辆\n2. 小米汽车 9700辆\n",
            [("Xiaomi Auto", 9700.0, *WEEK_OCT6)],
        ),
    ],
)
def test_a_week_told_with_its_dates(text, want):
    got = [r[:5] for r in _dated(text, "zh", D(2025, 10, 21))]
    assert got == want


def test_this_week_after_a_dated_last_week_is_the_headers_week():
    text = (
        "本周（10月13日-10月19日）新势力上险量：\n1. 零跑汽车 13600辆\n2. 小米汽车 10400辆\n\n"
        "小米汽车上周（10月6日-10月12日）上险量为9800辆。小米YU7本周上险量为7000辆。"
    )
    got = [r[:5] for r in _dated(text, "zh", D(2025, 10, 21))]
    assert got == [
        ("Xiaomi Auto", 10400.0, *WEEK_OCT13),
        ("Xiaomi Auto", 9800.0, *WEEK_OCT6),
        ("Xiaomi YU7", 7000.0, *WEEK_OCT13),
    ]


def test_the_day_a_count_started_in_an_aside_is_not_its_day():
    text = (
        "Xiaomi said on Monday it had handed over more than 300,000 cars as of Friday. The SU7 "
        "Ultra, which went on sale on February 27, made up more than 20,000 of them."
    )
    assert _dated(text, "en", D(2025, 9, 1)) == [
        ("Xiaomi Auto", 300000.0, "cumulative", None, None, D(2025, 8, 29)),
        ("Xiaomi SU7 Ultra", 20000.0, "cumulative", None, None, D(2025, 8, 29)),
    ]


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        (
            "Q: How many people work on Xiaomi's cars today?\nA: About 18,000.",
            "en",
            ("Xiaomi Auto", "headcount", 18000.0, "about", "actual"),
        ),
        (
            "问：小米汽车现在有多少员工？\n答：超过2万人。",
            "zh",
            ("Xiaomi Auto", "headcount", 20000.0, "more_than", "actual"),
        ),
        (
            "Some 15,000 people work on Xiaomi's EVs.",
            "en",
            ("Xiaomi Auto", "headcount", 15000.0, "about", "actual"),
        ),
    ],
)
def test_people_who_work_on_the_cars_are_headcount(text, language, want):
    assert _read(text, language, D(2026, 1, 20)) == [want]


def test_people_at_a_phone_factory_are_not_the_car_business():
    text = "Q: How many people work at Xiaomi's phone factory?\nA: About 3,000."
    assert [r for r in _read(text, "en", D(2026, 1, 20)) if r[0] == "Xiaomi Auto"] == []


def test_a_later_clauses_year_to_date_is_not_the_first_figures():
    text = (
        "Xiaomi said its deliveries topped 40,000, and its total for the year so far came to "
        "more than 330,000."
    )
    got = [
        (e.metric, e.value, e.period_kind, e.period_start)
        for e in extract_events(text, published=D(2025, 11, 3), language="en")
    ]
    assert got == [
        ("deliveries", 40000.0, "none", None),
        ("deliveries", 330000.0, "cumulative", D(2025, 1, 1)),
    ]


def test_a_count_since_the_day_in_the_aside_stays_a_running_total():
    text = "The SU7, which went on sale on March 28, 2024, has sold more than 300,000 units."
    got = [(e.subject, e.value, e.period_kind) for e in extract_events(text, D(2025, 10, 13), "en")]
    assert got == [("Xiaomi SU7", 300000.0, "cumulative")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Xiaomi and CATL will jointly invest 6 billion yuan in a cell plant in Wuhan.", "en"),
        ("Xiaomi Auto will build a battery plant together with Gotion for 4 billion yuan.", "en"),
        ("Xiaomi Auto will invest 4 billion yuan in a cell plant together with Gotion.", "en"),
        ("小米汽车与宁德时代将共同投资60亿元建设电池工厂。", "zh"),
    ],
)
def test_a_joint_investment_with_a_supplier_is_xiaomis(text, language):
    assert [r[:2] + r[4:] for r in _read(text, language)] == [
        ("Xiaomi Auto", "investment", "target")
    ]


def test_a_phone_series_and_a_car_in_one_sentence():
    text = (
        "Lei Jun showed the Xiaomi 17 phones on stage. The series then sold 1.2 million units "
        "within ten minutes, and the YU7 took 260,000 orders within an hour."
    )
    assert [r[:3] for r in _read(text, "en", D(2025, 9, 30))] == [
        ("Xiaomi YU7", "orders", 260000.0)
    ]


@pytest.mark.parametrize(
    ("title", "text", "language"),
    [
        (
            "Xiaomi tops 40,000 again in October",
            "Xiaomi said deliveries stayed above 40,000 for a second month.",
            "en",
        ),
        ("小米汽车10月交付超4万辆", "小米汽车表示，交付量连续第二个月超过4万辆。", "zh"),
    ],
)
def test_the_headlines_month_dates_its_figure_told_again(title, text, language):
    got = [
        (e.value, e.period_kind, e.period_start)
        for e in extract_events(text, published=D(2025, 11, 2), language=language, title=title)
    ]
    assert got == [(40000.0, "month", D(2025, 10, 1))]


def test_the_headlines_month_is_not_another_figures():
    got = [
        e.period_kind
        for e in extract_events(
            "Xiaomi said it had handed over 35,000 cars.",
            published=D(2025, 11, 2),
            language="en",
            title="Xiaomi tops 40,000 again in October",
        )
    ]
    assert "month" not in got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "interest" or "saves" elsewhere in the sentence leaves the price alone
        ("The SU7 at 215,900 yuan drew strong interest from buyers.", ("Xiaomi SU7", 215900.0)),
        ("The SU7 Max, at 299,900 yuan, saves buyers the wait.", ("Xiaomi SU7", 299900.0)),
        ("Interest in the YU7 Pro at 279,900 yuan is high.", ("Xiaomi YU7", 279900.0)),
    ],
)
def test_interest_named_away_from_the_price_keeps_it(text, want):
    assert [(r[0], r[2]) for r in _read(text, "en", D(2025, 11, 3)) if r[1] == "price"] == [want]
