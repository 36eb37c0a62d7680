"""Which files the onefile build stores uncompressed, and why (the spec's ``raw-libs`` rule).

A onefile InfoView unpacks every file into a temporary folder at each start, and most of
that time is zlib inflating: about 6 ms per MiB written on these 2-core machines
(``perf record`` on the bootloader: 57 % of the start in libz). A file stored as it is
costs its whole size in the download instead of its compressed size, and is only copied.
The files below give the most start-up time back for the size they add (measured with
PyInstaller 6.22, zlib level 9, PySide6 6.11.3):

===========================  ========  ==========  ========  =============
file                         size      compressed  inflate   ms per MiB
                                                             added
===========================  ========  ==========  ========  =============
libQt6Core.so.6              7.2 MiB   2.9 MiB     54 ms     12.5
libsqlite3.so.0              1.4 MiB   0.7 MiB     8 ms      11.9
libX11.so.6                  1.3 MiB   0.7 MiB     7 ms      12.8
libfreetype.so.6             0.8 MiB   0.4 MiB     4 ms      10.8
===========================  ========  ==========  ========  =============

Together: +5.9 MiB on the onefile (40.5 -> 46.4 MiB, its limit is 50) for ~70 ms less
at every start. The next candidates (libQt6Gui: +6.4 MiB for 73 ms) would break the size
limit. The onedir build is not concerned: nothing is unpacked there.
"""

from __future__ import annotations

import posixpath

RAW = ("libQt6Core.so.6", "libsqlite3.so.0", "libX11.so.6", "libfreetype.so.6")

# PyInstaller compresses a CArchive entry according to its typecode (the ``cdict`` of
# EXE/PKG). An "EXECUTABLE" entry is written exactly like a "BINARY" one (typecode "b":
# unpacked as a file with its executable bit), so the chosen files are relabelled
# "EXECUTABLE" and that typecode alone is stored uncompressed.
RAW_TYPECODE = "EXECUTABLE"


def mark_raw(binaries):
    """Return the binaries TOC with the RAW files relabelled for uncompressed storage."""
    return [
        (dest, src, RAW_TYPECODE if posixpath.basename(dest.replace("\\", "/")) in RAW else kind)
        for dest, src, kind in binaries
    ]


def compression_by_typecode():
    """Return the ``cdict`` for EXE: PyInstaller's defaults, with RAW_TYPECODE uncompressed."""
    compressed = ("EXTENSION", "DATA", "BINARY", "PYSOURCE", "PYMODULE", "SPLASH")
    table = {typecode: True for typecode in compressed}
    table.update({"PYZ": False, "SYMLINK": False, RAW_TYPECODE: False})
    return table
