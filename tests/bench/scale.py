"""Scale benchmark: does the window ever freeze with 300,000 contacts and 50,000 interviews?

Builds (once, cached by size and data version) realistic data folders of 1k, 10k, 100k
and 300k contacts with 500, 5k, 20k and 50k interviews in every status (notes, call
logs, drafts), a question list with answers for every second interview and a page of
notes on a fifth of the contacts. For each size, in child processes on copies of it
(scale_drive.py): starts InfoView as main.py does and drives every action of issue 17
through the window's own menus, keys and dialogs, a 10 ms timer noting the longest
event-loop gap of each from the first paint on; exports everything as JSON and all
contacts as CSV; restores the JSON into an empty folder with File > Import; and times
start-up to the first paint against tests/bench/startup.py's bare-Qt floor.

Prints a table of stalls (seconds), and as its last line a JSON object.

    python tests/bench/scale.py [--sizes 1k,10k,100k,300k] [--actions sort_,select_all]
        [--startup-runs 5] [--cache DIR]

``--actions`` keeps the actions whose names start with one of the words given, and
leaves out those starting with a word given after a minus (``--actions=-delete_all``);
start-up is always measured. Besides each action's stall the table gives the CPU
seconds the process spent on it (workers too), and the "gui cpu": the most processor time
the GUI thread itself used between two ticks of the probe. On a shared machine a stall
also counts the time the thread waited for a processor; the gui cpu does not: the
steadier figure of what the window's own thread did at once. Stalls swing
with the machine's load: compare runs made on the same machine at the same time.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [str(ROOT), str(HERE)]

import startup  # noqa: E402 - the bare-Qt floor and its measure

SIZES = {"1k": (1_000, 500), "10k": (10_000, 5_000), "100k": (100_000, 20_000)}
SIZES["300k"] = (300_000, 50_000)
DATA_VERSION = 2  # raise when data.make_realistic makes other data: the cache is rebuilt
PART_ACTIONS = {"export": ("json_export", "csv_export"), "restore": ("json_restore",)}
CHILD_TIMEOUT_S = 3 * 3600


def cache_folder(cache: Path, label: str) -> Path:
    """Return the data folder of ``label``, building it the first time (in a child process)."""
    from infoview_gui.store.migrations import SCHEMA_VERSION

    folder = cache / f"data-v{DATA_VERSION}-schema{SCHEMA_VERSION}" / label
    if (folder / "infoview.sqlite3").is_file():
        return folder
    contacts, interviews = SIZES[label]
    building = folder.with_name(label + ".building")
    shutil.rmtree(building, ignore_errors=True)
    started = time.perf_counter()
    code = (
        "import sys; sys.path[:0] = sys.argv[1:3]; from pathlib import Path;"
        "from data import make_realistic;"
        "make_realistic(Path(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]))"
    )
    subprocess.run(
        [sys.executable, "-c", code, str(ROOT), str(HERE), str(building)]
        + [str(contacts), str(interviews)],
        check=True,
    )
    building.rename(folder)
    took = time.perf_counter() - started
    print(f"built {label}: {contacts:,} contacts, {interviews:,} interviews in {took:.0f} s")
    return folder


def copy_of(folder: Path, target: Path) -> Path:
    """Return a fresh copy of a data folder (the actions change it; the cache stays)."""
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(folder, target)
    return target


def import_file(path: Path, rows: int) -> Path:
    """Write a connections export of ``rows`` people new to the data (the large import)."""
    from imports import connections

    path.write_bytes(connections(10_000_000, rows, random.Random(17)))
    return path


def drive(part: str, folder: Path, actions: str, **files: Path) -> dict[str, object]:
    """Run one part of scale_drive.py; return its figures."""
    command = [sys.executable, str(HERE / "scale_drive.py"), part, str(folder)]
    command.append(f"--actions={actions}")  # a first word may start with a minus
    for name, path in files.items():
        command += [f"--{name}", str(path)]
    print(f"{part}: {folder.name}", file=sys.stderr, flush=True)
    done = subprocess.run(
        command, stdout=subprocess.PIPE, text=True, cwd=ROOT, timeout=CHILD_TIMEOUT_S
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("RESULT ")]
    if done.returncode != 0 or not lines:
        raise SystemExit(f"scale_drive.py {part} failed (exit {done.returncode})")
    result: dict[str, object] = json.loads(lines[-1].removeprefix("RESULT "))
    return result


def chosen(name: str, actions: list[str]) -> bool:
    """Whether the action ``name`` is asked for: by a prefix given, and none given with a -."""
    keep = [a for a in actions if not a.startswith("-")]
    leave = [a[1:] for a in actions if a.startswith("-")]
    asked = not keep or any(name.startswith(a) for a in keep)
    return asked and not any(name.startswith(a) for a in leave)


def wants(actions: list[str], part: str) -> bool:
    """Whether any action of ``part`` is among those asked for."""
    return any(chosen(name, actions) for name in PART_ACTIONS[part])


def startup_ratio(folder: Path, runs: int) -> tuple[float, float]:
    """Return (median start to painted, its ratio to the floor), interleaved start by start."""
    app = [sys.executable, str(ROOT / "main.py"), "--data-dir", str(folder), "--quit-when-shown"]
    floor = [sys.executable, "-c", startup.FLOOR]
    startup.measure(floor)  # warm the disk cache; the first start also backs up
    startup.measure(app)
    times: dict[str, list[float]] = {"floor": [], "app": []}
    for _ in range(runs):
        times["floor"].append(startup.measure(floor)[0])
        times["app"].append(startup.measure(app)[0])
    app_s = statistics.median(times["app"])
    return app_s, app_s / statistics.median(times["floor"])


def merge(figures: dict[str, object], part: dict[str, object], fact: str) -> None:
    """Add a part's stalls, CPU seconds and ``fact`` to the figures of the main part."""
    for key in ("stalls", "cpu", "gui_cpu"):
        figures[key].update(part[key])  # type: ignore[attr-defined]
    figures[fact] = part[fact]


def run_size(label: str, cache: Path, work: Path, args: argparse.Namespace) -> dict[str, object]:
    """Every part at one size: the stalls, start-up and memory figures."""
    actions = [a for a in args.actions.split(",") if a]
    source = cache_folder(cache, label)
    contacts = SIZES[label][0]
    csv_in = import_file(work / "import.csv", max(500, min(10_000, contacts // 10)))
    json_out, csv_out = work / "export.json", work / "export.csv"
    figures = drive("main", copy_of(source, work / "main"), args.actions, csv=csv_in)
    figures.pop("seconds")
    if wants(actions, "export") or wants(actions, "restore"):
        exported = drive(
            "export", copy_of(source, work / "export"), args.actions, json=json_out, csv=csv_out
        )
        merge(figures, exported, "export_rss_mb")
    if wants(actions, "restore") and json_out.is_file():
        empty = work / "restore"
        shutil.rmtree(empty, ignore_errors=True)
        restored = drive("restore", empty, args.actions, json=json_out)
        merge(figures, restored, "restore_rss_mb")
        if restored["restored_contacts"] != contacts:  # refused: a figure, not a crash
            refusal = restored.get("restore_refused", "")
            figures["restore_refused"] = f"{restored['restored_contacts']} of {contacts}: {refusal}"
            print(f"{label}: the restore was refused: {refusal}", file=sys.stderr)
    paint_s, ratio = startup_ratio(copy_of(source, work / "startup"), args.startup_runs)
    figures.update(startup_s=round(paint_s, 4), startup_ratio=round(ratio, 3))
    for name in ("main", "export", "restore", "startup"):
        shutil.rmtree(work / name, ignore_errors=True)
    return figures


def print_table(results: dict[str, dict[str, object]]) -> None:
    """Print each action's stall at each size, then the other figures."""
    labels = list(results)
    stalls = {label: results[label]["stalls"] for label in labels}
    names: list[str] = []
    for label in labels:
        names += [n for n in stalls[label] if n not in names]  # type: ignore[attr-defined]
    head = "".join(f"{label + ' stall':>12s}{'cpu':>8s}{'gui cpu':>9s}" for label in labels)
    print(f"{'seconds':34s}{head}")
    for name in names:
        cells = ""
        for label in labels:
            stall = stalls[label].get(name)  # type: ignore[attr-defined]
            cpu = results[label]["cpu"].get(name)  # type: ignore[attr-defined]
            gui = results[label].get("gui_cpu", {}).get(name)  # type: ignore[attr-defined]
            if stall is None:
                cells += f"{'-':>12s}{'':17s}"
            else:
                cells += f"{stall:12.3f}{cpu:8.2f}" + (f"{gui:9.3f}" if gui is not None else "")
        print(f"{name:34s}{cells}")
    for fact in ("startup_paint_s", "startup_click_s", "startup_s", "startup_ratio", "rss_mb"):
        print(
            f"{fact:34s}" + "".join(f"{results[label].get(fact, '-')!s:>10s}" for label in labels)
        )
    for fact in ("export_rss_mb", "restore_rss_mb", "selected", "noise_floor_s"):
        print(
            f"{fact:34s}" + "".join(f"{results[label].get(fact, '-')!s:>10s}" for label in labels)
        )


def summary(results: dict[str, dict[str, object]]) -> dict[str, object]:
    """The last line: the worst stall and its action at each size, start-up, memory."""
    line: dict[str, object] = {}
    for label in SIZES:
        figures = results.get(label, {})
        stalls: dict[str, float] = figures.get("stalls", {})  # type: ignore[assignment]
        worst = max(stalls, key=stalls.__getitem__) if stalls else None
        line[f"max_stall_s_{label}"] = stalls[worst] if worst else None
        line[f"worst_action_{label}"] = worst
        line[f"startup_ratio_{label}"] = figures.get("startup_ratio")
        line[f"startup_click_s_{label}"] = figures.get("startup_click_s")
        line[f"noise_floor_s_{label}"] = figures.get("noise_floor_s")
        for fact in ("rss_mb", "export_rss_mb", "restore_rss_mb", "restore_refused"):
            line[f"{fact}_{label}"] = figures.get(fact)
    line["stalls"] = {label: figures["stalls"] for label, figures in results.items()}
    line["cpu_s"] = {label: figures["cpu"] for label, figures in results.items()}
    line["gui_cpu_s"] = {label: figures.get("gui_cpu") for label, figures in results.items()}
    return line


def main() -> None:
    """Run the benchmark at the sizes asked for."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default=",".join(SIZES))
    parser.add_argument("--actions", default="", help="action name prefixes, comma-separated")
    parser.add_argument("--startup-runs", type=int, default=5)
    parser.add_argument(
        "--cache", type=Path, default=Path(tempfile.gettempdir()) / "infoview-bench-scale"
    )
    args = parser.parse_args()
    labels = [s for s in args.sizes.split(",") if s]
    unknown = [s for s in labels if s not in SIZES]
    if unknown:
        parser.error(f"unknown sizes {unknown}: choose among {', '.join(SIZES)}")
    import compileall

    compileall.compile_dir(ROOT / "infoview_gui", quiet=1)  # as startup.py: as installed
    results: dict[str, dict[str, object]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for label in labels:
            work = Path(tmp) / label
            work.mkdir()
            results[label] = run_size(label, args.cache, work, args)
            print(f"{label}: {json.dumps(results[label])}", file=sys.stderr, flush=True)
    print_table(results)
    print(json.dumps(summary(results)))


if __name__ == "__main__":
    main()
