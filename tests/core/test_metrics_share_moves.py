"""A stock's move and the news that moved it, in one sentence: the news's figure is the
business's ("shares rose 4% after its EV unit reported revenue of 28.3 billion yuan"); the
stock's own figures (its price, a price target, its turnover) stay nobody's."""

import datetime as dt

import pytest

from pipelines.core.metrics import extract_events

PUBLISHED = dt.date(2025, 11, 19)

CASES = [
    (
        "Xiaomi shares rose 4% after its EV unit reported revenue of 28.3 billion yuan for the "
        "third quarter.",
        [("Xiaomi Auto", "revenue", 28.3e9, "quarter")],
    ),
    (
        "Xiaomi's stock climbed 6% in Hong Kong as the car business posted sales of 29 billion yuan "
        "in the third quarter.",
        [("Xiaomi Auto", "revenue", 29e9, "quarter")],
    ),
    (
        "Xiaomi shares fell 2% following news that the electric-car unit's operating loss "
        "narrowed to 300 million yuan in the second quarter.",
        [("Xiaomi Auto", "net_loss", 3e8, "quarter")],
    ),
    # the stock's own money stays nobody's
    ("Xiaomi shares rose 4% to HK$52.30 after the results.", []),
    ("Xiaomi shares closed at HK$48.20 after the company cut its price target to HK$60.", []),
    ("Shares rose 3% as analysts lifted their price target to HK$70.", []),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:40] for c in CASES])
def test_share_move_and_its_news(text: str, want: list[tuple[str, str, float, str]]) -> None:
    got = [
        (e.subject, e.metric, e.value, e.period_kind)
        for e in extract_events(text, published=PUBLISHED, language="en")
    ]
    assert got == want
