"""Every text on every surface reads at WCAG AA (4.5:1), light or dark.

The palette is set by the test, as a desktop would set it; the style sheet follows it.
Colours are read from the widgets once polished (their palette after the style sheet),
against the nearest opaque colour behind them, never from anti-aliased pixels.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from infoview_gui.ui.appearance import AppearanceKeeper, keeper
from infoview_gui.ui.theme import Scheme, ThemeColours, contrast, palette_for
from tests.gui.contrast import text_pairs
from tests.gui.surfaces import SurfaceWorld, each_surface

AA = 4.5


@pytest.fixture(params=list(Scheme), ids=[scheme.value for scheme in Scheme])
def scheme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[Scheme]:
    """The application under one of our palettes, set as a desktop sets one."""
    before = QPalette(qapp.palette())
    made = keeper(qapp) is None
    kept = keeper(qapp) or AppearanceKeeper(qapp)
    qapp.setPalette(palette_for(request.param))
    yield request.param
    qapp.setPalette(before)
    if made:
        kept.setParent(None)
        kept.deleteLater()
    qapp.setStyleSheet("")


def _too_faint(world: SurfaceWorld) -> list[str]:
    faint = []
    for name, top in each_surface(world):
        for pair in text_pairs(top):
            ratio = contrast(pair.text, pair.background)
            if ratio < AA:
                faint.append(
                    f"{name}: {pair.where}: {ratio:.2f}:1 "
                    f"({pair.text.name()} on {pair.background.name()})"
                )
    return faint


def test_every_text_of_every_surface_reaches_aa(
    scheme: Scheme, surface_world: SurfaceWorld
) -> None:
    sheet = QApplication.instance().styleSheet()  # type: ignore[union-attr]
    assert ThemeColours.of(palette_for(scheme)).text.name() in sheet  # the sheet followed
    faint = _too_faint(surface_world)
    assert not faint, "\n".join([f"{len(faint)} texts below {AA}:1", *sorted(set(faint))])


def test_colours_a_delegate_paints_itself_are_checked_where_they_are_painted(
    scheme: Scheme, surface_world: SurfaceWorld
) -> None:
    """The overdue rows of Follow-ups; the numbers, captions and marks of the question lists."""
    seen = {
        name: [pair.where for pair in text_pairs(top)]
        for name, top in each_surface(surface_world, ("Follow-ups", "Questions"))
    }

    def checked(name: str, what: str) -> bool:
        return any(where.endswith(f" {what}") for where in seen[name])

    assert checked("Follow-ups", "overdue row")
    for what in ("number", "caption", "Must ask badge", "Time runs out here"):
        assert checked("Questions", what), what


def test_accents_read_on_both_schemes() -> None:
    for scheme in Scheme:
        roles = ThemeColours.of(palette_for(scheme))
        for name in ("muted", "accent", "danger", "success", "warning"):
            colour: QColor = getattr(roles, name)
            for behind in (roles.surface, roles.window, roles.tile):
                assert contrast(colour, behind) >= AA, (scheme, name, behind.name())
        assert contrast(roles.danger, roles.danger_tint) >= AA, scheme
        assert contrast(roles.accent, roles.selected) >= AA, scheme


def test_focus_is_visible_in_every_scheme() -> None:
    """Fusion draws the focus frame in the highlight colour: it must stand out (3:1)."""
    for scheme in Scheme:
        palette = palette_for(scheme)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        for behind in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            assert contrast(highlight, palette.color(behind)) >= 3.0, (scheme, behind)
