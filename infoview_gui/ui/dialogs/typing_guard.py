"""Dialogs that never lose typing: the keyboard starts in the first field, a close asks.

Two rules for every dialog of the app, kept in one place:

- When a dialog opens, the keyboard is in its first field, never on a button: a person
  who starts typing at once types into the form (Qt would otherwise give the focus to the
  first widget made, often the button box, and a space would press it).
- Escape, Close, Cancel or the window's close button in a dialog with typing that is not
  saved yet ask before throwing it away; with nothing typed the dialog closes at once.

``TypingDialog`` is the base class of the app's dialogs. Editors that save as the user
types (``TypedNotes``, or widgets passed to ``TypingDialog.saves_as_typed``) lose nothing
on close and are left out of the question.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QShowEvent, QTextCursor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from infoview_gui.ui.widgets.typed_notes import TypedNotes

DISCARD_BOX_NAME = "discardTyping"
translate = QCoreApplication.translate


def is_text_input(widget: QWidget) -> bool:
    """Return True for a widget that takes typing: a field, an editor, a spin or date box.

    A composite input (tags as chips) says what it holds with a ``typed_text()`` method.
    """
    if callable(getattr(widget, "typed_text", None)):
        return True
    if isinstance(widget, QLineEdit | QAbstractSpinBox):
        return not widget.isReadOnly()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return not widget.isReadOnly()
    return isinstance(widget, QComboBox) and widget.isEditable()


def _can_take_focus(widget: QWidget, window: QWidget) -> bool:
    return (
        widget.isVisibleTo(window)
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
    )


def _focus_chain(window: QWidget) -> list[QWidget]:
    chain: list[QWidget] = []
    seen: set[int] = set()
    widget = window.nextInFocusChain()
    while widget is not None and widget is not window and id(widget) not in seen:
        seen.add(id(widget))
        if widget.window() is window and _can_take_focus(widget, window):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def first_field(window: QWidget) -> QWidget | None:
    """Return where typing should start: the first text input, else the first non-button."""
    chain = _focus_chain(window)
    for widget in chain:
        if is_text_input(widget):
            return widget
    for widget in chain:
        if not isinstance(widget, QAbstractButton | QTabBar):
            return widget
    return None


def focus_first_field(window: QWidget) -> None:
    """Put the keyboard in the first field of ``window`` (a button keeps it only if alone)."""
    widget = first_field(window)
    if widget is not None:
        widget.setFocus(Qt.FocusReason.OtherFocusReason)


def keep_what_is_there(window: QWidget) -> None:
    """Put the cursor after the text of the field with the keyboard, nothing selected.

    A dialog selects all of its first field when it opens (Qt's focus-in by Tab): a key
    pressed at once would replace a stored name or a drafted subject.
    """
    widget = window.focusWidget()
    if isinstance(widget, QLineEdit) and widget.selectedText() == widget.text():
        widget.deselect()
        widget.end(False)
    elif isinstance(widget, QPlainTextEdit | QTextEdit) and widget.textCursor().atStart():
        widget.moveCursor(QTextCursor.MoveOperation.End)  # typing adds, never prepends


def _text_of(widget: QWidget) -> str:
    typed = getattr(widget, "typed_text", None)
    if callable(typed):
        return str(typed())
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QLineEdit | QAbstractSpinBox):
        return widget.text()
    return ""


def ask_before_losing(
    parent: QWidget,
    text: str,
    *,
    lose: str = "",
    keep: str = "",
    title: str = "",
    on_lose: Callable[[], object],
) -> QMessageBox:
    """Ask, without blocking, whether to throw typing away; ``on_lose`` runs on yes.

    The safe answer (``keep``) is the default one and Escape's: a key pressed by habit
    never throws anything away. Left empty, the buttons say "Discard" and "Keep editing"
    and the title "Not saved", in the user's language.
    """
    lose = lose or translate("TypingDialog", "Discard")
    keep = keep or translate("TypingDialog", "Keep editing")
    box = QMessageBox(parent)
    box.setObjectName(DISCARD_BOX_NAME)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title or translate("TypingDialog", "Not saved"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    keep_button = box.addButton(keep, QMessageBox.ButtonRole.RejectRole)
    lose_button = box.addButton(lose, QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(keep_button)
    box.setEscapeButton(keep_button)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def on_finished() -> None:
        if box.clickedButton() is lose_button:
            on_lose()

    box.finished.connect(on_finished)
    box.open()
    return box


class TypingDialog(QDialog):
    """A dialog whose first field has the keyboard, and that asks before losing typing.

    What the inputs hold when the dialog is first shown is remembered; ``reject`` (Escape,
    Close, Cancel, the window's close button) asks first when that has changed. ``close()``
    called by code (not the window's close button) closes without asking.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._at_open: dict[int, str] | None = None
        self._saved_as_typed: list[QWidget] = []
        self._asking: QMessageBox | None = None
        self._closing_by_code = False

    def saves_as_typed(self, *widgets: QWidget) -> None:
        """Say that ``widgets`` (and what is inside them) save by themselves as typed."""
        self._saved_as_typed.extend(widgets)

    def showEvent(self, event: QShowEvent) -> None:
        """On the first show: remember what the inputs hold, put the keyboard in the first."""
        super().showEvent(event)
        if self._at_open is None:
            self._at_open = self._typed()
            focus_first_field(self)
            QTimer.singleShot(0, self, partial(keep_what_is_there, self))  # after Qt's select

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask as ``reject`` does when the user closes the window; code closes at once."""
        self._closing_by_code = not event.spontaneous()
        try:
            super().closeEvent(event)
        finally:
            self._closing_by_code = False

    def has_unsaved_typing(self) -> bool:
        """Return True when an input not saved as typed holds other text than at opening."""
        if self._at_open is None:
            return False
        now = self._typed()
        return any(now.get(key, "") != text for key, text in self._at_open.items())

    def reject(self) -> None:
        """Close without saving; ask first if that throws typing away."""
        if self._closing_by_code or not self.isVisible() or not self.has_unsaved_typing():
            if self._asking is not None:
                self._asking.close()  # its escape button: "keep", which is moot now
            super().reject()
            return
        if self._asking is None:
            self._asking = ask_before_losing(
                self,
                translate("TypingDialog", "What you typed here is not saved. Close and lose it?"),
                on_lose=self._discard,
            )
            self._asking.finished.connect(self._on_asking_finished)

    def _discard(self) -> None:
        super().reject()

    def _on_asking_finished(self) -> None:
        self._asking = None

    def _typed(self) -> dict[int, str]:
        """Return the text of each input (by identity) that is not saved as typed."""
        return {
            id(widget): _text_of(widget)
            for widget in self.findChildren(QWidget)
            if is_text_input(widget) and not self._left_out(widget)
        }

    def _left_out(self, widget: QWidget) -> bool:
        if widget.window() is not self or isinstance(widget, TypedNotes):
            return True  # another window's input, or one that saves itself
        if isinstance(widget.parent(), QAbstractSpinBox | QComboBox):
            return True  # the editor inside a spin box or combo box: counted as its box
        return any(widget is kept or kept.isAncestorOf(widget) for kept in self._saved_as_typed)
