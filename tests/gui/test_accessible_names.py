"""What a screen reader says: every control on every surface has a name; statuses are said."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from infoview_gui.services.fields import add_field
from infoview_gui.ui.dialogs.records import FieldDialog
from infoview_gui.ui.save_status import run_action
from tests.gui.surfaces import SurfaceWorld, each_surface, open_surface, visible_widgets
from tests.gui.surfaces import widget_path as path_of

LABEL = QAccessible.RelationFlag.Label
POLITE = QAccessible.AnnouncementPoliteness.Polite
ASSERTIVE = QAccessible.AnnouncementPoliteness.Assertive


def spoken_name(widget: QWidget) -> str:
    """Return the name a screen reader says for ``widget``.

    Qt's own: the accessible name, else the text of the label whose buddy it is (for a
    button, its text). A combo box on Linux is named only by its label (the relation):
    Qt gives it its current value as a name, which says what it holds, not what it is for.
    """
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None, path_of(widget)
    labels = [
        other.text(QAccessible.Text.Name) for other, flags in interface.relations() if flags & LABEL
    ]
    if isinstance(widget, QComboBox):
        return " ".join(labels).strip()
    return interface.text(QAccessible.Text.Name).strip()


def takes_tab(widget: QWidget) -> bool:
    """Whether Tab can bring the keyboard to ``widget`` (its own focus, not a proxy's)."""
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.focusProxy() is None


def test_every_control_a_user_can_tab_to_has_a_name(surface_world: SurfaceWorld) -> None:
    unnamed: list[str] = []
    controls = 0
    for name, top in each_surface(surface_world):
        for widget in visible_widgets(top):
            if takes_tab(widget) and widget.isEnabled():
                controls += 1
                if not spoken_name(widget):
                    unnamed.append(f"{name}: {path_of(widget)}")
    assert controls > 250  # the walk saw the controls of every surface
    assert not unnamed, f"{len(unnamed)} controls without a name:\n" + "\n".join(unnamed)


def test_a_combo_box_is_named_for_what_it_chooses_not_what_it_holds(
    surface_world: SurfaceWorld,
) -> None:
    contacts = open_surface(surface_world, "Contacts")
    combos = [w for w in visible_widgets(contacts) if isinstance(w, QComboBox)]
    assert {spoken_name(combo) for combo in combos} >= {"Field", "Status", "Source"}


def test_each_column_choice_of_an_import_is_named_by_its_column(
    surface_world: SurfaceWorld,
) -> None:
    page = open_surface(surface_world, "Import columns").mapping_page  # type: ignore[attr-defined]
    assert [spoken_name(combo) for combo in page.combos] == [
        f"InfoView detail for the column {header}"
        for header in ("Name", "Mail", "Employer", "Förnamn", "Remarks")
    ]


@dataclass(frozen=True)
class Said:
    """An announcement a screen reader received."""

    message: str
    urgent: bool


@pytest.fixture
def announcements(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Said]]:
    """Record what is announced to assistive technology (and still pass it on)."""
    said: list[Said] = []
    original = QAccessible.updateAccessibility

    def record(event: QAccessibleEvent) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            said.append(Said(event.message(), event.politeness() == ASSERTIVE))
        original(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(record))
    yield said


def test_saved_in_the_status_bar_is_said_aloud(
    surface_world: SurfaceWorld, announcements: list[Said]
) -> None:
    window = surface_world.window
    assert run_action(window.events, lambda: add_field(name="Radiography"), saved="Field added")
    assert window.statusBar().currentMessage() == "Field added"
    assert Said("Field added", urgent=False) in announcements


def test_a_refusal_under_a_form_is_said_at_once(
    qtbot: QtBot, store: object, announcements: list[Said]
) -> None:
    dialog = FieldDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    refusal = dialog.error.text()
    assert dialog.error.isVisible() and refusal
    assert announcements == [Said(refusal, urgent=True)]


def test_the_interview_save_status_is_said_when_it_changes(
    surface_world: SurfaceWorld, qtbot: QtBot, announcements: list[Said]
) -> None:
    mode = open_surface(surface_world, "Interview mode")
    notes = mode.ui.notes  # type: ignore[attr-defined]
    qtbot.keyClicks(notes, "Morning meeting")
    assert notes.flush()
    assert mode.ui.save_status.text() == "Saved"  # type: ignore[attr-defined]
    assert announcements == [Said("Saved", urgent=False)]
    qtbot.keyClicks(notes, " at 9")
    assert notes.flush()
    assert announcements == [Said("Saved", urgent=False)]  # not after every pause in typing
