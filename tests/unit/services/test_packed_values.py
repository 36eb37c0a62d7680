"""An import's saved values, one string a contact: read back as they were put."""

from __future__ import annotations

import gc

from infoview_gui.services.packed_values import PackedValues


def test_values_come_back_as_they_were_put_whatever_they_hold() -> None:
    rows = {
        1: ("Ana", "Doe", "", "The Herald"),
        2: ("a\x00b", "", "c"),  # the separator itself, as a file may carry it
        3: ("",),
        4: (),
    }
    values = PackedValues(rows)
    assert dict(values) == rows
    assert len(values) == 4 and sorted(values) == [1, 2, 3, 4]
    values.put(2, ("Ben", "Roe", "", ""))  # replaced, not added
    assert values[2] == ("Ben", "Roe", "", "") and len(values) == 4


def test_many_contacts_leave_nothing_for_the_garbage_collector_to_go_through() -> None:
    """A worker's import index is not walked by the window's thread when the worker ends."""
    values = PackedValues()
    gc.collect()
    gc.disable()  # as while a worker runs
    try:
        young = len(gc.get_objects(generation=0))
        for contact_id in range(20_000):
            values.put(contact_id, (f"First{contact_id}", "Last", "", "Org"))
        assert len(gc.get_objects(generation=0)) - young < 100
    finally:
        gc.enable()
    assert values[19_999] == ("First19999", "Last", "", "Org")
