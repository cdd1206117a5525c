"""Each text rule fires on a document that breaks it and stays silent on one that keeps it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from test_check_builders import ND30, PARTY, DocSpec, assert_fires_only_on_bad, build

from congress_docs.checker import Severity, check_document

MTTQ = DocSpec()


def with_text(spec: DocSpec, text: str) -> DocSpec:
    """The spec with one more body paragraph."""
    return replace(spec, body_texts=(*spec.body_texts, text))


CITE = "Thực hiện {code}, ngày 28/7/2023 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lai Châu."
TERM = "Tổng kết nhiệm kỳ {years} của Ủy ban Mặt trận Tổ quốc Việt Nam xã."

# (rule id, regime, spec that keeps the rule, spec that breaks it)
CASES = [
    (
        "TXT-NUMBER-FORM",
        "mttq",
        MTTQ,
        replace(MTTQ, number_text="Số 05-KH/MTTQ"),
    ),
    ("TXT-NUMBER-FORM", "party", PARTY, replace(PARTY, number_text="Số: 211/KH-HU")),
    ("TXT-NUMBER-FORM", "nd30", ND30, replace(ND30, number_text="Số: 05/KH - PNV")),
    ("TXT-NUMBER-PAD", "mttq", MTTQ, replace(MTTQ, number_text="Số: 5/KH-MTTQ-BTT")),
    (
        "TXT-DATE-FORM",
        "mttq",
        MTTQ,
        replace(MTTQ, date_text="Bản Hon, ngày 5 tháng 1 năm 2025"),
    ),
    (
        "TXT-DATE-FORM",
        "party",
        PARTY,
        replace(PARTY, date_text="Tam Đường, ngày 29 tháng 2 năm 2024"),
    ),
    (
        "TXT-DATE-BLANK",
        "mttq",
        MTTQ,
        replace(MTTQ, date_text="Bản Hon, ngày    tháng 11 năm 2025"),
    ),
    (
        "TXT-CITE-FORM",
        "party",
        with_text(PARTY, CITE.format(code="Hướng dẫn số 64/HD-MTTQ-BTT")),
        with_text(PARTY, CITE.format(code="Hướng dẫn số 64-HD-MTTQ-BTT")),
    ),
    (
        "TXT-CITE-SPACE",
        "mttq",
        with_text(MTTQ, CITE.format(code="Kết luận số 01-KL/TW")),
        with_text(MTTQ, CITE.format(code="Kết luận số 01 - KL/TW")),
    ),
    (
        "TXT-CITE-TYPE",
        "mttq",
        with_text(MTTQ, CITE.format(code="Hướng dẫn số 104/HD-MTTW-BTT")),
        with_text(MTTQ, CITE.format(code="Hướng dẫn số 104/TT-MTTW-BTT")),
    ),
    (
        "TXT-TERM-WORD",
        "mttq",
        with_text(MTTQ, "Đại hội cấp huyện và cơ sở nhiệm kỳ 2024 - 2029 phải đảm bảo."),
        with_text(MTTQ, "Đại hội cấp huyện và cơ sở nhiệm 2024 - 2029 phải đảm bảo."),
    ),
    (
        "TXT-TERM-RANGE",
        "mttq",
        with_text(MTTQ, TERM.format(years="2019 - 2024")),
        with_text(MTTQ, TERM.format(years="2019-2024")),
    ),
    (
        "TXT-SPACE-PUNCT",
        "mttq",
        with_text(MTTQ, "Hiệp thương cử Ủy ban MTTQ Việt Nam nhiệm kỳ 2024 - 2029."),
        with_text(MTTQ, "Hiệp thương cử Ủy ban MTTQ Việt Nam nhiệm kỳ 2024 - 2029 ."),
    ),
    (
        "TXT-SPACE-RUN",
        "mttq",
        with_text(
            MTTQ, "Thực hiện Luật Bầu cử đại biểu Hội đồng nhân dân ngày 25 tháng 6 năm 2015."
        ),
        with_text(
            MTTQ,
            "Thực hiện Luật Bầu cử đại biểu Hội đồng nhân dân          ngày 25 tháng 6 năm 2015.",
        ),
    ),
    (
        "TXT-CAPS-NAME",
        "party",
        with_text(PARTY, "Lãnh đạo Đại hội Mặt trận Tổ quốc Việt Nam cùng cấp."),
        with_text(PARTY, "Lãnh đạo Đại hội Mặt Trận tổ quốc Việt Nam cùng cấp."),
    ),
    (
        "TXT-CAPS-NAME",
        "mttq",
        with_text(MTTQ, "Vận động Nhân dân tham gia bầu cử đại biểu Hội đồng nhân dân xã."),
        with_text(MTTQ, "Vận động nhân dân tham gia bầu cử đại biểu Hội đồng nhân dân xã."),
    ),
    (
        "TXT-CAPS-NAME",
        "nd30",
        with_text(ND30, "Báo cáo Ủy ban nhân dân huyện kết quả thực hiện."),
        with_text(ND30, "Báo cáo Ủy ban Nhân dân huyện kết quả thực hiện."),
    ),
    (
        "TXT-CAPS-ARTICLE",
        "mttq",
        with_text(MTTQ, "Các thành viên có tên tại Điều 1 chịu trách nhiệm thi hành."),
        with_text(MTTQ, "Các thành viên có tên tại điều 1 chịu trách nhiệm thi hành."),
    ),
    (
        "TXT-D-STROKE",
        "mttq",
        with_text(MTTQ, "Gửi BCĐ Đại hội MTTQ và các đoàn thể huyện."),
        with_text(MTTQ, "Gửi BCD Đại hội MTTQ và các đoàn thể huyện."),
    ),
    (
        "TXT-HEADER-STRAY",
        "mttq",
        MTTQ,
        replace(MTTQ, issuer_lines=("/ỦY BAN MTTQ VIỆT NAM", "XÃ BẢN HON", "BAN THƯỜNG TRỰC")),
    ),
    ("TXT-SIGN-PREFIX", "nd30", ND30, replace(ND30, authority_text="T/M ỦY BAN NHÂN DÂN")),
    ("TXT-SIGN-PREFIX", "party", PARTY, replace(PARTY, authority_text="TM. BAN THƯỜNG VỤ")),
    (
        "TXT-NOINHAN-PUNCT",
        "mttq",
        MTTQ,
        replace(MTTQ, recipients=("- Đảng ủy xã", "- Lưu: VT, MTTQ.")),
    ),
    ("TXT-NOINHAN-PUNCT", "party", PARTY, replace(PARTY, recipients=("- Huyện ủy;", "- Lưu."))),
    (
        "TXT-NOINHAN-LUU",
        "nd30",
        ND30,
        replace(ND30, recipients=("- UBND huyện;", "- Lưu Phòng Nội vụ.")),
    ),
]


@pytest.mark.parametrize(
    ("rule_id", "regime", "good", "bad"), CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES]
)
def test_text_rule_fires_only_on_the_broken_document(
    tmp_path: Path, rule_id: str, regime: str, good: DocSpec, bad: DocSpec
) -> None:
    assert_fires_only_on_bad(tmp_path, rule_id, regime, good, bad)


def test_a_blank_day_in_an_unregistered_copy_is_only_info(tmp_path: Path) -> None:
    spec = replace(
        MTTQ, date_text="Bản Hon, ngày    tháng 11 năm 2025", number_text="Số:    /KH-MTTQ-BTT"
    )

    report = check_document(build(tmp_path / "blank.docx", spec), regime="mttq")

    assert [f.severity for f in report.findings] == [Severity.INFO]
    assert report.findings[0].rule_id == "TXT-DATE-BLANK"


def test_a_citation_finding_names_the_place_and_the_fix(tmp_path: Path) -> None:
    spec = with_text(MTTQ, CITE.format(code="Hướng dẫn số 104/TT-MTTW-BTT"))

    report = check_document(build(tmp_path / "cite.docx", spec), regime="mttq")

    finding = next(f for f in report.findings if f.rule_id == "TXT-CITE-TYPE")
    assert finding.location.kind == "body"
    assert finding.location.paragraph is not None
    assert "104/TT-MTTW-BTT" in finding.excerpt
    assert (finding.expected, finding.found) == ("104/HD-MTTW-BTT", "104/TT-MTTW-BTT")


def test_the_tolerated_mttq_prefix_is_a_warning(tmp_path: Path) -> None:
    spec = replace(MTTQ, authority_text="T/M BAN THƯỜNG TRỰC")

    report = check_document(build(tmp_path / "tm.docx", spec), regime="mttq")

    assert [f.severity for f in report.findings if f.rule_id == "TXT-SIGN-PREFIX"] == [
        Severity.WARNING
    ]


def test_party_texts_may_write_nhan_dan_in_lower_case(tmp_path: Path) -> None:
    spec = with_text(
        PARTY, "Tăng cường đồng thuận xã hội, củng cố niềm tin của các tầng lớp nhân dân."
    )

    report = check_document(build(tmp_path / "nd.docx", spec), regime="party")

    assert "TXT-CAPS-NAME" not in report.rule_ids()


@pytest.mark.parametrize(
    "text",
    [
        "Báo cáo Ủy ban nhân dân xã và Hội đồng nhân dân xã.",
        "Phối hợp với Công an nhân dân và Tòa án nhân dân huyện.",
        "MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ BẢN HON",
        "Số lượng đại biểu dự Đại hội từ 150 - 200 đại biểu.",
        "Căn cứ Nghị quyết số 101/2025/UBTVQH15 ngày 26/9/2025 và Luật số 85/2015/QH13.",
        "Thời gian: ngày 25/5/2023, hoàn thành trong tháng 12/2023.",
        "Hồi….. giờ…… ngày….. tháng…… năm……. , tại ………………",
        "Căn cứ Nghị định số 30/2020/NĐ-CP và Chỉ thị số 22-CT/TW, ngày 25/5/2023.",
    ],
)
def test_correct_text_raises_no_text_finding(tmp_path: Path, text: str) -> None:
    report = check_document(build(tmp_path / "ok.docx", with_text(MTTQ, text)), regime="mttq")

    assert [f.rule_id for f in report.findings] == []
