"""The Note card tab of the thank-you dialog: the card's text, copy, print and PDF.

The card prints through ``printing.render`` like the letter: the print preview (from
which the user prints) and "Save as PDF…" draw the same ``Document``, made from the text
as the user edited it.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from infoview_gui.domain.errors import DomainError
from infoview_gui.printing.card_html import card_document
from infoview_gui.printing.document import Document
from infoview_gui.printing.preview import ask_pdf_path
from infoview_gui.services import sheets
from infoview_gui.ui.dialogs.thank_you_letter import (
    LetterHost,
    PdfChooser,
    Previewer,
    save_document_pdf,
    show_preview,
)
from infoview_gui.ui.widgets.buttons import button_row
from infoview_gui.ui.widgets.labels import plain_label


class NoteCardTab(QWidget):
    """The card's text, editable, and its Copy, Print, Save as PDF and "sent" buttons."""

    def __init__(
        self,
        host: LetterHost,
        text: str,
        *,
        choose_pdf: PdfChooser | None = None,
        preview: Previewer | None = None,
    ) -> None:
        super().__init__()
        self.host = host
        self._choose_pdf = choose_pdf or ask_pdf_path
        self._preview = preview or show_preview
        self.text = QPlainTextEdit(text)
        self.saved = plain_label()
        self.saved.setObjectName("viewDescription")
        self.saved.hide()
        self.copy_button = QPushButton("Copy text")
        self.print_button = QPushButton("Print…")
        self.pdf_button = QPushButton("Save as PDF…")
        self.sent_button = QPushButton("I sent the card")
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                "A short handwritten card can follow the email. Print it on card, or copy "
                "it out by hand."
            )
        )
        layout.addWidget(self.text, 1)
        layout.addWidget(self.saved)
        layout.addLayout(
            button_row(self.copy_button, self.print_button, self.pdf_button, self.sent_button)
        )
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.pdf_button.clicked.connect(self._on_pdf_button_clicked)

    def document(self) -> Document:
        """Return the card as it prints now, on the user's paper."""
        paper = sheets.paper_size(locale_name=self.host.paper_locale())
        title = f"Note card to {self.host.record.name}"
        return card_document(self.text.toPlainText(), paper, title=title)

    def save_pdf(self) -> str | None:
        """Ask where to save the card as PDF and write it there; return the path."""
        path = save_document_pdf(self, self.document(), self._choose_pdf, self.host)
        if path:
            self.saved.setText(f"Saved {path}")
            self.saved.show()
        return path

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())

    def _on_print_button_clicked(self) -> None:
        try:
            self._preview(self.document(), self)
        except DomainError as exc:
            self.host.show_error(str(exc))

    def _on_pdf_button_clicked(self) -> None:
        self.save_pdf()
