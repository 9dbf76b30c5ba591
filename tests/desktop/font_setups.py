"""Font set-ups of an ordinary Linux desktop, made on one machine with fontconfig files.

FONTCONFIG_FILE pointing at a generated fonts.conf limits the fonts a process sees to some
folders, so the PDF tests can run under each set-up in a subprocess without uninstalling
anything. A set-up whose fonts are not installed raises: CI installs them (see .ci/run).

    python tests/desktop/font_setups.py wqy FOLDER   # prints the path of FOLDER/wqy.conf
"""

from __future__ import annotations

import sys
from pathlib import Path

FONT_ROOTS = (Path("/usr/share/fonts"), Path("/usr/local/share/fonts"))
# set-up: (font file, Debian package) pairs; the folders of these files are all it sees
SETUPS = {
    "wqy": (("wqy-microhei.ttc", "fonts-wqy-microhei"),),
    "noto": (
        ("NotoSansCJK-Regular.ttc", "fonts-noto-cjk"),
        ("DejaVuSans.ttf", "fonts-dejavu-core"),
    ),
    "both": (
        ("wqy-microhei.ttc", "fonts-wqy-microhei"),
        ("NotoSansCJK-Regular.ttc", "fonts-noto-cjk"),
        ("DejaVuSans.ttf", "fonts-dejavu-core"),
    ),
}
# the CJK face each set-up's report must be drawn in (PDF BaseFont names start so)
REPORT_FACE = {"wqy": "WenQuanYiMicroHei", "noto": "NotoSansCJKsc", "both": "NotoSansCJKsc"}


class FontsMissing(RuntimeError):
    """A set-up's font files are not installed."""


def _folder_of(file_name: str, package: str) -> Path:
    for root in FONT_ROOTS:
        found = sorted(root.rglob(file_name)) if root.is_dir() else []
        if found:
            return found[0].parent
    raise FontsMissing(
        f"{file_name} not found under {', '.join(map(str, FONT_ROOTS))}: "
        f"install {package} (apt-get install {package})"
    )


def fontconfig_file(setup: str, folder: Path) -> Path:
    """Write folder/<setup>.conf: the system's rules and font caches (scanning Noto CJK
    afresh takes seconds), only the set-up's font folders."""
    folders = dict.fromkeys(_folder_of(name, package) for name, package in SETUPS[setup])
    dirs = "".join(f"<dir>{path}</dir>" for path in folders)
    path = Path(folder) / f"{setup}.conf"
    path.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">'
        f"<fontconfig>{dirs}<cachedir>/var/cache/fontconfig</cachedir>"
        f"<cachedir>{Path(folder) / 'cache'}</cachedir>"
        '<include ignore_missing="yes">/etc/fonts/conf.d</include></fontconfig>\n',
        encoding="utf-8",
    )
    return path


if __name__ == "__main__":
    print(fontconfig_file(sys.argv[1], Path(sys.argv[2])))
