"""A small picture of a business card, for the card dialog and the contact dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, QLocale, QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QWidget

THUMBNAIL_SIZE = QSize(220, 140)
NO_IMAGE_TEXT = str(QT_TRANSLATE_NOOP("CardThumbnail", "No photo of the card"))
"""In US English: shown translated."""


class CardThumbnail(QLabel):
    """Shows a card's photo scaled to fit, or says there is none.

    ``set_path`` shows a stored file, ``set_data`` encoded bytes not stored yet.
    """

    def __init__(self, parent: QWidget | None = None, *, size: QSize = THUMBNAIL_SIZE) -> None:
        super().__init__(parent)
        self._box = size
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedSize(size)
        self.setObjectName("cardThumbnail")
        self.setAccessibleName(self.tr("Photo of the business card"))
        self.clear_image()

    @property
    def has_image(self) -> bool:
        """True while a picture is shown."""
        return not self.pixmap().isNull()

    def clear_image(self) -> None:
        """Show that there is no picture."""
        self.setPixmap(QPixmap())
        self.setText(QCoreApplication.translate("CardThumbnail", NO_IMAGE_TEXT))
        self.setToolTip("")

    def set_path(self, path: Path | None) -> None:
        """Show the picture in ``path``; None, or a file that does not load, shows none."""
        pixmap = QPixmap()
        if path is None or not pixmap.load(str(path)):
            self.clear_image()
            return
        self._show(pixmap)

    def set_data(self, data: bytes) -> None:
        """Show a picture from its encoded bytes (PNG or JPEG)."""
        pixmap = QPixmap()
        if not pixmap.loadFromData(QByteArray(data)):
            self.clear_image()
            return
        self._show(pixmap)

    def _show(self, pixmap: QPixmap) -> None:
        inner = self._box - QSize(6, 6)
        self.setPixmap(
            pixmap.scaled(
                inner,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        locale = QLocale()
        size = self.tr("Photo of the card, %1 × %2 pixels")
        width, height = locale.toString(pixmap.width()), locale.toString(pixmap.height())
        self.setToolTip(size.replace("%1", width).replace("%2", height))
