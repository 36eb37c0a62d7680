"""Search everything (Ctrl+K): one box that finds anything the user wrote, as they type.

Each keystroke runs the search at once (a page costs a few milliseconds at 100,000
contacts: ``tests/bench/search.py``). A result shows what it is and the match in its
context, the matching words in bold: user text is escaped HTML, never markup. Enter or a
double-click opens the result where it lives; "Show more" fetches the next 50.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPainter, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from infoview_gui.domain.errors import UserError
from infoview_gui.domain.search_text import Hit
from infoview_gui.services.search import PAGE, search_everything
from infoview_gui.ui.accessibility import show_message
from infoview_gui.ui.widgets.labels import plain_label

HitRole = Qt.ItemDataRole.UserRole + 1
HtmlRole = Qt.ItemDataRole.UserRole + 2


class HitDelegate(QStyledItemDelegate):
    """Draws a result as two lines of rich text: what it is, then the match in context."""

    def _document(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(str(index.data(HtmlRole)))
        document.setTextWidth(max(100, option.rect.width() - 12))
        return document

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Draw the selection as the style does, then the text in the right colours."""
        self.initStyleOption(option, index)
        text = option.text
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        option.text = text
        document = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        role = palette.ColorRole.HighlightedText if selected else palette.ColorRole.Text
        context.palette.setColor(palette.ColorRole.Text, palette.color(role))
        rect = option.rect
        painter.save()
        painter.translate(rect.left() + 6, rect.top() + 3)
        painter.setClipRect(QRectF(0, 0, rect.width() - 6, rect.height() - 3))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """As tall as the two lines of the result."""
        self.initStyleOption(option, index)
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 6)


def hit_html(hit: Hit) -> str:
    """Return a result as escaped HTML: kind and title, then the context, matches in bold."""
    from html import escape

    title = f"<b>{escape(hit.kind.label)}</b> · {escape(hit.title)}"
    return f"{title}<br>{hit.context_html()}"


class SearchDialog(QDialog):
    """Search everything the user wrote, in every field.

    Signals:
        open_requested(object): the user chose a result (a ``Hit``) to open where it lives.
    """

    open_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Search everything"))
        self.resize(640, 480)
        self.box = QLineEdit()
        self.box.setPlaceholderText(self.tr("Names, notes, answers, research, questions, drafts…"))
        self.box.setAccessibleName(self.tr("Search everything"))
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Results"))
        self.results.setItemDelegate(HitDelegate(self.results))
        self.results.setUniformItemSizes(False)
        self.results.setWordWrap(True)
        self.status = plain_label()
        self.status.setObjectName("searchStatus")
        self.more_button = QPushButton(self.tr("Show &more"))
        self.more_button.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.more_button)
        layout.addWidget(self.buttons)
        self.shown = 0
        self._connect_signals()
        self.status.setText(self.tr("Type a word, or the first letters of one."))

    def _connect_signals(self) -> None:
        self.box.textChanged.connect(self._on_box_text_changed)
        self.box.returnPressed.connect(self.open_current)
        self.results.itemActivated.connect(self._on_results_item_activated)
        self.more_button.clicked.connect(self.show_more)

    def search(self, text: str) -> None:
        """Show the first page of results for ``text``."""
        self.results.clear()
        self.shown = 0
        self._add_page(text)

    def show_more(self) -> None:
        """Add the next page of results under those shown."""
        self._add_page(self.box.text())

    def _add_page(self, text: str) -> None:
        if not text.strip():
            self.more_button.hide()
            self.status.setText(self.tr("Type a word, or the first letters of one."))
            return
        try:
            page = search_everything(text=text, offset=self.shown, limit=PAGE)
        except UserError as exc:
            show_message(self.status, str(exc))
            return
        for hit in page.hits:
            item = QListWidgetItem(f"{hit.kind.label}: {hit.title}. {hit.context}")
            item.setData(HitRole, hit)
            item.setData(HtmlRole, hit_html(hit))
            self.results.addItem(item)
        self.shown += len(page.hits)
        if self.results.currentRow() < 0 and self.results.count():
            self.results.setCurrentRow(0)
        self.more_button.setVisible(page.more)
        found = (
            self.tr("%Ln shown, more below", "", self.shown)
            if page.more
            else self.tr("%Ln found", "", self.shown)
        )
        show_message(self.status, self.tr("Nothing found.") if not self.shown else found)

    def current_hit(self) -> Hit | None:
        """Return the result selected, if any."""
        item = self.results.currentItem()
        hit = item.data(HitRole) if item is not None else None
        return hit if isinstance(hit, Hit) else None

    def open_current(self) -> None:
        """Open the selected result and close the search."""
        hit = self.current_hit()
        if hit is not None:
            self.accept()
            self.open_requested.emit(hit)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Up and Down move in the results while the keyboard stays in the box."""
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.box.hasFocus():
            step = -1 if event.key() == Qt.Key.Key_Up else 1
            row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
            self.results.setCurrentRow(row)
            return
        super().keyPressEvent(event)

    def _on_box_text_changed(self, text: str) -> None:
        self.search(text)

    def _on_results_item_activated(self, _item: QListWidgetItem) -> None:
        self.open_current()
