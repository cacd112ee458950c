"""Sentences → metric events: metric, subject, status, qualifier, negatives, dedupe, offsets.

Every sentence here is written for this test (our own words, real-world figures).
"""

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from pipelines.core.metrics import ExtractedEvent, extract_events, load_config, split_sentences

PUB = dt.date(2024, 4, 25)


def events(text: str, published: dt.date | None = PUB) -> list[ExtractedEvent]:
    return [e for e in extract_events(text, published=published) if e.metric != "other"]


def one(text: str, published: dt.date | None = PUB) -> ExtractedEvent:
    found = events(text, published)
    assert len(found) == 1, f"expected one event in {text!r}, got {found}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "metric", "subject", "value", "unit", "qualifier", "status"),
    [
        # English
        ("Lei Jun said the SU7 had 75,723 locked orders as of April 24.", "locked_orders", "Xiaomi SU7", 75723, "orders", "exact", "actual"),
        ("The SU7 collected 50,000 orders within 27 minutes of its launch.", "orders", "Xiaomi SU7", 50000, "orders", "exact", "actual"),
        ("The YU7 drew more than 289,000 orders in its first hour.", "orders", "Xiaomi YU7", 289000, "orders", "more_than", "actual"),
        ("Xiaomi delivered over 10,000 SU7 sedans in March.", "deliveries", "Xiaomi SU7", 10000, "vehicles", "more_than", "actual"),
        ("Xiaomi Auto plans to deliver 100,000 vehicles this year.", "delivery_target", "Xiaomi Auto", 100000, "vehicles", "exact", "target"),
        ("Xiaomi raised its delivery target for the year to 120,000 vehicles.", "delivery_target", "Xiaomi Auto", 120000, "vehicles", "exact", "target"),
        ("Xiaomi is expected to deliver about 130,000 cars this year, analysts said.", "deliveries", "Xiaomi Auto", 130000, "vehicles", "about", "forecast"),
        ("The standard SU7 is priced at 215,900 yuan.", "price", "Xiaomi SU7", 215900, "CNY", "exact", "actual"),
        ("The SU7 Ultra starts at 529,900 yuan.", "price", "Xiaomi SU7 Ultra", 529900, "CNY", "exact", "actual"),
        ("Xiaomi will invest $10 billion in its car business over ten years.", "investment", "Xiaomi Auto", 1e10, "USD", "exact", "target"),
        ("Xiaomi's R&D spending reached 24 billion yuan last year.", "rd_spend", "Xiaomi Group", 2.4e10, "CNY", "exact", "actual"),
        ("Revenue from Xiaomi's EV business was 9.7 billion yuan in the third quarter.", "revenue", "Xiaomi Auto", 9.7e9, "CNY", "exact", "actual"),
        ("Xiaomi's car unit posted a net loss of 1.5 billion yuan.", "net_loss", "Xiaomi Auto", 1.5e9, "CNY", "exact", "actual"),
        ("Xiaomi Auto has nearly 3,400 engineers working on the SU7.", "headcount", "Xiaomi Auto", 3400, "people", "about", "actual"),
        ("Women make up 28% of SU7 buyers.", "buyer_share", "Xiaomi SU7", 28, "percent", "exact", "actual"),
        ("The SU7 completed 5.4 million km of road tests before launch.", "test_mileage", "Xiaomi SU7", 5.4e6, "km", "exact", "actual"),
        ("Xiaomi's Beijing plant has an annual capacity of 150,000 vehicles.", "production_capacity", "Xiaomi Auto", 150000, "vehicles", "exact", "actual"),
        ("After a slow spring, the plant produced 10,000 SU7s in June.", "production", "Xiaomi SU7", 10000, "vehicles", "exact", "actual"),
        ("Test-drive reservations for the SU7 rose past 100,000 in a day.", "reservations", "Xiaomi SU7", 100000, "orders", "more_than", "actual"),
        ("Xiaomi SU7 Dading orders reached 88,898 in 24 hours.", "orders", "Xiaomi SU7", 88898, "orders", "exact", "actual"),
        ("The YU7 drew 289k locked orders within an hour.", "locked_orders", "Xiaomi YU7", 289000, "orders", "exact", "actual"),
        # Chinese
        ("截至4月24日，小米SU7锁单量达到75723台。", "locked_orders", "Xiaomi SU7", 75723, "orders", "exact", "actual"),
        ("小米SU7上市27分钟大定突破5万台。", "orders", "Xiaomi SU7", 50000, "orders", "more_than", "actual"),
        ("小米YU7开售3分钟大定超过20万台。", "orders", "Xiaomi YU7", 200000, "orders", "more_than", "actual"),
        ("小米汽车10月交付量超过2万辆。", "deliveries", "Xiaomi Auto", 20000, "vehicles", "more_than", "actual"),
        ("小米汽车计划今年交付10万辆。", "delivery_target", "Xiaomi Auto", 100000, "vehicles", "exact", "target"),
        ("小米汽车预计全年交付约13万辆。", "deliveries", "Xiaomi Auto", 130000, "vehicles", "about", "forecast"),
        ("小米SU7 Ultra正式售价52.99万元。", "price", "Xiaomi SU7 Ultra", 529900, "CNY", "exact", "actual"),
        ("小米宣布未来十年投资100亿美元造车。", "investment", "Xiaomi Auto", 1e10, "USD", "exact", "target"),
        ("小米汽车北京工厂一期年产能15万辆。", "production_capacity", "Xiaomi Auto", 150000, "vehicles", "exact", "actual"),
        ("小米SU7女性车主占比28%。", "buyer_share", "Xiaomi SU7", 28, "percent", "exact", "actual"),
        ("小米SU7的锁单量已经突破十万台。", "locked_orders", "Xiaomi SU7", 100000, "orders", "more_than", "actual"),
        ("小米ＳＵ７锁单７５７２３台。", "locked_orders", "Xiaomi SU7", 75723, "orders", "exact", "actual"),
    ],
)  # fmt: skip
def test_sentence(
    text: str, metric: str, subject: str, value: float, unit: str, qualifier: str, status: str
) -> None:
    ev = one(text)
    assert (ev.metric, ev.subject, ev.unit, ev.qualifier, ev.status) == (
        metric,
        subject,
        unit,
        qualifier,
        status,
    )
    assert ev.value == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    [
        "Tesla delivered 1.8 million cars in 2023, while BYD sold 3 million.",
        "BYD sold 500,000 cars in May.",
        "特斯拉上海工厂去年交付94.7万辆。",
        "The Xiaomi 14 sold 1 million units in its first month.",
        "Xiaomi shipped 41.8 million smartphones in the quarter.",
        "小米手机第三季度出货量4180万台。",
        "The SU7 will be launched on March 28, 2024.",
        "Xiaomi opened 59 stores in 29 cities.",
        "The SU7 Max goes from 0 to 100 km/h in 2.78 seconds.",
        "It would be a blessing if we could sell 3,000 units per month, one critic said.",
        "Rumours that Xiaomi had 200,000 orders were denied by the company.",
        "Tens of thousands of fans queued outside the stores.",
        "The car uses an 800V platform and a 101 kWh battery.",
        "Xiaomi was founded in 2010 and entered the car business in 2021.",
    ],
)
def test_negatives(text: str) -> None:
    assert events("Xiaomi SU7 coverage. " + text) == []


def test_range_is_one_event_with_value_max() -> None:
    ev = one("Lei Jun expects women to make up 40% to 50% of SU7 owners.")
    assert (ev.metric, ev.value, ev.value_max, ev.qualifier, ev.status) == (
        "buyer_share",
        40,
        50,
        "at_least",
        "forecast",
    )
    ev = one("Between 40% and 50% of SU7 buyers are women, Lei Jun said.")
    assert (ev.value, ev.value_max) == (40, 50)


def test_as_of_resolved_against_publication_date() -> None:
    ev = one("As of April 24, the SU7 had 75,723 locked orders.")
    assert ev.as_of == dt.date(2024, 4, 24)
    ev = one("As of April 24, the SU7 had 75,723 locked orders.", published=dt.date(2025, 1, 10))
    assert ev.as_of == dt.date(2024, 4, 24)  # April 24 of the year before: not in the future


def test_month_period_resolved() -> None:
    ev = one("Xiaomi delivered 7,058 SU7 sedans in April.", published=dt.date(2024, 5, 1))
    assert (ev.period_start, ev.period_end, ev.as_of) == (
        dt.date(2024, 4, 1),
        dt.date(2024, 4, 30),
        dt.date(2024, 4, 30),
    )


def test_no_date_no_guess() -> None:
    ev = one("Xiaomi delivered 7,058 cars in April.", published=None)
    assert (ev.period_start, ev.as_of) == (None, None)


def test_no_date_but_a_model_bounds_the_year() -> None:
    # no year anywhere, but the SU7 went on sale in 2024: the story is from 2024 at the
    # earliest, and its April is read as that year's (a convention: the lower bound)
    ev = one("Xiaomi delivered 7,058 SU7 sedans in April.", published=None)
    assert (ev.period_start, ev.as_of) == (dt.date(2024, 4, 1), dt.date(2024, 4, 30))


def test_two_months_in_one_sentence_keep_their_own_period() -> None:
    found = events(
        "Xiaomi sold 7,058 SU7s in April and 8,646 in May.", published=dt.date(2024, 6, 3)
    )
    assert [(e.value, e.metric, e.period_start) for e in found] == [
        (7058, "deliveries", dt.date(2024, 4, 1)),
        (8646, "deliveries", dt.date(2024, 5, 1)),
    ]


def test_fact_stated_twice_is_one_event() -> None:
    text = (
        "The SU7 had 75,723 locked orders as of April 24, Lei Jun said. "
        "The number of locked orders exceeded 75,000. "
        "Again: the SU7 had 75,723 locked orders."
    )
    found = events(text)
    assert [(e.metric, e.value) for e in found] == [("locked_orders", 75723)]


def test_evidence_offsets_point_at_the_sentence() -> None:
    text = "Intro line about cars.\nXiaomi said the SU7 got 50,000 orders in 27 minutes. More text."
    ev = one(text)
    assert text[ev.char_start : ev.char_end] == ev.evidence
    assert "50,000" in ev.evidence and "Intro" not in ev.evidence


def test_full_width_offsets_survive() -> None:
    text = "前言。小米ＳＵ７锁单７５７２３台。"
    ev = one(text)
    assert text[ev.char_start : ev.char_end].startswith("小米ＳＵ７")


def test_subject_carried_from_previous_sentence() -> None:
    found = events("Lei Jun spoke about the SU7 on Thursday. It has 75,723 locked orders so far.")
    assert [(e.subject, e.metric) for e in found] == [("Xiaomi SU7", "locked_orders")]


def test_competitor_context_is_not_carried_to_xiaomi() -> None:
    text = "Xiaomi's SU7 is new. Tesla has a bigger lead. It delivered 1.8 million cars last year."
    assert events(text) == []


def test_article_about_other_makers_gives_nothing() -> None:
    text = "BYD delivered 300,000 cars in March. Its order book grew to 500,000 orders."
    assert extract_events(text, published=PUB) == []


def test_deterministic() -> None:
    text = "The SU7 had 75,723 locked orders as of April 24. Xiaomi plans to deliver 100,000 cars."
    assert extract_events(text, published=PUB) == extract_events(text, published=PUB)


def test_a_new_model_is_a_yaml_change(tmp_path: Path) -> None:
    extra = tmp_path / "yu9.yaml"
    extra.write_text(
        "entities:\n"
        "  - name: Xiaomi YU9\n"
        "    kind: model\n"
        "    aliases: [YU9, 小米YU9]\n"
        "metrics:\n"
        "  orders: ['intentions?']\n",
        encoding="utf-8",
    )
    text = "Xiaomi's YU9 gathered 120,000 purchase intentions within a day."
    plain = [e for e in extract_events(text, published=PUB) if e.metric != "other"]
    assert all(e.subject != "Xiaomi YU9" for e in plain)
    ev = [
        e
        for e in extract_events(text, published=PUB, config=load_config(str(extra)))
        if e.metric != "other"
    ]
    assert [(e.subject, e.metric, e.value) for e in ev] == [("Xiaomi YU9", "orders", 120000)]


def test_bad_yaml_is_a_clear_error(tmp_path: Path) -> None:
    extra = tmp_path / "bad.yaml"
    extra.write_text("metrics:\n  sales_volume: ['x']\n", encoding="utf-8")
    with pytest.raises(ValueError, match="unknown metric"):
        load_config(str(extra))


def test_cli_extract_prints_json_lines(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The SU7 had 75,723 locked orders as of April 24.", encoding="utf-8")
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "pipelines.cli",
            "extract",
            str(article),
            "--published",
            "2024-04-25",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows[0]["source"] == str(article)
    assert (rows[0]["metric"], rows[0]["value"], rows[0]["as_of"]) == (
        "locked_orders",
        75723.0,
        "2024-04-24",
    )


# Families of phrasing found on real coverage (issue 12), each in sentences written for this test.
@pytest.mark.parametrize(
    ("text", "metric", "subject", "value", "unit", "status"),
    [
        ("Xiaomi's 500,000th car rolled off the production line in Beijing.", "production", "Xiaomi Auto", 500000, "vehicles", "actual"),
        ("Xiaomi has locked in 75,723 orders for its SU7 so far.", "locked_orders", "Xiaomi SU7", 75723, "orders", "actual"),
        ("Of those, the YU7's irrevocable orders came to 240,000.", "locked_orders", "Xiaomi YU7", 240000, "orders", "actual"),
        ("Xiaomi wants to deliver 300,000 vehicles next year.", "delivery_target", "Xiaomi Auto", 300000, "vehicles", "target"),
        ("Xiaomi handed over more than 40,000 cars in September.", "deliveries", "Xiaomi Auto", 40000, "vehicles", "actual"),
        ("Sales rose 30 percent to CNY45.2 billion, and Xiaomi Auto's revenue was CNY21.4 billion.", "revenue", "Xiaomi Auto", 2.14e10, "CNY", "actual"),
        ("Xiaomi's car unit posted an operating loss of $180 million in the quarter.", "net_loss", "Xiaomi Auto", 1.8e8, "USD", "actual"),
        ("Xiaomi's EV segment had income of CNY 9.1 billion in its second quarter.", "revenue", "Xiaomi Auto", 9.1e9, "CNY", "actual"),
        ("The plant can now produce 25,000 SU7s per month.", "production_capacity", "Xiaomi SU7", 25000, "vehicles", "actual"),
        ("The YU7 logged 120,000 units in 18 minutes.", "orders", "Xiaomi YU7", 120000, "orders", "actual"),
        ("Some 48.2% of the SU7's lock-in orders came from Apple users.", "buyer_share", "Xiaomi SU7", 48.2, "percent", "actual"),
        # Traditional Chinese reads as Simplified
        ("小米汽車10月交車量超過4萬輛。", "deliveries", "Xiaomi Auto", 40000, "vehicles", "actual"),
        ("小米SU7鎖單量突破12萬台。", "locked_orders", "Xiaomi SU7", 120000, "orders", "actual"),
        ("小米YU7上市18小时,大定7万6543台。", "orders", "Xiaomi YU7", 76543, "orders", "actual"),
    ],
)  # fmt: skip
def test_phrasing_families(
    text: str, metric: str, subject: str, value: float, unit: str, status: str
) -> None:
    ev = one(text)
    assert (ev.metric, ev.subject, ev.unit, ev.status) == (metric, subject, unit, status)
    assert ev.value == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    [
        "Xiaomi (1810.HK) shares rose after the SU7 launch.",  # a stock code is not a count
        "The SU7 comes in three versions and five colours.",  # counts of things, no label
        "Xiaomi Auto's deliveries rose 25% from the month before [3].",  # change, citation
        "Xiaomi's smartphone market share reached 13.8% in the quarter.",  # not buyers
        "Xiaomi Auto's gross margin improved 2.1% from the quarter before.",  # a change
        "Xiaomi awarded 120 million shares to employees of its car unit.",  # shares, not staff
    ],
)
def test_numbers_that_are_not_events(text: str) -> None:
    assert extract_events(text, published=PUB) == []


def test_other_events_carry_a_label() -> None:
    found = extract_events(
        "Xiaomi Auto now runs 402 sales stores and posted an operating profit of 700 million "
        "yuan in the quarter.",
        published=PUB,
    )
    labels = {(e.label, e.value) for e in found if e.metric == "other"}
    assert labels == {("stores", 402), ("operating profit", 7e8)}
    assert all(e.label is None for e in found if e.metric != "other")


def test_period_kind_and_as_of_on_events() -> None:
    monthly = one("Xiaomi delivered 20,726 SU7s in October.", dt.date(2024, 11, 8))
    assert (monthly.period_kind, monthly.as_of) == ("month", dt.date(2024, 10, 31))
    total = one("Xiaomi has delivered 100,000 SU7s since launch.", dt.date(2024, 11, 8))
    assert total.period_kind == "cumulative"
    assert total.as_of is None  # not stated: never the publication date by default
    window = one("The YU7 drew 289,000 orders within an hour of its launch.", dt.date(2025, 6, 27))
    # the launch day comes from entities.yaml (the YU7's orders opened on June 26, 2025)
    assert (window.period_kind, window.as_of) == ("window", dt.date(2025, 6, 26))
    target = one("Xiaomi plans to deliver 350,000 cars this year.", dt.date(2025, 3, 18))
    assert (target.period_kind, target.as_of) == ("year", None)


def test_same_text_same_events_without_a_publication_date() -> None:
    text = "In 2024, Xiaomi delivered 135,000 cars. It plans to deliver 350,000 in 2025."
    first = extract_events(text)
    assert first == extract_events(text)
    assert {(e.metric, e.period_start) for e in first} == {
        ("deliveries", dt.date(2024, 1, 1)),
        ("delivery_target", dt.date(2025, 1, 1)),
    }


def test_hostile_text_is_bounded() -> None:
    # a page of digits and 万 with no sentence end, or a sentence repeated: must come back
    # (each sentence's work is bounded; bench/ measures the seconds per MB)
    assert isinstance(extract_events("1234万5678万" * 5000), list)
    found = extract_events("Xiaomi delivered 10,000 SU7s in May. " * 300, published=PUB)
    assert len(found) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Chinese comma ends the clause: each figure takes the cue before it
        ("截至年底小米SU7累计锁单超过21.3万台,交付超过12万辆。", {("locked_orders", 213000), ("deliveries", 120000)}),
        # "narrowed from X to Y": both are the same metric
        ("小米汽车经营亏损从8亿元收窄至4亿元。", {("net_loss", 8e8), ("net_loss", 4e8)}),
    ],
)  # fmt: skip
def test_two_figures_in_one_sentence(text: str, expected: set[tuple[str, float]]) -> None:
    assert {(e.metric, e.value) for e in events(text)} == expected


def test_segment_money_of_phones_is_not_the_car_business() -> None:
    text = "小米集团智能手机业务收入480亿元,智能电动汽车业务收入210亿元。"
    assert [(e.metric, e.value) for e in events(text)] == [("revenue", 2.1e10)]


def test_a_conversion_in_brackets_is_one_event() -> None:
    found = events("小米SU7 Ultra欧洲起售价 9.9万欧元(约合人民币 77万元)。")
    assert [(e.metric, e.unit) for e in found] == [("price", "EUR")]


def test_an_estimate_beside_the_actual_is_a_forecast() -> None:
    found = events("小米汽车季度营收达到310亿元,市场预估295亿元。")
    got = {(e.value, e.status) for e in found}
    assert got == {(3.1e10, "actual"), (2.95e10, "forecast")}


def test_previous_value_is_the_actual_of_the_same_metric() -> None:
    # told in January 2026 (with the module's April 2024 date, 2025 had not begun: no actual)
    found = events(
        "Xiaomi targets 400,000 deliveries in 2026, up from 260,000 in 2025.", dt.date(2026, 1, 9)
    )
    got = {(e.metric, e.value, e.status) for e in found}
    assert got == {("delivery_target", 400000, "target"), ("deliveries", 260000, "actual")}


def test_a_percent_change_is_not_a_continuation() -> None:
    found = events("Xiaomi delivered about 81,000 cars in the quarter, a 197.7% increase.")
    assert [(e.metric, e.value) for e in found] == [("deliveries", 81000)]


def test_digest_points_are_sentences() -> None:
    text = (
        "Results at a glance - Xiaomi Auto delivered 95,000 cars in the quarter [1][4] "
        "Revenue of the EV unit was 25 billion yuan [2] - Lei Jun said orders stay strong"
    )
    found = {(e.metric, e.value) for e in extract_events(text, published=PUB)}
    assert found == {("deliveries", 95000), ("revenue", 2.5e10)}


def test_a_model_figure_restated_for_the_company_is_one_event() -> None:
    text = "The SU7 had 88,000 locked orders. Xiaomi said the 88,000 locked orders were firm."
    found = events(text)
    assert [(e.subject, e.value) for e in found] == [("Xiaomi SU7", 88000)]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "Xiaomi handed over more than 40,000 cars in October 2025. "
            "In September 2025 it handed over 40,775.",
            dt.date(2025, 11, 3),
        ),
        # no year to date the months by: their names still tell them apart
        (
            "Xiaomi's October deliveries passed the 40,000 mark again. "
            "Xiaomi's deliveries for September stood at 40,775.",
            None,
        ),
    ],
)
def test_a_round_figure_of_another_month_is_no_restatement(
    text: str, published: dt.date | None
) -> None:
    found = events(text, published)
    assert sorted(e.value for e in found) == [40000, 40775], found


@pytest.mark.parametrize(
    "text",
    [
        "Xiaomi published its annual results for 2024 on Tuesday. Group revenue rose 35% "
        "to 365.9 billion yuan.",
        "小米集团发布2024年年度业绩。集团总收入同比增长35%，达3659亿元。",
    ],
)
def test_a_full_year_results_story_dates_its_figures_by_the_year(text: str) -> None:
    (ev,) = events(text, dt.date(2025, 3, 19))
    assert (ev.metric, ev.period_kind, ev.period_start, ev.period_end) == (
        "revenue",
        "year",
        dt.date(2024, 1, 1),
        dt.date(2024, 12, 31),
    ), ev


def test_past_with_the_figure_has_its_own_cue() -> None:
    text = (
        "Within an hour Xiaomi collected 210,000 paid reservations, with 131,000 buyers "
        "already locking in their orders."
    )
    found = {e.value: e.metric for e in events(text, dt.date(2025, 6, 27))}
    assert found == {210000: "reservations", 131000: "locked_orders"}, found


def test_a_figure_with_the_day_its_sentence_names_holds_at_that_day() -> None:
    ev = one("小米汽车第30万辆整车于6月10日在北京工厂下线。", dt.date(2025, 6, 12))
    assert (ev.metric, ev.period_kind, ev.as_of) == (
        "production",
        "cumulative",
        dt.date(2025, 6, 10),
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cue after the number but past "and" belongs to the next item
        ("Xiaomi's net profit rose to CNY8 billion and revenue to CNY104 billion.", {("revenue", 1.04e11)}),
        # "N units, or X%": the size of a change, not a level
        ("Xiaomi Auto delivered 52,000 cars in the quarter, 9,100 units, or 21% more than before.", {("deliveries", 52000)}),
        # the bracketed conversion neither counts nor cuts the amount off its cue
        ("Xiaomi's EV business generated CNY 18.2 billion (USD 2.5 billion) in revenue.", {("revenue", 1.82e10)}),
        # an amount whose cue sits a clause before it in the sentence
        ("Income from the EV, AI and other new initiatives segment of Xiaomi reached CNY15.1 billion.", {("revenue", 1.51e10)}),
    ],
)  # fmt: skip
def test_what_a_number_belongs_to(text: str, expected: set[tuple[str, float]]) -> None:
    assert {(e.metric, e.value) for e in events(text)} == expected


def test_a_full_stop_before_an_accented_capital_ends_the_sentence() -> None:
    text = "O YU7 teve 200 mil pedidos em três minutos. É a primeira vez que a Xiaomi divulga pedidos lock-in."
    sentences = [sent.text for sent in split_sentences(text, "pt")]
    assert len(sentences) == 2, sentences


def test_preorder_reservations_are_orders() -> None:
    ev = one(
        "The Xiaomi YU7 drew 289,000 preorder reservations within an hour.", dt.date(2025, 6, 27)
    )
    assert ev.metric == "orders"
