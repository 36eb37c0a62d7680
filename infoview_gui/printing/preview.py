"""Print preview, printing and "Save as PDF…", all through ``render``.

``preview_document(document, parent)`` opens Qt's print preview on the document, with the
document's paper and margins, and a "Save as PDF…" button in its toolbar. The file
chooser and the error report are injectable so tests never open a modal dialog.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QFileDialog, QMessageBox, QToolBar, QWidget

from infoview_gui.printing.document import Document
from infoview_gui.printing.render import RenderError, prepare_device, print_document, render_pdf

ChoosePath = Callable[[QWidget, str], str]
Report = Callable[[QWidget, str], None]
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def suggested_file_name(document: Document) -> str:
    """Return a file name for the PDF made from the document's title."""
    name = " ".join(_UNSAFE.sub(" ", document.title).split()).strip(" .")
    return f"{name[:100] or 'InfoView'}.pdf"


def ask_pdf_path(parent: QWidget, suggested: str) -> str:
    """Ask where to save the PDF; return the path, or an empty string if cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, "Save as PDF", suggested, "PDF files (*.pdf)")
    if path and not path.lower().endswith(".pdf"):
        path += ".pdf"
    return path


def show_error(parent: QWidget, message: str) -> None:
    """Tell the user what went wrong."""
    QMessageBox.warning(parent, "InfoView", message)


class DocumentPreview(QPrintPreviewDialog):
    """Qt's print preview of one document, with a "Save as PDF…" action.

    Signals (inherited): ``paintRequested(QPrinter)``, answered by drawing the document.
    """

    def __init__(
        self,
        document: Document,
        parent: QWidget | None = None,
        *,
        choose_path: ChoosePath = ask_pdf_path,
        report: Report = show_error,
        start_folder: Path | None = None,
    ) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_device(document, printer)
        printer.setDocName(document.title)
        super().__init__(printer, parent)
        self._printer = printer  # the dialog does not own it: keep it alive
        self.document = document
        self.page_count = 0
        self._choose_path = choose_path
        self._report = report
        self._start_folder = start_folder
        self.setWindowTitle(f"Print preview: {document.title}")
        self.save_action = QAction("Save as PDF…", self)
        self.save_action.setToolTip("Save the sheet as a PDF file")
        toolbar = self.findChild(QToolBar)
        if toolbar is not None:
            toolbar.addSeparator()
            toolbar.addAction(self.save_action)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.paintRequested.connect(self._on_self_paint_requested)
        self.save_action.triggered.connect(self._on_save_action_triggered)

    def preview_widget(self) -> QPrintPreviewWidget | None:
        """Return the widget that shows the pages."""
        return self.findChild(QPrintPreviewWidget)

    def _on_self_paint_requested(self, printer: QPrinter) -> None:
        try:
            self.page_count = print_document(self.document, printer)
        except RenderError as exc:
            self._report(self, str(exc))

    def _on_save_action_triggered(self) -> None:
        suggested = suggested_file_name(self.document)
        if self._start_folder is not None:
            suggested = str(self._start_folder / suggested)
        path = self._choose_path(self, suggested)
        if not path:
            return
        try:
            render_pdf(self.document, path, self._printer.pageLayout())
        except RenderError as exc:
            self._report(self, str(exc))


def preview_document(
    document: Document, parent: QWidget | None = None, *, modal: bool = True
) -> DocumentPreview:
    """Show the print preview of ``document``; from there the user prints or saves a PDF.

    With ``modal`` (the default) this returns when the preview is closed.
    """
    dialog = DocumentPreview(document, parent)
    if modal:
        dialog.exec()
    else:
        dialog.show()
    return dialog
