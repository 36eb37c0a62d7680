"""fold(): the quick path for ASCII text gives what the Unicode path gives."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from infoview_gui.domain.text import fold


def _unicode_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(bare.casefold().split())


@settings(max_examples=500)
@given(st.text(st.characters(max_codepoint=127)))
def test_ascii_text_folds_as_the_unicode_rules_fold_it(text: str) -> None:
    assert fold(text) == _unicode_fold(text)


def test_accents_case_and_spaces_fold_away() -> None:
    assert fold("  Ana  MARÍA\tÖzil ") == "ana maria ozil"
