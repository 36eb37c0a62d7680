"""Home: what the user has, and what to do next."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from infoview_gui.domain.getting_started import getting_started
from infoview_gui.services.profile import load_profile
from infoview_gui.store import queries
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.views.ids import ViewId
from infoview_gui.ui.widgets.header import ViewHeader
from infoview_gui.ui.widgets.labels import heading_label, plain_label


class CountTile(QFrame):
    """A number and what it counts; clicking it opens the view of those records."""

    def __init__(self, caption: str, view: ViewId, events: AppEvents) -> None:
        super().__init__()
        self.setObjectName("countTile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.number = heading_label("0", size=2.0)
        self.caption = plain_label(caption)
        self.open_button = QPushButton("Open")
        self.open_button.setFlat(True)
        self.open_button.clicked.connect(lambda: events.view_requested.emit(view))
        layout = QVBoxLayout(self)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)


class HomeView(QWidget):
    """Counts at the top, then the next steps.

    Signals:
        profile_requested: the user wants to fill in the profile.
    """

    profile_requested = Signal()

    def __init__(self, events: AppEvents) -> None:
        super().__init__()
        self.events = events
        self._stale = True
        self.header = ViewHeader(
            "Welcome to InfoView",
            "Learn what a career is really like by talking with people who do the work.",
        )
        self.tiles = {
            "fields": CountTile("career fields", ViewId.FIELDS, events),
            "contacts": CountTile("contacts", ViewId.CONTACTS, events),
            "interviews": CountTile("interviews", ViewId.INTERVIEWS, events),
            "questions": CountTile("questions", ViewId.QUESTIONS, events),
        }
        grid = QGridLayout()
        for column, tile in enumerate(self.tiles.values()):
            grid.addWidget(tile, 0, column)
        self.next_title = heading_label("What to do next", size=1.2)
        self.next_steps = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(self.header)
        layout.addLayout(grid)
        layout.addSpacing(16)
        layout.addWidget(self.next_title)
        layout.addLayout(self.next_steps)
        layout.addStretch(1)
        events.data_changed.connect(self._on_events_data_changed)
        events.profile_changed.connect(self._on_events_data_changed)

    def refresh(self) -> None:
        """Re-read the counts and the suggestions."""
        self._stale = False
        counts = queries.counts()
        for key, tile in self.tiles.items():
            tile.number.setText(f"{getattr(counts, key):,}")
        profile = load_profile()
        first = profile.name.split(" ")[0] if profile.name else ""
        self.header.title.setText(f"Welcome back, {first}" if first else "Welcome to InfoView")
        self._show_steps(counts.fields, counts.contacts, counts.interviews, not profile.is_empty)

    def _show_steps(self, fields: int, contacts: int, interviews: int, has_profile: bool) -> None:
        while self.next_steps.count():
            item = self.next_steps.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        steps = getting_started(
            fields=fields, contacts=contacts, interviews=interviews, has_profile=has_profile
        )
        if not steps:
            self.next_steps.addWidget(
                plain_label(
                    "You are under way. Open the Guide to "
                    "continue with the next step of the method."
                )
            )
        for suggestion in steps:
            self.next_steps.addWidget(self._step_row(suggestion.text, suggestion.step))

    def _step_row(self, text: str, step: int) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 2, 0, 2)
        label: QLabel = plain_label(text)
        button = QPushButton("Edit profile" if step == 0 else f"Step {step} in the Guide")
        if step == 0:
            button.clicked.connect(self.profile_requested)
        else:
            button.clicked.connect(lambda: self.events.guide_step_requested.emit(step))
        layout.addWidget(label, 1)
        layout.addWidget(button)
        return row

    def showEvent(self, event: QShowEvent) -> None:
        """Reload when shown after the data changed."""
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def _on_events_data_changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()
