"""Dialog buttons that Enter does not press by accident."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QHBoxLayout, QPushButton


def box_button(box: QDialogButtonBox, text: str, role: QDialogButtonBox.ButtonRole) -> QPushButton:
    """Add a button to ``box``; it is never the default one."""
    button = box.addButton(text, role)
    button.setAutoDefault(False)
    return button


def button_row(*buttons: QPushButton) -> QHBoxLayout:
    """Return a row with ``buttons`` at its right end, none of them a default button."""
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        button.setAutoDefault(False)
        row.addWidget(button)
    return row
