"""One font size per role in every view and dialog: title, section heading, body, hint.

Sizes are relative to the application's font (the system's, or the bundled one), so a
user's larger desktop font makes every role larger together. Interview mode, read at arm's
length during a conversation, keeps its own larger sizes.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


class TextRole(Enum):
    """What a piece of text is for; its value is (size relative to the body, bold)."""

    PAGE_TITLE = (1.5, True)
    """The title of a main view."""
    TITLE = (1.3, True)
    """The title of a dialog, a wizard page or a detail panel."""
    SECTION = (1.0, True)
    """A heading over a group of inputs: bold, as a group box draws its title."""
    BODY = (1.0, False)
    """Everything else a user reads."""
    HINT = (0.9, False)
    """A small aside under an input."""
    FIGURE = (1.7, True)
    """A count on Home."""

    @property
    def scale(self) -> float:
        """The size relative to the body text."""
        return self.value[0]

    @property
    def bold(self) -> bool:
        """True for headings."""
        return self.value[1]


def role_point_size(role: TextRole) -> float:
    """Return the point size of ``role`` under the application's font."""
    return QGuiApplication.font().pointSizeF() * role.scale


def apply_role(widget: QWidget, role: TextRole) -> None:
    """Give ``widget`` the font of ``role``."""
    font = widget.font()
    font.setPointSizeF(role_point_size(role))
    font.setBold(role.bold)
    widget.setFont(font)
