"""The look of InfoView: a calm palette over Qt's Fusion style."""

from __future__ import annotations

ACCENT = "#1f5fae"

STYLE_SHEET = f"""
QListWidget#navigation {{
    background: #f2f4f7;
    border: none;
    border-right: 1px solid #d8dce3;
    padding-top: 10px;
    font-size: 11pt;
    outline: 0;
}}
QListWidget#navigation::item {{
    padding: 9px 16px;
    margin: 1px 8px;
    border-radius: 6px;
    color: #27303d;
}}
QListWidget#navigation::item:hover {{ background: #e4e8ee; }}
QListWidget#navigation::item:selected {{
    background: #dce8f8;
    color: {ACCENT};
    font-weight: bold;
}}
QStackedWidget#views {{ background: #ffffff; border: none; }}
QLabel#viewDescription {{ color: #56606e; }}
QFrame#countTile {{
    background: #f7f9fc;
    border: 1px solid #dfe3ea;
    border-radius: 8px;
}}
QFrame#countTile QPushButton {{ color: {ACCENT}; text-align: left; padding: 2px 0; }}
QLabel#formError {{ color: #b3261e; }}
"""

# Home's list (the first screen: in the one application style sheet, since a style sheet
# of its own would make Qt polish Home's widgets twice).
STYLE_SHEET += """
QFrame#agendaRow { background: #fbfcfd; border: 1px solid #e1e5eb;
                   border-left: 4px solid #c5ccd6; border-radius: 6px; }
QFrame#agendaRow[urgency="overdue"] { border-left-color: #b3261e; background: #fdf4f3; }
QFrame#agendaRow[urgency="today"] { border-left-color: #1f5fae; }
QFrame#agendaRow[urgency="soon"] { border-left-color: #7d9cc4; }
QLabel#agendaTag { color: #687080; font-size: 8pt; font-weight: bold; }
QLabel#agendaSentence[urgency="overdue"] { color: #b3261e; font-weight: bold; }
QLabel#agendaCounts { color: #56606e; }
QScrollArea#agendaScroll, QScrollArea#agendaScroll > QWidget, QWidget#agendaContent {
    background: transparent;
}
"""
