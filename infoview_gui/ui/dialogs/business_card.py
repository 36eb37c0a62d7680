"""After the meeting: type in the business card, choose what updates the contact, add a photo."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from infoview_gui.domain.business_card import (
    CARD_FIELDS,
    CardData,
    Difference,
    contact_value,
    differences,
)
from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.errors import ValidationError
from infoview_gui.domain.os_errors import advice, reason
from infoview_gui.services import cards
from infoview_gui.services.contacts import load_contact
from infoview_gui.ui.card_image import read_card_image
from infoview_gui.ui.dialogs.field_edit import literal_title
from infoview_gui.ui.dialogs.form import FormDialog, line_edit
from infoview_gui.ui.text_roles import TextRole, apply_role
from infoview_gui.ui.widgets.card_thumbnail import CardThumbnail
from infoview_gui.ui.widgets.labels import heading_label, plain_label

FilePicker = Callable[[QWidget], str]

translate = QCoreApplication.translate

_LABELS = {  # in US English: _label() translates
    "name": str(QT_TRANSLATE_NOOP("BusinessCardDialog", "Name")),
    "title": str(QT_TRANSLATE_NOOP("BusinessCardDialog", "Job title")),
    "organisation": str(QT_TRANSLATE_NOOP("BusinessCardDialog", "Organization")),
    "email": str(QT_TRANSLATE_NOOP("BusinessCardDialog", "Email")),
    "phone": str(QT_TRANSLATE_NOOP("BusinessCardDialog", "Phone")),
    "address": str(QT_TRANSLATE_NOOP("BusinessCardDialog", "Address")),
    "website": str(QT_TRANSLATE_NOOP("BusinessCardDialog", "Website")),
}
# Contact details a refusal may name, and the card input that sets them.
_ALIASES = {
    "first_name": "name",
    "last_name": "name",
    "location": "address",
    "profile_url": "website",
}


def _label(field: str) -> str:
    """Return the name of a card's detail in the user's language."""
    return translate("BusinessCardDialog", _LABELS[field])


def pick_image_file(parent: QWidget) -> str:
    """Ask for a photo or scan of a card; return its path, or "" when cancelled."""
    images = translate("BusinessCardDialog", "Images (%1)").replace("%1", "*.png *.jpg *.jpeg")
    every = translate("BusinessCardDialog", "All files (%1)").replace("%1", "*")
    path, _ = QFileDialog.getOpenFileName(
        parent,
        translate("BusinessCardDialog", "Choose a photo or scan of the card"),
        str(Path.home()),
        f"{images};;{every}",
    )
    return path


class DifferenceRow:
    """One detail the card could update: a tick box, the card's value, the stored one."""

    def __init__(self, field: str) -> None:
        self.field = field
        self.choose = QCheckBox(_label(field))
        self.card_value = plain_label()
        self.contact_value = plain_label()
        self.contact_value.setObjectName("storedValue")

    def show_difference(self, difference: Difference | None, chosen: bool) -> None:
        """Show the difference (ticked when ``chosen``), or hide the row when there is none."""
        visible = difference is not None
        for widget in (self.choose, self.card_value, self.contact_value):
            widget.setVisible(visible)
        if difference is None:
            return
        self.choose.setText(difference.label)
        self.choose.setChecked(chosen)
        self.card_value.setText(difference.card_value)
        self.contact_value.setText(
            difference.contact_value or translate("BusinessCardDialog", "(nothing stored)")
        )


class BusinessCardDialog(FormDialog):
    """The card's details, what differs from the contact side by side, and its photo.

    Saving keeps the card on the contact, copies the ticked details onto it and keeps the
    photo, in one transaction (the photo's file is written first and removed on failure).
    """

    def __init__(
        self,
        contact_id: int,
        parent: QWidget | None = None,
        *,
        cards_dir: Path | None = None,
        pick_file: FilePicker = pick_image_file,
    ) -> None:
        self.contact = load_contact(contact_id)
        title = translate("BusinessCardDialog", "Business card of %1")
        title = title.replace("%1", _name(self.contact))
        save = translate("BusinessCardDialog", "Save")
        super().__init__(literal_title(title), parent, ok_text=save)
        self.contact_id = contact_id
        self.cards_dir = cards_dir or cards.cards_dir_of_store()
        self.pick_file = pick_file
        self.new_image: bytes | None = None
        self.remove_image = False
        self._chosen: dict[str, bool] = {}
        self.edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.rows = {name: DifferenceRow(name) for name in CARD_FIELDS}
        self._build()
        self._fill(cards.load_card(contact_id))
        self._connect_signals()
        self.refresh_differences()

    def _build(self) -> None:
        self.setMinimumWidth(720)
        intro = plain_label(
            self.tr(
                "Type in what the card says. The contact's details are shown grayed in each box."
            )
        )
        heading = self.tr("Card of %1").replace("%1", _name(self.contact))
        self.content.insertWidget(0, heading_label(heading))
        self.content.insertWidget(1, intro)
        for name in CARD_FIELDS:
            edit = self._make_edit(name)
            self.edits[name] = edit
            self.add_row(name, _label(name), edit)
        for alias, name in _ALIASES.items():
            self.inputs[alias] = self.edits[name]
        self.thumbnail = CardThumbnail()
        self.choose_image = QPushButton(self.tr("Choose a &photo or scan…"))
        self.choose_image.setToolTip(self.tr("A PNG or JPEG of the card"))
        self.remove_image_button = QPushButton(self.tr("&Remove photo"))
        self.inputs["card_image"] = self.choose_image
        side = QVBoxLayout()
        side.addWidget(self.thumbnail)
        side.addWidget(self.choose_image)
        side.addWidget(self.remove_image_button)
        side.addStretch(1)
        top = QHBoxLayout()
        form_index = self.content.indexOf(self.form)
        self.content.removeItem(self.form)
        top.addLayout(self.form, 1)
        top.addSpacing(16)
        top.addLayout(side)
        self.content.insertLayout(form_index, top)
        self.content.insertWidget(form_index + 1, self._differences_box())
        self._show_stored_image()

    def _make_edit(self, name: str) -> QLineEdit | QPlainTextEdit:
        stored = contact_value(self.contact, name)
        if name == "address":
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setPlaceholderText(stored)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 14)
            return edit
        limit = 40 if name == "phone" else 500 if name == "website" else 200
        return line_edit(placeholder=stored, limit=limit)

    def _differences_box(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addWidget(heading_label(self.tr("Update the contact?"), role=TextRole.SECTION))
        self.matches = plain_label(
            self.tr("The card matches the stored contact: nothing to update.")
        )
        layout.addWidget(self.matches)
        self.grid = QGridLayout()
        headers = (self.tr("Update"), self.tr("On the card"), self.tr("Stored now"))
        self.grid_headers = [plain_label(text) for text in headers]
        for column, header in enumerate(self.grid_headers):
            header.setObjectName("columnHeader")
            apply_role(header, TextRole.SECTION)
            self.grid.addWidget(header, 0, column)
        for row, difference_row in enumerate(self.rows.values(), start=1):
            self.grid.addWidget(difference_row.choose, row, 0)
            self.grid.addWidget(difference_row.card_value, row, 1)
            self.grid.addWidget(difference_row.contact_value, row, 2)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        layout.addLayout(self.grid)
        return box

    def _connect_signals(self) -> None:
        for edit in self.edits.values():
            edit.textChanged.connect(self.refresh_differences)
        for name, row in self.rows.items():
            row.choose.toggled.connect(partial(self._on_row_choose_toggled, name))
        self.choose_image.clicked.connect(self._on_choose_image_clicked)
        self.remove_image_button.clicked.connect(self._on_remove_image_button_clicked)

    def _fill(self, card: CardData) -> None:
        for name, edit in self.edits.items():
            value = str(getattr(card, name))
            if isinstance(edit, QPlainTextEdit):
                edit.setPlainText(value)
            else:
                edit.setText(value)

    def card(self) -> CardData:
        """Return the card as typed."""
        values = {
            name: edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
            for name, edit in self.edits.items()
        }
        return CardData(**values)

    def differences(self) -> list[Difference]:
        """Return what the typed card would change on the contact."""
        return differences(self.card(), self.contact)

    def chosen_fields(self) -> list[str]:
        """Return the details shown as different and ticked to update."""
        shown = {difference.field for difference in self.differences()}
        return [name for name in CARD_FIELDS if name in shown and self._chosen.get(name)]

    def refresh_differences(self) -> None:
        """Show, side by side, each detail that differs; keep the user's ticks."""
        found = {difference.field: difference for difference in self.differences()}
        for name, row in self.rows.items():
            difference = found.get(name)
            if difference is not None and name not in self._chosen:
                # Fill in what is missing by default; overwrite only when asked to.
                self._chosen[name] = not difference.contact_value
            row.choose.blockSignals(True)
            row.show_difference(difference, self._chosen.get(name, False))
            row.choose.blockSignals(False)
        for header in self.grid_headers:
            header.setVisible(bool(found))
        self.matches.setVisible(not found)

    def save(self) -> None:
        """Keep the card, the chosen details and the photo, all or nothing."""
        try:
            cards.update_card(
                contact_id=self.contact_id,
                card=self.card(),
                fields=self.chosen_fields(),
                cards_dir=self.cards_dir,
                image=self.new_image,
                remove_image=self.remove_image,
            )
        except OSError as error:
            message = self.tr("The photo could not be kept, so nothing was saved: %1. %2")
            message = message.replace("%1", reason(error)).replace("%2", advice(error))
            raise ValidationError("card_image", message) from error
        self.new_image = None
        self.remove_image = False

    def _show_stored_image(self) -> None:
        path = cards.card_image_path(self.contact_id, self.cards_dir)
        self.thumbnail.set_path(path)
        self.remove_image_button.setEnabled(path is not None)

    def _on_row_choose_toggled(self, name: str, checked: bool) -> None:
        self._chosen[name] = checked

    def _on_choose_image_clicked(self) -> None:
        path = self.pick_file(self)
        if not path:
            return
        try:
            image = read_card_image(path)
        except ValidationError as error:
            self.show_error(str(error), error.field)
            return
        self.error.hide()
        self.new_image = image.data
        self.remove_image = False
        self.thumbnail.set_data(image.data)
        self.remove_image_button.setEnabled(True)

    def _on_remove_image_button_clicked(self) -> None:
        self.new_image = None
        self.remove_image = True
        self.thumbnail.clear_image()
        self.remove_image_button.setEnabled(False)


def _name(contact: ContactData) -> str:
    return contact.name or contact.email or translate("BusinessCardDialog", "this contact")
