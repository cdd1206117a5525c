"""summary: the workbook (one row per commune, totals = sums, chart) and the report (.docx)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from congress_docs.cli import cli
from congress_docs.loading import find_congress_files
from congress_docs.manifest import load_manifest
from congress_docs.paths import sample_district_dir
from congress_docs.sheets.docstatus import document_status
from congress_docs.sheets.labels import AVERAGE, TOTAL
from congress_docs.sheets.rollup import roll_up
from congress_docs.sheets.summary_xlsx import HEADER_ROW, SHEET_CHART, SHEET_SUMMARY

SAMPLE = sample_district_dir()
TODAY = "2024-02-20"


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.output


@pytest.fixture(scope="module")
def workbook(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("summary") / "tong-hop.xlsx"
    code, output = run("summary", str(SAMPLE), "-o", str(target), "--today", TODAY,
                       "--builds", str(target.parent / "output"))
    assert code == 0, output
    return target


def table(path: Path) -> tuple[list[str], list[list[object]]]:
    sheet = load_workbook(path)[SHEET_SUMMARY]
    rows = [list(row) for row in sheet.iter_rows(min_row=HEADER_ROW, values_only=True)]
    return [str(cell) for cell in rows[0]], rows[1:]


def test_one_row_per_commune_then_total_and_average(workbook: Path) -> None:
    headers, rows = table(workbook)
    communes = len(find_congress_files([SAMPLE]))
    assert [row[1] for row in rows[communes:]] == [TOTAL, AVERAGE]
    names = [row[1] for row in rows[:communes]]
    assert len(set(names)) == communes and "xã Bản Hon" in names
    assert [row[0] for row in rows[:communes]] == list(range(1, communes + 1))
    assert headers[:3] == ["STT", "Đơn vị", "Ngày đại hội"]


def test_totals_are_the_sums_of_the_communes(workbook: Path) -> None:
    headers, rows = table(workbook)
    communes, total, average = rows[:-2], rows[-2], rows[-1]
    summed = [index for index, header in enumerate(headers)
              if header.endswith("(người)") or header in (
                  "Đại biểu chính thức", "Ủy viên Ủy ban (dự kiến)", "Ban Thường trực (dự kiến)",
                  "Lỗi theo quy định", "Cảnh báo", "Chỗ còn phải điền", "Văn kiện đã tạo",
                  "Văn kiện đã sửa tay", "Bản PDF")]
    assert len(summed) >= 16
    for index in summed:
        values = [int(row[index]) for row in communes]  # type: ignore[call-overload]
        assert total[index] == sum(values), headers[index]
        if average[index] is not None:  # documents have a total, no average
            assert average[index] == pytest.approx(round(sum(values) / len(values), 2))
    members = headers.index("Ủy viên Ủy ban (dự kiến)")
    women, women_share = headers.index("Nữ (người)"), headers.index("Nữ (%)")
    assert total[women_share] == pytest.approx(total[women] / total[members], abs=1e-4)
    for row in communes:
        assert row[women_share] == pytest.approx(row[women] / row[members], abs=1e-4)
    assert total[headers.index("Đại hội điểm")] == 1
    assert total[headers.index("Cảnh báo")] >= 1  # Khun Há breaks a warning rule on purpose


def test_workbook_is_formatted_and_has_the_chart(workbook: Path) -> None:
    book = load_workbook(workbook)
    sheet = book[SHEET_SUMMARY]
    assert sheet.freeze_panes == f"C{HEADER_ROW + 1}"
    assert sheet.auto_filter.ref.startswith(f"A{HEADER_ROW}:")
    assert sheet.cell(HEADER_ROW, 1).font.bold
    assert sheet.cell(HEADER_ROW + 1, 3).number_format == "DD/MM/YYYY"
    headers = [cell.value for cell in sheet[HEADER_ROW]]
    assert sheet.cell(HEADER_ROW + 1, headers.index("Nữ (%)") + 1).number_format == "0.00%"
    assert sheet.column_dimensions["B"].width >= 20
    charts = book[SHEET_CHART]._charts
    assert len(charts) == 2
    assert "Cơ cấu kết hợp" in "".join(
        run.t for p in charts[0].title.tx.rich.p for run in (p.r or []))


def test_report_docx_passes_check_and_holds_table_and_chart(tmp_path: Path) -> None:
    target = tmp_path / "bao-cao-tong-hop.docx"
    code, output = run("summary", str(SAMPLE), "-o", str(target), "--today", TODAY,
                       "--signer", "Nguyễn Văn A", "--builds", str(tmp_path / "output"))
    assert code == 0, output
    code, output = run("check", str(target))
    assert code == 0, output
    assert "0 lỗi" in output
    document = docx.Document(str(target))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "BÁO CÁO" in text and "Nơi nhận:" in "\n".join(
        cell.text for table in document.tables for row in table.rows for cell in row.cells)
    assert "{{" not in text and "[[" not in text
    assert len(document.inline_shapes) == 1
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    assert "xã Bản Hon" in cells and TOTAL in cells and AVERAGE in cells
    rollup = roll_up([SAMPLE], output=tmp_path / "output", today=dt.date(2024, 2, 20))
    assert str(rollup.total("committee")) in cells


def test_document_status_comes_from_the_build_manifest(tmp_path: Path) -> None:
    data = tmp_path / "tam-duong"
    shutil.copytree(SAMPLE, data)
    output = tmp_path / "output"
    code, printed = run("build", str(data / "ban-hon.yaml"), "--output", str(output))
    assert code in (0, 1), printed
    folder = next(path.parent for path in output.rglob("manifest.json"))
    status = document_status(folder)
    assert status.built >= 5 and status.unchanged == status.built and status.edited == 0
    edited = next(name for name in load_manifest(folder).entries if name.endswith(".docx"))
    (folder / edited).write_bytes(b"changed by hand")
    assert document_status(folder).edited == 1
    rollup = roll_up([data], output=output, today=dt.date(2024, 2, 20))
    assert rollup.total("built") == status.built
    assert rollup.total("edited") == 1


def test_bad_commune_is_reported_and_the_others_summarised(tmp_path: Path) -> None:
    data = tmp_path / "tam-duong"
    shutil.copytree(SAMPLE, data)
    (data / "hong.yaml").write_text("unit: {kind: xã}\n", encoding="utf-8")
    target = tmp_path / "s.xlsx"
    code, output = run("summary", str(data), "-o", str(target), "--today", TODAY,
                       "--builds", str(tmp_path / "output"))
    assert code == 1
    assert "hong.yaml" in output
    _headers, rows = table(target)
    assert len(rows) - 2 == len(find_congress_files([SAMPLE]))


def test_wrong_suffix_and_existing_file(tmp_path: Path) -> None:
    code, output = run("summary", str(SAMPLE), "-o", str(tmp_path / "s.pdf"))
    assert code == 1 and ".xlsx" in output and "Traceback" not in output
    existing = tmp_path / "s.xlsx"
    existing.write_bytes(b"mine")
    code, output = run("summary", str(SAMPLE), "-o", str(existing))
    assert code == 1 and "--force" in output
    assert existing.read_bytes() == b"mine"


def _report_text(path: Path) -> str:
    document = docx.Document(str(path))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return " ".join("\n".join(cells + [p.text for p in document.paragraphs]).split())


@pytest.mark.parametrize(("folder", "today", "level"), [
    ("tam-duong", TODAY, "cấp cơ sở"),  # communes of a district, 2024-2029
    ("post-2025", "2025-09-01", "cấp xã"),  # communes directly under the province, 2025-2030
])
def test_the_level_follows_the_shape_of_the_communes(tmp_path: Path, folder: str, today: str,
                                                      level: str) -> None:
    other = "cấp xã" if level == "cấp cơ sở" else "cấp cơ sở"
    for suffix in (".docx", ".xlsx"):
        target = tmp_path / f"tong-hop{suffix}"
        code, output = run("summary", str(SAMPLE.parent / folder), "-o", str(target),
                           "--today", today, "--builds", str(tmp_path / "output"))
        assert code == 0, output
        if suffix == ".docx":
            text = _report_text(target)
            assert f"Mặt trận Tổ quốc Việt Nam {level}, nhiệm kỳ" in text
            assert f"đơn vị {level}, theo dữ liệu" in text
            assert f"Mặt trận Tổ quốc Việt Nam {other}" not in text
        else:
            title = str(load_workbook(target)[SHEET_SUMMARY].cell(1, 1).value)
            assert title.startswith("TỔNG HỢP") and f"VIỆT NAM {level.upper()}, NHIỆM KỲ" in title


def test_report_of_communes_under_a_province_is_addressed_upward(tmp_path: Path) -> None:
    target = tmp_path / "tinh.docx"
    code, output = run("summary", str(SAMPLE.parent / "post-2025"), "-o", str(target),
                       "--today", "2025-09-01", "--builds", str(tmp_path / "output"))
    assert code == 0, output
    assert run("check", str(target))[0] == 0
    document = docx.Document(str(target))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    text = "\n".join(cells + [p.text for p in document.paragraphs])
    assert "TỈNH LAI CHÂU" in text and "Lai Châu, ngày 01 tháng 9 năm 2025" in text
    assert "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam" in text
    assert "Thường trực Tỉnh ủy Lai Châu" in text
    assert "nhiệm kỳ 2025 - 2030" in " ".join(text.split())
