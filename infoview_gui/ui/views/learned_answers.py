"""A field's answers by topic: who said what and when, stars, takeaways, research checked.

Each topic shows the user's takeaway (saved as typed) and its answers with a star button,
the starred first, the first ``SHOWN`` of them and ``MORE`` more on each "Show more";
below them the research lines to verify, each with what was heard in the interviews, what
the user noted was said, and their mark (confirmed, corrected, still open).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QEnterEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from infoview_gui.domain.errors import DomainError, NotFoundError
from infoview_gui.domain.learned import Answer, ResearchCheck, TopicGroup, VerifyMark
from infoview_gui.printing.learned_html import day_text
from infoview_gui.services import learned
from infoview_gui.services.learned import MORE
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.save_status import pending_edits, run_action
from infoview_gui.ui.text_roles import TextRole
from infoview_gui.ui.widgets.choices import enum_combo
from infoview_gui.ui.widgets.labels import heading_label, plain_label
from infoview_gui.ui.widgets.layouts import remove_widgets
from infoview_gui.ui.widgets.typed_notes import TypedNotes

STARRED, NOT_STARRED = "★", "☆"
ROWS_AT_ONCE = 20
"""A page of more answers than this is built a few topics per turn of the event loop."""
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
        self.setAccessibleName(self.tr("My takeaway: %1").replace("%1", group.label))
        self.setPlaceholderText(self.tr("My takeaway on this topic, in my own words…"))
        self.setFixedHeight(self.fontMetrics().lineSpacing() * TAKEAWAY_LINES + 14)
        self.show_text(group.takeaway)
        pending_edits(events).register(self, self.flush, what=self.tr("Your takeaway"))

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
        self.events.saved.emit(self.tr("Takeaway saved"))
        return True


class AnswerRow(QWidget):
    """One answer: a star button, the words, and who said it when."""

    def __init__(self, events: AppEvents, answer: Answer) -> None:
        super().__init__()
        self.events, self.answer = events, answer
        self.text = plain_label(answer.text.strip())
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

    def enterEvent(self, event: QEnterEvent) -> None:
        """Let the mouse select the words once it comes near them.

        A selectable label lays its text out in a text document, twice the work of a
        plain one: a page of answers is built plain and each answer turns selectable
        when the mouse enters it, before any press can start a selection.
        """
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        super().enterEvent(event)

    def _show_star(self) -> None:
        if self.star is None:
            return
        starred = self.star.isChecked()
        self.star.setText(STARRED if starred else NOT_STARRED)
        if starred:
            name, tip = self.tr("Unstar the answer of %1"), self.tr("Unstar this answer")
        else:
            name, tip = self.tr("Star the answer of %1"), self.tr("Star this answer")
        self.star.setAccessibleName(name.replace("%1", self.answer.who))
        self.star.setToolTip(tip)

    def _on_star_toggled(self, starred: bool) -> None:
        item_id = self.answer.item_id
        if run_action(
            self.events,
            lambda: learned.set_star(item_id=item_id, starred=starred),
            saved=self.tr("Answer starred") if starred else self.tr("Star taken away"),
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
        mark_label = QLabel(self.tr("Mark"))
        mark_label.setBuddy(self.mark)
        self.said = QLineEdit(check.said)
        self.said.setAccessibleName(self.tr("What was said: %1").replace("%1", check.line))
        self.said.setPlaceholderText(self.tr("What was said about it"))
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
            saved=self.tr("Marked %1").replace("%1", mark.label.lower()),
            origin=self,
        )


class TopicSection(QWidget):
    """One topic: its heading, the user's takeaway, its answers shown, and "Show more".

    Signals:
        more_wanted(str, int): the user asked for more answers of the topic (topic, how
            many are shown).
    """

    more_wanted = Signal(str, int)

    def __init__(self, events: AppEvents, field_id: int, group: TopicGroup) -> None:
        super().__init__()
        self.events, self.group = events, group
        self.takeaway = TakeawayEditor(events, field_id, group)
        self.rows: list[AnswerRow] = []
        self.more_button = QPushButton()
        self.more_button.clicked.connect(self._on_more_button_clicked)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 10)
        self.layout_.addWidget(heading_label(group.label, role=TextRole.TITLE))
        self.layout_.addWidget(self.takeaway)
        self.layout_.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.add_answers(group.answers)

    def hidden(self) -> int:
        """How many answers of the topic are not shown yet."""
        return max(0, self.group.total - len(self.rows))

    def add_answers(self, answers: tuple[Answer, ...]) -> None:
        """Show ``answers`` after those shown, and say how many are left."""
        before = len(self.rows)
        for answer in answers:
            row = AnswerRow(self.events, answer)
            self.rows.append(row)
            self.layout_.insertWidget(self.layout_.count() - 1, row)
        hidden = self.hidden()
        more = min(MORE, hidden)
        locale = QLocale()
        self.more_button.setText(
            self.tr("Show %n more (%1 of %2 not shown yet)", "", more)
            .replace("%1", locale.toString(hidden))
            .replace("%2", locale.toString(self.group.total))
        )
        self.more_button.setAccessibleName(
            self.tr("Show %n more answer(s) on %1", "", more).replace("%1", self.group.label)
        )
        if self.more_button.hasFocus() and not hidden and len(self.rows) > before:
            self._focus_row(before)
        self.more_button.setVisible(bool(hidden))

    def _focus_row(self, index: int) -> None:
        """Give the keyboard focus to the star of the first answer just shown."""
        star = self.rows[index].star
        (star if star is not None else self.takeaway).setFocus()

    def _on_more_button_clicked(self) -> None:
        self.more_wanted.emit(self.group.topic, len(self.rows))


class AnswersPanel(QWidget):
    """The answers of one field by topic, then its research lines to verify.

    A topic shows its first ``SHOWN`` answers (starred first) and a "Show more" button
    that adds the next ones: the widgets built grow with what the user asked to see.
    ``fetch_more(field_id, topic, shown, done)`` reads them; the view sets it (by default
    it reads at once).
    """

    def __init__(self, events: AppEvents) -> None:
        super().__init__()
        self.events = events
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(0, 0, 8, 0)
        self.field_id = 0
        self.sections: dict[str, TopicSection] = {}
        self.check_rows: list[CheckRow] = []
        self.fetch_more: Callable[[int, str, int, Callable[[tuple[Answer, ...]], None]], None]
        self.fetch_more = _read_more
        self.content = QVBoxLayout()
        self._waiting: list[TopicGroup | tuple[str, tuple[ResearchCheck, ...]]] = []
        self._next = QTimer(self)
        self._next.setSingleShot(True)
        self._next.setInterval(0)
        self._next.timeout.connect(self._build_some)

    @property
    def takeaways(self) -> dict[str, TakeawayEditor]:
        """The takeaway editor of each topic shown."""
        return {topic: section.takeaway for topic, section in self.sections.items()}

    @property
    def answer_rows(self) -> dict[str, list[AnswerRow]]:
        """The answers shown under each topic."""
        return {topic: section.rows for topic, section in self.sections.items()}

    def flush(self) -> None:
        """Save every takeaway being typed."""
        for editor in self.takeaways.values():
            editor.flush()

    def show_page(self, page: learned.FieldPage | None) -> None:
        """Show a field's page (None: nothing).

        Up to ``ROWS_AT_ONCE`` answers are built at once (a student's page, whole); a
        bigger page gets the rest a topic or two per turn of the event loop, so the
        window never stops for long.
        """
        self.flush()
        self._clear()
        content = QWidget()
        self.content = QVBoxLayout(content)
        self.content.setContentsMargins(0, 0, 0, 0)
        self.content.addStretch(1)
        self.body.addWidget(content)
        if page is None:
            return
        self.field_id = page.field_id
        if not page.groups:
            self._add(
                plain_label(
                    self.tr(
                        "Nothing learned about %1 yet: once an interview is held, what you "
                        "noted under each question appears here, grouped by topic."
                    ).replace("%1", page.name)
                )
            )
        checks = [("checks", page.checks)] if page.checks else []
        self._waiting = [*page.groups, *checks]
        self._build_some()

    def is_building(self) -> bool:
        """Whether topics of the page are still to be built."""
        return bool(self._waiting)

    def _build_some(self) -> None:
        """Build topics until ``ROWS_AT_ONCE`` answers; the rest at the next turn."""
        built = 0
        while self._waiting:
            part = self._waiting[0]
            rows = len(part.answers) if isinstance(part, TopicGroup) else len(part[1])
            if built and built + rows > ROWS_AT_ONCE:
                self._next.start()
                return
            self._waiting.pop(0)
            built += rows
            if isinstance(part, TopicGroup):
                self._add_section(part)
            else:
                self._add_checks(part[1])

    def _add(self, widget: QWidget) -> None:
        self.content.insertWidget(self.content.count() - 1, widget)

    def _add_section(self, group: TopicGroup) -> None:
        section = self.sections[group.topic] = TopicSection(self.events, self.field_id, group)
        section.more_wanted.connect(self._on_section_more_wanted)
        self._add(section)

    def _add_checks(self, checks: tuple[ResearchCheck, ...]) -> None:
        self._add(heading_label(self.tr("Research to verify"), role=TextRole.TITLE))
        for check in checks:
            row = CheckRow(self.events, check)
            self.check_rows.append(row)
            self._add(row)

    def _on_section_more_wanted(self, topic: str, shown: int) -> None:
        section = self.sections.get(topic)
        if section is not None:
            self.fetch_more(self.field_id, topic, shown, section.add_answers)

    def _clear(self) -> None:
        for editor in self.takeaways.values():
            pending_edits(self.events).unregister(editor)
        self.sections, self.check_rows, self._waiting = {}, [], []
        self._next.stop()
        remove_widgets(self.body)


def _read_more(
    field_id: int, topic: str, shown: int, done: Callable[[tuple[Answer, ...]], None]
) -> None:
    """Read the next answers of a topic at once and show them."""
    done(learned.more_answers(field_id=field_id, topic=topic, after=shown))
