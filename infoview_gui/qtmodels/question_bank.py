"""The question bank as a table: suggestions for a list first, filtered by topic and words."""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from infoview_gui.domain.enums import Topic
from infoview_gui.domain.question_bank import INTERVIEW_ORDER
from infoview_gui.qtmodels.roles import RowIdRole, dimmed
from infoview_gui.services.question_lists import Suggestion, suggest_for
from infoview_gui.store.question_queries import bank_rows

AnyIndex = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate
CONTEXT = "QuestionBankTableModel"
SUGGESTED = "suggested"
"""The topic filter that keeps only the suggestions."""
_HEADERS = (
    str(QT_TRANSLATE_NOOP("QuestionBankTableModel", "Question")),
    str(QT_TRANSLATE_NOOP("QuestionBankTableModel", "Topic")),
    str(QT_TRANSLATE_NOOP("QuestionBankTableModel", "Kind")),
)


class BankColumn(IntEnum):
    """The columns of the bank table."""

    QUESTION = 0
    TOPIC = 1
    KIND = 2


class BankRole(IntEnum):
    """What the editor reads of a row beyond its text."""

    CAPTION = Qt.ItemDataRole.UserRole + 20
    SUGGESTED = Qt.ItemDataRole.UserRole + 21
    ON_LIST = Qt.ItemDataRole.UserRole + 22


@dataclass(frozen=True)
class BankEntry:
    """A question the user can put on a list: from the bank, or a research line."""

    text: str
    topic: str
    minutes: float
    question_id: int | None = None
    research_id: int | None = None
    suggested: bool = False
    builtin: bool = False
    edited: bool = False
    hidden: bool = False
    fit: str = ""  # whom a suggestion was written for: "comparing fields, final year"
    reason: str = ""  # why it is suggested, in one sentence

    @property
    def kind(self) -> str:
        """Where the question comes from, in words."""
        if self.research_id is not None:
            kind = translate("QuestionBankTableModel", "From your research")
        elif not self.builtin:
            kind = translate("QuestionBankTableModel", "Mine")
        elif self.edited:
            kind = translate("QuestionBankTableModel", "Built in, reworded")
        else:
            kind = translate("QuestionBankTableModel", "Built in")
        if self.hidden:
            return translate("QuestionBankTableModel", "%1 · hidden").replace("%1", kind)
        return kind

    def suggestion(self) -> Suggestion:
        """Return the entry as a suggestion to add to a list."""
        return Suggestion(
            self.text, Topic(self.topic), self.minutes, self.question_id, self.research_id
        )


def _topic_rank(topic: str) -> int:
    order = [t.value for t in INTERVIEW_ORDER]
    return order.index(topic) if topic in order else order.index(Topic.OWN.value)


def _suggested(entry: BankEntry) -> str:
    if entry.fit:
        return translate("QuestionBankTableModel", "Suggested: %1").replace("%1", entry.fit)
    return translate("QuestionBankTableModel", "Suggested")


def _topic_label(topic: str) -> str:
    try:
        return Topic(topic).label
    except ValueError:
        return topic


class QuestionBankTableModel(QAbstractTableModel):
    """Bank questions (and a list's research lines to verify), suggestions first."""

    def __init__(self) -> None:
        super().__init__()
        self._all: list[BankEntry] = []
        self._shown: list[BankEntry] = []
        self._on_list: set[int] = set()
        self._topic: str | None = None
        self._search = ""

    def load(self, *, list_id: int | None, today: date, include_hidden: bool = False) -> None:
        """Read the bank, with the suggestions for ``list_id`` first when there is a list."""
        suggestions = [] if list_id is None else suggest_for(list_id=list_id, today=today)
        suggested_ids = [s.question_id for s in suggestions if s.question_id is not None]
        rows = {row.id: row for row in bank_rows(include_hidden=include_hidden)}
        entries = [
            BankEntry(
                s.text,
                Topic.OWN.value,
                s.minutes,
                research_id=s.research_id,
                suggested=True,
                reason=s.reason,
            )
            for s in suggestions
            if s.research_id is not None
        ]
        why = {s.question_id: s for s in suggestions if s.question_id is not None}
        rest = sorted(
            (row for row in rows.values() if row.id not in set(suggested_ids)),
            key=lambda row: _topic_rank(row.topic),
        )
        for row in [rows[i] for i in suggested_ids if i in rows] + rest:
            entries.append(
                BankEntry(
                    row.text,
                    row.topic,
                    row.minutes,
                    row.id,
                    suggested=row.id in suggested_ids,
                    builtin=row.builtin,
                    edited=row.edited,
                    hidden=row.hidden,
                    fit=why[row.id].fit if row.id in why else "",
                    reason=why[row.id].reason if row.id in why else "",
                )
            )
        self._all = entries
        self._apply()

    def set_filter(self, topic: str | None, search: str) -> None:
        """Keep one topic (or ``SUGGESTED``, or None for all) and rows containing ``search``."""
        self._topic, self._search = topic, search.casefold().strip()
        self._apply()

    def set_on_list(self, question_ids: set[int]) -> None:
        """Mark the bank questions already on the list being edited."""
        self._on_list = set(question_ids)
        if self._shown:
            last = self.index(len(self._shown) - 1, len(_HEADERS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def _apply(self) -> None:
        words = self._search.split()
        self.beginResetModel()
        self._shown = [
            entry
            for entry in self._all
            if (
                self._topic is None
                or (self._topic == SUGGESTED and entry.suggested)
                or entry.topic == self._topic
            )
            and all(word in entry.text.casefold() for word in words)
        ]
        self.endResetModel()

    def entry(self, row: int) -> BankEntry:
        """Return the entry shown at ``row``."""
        return self._shown[row]

    def row_of(self, question_id: int) -> int:
        """Return the row showing a bank question, or -1."""
        rows = (row for row, e in enumerate(self._shown) if e.question_id == question_id)
        return next(rows, -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        """Number of questions shown."""
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        """Question, topic, kind."""
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(_HEADERS):
            return None
        return translate(CONTEXT, _HEADERS[section])

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The text, topic and kind; a caption line for the editor's list."""
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        entry = self._shown[index.row()]
        on_list = entry.question_id in self._on_list
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, BankColumn(index.column()))
        if role == Qt.ItemDataRole.ToolTipRole:
            # A tooltip that looks like markup is shown as rich text: escape it to stay literal.
            tip = f"<p>{html.escape(self._text(entry, BankColumn(index.column())))}</p>"
            return tip + (f"<p>{html.escape(entry.reason)}</p>" if entry.reason else "")

        if role == Qt.ItemDataRole.ForegroundRole and (entry.hidden or on_list):
            return dimmed()
        if role == RowIdRole:
            return entry.question_id
        if role == BankRole.CAPTION:
            return self._caption(entry, on_list)
        if role == BankRole.SUGGESTED:
            return entry.suggested
        if role == BankRole.ON_LIST:
            return on_list
        return None

    def _text(self, entry: BankEntry, column: BankColumn) -> str:
        if column is BankColumn.QUESTION:
            return entry.text
        if column is BankColumn.TOPIC:
            return _topic_label(entry.topic)
        return entry.kind

    def _caption(self, entry: BankEntry, on_list: bool) -> str:
        if entry.research_id is not None:
            parts = [translate("QuestionBankTableModel", "From your research: to verify")]
        else:
            parts = [_suggested(entry)] if entry.suggested else []
            parts.append(_topic_label(entry.topic))
        minutes = QLocale().toString(entry.minutes, "g", 6)
        parts.append(translate("QuestionBankTableModel", "%1 min").replace("%1", minutes))
        if on_list:
            parts.append(translate("QuestionBankTableModel", "on your list"))
        return " · ".join(parts)
