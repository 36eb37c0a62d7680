"""Help > About: version, data folder and database size."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QObject, Qt, QUrl
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from infoview_gui import APP_NAME, __version__
from infoview_gui.paths import AppPaths
from infoview_gui.store.database import database_size
from infoview_gui.ui.dialogs.typing_guard import TypingDialog
from infoview_gui.ui.widgets.labels import heading_label, plain_label

translate = QCoreApplication.translate
UNITS = (
    str(QT_TRANSLATE_NOOP("AboutDialog", "%1 KB")),
    str(QT_TRANSLATE_NOOP("AboutDialog", "%1 MB")),
    str(QT_TRANSLATE_NOOP("AboutDialog", "%1 GB")),
)


class SizeWords(QObject):
    """The words of a size (a ``QObject``: lupdate marks plural forms only in ``tr``)."""

    def in_bytes(self, size: int) -> str:
        """Return ``512 bytes``, ``1 byte``: the unit in the form the number needs."""
        return self.tr("%n byte(s)", "", size)


def human_size(size: int) -> str:
    """Return a byte count in words a person reads, e.g. ``1.4 MB`` (``1,4 MB`` in German)."""
    if size < 1000:
        return SizeWords().in_bytes(size)
    value, unit = size / 1000, 0
    while value >= 1000 and unit < len(UNITS) - 1:
        value, unit = value / 1000, unit + 1
    number = QLocale().toString(value, "f", 1)
    return translate("AboutDialog", UNITS[unit]).replace("%1", number)


class AboutDialog(TypingDialog):
    """Shows what InfoView is, its version, where the data lives and how big it is."""

    def __init__(self, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("AboutDialog", "About %1").replace("%1", APP_NAME))
        url = QUrl.fromLocalFile(str(paths.data_dir)).toString()
        self.folder_link = QLabel(
            f'<a href="{html.escape(url)}">{html.escape(str(paths.data_dir))}</a>'
        )
        self.folder_link.setTextFormat(Qt.TextFormat.RichText)
        self.folder_link.setOpenExternalLinks(True)
        self.folder_link.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.folder_link.setToolTip(translate("AboutDialog", "Open the data folder"))
        self.version = plain_label(__version__)
        self.db_size = plain_label(human_size(database_size(paths.database)))
        form = QFormLayout()
        form.addRow(translate("AboutDialog", "Version"), self.version)
        form.addRow(translate("AboutDialog", "Data folder"), self.folder_link)
        form.addRow(translate("AboutDialog", "Database size"), self.db_size)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(APP_NAME))
        layout.addWidget(
            plain_label(
                translate(
                    "AboutDialog",
                    "Plan, hold and follow up informational interviews: learn what a career "
                    "is really like from the people who do the work. Everything stays on this "
                    "computer.",
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(buttons)
