"""Render every topic of the guide offscreen to PNG in both languages:
``python -m desktop.help.render OUTDIR`` (to read the guide as a planner sees it)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from desktop.help.topics import TOPICS

SIZE = (900, 900)


def render_guide(out: Path, languages=("en", "zh")) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.app import create_application
    from desktop.help.guide import HelpGuide
    from desktop.i18n import Language

    app = create_application()
    out.mkdir(parents=True, exist_ok=True)
    language, written = Language(), []
    guide = HelpGuide(language)
    guide.resize(*SIZE)
    for lang in languages:
        language.set(lang)
        for number, topic in enumerate(TOPICS, start=1):
            guide.show_topic(topic)
            app.processEvents()
            path = out / f"guide-{lang}-{number:02d}-{topic}.png"
            guide.grab().save(str(path))
            written.append(path)
    guide.close()
    return written


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print("usage: python -m desktop.help.render OUTDIR", file=sys.stderr)
        return 2
    for path in render_guide(Path(argv[0])):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
