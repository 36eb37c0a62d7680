"""Step 3: rank the shortlist, ask the top person, schedule the interview."""

from __future__ import annotations

from infoview_gui.domain.enums import InterviewStatus
from infoview_gui.store import queries
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.formatting import enum_text, plain
from infoview_gui.ui.wizard.ids import PageId
from infoview_gui.ui.wizard.step_page import StepPage


class AskPage(StepPage):
    """The ranked shortlist of the field with where each request stands."""

    def __init__(self, events: AppEvents) -> None:
        super().__init__(
            events,
            PageId.ASK,
            "Rank, ask, schedule",
            "Put the people you most want to talk to first, then ask the top one for 20-30 "
            "minutes in person, by phone or by video. If they decline, thank them and ask "
            "the next.",
        )
        self.next_person = self.add_note()
        self.table, self.model = self.make_table(
            ("Name", "Organisation", "Job title", "Request"),
            (plain, plain, plain, enum_text(InterviewStatus)),
        )

    def refresh(self) -> None:
        """Show the shortlist in rank order and who to ask next."""
        field = self.guide_field()
        rows = queries.shortlist_rows(field[0]) if field else []
        waiting = [row for row in rows if row[4] in (None, InterviewStatus.NOT_ASKED.value)]
        self.next_person.setText(
            f"Next to ask: {waiting[0][1]}"
            if waiting
            else "Everyone on the shortlist has been asked."
            if rows
            else "Add contacts in step 2 to build your shortlist."
        )
        self.show_rows(self.model, self.table, rows)
