"""Question-sheet benchmark: the 30-question sheet to PDF, offscreen, in one process.

Measures, after a warm-up, the median of several renders of the whole path (HTML blocks
built, each laid out and measured, paginated, drawn into an in-memory PDF), next to the
floor: the same content as one plain HTML string through ``QTextDocument.print_`` (no
keep-together, no footer). Also the cost of registering the bundled font. Prints the
figures, and as its last line a JSON object with ``questions``, ``pdf_s`` and ``pages``.

    python tests/bench/sheet.py [--runs 15]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

QUESTIONS = 30


def sheet_data():  # type: ignore[no-untyped-def]
    """The 30-question interview sheet, compact, on A4."""
    from infoview_gui.domain.enums import MeetingFormat
    from infoview_gui.domain.sheet import Meeting, Professional, SheetData, UserDetails, numbered

    texts = [
        f"Question {i}: how did you get into this field, and what would you do differently?"
        if i % 3 == 0
        else f"Question {i}: what does a typical day look like for you?"
        for i in range(1, QUESTIONS + 1)
    ]
    return SheetData(
        questions=numbered(texts, 3),
        field_name="Nursing",
        professional=Professional("Jane Doe", "Senior Nurse", "St Thomas' Hospital"),
        meeting=Meeting(
            datetime(2026, 5, 12, 14, 30), 30, "Europe/London", "BST", MeetingFormat.VIDEO, "x"
        ),
        user=UserDetails("Alex Student", "alex@example.com", "+44 7700 900123", "Uni"),
    )


def median_time(
    work: Callable[[], object], runs: int, clock: Callable[[], float] = time.perf_counter
) -> float:
    """Median seconds of ``runs`` calls after one warm-up call, on ``clock``."""
    work()
    times = []
    for _ in range(runs):
        started = clock()
        work()
        times.append(clock() - started)
    return statistics.median(times)


def plain_pdf(html_text: str) -> None:
    """The floor: one HTML string printed by QTextDocument into an in-memory PDF."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    doc = QTextDocument()
    doc.setHtml(html_text)
    doc.print_(writer)


def main() -> None:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication([])  # noqa: F841 - fonts and painting need it
    from infoview_gui.printing import fonts

    started = time.perf_counter()
    fonts.register_fonts()
    font_s = time.perf_counter() - started
    from infoview_gui.printing.render import pdf_bytes
    from infoview_gui.printing.sheet_html import sheet_css, sheet_document

    document = sheet_document(sheet_data())
    pages = pdf_bytes(document)[1]
    pdf_s = median_time(lambda: pdf_bytes(sheet_document(sheet_data())), runs)
    # CPU time of this process: the same work, less disturbed by other busy processes.
    cpu_s = median_time(lambda: pdf_bytes(sheet_document(sheet_data())), runs, time.process_time)
    whole = f"<style>{sheet_css(sheet_data().spacing)}</style>" + "".join(
        block.html for block in document.blocks
    )
    plain_s = median_time(lambda: plain_pdf(whole), runs)
    print(f"font registration (first call): {font_s * 1000:.1f} ms")
    print(f"plain HTML to PDF (floor):      {plain_s * 1000:.1f} ms")
    print(f"{QUESTIONS}-question sheet to PDF:     {pdf_s * 1000:.1f} ms, {pages} pages")
    print(f"  the same, CPU time:           {cpu_s * 1000:.1f} ms")
    print(
        json.dumps(
            {
                "questions": QUESTIONS,
                "pdf_s": round(pdf_s, 4),
                "pages": pages,
                "pdf_cpu_s": round(cpu_s, 4),
                "plain_html_pdf_s": round(plain_s, 4),
                "font_register_s": round(font_s, 4),
            }
        )
    )


if __name__ == "__main__":
    main()
