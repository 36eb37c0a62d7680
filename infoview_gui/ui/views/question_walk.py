"""A window that walks a question list one question at a time, the answers saved as typed.

Interview mode (``interview_mode``) and a follow-up interview's (``conversation_mode``)
are this, with what each holds beside the questions: an interview its clock, checklist and
end; a follow-up only its notes. After the last question comes a page for the notes
outside any question. Moving on stays put when the notes typed cannot be saved.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import TypeVar

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QWidget

from infoview_gui.domain.errors import DomainError
from infoview_gui.domain.interview_mode import QuestionItem, progress_text, question_items
from infoview_gui.services import holding
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.save_status import run_action
from infoview_gui.ui.views.interview_layout import KEYS, InterviewLayout, key_text

Rows = tuple[int, list[tuple[int, str, str, bool]]]
"""A list's must-ask count and its (id, text, answer, answered) rows, in order."""


class QuestionWalkWindow(QWidget):
    """One question at a time of a list; subclasses say whose list and where other notes go.

    Args:
        events: the app's shared signals; every action is run (and published) through them.
        parent: the window it stays above.
    """

    def __init__(self, events: AppEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.events = events
        self.items: list[QuestionItem] = []
        self.index = 0
        self.other_notes = ""
        self.ui = InterviewLayout(self, {name: key_text(name) for name in KEYS})

    # What a subclass says ------------------------------------------------------------

    def question_rows(self) -> Rows:
        """Return the list's must-ask count and rows (the subclass's own list)."""
        raise NotImplementedError

    def refresh_header(self) -> None:
        """Read again who and what the window is about, and show it."""
        raise NotImplementedError

    def store_other_notes(self, text: str) -> None:
        """Save what was noted outside any question."""
        raise NotImplementedError

    def keyed_actions(self) -> dict[str, Callable[[], object]]:
        """Return the actions with keys (see ``KEYS``), by name."""
        return {
            "previous": self.previous_question,
            "next": self.next_question,
            "answer_next": self.answer_and_next,
            "full_screen": self.toggle_full_screen,
            "leave_full_screen": self.leave_full_screen,
            "close": self.close,
        }

    # Loading and showing -------------------------------------------------------------

    def reload(self) -> None:
        """Read the questions again and show them (unsaved notes too)."""
        self.ui.notes.flush()
        must_ask, rows = self.question_rows()
        self.items = list(question_items(rows, must_ask))
        self.index = min(self.index, len(self.items))
        self.ui.side_list.blockSignals(True)  # refilling is not the user choosing a question
        self.ui.side_list.set_items(self.items)
        self.ui.side_list.blockSignals(False)
        self.refresh_header()
        self._show_current()

    def _show_current(self) -> None:
        count = len(self.items)
        self._show_current_row()
        self.ui.previous_button.setEnabled(self.index > 0)
        self.ui.next_button.setEnabled(self.index < count)
        if self.index < count:
            item = self.items[self.index]
            self.ui.show_question(item, count)
            self.ui.notes.load(item.answer, partial(self._save_answer, item.id))
        else:
            self.ui.show_other_notes(count)
            self.ui.notes.load(self.other_notes, self._save_other_notes)

    def _show_current_row(self) -> None:
        self.ui.side_list.blockSignals(True)
        self.ui.side_list.setCurrentRow(self.index)
        self.ui.side_list.blockSignals(False)

    # Actions ---------------------------------------------------------------------------

    def go_to(self, index: int) -> None:
        """Show the question at ``index`` (``len(items)`` is "Other notes")."""
        index = max(0, min(index, len(self.items)))
        if index == self.index:
            return
        if not self.ui.notes.flush():
            self._show_current_row()
            return  # the notes were refused: stay so that nothing typed is lost
        self.index = index
        self._show_current()

    def next_question(self) -> None:
        """Go to the next question."""
        self.go_to(self.index + 1)

    def previous_question(self) -> None:
        """Go back to the previous question."""
        self.go_to(self.index - 1)

    def set_answered(self, index: int, answered: bool, notes: str | None = None) -> bool:
        """Tick (or untick) the question at ``index``; a tick keeps the ``notes`` typed under it."""
        if not 0 <= index < len(self.items):
            return False
        item = self.items[index]
        call = (
            partial(holding.mark_answered, item_id=item.id, answered=answered)
            if notes is None
            else partial(holding.answer_question, item_id=item.id, notes=notes)
        )
        if not self._run(call):
            self.ui.side_list.update_item(index, item)
            return False
        if notes is not None:
            self.ui.notes.saved()
            self._notes_stored(holding.PendingNotes(notes, item.id))
        self.items[index] = replace(self.items[index], answered=answered)
        self.ui.side_list.update_item(index, self.items[index])
        if index == self.index:
            self.ui.show_question(self.items[index], len(self.items))
        self.ui.progress.setText(progress_text(self.items))
        return True

    def answer_and_next(self) -> None:
        """Tick the question, with the notes just typed, and go on; stay if it is refused."""
        if self.index < len(self.items) and not self.set_answered(
            self.index, True, self.ui.notes.pending()
        ):
            return
        self.next_question()

    def toggle_full_screen(self) -> None:
        """Switch between full screen and a normal window."""
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def leave_full_screen(self) -> None:
        """Leave full screen (Esc)."""
        if self.isFullScreen():
            self.showNormal()

    # Plumbing --------------------------------------------------------------------------

    def _run(self, action: Callable[[], object]) -> bool:
        done = run_action(self.events, action, saved="", refused=self.ui.show_message, parent=self)
        if done:
            self.ui.show_message("")
        return done

    def _save_answer(self, item_id: int, text: str) -> None:
        holding.save_answer(item_id=item_id, text=text)
        self._notes_stored(holding.PendingNotes(text, item_id))

    def _save_other_notes(self, text: str) -> None:
        self.store_other_notes(text)
        self._notes_stored(holding.PendingNotes(text))

    def _notes_stored(self, notes: holding.PendingNotes) -> None:
        if notes.item_id is None:
            self.other_notes = notes.text
        self.items = [
            replace(item, answer=notes.text) if item.id == notes.item_id else item
            for item in self.items
        ]

    def make_shortcuts(self) -> None:
        """Give every action of ``keyed_actions`` its keys."""
        self.shortcuts: dict[str, QShortcut] = {}
        for name, run in self.keyed_actions().items():
            for key in KEYS[name]:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.activated.connect(run)
                self.shortcuts[key] = shortcut

    def connect_walk_signals(self) -> None:
        """Wire the buttons and the list that every walk has."""
        ui = self.ui
        ui.previous_button.clicked.connect(self.previous_question)
        ui.next_button.clicked.connect(self.next_question)
        ui.answer_next_button.clicked.connect(self.answer_and_next)
        ui.answered_box.clicked.connect(self._on_answered_box_clicked)
        ui.screen_button.clicked.connect(self.toggle_full_screen)
        ui.close_button.clicked.connect(self.close)
        ui.side_list.currentRowChanged.connect(self.go_to)
        ui.side_list.answered_toggled.connect(self.set_answered)
        ui.notes.save_reported.connect(ui.show_save_status)

    def _on_answered_box_clicked(self, checked: bool) -> None:
        self.set_answered(self.index, checked)

    def showEvent(self, event: QShowEvent) -> None:
        """Open with the keyboard in the notes (a restore keeps where it was)."""
        super().showEvent(event)
        if not event.spontaneous():
            self.ui.notes.setFocus()

    def changeEvent(self, event: QEvent) -> None:
        """Name the full-screen button after what it will do."""
        if event.type() == QEvent.Type.WindowStateChange:
            self.ui.show_screen_state(self.isFullScreen())
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save the notes on the way out; refuse to close while they cannot be saved."""
        if not self.ui.notes.flush():
            event.ignore()
            return
        super().closeEvent(event)


Shown = TypeVar("Shown", bound=QWidget)


def bring_or_open(
    found: Shown | None, make: Callable[[], Shown], events: AppEvents, *, full_screen: bool
) -> Shown | None:
    """Bring ``found`` forward if it is open, else show what ``make`` makes.

    Returns None (and says why through ``events.saved``) when ``make`` finds its record gone.
    """
    if found is not None:
        found.setWindowState(found.windowState() & ~Qt.WindowState.WindowMinimized)
        found.activateWindow()
        return found
    try:
        window = make()
    except DomainError as exc:
        events.saved.emit(str(exc))
        return None
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if full_screen:
        window.showFullScreen()
    else:
        window.show()
    return window
