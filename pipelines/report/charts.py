"""The report's charts: Vega-Lite specs built with Altair, rendered to SVG by vl-convert.

vl-convert runs Vega itself (in an embedded JavaScript engine shipped in its wheel), so the
page gets finished SVG: no script, no CDN, nothing to fetch when it is opened. Each metric mark
links (`href`) to the list of its sources further down the page.
"""

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import altair as alt

from pipelines.report.data import (
    DAILY_SPAN_LIMIT,
    MODELS,
    MONEY_METRICS,
    ORDER_METRICS,
    MetricPoint,
    ReportData,
    number,
)

WIDTH = 640
# vl-convert resolves a relative href against its loader's default base URL; the marks' links
# are in-page anchors, so that prefix is taken off again (see to_svg).
VL_BASE_URLS = ("https://vega.github.io/vega-datasets/",)
STATUS_OPACITY = alt.Scale(domain=["actual", "forecast", "target"], range=[1.0, 0.55, 0.35])
METRIC_LABEL = {
    "orders": "orders",
    "locked_orders": "locked orders",
    "reservations": "reservations",
    "revenue": "revenue",
    "net_loss": "net loss",
}


@dataclass(frozen=True)
class Chart:
    name: str  # id of the figure in the page
    title: str
    note: str  # one line under the chart: what a mark is, where it comes from
    rows: list[dict[str, Any]]  # the data drawn (empty: the chart says "no data yet")
    spec: dict[str, Any] | None


def _data(rows: list[dict[str, Any]]) -> Any:
    """Inline data: the spec carries its rows, so nothing is loaded when it is drawn."""
    return alt.Data(values=rows)  # type: ignore[no-untyped-call]


def _month(d: dt.date) -> str:
    return f"{d:%Y-%m}"


def _quarter(d: dt.date) -> str:
    return f"{d.year} Q{(d.month - 1) // 3 + 1}"


def _point_row(p: MetricPoint, **extra: Any) -> dict[str, Any]:
    return {
        "subject": p.subject,
        "metric": METRIC_LABEL.get(p.metric, p.metric),
        "status": p.status,
        "value": p.value,
        "unit": p.unit,
        "sources": len(p.sources),
        "href": f"#{p.anchor}",
        "key": p.key,
        "tip": f"{p.subject}, {METRIC_LABEL.get(p.metric, p.metric)} ({p.status}): "
        f"{number(p.value)} {p.unit}, {p.period_label}. "
        f"{len(p.sources)} source{'s' if len(p.sources) != 1 else ''}: click to list them.",
        **extra,
    }


def _chart(rows: list[dict[str, Any]], chart: alt.TopLevelMixin | None) -> dict[str, Any] | None:
    if not rows or chart is None:
        return None
    return chart.to_dict()  # type: ignore[no-any-return]


def monthly_deliveries(points: Sequence[MetricPoint]) -> Chart:
    rows = [
        _point_row(p, month=_month(p.period_start), series=f"{p.subject} · {p.status}")
        for p in points
        if p.metric in ("deliveries", "delivery_target")
        and p.period_kind == "month"
        and p.period_start
        and p.subject in (*MODELS, "Xiaomi Auto")
    ]
    base = alt.Chart(_data(rows)).encode(
        x=alt.X("month:O", title="month", axis=alt.Axis(labelAngle=-45)),
        xOffset=alt.XOffset("series:N"),
        y=alt.Y("value:Q", title="vehicles delivered"),
        color=alt.Color("subject:N", title="model", sort=[*MODELS, "Xiaomi Auto"]),
        opacity=alt.Opacity("status:N", scale=STATUS_OPACITY, title="status"),
        href="href:N",
    )
    chart = base.mark_bar().properties(width=WIDTH, height=260)
    return Chart(
        "monthly-deliveries",
        "Deliveries by month and model, targets and forecasts beside them",
        "A bar per model, month and status (faint: forecast or target). Xiaomi Auto is the car "
        "business when no model is named. Click a bar for its sources.",
        rows,
        _chart(rows, chart),
    )


def yearly_deliveries(points: Sequence[MetricPoint]) -> Chart:
    rows = [
        _point_row(p, year=str(p.period_start.year), series=f"{p.subject} · {p.status}")
        for p in points
        if p.metric in ("deliveries", "delivery_target")
        and p.period_kind == "year"
        and p.period_start
    ]
    chart = (
        alt.Chart(_data(rows))
        .mark_bar()
        .encode(
            x=alt.X("year:O", title="year", axis=alt.Axis(labelAngle=0)),
            xOffset=alt.XOffset("series:N"),
            y=alt.Y("value:Q", title="vehicles"),
            color=alt.Color("subject:N", title="model", sort=[*MODELS, "Xiaomi Auto"]),
            opacity=alt.Opacity("status:N", scale=STATUS_OPACITY, title="status"),
            href="href:N",
        )
        .properties(width=WIDTH // 2, height=220)
    )
    return Chart(
        "yearly-deliveries",
        "Deliveries in a year against the year's targets",
        "A bar per model, year and status: the year's actual deliveries beside the target "
        "stated for it (the latest article's figure when the target was revised).",
        rows,
        _chart(rows, chart),
    )


def launch_orders(points: Sequence[MetricPoint]) -> Chart:
    rows = []
    for p in points:
        if p.metric not in ORDER_METRICS or p.subject not in MODELS:
            continue
        when = p.period_text or (f"as of {p.day}" if p.day else "")
        day = p.day.isoformat() if p.day else ""
        label = f"{p.subject} · {METRIC_LABEL[p.metric]} · {when}"
        rows.append(_point_row(p, label=label, day=day))
    rows.sort(key=lambda r: (r["day"], r["value"]))
    order = [r["label"] for r in rows]
    base = alt.Chart(_data(rows)).encode(
        y=alt.Y("label:N", title=None, sort=order, axis=alt.Axis(labelLimit=360)),
        x=alt.X("value:Q", title="orders"),
    )
    bars = base.mark_bar().encode(
        color=alt.Color("subject:N", title="model", sort=list(MODELS)), href="href:N"
    )
    text = base.mark_text(align="left", dx=3).encode(text=alt.Text("value:Q", format=","))
    chart = (bars + text).properties(width=WIDTH - 200, height=alt.Step(18))
    return Chart(
        "launch-orders",
        "Orders at each launch",
        "Orders, locked orders and reservations per model, in the window the article states "
        "(or as of a date), in date order. Click a bar for its sources.",
        rows,
        _chart(rows, chart),
    )


def quarterly_money(points: Sequence[MetricPoint]) -> Chart:
    units = Counter(
        p.unit for p in points if p.metric in MONEY_METRICS and p.period_kind == "quarter"
    )
    unit = units.most_common(1)[0][0] if units else "CNY"
    rows = [
        _point_row(p, quarter=_quarter(p.period_start), billions=p.value / 1e9)
        for p in points
        if p.metric in MONEY_METRICS
        and p.period_kind == "quarter"
        and p.period_start
        and p.unit == unit
        and p.subject == "Xiaomi Auto"
    ]
    chart = (
        alt.Chart(_data(rows))
        .mark_bar()
        .encode(
            x=alt.X("quarter:O", title="quarter", axis=alt.Axis(labelAngle=0)),
            xOffset=alt.XOffset("metric:N", sort=["revenue", "net loss"]),
            y=alt.Y("billions:Q", title=f"billion {unit}"),
            color=alt.Color(
                "metric:N",
                title=None,
                sort=["revenue", "net loss"],
                scale=alt.Scale(domain=["revenue", "net loss"], range=["#4c78a8", "#e45756"]),
            ),
            opacity=alt.Opacity("status:N", scale=STATUS_OPACITY, title="status"),
            href="href:N",
        )
        .properties(width=WIDTH // 2, height=220)
    )
    return Chart(
        "quarterly-money",
        "Revenue and net loss of the car business by quarter",
        f"Xiaomi Auto (the EV segment), in billion {unit}. Click a bar for its sources.",
        rows,
        _chart(rows, chart),
    )


def errors_by_day(data: ReportData) -> Chart:
    counts = Counter((str(e["date"]), f"{e['stage']} · {e['error_type']}") for e in data.errors)
    rows = [{"day": d, "kind": k, "errors": n} for (d, k), n in sorted(counts.items())]
    chart = (
        alt.Chart(_data(rows))
        .mark_bar()
        .encode(
            x=alt.X("day:O", title="day (UTC)", axis=alt.Axis(labelAngle=-45)),
            y=alt.Y("errors:Q", title="errors", stack=True),
            color=alt.Color("kind:N", title="stage · type"),
        )
        .properties(width=WIDTH // 2, height=180)
    )
    return Chart(
        "errors-by-day",
        "Errors by stage and type, last days",
        "Rows of the errors table per UTC day, stacked by stage and error type.",
        rows,
        _chart(rows, chart),
    )


def articles_by(data: ReportData, field: str, title: str) -> Chart:
    days = [a["published_date"] for a in data.articles if a.get("published_date")]
    monthly = bool(days) and (max(days) - min(days)).days > DAILY_SPAN_LIMIT
    counts: Counter[tuple[str, str]] = Counter()
    for a in data.articles:
        d = a.get("published_date")
        if d is None:
            continue
        # an outlet is its site name when the page states one, else its host
        value = a.get("sitename") or a.get("source_domain") if field == "outlet" else a.get(field)
        counts[(_month(d) if monthly else d.isoformat(), str(value or "unknown"))] += 1
    rows = [{"period": p, field: v, "articles": n} for (p, v), n in sorted(counts.items())]
    period = "month" if monthly else "day"
    chart = (
        alt.Chart(_data(rows))
        .mark_bar()
        .encode(
            x=alt.X("period:O", title=f"published {period}", axis=alt.Axis(labelAngle=-45)),
            y=alt.Y("articles:Q", title="articles", stack=True),
            color=alt.Color(f"{field}:N", title=field),
        )
        .properties(width=WIDTH, height=160)
    )
    return Chart(
        f"articles-by-{field}",
        f"Articles per {period} by {title}",
        f"Articles ingested, by publication {period}"
        + (f" (the coverage spans over {DAILY_SPAN_LIMIT} days)" if monthly else "")
        + f", stacked by {title}.",
        rows,
        _chart(rows, chart),
    )


def all_charts(data: ReportData) -> list[Chart]:
    return [
        monthly_deliveries(data.points),
        yearly_deliveries(data.points),
        launch_orders(data.points),
        quarterly_money(data.points),
        errors_by_day(data),
        articles_by(data, "language", "language"),
        articles_by(data, "outlet", "outlet"),
    ]


def to_svg(spec: dict[str, Any]) -> str:
    """SVG of a Vega-Lite spec, rendered offline; links are in-page anchors."""
    import vl_convert

    # allowed_base_urls=[]: the data is inline, so Vega may load nothing from anywhere.
    svg: str = vl_convert.vegalite_to_svg(spec, allowed_base_urls=[])
    for base in VL_BASE_URLS:
        svg = svg.replace(f'xlink:href="{base}#', 'xlink:href="#')
    return svg
