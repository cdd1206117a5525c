"""Báo cáo thẩm tra tư cách đại biểu: attendance by category, composition, the conclusion."""

from __future__ import annotations

from .builder import Builder
from .header import opening
from .sections import COMMON_VARS
from .signature import signature_block
from .tables import grid_table

FILENAME = "08-bao-cao-tham-tra-tu-cach.docx"


def _share_table(b: Builder, heading: str, sequence: str) -> None:
    grid_table(
        b,
        [["TT", heading, "Số đại biểu", "Tỷ lệ"]],
        (1.0, 9.5, 3.0, 3.0),
        f"row in {sequence}",
        ["{{ row.number }}", "{{ row.label }}", "{{ row.count }}", "{{ row.percent }}"],
        centred=(0, 2, 3),
    )


def build() -> Builder:
    """The template, ready to save."""
    b = Builder("Báo cáo thẩm tra tư cách đại biểu")
    opening(
        b,
        "Báo cáo thẩm tra tư cách đại biểu. Biến: " + COMMON_VARS + ", credentials.* "
        "(checkers_count_text, total_text, present_text, present_percent, has_absent, "
        "absent_text, absent_note, attendance[], quorum_sentence, composition[], age_groups[], "
        "education_groups[], conclusion, valid_text, proposal)",
    )
    b.para("Căn cứ Điều lệ Mặt trận Tổ quốc Việt Nam và Quy chế làm việc của Đại hội, Ban Thẩm "
           "tra tư cách đại biểu gồm {{ credentials.checkers_count_text }} vị đã thẩm tra tư cách "
           "đại biểu dự Đại hội, báo cáo như sau:")
    b.heading(2, "I. SỐ LƯỢNG ĐẠI BIỂU")
    b.para("Tổng số đại biểu chính thức được triệu tập: {{ credentials.total_text }} đại biểu; có "
           "mặt: {{ credentials.present_text }} đại biểu, chiếm {{ credentials.present_percent }}"
           "{% if credentials.has_absent %}; vắng mặt: {{ credentials.absent_text }} đại biểu"
           "{% if credentials.absent_note %} ({{ credentials.absent_note }}){% endif %}"
           "{% endif %}.")
    grid_table(
        b,
        [["TT", "Thành phần", "Triệu tập", "Có mặt", "Vắng mặt"]],
        (1.0, 8.0, 2.5, 2.5, 2.5),
        "row in credentials.attendance",
        ["{{ row.number }}", "{{ row.label }}", "{{ row.summoned }}", "{{ row.present }}",
         "{{ row.absent }}"],
        centred=(0, 2, 3, 4),
    )
    b.para("{{ credentials.quorum_sentence }}")
    b.heading(2, "II. CƠ CẤU ĐẠI BIỂU CHÍNH THỨC")
    _share_table(b, "Cơ cấu", "credentials.composition")
    b.tag("if credentials.age_groups")
    b.para("Theo độ tuổi:", "Table Caption")
    _share_table(b, "Độ tuổi", "credentials.age_groups")
    b.tag("endif")
    b.tag("if credentials.education_groups")
    b.para("Theo trình độ chuyên môn:", "Table Caption")
    _share_table(b, "Trình độ chuyên môn", "credentials.education_groups")
    b.tag("endif")
    b.heading(2, "III. KẾT QUẢ THẨM TRA")
    b.para("{{ credentials.conclusion }}")
    b.para("{{ credentials.proposal }}")
    signature_block(b)
    return b
