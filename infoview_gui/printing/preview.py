"""Print preview, printing and "Save as PDF…", all through ``render``.

``preview_document(document, parent)`` opens Qt's print preview on the document, with the
document's paper and margins, and a "Save as PDF…" button in its toolbar. The file
chooser and the error report are injectable so tests never open a modal dialog.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QToolBar,
    QWidget,
)

from infoview_gui.domain.sheet import Paper, SheetData, Spacing
from infoview_gui.paths import default_folder
from infoview_gui.printing.document import Document
from infoview_gui.printing.render import RenderError, prepare_device, print_document, render_pdf
from infoview_gui.printing.sheet_html import sheet_document
from infoview_gui.services.sheets import set_paper_size, set_sheet_spacing

ChoosePath = Callable[[QWidget, str], str]
Report = Callable[[QWidget, str], None]
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')
translate = QCoreApplication.translate


def suggested_file_name(document: Document) -> str:
    """Return a file name for the PDF made from the document's title."""
    name = " ".join(_UNSAFE.sub(" ", document.title).split()).strip(" .")
    return f"{name[:100] or 'InfoView'}.pdf"


def ask_pdf_path(parent: QWidget, suggested: str) -> str:
    """Ask where to save the PDF (in Documents, not wherever InfoView was started from).

    Returns the path, or an empty string if cancelled.
    """
    start = str(default_folder() / suggested)
    path, _ = QFileDialog.getSaveFileName(
        parent,
        translate("DocumentPreview", "Save as PDF"),
        start,
        translate("DocumentPreview", "PDF files (*.pdf)"),
    )
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
        super().__init__(parent)
        # The dialog's own printer lives exactly as long as the dialog.
        self._printer = self.printer()
        prepare_device(document, self._printer)
        self._printer.setDocName(document.title)
        self.document = document
        self.page_count = 0
        self._choose_path = choose_path
        self._report = report
        self._start_folder = start_folder
        self.setWindowTitle(self.tr("Print preview: %1").replace("%1", document.title))
        self.save_action = QAction(self.tr("Save as PDF…"), self)
        self.save_action.setToolTip(self.tr("Save as a PDF file"))
        self.toolbar = self.findChild(QToolBar)
        if self.toolbar is not None:
            self.toolbar.addSeparator()
            self.toolbar.addAction(self.save_action)
        self._connect_signals()

    def set_document(self, document: Document, *, paper_changed: bool = False) -> None:
        """Show another version of the document (other options), redrawing the pages."""
        self.document = document
        if paper_changed:
            prepare_device(document, self._printer)
        widget = self.preview_widget()
        if widget is not None:
            widget.updatePreview()

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


class SheetPreview(DocumentPreview):
    """The question sheet's preview, with its paper, spacing and notes-page options.

    Changing an option redraws the pages; the paper and spacing are remembered in the
    settings for the next sheet unless ``remember`` is False.
    """

    def __init__(
        self,
        data: SheetData,
        parent: QWidget | None = None,
        *,
        remember: bool = True,
        choose_path: ChoosePath = ask_pdf_path,
        report: Report = show_error,
        start_folder: Path | None = None,
    ) -> None:
        super().__init__(
            sheet_document(data),
            parent,
            choose_path=choose_path,
            report=report,
            start_folder=start_folder,
        )
        self.data = data
        self._remember = remember
        self.paper_box = QComboBox(self)
        for paper in Paper:
            self.paper_box.addItem(paper.label, paper.value)
        self.paper_box.setCurrentIndex(list(Paper).index(data.paper))
        self.spacing_box = QComboBox(self)
        for spacing in Spacing:
            shown = self.tr("%1 (%n line(s))", "", spacing.note_lines).replace("%1", spacing.label)
            self.spacing_box.addItem(shown, spacing.value)
        self.spacing_box.setCurrentIndex(list(Spacing).index(data.spacing))
        self.notes_check = QCheckBox(self.tr("Notes page"), self)
        self.notes_check.setChecked(data.notes_page)
        self._add_options()
        self._connect_option_signals()

    def _add_options(self) -> None:
        """Put the options in a toolbar of their own, under the preview's toolbar."""
        bar = QToolBar(self.tr("Sheet options"), self)
        bar.setMovable(False)
        options = (
            (self.tr("Paper:"), self.paper_box),
            (self.tr("Room for notes:"), self.spacing_box),
        )
        for label, widget in options:
            caption = QLabel(f" {label} ", bar)
            caption.setBuddy(widget)
            bar.addWidget(caption)
            bar.addWidget(widget)
            bar.addSeparator()
        bar.addWidget(self.notes_check)
        window = self.findChild(QMainWindow)
        if window is not None:
            window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
            window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        elif self.toolbar is not None:
            self.toolbar.addSeparator()
            self.toolbar.addWidget(bar)

    def _connect_option_signals(self) -> None:
        self.paper_box.currentIndexChanged.connect(self._on_paper_box_current_index_changed)
        self.spacing_box.currentIndexChanged.connect(self._on_spacing_box_current_index_changed)
        self.notes_check.toggled.connect(self._on_notes_check_toggled)

    def _on_paper_box_current_index_changed(self, _index: int) -> None:
        paper = Paper(self.paper_box.currentData())
        self._show(replace(self.data, paper=paper), paper_changed=True)
        if self._remember:
            set_paper_size(paper=paper)

    def _on_spacing_box_current_index_changed(self, _index: int) -> None:
        spacing = Spacing(self.spacing_box.currentData())
        self._show(replace(self.data, spacing=spacing))
        if self._remember:
            set_sheet_spacing(spacing=spacing)

    def _on_notes_check_toggled(self, checked: bool) -> None:
        self._show(replace(self.data, notes_page=checked))

    def _show(self, data: SheetData, *, paper_changed: bool = False) -> None:
        self.data = data
        self.set_document(sheet_document(data), paper_changed=paper_changed)


def preview_sheet(data: SheetData, parent: QWidget | None = None) -> SheetPreview:
    """Show the question sheet's print preview and return when it is closed."""
    dialog = SheetPreview(data, parent)
    dialog.exec()
    return dialog


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
