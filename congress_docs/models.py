"""Typed model of one congress file: every fact once, every count computed elsewhere."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

__all__ = [
    "ActionItem",
    "ActionProgramme",
    "Assessment",
    "CommitteeMember",
    "CongressFile",
    "Delegation",
    "DocumentSettings",
    "Indicator",
    "Person",
    "PreviousCommittee",
    "ReviewedResolution",
    "SetUpDecision",
    "StandingMember",
]

Id = Annotated[
    str,
    StringConstraints(pattern=r"^[A-Za-z0-9_.-]+$", min_length=1, max_length=40),
    Field(description="Mã định danh: chữ không dấu, số, '_' hoặc '-', ví dụ p001"),
]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Paragraphs = Annotated[list[Text], Field(description="Các đoạn văn, mỗi đoạn một dòng '- ...'")]
Count = Annotated[int, Field(ge=0)]


class Model(BaseModel):
    """Base of every record: unknown keys are errors and values are read-only once loaded."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Province(Model):
    """Tỉnh, thành phố trực thuộc trung ương."""

    name: Text = Field(description="Tên tỉnh, không kèm chữ 'tỉnh', ví dụ: Lai Châu")
    code: str | None = Field(
        None, description="Mã đơn vị hành chính (Tổng cục Thống kê), ví dụ: 12"
    )
    kind: Literal["tỉnh", "thành phố"] = Field("tỉnh", description="tỉnh hoặc thành phố")


class District(Model):
    """Huyện (cấp huyện); bỏ trống với mô hình chính quyền hai cấp từ 01/7/2025."""

    name: Text = Field(description="Tên huyện, ví dụ: Tam Đường")
    code: str | None = Field(None, description="Mã đơn vị hành chính, ví dụ: 106")
    kind: Literal["huyện", "quận", "thị xã", "thành phố"] = Field("huyện", description="Loại")


class Unit(Model):
    """Đơn vị tổ chức đại hội (xã, phường, thị trấn; hoặc huyện khi là đại hội cấp huyện)."""

    kind: Literal["xã", "phường", "thị trấn", "đặc khu", "huyện", "quận", "thị xã", "thành phố"] = (
        Field(description="Loại đơn vị: xã, phường, thị trấn (hoặc huyện cho đại hội cấp huyện)")
    )
    name: Text = Field(description="Tên đơn vị, không kèm chữ 'xã', ví dụ: Bản Hon")
    code: str | None = Field(None, description="Mã đơn vị hành chính, ví dụ: 03421")
    place_name: str | None = Field(
        None, description="Địa danh ghi ở dòng ngày tháng; bỏ trống thì dùng tên đơn vị"
    )


class Term(Model):
    """Nhiệm kỳ, ví dụ 2024 - 2029."""

    start: int = Field(ge=1945, le=2100, description="Năm bắt đầu nhiệm kỳ")
    end: int = Field(ge=1945, le=2100, description="Năm kết thúc nhiệm kỳ")

    @model_validator(mode="after")
    def _end_after_start(self) -> Term:
        if self.end <= self.start:
            raise ValueError("term end must come after its start")
        return self


class PreviousCongress(Model):
    """Đại hội nhiệm kỳ trước."""

    date: dt.date = Field(description="Ngày khai mạc đại hội nhiệm kỳ trước (YYYY-MM-DD)")


class Delegates(Model):
    """Đại biểu chính thức theo thành phần; tổng số được tính, không nhập."""

    ex_officio: Count = Field(0, description="Đại biểu đương nhiên (ủy viên Ủy ban khóa cũ)")
    elected: Count = Field(0, description="Đại biểu được hiệp thương cử từ các khu dân cư, tổ chức")
    appointed: Count = Field(0, description="Đại biểu chỉ định")
    guests: Count | None = Field(None, description="Số khách mời (nếu có)")


class Signer(Model):
    """Khối chữ ký."""

    authority: str | None = Field(
        None,
        description=(
            "Dòng thẩm quyền, ví dụ: TM. BAN THƯỜNG TRỰC; bỏ trống thì theo cơ quan ban hành "
            "(issued_by) của văn kiện"
        ),
    )
    title: str = Field("", description="Chức vụ người ký, ví dụ: CHỦ TỊCH; bỏ trống nếu không có")
    person: Id = Field(description="Người ký (mã người)")


# ----- The rest of the congress kit (documents 06-11): every block optional --------------------

ClockTime = Annotated[
    str,
    StringConstraints(strip_whitespace=True, pattern=r"^([01]?\d|2[0-3])[:hg]([0-5]\d)$"),
    Field(description="Giờ, phút: 07:30 (hoặc 7h30)"),
]
# Marks the optional blocks of documents 06-11: the starter file mentions them without filling them.
KIT: dict[str, Any] = {"x-optional-document": True}
AgendaItemKey = Literal[
    "opening_formalities", "presidium", "agenda_and_rules", "credentials", "comments",
    "review_report", "committee_proposal", "opening_speech", "political_report", "speeches",
    "guidance", "committee_election", "first_meeting", "delegation", "debut", "resolution",
    "closing",
]
AGENDA_ITEMS: tuple[str, ...] = get_args(AgendaItemKey)


class AgendaItem(Model):
    """Một mục của chương trình Đại hội: một mục chuẩn (item) hoặc nội dung tự ghi (content)."""

    time: ClockTime | None = Field(None, description="Giờ bắt đầu mục này (nếu muốn ghi)")
    item: AgendaItemKey | None = Field(
        None,
        description=(
            "Mục chuẩn: opening_formalities, presidium, agenda_and_rules, credentials, comments, "
            "review_report, committee_proposal, opening_speech, political_report, speeches, "
            "guidance, committee_election, first_meeting, delegation, debut, resolution, closing"
        ),
    )
    content: str | None = Field(None, description="Nội dung tự ghi (thay cho mục chuẩn)")
    presenter: Id | None = Field(None, description="Người thực hiện (mã người)")
    presenter_text: str | None = Field(
        None, description="Người thực hiện ghi bằng lời, ví dụ: Đoàn Chủ tịch"
    )

    @model_validator(mode="after")
    def _item_or_content(self) -> AgendaItem:
        if (self.item is None) == (not self.content):
            raise ValueError("give either item (a standard item) or content, not both")
        return self


class Sitting(Model):
    """Một phiên của Đại hội: ngày, giờ bắt đầu và các mục (bỏ trống: thứ tự mặc định)."""

    date: dt.date | None = Field(None, description="Ngày; bỏ trống thì dùng ngày Đại hội")
    start: ClockTime = Field(description="Giờ bắt đầu phiên, ví dụ 07:30")
    items: list[AgendaItem] = Field(
        default_factory=list, description="Các mục theo thứ tự; bỏ trống thì dùng thứ tự mặc định"
    )


class Schedule(Model):
    """Chương trình Đại hội: phiên trù bị và phiên chính thức."""

    preparatory: Sitting = Field(description="Phiên trù bị (phiên nội bộ)")
    official: Sitting = Field(description="Phiên chính thức")


class PresentDelegates(Model):
    """Đại biểu chính thức có mặt, theo thành phần."""

    ex_officio: Count = Field(0, description="Đại biểu đương nhiên có mặt")
    elected: Count = Field(0, description="Đại biểu được hiệp thương cử có mặt")
    appointed: Count = Field(0, description="Đại biểu chỉ định có mặt")


class DelegateGroup(Model):
    """Một nhóm đại biểu (độ tuổi, trình độ) và số người."""

    label: Text = Field(description="Tên nhóm, ví dụ: Từ 30 đến 45 tuổi; Đại học, trên đại học")
    count: Count = Field(description="Số đại biểu")


class DelegateComposition(Model):
    """Cơ cấu đại biểu chính thức được triệu tập (số người; tỷ lệ được tính)."""

    women: Count = Field(description="Nữ")
    ethnic_minority: Count = Field(description="Người dân tộc thiểu số")
    religious: Count = Field(0, description="Người có đạo")
    party_members: Count = Field(description="Đảng viên")
    young: Count = Field(0, description="Người trẻ tuổi")
    age_groups: list[DelegateGroup] = Field(
        default_factory=list, description="Theo độ tuổi (tổng phải bằng số đại biểu)"
    )
    education_groups: list[DelegateGroup] = Field(
        default_factory=list, description="Theo trình độ chuyên môn (tổng phải bằng số đại biểu)"
    )


class Credentials(Model):
    """Thẩm tra tư cách đại biểu (Báo cáo thẩm tra tư cách đại biểu)."""

    committee: list[Id] = Field(
        default_factory=list,
        description="Ban Thẩm tra tư cách đại biểu (mã người; người đầu tiên là Trưởng ban)",
    )
    present: PresentDelegates = Field(description="Đại biểu chính thức có mặt, theo thành phần")
    absent_note: str | None = Field(None, description="Lý do vắng, ví dụ: ốm đau, công tác")
    composition: DelegateComposition = Field(description="Cơ cấu đại biểu chính thức")
    rejected: Count = Field(0, description="Số đại biểu không đủ tư cách (thường là 0)")


class StandingAgreement(Model):
    """Số ủy viên tán thành một người vào Ban Thường trực tại hội nghị lần thứ nhất."""

    person: Id = Field(description="Mã người (thành viên Ban Thường trực)")
    agreed: Count = Field(description="Số ủy viên tán thành")


class FirstMeeting(Model):
    """Hội nghị lần thứ nhất Ủy ban khóa mới (Biên bản hội nghị lần thứ nhất)."""

    date: dt.date | None = Field(None, description="Ngày; bỏ trống thì dùng ngày Đại hội")
    time: ClockTime = Field(description="Giờ khai mạc hội nghị, ví dụ 11:30")
    venue: str | None = Field(None, description="Địa điểm; bỏ trống thì dùng nơi họp Đại hội")
    chair: Id = Field(description="Người chủ trì hội nghị (mã người)")
    secretary: Id = Field(description="Thư ký hội nghị (mã người)")
    present: Count = Field(description="Số ủy viên có mặt")
    standing_size_agreed: Count | None = Field(
        None, description="Số ủy viên tán thành số lượng Ban Thường trực"
    )
    agreement: list[StandingAgreement] = Field(
        default_factory=list, description="Số ủy viên tán thành từng người vào Ban Thường trực"
    )


class Comment(Model):
    """Một ý kiến góp ý vào dự thảo văn kiện."""

    document: Literal["own", "upper", "charter"] = Field(
        description="own: văn kiện Đại hội này; upper: văn kiện Đại hội cấp trên; charter: Điều lệ"
    )
    section: str | None = Field(None, description="Phần, mục được góp ý, ví dụ: Báo cáo chính trị")
    content: Text = Field(description="Nội dung ý kiến")
    count: int = Field(1, ge=1, description="Số lượt ý kiến cùng nội dung")
    response: str | None = Field(None, description="Tiếp thu, giải trình của Ban soạn thảo")


class Comments(Model):
    """Lấy ý kiến góp ý vào dự thảo văn kiện (Báo cáo tổng hợp ý kiến góp ý)."""

    start: dt.date | None = Field(None, description="Ngày bắt đầu lấy ý kiến")
    end: dt.date | None = Field(None, description="Ngày kết thúc lấy ý kiến")
    conferences: Count | None = Field(None, description="Số hội nghị lấy ý kiến")
    participants: Count | None = Field(None, description="Số lượt người tham gia góp ý")
    written: Count | None = Field(None, description="Số văn bản góp ý gửi về")
    items: list[Comment] = Field(default_factory=list, description="Các ý kiến")


class KitDocumentSettings(Model):
    """Thể thức một văn kiện 06-11; mọi mục đều có mặc định, chỉ ghi điều muốn khác."""

    number: str = Field("", description="Số văn bản; bỏ trống khi chưa vào sổ")
    symbol: str | None = Field(None, description="Ký hiệu; bỏ trống thì dùng mặc định của văn kiện")
    issued_by: Literal["standing_committee", "committee", "congress"] | None = Field(
        None, description="Cơ quan ban hành (như ở năm văn kiện); bỏ trống thì dùng mặc định"
    )
    date: dt.date | None = Field(None, description="Ngày văn bản; bỏ trống thì dùng ngày đại hội")
    signer: Signer | None = Field(None, description="Người ký; bỏ trống thì dùng mặc định")
    draft: bool = Field(True, description="In dấu DỰ THẢO?")
    draft_label: Text = Field("DỰ THẢO", description="Chữ đánh dấu dự thảo")
    recipients: list[Text] | None = Field(None, description="Nơi nhận; bỏ trống thì dùng mặc định")


class Congress(Model):
    """Đại hội này."""

    ordinal: int = Field(ge=1, le=100, description="Đại hội lần thứ mấy (số, ví dụ 14)")
    term: Term = Field(description="Nhiệm kỳ mới")
    pilot: bool = Field(False, description="Đại hội điểm? (true/false)")
    theme: str | None = Field(None, description="Khẩu hiệu, chủ đề đại hội")
    start_date: dt.date = Field(description="Ngày đại hội (phiên chính thức bắt đầu), YYYY-MM-DD")
    end_date: dt.date | None = Field(None, description="Ngày kết thúc; bỏ trống nếu trong 1 ngày")
    venue: str | None = Field(None, description="Địa điểm tổ chức đại hội")
    previous: PreviousCongress | None = Field(None, description="Đại hội nhiệm kỳ trước")
    presidium: list[Id] = Field(default_factory=list, description="Đoàn Chủ tịch (mã người)")
    secretariat: list[Id] = Field(default_factory=list, description="Đoàn Thư ký (mã người)")
    delegates: Delegates = Field(default_factory=Delegates, description="Đại biểu chính thức")
    documents_approved_on: dt.date | None = Field(
        None, description="Ngày cấp có thẩm quyền duyệt văn kiện đại hội"
    )
    personnel_scheme_approved_on: dt.date | None = Field(
        None, description="Ngày Ban Thường vụ cấp ủy duyệt Đề án nhân sự"
    )
    schedule: Schedule | None = Field(
        None, description="Chương trình Đại hội (văn kiện 06)", json_schema_extra=KIT
    )
    credentials: Credentials | None = Field(
        None, description="Thẩm tra tư cách đại biểu (văn kiện 08)", json_schema_extra=KIT
    )

    @model_validator(mode="after")
    def _end_not_before_start(self) -> Congress:
        if self.end_date is not None and self.end_date < self.start_date:
            raise ValueError("end_date is before start_date")
        return self


class UpperCongress(Model):
    """Đại hội cấp trên trực tiếp mà đoàn đại biểu sẽ dự."""

    name: Text = Field(
        description="Tên đại hội, ví dụ: Đại hội đại biểu Mặt trận Tổ quốc Việt Nam huyện Tam Đường"
    )
    ordinal: int = Field(ge=1, le=100, description="Lần thứ mấy")
    date: dt.date | None = Field(None, description="Ngày dự kiến")


class LegalBasis(Model):
    """Một văn bản làm căn cứ; được trích dẫn giống nhau ở mọi văn kiện."""

    id: Id
    kind: Text = Field(description="Loại văn bản: Chỉ thị, Hướng dẫn, Kế hoạch, Nghị quyết...")
    number: Text = Field(description="Số, ký hiệu, ví dụ: 104/HD-MTTW-BTT")
    date: dt.date | None = Field(None, description="Ngày ban hành")
    issuer: Text = Field(
        description="Cơ quan ban hành, ví dụ: Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam"
    )
    title: str | None = Field(None, description="Trích yếu, bắt đầu bằng chữ thường: về ...")


class ResidentialArea(Model):
    """Khu dân cư (thôn, bản, tổ dân phố) có Ban Công tác Mặt trận."""

    id: Id
    name: Text = Field(description="Tên, kèm loại: Bản Hon, Thôn 1, Tổ dân phố số 2")
    households: Count | None = Field(None, description="Số hộ")


class EthnicGroup(Model):
    """Dân tộc cùng sinh sống."""

    name: Text = Field(description="Tên dân tộc: Mông, Dao, Thái, Kinh...")
    households: Count | None = Field(None, description="Số hộ")


class Religion(Model):
    """Tôn giáo có tín đồ trên địa bàn."""

    name: Text = Field(description="Tên tôn giáo")
    followers: Count = Field(description="Số tín đồ")


class Locality(Model):
    """Đặc điểm địa phương (Báo cáo chính trị, phần đặc điểm tình hình)."""

    area_ha: float | None = Field(None, ge=0, description="Diện tích tự nhiên (ha)")
    households: Count | None = Field(None, description="Số hộ")
    population: Count | None = Field(None, description="Số nhân khẩu")
    residential_areas: list[ResidentialArea] = Field(default_factory=list, description="Khu dân cư")
    ethnic_groups: list[EthnicGroup] = Field(default_factory=list, description="Các dân tộc")
    religions: list[Religion] = Field(default_factory=list, description="Các tôn giáo")
    party_cells: Count | None = Field(None, description="Số chi bộ trực thuộc Đảng bộ")
    party_members: Count | None = Field(None, description="Số đảng viên")
    advantages: Paragraphs = Field(default_factory=list, description="Thuận lợi")
    difficulties: Paragraphs = Field(default_factory=list, description="Khó khăn")


class MemberOrganisation(Model):
    """Tổ chức thành viên của Ủy ban MTTQ."""

    id: Id
    name: Text = Field(description="Tên tổ chức, ví dụ: Hội Nông dân xã")
    head: Id | None = Field(None, description="Người đứng đầu (mã người)")
    members: Count | None = Field(None, description="Số hội viên, đoàn viên")


class Program(Model):
    """Một chương trình hành động: tiêu đề dùng chung cho báo cáo, chương trình và nghị quyết."""

    id: Id
    title: Text = Field(description="Tên chương trình")
    results: Paragraphs = Field(default_factory=list, description="Kết quả nhiệm kỳ qua (đoạn văn)")
    tasks: Paragraphs = Field(default_factory=list, description="Nhiệm vụ, giải pháp nhiệm kỳ mới")


class Indicator(Model):
    """Một chỉ tiêu: chỉ tiêu nghị quyết khóa trước, kết quả và chỉ tiêu nhiệm kỳ mới."""

    id: Id
    name: Text = Field(description="Tên chỉ tiêu, ví dụ: Vận động Quỹ Vì người nghèo")
    program: Id = Field(description="Thuộc chương trình (mã chương trình)")
    unit: Text = Field(description="Đơn vị: %, đồng, nhà, cuộc, khu dân cư...")
    direction: Literal["increase", "decrease"] = Field(
        "increase", description="increase: càng cao càng tốt; decrease: càng thấp càng tốt"
    )
    period: Literal["term", "year"] = Field("term", description="term: cả nhiệm kỳ; year: mỗi năm")
    previous_target: float | None = Field(None, description="Chỉ tiêu nghị quyết nhiệm kỳ trước")
    result: float | None = Field(None, description="Kết quả đạt được cuối nhiệm kỳ")
    new_target: float | None = Field(None, description="Chỉ tiêu nhiệm kỳ mới")


class Assessment(Model):
    """Đánh giá chung: ưu điểm, hạn chế, nguyên nhân, bài học."""

    strengths: Paragraphs = Field(default_factory=list, description="Ưu điểm")
    limitations: Paragraphs = Field(default_factory=list, description="Hạn chế, khuyết điểm")
    objective_causes: Paragraphs = Field(default_factory=list, description="Nguyên nhân khách quan")
    subjective_causes: Paragraphs = Field(default_factory=list, description="Nguyên nhân chủ quan")
    lessons: Paragraphs = Field(default_factory=list, description="Bài học kinh nghiệm")


class PoliticalReport(Model):
    """Nội dung riêng của Báo cáo chính trị."""

    opening: Paragraphs = Field(default_factory=list, description="Phần mở đầu")
    assessment: Assessment = Field(default_factory=Assessment, description="Đánh giá chung")
    conclusion: Paragraphs = Field(default_factory=list, description="Phần kết luận")


class NewTerm(Model):
    """Phương hướng nhiệm kỳ mới."""

    forecast_advantages: Paragraphs = Field(default_factory=list, description="Dự báo thuận lợi")
    forecast_difficulties: Paragraphs = Field(default_factory=list, description="Dự báo khó khăn")
    general_objective: Paragraphs = Field(default_factory=list, description="Mục tiêu tổng quát")
    targets: list[Id] = Field(
        default_factory=list, description="Chỉ tiêu (mã chỉ tiêu, theo thứ tự in)"
    )
    other_targets: Paragraphs = Field(default_factory=list, description="Chỉ tiêu khác bằng lời")
    breakthroughs: Paragraphs = Field(default_factory=list, description="Khâu đột phá")


class StandingCount(Model):
    """Số lượng Ban Thường trực theo chức danh."""

    chair: Count = Field(1, description="Chủ tịch")
    vice_chairs: Count = Field(0, description="Phó Chủ tịch")
    standing_members: Count = Field(0, description="Ủy viên Thường trực")


class Composition(Model):
    """Cơ cấu Ủy ban khóa trước (số người), để so sánh."""

    women: Count = Field(0, description="Nữ")
    ethnic_minority: Count = Field(0, description="Người dân tộc thiểu số")
    non_party: Count = Field(0, description="Người ngoài Đảng")
    religious: Count = Field(0, description="Người có đạo")
    young: Count = Field(0, description="Người trẻ tuổi")
    re_elected: Count = Field(0, description="Tái cử")


class CommitteeChange(Model):
    """Một thay đổi nhân sự Ủy ban trong nhiệm kỳ."""

    date: dt.date = Field(description="Ngày")
    kind: Literal["added", "left"] = Field(description="added: cử bổ sung; left: thôi tham gia")
    count: int = Field(1, ge=1, description="Số người")
    note: str | None = Field(None, description="Ghi chú: lý do, chức danh")


class SetUpDecision(Model):
    """Quyết định thành lập (chỉ định) Ủy ban đương nhiệm, khi Ủy ban không do đại hội cử ra."""

    number: Text = Field(description="Số, ký hiệu quyết định, ví dụ: 125/QĐ-MTTQ-BTT")
    date: dt.date = Field(description="Ngày quyết định (YYYY-MM-DD)")
    issuer: Text = Field(
        description="Cơ quan ban hành, ví dụ: Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lai Châu"
    )


class ReviewedResolution(Model):
    """Một nghị quyết đại hội được đánh giá kết quả thực hiện tại đại hội này."""

    unit: Text = Field(
        description="Đơn vị đã ban hành nghị quyết, kèm loại: xã Nà Tăm (xã cũ trước sáp nhập)"
    )
    ordinal: int | None = Field(None, ge=1, le=100, description="Đại hội lần thứ mấy (nếu biết)")
    term: Term | None = Field(
        None, description="Nhiệm kỳ của nghị quyết, ví dụ {start: 2024, end: 2029}"
    )


class PreviousCommittee(Model):
    """Ủy ban khóa trước: sự kiện lịch sử, dùng chung cho Báo cáo kiểm điểm và Đề án nhân sự."""

    origin: Literal["elected", "appointed"] = Field(
        "elected",
        description=(
            "elected: do đại hội lần trước hiệp thương cử; appointed: thành lập (chỉ định) bằng "
            "quyết định, ví dụ Ủy ban của xã mới sau sắp xếp 01/7/2025 (không có số khóa)"
        ),
    )
    term: Term | None = Field(
        None,
        description="Nhiệm kỳ của Ủy ban khóa trước; bỏ trống thì tính từ congress.previous.date",
    )
    set_up_on: dt.date | None = Field(
        None, description="Ngày Ủy ban đương nhiệm được thành lập (với origin: appointed)"
    )
    decision: SetUpDecision | None = Field(
        None, description="Quyết định thành lập Ủy ban đương nhiệm (với origin: appointed)"
    )
    reviewed_resolutions: list[ReviewedResolution] | None = Field(
        None,
        description=(
            "Các nghị quyết đại hội được đánh giá kết quả; bỏ trống thì là nghị quyết đại hội "
            "lần trước của chính đơn vị (nếu có)"
        ),
    )
    members_at_start: Count = Field(description="Số ủy viên được hiệp thương cử đầu nhiệm kỳ")
    standing_at_start: StandingCount = Field(description="Ban Thường trực đầu nhiệm kỳ")
    changes: list[CommitteeChange] = Field(
        default_factory=list, description="Thay đổi trong nhiệm kỳ"
    )
    standing_at_end: StandingCount = Field(description="Ban Thường trực hiện nay")
    composition: Composition = Field(default_factory=Composition, description="Cơ cấu đầu nhiệm kỳ")


class Review(Model):
    """Nội dung riêng của Báo cáo kiểm điểm Ủy ban khóa cũ."""

    committee_meetings: Count | None = Field(
        None, description="Số hội nghị Ủy ban đã tổ chức; bỏ trống nếu chưa tổng hợp"
    )
    standing_meetings: Count | None = Field(
        None, description="Số cuộc họp Ban Thường trực; bỏ trống nếu chưa tổng hợp"
    )
    documents_issued: Count | None = Field(
        None, description="Số văn bản đã ban hành; bỏ trống nếu chưa tổng hợp"
    )
    leadership: Paragraphs = Field(
        default_factory=list, description="Kết quả lãnh đạo, chỉ đạo thực hiện nghị quyết"
    )
    coordination: Paragraphs = Field(
        default_factory=list, description="Kết quả chủ trì phối hợp, quy chế hoạt động"
    )
    assessment: Assessment = Field(default_factory=Assessment, description="Ưu, khuyết, bài học")
    self_assessment: Paragraphs = Field(default_factory=list, description="Tự đánh giá")


class ActionItem(Model):
    """Một việc trong chương trình hành động."""

    program: Id = Field(description="Thuộc chương trình (mã)")
    content: Text = Field(description="Nội dung công việc")
    lead: Text = Field(description="Cơ quan chủ trì")
    partners: list[Text] = Field(default_factory=list, description="Cơ quan phối hợp")
    timing: Text = Field(description="Thời gian thực hiện, ví dụ: Hằng năm; Quý II/2024")


class ActionProgramme(Model):
    """Nội dung riêng của Chương trình hành động."""

    objectives: Paragraphs = Field(default_factory=list, description="Mục đích, yêu cầu")
    items: list[ActionItem] = Field(default_factory=list, description="Các việc cụ thể")
    implementation: Paragraphs = Field(default_factory=list, description="Tổ chức thực hiện")


class Personnel(Model):
    """Nội dung riêng của Đề án nhân sự."""

    criteria: Paragraphs = Field(default_factory=list, description="Tiêu chuẩn ủy viên")
    process: Paragraphs = Field(default_factory=list, description="Quy trình hiệp thương")


class Education(Model):
    """Trình độ."""

    general: str | None = Field(None, description="Giáo dục phổ thông, ví dụ 12/12")
    professional: str | None = Field(None, description="Chuyên môn: Đại học, Trung cấp...")
    political: str | None = Field(None, description="Lý luận chính trị: Sơ cấp, Trung cấp...")


class Person(Model):
    """Một người, khai một lần và được nhắc tới bằng mã ở mọi nơi."""

    id: Id
    full_name: Text = Field(description="Họ và tên đầy đủ")
    gender: Literal["nam", "nữ"] = Field(description="nam hoặc nữ")
    birth_year: int = Field(ge=1900, le=2020, description="Năm sinh")
    ethnicity: Text = Field("Kinh", description="Dân tộc")
    religion: str | None = Field(None, description="Tôn giáo; bỏ trống nếu không")
    party_member: bool = Field(description="Đảng viên? (true/false)")
    education: Education = Field(default_factory=Education, description="Trình độ")
    position: Text = Field(description="Chức vụ, nơi công tác")
    residence: str | None = Field(None, description="Nơi ở (khu dân cư)")


class CommitteeMember(Model):
    """Một ủy viên Ủy ban khóa mới (dự kiến)."""

    person: Id = Field(description="Mã người")
    category: Literal[
        "member_organisation", "front_committee_head", "notable_individual", "full_time", "official"
    ] = Field(
        description=(
            "Thành phần: member_organisation (tổ chức thành viên), "
            "front_committee_head (Trưởng ban "
            "Công tác Mặt trận), notable_individual (cá nhân tiêu biểu), full_time (cán bộ chuyên "
            "trách), official (đại diện cơ quan)"
        )
    )
    organisation: Id | None = Field(None, description="Tổ chức thành viên đại diện (mã)")
    area: Id | None = Field(None, description="Khu dân cư (mã) với Trưởng ban Công tác Mặt trận")
    re_elected: bool = Field(description="Tái cử? (true) hay tham gia lần đầu (false)")


class StandingMember(Model):
    """Một thành viên Ban Thường trực khóa mới (dự kiến)."""

    person: Id = Field(description="Mã người")
    role: Literal["chair", "vice_chair", "standing_member"] = Field(
        description=(
            "chair: Chủ tịch; vice_chair: Phó Chủ tịch; standing_member: Ủy viên Thường trực"
        )
    )


class Committee(Model):
    """Ủy ban khóa mới (dự kiến), theo Đề án nhân sự."""

    members: list[CommitteeMember] = Field(default_factory=list, description="Ủy viên")
    standing: list[StandingMember] = Field(default_factory=list, description="Ban Thường trực")
    first_meeting: FirstMeeting | None = Field(
        None, description="Hội nghị lần thứ nhất Ủy ban khóa mới (văn kiện 10)",
        json_schema_extra=KIT,
    )


class Delegation(Model):
    """Đoàn đại biểu dự đại hội cấp trên."""

    official: list[Id] = Field(default_factory=list, description="Đại biểu chính thức (mã người)")
    alternates: list[Id] = Field(default_factory=list, description="Đại biểu dự khuyết (mã người)")


class DocumentSettings(Model):
    """Thể thức một văn kiện: số, ký hiệu, ngày, người ký, dấu dự thảo, nơi nhận."""

    number: str = Field("", description="Số văn bản; bỏ trống khi chưa vào sổ (in 'Số:    /...')")
    symbol: Text = Field(description="Ký hiệu, ví dụ: BC-MTTQ")
    issued_by: Literal["standing_committee", "committee", "congress"] | None = Field(
        None,
        description=(
            "Cơ quan ban hành: standing_committee (Ban Thường trực: dòng BAN THƯỜNG TRỰC, ký hiệu "
            "…-MTTQ-BTT, ký TM. BAN THƯỜNG TRỰC), committee (Ủy ban: ký TM. ỦY BAN MTTQ VIỆT "
            "NAM …), congress (Đại hội: ký TM. ĐOÀN CHỦ TỊCH); bỏ trống thì suy từ dòng ký"
        ),
    )
    date: dt.date | None = Field(None, description="Ngày văn bản; bỏ trống thì dùng ngày đại hội")
    signer: Signer = Field(description="Người ký")
    draft: bool = Field(True, description="In dấu DỰ THẢO?")
    draft_label: Text = Field("DỰ THẢO", description="Chữ đánh dấu dự thảo")
    recipients: list[Text] = Field(default_factory=list, description="Nơi nhận (mỗi dòng một nơi)")


class Documents(Model):
    """Thể thức văn kiện: năm văn kiện chính (bắt buộc) và các văn kiện 06-11 (tùy chọn)."""

    political_report: DocumentSettings = Field(description="Báo cáo chính trị")
    review_report: DocumentSettings = Field(description="Báo cáo kiểm điểm")
    action_programme: DocumentSettings = Field(description="Chương trình hành động")
    resolution: DocumentSettings = Field(description="Dự thảo Nghị quyết")
    personnel_scheme: DocumentSettings = Field(description="Đề án nhân sự")
    agenda: KitDocumentSettings | None = Field(
        None, description="Chương trình Đại hội", json_schema_extra=KIT
    )
    rules_of_procedure: KitDocumentSettings | None = Field(
        None, description="Quy chế làm việc của Đại hội", json_schema_extra=KIT
    )
    credentials_report: KitDocumentSettings | None = Field(
        None, description="Báo cáo thẩm tra tư cách đại biểu", json_schema_extra=KIT
    )
    committee_proposal: KitDocumentSettings | None = Field(
        None, description="Tờ trình nhân sự Ủy ban khóa mới", json_schema_extra=KIT
    )
    first_meeting_minutes: KitDocumentSettings | None = Field(
        None, description="Biên bản hội nghị lần thứ nhất", json_schema_extra=KIT
    )
    comments_report: KitDocumentSettings | None = Field(
        None, description="Báo cáo tổng hợp ý kiến góp ý", json_schema_extra=KIT
    )


class Layout(Model):
    """Khổ giấy, lề, cỡ chữ (mặc định theo Nghị định 30/2020 và thực tế MTTQ)."""

    margin_top_mm: float = Field(20, ge=5, le=60, description="Lề trên (mm)")
    margin_bottom_mm: float = Field(20, ge=5, le=60, description="Lề dưới (mm)")
    margin_left_mm: float = Field(30, ge=5, le=60, description="Lề trái (mm)")
    margin_right_mm: float = Field(15, ge=5, le=60, description="Lề phải (mm)")
    body_size_pt: float = Field(14, ge=10, le=16, description="Cỡ chữ nội dung")
    line_spacing: float = Field(1.15, ge=1.0, le=1.5, description="Giãn dòng (1 đến 1,5)")
    paragraph_spacing_pt: float = Field(6, ge=6, le=24, description="Cách đoạn (pt, tối thiểu 6)")
    first_line_indent_cm: float = Field(1.27, ge=0.5, le=2.0, description="Thụt đầu dòng (cm)")


class CongressFile(Model):
    """Một tệp dữ liệu đại hội (xã, phường, thị trấn hoặc huyện), sau khi gộp với tệp huyện."""

    model_config = ConfigDict(title="congress-docs: tệp dữ liệu đại hội MTTQ")

    schema_version: Literal[1] = Field(1, description="Phiên bản định dạng tệp (hiện là 1)")
    district_file: str | None = Field(
        None,
        description=("Tệp dữ liệu chung của huyện (từ 2025: của tỉnh); bỏ trống thì dùng "
                     "district.yaml cùng thư mục"),
    )
    rules_profile: Id | None = Field(
        None, description="Bộ quy định kiểm tra (tên tệp trong data/rules)"
    )
    province: Province = Field(description="Tỉnh")
    district: District | None = Field(None, description="Huyện; bỏ trống nếu xã trực thuộc tỉnh")
    unit: Unit = Field(description="Đơn vị tổ chức đại hội")
    congress: Congress = Field(description="Đại hội")
    upper_congress: UpperCongress | None = Field(None, description="Đại hội cấp trên")
    legal_basis: list[LegalBasis] = Field(default_factory=list, description="Căn cứ")
    locality: Locality = Field(default_factory=Locality, description="Đặc điểm địa phương")
    member_organisations: list[MemberOrganisation] = Field(
        default_factory=list, description="Tổ chức thành viên"
    )
    programs: list[Program] = Field(default_factory=list, description="Các chương trình hành động")
    indicators: list[Indicator] = Field(default_factory=list, description="Danh mục chỉ tiêu")
    report: PoliticalReport = Field(
        default_factory=PoliticalReport, description="Báo cáo chính trị"
    )
    new_term: NewTerm = Field(default_factory=NewTerm, description="Phương hướng nhiệm kỳ mới")
    previous_committee: PreviousCommittee | None = Field(None, description="Ủy ban khóa trước")
    review: Review = Field(default_factory=Review, description="Báo cáo kiểm điểm")
    action_programme: ActionProgramme = Field(
        default_factory=ActionProgramme, description="Chương trình hành động"
    )
    personnel: Personnel = Field(default_factory=Personnel, description="Đề án nhân sự")
    people: list[Person] = Field(default_factory=list, description="Danh sách người (khai một lần)")
    committee: Committee = Field(default_factory=Committee, description="Ủy ban khóa mới (dự kiến)")
    delegation: Delegation = Field(
        default_factory=Delegation, description="Đoàn đi đại hội cấp trên"
    )
    comments: Comments | None = Field(
        None, description="Ý kiến góp ý vào dự thảo văn kiện (văn kiện 11)",
        json_schema_extra=KIT,
    )
    documents: Documents = Field(description="Thể thức văn kiện")
    layout: Layout = Field(default_factory=Layout, description="Trình bày trang")
