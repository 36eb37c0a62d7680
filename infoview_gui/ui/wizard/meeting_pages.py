"""Steps 5-6: hold the interview, say thank you."""

from __future__ import annotations

from infoview_gui.domain.enums import InterviewStatus, MeetingFormat
from infoview_gui.store import queries
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.formatting import day, enum_text, local_datetime, plain
from infoview_gui.ui.wizard.ids import PageId
from infoview_gui.ui.wizard.step_page import StepPage

_INTERVIEW_HEADERS = ("Contact", "Organisation", "Field", "Status", "When", "Format")
_INTERVIEW_FORMATS = (
    plain,
    plain,
    plain,
    enum_text(InterviewStatus),
    local_datetime,
    enum_text(MeetingFormat),
)


class InterviewPage(StepPage):
    """The scheduled interviews of the field."""

    def __init__(self, events: AppEvents) -> None:
        super().__init__(
            events,
            PageId.INTERVIEW,
            "Hold the interview",
            "Switch your phone off, keep to the time you asked for, take notes, and at the "
            "end thank them, ask for a business card and who else you could talk to.",
        )
        self.summary = self.add_note()
        self.table, self.model = self.make_table(_INTERVIEW_HEADERS, _INTERVIEW_FORMATS)

    def refresh(self) -> None:
        """Show the scheduled interviews."""
        field = self.guide_field()
        rows = queries.interview_rows((InterviewStatus.SCHEDULED,), field[0]) if field else []
        self.summary.setText(
            f"{len(rows)} interview(s) scheduled."
            if rows
            else "No interview scheduled yet: once a request is accepted, schedule it in step 3."
        )
        self.show_rows(self.model, self.table, rows)


class ThanksPage(StepPage):
    """Held interviews and their thank-you notes."""

    def __init__(self, events: AppEvents) -> None:
        super().__init__(
            events,
            PageId.THANKS,
            "Say thank you",
            "Send a thank-you email no later than one day after the interview. A note card "
            "or a letter can follow.",
        )
        self.summary = self.add_note()
        self.table, self.model = self.make_table(
            ("Contact", "Held", "Thank-you due", "Thank-you sent"),
            (plain, local_datetime, day, day),
        )

    def refresh(self) -> None:
        """Show the thank-yous due and sent."""
        rows = queries.follow_up_rows()
        due = [row for row in rows if row[4] is None]
        self.summary.setText(
            f"{len(due)} thank-you(s) to send." if due else "No thank-you is waiting."
        )
        self.show_rows(self.model, self.table, rows)
