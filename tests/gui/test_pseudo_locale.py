"""Under a pseudo-locale every string of every surface comes back wrapped.

A string that bypasses tr() (or the core's gettext) stays unwrapped and fails the test,
naming the surface and the widget: every view, the guide's steps, interview mode and
every dialog (``surfaces.SURFACE_NAMES``).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from infoview_gui.paths import AppPaths
from infoview_gui.ui.main_window import MainWindow
from tests.gui.pseudo_locale import (
    PseudoTranslator,
    data_texts,
    install_pseudo_locale,
    is_unwrapped,
    menu_texts,
    remove_pseudo_locale,
    texts_of,
)
from tests.gui.surfaces import (
    SURFACE_NAMES,
    SurfaceWorld,
    each_surface,
    visible_widgets,
    widget_path,
)


@pytest.fixture
def pseudo(qapp: QApplication) -> Iterator[PseudoTranslator]:
    """The pseudo-locale, installed before the window is built (ask for it first)."""
    translator = install_pseudo_locale(qapp)
    yield translator
    remove_pseudo_locale(qapp, translator)


def test_the_harness_finds_unwrapped_text() -> None:
    assert is_unwrapped("Save")
    assert is_unwrapped("[!Save!] now")
    assert not is_unwrapped("[!Save!]")
    assert not is_unwrapped("[![!Interest!] for Nursing!]")  # translated inside translated
    assert is_unwrapped("[![!Interest!]!] for Nursing")
    assert not is_unwrapped("[!&1!] [!Home!] — InfoView")
    assert not is_unwrapped("3 [!contacts!]: 12:30, 4.5 %")
    assert not is_unwrapped("Deutsch")  # a language by its own name
    assert not is_unwrapped("")
    assert not is_unwrapped('<a href="x">[!Open!]</a>')  # markup is not text
    assert not is_unwrapped("Nursing — [!Focus!]", kept=("Nursing",))  # the user's data
    assert not is_unwrapped("[![!30 min!] planned!]")  # a translated part in a sentence
    assert is_unwrapped("[![!30 min!]!] planned")
    assert not is_unwrapped("[!End interview!] ([!Ctrl!][!+!]E)")  # a shortcut's letter key
    assert is_unwrapped("[!Ctrl!][!+!]End")


def test_every_string_of_every_surface_is_translated(
    pseudo: PseudoTranslator, surface_world: SurfaceWorld
) -> None:
    data = data_texts(str(surface_world.paths.data_dir))
    found = []
    for name, top in each_surface(surface_world, SURFACE_NAMES):
        for widget in visible_widgets(top):
            for text in texts_of(widget):
                if is_unwrapped(text, data):
                    found.append(f"{name}: {widget_path(widget)}: {text!r}")
    assert found == []


def test_every_menu_and_view_title_of_the_main_window_is_translated(
    pseudo: PseudoTranslator, qtbot: QtBot, store: object, paths: AppPaths, state: object
) -> None:
    from infoview_gui.ui.events import AppEvents

    window = MainWindow(paths, AppEvents(), state)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    found = [f"{where}: {t!r}" for where, t in menu_texts(window.menuBar()) if is_unwrapped(t)]
    found += [f"navigation: {t!r}" for t in texts_of(window.nav) if is_unwrapped(t)]
    assert found == []
    assert window.windowTitle().startswith("[!")
