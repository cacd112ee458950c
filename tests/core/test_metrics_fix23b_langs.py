"""fix23b: families of misses in the languages besides English and Chinese, our own sentences.

1. A new level told after the figure before it, with its change verb and its "to" right before
   it ("A Xiaomi entregou 40.000 carros no quarto trimestre de 2024 e subiu para 75.869 no
   primeiro", "… est passé à 75 869 au premier trimestre", "subieron a", "è salita a",
   "steigerte sich … auf", "steeg … naar"): the same measure as the figure before, of its own
   period (data `rose_to`).
2. A rival's price in a relative clause right after the rival's name ("compete contra o Tesla
   Model Y, que custa 263.500", "que cuesta", "qui coûte", "che costa", ", das … kostet",
   ", die … kost", ", który kosztuje", ", который стоит"): the rival's, nobody's here; a
   relative clause after a Xiaomi model keeps the model's price (data `relative`).
3. German "von 400 auf 360 Tsd." (one scale word, after the second figure): the first figure
   takes that scale, the move goes either way (Dutch "van 400 naar 360 duizend" alike); a
   revised target gives both levels; "Lieferziel" is a delivery target.
4. Spanish "…, desde 500 millones en el primero" (no article before the base's figure, the
   quarter by its ordinal alone): the base, of the same measure and that quarter; "desde N
   millones" is no car price.
5. An average selling price in a results text whose sentence names a model only as the
   cause ("por el mayor peso de las versiones básicas del SU7", "devido ao", "en raison de",
   "per il maggior peso", "wegen des höheren Anteils"): the car business's, not the model's;
   "el precio medio del SU7" stays the model's.
6. Russian "План Xiaomi на год" (Polish "Plan na rok"): the goal of the year of writing.
Expectations written before the extractor ran.
"""

import datetime as dt
from typing import Any

import pytest

from pipelines.core.metrics import extract_events

D = dt.date
Q4_24 = (D(2024, 10, 1), D(2024, 12, 31))
Q1_25 = (D(2025, 1, 1), D(2025, 3, 31))
Q2_25 = (D(2025, 4, 1), D(2025, 6, 30))
Y25 = (D(2025, 1, 1), D(2025, 12, 31))
Y26 = (D(2026, 1, 1), D(2026, 12, 31))
NONE = (None, None)
AUTO = "Xiaomi Auto"


def _smvp(body: str, lang: str, published: dt.date) -> list[tuple[Any, ...]]:
    """subject, metric, value, period"""
    return [
        (e.subject, e.metric, e.value, e.period_start, e.period_end)
        for e in extract_events(body, published=published, language=lang, title="Xiaomi")
    ]


# 1. A new level after the figure before it ------------------------------------------------

MAY20 = D(2025, 5, 20)


@pytest.mark.parametrize(
    ("lang", "body", "want"),
    [
        (
            "pt",
            "A Xiaomi entregou 40.000 carros no quarto trimestre de 2024 e subiu para 75.869 no "
            "primeiro trimestre de 2025.",
            [(AUTO, "deliveries", 40000, *Q4_24), (AUTO, "deliveries", 75869, *Q1_25)],
        ),
        (
            "pt",
            "Depois de 40.000 entregas no quarto trimestre de 2024, a Xiaomi saltou para mais de "
            "75.000 no primeiro trimestre de 2025.",
            [(AUTO, "deliveries", 40000, *Q4_24), (AUTO, "deliveries", 75000, *Q1_25)],
        ),
        (
            "pt",
            "As entregas da Xiaomi foram de 40.000 no quarto trimestre de 2024; no primeiro "
            "trimestre de 2025, cresceram para 75.869.",
            [(AUTO, "deliveries", 40000, *Q4_24), (AUTO, "deliveries", 75869, *Q1_25)],
        ),
        (
            "pt",
            "A receita automóvel da Xiaomi foi de 16,7 mil milhões de yuans no quarto trimestre "
            "de 2024 e passou para 18,1 mil milhões no primeiro trimestre de 2025.",
            [(AUTO, "revenue", 16.7e9, *Q4_24), (AUTO, "revenue", 18.1e9, *Q1_25)],
        ),
        (
            "fr",
            "Les livraisons de Xiaomi, de 40 000 unités au quatrième trimestre 2024, sont passées "
            "à 75 869 au premier trimestre 2025.",
            [(AUTO, "deliveries", 40000, *Q4_24), (AUTO, "deliveries", 75869, *Q1_25)],
        ),
        (
            "fr",
            "Après 40 000 voitures livrées au quatrième trimestre 2024, Xiaomi a grimpé à 75 869 "
            "au premier trimestre 2025.",
            [(AUTO, "deliveries", 40000, *Q4_24), (AUTO, "deliveries", 75869, *Q1_25)],
        ),
        (
            "es",
            "Las entregas de Xiaomi fueron de 40.000 en el cuarto trimestre de 2024 y subieron "
            "a 75.869 en el primer trimestre de 2025.",
            [(AUTO, "deliveries", 40000, *Q4_24), (AUTO, "deliveries", 75869, *Q1_25)],
        ),
        (
            "es",
            "Tras entregar 40.000 coches en el cuarto trimestre de 2024, Xiaomi saltó hasta "
            "75.869 en el primer trimestre de 2025.",
            [(AUTO, "deliveries", 40000, *Q4_24), (AUTO, "deliveries", 75869, *Q1_25)],
        ),
        (
            "it",
            "Dopo aver consegnato 40.000 auto nel quarto trimestre 2024, Xiaomi è salita a "
            "75.869 nel primo trimestre 2025.",
            [(AUTO, "deliveries", 40000, *Q4_24), (AUTO, "deliveries", 75869, *Q1_25)],
        ),
        (
            "de",
            "Xiaomi lieferte im vierten Quartal 2024 40.000 Autos aus und steigerte sich im "
            "ersten Quartal 2025 auf 75.869.",
            [(AUTO, "deliveries", 40000, *Q4_24), (AUTO, "deliveries", 75869, *Q1_25)],
        ),
        (
            "nl",
            "Xiaomi leverde in het vierde kwartaal van 2024 40.000 auto's af en dat aantal steeg "
            "in het eerste kwartaal van 2025 naar 75.869.",
            [(AUTO, "deliveries", 40000, *Q4_24), (AUTO, "deliveries", 75869, *Q1_25)],
        ),
        # the new level's quarter told without its year: the year after the base's
        (
            "pt",
            "Com 69.697 carros entregues no quarto trimestre de 2024, a Xiaomi avançou para "
            "75.869 no primeiro trimestre.",
            [(AUTO, "deliveries", 69697, *Q4_24), (AUTO, "deliveries", 75869, *Q1_25)],
        ),
        (
            "fr",
            "Xiaomi, à 69 697 livraisons au quatrième trimestre 2024, a bondi à 75 869 au "
            "premier trimestre.",
            [(AUTO, "deliveries", 69697, *Q4_24), (AUTO, "deliveries", 75869, *Q1_25)],
        ),
        # negative: a share price's new level is no count
        (
            "it",
            "Xiaomi ha consegnato 40.000 auto nel quarto trimestre 2024 e il titolo è salito a "
            "55 dollari di Hong Kong.",
            [(AUTO, "deliveries", 40000, *Q4_24)],
        ),
        # negative: a rival's new level is nobody's here
        (
            "pt",
            "A Xiaomi entregou 40.000 carros no quarto trimestre de 2024, e a Tesla subiu para "
            "75.869 no mesmo período.",
            [(AUTO, "deliveries", 40000, *Q4_24)],
        ),
        # negative: a share price after a count is no count
        (
            "es",
            "Xiaomi entregó 40.000 coches en el cuarto trimestre de 2024 y sus acciones subieron "
            "a 45 dólares de Hong Kong.",
            [(AUTO, "deliveries", 40000, *Q4_24)],
        ),
    ],
)
def test_new_level_after_the_figure_before(
    lang: str, body: str, want: list[tuple[Any, ...]]
) -> None:
    assert _smvp(body, lang, MAY20) == want


# 2. A rival's price in a relative clause ----------------------------------------------------

JUL10 = D(2025, 7, 10)


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("pt", "O Xiaomi YU7 compete contra o Tesla Model Y, que custa 263.500 yuans na China."),
        (
            "pt",
            "O novo SUV da Xiaomi, o YU7, enfrenta o Tesla Model Y, cujo preço é de 263.500 yuans.",
        ),
        ("es", "El Xiaomi YU7 se mide con el Tesla Model Y, que cuesta 263.500 yuanes."),
        ("fr", "Le Xiaomi YU7 fait face au Tesla Model Y, qui coûte 263 500 yuans en Chine."),
        ("fr", "Le YU7 de Xiaomi vise le Tesla Model Y, dont le prix démarre à 263 500 yuans."),
        ("it", "La Xiaomi YU7 sfida la Tesla Model Y, che costa 263.500 yuan in Cina."),
        (
            "de",
            "Der Xiaomi YU7 tritt gegen das Tesla Model Y an, das in China 263.500 Yuan kostet.",
        ),
        ("nl", "De Xiaomi YU7 neemt het op tegen de Tesla Model Y, die 263.500 yuan kost."),
        ("pl", "Xiaomi YU7 rywalizuje z Teslą Model Y, która kosztuje 263,5 tys. juanów."),
        ("ru", "Xiaomi YU7 конкурирует с Tesla Model Y, которая стоит 263,5 тыс. юаней."),
    ],
)
def test_rival_price_in_relative_clause(lang: str, body: str) -> None:
    assert _smvp(body, lang, JUL10) == []


@pytest.mark.parametrize(
    ("lang", "body", "want"),
    [
        # a Xiaomi model's own relative clause keeps its price
        (
            "es",
            "El YU7 de Xiaomi, que cuesta 253.500 yuanes, compite con el Tesla Model Y.",
            [("Xiaomi YU7", "price", 253500, *NONE)],
        ),
        (
            "fr",
            "Le YU7 de Xiaomi, qui coûte 253 500 yuans, affronte le Tesla Model Y.",
            [("Xiaomi YU7", "price", 253500, *NONE)],
        ),
        # the rival's price in its clause, the Xiaomi model's own before it
        (
            "pt",
            "O Xiaomi YU7 custa 253.500 yuans, abaixo do Tesla Model Y, que custa 263.500 yuans.",
            [("Xiaomi YU7", "price", 253500, *NONE)],
        ),
        (
            "it",
            "La Xiaomi YU7 costa 253.500 yuan, meno della Tesla Model Y, che costa 263.500 yuan.",
            [("Xiaomi YU7", "price", 253500, *NONE)],
        ),
    ],
)
def test_xiaomi_model_price_beside_a_rival_clause(
    lang: str, body: str, want: list[tuple[Any, ...]]
) -> None:
    assert _smvp(body, lang, JUL10) == want


# 3. German "von 400 auf 360 Tsd." -----------------------------------------------------------

OCT02 = D(2025, 10, 2)


@pytest.mark.parametrize(
    ("lang", "body", "want"),
    [
        (
            "de",
            "Xiaomi hat das Lieferziel für 2025 von 400 auf 360 Tsd. Fahrzeuge gesenkt.",
            [(AUTO, "delivery_target", 400000, *Y25), (AUTO, "delivery_target", 360000, *Y25)],
        ),
        (
            "de",
            "Xiaomi senkte sein Auslieferungsziel für dieses Jahr von 400 auf 360 Tsd. Autos.",
            [(AUTO, "delivery_target", 400000, *Y25), (AUTO, "delivery_target", 360000, *Y25)],
        ),
        (
            "de",
            "Xiaomi hob sein Absatzziel für 2025 von 300 auf 350 Tsd. Fahrzeuge an.",
            [(AUTO, "delivery_target", 300000, *Y25), (AUTO, "delivery_target", 350000, *Y25)],
        ),
        (
            "de",
            "Das Lieferziel von Xiaomi für 2025 wurde von 300.000 auf 350.000 Autos erhöht.",
            [(AUTO, "delivery_target", 300000, *Y25), (AUTO, "delivery_target", 350000, *Y25)],
        ),
        (
            "de",
            "Xiaomi hat das Lieferziel für 2025 von 400.000 auf 360.000 Fahrzeuge gesenkt.",
            [(AUTO, "delivery_target", 400000, *Y25), (AUTO, "delivery_target", 360000, *Y25)],
        ),
        (
            "nl",
            "Xiaomi verlaagde het leveringsdoel voor 2025 van 400 naar 360 duizend auto's.",
            [(AUTO, "delivery_target", 400000, *Y25), (AUTO, "delivery_target", 360000, *Y25)],
        ),
        # negatives: no scale word after the second figure, or a wait, or years
        ("de", "Die Wartezeit für den Xiaomi YU7 sank von 40 auf 30 Wochen.", []),
        ("de", "Xiaomi verschob den Marktstart von 2025 auf 2026.", []),
    ],
)
def test_von_auf_shares_the_scale(lang: str, body: str, want: list[tuple[Any, ...]]) -> None:
    assert _smvp(body, lang, OCT02) == want


# 4. Spanish "desde 500 millones en el primero" ----------------------------------------------

AUG25 = D(2025, 8, 25)


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "La pérdida operativa del negocio de coches de Xiaomi se redujo a 300 millones de "
            "yuanes en el segundo trimestre de 2025, desde 500 millones en el primero.",
            [(AUTO, "net_loss", 3e8, *Q2_25), (AUTO, "net_loss", 5e8, *Q1_25)],
        ),
        (
            "Los ingresos del negocio de vehículos de Xiaomi subieron a 21.300 millones de "
            "yuanes en el segundo trimestre de 2025 desde 18.100 millones en el primero.",
            [(AUTO, "revenue", 21.3e9, *Q2_25), (AUTO, "revenue", 18.1e9, *Q1_25)],
        ),
        (
            "Las entregas de Xiaomi crecieron hasta 81.302 en el segundo trimestre de 2025, "
            "desde 75.869 en el primero.",
            [(AUTO, "deliveries", 81302, *Q2_25), (AUTO, "deliveries", 75869, *Q1_25)],
        ),
        (
            "Las entregas de Xiaomi crecieron hasta 81.302 en el segundo trimestre de 2025, "
            "desde las 75.869 del primero.",
            [(AUTO, "deliveries", 81302, *Q2_25), (AUTO, "deliveries", 75869, *Q1_25)],
        ),
        # a price "desde" stays a price
        (
            "El Xiaomi SU7 Max cuesta desde 299.900 yuanes.",
            [("Xiaomi SU7", "price", 299900, *NONE)],
        ),
    ],
)
def test_desde_base_with_quarter_ordinal(body: str, want: list[tuple[Any, ...]]) -> None:
    assert _smvp(body, "es", AUG25) == want


# 5. An average selling price whose sentence names a model only as the cause ----------------

MAY27 = D(2025, 5, 27)


@pytest.mark.parametrize(
    ("lang", "body", "want"),
    [
        (
            "es",
            "La división de coches de Xiaomi ingresó 18.100 millones de yuanes en el primer "
            "trimestre de 2025. El precio medio de venta cayó a 235.000 yuanes debido al mayor "
            "peso de las versiones de entrada del SU7.",
            [(AUTO, "revenue", 18.1e9, *Q1_25), (AUTO, "price", 235000, *Q1_25)],
        ),
        (
            "es",
            "La división de coches de Xiaomi ingresó 18.100 millones de yuanes en el primer "
            "trimestre de 2025. Por el mayor peso del SU7 básico, el precio medio de venta bajó "
            "a 235.000 yuanes en el trimestre.",
            [(AUTO, "revenue", 18.1e9, *Q1_25), (AUTO, "price", 235000, *Q1_25)],
        ),
        (
            "pt",
            "A divisão de veículos da Xiaomi faturou 18,1 mil milhões de yuans no primeiro "
            "trimestre de 2025. O preço médio de venda caiu para 235.000 yuans devido ao maior "
            "peso das versões básicas do SU7.",
            [(AUTO, "revenue", 18.1e9, *Q1_25), (AUTO, "price", 235000, *Q1_25)],
        ),
        (
            "fr",
            "La division automobile de Xiaomi a réalisé un chiffre d'affaires de 18,1 milliards "
            "de yuans au premier trimestre 2025. Le prix de vente moyen a reculé à 235 000 "
            "yuans en raison du poids accru des versions d'entrée de gamme de la SU7.",
            [(AUTO, "revenue", 18.1e9, *Q1_25), (AUTO, "price", 235000, *Q1_25)],
        ),
        (
            "it",
            "La divisione auto di Xiaomi ha fatturato 18,1 miliardi di yuan nel primo trimestre "
            "2025. Il prezzo medio di vendita è sceso a 235.000 yuan per il maggior peso delle "
            "versioni base della SU7.",
            [(AUTO, "revenue", 18.1e9, *Q1_25), (AUTO, "price", 235000, *Q1_25)],
        ),
        (
            "de",
            "Die Autosparte von Xiaomi setzte im ersten Quartal 2025 18,1 Mrd. Yuan um. Der "
            "durchschnittliche Verkaufspreis sank wegen des höheren Anteils der "
            "SU7-Basisversionen auf 235.000 Yuan.",
            [(AUTO, "revenue", 18.1e9, *Q1_25), (AUTO, "price", 235000, *Q1_25)],
        ),
        # the model's own average stays the model's (an average keeps the quarter told before:
        # first written with no period, corrected after the run)
        (
            "es",
            "La división de coches de Xiaomi ingresó 18.100 millones de yuanes en el primer "
            "trimestre de 2025. El precio medio del SU7 fue de 235.000 yuanes.",
            [(AUTO, "revenue", 18.1e9, *Q1_25), ("Xiaomi SU7", "price", 235000, *Q1_25)],
        ),
    ],
)
def test_average_price_model_named_as_cause(
    lang: str, body: str, want: list[tuple[Any, ...]]
) -> None:
    assert _smvp(body, lang, MAY27) == want


# 6. Russian "План Xiaomi на год" -----------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "body", "want"),
    [
        (
            "ru",
            "План Xiaomi на год — 350 тысяч автомобилей.",
            [(AUTO, "delivery_target", 350000, *Y25)],
        ),
        (
            "ru",
            "План Xiaomi на текущий год составляет 350 тыс. автомобилей.",
            [(AUTO, "delivery_target", 350000, *Y25)],
        ),
        (
            "ru",
            "Xiaomi уже выполнила годовой план в 350 тыс. машин.",
            [(AUTO, "delivery_target", 350000, *Y25)],
        ),
        (
            "ru",
            "До выполнения годового плана в 350 тыс. машин Xiaomi осталось немного.",
            [(AUTO, "delivery_target", 350000, *Y25)],
        ),
        ("pl", "Plan Xiaomi na rok to 350 tys. aut.", [(AUTO, "delivery_target", 350000, *Y25)]),
        # a year told keeps its year
        (
            "ru",
            "План Xiaomi на 2026 год — 550 тысяч автомобилей.",
            [(AUTO, "delivery_target", 550000, *Y26)],
        ),
    ],
)
def test_plan_for_the_year(lang: str, body: str, want: list[tuple[Any, ...]]) -> None:
    assert _smvp(body, lang, OCT02) == want
