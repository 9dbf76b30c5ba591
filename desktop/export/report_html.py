"""The PDF report's pages as HTML for QTextDocument (its subset of HTML and CSS).

Every text from the model or the planner goes through ``html_text``; the charts are images
named by ``chart_name`` that the PDF writer adds as resources.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from desktop.export.alpha_text import alpha_line
from desktop.export.caveat_text import evidence_lines, judgment_lines
from desktop.export.content import DRIVERS_SHOWN, DistrictReport, Report
from desktop.export.labels import labels
from desktop.export.resampling_html import resampling_html
from desktop.export.rule_text import NODE_RULES, SCORING, UNSERVED, notes_for
from desktop.export.safe_text import html_text
from desktop.export.tables import alpha_points_text, coverage_table, edit_names, settings_rows

_BRACED_SUBSCRIPT = re.compile(r"_\{([^}]*)\}")
_SIMPLE_SUBSCRIPT = re.compile(r"_(\w+)")
CHART_WIDTH = 560  # document pixels (1/96 in): the width of the text column
MAP_NAME = "map-top-strategy.png"  # the overview page's map image (export/report_map.py)
# No bold anywhere: a family without a bold face gets bold drawn twice (which doubles the PDF's
# text layer), and bold in one font set-up only would wrap lines differently. Headings stand
# out by size and colour.
_STYLE = """
h1 { font-size: 20pt; color: #1f4e79; } h2 { font-size: 14pt; margin-top: 14px; color: #1f4e79; }
h3 { font-size: 11pt; color: #1f4e79; }
h4 { color: #1f4e79; margin-top: 12px; margin-bottom: 0px; }
h1, h2, h3, h4, th, b { font-weight: normal; } b { color: #1f4e79; }
table { border-collapse: collapse; } th { background-color: #e8eef4; text-align: left; }
td, th { padding: 3px; border: 1px solid #999999; }
.num { text-align: right; } .small { font-size: 8pt; color: #444444; }
.grid td, .grid th { font-size: 7pt; padding: 1px; }
"""
_BREAK = '<div style="page-break-before: always;"></div>'


def chart_name(kind: str, district: str) -> str:
    return f"chart-{kind}-{district}.png"


def chart_kinds(report: Report) -> tuple[str, ...]:
    """The charts of each district's page, in order: the rank acceptability only when the
    Monte Carlo gave one."""
    available = report.settings.monte_carlo.available
    return ("contributions", "acceptability") if available else ("contributions",)


def _number(value: float | None, digits: int = 4) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.1f}%"


def _table(
    headers: list[str],
    rows: list[list[str]],
    numeric: set[int] = frozenset(),
    widths: tuple[int, ...] = (),
) -> str:
    """rows are HTML already escaped; numeric columns align right; widths in percent."""
    head = "".join(
        f'<th width="{widths[i]}%">{h}</th>' if widths else f"<th>{h}</th>"
        for i, h in enumerate(headers)
    )
    body = "".join(
        "<tr>"
        + "".join(
            f'<td class="num">{cell}</td>' if i in numeric else f"<td>{cell}</td>"
            for i, cell in enumerate(row)
        )
        + "</tr>"
        for row in rows
    )
    return (
        f'<table width="100%" cellspacing="0" cellpadding="3" border="1">'
        f"<tr>{head}</tr>{body}</table>"
    )


def report_html(
    report: Report,
    map_height: float | None = None,
    after_summary: str = "",
    chart_heights: Mapping[str, float] | None = None,
) -> str:
    """The whole report: cover, summary (with the districts' map, map_height document pixels
    tall, if given), a page per district, weights, method, sources.

    after_summary: pages put between the summary and the districts (a panel's; none: today's
    report), HTML that begins with its own page break. chart_heights: document pixels of the
    charts by chart_name (none given: as tall as their images make them at the column's
    width). Page fitting moves and resizes them afterwards (export/page_fit.py)."""
    summary = _summary(report)
    if map_height is not None:
        summary += _map(report, map_height)
    parts = [_cover(report), _BREAK, summary, after_summary]
    for district in report.districts:
        parts += [_BREAK, _district(report, district, chart_heights or {})]
    if report.panel_resampling is not None:
        parts += [_BREAK, resampling_html(report, _table)]
    parts += [_BREAK, _weights(report), _BREAK, _method(report), _BREAK, _sources(report)]
    return f"<html><head><style>{_STYLE}</style></head><body>" + "".join(parts) + "</body></html>"


def _cover(report: Report) -> str:
    text = labels(report.language)
    rows = [[html_text(label), html_text(str(value))] for label, value in settings_rows(report)]
    notes = html_text(report.notes) if report.notes else html_text(text["no_notes"])
    return (
        f"<h1>{html_text(text['title'])}</h1>"
        f"<p>{html_text(text['subtitle'].format(count=len(report.strategies)))}</p>"
        f"<h3>{html_text(report.model.name)}</h3>"
        + _caveats(report, with_evidence=True)
        + f"<h3>{html_text(text['settings'])}</h3>"
        + _table([html_text(text["settings"]), html_text(text["value"])], rows)
        + f"<h3>{html_text(text['notes'])}</h3><p>{notes}</p>"
    )


def _summary(report: Report) -> str:
    text = labels(report.language)
    headers = [
        text[k]
        for k in (
            "district",
            "top_strategy",
            "priority",
            "gap_to_next",
            "top_stays_top",
            "drivers",
            "critical_change",
        )
    ]
    rows = [_summary_row(report, district) for district in report.districts]
    return (
        f"<h2>{html_text(text['summary'])}</h2>"
        + _caveats(report, with_evidence=False)
        + _table([html_text(h) for h in headers], rows, {2, 3, 4}, (12, 24, 9, 9, 9, 20, 17))
        + _coverage(report)
    )


# Districts side by side in one coverage grid: more (a city's 40 towns) are split into
# several grids, each with the criteria again, so that no column shrinks to a letter a line.
COVERAGE_DISTRICTS_PER_GRID = 8


def _coverage(report: Report) -> str:
    """The coverage grid on the overview page, compact (small type, one line a criterion) so
    that it stays on the page below the summary however long the summary runs; many
    districts make several grids of COVERAGE_DISTRICTS_PER_GRID columns."""
    table = coverage_table(report)
    count, step = len(report.districts), COVERAGE_DISTRICTS_PER_GRID
    grids = "".join(
        _coverage_grid(table, range(start + 1, min(start + step, count) + 1))
        for start in range(0, count, step)
    )
    return f'<p class="small">{html_text(labels(report.language)["coverage_title"])}</p>{grids}'


def _coverage_grid(table, columns: range) -> str:
    """The criterion column and the given district columns of the coverage table."""
    share = 70 // len(columns)
    widths = (100 - share * len(columns), *([share] * len(columns)))
    picked = (0, *columns)
    head = "".join(
        f'<th width="{w}%">{html_text(table.headers[c])}</th>'
        for w, c in zip(widths, picked, strict=True)
    )
    body = "".join(
        "<tr>" + "".join(f"<td>{html_text(str(row[c]))}</td>" for c in picked) + "</tr>"
        for row in table.rows
    )
    return (
        f'<table class="grid" width="100%" cellspacing="0" cellpadding="1" border="1">'
        f"<tr>{head}</tr>{body}</table>"
    )


def _map(report: Report, height: float) -> str:
    """The map of the top strategies under the summary table, its outlines credited."""
    text = labels(report.language)
    credit = text["map_credit"].format(credit=report.outlines.credit if report.outlines else "")
    if report.outlines is not None and report.outlines.missing:
        separator = "、" if report.language == "zh" else ", "
        missing = text["map_missing"].format(districts=separator.join(report.outlines.missing))
        credit = f"{credit} {missing}"
    return (
        f'<p class="small">{html_text(text["map_title"])}</p>'
        f'<p><img src="{MAP_NAME}" width="{CHART_WIDTH}" height="{height:.0f}"/></p>'
        f'<p class="small">{html_text(credit)}</p>'
    )


def _summary_row(report: Report, district: DistrictReport) -> list[str]:
    text = labels(report.language)
    top, firmness = district.ranking[0], district.firmness
    drivers = "<br/>".join(html_text(d.name) for d in district.drivers[:DRIVERS_SHOWN])
    if firmness.critical_criterion is None:
        dethroned = html_text(text["none_within"])
    else:
        dethroned = html_text(
            f"{report.criterion_name(firmness.critical_criterion)} "
            f"{_signed(firmness.critical_change)}"
        )
        if firmness.challenger:
            dethroned += f"<br/>→ {html_text(firmness.challenger)}"
    return [
        html_text(district.name),
        f"{top.strategy} {html_text(top.name)}",
        _number(top.priority),
        _number(top.gap_to_next),
        _percent(firmness.top_stays_top),
        drivers,
        dethroned,
    ]


def _signed(value: float | None) -> str:
    return "—" if value is None else f"{value:+.3f}"


def _district(report: Report, district: DistrictReport, heights: Mapping[str, float]) -> str:
    text = labels(report.language)
    headers = [
        text[k] for k in ("rank", "strategy", "priority", "gap_to_next", "first_probability")
    ]
    rows = [
        [
            str(row.rank) + ("=" if row.tied else ""),
            f"{row.strategy} {html_text(row.name)}",
            _number(row.priority),
            _number(row.gap_to_next),
            _percent(row.rank_probabilities[0]),
        ]
        for row in district.ranking
    ]
    top = district.ranking[0]
    return (
        f"<h2>{html_text(district.name)}</h2>"
        + _table([html_text(h) for h in headers], rows, {0, 2, 3, 4})
        + f"<h3>{html_text(text['top_strategy'])}: {top.strategy} {html_text(top.name)}</h3>"
        + _drivers(report, district)
        + _firmness(report, district)
        + f"<h4>{html_text(text['measures'])}</h4>"
        + '<p class="small">'
        + "<br/>".join(f"· {html_text(m)}" for m in district.measures)
        + "</p>"
        + "".join(
            _chart(text[f"chart_{kind}"], name, heights.get(name))
            for kind in chart_kinds(report)
            for name in [chart_name(kind, district.id)]
        )
        + ("" if report.settings.monte_carlo.available else _unavailable_notes(report))
    )


def _warning_box(title: str, lines: tuple[str, ...]) -> str:
    """A framed, red-lettered block: what a planner must not miss."""
    body = "".join(f"<br/>· {html_text(line)}" for line in lines)
    return (
        '<table width="100%" cellspacing="0" cellpadding="6" border="1" '
        'bgcolor="#fdecea"><tr><td><span style="color: #b00020;">'
        f'<b><span style="color: #b00020;">{html_text(title)}</span></b>{body}</span>'
        "</td></tr></table><p></p>"
    )


def _unavailable_notes(report: Report) -> str:
    return "".join(_warning_box(entry.text, ()) for entry in report.unavailable)


def _caveats(report: Report, with_evidence: bool) -> str:
    """Failing judgments and missing analyses first; then, if asked, what the need rests on."""
    lines = judgment_lines(report.judgment_warnings, report.language)
    parts = [_warning_box(lines[0], lines[1:])] if lines else []
    parts.append(_unavailable_notes(report))
    if with_evidence:
        title, *districts, note = evidence_lines(report.evidence, report.language)
        parts.append(
            f"<h3>{html_text(title)}</h3><p>"
            + "<br/>".join(f"· {html_text(line)}" for line in districts)
            + f'</p><p class="small">{html_text(note)}</p>'
        )
    return "".join(parts)


def _drivers(report: Report, district: DistrictReport) -> str:
    text = labels(report.language)
    names = {row.id: row.name for row in report.indicators}
    headers = [text[k] for k in ("criterion", "contribution", "share", "need", "indicators_used")]
    rows = [
        [
            f"{d.criterion} {html_text(d.name)}",
            _number(d.contribution),
            _percent(d.share),
            _number(d.need, 2)
            + (f" ({html_text(text['need_' + d.need_source])})" if d.neutral else ""),
            html_text("; ".join(names.get(i, i) for i in d.indicators)) or "—",
        ]
        for d in district.drivers[:DRIVERS_SHOWN]
    ]
    return f"<h4>{html_text(text['drivers'])}</h4>" + _table(
        [html_text(h) for h in headers], rows, {1, 2}
    )


def _firmness(report: Report, district: DistrictReport) -> str:
    text, firmness = labels(report.language), district.firmness
    parts = [f"{text['top_stays_top']}: {_percent(firmness.top_stays_top)}"]
    if firmness.critical_criterion is None:
        parts.append(f"{text['critical_change']}: {text['none_within']}")
    else:
        challenger = (
            f"; {text['challenger']}: {firmness.challenger} "
            f"{report.strategy_name(firmness.challenger)}"
            if firmness.challenger
            else ""
        )
        # Renormalised Δ and its percent, then T&S's δ and criticality degree D′ (the
        # method page says which is which); one line less than two labels would take.
        percent = "" if firmness.critical_percent is None else f" {firmness.critical_percent:+.0f}%"
        ts_percent = (
            "" if firmness.critical_ts_percent is None else f" {firmness.critical_ts_percent:+.0f}%"
        )
        parts.append(
            f"{text['critical_change_short']}: {firmness.critical_criterion} "
            f"{report.criterion_name(firmness.critical_criterion)} "
            f"Δ {_signed(firmness.critical_change)}{percent}, "
            f"{text['ts_short']} {_signed(firmness.critical_ts_delta)}{ts_percent}"
            f"{challenger}"
        )
    parts.append(alpha_line(report, district))
    return (
        f"<h4>{html_text(text['firmness'])}</h4><p>"
        + "<br/>".join(html_text(p) for p in parts)
        + "</p>"
    )


def _chart(title: str, name: str, height: float | None) -> str:
    size = f'width="{CHART_WIDTH}"' + ("" if height is None else f' height="{height:.0f}"')
    return f'<p class="small">{html_text(title)}</p><p><img src="{name}" {size}/></p>'


def _weights(report: Report) -> str:
    text = labels(report.language)
    criteria = [
        [
            f"{c.id}",
            html_text(c.name) + _note(notes_for(report.method_notes, UNSERVED, c.id)),
            html_text(c.layer_name),
            _number(c.local_weight),
            _number(c.global_weight),
        ]
        for c in report.criteria
    ]
    nodes = [
        [
            html_text(node.code),
            html_text(_node_name(report, node))
            + _note(notes_for(report.method_notes, NODE_RULES, node.id, node.kind)),
            _number(node.consistency_ratio),
            _number(node.threshold, 2),
            html_text(
                text[f"status_{node.cr_status}"]
                + ("" if node.complete else f"; {text['status_incomplete']}")
            ),
        ]
        for node in (*report.nodes, *report.strategy_nodes)
    ]
    return (
        f"<h2>{html_text(text['weights'])}</h2>"
        + _table(
            [
                html_text(text[k])
                for k in ("criterion_id", "criterion", "layer", "local_weight", "global_weight")
            ],
            criteria,
            {3, 4},
        )
        + f"<h2>{html_text(text['consistency'])}</h2>"
        + f"<p>{html_text(text['random_index'])}: "
        f"{html_text(report.settings.random_index_table)}</p>"
        + _table(
            [html_text(text[k]) for k in ("node", "criterion", "cr", "threshold", "status")],
            nodes,
            {2, 3},
        )
        + _alpha_points(report)
    )


def _alpha_points(report: Report) -> str:
    """The exact α of every swap, per district (the data behind the α chart's marks)."""
    text = labels(report.language)
    rows = [
        [html_text(d.name), html_text(alpha_points_text(report, d.id) or text["none_within"])]
        for d in report.districts
    ]
    return f"<h2>{html_text(text['alpha_change_points'])}</h2>" + _table(
        [html_text(text["district"]), html_text(text["alpha_change_points"])], rows, widths=(20, 80)
    )


def _note(note: str) -> str:
    """A rule's note under a table cell's text (nothing when no rule applies)."""
    return f'<br/><span class="small">{html_text(note)}</span>' if note else ""


def _node_name(report: Report, node) -> str:
    if node.kind == "strategies":
        return labels(report.language)["strategies_under"].format(
            criterion=f"{node.id} {node.name}"
        )
    return node.name


def _subscripts(escaped: str) -> str:
    """Plain-text subscripts of the method (g_{d,c}, w_c, λ_max) as HTML subscripts."""
    return _SIMPLE_SUBSCRIPT.sub(r"<sub>\1</sub>", _BRACED_SUBSCRIPT.sub(r"<sub>\1</sub>", escaped))


def _method(report: Report) -> str:
    text = labels(report.language)
    return f"<h2>{html_text(text['method'])}</h2>" + "".join(
        f"<p>{_subscripts(html_text(paragraph))}</p>" for paragraph in report.method
    )


def _sources(report: Report) -> str:
    text = labels(report.language)
    names, places = edit_names(report)
    rows = [
        [
            html_text(row.name) + _note(notes_for(report.method_notes, SCORING, row.id)),
            html_text(row.criterion or "—"),
            html_text(row.source),
            html_text(text["name_separator"].join(places[d] for d in row.missing_districts)) or "—",
        ]
        for row in report.indicators
    ]
    edits = "".join(
        f"<li>{html_text(names.get(e.indicator, e.indicator))} · "
        f"{html_text(places.get(e.place, e.place))}: "
        f"{_number(e.value)} — {html_text(e.source)}</li>"
        for e in report.planner_edits
    )
    return (
        f"<h2>{html_text(text['sources'])}</h2>"
        f"<p>{html_text(text['model_source'])}: {html_text(report.model.source)}</p>"
        + _table(
            [
                html_text(text[k])
                for k in ("indicator", "criterion_id", "source", "missing_districts")
            ],
            rows,
            widths=(34, 8, 43, 15),
        )
        + (f"<h3>{html_text(text['planner_edits'])}</h3><ul>{edits}</ul>" if edits else "")
    )
