"""A year word beside a quarter or a month dates it: "去年第三季度", "작년 3분기", "the third
quarter of last year", "el segundo trimestre del año pasado". Sentences written for the
project; the reference day is 20 August 2025."""

import datetime as dt

import pytest

from pipelines.core.metrics.periods import resolve_locale_period, resolve_period

REF = dt.date(2025, 8, 20)


@pytest.mark.parametrize(
    ("lang", "text", "kind", "start", "end"),
    [
        ("zh", "去年第三季度，小米汽车交付了4万辆", "quarter", "2024-07-01", "2024-09-30"),
        ("zh", "明年一季度的目标是8万辆", "quarter", "2026-01-01", "2026-03-31"),
        ("en", "in the third quarter of last year", "quarter", "2024-07-01", "2024-09-30"),
        ("en", "last year's third quarter", "quarter", "2024-07-01", "2024-09-30"),
        ("en", "in October next year", "month", "2026-10-01", "2026-10-31"),
        ("ja", "今年4〜6月の赤字額", "quarter", "2025-04-01", "2025-06-30"),
        ("ja", "昨年10月の販売台数", "month", "2024-10-01", "2024-10-31"),
        ("ko", "작년 3분기 매출", "quarter", "2024-07-01", "2024-09-30"),
        ("ko", "올해 2분기 인도량", "quarter", "2025-04-01", "2025-06-30"),
        ("es", "en el segundo trimestre del año pasado", "quarter", "2024-04-01", "2024-06-30"),
        ("de", "im zweiten Quartal des Vorjahres", "quarter", "2024-04-01", "2024-06-30"),
        ("ru", "в третьем квартале прошлого года", "quarter", "2024-07-01", "2024-09-30"),
        ("it", "nel terzo trimestre dell'anno scorso", "quarter", "2024-07-01", "2024-09-30"),
        ("tr", "geçen yılın üçüncü çeyreğinde", "quarter", "2024-07-01", "2024-09-30"),
        ("pl", "w trzecim kwartale ubiegłego roku", "quarter", "2024-07-01", "2024-09-30"),
        ("fr", "au deuxième trimestre de l'année dernière", "quarter", "2024-04-01", "2024-06-30"),
    ],
)
def test_a_year_word_dates_the_quarter_or_month_beside_it(
    lang: str, text: str, kind: str, start: str, end: str
) -> None:
    if lang in ("en", "zh"):
        p = resolve_period(text, REF, "actual")
    else:
        p = resolve_locale_period(text, lang, REF, "actual")
    assert (p.kind, str(p.start), str(p.end)) == (kind, start, end)


def test_a_year_word_alone_is_still_a_year() -> None:
    p = resolve_locale_period("Xiaomi verkaufte im Vorjahr 135.000 Autos", "de", REF, "actual")
    assert (p.kind, p.start) == ("year", dt.date(2024, 1, 1))


def test_a_year_word_in_another_clause_does_not_date_the_quarter() -> None:
    p = resolve_period("30,000 in the second quarter, and last year it sold", REF, "actual")
    assert p.start == dt.date(2025, 4, 1)


def test_a_comparison_year_further_on_does_not_date_the_quarter() -> None:
    # "前年同期比" is the base of the change, eight characters and a comma after the quarter
    p = resolve_locale_period(
        "小米集団が発表した4〜6月決算は、売上高が前年同期比30.5%増の1160億元", "ja", REF, "actual"
    )
    assert (p.kind, p.start) == ("quarter", dt.date(2025, 4, 1))


def test_a_comparison_year_after_the_half_does_not_date_it() -> None:
    # "1〜6月の売上高は前年同期比": 前年 is the base of the change, not the half's year
    p = resolve_locale_period("1〜6月の売上高は前年同期比38%増の2272億元", "ja", REF, "actual")
    assert (p.kind, p.start) == ("half_year", dt.date(2025, 1, 1))


def test_a_dateline_day_is_not_the_quarters_as_of() -> None:
    # the day the news agency dated its story is when the quarter's figure was told
    p = resolve_locale_period(
        "【北京8月26日】小米集団が発表した4〜6月決算は、売上高が1160億元", "ja", REF, "actual"
    )
    assert (p.kind, p.as_of) == ("quarter", dt.date(2025, 6, 30))
    # a day named for a running total is still its as_of
    p = resolve_locale_period("Le 26 juin, Xiaomi a annoncé 40 000 commandes", "fr", REF, "actual")
    assert p.as_of == dt.date(2025, 6, 26)
