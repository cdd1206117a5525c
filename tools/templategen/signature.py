"""The foot of every document: Nơi nhận on the left, authority and signer on the right."""

from __future__ import annotations

from docx.shared import Pt

from .builder import Builder
from .measures import CELL_MARGIN_CM, TEXT_WIDTH_CM
from .ooxml import cant_split, fixed_layout, no_table_borders


def signature_block(b: Builder) -> None:
    """Nơi nhận on the left, authority, position and name on the right (borderless table)."""
    table = b.doc.add_table(rows=1, cols=2)
    no_table_borders(table)
    widths = (7.5, TEXT_WIDTH_CM - 7.5)
    fixed_layout(table, widths, margins_cm=CELL_MARGIN_CM)
    cant_split(table.rows[0])
    left, right = table.rows[0].cells
    label = left.paragraphs[0]
    label.style = b.doc.styles["Recipients Label"]
    label.add_run("Nơi nhận:")
    b.loop("line", "recipients", "{{ line }}", "Recipient", container=left)
    authority = right.paragraphs[0]
    authority.style = b.doc.styles["Signature"]
    authority.paragraph_format.space_before = Pt(6)
    authority.add_run("{{ signature.authority }}")
    b.tag("if signature.title", container=right)
    b.para("{{ signature.title }}", "Signature", container=right)
    b.tag("endif", container=right)
    b.para("{{ signature.name }}", "Signer Name", container=right)


def two_signatures(b: Builder, left_title: str, left_name: str) -> None:
    """Minutes: two signers side by side, the secretary left and the chair right, no Nơi nhận."""
    table = b.doc.add_table(rows=1, cols=2)
    no_table_borders(table)
    half = TEXT_WIDTH_CM / 2
    fixed_layout(table, (half, half), margins_cm=CELL_MARGIN_CM)
    cant_split(table.rows[0])
    left, right = table.rows[0].cells
    title = left.paragraphs[0]
    title.style = b.doc.styles["Signature"]
    title.paragraph_format.space_before = Pt(6)
    title.add_run(left_title)
    b.para(left_name, "Signer Name", container=left)
    authority = right.paragraphs[0]
    authority.style = b.doc.styles["Signature"]
    authority.paragraph_format.space_before = Pt(6)
    authority.add_run("{{ signature.authority }}")
    b.tag("if signature.title", container=right)
    b.para("{{ signature.title }}", "Signature", container=right)
    b.tag("endif", container=right)
    b.para("{{ signature.name }}", "Signer Name", container=right)
