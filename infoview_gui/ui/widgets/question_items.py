"""How a question is drawn in a list: plain wrapped text, its number, marks or caption.

``QuestionListView`` is the ordered list of the editor: drag to reorder, Ctrl+Up /
Ctrl+Down to move, Delete to remove.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from infoview_gui.qtmodels.question_bank import BankRole
from infoview_gui.qtmodels.question_list import ItemRole, QuestionListModel
from infoview_gui.ui.theme import Painted, ThemeColours, colours

AnyIndex = QModelIndex | QPersistentModelIndex
_PAD = 6
_NUMBER_WIDTH = 26
_RULE_HEIGHT = 20
translate = QCoreApplication.translate


def must_ask_text() -> str:
    """Return the badge of a must-ask question, in the user's language."""
    return translate("QuestionDelegate", "Must ask")


def time_runs_out_text() -> str:
    """Return the words on the line past which the meeting's time runs out."""
    return translate("QuestionDelegate", "Time runs out here")


class QuestionDelegate(QStyledItemDelegate):
    """Draws a question as plain wrapped text, with its number, marks or caption line."""

    def __init__(self, parent: QWidget, *, numbered: bool) -> None:
        super().__init__(parent)
        self.numbered = numbered

    @staticmethod
    def painted_text(roles: ThemeColours) -> dict[str, Painted]:
        """The colours of the number, caption, badge and time rule, and what is behind them."""
        return {
            "number": Painted(roles.muted),
            "caption": Painted(roles.muted),
            "Must ask badge": Painted(roles.accent, roles.accent_tint),
            "Time runs out here": Painted(roles.warning),
        }

    def _text_width(self, option: QStyleOptionViewItem, badge: int) -> int:
        widget = option.widget
        width = widget.viewport().width() if isinstance(widget, QListView) else option.rect.width()
        return max(80, width - 2 * _PAD - (_NUMBER_WIDTH if self.numbered else 0) - badge)

    @staticmethod
    def _badge_width(option: QStyleOptionViewItem, index: AnyIndex) -> int:
        if not index.data(ItemRole.MUST_ASK):
            return 0
        return QFontMetrics(_small(option.font)).horizontalAdvance(must_ask_text()) + 18

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        """Tall enough for the wrapped text, a caption and a time rule."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        width = self._text_width(opt, self._badge_width(opt, index))
        flags = Qt.TextFlag.TextWordWrap
        height = (
            QFontMetrics(opt.font)
            .boundingRect(QRect(0, 0, width, 10_000), flags, opt.text)
            .height()
        )
        if index.data(BankRole.CAPTION):
            height += QFontMetrics(_small(opt.font)).height() + 2
        if index.data(ItemRole.TIME_RUNS_OUT):
            height += _RULE_HEIGHT
        return QSize(width, height + 2 * _PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        """Background and selection by the style; the text, never as markup, by us."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        rect = QRect(opt.rect)
        if index.data(ItemRole.TIME_RUNS_OUT):
            self._rule(painter, rect)
            rect.setTop(rect.top() + _RULE_HEIGHT)
            opt.rect = QRect(rect)
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        pen = opt.palette.highlightedText().color() if selected else opt.palette.text().color()
        painted = self.painted_text(colours())
        body = rect.adjusted(_PAD, _PAD, -_PAD, -_PAD)
        painter.save()
        if self.numbered:
            painter.setPen(pen if selected else painted["number"].text)
            painter.setFont(opt.font)
            number_rect = QRect(body.left(), body.top(), _NUMBER_WIDTH - 6, body.height())
            painter.drawText(
                number_rect,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                f"{index.data(ItemRole.NUMBER)}.",
            )
            body.setLeft(body.left() + _NUMBER_WIDTH)
        badge = self._badge_width(opt, index)
        if badge:
            self._badge(painter, opt, QRect(body.right() - badge + 6, body.top(), badge - 6, 0))
            body.setRight(body.right() - badge)
        painter.setPen(pen)
        painter.setFont(opt.font)
        flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        used = painter.boundingRect(body, flags, text)
        painter.drawText(body, flags, text)
        caption = index.data(BankRole.CAPTION)
        if caption:
            painter.setFont(_small(opt.font))
            painter.setPen(pen if selected else painted["caption"].text)
            below = body.adjusted(0, used.height() + 2, 0, 0)
            shown = painter.fontMetrics().elidedText(
                str(caption), Qt.TextElideMode.ElideRight, below.width()
            )
            painter.drawText(below, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, shown)
        painter.restore()

    @classmethod
    def _badge(cls, painter: QPainter, opt: QStyleOptionViewItem, area: QRect) -> None:
        font = _small(opt.font)
        height = QFontMetrics(font).height() + 4
        pill = QRect(area.left(), area.top(), area.width(), height)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        badge = cls.painted_text(colours())["Must ask badge"]
        painter.setBrush(badge.behind or opt.palette.base().color())
        painter.drawRoundedRect(pill, height / 2, height / 2)
        painter.setPen(badge.text)
        painter.setFont(font)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, must_ask_text())

    @classmethod
    def _rule(cls, painter: QPainter, rect: QRect) -> None:
        painter.save()
        middle = rect.top() + _RULE_HEIGHT // 2
        label = time_runs_out_text()
        font = _small(painter.font())
        painter.setFont(font)
        width = QFontMetrics(font).horizontalAdvance(label) + 16
        warning = cls.painted_text(colours())["Time runs out here"].text
        painter.setPen(warning)
        painter.drawText(
            QRect(rect.left() + _PAD, rect.top(), width, _RULE_HEIGHT),
            Qt.AlignmentFlag.AlignVCenter,
            label,
        )
        painter.setPen(QPen(warning, 1, Qt.PenStyle.DashLine))
        painter.drawLine(rect.left() + _PAD + width, middle, rect.right() - _PAD, middle)
        painter.restore()


def _small(font: QFont) -> QFont:
    small = QFont(font)
    small.setBold(False)
    small.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
    return small


class QuestionListView(QListView):
    """The ordered list: drag to reorder, Ctrl+Up / Ctrl+Down to move, Delete to remove.

    Signals:
        remove_requested: the user pressed Delete on the selection.
    """

    remove_requested = Signal()

    def __init__(self, model: QuestionListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.questions = model
        self.setModel(model)
        self.setItemDelegate(QuestionDelegate(self, numbered=True))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        model.estimate_changed.connect(self.doItemsLayout)

    def selected_rows(self) -> list[int]:
        """Return the selected rows, top to bottom."""
        return sorted(index.row() for index in self.selectionModel().selectedRows())

    def select_rows(self, first: int, count: int = 1) -> None:
        """Select a block of rows and scroll to it; a count of 0 only makes ``first`` current."""
        selection = self.selectionModel()
        selection.clearSelection()
        for row in range(first, first + count):
            selection.select(self.questions.index(row), selection.SelectionFlag.Select)
        selection.setCurrentIndex(self.questions.index(first), selection.SelectionFlag.NoUpdate)
        self.scrollTo(self.questions.index(first))

    def move_selection(self, step: int) -> bool:
        """Move the selected block one row up (-1) or down (+1); True if it moved."""
        rows = self.selected_rows()
        if not rows:
            return False
        first, count = rows[0], len(rows)
        destination = first - 1 if step < 0 else first + count + 1
        if not 0 <= destination <= self.questions.rowCount():
            return False
        if not self.questions.moveRows(QModelIndex(), first, count, QModelIndex(), destination):
            return False
        self.select_rows(first + step, count)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+Up / Ctrl+Down move the selection; Delete removes it."""
        control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if control and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_selection(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        if event.key() == Qt.Key.Key_Delete and self.state() != self.State.EditingState:
            self.remove_requested.emit()
            return
        super().keyPressEvent(event)
