"""A view refreshes when what it shows changed: at once while shown, once at its next show
while hidden; and it watches its own events only while a change waits."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from infoview_gui.domain.changes import Changes, Kind
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.refresh import Refresher


def test_a_hidden_view_catches_up_once_at_its_next_show(qtbot: QtBot, store: object) -> None:
    events, widget, seen = AppEvents(), QWidget(), []
    qtbot.addWidget(widget)
    refresher = Refresher(widget, events, Kind.CONTACTS, seen.append, stale=False)
    events.publish(Changes.of(Kind.CONTACTS))
    events.publish(Changes.of(Kind.FIELDS))  # not what it shows
    events.publish(Changes.of(Kind.CONTACTS))
    assert seen == [] and refresher.stale
    widget.show()
    assert len(seen) == 1 and seen[0].touches(Kind.CONTACTS)  # the two merged into one
    events.publish(Changes.of(Kind.CONTACTS))
    assert len(seen) == 2  # shown: at once
    widget.hide()
    widget.show()
    assert len(seen) == 2 and not refresher.stale  # nothing waited: nothing read again


def test_a_stale_view_reads_at_its_first_show_and_not_before(qtbot: QtBot, store: object) -> None:
    events, widget, seen = AppEvents(), QWidget(), []
    qtbot.addWidget(widget)
    Refresher(widget, events, Kind.CONTACTS, seen.append)
    assert seen == []
    widget.show()
    assert len(seen) == 1
    widget.hide()
    widget.show()
    assert len(seen) == 1
