"""Đề án nhân sự: the personnel scheme with its annex table."""

from __future__ import annotations

from .builder import Builder
from .header import opening
from .sections import COMMON_VARS, delegation_lists
from .signature import signature_block
from .tables import grid_table

FILENAME = "05-de-an-nhan-su.docx"


def build() -> Builder:
    """The template, ready to save."""
    b = Builder("Đề án nhân sự")
    opening(
        b,
        "Đề án nhân sự. Biến: " + COMMON_VARS + ", sections.*, bases, personnel.criteria, "
        "personnel.process, personnel.approval, personnel.closing, committee.name, "
        "committee.size_text, committee.size_comparison, committee.categories[].line, "
        "committee.structure_intro, committee.compare_label, committee.shares[].number, .label, "
        ".count_text, .percent, .previous, .change, committee.young_note, "
        "committee.standing_counts.*, committee.standing[].proposal, has_delegation, "
        "upper_congress.full, delegation.official[].item, delegation.alternates[].item, "
        "committee.rows[].number, .name, .born_male, .born_female, .ethnicity, .religion, "
        ".general_education, .professional, .political, .party, .position, .category, .status, "
        "annex.title_lines, annex.note",
    )
    b.heading(2, "{{ sections.bases }}. CĂN CỨ XÂY DỰNG ĐỀ ÁN")
    b.bullets("bases")
    b.tag("if sections.criteria")
    b.heading(2, "{{ sections.criteria }}. TIÊU CHUẨN ỦY VIÊN ỦY BAN MTTQ VIỆT NAM "
                 "{{ unit.upper }} KHÓA {{ congress.roman }}")
    b.bullets("personnel.criteria")
    b.tag("endif")
    b.tag("if sections.structure")
    b.heading(2, "{{ sections.structure }}. SỐ LƯỢNG, CƠ CẤU")
    b.heading(3, "1. Số lượng")
    b.para(
        "{{ committee.name }} dự kiến gồm {{ committee.size_text }} vị"
        "{% if committee.size_comparison %} ({{ committee.size_comparison }}){% endif %}."
    )
    b.heading(3, "2. Thành phần")
    b.loop("category", "committee.categories", "- {{ category.line }}")
    b.heading(3, "3. Cơ cấu kết hợp")
    b.para("{{ committee.structure_intro }}")
    grid_table(
        b,
        [["TT", "Cơ cấu", "Số người", "Tỷ lệ", "{{ committee.compare_label }} (số người, tỷ lệ)",
          "So với {{ outgoing.previous_word }}"]],
        (1.0, 4.6, 2.0, 2.2, 3.6, 3.1),
        "share in committee.shares",
        ["{{ share.number }}", "{{ share.label }}", "{{ share.count_text }}",
         "{{ share.percent }}", "{{ share.previous }}", "{{ share.change }}"],
        centred=(0, 2, 3, 4, 5),
    )
    b.para("{{ committee.young_note }}", "Basis")
    b.tag("endif")
    b.tag("if sections.standing")
    b.heading(2, "{{ sections.standing }}. BAN THƯỜNG TRỰC")
    b.para(
        "Ban Thường trực {{ committee.name }} dự kiến gồm "
        "{{ committee.standing_counts.total_text }} vị ({{ committee.standing_counts.breakdown }}):"
    )
    b.loop("member", "committee.standing", "- {{ member.proposal }}")
    b.tag("endif")
    b.tag("if has_delegation")
    b.heading(2, "{{ sections.delegation }}. ĐOÀN ĐẠI BIỂU DỰ ĐẠI HỘI CẤP TRÊN")
    b.para(
        "Đoàn đại biểu dự {{ upper_congress.full }} dự kiến gồm "
        "{{ delegation.official_count_text }} đại biểu chính thức"
        "{% if delegation.has_alternates %} và {{ delegation.alternate_count_text }} đại biểu "
        "dự khuyết{% endif %}:"
    )
    delegation_lists(b)
    b.tag("endif")
    b.tag("if sections.process")
    b.heading(2, "{{ sections.process }}. QUY TRÌNH HIỆP THƯƠNG")
    b.bullets("personnel.process")
    b.tag("endif")
    b.tag("if personnel.approval")
    b.para("{{ personnel.approval }}")
    b.tag("endif")
    b.para("{{ personnel.closing }}")
    signature_block(b)

    b.landscape_section()
    b.para("Phụ lục", "Annex Label")
    b.loop("line", "annex.title_lines", "{{ line }}", "Annex Title")
    b.para("{{ annex.note }}", "Annex Note")
    # 25,0 cm: the landscape text width is 29,7 - 2,0 - 2,0 = 25,7 cm.
    widths = (1.2, 3.8, 1.3, 1.3, 1.5, 1.6, 1.4, 2.1, 1.8, 1.3, 4.1, 2.3, 1.3)
    heads = [
        ["STT", "Họ và tên", "Năm sinh", "", "Dân tộc", "Tôn giáo", "Trình độ", "", "",
         "Đảng viên", "Chức vụ, nơi công tác", "Thành phần", "Ghi chú"],
        ["", "", "Nam", "Nữ", "", "", "Phổ thông", "Chuyên môn", "Lý luận chính trị", "", "",
         "", ""],
    ]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 1, 4), (0, 5, 1, 5),
              (0, 6, 0, 8), (0, 9, 1, 9), (0, 10, 1, 10), (0, 11, 1, 11), (0, 12, 1, 12)]
    grid_table(
        b,
        heads,
        widths,
        "row in committee.rows",
        ["{{ row.number }}", "{{ row.name }}", "{{ row.born_male }}", "{{ row.born_female }}",
         "{{ row.ethnicity }}", "{{ row.religion }}", "{{ row.general_education }}",
         "{{ row.professional }}", "{{ row.political }}", "{{ row.party }}", "{{ row.position }}",
         "{{ row.category }}", "{{ row.status }}"],
        small=True,
        merges=merges,
        centred=(0, 2, 3, 4, 5, 6, 9, 12),
    )
    return b
