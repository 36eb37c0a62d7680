"""Render the application icon from ``resources/icons/infoview.svg``.

The 16 px size comes from ``infoview-16.svg``, the same design fitted to the pixel grid.

Writes the PNG sizes a Linux desktop looks for (``resources/icons/hicolor/NxN/apps``),
``packaging/windows/infoview.ico`` and ``packaging/macos/infoview.icns``. The outputs
are committed, so a build needs no generation step; run this again after changing the
SVG::

    python packaging/make_icons.py

Only PySide6 is needed (QtSvg renders the SVG). The ICO and ICNS containers are written
here: both simply hold PNG images behind a small header (ICO with PNG entries needs
Windows Vista or later; ICNS PNG entries need macOS 10.7 or later).
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "infoview.svg"
SVG_16 = ROOT / "resources" / "icons" / "infoview-16.svg"  # fitted to the pixel grid
HICOLOR = ROOT / "resources" / "icons" / "hicolor"
ICO = ROOT / "packaging" / "windows" / "infoview.ico"
ICNS = ROOT / "packaging" / "macos" / "infoview.icns"

HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # 256 is the largest an ICO entry can be
# ICNS element types holding PNG data, with the pixel size of each (the @2x types
# are the retina versions of the size below them).
ICNS_TYPES = (
    (b"ic11", 32),  # 16@2x
    (b"ic12", 64),  # 32@2x
    (b"ic07", 128),
    (b"ic13", 256),  # 128@2x
    (b"ic08", 256),
    (b"ic14", 512),  # 256@2x
    (b"ic09", 512),
    (b"ic10", 1024),  # 512@2x
)


def render_png(svg: Path, size: int) -> bytes:
    """Return the SVG rendered as a square PNG of ``size`` pixels."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """Return an ICO file whose entries are the given PNG images."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        png = pngs[size]
        side = size % 256  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        images += png
        offset += len(png)
    return header + entries + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """Return an ICNS file with one PNG element per entry of ``ICNS_TYPES``."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` unless it already holds exactly that."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists() and path.read_bytes() == data:
        return
    path.write_bytes(data)
    print(f"wrote {path.relative_to(ROOT)} ({len(data):,} bytes)")


def main() -> int:
    """Render every size and write the PNGs, the ICO and the ICNS."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    sizes = sorted({*HICOLOR_SIZES, *ICO_SIZES, *(size for _, size in ICNS_TYPES)})
    pngs = {size: render_png(SVG_16 if size <= 16 else SVG, size) for size in sizes}
    for size in HICOLOR_SIZES:
        write(HICOLOR / f"{size}x{size}" / "apps" / "infoview.png", pngs[size])
    write(ICO, ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    write(ICNS, icns_bytes(pngs))
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
