"""The build's smaller ICU data library: same format, only the trees Qt never reads left out."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import icu_data  # noqa: E402 - a build script, not a package

HEADER = bytes([32, 0, 0xDA, 0x27, 20, 0, 0, 0, 0, 0, 2, 0]) + b"CmnD" + bytes(16)


def test_a_package_reads_back_item_for_item() -> None:
    items = [(b"icudt73l/a.res", b"x" * 5), (b"icudt73l/coll/de.res", b"y" * 33)]
    package = icu_data.build_package(HEADER, items)
    header, read = icu_data.items_of(package)
    assert header == HEADER
    # each item keeps its bytes; the padding to 16 bytes follows it
    pairs = zip(read, items, strict=True)
    assert [(name, data[: len(orig)]) for (name, data), (_, orig) in pairs] == items
    assert all(len(data) % 16 == 0 for _, data in read)


def test_only_the_trees_qt_never_reads_are_left_out() -> None:
    dropped = [
        "icudt73l/brkitr/word.brk",
        "icudt73l/unit/de.res",
        "icudt73l/curr/fr.res",
        "icudt73l/lang/en.res",
        "icudt73l/translit/root.res",
        "icudt73l/rbnf/en.res",
        "icudt73l/rfc3491.spp",
        "icudt73l/confusables.cfu",
    ]
    kept = [
        "icudt73l/coll/de.res",
        "icudt73l/coll/ucadata.icu",
        "icudt73l/zone/de.res",
        "icudt73l/region/de.res",
        "icudt73l/ibm-5348_P100-1997.cnv",
        "icudt73l/cnvalias.icu",
        "icudt73l/de.res",
        "icudt73l/metaZones.res",
        "icudt73l/nfkc.nrm",
    ]
    assert all(icu_data.DROPPED.search(name) for name in dropped)
    assert not any(icu_data.DROPPED.search(name) for name in kept)


def pyside_icu_data() -> Path | None:
    spec = importlib.util.find_spec("PySide6")  # finds the wheel without importing Qt
    if spec is None or not spec.submodule_search_locations:
        return None
    found = sorted(Path(next(iter(spec.submodule_search_locations))).glob("Qt/lib/libicudata.so.*"))
    return found[0] if found else None


@pytest.mark.skipif(
    not (sys.platform.startswith("linux") and pyside_icu_data() and shutil.which("ld")),
    reason="needs PySide6's ICU on Linux and binutils",
)
def test_the_real_library_shrinks_and_keeps_what_qt_reads(tmp_path: Path) -> None:
    source = pyside_icu_data()
    assert source is not None
    out = tmp_path / source.name
    before, after = icu_data.filter_library(source, out)
    assert after < before * 0.6
    symbol, package = icu_data.read_package(out)
    assert symbol == icu_data.read_package(source)[0]
    names = {name.decode() for name, _ in icu_data.items_of(package)[1]}
    trees = {name.split("/")[1] for name in names if name.count("/") == 2}
    assert {"coll", "zone", "region"} <= trees
    assert not trees & {"brkitr", "unit", "curr", "lang", "translit", "rbnf"}
    assert any(name.endswith(".cnv") for name in names)
