"""Tờ trình: number, structure and list of the new committee and the delegation upward."""

from __future__ import annotations

from .builder import Builder
from .header import addressee, opening
from .sections import COMMON_VARS
from .signature import signature_block
from .tables import grid_table

FILENAME = "09-to-trinh-nhan-su.docx"


def build() -> Builder:
    """The template, ready to save."""
    b = Builder("Tờ trình nhân sự Ủy ban khóa mới")
    opening(
        b,
        "Tờ trình nhân sự. Biến: " + COMMON_VARS + ", proposal.* (addressee, bases, approval, "
        "lead_in, sections.*, has_upper, closing), committee.* (as in the personnel scheme), "
        "delegation.*, upper_congress.full, congress.roman",
    )
    addressee(b, "{{ proposal.addressee }}")
    b.loop("item", "proposal.bases", "Căn cứ {{ item }}", "Basis")
    b.tag("if proposal.approval")
    b.para("{{ proposal.approval }}")
    b.tag("endif")
    b.para("{{ proposal.lead_in }}")
    b.heading(3, "{{ proposal.sections.size }}")
    b.para("{{ committee.name }} gồm {{ committee.size_text }} vị"
           "{% if committee.size_comparison %} ({{ committee.size_comparison }}){% endif %}.")
    b.heading(3, "{{ proposal.sections.structure }}")
    b.loop("category", "committee.categories", "- {{ category.line }}")
    b.para("Cơ cấu kết hợp:")
    b.loop("line", "proposal.share_lines", "- {{ line }}")
    b.heading(3, "{{ proposal.sections.list }}")
    grid_table(
        b,
        [["TT", "Họ và tên", "Năm sinh", "Dân tộc", "Chức vụ, nơi công tác", "Thành phần"]],
        (1.0, 3.6, 1.6, 1.7, 5.4, 3.2),
        "row in committee.rows",
        ["{{ row.number }}", "{{ row.name }}", "{{ row.born_male }}{{ row.born_female }}",
         "{{ row.ethnicity }}", "{{ row.position }}", "{{ row.category }}"],
        centred=(0, 2, 3),
    )
    b.heading(3, "{{ proposal.sections.standing }}")
    b.para("Ban Thường trực {{ committee.name }} dự kiến gồm "
           "{{ committee.standing_counts.total_text }} vị "
           "({{ committee.standing_counts.breakdown }}), do Hội nghị lần thứ nhất Ủy ban khóa "
           "{{ congress.roman }} hiệp thương cử:")
    b.loop("member", "committee.standing", "- {{ member.proposal }}")
    b.tag("if proposal.has_upper")
    b.heading(3, "{{ proposal.sections.delegation }}")
    b.para("Đoàn đại biểu dự {{ upper_congress.full }} gồm {{ delegation.official_count_text }} "
           "đại biểu chính thức{% if delegation.has_alternates %} và "
           "{{ delegation.alternate_count_text }} đại biểu dự khuyết{% endif %}:")
    b.heading(4, "a) Đại biểu chính thức")
    b.loop("person", "delegation.official", "{{ person.number }}. {{ person.item }}")
    b.tag("if delegation.has_alternates")
    b.heading(4, "b) Đại biểu dự khuyết")
    b.loop("person", "delegation.alternates", "{{ person.number }}. {{ person.item }}")
    b.tag("endif")
    b.tag("endif")
    b.para("{{ proposal.closing }}")
    signature_block(b)
    return b
