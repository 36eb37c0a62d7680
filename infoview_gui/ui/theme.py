"""InfoView's colours: our own light and dark palettes for Fusion, and named colour roles.

Every colour the UI draws comes from here: the palette's roles, and ``ThemeColours``, the
few named roles of our own (muted text, accent, danger...) derived from a palette. A
palette is dark when its window colour is; the accents then switch to tints that read on
a dark background. A high-contrast palette (pure black and white) gets stronger ones.
Printed sheets do not use this module: paper stays black on white.

A delegate that paints text in a colour of its own says so with ``painted_text``
(``PaintsText``): the contrast test checks those colours against what they are painted on.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple, Protocol

from PySide6.QtGui import QColor, QGuiApplication, QPalette

Role = QPalette.ColorRole
Group = QPalette.ColorGroup


class Scheme(StrEnum):
    """The palettes InfoView brings."""

    LIGHT = "light"
    DARK = "dark"
    HIGH_CONTRAST_LIGHT = "high-contrast-light"
    HIGH_CONTRAST_DARK = "high-contrast-dark"


# window, base, alternate base, text, button, highlight, highlighted text, link, placeholder,
# disabled text
_NEUTRALS: dict[Scheme, tuple[str, ...]] = {
    Scheme.LIGHT: (
        "#f2f4f7", "#ffffff", "#f5f7fa", "#1d2430", "#eef1f5",
        "#1f5fae", "#ffffff", "#1f5fae", "#5f6773", "#8a919c",
    ),
    Scheme.DARK: (
        "#1d2127", "#16191e", "#23282f", "#e6e9ee", "#2b3038",
        "#2f6cbf", "#ffffff", "#8ab4f8", "#a3abb6", "#6b7380",
    ),
    Scheme.HIGH_CONTRAST_LIGHT: (
        "#ffffff", "#ffffff", "#f2f2f2", "#000000", "#ffffff",
        "#00307a", "#ffffff", "#00307a", "#333333", "#595959",
    ),
    Scheme.HIGH_CONTRAST_DARK: (
        "#000000", "#000000", "#141414", "#ffffff", "#000000",
        "#ffd83d", "#000000", "#ffd83d", "#d6d6d6", "#a6a6a6",
    ),
}  # fmt: skip


def palette_for(scheme: Scheme) -> QPalette:
    """Return our palette for ``scheme``, complete for the Fusion style."""
    window, base, alt, text, button, highlight, on_highlight, link, muted, disabled = (
        QColor(c) for c in _NEUTRALS[scheme]
    )
    palette = QPalette(button, window)  # Qt derives light, mid, dark and shadow from these
    for role, colour in (
        (Role.Window, window),
        (Role.WindowText, text),
        (Role.Base, base),
        (Role.AlternateBase, alt),
        (Role.Text, text),
        (Role.Button, button),
        (Role.ButtonText, text),
        (Role.BrightText, QColor("#ffffff")),
        (Role.Highlight, highlight),
        (Role.HighlightedText, on_highlight),
        (Role.Link, link),
        (Role.LinkVisited, link),
        (Role.PlaceholderText, muted),
        (Role.ToolTipBase, base),
        (Role.ToolTipText, text),
        (Role.Accent, highlight),
    ):
        palette.setColor(Group.All, role, colour)
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(Group.Disabled, role, disabled)
    palette.setColor(Group.Disabled, Role.Highlight, mix(highlight, base, 0.5))
    return palette


def mix(a: QColor, b: QColor, share_of_b: float) -> QColor:
    """Return ``a`` blended with ``b`` (``share_of_b`` of the way to ``b``)."""
    keep = 1.0 - share_of_b
    return QColor.fromRgbF(
        a.redF() * keep + b.redF() * share_of_b,
        a.greenF() * keep + b.greenF() * share_of_b,
        a.blueF() * keep + b.blueF() * share_of_b,
    )


def luminance(colour: QColor) -> float:
    """Return the relative luminance of ``colour`` (WCAG 2)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """Return the WCAG contrast ratio of two opaque colours (1 to 21)."""
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def is_dark(palette: QPalette) -> bool:
    """Tell whether ``palette`` draws light text on a dark window."""
    return palette.color(Role.Window).lightnessF() < 0.5


def is_high_contrast(palette: QPalette) -> bool:
    """Tell whether ``palette`` is a high-contrast one: pure text on window and buttons."""
    text = palette.color(Role.WindowText)
    return all(contrast(text, palette.color(r)) >= 19.0 for r in (Role.Window, Role.Button))


# accent, danger, success, warning, attention (must-ask rings), soon (agenda edges)
_HUES = {
    (False, False): ("#1f5fae", "#b3261e", "#2e6b30", "#9a3412", "#b0740c", "#7d9cc4"),
    (True, False): ("#8ab4f8", "#ff8a80", "#81c995", "#fdba74", "#e0a030", "#5d7ea8"),
    (False, True): ("#00307a", "#8b0000", "#0b4d0b", "#6b2500", "#6b4500", "#00307a"),
    (True, True): ("#ffd83d", "#ff9e9e", "#8dff8d", "#ffc080", "#ffd83d", "#ffd83d"),
}


@dataclass(frozen=True)
class ThemeColours:
    """The named colour roles of InfoView's UI, for one palette.

    Text roles reach WCAG AA (4.5:1) on ``surface``, ``window`` and ``tile`` in our
    palettes; the contrast test checks it on every surface.
    """

    dark: bool
    high_contrast: bool
    text: QColor
    muted: QColor  # secondary text: descriptions, counts, answered questions
    accent: QColor  # links, selected navigation, "today"
    danger: QColor  # overdue, errors
    success: QColor  # checks passed, sent
    warning: QColor  # a list too long for the time, the clock over time
    attention: QColor  # the ring of a must-ask question
    soon: QColor
    window: QColor  # the navigation's background
    surface: QColor  # behind the views
    tile: QColor  # count tiles, agenda rows, side panels
    border: QColor
    hover: QColor
    selected: QColor  # the navigation's selected row; the chosen question in interview mode
    danger_tint: QColor  # behind an overdue agenda row
    attention_tint: QColor  # behind an open must-ask question; a reminder banner
    accent_tint: QColor  # an information banner; badges

    @classmethod
    def of(cls, palette: QPalette) -> ThemeColours:
        """Return the roles that go with ``palette``."""
        dark = is_dark(palette)
        text, base = palette.color(Role.Text), palette.color(Role.Base)
        high = is_high_contrast(palette)
        accent, danger, success, warning, attention, soon = (QColor(c) for c in _HUES[(dark, high)])
        tile = palette.color(Role.AlternateBase)
        tint = 0.8 if dark else 0.86
        return cls(
            dark=dark,
            high_contrast=high,
            text=text,
            muted=text if high else mix(text, base, 0.32),
            accent=accent,
            danger=danger,
            success=success,
            warning=warning,
            attention=attention,
            soon=soon,
            window=palette.color(Role.Window),
            surface=base,
            tile=tile,
            border=mix(text, base, 0.55 if high else 0.8),
            hover=mix(text, palette.color(Role.Window), 0.9),
            selected=mix(accent, base, tint),
            danger_tint=mix(danger, base, 0.88 if dark else 0.94),
            attention_tint=mix(attention, base, tint),
            accent_tint=mix(accent, base, tint),
        )


_cache: dict[int, ThemeColours] = {}


def colours() -> ThemeColours:
    """Return the roles of the application's palette now (it changes with the scheme)."""
    palette = QGuiApplication.palette()
    key = palette.cacheKey()
    found = _cache.get(key)
    if found is None:
        _cache.clear()  # one palette at a time: the cache never grows
        found = _cache[key] = ThemeColours.of(palette)
    return found


class Painted(NamedTuple):
    """A text colour a delegate paints, and the colour behind it (None: the row's own)."""

    text: QColor
    behind: QColor | None = None


class PaintsText(Protocol):
    """An item delegate that paints text in named colours of its own, not the view's."""

    def painted_text(self, roles: ThemeColours) -> dict[str, Painted]:
        """Return what it paints (a user's word for it) with its colours under ``roles``."""
        ...
