"""Step 5: the field's scheduled interviews, each a key press away from interview mode."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from infoview_gui.domain.enums import InterviewStatus, MeetingFormat
from infoview_gui.qtmodels.rows_table import Row
from infoview_gui.store.holding_queries import held_and_scheduled_rows
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.formatting import enum_text, local_datetime, plain
from infoview_gui.ui.wizard.ids import PageId
from infoview_gui.ui.wizard.step_page import StepPage

Opener = Callable[[int, QWidget | None, AppEvents], object]

translate = QCoreApplication.translate
_HEADERS = (  # translated where the table is made
    str(QT_TRANSLATE_NOOP("InterviewPage", "Contact")),
    str(QT_TRANSLATE_NOOP("InterviewPage", "Organization")),
    str(QT_TRANSLATE_NOOP("InterviewPage", "Status")),
    str(QT_TRANSLATE_NOOP("InterviewPage", "When")),
    str(QT_TRANSLATE_NOOP("InterviewPage", "Format")),
)
_FORMATS = (plain, plain, enum_text(InterviewStatus), local_datetime, enum_text(MeetingFormat))
_STATUS_FIELD = 3  # in a row tuple (the id comes first)
_STATUS_COLUMN = _STATUS_FIELD - 1  # in the table


def _open_interview_mode(interview_id: int, parent: QWidget | None, events: AppEvents) -> object:
    # Imported on use: interview mode and its printing are not needed to show the guide.
    from infoview_gui.ui.views.interview_opening import open_interview_mode

    return open_interview_mode(interview_id, parent, events)


class InterviewPage(StepPage):
    """The scheduled interviews of the field (soonest first), then the held ones.

    "Start interview" (or Enter, or a double click) opens interview mode; for an
    interview already held it opens the notes, to read, complete and print them.

    Attributes:
        opener: opens interview mode; tests replace it.
    """

    def __init__(self, events: AppEvents) -> None:
        super().__init__(
            events,
            PageId.INTERVIEW,
            translate("InterviewPage", "Hold the interview"),
            translate(
                "InterviewPage",
                "Keep to the time you asked for, take notes, and at the end thank them, ask "
                "how to stay in touch and who else you could talk to. Interview mode has a "
                "short checklist for each kind of meeting: in person, phone, video or email.",
            ),
        )
        self.opener: Opener = _open_interview_mode
        self.summary = self.add_note()
        self.table, self.model = self.make_table(
            [translate("InterviewPage", header) for header in _HEADERS], _FORMATS
        )
        self.start_button = QPushButton(translate("InterviewPage", "Start interview"))
        self.start_button.setToolTip(
            translate("InterviewPage", "Open interview mode, full screen (Enter)")
        )
        self.start_button.setDefault(False)
        self.start_button.setAutoDefault(False)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.start_button)
        self.body.addLayout(row)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.installEventFilter(self)
        self.start_button.clicked.connect(self.open_selected)

    def refresh(self) -> None:
        """Show the field's scheduled and held interviews."""
        field = self.guide_field()
        keep = self.selected_id()
        rows: list[Row] = held_and_scheduled_rows(field[0]) if field else []
        scheduled = sum(1 for row in rows if row[_STATUS_FIELD] == InterviewStatus.SCHEDULED)
        if scheduled:
            self.summary.setText(
                self.tr(
                    "%n interview(s) scheduled. Choose one and press Start when you sit down "
                    "with the person.",
                    "",
                    scheduled,
                )
            )
        else:
            self.summary.setText(
                translate(
                    "InterviewPage",
                    "No interview scheduled yet: once a request is accepted, schedule it in "
                    "step 3.",
                )
            )
        self.show_rows(self.model, self.table, rows)
        ids = [self.model.row_id(i) for i in range(len(rows))]
        self._select(ids.index(keep) if keep in ids else 0 if rows else -1)

    def selected_id(self) -> int | None:
        """Return the interview chosen in the table, if any."""
        index = self.table.selectionModel().currentIndex()
        return self.model.row_id(index.row()) if index.isValid() else None

    def open_selected(self) -> None:
        """Open interview mode on the chosen interview."""
        interview_id = self.selected_id()
        if interview_id is not None:
            self.opener(interview_id, self.window(), self.events)

    def _select(self, row: int) -> None:
        if row >= 0:
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)
        self._show_button(row)

    def _show_button(self, row: int) -> None:
        self.start_button.setEnabled(row >= 0)
        status = self.model.index(row, _STATUS_COLUMN).data() if row >= 0 else None
        held = status == InterviewStatus.HELD.label
        self.start_button.setText(
            translate("InterviewPage", "Open notes")
            if held
            else translate("InterviewPage", "Start interview")
        )

    def _on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_button(current.row() if current.isValid() else -1)

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.opener(self.model.row_id(index.row()), self.window(), self.events)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on the table opens the interview (and does not also press Next)."""
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.open_selected()
            return True
        return super().eventFilter(watched, event)
