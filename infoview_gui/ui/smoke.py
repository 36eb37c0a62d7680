"""The smoke test: every view built and shown, the guide stepped through, dialogs opened."""

from __future__ import annotations

from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication

from infoview_gui.ui.main_window import MainWindow
from infoview_gui.ui.views.ids import ViewId
from infoview_gui.ui.wizard.ids import PageId


def exercise(window: MainWindow) -> list[str]:
    """Drive the window through every view and page; return what went wrong."""
    from infoview_gui.ui.dialogs.about import AboutDialog
    from infoview_gui.ui.dialogs.backups import BackupsDialog
    from infoview_gui.ui.dialogs.check_report import CheckReportDialog
    from infoview_gui.ui.dialogs.export_dialog import ExportDialog
    from infoview_gui.ui.dialogs.import_dialog import ImportDialog
    from infoview_gui.ui.dialogs.preferences import PreferencesDialog
    from infoview_gui.ui.dialogs.profile import ProfileDialog
    from infoview_gui.ui.dialogs.report_problem import ReportProblemDialog

    failures: list[str] = []
    window.build_all_views()
    for view in ViewId:
        window.show_view(view)
        QApplication.processEvents()
        if window.stack.currentWidget() is not window.views[view]:
            failures.append(f"view {view.name} was not shown")
    wizard = window.guide().wizard
    wizard.restart()
    for page_id in PageId:
        QApplication.processEvents()
        if wizard.currentId() != page_id:
            failures.append(f"guide page {page_id.name} was not reached")
            break
        if page_id != PageId.THANKS:
            wizard.next()
    for dialog in (
        ProfileDialog(window),
        PreferencesDialog(window),
        AboutDialog(window.paths, window),
        ReportProblemDialog(window.paths, window),
        ImportDialog(window.events, window),
        ExportDialog(window.events, window),
        BackupsDialog(window.paths, window.events, window),
        CheckReportDialog(window.paths, window.events, window),
    ):
        dialog.show()
        QApplication.processEvents()
        dialog.close()
    window.show_view(ViewId.HOME)
    if not QFontInfo(window.font()).family():
        failures.append("the window has no font")
    return failures
