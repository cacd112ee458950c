"""Number normalisation, English and Chinese, as coverage writes them."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipelines.core.metrics import extract_events, find_numbers, fold, parse_chinese_numeral
from pipelines.core.metrics import numbers as numbers_module


def first(text: str) -> tuple[float, float | None, str | None]:
    found = sorted(find_numbers(fold(text)), key=lambda n: n.start)
    assert found, f"no number found in {text!r}"
    n = found[0]
    return n.value, n.value_max, n.unit


@pytest.mark.parametrize(
    ("text", "value", "value_max", "unit"),
    [
        ("75,723 locked orders", 75723, None, "orders"),
        ("about 75.7k orders", 75700, None, "orders"),
        ("1.2 million cars", 1_200_000, None, "vehicles"),
        ("10 billion yuan", 1e10, None, "CNY"),
        ("$4,000 off", 4000, None, "USD"),
        ("US$10 billion", 1e10, None, "USD"),
        ("10 billion US dollars", 1e10, None, "USD"),
        ("1,00,000 units", 100_000, None, "vehicles"),
        ("28% of buyers", 28, None, "percent"),
        ("40% to 50%", 40, 50, "percent"),
        ("40%-50%", 40, 50, "percent"),
        ("30,000–40,000 vehicles", 30_000, 40_000, "vehicles"),
        ("5.4 million kilometers", 5_400_000, None, "km"),
        ("3,400 engineers", 3400, None, "people"),
        ("215,900 yuan", 215_900, None, "CNY"),
        ("RMB 529,900", 529_900, None, "CNY"),
        ("thirty or forty thousand employees", 30_000, 40_000, "people"),
        ("three or forty percent", 30, 40, "percent"),
        ("20万辆", 200_000, None, "vehicles"),
        ("7.57万台", 75_700, None, "vehicles"),
        ("100亿元", 1e10, None, "CNY"),
        ("100亿美元", 1e10, None, "USD"),
        ("52.99万元", 529_900, None, "CNY"),
        ("十万辆", 100_000, None, "vehicles"),
        ("两千三百人", 2300, None, "people"),
        ("７５７２３台", 75723, None, "vehicles"),
        ("２８％", 28, None, "percent"),
        ("破万台", 10_000, None, "vehicles"),
        ("a $10m deal", 10_000_000, None, "USD"),
        ("a 100 m sprint", 100, None, None),  # metres, not millions: single-letter scales glue
    ],
)
def test_normalises(text: str, value: float, value_max: float | None, unit: str | None) -> None:
    got = first(text)
    assert got[0] == pytest.approx(value)
    assert got[1] == (None if value_max is None else pytest.approx(value_max))
    assert got[2] == unit


@pytest.mark.parametrize(
    ("raw", "value"),
    [("十万", 100_000), ("七万五千", 75_000), ("一百二十", 120), ("三亿", 3e8), ("两万", 20_000)],
)
def test_chinese_numerals(raw: str, value: float) -> None:
    assert parse_chinese_numeral(raw) == value


@pytest.mark.parametrize(
    "text", ["SU7", "YU7 launch", "Q3", "800V platform", "5G phones", "the 28th"]
)
def test_numbers_glued_to_letters_are_not_quantities(text: str) -> None:
    assert list(find_numbers(fold(text))) == []


def test_year_span_is_not_a_range() -> None:
    n = sorted(find_numbers(fold("the decade 2020-2030")), key=lambda n: n.start)[0]
    assert n.value_max is None


def test_fold_keeps_offsets() -> None:
    text = "锁单７５７２３台，占比２８％"
    assert len(fold(text)) == len(text)


@settings(max_examples=200, deadline=None)
@given(
    text=st.lists(
        st.sampled_from(
            ["Xiaomi ", "小米", "臺灣", "１２３", "，", "％", "—", " ", "abc", "\u00a0"]
        ),
        max_size=80,
    ).map("".join)
)
def test_fold_translates_only_what_the_tables_map(text: str) -> None:
    """fold translates the non-ASCII runs of a mostly-ASCII text only (the tables map no
    ASCII character): the same text as translating it whole."""
    assert all(k > 127 for k in numbers_module._FOLD_ZH)
    assert numbers_module._translate(text, numbers_module._FOLD_ZH) == text.translate(
        numbers_module._FOLD_ZH
    )
    assert fold(text) == text.translate(numbers_module._FOLD_ZH)


def test_a_scaled_figure_has_no_float_error() -> None:
    # 8.13 * 1e4 is 81300.00000000001 in binary floating point: the text says 81,300
    from pipelines.core.metrics.numbers import find_numbers

    assert [n.value for n in find_numbers("交付8.13万辆，营收3.659亿元")] == [81300.0, 365900000.0]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a change and the level it reached are two figures, not a range of one
        ("revenue rose 35% to 365.9 billion yuan", [35, 365.9e9]),
        ("revenue rose 35% to CNY365.9 billion", [35, 365.9e9]),
        ("交付量同比增长20%至4万辆", [20, 40000]),
        # a range of one quantity stays one figure
        ("priced from 215,900 to 299,900 yuan", [215900]),
    ],
)
def test_a_percent_then_to_a_level_is_two_figures(text: str, values: list[float]) -> None:
    assert [n.value for n in find_numbers(text)] == values


def test_by_a_change_to_a_level_is_no_range() -> None:
    """ "cut the price by RMB 4,000 to RMB 215,900": two figures, not 4,000 to 215,900."""
    from pipelines.core.metrics.numbers import find_numbers

    found = [(n.value, n.value_max) for n in find_numbers("cut by RMB 4,000 to RMB 215,900")]
    assert found == [(4000.0, None), (215900.0, None)]
    assert [(n.value, n.value_max) for n in find_numbers("30,000 to 40,000 units")] == [
        (30000.0, 40000.0)
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("其中约4成为女性用户", 40),
        ("女性用户占比近3成", 30),
        ("超过五成来自苹果用户", 50),
        ("约两成", 20),
        ("不到一成", 10),
        ("近八成的订单", 80),
    ],
)
def test_chinese_tenths_are_percentages(text: str, value: float) -> None:
    shares = [n for n in find_numbers(text) if n.unit == "percent"]
    assert [n.value for n in shares] == [value], shares


@pytest.mark.parametrize(
    "text",
    ["小米SU7在成都交付", "降低5成本", "一成不变", "这八成是真的", "3成功案例", "完成交付"],
)
def test_cheng_that_starts_a_word_is_no_tenth(text: str) -> None:
    assert [n for n in find_numbers(text) if n.unit == "percent"] == []


@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        ("小米YU7锁单超24万台，其中约4成为女性用户。", 40, "Xiaomi YU7"),
        ("小米SU7车主中有超过五成来自苹果用户。", 50, "Xiaomi SU7"),
        ("小米SU7的订单中，女性用户占比近3成。", 30, "Xiaomi SU7"),
    ],
)
def test_a_share_of_buyers_in_tenths(text: str, value: float, subject: str) -> None:
    (share,) = [e for e in extract_events(text, language="zh") if e.metric == "buyer_share"]
    assert (share.value, share.unit, share.subject) == (value, "percent", subject), share
