"""The look of InfoView: the application style sheet, built from the palette's colours.

One sheet for the whole application (a sheet of a widget's own makes Qt polish its
children twice), rebuilt whenever the palette changes: see ``appearance.py``. Its colours
are the named roles of ``theme.ThemeColours``, never literal ones, so that a dark or
high-contrast palette keeps every text readable.
"""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from infoview_gui.ui.theme import ThemeColours, mix


def style_sheet(c: ThemeColours) -> str:
    """Return the application style sheet for the colour roles ``c``."""
    parts = [_window_sheet, _home_sheet, _states_sheet, _interview_sheet]
    if c.dark:
        parts.append(_dark_indicators)
    return "\n".join(part(_names(c)) for part in parts)


def _names(c: ThemeColours) -> dict[str, str]:
    names = {key: value.name() for key, value in vars(c).items() if isinstance(value, QColor)}
    names["outline"] = mix(c.text, c.surface, 0.45).name()  # 3:1 or more: WCAG for controls
    return names


def _window_sheet(c: dict[str, str]) -> str:
    return f"""
QListWidget#navigation {{
    background: {c["window"]};
    border: none;
    border-right: 1px solid {c["border"]};
    padding-top: 10px;
    font-size: 11pt;
    outline: 0;
}}
QListWidget#navigation::item {{
    padding: 9px 16px;
    margin: 1px 8px;
    border-radius: 6px;
    color: {c["text"]};
}}
QListWidget#navigation::item:hover {{ background: {c["hover"]}; }}
QListWidget#navigation::item:selected {{
    background: {c["selected"]};
    color: {c["accent"]};
    font-weight: bold;
}}
QListWidget#navigation::item:focus {{ border: 2px solid {c["accent"]}; }}
QStackedWidget#views {{ background: {c["surface"]}; border: none; }}
QLabel#viewDescription {{ color: {c["muted"]}; }}
QFrame#countTile {{
    background: {c["tile"]};
    border: 1px solid {c["border"]};
    border-radius: 8px;
}}
QFrame#countTile QPushButton {{ color: {c["accent"]}; text-align: left; padding: 2px 0; }}
QFrame#countTile QPushButton:focus {{ text-decoration: underline; }}
QLabel#formError {{ color: {c["danger"]}; }}
QFrame#tagChip {{ background: {c["tile"]}; border: 1px solid {c["outline"]}; border-radius: 9px; }}
"""


def _home_sheet(c: dict[str, str]) -> str:
    """Home's list of what to do next, coloured by urgency."""
    return f"""
QFrame#agendaRow {{ background: {c["tile"]}; border: 1px solid {c["border"]};
                   border-left: 4px solid {c["border"]}; border-radius: 6px; }}
QFrame#agendaRow[urgency="overdue"] {{
    border-left-color: {c["danger"]}; background: {c["danger_tint"]}; }}
QFrame#agendaRow[urgency="today"] {{ border-left-color: {c["accent"]}; }}
QFrame#agendaRow[urgency="soon"] {{ border-left-color: {c["soon"]}; }}
QLabel#agendaTag {{ color: {c["muted"]}; font-size: 8pt; font-weight: bold; }}
QLabel#agendaSentence[urgency="overdue"] {{ color: {c["danger"]}; font-weight: bold; }}
QLabel#agendaCounts {{ color: {c["muted"]}; }}
QLabel#agendaCounts[overdue="true"] {{ color: {c["text"]}; font-weight: bold; }}
QScrollArea#agendaScroll, QScrollArea#agendaScroll > QWidget, QWidget#agendaContent {{
    background: transparent;
}}
"""


def _states_sheet(c: dict[str, str]) -> str:
    """Labels that say whether something is fine, late or wrong (``state`` property)."""
    return f"""
QLabel[state="ok"], QLabel[state="sent"] {{ color: {c["success"]}; }}
QLabel[state="problem"] {{ color: {c["danger"]}; }}
QLabel[state="overdue"] {{ color: {c["danger"]}; font-weight: bold; }}
QLabel[state="warning"] {{ color: {c["warning"]}; }}
"""


def _interview_sheet(c: dict[str, str]) -> str:
    """Interview mode's colours (its sizes are in ``interview_layout.STYLE``)."""
    return f"""
QWidget#interviewMode {{ background: {c["window"]}; }}
QLabel#kicker {{ color: {c["accent"]}; }}
QLabel#role, QLabel#remaining, QLabel#position, QLabel#progress, QLabel#keys,
QLabel#saveStatus, QLabel#notesLabel, QLabel#listLabel, QLabel#checklistHeading {{
    color: {c["muted"]}; }}
QLabel#saveStatus[state="problem"] {{ color: {c["danger"]}; }}
QLabel#clock[over="true"], QLabel#remaining[over="true"] {{ color: {c["warning"]}; }}
QPlainTextEdit#notes {{ background: {c["surface"]}; border: 1px solid {c["border"]}; }}
QPlainTextEdit#notes:focus {{ border: 2px solid {c["accent"]}; }}
QFrame#banner {{ background: {c["accent_tint"]}; }}
QFrame#banner[tone="remind"] {{ background: {c["attention_tint"]}; }}
QLabel#message {{ color: {c["danger"]}; }}
QWidget#sidePanel {{ background: {c["surface"]}; border: 1px solid {c["border"]}; }}
QListWidget#questionList {{ background: {c["surface"]}; }}
QFrame#sideRule {{ color: {c["border"]}; }}
"""


def restyle(widget: QWidget, name: str, value: object) -> None:
    """Set a property the style sheet selects on (``state``...) and let the sheet see it."""
    if widget.property(name) != value:
        widget.setProperty(name, value)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def _dark_indicators(c: dict[str, str]) -> str:
    """Check boxes and radio buttons that show on a dark window.

    Fusion outlines them in a darker shade of the window: on a dark one, nearly invisible.
    """
    return f"""
QCheckBox::indicator, QRadioButton::indicator {{
    width: 13px; height: 13px; border: 1px solid {c["outline"]}; background: {c["surface"]}; }}
QCheckBox::indicator {{ border-radius: 3px; }}
QRadioButton::indicator {{ border-radius: 7px; }}
QCheckBox::indicator:checked {{ background: {c["accent"]}; border-color: {c["accent"]}; }}
QRadioButton::indicator:checked {{
    background: qradialgradient(cx: 0.5, cy: 0.5, radius: 0.5, fx: 0.5, fy: 0.5,
        stop: 0 {c["accent"]}, stop: 0.45 {c["accent"]}, stop: 0.55 {c["surface"]});
    border-color: {c["accent"]}; }}
QCheckBox::indicator:focus, QRadioButton::indicator:focus {{ border: 2px solid {c["accent"]}; }}
"""
