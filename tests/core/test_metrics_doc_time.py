"""Articles without a publication date: the year of their year-less periods comes from the text.

Every article here is written for this test (our own words, real-world figures). A wrong year
is the commonest as_of error on real coverage: half the articles reach the pipeline undated.
"""

import datetime as dt

from pipelines.core.metrics import ExtractedEvent, extract_events


def by_value(text: str, published: dt.date | None = None) -> dict[float, ExtractedEvent]:
    return {e.value: e for e in extract_events(text, published=published) if e.metric != "other"}


def test_a_filing_date_places_the_full_year_before_it() -> None:
    # a results article written in 2025 about 2024: "the full year" and "December" are 2024
    text = (
        "Xiaomi's annual results, published on March 18, 2025, gave a full picture of its "
        "first year of car sales. Full-year deliveries of the SU7 reached 136,854 vehicles. "
        "December deliveries alone passed 25,000 vehicles."
    )
    found = by_value(text)
    assert found[136854].as_of == dt.date(2024, 12, 31)
    assert found[25000].as_of == dt.date(2024, 12, 31)
    assert found[25000].period_kind == "month"


def test_a_comparison_year_is_not_the_year_of_writing() -> None:
    text = (
        "Xiaomi's smart EV revenue rose to 21.3 billion yuan in the second quarter, "
        "up from 6.4 billion yuan in the same period of 2024."
    )
    found = by_value(text)
    assert found[21_300_000_000].as_of == dt.date(2025, 6, 30)


def test_history_before_the_car_era_does_not_set_the_year() -> None:
    text = (
        "Xiaomi said in 2021 that it would build cars, and on March 30, 2021 it set aside "
        "10 billion dollars for the plan. In 2024 its first sedan went on sale. The SU7 "
        "sold more than 20,000 units in October."
    )
    found = by_value(text)
    assert found[20000].as_of == dt.date(2024, 10, 31)


def test_later_days_of_the_same_story_stay_in_its_year() -> None:
    # dated opening, then day-months with no year a few days later: same year, not the one before
    text = "2025年2月27日，小米SU7 Ultra正式上市。截至3月2日，该车大定已超过1.9万台。"
    found = by_value(text)
    assert found[19000].as_of == dt.date(2025, 3, 2)


def test_the_most_named_year_wins_over_a_plan_for_the_next() -> None:
    text = (
        "In 2024 Xiaomi delivered 136,854 cars. The 2024 total beat the target it set early in "
        "2024. For 2025 it aims to deliver 350,000 cars. In the fourth quarter, deliveries "
        "reached 69,000 vehicles."
    )
    found = by_value(text)
    assert found[69000].as_of == dt.date(2024, 12, 31)


def test_a_publication_date_still_wins() -> None:
    text = "The SU7 sold more than 20,000 units in October, Xiaomi said in 2021 filings."
    found = by_value(text, published=dt.date(2025, 11, 3))
    assert found[20000].as_of == dt.date(2025, 10, 31)


def test_a_launch_article_without_a_date_means_the_model_launch() -> None:
    # entities.yaml knows when each model's orders opened
    text = (
        "Xiaomi launched the YU7 SUV with a starting price of 253,500 yuan. The YU7 took more "
        "than 200,000 paid orders within three minutes."
    )
    found = by_value(text)
    assert found[253500].as_of == dt.date(2025, 6, 26)
    assert found[200000].as_of == dt.date(2025, 6, 26)


def test_a_pre_sale_is_its_own_day() -> None:
    text = "The SU7 Ultra opened for pre-sale at 814,900 yuan, and Xiaomi launched it later."
    assert by_value(text)[814900].as_of == dt.date(2024, 10, 29)


def test_a_price_quoted_long_after_the_launch_is_not_a_launch_price() -> None:
    text = "A year after its launch, the SU7 still sells for 215,900 yuan."
    found = by_value(text, published=dt.date(2025, 5, 2))
    assert found[215900].as_of is None


def test_a_year_earlier_base_is_the_period_a_year_back() -> None:
    text = (
        "In the second quarter of 2025, Xiaomi delivered 81,302 cars, up from 27,307 "
        "a year earlier."
    )
    found = by_value(text)
    assert found[81302].as_of == dt.date(2025, 6, 30)
    assert (found[27307].period_start, found[27307].as_of) == (
        dt.date(2024, 4, 1),
        dt.date(2024, 6, 30),
    )


def test_an_announcement_day_does_not_replace_a_finished_quarter() -> None:
    text = "On August 19, 2025, Xiaomi reported second-quarter revenue of 116 billion yuan."
    assert by_value(text)[116e9].as_of == dt.date(2025, 6, 30)


def test_orders_in_the_past_days_are_a_window() -> None:
    text = "Lei Jun said on April 24 that the SU7 took over 5,000 new orders in the past four days."
    ev = by_value(text, published=dt.date(2024, 4, 25))[5000]
    assert (ev.period_kind, ev.as_of) == ("window", dt.date(2024, 4, 24))


def test_the_day_the_text_names_picks_pre_sale_or_launch() -> None:
    # no pre-sale word in the price's own sentence; the text dates the event on October 29
    text = (
        "Lei Jun unveiled the SU7 Ultra at 814,900 yuan. On October 29, at the launch event, "
        "the car was shown for the first time."
    )
    assert by_value(text)[814900].as_of == dt.date(2024, 10, 29)


def test_a_reported_quarter_moves_the_day_of_writing_past_it() -> None:
    # the only full date is an old launch day; the quarter the text reports is later
    text = (
        "The SU7 went on sale on March 28, 2024. In the second quarter of 2025 Xiaomi's smart EV "
        "revenue was 20.6 billion yuan. In June the SU7 sold more than 25,000 units."
    )
    found = by_value(text)
    assert found[20.6e9].as_of == dt.date(2025, 6, 30)
    assert found[25000].as_of == dt.date(2025, 6, 30)


def test_last_quarter_is_the_quarter_before_publication() -> None:
    text = "小米表示，上季智能电动汽车收入为283亿元。"
    ev = by_value(text, published=dt.date(2025, 11, 19))[28.3e9]
    assert (ev.period_kind, ev.period_start, ev.as_of) == (
        "quarter",
        dt.date(2025, 7, 1),
        dt.date(2025, 9, 30),
    )


def test_a_target_holds_from_the_day_the_story_just_told() -> None:
    text = "2025年3月18日，雷军公布了新的消息。小米汽车将全年交付目标上调至35万辆。"
    ev = by_value(text)[350000]
    assert (ev.status, ev.as_of) == ("target", dt.date(2025, 3, 18))


def test_a_target_said_in_the_news_holds_from_its_day() -> None:
    text = "Xiaomi said it now aims to deliver 350,000 cars this year."
    assert by_value(text, published=dt.date(2025, 3, 19))[350000].as_of == dt.date(2025, 3, 19)


def test_a_target_in_a_plain_sentence_has_no_day() -> None:
    text = "Xiaomi plans to deliver 350,000 cars this year."
    assert by_value(text, published=dt.date(2025, 3, 19))[350000].as_of is None


def test_a_record_since_launch_is_not_a_running_total() -> None:
    text = "2025年第三季度，小米汽车单季交付量超过10万辆，创上市以来新高。"
    assert by_value(text)[100000].period_kind == "quarter"


def test_a_year_in_a_product_name_is_not_the_year_of_writing() -> None:
    text = (
        "In 2025 Xiaomi also showed its TV S Pro Mini LED 2026 and more. Xiaomi delivered "
        "more than 40,000 cars in October, and launched the Mini LED 2026 range."
    )
    assert by_value(text)[40000].as_of == dt.date(2025, 10, 31)


def test_the_previous_clause_gives_the_period_before_the_sentence_does() -> None:
    text = "今年6月，小米YU7正式发布，自7月6日正式交付以来，交付量已突破4万台。"
    assert by_value(text, published=dt.date(2025, 9, 26))[40000].period_kind == "cumulative"


def test_an_as_of_day_in_an_undated_text_takes_the_text_year() -> None:
    text = "In 2024 Xiaomi's plan went well. As of November 13, Xiaomi had built 100,000 cars."
    assert by_value(text)[100000].as_of == dt.date(2024, 11, 13)


def test_a_day_stated_for_another_figure_does_not_date_a_launch_window() -> None:
    text = (
        "2025年2月27日，小米SU7 Ultra正式上市。该车10分钟内大定突破6900台，至3月2日大定超1.9万台。"
    )
    found = by_value(text)
    assert found[6900].as_of == dt.date(2025, 2, 27)
    assert found[19000].as_of == dt.date(2025, 3, 2)


def test_since_a_day_starts_a_span_and_the_story_day_dates_the_total() -> None:
    text = (
        "9月25日，雷军年度演讲在北京举办。雷军介绍了小米YU7最新进展："
        "自7月6日正式交付以来，交付量已突破4万台。"
    )
    ev = by_value(text, published=dt.date(2025, 9, 26))[40000]
    assert (ev.period_kind, ev.as_of) == ("cumulative", dt.date(2025, 9, 25))


def test_a_year_right_before_the_figure_beats_a_later_one_for_the_next() -> None:
    text = (
        "Xiaomi ended 2024 with more than 135,000 SU7 cars delivered, and set a new goal for "
        "2025 of 300,000 cars."
    )
    assert by_value(text)[135000].period_start == dt.date(2024, 1, 1)


def test_a_comma_keeps_the_period_after_the_figure() -> None:
    text = (
        "Xiaomi's EV revenue was 20.6 billion yuan during the second quarter, up from 18.1 "
        "billion yuan during the first quarter of 2025."
    )
    assert by_value(text)[18.1e9].period_start == dt.date(2025, 1, 1)


def test_a_launch_set_for_a_later_month_is_not_a_day_already_told() -> None:
    # undated: "this year" is the year of the figures told as past, not of a release to come
    text = (
        "Xiaomi raised its delivery goal for this year to 130,000 cars. By September 30, 2024 "
        "it had delivered 67,157 SU7s in all. The Ultra version is set for release in March "
        "2025. The first goal this year was 76,000 cars."
    )
    found = by_value(text)
    assert found[76000].period_start == dt.date(2024, 1, 1), found[76000]


def test_a_japanese_plan_marked_yotei_is_not_the_year_of_writing() -> None:
    text = (
        "シャオミの工場は2023年6月に完成した。第2期は2024年に着工し、2025年に完成する予定だ。"
        "シャオミは4月3日までにSU7を4万台受注した。"
    )
    found = {e.value: e for e in extract_events(text, language="ja")}
    assert found[40000].as_of == dt.date(2024, 4, 3), found[40000]


def test_a_window_right_before_a_figure_beats_a_year_further_back() -> None:
    text = "샤오미가 지난해 판매를 시작한 첫 전기차 세단 SU7은 출시 30분 만에 5만대 넘는 사전 예약주문을 받았다."
    found = {
        e.value: e for e in extract_events(text, published=dt.date(2025, 6, 28), language="ko")
    }
    assert found[50000].period_kind == "window", found[50000]
    assert found[50000].period_text == "출시 30분 만에", found[50000]


def test_a_year_after_since_is_no_year_of_writing() -> None:
    # an author's line "writing here since 2024" in an undated text: the months stay undated
    text = (
        "Xiaomi delivered more than 40,000 cars in September, a record. "
        "The author has written 300 articles for this site since 2024."
    )
    (ev,) = [e for e in extract_events(text, language="en") if e.metric == "deliveries"]
    assert (ev.period_kind, ev.period_start, ev.as_of) == ("month", None, None)
