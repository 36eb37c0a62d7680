"""Edit > Search everything (Ctrl+K): opening the search, and a result where it lives.

Ctrl+K works wherever the keyboard is in the main window, a text box included: a line
edit would otherwise take Ctrl+K as "delete to the end of the line". Interview mode, a
window of its own, keeps Ctrl+K for the business card.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from infoview_gui.ui.views.ids import ViewId

if TYPE_CHECKING:
    from infoview_gui.domain.search_text import Hit
    from infoview_gui.ui.dialogs.search import SearchDialog
    from infoview_gui.ui.main_window import MainWindow

KEY = "Ctrl+K"


class SearchKey(QObject):
    """Catches Ctrl+K before a text box does, in the main window.

    It watches only the widget that has the keyboard (a key goes there first), not the
    whole application: a filter on the application would run Python for every event of
    every widget, paints and layouts included.
    """

    def __init__(self, window: MainWindow, action: QAction) -> None:
        super().__init__(window)
        self.window = window
        self.action = action

    def follow_focus(self, old: QWidget | None, new: QWidget | None) -> None:
        """Watch the widget that now has the keyboard instead of the one that had it."""
        if old is not None:
            old.removeEventFilter(self)
        if new is not None and new.window() is self.window:
            new.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Trigger the search on Ctrl+K in a widget of the main window."""
        if not isinstance(event, QKeyEvent):  # the cheapest test first: most events are not keys
            return False
        from PySide6.QtCore import Qt  # not at start: its enums cost 18 ms (see labels.py)

        if event.key() != Qt.Key.Key_K or event.modifiers() != Qt.KeyboardModifier.ControlModifier:
            return False
        if not isinstance(watched, QWidget) or watched.window() is not self.window:
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # ours, not the text box's: the KeyPress comes next
            return True
        self.action.trigger()
        return True


def add_search_action(window: MainWindow, menu: QMenu) -> QAction:
    """Add Search everything to ``menu`` and make Ctrl+K reach it from any text box."""
    action = QAction(QCoreApplication.translate("MainWindow", "&Search everything…"), window)
    action.setShortcuts([QKeySequence(KEY)])
    action.triggered.connect(lambda: open_search(window))
    menu.addAction(action)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        key = window.search_key = SearchKey(window, action)  # type: ignore[attr-defined]

        def follow() -> None:  # from the first paint: nobody types before it
            app.focusChanged.connect(key.follow_focus)
            key.follow_focus(None, app.focusWidget())

        window.first_painted.connect(follow)
    return action


def open_search(window: MainWindow) -> SearchDialog:
    """Show the search (the one already open, if any), the keyboard in its box."""
    from infoview_gui.ui.dialogs.search import SearchDialog

    dialog = window.findChild(SearchDialog)
    if dialog is None:
        dialog = SearchDialog(window)
        dialog.open_requested.connect(lambda hit: open_hit(window, hit))
    dialog.show()
    dialog.activateWindow()
    dialog.box.setFocus()
    dialog.box.selectAll()
    return dialog


def open_hit(window: MainWindow, hit: Hit) -> QWidget | None:
    """Open a result where it lives: the contact, the interview, the follow-up, the research..."""
    from PySide6.QtCore import Qt

    from infoview_gui.domain.search_text import HitKind  # with html: 4 ms a start does without

    if hit.kind is HitKind.CONVERSATION:
        from infoview_gui.ui.timeline_actions import open_conversation

        return open_conversation(window, hit.record_id)
    if hit.conversation_id is not None:
        return _open_conversation_answer(window, hit.conversation_id, hit.record_id)
    if hit.kind is HitKind.CONTACT:
        from infoview_gui.ui.dialogs.contact import ContactDialog

        dialog = ContactDialog(window, contact_id=hit.record_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
    if hit.interview_id is not None:
        return _open_interview(window, hit)
    if hit.field_id is not None:
        from infoview_gui.ui.views.fields import FieldsView

        window.show_view(ViewId.FIELDS)
        view = window.view(ViewId.FIELDS)
        if isinstance(view, FieldsView):
            view.select_field(hit.field_id)
        return view
    window.show_view(ViewId.QUESTIONS)
    return window.view(ViewId.QUESTIONS)


def _open_interview(window: MainWindow, hit: Hit) -> QWidget | None:
    """An answer or a held interview's notes: interview mode; else the request itself.

    A request's draft, call log or place lives with the request, where its next step is
    (a request not held has no notes page to show them on).
    """
    from infoview_gui.domain.search_text import HitKind
    from infoview_gui.ui.views.interview_opening import open_interview_mode

    assert hit.interview_id is not None
    if hit.kind is HitKind.INTERVIEW and not _was_held(hit.interview_id):
        return _open_request(window, hit)
    mode = open_interview_mode(
        hit.interview_id, window, window.events, full_screen=False, cards_dir=window.paths.cards_dir
    )
    if mode is not None and hit.kind is HitKind.ANSWER:
        at = [n for n, item in enumerate(mode.items) if item.id == hit.record_id]
        if at:
            mode.go_to(at[0])
    return mode


def _open_conversation_answer(
    window: MainWindow, conversation_id: int, item_id: int
) -> QWidget | None:
    """An answer noted in a follow-up interview: its questions, at that answer."""
    from infoview_gui.ui.views.conversation_mode import open_conversation_mode

    mode = open_conversation_mode(conversation_id, window, window.events, full_screen=False)
    at = [n for n, item in enumerate(mode.items) if item.id == item_id] if mode else []
    if mode is not None and at:
        mode.go_to(at[0])
    return mode


def _open_request(window: MainWindow, hit: Hit) -> QWidget | None:
    """A request made: selected in Interviews; one not made yet: its draft, to finish."""
    from PySide6.QtCore import Qt

    from infoview_gui.ui.views.records import SqlRecordsView

    assert hit.interview_id is not None
    window.show_view(ViewId.INTERVIEWS)
    view = window.view(ViewId.INTERVIEWS)
    if isinstance(view, SqlRecordsView) and view.select_record(hit.interview_id):
        return view
    if hit.contact_id is None:
        return view
    from infoview_gui.ui.dialogs.request import RequestDialog

    window.show_view(ViewId.CONTACTS)
    dialog = RequestDialog(hit.contact_id, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def _was_held(interview_id: int) -> bool:
    """Whether the interview took place (its notes page has something to show)."""
    from infoview_gui.store.models import Interview

    row = Interview.get_or_none(Interview.id == interview_id)
    return row is not None and row.held_at is not None
