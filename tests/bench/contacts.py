"""Contacts table benchmark at 100,000 generated contacts (offscreen).

Generates the data in a child process, then in this one: opens the Contacts view, types
into the search box, sorts by every column, and moves contacts in a field's ranking.
Prints the figures, and as its last line a JSON object.

    python tests/bench/contacts.py [--rows 100000]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def generate(folder: Path, rows: int) -> None:
    """Fill ``folder`` with ``rows`` contacts in a child process (its memory is not ours)."""
    code = (
        "import sys; sys.path[:0] = [sys.argv[1], sys.argv[1] + '/tests/bench'];"
        "from pathlib import Path; from data import make_contacts;"
        "make_contacts(Path(sys.argv[2]), int(sys.argv[3]))"
    )
    subprocess.run([sys.executable, "-c", code, str(ROOT), str(folder), str(rows)], check=True)


_READING: list[object] = []  # what tells whether the Contacts view still reads in a worker


def settle() -> None:
    """Let Qt lay out and paint what changed, once the view has read what it asked for.

    With big data the view reads its order in a worker thread: the time counts until
    the rows it shows are there.
    """
    from PySide6.QtWidgets import QApplication

    for _ in range(2):
        QApplication.processEvents()
    while any(reading() for reading in _READING):  # type: ignore[operator]
        QApplication.processEvents()
        time.sleep(0.001)
    QApplication.processEvents()


def timed(action: object) -> float:
    """Run ``action`` then let the view repaint; return the seconds it took."""
    started = time.perf_counter()
    action()  # type: ignore[operator]
    settle()
    return time.perf_counter() - started


def main() -> None:  # noqa: C901 - a benchmark reads best as one story
    """Run the benchmark."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "data"
        started = time.perf_counter()
        generate(folder, args.rows)
        print(f"generated {args.rows:,} contacts in {time.perf_counter() - started:.1f} s")

        from PySide6.QtCore import QSettings, Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication

        from infoview_gui.paths import AppPaths
        from infoview_gui.qtmodels.contact_columns import Column
        from infoview_gui.store.database import database
        from infoview_gui.store.opening import open_store
        from infoview_gui.ui.events import AppEvents
        from infoview_gui.ui.main_window import MainWindow
        from infoview_gui.ui.views.contacts import ContactsView
        from infoview_gui.ui.views.ids import ViewId

        app = QApplication([])
        paths = AppPaths(folder)
        open_store(paths.database)
        state = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
        window = MainWindow(paths, AppEvents(), state)
        window.resize(1280, 800)
        window.show()
        settle()
        contacts = lambda: window.views.get(ViewId.CONTACTS)  # noqa: E731
        _READING.append(lambda: contacts() is not None and contacts().is_reading())

        view_shown = timed(lambda: window.show_view(ViewId.CONTACTS))
        view = window.views[ViewId.CONTACTS]
        assert isinstance(view, ContactsView)
        assert view.model.rowCount() == args.rows

        keystrokes = []
        for word in ("ma", "lee", "org 12"):
            view.search.clear()
            settle()
            QTest.keyClicks(view.search, word[:-1])
            settle()
            keystrokes.append(timed(lambda w=word: QTest.keyClick(view.search, w[-1])))
        matched = view.model.rowCount()
        view.search.clear()
        settle()

        sorts = {}
        for column in [*list(Column)[1:], Column.RANK]:  # rank last: the table starts there
            sorts[column.name] = timed(
                lambda c=column: view.table.sortByColumn(c, Qt.SortOrder.AscendingOrder)
            )
        view.show_field(view.field_filter.itemData(1))
        settle()
        field_rows = view.model.rowCount()
        connection = database.connection()
        changes_before = connection.total_changes
        moves, repaints = [], []
        root = view.model.index(0, 0).parent()
        for step in range(200):
            source = (step * 7919) % field_rows
            target = (step * 104729) % field_rows
            if source in (target, target - 1):
                target = (target + 2) % field_rows
            view.table.scrollTo(view.model.index(min(source, target), 0))
            settle()
            started = time.perf_counter()
            assert view.model.moveRows(root, source, 1, root, target)
            moves.append(time.perf_counter() - started)
            repaints.append(timed(lambda: None))
        written = (connection.total_changes - changes_before) / len(moves)
        rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        window.close()
        app.quit()

    print(f"open contacts view  {view_shown:.3f} s")
    print(
        f"search keystroke    median {statistics.median(keystrokes):.3f} s, "
        f"max {max(keystrokes):.3f} s ({matched:,} rows after the last)"
    )
    for name, seconds in sorts.items():
        print(f"sort {name:14s} {seconds:.3f} s")
    print(
        f"move in ranking     median {statistics.median(moves):.4f} s, max {max(moves):.4f} s "
        f"over {len(moves)} moves in a field of {field_rows:,} (saved, model updated)"
    )
    print(f"  then repaint      median {statistics.median(repaints):.4f} s")
    print(f"rows written a move {written:.2f}")
    print(f"peak RSS            {rss_mb:.0f} MB")
    print(
        json.dumps(
            {
                "rows": args.rows,
                "view_shown_s": round(view_shown, 4),
                "filter_keystroke_s": round(statistics.median(keystrokes), 4),
                "filter_keystroke_max_s": round(max(keystrokes), 4),
                "sort_s": round(max(sorts.values()), 4),
                "rerank_s": round(statistics.median(moves), 5),
                "rerank_repaint_s": round(statistics.median(repaints), 4),
                "rerank_rows_written": round(written, 2),
                "rss_mb": round(rss_mb, 1),
            }
        )
    )


if __name__ == "__main__":
    main()
