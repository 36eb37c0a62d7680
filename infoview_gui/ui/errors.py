"""Errors nobody expected: Qt warnings and uncaught exceptions, counted and reported."""

from __future__ import annotations

import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

# The offscreen platform cannot propagate size hints; this is no fault of ours.
IGNORED_WARNINGS = (
    "This plugin does not support propagateSizeHints",
    # Started without a UTF-8 locale (LANG unset): Qt switches to C.UTF-8 by itself.
    "Qt depends on a UTF-8 locale",
)


class ProblemLog:
    """Collects Qt warnings and uncaught exceptions; the smoke test fails on any."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.show_dialog = False

    def install(self) -> None:
        """Route Qt messages and uncaught exceptions here."""
        qInstallMessageHandler(self._on_qt_message)
        sys.excepthook = self._on_exception

    def uninstall(self) -> None:
        """Give Qt messages and exceptions back to the defaults."""
        qInstallMessageHandler(None)
        sys.excepthook = sys.__excepthook__

    def _on_qt_message(self, kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        if kind in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg):
            return
        if any(ignored in message for ignored in IGNORED_WARNINGS):
            return
        self.problems.append(f"Qt: {message}")
        print(f"InfoView: Qt says: {message}", file=sys.stderr)

    def _on_exception(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        text = "".join(traceback.format_exception(kind, error, tb))
        self.problems.append(text)
        print(text, file=sys.stderr)
        if self.show_dialog:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(
                None,
                "InfoView",
                "Something went wrong, and InfoView could not finish what you asked. "
                "Everything saved before this moment is safe.\n\n"
                f"Details: {kind.__name__}: {error}",
            )
