"""The formal thank-you letter as HTML blocks: pure, every field escaped.

``letter_document(letter, paper)`` returns a ``Document`` that ``printing.render`` prints,
previews and saves as PDF, the same path as the question sheet: the sender's address at
the top right, then the date (right-aligned) and the recipient's block in the order of
the letter's language (English: date first; German DIN 5008 and Spanish: the recipient,
then "Leipzig, 7. Dezember 2026"), the subject line where there is one, the salutation,
one block per paragraph, and the closing kept together with its signature and the
sender's email and phone. A letter has no page footer.
"""

from __future__ import annotations

import html

from infoview_gui.domain.drafts import Letter
from infoview_gui.domain.i18n import _
from infoview_gui.domain.sheet import Paper
from infoview_gui.printing.document import Block, Document, Margins, px

INK = "#1d2430"
MUTED = "#4b5361"
FONT_PT = 11.0
MARGINS = Margins(top=22.0, right=25.0, bottom=20.0, left=25.0)
SIGNATURE_SPACE_MM = 16.0
PARAGRAPH_GAP_MM = 4.0

LETTER_CSS = f"""
p {{ margin: 0; color: {INK}; line-height: 135%; }}
.address {{ line-height: 118%; }}
.sender {{ color: {MUTED}; }}
.sender-name {{ color: {INK}; font-weight: 600; }}
.date {{ color: {INK}; }}
.subject {{ color: {INK}; font-weight: 600; }}
"""


def escape(text: str) -> str:
    """Return user text as HTML that prints literally, line breaks kept."""
    return html.escape(text, quote=True).replace("\n", "<br/>")


def _lines(lines: tuple[str, ...], css_class: str = "") -> str:
    attribute = f' class="{css_class}"' if css_class else ""
    return "<br/>".join(f"<span{attribute}>{escape(line)}</span>" for line in lines)


def sender_html(letter: Letter) -> str:
    """Return the sender's name and address at the top right, and the date if it comes next."""
    parts = []
    if letter.signature:
        parts.append(f'<span class="sender-name">{escape(letter.signature)}</span>')
    if letter.sender_address:
        parts.append(_lines(letter.sender_address, "sender"))
    sender = "<br/>".join(parts)
    top = f'<p align="right" class="address">{sender}</p>' if sender else ""
    if letter.recipient_first:
        return top
    gap = ' style="margin-top: 18px"' if sender else ""
    return f'{top}<p align="right" class="date"{gap}>{escape(letter.date_line)}</p>'


def date_html(letter: Letter) -> str:
    """Return the date line, right-aligned (after the recipient's block)."""
    return f'<p align="right" class="date">{escape(letter.date_line)}</p>'


def subject_html(letter: Letter) -> str:
    """Return the subject line above the salutation."""
    return f'<p class="subject">{escape(letter.subject)}</p>'


def recipient_html(letter: Letter) -> str:
    """Return the recipient's name, title, organisation and postal address."""
    return f'<p class="address">{_lines(letter.recipient_block)}</p>'


def paragraph_html(text: str) -> str:
    """Return one paragraph of the letter."""
    return f"<p>{escape(text)}</p>"


def closing_html(letter: Letter) -> str:
    """Return the closing, room to sign by hand, the typed name and how to reach the user."""
    room = f' style="margin-top: {px(SIGNATURE_SPACE_MM):.0f}px"'
    signature = (
        f'<p class="address"{room}>{escape(letter.signature)}</p>' if letter.signature else ""
    )
    if letter.contact:
        contact_room = "" if letter.signature else room
        signature += f'<p class="address sender"{contact_room}>{_lines(letter.contact)}</p>'
    return f"<p>{escape(letter.closing)}</p>{signature}"


def letter_blocks(letter: Letter) -> tuple[Block, ...]:
    """Return the letter's blocks in print order; the last paragraph stays with the closing."""
    gap = px(PARAGRAPH_GAP_MM)
    head = sender_html(letter)
    blocks = [Block(head)] if head else []
    if letter.recipient_block:
        blocks.append(Block(recipient_html(letter), space_before=px(10)))
    if letter.recipient_first:
        blocks.append(Block(date_html(letter), space_before=px(10)))
    if letter.subject:
        blocks.append(Block(subject_html(letter), space_before=px(14)))
    blocks.append(Block(paragraph_html(letter.salutation), space_before=px(10)))
    last = len(letter.body) - 1
    blocks += [
        Block(paragraph_html(text), space_before=gap, keep_with_next=index == last)
        for index, text in enumerate(letter.body)
    ]
    blocks.append(Block(closing_html(letter), space_before=px(6)))
    return tuple(blocks)


def letter_html(letter: Letter) -> str:
    """Return the whole letter as one HTML fragment, for an on-screen preview."""
    return "".join(
        f'<div style="margin-top: {block.space_before:.0f}px">{block.html}</div>'
        for block in letter_blocks(letter)
    )


def letter_document(
    letter: Letter,
    paper: Paper = Paper.A4,
    *,
    title: str = "",
    font_family: str = "",
) -> Document:
    """Return the printable letter on ``paper``; ``title`` names the print job and the PDF."""
    return Document(
        title=title or _("Thank-you letter"),
        blocks=letter_blocks(letter),
        paper=paper,
        css=LETTER_CSS,
        font_family=font_family,
        font_pt=FONT_PT,
        margins=MARGINS,
        footer=False,
    )
