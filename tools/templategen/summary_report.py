"""Báo cáo tổng hợp: the district summary of every commune's preparation, with its annex tables."""

from __future__ import annotations

from collections.abc import Sequence

from docx.table import Table

from .builder import Builder
from .header import opening
from .ooxml import cant_split
from .sections import COMMON_VARS
from .signature import signature_block
from .tables import grid_table

FILENAME = "summary/bao-cao-tong-hop.docx"

_PROGRESS_CELLS = ("number", "unit", "date", "pilot", "deadline", "status", "delegates",
                   "committee", "standing", "errors", "warnings", "to_fill", "documents")
_SHARE_CELLS = ("number", "unit", "committee", "women", "ethnic_minority", "non_party",
                "religious", "young", "re_elected", "new")


def build() -> Builder:
    """The template, ready to save."""
    b = Builder("Báo cáo tổng hợp")
    opening(
        b,
        "Báo cáo tổng hợp chuẩn bị Đại hội các đơn vị. Biến: " + COMMON_VARS + ", intro, "
        "progress[], people[], shares[].number, .label, .count, .percent, .average, "
        "shares_total, chart.marker, chart.caption, checks[], documents[], closing, "
        "annex.title_lines, annex.note, progress_rows[].*, progress_total.*, "
        "progress_average.*, share_rows[].*, share_total.*, share_average.*",
    )
    b.para("{{ intro }}")
    b.heading(2, "I. TIẾN ĐỘ TỔ CHỨC ĐẠI HỘI")
    b.bullets("progress")
    b.heading(2, "II. ĐẠI BIỂU VÀ NHÂN SỰ ỦY BAN KHÓA MỚI")
    b.bullets("people")
    b.para("Cơ cấu kết hợp của Ủy ban khóa mới (dự kiến), chung của các đơn vị:")
    table = grid_table(
        b,
        [["TT", "Cơ cấu", "Số người", "Tỷ lệ chung", "Bình quân các đơn vị"]],
        (1.0, 6.0, 2.4, 2.6, 4.5),
        "share in shares",
        ["{{ share.number }}", "{{ share.label }}", "{{ share.count }}", "{{ share.percent }}",
         "{{ share.average }}"],
        centred=(0, 2, 3, 4),
    )
    _static_row(b, table, ("", "{{ shares_total.label }}", "{{ shares_total.count }}", "", ""),
                "Table Heading")
    b.para("{{ chart.marker }}", "Centred Bold")
    b.para("{{ chart.caption }}", "Table Caption")
    b.heading(2, "III. KIỂM TRA DỮ LIỆU VÀ VĂN KIỆN")
    b.bullets("checks")
    b.bullets("documents")
    b.para("{{ closing }}")
    signature_block(b)

    b.landscape_section()
    b.para("Phụ lục", "Annex Label")
    b.loop("line", "annex.title_lines", "{{ line }}", "Annex Title")
    b.para("{{ annex.note }}", "Annex Note")
    b.para("1. Tiến độ, số lượng và kiểm tra dữ liệu", "Heading 3")
    progress = grid_table(
        b,
        [["STT", "Đơn vị", "Ngày đại hội", "Đại hội điểm", "Hạn hoàn thành", "Tiến độ",
          "Đại biểu chính thức", "Ủy viên Ủy ban", "Ban Thường trực", "Lỗi", "Cảnh báo",
          "Còn phải điền", "Văn kiện (tạo/sửa tay/PDF)"]],
        (1.1, 3.6, 2.1, 1.5, 2.1, 2.4, 1.9, 1.7, 1.7, 1.2, 1.6, 1.7, 2.6),
        "row in progress_rows",
        [f"{{{{ row.{name} }}}}" for name in _PROGRESS_CELLS],
        small=True,
        centred=(0, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12),
    )
    for total in ("progress_total", "progress_average"):
        _static_row(b, progress, [f"{{{{ {total}.{name} }}}}" for name in _PROGRESS_CELLS],
                    "Small Table Heading")
    b.para("2. Cơ cấu kết hợp của Ủy ban khóa mới (dự kiến): số người (tỷ lệ)", "Heading 3")
    shares = grid_table(
        b,
        [["STT", "Đơn vị", "Ủy viên", "Nữ", "Dân tộc thiểu số", "Ngoài Đảng", "Tôn giáo",
          "Trẻ tuổi", "Tái cử", "Tham gia lần đầu"]],
        (1.1, 3.9, 1.6, 2.65, 2.65, 2.65, 2.65, 2.65, 2.65, 2.65),
        "row in share_rows",
        [f"{{{{ row.{name} }}}}" for name in _SHARE_CELLS],
        small=True,
        centred=(0, 2, 3, 4, 5, 6, 7, 8, 9),
    )
    for total in ("share_total", "share_average"):
        _static_row(b, shares, [f"{{{{ {total}.{name} }}}}" for name in _SHARE_CELLS],
                    "Small Table Heading")
    return b


def _static_row(b: Builder, table: Table, cells: Sequence[str], style: str) -> None:
    """A row after the loop (totals, averages), in the heading style so it reads as a sum."""
    row = table.add_row()
    cant_split(row)
    for cell, text in zip(row.cells, cells, strict=True):
        paragraph = cell.paragraphs[0]
        paragraph.style = b.doc.styles[style]
        if text:
            paragraph.add_run(text)
