"""The sync in the window, against a real Radicale on 127.0.0.1: Tools > Accounts, Sync now,
the password asked once, the phone's edits in the Contacts view, a conflict chosen.

Driven by the keyboard. No DNS look-up: every address is 127.0.0.1.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from infoview_gui.domain.contact import ContactData
from infoview_gui.paths import AppPaths
from infoview_gui.qtmodels.contact_columns import Column
from infoview_gui.services import sync
from infoview_gui.services.contacts import add_contact, load_contact, update_contact
from infoview_gui.ui.dialogs.accounts import NEW, AccountsDialog
from infoview_gui.ui.dialogs.sync_conflicts import SyncConflictsDialog
from infoview_gui.ui.dialogs.sync_password import SyncPasswordDialog
from infoview_gui.ui.main_window import MainWindow
from infoview_gui.ui.views.contacts import ContactsView
from infoview_gui.ui.views.ids import ViewId
from tests.dav.server import PASSWORD, USER, Radicale, free_port
from tests.gui.settle import settled
from tests.unit.services.test_sync import Phone, set_up

TIMEOUT = 30_000


def open_accounts(window: MainWindow, qtbot: QtBot) -> AccountsDialog:
    window.accounts_action.trigger()  # type: ignore[attr-defined]
    dialog = window.findChild(AccountsDialog)
    assert isinstance(dialog, AccountsDialog)
    qtbot.waitExposed(dialog)
    return dialog


def type_address(dialog: AccountsDialog, qtbot: QtBot, url: str, password: str) -> None:
    qtbot.keyClicks(dialog.server, url)  # the keyboard starts there
    qtbot.keyClick(dialog.server, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.user, USER)
    qtbot.keyClick(dialog.user, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.connect_button, Qt.Key.Key_Space)


def press_f5(window: MainWindow, qtbot: QtBot) -> None:
    """F5 where the keyboard is in the window, as a person presses it."""
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F5)


def sync_with_password(window: MainWindow, qtbot: QtBot, password: str = PASSWORD) -> object:
    """F5; type the password in the dialog that asks for it; return how the sync ended."""
    with qtbot.waitSignal(window.sync.ended, timeout=TIMEOUT) as ended:
        press_f5(window, qtbot)
        dialog = window.findChild(SyncPasswordDialog)
        assert isinstance(dialog, SyncPasswordDialog)
        qtbot.waitUntil(dialog.isVisible)
        qtbot.keyClicks(dialog.edit, password)
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    return ended.args[0] if ended.args else None


def sync_again(window: MainWindow, qtbot: QtBot) -> object:
    """Tools > Sync now with the password known this session: no dialog."""
    with qtbot.waitSignal(window.sync.ended, timeout=TIMEOUT) as ended:
        window.sync_action.trigger()  # type: ignore[attr-defined]
    assert not any(d.isVisible() for d in window.findChildren(SyncPasswordDialog))
    return ended.args[0] if ended.args else None


def test_accounts_connect_choose_save_then_sync(
    window: MainWindow, qtbot: QtBot, radicale: Radicale
) -> None:
    add_contact(contact=ContactData(first_name="Ana", last_name="Lima", email="ana@example.org"))
    dialog = open_accounts(window, qtbot)
    type_address(dialog, qtbot, radicale.url, PASSWORD)
    qtbot.waitUntil(lambda: dialog.choices is not None, timeout=TIMEOUT)
    assert dialog.calendar.currentData() == NEW and dialog.address_book.currentData() == NEW
    assert "Connected" in dialog.found.text()
    qtbot.keyClick(dialog.calendar, Qt.Key.Key_Tab)  # the keyboard goes on through the form
    with qtbot.waitSignal(window.sync.ended, timeout=TIMEOUT) as ended:
        qtbot.keyClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.Key.Key_Space)
    counts = ended.args[0]
    assert isinstance(counts, sync.Counts) and counts.cards_written == 1  # no password asked
    account = sync.account()
    assert account is not None and account.address_book_url and account.calendar_url
    found = sync.choices(server_url=radicale.url, user_name=USER, password=PASSWORD)
    assert "InfoView" in [c.name for c in found.address_books]
    assert window.sync.status.isVisible() and "Synced" in window.sync.status.text.text()


def test_sync_now_brings_a_phone_edit_into_the_contacts_view(
    window: MainWindow, qtbot: QtBot, radicale: Radicale, paths: AppPaths
) -> None:
    phone: Phone = set_up(radicale)
    add_contact(contact=ContactData(first_name="Ana", last_name="Lima", title="Nurse"))
    window.show_view(ViewId.CONTACTS)
    view = window.view(ViewId.CONTACTS)
    assert isinstance(view, ContactsView)
    counts = sync_with_password(window, qtbot)
    assert isinstance(counts, sync.Counts) and counts.cards_written == 1
    phone.edit("Ana", "TITLE:Nurse", "TITLE:Head nurse")
    counts = sync_again(window, qtbot)  # the password is asked once per run
    assert isinstance(counts, sync.Counts) and counts.contacts_updated == 1
    model = settled(view.model)
    qtbot.waitUntil(lambda: model.index(0, Column.TITLE).data() == "Head nurse", timeout=TIMEOUT)
    # The password is in no file of the data folder: database, WAL, log, settings.
    for path in paths.data_dir.rglob("*"):
        if path.is_file():
            assert PASSWORD.encode() not in path.read_bytes(), path


def test_a_conflict_is_chosen_in_the_dialog(
    window: MainWindow, qtbot: QtBot, radicale: Radicale
) -> None:
    phone = set_up(radicale)
    contact_id = add_contact(contact=ContactData(first_name="Ben", phone="+1 555 0100"))
    sync_with_password(window, qtbot)
    phone.edit("Ben", "+1 555 0100", "+1 555 0111")
    data = load_contact(contact_id)
    update_contact(
        contact_id=contact_id, contact=data.__class__(**{**data.__dict__, "phone": "+1 555 0122"})
    )
    counts = sync_again(window, qtbot)
    assert isinstance(counts, sync.Counts) and counts.conflicts == 1
    status = window.sync.status
    assert status.waiting.isVisible()
    qtbot.keyClick(status.waiting, Qt.Key.Key_Space)
    dialog = window.findChild(SyncConflictsDialog)
    assert isinstance(dialog, SyncConflictsDialog)
    qtbot.waitExposed(dialog)
    [combo] = dialog.choices.values()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # Later -> InfoView's
    assert combo.currentData() == "local"
    qtbot.keyClick(dialog.apply_button, Qt.Key.Key_Space)
    assert not dialog.isVisible()
    sync_again(window, qtbot)
    assert "0122" in phone.card_of("Ben")[2] and sync.conflicts() == []
    assert load_contact(contact_id).phone == "+1 555 0122"
    assert not status.waiting.isVisible()


def test_a_wrong_password_is_said_and_nothing_typed_is_lost(
    window: MainWindow, qtbot: QtBot, radicale: Radicale
) -> None:
    dialog = open_accounts(window, qtbot)
    type_address(dialog, qtbot, radicale.url, "not-the-password")
    qtbot.waitUntil(dialog.error.isVisible, timeout=TIMEOUT)
    assert "password" in dialog.error.text()
    assert dialog.password.hasFocus()  # where it can be fixed
    assert (dialog.server.text(), dialog.user.text()) == (radicale.url, USER)
    assert dialog.password.text() == "not-the-password" and dialog.choices is None


def test_nothing_listening_is_said_in_the_dialog(window: MainWindow, qtbot: QtBot) -> None:
    closed = f"http://127.0.0.1:{free_port()}/"
    dialog = open_accounts(window, qtbot)
    type_address(dialog, qtbot, closed, PASSWORD)
    qtbot.waitUntil(dialog.error.isVisible, timeout=TIMEOUT)
    assert "Nothing answered" in dialog.error.text()
    assert dialog.server.text() == closed and dialog.server.hasFocus()


def test_an_offline_background_sync_says_one_sentence_and_tries_later(
    window: MainWindow, qtbot: QtBot
) -> None:
    sync.save_account(
        details=sync.Account(
            f"http://127.0.0.1:{free_port()}/", USER, address_book_url="/x/", interval_min=30
        )
    )
    window.sync.passwords.keep(f"{sync.account().server_url}", USER, PASSWORD)  # type: ignore[union-attr]
    with qtbot.waitSignal(window.sync.ended, timeout=TIMEOUT):
        window.sync.timer.timeout.emit()  # the automatic sync's turn
    assert QApplication.activeModalWidget() is None  # no box for a background sync
    assert "Nothing answered" in window.statusBar().currentMessage()
    assert window.sync.timer.isActive() and window.sync.timer.remainingTime() <= 65_000  # a minute
    assert "trying again" in window.sync.status.text.text()


def test_an_automatic_sync_without_the_password_waits_quietly(
    window: MainWindow, qtbot: QtBot, radicale: Radicale
) -> None:
    set_up(radicale)
    window.sync.schedule()
    window.sync.timer.timeout.emit()
    status = window.sync.status
    assert QApplication.activeModalWidget() is None and window.findChild(SyncPasswordDialog) is None
    assert status.password.isVisible()
    with qtbot.waitSignal(window.sync.ended, timeout=TIMEOUT):
        qtbot.keyClick(status.password, Qt.Key.Key_Space)
        dialog = window.findChild(SyncPasswordDialog)
        assert isinstance(dialog, SyncPasswordDialog)
        qtbot.waitUntil(dialog.isVisible)
        qtbot.keyClicks(dialog.edit, PASSWORD)
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    assert not status.password.isVisible()


def test_cancel_in_the_status_bar_stops_the_sync(
    window: MainWindow, qtbot: QtBot, radicale: Radicale
) -> None:
    set_up(radicale)
    for n in range(40):
        add_contact(contact=ContactData(first_name=f"Person{n}"))
    window.sync.passwords.keep(radicale.url, USER, PASSWORD)
    status = window.sync.status
    with qtbot.waitSignal(window.sync.ended, timeout=TIMEOUT) as ended:
        press_f5(window, qtbot)
        qtbot.waitUntil(lambda: status.progress.value() > 0, timeout=TIMEOUT)
        qtbot.keyClick(status.cancel, Qt.Key.Key_Space)
    assert ended.args[0] is None or isinstance(ended.args[0], sync.Counts)
    assert not status.cancel.isVisible()
