"""Holding a follow-up interview: its own questions one at a time, answers saved as typed.

Interview mode's walk (``question_walk``) without what belongs to a first request: no
clock, no checklist, no start or end (the conversation's form says when it took place).
The notes after the last question are the conversation's own notes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QApplication, QWidget

from infoview_gui.domain.errors import DomainError
from infoview_gui.domain.interview_mode import progress_text
from infoview_gui.services import conversation_lists, conversations
from infoview_gui.services.request_records import contact_row
from infoview_gui.store.holding_queries import conversation_question_rows
from infoview_gui.ui.dialogs.referral import open_referral
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.views.interview_layout import fill_keys
from infoview_gui.ui.views.question_walk import QuestionWalkWindow, Rows, bring_or_open


class ConversationModeWindow(QuestionWalkWindow):
    """A follow-up interview at hand, one question of its own list at a time.

    Args:
        conversation_id: the follow-up (a second interview, a call, a video call).
        events: the app's shared signals; every action is run (and published) through them.
        parent: the window it stays above.

    Raises:
        NotFoundError: the conversation was deleted meanwhile.
    """

    def __init__(
        self, conversation_id: int, events: AppEvents, parent: QWidget | None = None
    ) -> None:
        self.stored = conversations.load_conversation(conversation_id)
        super().__init__(events, parent)
        self.setObjectName("conversationMode")
        ui = self.ui
        for widget in (
            ui.clock,
            ui.remaining,
            ui.start_button,
            ui.end_button,
            ui.checklist,
            ui.banner,
        ):
            widget.hide()
        ui.keys_help.setText(
            fill_keys(
                self.tr("Previous / next: %1 / %2  ·  Answered and next: %3  ·  Full screen: %4"),
                ui.keys,
                ("previous", "next", "answer_next", "full_screen"),
            )
        )
        self.make_shortcuts()
        self.connect_walk_signals()
        ui.referral_button.clicked.connect(self.add_referral)
        ui.conversation_button.clicked.connect(self.add_conversation)
        self.reload()

    @property
    def conversation_id(self) -> int:
        """The follow-up shown."""
        return self.stored.conversation_id

    def question_rows(self) -> Rows:
        """Return the follow-up's own list."""
        return conversation_question_rows(self.conversation_id)

    def refresh_header(self) -> None:
        """Read the conversation again and show who it is with."""
        self.ui.progress.setText(progress_text(self.items))
        try:
            self.stored = conversations.load_conversation(self.conversation_id)
            contact = contact_row(self.stored.contact_id)
        except DomainError:
            return  # deleted meanwhile: what is shown stays, and the next save says so
        self.other_notes = self.stored.data.notes
        field = contact.field
        occasion = self.stored.data.kind.label
        kicker = f"{occasion} · {field.name}" if field is not None else occasion
        self.ui.kicker.setText(kicker)  # in capitals: the label's font
        self.ui.who.setText(self.stored.name)
        role = " · ".join(v for v in (str(contact.title), str(contact.organisation)) if v)
        self.ui.role.setText(role)
        self.ui.role.setVisible(bool(role))
        self.setWindowTitle(
            self.tr("%1 with %2").replace("%1", occasion).replace("%2", self.stored.name)
        )

    def store_other_notes(self, text: str) -> None:
        """Save what was noted outside any question: the conversation's notes."""
        conversation_lists.save_other_notes(conversation_id=self.conversation_id, text=text)

    def keyed_actions(self) -> dict[str, Callable[[], object]]:
        """Return the walk's actions, and "They suggested someone"."""
        return {**super().keyed_actions(), "referral": self.add_referral}

    def add_referral(self) -> None:
        """They suggested someone: add that person, introduced by the one talked to."""
        self.ui.notes.flush()
        open_referral(self, self.stored.contact_id, self.stored.name)

    def add_conversation(self) -> None:
        """Open the next conversation with the same person (a third talk, a call...)."""
        from infoview_gui.ui.timeline_actions import add_conversation

        self.ui.notes.flush()
        add_conversation(self, self.stored.contact_id)


def open_conversation_mode(
    conversation_id: int,
    parent: QWidget | None,
    events: AppEvents,
    *,
    full_screen: bool = True,
) -> ConversationModeWindow | None:
    """Show a follow-up interview's questions, full screen; bring it forward if already open.

    Returns None (and says why through ``events.saved``) when the conversation is gone.
    """
    found = next(
        (
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, ConversationModeWindow)
            and w.conversation_id == conversation_id
            and w.isVisible()
        ),
        None,
    )
    return bring_or_open(
        found,
        lambda: ConversationModeWindow(conversation_id, events, parent),
        events,
        full_screen=full_screen,
    )
