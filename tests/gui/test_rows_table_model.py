from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from infoview_gui.qtmodels.roles import RowIdRole, SortRole
from infoview_gui.qtmodels.rows_table import RowsTableModel


def test_model_passes_the_qt_model_tester(qtmodeltester: ModelTester) -> None:
    model = RowsTableModel(("Name", "Count"))
    model.set_rows([(7, "Ana", 3), (9, "<b>Ben</b>", None)])
    qtmodeltester.check(model)


def test_model_shows_text_sorts_raw_and_knows_ids() -> None:
    model = RowsTableModel(("Name", "Count"), (str, lambda v: f"{v} items"))
    model.set_rows([(7, "Ana", 3), (9, "Ben", 12)])
    assert model.index(1, 1).data() == "12 items"
    assert model.index(1, 1).data(SortRole) == 12
    assert model.index(0, 0).data(SortRole) == "ana"
    assert model.index(1, 0).data(RowIdRole) == 9
    assert model.row_id(0) == 7


def test_tooltips_show_markup_literally() -> None:
    """A tooltip that looks like rich text is drawn as such: the model escapes it."""
    model = RowsTableModel(("Name",))
    model.set_rows([(1, "<b>Tom</b> & Jerry")])
    assert model.index(0, 0).data() == "<b>Tom</b> & Jerry"
    assert (
        model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "&lt;b&gt;Tom&lt;/b&gt; &amp; Jerry"
    )
