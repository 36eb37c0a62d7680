"""ICU's data library without the parts Qt never reads (Linux builds; the ``icu-data`` trim rule).

    python packaging/icu_data.py IN_LIBICUDATA OUT_LIBICUDATA   # prints what it kept

PySide6's QtCore links ICU, whose data library (``libicudata.so.73``, 30.5 MiB) is the
largest file of the build and a quarter of the onefile unpacking. QtCore calls ICU for four
things only (``objdump -T libQt6Core.so.6``: ``ucol_*``, ``ucnv_*``, ``ucal_*`` time zone
names, ``u_strToUpper``/``u_strToLower``): collation (``coll/``), converters (``*.cnv``),
time zone names (``zone/``, ``region/`` and the root ``*.res`` files) and case mapping (built
into libicuuc). The trees kept out are the ones only other ICU services read: break
iteration and its dictionaries, measurement units, currencies, language names,
transliteration, spelled-out numbers, StringPrep profiles and spoof checking. Collation in
ten locales, Turkish case mapping and time zone names in four languages come out the same
with either library (measured with PySide6 6.11.3).

The library is rebuilt with binutils (``as`` and ``ld``, which PyInstaller's ``objdump``
comes with): the same ``icudtNN_dat`` symbol and SONAME, over an ICU common-data package
(header, table of contents sorted by name, items on 16-byte boundaries) holding the kept
items unchanged.
"""

from __future__ import annotations

import re
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

# Item names look like "icudt73l/coll/de.res" or "icudt73l/nfkc.nrm".
DROPPED = re.compile(
    r"^icudt\d+[lb]/(?:brkitr|unit|curr|lang|translit|rbnf)/|^icudt\d+[lb]/[^/]+\.(?:spp|cfu)$"
)
ALIGN = 16


def _objdump(*args: str) -> list[str]:
    done = subprocess.run(["objdump", *args], capture_output=True, text=True, check=True)
    return done.stdout.splitlines()


def read_package(library: Path) -> tuple[str, bytes]:
    """Return the data symbol's name and bytes (the ICU common-data package) of ``library``."""
    symbols = [line.split() for line in _objdump("-T", str(library)) if "_dat" in line]
    found = [words for words in symbols if re.fullmatch(r"icudt\d+_dat", words[-1])]
    if not found:
        raise ValueError(f"{library}: no icudtNN_dat symbol")
    address, size, name = int(found[0][0], 16), int(found[0][-2], 16), found[0][-1]
    for line in _objdump("-h", str(library)):
        words = line.split()
        if len(words) >= 6 and words[0].isdigit() and words[1] == ".rodata":
            start = int(words[5], 16) + address - int(words[3], 16)
            with library.open("rb") as file:
                file.seek(start)
                return name, file.read(size)
    raise ValueError(f"{library}: no .rodata section")


def items_of(package: bytes) -> tuple[bytes, list[tuple[bytes, bytes]]]:
    """Split a common-data package into its header and its (name, data) items, in order."""
    header_size = struct.unpack_from("<H", package, 0)[0]
    # MappedData magic, then UDataInfo: little-endian (byte 8), data format "CmnD" (12-15)
    if package[2:4] != b"\xda\x27" or package[8] != 0 or package[12:16] != b"CmnD":
        raise ValueError("not a little-endian ICU common-data package")
    toc = package[header_size:]
    count = struct.unpack_from("<I", toc, 0)[0]
    entries = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    items = []
    for index, (name_at, data_at) in enumerate(entries):
        end = entries[index + 1][1] if index + 1 < count else len(toc)
        items.append((toc[name_at : toc.index(b"\0", name_at)], toc[data_at:end]))
    return package[:header_size], items


def build_package(header: bytes, items: list[tuple[bytes, bytes]]) -> bytes:
    """Lay out a common-data package: header, count, offsets, names, then the aligned items."""
    names = b""
    name_offsets = []
    first_name = 4 + 8 * len(items)
    for name, _ in items:
        name_offsets.append(first_name + len(names))
        names += name + b"\0"
    at = first_name + len(names)
    at += -at % ALIGN
    body = b""
    data_offsets = []
    for _, data in items:
        data_offsets.append(at + len(body))
        body += data + b"\0" * (-len(data) % ALIGN)
    toc = struct.pack("<I", len(items))
    toc += b"".join(
        struct.pack("<II", n, d) for n, d in zip(name_offsets, data_offsets, strict=True)
    )
    toc += names
    return header + toc + b"\0" * (-len(toc) % ALIGN) + body


def link_library(symbol: str, package: bytes, soname: str, output: Path) -> None:
    """Write a shared library that exports ``symbol`` holding ``package``."""
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        (work / "data.bin").write_bytes(package)
        (work / "data.s").write_text(
            ".section .rodata\n"
            f".globl {symbol}\n.type {symbol}, @object\n.balign {ALIGN}\n{symbol}:\n"
            f'.incbin "{work / "data.bin"}"\n.size {symbol}, . - {symbol}\n'
            '.section .note.GNU-stack,"",@progbits\n',
            encoding="ascii",
        )
        subprocess.run(["as", "-o", str(work / "data.o"), str(work / "data.s")], check=True)
        output.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["ld", "-shared", "-soname", soname, "-o", str(output), str(work / "data.o")],
            check=True,
        )


def filter_library(source: Path, output: Path) -> tuple[int, int]:
    """Write ``output``: ``source`` without the DROPPED items; return both package sizes."""
    symbol, package = read_package(source)
    header, items = items_of(package)
    kept = [(name, data) for name, data in items if not DROPPED.search(name.decode("ascii"))]
    smaller = build_package(header, kept)
    if items_of(smaller)[1] != kept:
        raise ValueError("the rebuilt ICU data package does not read back")
    link_library(symbol, smaller, source.name, output)
    return len(package), len(smaller)


def main(argv: list[str]) -> int:
    """Filter one library, from the command line."""
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    before, after = filter_library(Path(argv[0]), Path(argv[1]))
    print(f"ICU data: {before / 2**20:.1f} MiB -> {after / 2**20:.1f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
