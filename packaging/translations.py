"""Update the catalogues from the sources, then compile them (both results are committed).

    python packaging/translations.py

The window's strings (``tr()`` / ``QCoreApplication.translate`` in ``ui/``, ``qtmodels/``,
``printing/``) go to ``resources/translations/infoview_<language>.ts`` through Qt's
``pyside6-lupdate`` and are compiled to ``.qm`` by ``pyside6-lrelease``. US English is the
source: its catalogue holds only the plural forms (``-pluralonly``), which the source
cannot spell out. The Qt-free core's strings (``_``, ``ngettext``, ``N_``, and the two
forms at every call of ``counted``/``plural`` in ``domain/``, ``services/``, ``exchange/``,
``store/``, ``commands/``, the pure HTML builders of ``printing/``, which the commands
print too, and the refusals at start in ``app.py`` and ``display_check.py``) are extracted
with Babel into ``core_<language>.po`` and compiled to ``.mo`` for the standard library's
``gettext``. Babel is a development tool only (the ``test`` extra): the standalone app
reads the ``.mo`` with ``gettext``.

The question bank (``resources/questions/bank.json``), the topics' names and the words
saying why a question is suggested go to ``bank_<language>.po``, one entry per question with
its key as the context, compiled to ``bank_<language>.mo``. A question whose English wording
changes keeps its old translation marked fuzzy until a translator checks it.

Translate the new entries (Qt Linguist, ``pyside6-linguist``, for ``.ts``; any PO editor
for ``.po``), then run this again to compile them. ``tests/unit/test_catalogues.py`` fails
while a catalogue lags its sources or a shipped language has an entry left unfinished.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
QT_SOURCES = ("infoview_gui/ui", "infoview_gui/qtmodels", "infoview_gui/printing")
QT_LANGUAGES = ("en_US", "en_GB", "es", "de")
PLURAL_ONLY = {"en_US"}  # the source language: only the forms "%n thing(s)" stands for
CORE_SOURCES = (
    "infoview_gui/domain",
    "infoview_gui/services",
    "infoview_gui/exchange",
    "infoview_gui/store",
    "infoview_gui/commands",
    "infoview_gui/printing",  # the documents' HTML is pure Python, printed by the commands too
    "infoview_gui/app.py",  # the refusals at start, before the window's catalogue can speak
    "infoview_gui/display_check.py",
)
CORE_LANGUAGES = ("en_GB", "es", "de")
CORE_KEYWORDS = {
    "_": (1,),
    "N_": (1,),
    "gettext": (1,),
    "ngettext": (1, 2),
    "pgettext": (1, 2),  # a context, then the message
    "counted": (2, 3),
    "plural": (2, 3),
    "clean_short": (2,),  # the label of the value checked: "The question"
    "clean_long": (2,),
}
"""The calls whose literal arguments are messages, and which arguments (from 1)."""
CONTEXT_KEYWORDS = {"pgettext"}
"""The calls whose first argument picked is the message's context, not a message."""
PLURAL_FORMS = "nplurals=2; plural=(n != 1);"  # gettext's own, for all three (as Qt's)
UNFINISHED = 'type="unfinished"'
BANK_FILE = "resources/questions/bank.json"
BANK_LANGUAGES = CORE_LANGUAGES
FIXED_DATE = datetime(2026, 12, 7)  # the headers' dates stay put: no churn on each run


def qt_tool(name: str) -> str:
    """Return the path of ``pyside6-<name>`` beside this Python, or its name on PATH."""
    beside = Path(sys.executable).with_name(f"pyside6-{name}")
    return str(beside) if beside.exists() else f"pyside6-{name}"


def update_qt(folder: Path = FOLDER, root: Path = ROOT) -> None:
    """Bring every ``infoview_<language>.ts`` in ``folder`` up to date with the sources."""
    folder.mkdir(parents=True, exist_ok=True)
    sources = [str(root / source) for source in QT_SOURCES]
    for language in QT_LANGUAGES:
        options = ["-pluralonly"] if language in PLURAL_ONLY else []
        command = [qt_tool("lupdate"), "-extensions", "py", "-no-obsolete", "-locations", "none"]
        command += [*options, "-source-language", "en_US", "-target-language", language]
        command += [*sources, "-ts", str(folder / f"infoview_{language}.ts")]
        subprocess.run(command, check=True, capture_output=True, text=True)


def compile_qt(folder: Path = FOLDER, out: Path = FOLDER) -> None:
    """Compile every ``.ts`` of ``folder`` to a ``.qm`` in ``out``."""
    for language in QT_LANGUAGES:
        source, target = folder / f"infoview_{language}.ts", out / f"infoview_{language}.qm"
        command = [qt_tool("lrelease"), "-silent", str(source), "-qm", str(target)]
        subprocess.run(command, check=True, capture_output=True, text=True)


def messages_in(path: Path) -> Iterator[tuple[int, str | tuple[str, ...], str | None]]:
    """Yield (line, message, context) of every marked call in a Python file, in line order.

    Read from the syntax tree, not from the tokens as Babel's own extractor does: on
    Python 3.11 an f-string is one token, and most ``counted`` calls sit inside one.
    """
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
        spec = CORE_KEYWORDS.get(name)
        if spec is None:
            continue
        texts = [a.value if isinstance(a, ast.Constant) else None for a in node.args]
        picked = [texts[i - 1] if i <= len(texts) else None for i in spec]
        if not all(isinstance(text, str) for text in picked):  # a variable, not a literal
            continue
        context = picked.pop(0) if name in CONTEXT_KEYWORDS else None
        message = picked[0] if len(picked) == 1 else tuple(picked)
        found.append((node.lineno, message, context))
    yield from sorted(found, key=lambda found: found[0])


def core_template(root: Path = ROOT) -> Catalog:
    """Return every message of the Qt-free core, as extracted from its sources now."""
    template = Catalog(project="InfoView", creation_date=FIXED_DATE)
    for source in CORE_SOURCES:
        found = root / source
        for path in [found] if found.is_file() else sorted(found.rglob("*.py")):
            where = path.relative_to(root).as_posix()
            for line, message, context in messages_in(path):
                template.add(message, None, [(where, line)], context=context)
    return template


def _new_core_catalogue(language: str, what: str = "Qt-free core") -> Catalog:
    catalogue = Catalog(
        locale=language, project="InfoView", creation_date=FIXED_DATE, revision_date=FIXED_DATE
    )
    catalogue.mime_headers = [("Plural-Forms", PLURAL_FORMS)]
    catalogue.header_comment = f"# InfoView's {what} in {language}: packaging/translations.py"
    return catalogue


def update_core(folder: Path = FOLDER, root: Path = ROOT) -> None:
    """Bring every ``core_<language>.po`` in ``folder`` up to date with the sources."""
    template = core_template(root)
    for language in CORE_LANGUAGES:
        path = folder / f"core_{language}.po"
        if path.exists():
            with path.open("rb") as stream:
                catalogue = read_po(stream, locale=language)
        else:
            catalogue = _new_core_catalogue(language)
        catalogue.update(template, no_fuzzy_matching=True)
        catalogue.obsolete.clear()
        catalogue.fuzzy = False
        catalogue.creation_date = catalogue.revision_date = FIXED_DATE
        with path.open("wb") as stream:
            write_po(stream, catalogue, no_location=True, width=100)


def compile_core(folder: Path = FOLDER, out: Path = FOLDER) -> None:
    """Compile every ``core_<language>.po`` of ``folder`` to a ``.mo`` in ``out``."""
    for language in CORE_LANGUAGES:
        with (folder / f"core_{language}.po").open("rb") as stream:
            catalogue = read_po(stream, locale=language)
        with (out / f"core_{language}.mo").open("wb") as stream:
            write_mo(stream, catalogue)


def bank_template(root: Path = ROOT) -> Catalog:
    """Return every text of the bank: each question under its key, topics, suggestion words."""
    from infoview_gui.domain.enums import Topic
    from infoview_gui.domain.i18n import SUGGESTION_CONTEXT, TOPIC_CONTEXT
    from infoview_gui.domain.suggestion_reasons import source_texts

    template = Catalog(project="InfoView", creation_date=FIXED_DATE)
    document = json.loads((root / BANK_FILE).read_text(encoding="utf-8"))
    for question in document["questions"]:
        template.add(question["text"], None, [(BANK_FILE, 0)], context=question["key"])
    for topic in Topic:
        where = [("infoview_gui/domain/enums.py", 0)]
        template.add(topic.source_label, None, where, context=TOPIC_CONTEXT)
    for text in source_texts():
        where = [("infoview_gui/domain/suggestion_reasons.py", 0)]
        template.add(text, None, where, context=SUGGESTION_CONTEXT)
    return template


def update_bank(folder: Path = FOLDER, root: Path = ROOT) -> None:
    """Bring every ``bank_<language>.po`` in ``folder`` up to date with the bank."""
    template = bank_template(root)
    for language in BANK_LANGUAGES:
        path = folder / f"bank_{language}.po"
        if path.exists():
            with path.open("rb") as stream:
                catalogue = read_po(stream, locale=language)
        else:
            catalogue = _new_core_catalogue(language, "question bank")
        catalogue.update(template)  # a reworded question keeps its old translation, fuzzy
        catalogue.obsolete.clear()
        catalogue.fuzzy = False
        catalogue.creation_date = catalogue.revision_date = FIXED_DATE
        with path.open("wb") as stream:
            write_po(stream, catalogue, no_location=True, width=100)


def compile_bank(folder: Path = FOLDER, out: Path = FOLDER) -> None:
    """Compile every ``bank_<language>.po`` of ``folder`` to a ``.mo`` in ``out``."""
    for language in BANK_LANGUAGES:
        with (folder / f"bank_{language}.po").open("rb") as stream:
            catalogue = read_po(stream, locale=language)
        with (out / f"bank_{language}.mo").open("wb") as stream:
            write_mo(stream, catalogue)


def main() -> None:
    """Update and compile both kinds of catalogue; say how many entries wait for a translator."""
    update_qt()
    update_core()
    update_bank()
    compile_qt()
    compile_core()
    compile_bank()
    for name in [f"core_{language}" for language in CORE_LANGUAGES] + [
        f"bank_{language}" for language in BANK_LANGUAGES
    ]:
        with (FOLDER / f"{name}.po").open("rb") as stream:
            catalogue = read_po(stream, locale=name.split("_", 1)[1])
        waiting = [m for m in catalogue if m.id and (m.fuzzy or not all(_forms(m.string)))]
        print(f"{name}.po: {len(catalogue)} entries, {len(waiting)} to translate")
    for language in QT_LANGUAGES:
        text = (FOLDER / f"infoview_{language}.ts").read_text(encoding="utf-8")
        print(f"infoview_{language}.ts: {text.count(UNFINISHED)} to translate")


def _forms(string: str | tuple[str, ...]) -> tuple[str, ...]:
    return (string,) if isinstance(string, str) else string


if __name__ == "__main__":
    main()
