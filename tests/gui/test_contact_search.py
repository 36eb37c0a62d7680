"""The search box's SQL search: each way of asking SQLite gives what a plain scan gives."""

from __future__ import annotations

from array import array

import pytest
from peewee import SqliteDatabase

from infoview_gui.domain.text import fold
from infoview_gui.qtmodels import contact_search
from infoview_gui.qtmodels.contact_search import ContactSearch
from infoview_gui.store.contact_table import ContactFilter, SortKey, contact_ids
from infoview_gui.store.models import Contact

TEXTS = ["ana lopez", "anna", "ben", "chloé", "", "dana 100%", "banana_split", "zoe", "a_b"]


@pytest.fixture
def base(store: SqliteDatabase) -> list[int]:
    Contact.insert_many(
        [{"first_name": t or "x", "search_text": fold(t), "sort_name": t} for t in TEXTS]
    ).execute()
    return list(contact_ids(ContactFilter(), SortKey.NAME))


def expected(base: list[int], text: str) -> list[int]:
    texts = {c.id: c.search_text for c in Contact.select()}
    return [i for i in base if fold(text) in texts[i]]


@pytest.mark.parametrize("few", [0, 20_000], ids=["scan", "by id"])
def test_every_keystroke_matches_a_plain_scan(
    base: list[int], few: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(contact_search, "FEW", few)
    search = ContactSearch()
    search.set_base(array("q", base))
    for typed in ("a", "an", "ana", "ana ", "ana l", "b", "ba", "%", "_", "a_", "CHLOE", "zz"):
        assert list(search.search(typed)) == expected(base, typed), typed
    assert list(search.search("")) == base
