"""Read the rows of a people sheet (.xlsx or .csv) by their Vietnamese headers."""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from congress_docs.errors import DataError, Issue
from congress_docs.i18n import _
from congress_docs.sheets.people_columns import COLUMNS, PEOPLE_SHEET
from congress_docs.vietnamese import nfc

__all__ = ["SheetRow", "cell_issue", "read_people_sheet"]

_MAX_ROWS = 20_000


@dataclass(frozen=True)
class SheetRow:
    """One non-empty row: where it is and its cells by column key (text, number, date or None)."""

    sheet: str
    number: int
    cells: dict[str, Any]
    letters: dict[str, str]


def cell_issue(path: Path, row: SheetRow, key: str, message: str) -> Issue:
    """A problem of one cell, named by sheet, row and column as the user sees them."""
    header = next(column.header for column in COLUMNS if column.key == key)
    place = _("sheet '{sheet}', row {row}, column {column} ({header})").format(
        sheet=row.sheet, row=row.number, column=row.letters.get(key, "?"), header=header)
    return Issue(path, f"{place}: {message}")


def read_people_sheet(path: Path) -> list[SheetRow]:
    """The filled rows of the people sheet; DataError if the file or its headers are wrong."""
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        sheet, table = _xlsx_rows(path)
    elif suffix == ".csv":
        sheet, table = path.name, _csv_rows(path)
    else:
        raise DataError([Issue(path, _("people are read from an .xlsx or .csv file"))])
    if not table:
        raise DataError([Issue(path, _("the sheet is empty: it has no header row"))])
    keys = _header_keys(path, sheet, table[0])
    rows: list[SheetRow] = []
    for number, values in enumerate(table[1:], start=2):
        cells = {key: _clean(values[index]) if index < len(values) else None
                 for index, key in keys.items()}
        if all(value is None for value in cells.values()):
            continue
        letters = {key: get_column_letter(index + 1) for index, key in keys.items()}
        rows.append(SheetRow(sheet, number, cells, letters))
    return rows


def _xlsx_rows(path: Path) -> tuple[str, list[tuple[Any, ...]]]:
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (OSError, zipfile.BadZipFile, KeyError, ValueError) as err:
        raise DataError([Issue(path, _("not a readable Excel (.xlsx) file: {detail}").format(
            detail=err))]) from err
    try:
        sheet = book[PEOPLE_SHEET] if PEOPLE_SHEET in book.sheetnames else book.worksheets[0]
        table = []
        for values in sheet.iter_rows(values_only=True):
            table.append(tuple(values))
            if len(table) > _MAX_ROWS:
                raise DataError([Issue(path, _("the sheet has more than {count} rows").format(
                    count=_MAX_ROWS))])
        return sheet.title, _trim(table)
    finally:
        book.close()


def _trim(table: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    while table and all(_clean(value) is None for value in table[-1]):
        table.pop()
    return table


def _csv_rows(path: Path) -> list[tuple[Any, ...]]:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise DataError([Issue(path, _(
            "the CSV file is not UTF-8; in Excel save it as 'CSV UTF-8 (Comma delimited)'"
        ))]) from err
    first = text.splitlines()[0] if text.strip() else ""
    delimiter = max((",", ";", "\t"), key=first.count)
    return _trim([tuple(row) for row in csv.reader(io.StringIO(text), delimiter=delimiter)])


def _header_keys(path: Path, sheet: str, header: tuple[Any, ...]) -> dict[int, str]:
    """Column index -> column key, matching headers loosely (case, spaces, accents as typed)."""
    wanted = {_fold(column.header): column.key for column in COLUMNS}
    keys: dict[int, str] = {}
    for index, value in enumerate(header):
        key = wanted.get(_fold(str(value))) if value is not None else None
        if key is not None and key not in keys.values():
            keys[index] = key
    missing = [column.header for column in COLUMNS if column.key not in keys.values()
               and column.key in ("full_name", "birth_year", "gender", "party_member",
                                  "position")]
    if missing:
        message = _("sheet '{sheet}', row 1: the columns {columns} are missing; keep the header "
                    "row as export-people wrote it").format(
            sheet=sheet, columns=", ".join(f"'{name}'" for name in missing))
        raise DataError([Issue(path, message)])
    return keys


def _fold(text: str) -> str:
    return " ".join(nfc(text).casefold().split())


def _clean(value: Any) -> Any:
    """Blank text is None; text is NFC, trimmed; whole floats become ints."""
    if value is None:
        return None
    if isinstance(value, str):
        text = nfc(value).strip()
        return text or None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value
