"""The window's font: the bundled Open Sans where the system has no font, the system's elsewhere.

Each case runs in its own process, because fontconfig reads its configuration once: an
empty configuration (``FONTCONFIG_FILE``) stands for a bare machine without fonts.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
FONTS = ROOT / "resources" / "fonts"

# Draws a line of text with the application font: counts the pixels it darkened, and
# compares the width of narrow and wide letters (without a font, Qt draws every character
# as the same empty box).
PROBE = """
import json, sys
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo, QFontMetrics, QGuiApplication, QImage, QPainter
app = QGuiApplication(["infoview"])
bundled = False
if sys.argv[1] == "ensure":
    from infoview_gui.ui.app_font import ensure_app_font
    bundled = ensure_app_font()
image = QImage(400, 60, QImage.Format.Format_RGB32)
image.fill(Qt.GlobalColor.white)
painter = QPainter(image)
painter.setFont(app.font())
painter.drawText(10, 40, "Informational interviews")
painter.end()
dark = sum(1 for x in range(400) for y in range(60) if image.pixelColor(x, y).lightness() < 128)
metrics = QFontMetrics(app.font())
shaped = metrics.horizontalAdvance("iiiiiiiiii") < metrics.horizontalAdvance("MMMMMMMMMM")
family = QFontInfo(app.font()).family()
print(json.dumps({"bundled": bundled, "family": family, "letters": shaped, "dark": dark > 200}))
"""


def fontconfig_file(folder: Path, font_dir: Path | None) -> Path:
    """Write a fontconfig configuration that knows only ``font_dir`` (or no font at all)."""
    dirs = f"<dir>{font_dir}</dir>" if font_dir else ""
    config = folder / "fonts.conf"
    config.write_text(
        f'<?xml version="1.0"?><fontconfig>{dirs}<cachedir>{folder / "cache"}</cachedir>'
        "</fontconfig>",
        encoding="utf-8",
    )
    return config


def probe(mode: str, config: Path) -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FONTCONFIG_FILE": str(config)}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, mode],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


@pytest.fixture
def no_fonts(tmp_path: Path) -> Path:
    return fontconfig_file(tmp_path, None)


def test_without_fonts_qt_draws_no_text(no_fonts: Path) -> None:
    # The problem the module solves: on a machine without fonts the window has no letters.
    assert probe("plain", no_fonts) == {
        "bundled": False,
        "family": "",
        "letters": False,  # a row of boxes
        "dark": True,
    }


def test_without_fonts_the_window_shows_text_in_open_sans(no_fonts: Path) -> None:
    assert probe("ensure", no_fonts) == {
        "bundled": True,
        "family": "Open Sans",
        "letters": True,
        "dark": True,
    }


def test_with_a_system_font_the_system_font_stays(tmp_path: Path) -> None:
    system_fonts = tmp_path / "system-fonts"
    system_fonts.mkdir()
    (system_fonts / "Regular.ttf").write_bytes((FONTS / "OpenSans-Regular.ttf").read_bytes())
    result = probe("ensure", fontconfig_file(tmp_path, system_fonts))
    assert result == {"bundled": False, "family": "Open Sans", "letters": True, "dark": True}
