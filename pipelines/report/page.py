"""The report page: one HTML file, charts inlined as SVG, styles inline, no script.

Nothing in it points the browser at another host when it opens: no script, stylesheet, font or
image is fetched. The only outside URLs are the article links, followed when clicked.
"""

import datetime as dt
import html
from collections import Counter
from collections.abc import Callable, Iterable, Sequence

from pipelines.core.health import FeedHealth, age
from pipelines.report.charts import Chart
from pipelines.report.data import MetricPoint, ReportData, number

CSS = """
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0;
       color: #1f2328; background: #f6f8fa; }
header, main { max-width: 1000px; margin: 0 auto; padding: 0 20px; }
header { padding-top: 18px; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 1px solid #d0d7de; }
h3 { font-size: 15px; margin: 18px 0 2px; }
.meta, .note { color: #57606a; font-size: 12.5px; }
figure { background: #fff; border: 1px solid #d0d7de; border-radius: 6px; margin: 10px 0;
         padding: 10px 12px; overflow-x: auto; }
figure svg { max-width: 100%; height: auto; }
.empty { color: #57606a; font-style: italic; }
table { border-collapse: collapse; background: #fff; font-size: 12.5px; width: 100%; }
th, td { border: 1px solid #d0d7de; padding: 3px 6px; text-align: left; vertical-align: top; }
th { background: #eef1f4; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.failing td { background: #ffebe9; }
.badge { font-weight: 600; }
.bad { color: #cf222e; } .ok { color: #1a7f37; }
ol.sources > li { margin: 4px 0; }
ol.sources li:target { background: #fff8c5; }
ol.sources ul { margin: 2px 0; padding-left: 18px; }
.evidence { color: #57606a; }
"""


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def figure(chart: Chart, render: Callable[[dict[str, object]], str]) -> str:
    head = f"<h3>{_e(chart.title)}</h3>"
    if chart.spec is None:
        body = '<p class="empty">No data yet.</p>'
        return f'<figure id="{_e(chart.name)}" data-chart="{_e(chart.name)}" data-rows="0">' + (
            f"{head}{body}</figure>"
        )
    svg = render(chart.spec)
    for row in chart.rows:  # a hover text on each linked mark (SVG <title>, no script)
        if "tip" in row:
            link = f'<a xlink:href="{row["href"]}">'
            svg = svg.replace(link, f"{link}<title>{_e(row['tip'])}</title>")
    return (
        f'<figure id="{_e(chart.name)}" data-chart="{_e(chart.name)}" '
        f'data-rows="{len(chart.rows)}">{head}{svg}'
        f'<figcaption class="note">{_e(chart.note)}</figcaption></figure>'
    )


def feed_table(feeds: Sequence[FeedHealth], now: dt.datetime) -> str:
    if not feeds:
        return '<p class="empty">No feed has been polled yet.</p>'
    rows = []
    for f in feeds:
        state = (
            '<span class="badge bad">FAILING</span>'
            if f.failing
            else '<span class="badge ok">ok</span>'
        )
        status = "304" if f.not_modified else ("" if f.http_status is None else f.http_status)
        error = ""
        if f.last_error:
            when = f.last_error_at.isoformat(timespec="seconds") if f.last_error_at else ""
            error = f"{_e(f.last_error)} <span class='note'>({_e(when)})</span>"
        rows.append(
            f'<tr class="{"failing" if f.failing else "healthy"}"><td>{state}</td>'
            f"<td>{_e(f.feed_url)}</td>"
            f"<td>{_e(f.last_poll.isoformat(timespec='seconds'))} "
            f"<span class='note'>({_e(age(f.last_poll, now))} ago)</span></td>"
            f'<td class="num">{_e(status)}</td><td class="num">{f.failures_in_a_row}</td>'
            f'<td class="num">{f.entries_recent}</td><td class="num">{f.polls}</td>'
            f"<td>{error}</td></tr>"
        )
    return (
        '<table id="feed-health"><thead><tr><th>state</th><th>feed</th><th>last poll (UTC)</th>'
        "<th>HTTP</th><th>failures in a row</th><th>entries, last 7 days</th><th>polls</th>"
        "<th>last error</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>"
    )


def error_table(errors: Iterable[dict[str, object]]) -> str:
    counts: Counter[tuple[str, str]] = Counter()
    last: dict[tuple[str, str], str] = {}
    for e in errors:
        k = (str(e["stage"]), str(e["error_type"]))
        counts[k] += 1
        last[k] = f"{e.get('source')}: {e.get('message') or ''}"
    if not counts:
        return '<p class="empty">No error in these days.</p>'
    rows = "".join(
        f'<tr><td>{_e(s)}</td><td>{_e(t)}</td><td class="num">{n}</td><td>{_e(last[(s, t)])}'
        "</td></tr>"
        for (s, t), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    )
    return (
        '<table id="error-types"><thead><tr><th>stage</th><th>type</th><th>errors</th>'
        "<th>an example</th></tr></thead><tbody>" + rows + "</tbody></table>"
    )


def sources_list(points: Sequence[MetricPoint]) -> str:
    if not points:
        return '<p class="empty">No charted figure yet.</p>'
    items = []
    for p in points:
        links = "".join(
            f'<li><a href="{_e(s.url)}">{_e(s.outlet or s.url)}</a> {_e(s.published)}'
            + (f" states {_e(number(s.value))}" if s.value is not None else "")
            + f': <span class="evidence">{_e(s.evidence)}</span></li>'
            for s in p.sources
        )
        items.append(
            f'<li id="{_e(p.anchor)}"><b>{_e(p.subject)}</b>, {_e(p.metric)} ({_e(p.status)}): '
            f"{_e(number(p.value))} {_e(p.unit)}, {_e(p.period_label)}<ul>{links}</ul></li>"
        )
    return '<ol class="sources">' + "".join(items) + "</ol>"


def render_page(
    data: ReportData, charts: Sequence[Chart], render: Callable[[dict[str, object]], str]
) -> str:
    by_name = {c.name: c for c in charts}
    charted = {r["key"] for c in charts for r in c.rows if "key" in r}
    points = [p for p in data.points if p.key in charted]
    now = data.generated_at
    counts = ", ".join(f"{n:,} {t}" for t, n in data.counts.items() if t != "facts" or n)
    failing = sum(1 for f in data.feeds if f.failing)

    def fig(name: str) -> str:
        return figure(by_name[name], render)

    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>xauto report</title><style>{CSS}</style></head>
<body><header><h1>xauto: Xiaomi's car business in the news</h1>
<p class="meta">Generated {_e(now.isoformat(timespec="seconds"))} from {_e(data.storage)}:
{_e(counts)}. Figures from <code>{_e(data.points_from)}</code>.
{len(data.feeds)} feeds, {failing} failing.</p></header>
<main>
<h2 id="metrics">The figures</h2>
{fig("monthly-deliveries")}
{fig("yearly-deliveries")}
{fig("launch-orders")}
{fig("quarterly-money")}
<h2 id="feeds">Feed health</h2>
<p class="note">One row per feed, failing feeds first. "Failures in a row" counts the latest
polls that failed; the last error is the newest one, even if a later poll succeeded.</p>
{feed_table(data.feeds, now)}
{fig("errors-by-day")}
{error_table(data.errors)}
<h2 id="ingested">What was ingested</h2>
{fig("articles-by-language")}
{fig("articles-by-outlet")}
<h2 id="sources">Sources of each charted figure</h2>
{sources_list(points)}
</main></body></html>
"""
