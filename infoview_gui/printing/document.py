"""A printable document: blocks of HTML that are never split across pages.

Pure data, no Qt, so the HTML builders (sheets, letters, interview notes) stay testable
without a display. ``printing.render`` lays a ``Document`` out on any paged device.

Lengths in block HTML and CSS are CSS pixels (1/96 inch) whatever the device: the
renderer lays every document out at 96 dots per inch, so a sheet paginates the same on
every machine and printer. Use ``px(mm)`` to write millimetres.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from infoview_gui.domain.i18n import _
from infoview_gui.domain.sheet import Paper

LAYOUT_DPI = 96
MM_PER_INCH = 25.4


def px(mm: float) -> float:
    """Return a length in millimetres as CSS pixels at the layout resolution."""
    return mm / MM_PER_INCH * LAYOUT_DPI


@dataclass(frozen=True)
class Margins:
    """Page margins in millimetres."""

    top: float = 16.0
    right: float = 18.0
    bottom: float = 12.0
    left: float = 18.0


@dataclass(frozen=True)
class Block:
    """A piece of the document kept on one page.

    Attributes:
        html: escaped HTML (a fragment: no ``<html>`` needed).
        space_before: gap above the block in CSS pixels, dropped at the top of a page.
        keep_with_next: True to move the block to the next page with the one after it
            (a heading with its first item).
        page_break_before: True to start the block on a new page.
        css: a stylesheet for this block instead of the document's (Qt parses the
            stylesheet again for every block: a short one for many similar blocks is
            faster).
    """

    html: str
    space_before: float = 0.0
    keep_with_next: bool = False
    page_break_before: bool = False
    css: str | None = None


@dataclass(frozen=True)
class Document:
    """What to print: the blocks in order, the paper, the stylesheet and the footer.

    Attributes:
        title: the print job's and PDF's title, and the footer's left-hand text.
        blocks: the content, in order; a block taller than a page is split by lines.
        paper: the paper size asked for (a printer dialog may change it).
        css: the stylesheet applied to every block.
        font_family: the default font family; ``font_pt`` its size in points.
        margins: page margins; the footer sits inside the bottom margin's area.
        footer: True to print ``title`` and "Page n of m" at the foot of every page.
    """

    title: str
    blocks: tuple[Block, ...]
    paper: Paper = Paper.A4
    css: str = ""
    font_family: str = ""
    font_pt: float = 10.0
    margins: Margins = field(default_factory=Margins)
    footer: bool = True


def page_label(page: int, pages: int) -> str:
    """Return the footer's page number: ``Page 2 of 5``."""
    return _("Page {page} of {pages}").format(page=page, pages=pages)


@dataclass(frozen=True)
class Slice:
    """Where (part of) a block is drawn on a page, in CSS pixels.

    Attributes:
        block: the block's index in the document.
        top: the slice's top on the page, from the top of the content area.
        offset: where in the block the slice starts (0 unless a block spans pages).
        height: the slice's height.
    """

    block: int
    top: float
    offset: float
    height: float


class _Pager:
    """Places blocks one after the other, opening pages as needed."""

    def __init__(self, page_height: float) -> None:
        self.page_height = page_height
        self.pages: list[list[Slice]] = [[]]
        self.y = 0.0

    def new_page(self) -> None:
        """Start a new page, unless the current one is still empty."""
        if self.pages[-1]:
            self.pages.append([])
            self.y = 0.0

    def gap(self, block: Block) -> float:
        """The block's space before it, or none at the top of a page."""
        return block.space_before if self.pages[-1] else 0.0

    def place(self, index: int, height: float, gap: float) -> None:
        """Put a block at the current position, spilling page by page if it is too tall."""
        if height <= self.page_height:
            self.pages[-1].append(Slice(index, self.y + gap, 0.0, height))
            self.y += gap + height
            return
        self.new_page()
        offset = 0.0
        while height - offset > self.page_height:
            self.pages[-1].append(Slice(index, 0.0, offset, self.page_height))
            self.pages.append([])
            offset += self.page_height
        self.pages[-1].append(Slice(index, 0.0, offset, height - offset))
        self.y = height - offset


def _chain(blocks: tuple[Block, ...], heights: list[float], start: int) -> float:
    """Height of the block at ``start`` and those it keeps with, gaps included (not its own)."""
    total = heights[start]
    index = start
    while blocks[index].keep_with_next and index + 1 < len(blocks):
        index += 1
        total += blocks[index].space_before + heights[index]
    return total


def paginate(
    blocks: tuple[Block, ...], heights: list[float], page_height: float
) -> list[list[Slice]]:
    """Lay blocks out on pages of ``page_height``; return each page's slices.

    A block that fits on a page is never split: it moves to the next page whole, taking
    the blocks that ``keep_with_next`` chains to it along when they fit on one page. A
    block taller than a page starts a new page and is cut at page heights (the renderer
    lays such a block out paginated, so the cuts fall between lines).
    """
    pager = _Pager(page_height)
    for index, block in enumerate(blocks):
        if block.page_break_before:
            pager.new_page()
        gap = pager.gap(block)
        need = _chain(blocks, heights, index)
        if need > page_height:
            need = heights[index]
        if pager.y + gap + need > page_height and pager.pages[-1]:
            pager.new_page()
            gap = 0.0
        pager.place(index, heights[index], gap)
    return pager.pages
