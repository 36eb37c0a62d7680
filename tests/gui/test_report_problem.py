"""Help > Report a problem, and the window's last resort (ProblemLog) writing the log."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QUrl, qVersion, qWarning
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton
from pytestqt.logging import QtLoggingPlugin
from pytestqt.qtbot import QtBot

from infoview_gui import __version__
from infoview_gui.logfiles import WINDOW_LOG, start_log, stop_log
from infoview_gui.paths import AppPaths
from infoview_gui.store.storage_errors import StoreDiskError
from infoview_gui.ui.dialogs.report_problem import LOG_LINES, ReportProblemDialog
from infoview_gui.ui.errors import UNEXPECTED, ProblemLog
from infoview_gui.ui.main_window import MainWindow


@pytest.fixture
def logged(paths: AppPaths) -> AppPaths:
    """A window log of 200 numbered lines."""
    handler = start_log(paths, WINDOW_LOG)
    logger = logging.getLogger("infoview_gui.test")
    for n in range(200):
        logger.info("line number %03d", n)
    stop_log(handler)
    return paths


@pytest.fixture
def dialog(qtbot: QtBot, logged: AppPaths) -> Iterator[tuple[ReportProblemDialog, list[QUrl]]]:
    opened: list[QUrl] = []
    shown = ReportProblemDialog(logged, opener=opened.append)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown, opened


def test_the_report_shows_version_system_and_the_last_log_lines(
    dialog: tuple[ReportProblemDialog, list[QUrl]],
) -> None:
    shown, _ = dialog
    text = shown.text.toPlainText()
    assert text.startswith(f"InfoView {__version__}\nSystem: ")
    assert f"Qt {qVersion()}" in text
    assert text.endswith("line number 199")
    assert f"line number {200 - LOG_LINES:03d}" in text
    assert f"line number {199 - LOG_LINES:03d}" not in text
    assert shown.text.isReadOnly()


def test_copy_puts_the_report_on_the_clipboard(
    qtbot: QtBot, dialog: tuple[ReportProblemDialog, list[QUrl]]
) -> None:
    shown, _ = dialog
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(shown.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert copied == shown.text.toPlainText() and copied.endswith("line number 199")


def test_open_log_folder_opens_the_logs_folder(
    qtbot: QtBot, dialog: tuple[ReportProblemDialog, list[QUrl]]
) -> None:
    shown, opened = dialog
    qtbot.mouseClick(shown.folder_button, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(shown.paths.logs_dir))]


def test_a_space_typed_by_habit_presses_no_button(
    qtbot: QtBot, dialog: tuple[ReportProblemDialog, list[QUrl]]
) -> None:
    shown, opened = dialog
    QGuiApplication.clipboard().clear()
    assert shown.focusWidget() is shown.text
    qtbot.keyClick(shown.focusWidget(), Qt.Key.Key_Space)
    qtbot.keyClick(shown.focusWidget(), Qt.Key.Key_Return)
    assert shown.isVisible() and opened == [] and QGuiApplication.clipboard().text() == ""
    assert not any(b.isDefault() or b.autoDefault() for b in shown.findChildren(QPushButton))


def test_help_menu_opens_the_report(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, paths: AppPaths
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        ReportProblemDialog, "exec", lambda self: shown.append(self.text.toPlainText()) or 0
    )
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    assert window.report_action in help_menu.actions()
    window.report_action.trigger()
    assert len(shown) == 1 and shown[0].startswith("InfoView")


@pytest.mark.qt_log_ignore("openUrl.. for 'mailto:")
def test_qt_messages_reach_the_handler_before_and_the_log_without_links(
    qtlog: QtLoggingPlugin, caplog: pytest.LogCaptureFixture
) -> None:
    problems = ProblemLog()
    problems.install()
    try:
        qWarning("openUrl() for 'mailto:zq@example.org?subject=Zebulon'")
    finally:
        problems.uninstall()
    # pytest-qt's handler, installed before, still saw the message whole
    assert any("zq@example.org" in r.message for r in qtlog.records)
    logged = [r.getMessage() for r in caplog.records if r.name == "infoview_gui.ui.errors"]
    assert logged == ["Qt (default): openUrl() for 'mailto:<link left out>"]
    assert len(problems.problems) == 1


def test_an_uncaught_error_goes_to_the_log_with_its_traceback(
    caplog: pytest.LogCaptureFixture,
) -> None:
    problems = ProblemLog()
    try:
        raise RuntimeError("forced for the test")
    except RuntimeError as error:
        problems._on_exception(RuntimeError, error, error.__traceback__)
    [record] = [r for r in caplog.records if r.name == "infoview_gui.ui.errors"]
    assert record.levelno == logging.ERROR and record.exc_info is not None
    assert "forced for the test" in caplog.text and "Traceback" in caplog.text


def test_an_uncaught_user_error_is_told_as_its_sentence_and_logged(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    told: list[str] = []
    problems = ProblemLog()
    monkeypatch.setattr(problems, "_tell", told.append)
    for error in (StoreDiskError(), RuntimeError("forced for the test")):
        try:
            raise error
        except Exception as caught:  # noqa: BLE001
            problems._on_exception(type(caught), caught, caught.__traceback__)
    assert told[0] == str(StoreDiskError())  # the sentence alone, no "something went wrong"
    assert (
        told[1].startswith(UNEXPECTED.replace("%1", "InfoView"))
        and "RuntimeError: forced for the test" in told[1]
    )
    levels = [r.levelno for r in caplog.records if r.name == "infoview_gui.ui.errors"]
    assert levels == [logging.WARNING, logging.ERROR]
    assert "StoreDiskError reached the last resort" in caplog.text


def test_an_uncaught_os_error_in_the_window_is_a_sentence_without_errno(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    told: list[str] = []
    problems = ProblemLog()
    monkeypatch.setattr(problems, "_tell", told.append)
    try:
        raise OSError(28, "No space left on device", "/data/x.pdf")
    except OSError as caught:
        problems._on_exception(OSError, caught, caught.__traceback__)
    assert told == [
        "InfoView could not finish what you asked: the disk is full. Everything saved before "
        "this moment is safe. Free some space and try again."
    ]
    assert "Traceback" in caplog.text  # the details stay in the log
