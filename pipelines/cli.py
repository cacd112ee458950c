"""The `xauto` command line: run, poll, stream, backfill, facts, compact, extract, clean,
sample-site, report, status, export.

One `cmd_*` function per command, picked from COMMANDS; `main` turns the errors a user can
cause (a bad config, a file that is not there, a busy port, a closed pipe) into one line on
stderr and an exit status: 2 for a usage or config error, 1 when a command could not do its
work, 141 (128 + SIGPIPE, as other tools) when the reader of stdout went away.
"""

import argparse
import dataclasses
import datetime as dt
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipelines import progress
from pipelines.errors import StorageError
from pipelines.locks import LockLost, LockTimeout

if TYPE_CHECKING:
    from pipelines.core.config import Config

DESCRIPTION = """\
xauto turns news coverage of Xiaomi's car business into metric events
(subject, metric, value, unit, period, status, evidence) in Hive-partitioned Parquet.

With no --config, `run` and `poll` serve the bundled offline sample site on 127.0.0.1 and
ingest it into ./data. Exit status is 0 when a run completed, even if some feeds or pages
failed (they are named in the summary and kept in the errors and feed_polls tables); 2 for a
usage or config error; 1 when the run could not complete.
"""

EPILOG = """\
examples:
  xauto run                                  ingest the bundled sample into ./data
  xauto run --config deploy/feeds.yaml       ingest real feeds
  xauto run --feeds my-feeds.opml --storage /srv/xauto
  xauto run --runner flink --flink_master=localhost:8081 --environment_type=DOCKER
  xauto stream --poll-seconds 15 --window-seconds 30   ingest as it is published, until Ctrl-C
  xauto backfill --start 2024-04-01 --end 2024-04-07
  xauto facts                                rebuild the facts table from metric_events
  xauto compact --storage /srv/xauto        merge each partition's small files into one
  xauto extract article.txt --published 2024-04-25
  xauto clean page.html
  xauto report                               write ./data/report.html (charts, feed health)
  xauto status                               feed health, one line per feed
  xauto export --table metric_events --format csv --out events.csv
"""

DATE_HELP = "a UTC publication day, YYYY-MM-DD"
SIGPIPE_STATUS = 141
FAILURES_SHOWN = 5  # failed feeds and pages named in the text summary (all of them in --json)


class InputError(Exception):
    """An input file of extract/clean that cannot be used; the message names it."""


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def _port(value: str) -> int:
    if not value.isdigit() or int(value) > 65535:
        raise argparse.ArgumentTypeError(f"not a port (0-65535): {value!r}")
    return int(value)


def _positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"not a positive number: {value!r}")
    return int(value)


def _until(value: str) -> dt.datetime:
    """--until: a UTC time, or a duration from now (90s, 10m, 2h)."""
    units = {"s": 1, "m": 60, "h": 3600}
    if value[:-1].isdigit() and value[-1:] in units:
        return dt.datetime.now(dt.UTC) + dt.timedelta(seconds=int(value[:-1]) * units[value[-1]])
    try:
        when = dt.datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not a time (YYYY-MM-DDTHH:MM, UTC) or a duration (90s, 10m, 2h): {value!r}"
        ) from None
    return when.replace(tzinfo=dt.UTC) if when.tzinfo is None else when


def _config_args(p: argparse.ArgumentParser, runner: bool = True) -> None:
    p.add_argument(
        "--config", metavar="FILE", help="YAML config (feeds, storage, HTTP limits, Beam runner)"
    )
    p.add_argument(
        "--storage",
        metavar="DIR",
        help="storage root of the tables, a directory or gs:// s3:// URL "
        "(default: the config's `storage`, else ./data)",
    )
    if runner:
        p.add_argument(
            "--runner",
            metavar="NAME",
            help="Beam runner: direct, portable, flink, spark, dataflow or a Beam runner class "
            "(default: the config's beam.runner, else the in-process DirectRunner)",
        )
    p.add_argument("--json", action="store_true", help="print the summary as one JSON object")


def _workers_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--workers",
        type=_positive,
        metavar="N",
        help="processes that clean and extract pages (default: the config's beam.workers, "
        "else every core); the fetch keeps its threads",
    )


def _ingest_args(p: argparse.ArgumentParser) -> None:
    _config_args(p)
    p.add_argument(
        "--feeds",
        metavar="FILE",
        help="feed list replacing the config's feeds: one http(s) URL or file path per line "
        "(# comments), or an OPML export",
    )
    _workers_arg(p)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="xauto",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = sub.add_parser(
        "run",
        help="poll feeds, fetch new articles, extract events, write the tables",
        description="Poll the configured feeds and ingest what is new: fetch the new pages, "
        "clean them, extract metric events, append to the six tables. Pages that failed "
        "earlier are retried when due. With no --config or --feeds, the bundled sample site is "
        "served on 127.0.0.1 (port XAUTO_SAMPLE_PORT, default 8765) and ingested. Unknown "
        "flags are passed to Beam as pipeline options (e.g. --direct_num_workers=2).",
    )
    _ingest_args(run)
    poll = sub.add_parser(
        "poll",
        help="poll feeds only: record polls and new entries, no fetch",
        description="Poll the feeds with conditional GETs (the ETag and Last-Modified of the "
        "last poll are in feed_polls) and record new entries in feed_entries; fetch no page. "
        "Cheap: what the Dagster sensor runs. `xauto run` later fetches the pages. With no "
        "--config or --feeds, polls the bundled sample site.",
    )
    _ingest_args(poll)
    stream = sub.add_parser(
        "stream",
        help="poll and ingest continuously: one unbounded (streaming) Beam pipeline",
        description="Poll every feed every --poll-seconds (a conditional GET: an unchanged "
        "feed costs a 304), fetch, clean and extract what is new, and commit the six tables "
        "once per --window-seconds window, until Ctrl-C (or SIGTERM) or --until. Stopping "
        "drains: what is in flight is committed, then facts are rebuilt. Holds the storage "
        "root's writer lock while it runs (batch runs, backfills and compactions wait). A "
        "stream killed outright loses nothing: the next start (stream or run) redoes what was "
        "not committed, without a duplicate row. With no --config or --feeds, streams the "
        "bundled sample site. Unknown flags are passed to Beam as pipeline options.",
    )
    _ingest_args(stream)
    stream.add_argument(
        "--poll-seconds",
        type=_positive,
        default=60,
        metavar="N",
        help="seconds between two polls of each feed (default 60)",
    )
    stream.add_argument(
        "--window-seconds",
        type=_positive,
        default=60,
        metavar="W",
        help="rows are committed once per window of W seconds (default 60)",
    )
    stream.add_argument(
        "--until",
        type=_until,
        metavar="WHEN",
        help="stop (drain and commit) at this UTC time (YYYY-MM-DDTHH:MM[:SS]) or after a "
        "duration (90s, 10m, 2h); default: until Ctrl-C",
    )

    back = sub.add_parser(
        "backfill",
        help="re-clean and re-extract stored pages of a date range (no fetching)",
        description="Reprocess the stored pages (raw_pages) of articles published between "
        "--start and --end, both inclusive, with the current cleaner and extractor, and "
        "atomically replace those days' articles and metric_events partitions, then rebuild "
        "the facts table. Fetches nothing; days are UTC publication days (the "
        "published_date partitions).",
    )
    back.add_argument("--start", type=_date, required=True, metavar="DATE", help=DATE_HELP)
    back.add_argument(
        "--end", type=_date, required=True, metavar="DATE", help=f"{DATE_HELP}, inclusive"
    )
    _config_args(back)
    _workers_arg(back)

    fct = sub.add_parser(
        "facts",
        help="rebuild the facts table (one row per figure across outlets) from metric_events",
        description="Group metric_events into facts (restatements, roundings and revisions of "
        "one figure are one row) and swap the facts table's file for the new one. Runs and "
        "backfills do this at their end; this command is for a rebuild on its own.",
    )
    _config_args(fct)

    cmp = sub.add_parser(
        "compact",
        help="merge each partition's files into one (same rows; crash-safe, no fetching)",
        description="Rewrite every partition that has several files (each run appends one "
        "per table and day) as one file with full row groups, under the writer lock. Rows are "
        "unchanged. With no --table, --start or --end: every table, every day.",
    )
    cmp.add_argument(
        "--table",
        action="append",
        default=[],
        metavar="TABLE",
        help="only this table (repeat for several; default: all six): feed_polls, "
        "feed_entries, raw_pages, articles, metric_events, errors",
    )
    cmp.add_argument(
        "--start",
        type=_date,
        metavar="DATE",
        help="first partition day, YYYY-MM-DD (default: the first)",
    )
    cmp.add_argument(
        "--end",
        type=_date,
        metavar="DATE",
        help="last partition day, YYYY-MM-DD, inclusive (default: the last)",
    )
    cmp.add_argument(
        "--min-files",
        type=_positive,
        default=2,
        metavar="N",
        help="leave partitions with fewer than N files alone (default: 2)",
    )
    _config_args(cmp, runner=False)

    ext = sub.add_parser(
        "extract",
        help="print metric events of .txt or .html files as JSON lines",
        description="Print the metric events of UTF-8 text (.txt) or HTML (.html, .htm) "
        "files as JSON lines, one per event, with `source` (the path) and the metric_events "
        "columns. A file that cannot be read is named on stderr and the others are still "
        "done (exit status 1).",
    )
    ext.add_argument("files", nargs="+", metavar="FILE")
    ext.add_argument(
        "--published",
        type=_date,
        metavar="DATE",
        help="publication day (YYYY-MM-DD) to resolve periods such as 'in June' against "
        "(default: the HTML's date, else unresolved)",
    )
    ext.add_argument(
        "--entities", metavar="FILE", help="extra entities/cues YAML for the extractor"
    )

    cln = sub.add_parser(
        "clean",
        help="print cleaned text and metadata of HTML files",
        description="Print one JSON line per HTML file: `source`, the cleaned text and its "
        "metadata (title, language, publication time).",
    )
    cln.add_argument("files", nargs="+", metavar="FILE")

    site = sub.add_parser(
        "sample-site",
        help="serve the bundled sample site until Ctrl-C",
        description="Serve the bundled sample site on 127.0.0.1 until Ctrl-C.",
    )
    site.add_argument(
        "--port",
        type=_port,
        metavar="PORT",
        help="port on 127.0.0.1, 0 for any free one (default: XAUTO_SAMPLE_PORT, else 8765)",
    )
    add_view_commands(sub)
    return parser


def add_view_commands(sub: Any) -> None:
    """report, status, export: they read the tables and write nothing to them."""
    from pipelines.export import FORMATS

    rep = sub.add_parser(
        "report",
        help="write one self-contained HTML page: charts of the figures, feed health, ingest",
        description="Write an offline HTML report (no script, nothing fetched when opened): "
        "deliveries, orders, revenue and losses with links to their sources, feed health, "
        "errors, articles per day. Default: report.html in the storage root.",
    )
    rep.add_argument("--out", help="HTML file to write (default: STORAGE/report.html)")
    st = sub.add_parser("status", help="feed health: one line per feed, failing feeds first")
    st.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    st.add_argument("--check", action="store_true", help="exit 1 when a feed is failing")
    exp = sub.add_parser(
        "export",
        help="write one table (or a range of its days) as one CSV, JSON lines or Parquet file",
        description="Export a table for a BI tool. Binary columns (raw_pages.body) are base64 "
        "in CSV and JSON lines; --start/--end filter the table's partition day (inclusive).",
    )
    exp.add_argument("--table", required=True)
    exp.add_argument("--format", choices=FORMATS, required=True)
    exp.add_argument("--out", required=True, help="file to write")
    exp.add_argument("--start", type=_date)
    exp.add_argument("--end", type=_date)
    for p in (rep, st, exp):
        p.add_argument("--config")
        p.add_argument("--storage")


def _storage_root(args: argparse.Namespace) -> str:
    from pipelines.runconfig import resolved_config

    with resolved_config(args.config, None, args.storage, serve_sample=False) as config:
        return config.storage


def cmd_report(args: argparse.Namespace) -> int:
    from pipelines.report import build_report

    result = build_report(_storage_root(args), args.out)
    empty = [name for name, rows in result.charts.items() if not rows]
    print(f"report: {result.path} ({result.bytes / 1024:.0f} KB, {result.seconds:.1f} s)")
    print(
        f"  {result.feeds} feeds, {result.failing_feeds} failing; charts without data yet: "
        f"{', '.join(empty) or 'none'}"
    )
    print(f"  open it in a browser: file://{result.path}")
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from pipelines.status import print_status

    failing = print_status(_storage_root(args), sys.stdout, args.color)
    return 1 if args.check and failing else 0


def cmd_export(args: argparse.Namespace) -> int:
    from pipelines.export import export
    from schemas import TABLES

    if args.table not in TABLES:
        raise UsageError(f"unknown table {args.table!r}; known: {', '.join(TABLES)}")
    if args.start and args.end and args.end < args.start:
        raise UsageError("--end is before --start")
    result = export(
        _storage_root(args), TABLES[args.table], args.format, args.out, args.start, args.end
    )
    print(
        f"exported {result.rows} rows of {result.table} ({result.partitions} days) to {result.path}"
    )
    return 0


@contextmanager
def _resolved_config(args: argparse.Namespace) -> Iterator["Config"]:
    """The config to run with; with none given, the sample site is served for the run."""
    from pipelines.runconfig import resolved_config

    with resolved_config(
        args.config,
        getattr(args, "feeds", None),
        getattr(args, "storage", None),
        serve_sample=args.command not in ("backfill", "compact", "facts"),  # no fetching
        announce=lambda message: print(message, file=sys.stderr),
    ) as config:
        if getattr(args, "workers", None):
            beam = config.beam.model_copy(update={"workers": args.workers})
            config = config.model_copy(update={"beam": beam})
        yield config


def run_failures(root: str, since: dt.datetime) -> list[dict[str, Any]]:
    """The errors rows written since `since` (this run: the writer lock keeps others out)."""
    import pyarrow.compute as pc

    from pipelines.storage import Storage
    from schemas import ERRORS

    rows = (
        Storage(root)
        .read(
            ERRORS,
            ["occurred_at", "stage", "source", "error_type", "message", "attempt"],
            filter=(pc.field("date") >= since.date()) & (pc.field("occurred_at") >= since),
        )
        .to_pylist()
    )
    rows.sort(key=lambda r: (r["occurred_at"], r["stage"], r["source"]))
    return [{**r, "occurred_at": r["occurred_at"].isoformat()} for r in rows]


def _print_facts_summary(summary: Any, as_json: bool) -> None:
    if as_json:
        print(json.dumps(summary.as_dict()))
        return
    c = summary.count
    print(
        f"xauto facts finished in {summary.seconds:.1f} s on {summary.runner}\n"
        f"storage: {summary.storage}\n\n"
        f"  {'events read':<22}{c('facts_events_read'):>8}\n"
        f"  {'facts':<22}{c('rows_facts'):>8}   revised {c('facts_revised')}"
    )


def cmd_facts(args: argparse.Namespace, beam_args: Sequence[str]) -> int:
    from pipelines import launcher

    with _resolved_config(args) as config:
        summary = launcher.run_facts(config, args.runner, beam_args)
    _print_facts_summary(summary, args.json)
    return 0


def unsupported_languages(counters: dict[str, int]) -> dict[str, int]:
    """Articles of this run per language without extractor vocabulary (Beam counters)."""
    prefix = "articles_unsupported_language_"
    return {
        name.removeprefix(prefix): int(n)
        for name, n in sorted(counters.items())
        if name.startswith(prefix) and n
    }


def _print_summary(summary: Any, failures: Sequence[dict[str, Any]], as_json: bool) -> None:
    if as_json:
        print(
            json.dumps(
                {
                    **summary.as_dict(),
                    "failures": list(failures),
                    "unsupported_languages": unsupported_languages(summary.counters),
                }
            )
        )
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
    unsupported = unsupported_languages(summary.counters)
    if unsupported:
        langs = ", ".join(f"{lang} {n}" for lang, n in unsupported.items())
        lines += [
            "",
            f"articles in languages the extractor has no vocabulary for: {langs} "
            "(kept in articles; no events taken from them)",
        ]
    if failures:
        shown = failures[:FAILURES_SHOWN]
        more = (
            f", the first {len(shown)}; all of them with --json or in the errors table"
            if len(failures) > len(shown)
            else ""
        )
        lines += ["", f"failed ({len(failures)}{more}):"]
        for f in shown:
            message = " ".join(str(f["message"]).split())[:100]
            lines.append(f"  {f['stage']:<8}{f['source']}\n  {'':<8}{f['error_type']}: {message}")
    if summary.kind != "backfill" and summary.nothing_new:
        lines += ["", "nothing new: no entry, page, article or event was added"]
    print("\n".join(lines))


def cmd_ingest(args: argparse.Namespace, beam_args: Sequence[str]) -> int:
    """`run` and `poll`: one ingest, its summary, and the feeds and pages that failed in it."""
    from pipelines import launcher

    if sys.stderr.isatty() and not args.json:
        progress.enable()
    with _resolved_config(args) as config:
        started = dt.datetime.now(dt.UTC)
        summary = launcher.run_ingest(config, args.runner, beam_args, fetch=args.command == "run")
    progress.finish()
    _print_summary(summary, run_failures(config.storage, started), args.json)
    return 0


def cmd_stream(args: argparse.Namespace, beam_args: Sequence[str]) -> int:
    """`stream`: runs until SIGINT/SIGTERM or --until, then drains; a second Ctrl-C stops at
    once (what was not committed is redone by the next start)."""
    import signal

    from pipelines import launcher, stream

    interrupted: list[int] = []

    def drain(signum: int, frame: Any) -> None:
        if interrupted:
            raise KeyboardInterrupt
        interrupted.append(signum)
        print("xauto stream: stopping: committing what is in flight", file=sys.stderr)
        stream.request_stop()

    # The cleaning workers must not get the terminal's Ctrl-C (they would die mid-page): they
    # are forked while SIGINT is ignored, and inherit that; this process then takes it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if (args.runner or "direct").lower() in ("direct", "directrunner"):
        from pipelines.workers import start_zygote

        start_zygote()
    signal.signal(signal.SIGINT, drain)
    signal.signal(signal.SIGTERM, drain)
    with _resolved_config(args) as config:
        started = dt.datetime.now(dt.UTC)
        print(
            f"xauto stream: polling {len(config.feeds)} feeds every {args.poll_seconds} s, "
            f"committing every {args.window_seconds} s to {config.storage}"
            + (f" until {args.until:%Y-%m-%d %H:%M:%S} UTC" if args.until else "")
            + "; Ctrl-C stops",
            file=sys.stderr,
            flush=True,
        )
        summary = launcher.run_stream(
            config,
            args.poll_seconds,
            args.window_seconds,
            args.until,
            args.runner,
            beam_args,
        )
    _print_summary(summary, run_failures(config.storage, started), args.json)
    return 0


def cmd_backfill(args: argparse.Namespace, beam_args: Sequence[str]) -> int:
    from pipelines import launcher

    if args.end < args.start:
        raise UsageError("--end is before --start")
    if sys.stderr.isatty() and not args.json:
        progress.enable()
    with _resolved_config(args) as config:
        started = dt.datetime.now(dt.UTC)
        summary = launcher.run_backfill(config, args.start, args.end, args.runner, beam_args)
    progress.finish()
    _print_summary(summary, run_failures(config.storage, started), args.json)
    return 0


def cmd_compact(args: argparse.Namespace, beam_args: Sequence[str]) -> int:
    from pipelines.compaction import compact
    from schemas import TABLES

    unknown = [t for t in args.table if t not in TABLES]
    if unknown:
        raise UsageError(f"unknown table {unknown[0]!r}; known: {', '.join(TABLES)}")
    if args.start and args.end and args.end < args.start:
        raise UsageError("--end is before --start")
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


def read_input(name: str) -> bytes:
    """The bytes of an input file, or InputError naming it: missing, a directory, binary."""
    try:
        data = Path(name).read_bytes()
    except OSError as exc:
        raise InputError(f"{name}: cannot read: {exc.strerror or exc}") from exc
    if b"\0" in data[:8192]:  # text and HTML never hold NUL bytes; images, PDFs, archives do
        raise InputError(f"{name}: a binary file, not text or HTML")
    return data


def _each_input(files: Sequence[str], handle: Callable[[str, bytes], None]) -> int:
    """Apply `handle` to each file; a bad file is named on stderr and the rest still done."""
    status = 0
    for name in files:
        try:
            handle(name, read_input(name))
        except InputError as exc:
            print(f"xauto: {exc}", file=sys.stderr)
            status = 1
    return status


def _extractor_config(entities: str | None) -> Any:
    """The extractor's vocabulary with the user's --entities file; its errors name the file."""
    import yaml

    from pipelines.core import metrics
    from pipelines.core.config import ConfigError

    try:
        return metrics.load_config(entities)
    except OSError as exc:
        raise ConfigError(f"{entities}: cannot read entities: {exc.strerror or exc}") from exc
    except (yaml.YAMLError, ValueError, TypeError, KeyError, AttributeError) as exc:
        reason = " ".join(str(exc).split())[:200]
        raise ConfigError(f"{entities}: not a valid entities file: {reason}") from exc


def cmd_extract(args: argparse.Namespace, beam_args: Sequence[str]) -> int:
    from pipelines.core import metrics
    from pipelines.core.clean import clean_html

    config = _extractor_config(args.entities)

    def extract(name: str, data: bytes) -> None:
        title = language = None
        published = args.published
        if Path(name).suffix.lower() in (".html", ".htm"):
            page = clean_html(data)
            text, title, language = page.text, page.title, page.language
            if published is None and page.published_at:
                published = page.published_at.date()
        else:
            try:
                text = data.decode("utf-8-sig")
            except UnicodeDecodeError as exc:
                raise InputError(f"{name}: not UTF-8 text (byte {exc.start})") from None
        events = metrics.extract_events(
            text, published=published, language=language, config=config, title=title
        )
        for event in events:
            row = {"source": name, **dataclasses.asdict(event)}
            print(json.dumps(row, default=str, ensure_ascii=False))

    return _each_input(args.files, extract)


def cmd_clean(args: argparse.Namespace, beam_args: Sequence[str]) -> int:
    from pipelines.core.clean import clean_html

    def clean(name: str, data: bytes) -> None:
        row = {"source": name, **dataclasses.asdict(clean_html(data))}
        print(json.dumps(row, default=str, ensure_ascii=False))

    return _each_input(args.files, clean)


def cmd_sample_site(args: argparse.Namespace, beam_args: Sequence[str]) -> int:
    import time

    from pipelines.runconfig import sample_port
    from pipelines.sample_site.server import serve

    with serve(sample_port() if args.port is None else args.port) as site:
        print(f"sample site at {site.base_url}; feeds:", *site.feed_urls, sep="\n  ", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:  # the way to stop it
            return 0


class UsageError(Exception):
    """Arguments that parse but make no sense together; reported like argparse's errors."""


Command = Callable[[argparse.Namespace, Sequence[str]], int]
COMMANDS: dict[str, Command] = {
    "run": cmd_ingest,
    "poll": cmd_ingest,
    "stream": cmd_stream,
    "backfill": cmd_backfill,
    "facts": cmd_facts,
    "compact": cmd_compact,
    "extract": cmd_extract,
    "clean": cmd_clean,
    "sample-site": cmd_sample_site,
    "report": lambda args, _: cmd_report(args),
    "status": lambda args, _: cmd_status(args),
    "export": lambda args, _: cmd_export(args),
}
TAKES_BEAM_ARGS = ("run", "poll", "stream", "backfill", "facts")


def _stdout_gone() -> int:
    """The reader of stdout closed it (`xauto extract ... | head`): stop quietly, as `cat`
    does. stdout is pointed at /dev/null so the interpreter's final flush cannot fail again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return SIGPIPE_STATUS


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args, beam_args = parser.parse_known_args(argv)
    if beam_args and args.command not in TAKES_BEAM_ARGS:
        parser.error(f"unrecognized arguments: {' '.join(beam_args)}")
    if args.command in ("run", "backfill") and (args.runner or "direct").lower() in (
        "direct",
        "directrunner",
    ):
        # The cleaning workers' zygote imports and warms up (about a second) while this
        # process imports Beam and plans; the run's first bundle then finds it ready.
        from pipelines.workers import WorkerStartError, start_zygote

        try:
            start_zygote()
        except WorkerStartError as exc:
            print(f"xauto: {exc}", file=sys.stderr)
            return 1
    # Imported only now (pydantic, HTTP and YAML libraries): the zygote above starts first.
    from pipelines.core.config import ConfigError

    try:
        status = COMMANDS[args.command](args, beam_args)
        sys.stdout.flush()
        return status
    except BrokenPipeError:
        return _stdout_gone()
    except UsageError as exc:
        parser.error(str(exc))
    except ConfigError as exc:
        print(f"xauto: {exc}", file=sys.stderr)
        return 2
    except ValueError as exc:  # Beam's, for a runner it does not know: a usage error
        if not str(exc).startswith("Unexpected pipeline runner"):
            raise
        print(
            f"xauto: --runner: {str(exc).removeprefix('Unexpected pipeline runner: ')}",
            file=sys.stderr,
        )
        return 2
    except KeyboardInterrupt:
        progress.finish()
        print("xauto: interrupted", file=sys.stderr)
        return 130
    except StorageError as exc:  # full, read-only, no permission, a foreign file: one line
        print(f"xauto: storage error: {exc}", file=sys.stderr)
        return 1
    except (LockTimeout, LockLost) as exc:  # another writer holds (or took) the storage root
        print(f"xauto: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:  # includes the sample site's PortInUse, whose message says what to do
        print(f"xauto: {exc}", file=sys.stderr)
        return 1
    return 2  # not reached: parser.error exits


if __name__ == "__main__":
    raise SystemExit(main())
