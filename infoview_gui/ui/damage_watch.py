"""The check of every page of the data file, run after the first paint when it waited.

When the data file is as InfoView's last clean close left it, the start checks only its
header before opening it (``store/closed_mark.py``); this step reads every page in a
worker, on a read-only connection of its own, while the user works. Damage found then is
told at once: the note of the clean close is forgotten (the next start checks before it
opens anything), and the user can restart into the recovery, which keeps the damaged
file aside and offers the backups, newest first.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox

from infoview_gui import APP_NAME

if TYPE_CHECKING:
    from infoview_gui.ui.main_window import MainWindow

log = logging.getLogger(__name__)

translate = QCoreApplication.translate
RESTART = str(QT_TRANSLATE_NOOP("DamageWatch", "Restart and recover"))
"""The button that restarts into the recovery (translated where it is shown)."""


def check_after_paint(window: MainWindow) -> None:
    """Check every page of the open data file in a worker; tell the user of damage."""
    from infoview_gui.store.closed_mark import check_open_file
    from infoview_gui.ui.workers import JobRunner

    window.checked_at_start = False  # until the worker has read every page
    runner = JobRunner(
        window,
        doing=translate("DamageWatch", "check your data file"),
        kept=translate("DamageWatch", "It is checked again at the next start."),
    )
    database = window.paths.database

    def ended(problem: object) -> None:
        if isinstance(problem, str) and problem:
            damage_found(window, problem)
        else:
            window.checked_at_start = True

    runner.finished.connect(ended)
    runner.failed.connect(lambda said: log.warning("The start-up check failed: %s", said))
    runner.run(lambda report: check_open_file(database, report))


def damage_found(window: MainWindow, problem: str) -> None:
    """Say that the data file is damaged; on the user's word, restart into the recovery."""
    from infoview_gui.store.closed_mark import forget_closed
    from infoview_gui.ui.save_status import plain_message_box

    log.error("Damage found in the data file after start: %s", problem)
    window.damage_found = True
    forget_closed(window.paths)
    box = plain_message_box(
        window,
        translate("DamageWatch", "Your data file is damaged"),
        problem,
        translate(
            "DamageWatch",
            "What you see may be incomplete, and changes may not be saved. Restart now: "
            "%1 keeps the damaged file aside and offers your backups, newest first. "
            "If you choose Later, it does so the next time it starts.",
        ).replace("%1", APP_NAME),
    )
    restart = box.addButton(translate("DamageWatch", RESTART), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("DamageWatch", "Later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restart)
    box.exec()
    if box.clickedButton() is restart:
        window.restart_to_recover = True
        window.close()
