"""Facts measured against the devset's hand-made facts (../shared/devset/facts.jsonl).

Input events are either the devset's gold events (`--input gold`: measures the grouping alone)
or an extractor's output over the devset texts (`--input pred --pred FILE`: `xauto extract`
JSON lines, `source` = the text's path, whose stem is the doc). Predicted events are matched
to gold events as the shared scorer does (same doc, metric, value and unit), each once.

Reports, for the gold facts with at least one matched event:
  found   gold facts with a matched event in some fact;
  split   gold facts whose matched events lie in two or more built facts;
  wrong merges  built facts holding matched events of two or more gold facts.
Run: `python -m bench.eval_facts [--input gold|pred] [--pred FILE] [--show]`; last line JSON.
Skips (exit 0, with a reason) when ../shared/devset is absent.
"""

import argparse
import calendar
import datetime as dt
import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from pipelines.core.facts import Fact, FactEvent, facts_from_events

REPO = Path(__file__).resolve().parents[1]
DEVSET = REPO.parent / "shared" / "devset"
TEXTS = REPO.parent / "devset-texts"

MONTHS = {m: i + 1 for i, m in enumerate(n.lower() for n in calendar.month_name[1:])}
ORDINAL_Q = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)


def gold_period(kind: str, text: str, published: dt.date | None) -> tuple[Any, Any]:
    """Dates of a gold event's free-text calendar period (the devset gives text, not dates)."""
    low = (text or "").lower()
    years = [int(y) for y in re.findall(r"\b(20\d\d)\b", low)]
    year = years[0] if years else (published.year if published else None)
    iso = re.findall(r"(20\d\d-\d\d-\d\d)", low)
    if kind == "week" and len(iso) >= 2:
        return dt.date.fromisoformat(iso[0]), dt.date.fromisoformat(iso[1])
    if kind == "day" and iso:
        d = dt.date.fromisoformat(iso[0])
        return d, d
    if year is None:
        return None, None
    if kind == "year":
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if kind == "quarter":
        m = re.search(r"q([1-4])", low) or re.search(r"(first|second|third|fourth) quarter", low)
        if m:
            q = int(m.group(1)) if m.group(1).isdigit() else ORDINAL_Q[m.group(1)]
            return dt.date(year, 3 * q - 2, 1), _month_end(year, 3 * q)
    if kind == "half_year":
        m = re.search(r"h([12])", low) or re.search(r"(first|second) half", low)
        if m:
            h = int(m.group(1)) if m.group(1).isdigit() else ORDINAL_Q[m.group(1)]
            return dt.date(year, 6 * h - 5, 1), _month_end(year, 6 * h)
    if kind == "month":
        m = re.search(r"(20\d\d)-(\d\d)\b", low)
        if m:
            y, mo = int(m.group(1)), int(m.group(2))
            return dt.date(y, mo, 1), _month_end(y, mo)
        for name, mo in MONTHS.items():
            if name in low:
                return dt.date(year, mo, 1), _month_end(year, mo)
    return None, None


def load_index() -> dict[str, dict[str, Any]]:
    return {
        r["doc"]: r
        for r in map(json.loads, (DEVSET / "index.jsonl").read_text("utf-8").splitlines())
    }


def _published(index: dict[str, dict[str, Any]], doc: str) -> dt.date | None:
    p = index.get(doc, {}).get("published")
    return dt.date.fromisoformat(p) if p else None


def _article(index: dict[str, dict[str, Any]], doc: str) -> dict[str, Any]:
    info = index.get(doc, {})
    published = _published(index, doc)
    return {
        "article_id": doc,
        "url": info.get("url"),
        "source_domain": urlsplit(info.get("url") or "").hostname or doc,
        "published_at": dt.datetime(published.year, published.month, published.day, tzinfo=dt.UTC)
        if published
        else None,
        "language": info.get("language"),
    }


def gold_events(index: dict[str, dict[str, Any]], gold: list[dict[str, Any]]) -> list[FactEvent]:
    out = []
    for line, g in enumerate(gold):
        if g["metric"] == "other":
            continue
        kind = g.get("period_kind") or "none"
        start, end = gold_period(kind, g.get("period") or "", _published(index, g["doc"]))
        out.append(
            FactEvent(
                event_id=f"{g['doc']}:{line}",
                subject=g["subject"],
                metric=g["metric"],
                value=float(g["value"]),
                value_max=None if g.get("value_max") is None else float(g["value_max"]),
                unit=g.get("unit"),
                status=g.get("status"),
                qualifier=g.get("qualifier") or "exact",
                period_kind=kind,
                period_start=start,
                period_end=end,
                period_text=g.get("period"),
                as_of=dt.date.fromisoformat(g["as_of"]) if g.get("as_of") else None,
                **_article(index, g["doc"]),
            )
        )
    return out


def _date(v: Any) -> dt.date | None:
    return dt.date.fromisoformat(v) if v else None


def pred_events(
    index: dict[str, dict[str, Any]], gold: list[dict[str, Any]], path: Path
) -> tuple[list[FactEvent], dict[str, int]]:
    """Predicted events, and for each matched one the gold line it matches."""
    unmatched: dict[tuple[str, str, str], list[tuple[float, int]]] = defaultdict(list)
    for line, g in enumerate(gold):
        if g["metric"] != "other":
            unmatched[(g["doc"], g["metric"], g.get("unit") or "")].append(
                (float(g["value"]), line)
            )
    events, matched = [], {}
    for i, row in enumerate(map(json.loads, path.read_text("utf-8").splitlines())):
        # `xauto extract` names the text (`source`); `evaluation.events --out` names the doc
        doc = row["doc"] if row.get("doc") else Path(row["source"]).stem
        ev = FactEvent(
            event_id=f"{doc}#{i}",
            subject=row["subject"],
            metric=row["metric"],
            value=float(row["value"]),
            value_max=row.get("value_max"),
            unit=row.get("unit"),
            status=row.get("status"),
            qualifier=row.get("qualifier"),
            period_kind=row.get("period_kind"),
            period_start=_date(row.get("period_start")),
            period_end=_date(row.get("period_end")),
            period_text=row.get("period_text"),
            as_of=_date(row.get("as_of")),
            label=row.get("label"),
            **_article(index, doc),
        )
        events.append(ev)
        pool = unmatched[(doc, ev.metric, ev.unit or "")]
        for j, (value, line) in enumerate(pool):
            if abs(value - ev.value) <= 1e-6 * max(1.0, abs(value)):
                matched[ev.event_id] = line
                del pool[j]
                break
    return events, matched


def score(
    facts: list[Fact], gold_facts: list[dict[str, Any]], line_of: dict[str, int]
) -> dict[str, Any]:
    """found / split / wrong merges; each split is also given its cause: `subject` (the gold
    fact joins two subjects, which facts never do), `period_kind` (its events carry two
    period kinds, e.g. cumulative and window), else `other`."""
    fact_of_line: dict[int, str] = {}
    for gf in gold_facts:
        for _doc, line in gf["members"]:
            fact_of_line[line] = gf["fact"]
    built_of: dict[str, set[str]] = defaultdict(set)  # gold fact -> built facts
    golds_in: dict[str, set[str]] = defaultdict(set)  # built fact -> gold facts
    for f in facts:
        for eid in f.event_ids:
            line = line_of.get(eid)
            if line is None or line not in fact_of_line:
                continue
            built_of[fact_of_line[line]].add(f.fact_id)
            golds_in[f.fact_id].add(fact_of_line[line])
    multi = {gf["fact"] for gf in gold_facts if len(gf["members"]) > 1}
    found = set(built_of)
    split = {g for g, b in built_of.items() if len(b) > 1}
    merges = {b: g for b, g in golds_in.items() if len(g) > 1}
    by_id = {f.fact_id: f for f in facts}
    causes: dict[str, int] = defaultdict(int)
    for g in split:
        built = [by_id[b] for b in built_of[g]]
        if len({f.subject for f in built}) > 1:
            causes["subject"] += 1
        elif len({f.period_kind for f in built}) > 1:
            causes["period_kind"] += 1
        else:
            causes["other"] += 1
    return {
        "gold_facts": len(gold_facts),
        "found": len(found),
        "split": len(split),
        "split_pct": round(100 * len(split) / max(1, len(found)), 1),
        "split_multi_member": len(split & multi),
        "split_causes": dict(sorted(causes.items())),
        "wrong_merges": len(merges),
        "built_facts": len(facts),
        "_split": sorted(split),
        "_merges": {b: sorted(g) for b, g in merges.items()},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", choices=("gold", "pred"), default="gold")
    parser.add_argument("--pred", type=Path, help="xauto extract output over the devset texts")
    parser.add_argument("--show", action="store_true", help="list splits and wrong merges")
    args = parser.parse_args(argv)
    if not (DEVSET / "facts.jsonl").is_file():
        print(f"skipped: {DEVSET} is absent (the devset sits beside the repository)")
        return 0
    index = load_index()
    gold = [json.loads(line) for line in (DEVSET / "gold.jsonl").read_text("utf-8").splitlines()]
    gold_facts = [json.loads(x) for x in (DEVSET / "facts.jsonl").read_text("utf-8").splitlines()]
    if args.input == "gold":
        events = gold_events(index, gold)
        line_of = {e.event_id: int(e.event_id.rsplit(":", 1)[1]) for e in events}
    else:
        if not args.pred or not args.pred.is_file():
            parser.error("--input pred needs --pred FILE (xauto extract output)")
        events, line_of = pred_events(index, gold, args.pred)
    facts = facts_from_events(events)
    result = score(facts, gold_facts, line_of)
    result["input"] = args.input
    result["events"] = len(events)
    result["matched_events"] = len(line_of)
    if args.show:
        by_id = {f.fact_id: f for f in facts}
        gf_by = {g["fact"]: g for g in gold_facts}
        for g in result["_split"]:
            print("SPLIT", g, gf_by[g]["subject"], gf_by[g]["metric"], gf_by[g]["period"])
            for f in facts:
                if any(line_of.get(e) in {m[1] for m in gf_by[g]["members"]} for e in f.event_ids):
                    seen = [(v.value, v.n) for v in f.values_seen]
                    print("   ", f.subject, f.period_kind, f.period_start, f.period_text, f.value)
                    print("       ", f.qualifier, seen, f.event_ids)
        for b, gs in result["_merges"].items():
            f = by_id[b]
            seen = [(v.value, v.n) for v in f.values_seen]
            print("MERGE", gs, f.subject, f.metric, f.period_kind, f.period_start, seen)
    print(
        f"facts on {args.input} events ({result['events']} events, {result['matched_events']} "
        f"matched to gold): gold facts {result['gold_facts']}, found {result['found']}, "
        f"split {result['split']} ({result['split_pct']} %; {result['split_causes']}), "
        f"wrong merges {result['wrong_merges']}, built facts {result['built_facts']}",
        file=sys.stderr,
    )
    print(json.dumps({k: v for k, v in result.items() if not k.startswith("_")}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
