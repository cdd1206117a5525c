"""The top of every document: comment, draft label, issuer | Quốc hiệu table, type and summary."""

from __future__ import annotations

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from .builder import Builder
from .measures import (
    CELL_MARGIN_CM,
    HEADER_LEFT_CM,
    HEADER_RIGHT_CM,
    ISSUER_RULE_CM,
    MOTTO_WIDTH_CM,
    SUMMARY_RULE_CM,
    TEXT_WIDTH_CM,
)
from .ooxml import border, fixed_layout, no_table_borders, run_box


def opening(builder: Builder, comment: str, *, subtitle: str = "") -> None:
    """Variable comment, draft label, header table and title block, in that order."""
    builder.comment(comment)
    draft_mark(builder)
    header_table(builder)
    title_block(builder, subtitle=subtitle)


def draft_mark(b: Builder) -> None:
    """The boxed "DỰ THẢO" label, shown only while the document is a draft."""
    b.tag("if draft.show")
    paragraph = b.doc.add_paragraph(style="Draft Mark")
    run = paragraph.add_run("{{ draft.label }}")
    run_box(run._r)
    b.tag("endif")


def header_table(b: Builder) -> None:
    """Issuer | Quốc hiệu and Tiêu ngữ; then Số | place and date on the same row."""
    table = b.doc.add_table(rows=2, cols=2)
    no_table_borders(table)
    fixed_layout(table, (HEADER_LEFT_CM, HEADER_RIGHT_CM), margins_cm=CELL_MARGIN_CM)
    inner_left = HEADER_LEFT_CM - 2 * CELL_MARGIN_CM
    inner_right = HEADER_RIGHT_CM - 2 * CELL_MARGIN_CM
    issuer, national = table.rows[0].cells
    first = issuer.paragraphs[0]
    first.text = "{%p for line in header.parent_lines %}"
    b.para("{{ line }}", "Issuer", container=issuer)
    b.tag("endfor", container=issuer)
    b.tag("for line in header.issuer_lines", container=issuer)
    b.para("{{ line }}", "Issuer Name", container=issuer)
    b.tag("endfor", container=issuer)
    b.rule(ISSUER_RULE_CM, inner_left, container=issuer)
    quoc_hieu = national.paragraphs[0]
    quoc_hieu.style = b.doc.styles["National Name"]
    quoc_hieu.add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    motto = b.para("Độc lập - Tự do - Hạnh phúc", "National Motto", container=national)
    side = max(0.0, (inner_right - MOTTO_WIDTH_CM) / 2)
    motto.paragraph_format.left_indent = Cm(side)
    motto.paragraph_format.right_indent = Cm(side)
    border(motto._p.get_or_add_pPr(), "bottom")
    number, date = table.rows[1].cells
    number.paragraphs[0].style = b.doc.styles["Number Line"]
    number.paragraphs[0].add_run("{{ header.number_line }}")
    date.paragraphs[0].style = b.doc.styles["Date Line"]
    date.paragraphs[0].add_run("{{ header.date_line }}")


def title_block(b: Builder, *, subtitle: str = "") -> None:
    """Document type, summary lines and the short rule under them."""
    b.para("{{ title.type }}", "Document Type")
    b.loop("line", "title.summary_lines", "{{ line }}", "Document Summary")
    b.rule(SUMMARY_RULE_CM, TEXT_WIDTH_CM, after_pt=12)
    if subtitle:
        b.para(subtitle, "Subtitle Line")


def addressee(b: Builder, text: str) -> None:
    """"Kính gửi: …" on its own centred line after the title (NĐ 30 box 9a: upright)."""
    paragraph = b.para(text)
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.paragraph_format.first_line_indent = Cm(0)
    paragraph.paragraph_format.space_after = Pt(12)
