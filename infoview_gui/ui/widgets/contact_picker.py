"""A line edit that names a person: either a saved contact (picked) or free text."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from infoview_gui.store.queries import contact_label, find_contacts


class ContactPicker(QLineEdit):
    """Type a name: matching contacts are offered; picking one links to it.

    Anything else typed is kept as free text (e.g. "my aunt Rosa").
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        exclude_id: int | None = None,
        contact_id: int | None = None,
        text: str = "",
    ) -> None:
        super().__init__(parent)
        self.setMaxLength(200)
        self.setPlaceholderText(self.tr("A contact of yours, or anyone (type a name)"))
        self.contact_id = contact_id
        self._exclude = exclude_id
        self._matches: dict[str, int] = {}
        self._suggestions = QStringListModel(self)
        completer = QCompleter(self._suggestions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCompleter(completer)
        self._label = contact_label(contact_id) if contact_id else ""
        self.setText(self._label or text)
        self.textEdited.connect(self._on_text_edited)
        completer.activated.connect(self._on_completer_activated)

    def free_text(self) -> str:
        """The text typed, when it does not name a linked contact."""
        return "" if self.contact_id is not None else self.text()

    def _on_text_edited(self, text: str) -> None:
        self.contact_id = None
        matches = [(i, label) for i, label in find_contacts(text) if i != self._exclude]
        self._matches = {label: i for i, label in matches} if text.strip() else {}
        self._suggestions.setStringList(list(self._matches))

    def _on_completer_activated(self, label: str) -> None:
        self.contact_id = self._matches.get(label)
