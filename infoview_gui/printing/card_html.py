"""The handwritten note card as HTML: pure, every field escaped.

``card_document(text, paper)`` returns a ``Document`` that ``printing.render`` previews,
prints and saves as PDF, the same path as the letter: the card's text, paragraph by
paragraph as the user edited it, in a dashed frame as wide as an A6 card (148 mm) at the
top of the page, to print on card and cut out, or to copy out by hand. (Qt's rich text
has no cell height, so the frame is as tall as the text.) A card has no page footer.
"""

from __future__ import annotations

import html

from infoview_gui.domain.i18n import _
from infoview_gui.domain.sheet import Paper
from infoview_gui.printing.document import Block, Document, Margins, px

INK = "#1d2430"
FRAME = "#9aa3ae"
FONT_PT = 12.0
CARD_WIDTH_MM = 148.0
PADDING_MM = 9.0
MARGINS = Margins(top=20.0, right=20.0, bottom=20.0, left=20.0)

CARD_CSS = f"""
p {{ margin: 0; color: {INK}; line-height: 135%; }}
.gap {{ margin-top: 10px; }}
"""


def paragraphs(text: str) -> list[str]:
    """Return the card's paragraphs: blocks of lines split by blank lines, lines kept."""
    blocks: list[list[str]] = [[]]
    for line in text.strip().splitlines():
        if line.strip():
            blocks[-1].append(line.strip())
        elif blocks[-1]:
            blocks.append([])
    return ["\n".join(block) for block in blocks if block]


def card_html(text: str) -> str:
    """Return the card's text in a frame as wide as the card."""
    body = "".join(
        ('<p class="gap">' if index else "<p>")
        + "<br/>".join(html.escape(line, quote=True) for line in paragraph.splitlines())
        + "</p>"
        for index, paragraph in enumerate(paragraphs(text))
    )
    return (
        f'<table border="1" cellspacing="0" cellpadding="{px(PADDING_MM):.0f}" '
        f'width="{px(CARD_WIDTH_MM):.0f}" style="border-color: {FRAME}; border-style: dashed">'
        f'<tr><td valign="top">{body}</td></tr></table>'
    )


def card_document(
    text: str, paper: Paper = Paper.A4, *, title: str = "", font_family: str = ""
) -> Document:
    """Return the printable card on ``paper``; ``title`` names the print job and the PDF."""
    return Document(
        title=title or _("Note card"),
        blocks=(Block(card_html(text)),),
        paper=paper,
        css=CARD_CSS,
        font_family=font_family,
        font_pt=FONT_PT,
        margins=MARGINS,
        footer=False,
    )
