"""Data and checks for ``check_bare_machine.sh``: a question sheet on a machine without fonts.

    python packaging/bare_machine_data.py make DATA_DIR     # a data folder with a field
    python packaging/bare_machine_data.py check SHEET.pdf   # the sheet's text and fonts

``make`` runs from the source tree (it needs the project's Python packages) and fills a new
data folder with a profile and the career field ``FIELD`` whose question list has
``QUESTIONS``: English, French, German, Greek and Russian, so the sheet needs accented,
Greek and Cyrillic letters. ``check`` needs only poppler-utils: every question must come
back from the PDF's text (a glyph the font lacks comes back as nothing or as a box), and
every font in the PDF must be embedded Open Sans (nothing else can be there: the bare
machine has no other font). Exits 1 and says what is wrong otherwise.
"""

from __future__ import annotations

import re
import subprocess
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIELD = "Nursing"
USER = "Zoë Ångström"
QUESTIONS = (
    "What surprised you most in your first year?",
    "Qu’est-ce qui vous a le plus étonné ?",
    "Was würden Sie heute anders machen?",
    "Τι σας αρέσει περισσότερο στη δουλειά σας;",
    "Какой совет вы бы дали новичку?",
)


def make(data_dir: Path) -> None:
    """Create a data folder with a profile and FIELD's question list."""
    sys.path.insert(0, str(ROOT))
    from infoview_gui.domain.profile import ProfileData
    from infoview_gui.paths import AppPaths
    from infoview_gui.services.fields import add_field
    from infoview_gui.services.profile import save_profile
    from infoview_gui.services.question_lists import add_text, list_for_field
    from infoview_gui.store.database import close_database
    from infoview_gui.store.opening import open_store

    paths = AppPaths(data_dir)
    if paths.database.exists():
        raise SystemExit(f"{paths.database} exists already: give a new folder")
    paths.ensure()
    open_store(paths.database)
    try:
        save_profile(profile=ProfileData(name=USER, email="zoe@example.org"))
        list_id = list_for_field(field_id=add_field(name=FIELD))
        for text in QUESTIONS:
            add_text(list_id=list_id, text=text)
    finally:
        close_database()


def problems(pdf: Path) -> list[str]:
    """Return what is wrong with the sheet's text and fonts (nothing when it is right)."""
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = _plain(text)  # ligatures ("fi") come back as one character
    found = [
        f"question missing from the PDF's text: {q}" for q in QUESTIONS if _plain(q) not in flat
    ]
    if _plain(USER) not in flat:
        found.append(f"the user's name is missing from the PDF's text: {USER}")
    listing = subprocess.run(
        ["pdffonts", str(pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    if not listing:
        found.append("the PDF has no font")
    for line in listing:
        name, embedded = line.split()[0], _embedded_column(line)
        if not re.fullmatch(r"([A-Z]{6}\+)?OpenSans[-A-Za-z]*", name):
            found.append(f"a font other than Open Sans: {line.strip()}")
        if embedded != "yes":
            found.append(f"a font not embedded: {line.strip()}")
    return found


def _plain(text: str) -> str:
    """The text in compatibility form (ligatures split) with single spaces."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def _embedded_column(line: str) -> str:
    """The ``emb`` column of a pdffonts line (the columns after the name are fixed)."""
    words = line.split()
    return words[-5] if len(words) >= 5 else ""


def main(argv: list[str]) -> int:
    """Run ``make`` or ``check``."""
    if len(argv) != 2 or argv[0] not in ("make", "check"):
        print(__doc__, file=sys.stderr)
        return 2
    if argv[0] == "make":
        make(Path(argv[1]))
        return 0
    found = problems(Path(argv[1]))
    for problem in found:
        print(f"bare machine: {problem}", file=sys.stderr)
    if not found:
        print(f"sheet ok: {len(QUESTIONS)} questions in its text, only embedded Open Sans")
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
