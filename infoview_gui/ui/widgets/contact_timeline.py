"""A contact's timeline: what happened with them, newest first, each row opening its place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from infoview_gui.domain.changes import Changes, Kind
from infoview_gui.domain.i18n import formats
from infoview_gui.services.timeline import TimelineEntry, timeline

ROWS_SHOWN = 6
"""How many rows the list is tall enough for; more scroll."""
_ENTRY_ROLE = Qt.ItemDataRole.UserRole
translate = QCoreApplication.translate


def _date_text(entry: TimelineEntry) -> str:
    return formats().date(entry.on)


class _Rows(QTreeWidget):
    """The rows: Enter opens the current one, and goes no further (not to a dialog's Save)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter or Return activates the current row and is used up."""
        item = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and item is not None:
            self.itemActivated.emit(item, self.currentColumn())
            event.accept()
            return
        super().keyPressEvent(event)


class ContactTimeline(QWidget):
    """The timeline of one contact, and a button to add a conversation.

    Signals:
        open_requested(TimelineEntry): the user activated a row (Enter, double-click).
        add_requested: the user wants to add a follow-up conversation.
    """

    open_requested = Signal(object)
    add_requested = Signal()

    def __init__(self, contact_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contact_id = contact_id
        self.rows = _Rows()
        self.rows.setAccessibleName(translate("ContactTimeline", "Timeline, newest first"))
        self.rows.setHeaderLabels(
            [translate("ContactTimeline", "Date"), translate("ContactTimeline", "What happened")]
        )
        self.rows.setRootIsDecorated(False)
        self.rows.setUniformRowHeights(True)
        self.rows.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows.setToolTip(
            translate("ContactTimeline", "Enter or double-click opens where it happened")
        )
        line = self.rows.fontMetrics().lineSpacing()
        self.rows.setMinimumHeight(line * (ROWS_SHOWN + 2))
        self.add_button = QPushButton(translate("ContactTimeline", "Add a conversation…"))
        self.add_button.setAutoDefault(False)
        self.add_button.setToolTip(
            translate("ContactTimeline", "A second interview, a coffee, a call, an email exchange")
        )
        self.open_button = QPushButton(translate("ContactTimeline", "Open"))
        self.open_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.rows, 1)
        layout.addLayout(buttons)
        self.rows.itemActivated.connect(self._on_rows_item_activated)
        self.add_button.clicked.connect(self.add_requested)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.rows.currentItemChanged.connect(self._update_buttons)
        self.refresh()

    def refresh(self) -> None:
        """Read the timeline again (the current row stays current when it is still there)."""
        current = self.current_entry()
        self.rows.clear()
        for entry in timeline(contact_id=self.contact_id):
            item = QTreeWidgetItem([_date_text(entry), entry.label])
            item.setData(0, _ENTRY_ROLE, entry)
            item.setToolTip(1, entry.label)
            self.rows.addTopLevelItem(item)
            if current is not None and _same(entry, current):
                self.rows.setCurrentItem(item)
        self.rows.resizeColumnToContents(0)
        self._update_buttons()

    def follow(self, changes: Changes, _origin: object = None) -> None:
        """Read the timeline again when its contact, or any request, changed (an undo too)."""
        ids = changes.ids_of(Kind.CONTACTS)
        mine = changes.touches(Kind.CONTACTS) and (ids is None or self.contact_id in ids)
        if mine or changes.touches(Kind.INTERVIEWS):
            self.refresh()

    def entries(self) -> list[TimelineEntry]:
        """Return the entries shown, top to bottom."""
        items = (self.rows.topLevelItem(i) for i in range(self.rows.topLevelItemCount()))
        return [self._entry(item) for item in items if item is not None]

    def current_entry(self) -> TimelineEntry | None:
        """Return the entry of the current row, if any."""
        item = self.rows.currentItem()
        return self._entry(item) if item is not None else None

    @staticmethod
    def _entry(item: QTreeWidgetItem) -> TimelineEntry:
        entry = item.data(0, _ENTRY_ROLE)
        assert isinstance(entry, TimelineEntry)
        return entry

    def _update_buttons(self, *_args: object) -> None:
        self.open_button.setEnabled(self.rows.currentItem() is not None)

    def _on_rows_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self.open_requested.emit(self._entry(item))

    def _on_open_button_clicked(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            self.open_requested.emit(entry)


def _same(one: TimelineEntry, other: TimelineEntry) -> bool:
    return (one.place, one.record_id, one.label) == (other.place, other.record_id, other.label)
