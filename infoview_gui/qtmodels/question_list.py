"""The questions of one list, in the user's order: reorder by drag or keyboard, must-ask marks.

Moves go through ``moveRows`` (a ``QListView`` in ``InternalMove`` mode calls it, and so
do Move up / Move down) and are saved at once, writing only the moved rows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from infoview_gui.domain.errors import DomainError
from infoview_gui.domain.ranking import moved
from infoview_gui.qtmodels.roles import RowIdRole, dimmed
from infoview_gui.qtmodels.row_moves import RowDragMixin
from infoview_gui.services import question_lists
from infoview_gui.services.question_lists import Estimate
from infoview_gui.store import question_queries
from infoview_gui.store.question_queries import ItemRow

AnyIndex = QModelIndex | QPersistentModelIndex
MIME_TYPE = "application/x-infoview-question-rows"
translate = QCoreApplication.translate


class ItemRole(IntEnum):
    """What the editor's delegate and the tests read of a row, beyond its text."""

    NUMBER = Qt.ItemDataRole.UserRole + 10
    MUST_ASK = Qt.ItemDataRole.UserRole + 11
    FITS = Qt.ItemDataRole.UserRole + 12
    TIME_RUNS_OUT = Qt.ItemDataRole.UserRole + 13
    MINUTES = Qt.ItemDataRole.UserRole + 14


class QuestionListModel(RowDragMixin, QAbstractListModel):
    """The items of one question list; every change is saved as it is made.

    Signals:
        estimate_changed: the number of questions, their order, the must-ask count or the
            meeting length changed: the time estimate and the marks follow.
        edit_refused(str): a change was refused; the message says why in plain words.

    After each write of its own it calls ``after_write``, which the view sets to publish
    the change to the other views.
    """

    ROW_MIME_TYPE = MIME_TYPE

    estimate_changed = Signal()
    edit_refused = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.after_write: Callable[[], object] = lambda: None
        self._list_id: int | None = None
        self._items: list[ItemRow] = []
        self._must_ask = 0
        self._meeting_minutes = question_lists.DEFAULT_MEETING_MINUTES
        self._fit_count = 0

    # --- loading ------------------------------------------------------------------

    @property
    def list_id(self) -> int | None:
        """The list shown, if any."""
        return self._list_id

    def load(self, list_id: int | None, meeting_minutes: int | None = None) -> None:
        """Show a list (None shows nothing), optionally against a meeting length."""
        self._list_id = list_id
        if meeting_minutes is not None:
            self._meeting_minutes = meeting_minutes
        self.reload()

    def reload(self) -> None:
        """Read the list again from the store."""
        info = None if self._list_id is None else question_queries.list_info(self._list_id)
        self.beginResetModel()
        self._items = [] if info is None else question_queries.list_items(info.id)
        self._must_ask = 0 if info is None else info.must_ask
        self._fit_count = self.estimate().fit_count
        self.endResetModel()
        self.estimate_changed.emit()

    def item_id(self, row: int) -> int:
        """Return the id of the item at ``row``."""
        return self._items[row].id

    def row_of(self, item_id: int) -> int:
        """Return the row of an item, or -1."""
        return next((row for row, item in enumerate(self._items) if item.id == item_id), -1)

    def question_ids(self) -> set[int]:
        """Return the ids of the bank questions on the list."""
        return {item.question_id for item in self._items if item.question_id is not None}

    # --- must ask and time --------------------------------------------------------

    @property
    def must_ask(self) -> int:
        """How many of the first questions must be asked."""
        return self._must_ask

    def set_must_ask(self, count: int) -> None:
        """Store a new must-ask count and re-mark the rows."""
        if self._list_id is None or count == self._must_ask:
            return
        try:
            question_lists.set_must_ask(list_id=self._list_id, count=count)
        except DomainError as exc:
            self.edit_refused.emit(str(exc))
            return
        self._must_ask = count
        self._marks_changed()
        self.after_write()

    @property
    def meeting_minutes(self) -> int:
        """The length of the meeting the list is measured against."""
        return self._meeting_minutes

    def set_meeting_minutes(self, minutes: int) -> None:
        """Measure the list against another meeting length."""
        if minutes != self._meeting_minutes:
            self._meeting_minutes = minutes
            self._marks_changed()

    def estimate(self) -> Estimate:
        """Return how long the list takes against the meeting."""
        minutes = [item.minutes for item in self._items]
        return question_lists.estimate_for(minutes, self._meeting_minutes)

    def _marks_changed(self) -> None:
        self._fit_count = self.estimate().fit_count
        if self._items:
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1))
        self.estimate_changed.emit()

    # --- reading ------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        """Number of questions (a list has no children)."""
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The text, its number and marks."""
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        row = index.row()
        item = self._items[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return item.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == Qt.ItemDataRole.FontRole and row < self._must_ask:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and row >= self._fit_count:
            return dimmed()
        if role == RowIdRole:
            return item.id
        return self._mark(row, item, role)

    def _mark(self, row: int, item: ItemRow, role: int) -> Any:
        marks: dict[int, object] = {
            ItemRole.NUMBER: row + 1,
            ItemRole.MUST_ASK: row < self._must_ask,
            ItemRole.FITS: row < self._fit_count,
            ItemRole.TIME_RUNS_OUT: row == self._fit_count,
            ItemRole.MINUTES: item.minutes,
        }
        return marks.get(role)

    def _tooltip(self, row: int) -> str:
        minutes = QLocale().toString(self._items[row].minutes, "g", 6)
        said = translate("QuestionListModel", "Question %1, about %2 minutes")
        parts = [said.replace("%1", QLocale().toString(row + 1)).replace("%2", minutes)]
        if row < self._must_ask:
            parts.append(translate("QuestionListModel", "must ask"))
        if row >= self._fit_count:
            parts.append(translate("QuestionListModel", "past the meeting's time"))
        return "; ".join(parts) + "."

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Rows are edited in place and dragged; drops land between rows, not on them."""
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Save a new wording of a question."""
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or not isinstance(value, str):
            return False
        item = self._items[index.row()]
        if value.strip() == item.text:
            return False
        try:
            question_lists.edit_item_text(item_id=item.id, text=value)
        except DomainError as exc:
            self.edit_refused.emit(str(exc))
            return False
        self._items[index.row()] = replace(item, text=value.strip())
        self.dataChanged.emit(index, index)
        self.after_write()
        return True

    # --- moving -------------------------------------------------------------------

    def moveRows(
        self,
        source_parent: AnyIndex,
        source_row: int,
        count: int,
        destination_parent: AnyIndex,
        destination_child: int,
    ) -> bool:
        """Move rows before ``destination_child`` and save the new order."""
        size = len(self._items)
        if (
            self._list_id is None
            or source_parent.isValid()
            or destination_parent.isValid()
            or count < 1
            or not 0 <= source_row <= size - count
            or not 0 <= destination_child <= size
        ):
            return False
        last = source_row + count - 1
        if not self.beginMoveRows(
            source_parent, source_row, last, destination_parent, destination_child
        ):
            return False  # a move onto itself: nothing to do
        block = [item.id for item in self._items[source_row : last + 1]]
        before = self._items[destination_child].id if destination_child < size else None
        try:
            changes = question_lists.move_items(
                list_id=self._list_id, item_ids=block, before_id=before
            )
        except DomainError as exc:
            self.endMoveRows()
            self.edit_refused.emit(str(exc))
            self.reload()
            return False
        rows = list(range(source_row, last + 1))
        self._items = [
            replace(item, position=changes.get(item.id, item.position))
            for item in moved(self._items, rows, destination_child)
        ]
        self.endMoveRows()
        self._marks_changed()
        self.after_write()
        return True
