"""Báo cáo chính trị: the political report of the outgoing committee."""

from __future__ import annotations

from .builder import Builder
from .header import opening
from .sections import COMMON_VARS, assessment_sections, targets_block
from .signature import signature_block
from .tables import grid_table

FILENAME = "01-bao-cao-chinh-tri.docx"


def build() -> Builder:
    """The template, ready to save."""
    b = Builder("Báo cáo chính trị")
    opening(
        b,
        "Báo cáo chính trị. Biến: " + COMMON_VARS + ", congress.theme, congress.term, "
        "previous.term, previous.roman, unit.full, front.short, report.opening, report.lead_in, "
        "report.conclusion, locality.sentences, locality.member_organisations, "
        "locality.advantages, locality.difficulties, programs[].number, .title, .results, "
        ".indicator_sentences, .tasks, indicator_section_number, indicator_summary.sentence, "
        "indicator_table[].number, .name, .target, .result, .ratio, .status_label, "
        "assessment.*, new_term.*",
        subtitle="",
    )
    b.tag("if congress.theme")
    b.para("Chủ đề Đại hội: “{{ congress.theme }}”", "Subtitle Line")
    b.tag("endif")
    b.paragraphs("report.opening")
    b.tag("if report.lead_in")
    b.para("{{ report.lead_in }}")
    b.tag("endif")

    b.part_heading(
        "Phần thứ nhất",
        "TÌNH HÌNH NHÂN DÂN, KHỐI ĐẠI ĐOÀN KẾT TOÀN DÂN TỘC VÀ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT "
        "ĐẠI HỘI MẶT TRẬN TỔ QUỐC VIỆT NAM NHIỆM KỲ {{ previous.term }}",
    )
    b.heading(2, "I. ĐẶC ĐIỂM TÌNH HÌNH")
    b.paragraphs("locality.sentences")
    b.tag("if locality.member_organisations")
    b.para("{{ locality.member_organisations }}")
    b.tag("endif")
    b.heading(3, "1. Thuận lợi")
    b.bullets("locality.advantages")
    b.heading(3, "2. Khó khăn")
    b.bullets("locality.difficulties")

    b.heading(2, "II. KẾT QUẢ THỰC HIỆN CÁC CHƯƠNG TRÌNH HÀNH ĐỘNG")
    b.tag("for program in programs")
    b.heading(3, "{{ program.number }}. {{ program.title }}")
    b.loop("item", "program.results", "{{ item }}")
    b.tag("if program.indicator_sentences")
    b.para("Kết quả thực hiện các chỉ tiêu của chương trình:")
    b.loop("item", "program.indicator_sentences", "- {{ item }}")
    b.tag("endif")
    b.tag("endfor")
    b.heading(3, "{{ indicator_section_number }}. Kết quả thực hiện các chỉ tiêu chủ yếu")
    b.para("{{ indicator_summary.sentence }}")
    b.tag("if indicator_table")
    b.para("Bảng: Kết quả thực hiện các chỉ tiêu Nghị quyết nhiệm kỳ {{ previous.term }}",
           "Table Caption")
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

    b.heading(2, "III. ĐÁNH GIÁ CHUNG")
    assessment_sections(b, start=1, limitations_heading="Hạn chế, khuyết điểm")

    b.part_heading(
        "Phần thứ hai",
        "PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP NHIỆM KỲ {{ congress.term }}",
    )
    b.heading(2, "I. DỰ BÁO TÌNH HÌNH")
    b.heading(3, "1. Thuận lợi")
    b.bullets("new_term.forecast_advantages")
    b.heading(3, "2. Khó khăn, thách thức")
    b.bullets("new_term.forecast_difficulties")
    b.heading(2, "II. MỤC TIÊU TỔNG QUÁT")
    b.paragraphs("new_term.general_objective")
    b.heading(2, "III. CÁC CHỈ TIÊU CHỦ YẾU")
    targets_block(b)
    b.heading(2, "IV. KHÂU ĐỘT PHÁ")
    b.bullets("new_term.breakthroughs")
    b.heading(2, "V. NHIỆM VỤ VÀ GIẢI PHÁP")
    b.tag("for program in programs")
    b.heading(3, "{{ program.number }}. {{ program.title }}")
    b.loop("item", "program.tasks", "- {{ item }}")
    b.tag("endfor")

    b.heading(1, "KẾT LUẬN")
    b.paragraphs("report.conclusion")
    signature_block(b)
    return b
