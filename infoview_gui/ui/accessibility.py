"""What a screen reader needs: a name for each control, and status messages said aloud.

Qt names a control from the label whose buddy it is (a ``QFormLayout`` row makes one).
On Linux that label is the only name a combo box gets: its accessible name is its current
value and ``setAccessibleName`` is not used. ``labelled`` makes the label and sets both.

A status that appears (Saved, a refusal under a form, the interview's save status) is
announced with ``announce``: a screen reader says it without moving the keyboard, as a
live region on a web page would.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from infoview_gui.ui.widgets.labels import plain_label


def labelled(text: str, widget: QWidget, *, wrap: bool = False) -> QLabel:
    """Return a label showing ``text`` that names ``widget`` (its buddy)."""
    label = plain_label(text, wrap=wrap)
    label.setBuddy(widget)
    widget.setAccessibleName(text)
    return label


def named_cell(text: str, widget: QWidget) -> QWidget:
    """Return a table cell holding ``widget``, named ``text`` by a hidden label buddy.

    A control inside a table has no label beside it; without one a screen reader says
    only a combo box's value. The label is not shown: the column header says it on screen.
    """
    cell = QWidget()
    layout = QHBoxLayout(cell)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(widget)
    label = labelled(text, widget)
    label.setParent(cell)
    label.hide()
    cell.setFocusProxy(widget)
    return cell


def announce(source: QObject, message: str, *, urgent: bool = False) -> None:
    """Have a screen reader say ``message``; ``urgent`` interrupts what it is saying."""
    if not message.strip():
        return
    # Imported here: the first screen is built before any status appears.
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    event = QAccessibleAnnouncementEvent(source, message)
    politeness = QAccessible.AnnouncementPoliteness
    event.setPoliteness(politeness.Assertive if urgent else politeness.Polite)
    QAccessible.updateAccessibility(event)


def show_message(label: QLabel, message: str, *, urgent: bool = True) -> None:
    """Show ``message`` in ``label`` (hidden when empty) and announce it."""
    label.setText(message)
    label.setVisible(bool(message))
    announce(label, message, urgent=urgent)
