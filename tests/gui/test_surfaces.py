"""The surface harness shows what it names: a test that walks it sees every surface."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QTextEdit, QWidget, QWizard

from infoview_gui.ui.main_window import MainWindow
from infoview_gui.ui.views.ids import VIEW_TITLES, ViewId
from tests.gui.surfaces import (
    DIALOG_NAMES,
    SURFACE_NAMES,
    SurfaceWorld,
    each_surface,
    visible_widgets,
)


def _text(widget: QWidget) -> str:
    if isinstance(widget, QLabel):
        return widget.text()
    return widget.toPlainText() if isinstance(widget, QTextEdit) else ""


def test_every_view_guide_page_interview_mode_and_dialog_is_named() -> None:
    assert SURFACE_NAMES[: len(ViewId)] == tuple(VIEW_TITLES[view] for view in ViewId)
    assert [f"Guide step {n}" for n in range(1, 7)] == [
        name for name in SURFACE_NAMES if name.startswith("Guide step")
    ]
    assert "Interview mode" in SURFACE_NAMES
    assert len(DIALOG_NAMES) >= 24


def test_each_surface_is_shown_with_its_own_text(surface_world: SurfaceWorld) -> None:
    seen: dict[str, set[str]] = {}
    for name, top in each_surface(surface_world):
        assert top.isVisible(), name
        if isinstance(top, QDialog):
            assert not isinstance(top, MainWindow)
        texts = {text for w in visible_widgets(top) if (text := _text(w))}
        assert texts, f"{name} shows no text"
        seen[name] = texts
    assert len(seen) == len(SURFACE_NAMES)
    pages = [seen[f"Guide step {n}"] for n in range(1, 7)]
    assert all(a != b for a, b in zip(pages, pages[1:], strict=False))  # six different pages
    wizard = surface_world.window.guide().wizard
    assert isinstance(wizard, QWizard)
    assert any("Jane" in text for text in seen["Thank you"] | seen["Home"])
