"""Add tags to the contacts selected, or remove one of theirs: Contacts > Add tag / Remove tag."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from infoview_gui.domain.errors import ValidationError
from infoview_gui.domain.wording import counted
from infoview_gui.services import tags
from infoview_gui.services.tags import TagChange
from infoview_gui.ui.dialogs.form import FormDialog
from infoview_gui.ui.widgets.choices import record_combo
from infoview_gui.ui.widgets.labels import plain_label
from infoview_gui.ui.widgets.tag_chips import TagChips


def _whom(contact_ids: Sequence[int]) -> str:
    return counted(len(contact_ids), "selected contact", "selected contacts")


class AddTagsDialog(FormDialog):
    """Type one tag or several (with completion); each selected contact gets them all.

    Attributes:
        change: what was changed, once saved (for Edit > Undo).
    """

    def __init__(self, contact_ids: Sequence[int], parent: QWidget | None = None) -> None:
        super().__init__("Add tags", parent, ok_text="Add")
        self.contact_ids = list(contact_ids)
        self.change: TagChange | None = None
        self.form.addRow(plain_label(f"Tags to give the {_whom(self.contact_ids)}:"))
        self.tags = TagChips((), [name for _tag_id, name in tags.tag_choices()])
        self.add_row("tag", "Tags", self.tags)

    def save(self) -> None:
        """Give every selected contact the tags shown and typed."""
        names = self.tags.all_names()
        if not names:
            raise ValidationError("tag", "Type a tag to add.")
        self.change = tags.add_tags(contact_ids=self.contact_ids, names=names)


class RemoveTagDialog(FormDialog):
    """Choose one of the tags the selected contacts carry; it is taken off each of them.

    Attributes:
        change: what was changed, once saved (for Edit > Undo).
    """

    def __init__(self, contact_ids: Sequence[int], parent: QWidget | None = None) -> None:
        super().__init__("Remove a tag", parent, ok_text="Remove")
        self.contact_ids = list(contact_ids)
        self.change: TagChange | None = None
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
        """Take the chosen tag off every selected contact."""
        tag_id = self.tag.currentData()
        if tag_id is None:
            raise ValidationError("tag", "None of the selected contacts carries a tag.")
        self.change = tags.remove_tag(contact_ids=self.contact_ids, tag_id=int(tag_id))
