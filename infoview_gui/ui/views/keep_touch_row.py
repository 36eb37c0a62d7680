"""Home's rows for keeping in touch: who is due an update, the drafted email, and its buttons.

Each row says who and since when, shows the first line of the drafted update, and offers
to open it in the mail program or copy it, "I did it" (logs the update: the next reminder
counts from today) and "Not now" (puts the reminder off for two weeks, as its label says).
Made once the window is painted, like the agenda's rows.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from infoview_gui.domain.agenda import day_text
from infoview_gui.domain.i18n import _
from infoview_gui.services import keep_touch
from infoview_gui.services.keep_touch import DueUpdate
from infoview_gui.ui.dialogs.mail_program import UrlOpener, open_email, open_url
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.save_status import run_action
from infoview_gui.ui.widgets.labels import plain_label

translate = QCoreApplication.translate
TAG = str(QT_TRANSLATE_NOOP("KeepTouchRow", "IN TOUCH"))
_UPDATE_GAP = "[what you have done with it, e.g. started a portfolio]"
"""The gap the drafted update leaves for the user (``drafts.keep_touch_update``'s words)."""


class TouchAction(StrEnum):
    """What a button of a keep-in-touch row does."""

    OPEN = "open"
    COPY = "copy"
    DONE = "done"
    NOT_NOW = "not_now"


LABELS = {
    TouchAction.OPEN: str(QT_TRANSLATE_NOOP("KeepTouchRow", "Open in mail program")),
    TouchAction.COPY: str(QT_TRANSLATE_NOOP("KeepTouchRow", "Copy update")),
    TouchAction.DONE: str(QT_TRANSLATE_NOOP("KeepTouchRow", "I did it")),
    # domain.keep_touch.SNOOZE_DAYS
    TouchAction.NOT_NOW: str(QT_TRANSLATE_NOOP("KeepTouchRow", "Not now (two weeks)")),
}
"""The buttons' words, translated where shown."""


def draft_line(update: DueUpdate) -> str:
    """Return the line of the drafted update that says what it is about."""
    gap = _(_UPDATE_GAP)  # in the draft's language
    lines = [line for line in update.draft.body.split("\n\n") if gap in line]
    shown = lines[0] if lines else update.draft.subject
    return translate("KeepTouchRow", "Draft: %1").replace("%1", shown)


class KeepTouchRow(QFrame):
    """One contact due an update: the sentence, the draft's first line, and the buttons.

    Signals:
        action_requested(str, object): a button of this row (a ``TouchAction``) was
            clicked for its ``DueUpdate``.
    """

    action_requested = Signal(str, object)

    def __init__(self, update: DueUpdate) -> None:
        super().__init__()
        self.update_due = update
        self.setObjectName("agendaRow")
        self.setProperty("urgency", "today")
        tag = plain_label(translate("KeepTouchRow", TAG), wrap=False)
        tag.setObjectName("agendaTag")
        tag.setFixedWidth(78)
        self.sentence = plain_label(update.sentence)
        self.sentence.setObjectName("agendaSentence")
        self.sentence.setProperty("urgency", "today")
        self.draft = plain_label(draft_line(update))
        self.draft.setObjectName("viewDescription")
        # The four buttons go under the words: beside them, they left the sentence a narrow
        # column (German's longer labels most of all).
        buttons = QHBoxLayout()
        self.buttons: dict[TouchAction, QPushButton] = {}
        for action, label in LABELS.items():
            button = QPushButton(translate("KeepTouchRow", label))
            button.setObjectName(f"touch_{action.value}")
            button.clicked.connect(lambda _=False, chosen=action: self._on_clicked(chosen))
            buttons.addWidget(button)
            self.buttons[action] = button
        buttons.addStretch(1)
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(self.sentence)
        words.addWidget(self.draft)
        words.addSpacing(4)
        words.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 7, 10, 7)
        layout.addWidget(tag)
        layout.addLayout(words, 1)
        self.buttons[TouchAction.NOT_NOW].setToolTip(
            translate(
                "KeepTouchRow", "Hide this reminder for two weeks; it comes back on a business day."
            )
        )

    def _on_clicked(self, action: TouchAction) -> None:
        self.action_requested.emit(action.value, self.update_due)


class KeepTouchActions:
    """Does what a keep-in-touch row's buttons stand for, through the action runner."""

    def __init__(
        self,
        events: AppEvents,
        parent: QWidget,
        today: Callable[[], date],
        opener: UrlOpener | None = None,
    ) -> None:
        self.events, self.parent, self.today = events, parent, today
        self.opener: UrlOpener = opener or open_url

    def run(self, action: str, update: DueUpdate) -> None:
        """Do ``action`` (a ``TouchAction`` value) for ``update``."""
        chosen = TouchAction(action)
        if chosen is TouchAction.OPEN:
            open_email(self.parent, self.opener, update.email, update.draft)
        elif chosen is TouchAction.COPY:
            QGuiApplication.clipboard().setText(update.draft.body)
            copied = translate("KeepTouchActions", "Update to %1 copied")
            self.events.saved.emit(copied.replace("%1", update.name))
        elif chosen is TouchAction.DONE:
            self.log(update)
        else:
            self.put_off(update)

    def log(self, update: DueUpdate) -> None:
        """Record the update as sent today; the next reminder counts from it."""
        kept = []
        run_action(
            self.events,
            lambda: kept.append(
                keep_touch.log_update(contact_id=update.contact_id, on=self.today())
            ),
            saved="",
            parent=self.parent,
        )
        if kept and kept[0].next_due is not None:
            said = translate("KeepTouchActions", "Update to %1 logged: next reminder on %2")
            due = day_text(kept[0].next_due)
            self.events.saved.emit(said.replace("%1", update.name).replace("%2", due))

    def put_off(self, update: DueUpdate) -> None:
        """Put the reminder off for two weeks."""
        back: list[date] = []
        run_action(
            self.events,
            lambda: back.append(
                keep_touch.not_now(contact_id=update.contact_id, today=self.today())
            ),
            saved="",
            parent=self.parent,
        )
        if back:
            said = translate("KeepTouchActions", "%1: reminder put off until %2")
            self.events.saved.emit(said.replace("%1", update.name).replace("%2", day_text(back[0])))
