"""What Home suggests while the user is still setting up: the next step of the method."""

from __future__ import annotations

from typing import NamedTuple

from infoview_gui.domain.i18n import _


class Suggestion(NamedTuple):
    """One thing to do next, and the step of the guide where it is done (1-6)."""

    text: str
    step: int


def getting_started(
    *, fields: int, contacts: int, interviews: int, has_profile: bool
) -> list[Suggestion]:
    """Return the set-up steps still open, in the order of the method."""
    steps: list[Suggestion] = []
    if not has_profile:
        steps.append(Suggestion(_("Fill in your profile: it signs your emails and sheets."), 0))
    if fields == 0:
        steps.append(Suggestion(_("Choose a career field to explore and research it first."), 1))
    if contacts == 0:
        steps.append(Suggestion(_("Find professionals in that field you could talk to."), 2))
    if interviews == 0:
        steps.append(Suggestion(_("Rank your contacts and ask the first one for an interview."), 3))
    return steps


def greeting(first_name: str, *, returning: bool) -> str:
    """Return Home's title: "Welcome, Maya" on the first start, "Welcome back, Maya" after."""
    if not first_name:
        return _("Welcome back to InfoView") if returning else _("Welcome to InfoView")
    said = _("Welcome back, {name}") if returning else _("Welcome, {name}")
    return said.format(name=first_name)
