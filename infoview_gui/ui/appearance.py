"""Keeps the application's palette and style sheet in step with the chosen appearance.

A forced Light or Dark sets our own palette on Fusion (``setColorScheme`` is only a
request, which some platforms ignore; it is still made, so that title bars follow).
Following the system picks our light or dark palette from the scheme Qt reports, and the
high-contrast one where Qt (6.10 and later) reports a preference for more contrast. Any
palette change, ours or another's, rebuilds the style sheet from the new colours.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from infoview_gui.domain.appearance import Appearance
from infoview_gui.ui.style import style_sheet
from infoview_gui.ui.theme import Scheme, ThemeColours, is_dark, palette_for

if TYPE_CHECKING:  # imported where used: importing Qt creates its 93 enums (18 ms)
    from PySide6.QtCore import Qt


def wants_high_contrast() -> bool:
    """Tell whether the desktop asks for more contrast (always False before Qt 6.10)."""
    from PySide6.QtCore import Qt

    accessibility = getattr(QApplication.styleHints(), "accessibility", None)
    preference = getattr(Qt, "ContrastPreference", None)
    if accessibility is None or preference is None:
        return False
    return bool(accessibility().contrastPreference() == preference.HighContrast)


def scheme_for(appearance: Appearance, system_dark: bool, high_contrast: bool) -> Scheme:
    """Return the palette to use for the user's choice and what the desktop reports."""
    dark = system_dark if appearance is Appearance.SYSTEM else appearance is Appearance.DARK
    if high_contrast:
        return Scheme.HIGH_CONTRAST_DARK if dark else Scheme.HIGH_CONTRAST_LIGHT
    return Scheme.DARK if dark else Scheme.LIGHT


class AppearanceKeeper(QObject):
    """Applies an appearance to the application and follows the desktop's changes.

    Until ``settle`` is called (after the first paint, at start) it names none of Qt's
    namespace enums, which PySide6 creates all at once (18 ms): the desktop's scheme is
    read from the palette Qt was given, and the high-contrast wish waits for ``settle``.

    Args:
        app: the application; the keeper lives as long as it does.
        at_start: True while the first window is not painted yet.
    """

    def __init__(self, app: QApplication, *, at_start: bool = False) -> None:
        super().__init__(app)
        self.setObjectName("appearanceKeeper")
        self.app = app
        self.own_sheet = True
        self.appearance = Appearance.SYSTEM
        self.at_start = at_start
        self.high_contrast = False if at_start else wants_high_contrast()
        self._platform_dark = is_dark(app.palette())  # before ours replaces it
        self._requested = False
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.app.paletteChanged.connect(self._on_app_palette_changed)
        hints = self.app.styleHints()
        hints.colorSchemeChanged.connect(self._on_hints_color_scheme_changed)
        accessibility = getattr(hints, "accessibility", None)
        if accessibility is not None:
            accessibility().contrastPreferenceChanged.connect(self._on_contrast_changed)

    def apply(self, appearance: Appearance) -> None:
        """Use ``appearance`` from now on: palette and style sheet at once."""
        self.appearance = appearance
        if not self.at_start:
            self._request_scheme()
        scheme = scheme_for(appearance, self.system_dark(), self.high_contrast)
        self.app.setPalette(palette_for(scheme))
        self.rebuild_sheet()

    def settle(self) -> None:
        """After the first paint: ask the desktop for the scheme chosen, honour its contrast."""
        self.at_start = False
        self.high_contrast = wants_high_contrast()
        self.apply(self.appearance)

    def system_dark(self) -> bool:
        """Tell whether the desktop uses a dark scheme."""
        if self.at_start or self._requested:
            return self._platform_dark
        from PySide6.QtCore import Qt

        scheme = self.app.styleHints().colorScheme()
        if scheme == Qt.ColorScheme.Unknown:
            return self._platform_dark
        return scheme == Qt.ColorScheme.Dark

    def _request_scheme(self) -> None:
        """Ask the platform for the scheme chosen (title bars follow; some ignore it)."""
        hints = self.app.styleHints()
        if self.appearance is Appearance.SYSTEM:
            if self._requested:
                self._requested = False
                hints.unsetColorScheme()
            return
        from PySide6.QtCore import Qt

        dark = self.appearance is Appearance.DARK
        if not self._requested:
            self._platform_dark = self.system_dark()  # what the desktop had, asked for nothing
        self._requested = True
        hints.setColorScheme(Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)

    def rebuild_sheet(self) -> None:
        """Build the style sheet from the application's palette now."""
        if not self.own_sheet:
            return
        sheet = style_sheet(ThemeColours.of(self.app.palette()))
        if sheet != self.app.styleSheet():
            self.app.setStyleSheet(sheet)

    def _on_app_palette_changed(self, _palette: QPalette) -> None:
        self.rebuild_sheet()

    def _on_hints_color_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        from PySide6.QtCore import Qt

        if self.appearance is Appearance.SYSTEM and not self._requested:
            self._platform_dark = scheme == Qt.ColorScheme.Dark
            self.apply(Appearance.SYSTEM)

    def _on_contrast_changed(self, *_args: object) -> None:
        self.high_contrast = wants_high_contrast()
        self.apply(self.appearance)


def keeper(app: QApplication) -> AppearanceKeeper | None:
    """Return the application's keeper, if it has one."""
    return app.findChild(AppearanceKeeper, "appearanceKeeper")


def apply_appearance(appearance: Appearance) -> None:
    """Use ``appearance`` now (Preferences calls this once the choice is saved)."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        found = keeper(app) or AppearanceKeeper(app)
        found.apply(appearance)


def settle_appearance() -> None:
    """Once the first window is painted: see ``AppearanceKeeper.settle``."""
    app = QApplication.instance()
    found = keeper(app) if isinstance(app, QApplication) else None
    if found is not None and found.at_start:
        found.settle()
