"""The summary as an Excel workbook: one row per commune, totals, averages and a share chart."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.chart.label import DataLabelList
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from congress_docs.context.figures import SHARE_KEYS
from congress_docs.sheets.labels import AVERAGE, SHARE_LABELS, SHARE_SHORT, STATUS_LABELS, TOTAL
from congress_docs.sheets.rollup import CommuneRow, Rollup

__all__ = ["HEADER_ROW", "SHEET_CHART", "SHEET_SUMMARY", "summary_columns", "summary_xlsx"]

SHEET_SUMMARY = "Tổng hợp"
SHEET_CHART = "Biểu đồ"
HEADER_ROW = 4
_DATE = "DD/MM/YYYY"
_INT = "#,##0"
_DEC = "#,##0.00"
_PCT = "0.00%"
_HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
_TOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")
_STATUS_FILLS = {"late": "FFC7CE", "at_risk": "FFEB9C", "upcoming": "FFFFFF", "done": "C6EFCE"}
_THIN = Side(style="thin", color="808080")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


@dataclass(frozen=True)
class Column:
    """One column: header, the cell of a commune, and how its total and average are made."""

    header: str
    value: Callable[[CommuneRow], Any]
    total: Callable[[Rollup], Any] | None = None
    average: Callable[[Rollup], Any] | None = None
    number_format: str = "General"
    width: float = 10


def _fraction(value: Decimal | None) -> float | None:
    """A percentage (29.75) as the fraction Excel formats with 0.00% (0.2975)."""
    return None if value is None else float(value / 100)


def _number(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def _counted(name: str, header: str, width: float = 10) -> Column:
    return Column(header, lambda row: getattr(row, name), lambda up: up.total(name),
                  lambda up: _number(up.average(name)), _INT, width)


def _share_columns(key: str) -> list[Column]:
    label = SHARE_SHORT[key]
    return [
        Column(f"{label} (người)", lambda row: row.count(key), lambda up: up.total(key),
               lambda up: _number(up.average(key)), _INT, 9),
        Column(f"{label} (%)", lambda row: _fraction(row.shares[key].percent),
               lambda up: _fraction(up.total_share(key).percent),
               lambda up: _fraction(up.average_percent(key)), _PCT, 9),
    ]


def _document_column(name: str, header: str) -> Column:
    return Column(header, lambda row: getattr(row.documents, name), lambda up: up.total(name),
                  None, _INT, 9)


def summary_columns() -> list[Column]:
    """Every column of the summary sheet, in order."""
    return [
        Column("STT", lambda _row: None, width=5),
        Column("Đơn vị", lambda row: row.title, lambda _up: TOTAL, lambda _up: AVERAGE,
               width=26),
        Column("Ngày đại hội", lambda row: row.congress_date, number_format=_DATE, width=12),
        Column("Đại hội điểm", lambda row: "x" if row.pilot else "",
               lambda up: sum(row.pilot for row in up.rows), width=8),
        _counted("delegates", "Đại biểu chính thức", 11),
        _counted("committee", "Ủy viên Ủy ban (dự kiến)", 11),
        _counted("standing", "Ban Thường trực (dự kiến)", 11),
        *[column for key in SHARE_KEYS for column in _share_columns(key)],
        _counted("rule_errors", "Lỗi theo quy định", 9),
        _counted("rule_warnings", "Cảnh báo", 9),
        _counted("to_fill", "Chỗ còn phải điền", 9),
        Column("Hạn hoàn thành đại hội", lambda row: row.deadline, number_format=_DATE, width=12),
        Column("Tiến độ", lambda row: STATUS_LABELS[row.status],
               lambda up: f"{up.status_count('late')} chậm", width=15),
        _document_column("built", "Văn kiện đã tạo"),
        _document_column("unchanged", "Văn kiện chưa sửa"),
        _document_column("edited", "Văn kiện đã sửa tay"),
        _document_column("pdf", "Bản PDF"),
    ]


def summary_xlsx(rollup: Rollup, *, title: str) -> bytes:
    """The workbook's bytes: the summary sheet and a chart sheet of the composition shares."""
    book = Workbook()
    sheet = book.active
    sheet.title = SHEET_SUMMARY
    columns = summary_columns()
    _titles(sheet, rollup, title, len(columns))
    _header(sheet, columns)
    for number, row in enumerate(rollup.rows, start=1):
        values = [column.value(row) for column in columns]
        values[0] = number
        _write_row(sheet, HEADER_ROW + number, values, columns)
        status_column = next(i for i, c in enumerate(columns, 1) if c.header == "Tiến độ")
        sheet.cell(HEADER_ROW + number, status_column).fill = PatternFill(
            "solid", fgColor=_STATUS_FILLS[row.status])
    last = HEADER_ROW + len(rollup.rows)
    for offset, make in ((1, "total"), (2, "average")):
        values = [getattr(column, make)(rollup) if getattr(column, make) else None
                  for column in columns]
        _write_row(sheet, last + offset, values, columns, bold=True)
        if make == "average":  # an average of counts has decimals: 102,54 delegates
            for index, column in enumerate(columns, start=1):
                if column.number_format == _INT:
                    sheet.cell(last + offset, index).number_format = _DEC
    for index, column in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    sheet.freeze_panes = sheet.cell(HEADER_ROW + 1, 3)
    end = get_column_letter(len(columns))
    sheet.auto_filter.ref = f"A{HEADER_ROW}:{end}{max(last, HEADER_ROW + 1)}"
    sheet.print_options.gridLines = False
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    # 30 columns: on A3 landscape, one page wide, the figures stay readable when printed.
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A3
    charts = book.create_sheet(SHEET_CHART)
    charts.page_setup.orientation = "landscape"
    charts.page_setup.paperSize = charts.PAPERSIZE_A4
    charts.page_setup.fitToWidth = 1
    charts.page_setup.fitToHeight = 0
    charts.sheet_properties.pageSetUpPr.fitToPage = True
    _chart_sheet(charts, sheet, rollup, columns)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _titles(sheet: Worksheet, rollup: Rollup, title: str, width: int) -> None:
    sheet.cell(1, 1, title).font = Font(bold=True, size=14)
    where = f"{rollup.area}; " if rollup.area else ""
    sheet.cell(2, 1, f"{where}số liệu tính đến ngày {rollup.today:%d/%m/%Y}; "
                     f"{len(rollup.rows)} đơn vị").font = Font(italic=True)
    for row in (1, 2):
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
        sheet.cell(row, 1).alignment = Alignment(horizontal="center")


def _header(sheet: Worksheet, columns: list[Column]) -> None:
    for index, column in enumerate(columns, start=1):
        cell = sheet.cell(HEADER_ROW, index, column.header)
        cell.font = Font(bold=True)
        cell.fill = _HEAD_FILL
        cell.border = _BOX
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    sheet.row_dimensions[HEADER_ROW].height = 48


def _write_row(sheet: Worksheet, row: int, values: list[Any], columns: list[Column], *,
               bold: bool = False) -> None:
    for index, (value, column) in enumerate(zip(values, columns, strict=True), start=1):
        cell = sheet.cell(row, index, value)
        cell.number_format = column.number_format
        cell.border = _BOX
        if isinstance(value, (int, float, dt.date)) and not isinstance(value, bool):
            cell.alignment = Alignment(horizontal="right")
        if bold:
            cell.font = Font(bold=True)
            cell.fill = _TOTAL_FILL


def _chart_sheet(sheet: Worksheet, summary: Worksheet, rollup: Rollup,
                 columns: list[Column]) -> None:
    """A small table of the district shares and a bar chart drawn from it."""
    sheet.append(["Cơ cấu", "Số người", "Tỷ lệ chung", "Bình quân các đơn vị"])
    sheet.row_dimensions[1].height = 32
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = _HEAD_FILL
        cell.border = _BOX
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for key in SHARE_KEYS:
        share = rollup.total_share(key)
        sheet.append([SHARE_LABELS[key], share.count, _fraction(share.percent),
                      _fraction(rollup.average_percent(key))])
        for column, number_format in ((2, _INT), (3, _PCT), (4, _PCT)):
            sheet.cell(sheet.max_row, column).number_format = number_format
        for column in range(1, 5):
            sheet.cell(sheet.max_row, column).border = _BOX
    sheet.append(["Ủy viên Ủy ban (dự kiến)", rollup.total("committee"), None, None])
    sheet.cell(sheet.max_row, 1).font = Font(bold=True)
    for letter, width in zip("ABCD", (28, 11, 13, 16), strict=True):
        sheet.column_dimensions[letter].width = width
    chart = BarChart()
    chart.type = "bar"
    chart.style = 10
    chart.title = "Cơ cấu kết hợp Ủy ban khóa mới (dự kiến)"
    chart.y_axis.title = "Tỷ lệ"
    chart.y_axis.number_format = "0%"
    chart.y_axis.scaling.min = 0
    chart.y_axis.scaling.max = 1
    chart.x_axis.scaling.orientation = "maxMin"  # first group on top, as in the table
    chart.y_axis.delete = False
    chart.x_axis.delete = False
    rows = len(SHARE_KEYS)
    data = Reference(sheet, min_col=3, max_col=4, min_row=1, max_row=rows + 1)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(Reference(sheet, min_col=1, min_row=2, max_row=rows + 1))
    chart.dataLabels = DataLabelList(showVal=True, showSerName=False, showCatName=False,
                                     showLegendKey=False, showPercent=False)
    chart.dataLabels.numFmt = "0.00%"
    chart.legend.position = "b"
    chart.height, chart.width = 10, 24
    sheet.add_chart(chart, "A12")
    _commune_chart(sheet, summary, rollup, columns)


def _commune_chart(sheet: Worksheet, summary: Worksheet, rollup: Rollup,
                   columns: list[Column]) -> None:
    """Women, ethnic-minority and non-Party shares of each commune, side by side."""
    if not rollup.rows:
        return
    chart = BarChart()
    chart.type = "col"
    chart.style = 10
    chart.title = "Tỷ lệ nữ, dân tộc thiểu số, ngoài Đảng theo đơn vị"
    chart.y_axis.number_format = "0%"
    chart.y_axis.scaling.min = 0
    chart.y_axis.delete = False
    chart.x_axis.delete = False
    first, last = HEADER_ROW + 1, HEADER_ROW + len(rollup.rows)
    for key in ("women", "ethnic_minority", "non_party"):
        column = next(i for i, c in enumerate(columns, 1) if c.header == f"{SHARE_SHORT[key]} (%)")
        chart.add_data(Reference(summary, min_col=column, min_row=HEADER_ROW, max_row=last),
                       titles_from_data=True)
    chart.set_categories(Reference(summary, min_col=2, min_row=first, max_row=last))
    chart.legend.position = "b"
    chart.height, chart.width = 11, 24
    sheet.add_chart(chart, "A35")
