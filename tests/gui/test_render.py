"""The question sheet and the general document path, read back from real PDFs."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest
from peewee import SqliteDatabase
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from infoview_gui.domain.enums import MeetingFormat
from infoview_gui.domain.errors import UserError
from infoview_gui.domain.sheet import (
    Meeting,
    Paper,
    Professional,
    SheetData,
    Spacing,
    UserDetails,
    numbered,
)
from infoview_gui.printing import fonts
from infoview_gui.printing.document import Block, Document
from infoview_gui.printing.preview import DocumentPreview, SheetPreview, suggested_file_name
from infoview_gui.printing.render import (
    FOOTER_GAP_MM,
    RenderError,
    page_layout,
    pdf_bytes,
    print_document,
    render_pdf,
)
from infoview_gui.printing.sheet_html import sheet_document
from infoview_gui.services.sheets import paper_size, sheet_spacing

pytestmark = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("pdftotext", "pdfinfo", "pdftoppm", "pdffonts")),
    reason="needs poppler-utils (pdftotext, pdfinfo, pdftoppm, pdffonts)",
)

LONG = (
    "How did you get into this field, and what would you do differently if you started "
    "again today, knowing what you know now about the work?"
)


def questions(count: int) -> list[str]:
    """Questions of varied lengths, each with a unique marker word ``qNN``."""
    return [
        f"q{i:02d} {LONG if i % 3 == 0 else 'what is a day like?'}" for i in range(1, count + 1)
    ]


def sheet(count: int = 30, **changes: object) -> SheetData:
    values: dict[str, object] = {
        "questions": numbered(questions(count), must_ask=3),
        "field_name": "Nursing",
        "professional": Professional("Jane Doe", "Senior Nurse", "St Thomas' Hospital"),
        "meeting": Meeting(
            datetime(2026, 5, 12, 14, 30), 30, "Europe/London", "BST", MeetingFormat.VIDEO, "x"
        ),
        "user": UserDetails("Alex Student", "alex@example.com", "+44 7700 900123", "Uni"),
    }
    values.update(changes)
    return SheetData(**values)  # type: ignore[arg-type]


def page_texts(path: Path) -> list[str]:
    """The text of each page, as pdftotext lays it out."""
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return out.split("\f")[:-1]


def pdf_info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return dict(
        (key.strip(), value.strip())
        for key, value in (line.split(":", 1) for line in out.stdout.splitlines() if ":" in line)
    )


@dataclass(frozen=True)
class Word:
    page: int
    text: str
    x: float
    top: float
    bottom: float


def words(path: Path) -> list[Word]:
    """Every word with its page and position in points, from ``pdftotext -bbox``."""
    out = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    found: list[Word] = []
    for page, body in enumerate(out.split("<page ")[1:], start=1):
        for match in re.finditer(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>',
            body,
        ):
            x, top, bottom, text = match.groups()
            found.append(Word(page, text, float(x), float(top), float(bottom)))
    return found


def ruled_lines(path: Path, page: int, dpi: int = 150) -> list[float]:
    """The y (in points) of each long horizontal rule drawn on a page."""
    out = subprocess.run(
        ["pdftoppm", "-gray", "-r", str(dpi), "-f", str(page), "-l", str(page), str(path)],
        capture_output=True,
        check=True,
    ).stdout
    header = re.match(rb"P5\s+(\d+)\s+(\d+)\s+255\s", out)
    assert header is not None
    width, height = int(header.group(1)), int(header.group(2))
    pixels = out[header.end() :]
    dark = bytes(49 if value < 232 else 48 for value in range(256))  # b"1" dark, b"0" light
    run = b"1" * int(width * 0.4)
    rows = [y for y in range(height) if run in pixels[y * width : (y + 1) * width].translate(dark)]
    merged = [y for i, y in enumerate(rows) if i == 0 or rows[i - 1] != y - 1]
    return [y * 72 / dpi for y in merged]


def render(tmp_path: Path, data: SheetData, name: str = "sheet.pdf") -> tuple[Path, int]:
    path = tmp_path / name
    pages = render_pdf(sheet_document(data), path)
    return path, pages


def test_the_questions_print_in_order_once_each_with_page_n_of_m(
    qapp: QApplication, tmp_path: Path
) -> None:
    path, pages = render(tmp_path, sheet())
    texts = page_texts(path)
    assert len(texts) == pages == int(pdf_info(path)["Pages"]) > 2
    everything = "\n".join(texts)
    positions = [everything.index(f"q{i:02d} ") for i in range(1, 31)]
    assert positions == sorted(positions)
    assert all(everything.count(f"q{i:02d} ") == 1 for i in range(1, 31))
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {pages}" in text
    assert "Informational interview with Jane Doe" in texts[0]
    assert "14:30 – 15:00 (BST, Europe/London)" in texts[0]
    assert "alex@example.com" in texts[0]
    assert "Before you leave" in texts[-1]


@pytest.mark.parametrize("spacing", list(Spacing))
def test_no_question_is_separated_from_its_note_lines(
    qapp: QApplication, tmp_path: Path, spacing: Spacing
) -> None:
    path, pages = render(tmp_path, sheet(spacing=spacing))
    placed = words(path)
    seen: list[int] = []
    for page in range(1, pages + 1):
        on_page = [w for w in placed if w.page == page]
        marks = sorted((w.top, int(w.text[1:])) for w in on_page if re.fullmatch(r"q\d\d", w.text))
        ends = [w.top for w in on_page if w.text in ("Before", "Page")]
        rules = ruled_lines(path, page)
        for index, (top, number) in enumerate(marks):
            limit = marks[index + 1][0] if index + 1 < len(marks) else min(ends)
            below = [y for y in rules if top < y < limit]
            assert len(below) == spacing.note_lines, f"question {number} on page {page}"
            seen.append(number)
    assert seen == list(range(1, 31))


def test_escaped_fields_print_literally(qapp: QApplication, tmp_path: Path) -> None:
    nasty = "<b>Tom & Jerry</b>"
    data = sheet(
        3,
        questions=numbered([f"Is {nasty} real?", "q02 x"], 1),
        professional=Professional(nasty, "<i>Boss</i>", "A & B"),
        user=UserDetails("<u>me</u>"),
    )
    path, _ = render(tmp_path, data)
    text = "\n".join(page_texts(path))
    assert f"Is {nasty} real?" in text
    assert f"Informational interview with {nasty}" in text
    assert "<i>Boss</i> · A & B" in text
    assert "<u>me</u>" in text


def test_both_paper_sizes_come_out_as_asked(qapp: QApplication, tmp_path: Path) -> None:
    a4, _ = render(tmp_path, sheet(paper=Paper.A4), "a4.pdf")
    letter, _ = render(tmp_path, sheet(paper=Paper.LETTER), "letter.pdf")
    assert "(A4)" in pdf_info(a4)["Page size"]
    assert "(letter)" in pdf_info(letter)["Page size"]


def test_roomy_needs_more_pages_and_the_notes_page_adds_one(
    qapp: QApplication, tmp_path: Path
) -> None:
    _, compact = render(tmp_path, sheet(spacing=Spacing.COMPACT), "c.pdf")
    _, roomy = render(tmp_path, sheet(spacing=Spacing.ROOMY), "r.pdf")
    path, with_notes = render(tmp_path, sheet(notes_page=True), "n.pdf")
    assert roomy > compact
    assert with_notes == compact + 1
    last = page_texts(path)[-1]
    assert "Notes" in last
    assert "q30" not in last
    assert len(ruled_lines(path, with_notes)) > 25


def test_a_field_sheet_has_no_meeting(qapp: QApplication, tmp_path: Path) -> None:
    path, _ = render(tmp_path, sheet(5, professional=None, meeting=None))
    first = page_texts(path)[0]
    assert "INFORMATIONAL INTERVIEW QUESTIONS" in first
    assert "Informational interview questions: Nursing" in first
    assert "BST" not in first
    assert not re.search(r"\bFORMAT\b", first)
    assert "WITH" in first


def test_the_bundled_font_is_embedded(qapp: QApplication, tmp_path: Path) -> None:
    path, _ = render(tmp_path, sheet(3))
    listed = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    assert "OpenSans" in listed
    assert fonts.bundled_font_available()


def test_without_the_font_files_the_sheet_falls_back_to_a_system_font(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(fonts, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    assert fonts._register() == fonts.fallback_family() != ""


def test_a_block_taller_than_a_page_is_cut_between_lines(
    qapp: QApplication, tmp_path: Path
) -> None:
    paragraph = " ".join(f"w{i:04d}" for i in range(2500))
    document = Document("Letter", (Block("<p>Dear Ana,</p>"), Block(f"<p>{paragraph}</p>")))
    path = tmp_path / "long.pdf"
    pages = render_pdf(document, path)
    assert pages >= 3
    top = document.margins.top * 72 / 25.4
    placed = words(path)
    footer_top = {w.page: w.top for w in placed if w.text == "Page"}
    gap = FOOTER_GAP_MM * 72 / 25.4
    # Only what shows on paper: inside the content area, not in a margin (clipped there).
    shown = [
        w.text
        for w in placed
        if w.text.startswith("w") and w.top >= top - 0.5 and w.bottom <= footer_top[w.page] - gap
    ]
    assert shown == [f"w{i:04d}" for i in range(2500)]  # every line once, none cut


def test_a_printer_gets_the_same_pages_as_the_pdf(qapp: QApplication, tmp_path: Path) -> None:
    document = sheet_document(sheet())
    _, pdf_pages = pdf_bytes(document)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageLayout(page_layout(document))
    assert print_document(document, printer) == pdf_pages
    assert len(page_texts(tmp_path / "printed.pdf")) == pdf_pages


def test_a_file_that_cannot_be_written_is_a_plain_error(qapp: QApplication, tmp_path: Path) -> None:
    with pytest.raises(RenderError, match="InfoView could not write .*: it does not exist"):
        render_pdf(sheet_document(sheet(2)), tmp_path / "missing" / "x.pdf")


def test_the_preview_draws_the_pages_and_saves_a_pdf(qtbot: QtBot, tmp_path: Path) -> None:
    document = sheet_document(sheet())
    _, expected = pdf_bytes(document)
    chosen = tmp_path / "saved.pdf"
    errors: list[str] = []
    preview = DocumentPreview(
        document,
        choose_path=lambda _parent, suggested: str(chosen),
        report=lambda _parent, message: errors.append(message),
    )
    qtbot.addWidget(preview)
    with qtbot.waitSignal(preview.paintRequested, timeout=5000):
        preview.show()
    qtbot.waitUntil(lambda: preview.page_count == expected)
    widget = preview.preview_widget()
    assert widget is not None
    assert widget.pageCount() == expected
    preview.save_action.trigger()
    assert len(page_texts(chosen)) == expected
    assert errors == []


def test_the_preview_reports_a_pdf_it_cannot_save(qtbot: QtBot, tmp_path: Path) -> None:
    errors: list[str] = []
    preview = DocumentPreview(
        sheet_document(sheet(2)),
        choose_path=lambda _parent, _suggested: str(tmp_path / "no" / "x.pdf"),
        report=lambda _parent, message: errors.append(message),
    )
    qtbot.addWidget(preview)
    preview.save_action.trigger()
    assert len(errors) == 1
    assert "InfoView could not write" in errors[0] and "Errno" not in errors[0]


def test_the_suggested_file_name_is_safe() -> None:
    document = Document('Interview with A/B: "C" <d>', ())
    assert suggested_file_name(document) == "Interview with A B C d.pdf"


def test_the_sheet_preview_redraws_with_its_options_and_remembers_them(
    qtbot: QtBot, store: SqliteDatabase
) -> None:
    preview = SheetPreview(sheet(), report=lambda _parent, message: pytest.fail(message))
    qtbot.addWidget(preview)
    with qtbot.waitSignal(preview.paintRequested, timeout=5000):
        preview.show()
    qtbot.waitUntil(lambda: preview.page_count > 0)
    compact = preview.page_count
    with qtbot.waitSignal(preview.paintRequested, timeout=5000):
        preview.spacing_box.setCurrentIndex(list(Spacing).index(Spacing.ROOMY))
    assert preview.page_count > compact
    with qtbot.waitSignal(preview.paintRequested, timeout=5000):
        preview.notes_check.setChecked(True)
    roomy_with_notes = preview.page_count
    assert preview.document.blocks[-1].page_break_before
    with qtbot.waitSignal(preview.paintRequested, timeout=5000):
        preview.paper_box.setCurrentIndex(list(Paper).index(Paper.LETTER))
    assert preview.printer().pageLayout().pageSize().id() == QPageSize.PageSizeId.Letter
    assert preview.page_count >= roomy_with_notes
    assert sheet_spacing() is Spacing.ROOMY
    assert paper_size(locale_name="de_DE") is Paper.LETTER


@pytest.mark.parametrize("paper", list(Paper))
def test_the_notes_page_fills_exactly_one_page_on_either_paper(
    qapp: QApplication, paper: Paper
) -> None:
    data = sheet(5, paper=paper)
    _, without = pdf_bytes(sheet_document(data))
    _, with_notes = pdf_bytes(sheet_document(sheet(5, paper=paper, notes_page=True)))
    assert with_notes == without + 1


def test_a_render_error_is_a_user_error() -> None:
    assert issubclass(RenderError, UserError)


def test_save_as_pdf_suggests_the_documents_folder_not_where_infoview_started(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog, QWidget

    from infoview_gui.printing import preview

    (tmp_path / "Documents").mkdir()
    monkeypatch.setattr(Path, "home", lambda: tmp_path)
    monkeypatch.chdir("/")  # started from elsewhere: not where the file should go
    asked: list[str] = []

    def answer(_parent: object, _title: str, start: str, _filter: str) -> tuple[str, str]:
        asked.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert preview.ask_pdf_path(parent, "What I learned about Nursing.pdf") == ""
    assert asked == [str(tmp_path / "Documents" / "What I learned about Nursing.pdf")]
