"""The pages of File > Import: the file, its columns, the preview, where the contacts go.

Each page is a plain widget that shows what it is given and hands back what the user
chose; ``import_dialog.ImportDialog`` moves between them and does the work. Every piece
of the file's text is shown as plain text (table items never interpret markup).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
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

from infoview_gui import APP_NAME
from infoview_gui.domain.contact import same_as
from infoview_gui.domain.enums import Source
from infoview_gui.domain.i18n import _
from infoview_gui.domain.tags import joined_tags
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
from infoview_gui.ui.dialogs.import_likely_tab import LikelyTab, headers
from infoview_gui.ui.widgets.column_fit import fit_columns, refit
from infoview_gui.ui.widgets.labels import heading_label, plain_label

translate = QCoreApplication.translate

FORMAT_CHOICES: tuple[tuple[str, str], ...] = (
    ("auto", str(QT_TRANSLATE_NOOP("FilePage", "Tell from the file's content"))),
    (
        "linkedin",
        str(
            QT_TRANSLATE_NOOP(
                "FilePage", "Networking-site connections export (LinkedIn Connections.csv)"
            )
        ),
    ),
    ("google", str(QT_TRANSLATE_NOOP("FilePage", "Address-book CSV (Google Contacts)"))),
    ("vcard", str(QT_TRANSLATE_NOOP("FilePage", "vCard address book (.vcf)"))),
    ("csv", str(QT_TRANSLATE_NOOP("FilePage", "Any other CSV (you choose the columns)"))),
)
"""The kinds of file offered, translated where they are shown."""
FILE_PATTERNS = "*.csv *.vcf *.vcard *.txt *.json"
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
        self.path.setPlaceholderText(self.tr("The file to import"))
        self.path.setAccessibleName(self.tr("File to import"))
        self.browse = QPushButton(self.tr("Choose…"))
        self.format = QComboBox()
        for value, label in FORMAT_CHOICES:
            self.format.addItem(translate("FilePage", label), value)
        self.error = plain_label()
        self.error.setObjectName("formError")
        self.error.hide()
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.tr("File"), row)
        form.addRow(self.tr("Kind of file"), self.format)
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(self.tr("Import contacts")))
        layout.addWidget(
            plain_label(
                self.tr(
                    "%1 reads a networking site's connections export, an address book "
                    "saved as CSV or vCard, or any other CSV. Nothing is saved until you have "
                    "seen what the import would do."
                ).replace("%1", APP_NAME)
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
        kinds = self.tr("Contacts and backups (%1)").replace("%1", FILE_PATTERNS)
        every = self.tr("All files (%1)").replace("%1", "*")
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import contacts"), self.path.text(), f"{kinds};;{every}"
        )
        if path:
            self.path.setText(path)


class MappingPage(QWidget):
    """Say which column of any other CSV holds which detail, starting from a guess."""

    def __init__(self) -> None:
        super().__init__()
        self.table = _table(
            self.tr("Columns of the file"),
            [
                self.tr("Column in the file"),
                self.tr("First value"),
                self.tr("%1 detail").replace("%1", APP_NAME),
            ],
        )
        self.combos: list[QComboBox] = []
        self.headers: list[str] = []
        self.error = plain_label()
        self.error.setObjectName("formError")
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(self.tr("Which column is which?")))
        layout.addWidget(
            plain_label(
                self.tr(
                    "%1 guessed from the column names. Correct what is wrong. Several "
                    "columns may hold emails, phones, web addresses or places: the first with "
                    "a value is the main one. Columns left as “Skip” are kept in each "
                    "contact's notes."
                ).replace("%1", APP_NAME)
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
            combo.addItem(self.tr("Skip"), _SKIP)
            for name, label in FIELD_LABELS.items():
                combo.addItem(_(label), name)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(header, _SKIP))))
            self.table.setCellWidget(
                row,
                2,
                named_cell(
                    self.tr("%1 detail for the column %2")
                    .replace("%1", APP_NAME)
                    .replace("%2", header),
                    combo,
                ),
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
            return self.tr("Choose at least one column with a name or an email address.")
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
        self.cancel = QPushButton(self.tr("Cancel reading"))
        self.summary = plain_label()
        self.summary.setObjectName("importSummary")
        self.unmapped = plain_label()
        self.unmapped.setObjectName("importUnmapped")
        self.policy = QComboBox()
        for policy in MergePolicy:
            self.policy.addItem(policy.label, policy.value)
        self.tabs = QTabWidget()
        self.new_table = _table(
            self.tr("New contacts"),
            [
                self.tr("Line"),
                self.tr("Name"),
                self.tr("Organization"),
                self.tr("Job title"),
                self.tr("Email"),
                self.tr("Tags"),
            ],
        )
        self.match_table = _table(
            self.tr("Contacts already saved"),
            [
                self.tr("Lines"),
                self.tr("Saved contact"),
                self.tr("Same as"),
                self.tr("What would change"),
            ],
        )
        self.reject_table = _table(
            self.tr("Lines not imported"), [self.tr("Line"), self.tr("Why it is not imported")]
        )
        self.likely = LikelyTab(_table(self.tr("Rows that look like a saved contact"), headers()))
        for table in (self.new_table, self.match_table, self.reject_table, self.likely):
            self.tabs.addTab(table, "")
        working = QHBoxLayout()
        working.addWidget(self.progress, 1)
        working.addWidget(self.cancel)
        policy_row = QFormLayout()
        policy_row.addRow(self.tr("Contacts already saved"), self.policy)
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(self.tr("What the import would do")))
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
        kind = _(FORMAT_NAMES[plan.parsed.format])
        self.status.setText(self.tr("%1: %2").replace("%1", file_name).replace("%2", kind))
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
        counts = [
            (self.tr("New (%Ln)", "", len(plan.new)), len(plan.new)),
            (self.tr("Matching (%Ln)", "", len(plan.updates)), len(plan.updates)),
            (
                self.tr("Not imported (%Ln)", "", len(skipped))
                if plan.notices
                else self.tr("Rejected (%Ln)", "", len(skipped)),
                len(skipped),
            ),
            (self.tr("Look like saved contacts (%Ln)", "", len(plan.likely)), len(plan.likely)),
        ]
        for index, (label, count) in enumerate(counts):
            first = self.tr("%1 – first %Ln", "", SAMPLE_ROWS).replace("%1", label)
            self.tabs.setTabText(index, first if count > SAMPLE_ROWS else label)
        self.tabs.setTabVisible(3, bool(plan.likely))
        self.summary.show()
        self.tabs.show()
        if plan.rejects and not plan.new and not plan.updates:
            self.tabs.setCurrentIndex(2)


class ImportWords(QObject):
    """The import's counted phrases: Qt's plural forms come through a class's ``tr()``."""

    def summary(self, plan: ImportPlan) -> str:
        """Return the counts of a plan in one sentence."""
        changed = self.tr("%Ln would change", "", len(plan.changed))
        parts = [
            self.tr("%Ln new contact(s)", "", len(plan.new)),
            self.tr("%Ln row(s) match a saved contact (%1)", "", plan.matched_rows).replace(
                "%1", changed
            ),
        ]
        if plan.repeated_rows:
            parts.append(self.tr("%Ln row(s) repeat an earlier one", "", plan.repeated_rows))
        parts.append(self.tr("%Ln row(s) rejected", "", len(plan.rejects)))
        if plan.notices:
            parts.append(self.tr("%Ln value(s) not imported", "", len(plan.notices)))
        if plan.likely:
            merged = sum(1 for row in plan.likely if row.merged)
            to_merge = self.tr("%Ln to be merged", "", merged)
            parts.append(
                self.tr("%Ln row(s) look like a saved contact (%1)", "", len(plan.likely)).replace(
                    "%1", to_merge
                )
            )
        return " ".join(filter(None, [", ".join(parts) + ".", tags_sentence(plan)]))

    def outcome(self, plan: ImportPlan) -> str:
        """Return what pressing Import will do, in one sentence."""
        added = self.tr("%Ln new contact(s)", "", len(plan.new))
        changed = self.tr("%Ln saved contact(s)", "", len(plan.changed))
        return (
            self.tr("Import will add %1 and update %2, all in one step you can undo.")
            .replace("%1", added)
            .replace("%2", changed)
        )

    def undo_text(self, added: int, file_name: str) -> str:
        """Return the import as Edit > Undo names it."""
        return self.tr("Import %Ln contact(s) from %1", "", added).replace("%1", file_name)

    def imported(self, added: int, updated: int) -> str:
        """Return what the status bar says once the import is written."""
        return self.tr(
            "Imported %Ln new contact(s), updated %1 — Edit > Undo removes this import", "", added
        ).replace("%1", self.tr("%Ln saved contact(s)", "", updated))

    def restored(self, records: int) -> str:
        """Return what the status bar says once a backup is restored."""
        return self.tr("Backup restored: %Ln record(s)", "", records)


def summary_text(plan: ImportPlan) -> str:
    """Return the counts of a plan in one sentence."""
    return ImportWords().summary(plan)


def outcome_text(plan: ImportPlan) -> str:
    """Return what pressing Import will do, in one sentence."""
    return ImportWords().outcome(plan)


def _new_row(planned: PlannedNew) -> tuple[object, ...]:
    contact = planned.contact
    lines = ", ".join(str(n) for n in (planned.line, *planned.repeats))
    tags = joined_tags(contact.tags)
    return (lines, contact.name, contact.organisation, contact.title, contact.email, tags)


def _match_row(update: PlannedUpdate) -> tuple[object, ...]:
    changes = "; ".join(_change_text(c) for c in update.changes)
    lines = ", ".join(str(n) for n in update.lines)
    return (
        lines,
        update.name,
        same_as(update.reason),
        changes or translate("ImportWords", "Nothing"),
    )


def _change_text(change: FieldChange) -> str:
    if change.field == TAGS_FIELD:
        return (
            translate("ImportWords", "%1: %2").replace("%1", change.label).replace("%2", change.new)
        )
    return (
        translate("ImportWords", "%1: “%2” → “%3”")
        .replace("%1", change.label)
        .replace("%2", change.old)
        .replace("%3", change.new)
    )


class DestinationPage(QWidget):
    """Choose the career field and the source of the new contacts."""

    def __init__(self) -> None:
        super().__init__()
        self.field = QComboBox()
        self.source = QComboBox()
        self.summary = plain_label()
        form = QFormLayout()
        form.addRow(self.tr("Career field"), self.field)
        form.addRow(self.tr("Where they came from"), self.source)
        self.error = plain_label()
        self.error.setObjectName("formError")
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(self.tr("Where the new contacts go")))
        layout.addWidget(
            plain_label(
                self.tr(
                    "New contacts are added at the end of the field's ranking. Contacts "
                    "already saved keep their field and source."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def set_choices(self, fields: Sequence[tuple[int, str]], file_source: str) -> None:
        """Offer the fields and sources; the file's own source first."""
        self.field.clear()
        self.field.addItem(self.tr("No field yet"), None)
        for field_id, name in fields:
            self.field.addItem(name, field_id)
        self.source.clear()
        self.source.addItem(self.tr("As the file says (%1)").replace("%1", file_source), None)
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
