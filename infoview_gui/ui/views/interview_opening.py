"""Opening interview mode: full screen, one window per interview, brought forward if open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.views.interview_mode import InterviewModeWindow
from infoview_gui.ui.views.question_walk import bring_or_open


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
    return bring_or_open(
        find_open(interview_id),
        lambda: InterviewModeWindow(interview_id, events, parent, cards_dir=cards_dir),
        events,
        full_screen=full_screen,
    )
