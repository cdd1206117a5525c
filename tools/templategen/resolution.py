"""Dự thảo Nghị quyết Đại hội: the draft resolution of the congress."""

from __future__ import annotations

from .builder import Builder
from .header import opening
from .sections import COMMON_VARS, blocks
from .signature import signature_block

FILENAME = "04-du-thao-nghi-quyet.docx"


def build() -> Builder:
    """The template, ready to save."""
    b = Builder("Nghị quyết Đại hội")
    opening(
        b,
        "Dự thảo Nghị quyết Đại hội. Biến: " + COMMON_VARS + ", congress.name_upper, bases, "
        "articles.*, "
        "report_approval, direction_blocks[].level, .heading, .paragraphs, review_approval, "
        "committee.name, committee.size_text, committee.standing_counts.total_text, "
        "committee.standing_counts.breakdown, committee.standing[].item, has_delegation, "
        "upper_congress.full, delegation.official_count_text, delegation.alternate_count_text, "
        "delegation.has_alternates, unit.full, adopted_line",
    )
    b.para("{{ congress.name_upper }}", "Centred Bold")
    b.paragraphs("bases", "Basis")
    b.para("QUYẾT NGHỊ:", "Centred Bold")

    b.heading(3, "Điều {{ articles.report }}. Tán thành Báo cáo chính trị")
    b.para("{{ report_approval }}")
    b.heading(3, "Điều {{ articles.direction }}. Phương hướng, mục tiêu, chỉ tiêu và khâu đột phá "
                 "nhiệm kỳ {{ congress.term }}")
    blocks(b, "direction_blocks")
    b.heading(3, "Điều {{ articles.review }}. Tán thành Báo cáo kiểm điểm")
    b.para("{{ review_approval }}")
    b.heading(3, "Điều {{ articles.committee }}. Hiệp thương cử Ủy ban khóa mới")
    b.para(
        "Đại hội thống nhất hiệp thương dân chủ cử {{ committee.name }} gồm "
        "{{ committee.size_text }} vị. Hội nghị lần thứ nhất Ủy ban đã hiệp thương cử Ban Thường "
        "trực gồm {{ committee.standing_counts.total_text }} vị "
        "({{ committee.standing_counts.breakdown }}), gồm:"
    )
    b.loop("member", "committee.standing", "- {{ member.item }}")
    b.tag("if has_delegation")
    b.heading(3, "Điều {{ articles.delegation }}. Đoàn đại biểu dự Đại hội cấp trên")
    b.para(
        "Đại hội thống nhất hiệp thương cử Đoàn đại biểu dự {{ upper_congress.full }} gồm "
        "{{ delegation.official_count_text }} đại biểu chính thức"
        "{% if delegation.has_alternates %} và {{ delegation.alternate_count_text }} đại biểu "
        "dự khuyết{% endif %}."
    )
    b.tag("endif")
    b.heading(3, "Điều {{ articles.implementation }}. Tổ chức thực hiện")
    b.para(
        "Đại hội giao {{ committee.name }} căn cứ Nghị quyết này xây dựng chương trình công tác "
        "toàn khóa và kế hoạch hằng năm, chủ trì phối hợp với các tổ chức thành viên tổ chức "
        "thực hiện thắng lợi Nghị quyết Đại hội."
    )
    b.para(
        "Đại hội kêu gọi các tầng lớp Nhân dân trong {{ unit.full }} phát huy truyền thống đoàn "
        "kết, thi đua thực hiện thắng lợi Nghị quyết Đại hội, góp phần xây dựng quê hương ngày "
        "càng giàu đẹp, văn minh."
    )
    b.para("{{ adopted_line }}")
    signature_block(b)
    return b
