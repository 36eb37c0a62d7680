"""The Contacts view's tag commands: Add tag… and Remove tag… on the selected contacts.

Each opens its small dialog, which saves in one transaction; the change goes on the undo
stack (Edit > Undo takes the tags off again, or puts them back).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QDialog, QWidget

from infoview_gui.domain.wording import counted
from infoview_gui.services import tags
from infoview_gui.services.tags import TagChange
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.undo import DoneCommand

ADD_TEXT = "Add ta&g…"
REMOVE_TEXT = "Remo&ve tag…"


def refill_tag_filter(combo: QComboBox) -> bool:
    """Offer the tags in use after "Any tag", keeping the one chosen if it is still in use.

    Returns:
        True when the tag chosen is no longer in use (the combo shows "Any tag" now).
    """
    chosen = combo.currentData()
    combo.blockSignals(True)
    while combo.count() > 1:
        combo.removeItem(1)
    for tag_id, name in tags.tag_choices():
        combo.addItem(name, tag_id)
    combo.setCurrentIndex(max(0, combo.findData(chosen)))
    combo.blockSignals(False)
    return bool(combo.currentData() != chosen)


def tag_contacts(
    events: AppEvents, parent: QWidget, contact_ids: Sequence[int], *, add: bool
) -> None:
    """Add tags to the contacts (``add``), or remove one of theirs; undoable."""
    from infoview_gui.ui.dialogs.tag_choice import AddTagsDialog, RemoveTagDialog

    if not contact_ids:
        events.saved.emit("Select the contacts to tag first")
        return
    dialog = AddTagsDialog(contact_ids, parent) if add else RemoveTagDialog(contact_ids, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    change = dialog.change
    dialog.deleteLater()
    if accepted and change is not None:
        _done(events, change, add=add)


def _done(events: AppEvents, change: TagChange, *, add: bool) -> None:
    whom = counted(change.contacts, "contact", "contacts")
    text = f"{'Tag' if add else 'Untag'} {whom}"
    events.undo_stack.push(
        DoneCommand(
            text,
            lambda: tags.undo_tag_change(change=change),
            lambda: tags.redo_tag_change(change=change),
            events.publish,
        )
    )
    events.saved.emit(f"{text} — Edit > Undo takes it back" if change.contacts else "No change")
