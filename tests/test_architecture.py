"""The core stays free of Qt: importing criteria/ and strategies/ pulls in no Qt module."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def core_modules():
    for package in ("criteria", "strategies"):
        for path in sorted((ROOT / package).rglob("*.py")):
            yield ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")


def test_core_imports_no_qt():
    imports = "; ".join(f"import {name}" for name in core_modules())
    code = (
        f"import sys; {imports}; "
        "bad = [m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'pyqtgraph')]; print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_core_source_names_no_qt():
    for package in ("criteria", "strategies"):
        for path in (ROOT / package).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            for name in ("PySide6", "pyqtgraph", "shiboken6"):
                assert f"import {name}" not in text and f"from {name}" not in text, path
