"""Timeline exports: an .ics a calendar parser reads, an .xlsx with real dates; no overwrite."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar
import openpyxl
import pytest
from click.testing import CliRunner

from congress_docs.cli import cli
from congress_docs.errors import OutputConflictError
from congress_docs.timeline import Timeline, timeline_for_paths
from congress_docs.timeline_export import export_timeline, ics_bytes, write_ics, write_xlsx
from tests.test_rules_support import base_congress, changed, write

D = dt.date


def sample(tmp_path: Path) -> Timeline:
    folder = tmp_path / "data"
    write(folder, base_congress(), "mot.yaml")
    write(folder, changed(base_congress(), **{"unit.name": "Hai", "congress.end_date": None,
                                              "congress.documents_approved_on": None}), "hai.yaml")
    return timeline_for_paths([folder], today=D(2024, 2, 20))


def test_ics_imports_into_a_calendar_parser(tmp_path: Path) -> None:
    timeline = sample(tmp_path)
    path = write_ics(timeline, tmp_path / "tien-do.ics")
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert len(events) == len(timeline.steps) == 8
    assert len({str(event["UID"]) for event in events}) == 8
    got = {(str(event["SUMMARY"]), event.decoded("DTSTART")) for event in events}
    assert ("xã Thử Nghiệm: Hạn duyệt văn kiện", D(2024, 2, 19)) in got
    assert ("xã Hai: Đại hội", D(2024, 3, 20)) in got
    late = next(e for e in events if str(e["SUMMARY"]) == "xã Hai: Hạn duyệt văn kiện")
    assert "trễ hạn" in str(late["DESCRIPTION"]) and "mục II.3" in str(late["DESCRIPTION"])


def test_ics_uids_are_stable_between_exports(tmp_path: Path) -> None:
    first = icalendar.Calendar.from_ical(ics_bytes(sample(tmp_path)))
    later = timeline_for_paths([tmp_path / "data"], today=D(2024, 3, 1))
    second = icalendar.Calendar.from_ical(ics_bytes(later))
    uids = [sorted(str(event["UID"]) for event in cal.walk("VEVENT")) for cal in (first, second)]
    assert uids[0] == uids[1]


def test_xlsx_has_header_rows_real_dates_and_status(tmp_path: Path) -> None:
    timeline = sample(tmp_path)
    path = write_xlsx(timeline, tmp_path / "tien-do.xlsx")
    sheet = openpyxl.load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:6] == ("Đơn vị", "Bước", "Ngày", "Đến ngày", "Ngày thực hiện", "Tình trạng")
    assert len(rows) == 1 + len(timeline.steps)
    by_step = {(row[0], row[1]): row for row in rows[1:]}
    documents = by_step[("xã Thử Nghiệm", "Hạn duyệt văn kiện")]
    assert documents[2] == dt.datetime(2024, 2, 19) and documents[4] == dt.datetime(2024, 2, 15)
    assert documents[5] == "đã xong"
    assert by_step[("xã Hai", "Hạn duyệt văn kiện")][5] == "trễ hạn"
    assert sheet["C2"].number_format == "DD/MM/YYYY" and sheet["C2"].is_date
    assert sheet.freeze_panes == "A2" and sheet.column_dimensions["G"].width > 30


def test_existing_file_is_not_replaced_without_force(tmp_path: Path) -> None:
    timeline = sample(tmp_path)
    target = tmp_path / "tien-do.xlsx"
    target.write_bytes(b"mine")
    with pytest.raises(OutputConflictError):
        write_xlsx(timeline, target)
    assert target.read_bytes() == b"mine"
    write_xlsx(timeline, target, force=True)
    assert openpyxl.load_workbook(target).active.max_row == 9


def test_export_checks_every_target_before_writing(tmp_path: Path) -> None:
    timeline = sample(tmp_path)
    (tmp_path / "b.xlsx").write_bytes(b"mine")
    with pytest.raises(OutputConflictError):
        export_timeline(timeline, ics=tmp_path / "a.ics", xlsx=tmp_path / "b.xlsx")
    assert not (tmp_path / "a.ics").exists()


def test_cli_writes_both_files_and_refuses_to_overwrite(tmp_path: Path) -> None:
    sample(tmp_path)
    args = ["timeline", str(tmp_path / "data"), "--today", "2024-02-20",
            "--ics", str(tmp_path / "t.ics"), "--xlsx", str(tmp_path / "t.xlsx")]
    first = CliRunner().invoke(cli, args)
    assert first.exit_code == 0, first.output
    assert (tmp_path / "t.ics").is_file() and (tmp_path / "t.xlsx").is_file()
    again = CliRunner().invoke(cli, args)
    assert again.exit_code == 1 and "--force" in again.output
    assert CliRunner().invoke(cli, [*args, "--force"]).exit_code == 0
