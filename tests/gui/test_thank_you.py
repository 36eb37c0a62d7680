from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.drafts import PLACEHOLDER
from infoview_gui.domain.enums import Channel, InterviewStatus, MeetingFormat
from infoview_gui.domain.profile import ProfileData
from infoview_gui.printing.document import Document
from infoview_gui.services import asking, scheduling, thanks
from infoview_gui.services.contacts import add_contact
from infoview_gui.services.fields import add_field
from infoview_gui.services.profile import save_profile
from infoview_gui.services.request_records import move_request
from infoview_gui.store.database import database
from infoview_gui.store.models import Contact, Interview, ListQuestion, QuestionList
from infoview_gui.ui.dialogs.thank_you import ThankYouDialog, open_thank_you, swap_sentence
from infoview_gui.ui.events import AppEvents

DUE = date(2026, 3, 6)


class Opened:
    """Records the URLs the dialog would hand to the desktop."""

    def __init__(self) -> None:
        self.urls: list[str] = []

    def __call__(self, url: QUrl) -> bool:
        self.urls.append(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
        return True


def held_interview(first: str = "Jane", *, notes: bool = True) -> int:
    field_id = add_field(name="Data journalism")
    contact_id = add_contact(
        contact=ContactData(
            first_name=first,
            last_name="Smith",
            title="Data editor",
            organisation="The Herald",
            email="jane@example.org",
            field_id=field_id,
        )
    )
    Contact.update(card_address="Kings Place\nLondon N1 9GU").where(
        Contact.id == contact_id
    ).execute()
    interview_id = asking.request_for(contact_id=contact_id).interview_id
    asking.mark_asked(interview_id=interview_id, channel=Channel.EMAIL, on=date(2026, 3, 2))
    asking.mark_accepted(interview_id=interview_id, on=date(2026, 3, 3))
    scheduling.schedule(
        interview_id=interview_id,
        start_local=datetime(2026, 3, 5, 15, 0),
        zone_name="Europe/London",
        duration_min=30,
        meeting_format=MeetingFormat.VIDEO,
        place="https://meet.example.org/x",
    )
    with database.atomic():
        move_request(
            interview_id,
            InterviewStatus.HELD,
            held_at=datetime(2026, 3, 5, 15, 30, tzinfo=UTC),
            thank_you_due=DUE,
        )
    if notes:
        items = QuestionList.create(interview=interview_id)
        for position, (question, answer) in enumerate(
            [
                ("What skills matter most?", "Spreadsheets before code\nCheck every number"),
                ("Advice?", "Pitch small stories first"),
            ]
        ):
            ListQuestion.create(
                question_list=items, text=question, position=position, answer=answer
            )
    return interview_id


@pytest.fixture
def interview(store: object) -> int:
    save_profile(profile=ProfileData(name="Sam Lee", email="sam@example.org", phone="07700 900123"))
    return held_interview()


def dialog_for(
    qtbot: QtBot, interview_id: int, today: date = DUE, **options: object
) -> ThankYouDialog:
    dialog = ThankYouDialog(interview_id, today=lambda: today, **options)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def pick(dialog: ThankYouDialog, row: int) -> None:
    dialog.notes.setCurrentRow(row)
    dialog.use_button.click()


def test_the_notes_are_offered_line_by_line(qtbot: QtBot, interview: int) -> None:
    dialog = dialog_for(qtbot, interview)
    lines = [dialog.notes.item(i).text() for i in range(dialog.notes.count())]
    assert lines == ["Spreadsheets before code", "Check every number", "Pitch small stories first"]
    assert dialog.notes.item(0).toolTip() == "What skills matter most?"
    assert not dialog.use_button.isEnabled()
    assert PLACEHOLDER in dialog.editor.body.toPlainText()


def test_a_picked_line_goes_into_the_email_card_and_letter(qtbot: QtBot, interview: int) -> None:
    dialog = dialog_for(qtbot, interview)
    pick(dialog, 2)
    sentence = "I especially appreciated your point: “Pitch small stories first”."
    assert dialog.point.toPlainText() == sentence
    assert sentence in dialog.editor.body.toPlainText()
    assert PLACEHOLDER not in dialog.editor.body.toPlainText()
    assert sentence in dialog.card.toPlainText()
    assert sentence in dialog.letter.view.toPlainText()
    assert dialog.editor.body.toPlainText().endswith("Sam Lee\nsam@example.org\n07700 900123")


def test_picking_again_swaps_the_point_and_keeps_other_edits(qtbot: QtBot, interview: int) -> None:
    dialog = dialog_for(qtbot, interview)
    pick(dialog, 0)
    body = dialog.editor.body.toPlainText().replace("Dear Jane Smith,", "Hi Jane,")
    dialog.editor.body.setPlainText(body)
    centre = dialog.notes.visualItemRect(dialog.notes.item(1)).center()
    qtbot.mouseClick(dialog.notes.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(dialog.notes.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    text = dialog.editor.body.toPlainText()
    assert text.startswith("Hi Jane,")
    assert "“Check every number”" in text and "Spreadsheets" not in text
    assert dialog.hint.isHidden()


def test_when_the_sentence_was_rewritten_the_user_is_told(qtbot: QtBot, interview: int) -> None:
    dialog = dialog_for(qtbot, interview)
    dialog.editor.body.setPlainText("Dear Jane, thanks so much!")
    qtbot.keyClicks(dialog.point, "Your story tips")
    assert dialog.editor.body.toPlainText() == "Dear Jane, thanks so much!"
    assert dialog.hint.isVisible() and "add the point" in dialog.hint.text()


def test_typing_is_saved_and_comes_back(qtbot: QtBot, interview: int) -> None:
    dialog = dialog_for(qtbot, interview)
    qtbot.keyClicks(dialog.point, "Your advice on pitching")
    dialog.editor.subject.setText("Thank you, Jane")
    dialog.close()
    again = dialog_for(qtbot, interview)
    assert again.point.toPlainText() == "Your advice on pitching"
    assert again.editor.subject.text() == "Thank you, Jane"
    assert "Your advice on pitching." in again.editor.body.toPlainText()


def test_the_mail_link_encodes_every_field(qtbot: QtBot, interview: int) -> None:
    opened = Opened()
    dialog = dialog_for(qtbot, interview, opener=opened)
    dialog.editor.subject.setText("Thanks &cc=evil@example.org")
    dialog.open_button.click()
    (url,) = opened.urls
    parts = urlsplit(url)
    assert parts.path == "jane@example.org"
    query = parse_qs(parts.query)
    assert query["subject"] == ["Thanks &cc=evil@example.org"]
    assert "cc" not in query
    assert query["body"][0].startswith("Dear Jane Smith,\r\n\r\nThank you")


def test_copy_puts_the_email_on_the_clipboard(qtbot: QtBot, interview: int) -> None:
    dialog = dialog_for(qtbot, interview)
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == dialog.editor.body.toPlainText()


def test_the_state_says_when_it_is_overdue_in_red(
    qtbot: QtBot, interview: int, app_style: None
) -> None:
    dialog = dialog_for(qtbot, interview, today=date(2026, 3, 9))
    assert dialog.state.text() == "Overdue: the thank-you email was due on Fri 6 Mar. Send it now."
    assert dialog.state.property("state") == "overdue"
    assert dialog.state.palette().color(dialog.state.foregroundRole()).name() == "#b3261e"
    assert dialog_for(qtbot, interview).state.text() == "Send the thank-you email today."


def test_i_sent_it_marks_the_interview_thanked_today(qtbot: QtBot, interview: int) -> None:
    events = AppEvents()
    host = QWidget()
    qtbot.addWidget(host)
    dialog = open_thank_you(events, interview, host, today=lambda: date(2026, 3, 7))
    pick(dialog, 0)  # a placeholder left in would be asked about first
    with qtbot.waitSignals([dialog.thank_you_sent, events.changed]):
        dialog.sent_button.click()
    assert not dialog.isVisible()
    row = Interview.get_by_id(interview)
    assert (row.status, row.thank_you_sent_on) == ("thanked", date(2026, 3, 7))
    again = dialog_for(qtbot, interview, today=date(2026, 3, 8))
    assert not again.sent_button.isEnabled()
    assert again.sent_button.text() == "Sent on Sat 7 Mar"
    assert again.state.text() == "Thank-you email sent on Sat 7 Mar."


def test_the_note_card_and_letter_are_recorded(qtbot: QtBot, interview: int) -> None:
    dialog = dialog_for(qtbot, interview)
    with qtbot.waitSignal(dialog.note_card_sent):
        dialog.card_sent_button.click()
    with qtbot.waitSignal(dialog.letter_sent):
        dialog.letter.posted_button.click()
    record = thanks.thank_you_record(interview_id=interview)
    assert (record.note_card_sent_on, record.letter_sent_on) == (DUE, DUE)
    assert dialog.card_sent_button.text() == "Card sent on Fri 6 Mar"
    assert dialog.letter.posted_button.text() == "Posted on Fri 6 Mar"
    assert dialog.isVisible()


def test_the_letter_goes_to_the_card_address_and_prints(qtbot: QtBot, interview: int) -> None:
    shown: list[Document] = []
    dialog = dialog_for(qtbot, interview, preview=lambda doc, parent: shown.append(doc))
    assert dialog.letter.address.toPlainText() == "Kings Place\nLondon N1 9GU"
    assert "Kings Place" in dialog.letter.view.toPlainText()
    dialog.letter.address.setPlainText("1 New Street")
    assert "1 New Street" in dialog.letter.view.toPlainText()
    dialog.letter.print_button.click()
    (document,) = shown
    assert document.title == "Thank-you letter to Jane Smith"
    assert not document.footer
    assert "1 New Street" in "".join(block.html for block in document.blocks)


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    result = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return " ".join(result.stdout.split())


def test_the_letter_saves_as_pdf_with_names_shown_literally(
    qtbot: QtBot, store: object, tmp_path: Path
) -> None:
    save_profile(profile=ProfileData(name="Sam <b>Lee</b>", address="1 & 2 Road"))
    interview_id = held_interview("<img src=x>")
    target = tmp_path / "letter.pdf"
    dialog = dialog_for(qtbot, interview_id, choose_pdf=lambda parent, suggested: str(target))
    pick(dialog, 0)
    assert dialog.letter.save_pdf() == str(target)
    text = pdf_text(target)
    assert "Dear <img src=x> Smith," in text
    assert "Sam <b>Lee</b>" in text and "1 & 2 Road" in text
    assert "“Spreadsheets before code”" in text
    assert "Kings Place" in text and "March 6, 2026" in text
    assert dialog.letter.saved.text() == f"Saved {target}"


def test_a_name_made_of_markup_shows_literally(qtbot: QtBot, store: object) -> None:
    interview_id = held_interview("<b>Tom</b> & Jerry", notes=False)
    dialog = dialog_for(qtbot, interview_id)
    assert dialog.windowTitle() == "Thank <b>Tom</b> & Jerry Smith"
    labels = [label for label in dialog.findChildren(QLabel) if "Tom" in label.text()]
    assert labels and all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
    assert dialog.notes.item(0).text().startswith("No notes for this interview")


def test_swap_sentence() -> None:
    assert swap_sentence("a X b", "X", "Y") == "a Y b"
    assert swap_sentence("a b", "X", "Y") is None
    assert swap_sentence("a b", "X", "X") == "a b"


def test_typing_goes_to_the_point_and_only_unsaved_typing_is_asked_about(
    qtbot: QtBot,
    interview: int,
    show_active: Callable[[QWidget], None],
    type_keys: Callable[..., None],
) -> None:
    dialog = ThankYouDialog(interview, today=lambda: DUE)
    show_active(dialog)
    assert QApplication.focusWidget() is dialog.point
    with qtbot.assertNotEmitted(dialog.thank_you_sent):
        type_keys("Your story tips")
        type_keys(Qt.Key.Key_Return)
    type_keys(Qt.Key.Key_Escape)  # the point and the email are saved as typed: no question
    assert not dialog.isVisible()
    assert thanks.thank_you_record(interview_id=interview).point.startswith("Your story tips")
    again = ThankYouDialog(interview, today=lambda: DUE)
    show_active(again)
    again.tabs.setCurrentIndex(1)
    again.card.setFocus()
    type_keys("PS ")  # the card is not stored: closing would lose it
    type_keys(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: any(box.isVisible() for box in again.findChildren(QMessageBox)))
    assert again.isVisible()


def test_typing_into_a_stored_point_adds_to_its_end(
    qtbot: QtBot,
    interview: int,
    show_active: Callable[[QWidget], None],
    type_keys: Callable[..., None],
) -> None:
    first = ThankYouDialog(interview, today=lambda: DUE)
    show_active(first)
    type_keys("Your story tips")
    first.close()
    qtbot.waitUntil(lambda: thanks.thank_you_record(interview_id=interview).point != "")
    again = ThankYouDialog(interview, today=lambda: DUE)
    show_active(again)
    type_keys(" helped most")
    assert again.point.toPlainText() == "Your story tips helped most"
