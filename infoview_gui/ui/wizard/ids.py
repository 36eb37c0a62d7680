"""The pages of the guide: the six steps of the method."""

from __future__ import annotations

from enum import IntEnum


class PageId(IntEnum):
    """One step of the method; the value is the step's number."""

    FIELD = 1
    CONTACTS = 2
    ASK = 3
    QUESTIONS = 4
    INTERVIEW = 5
    THANKS = 6
