"""The PDF's panel pages (after the summary) as HTML for QTextDocument: how the panel is
combined and when that fits, the experts, each expert's CR per node (flagged), S* per node and
overall with Goepel's bands, the most disputed pairs, each expert's top strategy per district
with Kendall's W. Nothing for a session of one expert: its report stays as it was.

Tables grow downwards with the number of experts (a row each), never sideways, so that a large
panel breaks over pages instead of running off one."""

from __future__ import annotations

from desktop.export.content import Report
from desktop.export.labels import labels
from desktop.export.panel_content import DistrictAgreement, PanelSection
from desktop.export.panel_labels import panel_labels
from desktop.export.panel_tables import (
    CR_FLAG,
    aggregation_rows,
    cr_text,
    node_label,
    star_text,
)
from desktop.export.report_html import _BREAK, _table
from desktop.export.safe_text import html_text

_FLAGGED = '<span style="color: #b00020;">{text}</span>'


def panel_pages(report: Report) -> str:
    """The panel section with the page break before it; empty without a panel."""
    panel = report.panel
    if panel is None:
        return ""
    text = panel_labels(report.language)
    return (
        _BREAK
        + f"<h2>{html_text(text['panel'])}</h2>"
        + _aggregation(report, panel)
        + _heading(text["panel_experts"])
        + _experts(report, panel)
        + _heading(text["panel_cr"])
        + _consistency(report, panel)
        + _heading(text["panel_consensus"])
        + _consensus(report, panel)
        + _heading(text["panel_disputed"])
        + _disputed(report, panel)
        + _heading(text["panel_tops"])
        + _tops(report, panel)
    )


def _heading(title: str) -> str:
    return f"<h3>{html_text(title)}</h3>"


def _cells(values: list[str]) -> list[str]:
    return [html_text(value) for value in values]


def _aggregation(report: Report, panel: PanelSection) -> str:
    rows = [_cells([label, _shown(value)]) for label, value in aggregation_rows(report, panel)]
    general = labels(report.language)
    headers = _cells([panel_labels(report.language)["panel"], general["value"]])
    return _table(headers, rows, widths=(30, 70))


def _shown(value: object) -> str:
    if value is None:
        return "—"
    return star_text(value) if isinstance(value, float) else str(value)


def _experts(report: Report, panel: PanelSection) -> str:
    general, text = labels(report.language), panel_labels(report.language)
    headers = _cells(
        [
            text["expert"],
            text["organisation"],
            text["expert_weight"],
            text["counted_share"],
            text["counted_header"],
        ]
    )
    rows = [
        _cells(
            [
                e.shown_name,
                e.organisation or "—",
                f"{e.weight:g}",
                star_text(e.counted_share),
                general["yes"] if e.counted_share is not None else general["no"],
            ]
        )
        for e in panel.experts
    ]
    return _table(headers, rows, {2, 3})


def _consistency(report: Report, panel: PanelSection) -> str:
    """A row per expert, a column per node: the CR, red and marked where it is too high."""
    text = panel_labels(report.language)
    nodes = list(
        dict.fromkeys(
            [c.node for e in panel.experts for c in e.consistency]
            + [n for e in panel.experts for n in e.blank_nodes]
        )
    )
    headers = [html_text(text["expert"])] + [html_text(node_label(report, n)) for n in nodes]
    rows = []
    for expert in panel.experts:
        by_node = {c.node: c for c in expert.consistency}
        cells = [html_text(expert.shown_name)]
        for node in nodes:
            found = by_node.get(node)
            if node in expert.blank_nodes:
                cells.append(html_text(text["left_blank"]))
                continue
            value = cr_text(None if found is None else found.consistency_ratio)
            if found is not None and found.status == "too_inconsistent":
                value = _FLAGGED.format(text=f"{value} {CR_FLAG}")
            cells.append(value)
        rows.append(cells)
    notes = [text["cr_flag_note"]]
    if any(e.blank_nodes for e in panel.experts):
        notes.append(text["left_blank_note"])
    note = "".join(f'<p class="small">{html_text(line)}</p>' for line in notes)
    return _table(headers, rows, set(range(1, len(nodes) + 1))) + note


def _consensus(report: Report, panel: PanelSection) -> str:
    general, text = labels(report.language), panel_labels(report.language)
    if panel.consensus is None:
        return f"<p>{html_text(text['no_consensus'])}</p>"
    rows = [
        _cells([f"{node_label(report, n.id)} {n.name}", star_text(n.s_star), n.band_name or "—"])
        for n in panel.consensus.nodes
    ]
    overall = panel.consensus.global_weights
    rows.append(
        _cells([text["global_weights"], star_text(overall.s_star), overall.band_name or "—"])
    )
    headers = _cells([general["node"], text["s_star"], text["band"]])
    return _table(headers, rows, {1}, (50, 25, 25)) + (
        f'<p class="small">{html_text(bands_line(report, panel))}</p>'
    )


def bands_line(report: Report, panel: PanelSection) -> str:
    """'Bands after AHP-OS (…): very low ≤ 50 %, …'."""
    text = panel_labels(report.language)
    return text["bands_after"].format(
        source=panel.consensus_bands_source, ranges=panel.consensus_bands
    )


def _disputed(report: Report, panel: PanelSection) -> str:
    general, text = labels(report.language), panel_labels(report.language)
    headers = _cells(
        [
            general["node"],
            text["pair"],
            text["geometric_sd"],
            text["furthest_expert"],
            text["apart"],
        ]
    )
    rows = [
        _cells(
            [
                node_label(report, d.node),
                f"{d.first} {d.first_name} : {d.second} {d.second_name}",
                f"{d.geometric_sd:.2f}",
                panel.expert_name(d.furthest_expert),
                f"×{d.furthest_ratio:.1f}",
            ]
        )
        for d in panel.disputed
    ]
    if not rows:
        return f"<p>{html_text(text['no_consensus'])}</p>"
    return _table(headers, rows, {2, 4}, (10, 44, 14, 16, 16))


def _tops(report: Report, panel: PanelSection) -> str:
    """A row per district: each top strategy with the experts who put it first, and W."""
    general, text = labels(report.language), panel_labels(report.language)
    if not panel.districts:
        return f"<p>{html_text(text['no_consensus'])}</p>"
    headers = _cells([general["district"], text["experts_ranking_first"], text["kendalls_w"]])
    rows = [
        [
            html_text(d.name),
            _grouped(report, panel, d),
            "—" if d.kendalls_w is None else f"{d.kendalls_w:.2f}",
        ]
        for d in panel.districts
    ]
    return _table(headers, rows, {2}, (16, 68, 16))


def _grouped(report: Report, panel: PanelSection, district: DistrictAgreement) -> str:
    """'S1 name: E1, E2<br/>S4 name: E3', strategies in the order experts first name them."""
    names = labels(report.language)["name_separator"]
    by_strategy: dict[str, list[str]] = {}
    for top in district.top_strategies:
        for strategy in top.strategies:
            by_strategy.setdefault(strategy, []).append(panel.expert_name(top.expert))
    return "<br/>".join(
        html_text(
            f"{strategy} {report.strategy_name(strategy)}"
            f"{labels(report.language)['value_separator']}{names.join(experts)}"
        )
        for strategy, experts in by_strategy.items()
    )
