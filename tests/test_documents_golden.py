"""The five documents of xã Bản Hon: reviewed golden texts, outline sections, tables, one source."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from docx_text import docx_lines, docx_text, table_rows

from congress_docs.context import build_context
from congress_docs.loading import load_congress
from congress_docs.paths import sample_district_dir
from congress_docs.rendering import render_docx
from congress_docs.template_inspect import KINDS, template_files
from congress_docs.vietnamese import format_number

GOLDEN = Path(__file__).parent / "golden" / "documents"
SAMPLE = sample_district_dir() / "ban-hon.yaml"

# Every section of each outline (domain.md 2.4), in the order the document must give them.
OUTLINES: dict[str, list[str]] = {
    "political_report": [
        "BÁO CÁO CHÍNH TRỊ",
        "Phần thứ nhất TÌNH HÌNH NHÂN DÂN",
        "I. ĐẶC ĐIỂM TÌNH HÌNH",
        "1. Thuận lợi",
        "2. Khó khăn",
        "II. KẾT QUẢ THỰC HIỆN CÁC CHƯƠNG TRÌNH HÀNH ĐỘNG",
        "Kết quả thực hiện các chỉ tiêu chủ yếu",
        "III. ĐÁNH GIÁ CHUNG",
        "1. Ưu điểm",
        "2. Hạn chế, khuyết điểm",
        "3. Nguyên nhân",
        "4. Bài học kinh nghiệm",
        "Phần thứ hai PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP",
        "I. DỰ BÁO TÌNH HÌNH",
        "II. MỤC TIÊU TỔNG QUÁT",
        "III. CÁC CHỈ TIÊU CHỦ YẾU",
        "IV. KHÂU ĐỘT PHÁ",
        "V. NHIỆM VỤ VÀ GIẢI PHÁP",
        "KẾT LUẬN",
        "Nơi nhận:",
    ],
    "review_report": [
        "BÁO CÁO KIỂM ĐIỂM",
        "I. KẾT QUẢ LÃNH ĐẠO, CHỈ ĐẠO THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI",
        "II. ƯU ĐIỂM",
        "III. HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN",
        "a) Nguyên nhân khách quan",
        "b) Nguyên nhân chủ quan",
        "IV. BÀI HỌC KINH NGHIỆM",
        "Nơi nhận:",
    ],
    "action_programme": [
        "CHƯƠNG TRÌNH HÀNH ĐỘNG",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "II. MỤC TIÊU, CHỈ TIÊU",
        "2. Các chỉ tiêu chủ yếu",
        "III. CÁC CHƯƠNG TRÌNH HÀNH ĐỘNG",
        "IV. TỔ CHỨC THỰC HIỆN",
        "Nơi nhận:",
    ],
    "resolution": [
        "NGHỊ QUYẾT",
        "Căn cứ Điều lệ Mặt trận Tổ quốc Việt Nam;",
        "QUYẾT NGHỊ:",
        "Điều 1. Tán thành Báo cáo chính trị",
        "Điều 2. Phương hướng, mục tiêu, chỉ tiêu và khâu đột phá",
        "Điều 3. Tán thành Báo cáo kiểm điểm",
        "Điều 4. Hiệp thương cử Ủy ban khóa mới",
        "Điều 5. Đoàn đại biểu dự Đại hội cấp trên",
        "Điều 6. Tổ chức thực hiện",
        "Nơi nhận:",
    ],
    "personnel_scheme": [
        "ĐỀ ÁN",
        "I. CĂN CỨ XÂY DỰNG ĐỀ ÁN",
        "II. TIÊU CHUẨN ỦY VIÊN",
        "III. SỐ LƯỢNG, CƠ CẤU",
        "1. Số lượng",
        "2. Thành phần",
        "3. Cơ cấu kết hợp",
        "IV. BAN THƯỜNG TRỰC",
        "V. ĐOÀN ĐẠI BIỂU DỰ ĐẠI HỘI CẤP TRÊN",
        "VI. QUY TRÌNH HIỆP THƯƠNG",
        "Nơi nhận:",
        "Phụ lục",
        "DANH SÁCH TRÍCH NGANG",
    ],
    "agenda": ["CHƯƠNG TRÌNH", "I. PHIÊN TRÙ BỊ", "II. PHIÊN CHÍNH THỨC", "Nơi nhận:"],
    "rules_of_procedure": [
        "QUY CHẾ",
        "Chương I NHỮNG QUY ĐỊNH CHUNG",
        "Điều 1. Đại biểu dự Đại hội",
        "Chương II CÁC CƠ QUAN ĐIỀU HÀNH, GIÚP VIỆC ĐẠI HỘI",
        "Điều 3. Đoàn Chủ tịch",
        "Điều 4. Đoàn Thư ký",
        "Chương III NGUYÊN TẮC LÀM VIỆC VÀ BIỂU QUYẾT",
        "Điều kiện tiến hành Đại hội",
        "Biểu quyết",
        "Hiệp thương cử Ủy ban khóa mới",
        "Chương IV ĐIỀU KHOẢN THI HÀNH",
        "Hiệu lực thi hành",
        "Nơi nhận:",
    ],
    "credentials_report": [
        "BÁO CÁO",
        "Thẩm tra tư cách đại biểu",
        "I. SỐ LƯỢNG ĐẠI BIỂU",
        "II. CƠ CẤU ĐẠI BIỂU CHÍNH THỨC",
        "III. KẾT QUẢ THẨM TRA",
        "Nơi nhận:",
    ],
    "committee_proposal": [
        "TỜ TRÌNH",
        "Kính gửi:",
        "1. Số lượng",
        "2. Cơ cấu, thành phần",
        "3. Danh sách hiệp thương cử",
        "4. Ban Thường trực dự kiến",
        "5. Đoàn đại biểu dự Đại hội cấp trên",
        "Nơi nhận:",
    ],
    "first_meeting_minutes": [
        "BIÊN BẢN",
        "Hội nghị lần thứ nhất",
        "I. THÀNH PHẦN",
        "II. NỘI DUNG",
        "1. Số lượng Ban Thường trực",
        "2. Hiệp thương cử Ban Thường trực",
        "THƯ KÝ",
    ],
    "comments_report": [
        "BÁO CÁO",
        "Tổng hợp ý kiến góp ý",
        "I. CÔNG TÁC TỔ CHỨC LẤY Ý KIẾN",
        "II. KẾT QUẢ GÓP Ý",
        "1. Ý kiến góp ý vào dự thảo văn kiện",
        "Nơi nhận:",
    ],
}


def render_all(data_file: Path) -> dict[str, bytes]:
    """The five documents of one congress file, rendered with the bundled templates."""
    loaded = load_congress(data_file)
    templates = template_files()
    return {
        kind: render_docx(templates[kind], build_context(loaded, kind), label=kind)
        for kind in KINDS
    }


@pytest.fixture(scope="module")
def documents() -> dict[str, bytes]:
    return render_all(SAMPLE)


@pytest.fixture(scope="module")
def sample_model() -> Any:
    return load_congress(SAMPLE).model


@pytest.mark.parametrize("kind", KINDS)
def test_text_equals_reviewed_golden(
    kind: str, documents: dict[str, bytes], request: pytest.FixtureRequest
) -> None:
    text = docx_text(documents[kind])
    golden = GOLDEN / f"{kind}.txt"
    if request.config.getoption("--update-golden"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(text, encoding="utf-8")
    assert golden.is_file(), f"no golden file {golden}; run pytest --update-golden and review it"
    assert text == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("kind", KINDS)
def test_every_outline_section_is_present_in_order(kind: str, documents: dict[str, bytes]) -> None:
    lines = docx_lines(documents[kind])
    position = -1
    for heading in OUTLINES[kind]:
        found = [i for i, line in enumerate(lines) if heading in line and i > position]
        assert found, f"{kind}: section '{heading}' missing or out of order"
        position = found[0]


def test_header_and_signature_come_from_the_data(documents: dict[str, bytes]) -> None:
    for kind in KINDS:
        lines = docx_lines(documents[kind])
        assert lines[0] == "DỰ THẢO"
        assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in lines[1]
        assert "Bản Hon, ngày" in lines[2]
        if kind == "first_meeting_minutes":
            assert lines[-1] == "THƯ KÝ / Nguyễn Thị Thu Hà | CHỦ TRÌ HỘI NGHỊ / Lò Văn Hặc"
            continue
        signature = next(line for line in lines if line.startswith("Nơi nhận:"))
        signer = "Phạm Thị Hồng Nhung" if kind == "credentials_report" else "Lò Văn Hặc"
        assert signature.endswith(signer), kind
    resolution = docx_lines(documents["resolution"])
    assert resolution[1].startswith("ĐẠI HỘI ĐẠI BIỂU / MẶT TRẬN TỔ QUỐC VIỆT NAM / XÃ BẢN HON")
    assert "TM. ĐOÀN CHỦ TỊCH / Lò Văn Hặc" in resolution[-1]


def test_indicator_table_has_one_row_per_indicator_with_a_previous_target(
    documents: dict[str, bytes], sample_model: Any
) -> None:
    expected = [ind for ind in sample_model.indicators if ind.previous_target is not None]
    tables = table_rows(documents["political_report"])
    indicator_table = next(t for t in tables if t[0][0] == "TT" and "Đánh giá" in t[0])
    assert len(indicator_table) - 1 == len(expected)
    assert [row[1] for row in indicator_table[1:]] == [ind.name for ind in expected]
    assert {row[5] for row in indicator_table[1:]} <= {"Vượt", "Đạt", "Không đạt"}


def test_members_list_has_the_standing_committee_first_then_the_data_order(
    documents: dict[str, bytes], sample_model: Any
) -> None:
    tables = table_rows(documents["personnel_scheme"])
    members = next(t for t in tables if t[0][0] == "STT")
    rows = members[2:]  # two heading rows
    assert len(rows) == len(sample_model.committee.members)
    people = {person.id: person.full_name for person in sample_model.people}
    standing = [people[member.person] for member in sample_model.committee.standing]
    rest = [people[member.person] for member in sample_model.committee.members
            if people[member.person] not in standing]
    assert [row[1] for row in rows] == standing + rest
    assert [row[0] for row in rows] == [str(n) for n in range(1, len(rows) + 1)]


def test_standing_committee_and_delegation_counts_agree_across_documents(
    documents: dict[str, bytes], sample_model: Any
) -> None:
    size = len(sample_model.committee.members)
    standing = len(sample_model.committee.standing)
    official = len(sample_model.delegation.official)
    resolution = "\n".join(docx_lines(documents["resolution"]))
    scheme = "\n".join(docx_lines(documents["personnel_scheme"]))
    # Bản Hon's own text pads small counts ("05 hội nghị"), so the documents do too.
    assert f"gồm {size:02d} vị" in resolution
    assert f"dự kiến gồm {size:02d} vị" in scheme
    assert f"Ban Thường trực gồm {standing:02d} vị" in resolution
    assert f"{official:02d} đại biểu chính thức" in resolution
    assert f"{official:02d} đại biểu chính thức" in scheme
    people = {person.id: person.full_name for person in sample_model.people}
    for member in sample_model.committee.standing:
        assert people[member.person] in resolution
        assert people[member.person] in scheme


def _copy_sample(tmp_path: Path) -> Path:
    shutil.copy(sample_district_dir() / "district.yaml", tmp_path / "district.yaml")
    target = tmp_path / "ban-hon.yaml"
    shutil.copy(SAMPLE, target)
    return target


def test_one_changed_indicator_shows_in_report_resolution_and_programme(tmp_path: Path) -> None:
    data_file = _copy_sample(tmp_path)
    data = yaml.safe_load(data_file.read_text(encoding="utf-8"))
    indicator = next(ind for ind in data["indicators"] if ind["unit"] == "đồng")
    indicator["new_target"] = 987_654_000
    indicator["result"] = indicator["previous_target"] * 0.5
    data_file.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                         encoding="utf-8")

    documents = render_all(data_file)

    new_value = f"{format_number(987_654_000)} đồng"
    for kind in ("political_report", "resolution", "action_programme"):
        assert new_value in docx_text(documents[kind]), kind
    table = next(t for t in table_rows(documents["political_report"]) if t[0][0] == "TT")
    row = next(r for r in table if r[1] == indicator["name"])
    assert row[4] == "50%"
    assert row[5] == "Không đạt"


def test_markup_characters_and_emoji_in_data_stay_intact(tmp_path: Path) -> None:
    data_file = _copy_sample(tmp_path)
    data = yaml.safe_load(data_file.read_text(encoding="utf-8"))
    tricky = 'Tuyên truyền <b>"đoàn kết"</b> & \'đồng thuận\' 🇻🇳🙂'
    data["programs"][0]["title"] = tricky
    data["people"][0]["position"] = "Chủ tịch <Ủy ban> & Hội 🙂"
    data_file.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                         encoding="utf-8")

    documents = render_all(data_file)

    for kind in ("political_report", "action_programme", "resolution"):
        assert tricky in docx_text(documents[kind]), kind
    assert "Chủ tịch <Ủy ban> & Hội 🙂" in docx_text(documents["personnel_scheme"])
