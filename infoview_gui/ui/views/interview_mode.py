"""Interview mode (step 5): one question at a time, notes saved as typed, a clock, a checklist.

A calm full-window view for the meeting itself. Every action has a key (see ``KEYS``);
the buttons show them as tooltips; the keyboard stays in the notes (see
``interview_layout.keep_keyboard_in_notes``). ``interview_opening.open_interview_mode``
opens it from a scheduled interview (or a held one, to read and print the notes).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QWidget

from infoview_gui.domain.errors import NotFoundError
from infoview_gui.domain.interview_mode import (
    ChecklistItem,
    QuestionItem,
    checklist_for,
    clock_reading,
    progress_text,
    question_items,
    still_to_do,
    with_item,
)
from infoview_gui.printing.document import Document
from infoview_gui.printing.preview import ChoosePath, ask_pdf_path, preview_document
from infoview_gui.printing.render import RenderError
from infoview_gui.services import holding
from infoview_gui.store.holding_queries import InterviewHeader, interview_header, question_rows
from infoview_gui.ui.dialogs.referral import open_referral
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.save_status import run_action
from infoview_gui.ui.user_time import system_zone_name
from infoview_gui.ui.user_time import utc_now as utc_clock
from infoview_gui.ui.views import interview_notes
from infoview_gui.ui.views.interview_layout import (
    KEYS,
    Clock,
    InterviewLayout,
    key_text,
)


class InterviewModeWindow(QWidget):
    """The interview at hand, one question at a time.

    Args:
        interview_id: the scheduled (or held) interview.
        events: the app's shared signals; every action is run (and published) through them.
        clock: returns the time now (tests pass a fixed one).
        system_zone: the computer's zone, used when neither the interview nor the profile
            has one.
        cards_dir: where card photos go (the open data folder's ``cards/`` by default).
    """

    def __init__(
        self,
        interview_id: int,
        events: AppEvents,
        parent: QWidget | None = None,
        *,
        clock: Clock = utc_clock,
        system_zone: str = "",
        cards_dir: Path | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        header = interview_header(interview_id)
        if header is None:
            raise NotFoundError("That interview no longer exists.")
        self.header: InterviewHeader = header
        self.events = events
        self.clock = clock
        self.system_zone = system_zone or system_zone_name()
        self.cards_dir = cards_dir
        self.choose_pdf_path: ChoosePath = ask_pdf_path
        self.items: list[QuestionItem] = []
        self.index = 0
        self.card_dialog: QWidget | None = None
        self._end_armed = False
        self.ui = InterviewLayout(self, {name: key_text(name) for name in KEYS})
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self._make_shortcuts()
        self._connect_signals()
        self.reload()
        self.timer.start()

    @property
    def interview_id(self) -> int:
        """The interview shown."""
        return self.header.id

    # Loading and showing -------------------------------------------------------------

    def reload(self) -> None:
        """Read the interview and its questions again and show them (unsaved notes too)."""
        self.ui.notes.flush()
        must_ask, rows = question_rows(self.interview_id)
        self.items = list(question_items(rows, must_ask))
        self.index = min(self.index, len(self.items))
        self.ui.side_list.blockSignals(True)  # refilling is not the user choosing a question
        self.ui.side_list.set_items(self.items)
        self.ui.side_list.blockSignals(False)
        self.refresh_header()
        self._show_current()

    def refresh_header(self) -> None:
        """Read the interview again: who, its state, its checklist, its clock."""
        header = interview_header(self.interview_id)
        if header is not None:
            self.header = header
        self.ui.show_header(self.header)
        self.ui.checklist.show_format(self.header.meeting_format)
        self.ui.checklist.set_flags(self.header.checklist)
        self._show_state()

    def _show_state(self) -> None:
        when = holding.when_text(self.header, system_zone=self.system_zone)
        self.ui.show_state(self.header, armed=self._end_armed, when=when)
        self.ui.progress.setText(progress_text(self.items))
        self._show_clock()

    def _show_clock(self) -> None:
        held = self.header.held_at
        reading = clock_reading(
            self.header.started_at, held or self.clock(), self.header.duration_min, ended=bool(held)
        )
        self.ui.show_clock(reading)

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
            self.ui.notes.load(self.header.notes, self._save_other_notes)

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

    def start(self) -> None:
        """Start the clock."""
        if self._run(
            partial(holding.start_interview, interview_id=self.interview_id, now=self.clock())
        ):
            self._changed("Interview started")
            self.ui.notes.setFocus()  # the Start button is gone: the keyboard goes on in the notes

    def end(self) -> None:
        """End the interview, with the notes just typed: an unfinished checklist reminds first."""
        if self._left_to_do() and not self._end_armed:
            self._end_armed = True
            self._show_state()
            return
        text = self.ui.notes.pending()
        item_id = self.items[self.index].id if self.index < len(self.items) else None
        notes = None if text is None else holding.PendingNotes(text, item_id)
        ended = partial(
            holding.finish_interview,
            interview_id=self.interview_id,
            now=self.clock(),
            checklist=self.header.checklist,
            notes=notes,
            system_zone=self.system_zone,
        )
        if self._run(ended):  # refused: the notes typed stay on screen, not stored
            if notes is not None:
                self.ui.notes.saved()
                self._notes_stored(notes)
            self._end_armed = False
            self._changed("Interview held: the thank-you is due by tomorrow")
            self.ui.notes.setFocus()  # never on a button: a space typed next presses nothing

    def set_checklist(self, item: ChecklistItem, done: bool) -> None:
        """Tick (or untick) one checklist item."""
        call = partial(holding.set_checklist, interview_id=self.interview_id, item=item, done=done)
        if self._run(call):
            flags = with_item(self.header.checklist, item, done)
            self.header = replace(self.header, checklist=flags)
            if self._end_armed and not self._left_to_do():
                self._end_armed = False
            self._show_state()
        else:
            self.ui.checklist.set_flags(self.header.checklist)

    def _left_to_do(self) -> tuple[ChecklistItem, ...]:
        """Return what the checklist of the interview's format still has before the end."""
        return still_to_do(self.header.checklist, checklist_for(self.header.meeting_format).at_end)

    def open_business_card(self) -> None:
        """Open the business card dialog for the person interviewed."""
        from infoview_gui.ui.dialogs.business_card import BusinessCardDialog

        self.ui.notes.flush()
        dialog = BusinessCardDialog(self.header.contact_id, self, cards_dir=self.cards_dir)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._changed("Business card saved"))
        self.card_dialog = dialog
        dialog.open()

    def add_referral(self) -> None:
        """They suggested someone: add that person, introduced by the one interviewed."""
        open_referral(self, self.header.contact_id, self.header.contact_name)

    def notes_document(self) -> Document:
        """Return the printable notes (question, then answer), with what was just typed."""
        self.ui.notes.flush()
        return interview_notes.notes_document_for(
            self.interview_id, self.system_zone, self.cards_dir
        )

    def print_notes(self) -> None:
        """Open the print preview of the notes; it prints and saves a PDF too."""
        preview_document(self.notes_document(), self, modal=False)

    def save_notes_pdf(self) -> str:
        """Ask where, then save the notes as a PDF; return the path ("" if cancelled)."""
        try:
            path = interview_notes.save_pdf(self.notes_document(), self, self.choose_pdf_path)
        except RenderError as exc:
            self.ui.show_message(str(exc))
            return ""
        if path:
            self.events.saved.emit(f"Notes saved as {Path(path).name}")
        return path

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

    def _changed(self, message: str) -> None:
        self.refresh_header()
        self.events.saved.emit(message)

    def _save_answer(self, item_id: int, text: str) -> None:
        holding.save_answer(item_id=item_id, text=text)
        self._notes_stored(holding.PendingNotes(text, item_id))

    def _save_other_notes(self, text: str) -> None:
        holding.save_interview_notes(interview_id=self.interview_id, text=text)
        self._notes_stored(holding.PendingNotes(text))

    def _notes_stored(self, notes: holding.PendingNotes) -> None:
        if notes.item_id is None:
            self.header = replace(self.header, notes=notes.text)
        self.items = [
            replace(item, answer=notes.text) if item.id == notes.item_id else item
            for item in self.items
        ]

    def _show_current_row(self) -> None:
        self.ui.side_list.blockSignals(True)
        self.ui.side_list.setCurrentRow(self.index)
        self.ui.side_list.blockSignals(False)

    def _make_shortcuts(self) -> None:
        actions: dict[str, Callable[[], object]] = {
            "previous": self.previous_question,
            "next": self.next_question,
            "answer_next": self.answer_and_next,
            "start": self.start,
            "end": self.end,
            "full_screen": self.toggle_full_screen,
            "leave_full_screen": self.leave_full_screen,
            "card": self.open_business_card,
            "referral": self.add_referral,
            "print": self.print_notes,
            "pdf": self._on_pdf_requested,
            "close": self.close,
        }
        self.shortcuts: dict[str, QShortcut] = {}
        for name, run in actions.items():
            for key in KEYS[name]:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.activated.connect(run)
                self.shortcuts[key] = shortcut

    def _connect_signals(self) -> None:
        ui = self.ui
        self.timer.timeout.connect(self._show_clock)
        ui.previous_button.clicked.connect(self.previous_question)
        ui.next_button.clicked.connect(self.next_question)
        ui.answer_next_button.clicked.connect(self.answer_and_next)
        ui.answered_box.clicked.connect(self._on_answered_box_clicked)
        ui.start_button.clicked.connect(self.start)
        ui.end_button.clicked.connect(self.end)
        ui.screen_button.clicked.connect(self.toggle_full_screen)
        ui.close_button.clicked.connect(self.close)
        ui.card_button.clicked.connect(self.open_business_card)
        ui.referral_button.clicked.connect(self.add_referral)
        ui.print_button.clicked.connect(self.print_notes)
        ui.pdf_button.clicked.connect(self._on_pdf_requested)
        ui.side_list.currentRowChanged.connect(self.go_to)
        ui.side_list.answered_toggled.connect(self.set_answered)
        ui.checklist.item_toggled.connect(self._on_checklist_item_toggled)
        ui.notes.save_reported.connect(ui.show_save_status)

    def _on_pdf_requested(self) -> None:
        self.save_notes_pdf()

    def _on_answered_box_clicked(self, checked: bool) -> None:
        self.set_answered(self.index, checked)

    def _on_checklist_item_toggled(self, item: int, done: bool) -> None:
        self.set_checklist(ChecklistItem(item), done)

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
        self.timer.stop()
        super().closeEvent(event)
