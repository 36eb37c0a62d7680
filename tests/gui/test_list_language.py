"""'Use the current language' in the question list editor, driven from the keyboard."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from peewee import SqliteDatabase
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from infoview_gui.domain import i18n
from infoview_gui.domain.question_bank import parse_bank
from infoview_gui.paths import resource_path
from infoview_gui.services.fields import add_field
from infoview_gui.services.question_lists import add_questions, list_for_field
from infoview_gui.services.questions import sync_bank_file
from infoview_gui.store.models import Question
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.widgets.question_list_editor import QuestionListEditor

DATA = resource_path("questions", "bank.json").read_bytes()
WEEK = "What does a typical week look like for you?"
WOCHE = "Wie sieht eine typische Arbeitswoche bei Ihnen aus?"
OWN = "Wie viel verdient man am Anfang?"
ENGLISH = {q.text for q in parse_bank(DATA)}


def speak(language: str | None) -> None:
    """Start in ``language`` (None: US English): the bank's catalogue, then the bank's sync."""
    if language is None:
        i18n.install_bank(None)
    else:
        with resource_path("translations", f"bank_{language}.mo").open("rb") as stream:
            i18n.install_bank(i18n.load_catalogue(stream), language)
    sync_bank_file(data=DATA)


@pytest.fixture
def list_id(store: SqliteDatabase) -> Iterator[int]:
    """A field's list made in English with two bank questions."""
    speak(None)
    made = list_for_field(field_id=add_field(name="Nursing"))
    keys = ("day-typical-week", "challenges-hardest-part")
    ids = [int(Question.get(Question.builtin_key == key).id) for key in keys]
    add_questions(list_id=made, question_ids=ids)
    yield made
    i18n.install_bank(None)


def shown(editor: QuestionListEditor) -> list[str]:
    model = editor.questions
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def test_use_the_current_language_rewords_the_bank_questions_and_undo_goes_back(
    qtbot: QtBot, list_id: int, events: AppEvents
) -> None:
    editor = QuestionListEditor(events)
    qtbot.addWidget(editor)
    editor.load(list_id)
    editor.show()
    qtbot.keyClicks(editor.own, OWN)  # a question of the user's own, typed in German
    qtbot.keyClick(editor.own, Qt.Key.Key_Return)
    assert shown(editor)[0] == WEEK and shown(editor)[2] == OWN
    assert not editor.language_button.isVisible()  # the list is in the language spoken

    speak("de")  # the next start, in German: the list keeps the text it was made with
    editor.load(list_id)
    assert shown(editor)[0] == WEEK
    bank = [editor.bank.entry(row) for row in range(editor.bank.rowCount())]
    assert len(bank) > 90 and not {e.text for e in bank} & ENGLISH  # the bank speaks German
    assert any(e.suggested for e in bank)  # the suggestions too
    assert editor.language_button.isVisible()
    editor.language_button.setFocus()
    with qtbot.waitSignal(events.saved) as said:
        qtbot.keyClick(editor.language_button, Qt.Key.Key_Space)
    QApplication.processEvents()
    assert said.args[0].startswith("2 questions now in the current language")
    assert shown(editor)[0] == WOCHE
    assert shown(editor)[1].startswith("Was ist das Schwierigste")
    assert shown(editor)[2] == OWN  # the user's own stays as typed
    assert not editor.language_button.isVisible()

    assert events.undo_stack.undoText() == "Use the current language"
    events.undo_stack.undo()
    QApplication.processEvents()
    assert shown(editor)[:2] == [WEEK, "What's the hardest part of your work?"]
    assert editor.language_button.isVisible()
    events.undo_stack.redo()
    QApplication.processEvents()
    assert shown(editor)[0] == WOCHE
