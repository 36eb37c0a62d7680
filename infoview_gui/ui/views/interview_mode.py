"""Interview mode (step 5): one question at a time, notes saved as typed, a clock, a checklist.

A calm full-window view for the meeting itself. Every action has a key (see ``KEYS``);
the buttons show them as tooltips; the keyboard stays in the notes (see
``interview_layout.keep_keyboard_in_notes``). ``interview_opening.open_interview_mode``
opens it from a scheduled interview (or a held one, to read and print the notes). Walking
the questions is ``question_walk``'s, shared with a follow-up interview's window.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QWidget

from infoview_gui.domain.errors import NotFoundError
from infoview_gui.domain.interview_mode import (
    ChecklistItem,
    checklist_for,
    clock_reading,
    progress_text,
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
from infoview_gui.ui.user_time import system_zone_name
from infoview_gui.ui.user_time import utc_now as utc_clock
from infoview_gui.ui.views import interview_notes
from infoview_gui.ui.views.interview_layout import Clock
from infoview_gui.ui.views.question_walk import QuestionWalkWindow, Rows


class InterviewModeWindow(QuestionWalkWindow):
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
        header = interview_header(interview_id)
        if header is None:
            raise NotFoundError(
                QCoreApplication.translate(
                    "InterviewModeWindow", "That interview no longer exists."
                )
            )
        self.header: InterviewHeader = header
        super().__init__(events, parent)
        self.clock = clock
        self.system_zone = system_zone or system_zone_name()
        self.cards_dir = cards_dir
        self.choose_pdf_path: ChoosePath = ask_pdf_path
        self.card_dialog: QWidget | None = None
        self._end_armed = False
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.make_shortcuts()
        self._connect_signals()
        self.reload()
        self.timer.start()

    @property
    def interview_id(self) -> int:
        """The interview shown."""
        return self.header.id

    # Loading and showing -------------------------------------------------------------

    def question_rows(self) -> Rows:
        """Return the interview's list."""
        return question_rows(self.interview_id)

    def refresh_header(self) -> None:
        """Read the interview again: who, its state, its checklist, its clock."""
        header = interview_header(self.interview_id)
        if header is not None:
            self.header = header
        self.other_notes = self.header.notes
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

    # Actions ---------------------------------------------------------------------------

    def start(self) -> None:
        """Start the clock."""
        if self._run(
            partial(holding.start_interview, interview_id=self.interview_id, now=self.clock())
        ):
            self._changed(self.tr("Interview started"))
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
            self._changed(self.tr("Interview held: the thank-you is due by tomorrow"))
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
        dialog.accepted.connect(lambda: self._changed(self.tr("Business card saved")))
        self.card_dialog = dialog
        dialog.open()

    def add_referral(self) -> None:
        """They suggested someone: add that person, introduced by the one interviewed."""
        open_referral(self, self.header.contact_id, self.header.contact_name)

    def add_conversation(self) -> None:
        """Open a new follow-up conversation with the person interviewed (a second interview...)."""
        from infoview_gui.ui.timeline_actions import add_conversation

        self.ui.notes.flush()
        add_conversation(self, self.header.contact_id)

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
            self.events.saved.emit(self.tr("Notes saved as %1").replace("%1", Path(path).name))
        return path

    # Plumbing --------------------------------------------------------------------------

    def _changed(self, message: str) -> None:
        self.refresh_header()
        self.events.saved.emit(message)

    def store_other_notes(self, text: str) -> None:
        """Save what was noted outside any question: the interview's notes."""
        holding.save_interview_notes(interview_id=self.interview_id, text=text)

    def keyed_actions(self) -> dict[str, Callable[[], object]]:
        """Return every action with keys: the walk's, and the interview's own."""
        return {
            **super().keyed_actions(),
            "start": self.start,
            "end": self.end,
            "card": self.open_business_card,
            "referral": self.add_referral,
            "print": self.print_notes,
            "pdf": self._on_pdf_requested,
        }

    def _connect_signals(self) -> None:
        ui = self.ui
        self.connect_walk_signals()
        self.timer.timeout.connect(self._show_clock)
        ui.start_button.clicked.connect(self.start)
        ui.end_button.clicked.connect(self.end)
        ui.card_button.clicked.connect(self.open_business_card)
        ui.conversation_button.clicked.connect(self.add_conversation)
        ui.referral_button.clicked.connect(self.add_referral)
        ui.print_button.clicked.connect(self.print_notes)
        ui.pdf_button.clicked.connect(self._on_pdf_requested)
        ui.checklist.item_toggled.connect(self._on_checklist_item_toggled)

    def _on_pdf_requested(self) -> None:
        self.save_notes_pdf()

    def _on_checklist_item_toggled(self, item: int, done: bool) -> None:
        self.set_checklist(ChecklistItem(item), done)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save the notes on the way out (or stay open), and stop the clock."""
        super().closeEvent(event)
        if event.isAccepted():
            self.timer.stop()
