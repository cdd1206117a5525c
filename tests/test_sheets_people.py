"""export-people and import-people: round trip of every bundled commune, bad rows, CSV, edits."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from congress_docs.cli import cli
from congress_docs.loading import find_congress_files, load_congress
from congress_docs.paths import bundled
from congress_docs.sheets.people_columns import COLUMNS, PEOPLE_SHEET

DATA = bundled("data")
COMMUNES = [path.relative_to(DATA) for path in find_congress_files([DATA])]
PEOPLE_SAMPLES = DATA / "people"


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A copy of the bundled data folder (communes with their district files)."""
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder)
    return folder


def comments(text: str) -> list[str]:
    return [line[line.index("#"):] for line in text.splitlines()
            if line.lstrip().startswith("#") or "  #" in line]


def column_of(key: str) -> int:
    return next(index for index, column in enumerate(COLUMNS, start=1) if column.key == key)


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.output


def test_bundled_communes_are_found() -> None:
    assert len(COMMUNES) >= 14


@pytest.mark.parametrize("relative", COMMUNES, ids=str)
def test_export_then_import_keeps_data_and_comments(data: Path, tmp_path: Path,
                                                    relative: Path) -> None:
    commune = data / relative
    before_text = commune.read_text(encoding="utf-8")
    before = load_congress(commune).model
    sheet = tmp_path / "people.xlsx"
    code, output = run("export-people", str(commune), "-o", str(sheet))
    assert code == 0, output
    code, output = run("import-people", str(sheet), "--into", str(commune))
    assert code == 0, output
    assert load_congress(commune).model == before
    after_text = commune.read_text(encoding="utf-8")
    assert comments(after_text) == comments(before_text)
    assert after_text == before_text


def test_exported_sheet_has_vietnamese_headers_and_drop_down_lists(tmp_path: Path) -> None:
    sheet = tmp_path / "p.xlsx"
    commune = DATA / "tam-duong" / "ban-hon.yaml"
    assert run("export-people", str(commune), "-o", str(sheet))[0] == 0
    book = load_workbook(sheet)
    people = book[PEOPLE_SHEET]
    headers = [cell.value for cell in people[1]]
    for name in ("Họ và tên", "Năm sinh", "Giới tính", "Dân tộc", "Tôn giáo", "Đảng viên",
                 "Lý luận chính trị", "Tái cử"):
        assert name in headers
    filled = [row for row in people.iter_rows(min_row=2, values_only=True) if any(row)]
    assert len(filled) == len(load_congress(commune).model.people)
    validated = {ref for validation in people.data_validations.dataValidation
                 for ref in str(validation.sqref).split()}
    for key in ("gender", "party_member", "category", "organisation", "area", "re_elected",
                "standing", "delegation"):
        letter = people.cell(1, column_of(key)).column_letter
        assert any(ref.startswith(f"{letter}2:") for ref in validated), key
    assert people.freeze_panes == "C2"


def test_bad_sample_is_refused_naming_the_row_and_leaves_the_file_byte_identical(
        data: Path) -> None:
    commune = data / "tam-duong" / "ban-hon.yaml"
    before = commune.read_bytes()
    code, output = run("import-people", str(PEOPLE_SAMPLES / "ban-hon-dong-loi.xlsx"), "--into",
                       str(commune))
    assert code == 1
    assert "Traceback" not in output
    assert "trang 'Danh sách', dòng 7, cột D (Giới tính)" in output
    assert "dòng 7, cột G (Đảng viên)" in output
    assert commune.read_bytes() == before
    assert sorted(p.name for p in commune.parent.iterdir()) == sorted(
        p.name for p in (DATA / "tam-duong").iterdir())


def test_good_sample_matches_the_commune(data: Path) -> None:
    commune = data / "tam-duong" / "ban-hon.yaml"
    before = commune.read_bytes()
    code, output = run("import-people", str(PEOPLE_SAMPLES / "ban-hon.xlsx"), "--into",
                       str(commune))
    assert code == 0, output
    assert commune.read_bytes() == before


def test_edits_in_excel_are_written_with_comments_kept(data: Path, tmp_path: Path) -> None:
    commune = data / "tam-duong" / "ban-hon.yaml"
    before_text = commune.read_text(encoding="utf-8")
    sheet = tmp_path / "p.xlsx"
    run("export-people", str(commune), "-o", str(sheet))
    book = load_workbook(sheet)
    people = book[PEOPLE_SHEET]
    people.cell(2, column_of("position")).value = "Chủ tịch Ủy ban MTTQ Việt Nam xã (tái cử)"
    row = people.max_row + 1
    values = {"full_name": "Lò Thị Mới", "birth_year": 1999, "gender": "Nữ", "ethnicity": "Thái",
              "party_member": "Không", "general": "12/12", "position": "Bí thư Chi đoàn",
              "category": "Cá nhân tiêu biểu", "re_elected": "Không",
              "delegation": "Dự khuyết"}
    for key, value in values.items():
        people.cell(row, column_of(key)).value = value
    book.save(sheet)
    code, output = run("import-people", str(sheet), "--into", str(commune))
    assert code == 0, output
    model = load_congress(commune).model
    assert model.people[0].position == "Chủ tịch Ủy ban MTTQ Việt Nam xã (tái cử)"
    new = model.people[-1]
    assert (new.id, new.full_name, new.gender, new.birth_year, new.party_member) == (
        "lo-thi-moi", "Lò Thị Mới", "nữ", 1999, False)
    assert model.committee.members[-1].person == "lo-thi-moi"
    assert model.committee.members[-1].category == "notable_individual"
    assert model.delegation.alternates[-1] == "lo-thi-moi"
    after_text = commune.read_text(encoding="utf-8")
    assert set(comments(before_text)) <= set(comments(after_text))
    # The new committee entry is written like its neighbours, on one line.
    assert "- {person: lo-thi-moi, category: notable_individual, re_elected: false}" in after_text


def test_removing_a_person_who_signs_is_refused_by_the_loader(data: Path, tmp_path: Path) -> None:
    commune = data / "tam-duong" / "ban-hon.yaml"
    before = commune.read_bytes()
    sheet = tmp_path / "p.xlsx"
    run("export-people", str(commune), "-o", str(sheet))
    book = load_workbook(sheet)
    book[PEOPLE_SHEET].delete_rows(2)  # chu_tich, who signs every document
    book.save(sheet)
    code, output = run("import-people", str(sheet), "--into", str(commune))
    assert code == 1
    assert "chu_tich" in output
    assert commune.read_bytes() == before


def test_csv_import_with_semicolons_and_a_bad_year(data: Path, tmp_path: Path) -> None:
    commune = data / "tam-duong" / "ban-hon.yaml"
    sheet = tmp_path / "p.xlsx"
    run("export-people", str(commune), "-o", str(sheet))
    rows = [[("" if cell.value is None else cell.value) for cell in row]
            for row in load_workbook(sheet)[PEOPLE_SHEET].iter_rows()]
    target = tmp_path / "p.csv"
    with target.open("w", encoding="utf-8-sig", newline="") as stream:
        csv.writer(stream, delimiter=";").writerows(rows)
    before = commune.read_bytes()
    code, output = run("import-people", str(target), "--into", str(commune))
    assert code == 0, output
    assert commune.read_bytes() == before
    rows[3][column_of("birth_year") - 1] = "19x5"
    with target.open("w", encoding="utf-8-sig", newline="") as stream:
        csv.writer(stream, delimiter=";").writerows(rows)
    code, output = run("import-people", str(target), "--into", str(commune))
    assert code == 1
    assert "trang 'p.csv', dòng 4, cột C (Năm sinh)" in output
    assert commune.read_bytes() == before


def test_missing_header_and_wrong_file_kind_are_clear_errors(data: Path, tmp_path: Path) -> None:
    commune = data / "tam-duong" / "ban-hon.yaml"
    target = tmp_path / "p.csv"
    target.write_text("Tên,Tuổi\nA,1\n", encoding="utf-8")
    code, output = run("import-people", str(target), "--into", str(commune))
    assert code == 1 and "'Họ và tên'" in output
    other = tmp_path / "p.txt"
    other.write_text("x", encoding="utf-8")
    code, output = run("import-people", str(other), "--into", str(commune))
    assert code == 1 and ".xlsx" in output and "Traceback" not in output


def test_export_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    sheet = tmp_path / "p.xlsx"
    sheet.write_bytes(b"mine")
    commune = str(DATA / "tam-duong" / "ban-hon.yaml")
    code, output = run("export-people", commune, "-o", str(sheet))
    assert code == 1 and "--force" in output
    assert sheet.read_bytes() == b"mine"
    assert run("export-people", commune, "-o", str(sheet), "--force")[0] == 0


def test_round_trip_of_a_new_starter_file_changes_nothing(tmp_path: Path) -> None:
    district = tmp_path / "tam-duong"
    shutil.copytree(DATA / "tam-duong", district)
    commune = district / "ban-moi.yaml"
    code, output = run("new", str(commune), "--commune", "Bản Mới", "--district",
                       str(district / "district.yaml"))
    assert code == 0, output
    before = commune.read_bytes()
    sheet = tmp_path / "p.xlsx"
    assert run("export-people", str(commune), "-o", str(sheet))[0] == 0
    code, output = run("import-people", str(sheet), "--into", str(commune))
    assert code == 0, output
    assert commune.read_bytes() == before
