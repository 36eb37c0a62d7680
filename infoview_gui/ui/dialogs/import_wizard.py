"""The pages of File > Import: the file, its columns, the preview, where the contacts go.

Each page is a plain widget that shows what it is given and hands back what the user
chose; ``import_dialog.ImportDialog`` moves between them and does the work. Every piece
of the file's text is shown as plain text (table items never interpret markup).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from infoview_gui.domain.enums import Source
from infoview_gui.domain.tags import joined_tags
from infoview_gui.domain.wording import counted
from infoview_gui.exchange.generic_csv import FIELD_LABELS
from infoview_gui.exchange.kept import kept_columns_sentence
from infoview_gui.services.import_merge import (
    TAGS_FIELD,
    FieldChange,
    MergePolicy,
    PlannedNew,
    PlannedUpdate,
)
from infoview_gui.services.import_plan import FORMAT_NAMES, ImportPlan
from infoview_gui.services.import_tags import tags_sentence
from infoview_gui.ui.accessibility import announce, named_cell, show_message
from infoview_gui.ui.dialogs.import_likely_tab import HEADERS, LikelyTab
from infoview_gui.ui.widgets.column_fit import fit_columns, refit
from infoview_gui.ui.widgets.labels import heading_label, plain_label

FORMAT_CHOICES: tuple[tuple[str, str], ...] = (
    ("auto", "Tell from the file's content"),
    ("linkedin", "Networking-site connections export (LinkedIn Connections.csv)"),
    ("google", "Address-book CSV (Google Contacts)"),
    ("vcard", "vCard address book (.vcf)"),
    ("csv", "Any other CSV (you choose the columns)"),
)
FILE_FILTER = "Contacts and backups (*.csv *.vcf *.vcard *.txt *.json);;All files (*)"
SAMPLE_ROWS = 200
_SKIP = ""


def _table(name: str, headers: Sequence[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setAccessibleName(name)
    table.setTabKeyNavigation(False)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    fit_columns(table)
    return table


def _fill(table: QTableWidget, rows: Sequence[Sequence[object]]) -> None:
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            text = str(value)
            item = QTableWidgetItem(" ".join(text.split()) if "\n" in text else text)
            item.setToolTip(text if len(text) > 40 else "")
            table.setItem(row, column, item)
    refit(table)


class FilePage(QWidget):
    """Pick the file and, if need be, say what kind of file it is."""

    def __init__(self) -> None:
        super().__init__()
        self.path = QLineEdit()
        self.path.setPlaceholderText("The file to import")
        self.path.setAccessibleName("File to import")
        self.browse = QPushButton("Choose…")
        self.format = QComboBox()
        for value, label in FORMAT_CHOICES:
            self.format.addItem(label, value)
        self.error = plain_label()
        self.error.setObjectName("formError")
        self.error.hide()
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow("File", row)
        form.addRow("Kind of file", self.format)
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label("Import contacts"))
        layout.addWidget(
            plain_label(
                "InfoView reads a networking site's connections export, an address book "
                "saved as CSV or vCard, or any other CSV. Nothing is saved until you have "
                "seen what the import would do."
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.browse.clicked.connect(self._on_browse_clicked)

    def chosen_format(self) -> str:
        """Return the format chosen (``auto`` by default)."""
        return str(self.format.currentData())

    def show_error(self, message: str) -> None:
        """Say why the file cannot be imported (an empty message hides it)."""
        show_message(self.error, message)

    def _on_browse_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Import contacts", self.path.text(), FILE_FILTER
        )
        if path:
            self.path.setText(path)


class MappingPage(QWidget):
    """Say which column of any other CSV holds which detail, starting from a guess."""

    def __init__(self) -> None:
        super().__init__()
        self.table = _table(
            "Columns of the file", ["Column in the file", "First value", "InfoView detail"]
        )
        self.combos: list[QComboBox] = []
        self.headers: list[str] = []
        self.error = plain_label()
        self.error.setObjectName("formError")
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label("Which column is which?"))
        layout.addWidget(
            plain_label(
                "InfoView guessed from the column names. Correct what is wrong. Several "
                "columns may hold emails, phones, web addresses or places: the first with a "
                "value is the main one. Columns left as “Skip” are kept in each contact's "
                "notes."
            )
        )
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)

    def set_columns(
        self, headers: Sequence[str], samples: Sequence[Sequence[str]], mapping: dict[str, str]
    ) -> None:
        """Show the file's columns with a first value each and the guessed detail."""
        self.headers = list(headers)
        _fill(
            self.table,
            [
                (header, next((row[i] for row in samples if i < len(row) and row[i]), ""), "")
                for i, header in enumerate(headers)
            ],
        )
        self.combos = []
        for row, header in enumerate(headers):
            combo = QComboBox()
            combo.addItem("Skip", _SKIP)
            for name, label in FIELD_LABELS.items():
                combo.addItem(label, name)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(header, _SKIP))))
            self.table.setCellWidget(
                row, 2, named_cell(f"InfoView detail for the column {header}", combo)
            )
            self.combos.append(combo)
        refit(self.table)
        self.error.hide()

    def mapping(self) -> dict[str, str]:
        """Return ``{header: field name}`` for the columns not skipped."""
        chosen = {}
        for header, combo in zip(self.headers, self.combos, strict=True):
            if combo.currentData() != _SKIP:
                chosen[header] = str(combo.currentData())
        return chosen

    def problem(self) -> str:
        """Say what keeps the mapping from working, or ""."""
        names = {"first_name", "last_name", "full_name", "email"}
        if not names & set(self.mapping().values()):
            return "Choose at least one column with a name or an email address."
        return ""


class PreviewPage(QWidget):
    """What the import would do: counts, new rows, matches and what changes, rejects.

    Signals:
        cancel_requested: the user wants the reading stopped.
        policy_changed: the user chose another way to treat matching contacts.
        merges_changed: the user chose to merge or add rows that look like saved contacts.
    """

    cancel_requested = Signal()
    policy_changed = Signal()
    merges_changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.status = plain_label()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.cancel = QPushButton("Cancel reading")
        self.summary = plain_label()
        self.summary.setObjectName("importSummary")
        self.unmapped = plain_label()
        self.unmapped.setObjectName("importUnmapped")
        self.policy = QComboBox()
        for policy in MergePolicy:
            self.policy.addItem(policy.label, policy.value)
        self.tabs = QTabWidget()
        self.new_table = _table(
            "New contacts", ["Line", "Name", "Organisation", "Job title", "Email", "Tags"]
        )
        self.match_table = _table(
            "Contacts already saved", ["Lines", "Saved contact", "Same as", "What would change"]
        )
        self.reject_table = _table("Lines not imported", ["Line", "Why it is not imported"])
        self.likely = LikelyTab(_table("Rows that look like a saved contact", HEADERS))
        for table in (self.new_table, self.match_table, self.reject_table, self.likely):
            self.tabs.addTab(table, "")
        working = QHBoxLayout()
        working.addWidget(self.progress, 1)
        working.addWidget(self.cancel)
        policy_row = QFormLayout()
        policy_row.addRow("Contacts already saved", self.policy)
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label("What the import would do"))
        layout.addWidget(self.status)
        layout.addLayout(working)
        layout.addWidget(self.summary)
        layout.addWidget(self.unmapped)
        layout.addLayout(policy_row)
        layout.addWidget(self.tabs, 1)
        self.cancel.clicked.connect(self.cancel_requested)
        self.policy.currentIndexChanged.connect(self.policy_changed)
        self.likely.merges_changed.connect(self.merges_changed)

    def chosen_policy(self) -> MergePolicy:
        """Return how matching contacts are to be treated."""
        return MergePolicy(str(self.policy.currentData()))

    def show_working(self, message: str) -> None:
        """Show that the file is being read; the result is hidden until it is ready."""
        self.status.setText(message)
        self.progress.setValue(0)
        self.progress.show()
        self.cancel.show()
        self.summary.hide()
        self.unmapped.hide()
        self.tabs.hide()
        self.policy.setEnabled(False)

    def show_plan(self, plan: ImportPlan, file_name: str) -> None:
        """Show the counts and a sample of each kind of row."""
        for widget in (self.progress, self.cancel):
            widget.hide()
        self.status.setText(f"{file_name}: {FORMAT_NAMES[plan.parsed.format]}")
        self.summary.setText(summary_text(plan))
        announce(self.summary, self.summary.text())
        self.unmapped.setText(kept_columns_sentence(plan.parsed.unmapped))
        self.unmapped.setVisible(bool(plan.parsed.unmapped))
        self.policy.setEnabled(True)
        _fill(self.new_table, [_new_row(p) for p in plan.new[:SAMPLE_ROWS]])
        _fill(self.match_table, [_match_row(u) for u in plan.updates[:SAMPLE_ROWS]])
        skipped = sorted([*plan.rejects, *plan.notices], key=lambda r: r.line)
        _fill(self.reject_table, [(r.line, r.reason) for r in skipped[:SAMPLE_ROWS]])
        self.likely.show_rows(plan)
        counts = [("New", len(plan.new)), ("Matching", len(plan.updates))]
        counts.append(("Not imported" if plan.notices else "Rejected", len(skipped)))
        counts.append(("Look like saved contacts", len(plan.likely)))
        for index, (label, count) in enumerate(counts):
            shown = f" – first {SAMPLE_ROWS}" if count > SAMPLE_ROWS else ""
            self.tabs.setTabText(index, f"{label} ({count:,}{shown})")
        self.tabs.setTabVisible(3, bool(plan.likely))
        self.summary.show()
        self.tabs.show()
        if plan.rejects and not plan.new and not plan.updates:
            self.tabs.setCurrentIndex(2)


def summary_text(plan: ImportPlan) -> str:
    """Return the counts of a plan in one sentence."""
    matched = plan.matched_rows
    parts = [
        counted(len(plan.new), "new contact", "new contacts"),
        f"{counted(matched, 'row matches', 'rows match')} a saved contact "
        f"({len(plan.changed):,} would change)",
    ]
    if plan.repeated_rows:
        parts.append(f"{counted(plan.repeated_rows, 'row repeats', 'rows repeat')} an earlier one")
    parts.append(f"{counted(len(plan.rejects), 'row', 'rows')} rejected")
    if plan.notices:
        parts.append(f"{counted(len(plan.notices), 'value', 'values')} not imported")
    if plan.likely:
        merged = sum(1 for row in plan.likely if row.merged)
        parts.append(
            f"{counted(len(plan.likely), 'row looks', 'rows look')} like a saved contact "
            f"({merged:,} to be merged)"
        )
    return " ".join(filter(None, [", ".join(parts) + ".", tags_sentence(plan)]))


def outcome_text(plan: ImportPlan) -> str:
    """Return what pressing Import will do, in one sentence."""
    added = counted(len(plan.new), "new contact", "new contacts")
    changed = counted(len(plan.changed), "saved contact", "saved contacts")
    return f"Import will add {added} and update {changed}, all in one step you can undo."


def _new_row(planned: PlannedNew) -> tuple[object, ...]:
    contact = planned.contact
    lines = ", ".join(str(n) for n in (planned.line, *planned.repeats))
    tags = joined_tags(contact.tags)
    return (lines, contact.name, contact.organisation, contact.title, contact.email, tags)


def _match_row(update: PlannedUpdate) -> tuple[object, ...]:
    changes = "; ".join(_change_text(c) for c in update.changes)
    lines = ", ".join(str(n) for n in update.lines)
    reason = update.reason.removeprefix("the same ")
    return (lines, update.name, reason, changes or "Nothing")


def _change_text(change: FieldChange) -> str:
    if change.field == TAGS_FIELD:
        return f"{change.label}: {change.new}"
    return f"{change.label}: “{change.old}” → “{change.new}”"


class DestinationPage(QWidget):
    """Choose the career field and the source of the new contacts."""

    def __init__(self) -> None:
        super().__init__()
        self.field = QComboBox()
        self.source = QComboBox()
        self.summary = plain_label()
        form = QFormLayout()
        form.addRow("Career field", self.field)
        form.addRow("Where they came from", self.source)
        self.error = plain_label()
        self.error.setObjectName("formError")
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label("Where the new contacts go"))
        layout.addWidget(
            plain_label(
                "New contacts are added at the end of the field's ranking. Contacts "
                "already saved keep their field and source."
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def set_choices(self, fields: Sequence[tuple[int, str]], file_source: str) -> None:
        """Offer the fields and sources; the file's own source first."""
        self.field.clear()
        self.field.addItem("No field yet", None)
        for field_id, name in fields:
            self.field.addItem(name, field_id)
        self.source.clear()
        self.source.addItem(f"As the file says ({file_source})", None)
        for source in Source:
            self.source.addItem(source.label, source.value)
        self.error.hide()

    def chosen_field(self) -> int | None:
        """Return the chosen field's id, or None."""
        data = self.field.currentData()
        return None if data is None else int(data)

    def chosen_source(self) -> Source | None:
        """Return the chosen source, or None to keep the file's."""
        data = self.source.currentData()
        return None if data is None else Source(str(data))
