"""A contact's tags as chips, each with a remove button, and an entry that adds more.

Typing a tag and pressing Enter (or typing a comma) adds it as a chip; the entry
completes from the tags already in use, case and accents aside. Each chip's remove
button is reached with Tab and pressed with Space. A tag the rules refuse (a comma
inside, too long) is not added: the entry keeps the text and a sentence says why.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from infoview_gui.domain.errors import ValidationError
from infoview_gui.domain.tags import TAG_MAX, tag_key, typed_tags
from infoview_gui.ui.accessibility import show_message
from infoview_gui.ui.widgets.flow_layout import FlowLayout
from infoview_gui.ui.widgets.labels import plain_label

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class TagChip(QFrame):
    """One tag: its name and a button that removes it.

    Signals:
        remove_requested(str): the user pressed the remove button.
    """

    remove_requested = Signal(str)

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName("tagChip")
        self.name = name
        self.label = plain_label(name, wrap=False)
        self.remove_button = QToolButton()
        self.remove_button.setText("×")
        self.remove_button.setAutoRaise(True)
        self.remove_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.remove_button.setAccessibleName(self.tr("Remove tag %1").replace("%1", name))
        self.remove_button.setToolTip(self.tr("Remove this tag"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 1, 2, 1)
        layout.setSpacing(2)
        layout.addWidget(self.label)
        layout.addWidget(self.remove_button)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)

    def _on_remove_button_clicked(self) -> None:
        self.remove_requested.emit(self.name)


class TagChips(QWidget):
    """The tags of one contact (or of a selection), edited as chips.

    Args:
        names: the tags shown at first.
        choices: the tags in use, offered as completions.

    Signals:
        tags_changed(): a chip was added or removed.
    """

    tags_changed = Signal()

    def __init__(self, names: Sequence[str] = (), choices: Sequence[str] = ()) -> None:
        super().__init__()
        self._choices = list(choices)
        self._entered = False
        self.chips: list[TagChip] = []
        self.entry = QLineEdit()
        self.entry.setMaxLength(TAG_MAX * 4)  # room for a few typed at once, with commas
        self.entry.setPlaceholderText(self.tr("Add a tag, then Enter"))
        self.entry.setAccessibleName(self.tr("Add a tag"))
        self.entry.setMinimumWidth(160)
        self._offered = QStringListModel(self)
        self.completer = QCompleter(self._offered, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.entry.setCompleter(self.completer)
        self.error = plain_label()
        self.error.setObjectName("formError")
        self.error.hide()
        self.flow = FlowLayout()  # the chips, under the entry: Tab meets them in that order
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.entry)
        layout.addLayout(self.flow)
        layout.addWidget(self.error)
        for name in names:
            self._add_chip(name)
        self._offer()
        self.entry.installEventFilter(self)
        self.entry.returnPressed.connect(self._on_entry_return_pressed)
        self.entry.textEdited.connect(self._on_entry_text_edited)
        self.completer.activated.connect(self._on_completer_activated)
        self.setFocusProxy(self.entry)

    def names(self) -> list[str]:
        """Return the tags shown as chips, in order."""
        return [chip.name for chip in self.chips]

    def typed_text(self) -> str:
        """The chips, one a line: a dialog asks before closing when they changed."""
        return "\n".join(self.names())

    def all_names(self) -> list[str]:
        """Return the chips' tags and those typed but not yet added.

        Raises:
            ValidationError: the typed text is not a valid tag.
        """
        return self.names() + typed_tags(self.entry.text())

    def add_typed(self) -> bool:
        """Add the tags typed in the entry as chips; False (and why) when refused."""
        try:
            found = typed_tags(self.entry.text())
        except ValidationError as error:
            show_message(self.error, str(error))
            return False
        self.error.hide()
        self.entry.clear()
        for name in found:
            self._add_chip(name)
        if found:
            self._offer()
            self.tags_changed.emit()
        return True

    def remove(self, name: str) -> None:
        """Remove the chip of ``name``; the keyboard goes to the next chip, else the entry."""
        at = next((i for i, chip in enumerate(self.chips) if chip.name == name), None)
        if at is None:
            return
        chip = self.chips.pop(at)
        self.flow.removeWidget(chip)
        chip.deleteLater()
        following = self.chips[at].remove_button if at < len(self.chips) else self.entry
        if at and at == len(self.chips):
            following = self.chips[at - 1].remove_button
        following.setFocus()
        self._offer()
        self.tags_changed.emit()

    def _add_chip(self, name: str) -> None:
        if tag_key(name) in {tag_key(chip.name) for chip in self.chips}:
            return
        chip = TagChip(name)
        chip.remove_requested.connect(self.remove)
        before = self.chips[-1].remove_button if self.chips else self.entry
        self.flow.addWidget(chip)
        self.chips.append(chip)
        QWidget.setTabOrder(before, chip.remove_button)

    def _offer(self) -> None:
        """Offer the tags in use that this contact does not carry yet."""
        carried = {tag_key(name) for name in self.names()}
        self._offered.setStringList([c for c in self._choices if tag_key(c) not in carried])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the entry adds what is typed (a dialog's Save takes an empty Enter)."""
        if (
            watched is self.entry
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _ENTER
            and self.entry.text().strip()
        ):
            self._on_entry_return_pressed()
            return True
        return super().eventFilter(watched, event)

    def _on_completer_activated(self, text: str) -> None:
        # The completer writes ``text`` into the entry after this signal. After Enter the
        # tag highlighted was added already (``eventFilter``) and ``text`` is only what
        # was typed: clear it once the completer is done. A click adds the tag chosen.
        if self._entered:
            QTimer.singleShot(0, self.entry.clear)
            return
        QTimer.singleShot(0, lambda: self._take_completion(text))

    def _take_completion(self, text: str) -> None:
        self.entry.setText(text)
        self.add_typed()

    def _on_entry_return_pressed(self) -> None:
        """Enter: add what is typed (or highlighted in the completer's popup)."""
        self.add_typed()
        self._entered = True  # until the completer, if its popup was open, is done
        QTimer.singleShot(0, self._on_enter_done)

    def _on_enter_done(self) -> None:
        self._entered = False

    def _on_entry_text_edited(self, text: str) -> None:
        if text.isspace():  # a space after a comma: no tag starts with one
            self.entry.clear()
            return
        if "," not in text:
            return
        typed, _comma, rest = text.rpartition(",")
        self.entry.setText(typed)
        if self.add_typed():
            self.entry.setText(rest.lstrip())
        else:
            self.entry.setText(text)
