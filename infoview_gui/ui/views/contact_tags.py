"""The Contacts view's tag commands: Add tag… and Remove tag… on the selected contacts.

Each opens its small dialog to choose; the change is then one action in one transaction,
made here and now, or for a large selection in a worker behind a progress dialog (as a
large delete is). It goes on the undo stack: Edit > Undo takes the tags off again, or
puts them back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QComboBox, QDialog, QWidget

from infoview_gui.services import tags
from infoview_gui.services.tags import TagChange
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.save_status import run_action
from infoview_gui.ui.undo import DoneCommand

translate = QCoreApplication.translate

BIG_TAGGING = 1000
"""Past this many contacts, tagging runs in a worker (5,000 take about half a second)."""
TABLES = ("tag", "contact_tag", "contact_tag_line")


class TagWords(QObject):
    """The words of a tag change that count (a ``QObject``: lupdate marks plurals in ``tr``)."""

    def tagged(self, count: int, *, add: bool) -> str:
        """Return the change as Edit > Undo names it: "Tag 3 contacts", "Untag 1 contact"."""
        if add:
            return self.tr("Tag %Ln contact(s)", "", count)
        return self.tr("Untag %Ln contact(s)", "", count)


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
        events.saved.emit(translate("ContactTags", "Select the contacts to tag first"))
        return
    ids = list(contact_ids)
    dialog = AddTagsDialog(ids, parent) if add else RemoveTagDialog(ids, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    if not accepted:
        return
    if isinstance(dialog, AddTagsDialog):
        names = dialog.names

        def action() -> TagChange:
            return tags.add_tags(contact_ids=ids, names=names)

    else:
        tag_id = int(dialog.tag_id or 0)

        def action() -> TagChange:
            return tags.remove_tag(contact_ids=ids, tag_id=tag_id)

    _run(events, parent, action, big=len(ids) > BIG_TAGGING, add=add)


def _run(
    events: AppEvents,
    parent: QWidget,
    action: Callable[[], TagChange],
    *,
    big: bool,
    add: bool,
) -> None:
    """Make the change (in a worker when ``big``), then put it on the undo stack."""
    if big:
        from infoview_gui.ui.dialogs.bulk_work import run_bulk

        def ended(ok: bool, result: object) -> None:
            if ok and isinstance(result, TagChange):
                _done(events, result, add=add)

        if add:
            title, doing = (
                translate("ContactTags", "Add tags"),
                translate("ContactTags", "Add tags…"),
            )
        else:
            title = translate("ContactTags", "Remove a tag")
            doing = translate("ContactTags", "Remove a tag…")
        run_bulk(
            events, parent, title=title, text=doing, job=lambda _report: action(),
            tables=lambda _result: TABLES, ended=ended,
        )  # fmt: skip
        return
    done: list[TagChange] = []
    if run_action(events, lambda: done.append(action()), saved="", parent=parent):
        _done(events, done[0], add=add)


def _done(events: AppEvents, change: TagChange, *, add: bool) -> None:
    text = TagWords().tagged(change.contacts, add=add)
    events.undo_stack.push(
        DoneCommand(
            text,
            lambda: tags.undo_tag_change(change=change),
            lambda: tags.redo_tag_change(change=change),
            events.publish,
        )
    )
    events.saved.emit(_undoable(text) if change.contacts else translate("ContactTags", "No change"))


def rename_tag(events: AppEvents, parent: QWidget) -> None:
    """Rename a tag on every contact (Edit > Rename tag); undoable."""
    from infoview_gui.ui.dialogs.tag_choice import RenameTagDialog

    dialog = RenameTagDialog(parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    change = dialog.change
    dialog.deleteLater()
    if not accepted or change is None:
        return
    if change.merged_away is None:
        text = translate("ContactTags", "Rename a tag")
    else:
        text = translate("ContactTags", "Merge two tags")
    events.undo_stack.push(
        DoneCommand(
            text,
            lambda: tags.undo_tag_change(change=change),
            lambda: tags.redo_tag_change(change=change),
            events.publish,
        )
    )
    events.saved.emit(_undoable(text))


def _undoable(text: str) -> str:
    """Return what the status bar says of a change that Edit > Undo takes back."""
    return translate("ContactTags", "%1 — Edit > Undo takes it back").replace("%1", text)
