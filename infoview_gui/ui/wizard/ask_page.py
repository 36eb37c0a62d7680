"""Step 3: rank the shortlist on your criteria, ask the top person, schedule the interview."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from infoview_gui.domain.enums import InterviewStatus
from infoview_gui.domain.pipeline import next_to_ask
from infoview_gui.qtmodels.contact_columns import Column
from infoview_gui.qtmodels.contact_table import ContactTableModel
from infoview_gui.qtmodels.roles import RowIdRole
from infoview_gui.services import ranking
from infoview_gui.store import queries
from infoview_gui.store.contact_table import ContactFilter
from infoview_gui.ui.asking_actions import AskingFlow
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.save_status import run_action
from infoview_gui.ui.text_roles import TextRole
from infoview_gui.ui.widgets.contact_table_view import ContactTableView
from infoview_gui.ui.widgets.labels import heading_label, plain_label
from infoview_gui.ui.widgets.score_delegate import ScoreDelegate
from infoview_gui.ui.wizard.ids import PageId
from infoview_gui.ui.wizard.step_page import StepPage

translate = QCoreApplication.translate


def key_text(keys: str) -> str:
    """Return keys as the keyboard names them in the user's language (Strg+Hoch)."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


class NextRowDelegate(ScoreDelegate):
    """Edits scores, and shows the row of the next person to ask in bold."""

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
        self.title = heading_label("", role=TextRole.SECTION)
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
            self.status.setText(
                translate("AskingPanel", "Choose someone on the list to see what to do next.")
            )
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
    """The field's contacts in rank order, to rank and ask: the table of Contacts, narrowed.

    Scores are typed in the criterion columns; rows move by drag, Move up / Move down or
    "Order by score". The next person to ask is named and shown in bold.
    """

    def __init__(self, events: AppEvents) -> None:
        super().__init__(
            events,
            PageId.ASK,
            translate("AskPage", "Rank, ask, schedule"),
            translate(
                "AskPage",
                "Score each person on your criteria and put the people you most want to talk "
                "to first, then ask the top one for 20-30 minutes in person, by phone or by "
                "video. If they decline, thank them and ask the next.",
            ),
        )
        self.next_person = self.add_note()
        self.model = ContactTableModel()
        # A move or a score typed here is shown at once: tell the other views (Home's
        # next person) without reading this page again.
        self.model.after_write = self._on_model_written
        self.table = ContactTableView(self.model, sortable=False, hidden=HIDDEN)
        self.delegates = (NextRowDelegate(self.table), NextRowDelegate(self.table.frozen))
        self.table.use_delegates(*self.delegates)
        self.body.addWidget(self.table, 1)
        self.up_button = QPushButton(translate("AskPage", "Move up"))
        self.down_button = QPushButton(translate("AskPage", "Move down"))
        self.score_button = QPushButton(translate("AskPage", "Order by score"))
        self.criteria_button = QPushButton(translate("AskPage", "Criteria…"))
        self.up_button.setToolTip(key_text("Ctrl+Up"))
        self.down_button.setToolTip(key_text("Ctrl+Down"))
        self.criteria_button.setToolTip(
            translate("AskPage", "Add, rename, remove or reorder the criteria")
        )
        row = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.score_button, self.criteria_button):
            row.addWidget(button)
        row.addStretch(1)
        self.body.addLayout(row)
        self.flow = AskingFlow(events, self)
        self.panel = AskingPanel(self.flow)
        self.body.addWidget(self.panel)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.table.open_requested.connect(self._on_table_open_requested)
        self.up_button.clicked.connect(lambda: self.table.move_selection(-1))
        self.down_button.clicked.connect(lambda: self.table.move_selection(1))
        self.score_button.clicked.connect(self.order_by_score)
        self.criteria_button.clicked.connect(self.edit_criteria)
        self.model.write_refused.connect(self._on_model_write_refused)

    def refresh(self) -> None:
        """Show the field's contacts in rank order, who to ask next, and the chosen request."""
        field = self.guide_field()
        keep = self.panel.contact_id
        self.model.set_filter(ContactFilter(field_id=field[0] if field else -1), reload=True)
        for button in (self.up_button, self.down_button, self.score_button, self.criteria_button):
            button.setEnabled(field is not None)
        next_id = self._show_next()
        shown = keep if keep is not None and self.model.row_of(keep) >= 0 else next_id
        self._select(shown)

    def _show_next(self) -> int | None:
        """Name the next person to ask and bold their row; return their id."""
        field = self.guide_field()
        rows = queries.shortlist_rows(field[0]) if field else []
        next_id = next_to_ask([(int(str(row[0])), _status(row[4])) for row in rows])
        names = {int(str(row[0])): str(row[1]) for row in rows}
        for delegate in self.delegates:
            delegate.next_id = next_id
        self.table.viewport().update()
        self.table.frozen.viewport().update()
        self.next_person.setText(
            translate("AskPage", "Next to ask: %1").replace("%1", names[next_id])
            if next_id is not None
            else translate("AskPage", "Everyone on the shortlist has been asked.")
            if rows
            else translate("AskPage", "Add contacts in step 2 to build your shortlist.")
        )
        return next_id

    def _select(self, contact_id: int | None) -> None:
        if contact_id is None or self.model.row_of(contact_id) < 0:
            self.panel.set_contact(None)
            return
        self.table.select_ids([contact_id])
        self._show_panel(contact_id)

    def _show_panel(self, contact_id: int) -> None:
        row = self.model.row_of(contact_id)
        name = str(self.model.index(row, Column.NAME).data(Qt.ItemDataRole.DisplayRole))
        self.panel.set_contact(contact_id, name)

    def order_by_score(self) -> None:
        """Rank the field's contacts by their weighted score, best first."""
        field = self.guide_field()
        if field is not None:
            run_action(
                self.events,
                lambda: ranking.order_by_score(field_id=field[0]),
                saved=translate("AskPage", "Ranked by score"),
                parent=self,
            )

    def edit_criteria(self) -> None:
        """Open the field's criteria (this page follows each change)."""
        from infoview_gui.ui.dialogs.criteria import CriteriaDialog

        field = self.guide_field()
        if field is not None:
            dialog = CriteriaDialog(self.events, field[0], field[1], self)
            dialog.exec()
            dialog.deleteLater()

    def _on_model_written(self) -> None:
        self.events.publish(origin=self)
        self._show_next()

    def _on_model_write_refused(self, message: str) -> None:
        self.events.saved.emit(message)
        self.refresh()  # show what is stored

    def _on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.panel.set_contact(None)
            return
        self._show_panel(self.model.row_id(current.row()))

    def _on_table_open_requested(self, _contact_id: int) -> None:
        if self.panel.buttons:
            self.panel.buttons[0].click()


HIDDEN = (Column.FIELD, Column.SOURCE, Column.INTRODUCED_BY, Column.LOCATION)
"""One field is shown: its name, and where each person was found, can wait for Contacts."""


def _status(value: object) -> InterviewStatus | None:
    return None if value is None else InterviewStatus(str(value))
