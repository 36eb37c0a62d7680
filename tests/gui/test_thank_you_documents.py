"""The thank-you's documents (note card and letter, read back from PDF) and its checks."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from infoview_gui.domain.drafts import PLACEHOLDER
from infoview_gui.domain.profile import ProfileData
from infoview_gui.domain.thanks_check import THANKS_WORD_LIMIT
from infoview_gui.printing.document import Document
from infoview_gui.services.profile import save_profile
from infoview_gui.store.models import Interview
from infoview_gui.ui.dialogs.thank_you import ThankYouDialog
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
    order = ["Sam Lee", "12 High Street", "Leeds LS1 1AA", "March 6, 2026", "Jane Smith"]
    order += ["Data editor", "The Herald", "Kings Place", "London N1 9GU", "Dear Jane Smith,"]
    order += ["Your advice to pitch small stories early helped most.", "Our conversation"]
    order += ["Sincerely,", "Sam Lee", "sam@example.org", "07700 900123"]
    positions = []
    for part in order:
        positions.append(text.find(part, positions[-1] + 1 if positions else 0))
    assert -1 not in positions, text
    assert text.count("Your advice") == 1


def question_box(dialog: ThankYouDialog) -> QMessageBox:
    boxes = [box for box in dialog.findChildren(QMessageBox) if box.isVisible()]
    assert len(boxes) == 1
    return boxes[0]


def click(box: QMessageBox, text: str) -> None:
    (button,) = [button for button in box.buttons() if button.text() == text]
    button.click()


def test_i_sent_it_with_the_placeholder_left_in_asks_first(qtbot: QtBot, store: object) -> None:
    save_profile(profile=SAM)
    interview_id = held_interview()
    dialog = dialog_for(qtbot, interview_id)
    assert PLACEHOLDER in dialog.editor.body.toPlainText()
    assert dialog.checker.specific.text() == f"✗ Replace {PLACEHOLDER} with your own words"
    qtbot.mouseClick(dialog.sent_button, Qt.MouseButton.LeftButton)
    box = question_box(dialog)
    assert PLACEHOLDER in box.text()
    assert box.defaultButton().text() == "Go back and fix it"
    click(box, "Go back and fix it")
    assert dialog.isVisible()
    assert Interview.get_by_id(interview_id).status == "held"
    qtbot.mouseClick(dialog.sent_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.thank_you_sent):
        click(question_box(dialog), "Mark it sent anyway")
    assert Interview.get_by_id(interview_id).status == "thanked"


def test_the_checker_follows_what_is_typed(qtbot: QtBot, store: object) -> None:
    save_profile(profile=SAM)
    dialog = dialog_for(qtbot, held_interview())
    checker = dialog.checker
    assert checker.contact.text() == "✓ Your email or phone is under your name"
    assert checker.contact.property("state") == "ok"
    qtbot.keyClicks(dialog.point, "Pitch small stories early")
    assert PLACEHOLDER not in dialog.editor.body.toPlainText()
    assert checker.specific.text() == "✓ Names something specific they said"
    assert checker.specific.property("state") == "ok"
    words = checker.result.word_count
    assert checker.words.text() == f"✓ {words} words (aim under {THANKS_WORD_LIMIT})"
    body = dialog.editor.body
    body.selectAll()
    qtbot.keyClicks(body, "Dear Jane, thanks for your time. Sam")
    assert checker.specific.text() == "✗ Name one specific thing they said that helped you"
    assert checker.contact.text() == "✗ Sign with your email or phone, so they can reply"
    assert checker.contact.property("state") == "problem"
    qtbot.keyClicks(body, " " + "word " * THANKS_WORD_LIMIT)
    assert checker.words.property("state") == "problem"
    with qtbot.waitSignal(dialog.thank_you_sent):  # no placeholder: no question
        qtbot.mouseClick(dialog.sent_button, Qt.MouseButton.LeftButton)


def test_the_letter_tab_asks_for_the_students_address_only_when_missing(
    qtbot: QtBot, store: object
) -> None:
    save_profile(profile=ProfileData(name="Sam Lee"))
    interview_id = held_interview()
    missing = dialog_for(qtbot, interview_id)
    missing.tabs.setCurrentWidget(missing.letter)
    assert missing.letter.no_sender.isVisible()
    assert "Settings > Your profile" in missing.letter.no_sender.text()
    save_profile(profile=SAM)
    given = dialog_for(qtbot, interview_id)
    given.tabs.setCurrentWidget(given.letter)
    assert not given.letter.no_sender.isVisible()
