"""Step 6: say thank you — the held interviews of the field and their thank-yous."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton

from infoview_gui.services import thanks
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.user_time import dialog_options, system_zone_name, user_today, utc_now
from infoview_gui.ui.views.follow_ups import (
    FORMATTERS,
    HEADERS,
    OverdueDelegate,
    follow_up_rows,
    overdue_ids,
    selected_row_id,
)
from infoview_gui.ui.wizard.ids import PageId
from infoview_gui.ui.wizard.step_page import StepPage


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
            "Say thank you",
            "Send a thank-you email no later than one day after the interview, naming "
            "something they said that helped. A note card or a letter can follow.",
        )
        self._now, self._system_zone = now, system_zone
        self.follow_ups: list[thanks.FollowUp] = []
        self.summary = self.add_note()
        self.table, self.model = self.make_table(HEADERS, FORMATTERS)
        self.delegate = OverdueDelegate(self.table)
        self.table.setItemDelegate(self.delegate)
        self.thank_button = QPushButton("Write thank-you…")
        self.thank_button.setEnabled(False)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.thank_button)
        self.body.addLayout(row)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.thank_button.clicked.connect(self._on_thank_button_clicked)
        self.table.activated.connect(self._on_table_activated)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)

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
        if to_send:
            text = f"{len(to_send)} thank-you email(s) to send"
            text += f", {late} overdue." if late else "."
        elif self.follow_ups:
            text = "Every interview has been thanked. A note card or a letter can still follow."
        else:
            text = "No interview held yet: after an interview, its thank-you appears here."
        self.summary.setText(text)
        self.show_rows(self.model, self.table, follow_up_rows(self.follow_ups))
        self.thank_button.setEnabled(False)
        if to_send:
            self.table.selectRow(0)

    def thank(self, interview_id: int) -> None:
        """Open the thank-you dialog of an interview."""
        from infoview_gui.ui.dialogs.thank_you import open_thank_you

        options = dialog_options(self._now, self._system_zone, None)
        self.dialog_opened.emit(open_thank_you(self.events, interview_id, self, **options))

    def _on_thank_button_clicked(self) -> None:
        chosen = selected_row_id(self.table)
        if chosen is not None:
            self.thank(chosen)

    def _on_table_activated(self, index: QModelIndex) -> None:
        self.thank(self.model.row_id(index.row()))

    def _on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.thank_button.setEnabled(current.isValid())
