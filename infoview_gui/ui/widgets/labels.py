"""Labels that show user text literally, never as markup."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from infoview_gui.ui.text_roles import TextRole, apply_role

# Qt.TextFormat.PlainText, set through Qt's property system: naming any enum of the Qt
# namespace makes PySide6 create all 93 of them in Python (18 ms), and the first screen,
# whose labels are all made here, needs none of them.
PLAIN_TEXT = 0


def plain_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = True) -> QLabel:
    """Return a label that shows ``text`` as plain text."""
    label = QLabel(parent)
    label.setProperty("textFormat", PLAIN_TEXT)
    label.setWordWrap(wrap)
    label.setText(text)
    return label


def heading_label(
    text: str, parent: QWidget | None = None, *, role: TextRole = TextRole.TITLE
) -> QLabel:
    """Return a plain-text heading in the font of ``role`` (a title by default)."""
    label = plain_label(text, parent)
    apply_role(label, role)
    return label
