"""The notes of an interview as one document: pure HTML blocks, every field escaped.

``notes_document(data, paper)`` returns a ``Document`` that ``printing.render`` previews,
prints and saves as PDF, the same path as the question sheet: a heading (who, when),
their business card (its details, and its photo or scan when there is one), then one
block per question with the notes typed under it, then the other notes.
"""

from __future__ import annotations

import html

from infoview_gui.domain.i18n import N_, _
from infoview_gui.domain.interview_mode import NotesDocumentData, QuestionItem
from infoview_gui.domain.sheet import Paper
from infoview_gui.printing.document import Block, Document, Margins, px

INK = "#1d2430"
ACCENT = "#1f5a85"
MUTED = "#687080"
RULE = "#d5dae1"

MARGINS = Margins(top=16.0, right=18.0, bottom=12.0, left=18.0)
FONT_PT = 10.5
NUMBER_WIDTH = 30
QUESTION_GAP_MM = 5.0
NO_NOTES = N_("No notes.")
CARD_IMAGE_MM = 70.0
CARD_HEADING = N_("Business card")

NOTES_CSS = f"""
p {{ margin: 0; color: {INK}; }}
td {{ color: {INK}; }}
.kicker {{ color: {ACCENT}; font-size: 8pt; font-weight: 600; letter-spacing: 0.6px; }}
.name {{ font-size: 20pt; font-weight: 600; margin-top: 2px; }}
.role {{ font-size: 11pt; color: {MUTED}; margin-top: 1px; }}
.when {{ color: {MUTED}; margin-top: 6px; }}
.num {{ color: {ACCENT}; font-size: 11pt; font-weight: bold; }}
.question {{ font-size: 11pt; font-weight: 600; }}
.status {{ color: {MUTED}; font-size: 8pt; font-weight: normal; }}
.answer {{ margin-top: 4px; white-space: pre-wrap; line-height: 130%; }}
.none {{ margin-top: 4px; color: {MUTED}; font-style: italic; }}
.h2 {{ font-size: 13pt; font-weight: 600; }}
.card {{ line-height: 125%; }}
.line {{ border-bottom: 1px solid {RULE}; font-size: 1pt; padding-top: 8px; }}
"""


def escape(text: str) -> str:
    """Return user text as HTML that prints literally."""
    return html.escape(text, quote=True)


def header_html(data: NotesDocumentData) -> str:
    """Return the heading: whose notes, their role, and when the interview was."""
    kicker = _("Interview notes")
    if data.field_name:
        kicker += f" · {data.field_name}"
    role = " · ".join(v for v in (data.contact_title, data.organisation) if v)
    parts = [
        f'<p class="kicker">{escape(kicker.upper())}</p>',
        f'<p class="name">{escape(data.contact_name)}</p>',
    ]
    if role:
        parts.append(f'<p class="role">{escape(role)}</p>')
    if data.when:
        parts.append(f'<p class="when">{escape(data.when)}</p>')
    parts.append(
        '<table width="100%" cellspacing="0"><tr><td class="line">&nbsp;</td></tr></table>'
    )
    return "".join(parts)


def card_html(data: NotesDocumentData) -> str:
    """Return the business card: its details beside its image; "" when there is neither."""
    if not data.card and not data.card_image:
        return ""
    details = "<br/>".join(escape(line) for line in data.card)
    cells = ""
    if data.card_image:
        width = round(px(CARD_IMAGE_MM))
        cells += (
            f'<td valign="top" width="{width + 16}">'
            f'<img src="{escape(data.card_image)}" width="{width}"/></td>'
        )
    if details:
        cells += f'<td valign="top"><p class="card">{details}</p></td>'
    return (
        f'<p class="h2">{escape(_(CARD_HEADING))}</p>'
        f'<table cellspacing="0" cellpadding="0" style="margin-top: 4px"><tr>{cells}</tr></table>'
    )


def answer_html(text: str) -> str:
    """Return the notes typed under a question, line breaks and spaces kept."""
    text = text.strip("\n").rstrip()
    if not text:
        return f'<p class="none">{escape(_(NO_NOTES))}</p>'
    return f'<p class="answer">{escape(text)}</p>'


def status_text(item: QuestionItem) -> str:
    """Return what the notes say about a question besides its answer, or ""."""
    if item.answered:
        return _("answered")
    return _("must ask · not answered") if item.must_ask else ""


def question_html(item: QuestionItem) -> str:
    """Return one numbered question followed by its notes."""
    status = status_text(item)
    status_html = f' <span class="status">({escape(status)})</span>' if status else ""
    body = f'<p class="question">{escape(item.text)}{status_html}</p>' + answer_html(item.answer)
    row = (
        f'<tr><td class="num" width="{NUMBER_WIDTH}" valign="top">{item.number}</td>'
        f'<td valign="top">{body}</td></tr>'
    )
    return f'<table width="100%" cellspacing="0" cellpadding="0">{row}</table>'


def other_notes_html(text: str) -> str:
    """Return the notes taken outside any question."""
    return f'<p class="h2">{escape(_("Other notes"))}</p>' + answer_html(text)


def notes_blocks(data: NotesDocumentData) -> tuple[Block, ...]:
    """Return the document's blocks in print order."""
    gap = px(QUESTION_GAP_MM)
    blocks = [Block(header_html(data))]
    card = card_html(data)
    if card:
        blocks.append(Block(card, space_before=px(2)))
    blocks += [Block(question_html(item), space_before=gap) for item in data.items]
    if data.other_notes.strip():
        blocks.append(Block(other_notes_html(data.other_notes), space_before=px(8)))
    if not data.items and not data.other_notes.strip():
        blocks.append(Block(f'<p class="none">{escape(_(NO_NOTES))}</p>', space_before=gap))
    return tuple(blocks)


def notes_document(
    data: NotesDocumentData, paper: Paper = Paper.A4, font_family: str = ""
) -> Document:
    """Return the printable notes of one interview."""
    return Document(
        title=data.title,
        blocks=notes_blocks(data),
        paper=paper,
        css=NOTES_CSS,
        font_family=font_family,
        font_pt=FONT_PT,
        margins=MARGINS,
    )
