"""The sync's changes that wait for the user: values changed on both sides, cards deleted.

One row per change: the contact, the detail, InfoView's value and the address book's,
and a choice. Nothing is decided without the user: "Later" leaves a change waiting, and
deleting a contact because its card was deleted asks first (Edit > Undo brings it back).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QGridLayout,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from infoview_gui.services import contacts, sync
from infoview_gui.store.snapshots import Snapshot
from infoview_gui.ui.dialogs.typing_guard import TypingDialog
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.save_status import plain_message_box, run_action
from infoview_gui.ui.text_roles import TextRole
from infoview_gui.ui.undo import DeletionCommand
from infoview_gui.ui.widgets.labels import heading_label, plain_label
from infoview_gui.ui.widgets.scroll_body import ScrollBody

translate = QCoreApplication.translate
LATER, LOCAL, SERVER = "", "local", "server"


class SyncConflictsDialog(TypingDialog):
    """Lists what waits; Apply settles each change the user chose for.

    Attributes:
        choices: the choice box of each change, by its id.
    """

    def __init__(self, events: AppEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.events = events
        self.setWindowTitle(self.tr("Changes to choose between"))
        self.setMinimumSize(640, 360)
        self.choices: dict[int, QComboBox] = {}
        self.waiting = sync.conflicts()
        self.grid = QGridLayout()
        page = QWidget()
        outer = QVBoxLayout(page)
        outer.addLayout(self.grid)
        outer.addStretch(1)
        scroll = ScrollBody(self)
        scroll.setWidget(page)
        self.empty = plain_label(self.tr("Nothing waits for your choice."))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Close
        )
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).clicked.connect(self.reject)
        self.apply_button.clicked.connect(self.apply)
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                self.tr(
                    "These changed both in InfoView and in your address book since the last "
                    "sync, or were deleted in the address book. Choose what to keep; what you "
                    "leave for later waits here."
                )
            )
        )
        layout.addWidget(scroll, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        self._fill()

    def _fill(self) -> None:
        headings = (
            self.tr("Contact"),
            self.tr("Detail"),
            self.tr("In InfoView"),
            self.tr("In the address book"),
            self.tr("Keep"),
        )
        for column, text in enumerate(headings):
            self.grid.addWidget(heading_label(text, role=TextRole.SECTION), 0, column)
        for at, conflict in enumerate(self.waiting, start=1):
            self._add_row(at, conflict)
        self.empty.setVisible(not self.waiting)
        self.apply_button.setEnabled(any(c.choice == "" for c in self.waiting))

    def _add_row(self, at: int, conflict: sync.Conflict) -> None:
        deleted = conflict.what == "deleted"
        cells = (
            conflict.contact_name,
            conflict.label,
            conflict.ours,
            self.tr("(deleted)") if deleted else conflict.theirs,
        )
        labels = [plain_label(text) for text in cells]
        for column, label in enumerate(labels):
            self.grid.addWidget(label, at, column)
        combo = QComboBox()
        labels[1].setBuddy(combo)  # a screen reader names the choice by its field (on Linux)
        combo.setAccessibleName(
            self.tr("Keep for %1, %2")
            .replace("%1", conflict.contact_name)
            .replace("%2", conflict.label)
        )
        if conflict.choice == LOCAL:
            combo.addItem(self.tr("InfoView's (sent at the next sync)"), LOCAL)
            combo.setEnabled(False)
        else:
            combo.addItem(self.tr("Later"), LATER)
            if deleted:
                combo.addItem(self.tr("The contact: put it back in the address book"), LOCAL)
                combo.addItem(self.tr("Nothing: delete the contact in InfoView"), SERVER)
            else:
                combo.addItem(self.tr("InfoView's"), LOCAL)
                combo.addItem(self.tr("The address book's"), SERVER)
            self.choices[conflict.conflict_id] = combo
        self.grid.addWidget(combo, at, 4)

    def chosen(self) -> dict[int, str]:
        """Return the choice made for each change, leaving out those left for later."""
        return {
            conflict_id: str(combo.currentData())
            for conflict_id, combo in self.choices.items()
            if combo.currentData() != LATER
        }

    def _deleting(self, chosen: dict[int, str]) -> list[sync.Conflict]:
        return [
            c
            for c in self.waiting
            if c.what == "deleted" and chosen.get(c.conflict_id) == SERVER and c.contact_id
        ]

    def confirm_deleting(self, count: int) -> bool:
        """Ask before deleting contacts because their cards were deleted in the address book."""
        box = plain_message_box(
            self,
            self.tr("Delete contacts"),
            self.tr("Delete %n contact(s) in InfoView?", "", count),
            self.tr("Their cards were deleted in your address book. Edit > Undo brings them back."),
        )
        box.setIcon(QMessageBox.Icon.Question)
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is delete

    def apply(self) -> None:
        """Settle each change chosen; deleting a contact is asked first and can be undone."""
        chosen = self.chosen()
        deleting = self._deleting(chosen)
        if deleting and not self.confirm_deleting(len(deleting)):
            return
        deleted: list[tuple[sync.Conflict, Snapshot]] = []

        def settle() -> None:
            for conflict_id, keep in chosen.items():
                snapshot = sync.resolve_conflict(conflict_id=conflict_id, keep=keep)
                if snapshot is not None:
                    found = next(c for c in self.waiting if c.conflict_id == conflict_id)
                    deleted.append((found, snapshot))

        settled = run_action(
            self.events, settle, saved=self.tr("Your choices are saved"), parent=self
        )
        for conflict, snapshot in deleted:
            self._push_undo(conflict, snapshot)
        if settled:
            self.close()

    def _push_undo(self, conflict: sync.Conflict, snapshot: Snapshot) -> None:
        ids = [conflict.contact_id] if conflict.contact_id is not None else []
        text = self.tr("Delete contact %1").replace("%1", conflict.contact_name)
        self.events.push_deletion(
            DeletionCommand(
                text,
                snapshot,
                lambda: contacts.delete_contacts(contact_ids=ids),
                self.events.publish,
            )
        )
