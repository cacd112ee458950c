"""Score the metric extractor on the seeds and the devset, per language group.

The material is not in the repo: `../shared` (gold events, the scorer, the seed articles) and
`../devset-texts` (the devset's texts, restored as ../shared/devset/README.md says). Each group
is scored with the shared scorer, so the figures are the ones the issues quote.

    python -m evaluation.events [--json] [--show-errors GROUP] [--out DIR]
"""

import argparse
import datetime as dt
import importlib.util
import json
import sys
from collections.abc import Iterable
from dataclasses import asdict
from pathlib import Path
from types import ModuleType
from typing import Any

from pipelines.core.metrics import extract_events

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
TEXTS = REPO.parent / "devset-texts"
OTHER = ("fr", "es", "pt", "it", "de", "ja", "ko", "ru", "id", "vi", "tr", "pl", "nl")


def scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_events", SHARED / "eval/score_events.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def missing() -> str | None:
    """Why the evaluation cannot run here, or None."""
    for path in (SHARED / "eval/score_events.py", SHARED / "devset/index.jsonl"):
        if not path.exists():
            return f"{path} is absent (../shared sits beside the repo in CI, not in a clone)"
    index = [json.loads(line) for line in (SHARED / "devset/index.jsonl").open(encoding="utf-8")]
    absent = [row["doc"] for row in index if not (TEXTS / f"{row['doc']}.txt").exists()]
    if absent:
        return (
            f"{len(absent)} devset texts are not restored in {TEXTS} "
            "(see ../shared/devset/README.md)"
        )
    return None


def _event_dict(doc: str, event: Any) -> dict[str, Any]:
    row = asdict(event)
    row["doc"] = doc
    for key, value in row.items():
        if isinstance(value, dt.date):
            row[key] = value.isoformat()
    return row


def predict_devset() -> tuple[list[dict[str, Any]], dict[str, str]]:
    """Events of every devset text, and each doc's language."""
    index = [json.loads(line) for line in (SHARED / "devset/index.jsonl").open(encoding="utf-8")]
    preds: list[dict[str, Any]] = []
    langs = {}
    for row in index:
        langs[row["doc"]] = row["language"]
        text = (TEXTS / f"{row['doc']}.txt").read_text(encoding="utf-8")
        published = dt.date.fromisoformat(row["published"]) if row["published"] else None
        preds += [_event_dict(row["doc"], e) for e in extract_events(text, published=published)]
    return preds, langs


def predict_seeds() -> list[dict[str, Any]]:
    preds = []
    for path in sorted((SHARED / "corpus/seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        preds += [_event_dict(path.stem, e) for e in extract_events(text)]
    return preds


def score(
    sc: ModuleType, gold: list[dict[str, Any]], preds: list[dict[str, Any]], docs: Iterable[str]
) -> dict[str, Any]:
    universe = set(docs)
    g = [x for x in gold if x.get("metric") != "other" and sc.doc_of(x) in universe]
    p = [x for x in preds if x.get("metric") != "other" and sc.doc_of(x) in universe]
    out: dict[str, Any] = {"docs": len(universe), "gold": len(g), "predicted": len(p)}
    core_pairs: list[Any] = []
    for name, full in (("core", False), ("full", True)):
        pairs = sc.match(g, p, full)
        prec, rec, f1 = sc.prf(len(pairs), len(p), len(g))
        out[name] = {"p": round(prec, 3), "r": round(rec, 3), "f1": round(f1, 3)}
        if not full:
            core_pairs = pairs
    dated = [(a, b) for a, b in core_pairs if a.get("as_of")]
    right = sum(str(b.get("as_of") or "")[:10] == a["as_of"][:10] for a, b in dated)
    out["as_of"] = round(right / len(dated), 3) if dated else None
    kinded = [(a, b) for a, b in core_pairs if a.get("period_kind")]
    out["period_kind"] = (
        round(sum(b.get("period_kind") == a["period_kind"] for a, b in kinded) / len(kinded), 3)
        if kinded
        else None
    )
    all_rows = [x for x in preds if sc.doc_of(x) in universe]
    out["other_share"] = (
        round(sum(x.get("metric") == "other" for x in all_rows) / len(all_rows), 3)
        if all_rows
        else None
    )
    return out


def groups(langs: dict[str, str]) -> dict[str, list[str]]:
    out = {
        "devset en": [d for d, lang in langs.items() if lang == "en"],
        "devset zh": [d for d, lang in langs.items() if lang == "zh"],
        "devset en+zh": [d for d, lang in langs.items() if lang in ("en", "zh")],
        "devset other (13)": [d for d, lang in langs.items() if lang in OTHER],
    }
    for lang in OTHER:
        out[f"  {lang}"] = [d for d, code in langs.items() if code == lang]
    return out


def evaluate() -> dict[str, dict[str, Any]]:
    sc = scorer()
    results: dict[str, dict[str, Any]] = {}
    seeds_gold = sc.load(str(SHARED / "gold/seeds.jsonl"))
    seed_preds = predict_seeds()
    results["seeds"] = score(sc, seeds_gold, seed_preds, {sc.doc_of(g) for g in seeds_gold})
    gold = [json.loads(line) for line in (SHARED / "devset/gold.jsonl").open(encoding="utf-8")]
    preds, langs = predict_devset()
    for name, docs in groups(langs).items():
        results[name] = score(sc, gold, preds, docs)
    results["_preds"] = {"devset": preds, "seeds": seed_preds}  # type: ignore[assignment]
    return results


def show_errors(group: str, results: dict[str, Any]) -> None:
    sc = scorer()
    gold = [json.loads(line) for line in (SHARED / "devset/gold.jsonl").open(encoding="utf-8")]
    index = [json.loads(line) for line in (SHARED / "devset/index.jsonl").open(encoding="utf-8")]
    langs = {r["doc"]: r["language"] for r in index}
    docs = set(groups(langs)[group])
    g = [x for x in gold if x["metric"] != "other" and x["doc"] in docs]
    p = [x for x in results["_preds"]["devset"] if x["metric"] != "other" and x["doc"] in docs]
    pairs = sc.match(g, p, False)
    mg = {id(a) for a, _ in pairs}
    mp = {id(b) for _, b in pairs}
    texts = {d: (TEXTS / f"{d}.txt").read_text(encoding="utf-8") for d in docs}
    for x in g:
        if id(x) not in mg:
            s, e = x["evidence_span"]
            ev = texts[x["doc"]][s:e].replace("\n", " ")[:160]
            print(f"MISS  {x['doc']} {x['metric']} {x['value']:g} {x['unit']} | {ev}")
    for x in p:
        if id(x) not in mp:
            ev = x["evidence"].replace("\n", " ")[:160]
            print(f"FALSE {x['doc']} {x['metric']} {x['value']:g} {x['unit']} | {ev}")
    full = sc.match(g, p, True)
    fg = {id(a) for a, _ in full}
    for a, b in pairs:
        if id(a) not in fg:
            print(
                f"SUBJ/STATUS {a['doc']} {a['metric']} {a['value']:g}: gold {a['subject']}/"
                f"{a['status']} pred {b['subject']}/{b['status']}"
            )
    for a, b in pairs:
        if a.get("as_of") and str(b.get("as_of") or "")[:10] != a["as_of"]:
            print(f"AS_OF {a['doc']} {a['metric']} {a['value']:g}: {a['as_of']} / {b.get('as_of')}")
        if a.get("period_kind") and b.get("period_kind") != a["period_kind"]:
            print(
                f"KIND {a['doc']} {a['metric']} {a['value']:g}: gold {a['period_kind']} "
                f"pred {b.get('period_kind')} | {a.get('period')}"
            )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    ap.add_argument("--show-errors", metavar="GROUP", help="e.g. 'devset en'")
    ap.add_argument("--out", help="write the predictions (JSON lines) into this folder")
    args = ap.parse_args(argv)
    why = missing()
    if why:
        print(f"evaluation skipped: {why}", file=sys.stderr)
        return 2
    results = evaluate()
    preds = results.pop("_preds")
    if args.out:
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        for name, rows in preds.items():  # type: ignore[attr-defined]
            with (out / f"{name}.pred.jsonl").open("w", encoding="utf-8") as fh:
                fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    if args.show_errors:
        show_errors(args.show_errors, {"_preds": preds})
        return 0
    if args.json:
        print(json.dumps(results))
        return 0
    head = f"{'group':<20}{'docs':>5}{'gold':>6}{'pred':>6}  {'core P':>7}{'R':>6}{'F1':>6}"
    head += f"  {'full F1':>8}{'as_of':>7}{'kind':>6}{'other':>7}"
    print(head)
    for name, r in results.items():

        def f(x: Any) -> str:
            return "  -" if x is None else f"{x:.2f}"

        print(
            f"{name:<20}{r['docs']:>5}{r['gold']:>6}{r['predicted']:>6}  {r['core']['p']:>7.2f}"
            f"{r['core']['r']:>6.2f}{r['core']['f1']:>6.2f}  {r['full']['f1']:>8.2f}"
            f"{f(r['as_of']):>7}{f(r['period_kind']):>6}{f(r['other_share']):>7}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
