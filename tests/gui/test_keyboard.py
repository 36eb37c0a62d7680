"""Everything by keyboard: Tab goes through every control and out again, forms field by field,
and every menu command has a mnemonic, the common ones a shortcut shown in the menu."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QFormLayout,
    QMenu,
    QRadioButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from infoview_gui.domain.contact import ContactData
from infoview_gui.services.contacts import add_contact
from infoview_gui.ui.main_window import MainWindow
from infoview_gui.ui.views.ids import VIEW_TITLES, ViewId
from tests.gui.surfaces import (
    DIALOG_NAMES,
    SURFACE_NAMES,
    SurfaceWorld,
    close_surface,
    open_surface,
    visible_widgets,
    widget_path,
)
from tests.gui.test_accessible_names import takes_tab

PRESSES = 120  # more than any surface has controls: more presses means a trap
# The dialogs that end in a button box (Save and Cancel, Close...): Tab ends at its buttons.
# The others end in a row of their own buttons (the email dialogs) or are not forms.
NOT_FORMS = (
    "About",
    "Guide and shortcuts",
    "Import",
    "Import columns",
    "Import likely matches",
    "Thank you",
)
EMAIL_DIALOGS = ("Request", "Decline", "Follow up")
FORMS = tuple(name for name in DIALOG_NAMES if name not in (*NOT_FORMS, *EMAIL_DIALOGS))


def tab_cycle(qtbot: QtBot, start: QWidget) -> list[QWidget]:
    """Press Tab from ``start`` until the keyboard is back there; return the controls met.

    A control that keeps Tab for itself (a cell of a table, a tab typed into a text) is a
    trap for a keyboard user: the cycle never comes back, and the assertion names it.
    """
    met = [start]
    for _ in range(PRESSES):
        target = QApplication.focusWidget()
        assert target is not None, f"the keyboard went nowhere after {widget_path(met[-1])}"
        qtbot.keyClick(target, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is start and met[-1] is not start:
            return met
        if now is not None and now is not met[-1]:
            met.append(now)
    stuck = QApplication.focusWidget()
    raise AssertionError(f"Tab never came back: it stays in {widget_path(stuck or start)}")


def tab_stops(top: QWidget) -> list[QWidget]:
    """The controls of ``top`` a user sees and can reach with Tab.

    Of a group of radio buttons, Tab stops at the checked one; arrows move inside the group.
    """
    return [
        w
        for w in visible_widgets(top)
        if takes_tab(w) and w.isEnabled() and w.window() is top and not _unchecked_choice(w)
    ]


def _unchecked_choice(widget: QWidget) -> bool:
    """Whether ``widget`` is a radio button whose group has another one checked."""
    if not isinstance(widget, QRadioButton) or widget.isChecked():
        return False
    group = widget.group()
    siblings = (
        group.buttons() if group is not None else widget.parentWidget().findChildren(QRadioButton)
    )
    return any(b.isChecked() for b in siblings if b is not widget)


@pytest.mark.parametrize("name", SURFACE_NAMES)
def test_tab_reaches_every_control_and_comes_back(
    surface_world: SurfaceWorld, qtbot: QtBot, name: str
) -> None:
    top = open_surface(surface_world, name)
    top.activateWindow()
    qtbot.waitActive(top)
    start = QApplication.focusWidget()
    if start is None or start.window() is not top:
        top.focusNextChild()
        start = QApplication.focusWidget()
    assert start is not None
    met = tab_cycle(qtbot, start)
    missed = [widget_path(w) for w in tab_stops(top) if w not in met]
    assert not missed, f"{name}: Tab never reaches {missed}"
    assert len(met) == len(set(map(id, met))), f"{name}: a control is met twice"
    close_surface(surface_world, name)


def place(widget: QWidget) -> tuple[int, int]:
    """Where a control is in its window: (top, left)."""
    at = widget.mapTo(widget.window(), QPoint(0, 0))
    return at.y(), at.x()


def form_fields(dialog: QWidget) -> list[QWidget]:
    """The inputs of the dialog's forms that Tab can reach, top to bottom as shown."""
    fields = []
    for form in dialog.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            widget = item.widget() if item is not None else None
            if widget is not None:
                fields += [widget, *widget.findChildren(QWidget)]
    stops = tab_stops(dialog)
    return sorted((w for w in dict.fromkeys(fields) if w in stops), key=place)


def box_buttons(dialog: QWidget) -> set[QWidget]:
    """The buttons of the dialog's button box (Save, Cancel...) a user can press."""
    boxes = [box for box in dialog.findChildren(QDialogButtonBox) if box.isVisible()]
    return {b for box in boxes for b in box.findChildren(QAbstractButton) if b in tab_stops(dialog)}


@pytest.mark.parametrize("name", FORMS)
def test_tab_in_a_dialog_goes_field_by_field_and_ends_at_its_buttons(
    surface_world: SurfaceWorld, qtbot: QtBot, name: str
) -> None:
    dialog = open_surface(surface_world, name)
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    fields, buttons = form_fields(dialog), box_buttons(dialog)
    first = fields[0] if fields else min(tab_stops(dialog), key=place)
    first.setFocus(Qt.FocusReason.TabFocusReason)
    met = tab_cycle(qtbot, first)
    in_order = [w for w in met if w in fields]
    assert in_order == fields, f"{name}: fields out of order: {[widget_path(w) for w in in_order]}"
    assert set(met[-len(buttons) :]) == buttons, f"{name}: Tab ends at {widget_path(met[-1])}"
    close_surface(surface_world, name)


def menu_actions(window: MainWindow) -> dict[str, list[QAction]]:
    """The menu bar's menus by title, with their commands (separators left out)."""
    menus: dict[str, list[QAction]] = {}
    for top in window.menuBar().actions():
        menu = top.menu()
        assert isinstance(menu, QMenu)
        menus[top.text()] = [a for a in menu.actions() if not a.isSeparator()]
    return menus


def mnemonic(text: str) -> str:
    """The letter after the ``&`` of a menu text ('' when there is none)."""
    at = text.replace("&&", "").find("&")
    return text.replace("&&", "")[at + 1].lower() if at >= 0 else ""


def test_every_menu_and_command_has_its_own_mnemonic(window: MainWindow) -> None:
    menus = menu_actions(window)
    titles = [mnemonic(title) for title in menus]
    assert all(titles) and len(set(titles)) == len(titles), list(menus)
    for title, actions in menus.items():
        letters = [mnemonic(action.text()) for action in actions]
        assert all(letters), f"{title}: {[a.text() for a in actions]}"
        assert len(set(letters)) == len(letters), f"{title}: {[a.text() for a in actions]}"


def test_common_commands_have_shortcuts_shown_in_their_menu(window: MainWindow) -> None:
    shown = {
        action.text(): action.shortcut().toString()
        for actions in menu_actions(window).values()
        for action in actions
    }
    for command in ("&Import contacts…", "&Export…", "P&references…", "&Quit", "&Undo"):
        assert shown[command], f"{command} has no shortcut"
    views = [f"&{n + 1} {VIEW_TITLES[view]}" for n, view in enumerate(ViewId)]
    assert [shown[text] for text in views] == [f"Ctrl+{n}" for n in range(1, len(ViewId) + 1)]


def test_ctrl_and_a_number_brings_each_view_forward(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    for view in reversed(ViewId):
        key = Qt.Key(Qt.Key.Key_1 + int(view))
        qtbot.keyClick(
            QApplication.focusWidget() or window, key, Qt.KeyboardModifier.ControlModifier
        )
        assert window.current_view() is view
        assert window.stack.currentWidget() is window.views[view]


def test_find_puts_the_keyboard_in_the_search_box_of_the_view_shown(
    window: MainWindow, qtbot: QtBot
) -> None:
    add_contact(contact=ContactData(first_name="Ben", last_name="Doe"))
    window.events.publish()
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)  # Contacts
    assert window.current_view() is ViewId.CONTACTS
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = window.stack.currentWidget().search
    assert QApplication.focusWidget() is search
    qtbot.keyClicks(QApplication.focusWidget(), "Ben")
    assert search.text() == "Ben"
    assert window.current_view() is ViewId.CONTACTS  # the letters did not pick a view
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # Home
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert "no search box" in window.statusBar().currentMessage()
