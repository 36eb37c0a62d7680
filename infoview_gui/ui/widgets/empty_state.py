"""What an empty view shows: a sentence about what goes there, and a way to add it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from infoview_gui.ui.widgets.labels import plain_label


class EmptyState(QWidget):
    """A centred sentence and one button.

    Signals:
        action_requested: the button was clicked.
    """

    action_requested = Signal()

    def __init__(self, sentence: str, action: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sentence = plain_label(sentence)
        self.sentence.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sentence.setMaximumWidth(460)
        self.button = QPushButton(action)
        self.button.clicked.connect(self.action_requested)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.sentence, 2)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addSpacing(12)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
