"""Reading a photo or scan of a business card: checked, turned upright, scaled, re-encoded.

Qt's image readers live here so that the services stay free of Qt: the dialog calls
``read_card_image`` and hands the bytes it returns to ``services.cards``.
Re-encoding also drops what a phone writes into a photo (its location, the camera).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QImageWriter

from infoview_gui.domain.errors import ValidationError
from infoview_gui.domain.i18n import formats
from infoview_gui.domain.os_errors import advice, reason
from infoview_gui.services.cards import MAX_IMAGE_BYTES, check_image

MAX_SIDE = 1600
MAX_PIXELS = 80_000_000
MAX_DECODED_SIDE = 20_000
JPEG_QUALITY = 88
_FIELD = "card_image"
translate = QCoreApplication.translate


@dataclass(frozen=True)
class CardImage:
    """An image ready to keep: its encoded bytes and its size in pixels."""

    data: bytes
    width: int
    height: int
    scaled: bool


def read_card_image(path: str | Path) -> CardImage:
    """Read a PNG or JPEG file and return it ready to keep, scaled to ``MAX_SIDE`` at most.

    Raises:
        ValidationError: in words for the user, when the file cannot be read, is not a
            PNG or JPEG, is damaged or incomplete, or is far too large.
    """
    data = _read_bytes(Path(path))
    image = _decode(data)
    scaled = max(image.width(), image.height()) > MAX_SIDE
    if scaled:
        image = image.scaled(
            QSize(MAX_SIDE, MAX_SIDE),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    encoded = _encode(image, "png" if data.startswith(b"\x89PNG") else "jpeg")
    return CardImage(encoded, image.width(), image.height(), scaled)


def _read_bytes(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_IMAGE_BYTES + 1)
    except OSError as error:
        message = translate("CardImage", "The picture could not be opened: %1. %2")
        message = message.replace("%1", reason(error)).replace("%2", advice(error))
        raise ValidationError(_FIELD, message) from error
    check_image(data)  # size, type and completeness, from the bytes, before decoding
    return data


def _decode(data: bytes) -> QImage:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)  # a phone photo taken sideways comes out upright
    size = reader.size()
    if not size.isValid():
        raise ValidationError(_FIELD, _damaged())
    width, height = size.width(), size.height()
    if max(width, height) > MAX_DECODED_SIDE or width * height > MAX_PIXELS:
        message = translate(
            "CardImage",
            "This image is too large (%1 × %2 pixels): choose a photo or scan of a more usual "
            "size.",
        )
        number = formats().number  # the locale's grouping: "30,000", "30.000"
        message = message.replace("%1", number(width)).replace("%2", number(height))
        raise ValidationError(_FIELD, message)
    image = reader.read()
    if image.isNull():
        raise ValidationError(_FIELD, _damaged())
    return image


def _damaged() -> str:
    return translate("CardImage", "This image could not be read: it may be damaged.")


def _encode(image: QImage, kind: str) -> bytes:
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(kind.encode("ascii")))
    if kind == "jpeg":
        writer.setQuality(JPEG_QUALITY)
    if not writer.write(image):
        raise ValidationError(
            _FIELD, translate("CardImage", "This image could not be converted for keeping.")
        )
    buffer.close()
    return bytes(array.data())
