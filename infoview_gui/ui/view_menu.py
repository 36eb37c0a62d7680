"""The main window's View menu, and the width of the navigation list of the same views.

The menu has each view by the keyboard, and Find in the view shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import QLineEdit, QListWidget

from infoview_gui.ui.views.ids import ViewId, view_title

if TYPE_CHECKING:
    from infoview_gui.ui.main_window import MainWindow

NO_SEARCH = str(
    QT_TRANSLATE_NOOP("MainWindow", "This view has no search box: Contacts and Questions have one.")
)
NOTHING_YET = str(QT_TRANSLATE_NOOP("MainWindow", "There is nothing to search here yet."))
"""Said in the status bar (translated there)."""
NAVIGATION_WIDTH = 180
"""The navigation list's width, unless a view's title needs more (German ones may)."""
NAVIGATION_ROOM = 54
"""Room beside a title: the item's padding and margins (style.py), the border, a little air."""


def navigation_width(nav: QListWidget) -> int:
    """Return the width that shows the longest view title whole, bold as when selected."""
    nav.ensurePolished()  # the style sheet's font size
    font = QFont(nav.font())
    font.setBold(True)
    metrics = QFontMetrics(font)
    longest = max(metrics.horizontalAdvance(nav.item(row).text()) for row in range(nav.count()))
    return max(NAVIGATION_WIDTH, longest + NAVIGATION_ROOM)


def make_view_menu(window: MainWindow) -> tuple[list[QAction], QAction]:
    """Add View: each view by its mnemonic or Ctrl+1 to Ctrl+8, then Find; return their actions.

    Ctrl+1 leaves the keyboard in the navigation list, where a typed letter jumps to a
    view: Find (Ctrl+F) puts it in the search box of the view shown, ready to type.
    """
    menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&View"))
    actions: list[QAction] = []
    for view in ViewId:
        action = QAction(f"&{int(view) + 1} {view_title(view)}", window)
        action.setShortcuts([QKeySequence(f"Ctrl+{int(view) + 1}")])
        action.triggered.connect(lambda _checked=False, view=view: window.show_view(view))
        menu.addAction(action)
        actions.append(action)
    menu.addSeparator()
    find = QAction(QCoreApplication.translate("MainWindow", "&Find in this view"), window)
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Find)
    find.setShortcuts(keys or [QKeySequence("Ctrl+F")])
    find.triggered.connect(lambda: find_in_view(window))
    menu.addAction(find)
    return actions, find


def find_in_view(window: MainWindow) -> None:
    """Put the keyboard in the search box of the view shown, its text selected."""
    # Imported here: Qt's namespace builds every enum (18 ms), which the first screen avoids.
    from PySide6.QtCore import Qt

    search = getattr(window.stack.currentWidget(), "search", None)
    if not isinstance(search, QLineEdit):
        window.show_status(QCoreApplication.translate("MainWindow", NO_SEARCH), 5000)
    elif not search.isVisible():  # no contacts yet: the view shows how to add some
        window.show_status(QCoreApplication.translate("MainWindow", NOTHING_YET), 5000)
    else:
        search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        search.selectAll()
