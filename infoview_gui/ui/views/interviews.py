"""Interviews: every request and the interview it becomes, with what can be done next.

Selecting a row offers the asking steps of step 3 (ask, accepted, schedule...), the
question sheet and interview mode for a scheduled interview, and the thank-you for a
held one. "Export interviews to calendar…" writes every scheduled interview to one
``.ics`` file; each event keeps its interview's UID, so importing the file again
updates the calendar instead of adding copies.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from infoview_gui.domain.enums import InterviewStatus, MeetingFormat
from infoview_gui.domain.errors import DomainError
from infoview_gui.domain.os_errors import file_error
from infoview_gui.qtmodels.records_table import ShownRow
from infoview_gui.services import thanks
from infoview_gui.services.deletion import delete_interviews
from infoview_gui.store import queries, record_table
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.formatting import enum_text, local_datetime, plain
from infoview_gui.ui.undo import DeletionCommand
from infoview_gui.ui.user_time import dialog_options, system_zone_name, user_today, utc_now
from infoview_gui.ui.views.follow_ups import (
    OverdueDelegate,
    follow_up_of,
    selected_row_id,
    thank_you_text,
)
from infoview_gui.ui.views.ids import ViewId
from infoview_gui.ui.views.records import SEARCH_PEOPLE, SqlRecordsView
from infoview_gui.ui.widgets.flow_layout import FlowLayout
from infoview_gui.ui.widgets.labels import plain_label

if TYPE_CHECKING:
    from infoview_gui.ui.asking_actions import AskingFlow
    from infoview_gui.ui.dialogs.mail_program import UrlOpener
    from infoview_gui.ui.dialogs.schedule import SavePathChooser

Report = Callable[[QWidget, str], None]
Step = tuple[str, str, Callable[[], object]]
translate = QCoreApplication.translate
_S = InterviewStatus


def choose_save_path(parent: QWidget | None, caption: str, suggested: str) -> str:
    """Ask where to save a file (the dialog's module, and icalendar, load when first asked)."""
    from infoview_gui.ui.dialogs import schedule

    return schedule.choose_save_path(parent, caption, suggested)


def warn(parent: QWidget, message: str) -> None:
    """Tell the user something could not be done."""
    QMessageBox.warning(parent, "InfoView", message)


_THANKED_FOR = (_S.HELD.value, _S.THANKED.value)
_STATUS_TEXT = enum_text(InterviewStatus)
_FORMAT_TEXT = enum_text(MeetingFormat)


class InterviewsView(SqlRecordsView):
    """Requests and interviews, with the actions that fit the selected one.

    Args:
        events: the window's shared signals.
        now: returns the present moment (tests pass a fixed one).
        system_zone: returns the computer's time zone name.
        chooser: asks where to save the calendar file.
        report: shows an error message.
        opener: opens the ``mailto:`` links of the dialogs (tests pass a recorder).

    Signals:
        print_sheet_requested(int): print the question sheet of this interview.
        start_interview_requested(int): open interview mode for this interview.
        dialog_opened(QDialog): a dialog opened from the view is now shown.
        calendar_exported(str): the calendar file was written to this path.
    """

    print_sheet_requested = Signal(int)
    start_interview_requested = Signal(int)
    dialog_opened = Signal(QDialog)
    calendar_exported = Signal(str)
    SEARCH_HINT = SEARCH_PEOPLE

    def __init__(
        self,
        events: AppEvents,
        *,
        now: Callable[[], datetime] = utc_now,
        system_zone: Callable[[], str] = system_zone_name,
        chooser: SavePathChooser = choose_save_path,
        report: Report = warn,
        opener: UrlOpener | None = None,
    ) -> None:
        self._now, self._system_zone, self._opener = now, system_zone, opener
        self._chooser, self._report = chooser, report
        self._flow: AskingFlow | None = None
        super().__init__(
            events,
            title=translate("InterviewsView", "Interviews"),
            description=translate(
                "InterviewsView",
                "Every request you make and the interview it becomes: asked, accepted, "
                "scheduled, held, thanked.",
            ),
            empty_sentence=translate(
                "InterviewsView",
                "Your requests and interviews appear here once you choose someone to ask for "
                "twenty minutes of their time.",
            ),
            add_text=translate("InterviewsView", "Plan an interview"),
            headers=(
                translate("InterviewsView", "Contact"),
                translate("InterviewsView", "Organization"),
                translate("InterviewsView", "Field"),
                translate("InterviewsView", "Status"),
                translate("InterviewsView", "When"),
                translate("InterviewsView", "Format"),
                translate("InterviewsView", "Thank-you"),
            ),
        )
        self.delegate = OverdueDelegate(self.table)
        self.table.setItemDelegate(self.delegate)
        self.export_button = QPushButton(
            translate("InterviewsView", "Export interviews to calendar…")
        )
        self.header.action_row.insertWidget(0, self.export_button)
        self.selected = plain_label()
        self.selected.setObjectName("viewDescription")
        self.actions_row = FlowLayout()  # wraps in a narrow window (Spanish buttons are long)
        self.action_buttons: list[QPushButton] = []
        self.delete_button = QPushButton(translate("InterviewsView", "Delete"))
        self.delete_button.setToolTip(
            translate("InterviewsView", "Delete the interview with its questions and notes (Del)")
        )
        self.delete_button.setEnabled(False)
        self.actions_row.addWidget(self.delete_button)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addWidget(self.selected)
        layout.addLayout(self.actions_row)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.installEventFilter(self)
        selection = self.table.selectionModel()
        selection.currentRowChanged.connect(self._on_table_current_row_changed)
        selection.selectionChanged.connect(self._on_table_selection_changed)

    def record_ids(self, search: str, column: int, descending: bool) -> Sequence[int]:
        """Every interview record, the next ones first (or as sorted)."""
        return record_table.record_ids(
            record_table.INTERVIEWS, search=search, column=column, descending=descending
        )

    def shown_rows(self, ids: Sequence[int]) -> dict[int, ShownRow]:
        """The rows on screen, with where their thank-you stands; overdue ones marked."""
        today, zone = user_today(self._now(), self._system_zone())
        shown: dict[int, ShownRow] = {}
        for interview_id, row in record_table.record_rows(ids).items():
            _, name, organisation, field, status, held_at, start, kind = row[:8]
            follow_up = follow_up_of(row, today, zone) if status in _THANKED_FOR else None
            texts = (
                plain(name) or plain(row[12]),
                plain(organisation),
                plain(field),
                _STATUS_TEXT(status),
                local_datetime(held_at or start),
                _FORMAT_TEXT(kind),
                thank_you_text(follow_up) if follow_up else "",
            )
            overdue = follow_up is not None and follow_up.state == "overdue"
            shown[interview_id] = ShownRow(texts, overdue)
        return shown

    def reloaded(self) -> None:
        """The rows are read again: the actions of the selected one too."""
        super().reloaded()
        self.export_button.setEnabled(bool(record_table.scheduled_ids()))
        self.show_actions(selected_row_id(self.table))
        self._on_table_selection_changed()

    def add_record(self) -> None:
        """Choose a contact to ask, then write the request; without contacts, add one first.

        The request is listed here once it is sent: a draft is not an interview yet.
        """
        from infoview_gui.ui.dialogs.records import PlanInterviewDialog

        if not queries.contact_choices():
            self.events.view_requested.emit(ViewId.CONTACTS)
            return
        dialog = PlanInterviewDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.flow().ask(int(dialog.contact.currentData()))

    def open_record(self, record_id: int) -> None:
        """Activating a row runs its first action."""
        self.show_actions(record_id)
        if self.action_buttons:
            self.action_buttons[0].click()

    # The actions of the selected interview ------------------------------------------------

    def flow(self) -> AskingFlow:
        """Return the flow of the asking steps (step 3), made when first needed."""
        if self._flow is None:
            from infoview_gui.ui.asking_actions import AskingFlow

            options = dialog_options(self._now, self._system_zone, self._opener)
            self._flow = AskingFlow(self.events, self, chooser=self._chooser, **options)
            self._flow.dialog_opened.connect(self.dialog_opened)
        return self._flow

    def show_actions(self, interview_id: int | None) -> None:
        """Show the buttons for what can be done now about one interview."""
        for button in self.action_buttons:
            self.actions_row.removeWidget(button)
            button.deleteLater()
        self.action_buttons = []
        if interview_id is None:
            self.selected.setText(
                translate("InterviewsView", "Choose an interview to see what you can do next.")
            )
            return
        record = thanks.thank_you_record(interview_id=interview_id)
        self.selected.setText(f"{record.name}: {record.status.label}")
        self.actions_row.removeWidget(self.delete_button)  # it stays last
        for key, text, run in self._actions(record):
            button = QPushButton(text.replace("&", "&&"))
            button.setObjectName(f"action_{key}")
            button.clicked.connect(run)
            self.actions_row.addWidget(button)
            self.action_buttons.append(button)
        self.actions_row.addWidget(self.delete_button)

    def _actions(self, record: thanks.ThankYouRecord) -> list[Step]:
        interview_id = record.interview_id
        actions: list[Step] = []
        if record.status is _S.SCHEDULED:
            actions += [
                (
                    "print_sheet",
                    translate("InterviewsView", "Print question sheet…"),
                    lambda: self._print(interview_id),
                ),
                (
                    "start_interview",
                    translate("InterviewsView", "Start interview"),
                    lambda: self._start(interview_id),
                ),
            ]
        if record.can_thank:
            thank = translate("InterviewsView", "Write thank-you…")
            actions.append(("thank_you", thank, lambda: self.thank(interview_id)))
        latest = thanks.is_latest_request(interview_id=interview_id)
        if latest:
            actions += [(a.key, a.text, a.run) for a in self.flow().actions_for(record.contact_id)]
        return actions

    def _print(self, interview_id: int) -> None:
        self.print_sheet_requested.emit(interview_id)

    def _start(self, interview_id: int) -> None:
        self.start_interview_requested.emit(interview_id)

    def action_button(self, key: str) -> QPushButton | None:
        """Return the button of an action of the selected interview, if offered."""
        return next((b for b in self.action_buttons if b.objectName() == f"action_{key}"), None)

    def thank(self, interview_id: int) -> None:
        """Open the thank-you dialog of a held interview."""
        from infoview_gui.ui.dialogs.thank_you import open_thank_you

        options = dialog_options(self._now, self._system_zone, self._opener)
        self.dialog_opened.emit(open_thank_you(self.events, interview_id, self, **options))

    # Calendar -------------------------------------------------------------------------

    def export_calendar(self) -> str | None:
        """Ask where to save every scheduled interview as one .ics file; return the path."""
        scheduled_ids = record_table.scheduled_ids()
        if not scheduled_ids:
            self._report(self, translate("InterviewsView", "No interview is scheduled yet."))
            return None
        caption = translate("InterviewsView", "Export interviews to calendar")
        suggested = translate("InterviewsView", "InfoView interviews.ics")
        path = self._chooser(self, caption, str(Path.home() / suggested))
        if not path:
            return None
        if not path.casefold().endswith(".ics"):
            path += ".ics"
        from infoview_gui.services import scheduling  # icalendar: a quarter of a second

        try:
            scheduling.export_calendar(
                interview_ids=scheduled_ids, path=path, now=self._now().astimezone(UTC)
            )
        except OSError as exc:
            doing = translate("InterviewsView", "save the calendar file %1").replace("%1", path)
            kept = translate("InterviewsView", "Your interviews are as they were.")
            self._report(self, str(file_error(exc, doing, kept)))
            return None
        except DomainError as exc:
            self._report(self, str(exc))
            return None
        saved = self.tr("Saved %n interview(s) to %1", "", len(scheduled_ids))
        self.events.saved.emit(saved.replace("%1", path))
        self.calendar_exported.emit(path)
        return path

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The Delete key in the table deletes the chosen interview."""
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
        ):
            self.delete_selected()
            return True
        return super().eventFilter(watched, event)

    def delete_selected(self) -> None:
        """Delete the chosen interview with its questions and notes; Edit > Undo restores."""
        interview_id = selected_row_id(self.table)
        if interview_id is None or not self.table.selectionModel().hasSelection():
            return
        name = str(self.table.currentIndex().siblingAtColumn(0).data() or "")
        try:
            snapshot = delete_interviews(interview_ids=[interview_id])
        except DomainError as exc:
            self._report(self, str(exc))
            return
        self.events.push_deletion(
            DeletionCommand(
                translate("InterviewsView", "Delete the interview with %1").replace("%1", name)
                if name
                else translate("InterviewsView", "Delete an interview"),
                snapshot,
                lambda: delete_interviews(interview_ids=[interview_id]),
                self.events.publish,
            )
        )

    def _on_export_button_clicked(self) -> None:
        self.export_calendar()

    def _on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.show_actions(selected_row_id(self.table) if current.isValid() else None)

    def _on_table_selection_changed(self, *_args: object) -> None:
        # Delete acts on a chosen row: a current row that is not selected is not chosen.
        self.delete_button.setEnabled(self.table.selectionModel().hasSelection())
