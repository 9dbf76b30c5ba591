"""Refresh the translation sources and compile them: ``python -m desktop.i18n_build``.

One .ts per folder of desktop/ (``main`` for desktop/ itself), so that people working on
different panels never edit the same file. lupdate keeps existing translations; lrelease
writes the .qm files that ship next to the .ts files.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from desktop.i18n import translations_dir

DESKTOP = Path(__file__).resolve().parent


def areas() -> dict[str, list[Path]]:
    """Translation area name → the Python files it covers."""
    result = {"main": sorted(DESKTOP.glob("*.py"))}
    for folder in sorted(p for p in DESKTOP.iterdir() if p.is_dir() and p.name != "__pycache__"):
        files = sorted(folder.rglob("*.py"))
        if files:
            result[folder.name] = files
    return result


def _tool(name: str) -> str:
    return str(Path(sys.executable).with_name(f"pyside6-{name}"))


def update_sources() -> list[Path]:
    out = translations_dir()
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for area, files in areas().items():
        target = out / f"{area}.ts"
        subprocess.run(
            [
                _tool("lupdate"),
                *map(str, files),
                "-no-obsolete",
                "-target-language",
                "zh_CN",
                "-ts",
                str(target),
            ],
            check=True,
            capture_output=True,
        )
        written.append(target)
    return written


def compile_translations(folder: Path | None = None, out: Path | None = None) -> list[Path]:
    """Compile every .ts in folder to a .qm in out (default: beside it)."""
    folder = folder or translations_dir()
    compiled = []
    for source in sorted(folder.glob("*.ts")):
        target = (out or folder) / source.with_suffix(".qm").name
        subprocess.run(
            [_tool("lrelease"), "-silent", str(source), "-qm", str(target)],
            check=True,
            capture_output=True,
        )
        compiled.append(target)
    return compiled


def untranslated(source: Path) -> list[tuple[str, str]]:
    """(context, text) of messages in a .ts with no finished translation."""
    root = ElementTree.parse(source).getroot()
    missing = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if (
                translation is None
                or translation.get("type") == "unfinished"
                or not (translation.text or "").strip()
            ):
                missing.append((name, message.findtext("source", "")))
    return missing


def fill(source: Path, translations: dict[tuple[str, str], str]) -> int:
    """Write translations {(context, text): chinese} into a .ts; returns how many were set."""
    tree = ElementTree.parse(source)
    count = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = (name, message.findtext("source", ""))
            if key in translations:
                translation = message.find("translation")
                translation.text = translations[key]
                translation.attrib.pop("type", None)
                count += 1
    tree.write(source, encoding="utf-8", xml_declaration=True)
    return count


def main() -> int:
    for path in update_sources():
        gaps = untranslated(path)
        print(f"{path.name}: {len(gaps)} untranslated")
        for context, text in gaps:
            print(f"  [{context}] {text}")
    compile_translations()
    return 0


if __name__ == "__main__":
    sys.exit(main())
