"""One row of Home's list of what to do next: its kind, its sentence, its buttons.

Made once the window is painted (the list is read then): this module and the agenda's
rules load after the first paint.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QMenu, QPushButton

from infoview_gui.domain.agenda import Action, ActionKind, AgendaItem, ItemKind
from infoview_gui.ui.widgets.labels import plain_label

_KIND_TAGS = {
    ItemKind.THANK_YOU: str(QT_TRANSLATE_NOOP("AgendaRow", "THANK-YOU")),
    ItemKind.INTERVIEW: str(QT_TRANSLATE_NOOP("AgendaRow", "INTERVIEW")),
    ItemKind.REQUEST: str(QT_TRANSLATE_NOOP("AgendaRow", "REQUEST")),
    ItemKind.DECLINED: str(QT_TRANSLATE_NOOP("AgendaRow", "DECLINED")),
    ItemKind.ASK: str(QT_TRANSLATE_NOOP("AgendaRow", "ASK")),
    ItemKind.EMPTY_FIELD: str(QT_TRANSLATE_NOOP("AgendaRow", "FIELD")),
}
"""The tag of each kind of row, translated where shown (a word in capitals)."""


class AgendaRow(QFrame):
    """One thing to do: what kind, the sentence, and its buttons.

    Signals:
        action_requested(object): the user clicked the button of this ``Action``.
        menu_requested(QMenu, int): the menu of an ``ANSWER`` action is about to show and
            should be filled with the asking steps of this contact.
    """

    action_requested = Signal(object)
    menu_requested = Signal(QMenu, int)

    def __init__(self, item: AgendaItem) -> None:
        super().__init__()
        self.item = item
        self.setObjectName("agendaRow")
        self.setProperty("urgency", item.urgency.name.lower())
        tag = plain_label(
            QCoreApplication.translate("AgendaRow", _KIND_TAGS[item.kind]), wrap=False
        )
        tag.setObjectName("agendaTag")
        tag.setFixedWidth(78)
        self.sentence = plain_label(item.sentence)
        self.sentence.setObjectName("agendaSentence")
        self.sentence.setProperty("urgency", item.urgency.name.lower())
        self.buttons: dict[ActionKind, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 7, 10, 7)
        layout.addWidget(tag)  # as tall as the row; a label centres its text vertically
        layout.addWidget(self.sentence, 1)
        # A button cannot grow taller: the row's layout centres it vertically by itself.
        buttons = layout
        for action in item.actions:
            button = QPushButton(action.label.replace("&", "&&"))
            button.setObjectName(f"action_{action.kind.value}")
            if action.kind is ActionKind.ANSWER:
                self._add_menu(button, action.target)
            else:
                button.clicked.connect(lambda _=False, chosen=action: self._on_clicked(chosen))
            buttons.addWidget(button)
            self.buttons[action.kind] = button

    def _add_menu(self, button: QPushButton, contact_id: int) -> None:
        menu = QMenu(button)
        menu.aboutToShow.connect(lambda: self.menu_requested.emit(menu, contact_id))
        button.setMenu(menu)

    def _on_clicked(self, action: Action) -> None:
        self.action_requested.emit(action)

    def button(self, kind: ActionKind) -> QPushButton | None:
        """Return the button of an action, if the row has it."""
        return self.buttons.get(kind)
