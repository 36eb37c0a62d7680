"""The library graph of the build: what a kept file still needs, and what nothing needs."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import link_graph  # noqa: E402 - a build script, not a package

BINARIES = [
    ("PySide6/QtGui.abi3.so", "/w/QtGui.abi3.so", "EXTENSION"),
    ("PySide6/Qt/lib/libQt6Gui.so.6", "/w/libQt6Gui.so.6", "BINARY"),
    ("PySide6/Qt/lib/libQt6Core.so.6", "/w/libQt6Core.so.6", "BINARY"),
    ("libgtk-3.so.0", "/usr/lib/libgtk-3.so.0", "BINARY"),
    ("libcairo.so.2", "/usr/lib/libcairo.so.2", "BINARY"),
]
GRAPH = {
    "PySide6/QtGui.abi3.so": {"libqt6gui.so.6", "libqt6core.so.6"},
    "PySide6/Qt/lib/libQt6Gui.so.6": {"libqt6core.so.6"},
    "PySide6/Qt/lib/libQt6Core.so.6": set(),
    "libgtk-3.so.0": {"libcairo.so.2"},  # was needed by a dropped GTK plugin only
    "libcairo.so.2": set(),
}


def extension(entry: tuple[str, str, str]) -> bool:
    return entry[2] == "EXTENSION"


def test_libraries_linked_from_a_root_are_reached_and_the_others_are_not() -> None:
    reached = link_graph.reachable(BINARIES, GRAPH, extension)
    assert reached == {
        "PySide6/QtGui.abi3.so",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "PySide6/Qt/lib/libQt6Core.so.6",
    }


def test_a_link_to_a_dropped_library_is_reported() -> None:
    assert link_graph.broken_links(GRAPH, {"libcairo.so.2"}) == [
        "libgtk-3.so.0 needs libcairo.so.2"
    ]
    assert link_graph.broken_links(GRAPH, {"libnothing.so.1"}) == []


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("objdump") is None,
    reason="reads ELF files with binutils' objdump, as the Linux build does",
)
def test_an_elf_library_lists_what_it_links() -> None:
    import _sqlite3

    needed = link_graph.elf_needed(_sqlite3.__file__)
    assert any(name.startswith("libsqlite3") for name in needed)
