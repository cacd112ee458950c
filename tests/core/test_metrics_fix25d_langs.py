"""fix25d: families of misses in ja, ko, ru, tr, vi and id whole articles.

Numbers. Vietnamese "vạn" is ten thousand, as 万 ("3 vạn đơn" = 30,000, "1,5 vạn xe" =
15,000). Turkish, Indonesian and Russian tell a figure in scale pieces, the smaller after the
larger ("253 bin 500 yuan" = 253,500, "52 bin 318 araç" = 52,318, "1 milyon 200 bin" =
1,200,000): one figure. A bare last piece joins only with a unit word after it ("40 bin 15
günde" is 40,000 and a duration).

Sentences written for this project.
"""

import datetime as dt
from typing import Any

from test_metrics_review import check
from test_metrics_review8 import (
    ABOUT,
    AUTO,
    YU7,
    cap,
    case,
    dlv,
    goal,
    month,
    price,
    run,
    year,
)

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
    # a bare piece with no unit after it, a duration, a percent, a larger piece: apart
    assert values("40 bin 15 günde", "tr") == [40000]
    assert values("120 тыс. 5 дней", "ru") == [120000]
    assert values("10 ribu 50 persen", "id") == [10000, 50]
    assert values("2 bin 3 milyon araç", "tr") == [2000, 3000000]
    assert values("350 bin 2025 yılında", "tr") == [350000]
