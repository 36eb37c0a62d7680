"""The thank-you's documents as printed: the note card and the letter, read back from PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from infoview_gui.domain.profile import ProfileData
from infoview_gui.printing.document import Document
from infoview_gui.services.profile import save_profile
from tests.gui.test_thank_you import dialog_for, held_interview, pdf_text

SAM = ProfileData(
    name="Sam Lee",
    email="sam@example.org",
    phone="07700 900123",
    address="12 High Street\nLeeds LS1 1AA",
)


def test_the_note_card_saves_as_pdf_with_the_students_details(
    qtbot: QtBot, store: object, tmp_path: Path
) -> None:
    save_profile(profile=SAM)
    interview_id = held_interview()
    target = tmp_path / "card.pdf"
    dialog = dialog_for(qtbot, interview_id, choose_pdf=lambda parent, suggested: str(target))
    dialog.tabs.setCurrentWidget(dialog.card_tab)
    card = dialog.card_tab.text
    card.moveCursor(card.textCursor().MoveOperation.End)
    qtbot.keyClick(card, Qt.Key.Key_Return)
    qtbot.keyClicks(card, "PS: <good> luck & thanks")
    qtbot.mouseClick(dialog.card_tab.pdf_button, Qt.MouseButton.LeftButton)
    assert dialog.card_tab.saved.text() == f"Saved {target}"
    text = pdf_text(target)
    order = ["Dear Jane Smith,", "Thank you again", "With best wishes,", "Sam Lee"]
    order += ["sam@example.org", "07700 900123", "PS: <good> luck & thanks"]
    positions = [text.find(part) for part in order]
    assert -1 not in positions, text
    assert positions == sorted(positions)


def test_the_note_card_prints_through_the_preview(qtbot: QtBot, store: object) -> None:
    save_profile(profile=SAM)
    shown: list[Document] = []
    dialog = dialog_for(qtbot, held_interview(), preview=lambda doc, parent: shown.append(doc))
    qtbot.mouseClick(dialog.card_tab.print_button, Qt.MouseButton.LeftButton)
    (document,) = shown
    assert document.title == "Note card to Jane Smith"
    assert "07700 900123" in document.blocks[0].html


def test_the_letter_pdf_has_every_part_of_a_formal_letter(
    qtbot: QtBot, store: object, tmp_path: Path
) -> None:
    save_profile(profile=SAM)
    target = tmp_path / "letter.pdf"
    dialog = dialog_for(
        qtbot,
        held_interview(),
        today=date(2026, 3, 6),
        choose_pdf=lambda parent, suggested: str(target),
    )
    dialog.point.clear()
    qtbot.keyClicks(dialog.point, "Your advice to pitch small stories early helped most.")
    qtbot.mouseClick(dialog.letter.pdf_button, Qt.MouseButton.LeftButton)
    text = pdf_text(target)
    order = ["Sam Lee", "12 High Street", "Leeds LS1 1AA", "6 March 2026", "Jane Smith"]
    order += ["Data editor", "The Herald", "Kings Place", "London N1 9GU", "Dear Jane Smith,"]
    order += ["Your advice to pitch small stories early helped most.", "Our conversation"]
    order += ["Yours sincerely,", "Sam Lee", "sam@example.org", "07700 900123"]
    positions = []
    for part in order:
        positions.append(text.find(part, positions[-1] + 1 if positions else 0))
    assert -1 not in positions, text
    assert text.count("Your advice") == 1
