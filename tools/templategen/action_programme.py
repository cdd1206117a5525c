"""Chương trình hành động: the programmes of the new term with their tasks."""

from __future__ import annotations

from .builder import Builder
from .header import opening
from .sections import COMMON_VARS, targets_block
from .signature import signature_block
from .tables import grid_table

FILENAME = "03-chuong-trinh-hanh-dong.docx"


def build() -> Builder:
    """The template, ready to save."""
    b = Builder("Chương trình hành động")
    opening(
        b,
        "Chương trình hành động. Biến: " + COMMON_VARS + ", action.lead_in, action.objectives, "
        "action.implementation, new_term.general_objective, new_term.targets[].number, .text, "
        "new_term.other_targets, new_term.breakthroughs, programs[].number, .title, .tasks, "
        ".has_actions, .actions[].number, .content, .lead, .partners, .timing",
    )
    b.para("{{ action.lead_in }}")
    b.heading(2, "I. MỤC ĐÍCH, YÊU CẦU")
    b.bullets("action.objectives")
    b.heading(2, "II. MỤC TIÊU, CHỈ TIÊU")
    b.heading(3, "1. Mục tiêu tổng quát")
    b.paragraphs("new_term.general_objective")
    b.heading(3, "2. Các chỉ tiêu chủ yếu")
    targets_block(b, numbered=False)
    b.heading(3, "3. Khâu đột phá")
    b.bullets("new_term.breakthroughs")
    b.heading(2, "III. CÁC CHƯƠNG TRÌNH HÀNH ĐỘNG")
    b.tag("for program in programs")
    b.heading(3, "Chương trình {{ program.number }}: {{ program.title }}")
    b.heading(4, "a) Nội dung, giải pháp")
    b.loop("item", "program.tasks", "- {{ item }}")
    b.tag("if program.has_actions")
    b.heading(4, "b) Phân công thực hiện")
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
    b.heading(2, "IV. TỔ CHỨC THỰC HIỆN")
    b.paragraphs("action.implementation")
    signature_block(b)
    return b
