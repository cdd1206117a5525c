"""`export-people`: a commune's people and their roles as an Excel sheet with Vietnamese headers."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from congress_docs.context.people import CATEGORY_LABELS
from congress_docs.loading import load_congress
from congress_docs.models import CongressFile, Person
from congress_docs.sheets.output import write_output
from congress_docs.sheets.people_columns import (
    COLUMNS,
    DELEGATION_LABELS,
    NO,
    PEOPLE_SHEET,
    STANDING_LABELS,
    YES,
    choices_for,
)
from congress_docs.sheets.references import References

__all__ = ["LISTS_SHEET", "export_people", "people_workbook"]

LISTS_SHEET = "Danh mục"
# Room for people added in Excel: validation and text format reach this many rows.
_SPARE_ROWS = 300


def export_people(commune: Path, target: Path, *, force: bool = False) -> Path:
    """Write the people of `commune` (validated first) to `target` (.xlsx), atomically."""
    loaded = load_congress(commune)
    return write_output(target, people_workbook(loaded.model), force=force)


def people_workbook(model: CongressFile) -> bytes:
    """The workbook's bytes: the people sheet and the hidden sheet of closed lists."""
    book = Workbook()
    sheet = book.active
    sheet.title = PEOPLE_SHEET
    lists = book.create_sheet(LISTS_SHEET)
    references = References(model)
    _header(sheet)
    for person in model.people:
        sheet.append(_row(person, model, references))
    last = max(sheet.max_row, 1) + _SPARE_ROWS
    for index, column in enumerate(COLUMNS, start=1):
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = column.width
        if column.text:
            for row in range(2, last + 1):
                sheet.cell(row, index).number_format = "@"
    _validations(sheet, lists, choices_for() | references.choices(), last)
    sheet.freeze_panes = "C2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{max(sheet.max_row, 2)}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A3
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:1"
    lists.sheet_state = "hidden"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _header(sheet: Worksheet) -> None:
    sheet.append([column.header for column in COLUMNS])
    for index, column in enumerate(COLUMNS, start=1):
        cell = sheet.cell(1, index)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        if column.note:
            cell.comment = Comment(column.note, "congress-docs", width=260, height=90)
    sheet.row_dimensions[1].height = 45


def _row(person: Person, model: CongressFile, references: References) -> list[Any]:
    member = next((m for m in model.committee.members if m.person == person.id), None)
    standing = next((s for s in model.committee.standing if s.person == person.id), None)
    delegation = ("official" if person.id in model.delegation.official
                  else "alternates" if person.id in model.delegation.alternates else None)
    education = person.education
    return [
        person.id, person.full_name, person.birth_year, person.gender, person.ethnicity,
        person.religion or "", YES if person.party_member else NO,
        education.general or "", education.professional or "", education.political or "",
        person.position, person.residence or "",
        CATEGORY_LABELS[member.category] if member else "",
        references.organisation_label(member.organisation) if member else "",
        references.area_label(member.area) if member else "",
        (YES if member.re_elected else NO) if member else "",
        STANDING_LABELS[standing.role] if standing else "",
        DELEGATION_LABELS[delegation] if delegation else "",
    ]


def _validations(sheet: Worksheet, lists: Worksheet, choices: dict[str, list[str]],
                 last: int) -> None:
    """A drop-down list on every closed column, its values kept on the hidden sheet."""
    for list_column, (key, values) in enumerate(_ordered(choices), start=1):
        if not values:
            continue
        letter = get_column_letter(list_column)
        for row, value in enumerate(values, start=1):
            lists.cell(row, list_column, value)
        index = next(i for i, column in enumerate(COLUMNS, start=1) if column.key == key)
        column = COLUMNS[index - 1]
        source = f"{quote_sheetname(LISTS_SHEET)}!${letter}$1:${letter}${len(values)}"
        validation = DataValidation(type="list", formula1=source, allow_blank=True)
        validation.error = f"Chọn một giá trị trong danh sách của cột '{column.header}'."
        validation.errorTitle = "Giá trị không hợp lệ"
        validation.prompt = column.note or f"Chọn trong danh sách: {', '.join(values[:6])}"
        validation.promptTitle = column.header[:32]
        validation.showErrorMessage = True
        validation.showInputMessage = True
        target = get_column_letter(index)
        validation.add(f"{target}2:{target}{last}")
        sheet.add_data_validation(validation)


def _ordered(choices: dict[str, list[str]]) -> Sequence[tuple[str, list[str]]]:
    order = [column.key for column in COLUMNS]
    return sorted(choices.items(), key=lambda item: order.index(item[0]))
