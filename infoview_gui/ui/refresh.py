"""Views refresh when the kinds of records they show change: now, or when next shown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from infoview_gui.domain.changes import Changes, Kind
from infoview_gui.ui.events import AppEvents


class Refresher(QObject):
    """Calls ``refresh(changes)`` when ``events`` publishes a change of ``kinds``.

    A hidden widget is refreshed once when it is next shown, with every change it missed
    merged into one. Changes published with ``origin`` set to ``own``, or to a widget
    inside ``widget``, are skipped: the view (or its model) made them and shows them.

    Args:
        widget: the view; refreshed while visible, or at its next show.
        events: the window's events.
        kinds: the kinds of records the view shows.
        refresh: re-reads what changed (given the changes; ``Changes.everything()`` at first).
        own: the object whose own writes need no refresh (a model that moved its rows).
        stale: True to refresh at the first show.
    """

    def __init__(
        self,
        widget: QWidget,
        events: AppEvents,
        kinds: Kind,
        refresh: Callable[[Changes], None],
        *,
        own: QObject | None = None,
        stale: bool = True,
    ) -> None:
        super().__init__(widget)
        self._widget = widget
        self._kinds = kinds
        self._refresh = refresh
        self._own = own
        self._pending: Changes | None = Changes.everything() if stale else None
        self._watching = False
        events.changed.connect(self._on_events_changed)
        if stale:
            self._watch()

    @property
    def stale(self) -> bool:
        """True while a change waits for the widget to be shown."""
        return self._pending is not None

    def mark_stale(self) -> None:
        """Refresh everything at the next show (or the next ``flush``)."""
        self._pending = Changes.everything()
        self._watch()

    def flush(self) -> None:
        """Refresh now with the changes that are waiting, if any."""
        pending, self._pending = self._pending, None
        self._unwatch()
        if pending is not None:
            self._refresh(pending)

    def _watch(self) -> None:
        """Watch the widget's events for its next Show, only while a change waits.

        A filter in Python hears every event of the widget (paints, layouts): each one
        is made a Python object, and the first one makes PySide6 build the classes of
        every kind of event, 3 ms before the first screen.
        """
        if not self._watching:
            self._watching = True
            self._widget.installEventFilter(self)

    def _unwatch(self) -> None:
        if self._watching:
            self._watching = False
            self._widget.removeEventFilter(self)

    def _made_here(self, origin: object) -> bool:
        if origin is None:
            return False
        if origin is self._own or origin is self._widget:
            return True
        return isinstance(origin, QWidget) and self._widget.isAncestorOf(origin)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Catch up when the widget is shown."""
        # The event's type first: while a view is destroyed after Python collected it
        # (its refresher's attributes cleared), its filter still sees ChildRemoved events.
        if event.type() == QEvent.Type.Show and watched is self._widget:
            self.flush()
        return False

    def _on_events_changed(self, changes: Changes, origin: object) -> None:
        if not changes.touches(self._kinds) or self._made_here(origin):
            return
        self._pending = changes if self._pending is None else self._pending | changes
        if self._widget.isVisible():
            self.flush()
        else:
            self._watch()
