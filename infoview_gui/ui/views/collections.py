"""The record views of the navigation: fields, contacts, interviews, questions, follow-ups."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from infoview_gui.domain.enums import InterviewStatus, MeetingFormat
from infoview_gui.qtmodels.rows_table import Row
from infoview_gui.store import queries
from infoview_gui.ui.dialogs.records import RequestDialog
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.formatting import day, enum_text, local_datetime, plain
from infoview_gui.ui.views.ids import ViewId
from infoview_gui.ui.views.records import RecordsView


class InterviewsView(RecordsView):
    """Requests and the interviews they became."""

    def __init__(self, events: AppEvents) -> None:
        super().__init__(
            events,
            title="Interviews",
            description="Every request you make and the interview it becomes: asked, "
            "accepted, scheduled, held, thanked.",
            empty_sentence="Your requests and interviews appear here once you choose someone "
            "to ask for twenty minutes of their time.",
            add_text="Plan an interview",
            headers=("Contact", "Organisation", "Field", "Status", "When", "Format"),
            formatters=(
                plain,
                plain,
                plain,
                enum_text(InterviewStatus),
                local_datetime,
                enum_text(MeetingFormat),
            ),
        )

    def load_rows(self) -> list[Row]:
        """Every interview record, the next ones first."""
        return queries.interview_rows()

    def add_record(self) -> None:
        """Choose a contact to ask; without contacts, go and add one first."""
        if not queries.contact_choices():
            self.events.view_requested.emit(ViewId.CONTACTS)
            return
        if RequestDialog(self).exec() == QDialog.DialogCode.Accepted:
            self.events.data_changed.emit()
            self.events.saved.emit("Interview request started")


class FollowUpsView(RecordsView):
    """Thank-you notes due after interviews."""

    def __init__(self, events: AppEvents) -> None:
        super().__init__(
            events,
            title="Follow-ups",
            description="Thank everyone you interview within a day, by email; a note card "
            "or letter can follow.",
            empty_sentence="After an interview, the thank-you it calls for appears here with "
            "its due date. Your interviews are listed under Interviews.",
            add_text="Go to interviews",
            headers=("Contact", "Held", "Thank-you due", "Thank-you sent"),
            formatters=(plain, local_datetime, day, day),
        )

    def load_rows(self) -> list[Row]:
        """Held interviews with their thank-you dates."""
        return queries.follow_up_rows()

    def add_record(self) -> None:
        """Follow-ups come from interviews: go there."""
        self.events.view_requested.emit(ViewId.INTERVIEWS)
