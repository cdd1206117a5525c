"""Apply a congress file's page layout (margins, body size, spacing) to a rendered document."""

from __future__ import annotations

import io

from docx import Document
from docx.shared import Cm, Mm, Pt

from congress_docs.models import Layout

__all__ = ["apply_layout"]

# Styles that carry the body size; header and footer styles keep their own smaller sizes.
_BODY_STYLES = ("Normal", "Heading 1", "Heading 2", "Heading 3", "Heading 4")


def apply_layout(docx: bytes, layout: Layout) -> bytes:
    """Return the document with the layout's margins and body settings; unchanged for defaults."""
    if layout == Layout():
        return docx
    document = Document(io.BytesIO(docx))
    _set_margins(document, layout)
    _set_body_styles(document, layout)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _set_margins(document: object, layout: Layout) -> None:
    for section in document.sections:  # type: ignore[attr-defined]
        # Landscape annexes are laid out for their own page shape; only portrait pages follow.
        if section.page_width > section.page_height:
            continue
        section.top_margin = Mm(layout.margin_top_mm)
        section.bottom_margin = Mm(layout.margin_bottom_mm)
        section.left_margin = Mm(layout.margin_left_mm)
        section.right_margin = Mm(layout.margin_right_mm)


def _set_body_styles(document: object, layout: Layout) -> None:
    styles = document.styles  # type: ignore[attr-defined]
    for name in _BODY_STYLES:
        style = styles[name]
        style.font.size = Pt(layout.body_size_pt)
        paragraph = style.paragraph_format
        paragraph.line_spacing = layout.line_spacing
        if paragraph.first_line_indent:
            paragraph.first_line_indent = Cm(layout.first_line_indent_cm)
        if name == "Normal":
            paragraph.space_after = Pt(layout.paragraph_spacing_pt)
