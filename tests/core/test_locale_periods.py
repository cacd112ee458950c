"""Period and date cues in thirteen languages, from the `periods:` section of each YAML."""

from pathlib import Path
from typing import Any

import pytest
import yaml

from pipelines.core.metrics.locale_periods import find_period_cues

# (lang, text, kind, expected fields of the cue)
CASES = [
    (
        "es",
        "Entregó 9.000 coches en el segundo trimestre de 2025.",
        "quarter",
        {"quarter": 2, "year": 2025},
    ),
    (
        "es",
        "Las ventas del 15 de mayo de 2024 fueron récord.",
        "date",
        {"day": 15, "month": 5, "year": 2024},
    ),
    ("es", "Llegó a 20.000 pedidos en las primeras 24 horas.", "window", {"amount": 24}),
    ("fr", "Les livraisons cumulées ont dépassé 100 000 unités.", "cumulative", {}),
    ("fr", "Au premier semestre, le groupe a livré 80 000 voitures.", "half_year", {"half": 1}),
    ("fr", "Xiaomi avait livré 180 000 voitures au 1er mars.", "as_of", {}),
    ("pt", "No quarto trimestre de 2024 a receita subiu.", "quarter", {"quarter": 4, "year": 2024}),
    (
        "it",
        "Nel terzo trimestre del 2025 i ricavi sono cresciuti.",
        "quarter",
        {"quarter": 3, "year": 2025},
    ),
    (
        "de",
        "Im ersten Quartal 2025 lieferte Xiaomi 75.000 Autos aus.",
        "quarter",
        {"quarter": 1, "year": 2025},
    ),
    ("de", "Am 28. März 2024 begann der Verkauf.", "date", {"day": 28, "month": 3, "year": 2024}),
    ("de", "Bis Ende Juni sollen es 100.000 sein.", "as_of", {}),
    (
        "nl",
        "In het derde kwartaal van 2025 groeide de omzet.",
        "quarter",
        {"quarter": 3, "year": 2025},
    ),
    ("ja", "2025年4月3日に納車が始まった。", "date", {"year": 2025, "month": 4, "day": 3}),
    ("ja", "4～6月期の売上高は過去最高だった。", "quarter", {"quarter": 2}),
    ("ja", "1～6月の売上高は2272億元だった。", "half_year", {"half": 1}),
    ("ja", "累計納車台数は30万台を超えた。", "cumulative", {}),
    ("ko", "2025년 2분기 매출이 늘었다.", "quarter", {"quarter": 2, "year": 2025}),
    ("ko", "상반기 판매량은 15만대였다.", "half_year", {"half": 1}),
    ("ko", "누적 인도량은 30만대를 넘었다.", "cumulative", {}),
    (
        "ru",
        "В первом квартале 2025 года убыток сократился.",
        "quarter",
        {"quarter": 1, "year": 2025},
    ),
    ("ru", "Продажи начались 28 марта 2024 года.", "date", {"day": 28, "month": 3, "year": 2024}),
    ("id", "Pada kuartal ketiga 2025 pendapatan naik.", "quarter", {"quarter": 3, "year": 2025}),
    (
        "id",
        "Pada tanggal 15 Mei Xiaomi melaporkan pengiriman ke-10.000.",
        "date",
        {"day": 15, "month": 5},
    ),
    ("vi", "Trong quý 2/2025 doanh thu tăng.", "quarter", {"quarter": 2, "year": 2025}),
    ("vi", "Bàn giao bắt đầu từ ngày 3/4/2024.", "date", {"day": 3, "month": 4, "year": 2024}),
    ("tr", "İlk çeyrekte teslimatlar arttı.", "quarter", {"quarter": 1}),
    ("tr", "Satışlar 26 Haziran'da başladı.", "date", {"day": 26, "month": 6}),
    ("pl", "W trzecim kwartale 2025 strata spadła.", "quarter", {"quarter": 3, "year": 2025}),
    ("pl", "Premiera odbyła się 27 lutego 2025.", "date", {"day": 27, "month": 2, "year": 2025}),
    ("pl", "Dostawy ruszą w marcu.", "month", {"month": 3}),
]


@pytest.mark.parametrize(("lang", "text", "kind", "fields"), CASES)
def test_period_cues(lang: str, text: str, kind: str, fields: dict[str, int]) -> None:
    cues = [c for c in find_period_cues(text, lang) if c.kind == kind]
    assert cues, [(c.kind, c.text) for c in find_period_cues(text, lang)]
    cue = cues[0]
    assert text[cue.start : cue.end] == cue.text
    for name, value in fields.items():
        assert getattr(cue, name) == value, (name, cue)


@pytest.mark.parametrize(
    ("lang", "text"),
    [("fr", "Au total, la voiture automobile plaît."), ("ru", "Цена начинается от 215 900 юаней."),
     ("pl", "Xiaomi dostarczyło dużo samochodów."), ("id", "Pertama kali Xiaomi menjual mobil."),
     ("nl", "De autotak groeit."), ("es", "El SU7 y el YU7."), ("ja", "シャオミのSU7。")],
)  # fmt: skip
def test_no_cue_inside_words_or_in_plain_sentences(lang: str, text: str) -> None:
    assert [c for c in find_period_cues(text, lang) if c.kind != "cumulative"] == []


SENTENCES: dict[str, list[dict[str, Any]]] = yaml.safe_load(
    (Path(__file__).parent / "lang_sentences.yaml").read_text(encoding="utf-8")
)
KINDS_FOR = {
    "month": {"month", "date", "this_month", "last_month"},
    "year": {"this_year", "next_year", "last_year"},
    "quarter": {"quarter"},
    "half_year": {"half_year"},
    "window": {"window"},
    "cumulative": {"cumulative", "as_of"},
    "rate": {"rate"},
}
WITH_PERIOD = [
    (lang, row["text"], ev["period_kind"])
    for lang, rows in SENTENCES.items()
    for row in rows
    for ev in row["events"]
    if ev.get("period_kind") in KINDS_FOR
]


@pytest.mark.parametrize(("lang", "text", "period_kind"), WITH_PERIOD)
def test_sentence_periods_have_a_cue(lang: str, text: str, period_kind: str) -> None:
    kinds = {c.kind for c in find_period_cues(text, lang)}
    assert kinds & KINDS_FOR[period_kind], kinds
