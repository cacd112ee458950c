"""fix19b: families of misses in the languages besides English and Chinese, our own sentences.

1. A revised delivery target told "план … со 300 000 до 350 000 машин" / "план поставок
   повышен с 300 до 350 тыс." (and the Polish "podniosła plan … z 300 do 350 tys."): two
   targets of the year, the earlier and the revised, not a range and not nothing.
Expectations written before the extractor ran.
"""

import datetime as dt
from typing import Any

import pytest

from pipelines.core.metrics import extract_events

D = dt.date
PUB = D(2025, 3, 19)
Y25 = (D(2025, 1, 1), D(2025, 12, 31))


def _got(body: str, lang: str) -> list[tuple[Any, ...]]:
    evs = extract_events(body, published=PUB, language=lang, title="Xiaomi")
    return [(e.metric, e.value, e.status, e.period_start, e.period_end) for e in evs]


def _goals(*values: float) -> list[tuple[Any, ...]]:
    return [("delivery_target", v, "target", *Y25) for v in values]


@pytest.mark.parametrize(
    ("lang", "body", "want"),
    [
        (
            "ru",
            "Компания подняла план на 2025 год со 300 000 до 350 000 машин.",
            _goals(3e5, 3.5e5),
        ),
        ("ru", "План поставок Xiaomi на этот год повышен с 300 до 350 тыс.", _goals(3e5, 3.5e5)),
        (
            "ru",
            "Xiaomi увеличила план на текущий год с 280 тыс. до 330 тыс. автомобилей.",
            _goals(2.8e5, 3.3e5),
        ),
        ("ru", "План продаж на 2025 год снижен с 400 тыс. до 360 тыс. машин.", _goals(4e5, 3.6e5)),
        (
            "pl",
            "Xiaomi podniosła plan dostaw na ten rok z 300 do 350 tys. aut.",
            _goals(3e5, 3.5e5),
        ),
        (
            "pl",
            "Xiaomi podniosła plan na 2025 rok z 300 tys. do 350 tys. samochodów.",
            _goals(3e5, 3.5e5),
        ),
    ],
)
def test_revised_plan_two_targets(lang: str, body: str, want: list[tuple[Any, ...]]) -> None:
    assert _got(body, lang) == want


@pytest.mark.parametrize(
    ("lang", "body", "metric"),
    [
        # a plan word that is no delivery target keeps what it had
        (
            "ru",
            "По плану второй этап завода будет выпускать 150 тыс. машин в год.",
            "production_capacity",
        ),
        (
            "ru",
            "В мае Xiaomi поставила более 28 тыс. машин, что соответствует плану.",
            "deliveries",
        ),
        ("pl", "W maju Xiaomi dostarczyło ponad 28 tys. aut, zgodnie z planem.", "deliveries"),
    ],
)
def test_plan_word_elsewhere(lang: str, body: str, metric: str) -> None:
    assert [g[0] for g in _got(body, lang)] == [metric]


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("ru", "Бизнес-план компании обсуждали на собрании акционеров."),
        ("pl", "Plan dostaw obejmuje nowe regiony kraju."),
    ],
)
def test_plan_without_figure_empty(lang: str, body: str) -> None:
    assert _got(body, lang) == []


# 3. Results told one item a line, the previous quarter in a labelled bracket: the bracket's
#    figure is the previous quarter's, the line's own keeps the quarter the story reports.
Q2_25 = (D(2025, 4, 1), D(2025, 6, 30))
Q3_25 = (D(2025, 7, 1), D(2025, 9, 30))


@pytest.mark.parametrize(
    "line",
    [
        "Omzet: 29,0 miljard yuan (vorig kwartaal: 21,3 miljard)",
        "Omzet autotak: 29,0 miljard yuan (vorige kwartaal: 21,3 miljard)",
        "Omzet: 29,0 miljard yuan (vorig kwartaal: 21,3 miljard yuan)",
    ],
)
def test_nl_line_with_previous_quarter_bracket(line: str) -> None:
    body = "Xiaomi maakte de cijfers over het derde kwartaal bekend. De autodivisie:\n\n" + line
    evs = extract_events(body, published=D(2025, 11, 18), language="nl", title="Xiaomi")
    assert [(e.metric, e.value, e.period_start, e.period_end) for e in evs] == [
        ("revenue", 29e9, *Q3_25),
        ("revenue", 21.3e9, *Q2_25),
    ]


_ROWS = {
    "nl": (
        "Xiaomi maakte de cijfers over het derde kwartaal bekend. De autodivisie:",
        [
            "Omzet: 29,0 miljard yuan (vorig kwartaal: 21,3 miljard)",
            "Brutomarge: 25,5 procent (26,4 procent)",
            "Leveringen: 108.796 auto's (81.302)",
        ],
    ),
    "de": (
        "Xiaomi legte die Zahlen für das dritte Quartal vor. Die Autosparte:",
        [
            "Umsatz: 29,0 Mrd. Yuan (Vorquartal: 21,3 Mrd.)",
            "Bruttomarge: 25,5 Prozent (26,4 Prozent)",
            "Auslieferungen: 108.796 Autos (81.302)",
        ],
    ),
    "es": (
        "Xiaomi presentó las cuentas del tercer trimestre. La división de coches:",
        [
            "Ingresos: 29.000 millones de yuanes (trimestre anterior: 21.300 millones)",
            "Margen bruto: 25,5 % (26,4 %)",
            "Entregas: 108.796 coches (81.302)",
        ],
    ),
}


@pytest.mark.parametrize("lang", sorted(_ROWS))
def test_rows_under_a_previous_quarter_bracket(lang: str) -> None:
    lede, rows = _ROWS[lang]
    body = lede + "\n\n" + "\n".join(rows)
    evs = extract_events(body, published=D(2025, 11, 18), language=lang, title="Xiaomi")
    assert [(e.value, e.period_start) for e in evs] == [
        (29e9, Q3_25[0]),
        (21.3e9, Q2_25[0]),
        (25.5, Q3_25[0]),
        (26.4, Q2_25[0]),
        (108796, Q3_25[0]),
        (81302, Q2_25[0]),
    ]


def test_rows_without_a_base_bracket_keep_their_quarter() -> None:
    # no row names the quarter before: the bare bracket is not made a base (nothing changes)
    body = (
        "Xiaomi maakte de cijfers over het derde kwartaal bekend. De autodivisie:\n\n"
        "Omzet: 29,0 miljard yuan\nLeveringen: 108.796 auto's (81.302)"
    )
    evs = extract_events(body, published=D(2025, 11, 18), language="nl", title="Xiaomi")
    assert (81302, Q2_25[0]) not in [(e.value, e.period_start) for e in evs]
