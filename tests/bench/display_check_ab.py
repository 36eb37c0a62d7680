"""The display check's cost on X11: the check + QApplication against QApplication alone.

The check loads Qt's xcb plugin before QApplication, which then finds it loaded: what it
costs is what the pair costs more than QApplication alone. Fresh processes, interleaved, on
a real X display (Xvfb will do):

    DISPLAY=:14 python tests/bench/display_check_ab.py [--runs 60]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys

PROBE = """
import sys, time
from PySide6.QtWidgets import QApplication
from infoview_gui.display_check import display_problem
started = time.perf_counter()
if sys.argv[1] == "check":
    assert display_problem() == "", display_problem()
checked = time.perf_counter()
app = QApplication(["InfoView"])
print(checked - started, time.perf_counter() - started)
"""


def main() -> None:
    """Print the medians in milliseconds."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=60)
    runs = parser.parse_args().runs
    if not os.environ.get("DISPLAY"):
        raise SystemExit("display_check_ab.py: needs an X display (DISPLAY)")
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    total: dict[str, list[float]] = {"check": [], "none": []}
    check_alone: list[float] = []
    for run in range(runs):
        for kind in ("check", "none") if run % 2 else ("none", "check"):
            done = subprocess.run(
                [sys.executable, "-c", PROBE, kind], env=env, capture_output=True, text=True
            )
            if done.returncode:
                raise SystemExit(done.stderr)
            check, both = map(float, done.stdout.split())
            total[kind].append(both * 1000)
            if kind == "check":
                check_alone.append(check * 1000)
    with_check, without = statistics.median(total["check"]), statistics.median(total["none"])
    print(f"QApplication alone          median {without:6.1f} ms")
    print(f"check, then QApplication    median {with_check:6.1f} ms ({with_check - without:+.1f})")
    print(f"the check alone             median {statistics.median(check_alone):6.1f} ms")


if __name__ == "__main__":
    main()
