"""The desktop shows what the core computed: no module under desktop/ weighs or ranks.

Checked on the source: no desktop module imports ahpy, scipy or numpy.linalg, calls an
eigenvector or matrix-product routine, uses the @ operator, or calls the core's arithmetic
(adjusted weights, priorities, node weights) other than through the evaluation.
"""

import ast
from pathlib import Path

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"
FORBIDDEN_MODULES = {"ahpy", "scipy", "numpy.linalg"}
FORBIDDEN_CALLS = {
    "eig",
    "eigvals",
    "eigh",
    "dot",
    "matmul",
    "einsum",
    "tensordot",
    "inv",
    "solve",
    "lstsq",
    "matrix_power",
}
# The core's arithmetic: views read its results from the evaluation instead.
FORBIDDEN_NAMES = {
    "node_weights",
    "cached_node_weights",
    "hierarchy_weights",
    "adjusted_weights",
    "priorities",
    "contributions",
    "competition_ranks",
    "district_need",
    "effectiveness_from_ratings",
    "batched_node_weights",
    "need_multipliers",
    "blended_priorities",
    "fill_unmeasured_need",
}


def desktop_sources():
    return sorted(p for p in DESKTOP.rglob("*.py") if "__pycache__" not in p.parts)


def offences(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [
                a.name
                for a in node.names
                if a.name.split(".")[0] in {"ahpy", "scipy"} or a.name in FORBIDDEN_MODULES
            ]
        elif isinstance(node, ast.ImportFrom) and node.module:
            if node.module.split(".")[0] in {"ahpy", "scipy"} or node.module in FORBIDDEN_MODULES:
                found.append(node.module)
            found += [a.name for a in node.names if a.name in FORBIDDEN_NAMES | FORBIDDEN_CALLS]
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.MatMult):
            found.append(f"@ at line {node.lineno}")
        elif isinstance(node, ast.Call):
            attribute = getattr(node.func, "attr", None)
            name = getattr(node.func, "id", None)
            if attribute in FORBIDDEN_CALLS or name in FORBIDDEN_CALLS | FORBIDDEN_NAMES:
                name = attribute or name
                found.append(f"{name}() at line {node.lineno}")
    return found


def test_no_desktop_module_computes_weights_or_priorities():
    problems = {str(p.relative_to(DESKTOP)): o for p in desktop_sources() if (o := offences(p))}
    assert problems == {}


def test_the_check_itself_catches_arithmetic(tmp_path):
    sample = tmp_path / "bad.py"
    sample.write_text(
        "import numpy.linalg\nfrom strategies.ranking import priorities\n"
        "x = a @ b\ny = np.linalg.eig(m)\nz = priorities(w, e)\n",
        encoding="utf-8",
    )
    assert len(offences(sample)) == 5
