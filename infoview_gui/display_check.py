"""Before the window: is there a display, and can Qt's X11 plugin load its system libraries?

When no platform plugin starts, Qt aborts inside QApplication (exit 134) with a page about
plugins that names both a missing package and the display, whatever the cause. This check
runs just before, on Linux only, and returns one sentence for the one cause it finds. When
all is well it costs a look at the environment, and on X11 the loading of the xcb plugin
that QApplication would do a moment later anyway.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Mapping, Sequence

from infoview_gui.domain.i18n import N_, _

NO_DISPLAY = N_(
    "InfoView cannot open its window: there is no display ({variable} is not set), so start "
    "it from a desktop session, or use its commands, which need none (infoview --help)."
)
NO_DISPLAY_EITHER = N_(
    "InfoView cannot open its window: there is no display (neither {variable} nor {other} is "
    "set), so start it from a desktop session, or use its commands, which need none "
    "(infoview --help)."
)
_DISPLAY_VARIABLES = {"xcb": "DISPLAY", "wayland": "WAYLAND_DISPLAY"}

# What Qt's xcb plugin (and libQt6XcbQpa) load from the system, besides what every desktop
# and Qt's own libraries need (ldd of PySide6's libqxcb.so). The Debian package of each is
# named after it (libxcb-cursor.so.0: libxcb-cursor0); DEBIAN_PACKAGES lists the exceptions.
XCB_LIBRARIES = (
    "libxcb.so.1",
    "libX11-xcb.so.1",
    "libxcb-cursor.so.0",
    "libxcb-icccm.so.4",
    "libxcb-image.so.0",
    "libxcb-keysyms.so.1",
    "libxcb-randr.so.0",
    "libxcb-render.so.0",
    "libxcb-render-util.so.0",
    "libxcb-shape.so.0",
    "libxcb-shm.so.0",
    "libxcb-sync.so.1",
    "libxcb-util.so.1",
    "libxcb-xfixes.so.0",
    "libxcb-xkb.so.1",
    "libxkbcommon.so.0",
    "libxkbcommon-x11.so.0",
    "libGL.so.1",
    "libEGL.so.1",
)
DEBIAN_PACKAGES = {"libglib-2.0.so.0": "libglib2.0-0", "libgthread-2.0.so.0": "libglib2.0-0"}
_NOT_FOUND = re.compile(r"([\w.+-]+\.so(?:\.\d+)*): cannot open shared object file")

Load = Callable[[str], str]
"""Loads a library by path or name; returns "" or the loader's error."""


def display_problem(
    qt_options: Sequence[str] = (),
    env: Mapping[str, str] | None = None,
    *,
    load: Load | None = None,
    plugin: str | None = None,
) -> str:
    """Return the sentence that says why Qt cannot open a window here, or "" when it can.

    ``qt_options`` are Qt's own options given to InfoView (``-platform``...). ``load`` and
    ``plugin`` (the xcb plugin's path) are for tests; by default Qt loads the one it would.
    """
    if not sys.platform.startswith("linux"):
        return ""
    env = os.environ if env is None else env
    order = platform_order(qt_options, env)
    if order[0] not in ("xcb", "wayland"):
        return ""  # offscreen, minimal, vnc, eglfs...: no display server involved
    reachable = {
        "wayland": bool(env.get("WAYLAND_DISPLAY")),
        "xcb": bool(env.get("DISPLAY")) or _qt_value(qt_options, "display") is not None,
    }
    usable = [name for name in order if reachable.get(name)]
    if not usable:
        unset = sorted(_DISPLAY_VARIABLES[name] for name in set(order) & set(reachable))
        if len(unset) == 1:
            return _(NO_DISPLAY).format(variable=unset[0])
        return _(NO_DISPLAY_EITHER).format(variable=unset[0], other=unset[1])
    if usable[0] != "xcb":
        return ""
    plugin = plugin if plugin is not None else xcb_plugin(qt_options, env)
    if not plugin:
        return ""  # not where Qt looks by default: let Qt look
    return _xcb_problem(load or load_library, plugin)


def platform_order(qt_options: Sequence[str], env: Mapping[str, str]) -> list[str]:
    """The platform plugins Qt may try, in order, as QGuiApplication chooses them on Linux.

    Unless told, Qt tries Wayland first when there is a compositor (or the session says
    Wayland), then X11: the check skips Wayland when WAYLAND_DISPLAY is unset, as Qt fails it.
    """
    chosen = _qt_value(qt_options, "platform") or env.get("QT_QPA_PLATFORM", "")
    if not chosen:
        return ["wayland", "xcb"]
    names = [part.partition(":")[0].strip() for part in chosen.split(";")]
    return [name for name in names if name] or ["xcb"]


def xcb_plugin(qt_options: Sequence[str], env: Mapping[str, str]) -> str:
    """The path of the xcb plugin Qt would load, or "" when it is not in the usual places."""
    folders = [_qt_value(qt_options, "platformpluginpath"), env.get("QT_QPA_PLATFORM_PLUGIN_PATH")]
    folders += [
        os.path.join(part, "platforms")
        for part in env.get("QT_PLUGIN_PATH", "").split(os.pathsep)
        if part
    ]
    import PySide6

    folders.append(os.path.join(os.path.dirname(PySide6.__file__), "Qt", "plugins", "platforms"))
    found = _first_plugin(folders)
    if found:
        return found
    from PySide6.QtCore import QLibraryInfo  # a PySide6 built on the system's Qt

    return _first_plugin(
        [os.path.join(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath), "platforms")]
    )


def _first_plugin(folders: Sequence[str | None]) -> str:
    for folder in folders:
        if folder and os.path.isfile(os.path.join(folder, "libqxcb.so")):
            return os.path.join(folder, "libqxcb.so")
    return ""


def load_library(name: str) -> str:
    """Load a library as Qt loads its plugins; return "" or the loader's error."""
    from PySide6.QtCore import QLibrary

    library = QLibrary(name)
    return "" if library.load() else library.errorString()


def debian_package(soname: str) -> str:
    """The Debian package of a library, by Debian's rule: libxcb-cursor.so.0 -> libxcb-cursor0."""
    if soname in DEBIAN_PACKAGES:
        return DEBIAN_PACKAGES[soname]
    name, _, version = soname.partition(".so.")
    name = name.lower()
    return f"{name}-{version}" if name[-1:].isdigit() else f"{name}{version}"


def _xcb_problem(load: Load, plugin: str) -> str:
    error = load(plugin)
    if not error:
        return ""
    named = _NOT_FOUND.search(error)
    if not named:
        said = _("InfoView cannot open its window: Qt's X11 support does not load ({error}).")
        return said.format(error=error)
    missing = [named[1]]
    if not getattr(sys, "frozen", False):  # the standalone app brings its own X11 libraries
        missing += [name for name in XCB_LIBRARIES if name != named[1] and load(name)]
    packages = " ".join(dict.fromkeys(debian_package(name) for name in missing))
    if len(missing) == 1:
        said = _(
            "InfoView cannot open its window: the system library {libraries} is missing (on "
            "Debian and Ubuntu, install it with: sudo apt-get install {packages})."
        )
    else:
        said = _(
            "InfoView cannot open its window: the system libraries {libraries} are missing "
            "(on Debian and Ubuntu, install them with: sudo apt-get install {packages})."
        )
    return said.format(libraries=", ".join(missing), packages=packages)


def _qt_value(qt_options: Sequence[str], name: str) -> str | None:
    """The value of Qt's option ``-name VALUE`` or ``-name=VALUE``, or None."""
    words = list(qt_options)
    for index, word in enumerate(words):
        key, equals, value = word.lstrip("-").partition("=")
        if word.startswith("-") and key == name:
            return value if equals else (words[index + 1] if index + 1 < len(words) else "")
    return None
