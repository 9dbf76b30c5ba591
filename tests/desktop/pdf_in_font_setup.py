"""Export the report in both languages (run in a subprocess under a font set-up).

python tests/desktop/pdf_in_font_setup.py FOLDER NOTES   # writes FOLDER/report-zh.pdf, -en
"""

import sys
from pathlib import Path

from export_support import engine, planner_session

from desktop.export.service import export_report
from strategies.model import load_model

if __name__ == "__main__":
    model = load_model()
    evaluation, _ = engine(model, planner_session(model, notes=sys.argv[2]))
    for language in ("zh", "en"):
        export_report(evaluation, Path(sys.argv[1]) / f"report-{language}.pdf", language)
