"""Home: the counts, then one list of what to do next, most urgent first.

Home is the first view shown, so it imports only what the list needs; the dialogs its
buttons open are imported when a button is clicked.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from infoview_gui.domain.changes import Kind
from infoview_gui.domain.getting_started import Suggestion, getting_started, greeting
from infoview_gui.services.profile import load_profile
from infoview_gui.services.user_zone import user_zone
from infoview_gui.store import overview
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.refresh import Refresher
from infoview_gui.ui.text_roles import TextRole
from infoview_gui.ui.user_time import dialog_options, system_zone_name, user_today, utc_now
from infoview_gui.ui.views.count_tile import CountTile
from infoview_gui.ui.views.ids import ViewId
from infoview_gui.ui.widgets.header import ViewHeader
from infoview_gui.ui.widgets.labels import heading_label, plain_label
from infoview_gui.ui.widgets.layouts import remove_widgets

if TYPE_CHECKING:
    from infoview_gui.domain.agenda import Action, Agenda, AgendaItem, ItemKind
    from infoview_gui.services.keep_touch import DueUpdate, DueUpdates
    from infoview_gui.ui.asking_actions import AskingFlow
    from infoview_gui.ui.dialogs.mail_program import UrlOpener
    from infoview_gui.ui.loader import Loader
    from infoview_gui.ui.views.agenda_row import AgendaRow
    from infoview_gui.ui.views.keep_touch_row import KeepTouchRow

MAX_ROWS = 30
translate = QCoreApplication.translate


def _agenda_and_updates(now: datetime, zone: ZoneInfo, today: date) -> tuple[Agenda, DueUpdates]:
    """Read the agenda's first items and the updates due (Home's list; any thread)."""
    from infoview_gui.services import agenda, keep_touch

    return (
        agenda.agenda(now=now, zone=zone, limit=MAX_ROWS),
        keep_touch.due_updates(today=today, limit=MAX_ROWS),
    )


_OVERDUE_SUMMARY = "font-weight: bold;"  # its colour: agendaCounts in style.py


class HomeView(QWidget):
    """Counts at the top, then what to do next, most urgent first.

    Args:
        events: the window's shared signals.
        now: returns the present moment (tests pass a fixed one).
        system_zone: returns the computer's time zone name, used when the profile has none.
        opener: opens the ``mailto:`` links of the dialogs (tests pass a recorder).
        welcomed_before: an earlier start of this data folder greeted the user, so the
            title says "Welcome back" (as it does for a data file holding the user's work).

    Signals:
        profile_requested: the user wants to fill in the profile.
        print_sheet_requested(int): print the question sheet of this interview.
        start_interview_requested(int): open interview mode for this interview.
        dialog_opened(QDialog): a dialog opened from a row is now shown.
    """

    profile_requested = Signal()
    print_sheet_requested = Signal(int)
    start_interview_requested = Signal(int)
    dialog_opened = Signal(QDialog)

    def __init__(
        self,
        events: AppEvents,
        *,
        now: Callable[[], datetime] = utc_now,
        system_zone: Callable[[], str] = system_zone_name,
        opener: UrlOpener | None = None,
        welcomed_before: bool = False,
    ) -> None:
        super().__init__()
        self.events = events
        self._now, self._system_zone, self._opener = now, system_zone, opener
        self._shown: tuple[date, ZoneInfo] | None = None  # the local day last shown
        self._flow: AskingFlow | None = None
        # "Welcome back": an earlier start greeted the user, or left work in the data file.
        self.welcomed_before = welcomed_before
        self._returning: bool | None = None
        self.rows: list[AgendaRow] = []
        self.touch_rows: list[KeepTouchRow] = []
        self.agenda_waits = False  # True at start-up until show_agenda: counts paint first
        self.header = ViewHeader(
            greeting("", returning=False),
            translate(
                "HomeView",
                "Learn what a career is really like by talking with people who do the work.",
            ),
        )
        self.tiles = {
            "fields": CountTile(
                lambda n: self.tr("%n career field(s)", "", n), ViewId.FIELDS, events
            ),
            "contacts": CountTile(
                lambda n: self.tr("%n contact(s)", "", n), ViewId.CONTACTS, events
            ),
            "interviews": CountTile(
                lambda n: self.tr("%n interview(s)", "", n), ViewId.INTERVIEWS, events
            ),
            "questions": CountTile(
                lambda n: self.tr("%n question(s)", "", n), ViewId.QUESTIONS, events
            ),
        }
        self.next_title = heading_label(
            translate("HomeView", "What to do next"), role=TextRole.SECTION
        )
        self.summary = plain_label()
        self.summary.setObjectName("agendaCounts")
        self.list_layout = QVBoxLayout()
        self.list_layout.setSpacing(6)
        self._build()
        self._loader: Loader | None = None  # made at the first read: after the first paint
        # Home sums up everything; the day's list is also remade on a new day (showEvent).
        # Not stale at first: showEvent reads it when first shown (a new day, as it knows)
        self.refresher = Refresher(
            self, events, Kind.ALL, lambda _changes: self.refresh(), stale=False
        )

    def _build(self) -> None:
        grid = QGridLayout()
        for column, tile in enumerate(self.tiles.values()):
            grid.addWidget(tile, 0, column)
        content = QWidget()
        content.setObjectName("agendaContent")
        self.agenda_content = content
        column_layout = QVBoxLayout(content)
        column_layout.setContentsMargins(0, 0, 6, 0)
        column_layout.addLayout(self.list_layout)
        column_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("agendaScroll")
        scroll.setAccessibleName(translate("HomeView", "What to do next"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(self.header)
        layout.addLayout(grid)
        layout.addSpacing(14)
        layout.addWidget(self.next_title)
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)

    def refresh(self) -> None:
        """Re-read the counts and the list."""
        counts = overview.counts()
        for key, tile in self.tiles.items():
            tile.show_count(getattr(counts, key))
        profile = load_profile()
        first = profile.name.split(" ")[0] if profile.name else ""
        if self._returning is None:  # decided once a start: the first start stays "Welcome"
            earlier_work = counts.fields or counts.contacts or counts.interviews
            self._returning = self.welcomed_before or bool(earlier_work) or not profile.is_empty
        self.header.title.setText(greeting(first, returning=self._returning))
        if self.agenda_waits:  # start-up: the list is read once the window is painted
            self._show_summary([], False)
            remove_widgets(self.list_layout)
            self.list_layout.addWidget(
                plain_label(translate("HomeView", "Reading what to do next…"))
            )
            return
        self._read_agenda(counts, has_profile=not profile.is_empty)

    def _read_agenda(self, counts: overview.Counts, *, has_profile: bool) -> None:
        """Read the list (in a worker thread when the data is big), then show it.

        The list on screen stays until the new one is read.
        """
        zone, now = user_zone(system_zone=self._system_zone()), self._now()
        self._shown = (now.astimezone(zone).date(), zone)
        today = self._shown[0]
        self.loader().load(
            lambda: _agenda_and_updates(now, zone, today),
            lambda read: self._show_agenda(read, counts, has_profile=has_profile),
        )

    def loader(self) -> Loader:
        """Return what reads the list, made when first needed."""
        if self._loader is None:
            from infoview_gui.ui.loader import Loader

            self._loader = Loader(
                self,
                doing=translate("HomeView", "read what to do next"),
                kept=translate("HomeView", "Nothing was changed."),
            )
            self._loader.failed.connect(self.events.saved.emit)
        return self._loader

    def is_reading(self) -> bool:
        """Whether the list is being read in a worker thread."""
        return self._loader is not None and self._loader.is_busy()

    def _show_agenda(
        self, read: tuple[Agenda, DueUpdates], counts: overview.Counts, *, has_profile: bool
    ) -> None:
        from infoview_gui.domain.agenda import ItemKind

        agenda, due = read
        steps = getting_started(
            fields=counts.fields,
            contacts=counts.contacts,
            interviews=counts.interviews,
            has_profile=has_profile,
        )
        if agenda.of_kind(ItemKind.EMPTY_FIELD):  # the field rows say it, per field
            steps = [step for step in steps if step.step != 2]
        phrases = agenda.counts.phrases()
        if due.total:
            phrases.append(self.tr("%n update(s) to send", "", due.total))
        self._show_summary(phrases, agenda.counts.overdue > 0)
        self._show_list(list(agenda.items), steps, agenda.total, due)

    def show_agenda(self) -> None:
        """Read the list that waited for the first paint (when shown; else when next shown)."""
        if self.agenda_waits:
            self.agenda_waits = False  # True at start-up until show_agenda: counts paint first
            if self.isVisible():
                self.refresh()

    def _show_summary(self, phrases: list[str], overdue: bool) -> None:
        self.summary.setText(" · ".join(phrases))
        self.summary.setVisible(bool(phrases))
        self.summary.setProperty("overdue", "true" if overdue else "false")
        # An inline style sheet re-polishes the label without asking Python for its QStyle.
        self.summary.setStyleSheet(_OVERDUE_SUMMARY if overdue else "")

    def _show_list(
        self, items: list[AgendaItem], steps: list[Suggestion], total: int, due: DueUpdates
    ) -> None:
        content = self.agenda_content
        focus = content.window().focusWidget()  # the window's, even when it is not active
        had_keyboard = focus is not None and content.isAncestorOf(focus)
        self._fill_list(items, steps, total)
        self._fill_keep_touch(due, nothing_else=not items and not steps)
        if had_keyboard:  # its row is gone: the keyboard stays in the list
            for button in content.findChildren(QPushButton)[:1]:
                button.setFocus()

    def _fill_list(self, items: list[AgendaItem], steps: list[Suggestion], total: int) -> None:
        from infoview_gui.ui.views.agenda_row import AgendaRow

        remove_widgets(self.list_layout)
        self.rows = []
        for item in items[:MAX_ROWS]:
            row = AgendaRow(item)
            row.action_requested.connect(self._on_row_action_requested)
            row.menu_requested.connect(self._on_row_menu_requested)
            self.list_layout.addWidget(row)
            self.rows.append(row)
        if total > MAX_ROWS:
            more = self.tr("…and %n more: see Interviews and Follow-ups.", "", total - MAX_ROWS)
            self.list_layout.addWidget(plain_label(more))
        for suggestion in steps:
            self.list_layout.addWidget(self._step_row(suggestion.text, suggestion.step))
        if not items and not steps:
            self.list_layout.addWidget(
                self._step_row(
                    translate(
                        "HomeView",
                        "Nothing is waiting for you today. Open the Guide to continue with the "
                        "next step of the method.",
                    ),
                    -1,
                )
            )

    def _fill_keep_touch(self, due: DueUpdates, *, nothing_else: bool) -> None:
        """Add the contacts due an update after the agenda (and count those not shown)."""
        from infoview_gui.ui.views.keep_touch_row import KeepTouchRow

        self.touch_rows = []
        if due.items and nothing_else:  # only the "nothing is waiting" line: not so
            remove_widgets(self.list_layout)
        for update in due.items:
            row = KeepTouchRow(update)
            row.action_requested.connect(self._on_touch_row_action_requested)
            self.list_layout.addWidget(row)
            self.touch_rows.append(row)
        if due.total > len(due.items):
            more = due.total - len(due.items)
            text = self.tr("…and %n more to keep in touch with.", "", more)
            self.list_layout.addWidget(plain_label(text))

    def _step_row(self, text: str, step: int) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 2, 0, 2)
        if step == 0:
            button = QPushButton(translate("HomeView", "Edit profile"))
            button.clicked.connect(self.profile_requested)
        elif step < 0:
            button = QPushButton(translate("HomeView", "Open the Guide"))
            button.clicked.connect(lambda: self.events.view_requested.emit(ViewId.GUIDE))
        else:
            button = QPushButton(
                translate("HomeView", "Step %1 in the Guide").replace("%1", str(step))
            )
            button.clicked.connect(lambda: self.events.guide_step_requested.emit(step))
        layout.addWidget(plain_label(text), 1)
        layout.addWidget(button)
        return row

    def row_for(self, interview_or_field_id: int, kind: ItemKind) -> AgendaRow | None:
        """Return the row about a record, if the list shows one."""
        return next(
            (
                r
                for r in self.rows
                if r.item.kind is kind and r.item.about.id == interview_or_field_id
            ),
            None,
        )

    # Actions ----------------------------------------------------------------------------

    def run_action(self, action: Action) -> None:
        """Do what a row's button stands for."""
        from infoview_gui.domain.agenda import ActionKind

        target = action.target
        if action.kind is ActionKind.THANK_YOU:
            from infoview_gui.ui.dialogs.thank_you import open_thank_you

            self.dialog_opened.emit(open_thank_you(self.events, target, self, **self._options()))
        elif action.kind is ActionKind.PRINT_SHEET:
            self.print_sheet_requested.emit(target)
        elif action.kind is ActionKind.START_INTERVIEW:
            self.start_interview_requested.emit(target)
        elif action.kind is ActionKind.FIND_CONTACTS:
            from infoview_gui.services.guide import choose_field

            choose_field(field_id=target)
            self.events.guide_step_requested.emit(2)
        elif action.kind is ActionKind.FOLLOW_UP:
            self.flow().follow_up(target)
        elif action.kind is ActionKind.ASK_NEXT:
            self.flow().ask(target)

    def flow(self) -> AskingFlow:
        """Return the flow of the asking steps (step 3), made when first needed."""
        if self._flow is None:
            from infoview_gui.ui.asking_actions import AskingFlow

            self._flow = AskingFlow(self.events, self, **self._options())
            self._flow.dialog_opened.connect(self.dialog_opened)
        return self._flow

    def today(self) -> date:
        """Return the user's local day."""
        return user_today(self._now(), self._system_zone())[0]

    def _options(self) -> dict[str, Any]:
        return dialog_options(self._now, self._system_zone, self._opener)

    def fill_answer_menu(self, menu: QMenu, contact_id: int) -> None:
        """Fill a row's menu with what can be done now about a contact's request."""
        menu.clear()
        for step in self.flow().actions_for(contact_id):
            menu.addAction(step.text.replace("&", "&&"), step.run)

    def showEvent(self, event: QShowEvent) -> None:
        """Reload when shown after the data changed, or on a new day."""
        if self._new_day():
            self.refresh()
        super().showEvent(event)

    def _new_day(self) -> bool:
        """Return True when the user's day has changed since the list was made."""
        if self._shown is None:
            return True
        day, zone = self._shown
        return self._now().astimezone(zone).date() != day

    def _on_row_action_requested(self, action: Action) -> None:
        self.run_action(action)

    def _on_row_menu_requested(self, menu: QMenu, contact_id: int) -> None:
        self.fill_answer_menu(menu, contact_id)

    def _on_touch_row_action_requested(self, action: str, update: DueUpdate) -> None:
        from infoview_gui.ui.views.keep_touch_row import KeepTouchActions

        KeepTouchActions(self.events, self, self.today, self._opener).run(action, update)
