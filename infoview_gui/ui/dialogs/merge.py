"""The merge dialog: two contacts side by side, one value picked per line, then Merge."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from infoview_gui.services import merging
from infoview_gui.services.merge_view import merge_view
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.save_status import run_action
from infoview_gui.ui.text_roles import TextRole
from infoview_gui.ui.undo import DoneCommand
from infoview_gui.ui.widgets.labels import heading_label, plain_label

KEPT_TOO = str(
    QT_TRANSLATE_NOOP(
        "MergeDialog",
        "Every email, phone and web address of both is kept; the notes are joined; "
        "interviews, scores, tags, keeping-in-touch updates and the people introduced move "
        "to the merged contact. Edit > Undo separates them.",
    )
)
"""Said under the choices, translated there."""


class MergeDialog(QDialog):
    """Merge the right-hand contact into the left-hand one (which keeps its identity).

    Args:
        parent: the window it belongs to.
        events: the window's events (the merge is published there and put on the undo stack).
        left_id: the contact that stays.
        right_id: the contact merged in and removed.
    """

    def __init__(self, parent: QWidget | None, events: AppEvents, left_id: int, right_id: int):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge contacts"))
        self.events, self.left_id, self.right_id = events, left_id, right_id
        self.view = merge_view(left_id, right_id)
        self.groups: dict[str, QButtonGroup] = {}
        self.right_buttons: dict[str, QRadioButton] = {}
        self.error = plain_label()
        self.error.setObjectName("formError")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(
            self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("Pick the value to keep on each line.")))
        layout.addLayout(self._grid())
        layout.addWidget(plain_label(QCoreApplication.translate("MergeDialog", KEPT_TOO)))
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.merge)
        self.buttons.rejected.connect(self.reject)

    def _grid(self) -> QGridLayout:
        grid = QGridLayout()
        view = self.view
        interviews = [
            self.tr("%Ln interview(s)", "", count)
            for count in (view.left_interviews, view.right_interviews)
        ]
        none, nothing = self.tr("(none)"), self.tr("none")
        grid.addWidget(heading_label(view.left_name, role=TextRole.SECTION), 0, 1)
        grid.addWidget(heading_label(view.right_name, role=TextRole.SECTION), 0, 2)
        for row, choice in enumerate(view.choices, start=1):
            group = QButtonGroup(self)
            left, right = (
                QRadioButton(choice.left or none),
                QRadioButton(choice.right or none),
            )
            for button, value in ((left, choice.left), (right, choice.right)):
                button.setAccessibleName(
                    self.tr("%1: %2").replace("%1", choice.label).replace("%2", value or nothing)
                )
            group.addButton(left)
            group.addButton(right)
            (right if choice.right and not choice.left else left).setChecked(True)
            grid.addWidget(plain_label(choice.label), row, 0)
            grid.addWidget(left, row, 1)
            grid.addWidget(right, row, 2)
            self.groups[choice.name], self.right_buttons[choice.name] = group, right
        last = len(view.choices) + 1
        grid.addWidget(plain_label(interviews[0]), last, 1)
        grid.addWidget(plain_label(interviews[1]), last, 2)
        if view.left_tags or view.right_tags:  # not a choice: the merged contact has both
            grid.addWidget(plain_label(self.tr("Tags (all kept)")), last + 1, 0)
            grid.addWidget(plain_label(view.left_tags or none), last + 1, 1)
            grid.addWidget(plain_label(view.right_tags or none), last + 1, 2)
        return grid

    def picked(self) -> set[str]:
        """Return the names of the values taken from the right-hand contact."""
        return {name for name, button in self.right_buttons.items() if button.isChecked()}

    def merge(self) -> None:
        """Merge in one transaction, put it on the undo stack, and close."""
        picked, kept, removed = self.picked(), self.left_id, self.right_id
        done: list[merging.MergeUndo] = []

        def action() -> None:
            done.append(merging.merge_contacts(kept_id=kept, removed_id=removed, picked=picked))

        saved = self.tr("Contacts merged — Edit > Undo separates them")
        if not run_action(
            self.events, action, saved=saved, refused=self.error.setText, parent=self
        ):
            return
        self.events.undo_stack.push(
            DoneCommand(
                self.tr("Merge %1 into %2")
                .replace("%1", self.view.right_name)
                .replace("%2", self.view.left_name),
                lambda: merging.undo_merge(undo=done[-1]),
                action,
                self.events.publish,
            )
        )
        self.accept()
