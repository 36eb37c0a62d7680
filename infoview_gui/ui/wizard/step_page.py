"""What every page of the guide shares: its step, the field at hand, a table of records."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWizardPage,
)

from infoview_gui.domain.changes import Changes, Kind
from infoview_gui.qtmodels.rows_table import Formatter, Row, RowsTableModel
from infoview_gui.services.guide import current_field
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.refresh import Refresher
from infoview_gui.ui.widgets.column_fit import fit_columns
from infoview_gui.ui.widgets.labels import plain_label
from infoview_gui.ui.wizard.ids import PageId

translate = QCoreApplication.translate


class StepPage(QWizardPage):
    """A page of the guide that shows stored data for the field being worked on.

    ``title`` and ``subtitle`` come translated: each page translates its own.
    """

    KINDS = Kind.ALL & ~Kind.SETTINGS  # what the page shows; choosing a field is read anew

    def __init__(self, events: AppEvents, page_id: PageId, title: str, subtitle: str) -> None:
        super().__init__()
        self.events = events
        self.page_id = page_id
        step = translate("StepPage", "Step %1 of 6 · %2")
        self.setTitle(step.replace("%1", str(int(page_id))).replace("%2", title))
        self.setSubTitle(subtitle)
        self.body = QVBoxLayout(self)
        # Entering the page reads it (initializePage); while shown, it follows the changes.
        self.refresher = Refresher(self, events, self.KINDS, self._on_changes, stale=False)

    def guide_field(self) -> tuple[int, str] | None:
        """Return (id, name) of the field the guide works on."""
        return current_field()

    def make_table(
        self, headers: Sequence[str], formatters: Sequence[Formatter] | None = None
    ) -> tuple[QTableView, RowsTableModel]:
        """Add a read-only table to the page and return it with its model."""
        model = RowsTableModel(headers, formatters)
        table = QTableView()
        table.setAccessibleName(self.title().split(" · ")[-1])
        table.setTabKeyNavigation(False)
        table.setModel(model)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        fit_columns(table)
        self.body.addWidget(table, 1)
        return table, model

    def show_rows(self, model: RowsTableModel, table: QTableView, rows: list[Row]) -> None:
        """Fill a table made by ``make_table``."""
        model.set_rows(rows)

    def add_note(self, text: str = "") -> QLabel:
        """Add a line of plain text to the page."""
        label = plain_label(text)
        self.body.addWidget(label)
        return label

    def refresh(self) -> None:
        """Re-read the page's data; subclasses override."""

    def initializePage(self) -> None:
        """Read the data each time the page is entered."""
        self.refresh()

    def _on_changes(self, _changes: Changes) -> None:
        self.refresh()
