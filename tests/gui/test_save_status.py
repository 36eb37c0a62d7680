from __future__ import annotations

import pytest
from peewee import SqliteDatabase
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit
from pytestqt.qtbot import QtBot

from infoview_gui.domain.errors import UserError, ValidationError
from infoview_gui.exchange.records import ImportFileError
from infoview_gui.services.fields import add_field, save_research_notes
from infoview_gui.store.connection import NewerDatabaseError
from infoview_gui.store.models import CareerField
from infoview_gui.ui import save_status
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.save_status import confirm_close, pending_edits, run_action


def test_saved_is_said_only_after_the_service_returned(
    qtbot: QtBot, store: SqliteDatabase, events: AppEvents
) -> None:
    field_id = add_field(name="Law")
    said: list[str] = []
    events.saved.connect(said.append)

    def save() -> None:
        assert said == []  # nothing said before the commit
        save_research_notes(field_id=field_id, text="Pay is good")

    assert run_action(events, save, saved="Notes saved")
    assert said == ["Notes saved"]


def test_a_refusal_is_shown_where_asked_and_nothing_is_said_saved(
    store: SqliteDatabase, events: AppEvents
) -> None:
    said: list[str] = []
    shown: list[str] = []
    events.saved.connect(said.append)

    def refuse() -> None:
        raise ValidationError("name", "Give the career field a name.")

    assert not run_action(events, refuse, refused=shown.append)
    assert shown == ["Give the career field a name."]
    assert said == []


@pytest.mark.parametrize(
    "error",
    [NewerDatabaseError("Made by a newer InfoView."), ImportFileError("The file is empty.")],
    ids=["store", "file"],
)
def test_every_user_error_is_shown_as_its_sentence(
    store: SqliteDatabase, events: AppEvents, error: UserError
) -> None:
    shown: list[str] = []

    def fail() -> None:
        raise error

    assert not run_action(events, fail, refused=shown.append)
    assert shown == [str(error)]


def test_a_full_disk_keeps_the_typed_text_and_says_so_plainly(
    qtbot: QtBot, store: SqliteDatabase, events: AppEvents, monkeypatch: pytest.MonkeyPatch
) -> None:
    field_id = add_field(name="Law")
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    typed = "What the work is like, day to day. " * 2000
    editor.setPlainText(typed)
    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box.text()) or 0)
    pages = store.execute_sql("PRAGMA page_count").fetchone()[0]
    store.execute_sql(f"PRAGMA max_page_count = {pages}")
    shown: list[str] = []

    def save() -> None:
        save_research_notes(field_id=field_id, text=editor.toPlainText())

    assert not run_action(events, save, refused=shown.append, parent=editor)
    assert shown[0].startswith("Your disk is full, so this change was not saved;")
    assert shown[0].endswith("What you typed is still here.")
    assert boxes == shown
    assert editor.toPlainText() == typed  # what was typed is still here
    assert CareerField.get_by_id(field_id).research_notes == ""
    store.execute_sql(f"PRAGMA max_page_count = {pages * 100}")  # space freed
    assert run_action(events, save)
    assert CareerField.get_by_id(field_id).research_notes == typed


def test_pending_edits_are_flushed_on_close(qtbot: QtBot, events: AppEvents) -> None:
    owner = QObject()
    flushed: list[str] = []
    pending_edits(events).register(owner, lambda: flushed.append("notes"))
    assert pending_edits(events) is pending_edits(events)
    assert confirm_close(QPlainTextEdit(), events)
    assert flushed == ["notes"]


def test_an_editor_that_goes_away_is_forgotten(qtbot: QtBot, events: AppEvents) -> None:
    editor = QPlainTextEdit()
    pending_edits(events).register(editor, lambda: False)
    assert len(pending_edits(events)) == 1
    editor.deleteLater()
    qtbot.waitUntil(lambda: len(pending_edits(events)) == 0)


def test_closing_asks_when_something_could_not_be_saved(
    qtbot: QtBot, events: AppEvents, monkeypatch: pytest.MonkeyPatch
) -> None:
    owner = QObject()

    def refused() -> None:
        raise ValidationError("notes", "The notes are too long.")

    pending_edits(events).register(owner, refused, what="Your research notes")
    pending_edits(events).register(QObject(events), lambda: False, what="The call notes")
    asked: list[list[str]] = []
    answer = [False]
    monkeypatch.setattr(save_status, "ask_close_anyway", lambda w, p: asked.append(p) or answer[0])
    window = QPlainTextEdit()
    qtbot.addWidget(window)
    assert not confirm_close(window, events)
    assert asked[0] == [
        "Your research notes: The notes are too long.",
        "The call notes could not be saved.",
    ]
    answer[0] = True
    assert confirm_close(window, events)
