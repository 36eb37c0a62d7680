"""What I learned: a field's answers by topic, fields side by side, and progress in pictures.

Reached from View > What I learned (Ctrl+8) and from the Fields view's "What I learned"
button, which opens it at the field selected there. One field chooser at the top serves
the answers and the progress; the comparison picks its own two or three fields.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale
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
from infoview_gui.domain.learned import Answer
from infoview_gui.domain.progress import Progress
from infoview_gui.services import fit, learned
from infoview_gui.services.progress import field_progress
from infoview_gui.store import learned_queries
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.loader import Loader
from infoview_gui.ui.refresh import Refresher
from infoview_gui.ui.user_time import system_zone_name, user_today, utc_now
from infoview_gui.ui.views.learned_answers import AnswersPanel
from infoview_gui.ui.views.learned_compare import ComparePanel
from infoview_gui.ui.widgets.header import ViewHeader
from infoview_gui.ui.widgets.labels import plain_label
from infoview_gui.ui.widgets.progress_charts import ProgressCard

if TYPE_CHECKING:
    from infoview_gui.printing.document import Document
    from infoview_gui.printing.preview import ChoosePath

KINDS = Kind.INTERVIEWS | Kind.QUESTION_LISTS | Kind.FIELDS | Kind.RESEARCH | Kind.LEARNED
KINDS |= Kind.CONTACTS | Kind.PROFILE | Kind.SETTINGS | Kind.QUESTIONS
NO_FIELDS = str(
    QT_TRANSLATE_NOOP(
        "LearnedView",
        "Add a career field under Career fields: what you learn about it gathers here.",
    )
)
READING = str(QT_TRANSLATE_NOOP("LearnedView", "Reading what you learned…"))
translate = QCoreApplication.translate


@dataclass(frozen=True)
class Shown:
    """What the view shows of a field: its page, the comparison, the figures."""

    page: learned.FieldPage | None
    comparison: fit.Comparison
    figures: Progress | None
    overall: Progress


def read_shown(field_id: int | None, compared: list[int], today: date, zone: str) -> Shown:
    """Read what the view shows (in a worker thread when the data is big)."""
    page, figures = None, None
    if field_id is not None:
        page = learned.shown_page(field_id=field_id, system_zone=zone)
        figures = field_progress(field_id=field_id, today=today, system_zone=zone)
    return Shown(
        page,
        fit.comparison(field_ids=compared, system_zone=zone),
        figures,
        field_progress(field_id=None, today=today, system_zone=zone),
    )


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
        choose_path: asks where to save a PDF (tests pass a path; None: the usual dialog).
    """

    def __init__(
        self,
        events: AppEvents,
        *,
        now: Callable[[], datetime] = utc_now,
        choose_path: ChoosePath | None = None,
    ) -> None:
        super().__init__()
        self.events, self._now, self.choose_path = events, now, choose_path
        self.page: learned.FieldPage | None = None
        self.header = ViewHeader(
            self.tr("What I learned"),
            self.tr(
                "What your interviews taught you, topic by topic; your fields side by side; "
                "and how far you have come."
            ),
        )
        self.field = QComboBox()
        self.field.setMinimumContentsLength(16)
        self.print_button = QPushButton(self.tr("Print…"))
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.answers = AnswersPanel(events)
        self.compare = ComparePanel(events)
        self.field_card = ProgressCard("")
        self.overall_card = ProgressCard(self.tr("All fields"))
        self.empty = plain_label(translate("LearnedView", NO_FIELDS))
        self.reading = plain_label(translate("LearnedView", READING))
        self.reading.setObjectName("viewDescription")
        self.reading.hide()
        self.tabs = QTabWidget()
        self.loader, self.more_loader = Loader(self), Loader(self)
        self._edited = False
        self.answers.fetch_more = self._fetch_more
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
            (self.answers, self.tr("&Answers by topic")),
            (self.compare, self.tr("Side &by side")),
            (progress, self.tr("&Progress")),
        ):
            self.tabs.addTab(_scrolled(widget, title.replace("&", "")), title)
        label = QLabel(self.tr("Fiel&d"))
        label.setBuddy(self.field)
        self.header.action_row.addWidget(label)
        self.header.action_row.addWidget(self.field)
        self.header.action_row.addWidget(self.print_button)
        self.header.action_row.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(self.header)
        layout.addWidget(self.empty)
        layout.addWidget(self.reading)
        layout.addWidget(self.tabs, 1)

    def _connect_signals(self) -> None:
        self.field.activated.connect(self._on_field_activated)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.pdf_button.clicked.connect(self._on_pdf_button_clicked)
        self.events.learned_requested.connect(self.show_field)
        self.events.changed.connect(self._on_events_changed)
        self.loader.busy.connect(self._on_loader_busy)
        for loader in (self.loader, self.more_loader):
            loader.failed.connect(self.events.saved.emit)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.loader.wait)
            app.aboutToQuit.connect(self.more_loader.wait)

    def is_reading(self) -> bool:
        """Whether a read runs in a worker thread, or what it read is still being built."""
        loading = self.loader.is_busy() or self.more_loader.is_busy()
        return loading or self.answers.is_building()

    def field_id(self) -> int | None:
        """Return the field shown, if any."""
        data = self.field.currentData()
        return None if data is None else int(data)

    def show_field(self, field_id: int) -> None:
        """Show what was learned about ``field_id``."""
        self.refresh(field_id)

    def refresh(self, field_id: int | None = None) -> None:
        """Read the fields, the page of the one chosen, the comparison and the figures.

        The field list is read at once; the rest through the loader (in a worker thread
        when the data is big), and shown when read.
        """
        self.answers.flush()
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
        others = [i for i in ids if i != chosen]
        picked = [i for i in self.compare.chosen() if i in ids] if self.compare.pickers else []
        self.compare.set_choices(fields, picked or ([chosen] if chosen else []) + others)
        compared, zone = self.compare.chosen(), system_zone_name()
        today, _zone = user_today(self._now(), zone)
        self._edited = False
        self.loader.load(lambda: read_shown(chosen, compared, today, zone), self._show)

    def _show(self, shown: Shown) -> None:
        """Show what was read, unless a star or takeaway was saved meanwhile: then read again."""
        self.answers.flush()
        if self._edited:
            self.refresh()
            return
        self.page = shown.page
        self.answers.show_page(shown.page)
        self.compare.show_comparison(shown.comparison)
        if shown.page is not None and shown.figures is not None:
            self.field_card.show_progress(shown.page.name, shown.figures)
        self.field_card.setVisible(shown.page is not None)
        self.overall_card.show_progress(self.tr("All fields"), shown.overall)

    def _fetch_more(
        self, field_id: int, topic: str, after: int, done: Callable[[tuple[Answer, ...]], None]
    ) -> None:
        """Read the next answers of a topic through the loader; show them if still there."""
        section, zone = self.answers.sections.get(topic), system_zone_name()

        def show(answers: tuple[Answer, ...]) -> None:
            if self.answers.sections.get(topic) is section:
                done(answers)

        self.more_loader.load(
            lambda: learned.more_answers(
                field_id=field_id, topic=topic, after=after, system_zone=zone
            ),
            show,
        )

    def document(self) -> Document:
        """Return the printable summary of the field shown (what was just typed saved)."""
        # Printing is imported when first used: it would add a tenth of a second to the
        # first showing of the view.
        from infoview_gui.printing.learned_html import learned_document
        from infoview_gui.services.sheets import paper_size

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
        from infoview_gui.printing.preview import ask_pdf_path
        from infoview_gui.printing.render import RenderError
        from infoview_gui.ui.views.interview_notes import save_pdf

        if self.page is None:
            return ""
        try:
            path = save_pdf(self.document(), self, self.choose_path or ask_pdf_path)
        except RenderError as exc:
            self.events.saved.emit(str(exc))
            return ""
        if path:
            self.events.saved.emit(self.tr("Saved as %1").replace("%1", Path(path).name))
        return path

    def _on_events_changed(self, _changes: object, origin: object) -> None:
        """A star or takeaway typed here: the answers show it; the comparison catches up.

        A read still running may predate it: its result is read again (see ``_show``).
        """
        if isinstance(origin, QWidget) and self.answers.isAncestorOf(origin):
            self._edited = True
            self.compare.refresh()

    def _on_loader_busy(self, busy: bool) -> None:
        self.reading.setVisible(busy)

    def _on_field_activated(self, _index: int) -> None:
        self.refresh(self.field_id())

    def _on_print_button_clicked(self) -> None:
        from infoview_gui.printing.preview import preview_document

        if self.page is not None:
            preview_document(self.document(), self, modal=False)

    def _on_pdf_button_clicked(self) -> None:
        self.save_pdf()
