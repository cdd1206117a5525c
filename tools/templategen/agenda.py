"""Chương trình Đại hội: the two sittings, each a table of time, item and presenter."""

from __future__ import annotations

from .builder import Builder
from .header import opening
from .sections import COMMON_VARS
from .signature import signature_block
from .tables import grid_table

FILENAME = "06-chuong-trinh-dai-hoi.docx"


def build() -> Builder:
    """The template, ready to save."""
    b = Builder("Chương trình Đại hội")
    opening(
        b,
        "Chương trình Đại hội. Biến: " + COMMON_VARS + ", congress.when, agenda.venue_line, "
        "agenda.sittings[].title, .when, .rows[].number, .time, .content, .presenter, "
        "agenda.closing",
    )
    b.para("Thời gian: {{ congress.when }}.")
    b.tag("if agenda.venue_line")
    b.para("{{ agenda.venue_line }}")
    b.tag("endif")
    b.tag("for sitting in agenda.sittings")
    b.heading(2, "{{ sitting.title }}")
    b.para("{{ sitting.when }}", "Basis")
    grid_table(
        b,
        [["TT", "Thời gian", "Nội dung", "Người thực hiện"]],
        (1.0, 2.3, 7.7, 5.5),
        "row in sitting.rows",
        ["{{ row.number }}", "{{ row.time }}", "{{ row.content }}", "{{ row.presenter }}"],
        centred=(0, 1),
    )
    b.tag("endfor")
    b.para("{{ agenda.closing }}")
    signature_block(b)
    return b
