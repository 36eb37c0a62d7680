"""One rendering path for print preview, printers and PDF files.

Every block of a ``Document`` is laid out as its own ``QTextDocument`` at 96 dots per
inch with design metrics (no hinting), measured, and placed on pages by
``document.paginate``; the pages are then drawn on the device with the painter scaled to
its resolution. So a block is never split from its own content (a question from its
note lines), and a sheet paginates the same on screen, on paper and in a PDF, on every
machine. Each page gets the footer "Page n of m".
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import (
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrinter

from infoview_gui.domain.errors import UserError
from infoview_gui.domain.i18n import _
from infoview_gui.domain.os_errors import advice, reason
from infoview_gui.domain.sheet import Paper
from infoview_gui.exchange.files import atomic_write
from infoview_gui.printing import fonts
from infoview_gui.printing.document import (
    LAYOUT_DPI,
    Document,
    Slice,
    page_label,
    paginate,
    px,
)

PDF_DPI = 1200
FOOTER_PT = 7.5
FOOTER_GAP_MM = 5.0
FOOTER_TITLE_MAX = 90
EDGE = 0.1  # CSS pixels kept clear at a tall block's page edges (Qt rounds to 1/64)
FOOTER_CSS = "td { color: #7a7f87; } td.title { padding-right: 12px; }"
_PAGE_SIZE_IDS = {Paper.A4: QPageSize.PageSizeId.A4, Paper.LETTER: QPageSize.PageSizeId.Letter}


class RenderError(UserError):
    """The document could not be drawn or written; ``str()`` says why in plain words."""


@dataclass
class Layout:
    """A document laid out for one page size: its block documents and its pages."""

    documents: list[QTextDocument]
    pages: list[list[Slice]]
    width: float
    page_height: float


def page_layout(document: Document) -> QPageLayout:
    """Return the page size, orientation and margins a document asks for."""
    m = document.margins
    return QPageLayout(
        QPageSize(_PAGE_SIZE_IDS[document.paper]),
        QPageLayout.Orientation.Portrait,
        QMarginsF(m.left, m.top, m.right, m.bottom),
        QPageLayout.Unit.Millimeter,
    )


_layout_device: QImage | None = None


def layout_device() -> QImage:
    """Return the 96-dpi paint device every block is laid out against."""
    global _layout_device
    if _layout_device is None:
        dots_per_metre = round(LAYOUT_DPI / 0.0254)
        _layout_device = QImage(1, 1, QImage.Format.Format_RGB32)
        _layout_device.setDotsPerMeterX(dots_per_metre)
        _layout_device.setDotsPerMeterY(dots_per_metre)
    return _layout_device


def _font(document: Document, point_size: float) -> QFont:
    font = QFont(document.font_family or fonts.sheet_family())
    font.setPointSizeF(point_size)
    return font


def block_document(
    text: str, css: str, font: QFont, width: float, page_height: float = 0.0
) -> QTextDocument:
    """Return ``text`` (HTML) laid out ``width`` CSS pixels wide, paginated if ``page_height``."""
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(layout_device())
    doc.setUseDesignMetrics(True)
    doc.setDocumentMargin(0)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(css)
    doc.setHtml(text)
    doc.setTextWidth(width)
    if page_height > 0:
        doc.setPageSize(QSizeF(width, page_height))
    return doc


def _used_height(doc: QTextDocument) -> float:
    """Return how far down a paginated document's content reaches."""
    bottom = doc.documentLayout().blockBoundingRect(doc.lastBlock()).bottom()
    return max(bottom, 1.0)


def _footer_html(document: Document, page: int, pages: int) -> str:
    title = " ".join(document.title.split())
    if len(title) > FOOTER_TITLE_MAX:  # one line, clear of the page number
        title = title[: FOOTER_TITLE_MAX - 1].rstrip() + "…"
    return (
        '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
        f'<td class="title">{html.escape(title)}</td>'
        f'<td align="right">{page_label(page, pages)}</td></tr></table>'
    )


def footer_height(document: Document) -> float:
    """Return the height the footer takes at the foot of each page, gap included."""
    if not document.footer:
        return 0.0
    doc = block_document(
        _footer_html(document, 1, 1), FOOTER_CSS, _font(document, FOOTER_PT), 10_000.0
    )
    return doc.size().height() + px(FOOTER_GAP_MM)


def lay_out(document: Document, width: float, height: float) -> Layout:
    """Lay a document out for a content area of ``width`` x ``height`` CSS pixels."""
    # Whole pixels: Qt lays text out in 1/64 px, and a page edge between two of its steps
    # would let a line that starts on the next page show a sliver (and its text) here.
    page_height = float(math.floor(height - footer_height(document)))
    font = _font(document, document.font_pt)
    documents: list[QTextDocument] = []
    heights: list[float] = []
    for block in document.blocks:
        css = document.css if block.css is None else block.css
        doc = block_document(block.html, css, font, width)
        tall = doc.size().height()
        if tall > page_height:
            doc = block_document(block.html, css, font, width, page_height)
            tall = _used_height(doc)
        documents.append(doc)
        heights.append(tall)
    return Layout(documents, paginate(document.blocks, heights, page_height), width, page_height)


def _draw_slice(painter: QPainter, layout: Layout, piece: Slice) -> None:
    """Draw a block, or the part of a tall block that falls on this page."""
    doc = layout.documents[piece.block]
    painter.save()
    painter.translate(0.0, piece.top - piece.offset)
    if piece.offset or piece.height < doc.size().height():
        # Qt draws every line touching the clip, edges included: keep clear of both edges.
        clip = QRectF(0.0, piece.offset + EDGE, layout.width, piece.height - 2 * EDGE)
        doc.drawContents(painter, clip)
    else:
        doc.drawContents(painter)
    painter.restore()


def _draw_footer(
    painter: QPainter, document: Document, layout: Layout, page: int, bottom: float
) -> None:
    doc = block_document(
        _footer_html(document, page, len(layout.pages)),
        FOOTER_CSS,
        _font(document, FOOTER_PT),
        layout.width,
    )
    painter.save()
    painter.translate(0.0, bottom - doc.size().height())
    doc.drawContents(painter)
    painter.restore()


def render(document: Document, device: QPagedPaintDevice) -> int:
    """Draw ``document`` on a printer or PDF writer as it is set up; return the page count.

    The device's own page layout decides the paper and margins (so a paper size chosen in
    a print dialog wins); ``prepare_device`` applies the document's.

    Raises:
        RenderError: when the device cannot be painted on (a printer that is gone...).
    """
    fonts.register_fonts()
    scale_x = device.logicalDpiX() / LAYOUT_DPI
    scale_y = device.logicalDpiY() / LAYOUT_DPI  # some printers' dots are not square
    width = device.width() / scale_x
    height = device.height() / scale_y
    layout = lay_out(document, width, height)
    painter = QPainter()
    if not painter.begin(device):
        raise RenderError(_("The printer or file could not be opened for drawing."))
    try:
        painter.scale(scale_x, scale_y)
        for number, slices in enumerate(layout.pages, start=1):
            if number > 1:
                device.newPage()
            for piece in slices:
                _draw_slice(painter, layout, piece)
            if document.footer:
                _draw_footer(painter, document, layout, number, height)
    finally:
        painter.end()
    return len(layout.pages)


def prepare_device(document: Document, device: QPagedPaintDevice) -> None:
    """Give a printer or PDF writer the document's paper size and margins."""
    device.setPageLayout(page_layout(document))


def print_document(document: Document, printer: QPrinter) -> int:
    """Print the document on a printer as it is set up (dialogs included); return pages."""
    printer.setDocName(document.title)
    return render(document, printer)


def pdf_bytes(document: Document, layout: QPageLayout | None = None) -> tuple[bytes, int]:
    """Return the document as PDF data, and its page count.

    ``layout`` overrides the document's paper and margins (the ones a print preview's
    page setup chose).
    """
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setTitle(document.title)
    writer.setCreator("InfoView")
    writer.setPageLayout(layout or page_layout(document))
    pages = render(document, writer)
    del writer  # the PDF is complete once its writer is gone
    buffer.close()
    return bytes(data.data()), pages


def render_pdf(document: Document, path: str | Path, layout: QPageLayout | None = None) -> int:
    """Write the document to a PDF file (atomically: the old file or the new one).

    Returns:
        The number of pages.

    Raises:
        RenderError: when the file cannot be written, with the reason.
    """
    data, pages = pdf_bytes(document, layout)
    try:
        atomic_write(path, data)
    except OSError as exc:
        said = _("InfoView could not write {path}: {reason}. {advice}")
        raise RenderError(said.format(path=path, reason=reason(exc), advice=advice(exc))) from exc
    return pages
