"""Help > Report a problem: what to send (version, system, the last lines of the log)."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication, QTextCursor
from PySide6.QtWidgets import QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

from infoview_gui import APP_NAME, __version__
from infoview_gui.logfiles import WINDOW_LOG, last_lines, system_description
from infoview_gui.paths import AppPaths
from infoview_gui.ui.dialogs.typing_guard import TypingDialog
from infoview_gui.ui.widgets.buttons import box_button
from infoview_gui.ui.widgets.labels import heading_label, plain_label

translate = QCoreApplication.translate
LOG_LINES = 50
EXPLANATION = str(
    QT_TRANSLATE_NOOP(
        "ReportProblemDialog",
        "If something went wrong, send us this text with a few words about what you were "
        "doing. It holds no names, email addresses, notes or drafts: %1 names your records "
        "by their number only. The log folder keeps the older lines too.",
    )
)
UrlOpener = Callable[[QUrl], object]


def report_text(paths: AppPaths) -> str:
    """Return the plain text to send: version, system and the last lines of the log."""
    log_file = paths.logs_dir / WINDOW_LOG
    empty = translate("ReportProblemDialog", "(the log is empty)")
    lines = last_lines(log_file, LOG_LINES) or [empty]
    system = translate("ReportProblemDialog", "System: %1").replace("%1", system_description())
    last = translate("ReportProblemDialog", "The last lines of %1:").replace("%1", str(log_file))
    return "\n".join(
        [
            f"{APP_NAME} {__version__}",
            system,
            f"Python {sys.version.split()[0]}, Qt {qVersion()}, PySide6 {pyside_version}",
            "",
            last,
            *lines,
        ]
    )


class ReportProblemDialog(TypingDialog):
    """Shows what to send, read-only, with "Copy", "Open log folder" and "Close"."""

    def __init__(
        self,
        paths: AppPaths,
        parent: QWidget | None = None,
        *,
        opener: UrlOpener = QDesktopServices.openUrl,
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self._opener = opener
        self.setWindowTitle(translate("ReportProblemDialog", "Report a problem"))
        explanation = translate("ReportProblemDialog", EXPLANATION).replace("%1", APP_NAME)
        self.setMinimumSize(640, 440)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(translate("ReportProblemDialog", "Text to send"))
        self.text.setAccessibleDescription(explanation)
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)  # no sideways scroll
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setPlainText(report_text(paths))
        self.buttons = QDialogButtonBox()
        role = QDialogButtonBox.ButtonRole
        self.copy_button = box_button(
            self.buttons, translate("ReportProblemDialog", "Copy"), role.ActionRole
        )
        self.folder_button = box_button(
            self.buttons, translate("ReportProblemDialog", "Open log folder"), role.ActionRole
        )
        self.close_button = box_button(
            self.buttons, translate("ReportProblemDialog", "Close"), role.RejectRole
        )
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(translate("ReportProblemDialog", "Report a problem")))
        layout.addWidget(plain_label(explanation))
        layout.addWidget(self.text, 1)
        layout.addWidget(self.buttons)
        self._connect_signals()
        self.text.setFocus()  # a space typed by habit presses no button
        self.text.moveCursor(QTextCursor.MoveOperation.End)  # the latest lines in view
        self.text.moveCursor(QTextCursor.MoveOperation.StartOfLine)

    def _connect_signals(self) -> None:
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.folder_button.clicked.connect(self._on_folder_button_clicked)
        self.buttons.rejected.connect(self.reject)

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())
        self.copy_button.setText(translate("ReportProblemDialog", "Copied"))

    def _on_folder_button_clicked(self) -> None:
        with contextlib.suppress(OSError):  # then the desktop says it cannot open it
            self.paths.ensure_logs_dir()  # none yet when nothing was logged
        self._opener(QUrl.fromLocalFile(str(self.paths.logs_dir)))
