"""Every surface laid out at 1024 x 640 and 1440 x 900: nothing drawn over a button,
nothing cut off, no table title cut inside a word, no bare strip at the end of a header;
and in every dialog one font size per role (title, section heading, body, hint)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from infoview_gui.ui.text_roles import TextRole, role_point_size
from tests.gui.layout_checks import layout_problems, overlapping_buttons
from tests.gui.surfaces import (
    DIALOG_NAMES,
    SURFACE_NAMES,
    SurfaceWorld,
    each_surface,
    visible_widgets,
    widget_path,
)

SIZES = ((1024, 640), (1440, 900))


def settle(top: QWidget) -> None:
    """Let the layouts run and the widgets a refresh replaced go, as the event loop would."""
    QApplication.processEvents()
    # Widgets a refresh replaced are deleted once the event loop runs again, as in the app
    # (other windows are left alone: the test closes them itself).
    for child in top.findChildren(QWidget):
        if not child.isWindow():
            QApplication.sendPostedEvents(child, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


def fit_on_screen(world: SurfaceWorld, top: QWidget, width: int, height: int) -> str:
    """Give ``top`` the size it gets on such a screen; say so when it cannot be that small."""
    if top is world.window:
        top.resize(width, height)
    else:  # a dialog opens at its size hint, as large as the screen allows
        hint = top.sizeHint()
        top.resize(min(hint.width(), width), min(hint.height(), height))
    settle(top)
    if top.width() > width or top.height() > height:
        return f"needs {top.width()} x {top.height()} pixels"
    return ""


@pytest.mark.parametrize(("width", "height"), SIZES, ids=("1024x640", "1440x900"))
def test_every_surface_is_laid_out_without_overlap_or_cut(
    surface_world: SurfaceWorld, width: int, height: int
) -> None:
    problems = []
    for name, top in each_surface(surface_world):
        too_big = fit_on_screen(surface_world, top, width, height)
        found = [too_big] if too_big else layout_problems(top)
        if not too_big and top is not surface_world.window:  # the user may shrink a dialog
            top.resize(top.minimumSize())
            settle(top)
            found += [f"made smallest, {problem}" for problem in overlapping_buttons(top)]
        problems += [f"{name}: {problem}" for problem in dict.fromkeys(found)]
    assert not problems, "\n".join(problems)


def test_the_surfaces_walked_include_the_business_card_and_every_view() -> None:
    assert "Business card" in SURFACE_NAMES and "Edit contact" in SURFACE_NAMES
    assert "Contacts" in SURFACE_NAMES and "Preferences" in SURFACE_NAMES


DIALOG_ROLES = (TextRole.TITLE, TextRole.SECTION, TextRole.BODY, TextRole.HINT)


def test_dialogs_use_one_font_size_per_role(surface_world: SurfaceWorld) -> None:
    sizes = {round(role_point_size(role), 1) for role in DIALOG_ROLES}
    title = round(role_point_size(TextRole.TITLE), 1)
    problems = []
    for name, top in each_surface(surface_world, DIALOG_NAMES):
        shown = [w for w in visible_widgets(top) if isinstance(w, QLabel) and w.text()]
        for label in shown:
            if round(label.font().pointSizeF(), 1) not in sizes:
                problems.append(f"{name}: {widget_path(label)} is {label.font().pointSizeF()} pt")
        titles = [w.text() for w in shown if round(w.font().pointSizeF(), 1) == title]
        if len(titles) > 1:
            problems.append(f"{name}: {len(titles)} titles: {titles}")
    assert not problems, "\n".join(problems)
