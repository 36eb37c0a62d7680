"""The views of the main window, in navigation order."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


class ViewId(IntEnum):
    """One entry of the navigation."""

    HOME = 0
    GUIDE = 1
    FIELDS = 2
    CONTACTS = 3
    INTERVIEWS = 4
    QUESTIONS = 5
    FOLLOW_UPS = 6
    LEARNED = 7


VIEW_TITLES: dict[ViewId, str] = {  # in US English: view_title() translates
    ViewId.HOME: str(QT_TRANSLATE_NOOP("Views", "Home")),
    ViewId.GUIDE: str(QT_TRANSLATE_NOOP("Views", "Guide")),
    ViewId.FIELDS: str(QT_TRANSLATE_NOOP("Views", "Career fields")),
    ViewId.CONTACTS: str(QT_TRANSLATE_NOOP("Views", "Contacts")),
    ViewId.INTERVIEWS: str(QT_TRANSLATE_NOOP("Views", "Interviews")),
    ViewId.QUESTIONS: str(QT_TRANSLATE_NOOP("Views", "Questions")),
    ViewId.FOLLOW_UPS: str(QT_TRANSLATE_NOOP("Views", "Follow-ups")),
    ViewId.LEARNED: str(QT_TRANSLATE_NOOP("Views", "What I learned")),
}


def view_title(view: ViewId) -> str:
    """Return the title of a view in the user's language."""
    return QCoreApplication.translate("Views", VIEW_TITLES[view])
