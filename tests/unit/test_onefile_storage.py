"""The onefile build's few uncompressed libraries: chosen by name, written like any library."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import onefile_storage  # noqa: E402 - a build script, not a package


def test_only_the_chosen_libraries_are_relabelled() -> None:
    binaries = [
        ("PySide6/Qt/lib/libQt6Core.so.6", "/x/libQt6Core.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/x/libQt6Gui.so.6", "BINARY"),
        ("libsqlite3.so.0", "/usr/lib/libsqlite3.so.0", "BINARY"),
        ("PySide6/QtCore.abi3.so", "/x/QtCore.abi3.so", "EXTENSION"),
    ]
    marked = onefile_storage.mark_raw(binaries)
    kinds = {dest: kind for dest, _, kind in marked}
    assert kinds == {
        "PySide6/Qt/lib/libQt6Core.so.6": onefile_storage.RAW_TYPECODE,
        "PySide6/Qt/lib/libQt6Gui.so.6": "BINARY",
        "libsqlite3.so.0": onefile_storage.RAW_TYPECODE,
        "PySide6/QtCore.abi3.so": "EXTENSION",
    }
    assert [(dest, src) for dest, src, _ in marked] == [(d, s) for d, s, _ in binaries]


def test_only_the_relabelled_files_lose_their_compression() -> None:
    api = pytest.importorskip("PyInstaller.building.api")  # the `build` extra
    table = onefile_storage.compression_by_typecode()
    assert table.pop(onefile_storage.RAW_TYPECODE) is api.UNCOMPRESSED
    defaults = {
        "EXTENSION": api.COMPRESSED,
        "DATA": api.COMPRESSED,
        "BINARY": api.COMPRESSED,
        "PYSOURCE": api.COMPRESSED,
        "PYMODULE": api.COMPRESSED,
        "SPLASH": api.COMPRESSED,
        "PYZ": api.UNCOMPRESSED,
        "SYMLINK": api.UNCOMPRESSED,
    }
    assert table == defaults


def test_a_relabelled_library_is_unpacked_as_a_library() -> None:
    """PyInstaller writes EXECUTABLE entries with the archive type of BINARY ones."""
    api = pytest.importorskip("PyInstaller.building.api")
    xform = api.PKG.xformdict
    assert xform[onefile_storage.RAW_TYPECODE] == xform["BINARY"] == "b"
