"""Running a user action: "Saved" only once a commit returned, refusals in words.

Three pieces:

- ``run_action(events, action)`` runs one service call, the one path for every write of
  the UI. The status bar says "Saved" (or the text given) only after the call returned,
  that is after the commit. When the service refuses with a ``UserError`` (a bad value,
  a full disk, a read-only folder) nothing is touched in the widgets, so what the user
  typed stays in its field; the message is shown where the caller says, or in the status
  bar. A ``StorageError`` (the disk) is also shown in a message box, since it needs the
  user to act. Whatever was committed is then published on ``AppEvents.changed``, as the
  store recorded it: the views showing those kinds refresh.
- ``pending_edits(events)`` is the registry of editors that save after a pause in typing:
  each registers its ``flush``. Closing the window and restoring a backup flush them all.
- ``confirm_close(window, events)`` flushes and, if something could not be saved, asks
  whether to close anyway; the main window calls it from ``closeEvent``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from infoview_gui.domain.errors import StorageError, UserError, as_told_where_typed
from infoview_gui.ui.events import AppEvents

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

Flush = Callable[[], object]
translate = QCoreApplication.translate
_REGISTRY_NAME = "pendingEdits"


@dataclass(frozen=True)
class _Entry:
    flush: Flush
    what: str


class PendingEdits(QObject):
    """Editors with typing not yet saved; ``flush_all`` saves them now.

    A flush may return False (or raise a ``UserError``) to say it could not save; an
    editor is forgotten when its owner is destroyed.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(_REGISTRY_NAME)
        self._entries: dict[int, _Entry] = {}

    def register(self, owner: QObject, flush: Flush, *, what: str = "") -> None:
        """Flush ``owner``'s pending typing on close; ``what`` names it in a refusal.

        ``what`` comes translated by the caller; left empty it is "What you typed".
        """
        what = what or self.tr("What you typed")
        key = id(owner)
        if key not in self._entries:
            owner.destroyed.connect(partial(self._forget, key))
        self._entries[key] = _Entry(flush, what)

    def unregister(self, owner: QObject) -> None:
        """Stop flushing ``owner`` (it saves by itself from now on)."""
        self._forget(id(owner))

    def _forget(self, key: int, *_args: object) -> None:
        self._entries.pop(key, None)

    def __len__(self) -> int:
        return len(self._entries)

    def flush_all(self) -> list[str]:
        """Save every pending edit now; return what could not be saved, in words."""
        problems = []
        for entry in list(self._entries.values()):
            try:
                saved = entry.flush()
            except UserError as exc:
                problems.append(self.tr("%1: %2").replace("%1", entry.what).replace("%2", str(exc)))
                continue
            if saved is False:
                problems.append(self.tr("%1 could not be saved.").replace("%1", entry.what))
        return problems


def pending_edits(events: AppEvents) -> PendingEdits:
    """Return the window's registry of pending edits (made on first use)."""
    found = events.findChild(PendingEdits, _REGISTRY_NAME)
    return found if isinstance(found, PendingEdits) else PendingEdits(events)


def plain_message_box(
    parent: QWidget | None, title: str, text: str, informative: str = ""
) -> QMessageBox:
    """Return a warning box that shows its texts literally (paths and names are user text)."""
    from PySide6.QtCore import Qt  # not at start: its enums cost 18 ms (see labels.py)
    from PySide6.QtWidgets import QMessageBox  # its enums cost a start that shows none

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    return box


def show_storage_problem(parent: QWidget | None, message: str) -> None:
    """Tell the user that the disk refused a change, and that their text is still here."""
    plain_message_box(parent, translate("SaveStatus", "Not saved"), message).exec()


def run_action(
    events: AppEvents,
    action: Callable[[], object],
    *,
    saved: str | None = None,
    refused: Callable[[str], None] | None = None,
    parent: QWidget | None = None,
    origin: object = None,
) -> bool:
    """Run one service call; say ``saved`` once it returned, or say why it was refused.

    Args:
        events: the window's events (the status bar listens to ``saved``).
        action: the service call; it commits before it returns.
        saved: what the status bar says afterwards ("" says nothing; by default "Saved").
        refused: shows a refusal next to the input (default: the status bar).
        parent: the window a message box about the disk belongs to.
        origin: the object that shows the change already (its own refresh is skipped).

    Returns:
        True when the change was saved. On False nothing was changed on screen: the
        text the user typed is still in its field.
    """
    try:
        action()
    except StorageError as exc:  # the typed text stays in its field: say so
        said = as_told_where_typed(exc)
        (refused or events.saved.emit)(said)
        show_storage_problem(parent, said)
        return False
    except UserError as exc:  # any error a user may see: domain, storage, files
        (refused or events.saved.emit)(str(exc))
        return False
    finally:
        events.publish(origin=origin)
    if saved is None:
        saved = translate("SaveStatus", "Saved")
    if saved:
        events.saved.emit(saved)
    return True


def ask_close_anyway(window: QWidget, problems: list[str]) -> bool:
    """Say what could not be saved; return True if the user closes anyway."""
    from PySide6.QtWidgets import QMessageBox

    box = plain_message_box(
        window,
        translate("SaveStatus", "Not saved"),
        translate("SaveStatus", "Some of what you typed could not be saved."),
        "\n\n".join(
            [
                *problems,
                translate(
                    "SaveStatus",
                    "If you close now, it is lost. Stay to copy it somewhere safe or to try again.",
                ),
            ]
        ),
    )
    stay = box.addButton(translate("SaveStatus", "Stay"), QMessageBox.ButtonRole.RejectRole)
    box.addButton(translate("SaveStatus", "Close anyway"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(stay)
    box.exec()
    return box.clickedButton() is not stay


def confirm_close(window: QWidget, events: AppEvents) -> bool:
    """Flush pending edits; if some cannot be saved, ask whether to close anyway."""
    problems = pending_edits(events).flush_all()
    return not problems or ask_close_anyway(window, problems)
