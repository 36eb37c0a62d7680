"""The dialogs the main window's menus open (File, Edit, Settings, Tools, Help > About).

A mixin of :class:`~infoview_gui.ui.main_window.MainWindow`, apart so that the window's
module stays about its layout, its views and its state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from infoview_gui.ui.views.ids import ViewId

if TYPE_CHECKING:
    from infoview_gui.paths import AppPaths
    from infoview_gui.ui.events import AppEvents

translate = QCoreApplication.translate


class MenuDialogs:
    """Opens the dialogs of the menus, with the window as their parent."""

    paths: AppPaths
    events: AppEvents
    views: dict[ViewId, QWidget]

    def widget(self) -> QWidget:
        """The window, as the dialogs' parent."""
        return cast(QWidget, self)

    def edit_profile(self) -> None:
        """Open the profile dialog."""
        from infoview_gui.ui.dialogs.profile import ProfileDialog

        if ProfileDialog(self.widget()).exec():
            self.events.saved.emit(translate("MainWindow", "Profile saved"))

    def import_contacts(self) -> None:
        """Open File > Import."""
        from infoview_gui.ui.dialogs.import_dialog import ImportDialog

        dialog = ImportDialog(self.events, self.widget(), paths=self.paths)
        dialog.exec()
        dialog.deleteLater()

    def show_duplicates(self) -> None:
        """Open Edit > Possible duplicates."""
        from infoview_gui.ui.dialogs.duplicates import DuplicatesDialog

        DuplicatesDialog(self.widget(), self.events).exec()

    def export_data(self) -> None:
        """Open File > Export, offering the contacts selected in the Contacts view."""
        from infoview_gui.ui.dialogs.export_dialog import ExportDialog
        from infoview_gui.ui.views.contacts import ContactsView

        contacts = self.views.get(ViewId.CONTACTS)
        selected = contacts.table.selected_ids() if isinstance(contacts, ContactsView) else []
        ExportDialog(self.events, self.widget(), selected_ids=selected).exec()

    def check_database(self) -> None:
        """Open Tools > Check database (it checks, repairs what is safe, and reports)."""
        from infoview_gui.ui.dialogs.check_report import CheckReportDialog

        dialog = CheckReportDialog(self.paths, self.events, self.widget())
        dialog.backups_requested.connect(self.show_backups)
        dialog.exec()

    def show_backups(self) -> None:
        """Open Tools > Backups."""
        from infoview_gui.ui.dialogs.backups import BackupsDialog

        BackupsDialog(self.paths, self.events, self.widget()).exec()

    def edit_preferences(self) -> None:
        """Open Settings > Preferences."""
        from infoview_gui.ui.dialogs.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.widget())
        if dialog.exec():
            self.events.saved.emit(dialog.language.saved_message())

    def report_problem(self) -> None:
        """Open Help > Report a problem."""
        from infoview_gui.ui.dialogs.report_problem import ReportProblemDialog

        ReportProblemDialog(self.paths, self.widget()).exec()

    def show_about(self) -> None:
        """Open Help > About."""
        from infoview_gui.ui.dialogs.about import AboutDialog

        AboutDialog(self.paths, self.widget()).exec()
