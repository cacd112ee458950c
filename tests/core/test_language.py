"""Language detection on short, mixed and long text, with and without declared languages."""

import json
from pathlib import Path

import pytest

from pipelines.core.language import (
    SUPPORTED,
    detect_language,
    is_supported,
    normalise_code,
    warm_up,
)

# Our own sentences and headlines (not from any article), one or two per language.
SHORT = [
    ("en", "Xiaomi delivered more than 40,000 SU7 sedans in October."),
    ("en", "The YU7 got 289k orders in its first hour."),
    ("zh", "小米汽车10月交付量超过4万辆。"),
    ("zh", "小米YU7上市一小時鎖單24萬台。"),  # traditional
    ("zh", "雷军：小米SU7交付破10万"),
    ("fr", "Xiaomi a livré plus de 40 000 SU7 en octobre."),
    ("fr", "Le YU7 a reçu 240 000 commandes fermes."),
    ("es", "Xiaomi entregó más de 40.000 SU7 en octubre."),
    ("es", "El YU7 sumó 240.000 pedidos en un día."),
    ("es", "Xiaomi SU7: precio y entregas"),
    ("pt", "A Xiaomi entregou mais de 40 mil SU7 em outubro."),
    ("pt", "O YU7 recebeu 240 mil encomendas no primeiro dia."),
    ("pt", "A meta da Xiaomi é entregar 350 mil veículos neste ano."),  # Galician by a hair
    ("it", "Xiaomi ha consegnato oltre 40.000 SU7 a ottobre."),
    ("it", "Xiaomi SU7, consegne record"),
    ("de", "Xiaomi hat im Oktober mehr als 40.000 SU7 ausgeliefert."),
    ("de", "Xiaomi SU7 Ultra: 3.700 Bestellungen"),
    ("ja", "シャオミはSU7を10月に4万台以上納車した。"),
    ("ja", "小米（シャオミ）のEV、SU7が好調"),
    ("ko", "샤오미는 10월에 SU7을 4만대 이상 인도했다."),
    ("ko", "샤오미 SU7, 판매 돌풍"),
    ("ru", "Xiaomi поставила более 40 000 SU7 в октябре."),
    ("ru", "Xiaomi SU7: цены и поставки"),
    ("id", "Xiaomi mengirimkan lebih dari 40.000 unit SU7 pada bulan Oktober."),
    ("id", "YU7 mendapat 240.000 pesanan pada hari pertama."),
    ("vi", "Xiaomi đã bàn giao hơn 40.000 xe SU7 trong tháng 10."),
    ("tr", "Xiaomi ekimde 40.000'den fazla SU7 teslim etti."),
    ("tr", "YU7 ilk gün 240.000 sipariş aldı."),
    ("pl", "Xiaomi dostarczyło w październiku ponad 40 tys. SU7."),
    ("nl", "Xiaomi leverde in oktober meer dan 40.000 SU7's af."),
    ("nl", "De YU7 kreeg op de eerste dag 240.000 bestellingen."),
]


@pytest.mark.parametrize(("lang", "text"), SHORT)
def test_short_text(lang: str, text: str) -> None:
    assert detect_language(text) == lang


@pytest.mark.parametrize(("lang", "text"), SHORT)
def test_a_wrong_declared_language_does_not_win_on_a_clear_sentence(lang: str, text: str) -> None:
    wrong = "de" if lang != "de" else "fr"
    assert detect_language(text, wrong) in (lang, wrong)  # the hint may win only on a headline
    if len(text) > 40 and lang not in ("zh", "ja", "ko"):
        assert detect_language(text, wrong) == lang


def test_script_decides_cjk_whatever_the_hint() -> None:
    assert detect_language("小米汽车交付", "en") == "zh"
    assert detect_language("シャオミの納車", "zh") == "ja"
    assert detect_language("샤오미 인도", "ja") == "ko"


def test_all_kanji_headline_follows_a_japanese_hint() -> None:
    assert detect_language("小米SU7、納車開始") == "zh"
    assert detect_language("小米SU7、納車開始", "ja") == "ja"
    # simplified forms Japanese never writes: Chinese whatever the hint
    assert detect_language("小米汽车交付量创新高，雷军称将继续扩产", "ja") == "zh"
    assert detect_language("シャオミの納車が始まった", "zh") == "ja"  # kana: the script


def test_mixed_latin_text_quoting_chinese_names_stays_latin() -> None:
    text = "Lei Jun (雷军) said Xiaomi Auto (小米汽车) delivered over 40,000 cars in October."
    assert detect_language(text) == "en"
    text = "Lei Jun (雷军) a déclaré que Xiaomi Auto (小米汽车) a livré plus de 40 000 voitures."
    assert detect_language(text) == "fr"


def test_japanese_with_many_kanji_is_japanese() -> None:
    assert (
        detect_language("小米集団の4～6月期決算は売上高が前年同期比30％増の1160億元だった。")
        == "ja"
    )


def test_hint_decides_when_text_tells_nothing() -> None:
    assert detect_language("SU7 YU7 2025", "es-MX") == "es"
    assert detect_language("", "pt_BR") == "pt"
    assert detect_language("12.345 / 678") is None
    assert detect_language("") is None


def test_hint_breaks_a_close_call_on_a_headline() -> None:
    # French or Italian "Xiaomi YU7 : 200 000 commandes" is short; a French feed settles it.
    assert detect_language("Xiaomi YU7 : 200 000 commandes", "fr") == "fr"


def test_unsupported_neighbours_are_named_not_forced() -> None:
    catalan = "Xiaomi ha lliurat més de quaranta mil cotxes aquest mes, segons l'empresa."
    assert detect_language(catalan) == "ca"
    assert not is_supported("ca")
    ukrainian = "Компанія Xiaomi поставила понад сорок тисяч автомобілів у жовтні."
    assert detect_language(ukrainian) == "uk"
    malay = "Xiaomi telah menghantar lebih 40,000 kereta bulan lalu, kata syarikat itu."
    assert detect_language(malay) == "ms"


@pytest.mark.parametrize(
    ("raw", "code"),
    [("en-US", "en"), ("zh_Hant", "zh"), ("PT-br", "pt"), (" de ", "de"), ("in", "id"),
     ("", None), (None, None), ("english", None), ("x", None)],
)  # fmt: skip
def test_normalise_code(raw: str | None, code: str | None) -> None:
    assert normalise_code(raw) == code


def test_warm_up_is_idempotent() -> None:
    warm_up()
    warm_up()
    assert detect_language("Xiaomi a livré plus de 40 000 voitures en octobre.") == "fr"


def test_supported_languages() -> None:
    assert len(SUPPORTED) == 15 and {"en", "zh", "ja", "ko", "vi"} <= set(SUPPORTED)


DEVSET = Path(__file__).resolve().parents[2] / ".." / "shared" / "devset" / "index.jsonl"
TEXTS = Path(__file__).resolve().parents[2] / ".." / "devset-texts"


@pytest.mark.skipif(
    not DEVSET.exists() or not TEXTS.exists(), reason="devset or its texts not restored here"
)
def test_devset_articles() -> None:
    """All 87 devset articles (15 languages, traditional Chinese included), as measured."""
    rows = [json.loads(line) for line in DEVSET.read_text().splitlines() if line.strip()]
    wrong = []
    for row in rows:
        path = TEXTS / f"{row['doc']}.txt"
        if not path.exists():
            continue
        got = detect_language(path.read_text(encoding="utf-8"))
        if got != row["language"]:
            wrong.append((row["doc"], row["language"], got))
    assert len(wrong) <= len(rows) // 50, wrong
