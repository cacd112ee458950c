"""The `xauto` command line: run, poll, backfill, compact, extract, clean, sample-site."""

import argparse
import dataclasses
import datetime as dt
import json
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pipelines import progress
from pipelines.core.config import Config, ConfigError

DESCRIPTION = """\
xauto turns news coverage of Xiaomi's car business into metric events
(subject, metric, value, unit, period, status, evidence) in Hive-partitioned Parquet.

With no --config, `run` and `poll` serve the bundled offline sample site on 127.0.0.1 and
ingest it into ./data. Exit status is 0 when a run completed, even if some feeds or pages
failed (they are in the errors and feed_polls tables); non-zero only when it could not run.
"""

EPILOG = """\
examples:
  xauto run                                  ingest the bundled sample into ./data
  xauto run --config deploy/feeds.yaml       ingest real feeds
  xauto run --feeds my-feeds.opml --storage /srv/xauto
  xauto run --runner flink --flink_master=localhost:8081 --environment_type=DOCKER
  xauto backfill --start 2024-04-01 --end 2024-04-07
  xauto compact --storage /srv/xauto        merge each partition's small files into one
  xauto extract article.txt --published 2024-04-25
  xauto clean page.html
"""


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"not a positive whole number: {value!r}")
    return n


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="xauto",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def ingest_args(p: argparse.ArgumentParser) -> None:
        p.add_argument("--config", help="YAML config (feeds, storage, HTTP limits, runner)")
        p.add_argument("--feeds", help="feed list: one URL or path per line, or an OPML file")
        p.add_argument("--storage", help="storage root (default: the config's, else ./data)")
        p.add_argument("--runner", help="Beam runner: direct, portable, flink, spark, dataflow")
        p.add_argument("--json", action="store_true", help="print the summary as JSON")
        workers_arg(p)

    def workers_arg(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--workers",
            type=_positive,
            help="processes that clean and extract pages (default: every core; config "
            "beam.workers)",
        )

    run = sub.add_parser(
        "run",
        help="poll feeds, fetch new articles, extract events, write the tables",
        description="Poll the configured feeds and ingest what is new. Unknown flags are "
        "passed to Beam as pipeline options (e.g. --direct_num_workers=2).",
    )
    ingest_args(run)
    poll = sub.add_parser("poll", help="poll feeds only: record polls and new entries, no fetch")
    ingest_args(poll)

    back = sub.add_parser(
        "backfill",
        help="re-clean and re-extract stored pages of a date range (no fetching)",
        description="Reprocess raw_pages of articles published between --start and --end "
        "(inclusive) with the current extractor and atomically replace those days' "
        "articles and metric_events partitions.",
    )
    back.add_argument("--start", type=_date, required=True)
    back.add_argument("--end", type=_date, required=True)
    back.add_argument("--config")
    back.add_argument("--storage")
    back.add_argument("--runner")
    back.add_argument("--json", action="store_true")
    workers_arg(back)

    cmp = sub.add_parser(
        "compact",
        help="merge each partition's files into one (same rows; crash-safe, no fetching)",
        description="Rewrite every partition that has several files (each run appends one "
        "per table and day) as one file with full row groups, under the writer lock.",
    )
    cmp.add_argument("--table", action="append", default=[], help="only this table (repeat)")
    cmp.add_argument("--start", type=_date, help="first day (default: all)")
    cmp.add_argument("--end", type=_date, help="last day (default: all)")
    cmp.add_argument("--min-files", type=int, default=2, help="leave partitions with fewer")
    cmp.add_argument("--config")
    cmp.add_argument("--storage")
    cmp.add_argument("--json", action="store_true")

    ext = sub.add_parser("extract", help="print metric events of .txt or .html files as JSON lines")
    ext.add_argument("files", nargs="+")
    ext.add_argument("--published", type=_date, help="publication date to resolve periods")
    ext.add_argument("--entities", help="extra entities/cues YAML for the extractor")

    cln = sub.add_parser("clean", help="print cleaned text and metadata of HTML files")
    cln.add_argument("files", nargs="+")

    site = sub.add_parser("sample-site", help="serve the bundled sample site until Ctrl-C")
    site.add_argument("--port", type=int, default=_sample_port())
    return parser


def _sample_port() -> int:
    from pipelines.runconfig import sample_port

    return sample_port()


@contextmanager
def _resolved_config(args: argparse.Namespace) -> Iterator[Config]:
    """The config to run with; with none given, the sample site is served for the run."""
    from pipelines.runconfig import resolved_config

    with resolved_config(
        args.config,
        getattr(args, "feeds", None),
        getattr(args, "storage", None),
        serve_sample=args.command not in ("backfill", "compact"),  # these fetch nothing
        announce=lambda message: print(message, file=sys.stderr),
    ) as config:
        if getattr(args, "workers", None):
            beam = config.beam.model_copy(update={"workers": args.workers})
            config = config.model_copy(update={"beam": beam})
        yield config


def _print_summary(summary: Any, as_json: bool) -> None:
    if as_json:
        print(json.dumps(summary.as_dict()))
        return
    c = summary.count
    lines = [
        f"xauto {summary.kind} finished in {summary.seconds:.1f} s on {summary.runner}"
        f" ({summary.workers} cleaning worker{'s' if summary.workers != 1 else ''})",
        f"storage: {summary.storage}",
        "",
        f"  {'feeds polled':<22}{c('feeds_polled'):>8}   failed {c('feeds_failed')}",
        f"  {'new entries':<22}{c('new_entries'):>8}",
        f"  {'pages fetched':<22}{c('pages_fetched'):>8}   failed {c('pages_failed')}, "
        f"parked {summary.parked}",
        f"  {'articles':<22}{c('articles'):>8}   empty text {c('articles_empty')}, "
        f"over time budget {c('pages_over_budget')}",
        f"  {'metric events':<22}{c('events'):>8}",
        "",
        f"  {'table':<22}{'rows written':>12}",
    ]
    lines += [f"  {name:<22}{rows:>12}" for name, rows in summary.rows.items()]
    if summary.kind != "backfill" and summary.nothing_new:
        lines += ["", "nothing new: no entry, page, article or event was added"]
    print("\n".join(lines))


def _event_json(source: str, event: Any) -> str:
    row = {"source": source, **dataclasses.asdict(event)}
    return json.dumps(row, default=str, ensure_ascii=False)


def cmd_extract(args: argparse.Namespace) -> int:
    from pipelines.core import metrics
    from pipelines.core.clean import clean_html

    config = metrics.load_config(args.entities)
    for name in args.files:
        path = Path(name)
        data = path.read_bytes()
        title = None
        published = args.published
        language = None
        if path.suffix.lower() in (".html", ".htm"):
            page = clean_html(data)
            text, title, language = page.text, page.title, page.language
            if published is None and page.published_at:
                published = page.published_at.date()
        else:
            text = data.decode("utf-8", errors="replace")
        events = metrics.extract_events(
            text, published=published, language=language, config=config, title=title
        )
        for event in events:
            print(_event_json(name, event))
    return 0


def cmd_clean(args: argparse.Namespace) -> int:
    from pipelines.core.clean import clean_html

    for name in args.files:
        page = clean_html(Path(name).read_bytes())
        row = {"source": name, **dataclasses.asdict(page)}
        print(json.dumps(row, default=str, ensure_ascii=False))
    return 0


def cmd_compact(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from pipelines.compaction import compact
    from schemas import TABLES

    unknown = [t for t in args.table if t not in TABLES]
    if unknown:
        parser.error(f"unknown table {unknown[0]!r}; known: {', '.join(TABLES)}")
    if args.start and args.end and args.end < args.start:
        parser.error("--end is before --start")
    with _resolved_config(args) as config:
        summary = compact(config.storage, args.table, args.start, args.end, args.min_files)
    if args.json:
        print(json.dumps(summary.as_dict()))
        return 0
    print(f"xauto compact finished in {summary.seconds:.1f} s\nstorage: {summary.storage}\n")
    print(f"  {'table':<16}{'partitions':>11}{'files before':>14}{'files after':>13}")
    for name, st in summary.tables.items():
        print(f"  {name:<16}{st['partitions']:>11}{st['files_before']:>14}{st['files_after']:>13}")
    return 0


def cmd_sample_site(args: argparse.Namespace) -> int:
    import time

    from pipelines.sample_site.server import serve

    with serve(args.port) as site:
        print(f"sample site at {site.base_url}; feeds:", *site.feed_urls, sep="\n  ")
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            return 0
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args, beam_args = parser.parse_known_args(argv)
    if beam_args and args.command not in ("run", "poll", "backfill"):
        parser.error(f"unrecognized arguments: {' '.join(beam_args)}")
    try:
        if args.command == "extract":
            return cmd_extract(args)
        if args.command == "clean":
            return cmd_clean(args)
        if args.command == "sample-site":
            return cmd_sample_site(args)
        if args.command == "compact":
            return cmd_compact(args, parser)
        from pipelines import launcher

        if sys.stderr.isatty() and not args.json:
            progress.enable()
        with _resolved_config(args) as config:
            if args.command == "backfill":
                if args.end < args.start:
                    parser.error("--end is before --start")
                summary = launcher.run_backfill(
                    config, args.start, args.end, args.runner, beam_args
                )
            else:
                summary = launcher.run_ingest(
                    config, args.runner, beam_args, fetch=args.command == "run"
                )
        progress.finish()
        _print_summary(summary, args.json)
        return 0
    except ConfigError as exc:
        print(f"xauto: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"xauto: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
