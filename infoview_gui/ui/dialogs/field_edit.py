"""Editing a career field: its name, its research notes saved as typed, links, lines to verify."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QHideEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from infoview_gui.domain.errors import DomainError, NotFoundError
from infoview_gui.domain.links import is_safe_link
from infoview_gui.domain.research import URL_MAX, link_text
from infoview_gui.services.fields import (
    NAME_MAX,
    add_link,
    remove_link,
    remove_research_items,
    rename_field,
    save_research_notes,
    set_verify,
)
from infoview_gui.store.field_queries import field_links, field_notes, research_items
from infoview_gui.ui.dialogs.form import FormDialog, line_edit
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.save_status import pending_edits, plain_message_box
from infoview_gui.ui.text_roles import TextRole
from infoview_gui.ui.widgets.flow_layout import FlowLayout
from infoview_gui.ui.widgets.labels import heading_label
from infoview_gui.ui.widgets.typed_notes import TypedNotes

translate = QCoreApplication.translate


def literal_title(text: str) -> str:
    """Return a window title that shows ``text`` as typed: Qt hides a lone ``[*]``."""
    return text.replace("[*]", "[*][*]")


class RenameFieldDialog(FormDialog):
    """Give a career field another name."""

    def __init__(self, field_id: int, name: str, parent: QWidget | None = None) -> None:
        title = translate("RenameFieldDialog", "Rename career field “%1”").replace("%1", name)
        rename = translate("RenameFieldDialog", "Rename")
        super().__init__(literal_title(title), parent, ok_text=rename)
        self.field_id = field_id
        self.name = line_edit(name, limit=NAME_MAX)
        self.name.selectAll()
        self.add_row("name", translate("RenameFieldDialog", "New name"), self.name)

    def save(self) -> None:
        """Rename the field."""
        rename_field(field_id=self.field_id, name=self.name.text())


class LinkDialog(FormDialog):
    """Keep a web page found while researching a field."""

    def __init__(self, field_id: int, field_name: str, parent: QWidget | None = None) -> None:
        title = translate("LinkDialog", "Add a link to “%1”").replace("%1", field_name)
        super().__init__(literal_title(title), parent, ok_text=translate("LinkDialog", "Add"))
        self.field_id = field_id
        # An example of a page to keep: a careers site of the user's country.
        example = translate("LinkDialog", "https://www.bls.gov/ooh/…")
        self.url = line_edit(placeholder=example, limit=URL_MAX)
        self.page_title = line_edit(
            placeholder=translate("LinkDialog", "Optional: what the page is about")
        )
        self.add_row("url", translate("LinkDialog", "Address"), self.url)
        self.add_row("title", translate("LinkDialog", "Title"), self.page_title)
        self.created_id: int | None = None

    def save(self) -> None:
        """Add the link."""
        self.created_id = add_link(
            field_id=self.field_id, url=self.url.text(), title=self.page_title.text()
        )


class NotesEditor(TypedNotes):
    """A field's research notes, saved as typed.

    A pause of ``SAVE_DELAY_MS`` in typing saves; so do leaving the editor, hiding it and
    loading another field, so that nothing typed is lost. Each save says "Saved" through
    ``events.saved``; a refusal (notes too long) says why and keeps the text to retry.
    """

    def __init__(self, events: AppEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.events = events
        self._field_id: int | None = None
        self.setAccessibleName(translate("NotesEditor", "Research notes"))
        self.setPlaceholderText(
            translate(
                "NotesEditor",
                "What the work is, the pay, the path in, what you read and where…\n"
                "One idea a line: select the lines only an insider can answer and mark "
                "them to verify in an interview.",
            )
        )
        self.setEnabled(False)
        what = translate("NotesEditor", "Your research notes")
        pending_edits(events).register(self, self.flush, what=what)

    @property
    def field_id(self) -> int | None:
        """The field whose notes are shown, if any."""
        return self._field_id

    def load(self, field_id: int | None) -> None:
        """Save what is pending, then show the stored notes of ``field_id``."""
        self.flush()
        if self._dirty and field_id == self._field_id:
            return  # the last save was refused: keep the text for the user to fix
        text = None if field_id is None else field_notes(field_id)
        loaded = None if text is None else field_id
        if loaded != self._field_id or text != self.toPlainText():
            self.show_text(text or "")
        self._field_id = loaded
        self.setEnabled(loaded is not None)

    def can_save(self) -> bool:
        """Whether a field's notes are shown."""
        return self._field_id is not None

    def flush(self) -> bool:
        """Save the notes now if they changed since the last save; False if refused."""
        self._timer.stop()
        if not self._dirty or self._field_id is None:
            return True
        try:
            save_research_notes(field_id=self._field_id, text=self.toPlainText())
        except NotFoundError:
            self._dirty = False  # the field was deleted: nothing to save into
            return True
        except DomainError as exc:
            self.events.saved.emit(str(exc))
            return False
        self._dirty = False
        self.events.publish(origin=self)  # shown here already; Home and the guide follow
        self.events.saved.emit(translate("NotesEditor", "Saved"))
        return True

    def chosen_text(self) -> str:
        """Return the selected text, or the line the cursor is on."""
        cursor = self.textCursor()
        if cursor.hasSelection():
            return cursor.selectedText().replace("\u2029", "\n").replace("\u2028", "\n")
        return cursor.block().text()

    def hideEvent(self, event: QHideEvent) -> None:
        """Save when the view goes away (another view, or the window closing)."""
        self.flush()
        super().hideEvent(event)


def open_url(url: str, parent: QWidget | None = None) -> None:
    """Open a web page in the user's browser; any other kind of link is refused in words."""
    if is_safe_link(url, ("http", "https")):
        QDesktopServices.openUrl(QUrl(url))
        return
    plain_message_box(
        parent,
        translate("LinksBox", "Link not opened"),
        translate(
            "LinksBox",
            "InfoView opens only web pages (http:// or https://), so this link was not "
            "opened. Remove it, and add the page's web address instead.",
        ),
    ).exec()


def _box(heading: str, list_widget: QListWidget, *buttons: QPushButton) -> QVBoxLayout:
    layout = QVBoxLayout()
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(heading_label(heading, role=TextRole.SECTION))
    list_widget.setAccessibleName(heading)
    list_widget.setSpacing(2)
    layout.addWidget(list_widget, 1)
    row = FlowLayout()  # the buttons wrap when the column is narrow (German's are long)
    for button in buttons:
        row.addWidget(button)
    layout.addLayout(row)
    return layout


class LinksBox(QWidget):
    """A field's links: add, open (double-click, Enter, or Open), remove.

    Signals:
        links_changed: a link was added or removed.
    """

    links_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._field: tuple[int, str] | None = None
        self.list = QListWidget()
        self.list.setWordWrap(True)  # long addresses wrap instead of scrolling sideways
        self.add_button = QPushButton(translate("LinksBox", "Add link…"))
        self.open_button = QPushButton(translate("LinksBox", "Open"))
        self.remove_button = QPushButton(translate("LinksBox", "Remove"))
        buttons = (self.add_button, self.open_button, self.remove_button)
        self.setLayout(_box(translate("LinksBox", "Links"), self.list, *buttons))
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.list.itemActivated.connect(self._on_list_item_activated)
        self.list.currentRowChanged.connect(self._update_buttons)

    def show_field(self, field_id: int | None, name: str = "") -> None:
        """List the links of a field (none when ``field_id`` is None)."""
        self._field = None if field_id is None else (field_id, name)
        self.list.clear()
        for link in [] if field_id is None else field_links(field_id):
            item = QListWidgetItem(link_text(link.url, link.title))
            item.setData(Qt.ItemDataRole.UserRole, link.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, link.url)
            self.list.addItem(item)
        self.add_button.setEnabled(field_id is not None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.list.currentItem() is not None
        self.open_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _on_add_button_clicked(self) -> None:
        if self._field is None:
            return
        dialog = LinkDialog(*self._field, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.show_field(*self._field)
            self.list.setCurrentRow(self.list.count() - 1)
            self.links_changed.emit()

    def _on_open_button_clicked(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            open_url(str(item.data(Qt.ItemDataRole.UserRole + 1)), self)

    def _on_list_item_activated(self, item: QListWidgetItem) -> None:
        open_url(str(item.data(Qt.ItemDataRole.UserRole + 1)), self)

    def _on_remove_button_clicked(self) -> None:
        item = self.list.currentItem()
        if item is None or self._field is None:
            return
        remove_link(link_id=int(item.data(Qt.ItemDataRole.UserRole)))
        self.show_field(*self._field)
        self.links_changed.emit()


class VerifyBox(QWidget):
    """The lines of research to verify in an interview: tick, untick, remove.

    Signals:
        items_changed: a line was added, ticked, unticked or removed.
    """

    items_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._field_id: int | None = None
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.remove_button = QPushButton(translate("VerifyBox", "Remove"))
        heading = translate("VerifyBox", "To verify in an interview")
        self.setLayout(_box(heading, self.list, self.remove_button))
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.list.itemChanged.connect(self._on_list_item_changed)
        self.list.itemSelectionChanged.connect(self._update_buttons)

    def show_field(self, field_id: int | None) -> None:
        """List the research lines of a field, ticked when still to verify."""
        self._field_id = field_id
        self.list.blockSignals(True)
        self.list.clear()
        for row in [] if field_id is None else research_items(field_id):
            item = QListWidgetItem(row.text)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = Qt.CheckState.Checked if row.verify else Qt.CheckState.Unchecked
            item.setCheckState(checked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.list.selectedItems()))

    def _on_list_item_changed(self, item: QListWidgetItem) -> None:
        verify = item.checkState() == Qt.CheckState.Checked
        set_verify(item_id=int(item.data(Qt.ItemDataRole.UserRole)), verify=verify)
        self.items_changed.emit()

    def _on_remove_button_clicked(self) -> None:
        chosen = [int(i.data(Qt.ItemDataRole.UserRole)) for i in self.list.selectedItems()]
        remove_research_items(item_ids=chosen)
        self.show_field(self._field_id)
        self.items_changed.emit()
