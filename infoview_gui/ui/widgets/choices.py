"""Combo boxes filled from enumerations and stored records."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QComboBox

from infoview_gui.domain.enums import Labelled


def enum_combo(enum: type[Labelled], current: str | None = None) -> QComboBox:
    """Return a combo box of an enumeration's labels, holding the stored values."""
    combo = QComboBox()
    for member in enum:
        combo.addItem(member.label, member.value)
    if current is not None:
        combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


def record_combo(
    choices: Iterable[tuple[int, str]], *, none_text: str = "", current: int | None = None
) -> QComboBox:
    """Return a combo box of (id, label) records, optionally with a "none" first entry."""
    combo = QComboBox()
    if none_text:
        combo.addItem(none_text, None)
    for record_id, label in choices:
        combo.addItem(label, record_id)
    if current is not None:
        combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo
