"""Build the standalone InfoView with PyInstaller from ``packaging/infoview.spec``.

    python packaging/build.py             # onedir (recommended): dist/infoview/
    python packaging/build.py --onefile   # one file: dist/onefile/infoview
    python packaging/build.py --both

Works from any folder; needs the project's ``build`` extra (PyInstaller) in the running
Python. Prints the size of each output in MiB.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "infoview.spec"
NAME = "infoview"
# The onedir build stores its Python modules uncompressed: each one imported at start was
# inflated first, 12 ms in all (onedir start 0.202 -> 0.189 s, 11 runs each), for 4.5 MiB
# (101.6 -> 106.1, limit 120). PyInstaller reads this level when it writes its archives. The
# onefile build keeps the default: it has no MiB to spare (packaging/README.md).
ONEDIR_ZLIB_LEVEL = "0"


def output_paths(*, onefile: bool) -> tuple[Path, Path, list[Path]]:
    """Return the dist folder, the work folder and the outputs of one form of the build."""
    dist = ROOT / "dist" / "onefile" if onefile else ROOT / "dist"
    work = ROOT / "build" / ("onefile" if onefile else "onedir")
    exe = NAME + (".exe" if sys.platform == "win32" else "")
    outputs = [dist / exe] if onefile else [dist / NAME]
    if sys.platform == "darwin" and not onefile:
        outputs.append(dist / "InfoView.app")
    return dist, work, outputs


def size_mib(path: Path) -> float:
    """Return the size of a file, or of every file under a folder, in MiB."""
    if path.is_file():
        return path.stat().st_size / 2**20
    files = (p for p in path.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / 2**20


def build(*, onefile: bool, clean: bool, verbose: bool) -> list[Path]:
    """Run PyInstaller for one form; return its outputs."""
    dist, work, outputs = output_paths(onefile=onefile)
    env = dict(os.environ, INFOVIEW_ONEFILE="1" if onefile else "0")
    level = "" if onefile else ONEDIR_ZLIB_LEVEL
    if level:
        env["PYINSTALLER_ZLIB_COMPRESSION_LEVEL"] = level
    # PyInstaller's cache does not know the level: a change of level empties it.
    marker = work / "zlib-level"
    if not marker.exists() or marker.read_text(encoding="utf-8") != level:
        clean = True
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "INFO" if verbose else "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
    ]
    if clean:
        command.append("--clean")
    print(f"building {'onefile' if onefile else 'onedir'}: {' '.join(command)} {SPEC}", flush=True)
    subprocess.run([*command, str(SPEC)], cwd=ROOT, env=env, check=True)
    marker.write_text(level, encoding="utf-8")
    return outputs


def main(argv: list[str] | None = None) -> int:
    """Build the forms asked for and print their sizes."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    form = parser.add_mutually_exclusive_group()
    form.add_argument("--onefile", action="store_true", help="build the single-file app only")
    form.add_argument("--both", action="store_true", help="build onedir and onefile")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's caches first")
    parser.add_argument("--verbose", action="store_true", help="show PyInstaller's INFO log")
    args = parser.parse_args(argv)
    forms = [False, True] if args.both else [args.onefile]
    try:
        outputs = [
            out
            for one in forms
            for out in build(onefile=one, clean=args.clean, verbose=args.verbose)
        ]
    except subprocess.CalledProcessError as exc:
        print(f"build failed: PyInstaller exited with {exc.returncode}", file=sys.stderr)
        return 1
    for output in outputs:
        print(f"{output.relative_to(ROOT)}: {size_mib(output):.1f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
