"""Passes over an article's events after all its sentences are read: a target dated by the
actual that beats it, one stated target year, and duplicates dropped.

Apart because these read the whole list of events, not one sentence.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import math
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from pipelines.core.metrics.kinds import CNY_PER, MONEY_METRICS
from pipelines.core.metrics.patterns import _YEAR_RE
from pipelines.core.metrics.periods import MONTHS, THIS_YEAR_RE
from pipelines.core.metrics.subjects import _specificity

if TYPE_CHECKING:  # annotations only: extract.py imports this module
    from pipelines.core.metrics.extract import ExtractedEvent
from pipelines.core.metrics import scan


def _targets_beaten(events: list[ExtractedEvent], beaten: set[int]) -> list[ExtractedEvent]:
    """A sentence whose actual beats or misses a target ("136,854 for the full year, far above
    the 100,000 target set at the start of the year", 全年交付13.7万辆，远超年初设定的10万辆目标):
    the target is of the actual's period, unless its own words name a year. One actual
    period of the target's kind (or of a year, for a target with none) decides."""
    done = {
        (e.period_kind, e.period_start, e.period_end)
        for e in events
        if e.status == "actual"
        and e.metric == "deliveries"
        and e.period_start is not None
        and e.period_kind in ("month", "quarter", "year")
    }
    years = [d for d in done if d[0] == "year"]
    if len(done) > 1 and len(years) == 1:
        # "45,000 in December, taking 2025 past 400,000, well past the 350,000 goal":
        # a target larger than the shorter periods' figures is the year's
        short = [
            e.value
            for e in events
            if e.status == "actual" and e.metric == "deliveries" and e.period_kind != "year"
        ]
        targets = [e.value for e in events if e.metric == "delivery_target"]
        if short and targets and min(targets) > max(short):
            done = set(years)
    if len(done) != 1:
        return events
    kind, start, end = done.pop()
    out = []
    for e in events:
        if (
            e.metric == "delivery_target"
            and e.status == "target"
            and (
                e.period_kind in (kind, "none")
                or (kind == "year" and e.period_kind == "month")
                # (a 累计 of the actual's clause read into the target: "全年来看，…累计交付超41
                # 万辆，超额完成年初定下的35万辆目标")
                or (kind == "year" and e.period_kind == "cumulative" and e.period_start is None)
            )
            and e.period_start != start
            and not _YEAR_RE.search(e.period_text or "")
        ):
            e = dataclasses.replace(e, period_kind=kind, period_start=start, period_end=end)
            beaten.add(id(e))
        out.append(e)
    return out


def _targets_of_one_year(events: list[ExtractedEvent], beaten: set[int]) -> list[ExtractedEvent]:
    """An undated story that gives a target one year ("350,000 units for 2025") means that
    year by a target's year words ("its full-year target", 全年目标), not the year the story's
    past figures suggest: the year of writing is only estimated, the target's year is stated.
    Two target years: left alone. A target with no period word may be another year's (the
    launch year's 100,000 beside 350,000 for 2025): left alone too."""
    years: dict[str, set[int]] = {}
    for ev in events:
        if (
            ev.status == "target"
            and ev.period_kind == "year"
            and ev.period_start is not None
            and _YEAR_RE.search(ev.period_text or "")
        ):
            years.setdefault(ev.metric, set()).add(ev.period_start.year)
    out = []
    for ev in events:
        stated = years.get(ev.metric, set())
        if (
            len(stated) == 1
            and ev.status == "target"
            and ev.period_kind == "year"
            and THIS_YEAR_RE.search(ev.period_text or "")
            and not _YEAR_RE.search(ev.period_text or "")
            and id(ev) not in beaten  # an actual of its sentence gave it its year
        ):
            (year,) = stated
            ev = dataclasses.replace(
                ev, period_start=dt.date(year, 1, 1), period_end=dt.date(year, 12, 31)
            )
        out.append(ev)
    return out


def _year_to_date_ends(events: list[ExtractedEvent], published: dt.date) -> list[ExtractedEvent]:
    """A running total of the year told with no day ("Depuis janvier, Xiaomi a livré plus de
    260 000 voitures", "so far this year") in a story whose actual of the same measure is the
    month just finished at its publication ("plus de 40 000 en septembre", published October
    1): the total is counted to that month's end too (its as_of, a day no one stated, is left
    unset)."""
    first = published.replace(day=1)
    done = {
        (e.subject, e.metric, e.period_end)
        for e in events
        if e.status == "actual"
        and e.period_kind == "month"
        and e.period_end is not None
        and e.period_end == first - dt.timedelta(days=1)
    }
    out = []
    for e in events:
        if (
            e.status == "actual"
            and e.period_kind == "cumulative"
            and e.period_end is None
            and e.period_start is not None
            and (e.period_start.month, e.period_start.day) == (1, 1)
        ):
            for subject, metric, end in done:
                if (subject, metric) == (e.subject, e.metric) and end.year == e.period_start.year:
                    e = dataclasses.replace(e, period_end=end)
                    break
        out.append(e)
    return out


_MONTH_WORD = re.compile(
    r"\b(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b|(?<!\d)(1[0-2]|[1-9])\s*月",
    re.I,
)


def _month_said(text: str | None) -> int | None:
    m = _MONTH_WORD.search(text or "")
    if m is None:
        return None
    return MONTHS[m.group(1).lower()] if m.group(1) else int(m.group(2))


def _other_months(a: ExtractedEvent, b: ExtractedEvent) -> bool:
    """Two months named with no year (an undated story's "August deliveries" and "for
    July"): no dates to compare, but not one period."""
    if a.period_start is not None or b.period_start is not None:
        return False
    if a.period_kind != "month" or b.period_kind != "month":
        return False
    ma, mb = _month_said(a.period_text), _month_said(b.period_text)
    return ma is not None and mb is not None and ma != mb


_NEXT_PHASE = re.compile(
    r"\bphase\s+(?:two|three|2|3|II|III)\b|[二三]期"
    # the same in the languages of data/lang/ ("die zweite Phase", "第2期", "2단계")
    r"|\b(?:zweiten?|dritten?)\s+(?:Phase|Ausbaustufe|Bauphase|Stufe|Bauabschnitt)"
    r"|\b(?:segunda|tercera|terceira|seconda|terza)\s+(?:fase|etapa|tranche)"
    r"|\b(?:deuxième|seconde|troisième)\s+(?:phase|tranche|étape)"
    r"|(?<!\w)(?:втор|трет)\w+\s+(?:очеред|этап|фаз)|\b(?:drugi|trzeci)\w*\s+(?:etap|faz)"
    r"|\b(?:tweede|derde)\s+(?:bouw)?fase|\b(?:ikinci|üçüncü)\s+(?:etap|aşama|faz)"
    r"|\btahap\s+(?:kedua|ketiga)|\bgiai\s+đoạn\s+(?:hai|ba|2|3)\b|第[2２3３]期|[23]\s*단계",
    re.I,
)


def _dedupe(
    events: list[ExtractedEvent], one_model_until: dt.date | None = None
) -> list[ExtractedEvent]:
    """One event per fact: the same figure restated, or rounded ("75,723" then "75,000").

    The same exact figure of the same metric restated under a broader name ("Xiaomi" for the
    SU7) is the same fact too; the model is kept. An event is compared only with kept events
    of its unit and status within 2 % of its value, so the work stays near linear.
    """
    kept: list[ExtractedEvent] = []
    # per (unit, status): the kept events' values, sorted, with their index in `kept`; a
    # restatement is within 2 % of the value, so only those neighbours are compared
    buckets: dict[tuple[str, str], list[tuple[float, int]]] = {}
    moved: set[int] = set()  # kept events a later statement with a period replaced
    told_at: list[int] = []  # per kept event: where in `events` the kept statement is
    for n_ev, ev in enumerate(events):
        dup = False
        bucket = buckets.setdefault((ev.unit, ev.status), [])
        lo = bisect.bisect_left(bucket, (ev.value * 0.98, -1))
        hi = bisect.bisect_right(bucket, (ev.value * 1.02 + 1e-9, len(kept)))
        for _, i in bucket[lo:hi]:
            k = kept[i]
            same_metric = k.metric == ev.metric or (
                {k.metric, ev.metric} <= {"orders", "locked_orders"}
                and k.period_kind == ev.period_kind  # "1万台锁单" is not "2小时内订单破万"
            )
            if not same_metric or (
                # an `other` figure is the same fact only under the same label (a dek's
                # "operating profit of 700 million yuan", then the body's Q3 one)
                k.metric == "other" and (k.label is None or k.label != ev.label)
            ):
                continue
            same_period = (
                (k.period_start == ev.period_start or None in (k.period_start, ev.period_start))
                and not (
                    k.period_kind == ev.period_kind in ("week", "day")
                    and _other_days(k.period_text, ev.period_text)
                    # ("7月第2周（7.7-7.13）" and "7月7日至13日": one week, the same dates)
                    and not (
                        k.period_start is not None
                        and (k.period_start, k.period_end) == (ev.period_start, ev.period_end)
                    )
                )
                and not (
                    # "2小时内订单破万" and "2月3日-9日周订单1万台": a window is not a week
                    k.period_kind != ev.period_kind
                    and {k.period_kind, ev.period_kind} == {"window", "week"}
                )
                and not _other_months(k, ev)
            )
            exact = k.value == ev.value and k.value_max == ev.value_max and same_period
            if (
                exact
                and k.metric == ev.metric == "production_capacity"
                and _NEXT_PHASE.search(ev.evidence)
            ):
                continue  # "Phase two … adds another 150,000", 二期同样为15万辆: a phase of its own
            if k.subject != ev.subject:
                if (
                    exact
                    and k.metric == ev.metric
                    and (
                        2 in (_specificity(k.subject), _specificity(ev.subject))
                        or k.evidence == ev.evidence
                    )
                ):
                    # the same exact figure under a broader name ("Xiaomi" for the SU7, or
                    # a sentence restated): one fact, the narrower name kept; two teams of
                    # "over 1,000 people" in two sentences stay two
                    dup = True
                    narrow, broad = (
                        (ev, k) if _specificity(ev.subject) > _specificity(k.subject) else (k, ev)
                    )
                    if _specificity(broad.subject) == 1 and _several_models(
                        narrow, one_model_until
                    ):
                        # "第50万辆小米汽车" in November 2025: the company's count, no longer
                        # one model's, once a second model was on sale
                        kept[i] = dataclasses.replace(k, subject=broad.subject)
                    elif narrow is ev:
                        kept[i] = dataclasses.replace(k, subject=ev.subject)
                    break
                continue
            if exact:
                dup = True
                if k.metric == "orders" != ev.metric:
                    # a headline's loose "locks in 240,000 orders", then the body's "240,000
                    # locked orders": the precise measure is the one kept
                    # (under the narrower of the two names)
                    narrower = _specificity(ev.subject) > _specificity(k.subject)
                    kept[i] = ev if narrower else dataclasses.replace(ev, subject=k.subject)
                elif k.period_kind == "none" and ev.period_kind != "none":
                    # a headline's bare "20k orders", then "20,000 units in 7 minutes": the
                    # statement that gives the period is the one kept, where the body tells it
                    kept[i] = dataclasses.replace(ev, subject=k.subject)
                    moved.add(i)
                    told_at[i] = n_ev
                elif (
                    k.period_kind == "cumulative"
                    and k.period_start is None
                    and ev.period_kind in ("month", "quarter")
                    and k.as_of is not None
                    and k.as_of == ev.period_end
                    and _precision(k.value) <= 2
                ):
                    # a headline's "knackt im November die Marke von 40.000", then the lede's
                    # "hat im November mehr als 40.000 ausgeliefert": the month's figure, a
                    # round mark said first
                    kept[i] = dataclasses.replace(ev, subject=k.subject)
                elif (
                    k.qualifier == "exact" != ev.qualifier
                    and k.period_kind == ev.period_kind
                    and (
                        k.evidence == ev.evidence
                        # a headline's round "dépasse les 40 000 livraisons en novembre", then
                        # the lede's "plus de 40 000": the bound the lede states
                        or (_precision(k.value) <= 2 and ev.qualifier in _BOUNDS)
                    )
                ):
                    # "十万辆：小米汽车三季度交付量首破十万": the figure said again with its bound
                    kept[i] = dataclasses.replace(k, qualifier=ev.qualifier)
                break
            if same_period and _rounded_restatement(k.value, ev.value):
                # (of one period: "over 30,000 in August" is not July's 30,452)
                dup = True
                if _precision(ev.value) > _precision(k.value):
                    kept[i] = ev
                break
        if not dup:
            bisect.insort(bucket, (ev.value, len(kept)))
            kept.append(ev)
            told_at.append(n_ev)
    if moved:
        # a period-less headline or dek figure that the body restates with its period is told
        # where the body tells it (the headline's place was only a repeat)
        kept = [k for _, k in sorted(zip(told_at, kept, strict=True), key=lambda p: p[0])]
    kept = [ev for ev in kept if not _threshold_of(ev, kept)]
    return [ev for i, ev in enumerate(kept) if not _converted(ev, i, kept)]


_BOUNDS = ("more_than", "at_least", "about")


def _converted(ev: ExtractedEvent, i: int, kept: list[ExtractedEvent]) -> bool:
    """ "a US$4.2 billion R&D project" ... "a 30-billion-yuan (US$4.2 billion) R&D plan": one
    figure in two currencies, kept once: in yuan, Xiaomi's own currency, else as first stated
    (rates are rough, so within 6 %)."""
    if ev.metric not in MONEY_METRICS or ev.unit not in CNY_PER:
        return False
    cny = ev.value * CNY_PER[ev.unit]
    for j, k in enumerate(kept):
        if (
            j != i
            and k.metric == ev.metric
            and k.unit != ev.unit
            and k.unit in CNY_PER
            and abs(k.value * CNY_PER[k.unit] - cny) <= 0.06 * max(cny, k.value * CNY_PER[k.unit])
            and (k.unit == "CNY" or (ev.unit != "CNY" and j < i))
        ):
            return True
    return False


def _threshold_of(ev: ExtractedEvent, kept: list[ExtractedEvent]) -> bool:
    """ "首次破千亿元，达1090亿元", "passed 100,000 to reach 103,000": a round threshold stated
    with the exact figure that crossed it in the same sentence is that figure, not a fact."""
    if ev.qualifier not in ("more_than", "at_least") or _precision(ev.value) > 1:
        return False
    if ev.status == "target":
        return False  # "目标是10万台以上，力争12万台": a goal and a higher one, two facts
    return any(
        k is not ev
        and (
            k.char_start == ev.char_start
            # (or a dated week's count told right after the mark it passed: "tops 5,000 weekly
            # registrations. … registered 5,300 times in the week of March 10-16")
            or (
                ev.period_kind == k.period_kind == "week"
                and ev.period_start is not None
                and (ev.period_start, ev.period_end) == (k.period_start, k.period_end)
            )
        )
        and k.metric == ev.metric
        and k.subject == ev.subject
        and k.status == ev.status
        and k.qualifier == "exact"
        and ev.value < k.value <= ev.value * 1.25
        # "3 dakikada 200.000'den fazla ..., 18 saatte ise 240.000": two windows, two facts
        and not (ev.period_text and k.period_text and ev.period_text != k.period_text)
        for k in kept
    )


def _other_days(a: str | None, b: str | None) -> bool:
    """Two periods named by different dates ("2月3日-9日" and "4月7日-13日") even when no year
    places them: two weeks, not one."""
    if not a or not b or a == b:
        return False
    return bool(re.search(r"\d", a) and re.search(r"\d", b)) and _digits(a) != _digits(b)


def _digits(text: str) -> list[str]:
    return re.findall(r"\d+", text)


def _several_models(ev: ExtractedEvent, one_model_until: dt.date | None) -> bool:
    """Whether the figure holds at a day when Xiaomi sold more than one model family."""
    day = ev.as_of or ev.period_end
    return one_model_until is not None and day is not None and day > one_model_until


def _rounded_restatement(a: float, b: float) -> bool:
    if a == b or min(a, b) <= 0:
        return False
    close = abs(a - b) / max(a, b) < 0.02
    if not close or _precision(a) == _precision(b):
        return False
    # the coarse figure is the precise one rounded to its last significant digit ("75,000" for
    # 75,723, "nearly 290,000" for 289,000), not a nearby figure (116 billion vs 114.7 billion)
    coarse = a if _precision(a) < _precision(b) else b
    step = 10 ** (math.floor(math.log10(coarse)) - _precision(coarse) + 1)
    return bool(abs(a - b) <= step)


@lru_cache(maxsize=4096)  # _dedupe asks for the same values' digits once per pair
def _precision(v: float) -> int:
    """Significant digits: 75723 → 5, 75000 → 2."""
    s = f"{v:.6f}".rstrip("0").rstrip(".").replace(".", "").lstrip("0")
    return len(s.rstrip("0")) if s else 0


scan.speed_up(globals())
