"""Add tags to the contacts selected, remove one of theirs, or rename a tag.

Add and Remove only choose (and check the tags typed); ``ui.views.contact_tags`` then
does the change, here and now or, for a large selection, in a worker. Rename renames.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from infoview_gui.domain.errors import ValidationError
from infoview_gui.domain.tags import TAG_MAX
from infoview_gui.domain.wording import counted
from infoview_gui.services import tags
from infoview_gui.services.tags import TagChange
from infoview_gui.ui.dialogs.form import FormDialog, line_edit
from infoview_gui.ui.widgets.choices import record_combo
from infoview_gui.ui.widgets.labels import plain_label
from infoview_gui.ui.widgets.tag_chips import TagChips


def _whom(contact_ids: Sequence[int]) -> str:
    return counted(len(contact_ids), "selected contact", "selected contacts")


class AddTagsDialog(FormDialog):
    """Type one tag or several (with completion); each selected contact gets them all.

    Attributes:
        names: the tags to add, checked, once accepted.
    """

    def __init__(self, contact_ids: Sequence[int], parent: QWidget | None = None) -> None:
        super().__init__("Add tags", parent, ok_text="Add")
        self.contact_ids = list(contact_ids)
        self.names: list[str] = []
        self.form.addRow(plain_label(f"Tags to give the {_whom(self.contact_ids)}:"))
        self.tags = TagChips((), [name for _tag_id, name in tags.tag_choices()])
        self.add_row("tag", "Tags", self.tags)

    def save(self) -> None:
        """Check the tags shown and typed (the change is made once the dialog closes)."""
        names = tags.check_names(self.tags.all_names())
        if not names:
            raise ValidationError("tag", "Type a tag to add.")
        self.names = names


class RemoveTagDialog(FormDialog):
    """Choose one of the tags the selected contacts carry; it is taken off each of them.

    Attributes:
        tag_id: the tag to take off, once accepted.
    """

    def __init__(self, contact_ids: Sequence[int], parent: QWidget | None = None) -> None:
        super().__init__("Remove a tag", parent, ok_text="Remove")
        self.contact_ids = list(contact_ids)
        self.tag_id: int | None = None
        carried = tags.tags_among(contact_ids=self.contact_ids)
        choices = [
            (tag_id, f"{name} ({count} of {len(self.contact_ids)})")
            for tag_id, name, count in carried
        ]
        self.tag = record_combo(choices)
        self.form.addRow(plain_label(f"The tag to take off the {_whom(self.contact_ids)}:"))
        self.add_row("tag", "Tag", self.tag)
        if not choices:
            self.form.addRow(plain_label("None of them carries a tag."))
            self.tag.setEnabled(False)

    def save(self) -> None:
        """Keep the tag chosen (it is taken off once the dialog closes)."""
        tag_id = self.tag.currentData()
        if tag_id is None:
            raise ValidationError("tag", "None of the selected contacts carries a tag.")
        self.tag_id = int(tag_id)


class RenameTagDialog(FormDialog):
    """Rename a tag on every contact; a name another tag has merges the two.

    Attributes:
        change: what was changed, once saved (for Edit > Undo).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Rename a tag", parent, ok_text="Rename")
        self.change: TagChange | None = None
        self.tag = record_combo(tags.tag_choices())
        self.name = line_edit(placeholder="The new name", limit=TAG_MAX)
        self.form.addRow(plain_label("Every contact carrying the tag gets the new name."))
        self.add_row("tag_id", "Tag", self.tag)
        self.add_row("tag", "New name", self.name)
        self.tag.currentIndexChanged.connect(self._on_tag_current_index_changed)
        self._on_tag_current_index_changed()

    def save(self) -> None:
        """Rename the tag chosen."""
        tag_id = self.tag.currentData()
        if tag_id is None:
            raise ValidationError("tag_id", "No contact carries a tag yet.")
        self.change = tags.rename_tag(tag_id=int(tag_id), name=self.name.text())

    def _on_tag_current_index_changed(self, _index: int = 0) -> None:
        self.name.setText(self.tag.currentText())
