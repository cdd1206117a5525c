"""The columns of the people sheet: Vietnamese headers, widths, and the closed lists of values."""

from __future__ import annotations

from dataclasses import dataclass

from congress_docs.context.people import CATEGORY_LABELS

__all__ = [
    "COLUMNS",
    "DELEGATION_LABELS",
    "NO",
    "PEOPLE_SHEET",
    "STANDING_LABELS",
    "YES",
    "Column",
    "choices_for",
]

PEOPLE_SHEET = "Danh sách"
YES, NO = "Có", "Không"
STANDING_LABELS = {"chair": "Chủ tịch", "vice_chair": "Phó Chủ tịch",
                   "standing_member": "Ủy viên Thường trực"}
DELEGATION_LABELS = {"official": "Chính thức", "alternates": "Dự khuyết"}


@dataclass(frozen=True)
class Column:
    """One column of the people sheet."""

    key: str
    header: str
    width: float
    note: str = ""
    text: bool = True  # formatted as text, so Excel never turns "9/12" into a date


COLUMNS: tuple[Column, ...] = (
    Column("id", "Mã", 18, "Mã định danh của người (chữ không dấu, số, '-'); để trống khi thêm "
                           "người mới: mã được tạo từ họ tên"),
    Column("full_name", "Họ và tên", 24),
    Column("birth_year", "Năm sinh", 9, "Năm sinh, 4 chữ số", text=False),
    Column("gender", "Giới tính", 9, "nam hoặc nữ"),
    Column("ethnicity", "Dân tộc", 10),
    Column("religion", "Tôn giáo", 12, "Để trống nếu không theo tôn giáo"),
    Column("party_member", "Đảng viên", 9, "Có hoặc Không"),
    Column("general", "Trình độ phổ thông", 10, "Ví dụ 12/12"),
    Column("professional", "Trình độ chuyên môn", 22),
    Column("political", "Lý luận chính trị", 12),
    Column("position", "Chức vụ, đơn vị công tác", 40),
    Column("residence", "Nơi ở", 16),
    Column("category", "Thành phần (ủy viên Ủy ban khóa mới)", 26,
           "Chọn thành phần nếu người này là ủy viên Ủy ban khóa mới (dự kiến); "
           "để trống nếu không"),
    Column("organisation", "Tổ chức thành viên", 24,
           "Tổ chức thành viên mà ủy viên đại diện"),
    Column("area", "Khu dân cư", 16,
           "Khu dân cư của Trưởng ban Công tác Mặt trận"),
    Column("re_elected", "Tái cử", 8, "Có: tái cử; Không: tham gia lần đầu"),
    Column("standing", "Ban Thường trực", 18, "Chức danh dự kiến trong Ban Thường trực"),
    Column("delegation", "Đoàn đi đại hội cấp trên", 14, "Chính thức hoặc Dự khuyết"),
)


def choices_for() -> dict[str, list[str]]:
    """The closed list of each closed column but the commune's own (organisations, areas)."""
    return {
        "gender": ["nam", "nữ"],
        "party_member": [YES, NO],
        "category": list(CATEGORY_LABELS.values()),
        "re_elected": [YES, NO],
        "standing": list(STANDING_LABELS.values()),
        "delegation": list(DELEGATION_LABELS.values()),
    }
