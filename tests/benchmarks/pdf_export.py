"""Benchmark of the PDF report: seconds to render it, with its page fitting, against the same
report printed without fitting in the same run (the baseline). Run as a script from the
repository root:

    python tests/benchmarks/pdf_export.py [--code DIR]

Reports: the shipped Foshan example session and a generated model of 12 strategies, 40
districts and 18 criteria (tests/desktop/sized_model.py), each in both languages. Printed per
report: pages, the least CPU seconds of REPEATS renders (pdf_bytes: fitting, printing, text
layer), the baseline's (the document built and printed as is), and their ratio. --code DIR
renders with the desktop code of another checkout (e.g. main, to compare before and after);
the baseline then still needs this checkout's printed_layout, so it is left out.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve()
ROOT = HERE.parents[2]
REPEATS = 3  # the least CPU time of a few runs: the machine is shared
SIZED = (12, 40, (6, 6, 6))  # strategies, districts, criteria per group


def _reports(folder: Path):
    """(name, report) for each benchmarked report, both languages."""
    from sized_model import write_model

    from desktop.export.content import build_report
    from strategies.evaluation import evaluate
    from strategies.model import load_model
    from strategies.sensitivity.bundle import sensitivity_bundle
    from strategies.session_file import example_session_path, read_session

    foshan = load_model()
    sized = load_model(write_model(folder / "sized", *SIZED))
    sessions = {
        "Foshan example": (foshan, read_session(example_session_path(), foshan).session),
        "12 strategies × 40 districts": (sized, _quick(sized)),
    }
    for name, (model, session) in sessions.items():
        evaluation = evaluate(model, session)
        bundle = sensitivity_bundle(evaluation)
        for lang in ("en", "zh"):
            yield f"{name} ({lang})", build_report(evaluation, bundle, lang)


def _quick(model):
    from strategies.evaluation import default_session

    session = default_session(model)
    return replace(session, monte_carlo=replace(session.monte_carlo, samples=300, seed=7))


def _least_cpu(render) -> tuple[float, object]:
    times, result = [], None
    for _ in range(REPEATS):
        start = time.process_time()
        result = render()
        times.append(time.process_time() - start)
    return min(times), result


def _unfitted(report) -> bytes:
    """The baseline: the report's document at its natural sizes, printed as it is."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    from desktop.export import pdf

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = pdf.QPdfWriter(buffer)
    writer.setResolution(pdf.RESOLUTION)
    pdf.report_document(report).print_(writer)
    del writer
    return bytes(data.data())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--code", type=Path, default=ROOT)
    code = parser.parse_args().code.resolve()
    sys.path[:0] = [str(code), str(ROOT / "tests" / "desktop")]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from pypdf import PdfReader

    from desktop.export.pdf import ensure_application, pdf_bytes

    ensure_application()
    print(f"code: {code}; least CPU seconds of {REPEATS} renders")
    with tempfile.TemporaryDirectory() as folder:
        for name, report in _reports(Path(folder)):
            seconds, data = _least_cpu(lambda report=report: pdf_bytes(report))
            pages = len(PdfReader(_in_memory(data)).pages)
            line = f"{name:38} {pages:3} pages  fitted {seconds:6.2f} s"
            if code == ROOT:
                baseline, _ = _least_cpu(lambda report=report: _unfitted(report))
                line += f"  unfitted {baseline:6.2f} s  ratio {seconds / baseline:4.2f}"
            print(line, flush=True)


def _in_memory(data: bytes):
    import io

    return io.BytesIO(data)


if __name__ == "__main__":
    main()
