"""Tables flattened by a page cleaner, read as statements: one per figure of a row.

A cleaner writes an HTML table as markdown ("| Month | Deliveries |", a "| --- |" rule, then
"| August 2025 | 30,000+ |") or as tab-separated lines. A row alone says nothing the sentence
rules can read: its measure is in the header, its subject in the caption over the table or in
its own first cell. So each figure cell of a row becomes one statement that puts them back
together, in the words of the table itself: "Xiaomi's monthly deliveries, August 2025
Deliveries: 30,000+", "Xiaomi 11月交付量：超4万", "Xiaomi EV results, Q1 2025 EV revenue:
RMB 18.1 bn". The sentence rules then read the statement as they read prose; nothing here
decides a metric, a subject or a period.

Apart because it reads the page's lines, before the text is split into sentences, and its
words are data (data/tables.yaml). `tables` is a pure function of the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from pipelines.core.yamlio import load_mapping

# at most this long, a line over a table is its caption (a paragraph is longer)
_CAPTION_MAX = 80
# at most this many cells in a row, and rows in a table (a bigger grid is data, not news)
_CELLS_MAX = 8
_ROWS_MAX = 40
# a cell longer than this is prose, not a table's cell (and a statement stays short)
_CELL_MAX = 80

_LINE = re.compile(r"[^\n]*")
_INNER_BAR = re.compile(r"\S\s+[|｜]\s+\S")
_RULE_CELL = re.compile(r"\s*:?-{3,}:?\s*")
_CJK = re.compile(r"[\u3400-\u9fff]")
# a header's unit in brackets at its end: "EV revenue (RMB bn)", 交付量（辆）
_UNIT = re.compile(r"\s*[(（]\s*([^()（）]{1,16}?)\s*[)）]\s*$")
# a figure in a cell: "30,000+", "超40000", "18.1", "23.2%" (a cell with a digit)
_DIGIT = re.compile(r"\d")
# what a header holds besides its words: a period's digits ("11月交付量", "Q1 2025")
# (or the day a results period ends: "Three months ended September 30")
_HEADER_DIGITS = re.compile(
    r"(?:19|20)\d\d|[QH][1-4]|\d{1,2}\s*月|第?[1-4]\s*季度|\d{1,2}\s*日"
    r"|\bended\s+[A-Z][a-z]+\.?\s+\d{1,2}\b"
)
_RANK = re.compile(r"(?:No\.\s*|#|第)?\d{1,3}(?:名)?\.?")
_CAPTION_END = re.compile(r"[.。!?！？]$")
_CAPTION_MARKS = re.compile(r"^[#*\s>]+|[*\s:：]+$")


@dataclass(frozen=True)
class TableRow:
    start: int  # the row's line in the text
    end: int
    statements: tuple[str, ...]  # one per figure cell, in column order


@dataclass(frozen=True)
class Table:
    start: int  # from the header (or first row) to the end of the last row
    end: int
    rows: tuple[TableRow, ...]


class _Vocab:
    def __init__(self) -> None:
        path = resources.files("pipelines.core.metrics") / "data" / "tables.yaml"
        data = load_mapping(path.read_text(encoding="utf-8"), path)

        def alt(key: str) -> str:
            return "|".join(f"(?:{w})" for w in data.get(key) or []) or "(?!)"

        self.period_header = re.compile(rf"^\W*(?:{alt('period_headers')})\W*$", re.I)
        self.period_cell = re.compile(alt("period_cells"), re.I)
        self.currency_before = re.compile(rf"^(?:{alt('currency_before')})$", re.I)
        self.empty = re.compile(rf"^(?:{alt('empty')})$", re.I)
        self.caption_label = re.compile(rf"^(?:{alt('caption_labels')})\s*", re.I)
        self.money_unit = re.compile(alt("money_units"), re.I)
        self.money_measure = re.compile(alt("money_measures"), re.I)
        self.money_default = str(data.get("money_default") or "revenue")
        self.row_measures = [
            (str(word), re.compile(str(pattern), re.I))
            for word, pattern in (data.get("row_measures") or {}).items()
        ]
        self.row_period = re.compile(alt("row_periods"), re.I)
        self.period_ended = [re.compile(str(p), re.I) for p in data.get("period_ended") or []]
        self.money_default_cjk = str(data.get("money_default_cjk") or "收入")


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    return _Vocab()


def _cells(line: str) -> list[str] | None:
    """The cells of a table line: a markdown row ("| a | b |") or tab-separated ("a\tb")."""
    s = line.strip()
    if s.startswith(("|", "｜")) or _INNER_BAR.search(s):
        # (also "SU7 | 215,900": bars between the cells only)
        parts = re.split(r"[|｜]", s.strip("|｜"))
    elif "\t" in s:
        parts = s.split("\t")
    else:
        return None
    cells = [p.strip() for p in parts]
    if not 2 <= len(cells) <= _CELLS_MAX or not any(cells):
        return None
    return cells if all(len(c) <= _CELL_MAX for c in cells) else None


def _is_rule(cells: list[str]) -> bool:
    return all(_RULE_CELL.fullmatch(c) for c in cells)


def _is_header(cells: list[str]) -> bool:
    """A first line with no figure: its words name the columns."""
    return not any(_DIGIT.search(_HEADER_DIGITS.sub("", c)) for c in cells)


def _join(a: str, b: str) -> str:
    """Two pieces of a statement: a space between them unless both sides are Chinese."""
    if not a or not b:
        return a or b
    if _CJK.match(a[-1]) and (_CJK.match(b[0]) or b[0].isdigit()):
        return a + b
    if a[-1].isdigit() and _CJK.match(b[0]):
        return a + b
    return f"{a} {b}"


def _with_unit(value: str, unit: str | None) -> str:
    """A bare figure with the unit its header put in brackets: "18.1" under "(RMB bn)" is
    "RMB 18.1 bn", "40000" under "（辆）" is "40000辆"."""
    if not unit:
        return value
    words = unit.split()
    before: list[str] = []
    while words and _vocab().currency_before.match(words[0]):
        before.append(words.pop(0))
    after = " ".join(words)
    if before and value[:1].isdigit():
        value = " ".join(before) + " " + value
    if after and (value[-1:].isdigit() or value[-1:] == "+"):
        glue = "" if _CJK.match(after[0]) or not after[0].isalnum() else " "
        value = value + glue + after
    return value


def _caption(text: str, lines: list[tuple[int, int]], first: int) -> str | None:
    """The short line right over a table (one blank line allowed between)."""
    k = first - 1
    if k >= 0 and not text[lines[k][0] : lines[k][1]].strip():
        k -= 1
    if k < 0:
        return None
    line = text[lines[k][0] : lines[k][1]]
    if _cells(line) is not None:
        return None
    caption = _CAPTION_MARKS.sub("", line.strip())
    if not caption or len(caption) > _CAPTION_MAX or _CAPTION_END.search(caption):
        return None
    return caption


def _statements(
    header: list[str], cells: list[str], caption: str | None, measure: str | None = None
) -> tuple[str, ...]:
    v = _vocab()
    if len(cells) >= 3 and _RANK.fullmatch(cells[0]):
        # "| 1 | Xiaomi SU7 | 12,800 |": a rank, then what is ranked
        header, cells = header[1:], cells[1:]
    key = cells[0]
    if not key:
        return ()
    # the caption names whose figures rows of periods are; a row that names a maker or a
    # model is its own subject
    by_period = bool(v.period_header.match(header[0]) or v.period_cell.search(key))
    if by_period and not v.period_cell.search(key):
        return ()  # "| Total | 80,000+ |" under the months: a sum over rows, of no one period
    if caption is None and header[0] and not v.period_header.match(header[0]):
        caption = header[0]  # "| Xiaomi EV, quarterly | Deliveries |": the table's subject
    lead = caption if caption and by_period else None
    if lead is None and caption and (week := _CAPTION_WEEK.match(caption)) is not None:
        # "第42周（10.13-10.19），各品牌上险量如下：" over rows of makers: the week of each row
        lead = week.group(1)
    # a caption's money unit in brackets over a results table: "分部业绩摘要（人民币百万元）",
    # "Segment results (RMB million)"
    cap_unit = _UNIT.search(caption or "")
    money_unit = cap_unit.group(1) if cap_unit and v.money_unit.search(cap_unit.group(1)) else None
    if money_unit is not None:
        money_unit = re.sub(
            r"^(?:单位|單位|unit)\s*[:：]\s*", "", money_unit, flags=re.I
        )  # （单位：人民币亿元）
    # a broker's forecast table: "单位：万辆 | 2024A | 2025E" over "汽车交付量 | 13.7 | 41.0":
    # the first cell's unit is the figures', an A column actual, an E column a forecast
    unit_cell = _UNIT_CELL.fullmatch(header[0])
    out = []
    for head, cell in zip(header[1:], cells[1:], strict=False):
        if not _DIGIT.search(cell) or v.empty.match(cell):
            continue
        unit_m = _UNIT.search(head)
        name = head[: unit_m.start()] if unit_m else head
        value = _with_unit(
            cell, unit_m.group(1) if unit_m else unit_cell.group(1) if unit_cell else None
        )
        name = name.strip()
        est = _ESTIMATE_COLUMN.fullmatch(name)
        if est is not None:
            forecast = est.group(2).upper() != "A"
            if _CJK.search(key):
                name = est.group(1) + ("年预测" if forecast else "年")
            else:
                name = est.group(1) + (" forecast" if forecast else "")
        ended = _period_ended(header[0], name) if not by_period else None
        if ended is None and not by_period and money_unit is not None and not unit_m:
            # "分部 | 2025年第三季度 | 2025年第二季度" under "分部资料（单位：人民币亿元）": a
            # column that names its own quarter or year is that period
            ended = name if _PERIOD_COLUMN.fullmatch(name) else None
        if ended is not None and money_unit is not None and not unit_m:
            # "经营利润/（亏损） | 700.0 | (1,535.9)" under 截至9月30日止三个月 | 2025年 | 2024年:
            # each year's figure of that period, in the caption's unit, a bracket a loss
            amount, row = _signed(cell, key)
            # (分部收入 of the segment the text told of: 该分部收入, as "this segment"; under a
            # segment's caption, "分部业绩", "Segment results", each row is the segment's)
            row = re.sub(r"^分部", "该分部", row)
            if _SEGMENT_CAPTION.search(caption or "") and not _SEGMENT_CAPTION.search(row):
                row = "该分部" + row if _CJK.search(row) else f"Segment {row[:1].lower()}{row[1:]}"
            cjk = bool(_CJK.search(key + ended))
            said = (
                f"{ended}，{row}：{_money(amount, money_unit)}"
                if cjk
                else f"{ended}, {row}: {_money(amount, money_unit)}"
            )
            out.append(said)
            continue
        if measure is not None:
            # "Maker | Nov | Oct | YTD" over "Xiaomi | >40,000 | …": the measure named over
            # the table after the column's period
            said = (
                _join(key, name) + measure + "：" + value
                if _CJK.search(key + name + measure)
                else f"{key} {name} {measure}: {value}"
            )
        elif _CJK.search(name + key):
            said = _join(key, name) + "：" + value  # 9月交付量：超4万
        elif by_period and name:
            # the measure before its period: "Units delivered, Jun 2025: 25,000+" (not "Jun
            # 2025 Units delivered", where "2025 Units" reads as a count)
            said = f"{name}, {key}: {value}"
        else:
            said = _join(key, name) + ": " + value  # Xiaomi October deliveries: 40,000+
        out.append(f"{lead}, {said}" if lead else said)
    return tuple(out)


# a caption that opens with a week, before its comma or colon: 第42周（10.13-10.19）,
# "Week 42 (Oct 13-19)", "Week of Oct 13-19"
_CAPTION_WEEK = re.compile(
    r"\s*((?:(?:(?:19|20)\d\d\s*年\s*)?(?:\d{1,2}\s*月\s*)?第\s*\d{1,2}\s*周"
    r"|\bweek\s+(?:of\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*[-–]\s*\d{1,2}|\d{1,2}\b))"
    r"(?:\s*[(（][^()（）]{3,24}[)）])?)(?:\s*[,，:：]|(?<=[)）]))",
    re.I,
)
# a table's first header cell that gives the unit of its figures: 单位：万辆, "Unit: RMB bn"
_UNIT_CELL = re.compile(r"\s*(?:单位|單位|units?)\s*[:：]\s*(\S.{0,15}?)\s*", re.I)
# a column of a year's actual (A) or estimate (E, F): "2024A", "2026E"
_ESTIMATE_COLUMN = re.compile(r"(?:FY)?((?:19|20)\d\d)\s*([AEF])", re.I)
# a results column named by its period: 2025年第三季度, 2025年上半年, 2024年度
_PERIOD_COLUMN = re.compile(
    r"(?:19|20)\d\d\s*年\s*(?:第?[一二三四1-4]\s*季度|[上下]半年|全年|度)?"
    r"|(?:Q[1-4]|H[12]|FY)\s*(?:19|20)\d\d",
    re.I,
)
_SEGMENT_CAPTION = re.compile(r"分部|\bsegment\b", re.I)
_YEAR_HEAD = re.compile(r"\s*((?:19|20)\d\d)\s*年?\s*(?:度)?\s*")
_BRACKETED_FIGURE = re.compile(r"\s*[(（]\s*(\d[\d,.]*)\s*[)）]\s*")
_PROFIT_OR_LOSS = re.compile(
    r"(?P<pre>.*?)(?:(?P<zh>利润|溢利|收益)\s*[/／]\s*[（(]?\s*亏损\s*[)）]?"
    r"|(?P<en>profit)\s*/\s*\(?\s*loss\s*\)?)(?P<post>.*)",
    re.I,
)


def _period_ended(first: str, head: str) -> str | None:
    """The period of a results table's year column: "截至9月30日止三个月" and "2025年" give
    "截至2025年9月30日止三个月"; "Three months ended September 30" and "2025" give "Three
    months ended September 30, 2025"."""
    year = _YEAR_HEAD.fullmatch(head)
    if year is None:
        return None
    for pattern in _vocab().period_ended:
        m = pattern.search(first)
        if m is None:
            continue
        if m.groupdict().get("en"):
            return f"{m.group('en')}, {year.group(1)}"
        md = re.sub(r"\s+", "", m.group("md"))
        return f"截至{year.group(1)}年{md}止{m.group('n')}个月"
    return None


def _signed(cell: str, key: str) -> tuple[str, str]:
    """A figure and its row's name: a bracketed figure is a negative one, so "profit/(loss)"
    names the loss ("(1,535.9)" of 经营利润/（亏损）: 经营亏损 1,535.9), a plain one the profit."""
    neg = _BRACKETED_FIGURE.fullmatch(cell)
    amount = neg.group(1) if neg else cell.strip()
    m = _PROFIT_OR_LOSS.fullmatch(key)
    if m is None:
        return amount, key
    loss, profit = ("亏损", m.group("zh")) if m.group("zh") else ("loss", "profit")
    word = loss if neg else profit
    return amount, (m.group("pre") + word + m.group("post")).strip()


def _money(amount: str, unit: str) -> str:
    """An amount in a caption's unit: "人民币百万元" gives 人民币29,008.5百万元, "RMB million"
    gives "RMB 29,008.5 million"."""
    zh = re.fullmatch(r"(人民币|港币|港元|美元)?\s*(.+)", unit.strip())
    if zh is not None and _CJK.search(zh.group(2)):
        return f"{zh.group(1) or ''}{amount}{zh.group(2)}"
    return _with_unit(amount, unit)


def tables(text: str) -> list[Table]:
    """The tables of a text (folded or not) with a header over their rows, in text order."""
    spaced = _SPACE_HEADER_HINT.search(text) is not None
    if "|" not in text and "｜" not in text and "\t" not in text and not spaced:
        return []
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text)]
    # (a zero-width match follows each line: drop the empty ones after a line's end)
    lines = [ln for i, ln in enumerate(lines) if i == 0 or ln[0] != lines[i - 1][1]]
    found: list[Table] = []
    i = 0
    while i < len(lines):
        run = _space_run(text, lines, i) if spaced else []
        j = i + len(run)
        if not run:
            while j < len(lines):
                cells = _cells(text[lines[j][0] : lines[j][1]])
                if cells is None:
                    break
                run.append((j, cells))
                j += 1
        if len(run) >= 2:
            table = _table(text, lines, run)
            if table is not None:
                found.append(table)
        i = max(j, i + 1)
    return found


# a table whose cells only spaces part: a header of a period column and one measure ("月份
# 交付量（辆）", "Month Deliveries"), then rows of a period and a figure ("7月 30000+")
_SPACE_HEADER_HINT = re.compile(r"^\s*(?:月份|季度|month|quarter)\s+\S+\s*$", re.I | re.M)
_SPACE_HEADER = re.compile(r"\s*(\S+)\s+([^\s\d]+)\s*")
_SPACE_ROW = re.compile(
    r"\s*(\S.{0,30}?)\s+((?:超|约|近|逾|>|~|≈)?\d[\d,.]*\s*(?:\+|%|万辆|万|辆)?)\s*"
)


def _space_run(text: str, lines: list[tuple[int, int]], i: int) -> list[tuple[int, list[str]]]:
    """The header and rows of a space-separated table that starts at line `i`, or []."""
    v = _vocab()
    head = _SPACE_HEADER.fullmatch(text, lines[i][0], lines[i][1])
    if head is None or not v.period_header.match(head.group(1)):
        return []
    run = [(i, [head.group(1), head.group(2)])]
    for j in range(i + 1, min(len(lines), i + 1 + _ROWS_MAX)):
        row = _SPACE_ROW.fullmatch(text, lines[j][0], lines[j][1])
        if row is None or not v.period_cell.search(row.group(1)):
            break
        run.append((j, [row.group(1), row.group(2)]))
    return run if len(run) >= 3 else []


def _caption_measure(caption: str | None, run: list[tuple[int, list[str]]]) -> str | None:
    """The caption over rows with no header, as the header of their figures: only over rows
    of two cells, a period ("2025年Q1", "Q2 2025") and a figure; its label ("表：", "Table 2:")
    dropped."""
    v = _vocab()
    if caption is None or not all(
        len(cells) == 2 and v.period_cell.search(cells[0]) and _DIGIT.search(cells[1])
        for _, cells in run
    ):
        return None
    measure = v.caption_label.sub("", caption)
    unit = _UNIT.search(measure)
    if (
        unit is not None
        and v.money_unit.search(unit.group(1))
        and not v.money_measure.search(measure[: unit.start()])
    ):
        # "Xiaomi EV segment by quarter (billion yuan)" over "Q1 2025 | 18.6": a business's
        # amounts by period that name no measure are its revenue
        name = measure[: unit.start()]
        default = v.money_default_cjk if _CJK.search(name) else v.money_default
        measure = _join(name, default) + measure[unit.start() :]
    return measure or None


_LABELLED_CELL = re.compile(r"\s*(?P<label>[^:：]{1,24}?)\s*[:：]\s*(?P<value>\S.*?)\s*")


def _measure_before(text: str, start: int, caption: str | None) -> str | None:
    """The count the text right over a table names last (its caption first): "deliveries"."""
    v = _vocab()
    for before in (caption or "", text[max(0, start - 400) : start]):
        found = [
            (m.start(), word) for word, pattern in v.row_measures for m in pattern.finditer(before)
        ]
        if found:
            return max(found)[1]
    return None


def _labelled_rows(
    text: str, lines: list[tuple[int, int]], run: list[tuple[int, list[str]]]
) -> Table | None:
    """Rows with no header, a maker's name then cells of a period and a figure ("Xiaomi |
    Nov: >40,000 | Oct: >40,000 | YTD: >360,000"), read by the measure the text right over
    them names ("Every month we line up the deliveries of …"): "Xiaomi Nov deliveries:
    >40,000", 小米汽车11月交付量：超4万. A maker's row is its own subject (a rival's no event)."""
    v = _vocab()
    parsed = []
    for k, cells in run:
        if _DIGIT.search(cells[0]) or not cells[0]:
            return None
        pairs = []
        for cell in cells[1:]:
            m = _LABELLED_CELL.fullmatch(cell)
            if m is None or not _DIGIT.search(m.group("value")):
                return None
            label = m.group("label").strip()
            if not (v.period_cell.search(label) or v.row_period.fullmatch(label)):
                return None
            pairs.append((label, m.group("value")))
        parsed.append((k, cells[0], pairs))
    start = lines[run[0][0]][0]
    measure = _measure_before(text, start, None)
    if measure is None:
        return None  # no measure named over the rows
    rows = []
    for k, key, pairs in parsed:
        said = tuple(
            _join(key, label) + measure + "：" + value
            if _CJK.search(key + label + measure)
            else f"{key} {label} {measure}: {value}"
            for label, value in pairs
        )
        rows.append(TableRow(lines[k][0], lines[k][1], said))
    return Table(start, lines[run[-1][0]][1], tuple(rows))


def _table(
    text: str, lines: list[tuple[int, int]], run: list[tuple[int, list[str]]]
) -> Table | None:
    header_at = run[0][0]
    header = run[0][1]
    body = run[1:]
    if any(len(cells) != len(header) for _, cells in body) and not text[
        lines[header_at][0] : lines[header_at][1]
    ].lstrip().startswith(("|", "｜")):
        return None  # lines with bars inside them but no grid: not a table
    caption = _caption(text, lines, header_at)
    if body and _is_rule(body[0][1]):
        body = body[1:]
    elif not _is_header(header):
        measure = _caption_measure(caption, run)
        if measure is None:
            # "Xiaomi | Nov: >40,000 | YTD: >360,000": each cell labelled with its period
            return _labelled_rows(text, lines, run)
        # "表：小米汽车季度交付" over "2025年Q1 | 75869": the caption is the figures' header
        header, body, caption = ["", measure], run, None
    if not body or len(body) > _ROWS_MAX or not any(header[1:]):
        return None
    measure = None
    v = _vocab()
    if (
        header[0]
        and not v.period_header.match(header[0])
        and all(v.period_cell.search(h) or v.row_period.fullmatch(h) for h in header[1:])
    ):
        # columns of bare periods over rows of makers: the measure the text over them names
        measure = _measure_before(text, lines[header_at][0], caption)
    rows = []
    for k, cells in body:
        if _is_rule(cells):
            continue
        if (
            _UNIT_CELL.fullmatch(cells[0])
            and len(cells) == len(header)
            and all(_ESTIMATE_COLUMN.fullmatch(c) for c in cells[1:])
        ):
            header = cells  # "单位：亿元 | 2024A | 2025E": a new unit for the rows under it
            continue
        said = _statements(header, cells, caption, measure)
        if said:
            rows.append(TableRow(lines[k][0], lines[k][1], said))
    if not rows:
        return None
    return Table(lines[header_at][0], lines[body[-1][0]][1], tuple(rows))
