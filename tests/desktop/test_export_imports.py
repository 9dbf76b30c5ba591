"""A command-line export loads only what its format needs: no chart widgets (pyqtgraph) for any
format, and no Qt at all for the formats Qt does not draw."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.export import formats

ROOT = Path(__file__).resolve().parents[2]
_RUN = (
    "import sys; from desktop.cli import main; code = main({argv!r}); "
    "print(sorted({{m.split('.')[0] for m in sys.modules}} & {{'pyqtgraph', 'PySide6'}})); "
    "sys.exit(code)"
)


def _loaded_by_export(out: Path) -> list[str]:
    argv = ["export", "--lang", "en", "--samples", "50", "-o", str(out)]
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", _RUN.format(argv=argv)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=environment,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 0
    return ast.literal_eval(result.stdout.strip().splitlines()[-1])  # the printed names


@pytest.mark.parametrize("export", formats.FORMATS, ids=lambda entry: entry.suffix)
def test_an_export_imports_no_chart_widgets(export, tmp_path):
    loaded = _loaded_by_export(tmp_path / f"report{export.suffix}")
    assert "pyqtgraph" not in loaded
    assert ("PySide6" in loaded) == export.drawn_by_qt
