"""The Contacts view: search, filter, sort, open, rank and delete contacts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from infoview_gui.domain.changes import Changes, Kind
from infoview_gui.domain.enums import InterviewStatus, Source
from infoview_gui.qtmodels.contact_columns import Column
from infoview_gui.qtmodels.contact_table import ContactTableModel
from infoview_gui.qtmodels.contact_updates import touched_contacts
from infoview_gui.services import ranking
from infoview_gui.store.contact_table import ContactFilter, count_contacts
from infoview_gui.store.queries import field_choices
from infoview_gui.ui.accessibility import labelled
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.refresh import Refresher
from infoview_gui.ui.save_status import run_action
from infoview_gui.ui.views.contact_deletion import delete_contacts
from infoview_gui.ui.views.contact_tags import refill_tag_filter, tag_contacts
from infoview_gui.ui.views.ids import ViewId, view_title
from infoview_gui.ui.widgets.contact_table_view import ContactTableView
from infoview_gui.ui.widgets.empty_state import EmptyState
from infoview_gui.ui.widgets.header import ViewHeader
from infoview_gui.ui.widgets.keyboard_menu import keyboard_menu
from infoview_gui.ui.widgets.labels import plain_label

if TYPE_CHECKING:
    from infoview_gui.ui.asking_actions import AskingFlow

TAG_ROOM = 8  # characters of a tag shown whole in the filter (longer ones are elided)
FILTER_ROOM = 5  # each filter's least width, in characters: longer labels are elided at 1024 px
SEARCH_ROOM = 16  # the search box's least width, in average characters


def _combo(none_text: str, items: Sequence[tuple[object, str]]) -> QComboBox:
    combo = QComboBox()
    combo.addItem(none_text, None)
    for value, label in items:
        combo.addItem(label, value)
    return combo


class ContactsView(QWidget):
    """Every contact in one table, with a search box and filters."""

    # the rows, their ranks and scores, their requests' states, the fields to filter on
    KINDS = Kind.CONTACTS | Kind.RANKING | Kind.INTERVIEWS | Kind.FIELDS | Kind.IMPORTS
    KINDS |= Kind.SETTINGS  # the reply rules and holidays of the Next step column

    def __init__(self, events: AppEvents) -> None:
        super().__init__()
        self.events = events
        self.model = ContactTableModel()
        # A move or a score typed in the table is shown by the model at once: publish it
        # to the other views (Home's "ask the next person") without reloading this one.
        self.model.after_write = lambda: self.events.publish(origin=self.model)
        self.table = ContactTableView(self.model)
        self.table.read_in_worker()  # sorts, searches and reloads never stop the window
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._asking: AskingFlow | None = None  # made when first needed (its dialogs load then)
        self.header = ViewHeader(
            view_title(ViewId.CONTACTS),
            self.tr(
                "People working in your fields. Rank each field's shortlist: who would you "
                "most like to talk to?"
            ),
        )
        self.add_button = QPushButton(self.tr("Add a contact"))
        self.header.action_row.addWidget(self.add_button)
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Search names, organizations, emails, phones, notes…")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search contacts"))
        self.field_filter = _combo(self.tr("All fields"), [])
        statuses = [(s, s.label) for s in InterviewStatus]
        self.status_filter = _combo(self.tr("Any status"), statuses)
        self.source_filter = _combo(self.tr("Any source"), [(s.value, s.label) for s in Source])
        self.tag_filter = _combo(self.tr("Any tag"), [])
        # Tags come after the first show: room for a short one ("met at fair"), not "Any tag".
        # The others share the room left: a long label ("Jede Herkunft") is elided, not the
        # search box squeezed; each widens when the window has room (stretch).
        for combo, room in (
            (self.field_filter, FILTER_ROOM),
            (self.status_filter, FILTER_ROOM),
            (self.source_filter, FILTER_ROOM),
            (self.tag_filter, TAG_ROOM),
        ):
            combo.setMinimumContentsLength(room)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
        self.search.setMinimumWidth(self.search.fontMetrics().averageCharWidth() * SEARCH_ROOM)
        self.count = plain_label(wrap=False)
        self.empty = EmptyState(
            self.tr(
                "People you could interview go here. Add the first one: someone you know, or "
                "someone a friend, professor or alumni program introduced."
            ),
            self.tr("Add a contact"),
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self._table_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(self.header)
        layout.addWidget(self.stack, 1)
        self._connect_signals()

    def _table_page(self) -> QWidget:
        page = QWidget()
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for name, combo in (
            (self.tr("Field"), self.field_filter),
            (self.tr("Status"), self.status_filter),
            (self.tr("Source"), self.source_filter),
            (self.tr("Tag"), self.tag_filter),
        ):
            filters.addWidget(labelled(name, combo))
            filters.addWidget(combo, 1)
        filters.addWidget(self.count)
        self.open_button = QPushButton(self.tr("Open"))
        self.step_button = QToolButton()
        self.step_button.setText(self.tr("Ask / next step"))
        self.step_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.step_menu = QMenu(self.step_button)
        self.step_button.setMenu(self.step_menu)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.score_button = QPushButton(self.tr("Order by score"))
        self.criteria_button = QPushButton(self.tr("Criteria…"))
        self.criteria_button.setToolTip(
            self.tr("Add, rename, remove or reorder this field's criteria")
        )
        self.duplicates_button = QPushButton(self.tr("Possible duplicates…"))
        self.duplicates_button.setToolTip(
            self.tr("The same person twice: list them, and merge each pair")
        )
        native = QKeySequence.SequenceFormat.NativeText  # Qt's catalogue: "Strg" in German
        self.up_button.setToolTip(QKeySequence("Ctrl+Up").toString(native))
        self.down_button.setToolTip(QKeySequence("Ctrl+Down").toString(native))
        self.reorder_hint = plain_label(  # under the buttons: they take the row in German
            self.tr("To reorder, show one career field sorted by rank, with no other filter.")
        )
        self.reorder_hint.setObjectName("viewDescription")
        actions = QHBoxLayout()
        for button in (
            self.open_button,
            self.delete_button,
            self.up_button,
            self.down_button,
            self.score_button,
            self.criteria_button,
            self.duplicates_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)  # buttons keep their size
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.reorder_hint)
        return page

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self.add_contact)
        self.duplicates_button.clicked.connect(self.show_duplicates)
        self.empty.action_requested.connect(self.add_contact)
        self.search.textChanged.connect(self._on_search_text_changed)
        for combo in (self.field_filter, self.status_filter, self.source_filter, self.tag_filter):
            combo.currentIndexChanged.connect(self._on_filters_changed)
        self.table.open_requested.connect(self.open_contact)
        self.table.delete_requested.connect(self.delete_selected)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.delete_button.clicked.connect(self.delete_selected)
        self.up_button.clicked.connect(lambda: self.table.move_selection(-1))
        self.down_button.clicked.connect(lambda: self.table.move_selection(1))
        self.score_button.clicked.connect(self._on_score_button_clicked)
        self.criteria_button.clicked.connect(self.edit_criteria)
        self.step_menu.aboutToShow.connect(self._on_step_menu_about_to_show)
        self.table.customContextMenuRequested.connect(self._on_table_context_menu_requested)
        keyboard_menu(self.table)  # the Menu key and Shift+F10: on the current row
        self.model.modelReset.connect(self._update_state)
        self.model.layoutChanged.connect(self._update_state)
        self.model.write_refused.connect(self._on_model_write_refused)
        self.model.read_failed.connect(self.events.saved.emit)
        self.refresher = Refresher(self, self.events, self.KINDS, self._follow, own=self.model)

    # -- data -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the fields for the filter and the matching contacts."""
        current = self.field_filter.currentData()
        self.field_filter.blockSignals(True)
        while self.field_filter.count() > 1:
            self.field_filter.removeItem(1)
        for field_id, name in field_choices():
            self.field_filter.addItem(name, field_id)
        self.field_filter.setCurrentIndex(max(0, self.field_filter.findData(current)))
        self.field_filter.blockSignals(False)
        refill_tag_filter(self.tag_filter)
        self._apply_filters(reload=True)
        if not self.model.is_loaded():
            self._update_state()  # "Loading…" until the first order comes

    def is_reading(self) -> bool:
        """Whether the table is reading an order (it shows the previous one meanwhile)."""
        return self.model.is_reading()

    def _follow(self, changes: Changes) -> None:
        """Show what changed: the rows touched when few, else everything read again."""
        if changes.touches(Kind.SETTINGS):
            self.model.rules_changed()
            if not changes.touches(self.KINDS & ~Kind.SETTINGS):
                return
        touched = touched_contacts(changes, self.model.contact_filter.field_id)
        if refill_tag_filter(self.tag_filter):  # its tag is used no more: "Any tag"
            touched = None
        ranked = changes.ids_of(Kind.RANKING)
        if touched is not None and self.model.update_contacts(touched, ranked):
            self._update_state()
        else:
            self.refresh()

    def _apply_filters(self, *, reload: bool = False) -> None:
        self.model.set_filter(
            ContactFilter(
                search=self.search.text(),
                field_id=self.field_filter.currentData(),
                status=self.status_filter.currentData(),
                source=self.source_filter.currentData(),
                tag_id=self.tag_filter.currentData(),
            ),
            reload=reload,
        )

    def _update_state(self) -> None:
        total = count_contacts()
        shown = self.model.rowCount()
        self.stack.setCurrentIndex(1 if total else 0)
        if not self.model.is_loaded():
            self.count.setText(self.tr("Loading…"))
        elif shown != total:
            locale = QLocale()
            text = self.tr("%1 of %2").replace("%1", locale.toString(shown))
            self.count.setText(text.replace("%2", locale.toString(total)))
        else:
            self.count.setText(self.tr("%Ln contact(s)", "", total))
        can_reorder = self.model.can_reorder()
        for button in (self.up_button, self.down_button):
            button.setEnabled(can_reorder)
        one_field = self.model.contact_filter.field_id is not None
        self.score_button.setEnabled(one_field)
        self.criteria_button.setEnabled(one_field)
        self.reorder_hint.setVisible(not can_reorder)

    def show_field(self, field_id: int | None) -> None:
        """Filter the table on one field (None: all fields)."""
        self.field_filter.setCurrentIndex(max(0, self.field_filter.findData(field_id)))

    # -- actions --------------------------------------------------------------------

    def add_contact(self) -> None:
        """Open the dialog for a new contact, in the field shown if there is one."""
        from infoview_gui.ui.dialogs.contact import ContactDialog

        dialog = ContactDialog(self, field_id=self.field_filter.currentData())
        dialog.open_existing_requested.connect(self.open_contact)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.created_id is not None:
            self.events.saved.emit(self.tr("Contact added"))
            self.table.select_ids([dialog.created_id])

    def open_contact(self, contact_id: int) -> None:
        """Open a contact's dialog; save and show the changes."""
        from infoview_gui.ui.dialogs.contact import ContactDialog

        dialog = ContactDialog(self, contact_id=contact_id)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.events.saved.emit(self.tr("Contact saved"))
            self.table.select_ids([contact_id])

    def delete_selected(self) -> None:
        """Delete the selected contacts; Edit > Undo brings them back (many in a worker)."""
        ids = self.table.selected_ids()
        if not ids:
            return
        first = self.model.index(self.table.selected_spans()[0][0], Column.NAME).data()
        if len(ids) == 1:
            text = self.tr("Delete %1").replace("%1", str(first))
        else:
            text = self.tr("Delete %Ln contact(s)", "", len(ids))
        delete_contacts(self, self.events, ids, text)

    def show_duplicates(self) -> None:
        """Open Possible duplicates, where the same person twice becomes one contact."""
        from infoview_gui.ui.dialogs.duplicates import DuplicatesDialog

        DuplicatesDialog(self, self.events).exec()

    def _on_open_button_clicked(self) -> None:
        contact_id = self.table.current_id()
        if contact_id is not None:
            self.open_contact(contact_id)

    def fill_step_menu(self, menu: QMenu, contact_id: int | None) -> None:
        """Add the next steps for a contact's request to ``menu``."""
        if contact_id is None:
            menu.addAction(self.tr("Select a contact first")).setEnabled(False)
            return
        for action in self.asking().actions_for(contact_id):
            menu.addAction(action.text.replace("&", "&&"), action.run)

    def asking(self) -> AskingFlow:
        """Return the flow of the asking steps, made when first needed (as Home's)."""
        if self._asking is None:
            from infoview_gui.ui.asking_actions import AskingFlow

            self._asking = AskingFlow(self.events, self)
        return self._asking

    def _on_step_menu_about_to_show(self) -> None:
        self.step_menu.clear()
        self.fill_step_menu(self.step_menu, self.table.current_id())

    def _on_table_context_menu_requested(self, position: QPoint) -> None:
        index = self.table.indexAt(position)
        if not index.isValid():
            return
        menu = self.row_menu(self.model.row_id(index.row()))
        self.pop_up(menu, self.table.viewport().mapToGlobal(position))

    def row_menu(self, contact_id: int) -> QMenu:
        """Return the context menu of one contact's row."""
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self.open_contact(contact_id))
        menu.addSeparator()
        self.fill_step_menu(menu, contact_id)
        conversation = self.tr("Add a conversation…")
        menu.addAction(conversation, lambda: self._add_conversation(contact_id))
        menu.addSeparator()
        menu.addAction(self.tr("Add ta&g…"), lambda: self.tag_selected(add=True))
        menu.addAction(self.tr("Remo&ve tag…"), lambda: self.tag_selected(add=False))
        menu.addSeparator()
        menu.addAction(self.tr("Delete"), self.delete_selected)
        menu.addAction(self.tr("Possible duplicates…"), self.show_duplicates)
        return menu

    def pop_up(self, menu: QMenu, where: QPoint) -> None:
        """Show a context menu at ``where`` (global), until it is closed."""
        menu.exec(where)
        menu.deleteLater()

    def _add_conversation(self, contact_id: int) -> None:
        """A coffee, a call, a second interview with them: their first request stays as it is."""
        from infoview_gui.ui.timeline_actions import add_conversation

        add_conversation(self, contact_id)

    def tag_selected(self, *, add: bool) -> None:
        """Add tags to the selected contacts (``add``), or remove one of theirs."""
        tag_contacts(self.events, self, self.table.selected_ids(), add=add)

    def edit_criteria(self) -> None:
        """Open the criteria of the field shown (the table follows each change)."""
        from infoview_gui.ui.dialogs.criteria import CriteriaDialog

        field_id = self.model.contact_filter.field_id
        if field_id is not None:
            name = self.field_filter.currentText()
            dialog = CriteriaDialog(self.events, field_id, name, self)
            dialog.exec()
            dialog.deleteLater()

    def _on_score_button_clicked(self) -> None:
        field_id = self.model.contact_filter.field_id
        if field_id is None:
            return
        if run_action(
            self.events,
            lambda: ranking.order_by_score(field_id=field_id),
            saved=self.tr("Ranked by score"),
            parent=self,
        ):
            self.table.sortByColumn(Column.RANK, Qt.SortOrder.AscendingOrder)

    def _on_search_text_changed(self, text: str) -> None:
        self.model.set_search(text)

    def _on_filters_changed(self) -> None:
        self._apply_filters()
        self._update_state()  # the field's buttons follow the filter chosen at once

    def _on_model_write_refused(self, message: str) -> None:
        self.events.saved.emit(message)
        self.refresh()  # the table shows what is stored
