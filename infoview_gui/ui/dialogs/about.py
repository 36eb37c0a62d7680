"""Help > About: version, data folder and database size."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from infoview_gui import APP_NAME, __version__
from infoview_gui.domain.wording import counted
from infoview_gui.paths import AppPaths
from infoview_gui.store.database import database_size
from infoview_gui.ui.dialogs.typing_guard import TypingDialog
from infoview_gui.ui.widgets.labels import heading_label, plain_label


def human_size(size: int) -> str:
    """Return a byte count in words a person reads, e.g. ``1.4 MB``."""
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            return counted(size, "byte", "bytes") if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1000
    return counted(size, "byte", "bytes")


class AboutDialog(TypingDialog):
    """Shows what InfoView is, its version, where the data lives and how big it is."""

    def __init__(self, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"About {APP_NAME}")
        url = QUrl.fromLocalFile(str(paths.data_dir)).toString()
        self.folder_link = QLabel(
            f'<a href="{html.escape(url)}">{html.escape(str(paths.data_dir))}</a>'
        )
        self.folder_link.setTextFormat(Qt.TextFormat.RichText)
        self.folder_link.setOpenExternalLinks(True)
        self.folder_link.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.folder_link.setToolTip("Open the data folder")
        self.version = plain_label(__version__)
        self.db_size = plain_label(human_size(database_size(paths.database)))
        form = QFormLayout()
        form.addRow("Version", self.version)
        form.addRow("Data folder", self.folder_link)
        form.addRow("Database size", self.db_size)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(APP_NAME))
        layout.addWidget(
            plain_label(
                "Plan, hold and follow up informational interviews: learn what a career is "
                "really like from the people who do the work. Everything stays on this computer."
            )
        )
        layout.addLayout(form)
        layout.addWidget(buttons)
