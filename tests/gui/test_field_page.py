from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from infoview_gui.domain.contact import ContactData
from infoview_gui.domain.enums import FieldStatus
from infoview_gui.services.contacts import add_contact
from infoview_gui.services.fields import add_field, save_research_notes
from infoview_gui.services.guide import choose_field, current_field
from infoview_gui.store.field_queries import field_detail
from infoview_gui.ui.dialogs.records import FieldDialog
from infoview_gui.ui.events import AppEvents
from infoview_gui.ui.wizard.field_page import FieldPage
from infoview_gui.ui.wizard.guide import GuideWizard
from infoview_gui.ui.wizard.ids import PageId


@pytest.fixture
def wizard(qtbot: QtBot, store: object, events: AppEvents) -> Iterator[GuideWizard]:
    guide = GuideWizard(events)
    qtbot.addWidget(guide)
    guide.resize(900, 640)
    guide.show()
    qtbot.waitExposed(guide)
    yield guide


def page_of(wizard: GuideWizard) -> FieldPage:
    page = wizard.page(PageId.FIELD)
    assert isinstance(page, FieldPage)
    return page


def texts(page: FieldPage) -> list[str]:
    return [page.fields.item(i).text() for i in range(page.fields.count())]


def test_selecting_a_field_makes_it_the_guides_and_lets_the_user_go_on(
    wizard: GuideWizard,
) -> None:
    nursing = add_field(name="Nursing")
    law = add_field(name="Law")
    add_contact(contact=ContactData(first_name="Ana", field_id=nursing))
    wizard.restart()
    page = page_of(wizard)
    assert texts(page) == ["Nursing — Considering, 1 contact", "Law — Considering, 0 contacts"]
    assert not page.isComplete()
    assert not page.notes.isEnabled()
    page.fields.setCurrentRow(1)
    assert current_field() == (law, "Law")
    assert page.isComplete()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert page.notes_label.text() == "Research notes on Law"


def test_notes_typed_in_the_guide_are_stored_and_follow_the_field(
    wizard: GuideWizard, qtbot: QtBot
) -> None:
    nursing = add_field(name="Nursing")
    law = add_field(name="Law")
    save_research_notes(field_id=law, text="Bar exam.")
    choose_field(field_id=nursing)
    wizard.restart()
    page = page_of(wizard)
    qtbot.keyClicks(page.notes, "Night shifts")
    page.fields.setCurrentRow(1)
    assert field_detail(nursing).notes == "Night shifts"  # type: ignore[union-attr]
    assert page.notes.toPlainText() == "Bar exam."
    qtbot.keyClicks(page.notes, " Moot court.")
    wizard.hide()
    assert field_detail(law).notes == "Bar exam. Moot court."  # type: ignore[union-attr]


def test_the_page_reads_notes_changed_elsewhere_when_shown_again(
    wizard: GuideWizard, qtbot: QtBot
) -> None:
    law = add_field(name="Law")
    choose_field(field_id=law)
    wizard.restart()
    page = page_of(wizard)
    wizard.hide()
    save_research_notes(field_id=law, text="Written in the Career fields view.")
    wizard.show()
    qtbot.waitUntil(lambda: page.notes.toPlainText() == "Written in the Career fields view.")


def test_status_is_set_from_the_guide(wizard: GuideWizard) -> None:
    law = add_field(name="Law")
    choose_field(field_id=law)
    wizard.restart()
    page = page_of(wizard)
    page.status.setCurrentIndex(page.status.findData(FieldStatus.SET_ASIDE.value))
    page.status.activated.emit(page.status.currentIndex())
    assert field_detail(law).status == "set_aside"  # type: ignore[union-attr]
    assert texts(page) == ["Law — Set aside, 0 contacts"]
    assert page.isComplete()


def test_a_field_added_in_the_guide_is_chosen(
    wizard: GuideWizard, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_field(name="Law")
    wizard.restart()

    def run(dialog: FieldDialog) -> int:
        dialog.name.setText("<b>Nursing</b>")
        dialog._on_buttons_accepted()
        return dialog.result()

    monkeypatch.setattr(FieldDialog, "exec", run)
    page = page_of(wizard)
    page.add_button.click()
    assert current_field() is not None
    assert current_field()[1] == "<b>Nursing</b>"  # type: ignore[index]
    assert page.fields.currentItem().text() == "<b>Nursing</b> — Considering, 0 contacts"
    assert page.notes_label.text() == "Research notes on <b>Nursing</b>"
    assert page.isComplete()


def test_showing_the_page_reads_the_data_once_not_in_a_loop(
    wizard: GuideWizard, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_field(name="Law")
    wizard.restart()
    page = page_of(wizard)
    calls: list[int] = []
    original = FieldPage.refresh
    monkeypatch.setattr(FieldPage, "refresh", lambda self: (calls.append(1), original(self)))
    wizard.hide()
    wizard.show()
    page.fields.setCurrentRow(0)  # the page becomes complete: the wizard shows it again
    qtbot.wait(100)
    assert 1 <= len(calls) <= 3
