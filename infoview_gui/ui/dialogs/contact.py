"""Add or edit a contact: every detail, who introduced them, and their scores."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.contact_points import PointKind, points_of, with_points
from infoview_gui.domain.enums import Source
from infoview_gui.domain.errors import DomainError
from infoview_gui.services import contacts, ranking
from infoview_gui.services.contacts import Duplicate
from infoview_gui.store.queries import field_choices
from infoview_gui.ui.accessibility import labelled
from infoview_gui.ui.dialogs.form import FormDialog, line_edit
from infoview_gui.ui.timeline_actions import attach_timeline
from infoview_gui.ui.widgets.choices import enum_combo, record_combo
from infoview_gui.ui.widgets.contact_picker import ContactPicker
from infoview_gui.ui.widgets.contact_timeline import ContactTimeline
from infoview_gui.ui.widgets.keep_touch_choice import KeepTouchChoice
from infoview_gui.ui.widgets.labels import plain_label
from infoview_gui.ui.widgets.point_rows import PointRows
from infoview_gui.ui.widgets.tag_chips import TagChips

NOTES_LIMIT = 100_000


class DuplicatePanel(QWidget):
    """Says which saved contact this one looks like, and offers to open it instead.

    Signals:
        open_requested(int): the user wants the existing contact.
    """

    open_requested = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.message = plain_label()
        self.message.setObjectName("formError")
        self.open_button = QPushButton()
        self.save_anyway = QPushButton(self.tr("Save as a new contact anyway"))
        self._existing: int | None = None
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.save_anyway)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.hide()

    def show_duplicates(self, found: list[Duplicate]) -> None:
        """Describe the first likely duplicate (and how many more)."""
        first = found[0]
        if len(found) > 1:
            text = self.tr(
                "This looks like %1 (and %Ln more), already saved: %2.", "", len(found) - 1
            )
        else:
            text = self.tr("This looks like %1, already saved: %2.")
        self.message.setText(text.replace("%1", first.name).replace("%2", first.reason))
        self.open_button.setText(self.tr("Open %1").replace("%1", first.name.replace("&", "&&")))
        self._existing = first.contact_id
        self.show()

    def _on_open_button_clicked(self) -> None:
        if self._existing is not None:
            self.open_requested.emit(self._existing)


class ContactDialog(FormDialog):
    """The whole contact: details, source, introducer, field, notes, scores.

    Signals:
        open_existing_requested(int): the user chose to open a likely duplicate instead.
    """

    open_existing_requested = Signal(int)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        contact_id: int | None = None,
        field_id: int | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        if contact_id is None and field_id is None:
            field_id = _only_field()  # one field: a new contact is surely for it
        data = contacts.load_contact(contact_id) if contact_id else ContactData(field_id=field_id)
        translate = QCoreApplication.translate
        if contact_id:
            title = translate("ContactDialog", "Contact: %1").replace("%1", data.name or data.email)
            ok_text = translate("ContactDialog", "Save")
        else:
            title, ok_text = (
                translate("ContactDialog", "Add a contact"),
                translate("ContactDialog", "Add"),
            )
        super().__init__(title, parent, ok_text=ok_text)
        self.contact_id = contact_id
        self._today = today
        self.keep_touch: KeepTouchChoice | None = None
        self.timeline: ContactTimeline | None = None
        self.created_id: int | None = None
        self._confirmed_new = False
        self._score_boxes: dict[int, QSpinBox] = {}
        self._build(data)
        self.duplicates = DuplicatePanel()
        self.body.insertWidget(self.body.count() - 1, self.duplicates)
        self.duplicates.open_requested.connect(self._on_duplicates_open_requested)
        self.duplicates.save_anyway.clicked.connect(self._on_save_anyway_clicked)
        self.field.currentIndexChanged.connect(self._on_field_current_index_changed)
        self._show_scores()
        if contact_id is not None:
            self._add_card_row(contact_id)
            self._add_introductions_row(contact_id)
            self._add_keep_touch_row(contact_id)
            self.timeline = attach_timeline(self, contact_id)
        # Wide enough for an email row with its label, primary and remove choices.
        self.setMinimumWidth(max(self.minimumWidth(), self.minimumSizeHint().width()))

    def _build(self, data: ContactData) -> None:
        self.first_name = line_edit(data.first_name)
        self.last_name = line_edit(data.last_name)
        self.title = line_edit(data.title, placeholder=self.tr("Job title"))
        self.organisation = line_edit(data.organisation)
        self.location = line_edit(data.location, placeholder=self.tr("City, region or country"))
        self.uid = data.uid
        self.emails = PointRows(PointKind.EMAIL, points_of(data, PointKind.EMAIL))
        self.phones = PointRows(PointKind.PHONE, points_of(data, PointKind.PHONE))
        self.web = PointRows(PointKind.WEB, points_of(data, PointKind.WEB))
        self.field = record_combo(
            field_choices(), none_text=self.tr("No field yet"), current=data.field_id
        )
        self.source = enum_combo(Source, data.source.value)
        self.introduced_by = ContactPicker(
            exclude_id=self.contact_id,
            contact_id=data.introduced_by_id,
            text=data.introduced_by_text,
        )
        self.tags = _tag_chips(self.contact_id)
        self.notes = QPlainTextEdit(data.notes)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(90)
        rows = (
            ("first_name", self.tr("First name"), self.first_name),
            ("last_name", self.tr("Last name"), self.last_name),
            ("title", self.tr("Job title"), self.title),
            ("organisation", self.tr("Organization"), self.organisation),
            ("location", self.tr("Location"), self.location),
            ("email", self.tr("Email"), self.emails),
            ("phone", self.tr("Phone"), self.phones),
            ("profile_url", self.tr("Profile page"), self.web),
            ("field_id", self.tr("Career field"), self.field),
            ("source", self.tr("Where I found them"), self.source),
            ("introduced_by_id", self.tr("Introduced by"), self.introduced_by),
            ("tag", self.tr("Tags"), self.tags),
            ("notes", self.tr("Notes"), self.notes),
        )
        for name, label, widget in rows:
            self.add_row(name, label, widget)
        self.inputs["introduced_by_text"] = self.introduced_by
        for editor in self._point_editors():
            self.inputs[f"{editor.kind.value}_points"] = editor
        self.scores_box = QGroupBox(
            self.tr("How well they fit (0-5 on each of the field's criteria)")
        )
        self.scores_form = QFormLayout(self.scores_box)
        self.form.addRow(self.scores_box)

    def _show_scores(self) -> None:
        while self.scores_form.rowCount():
            self.scores_form.removeRow(0)
        self._score_boxes.clear()
        field_id = self.field.currentData()
        stored = self._stored_scores()
        for criterion_id, name, weight in ranking.criteria(field_id) if field_id else []:
            box = QSpinBox()
            box.setRange(-1, 5)
            box.setSpecialValueText("–")
            box.setValue(stored.get(criterion_id, -1))
            box.setToolTip(self.tr("Weight %1 of 5").replace("%1", str(weight)))
            self._score_boxes[criterion_id] = box
            self.scores_form.addRow(labelled(name, box, wrap=True), box)
        self.scores_box.setVisible(bool(self._score_boxes))

    def _add_introductions_row(self, contact_id: int) -> None:
        """Say who introduced them (a referral?) and whom they introduced, if anyone."""
        from infoview_gui.services.referrals import introductions

        said = introductions(contact_id=contact_id).sentence()
        if said:
            self.form.insertRow(self.form.rowCount() - 1, self.tr("Referrals"), plain_label(said))

    def _add_keep_touch_row(self, contact_id: int) -> None:
        """Keep in touch every N weeks or months: saved with the contact."""
        from infoview_gui.services.keep_touch import keep_touch_of

        self.keep_touch = KeepTouchChoice(keep_touch_of(contact_id=contact_id, today=self._today()))
        self.form.insertRow(self.form.rowCount() - 1, self.tr("Keeping in touch"), self.keep_touch)

    def _add_card_row(self, contact_id: int) -> None:
        from infoview_gui.services import cards
        from infoview_gui.ui.widgets.card_thumbnail import CardThumbnail

        self.card = CardThumbnail()
        self.card.set_path(cards.card_image_path(contact_id, cards.cards_dir_of_store()))
        self.card_button = QPushButton(self.tr("Business card…"))
        self.card_button.clicked.connect(self._on_card_button_clicked)
        row = QHBoxLayout()
        row.addWidget(self.card)
        row.addWidget(self.card_button)
        row.addStretch(1)
        self.form.addRow(self.tr("Business card"), row)

    def _on_card_button_clicked(self) -> None:
        from infoview_gui.services import cards
        from infoview_gui.ui.dialogs.business_card import BusinessCardDialog

        assert self.contact_id is not None
        if BusinessCardDialog(self.contact_id, self).exec():
            updated = contacts.load_contact(self.contact_id)
            for name, widget in (
                ("title", self.title),
                ("organisation", self.organisation),
                ("location", self.location),
            ):
                widget.setText(getattr(updated, name))
            for editor in self._point_editors():
                editor.set_points(points_of(updated, editor.kind))
            self.card.set_path(cards.card_image_path(self.contact_id, cards.cards_dir_of_store()))

    def _stored_scores(self) -> dict[int, int]:
        if self.contact_id is None:
            return {}
        from infoview_gui.store.contact_table import criterion_scores

        return {k: s for (_, k), s in criterion_scores([self.contact_id]).items()}

    @property
    def email(self) -> QLineEdit:
        """The input of the primary email."""
        return self.emails.primary_row().edit

    @property
    def phone(self) -> QLineEdit:
        """The input of the primary phone."""
        return self.phones.primary_row().edit

    @property
    def profile_url(self) -> QLineEdit:
        """The input of the primary web address."""
        return self.web.primary_row().edit

    def _point_editors(self) -> tuple[PointRows, ...]:
        return (self.emails, self.phones, self.web)

    def contact(self) -> ContactData:
        """Return what the form holds now."""
        details = ContactData(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            title=self.title.text(),
            organisation=self.organisation.text(),
            location=self.location.text(),
            source=Source(self.source.currentData()),
            introduced_by_text=self.introduced_by.free_text(),
            introduced_by_id=self.introduced_by.contact_id,
            field_id=self.field.currentData(),
            notes=self.notes.toPlainText()[: NOTES_LIMIT + 1],
            uid=self.uid,
        )
        points = [point for editor in self._point_editors() for point in editor.points()]
        return with_points(details, points)

    def show_error(self, message: str, field: str = "") -> None:
        """Say what is wrong, with the cursor in the row of the email, phone or address."""
        super().show_error(message, field)
        editor = self.inputs.get(field)
        if isinstance(editor, PointRows):
            if field.endswith("_points"):
                editor.focus_further()
            else:
                editor.focus_primary()

    def save(self) -> None:
        """Check for a likely duplicate, then save the contact, scores and tags, all or nothing."""
        from infoview_gui.services.tags import save_with_tags

        names = self.tags.all_names()  # a tag typed but not yet added is kept too
        saved = save_with_tags(save=self._save_contact, names=names)
        if self.contact_id is None:
            self.created_id = saved

    def _save_contact(self) -> int:
        """Save the details, scores and keeping in touch; return the contact's id."""
        data = self.contact()
        if self.contact_id is None and not self._confirmed_new:
            from infoview_gui.domain.contact import validated

            found = contacts.find_duplicates(validated(data))
            if found:
                self.duplicates.show_duplicates(found)
                raise DomainError(
                    self.tr("Open the saved contact, or save this one as a new contact.")
                )
        scores = {
            criterion_id: None if box.value() < 0 else box.value()
            for criterion_id, box in self._score_boxes.items()
        }
        if self.contact_id is not None and self.keep_touch and self.keep_touch.changed():
            from infoview_gui.services.keep_touch import save_contact_keeping_touch

            saved = save_contact_keeping_touch(
                contact_id=self.contact_id,
                contact=data,
                scores=scores,
                cadence=self.keep_touch.cadence(),
                today=self._today(),
            )
        else:
            saved = contacts.save_contact(contact_id=self.contact_id, contact=data, scores=scores)
        return saved

    def _on_save_anyway_clicked(self) -> None:
        self._confirmed_new = True
        self._on_buttons_accepted()

    def _on_duplicates_open_requested(self, contact_id: int) -> None:
        self.open_existing_requested.emit(contact_id)
        self.reject()

    def _on_field_current_index_changed(self, _index: int) -> None:
        self._show_scores()


def _tag_chips(contact_id: int | None) -> TagChips:
    """Return the chips of a contact's tags, completing from every tag in use."""
    from infoview_gui.services import tags

    names = tags.tags_of(contact_id=contact_id) if contact_id is not None else []
    return TagChips(names, [name for _tag_id, name in tags.tag_choices()])


def _only_field() -> int | None:
    """Return the id of the user's one career field, or None with none or several."""
    choices = field_choices()
    return int(choices[0][0]) if len(choices) == 1 else None
