"""``infoview report``: the progress figures from a shell, the window's numbers exactly."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest

from infoview_gui.app import main
from infoview_gui.paths import AppPaths
from infoview_gui.services.progress import report
from infoview_gui.store.database import close_database
from infoview_gui.store.opening import open_store
from tests.learned_world import build


@pytest.fixture
def data(paths: AppPaths) -> AppPaths:
    open_store(paths.database)
    build()
    close_database()
    return paths


def infoview(paths: AppPaths, *argv: str) -> int:
    return main([*argv, "--data-dir", str(paths.data_dir)])


def _today_figures(paths: AppPaths, field: str | None = None) -> list[dict[str, object]]:
    open_store(paths.database)
    try:
        return [found.as_dict() for found in report(today=date.today(), field_name=field)]
    finally:
        close_database()


def test_report_json_holds_overall_then_each_field(
    data: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    assert infoview(data, "report", "--json") == 0
    records = json.loads(capsys.readouterr().out)
    assert [r["field"] for r in records] == [None, "Nursing", "Data journalism"]
    assert records == _today_figures(data)
    assert records[1]["held"] == 3 and records[2]["held"] == 2
    assert records[0]["interviews_per_month"] == {"2026-03": 4, "2026-04": 1}


def test_report_of_one_field_in_any_case(
    data: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    assert infoview(data, "report", "--field", "NURSING", "--json") == 0
    (record,) = json.loads(capsys.readouterr().out)
    assert record == _today_figures(data, "Nursing")[0]
    assert (record["asked"], record["declined"], record["referrals"]) == (6, 1, 1)


def test_report_as_text_says_the_figures_in_words(
    data: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    assert infoview(data, "report", "--field", "Data journalism") == 0
    out = capsys.readouterr().out
    assert "Data journalism\n  3 asked, 3 accepted, 0 declined" in out
    assert "Response rate 100% (3 of 3 answered)" in out
    assert "median wait for a reply 1 business day" in out
    assert "Interviews per month: March 2026: 2" in out


def test_an_unknown_field_gets_a_sentence_and_exit_code_2(
    data: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    assert infoview(data, "report", "--field", "Law") == 2
    captured = capsys.readouterr()
    assert "There is no career field called “Law”. Your fields: Nursing, Data journalism." in (
        captured.err
    )
    assert "Traceback" not in captured.err + captured.out


def test_report_without_data_says_so(paths: AppPaths, capsys: pytest.CaptureFixture[str]) -> None:
    assert infoview(paths, "report") == 1
    assert "There is no InfoView data" in capsys.readouterr().err


def test_report_is_in_the_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    assert re.search(r"^ +report +progress in figures", capsys.readouterr().out, re.MULTILINE)


def test_big_numbers_are_printed_with_thousands_separated() -> None:
    from infoview_gui.commands.report import text
    from infoview_gui.domain.progress import Progress

    figures = Progress(
        asked=4268, accepted=2310, declined=1002, held=1250, per_month=(("2026-03", 1250),)
    )
    shown = text([figures.as_dict()], ["All fields"], date(2026, 4, 20))
    assert shown.startswith("Progress on Monday 20 April 2026")
    assert "4,268 asked, 2,310 accepted, 1,002 declined, 0 no reply, 1,250 held" in shown
    assert "(3,312 of 4,268 answered)" in shown
    assert "Interviews per month: March 2026: 1,250" in shown
