"""The committed catalogues are up to date with the sources, compiled, and complete.

The ``.ts`` (Qt) and ``.po`` (the Qt-free core, gettext) are brought up to date from the
sources in a temporary folder, as ``packaging/translations.py`` would do, and must hold the
same messages as the committed ones (locations are not kept, so line numbers never count);
the committed ``.qm`` and ``.mo`` must be what the committed sources compile to; and no
shipped language may leave an entry unfinished or empty.
"""

from __future__ import annotations

import gettext
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import translations  # noqa: E402

FOLDER = ROOT / "resources" / "translations"
Message = tuple[str, str, str, tuple[str, ...], str]


def ts_messages(path: Path) -> list[Message]:
    """(context, source, comment, translations, type) of every message of a ``.ts``."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.iter("numerusform")]
            texts = tuple(forms) if message.get("numerus") == "yes" else (translation.text or "",)
            kind = translation.get("type", "")
            comment = message.findtext("comment") or ""
            found.append((name, message.findtext("source") or "", comment, texts, kind))
    return found


def po_messages(path: Path, language: str) -> dict[object, object]:
    with path.open("rb") as stream:
        catalogue = read_po(stream, locale=language)
    return {m.id: (m.string, m.fuzzy) for m in catalogue if m.id}


@pytest.fixture(scope="module")
def updated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed sources of the catalogues, brought up to date in a temporary folder."""
    folder = tmp_path_factory.mktemp("translations")
    for pattern in ("*.ts", "*.po"):
        for path in FOLDER.glob(pattern):
            shutil.copy(path, folder)
    translations.update_qt(folder)
    translations.update_core(folder)
    return folder


@pytest.mark.parametrize("language", translations.QT_LANGUAGES)
def test_each_ts_holds_every_string_of_the_window_and_no_other(
    updated: Path, language: str
) -> None:
    name = f"infoview_{language}.ts"
    assert ts_messages(updated / name) == ts_messages(FOLDER / name), (
        "run python packaging/translations.py, translate the new entries, run it again"
    )


@pytest.mark.parametrize("language", translations.CORE_LANGUAGES)
def test_each_po_holds_every_message_of_the_core_and_no_other(updated: Path, language: str) -> None:
    name = f"core_{language}.po"
    fresh, committed = po_messages(updated / name, language), po_messages(FOLDER / name, language)
    assert sorted(map(str, fresh)) == sorted(map(str, committed))


def test_the_compiled_catalogues_are_those_of_the_committed_sources(tmp_path: Path) -> None:
    translations.compile_qt(FOLDER, tmp_path)
    translations.compile_core(FOLDER, tmp_path)
    for language in translations.QT_LANGUAGES:
        name = f"infoview_{language}.qm"
        assert (tmp_path / name).read_bytes() == (FOLDER / name).read_bytes(), name
    for language in translations.CORE_LANGUAGES:
        name = f"core_{language}.mo"
        with (tmp_path / name).open("rb") as fresh, (FOLDER / name).open("rb") as committed:
            expected = gettext.GNUTranslations(fresh)._catalog  # type: ignore[attr-defined]
            assert gettext.GNUTranslations(committed)._catalog == expected, name  # type: ignore[attr-defined]


@pytest.mark.parametrize("language", translations.QT_LANGUAGES)
def test_no_string_of_the_window_is_left_unfinished(language: str) -> None:
    messages = ts_messages(FOLDER / f"infoview_{language}.ts")
    assert messages, "an empty catalogue"
    left = [m[:2] for m in messages if m[4] or not all(m[3])]
    assert left == []


@pytest.mark.parametrize("language", translations.CORE_LANGUAGES)
def test_no_message_of_the_core_is_left_unfinished(language: str) -> None:
    messages = po_messages(FOLDER / f"core_{language}.po", language)
    assert messages, "an empty catalogue"
    left = [
        key
        for key, (string, fuzzy) in messages.items()
        if fuzzy or not all((string,) if isinstance(string, str) else string)
    ]
    assert left == []


def test_plural_forms_are_written_out_in_every_language_that_needs_them() -> None:
    """The source's "(s)" is never shown: US English has its own plural catalogue."""
    for language in translations.QT_LANGUAGES:
        messages = ts_messages(FOLDER / f"infoview_{language}.ts")
        plurals = [m for m in messages if "(s)" in m[1]]
        assert plurals and all(len(m[3]) == 2 and "(s)" not in "".join(m[3]) for m in plurals)
