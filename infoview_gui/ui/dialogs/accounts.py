"""Tools > Accounts: the CalDAV/CardDAV account InfoView syncs with, and what it syncs.

"Connect" finds the account from a bare domain or a full address (in a worker) and lists
its calendars and address books; an "InfoView" one can be made instead. Which contacts go
to the address book, and how often InfoView syncs, are chosen here too. A failure is one
sentence under the form, and nothing typed is lost. The password is never saved: it is
kept in memory (``ui.sync_actions.Passwords``) until InfoView quits.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from infoview_gui import APP_NAME
from infoview_gui.domain.errors import ValidationError
from infoview_gui.exchange.dav import webdav
from infoview_gui.services import sync
from infoview_gui.services.tags import tag_choices
from infoview_gui.store.queries import field_choices
from infoview_gui.ui.dialogs.form import FormDialog, line_edit
from infoview_gui.ui.dialogs.sync_password import password_edit
from infoview_gui.ui.events import events_of
from infoview_gui.ui.save_status import plain_message_box, run_action
from infoview_gui.ui.widgets.buttons import box_button
from infoview_gui.ui.widgets.choices import record_combo
from infoview_gui.ui.widgets.labels import plain_label
from infoview_gui.ui.widgets.layouts import row
from infoview_gui.ui.widgets.work_panel import WorkPanel
from infoview_gui.ui.workers import JobRunner, Report

if TYPE_CHECKING:
    from infoview_gui.ui.sync_actions import Passwords

translate = QCoreApplication.translate
NEW = "new"
"""A calendar or address book combo's entry: make one named "InfoView"."""
SCOPES = (
    ("all", QT_TRANSLATE_NOOP("AccountsDialog", "All contacts")),
    ("field", QT_TRANSLATE_NOOP("AccountsDialog", "The contacts of one career field")),
    ("tag", QT_TRANSLATE_NOOP("AccountsDialog", "The contacts with one tag")),
    ("none", QT_TRANSLATE_NOOP("AccountsDialog", "None")),
)
EXPLANATION = QT_TRANSLATE_NOOP(
    "AccountsDialog",
    "Your interviews in your calendar and your contacts in your address book, on your "
    "phone and your other computers: %1 syncs with an account on a CalDAV/CardDAV server "
    "(Nextcloud, Fastmail, iCloud, a Radicale at home…).",
)


class AccountsDialog(FormDialog):
    """The account's address, user name and password; its calendar and address book.

    Signals:
        conflicts_requested: the user wants to see the changes waiting for a choice.

    Attributes:
        choices: what "Connect" found, or None before it.
    """

    conflicts_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, passwords: Passwords) -> None:
        super().__init__(translate("AccountsDialog", "Accounts"), parent)
        self.passwords = passwords
        self.account = sync.account()
        self.choices: sync.Choices | None = None
        self.runner = JobRunner(
            self,
            doing=translate("AccountsDialog", "reach the account"),
            kept=translate("AccountsDialog", "Nothing was changed."),
        )
        self.work = WorkPanel(self.runner)
        self._after_made = False
        self.form.addRow(
            plain_label(translate("AccountsDialog", str(EXPLANATION)).replace("%1", APP_NAME))
        )
        self._make_server_group()
        self._make_collections_group()
        self._make_contacts_group()
        self._make_when_group()
        self.body.insertWidget(1, self.work)
        self.remove_button = box_button(
            self.buttons,
            translate("AccountsDialog", "Remove account…"),
            QDialogButtonBox.ButtonRole.DestructiveRole,
        )
        self.remove_button.setVisible(self.account is not None)
        self._connect_signals()
        self._show_account()

    def _make_server_group(self) -> None:
        group = self.add_group(translate("AccountsDialog", "Server"))
        self.server = line_edit(
            placeholder=translate("AccountsDialog", "example.org or https://dav.example.org/")
        )
        self.user = line_edit()
        self.password = password_edit()
        self.password.setPlaceholderText(translate("AccountsDialog", "or an app password"))
        self.add_row("server_url", translate("AccountsDialog", "Address"), self.server, group)
        self.add_row("user_name", translate("AccountsDialog", "User name"), self.user, group)
        self.add_row("password", translate("AccountsDialog", "Password"), self.password, group)
        self.saves_as_typed(self.password)  # never kept in the dialog's memory of typing
        self.connect_button = QPushButton(translate("AccountsDialog", "Connect"))
        self.found = plain_label()
        group.addRow("", row(self.connect_button, (self.found, 1)))
        kept = translate(
            "AccountsDialog",
            "The password is kept in memory until you quit %1, never saved: %1 asks for it "
            "once each time it starts.",
        ).replace("%1", APP_NAME)
        group.addRow("", plain_label(kept))

    def _make_collections_group(self) -> None:
        group = self.add_group(translate("AccountsDialog", "Calendar and address book"))
        self.calendar = QComboBox()
        self.address_book = QComboBox()
        self.tasks = QCheckBox(
            translate("AccountsDialog", "Thank-yous due and keep-in-touch reminders as tasks")
        )
        self.add_row(
            "calendar_url", translate("AccountsDialog", "Interviews in"), self.calendar, group
        )
        group.addRow("", self.tasks)
        self.add_row(
            "address_book_url",
            translate("AccountsDialog", "Contacts in"),
            self.address_book,
            group,
        )

    def _make_contacts_group(self) -> None:
        group = self.add_group(translate("AccountsDialog", "Contacts to keep in the address book"))
        self.scope = QComboBox()
        for value, label in SCOPES:
            self.scope.addItem(translate("AccountsDialog", str(label)), value)
        self.field = record_combo(field_choices())
        self.tag = record_combo(tag_choices())
        self.add_row("contacts", translate("AccountsDialog", "Which"), self.scope, group)
        self.add_row("field_id", translate("AccountsDialog", "Career field"), self.field, group)
        self.add_row("tag_id", translate("AccountsDialog", "Tag"), self.tag, group)
        self.field_label = group.labelForField(self.field)
        self.tag_label = group.labelForField(self.tag)

    def _make_when_group(self) -> None:
        group = self.add_group(translate("AccountsDialog", "When"))
        self.interval = QSpinBox()
        self.interval.setRange(0, 1440)
        self.interval.setSingleStep(5)
        self.interval.setSpecialValueText(translate("AccountsDialog", "Only when I ask"))
        self.interval.setSuffix(translate("AccountsDialog", " minutes"))
        self.add_row(
            "interval_min", translate("AccountsDialog", "Sync every"), self.interval, group
        )
        group.addRow("", plain_label(translate(
            "AccountsDialog",
            "While %1 is open. Tools > Sync now (F5) syncs at once.",
        ).replace("%1", APP_NAME)))  # fmt: skip
        self.waiting = plain_label()
        self.waiting_button = QPushButton(translate("AccountsDialog", "Choose…"))
        self.waiting_row = QWidget()
        self.waiting_row.setLayout(row((self.waiting, 1), self.waiting_button))
        group.addRow(self.waiting_row)

    def _connect_signals(self) -> None:
        self.connect_button.clicked.connect(self.connect_account)
        self.server.textEdited.connect(self._on_address_edited)
        self.user.textEdited.connect(self._on_address_edited)
        self.scope.currentIndexChanged.connect(self._show_scope)
        self.calendar.currentIndexChanged.connect(self._show_tasks)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.waiting_button.clicked.connect(self._on_waiting_button_clicked)
        self.runner.finished.connect(self._on_runner_finished)
        self.runner.failed.connect(self._on_runner_failed)
        self.runner.cancelled.connect(self._on_runner_cancelled)

    def _show_account(self) -> None:
        account = self.account or sync.Account("", "")
        self.server.setText(account.server_url)
        self.user.setText(account.user_name)
        self._fill(self.calendar, (), account.calendar_url)
        self._fill(self.address_book, (), account.address_book_url)
        self.tasks.setChecked(account.calendar_tasks)
        self.scope.setCurrentIndex(max(0, self.scope.findData(account.contacts)))
        for combo, chosen in ((self.field, account.field_id), (self.tag, account.tag_id)):
            if chosen is not None:
                combo.setCurrentIndex(max(0, combo.findData(chosen)))
        self.interval.setValue(account.interval_min)
        self._show_scope()
        self._show_tasks()
        self.show_waiting()

    def show_waiting(self) -> None:
        """Say how many changes wait for the user's choice (hidden when none)."""
        count = len(sync.conflicts()) if self.account is not None else 0
        self.waiting.setText(self.tr("%n change(s) from the sync wait for your choice.", "", count))
        self.waiting_row.setVisible(count > 0)

    def _fill(
        self, combo: QComboBox, found: tuple[webdav.Collection, ...], current: str | None
    ) -> None:
        """List ``found`` (or only ``current`` before connecting), then "make one", "none".

        ``current`` is the account's choice ("" for none), or None when there is no account:
        then an "InfoView" one found is chosen, or making one.
        """
        combo.clear()
        calendar = combo is self.calendar
        for collection in found:
            combo.addItem(collection.name or collection.href, collection.href)
        if current and combo.findData(current) < 0:
            combo.addItem(current, current)
        if self.choices is not None:
            made = (
                translate("AccountsDialog", "A new calendar named “InfoView”")
                if calendar
                else translate("AccountsDialog", "A new address book named “InfoView”")
            )
            combo.addItem(made, NEW)
        combo.addItem(
            translate("AccountsDialog", "None: no interviews in a calendar")
            if calendar
            else translate("AccountsDialog", "None: no contacts in an address book"),
            "",
        )
        chosen = combo.findData(current) if current is not None else -1
        if chosen < 0:
            named = [n for n, c in enumerate(found) if c.name == APP_NAME]
            chosen = named[0] if named else combo.findData(NEW)
        combo.setCurrentIndex(max(0, chosen))

    def _show_scope(self) -> None:
        scope = self.scope.currentData()
        for widget, label, shown in (
            (self.field, self.field_label, scope == "field"),
            (self.tag, self.tag_label, scope == "tag"),
        ):
            widget.setVisible(shown)
            if label is not None:
                label.setVisible(shown)

    def _show_tasks(self) -> None:
        href = self.calendar.currentData()
        listed = {c.href: c for c in (self.choices.calendars if self.choices else ())}
        offers = href == NEW or (href in listed and "VTODO" in listed[href].components)
        self.tasks.setEnabled(bool(href) and (offers or (not listed and bool(href))))

    def _typed_password(self) -> str:
        typed = self.password.text()
        if typed or self.account is None:
            return typed
        same = (self.server.text().strip(), self.user.text().strip()) == (
            self.account.server_url,
            self.account.user_name,
        )
        return self.passwords.get(self.account) if same else ""

    def _address(self) -> tuple[str, str, str]:
        server, user, password = self.server.text().strip(), self.user.text().strip(), ""
        if not server:
            raise ValidationError(
                "server_url", translate("AccountsDialog", "Type the server's address.")
            )
        if not user:
            raise ValidationError("user_name", translate("AccountsDialog", "Type your user name."))
        password = self._typed_password()
        if not password:
            raise ValidationError("password", translate("AccountsDialog", "Type your password."))
        return server, user, password

    def connect_account(self) -> None:
        """Find the account's calendars and address books (in a worker)."""
        try:
            server, user, password = self._address()
        except ValidationError as refusal:
            self.show_error(str(refusal), refusal.field)
            return
        self.show_error("")
        self._working(True)
        self.work.start(translate("AccountsDialog", "Connecting to %1…").replace("%1", server))
        self._after_made = False

        def job(_report: Report) -> object:
            try:
                return sync.choices(server_url=server, user_name=user, password=password)
            except sync.ServerError as refusal:  # said under the form, by the input to fix
                return refusal

        self.runner.run(job)

    def _working(self, working: bool) -> None:
        for widget in (self.connect_button, self.buttons):
            widget.setEnabled(not working)

    def _on_runner_finished(self, result: object) -> None:
        self._working(False)
        if isinstance(result, sync.ServerError):
            wrong = result.trouble == "password"
            self.show_error(str(result), "password" if wrong else "server_url")
        elif isinstance(result, sync.Choices):
            self._connected(result)
        elif isinstance(result, dict):  # the collections made: save with them
            self._made(result)

    def _connected(self, found: sync.Choices) -> None:
        self.choices = found
        server, user, password = self._address()
        self.passwords.keep(server, user, password)
        current = self.account
        self._fill(self.calendar, found.calendars, current.calendar_url if current else None)
        self._fill(
            self.address_book, found.address_books, current.address_book_url if current else None
        )
        self._show_tasks()
        calendars = self.tr("%n calendar(s)", "", len(found.calendars))
        books = self.tr("%n address book(s)", "", len(found.address_books))
        self.found.setText(
            translate("AccountsDialog", "Connected: %1 and %2.")
            .replace("%1", calendars)
            .replace("%2", books)
        )
        self.calendar.setFocus()

    def _on_runner_failed(self, message: str) -> None:
        self._working(False)
        self.show_error(message, "server_url")

    def _on_runner_cancelled(self) -> None:
        self._working(False)
        self.show_error(translate("AccountsDialog", "Stopped: nothing was changed."))

    def _on_address_edited(self) -> None:
        """Another server or user: what was found belongs to the old one."""
        if self.choices is not None:
            self.choices = None
            self.found.clear()
            self._fill(self.calendar, (), None)
            self._fill(self.address_book, (), None)
            self._show_tasks()

    def _to_make(self) -> dict[str, str]:
        """The kinds of collection to make before saving, with the home to make them in."""
        homes = {}
        if self.choices is not None:
            if self.calendar.currentData() == NEW:
                homes[webdav.CALENDAR] = self.choices.calendar_home
            if self.address_book.currentData() == NEW:
                homes[webdav.ADDRESS_BOOK] = self.choices.address_book_home
        return homes

    def _on_buttons_accepted(self) -> None:
        """Save; first make the "InfoView" calendar or address book chosen (in a worker)."""
        homes = self._to_make()
        if not homes:
            super()._on_buttons_accepted()
            return
        try:
            server, user, password = self._address()
        except ValidationError as refusal:
            self.show_error(str(refusal), refusal.field)
            return

        def job(_report: Report) -> dict[str, webdav.Collection]:
            return {
                kind: sync.make_collection(
                    server_url=server, user_name=user, password=password, home=home, kind=kind
                )
                for kind, home in homes.items()
            }

        self.show_error("")
        self._working(True)
        self.work.start(translate("AccountsDialog", "Making the calendar and address book…"))
        self.runner.run(job)

    def _made(self, made: dict[str, webdav.Collection]) -> None:
        assert self.choices is not None
        found = self.choices
        self.choices = sync.Choices(
            (*found.calendars, *[c for k, c in made.items() if k == webdav.CALENDAR]),
            (*found.address_books, *[c for k, c in made.items() if k == webdav.ADDRESS_BOOK]),
            found.calendar_home,
            found.address_book_home,
        )
        for kind, combo in (
            (webdav.CALENDAR, self.calendar),
            (webdav.ADDRESS_BOOK, self.address_book),
        ):
            if kind in made:
                listed = (
                    self.choices.calendars if combo is self.calendar else self.choices.address_books
                )
                self._fill(combo, listed, made[kind].href)
        super()._on_buttons_accepted()

    def details(self) -> sync.Account:
        """Return the account as the form holds it."""
        scope = str(self.scope.currentData())
        calendar = str(self.calendar.currentData() or "")
        book = str(self.address_book.currentData() or "")
        return sync.Account(
            self.server.text().strip(),
            self.user.text().strip(),
            calendar_url="" if calendar == NEW else calendar,
            address_book_url="" if book == NEW else book,
            calendar_tasks=self.tasks.isEnabled() and self.tasks.isChecked(),
            contacts=scope,
            field_id=self.field.currentData() if scope == "field" else None,
            tag_id=self.tag.currentData() if scope == "tag" else None,
            interval_min=self.interval.value(),
        )

    def save(self) -> None:
        """Save the account (never the password: that stays in memory)."""
        details = self.details()
        if not details.calendar_url and not details.address_book_url:
            raise ValidationError(
                "server_url",
                translate(
                    "AccountsDialog",
                    "Connect, then choose a calendar or an address book to sync with.",
                ),
            )
        sync.save_account(details=details)
        typed = self.password.text()
        if typed:
            self.passwords.keep(details.server_url, details.user_name, typed)

    def _on_remove_button_clicked(self) -> None:
        box = plain_message_box(
            self,
            translate("AccountsDialog", "Remove account"),
            translate("AccountsDialog", "Stop syncing with this account?"),
            translate(
                "AccountsDialog",
                "%1 forgets the account. Nothing is deleted: your contacts and interviews stay "
                "here, and the calendar and address book stay on the server.",
            ).replace("%1", APP_NAME),
        )
        box.setIcon(QMessageBox.Icon.Question)
        remove = box.addButton(
            translate("AccountsDialog", "Remove account"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not remove:
            return
        events = events_of(self)
        if events is not None and run_action(
            events,
            sync.remove_account,
            saved=translate("AccountsDialog", "Account removed"),
            refused=self.show_error,
        ):
            self.passwords.forget()
            self.accept()

    def _on_waiting_button_clicked(self) -> None:
        self.conflicts_requested.emit()

    def done(self, result: int) -> None:
        """Stop a connection in progress, and wait for it, as the dialog goes."""
        self.runner.wait()
        super().done(result)
