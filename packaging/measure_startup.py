"""Time InfoView from process start to its window shown: source, onedir and onefile.

    python packaging/measure_startup.py [--runs 7] [--no-onefile]

Each run starts the program with ``--quit-when-shown`` on a fresh, empty data folder and
measures the wall time until it prints ``shown``: the bootloader, the onefile unpacking,
Python's start and the imports all count, which the app's own figure cannot see. The
programs take turns, after one untimed warm-up each, so a slow moment of the machine hits
them alike. Prints the medians and, as its last line, a JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXE = "infoview.exe" if sys.platform == "win32" else "infoview"
PROGRAMS = {
    "source": [sys.executable, str(ROOT / "main.py")],
    "onedir": [str(ROOT / "dist" / "infoview" / EXE)],
    "onefile": [str(ROOT / "dist" / "onefile" / EXE)],
}


def time_to_shown(command: list[str]) -> float:
    """Start ``command`` on a new data folder; return the seconds until it shows its window."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="infoview-start-") as data:
        started = time.perf_counter()
        with subprocess.Popen(
            [*command, "--quit-when-shown", "--data-dir", data],
            stdout=subprocess.PIPE,
            env=env,
            text=True,
        ) as process:
            assert process.stdout is not None
            for line in process.stdout:
                if line.startswith("shown"):
                    elapsed = time.perf_counter() - started
                    break
            else:
                raise SystemExit(f"{command[0]} exited without showing its window")
            if process.wait() != 0:
                raise SystemExit(f"{command[0]} exited with {process.returncode}")
    return elapsed


def main(argv: list[str] | None = None) -> int:
    """Time every program that exists and print the medians."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--no-onefile", action="store_true", help="skip the onefile build")
    args = parser.parse_args(argv)
    programs = {
        name: command
        for name, command in PROGRAMS.items()
        if (name == "source" or Path(command[0]).exists())
        and not (name == "onefile" and args.no_onefile)
    }
    times: dict[str, list[float]] = {name: [] for name in programs}
    for command in programs.values():
        time_to_shown(command)  # warm-up: page cache, font cache, onefile unpacking
    for _ in range(args.runs):
        for name, command in programs.items():
            times[name].append(time_to_shown(command))
    medians = {name: statistics.median(values) for name, values in times.items()}
    for name, values in times.items():
        runs = " ".join(f"{value:.3f}" for value in values)
        print(f"{name:8} median {medians[name]:.3f} s   runs: {runs}")
    result = {f"{name}_startup_s": round(value, 3) for name, value in medians.items()}
    if "onedir" in medians:
        result["onedir_startup_ratio"] = round(medians["onedir"] / medians["source"], 3)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
