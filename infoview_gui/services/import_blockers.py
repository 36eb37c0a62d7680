"""What stops an import's undo: work the user built on its contacts since."""

from __future__ import annotations

from collections.abc import Sequence

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
    problems = []
    if interviewed:
        names = ", ".join(interviewed[:3]) + (" and others" if len(interviewed) > 3 else "")
        problems.append(f"{len(interviewed)} of its contacts now have interviews ({names})")
    if introduced:
        problems.append(f"{introduced} other contacts say they were introduced by its contacts")
    if not problems:
        return ""
    return (
        "This import was not undone: "
        + "; ".join(problems)
        + ". Undoing it would delete that work too. Delete the contacts you no longer "
        "want one by one instead."
    )
