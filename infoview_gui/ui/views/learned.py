"""What I learned: a field's answers by topic, fields side by side, and progress in pictures.

Reached from View > What I learned (Ctrl+8) and from the Fields view's "What I learned"
button, which opens it at the field selected there. One field chooser at the top serves
the answers and the progress; the comparison picks its own two or three fields.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from infoview_gui.domain.changes import Kind
from infoview_gui.printing.document import Document
from infoview_gui.printing.learned_html import learned_document
from infoview_gui.printing.preview import ChoosePath, ask_pdf_path, preview_document
from infoview_gui.printing.render import RenderError
from infoview_gui.services import learned
from infoview_gui.services.progress import OVERALL, field_progress
from infoview_gui.services.sheets import paper_size
from infoview_gui.store import learned_queries
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.refresh import Refresher
from infoview_gui.ui.user_time import system_zone_name, user_today, utc_now
from infoview_gui.ui.views.interview_notes import save_pdf
from infoview_gui.ui.views.learned_answers import AnswersPanel
from infoview_gui.ui.views.learned_compare import ComparePanel
from infoview_gui.ui.widgets.header import ViewHeader
from infoview_gui.ui.widgets.labels import plain_label
from infoview_gui.ui.widgets.progress_charts import ProgressCard

KINDS = Kind.INTERVIEWS | Kind.QUESTION_LISTS | Kind.FIELDS | Kind.RESEARCH | Kind.LEARNED
KINDS |= Kind.CONTACTS | Kind.PROFILE | Kind.SETTINGS | Kind.QUESTIONS
NO_FIELDS = "Add a career field under Career fields: what you learn about it gathers here."


def _scrolled(widget: QWidget, name: str) -> QScrollArea:
    area = QScrollArea()
    area.setAccessibleName(name)
    area.setWidgetResizable(True)
    area.setWidget(widget)
    return area


class LearnedView(QWidget):
    """A field's answers by topic, fields side by side, and progress in pictures.

    Args:
        events: the window's events.
        now: returns the present moment (tests pass a fixed one).
        choose_path: asks where to save a PDF (tests pass a path).
    """

    def __init__(
        self,
        events: AppEvents,
        *,
        now: Callable[[], datetime] = utc_now,
        choose_path: ChoosePath = ask_pdf_path,
    ) -> None:
        super().__init__()
        self.events, self._now, self.choose_path = events, now, choose_path
        self.page: learned.FieldPage | None = None
        self.header = ViewHeader(
            "What I learned",
            "What your interviews taught you, topic by topic; your fields side by side; "
            "and how far you have come.",
        )
        self.field = QComboBox()
        self.field.setMinimumContentsLength(16)
        self.print_button = QPushButton("Print…")
        self.pdf_button = QPushButton("Save as PDF…")
        self.answers = AnswersPanel(events)
        self.compare = ComparePanel(events)
        self.field_card = ProgressCard("")
        self.overall_card = ProgressCard(OVERALL)
        self.empty = plain_label(NO_FIELDS)
        self.tabs = QTabWidget()
        self._lay_out()
        self._connect_signals()
        self.refresher = Refresher(self, events, KINDS, lambda _changes: self.refresh())

    def _lay_out(self) -> None:
        progress = QWidget()
        cards = QHBoxLayout(progress)
        cards.setSpacing(28)
        cards.addWidget(self.field_card, 1)
        cards.addWidget(self.overall_card, 1)
        for widget, title in (
            (self.answers, "&Answers by topic"),
            (self.compare, "Side &by side"),
            (progress, "&Progress"),
        ):
            self.tabs.addTab(_scrolled(widget, title.replace("&", "")), title)
        label = QLabel("Fiel&d")
        label.setBuddy(self.field)
        self.header.action_row.addWidget(label)
        self.header.action_row.addWidget(self.field)
        self.header.action_row.addWidget(self.print_button)
        self.header.action_row.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(self.header)
        layout.addWidget(self.empty)
        layout.addWidget(self.tabs, 1)

    def _connect_signals(self) -> None:
        self.field.activated.connect(self._on_field_activated)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.pdf_button.clicked.connect(self._on_pdf_button_clicked)
        self.events.learned_requested.connect(self.show_field)
        self.events.changed.connect(self._on_events_changed)

    def field_id(self) -> int | None:
        """Return the field shown, if any."""
        data = self.field.currentData()
        return None if data is None else int(data)

    def show_field(self, field_id: int) -> None:
        """Show what was learned about ``field_id``."""
        self.refresh(field_id)

    def refresh(self, field_id: int | None = None) -> None:
        """Read the fields, the page of the one chosen, the comparison and the figures."""
        keep = field_id if field_id is not None else self.field_id()
        fields = [(int(i), str(n)) for i, n, _s in learned_queries.field_names()]
        self.field.clear()
        for row_id, name in fields:
            self.field.addItem(name, row_id)
        ids = [row_id for row_id, _name in fields]
        self.field.setCurrentIndex(ids.index(keep) if keep in ids else 0)
        for widget in (self.tabs, self.field, self.print_button, self.pdf_button):
            widget.setVisible(bool(fields))
        self.empty.setVisible(not fields)
        chosen = self.field_id()
        self._show_page(chosen)
        others = [i for i in ids if i != chosen]
        picked = [i for i in self.compare.chosen() if i in ids] if self.compare.pickers else []
        self.compare.set_choices(fields, picked or ([chosen] if chosen else []) + others)
        self.compare.refresh()
        self._show_progress()

    def _show_page(self, field_id: int | None) -> None:
        system_zone = system_zone_name()
        self.page = (
            None
            if field_id is None
            else learned.field_page(field_id=field_id, system_zone=system_zone)
        )
        self.answers.show_page(self.page)

    def _show_progress(self) -> None:
        today, _zone = user_today(self._now(), system_zone_name())
        if self.page is not None:
            figures = field_progress(field_id=self.page.field_id, today=today)
            self.field_card.show_progress(self.page.name, figures)
        self.field_card.setVisible(self.page is not None)
        self.overall_card.show_progress(OVERALL, field_progress(field_id=None, today=today))

    def document(self) -> Document:
        """Return the printable summary of the field shown (what was just typed saved)."""
        self.answers.flush()
        shown = self.page
        assert shown is not None
        page = learned.field_page(field_id=shown.field_id, system_zone=system_zone_name())
        return learned_document(
            page.name,
            page.people,
            page.groups,
            page.checks,
            paper_size(locale_name=QLocale().name()),
        )

    def save_pdf(self) -> str:
        """Ask where, then save the field's summary as a PDF; return the path ("" if not)."""
        if self.page is None:
            return ""
        try:
            path = save_pdf(self.document(), self, self.choose_path)
        except RenderError as exc:
            self.events.saved.emit(str(exc))
            return ""
        if path:
            self.events.saved.emit(f"Saved as {Path(path).name}")
        return path

    def _on_events_changed(self, _changes: object, origin: object) -> None:
        """A star or takeaway typed here: the answers show it; the rest catches up."""
        if isinstance(origin, QWidget) and self.answers.isAncestorOf(origin):
            self.compare.refresh()
            self._show_progress()

    def _on_field_activated(self, _index: int) -> None:
        self.refresh(self.field_id())

    def _on_print_button_clicked(self) -> None:
        if self.page is not None:
            preview_document(self.document(), self, modal=False)

    def _on_pdf_button_clicked(self) -> None:
        self.save_pdf()
