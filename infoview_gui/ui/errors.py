"""The window's last resort: Qt messages and uncaught exceptions, logged and counted.

Installed by ``app.run_gui`` only. Qt's messages go on to the handler installed before
(pytest-qt's, in the tests, so that a Qt warning still fails a test) and into the log,
without the links Qt quotes. An uncaught ``UserError`` is shown as its sentence; any
other exception goes to the log with its traceback, and the user is told that something
went wrong and where to find what to send.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QMessageLogContext,
    QtMsgType,
    qInstallMessageHandler,
)

from infoview_gui import APP_NAME
from infoview_gui.domain.errors import UserError
from infoview_gui.domain.os_errors import file_error
from infoview_gui.logfiles import without_links

# The offscreen platform cannot propagate size hints; this is no fault of ours.
IGNORED_WARNINGS = (
    "This plugin does not support propagateSizeHints",
    # Started without a UTF-8 locale (LANG unset): Qt switches to C.UTF-8 by itself.
    "Qt depends on a UTF-8 locale",
)
QtHandler = Callable[[QtMsgType, QMessageLogContext, str], Any]
ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], Any]
log = logging.getLogger(__name__)
translate = QCoreApplication.translate
SAVED_IS_SAFE = str(QT_TRANSLATE_NOOP("ProblemLog", "Everything saved before this moment is safe."))
UNEXPECTED = str(
    QT_TRANSLATE_NOOP(
        "ProblemLog",
        "Something went wrong, and %1 could not finish what you asked. Everything saved "
        "before this moment is safe. Help > Report a problem… shows what to send us.",
    )
)
"""The messages of the last resort (translated where they are said)."""


class ProblemLog:
    """Logs Qt warnings and uncaught exceptions; the smoke test fails on any."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.show_dialog = False
        self._previous_qt: QtHandler | None = None
        self._previous_hook: ExceptHook = sys.excepthook
        self._previous_thread_hook = threading.excepthook

    def install(self) -> None:
        """Route Qt messages and uncaught exceptions (of any thread) here."""
        self._previous_qt = qInstallMessageHandler(self._on_qt_message)
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self._on_exception
        threading.excepthook = self._on_thread_exception

    def uninstall(self) -> None:
        """Give Qt messages and exceptions back to the handlers installed before."""
        qInstallMessageHandler(self._previous_qt)
        sys.excepthook = self._previous_hook
        threading.excepthook = self._previous_thread_hook

    def _on_qt_message(self, kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if self._previous_qt is not None:
            self._previous_qt(kind, context, message)
        if kind in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg):
            return
        if any(ignored in message for ignored in IGNORED_WARNINGS):
            return
        self.problems.append(f"Qt: {without_links(message)}")
        category = context.category or "qt"
        level = logging.WARNING if kind == QtMsgType.QtWarningMsg else logging.ERROR
        log.log(level, "Qt (%s): %s", category, without_links(message))

    def _on_exception(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if isinstance(error, UserError):  # not caught where the user was: said here
            log.warning("%s reached the last resort", kind.__name__, exc_info=(kind, error, tb))
            self.problems.append(f"{kind.__name__}: {error}")
            self._tell(str(error))
            return
        if isinstance(error, OSError):  # a file or the disk: a sentence, not a fault
            log.warning("%s reached the last resort", kind.__name__, exc_info=(kind, error, tb))
            self.problems.append(f"{kind.__name__}: {error}")
            doing = translate("ProblemLog", "finish what you asked")
            kept = translate("ProblemLog", SAVED_IS_SAFE)
            self._tell(str(file_error(error, doing, kept)))
            return
        log.error("Unexpected error", exc_info=(kind, error, tb))
        self.problems.append("".join(traceback.format_exception(kind, error, tb)))
        unexpected = translate("ProblemLog", UNEXPECTED).replace("%1", APP_NAME)
        details = translate("ProblemLog", "Details: %1").replace("%1", f"{kind.__name__}: {error}")
        self._tell(f"{unexpected}\n\n{details}")

    def _on_thread_exception(self, hook: threading.ExceptHookArgs) -> None:
        if hook.exc_type is SystemExit:
            return
        name = hook.thread.name if hook.thread is not None else "?"
        error = (hook.exc_type, hook.exc_value or hook.exc_type(), hook.exc_traceback)
        log.error("Unexpected error in the thread %s", name, exc_info=error)
        self.problems.append(f"{hook.exc_type.__name__} in the thread {name}")

    def _tell(self, message: str) -> None:
        if self.show_dialog:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(None, APP_NAME, message)
