"""Step 3: rank the shortlist, ask the top person, schedule the interview."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from infoview_gui.domain.enums import InterviewStatus
from infoview_gui.domain.pipeline import next_to_ask
from infoview_gui.qtmodels.roles import RowIdRole
from infoview_gui.store import queries
from infoview_gui.ui.asking_actions import AskingFlow
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.formatting import enum_text, plain
from infoview_gui.ui.widgets.labels import heading_label, plain_label
from infoview_gui.ui.wizard.ids import PageId
from infoview_gui.ui.wizard.step_page import StepPage


class NextRowDelegate(QStyledItemDelegate):
    """Shows the row of the next person to ask in bold."""

    next_id: int | None = None

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        """Bold the next person's row."""
        super().initStyleOption(option, index)
        if self.next_id is not None and index.data(RowIdRole) == self.next_id:
            font = option.font  # a copy: set it back
            font.setBold(True)
            option.font = font


class AskingPanel(QFrame):
    """Where one contact's request stands, and buttons for what can be done next."""

    def __init__(self, flow: AskingFlow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flow = flow
        self.contact_id: int | None = None
        self.title = heading_label("", size=1.1)
        self.status = plain_label()
        self.buttons: list[QPushButton] = []
        self._row = QHBoxLayout()
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addLayout(self._row)

    def set_contact(self, contact_id: int | None, name: str = "") -> None:
        """Show the request of ``contact_id`` (None: nobody chosen)."""
        self.contact_id = contact_id
        for button in self.buttons:
            self._row.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        self.title.setText(name)
        self.title.setVisible(bool(name))
        if contact_id is None:
            self.status.setText("Choose someone on the list to see what to do next.")
            return
        self.status.setText(self.flow.describe(contact_id))
        for position, action in enumerate(self.flow.actions_for(contact_id)):
            button = QPushButton(action.text.replace("&", "&&"))  # "&" is not a shortcut here
            button.setObjectName(f"action_{action.key}")
            button.clicked.connect(action.run)
            self._row.insertWidget(position, button)
            self.buttons.append(button)

    def button(self, key: str) -> QPushButton | None:
        """Return the button of the action ``key``, if it is offered."""
        return next((b for b in self.buttons if b.objectName() == f"action_{key}"), None)


class AskPage(StepPage):
    """The ranked shortlist of the field, the next person to ask, and the actions."""

    def __init__(self, events: AppEvents) -> None:
        super().__init__(
            events,
            PageId.ASK,
            "Rank, ask, schedule",
            "Put the people you most want to talk to first, then ask the top one for 20-30 "
            "minutes in person, by phone or by video. If they decline, thank them and ask "
            "the next.",
        )
        self.next_person = self.add_note()
        self.table, self.model = self.make_table(
            ("Name", "Organisation", "Job title", "Request"),
            (plain, plain, plain, _request_text),
        )
        self.delegate = NextRowDelegate(self.table)
        self.table.setItemDelegate(self.delegate)
        self.flow = AskingFlow(events, self)
        self.panel = AskingPanel(self.flow)
        self.body.addWidget(self.panel)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.table.activated.connect(self._on_table_activated)

    def refresh(self) -> None:
        """Show the shortlist in rank order, who to ask next, and the chosen request."""
        field = self.guide_field()
        rows = queries.shortlist_rows(field[0]) if field else []
        ranked = [(int(str(row[0])), _status(row[4])) for row in rows]
        next_id = next_to_ask(ranked)
        names = {int(str(row[0])): str(row[1]) for row in rows}
        self.delegate.next_id = next_id
        self.next_person.setText(
            f"Next to ask: {names[next_id]}"
            if next_id is not None
            else "Everyone on the shortlist has been asked."
            if rows
            else "Add contacts in step 2 to build your shortlist."
        )
        keep = self.panel.contact_id
        self.show_rows(self.model, self.table, rows)
        self._select(keep if keep in names else next_id, names)

    def _select(self, contact_id: int | None, names: dict[int, str]) -> None:
        row = list(names).index(contact_id) if contact_id in names else -1
        if row < 0:
            self.panel.set_contact(None)
            return
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)
        self.panel.set_contact(contact_id, names[contact_id] if contact_id else "")

    def _on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.panel.set_contact(None)
            return
        contact_id = self.model.row_id(current.row())
        name = str(self.model.index(current.row(), 0).data(Qt.ItemDataRole.DisplayRole))
        self.panel.set_contact(contact_id, name)

    def _on_table_activated(self, _index: QModelIndex) -> None:
        if self.panel.buttons:
            self.panel.buttons[0].click()


def _request_text(value: object) -> str:
    """Show where a request stands; a contact without one is not asked yet."""
    return enum_text(InterviewStatus)(value or InterviewStatus.NOT_ASKED.value)


def _status(value: object) -> InterviewStatus | None:
    return None if value is None else InterviewStatus(str(value))
