"""Export the panel and hostile sessions' reports in both languages (run in a subprocess under
a font set-up, see font_setups.py).

python tests/desktop/pdf_fit_in_font_setup.py FOLDER   # writes FOLDER/{panel,hostile}-{zh,en}.pdf
"""

import sys
from pathlib import Path

from export_support import hostile_session, panel_session

from desktop.export.service import export_report
from strategies.model import load_model
from strategies.panel.session_panel import session_evaluation

if __name__ == "__main__":
    model = load_model()
    for name, make in (("panel", panel_session), ("hostile", hostile_session)):
        session = make(model)
        evaluation = session_evaluation(model, session)
        for language in ("zh", "en"):
            path = Path(sys.argv[1]) / f"{name}-{language}.pdf"
            export_report(evaluation, path, language, planner_session=session)
