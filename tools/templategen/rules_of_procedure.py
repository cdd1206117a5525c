"""Quy chế làm việc của Đại hội: chapters and articles, numbered by the context."""

from __future__ import annotations

from .builder import Builder
from .header import opening
from .sections import COMMON_VARS
from .signature import signature_block

FILENAME = "07-quy-che-lam-viec.docx"


def _article(b: Builder, key: str) -> None:
    b.heading(3, f"Điều {{{{ procedure.article.{key}.number }}}}. "
                 f"{{{{ procedure.article.{key}.title }}}}")


def _chapter(b: Builder, index: int) -> None:
    b.part_heading(f"Chương {{{{ procedure.chapters[{index}].roman }}}}",
                   f"{{{{ procedure.chapters[{index}].title }}}}")


def _people(b: Builder, sequence: str) -> None:
    b.loop("person", sequence, "{{ person.number }}. {{ person.item }}")


def build() -> Builder:
    """The template, ready to save."""
    b = Builder("Quy chế làm việc của Đại hội")
    opening(
        b,
        "Quy chế làm việc. Biến: " + COMMON_VARS + ", congress.delegates.total_text, "
        "procedure.* (chapters, article.<key>.number/.title, delegate_sentence, guests_sentence, "
        "presidium[], secretariat[], checkers[], quorum, quorum_min_text, approval, has_upper, "
        "upper_full, closing)",
    )
    _chapter(b, 0)
    _article(b, "delegates")
    b.para("{{ procedure.delegate_sentence }}")
    b.tag("if procedure.guests_sentence")
    b.para("{{ procedure.guests_sentence }}")
    b.tag("endif")
    _article(b, "rights")
    for text in (
        "1. Đại biểu chính thức dự đầy đủ các phiên họp của Đại hội; có quyền thảo luận, phát "
        "biểu ý kiến và biểu quyết các nội dung Đại hội; vắng mặt phải báo cáo và được Đoàn Chủ "
        "tịch đồng ý.",
        "2. Đại biểu muốn phát biểu đăng ký với Đoàn Thư ký hoặc giơ tay khi Đoàn Chủ tịch mời; "
        "phát biểu ngắn gọn, đúng nội dung và trong thời gian Đoàn Chủ tịch bố trí.",
        "3. Khách mời dự các phiên họp chính thức, phát biểu khi được Đoàn Chủ tịch mời và không "
        "tham gia biểu quyết.",
        "4. Đại biểu, khách mời chấp hành sự điều hành của Đoàn Chủ tịch và nội quy của Đại hội.",
    ):
        b.para(text)
    _chapter(b, 1)
    _article(b, "presidium")
    b.para("Đoàn Chủ tịch Đại hội gồm {{ procedure.presidium_count_text }} vị, do Đại hội biểu "
           "quyết thông qua tại phiên trù bị:")
    _people(b, "procedure.presidium")
    b.para("Đoàn Chủ tịch điều hành Đại hội theo Chương trình và Quy chế đã được thông qua; làm "
           "việc theo nguyên tắc tập thể, hiệp thương dân chủ; giải quyết những vấn đề phát sinh "
           "trong thời gian Đại hội.")
    _article(b, "secretariat")
    b.para("Đoàn Thư ký Đại hội gồm {{ procedure.secretariat_count_text }} vị:")
    _people(b, "procedure.secretariat")
    b.para("Đoàn Thư ký ghi biên bản, tổng hợp ý kiến thảo luận của đại biểu, hoàn chỉnh dự thảo "
           "Nghị quyết Đại hội và giúp Đoàn Chủ tịch trong công việc văn phòng của Đại hội.")
    b.tag("if procedure.has_checkers")
    _article(b, "checkers")
    b.para("Ban Thẩm tra tư cách đại biểu gồm {{ procedure.checkers_count_text }} vị:")
    _people(b, "procedure.checkers")
    b.para("Ban Thẩm tra tư cách đại biểu thẩm tra tư cách đại biểu, báo cáo Đại hội xem xét, "
           "biểu quyết công nhận.")
    b.tag("endif")
    _chapter(b, 2)
    _article(b, "quorum")
    b.para("Đại hội được tiến hành khi có trên {{ procedure.quorum }} tổng số đại biểu chính thức "
           "được triệu tập có mặt, tức là từ {{ procedure.quorum_min_text }}/"
           "{{ congress.delegates.total_text }} đại biểu trở lên.")
    _article(b, "voting")
    b.para("1. Đại hội biểu quyết công khai bằng hình thức giơ thẻ đại biểu.")
    b.para("2. Một nội dung được thông qua khi có trên {{ procedure.approval }} tổng số đại biểu "
           "chính thức có mặt tán thành.")
    b.para("3. Đoàn Thư ký kiểm đếm, Đoàn Chủ tịch công bố kết quả từng lần biểu quyết.")
    _article(b, "election")
    b.para("1. Đại hội cử Ủy ban khóa mới theo nguyên tắc hiệp thương dân chủ, biểu quyết công "
           "khai bằng hình thức giơ thẻ đại biểu, không bỏ phiếu kín.")
    b.para("2. Đoàn Chủ tịch trình bày Tờ trình về số lượng, cơ cấu, danh sách; Đại hội thảo "
           "luận, biểu quyết thông qua số lượng, sau đó biểu quyết thông qua danh sách.")
    b.para("3. Người có tên trong danh sách được cử khi có trên {{ procedure.approval }} tổng số "
           "đại biểu chính thức có mặt tán thành.")
    b.tag("if procedure.has_upper")
    b.para("4. Đoàn đại biểu dự {{ procedure.upper_full }} được hiệp thương cử theo cách thức "
           "như trên.")
    b.tag("endif")
    _chapter(b, 3)
    _article(b, "effect")
    b.para("{{ procedure.closing }}")
    signature_block(b)
    return b
