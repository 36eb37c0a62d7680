"""Add a question of the user's own to the bank, or reword any question of it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget

from infoview_gui.domain.enums import Topic
from infoview_gui.domain.question_bank import MAX_TEXT
from infoview_gui.services.questions import add_own_question, edit_question, restore_wording
from infoview_gui.store.question_queries import BankRow
from infoview_gui.ui.dialogs.form import FormDialog, line_edit
from infoview_gui.ui.widgets.choices import enum_combo
from infoview_gui.ui.widgets.labels import plain_label

translate = QCoreApplication.translate


class QuestionDialog(FormDialog):
    """The wording and topic of a question; a built-in question keeps its topic.

    Args:
        question: the question to edit, or None to add one of the user's own.
    """

    def __init__(self, parent: QWidget | None = None, question: BankRow | None = None) -> None:
        if question is None:
            title = translate("QuestionDialog", "Add your own question")
            ok_text = translate("QuestionDialog", "Add")
        else:
            title = translate("QuestionDialog", "Edit question")
            ok_text = translate("QuestionDialog", "Save")
        super().__init__(title, parent, ok_text=ok_text)
        self.question = question
        self.text = line_edit(
            "" if question is None else question.text,
            placeholder=translate("QuestionDialog", "What would you most like to know?"),
            limit=MAX_TEXT,
        )
        self.topic = enum_combo(Topic, Topic.OWN.value if question is None else question.topic)
        self.add_row("text", translate("QuestionDialog", "Question"), self.text)
        self.add_row("topic", translate("QuestionDialog", "Topic"), self.topic)
        self.created_id: int | None = None
        self.restore_button: QPushButton | None = None
        if question is not None and question.builtin:
            self.topic.setEnabled(False)
            builtin = translate("QuestionDialog", "A built-in question keeps its topic.")
            self.form.addRow(plain_label(builtin))
        if question is not None and question.edited:
            self.restore_button = QPushButton(
                translate("QuestionDialog", "Restore the original wording and close")
            )
            self.restore_button.clicked.connect(self._on_restore_button_clicked)
            self.form.addRow(self.restore_button)
        self.setMinimumWidth(560)

    def save(self) -> None:
        """Add or save the question."""
        topic = Topic(self.topic.currentData())
        if self.question is None:
            self.created_id = add_own_question(text=self.text.text(), topic=topic)
        else:
            chosen = None if self.question.builtin else topic
            edit_question(question_id=self.question.id, text=self.text.text(), topic=chosen)

    def _on_restore_button_clicked(self) -> None:
        if self.question is not None:
            self.text.setText(restore_wording(question_id=self.question.id))
            self.accept()
