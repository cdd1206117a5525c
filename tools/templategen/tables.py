"""Bordered data tables with repeated heading rows and one docxtpl row loop."""

from __future__ import annotations

from collections.abc import Sequence

from docx.table import Table

from .builder import Builder
from .ooxml import cant_split, cell_valign, fixed_layout, repeat_header


def grid_table(b: Builder, heads: Sequence[Sequence[str]], widths: Sequence[float], loop: str,
               cells: Sequence[str], *, small: bool = False,
               merges: Sequence[tuple[int, int, int, int]] = (),
               centred: Sequence[int] = (0,)) -> Table:
    """A bordered table: heading rows (repeated on each page), then one row per loop item."""
    heading_style = "Small Table Heading" if small else "Table Heading"
    text_style = "Small Table Text" if small else "Table Text"
    number_style = "Small Table Number" if small else "Table Number"
    columns = len(widths)
    table = b.doc.add_table(rows=len(heads) + 3, cols=columns)
    table.style = b.doc.styles["Table Grid"]
    fixed_layout(table, widths)
    for row_index, head in enumerate(heads):
        row = table.rows[row_index]
        repeat_header(row)
        for cell, text in zip(row.cells, head, strict=True):
            cell.paragraphs[0].style = b.doc.styles[heading_style]
            if text:
                cell.paragraphs[0].add_run(text)
            cell_valign(cell, "center")
    for top, left, bottom, right in merges:
        start = table.cell(top, left)
        end = table.cell(bottom, right)
        keep = start.paragraphs[0].text
        merged = start.merge(end)
        for paragraph in merged.paragraphs[1:]:
            paragraph._p.getparent().remove(paragraph._p)
        if merged.paragraphs[0].text != keep:
            merged.paragraphs[0].text = keep
    base = len(heads)
    opener, body, closer = table.rows[base], table.rows[base + 1], table.rows[base + 2]
    opener.cells[0].paragraphs[0].text = f"{{%tr for {loop} %}}"
    closer.cells[0].paragraphs[0].text = "{%tr endfor %}"
    cant_split(body)
    for index, (cell, text) in enumerate(zip(body.cells, cells, strict=True)):
        style = number_style if index in centred else text_style
        cell.paragraphs[0].style = b.doc.styles[style]
        cell.paragraphs[0].add_run(text)
    for row in (opener, closer):
        for cell in row.cells:
            cell.paragraphs[0].style = b.doc.styles[text_style]
    return table
