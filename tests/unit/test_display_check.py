"""The check before the window: one sentence for no display or a missing X11 library."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from infoview_gui.display_check import debian_package, display_problem, platform_order

PLUGIN = "/qt/plugins/platforms/libqxcb.so"


def missing(*sonames: str) -> tuple[list[str], Callable[[str], str]]:
    """A loader where ``sonames`` are absent (the plugin names the first), and what it loaded."""
    loaded: list[str] = []

    def load(name: str) -> str:
        loaded.append(name)
        if name == PLUGIN and sonames:
            return f"Cannot load library {name}: ({sonames[0]}: cannot open shared object file)"
        if name in sonames:
            return f"{name}: cannot open shared object file: No such file or directory"
        return ""

    return loaded, load


def problem(env: dict[str, str], *sonames: str, qt_options: tuple[str, ...] = ()) -> str:
    _, load = missing(*sonames)
    return display_problem(qt_options, env, load=load, plugin=PLUGIN)


def one_sentence(text: str) -> bool:
    return "\n" not in text and text.endswith(".") and not re.search(r"\.\s", text)


def test_no_display_at_all_is_one_sentence_about_the_display() -> None:
    said = problem({}, "libxcb-cursor.so.0")

    assert one_sentence(said)
    assert "no display (neither DISPLAY nor WAYLAND_DISPLAY is set)" in said
    assert "libxcb" not in said and "apt-get" not in said  # never both causes at once


def test_a_missing_xcb_library_names_its_debian_package() -> None:
    said = problem({"DISPLAY": ":0"}, "libxcb-cursor.so.0")

    assert one_sentence(said)
    assert "the system library libxcb-cursor.so.0 is missing" in said
    assert said.endswith("sudo apt-get install libxcb-cursor0).")
    assert "display" not in said.replace("InfoView cannot open its window", "")


def test_every_missing_xcb_library_is_named_in_one_install_command() -> None:
    said = problem({"DISPLAY": ":0"}, "libxcb-cursor.so.0", "libxcb-icccm.so.4", "libGL.so.1")

    assert one_sentence(said)
    assert said.endswith("sudo apt-get install libxcb-cursor0 libxcb-icccm4 libgl1).")


def test_a_plugin_that_loads_means_no_problem() -> None:
    loaded, load = missing()

    assert display_problem((), {"DISPLAY": ":0"}, load=load, plugin=PLUGIN) == ""
    assert loaded == [PLUGIN]


def test_another_loader_error_is_said_as_it_is() -> None:
    def load(name: str) -> str:
        return "undefined symbol: xcb_foo"

    said = display_problem((), {"DISPLAY": ":0"}, load=load, plugin=PLUGIN)

    assert one_sentence(said)
    assert said == (
        "InfoView cannot open its window: Qt's X11 support does not load "
        "(undefined symbol: xcb_foo)."
    )


@pytest.mark.parametrize(
    ("env", "qt_options"),
    [
        ({"QT_QPA_PLATFORM": "offscreen"}, ()),
        ({}, ("-platform", "offscreen")),
        ({}, ("--platform=minimal",)),
        ({"WAYLAND_DISPLAY": "wayland-0"}, ()),
        ({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}, ()),
    ],
)
def test_headless_platforms_and_wayland_need_no_x11_check(
    env: dict[str, str], qt_options: tuple[str, ...]
) -> None:
    loaded, load = missing("libxcb-cursor.so.0")

    assert display_problem(qt_options, env, load=load, plugin=PLUGIN) == ""
    assert loaded == []


def test_a_wayland_session_without_a_compositor_falls_back_to_x11_as_qt_does() -> None:
    env = {"XDG_SESSION_TYPE": "wayland", "DISPLAY": ":0"}

    assert platform_order((), env) == ["wayland", "xcb"]
    assert platform_order((), {}) == ["wayland", "xcb"]
    assert "libxcb-cursor0" in problem(env, "libxcb-cursor.so.0")


def test_wayland_asked_for_without_a_compositor_names_only_its_variable() -> None:
    said = problem({"QT_QPA_PLATFORM": "wayland", "DISPLAY": ":0"})

    assert "no display (WAYLAND_DISPLAY is not set)" in said


def test_qts_display_option_stands_for_the_display_variable() -> None:
    assert problem({}, qt_options=("-display", ":1")) == ""


def test_the_platform_option_wins_over_the_environment_as_in_qt() -> None:
    assert platform_order(("-platform", "xcb:nograb"), {"QT_QPA_PLATFORM": "offscreen"}) == ["xcb"]
    assert platform_order((), {"QT_QPA_PLATFORM": "wayland;xcb"}) == ["wayland", "xcb"]


@pytest.mark.parametrize(
    ("soname", "package"),
    [
        ("libxcb-cursor.so.0", "libxcb-cursor0"),
        ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
        ("libX11-xcb.so.1", "libx11-xcb1"),
        ("libEGL.so.1", "libegl1"),
        ("libdbus-1.so.3", "libdbus-1-3"),
        ("libglib-2.0.so.0", "libglib2.0-0"),
    ],
)
def test_debian_names_packages_after_the_library(soname: str, package: str) -> None:
    assert debian_package(soname) == package
