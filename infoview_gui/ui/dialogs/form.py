"""A dialog with a form that saves through a service and shows refusals in words."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from infoview_gui.domain.errors import DomainError, ValidationError, as_told_where_typed
from infoview_gui.domain.validation import SHORT_TEXT_MAX
from infoview_gui.ui.accessibility import show_message
from infoview_gui.ui.dialogs.typing_guard import TypingDialog
from infoview_gui.ui.events import events_of
from infoview_gui.ui.text_roles import TextRole
from infoview_gui.ui.widgets.labels import heading_label, plain_label
from infoview_gui.ui.widgets.scroll_body import ScrollBody

MIN_WIDTH = 420
"""A form is no narrower than this: its inputs have room for a sentence."""
SECTION_GAP = 12
"""Room above a group's heading, in pixels."""
SECTION_INDENT = 12
"""How far a group's rows are set in under its heading, in pixels."""


def line_edit(text: str = "", *, placeholder: str = "", limit: int = SHORT_TEXT_MAX) -> QLineEdit:
    """Return a one-line input holding ``text``."""
    edit = QLineEdit(text)
    edit.setPlaceholderText(placeholder)
    edit.setMaxLength(limit)
    return edit


class FormDialog(TypingDialog):
    """Subclasses fill ``form``, register inputs by field name and implement ``save``.

    ``form`` sits in ``content``, a column that scrolls when the screen is too short for it
    (``ScrollBody``); ``body`` holds that column, the error line and the buttons.

    When ``save`` raises a ``DomainError`` the dialog stays open, says why under the form,
    and puts the cursor in the input the message is about: nothing typed is lost. What
    ``save`` committed is published on the window's ``AppEvents`` (found through the
    dialog's parents) before the dialog closes, so the views show it at once. Like every
    ``TypingDialog`` it opens with the keyboard in its first input and asks before Escape
    or Cancel throws typing away.
    """

    def __init__(self, title: str, parent: QWidget | None = None, *, ok_text: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = plain_label()
        self.error.setObjectName("formError")
        self.error.hide()
        self.inputs: dict[str, QWidget] = {}
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(ok_text or self.tr("Save"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        scroll = ScrollBody(self)
        page = QWidget(scroll)  # owned by Qt from the start: Python never deletes it
        page.setMinimumWidth(MIN_WIDTH)
        self.content = QVBoxLayout(page)
        self.content.setContentsMargins(0, 0, 0, 0)
        self.content.addLayout(self.form)
        self.content.addStretch(1)
        self.body = QVBoxLayout(self)
        scroll.setWidget(page)
        self.body.addWidget(scroll, 1)
        self.body.addWidget(self.error)
        self.body.addWidget(self.buttons)

    def add_row(
        self, name: str, label: str, widget: QWidget, form: QFormLayout | None = None
    ) -> None:
        """Add an input under ``name`` (the service's field name) to ``form``, or the form."""
        self.inputs[name] = widget
        (form or self.form).addRow(label, widget)

    def add_group(self, title: str) -> QFormLayout:
        """Add a titled group of inputs under the form; return its form for ``add_row``.

        The title is a section heading (bold, with room above it) and the group's rows are
        set in under it, so it never reads as one more field label.
        """
        at = self.content.count() - 1  # above the stretch
        if at > 0:
            self.content.insertSpacing(at, SECTION_GAP)
            at += 1
        self.content.insertWidget(at, heading_label(title, role=TextRole.SECTION))
        form = QFormLayout()
        form.setContentsMargins(SECTION_INDENT, 0, 0, 0)
        self.content.insertLayout(at + 1, form)
        return form

    def save(self) -> None:
        """Write the form through a service; raise DomainError to refuse."""
        raise NotImplementedError

    def _on_buttons_accepted(self) -> None:
        try:
            self.save()
        except ValidationError as exc:
            self.show_error(str(exc), exc.field)
            return
        except DomainError as exc:
            self.show_error(as_told_where_typed(exc))
            return
        finally:
            events = events_of(self)
            if events is not None:
                events.publish()
        self.accept()

    def show_error(self, message: str, field: str = "") -> None:
        """Say what is wrong and put the cursor where it can be fixed."""
        show_message(self.error, message)
        widget = self.inputs.get(field)
        if widget is not None:
            widget.setFocus()
