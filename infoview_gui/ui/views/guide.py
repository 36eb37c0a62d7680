"""The Guide view: the six-step wizard, embedded in the window."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.wizard.guide import GuideWizard


class GuideView(QWidget):
    """Holds the wizard and remembers the step the user was on."""

    def __init__(self, events: AppEvents, *, start_step: int = 1) -> None:
        super().__init__()
        self.wizard = GuideWizard(events)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.wizard)
        self.wizard.restart()
        if start_step > 1:
            self.wizard.go_to_step(start_step)
