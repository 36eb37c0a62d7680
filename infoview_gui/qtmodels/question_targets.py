"""The lists a user can open: every career field, then the interviews in progress.

Fields are few and read whole. Interviews can be tens of thousands: only their ids are
kept, in order, and the labels of the rows a picker shows are read by id, ``BLOCK`` at a
time, and kept for ``MAX_BLOCKS`` blocks. Finding a target's row looks it up by id.
"""

from __future__ import annotations

import sqlite3
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from peewee import DatabaseError
from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from infoview_gui.domain.errors import UserError
from infoview_gui.store import question_queries
from infoview_gui.store.question_queries import ListTarget

AnyIndex = QModelIndex | QPersistentModelIndex
Target = tuple[str, int]
"""("field" or "interview", its id)."""
FIELD = "field"
INTERVIEW = "interview"
BLOCK = 64
MAX_BLOCKS = 16


def target_key(target: Target) -> str:
    """The key of a target, as a picker's item data: ``"interview:12"``."""
    return f"{target[0]}:{target[1]}"


class QuestionTargetListModel(QAbstractListModel):
    """Fields, then interviews, each row labelled by ``label``; its item data is its key.

    Args:
        label: the text shown for a target.
        parent: the owner (the picker): the model lives as long as it does.
    """

    def __init__(self, label: Callable[[ListTarget], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._label = label
        self._fields: list[ListTarget] = []
        self._interview_ids: Sequence[int] = []
        self._rows: dict[int, int] | None = None  # interview id -> row, made when first asked
        self._blocks: OrderedDict[int, dict[int, str]] = OrderedDict()

    def load(self, field_id: int | None = None, interview_ids: Sequence[int] | None = None) -> None:
        """Read the targets again: every field's, or one field's and its interviews'.

        ``interview_ids`` are the interviews' ids when already read (in a worker thread):
        the fields, few, are read here.
        """
        if interview_ids is None:
            interview_ids = question_queries.interview_target_ids(field_id)
        self.beginResetModel()
        self._fields = question_queries.field_targets(field_id)
        self._interview_ids = interview_ids
        self._rows = None
        self._blocks.clear()
        self.endResetModel()

    def target(self, row: int) -> Target | None:
        """Return the target at ``row``, or None outside the list."""
        fields = len(self._fields)
        if 0 <= row < fields:
            field_id = self._fields[row].field_id
            return None if field_id is None else (FIELD, field_id)
        if fields <= row < fields + len(self._interview_ids):
            return INTERVIEW, int(self._interview_ids[row - fields])
        return None

    def row_of(self, target: Target) -> int:
        """Return the row of ``target``, or -1 when it is not listed."""
        kind, record_id = target
        if kind == FIELD:
            ids = [t.field_id for t in self._fields]
            return ids.index(record_id) if record_id in ids else -1
        if self._rows is None:
            self._rows = {int(i): row for row, i in enumerate(self._interview_ids)}
        row = self._rows.get(record_id)
        return -1 if row is None else len(self._fields) + row

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        """Number of targets."""
        return 0 if parent.isValid() else len(self._fields) + len(self._interview_ids)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A target's label (shown and spoken), and its key as user data."""
        target = self.target(index.row()) if index.isValid() else None
        if target is None:
            return None
        if role == Qt.ItemDataRole.UserRole:
            return target_key(target)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if target[0] == FIELD:
            return self._label(self._fields[index.row()])
        return self._interview_label(index.row() - len(self._fields))

    def _interview_label(self, position: int) -> str:
        number = position // BLOCK
        block = self._blocks.get(number)
        if block is None:
            ids = [int(i) for i in self._interview_ids[number * BLOCK : (number + 1) * BLOCK]]
            try:
                found = question_queries.interview_targets(ids)
            except (UserError, sqlite3.Error, DatabaseError):
                # Asked while the data file is closed or failing (a picker laid out again
                # as the window closes): a blank label, read again next time. An error
                # raised out of data() in the middle of Qt's layout would crash it.
                return ""
            block = self._blocks[number] = {i: self._label(t) for i, t in found.items()}
            if len(self._blocks) > MAX_BLOCKS:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(number)
        return block.get(int(self._interview_ids[position]), "")
