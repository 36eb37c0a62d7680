"""Help > Guide (F1): the method in six steps, and the keyboard shortcuts the app defines.

The shortcuts are read from where they are defined (the window's menus, the fields
table's ``TABLE_KEYS``, interview mode's ``KEYS``), so the guide cannot drift from them.
The page is simple HTML in which every piece of text is escaped.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from infoview_gui import APP_NAME
from infoview_gui.ui.dialogs.typing_guard import TypingDialog
from infoview_gui.ui.views.fields import TABLE_KEYS
from infoview_gui.ui.views.interview_layout import KEYS

Keys = str | QKeySequence | QKeySequence.StandardKey
Section = tuple[str, Sequence[tuple[str, str]]]
translate = QCoreApplication.translate


def _t(text: str) -> str:
    """Translate a text of this guide marked below with ``QT_TRANSLATE_NOOP``."""
    return translate("HelpGuideDialog", text)


# The six steps of the method, as the guide's pages name them (translated when shown).
METHOD: tuple[tuple[str, str], ...] = (
    (
        str(QT_TRANSLATE_NOOP("HelpGuideDialog", "Choose a career field")),
        str(QT_TRANSLATE_NOOP(
            "HelpGuideDialog",
            "Pick a field to explore and research it first: the work, the pay and the path "
            "in. Note what only someone inside can tell you.",
        )),
    ),
    (
        str(QT_TRANSLATE_NOOP("HelpGuideDialog", "Find professionals to interview")),
        str(QT_TRANSLATE_NOOP(
            "HelpGuideDialog",
            "Ask friends, family, teachers, alumni and networking sites. Note who introduced "
            "you: a mutual contact opens doors.",
        )),
    ),
    (
        str(QT_TRANSLATE_NOOP("HelpGuideDialog", "Rank, ask, schedule")),
        str(QT_TRANSLATE_NOOP(
            "HelpGuideDialog",
            "Score each person on your criteria, then ask the top one for 20-30 minutes. No "
            "answer after a few business days? Ask the next person.",
        )),
    ),
    (
        str(QT_TRANSLATE_NOOP("HelpGuideDialog", "Prepare questions")),
        str(QT_TRANSLATE_NOOP(
            "HelpGuideDialog",
            "Choose questions that fit how decided you are, put the ones you most want "
            "answered first, and print the question sheet.",
        )),
    ),
    (
        str(QT_TRANSLATE_NOOP("HelpGuideDialog", "Hold the interview")),
        str(QT_TRANSLATE_NOOP(
            "HelpGuideDialog",
            "Keep to the time you asked for and take notes. At the end, ask how to stay in "
            "touch and who else you could talk to.",
        )),
    ),
    (
        str(QT_TRANSLATE_NOOP("HelpGuideDialog", "Say thank you")),
        str(QT_TRANSLATE_NOOP(
            "HelpGuideDialog",
            "Send a thank-you within a day, naming something they said that helped. A note "
            "card or a letter can follow.",
        )),
    ),
)  # fmt: skip

# What each key of interview mode does, by its name in ``KEYS`` (translated when shown).
INTERVIEW_ACTIONS: dict[str, str] = {
    "previous": str(QT_TRANSLATE_NOOP("HelpGuideDialog", "Previous question")),
    "next": str(QT_TRANSLATE_NOOP("HelpGuideDialog", "Next question")),
    "answer_next": str(
        QT_TRANSLATE_NOOP("HelpGuideDialog", "Mark answered and go to the next question")
    ),
    "start": str(QT_TRANSLATE_NOOP("HelpGuideDialog", "Start the clock")),
    "end": str(QT_TRANSLATE_NOOP("HelpGuideDialog", "End the interview")),
    "full_screen": str(QT_TRANSLATE_NOOP("HelpGuideDialog", "Full screen")),
    "leave_full_screen": str(QT_TRANSLATE_NOOP("HelpGuideDialog", "Leave full screen")),
    "card": str(QT_TRANSLATE_NOOP("HelpGuideDialog", "Business card")),
    "referral": str(
        QT_TRANSLATE_NOOP("HelpGuideDialog", "They suggested someone: add that person")
    ),
    "print": str(QT_TRANSLATE_NOOP("HelpGuideDialog", "Print the notes")),
    "pdf": str(QT_TRANSLATE_NOOP("HelpGuideDialog", "Save the notes as PDF")),
    "close": str(QT_TRANSLATE_NOOP("HelpGuideDialog", "Close interview mode")),
}

# The words of the fields table's keys (``TABLE_KEYS``), for lupdate: shown through ``_t``.
TABLE_WORDS = (
    QT_TRANSLATE_NOOP("HelpGuideDialog", "Rename"),
    QT_TRANSLATE_NOOP("HelpGuideDialog", "Delete"),
    QT_TRANSLATE_NOOP("HelpGuideDialog", "Move up"),
    QT_TRANSLATE_NOOP("HelpGuideDialog", "Move down"),
)

# Keys read by widgets' key presses or shortcuts made in place (the contacts table's
# keyPressEvent, the question bank's and the criteria dialog's QShortcuts): kept by hand.
WIDGET_KEYS: tuple[Section, ...] = (
    (str(QT_TRANSLATE_NOOP("HelpGuideDialog", "Contacts table")), (
        (str(QT_TRANSLATE_NOOP("HelpGuideDialog", "Open the contact")), "Return"),
        (str(QT_TRANSLATE_NOOP("HelpGuideDialog", "Delete the selected contacts")), "Del"),
        (str(QT_TRANSLATE_NOOP(
            "HelpGuideDialog", "Move the selected contacts up or down the ranking"
        )), "Ctrl+Up, Ctrl+Down"),
    )),
    (str(QT_TRANSLATE_NOOP("HelpGuideDialog", "Question bank")), (
        (str(QT_TRANSLATE_NOOP(
            "HelpGuideDialog", "Add the selected questions to the list"
        )), "Return"),
    )),
    (str(QT_TRANSLATE_NOOP("HelpGuideDialog", "Criteria")), (
        (str(QT_TRANSLATE_NOOP(
            "HelpGuideDialog", "Move the criterion up or down"
        )), "Ctrl+Up, Ctrl+Down"),
    )),
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
    interview = [(_t(INTERVIEW_ACTIONS[name]), key_text(keys)) for name, keys in KEYS.items()]
    widgets = [
        (_t(heading), [(_t(what), key_text(keys.split(", "))) for what, keys in rows])
        for heading, rows in WIDGET_KEYS
    ]
    return [
        (translate("HelpGuideDialog", "Anywhere in the window"), window_keys(menu_actions)),
        (
            translate("HelpGuideDialog", "Career fields list"),
            [(_t(text), key_text([keys])) for text, keys in TABLE_KEYS],
        ),
        *widgets,
        (translate("HelpGuideDialog", "Interview mode"), interview),
    ]


def guide_html(sections: Sequence[Section]) -> str:
    """Return the guide as simple HTML, every text escaped."""
    e = html.escape
    how = translate("HelpGuideDialog", "How %1 works").replace("%1", APP_NAME)
    parts = [f"<h2>{e(how)}</h2>", "<ol>"]
    parts += [f"<li><b>{e(_t(title))}.</b> {e(_t(text))}</li>" for title, text in METHOD]
    shortcuts = translate("HelpGuideDialog", "Keyboard shortcuts")
    parts += ["</ol>", f"<h2>{e(shortcuts)}</h2>"]
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
        self.setWindowTitle(translate("HelpGuideDialog", "%1 guide").replace("%1", APP_NAME))
        self.resize(620, 640)
        self.text = QTextBrowser()
        self.text.setObjectName("helpGuide")
        self.text.setAccessibleName(translate("HelpGuideDialog", "Guide and shortcuts"))
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
