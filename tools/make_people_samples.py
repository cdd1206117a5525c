"""Write the sample people workbooks into data/people/ (re-runnable; the .xlsx files are committed).

Run from the repository root:  python tools/make_people_samples.py

- ban-hon.xlsx: `export-people data/tam-duong/ban-hon.yaml` as it is;
- ban-hon-dong-loi.xlsx: the same with one bad row (a gender not in the list, a Party
  membership neither "Có" nor "Không"), which `import-people` must refuse, naming that row.
"""

from __future__ import annotations

import io
from pathlib import Path

from openpyxl import load_workbook

from congress_docs.fileio import write_bytes_atomic
from congress_docs.loading import load_congress
from congress_docs.sheets.people_columns import COLUMNS, PEOPLE_SHEET
from congress_docs.sheets.people_export import people_workbook

ROOT = Path(__file__).resolve().parents[1]
COMMUNE = ROOT / "data" / "tam-duong" / "ban-hon.yaml"
FOLDER = ROOT / "data" / "people"
GOOD = FOLDER / "ban-hon.xlsx"
BAD = FOLDER / "ban-hon-dong-loi.xlsx"
BAD_ROW = 7
BAD_CELLS = {"gender": "Nữ giới", "party_member": "Chưa"}


def main() -> None:
    """Write both workbooks."""
    data = people_workbook(load_congress(COMMUNE).model)
    write_bytes_atomic(GOOD, data)
    book = load_workbook(io.BytesIO(data))
    sheet = book[PEOPLE_SHEET]
    for key, value in BAD_CELLS.items():
        column = next(i for i, c in enumerate(COLUMNS, start=1) if c.key == key)
        sheet.cell(BAD_ROW, column).value = value
    out = io.BytesIO()
    book.save(out)
    write_bytes_atomic(BAD, out.getvalue())


if __name__ == "__main__":
    main()
