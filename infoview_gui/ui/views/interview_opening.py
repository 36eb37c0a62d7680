"""Opening interview mode: full screen, one window per interview, brought forward if open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from infoview_gui.domain.errors import DomainError
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.views.interview_mode import InterviewModeWindow


def find_open(interview_id: int) -> InterviewModeWindow | None:
    """Return the interview mode window already open on ``interview_id``, if any."""
    for widget in QApplication.topLevelWidgets():
        if (
            isinstance(widget, InterviewModeWindow)
            and widget.interview_id == interview_id
            and widget.isVisible()
        ):
            return widget
    return None


def open_interview_mode(
    interview_id: int,
    parent: QWidget | None,
    events: AppEvents,
    *,
    full_screen: bool = True,
    cards_dir: Path | None = None,
) -> InterviewModeWindow | None:
    """Show interview mode for an interview, full screen; bring it forward if already open.

    Returns None (and says why through ``events.saved``) when the interview is gone.
    """
    window = find_open(interview_id)
    if window is not None:
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.activateWindow()
        return window
    try:
        window = InterviewModeWindow(interview_id, events, parent, cards_dir=cards_dir)
    except DomainError as exc:
        events.saved.emit(str(exc))
        return None
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if full_screen:
        window.showFullScreen()
    else:
        window.show()
    return window
