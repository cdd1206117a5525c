"""Báo cáo kiểm điểm: the outgoing committee reviews its own work."""

from __future__ import annotations

from .builder import Builder
from .header import opening
from .sections import COMMON_VARS
from .signature import signature_block

FILENAME = "02-bao-cao-kiem-diem.docx"


def build() -> Builder:
    """The template, ready to save."""
    b = Builder("Báo cáo kiểm điểm")
    opening(
        b,
        "Báo cáo kiểm điểm. Biến: " + COMMON_VARS + ", history.start_sentence, "
        "history.changes_intro, history.changes, history.end_sentence, review.activity_sentence, "
        "review.leadership, review.coordination, review.self_assessment, review.closing, "
        "indicator_summary.sentence, assessment.*",
    )
    b.tag("if history")
    b.para("{{ history.start_sentence }}")
    b.para("{{ history.changes_intro }}")
    b.loop("item", "history.changes", "- {{ item }}")
    b.para("{{ history.end_sentence }}")
    b.tag("endif")
    b.para(
        "Thực hiện Điều lệ Mặt trận Tổ quốc Việt Nam và hướng dẫn của Ủy ban MTTQ Việt Nam cấp "
        "trên, {{ front.short }} khóa {{ previous.roman }} kiểm điểm hoạt động nhiệm kỳ "
        "{{ previous.term }} như sau:"
    )
    b.heading(2, "I. KẾT QUẢ LÃNH ĐẠO, CHỈ ĐẠO THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI")
    b.heading(3, "1. Lãnh đạo, chỉ đạo thực hiện Nghị quyết Đại hội và chương trình công tác "
                 "toàn khóa")
    b.para("{{ review.activity_sentence }}")
    b.paragraphs("review.leadership")
    b.para("{{ indicator_summary.sentence }}")
    b.heading(3, "2. Chủ trì phối hợp hoạt động và thực hiện quy chế hoạt động")
    b.paragraphs("review.coordination")
    b.heading(2, "II. ƯU ĐIỂM")
    b.bullets("assessment.strengths")
    b.heading(2, "III. HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN")
    b.heading(3, "1. Hạn chế, khuyết điểm")
    b.bullets("assessment.limitations")
    b.heading(3, "2. Nguyên nhân")
    b.heading(4, "a) Nguyên nhân khách quan")
    b.bullets("assessment.objective_causes")
    b.heading(4, "b) Nguyên nhân chủ quan")
    b.bullets("assessment.subjective_causes")
    b.heading(2, "IV. BÀI HỌC KINH NGHIỆM")
    b.bullets("assessment.lessons")
    b.tag("if review.self_assessment")
    b.heading(2, "V. TỰ ĐÁNH GIÁ")
    b.paragraphs("review.self_assessment")
    b.tag("endif")
    b.para("{{ review.closing }}")
    signature_block(b)
    return b
