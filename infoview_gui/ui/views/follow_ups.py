"""Follow-ups: the thank-yous each held interview calls for, what is due and what is sent.

The rows and the red "overdue" marking are shared with the guide's step-6 page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Signal,
)
from PySide6.QtWidgets import (
    QDialog,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from infoview_gui.domain import calendar_rules
from infoview_gui.domain.agenda import day_text
from infoview_gui.qtmodels.records_table import ShownRow
from infoview_gui.qtmodels.roles import MarkedRole, RowIdRole
from infoview_gui.qtmodels.rows_table import Row
from infoview_gui.services import thanks
from infoview_gui.store import record_table
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.formatting import day, local_datetime, plain
from infoview_gui.ui.theme import Painted, ThemeColours, colours
from infoview_gui.ui.user_time import dialog_options, system_zone_name, user_today, utc_now
from infoview_gui.ui.views.ids import ViewId
from infoview_gui.ui.views.records import SEARCH_PEOPLE, SqlRecordsView

if TYPE_CHECKING:
    from infoview_gui.ui.dialogs.mail_program import UrlOpener

translate = QCoreApplication.translate
HEADERS = (
    str(QT_TRANSLATE_NOOP("FollowUpsView", "Contact")),
    str(QT_TRANSLATE_NOOP("FollowUpsView", "Held")),
    str(QT_TRANSLATE_NOOP("FollowUpsView", "Thank-you email")),
    str(QT_TRANSLATE_NOOP("FollowUpsView", "Note card")),
    str(QT_TRANSLATE_NOOP("FollowUpsView", "Letter")),
)
"""The columns' titles (``FollowUpsView`` their context): see :func:`headers`."""
FORMATTERS = (plain, local_datetime, plain, day, day)


def headers() -> list[str]:
    """Return the columns' titles in the user's language (the guide's step 6 shows them too)."""
    return [translate("FollowUpsView", header) for header in HEADERS]


def thank_you_text(row: thanks.FollowUp) -> str:
    """Return where a thank-you email stands, in a few words."""
    if row.sent_on is not None:
        return translate("FollowUpsView", "Sent %1").replace("%1", day_text(row.sent_on))
    if row.due is None or row.state == "due_today":
        return translate("FollowUpsView", "Due today")
    if row.state == "overdue":
        return translate("FollowUpsView", "Overdue (due %1)").replace("%1", day_text(row.due))
    return translate("FollowUpsView", "Due by %1").replace("%1", day_text(row.due))


def follow_up_rows(follow_ups: list[thanks.FollowUp]) -> list[Row]:
    """Return the table rows: (id, contact, held, thank-you email, note card, letter)."""
    return [
        (
            row.interview_id,
            row.name,
            row.held_at,
            thank_you_text(row),
            row.note_card_sent_on,
            row.letter_sent_on,
        )
        for row in follow_ups
    ]


def follow_up_of(row: record_table.RecordRow, today: date, zone: ZoneInfo) -> thanks.FollowUp:
    """Return where the thank-yous of a held interview stand, from its table row."""
    interview_id, name, _, _, _, held_at, _, _, due, sent, card, posted, email = row
    held = held_at if isinstance(held_at, datetime) else None
    due_day = due if isinstance(due, date) else None
    if due_day is None and held is not None:
        due_day = calendar_rules.thank_you_due(held, zone)
    sent_on = sent if isinstance(sent, date) else None
    return thanks.FollowUp(
        int(str(interview_id)),
        str(name or "") or str(email or ""),
        held,
        due_day,
        calendar_rules.thank_you_state(due_day or today, sent_on, today),
        sent_on,
        card if isinstance(card, date) else None,
        posted if isinstance(posted, date) else None,
    )


class OverdueDelegate(QStyledItemDelegate):
    """Shows the rows of overdue thank-yous in red (marked rows, or those in ``overdue``)."""

    overdue: frozenset[int] = frozenset()

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        """Colour an overdue row's text red."""
        super().initStyleOption(option, index)
        if index.data(MarkedRole) or index.data(RowIdRole) in self.overdue:
            overdue = self.painted_text(colours())["overdue row"].text
            option.palette.setColor(option.palette.ColorRole.Text, overdue)

    @staticmethod
    def painted_text(roles: ThemeColours) -> dict[str, Painted]:
        """The overdue rows' text, on the rows' own background."""
        return {"overdue row": Painted(roles.danger)}


def overdue_ids(follow_ups: list[thanks.FollowUp]) -> frozenset[int]:
    """Return the interviews whose thank-you is overdue."""
    return frozenset(row.interview_id for row in follow_ups if row.state == "overdue")


class FollowUpsView(SqlRecordsView):
    """Thank-you emails due, overdue and sent; the thank-you dialog for each.

    Args:
        events: the window's shared signals.
        now: returns the present moment (tests pass a fixed one).
        system_zone: returns the computer's time zone name.
        opener: opens the ``mailto:`` links of the dialogs (tests pass a recorder).

    Signals:
        dialog_opened(QDialog): a thank-you dialog is now shown.
    """

    dialog_opened = Signal(QDialog)
    SEARCH_HINT = SEARCH_PEOPLE

    def __init__(
        self,
        events: AppEvents,
        *,
        now: Callable[[], datetime] = utc_now,
        system_zone: Callable[[], str] = system_zone_name,
        opener: UrlOpener | None = None,
    ) -> None:
        self._now, self._system_zone, self._opener = now, system_zone, opener
        super().__init__(
            events,
            title=translate("FollowUpsView", "Follow-ups"),
            description=translate(
                "FollowUpsView",
                "Thank everyone you interview within a day, by email; a note card or letter "
                "can follow.",
            ),
            empty_sentence=translate(
                "FollowUpsView",
                "After an interview, the thank-you it calls for appears here with its due "
                "date. Your interviews are listed under Interviews.",
            ),
            add_text=translate("FollowUpsView", "Go to interviews"),
            headers=headers(),
        )
        self.delegate = OverdueDelegate(self.table)
        self.table.setItemDelegate(self.delegate)
        self.thank_button = QPushButton(translate("FollowUpsView", "Write thank-you…"))
        self.thank_button.setEnabled(False)
        self.header.action_row.insertWidget(0, self.thank_button)
        self.thank_button.clicked.connect(self._on_thank_button_clicked)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)

    def record_ids(self, search: str, column: int, descending: bool) -> Sequence[int]:
        """Held interviews, the thank-yous to send first (or as sorted)."""
        return record_table.record_ids(
            record_table.FOLLOW_UPS, search=search, column=column, descending=descending
        )

    def shown_rows(self, ids: Sequence[int]) -> dict[int, ShownRow]:
        """The rows on screen: where each thank-you stands, overdue ones marked."""
        today, zone = user_today(self._now(), self._system_zone())
        shown: dict[int, ShownRow] = {}
        for interview_id, row in record_table.record_rows(ids).items():
            follow_up = follow_up_of(row, today, zone)
            cells = follow_up_rows([follow_up])[0][1:]
            texts = tuple(
                format_cell(cell) for format_cell, cell in zip(FORMATTERS, cells, strict=True)
            )
            shown[interview_id] = ShownRow(texts, follow_up.state == "overdue")
        return shown

    def reloaded(self) -> None:
        """The rows are read again; nothing is selected after a reload."""
        super().reloaded()
        self.thank_button.setEnabled(self.selected_id() is not None)

    def add_record(self) -> None:
        """Follow-ups come from interviews: go there."""
        self.events.view_requested.emit(ViewId.INTERVIEWS)

    def open_record(self, record_id: int) -> None:
        """Open the thank-you dialog of an interview."""
        from infoview_gui.ui.dialogs.thank_you import open_thank_you

        options = dialog_options(self._now, self._system_zone, self._opener)
        self.dialog_opened.emit(open_thank_you(self.events, record_id, self, **options))

    def selected_id(self) -> int | None:
        """Return the interview of the selected row, if any."""
        return selected_row_id(self.table)

    def _on_thank_button_clicked(self) -> None:
        chosen = self.selected_id()
        if chosen is not None:
            self.open_record(chosen)

    def _on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.thank_button.setEnabled(current.isValid())


def selected_row_id(table: QTableView) -> int | None:
    """Return the record id of a table's current row."""
    index = table.currentIndex()
    if not index.isValid():
        return None
    value = index.data(RowIdRole)
    return None if value is None else int(str(value))
