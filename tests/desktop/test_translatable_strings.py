"""Every string the desktop passes to tr() or translate() has a Chinese translation.

lupdate skips a tr() it cannot read (inside an f-string, say), and then the .ts files look
complete while the window shows English in Chinese; this reads the calls from the code itself.
"""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from desktop.i18n import translations_dir

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"
TRANSLATE_NAMES = {"translate", "QT_TRANSLATE_NOOP"}


def translated() -> set[tuple[str, str]]:
    found = set()
    for source in translations_dir().glob("*.ts"):
        for context in ElementTree.parse(source).getroot().iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                text = (message.findtext("translation") or "").strip()
                if text:
                    found.add((name, message.findtext("source", "")))
    return found


def _literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


class Calls(ast.NodeVisitor):
    """(context, text) of every tr() in a class and translate(context, text) with literals."""

    def __init__(self, path: Path):
        self.path, self.classes, self.found = path, [], []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        name = getattr(node.func, "attr", getattr(node.func, "id", ""))
        arguments = [_literal(a) for a in node.args]
        if name == "tr" and self.classes and arguments and arguments[0] is not None:
            self.found.append((self.classes[-1], arguments[0], node.lineno))
        elif name in TRANSLATE_NAMES and len(arguments) >= 2 and None not in arguments[:2]:
            self.found.append((arguments[0], arguments[1], node.lineno))
        self.generic_visit(node)


def test_every_translatable_string_has_a_translation():
    known, missing, seen = translated(), [], 0
    for path in sorted(DESKTOP.rglob("*.py")):
        calls = Calls(path)
        calls.visit(ast.parse(path.read_text(encoding="utf-8")))
        seen += len(calls.found)
        missing += [
            f"{path.relative_to(DESKTOP)}:{line} [{context}] {text!r}"
            for context, text, line in calls.found
            if (context, text) not in known
        ]
    assert seen > 300  # the scan reads the calls, not nothing
    assert missing == []
