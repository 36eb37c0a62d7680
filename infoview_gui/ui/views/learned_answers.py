"""A field's answers by topic: who said what and when, stars, takeaways, research checked.

Each topic shows the user's takeaway (saved as typed) and every answer with a star button;
below them the research lines to verify, each with what was heard in the interviews, what
the user noted was said, and their mark (confirmed, corrected, still open).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from infoview_gui.domain.errors import DomainError, NotFoundError
from infoview_gui.domain.learned import Answer, ResearchCheck, TopicGroup, VerifyMark
from infoview_gui.printing.learned_html import day_text
from infoview_gui.services import learned
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.save_status import pending_edits, run_action
from infoview_gui.ui.text_roles import TextRole
from infoview_gui.ui.widgets.choices import enum_combo
from infoview_gui.ui.widgets.labels import heading_label, plain_label
from infoview_gui.ui.widgets.typed_notes import TypedNotes

STARRED, NOT_STARRED = "★", "☆"
TAKEAWAY_LINES = 3


def who_text(answer: Answer) -> str:
    """Return who said an answer and when: ``— Ana Ruiz, 5 Mar 2026``."""
    when = day_text(answer.when)
    return f"— {answer.who}" + (f", {when}" if when else "")


class TakeawayEditor(TypedNotes):
    """The user's takeaway on one topic of a field, saved as typed."""

    def __init__(self, events: AppEvents, field_id: int, group: TopicGroup) -> None:
        super().__init__()
        self.events, self.field_id, self.topic = events, field_id, group.topic
        self.setAccessibleName(f"My takeaway: {group.label}")
        self.setPlaceholderText("My takeaway on this topic, in my own words…")
        self.setFixedHeight(self.fontMetrics().lineSpacing() * TAKEAWAY_LINES + 14)
        self.show_text(group.takeaway)
        pending_edits(events).register(self, self.flush, what="Your takeaway")

    def can_save(self) -> bool:
        """A takeaway always belongs to its field and topic."""
        return True

    def flush(self) -> bool:
        """Save the takeaway now if it changed; False when refused (the text stays)."""
        self._timer.stop()
        if not self.dirty:
            return True
        try:
            learned.save_takeaway(field_id=self.field_id, topic=self.topic, text=self.toPlainText())
        except NotFoundError:
            self.saved()  # the field was deleted: nothing to save into
            return True
        except DomainError as exc:
            self.events.saved.emit(str(exc))
            return False
        self.saved()
        self.events.publish(origin=self)
        self.events.saved.emit("Takeaway saved")
        return True


class AnswerRow(QWidget):
    """One answer: a star button, the words, and who said it when."""

    def __init__(self, events: AppEvents, answer: Answer) -> None:
        super().__init__()
        self.events, self.answer = events, answer
        self.text = plain_label(answer.text.strip())
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.who = plain_label(who_text(answer))
        self.who.setObjectName("viewDescription")
        words = QVBoxLayout()
        words.setSpacing(0)
        words.addWidget(self.text)
        words.addWidget(self.who)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        self.star: QToolButton | None = None
        if answer.item_id:  # other notes belong to no question: nothing to star
            self.star = QToolButton()
            self.star.setCheckable(True)
            self.star.setChecked(answer.starred)
            self._show_star()
            self.star.toggled.connect(self._on_star_toggled)
            layout.addWidget(self.star, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(words, 1)

    def _show_star(self) -> None:
        if self.star is None:
            return
        starred = self.star.isChecked()
        self.star.setText(STARRED if starred else NOT_STARRED)
        action = "Unstar" if starred else "Star"
        self.star.setAccessibleName(f"{action} the answer of {self.answer.who}")
        self.star.setToolTip(f"{action} this answer")

    def _on_star_toggled(self, starred: bool) -> None:
        item_id = self.answer.item_id
        if run_action(
            self.events,
            lambda: learned.set_star(item_id=item_id, starred=starred),
            saved="Answer starred" if starred else "Star taken away",
            origin=self,
        ):
            self._show_star()


class CheckRow(QWidget):
    """A research line to verify: what was heard, what the user noted, and their mark."""

    def __init__(self, events: AppEvents, check: ResearchCheck) -> None:
        super().__init__()
        self.events, self.check = events, check
        self.line = plain_label(check.line)
        self.line.setObjectName("researchLine")
        self.mark: QComboBox = enum_combo(VerifyMark, check.mark.value)
        mark_label = QLabel("Mark")
        mark_label.setBuddy(self.mark)
        self.said = QLineEdit(check.said)
        self.said.setAccessibleName(f"What was said: {check.line}")
        self.said.setPlaceholderText("What was said about it")
        row = QHBoxLayout()
        row.addWidget(mark_label)
        row.addWidget(self.mark)
        row.addWidget(self.said, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.line)
        for answer in check.heard:
            heard = plain_label(f"{answer.text.strip()} {who_text(answer)}")
            heard.setObjectName("viewDescription")
            layout.addWidget(heard)
        layout.addLayout(row)
        self.mark.activated.connect(self._save)
        self.said.editingFinished.connect(self._save)

    def _save(self, *_args: object) -> None:
        mark, said, item_id = (
            VerifyMark(self.mark.currentData()),
            self.said.text(),
            self.check.item_id,
        )
        run_action(
            self.events,
            lambda: learned.check_research(item_id=item_id, mark=mark, said=said),
            saved=f"Marked {mark.label.lower()}",
            origin=self,
        )


class AnswersPanel(QWidget):
    """The answers of one field by topic, then its research lines to verify."""

    def __init__(self, events: AppEvents) -> None:
        super().__init__()
        self.events = events
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(0, 0, 8, 0)
        self.takeaways: dict[str, TakeawayEditor] = {}
        self.answer_rows: dict[str, list[AnswerRow]] = {}
        self.check_rows: list[CheckRow] = []

    def flush(self) -> None:
        """Save every takeaway being typed."""
        for editor in self.takeaways.values():
            editor.flush()

    def show_page(self, page: learned.FieldPage | None) -> None:
        """Show a field's page (None: nothing)."""
        self.flush()
        self._clear()
        if page is None:
            return
        if not page.groups:
            self.body.addWidget(
                plain_label(
                    f"Nothing learned about {page.name} yet: once an interview is held, what "
                    "you noted under each question appears here, grouped by topic."
                )
            )
        for group in page.groups:
            self._add_group(page.field_id, group)
        if page.checks:
            self.body.addWidget(heading_label("Research to verify", role=TextRole.TITLE))
            for check in page.checks:
                row = CheckRow(self.events, check)
                self.check_rows.append(row)
                self.body.addWidget(row)
        self.body.addStretch(1)

    def _add_group(self, field_id: int, group: TopicGroup) -> None:
        self.body.addWidget(heading_label(group.label, role=TextRole.TITLE))
        editor = TakeawayEditor(self.events, field_id, group)
        self.takeaways[group.topic] = editor
        self.body.addWidget(editor)
        rows = self.answer_rows[group.topic] = []
        for answer in group.answers:
            row = AnswerRow(self.events, answer)
            rows.append(row)
            self.body.addWidget(row)
        self.body.addSpacing(10)

    def _clear(self) -> None:
        for editor in self.takeaways.values():
            pending_edits(self.events).unregister(editor)
        self.takeaways, self.answer_rows, self.check_rows = {}, {}, []
        while self.body.count():
            item = self.body.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
