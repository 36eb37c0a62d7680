"""Career fields: the fields the user weighs on the left, the research on one on the right."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QHideEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from infoview_gui.domain.enums import FieldStatus
from infoview_gui.domain.errors import DomainError
from infoview_gui.domain.research import research_lines
from infoview_gui.qtmodels.rows_table import Row
from infoview_gui.services.fields import add_research_items, delete_field, move_field, set_status
from infoview_gui.store import queries
from infoview_gui.store.field_queries import FieldDetail, field_detail
from infoview_gui.store.snapshots import Snapshot
from infoview_gui.ui.dialogs.field_edit import LinksBox, NotesEditor, RenameFieldDialog, VerifyBox
from infoview_gui.ui.dialogs.records import FieldDialog
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.formatting import enum_text, plain, whole_number
from infoview_gui.ui.save_status import run_action
from infoview_gui.ui.text_roles import TextRole
from infoview_gui.ui.undo import DeletionCommand
from infoview_gui.ui.views.ids import ViewId
from infoview_gui.ui.views.records import RecordsView
from infoview_gui.ui.widgets.choices import enum_combo
from infoview_gui.ui.widgets.labels import heading_label, plain_label
from infoview_gui.ui.widgets.referral_chains import ReferralChainsBox

translate = QCoreApplication.translate

# The fields table's keys, in the order of its actions; Help > Guide lists them too.
TABLE_KEYS: tuple[tuple[str, str | QKeySequence.StandardKey], ...] = (
    (str(QT_TRANSLATE_NOOP("FieldsView", "Rename")), "F2"),
    (str(QT_TRANSLATE_NOOP("FieldsView", "Delete")), QKeySequence.StandardKey.Delete),
    (str(QT_TRANSLATE_NOOP("FieldsView", "Move up")), "Ctrl+Up"),
    (str(QT_TRANSLATE_NOOP("FieldsView", "Move down")), "Ctrl+Down"),
)


class ResearchPanel(QWidget):
    """The research on one field: notes saved as typed, links, and lines to verify."""

    def __init__(self, events: AppEvents) -> None:
        super().__init__()
        self.events = events
        self._detail: FieldDetail | None = None
        self.title = heading_label("")
        self.notes = NotesEditor(events)
        self.hint = plain_label(
            translate(
                "ResearchPanel",
                "Saved as you type. Select what only someone inside the field can tell you, "
                "then mark it.",
            )
        )
        self.hint.setObjectName("viewDescription")
        self.verify_button = QPushButton(translate("ResearchPanel", "Verify in an interview"))
        self.links = LinksBox()
        self.verify = VerifyBox()
        self.chains = ReferralChainsBox()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(
            heading_label(translate("ResearchPanel", "Research notes"), role=TextRole.SECTION)
        )
        layout.addWidget(self.notes, 3)
        row = QHBoxLayout()
        row.addWidget(self.hint, 1)
        row.addWidget(self.verify_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
        layout.addSpacing(8)
        lists = QHBoxLayout()
        lists.setSpacing(16)
        lists.addWidget(self.links, 1)
        lists.addWidget(self.verify, 1)
        lists.addWidget(self.chains, 1)
        layout.addLayout(lists, 2)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.verify_button.clicked.connect(self._on_verify_button_clicked)
        self.notes.cursorPositionChanged.connect(self._update_verify_button)
        self.notes.selectionChanged.connect(self._update_verify_button)
        self.links.links_changed.connect(self._on_research_changed)
        self.verify.items_changed.connect(self._on_research_changed)

    def show_field(self, detail: FieldDetail | None) -> None:
        """Show the research on a field, or nothing."""
        self._detail = detail
        self.title.setText("" if detail is None else detail.name)
        field_id = None if detail is None else detail.id
        self.notes.load(field_id)
        self.links.show_field(field_id, "" if detail is None else detail.name)
        self.verify.show_field(field_id)
        self.chains.show_field(field_id)
        self._update_verify_button()

    def _update_verify_button(self) -> None:
        lines = research_lines(self.notes.chosen_text())
        self.verify_button.setEnabled(self._detail is not None and bool(lines))

    def _on_verify_button_clicked(self) -> None:
        if self._detail is None:
            return
        lines = research_lines(self.notes.chosen_text())
        field_id = self._detail.id
        if not run_action(
            self.events, lambda: add_research_items(field_id=field_id, texts=lines), saved=""
        ):
            return
        self.verify.show_field(self._detail.id)
        self.notes.setFocus()
        self._on_research_changed()
        marked = self.tr("%n line(s) to verify in an interview", "", len(lines))
        self.events.saved.emit(marked)

    def _on_research_changed(self) -> None:
        # Later: a list may be inside its own signal now; reloading it there is unsafe.
        QTimer.singleShot(0, self, self.events.publish)


def _arrow(arrow: Qt.ArrowType, tip: str) -> QToolButton:
    button = QToolButton()
    button.setArrowType(arrow)
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    return button


class FieldsView(RecordsView):
    """The career fields the user is weighing, and the research on the one selected.

    Signals:
        field_selected(int): the field shown on the right is now this one (-1: none).
    """

    field_selected = Signal(int)
    STRETCH = (0,)

    def __init__(self, events: AppEvents) -> None:
        super().__init__(
            events,
            title=translate("FieldsView", "Career fields"),
            description=translate(
                "FieldsView",
                "Research each field before you ask anyone: a busy professional's time is for "
                "what a web search cannot tell you.",
            ),
            empty_sentence=translate(
                "FieldsView",
                "The career fields you are weighing go here. Add one to start your research; "
                "you can weigh several or settle on one.",
            ),
            add_text=translate("FieldsView", "Add a career field"),
            headers=(
                translate("FieldsView", "Field"),
                translate("FieldsView", "Status"),
                translate("FieldsView", "Contacts"),
            ),
            formatters=(plain, enum_text(FieldStatus), whole_number),
        )
        # Paint the style sheet's white background: a Python QWidget does not by default.
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._detail: FieldDetail | None = None
        self._read_at_show = False  # read by a refresh as the view is being shown
        self.research = ResearchPanel(events)
        self.rename_button = QPushButton(translate("FieldsView", "Rename…"))
        self.delete_button = QPushButton(translate("FieldsView", "Delete"))
        self.up_button = _arrow(Qt.ArrowType.UpArrow, translate("FieldsView", "Move up (Ctrl+Up)"))
        self.down_button = _arrow(
            Qt.ArrowType.DownArrow, translate("FieldsView", "Move down (Ctrl+Down)")
        )
        self.status = enum_combo(FieldStatus)
        self.learned_button = QPushButton(translate("FieldsView", "What I learned"))
        self.learned_button.setToolTip(
            translate("FieldsView", "Answers by topic, fields side by side, progress")
        )
        self.workspace = self._make_workspace()
        self.stack.addWidget(self.workspace)
        self._add_table_actions()
        self._connect_field_signals()

    def _make_workspace(self) -> QSplitter:
        self.stack.removeWidget(self.table)
        self.table.setSortingEnabled(False)  # the user's own order, set with Move up/down
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.fit.measure()  # no sort arrow now
        self.header.action_row.removeWidget(self.add_button)  # it goes under the list
        self.add_button.setText(translate("FieldsView", "Add…"))
        buttons = QHBoxLayout()
        for widget in (self.add_button, self.rename_button, self.delete_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        status_row = QHBoxLayout()
        status_label = QLabel(translate("FieldsView", "&Status"))
        status_label.setBuddy(self.status)
        status_row.addWidget(status_label)
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.learned_button)
        left = QWidget()
        side = QVBoxLayout(left)
        side.setContentsMargins(0, 0, 12, 0)
        side.addWidget(self.table, 1)
        self.table.show()  # the stack hid it as a page not shown
        side.addLayout(buttons)
        side.addLayout(status_row)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.research)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 600])
        return splitter

    def _add_table_actions(self) -> None:
        slots = (
            self._on_rename_button_clicked,
            self._on_delete_clicked,
            self._on_up_button_clicked,
            self._on_down_button_clicked,
        )
        for (text, keys), slot in zip(TABLE_KEYS, slots, strict=True):
            action = QAction(translate("FieldsView", text), self.table)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.table.addAction(action)

    def _connect_field_signals(self) -> None:
        self.table.selectionModel().currentRowChanged.connect(self._on_selection_row_changed)
        self.rename_button.clicked.connect(self._on_rename_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.up_button.clicked.connect(self._on_up_button_clicked)
        self.down_button.clicked.connect(self._on_down_button_clicked)
        self.status.activated.connect(self._on_status_activated)
        self.learned_button.clicked.connect(self._on_learned_button_clicked)

    def load_rows(self) -> list[Row]:
        """Every field with its status and number of contacts, in the user's order."""
        return queries.field_rows()

    def current_field_id(self) -> int | None:
        """Return the id of the field selected, if any."""
        return None if self._detail is None else self._detail.id

    def select_field(self, field_id: int) -> None:
        """Select a field in the list and show its research."""
        for row in range(self.model.rowCount()):
            if self.model.row_id(row) == field_id:
                self._select_row(row)
                return

    def _select_row(self, row: int) -> None:
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        index = self.proxy.index(row, 0)
        selection = self.table.selectionModel()
        moved = selection.currentIndex() != index
        selection.setCurrentIndex(index, flags)
        if not moved:  # the same row: no signal shows it again, so show it here
            self._show_field(self.model.row_id(self.proxy.mapToSource(index).row()))

    def refresh(self) -> None:
        """Reload the fields, keeping the selection, or show the empty state."""
        self.research.notes.flush()
        keep = self.current_field_id()
        old_row = max(0, self.table.currentIndex().row())
        rows = self.load_rows()
        self.model.set_rows(rows)
        self.stack.setCurrentWidget(self.workspace if rows else self.empty)
        if not rows:
            self._show_field(None)
            return
        ids = [int(str(row[0])) for row in rows]
        self._select_row(ids.index(keep) if keep in ids else min(old_row, len(ids) - 1))

    def showEvent(self, event: QShowEvent) -> None:
        """Re-read the research shown: the guide may have changed the notes meanwhile.

        Not when a refresh at this show (its filter runs first) has just read it.
        """
        if self._detail is not None and not self._read_at_show:
            self._show_field(self._detail.id)
        self._read_at_show = False
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        """From now on the research shown may grow old: read it again at the next show."""
        self._read_at_show = False
        super().hideEvent(event)

    def _show_field(self, field_id: int | None) -> None:
        self._read_at_show = self.isVisible()  # True while being shown: see showEvent
        detail = None if field_id is None else field_detail(field_id)
        self._detail = detail
        self.research.show_field(detail)
        self.status.setCurrentIndex(0 if detail is None else self.status.findData(detail.status))
        for widget in (self.rename_button, self.delete_button, self.status, self.learned_button):
            widget.setEnabled(detail is not None)
        self.up_button.setEnabled(detail is not None)
        self.down_button.setEnabled(detail is not None)
        self.field_selected.emit(-1 if detail is None else detail.id)

    def add_record(self) -> None:
        """Ask for a new field's name, then start its research."""
        dialog = FieldDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.created_id is None:
            return
        self.select_field(dialog.created_id)  # the dialog published it: the table has it
        self.events.saved.emit(translate("FieldsView", "Career field added"))
        self.research.notes.setFocus()

    def open_record(self, record_id: int) -> None:
        """Activating a field (double-click, Enter) renames it."""
        self._on_rename_button_clicked()

    def _on_selection_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._show_field(self.model.row_id(self.proxy.mapToSource(current).row()))

    def _on_rename_button_clicked(self) -> None:
        if self._detail is None:
            return
        dialog = RenameFieldDialog(self._detail.id, self._detail.name, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.events.saved.emit(translate("FieldsView", "Career field renamed"))

    def _on_status_activated(self, _index: int) -> None:
        if self._detail is None:
            return
        status = FieldStatus(self.status.currentData())
        field_id, name = self._detail.id, self._detail.name
        if not run_action(
            self.events,
            lambda: set_status(field_id=field_id, status=status),
            saved=f"{name}: {status.label}",
        ):
            self.refresh()  # the list shows the status that is stored

    def _on_learned_button_clicked(self) -> None:
        if self._detail is not None:
            field_id = self._detail.id
            self.events.view_requested.emit(ViewId.LEARNED)
            self.events.learned_requested.emit(field_id)

    def _on_delete_clicked(self) -> None:
        if self._detail is None:
            return
        field_id, name = self._detail.id, self._detail.name
        try:
            snapshot = self._delete(field_id)
        except DomainError as exc:  # deleted meanwhile, or the disk refused
            self.events.saved.emit(str(exc))
            self.refresh()
            return
        command = DeletionCommand(
            translate("FieldsView", "Delete career field %1").replace("%1", name),
            snapshot,
            lambda: self._delete(field_id),
            self.events.publish,
        )
        self.events.push_deletion(command)

    def _delete(self, field_id: int) -> Snapshot:
        self.research.notes.flush()  # so that undo brings back the last words typed
        return delete_field(field_id=field_id)

    def _move(self, offset: int) -> None:
        if self._detail is not None:
            field_id = self._detail.id
            run_action(self.events, lambda: move_field(field_id=field_id, offset=offset), saved="")

    def _on_up_button_clicked(self) -> None:
        self._move(-1)

    def _on_down_button_clicked(self) -> None:
        self._move(1)
