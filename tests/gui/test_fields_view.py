from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QTextCursor
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.enums import FieldStatus
from infoview_gui.services.contacts import add_contact
from infoview_gui.services.fields import (
    add_field,
    add_link,
    add_research_item,
    save_research_notes,
)
from infoview_gui.store.field_queries import field_detail, field_links
from infoview_gui.store.models import Contact
from infoview_gui.store.queries import field_choices
from infoview_gui.store.question_queries import verify_lines
from infoview_gui.ui.dialogs.field_edit import LinkDialog, RenameFieldDialog
from infoview_gui.ui.dialogs.records import FieldDialog
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.views.fields import FieldsView
from infoview_gui.ui.views.records import RecordsView


@pytest.fixture
def view(qtbot: QtBot, store: object, events: AppEvents) -> Iterator[FieldsView]:
    fields_view = FieldsView(events)
    qtbot.addWidget(fields_view)
    fields_view.resize(1000, 700)
    fields_view.show()
    qtbot.waitExposed(fields_view)
    yield fields_view


@pytest.fixture
def messages(events: AppEvents) -> list[str]:
    said: list[str] = []
    events.saved.connect(said.append)
    return said


def answer(
    monkeypatch: pytest.MonkeyPatch, dialog: type[QDialog], fill: Callable[[QDialog], None]
) -> list[QDialog]:
    """Make ``dialog.exec`` fill the form and press its OK button, without showing it."""
    opened: list[QDialog] = []

    def run(self: QDialog) -> int:
        opened.append(self)
        fill(self)
        self._on_buttons_accepted()  # type: ignore[attr-defined]
        return self.result()

    monkeypatch.setattr(dialog, "exec", run)
    return opened


def shown_fields(view: FieldsView) -> list[tuple[str, str, str]]:
    model = view.table.model()
    return [
        tuple(model.index(row, column).data() for column in range(3))  # type: ignore[misc]
        for row in range(model.rowCount())
    ]


def test_no_fields_says_what_goes_here_and_offers_to_add_one(view: FieldsView) -> None:
    assert isinstance(view, RecordsView)  # the main window's tests rely on it
    assert view.stack.currentWidget() is view.empty
    assert view.empty.sentence.text().startswith("The career fields you are weighing go here")
    assert view.empty.button.text() == "Add a career field"


def test_adding_a_field_from_the_empty_view_opens_its_research(
    view: FieldsView, monkeypatch: pytest.MonkeyPatch, messages: list[str], qtbot: QtBot
) -> None:
    answer(monkeypatch, FieldDialog, lambda d: d.name.setText("Nursing"))  # type: ignore[attr-defined]
    qtbot.mouseClick(view.empty.button, Qt.MouseButton.LeftButton)
    assert view.stack.currentWidget() is view.workspace
    assert view.table.isVisible()
    assert view.workspace.isAncestorOf(view.add_button)
    assert view.header.action_row.indexOf(view.add_button) == -1
    assert view.research.notes.isVisible()
    assert shown_fields(view) == [("Nursing", "Considering", "0")]
    assert view.research.title.text() == "Nursing"
    assert view.research.notes.isEnabled()
    assert "Career field added" in messages


def test_notes_typed_survive_switching_fields_and_are_stored(
    view: FieldsView, events: AppEvents, qtbot: QtBot
) -> None:
    law, art = add_field(name="Law"), add_field(name="Art")
    events.publish()
    assert view.research.title.text() == "Law"
    qtbot.keyClicks(view.research.notes, "Billable hours")
    view.select_field(art)  # at once: no time for the pause in typing to save
    assert field_detail(law).notes == "Billable hours"  # type: ignore[union-attr]
    assert view.research.notes.toPlainText() == ""
    qtbot.keyClicks(view.research.notes, "Portfolio")
    view.select_field(law)
    assert view.research.notes.toPlainText() == "Billable hours"
    assert field_detail(art).notes == "Portfolio"  # type: ignore[union-attr]


def test_notes_save_after_a_pause_in_typing_and_say_so(
    view: FieldsView, events: AppEvents, qtbot: QtBot
) -> None:
    law = add_field(name="Law")
    events.publish()
    with qtbot.waitSignal(events.saved, timeout=2000) as saved:
        qtbot.keyClicks(view.research.notes, "Long hours")
    assert saved.args == ["Saved"]
    assert field_detail(law).notes == "Long hours"  # type: ignore[union-attr]


def test_notes_are_saved_when_the_view_is_hidden(
    view: FieldsView, events: AppEvents, qtbot: QtBot
) -> None:
    law = add_field(name="Law")
    events.publish()
    qtbot.keyClicks(view.research.notes, "Pro bono")
    view.hide()
    assert field_detail(law).notes == "Pro bono"  # type: ignore[union-attr]


def test_notes_changed_elsewhere_while_hidden_show_when_shown_again(
    view: FieldsView, events: AppEvents
) -> None:
    law = add_field(name="Law")
    events.publish()
    view.hide()
    save_research_notes(field_id=law, text="From the guide")  # the guide saves, says nothing
    view.show()
    assert view.research.notes.toPlainText() == "From the guide"
    view.hide()
    save_research_notes(field_id=law, text="Again")
    events.publish()  # a change missed while hidden: the refresh at the show reads it
    view.show()
    assert view.research.notes.toPlainText() == "Again"


def test_a_selected_line_of_notes_is_marked_to_verify(
    view: FieldsView, events: AppEvents, qtbot: QtBot, messages: list[str]
) -> None:
    law = add_field(name="Law")
    events.publish()
    notes = view.research.notes
    notes.setFocus()
    qtbot.keyClicks(notes, "Pay is high")
    qtbot.keyClick(notes, Qt.Key.Key_Return)
    qtbot.keyClicks(notes, "- Most lawyers work 60 hours")
    cursor = notes.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    notes.setTextCursor(cursor)
    assert view.research.verify_button.isEnabled()
    qtbot.mouseClick(view.research.verify_button, Qt.MouseButton.LeftButton)
    assert [text for _, text in verify_lines(law)] == ["Most lawyers work 60 hours"]
    box = view.research.verify.list
    assert [box.item(i).text() for i in range(box.count())] == ["Most lawyers work 60 hours"]
    assert box.item(0).checkState() == Qt.CheckState.Checked
    assert "1 line to verify in an interview" in messages
    assert field_detail(law).notes == "Pay is high\n- Most lawyers work 60 hours"  # type: ignore[union-attr]
    box.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert verify_lines(law) == []
    qtbot.wait(10)  # the reload after a change comes later, outside the list's own signal
    box = view.research.verify.list
    assert box.item(0).checkState() == Qt.CheckState.Unchecked


def test_unticked_lines_can_be_removed(view: FieldsView, events: AppEvents, qtbot: QtBot) -> None:
    law = add_field(name="Law")
    add_research_item(field_id=law, text="Bar exam pass rates")
    events.publish()
    box = view.research.verify
    box.list.setCurrentRow(0)
    qtbot.mouseClick(box.remove_button, Qt.MouseButton.LeftButton)
    assert box.list.count() == 0
    assert verify_lines(law) == []


def test_delete_needs_no_confirmation_and_undo_brings_everything_back(
    view: FieldsView, events: AppEvents, qtbot: QtBot, messages: list[str]
) -> None:
    nursing = add_field(name="Nursing")
    law = add_field(name="Law")
    ana = add_contact(contact=ContactData(first_name="Ana", field_id=nursing))
    add_link(field_id=nursing, url="https://www.nursingworld.org")
    events.publish()
    qtbot.keyClicks(view.research.notes, "Shifts")
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert field_choices() == [(law, "Law")]
    assert shown_fields(view) == [("Law", "Considering", "0")]
    assert view.research.title.text() == "Law"
    assert Contact.get_by_id(ana).field_id is None
    assert messages[-1] == "Delete career field Nursing — Edit > Undo brings it back"
    events.undo_stack.undo()
    assert [name for name, _, _ in shown_fields(view)] == ["Nursing", "Law"]
    assert shown_fields(view)[0] == ("Nursing", "Considering", "1")
    assert Contact.get_by_id(ana).field_id == nursing
    assert field_detail(nursing).notes == "Shifts"  # type: ignore[union-attr]
    assert [link.url for link in field_links(nursing)] == ["https://www.nursingworld.org"]
    events.undo_stack.redo()
    assert field_choices() == [(law, "Law")]


def test_status_is_chosen_beside_the_list(view: FieldsView, events: AppEvents) -> None:
    law = add_field(name="Law")
    events.publish()
    view.status.setCurrentIndex(view.status.findData(FieldStatus.FOCUS.value))
    view.status.activated.emit(view.status.currentIndex())
    assert field_detail(law).status == "focus"  # type: ignore[union-attr]
    assert shown_fields(view) == [("Law", "Focus", "0")]


def test_fields_move_with_ctrl_arrows(view: FieldsView, events: AppEvents, qtbot: QtBot) -> None:
    add_field(name="Law")
    art = add_field(name="Art")
    events.publish()
    view.select_field(art)
    view.activateWindow()
    qtbot.waitActive(view)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [name for _, name in field_choices()] == ["Art", "Law"]
    assert view.current_field_id() == art


def test_renaming_to_a_taken_name_says_why_and_keeps_the_text(
    view: FieldsView, events: AppEvents, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_field(name="Law")
    add_field(name="Art")
    events.publish()
    opened = answer(monkeypatch, RenameFieldDialog, lambda d: d.name.setText("art"))  # type: ignore[attr-defined]
    view.rename_button.click()
    dialog = opened[0]
    assert dialog.error.text() == "You already have a career field called “Art”."  # type: ignore[attr-defined]
    assert dialog.name.text() == "art"  # type: ignore[attr-defined]
    assert [name for _, name in field_choices()] == ["Law", "Art"]


def test_links_are_checked_added_and_opened(
    view: FieldsView, events: AppEvents, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    law = add_field(name="Law")
    events.publish()
    opened = answer(monkeypatch, LinkDialog, lambda d: d.url.setText("javascript:alert(1)"))  # type: ignore[attr-defined]
    view.research.links.add_button.click()
    assert "must start with http:// or https://" in opened[0].error.text()  # type: ignore[attr-defined]
    assert field_links(law) == []

    def fill(dialog: QDialog) -> None:
        dialog.url.setText("https://www.bls.gov/ooh/legal/lawyers.htm")  # type: ignore[attr-defined]
        dialog.page_title.setText("<b>BLS</b>")  # type: ignore[attr-defined]

    answer(monkeypatch, LinkDialog, fill)
    view.research.links.add_button.click()
    links = view.research.links.list
    assert links.item(0).text() == "<b>BLS</b>\nhttps://www.bls.gov/ooh/legal/lawyers.htm"

    class Browser(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.urls: list[str] = []

        @Slot(QUrl)
        def show(self, url: QUrl) -> None:
            self.urls.append(url.toString())

    browser = Browser()
    QDesktopServices.setUrlHandler("https", browser, "show")
    try:
        links.itemActivated.emit(links.item(0))
    finally:
        QDesktopServices.unsetUrlHandler("https")
    assert browser.urls == ["https://www.bls.gov/ooh/legal/lawyers.htm"]


def test_markup_in_a_name_shows_literally_everywhere(
    view: FieldsView, events: AppEvents, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = "<b>x</b>"
    add_field(name=name)
    events.publish()
    assert shown_fields(view)[0][0] == name
    assert view.research.title.text() == name
    for label in view.findChildren(QLabel):
        if "<" in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText, label.text()
    opened = answer(monkeypatch, RenameFieldDialog, lambda d: d.reject())
    view.rename_button.click()
    assert opened[0].windowTitle() == f"Rename career field “{name}”"
    view.delete_button.click()
    assert events.undo_stack.undoText() == f"Delete career field {name}"


def test_a_window_title_shows_the_name_as_typed(qtbot: QtBot, store: object) -> None:
    name = "Law [*] <i>y</i>"
    dialog = RenameFieldDialog(add_field(name=name), name)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.windowHandle().title() == f"Rename career field “{name}”"
