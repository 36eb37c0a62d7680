"""Tools > Accounts… and Sync now: the menu's part, made with the window.

The sync's controller (``ui/sync_actions.py``: its workers, its line in the status bar)
is made on first use and after the first paint (``MainWindow.sync``, ``app.py``): the
first screen loads none of it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from infoview_gui.ui.main_window import MainWindow

translate = QCoreApplication.translate
KEY = "F5"


def add_sync_menu(window: MainWindow, menu: QMenu) -> tuple[QAction, QAction]:
    """Add Accounts… and Sync now to ``menu``; return them."""
    accounts = QAction(translate("MainWindow", "&Accounts…"), window)
    accounts.triggered.connect(lambda: window.sync.show_accounts())
    now = QAction(translate("MainWindow", "S&ync now"), window)
    now.setShortcuts([QKeySequence(KEY)])
    now.triggered.connect(lambda: window.sync.sync_now())
    menu.addSeparator()
    menu.addAction(accounts)
    menu.addAction(now)
    return accounts, now
