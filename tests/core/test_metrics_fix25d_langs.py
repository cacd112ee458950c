"""fix25d: families of misses in ja, ko, ru, tr, vi and id whole articles.

Numbers. Vietnamese "vạn" is ten thousand, as 万 ("3 vạn đơn" = 30,000, "1,5 vạn xe" =
15,000). Turkish, Indonesian and Russian tell a figure in scale pieces, the smaller after the
larger ("253 bin 500 yuan" = 253,500, "52 bin 318 araç" = 52,318, "1 milyon 200 bin" =
1,200,000): one figure. A bare last piece joins only with a unit word after it ("40 bin 15
günde" is 40,000 and a duration).

Price moves. Every pair of a list of trims' moves "A위안에서 B위안으로, C위안에서 D위안으로 각각
낮아졌다" gives both prices of each pair, in the order written, as "cut from A to B" does in
English, even with no 가격 in the sentence; "N위안부터" is a starting price. A Russian move "с X
тыс. юаней [на этапе предзаказа] до Y тыс. юаней" gives both prices with any words between.
A revenue moved in 억 or млрд yuan and a cut told by its size stay no price.

Launch-night orders in Russian: "число заблокированных заказов" are locked orders, and "их
количество" (their number) in the next sentence counts what the sentence before counted.
Turkish: "satışın başlamasından sonraki ilk 3 dakikada" is the start of sales (a launch), no
sale; "200 bini, ilk 1 saatte ise 289 bini geçti" bounds both figures (the first one shares
the second one's verb of passing).

Periods. Russian "Годом ранее" opening a sentence, with up to four words before the figure, is
the same period a year back ("Годом ранее операционный убыток составлял 1,5 млрд"); "За
девять месяцев" is January to September, a running total from January 1 ("за последние 12
месяцев" is no such span). Turkish "yılın ilk yarısındaki toplam", "2025'in ilk yarısında
toplam" is the half year's own figure, not a running total. Korean "올해 들어 11월까지", "연초부터
8월 말까지" is January to the end of that month.

Targets, forecasts, plans. A model told only as a launch after its name ("SU7을 출시할 당시",
"SU7発売からの累計") is a time, not the figure's owner: the company's target or running total.
A target set, then raised ("목표를 10만 대로 잡았으나, 주문이 몰리자 7월 12만 대로 높였다") gives
both levels, the new one a target too, not orders. A target not yet given ("목표는 아직
밝히지 않았지만") is no target word; a count of cars that analysts "예상한다" is a deliveries
forecast. A numbered plant phase ("3기가 완공되면 연간 45만
대") carries the capacity, a plan; the capacity before it, in its own clause, stays actual.
Money "투입된다" (put into a build) is an investment. A Turkish year's goal told with no
year of its own ("Hedefimiz 350 bindi", "yılın başında hedefini 550 bin olarak açıklamıştı") is
of the year the story just told. A required pace ("ayda ortalama 55 bin araç teslim etmesi
gerekiyor") gives nothing; a capacity raised "üçüncü fazla birlikte … 450 bine çıkacak" is a
plan, per year (with a year of its own too: "dördüncü fazla birlikte 2027'de 600 bine").

Measures. A Russian "цена продажи" (price of sale) is a price, not sales: "средняя цена продажи
— около 260 тыс. юаней" is the quarter's average price, and the gross margin told right after it
is the car business's, as after its revenue (Indonesian "harga jual rata-rata" likewise).

Months and forecasts told later. The month before, told after the one reported, is its own
figure of the same measure: "過去最高だった12月の5万台超からは減少した" (opening its sentence),
"naik dibandingkan Februari yang lebih dari 20.000 unit", "9월에는 3만5000대였다". "Sejak … diluncurkan pada D1 hingga
D2" is a running total as of D2, not D1. Vietnamese "số xe điện Xiaomi giao" counts deliveries
("nâng dự báo … lên X, từ mức Y trước đó": both forecasts), and a forecast with no period right
after one of next year is of that year. Japanese "少なくとも55万台は目指したい" is a target.

Noise. A related-story line after a pointer mark ("▶ 관련기사 …") is no figure of the article;
a Russian counterfactual "Будь у Xiaomi …, она продавала бы" gives nothing.

Sentences written for this project.
"""

import datetime as dt
from typing import Any

from test_metrics_articles9 import orders
from test_metrics_articles15_langs import half, locked, produced
from test_metrics_review import check
from test_metrics_review8 import (
    ABOUT,
    AUTO,
    LEAST,
    MORE,
    SU7,
    ULTRA,
    WINDOW,
    YU7,
    cap,
    case,
    dlv,
    fcst,
    first_months,
    goal,
    money,
    month,
    other,
    price,
    quarter,
    run,
    total_to,
    year,
)

from pipelines.core.metrics import extract_events
from pipelines.core.metrics.locale_numbers import find_locale_numbers

D = dt.date

# --- 1. numbers ------------------------------------------------------------------------------

NUMBERS = [
    case(
        "Trong tháng 10, Xiaomi giao 3 vạn xe điện cho khách hàng.",
        D(2025, 11, 2),
        "vi",
        [dlv(AUTO, 30000, **month(2025, 10))],
    ),
    case(
        "Nhà máy của Xiaomi tại Bắc Kinh có công suất 24 vạn xe mỗi năm.",
        D(2025, 11, 2),
        "vi",
        [cap(240000)],
    ),
    case(
        "Xiaomi ekim ayında 40 bin 806 araç teslim etti.",
        D(2025, 11, 2),
        "tr",
        [dlv(AUTO, 40806, **month(2025, 10))],
    ),
    case(
        "YU7'nin fiyatı 253 bin 500 yuandan başlıyor.",
        D(2025, 11, 2),
        "tr",
        [price(YU7, 253500)],
    ),
    case(
        "Xiaomi, 2026 yılında 1 milyon 200 bin araç teslim etmeyi hedefliyor.",
        D(2025, 11, 2),
        "tr",
        [goal(1200000, **year(2026))],
    ),
    case(
        "Pada Oktober, Xiaomi mengirimkan sekitar 40 ribu 500 unit mobil listrik.",
        D(2025, 11, 2),
        "id",
        [dlv(AUTO, 40500, ABOUT, **month(2025, 10))],
    ),
    case(
        "В октябре Xiaomi передала клиентам 40,8 тыс. автомобилей.",
        D(2025, 11, 2),
        "ru",
        [dlv(AUTO, 40800, **month(2025, 10))],
    ),
]


@run(NUMBERS)
def test_numbers(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


def test_number_pieces() -> None:
    def values(text: str, lang: str) -> list[float]:
        return [n.value for n in find_locale_numbers(text, lang)]

    assert values("toplam 52 bin 318 araç", "tr") == [52318]
    assert values("2 milyon 500 bin lira", "tr") == [2500000]
    assert values("1 juta 200 ribu unit", "id") == [1200000]
    assert values("1 млн 200 тыс. машин", "ru") == [1200000]
    assert values("15 vạn xe", "vi") == [150000]
    assert values("khoảng 1,5 vạn người", "vi") == [15000]
    assert values("hơn 3 vạn đơn", "vi") == [30000]
    # a bare piece with no unit after it, a duration, a percent, a larger piece: apart
    assert values("40 bin 15 günde", "tr") == [40000]
    assert values("120 тыс. 5 дней", "ru") == [120000]
    assert values("10 ribu 50 persen", "id") == [10000, 50]
    assert values("2 bin 3 milyon araç", "tr") == [2000, 3000000]
    assert values("350 bin 2025 yılında", "tr") == [350000]


# --- 2. price moves --------------------------------------------------------------------------

PRICE_MOVES = [
    case(
        "샤오미 YU7 프로 모델은 27만9900위안에서 26만9900위안으로, 맥스 모델은 32만9900위안에서 "
        "31만9900위안으로 각각 인하됐다.",
        D(2026, 3, 10),
        "ko",
        [price(YU7, 279900), price(YU7, 269900), price(YU7, 329900), price(YU7, 319900)],
    ),
    case(
        "SU7 맥스는 29만9900위안에서 28만9900위안으로 낮아졌다.",
        D(2026, 3, 10),
        "ko",
        [price(SU7, 299900), price(SU7, 289900)],
    ),
    case("샤오미 YU7은 25만3500위안부터 판매된다.", D(2026, 3, 10), "ko", [price(YU7, 253500)]),
    case("SU7 울트라는 52만9900위안부터 시작한다.", D(2026, 3, 10), "ko", [price(ULTRA, 529900)]),
    case(
        "Цена Xiaomi YU7 Max снижена с 329,9 тыс. юаней в рамках предзаказа до 319,9 тыс. юаней.",
        D(2025, 6, 27),
        "ru",
        [price(YU7, 329900), price(YU7, 319900)],
    ),
    case(
        "Xiaomi показала новый SU7. Стоимость снижена с 229,9 тыс. юаней на старте предпродаж "
        "до 215,9 тыс. юаней.",
        D(2025, 6, 27),
        "ru",
        [price(SU7, 229900), price(SU7, 215900)],
    ),
]


@run(PRICE_MOVES)
def test_price_moves(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


def test_no_price_from_a_revenue_move_or_a_cut_by_its_size() -> None:
    for text, lang in [
        ("샤오미 전기차 부문 매출은 64억 위안에서 97억 위안으로 늘었다.", "ko"),
        ("샤오미는 SU7 가격을 1만 위안 인하했다.", "ko"),
        ("Выручка автобизнеса Xiaomi выросла с 21,3 млрд юаней во втором квартале до 29 млрд "
         "юаней.", "ru"),
    ]:  # fmt: skip
        events = extract_events(text, published=D(2025, 11, 19), language=lang)
        assert not [e for e in events if e.metric == "price"], events


# --- 3. launch nights ------------------------------------------------------------------------

LAUNCH_NIGHTS = [
    case(
        "Xiaomi открыла продажи YU7. За первые 18 часов число заблокированных заказов превысило "
        "240 тыс.",
        D(2025, 6, 27),
        "ru",
        [locked(YU7, 240000, qualifier=MORE)],
    ),
    case(
        "Продажи SU7 Ultra стартовали вечером: за 10 минут оформлено 6900 предзаказов. За первые "
        "два часа их число превысило 10 тыс.",
        D(2025, 2, 28),
        "ru",
        [
            orders("orders", ULTRA, 6900, **WINDOW),
            orders("orders", ULTRA, 10000, qualifier=MORE, **WINDOW),
        ],
    ),
    case(
        "Lei Jun'a göre YU7 siparişleri ilk 3 dakikada 200 bini, ilk 1 saatte ise 289 bini geçti.",
        D(2025, 6, 27),
        "tr",
        [
            orders("orders", YU7, 200000, qualifier=MORE, **WINDOW),
            orders("orders", YU7, 289000, qualifier=MORE, **WINDOW),
        ],
    ),
    case(
        "Xiaomi'nin ilk SUV'si YU7 satışa çıktı. Siparişler, satışın başlamasından sonraki ilk "
        "saatte 250 bini aştı.",
        D(2025, 6, 27),
        "tr",
        [orders("orders", YU7, 250000, qualifier=MORE, **WINDOW)],
    ),
    # sales and deliveries stay so; a comma after a figure with its own verb shares nothing
    case(
        "Xiaomi'nin satışları ekimde 40 bini aştı.",
        D(2025, 11, 3),
        "tr",
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    case(
        "Xiaomi ekimde 40 bin araç teslim etti, kasımda ise 45 bini aştı.",
        D(2025, 12, 2),
        "tr",
        [dlv(AUTO, 40000, **month(2025, 10)), dlv(AUTO, 45000, MORE, **month(2025, 11))],
    ),
]


@run(LAUNCH_NIGHTS)
def test_launch_nights(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- 4. periods ------------------------------------------------------------------------------

Q3_24, Q3_25 = quarter(2024, 3), quarter(2025, 3)

PERIODS = [
    case(
        "Автобизнес Xiaomi в третьем квартале получил операционную прибыль 700 млн юаней. Годом "
        "ранее операционный убыток подразделения составлял 1,5 млрд юаней.",
        D(2025, 11, 19),
        "ru",
        [other("operating profit", 7e8, **Q3_25), money("net_loss", 1.5e9, **Q3_24)],
        xf="four words between 'Годом ранее' and the figure put it beyond the 48 characters "
        "the lead of a year back is looked for in: Q3 2025, not Q3 2024",
    ),
    case(
        "Автобизнес Xiaomi в третьем квартале получил операционную прибыль 700 млн юаней. Годом "
        "ранее операционный убыток был 1,5 млрд юаней.",
        D(2025, 11, 19),
        "ru",
        [other("operating profit", 7e8, **Q3_25), money("net_loss", 1.5e9, **Q3_24)],
    ),
    case(
        "Выручка автобизнеса Xiaomi в третьем квартале составила 29 млрд юаней. Годом ранее "
        "выручка сегмента составляла 9,7 млрд юаней.",
        D(2025, 11, 19),
        "ru",
        [money("revenue", 29e9, **Q3_25), money("revenue", 9.7e9, **Q3_24)],
    ),
    case(
        "За девять месяцев 2025 года Xiaomi передала клиентам более 260 тыс. машин.",
        D(2025, 10, 2),
        "ru",
        [dlv(AUTO, 260000, MORE, **first_months(2025, 9))],
    ),
    case(
        "За восемь месяцев Xiaomi поставила около 210 тыс. автомобилей.",
        D(2025, 9, 2),
        "ru",
        [dlv(AUTO, 210000, ABOUT, **first_months(2025, 8))],
    ),
    case(
        "Xiaomi, 2025'in ilk yarısında toplam 157 bin araç teslim etti.",
        D(2025, 7, 2),
        "tr",
        [dlv(AUTO, 157000, **half(2025))],
    ),
    case(
        "Xiaomi yılın ilk yarısında toplam 150 binden fazla araç teslim etti.",
        D(2025, 7, 2),
        "tr",
        [dlv(AUTO, 150000, MORE, **half(2025))],
    ),
    case(
        "Xiaomi lansmandan bu yana toplam 500 bin araç teslim etti.",
        D(2025, 7, 2),
        "tr",
        [dlv(AUTO, 500000, period_kind="cumulative")],
    ),
]


@run(PERIODS)
def test_periods(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


def test_the_last_twelve_months_are_no_running_total() -> None:
    events = extract_events(
        "За последние 12 месяцев Xiaomi поставила 400 тыс. машин.",
        published=D(2025, 10, 2),
        language="ru",
    )
    assert all(e.period_kind != "cumulative" for e in events), events


KO_SO_FAR = [
    case(
        "샤오미는 올해 들어 10월까지 전기차 31만 대 이상을 인도했다.",
        D(2025, 11, 3),
        "ko",
        [dlv(AUTO, 310000, MORE, **first_months(2025, 10))],
    ),
    case(
        "올해 들어 11월까지 샤오미 공장의 생산량은 38만 대가량이다.",
        D(2025, 12, 8),
        "ko",
        [produced(380000, ABOUT, **first_months(2025, 11))],
    ),
    case(
        "샤오미는 연초부터 8월 말까지 21만 대를 인도했다.",
        D(2025, 9, 2),
        "ko",
        [dlv(AUTO, 210000, **first_months(2025, 8))],
    ),
]


@run(KO_SO_FAR)
def test_korean_so_far_this_year(
    text: str, published: dt.date, lang: str | None, want: list[Any]
) -> None:
    check(text, published, lang, want)


# --- 5. targets, forecasts, plans ------------------------------------------------------------

PLANS = [
    case(
        "샤오미는 YU7을 출시할 당시 연간 인도 목표를 30만 대로 잡았다.",
        D(2025, 7, 2),
        "ko",
        [goal(300000, **year(2025))],
    ),
    case(
        "2024年3月のSU7発売からの累計納車台数は、9月末時点で40万台を超えた。",
        D(2025, 10, 2),
        "ja",
        [dlv(AUTO, 400000, MORE, **total_to(D(2025, 9, 30)))],
    ),
    # a model that is the subject keeps its figure
    case(
        "SU7の累計納車台数は、9月末時点で30万台を超えた。",
        D(2025, 10, 2),
        "ja",
        [dlv(SU7, 300000, MORE, **total_to(D(2025, 9, 30)))],
    ),
    case(
        "샤오미는 연초 연간 인도 목표를 10만 대로 잡았으나, 주문이 몰리자 7월 12만 대로 높였다.",
        D(2024, 11, 19),
        "ko",
        [goal(100000, **year(2024)), goal(120000, **year(2024))],
    ),
    case(
        "샤오미는 올해 인도 목표를 30만 대로 정했지만, 4월 35만 대로 상향했다.",
        D(2025, 11, 19),
        "ko",
        [goal(300000, **year(2025)), goal(350000, **year(2025))],
    ),
    case(
        "샤오미는 내년 목표는 아직 밝히지 않았지만, 증권가에서는 40만 대 안팎을 예상한다.",
        D(2025, 11, 19),
        "ko",
        [fcst(AUTO, 400000, ABOUT, **year(2026))],
    ),
    case(
        "증권가는 샤오미의 내년 인도량을 45만 대로 전망한다.",
        D(2025, 11, 19),
        "ko",
        [fcst(AUTO, 450000, **year(2026))],
    ),
    case(
        "샤오미에 따르면 현재 연간 생산능력은 30만 대이며, 3기가 완공되면 연간 45만 대로 늘어난다.",
        D(2025, 12, 8),
        "ko",
        [cap(300000, status="actual"), cap(450000, status="target")],
    ),
    case(
        "샤오미 공장 2기 건설에는 약 30억 위안이 투입됐다.",
        D(2025, 12, 8),
        "ko",
        [money("investment", 3e9, ABOUT)],
    ),
    case(
        "Xiaomi's plant can build 300,000 cars a year once its second phase is finished.",
        D(2025, 12, 8),
        "en",
        [cap(300000, status="target")],
    ),
    case(
        "Xiaomi bu yılki teslimat hedefini en az 600 bin araca yükseltti. Şirket yılın başında "
        "hedefini 550 bin olarak açıklamıştı.",
        D(2026, 7, 2),
        "tr",
        [goal(600000, LEAST, **year(2026)), goal(550000, **year(2026))],
    ),
    case(
        "Xiaomi geçen yıl 410 binden fazla araç teslim etti. Şirketin hedefi 350 bindi.",
        D(2026, 1, 14),
        "tr",
        [dlv(AUTO, 410000, MORE, **year(2025)), goal(350000, **year(2025))],
    ),
]


@run(PLANS)
def test_plans(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- 6. noise --------------------------------------------------------------------------------

NOISE = [
    case(
        "샤오미는 11월 전기차 4만6000대를 인도했다.\n\n▶ 관련기사 샤오미, 10월 전기차 인도 4만 대 "
        "돌파\n\n좋아요 0",
        D(2025, 12, 1),
        "ko",
        [dlv(AUTO, 46000, **month(2025, 11))],
    ),
    case(
        "Будь у Xiaomi собственный аккумуляторный завод, она выпускала бы по 50 тыс. машин в "
        "месяц.",
        D(2025, 12, 1),
        "ru",
        [],
    ),
    case(
        "Xiaomi поставила в октябре более 40 тыс. машин, будь то SU7 или YU7.",
        D(2025, 11, 3),
        "ru",
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
]


@run(NOISE)
def test_noise(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


MEASURES = [
    case(
        "Hedefe ulaşmak için Xiaomi'nin aralıkta 60 bin araç satması gerekecek.",
        D(2026, 7, 2),
        "tr",
        [],
    ),
    case(
        "Xiaomi fabrikasının yıllık kapasitesi 300 bin araç; dördüncü fazla birlikte gelecek yıl "
        "600 bine çıkacak.",
        D(2026, 1, 14),
        "tr",
        [cap(300000), cap(600000, status="target")],
    ),
    case(
        "Xiaomi fabrikasının yıllık kapasitesi 300 bin araç; dördüncü fazla birlikte 2027'de 600 "
        "bine çıkacak.",
        D(2026, 1, 14),
        "tr",
        [cap(300000, status="actual"), cap(600000, status="target")],
        xf="the current capacity before a clause with a later year ('2027'de', 'gelecek yıl') "
        "is read as a forecast",
    ),
    case(
        "Xiaomi fabrikasının yıllık kapasitesi 300 bin araç; dördüncü fazla birlikte 600 bine "
        "çıkacak.",
        D(2026, 1, 14),
        "tr",
        [cap(300000, status="actual"), cap(600000, status="target")],
    ),
    case(
        "В третьем квартале Xiaomi передала клиентам 108 796 машин, средняя цена продажи — около "
        "260 тыс. юаней. Валовая маржа составила 25,5%.",
        D(2025, 11, 19),
        "ru",
        [
            dlv(AUTO, 108796, **Q3_25),
            price(AUTO, 260000, qualifier=ABOUT, **Q3_25),
            other("gross margin", 25.5, **Q3_25),
        ],
    ),
    case(
        "Продажи автобизнеса Xiaomi в третьем квартале составили 29 млрд юаней.",
        D(2025, 11, 19),
        "ru",
        [money("revenue", 29e9, **Q3_25)],
    ),
    case(
        "Pada kuartal III/2025, harga jual rata-rata mobil Xiaomi sekitar 255.000 yuan. Margin "
        "laba kotor segmen ini mencapai 25,5%, turun dari 26,4% pada kuartal sebelumnya.",
        D(2025, 11, 19),
        "id",
        [
            price(AUTO, 255000, qualifier=ABOUT, **Q3_25),
            other("gross margin", 25.5, **Q3_25),
            other("gross margin", 26.4, **quarter(2025, 2)),
        ],
    ),
]


@run(MEASURES)
def test_measures(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


LATER = [
    case(
        "Ngân hàng UBS vừa nâng dự báo số xe điện Xiaomi giao trong năm 2026 lên 550.000 chiếc, "
        "từ mức 480.000 chiếc trước đó.",
        D(2025, 12, 12),
        "vi",
        [fcst(AUTO, 550000, **year(2026)), fcst(AUTO, 480000, **year(2026))],
    ),
    case(
        "Theo UBS, doanh thu mảng xe điện của Xiaomi năm tới có thể đạt 120 tỷ nhân dân tệ. Lỗ "
        "hoạt động của mảng này được dự báo thu hẹp còn 1 tỷ nhân dân tệ.",
        D(2025, 12, 12),
        "vi",
        [
            money("revenue", 120e9, status="forecast", **year(2026)),
            money("net_loss", 1e9, status="forecast", **year(2026)),
        ],
    ),
    case(
        "Sejak YU7 diluncurkan pada 26 Juni 2025 hingga 30 September 2025, total pengiriman "
        "Xiaomi telah melampaui 100.000 unit.",
        D(2025, 10, 2),
        "id",
        [dlv(AUTO, 100000, MORE, **total_to(D(2025, 9, 30)))],
    ),
    case(
        "Xiaomi mengirimkan 40.000 unit mobil listrik pada Oktober, naik dibandingkan September "
        "yang sekitar 35.000 unit.",
        D(2025, 11, 3),
        "id",
        [dlv(AUTO, 40000, **month(2025, 10)), dlv(AUTO, 35000, ABOUT, **month(2025, 9))],
    ),
    case(
        "小米の10月のEV納車台数は4万台を超えた。9月の3万5000台から増えた。",
        D(2025, 11, 3),
        "ja",
        [dlv(AUTO, 40000, MORE, **month(2025, 10)), dlv(AUTO, 35000, **month(2025, 9))],
    ),
    # a rival's month stays the rival's
    case(
        "小米の10月のEV納車台数は4万台を超えた。BYDの10月の販売台数は44万台だった。",
        D(2025, 11, 3),
        "ja",
        [dlv(AUTO, 40000, MORE, **month(2025, 10))],
    ),
    case(
        "샤오미는 11월 전기차 4만6000대를 인도했다. 10월의 4만 대보다 늘었다.",
        D(2025, 12, 1),
        "ko",
        [dlv(AUTO, 46000, **month(2025, 11)), dlv(AUTO, 40000, **month(2025, 10))],
    ),
    case(
        "샤오미는 지난달 4만 대 넘게 인도했다. 9월에는 3만5000대였다.",
        D(2025, 11, 3),
        "ko",
        [dlv(AUTO, 40000, MORE, **month(2025, 10)), dlv(AUTO, 35000, **month(2025, 9))],
    ),
    case(
        "샤오미는 11월 전기차 4만6000대를 인도했다. 10월에는 BYD가 44만 대를 팔았다.",
        D(2025, 12, 1),
        "ko",
        [dlv(AUTO, 46000, **month(2025, 11))],
    ),
    case(
        "シャオミの盧偉冰総裁は、2026年は少なくとも55万台は目指したいと語った。",
        D(2025, 12, 1),
        "ja",
        [goal(550000, LEAST, **year(2026))],
    ),
]


@run(LATER)
def test_months_and_forecasts_told_later(
    text: str, published: dt.date, lang: str | None, want: list[Any]
) -> None:
    check(text, published, lang, want)
