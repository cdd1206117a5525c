"""The one registry of document kinds: their order, numbers, file names and names for people.

Everything that lists the documents (the CLI's --kind, the context builder, the template finder,
the build) reads this module; it imports nothing heavy, so the CLI starts fast.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "CORE_KINDS",
    "DOCUMENT_KINDS",
    "KINDS",
    "KIT_KINDS",
    "TEMPLATE_FILES",
    "DocumentKind",
    "document_kind",
]


@dataclass(frozen=True)
class DocumentKind:
    """One congress document: its key, its number in the output, its file and its name."""

    key: str
    number: int
    slug: str
    name_vi: str
    name_en: str
    # The document type as its title prints it ("BÁO CÁO CHÍNH TRỊ", "TỜ TRÌNH").
    type_title: str
    # The five core documents are always written; the others need optional data of their own.
    core: bool

    @property
    def file_name(self) -> str:
        """"06-chuong-trinh-dai-hoi.docx": the template's and the written document's name."""
        return f"{self.number:02d}-{self.slug}.docx"


DOCUMENT_KINDS: tuple[DocumentKind, ...] = (
    DocumentKind("political_report", 1, "bao-cao-chinh-tri", "Báo cáo chính trị",
                 "political report", "BÁO CÁO CHÍNH TRỊ", core=True),
    DocumentKind("review_report", 2, "bao-cao-kiem-diem", "Báo cáo kiểm điểm",
                 "review report of the outgoing committee", "BÁO CÁO KIỂM ĐIỂM",
                 core=True),
    DocumentKind("action_programme", 3, "chuong-trinh-hanh-dong", "Chương trình hành động",
                 "action programme", "CHƯƠNG TRÌNH HÀNH ĐỘNG", core=True),
    DocumentKind("resolution", 4, "du-thao-nghi-quyet", "Dự thảo Nghị quyết",
                 "draft resolution", "NGHỊ QUYẾT", core=True),
    DocumentKind("personnel_scheme", 5, "de-an-nhan-su", "Đề án nhân sự",
                 "personnel scheme", "ĐỀ ÁN", core=True),
    DocumentKind("agenda", 6, "chuong-trinh-dai-hoi", "Chương trình Đại hội",
                 "congress agenda", "CHƯƠNG TRÌNH", core=False),
    DocumentKind("rules_of_procedure", 7, "quy-che-lam-viec", "Quy chế làm việc của Đại hội",
                 "rules of procedure", "QUY CHẾ", core=False),
    DocumentKind("credentials_report", 8, "bao-cao-tham-tra-tu-cach",
                 "Báo cáo thẩm tra tư cách đại biểu", "credentials report", "BÁO CÁO", core=False),
    DocumentKind("committee_proposal", 9, "to-trinh-nhan-su",
                 "Tờ trình nhân sự Ủy ban khóa mới", "proposal on the new committee",
                 "TỜ TRÌNH", core=False),
    DocumentKind("first_meeting_minutes", 10, "bien-ban-hoi-nghi-lan-thu-nhat",
                 "Biên bản hội nghị lần thứ nhất", "minutes of the committee's first meeting",
                 "BIÊN BẢN", core=False),
    DocumentKind("comments_report", 11, "bao-cao-tong-hop-y-kien",
                 "Báo cáo tổng hợp ý kiến góp ý", "report on the comments on the drafts",
                 "BÁO CÁO", core=False),
)
KINDS: tuple[str, ...] = tuple(kind.key for kind in DOCUMENT_KINDS)
CORE_KINDS: tuple[str, ...] = tuple(kind.key for kind in DOCUMENT_KINDS if kind.core)
KIT_KINDS: tuple[str, ...] = tuple(kind.key for kind in DOCUMENT_KINDS if not kind.core)
TEMPLATE_FILES: dict[str, str] = {kind.key: kind.file_name for kind in DOCUMENT_KINDS}
_BY_KEY = {kind.key: kind for kind in DOCUMENT_KINDS}


def document_kind(key: str) -> DocumentKind:
    """The kind registered under `key`; KeyError for an unknown key."""
    return _BY_KEY[key]
