"""Which collected library links which: the graph behind the spec's library trimming.

``infoview.spec`` drops the libraries that only dropped files needed (``orphaned-libs``)
and refuses to build when a kept file links a dropped library. Both read this graph: for
each binary of the build, the file names of the libraries it links directly.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterable

Entry = tuple[str, str, str]  # PyInstaller TOC entry: (destination, source, typecode)
Graph = dict[str, set[str]]


def posix(dest: str) -> str:
    """The destination path with forward slashes, whatever the platform."""
    return str(dest).replace(os.sep, "/")


def basename(dest: str) -> str:
    """The file name of a destination, lower-cased (as library names are compared)."""
    return os.path.basename(posix(dest)).lower()


def elf_needed(path: str) -> list[str]:
    """The libraries an ELF file links directly (its NEEDED entries; ldd would add theirs)."""
    dump = subprocess.run(["objdump", "-p", path], capture_output=True, text=True, check=True)
    return [
        line.split()[1] for line in dump.stdout.splitlines() if line.strip().startswith("NEEDED")
    ]


def imports_of(binaries: Iterable[Entry]) -> Graph:
    """Map the destination of each binary to the file names of the libraries it links."""
    entries = [entry for entry in binaries if entry[2] != "SYMLINK"]
    search = sorted({os.path.dirname(src) for _, src, _ in entries})
    graph: Graph = {}
    for dest, src, _ in entries:
        if sys.platform.startswith("linux"):  # PyInstaller needs objdump there anyway
            names = elf_needed(src)
        else:
            from PyInstaller.depend import bindepend

            names = [name for name, _ in bindepend.get_imports(src, search_paths=search)]
        graph[posix(dest)] = {os.path.basename(name).lower() for name in names}
    return graph


def broken_links(graph: Graph, gone: set[str]) -> list[str]:
    """Return "<file> needs <library>" for each link to a library in ``gone`` (file names)."""
    return sorted(f"{dest} needs {name}" for dest, names in graph.items() for name in names & gone)


def reachable(binaries: list[Entry], graph: Graph, is_root: Callable[[Entry], bool]) -> set[str]:
    """Return the destinations linked, directly or not, from the roots (roots included)."""
    by_name = {basename(dest): posix(dest) for dest, _, _ in binaries}
    todo = [posix(entry[0]) for entry in binaries if is_root(entry)]
    reached = set(todo)
    while todo:
        for name in graph.get(todo.pop(), ()):
            dest = by_name.get(name)
            if dest and dest not in reached:
                reached.add(dest)
                todo.append(dest)
    return reached
