"""Negated, withdrawn, hypothetical and arithmetic figures; changes and shares taken for levels;
bound and rounding words; spreads. Written for this file (our own words), before the fix, in
English, Chinese and the other languages whose cues the extractor has.

Conventions (../shared/DESIGN.md): a figure the text denies, withdraws or only supposes is no
event; what the sentence says is so instead ("but topped 40,000") is; a needed remainder
("still needs another 84,000 to hit its target") is arithmetic, no target; an expectation
(有望, "is likely to") is a forecast, not a target; a change told by its size, a share of orders
cancelled or of cars recalled and a down payment are no levels; "-odd" is more_than, "or so"
about, 以内 up_to; a range of several periods' figures ("hovered between") is no one event.
"""

import datetime as dt
from typing import Any

import pytest
from test_metrics_review import check, ev

D = dt.date
AUTO, SU7, YU7 = "Xiaomi Auto", "Xiaomi SU7", "Xiaomi YU7"
NOV03 = D(2025, 11, 3)
OCT = {"period_kind": "month", "period_start": D(2025, 10, 1), "period_end": D(2025, 10, 31)}


def dlv(value: float, q: str = "exact", subject: str = AUTO, **fields: Any) -> dict[str, Any]:
    return ev(subject, metric="deliveries", value=value, qualifier=q, status="actual", **fields)


def goal(value: float, **fields: Any) -> dict[str, Any]:
    return ev(AUTO, metric="delivery_target", value=value, status="target", **fields)


def case(text: str, lang: str | None, want: list[Any], published: dt.date = NOV03) -> Any:
    return pytest.param(text, published, lang, want)


def run(cases: list[Any]) -> Any:
    return pytest.mark.parametrize(("text", "published", "lang", "want"), cases)


# --- 1. negated or withdrawn figures: no event; the bound said instead is --------------------

NEGATED = [
    case(
        "Xiaomi's October deliveries fell short of 50,000 but topped 40,000.",
        None,
        [dlv(40000, "more_than", **OCT)],
    ),
    case("Xiaomi failed to hit 50,000 deliveries in October.", None, []),
    case("Xiaomi has not delivered 500,000 cars yet.", None, []),
    case(
        "Xiaomi didn't sell 60,000 cars last month; it sold more than 45,000.",
        None,
        [dlv(45000, "more_than", **OCT)],
    ),
    case("Xiaomi Auto never delivered 50,000 cars in a single month.", None, []),
    case(
        "Xiaomi's October deliveries were above 40,000, not 50,000.",
        None,
        [dlv(40000, "more_than", **OCT)],
    ),
    # a target named after a negated verb is still the target
    case(
        "Xiaomi did not hit its 2024 goal of 120,000 deliveries.",
        None,
        [goal(120000, period_kind="year", period_start=D(2024, 1, 1))],
        D(2025, 1, 2),
    ),
    case(
        "小米汽车10月交付量没有达到5万辆，但超过了4万辆。", "zh", [dlv(40000, "more_than", **OCT)]
    ),
    case(
        "小米YU7的锁单量并不是30万台，而是超过24万台。",
        "zh",
        [ev(YU7, metric="locked_orders", value=240000, qualifier="more_than")],
    ),
    case(
        "小米汽车10月交付量未能突破5万辆，仍在4万辆以上。", "zh", [dlv(40000, "more_than", **OCT)]
    ),
    case(
        "小米汽車10月交付量並非傳聞中的5萬輛，官方數字為逾4萬輛。",
        "zh",
        [dlv(40000, "more_than", **OCT)],
    ),
    case(
        "勘误：小米汽车10月交付量此前被误写为4.5万辆，正确数字为超过4万辆。",
        "zh",
        [dlv(40000, "more_than", **OCT)],
    ),
    case("Xiaomi n'a pas atteint les 50 000 livraisons en octobre.", "fr", []),
    case("Xiaomi hat im Oktober nicht die 50.000 Auslieferungen erreicht.", "de", []),
    case("Xiaomi no alcanzó las 50.000 entregas en octubre.", "es", []),
    case("Xiaomi non ha raggiunto le 50.000 consegne a ottobre.", "it", []),
    case("A Xiaomi não atingiu as 50 mil entregas em outubro.", "pt", []),
    case("シャオミの10月の納車台数は5万台に届かなかった。", "ja", []),
    case("샤오미의 10월 인도량은 5만대에 미치지 못했다.", "ko", []),
    case("Xiaomi nie osiągnęła 50 tys. dostaw w październiku.", "pl", []),
    case("Xiaomi tidak mencapai 50.000 pengiriman pada Oktober.", "id", []),
    case("Xiaomi ekimde 50 bin teslimata ulaşamadı.", "tr", []),
    case("Xiaomi haalde in oktober de 50.000 leveringen niet.", "nl", []),
    # near misses: a bound, not a negation
    case(
        "Xiaomi delivered no fewer than 40,000 cars in October.",
        None,
        [dlv(40000, "at_least", **OCT)],
    ),
    case(
        "Xiaomi not only delivered 40,000 cars in October but also set a record.",
        None,
        [dlv(40000, **OCT)],
    ),
]


@run(NEGATED)
def test_negated(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- 2. hypotheticals and arithmetic ----------------------------------------------------------

Q4 = {"period_kind": "quarter", "period_start": D(2025, 10, 1)}
Y25 = {"period_kind": "year", "period_start": D(2025, 1, 1)}

HYPOTHETICAL = [
    case("If Xiaomi sold 40,000 cars every month, it would deliver 480,000 in a year.", None, []),
    case(
        "If the new line runs at full speed, Xiaomi could build 400,000 cars next year.", None, []
    ),
    case(
        "Xiaomi still needs to sell 84,000 cars this quarter to meet its full-year target of "
        "350,000.",
        None,
        [goal(350000, **Y25)],
        D(2025, 10, 5),
    ),
    case(
        "Xiaomi needs another 84,000 deliveries in the fourth quarter to hit its 350,000 target.",
        None,
        [goal(350000)],
        D(2025, 10, 5),
    ),
    case(
        "To reach its 350,000 goal, Xiaomi would have to hand over about 84,000 cars in the "
        "last quarter.",
        None,
        [goal(350000)],
        D(2025, 10, 5),
    ),
    case(
        "小米汽车要完成全年35万辆的目标，第四季度仍需交付8.4万辆。",
        "zh",
        [goal(350000, **Y25)],
        D(2025, 10, 5),
    ),
    case(
        "小米汽车前三季度已交付26.6万辆，距离35万辆的年度目标还需再交付8.4万辆。",
        "zh",
        [dlv(266000, period_kind="cumulative"), goal(350000, **Y25)],
        D(2025, 10, 5),
    ),
    case("假如小米每月交付4万辆，全年就能交付48万辆。", "zh", [], D(2025, 10, 5)),
    case(
        "小米汽车明年产能有望提升至45万辆。",
        "zh",
        [ev(AUTO, metric="production_capacity", value=450000, status="forecast")],
    ),
    case(
        "若三期工厂顺利投产，小米汽车年产能有望达到45万辆。",
        "zh",
        [ev(AUTO, metric="production_capacity", value=450000, status="forecast")],
    ),
    case(
        "Xiaomi's capacity is likely to reach 450,000 cars a year in 2026.",
        None,
        [ev(AUTO, metric="production_capacity", value=450000, status="forecast")],
    ),
    case("Si Xiaomi vendait 40 000 voitures par mois, elle en livrerait 480 000 par an.", "fr", []),
    case("Si Xiaomi vendiera 40.000 coches al mes, entregaría 480.000 al año.", "es", []),
    case("Se Xiaomi vendesse 40.000 auto al mese, ne consegnerebbe 480.000 in un anno.", "it", []),
    case(
        "Wenn Xiaomi jeden Monat 40.000 Autos ausliefern würde, kämen 480.000 im Jahr zusammen.",
        "de",
        [],
    ),
    # near misses: a plan stays a target, a need said outright (no remainder) too
    case(
        "Xiaomi plans to raise its annual capacity to 450,000 cars.",
        None,
        [ev(AUTO, metric="production_capacity", value=450000, status="target")],
    ),
    case(
        "If demand holds up, Xiaomi expects to sell 500,000 cars next year.",
        None,
        [ev(AUTO, metric="deliveries", value=500000, status="forecast")],
    ),
]


@run(HYPOTHETICAL)
def test_hypothetical(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- 3. changes and shares taken for levels ---------------------------------------------------

CHANGES = [
    case(
        "Xiaomi knocked 15,000 yuan off the SU7's price, which now starts at 200,900 yuan.",
        None,
        [ev(SU7, metric="price", value=200900)],
    ),
    case("小米SU7官降1万元后，起售价为20.59万元。", "zh", [ev(SU7, metric="price", value=205900)]),
    case("小米YU7限时官降2万元，现价23.35万元起。", "zh", [ev(YU7, metric="price", value=233500)]),
    case("About 12% of SU7 orders were cancelled after the price change.", None, []),
    case("Nearly 30% of YU7 reservations were refunded, a survey said.", None, []),
    case("约两成小米YU7锁单用户选择退订。", "zh", []),
    case("小米汽车此次召回的车辆约占SU7累计交付量的三成。", "zh", []),
    case("Buyers can take home a YU7 with a down payment of 50,000 yuan.", None, []),
    case("The SU7 Ultra can be financed with a 20% down payment of 105,980 yuan.", None, []),
    case("Le YU7 est proposé avec un apport de 50 000 yuans.", "fr", []),
    case("Der YU7 ist mit einer Anzahlung von 50.000 Yuan erhältlich.", "de", []),
    case("El YU7 se ofrece con una entrada de 50.000 yuanes.", "es", []),
    case("YU7は頭金5万元から購入できる。", "ja", []),
    # near misses: a buyer group is a share, a price is a price ("precio de entrada" is the
    # starting price, not a down payment)
    case(
        "O YU7 tem preço de entrada de 253.500 yuans.",
        "pt",
        [ev(YU7, metric="price", value=253500)],
    ),
    case("About 30% of SU7 buyers are women.", None, [ev(SU7, metric="buyer_share", value=30)]),
]


@run(CHANGES)
def test_changes(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- 4. bound and rounding words --------------------------------------------------------------

CUM = {"period_kind": "cumulative"}
QUALIFIERS = [
    case(
        "Xiaomi ha entregado 400.000 y pico coches desde el lanzamiento.",
        "es",
        [dlv(400000, "more_than", **CUM)],
    ),
    case(
        "Xiaomi ha consegnato 400.000 e passa auto dal lancio.",
        "it",
        [dlv(400000, "more_than", **CUM)],
    ),
    case(
        "Der YU7 würde in Europa 45.000 Euro oder so kosten.",
        "de",
        [ev(YU7, metric="price", value=45000, unit="EUR", qualifier="about")],
    ),
    case("Xiaomi a livré 40 000 voitures environ en octobre.", "fr", [dlv(40000, "about", **OCT)]),
    case(
        "シャオミ汽車の2025年の赤字は10億元以内に縮小する見通しだ。",
        "ja",
        [ev(AUTO, metric="net_loss", value=1e9, qualifier="up_to", status="forecast")],
    ),
    case(
        "Xiaomi has delivered 300,000-odd cars since launch.",
        None,
        [dlv(300000, "more_than", period_kind="cumulative")],
    ),
    case(
        "The SU7 sells for 30,000 dollars or thereabouts in export markets.",
        None,
        [ev(SU7, metric="price", value=30000, unit="USD", qualifier="about")],
    ),
    case(
        "The YU7 would cost EUR 45,000 or so in Europe, Xiaomi said.",
        None,
        [ev(YU7, metric="price", value=45000, unit="EUR", qualifier="about")],
    ),
    case("Xiaomi delivered 40,000 or so cars in October.", None, [dlv(40000, "about", **OCT)]),
    case("Xiaomi delivered fewer than 50,000 cars in October.", None, [dlv(50000, "up_to", **OCT)]),
    case("小米汽车10月交付不到5万辆。", "zh", [dlv(50000, "up_to", **OCT)]),
    case(
        "小米汽车第四季度亏损预计收窄至5亿元以内。",
        "zh",
        [ev(AUTO, metric="net_loss", value=5e8, qualifier="up_to", status="forecast")],
    ),
    case(
        "小米汽车2026年研发投入将控制在100亿元以内。",
        "zh",
        [ev(AUTO, metric="rd_spend", value=1e10, qualifier="up_to")],
    ),
]


@run(QUALIFIERS)
def test_qualifiers(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)


# --- 5. a spread of several periods' figures --------------------------------------------------

SPREADS = [
    case(
        "Xiaomi's monthly deliveries have fluctuated between 20,000 and 40,000 this year.", None, []
    ),
    case(
        "Weekly insurance registrations of the SU7 swung between 3,000 and 5,000 in the third "
        "quarter.",
        None,
        [],
    ),
    case("Xiaomi's weekly sales have ranged from 6,000 to 9,000 since the summer.", None, []),
    case("小米汽车周销量在7000至1万辆之间徘徊。", "zh", []),
    case("小米SU7的周上险量在3000辆到5000辆之间波动。", "zh", []),
    case(
        "Les immatriculations hebdomadaires de Xiaomi ont oscillé entre 7 000 et 10 000.", "fr", []
    ),
    case("Las matriculaciones semanales de Xiaomi han oscilado entre 7.000 y 10.000.", "es", []),
    case("Le immatricolazioni settimanali di Xiaomi sono oscillate tra 7.000 e 10.000.", "it", []),
    case("Os emplacamentos semanais da Xiaomi oscilaram entre 7 mil e 10 mil.", "pt", []),
    case("シャオミの週間登録台数は9月以降、7000台から1万台の間で推移している。", "ja", []),
    # near misses: one period's range is one event
    case(
        "Xiaomi expects to deliver between 30,000 and 40,000 cars in December.",
        None,
        [ev(AUTO, metric="deliveries", value=30000, value_max=40000, status="forecast")],
    ),
]


@run(SPREADS)
def test_spreads(text: str, published: dt.date, lang: str | None, want: list[Any]) -> None:
    check(text, published, lang, want)
