"""Notes saved as they are typed: the editor under a field's research and an answer's notes."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFocusEvent, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget

SAVE_DELAY_MS = 400


class TypedNotes(QPlainTextEdit):
    """A plain-text editor that saves after a pause in typing and when it is left.

    Subclasses say where the text goes: ``can_save`` (whether typing now is a change to
    save) and ``flush`` (save now if ``dirty``; False when the save was refused, in which
    case the text stays, dirty, for the user to fix).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dirty = False
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self.setTabChangesFocus(True)
        self._timer.timeout.connect(self.flush)
        self.textChanged.connect(self._on_self_text_changed)

    @property
    def dirty(self) -> bool:
        """True while typed text is not stored yet."""
        return self._dirty

    def can_save(self) -> bool:
        """Whether the text shown belongs somewhere it can be saved."""
        raise NotImplementedError

    def flush(self) -> bool:
        """Save now if the text changed; return False when the save was refused."""
        raise NotImplementedError

    def show_text(self, text: str) -> None:
        """Show stored ``text`` (not a change to save), the cursor at its end."""
        self._timer.stop()
        self._loading = True
        self.setPlainText(text)  # also forgets the undo history of other text
        self.moveCursor(QTextCursor.MoveOperation.End)  # notes grow at the end
        self._loading = False

    def saved(self) -> None:
        """Note that the text shown is stored."""
        self._timer.stop()
        self._dirty = False

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Save on leaving the editor."""
        self.flush()
        super().focusOutEvent(event)

    def _on_self_text_changed(self) -> None:
        if self._loading or not self.can_save():
            return
        self._dirty = True
        self._timer.start()
