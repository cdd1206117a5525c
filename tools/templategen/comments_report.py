"""Báo cáo tổng hợp ý kiến góp ý: how comments were gathered, what they said, the answers."""

from __future__ import annotations

from .builder import Builder
from .header import opening
from .sections import COMMON_VARS
from .signature import signature_block

FILENAME = "11-bao-cao-tong-hop-y-kien.docx"


def build() -> Builder:
    """The template, ready to save."""
    b = Builder("Báo cáo tổng hợp ý kiến góp ý")
    opening(
        b,
        "Báo cáo tổng hợp ý kiến góp ý. Biến: " + COMMON_VARS + ", comments.* (gathering, "
        "total_sentence, agreement, groups[].number, .title, .count_text, .entries[].line, "
        ".response, closing)",
    )
    b.heading(2, "I. CÔNG TÁC TỔ CHỨC LẤY Ý KIẾN")
    b.para("{{ comments.gathering }}")
    b.heading(2, "II. KẾT QUẢ GÓP Ý")
    b.para("{{ comments.total_sentence }}")
    b.para("{{ comments.agreement }}")
    b.tag("for group in comments.groups")
    b.heading(3, "{{ group.number }}. {{ group.title }} ({{ group.count_text }} lượt ý kiến)")
    b.tag("for item in group.entries")
    b.para("- {{ item.line }}")
    b.tag("if item.response")
    b.para("{{ item.response }}", "Basis")
    b.tag("endif")
    b.tag("endfor")
    b.tag("endfor")
    b.para("{{ comments.closing }}")
    signature_block(b)
    return b
