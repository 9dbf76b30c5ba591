"""Above a ranking: the judgments that fail the consistency check (each a link to its editor)
and, per district, how many criteria rest on district data and which take a mean need.

What to say comes from strategies.caveats; this module only puts it into words.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from strategies.caveats import (
    STRATEGIES_NODE,
    DistrictEvidence,
    JudgmentWarning,
    district_evidence,
    judgment_warnings,
)
from strategies.evaluation import Evaluation

_WARNING_STYLE = (
    "QLabel { background: #fdecea; color: #b00020; border: 1px solid #b00020; padding: 6px; }"
)
_LINK = "{kind}:{node}"


class CaveatBanner(QWidget):
    """Emits node_requested(kind, node) when the planner follows a node's link."""

    node_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.judgments = QLabel()
        self.judgments.setObjectName("judgment_warnings")
        self.judgments.setWordWrap(True)
        self.judgments.setStyleSheet(_WARNING_STYLE)
        self.judgments.setTextFormat(Qt.TextFormat.RichText)
        self.judgments.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.judgments.linkActivated.connect(self._on_link)
        self.evidence = QLabel()
        self.evidence.setObjectName("district_evidence")
        self.evidence.setWordWrap(True)
        self.evidence.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.judgments)
        layout.addWidget(self.evidence)
        self.warnings: tuple[JudgmentWarning, ...] = ()

    def show_caveats(self, evaluation: Evaluation, lang: str, district: str | None) -> None:
        """The failing judgments, and the evidence of district (all districts when None)."""
        self.warnings = judgment_warnings(evaluation)
        names = _Names(evaluation, lang, self.tr("; "))
        self.judgments.setText(self._judgments_html(names))
        self.judgments.setVisible(bool(self.warnings))
        evidence = [
            e for e in district_evidence(evaluation) if district is None or e.district == district
        ]
        self.evidence.setText(self._evidence_html(evidence, names))

    def _judgments_html(self, names: _Names) -> str:
        if not self.warnings:
            return ""
        title = self.tr(
            "These judgments fail the consistency check or are incomplete; revise "
            "them before relying on this ranking (click a name to open it):"
        )
        lines = [f"<b>⚠ {escape(title)}</b>"]
        lines += [self._warning_html(w, names) for w in self.warnings]
        return "<br/>".join(lines)

    def _warning_html(self, warning: JudgmentWarning, names: _Names) -> str:
        link = _LINK.format(kind=warning.kind, node=warning.node)
        label = names.node(warning.node)
        if warning.kind == STRATEGIES_NODE:
            label = self.tr("the strategies judged pairwise under {criterion}").format(
                criterion=label
            )
        name = f'<a href="{escape(link)}">{escape(label)}</a>'
        cr = (
            self.tr("undefined")
            if warning.consistency_ratio is None
            else f"{warning.consistency_ratio:.3f}"
        )
        threshold = "—" if warning.threshold is None else f"{warning.threshold:.2f}"
        if warning.complete:
            text = self.tr("CR = {cr}, above the threshold {threshold}")
        elif warning.inconsistent:
            text = self.tr(
                "judgments incomplete; the completed matrix has CR = {cr}, above "
                "the threshold {threshold}"
            )
        else:
            text = self.tr(
                "judgments incomplete; the completed matrix has CR = {cr} (threshold {threshold})"
            )
        line = self.tr("{node}: {problem}")  # the colon of the language
        return "· " + line.format(
            node=name, problem=escape(text.format(cr=cr, threshold=threshold))
        )

    def _evidence_html(self, evidence: list[DistrictEvidence], names: _Names) -> str:
        # Districts whose evidence is the same share one line (as in the exports): forty
        # towns measured alike are one sentence, not forty.
        groups: dict[tuple, list[DistrictEvidence]] = {}
        for entry in evidence:
            groups.setdefault((entry.measured, entry.neutral), []).append(entry)
        lines = [
            self._evidence_line(group[0], names, [e.district for e in group])
            for group in groups.values()
        ]
        note = self.tr(
            "Missing data is not read as need: a criterion without the district's "
            "figures gets the mean need of the districts that have figures on it; "
            "one no district has figures on gets the district's own mean need over "
            "its measured criteria, so its weight is not tilted."
        )
        return (
            "<br/>".join(escape(line) for line in lines)
            + f'<br/><span style="color: #555555;">{escape(note)}</span>'
        )

    def _evidence_line(self, entry: DistrictEvidence, names: _Names, districts: list[str]) -> str:
        # The districts' names are a list of names, not of clauses ("、" in Chinese).
        district = self.tr(", ").join(names.district(d) for d in districts)
        total = entry.criteria_count
        if not entry.measured:
            return self.tr(
                "{district}: none of the {total} criteria has figures of this "
                "district; it is taken as an average district (the mean need of the "
                "districts with figures; plain AHP where no district has any)."
            ).format(district=district, total=total)
        measured = names.criteria(entry.measured)
        if not entry.neutral:
            return self.tr(
                "{district}: all {total} criteria rest on district data ({measured_names})."
            ).format(district=district, total=total, measured_names=measured)
        return self.tr(
            "{district}: {measured} of {total} criteria rest on district data "
            "({measured_names}); {neutral} have no district figures (given an average need): "
            "{neutral_names}."
        ).format(
            district=district,
            measured=len(entry.measured),
            total=total,
            measured_names=measured,
            neutral=len(entry.neutral),
            neutral_names=names.criteria(entry.neutral),
        )

    def _on_link(self, link: str) -> None:
        kind, _, node = link.partition(":")
        self.node_requested.emit(kind, node)


class _Names:
    """Names as the planner sees them, in the window's language."""

    def __init__(self, evaluation: Evaluation, lang: str, separator: str):
        self.model, self.lang, self.separator = evaluation.model, lang, separator

    def node(self, node: str) -> str:
        """ "C1 name", or the goal's name alone (it has no code a planner would know)."""
        hierarchy = self.model.hierarchy
        name = hierarchy.name(node, self.lang)
        return name if node == hierarchy.goal else f"{node} {name}"

    def district(self, district: str) -> str:
        return self.model.district(district).name.get(self.lang)

    def criteria(self, criteria: tuple[str, ...]) -> str:
        return self.separator.join(self.node(c) for c in criteria)
