"""Open a node's judgments when a view asks (a caveat's link): the criteria judgments with
the node selected in the hierarchy, or the strategies judged pairwise under a criterion."""

from __future__ import annotations

from strategies.caveats import STRATEGIES_NODE


def install(window) -> None:
    """Connect the ranking view's requests to the window's editors."""
    window.ranking.node_requested.connect(lambda kind, node: open_node(window, kind, node))


def open_node(window, kind: str, node: str) -> None:
    if kind == STRATEGIES_NODE:
        effectiveness = window.effectiveness
        window.tabs.setCurrentWidget(effectiveness)
        effectiveness.criterion.setCurrentIndex(effectiveness.criterion.findData(node))
        return
    window.tabs.setCurrentWidget(window.judgments)
    window.hierarchy.select(node)
    window.hierarchy.setFocus()
