"""The views of the main window, in navigation order."""

from __future__ import annotations

from enum import IntEnum


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


VIEW_TITLES: dict[ViewId, str] = {
    ViewId.HOME: "Home",
    ViewId.GUIDE: "Guide",
    ViewId.FIELDS: "Career fields",
    ViewId.CONTACTS: "Contacts",
    ViewId.INTERVIEWS: "Interviews",
    ViewId.QUESTIONS: "Questions",
    ViewId.FOLLOW_UPS: "Follow-ups",
    ViewId.LEARNED: "What I learned",
}
