"""Báo cáo chính trị: the political report of the outgoing committee."""

from __future__ import annotations

from .builder import Builder
from .header import opening
from .sections import COMMON_VARS, blocks
from .signature import signature_block
from .tables import grid_table

FILENAME = "01-bao-cao-chinh-tri.docx"


def build() -> Builder:
    """The template, ready to save."""
    b = Builder("Báo cáo chính trị")
    opening(
        b,
        "Báo cáo chính trị. Biến: " + COMMON_VARS + ", congress.theme, congress.term, "
        "report.opening, report.lead_in, report.conclusion, part_one_title, part_one[].level, "
        ".heading, .paragraphs, indicator_caption, indicator_table[].number, .name, .target, "
        ".result, .ratio, .status_label, assessment_blocks[], part_two[]",
        subtitle="",
    )
    b.tag("if congress.theme")
    b.para("Chủ đề Đại hội: “{{ congress.theme }}”", "Subtitle Line")
    b.tag("endif")
    b.paragraphs("report.opening")
    b.tag("if report.lead_in")
    b.para("{{ report.lead_in }}")
    b.tag("endif")

    b.part_heading("Phần thứ nhất", "{{ part_one_title }}")
    blocks(b, "part_one")
    b.tag("if indicator_table")
    b.para("Bảng: {{ indicator_caption }}", "Table Caption")
    grid_table(
        b,
        [["TT", "Chỉ tiêu", "Chỉ tiêu Nghị quyết", "Kết quả", "Tỷ lệ so với chỉ tiêu",
          "Đánh giá"]],
        (0.9, 5.1, 3.1, 3.1, 2.0, 2.3),
        "row in indicator_table",
        ["{{ row.number }}", "{{ row.name }}", "{{ row.target }}", "{{ row.result }}",
         "{{ row.ratio }}", "{{ row.status_label }}"],
        centred=(0, 2, 3, 4, 5),
    )
    b.tag("endif")
    blocks(b, "assessment_blocks")

    b.part_heading(
        "Phần thứ hai",
        "PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP NHIỆM KỲ {{ congress.term }}",
    )
    blocks(b, "part_two")

    b.heading(1, "KẾT LUẬN")
    b.paragraphs("report.conclusion")
    signature_block(b)
    return b
