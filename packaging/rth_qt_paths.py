"""Runtime hook of the standalone InfoView, in place of PyInstaller's ``pyi_rth_pyside6``.

PyInstaller's hook imports PySide6.QtCore before the app's first line, only to register a
``qt.conf`` that PySide6's wheels register themselves when QtCore loads. With Qt loaded
first, every command-line command (``infoview check``, ``infoview --version``) would load
Qt, and the window would load its data layer after Qt, which costs more there (PySide6
looks for the source of every module imported after it). This hook only points Qt at the
bundled plugins, as PyInstaller's does, and leaves the importing to the app.
"""

import os
import sys

_bundle = getattr(sys, "_MEIPASS", os.path.dirname(sys.executable))
_qt = (
    os.path.join(_bundle, "PySide6")
    if sys.platform == "win32"
    else os.path.join(_bundle, "PySide6", "Qt")
)
os.environ["QT_PLUGIN_PATH"] = os.path.join(_qt, "plugins")
