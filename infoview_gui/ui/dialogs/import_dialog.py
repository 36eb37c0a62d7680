"""File > Import: pick a file, (map its columns), preview, choose where, import; undo.

Reading the saved contacts (on the worker's own connection), parsing and matching run
in a worker thread, so the window stays responsive and a long file can be cancelled. The
import itself is written in a worker too, in one transaction, as one batch; it becomes a
command on the window's undo stack (Edit > Undo) and the status bar offers
"Undo import" for a while.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from pathlib import Path
from typing import Literal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from infoview_gui.exchange.backup_stream import is_backup_file
from infoview_gui.exchange.records import FORMATS, ImportFormat
from infoview_gui.paths import AppPaths
from infoview_gui.services import imports
from infoview_gui.services.import_plan import (
    FileInfo,
    ImportPlan,
    MatchIndex,
    inspect_data,
    plan_import,
    preview_data,
    read_file,
)
from infoview_gui.store.queries import field_choices
from infoview_gui.ui.accessibility import show_message
from infoview_gui.ui.dialogs import import_writing as writing
from infoview_gui.ui.dialogs.duplicates import locale_region
from infoview_gui.ui.dialogs.import_wizard import (
    DestinationPage,
    FilePage,
    MappingPage,
    PreviewPage,
    outcome_text,
)
from infoview_gui.ui.dialogs.typing_guard import TypingDialog
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.import_undo import ImportCommand
from infoview_gui.ui.widgets.work_panel import WorkPanel
from infoview_gui.ui.workers import Job, JobRunner, let_go


class Page(IntEnum):
    """The steps of the dialog."""

    FILE = 0
    MAPPING = 1
    PREVIEW = 2
    DESTINATION = 3


class ImportDialog(TypingDialog):
    """The import steps, the worker that reads the file, and the commit.

    Signals:
        imported(int): the batch written.
    """

    imported = Signal(int)

    def __init__(
        self,
        events: AppEvents,
        parent: QWidget | None = None,
        *,
        path: str = "",
        paths: AppPaths | None = None,
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self.events = events
        self.setWindowTitle(self.tr("Import contacts"))
        self.resize(860, 600)
        self.file_page = FilePage()
        self.file_page.path.setText(path)
        self.mapping_page = MappingPage()
        self.preview_page = PreviewPage()
        self.destination_page = DestinationPage()
        self.stack = QStackedWidget()
        for page in (self.file_page, self.mapping_page, self.preview_page, self.destination_page):
            self.stack.addWidget(page)
        self.back_button = QPushButton(self.tr("Back"))
        self.next_button = QPushButton(self.tr("Next"))
        self.import_button = QPushButton(self.tr("Import"))
        self.close_button = QPushButton(self.tr("Cancel"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.import_button, self.close_button):
            buttons.addWidget(button)
        self.runner = JobRunner(self)
        self.work = WorkPanel(self.runner)  # an import's writing (reading has its page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.work)
        layout.addLayout(buttons)
        self.info: FileInfo | None = None
        self.index = MatchIndex()
        self.plan: ImportPlan | None = None
        self.outcome: imports.ImportOutcome | None = None
        self.command: ImportCommand | None = None
        self.writing: Literal["", "restore", "import"] = ""
        self._on_result: Callable[[object], None] = lambda _result: None
        self._connect_signals()
        self._show(Page.FILE)

    def _connect_signals(self) -> None:
        self.back_button.clicked.connect(self._on_back_button_clicked)
        self.next_button.clicked.connect(self._on_next_button_clicked)
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.close_button.clicked.connect(self.reject)
        self.preview_page.cancel_requested.connect(self._on_preview_page_cancel_requested)
        self.preview_page.policy_changed.connect(self._on_preview_page_policy_changed)
        self.preview_page.merges_changed.connect(self._on_preview_page_merges_changed)
        self.runner.progressed.connect(self._on_runner_progressed)
        self.runner.finished.connect(self._on_runner_finished)
        self.runner.failed.connect(self._on_runner_failed)
        self.runner.cancelled.connect(self._on_runner_cancelled)

    # -- steps ----------------------------------------------------------------------

    def _show(self, page: Page) -> None:
        self.stack.setCurrentIndex(page)
        busy = self.is_working()
        self.back_button.setEnabled(page != Page.FILE)
        self.next_button.setVisible(page != Page.DESTINATION)
        self.import_button.setVisible(page == Page.DESTINATION)
        can_go_on = page != Page.PREVIEW or self._plan_has_work()
        self.next_button.setEnabled(not busy and can_go_on)
        self.next_button.setDefault(True)

    def current_page(self) -> Page:
        """Return the step shown."""
        return Page(self.stack.currentIndex())

    def is_working(self) -> bool:
        """Whether the worker is reading the file now."""
        return self.runner.is_busy()

    def _plan_has_work(self) -> bool:
        return self.plan is not None and bool(self.plan.new or self.plan.changed)

    def _chosen(self) -> ImportFormat | Literal["auto"]:
        """Return the format the user chose, or ``auto``."""
        chosen = self.file_page.chosen_format()
        return chosen if chosen in FORMATS else "auto"

    def _kind(self) -> ImportFormat | Literal["auto"]:
        """Return the format to read the file as: the user's choice, else what it is."""
        chosen = self._chosen()
        if chosen == "auto" and self.info is not None and self.info.kind in FORMATS:
            return self.info.kind
        return chosen

    def _on_next_button_clicked(self) -> None:
        page = self.current_page()
        if page == Page.FILE:
            self._inspect()
        elif page == Page.MAPPING:
            problem = self.mapping_page.problem()
            show_message(self.mapping_page.error, problem)
            if not problem:
                self._preview()
        elif page == Page.PREVIEW and self.plan is not None:
            source = self.plan.new[0].contact.source if self.plan.new else None
            self.destination_page.set_choices(field_choices(), source.label if source else "")
            self.destination_page.summary.setText(outcome_text(self.plan))
            self._show(Page.DESTINATION)

    def _on_back_button_clicked(self) -> None:
        self._cancel_work()
        page = self.current_page()
        if page == Page.DESTINATION:
            self._show(Page.PREVIEW)
        elif page == Page.PREVIEW and self.info is not None and self._kind() == "csv":
            self._show(Page.MAPPING)
        else:
            self._show(Page.FILE)

    def _inspect(self) -> None:
        path = self.file_page.path.text().strip()
        if not path:
            self.file_page.show_error(self.tr("Choose a file first."))
            return
        self.file_page.show_error("")
        if is_backup_file(path):  # read as it streams, in the restore itself
            self._offer_restore(Path(path))
            return
        fmt = self._chosen()
        self.info = self.plan = None
        self.preview_page.show_working(self.tr("Reading %1…").replace("%1", Path(path).name))
        self._show(Page.PREVIEW)
        self._run(lambda _progress: inspect_data(read_file(path), format=fmt), self._on_inspected)

    def _on_inspected(self, result: object) -> None:
        assert isinstance(result, FileInfo)
        self.info = result
        if result.kind == "backup":
            self._show(Page.FILE)
            self._offer_restore(Path(self.file_page.path.text().strip()))
        elif self._kind() == "csv":
            self.mapping_page.set_columns(result.headers, result.samples, result.mapping)
            self._show(Page.MAPPING)
        else:
            self._preview()

    def _preview(self) -> None:
        info = self.info
        if info is None:
            return
        region, policy, kind = locale_region(), self.preview_page.chosen_policy(), self._kind()
        mapping = self.mapping_page.mapping() if kind == "csv" else None
        self.preview_page.show_working(
            self.tr("Reading and matching %1…").replace("%1", self.file_name())
        )
        self._show(Page.PREVIEW)

        def job(progress: Callable[[int, int], None]) -> object:
            # The saved contacts are read on the worker's own connection: at 100,000
            # contacts the index takes the best part of a second.
            index = imports.load_match_index(region=region)
            return index, preview_data(
                info.data,
                index,
                format=kind,
                mapping=mapping,
                policy=policy,
                merges="strong",  # likely rows sharing a phone or an email come chosen
                progress=progress,
            )

        self._run(job, self._on_indexed_and_planned, connection=True)

    def _on_indexed_and_planned(self, result: object) -> None:
        assert isinstance(result, tuple)
        index, plan = result
        assert isinstance(index, MatchIndex)
        self.index = index
        self._on_planned(plan)

    def _on_preview_page_policy_changed(self) -> None:
        plan = self.plan
        if plan is None or self.is_working():
            return
        self.preview_page.show_working(self.tr("Working out what would change…"))
        self._replan(plan)

    def _on_preview_page_merges_changed(self) -> None:
        """Plan again with the rows now chosen to merge; the page stays as it is meanwhile."""
        if self.plan is not None:
            self._replan(self.plan)

    def _replan(self, plan: ImportPlan) -> None:
        index, policy = self.index, self.preview_page.chosen_policy()
        merges = self.preview_page.likely.chosen_merges()
        self._show(Page.PREVIEW)
        self._run(
            lambda progress: plan_import(
                plan.parsed, index, policy=policy, merges=merges, progress=progress
            ),
            self._on_planned,
        )

    def _on_planned(self, result: object) -> None:
        assert isinstance(result, ImportPlan)
        self.plan = result
        self.preview_page.show_plan(result, self.file_name())
        if not self._plan_has_work():
            self.preview_page.status.setText(
                self.tr(
                    "%1: nothing to import. Every row that could be read "
                    "matches a saved contact and would change nothing."
                ).replace("%1", self.file_name())
            )
        self._show(Page.PREVIEW)

    def file_name(self) -> str:
        """The name of the file being imported."""
        return Path(self.file_page.path.text().strip()).name

    # -- the worker -----------------------------------------------------------------

    def _run(
        self, job: Job, on_result: Callable[[object], None], *, connection: bool = False
    ) -> None:
        self._on_result = on_result
        self.runner.run(job, connection=connection)
        self._show(self.current_page())

    def _cancel_work(self) -> None:
        self.runner.cancel()

    def _on_runner_progressed(self, percent: int) -> None:
        self.preview_page.progress.setValue(percent)

    def _on_runner_finished(self, result: object) -> None:
        self._on_result(result)

    def _on_runner_failed(self, message: str) -> None:
        if self._written_back(message):
            return
        self.plan = None
        self._show(Page.FILE)
        self.file_page.show_error(message)

    def _on_runner_cancelled(self) -> None:
        if self._written_back(writing.said(writing.IMPORT_CANCELLED)):
            return
        self._show(Page.FILE)
        if self.writing == "restore":
            self.writing = ""
            self.file_page.show_error(writing.said(writing.RESTORE_CANCELLED))

    def _written_back(self, message: str) -> bool:
        """After an import's commit failed or was cancelled: back to its page, said."""
        if self.writing != "import":
            return False
        self.writing = ""
        self._show(Page.DESTINATION)
        self.import_button.setEnabled(True)
        show_message(self.destination_page.error, message)
        return True

    def _on_preview_page_cancel_requested(self) -> None:
        if self.writing == "restore":  # stopped at the next row: rolled back, then said
            self.preview_page.status.setText(self.tr("Canceling the restore…"))
            self.runner.cancel_now()
            return
        self._cancel_work()
        self.plan = None
        self._show(Page.MAPPING if self._kind() == "csv" and self.info else Page.FILE)
        self.file_page.show_error(self.tr("Reading was canceled; nothing was imported."))

    # -- writing --------------------------------------------------------------------

    def _on_import_button_clicked(self) -> None:
        if self.plan is None or self.is_working():
            return
        show_message(self.destination_page.error, "")
        self.writing = "import"
        for button in (self.back_button, self.import_button):
            button.setEnabled(False)
        pauses = writing.said(writing.IMPORT_PAUSES)
        self.work.start(
            self.tr("Importing %1… %2").replace("%1", self.file_name()).replace("%2", pauses)
        )
        self._run(writing.commit_job(self, self.plan), self._on_committed, connection=True)

    def _on_committed(self, outcome: object) -> None:
        assert isinstance(outcome, imports.ImportOutcome)
        self.writing = ""
        self.outcome = outcome
        self.command = writing.record(self, outcome)
        self.imported.emit(outcome.batch_id)
        self.accept()

    def _offer_restore(self, path: Path) -> None:
        if writing.restore_confirmed(self):
            self.writing = "restore"
            pauses = writing.said(writing.RESTORE_PAUSES)
            self.preview_page.show_working(
                self.tr("Restoring %1… %2").replace("%1", path.name).replace("%2", pauses)
            )
            self._show(Page.PREVIEW)
            self._run(writing.restore_job(path), self._on_restored, connection=True)

    def _on_restored(self, counts: object) -> None:
        """The restore committed (on the worker's connection): every view reads it."""
        assert isinstance(counts, dict)
        self.writing = ""
        writing.say_restored(self.events, counts)
        self.accept()

    def done(self, result: int) -> None:
        """Stop any reading, and wait for it, before the dialog goes; let go of the file."""
        self.runner.wait()
        held = self.plan, self.index  # 300,000 saved contacts' keys: freed in a worker
        self.info, self.plan, self.index = None, None, MatchIndex()
        let_go(*held)
        super().done(result)
