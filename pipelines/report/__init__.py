"""`xauto report`: one self-contained HTML page of charts, feed health and what was ingested.

    build_report(storage_root, out) -> ReportResult

Reads the tables through pipelines.storage, shapes them (data.py), draws Vega-Lite charts to
SVG offline (charts.py) and writes the page (page.py) under a temporary name, then renames it.
"""

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from pipelines.report import charts as charts_mod
from pipelines.report.data import ReportData, load
from pipelines.report.page import render_page
from pipelines.storage import Storage

REPORT_NAME = "report.html"


@dataclass(frozen=True)
class ReportResult:
    path: Path
    bytes: int
    charts: dict[str, int]  # chart name -> rows drawn (0: "no data yet")
    failing_feeds: int
    feeds: int
    seconds: float
    data: ReportData


def default_out(storage_root: str) -> Path:
    """Beside the tables for a local root; in the working directory for an object store."""
    if "://" in storage_root and not storage_root.startswith("file://"):
        return Path(REPORT_NAME).absolute()
    return Path(storage_root.removeprefix("file://")).absolute() / REPORT_NAME


def build_report(
    storage_root: str, out: str | Path | None = None, now: dt.datetime | None = None
) -> ReportResult:
    import time

    started = time.monotonic()
    data = load(Storage(storage_root), now)
    charts = charts_mod.all_charts(data)
    page = render_page(data, charts, charts_mod.to_svg)
    path = Path(out) if out else default_out(storage_root)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(page, encoding="utf-8")
    tmp.replace(path)  # a reader (a browser, Dagster's UI) never sees half a page
    return ReportResult(
        path=path.absolute(),
        bytes=len(page.encode()),
        charts={c.name: len(c.rows) for c in charts},
        failing_feeds=sum(1 for f in data.feeds if f.failing),
        feeds=len(data.feeds),
        seconds=time.monotonic() - started,
        data=data,
    )
