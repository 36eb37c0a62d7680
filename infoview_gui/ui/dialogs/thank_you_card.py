"""The Note card tab of the thank-you dialog: the card's text, copy, print and PDF.

The card prints through ``printing.render`` like the letter: the print preview (from
which the user prints) and "Save as PDF…" draw the same ``Document``, made from the text
as the user edited it.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPlainTextEdit, QPushButton, QVBoxLayout

from infoview_gui.printing.card_html import card_document
from infoview_gui.printing.document import Document
from infoview_gui.services import sheets
from infoview_gui.ui.dialogs.thank_you_letter import DocumentTab, LetterHost, PdfChooser, Previewer
from infoview_gui.ui.widgets.buttons import button_row
from infoview_gui.ui.widgets.labels import plain_label


class NoteCardTab(DocumentTab):
    """The card's text, editable, and its Copy, Print, Save as PDF and "sent" buttons."""

    def __init__(
        self,
        host: LetterHost,
        text: str,
        *,
        choose_pdf: PdfChooser | None = None,
        preview: Previewer | None = None,
    ) -> None:
        super().__init__(host, choose_pdf=choose_pdf, preview=preview)
        self.text = QPlainTextEdit(text)
        self.text.setAccessibleName(self.tr("Note card text"))
        self.text.setTabChangesFocus(True)
        self.copy_button = QPushButton(self.tr("Copy text"))
        self.sent_button = QPushButton(self.tr("I sent the card"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                self.tr(
                    "A short handwritten card can follow the email. Print it on card, or copy "
                    "it out by hand."
                )
            )
        )
        layout.addWidget(self.text, 1)
        layout.addWidget(self.saved)
        layout.addLayout(
            button_row(self.copy_button, self.print_button, self.pdf_button, self.sent_button)
        )
        self.copy_button.clicked.connect(self._on_copy_button_clicked)

    def document(self) -> Document:
        """Return the card as it prints now, on the user's paper."""
        paper = sheets.paper_size(locale_name=self.host.paper_locale())
        title = self.tr("Note card to %1").replace("%1", self.host.record.name)
        return card_document(self.text.toPlainText(), paper, title=title)

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())
