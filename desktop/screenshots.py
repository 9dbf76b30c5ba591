"""Render every view offscreen to PNG in both languages: ``python -m desktop.screenshots OUT``.

Used to look at the app as a planner would (and for the README's pictures).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SIZES = ((1280, 800), (1920, 1080))


def render_all(out: Path, sizes=SIZES, languages=("zh", "en")) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.app import build_window, create_application

    app = create_application()
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for lang in languages:
        window = build_window(lang)
        window.show()
        for width, height in sizes:
            window.resize(width, height)
            for index in range(window.tabs.count()):
                window.tabs.setCurrentIndex(index)
                for _ in range(3):
                    app.processEvents()
                tab = window.tabs.widget(index)
                name = type(getattr(tab, "view", tab)).__name__.lower()
                path = out / f"{lang}-{width}x{height}-{index}-{name}.png"
                window.grab().save(str(path))
                written.append(path)
        window.document.undo_stack.setClean()
        window.close()
    return written


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print("usage: python -m desktop.screenshots OUTDIR", file=sys.stderr)
        return 2
    for path in render_all(Path(argv[0])):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
