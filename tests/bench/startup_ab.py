"""Start-up A/B: this tree against an earlier commit, interleaved, on the same 10k data.

On a noisy machine one ``startup.py`` run swings by 0.2 in ``ratio_10k``; alternating the
bare-Qt floor, the earlier commit and this tree start by start, on one data folder, shows
what a change costs. The earlier commit is checked out into a temporary git worktree.

    python tests/bench/startup_ab.py --rev 4189dc0 [--runs 31]
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(__file__).resolve().parent))

import startup  # noqa: E402 - the floor and the data of the start-up bench


def shown_after(command: list[str], tree: Path) -> float:
    """Return the seconds from starting ``command`` to its "shown" line."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(tree)}
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True, cwd=tree
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    elapsed = time.perf_counter() - started
    process.stdout.read()
    process.wait()
    if not line.startswith("shown") or process.returncode != 0:
        raise SystemExit(f"{command} failed: {line!r}, exit {process.returncode}")
    return elapsed


def main() -> None:
    """Run the A/B and print the medians, and as the last line a JSON object."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--rev", required=True, help="the earlier commit to compare with")
    parser.add_argument("--runs", type=int, default=31)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        earlier, data = Path(tmp) / "earlier", Path(tmp) / "data"
        subprocess.run(
            ["git", "worktree", "add", "--detach", str(earlier), args.rev],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        try:
            startup.make_data(data, 10_000)
            for tree in (earlier, ROOT):
                compileall.compile_dir(tree / "infoview_gui", quiet=1)
            trees = {"floor": ROOT, args.rev: earlier, "this tree": ROOT}
            commands = {
                name: [sys.executable, "-c", startup.FLOOR]
                if name == "floor"
                else [sys.executable, str(tree / "main.py"), "--data-dir", str(data)]
                + ["--quit-when-shown"]
                for name, tree in trees.items()
            }
            times: dict[str, list[float]] = {name: [] for name in commands}
            for _ in range(args.runs):
                for name, command in commands.items():
                    times[name].append(shown_after(command, trees[name]))
        finally:
            subprocess.run(
                ["git", "worktree", "remove", "--force", str(earlier)], cwd=ROOT, check=False
            )
    medians = {name: statistics.median(values) for name, values in times.items()}
    for name, value in medians.items():
        ratio = value / medians["floor"]
        print(f"{name:10s} median {value:.3f} s  ratio_10k {ratio:.3f}")
    print(
        json.dumps(
            {
                "runs": args.runs,
                "rev": args.rev,
                "floor_s": round(medians["floor"], 4),
                "ratio_10k_rev": round(medians[args.rev] / medians["floor"], 3),
                "ratio_10k_this_tree": round(medians["this tree"] / medians["floor"], 3),
            }
        )
    )


if __name__ == "__main__":
    main()
