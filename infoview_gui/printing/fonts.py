"""The sheet's bundled font: registered once with Qt so every machine prints the same sheet.

Open Sans (Apache License 2.0) lives in ``resources/fonts``. When its files are missing or
Qt refuses them, the sheets fall back to the system's sans-serif font, and
``register_fonts`` says so instead of failing.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from infoview_gui.paths import resource_path

FAMILY = "Open Sans"
FONT_FILES = (
    "OpenSans-Regular.ttf",
    "OpenSans-Italic.ttf",
    "OpenSans-Bold.ttf",
    "OpenSans-Semibold.ttf",
)

_state: dict[str, str] = {}


def register_fonts() -> str:
    """Register the bundled font files once; return the family the sheets print with.

    Needs a QGuiApplication. Cheap after the first call.
    """
    if "family" not in _state:
        _state["family"] = _register()
    return _state["family"]


def _register() -> str:
    registered = False
    for name in FONT_FILES:
        path = resource_path("fonts", name)
        if not path.is_file():
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        registered = registered or (
            font_id >= 0 and FAMILY in QFontDatabase.applicationFontFamilies(font_id)
        )
    return FAMILY if registered else fallback_family()


def fallback_family() -> str:
    """Return the system's general sans-serif family."""
    return (
        QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()
        or QFont("sans-serif").family()
    )


def sheet_family() -> str:
    """Return the family the sheets use, registering the bundled font if needed."""
    return register_fonts()


def bundled_font_available() -> bool:
    """Return True when the sheets print with the bundled font."""
    return register_fonts() == FAMILY
