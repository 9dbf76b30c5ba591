"""What the panel agrees and disagrees on, as read-only tables: each expert's CR per node,
S* per node, the most disputed pairs, each expert's top strategy per district with Kendall's W.
Every figure comes from strategies.panel.summary; this module only formats it."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from desktop.views.expert_choice import expert_label
from strategies.model import PlanningModel
from strategies.panel.consensus import ConsensusBand
from strategies.panel.summary import PanelSummary
from strategies.session import Session

_FLAGGED = QBrush(QColor("#f6c6c6"))


def read_only_table() -> QTableWidget:
    table = QTableWidget()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    # Every column as wide as its header and cells; a wide table scrolls sideways. (A
    # stretched last column was squeezed under its header: "nvironment and policy lay".)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.verticalHeader().hide()  # the first column names each row
    return table


def fill(table: QTableWidget, headers: list[str], rows: list[list[QTableWidgetItem]]) -> None:
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for row, cells in enumerate(rows):
        for column, cell in enumerate(cells):
            table.setItem(row, column, cell)


def cell(text: str, flagged: bool = False, tip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if flagged:
        item.setBackground(_FLAGGED)
    if tip:
        item.setToolTip(tip)
    return item


def percent(value: float) -> str:
    return "—" if math.isnan(value) else f"{value * 100:.1f} %"


def band_name(band: ConsensusBand) -> str:
    """Goepel's band in the planner's language."""
    return {
        ConsensusBand.VERY_LOW: QCoreApplication.translate("PanelFindings", "very low"),
        ConsensusBand.LOW: QCoreApplication.translate("PanelFindings", "low"),
        ConsensusBand.MODERATE: QCoreApplication.translate("PanelFindings", "moderate"),
        ConsensusBand.HIGH: QCoreApplication.translate("PanelFindings", "high"),
        ConsensusBand.VERY_HIGH: QCoreApplication.translate("PanelFindings", "very high"),
    }[band]


def consistency_rows(
    summary: PanelSummary, session: Session, model: PlanningModel, lang: str
) -> tuple[list[str], list[list[QTableWidgetItem]]]:
    nodes = model.hierarchy.inner_nodes
    headers = [
        QCoreApplication.translate("PanelFindings", "Expert"),
        *(model.hierarchy.name(n, lang) for n in nodes),
    ]
    rows = []
    for expert in session.experts.experts:
        by_node = {c.node: c for c in summary.consistency.get(expert.id, ())}
        cells = [cell(expert_label(expert))]
        for node in nodes:
            found = by_node.get(node)
            if node in summary.blank.get(expert.id, ()):
                cells.append(
                    cell(
                        QCoreApplication.translate("PanelFindings", "left blank"),
                        tip=QCoreApplication.translate(
                            "PanelFindings",
                            "This expert left the node blank: the node is combined over the "
                            "experts who judged it",
                        ),
                    )
                )
                continue
            if found is None or found.consistency_ratio is None:
                cells.append(
                    cell(
                        "—",
                        tip=QCoreApplication.translate(
                            "PanelFindings", "CR needs three or more items"
                        ),
                    )
                )
                continue
            tip = QCoreApplication.translate("PanelFindings", "threshold {threshold:.2f}").format(
                threshold=found.threshold or 0
            )
            cells.append(cell(f"{found.consistency_ratio:.3f}", found.too_inconsistent, tip))
        rows.append(cells)
    return headers, rows


def consensus_rows(
    summary: PanelSummary, model: PlanningModel, lang: str
) -> tuple[list[str], list[list[QTableWidgetItem]]]:
    headers = [
        QCoreApplication.translate("PanelFindings", "Node"),
        QCoreApplication.translate("PanelFindings", "Consensus S*"),
        QCoreApplication.translate("PanelFindings", "Band"),
    ]
    if summary.consensus is None:
        return headers, []
    rows = [
        [cell(model.hierarchy.name(node, lang)), cell(percent(c.s_star)), cell(band_name(c.band))]
        for node, c in summary.consensus.nodes.items()
    ]
    overall = summary.consensus.global_weights
    rows.append(
        [
            cell(QCoreApplication.translate("PanelFindings", "Global weights")),
            cell(percent(overall.s_star)),
            cell(band_name(overall.band)),
        ]
    )
    return headers, rows


def disputed_rows(
    summary: PanelSummary, session: Session, model: PlanningModel, lang: str
) -> tuple[list[str], list[list[QTableWidgetItem]]]:
    headers = [
        QCoreApplication.translate("PanelFindings", "Node"),
        QCoreApplication.translate("PanelFindings", "Pair"),
        QCoreApplication.translate("PanelFindings", "Geometric SD"),
        QCoreApplication.translate("PanelFindings", "Furthest expert"),
        QCoreApplication.translate("PanelFindings", "Apart from the others"),
    ]
    name = model.hierarchy.name
    rows = [
        [
            cell(name(d.node, lang)),
            cell(f"{name(d.first, lang)} : {name(d.second, lang)}"),
            cell(f"{d.geometric_sd:.2f}"),
            cell(expert_label(session.experts.expert(d.furthest_expert))),
            cell(f"×{d.furthest_ratio:.1f}"),
        ]
        for d in summary.disputed
    ]
    return headers, rows


def top_strategy_rows(
    summary: PanelSummary, session: Session, model: PlanningModel, lang: str
) -> tuple[list[str], list[list[QTableWidgetItem]]]:
    experts = [session.experts.expert(e) for e in summary.top_strategies]
    headers = [
        QCoreApplication.translate("PanelFindings", "District"),
        *(expert_label(e) for e in experts),
        QCoreApplication.translate("PanelFindings", "Kendall's W"),
    ]
    rows: list[list[QTableWidgetItem]] = []
    if not experts:  # fewer than two experts counted: nothing side by side
        return headers, rows
    for row, district in enumerate(model.district_ids):
        cells = [cell(model.district(district).name.get(lang))]
        for expert in experts:
            tops = summary.top_strategies[expert.id][row]
            cells.append(cell(" = ".join(tops), tip=_strategy_names(model, tops, lang)))
        w = summary.concordance[row]
        cells.append(cell("—" if math.isnan(w) else f"{w:.2f}"))
        rows.append(cells)
    return headers, rows


def _strategy_names(model: PlanningModel, strategies: tuple[str, ...], lang: str) -> str:
    return "\n".join(f"{s} {model.strategy(s).name.get(lang)}" for s in strategies)
