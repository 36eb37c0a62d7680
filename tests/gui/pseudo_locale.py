"""A pseudo-locale: every translated string comes back wrapped, "[!Save!]", so that a string
that bypasses translation shows up unwrapped on screen.

Both kinds of translation are wrapped: Qt's (a ``QTranslator`` that answers every
``tr()``/``QCoreApplication.translate``, Qt's own buttons and dialogs included) and the
core's (a gettext catalogue installed in ``domain/i18n.py``). ``unwrapped`` walks what a
user can read on a surface: window titles, labels, buttons, group boxes, combo box items,
list items, tabs, placeholders, spin box prefixes and suffixes, and the tooltips and
accessible names and descriptions too (a screen reader says them: they are text a user
meets). Text typed by the user is not walked. Names that are the same in every language
(``ui.translation.NOT_TRANSLATED``) and text without letters pass.

The test walks every surface of ``surfaces.SURFACE_NAMES``: every view, the guide's steps,
interview mode and every dialog.
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Iterable, Iterator
from zoneinfo import available_timezones

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMenuBar,
    QSpinBox,
    QTabBar,
    QWidget,
)

from infoview_gui.domain import i18n
from infoview_gui.ui.translation import NOT_TRANSLATED

USER_DATA: tuple[str, ...] = (
    *("Ana Doe", "Ben Doe", "Cy Doe", "Di Doe", "Jane Smith", "Ana Ruiz"),
    *("Nursing", "Data journalism", "St Mary's Hospital", "The Herald", "Sam Lee"),
    "Charge nurse",
    # the questions of the interview and the follow-up, and the notes taken under them
    *("What does a typical day look like?", "How did you start?", "What skills matter most?"),
    *("Which ward takes students in spring?", "Whom should I meet next?"),
    *("Spreadsheets before code", "Check every number", "Pitch small stories first"),
    *("Alumni", "Met at the fair", "cy@hospital.example"),  # tags, a card
    # the criteria a new field starts with, stored then (services/fields.py)
    *("How close their job is to the one I want", "We know someone in common"),
    "Easy to meet (location)",
    # Merge contacts and Search everything show the values and answers typed:
    *("Ana", "Ben", "ana@hospital.example", "ben@hospital.example", "Alumni", "Met at the fair"),
    *("Charge nurse", "Which ward takes students in spring?", "Paediatrics, from April"),
    *("Advice?", "Pitch small stories first", "What does a typical day look like?"),
    *("Ward manager", "Head nurse"),  # a job title changed on both sides (Sync conflicts)
)
"""What the user of ``surfaces.populate`` typed (names, fields, employers): data, never
translated. The data folder's path and the time zones' names (``Europe/Berlin``) are data
too: ``data_texts`` adds them."""

WRAPPED = re.compile(r"\[!((?:(?!\[!|!\]).)*)!\]", re.DOTALL)
"""A wrapped text holding no other: a sentence that wraps a translated part
("[![!30 min!] planned!]") is taken off from the inside out."""
KEY_AFTER_PLUS = re.compile(r"(?<=\[!\+!\])\w\b")
"""The letter or digit of a shortcut ("[!Ctrl!][!+!]E"): a key's name, the same everywhere."""
LETTER = re.compile(r"[^\W\d_]")
MARKUP = re.compile(r"<[^>]*>")


def data_texts(data_dir: str) -> frozenset[str]:
    """Return the data a surface may show as it is: ``USER_DATA``, the data folder, zones."""
    return frozenset({*USER_DATA, data_dir, *available_timezones()})


def wrap(text: str) -> str:
    """Return ``text`` as the pseudo-locale shows it."""
    return f"[!{text}!]"


class PseudoTranslator(QTranslator):
    """Answers every Qt translation with the source text wrapped."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        """Return the source text wrapped (Qt replaces ``%n`` afterwards)."""
        return wrap(source)

    def isEmpty(self) -> bool:
        """Never empty: it has a translation for everything."""
        return False


class PseudoCatalogue(gettext.NullTranslations):
    """Answers every gettext translation with the form chosen by the number, wrapped."""

    def gettext(self, message: str) -> str:
        """Return the message wrapped."""
        return wrap(message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        """Return the form that fits ``n``, wrapped."""
        return wrap(msgid1 if n == 1 else msgid2)

    def pgettext(self, context: str, message: str) -> str:
        """Return the message wrapped (the question bank's catalogue: a key as context)."""
        return wrap(message)


def install_pseudo_locale(app: QCoreApplication) -> PseudoTranslator:
    """Wrap every translated string from now on; return the translator to remove later."""
    translator = PseudoTranslator(app)
    app.installTranslator(translator)
    i18n.install(PseudoCatalogue())
    i18n.install_bank(PseudoCatalogue(), "pseudo")
    return translator


def remove_pseudo_locale(app: QCoreApplication, translator: PseudoTranslator) -> None:
    """Back to the source language."""
    app.removeTranslator(translator)
    i18n.install(None)
    i18n.install_bank(None)


def unwrapped_rest(text: str, kept: Iterable[str] = ()) -> str:
    """Return what of ``text`` is neither wrapped, nor markup, nor a name kept as it is."""
    rest = KEY_AFTER_PLUS.sub(" ", text)
    while (inner := WRAPPED.sub(" ", rest)) != rest:
        rest = inner
    rest = MARKUP.sub(" ", rest)
    for name in sorted({*NOT_TRANSLATED, *kept}, key=len, reverse=True):  # longest first
        rest = rest.replace(name, " ")
    return rest


def is_unwrapped(text: str, kept: Iterable[str] = ()) -> bool:
    """Whether ``text`` has letters outside the wrapped parts and the names kept as they are.

    ``kept`` adds other text shown as it is (the user's data).
    """
    return bool(LETTER.search(unwrapped_rest(text, kept)))


def _items(widget: QWidget) -> Iterator[str]:
    if isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    elif isinstance(widget, QListWidget):
        yield from (widget.item(i).text() for i in range(widget.count()))
    elif isinstance(widget, QTabBar):
        yield from (widget.tabText(i) for i in range(widget.count()))


def texts_of(widget: QWidget) -> Iterator[str]:
    """Yield every text of ``widget`` that a user reads or hears (not what they typed)."""
    if widget.isWindow():
        yield widget.windowTitle()
    if isinstance(widget, QLabel | QAbstractButton):
        yield widget.text()
    elif isinstance(widget, QGroupBox):
        yield widget.title()
    elif isinstance(widget, QLineEdit):
        yield widget.placeholderText()
    if isinstance(widget, QSpinBox):
        yield from (widget.prefix(), widget.suffix())
    if isinstance(widget, QAbstractSpinBox):
        yield widget.specialValueText()
    yield from _items(widget)
    yield from (widget.toolTip(), widget.accessibleName(), widget.accessibleDescription())


def menu_texts(bar: QMenuBar) -> Iterator[tuple[str, str]]:
    """Yield (menu, text) of every menu title and action of a menu bar, submenus too."""
    stack: list[tuple[str, QAction]] = [("menu bar", a) for a in bar.actions()]
    while stack:
        where, action = stack.pop()
        if action.isSeparator():
            continue
        yield where, action.text()
        yield where, action.toolTip()  # the text without "&" unless one was set
        menu = action.menu()
        if isinstance(menu, QMenu):
            stack += [(action.text(), child) for child in menu.actions()]
