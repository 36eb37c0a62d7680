"""File > Hand over… and Take over…, with what start-up does about hand-overs.

At start: a look at the hand-over folder, and the warning about a data folder inside a
synced folder.

The start's steps run after the first paint (``after_paint.when_painted``): the look at
the remembered hand-over folder reads the local data's fingerprint in a worker, and only
a hand-over that is new here opens the Take over dialog.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu

if TYPE_CHECKING:
    from infoview_gui.services.handover import Found
    from infoview_gui.ui.main_window import MainWindow

translate = QCoreApplication.translate
log = logging.getLogger(__name__)
SYNCED_WARNED_KEY = "handover/synced-folder-warned"  # in the view-state file: the folder told


def add_handover_actions(window: MainWindow, menu: QMenu) -> tuple[QAction, QAction]:
    """Add "Hand over…" and "Take over…" to ``menu``; return them."""
    hand = QAction(translate("MainWindow", "&Hand over to another computer…"), window)
    hand.triggered.connect(lambda: hand_over(window))
    take = QAction(translate("MainWindow", "&Take over from another computer…"), window)
    take.triggered.connect(lambda: take_over(window))
    menu.addActions([hand, take])
    return hand, take


def hand_over(window: MainWindow) -> None:
    """Open File > Hand over to another computer."""
    from infoview_gui.ui.dialogs.handover import HandOverDialog

    dialog = HandOverDialog(window.paths, window.events, window)
    dialog.exec()
    dialog.deleteLater()


def take_over(window: MainWindow, found: Found | None = None) -> None:
    """Open File > Take over from another computer (with what a look found, if any)."""
    from infoview_gui.ui.after_paint import sync_question_bank
    from infoview_gui.ui.dialogs.takeover import TakeOverDialog

    dialog = TakeOverDialog(window.paths, window.events, window, found=found)
    taken = dialog.exec() and dialog.taken_over
    dialog.deleteLater()
    if taken:  # as a start does: the bank of this version, in this language
        sync_question_bank(window)


def look_at_start(window: MainWindow) -> None:
    """Look at the remembered hand-over folder in a worker; offer a hand-over new here."""
    from infoview_gui.domain.handover import Verdict
    from infoview_gui.services.handover import Found, look, remembered_folder
    from infoview_gui.ui.workers import JobRunner

    folder = remembered_folder(paths=window.paths)
    if folder is None or not folder.is_dir():  # a USB stick not plugged in: nothing to say
        return
    runner = JobRunner(window, doing="look at the hand-over folder", kept="")
    paths = window.paths

    def offer(found: object) -> None:
        if not isinstance(found, Found) or found.verdict not in (Verdict.NEWER, Verdict.BOTH):
            return
        if QApplication.activeModalWidget() is not None:  # the user is busy: say it quietly
            window.show_status(
                translate(
                    "MainWindow",
                    "Another computer handed over newer data: File > Take over from another "
                    "computer…",
                ),
                15000,
            )
            return
        take_over(window, found)

    runner.finished.connect(offer)
    runner.failed.connect(lambda said: log.info("No look at the hand-over folder: %s", said))
    runner.run(lambda _report: look(paths=paths, folder=folder), connection=True)


def warn_if_synced(window: MainWindow) -> None:
    """Say once, for this data folder, that it lies inside a synced folder, and why it matters."""
    from infoview_gui.services.handover import synced_folder_service
    from infoview_gui.ui.save_status import plain_message_box

    service = synced_folder_service(paths=window.paths)
    where = str(window.paths.data_dir)
    if not service or window.state.value(SYNCED_WARNED_KEY) == where:
        return
    window.state.setValue(SYNCED_WARNED_KEY, where)
    box = plain_message_box(
        window,
        translate("MainWindow", "Your data is in a synced folder"),
        translate(
            "MainWindow",
            "InfoView keeps your data in %1, a folder that %2 copies between computers.",
        )
        .replace("%1", where)
        .replace("%2", service),
        translate(
            "MainWindow",
            "The data of an open program must not be in a synced folder: %1 can copy the "
            "file while InfoView writes to it, and the copies on two computers can undo "
            "each other's changes or damage the file. Move the data folder out of the synced "
            "folder (start InfoView with --data-dir, or set INFOVIEW_DATA_DIR), and carry "
            "your data with File > Hand over to another computer… instead.",
        ).replace("%1", service),
    )
    from PySide6.QtWidgets import QMessageBox  # its enums cost a start that shows none

    box.setIcon(QMessageBox.Icon.Information)
    box.exec()
