"""Opening a timeline row where it happened, and adding a follow-up conversation.

A follow-up opens on top of the contact's dialog; a request, its notes or its thank-you
open where Search everything opens them (``search_actions.open_hit``), in the main
window, once the contact's dialog has closed (it is modal: it would keep them from the
keyboard). A contact introduced opens in a dialog of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from infoview_gui.services.timeline import Place, TimelineEntry
from infoview_gui.ui.events import events_of
from infoview_gui.ui.widgets.contact_timeline import ContactTimeline

if TYPE_CHECKING:
    from infoview_gui.ui.dialogs.contact import ContactDialog
    from infoview_gui.ui.dialogs.conversation import ConversationDialog
    from infoview_gui.ui.main_window import MainWindow

translate = QCoreApplication.translate


def save_first() -> str:
    """Return what to do before leaving a contact's form with changes in it, to open a row."""
    return translate(
        "TimelineActions", "Save or cancel your changes to this contact first, then open it."
    )


def main_window() -> MainWindow | None:
    """Return the application's main window, if there is one."""
    from infoview_gui.ui.main_window import MainWindow

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            return widget
    return None


def add_conversation(parent: QWidget, contact_id: int) -> ConversationDialog | None:
    """Open the dialog for a new follow-up conversation with a contact (not blocking).

    Returns None, having said why, when the contact was deleted meanwhile.
    """
    added = translate("TimelineActions", "Conversation added")
    return _opened(parent, added, contact_id=contact_id)


def open_conversation(parent: QWidget, conversation_id: int) -> ConversationDialog | None:
    """Open a saved follow-up conversation again, to read or edit it (not blocking).

    Returns None, having said why, when it was deleted meanwhile (a stale search result).
    """
    saved = translate("TimelineActions", "Conversation saved")
    return _opened(parent, saved, conversation_id=conversation_id)


def _opened(
    parent: QWidget,
    saved: str,
    *,
    contact_id: int | None = None,
    conversation_id: int | None = None,
) -> ConversationDialog | None:
    from infoview_gui.domain.errors import NotFoundError
    from infoview_gui.ui.dialogs.conversation import ConversationDialog

    try:
        dialog = ConversationDialog(parent, contact_id=contact_id, conversation_id=conversation_id)
    except NotFoundError as exc:
        events = events_of(parent)
        if events is not None:
            events.saved.emit(str(exc))
        return None
    events = events_of(dialog)
    if events is not None:
        dialog.accepted.connect(lambda: events.saved.emit(saved))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def attach_timeline(dialog: ContactDialog, contact_id: int) -> ContactTimeline:
    """Add the contact's timeline, and "Add a conversation", under the contact's form."""
    timeline = ContactTimeline(contact_id)
    dialog.add_group(translate("TimelineActions", "Timeline")).addRow(timeline)

    def refresh_after(opened: QDialog | None) -> None:
        if opened is not None:
            opened.finished.connect(lambda _result: timeline.refresh())

    events = events_of(dialog)
    if events is not None:  # an undo, an edit elsewhere: the rows follow
        events.changed.connect(timeline.follow)
    timeline.add_requested.connect(lambda: refresh_after(add_conversation(dialog, contact_id)))
    timeline.open_requested.connect(lambda entry: _open_from(dialog, entry, refresh_after))
    return timeline


def _open_from(dialog: ContactDialog, entry: TimelineEntry, refresh_after: object) -> None:
    """Open ``entry`` from the contact's dialog: on top of it, or in place once it closed."""
    if entry.place is Place.CONVERSATION:
        opened = open_conversation(dialog, entry.record_id)
        if callable(refresh_after):
            refresh_after(opened)
        return
    if entry.place is Place.CARD:
        from infoview_gui.ui.dialogs.business_card import BusinessCardDialog

        BusinessCardDialog(entry.contact_id, dialog).exec()
        return
    if entry.place is Place.KEEP_TOUCH and dialog.keep_touch is not None:
        dialog.keep_touch.on.setFocus()  # where the cadence the update restarted is set
        return
    if entry.place in (Place.CONTACT, Place.KEEP_TOUCH) and entry.record_id == entry.contact_id:
        return  # this contact: the dialog open shows it
    if dialog.has_unsaved_typing():
        dialog.show_error(save_first())
        return
    window = main_window()
    dialog.reject()
    if window is not None:
        QTimer.singleShot(0, window, lambda: open_entry(window, entry))


def open_entry(window: MainWindow, entry: TimelineEntry) -> QWidget | None:
    """Open a timeline row in the main window, where it was done."""
    from infoview_gui.domain.search_text import Hit, HitKind
    from infoview_gui.ui.search_actions import open_hit

    if entry.place is Place.CONVERSATION:
        return open_conversation(window, entry.record_id)
    if entry.place is Place.THANK_YOU:
        from infoview_gui.ui.dialogs.thank_you import open_thank_you

        return open_thank_you(window.events, entry.record_id, window)
    if entry.place in (Place.CONTACT, Place.KEEP_TOUCH):
        return open_hit(window, Hit(HitKind.CONTACT, entry.record_id, "", "", (), entry.record_id))
    hit = Hit(
        HitKind.INTERVIEW, entry.record_id, "", "", (), entry.contact_id, entry.record_id,
        entry.field_id,
    )  # fmt: skip
    return open_hit(window, hit)
