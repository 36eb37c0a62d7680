"""Step 6: say thank you — the held interviews of the field and their thank-yous."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton

from infoview_gui.services import asking, thanks
from infoview_gui.services.guide import choose_field, next_field
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.save_status import run_action
from infoview_gui.ui.user_time import dialog_options, system_zone_name, user_today, utc_now
from infoview_gui.ui.views.follow_ups import (
    FORMATTERS,
    OverdueDelegate,
    follow_up_rows,
    headers,
    overdue_ids,
    selected_row_id,
)
from infoview_gui.ui.wizard.ids import PageId
from infoview_gui.ui.wizard.step_page import StepPage

if TYPE_CHECKING:
    from infoview_gui.ui.asking_actions import AskingFlow

translate = QCoreApplication.translate


class ThanksPage(StepPage):
    """The field's held interviews, what their thank-yous need, and the thank-you dialog.

    Signals:
        dialog_opened(QDialog): a thank-you dialog is now shown.
    """

    dialog_opened = Signal(QDialog)

    def __init__(
        self,
        events: AppEvents,
        *,
        now: Callable[[], datetime] = utc_now,
        system_zone: Callable[[], str] = system_zone_name,
    ) -> None:
        super().__init__(
            events,
            PageId.THANKS,
            translate("ThanksPage", "Say thank you"),
            translate(
                "ThanksPage",
                "Send a thank-you email no later than one day after the interview, naming "
                "something they said that helped. A note card or a letter can follow.",
            ),
        )
        self._now, self._system_zone = now, system_zone
        self.follow_ups: list[thanks.FollowUp] = []
        self.summary = self.add_note()
        self.table, self.model = self.make_table(headers(), FORMATTERS)
        self.delegate = OverdueDelegate(self.table)
        self.table.setItemDelegate(self.delegate)
        self.thank_button = QPushButton(translate("ThanksPage", "Write thank-you…"))
        self.thank_button.setEnabled(False)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.thank_button)
        self.body.addLayout(row)
        self.next_note = self.add_note()
        self.ask_next_button = QPushButton()
        self.next_field_button = QPushButton()
        self._next_person: int | None = None
        self._next_field: int | None = None
        self._flow: AskingFlow | None = None
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.ask_next_button)
        row.addWidget(self.next_field_button)
        self.body.addLayout(row)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.thank_button.clicked.connect(self._on_thank_button_clicked)
        self.table.activated.connect(self._on_table_activated)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.ask_next_button.clicked.connect(self._on_ask_next_button_clicked)
        self.next_field_button.clicked.connect(self._on_next_field_button_clicked)

    def refresh(self) -> None:
        """Show the held interviews of the field, the thank-yous to send first."""
        field = self.guide_field()
        today, zone = user_today(self._now(), self._system_zone())
        self.follow_ups = thanks.follow_ups(
            today=today, zone=zone, field_id=field[0] if field else None
        )
        self.delegate.overdue = overdue_ids(self.follow_ups)
        to_send = [row for row in self.follow_ups if row.sent_on is None]
        late = sum(1 for row in to_send if row.state == "overdue")
        self.summary.setText(self._summary(len(to_send), late))
        self.show_rows(self.model, self.table, follow_up_rows(self.follow_ups))
        self.thank_button.setEnabled(False)
        if to_send:
            self.table.selectRow(0)
        self.show_what_next(field[0] if field else None)

    def _summary(self, to_send: int, late: int) -> str:
        """Say how many thank-yous wait, and how many of them are late."""
        if to_send and late:
            text = self.tr("%n thank-you email(s) to send, %1 overdue.", "", to_send)
            return text.replace("%1", QLocale().toString(late))
        if to_send:
            return self.tr("%n thank-you email(s) to send.", "", to_send)
        if self.follow_ups:
            return translate(
                "ThanksPage",
                "Every interview has been thanked. A note card or a letter can still follow.",
            )
        return translate(
            "ThanksPage", "No interview held yet: after an interview, its thank-you appears here."
        )

    def show_what_next(self, field_id: int | None) -> None:
        """Offer the next person to ask in the field, and the next field to go on with."""
        person = None if field_id is None else asking.next_to_ask(field_id=field_id)
        following = next_field(after=field_id)
        self._next_person = person
        self._next_field = following[0] if following else None
        if person is not None:
            name = asking.name_of(contact_id=person)
            ask = translate("ThanksPage", "Ask %1…").replace("%1", name)
            self.ask_next_button.setText(ask.replace("&", "&&"))
        if following is not None:
            go_on = translate("ThanksPage", "Go on with %1").replace("%1", following[1])
            self.next_field_button.setText(go_on.replace("&", "&&"))
        self.ask_next_button.setVisible(person is not None)
        self.next_field_button.setVisible(following is not None)
        self.next_note.setText(
            translate(
                "ThanksPage",
                "What next: ask the next person on your list, or go on with another field.",
            )
            if person is not None or following is not None
            else translate(
                "ThanksPage",
                "What next: find more people to talk to (step 2), or add a field (step 1).",
            )
        )

    def thank(self, interview_id: int) -> None:
        """Open the thank-you dialog of an interview."""
        from infoview_gui.ui.dialogs.thank_you import open_thank_you

        options = dialog_options(self._now, self._system_zone, None)
        self.dialog_opened.emit(open_thank_you(self.events, interview_id, self, **options))

    def ask_next(self) -> None:
        """Open the request email to the next person on the field's list."""
        if self._next_person is None:
            return
        from infoview_gui.ui.asking_actions import AskingFlow

        if self._flow is None:
            options = dialog_options(self._now, self._system_zone, None)
            self._flow = AskingFlow(self.events, self, **options)
            self._flow.dialog_opened.connect(self.dialog_opened)
        self._flow.ask(self._next_person)

    def go_to_next_field(self) -> None:
        """Make the next field the guide's field, and go to its people (step 2)."""
        field_id = self._next_field
        if field_id is not None and run_action(
            self.events, lambda: choose_field(field_id=field_id), saved="", parent=self
        ):
            self.events.guide_step_requested.emit(2)

    def _on_ask_next_button_clicked(self) -> None:
        self.ask_next()

    def _on_next_field_button_clicked(self) -> None:
        self.go_to_next_field()

    def _on_thank_button_clicked(self) -> None:
        chosen = selected_row_id(self.table)
        if chosen is not None:
            self.thank(chosen)

    def _on_table_activated(self, index: QModelIndex) -> None:
        self.thank(self.model.row_id(index.row()))

    def _on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.thank_button.setEnabled(current.isValid())
