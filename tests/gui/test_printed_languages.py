"""A question sheet and a thank-you letter printed in German and Spanish, read back from PDF.

The language is installed as at start (``ui/translation.py``): the core's catalogue, and
``QLocale``'s formats for the dates; the PDF's text is read with ``pdftotext``.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from infoview_gui.domain.drafts import Recipient, formal_letter
from infoview_gui.domain.enums import MeetingFormat
from infoview_gui.domain.language import Language
from infoview_gui.domain.profile import ProfileData
from infoview_gui.domain.sheet import (
    Meeting,
    Paper,
    Professional,
    SheetData,
    UserDetails,
    default_paper,
    numbered,
)
from infoview_gui.printing.letter_html import letter_document
from infoview_gui.printing.render import render_pdf
from infoview_gui.printing.sheet_html import sheet_document
from infoview_gui.ui.translation import install_language, remove_language

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs poppler-utils (pdftotext)"
)

DAY = date(2026, 12, 7)
SENDER = {
    Language.DE: ProfileData(
        name="Lena Vogel",
        email="lena@example.org",
        address="Karl-Liebknecht-Straße 12\n04107 Leipzig",
    ),
    Language.ES: ProfileData(
        name="Lucía Gómez", email="lucia@example.org", address="Calle Mayor 3\n28013 Madrid"
    ),
}
RUIZ = Recipient("María", "Ruiz", "Redakteurin", "Die Zeit")
# What each language prints where the source says "Informational interview", "Monday 7
# December 2026", "In person", "Before you leave", "MUST ASK", "Page 1 of 2" and "Notes".
SHEET_WORDS = {
    Language.DE: (
        "INFORMATIONSGESPRÄCH",
        "Montag, 7. Dezember 2026",
        "Persönlich",
        "Bevor Sie gehen",
        "UNBEDINGT FRAGEN",
        "Seite 1 von 2",
        "Notizen",
    ),
    Language.ES: (
        "ENTREVISTA INFORMATIVA",
        "lunes, 7 de diciembre de 2026",
        "En persona",
        "Antes de irte",
        "IMPRESCINDIBLE",
        "Página 1 de 2",
        "Notas",
    ),
}
ENGLISH = ("Questions", "Before you leave", "MUST ASK", "Page 1", "YOUR DETAILS", "In person")


@pytest.fixture
def speaking(qapp: QApplication) -> Iterator[None]:
    """Puts the source language back after the test installed another."""
    yield
    remove_language(qapp)


def pdf_text(path: Path) -> str:
    """The PDF's text as ``pdftotext -layout`` places it."""
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return done.stdout


def _sheet(paper: Paper) -> SheetData:
    meeting = Meeting(
        starts=datetime(2026, 12, 7, 14, 30),
        zone="Europe/Berlin",
        zone_abbreviation="CET",
        format=MeetingFormat.IN_PERSON,
        place="Speersort 1, Hamburg",
    )
    return SheetData(
        questions=numbered(["Wie sieht Ihr Arbeitstag aus?", "Wie sind Sie dazu gekommen?"], 1),
        field_name="Datenjournalismus",
        professional=Professional("María Ruiz", "Redakteurin", "Die Zeit"),
        meeting=meeting,
        user=UserDetails(name="Lena Vogel"),
        paper=paper,
        notes_page=True,
    )


@pytest.mark.parametrize("language", [Language.DE, Language.ES])
def test_the_sheet_prints_its_fixed_text_and_date_in_the_language(
    qapp: QApplication, speaking: None, tmp_path: Path, language: Language
) -> None:
    install_language(qapp, language)
    paper = default_paper(QLocale().name())
    path = tmp_path / "sheet.pdf"
    pages = render_pdf(sheet_document(_sheet(paper)), path)
    text = pdf_text(path)
    assert paper is Paper.A4 and pages == 2
    assert [word for word in SHEET_WORDS[language] if word not in text] == []
    assert [word for word in ENGLISH if word in text] == []


def test_us_english_prints_on_letter_paper_and_german_on_a4(
    qapp: QApplication, speaking: None
) -> None:
    install_language(qapp, Language.EN_US)
    assert default_paper(QLocale().name()) is Paper.LETTER
    install_language(qapp, Language.DE)
    assert default_paper(QLocale().name()) is Paper.A4


def _letter_lines(qapp: QApplication, language: Language, tmp_path: Path) -> list[str]:
    install_language(qapp, language)
    letter = formal_letter(SENDER[language], RUIZ, "Speersort 1\n20095 Hamburg", DAY, "")
    path = tmp_path / "letter.pdf"
    render_pdf(letter_document(letter, default_paper(QLocale().name())), path)
    return [line for line in pdf_text(path).splitlines() if line.strip()]


def _right_aligned(line: str) -> bool:
    return len(line) - len(line.lstrip()) > 30


def test_a_german_letter_prints_in_din_5008_order(
    qapp: QApplication, speaking: None, tmp_path: Path
) -> None:
    lines = _letter_lines(qapp, Language.DE, tmp_path)
    stripped = [line.strip() for line in lines]
    order = ["04107 Leipzig", "María Ruiz", "20095 Hamburg", "Leipzig, 7. Dezember 2026"]
    order += ["Vielen Dank für das Gespräch", "Guten Tag María Ruiz,", "Mit freundlichen Grüßen"]
    at = [next(i for i, line in enumerate(stripped) if line.startswith(o)) for o in order]
    assert at == sorted(at)
    assert stripped[at[-2] + 1].startswith("vielen Dank, dass Sie sich die Zeit")
    assert _right_aligned(lines[at[3]]) and not _right_aligned(lines[at[1]])


def test_a_spanish_letter_puts_the_town_and_date_after_the_recipient(
    qapp: QApplication, speaking: None, tmp_path: Path
) -> None:
    lines = _letter_lines(qapp, Language.ES, tmp_path)
    stripped = [line.strip() for line in lines]
    order = ["María Ruiz", "Madrid, 7 de diciembre de 2026", "Buenos días, María Ruiz:"]
    order += ["Le agradezco que dedicara su tiempo", "Atentamente,", "lucia@example.org"]
    at = [next(i for i, line in enumerate(stripped) if line.startswith(o)) for o in order]
    assert at == sorted(at)
    assert _right_aligned(lines[at[1]])
    assert not any("Dear" in line or "Sincerely" in line for line in stripped)
