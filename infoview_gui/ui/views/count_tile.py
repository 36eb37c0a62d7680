"""A count on Home: a number, what it counts, and a button that opens its view."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QFrame, QPushButton, QSizePolicy, QVBoxLayout

from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.text_roles import TextRole
from infoview_gui.ui.views.ids import ViewId
from infoview_gui.ui.widgets.labels import heading_label, plain_label

Caption = Callable[[int], str]
"""Returns the counted phrase that fits a number, the number in it ("%n contact(s)")."""


def without_number(phrase: str, number: int) -> str:
    """Return ``phrase`` without the number Qt wrote into it ("3 contacts" -> "contacts").

    Qt's plural forms need ``%n`` in the text; the tile writes the number big, above.
    """
    return re.sub(rf"\s*(?<!\d){number}(?!\d)\s*", " ", phrase, count=1).strip()


class CountTile(QFrame):
    """A number and what it counts; clicking it opens the view of those records."""

    def __init__(self, caption: Caption, view: ViewId, events: AppEvents) -> None:
        super().__init__()
        self._caption = caption  # the phrase for a number, in the form that fits it
        self.setObjectName("countTile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.number = heading_label("0", role=TextRole.FIGURE)
        self.caption = plain_label(without_number(caption(2), 2))
        self.open_button = QPushButton(QCoreApplication.translate("CountTile", "Open"))
        self.open_button.setFlat(True)
        # Fixed: kept at its own width, on the left (no Qt.AlignmentFlag: see labels.py).
        self.open_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.open_button.clicked.connect(lambda: events.view_requested.emit(view))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 6)
        layout.setSpacing(0)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)
        layout.addWidget(self.open_button)

    def show_count(self, number: int) -> None:
        """Show the number, and its caption in the form that fits it ("1 contact")."""
        self.number.setText(QLocale().toString(number))
        self.caption.setText(without_number(self._caption(number), number))
