"""The panel section as tables (the XLSX's panel sheet), as the CSV's added columns, and the
texts the PDF's panel page shares with them. Everything is read from ``Report.panel``."""

from __future__ import annotations

from desktop.export.content import DistrictReport, RankedRow, Report
from desktop.export.labels import labels
from desktop.export.panel_content import PanelExpert, PanelSection
from desktop.export.panel_labels import panel_labels
from desktop.export.tables import Sheet, Table

CR_FLAG = "!"  # beside a CR above its threshold, in every format


def panel_sheet(report: Report) -> Sheet | None:
    """The panel sheet of a session of several experts; None for a session of one."""
    panel = report.panel
    if panel is None:
        return None
    text = panel_labels(report.language)
    return Sheet(
        text["sheet_panel"],
        (
            aggregation_table(report, panel),
            experts_table(report, panel),
            consistency_table(report, panel),
            consensus_table(report, panel),
            disputed_table(report, panel),
            tops_table(report, panel),
        ),
    )


def aggregation_rows(report: Report, panel: PanelSection) -> tuple[tuple[str, object], ...]:
    """(label, value): how the panel is combined, when that fits, who counts, S* overall."""
    text = panel_labels(report.language)
    counted = sum(e.counted_share is not None for e in panel.experts)
    hierarchy = None if panel.consensus is None else panel.consensus.hierarchy
    return (
        (text["panel_aggregation"], panel.aggregation_name),
        (text["panel_when"], panel.when_appropriate),
        (text["panel_reference"], panel.aggregation_reference),
        (
            text["panel_counted"],
            text["panel_counted_value"].format(counted=counted, total=len(panel.experts)),
        ),
        (text["panel_hierarchy_consensus"], hierarchy),
        (
            text["panel_bands_source"],
            f"{panel.consensus_bands_source}: {panel.consensus_bands}",
        ),
    )


def aggregation_table(report: Report, panel: PanelSection) -> Table:
    text = panel_labels(report.language)
    return Table((text["panel"], labels(report.language)["value"]), aggregation_rows(report, panel))


def experts_table(report: Report, panel: PanelSection) -> Table:
    text = panel_labels(report.language)
    headers = (
        text["expert"],
        text["organisation"],
        text["expert_weight"],
        text["counted_share"],
        text["counted_header"],
    )
    yes_no = labels(report.language)
    return Table(
        headers,
        tuple(
            (
                e.shown_name,
                e.organisation,
                e.weight,
                e.counted_share,
                yes_no["yes"] if e.counted_share is not None else yes_no["no"],
            )
            for e in panel.experts
        ),
    )


def consistency_table(report: Report, panel: PanelSection) -> Table:
    """A row per expert and node, the CR's verdict in words (flagged when too inconsistent)."""
    general, text = labels(report.language), panel_labels(report.language)
    headers = (
        text["expert"],
        general["node"],
        text["node_name"],
        general["cr"],
        general["threshold"],
        general["status"],
    )
    return Table(
        headers,
        tuple(
            (
                e.shown_name,
                node_label(report, c.node),
                c.node_name,
                c.consistency_ratio,
                c.threshold,
                cr_verdict(report, c.status),
            )
            for e in panel.experts
            for c in e.consistency
        )
        + tuple(
            (e.shown_name, node_label(report, node), name, None, None, text["left_blank"])
            for e in panel.experts
            for node, name in zip(e.blank_nodes, e.blank_node_names, strict=True)
        ),
    )


def cr_verdict(report: Report, status: str) -> str:
    verdict = labels(report.language)[f"status_{status}"]
    return f"{CR_FLAG} {verdict}" if status == "too_inconsistent" else verdict


def node_label(report: Report, node: str) -> str:
    """A node's code as the report writes it elsewhere (a word for the goal)."""
    return next((n.code for n in report.nodes if n.id == node), node)


def consensus_table(report: Report, panel: PanelSection) -> Table:
    """S* per node and on the global weights with Goepel's band (no rows below two experts)."""
    general, text = labels(report.language), panel_labels(report.language)
    headers = (general["node"], text["node_name"], text["s_star"], text["band"])
    if panel.consensus is None:
        return Table(headers, ((text["no_consensus"], None, None, None),))
    rows = tuple(
        (node_label(report, n.id), n.name, n.s_star, n.band_name) for n in panel.consensus.nodes
    )
    overall = panel.consensus.global_weights
    return Table(headers, (*rows, (text["global_weights"], "", overall.s_star, overall.band_name)))


def disputed_table(report: Report, panel: PanelSection) -> Table:
    general, text = labels(report.language), panel_labels(report.language)
    headers = (
        general["node"],
        text["pair"],
        text["answered"],
        text["geometric_mean"],
        text["geometric_sd"],
        text["furthest_expert"],
        text["apart"],
    )
    return Table(
        headers,
        tuple(
            (
                node_label(report, d.node),
                f"{d.first} {d.first_name} : {d.second} {d.second_name}",
                d.answered,
                d.geometric_mean,
                d.geometric_sd,
                panel.expert_name(d.furthest_expert),
                d.furthest_ratio,
            )
            for d in panel.disputed
        ),
    )


def tops_table(report: Report, panel: PanelSection) -> Table:
    """A row per district: each counted expert's top strategy (ties joined by =), and W."""
    general, text = labels(report.language), panel_labels(report.language)
    experts = [top.expert for top in panel.districts[0].top_strategies] if panel.districts else []
    headers = (
        general["district_id"],
        general["district"],
        *(panel.expert_name(e) for e in experts),
        text["kendalls_w"],
    )
    return Table(
        headers,
        tuple(
            (
                d.id,
                d.name,
                *(" = ".join(top.strategies) for top in d.top_strategies),
                d.kendalls_w,
            )
            for d in panel.districts
        ),
    )


def experts_ranking_first(panel: PanelSection, district: str, strategy: str) -> tuple[str, ...]:
    """The experts (shown names) whose top strategy in district is strategy (or tied top)."""
    found = next((d for d in panel.districts if d.id == district), None)
    if found is None:
        return ()
    return tuple(
        panel.expert_name(top.expert) for top in found.top_strategies if strategy in top.strategies
    )


def kendalls_w(panel: PanelSection, district: str) -> float | None:
    return next((d.kendalls_w for d in panel.districts if d.id == district), None)


def csv_headers(report: Report) -> tuple[str, ...]:
    """The CSV's added columns (none for a session of one expert)."""
    if report.panel is None:
        return ()
    text = panel_labels(report.language)
    return tuple(
        text[key]
        for key in (
            "csv_aggregation",
            "csv_experts",
            "csv_cr",
            "csv_consensus",
            "csv_disputed",
            "csv_first_by",
            "csv_kendall",
        )
    )


def csv_cells(report: Report, district: DistrictReport, row: RankedRow) -> tuple[object, ...]:
    """The added columns of one ranking row: the panel's lines (the same on every row, as the
    CSV repeats the consistency line) and this district's and strategy's figures."""
    panel = report.panel
    if panel is None:
        return ()
    general = labels(report.language)
    return (
        f"{panel.aggregation_name}{general['value_separator']}{panel.when_appropriate} "
        f"{panel.aggregation_reference}",
        general["list_separator"].join(_expert_line(report, e) for e in panel.experts),
        general["list_separator"].join(_cr_line(report, e) for e in panel.experts),
        consensus_line(report, panel),
        general["list_separator"].join(
            panel_labels(report.language)["disputed_line"].format(
                node=node_label(report, d.node),
                first=d.first,
                second=d.second,
                sd=d.geometric_sd,
                expert=panel.expert_name(d.furthest_expert),
                ratio=d.furthest_ratio,
            )
            for d in panel.disputed
        ),
        general["name_separator"].join(experts_ranking_first(panel, district.id, row.strategy)),
        kendalls_w(panel, district.id),
    )


def _expert_line(report: Report, expert: PanelExpert) -> str:
    general, text = labels(report.language), panel_labels(report.language)
    organisation = (
        f"{expert.organisation}{general['name_separator']}" if expert.organisation else ""
    )
    share = (
        text["not_counted"]
        if expert.counted_share is None
        else text["share_line"].format(share=expert.counted_share)
    )
    return text["expert_line"].format(
        name=expert.shown_name, organisation=organisation, weight=expert.weight, share=share
    )


def _cr_line(report: Report, expert: PanelExpert) -> str:
    nodes = panel_labels(report.language)["inner_separator"].join(
        f"{node_label(report, c.node)} {cr_text(c.consistency_ratio)}"
        + (f" {cr_verdict(report, c.status)}" if c.status == "too_inconsistent" else "")
        for c in expert.consistency
    )
    text = panel_labels(report.language)
    blank = [f"{node_label(report, n)} {text['left_blank']}" for n in expert.blank_nodes]
    nodes = (
        text["inner_separator"].join([nodes, *blank])
        if nodes
        else text["inner_separator"].join(blank)
    )
    return text["cr_line"].format(name=expert.shown_name, nodes=nodes)


def cr_text(value: float | None) -> str:
    return "—" if value is None else f"{value:.4f}"


def star_text(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.1f}%"


def consensus_line(report: Report, panel: PanelSection) -> str:
    """S* per node and on the global weights with the band, in one line."""
    text = panel_labels(report.language)
    if panel.consensus is None:
        return text["no_consensus"]
    entries = [(node_label(report, n.id), n.s_star, n.band_name) for n in panel.consensus.nodes] + [
        (
            text["global_weights"],
            panel.consensus.global_weights.s_star,
            panel.consensus.global_weights.band_name,
        )
    ]
    return labels(report.language)["list_separator"].join(
        text["consensus_line"].format(name=name, s_star=star_text(s_star), band=band or "—")
        for name, s_star, band in entries
    )
