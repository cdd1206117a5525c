"""Biên bản hội nghị lần thứ nhất: attendance and the hiệp thương of the standing committee."""

from __future__ import annotations

from .builder import Builder
from .header import opening
from .sections import COMMON_VARS
from .signature import two_signatures

FILENAME = "10-bien-ban-hoi-nghi-lan-thu-nhat.docx"


def build() -> Builder:
    """The template, ready to save."""
    b = Builder("Biên bản hội nghị lần thứ nhất")
    opening(
        b,
        "Biên bản hội nghị lần thứ nhất. Biến: " + COMMON_VARS + ", minutes.* (opening, "
        "attendance, chair_line, secretary_line, standing_size, results[].line, report_up, "
        "closing, secretary_name)",
    )
    b.para("{{ minutes.opening }}")
    b.heading(2, "I. THÀNH PHẦN")
    b.para("{{ minutes.attendance }}")
    b.para("{{ minutes.chair_line }}")
    b.para("{{ minutes.secretary_line }}")
    b.heading(2, "II. NỘI DUNG")
    b.heading(3, "1. Số lượng Ban Thường trực")
    b.para("{{ minutes.standing_size }}")
    b.heading(3, "2. Hiệp thương cử Ban Thường trực")
    b.para("Hội nghị đã hiệp thương dân chủ, biểu quyết công khai cử:")
    b.loop("row", "minutes.results", "- {{ row.line }}")
    b.heading(3, "3. Công việc tiếp theo")
    b.para("{{ minutes.report_up }}")
    b.para("{{ minutes.closing }}")
    two_signatures(b, "THƯ KÝ", "{{ minutes.secretary_name }}")
    return b
