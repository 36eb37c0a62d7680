"""The weight of a criterion as a spin box that is always shown and saves as it changes."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from infoview_gui.domain.ranking import SCORE_MAX
from infoview_gui.qtmodels.criteria_table import CriteriaColumn, weight_help

AnyIndex = QModelIndex | QPersistentModelIndex


def weight_spin_box(parent: QWidget | None = None, value: int = 3) -> QSpinBox:
    """Return a spin box from 0 to 5 for a weight."""
    spin = QSpinBox(parent)
    spin.setRange(0, SCORE_MAX)
    spin.setValue(value)
    spin.setToolTip(weight_help())
    spin.setAccessibleName(QCoreApplication.translate("WeightDelegate", "Weight"))
    return spin


class WeightDelegate(QStyledItemDelegate):
    """Edits a weight with a spin box (opened as a persistent editor) and the name as text.

    The spin box commits each value it takes, so a weight is saved as soon as it is
    typed or stepped: the scores of the field follow at once.
    """

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        """A spin box for the weight; the default line edit for the name."""
        if index.column() != CriteriaColumn.WEIGHT:
            return super().createEditor(parent, option, index)
        editor = weight_spin_box(parent)
        editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        editor.valueChanged.connect(partial(self._commit, editor))
        return editor

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        """Let Tab leave a weight for the next control, as everywhere else.

        An item view's editor takes Tab to edit the next cell: with a spin box always
        open on each row, Tab went round the table's cells and never out of it.
        """
        tab = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        if isinstance(editor, QSpinBox) and isinstance(event, QKeyEvent) and event.key() in tab:
            return False
        return super().eventFilter(editor, event)

    def _commit(self, editor: QSpinBox, _value: int) -> None:
        self.commitData.emit(editor)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        """Show the stored weight (without saving it again)."""
        if not isinstance(editor, QSpinBox):
            super().setEditorData(editor, index)
            return
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(value, int) and value != editor.value():
            editor.blockSignals(True)
            editor.setValue(value)
            editor.blockSignals(False)
        text = editor.findChild(QLineEdit)
        if text is not None and not editor.hasFocus():
            text.deselect()  # a spin box selects its value: every row would look selected

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        """Save the weight shown."""
        if isinstance(editor, QSpinBox):
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)
