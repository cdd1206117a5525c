"""Test helper: the text of a .docx in document order (paragraphs, then table rows)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

__all__ = ["docx_lines", "docx_text", "table_rows"]

CELL_SEPARATOR = " | "


def _open(source: Path | bytes) -> object:
    if isinstance(source, bytes):
        return Document(io.BytesIO(source))
    return Document(str(source))


def _paragraph_text(paragraph: Paragraph) -> str:
    # python-docx renders <w:br/> as "\n"; a heading split over two lines reads as one line here.
    return " ".join(paragraph.text.split())


def _blocks(parent: object) -> Iterator[Paragraph | Table]:
    body = parent.element.body  # type: ignore[attr-defined]
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            yield Paragraph(child, parent)  # type: ignore[arg-type]
        elif child.tag == qn("w:tbl"):
            yield Table(child, parent)  # type: ignore[arg-type]


def _row_texts(table: Table) -> list[str]:
    lines: list[str] = []
    for row in table.rows:
        cells: list[str] = []
        seen: set[int] = set()
        for cell in row.cells:
            # A merged cell is returned once per grid column it spans.
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            texts = [_paragraph_text(p) for p in cell.paragraphs]
            cells.append(" / ".join(text for text in texts if text))
        lines.append(CELL_SEPARATOR.join(cells))
    return lines


def docx_lines(source: Path | bytes) -> list[str]:
    """Non-empty lines: each body paragraph, and each table row as its cells joined by " | "."""
    document = _open(source)
    lines: list[str] = []
    for block in _blocks(document):
        if isinstance(block, Paragraph):
            text = _paragraph_text(block)
            if text:
                lines.append(text)
        else:
            lines.extend(line for line in _row_texts(block) if line.strip(" |/"))
    return lines


def docx_text(source: Path | bytes) -> str:
    """docx_lines joined with newlines, ending with one newline (the golden-file form)."""
    return "\n".join(docx_lines(source)) + "\n"


def table_rows(source: Path | bytes) -> list[list[list[str]]]:
    """Every table of the body as rows of cell texts (merged cells once)."""
    document = _open(source)
    tables: list[list[list[str]]] = []
    for block in _blocks(document):
        if isinstance(block, Table):
            tables.append([line.split(CELL_SEPARATOR) for line in _row_texts(block)])
    return tables
