"""Open periods resolved: a month or year named without a year in an undated story (kind
"month?"/"year?", no dates), or a flow stated with no period, joins the one dated fact it
restates, and only then. Hand-made events; the values and wording are our own."""

import datetime as dt
import itertools
import random
from typing import Any

import pytest

from pipelines.core import facts as facts_module
from pipelines.core.facts import (
    Fact,
    FactEvent,
    fact_key,
    facts_from_events,
    facts_of_group,
    group_key,
    named_month,
)

_ids = itertools.count()


def ev(value: float, **kw: Any) -> FactEvent:
    n = next(_ids)
    base: dict[str, Any] = {
        "event_id": f"r{n}",
        "article_id": f"ra{n}",
        "subject": "Xiaomi Auto",
        "metric": "deliveries",
        "value": float(value),
        "unit": "vehicles",
        "status": "actual",
        "qualifier": "exact",
        "period_kind": "none",
        "source_domain": f"outlet{n}.example",
        "url": f"http://outlet{n}.example/story",
        "language": "en",
        "published_at": dt.datetime(2026, 4, 2, tzinfo=dt.UTC) + dt.timedelta(hours=n),
    }
    base.update(kw)
    return FactEvent(**base)


def dated_month(value: float, year: int = 2026, month: int = 3, **kw: Any) -> FactEvent:
    start = dt.date(year, month, 1)
    end = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    return ev(value, period_kind="month", period_start=start, period_end=end, **kw)


def open_month(value: float, text: str = "during March", **kw: Any) -> FactEvent:
    """A month named in a story with no date: the extractor cannot give it a year."""
    return ev(value, period_kind="month", period_text=text, published_at=None, **kw)


def dated_year(value: float, year: int, **kw: Any) -> FactEvent:
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    return ev(value, period_kind="year", period_start=start, period_end=end, **kw)


def open_year(value: float, text: str | None = "full-year", **kw: Any) -> FactEvent:
    return ev(value, period_kind="year", period_text=text, published_at=None, **kw)


PLAN = {"metric": "delivery_target", "status": "target"}


def holding(facts: list[Fact], event: FactEvent) -> Fact:
    return next(f for f in facts if event.event_id in f.event_ids)


def together(facts: list[Fact], a: FactEvent, b: FactEvent) -> bool:
    return holding(facts, a).fact_id == holding(facts, b).fact_id


# --- joins that must happen ----------------------------------------------------------------


def test_an_undated_month_joins_the_one_dated_month_it_restates() -> None:
    bound = dated_month(40000, qualifier="more_than")
    exact = open_month(41237)
    alone = facts_from_events([bound])
    facts = facts_from_events([bound, exact])
    assert len(facts) == 1
    fact = facts[0]
    # the dated fact keeps its id and dates, and takes the precise figure
    assert fact.fact_id == alone[0].fact_id
    assert (fact.period_kind, fact.period_start, fact.period_end) == (
        "month",
        dt.date(2026, 3, 1),
        dt.date(2026, 3, 31),
    )
    assert fact.value == 41237 and fact.qualifier == "exact" and not fact.revised
    assert fact.n_articles == 2


@pytest.mark.parametrize("text", ["3月", "mart ayında", "в марте", "tháng 3", "im März"])
def test_the_month_may_be_named_in_other_languages(text: str) -> None:
    dated = dated_month(41237)
    undated = open_month(41200, text=text, language="xx")
    assert together(facts_from_events([dated, undated]), dated, undated), text


def test_an_undated_year_joins_the_one_plan_whose_stated_values_it_repeats() -> None:
    """A raised plan of 2026 (140,000 then 155,000): "a full-year target of 155,000" from an
    undated story is that plan; the fact stays revised, its latest value kept."""
    plan = [dated_year(140000, 2026, **PLAN), dated_year(155000, 2026, **PLAN)]
    undated = open_year(155000, **PLAN)
    facts = facts_from_events([*plan, undated])
    assert len(facts) == 1
    assert facts[0].revised and facts[0].period_kind == "year" and facts[0].n_articles == 3


def test_a_company_figure_of_the_one_car_era_joins_the_su7_fact() -> None:
    """An undated "Xiaomi Auto" October figure can be October 2024's, when Xiaomi Auto's
    deliveries were the SU7's: it joins the SU7's fact, which gains the company's name."""
    su7 = dated_month(23117, 2024, 10, subject="Xiaomi SU7")
    company = open_month(23000, text="in October", qualifier="more_than")
    facts = facts_from_events([su7, company])
    assert len(facts) == 1
    assert facts[0].subject == "Xiaomi SU7" and facts[0].subject_aliases == ("Xiaomi Auto",)


def test_a_precise_flow_stated_with_no_period_joins_its_dated_figure() -> None:
    q3 = {"period_start": dt.date(2025, 7, 1), "period_end": dt.date(2025, 9, 30)}
    revenue = {"metric": "revenue", "unit": "CNY"}
    dated = ev(28.47e9, period_kind="quarter", **q3, **revenue)
    no_period = ev(28.5e9, published_at=dt.datetime(2025, 11, 20, tzinfo=dt.UTC), **revenue)
    facts = facts_from_events([dated, no_period])
    assert len(facts) == 1 and facts[0].value == 28.47e9 and facts[0].period_kind == "quarter"
    # stated in the next year (keyed by the month it was stated in, January 2026)
    q4 = {"period_start": dt.date(2025, 10, 1), "period_end": dt.date(2025, 12, 31)}
    dated = ev(31.63e9, period_kind="quarter", **q4, **revenue)
    january = ev(31.6e9, published_at=dt.datetime(2026, 1, 20, tzinfo=dt.UTC), **revenue)
    assert fact_key(january).period == "stated 2026-01"
    assert len(facts_from_events([dated, january])) == 1


# --- joins that must not happen ------------------------------------------------------------


def test_two_dated_candidates_keep_the_open_month_apart() -> None:
    """March 2025 and March 2026 both agree with "more than 40,000": which one is unknown."""
    march25 = dated_month(40760, 2025)
    march26 = dated_month(41237, 2026)
    undated = open_month(40000, qualifier="more_than")
    facts = facts_from_events([march25, march26, undated])
    assert len(facts) == 3
    # two facts of one dated month (exact figures too far apart for a correction: two
    # scopes) are two candidates too
    low, high = dated_month(41237), dated_month(43905)
    assert len(facts_from_events([low, high])) == 2
    assert len(facts_from_events([low, high, open_month(40000, qualifier="more_than")])) == 3


def test_a_figure_of_a_corrected_month_joins_it() -> None:
    """March's 41,237 corrected to 41,480 (0.6 %): an undated story's 41,237 is that fact."""
    fact = facts_from_events([dated_month(41237), dated_month(41480), open_month(41237)])
    assert len(fact) == 1 and fact[0].revised and fact[0].n_articles == 3


def test_a_figure_that_could_be_a_correction_of_another_fact_is_ambiguous() -> None:
    """ "41,900" rounds to March 2025's 42,000, but lies within a correction of March 2026's
    41,650: either could be it, so it joins neither."""
    march25, march26 = dated_month(42000, 2025, subject="Xiaomi SU7"), dated_month(41650)
    assert len(facts_from_events([march25, open_month(41900)])) == 1
    assert len(facts_from_events([march25, march26, open_month(41900)])) == 3


def test_a_value_that_disagrees_stays_apart() -> None:
    dated = dated_month(41237)
    for undated in (open_month(52000), open_month(38000), open_month(48000, qualifier="about")):
        assert len(facts_from_events([dated, undated])) == 2, undated.value
    # against each exact figure of the fact, not only one: 41,300 is not 41,237 rounded
    assert len(facts_from_events([dated, dated_month(40000, qualifier="more_than"),
                                  open_month(41300)])) == 2  # fmt: skip


def test_target_and_actual_never_join() -> None:
    actual = dated_month(41237)
    target = open_month(41237, status="target", metric="deliveries")
    assert len(facts_from_events([actual, target])) == 2
    plan = dated_year(150000, 2026, **PLAN)
    assert len(facts_from_events([plan, open_year(150000, metric="delivery_target")])) == 2


def test_another_subject_never_joins() -> None:
    company = dated_month(41237)
    for subject in ("Xiaomi YU7", "Xiaomi Group"):
        assert len(facts_from_events([company, open_month(41237, subject=subject)])) == 2
    # the SU7's own figure is not the company's in 2026, when the YU7 is on sale too
    assert len(facts_from_events([company, open_month(41237, subject="Xiaomi SU7")])) == 2


def test_another_month_name_never_joins() -> None:
    dated = dated_month(41237)
    for text in ("during April", "4月", "in March and April", "monthly", "this month"):
        assert len(facts_from_events([dated, open_month(41237, text=text)])) == 2, text
    # a year? event joins a year, never a month of it
    assert len(facts_from_events([dated, open_year(41237)])) == 2


def test_a_year_named_in_the_words_must_be_the_dated_year() -> None:
    plan = dated_year(150000, 2026, **PLAN)
    assert len(facts_from_events([plan, open_year(150000, text="FY2027 goal", **PLAN)])) == 2
    assert len(facts_from_events([plan, open_year(150000, text="FY2026 goal", **PLAN)])) == 1


def said_on(day: dt.date) -> FactEvent:
    """ "During March" in a story of `day` that the extractor left without a year."""
    published = dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)
    return ev(41237, period_kind="month", period_text="during March", published_at=published)


def test_a_story_date_bounds_the_period_of_an_actual() -> None:
    """A month named without a year in a dated story: an actual's month has begun by the
    story's date and ended at most a year before it."""
    march26 = dated_month(41237)
    assert len(facts_from_events([march26, said_on(dt.date(2026, 2, 20))])) == 2  # not begun
    assert len(facts_from_events([march26, said_on(dt.date(2027, 6, 1))])) == 2  # 14 months
    assert len(facts_from_events([march26, said_on(dt.date(2026, 4, 20))])) == 1
    # a story of February 2026 speaks of the March before
    march25 = dated_month(41237, 2025, subject="Xiaomi SU7")
    assert len(facts_from_events([march25, said_on(dt.date(2026, 2, 20))])) == 1


def test_open_clusters_that_disagree_never_join_one_fact_together() -> None:
    """Two undated March figures (43,100 and 49,800, so two facts: Marches of two years)
    both agree with "more than 40,000": neither is known to be it, so both stay apart."""
    dated = dated_month(40000, qualifier="more_than")
    facts = facts_from_events([dated, open_month(43100), open_month(49800)])
    assert len(facts) == 3
    # two undated statements that agree (43,100 and "about 43,000") join it together
    a, b = open_month(43100), open_month(43000, text="in March", qualifier="about")
    facts = facts_from_events([dated, a, b])
    assert len(facts) == 1 and facts[0].n_articles == 3


def test_a_round_flow_with_no_period_stays_apart() -> None:
    """ "About 30,000" or "40,000" with no period could be a month's, a quarter's or a running
    total: only a precise exact figure (three significant figures) joins."""
    q3 = {"period_start": dt.date(2025, 7, 1), "period_end": dt.date(2025, 9, 30)}
    dated = ev(40000, period_kind="quarter", qualifier="more_than", **q3)
    for value, qualifier in ((40000, "exact"), (41000, "more_than"), (40000, "about")):
        loose = ev(value, qualifier=qualifier, published_at=None)
        assert len(facts_from_events([dated, loose])) == 2, (value, qualifier)
    # nor a flow stated before its period began
    before = ev(40321, published_at=dt.datetime(2025, 6, 30, tzinfo=dt.UTC))
    assert len(facts_from_events([ev(40321, period_kind="quarter", **q3), before])) == 2


# --- properties ------------------------------------------------------------------------------


def _mixed() -> list[FactEvent]:
    return [
        dated_month(40000, qualifier="more_than"),
        dated_month(41237),
        open_month(41200),
        open_month(41237, text="3月"),
        dated_month(36100, 2025, 2),
        open_month(36000, text="for February", qualifier="more_than"),
        dated_month(36000, 2024, 2, subject="Xiaomi SU7"),  # a second February candidate
        dated_year(150000, 2026, **PLAN),
        open_year(150000, **PLAN),
        ev(15000, period_kind="window", period_text="in 30 minutes", metric="orders"),
    ]


def test_results_do_not_depend_on_the_order_of_events() -> None:
    events = _mixed()
    first = [f.as_row() for f in facts_from_events(events)]
    for seed in range(5):
        shuffled = events[:]
        random.Random(seed).shuffle(shuffled)
        assert [f.as_row() for f in facts_from_events(shuffled)] == first
    # the February bound stays apart: February 2025 and the SU7's February 2024 both fit
    facts = facts_from_events(events)
    assert len(facts) == 6


def test_a_group_of_the_beam_job_gives_the_facts_of_the_whole_set() -> None:
    """The Beam job groups by `group_key` and runs `facts_of_group` per group: the same
    facts as `facts_from_events`, which the pipeline test checks on a real runner."""
    events = _mixed()
    groups: dict[tuple[str, ...], list[tuple[tuple[str, ...], FactEvent]]] = {}
    for e in events:
        key = fact_key(e)
        groups.setdefault(group_key(key), []).append((key.as_tuple(), e))
    by_groups = sorted(
        (f.as_row() for g, evs in groups.items() for f in facts_of_group(g, evs)),
        key=lambda r: r["fact_id"],
    )
    whole = sorted((f.as_row() for f in facts_from_events(events)), key=lambda r: r["fact_id"])
    assert by_groups == whole
    # open and dated keys of one family meet; a window keeps its own fact key
    keys = {group_key(fact_key(e)) for e in events}
    window = fact_key(events[-1])
    assert window.as_tuple() in keys
    company = group_key(fact_key(dated_month(1)))
    assert group_key(fact_key(open_month(1, subject="Xiaomi SU7"))) == company
    assert group_key(fact_key(open_month(1, subject="Xiaomi YU7"))) != company


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("during March", 3),
        ("10月", 10),
        ("十一月", 11),
        ("11月份", 11),
        ("1월", 1),
        ("tháng 12", 12),
        ("tháng 1", 1),
        ("w listopadzie", 11),
        ("в сентябре", 9),
        ("ağustos ayında", 8),
        ("en juillet", 7),
        ("in March and April", None),
        ("monthly", None),
        ("the last months", None),
        (None, None),
    ],
)
def test_named_month(text: str | None, month: int | None) -> None:
    assert named_month(text) == month


def test_month_words_come_from_the_data_file() -> None:
    with pytest.raises(ValueError, match="month_words"):
        facts_module.parse_data({"month_words": {"numbered": ["month"]}})
    with pytest.raises(ValueError, match="month_words"):
        facts_module.parse_data({"month_words": {13: ["undecember"]}})
    data = facts_module.parse_data({"month_words": {3: ["marz*"], "numbered": ["M{n}"]}})
    assert [m for p, m in data.months if p.search("im marzolino")] == [3]
    assert not any(p.search("smarzo") for p, _ in data.months)  # a word's start only
    numbered = [p.search("m7 and m12") for p, m in data.months if m is None]
    assert numbered[0] is not None and numbered[0].group("n") == "7"


def test_an_undated_story_never_makes_a_revised_figure_the_latest() -> None:
    """A raised plan (140,000 in January, 155,000 in March): an undated story's 140,000 joins
    it but is not the latest figure, which only a dated story can say."""
    jan = dated_year(140000, 2026, published_at=dt.datetime(2026, 1, 5, tzinfo=dt.UTC), **PLAN)
    mar = dated_year(155000, 2026, published_at=dt.datetime(2026, 3, 5, tzinfo=dt.UTC), **PLAN)
    facts = facts_from_events([jan, mar, open_year(140000, **PLAN)])
    assert len(facts) == 1 and facts[0].revised and facts[0].value == 155000
