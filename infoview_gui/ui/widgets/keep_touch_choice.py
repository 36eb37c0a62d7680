"""Keep in touch every N weeks or months: a check box, a number, a unit and what it means.

Shown where the user is after a thank-you (the thank-you dialog, the contact dialog). Off
by default; the number and unit start at the cadence suggested for the relationship, and
the line below says why, or when the next reminder is once it is on.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QSpinBox, QVBoxLayout, QWidget

from infoview_gui.domain.keep_touch import MAXIMUM, Cadence, Unit
from infoview_gui.domain.wording import sentence_start
from infoview_gui.services.keep_touch import KeepTouch
from infoview_gui.ui.widgets.labels import plain_label

translate = QCoreApplication.translate
UNIT_WORDS = {
    Unit.WEEKS: str(QT_TRANSLATE_NOOP("KeepTouchChoice", "weeks")),
    Unit.MONTHS: str(QT_TRANSLATE_NOOP("KeepTouchChoice", "months")),
}
"""The units as the choice lists them, translated where shown."""


class KeepTouchChoice(QWidget):
    """Whether and how often to keep in touch with one contact.

    Signals:
        choice_changed: the user turned it on or off, or changed the number or unit.
    """

    choice_changed = Signal()

    def __init__(self, kept: KeepTouch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.on = QCheckBox(translate("KeepTouchChoice", "Keep in touch every"))
        self.every = QSpinBox()
        self.every.setAccessibleName(translate("KeepTouchChoice", "Keep in touch: how many"))
        self.unit = QComboBox()
        self.unit.setAccessibleName(translate("KeepTouchChoice", "Keep in touch: weeks or months"))
        for unit in Unit:
            self.unit.addItem(translate("KeepTouchChoice", UNIT_WORDS[unit]), unit.value)
        self.said = plain_label()
        self.said.setObjectName("viewDescription")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.on, self.every, self.unit):
            row.addWidget(widget)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.said)
        self.show_kept(kept)
        self.on.toggled.connect(self._on_changed)
        self.every.valueChanged.connect(self._on_changed)
        self.unit.currentIndexChanged.connect(self._on_unit_current_index_changed)

    def show_kept(self, kept: KeepTouch) -> None:
        """Show a contact's keeping in touch as stored (the suggestion when it is off)."""
        self._kept = kept
        cadence = kept.cadence or kept.suggestion.cadence
        for widget in (self.on, self.every, self.unit):
            widget.blockSignals(True)
        self.on.setChecked(kept.cadence is not None)
        self.unit.setCurrentIndex(self.unit.findData(cadence.unit.value))
        self.every.setRange(1, MAXIMUM[cadence.unit])
        self.every.setValue(cadence.every)
        for widget in (self.on, self.every, self.unit):
            widget.blockSignals(False)
        self._show_state()

    def cadence(self) -> Cadence | None:
        """Return the cadence chosen, or None when keeping in touch is off."""
        if not self.on.isChecked():
            return None
        return Cadence(self.every.value(), Unit(self.unit.currentData()))

    def changed(self) -> bool:
        """Return True when the choice differs from what is stored."""
        return self.cadence() != self._kept.cadence

    def _show_state(self) -> None:
        on = self.on.isChecked()
        self.every.setEnabled(on)
        self.unit.setEnabled(on)
        kept = self._kept
        if on and kept.cadence is not None and not self.changed():
            text = kept.sentence() or translate("KeepTouchChoice", "On.")
        elif on:
            text = translate(
                "KeepTouchChoice", "Reminders count from your last contact with them, of any kind."
            )
        else:
            suggestion = kept.suggestion
            text = (
                translate("KeepTouchChoice", "Off. %1 is %2.")
                .replace("%1", sentence_start(suggestion.cadence.words))  # "Alle 6 Monate"
                .replace("%2", suggestion.reason)
            )
        self.said.setText(text)

    def _on_unit_current_index_changed(self, _index: int) -> None:
        self.every.setMaximum(MAXIMUM[Unit(self.unit.currentData())])
        self._on_changed()

    def _on_changed(self, *_args: object) -> None:
        self._show_state()
        self.choice_changed.emit()


def save_as_chosen(
    choice: KeepTouchChoice,
    *,
    contact_id: int,
    today: Callable[[], date],
    run: Callable[[Callable[[], None]], bool],
) -> None:
    """Save the choice each time it changes, as one action run by ``run`` (the runner)."""
    from infoview_gui.services import keep_touch

    def save() -> None:
        cadence = choice.cadence()
        kept: list[KeepTouch] = []

        def action() -> None:
            kept.append(
                keep_touch.set_keep_touch(
                    contact_id=contact_id,
                    every=cadence.every if cadence else None,
                    unit=cadence.unit.value if cadence else "",
                    today=today(),
                )
            )

        if run(action) and kept:
            choice.show_kept(kept[0])

    choice.choice_changed.connect(save)
