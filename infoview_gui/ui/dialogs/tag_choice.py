"""Add tags to the contacts selected, remove one of theirs, or rename a tag.

Add and Remove only choose (and check the tags typed); ``ui.views.contact_tags`` then
does the change, here and now or, for a large selection, in a worker. Rename renames.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from infoview_gui.domain.errors import ValidationError
from infoview_gui.domain.tags import TAG_MAX
from infoview_gui.services import tags
from infoview_gui.services.tags import TagChange
from infoview_gui.ui.dialogs.form import FormDialog, line_edit
from infoview_gui.ui.widgets.choices import record_combo
from infoview_gui.ui.widgets.labels import plain_label
from infoview_gui.ui.widgets.tag_chips import TagChips


class AddTagsDialog(FormDialog):
    """Type one tag or several (with completion); each selected contact gets them all.

    Attributes:
        names: the tags to add, checked, once accepted.
    """

    def __init__(self, contact_ids: Sequence[int], parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("AddTagsDialog", "Add tags"),
            parent,
            ok_text=QCoreApplication.translate("AddTagsDialog", "Add"),
        )
        self.contact_ids = list(contact_ids)
        self.names: list[str] = []
        whom = self.tr("Tags to give the %Ln selected contact(s):", "", len(self.contact_ids))
        self.form.addRow(plain_label(whom))
        self.tags = TagChips((), [name for _tag_id, name in tags.tag_choices()])
        self.add_row("tag", self.tr("Tags"), self.tags)

    def save(self) -> None:
        """Check the tags shown and typed (the change is made once the dialog closes)."""
        names = tags.check_names(self.tags.all_names())
        if not names:
            raise ValidationError("tag", self.tr("Type a tag to add."))
        self.names = names


class RemoveTagDialog(FormDialog):
    """Choose one of the tags the selected contacts carry; it is taken off each of them.

    Attributes:
        tag_id: the tag to take off, once accepted.
    """

    def __init__(self, contact_ids: Sequence[int], parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("RemoveTagDialog", "Remove a tag"),
            parent,
            ok_text=QCoreApplication.translate("RemoveTagDialog", "Remove"),
        )
        self.contact_ids = list(contact_ids)
        self.tag_id: int | None = None
        carried = tags.tags_among(contact_ids=self.contact_ids)
        among = self.tr("%1 (%2 of %3)")
        total = str(len(self.contact_ids))
        choices = [
            (tag_id, among.replace("%1", name).replace("%2", str(count)).replace("%3", total))
            for tag_id, name, count in carried
        ]
        self.tag = record_combo(choices)
        whom = self.tr(
            "The tag to take off the %Ln selected contact(s):", "", len(self.contact_ids)
        )
        self.form.addRow(plain_label(whom))
        self.add_row("tag", self.tr("Tag"), self.tag)
        if not choices:
            self.form.addRow(plain_label(self.tr("None of them carries a tag.")))
            self.tag.setEnabled(False)

    def save(self) -> None:
        """Keep the tag chosen (it is taken off once the dialog closes)."""
        tag_id = self.tag.currentData()
        if tag_id is None:
            raise ValidationError("tag", self.tr("None of the selected contacts carries a tag."))
        self.tag_id = int(tag_id)


class RenameTagDialog(FormDialog):
    """Rename a tag on every contact; a name another tag has merges the two.

    Attributes:
        change: what was changed, once saved (for Edit > Undo).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("RenameTagDialog", "Rename a tag"),
            parent,
            ok_text=QCoreApplication.translate("RenameTagDialog", "Rename"),
        )
        self.change: TagChange | None = None
        self.tag = record_combo(tags.tag_choices())
        self.name = line_edit(placeholder=self.tr("The new name"), limit=TAG_MAX)
        self.form.addRow(plain_label(self.tr("Every contact carrying the tag gets the new name.")))
        self.add_row("tag_id", self.tr("Tag"), self.tag)
        self.add_row("tag", self.tr("New name"), self.name)
        self.tag.currentIndexChanged.connect(self._on_tag_current_index_changed)
        self._on_tag_current_index_changed()

    def save(self) -> None:
        """Rename the tag chosen."""
        tag_id = self.tag.currentData()
        if tag_id is None:
            raise ValidationError("tag_id", self.tr("No contact carries a tag yet."))
        self.change = tags.rename_tag(tag_id=int(tag_id), name=self.name.text())

    def _on_tag_current_index_changed(self, _index: int = 0) -> None:
        self.name.setText(self.tag.currentText())
