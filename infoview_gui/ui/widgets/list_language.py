"""'Use the current language' in the question list editor: the button and its action.

The bank's wordings in every shipped language are read once per language (the bank file and
the ``bank_<language>.mo`` catalogues, about 100 KB); the action is one service call,
published on ``AppEvents`` and undone with Edit > Undo.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QPushButton

from infoview_gui.domain import i18n
from infoview_gui.domain.bank_words import BankWordings, wordings
from infoview_gui.domain.question_bank import parse_bank
from infoview_gui.paths import resource_path
from infoview_gui.services import list_language
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.save_status import run_action
from infoview_gui.ui.translation import translations_folder
from infoview_gui.ui.undo import DoneCommand

log = logging.getLogger(__name__)
_CACHE: dict[str, BankWordings] = {}


def bank_wordings() -> BankWordings:
    """Return the bank's wordings in every shipped language and in the current one."""
    tag = i18n.bank_tag()
    found = _CACHE.get(tag)
    if found is None:
        try:
            bank = parse_bank(resource_path("questions", "bank.json").read_bytes())
            catalogues = []
            for path in sorted(translations_folder().glob("bank_*.mo")):
                with path.open("rb") as stream:
                    catalogues.append(i18n.load_catalogue(stream))
        except (OSError, ValueError) as exc:  # nothing is re-worded: the list is kept as it is
            log.warning("The question bank's wordings could not be read: %s", exc)
            return BankWordings({}, {})
        found = _CACHE[tag] = wordings(bank, catalogues)
    return found


class LanguageButton(QPushButton):
    """'Use the current language': shown while the list has bank questions to re-word."""

    def __init__(self, events: AppEvents, origin: object = None) -> None:
        super().__init__()
        self.events = events
        self.origin = origin
        self.list_id: int | None = None
        self.setText(self.tr("Use the current language"))
        self.setToolTip(
            self.tr(
                "Put the questions from the bank in the language InfoView speaks now. "
                "Questions you wrote or reworded stay as they are."
            )
        )
        self.clicked.connect(self.run)

    def show_for(self, list_id: int | None) -> None:
        """Show the button when the list has a question from the bank in another language."""
        self.list_id = list_id
        wanted = list_id is not None and list_language.plan(list_id, bank_wordings()).count > 0
        self.setVisible(wanted)

    def run(self) -> bool:
        """Re-word the list's unedited bank questions; Edit > Undo puts the old wording back."""
        list_id = self.list_id
        if list_id is None:
            return False
        done: list[list_language.Retranslation] = []

        def action() -> None:
            change = list_language.use_current_language(list_id=list_id, wordings=bank_wordings())
            done.append(change)

        if not run_action(self.events, action, saved="", parent=self, origin=self.origin):
            return False
        change = done[0]
        if change.count:
            self.events.undo_stack.push(
                DoneCommand(
                    self.text(),
                    lambda: list_language.undo(change=change),
                    lambda: list_language.redo(change=change),
                    self.events.publish,
                )
            )
        self.events.saved.emit(self._message(change))
        return True

    def _message(self, change: list_language.Retranslation) -> str:
        if not change.count:
            said = self.tr("The questions from the bank are already in the current language.")
        else:
            said = self.tr(
                "%n question(s) now in the current language: Edit > Undo goes back.",
                "",
                change.count,
            )
        if change.kept:
            kept = self.tr("%n question(s) you reworded kept as you wrote them.", "", change.kept)
            said = f"{said} {kept}"
        return said
