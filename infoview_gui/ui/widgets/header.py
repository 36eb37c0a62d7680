"""The title and one-line description at the top of a view."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from infoview_gui.ui.text_roles import TextRole
from infoview_gui.ui.widgets.labels import heading_label, plain_label


class ViewHeader(QWidget):
    """A heading, a sentence under it, and room on the right for actions."""

    def __init__(self, title: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading_label(title, role=TextRole.PAGE_TITLE)
        self.description = plain_label(description)
        self.description.setObjectName("viewDescription")
        text = QVBoxLayout()
        text.addWidget(self.title)
        text.addWidget(self.description)
        self.action_row = QHBoxLayout()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.addLayout(text, 1)
        layout.addLayout(self.action_row)
