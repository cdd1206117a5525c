"""Chương trình hành động: the programmes of the new term with their tasks."""

from __future__ import annotations

from .builder import Builder
from .header import opening
from .sections import COMMON_VARS, blocks
from .signature import signature_block
from .tables import grid_table

FILENAME = "03-chuong-trinh-hanh-dong.docx"


def build() -> Builder:
    """The template, ready to save."""
    b = Builder("Chương trình hành động")
    opening(
        b,
        "Chương trình hành động. Biến: " + COMMON_VARS + ", action.lead_in, head_blocks[].level, "
        ".heading, .paragraphs, sections.programs, sections.implementation, programs[].number, "
        ".title, .tasks, .letters.tasks, .letters.actions, .has_actions, .actions[].number, "
        ".content, .lead, .partners, .timing, action.implementation",
    )
    b.para("{{ action.lead_in }}")
    blocks(b, "head_blocks")
    b.tag("if sections.programs")
    b.heading(2, "{{ sections.programs }}. CÁC CHƯƠNG TRÌNH HÀNH ĐỘNG")
    b.tag("for program in programs")
    b.heading(3, "Chương trình {{ program.number }}: {{ program.title }}")
    b.tag("if program.letters.tasks")
    b.heading(4, "{{ program.letters.tasks }}) Nội dung, giải pháp")
    b.loop("item", "program.tasks", "- {{ item }}")
    b.tag("endif")
    b.tag("if program.has_actions")
    b.heading(4, "{{ program.letters.actions }}) Phân công thực hiện")
    grid_table(
        b,
        [["TT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"]],
        (1.0, 6.3, 3.3, 3.5, 2.4),
        "item in program.actions",
        ["{{ item.number }}", "{{ item.content }}", "{{ item.lead }}", "{{ item.partners }}",
         "{{ item.timing }}"],
        centred=(0, 4),
    )
    b.tag("endif")
    b.tag("endfor")
    b.tag("endif")
    b.heading(2, "{{ sections.implementation }}. TỔ CHỨC THỰC HIỆN")
    b.paragraphs("action.implementation")
    signature_block(b)
    return b
