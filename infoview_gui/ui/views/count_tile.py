"""A count on Home: a number, what it counts, and a button that opens its view."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QPushButton, QSizePolicy, QVBoxLayout

from infoview_gui.domain.wording import plural
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.text_roles import TextRole
from infoview_gui.ui.views.ids import ViewId
from infoview_gui.ui.widgets.labels import heading_label, plain_label


class CountTile(QFrame):
    """A number and what it counts; clicking it opens the view of those records."""

    def __init__(self, captions: tuple[str, str], view: ViewId, events: AppEvents) -> None:
        super().__init__()
        self._captions = captions  # for one, and for any other number
        self.setObjectName("countTile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.number = heading_label("0", role=TextRole.FIGURE)
        self.caption = plain_label(captions[1])
        self.open_button = QPushButton("Open")
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
        self.number.setText(f"{number:,}")
        self.caption.setText(plural(number, *self._captions))
