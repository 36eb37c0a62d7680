"""Waiting for the contacts table: it reads its whole order in a worker thread.

A sort, a search keystroke, a filter or a reload is applied when the worker answers;
tests wait for the model's ``settled`` before they look at the rows.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEventLoop, QTimer

from infoview_gui.qtmodels.contact_table import ContactTableModel

TIMEOUT_S = 10.0


def settled(model: ContactTableModel) -> ContactTableModel:
    """Return ``model`` once it shows the order last asked for (at once if it does).

    Turns the event loop until ``settled`` comes with nothing more being read.

    Raises:
        TimeoutError: the worker never answered.
    """
    deadline = time.monotonic() + TIMEOUT_S
    while model.is_reading():
        if time.monotonic() > deadline:
            raise TimeoutError("the contacts table never got its order")
        loop = QEventLoop()
        model.settled.connect(loop.quit)
        QTimer.singleShot(100, loop.quit)
        loop.exec()
        model.settled.disconnect(loop.quit)
    return model
