"""Help > Guide (F1): the method in six steps, and the keyboard shortcuts the app defines.

The shortcuts are read from where they are defined (the window's menus, the fields
table's ``TABLE_KEYS``, interview mode's ``KEYS``), so the guide cannot drift from them.
The page is simple HTML in which every piece of text is escaped.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence

from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from infoview_gui import APP_NAME
from infoview_gui.ui.dialogs.typing_guard import TypingDialog
from infoview_gui.ui.views.fields import TABLE_KEYS
from infoview_gui.ui.views.interview_layout import KEYS

Keys = str | QKeySequence | QKeySequence.StandardKey
Section = tuple[str, Sequence[tuple[str, str]]]

# The six steps of the method, as the guide's pages name them.
METHOD: tuple[tuple[str, str], ...] = (
    ("Choose a career field", "Pick a field to explore and research it first: the work, "
     "the pay and the path in. Note what only someone inside can tell you."),
    ("Find professionals to interview", "Ask friends, family, teachers, alumni and "
     "networking sites. Note who introduced you: a mutual contact opens doors."),
    ("Rank, ask, schedule", "Score each person on your criteria, then ask the top one for "
     "20-30 minutes. No answer after a few business days? Ask the next person."),
    ("Prepare questions", "Choose questions that fit how decided you are, put the ones you "
     "most want answered first, and print the question sheet."),
    ("Hold the interview", "Keep to the time you asked for and take notes. At the end, ask "
     "how to stay in touch and who else you could talk to."),
    ("Say thank you", "Send a thank-you within a day, naming something they said that "
     "helped. A note card or a letter can follow."),
)  # fmt: skip

# What each key of interview mode does, by its name in ``KEYS``.
INTERVIEW_ACTIONS: dict[str, str] = {
    "previous": "Previous question",
    "next": "Next question",
    "answer_next": "Mark answered and go to the next question",
    "start": "Start the clock",
    "end": "End the interview",
    "full_screen": "Full screen",
    "leave_full_screen": "Leave full screen",
    "card": "Business card",
    "referral": "They suggested someone: add that person",
    "print": "Print the notes",
    "pdf": "Save the notes as PDF",
    "close": "Close interview mode",
}

# Keys read by widgets' key presses or shortcuts made in place (the contacts table's
# keyPressEvent, the question bank's and the criteria dialog's QShortcuts): kept by hand.
WIDGET_KEYS: tuple[Section, ...] = (
    ("Contacts table", (
        ("Open the contact", "Return"),
        ("Delete the selected contacts", "Del"),
        ("Move the selected contacts up or down the ranking", "Ctrl+Up, Ctrl+Down"),
    )),
    ("Question bank", (("Add the selected questions to the list", "Return"),)),
    ("Criteria", (("Move the criterion up or down", "Ctrl+Up, Ctrl+Down"),)),
)  # fmt: skip


def key_text(keys: Iterable[Keys]) -> str:
    """Return keys as the user reads them on this computer: ``Ctrl+Z, F1``.

    A standard key shows its platform's first binding only (``Ctrl+Z``, not the
    ``F14`` and ``Undo`` keys of some keyboards).
    """
    texts: list[str] = []
    for key in keys:
        if isinstance(key, QKeySequence.StandardKey):
            key = next(iter(QKeySequence.keyBindings(key)), QKeySequence())
        texts.append(QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText))
    return ", ".join(dict.fromkeys(text for text in texts if text))


def window_keys(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    """Return the menu actions that have keys, named as in the menu (without the ``&``)."""
    rows = []
    for action in actions:
        keys = key_text([action.shortcut()])  # the first: extra ones are media keys
        if keys:
            rows.append((action.text().replace("&", "").rstrip("…"), keys))
    return rows


def shortcut_sections(menu_actions: Iterable[QAction]) -> list[Section]:
    """Return the shortcuts by where they work, read from where the app defines them."""
    interview = [(INTERVIEW_ACTIONS[name], key_text(keys)) for name, keys in KEYS.items()]
    return [
        ("Anywhere in the window", window_keys(menu_actions)),
        ("Career fields list", [(text, key_text([keys])) for text, keys in TABLE_KEYS]),
        *WIDGET_KEYS,
        ("Interview mode", interview),
    ]


def guide_html(sections: Sequence[Section]) -> str:
    """Return the guide as simple HTML, every text escaped."""
    e = html.escape
    parts = [f"<h2>How {e(APP_NAME)} works</h2>", "<ol>"]
    parts += [f"<li><b>{e(title)}.</b> {e(text)}</li>" for title, text in METHOD]
    parts += ["</ol>", "<h2>Keyboard shortcuts</h2>"]
    for heading, rows in sections:
        if not rows:
            continue
        parts.append(f"<h3>{e(heading)}</h3><table cellspacing='0' cellpadding='3'>")
        parts += [f"<tr><td><b>{e(keys)}</b></td><td>{e(what)}</td></tr>" for what, keys in rows]
        parts.append("</table>")
    return "\n".join(parts)


class HelpGuideDialog(TypingDialog):
    """The short in-app guide: the method and the keyboard shortcuts.

    The keyboard starts in the text (arrows and Page Down scroll it), never on a button
    a space would press; Escape or Close closes it.
    """

    def __init__(self, menu_actions: Iterable[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"{APP_NAME} guide")
        self.resize(620, 640)
        self.text = QTextBrowser()
        self.text.setObjectName("helpGuide")
        self.text.setAccessibleName("Guide and shortcuts")
        self.text.setOpenLinks(False)
        self.text.setHtml(guide_html(shortcut_sections(menu_actions)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)

    def showEvent(self, event: QShowEvent) -> None:
        """Put the keyboard in the text, where keys scroll and a space presses nothing."""
        super().showEvent(event)
        self.text.setFocus()
