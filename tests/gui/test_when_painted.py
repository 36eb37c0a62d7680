"""Work that can wait at start (backups, the question bank) waits for the window's first paint."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal
from pytestqt.qtbot import QtBot

from infoview_gui.ui import after_paint
from infoview_gui.ui.main_window import MainWindow


class Window(QObject):
    first_painted = Signal()


def test_the_work_waits_for_the_first_paint_then_runs_once_in_order(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(after_paint, "PAINT_WAIT_MS", 300)
    window, done = Window(), []
    after_paint.when_painted(window, [lambda: done.append("bank"), lambda: done.append("backup")])  # type: ignore[arg-type]
    qtbot.wait(50)
    assert done == []
    window.first_painted.emit()
    qtbot.waitUntil(lambda: len(done) == 2)
    window.first_painted.emit()
    qtbot.wait(400)  # the fallback's time passes too
    assert done == ["bank", "backup"]


def test_a_window_that_is_never_painted_still_gets_the_work_done(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(after_paint, "PAINT_WAIT_MS", 100)
    done: list[str] = []
    after_paint.when_painted(Window(), [lambda: done.append("backup")])  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: done == ["backup"], timeout=2000)


def test_homes_list_waits_for_the_first_paint_of_the_real_window(
    qtbot: QtBot, store: object, paths: object, events: object, state: object
) -> None:
    from PySide6.QtWidgets import QLabel

    from infoview_gui.ui.main_window import MainWindow
    from infoview_gui.ui.views.home import HomeView
    from infoview_gui.ui.views.ids import ViewId

    window = MainWindow(paths, events, state)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    show_agenda = after_paint.agenda_after_paint(window)
    window.show()
    qtbot.waitExposed(window)
    home = window.views[ViewId.HOME]
    assert isinstance(home, HomeView)
    texts = [label.text() for label in home.agenda_content.findChildren(QLabel)]
    assert texts == ["Reading what to do next…"]
    show_agenda()
    texts = [label.text() for label in home.agenda_content.findChildren(QLabel)]
    assert "Reading what to do next…" not in texts and texts  # the first steps, on no data


def test_each_step_gets_its_own_turn_of_the_event_loop(qtbot: QtBot) -> None:
    """What a step leaves for the event loop (a repaint, a timer) comes before the next step:
    Home's list, read by the first step, is painted before the backup starts."""
    from PySide6.QtCore import QTimer

    window, done = Window(), []

    def first() -> None:
        done.append("agenda")
        QTimer.singleShot(0, lambda: done.append("painted"))

    after_paint.when_painted(window, [first, lambda: done.append("backup")])  # type: ignore[arg-type]
    window.first_painted.emit()
    qtbot.waitUntil(lambda: len(done) == 3)
    assert done == ["agenda", "painted", "backup"]


def run_script(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a new Python process (offscreen), as a fresh start would."""
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=Path(__file__).parents[2],
    )


WARMED = """
import sys
from infoview_gui.ui import after_paint

views = after_paint.WARM_VIEWS
print(sorted(v for v in views if v in sys.modules))
steps = after_paint.warm_up_steps()
for step in steps:
    step()
print(sorted(v for v in views if v not in sys.modules), len(steps) > len(views))
"""


def test_the_other_views_are_imported_after_the_first_paint_one_a_step() -> None:
    """The first click on Contacts (or any view) then builds it without importing it."""
    done = run_script(WARMED)
    assert done.stdout.splitlines() == ["[]", "[] True"], done.stderr


def test_questions_is_built_ahead_hidden_and_reads_when_first_shown(
    qtbot: QtBot, window: MainWindow
) -> None:
    from infoview_gui.ui.views.ids import ViewId
    from infoview_gui.ui.views.questions import QuestionsView

    after_paint.build_ahead(window)
    view = window.views[ViewId.QUESTIONS]
    assert isinstance(view, QuestionsView)
    assert window.current_view() is ViewId.HOME and not view.isVisible()
    assert view.refresher.stale  # nothing read yet
    window.show_view(ViewId.QUESTIONS)
    assert window.view(ViewId.QUESTIONS) is view and not view.refresher.stale


EVERYTHING_CHANGED = """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from infoview_gui.domain.changes import Changes
from infoview_gui.paths import AppPaths
from infoview_gui.store.opening import open_store
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.main_window import MainWindow

app = QApplication([])
paths = AppPaths(Path(sys.argv[1]))
paths.ensure()
open_store(paths.database)
state = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
window = MainWindow(paths, AppEvents(), state)
window.remember_state = False
window.sync  # made after the first paint
window.events.publish(Changes.everything())  # as after an import, a restore or an undo
print("infoview_gui.services.sync" in sys.modules, window.sync.status.isVisible())
"""


def test_without_an_account_a_change_of_everything_loads_nothing_of_the_sync(
    tmp_path: Path,
) -> None:
    """The sync's modules (HTTP, TLS, vCards) took 0.1 s on the window's thread when the
    first import or undo named every kind of record, sync included."""
    done = run_script(EVERYTHING_CHANGED, str(tmp_path / "data"))
    assert done.stdout.split() == ["False", "False"], done.stderr
