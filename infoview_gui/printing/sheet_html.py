"""The question sheet as HTML blocks: pure, every field escaped.

``sheet_document(data)`` returns a ``Document`` whose blocks the renderer never splits:
the header, the "Questions" heading (kept with the first question), one block per
question with its ruled note lines, the checklist, and the optional notes page. Lengths
are CSS pixels at 96 dpi (see ``printing.document``).
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from infoview_gui.domain.i18n import N_, _
from infoview_gui.domain.sheet import (
    Meeting,
    Paper,
    SheetData,
    SheetQuestion,
    Spacing,
    UserDetails,
    format_day,
    format_label,
    meeting_time,
    place_label,
)
from infoview_gui.printing.document import Block, Document, Margins, px

INK = "#1d2430"
ACCENT = "#1f5a85"
MUTED = "#687080"
RULE = "#bfc6cf"
PANEL = "#eef2f6"

MARGINS = Margins(top=15.0, right=17.0, bottom=11.0, left=17.0)
FONT_PT = 10.0
NUMBER_WIDTH = 30
NOTE_PITCH_MM = {Spacing.COMPACT: 7.5, Spacing.ROOMY: 8.5}
QUESTION_GAP_MM = {Spacing.COMPACT: 4.5, Spacing.ROOMY: 6.0}
NOTES_PAGE_PITCH_MM = 8.0
# Heights that the notes page's line count allows for: its heading and the footer.
NOTES_HEADING_PX = 44.0
FOOTER_ALLOWANCE_PX = 64.0

CHECKLIST = (
    N_("Thank them for their time"),
    N_("Ask for a business card"),
    N_("Ask who else you could talk to"),
    N_("Send a thank-you email within one day"),
)
"""The end-of-meeting checklist (translated where it is printed, as every fixed text)."""
MUST_ASK_TAG = N_("MUST ASK")
MUST_ASK_NOTE = N_("Ask these even if time runs short.")


BASE_CSS = f"""
p {{ margin: 0; color: {INK}; }}
td {{ color: {INK}; }}
.h2 {{ font-size: 13pt; font-weight: 600; }}
.tag {{ color: #ffffff; background-color: {ACCENT}; font-size: 6.5pt; font-weight: bold; }}
"""
OTHER_CSS = f"""
.kicker {{ color: {ACCENT}; font-size: 8pt; font-weight: 600; letter-spacing: 0.6px; }}
.name {{ font-size: 21pt; font-weight: 600; margin-top: 2px; }}
.role {{ font-size: 11pt; color: {MUTED}; margin-top: 1px; }}
.panel {{ background-color: {PANEL}; margin-top: 14px; }}
.label {{ color: {MUTED}; font-size: 7.5pt; font-weight: 600; padding-right: 12px;
          padding-top: 3px; padding-bottom: 4px; }}
.you-label {{ color: {MUTED}; font-size: 7.5pt; font-weight: 600; padding-bottom: 1px; }}
.value {{ padding-bottom: 4px; }}
.you {{ padding-bottom: 1px; }}
.legend {{ color: {MUTED}; font-size: 8pt; }}
.notes-rule {{ border-bottom: 1px solid {RULE}; padding-top: {px(NOTES_PAGE_PITCH_MM) - 2:.1f}px;
               font-size: 1pt; }}
.blank {{ border-bottom: 1px solid {RULE}; padding-top: 26px; font-size: 1pt; }}
.write-in {{ color: {MUTED}; font-size: 7.5pt; font-weight: 600; padding-right: 12px;
             padding-bottom: 1px; }}
.box {{ border: 1px solid {INK}; border-collapse: collapse; }}
.box-inside {{ font-size: 1pt; padding-top: 11px; padding-left: 11px; }}
.check {{ padding-left: 10px; }}
.check-gap {{ font-size: 1pt; padding-top: 7px; }}
"""


def question_css(spacing: Spacing) -> str:
    """Return the stylesheet a question block needs: kept short, as Qt parses it per block."""
    pitch = px(NOTE_PITCH_MM[spacing])
    return BASE_CSS + (
        f".num {{ color: {ACCENT}; font-size: 11pt; font-weight: bold; }}\n"
        ".qtext { font-size: 10.5pt; font-weight: 600; }\n"
        f".rule {{ border-bottom: 1px solid {RULE}; padding-top: {pitch - 2:.1f}px; "
        "font-size: 1pt; }\n"
    )


def sheet_css(spacing: Spacing) -> str:
    """Return the whole sheet's stylesheet (the note-line pitch depends on ``spacing``)."""
    return question_css(spacing) + OTHER_CSS


def escape(text: str) -> str:
    """Return user text as HTML that prints literally, line breaks kept."""
    return html.escape(text, quote=True).replace("\n", "<br/>")


def _rows(label_value: Iterable[tuple[str, str]], cell: str = "value") -> str:
    return "".join(
        f'<tr><td class="label">{escape(label.upper())}</td>'
        f'<td class="{cell}">{escape(value)}</td></tr>'
        for label, value in label_value
    )


def _table(inner: str, attributes: str = "") -> str:
    return f'<table cellspacing="0" cellpadding="0" {attributes}>{inner}</table>'


def meeting_rows(meeting: Meeting | None, *, clock_12h: bool) -> list[tuple[str, str]]:
    """Return the (label, value) lines about when, how and where the interview is."""
    if meeting is None:
        return []
    rows: list[tuple[str, str]] = []
    if meeting.starts is not None:
        rows.append((_("Date"), format_day(meeting.starts)))
        rows.append((_("Time"), meeting_time(meeting, clock_12h=clock_12h)))
    if meeting.format is not None:
        rows.append((_("Format"), format_label(meeting.format)))
    if meeting.place:
        rows.append((place_label(meeting.format), meeting.place))
    return rows


def _write_in(labels: Iterable[str]) -> str:
    """Blank lines to fill in by hand (for a field's sheet, before any interview)."""
    return "".join(
        f'<tr><td class="write-in" valign="bottom">{escape(label.upper())}</td>'
        f'<td class="blank" width="260">&nbsp;</td></tr>'
        for label in labels
    )


def _you(user: UserDetails) -> str:
    lines = user.lines() or (_("(add your details in your profile)"),)
    rows = "".join(f'<tr><td class="you">{escape(line)}</td></tr>' for line in lines)
    return f'<p class="you-label">{escape(_("Your details").upper())}</p>{_table(rows)}'


def header_html(data: SheetData) -> str:
    """Return the sheet's heading: who, when and where, and the user's details."""
    if data.professional is not None:
        kicker = _(data.occasion)
        if data.field_name:
            kicker += f" · {data.field_name}"
        name = data.professional.name
        role = " · ".join(v for v in (data.professional.title, data.professional.organisation) if v)
        rows = meeting_rows(data.meeting, clock_12h=data.clock_12h)
        facts = _rows(rows) if rows else _write_in((_("Date"), _("Time"), _("Place")))
    else:
        kicker = _("Informational interview questions")
        name = data.field_name or _("Questions")
        role = ""
        facts = _write_in((_("With"), _("Date")))
    role_html = f'<p class="role">{escape(role)}</p>' if role else ""
    panel = (
        f'<tr><td width="60%" valign="top">{_table(facts)}</td>'
        f'<td width="40%" valign="top">{_you(data.user)}</td></tr>'
    )
    return (
        f'<p class="kicker">{escape(kicker.upper())}</p>'
        f'<p class="name">{escape(name)}</p>{role_html}'
        + _table(panel, 'class="panel" width="100%" cellpadding="12"')
    )


def _tag() -> str:
    return f'<span class="tag">&nbsp;{escape(_(MUST_ASK_TAG)).replace(" ", "&nbsp;")}&nbsp;</span>'


def questions_heading_html(data: SheetData) -> str:
    """Return the "Questions" heading, with the must-ask legend when it is needed."""
    legend = f"{_tag()}&nbsp; {escape(_(MUST_ASK_NOTE))}" if data.has_must_ask else ""
    row = (
        f'<tr><td><p class="h2">{escape(_("Questions"))}</p></td>'
        f'<td align="right" valign="middle"><p class="legend">{legend}</p></td></tr>'
    )
    return _table(row, 'width="100%"')


def note_lines_html(count: int, css_class: str = "rule") -> str:
    """Return ``count`` ruled lines across the available width."""
    rows = f'<tr><td class="{css_class}">&nbsp;</td></tr>' * count
    return _table(rows, 'width="100%"')


def question_html(question: SheetQuestion, spacing: Spacing) -> str:
    """Return one numbered question with its ruled lines for notes."""
    tag = f"&nbsp;&nbsp;{_tag()}" if question.must_ask else ""  # the tag wraps with a word
    body = f'<p class="qtext">{escape(question.text.strip())}{tag}</p>' + note_lines_html(
        spacing.note_lines
    )
    row = (
        f'<tr><td class="num" width="{NUMBER_WIDTH}" valign="top">{question.number}</td>'
        f'<td valign="top">{body}</td></tr>'
    )
    return _table(row, 'width="100%"')


def checklist_html() -> str:
    """Return the end-of-meeting checklist: tick boxes in two columns."""
    box = _table('<tr><td class="box-inside"></td></tr>', 'class="box"')
    cells = [
        f'<td valign="middle">{box}</td>'
        f'<td class="check" valign="middle" width="50%">{escape(_(item))}</td>'
        for item in CHECKLIST
    ]
    half = (len(cells) + 1) // 2
    gap = '<tr><td colspan="4" class="check-gap"></td></tr>'
    rows = gap.join(
        f"<tr>{left}{right}</tr>"
        for left, right in zip(cells[:half], cells[half:] + [""], strict=False)
    )
    heading = f'<p class="h2">{escape(_("Before you leave"))}</p>'
    return heading + '<p class="check-gap"></p>' + _table(rows, 'width="100%"')


def notes_page_lines(paper: Paper) -> int:
    """Return how many ruled lines fill the notes page on ``paper``."""
    height = px(paper.size_mm[1] - MARGINS.top - MARGINS.bottom)
    room = height - NOTES_HEADING_PX - FOOTER_ALLOWANCE_PX
    return int(room // px(NOTES_PAGE_PITCH_MM))


def notes_page_html(paper: Paper) -> str:
    """Return a page of ruled lines for notes."""
    return f'<p class="h2">{escape(_("Notes"))}</p>' + note_lines_html(
        notes_page_lines(paper), "notes-rule"
    )


def sheet_blocks(data: SheetData) -> tuple[Block, ...]:
    """Return the sheet's blocks in print order."""
    gap = px(QUESTION_GAP_MM[data.spacing])
    blocks = [
        Block(header_html(data)),
        Block(questions_heading_html(data), space_before=px(9), keep_with_next=True),
    ]
    css = question_css(data.spacing)
    blocks += [
        Block(question_html(q, data.spacing), space_before=gap if i else px(3), css=css)
        for i, q in enumerate(data.questions)
    ]
    blocks.append(Block(checklist_html(), space_before=px(9)))
    if data.notes_page:
        blocks.append(Block(notes_page_html(data.paper), page_break_before=True))
    return tuple(blocks)


def sheet_document(data: SheetData, font_family: str = "") -> Document:
    """Return the printable question sheet."""
    return Document(
        title=data.title,
        blocks=sheet_blocks(data),
        paper=data.paper,
        css=sheet_css(data.spacing),
        font_family=font_family,
        font_pt=FONT_PT,
        margins=MARGINS,
    )
