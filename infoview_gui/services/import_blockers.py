"""What stops an import's undo: work the user built on its contacts since."""

from __future__ import annotations

from collections.abc import Sequence

from infoview_gui.domain.i18n import _, formats, ngettext
from infoview_gui.store.models import Contact, Interview
from infoview_gui.store.queries import tuples

_CHUNK = 500


def blockers(ids: Sequence[int]) -> str:
    """Say what the user has built on these contacts since the import, or ""."""
    interviewed: list[str] = []
    introduced = 0
    chosen = set(ids)
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        query = (
            Contact.select(Contact.first_name, Contact.last_name, Contact.email)
            .join(Interview, on=(Interview.contact == Contact.id))
            .where(Contact.id << chunk)
            .distinct()
        )
        interviewed += [" ".join(p for p in row[:2] if p) or row[2] for row in tuples(query)]
        query = Contact.select(Contact.id).where(Contact.introduced_by << chunk)
        introduced += sum(1 for (other,) in tuples(query) if int(other) not in chosen)
    sentences = []
    if interviewed:
        names = ", ".join(interviewed[:3])
        if len(interviewed) > 3:
            names = _("{names} and others").format(names=names)
        said = ngettext(
            "{n} of its contacts now has interviews ({names}).",
            "{n} of its contacts now have interviews ({names}).",
            len(interviewed),
        )
        sentences.append(said.format(n=formats().number(len(interviewed)), names=names))
    if introduced:
        said = ngettext(
            "{n} other contact says they were introduced by one of its contacts.",
            "{n} other contacts say they were introduced by its contacts.",
            introduced,
        )
        sentences.append(said.format(n=formats().number(introduced)))
    if not sentences:
        return ""
    return " ".join(
        (
            _(
                "This import was not undone: undoing it would also delete what you have "
                "built on its contacts since."
            ),
            *sentences,
            _("Delete the contacts you no longer want one by one instead."),
        )
    )
