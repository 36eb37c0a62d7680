"""The criteria of a field: add, rename, remove, reorder them and set their weights.

Each change is saved as it is made (one service call) and published at once, so the
table of contacts behind the dialog shows its new columns and scores while it is open.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QItemSelectionModel, QModelIndex
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from infoview_gui.qtmodels.criteria_table import CriteriaColumn, CriteriaTableModel
from infoview_gui.services import ranking
from infoview_gui.ui.accessibility import labelled, show_message
from infoview_gui.ui.dialogs.form import line_edit
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.save_status import plain_message_box, run_action
from infoview_gui.ui.widgets.column_fit import fit_columns
from infoview_gui.ui.widgets.labels import plain_label
from infoview_gui.ui.widgets.weight_delegate import WeightDelegate, weight_spin_box

translate = QCoreApplication.translate
INTRO = str(
    QT_TRANSLATE_NOOP(
        "CriteriaDialog",
        "Score each contact from 0 to 5 on these criteria, in the table of contacts. The "
        "weight says how much a criterion counts in the score: 0 ignores it, 5 counts most. "
        "Scores follow each change at once.",
    )
)
NAME_MAX = 120


def key_text(keys: str) -> str:
    """Return keys as the keyboard names them in the user's language (Strg+Hoch)."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def whole_placeholder_width(edit: QLineEdit) -> int:
    """Return the width an input needs to show its example whole (German is long)."""
    text = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
    return text + 2 * edit.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth) + 12


def _button(text: str, tip: str = "") -> QPushButton:
    button = QPushButton(text)
    button.setAutoDefault(False)  # Enter in the new name adds it; it never closes the dialog
    button.setToolTip(tip)
    return button


class CriteriaDialog(QDialog):
    """Edit the ranking criteria of one field.

    Args:
        events: the window's events; every change is published there.
        field_id: the field whose criteria are edited.
        field_name: its name, for the title.
        parent: the view that opened the dialog.
    """

    def __init__(
        self, events: AppEvents, field_id: int, field_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.events = events
        self.setWindowTitle(
            translate("CriteriaDialog", "Criteria for %1").replace("%1", field_name)
        )
        self.setMinimumSize(560, 420)
        self.model = CriteriaTableModel(field_id)
        self.model.after_write = lambda: self.events.publish(origin=self.model)
        self.table = self._make_table()
        self.new_name = line_edit(
            placeholder=translate("CriteriaDialog", "A new criterion, e.g. Works with data daily")
        )
        self.new_name.setMaxLength(NAME_MAX)
        self.new_name.setMinimumWidth(whole_placeholder_width(self.new_name))
        self.new_name.setAccessibleName(translate("CriteriaDialog", "New criterion"))
        self.new_weight = weight_spin_box()
        self.add_button = _button(
            translate("CriteriaDialog", "Add"),
            translate("CriteriaDialog", "Add the criterion typed (Enter)"),
        )
        self.rename_button = _button(translate("CriteriaDialog", "Rename"), key_text("F2"))
        self.remove_button = _button(translate("CriteriaDialog", "Remove"))
        self.up_button = _button(translate("CriteriaDialog", "Move up"), key_text("Ctrl+Up"))
        self.down_button = _button(translate("CriteriaDialog", "Move down"), key_text("Ctrl+Down"))
        self.error = plain_label()
        self.error.setObjectName("formError")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        self._lay_out()
        self._connect_signals()
        self._open_weight_editors()
        self._update_buttons()
        self.new_name.setFocus()

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setAccessibleName(translate("CriteriaDialog", "Criteria"))
        table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
        table.setModel(self.model)
        table.setItemDelegate(WeightDelegate(table))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        table.setDragDropOverwriteMode(False)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        fit_columns(table, stretch=(CriteriaColumn.NAME,))
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 14)
        return table

    def _lay_out(self) -> None:
        adding = QHBoxLayout()
        adding.addWidget(self.new_name, 1)
        adding.addWidget(labelled(translate("CriteriaDialog", "Weight"), self.new_weight))
        adding.addWidget(self.new_weight)
        adding.addWidget(self.add_button)
        row = QHBoxLayout()
        for button in (self.rename_button, self.remove_button, self.up_button, self.down_button):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(translate("CriteriaDialog", INTRO)))
        layout.addLayout(adding)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.new_name, self.new_weight)

    def _connect_signals(self) -> None:
        self.new_name.returnPressed.connect(self.add_criterion)
        self.add_button.clicked.connect(self.add_criterion)
        self.rename_button.clicked.connect(self.rename_current)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Up"), self, lambda: self.move_current(-1))
        QShortcut(QKeySequence("Ctrl+Down"), self, lambda: self.move_current(1))
        self.model.write_refused.connect(self._on_model_write_refused)
        self.model.modelReset.connect(self._open_weight_editors)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)

    # -- what is shown ----------------------------------------------------------------

    def _open_weight_editors(self) -> None:
        for row in range(self.model.rowCount()):
            self.table.openPersistentEditor(self.model.index(row, CriteriaColumn.WEIGHT))

    def current_row(self) -> int:
        """Return the selected row, or -1."""
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def select_row(self, row: int) -> None:
        """Select a criterion's row."""
        if 0 <= row < self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, CriteriaColumn.NAME),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.current_row()
        for button in (self.rename_button, self.remove_button):
            button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.model.rowCount() - 1)

    def show_error(self, message: str) -> None:
        """Say why a change was refused."""
        show_message(self.error, message)

    # -- actions ------------------------------------------------------------------------

    def add_criterion(self) -> bool:
        """Add the criterion typed in the new-name box; keep the text if it is refused."""
        field_id, name = self.model.field_id, self.new_name.text()
        if field_id is None:
            return False
        added: list[int] = []
        weight = self.new_weight.value()

        def add() -> None:
            added.append(ranking.add_criterion(field_id=field_id, name=name, weight=weight))

        if not run_action(
            self.events,
            add,
            saved=translate("CriteriaDialog", "Criterion added"),
            refused=self.show_error,
            parent=self,
        ):
            return False
        self.show_error("")
        self.model.reload()
        self.select_row(self.model.row_of(added[0]))
        self.new_name.clear()
        self.new_weight.setValue(3)
        self.new_name.setFocus()
        return True

    def rename_current(self) -> None:
        """Edit the selected criterion's name in place."""
        row = self.current_row()
        if row >= 0:
            self.table.setFocus()
            self.table.edit(self.model.index(row, CriteriaColumn.NAME))

    def confirm_remove(self, name: str, scored: int) -> bool:
        """Ask before removing a criterion that contacts have scores on."""
        box = plain_message_box(
            self,
            translate("CriteriaDialog", "Remove a criterion"),
            translate("CriteriaDialog", "Remove “%1”?").replace("%1", name),
            self.tr(
                "You gave %n contact(s) a score on it: those scores are removed too, and the "
                "weighted scores follow.",
                "",
                scored,
            ),
        )
        box.setIcon(QMessageBox.Icon.Question)
        remove = box.addButton(
            translate("CriteriaDialog", "Remove"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))  # Enter keeps it
        box.exec()
        return box.clickedButton() is remove

    def remove_current(self) -> bool:
        """Remove the selected criterion (asking first if it has scores)."""
        row = self.current_row()
        if row < 0:
            return False
        criterion = self.model.criterion(row)
        scored = ranking.scores_given(criterion.id)
        if scored and not self.confirm_remove(criterion.name, scored):
            return False
        if not run_action(
            self.events,
            lambda: ranking.remove_criterion(criterion_id=criterion.id),
            saved=translate("CriteriaDialog", "Criterion removed"),
            refused=self.show_error,
            parent=self,
        ):
            return False
        self.model.reload()
        self.select_row(min(row, self.model.rowCount() - 1))
        return True

    def move_current(self, step: int) -> bool:
        """Move the selected criterion one row up (-1) or down (+1)."""
        row = self.current_row()
        target = row + step
        if row < 0 or not 0 <= target < self.model.rowCount():
            return False
        destination = target if step < 0 else target + 1
        if not self.model.moveRows(QModelIndex(), row, 1, QModelIndex(), destination):
            return False
        self.select_row(target)
        return True

    def ask_unsaved(self, name: str) -> QMessageBox.ButtonRole:
        """Ask what to do with a new name typed but not added; return the role chosen."""
        box = plain_message_box(
            self,
            translate("CriteriaDialog", "Not added yet"),
            translate("CriteriaDialog", "“%1” is typed but not added.").replace("%1", name),
            translate("CriteriaDialog", "Add it before closing?"),
        )
        box.setIcon(QMessageBox.Icon.Question)
        box.addButton(translate("CriteriaDialog", "Add it"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(
            translate("CriteriaDialog", "Discard"), QMessageBox.ButtonRole.DestructiveRole
        )
        stay = box.addButton(translate("CriteriaDialog", "Stay"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay)
        box.exec()
        clicked = box.clickedButton()
        return box.buttonRole(clicked) if clicked else QMessageBox.ButtonRole.RejectRole

    def reject(self) -> None:
        """Close; a new name typed but not added is never dropped without asking."""
        typed = self.new_name.text().strip()
        if typed:
            role = self.ask_unsaved(typed)
            if role == QMessageBox.ButtonRole.RejectRole:
                return
            if role == QMessageBox.ButtonRole.AcceptRole and not self.add_criterion():
                return  # refused: the reason shows, the text stays
        super().reject()

    def _on_model_write_refused(self, message: str) -> None:
        self.show_error(message)
        self.model.reload()  # show what is stored
