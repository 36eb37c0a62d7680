"""Edit > Add tag…, Remove tag… and Rename tag…: the window's tag commands.

Add and Remove act on the contacts selected in the Contacts view (shown first); Rename
on every contact carrying the tag. The work is in ``ui.views.contact_tags``, imported
when a command runs (the first screen needs none of it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from infoview_gui.ui.main_window import MainWindow


def add_tag_actions(window: MainWindow, menu: QMenu) -> tuple[QAction, QAction, QAction]:
    """Add the three tag commands to ``menu``; return them (add, remove, rename)."""
    add = QAction(QCoreApplication.translate("MainWindow", "Add ta&g…"), window)
    add.triggered.connect(lambda: tag_selected(window, add=True))
    remove = QAction(QCoreApplication.translate("MainWindow", "Remo&ve tag…"), window)
    remove.triggered.connect(lambda: tag_selected(window, add=False))
    rename = QAction(QCoreApplication.translate("MainWindow", "Rena&me tag…"), window)
    rename.triggered.connect(lambda: rename_tag(window))
    menu.addActions([add, remove, rename])
    return add, remove, rename


def tag_selected(window: MainWindow, *, add: bool) -> None:
    """Add tags to the contacts selected in the Contacts view, or remove one of theirs."""
    from infoview_gui.ui.views.contacts import ContactsView
    from infoview_gui.ui.views.ids import ViewId

    window.show_view(ViewId.CONTACTS)
    contacts = window.views.get(ViewId.CONTACTS)
    if isinstance(contacts, ContactsView):
        contacts.tag_selected(add=add)


def rename_tag(window: MainWindow) -> None:
    """Rename a tag on every contact carrying it."""
    from infoview_gui.ui.views.contact_tags import rename_tag as rename

    rename(window.events, window)
