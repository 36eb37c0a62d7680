"""The notes of an interview as a printed document, through the question sheet's path."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWidget

from infoview_gui.printing.document import Document
from infoview_gui.printing.notes_html import notes_document
from infoview_gui.printing.preview import ChoosePath, suggested_file_name
from infoview_gui.printing.render import render_pdf
from infoview_gui.services.holding import notes_document_data
from infoview_gui.services.sheets import paper_size


def notes_document_for(
    interview_id: int, system_zone: str = "", cards_dir: Path | None = None
) -> Document:
    """Return the interview's card and notes, question then answer, on the user's paper."""
    data = notes_document_data(
        interview_id=interview_id, system_zone=system_zone, cards_dir=cards_dir
    )
    return notes_document(data, paper_size(locale_name=QLocale().name()))


def save_pdf(document: Document, parent: QWidget, choose_path: ChoosePath) -> str:
    """Ask where with ``choose_path``, then write the PDF; return the path ("" if cancelled).

    Raises:
        RenderError: when the file cannot be written, with the reason.
    """
    path = choose_path(parent, suggested_file_name(document))
    if path:
        render_pdf(document, path)
    return path
