"""A model named by what it is ("its debut SUV", 首款SUV), not by its name: the model's figure,
unless a rival owns the descriptor ("Tesla's first SUV")."""

import datetime as dt

import pytest

from pipelines.core.metrics import extract_events

DAY = dt.date(2025, 11, 27)


@pytest.mark.parametrize(
    ("text", "lang", "subject"),
    [
        ("Xiaomi collected 310,000 reservations for its debut SUV in two hours.", "en", "YU7"),
        ("Xiaomi's first SUV drew 220,000 locked orders in 20 hours.", "en", "YU7"),
        ("小米首款SUV上市20小时锁单22万台。", "zh", "YU7"),
        ("Xiaomi a reçu 220 000 commandes fermes pour son premier SUV en 20 heures.", "fr", "YU7"),
        ("シャオミ初のSUVは20時間で22万台の確定注文を集めた。", "ja", "YU7"),
        ("샤오미의 첫 SUV는 20시간 만에 22만 대의 확정 주문을 받았다.", "ko", "YU7"),
        ("Xiaomi's first car, a sedan, took 60,000 orders in 30 minutes.", "en", "SU7"),
        ("小米首款车型上市30分钟大定6万台。", "zh", "SU7"),
    ],
)
def test_a_descriptor_names_the_model(text: str, lang: str, subject: str) -> None:
    events = extract_events(text, published=DAY, language=lang)
    assert [e.subject for e in events] == [f"Xiaomi {subject}"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Tesla's first SUV, the Model X, sold 12,000 units in 2016.", "en"),
        ("Li Auto's first SUV sold 6,000 units in its first month.", "en"),
        ("理想汽车首款SUV上市首月交付6000台。", "zh"),
    ],
)
def test_a_rivals_descriptor_is_not_xiaomis(text: str, lang: str) -> None:
    assert extract_events(text, published=DAY, language=lang) == []


def test_a_second_suv_is_not_the_first() -> None:
    events = extract_events(
        "Xiaomi is readying a second SUV and delivered 41,000 cars in October 2025.",
        published=DAY,
        language="en",
    )
    assert [(e.subject, e.value) for e in events] == [("Xiaomi Auto", 41000)]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # a descriptor nobody owns, or a rival owns, is no Xiaomi model
        ("Onvo's first SUV sold 11,000 units in its first month.", None),
        ("The Purosangue, Ferrari's first SUV, costs more than 3 million yuan.", None),
        # owned by Xiaomi, in a quote too
        ("Lei Jun said: for our first car, we spent 10 billion yuan on R&D.", "Xiaomi Auto"),
        # a thing named after the car is not the car
        ("Xiaomi's first car plant can build 150,000 vehicles a year.", "Xiaomi Auto"),
    ],
)
def test_a_descriptor_needs_xiaomi_as_its_owner(text: str, subject: str | None) -> None:
    events = extract_events(text, published=DAY, language="en")
    assert [e.subject for e in events] == ([subject] if subject else []), events
