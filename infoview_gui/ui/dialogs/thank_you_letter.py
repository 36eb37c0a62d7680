"""The Letter tab of the thank-you dialog: the formal letter, its preview, print and PDF.

The letter goes through ``printing.render`` like the question sheet: the print preview
(from which the user prints) and "Save as PDF…" draw the same ``Document``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from infoview_gui.domain.agenda import day_text
from infoview_gui.domain.errors import DomainError
from infoview_gui.printing import fonts
from infoview_gui.printing.document import Document
from infoview_gui.printing.letter_html import FONT_PT, LETTER_CSS, letter_document, letter_html
from infoview_gui.printing.preview import ask_pdf_path, preview_document, suggested_file_name
from infoview_gui.printing.render import RenderError, render_pdf
from infoview_gui.services import sheets, thanks
from infoview_gui.ui.accessibility import labelled, show_message
from infoview_gui.ui.widgets.buttons import button_row
from infoview_gui.ui.widgets.labels import plain_label

translate = QCoreApplication.translate
PdfChooser = Callable[[QWidget, str], str]
"""Asks where to save a PDF: (parent, suggested path) -> chosen path, or "" to cancel."""
Previewer = Callable[[Document, QWidget], object]
"""Shows a document's print preview, from which the user prints."""


def show_preview(document: Document, parent: QWidget) -> object:
    """Open the print preview of the letter (modal)."""
    return preview_document(document, parent)


def save_document_pdf(
    parent: QWidget, document: Document, choose_pdf: PdfChooser, host: LetterHost
) -> str | None:
    """Ask where with ``choose_pdf`` and write ``document`` there; return the path.

    A file that cannot be written is explained through ``host.show_error``.
    """
    path = choose_pdf(parent, str(Path.home() / suggested_file_name(document)))
    if not path:
        return None
    try:
        render_pdf(document, path)
    except RenderError as exc:
        host.show_error(str(exc))
        return None
    return path


class LetterHost(Protocol):
    """What the Letter tab needs from the dialog it sits in."""

    interview_id: int
    record: thanks.ThankYouRecord

    def point_text(self) -> str:
        """The specific point of the drafts."""

    def today(self) -> date:
        """Today's date: the letter's date."""

    def paper_locale(self) -> str:
        """The locale whose usual paper the letter is printed on."""

    def show_error(self, message: str) -> None:
        """Say why something could not be done."""

    def mark_letter_posted(self) -> None:
        """Record the letter as posted today."""


class DocumentTab(QWidget):
    """A tab that prints a ``Document``: its Print… and Save as PDF… buttons and their work.

    Subclasses give ``document()`` and lay out ``print_button``, ``pdf_button`` and
    ``saved`` (which says where the PDF went).
    """

    def __init__(
        self,
        host: LetterHost,
        *,
        choose_pdf: PdfChooser | None = None,
        preview: Previewer | None = None,
    ) -> None:
        super().__init__()
        self.host = host
        self._choose_pdf = choose_pdf or ask_pdf_path
        self._preview = preview or show_preview
        self.saved = plain_label()
        self.saved.setObjectName("viewDescription")
        self.saved.hide()
        self.print_button = QPushButton(translate("DocumentTab", "Print…"))
        self.pdf_button = QPushButton(translate("DocumentTab", "Save as PDF…"))
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.pdf_button.clicked.connect(self._on_pdf_button_clicked)

    def document(self) -> Document:
        """Return the document as it prints now."""
        raise NotImplementedError

    def save_pdf(self) -> str | None:
        """Ask where to save the document as PDF and write it there; return the path."""
        path = save_document_pdf(self, self.document(), self._choose_pdf, self.host)
        if path:
            saved = translate("DocumentTab", "Saved %1").replace("%1", path)
            show_message(self.saved, saved, urgent=False)
        return path

    def _on_print_button_clicked(self) -> None:
        try:
            self._preview(self.document(), self)
        except DomainError as exc:
            self.host.show_error(str(exc))

    def _on_pdf_button_clicked(self) -> None:
        self.save_pdf()


class LetterTab(DocumentTab):
    """The recipient's postal address, the letter as it will print, and its buttons."""

    def __init__(
        self,
        host: LetterHost,
        *,
        choose_pdf: PdfChooser | None = None,
        preview: Previewer | None = None,
    ) -> None:
        super().__init__(host, choose_pdf=choose_pdf, preview=preview)
        self.address = QPlainTextEdit(host.record.postal_address)
        self.address.setPlaceholderText(self.tr("Their postal address, as on their business card"))
        self.address.setFixedHeight(74)
        self.address.setTabChangesFocus(True)
        self.view = QTextBrowser()
        self.view.setAccessibleName(self.tr("The letter as it prints"))
        self.view.document().setDefaultStyleSheet(LETTER_CSS)
        self.view.document().setDefaultFont(QFont(fonts.sheet_family(), round(FONT_PT)))
        self.view.document().setDocumentMargin(18)
        self.view.setOpenLinks(False)
        self.no_sender = plain_label(
            self.tr(
                "Your own postal address goes at the top of the letter: add it in "
                "Settings > Your profile."
            )
        )
        self.no_sender.setObjectName("viewDescription")
        self.no_sender.setVisible(not thanks.sender_address())
        self.posted_button = QPushButton(self.tr("I posted it"))
        buttons = button_row(self.print_button, self.pdf_button, self.posted_button)
        layout = QVBoxLayout(self)
        layout.addWidget(labelled(self.tr("Their postal address"), self.address))
        layout.addWidget(self.address)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.no_sender)
        layout.addWidget(self.saved)
        layout.addLayout(buttons)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.address.textChanged.connect(self.refresh)
        self.posted_button.clicked.connect(self.host.mark_letter_posted)

    def document(self) -> Document:
        """Return the letter as it prints now, on the user's paper."""
        letter = thanks.letter(
            interview_id=self.host.interview_id,
            point=self.host.point_text(),
            today=self.host.today(),
            address=self.address.toPlainText(),
        )
        paper = sheets.paper_size(locale_name=self.host.paper_locale())
        title = self.tr("Thank-you letter to %1").replace("%1", self.host.record.name)
        return letter_document(letter, paper, title=title)

    def refresh(self) -> None:
        """Show the letter with the current point and address."""
        letter = thanks.letter(
            interview_id=self.host.interview_id,
            point=self.host.point_text(),
            today=self.host.today(),
            address=self.address.toPlainText(),
        )
        self.view.setHtml(letter_html(letter))

    def show_sent(self, can_send: bool, posted_on: date | None) -> None:
        """Show whether the letter was posted, and allow marking it once held."""
        self.posted_button.setEnabled(can_send)
        if posted_on is not None:
            self.posted_button.setText(self.tr("Posted on %1").replace("%1", day_text(posted_on)))
