"""The main window: navigation on the left, one view at a time on the right."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QObject, QSettings, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QMainWindow, QMenu, QStackedWidget, QWidget

from infoview_gui import APP_NAME
from infoview_gui.paths import AppPaths
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.handover_actions import add_handover_actions
from infoview_gui.ui.menu_dialogs import MenuDialogs
from infoview_gui.ui.search_actions import add_search_action
from infoview_gui.ui.sync_menu import add_sync_menu
from infoview_gui.ui.tag_actions import add_tag_actions
from infoview_gui.ui.view_menu import make_view_menu, navigation_width
from infoview_gui.ui.views.classes import record_view_class
from infoview_gui.ui.views.ids import ViewId, view_title

WELCOMED_KEY = "home/welcomed"  # in the data folder's view-state file
translate = QCoreApplication.translate

if TYPE_CHECKING:
    from infoview_gui.ui.dialogs.help_guide import HelpGuideDialog
    from infoview_gui.ui.sync_actions import SyncController
    from infoview_gui.ui.views.guide import GuideView

ViewFactory = Callable[[], QWidget]


class MainWindow(MenuDialogs, QMainWindow):
    """Navigation, lazily built views, menus, and the remembered window state.

    Signals:
        first_painted: the window has been painted once; work that can wait (backups, the
            question bank) waits for it, so that the window appears first.
    """

    first_painted = Signal()

    def __init__(self, paths: AppPaths, events: AppEvents, state: QSettings) -> None:
        super().__init__()
        self._painted = False
        self._sync: SyncController | None = None
        self.paths = paths
        self.events = events
        self.state = state
        self.remember_state = True
        # The check of every page at start: done (before opening, or after the paint by
        # ui/damage_watch.py), and whether it found damage.
        self.checked_at_start = True
        self.damage_found = False
        self.restart_to_recover = False
        self.checkpointer: QObject | None = None  # ui/checkpoints.py, after the first paint
        self.help_guide: HelpGuideDialog | None = None
        # The first window for a data folder says "Welcome"; every later one "Welcome back".
        self.welcomed_before = bool(state.value(WELCOMED_KEY))
        if not self.welcomed_before:
            state.setValue(WELCOMED_KEY, 1)
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(760, 520)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(translate("MainWindow", "Views"))
        self.nav.addItems([view_title(view) for view in ViewId])
        self.nav.setFixedWidth(navigation_width(self.nav))
        self.stack = QStackedWidget()
        self.stack.setObjectName("views")  # white behind every view: see style.py
        self.views: dict[ViewId, QWidget] = {}
        self._placeholders = {view: QWidget() for view in ViewId}
        for placeholder in self._placeholders.values():
            self.stack.addWidget(placeholder)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._make_menus()
        self._connect_signals()
        self._restore_state()

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(translate("MainWindow", "&File"))
        self.import_action = QAction(translate("MainWindow", "&Import contacts…"), self)
        # setShortcuts with a list: setShortcut's overloads make PySide6 build all of Qt's
        # enums (18 ms before the first screen, see labels.py).
        self.import_action.setShortcuts([QKeySequence("Ctrl+I")])
        self.import_action.triggered.connect(self.import_contacts)
        file_menu.addAction(self.import_action)
        self.export_action = QAction(translate("MainWindow", "&Export…"), self)
        self.export_action.setShortcuts([QKeySequence("Ctrl+E")])
        self.export_action.triggered.connect(self.export_data)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        self.handover_action, self.takeover_action = add_handover_actions(self, file_menu)
        file_menu.addSeparator()
        quit_action = QAction(translate("MainWindow", "&Quit"), self)
        quit_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
        quit_action.setShortcuts(quit_keys or [QKeySequence("Ctrl+Q")])  # none on some desktops
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
        self.undo_action = self.events.undo_stack.createUndoAction(
            self, translate("MainWindow", "&Undo")
        )
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self.events.undo_stack.createRedoAction(
            self, translate("MainWindow", "&Redo")
        )
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.duplicates_action = QAction(translate("MainWindow", "Possible &duplicates…"), self)
        self.duplicates_action.triggered.connect(self.show_duplicates)
        edit_menu.addAction(self.duplicates_action)
        self.add_tag_action, self.remove_tag_action, self.rename_tag_action = add_tag_actions(
            self, edit_menu
        )
        self.search_action = add_search_action(self, edit_menu)
        self.view_actions, self.find_action = make_view_menu(self)
        settings_menu = bar.addMenu(translate("MainWindow", "&Settings"))
        self.profile_action = QAction(translate("MainWindow", "Your &profile…"), self)
        self.profile_action.triggered.connect(self.edit_profile)
        settings_menu.addAction(self.profile_action)
        self.preferences_action = QAction(translate("MainWindow", "P&references…"), self)
        keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
        self.preferences_action.setShortcuts(keys or [QKeySequence("Ctrl+,")])
        self.preferences_action.triggered.connect(self.edit_preferences)
        settings_menu.addAction(self.preferences_action)
        tools_menu = bar.addMenu(translate("MainWindow", "&Tools"))
        self.check_action = QAction(translate("MainWindow", "&Check database…"), self)
        self.check_action.triggered.connect(self.check_database)
        tools_menu.addAction(self.check_action)
        self.backups_action = QAction(translate("MainWindow", "&Backups…"), self)
        self.backups_action.triggered.connect(self.show_backups)
        tools_menu.addAction(self.backups_action)
        self.accounts_action, self.sync_action = add_sync_menu(self, tools_menu)
        help_menu = bar.addMenu(translate("MainWindow", "&Help"))
        self.guide_action = QAction(translate("MainWindow", "&Guide and shortcuts"), self)
        # F1 everywhere, and the platform's own help key too where it has another.
        keys = [*QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents)]
        keys += [QKeySequence("F1")]
        self.guide_action.setShortcuts(list({key.toString(): key for key in keys}.values()))
        self.guide_action.triggered.connect(self.show_guide)
        help_menu.addAction(self.guide_action)
        help_menu.addSeparator()
        self.report_action = QAction(translate("MainWindow", "&Report a problem…"), self)
        self.report_action.triggered.connect(self.report_problem)
        help_menu.addAction(self.report_action)
        self.about_action = QAction(
            translate("MainWindow", "&About %1").replace("%1", APP_NAME), self
        )
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)

    def _connect_signals(self) -> None:
        self.nav.currentRowChanged.connect(self._on_nav_current_row_changed)
        self.events.view_requested.connect(self.show_view)
        self.events.guide_step_requested.connect(self._on_events_guide_step_requested)
        self.events.saved.connect(self._on_events_saved)

    def _factory(self, view: ViewId) -> ViewFactory:
        if view is ViewId.HOME:
            return self._make_home
        if view is ViewId.GUIDE:
            return self._make_guide
        return lambda: self._make_records(view)

    def _make_records(self, view: ViewId) -> QWidget:
        # Each imported when first shown: start-up builds only the first view shown, and
        # the first click on Interviews does not import Contacts (a quarter of a second).
        if view is ViewId.QUESTIONS:
            from infoview_gui.ui.views.questions import QuestionsView

            questions = QuestionsView(self.events)
            questions.print_requested.connect(self._on_print_list_requested)
            return questions
        if view is ViewId.INTERVIEWS:
            from infoview_gui.ui.views.interviews import InterviewsView

            interviews = InterviewsView(self.events)
            interviews.print_sheet_requested.connect(self._on_print_sheet_requested)
            interviews.start_interview_requested.connect(self._on_start_interview_requested)
            return interviews
        return record_view_class(view)(self.events)

    def _make_home(self) -> QWidget:
        from infoview_gui.ui.views.home import HomeView

        view = HomeView(self.events, welcomed_before=self.welcomed_before)
        view.profile_requested.connect(self.edit_profile)
        view.print_sheet_requested.connect(self._on_print_sheet_requested)
        view.start_interview_requested.connect(self._on_start_interview_requested)
        return view

    def _make_guide(self) -> QWidget:
        from infoview_gui.ui.views.guide import GuideView

        step = int(str(self.state.value("guide/step", 1) or 1))
        view = GuideView(self.events, start_step=step)
        view.wizard.step_changed.connect(self._on_guide_step_changed)
        view.wizard.home_requested.connect(lambda: self.show_view(ViewId.HOME))
        view.wizard.questions_page.print_requested.connect(self._on_print_list_requested)
        return view

    def guide(self) -> GuideView:
        """Return the Guide view, building it if needed."""
        from infoview_gui.ui.views.guide import GuideView

        view = self.view(ViewId.GUIDE)
        assert isinstance(view, GuideView)
        return view

    def view(self, view: ViewId) -> QWidget:
        """Return a view, building it the first time it is asked for."""
        built = self.views.get(view)
        if built is None:
            built = self._factory(view)()
            built.setObjectName(f"view-{view.name.lower()}")
            placeholder = self._placeholders.pop(view)
            self.stack.insertWidget(self.stack.indexOf(placeholder), built)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.views[view] = built
        return built

    def show_view(self, view: int) -> None:
        """Bring a view forward and select it in the navigation."""
        view = ViewId(view)
        self.stack.setCurrentWidget(self.view(view))
        if self.nav.currentRow() != view:
            self.nav.setCurrentRow(view)
        self.setWindowTitle(f"{view_title(view)} — {APP_NAME}")

    def current_view(self) -> ViewId:
        """Return the view shown now."""
        return ViewId(max(0, self.nav.currentRow()))

    def build_all_views(self) -> None:
        """Build every view (the smoke test does, to find any that fails)."""
        for view in ViewId:
            self.view(view)

    def show_guide(self) -> None:
        """Open Help > Guide and shortcuts (F1): the method and the keys, beside the window."""
        from infoview_gui.ui.dialogs.help_guide import HelpGuideDialog

        if self.help_guide is None:
            actions = [a for menu in self.menuBar().findChildren(QMenu) for a in menu.actions()]
            self.help_guide = HelpGuideDialog(actions, self)
        if self.help_guide.isVisible():  # behind the window: bring it forward
            self.help_guide.raise_()
            self.help_guide.activateWindow()
        self.help_guide.show()

    def _restore_state(self) -> None:
        geometry = self.state.value("window/geometry")
        if not isinstance(geometry, QByteArray) or not self.restoreGeometry(geometry):
            # 1100x720 at the first start, or the screen's room where that is less (a
            # 1024x640 laptop must show the whole window, its buttons on the right too).
            screen = QGuiApplication.primaryScreen()
            first = QSize(1100, 720)
            self.resize(first.boundedTo(screen.availableGeometry().size()) if screen else first)
        try:
            view = ViewId(int(str(self.state.value("window/view", 0))))
        except ValueError:
            view = ViewId.HOME
        self.show_view(view)

    def save_state(self) -> None:
        """Remember size, position and the view open (not during a smoke test)."""
        if not self.remember_state:
            return
        self.state.setValue("window/geometry", self.saveGeometry())
        self.state.setValue("window/view", int(self.current_view()))
        self.state.sync()

    @property
    def painted(self) -> bool:
        """Whether the window has been painted once."""
        return self._painted

    @property
    def sync(self) -> SyncController:
        """The sync with the user's account, made on first use (after the first paint)."""
        if self._sync is None:
            from infoview_gui.ui.sync_actions import make_controller

            self._sync = make_controller(self)
        return self._sync

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint; after the first time, say so (once the frame is on screen)."""
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save pending edits (or ask, if one cannot be saved) and remember the window."""
        from infoview_gui.ui.save_status import confirm_close

        if not confirm_close(self, self.events):
            event.ignore()
            return
        self.save_state()
        super().closeEvent(event)

    def _on_nav_current_row_changed(self, row: int) -> None:
        if row >= 0:
            self.show_view(row)

    def _on_events_guide_step_requested(self, step: int) -> None:
        self.show_view(ViewId.GUIDE)
        self.guide().wizard.go_to_step(step)

    def _on_guide_step_changed(self, step: int) -> None:
        if self.remember_state:
            self.state.setValue("guide/step", step)

    def _on_print_list_requested(self, list_id: int) -> None:
        from infoview_gui.ui.print_actions import print_list_sheet

        print_list_sheet(list_id, self)

    def _on_print_sheet_requested(self, interview_id: int) -> None:
        from infoview_gui.ui.print_actions import print_interview_sheet

        print_interview_sheet(interview_id, self)

    def _on_start_interview_requested(self, interview_id: int) -> None:
        from infoview_gui.ui.views.interview_opening import open_interview_mode

        open_interview_mode(interview_id, self, self.events, cards_dir=self.paths.cards_dir)

    def _on_events_saved(self, message: str) -> None:
        self.show_status(message, 4000)

    def show_status(self, message: str, timeout_ms: int) -> None:
        """Show ``message`` in the status bar for a while; a screen reader says it."""
        from infoview_gui.ui.accessibility import announce

        self.statusBar().showMessage(message, timeout_ms)
        announce(self.statusBar(), message)

    def bring_forward(self, message: str = "") -> None:
        """Show, raise and activate the window (a second launch asked for it)."""
        from PySide6.QtCore import Qt  # not at start: its enums cost 18 ms (see labels.py)

        if self.isMinimized():
            self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()
        if message:
            self.show_status(message, 6000)
