"""A rival named in a Xiaomi sentence: a reference ("inspired by Porsche", "targets rival
Tesla's Model Y") leaves the figure Xiaomi's; a clause about the rival ("Tesla's Model 3,
which sold ...") keeps its figure the rival's. Our own sentences."""

import datetime as dt

import pytest

from pipelines.core.metrics import extract_events

DAY = dt.date(2024, 7, 2)


@pytest.mark.parametrize(
    ("text", "subject", "value"),
    [
        (
            "The SU7, unveiled in March, borrows styling cues from Porsche and is priced "
            "under $30,000.",
            "Xiaomi SU7",
            30000,
        ),
        (
            "Xiaomi's first SUV targets rival Tesla's Model Y, with prices starting from "
            "253,500 yuan.",
            "Xiaomi YU7",
            253500,
        ),
        ("小米YU7对标特斯拉Model Y，起售价25.35万元。", "Xiaomi YU7", 253500),
    ],
)
def test_a_rival_named_as_a_reference_leaves_the_figure_xiaomis(
    text: str, subject: str, value: float
) -> None:
    events = extract_events(text, published=DAY)
    assert [(e.subject, e.value) for e in events] == [(subject, value)], events


@pytest.mark.parametrize(
    "text",
    [
        "Xiaomi's SU7 takes aim at Tesla's Model 3, which sold 38,000 units in June.",
        "The SU7 goes up against BYD's Han, whose price starts at 169,800 yuan.",
        # the rival's own figure right after its name, against Xiaomi's
        "The YU7's price undercuts rival Tesla's RMB 263,500 by a wide margin.",
    ],
)
def test_a_clause_about_the_rival_keeps_its_figure_the_rivals(text: str) -> None:
    assert extract_events(text, published=DAY) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le SU7 de Xiaomi, inspiré de la Porsche Taycan, coûte 215 900 yuans.", "fr"),
        ("El Xiaomi SU7, rival del Tesla Model 3, cuesta 215.900 yuanes.", "es"),
        ("Der Xiaomi SU7 ist ein Konkurrent des Tesla Model 3 und kostet 215.900 Yuan.", "de"),
    ],
)
def test_a_reference_to_a_rival_in_other_languages(text: str, lang: str) -> None:
    events = extract_events(text, published=DAY, language=lang)
    assert [(e.subject, e.value) for e in events] == [("Xiaomi SU7", 215900)], events


@pytest.mark.parametrize(
    "text",
    [
        "The SU7 keeps selling. Some 31% of its buyers are former Tesla owners.",
        "The SU7 keeps selling. Some 31% of buyers are former Porsche, BMW and Audi drivers.",
        "The SU7 keeps selling. Some 31% of buyers are former Mercedes-Benz, BMW, or Audi "
        "customers.",
    ],
)
def test_rivals_named_as_a_buyer_group_are_no_rivals_figure(text: str) -> None:
    events = extract_events(text, published=DAY)
    assert [(e.metric, e.value) for e in events] == [("buyer_share", 31)], events


def test_a_list_of_rivals_with_their_own_figures_stays_theirs() -> None:
    text = "The SU7 keeps selling. BMW sold 52,000 cars in May, and Audi 41,000."
    assert extract_events(text, published=DAY) == []
