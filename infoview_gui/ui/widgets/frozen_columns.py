"""The first columns of a table kept in view when it scrolls sideways (Qt's "Frozen Column").

A second ``QTableView`` over the same model and the same selection model is laid over the
left edge of the table and shows only the frozen columns; it scrolls vertically with the
table and never sideways. Clicks, drags and the context menu on it act on the same rows;
the keyboard stays with the table.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHeaderView, QTableView

from infoview_gui.ui.widgets.rows_header import RowsHeaderView


class FrozenColumnsView(QTableView):
    """Shows the first ``count`` columns of ``table`` over its left edge.

    It draws with its own delegate: a delegate shared by two views would send each the
    other's editors.

    Args:
        table: the table to follow; it must have its model and selection model already.
        count: how many columns, from the left, stay in view.
    """

    def __init__(self, table: QTableView, count: int) -> None:
        super().__init__(table)
        self.setObjectName("frozenColumns")
        self._table = table
        self._count = count
        if isinstance(table.horizontalHeader(), RowsHeaderView):
            self.setHorizontalHeader(RowsHeaderView(self))
        self.setModel(table.model())
        self.setSelectionModel(table.selectionModel())
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(table.selectionBehavior())
        self.setSelectionMode(table.selectionMode())
        self.setDragDropMode(table.dragDropMode())
        self.setDragDropOverwriteMode(False)
        self.setDefaultDropAction(table.defaultDropAction())
        self.setAlternatingRowColors(table.alternatingRowColors())
        self.setWordWrap(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(table.verticalScrollMode())
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(table.verticalHeader().defaultSectionSize())
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setSectionsClickable(True)  # else it never shows bold titles
        self.horizontalHeader().setHighlightSections(table.horizontalHeader().highlightSections())
        self.horizontalHeader().setSortIndicatorShown(table.isSortingEnabled())
        table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.viewport().stackUnder(self)
        self._connect_signals()
        self.follow_columns()

    def _connect_signals(self) -> None:
        table = self._table
        table.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.verticalScrollBar().valueChanged.connect(table.verticalScrollBar().setValue)
        table.horizontalHeader().sectionResized.connect(self._on_table_section_resized)
        table.horizontalHeader().sortIndicatorChanged.connect(self._on_table_sort_changed)
        self.horizontalHeader().sectionClicked.connect(self._on_header_section_clicked)
        self.pressed.connect(self._on_pressed)
        self.customContextMenuRequested.connect(self._on_context_menu_requested)

    @property
    def frozen_width(self) -> int:
        """The width of the frozen columns, in pixels."""
        return sum(self._table.columnWidth(c) for c in range(self._count))

    def follow_columns(self) -> None:
        """Show only the frozen columns, as wide as the table's; call after a reset."""
        for column in range(self.model().columnCount()):
            self.setColumnHidden(column, column >= self._count)
            if column < self._count:
                self.setColumnWidth(column, self._table.columnWidth(column))
        header = self._table.horizontalHeader()
        self.horizontalHeader().setSortIndicator(
            header.sortIndicatorSection(), header.sortIndicatorOrder()
        )
        self.follow_geometry()

    def follow_geometry(self) -> None:
        """Lie over the table's left edge, from its header to its last visible row."""
        table = self._table
        frame = table.frameWidth()
        self.setGeometry(
            table.verticalHeader().width() + frame,
            frame,
            self.frozen_width,
            table.viewport().height() + table.horizontalHeader().height(),
        )
        self.horizontalHeader().setFixedHeight(table.horizontalHeader().height())

    def _on_table_section_resized(self, column: int, _old: int, new: int) -> None:
        if column < self._count:
            self.setColumnWidth(column, new)
            self.follow_geometry()

    def _on_table_sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        self.horizontalHeader().setSortIndicator(column, order)

    def _on_header_section_clicked(self, column: int) -> None:
        """Sort the table as a click on its own header would."""
        if not self._table.isSortingEnabled():
            return
        header = self._table.horizontalHeader()
        same = header.sortIndicatorSection() == column
        ascending = header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
        order = Qt.SortOrder.DescendingOrder if same and ascending else Qt.SortOrder.AscendingOrder
        self._table.sortByColumn(column, order)

    def _on_pressed(self, _index: QModelIndex) -> None:
        self._table.setFocus(Qt.FocusReason.MouseFocusReason)  # the keys act on the table

    def _on_context_menu_requested(self, position: QPoint) -> None:
        table = self._table
        if table.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu:
            mapped = table.viewport().mapFromGlobal(self.viewport().mapToGlobal(position))
            table.customContextMenuRequested.emit(mapped)
